#!/usr/bin/env python3
"""Construit le jeu scellé documents-16 : 36 documents entiers (PDF reportlab, DOCX python-docx,
avis .txt, avis XML TED R2.0.9 et eForms UBL) et leurs étiquettes documents/labels.csv.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise par sed de tests/data/blind_values_13/make_documents.py, lignes 27-664
(écriture PDF/DOCX/TXT, tableaux, deux colonnes, césure, aides de saisie). Le reste (textes des
documents, XML, extraction de contrôle par pypdf / python-docx / lxml, double construction et
comparaison des md5) a été écrit pour ce jeu.

Déterministe : pas d'aléa, dates figées (PDF invariant=1, DOCX zip horodaté au 2026-01-01).
Tous les textes, acheteurs, lieux, références, SIRET et montants sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F
(U+00A0 dans les PDF) ; BR = retour forcé (PDF) ; SB = coupure possible d'un nombre en fin de
ligne (PDF) ; HY = césure possible d'un mot court (PDF).

Usage : /work/main/.venv/bin/python tests/sealed/documents-16/make_documents.py
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
SET_NAME = "documents-16"

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






# ============================================================================ jeu documents-16
# Articles de remplissage neutres écrits pour ce jeu (ni clause sociale ou environnementale, ni lots,
# ni montant). c = contexte (voir C) ; v = variante 0, 1 ou 2.

def rc_dce(c, v=0):
    if v == 0:
        return A("Contenu et retrait du dossier de consultation",
                 "Le dossier de consultation des entreprises (DCE) est mis gratuitement à disposition sur le profil "
                 "d'acheteur %s. Il comprend le présent règlement, le cahier des clauses administratives "
                 "particulières, le cahier des clauses techniques particulières, l'acte d'engagement et ses annexes "
                 "financières." % c["profil"],
                 "Les candidats sont invités à s'identifier lors du téléchargement afin d'être informés des "
                 "éventuelles modifications ou précisions apportées au dossier. À défaut d'identification, il leur "
                 "appartient de consulter régulièrement le profil d'acheteur.")
    if v == 1:
        return A("Documents de la consultation",
                 "Les pièces de la consultation sont téléchargeables à l'adresse %s. Aucun dossier papier n'est "
                 "adressé aux candidats. Le retrait anonyme reste possible mais prive le candidat des notifications "
                 "automatiques." % c["profil"],
                 ["le présent règlement de la consultation (RC) ;", "le cahier des clauses particulières et ses annexes ;",
                  "le cadre de réponse technique à compléter ;", "le bordereau des prix unitaires."])
    return A("Modalités d'obtention du DCE",
             "Le DCE est disponible en accès libre, direct et complet sur %s (référence %s). Les fichiers sont "
             "fournis aux formats PDF et, pour les pièces financières, au format tableur ; seule la version PDF "
             "fait foi en cas de divergence." % (c["profil"], c["ref"]))


def rc_modif(c, v=0):
    if v == 0:
        return A("Modifications de détail du dossier",
                 "%s se réserve le droit d'apporter, au plus tard six jours avant la date limite de remise des "
                 "offres, des modifications de détail au dossier de consultation. Les candidats devront alors "
                 "répondre sur la base du dossier modifié sans pouvoir élever aucune réclamation à ce sujet." % c["Qui"],
                 "Si, pendant l'étude du dossier, la date limite est reportée, la disposition précédente est "
                 "applicable en fonction de la nouvelle date.")
    return A("Évolution du DCE en cours de consultation",
             "Des modifications mineures peuvent être apportées jusqu'à huit jours calendaires avant la date de "
             "remise. Elles sont notifiées aux opérateurs identifiés via la messagerie du profil d'acheteur ; le "
             "délai de remise peut être prolongé à due proportion.")


def rc_questions(c, v=0):
    if v == 0:
        return A("Renseignements complémentaires",
                 "Pour obtenir tous les renseignements complémentaires qui leur seraient nécessaires au cours de "
                 "leur étude, les candidats devront faire parvenir au plus tard dix jours avant la date limite de "
                 "réception des offres une demande écrite par l'intermédiaire du profil d'acheteur.",
                 "Une réponse sera alors adressée en temps utile à tous les candidats ayant retiré le dossier, au "
                 "plus tard six jours avant la date limite fixée pour la réception des offres. Aucune question "
                 "posée par téléphone ne sera traitée.")
    if v == 1:
        return A("Questions des candidats",
                 "Les questions sont posées exclusivement via la rubrique « Questions » de la plateforme %s. Les "
                 "réponses, anonymisées, sont publiées sur la même plateforme et communiquées à l'ensemble des "
                 "opérateurs identifiés. Les questions reçues moins de sept jours avant la date limite pourront "
                 "rester sans réponse." % c["profil"])
    return A("Demandes de précisions",
             "Toute demande de précision est adressée par écrit, via le profil d'acheteur, au plus tard le dixième "
             "jour précédant la date limite. Les réponses apportées ont valeur contractuelle et sont réputées "
             "connues de tous les candidats.")


def rc_offre(c, v=0):
    if v == 0:
        return A("Contenu de l'offre",
                 "L'offre comprend les pièces suivantes, rédigées en langue française et datées :",
                 ["l'acte d'engagement complété (la signature n'est exigée que de l'attributaire) ;",
                  "l'annexe financière (bordereau ou décomposition du prix) dûment renseignée ;",
                  "le mémoire technique établi selon le cadre de réponse joint, sans limitation de pages mais "
                  "assorti d'un sommaire ;",
                  "le cas échéant, la déclaration de sous-traitance (formulaire DC4) pour chaque sous-traitant connu."],
                 "Toute offre incomplète pourra être régularisée dans les conditions de l'article R.~2152-2 du code "
                 "de la commande publique, sous réserve qu'elle ne soit pas anormalement basse.")
    if v == 1:
        return A("Pièces de l'offre",
                 "Chaque candidat produit un dossier complet comprenant : un acte d'engagement (AE) ; le cadre de "
                 "prix complété sans modification de sa structure ; une note méthodologique précisant l'organisation "
                 "proposée, les moyens humains et matériels affectés et le planning prévisionnel ; les fiches "
                 "techniques des produits et matériels proposés.",
                 "Les variantes ne sont pas autorisées. Les prestations supplémentaires éventuelles ne sont pas "
                 "prévues.")
    return A("Composition du dossier d'offre",
             "Le dossier d'offre contient l'acte d'engagement, le bordereau des prix unitaires et le détail "
             "estimatif, ainsi que le mémoire technique. Les documents fournis par le candidat sont rédigés en "
             "français ; à défaut, ils sont accompagnés d'une traduction.")


def rc_candidature(c, v=0):
    if v == 0:
        return A("Pièces de la candidature",
                 "Le candidat produit, au choix, les formulaires DC1 et DC2 dans leur dernière version ou le "
                 "document unique de marché européen (DUME), ainsi que :",
                 ["une déclaration indiquant le chiffre d'affaires global des trois derniers exercices disponibles ;",
                  "une liste des principales prestations similaires réalisées au cours des trois dernières années, "
                  "indiquant le montant, la date et le destinataire ;",
                  "l'attestation d'assurance de responsabilité civile professionnelle en cours de validité."],
                 "En cas de groupement, chaque membre produit les pièces ci-dessus. Le candidat n'est pas tenu de "
                 "fournir les documents que l'acheteur peut obtenir directement par un système électronique "
                 "d'informations administré par un organisme officiel.")
    return A("Dossier de candidature",
             "Les candidats peuvent se présenter seuls ou en groupement ; la forme du groupement n'est pas imposée "
             "au stade de la candidature. Chaque candidat fournit une lettre de candidature (DC1 ou équivalent), "
             "une déclaration du candidat (DC2 ou équivalent) et la présentation des moyens humains et techniques "
             "dont il dispose. Les capacités sont appréciées globalement.")


def rc_remise(c, v=0):
    if v == 0:
        return A("Conditions d'envoi et de remise des plis",
                 "La transmission des plis par voie électronique est obligatoire. Elle s'effectue sur le profil "
                 "d'acheteur %s. Les plis parvenus après la date et l'heure limites ne seront pas ouverts." % c["profil"],
                 "Le candidat peut adresser, en parallèle, une copie de sauvegarde sur support physique "
                 "électronique ou papier, dans un pli scellé portant la mention « copie de sauvegarde ».",
                 "Les formats de fichiers acceptés sont : .pdf, .docx, .xlsx, .odt, .ods. Les fichiers ne doivent "
                 "contenir ni macro ni virus ; tout fichier infecté sera réputé n'avoir jamais été reçu.")
    return A("Remise des offres",
             "Les offres sont déposées sur la plateforme %s avant la date et l'heure indiquées en première page. "
             "La durée du téléchargement est à la charge du candidat : seule l'heure de fin de réception fait "
             "foi. Le candidat est invité à ne pas attendre les dernières heures." % c["profil"])


def rc_validite(c, v=0):
    if v == 0:
        return A("Délai de validité des offres",
                 "Le délai de validité des offres est fixé à cent vingt (120) jours à compter de la date limite de "
                 "réception des offres.")
    return A("Validité des propositions",
             "Les candidats restent engagés par leur offre pendant 150 jours à compter de la date limite de remise.")


def rc_attrib(c, v=0):
    if v == 0:
        return A("Documents à produire par l'attributaire",
                 "Le candidat retenu produit, dans un délai de sept jours à compter de la demande de l'acheteur, "
                 "les certificats et attestations prévus aux articles R.~2143-6 à R.~2143-10 du code de la "
                 "commande publique, ainsi que l'attestation de vigilance de l'URSSAF datant de moins de six mois.",
                 "À défaut, son offre est rejetée et le candidat classé immédiatement après lui est sollicité.")
    return A("Attribution du marché",
             "Avant la signature, l'attributaire pressenti transmet les attestations fiscales et sociales, un "
             "extrait Kbis de moins de trois mois et les attestations d'assurance. Le délai de production est fixé "
             "à cinq jours ouvrés.")


def rc_recours(c, v=0):
    if v == 0:
        return A("Procédures de recours",
                 "Instance chargée des procédures de recours : %s. Le référé précontractuel peut être introduit "
                 "jusqu'à la signature du marché ; le recours en contestation de validité du contrat est ouvert aux "
                 "tiers dans un délai de deux mois à compter de l'accomplissement des mesures de publicité." % c["ta"])
    return A("Voies et délais de recours",
             "Les recours sont portés devant le %s. Des renseignements sur l'introduction des recours peuvent être "
             "obtenus auprès du greffe de ce tribunal." % c["ta"])


def cc_pieces(c, v=0):
    if v == 0:
        return A("Pièces constitutives du marché",
                 "Par dérogation à l'article 4.1 du CCAG, les pièces constitutives du marché sont les suivantes, "
                 "par ordre de priorité décroissante :",
                 ["l'acte d'engagement et ses annexes ;", "le présent cahier des clauses administratives particulières ;",
                  "le cahier des clauses techniques particulières ;",
                  "le cahier des clauses administratives générales applicable aux marchés publics de %s (CCAG) ;" % c["ccag"],
                  "l'offre technique du titulaire."],
                 "En cas de contradiction entre les stipulations des pièces contractuelles, elles prévalent dans "
                 "l'ordre ci-dessus.")
    if v == 1:
        return A("Documents contractuels",
                 "Le marché est constitué, dans l'ordre de priorité : de l'AE ; du présent document ; des annexes "
                 "techniques ; du CCAG-%s en vigueur à la date de lancement de la consultation ; du mémoire "
                 "technique remis par le titulaire, pour les seuls engagements plus favorables à l'acheteur." %
                 ("Travaux" if c["ccag"] == "travaux" else "FCS"))
    return A("Ordre de priorité des pièces",
             "Les pièces particulières prévalent sur les pièces générales. Le CCAG de %s s'applique pour tout ce "
             "qui n'est pas prévu ci-après ; les dérogations sont récapitulées au dernier article." % c["ccag"])


def cc_prix(c, v=0):
    if v == 0:
        return A("Forme et variation des prix",
                 "Les prix sont fermes pour la première année d'exécution. Ils sont ensuite révisables à chaque date "
                 "anniversaire par application de la formule P = P0 x (0,15 + 0,85 x I/I0), dans laquelle I0 est la "
                 "valeur de l'indice au mois zéro et I la dernière valeur publiée à la date de révision.",
                 "Le mois zéro est le mois de la date limite de remise des offres. La révision est calculée à "
                 "l'initiative du titulaire, qui joint à sa demande le détail du calcul.")
    if v == 1:
        return A("Prix",
                 "Les prestations sont réglées par application des prix unitaires du bordereau aux quantités "
                 "réellement exécutées. Les prix sont réputés comprendre toutes les charges fiscales, parafiscales "
                 "ou autres frappant obligatoirement la prestation, ainsi que les frais de déplacement.",
                 "Les prix sont actualisables si un délai supérieur à trois mois s'écoule entre la date d'établissement "
                 "des prix et la date de commencement d'exécution.")
    return A("Régime des prix",
             "Le marché est conclu à prix global et forfaitaire. Le prix est ferme et actualisable selon l'index "
             "BT01 ; le coefficient d'actualisation est arrondi au millième supérieur.")


def cc_avance(c, v=0):
    if v == 0:
        return A("Avance",
                 "Une avance est accordée au titulaire, sauf renonciation expresse de sa part dans l'acte "
                 "d'engagement, lorsque le montant initial est supérieur à 50~000 € HT et le délai d'exécution "
                 "supérieur à deux mois. Son taux est fixé à 10 % du montant initial TTC ; il est porté à 20 % pour "
                 "les petites et moyennes entreprises.",
                 "Le remboursement s'impute sur les sommes dues lorsque le montant des prestations exécutées atteint "
                 "65 % du montant initial ; il est achevé lorsque ce pourcentage atteint 80 %.")
    return A("Avance forfaitaire",
             "Le titulaire peut bénéficier d'une avance dans les conditions des articles R.~2191-3 et suivants du "
             "code de la commande publique. Aucune garantie à première demande n'est exigée.")


def cc_garantie(c, v=0):
    if v == 0:
        return A("Retenue de garantie",
                 "Une retenue de garantie de 5 % est prélevée sur chaque acompte. Elle peut être remplacée, au "
                 "choix du titulaire, par une garantie à première demande ou, si l'acheteur ne s'y oppose pas, par "
                 "une caution personnelle et solidaire.")
    return A("Garanties financières",
             "Il n'est pas prévu de retenue de garantie. Le titulaire reste tenu de la garantie de parfait "
             "achèvement ou de conformité prévue par le CCAG.")


def cc_paiement(c, v=0):
    if v == 0:
        return A("Modalités de paiement",
                 "Les factures sont transmises exclusivement sous forme dématérialisée sur le portail Chorus Pro. "
                 "Elles mentionnent le numéro d'engagement juridique communiqué par l'acheteur, la référence du "
                 "marché, le détail des prestations et le montant HT et TTC.",
                 "Le délai global de paiement est de %d jours. Le défaut de paiement dans ce délai fait courir de "
                 "plein droit des intérêts moratoires, ainsi qu'une indemnité forfaitaire de 40 euros pour frais de "
                 "recouvrement." % c["delai"])
    if v == 1:
        return A("Facturation et règlement",
                 "La facturation intervient mensuellement, à terme échu, sur la base des prestations constatées. "
                 "Le comptable assignataire est le comptable public de %s. Le paiement a lieu par virement "
                 "administratif dans un délai maximum de %d jours." % (c["qui"], c["delai"]))
    return A("Règlement des comptes",
             "Les acomptes sont versés mensuellement. Le projet de décompte final est adressé au maître d'œuvre "
             "dans les quarante-cinq jours suivant la réception. Le délai de paiement est de %d jours." % c["delai"])


def cc_penalites(c, v=0):
    if v == 0:
        return A("Pénalités",
                 "Par dérogation au CCAG, en cas de retard dans l'exécution, le titulaire encourt une pénalité "
                 "journalière de 1/1000e du montant de la commande concernée, sans mise en demeure préalable. Les "
                 "pénalités dont le montant total est inférieur à 300 € HT pour l'ensemble du marché ne sont pas "
                 "appliquées.",
                 "En cas d'absence non justifiée aux réunions de suivi, une pénalité forfaitaire de 150 € est "
                 "appliquée par absence.")
    if v == 1:
        return A("Pénalités de retard et d'exécution",
                 "Tout retard dans la remise des documents d'exécution donne lieu à une pénalité de 100 € HT par "
                 "jour calendaire. La non-conformité d'une prestation constatée contradictoirement et non corrigée "
                 "sous 48 heures entraîne une pénalité de 250 € HT par constat.")
    return A("Pénalités pour retard",
             "Le titulaire subit, sans mise en demeure, une pénalité de 200 € par jour calendaire de retard sur le "
             "délai d'exécution fixé à l'acte d'engagement, plafonnée à 10 % du montant du marché.")


def cc_assurances(c, v=0):
    if v == 0:
        return A("Assurances",
                 "Dans un délai de quinze jours à compter de la notification et avant tout commencement d'exécution, "
                 "le titulaire justifie qu'il est titulaire d'une assurance garantissant sa responsabilité civile à "
                 "l'égard des tiers et de l'acheteur en cas d'accident ou de dommages causés par la conduite des "
                 "prestations. L'attestation précise les montants garantis et les franchises.")
    return A("Responsabilité et assurances",
             "Le titulaire est seul responsable des dommages causés aux personnes et aux biens du fait de "
             "l'exécution des prestations. Il produit chaque année l'attestation d'assurance correspondante.")


def cc_soustraitance(c, v=0):
    if v == 0:
        return A("Sous-traitance",
                 "Le titulaire peut sous-traiter l'exécution de certaines parties du marché, sous réserve de "
                 "l'acceptation de chaque sous-traitant et de l'agrément de ses conditions de paiement. Les "
                 "sous-traitants directs dont le montant du contrat est égal ou supérieur à 600 € TTC sont payés "
                 "directement.")
    return A("Sous-traitance et paiement direct",
             "La demande d'acceptation d'un sous-traitant est présentée au moyen du formulaire DC4 ou d'un document "
             "équivalent. Le silence gardé pendant vingt et un jours vaut acceptation.")


def cc_resiliation(c, v=0):
    if v == 0:
        return A("Résiliation",
                 "Les stipulations des articles relatifs à la résiliation du CCAG sont applicables. En cas de "
                 "résiliation pour faute, les prestations peuvent être exécutées aux frais et risques du titulaire. "
                 "En cas de résiliation pour motif d'intérêt général, le titulaire perçoit une indemnité égale à 5 % "
                 "du montant HT non exécuté.")
    return A("Résiliation du marché",
             "Le marché peut être résilié dans les conditions prévues au CCAG. Le titulaire est informé que la "
             "production de pièces inexactes au titre de sa candidature entraîne la résiliation sans indemnité.")


def cc_confid(c, v=0):
    if v == 0:
        return A("Confidentialité et protection des données",
                 "Le titulaire et son personnel sont tenus au secret professionnel pour toutes les informations "
                 "dont ils ont connaissance à l'occasion de l'exécution. Lorsque l'exécution implique un traitement "
                 "de données à caractère personnel, le titulaire agit en qualité de sous-traitant au sens du "
                 "règlement (UE) 2016/679 et n'agit que sur instruction documentée de l'acheteur.")
    return A("Secret et données personnelles",
             "Le titulaire s'engage à ne pas divulguer les documents et informations communiqués. Il tient un "
             "registre des traitements effectués pour le compte de l'acheteur et notifie toute violation de "
             "données dans un délai de 48 heures.")


def cc_litiges(c, v=0):
    if v == 0:
        return A("Règlement des différends",
                 "En cas de différend, les parties s'efforcent de le régler à l'amiable, le cas échéant par la "
                 "saisine du comité consultatif de règlement amiable compétent. À défaut, le litige est porté "
                 "devant le %s." % c["ta"])
    return A("Litiges",
             "Le droit français est seul applicable. Tout litige relève de la compétence du %s." % c["ta"])


def cc_derog(c, dero):
    return A("Dérogations au CCAG", "Les articles du présent document qui dérogent au CCAG sont les suivants :",
             dero)


def PAGES(n):
    return ("pagebreak",)


def DOC(file, doc_type, label, blocks=None, header="", footer="", hyphen=False, cols=1, pages=(1, 4),
        raw=None, note=""):
    return dict(file=file, doc_type=doc_type, label=label, blocks=blocks, header=header, footer=footer,
                hyphen=hyphen, cols=cols, pages=pages, raw=raw, note=note)


def TOC():
    return ("toc",)


def COVER(title_lines, rows):
    return [TITLE(*title_lines), RTAB(rows, header=False, widths=[0.35, 0.65]), ("pagebreak",)]


def expand_toc(blocks):
    blocks = number_articles(blocks)
    heads = [b[1] for b in blocks if b[0] == "h" and b[1] != "Sommaire"]
    out = []
    for b in blocks:
        if b[0] == "toc":
            out.extend([H("Sommaire"), LST(heads), ("pagebreak",)])
        else:
            out.append(b)
    return out


# ----------------------------------------------------------------------------- articles complémentaires (longueur)
def x_d01():
    return [
        H("Article # – Calendrier prévisionnel de l'opération"),
        RTAB([["Étape", "Date prévisionnelle"],
              ["Remise des offres", "18 janvier 2027"],
              ["Analyse, négociation éventuelle", "février 2027"],
              ["Notification des marchés", "fin mars 2027"],
              ["Période de préparation", "avril 2027"],
              ["Démarrage des travaux (phase 1 : démolition du préau)", "3 mai 2027"],
              ["Livraison des salles de classe", "rentrée de septembre 2027"],
              ["Réception de l'ensemble des travaux", "juin 2028"]], widths=[0.65, 0.35]),
        P("Ce calendrier est indicatif. Il est précisé lors de la période de préparation et intégré au planning "
          "contractuel par ordre de service."),
        H("Article # – Forme juridique des groupements"),
        P("En cas d'attribution à un groupement, aucune forme de groupement n'est imposée. Toutefois, si le "
          "groupement est conjoint, le mandataire sera solidaire de chacun des membres pour ses obligations "
          "contractuelles à l'égard du pouvoir adjudicateur. Un même opérateur ne peut être mandataire de plus "
          "d'un groupement pour un même lot, ni se présenter pour un même lot à la fois en qualité de candidat "
          "individuel et de membre d'un groupement."),
        H("Article # – Sous-traitance"),
        P("Le candidat indique dans son offre la nature et le montant des prestations qu'il envisage de "
          "sous-traiter, ainsi que le nom des sous-traitants connus. Chaque sous-traitant fait l'objet d'une "
          "déclaration (DC4) et produit les mêmes pièces de candidature que le titulaire. Le paiement direct est "
          "de droit pour les sous-traitants de premier rang dont la part est supérieure ou égale à 600 € TTC."),
        H("Article # – Délai de préparation et documents d'exécution"),
        P("Pendant la période de préparation, chaque titulaire produit ses plans d'exécution, ses notes de "
          "calcul, les fiches techniques des matériaux et son plan particulier de sécurité et de protection de la "
          "santé (PPSPS). Les plans de synthèse sont établis par le titulaire du lot 01, en liaison avec les "
          "lots techniques, sous le contrôle du maître d'œuvre."),
    ]


def x_d02():
    return [
        H("Article # – Installations de chantier"),
        P("Le titulaire du lot 1 établit et entretient la base vie commune aux quatre lots (vestiaires, "
          "réfectoire, sanitaires), implantée sur le parking visiteurs de la résidence selon le plan "
          "d'installation. Les titulaires des autres lots participent à ses frais selon la répartition fixée au "
          "compte prorata."),
        P("Les branchements provisoires d'eau et d'électricité sont pris sur les colonnes des parties communes, "
          "après accord du gardien ; les consommations sont refacturées au compte prorata."),
        H("Article # – Compte prorata"),
        P("Les dépenses d'intérêt commun sont réparties entre les titulaires au prorata du montant de leur "
          "marché, selon la convention type annexée. Le gestionnaire du compte prorata est le titulaire du lot 1."),
        H("Article # – Horaires et organisation des interventions en logement"),
        P("Les interventions dans les logements ont lieu du lundi au vendredi, de 8 h 30 à 17 h 30. Aucune "
          "intervention n'est réalisée le samedi sans accord écrit du maître d'ouvrage. En cas d'absence du "
          "locataire au rendez-vous fixé, un second passage est programmé dans la semaine ; le titulaire en "
          "informe le gardien."),
        P("Les ouvriers portent un badge nominatif visible et présentent, à la demande des locataires, la lettre "
          "d'accréditation délivrée par Val d'Ardoise Habitat."),
        H("Article # – Essais et contrôles"),
        P("Outre les essais prévus au CCTP, le maître d'œuvre peut faire procéder à des contrôles de pose sur "
          "tout logement. Les frais en sont supportés par le titulaire si le contrôle révèle une non-conformité. "
          "Un essai de perméabilité à l'air est réalisé sur trois logements par bâtiment à l'issue de la pose."),
        H("Article # – Documents fournis après exécution"),
        P("Le dossier des ouvrages exécutés (DOE) est remis en trois exemplaires papier et sous forme numérique "
          "au plus tard un mois après la réception. Il comprend les plans conformes, les fiches techniques, les "
          "procès-verbaux de classement AEV et les notices d'entretien destinées aux locataires."),
        P("Le titulaire remet en outre, pour chaque logement, une fiche récapitulant les menuiseries posées et "
          "leurs références, qui est classée au dossier technique du logement."),
        H("Article # – Sécurité et protection de la santé"),
        P("Le titulaire respecte le plan général de coordination établi par le coordonnateur SPS. Il prend "
          "toutes dispositions pour la sécurité des locataires pendant les interventions, notamment par le "
          "balisage des zones de travail et la protection des baies déposées en fin de journée."),
        H("Article # – Réunions de chantier"),
        P("Une réunion de chantier hebdomadaire est organisée par le maître d'œuvre, le jeudi à 10 h, dans le "
          "local de chantier. La présence du conducteur de travaux est obligatoire ; le compte rendu, diffusé "
          "sous quarante-huit heures, vaut ordre de service pour les décisions qu'il consigne."),
    ]


def x_d07():
    return [
        H("Article 15 – Structure des repas"),
        RTAB([["Convives", "Nombre de composantes", "Composition"],
              ["Maternelle", "4", "entrée ou dessert, plat protidique, garniture, produit laitier"],
              ["Élémentaire", "4 ou 5", "entrée, plat protidique, garniture, produit laitier, dessert"],
              ["Centre de loisirs", "5 + goûter", "repas élémentaire et goûter à deux composantes"],
              ["Crèche (12-36 mois)", "3", "plat complet mixé ou haché, laitage, fruit cuit"]],
             widths=[0.22, 0.22, 0.56]),
        H("Article 16 – Information sur les allergènes"),
        P("Le titulaire communique pour chaque menu la liste des quatorze allergènes majeurs présents dans chaque "
          "plat. Tout changement de recette ou de fournisseur modifiant cette liste est signalé aux communes au "
          "plus tard la veille de la livraison, par écrit."),
        H("Article 17 – Modifications de menus"),
        P("Les menus validés ne peuvent être modifiés qu'en cas de rupture d'approvisionnement ; le plat de "
          "remplacement est de valeur nutritionnelle équivalente et l'information est transmise aux communes "
          "avant 10 h le jour précédent."),
        H("Article 18 – Matériel des offices"),
        P("Les offices sont équipés par les communes de fours de remise en température et d'enceintes "
          "réfrigérées. Le titulaire signale toute anomalie de température constatée lors de la livraison ; il "
          "n'est pas responsable de l'entretien de ces équipements."),
        H("Article 19 – Documents à remettre"),
        LST(["avant le démarrage : agrément sanitaire de la cuisine centrale, plan de maîtrise sanitaire, fiches "
             "techniques des produits ;",
             "chaque mois : menus du mois suivant, relevés de températures de livraison, résultats d'analyses ;",
             "chaque trimestre : tableau de suivi de l'origine et de la qualité des denrées ;",
             "chaque année : bilan de la prestation présenté au comité syndical."]),
        H("Article 20 – Visites de la cuisine centrale"),
        P("Les élus et agents du SIVU, ainsi que les représentants des parents d'élèves membres de la commission "
          "des menus, peuvent visiter la cuisine centrale deux fois par an, sur rendez-vous pris dix jours à "
          "l'avance, dans le respect des règles d'hygiène."),
    ]


def x_d14():
    return [
        H("Article # – Échanges et retours"),
        P("Les articles dont la taille ne convient pas sont échangés gratuitement dans un délai de quinze jours "
          "ouvrés, dans la limite de deux échanges par article et par agent. Les retours sont organisés par le "
          "titulaire à partir de chaque CEI, au moyen d'étiquettes prépayées."),
        H("Article # – Évolution des gammes"),
        P("En cas d'arrêt de fabrication d'un article, le titulaire propose un article de remplacement de "
          "caractéristiques au moins équivalentes, au même prix. Le remplacement est soumis à l'accord préalable "
          "de l'acheteur, qui peut exiger un essai portée de trois semaines auprès d'un CEI."),
        H("Article # – Suivi de l'exécution"),
        P("Le titulaire de chaque lot transmet chaque trimestre un état des commandes par CEI, des délais "
          "constatés et des échanges effectués. Une réunion annuelle de bilan est organisée au siège de la DIR."),
    ]


def x_d10():
    return [
        H("Article # – Catalogue et articles hors bordereau"),
        P("Les articles non mentionnés au bordereau peuvent être commandés dans la limite de 10 % du montant "
          "annuel des commandes, sur la base du catalogue général du titulaire affecté du taux de remise proposé "
          "dans l'offre. Le catalogue est mis à jour une fois par an au plus."),
        H("Article # – Interlocuteurs"),
        P("Le titulaire désigne un chargé de clientèle, joignable aux heures ouvrables, qui traite les "
          "réclamations dans un délai de deux jours ouvrés. L'acheteur désigne un correspondant par site."),
    ]


# ----------------------------------------------------------------------------- d01 RC (PDF, 7 p.)
def d01():
    c = C("la Ville de Montcabrier-les-Forges", "tribunal administratif de Lissac",
          ccag="travaux", profil="https://marches.montcabrier-forges.fr", ref="2026-TX-041")
    lots = [["Lot", "Désignation", "Estimation HT"],
            ["01", "Démolition – gros œuvre – VRD", "812 000 €"],
            ["02", "Charpente – couverture – étanchéité", "396 000 €"],
            ["03", "Menuiseries extérieures aluminium", "288 000 €"],
            ["04", "Plâtrerie – faux plafonds – peinture", "341 000 €"],
            ["05", "Chauffage – ventilation – plomberie", "367 000 €"],
            ["06", "Électricité courants forts et faibles", "146 000 €"],
            ["", "Total", "2 350 000 €"]]
    blocks = COVER(["VILLE DE MONTCABRIER-LES-FORGES", "Restructuration et extension du groupe scolaire des Tilleuls",
                    "Règlement de la consultation"],
                   [["Pouvoir adjudicateur", "Ville de Montcabrier-les-Forges, représentée par son Maire"],
                    ["Adresse", "Hôtel de ville, 2 place du Onze-Novembre, 46310 Montcabrier-les-Forges"],
                    ["SIRET", "214 603 871 00016"],
                    ["Procédure", "Procédure adaptée ouverte (articles L.~2123-1 et R.~2123-1 1° du CCP)"],
                    ["Référence", "2026-TX-041"],
                    ["Date limite de remise des offres", "Lundi 18 janvier 2027 à 12 h 00"]]) + [
        TOC(),
        H("Article 1 – Objet et étendue de la consultation"),
        P("La présente consultation porte sur les travaux de restructuration et d'extension du groupe scolaire des "
          "Tilleuls, rue des Écoles, comprenant la démolition de l'ancien préau, la construction de trois salles de "
          "classe, la réfection des sanitaires et la mise en conformité des circulations."),
        P("Les travaux sont réalisés en site occupé pour partie ; les phases les plus bruyantes sont programmées "
          "pendant les vacances scolaires d'hiver et de printemps."),
        H("Article 2 – Décomposition en lots"),
        P("Les travaux sont répartis en six lots traités par marchés séparés. Les candidats peuvent répondre à un "
          "ou plusieurs lots ; chaque lot fait l'objet d'une offre distincte et est attribué séparément."),
        RTAB(lots, widths=[0.12, 0.6, 0.28], align="llr", bold_last=True),
        P("Le montant total estimé de l'opération s'élève à 2~350~000 € HT, toutes tranches et tous lots "
          "confondus. Cette estimation est donnée à titre indicatif et n'engage pas le pouvoir adjudicateur."),
        H("Article 3 – Maîtrise d'œuvre et intervenants"),
        P("La maîtrise d'œuvre est assurée par le groupement Atelier Vernhes Architectes (mandataire) et BET "
          "Fluides Quercy. La mission de coordination en matière de sécurité et de protection de la santé (SPS) "
          "de niveau 2 est confiée au cabinet Prévencia. Le contrôle technique est assuré par Contrôle Sud Bâtiment."),
        H("Article 4 – Durée et délais d'exécution"),
        P("Le délai global d'exécution est de quatorze mois à compter de l'ordre de service de démarrage, période "
          "de préparation d'un mois incluse. Le calendrier détaillé figure en annexe au CCAP ; il sera recalé lors "
          "de la période de préparation."),
        H("Article 5 – Variantes et prestations supplémentaires éventuelles"),
        P("Les variantes à l'initiative des candidats ne sont pas admises. Une prestation supplémentaire "
          "éventuelle (PSE) est prévue au lot 04 : mise en peinture des circulations du bâtiment B. Les candidats "
          "au lot 04 sont tenus de chiffrer cette PSE."),
        H("Article 6 – Visite du site"),
        P("Une visite du site est fortement conseillée. Elle peut être organisée les mercredis 16 et 23 décembre "
          "2026 à 14 h, sur rendez-vous auprès des services techniques (tél. 05~65~31~08~42). Aucune attestation "
          "de visite n'est exigée."),
    ]
    blocks += rc_dce(c, 0) + rc_modif(c, 0) + rc_questions(c, 0)
    blocks += [
        H("Article # – Présentation des candidatures"),
        P("Chaque candidat produit les pièces suivantes :"),
        LST(["la lettre de candidature (DC1) ou le DUME ;",
             "la déclaration du candidat (DC2) précisant le chiffre d'affaires des trois derniers exercices ;",
             "la déclaration sur l'honneur justifiant que le candidat a satisfait aux obligations relatives à "
             "l'emploi des travailleurs handicapés définies aux articles L.~5212-1 à L.~5212-11 du code du travail ;",
             "les certificats de qualification professionnelle (Qualibat ou équivalent) ou, à défaut, des références "
             "de travaux de même nature ;",
             "l'attestation d'assurance décennale en cours de validité."]),
        P("Les candidats dont les capacités paraissent insuffisantes au regard de la nature et de l'importance du "
          "lot sont éliminés avant l'examen des offres."),
    ]
    blocks += rc_offre(c, 0)
    blocks += [
        H("Article # – Exécution des travaux par des personnes en insertion"),
        P("Pour les lots 01 et 03, le titulaire réservera une partie des heures de main-d'œuvre nécessaires à "
          "l'exécution du chantier à des personnes rencontrant des difficultés sociales ou professionnelles "
          "particulières. Le volume minimal est fixé à 1~050 heures pour le lot 01 et à 350 heures pour le lot 03, "
          "soit 1¦SB¦400 heures au total."),
        P("Les modalités (publics éligibles, recours à une entreprise d'insertion, à une ETTI ou à un GEIQ, "
          "embauche directe, suivi par le facilitateur du PLIE du Haut-Quercy) sont précisées à l'article 9 du "
          "CCAP. Les autres lots ne comportent pas d'engagement de cette nature."),
        H("Article # – Jugement des offres"),
        P("L'offre économiquement la plus avantageuse est appréciée lot par lot en fonction des critères "
          "pondérés ci-après. Chaque critère est noté sur 10 puis affecté de sa pondération ; la note finale est "
          "arrondie au centième."),
        P("Le prix est noté selon la formule : note = 10 x (offre la moins disante / offre examinée). Les "
          "critères qualitatifs sont appréciés au vu du mémoire technique, selon l'échelle suivante : "
          "insuffisant (0 à 3), moyen (4 à 6), bon (7 à 8), très bon (9 à 10). Le détail des éléments attendus "
          "pour chaque critère figure dans le cadre de réponse. Il est rappelé que l'absence de cadre de réponse "
          "complété entraîne la note de zéro aux critères techniques, sans que l'offre soit pour autant déclarée "
          "irrégulière. Les candidats sont invités à apporter un soin particulier à la rédaction de leur mémoire, "
          "qui sera rendu contractuel pour les engagements qu'il contient."),
        P("Lorsque plusieurs offres obtiennent la même note finale, elles sont départagées par la note obtenue au "
          "critère de la valeur technique, puis par la note obtenue au prix."),
        P("Tableau des critères et pondérations (applicable à chacun des six lots) :"),
        RTAB([["Critère", "Sous-critère", "Pondération"],
              ["1. Prix", "Montant de l'offre (DPGF)", "50 %"],
              ["2. Valeur technique", "2.1 Méthodologie, phasage en site occupé et planning", "15 %"],
              ["", "2.2 Moyens humains et matériels, encadrement du chantier", "15 %"]],
             widths=[0.3, 0.52, 0.18], align="llr"),
        ("pagebreak",),
        P("Tableau des critères et pondérations (suite) :"),
        RTAB([["Critère", "Sous-critère", "Pondération"],
              ["3. Chantier à faibles nuisances", "Limitation des nuisances, tri et valorisation des déchets "
               "de chantier, réemploi des matériaux déposés", "10 %"],
              ["4. Accompagnement des salariés en parcours", "Tutorat, formation et perspectives d'emploi "
               "proposées aux personnes en parcours d'insertion", "10 %"]],
             widths=[0.3, 0.52, 0.18], align="llr"),
        P("Les critères 3 et 4 sont appréciés sur la base des engagements chiffrés et vérifiables figurant au "
          "mémoire technique ; une simple déclaration d'intention obtient la note de 2 sur 10."),
        H("Article # – Offres anormalement basses"),
        P("Si une offre paraît anormalement basse, le pouvoir adjudicateur exige que le candidat fournisse des "
          "précisions et justifications sur le montant de son offre. Si, après vérification, les justifications ne "
          "sont pas acceptables, l'offre est rejetée par décision motivée."),
        H("Article # – Négociation"),
        P("Le pouvoir adjudicateur se réserve la possibilité de négocier avec les trois candidats les mieux classés "
          "de chaque lot. La négociation peut porter sur tous les éléments de l'offre, notamment le prix. Elle se "
          "déroule par écrit, via la messagerie du profil d'acheteur. Il peut également attribuer le marché sur la "
          "base des offres initiales, sans négociation."),
    ]
    blocks += x_d01()
    blocks += rc_remise(c, 0) + rc_validite(c, 0) + rc_attrib(c, 0) + rc_recours(c, 0)
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1400, critere_social=1,
            critere_environnemental=1, allotissement=1, nb_lots=6, montant_estime_ht=2350000,
            evidence=["Les travaux sont répartis en six lots",
                      "soit 1 400 heures au total",
                      "tri et valorisation des déchets de chantier",
                      "Tutorat, formation et perspectives d'emploi proposées aux personnes en parcours d'insertion",
                      "Le montant total estimé de l'opération s'élève à 2 350 000 € HT"])
    return DOC("d01_RC.pdf", "RC", lab, blocks, header="Ville de Montcabrier-les-Forges – Groupe scolaire des "
               "Tilleuls – RC 2026-TX-041", footer="Règlement de la consultation", hyphen=True, pages=(6, 9),
               note="RC alloti (6 lots) ; heures d'insertion données par lot (1 050 + 350) et totalisées ; tableau "
                    "des critères coupé par un saut de page, critères social et environnemental nommés sans les mots "
                    "« social » ni « environnement » ; piège : déclaration L5212-1 à L5212-11 (rappel légal).")


# ----------------------------------------------------------------------------- d02 CCAP (PDF, 9 p.)
def d02():
    c = C("Val d'Ardoise Habitat", "tribunal administratif d'Angerville", ccag="travaux", delai=30)
    blocks = COVER(["VAL D'ARDOISE HABITAT – Office public de l'habitat",
                    "Remplacement des menuiseries extérieures – résidence Les Chaumes (112 logements)",
                    "Cahier des clauses administratives particulières – Lot n° 2"],
                   [["Maître d'ouvrage", "Val d'Ardoise Habitat, 14 rue du Port-Sec, 49210 Trélazay-sur-Loir"],
                    ["SIRET", "274 900 412 00034"],
                    ["Maître d'œuvre", "Cabinet Oréade Ingénierie"],
                    ["Opération", "Résidence Les Chaumes, bâtiments A à D"],
                    ["Marché", "Lot n° 2 – Menuiseries PVC et occultations"],
                    ["Version", "Indice B du 2 novembre 2026"]]) + [TOC(),
        H("Article 1 – Objet du marché – dispositions générales"),
        P("Le présent CCAP fixe les stipulations administratives applicables au lot n° 2 « Menuiseries PVC et "
          "occultations » de l'opération de remplacement des menuiseries extérieures de la résidence Les Chaumes. "
          "L'opération est dévolue en quatre lots séparés : lot 1 désamiantage ; lot 2 menuiseries PVC et "
          "occultations ; lot 3 serrurerie – garde-corps ; lot 4 peinture et reprises intérieures."),
        P("Les travaux sont exécutés en site occupé. Chaque logement est traité en une journée au plus, "
          "dépose et repose comprises, de sorte que les locataires ne soient jamais privés de fermeture la nuit."),
        H("Article 2 – Intervenants"),
        P("Maîtrise d'œuvre : cabinet Oréade Ingénierie, mission de base avec EXE partielle. Coordination SPS : "
          "niveau 2, société Ardesco. Ordonnancement, pilotage et coordination (OPC) : assuré par le maître "
          "d'œuvre. Le titulaire désigne, dès la notification, un conducteur de travaux et un chef de chantier "
          "présents à chaque réunion hebdomadaire."),
    ]
    blocks += cc_pieces(c, 0)
    blocks += [
        H("Article # – Délais d'exécution"),
        P("Le délai d'exécution du lot est de sept mois, dont un mois de période de préparation, à compter de la "
          "date fixée par l'ordre de service de démarrage. Le planning détaillé par cage d'escalier est établi "
          "pendant la période de préparation et validé par le maître d'œuvre."),
        P("Les délais sont prolongés dans les conditions de l'article 18.2 du CCAG Travaux en cas d'intempéries, "
          "les jours d'intempéries étant constatés au vu des relevés de la station de Trélazay."),
        H("Article # – Période de préparation"),
        P("Pendant la période de préparation, le titulaire remet : le programme d'exécution ; les plans "
          "d'exécution et notes de calcul ; les fiches techniques des menuiseries (coefficients Uw et Sw, "
          "classement AEV) ; le PPSPS ; les procès-verbaux d'essais ; la liste nominative du personnel appelé à "
          "pénétrer dans les logements."),
        P("Il visite avec le maître d'œuvre un logement témoin par bâtiment et réalise, avant toute commande "
          "de fabrication, un relevé contradictoire des cotes de chaque baie."),
    ]
    blocks += cc_prix(c, 2) + cc_avance(c, 0) + cc_garantie(c, 0) + cc_paiement(c, 2)
    blocks += [
        H("Article # – Action d'insertion professionnelle"),
        H2("Principe"),
        P("En application de l'article L.~2112-2 du code de la commande publique, le titulaire s'engage à "
          "consacrer au moins 5 % du nombre total d'heures travaillées sur le lot à une action d'insertion au "
          "profit de personnes éloignées de l'emploi. Sur la base de l'estimation du maître d'ouvrage, ce "
          "pourcentage représente un volume plancher de 910 heures, qui constitue l'engagement contractuel du "
          "titulaire."),
        H2("Publics concernés"),
        LST(["demandeurs d'emploi de longue durée inscrits depuis plus de douze mois ;",
             "allocataires du RSA, de l'ASS ou de l'AAH ;",
             "jeunes de moins de 26 ans sans diplôme qualifiant ;",
             "personnes reconnues travailleurs handicapés orientées en milieu ordinaire ;",
             "salariés d'une structure d'insertion par l'activité économique ou d'un GEIQ ;",
             "toute personne validée par le facilitateur au vu d'un avis motivé de prescripteur."]),
        H2("Modalités de mise en œuvre"),
        P("Le titulaire choisit librement entre l'embauche directe (CDD, CDI, contrat d'apprentissage ou de "
          "professionnalisation), la mise à disposition de salariés par une ETTI, une association intermédiaire "
          "ou un GEIQ, ou la sous-traitance ou cotraitance avec une entreprise d'insertion. Il prend contact avec "
          "la facilitatrice de la Maison de l'emploi du Val d'Ardoise dans les quinze jours suivant la "
          "notification."),
        H2("Suivi et sanction"),
        P("Le titulaire transmet chaque mois l'état nominatif des heures réalisées. En cas de non-respect de son "
          "engagement, imputable au titulaire, une pénalité de 50 € HT par heure non réalisée est appliquée lors "
          "du décompte général."),
        H("Article # – Obligations sociales – rappel"),
        P("Le titulaire est tenu au respect des dispositions des articles L.~8221-1 et suivants du code du travail "
          "relatives au travail dissimulé et, le cas échéant, des articles L.~1262-4-1 et suivants relatifs au "
          "détachement de salariés. Il remet tous les six mois les attestations prévues à l'article D.~8222-5."),
        H("Article # – Information et relations avec les locataires"),
        P("Le titulaire affiche dans chaque hall, au moins dix jours à l'avance, le calendrier de passage par "
          "logement. Il prévient individuellement, par avis de passage, les locataires concernés quarante-huit "
          "heures avant l'intervention. Une attention particulière est portée aux personnes âgées ou à mobilité "
          "réduite, signalées par le gardien, pour lesquelles le déplacement des meubles devant les baies est "
          "assuré par le titulaire."),
        P("Toute dégradation constatée dans un logement est consignée sur la fiche d'état des lieux signée par le "
          "locataire avant et après intervention."),
        H("Article # – Tenue du chantier, nettoyage et repli"),
        P("Le titulaire maintient en permanence les parties communes et les abords en état de propreté. Les zones "
          "de stockage des menuiseries neuves sont fixées au plan d'installation de chantier."),
        P("Les menuiseries déposées ne sont pas mises en benne tout-venant : les châssis PVC sont démantelés sur "
          "place ou en atelier pour séparer le verre, le PVC et les métaux, qui sont remis à des filières de "
          "recyclage. Le titulaire produit, à chaque situation mensuelle, les bordereaux de suivi justifiant les "
          "tonnages remis à chaque filière ; à défaut, la situation n'est pas mandatée."),
        P("Le nettoyage de fin de chantier comprend le lavage des vitrages neufs sur les deux faces et "
          "l'enlèvement des films de protection."),
        H("Article # – Réception"),
        P("La réception est prononcée par bâtiment dans les conditions de l'article 41 du CCAG. Les opérations "
          "préalables comprennent un contrôle de manœuvre de chaque ouvrant et de chaque volet, et un essai "
          "d'étanchéité à l'air sur un échantillon de logements choisi par le maître d'œuvre."),
        H("Article # – Garanties particulières"),
        P("Le titulaire garantit les menuiseries contre tout défaut de fonctionnement pendant cinq ans et les "
          "motorisations des volets roulants pendant trois ans, à compter de la réception, pièces, main-d'œuvre "
          "et déplacement compris."),
    ]
    blocks += x_d02()
    blocks += cc_penalites(c, 2) + cc_assurances(c, 0) + cc_soustraitance(c, 0) + cc_resiliation(c, 0)
    blocks += cc_litiges(c, 0)
    annexe = [["Bâtiment", "Cage", "Logements", "Semaines d'intervention"]]
    wk = 3
    for bat, cages in (("A", 4), ("B", 3), ("C", 4), ("D", 3)):
        for cg in range(1, cages + 1):
            nlog = 8 if (cg + len(bat)) % 2 else 7
            annexe.append([bat, "%s%d" % (bat, cg), str(nlog), "S%d à S%d" % (wk, wk + 1)])
            wk += 1
    blocks_annexes = [("pagebreak",), H("Annexe 1 – Phasage prévisionnel par cage d'escalier"),
        P("Le phasage ci-dessous est indicatif ; les semaines sont numérotées à compter de l'ordre de service de "
          "démarrage des travaux (semaine S1). Il sera confirmé pendant la période de préparation."),
        RTAB(annexe, widths=[0.18, 0.18, 0.22, 0.42], align="llrl"),
        H("Annexe 2 – Fiche mensuelle de suivi des heures"),
        P("Fiche à remettre avec chaque situation mensuelle, signée par le conducteur de travaux."),
        RTAB([["Nom et prénom", "Statut / prescripteur", "Date d'entrée", "Heures du mois", "Cumul"]] +
             [["", "", "", "", ""] for _ in range(10)], widths=[0.28, 0.26, 0.16, 0.15, 0.15]),
        H("Annexe 3 – Récapitulatif des pénalités"),
        RTAB([["Manquement", "Pénalité"],
              ["Retard sur le délai d'exécution", "200 € par jour calendaire"],
              ["Absence du conducteur de travaux en réunion", "150 € par absence"],
              ["Retard de remise du DOE", "100 € par jour"],
              ["Heure d'insertion non réalisée", "50 € HT par heure"],
              ["Situation transmise sans bordereaux de suivi des déchets", "situation non mandatée"]],
             widths=[0.6, 0.4])]
    blocks += cc_derog(c, ["article 4 : pièces contractuelles (déroge à l'article 4.1 du CCAG) ;",
                           "article des pénalités : absence de mise en demeure préalable (déroge à l'article 19.2.1) ;",
                           "article relatif à l'action d'insertion : pénalité spécifique."])
    blocks += blocks_annexes
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=910, clause_environnementale=1,
            allotissement=1, nb_lots=4,
            evidence=["L'opération est dévolue en quatre lots séparés",
                      "ce pourcentage représente un volume plancher de 910 heures",
                      "les châssis PVC sont démantelés sur place ou en atelier pour séparer le verre, le PVC et "
                      "les métaux, qui sont remis à des filières de recyclage"])
    return DOC("d02_CCAP.pdf", "CCAP", lab, blocks, header="Val d'Ardoise Habitat – Résidence Les Chaumes – "
               "CCAP lot 2", footer="CCAP – indice B", hyphen=True, pages=(6, 12),
               note="Heures exprimées en pourcentage puis en volume plancher ; clause environnementale cachée dans "
                    "l'article « Tenue du chantier » ; pièges : rappel travail dissimulé / détachement, attention "
                    "aux personnes à mobilité réduite (organisation du service).")


# ----------------------------------------------------------------------------- d03 CCTP (PDF, 2 colonnes)
def d03():
    blocks = [TITLE("CENTRE HOSPITALIER INTERCOMMUNAL DE BRÉNAC – SAINT-AURÈLE",
                    "Bionettoyage des locaux administratifs, logistiques et des consultations externes",
                    "Cahier des clauses techniques particulières – consultation n° CHI-2026-117"),
        H("Article 1 – Objet"),
        P("Le présent CCTP définit les prestations de bionettoyage des surfaces et locaux des sites de Brénac "
          "(bâtiments administratifs, magasin central, consultations externes) et de Saint-Aurèle (pôle "
          "logistique). Les unités de soins ne sont pas concernées : elles restent entretenues par les agents "
          "de l'établissement."),
        H("Article 2 – Contexte"),
        P("Le CHI s'est engagé depuis 2022 dans une démarche de développement durable inscrite dans son projet "
          "d'établissement, et publie chaque année un bilan de ses consommations. Les surfaces concernées "
          "représentent 9~860 m² réparties en zones à risque faible (zone 1) et à risque modéré (zone 2)."),
        H("Article 3 – Classement des locaux et fréquences"),
        RTAB([["Zone", "Locaux", "Fréquence"],
              ["Z1", "Bureaux, salles de réunion, couloirs administratifs", "3 passages / sem."],
              ["Z1", "Magasin central, quais", "1 passage / sem."],
              ["Z2", "Salles d'attente et boxes de consultation", "quotidienne (j. ouvrés)"],
              ["Z2", "Sanitaires publics", "2 passages / jour"]], widths=[0.14, 0.56, 0.3]),
        P("Les horaires d'intervention sont compris entre 6 h et 9 h, ou après 18 h 30 pour les consultations "
          "externes, afin de ne pas gêner l'accueil des patients."),
        H("Article 4 – Méthodes et matériels"),
        P("Le nettoyage est réalisé par méthode humide à l'aide de lavettes et franges en microfibre "
          "pré-imprégnées, préparées chaque matin en centrale de pré-imprégnation. Le seau de lavage "
          "traditionnel est proscrit en zone 2."),
        P("Les autolaveuses utilisées au magasin central sont équipées de batteries ; les modèles thermiques sont "
          "exclus. Le matériel est maintenu en bon état de propreté et entreposé dans le local mis à disposition."),
        H("Article 5 – Produits"),
        P("Les détergents, nettoyants sanitaires et produits pour vitres employés sont porteurs de l'Écolabel "
          "européen ou d'un label de type I équivalent ; le titulaire en remet les fiches techniques et fiches de "
          "données de sécurité avant le démarrage. Seuls les détergents-désinfectants de la liste validée par "
          "l'équipe opérationnelle d'hygiène (EOH) échappent à cette exigence en zone 2."),
        P("Les produits sont livrés en bidons concentrés destinés à des centrales de dilution ; les aérosols et "
          "les flacons prêts à l'emploi à usage unique ne sont pas admis."),
        H("Article 6 – Déchets"),
        P("Les agents du titulaire vident les corbeilles et conteneurs et déposent les sacs dans les locaux "
          "déchets de chaque bâtiment en respectant le tri en place (papier-carton, emballages, ordures "
          "ménagères). Les déchets d'activités de soins à risques infectieux (DASRI) sont exclus du marché et "
          "restent collectés par l'établissement."),
        H("Article 7 – Personnel"),
        P("Le personnel affecté est formé aux règles d'hygiène hospitalière (précautions standard, tenue, "
          "hygiène des mains). Le titulaire transmet la liste nominative des agents et informe l'établissement "
          "de tout remplacement. Il est rappelé que la reprise du personnel affecté au marché précédent relève "
          "de l'annexe 7 de la convention collective des entreprises de propreté."),
        H("Article 8 – Contrôle de la qualité"),
        P("Le contrôle est réalisé contradictoirement selon la méthode visuelle et, le cas échéant, par "
          "prélèvements de surface à l'initiative de l'EOH. Un taux de conformité inférieur à 90 % sur un mois "
          "donne lieu à un plan d'actions correctives remis sous huit jours."),
        H("Article 9 – Traçabilité et reporting"),
        P("Le titulaire tient à jour, dans chaque local d'entretien, une fiche de traçabilité des passages. Il "
          "remet chaque trimestre un rapport d'activité comprenant les résultats des contrôles, les "
          "réclamations traitées et les quantités de produits consommées par site."),
        H("Article 10 – Réunions"),
        P("Une réunion de lancement est organisée avant le démarrage ; une réunion de suivi se tient ensuite "
          "chaque trimestre entre le responsable de site du titulaire, la direction des achats et l'EOH."),
    ]
    lab = L(clause_environnementale=1,
            evidence=["porteurs de l'Écolabel européen ou d'un label de type I équivalent",
                      "les aérosols et les flacons prêts à l'emploi à usage unique ne sont pas admis",
                      "les modèles thermiques sont exclus"])
    return DOC("d03_CCTP.pdf", "CCTP", lab, blocks, header="CHI Brénac – Saint-Aurèle – CCTP bionettoyage "
               "CHI-2026-117", footer="CCTP – Direction des achats et de la logistique", hyphen=True, cols=2,
               pages=(2, 5),
               note="Deux colonnes ; exigences écologiques de produits et de matériels (clause) ; pièges : politique "
                    "de l'établissement (démarche de développement durable), tri existant, reprise du personnel "
                    "(convention collective), hygiène hospitalière.")


# ----------------------------------------------------------------------------- d04 CCP MAPA (PDF)
def d04():
    c = C("la Commune de Saint-Hilaire-des-Combes", "tribunal administratif de Vaurelle", delai=30)
    blocks = [TITLE("COMMUNE DE SAINT-HILAIRE-DES-COMBES (Drôme provençale)",
                    "Entretien des espaces verts et des chemins ruraux",
                    "Cahier des clauses particulières valant règlement de consultation – MAPA n° 2026-07"),
        P("Pouvoir adjudicateur : Commune de Saint-Hilaire-des-Combes, mairie, 1 place de la Fontaine, 26770 "
          "Saint-Hilaire-des-Combes – SIRET 212 602 947 00019. Procédure adaptée en application de l'article "
          "R.~2123-1 du code de la commande publique."),
        H("Article 1 – Objet et forme du marché"),
        P("Le marché a pour objet l'entretien courant des espaces verts communaux (tonte, taille, désherbage des "
          "massifs, ramassage des feuilles) et le fauchage – débroussaillage des accotements et fossés des chemins "
          "ruraux. Il prend la forme d'un accord-cadre mono-attributaire à bons de commande par lot, passé pour "
          "une durée d'un an reconductible deux fois, soit trois ans au plus."),
        H("Article 2 – Lots"),
        RTAB([["Lot", "Intitulé", "Montant maximum sur 3 ans"],
              ["1", "Tonte, taille et entretien des massifs du bourg et des hameaux", "114 000 € HT"],
              ["2", "Fauchage et débroussaillage des chemins ruraux (réservé, voir art. 3)", "36 000 € HT"]],
             widths=[0.1, 0.62, 0.28], align="llr"),
        P("Les montants ci-dessus constituent les maxima en valeur de chaque accord-cadre sur toute sa durée, "
          "reconductions comprises. Aucun minimum n'est fixé."),
        H("Article 3 – Lot n° 2 : participation réservée"),
        P("En application de l'article L.~2113-12 du code de la commande publique, le lot n° 2 est réservé aux "
          "entreprises adaptées et aux établissements et services d'aide par le travail, ainsi qu'aux structures "
          "équivalentes, qui emploient une proportion minimale de 50 % de travailleurs handicapés. Le candidat "
          "joint à son offre le justificatif de son statut. Le lot n° 1 est ouvert à tous les opérateurs."),
        H("Article 4 – Pièces du marché"),
        P("Le marché est constitué du présent cahier des clauses particulières, de l'acte d'engagement, du "
          "bordereau des prix unitaires du lot concerné et du CCAG-FCS. Le plan des espaces et la liste des "
          "chemins ruraux (annexes 1 et 2) sont joints."),
        H("Article 5 – Prescriptions d'exécution"),
        P("Tonte : hauteur de coupe de 6 à 8 cm dans le bourg ; tonte différenciée à 10 cm minimum sur les "
          "talus et abords du cimetière, avec deux passages par an seulement sur les prairies fleuries repérées "
          "au plan. Désherbage : manuel, mécanique ou thermique uniquement."),
        P("Les déchets de tonte et de taille sont broyés et laissés sur place en paillage lorsque le plan le "
          "prévoit ; les autres déchets verts sont apportés à la plateforme de compostage intercommunale de "
          "Roumanille, le titulaire remettant chaque mois les bons de dépôt. Le brûlage et le dépôt en "
          "déchèterie ordinaire sont exclus. Aux abords de l'école et de la crèche, seuls des matériels "
          "portatifs à batterie sont utilisés."),
        P("Fauchage (lot 2) : deux campagnes annuelles (mai-juin et septembre), largeur d'une épareuse sur les "
          "accotements, hauteur de coupe minimale de 8 cm ; aucun broyage des haies ne sera exécuté entre le "
          "15 mars et le 31 juillet, période de nidification."),
        H("Article 6 – Bons de commande et délais"),
        P("Les prestations sont déclenchées par bons de commande émis par le secrétariat de mairie. Le délai "
          "d'intervention est de cinq jours ouvrés, ramené à 48 heures pour les interventions liées à la "
          "sécurité (branches menaçantes, visibilité aux carrefours)."),
        H("Article 7 – Prix et règlement"),
        P("Les prix du bordereau sont fermes la première année puis révisés annuellement selon l'indice ICHT-E "
          "(coût horaire du travail, entretien des espaces verts). Le paiement intervient dans un délai de 30 "
          "jours après réception de la facture déposée sur Chorus Pro."),
        H("Article 8 – Offre et jugement"),
        P("L'offre comprend l'acte d'engagement, le BPU complété et un mémoire technique de six pages au plus. "
          "Chaque lot est jugé séparément selon les critères suivants :"),
        RTAB([["Critère", "Pondération"],
              ["Prix (BPU appliqué au détail quantitatif estimatif non contractuel)", "50 %"],
              ["Valeur technique :", ""],
              ["- moyens humains et matériels dédiés, organisation des campagnes", "30 %"],
              ["- pratiques de gestion écologique proposées : paillage, fauche tardive, limitation des "
               "émissions sonores et des carburants fossiles, devenir des déchets verts", "20 %"]],
             widths=[0.8, 0.2], align="lr"),
        P("La commune pourra négocier avec les trois candidats les mieux classés de chaque lot."),
        H("Article 9 – Dispositions diverses"),
        P("Le titulaire est assuré en responsabilité civile. Il signale sans délai tout dégât causé aux "
          "clôtures, bordures ou véhicules. Les litiges relèvent du tribunal administratif de Vaurelle."),
        P("Date limite de remise des offres : vendredi 5 février 2027, 12 h, sur la plateforme "
          "marches-drome-provencale.fr."),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, critere_environnemental=1,
            allotissement=1, nb_lots=2, montant_max_ht=150000,
            evidence=["le lot n° 2 est réservé aux entreprises adaptées et aux établissements et services d'aide "
                      "par le travail",
                      "pratiques de gestion écologique proposées",
                      "Le brûlage et le dépôt en déchèterie ordinaire sont exclus",
                      "114 000 € HT", "36 000 € HT", "[2 lots ; 114 000 + 36 000 = 150 000]"])
    return DOC("d04_CCP.pdf", "CCAP", lab, blocks, header="Commune de Saint-Hilaire-des-Combes – MAPA 2026-07 – "
               "Espaces verts", footer="CCP valant RC", hyphen=False, pages=(2, 5),
               note="MAPA à document unique (CCP valant RC) ; lot 2 réservé L2113-12 ; critère écologique dans le "
                    "CCP ; maxima par lot sur 3 ans additionnés.")


# ----------------------------------------------------------------------------- d05 RC (PDF, 2 colonnes) – négatif
def d05():
    c = C("l'Université de Lisère-Cévennes", "tribunal administratif de Vaurelle",
          profil="https://achats.univ-lisere-cevennes.fr", ref="ULC-DSI-2026-22")
    blocks = [TITLE("UNIVERSITÉ DE LISÈRE-CÉVENNES – Direction des achats et des marchés",
                    "Fourniture de postes de travail, écrans et accessoires",
                    "Règlement de la consultation – Appel d'offres ouvert ULC-DSI-2026-22"),
        H("Article 1 – Objet"),
        P("La consultation porte sur la fourniture de postes de travail fixes et portables, d'écrans et "
          "d'accessoires (stations d'accueil, claviers, souris) destinés aux services centraux, aux composantes "
          "et aux laboratoires de l'université. Les matériels sont livrés masterisés selon l'image fournie par "
          "la DSI et intégrés à l'environnement de gestion de parc de l'établissement."),
        H("Article 2 – Forme du marché et montant"),
        P("Il s'agit d'un accord-cadre mono-attributaire à bons de commande, conclu pour une durée d'un an "
          "reconductible tacitement trois fois. Le montant maximum de commandes est fixé à 95~000 € HT par "
          "période, soit 380~000 € HT pour la durée totale de l'accord-cadre. Il n'est pas fixé de minimum."),
        H("Article 3 – Allotissement"),
        P("Le marché n'est pas alloti. La fourniture des postes, des écrans et des accessoires compatibles "
          "constitue une prestation homogène dont la dissociation rendrait techniquement difficile la "
          "garantie d'interopérabilité et le support de niveau 1 (article L.~2113-11 du CCP)."),
        H("Article 3 bis – Matériels remplacés"),
        P("La reprise et le traitement des matériels réformés ne sont pas compris dans le présent marché : ils "
          "relèvent d'un contrat distinct passé par l'université avec un éco-organisme."),
        H("Article 4 – Politique numérique de l'établissement"),
        P("L'université a adopté en 2025 un schéma directeur du numérique responsable qui vise notamment à "
          "allonger la durée de vie de son parc. Ce document, présenté à titre d'information, est "
          "consultable sur le site de l'université ; il ne crée pas d'obligation pour le titulaire."),
        H("Article 5 – Conditions de participation"),
        P("Les candidats produisent le DUME ou les formulaires DC1 et DC2, la déclaration sur l'honneur relative "
          "aux interdictions de soumissionner et à l'obligation d'emploi des travailleurs handicapés (articles "
          "L.~5212-1 à L.~5212-11 du code du travail), ainsi que trois références de livraisons comparables. "
          "Ils indiquent, s'ils en disposent, leurs certifications ISO 9001 ou ISO 14001 ; ces certifications "
          "ne sont pas exigées et ne conditionnent pas la recevabilité de la candidature."),
        P("Le présent marché n'est pas réservé."),
        H("Article 6 – Contenu des offres"),
        P("L'offre comprend l'acte d'engagement, le bordereau des prix unitaires, le détail quantitatif estimatif "
          "(DQE, non contractuel), le mémoire technique et les fiches techniques constructeur. Un échantillon de "
          "chaque poste proposé est remis dans les locaux de la DSI pour une période de test de quinze jours ; "
          "les tests portent sur le démarrage réseau (PXE), le déploiement de l'image et la compatibilité avec "
          "l'environnement de développement utilisé par les laboratoires."),
        H("Article 7 – Jugement des offres"),
        RTAB([["Critère", "Pondération"],
              ["Prix (DQE)", "60 %"],
              ["Valeur technique : performances, qualité de fabrication, résultats des tests", "25 %"],
              ["Garantie et service après-vente (délai d'intervention, échange standard)", "10 %"],
              ["Délai de livraison", "5 %"]], widths=[0.78, 0.22], align="lr"),
        P("La note de prix est calculée par la formule linéaire : Np = 60 x (Pmin / P). La valeur technique est "
          "notée au vu du mémoire et des tests sur échantillon."),
        H("Article 8 – Négociation"),
        P("S'agissant d'un appel d'offres, aucune négociation n'est admise ; seules des demandes de précisions "
          "sur la teneur de l'offre peuvent être adressées aux candidats."),
    ]
    blocks += rc_remise(c, 1) + rc_questions(c, 1) + rc_validite(c, 1) + rc_attrib(c, 1) + rc_recours(c, 1)
    lab = L(allotissement=0, montant_max_ht=380000,
            evidence=["Le marché n'est pas alloti", "soit 380 000 € HT pour la durée totale de l'accord-cadre"])
    return DOC("d05_RC.pdf", "RC", lab, blocks, header="Université de Lisère-Cévennes – RC ULC-DSI-2026-22",
               footer="Direction des achats et des marchés", hyphen=True, cols=2, pages=(2, 5),
               note="Négatif : environnement informatique, politique numérique de l'acheteur sans obligation, reprise "
                    "des matériels exclue du marché, ISO 14001 facultative en candidature, rappel L5212, « n'est pas "
                    "réservé ». Non alloti ; maximum total écrit.")


# ----------------------------------------------------------------------------- d06 AE (PDF) – négatif
def d06():
    blocks = [TITLE("SEM VALORIA AMÉNAGEMENT", "ACTE D'ENGAGEMENT",
                    "ZAC du Moulin-Blanc – Construction d'un pôle de services de proximité – Lot n° 3 Plomberie – "
                    "sanitaires"),
        H("A – Objet de l'acte d'engagement"),
        P("Le présent acte d'engagement concerne le lot n° 3 « Plomberie – sanitaires » de l'opération de "
          "construction d'un pôle de services de proximité dans la ZAC du Moulin-Blanc, réalisée par la SEM "
          "Valoria Aménagement en qualité de mandataire de la commune de Pierrefeu-sur-Aude. L'opération "
          "comprend cinq lots : 1 gros œuvre ; 2 menuiseries ; 3 plomberie – sanitaires ; 4 électricité ; "
          "5 peinture – sols souples."),
        P("Référence de la consultation : VAL-2026-MB-03. Procédure adaptée (article R.~2123-1 1° du CCP)."),
        H("B – Engagement du titulaire"),
        P("Après avoir pris connaissance des pièces constitutives du marché indiquées à l'article 2 du CCAP, le "
          "signataire : [ ] s'engage sans réserve, en son nom propre ; [ ] engage la société "
          "......................................... sur la base de son offre ; [ ] s'engage en qualité de "
          "mandataire du groupement désigné ci-dessous."),
        P("Raison sociale : ............................................. SIRET : "
          "..............................................."),
        H("C – Prix"),
        P("Les prestations sont rémunérées par un prix global et forfaitaire, dont le détail figure dans la "
          "décomposition du prix global et forfaitaire (DPGF) jointe."),
        RTAB([["", "Montant"],
              ["Montant hors TVA", "................... €"],
              ["TVA au taux de 20 %", "................... €"],
              ["Montant TTC", "................... €"],
              ["Arrêté en lettres à", "..................................................."]],
             widths=[0.45, 0.55]),
        H("D – Délai d'exécution"),
        P("Le délai d'exécution du lot est fixé au calendrier prévisionnel annexé au CCAP ; il court à compter "
          "de l'ordre de service prescrivant le démarrage des travaux du lot."),
        H("E – Avance"),
        P("Je renonce au bénéfice de l'avance : [ ] non [ ] oui."),
        H("F – Dispositions particulières"),
        P("Action d'insertion : le CCAP n'en prévoit que pour les lots 1 et 2 ; elle est sans objet pour le "
          "présent lot."),
        P("Le titulaire affirme, sous peine de résiliation du marché à ses torts exclusifs, qu'il ne tombe pas "
          "sous le coup des interdictions de soumissionner prévues aux articles L.~2141-1 à L.~2141-5 et "
          "L.~2141-7 à L.~2141-10 du code de la commande publique, notamment pour infraction aux articles "
          "L.~8221-1, L.~8221-3 et L.~8221-5 du code du travail (travail dissimulé)."),
        H("G – Compte à créditer"),
        P("Joindre un relevé d'identité bancaire. Nom de l'établissement : ............ IBAN : ............"),
        H("H – Signature"),
        P("Fait en un seul original, à ..................... le ..................... Signature du candidat "
          "(signature électronique qualifiée exigée de l'attributaire)."),
        P("Acceptation de l'offre par le pouvoir adjudicateur : est acceptée la présente offre pour valoir acte "
          "d'engagement. À Pierrefeu-sur-Aude, le ..................... Le directeur général de la SEM."),
        H("Annexe – Sous-traitance"),
        RTAB([["Nature de la prestation sous-traitée", "Sous-traitant", "Montant HT"],
              ["..............................", "..............................", "..............."],
              ["..............................", "..............................", "..............."]],
             widths=[0.45, 0.35, 0.2]),
    ]
    lab = L(allotissement=1, nb_lots=5, evidence=["L'opération comprend cinq lots"])
    return DOC("d06_AE.pdf", "AE", lab, blocks, header="SEM Valoria Aménagement – ZAC du Moulin-Blanc – AE lot 3",
               footer="Acte d'engagement – VAL-2026-MB-03", pages=(1, 3),
               note="Négatif : action d'insertion « sans objet pour le présent lot », rappel travail dissimulé, "
                    "interdictions de soumissionner ; montants en blanc.")


# ----------------------------------------------------------------------------- d07 CCTP (PDF, 8 p.)
def d07():
    ecoles = [["École", "Commune", "Repas / jour (moy.)", "Type de service"],
              ["Groupe scolaire Jules-Ferry", "Calvène", "310", "self"],
              ["École maternelle Les Lilas", "Calvène", "95", "à table"],
              ["École primaire de Serres", "Serres-sur-Dourbie", "120", "à table"],
              ["École du Pont", "Sainte-Anastasie-du-Causse", "64", "à table"],
              ["École élémentaire", "Mas-de-Rouve", "88", "self"],
              ["Centre de loisirs (mercredis, vacances)", "Calvène", "70", "à table"],
              ["Crèche Les Petits Pas (repas mixés)", "Calvène", "32", "à table"]]
    blocks = COVER(["SIVU DE RESTAURATION SCOLAIRE DU PAYS DE CALVÈNE",
                    "Fourniture et livraison de repas en liaison froide",
                    "Cahier des clauses techniques particulières"],
                   [["Acheteur", "SIVU de restauration scolaire du Pays de Calvène, 3 avenue des Cévennes, 30770 "
                     "Calvène"], ["SIRET", "253 001 688 00027"], ["Référence", "SIVU-REST-2027"],
                    ["Procédure", "Appel d'offres ouvert"]]) + [TOC(),
        H("Article 1 – Objet du CCTP"),
        P("Le présent CCTP définit les conditions techniques de fabrication, de conditionnement et de livraison "
          "en liaison froide des repas servis dans les restaurants scolaires, le centre de loisirs et la crèche "
          "des communes membres du SIVU. Le titulaire assure la conception des menus, l'achat des denrées, la "
          "fabrication en cuisine centrale agréée et le transport jusqu'aux offices de réchauffage."),
        H("Article 2 – Sites desservis et volumes"),
        P("Les volumes ci-dessous sont donnés à titre indicatif, sur la base de 140 jours de classe et de 50 "
          "mercredis ou jours de vacances."),
        RTAB(ecoles, widths=[0.36, 0.28, 0.18, 0.18], align="llrl"),
        P("Les effectifs définitifs sont transmis par chaque commune au plus tard à 9 h 30 le jour ouvré "
          "précédant la livraison, par le logiciel de réservation mis à disposition par le SIVU."),
        H("Article 3 – Élaboration des menus"),
        P("Les menus sont établis par une diététicienne du titulaire, sur des cycles de huit semaines, en "
          "respectant les fréquences de présentation des plats issues des recommandations nutritionnelles en "
          "vigueur. Ils sont soumis à la commission des menus, qui se réunit cinq fois par an."),
        P("Un menu végétarien est servi au moins une fois par semaine ; il ne se réduit pas à la suppression "
          "de la viande mais comporte une source de protéines végétales complète."),
        P("Les repas de la crèche sont servis mixés ou hachés selon l'âge des enfants. Les enfants bénéficiant "
          "d'un projet d'accueil individualisé (PAI) apportent leur panier-repas ; le titulaire n'est pas tenu "
          "de fournir des repas de régime."),
        H("Article 4 – Grammages"),
        RTAB([["Composante", "Maternelle", "Élémentaire", "Adulte"],
              ["Viande sans os", "50 g", "70 g", "100 g"],
              ["Poisson", "50 g", "70 g", "100 g"],
              ["Légumes d'accompagnement", "120 g", "150 g", "200 g"],
              ["Féculents (cuits)", "120 g", "170 g", "250 g"],
              ["Fromage", "16 à 20 g", "16 à 30 g", "30 à 40 g"],
              ["Pain", "40 g", "40 g", "50 g"]], widths=[0.37, 0.21, 0.21, 0.21], align="lrrr"),
        H("Article 5 – Qualité et origine des denrées"),
        P("Sur l'année civile, les denrées entrant dans la composition des repas comprennent au moins 50 % en "
          "valeur d'achat HT de produits durables et de qualité au sens de l'article L.~230-5-1 du code rural et "
          "de la pêche maritime, dont au moins 20 % de produits issus de l'agriculture biologique ou en "
          "conversion. Le titulaire remet chaque trimestre un tableau de suivi, factures fournisseurs à l'appui."),
        P("Les poissons proviennent de stocks non surexploités et sont, pour les espèces concernées, certifiés "
          "pêche durable (MSC ou équivalent). Les fruits sont de saison ; les fraises et tomates ne sont pas "
          "servies entre novembre et avril."),
        P("Les viandes sont d'origine indiquée et de catégorie supérieure. Les produits reconstitués, les "
          "viandes séparées mécaniquement et les produits contenant des huiles partiellement hydrogénées sont "
          "proscrits."),
        H("Article 6 – Fabrication"),
        P("Les repas sont fabriqués dans une cuisine centrale disposant de l'agrément sanitaire européen. Le "
          "titulaire applique le plan de maîtrise sanitaire fondé sur les principes HACCP ; il tient à la "
          "disposition du SIVU les résultats des analyses microbiologiques réalisées par un laboratoire "
          "accrédité, à raison d'au moins un prélèvement mensuel par site."),
        P("Les plats cuisinés sont refroidis en cellule de refroidissement rapide de + 63 °C à moins de + 10 °C "
          "en moins de deux heures, et conservés entre 0 et + 3 °C jusqu'à leur consommation."),
        H("Article 7 – Conditionnement"),
        P("Les repas sont livrés en bacs gastronormes en acier inoxydable ou en verre, fermés par couvercle "
          "réutilisable ; les contenants sont récupérés lors de la livraison suivante et lavés par le titulaire. "
          "Les barquettes jetables, les films étirables et les portions individuelles sous emballage plastique "
          "(beurre, fromage, compote) ne sont pas admis, à l'exception des repas de la crèche pendant les "
          "trois premiers mois d'exécution, période d'équipement des offices."),
        P("Chaque bac porte une étiquette indiquant la dénomination du plat, le nombre de portions, la date de "
          "fabrication, la date limite de consommation et les allergènes majeurs."),
        H("Article 8 – Livraison"),
        SPLIT("Les livraisons ont lieu chaque jour ouvré entre 7 h 00 et 9 h 30, en véhicules frigorifiques "
              "conformes à la réglementation ATP, l'ordre de passage étant fixé en accord avec les communes "
              "de façon que le temps de transport ne dépasse pas",
              "une heure entre la cuisine centrale et l'office le plus éloigné. Le livreur dépose les bacs dans les "
              "enceintes réfrigérées des offices et émarge la fiche de livraison contradictoire, qui mentionne la "
              "température à cœur relevée sur un plat témoin."),
        P("Les tournées sont organisées de façon à regrouper les livraisons des offices d'une même commune ; le "
          "titulaire ne procède à aucune livraison complémentaire dans la journée sauf erreur de sa part."),
        H("Article 9 – Pain, goûters et repas exceptionnels"),
        P("Le pain est fourni par le titulaire, cuit du jour. Les goûters du centre de loisirs et les repas "
          "améliorés (Noël, fin d'année) font l'objet d'un menu spécifique soumis à la commission des menus "
          "un mois à l'avance."),
        H("Article 10 – Limitation du gaspillage alimentaire"),
        P("Le titulaire réalise avec chaque office, deux fois par an, une campagne de pesée des restes d'une "
          "semaine, et en tire des propositions d'ajustement des grammages ou des recettes présentées en "
          "commission des menus. Les excédents non servis, lorsqu'ils peuvent l'être sans risque, sont "
          "proposés à une association d'aide alimentaire désignée par le SIVU."),
        H("Article 11 – Animation et information des convives"),
        P("Le titulaire propose au moins quatre animations par an (semaine du goût, découverte de produits "
          "régionaux...) et fournit chaque mois les menus sous format affichable, accompagnés de la mention "
          "de l'origine des viandes et des produits sous signe de qualité."),
        H("Article 12 – Contrôles"),
        P("Le SIVU peut procéder ou faire procéder à tout moment à des contrôles inopinés en cuisine centrale, "
          "en cours de transport et dans les offices. Il peut faire analyser, aux frais du titulaire en cas de "
          "non-conformité, les plats témoins conservés cinq jours par le titulaire."),
        H("Article 13 – Continuité du service"),
        P("En cas de défaillance de sa cuisine centrale, le titulaire assure la production dans une autre unité "
          "agréée située à moins de 80 km, ou à défaut livre des repas de secours composés de produits "
          "appertisés, dont il tient un stock de deux jours."),
        H("Article 14 – Personnel"),
        P("Le titulaire désigne un interlocuteur unique joignable de 7 h à 17 h. Le personnel de livraison "
          "porte une tenue propre et identifiable ; il est formé aux règles d'hygiène alimentaire."),
    ]
    blocks += x_d07()
    lab = L(clause_environnementale=1,
            evidence=["dont au moins 20 % de produits issus de l'agriculture biologique ou en conversion",
                      "Les barquettes jetables, les films étirables et les portions individuelles sous emballage "
                      "plastique (beurre, fromage, compote) ne sont pas admis"])
    return DOC("d07_CCTP.pdf", "CCTP", lab, blocks, header="SIVU du Pays de Calvène – CCTP restauration scolaire",
               footer="SIVU-REST-2027 – CCTP", hyphen=True, pages=(6, 10),
               note="Clause environnementale (bio, contenants réutilisables) ; phrase coupée par un saut de page ; "
                    "pièges : PAI, végétarien, HACCP.")


# ----------------------------------------------------------------------------- d08 CCAP (PDF) – négatif
def d08():
    c = C("le Département du Haut-Verdon", "tribunal administratif de Digne-les-Sources", delai=30)
    circ = [["Lot", "Circuit", "Établissement desservi", "Élèves (2026-2027)"]]
    noms = [("Castellane-Haut", "IME Les Genêts"), ("Val de l'Asse", "IME Les Genêts"),
            ("Plateau de Vaumeil", "ULIS collège Paul-Arène"), ("Bléone Sud", "ULIS collège Paul-Arène"),
            ("Moyenne Durance", "IEM Le Rouvier"), ("Haute Vallée", "IEM Le Rouvier"),
            ("Riez – Valensole", "SESSAD Alpes-Verdon"), ("Forcalqueyret", "SESSAD Alpes-Verdon"),
            ("Sisteron Est", "ITEP La Cigalière"), ("Sisteron Ouest", "ITEP La Cigalière"),
            ("Manosque Centre", "ULIS lycée Les Iscles"), ("Oraison – Les Mées", "ULIS lycée Les Iscles")]
    for i, (a, b) in enumerate(noms, 1):
        circ.append([str(i), a, b, str(3 + (i * 7) % 6)])
    blocks = [TITLE("DÉPARTEMENT DU HAUT-VERDON – Direction des mobilités",
                    "Transport des élèves et étudiants en situation de handicap",
                    "Cahier des clauses administratives particulières – accord-cadre HV-MOB-2027-01"),
        H("Article 1 – Objet"),
        P("Le présent accord-cadre a pour objet le transport adapté, entre leur domicile et leur établissement "
          "scolaire, des élèves et étudiants en situation de handicap qui ne peuvent utiliser les transports en "
          "commun, en application des articles R.~3111-24 et suivants du code des transports. Les circuits sont "
          "assurés en véhicules de moins de dix places, dont certains adaptés au transport de personnes en "
          "fauteuil roulant."),
        H("Article 2 – Allotissement"),
        P("L'accord-cadre est divisé en douze lots géographiques, chacun correspondant à un circuit. Un même "
          "candidat peut être attributaire de quatre lots au plus."),
        RTAB(circ, widths=[0.08, 0.3, 0.42, 0.2], align="lllr"),
        H("Article 3 – Durée et montant estimé"),
        P("L'accord-cadre est conclu pour l'année scolaire 2027-2028, reconductible trois fois par période d'une "
          "année scolaire. La valeur totale estimée de l'ensemble des lots, sur quatre années, est de "
          "1~940~000 € HT."),
        H("Article 4 – Véhicules"),
        P("Les véhicules sont âgés de moins de sept ans à la date de notification et le restent pendant toute "
          "l'exécution. Ceux affectés aux lots 5 et 6 sont équipés d'une rampe ou d'un élévateur et d'un système "
          "d'arrimage de fauteuil conforme à la norme ISO 10542. Le titulaire peut affecter des véhicules "
          "électriques ou hybrides s'il le souhaite ; aucune exigence n'est posée à ce titre et ce choix n'est "
          "pas pris en compte dans l'appréciation des offres."),
        H("Article 5 – Conducteurs et accompagnateurs"),
        P("Les conducteurs sont titulaires du permis B depuis plus de trois ans et de l'attestation de formation "
          "aux premiers secours (PSC1). Ils suivent, dans les six mois de leur affectation, une formation d'une "
          "journée à l'accueil des enfants en situation de handicap et à la gestion des troubles du "
          "comportement, dispensée par l'établissement desservi. Pour les lots 9 et 10, un accompagnateur est "
          "présent à bord."),
        P("Le titulaire s'efforce d'affecter au même circuit le même conducteur pendant toute l'année scolaire, "
          "la stabilité des repères étant déterminante pour ces élèves."),
        H("Article 6 – Prix"),
        P("Les prestations sont rémunérées par un prix journalier par circuit, aller-retour compris, figurant "
          "au bordereau des prix. Le prix est révisé au 1er septembre de chaque année selon la formule "
          "P = P0 x (0,15 + 0,40 x S/S0 + 0,25 x G/G0 + 0,20 x M/M0), S étant l'indice des salaires du transport "
          "routier de voyageurs, G l'indice du gazole et M l'indice du matériel de transport."),
        H("Article 7 – Obligations sociales – rappel"),
        P("Le titulaire respecte la réglementation sur les temps de conduite et de repos et la convention "
          "collective nationale des transports routiers. Il produit tous les six mois les attestations relatives "
          "à la lutte contre le travail dissimulé."),
    ]
    blocks += cc_penalites(c, 1) + cc_paiement(c, 1) + cc_assurances(c, 1) + cc_resiliation(c, 1) + cc_litiges(c, 1)
    lab = L(allotissement=1, nb_lots=12, montant_estime_ht=1940000,
            evidence=["L'accord-cadre est divisé en douze lots géographiques",
                      "La valeur totale estimée de l'ensemble des lots, sur quatre années, est de 1 940 000 € HT"])
    return DOC("d08_CCAP.pdf", "CCAP", lab, blocks, header="Département du Haut-Verdon – HV-MOB-2027-01 – CCAP",
               footer="Direction des mobilités", hyphen=False, pages=(2, 5),
               note="Négatif : objet social (transport d'élèves handicapés), véhicules adaptés et formation des "
                    "conducteurs = description du service ; véhicules électriques facultatifs et non notés ; indice "
                    "gazole ; rappel social légal.")


# ----------------------------------------------------------------------------- d09 DPGF (PDF) – négatif
def d09():
    rows = [["N°", "Designation des ouvrages", "U", "Qte", "P.U. HT", "Total HT"],
            ["04.1", "INSTALLATION ET ORGANISATION DE CHANTIER", "", "", "", ""],
            ["04.1.1", "Amenee, repli du materiel et protections", "ens", "1", "", ""],
            ["04.1.2", "Tri selectif des dechets du lot en bennes separees (platre, metaux, emballages) et "
                       "evacuation, y compris bordereaux de suivi", "ft", "1", "", ""],
            ["04.1.3", "Nettoyage journalier de la zone de travail", "ft", "1", "", ""],
            ["04.2", "CLOISONS ET DOUBLAGES", "", "", "", ""],
            ["04.2.1", "Cloison 72/48 sur ossature metallique, 1 parement BA13 de chaque cote, isolant laine "
                       "minerale 45 mm", "m2", "418", "", ""],
            ["04.2.2", "Cloison 98/48 hydrofuge (locaux humides)", "m2", "96", "", ""],
            ["04.2.3", "Doublage thermo-acoustique polystyrene graphite 10+100 mm", "m2", "612", "", ""],
            ["04.2.4", "Doublage biosource fibre de bois 100 mm + BA13 (salle du conte)", "m2", "74", "", ""],
            ["04.3", "FAUX PLAFONDS", "", "", "", ""],
            ["04.3.1", "Plafond demontable 600x600 dalles minerales, classement A2-s1,d0", "m2", "520", "", ""],
            ["04.3.2", "Plafond acoustique lames bois ajourees (espace lecture)", "m2", "185", "", ""],
            ["04.3.3", "Trappes de visite 600x600", "u", "14", "", ""],
            ["04.4", "TRAVAUX EN REGIE (a la demande du MOE)", "", "", "", ""],
            ["04.4.1", "Heure de main-d'oeuvre compagnon plaquiste", "h", "40", "", ""],
            ["04.4.2", "Heure de main-d'oeuvre aide plaquiste", "h", "40", "", ""],
            ["", "TOTAL HT LOT 04", "", "", "", ""],
            ["", "TVA 20 %", "", "", "", ""],
            ["", "TOTAL TTC LOT 04", "", "", "", ""]]
    blocks = [TITLE("COMMUNAUTE D'AGGLOMERATION DU GRAND MORLAC",
                    "Rehabilitation et extension de la mediatheque intercommunale Louise-Michel",
                    "Decomposition du prix global et forfaitaire (DPGF) – Lot 04 : Platrerie – doublages – faux "
                    "plafonds"),
        P("Le candidat complete les colonnes P.U. et Total. Les quantites sont donnees a titre indicatif : le "
          "prix global et forfaitaire porte sur l'ensemble des ouvrages decrits au CCTP du lot 04, y compris "
          "ceux qui ne seraient pas detailles ci-dessous. Il appartient au candidat de verifier les quantites "
          "et de les corriger le cas echeant, en signalant la correction."),
        RTAB(rows, widths=[0.09, 0.49, 0.06, 0.08, 0.13, 0.15], align="lllrrr"),
        P("Cachet et signature du candidat : ..............................................."),
        P("Nota : les heures de regie ne sont pas integrees au prix global et forfaitaire ; elles ne sont "
          "mobilisees que sur ordre ecrit du maitre d'oeuvre."),
    ]
    lab = L(allotissement=1, evidence=["Lot 04 : Platrerie – doublages – faux plafonds"])
    return DOC("d09_DPGF.pdf", "DPGF", lab, blocks, header="CA du Grand Morlac – Mediatheque Louise-Michel – DPGF "
               "lot 04", footer="DPGF lot 04 – indice A", pages=(1, 3),
               note="Négatif : tri des déchets et doublage biosourcé comme lignes de prix, heures de régie ; sans "
                    "accents (export de tableur). Pièce d'un lot : allotissement 1, nombre de lots inconnu.")


# ----------------------------------------------------------------------------- d10 CCAP (PDF, 6 p.)
def d10():
    c = C("la DREAL Haute-Sérane", "tribunal administratif de Lissac", delai=30)
    blocks = COVER(["MINISTÈRE DE LA TRANSITION ÉCOLOGIQUE – DREAL HAUTE-SÉRANE",
                    "Fourniture de papier, de fournitures de bureau et de consommables",
                    "Cahier des clauses administratives particulières – accord-cadre n° DREAL-HS-27-004"],
                   [["Acheteur", "Direction régionale de l'environnement, de l'aménagement et du logement de "
                     "Haute-Sérane, Secrétariat général, 5 quai de l'Ourse, 31890 Lissac"],
                    ["SIRET", "130 027 441 00015"],
                    ["Objet", "Fournitures de bureau pour les sites de Lissac, Montvert et Aubrac-le-Vieux"],
                    ["Procédure", "Appel d'offres ouvert – articles R.~2161-2 à R.~2161-5 du CCP"]]) + [TOC(),
        H("Article 1 – Objet de l'accord-cadre"),
        P("Le présent accord-cadre porte sur la fourniture et la livraison de papier de reprographie, de "
          "fournitures de bureau courantes et de consommables d'impression pour les trois sites de la DREAL."),
        H("Article 2 – Forme, durée et montants"),
        P("Il s'agit d'un accord-cadre mono-attributaire exécuté par émission de bons de commande, sans "
          "minimum, pour une période initiale de douze mois reconductible tacitement trois fois. Il n'est pas "
          "alloti, l'ensemble des fournitures étant distribué par les mêmes réseaux de vente par "
          "correspondance."),
        P("Les montants maximums de commandes sont les suivants :"),
        RTAB([["Période", "Montant maximum HT"],
              ["Période initiale (12 mois)", "130 000 €"],
              ["Première reconduction", "110 000 €"],
              ["Deuxième reconduction", "110 000 €"],
              ["Troisième reconduction", "110 000 €"]], widths=[0.6, 0.4], align="lr"),
    ]
    blocks += cc_pieces(c, 1)
    blocks += [
        H("Article # – Caractéristiques des fournitures"),
        P("Le papier de reprographie (A4 et A3, 80 g/m²) est composé à 100 % de fibres recyclées et porte "
          "l'Écolabel européen, l'Ange bleu ou un label équivalent. Les autres articles sont conformes aux "
          "spécifications du catalogue remis avec l'offre ; toute substitution de référence en cours "
          "d'exécution est soumise à l'accord préalable de l'acheteur."),
        P("Les cartouches et toners sont d'origine constructeur ou compatibles ; dans ce dernier cas, le "
          "titulaire garantit la prise en charge de toute détérioration des matériels d'impression."),
        H("Article # – Commandes"),
        P("Les commandes sont passées par les correspondants de chaque site sur l'espace client en ligne du "
          "titulaire ou, à défaut, par courriel. Chaque bon de commande mentionne le numéro d'engagement, "
          "l'adresse de livraison et le nom du destinataire."),
        H("Article # – Conditionnement et livraisons"),
        P("Les livraisons sont effectuées au rythme d'une livraison groupée par site et par mois au plus, à une "
          "date fixée d'un commun accord ; le titulaire n'effectue pas de livraison fractionnée pour des "
          "commandes passées la même semaine. Les colis sont constitués sans calage en matière plastique et le "
          "titulaire reprend, lors de la livraison suivante, les cartons et cartouches vides collectés par les "
          "sites."),
        SPLIT("La préparation et le conditionnement des colis destinés à la DREAL sont réalisés, pour au moins "
              "20 % des colis, par une structure d'insertion",
              "par l'activité économique ou une entreprise adaptée intervenant en sous-traitance ou en "
              "cotraitance ; le titulaire en indique le nom dans son offre et transmet chaque semestre "
              "l'attestation de volume correspondante."),
        P("Les livraisons ont lieu du lundi au jeudi, de 9 h à 12 h et de 14 h à 16 h, au rez-de-chaussée de "
          "chaque site ; le livreur dépose les colis dans le local désigné et fait signer le bon de livraison."),
        H("Article # – Vérifications et admission"),
        P("Les vérifications quantitatives et qualitatives simples sont effectuées au moment de la livraison. "
          "Les fournitures non conformes sont reprises et remplacées sous cinq jours ouvrés, aux frais du "
          "titulaire. La décision d'admission intervient dans les quinze jours suivant la livraison."),
        H("Article # – Garantie"),
        P("Les fournitures sont garanties contre tout vice de fabrication pendant la durée de garantie "
          "commerciale du fabricant, qui ne peut être inférieure à un an."),
    ]
    blocks += x_d10()
    blocks += cc_prix(c, 1) + cc_paiement(c, 0) + cc_penalites(c, 0) + cc_confid(c, 1) + cc_resiliation(c, 0)
    blocks += cc_litiges(c, 1)
    lab = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=0,
            montant_max_ht=460000,
            evidence=["composé à 100 % de fibres recyclées et porte l'Écolabel européen",
                      "pour au moins 20 % des colis, par une structure d'insertion par l'activité économique ou une "
                      "entreprise adaptée", "Il n'est pas alloti",
                      "[maxima par période : 130 000 + 3 x 110 000 = 460 000]"])
    return DOC("d10_CCAP.pdf", "CCAP", lab, blocks, header="DREAL Haute-Sérane – Accord-cadre DREAL-HS-27-004 – CCAP",
               footer="Secrétariat général – pôle achats", hyphen=True, pages=(5, 9),
               note="Condition d'insertion cachée dans l'article sur les livraisons (sans heures) ; « environnement » "
                    "dans le nom de l'acheteur ; maxima par période additionnés (total non écrit).")


# ----------------------------------------------------------------------------- d11 RC (PDF, 2 colonnes) – négatif
def d11():
    c = C("le SMICTOM du Bassin de l'Oudre", "tribunal administratif d'Angerville",
          profil="https://www.marches-oudre.fr", ref="SMO-2027-COL")
    blocks = [TITLE("SYNDICAT MIXTE DE COLLECTE ET DE TRAITEMENT DES ORDURES MÉNAGÈRES DU BASSIN DE L'OUDRE",
                    "Collecte en porte-à-porte des ordures ménagères résiduelles et des emballages",
                    "Règlement de consultation – appel d'offres ouvert européen SMO-2027-COL"),
        H("Article 1 – Objet"),
        P("La consultation a pour objet la collecte en porte-à-porte des ordures ménagères résiduelles (OMR) et "
          "des emballages ménagers recyclables (collecte sélective) sur le territoire des 38 communes membres, "
          "ainsi que leur transport jusqu'au centre de tri de La Braudière et à l'unité de valorisation "
          "énergétique de Saint-Oudre."),
        P("Le Syndicat conduit depuis 2023 un programme local de prévention des déchets ménagers et assimilés "
          "(PLPDMA) visant une baisse de 15 % des OMR par habitant. Ce programme est mis en œuvre par les "
          "services du Syndicat et ne fait pas partie des prestations du marché."),
        H("Article 2 – Décomposition en lots"),
        P("Le marché est décomposé en 2 lots :"),
        LST(["lot 1 : secteur Nord (21 communes, 14 300 habitants) ;",
             "lot 2 : secteur Sud (17 communes, 19 850 habitants)."]),
        P("Chaque lot fait l'objet d'un marché distinct. Les candidats peuvent soumissionner pour un seul lot ou "
          "pour les deux ; le cumul des deux lots par un même attributaire est autorisé."),
        H("Article 3 – Durée – valeur estimée"),
        P("Chaque marché est conclu pour six ans à compter du 1er janvier 2028. La valeur estimée de l'ensemble "
          "des deux lots, sur la durée totale, est de 6¦SB¦480~000 € HT."),
        H("Article 4 – Conditions de participation"),
        P("Capacité professionnelle : le candidat justifie de son inscription au registre du commerce pour une "
          "activité de collecte de déchets, de sa capacité de transport de marchandises et de sa certification "
          "ISO 14001 ou d'un système de management équivalent en cours de validité. Capacité financière : "
          "chiffre d'affaires annuel minimal de 1,5 fois le montant annuel estimé du ou des lots visés."),
        P("Il est rappele que le candidat fournit la declaration relative a l'obligation d'emploi des "
          "travailleurs handicapes et les attestations de regularite fiscale et sociale."),
        H("Article 5 – Clause sociale"),
        P("Le Syndicat n'a pas inscrit de clause d'insertion dans le présent marché, la reprise du personnel "
          "du prestataire sortant, prévue par la convention collective des activités du déchet, couvrant déjà "
          "l'essentiel des besoins en main-d'œuvre."),
        H("Article 6 – Contenu de l'offre"),
        P("L'offre comprend l'AE, le BPU et le DQE de chaque lot, et un mémoire technique traitant : de "
          "l'organisation des tournées et des fréquences ; des véhicules et de leur maintenance ; du personnel "
          "et de son encadrement ; de la gestion des réclamations des usagers et des bacs non conformes."),
        H("Article 7 – Critères de jugement des offres"),
        P("Les offres sont jugées par lot selon les critères suivants :"),
        RTAB([["Critères", "Poids"],
              ["Prix (DQE)", "60"],
              ["Organisation des collectes et continuité du service", "20"],
              ["Moyens matériels et maintenance", "10"],
              ["Relation usagers, traitement des réclamations", "10"]], widths=[0.8, 0.2], align="lr"),
        P("Le critere « Moyens materiels » apprecie le nombre de vehicules, leur age et le dispositif de "
          "remplacement en cas de panne."),
    ]
    blocks += rc_dce(c, 2) + rc_questions(c, 2) + rc_remise(c, 0) + rc_validite(c, 0) + rc_recours(c, 0)
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=6480000,
            evidence=["Le marché est décomposé en 2 lots",
                      "La valeur estimée de l'ensemble des deux lots, sur la durée totale, est de 6 480 000 € HT"])
    return DOC("d11_RC.pdf", "RC", lab, blocks, header="SMICTOM du Bassin de l'Oudre – RC SMO-2027-COL",
               footer="Règlement de consultation", hyphen=True, cols=2, pages=(2, 5),
               note="Négatif : objet environnemental (collecte, valorisation), PLPDMA du syndicat, ISO 14001 exigée "
                    "en sélection, clause d'insertion expressément non retenue, rappel L5212 sans accents.")


# ----------------------------------------------------------------------------- d12 CCAP (PDF) – négatif
def d12():
    c = C("Logis Méridien", "tribunal judiciaire de Montfaucon", delai=60)
    blocks = [TITLE("LOGIS MÉRIDIEN – Entreprise sociale pour l'habitat",
                    "Maintenance préventive et corrective des ascenseurs du patrimoine",
                    "CCAP – marché n° LM-2027-ASC"),
        H("Article 1 – Objet – étendue"),
        P("Le marché porte sur l'entretien complet, au sens de l'article R.~134-2 du code de la construction et "
          "de l'habitation, des 86 ascenseurs du patrimoine de Logis Méridien répartis sur 41 résidences, ainsi "
          "que sur les travaux de remplacement de pièces d'usure."),
        H("Article 2 – Allotissement"),
        P("Le marché n'est pas alloti : la maintenance d'un parc hétérogène par un prestataire unique garantit "
          "un interlocuteur unique pour les locataires, une astreinte unifiée et des engagements de "
          "disponibilité comparables d'une résidence à l'autre."),
        H("Article 3 – Durée et valeur estimée"),
        P("Le marché est conclu pour cinq ans. Sa valeur estimée, travaux de remplacement compris, est de "
          "420~000 € HT."),
        H("Article 4 – Engagement de disponibilité"),
        P("Le titulaire garantit un taux de disponibilité annuel de 98 % par appareil. Le délai d'intervention "
          "est de quatre heures en cas de panne, une heure en cas de personne bloquée en cabine. Les résidences "
          "accueillant des locataires en fauteuil roulant, signalées par Logis Méridien, sont traitées en "
          "priorité absolue ; le titulaire tient la liste à jour dans son outil de télésurveillance."),
        H("Article 5 – Pièces remplacées"),
        P("Les pièces et huiles usagées sont évacuées par le titulaire, qui en est le producteur au sens du "
          "code de l'environnement et en assure l'élimination conformément à la réglementation en vigueur."),
        H("Article 6 – Insertion professionnelle"),
        P("Compte tenu de la technicité des interventions et des habilitations exigées, aucune clause d'insertion "
          "n'est prévue dans ce marché. Logis Méridien rappelle toutefois sa charte d'engagement en faveur de "
          "l'emploi dans les quartiers, qui s'applique à ses propres recrutements."),
    ]
    blocks += cc_pieces(c, 2) + cc_prix(c, 0) + cc_paiement(c, 1) + cc_penalites(c, 1)
    blocks += cc_assurances(c, 0) + cc_confid(c, 0) + cc_resiliation(c, 1)
    blocks += A("Litiges", "Logis Méridien étant une société anonyme d'HLM, les litiges relèvent du tribunal "
                "judiciaire de Montfaucon.")
    lab = L(allotissement=0, montant_estime_ht=420000,
            evidence=["Le marché n'est pas alloti", "Sa valeur estimée, travaux de remplacement compris, est de "
                      "420 000 € HT"])
    return DOC("d12_CCAP.pdf", "CCAP", lab, blocks, header="Logis Méridien – CCAP maintenance ascenseurs LM-2027-ASC",
               footer="Direction du patrimoine", hyphen=False, pages=(2, 5),
               note="Négatif : clause d'insertion expressément écartée, charte de l'acheteur, priorité aux "
                    "locataires en fauteuil (organisation du service), déchets « conformément à la réglementation ».")


# ----------------------------------------------------------------------------- d13 CCP MAPA (PDF) – réservé + critère social
def d13():
    blocks = [TITLE("COMMUNAUTÉ DE COMMUNES DES COTEAUX DE VÉZENNE – CIAS",
                    "Entretien du linge des résidents de l'EHPAD Les Tilleuls d'Argent",
                    "Cahier des charges valant règlement de la consultation (procédure adaptée)"),
        H("1. Acheteur"),
        P("Centre intercommunal d'action sociale des Coteaux de Vézenne, 12 route de Lodève, 34390 Vézenne. "
          "SIRET 263 401 229 00012. Interlocuteur : service achats, achats@cias-vezenne.fr."),
        H("2. Objet"),
        P("Collecte, lavage, séchage, repassage, marquage et restitution du linge personnel des 84 résidents "
          "de l'EHPAD, ainsi que du linge plat (draps, taies, serviettes) à raison de 1,2 tonne par mois environ."),
        H("3. Réservation du marché"),
        P("Le présent marché est réservé, en application des articles L.~2113-12, L.~2113-13 et L.~2113-14 du code "
          "de la commande publique, à la fois aux entreprises adaptées et établissements et services d'aide par "
          "le travail et aux structures d'insertion par l'activité économique. Les candidats justifient de leur "
          "statut (agrément, conventionnement ou autorisation) dans leur dossier."),
        H("4. Forme et durée"),
        P("Accord-cadre à bons de commande d'un an, reconductible trois fois. Montant maximum annuel : 28~000 € HT, "
          "soit 112~000 € HT sur la durée maximale de l'accord-cadre. Le marché n'est pas décomposé en lots."),
        H("5. Prescriptions techniques"),
        P("Le linge est collecté deux fois par semaine, le mardi et le vendredi, dans des chariots fermés fournis "
          "par le titulaire, et restitué sous 72 heures, plié, filmé par résident et étiqueté. Le titulaire "
          "applique la méthode RABC (analyse des risques et maîtrise de la biocontamination) et sépare strictement "
          "les circuits propre et sale. Le linge délicat des résidents (laine, soie) est lavé à basse température "
          "en programme adapté ; tout vêtement perdu ou détérioré est remboursé sur justificatif."),
        P("Le marquage nominatif des vêtements des nouveaux résidents est réalisé dans les cinq jours par "
          "étiquettes thermocollées."),
        H("6. Prix et paiement"),
        P("Prix au kilogramme pour le linge plat et à la pièce pour le linge personnel, fermes la première année "
          "puis révisés selon l'indice des prix de production de la blanchisserie. Paiement à 30 jours."),
        H("7. Offre et critères d'attribution"),
        P("Le candidat remet l'acte d'engagement, le bordereau de prix et un mémoire technique. L'offre "
          "économiquement la plus avantageuse est choisie au vu des critères suivants :"),
        RTAB([["Critères", "Pondération"],
              ["Prix", "50 %"],
              ["Qualité du traitement du linge et de la traçabilité (méthode RABC, délais, marquage)", "35 %"],
              ["Encadrement et accompagnement des travailleurs affectés aux prestations : tutorat, formation, "
               "perspectives de parcours", "15 %"]], widths=[0.8, 0.2], align="lr"),
        H("8. Remise des offres"),
        P("Les offres sont remises au plus tard le 29 janvier 2027 à 12 h sur la plateforme "
          "marchespublics-herault-nord.fr. Le CIAS se réserve la possibilité de négocier."),
    ]
    lab = L(critere_social=1, marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=0,
            montant_max_ht=112000,
            evidence=["réservé, en application des articles L. 2113-12, L. 2113-13 et L. 2113-14",
                      "Encadrement et accompagnement des travailleurs affectés aux prestations : tutorat, formation, "
                      "perspectives de parcours", "n'est pas décomposé en lots",
                      "soit 112 000 € HT sur la durée maximale"])
    return DOC("d13_CCP.pdf", "CCAP", lab, blocks, header="CIAS des Coteaux de Vézenne – Linge EHPAD – cahier des "
               "charges", footer="MAPA CIAS-2027-02", hyphen=True, pages=(2, 4),
               note="MAPA à document unique ; réservé à la fois L2113-12 et L2113-13 ; critère social nommé sans le "
                    "mot « social ».")


# ----------------------------------------------------------------------------- d14 CCAP (PDF, 6 p.)
def d14():
    c = C("la DIR Massif-Ouest", "tribunal administratif de Clermont-Sagne", delai=30)
    blocks = COVER(["MINISTÈRE CHARGÉ DES TRANSPORTS", "Direction interdépartementale des routes Massif-Ouest",
                    "Fourniture de vêtements de travail et d'équipements de protection individuelle",
                    "Cahier des clauses administratives particulières – accord-cadre DIRMO-27-EPI"],
                   [["Acheteur", "Direction interdépartementale des routes Massif-Ouest, Secrétariat général, "
                     "8 boulevard Lafayette, 63710 Clermont-Sagne"],
                    ["SIRET", "130 011 937 00023"],
                    ["Forme", "Accord-cadre à bons de commande, mono-attributaire par lot"],
                    ["Durée", "Un an reconductible trois fois"]]) + [TOC(),
        H("Article 1 – Objet"),
        P("L'accord-cadre a pour objet la fourniture de vêtements de travail, de vêtements de signalisation à "
          "haute visibilité et de chaussures de sécurité destinés aux agents d'exploitation des 14 centres "
          "d'entretien et d'intervention (CEI) de la DIR, ainsi que la gestion des dotations individuelles."),
        H("Article 2 – Lots"),
        RTAB([["Lot", "Intitulé", "Montant maximum sur 4 ans"],
              ["1", "Vêtements de signalisation à haute visibilité (EN ISO 20471)", "240 000 € HT"],
              ["2", "Chaussures et bottes de sécurité (EN ISO 20345)", "160 000 € HT"],
              ["3", "Vêtements de pluie et de froid", "80 000 € HT"],
              ["", "Total", "480 000 € HT"]], widths=[0.1, 0.6, 0.3], align="llr", bold_last=True),
        P("Il n'est pas fixé de montant minimum. Les montants maximums s'entendent sur la durée totale de "
          "l'accord-cadre, reconductions comprises."),
    ]
    blocks += cc_pieces(c, 0)
    blocks += [
        H("Article # – Dotations et prises de mesures"),
        P("Le titulaire de chaque lot organise, dans les deux mois suivant la notification, une campagne de "
          "prise de mesures dans chaque CEI. Il met ensuite à disposition un portail de commande permettant à "
          "chaque agent de consulter son solde de dotation annuelle."),
        H("Article # – Conditions de fabrication"),
        P("Le titulaire s'assure que les articles livrés sont fabriqués dans des conditions respectant les "
          "conventions fondamentales de l'Organisation internationale du travail (liberté syndicale, élimination "
          "du travail forcé, abolition du travail des enfants, non-discrimination). Il communique, à la "
          "notification puis chaque année, la liste des sites de confection et de leurs sous-traitants de rang "
          "1, et tient à la disposition de l'acheteur les rapports d'audit social de ces sites datant de moins "
          "de deux ans. En l'absence d'audit, il fait réaliser un audit par un organisme indépendant dans un "
          "délai de six mois."),
        H("Article # – Conditionnement et marquage"),
        P("Les articles sont livrés par CEI, regroupés par agent dans un sac nominatif. Le marquage « DIR "
          "Massif-Ouest » est réalisé par transfert thermique à l'emplacement défini au CCTP."),
        P("Les emballages individuels en plastique sont supprimés : seul un emballage collectif en carton "
          "recyclé est admis par carton de livraison. Pour les lots 1 et 3, les tissus contiennent au moins "
          "30 % de polyester recyclé, dans le respect des performances exigées par les normes citées au CCTP."),
        H("Article # – Livraisons"),
        P("Les livraisons sont effectuées franco de port dans chaque CEI, dans un délai de quinze jours ouvrés à "
          "compter du bon de commande, trente jours pour les articles sur mesure."),
        H("Article # – Vérifications – admission"),
        P("Les opérations de vérification sont réalisées dans les conditions des articles 30 et suivants du "
          "CCAG-FCS. Des essais de conformité aux normes peuvent être commandés à un laboratoire accrédité ; "
          "ils sont à la charge du titulaire si l'article est non conforme."),
    ]
    blocks += x_d14()
    blocks += cc_prix(c, 0) + cc_avance(c, 1) + cc_paiement(c, 0) + cc_penalites(c, 0)
    blocks += cc_soustraitance(c, 1) + cc_resiliation(c, 0) + cc_litiges(c, 0)
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=480000,
            evidence=["respectant les conventions fondamentales de l'Organisation internationale du travail",
                      "Les emballages individuels en plastique sont supprimés",
                      "au moins 30 % de polyester recyclé", "480 000 € HT"])
    return DOC("d14_CCAP.pdf", "CCAP", lab, blocks, header="DIR Massif-Ouest – DIRMO-27-EPI – CCAP",
               footer="Secrétariat général – bureau des achats", hyphen=True, pages=(5, 9),
               note="Clause sociale : conventions OIT dans la chaîne d'approvisionnement ; clause environnementale "
                    "cachée dans « Conditionnement et marquage » ; 3 lots, total des maxima écrit.")


# ----------------------------------------------------------------------------- d15 RC (DOCX) – critère social
def d15():
    c = C("la Métropole Rives-de-Lanne", "tribunal administratif de Lissac",
          profil="https://marchespublics.rives-de-lanne.fr", ref="MRL-2027-0112")
    blocks = [TITLE("Métropole Rives-de-Lanne – Direction de la commande publique",
                    "Prestations de surveillance humaine et de gardiennage",
                    "Règlement de la consultation – appel d'offres ouvert n° MRL-2027-0112"),
        H("Article 1 – Objet de la consultation"),
        P("La consultation porte sur la surveillance humaine, le contrôle d'accès, les rondes et la sécurité "
          "incendie (SSIAP) de bâtiments de la Métropole. Les prestations sont décrites au CCTP."),
        H("Article 2 – Lots"),
        P("Les prestations sont réparties en 2 lots : lot 1 – Hôtel de Métropole et Maison des services publics "
          "(accueil, contrôle d'accès, SSIAP 1 et 2, 24 h/24) ; lot 2 – rondes et levées de doute sur les "
          "sites techniques (dépôts, stations de relevage, déchèteries). Un candidat peut être attributaire des "
          "deux lots."),
        H("Article 3 – Durée et valeur estimée"),
        P("Chaque accord-cadre est conclu pour deux ans, reconductible une fois deux ans. La valeur estimée "
          "de l'ensemble des lots, sur quatre ans, s'établit à 1~120~000 € HT."),
        H("Article 4 – Conditions de participation"),
        P("Les candidats justifient de l'autorisation d'exercer délivrée par le Conseil national des activités "
          "privées de sécurité (CNAPS) et de la carte professionnelle de chaque agent. Ils produisent en outre "
          "la déclaration sur l'honneur relative au respect de l'obligation d'emploi des travailleurs "
          "handicapés."),
        H("Article 5 – Rappel des obligations conventionnelles"),
        P("Les candidats sont informés qu'ils sont tenus de reprendre le personnel affecté au marché actuel "
          "dans les conditions de l'avenant du 28 janvier 2011 à la convention collective nationale des "
          "entreprises de prévention et de sécurité. La liste anonymisée du personnel concerné figure en annexe "
          "au CCTP."),
    ]
    blocks += rc_offre(c, 1)
    blocks += [
        H("Article # – Critères d'attribution"),
        P("Pour chacun des lots, l'offre économiquement la plus avantageuse est déterminée selon les critères "
          "et sous-critères pondérés suivants :"),
        RTAB([["Critère / sous-critère", "Pondération"],
              ["1 – Prix des prestations (DQE)", "45 %"],
              ["2 – Valeur technique", "40 %"],
              ["2.1 – Organisation du service, gestion des absences et des remplacements", "20 %"],
              ["2.2 – Encadrement, contrôle des agents et reporting", "10 %"],
              ["2.3 – Plan de formation continue des agents affectés", "10 %"],
              ["3 – Parcours de qualification proposés à des personnes éloignées de l'emploi recrutées pour "
               "le marché (CQP APS, SSIAP 1), nombre de parcours et accompagnement", "15 %"]],
             widths=[0.82, 0.18], align="lr"),
        P("Le critère n° 3 est apprécié au vu d'engagements précis (nombre de personnes, nature et durée des "
          "formations, partenariats avec le service public de l'emploi) qui deviennent contractuels."),
        P("Les prix sont notés par la formule : note = 45 x (Pmin / P). Les autres critères sont notés par "
          "la commission technique au vu du mémoire."),
    ]
    blocks += rc_remise(c, 1) + rc_validite(c, 0) + rc_recours(c, 0)
    lab = L(critere_social=1, allotissement=1, nb_lots=2, montant_estime_ht=1120000,
            evidence=["Parcours de qualification proposés à des personnes éloignées de l'emploi recrutées pour le "
                      "marché", "réparties en 2 lots", "s'établit à 1 120 000 € HT"])
    return DOC("d15_RC.docx", "RC", lab, blocks, header="Métropole Rives-de-Lanne – RC MRL-2027-0112",
               footer="Direction de la commande publique",
               note="Critère social (parcours de qualification) ; pièges : reprise du personnel conventionnelle, "
                    "déclaration TH, CNAPS.")


# ----------------------------------------------------------------------------- d16 CCTP (DOCX) – négatif
def d16():
    blocks = [TITLE("SDIS de l'Aubrelle – Groupement des systèmes d'information",
                    "Maintenance et infogérance du parc informatique",
                    "Cahier des clauses techniques particulières"),
        H("1. Périmètre"),
        P("Le parc comprend 640 postes de travail, 38 serveurs virtualisés sur deux hyperviseurs, le réseau "
          "des 27 centres d'incendie et de secours et les équipements d'impression. L'environnement technique "
          "est décrit en annexe 1 : postes Windows 11, annuaire Active Directory, messagerie hébergée, "
          "environnement de virtualisation VMware, logiciels métiers de gestion opérationnelle."),
        H("2. Prestations attendues"),
        LST(["support de niveau 1 et 2 aux utilisateurs (centre de services) ;",
             "maintenance préventive et corrective des postes, serveurs et équipements réseau ;",
             "gestion des mises à jour et des correctifs de sécurité dans l'environnement de pré-production puis "
             "de production ;",
             "supervision et sauvegarde ;", "tenue de l'inventaire et de la CMDB."]),
        H("3. Niveaux de service"),
        RTAB([["Priorité", "Définition", "Délai de prise en charge", "Délai de rétablissement"],
              ["P1", "Blocage d'un service opérationnel (CTA-CODIS)", "15 min", "2 h"],
              ["P2", "Blocage d'un utilisateur", "1 h", "8 h ouvrées"],
              ["P3", "Gêne sans blocage", "4 h", "3 jours ouvrés"]], widths=[0.12, 0.44, 0.22, 0.22]),
        H("4. Compétences et recyclage des techniciens"),
        P("Les techniciens affectés disposent des certifications éditeur correspondant aux technologies du "
          "parc. Le titulaire assure le recyclage annuel de leurs compétences, notamment en cybersécurité, et en "
          "transmet les attestations. Les intervenants en centre de secours suivent la sensibilisation aux "
          "risques opérationnels dispensée par le SDIS."),
        H("5. Sécurité"),
        P("Le titulaire applique la politique de sécurité des systèmes d'information du SDIS. Les postes "
          "verrouillent automatiquement la session après dix minutes d'inactivité. Les supports de stockage "
          "remplacés sont remis au SDIS, qui en assure lui-même l'effacement et le devenir."),
        H("6. Réversibilité"),
        P("En fin de marché, le titulaire assure le transfert des connaissances vers le SDIS ou le nouveau "
          "prestataire pendant une période de deux mois, selon un plan de réversibilité remis trois mois avant "
          "l'échéance."),
        H("7. Pilotage"),
        P("Un comité de suivi mensuel examine les indicateurs de service ; un comité de pilotage semestriel "
          "valide le plan d'amélioration continue."),
    ]
    lab = L()
    return DOC("d16_CCTP.docx", "CCTP", lab, blocks, header="SDIS de l'Aubrelle – CCTP infogérance",
               footer="Groupement des systèmes d'information",
               note="Négatif : « environnement » informatique, « recyclage » des compétences, supports repris par "
                    "l'acheteur.")


# ----------------------------------------------------------------------------- d17 CADRE (DOCX) – critère env.
def d17():
    blocks = [TITLE("Communauté urbaine de Ressons-Vallée",
                    "Rénovation énergétique du gymnase Pierre-de-Coubertin",
                    "Cadre de réponse technique (mémoire technique) – Lot n° 3 : Isolation thermique par "
                    "l'extérieur – bardage"),
        P("L'opération est allotie en 7 lots. Le présent cadre, propre au lot 3, est obligatoire : il est "
          "complété par le candidat sans modification de sa structure. Les réponses renvoyant à des annexes "
          "non paginées ne sont pas prises en compte. Chaque rubrique est notée selon les pondérations "
          "rappelées ci-dessous, issues de l'article 8 du règlement de la consultation."),
        H("Partie A – Présentation de l'entreprise (non notée)"),
        RTAB([["Rubrique", "Réponse du candidat"],
              ["Raison sociale, effectif, qualifications Qualibat", ""],
              ["Références de chantiers d'ITE sur ERP occupés (3 maximum)", ""],
              ["À titre d'information seulement : l'entreprise emploie-t-elle des salariés en parcours "
               "d'insertion ou en alternance ? (réponse facultative, sans incidence sur la note)", ""]],
             widths=[0.55, 0.45]),
        H("Partie B – Valeur technique (40 points)"),
        H2("B.1 Méthodologie d'exécution et phasage en site occupé (20 points)"),
        P("Décrire les phases d'intervention, les modes opératoires pour la pose des isolants et du bardage, "
          "le traitement des points singuliers (menuiseries, acrotères, pieds de façade) et la coactivité avec "
          "les lots 2 et 4."),
        H2("B.2 Moyens humains et matériels (10 points)"),
        P("Préciser l'encadrement, le nombre de compagnons, les échafaudages et nacelles prévus."),
        H2("B.3 Planning (10 points)"),
        P("Joindre un planning détaillé compatible avec le calendrier d'utilisation du gymnase par les clubs."),
        H("Partie C – Performance environnementale du chantier et des produits (10 points)"),
        H2("C.1 Isolants et bardage proposés (6 points)"),
        P("Pour chaque isolant et parement, indiquer la provenance, la fiche de déclaration environnementale "
          "et sanitaire (FDES) et la valeur d'impact sur le changement climatique (kg éq. CO2 / UF). Les "
          "isolants biosourcés sont appréciés positivement lorsqu'ils respectent les performances du CCTP."),
        H2("C.2 Gestion des déchets et des chutes (4 points)"),
        P("Décrire le calepinage visant à réduire les chutes, les filières de reprise proposées et le mode de "
          "suivi (bordereaux, registre)."),
        H("Partie D – Engagements complémentaires"),
        P("Le candidat indique, s'il le souhaite, toute autre disposition qu'il estime utile ; cette partie "
          "n'est pas notée."),
        P("Nota : le prix est noté sur 50 points au vu de la DPGF ; il ne figure pas dans le présent cadre."),
    ]
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=7,
            evidence=["Partie C – Performance environnementale du chantier et des produits (10 points)",
                      "L'opération est allotie en 7 lots"])
    return DOC("d17_CADRE.docx", "CADRE", lab, blocks, header="CU Ressons-Vallée – Gymnase P.-de-Coubertin – "
               "cadre de réponse lot 3", footer="Mémoire technique – lot 3",
               note="Sous-critère environnemental noté dans un cadre de réponse ; question facultative non notée sur "
                    "l'insertion (piège) ; objet énergétique.")


# ----------------------------------------------------------------------------- d18 AE (DOCX) – lot réservé
def d18():
    blocks = [TITLE("Commune de Port-Varennes", "Acte d'engagement",
                    "Nettoyage des bâtiments communaux – accord-cadre à bons de commande n° PV-2027-06"),
        H("1. Identification de l'acheteur"),
        P("Commune de Port-Varennes, représentée par son maire en exercice, hôtel de ville, quai Jean-Bart, "
          "17480 Port-Varennes. Comptable assignataire : service de gestion comptable de Marennes-Oléron."),
        H("2. Objet et lots"),
        P("L'accord-cadre porte sur le nettoyage des bâtiments communaux. Il est décomposé en trois lots ; le "
          "candidat coche le ou les lots pour lesquels il s'engage :"),
        RTAB([["Lot", "Désignation", "Case à cocher"],
              ["1", "Nettoyage des locaux administratifs, de la médiathèque et des écoles", "☐"],
              ["2", "Nettoyage de la vitrerie (toutes surfaces vitrées, hors hauteur > 6 m)", "☐"],
              ["3", "Nettoyage des abords, des aires de jeux et du marché couvert – lot réservé aux structures "
                    "d'insertion par l'activité économique (art. L.~2113-13 du code de la commande publique)",
               "☐"]], widths=[0.08, 0.74, 0.18]),
        H("3. Engagement du candidat"),
        P("Après avoir pris connaissance du CCAP, du CCTP et des documents qui y sont mentionnés, le signataire "
          "s'engage, sur la base de son offre et pour son propre compte (ou pour le groupement qu'il représente), "
          "à exécuter les prestations du ou des lots cochés aux prix du bordereau joint."),
        P("Pour le lot 3, le candidat déclare être conventionné par l'État au titre de l'insertion par "
          "l'activité économique (EI, ACI, AI ou ETTI) et joint sa convention en cours de validité : "
          "☐ oui ☐ non."),
        H("4. Montant"),
        P("L'accord-cadre de chaque lot est conclu sans montant minimum ni montant maximum. Les prestations sont "
          "rémunérées par application des prix unitaires du BPU aux quantités commandées."),
        H("5. Durée"),
        P("Un an à compter du 1er avril 2027, reconductible tacitement trois fois."),
        H("6. Paiement"),
        P("Le pouvoir adjudicateur se libère des sommes dues en faisant porter le montant au crédit du compte "
          "dont le RIB est joint. Avance : le candidat ☐ accepte ☐ refuse le versement de l'avance."),
        H("7. Signature"),
        P("À ......................, le ...................... Le candidat (nom, qualité, signature)."),
        P("Décision du pouvoir adjudicateur : la présente offre est acceptée pour le lot n° ...... À Port-Varennes, "
          "le ......................"),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-13", allotissement=1, nb_lots=3,
            evidence=["lot réservé aux structures d'insertion par l'activité économique (art. L. 2113-13 du code de "
                      "la commande publique)", "Il est décomposé en trois lots"])
    return DOC("d18_AE.docx", "AE", lab, blocks, header="Commune de Port-Varennes – AE PV-2027-06",
               footer="Acte d'engagement",
               note="Réservation au niveau d'un lot, dans une cellule de tableau ; « sans montant maximum » (piège "
                    "de valeur).")


# ----------------------------------------------------------------------------- d19 BPU (DOCX) – négatif
def d19():
    rows = [["Réf.", "Désignation", "Unité", "Prix unitaire HT (€)"],
            ["1", "Location mensuelle d'une benne 15 m³ (déchets non dangereux en mélange)", "mois", ""],
            ["2", "Location mensuelle d'un compacteur 20 m³ (cartons)", "mois", ""],
            ["3", "Enlèvement et transport d'une benne 15 m³ vers l'exutoire", "rotation", ""],
            ["4", "Traitement des déchets non dangereux en mélange (centre de tri)", "tonne", ""],
            ["5", "Traitement – valorisation des cartons et papiers", "tonne", ""],
            ["6", "Collecte des biodéchets de la cuisine centrale (bac 240 L) et compostage", "bac", ""],
            ["7", "Reprise des bouteilles et flaconnages en verre", "tonne", ""],
            ["8", "Collecte des piles et petits DEEE (point d'apport)", "enlèvement", ""],
            ["9", "Heure de manutention (chargement manuel, hors rotation)", "heure", ""],
            ["10", "Mise à disposition d'un chauffeur avec camion-grue", "heure", ""],
            ["11", "Remise en état d'un contenant endommagé", "forfait", ""]]
    blocks = [TITLE("Centre hospitalier spécialisé Les Aubépines",
                    "Bordereau des prix unitaires",
                    "Collecte, transport et traitement des déchets non dangereux – marché CHSA-2027-09"),
        P("Les prix s'entendent hors taxes, TGAP comprise, incluant le transport, la mise à disposition des "
          "contenants, les pesées et la production des bordereaux et registres réglementaires. Ils sont "
          "révisables dans les conditions du CCAP."),
        RTAB(rows, widths=[0.08, 0.6, 0.14, 0.18], align="lllr"),
        P("Les quantités annuelles indicatives figurent au détail quantitatif estimatif, non contractuel, qui "
          "sert uniquement au jugement des offres."),
        P("Fait à ...................., le .................... Cachet et signature du candidat."),
    ]
    lab = L()
    return DOC("d19_BPU.docx", "BPU", lab, blocks, header="CHS Les Aubépines – BPU CHSA-2027-09",
               footer="Bordereau des prix unitaires",
               note="Négatif : l'objet est la gestion des déchets ; valorisation et compostage ne sont que des "
                    "lignes de prix ; « heure » de manutention.")


# ----------------------------------------------------------------------------- d20 CCAP MAPA travaux (DOCX)
def d20():
    c = C("la Commune de Lestrac-sur-Vère", "tribunal administratif de Lissac", ccag="travaux", delai=30)
    blocks = [TITLE("Commune de Lestrac-sur-Vère",
                    "Requalification de la traverse du bourg (RD 118) – voirie, trottoirs et réseaux pluviaux",
                    "Cahier des clauses administratives particulières – MAPA travaux n° 2027-02"),
        H("Article 1 – Objet – forme du marché"),
        P("Le marché porte sur la requalification de la traverse du bourg : reprise de la chaussée, création de "
          "trottoirs accessibles, plateaux surélevés et reprise des réseaux d'eaux pluviales. Il est passé selon "
          "la procédure adaptée. Le marché ne fait pas l'objet d'une décomposition en lots, les interventions "
          "de terrassement, réseaux et revêtements étant étroitement imbriquées sur un linéaire de 420 m."),
        H("Article 2 – Délais"),
        P("Le délai d'exécution est de quatre mois à compter de l'ordre de service, hors période de congés "
          "d'août. La circulation est maintenue par alternat pendant toute la durée du chantier."),
    ]
    blocks += cc_pieces(c, 2) + cc_prix(c, 1)
    blocks += [
        H("Article # – Matériaux"),
        P("Les couches de base et de liaison en enrobés contiennent au moins 20 % d'agrégats d'enrobés recyclés, "
          "le titulaire fournissant les fiches de formulation correspondantes. Les déblais sains sont "
          "réemployés en remblai sur le chantier ou sur la plateforme communale du Pré-Long ; leur mise en "
          "décharge n'est admise qu'après accord écrit du maître d'œuvre."),
        H("Article # – Accès à l'emploi"),
        P("Le titulaire s'engage à faire travailler sur le chantier une ou plusieurs personnes rencontrant des "
          "difficultés d'accès à l'emploi, pour un volume équivalent à 0,8 ETP pendant les quatre mois du "
          "chantier, soit 560 heures. Les personnes concernées sont orientées par France Travail, la mission "
          "locale ou le PLIE du Val de Vère, qui assure le suivi de l'engagement ; les heures réalisées par "
          "l'intermédiaire d'une association intermédiaire ou d'une ETTI sont prises en compte."),
        P("Un état des heures effectuées est joint à chaque situation mensuelle. À défaut de justification, une "
          "retenue de 40 € par heure manquante est opérée sur le solde."),
    ]
    blocks += cc_avance(c, 0) + cc_garantie(c, 0) + cc_paiement(c, 2) + cc_penalites(c, 2)
    blocks += cc_assurances(c, 1) + cc_resiliation(c, 0) + cc_litiges(c, 1)
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=560, clause_environnementale=1,
            allotissement=0,
            evidence=["pour un volume équivalent à 0,8 ETP pendant les quatre mois du chantier, soit 560 heures",
                      "au moins 20 % d'agrégats d'enrobés recyclés",
                      "Le marché ne fait pas l'objet d'une décomposition en lots"])
    return DOC("d20_CCAP.docx", "CCAP", lab, blocks, header="Commune de Lestrac-sur-Vère – CCAP MAPA 2027-02",
               footer="CCAP travaux – traverse du bourg",
               note="Heures d'insertion exprimées en ETP puis en heures, article intitulé « Accès à l'emploi » ; "
                    "clause environnementale dans « Matériaux » ; « trottoirs accessibles » = objet.")


# ----------------------------------------------------------------------------- d21 CCTP (DOCX) – clause env.
def d21():
    blocks = [TITLE("Région Haute-Sérane – Direction des lycées",
                    "Fourniture et installation de mobilier pour les lycées publics",
                    "CCTP – Lot 1 : mobilier de salles d'enseignement général"),
        H("1. Objet du lot"),
        P("Le lot 1 concerne la fourniture, la livraison, le montage et la mise en place de tables, chaises, "
          "bureaux d'enseignant et armoires pour les salles d'enseignement général des lycées désignés par la "
          "Région. Les quantités sont commandées par bons de commande."),
        H("2. Caractéristiques générales"),
        P("Le mobilier est conforme aux normes NF EN 1729-1 et 1729-2 (tailles 6 et 7) et NF D 62-041 pour les "
          "armoires. Chaque salle équipée comprend une table réglable en hauteur permettant l'accueil d'un "
          "élève en fauteuil roulant, conformément à la dotation type annexée."),
        H("3. Matériaux"),
        P("Les panneaux de particules et les panneaux MDF présentent une émission de formaldéhyde de classe E1 "
          "au plus et un étiquetage sanitaire A+. Le bois massif et les panneaux à base de bois proviennent de "
          "forêts gérées durablement (certification PEFC, FSC ou preuve équivalente de légalité et de gestion "
          "durable) ; les certificats de chaîne de contrôle sont remis avec la première livraison."),
        P("Les piètements métalliques sont revêtus de peinture époxy sans métaux lourds. Les pièces d'usure "
          "(patins, embouts, plateaux) restent disponibles pendant dix ans à compter de la livraison."),
        H("4. Livraison et installation"),
        P("Le titulaire livre en dehors des heures de cours ou pendant les vacances scolaires. Il reprend "
          "l'ensemble des emballages, qui ne sont pas laissés dans les établissements, et privilégie les "
          "emballages réutilisables (couvertures, sangles) ; les emballages perdus sont orientés vers une "
          "filière de recyclage dont il justifie sur demande."),
        H("5. Garantie"),
        P("Garantie de dix ans sur les structures et de cinq ans sur les plateaux et assises, pièces et "
          "main-d'œuvre."),
    ]
    lab = L(clause_environnementale=1, allotissement=1,
            evidence=["forêts gérées durablement (certification PEFC, FSC ou preuve équivalente",
                      "Il reprend l'ensemble des emballages", "Lot 1 : mobilier de salles d'enseignement général"])
    return DOC("d21_CCTP.docx", "CCTP", lab, blocks, header="Région Haute-Sérane – Mobilier lycées – CCTP lot 1",
               footer="Direction des lycées",
               note="Clause environnementale (bois certifié, reprise des emballages) ; table réglable pour fauteuil = "
                    "composition de la fourniture ; pièce d'un lot (nombre de lots inconnu).")


# ----------------------------------------------------------------------------- d22 RC MOE (DOCX) – négatif
def d22():
    c = C("la Commune nouvelle de Val-d'Essonges", "tribunal administratif de Vaurelle",
          profil="https://val-dessonges.marches-publics.info", ref="VE-MOE-2027")
    blocks = [TITLE("Commune nouvelle de Val-d'Essonges",
                    "Maîtrise d'œuvre pour la construction de la médiathèque – tiers-lieu des Essonges",
                    "Règlement de la consultation – procédure avec négociation"),
        H("Article 1 – Objet"),
        P("La consultation porte sur une mission de maîtrise d'œuvre de base au sens de l'article R.~2431-4 du "
          "code de la commande publique, avec missions complémentaires EXE partielle et OPC, pour la "
          "construction d'une médiathèque – tiers-lieu d'environ 1~150 m² de surface de plancher."),
        P("Le programme vise un bâtiment à faible consommation, construit majoritairement en matériaux "
          "biosourcés et atteignant le seuil 2028 de la réglementation environnementale RE2020. Ces objectifs "
          "relèvent du programme remis à l'équipe retenue ; ils ne constituent pas un critère de choix."),
        H("Article 2 – Montants"),
        P("L'enveloppe financière prévisionnelle affectée aux travaux est fixée à 3~200~000 € HT (valeur "
          "septembre 2026). Le montant estimé des honoraires de l'équipe de maîtrise d'œuvre, missions "
          "complémentaires comprises, est de 410~000 € HT."),
        H("Article 3 – Allotissement"),
        P("La mission de maîtrise d'œuvre n'est pas allotie ; elle est confiée à une équipe unique."),
        H("Article 4 – Composition de l'équipe"),
        P("L'équipe comprend au minimum un architecte, mandataire, un bureau d'études structure, un bureau "
          "d'études fluides et thermique, un économiste et un acousticien. La mission de conception "
          "architecturale est réservée à la profession d'architecte, conformément à la loi n° 77-2 du 3 janvier "
          "1977 sur l'architecture."),
        H("Article 5 – Sélection des candidatures"),
        P("Trois à cinq candidats sont admis à négocier, au vu : de la qualité des références de l'équipe, dont "
          "au moins une référence d'équipement public en construction bois ou en matériaux biosourcés ; des "
          "moyens humains et techniques ; de la cohérence de l'équipe. Les candidats fournissent la "
          "déclaration sur l'honneur relative à l'obligation d'emploi des travailleurs handicapés."),
        H("Article 6 – Critères d'attribution"),
        LST(["compréhension du programme et des contraintes du site : 20 % ;",
             "méthodologie de conduite de la mission et disponibilité de l'équipe : 25 % ;",
             "adéquation des moyens affectés à chaque phase : 15 % ;",
             "prix (taux de rémunération et forfait des missions complémentaires) : 40 %."]),
        H("Article 7 – Négociation"),
        P("La commune négocie avec les candidats admis ; la négociation peut porter sur le taux de rémunération "
          "et l'organisation de la mission. Une audition d'une heure est organisée."),
    ]
    blocks += rc_remise(c, 0) + rc_recours(c, 1)
    lab = L(allotissement=0, montant_estime_ht=410000,
            evidence=["Le montant estimé des honoraires de l'équipe de maîtrise d'œuvre, missions complémentaires "
                      "comprises, est de 410 000 € HT", "La mission de maîtrise d'œuvre n'est pas allotie"])
    return DOC("d22_RC.docx", "RC", lab, blocks, header="Val-d'Essonges – RC maîtrise d'œuvre médiathèque",
               footer="VE-MOE-2027",
               note="Négatif : objectifs environnementaux du programme (objet), références biosourcées en sélection, "
                    "« réservée à la profession d'architecte » ; piège de valeur : enveloppe travaux (3,2 M€) "
                    "différente de la valeur estimée du marché (honoraires 410 000 €).")


# ----------------------------------------------------------------------------- d23 CCP (DOCX) – négatif
def d23():
    blocks = [TITLE("CCAS de Brémontier", "Cahier des clauses particulières (procédure adaptée)",
                    "Accompagnement socioprofessionnel renforcé de bénéficiaires du RSA"),
        H("Article 1 – Objet"),
        P("Le marché a pour objet l'accompagnement vers l'emploi de 60 bénéficiaires du revenu de solidarité "
          "active par an, orientés par le CCAS : diagnostic, levée des freins périphériques (mobilité, garde "
          "d'enfants, logement), immersions en entreprise et suivi dans l'emploi pendant six mois. Il s'agit "
          "d'un marché de services sociaux et autres services spécifiques passé selon l'article R.~2123-1 3° du "
          "code de la commande publique."),
        H("Article 2 – Durée – montant"),
        P("Accord-cadre à bons de commande d'une durée de deux ans. Montant maximum sur la durée totale : "
          "85~000 € HT."),
        H("Article 3 – Prescriptions"),
        P("Chaque bénéficiaire est reçu en entretien individuel au moins deux fois par mois. Le prestataire "
          "dispose d'au moins un conseiller en insertion professionnelle titulaire du titre professionnel "
          "CIP ou équivalent. Il rend compte mensuellement au CCAS des actions menées et des sorties "
          "(emploi, formation qualifiante, abandon)."),
        H("Article 4 – Critères"),
        RTAB([["Critère", "Pondération"],
              ["Prix (coût par parcours)", "40 %"],
              ["Méthodologie d'accompagnement et outils", "35 %"],
              ["Qualification et stabilité des intervenants", "25 %"]], widths=[0.75, 0.25], align="lr"),
        H("Article 5 – Paiement"),
        P("Le prix par parcours est payé en trois fractions : 40 % à l'entrée, 30 % à mi-parcours, 30 % à la "
          "remise du bilan de sortie. Délai de paiement : 30 jours."),
        H("Article 6 – Données personnelles"),
        P("Le prestataire traite les données des bénéficiaires pour le seul compte du CCAS et les restitue en "
          "fin de marché."),
    ]
    lab = L(montant_max_ht=85000, evidence=["Montant maximum sur la durée totale : 85 000 € HT"])
    return DOC("d23_CCP.docx", "CCAP", lab, blocks, header="CCAS de Brémontier – CCP accompagnement RSA",
               footer="MAPA CCAS-2027-01",
               note="Négatif : l'objet même est l'insertion (accompagnement de bénéficiaires du RSA) ; ni clause ni "
                    "critère social au sens de LABELS ; critères sur la qualité du service.")


# ----------------------------------------------------------------------------- d24 CCAP (DOCX) – négatif
def d24():
    c = C("l'INSL", "tribunal administratif de Rennes-sur-Vilaine", delai=30)
    blocks = [TITLE("Institut national des sciences du littoral (INSL) – établissement public à caractère "
                    "scientifique et technologique",
                    "Déménagement et transfert des laboratoires vers le bâtiment Cap-Horizon",
                    "Cahier des clauses administratives particulières"),
        H("Article 1 – Objet"),
        P("Le marché porte sur le déménagement des bureaux et laboratoires de l'INSL du site de Kerbastic vers "
          "le bâtiment Cap-Horizon : emballage, manutention, transport, déballage et réinstallation du mobilier, "
          "des archives et des équipements scientifiques non sensibles. Le marché n'est pas alloti, le "
          "transfert devant être coordonné par un opérateur unique sur trois semaines."),
        H("Article 2 – Forme et montant"),
        P("Accord-cadre à bons de commande passé pour dix-huit mois, d'un montant maximum de 180~000 € HT."),
        H("Article 3 – Clause sociale"),
        P("L'INSL a examiné l'opportunité d'une clause d'insertion. Compte tenu de la brièveté de la période "
          "d'exécution, il n'impose pas d'heures d'insertion au titulaire. Celui-ci reste libre de recourir, "
          "s'il le juge utile, à une entreprise de travail temporaire d'insertion pour ses besoins de renfort ; "
          "ce choix n'est ni exigé ni valorisé."),
        H("Article 4 – Organisation"),
        P("Les heures de manutention sont planifiées entre 7 h et 19 h du lundi au vendredi. Le titulaire "
          "fournit les cartons, les caisses navettes et les étiquettes de repérage, reprises à la fin du "
          "transfert, ainsi que les équipements de manutention des armoires fortes."),
    ]
    blocks += cc_pieces(c, 1) + cc_prix(c, 1) + cc_paiement(c, 0) + cc_penalites(c, 1) + cc_assurances(c, 0)
    blocks += cc_resiliation(c, 1) + cc_litiges(c, 1)
    lab = L(allotissement=0, montant_max_ht=180000,
            evidence=["Le marché n'est pas alloti", "d'un montant maximum de 180 000 € HT"])
    return DOC("d24_CCAP.docx", "CCAP", lab, blocks, header="INSL – CCAP déménagement Cap-Horizon",
               footer="INSL – Service des achats",
               note="Négatif : article « Clause sociale » qui écarte les heures d'insertion, recours facultatif à "
                    "une ETTI ni exigé ni noté.")


# ----------------------------------------------------------------------------- avis TXT
def d25():
    raw = """AVIS D'APPEL PUBLIC A LA CONCURRENCE
Departement(s) de publication : 47
Annonce No 27-004412

SECTION 1 - IDENTIFICATION DE L'ACHETEUR
Nom complet de l'acheteur : Syndicat mixte du bassin versant de la Lede et de ses affluents
Type de Numero national d'identification : SIRET
No National d'identification : 25470318600021
Ville : Monflanquin-sur-Lede
Code Postal : 47150
Groupement de commandes : Non

SECTION 2 - COMMUNICATION
Lien vers le profil d'acheteur : https://www.marches-lotetgaronne.fr
Moyens d'acces aux documents de la consultation : acces libre, direct et complet

SECTION 3 - PROCEDURE
Type de procedure : Procedure adaptee ouverte
Conditions de participation :
Aptitude a exercer l'activite professionnelle : conventionnement IAE en cours de validite (voir ci-dessous).
Capacite technique et professionnelle : references de chantiers d'entretien de cours d'eau.
Marche reserve : OUI. Le marche est reserve aux structures d'insertion par l'activite economique
mentionnees a l'article L. 5132-4 du code du travail, en application de l'article L. 2113-13 du code
de la commande publique.
Criteres d'attribution : Offre economiquement la plus avantageuse appreciee en fonction des criteres
enonces dans les documents de la consultation.
Date et heure limite de reception des plis : 12/02/2027 a 12h00
Presentation des offres par catalogue electronique : Interdite

SECTION 4 - IDENTIFICATION DU MARCHE
Intitule du marche : Entretien de la ripisylve et enlevement d'embacles 2027-2029
Code CPV principal : 77211400 - Services d'abattage d'arbres
Type de marche : Services
Description succincte : travaux d'entretien selectif de la vegetation des berges (recepage, elagage,
abattage d'arbres menacant de tomber), enlevement des embacles genant l'ecoulement, sur environ
46 km de cours d'eau, en 3 campagnes annuelles.
Lieu principal d'execution : bassin de la Lede (47)
Duree du marche (en mois) : 36
Valeur estimee (H.T.) : 96 000 euros
La consultation comporte des tranches : Non
Marche alloti : Non

SECTION 6 - INFORMATIONS COMPLEMENTAIRES
Visite obligatoire : Non
Autres informations complementaires : le calendrier des campagnes est fixe au CCTP ; l'acces aux
parcelles privees est organise par convention passee par le syndicat avec les riverains.
Date d'envoi du present avis : 14/01/2027
"""
    lab = L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=96000,
            evidence=["Marche reserve : OUI. Le marche est reserve aux structures d'insertion par l'activite "
                      "economique", "en application de l'article L. 2113-13", "Marche alloti : Non",
                      "Valeur estimee (H.T.) : 96 000 euros"])
    return DOC("d25_avis.txt", "AVIS", lab, raw=raw,
               note="Avis BOAMP sans accents ; marché réservé SIAE (L2113-13), le conventionnement IAE apparaissant "
                    "aussi en aptitude ; objet écologique (entretien de berges) sans clause.")


def d26():
    raw = """Avis de marché
Travaux
Directive 2014/24/UE

Section I : Pouvoir adjudicateur
I.1) Nom et adresses
Communauté d'agglomération Bastide-Garonne
Numéro national d'identification : 200 071 846 00014
Adresse postale : 2 allée des Arcades
Ville : Castelmayran   Code NUTS : FRJ28   Code postal : 82210   Pays : France
Courriel : commande.publique@bastide-garonne.fr
I.3) Communication
Accès aux documents du marché : accès direct non restreint, complet et gratuit, à l'adresse : https://bastide-garonne.achatpublic.fr
I.4) Type de pouvoir adjudicateur : Autorité régionale ou locale

Section II : Objet
II.1.1) Intitulé : Construction d'un gymnase de type C au pôle sportif des Albarèdes
Numéro de référence : CABG-2027-004
II.1.2) Code CPV principal : 45212222
II.1.3) Type de marché : Travaux
II.1.4) Description succincte : construction d'un gymnase (salle de 44 x 24 m, vestiaires, tribune de 200 places).
II.1.5) Valeur totale estimée : Valeur hors TVA : 2 900 000 EUR
II.1.6) Information sur les lots : Ce marché est divisé en lots : oui
Des offres peuvent être soumises pour tous les lots

II.2.1) Intitulé : Gros œuvre – fondations spéciales   Lot nº : 1
II.2.4) Description des prestations : terrassements, fondations sur pieux, gros œuvre, dallages.
II.2.5) Critères d'attribution : le prix n'est pas le seul critère d'attribution et tous les critères sont énoncés uniquement dans les documents du marché
II.2.13) Information sur les fonds de l'Union européenne : non
II.2.14) Informations complémentaires : clause d'insertion de 1 200 heures.

II.2.1) Intitulé : Charpente métallique – couverture – bardage   Lot nº : 2
II.2.4) Description des prestations : charpente métallique, couverture bac acier, bardage double peau.
II.2.5) Critères d'attribution : le prix n'est pas le seul critère d'attribution et tous les critères sont énoncés uniquement dans les documents du marché
II.2.14) Informations complémentaires : clause d'insertion de 800 heures.

II.2.1) Intitulé : Sols sportifs – équipements   Lot nº : 3
II.2.4) Description des prestations : sol sportif sur lambourdes, tracés, équipements sportifs scellés.
II.2.5) Critères d'attribution : le prix n'est pas le seul critère d'attribution et tous les critères sont énoncés uniquement dans les documents du marché
II.2.14) Informations complémentaires : clause d'insertion de 500 heures.

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.1) Habilitation à exercer l'activité professionnelle : liste et description succincte des conditions : voir règlement de la consultation.
III.1.5) Informations sur les marchés réservés : –
III.2.2) Conditions particulières d'exécution : pour chacun des lots, le titulaire réalise une action d'insertion professionnelle au bénéfice de personnes éloignées de l'emploi, selon le volume d'heures indiqué à la rubrique II.2.14 du lot ; le facilitateur de la Maison de l'emploi Bastide-Garonne accompagne les entreprises.

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
IV.2.2) Date limite de réception des offres : 03/03/2027 Heure locale : 12:00
IV.2.4) Langue(s) pouvant être utilisée(s) dans l'offre : français
IV.2.6) Délai minimal pendant lequel le soumissionnaire est tenu de maintenir son offre : 4 mois

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires : le marché n'est pas réservé. Visite du site conseillée.
VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Toulouse-Garonne
VI.5) Date d'envoi du présent avis : 21/01/2027
"""
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2500, allotissement=1, nb_lots=3,
            montant_estime_ht=2900000,
            evidence=["une action d'insertion professionnelle au bénéfice de personnes éloignées de l'emploi",
                      "clause d'insertion de 1 200 heures", "800 heures", "500 heures",
                      "[3 lots ; 1 200 + 800 + 500 = 2 500 h]", "Lot nº : 3", "Valeur hors TVA : 2 900 000 EUR"])
    return DOC("d26_avis.txt", "AVIS", lab, raw=raw,
               note="Avis JOUE en français ; heures d'insertion par lot (1 200 + 800 + 500 = 2 500) ; 3 lots "
                    "(nombre non écrit, compté) ; « le marché n'est pas réservé ».")


def d27():
    raw = """Contract notice
Supplies
Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses
Ville de Castelrey
National registration number: 21650212300011
Postal address: Hôtel de ville, 1 place Gambetta
Town: Castelrey   NUTS code: FRJ26   Postal code: 65300   Country: France
E-mail: achats@castelrey.fr
I.4) Type of the contracting authority: Regional or local authority
I.5) Main activity: General public services

Section II: Object
II.1.1) Title: Supply of fresh fruit and vegetables to municipal school kitchens
Reference number: CAST-2027-FL
II.1.2) Main CPV code: 03220000 Vegetables, fruits and nuts
II.1.3) Type of contract: Supplies
II.1.4) Short description: Framework agreement for the supply of fresh fruit and vegetables, including organic produce, to the central kitchen and four satellite kitchens.
II.1.5) Estimated total value: Value excluding VAT: 640 000.00 EUR
II.1.6) Information about lots: This contract is divided into lots: yes

II.2.1) Title: Fresh fruit and vegetables (conventional)   Lot No: 1
II.2.5) Award criteria
Quality criterion - Name: Freshness, ripeness and handling of non-compliant deliveries / Weighting: 25
Quality criterion - Name: Measures to cut packaging waste and delivery-related emissions / Weighting: 15
Price - Weighting: 60
II.2.7) Duration of the contract, framework agreement or dynamic purchasing system: Duration in months: 48

II.2.1) Title: Organic fruit and vegetables   Lot No: 2
II.2.5) Award criteria
Quality criterion - Name: Freshness, ripeness and handling of non-compliant deliveries / Weighting: 25
Quality criterion - Name: Measures to cut packaging waste and delivery-related emissions / Weighting: 15
Price - Weighting: 60
II.2.7) Duration in months: 48

Section III: Legal, economic, financial and technical information
III.1.1) Suitability to pursue the professional activity: as stated in the procurement documents.
III.1.5) Information about reserved contracts: -
III.2.2) Contract performance conditions: as stated in the procurement documents.

Section IV: Procedure
IV.1.1) Type of procedure: Open procedure
IV.1.3) Information about a framework agreement: The procurement involves the establishment of a framework agreement with a single operator.
IV.2.2) Time limit for receipt of tenders: 22/02/2027 Local time: 12:00

Section VI: Complementary information
VI.3) Additional information: The city applies its sustainable food plan in its own kitchens; bidders are informed of it for information only.
VI.4.1) Review body: Tribunal administratif de Pau-Adour
VI.5) Date of dispatch of this notice: 12/01/2027
"""
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=640000,
            evidence=["Quality criterion - Name: Measures to cut packaging waste and delivery-related emissions / "
                      "Weighting: 15", "This contract is divided into lots: yes", "Lot No: 2",
                      "Value excluding VAT: 640 000.00 EUR"])
    return DOC("d27_notice_en.txt", "AVIS", lab, raw=raw,
               note="Avis TED lu en anglais ; critère environnemental sans le mot « environmental » ; objet bio (lot "
                    "2) = objet ; politique alimentaire de la ville pour information.")


def d28():
    raw = """Contract notice – social and other specific services – public contracts
Services
Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses
Centre intercommunal d'action sociale du Pays de Sorbe
National registration number: 26190427300018
Postal address: 4 rue des Tanneurs
Town: Sorbe-la-Vieille   NUTS code: FRI21   Postal code: 19160   Country: France
I.4) Type of the contracting authority: Regional or local agency/office

Section II: Object
II.1.1) Title: Employment support and social follow-up of long-term jobseekers
II.1.2) Main CPV code: 85312300 Guidance and counselling services
II.1.3) Type of contract: Services
II.1.4) Short description: Individual support towards employment for about 90 long-term unemployed persons per year referred by the CIAS, including workplace immersion periods and follow-up after hiring.
II.1.5) Estimated total value: Value excluding VAT: 420 000.00 EUR
II.1.6) Information about lots: This contract is divided into lots: no
II.2.5) Award criteria: Price is not the only award criterion and all criteria are stated only in the procurement documents

Section III: Legal, economic, financial and technical information
III.1.5) Information about reserved contracts:
The contract is restricted to sheltered workshops and economic operators aiming at the social and professional integration of disabled or disadvantaged persons: no
The participation in the procedure is restricted to organisations pursuing a public service mission and fulfilling the other relevant conditions of Article 77 of Directive 2014/24/EU: yes
Under French law, participation is reserved in accordance with Article L. 2113-15 of the Code de la commande publique to social and solidarity economy enterprises (Law 2014-856, Article 1).

Section IV: Procedure
IV.1.1) Form of procedure: Open procedure
IV.2.2) Time limit for receipt of tenders or requests to participate: 26/02/2027 Local time: 12:00

Section VI: Complementary information
VI.3) Additional information: An operator awarded a contract reserved on this basis in the previous three years cannot be awarded this contract.
VI.5) Date of dispatch of this notice: 18/01/2027
"""
    lab = L(marche_reserve=1, reserve_base="L2113-15", allotissement=0, montant_estime_ht=420000,
            evidence=["reserved in accordance with Article L. 2113-15 of the Code de la commande publique",
                      "This contract is divided into lots: no", "Value excluding VAT: 420 000.00 EUR"])
    return DOC("d28_notice_en.txt", "AVIS", lab, raw=raw,
               note="Avis TED en anglais ; réservation L2113-15 (article 77) ; l'objet est l'insertion (pas une "
                    "clause d'insertion) ; case « sheltered workshops : no ».")


def d29():
    raw = """AVIS D'ATTRIBUTION
Département de publication : 71

IDENTIFICATION DE L'ACHETEUR
Commune de Saint-Aignan-la-Roche
Mairie, 3 rue de l'Église, 71640 Saint-Aignan-la-Roche – SIRET 217 104 462 00013

OBJET DU MARCHÉ
Fourniture et pose de jeux extérieurs et de sols amortissants pour l'aire de jeux du parc des Moines.
Type de marché : Fournitures. CPV : 37535200.
Procédure : procédure adaptée ouverte.
Marché alloti : non.
Valeur totale estimée lors du lancement : 80 000 € HT.

CRITÈRES D'ATTRIBUTION RETENUS
1. Prix : 60 %
2. Valeur technique (qualité et robustesse des jeux, diversité des usages, délais) : 40 %

ATTRIBUTION
Date d'attribution : 15/12/2026
Nombre d'offres reçues : 4
Titulaire : Ludeo Aménagements SAS, 21300 Chenôve-sur-Ouche
Montant du marché attribué : 74 850 € HT

RENSEIGNEMENTS COMPLÉMENTAIRES
Marché réservé : non.
Considérations sociales : aucune.
Considérations environnementales : aucune.
Les jeux comprennent deux équipements accessibles aux enfants en fauteuil, conformément au programme de la commune.
Instance chargée des procédures de recours : tribunal administratif de Dijon-Saône.
Date d'envoi du présent avis : 05/01/2027
"""
    lab = L(allotissement=0, montant_estime_ht=80000,
            evidence=["Marché alloti : non.", "Valeur totale estimée lors du lancement : 80 000 € HT"])
    return DOC("d29_avis.txt", "AVIS", lab, raw=raw,
               note="Négatif : avis d'attribution, « Considérations sociales : aucune » ; jeux accessibles = objet ; "
                    "piège de valeur : montant attribué (74 850) ≠ valeur estimée (80 000).")


def d30():
    raw = """SPL RIVES D'ORNE AMENAGEMENT
Avis d'appel public a la concurrence – marche de travaux

Pouvoir adjudicateur : SPL Rives d'Orne Amenagement, 9 quai Vendeuvre, 14120 Mondeville-sur-Orne, agissant
au nom et pour le compte de la Ville de Mondeville-sur-Orne (mandat de maitrise d'ouvrage).
SIRET : 812 447 305 00029

Objet : desamiantage et demolition de l'ancienne usine Saviem, ilot B de la ZAC Rives d'Orne.
Procedure : procedure adaptee (art. R. 2123-1 1° du CCP).
Lots : 2 lots – lot 1 : desamiantage (retrait de materiaux amiantes friables et non friables) ;
lot 2 : demolition, curage, concassage des betons sur site.
Estimation globale : 1 150 000 EUR HT.
Duree : 7 mois, periode de preparation comprise.

Conditions de participation :
- lot 1 : certification pour le retrait d'amiante (sous-section 3) delivree par un organisme accredite ;
- lot 2 : references de demolition d'ouvrages industriels ;
- declaration relative a l'obligation d'emploi des travailleurs handicapes ;
- attestations d'assurance.
Les dechets amiantes sont elimines dans une installation de stockage de dechets dangereux, conformement
au code de l'environnement et au code de la sante publique ; le candidat en decrit les modalites dans son
plan de retrait (piece de la candidature pour le lot 1).

Criteres de jugement : prix 60 % ; valeur technique 40 % (methodologie et mesures de protection des
travailleurs et des riverains, moyens, planning).
Marche reserve : non.
Remise des offres : 19/02/2027 a 16 h sur https://marches.rivesdorne-amenagement.fr
"""
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=1150000,
            evidence=["Lots : 2 lots", "Estimation globale : 1 150 000 EUR HT"])
    return DOC("d30_avis.txt", "AVIS", lab, raw=raw,
               note="Négatif : élimination des déchets amiantés « conformément au code de l'environnement » (rappel), "
                    "certification amiante en sélection, protection des travailleurs dans un critère (sécurité, pas "
                    "insertion), « Marche reserve : non », sans accents.")


# ----------------------------------------------------------------------------- avis XML TED (R2.0.9, F02)
def X(s):
    return escape(s)


def ted_f02(buyer, nat_id, addr, town, pc, nuts, email, url, title, ref, cpv, ctype, descr, val, lots,
            suitability, sheltered, perf, info_add, review, dispatch, framework=False):
    """lots : liste de dict(no, title, descr, ac=[(nom, poids)], price=poids, info) ; vide = non alloti."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<TED_ESENDERS xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/reception" '
             'xmlns:n2016="http://publications.europa.eu/resource/schema/ted/2016/nuts" VERSION="R2.0.9.S05">',
             '  <SENDER><IDENTIFICATION><ESENDER_LOGIN>ESNDR-FR-27</ESENDER_LOGIN><NO_DOC_EXT>%s</NO_DOC_EXT>'
             '</IDENTIFICATION><CONTACT><ORGANISATION>Plateforme de dematerialisation</ORGANISATION>'
             '<COUNTRY VALUE="FR"/><E_MAIL>ted@plateforme.example.fr</E_MAIL></CONTACT></SENDER>' % X(ref),
             '  <FORM_SECTION>', '    <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="FR">',
             '      <LEGAL_BASIS VALUE="32014L0024"/>', '      <CONTRACTING_BODY>',
             '        <ADDRESS_CONTRACTING_BODY><OFFICIALNAME>%s</OFFICIALNAME><NATIONALID>%s</NATIONALID>'
             '<ADDRESS>%s</ADDRESS><TOWN>%s</TOWN><POSTAL_CODE>%s</POSTAL_CODE><COUNTRY VALUE="FR"/>'
             '<E_MAIL>%s</E_MAIL><n2016:NUTS CODE="%s"/></ADDRESS_CONTRACTING_BODY>'
             % (X(buyer), nat_id, X(addr), X(town), pc, email, nuts),
             '        <DOCUMENT_FULL/><URL_DOCUMENT>%s</URL_DOCUMENT><URL_PARTICIPATION>%s</URL_PARTICIPATION>'
             % (X(url), X(url)),
             '        <CA_TYPE VALUE="REGIONAL_AUTHORITY"/><CA_ACTIVITY VALUE="GENERAL_PUBLIC_SERVICES"/>',
             '      </CONTRACTING_BODY>', '      <OBJECT_CONTRACT>',
             '        <TITLE><P>%s</P></TITLE>' % X(title),
             '        <REFERENCE_NUMBER>%s</REFERENCE_NUMBER>' % X(ref),
             '        <CPV_MAIN><CPV_CODE CODE="%s"/></CPV_MAIN>' % cpv,
             '        <TYPE_CONTRACT CTYPE="%s"/>' % ctype,
             '        <SHORT_DESCR><P>%s</P></SHORT_DESCR>' % X(descr),
             '        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">%s</VAL_ESTIMATED_TOTAL>' % val]
    if lots:
        parts.append('        <LOT_DIVISION><LOT_ALL/></LOT_DIVISION>')
    else:
        parts.append('        <NO_LOT_DIVISION/>')
        lots = [dict(no=None, title=None, descr=descr, ac=lots_ac, price=lots_price, info="")
                for lots_ac, lots_price in [(suitability[1], suitability[2])]]
    for i, lo in enumerate(lots, 1):
        parts.append('        <OBJECT_DESCR ITEM="%d">' % i)
        if lo["title"]:
            parts.append('          <TITLE><P>%s</P></TITLE>' % X(lo["title"]))
            parts.append('          <LOT_NO>%s</LOT_NO>' % lo["no"])
        parts.append('          <n2016:NUTS CODE="%s"/>' % nuts)
        parts.append('          <SHORT_DESCR><P>%s</P></SHORT_DESCR>' % X(lo["descr"]))
        parts.append('          <AC>')
        for name, w in lo["ac"]:
            parts.append('            <AC_QUALITY><AC_CRITERION>%s</AC_CRITERION><AC_WEIGHTING>%s</AC_WEIGHTING>'
                         '</AC_QUALITY>' % (X(name), w))
        parts.append('            <AC_PRICE><AC_WEIGHTING>%s</AC_WEIGHTING></AC_PRICE>' % lo["price"])
        parts.append('          </AC>')
        parts.append('          <DURATION TYPE="MONTH">48</DURATION><NO_RENEWAL/><NO_ACCEPTED_VARIANTS/>'
                     '<NO_OPTIONS/><NO_EU_PROGR_RELATED/>')
        if lo.get("info"):
            parts.append('          <INFO_ADD><P>%s</P></INFO_ADD>' % X(lo["info"]))
        parts.append('        </OBJECT_DESCR>')
    parts += ['      </OBJECT_CONTRACT>', '      <LEFTI>',
              '        <SUITABILITY><P>%s</P></SUITABILITY>' % X(suitability[0]),
              '        <ECONOMIC_CRITERIA_DOC/><TECHNICAL_CRITERIA_DOC/>']
    if sheltered:
        parts.append('        <RESTRICTED_SHELTERED_WORKSHOP/>')
    parts += ['        <PERFORMANCE_CONDITIONS><P>%s</P></PERFORMANCE_CONDITIONS>' % X(perf),
              '      </LEFTI>', '      <PROCEDURE>', '        <PT_OPEN/>']
    if framework:
        parts.append('        <FRAMEWORK><SINGLE_OPERATOR/></FRAMEWORK>')
    parts += ['        <NO_CONTRACT_COVERED_GPA/>',
              '        <DATE_RECEIPT_TENDERS>2027-02-24</DATE_RECEIPT_TENDERS>'
              '<TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>',
              '        <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>',
              '        <DURATION_TENDER_VALID TYPE="MONTH">4</DURATION_TENDER_VALID>',
              '        <OPENING_CONDITION><DATE_OPENING_TENDERS>2027-02-24</DATE_OPENING_TENDERS>'
              '<TIME_OPENING_TENDERS>14:00</TIME_OPENING_TENDERS></OPENING_CONDITION>',
              '      </PROCEDURE>', '      <COMPLEMENTARY_INFO>', '        <NO_RECURRENT_PROCUREMENT/>',
              '        <INFO_ADD><P>%s</P></INFO_ADD>' % X(info_add),
              '        <ADDRESS_REVIEW_BODY><OFFICIALNAME>%s</OFFICIALNAME><TOWN>%s</TOWN><COUNTRY VALUE="FR"/>'
              '</ADDRESS_REVIEW_BODY>' % (X(review), X(town)),
              '        <DATE_DISPATCH_NOTICE>%s</DATE_DISPATCH_NOTICE>' % dispatch,
              '      </COMPLEMENTARY_INFO>', '    </F02_2014>', '  </FORM_SECTION>', '</TED_ESENDERS>', '']
    return "\n".join(parts)


def d31():
    raw = ted_f02(
        "Ville de Sarrance-les-Bains", "21640517900016", "Place de la Mairie", "Sarrance-les-Bains", "64490",
        "FRI15", "marches@sarrance-les-bains.fr", "https://marchespublics.sarrance-les-bains.fr",
        "Nettoyage des écoles, des salles municipales et des équipements sportifs", "SLB-2027-NET",
        "90919200", "SERVICES",
        "Prestations de nettoyage courant et de remise en état des locaux scolaires, des salles municipales et "
        "des gymnases de la ville (environ 14 200 m²), produits et matériels fournis par le titulaire.",
        "480000", [],
        ("Déclaration sur l'honneur relative à l'obligation d'emploi des travailleurs handicapés ; références de "
         "prestations similaires sur les trois dernières années.",
         [("Organisation des prestations, moyens humains et matériels, contrôle qualité", "40"),
          ("Insertion durable des personnes éloignées de l'emploi recrutées pour l'exécution du marché : nombre "
           "de personnes, tutorat et formation", "15")], "45"),
        False, "Les conditions d'exécution sont précisées dans le cahier des clauses administratives particulières.",
        "Accord-cadre à bons de commande d'une durée d'un an reconductible trois fois.",
        "Tribunal administratif de Pau-Adour", "2027-01-11", framework=True)
    lab = L(critere_social=1, allotissement=0, montant_estime_ht=480000,
            evidence=["Insertion durable des personnes éloignées de l'emploi recrutées pour l'exécution du marché",
                      "480000", "[NO_LOT_DIVISION]"])
    return DOC("d31_ted.xml", "AVIS", lab, raw=raw,
               note="TED F02 : critère d'attribution d'insertion (mot « durable » dans un critère social) ; "
                    "PERFORMANCE_CONDITIONS renvoyant au CCAP (rien d'imposé dans l'avis) ; NO_LOT_DIVISION.")


def d32():
    raw = ted_f02(
        "Centre hospitalier de Lanvollon-sur-Trieux", "26220038500017", "10 rue de l'Hôpital",
        "Lanvollon-sur-Trieux", "22290", "FRH01", "achats@ch-lanvollon.fr", "https://www.megalis-achats.example.fr",
        "Collecte, destruction confidentielle et recyclage des papiers et archives", "CHLT-2027-05",
        "90500000", "SERVICES",
        "Mise à disposition de conteneurs sécurisés, collecte, destruction certifiée des documents confidentiels "
        "et recyclage des papiers de bureau et archives éliminées.",
        "150000", [],
        ("Justificatif du conventionnement prévu à l'article L. 5132-2 du code du travail.",
         [("Sécurité et traçabilité de la destruction (certificats, délais)", "40")], "60"),
        True, "Voir le cahier des charges.",
        "Marché réservé aux structures d'insertion par l'activité économique (article L. 2113-13 du code de la "
        "commande publique). Aucun lot.",
        "Tribunal administratif de Rennes-sur-Vilaine", "2027-01-19")
    lab = L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=150000,
            evidence=["Marché réservé aux structures d'insertion par l'activité économique (article L. 2113-13 du "
                      "code de la commande publique)", "Aucun lot.", "150000"])
    return DOC("d32_ted.xml", "AVIS", lab, raw=raw,
               note="TED F02 : case RESTRICTED_SHELTERED_WORKSHOP cochée mais l'article cité (L2113-13, SIAE) prévaut ; "
                    "objet de recyclage (objet, pas clause).")


def d33():
    lots = [dict(no="1", title="Secteur Est (22 communes)",
                 descr="Dépose des luminaires existants, fourniture et pose de luminaires LED avec abaissement "
                       "nocturne, secteur Est.",
                 ac=[("Valeur technique (méthodologie, planning, moyens)", "40")], price="60", info=""),
            dict(no="2", title="Secteur Ouest (19 communes)",
                 descr="Dépose des luminaires existants, fourniture et pose de luminaires LED avec abaissement "
                       "nocturne, secteur Ouest.",
                 ac=[("Valeur technique (méthodologie, planning, moyens)", "40")], price="60", info="")]
    raw = ted_f02(
        "Syndicat départemental d'énergies de la Sévrine (SDES)", "25790144300028", "7 rue Jean-Jaurès",
        "Saint-Lienne", "79260", "FRI33", "commande-publique@sdes79.example.fr", "https://sdes.achatpublic.example.fr",
        "Rénovation de l'éclairage public – programme de relamping LED 2027-2028", "SDES-EP-2027",
        "45316110", "WORKS",
        "Remplacement d'environ 6 800 points lumineux énergivores par des luminaires LED, en vue de réduire d'au "
        "moins 60 % la consommation d'électricité de l'éclairage public des communes adhérentes.",
        "1300000", lots,
        ("Qualification professionnelle en éclairage public ou références équivalentes ; certification ISO 14001 "
         "ou équivalent à indiquer le cas échéant.", [], ""),
        False, "Voir CCAP.",
        "Le présent marché ne comporte pas de clause d'insertion. Les luminaires déposés sont repris par "
        "l'éco-organisme avec lequel le SDES a conventionné ; cette reprise ne fait pas partie des prestations.",
        "Tribunal administratif de Poitiers-Clain", "2027-01-27")
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=1300000,
            evidence=["Secteur Ouest (19 communes)", "[LOT_DIVISION ; LOT_NO 1 et 2]", "1300000"])
    return DOC("d33_ted.xml", "AVIS", lab, raw=raw,
               note="Négatif : objet énergétique (économies d'électricité = objet), ISO 14001 à titre indicatif en "
                    "sélection, « ne comporte pas de clause d'insertion », reprise par l'éco-organisme hors marché.")


# ----------------------------------------------------------------------------- avis XML eForms (UBL ContractNotice)
_EF_NS = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" '
          'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
          'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
          'xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" '
          'xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1" '
          'xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1" '
          'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"')


def _ef_crit(kind, name, descr, weight):
    return ('          <cac:SubordinateAwardingCriterion>\n'
            '            <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>'
            '<efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode>'
            '<efbc:ParameterNumeric>%s</efbc:ParameterNumeric></efac:AwardCriterionParameter>'
            '</efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>\n'
            '            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">%s</cbc:AwardingCriterionTypeCode>\n'
            '            <cbc:Name languageID="FRA">%s</cbc:Name>\n'
            '            <cbc:Description languageID="FRA">%s</cbc:Description>\n'
            '          </cac:SubordinateAwardingCriterion>' % (weight, kind, X(name), X(descr)))


def eforms(notice_id, issue, buyer, siret, street, town, pc, nuts, legal_type, ref, name, descr, nature, cpv,
           total, lots, selection, add_info):
    """lots : dict(id, name, descr, value, max, strategic, reserved, exec_code, exec_descr, crit=[(kind, name, descr, w)])."""
    o = ['<?xml version="1.0" encoding="UTF-8"?>', '<ContractNotice %s>' % _EF_NS,
         '  <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>',
         '    <efac:NoticeSubType><cbc:SubTypeCode listName="notice-subtype">16</cbc:SubTypeCode></efac:NoticeSubType>',
         '    <efac:Organizations><efac:Organization><efac:Company>',
         '      <cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>',
         '      <cac:PartyName><cbc:Name languageID="FRA">%s</cbc:Name></cac:PartyName>' % X(buyer),
         '      <cac:PostalAddress><cbc:StreetName>%s</cbc:StreetName><cbc:CityName>%s</cbc:CityName>'
         '<cbc:PostalZone>%s</cbc:PostalZone><cbc:CountrySubentityCode listName="nuts">%s</cbc:CountrySubentityCode>'
         '<cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country>'
         '</cac:PostalAddress>' % (X(street), X(town), pc, nuts),
         '      <cac:PartyLegalEntity><cbc:CompanyID>%s</cbc:CompanyID></cac:PartyLegalEntity>' % siret,
         '    </efac:Company></efac:Organization></efac:Organizations>',
         '  </efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>',
         '  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>',
         '  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>',
         '  <cbc:ID schemeName="notice-id">%s</cbc:ID>' % notice_id,
         '  <cbc:ContractFolderID>%s</cbc:ContractFolderID>' % notice_id[::-1],
         '  <cbc:IssueDate>%s+01:00</cbc:IssueDate>' % issue,
         '  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>',
         '  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>',
         '  <cac:ContractingParty>',
         '    <cac:ContractingPartyType><cbc:PartyTypeCode listName="buyer-legal-type">%s</cbc:PartyTypeCode>'
         '</cac:ContractingPartyType>' % legal_type,
         '    <cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID>'
         '</cac:PartyIdentification></cac:Party>',
         '  </cac:ContractingParty>',
         '  <cac:TenderingTerms>',
         '    <cac:TendererQualificationRequest><cac:SpecificTendererRequirement>'
         '<cbc:TendererRequirementTypeCode listName="selection-criterion">sui-act</cbc:TendererRequirementTypeCode>'
         '<cbc:Description languageID="FRA">%s</cbc:Description></cac:SpecificTendererRequirement>'
         '</cac:TendererQualificationRequest>' % X(selection),
         '  </cac:TenderingTerms>',
         '  <cac:TenderingProcess><cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>'
         '</cac:TenderingProcess>',
         '  <cac:ProcurementProject>',
         '    <cbc:ID schemeName="InternalID">%s</cbc:ID>' % X(ref),
         '    <cbc:Name languageID="FRA">%s</cbc:Name>' % X(name),
         '    <cbc:Description languageID="FRA">%s</cbc:Description>' % X(descr),
         '    <cbc:Note languageID="FRA">%s</cbc:Note>' % X(add_info),
         '    <cbc:ProcurementTypeCode listName="contract-nature">%s</cbc:ProcurementTypeCode>' % nature,
         '    <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="EUR">%s'
         '</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>' % total,
         '    <cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">%s</cbc:ItemClassificationCode>'
         '</cac:MainCommodityClassification>' % cpv,
         '  </cac:ProcurementProject>']
    for lo in lots:
        o += ['  <cac:ProcurementProjectLot>', '    <cbc:ID schemeName="Lot">%s</cbc:ID>' % lo["id"],
              '    <cac:TenderingTerms>',
              '      <cac:TendererQualificationRequest><cac:SpecificTendererRequirement>'
              '<cbc:TendererRequirementTypeCode listName="reserved-procurement">%s</cbc:TendererRequirementTypeCode>'
              '</cac:SpecificTendererRequirement></cac:TendererQualificationRequest>' % lo["reserved"],
              '      <cac:ContractExecutionRequirement><cbc:ExecutionRequirementCode listName="conditions">%s'
              '</cbc:ExecutionRequirementCode><cbc:Description languageID="FRA">%s</cbc:Description>'
              '</cac:ContractExecutionRequirement>' % (lo["exec_code"], X(lo["exec_descr"])),
              '      <cac:AwardingTerms>', '        <cac:AwardingCriterion>']
        for cr in lo["crit"]:
            o.append(_ef_crit(*cr))
        o += ['        </cac:AwardingCriterion>', '      </cac:AwardingTerms>', '    </cac:TenderingTerms>',
              '    <cac:TenderingProcess><cbc:ProcedureCode listName="procurement-procedure-type">open'
              '</cbc:ProcedureCode></cac:TenderingProcess>',
              '    <cac:ProcurementProject>',
              '      <cbc:ID schemeName="InternalID">%s</cbc:ID>' % X(ref + "-" + lo["id"]),
              '      <cbc:Name languageID="FRA">%s</cbc:Name>' % X(lo["name"]),
              '      <cbc:Description languageID="FRA">%s</cbc:Description>' % X(lo["descr"]),
              '      <cbc:ProcurementTypeCode listName="contract-nature">%s</cbc:ProcurementTypeCode>' % nature,
              '      <cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName="strategic-procurement">%s'
              '</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>' % lo["strategic"]]
        if lo.get("max"):
            o.append('      <cac:RequestedTenderTotal><ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent>'
                     '<efext:EformsExtension><efbc:FrameworkMaximumAmount currencyID="EUR">%s'
                     '</efbc:FrameworkMaximumAmount></efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension>'
                     '</ext:UBLExtensions><cbc:EstimatedOverallContractAmount currencyID="EUR">%s'
                     '</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>' % (lo["max"], lo["value"]))
        else:
            o.append('      <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="EUR">%s'
                     '</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>' % lo["value"])
        o += ['    </cac:ProcurementProject>', '  </cac:ProcurementProjectLot>']
    o += ['</ContractNotice>', '']
    return "\n".join(o)


def d34():
    lots = [dict(id="LOT-0001", name="Lot 1 – Gros œuvre, démolitions, façades",
                 descr="Démolition partielle de l'aile nord, gros œuvre de l'extension, ravalement des façades.",
                 value="2700000", strategic="soc-obj", reserved="none", exec_code="performance",
                 exec_descr="Action d'insertion : le titulaire réserve 1 750 heures de travail à des personnes "
                            "rencontrant des difficultés d'accès à l'emploi, selon les modalités de l'article 7 du "
                            "CCAP ; le suivi est assuré par le facilitateur du Département.",
                 crit=[("price", "Prix", "Montant de la DPGF", "55"),
                       ("quality", "Méthodologie et phasage en site occupé", "Mémoire technique, partie 1", "30"),
                       ("quality", "Réduction des émissions de gaz à effet de serre du chantier",
                        "Approvisionnements, transport des matériaux, engins et évacuation des déblais", "15")]),
            dict(id="LOT-0002", name="Lot 2 – Chauffage, ventilation, plomberie",
                 descr="Remplacement de la chaufferie, ventilation double flux des salles de classe, sanitaires.",
                 value="900000", strategic="none", reserved="none", exec_code="performance",
                 exec_descr="Pas de condition particulière d'exécution pour ce lot.",
                 crit=[("price", "Prix", "Montant de la DPGF", "55"),
                       ("quality", "Méthodologie et phasage en site occupé", "Mémoire technique, partie 1", "30"),
                       ("quality", "Réduction des émissions de gaz à effet de serre du chantier",
                        "Approvisionnements, transport des matériaux, engins et évacuation des déblais", "15")])]
    raw = eforms("3f7c2a10-6b1e-4c55-9d1a-2027a0000034", "2027-01-14", "Département de la Sévrine",
                 "22790001200019", "Hôtel du Département, 74 rue Alsace-Lorraine", "Saint-Lienne", "79021",
                 "FRI33", "ra", "DS-COL-2027-03", "Restructuration et extension du collège Jean-Rostand",
                 "Restructuration du collège Jean-Rostand de Vernoux-en-Gâtine (demi-pension, salles de sciences, "
                 "extension de 450 m²). Marché alloti en 2 lots.", "works", "45214200", "3600000", lots,
                 "Capacités selon le règlement de la consultation.",
                 "Visite du site conseillée. Les documents sont disponibles sur le profil d'acheteur du Département.")
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1750, critere_environnemental=1,
            allotissement=1, nb_lots=2, montant_estime_ht=3600000,
            evidence=["le titulaire réserve 1 750 heures de travail à des personnes rencontrant des difficultés "
                      "d'accès à l'emploi", "Réduction des émissions de gaz à effet de serre du chantier",
                      "Marché alloti en 2 lots.", "3600000"])
    return DOC("d34_eforms.xml", "AVIS", lab, raw=raw,
               note="eForms : heures d'insertion dans BT-70 du lot 1 seulement ; critère environnemental (émissions) ; "
                    "2 lots ; valeur globale 3 600 000 (lots : 2 700 000 + 900 000).")


def d35():
    lots = [dict(id="LOT-0000", name="Fourniture de vélos à assistance électrique",
                 descr="Fourniture de 40 vélos à assistance électrique, antivols et sacoches, pour le service de "
                       "location longue durée aux habitants.",
                 value="96000", max="120000", strategic="none", reserved="none", exec_code="performance",
                 exec_descr="Pas de conditions particulières d'exécution.",
                 crit=[("price", "Prix", "Prix du bordereau appliqué au détail estimatif", "70"),
                       ("quality", "Délai de livraison et service après-vente",
                        "Délai de livraison, délai de réparation, atelier de proximité", "30")])]
    raw = eforms("91c0d4e2-55aa-4e0b-8f3b-2027a0000035", "2027-01-20", "Ville de Quimerlé", "21290245600014",
                 "Place de la Résistance", "Quimerlé", "29300", "FRH02", "la", "VQ-2027-VAE",
                 "Vélos à assistance électrique pour le service municipal de location",
                 "Accord-cadre à bons de commande pour la fourniture de vélos à assistance électrique dans le cadre "
                 "du plan de mobilité de la ville. Le marché n'est pas alloti.", "supplies", "34430000", "96000", lots,
                 "Aucune capacité minimale n'est exigée.",
                 "La ville développe son plan vélo ; le service de location est géré en régie.")
    lab = L(allotissement=0, montant_estime_ht=96000, montant_max_ht=120000,
            evidence=["Le marché n'est pas alloti.", "96000", "120000"])
    return DOC("d35_eforms.xml", "AVIS", lab, raw=raw,
               note="Négatif : objet de mobilité décarbonée (objet), strategic-procurement « none », BT-70 « pas de "
                    "conditions » ; valeur estimée 96 000 et maximum de l'accord-cadre 120 000.")


def d36():
    crit = [("price", "Prix", "Prix global annuel", "55"),
            ("quality", "Organisation et moyens affectés", "Effectifs, planning, encadrement", "30"),
            ("quality", "Contrôle de la qualité des prestations", "Méthode d'autocontrôle et reporting", "15")]
    lots = [dict(id="LOT-0001", name="Résidences du campus de la Houlme", descr="Nettoyage des parties communes "
                 "et des logements libérés (1 240 logements).", value="1000000", max="1200000", strategic="none",
                 reserved="none", exec_code="performance", exec_descr="Conformément au CCAP.", crit=crit),
            dict(id="LOT-0002", name="Résidences du centre-ville", descr="Nettoyage des parties communes et des "
                 "logements libérés (860 logements).", value="700000", max="840000", strategic="none",
                 reserved="none", exec_code="performance", exec_descr="Conformément au CCAP.", crit=crit),
            dict(id="LOT-0003", name="Restaurants universitaires – salles et offices", descr="Nettoyage des "
                 "salles de restauration et des offices de trois restaurants.", value="500000", max="600000",
                 strategic="none", reserved="none", exec_code="performance", exec_descr="Conformément au CCAP.",
                 crit=crit)]
    raw = eforms("c2b8e7f1-0d43-4a7e-b6c2-2027a0000036", "2027-01-22", "Crous Loire-Océane", "18440033700026",
                 "2 boulevard Guy-Mollet", "Nantes-sur-Erdre", "44300", "FRG01", "body-pl", "CLO-2027-NET",
                 "Nettoyage des résidences et restaurants universitaires",
                 "Accord-cadre à bons de commande de quatre ans pour le nettoyage des résidences et restaurants "
                 "universitaires du Crous, en trois lots.", "services", "90919000", "2200000", lots,
                 "Déclaration relative à l'obligation d'emploi des travailleurs handicapés (articles L. 5212-1 à "
                 "L. 5212-11 du code du travail). Le marché n'est pas réservé.",
                 "Le Crous met en œuvre un schéma de promotion des achats socialement et écologiquement responsables "
                 "(SPASER) ; ce document est communiqué pour information.")
    lab = L(allotissement=1, nb_lots=3, montant_estime_ht=2200000, montant_max_ht=2640000,
            evidence=["en trois lots", "2200000", "1200000", "840000", "600000",
                      "[maxima des 3 lots : 1 200 000 + 840 000 + 600 000 = 2 640 000]"])
    return DOC("d36_eforms.xml", "AVIS", lab, raw=raw,
               note="Négatif : SPASER de l'acheteur pour information, déclaration TH en sélection, « n'est pas "
                    "réservé », réservation « none » ; maxima par lot additionnés.")


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20, d21,
        d22, d23, d24, d25, d26, d27, d28, d29, d30, d31, d32, d33, d34, d35, d36]


# ----------------------------------------------------------------------------- construction et contrôles
# extra_checks : repris de blind_values_13/make_documents.py, lignes 2433-2451.
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


def build_doc(folder, d):
    path = os.path.join(folder, d["file"])
    ext = d["file"].rsplit(".", 1)[1]
    if d["raw"] is not None:
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["raw"])
        return None
    pdf = ext == "pdf"
    blocks = [_conv(b, pdf) for b in expand_toc(d["blocks"])]
    if pdf:
        return build_pdf(path, _conv_str(d["header"], True), _conv_str(d["footer"], True), blocks,
                         hyphen=d["hyphen"], title=d["header"], cols=d["cols"])
    if ext == "docx":
        build_docx(path, d["header"], d["footer"], blocks)
        return None
    build_txt(path, blocks)
    return None


def _ws(s):
    return re.sub(r"\s+", " ", s.replace(NB, " ").replace(NNB, " ")).strip()


def extracted_variants(path, d):
    """Texte extrait du fichier produit, en deux variantes : mots coupés en fin de ligne recollés
    (« heu-\\nres » -> « heures ») ou trait d'union conservé (« Saint-\\nHilaire »)."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        pages = []
        hdr, ftr = _conv_str(d["header"], True), _conv_str(d["footer"], True)
        for pg in r.pages:
            t = pg.extract_text() or ""
            t = t.replace(hdr, "\n").replace(ftr, "\n")
            t = re.sub(r"Page \d+ / \d+", "\n", t)
            pages.append(t)
        text = "\n".join(pages)
    elif ext == "docx":
        doc = docx.Document(path)
        chunks = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                for cell in row.cells:
                    chunks.append(cell.text)
        text = "\n".join(chunks)
    elif ext == "xml":
        from lxml import etree
        root = etree.parse(path).getroot()
        text = " ".join(x for x in root.itertext())
    else:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    text = text.replace(NB, " ").replace(NNB, " ")
    joined = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1\2", text)
    kept = re.sub(r"-[ \t]*\n\s*", "-", text)
    return _ws(joined), _ws(kept), text


def md5(path):
    import hashlib
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def build_all(folder):
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    docs = []
    pages = {}
    for f in DOCS:
        d = f()
        n = build_doc(folder, d)
        pages[d["file"]] = n
        docs.append(d)
    return docs, pages


def check_label(d):
    out = []
    lab = d["label"]
    p = d["file"]
    if d["doc_type"] not in _DOC_TYPES:
        out.append("%s : doc_type %s" % (p, d["doc_type"]))
    for k in ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
              "clause_environnementale", "critere_environnemental"):
        if lab[k] not in (0, 1, "?"):
            out.append("%s : %s = %r" % (p, k, lab[k]))
    if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
        out.append("%s : clause_insertion sans clause_sociale" % p)
    if lab["heures_insertion"] and lab["clause_insertion"] != 1:
        out.append("%s : heures sans clause_insertion" % p)
    if bool(lab["marche_reserve"] == 1) != bool(lab["reserve_base"]):
        out.append("%s : marche_reserve / reserve_base incohérents" % p)
    if lab["reserve_base"]:
        for b in lab["reserve_base"].split(";"):
            if b not in ("L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"):
                out.append("%s : base %s" % (p, b))
    if lab["nb_lots"] is not None and lab["allotissement"] != 1:
        out.append("%s : nb_lots sans allotissement = 1" % p)
    if lab["allotissement"] not in (None, 0, 1):
        out.append("%s : allotissement %r" % (p, lab["allotissement"]))
    if lab["nb_lots"] is not None and lab["nb_lots"] < 2:
        out.append("%s : nb_lots < 2" % p)
    filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
    if filled and not lab["evidence"]:
        out.append("%s : valeurs sans preuve" % p)
    ev = " | ".join(norm(q) for q in lab["evidence"])
    if len(ev) > 300:
        out.append("%s : preuve trop longue (%d)" % (p, len(ev)))
    return out


def main():
    docs, pages = build_all(OUT)
    problems = []
    rows = []
    kinds = {}
    for d in docs:
        path = os.path.join(OUT, d["file"])
        ext = d["file"].rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
        problems.extend(check_label(d))
        joined, kept, raw_text = extracted_variants(path, d)
        for q in d["label"]["evidence"]:
            if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                continue
            qn_ = _ws(norm(q))
            if qn_ not in joined and qn_ not in kept:
                problems.append("%s : preuve absente du texte extrait : %r" % (d["file"], q))
        if ext == "xml":
            from lxml import etree
            try:
                etree.parse(path)
            except etree.XMLSyntaxError as e:
                problems.append("%s : XML mal formé : %s" % (d["file"], e))
        n = pages.get(d["file"])
        if n is not None:
            lo, hi = d["pages"]
            if not (lo <= n <= hi):
                problems.append("%s : %d pages (attendu %d-%d)" % (d["file"], n, lo, hi))
        lab = d["label"]
        row = {"path": d["file"], "doc_type": d["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = " | ".join(norm(q) for q in lab["evidence"])
        rows.append(row)
    # noms de fichiers neutres
    for d in docs:
        if not re.fullmatch(r"d\d\d_(RC|CCAP|CCTP|CCP|AE|DPGF|BPU|CADRE|avis|notice_en|ted|eforms)\.(pdf|docx|txt|xml)",
                            d["file"]):
            problems.append("%s : nom de fichier" % d["file"])
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    problems.extend(extra_checks(rows))
    # double construction : mêmes md5
    sums1 = {d["file"]: md5(os.path.join(OUT, d["file"])) for d in docs}
    tmp = os.path.join(HERE, ".rebuild")
    build_all(tmp)
    sums2 = {d["file"]: md5(os.path.join(tmp, d["file"])) for d in docs}
    shutil.rmtree(tmp)
    for f in sums1:
        if sums1[f] != sums2[f]:
            problems.append("%s : md5 différent entre deux constructions" % f)
    pos = {c: sum(1 for r in rows if r[c] == "1") for c in
           ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale",
            "critere_environnemental")}
    anypos = sum(1 for r in rows if any(r[c] == "1" for c in pos))
    print("%d documents (%s) ; pages des PDF : %s" % (
        len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%s=%d" % (f[:3], n) for f, n in pages.items() if n)))
    print("positifs par colonne : %s ; documents avec au moins un positif : %d" % (pos, anypos))
    print("césures forcées HY : %d ; nombres coupés SB : %d" % (HY_STATS["cut"], SB_STATS["cut"]))
    print("md5 identiques entre deux constructions : %s" % all(sums1[f] == sums2[f] for f in sums1))
    print("contrôles -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
