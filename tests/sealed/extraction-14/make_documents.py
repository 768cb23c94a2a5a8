#!/usr/bin/env python3
"""Construit les dossiers du jeu scellé extraction-14 (PDF reportlab, DOCX python-docx, TXT, eForms XML, ZIP).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise de tests/data/blind_values_13/make_documents.py, lignes 27-664 (écriture
PDF/DOCX/TXT, tableaux reportlab, deux colonnes, césure, SB/HY, aides de saisie, number_articles, C, A,
_DOC_TYPES) ; la boucle de construction et de contrôle s'inspire des lignes 2430-2611 du même fichier
mais a été réécrite : archives ZIP, avis eForms XML, extraction du texte des fichiers produits (pypdf,
python-docx avec cellules de tableaux, lxml, brut) avec recollage des césures de fin de ligne,
double construction et comparaison des md5.
Les douze dossiers, leurs textes et leurs étiquettes ont été écrits pour ce jeu. Tout est inventé.

Thème : les valeurs du dossier (allotissement, nombre de lots, montant estimé, maximum, heures
d'insertion, bases de réservation) réparties entre les pièces, et les six considérations.

Usage : /work/main/.venv/bin/python tests/sealed/extraction-14/make_documents.py
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
SET_NAME = "extraction-14"

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






# ============================================================================= ajouts extraction-14
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dossiers")
import hashlib
import unicodedata


def unaccent(s):
    """Export « sans accents » (certains profils d'acheteur exportent ainsi le RC en texte brut)."""
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("’", "'").replace("€", "euros")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def toc_of(blocks):
    out = []
    for b in number_articles(blocks):
        if b[0] == "h" and _ART.match(b[1]):
            out.append(b[1])
    return out


def DOC(title_lines, cover_lines, blocks, toc=True, cover=True):
    """Page de garde, sommaire, puis le corps."""
    out = [TITLE(*title_lines)]
    for ln in cover_lines:
        out.append(P(ln))
    if cover:
        out.append(("pagebreak",))
    if toc:
        out.append(H("Sommaire"))
        out.append(LST(toc_of(blocks)))
    return out + list(blocks)


def flat(*parts):
    out = []
    for p in parts:
        if isinstance(p, list):
            out.extend(p)
        else:
            out.append(p)
    return out


# ----------------------------------------------------------------------------- articles neutres
# Articles sans considération sociale ou environnementale, sans lot ni montant. v = variante (0, 1, 2).

def F_pieces(c, v, extra=()):
    if v == 0:
        return A("Pièces constitutives du marché",
                 "Par dérogation à l'article 4.1 du CCAG, les pièces contractuelles prévalent dans l'ordre suivant :",
                 ["l'acte d'engagement et ses annexes éventuelles ;", "le présent cahier des clauses administratives particulières ;",
                  "le cahier des clauses techniques particulières ;"] + list(extra) +
                 ["le CCAG applicable aux marchés publics de %s (arrêté du 30 mars 2021) ;" % c["ccag"],
                  "l'offre technique du titulaire (mémoire justificatif)."],
                 "En cas de contradiction, la pièce de rang supérieur l'emporte.")
    if v == 1:
        return A("Documents contractuels",
                 "Le contrat est constitué des documents énumérés ci-après, qui priment les uns sur les autres dans l'ordre où ils sont cités : "
                 "l'acte d'engagement (AE), le CCAP, le CCTP%s, le cahier des clauses administratives générales « %s » dans sa version en vigueur au "
                 "premier jour du mois de remise des offres, puis le mémoire technique de l'entreprise." % (
                     (", " + ", ".join(extra)) if extra else "", c["ccag"]),
                 "Seul l'exemplaire original conservé dans les archives de %s fait foi." % c["qui"])
    return A("Ordre de priorité des pièces",
             "Les pièces particulières sont : l'AE, le présent document, le CCTP%s. Les pièces générales sont le CCAG-%s "
             "et le CCTG, réputés connus du titulaire et non joints. Le mémoire technique n'a de valeur contractuelle que pour les "
             "engagements qu'il contient." % ((" et " + ", ".join(extra)) if extra else "", "FCS" if "fourn" in c["ccag"] else "Travaux"))


def F_paiement(c, v):
    if v == 0:
        return A("Règlement des comptes",
                 "Les sommes dues sont payées par mandat administratif dans un délai global de %d jours à compter de la réception "
                 "de la demande de paiement. Le défaut de paiement dans ce délai fait courir de plein droit des intérêts moratoires au taux "
                 "de la Banque centrale européenne majoré de huit points, ainsi que l'indemnité forfaitaire de 40 euros pour frais de recouvrement." % c["delai"],
                 "Les factures sont déposées exclusivement sur le portail Chorus Pro ; elles rappellent la référence %s, le numéro "
                 "d'engagement communiqué par le service et le détail des prestations." % c["ref"])
    if v == 1:
        return A("Modalités de paiement",
                 "Le comptable assignataire est le comptable public de %s. Le délai de paiement est fixé à %d jours. Les demandes de "
                 "paiement, transmises par voie dématérialisée (Chorus Pro), sont établies en un original et comportent les mentions "
                 "prévues à l'article R2192-2 du code de la commande publique." % (c["qui"], c["delai"]),
                 "En cas de retard de paiement, le titulaire a droit aux intérêts moratoires et à l'indemnité forfaitaire de "
                 "recouvrement de 40 € prévus par la réglementation.")
    return A("Facturation et paiement",
             "Chaque facture, déposée sur Chorus Pro, est vérifiée par le service prescripteur. Le mandatement intervient sous "
             "%d jours. Une facture incomplète est rejetée et le délai ne court qu'à réception d'une facture conforme." % c["delai"])


def F_avance(c, v, taux="5"):
    if v == 0:
        return A("Avance",
                 "Une avance est accordée au titulaire, sauf renonciation expresse dans l'acte d'engagement, lorsque le montant "
                 "initial du marché est supérieur à 50 000 € HT et que le délai d'exécution dépasse deux mois. Son montant est fixé à "
                 "%s %% du montant initial toutes taxes comprises. Le remboursement commence lorsque le montant des prestations exécutées "
                 "atteint 65 %% du montant initial." % taux)
    if v == 1:
        return A("Avance forfaitaire",
                 "Le taux de l'avance est de %s %% du montant TTC du marché. L'avance n'est soumise à aucune garantie. Elle est "
                 "remboursée par précompte sur les sommes dues à partir du moment où 65 %% des prestations ont été réglées, et "
                 "intégralement lorsque ce pourcentage atteint 80 %%." % taux)
    return A("Avance et acomptes",
             "Le titulaire peut bénéficier d'une avance de %s %% dans les conditions des articles R2191-3 et suivants du code de la "
             "commande publique. Les acomptes sont versés mensuellement sur la base des prestations effectivement réalisées." % taux)


def F_assurances(c, v):
    if v == 0:
        return A("Assurances",
                 "Dans un délai de quinze jours à compter de la notification et avant tout commencement d'exécution, le titulaire "
                 "justifie d'une assurance de responsabilité civile couvrant les dommages causés aux tiers et à %s du fait de "
                 "l'exécution des prestations. L'attestation précise les montants garantis et la période de validité." % c["qui"])
    if v == 1:
        return A("Responsabilité et assurances",
                 "Le titulaire est seul responsable des dommages de toute nature causés à l'occasion de l'exécution. Il produit chaque "
                 "année l'attestation de son assureur. L'absence de production, après mise en demeure restée sans effet huit jours, "
                 "peut justifier la résiliation du marché aux torts du titulaire.")
    return A("Garanties d'assurance",
             "Le titulaire et ses sous-traitants souscrivent les polices de responsabilité civile et, le cas échéant, de responsabilité "
             "décennale, adaptées à la nature et à l'importance des prestations. Les attestations sont remises avant le premier ordre de service.")


def F_resiliation(c, v):
    if v == 0:
        return A("Résiliation",
                 "Les stipulations des articles 36 à 42 du CCAG s'appliquent. En cas de résiliation pour faute, les prestations "
                 "restant à exécuter peuvent être confiées à un tiers aux frais et risques du titulaire.")
    if v == 1:
        return A("Résiliation du marché",
                 "%s peut résilier le marché dans les cas prévus au CCAG. Lorsque la résiliation intervient pour motif d'intérêt "
                 "général, le titulaire perçoit une indemnité égale à 5 %% du montant hors taxes des prestations non exécutées." % c["Qui"])
    return A("Fin anticipée du contrat",
             "Outre les cas prévus par le CCAG, le marché peut être résilié si le titulaire ne produit pas, dans le délai imparti, les "
             "pièces mentionnées aux articles D8222-5 ou D8222-7 du code du travail, ou s'il fait l'objet d'une interdiction de soumissionner.")


def F_litiges(c, v):
    if v == 0:
        return A("Différends et litiges",
                 "En cas de différend, les parties recherchent une solution amiable ; elles peuvent saisir le comité consultatif "
                 "interrégional de règlement amiable des différends. À défaut, le litige est porté devant le %s." % c["ta"])
    if v == 1:
        return A("Règlement des litiges",
                 "Tout litige né de l'exécution du présent marché relève de la compétence du %s. Le titulaire adresse préalablement "
                 "un mémoire en réclamation dans les conditions de l'article 55 du CCAG." % c["ta"])
    return A("Juridiction compétente",
             "Le %s est seul compétent. La langue du contrat est le français ; l'unité monétaire est l'euro." % c["ta"])


def F_derog(c, v, items):
    return A("Dérogations au CCAG",
             "Les articles du présent document qui dérogent au CCAG sont récapitulés ci-dessous :", items)


def F_remise(c, v, date):
    if v == 0:
        return A("Conditions d'envoi des plis",
                 "Les plis sont transmis par voie électronique sur le profil d'acheteur %s avant le %s. Les plis reçus après "
                 "cette date ne sont pas ouverts. Une copie de sauvegarde peut être adressée sur support physique ou papier, dans "
                 "un pli portant la mention « copie de sauvegarde »." % (c["profil"], date),
                 "Les fichiers sont remis dans un format lisible (PDF, DOCX, XLSX, ODT). Le candidat veille à ce que ses fichiers ne "
                 "contiennent pas de virus ; un fichier infecté est réputé n'avoir jamais été reçu.")
    if v == 1:
        return A("Remise des offres",
                 "Date et heure limites de réception : %s. La transmission se fait uniquement par la plateforme %s ; "
                 "aucune offre papier n'est acceptée. La signature électronique n'est pas exigée au stade du dépôt : seul "
                 "l'attributaire signera le marché." % (date, c["profil"]))
    return A("Modalités de dépôt",
             "Le dépôt des candidatures et des offres est effectué sur %s. La date limite est fixée au %s. Le candidat "
             "est invité à anticiper la durée du téléchargement, l'horodatage de la plateforme faisant foi." % (c["profil"], date))


def F_candidature(c, v, l5212=False):
    items = ["la lettre de candidature (formulaire DC1 ou équivalent) ;",
             "la déclaration du candidat (formulaire DC2 ou équivalent) ;",
             "une attestation d'assurance de responsabilité civile en cours de validité ;",
             "une liste de références de moins de trois ans pour des prestations comparables."]
    if l5212:
        items.append("la déclaration sur l'honneur relative au respect de l'obligation d'emploi des travailleurs handicapés "
                     "prévue aux articles L5212-1 à L5212-11 du code du travail ;")
    if v == 0:
        return A("Pièces de la candidature", "Le candidat produit à l'appui de sa candidature :", items,
                 "Le candidat peut présenter sa candidature sous la forme du document unique de marché européen (DUME).")
    if v == 1:
        return A("Contenu du dossier de candidature",
                 "Chaque candidat, ou chaque membre du groupement, remet les documents suivants :", items)
    return A("Justificatifs de la candidature",
             "Les capacités professionnelles, techniques et financières sont appréciées au vu des pièces suivantes :", items,
             "Les candidats qui ne produisent pas ces pièces peuvent être invités à compléter leur dossier dans un délai de cinq jours.")


def F_renseignements(c, v, date):
    if v == 0:
        return A("Renseignements complémentaires",
                 "Les questions sont posées par écrit sur la plateforme au plus tard le %s. Les réponses sont communiquées à "
                 "l'ensemble des candidats ayant retiré le dossier de manière identifiée." % date)
    if v == 1:
        return A("Questions des candidats",
                 "Toute demande de précision est formulée sur %s, au moins dix jours avant la date limite de remise. "
                 "Aucune réponse n'est donnée par téléphone." % c["profil"])
    return A("Demandes de renseignements",
             "Pour obtenir des renseignements administratifs ou techniques, les candidats utilisent exclusivement la messagerie "
             "sécurisée de la plateforme, au plus tard six jours avant la date limite (%s)." % date)


# ============================================================================= d01
def d01():
    c = C("la commune de Valmorin-sur-Aulne", "tribunal administratif de Rennes", ccag="travaux", delai=30,
          profil="https://marches.valmorin-sur-aulne.fr", ref="2027-VSA-07")
    ref = "2027-VSA-07"
    hdr = "Commune de Valmorin-sur-Aulne – Groupe scolaire Jules-Ferry – %s" % ref
    lots = RTAB([["Lot", "Désignation", "Estimation (€ HT)"],
                 ["1", "Gros œuvre – démolitions – VRD", "412~000"],
                 ["2", "Charpente bois – couverture zinc – étanchéité", "268~500"],
                 ["3", "Menuiseries intérieures bois", "96~400"],
                 ["4", "Plâtrerie – peinture – faux plafonds", "133~100"],
                 ["5", "Électricité courants forts et faibles", "58~000"]], widths=[0.8, 5, 2], align="llr")
    rc_body = flat(
        A("Objet de la consultation",
          "La présente consultation porte sur les travaux de réhabilitation et d'extension du groupe scolaire Jules-Ferry, "
          "rue des Lavandières, à Valmorin-sur-Aulne : désamiantage préalable déjà réalisé, démolition de l'ancien préau, "
          "création de deux classes et d'un restaurant scolaire de 120 couverts, reprise complète des façades.",
          "Maître d'ouvrage : commune de Valmorin-sur-Aulne, représentée par son maire. Maître d'œuvre : atelier Bréhaut "
          "et Kerzulec, architectes associés."),
        A("Procédure",
          "La consultation est passée selon la procédure adaptée prévue aux articles L2123-1 et R2123-1 1° du code de la commande "
          "publique, la valeur estimée des travaux étant inférieure au seuil européen de 5~404~000 € HT applicable aux marchés de travaux.",
          "Le pouvoir adjudicateur se réserve la possibilité de négocier avec les trois candidats les mieux classés de chaque lot."),
        A("Décomposition en lots",
          "Les travaux sont répartis en cinq lots traités par marchés séparés. Chaque lot donne lieu à un marché distinct ; les "
          "candidats peuvent répondre à un ou plusieurs lots. Les variantes ne sont pas autorisées.",
          "L'estimation de chaque lot, donnée à titre indicatif, figure dans le tableau suivant :"),
        [lots,
         P("L'enveloppe globale de l'opération (études, contrôle technique, coordination SPS, travaux et mobilier) a été arrêtée à "
           "1~450¦SB¦000 € TTC par délibération du conseil municipal du 3 décembre 2026.")],
        A("Délais d'exécution",
          "Le délai global d'exécution est de onze mois, période de préparation d'un mois comprise. Les travaux bruyants sont "
          "interdits pendant les épreuves du brevet. Les délais propres à chaque lot sont fixés par le calendrier détaillé établi "
          "pendant la période de préparation."),
        A("Visite du site",
          "Une visite est fortement conseillée. Elle a lieu les mercredis de 14 heures à 16 heures, sur rendez-vous pris auprès des "
          "services techniques (Mme Le Goff, 02~96~41~18~30). Aucune attestation de visite n'est exigée."),
        A("Conditions particulières d'exécution",
          "Les lots 1, 2 et 4 comportent une clause d'insertion par l'activité économique : les titulaires de ces lots réserveront "
          "une partie des heures de travail générées par leur marché à des personnes rencontrant des difficultés sociales ou "
          "professionnelles particulières. Le volume d'heures de chaque lot et les modalités de mise en œuvre figurent à l'article 9 "
          "du CCAP."),
        F_candidature(c, 0, l5212=True),
        A("Jugement des offres",
          "Les offres sont classées lot par lot selon les critères pondérés suivants :",
          ["Prix des prestations : 55 points, note calculée par rapport à l'offre la moins-disante ;",
           "Valeur technique : 45 points, appréciée au vu du mémoire technique et décomposée en trois sous-critères : "
           "méthodologie et planning (25 points), moyens humains et matériels affectés au chantier (10 points), gestion "
           "environnementale du chantier – tri des déchets, limitation du bruit et des poussières (10 points)."],
          "Une offre anormalement basse peut être rejetée après demande de précisions."),
        F_remise(c, 0, "vendredi 12 mars 2027 à 12 h 00"),
        F_renseignements(c, 0, "3 mars 2027"),
        A("Délai de validité des offres", "Le délai de validité des offres est de 120 jours à compter de la date limite de réception."),
    )
    rc = PIECE("RC_2027-VSA-07.pdf", "RC", hdr, "Règlement de la consultation", DOC(
        ["COMMUNE DE VALMORIN-SUR-AULNE", "RÈGLEMENT DE LA CONSULTATION",
         "Réhabilitation et extension du groupe scolaire Jules-Ferry", "Marché public de travaux – procédure adaptée"],
        ["Référence : %s" % ref, "Date limite de remise des offres : vendredi 12 mars 2027, 12 h 00",
         "Mairie de Valmorin-sur-Aulne – 2, place de la Halle – 22 417 Valmorin-sur-Aulne – SIRET 212 204 170 00018"],
        rc_body), L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=5,
                    montant_estime_ht=968000,
                    evidence=["Les lots 1, 2 et 4 comportent une clause d'insertion", "réserveront une partie des heures de travail",
                              "gestion environnementale du chantier – tri des déchets", "répartis en cinq lots",
                              "[412 000 + 268 500 + 96 400 + 133 100 + 58 000 = 968 000]"]), hyphen=True)

    heures = RTAB([["Lot", "Intitulé", "Heures d'insertion"],
                   ["1", "Gros œuvre – démolitions – VRD", "630 heures"],
                   ["2", "Charpente bois – couverture zinc – étanchéité", "350 heures"],
                   ["4", "Plâtrerie – peinture – faux plafonds", "140 heures"],
                   ["3 et 5", "Menuiseries intérieures ; électricité", "non concernés"]], widths=[1, 5, 2], align="llr")
    ccap_body = flat(
        A("Objet et allotissement",
          "Le présent CCAP s'applique aux marchés de travaux de réhabilitation et d'extension du groupe scolaire Jules-Ferry. "
          "L'opération est allotie en cinq lots, désignés à l'article 3 du règlement de la consultation ; chaque lot fait l'objet "
          "d'un marché conclu avec un titulaire unique ou un groupement.",
          "Les stipulations communes s'appliquent à tous les lots ; les stipulations propres à un lot le précisent."),
        F_pieces(c, 0, extra=["la charte chantier à faibles nuisances (annexe 1) ;", "la décomposition du prix global et forfaitaire ;"]),
        A("Délais et calendrier",
          "Le délai d'exécution de chaque lot part de la date fixée par l'ordre de service de démarrage. Pendant l'année de parfait "
          "achèvement, le titulaire intervient dans un délai de 48 heures après signalement d'un désordre affectant le clos ou le couvert, "
          "et dans un délai de 8 jours pour les autres désordres.",
          "Les travaux sont exécutés en site occupé durant les petites vacances ; les horaires de chantier sont fixés de 7 h 30 à 18 h."),
        A("Prix et variation des prix",
          "Les prix sont globaux et forfaitaires. Ils sont révisables par application de l'index BT01 (lots 1, 2 et 4) ou des "
          "index BT16b et BT47 (lots 3 et 5), le mois zéro étant celui de la date limite de remise des offres."),
        F_avance(c, 0, "10"),
        A("Retenue de garantie",
          "Une retenue de garantie de 5 % du montant initial du marché, augmenté le cas échéant du montant des modifications, est "
          "appliquée. Elle peut être remplacée par une garantie à première demande."),
        A("Pénalités",
          "Par dérogation à l'article 19.2.3 du CCAG, le titulaire subit, en cas de retard, une pénalité journalière de 1/3000 du "
          "montant du marché. L'absence non excusée aux réunions de chantier entraîne une pénalité de 150 € par absence."),
        A("Sous-traitance",
          "Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de l'acceptation du sous-traitant "
          "et de l'agrément de ses conditions de paiement. Le sous-traitant direct dont la part dépasse 600 € TTC bénéficie du "
          "paiement direct."),
        [H("Article 9 – Clause sociale d'insertion"),
         H2("9.1 Principe"),
         P("En application de l'article L2112-2 du code de la commande publique, les titulaires des lots 1, 2 et 4 réalisent une "
           "action d'insertion qui permet l'accès ou le retour à l'emploi de personnes rencontrant des difficultés sociales ou "
           "professionnelles particulières. Cette obligation constitue une condition d'exécution du marché."),
         H2("9.2 Publics éligibles"),
         LST(["demandeurs d'emploi inscrits depuis plus de douze mois ;", "bénéficiaires du RSA, de l'ASS ou de l'AAH ;",
              "jeunes de moins de 26 ans sortis du système scolaire sans diplôme ;",
              "personnes prises en charge par une structure d'insertion par l'activité économique ;",
              "toute personne validée par le facilitateur sur avis motivé."]),
         H2("9.3 Volume d'heures à réaliser"),
         P("Le nombre minimal d'heures de travail à réserver aux publics éligibles est fixé pour chaque lot concerné :"),
         heures,
         H2("9.4 Modalités de mise en œuvre"),
         P("Le titulaire choisit librement entre l'embauche directe, la mise à disposition de salariés par une entreprise de travail "
           "temporaire d'insertion, une association intermédiaire ou un GEIQ, et la sous-traitance ou la co-traitance avec une SIAE. "
           "Le facilitateur du PLIE du Pays d'Aulne accompagne les entreprises et contrôle les heures réalisées."),
         H2("9.5 Contrôle et pénalités"),
         P("Le titulaire transmet chaque mois l'état des heures réalisées. En cas de non-respect de l'engagement, une pénalité de "
           "60 € HT par heure d'insertion non réalisée est appliquée, sans mise en demeure préalable.")],
        [H("Article 10 – Gestion environnementale du chantier"),
         P("Les titulaires trient les déchets de chantier au minimum en cinq flux (bois, métaux, plâtre, inertes, déchets non dangereux en "
           "mélange) et justifient de leur valorisation par les bordereaux de suivi des déchets. Un taux de valorisation matière d'au moins "
           "70 % en masse est exigé pour le lot 1. Le brûlage et l'enfouissement sur place sont interdits."),
         P("Les engins et outils utilisés respectent les valeurs limites d'émission sonore ; le lavage des outils et des bennes à enduit "
           "se fait dans un bac de décantation, sans rejet au réseau pluvial.")],
        A("Période de préparation",
          "La période de préparation, d'une durée d'un mois, n'est pas comprise dans le délai d'exécution. Pendant cette période, "
          "chaque titulaire remet son plan particulier de sécurité et de protection de la santé, ses plans d'exécution et ses fiches "
          "techniques ; le maître d'œuvre les vise dans un délai de huit jours."),
        A("Organisation du chantier",
          "Le lot 1 installe et entretient le cantonnement commun (vestiaires, réfectoire, sanitaires) et les bennes de tri. Les "
          "dépenses communes (consommations d'eau et d'électricité, nettoyage du cantonnement, gardiennage éventuel) sont réparties "
          "par un compte prorata géré par le titulaire du lot 1, au prorata du montant de chaque marché.",
          "L'accès au chantier se fait exclusivement par le portail de la rue des Lavandières ; le stationnement des véhicules des "
          "entreprises est interdit dans la cour de l'école."),
        A("Hygiène et sécurité",
          "L'opération relève de la catégorie 2 au sens du code du travail. Le coordonnateur SPS est le cabinet Arvor Prévention. "
          "Chaque titulaire respecte le plan général de coordination ; les interventions en site occupé font l'objet d'un permis de "
          "travail délivré par la directrice de l'école."),
        A("Réception",
          "Les opérations préalables à la réception sont organisées par lot. Par dérogation à l'article 41.1 du CCAG, la réception "
          "des lots 1 à 5 est prononcée simultanément, dans un délai de vingt jours à compter de la fin des travaux du dernier lot."),
        A("Documents fournis après exécution",
          "Le dossier des ouvrages exécutés (plans de récolement, notices de fonctionnement et d'entretien, procès-verbaux d'essais) "
          "est remis en trois exemplaires dont un sous forme numérique, au plus tard un mois après la réception. Une retenue de 2 % "
          "du montant du décompte est pratiquée jusqu'à sa remise."),
        F_assurances(c, 0), F_resiliation(c, 0), F_litiges(c, 0),
        F_derog(c, 0, ["article 2 : dérogation à l'article 4.1 du CCAG ;", "article 7 : dérogation à l'article 19.2.3 du CCAG ;", "article 14 : dérogation à l'article 41.1 du CCAG."]),
    )
    ccap = PIECE("CCAP_2027-VSA-07.pdf", "CCAP", hdr, "CCAP – commun aux lots 1 à 5", DOC(
        ["COMMUNE DE VALMORIN-SUR-AULNE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
         "Réhabilitation et extension du groupe scolaire Jules-Ferry"],
        ["Référence : %s" % ref, "Document commun à l'ensemble des lots"], ccap_body),
        L(clause_sociale=1, clause_insertion=1, heures_insertion=1120, clause_environnementale=1, allotissement=1, nb_lots=5,
          evidence=["L'opération est allotie en cinq lots", "les titulaires des lots 1, 2 et 4 réalisent une action d'insertion",
                    "630 heures", "350 heures", "140 heures", "[630 + 350 + 140 = 1 120]",
                    "trient les déchets de chantier au minimum en cinq flux"]), hyphen=True)

    ae = PIECE("AE_lot03_menuiseries.docx", "AE", hdr, "Acte d'engagement – lot 3", [
        TITLE("COMMUNE DE VALMORIN-SUR-AULNE", "ACTE D'ENGAGEMENT", "Lot n° 3 : Menuiseries intérieures bois",
              "Réhabilitation et extension du groupe scolaire Jules-Ferry – %s" % ref),
        H("A – Objet de l'acte d'engagement"),
        P("Le présent acte d'engagement concerne le lot n° 3 « Menuiseries intérieures bois » de la consultation %s. Les autres lots "
          "font l'objet d'actes d'engagement distincts." % ref),
        H("B – Engagement du titulaire"),
        P("Après avoir pris connaissance des pièces du marché, je m'engage, sans réserve, à exécuter les travaux du lot n° 3 au prix "
          "global et forfaitaire suivant :"),
        TAB([["Montant hors taxes", "………………… €"], ["TVA au taux de 20 %", "………………… €"], ["Montant TTC", "………………… €"]],
            header=False),
        P("Le lot n° 3 n'est pas concerné par l'action d'insertion prévue à l'article 9 du CCAP."),
        H("C – Sous-traitance"),
        P("Montant des prestations que j'envisage de sous-traiter (annexe DC4 jointe) : ………………… € HT."),
        H("D – Délai d'exécution"),
        P("Le délai d'exécution du lot est celui du calendrier détaillé d'exécution ; il ne peut excéder quatre mois."),
        H("E – Paiement"),
        P("Compte à créditer : IBAN …………………………………… ; BIC ……………"),
        H("F – Signature du candidat"),
        P("Fait à ……………………, le …………………… Signature du représentant habilité :"),
        H("G – Acceptation de l'offre par le pouvoir adjudicateur"),
        P("Est acceptée la présente offre pour valoir acte d'engagement. À Valmorin-sur-Aulne, le …………………… Le maire :"),
    ], L(allotissement=1, evidence=["Le présent acte d'engagement concerne le lot n° 3"]))

    rows = [["N°", "Désignation des ouvrages", "U", "Qté", "P.U. HT", "Montant HT"]]
    items = [
        ("1", "INSTALLATION DE CHANTIER", "", "", ""),
        ("1.1", "Amenée et repli des installations, clôture de chantier", "ft", "1"),
        ("1.2", "Bungalows vestiaires, réfectoire et sanitaires", "mois", "11"),
        ("1.3", "Panneau de chantier réglementaire", "u", "1"),
        ("1.4", "Branchements provisoires eau et électricité", "ft", "1"),
        ("2", "DÉMOLITIONS", "", ""),
        ("2.1", "Démolition du préau existant (charpente métallique)", "m²", "186"),
        ("2.2", "Démolition de dallage béton ép. 12 cm", "m²", "240"),
        ("2.3", "Dépose de cloisons briques", "m²", "95"),
        ("2.4", "Ouverture de baies dans murs porteurs y compris linteaux", "u", "6"),
        ("2.5", "Évacuation des gravats en centre agréé", "m³", "140"),
        ("3", "TERRASSEMENTS", "", ""),
        ("3.1", "Décapage de terre végétale ép. 30 cm", "m²", "420"),
        ("3.2", "Fouilles en rigole pour semelles filantes", "m³", "64"),
        ("3.3", "Fouilles en puits", "m³", "18"),
        ("3.4", "Remblais compactés en matériaux d'apport", "m³", "75"),
        ("4", "FONDATIONS", "", ""),
        ("4.1", "Béton de propreté", "m³", "9"),
        ("4.2", "Semelles filantes béton armé", "m³", "38"),
        ("4.3", "Longrines préfabriquées", "ml", "72"),
        ("4.4", "Massifs isolés", "u", "12"),
        ("5", "DALLAGES", "", ""),
        ("5.1", "Hérisson en grave 0/31,5 ép. 20 cm", "m²", "410"),
        ("5.2", "Polyane et isolant sous dallage", "m²", "410"),
        ("5.3", "Dallage béton armé ép. 15 cm, finition surfacée", "m²", "410"),
        ("6", "ÉLÉVATIONS", "", ""),
        ("6.1", "Murs en blocs béton ép. 20 cm", "m²", "365"),
        ("6.2", "Voiles béton banché", "m²", "88"),
        ("6.3", "Poteaux béton armé", "ml", "54"),
        ("6.4", "Poutres et chaînages", "ml", "210"),
        ("6.5", "Linteaux préfabriqués", "u", "24"),
        ("7", "PLANCHERS", "", ""),
        ("7.1", "Plancher poutrelles-hourdis ép. 16+4", "m²", "230"),
        ("7.2", "Trémies et chevêtres", "u", "3"),
        ("8", "RÉSEAUX ET VRD", "", ""),
        ("8.1", "Réseau EU/EV PVC DN 125 sous dallage", "ml", "66"),
        ("8.2", "Réseau EP PVC DN 160", "ml", "92"),
        ("8.3", "Regards de visite 40x40", "u", "9"),
        ("8.4", "Raccordement au réseau public", "u", "2"),
        ("8.5", "Enrobés de la cour, y compris couche de forme", "m²", "310"),
        ("8.6", "Bordures T2 et caniveaux CC1", "ml", "118"),
        ("9", "TRAVAUX DIVERS", "", ""),
        ("9.1", "Main-d'œuvre pour reprises ponctuelles (compagnon)", "h", "120"),
        ("9.2", "Main-d'œuvre d'aide (manœuvre)", "h", "80"),
        ("9.3", "Rebouchages après passage des autres corps d'état", "ft", "1"),
        ("9.4", "Nettoyage de fin de chantier", "ft", "1"),
    ]
    for it in items:
        if len(it) == 5 or it[2] == "":
            rows.append([it[0], it[1], "", "", "", ""])
        else:
            rows.append([it[0], it[1], it[2], it[3], "", ""])
    rows.append(["", "TOTAL HT DU LOT 1", "", "", "", ""])
    dpgf = PIECE("DPGF_lot01_gros_oeuvre.pdf", "DPGF", hdr, "DPGF – lot 1 Gros œuvre – démolitions – VRD", [
        TITLE("COMMUNE DE VALMORIN-SUR-AULNE", "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE",
              "Lot n° 1 : Gros œuvre – démolitions – VRD", "Référence %s" % ref),
        P("Les quantités sont données à titre indicatif. L'entreprise les vérifie et les complète sous sa responsabilité ; le prix "
          "global et forfaitaire reste dû quelles que soient les quantités réellement mises en œuvre."),
        RTAB(rows, widths=[0.8, 5.2, 0.7, 0.8, 1.2, 1.4], align="lllrrr"),
        P("Cachet et signature de l'entreprise :"),
    ], L(allotissement=1, evidence=["Lot n° 1 : Gros œuvre – démolitions – VRD"]))

    charte = PIECE("Annexe1_charte_chantier.pdf", "AUTRE", hdr, "Annexe 1 au CCAP – Charte chantier à faibles nuisances", [
        TITLE("COMMUNE DE VALMORIN-SUR-AULNE", "CHARTE CHANTIER À FAIBLES NUISANCES", "Annexe 1 au CCAP – %s" % ref),
        P("La présente charte s'impose à toutes les entreprises intervenant sur le chantier du groupe scolaire, titulaires et "
          "sous-traitants. Elle est signée par chaque entreprise avant son arrivée sur le site."),
        H("1. Limitation des nuisances"),
        P("Le chantier jouxte des classes occupées. Les tâches bruyantes (perçage, sciage, démolition) sont regroupées entre 8 h 30 "
          "et 11 h 30 puis entre 13 h 30 et 16 h 30. Les moteurs sont coupés à l'arrêt. Les voies d'accès sont nettoyées chaque soir."),
        H("2. Gestion des déchets"),
        P("Chaque entreprise trie ses déchets dans les bennes mises à disposition par l'entreprise de gros œuvre : bois, métaux, plâtre, gravats inertes, "
          "cartons et emballages, déchets non dangereux en mélange. Les déchets dangereux (pots de peinture, solvants, cartouches de "
          "mastic) sont stockés sur rétention et évacués vers une filière agréée. Les bordereaux de suivi sont remis au maître d'œuvre."),
        H("3. Protection de l'eau et des sols"),
        P("Aucun produit ne doit être déversé dans les regards. Les laitances de béton sont recueillies dans une fosse étanche ; les "
          "stockages d'hydrocarbures sont placés sur bac de rétention."),
        H("4. Suivi"),
        P("Un responsable environnement est désigné par chaque entreprise. Le maître d'œuvre consigne les manquements au journal de "
          "chantier ; ils sont sanctionnés par les pénalités prévues au CCAP."),
    ], L(clause_environnementale=1, evidence=["Chaque entreprise trie ses déchets dans les bennes",
                                               "évacués vers une filière agréée"]))

    return dict(id="d01", title="Commune de Valmorin-sur-Aulne – réhabilitation du groupe scolaire (travaux, 5 lots)",
                pieces=[rc, ccap, ae, dpgf, charte],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=1120, allotissement=1, nb_lots=5, montant_estime_ht=968000),
                note="Lots : cinq lots numérotés dans le tableau du RC (art. 3), repris par le CCAP ; l'AE ne vaut que pour le lot 3 et "
                     "la DPGF pour le lot 1. Montant estimé : somme des estimations par lot du RC (412 000 + 268 500 + 96 400 + "
                     "133 100 + 58 000 = 968 000), aucun total écrit. Heures : tableau du CCAP 9.3 (630 + 350 + 140 = 1 120), sans total. "
                     "Pièges : enveloppe de l'opération 1 450 000 € TTC ; seuil de 5 404 000 € HT ; 48 heures de délai d'intervention ; "
                     "pénalité de 60 € HT par heure ; heures de main-d'œuvre de la DPGF (120 h, 80 h) ; horaires de chantier ; "
                     "avance de 10 % et retenue de 5 %.")


# ============================================================================= d02
def d02():
    c = C("la communauté de communes du Pays de Lesteyre", "tribunal administratif de Limoges", delai=30,
          profil="https://www.achats-lesteyre.fr", ref="CCPL-2027-EV-01")
    ref = "CCPL-2027-EV-01"
    hdr = "Communauté de communes du Pays de Lesteyre – Entretien des espaces verts – %s" % ref
    rc = PIECE("RC_CCPL-2027-EV-01.docx", "RC", hdr, "Règlement de consultation", DOC(
        ["COMMUNAUTÉ DE COMMUNES DU PAYS DE LESTEYRE", "RÈGLEMENT DE CONSULTATION",
         "Entretien des espaces verts communautaires 2027-2030", "Accord-cadre à bons de commande"],
        ["Pôle technique et environnement – 14, avenue du Limousin – 87 390 Lesteyre", "Date limite : 8 février 2027 à 16 h 00"],
        flat(
            A("Objet",
              "La consultation a pour objet l'entretien courant des espaces verts des zones d'activités, des abords des équipements "
              "communautaires (piscine, médiathèque, maison de santé) et des cimetières intercommunaux. Les prestations sont exécutées "
              "par émission de bons de commande sur la base des prix du bordereau."),
            A("Allotissement",
              "Les prestations sont divisées en trois lots :",
              ["lot 1 : tonte, fauchage et débroussaillage des zones d'activités ;",
               "lot 2 : taille des haies, élagage et abattage ponctuel ;",
               "lot 3 : entretien des cimetières et du jardin du souvenir."],
              "Un même candidat peut présenter une offre pour chacun des lots, mais ne peut être attributaire de plus de deux lots. "
              "Si un candidat est classé premier sur les trois lots, il est attributaire des deux lots de plus forte valeur."),
            A("Lot réservé",
              "En application de l'article L2113-12 du code de la commande publique, le lot 3 est réservé aux entreprises adaptées, aux "
              "établissements et services d'aide par le travail et aux structures équivalentes qui emploient une proportion minimale de "
              "50 % de travailleurs handicapés. Le candidat au lot 3 joint à sa candidature le justificatif de son statut."),
            A("Durée",
              "Chaque accord-cadre est conclu pour une période initiale d'un an à compter du 1er avril 2027. Il est reconductible "
              "tacitement trois fois par période d'un an, sans que sa durée totale puisse excéder quatre ans. Les montants minimum et "
              "maximum de chaque lot sont fixés à l'article 5 du CCAP."),
            F_candidature(c, 1),
            A("Critères d'attribution",
              "L'offre économiquement la plus avantageuse est appréciée, pour chaque lot, au regard des critères suivants :",
              ["prix, apprécié sur un détail quantitatif estimatif non contractuel : 50 % ;",
               "valeur technique (organisation, matériels, encadrement, réactivité) : 35 % ;",
               "performance environnementale de l'offre – gestion différenciée, part de matériels électriques, devenir des déchets verts : 15 %."]),
            F_remise(c, 1, "8 février 2027 à 16 h 00"),
            F_renseignements(c, 1, ""),
        )), L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=3,
              evidence=["divisées en trois lots", "En application de l'article L2113-12 du code de la commande publique, le lot 3 est réservé",
                        "performance environnementale de l'offre"]))

    montants = RTAB([["Lot", "Montant minimum HT par période", "Montant maximum HT par période"],
                     ["1 – Tonte, fauchage, débroussaillage", "8~000 €", "48~000 €"],
                     ["2 – Taille, élagage, abattage", "4~000 €", "22~000 €"],
                     ["3 – Cimetières et jardin du souvenir (lot réservé)", "2~000 €", "15~000 €"]], widths=[4, 2.5, 2.5], align="lrr")
    ccap = PIECE("CCAP_CCPL-2027-EV-01.pdf", "CCAP", hdr, "CCAP – accord-cadre espaces verts", DOC(
        ["COMMUNAUTÉ DE COMMUNES DU PAYS DE LESTEYRE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
         "Entretien des espaces verts communautaires – accords-cadres à bons de commande"],
        ["Référence : %s" % ref, "Commun aux lots 1, 2 et 3"],
        flat(
            A("Objet et forme du marché",
              "Le présent CCAP régit les accords-cadres mono-attributaires à bons de commande passés pour l'entretien des espaces verts "
              "communautaires, en application des articles R2162-2 et R2162-13 à R2162-14 du code de la commande publique. La "
              "consultation comporte trois lots ; chaque lot donne lieu à un accord-cadre distinct."),
            A("Lot réservé",
              "Le lot 3 est un marché réservé (article L2113-12 du code de la commande publique). Le titulaire maintient, pendant toute "
              "la durée du contrat, la proportion de travailleurs handicapés exigée par l'article R2113-7."),
            F_pieces(c, 1, extra=["le bordereau des prix unitaires du lot"]),
            A("Durée et reconduction",
              "La période initiale court du 1er avril 2027 au 31 mars 2028. L'accord-cadre est reconduit tacitement par périodes d'un "
              "an, trois fois au plus. Le titulaire ne peut refuser la reconduction."),
            [H("Article 5 – Montants minimum et maximum"),
             P("Pour chaque lot, les commandes passées au cours d'une période respectent les montants suivants :"),
             montants,
             P("Ces montants s'appliquent à chacune des périodes d'exécution : la période initiale puis chacune des trois reconductions. "
               "Un bon de commande d'un montant inférieur à 300 € HT peut être regroupé avec le suivant.")],
            A("Émission des bons de commande",
              "Les bons sont émis par le responsable du pôle technique et transmis par courriel. Ils précisent le site, la nature des "
              "travaux, les quantités et le délai d'exécution. Sauf urgence, le titulaire intervient dans les 72 heures suivant la "
              "réception du bon ; en cas de chute d'arbre sur la voie publique, le délai d'intervention est ramené à 4 heures."),
            A("Prix",
              "Les prix unitaires sont fermes la première année puis révisés à chaque reconduction par application de l'indice "
              "« Entretien des espaces verts » publié par l'INSEE, avec une clause de sauvegarde de 4 %."),
            F_paiement(c, 1),
            A("Pénalités",
              "Tout retard d'intervention donne lieu à une pénalité de 150 € par jour calendaire. Une prestation mal exécutée et non "
              "reprise dans les 48 heures après constat contradictoire est réfactionnée de 50 %."),
            A("Prescriptions environnementales d'exécution",
              "Le titulaire n'utilise aucun produit phytosanitaire de synthèse, y compris dans les cimetières et sur les terrains de sport. "
              "Les déchets verts sont broyés et réutilisés en paillage sur place ou apportés en plateforme de compostage ; leur mise en "
              "décharge et leur brûlage sont interdits.",
              "Au moins la moitié des outils à main (taille-haies, souffleurs, débroussailleuses) mis en œuvre sur les sites "
              "communautaires sont électriques sur batterie. Les huiles de chaîne sont biodégradables."),
            F_assurances(c, 2), F_resiliation(c, 1), F_litiges(c, 1),
        )), L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=340000,
              evidence=["La consultation comporte trois lots", "Le lot 3 est un marché réservé (article L2113-12",
                        "48 000 €", "22 000 €", "15 000 €", "chacune des périodes d'exécution",
                        "[(48 000 + 22 000 + 15 000) x 4 = 340 000]", "aucun produit phytosanitaire de synthèse"]), hyphen=True)

    cctp_blocks = DOC(
        ["COMMUNAUTÉ DE COMMUNES DU PAYS DE LESTEYRE", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
         "Entretien des espaces verts communautaires"],
        ["Référence : %s" % ref, "Le présent CCTP est commun aux trois lots de la consultation."],
        flat(
            A("Description des sites",
              "Les sites sont répartis sur onze communes. Leur liste, leur surface et leur classe d'entretien figurent à l'annexe "
              "cartographique. Les zones d'activités (lot 1) représentent 38 hectares, dont 9 en fauche tardive ; les haies (lot 2) "
              "totalisent 14 kilomètres linéaires ; les cimetières (lot 3) sont au nombre de six."),
            A("Gestion différenciée",
              "Les espaces sont classés en trois codes : code 1 (abords de bâtiments, tonte à 6 cm toutes les deux semaines d'avril à "
              "octobre), code 2 (accotements et talus, deux fauches par an) et code 3 (prairies, une fauche tardive après le 15 juillet, "
              "avec exportation des produits de coupe)."),
            A("Désherbage",
              "Le désherbage est exclusivement mécanique, thermique ou manuel. L'emploi de tout produit phytopharmaceutique de synthèse, "
              "y compris de biocontrôle hors liste officielle, est proscrit sur l'ensemble des sites."),
            A("Taille et élagage",
              "La taille des haies a lieu hors période de nidification, soit entre le 1er septembre et le 15 mars. Les coupes respectent "
              "le port naturel de l'arbre ; les interventions sur des arbres remarquables font l'objet d'un diagnostic préalable."),
            A("Déchets verts",
              "Les produits de tonte sont laissés sur place (mulching) sauf sur les sites de code 1. Les branchages sont broyés sur place et "
              "le broyat est étalé au pied des massifs ; l'excédent est apporté sur la plateforme de compostage de Bellac-le-Haut. "
              "La déchetterie communautaire de Lesteyre, également utilisable pour les souches, est ouverte du lundi au samedi de "
              "8 h 30 à 12 h et de 13 h 30 à 17 h 30."),
            A("Matériels",
              "Le titulaire utilise des matériels en bon état, conformes aux normes de sécurité et d'émissions sonores. Pour les sites "
              "situés à moins de cinquante mètres d'habitations, les souffleurs thermiques sont interdits."),
            A("Cimetières (lot 3)",
              "Les allées sont enherbées progressivement. L'entretien comprend le désherbage manuel des inter-tombes, le ramassage des "
              "fleurs fanées après la Toussaint et l'entretien du jardin du souvenir. Les interventions sont suspendues pendant les "
              "cérémonies ; le titulaire se coordonne avec les services de la commune concernée."),
            A("Sécurité",
              "Le titulaire signale ses chantiers conformément à l'instruction interministérielle sur la signalisation routière. Les "
              "agents portent des équipements de haute visibilité."),
        ))
    cctp = PIECE("CCTP_CCPL-2027-EV-01.pdf", "CCTP", hdr, "CCTP – espaces verts", cctp_blocks,
                 L(clause_environnementale=1, allotissement=1, nb_lots=3,
                   evidence=["commun aux trois lots", "L'emploi de tout produit phytopharmaceutique de synthèse",
                             "le broyat est étalé au pied des massifs"]), cols=2, hyphen=True)

    bpu = PIECE("BPU_lot2_taille_elagage.docx", "BPU", hdr, "BPU lot 2", [
        TITLE("COMMUNAUTÉ DE COMMUNES DU PAYS DE LESTEYRE", "BORDEREAU DES PRIX UNITAIRES",
              "Lot n° 2 : Taille des haies, élagage et abattage ponctuel", "Accord-cadre %s" % ref),
        P("Les prix s'entendent hors taxes, toutes sujétions comprises (déplacement, signalisation, évacuation ou broyage des produits)."),
        TAB([["N°", "Désignation", "Unité", "Prix unitaire HT"],
             ["2.01", "Taille de haie basse (hauteur < 2 m), deux faces et dessus", "ml", ""],
             ["2.02", "Taille de haie haute (hauteur 2 à 4 m), avec nacelle", "ml", ""],
             ["2.03", "Élagage d'un arbre de circonférence 50 à 100 cm", "u", ""],
             ["2.04", "Élagage d'un arbre de circonférence > 100 cm", "u", ""],
             ["2.05", "Abattage et dessouchage d'un arbre < 100 cm", "u", ""],
             ["2.06", "Heure de main-d'œuvre d'un ouvrier paysagiste (travaux hors bordereau)", "heure", ""],
             ["2.07", "Heure de nacelle 14 m avec conducteur", "heure", ""],
             ["2.08", "Heure de grimpeur-élagueur", "heure", ""],
             ["2.09", "Broyage de branchages sur site, y compris étalement", "m³", ""]]),
        P("Fait à ……………… le ……………… Signature :"),
    ], L(allotissement=1, evidence=["Lot n° 2 : Taille des haies, élagage et abattage ponctuel"]))

    avis = PIECE("Avis_BOAMP_CCPL-2027-EV-01.txt", "AVIS", hdr, "", [
        TITLE("AVIS DE MARCHÉ", "Services – Entretien des espaces verts communautaires"),
        H("SECTION 1 : IDENTIFICATION DE L'ACHETEUR"),
        P("Nom complet de l'acheteur : Communauté de communes du Pays de Lesteyre. Type : collectivité territoriale. "
          "N° SIRET : 248 700 512 00027. Ville : Lesteyre. Code postal : 87390."),
        H("SECTION 2 : COMMUNICATION"),
        P("Lien d'accès aux documents de consultation : https://www.achats-lesteyre.fr"),
        H("SECTION 4 : IDENTIFICATION DU MARCHÉ"),
        P("Intitulé : Entretien des espaces verts communautaires 2027-2030. Code CPV principal : 77310000. Type de marché : services. "
          "Description : accords-cadres à bons de commande avec montant minimum et maximum. Lieu principal d'exécution : territoire "
          "communautaire. Durée : 12 mois, reconductible 3 fois. Valeur maximale de l'accord-cadre : 85 000 euros HT par an, "
          "tous lots confondus."),
        P("La procédure d'achat du présent avis est couverte par l'accord sur les marchés publics de l'OMC : non. "
          "Un mécanisme dynamique d'achat : non."),
        H("SECTION 5 : LOTS"),
        P("Ce marché est divisé en lots : oui. Nombre de lots : 3. Possibilité de présenter une offre pour tous les lots, "
          "nombre maximal de lots attribués à un même soumissionnaire : 2."),
        P("Lot 1 – Tonte, fauchage, débroussaillage. Lot 2 – Taille des haies, élagage. Lot 3 – Cimetières et jardin du souvenir."),
        H("SECTION 6 : CONDITIONS DE PARTICIPATION ET D'EXÉCUTION"),
        P("Marché réservé : oui pour le lot 3, aux entreprises adaptées et aux ESAT (article L2113-12 du code de la commande publique)."),
        P("Conditions particulières d'exécution : entretien sans aucun produit phytosanitaire de synthèse ; valorisation obligatoire "
          "des déchets verts par broyage ou compostage."),
        H("SECTION 7 : CRITÈRES D'ATTRIBUTION"),
        P("Prix : 50 %. Valeur technique : 35 %. Performance environnementale : 15 %."),
        H("SECTION 8 : PROCÉDURE"),
        P("Procédure adaptée ouverte. Date limite de réception des offres : 8 février 2027 à 16 h 00. Date d'envoi du présent avis : "
          "11 janvier 2027."),
    ], L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=3,
         montant_max_ht=340000,
         evidence=["Nombre de lots : 3", "aux entreprises adaptées et aux ESAT (article L2113-12",
                   "entretien sans aucun produit phytosanitaire de synthèse", "Performance environnementale : 15 %",
                   "85 000 euros HT par an", "[85 000 x 4 périodes d'un an = 340 000]"]))

    return dict(id="d02", title="Communauté de communes du Pays de Lesteyre – espaces verts (accords-cadres, 3 lots, lot 3 réservé)",
                pieces=[rc, ccap, cctp, bpu, avis],
                pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=3, montant_max_ht=340000, reserve_base="L2113-12"),
                note="Maximum : le CCAP donne un maximum par lot et par période (48 000, 22 000, 15 000) valable pour chacune des "
                     "quatre périodes (initiale + trois reconductions) : (48 000 + 22 000 + 15 000) x 4 = 340 000 ; l'avis écrit "
                     "85 000 € HT par an tous lots confondus pour 12 mois reconductibles 3 fois, même total. Pièges : minima par "
                     "période ; bons inférieurs à 300 € ; « deux lots » au plus par attributaire ; délais de 72 et 4 heures ; heures "
                     "de main-d'œuvre et de nacelle du BPU ; horaires de la déchetterie ; 50 % de travailleurs handicapés. Réservation "
                     "du lot 3 sur la base L2113-12 (citée dans le RC, le CCAP et l'avis).")


# ============================================================================= d03
EFORMS_D03 = """<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
 xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1"
 xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1"
 xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1"
 xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2">
  <ext:UBLExtensions>
    <ext:UBLExtension>
      <ext:ExtensionContent>
        <efext:EformsExtension>
          <efac:Organizations>
            <efac:Organization>
              <efac:Company>
                <cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>
                <cac:PartyName><cbc:Name languageID="FRA">Centre hospitalier intercommunal de Brévanne-Lassigny</cbc:Name></cac:PartyName>
                <cac:PartyLegalEntity><cbc:CompanyID>26590412300016</cbc:CompanyID></cac:PartyLegalEntity>
                <cac:PostalAddress>
                  <cbc:StreetName>12 boulevard Ambroise-Paré</cbc:StreetName>
                  <cbc:CityName>Brévanne</cbc:CityName>
                  <cbc:PostalZone>59714</cbc:PostalZone>
                  <cbc:CountrySubentityCode listName="nuts">FRE11</cbc:CountrySubentityCode>
                  <cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country>
                </cac:PostalAddress>
                <cac:Contact>
                  <cbc:Name>Direction des achats et de la logistique</cbc:Name>
                  <cbc:Telephone>+33 3 27 48 12 00</cbc:Telephone>
                  <cbc:ElectronicMail>achats@chi-brevanne-lassigny.fr</cbc:ElectronicMail>
                </cac:Contact>
              </efac:Company>
            </efac:Organization>
          </efac:Organizations>
        </efext:EformsExtension>
      </ext:ExtensionContent>
    </ext:UBLExtension>
  </ext:UBLExtensions>
  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>
  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>
  <cbc:ID schemeName="notice-id">5c1e7a42-3b9d-4f60-9e8a-2d7c4b11a903</cbc:ID>
  <cbc:ContractFolderID>8d2f0c6e-71a4-4b5e-a0d3-6f9e2c8b1a47</cbc:ContractFolderID>
  <cbc:IssueDate>2027-02-15+01:00</cbc:IssueDate>
  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
  <cac:ContractingParty>
    <cac:ContractingPartyType><cbc:PartyTypeCode listName="buyer-legal-type">body-pl</cbc:PartyTypeCode></cac:ContractingPartyType>
    <cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification></cac:Party>
  </cac:ContractingParty>
  <cac:TenderingProcess>
    <cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>
  </cac:TenderingProcess>
  <cac:ProcurementProject>
    <cbc:ID schemeName="InternalID">CHIBL-2027-LING-04</cbc:ID>
    <cbc:Name languageID="FRA">Traitement et location-entretien du linge hospitalier</cbc:Name>
    <cbc:Description languageID="FRA">Accord-cadre à bons de commande, mono-attributaire, portant sur la location, l'enlèvement, le lavage, la désinfection et la livraison du linge plat, des tenues professionnelles et du linge des résidents des trois sites du centre hospitalier. Le marché n'est pas alloti : il est conclu en lot unique, la continuité de la chaîne du linge imposant un seul prestataire.</cbc:Description>
    <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
    <cac:RequestedTenderTotal>
      <cbc:EstimatedOverallContractAmount currencyID="EUR">900000</cbc:EstimatedOverallContractAmount>
    </cac:RequestedTenderTotal>
    <cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">98311000</cbc:ItemClassificationCode></cac:MainCommodityClassification>
  </cac:ProcurementProject>
  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">LOT-0001</cbc:ID>
    <cac:TenderingTerms>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement>
          <cbc:TendererRequirementTypeCode listName="reserved-procurement">none</cbc:TendererRequirementTypeCode>
        </cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>
      <cac:ContractExecutionRequirement>
        <cbc:ExecutionRequirementCode listName="conditions">performance</cbc:ExecutionRequirementCode>
        <cbc:Description languageID="FRA">Clause sociale d'insertion : le titulaire réserve à des personnes éloignées de l'emploi un volume de 4 821 heures de travail sur la durée totale de l'accord-cadre, reconductions comprises (article 7 du CCAP). Clause environnementale : lessives et produits de désinfection titulaires de l'Écolabel européen ou équivalent, livraisons effectuées par des véhicules Crit'Air 1 ou électriques, housses de transport réutilisables en remplacement des films plastiques (article 8 du CCAP).</cbc:Description>
      </cac:ContractExecutionRequirement>
      <cac:AwardingTerms>
        <cac:AwardingCriterion>
          <cac:SubordinateAwardingCriterion>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">price</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">Prix</cbc:Name>
            <efext:EformsExtension><efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode><efbc:ParameterNumeric>50</efbc:ParameterNumeric></efac:AwardCriterionParameter></efext:EformsExtension>
          </cac:SubordinateAwardingCriterion>
          <cac:SubordinateAwardingCriterion>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">quality</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">Valeur technique</cbc:Name>
            <cbc:Description languageID="FRA">Organisation de la chaîne du linge, délais, traçabilité, qualité hygiénique (méthode RABC).</cbc:Description>
            <efext:EformsExtension><efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode><efbc:ParameterNumeric>30</efbc:ParameterNumeric></efac:AwardCriterionParameter></efext:EformsExtension>
          </cac:SubordinateAwardingCriterion>
          <cac:SubordinateAwardingCriterion>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">quality</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">Performance en matière d'insertion professionnelle des publics en difficulté</cbc:Name>
            <efext:EformsExtension><efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode><efbc:ParameterNumeric>10</efbc:ParameterNumeric></efac:AwardCriterionParameter></efext:EformsExtension>
          </cac:SubordinateAwardingCriterion>
          <cac:SubordinateAwardingCriterion>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">quality</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">Performance environnementale : consommations d'eau et d'énergie par kilogramme de linge traité</cbc:Name>
            <efext:EformsExtension><efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode><efbc:ParameterNumeric>10</efbc:ParameterNumeric></efac:AwardCriterionParameter></efext:EformsExtension>
          </cac:SubordinateAwardingCriterion>
        </cac:AwardingCriterion>
      </cac:AwardingTerms>
    </cac:TenderingTerms>
    <cac:TenderingProcess>
      <cac:TenderSubmissionDeadlinePeriod><cbc:EndDate>2027-03-22+01:00</cbc:EndDate><cbc:EndTime>12:00:00+01:00</cbc:EndTime></cac:TenderSubmissionDeadlinePeriod>
      <cac:FrameworkAgreement><cbc:MaximumOperatorQuantity>1</cbc:MaximumOperatorQuantity></cac:FrameworkAgreement>
    </cac:TenderingProcess>
    <cac:ProcurementProject>
      <cbc:ID schemeName="InternalID">CHIBL-2027-LING-04</cbc:ID>
      <cbc:Name languageID="FRA">Traitement et location-entretien du linge hospitalier</cbc:Name>
      <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
      <cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName="strategic-procurement">soc-obj</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>
      <cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName="strategic-procurement">env-imp</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>
      <cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName="social-objective">opp</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>
      <cac:PlannedPeriod><cbc:DurationMeasure unitCode="MONTH">12</cbc:DurationMeasure></cac:PlannedPeriod>
      <cac:ContractExtension>
        <cbc:MaximumNumberNumeric>2</cbc:MaximumNumberNumeric>
        <cac:Renewal><cac:Period><cbc:Description languageID="FRA">Reconductible deux fois par période de douze mois ; durée maximale trois ans.</cbc:Description></cac:Period></cac:Renewal>
      </cac:ContractExtension>
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>
</ContractNotice>
"""


def d03():
    c = C("le centre hospitalier intercommunal de Brévanne-Lassigny", "tribunal administratif de Lille", delai=50,
          profil="https://marches.chi-brevanne-lassigny.fr", ref="CHIBL-2027-LING-04")
    ref = "CHIBL-2027-LING-04"
    hdr = "CHI Brévanne-Lassigny – Direction des achats – %s" % ref
    avis = dict(file="Avis_eForms_CHIBL-2027-LING-04.xml", doc_type="AVIS", xml=EFORMS_D03, header="", footer="", blocks=[],
                label=L(clause_sociale=1, clause_insertion=1, heures_insertion=4821, critere_social=1, clause_environnementale=1,
                        critere_environnemental=1, allotissement=0, montant_estime_ht=900000,
                        evidence=["Le marché n'est pas alloti", "900000",
                                  "un volume de 4 821 heures de travail", "Performance en matière d'insertion professionnelle",
                                  "lessives et produits de désinfection titulaires de l'Écolabel européen",
                                  "Performance environnementale : consommations d'eau"]))

    rc = PIECE("RC_CHIBL-2027-LING-04.pdf", "RC", hdr, "Règlement de la consultation", DOC(
        ["CENTRE HOSPITALIER INTERCOMMUNAL DE BRÉVANNE-LASSIGNY", "RÈGLEMENT DE LA CONSULTATION",
         "Traitement et location-entretien du linge hospitalier", "Appel d'offres ouvert – articles R2161-2 à R2161-5 du CCP"],
        ["Direction des achats et de la logistique – 12, boulevard Ambroise-Paré – 59714 Brévanne",
         "Remise des offres : lundi 22 mars 2027 à 12 h 00"],
        flat(
            A("Objet de la consultation",
              "L'accord-cadre porte sur la location, l'enlèvement, le traitement et la livraison du linge des sites de Brévanne, "
              "Lassigny et de l'EHPAD « Les Tilleuls ». Le volume traité est d'environ 410 tonnes par an."),
            A("Absence d'allotissement",
              "Conformément à l'article L2113-11 du code de la commande publique, l'accord-cadre n'est pas divisé en lots. La "
              "dévolution en lot unique est justifiée par l'intégration de la chaîne du linge (location, traitement, logistique) "
              "dont la séparation rendrait l'exécution techniquement difficile et compromettrait l'hygiène."),
            A("Forme et durée",
              "Accord-cadre mono-attributaire exécuté par bons de commande, conclu pour douze mois à compter du 1er juillet 2027 et "
              "reconductible deux fois. Le montant estimatif total, reconductions comprises, est évalué à 1~080~000 € TTC."),
            A("Visite des sites",
              "Une visite de la lingerie centrale est organisée le 3 mars 2027 à 10 heures. Elle est facultative."),
            F_candidature(c, 2, l5212=True),
            A("Critères de jugement des offres",
              "Les offres sont notées sur 100 points :",
              ["prix (50 points), apprécié au moyen d'un devis quantitatif estimatif non communiqué aux candidats ;",
               "valeur technique (30 points) : organisation de la chaîne du linge, délais, traçabilité, maîtrise du risque "
               "infectieux selon la méthode RABC ;",
               "performance en matière d'insertion professionnelle des publics en difficulté (10 points), appréciée au vu des "
               "modalités d'accueil, de tutorat et de formation des salariés en insertion ;",
               "performance environnementale (10 points) : consommations d'eau et d'énergie par kilogramme de linge traité, "
               "justifiées pour la blanchisserie d'exécution."]),
            F_remise(c, 2, "22 mars 2027 à 12 h 00"),
            A("Délai de validité des offres", "Les offres restent valables 180 jours."),
        )), L(critere_social=1, critere_environnemental=1, allotissement=0,
              evidence=["l'accord-cadre n'est pas divisé en lots",
                        "performance en matière d'insertion professionnelle des publics en difficulté (10 points)",
                        "performance environnementale (10 points)"]), hyphen=True)

    ccap = PIECE("CCAP_CHIBL-2027-LING-04.docx", "CCAP", hdr, "CCAP linge", DOC(
        ["CENTRE HOSPITALIER INTERCOMMUNAL DE BRÉVANNE-LASSIGNY", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
         "Traitement et location-entretien du linge hospitalier"], ["Référence : %s" % ref],
        flat(
            A("Objet", "Le présent accord-cadre a pour objet la fonction linge des établissements du centre hospitalier. Le marché n'est "
                       "pas divisé en lots."),
            A("Montants",
              "L'accord-cadre est conclu avec un montant minimum de 150~000 € HT sur sa durée totale et sans montant maximum, en "
              "application de l'article R2162-4 du code de la commande publique."),
            F_pieces(c, 2, extra=["le cadre de réponse technique"]),
            A("Délais d'exécution",
              "Le linge sale est enlevé chaque jour ouvré entre 6 h 30 et 8 h aux points de collecte des unités. Le linge propre est "
              "restitué dans un délai de 48 heures ; pour les urgences (bloc opératoire, maternité), le délai est ramené à 24 heures."),
            A("Pénalités",
              "Tout retard de livraison donne lieu à une pénalité de 200 € par heure de retard au-delà d'une tolérance de 30 minutes. "
              "Une non-conformité bactériologique entraîne une pénalité de 1~000 € par prélèvement non conforme."),
            F_paiement(c, 0),
            [H("Article 7 – Dispositions sociales"),
             H2("7.1 Obligations légales"),
             P("Le titulaire respecte les dispositions du code du travail relatives à l'emploi des travailleurs handicapés et à la lutte "
               "contre le travail dissimulé ; il fournit tous les six mois les attestations prévues à l'article D8222-5."),
             H2("7.2 Action d'insertion"),
             P("Le titulaire s'engage à réserver à des personnes rencontrant des difficultés d'insertion professionnelle un volume "
               "d'heures de travail équivalant à un emploi à temps plein par an (1 ETP, soit 1~607 heures), soit 4~821 heures sur "
               "les trois années d'exécution de l'accord-cadre, reconductions comprises."),
             P("Ces heures peuvent être réalisées par embauche directe, par mise à disposition (ETTI, association intermédiaire, GEIQ) "
               "ou par sous-traitance à une structure d'insertion par l'activité économique. Le titulaire désigne un tuteur pour chaque "
               "personne accueillie et transmet un bilan semestriel au facilitateur de la Maison de l'emploi du Hainaut-Lys."),
             H2("7.3 Pénalité"),
             P("Toute heure d'insertion non réalisée à la fin de chaque période annuelle est pénalisée à hauteur de 45 € HT.")],
            [H("Article 8 – Dispositions environnementales"),
             P("Les lessives, produits de désinfection et adoucissants utilisés sont titulaires de l'Écolabel européen ou d'un label "
               "équivalent. Les véhicules affectés aux livraisons sont classés Crit'Air 1 ou électriques. Le linge est transporté dans des "
               "housses textiles réutilisables ; les films plastiques à usage unique sont proscrits."),
             P("Le titulaire communique chaque année les consommations d'eau, d'énergie et de produits lessiviels de la blanchisserie "
               "d'exécution, rapportées au kilogramme de linge traité.")],
            F_resiliation(c, 2), F_litiges(c, 2),
        )), L(clause_sociale=1, clause_insertion=1, heures_insertion=4821, clause_environnementale=1, allotissement=0,
              evidence=["Le marché n'est pas divisé en lots", "soit 4 821 heures sur les trois années d'exécution",
                        "titulaires de l'Écolabel européen", "les films plastiques à usage unique sont proscrits"]))

    ae = PIECE("AE_CHIBL-2027-LING-04.docx", "AE", hdr, "Acte d'engagement", [
        TITLE("CENTRE HOSPITALIER INTERCOMMUNAL DE BRÉVANNE-LASSIGNY", "ACTE D'ENGAGEMENT",
              "Traitement et location-entretien du linge hospitalier – %s" % ref),
        H("1. Identification de l'acheteur"),
        P("Centre hospitalier intercommunal de Brévanne-Lassigny, représenté par son directeur. Comptable assignataire : M. le "
          "trésorier principal de Brévanne."),
        H("2. Objet"),
        P("Accord-cadre à bons de commande mono-attributaire. Allotissement : sans objet (marché non alloti). L'accord-cadre est "
          "conclu sans montant maximum ; son montant minimum est fixé au CCAP."),
        H("3. Engagement du titulaire"),
        P("Je soussigné(e) ……………………………, agissant au nom et pour le compte de ……………………………, m'engage à exécuter les prestations aux prix "
          "du bordereau joint et à réaliser 4~821 heures d'insertion sur la durée totale de l'accord-cadre, conformément à l'article 7.2 du CCAP."),
        H("4. Durée"),
        P("Douze mois à compter du 1er juillet 2027, reconductible deux fois."),
        H("5. Paiement"),
        P("Délai global de paiement : 50 jours. Compte à créditer : ……………………………"),
        H("6. Signatures"),
        TAB([["Le titulaire", "Le directeur du centre hospitalier"], ["Date et signature :", "Date et signature :"]], header=False),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=4821, allotissement=0,
         evidence=["sans objet (marché non alloti)", "à réaliser 4 821 heures d'insertion sur la durée totale"]))

    return dict(id="d03", title="Centre hospitalier intercommunal de Brévanne-Lassigny – linge hospitalier (lot unique, avis eForms)",
                pieces=[avis, rc, ccap, ae],
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=4821, allotissement=0, montant_estime_ht=900000),
                note="Montant estimé : 900 000 (BT-27 de l'avis eForms, valeur hors TVA) ; le RC n'écrit que 1 080 000 € TTC (pièce "
                     "laissée vide). Maximum : « sans montant maximum » (vide) ; minimum de 150 000 € HT = piège. Heures : 1 ETP = "
                     "1 607 heures par an, soit 4 821 heures sur trois ans (CCAP, AE, avis). Lot unique. Pièges : 48 et 24 heures, "
                     "6 h 30 à 8 h, pénalité de 200 € par heure de retard et de 45 € par heure d'insertion, visite à 10 heures.")


# ============================================================================= d04
def d04():
    c = C("le Département de la Haute-Varenne", "tribunal administratif de Poitiers", ccag="travaux", delai=30,
          profil="https://marchespublics.haute-varenne.fr", ref="HV-2027-RD412")
    ref = "HV-2027-RD412"
    hdr = "Département de la Haute-Varenne – Direction des routes – RD 412 – %s" % ref
    lots = RTAB([["Lot", "Désignation", "Tranche ferme (€ HT)", "Tranche optionnelle (€ HT)"],
                 ["1", "Terrassements, chaussées, assainissement pluvial", "1~240~000", "310~000 (TO 1 : voie verte, section 2)"],
                 ["2", "Ouvrage d'art – passerelle piétons-cycles sur la Varenne", "585~000", "sans objet"],
                 ["3", "Signalisation horizontale et verticale, équipements de sécurité", "96~000", "24~000 (TO 1 : jalonnement cyclable)"]],
                widths=[0.7, 4, 2, 2.6], align="llrr")
    rc_body = flat(
        A("Objet de la consultation",
          "La présente consultation concerne l'aménagement de la route départementale 412 entre Saint-Orbe et Lanvéoc-le-Haut "
          "(PR 12+300 à PR 16+850) : recalibrage de la chaussée à 6 mètres, création d'une voie verte bidirectionnelle de 3 mètres "
          "séparée de la chaussée, reprise de l'assainissement et construction d'une passerelle de franchissement de la Varenne.",
          "Le maître d'ouvrage est le Département de la Haute-Varenne, représenté par le président du conseil départemental. La "
          "maîtrise d'œuvre est assurée en interne par le service des grands travaux routiers."),
        A("Type de procédure",
          "Procédure adaptée ouverte en application de l'article R2123-1 1° du code de la commande publique, le montant estimé de "
          "l'opération étant inférieur au seuil de procédure formalisée de 5~404~000 € HT fixé pour les marchés de travaux. "
          "Le Département se réserve la faculté de négocier."),
        A("Allotissement",
          "Les travaux sont répartis en trois lots. Le tableau ci-dessous précise, pour chaque lot, le montant estimé de la tranche "
          "ferme et, le cas échéant, de la tranche optionnelle :"),
        [lots,
         P("Le lot 3 reprend le périmètre du lot 5 de la consultation n° HV-2026-118, qui comptait cinq lots ; ce lot a été déclaré "
           "infructueux le 14 octobre 2026, aucune offre acceptable n'ayant été reçue. Les lots 1 à 4 de cette précédente "
           "consultation, qui portaient sur d'autres sections de la RD 412, ont été attribués et ne sont pas concernés."),
         P("Les candidats peuvent présenter une offre pour un ou plusieurs lots. Chaque lot fait l'objet d'un marché séparé.")],
        A("Enveloppe de l'opération",
          "Pour information, l'autorisation de programme votée par la commission permanente s'élève à 2~900~000 € TTC ; elle couvre "
          "également les acquisitions foncières, les études géotechniques, les dévoiements de réseaux et les aléas."),
        A("Tranches",
          "Les lots 1 et 3 comportent une tranche ferme et une tranche optionnelle. L'affermissement de la tranche optionnelle est "
          "notifié par ordre de service dans un délai de dix-huit mois à compter de la notification du marché ; le titulaire ne "
          "peut prétendre à aucune indemnité d'attente ou de dédit."),
        A("Délais",
          "Le délai d'exécution de la tranche ferme est de neuf mois pour le lot 1, de sept mois pour le lot 2 et de deux mois pour le "
          "lot 3, période de préparation de trente jours non comprise."),
        A("Insertion professionnelle",
          "Les titulaires des lots 1 et 2 seront tenus de réaliser une action d'insertion professionnelle au profit de personnes "
          "éloignées de l'emploi, dans les conditions précisées à l'article 8 du CCAP. Le service insertion du Département (cellule "
          "clauses sociales) se tient à la disposition des candidats pour les aider à préparer cette action."),
        F_candidature(c, 0, l5212=False),
        A("Critères de choix",
          "Pour chaque lot, le jugement tient compte des critères suivants :",
          ["prix des prestations, tranches optionnelles comprises : 50 % ;",
           "valeur technique (méthodologie, phasage sous circulation, moyens, sécurité) : 40 % ;",
           "performance environnementale : taux de réemploi des matériaux du site et bilan carbone prévisionnel du chantier : 10 %."],
          "La note de valeur technique est établie au vu du mémoire justificatif ; une note inférieure à 15 sur 40 est éliminatoire."),
        A("Contenu de l'offre",
          "Pour chaque lot auquel il répond, le candidat remet : l'acte d'engagement complété ; le bordereau des prix unitaires et le "
          "détail quantitatif estimatif, tranches optionnelles comprises ; un mémoire justificatif présentant l'organisation du chantier "
          "sous circulation, le planning détaillé, les provenances des matériaux, les moyens humains et matériels, et les dispositions "
          "prises pour la sécurité des usagers et des personnels.",
          "Le mémoire ne dépasse pas vingt pages par lot, annexes non comprises ; les pages excédentaires ne sont pas lues."),
        A("Sécurité et protection de la santé",
          "L'opération est soumise à coordination SPS de niveau 2. Le plan général de coordination est joint au dossier ; les "
          "candidats en tiennent compte dans leur offre, notamment pour la co-activité des lots 1 et 2 au droit de la passerelle."),
        A("Négociation",
          "Le Département peut négocier avec les candidats ayant remis les trois meilleures offres de chaque lot, par écrit, sur tous "
          "les éléments de l'offre, y compris le prix. Il peut aussi attribuer le marché sur la base des offres initiales, sans "
          "négociation."),
        A("Variantes",
          "Les variantes sont autorisées pour le lot 2 seulement (structure de la passerelle), à condition qu'une offre de base soit "
          "également remise."),
        F_remise(c, 2, "19 avril 2027 à 12 h 00"),
        F_renseignements(c, 2, "13 avril 2027"),
        A("Voies de recours",
          "Le %s peut être saisi par voie de référé précontractuel avant la signature du marché, puis d'un recours en contestation de "
          "validité dans un délai de deux mois à compter de la publication de l'avis d'attribution." % c["ta"]),
    )
    rc = PIECE("RC_HV-2027-RD412.pdf", "RC", hdr, "Règlement de la consultation", DOC(
        ["DÉPARTEMENT DE LA HAUTE-VARENNE", "RÈGLEMENT DE LA CONSULTATION",
         "Aménagement de la RD 412 entre Saint-Orbe et Lanvéoc-le-Haut et création d'une voie verte",
         "Marchés publics de travaux – procédure adaptée"],
        ["Référence : %s" % ref, "Hôtel du Département – 1, place de la Préfecture – 86 512 Varennes-le-Comte",
         "Date limite de réception des offres : lundi 19 avril 2027 à 12 h 00"],
        rc_body), L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=2255000,
                    evidence=["Les travaux sont répartis en trois lots", "seront tenus de réaliser une action d'insertion professionnelle",
                              "performance environnementale : taux de réemploi des matériaux",
                              "[TF et TO du tableau : 1 240 000 + 310 000 + 585 000 + 96 000 + 24 000 = 2 255 000]"]), hyphen=True)

    ccap = PIECE("CCAP_HV-2027-RD412.pdf", "CCAP", hdr, "CCAP – lots 1 à 3", DOC(
        ["DÉPARTEMENT DE LA HAUTE-VARENNE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
         "Aménagement de la RD 412 et création d'une voie verte"],
        ["Référence : %s" % ref, "Document commun aux trois lots"],
        flat(
            A("Objet – allotissement",
              "Le présent CCAP s'applique aux trois lots de l'opération : lot 1 (terrassements, chaussées, assainissement), lot 2 "
              "(passerelle) et lot 3 (signalisation). Chaque lot fait l'objet d'un marché distinct."),
            A("Tranches",
              "Le marché du lot 1 et celui du lot 3 comprennent une tranche ferme et une tranche optionnelle, définies au CCTP. Le lot 2 "
              "ne comporte qu'une tranche ferme."),
            F_pieces(c, 1, extra=["le détail quantitatif estimatif", "le bordereau des prix unitaires"]),
            A("Prix",
              "Les ouvrages sont réglés par application des prix unitaires du bordereau aux quantités réellement exécutées. Les prix sont "
              "actualisables et révisables par référence à l'index TP01 (lot 1), TP02 (lot 2) et TP10a (lot 3)."),
            F_avance(c, 2, "10"),
            A("Retenue de garantie et garanties",
              "Une retenue de garantie de 5 % est prélevée sur chaque acompte ; elle peut être remplacée par une garantie à première "
              "demande. Le délai de garantie est d'un an à compter de la réception ; il est porté à deux ans pour les marquages "
              "thermocollés du lot 3."),
            A("Pénalités",
              "Retard d'achèvement : 1~500 € par jour calendaire pour le lot 1, 900 € pour le lot 2, 300 € pour le lot 3. Défaut de "
              "remise en état de la signalisation temporaire après un signalement : le titulaire intervient dans un délai de 4 heures, "
              "faute de quoi il encourt une pénalité de 250 € par heure de retard."),
            [H("Article 8 – Action d'insertion professionnelle"),
             H2("8.1 Objet"),
             P("En application de l'article L2112-2 du code de la commande publique, les titulaires des lots 1 et 2 réalisent une action "
               "d'insertion permettant l'accès ou le retour à l'emploi de personnes rencontrant des difficultés sociales ou "
               "professionnelles particulières."),
             H2("8.2 Volume de l'action"),
             LST(["Lot 1 : le titulaire réserve aux publics éligibles 5 % du nombre total d'heures de main-d'œuvre nécessaires à "
                  "l'exécution du lot, nombre que le maître d'ouvrage estime à 9¦SB¦800 heures.",
                  "Lot 2 : le titulaire réserve aux publics éligibles 210 heures de travail.",
                  "Lot 3 : aucune action d'insertion n'est demandée, compte tenu de la faible durée d'exécution."]),
             H2("8.3 Suivi"),
             P("Le titulaire remet mensuellement un relevé nominatif des heures effectuées au chargé de mission clauses sociales du "
               "Département. Chaque heure non réalisée donne lieu à une pénalité de 50 € HT.")],
            [H("Article 9 – Prescriptions environnementales"),
             P("Les titulaires établissent un schéma d'organisation et de gestion des déchets (SOGED) qu'ils remettent avant le démarrage. "
               "Les déblais du lot 1 sont réemployés sur le site dans une proportion d'au moins 60 % du volume extrait ; les enrobés "
               "fraisés sont recyclés en centrale. Aucun déchet n'est abandonné ou brûlé sur le chantier."),
             P("Les aires de lavage des toupies et des engins sont équipées de bacs de décantation ; le ravitaillement en carburant "
               "se fait sur aire étanche.")],
            F_assurances(c, 2), F_resiliation(c, 2), F_litiges(c, 0),
        )), L(clause_sociale=1, clause_insertion=1, heures_insertion=700, clause_environnementale=1, allotissement=1, nb_lots=3,
              evidence=["s'applique aux trois lots de l'opération", "les titulaires des lots 1 et 2 réalisent une action d'insertion",
                        "5 % du nombre total d'heures de main-d'œuvre", "estime à 9 800 heures",
                        "210 heures de travail", "[5 % de 9 800 = 490 ; 490 + 210 = 700]",
                        "au moins 60 % du volume extrait"]), hyphen=True)

    cctp = PIECE("CCTP_lot1_HV-2027-RD412.pdf", "CCTP", hdr, "CCTP – lot 1 Terrassements, chaussées, assainissement", DOC(
        ["DÉPARTEMENT DE LA HAUTE-VARENNE", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
         "Lot 1 : Terrassements, chaussées, assainissement pluvial"], ["RD 412 – Saint-Orbe / Lanvéoc-le-Haut – %s" % ref],
        flat(
            A("Consistance des travaux",
              "La tranche ferme comprend le recalibrage de la RD 412 sur 4,55 km, la création de la voie verte (section 1) et la reprise "
              "des fossés. La tranche optionnelle porte sur la section 2 de la voie verte, jusqu'au hameau de Loubressac."),
            A("Exploitation sous circulation",
              "Les travaux sont réalisés sous circulation alternée par feux. La circulation est rétablie sur deux voies chaque soir de "
              "18 h à 7 h et pendant les week-ends. La longueur des alternats ne dépasse pas 400 mètres."),
            A("Terrassements",
              "Les déblais de qualité suffisante (classes A1, A2, B5) sont réemployés en remblai ou en couche de forme après traitement à "
              "la chaux ; le titulaire remet un plan de mouvement des terres qui justifie un réemploi d'au moins 60 % des volumes. Les "
              "excédents sont évacués en installation de stockage autorisée, avec bordereau de suivi."),
            A("Chaussées",
              "La couche de base est en grave-bitume de classe 3 intégrant au moins 20 % d'agrégats d'enrobés recyclés issus du "
              "fraisage de la chaussée existante. La couche de roulement est un béton bitumineux semi-grenu 0/10 mis en œuvre à "
              "température abaissée (enrobé tiède), sauf impossibilité technique justifiée."),
            A("Voie verte",
              "La voie verte reçoit un enrobé clair de 5 cm sur une grave non traitée de 25 cm. Les bordures sont en béton. La "
              "plantation d'une haie champêtre d'essences locales sépare la voie verte de la chaussée."),
            A("Assainissement pluvial",
              "Les fossés sont reprofilés et enherbés. Deux bassins de rétention-infiltration sont créés aux points bas ; ils sont "
              "équipés d'une cloison siphoïde et d'une vanne de confinement en cas de pollution accidentelle."),
            A("Protection du milieu",
              "Aucun stockage de matériaux n'est admis à moins de 30 mètres de la Varenne. Les produits dangereux sont stockés sur "
              "rétention ; un kit anti-pollution est présent en permanence sur le chantier. Les aires de lavage sont équipées de bacs de "
              "décantation."),
            A("Contrôles",
              "Le titulaire réalise un contrôle intérieur : essais de plaque tous les 50 mètres, contrôle des compacités au "
              "gammadensimètre et relevé des températures de mise en œuvre des enrobés."),
        )), L(clause_environnementale=1, allotissement=1,
              evidence=["Lot 1 : Terrassements, chaussées, assainissement pluvial",
                        "au moins 20 % d'agrégats d'enrobés recyclés", "un réemploi d'au moins 60 % des volumes"]), cols=2, hyphen=True)

    ae = PIECE("AE_lot1_HV-2027-RD412.docx", "AE", hdr, "Acte d'engagement lot 1", [
        TITLE("DÉPARTEMENT DE LA HAUTE-VARENNE", "ACTE D'ENGAGEMENT", "Lot 1 : Terrassements, chaussées, assainissement pluvial",
              "Aménagement de la RD 412 – %s" % ref),
        H("Article 1 – Contractant"),
        P("Je soussigné(e) ………………………, représentant la société ………………………, SIRET ………………………, après avoir pris connaissance du CCAP, du "
          "CCTP et des documents qui y sont mentionnés, m'engage à exécuter les travaux du lot 1 dans les conditions ci-après."),
        H("Article 2 – Prix"),
        TAB([["Tranche", "Montant HT", "Montant TTC"], ["Tranche ferme", "…………… €", "…………… €"],
             ["Tranche optionnelle n° 1 (voie verte, section 2)", "…………… €", "…………… €"], ["Total", "…………… €", "…………… €"]]),
        H("Article 3 – Action d'insertion"),
        P("Je m'engage à réaliser l'action d'insertion prévue à l'article 8 du CCAP, soit 490 heures de travail confiées à des "
          "personnes éloignées de l'emploi."),
        H("Article 4 – Délais"),
        P("Tranche ferme : neuf mois ; tranche optionnelle : quatre mois à compter de l'ordre de service d'affermissement."),
        H("Article 5 – Paiement"),
        P("Le Département se libère des sommes dues par virement au compte ouvert au nom de ………………………"),
        H("Article 6 – Signatures"),
        P("À ………………, le ……………… Le candidat : | Pour le Département, le président :"),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=490, allotissement=1,
         evidence=["Lot 1 : Terrassements, chaussées, assainissement pluvial", "soit 490 heures de travail confiées à des personnes éloignées de l'emploi"]))

    rows = [["Prix n°", "Désignation", "Unité", "Quantité", "P.U. HT", "Total HT"]]
    its = [("3.01", "Installation et repli de chantier", "ft", "1"), ("3.02", "Signalisation temporaire de chantier (par semaine)", "sem", "8"),
           ("3.03", "Effacement de marquage par rabotage", "m²", "140"), ("3.04", "Ligne axiale T1 5 cm, peinture", "ml", "4~550"),
           ("3.05", "Ligne de rive T2 5 cm, peinture", "ml", "9~100"), ("3.06", "Marquage thermocollé des passages piétons", "m²", "96"),
           ("3.07", "Flèches de rabattement", "u", "18"), ("3.08", "Panneau de type A, gamme normale, classe 2", "u", "14"),
           ("3.09", "Panneau de type AB (intersection)", "u", "9"), ("3.10", "Panneau de type B (prescription)", "u", "22"),
           ("3.11", "Panneau de type C (indication)", "u", "11"), ("3.12", "Mât acier galvanisé, y compris massif", "u", "38"),
           ("3.13", "Balise de type J11", "u", "64"), ("3.14", "Dépose et évacuation de panneaux existants", "u", "27"),
           ("3.15", "Glissière de sécurité simple, niveau N2", "ml", "320"), ("3.16", "Extrémité de glissière abaissée", "u", "6"),
           ("3.17", "Plots rétroréfléchissants", "u", "150"), ("3.18", "Intervention d'urgence de nuit (délai 2 heures)", "u", "2"),
           ("3.19", "Main-d'œuvre en régie (chef d'équipe)", "h", "16"), ("3.20", "Main-d'œuvre en régie (ouvrier)", "h", "32"),
           ("TO.01", "Jalonnement cyclable : panneau Dv43", "u", "24"), ("TO.02", "Jalonnement cyclable : mât et fixation", "u", "24"),
           ("TO.03", "Logo vélo en résine, y compris flèche", "u", "60"), ("TO.04", "Borne kilométrique voie verte", "u", "9")]
    for it in its:
        rows.append([it[0], it[1], it[2], it[3], "", ""])
    rows += [["", "Total tranche ferme HT", "", "", "", ""], ["", "Total tranche optionnelle HT", "", "", "", ""]]
    dqe = PIECE("DQE_lot3_HV-2027-RD412.pdf", "DQE", hdr, "DQE – lot 3 Signalisation", [
        TITLE("DÉPARTEMENT DE LA HAUTE-VARENNE", "DÉTAIL QUANTITATIF ESTIMATIF",
              "Lot 3 : Signalisation horizontale et verticale, équipements de sécurité", "%s" % ref),
        P("Le présent détail n'a pas de valeur contractuelle ; il sert à la comparaison des offres. Les prix unitaires sont reportés du "
          "bordereau des prix. Les quantités de la tranche optionnelle (prix TO) ne sont réglées qu'après affermissement."),
        RTAB(rows, widths=[0.9, 5, 0.7, 1, 1.1, 1.2], align="lllrrr"),
        P("Le candidat : (cachet, date, signature)"),
    ], L(allotissement=1, evidence=["Lot 3 : Signalisation horizontale et verticale, équipements de sécurité"]))

    return dict(id="d04", title="Département de la Haute-Varenne – RD 412 et voie verte (travaux, 3 lots, tranches, lot relancé)",
                pieces=[rc, ccap, cctp, ae, dqe],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=700, allotissement=1, nb_lots=3, montant_estime_ht=2255000),
                note="Montant estimé : somme des tranches fermes et optionnelles du tableau du RC (1 240 000 + 310 000 + 585 000 + "
                     "96 000 + 24 000 = 2 255 000), aucun total écrit. Lots : trois ; le lot 3 relance le lot 5 (infructueux) d'une "
                     "consultation antérieure de cinq lots, piège pour le nombre de lots. Heures : lot 1 = 5 % des 9 800 heures de "
                     "main-d'œuvre estimées (490, repris en clair par l'AE du lot 1) + lot 2 = 210 -> 700 (calcul nécessaire dans le "
                     "CCAP). Pièges : autorisation de programme 2 900 000 € TTC ; seuil de 5 404 000 € HT ; pénalités (1 500 €/jour, "
                     "250 €/heure, 50 €/heure) ; délais de 4 et 2 heures ; 18 h à 7 h ; main-d'œuvre en régie du DQE (16 h, 32 h).")


# ============================================================================= d05
def d05():
    c = C("la Région Océane-et-Marches", "tribunal administratif de Nantes", delai=30,
          profil="https://marches.oceane-et-marches.fr", ref="ROM-2027-AMO-112")
    ref = "ROM-2027-AMO-112"
    hdr = "Région Océane-et-Marches – Direction des mobilités – %s" % ref
    rc = PIECE("RC_ROM-2027-AMO-112.docx", "RC", hdr, "RC – AMO schéma régional des mobilités", DOC(
        ["RÉGION OCÉANE-ET-MARCHES", "RÈGLEMENT DE LA CONSULTATION",
         "Assistance à maîtrise d'ouvrage pour l'élaboration du schéma régional des mobilités décarbonées"],
        ["Marché de services – procédure adaptée (articles L2123-1 et R2123-1 1°)", "Référence : %s" % ref],
        flat(
            A("Objet",
              "La Région engage l'élaboration de son schéma régional des mobilités décarbonées à l'horizon 2040. Elle recherche une "
              "équipe pluridisciplinaire (planification des transports, modélisation des déplacements, concertation) pour l'assister "
              "du diagnostic à l'adoption du schéma."),
            A("Décomposition du marché",
              "Le marché n'est pas alloti. Le diagnostic, la construction des scénarios, la concertation et la rédaction du schéma sont "
              "étroitement imbriqués : les confier à des prestataires distincts rendrait la coordination impossible pour les services "
              "régionaux (article L2113-11 du code de la commande publique)."),
            A("Estimation",
              "La prestation de base (phases 1 à 4) est estimée à 180 k€ HT. La prestation supplémentaire éventuelle n° 1, portant sur "
              "l'évaluation environnementale stratégique du schéma, est estimée à 25 k€ HT ; les candidats sont tenus d'y répondre.",
              "La procédure adaptée est retenue, la valeur estimée du besoin restant inférieure au seuil européen de 216~000 € HT."),
            A("Durée", "Le marché court de sa notification à l'adoption du schéma par l'assemblée régionale, et au plus tard vingt-quatre mois."),
            F_candidature(c, 2),
            A("Jugement des offres",
              "Le classement résulte de l'application des critères suivants :",
              ["Prix : 40 % (prestation de base et PSE n° 1 additionnées) ;",
               "Valeur technique : 50 %, dont compréhension des enjeux et méthodologie (30 %) et composition et expérience de l'équipe (20 %) ;",
               "Démarche de réduction de l'empreinte environnementale de la mission (déplacements de l'équipe, format des livrables, "
               "réunions) : 10 %."],
              "La Région pourra engager des négociations avec les trois candidats les mieux classés."),
            A("Avance", "Une avance de 30 % est versée au titulaire qui ne la refuse pas dans l'acte d'engagement."),
            F_remise(c, 1, "mardi 2 février 2027 à 12 h"),
        )), L(critere_environnemental=1, allotissement=0, montant_estime_ht=205000,
              evidence=["Le marché n'est pas alloti", "estimée à 180 k€ HT", "est estimée à 25 k€ HT",
                        "[180 000 + 25 000 (PSE) = 205 000]", "Démarche de réduction de l'empreinte environnementale de la mission"]))

    ccap = PIECE("CCAP_ROM-2027-AMO-112.pdf", "CCAP", hdr, "CCAP – AMO mobilités", DOC(
        ["RÉGION OCÉANE-ET-MARCHES", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
         "AMO – schéma régional des mobilités décarbonées"], ["Référence : %s" % ref],
        flat(
            A("Objet du marché",
              "Le marché, qui ne comporte pas de lots, a pour objet l'assistance à la Région pour l'élaboration du schéma régional des "
              "mobilités décarbonées. Il comprend une prestation de base et une prestation supplémentaire éventuelle (PSE n° 1)."),
            F_pieces(c, 0, extra=["la note méthodologique du titulaire ;"]),
            A("Forme des prix",
              "Les prestations sont rémunérées par un prix global et forfaitaire décomposé par phase. La PSE n° 1, si la Région décide "
              "de la retenir à la notification, est rémunérée par un prix forfaitaire distinct. Les prix sont fermes."),
            A("Déroulement de la mission",
              "Les comités techniques se réunissent une fois par mois ; les comités de pilotage ont lieu de 9 h 30 à 12 h à l'hôtel de "
              "Région. Le titulaire remet chaque livrable dans un délai de quinze jours après la réunion de validation de la phase."),
            A("Pénalités",
              "Par dérogation au CCAG-PI, le retard dans la remise d'un livrable donne lieu à une pénalité de 300 € par jour calendaire, "
              "plafonnée à 10 % du montant du marché."),
            A("Égalité professionnelle et lutte contre les discriminations",
              "Le titulaire s'engage à ce que l'équipe affectée à la mission compte au moins 40 % de femmes parmi les intervenants "
              "principaux, et à maintenir cet équilibre en cas de remplacement. Il veille à ce que les membres de l'équipe chargés de "
              "l'animation de la concertation aient suivi une formation à la prévention des discriminations.",
              "Il remet à la Région, à la fin de chaque phase, un état de la composition de l'équipe par sexe et de la répartition "
              "des jours travaillés."),
            A("Exigences environnementales d'exécution",
              "Le titulaire utilise le train pour tout déplacement dont la durée en train est inférieure à quatre heures ; l'avion est "
              "proscrit pour ces trajets. Au moins la moitié des comités techniques se tiennent à distance. Les livrables sont remis sous "
              "forme dématérialisée ; les rares impressions demandées sont réalisées en recto verso sur papier recyclé.",
              "À la fin de la mission, le titulaire communique le bilan des émissions de gaz à effet de serre liées aux déplacements de "
              "son équipe."),
            F_paiement(c, 2), F_resiliation(c, 1), F_litiges(c, 2),
        )), L(clause_sociale=1, clause_environnementale=1, allotissement=0,
              evidence=["qui ne comporte pas de lots", "compte au moins 40 % de femmes parmi les intervenants",
                        "formation à la prévention des discriminations", "Le titulaire utilise le train pour tout déplacement"]), hyphen=True)

    cctp = PIECE("CCTP_ROM-2027-AMO-112.pdf", "CCTP", hdr, "CCTP – AMO mobilités", DOC(
        ["RÉGION OCÉANE-ET-MARCHES", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
         "AMO – schéma régional des mobilités décarbonées"], ["Référence : %s" % ref],
        flat(
            A("Contexte",
              "La Région est autorité organisatrice des transports régionaux (TER, cars interurbains, transport scolaire). Elle souhaite "
              "réduire de moitié les émissions liées aux déplacements du quotidien d'ici 2040 ; le schéma doit fixer la trajectoire, les "
              "projets et leur financement."),
            A("Phase 1 – Diagnostic",
              "Le titulaire analyse l'offre de transport, les flux domicile-travail, la motorisation des ménages et la couverture du "
              "territoire. Il exploite les enquêtes ménages-déplacements et les données de billettique mises à disposition dans "
              "l'environnement numérique de travail de la Région."),
            A("Phase 2 – Scénarios",
              "Trois scénarios contrastés sont construits et modélisés. Pour chacun, le titulaire évalue les coûts d'investissement et "
              "de fonctionnement, le report modal attendu et les émissions évitées."),
            A("Phase 3 – Concertation",
              "Le titulaire anime environ quatorze ateliers territoriaux d'une demi-journée (trois heures chacun) et un forum régional. "
              "Il rédige les comptes rendus et la synthèse des contributions."),
            A("Phase 4 – Rédaction du schéma",
              "Le schéma comprend un rapport, un programme d'actions chiffré et un atlas cartographique. Le titulaire assiste la Région "
              "jusqu'au vote de l'assemblée."),
            A("PSE n° 1 – Évaluation environnementale stratégique",
              "Si elle est retenue, la PSE comprend le rapport environnemental prévu par le code de l'environnement et l'assistance lors "
              "de la consultation de l'autorité environnementale."),
            A("Moyens et pilotage",
              "Le volume prévisionnel est d'environ 62 jours-homme pour la prestation de base. Le chef de projet est l'interlocuteur unique "
              "de la Région ; il participe à toutes les instances."),
        )), L(evidence=[]))

    qr = PIECE("Registre_questions_reponses_ROM-2027-AMO-112.txt", "QR", hdr, "", [
        TITLE("RÉGION OCÉANE-ET-MARCHES – Consultation %s" % ref, "REGISTRE DES QUESTIONS ET RÉPONSES",
              "Mis à jour le 26 janvier 2027"),
        H("Question n° 1 (reçue le 14 janvier 2027)"),
        P("L'estimation de 180 k€ HT indiquée au règlement inclut-elle la prestation supplémentaire éventuelle ?"),
        P("Réponse : Non. La PSE n° 1 est estimée séparément à 25 k€ HT. La valeur totale estimée du marché, PSE comprise, est donc "
          "de 205 000 € HT."),
        H("Question n° 2 (reçue le 15 janvier 2027)"),
        P("Est-il possible de ne répondre qu'à la phase de concertation ?"),
        P("Réponse : Non. Le marché n'est pas divisé en lots ; une offre partielle est irrégulière."),
        H("Question n° 3 (reçue le 18 janvier 2027)"),
        P("Les déplacements de notre équipe basée à Lyon vers l'hôtel de Région peuvent-ils se faire en avion ?"),
        P("Réponse : Non. Conformément au CCAP, le titulaire utilise le train pour tout déplacement dont la durée en train est inférieure "
          "à quatre heures, ce qui est le cas depuis Lyon. Les déplacements sont inclus dans le prix forfaitaire."),
        H("Question n° 4 (reçue le 21 janvier 2027)"),
        P("Quelle est l'heure limite exacte de dépôt ?"),
        P("Réponse : Le mardi 2 février 2027 à 12 h 00 (heure de Paris), l'horodatage de la plateforme faisant foi."),
    ], L(clause_environnementale=1, allotissement=0, montant_estime_ht=205000,
         evidence=["La valeur totale estimée du marché, PSE comprise, est donc de 205 000 € HT",
                   "Le marché n'est pas divisé en lots", "le titulaire utilise le train pour tout déplacement"]))

    return dict(id="d05", title="Région Océane-et-Marches – AMO schéma régional des mobilités (services intellectuels, non alloti)",
                pieces=[rc, ccap, cctp, qr],
                pos=["clause_sociale", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_estime_ht=205000),
                note="Montant estimé : RC en k€ (base 180 k€ HT + PSE 25 k€ HT, à additionner) ; le registre des questions-réponses "
                     "écrit le total de 205 000 € HT. Clause sociale sans insertion : engagement d'égalité femmes-hommes et formation "
                     "anti-discriminations (CCAP). Pièges : seuil de 216 000 € HT ; avance de 30 % ; pénalité de 300 €/jour ; 62 "
                     "jours-homme ; ateliers de trois heures ; « mobilités décarbonées » et « environnement numérique de travail » "
                     "dans l'objet et le CCTP (pas des clauses) ; le CCTP décrit la PSE d'évaluation environnementale (objet, pas clause).")


# ============================================================================= d06 (ZIP)
def d06():
    c = C("Val d'Orne Habitat", "tribunal administratif de Caen", delai=30,
          profil="https://www.marches-valdorne-habitat.fr", ref="VOH-2027-NET-02")
    ref = "VOH-2027-NET-02"
    hdr = "Val d'Orne Habitat – Office public de l'habitat – Nettoyage des parties communes – %s" % ref
    rc = PIECE("1_Administratif/RC_VOH-2027-NET-02.pdf", "RC", hdr, "Règlement de la consultation", DOC(
        ["VAL D'ORNE HABITAT", "RÈGLEMENT DE LA CONSULTATION",
         "Nettoyage et entretien des parties communes des résidences", "Accords-cadres à bons de commande – appel d'offres ouvert"],
        ["Office public de l'habitat – 5, rue du Docteur-Vaudry – 61 205 Argentan-sur-Orne – SIRET 276 100 049 00035",
         "Date limite de remise des offres : 15 mars 2027 à 11 h 00"],
        flat(
            A("Objet",
              "La consultation porte sur le nettoyage des halls, escaliers, paliers, ascenseurs, locaux vide-ordures et abords immédiats "
              "de 2~140 logements répartis en 46 résidences, ainsi que sur des prestations ponctuelles (débarras d'encombrants, remise "
              "en propreté après sinistre)."),
            A("Allotissement",
              "Le patrimoine est réparti en quatre secteurs géographiques faisant chacun l'objet d'un lot : secteur Nord (Argentan-Ville), "
              "secteur Centre, secteur Gare et secteur Plateau. La liste des résidences de chaque secteur figure en annexe au CCTP. "
              "Un candidat peut être attributaire de tous les secteurs."),
            A("Montants maximaux",
              "Chaque accord-cadre est conclu sans minimum et avec les montants maximaux suivants, valables pour sa durée totale de "
              "quatre ans :",
              ["secteur Nord : 260~000 € HT ;", "secteur Centre : 210~000 € HT ;", "secteur Gare : 190~000 € HT ;",
               "secteur Plateau : 140~000 € HT."]),
            A("Clause sociale",
              "Les accords-cadres comportent une clause sociale d'insertion obligatoire : chaque titulaire confiera, pendant l'exécution, "
              "un volume d'heures de travail à des personnes éloignées de l'emploi, dans les conditions définies à l'article 12 du CCAP. "
              "Le facilitateur de la Maison de l'emploi d'Argentan peut être contacté pendant la consultation."),
            F_candidature(c, 1, l5212=True),
            A("Critères d'attribution",
              "Pour chaque secteur, l'offre économiquement la plus avantageuse est déterminée selon les critères suivants :",
              ["prix (45 %), apprécié sur le montant annuel des prestations programmées et sur un panier de prestations ponctuelles ;",
               "valeur technique (40 %) : organisation des tournées, encadrement, contrôle qualité, continuité du service ;",
               "qualité du parcours d'insertion proposé aux salariés bénéficiaires de la clause – encadrement, tutorat, formation "
               "qualifiante (15 %)."]),
            F_remise(c, 0, "15 mars 2027 à 11 h 00"),
            A("Visite", "La visite de deux résidences par secteur est obligatoire ; une attestation est remise au candidat."),
        )), L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=4, montant_max_ht=800000,
              evidence=["quatre secteurs géographiques faisant chacun l'objet d'un lot",
                        "chaque titulaire confiera, pendant l'exécution, un volume d'heures de travail à des personnes éloignées de l'emploi",
                        "qualité du parcours d'insertion proposé", "[260 000 + 210 000 + 190 000 + 140 000 = 800 000]"]), hyphen=True)

    heures = RTAB([["Lot", "Secteur", "Heures d'insertion (durée totale)"],
                   ["1", "Nord – Argentan-Ville", "800"], ["2", "Centre", "650"], ["3", "Gare", "700"], ["4", "Plateau", "550"]],
                  widths=[0.8, 3, 3], align="llr")
    lots_tab = RTAB([["Lot n°", "Secteur", "Nombre de logements"], ["1", "Nord (Argentan-Ville)", "612"], ["2", "Centre", "548"],
                     ["3", "Gare", "571"], ["4", "Plateau", "409"]], widths=[1, 3, 2], align="llr")
    ccap = PIECE("1_Administratif/CCAP_VOH-2027-NET-02.pdf", "CCAP", hdr, "CCAP – nettoyage des parties communes", DOC(
        ["VAL D'ORNE HABITAT", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
         "Nettoyage et entretien des parties communes des résidences"], ["Référence : %s" % ref, "Commun aux quatre lots"],
        flat(
            A("Objet – décomposition en lots",
              "Les prestations sont réparties en quatre lots géographiques, numérotés comme suit :"),
            [lots_tab],
            F_pieces(c, 2, extra=["le bordereau des prix unitaires du lot"]),
            A("Durée", "Chaque accord-cadre est conclu pour quatre ans à compter du 1er juin 2027, sans reconduction."),
            A("Bons de commande",
              "Les prestations programmées font l'objet d'un bon de commande annuel ; les prestations ponctuelles sont commandées au fil de "
              "l'eau par les responsables de secteur. Les montants maximaux de chaque lot sont fixés dans le règlement de la consultation."),
            A("Horaires et délais",
              "Les interventions ont lieu du lundi au samedi entre 7 h et 19 h. Une demande de nettoyage d'urgence (souillures, "
              "encombrants bloquant une issue) est traitée dans un délai de 4 heures ouvrées."),
            A("Prix et révision",
              "Les prix sont révisés annuellement au 1er juin selon l'indice du coût horaire du travail révisé – tous salariés – des "
              "activités de nettoyage (ICHTrev-TS, NAF 81.2)."),
            F_paiement(c, 0),
            A("Contrôle qualité", "Des contrôles contradictoires mensuels sont réalisés sur une grille de 20 points. Une note "
                                  "inférieure à 14 entraîne une réfaction de 10 % sur la facture du mois."),
            A("Reprise du personnel",
              "Le titulaire reprend le personnel affecté au marché précédent dans les conditions de l'accord du 5 mars 2002 annexé à la "
              "convention collective des entreprises de propreté."),
            A("Sous-traitance", "Toute sous-traitance est déclarée et acceptée avant exécution ; le sous-traitant bénéficie du paiement "
                                "direct au-delà de 600 € TTC."),
            A("Confidentialité et données personnelles",
              "Le titulaire et son personnel sont tenus à la discrétion sur les informations relatives aux locataires dont ils ont "
              "connaissance. Les relevés de passage ne contiennent aucune donnée personnelle des occupants."),
            [H("Article 12 – Clause sociale d'insertion"),
             H2("12.1 Principe"),
             P("Chaque titulaire réserve une partie des heures de travail nécessaires à l'exécution de son lot à des personnes éloignées de "
               "l'emploi : demandeurs d'emploi de longue durée, allocataires de minima sociaux, jeunes sans qualification, travailleurs "
               "reconnus handicapés, habitants des quartiers prioritaires d'Argentan-sur-Orne."),
             H2("12.2 Modalités"),
             P("Embauche directe, recours à une entreprise de travail temporaire d'insertion ou à une association intermédiaire, "
               "sous-traitance à une entreprise d'insertion : le titulaire choisit la formule et en informe le facilitateur."),
             H2("12.3 Accompagnement"),
             P("Un tuteur est désigné pour chaque salarié en insertion. Le titulaire organise au moins une formation qualifiante "
               "(agent de propreté et d'hygiène) par lot et par an."),
             H2("12.4 Volume horaire par lot"),
             P("Le volume minimal d'heures d'insertion, sur la durée totale de l'accord-cadre, est le suivant :"),
             heures,
             H2("12.5 Suivi et sanction"),
             P("Un bilan trimestriel est transmis au facilitateur. Chaque heure non réalisée au terme de l'accord-cadre donne lieu à une "
               "pénalité de 50 € HT.")],
            [H("Article 13 – Exigences environnementales"),
             P("Les produits d'entretien utilisés sont titulaires de l'Écolabel européen ou d'un label de type I équivalent ; les produits "
               "concentrés sont dilués au moyen de centrales de dosage. Le titulaire privilégie les méthodes à l'eau et les textiles "
               "microfibres lavables. Les déchets d'emballage de ses produits sont repris et triés par le titulaire.")],
            F_resiliation(c, 0), F_litiges(c, 1),
        )), L(clause_sociale=1, clause_insertion=1, heures_insertion=2700, clause_environnementale=1, allotissement=1, nb_lots=4,
              evidence=["réparties en quatre lots géographiques", "Chaque titulaire réserve une partie des heures de travail",
                        "Nord – Argentan-Ville 800", "Centre 650", "Gare 700", "Plateau 550", "[800 + 650 + 700 + 550 = 2 700]",
                        "titulaires de l'Écolabel européen"]), cols=2, hyphen=True)

    cctp = PIECE("2_Technique/CCTP_VOH-2027-NET-02.docx", "CCTP", hdr, "CCTP nettoyage", DOC(
        ["VAL D'ORNE HABITAT", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", "Nettoyage des parties communes"],
        ["Référence : %s" % ref, "Le présent CCTP est commun aux quatre lots."],
        flat(
            A("Consistance des prestations",
              "Les prestations programmées comprennent le balayage humide et le lavage des sols, l'essuyage des mains courantes, des "
              "boîtes aux lettres et des portes, le nettoyage des cabines d'ascenseur, la sortie et la rentrée des conteneurs."),
            A("Fréquences",
              "Halls et cabines d'ascenseur : trois passages par semaine. Escaliers et paliers : un passage par semaine. Vitrerie des halls : "
              "une fois par mois. Locaux vide-ordures : lavage et désinfection hebdomadaires."),
            A("Produits et matériels",
              "Les produits de nettoyage portent l'Écolabel européen ou un écolabel équivalent. Les produits désinfectants sont réservés "
              "aux locaux vide-ordures. Les aérosols sont interdis. Les fiches de données de sécurité sont tenues à disposition."),
            A("Encombrants",
              "Les encombrants sont évacués vers la déchetterie ou la ressourcerie partenaire selon leur état ; le titulaire sépare le "
              "mobilier réutilisable des déchets."),
            A("Traçabilité",
              "Chaque passage est enregistré au moyen d'un badge NFC placé dans les halls ; les relevés sont consultables par l'office."),
        )), L(clause_environnementale=1, allotissement=1, nb_lots=4,
              evidence=["commun aux quatre lots", "Les produits de nettoyage portent l'Écolabel européen"]))

    bpu = PIECE("3_Financier/BPU_lot3_secteur_Gare.docx", "BPU", hdr, "BPU lot 3", [
        TITLE("VAL D'ORNE HABITAT", "BORDEREAU DES PRIX UNITAIRES", "Lot 3 – Secteur Gare", "Accord-cadre %s" % ref),
        TAB([["Code", "Prestation", "Unité", "Prix HT"],
             ["G-01", "Entretien programmé d'un hall et de sa cage d'escalier (R+4)", "mois", ""],
             ["G-02", "Entretien programmé d'une cabine d'ascenseur", "mois", ""],
             ["G-03", "Lavage de vitrerie de hall", "m²", ""],
             ["G-04", "Enlèvement d'encombrants (volume inférieur à 1 m³)", "u", ""],
             ["G-05", "Remise en propreté après sinistre – agent d'entretien", "heure", ""],
             ["G-06", "Remise en propreté après sinistre – chef d'équipe", "heure", ""],
             ["G-07", "Intervention d'urgence sous 4 heures (forfait déplacement)", "u", ""]]),
        P("Les prix incluent les produits, le matériel et les déplacements."),
    ], L(allotissement=1, evidence=["Lot 3 – Secteur Gare"]))

    dc1 = PIECE("1_Administratif/DC1_lettre_de_candidature.pdf", "FORM", hdr, "DC1 – Lettre de candidature", [
        TITLE("MARCHÉS PUBLICS", "LETTRE DE CANDIDATURE – DC1", "Habilitation du mandataire par ses co-traitants"),
        P("Le formulaire DC1 est un modèle de lettre de candidature, qui peut être utilisé par les candidats aux marchés publics."),
        H("A – Identification de l'acheteur"),
        P("(Reprendre le contenu de la mention figurant dans les documents de la consultation.) ………………………………"),
        H("B – Objet de la consultation"),
        P("(Reprendre le contenu de la mention figurant dans les documents de la consultation.) ………………………………"),
        H("C – Objet de la candidature"),
        P("La candidature est présentée : pour le marché public ; pour tous les lots de la procédure ; pour le(s) lot(s) n° ……… de la "
          "procédure (indiquer l'intitulé du ou des lots tel qu'il figure dans l'avis)."),
        H("D – Présentation du candidat"),
        P("[ ] Le candidat se présente seul : nom commercial et dénomination sociale, adresses, SIRET ……………………"),
        P("[ ] Le candidat est un groupement d'entreprises : [ ] conjoint [ ] solidaire."),
        H("E – Marchés réservés"),
        P("Si le marché ou certains lots sont réservés, le candidat indique s'il est : une entreprise adaptée ou un établissement et "
          "service d'aide par le travail (article L2113-12 du code de la commande publique) ; une structure d'insertion par l'activité "
          "économique (article L2113-13) ; une entreprise de l'économie sociale et solidaire (article L2113-15). [ ] Oui [ ] Non"),
        H("F – Engagements du candidat"),
        P("Le candidat déclare sur l'honneur ne pas entrer dans l'un des cas d'exclusion prévus aux articles L2141-1 à L2141-5 et "
          "L2141-7 à L2141-11 du code de la commande publique, et être en règle au regard des articles L5212-1 à L5212-11 du code du "
          "travail concernant l'emploi des travailleurs handicapés."),
        H("G – Signature"),
        P("Nom, prénom et qualité du signataire ; date et signature : ……………………"),
    ], L(evidence=[]))

    return dict(id="d06", zip="VOH-2027-NET-02",
                title="Val d'Orne Habitat (OPH) – nettoyage des parties communes (ZIP, 4 lots par secteur)",
                pieces=[rc, ccap, cctp, bpu, dc1],
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=2700, allotissement=1, nb_lots=4, montant_max_ht=800000),
                note="Dossier livré en archive ZIP (dossiers/d06.zip, dossier racine VOH-2027-NET-02/). Lots : le RC nomme quatre "
                     "secteurs sans numéro, le CCAP les numérote 1 à 4 dans un tableau. Maximum : somme des maxima par secteur du RC "
                     "(260 000 + 210 000 + 190 000 + 140 000 = 800 000) pour la durée totale de quatre ans. Heures : tableau du CCAP "
                     "12.4 (800 + 650 + 700 + 550 = 2 700). Pièges : 2 140 logements, nombre de logements par lot, délai de 4 heures, "
                     "7 h à 19 h, heures d'agent du BPU, pénalité de 50 € par heure, réfaction de 10 %, 600 € TTC. Le DC1 vierge cite "
                     "L2113-12/13/15 : pas une réservation.")


# ============================================================================= d07
def d07():
    c = C("le SDIS des Hautes-Corbières", "tribunal administratif de Montpellier", delai=30,
          profil="https://sdis-hautes-corbieres.marches-publics.info", ref="SDIS-HC-2027-014")
    ref = "SDIS-HC-2027-014"
    hdr = "SDIS des Hautes-Corbières – Groupement logistique – %s" % ref
    rc = PIECE("RC_SDIS-HC-2027-014.txt", "RC", hdr, "", [
        TITLE("SERVICE DEPARTEMENTAL D'INCENDIE ET DE SECOURS DES HAUTES-CORBIERES",
              "REGLEMENT DE LA CONSULTATION", "Fourniture de tenues de service et d'intervention et de chaussures d'intervention",
              "Accords-cadres a bons de commande - appel d'offres ouvert - ref. %s" % ref),
        H("ARTICLE 1 - OBJET"),
        P("La presente consultation a pour objet la fourniture de tenues de service et d'intervention (TSI) et de chaussures "
          "d'intervention pour les 1 860 sapeurs-pompiers professionnels et volontaires du SDIS."),
        H("ARTICLE 2 - ALLOTISSEMENT"),
        P("La consultation est decomposee en 2 lots :"),
        LST(["lot 1 : tenues de service et d'intervention (vestes, pantalons, polos, tee-shirts) ;",
             "lot 2 : chaussures et rangers d'intervention."]),
        P("Chaque lot donne lieu a un accord-cadre distinct. Les candidats peuvent soumissionner pour un ou deux lots."),
        H("ARTICLE 3 - DUREE ET MONTANTS"),
        P("Chaque accord-cadre est conclu pour une duree d'un an a compter de sa notification, reconductible 3 fois. Les montants, "
          "exprimes pour la duree totale de l'accord-cadre, reconductions comprises, sont les suivants :"),
        LST(["lot 1 : montant minimum 80 000 euros HT - montant maximum 600 000 euros HT ;",
             "lot 2 : montant minimum 15 000 euros HT - montant maximum 120 000 euros HT."]),
        H("ARTICLE 4 - PIECES DE LA CANDIDATURE"),
        P("DC1, DC2 ou DUME ; attestation d'assurance ; liste des principales livraisons des trois dernieres annees ; certificats "
          "de conformite CE de type (EPI de categorie II) pour les articles concernes."),
        H("ARTICLE 5 - ECHANTILLONS"),
        P("Les candidats remettent, pour chaque lot, un echantillon de chaque article en taille 42 (lot 1) ou 43 (lot 2), au "
          "groupement logistique, 4 rue des Pompiers, 11350 Tuchan-les-Corbieres, du lundi au vendredi de 8 h a 12 h. Les "
          "echantillons ne sont pas restitues."),
        H("ARTICLE 6 - CRITERES D'ATTRIBUTION"),
        P("Les offres sont jugees lot par lot selon les criteres suivants :"),
        LST(["Prix : 40 %", "Qualite technique des articles (confort, resistance, ergonomie, essais d'echantillons) : 40 %",
             "Performance environnementale (part de fibres recyclees, emballages, filiere de reprise des articles usages) : 15 %",
             "Conditions sociales de fabrication et tracabilite de la chaine d'approvisionnement : 5 %"]),
        H("ARTICLE 7 - REMISE DES OFFRES"),
        P("Date limite : 6 avril 2027 a 17 h. Depot exclusivement sur le profil d'acheteur du SDIS. La signature electronique n'est "
          "exigee que de l'attributaire."),
        H("ARTICLE 8 - AVANCE"),
        P("Une avance de 20 % est prevue pour les PME lorsque le montant du bon de commande depasse 50 000 euros HT."),
    ], L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=2, montant_max_ht=720000,
         evidence=["La consultation est decomposee en 2 lots", "montant maximum 600 000 euros HT", "montant maximum 120 000 euros HT",
                   "[600 000 + 120 000 = 720 000]", "Performance environnementale (part de fibres recyclees",
                   "Conditions sociales de fabrication et tracabilite de la chaine d'approvisionnement : 5 %"]))
    rc["unaccent"] = True

    montants = RTAB([["Lot", "Montant minimum HT (durée totale)", "Montant maximum HT (durée totale)"],
                     ["1 – Tenues de service et d'intervention", "80~000 €", "600~000 €"],
                     ["2 – Chaussures d'intervention", "15~000 €", "120~000 €"]], widths=[3.5, 2.5, 2.5], align="lrr")
    ccap = PIECE("CCAP_SDIS-HC-2027-014.pdf", "CCAP", hdr, "CCAP – tenues et chaussures", DOC(
        ["SDIS DES HAUTES-CORBIÈRES", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
         "Fourniture de tenues de service et d'intervention et de chaussures d'intervention"],
        ["Référence : %s" % ref, "Applicable aux lots 1 et 2"],
        flat(
            A("Objet et décomposition",
              "Le présent CCAP s'applique aux deux accords-cadres à bons de commande issus de la consultation : lot 1 (tenues de service "
              "et d'intervention) et lot 2 (chaussures d'intervention)."),
            A("Montants",
              "Les montants minimum et maximum de chaque accord-cadre, pour sa durée totale, reconductions comprises, sont fixés comme suit :"),
            [montants],
            F_pieces(c, 0, extra=["le bordereau des prix unitaires ;"]),
            A("Livraisons",
              "Les livraisons sont effectuées au magasin central dans un délai de quinze jours à compter du bon de commande ; pour les "
              "commandes de réassort de moins de vingt articles, le délai est de 72 heures. Les livraisons ont lieu du lundi au vendredi "
              "de 8 h à 12 h."),
            A("Pénalités",
              "Le retard de livraison donne lieu à une pénalité de 1/1000 du montant du bon de commande par jour de retard, avec un "
              "minimum de 50 € par jour."),
            A("Garantie", "Les articles sont garantis douze mois contre tout défaut de fabrication ; les coutures et fermetures sont "
                          "garanties vingt-quatre mois."),
            F_avance(c, 1, "20"),
            A("Exigences sociales dans la chaîne d'approvisionnement",
              "Le titulaire garantit que les articles livrés sont fabriqués dans le respect des huit conventions fondamentales de "
              "l'Organisation internationale du travail, par lui-même et par ses sous-traitants et fournisseurs. Il communique la liste "
              "des sites de confection et de tannage et, à la demande du SDIS, le rapport d'un audit social indépendant datant de moins "
              "de deux ans. Tout manquement constaté donne lieu à un plan d'actions correctives."),
            A("Exigences environnementales",
              "Les articles sont livrés par colis de dix, sans emballage plastique individuel. Le titulaire reprend chaque année les "
              "tenues et chaussures réformées remises par le SDIS et les oriente vers une filière de réemploi ou de recyclage ; il "
              "fournit l'attestation de prise en charge."),
            F_paiement(c, 1), F_litiges(c, 0),
        )), L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=720000,
              evidence=["aux deux accords-cadres à bons de commande issus de la consultation : lot 1", "600 000 €", "120 000 €", "[600 000 + 120 000 = 720 000]",
                        "dans le respect des huit conventions fondamentales", "sans emballage plastique individuel"]), hyphen=True)

    cctp = PIECE("CCTP_lot1_tenues_SDIS-HC-2027-014.docx", "CCTP", hdr, "CCTP lot 1", DOC(
        ["SDIS DES HAUTES-CORBIÈRES", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
         "Lot 1 : Tenues de service et d'intervention"], ["Référence : %s" % ref], flat(
            A("Articles concernés", "Veste d'intervention F1, pantalon F1, polo manches longues, tee-shirt technique, ceinturon."),
            A("Conformité", "Les articles sont conformes à l'arrêté relatif aux tenues des sapeurs-pompiers et à la norme EN ISO 11612 "
                            "(protection contre la chaleur et les flammes), code A1 B1 C1."),
            A("Tissus", "Tissu principal méta-aramide / para-aramide, couleur bleu marine, 220 g/m² ; bandes rétroréfléchissantes "
                        "jaune fluo et argent. La résistance à la flamme est vérifiée après 50 lavages à 60 °C."),
            A("Marquages", "Le marquage « SAPEURS-POMPIERS » et l'écusson départemental sont thermocollés ; le grade est porté sur une "
                           "patte amovible."),
            A("Tailles", "Le titulaire propose au moins 18 tailles par article, dont des coupes féminines."),
        )), L(allotissement=1, evidence=["Lot 1 : Tenues de service et d'intervention"]))

    rows = [["Réf.", "Article", "Tailles", "Unité", "Prix unitaire HT"]]
    arts = ["Veste d'intervention F1", "Pantalon d'intervention F1", "Polo manches longues", "Polo manches courtes",
            "Tee-shirt technique", "Sweat-shirt", "Parka de service", "Blouson softshell", "Ceinturon", "Casquette"]
    n = 1
    for a in arts:
        for t in ("XS à L", "XL à 3XL", "coupe féminine 34 à 46"):
            rows.append(["T%02d" % n, a, t, "u", ""])
            n += 1
    rows.append(["T%02d" % n, "Retouche à l'unité (ourlet, ajustement)", "toutes", "u", ""])
    rows.append(["T%02d" % (n + 1), "Marquage nominatif supplémentaire", "toutes", "u", ""])
    bpu = PIECE("BPU_lot1_tenues_SDIS-HC-2027-014.pdf", "BPU", hdr, "BPU – lot 1", [
        TITLE("SDIS DES HAUTES-CORBIÈRES", "BORDEREAU DES PRIX UNITAIRES", "Lot 1 : Tenues de service et d'intervention",
              "Accord-cadre %s" % ref),
        P("Prix en euros hors taxes, franco de port et d'emballage, livraison au magasin central comprise."),
        RTAB(rows, widths=[0.8, 4, 2.6, 0.8, 1.6], align="llllr"),
        P("Cachet et signature du candidat :"),
    ], L(allotissement=1, evidence=["Lot 1 : Tenues de service et d'intervention"]))

    return dict(id="d07", title="SDIS des Hautes-Corbières – tenues et chaussures (accords-cadres, 2 lots, RC exporté sans accents)",
                pieces=[rc, ccap, cctp, bpu],
                pos=["clause_sociale", "critere_social", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_max_ht=720000),
                note="Maximum : somme des maxima par lot pour la durée totale (600 000 + 120 000 = 720 000), écrits dans le RC "
                     "(texte exporté sans accents, « euros HT ») et dans le tableau du CCAP. Pièges : minima (80 000, 15 000), avance "
                     "de 20 % et seuil de 50 000 euros HT, 1 860 sapeurs-pompiers, délais de quinze jours et 72 heures, livraison de "
                     "8 h à 12 h, 50 lavages à 60 °C. Clause sociale : conventions fondamentales de l'OIT dans la chaîne "
                     "d'approvisionnement (pas d'insertion). Le BPU du lot 1 est un long tableau coupé entre pages.")


# ============================================================================= d08
def d08():
    c = C("l'Université de Haute-Brenne", "tribunal administratif d'Orléans", delai=30,
          profil="https://marches.univ-hautebrenne.fr", ref="UHB-2027-SUR-03")
    ref = "UHB-2027-SUR-03"
    hdr = "Université de Haute-Brenne – Direction du patrimoine – %s" % ref
    rc = PIECE("RC_UHB-2027-SUR-03.pdf", "RC", hdr, "Règlement de la consultation", DOC(
        ["UNIVERSITÉ DE HAUTE-BRENNE", "RÈGLEMENT DE LA CONSULTATION",
         "Surveillance, gardiennage et sécurité incendie des campus", "Appel d'offres ouvert européen"],
        ["Direction du patrimoine immobilier – 9, allée des Tilleuls – 36 180 Brenne-Centre", "Offres attendues le 30 avril 2027 à 14 h"],
        flat(
            A("Objet",
              "La consultation porte sur la surveillance humaine, le gardiennage et la sécurité incendie des campus de Brenne-Centre et de "
              "Villaudric, ainsi que de la bibliothèque universitaire, établissement recevant du public de deuxième catégorie."),
            A("Lots",
              "La consultation comporte deux lots :",
              ["lot 1 – Gardiennage et surveillance humaine des campus de Brenne-Centre et de Villaudric ;",
               "lot 2 – Service de sécurité incendie et d'assistance à personnes (SSIAP) de la bibliothèque universitaire."],
              "Les deux lots peuvent être attribués à un même titulaire."),
            A("Valeur estimée",
              "La valeur estimée de l'ensemble des lots, reconductions comprises, est de un million deux cent quarante mille euros "
              "hors taxes. Cette valeur excède le seuil de 216~000 € HT, ce qui justifie le recours à l'appel d'offres ouvert."),
            A("Durée", "Les marchés sont conclus pour un an à compter du 1er septembre 2027 et peuvent être reconduits trois fois."),
            A("Visite des sites",
              "Une visite des deux campus est organisée le 12 avril 2027 à 10 h ; elle est obligatoire pour le lot 2 en raison de la "
              "configuration du poste central de sécurité."),
            F_candidature(c, 0, l5212=True),
            A("Capacités exigées",
              "Les candidats justifient de l'autorisation d'exercer délivrée par le Conseil national des activités privées de sécurité "
              "et, pour le lot 2, de la qualification de leurs agents (SSIAP 1, 2 et 3). Les vacations de nuit durent au plus 12 heures."),
            A("Critères d'attribution",
              "Lot 1 : prix (50 %) ; valeur technique (40 %) ; modalités de mise en œuvre de l'action d'insertion et de formation des "
              "agents recrutés (10 %).",
              "Lot 2 : prix (55 %) ; valeur technique (45 %)."),
            F_remise(c, 2, "30 avril 2027 à 14 h 00"),
            A("Négociation", "Aucune négociation n'est possible dans le cadre de l'appel d'offres ; seules des précisions peuvent être "
                             "demandées aux candidats."),
        )), L(critere_social=1, allotissement=1, nb_lots=2, montant_estime_ht=1240000,
              evidence=["La consultation comporte deux lots", "un million deux cent quarante mille euros hors taxes",
                        "modalités de mise en œuvre de l'action d'insertion et de formation des agents recrutés (10 %)"]))

    ccap = PIECE("CCAP_UHB-2027-SUR-03.docx", "CCAP", hdr, "CCAP surveillance", DOC(
        ["UNIVERSITÉ DE HAUTE-BRENNE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
         "Surveillance, gardiennage et sécurité incendie des campus"], ["Référence : %s" % ref, "Commun aux lots 1 et 2"],
        flat(
            A("Objet", "Le présent cahier s'applique aux marchés des lots 1 (gardiennage) et 2 (SSIAP) ; la consultation compte deux lots."),
            F_pieces(c, 1),
            A("Durée", "Chaque marché court du 1er septembre 2027 au 31 août 2028 et peut être reconduit trois fois par décision expresse."),
            A("Prix", "Les prestations sont rémunérées sur la base d'un prix forfaitaire mensuel et de prix unitaires pour les vacations "
                      "supplémentaires. Les prix sont révisés au 1er septembre de chaque année selon la formule de l'article 4.2."),
            A("Délais d'intervention",
              "Sur déclenchement d'alarme intrusion, l'agent de ronde est sur place dans un délai de 20 minutes. Le remplacement d'un agent "
              "absent est assuré dans l'heure."),
            A("Pénalités", "Poste non tenu : 80 € par heure d'absence constatée. Rapport de ronde non transmis : 30 € par rapport."),
            F_paiement(c, 1),
            [H("Article 8 – Dispositions sociales"),
             H2("8.1 Respect de la réglementation du travail"),
             P("Le titulaire respecte la convention collective des entreprises de prévention et de sécurité, les durées maximales de "
               "travail et les règles relatives au travail de nuit. Il justifie de la régularité de sa situation sociale tous les six mois."),
             H2("8.2 Reprise du personnel"),
             P("Les conditions de reprise du personnel fixées par l'avenant du 28 janvier 2011 à la convention collective s'appliquent."),
             H2("8.3 Action d'insertion professionnelle (lot 1)"),
             H2("8.3.1 Principe"),
             P("Le titulaire du lot 1 confie une partie des heures de surveillance à des personnes éloignées de l'emploi, qu'il recrute "
               "directement ou par l'intermédiaire d'une entreprise de travail temporaire d'insertion, et qu'il forme au certificat de "
               "qualification professionnelle d'agent de prévention et de sécurité."),
             H2("8.3.2 Volume"),
             P("Le titulaire du lot 1 réalise au moins 1~960 heures d'insertion sur la durée totale du marché, reconductions comprises, "
               "réparties de manière équilibrée entre les années d'exécution."),
             H2("8.3.3 Justification"),
             P("Il transmet chaque semestre un état des heures réalisées visé par le facilitateur de la Maison de l'emploi de la Brenne.")],
            F_assurances(c, 1), F_resiliation(c, 0), F_litiges(c, 2),
        )), L(clause_sociale=1, clause_insertion=1, heures_insertion=1960, allotissement=1, nb_lots=2,
              evidence=["la consultation compte deux lots", "confie une partie des heures de surveillance à des personnes éloignées de l'emploi",
                        "réalise au moins 1 960 heures d'insertion sur la durée totale du marché"]))

    ae = PIECE("AE_lot1_UHB-2027-SUR-03.docx", "AE", hdr, "AE lot 1", [
        TITLE("UNIVERSITÉ DE HAUTE-BRENNE", "ACTE D'ENGAGEMENT", "Lot 1 – Gardiennage et surveillance humaine des campus",
              "Marché %s" % ref),
        H("Article 1 – Identification du titulaire"),
        P("Raison sociale : ……………………………… SIRET : ……………………… Numéro d'autorisation CNAPS : ………………………"),
        H("Article 2 – Offre de prix"),
        TAB([["Prestation", "Montant HT"], ["Forfait mensuel de surveillance", "…………… €"],
             ["Vacation supplémentaire d'un agent (par heure)", "…………… €"], ["Vacation de nuit majorée (par heure)", "…………… €"]]),
        H("Article 3 – Engagement d'insertion"),
        P("Le titulaire s'engage à réaliser 1~960 heures d'insertion sur la durée totale du marché (article 8.3.2 du CCAP)."),
        H("Article 4 – Paiement"),
        P("Virement sur le compte : ………………………………"),
        H("Article 5 – Signature"),
        P("Fait à ……………, le …………… Le titulaire. Acceptation par le président de l'université : ……………"),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=1960, allotissement=1,
         evidence=["Lot 1 – Gardiennage et surveillance humaine des campus", "s'engage à réaliser 1 960 heures d'insertion"]))

    cctp = PIECE("CCTP_UHB-2027-SUR-03.pdf", "CCTP", hdr, "CCTP – surveillance et sécurité incendie", DOC(
        ["UNIVERSITÉ DE HAUTE-BRENNE", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
         "Surveillance, gardiennage et sécurité incendie des campus"],
        ["Référence : %s" % ref, "Le présent CCTP concerne les deux lots de la consultation."],
        flat(
            A("Présentation des sites",
              "Le campus de Brenne-Centre accueille 11~400 étudiants sur 17 hectares (amphithéâtres, laboratoires, restaurant "
              "universitaire). Le campus de Villaudric, à 14 km, regroupe l'IUT et deux résidences. La bibliothèque universitaire, "
              "ouverte du lundi au samedi de 8 h à 22 h, reçoit jusqu'à 1~200 personnes."),
            A("Horaires d'ouverture et de fermeture",
              "Les bâtiments du campus de Brenne-Centre sont ouverts de 7 h 30 à 22 h en semaine et de 8 h à 13 h le samedi. L'agent "
              "d'ouverture effectue une levée de doute sur chaque bâtiment avant l'arrivée des usagers."),
            A("Lot 1 – Postes et rondes",
              "Un poste fixe est tenu au poste de contrôle de Brenne-Centre 24 heures sur 24, 365 jours par an. Un agent mobile "
              "réalise des rondes toutes les deux heures entre 22 h et 6 h sur les deux campus. Le week-end, un maître-chien complète "
              "le dispositif."),
            A("Lot 1 – Consignes générales",
              "Les consignes de poste sont rédigées par le titulaire dans le mois suivant la notification et validées par le service "
              "sécurité. Elles précisent les parcours de ronde, les points de pointage et la conduite à tenir en cas d'intrusion."),
            A("Lot 2 – Service de sécurité incendie",
              "Le service de sécurité incendie de la bibliothèque est composé, pendant les heures d'ouverture, d'un chef d'équipe SSIAP 2 "
              "et de deux agents SSIAP 1. Le chef de service SSIAP 3 assure 8 heures de présence hebdomadaire."),
            A("Lot 2 – Missions",
              "Prévention des incendies, entretien élémentaire des moyens de secours, évacuation du public, accueil des secours, tenue "
              "du registre de sécurité et assistance à personnes."),
            A("Main courante et rapports",
              "Chaque événement est consigné sur une main courante électronique consultable par l'université. Un rapport mensuel "
              "d'activité récapitule les interventions, les alarmes et les anomalies."),
            A("Formation et habilitations",
              "Les agents disposent de leur carte professionnelle en cours de validité et sont recyclés conformément à la "
              "réglementation. Le titulaire forme ses agents aux spécificités des sites avant leur prise de poste, à raison d'au "
              "moins 7 heures par agent."),
            A("Tenue et matériels",
              "Les agents portent une tenue distinctive. Le titulaire fournit les moyens de communication, les lampes, les badges de "
              "ronde et le véhicule de ronde."),
            A("Réunions de suivi",
              "Une réunion trimestrielle réunit le titulaire et la direction du patrimoine ; elle examine les indicateurs de qualité "
              "(taux de présence, délais d'intervention, incidents)."),
        )), L(allotissement=1, nb_lots=2, evidence=["Le présent CCTP concerne les deux lots de la consultation."]), hyphen=True)

    return dict(id="d08", title="Université de Haute-Brenne – surveillance et sécurité incendie (2 lots, montant en toutes lettres)",
                pieces=[rc, ccap, ae, cctp],
                pos=["clause_sociale", "clause_insertion", "critere_social"],
                values=V(heures_insertion=1960, allotissement=1, nb_lots=2, montant_estime_ht=1240000),
                note="Montant estimé écrit seulement en toutes lettres dans le RC (un million deux cent quarante mille euros hors "
                     "taxes = 1 240 000). Heures : sous-section 8.3.2 de l'article « Dispositions sociales » du CCAP et AE du lot 1 "
                     "(1 960, comptées une fois). Pièges : seuil de 216 000 € HT ; vacations de 12 heures ; 20 minutes ; 80 € par heure "
                     "d'absence ; horaires d'ouverture (7 h 30 à 22 h, 8 h à 22 h) ; 24 heures sur 24 ; 7 heures de formation ; 8 heures "
                     "de présence ; 11 400 étudiants. Pas de clause environnementale.")


# ============================================================================= d09
def d09():
    c = C("le CCAS de Montferrand-les-Sources", "tribunal administratif de Clermont-Ferrand", delai=30,
          profil="https://www.e-marchespublics.com", ref="CCAS-MLS-2027-01")
    ref = "CCAS-MLS-2027-01"
    hdr = "CCAS de Montferrand-les-Sources – Portage de repas à domicile – %s" % ref
    rc = PIECE("RC_CCAS-MLS-2027-01.docx", "RC", hdr, "Règlement de la consultation", DOC(
        ["CENTRE COMMUNAL D'ACTION SOCIALE DE MONTFERRAND-LES-SOURCES", "RÈGLEMENT DE LA CONSULTATION",
         "Confection et livraison de repas à domicile pour les personnes âgées et handicapées"],
        ["Accord-cadre à bons de commande – procédure adaptée (article R2123-1 3°, services sociaux et autres services spécifiques)"],
        flat(
            A("Objet",
              "Le CCAS organise un service de portage de repas au domicile des personnes âgées de plus de 70 ans et des personnes en "
              "situation de handicap résidant sur la commune. La consultation porte sur la confection des repas (déjeuner et dîner) et "
              "leur livraison en liaison froide, six jours sur sept."),
            A("Marché réservé",
              "En application de l'article L2113-15 du code de la commande publique, le présent accord-cadre, qui porte exclusivement sur "
              "des services sociaux, est réservé aux entreprises de l'économie sociale et solidaire mentionnées au II de l'article 1er de "
              "la loi n° 2014-856 du 31 juillet 2014, qui poursuivent une mission de service public liée à la prestation et n'ont pas "
              "obtenu de marché du CCAS sur ce fondement au cours des trois dernières années."),
            A("Allotissement",
              "L'accord-cadre est passé en lot unique : confection et livraison forment une même chaîne dont la séparation ferait peser "
              "sur le CCAS la responsabilité de la chaîne du froid."),
            A("Durée et montants", "L'accord-cadre est conclu pour un an, reconductible deux fois. Il comporte un montant minimum et un "
                                   "montant maximum précisés à l'article 3 du CCAP."),
            F_candidature(c, 1),
            A("Critères de jugement",
              "Prix : 40 % ; qualité gustative et nutritionnelle des menus (évaluée sur un plateau-test) : 30 % ; relation avec les "
              "bénéficiaires et adaptation aux régimes : 15 % ; performance environnementale (approvisionnement de proximité, emballages "
              "réutilisables, véhicules de livraison) : 15 %."),
            F_remise(c, 2, "3 mai 2027 à 12 h 00"),
        )), L(marche_reserve=1, reserve_base="L2113-15", critere_environnemental=1, allotissement=0,
              evidence=["En application de l'article L2113-15 du code de la commande publique, le présent accord-cadre",
                        "est réservé aux entreprises de l'économie sociale et solidaire", "L'accord-cadre est passé en lot unique",
                        "performance environnementale (approvisionnement de proximité, emballages réutilisables"]))

    ccap = PIECE("CCAP_CCAS-MLS-2027-01.pdf", "CCAP", hdr, "CCAP – portage de repas", DOC(
        ["CCAS DE MONTFERRAND-LES-SOURCES", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
         "Confection et livraison de repas à domicile"], ["Référence : %s" % ref], flat(
            A("Objet", "Le présent accord-cadre à bons de commande porte sur la confection et la livraison de repas au domicile des "
                       "bénéficiaires du service de portage du CCAS (environ 68 repas par jour)."),
            A("Marché réservé", "L'accord-cadre est réservé en application de l'article L2113-15 du code de la commande publique. Le "
                                "titulaire conserve pendant toute l'exécution la qualité d'entreprise de l'économie sociale et solidaire."),
            A("Montants",
              "Le montant minimum des commandes est de 40~000 € HT par période de douze mois. Le montant maximum des commandes est fixé à "
              "110~000 € HT par période de douze mois, soit 330¦SB¦000 € HT sur la durée maximale de l'accord-cadre."),
            A("Durée", "Un an à compter du 1er juillet 2027, reconductible tacitement deux fois par période d'un an."),
            A("Commandes et livraisons",
              "Les commandes sont transmises chaque jeudi pour la semaine suivante ; elles peuvent être modifiées jusqu'à 48 heures avant "
              "la livraison. Les repas sont livrés entre 8 h et 12 h, en main propre, dans des contenants isothermes."),
            A("Prix", "Prix unitaire par repas, révisé annuellement selon l'indice INSEE des prix à la consommation « restauration "
                      "collective »."),
            A("Pénalités", "Repas non livré : 15 € par repas. Rupture de la chaîne du froid constatée : 500 € par constat."),
            A("Conditions environnementales d'exécution",
              "Les repas sont conditionnés dans des barquettes réutilisables, consignées et reprises lors de la tournée suivante ; les "
              "barquettes jetables en plastique sont interdites. Au moins deux tournées sur trois sont effectuées avec des véhicules "
              "électriques ou au biogaz. Les excédents non servis font l'objet d'un don à une association d'aide alimentaire."),
            F_paiement(c, 2), F_litiges(c, 1),
        )), L(marche_reserve=1, reserve_base="L2113-15", clause_environnementale=1, montant_max_ht=330000,
              evidence=["réservé en application de l'article L2113-15", "soit 330 000 € HT sur la durée maximale de l'accord-cadre",
                        "barquettes réutilisables, consignées et reprises", "véhicules électriques ou au biogaz"]), hyphen=True)

    avis = PIECE("Avis_publicite_CCAS-MLS-2027-01.txt", "AVIS", hdr, "", [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "CCAS de Montferrand-les-Sources"),
        P("Nom et adresse de l'acheteur : Centre communal d'action sociale de Montferrand-les-Sources, 1 place de la Mairie, 63 710 "
          "Montferrand-les-Sources. SIRET 266 301 784 00014. Contact : service seniors, tél. 04 73 88 12 40."),
        P("Objet : confection et livraison de repas à domicile. CPV : 55521100 (services de livraison de repas à domicile)."),
        P("Type de procédure : procédure adaptée – services sociaux et autres services spécifiques."),
        P("Division en lots : non."),
        P("Marché réservé : oui. Réservé aux organisations poursuivant une mission de service public (article L2113-15 du code de la "
          "commande publique, entreprises de l'économie sociale et solidaire)."),
        P("Forme : accord-cadre à bons de commande mono-attributaire. Montant maximum : 110 000 euros HT par an. Durée : 12 mois, "
          "reconductible 2 fois."),
        P("Conditions particulières d'exécution : repas livrés en contenants réutilisables ; tournées majoritairement effectuées en "
          "véhicules à faibles émissions."),
        P("Critères d'attribution : énoncés dans le règlement de la consultation."),
        P("Date limite de réception des offres : 3 mai 2027 à 12 h. Date d'envoi de l'avis : 2 avril 2027."),
    ], L(marche_reserve=1, reserve_base="L2113-15", clause_environnementale=1, allotissement=0, montant_max_ht=330000,
         evidence=["Division en lots : non.", "(article L2113-15 du code de la commande publique",
                   "Montant maximum : 110 000 euros HT par an", "[110 000 x 3 périodes = 330 000]",
                   "repas livrés en contenants réutilisables"]))

    qr = PIECE("Questions_reponses_CCAS-MLS-2027-01.pdf", "QR", hdr, "Questions / réponses", [
        TITLE("CCAS DE MONTFERRAND-LES-SOURCES", "QUESTIONS DES CANDIDATS ET RÉPONSES DU CCAS", "Consultation %s" % ref),
        H("Question 1"),
        P("Notre structure est une association loi 1901 qui n'a pas l'agrément « entreprise solidaire d'utilité sociale ». Peut-elle "
          "présenter une offre ?"),
        P("Réponse : Oui. Le marché est réservé sur le fondement de l'article L2113-15 du code de la commande publique aux entreprises "
          "de l'économie sociale et solidaire ; une association relève de l'ESS au sens de l'article 1er de la loi du 31 juillet 2014, "
          "sans que l'agrément ESUS soit exigé. Elle doit en outre poursuivre une mission de service public liée à la prestation."),
        H("Question 2"),
        P("Quel est le volume quotidien de repas ?"),
        P("Réponse : 68 repas par jour en moyenne en 2026, avec des pointes à 85 repas en période de canicule."),
        H("Question 3"),
        P("Le CCAS s'engage-t-il sur un volume minimal ?"),
        P("Réponse : Oui, le montant minimum est de 40 000 € HT par période annuelle (article 3 du CCAP)."),
        H("Question 4"),
        P("Pouvons-nous sous-traiter la livraison à un transporteur ?"),
        P("Réponse : Oui, à hauteur de la seule prestation de livraison, que le candidat peut estimer à 12 000 € HT par an environ ; "
          "le sous-traitant est déclaré dans l'offre."),
    ], L(marche_reserve=1, reserve_base="L2113-15",
         evidence=["Le marché est réservé sur le fondement de l'article L2113-15 du code de la commande publique"]))

    return dict(id="d09", title="CCAS de Montferrand-les-Sources – portage de repas (réservé ESS L2113-15, lot unique)",
                pieces=[rc, ccap, avis, qr],
                pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_max_ht=330000, reserve_base="L2113-15"),
                note="Réservation L2113-15 (services sociaux, ESS), citée dans le RC, le CCAP, l'avis et le registre Q/R. Maximum : "
                     "CCAP 110 000 € HT par période de douze mois, soit 330 000 € HT sur trois périodes (écrit) ; l'avis n'écrit que "
                     "110 000 euros HT par an et 12 mois reconductibles 2 fois (calcul). Pièges : minimum 40 000 € HT ; 68 et 85 repas ; "
                     "sous-traitance de 12 000 € HT par an ; 48 heures ; 8 h à 12 h ; pénalités de 15 € et 500 € ; trois ans "
                     "d'exclusion du L2113-15 ; personnes âgées de plus de 70 ans.")


# ============================================================================= d10 (ZIP)
def d10():
    c = C("le Syndicat intercommunal des eaux de la Vallée du Lorsin", "tribunal administratif de Besançon", ccag="travaux",
          delai=30, profil="https://www.marches-sievl.fr", ref="SIEVL-2027-AEP-05")
    ref = "SIEVL-2027-AEP-05"
    hdr = "SIEVL – Renouvellement des réseaux d'eau potable – %s" % ref
    rc = PIECE("01 - Reglement de consultation/RC_SIEVL-2027-AEP-05.pdf", "RC", hdr, "RC – réseaux d'eau potable", DOC(
        ["SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLÉE DU LORSIN", "RÈGLEMENT DE CONSULTATION",
         "Renouvellement des réseaux d'eau potable – rue des Tanneurs et secteur de la Fontaine (Lorsin-la-Ville)"],
        ["Marché de travaux – procédure adaptée", "Syndicat des eaux, 3 chemin du Captage, 25 640 Lorsin-la-Ville"],
        flat(
            A("Objet",
              "Les travaux comprennent le remplacment de 1~620 mètres de canalisations en fonte grise par de la fonte ductile DN 100 à DN "
              "200, la reprise de 112 branchements en plomb ou en polyéthylène ancien, et la pose de six poteaux d'incendie."),
            A("Décomposition",
              "La consultation comprend deux lots, désignés ci-après par leur intitulé : le lot « Canalisations » et le lot "
              "« Branchements ». Chaque lot fait l'objet d'un marché distinct ; les candidats peuvent répondre aux deux."),
            A("Estimation",
              "À titre indicatif, le maître d'ouvrage estime le lot « Canalisations » à 742~000 € HT et le lot « Branchements » à "
              "318~000 € HT."),
            A("Délais", "Les travaux débutent en septembre 2027 pour une durée de cinq mois. Les coupures d'eau aux abonnés sont "
                        "limitées à 4 heures et annoncées 48 heures à l'avance ; une permanence est assurée 24 h sur 24."),
            F_candidature(c, 2),
            A("Jugement des offres", "Prix : 60 % ; valeur technique appréciée au vu du cadre de mémoire technique : 40 %."),
            F_remise(c, 0, "28 mai 2027 à 12 h"),
        )), L(allotissement=1, nb_lots=2, montant_estime_ht=1060000,
              evidence=["La consultation comprend deux lots", "le lot « Canalisations » à 742 000 € HT",
                        "le lot « Branchements » à 318 000 € HT", "[742 000 + 318 000 = 1 060 000]"]))

    ccap = PIECE("02 - Pieces administratives/CCAP_SIEVL-2027-AEP-05.docx", "CCAP", hdr, "CCAP – réseaux d'eau potable", DOC(
        ["SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLÉE DU LORSIN", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
         "Renouvellement des réseaux d'eau potable"], ["Référence : %s" % ref, "Lots « Canalisations » et « Branchements »"],
        flat(
            A("Objet", "Le présent CCAP est commun aux deux lots de l'opération."),
            F_pieces(c, 0, extra=["le détail quantitatif estimatif ;"]),
            A("Prix", "Les travaux sont réglés sur prix unitaires, révisables selon l'index TP10a (canalisations et égouts)."),
            A("Retenue de garantie", "Une retenue de garantie de 5 % est appliquée ; elle peut être remplacée par une caution."),
            A("Pénalités", "Retard d'achèvement : 400 € par jour. Coupure d'eau dépassant la durée annoncée : 100 € par heure de "
                           "dépassement et par rue concernée."),
            A("Essais et désinfection", "Les canalisations sont éprouvées et désinfectées avant mise en service ; les résultats "
                                        "d'analyse conformes conditionnent la réception."),
            [H("Article 7 – Action d'insertion professionnelle"),
             P("En application de l'article L2112-2 du code de la commande publique, chaque titulaire réserve une partie des heures de "
               "travail du chantier à des personnes éloignées de l'emploi, orientées par le PLIE du Lorsin :"),
             LST(["lot « Canalisations » : au moins 350 heures ;", "lot « Branchements » : au moins 150 heures."]),
             P("Le titulaire justifie des heures réalisées par un état mensuel. Chaque heure non effectuée est sanctionnée par une "
               "pénalité de 70 € HT.")],
            F_assurances(c, 2), F_litiges(c, 0),
        )), L(clause_sociale=1, clause_insertion=1, heures_insertion=500, allotissement=1, nb_lots=2,
              evidence=["commun aux deux lots de l'opération", "chaque titulaire réserve une partie des heures de travail du chantier",
                        "au moins 350 heures", "au moins 150 heures", "[350 + 150 = 500]"]))

    ae = PIECE("02 - Pieces administratives/AE_lot_Branchements.docx", "AE", hdr, "AE – lot Branchements", [
        TITLE("SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLÉE DU LORSIN", "ACTE D'ENGAGEMENT", "Lot « Branchements »",
              "Renouvellement des réseaux d'eau potable – %s" % ref),
        H("1. Objet"),
        P("Le présent acte d'engagement porte sur le lot « Branchements » (reprise de 112 branchements et pose des compteurs en regard)."),
        H("2. Prix"),
        P("Montant total TTC de l'offre, reporté du détail quantitatif estimatif : ……………………… € TTC. Pour information, le maître "
          "d'ouvrage a estimé ce lot à 381~600 € TTC."),
        H("3. Insertion"),
        P("Je m'engage à réserver 150 heures de travail à des personnes éloignées de l'emploi, conformément à l'article 7 du CCAP."),
        H("4. Délai"),
        P("Cinq mois à compter de l'ordre de service de démarrage, période de préparation incluse."),
        H("5. Signature"),
        P("À ………………, le ……………… Le candidat (signature) — Le président du syndicat (acceptation)"),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=150, allotissement=1,
         evidence=["porte sur le lot « Branchements »", "Je m'engage à réserver 150 heures de travail à des personnes éloignées de l'emploi"]))

    cadre = PIECE("03 - Cadre de reponse/Cadre_memoire_technique.docx", "CADRE", hdr, "Cadre de mémoire technique", [
        TITLE("SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLÉE DU LORSIN", "CADRE DE MÉMOIRE TECHNIQUE", "Consultation %s" % ref),
        P("Le candidat remplit un cadre distinct pour chacun des deux lots. Les réponses sont limitées à quinze pages par lot."),
        H("1. Organisation du chantier"),
        P("Le candidat décrit le phasage proposé, l'organisation des coupures d'eau et l'information des riverains."),
        H("2. Moyens humains et matériels"),
        P("Le candidat indique la composition des équipes, le nom du conducteur de travaux et les engins affectés."),
        H("3. Mise en œuvre de l'action d'insertion"),
        P("Le candidat précise les modalités qu'il envisage pour réaliser les heures d'insertion (embauche directe, ETTI, GEIQ, "
          "sous-traitance) et l'encadrement prévu."),
        H("4. Qualité et sécurité"),
        P("Le candidat présente son plan d'assurance qualité, ses procédures de désinfection et ses mesures de sécurité."),
        TAB([["Rubrique", "Réponse du candidat"], ["Conducteur de travaux", ""], ["Nombre de compagnons", ""], ["Sous-traitants", ""]]),
    ], L(allotissement=1, nb_lots=2, evidence=["un cadre distinct pour chacun des deux lots"]))

    rows = [["N°", "Désignation", "U", "Quantité", "PU HT", "Montant HT"]]
    for it in [("C1", "Installation de chantier", "ft", "1"), ("C2", "Sondages de reconnaissance des réseaux", "u", "24"),
               ("C3", "Tranchée sous chaussée, profondeur 1,20 m", "ml", "1~180"), ("C4", "Tranchée sous trottoir", "ml", "440"),
               ("C5", "Fourniture et pose fonte ductile DN 100", "ml", "610"), ("C6", "Fourniture et pose fonte ductile DN 150", "ml", "720"),
               ("C7", "Fourniture et pose fonte ductile DN 200", "ml", "290"), ("C8", "Vanne à opercule DN 150", "u", "14"),
               ("C9", "Poteau d'incendie DN 100", "u", "6"), ("C10", "Raccordement sur réseau existant", "u", "9"),
               ("C11", "Réfection de chaussée en enrobés", "m²", "1~420"), ("C12", "Essais de pression et désinfection", "ft", "1"),
               ("C13", "Heure de main-d'œuvre (ouvrier qualifié) en régie", "h", "60"), ("C14", "Heure de pelle 14 t avec chauffeur", "h", "30")]:
        rows.append([it[0], it[1], it[2], it[3], "", ""])
    rows.append(["", "TOTAL HT", "", "", "", ""])
    dqe = PIECE("04 - Pieces financieres/DQE_lot_Canalisations.pdf", "DQE", hdr, "DQE – lot Canalisations", [
        TITLE("SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLÉE DU LORSIN", "DÉTAIL QUANTITATIF ESTIMATIF", "Lot « Canalisations »", ref),
        RTAB(rows, widths=[0.7, 5, 0.6, 1.1, 1, 1.3], align="lllrrr"),
        P("Le candidat complète les prix unitaires et les montants ; le total est reporté à l'acte d'engagement."),
    ], L(allotissement=1, evidence=["Lot « Canalisations »"]))

    return dict(id="d10", zip="SIEVL-2027-AEP-05",
                title="Syndicat des eaux de la Vallée du Lorsin – réseaux d'eau potable (ZIP, 2 lots sans numéro)",
                pieces=[rc, ccap, ae, cadre, dqe],
                pos=["clause_sociale", "clause_insertion"],
                values=V(heures_insertion=500, allotissement=1, nb_lots=2, montant_estime_ht=1060000),
                note="Dossier livré en archive ZIP (dossiers/d10.zip, dossier racine SIEVL-2027-AEP-05/, sous-dossiers numérotés). "
                     "Lots sans numéro (« Canalisations », « Branchements »). Montant estimé : 742 000 + 318 000 = 1 060 000 (RC) ; l'AE "
                     "du lot Branchements n'écrit que 381 600 € TTC (vide). Heures : 350 + 150 = 500 (CCAP), l'AE du lot Branchements "
                     "reprend ses 150 heures. Le cadre de mémoire technique demande au candidat de « préciser » ses modalités "
                     "d'insertion : contenu de l'offre, pas une clause (0). Pièges : 4 heures de coupure, 48 heures, 24 h sur 24, "
                     "heures en régie et de pelle du DQE, 100 € et 70 € par heure, 112 branchements, 1 620 mètres.")


# ============================================================================= d11
def d11():
    c = C("la SPL Côte-Sud Aménagement", "tribunal administratif de Toulon", delai=30,
          profil="https://cotesud-amenagement.achatpublic.com", ref="SPLCSA-2027-MOE-09")
    c["ccag"] = "prestations intellectuelles"
    ref = "SPLCSA-2027-MOE-09"
    hdr = "SPL Côte-Sud Aménagement – Centre-bourg de Port-Sérac – %s" % ref
    rc = PIECE("RC_SPLCSA-2027-MOE-09.pdf", "RC", hdr, "Règlement de consultation – maîtrise d'œuvre", DOC(
        ["SPL CÔTE-SUD AMÉNAGEMENT", "RÈGLEMENT DE CONSULTATION",
         "Maîtrise d'œuvre pour la requalification des espaces publics du centre-bourg de Port-Sérac"],
        ["Mandataire de la commune de Port-Sérac – procédure adaptée restreinte", "Référence : %s" % ref],
        flat(
            A("Objet et mission",
              "Le marché porte sur une mission de maîtrise d'œuvre de base (ESQ, APS, APD, PRO, ACT, VISA, DET, AOR) complétée des "
              "missions OPC et SYN, pour la requalification des places de la Mairie et du Port, de la rue Droite et des quais."),
            A("Allotissement",
              "Le marché n'est pas alloti : la mission de maîtrise d'œuvre est indivisible et confiée à une équipe unique, dont le "
              "mandataire est obligatoirement un paysagiste concepteur ou un architecte."),
            A("Enveloppe et rémunération",
              "L'enveloppe financière prévisionnelle affectée aux travaux par le maître d'ouvrage est de 4~200~000 € HT. Le montant "
              "prévisionnel des honoraires de maîtrise d'œuvre est estimé à 378~000 € HT, toutes missions confondues."),
            A("Déroulement de la procédure",
              "Trois candidats au plus sont admis à remettre une offre après examen des candidatures. Une audition est organisée avec "
              "chacun d'eux ; une indemnité de 4~000 € HT est versée aux candidats non retenus ayant remis une offre complète."),
            F_candidature(c, 0),
            A("Critères",
              "Candidatures : compétences, références et moyens de l'équipe. Offres : valeur technique (note méthodologique, "
              "organisation de l'équipe, compréhension du site) 60 % ; prix (taux de rémunération et prix des missions complémentaires) 40 %."),
            A("Marché réservé", "Le marché n'est pas réservé."),
            F_remise(c, 1, "21 juin 2027 à 16 h"),
        )), L(allotissement=0, montant_estime_ht=378000,
              evidence=["Le marché n'est pas alloti", "Le montant prévisionnel des honoraires de maîtrise d'œuvre est estimé à 378 000 € HT"]))

    ccap = PIECE("CCAP_SPLCSA-2027-MOE-09.pdf", "CCAP", hdr, "CCAP – maîtrise d'œuvre", DOC(
        ["SPL CÔTE-SUD AMÉNAGEMENT", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
         "Maîtrise d'œuvre – requalification du centre-bourg de Port-Sérac"], ["Référence : %s" % ref],
        flat(
            A("Objet", "Le présent CCAP fixe les conditions d'exécution de la mission de maîtrise d'œuvre décrite au programme."),
            F_pieces(c, 2, extra=["le programme de l'opération"]),
            A("Forfait de rémunération",
              "La part de l'enveloppe financière affectée aux travaux est fixée à 4~200~000 € HT. Le forfait provisoire de rémunération "
              "résulte de l'application du taux proposé par le titulaire à ce montant ; il devient définitif à l'acceptation de l'APD, "
              "sur la base de l'estimation prévisionnelle définitive des travaux."),
            A("Engagement sur le coût des travaux",
              "Le seuil de tolérance sur l'estimation de l'APD est fixé à 5 %. Si le résultat de la consultation des entreprises dépasse ce "
              "seuil, le titulaire reprend gratuitement ses études."),
            A("Délais des études", "ESQ : 4 semaines ; APS : 6 semaines ; APD : 8 semaines ; PRO : 8 semaines ; le délai de VISA est de "
                                   "15 jours. Les réunions de chantier hebdomadaires durent environ deux heures."),
            A("Pénalités", "Retard dans la remise d'un élément de mission : 150 € par jour. Absence à une réunion de chantier : 300 €."),
            F_avance(c, 1, "5"), F_paiement(c, 0),
            A("Propriété intellectuelle", "Les droits d'utilisation des résultats sont cédés dans les conditions de l'option B du CCAG-PI."),
            F_resiliation(c, 1), F_litiges(c, 1),
        )), L(evidence=[]), hyphen=True)

    ae = PIECE("AE_SPLCSA-2027-MOE-09.docx", "AE", hdr, "Acte d'engagement – MOE", [
        TITLE("SPL CÔTE-SUD AMÉNAGEMENT", "ACTE D'ENGAGEMENT", "Maîtrise d'œuvre – centre-bourg de Port-Sérac – %s" % ref),
        H("1. Mandataire et cotraitants"),
        TAB([["Membre de l'équipe", "Compétence", "SIRET"], ["", "Paysagiste concepteur / architecte (mandataire)", ""],
             ["", "Bureau d'études VRD", ""], ["", "Éclairagiste", ""], ["", "OPC", ""]]),
        H("2. Rémunération"),
        P("Enveloppe financière affectée aux travaux : 4~200~000 € HT. Taux de rémunération proposé : ………… %. Forfait provisoire de "
          "rémunération : ……………… € HT. Missions complémentaires OPC et SYN : ……………… € HT."),
        H("3. Répartition des honoraires"),
        P("La répartition par élément de mission et par cotraitant figure en annexe 1."),
        H("4. Signature"),
        P("Fait à ……………, le …………… Pour le groupement, le mandataire. Pour la SPL, le directeur général."),
    ], L(evidence=[]))

    dc2 = PIECE("DC2_declaration_du_candidat.docx", "FORM", hdr, "DC2", [
        TITLE("MARCHÉS PUBLICS", "DÉCLARATION DU CANDIDAT INDIVIDUEL OU DU MEMBRE DU GROUPEMENT – DC2", ""),
        P("Le formulaire DC2 est un modèle de déclaration qui peut être utilisé par les candidats, en complément du DC1."),
        H("A – Identification de l'acheteur"), P("………………………………"),
        H("B – Objet de la consultation"), P("………………………………"),
        H("C – Identification du candidat"),
        P("Nom commercial, dénomination sociale, adresse, SIRET, forme juridique : ………………………………"),
        P("Le candidat est-il une micro, une petite ou une moyenne entreprise ? [ ] Oui [ ] Non"),
        H("D – Capacités"),
        TAB([["Exercice", "Chiffre d'affaires global HT", "Part du chiffre d'affaires concernant les prestations objet du marché"],
             ["N-1", "", ""], ["N-2", "", ""], ["N-3", "", ""]]),
        P("Effectifs moyens annuels et importance du personnel d'encadrement : ………………"),
        H("E – Marchés réservés"),
        P("Le candidat est-il une entreprise adaptée, un ESAT (L2113-12), une SIAE (L2113-13), un opérateur dont l'activité est "
          "réalisée en détention (L2113-13-1) ou une entreprise de l'ESS (L2113-15) ? [ ] Oui [ ] Non. À ne renseigner que si le "
          "marché ou le lot est réservé."),
        H("F – Signature"), P("………………………………"),
    ], L(evidence=[]))

    return dict(id="d11", title="SPL Côte-Sud Aménagement – maîtrise d'œuvre du centre-bourg de Port-Sérac (non alloti, enveloppe travaux)",
                pieces=[rc, ccap, ae, dc2],
                pos=[],
                values=V(allotissement=0, montant_estime_ht=378000),
                note="Montant estimé : honoraires prévisionnels de 378 000 € HT (RC). Piège principal : l'enveloppe affectée aux travaux "
                     "(4 200 000 € HT), écrite dans le RC, le CCAP et l'AE, n'est pas la valeur du marché de maîtrise d'œuvre. Autres "
                     "pièges : indemnité de 4 000 € HT, tolérance de 5 %, pénalités, « Le marché n'est pas réservé », mandataire "
                     "« obligatoirement un paysagiste concepteur ou un architecte », DC2 vierge citant les articles de réservation. "
                     "Aucune considération sociale ou environnementale.")


# ============================================================================= d12
def d12():
    c = C("la direction départementale des territoires de l'Aubrac-Nord", "tribunal administratif de Toulouse", delai=30,
          profil="https://www.marches-publics.gouv.fr", ref="DDT-AN-2027-FB-01")
    ref = "DDT-AN-2027-FB-01"
    hdr = "Préfecture de l'Aubrac-Nord – DDT – Fournitures de bureau – %s" % ref
    rc = PIECE("RC_DDT-AN-2027-FB-01.pdf", "RC", hdr, "Règlement de la consultation", DOC(
        ["PRÉFET DE L'AUBRAC-NORD", "DIRECTION DÉPARTEMENTALE DES TERRITOIRES", "RÈGLEMENT DE LA CONSULTATION",
         "Fournitures de bureau, papier de reprographie et collecte des consommables usagés"],
        ["Accords-cadres à bons de commande – procédure adaptée", "Référence : %s" % ref],
        flat(
            A("Objet", "La consultation porte sur l'approvisionnement des services de la DDT et des unités territoriales (sept sites) en "
                       "papier, en petites fournitures de bureau, et sur la collecte des cartouches d'impression et consommables usagés."),
            A("Allotissement",
              "La consultation est divisée en trois lots :",
              ["lot 1 : papier de reprographie ;", "lot 2 : fournitures de bureau ;",
               "lot 3 : collecte et valorisation des cartouches et consommables d'impression usagés."]),
            A("Réservation du lot 3",
              "Le lot 3 est réservé, en application des articles L2113-12 et L2113-13 du code de la commande publique (article L2113-14), "
              "à la fois aux entreprises adaptées, aux établissements et services d'aide par le travail et aux structures d'insertion "
              "par l'activité économique."),
            A("Montants",
              "Les accords-cadres sont conclus sans montant minimum et avec un montant maximum, sur la durée totale de quatre ans, de "
              "90 k€ HT pour le lot 1, de 140 k€ HT pour le lot 2 et de 20 k€ HT pour le lot 3."),
            F_candidature(c, 1),
            A("Critères",
              "Lots 1 et 2 : prix (60 %), qualité des produits au vu des échantillons (30 %), délai de livraison, qui ne peut excéder "
              "72 heures (10 %). Lot 3 : prix (50 %), organisation des collectes (50 %)."),
            F_remise(c, 2, "10 juin 2027 à 12 h"),
            A("Avance", "Conformément à la réglementation applicable aux marchés de l'État, une avance de 20 % est versée aux PME."),
        )), L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=1, nb_lots=3, montant_max_ht=250000,
              evidence=["divisée en trois lots", "Le lot 3 est réservé, en application des articles L2113-12 et L2113-13",
                        "90 k€ HT pour le lot 1, de 140 k€ HT pour le lot 2 et de 20 k€ HT pour le lot 3", "[90 000 + 140 000 + 20 000 = 250 000]"]),
        hyphen=True)

    ccap = PIECE("CCAP_DDT-AN-2027-FB-01.docx", "CCAP", hdr, "CCAP fournitures", DOC(
        ["PRÉFET DE L'AUBRAC-NORD – DDT", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
         "Fournitures de bureau, papier et collecte des consommables"], ["Référence : %s" % ref],
        flat(
            A("Objet et lots", "Le présent CCAP s'applique aux trois lots de la consultation. Le lot 3 est un marché réservé (articles "
                               "L2113-12 et L2113-13 du code de la commande publique)."),
            A("Montants maximaux",
              "Pour la durée totale de l'accord-cadre (quatre ans), les montants maximaux HT sont les suivants :"),
            [TAB([["Lot", "Montant maximum HT"], ["Lot 1 – Papier", "90 000 €"], ["Lot 2 – Fournitures de bureau", "140 000 €"],
                  ["Lot 3 – Collecte des consommables", "20 000 €"]])],
            F_pieces(c, 0),
            A("Livraisons", "Les livraisons ont lieu sur les sept sites, du lundi au vendredi de 9 h à 11 h 30 et de 14 h à 16 h, dans un "
                            "délai maximal de 72 heures après la commande. Toute commande d'un montant inférieur à 150 € HT est "
                            "regroupée avec la suivante."),
            A("Pénalités", "Retard de livraison : 50 € par jour et par site."),
            A("Clauses environnementales",
              "Le titulaire des lots 1 et 2 regroupe ses livraisons, à raison d'une livraison par site et par semaine au plus. Les "
              "fournitures sont livrées sans suremballage plastique ; les cartons et palettes de livraison sont repris par le titulaire "
              "lors de la livraison suivante et orientés vers le recyclage."),
            A("Retenue de garantie", "Aucune retenue de garantie n'est prévue."),
            F_paiement(c, 1), F_litiges(c, 2),
        )), L(marche_reserve=1, reserve_base="L2113-12;L2113-13", clause_environnementale=1, allotissement=1, nb_lots=3,
              montant_max_ht=250000,
              evidence=["s'applique aux trois lots de la consultation", "Le lot 3 est un marché réservé (articles L2113-12 et L2113-13",
                        "Lot 1 – Papier 90 000 €", "Lot 2 – Fournitures de bureau 140 000 €", "Lot 3 – Collecte des consommables 20 000 €",
                        "sans suremballage plastique"]))

    cctp = PIECE("CCTP_DDT-AN-2027-FB-01.pdf", "CCTP", hdr, "CCTP – fournitures de bureau", DOC(
        ["PRÉFET DE L'AUBRAC-NORD – DDT", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
         "Fournitures de bureau, papier et collecte des consommables"], ["Référence : %s" % ref, "CCTP commun aux trois lots"],
        flat(
            A("Lot 1 – Papier", "Papier A4 et A3, 80 g/m², blancheur CIE 150 minimum, adapté aux copieurs multifonctions et à "
                                "l'impression recto verso. Conditionnement par ramettes de 500 feuilles et cartons de 5 ramettes."),
            A("Lot 2 – Fournitures", "Le catalogue couvre l'écriture, le classement, le petit matériel de bureau et les consommables de "
                                     "reliure. Le titulaire maintient les références pendant toute la durée du marché."),
            A("Lot 3 – Collecte", "Le titulaire fournit des boîtes de collecte, les enlève sur demande dans un délai de dix jours et remet "
                                  "un bordereau de prise en charge par site."),
            A("Conditions de livraison",
              "Les produits sont livrés sans suremballage plastique. Les palettes et cartons sont repris par le titulaire. Les livraisons "
              "sont groupées ; les véhicules de livraison circulant en centre-ville respectent la classe Crit'Air 1 ou 2."),
            A("Commande en ligne", "Le titulaire des lots 1 et 2 met à disposition un site de commande avec circuit de validation."),
        )), L(clause_environnementale=1, allotissement=1, nb_lots=3,
              evidence=["CCTP commun aux trois lots", "Les produits sont livrés sans suremballage plastique"]), hyphen=True)

    avis = PIECE("Avis_DDT-AN-2027-FB-01.txt", "AVIS", hdr, "", [
        TITLE("AVIS DE MARCHÉ – FOURNITURES", "DDT de l'Aubrac-Nord"),
        P("I.1) Nom et adresses : Direction départementale des territoires de l'Aubrac-Nord, 4 boulevard de la Résistance, 12 850 "
          "Saint-Géraud-d'Aubrac. SIRET 130 026 517 00012."),
        P("II.1.1) Intitulé : Fournitures de bureau, papier et collecte des consommables usagés. II.1.2) CPV : 30192000. "
          "II.1.3) Type de marché : fournitures."),
        P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Nombre de lots : 3."),
        P("II.2.1) Lot n° 1 : papier de reprographie – valeur maximale 90 000 euros HT. Lot n° 2 : fournitures de bureau – valeur "
          "maximale 140 000 euros HT. Lot n° 3 : collecte des consommables usagés – valeur maximale 20 000 euros HT."),
        P("III.1.5) Informations sur les marchés réservés : le lot 3 est réservé aux opérateurs économiques mentionnés aux articles "
          "L2113-12 et L2113-13 du code de la commande publique (entreprises adaptées, ESAT, SIAE)."),
        P("III.2.2) Conditions particulières d'exécution : livraisons groupées hebdomadaires, absence de suremballage plastique et "
          "reprise des emballages de livraison par le titulaire."),
        P("IV.1.1) Procédure adaptée. IV.2.2) Date limite de réception des offres : 10 juin 2027, 12 h 00."),
        P("VI.3) Informations complémentaires : durée de chaque accord-cadre : 4 ans. Les critères figurent au règlement de la consultation."),
    ], L(marche_reserve=1, reserve_base="L2113-12;L2113-13", clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=250000,
         evidence=["Nombre de lots : 3", "le lot 3 est réservé aux opérateurs économiques mentionnés aux articles L2113-12 et L2113-13",
                   "absence de suremballage plastique", "[90 000 + 140 000 + 20 000 = 250 000]"]))

    return dict(id="d12", title="DDT de l'Aubrac-Nord (État) – fournitures de bureau (3 lots, lot 3 réservé EA/ESAT et SIAE)",
                pieces=[rc, ccap, cctp, avis],
                pos=["marche_reserve", "clause_environnementale"],
                values=V(allotissement=1, nb_lots=3, montant_max_ht=250000, reserve_base="L2113-12;L2113-13"),
                note="Réservation du lot 3 à la fois aux EA/ESAT et aux SIAE (L2113-12 et L2113-13, L2113-14). Maximum : somme des "
                     "maxima par lot pour quatre ans : en k€ dans le RC (90 + 140 + 20 k€), en euros dans le tableau du CCAP et l'avis "
                     "= 250 000. Pièges : délai de 72 heures (critère « délai de livraison », ni social ni environnemental), horaires de "
                     "livraison, commandes inférieures à 150 € HT, pénalité de 50 €, avance de 20 %, dix jours. Aucun critère "
                     "environnemental.")


# ============================================================================= construction et contrôles
DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12]


def ZIP_WRITE(zpath, srcdir, root):
    """Archive ZIP déterministe : entrées triées, dossiers compris, datées du 2026-01-01."""
    entries = []
    for dp, dns, fns in os.walk(srcdir):
        rel = os.path.relpath(dp, srcdir)
        if rel != ".":
            entries.append((rel.replace(os.sep, "/") + "/", None))
        for fn in fns:
            r = os.path.join(rel, fn) if rel != "." else fn
            entries.append((r.replace(os.sep, "/"), os.path.join(dp, fn)))
    entries.sort()
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for name, src in entries:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            if src is None:
                zi.external_attr = 0o40755 << 16
                z.writestr(zi, b"")
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o100644 << 16
                with open(src, "rb") as fh:
                    z.writestr(zi, fh.read())


def build_piece2(folder, p):
    path = os.path.join(folder, p["file"])
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ext = p["file"].rsplit(".", 1)[1]
    if ext == "xml":
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(p["xml"])
        return None
    pdf = ext == "pdf"
    blocks = [_conv(b, pdf) for b in number_articles(p["blocks"])]
    header, footer = p["header"], p["footer"]
    if p.get("unaccent"):
        blocks = [tuple(unaccent(x) if isinstance(x, str) else
                        ([unaccent(i) if isinstance(i, str) else [unaccent(j) for j in i] for i in x]
                         if isinstance(x, list) else x) for x in b) for b in blocks]
        header, footer = unaccent(header), unaccent(footer)
    if pdf:
        return build_pdf(path, _conv_str(header, True), _conv_str(footer, True), blocks,
                         hyphen=p.get("hyphen", False), title=header, cols=p.get("cols", 1))
    if ext == "docx":
        build_docx(path, header, footer, blocks)
    else:
        build_txt(path, blocks)
    return None


# ----------------------------------------------------------------------------- extraction du texte produit
import pypdf
from lxml import etree


def extract(data, ext):
    if ext == "pdf":
        r = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)
    if ext == "docx":
        d = docx.Document(io.BytesIO(data))
        out = []
        for sec in d.sections:
            out.extend(p.text for p in sec.header.paragraphs)
        for el in d.element.body.iterchildren():
            tag = el.tag.rsplit("}", 1)[1]
            if tag == "p":
                out.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
            elif tag == "tbl":
                for tr in el.iter(qn("w:tr")):
                    cells = []
                    for tc in tr.iter(qn("w:tc")):
                        cells.append(" ".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                                              for p in tc.iter(qn("w:p"))))
                    out.append(" ".join(cells))
        for sec in d.sections:
            out.extend(p.text for p in sec.footer.paragraphs)
        return "\n".join(out), None
    if ext == "xml":
        root = etree.fromstring(data)
        return " ".join(t for t in root.itertext()), None
    return data.decode("utf-8"), None


def normalise(t, keep_hyphen):
    t = t.replace(NB, " ").replace(NNB, " ").replace("\u2009", " ")
    t = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", (r"\1-\2" if keep_hyphen else r"\1\2"), t)
    return re.sub(r"\s+", " ", t).strip()


def evid_norm(q):
    return re.sub(r"\s+", " ", norm(q)).strip()


_CATS = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
         "clause_environnementale", "critere_environnemental")
_BASES = {"L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"}
_EXP = {"allotissement": "divided", "nb_lots": "lot_count", "montant_estime_ht": "estimated_ht",
        "montant_max_ht": "max_ht", "heures_insertion": "insertion_hours", "reserve_base": "reservation_bases"}


def expect_of(d):
    out = {}
    for name, key in _EXP.items():
        v = d["values"][name]
        if key == "divided":
            v = None if v is None else bool(int(v))
        elif key == "reservation_bases":
            v = sorted(v.split(";")) if v else []
        out[key] = v
    out["considerations"] = {c: c in d["pos"] for c in _CATS}
    return out


def build_all(out, quiet=False):
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rows, yml, problems, kinds, pages = [], [], [], {}, {}
    for f in DOSSIERS:
        d = f()
        did = d["id"]
        zroot = d.get("zip")
        folder = os.path.join(out, "_tmp_" + did, zroot) if zroot else os.path.join(out, did)
        os.makedirs(folder)
        if not (3 <= len(d["pieces"]) <= 6):
            problems.append("%s : %d pièces" % (did, len(d["pieces"])))
        for p in d["pieces"]:
            if p["file"].endswith(".xml"):
                continue
            nums = []
            for b in number_articles(p["blocks"]):
                if b[0] in ("h", "h2"):
                    m = _ART.match(b[1])
                    if m:
                        nums.append(int(m.group(1)))
            if nums != sorted(set(nums)):
                problems.append("%s/%s : numérotation des articles %r" % (did, p["file"], nums))
        for p in d["pieces"]:
            build_piece2(folder, p)
        if zroot:
            ZIP_WRITE(os.path.join(out, did + ".zip"), os.path.join(out, "_tmp_" + did), zroot)
            shutil.rmtree(os.path.join(out, "_tmp_" + did))
        for p in d["pieces"]:
            ext = p["file"].rsplit(".", 1)[1]
            kinds[ext] = kinds.get(ext, 0) + 1
            if zroot:
                rel = did + ".zip/" + zroot + "/" + p["file"]
                with zipfile.ZipFile(os.path.join(out, did + ".zip")) as z:
                    data = z.read(zroot + "/" + p["file"])
            else:
                rel = did + "/" + p["file"]
                with open(os.path.join(out, did, p["file"]), "rb") as fh:
                    data = fh.read()
            text, n = extract(data, ext)
            if n is not None:
                pages[n] = pages.get(n, 0) + 1
            t1, t2 = normalise(text, False), normalise(text, True)
            lab = dict(p["label"])
            evs = [unaccent(q) if p.get("unaccent") else q for q in lab["evidence"]]
            for q in evs:
                if q.startswith("["):
                    continue
                qq = evid_norm(q)
                if qq not in t1 and qq not in t2:
                    problems.append("%s : preuve absente du texte extrait : %r" % (rel, q))
            ev = " | ".join(evid_norm(q) for q in evs)
            if len(ev) > 300:
                problems.append("%s : preuve trop longue (%d)" % (rel, len(ev)))
            if p["doc_type"] not in _DOC_TYPES:
                problems.append("%s : doc_type %s" % (rel, p["doc_type"]))
            filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
            if filled and not evs:
                problems.append("%s : valeurs sans preuve" % rel)
            if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
                problems.append("%s : clause_insertion sans clause_sociale" % rel)
            if lab["heures_insertion"] and lab["clause_insertion"] != 1:
                problems.append("%s : heures sans clause_insertion" % rel)
            if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
                problems.append("%s : marche_reserve / reserve_base incohérents" % rel)
            if lab["reserve_base"] and not set(lab["reserve_base"].split(";")) <= _BASES:
                problems.append("%s : base inconnue %s" % (rel, lab["reserve_base"]))
            if lab["nb_lots"] and lab["allotissement"] != 1:
                problems.append("%s : nb_lots sans allotissement = 1" % rel)
            for c in _CATS:
                if lab[c] not in (0, 1, "?"):
                    problems.append("%s : %s = %r" % (rel, c, lab[c]))
                if lab[c] == 1 and c not in d["pos"]:
                    problems.append("%s : %s=1 absent de pos du dossier" % (rel, c))
            for c in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
                if lab[c] is not None and not re.fullmatch(r"\d+(\.\d+)?", _fmt(lab[c])):
                    problems.append("%s : %s = %r" % (rel, c, lab[c]))
            row = {"path": rel, "doc_type": p["doc_type"]}
            for c in COLUMNS[2:-1]:
                row[c] = _fmt(lab[c])
            row["evidence"] = ev
            rows.append(row)
        for c in d["pos"]:
            if c not in _CATS:
                problems.append("%s : catégorie inconnue %s" % (did, c))
            elif not any(p["label"][c] == 1 for p in d["pieces"]):
                problems.append("%s : %s dans pos sans pièce à 1" % (did, c))
        v = d["values"]
        if bool(v["reserve_base"]) != ("marche_reserve" in d["pos"]):
            problems.append("%s : reserve_base / pos incohérents" % did)
        if "clause_insertion" in d["pos"] and "clause_sociale" not in d["pos"]:
            problems.append("%s : clause_insertion sans clause_sociale" % did)
        if v["heures_insertion"] and "clause_insertion" not in d["pos"]:
            problems.append("%s : heures sans clause_insertion" % did)
        if v["nb_lots"] and v["allotissement"] != 1:
            problems.append("%s : nb_lots sans allotissement" % did)
        for name in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
            vals = [p["label"][name] for p in d["pieces"] if p["label"][name] is not None]
            if v[name] is not None and not vals:
                problems.append("%s : %s du dossier sans pièce qui le donne" % (did, name))
        yml.append(dict(id=did, title=d["title"],
                        pieces=[dict(file=p["file"], doc_type=p["doc_type"]) for p in d["pieces"]],
                        pos=d["pos"], values=v, note=d["note"],
                        path="dossiers/" + did + (".zip" if zroot else ""), expect=expect_of(d)))
    with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    return rows, yml, problems, kinds, pages


def md5s(folder, skip=None):
    out = {}
    for dp, dns, fns in os.walk(folder):
        if skip and os.path.abspath(dp).startswith(os.path.abspath(skip)):
            continue
        for fn in fns:
            p = os.path.join(dp, fn)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, folder)] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    rows, yml, problems, kinds, pages = build_all(OUT)
    import yaml
    head = ("# Jeu scellé extraction-14 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main par une session d'aide agissant comme\n"
            "# annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier (somme des lots) ; montant estimé = somme des lots,\n"
            "# tranches et options ; maximum = somme sur tous les lots et toutes les périodes ; montant seulement TTC = vide.\n"
            "# Dossiers livrés en ZIP : path = dossiers/<id>.zip ; file = chemin de la pièce dans l'archive\n"
            "# (dans labels.csv : <id>.zip/<chemin dans l'archive>).\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    # seconde construction dans un sous-dossier temporaire, comparaison des md5
    first = md5s(OUT)
    tmp = os.path.join(OUT, "_verif")
    build_all(tmp)
    second = md5s(tmp)
    shutil.rmtree(tmp)
    diff = sorted(k for k in set(first) | set(second) if first.get(k) != second.get(k))
    for k in diff:
        problems.append("non déterministe : %s" % k)
    print("contrôles : preuves retrouvées dans le texte EXTRAIT des fichiers produits (pypdf, python-docx avec cellules, "
          "lxml, brut ; espaces normalisées, césures recollées) ; preuves <= 300 caractères ; 3 à 6 pièces ; articles "
          "sans doublon ; clause_insertion => clause_sociale ; heures => clause_insertion ; marche_reserve <=> reserve_base ; "
          "bases permises ; nb_lots => allotissement = 1 ; valeurs numériques ; types de pièces ; pos <=> pièces ; "
          "double construction (md5 de %d fichiers) -> %d problème(s)" % (len(first), len(problems)))
    print("%d dossiers, %d pièces (%s) ; pages des PDF : %s ; nombres coupés en fin de ligne : %d ; césures forcées : %d" % (
        len(yml), len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), SB_STATS["cut"] // 2, HY_STATS["cut"] // 2))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
