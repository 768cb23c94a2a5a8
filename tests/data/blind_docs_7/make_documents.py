#!/usr/bin/env python3
"""Construit le jeu blind_docs_7 : documents entiers isolés (PDF reportlab, DOCX python-docx, TXT).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise TELLE QUELLE de tests/data/blind_values_13/make_documents.py, lignes 27-664
(écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB,
césure forcée HY, aides de saisie, number_articles, C, A, _DOC_TYPES) ; seules SET_NAME et OUT sont
redéfinies juste après le bloc copié. La fin du script (extra_checks, build_doc, main) adapte les
lignes 2433-2611 du même fichier à des documents isolés (pas de dossiers.yml).

Tous les textes, acheteurs, lieux, références, SIRET et nombres sont inventés.
Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit documents/<fichier> et documents/labels.csv (une ligne par document, étiqueté pour lui seul).

Conventions de saisie : « ~ » = espace insécable ; « ^ » = espace fine insécable ; BR = retour forcé
(PDF) ; SB = coupure possible d'un nombre en fin de ligne (PDF) ; HY = césure possible d'un mot court.

Usage : /work/main/.venv/bin/python tests/data/blind_docs_7/make_documents.py
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
SET_NAME = "blind_values_13"

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




# ----------------------------------------------------------------------------- fin du bloc copié
SET_NAME = "blind_docs_7"
OUT = os.path.join(HERE, "documents")


def DOC(file, doc_type, header, footer, blocks, label, hyphen=False, cols=1, note=""):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, hyphen=hyphen, cols=cols, note=note)


# ============================================================================= documents
# Chaque fonction renvoie un DOC ; l'étiquette L(...) vaut pour le document seul (LABELS.md).


def d01():
    hdr = "Département du Val-d'Orbe – Direction des collèges – CCAP n° 2026-COL-014"
    ftr = "CCAP – Nettoyage des locaux des collèges publics"
    b = [TITLE("DÉPARTEMENT DU VAL-D'ORBE", "Cahier des clauses administratives particulières",
               "Accord-cadre à bons de commande – Nettoyage et entretien des locaux des collèges publics"),
         H("Article 1 – Objet et décomposition"),
         P("Le présent accord-cadre a pour objet le nettoyage courant et la remise en état des locaux des "
           "collèges publics du Département (salles de classe, demi-pension, locaux administratifs, gymnases "
           "non délégués). Il est décomposé en trois lots géographiques :"),
         LST(["lot 1 – secteur d'Orbe-Centre (11 collèges) ;", "lot 2 – secteur du Plateau (8 collèges) ;",
              "lot 3 – secteur des Vallées (7 collèges)."]),
         P("Chaque lot fait l'objet d'un accord-cadre mono-attributaire distinct, exécuté par bons de commande "
           "en application des articles R.~2162-13 et R.~2162-14 du code de la commande publique."),
         H("Article 2 – Durée et montants"),
         P("L'accord-cadre est conclu pour une durée de quatre ans à compter de sa notification. Les montants "
           "maximums, fixés pour toute la durée de l'accord-cadre, sont les suivants :"),
         RTAB([["Lot", "Montant minimum (€ HT)", "Montant maximum (€ HT)"],
               ["Lot 1 – Orbe-Centre", "80 000", "420 000"],
               ["Lot 2 – Plateau", "60 000", "310 000"],
               ["Lot 3 – Vallées", "50 000", "270 000"],
               ["Total", "190 000", "1 000 000"]], widths=[2, 1.3, 1.3], align="lrr", bold_last=True),
         P("Soit un montant maximum total, tous lots confondus, de 1"+SB+"000~000 € HT sur la durée de l'accord-cadre."),
         H("Article 3 – Prix et variation"),
         P("Les prix sont unitaires, fermes la première année puis révisables annuellement par application "
           "de l'indice ICHT-rev-TS publié par l'INSEE. Le coefficient de révision est arrondi au millième "
           "supérieur. Aucune révision n'est appliquée aux prestations exécutées pendant les trois premiers mois."),
         H("Article 4 – Action d'insertion professionnelle"),
         P("En application de l'article L.~2112-2 du code de la commande publique, le titulaire de chaque lot "
           "s'oblige à réserver à des personnes rencontrant des difficultés sociales ou profession"+HY+"nelles "
           "particulières une part égale à 7~% au moins du nombre total d'heures de main-d'œuvre nécessaires à "
           "l'exécution des bons de commande."),
         P("Sont notamment éligibles : les demandeurs d'emploi inscrits depuis plus de douze mois, les allocataires "
           "du RSA, les jeunes de moins de 26 ans sortis du système scolaire sans qualification, les personnes "
           "reconnues travailleurs handicapés et les salariés des structures d'insertion par l'activité économique."),
         P("Le titulaire peut satisfaire à cet engagement par embauche directe, par mise à disposition (ETTI, "
           "association intermédiaire, GEIQ) ou par sous-traitance à une SIAE. Il est accompagné par le "
           "facilitateur du PLIE du Val-d'Orbe, qui valide l'éligibilité des personnes avant leur prise de poste."),
         P("Un état trimestriel des heures réalisées est transmis au facilitateur. En cas de non-respect de "
           "l'engagement, une pénalité de 40 € HT par heure non réalisée est appliquée, sans mise en demeure "
           "préalable, après le bilan annuel."),
         H("Article 5 – Produits et matériels"),
         P("Les produits d'entretien utilisés par le titulaire sont titulaires de l'écolabel européen ou d'un "
           "label équivalent, à l'exception des désinfectants de la demi-pension. Les produits sont livrés en "
           "bidons concentrés, dilués sur place par centrale de dosage ; les aérosols sont proscrits. Les "
           "fiches de données de sécurité sont tenues à disposition du chef d'établissement."),
         P("Les autolaveuses et aspirateurs affectés aux sites présentent un niveau sonore inférieur à 70 dB(A)."),
         H("Article 6 – Pénalités diverses"),
         P("Outre la pénalité prévue à l'article 4, le titulaire encourt, sans mise en demeure : 150 € HT par "
           "prestation non réalisée constatée contradictoirement ; 80 € HT par jour de retard dans la "
           "transmission des relevés mensuels ; 300 € HT par absence non remplacée au-delà de deux jours. Le "
           "montant cumulé des pénalités n'est pas plafonné."),
         H("Article 7 – Règlement des comptes"),
         P("Les sommes dues sont réglées par mandat administratif dans un délai global de 30 jours. Les factures "
           "sont déposées sur le portail Chorus Pro et mentionnent le numéro du bon de commande et le collège."),
         H("Article 8 – Résiliation et litiges"),
         P("Le CCAG-FCS (arrêté du 30 mars 2021) s'applique pour tout ce qui n'est pas prévu au présent CCAP. "
           "Les litiges relèvent du tribunal administratif de Bellerive."),
         ]
    lab = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=3,
            montant_max_ht=1000000,
            evidence=["une part égale à 7 % au moins du nombre total d'heures de main-d'œuvre",
                      "titulaires de l'écolabel européen ou d'un label équivalent",
                      "décomposé en trois lots géographiques",
                      "un montant maximum total, tous lots confondus, de 1 000 000 € HT"])
    return DOC("d01_val-d-orbe_ccap_nettoyage_colleges.pdf", "CCAP", hdr, ftr, b, lab, hyphen=True,
               note="insertion en % des heures (pas de nombre d'heures) ; écolabel ; maximum par lot en tableau + total")


def d02():
    hdr = "Commune de Saint-Aubin-des-Landes – MAPA n° 26-07 – Acte d'engagement"
    ftr = "AE – Réhabilitation de l'école élémentaire Jules-Ferry"
    b = [TITLE("COMMUNE DE SAINT-AUBIN-DES-LANDES", "ACTE D'ENGAGEMENT",
               "Marché public de travaux passé selon la procédure adaptée (article R. 2123-1 du CCP)"),
         H("A – Objet du marché"),
         P("Réhabilitation thermique et mise aux normes de l'école élémentaire Jules-Ferry, 4 rue des Tilleuls. "
           "Les travaux font l'objet d'un marché unique, tous corps d'état ; il n'est pas prévu de décomposition "
           "en lots, la commune ne disposant pas des moyens d'assurer la coordination de plusieurs entreprises."),
         H("B – Identification du titulaire"),
         P("Nom, prénom et qualité du signataire : ........................................"),
         P("Raison sociale : ........................................ SIRET : ...................."),
         P("Adresse : ................................................................................"),
         H("C – Prix"),
         P("Le prix global et forfaitaire de l'offre est de : ............ € HT, soit ............ € TTC "
           "(TVA 20 %), conformément à la DPGF jointe."),
         H("D – Délai d'exécution"),
         P("Le délai d'exécution est de 14 semaines, période de préparation de 3 semaines incluse, à compter de "
           "l'ordre de service de démarrage. Les travaux bruyants sont réalisés pendant les vacances scolaires."),
         H("E – Engagements particuliers du titulaire"),
         P("En signant le présent acte d'engagement, le titulaire accepte les engagements ci-dessous, qui "
           "constituent des conditions d'exécution du marché :"),
         TAB([["Engagement", "Contenu", "Valeur imposée"],
              ["Heures de travail réservées à des publics éloignés de l'emploi", "Embauche directe, mise à "
               "disposition ou sous-traitance à une SIAE ; suivi par la Maison de l'emploi des Landes", "420 heures"],
              ["Tuteur désigné", "Un salarié du titulaire accompagne chaque personne recrutée", "1 tuteur"],
              ["Pénalité", "Par heure non effectuée à la réception", "35 € HT / heure"]],
             widths=[1.6, 2.6, 1.0]),
         P("Le titulaire transmet chaque mois à la commune le relevé nominatif des heures effectuées, visé par "
           "la Maison de l'emploi."),
         H("F – Paiement"),
         P("Les sommes dues sont versées au compte ouvert au nom de : ...................... "
           "IBAN : ...................... BIC : ........"),
         P("Avance : le titulaire [ ] renonce [ ] ne renonce pas au bénéfice de l'avance."),
         H("G – Signature"),
         P("Fait en un seul original, à ...................., le ....................   Le titulaire (signature "
           "électronique)"),
         P("Acceptation de l'offre par le pouvoir adjudicateur – Le Maire, Gérard Pellerin."),
         ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=420, allotissement=0,
            evidence=["Heures de travail réservées à des publics éloignés de l'emploi",
                      "420 heures", "il n'est pas prévu de décomposition en lots"])
    return DOC("d02_saint-aubin_ae_ecole.docx", "AE", hdr, ftr, b, lab,
               note="AE de MAPA ; heures d'insertion dans un tableau ; objet « réhabilitation thermique » sans clause env.")


def d03():
    b = [TITLE("BOAMP – Avis de marché", "Syndicat mixte d'aménagement de la vallée de la Lesse (SMAVL)",
               "Annonce n° 26-118374 – Département de publication : 58"),
         P("Section I : Pouvoir adjudicateur"),
         P("I.1) Nom et adresses : Syndicat mixte d'aménagement de la vallée de la Lesse, 2 quai du Moulin, "
           "58410 Varennes-sur-Lesse. Contact : service marchés, tél. : +33 386000000."),
         P("I.4) Type de pouvoir adjudicateur : autorité régionale ou locale (syndicat mixte)."),
         P("Section II : Objet"),
         P("II.1.1) Intitulé : Restauration de berges et entretien de la ripisylve de la Lesse et de ses affluents"),
         P("II.1.3) Type de marché : Travaux"),
         P("II.1.5) Valeur totale estimée : 1 240 000 euros hors TVA"),
         P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Des offres peuvent être "
           "soumises pour tous les lots."),
         P("II.2.1) Intitulé : Lot n° 1 – Travaux de génie végétal, secteur amont"),
         P("II.2.4) Description des prestations : fascinages, tressages, plantations d'hélophytes, abattage "
           "sélectif des arbres instables, enlèvement des embâcles."),
         P("II.2.5) Critères d'attribution : Prix : 55 % ; Valeur technique : 35 % ; Parcours proposés aux "
           "personnes en insertion (accueil, encadrement, formation qualifiante) : 10 %"),
         P("II.2.1) Intitulé : Lot n° 2 – Travaux de génie végétal, secteur aval et affluents"),
         P("II.2.5) Critères d'attribution : identiques à ceux du lot n° 1."),
         P("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
         P("III.1.1) Habilitation à exercer l'activité professionnelle : inscription au registre du commerce "
           "ou au répertoire des métiers."),
         P("III.1.3) Capacité technique et professionnelle : liste des travaux similaires exécutés au cours "
           "des cinq dernières années ; moyens humains et matériels de l'entreprise."),
         P("III.1.5) Informations sur les marchés réservés : néant."),
         P("III.2.2) Conditions particulières d'exécution : le marché comporte une clause d'insertion par "
           "l'activité économique. Le titulaire du lot n° 1 réalisera au minimum 350 heures de travail au "
           "bénéfice de personnes éloignées de l'emploi ; le titulaire du lot n° 2, 210 heures. Voir article 9 "
           "du CCAP."),
         P("Section IV : Procédure"),
         P("IV.1.1) Type de procédure : procédure adaptée ouverte."),
         P("IV.2.2) Date limite de réception des offres : 12 février 2026 à 12 h 00."),
         P("Section VI : Renseignements complémentaires"),
         P("VI.3) Informations complémentaires : visite de site conseillée (rendez-vous auprès du technicien "
           "rivière). Le DCE est téléchargeable gratuitement sur le profil d'acheteur du syndicat."),
         P("VI.4.1) Instance chargée des procédures de recours : tribunal administratif de Dijon."),
         ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=560, critere_social=1, allotissement=1,
            nb_lots=2, montant_estime_ht=1240000,
            evidence=["Parcours proposés aux personnes en insertion (accueil, encadrement, formation qualifiante) : 10 %",
                      "au minimum 350 heures", "le titulaire du lot n° 2, 210 heures",
                      "[350 + 210 = 560]", "Valeur totale estimée : 1 240 000 euros hors TVA"])
    return DOC("d03_smavl_avis_boamp_berges.txt", "AVIS", "", "", b, lab,
               note="avis BOAMP ; heures par lot (somme) ; critère social nommé par son contenu ; objet écologique (berges) sans clause env.")


def d04():
    b = [TITLE("Supplies – 123456-2026", "France-Montreval: Workwear and protective clothing",
               "Contract notice – Directive 2014/24/EU – Standard form 2"),
         P("Section I: Contracting authority"),
         P("I.1) Name and addresses: Université de Montreval, 14 avenue des Facultés, 34990 Montreval, France. "
           "Contact person: Direction des achats. E-mail: achats@univ-montreval.example"),
         P("I.4) Type of the contracting authority: Body governed by public law"),
         P("Section II: Object"),
         P("II.1.1) Title: Supply of workwear, laboratory coats and personal protective clothing for university staff"),
         P("II.1.2) Main CPV code: 18100000 Occupational clothing, special workwear and accessories"),
         P("II.1.5) Estimated total value: Value excluding VAT: 680 000.00 EUR"),
         P("II.1.6) Information about lots: This contract is divided into lots: yes. Tenders may be submitted "
           "for all lots. Maximum number of lots that may be awarded to one tenderer: 2"),
         P("II.2.1) Title: Workwear for technical and grounds staff. Lot No: 1"),
         P("II.2.5) Award criteria: Quality criterion - Name: Technical value of the garments (samples) / "
           "Weighting: 35 ; Quality criterion - Name: Supply-chain due diligence (mapping of spinning, weaving "
           "and sewing sites, audits, remediation of labour-rights breaches) / Weighting: 15 ; Quality "
           "criterion - Name: Share of garments made of organic or recycled fibres / Weighting: 10 ; Price - "
           "Weighting: 40"),
         P("II.2.1) Title: Laboratory coats and chemical protective clothing. Lot No: 2"),
         P("II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 50 ; Price - Weighting: 50"),
         P("II.2.1) Title: Embroidery and personalisation of garments. Lot No: 3"),
         P("II.2.4) Description of the procurement: embroidery of the university logo and of staff names on "
           "garments delivered under lots 1 and 2. This lot is reserved to entreprises adaptées and ESAT "
           "pursuant to Article L. 2113-12 of the French public procurement code."),
         P("II.2.5) Award criteria: Price is not the only award criterion and all criteria are stated only in "
           "the procurement documents"),
         P("Section III: Legal, economic, financial and technical information"),
         P("III.1.3) Technical and professional ability: list of the main deliveries performed over the past "
           "three years; samples; description of the quality-control measures of the tenderer."),
         P("III.1.5) Information about reserved contracts: The contract is restricted to sheltered workshops and "
           "economic operators aiming at the social and professional integration of disabled or disadvantaged "
           "persons (lot 3 only)."),
         P("III.2.2) Contract performance conditions: For lot 1, the contractor shall ensure that the garments "
           "are manufactured in compliance with the eight fundamental ILO conventions (forced labour, child "
           "labour, freedom of association, non-discrimination) at every tier of the supply chain, including "
           "cotton growing and ginning. The contractor shall keep the list of production sites up to date and "
           "send the contracting authority an annual traceability report; any breach found shall be subject to "
           "a corrective action plan within three months."),
         P("Section IV: Procedure"),
         P("IV.1.1) Type of procedure: Open procedure"),
         P("IV.2.2) Time limit for receipt of tenders: 09/03/2026 Local time: 12:00"),
         P("Section VI: Complementary information"),
         P("VI.3) Additional information: The framework agreements are concluded for one year renewable three "
           "times. Tenderers may visit the stores on appointment."),
         P("VI.4.1) Review body: Tribunal administratif de Montpellier"),
         ]
    lab = L(clause_sociale=1, critere_social=1, marche_reserve=1, reserve_base="L2113-12",
            critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=680000,
            evidence=["Supply-chain due diligence (mapping of spinning, weaving and sewing sites",
                      "Share of garments made of organic or recycled fibres / Weighting: 10",
                      "reserved to entreprises adaptées and ESAT pursuant to Article L. 2113-12",
                      "the eight fundamental ILO conventions", "Lot No: 3", "680 000.00 EUR"])
    return DOC("d04_univ-montreval_ted_workwear.txt", "AVIS", "", "", b, lab,
               note="avis TED anglais ; OIT + traçabilité coton ; lot 3 réservé L2113-12 ; critères social et env. nommés par contenu")


def d05():
    b = [TITLE("Avis de marché – Formulaire eForms (extrait lisible) – Notice 00482117-2026",
               "Centre hospitalier intercommunal des Deux-Rives",
               "Fourniture de denrées alimentaires pour la restauration des patients et du personnel"),
         P("Acheteur : Centre hospitalier intercommunal des Deux-Rives (CHIDR) – Forme juridique : établissement "
           "public de santé – Activité : santé"),
         P("Procédure : ouverte – Description : fourniture de denrées alimentaires (produits frais, épicerie, "
           "surgelés) pour la cuisine centrale du CHIDR, environ 1 900 repas/jour."),
         P("Valeur estimée hors TVA : 2 150 000,00 EUR"),
         P("Nature principale du contrat : fournitures – Accord-cadre : oui, avec un seul opérateur par lot"),
         P("Division en lots : oui – Nombre maximal de lots par soumissionnaire : 4"),
         P("LOT-0001 – Viandes et volailles fraîches"),
         P("Critère : Type : Prix – Nom : Prix des denrées – Pondération (pourcentage, valeur exacte) : 50"),
         P("Critère : Type : Qualité – Nom : Part des produits sous label (Label Rouge, AB, HVE) dans "
           "l'offre – Description : pourcentage en valeur des produits de l'offre bénéficiant de l'un des "
           "signes ou mentions listés au CCTP – Pondération (pourcentage, valeur exacte) : 25"),
         P("Critère : Type : Qualité – Nom : Émissions du transport de livraison – Description : distance "
           "parcourue et motorisation des véhicules de livraison (gCO2 par kg livré) – Pondération "
           "(pourcentage, valeur exacte) : 10"),
         P("Critère : Type : Qualité – Nom : Qualité organoleptique (dégustation) – Pondération : 15"),
         P("LOT-0002 – Produits laitiers et ovoproduits – Critères : identiques au LOT-0001"),
         P("LOT-0003 – Épicerie et produits secs – Critères : Prix 70 ; Qualité des produits 30"),
         P("LOT-0004 – Fruits et légumes frais de saison, préparés en légumerie"),
         P("Participation réservée : Participation réservée aux ateliers protégés et aux opérateurs économiques "
           "dont l'objectif est l'intégration sociale et professionnelle de personnes handicapées ou défavorisées "
           "(res-ws) – LOT-0004 uniquement"),
         P("Informations complémentaires (LOT-0004) : lot réservé en application de l'article L. 2113-13 du code "
           "de la commande publique aux structures d'insertion par l'activité économique (chantiers et ateliers "
           "d'insertion maraîchers)."),
         P("Conditions d'exécution du marché (tous lots) : les livraisons sont effectuées avec des véhicules "
           "de catégorie Crit'Air 1 ou électriques ; les denrées sont livrées en bacs consignés réutilisables, "
           "les emballages carton à usage unique étant limités aux produits d'épicerie."),
         P("Marchés publics écologiques : oui – Objectif : réduction des incidences environnementales (env-imp)"),
         P("Critères de sélection : chiffre d'affaires annuel général ; liste des principales livraisons ; "
           "agrément sanitaire des établissements (CE)."),
         P("Date limite de réception des offres : 16/03/2026 12:00:00+01:00"),
         P("Organe chargé des procédures de recours : Tribunal administratif de Lyon"),
         ]
    lab = L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, critere_environnemental=1,
            allotissement=1, nb_lots=4, montant_estime_ht=2150000,
            evidence=["Nom : Émissions du transport de livraison", "Part des produits sous label (Label Rouge, AB, HVE)",
                      "lot réservé en application de l'article L. 2113-13", "véhicules de catégorie Crit'Air 1 ou électriques",
                      "LOT-0004", "Valeur estimée hors TVA : 2 150 000,00 EUR"])
    return DOC("d05_chidr_eforms_denrees.txt", "AVIS", "", "", b, lab,
               note="eForms ; critères env. nommés par contenu ; res-ws coché mais article L2113-13 cité (l'article prime)")


def d06():
    hdr = "Habitat Sud-Loire OPH – Règlement de la consultation – AO 2026/03"
    ftr = "RC – Nettoyage des parties communes et gestion des conteneurs"
    b = [TITLE("HABITAT SUD-LOIRE – OFFICE PUBLIC DE L'HABITAT", "RÈGLEMENT DE LA CONSULTATION",
               "Appel d'offres ouvert – Nettoyage des parties communes et sortie des conteneurs"),
         H("1. Acheteur"),
         P("Habitat Sud-Loire, office public de l'habitat, 9 boulevard Anatole-France, 44990 Pornel. Le "
           "pouvoir adjudicateur est représenté par sa directrice générale."),
         H("2. Objet et allotissement"),
         P("La consultation porte sur le nettoyage des halls, escaliers, paliers et abords immédiats de 212 "
           "cages d'escalier, ainsi que sur la sortie et la rentrée des conteneurs d'ordures ménagères les jours "
           "de collecte. Elle est divisée en deux lots : lot 1 – agence de Pornel (118 cages) ; lot 2 – agence "
           "de Saint-Brice (94 cages). Un même candidat peut être attributaire des deux lots."),
         H("3. Forme et durée"),
         P("Chaque lot donne lieu à un marché ordinaire à prix global et forfaitaire d'une durée d'un an, "
           "reconductible tacitement trois fois. Le titulaire ne peut refuser la reconduction."),
         H("4. Contenu du dossier de consultation"),
         LST(["le présent règlement ;", "l'acte d'engagement et ses annexes financières par lot ;",
              "le CCAP et le CCTP, avec la liste des cages et leurs fréquences de passage ;",
              "le cadre de mémoire technique."]),
         H("5. Présentation des candidatures"),
         P("Le candidat produit les formulaires DC1 et DC2 ou un DUME, une attestation d'assurance en cours de "
           "validité et la liste des prestations similaires exécutées au cours des trois dernières années. Le "
           "candidat indique les effectifs moyens annuels et l'importance du personnel d'encadrement."),
         H("6. Présentation des offres"),
         P("L'offre comprend l'acte d'engagement complété, la décomposition du prix global et forfaitaire, le "
           "mémoire technique rédigé selon le cadre fourni et le planning type des passages. Le mémoire "
           "technique comporte au plus vingt pages par lot."),
         P("Le candidat y décrit notamment l'organisation des équipes, les modalités de contrôle de la qualité, "
           "les horaires d'intervention des agents, la nature de leurs contrats de travail, les actions de "
           "formation prévues et les modalités de remplacement des absences."),
         H("7. Jugement des offres"),
         P("Les offres sont jugées lot par lot. L'offre économiquement la plus avantageuse est déterminée selon "
           "les critères et sous-critères pondérés suivants :"),
         RTAB([["Critère", "Sous-critère et éléments appréciés", "Pondération"],
               ["1. Prix", "Montant annuel du prix global et forfaitaire, noté selon la formule Pmin / P x 50", "50 %"],
               ["2. Valeur technique", "2.1 Organisation des équipes et planning des passages par cage", "15 %"],
               ["", "2.2 Procédures de contrôle qualité et traitement des réclamations des locataires", "10 %"],
               ["", "2.3 Moyens matériels affectés (autolaveuses, chariots, véhicules)", "5 %"],
               ["3. Conditions d'emploi des agents affectés", "Part des agents en contrat à durée indéterminée, "
                "volume horaire hebdomadaire proposé aux agents à temps partiel, interventions en journée, plan de "
                "formation des agents pendant l'exécution", "15 %"],
               ["4. Délai de remplacement", "Délai d'intervention en cas d'absence d'un agent", "5 %"],
               ["Total", "", "100 %"]], widths=[1.5, 3.2, 0.9], align="llr", bold_last=True),
         P("La note de valeur technique est établie à partir du mémoire ; un mémoire manifestement incomplet "
           "entraîne la note de zéro au sous-critère concerné. En cas d'égalité, le candidat ayant la meilleure "
           "note au critère 1 est classé premier."),
         H("8. Visite des sites"),
         P("Une visite de quatre résidences représentatives est organisée le 20 janvier 2026 à 9 h 30. Elle est "
           "facultative ; aucune question ne sera traitée oralement, les réponses étant publiées sur le profil "
           "d'acheteur à l'ensemble des candidats."),
         H("9. Négociation et attribution"),
         P("Conformément à la procédure d'appel d'offres, aucune négociation n'est admise. Les offres anormalement "
           "basses font l'objet d'une demande de précisions écrite. L'attributaire produit, dans un délai de sept "
           "jours, les attestations sociales et fiscales prévues aux articles R.~2143-7 et suivants du code de la "
           "commande publique."),
         H("10. Renseignements"),
         P("Les questions sont posées exclusivement sur le profil d'acheteur au plus tard dix jours avant la date "
           "limite de remise des offres, fixée au 6 février 2026 à 16 heures."),
         ]
    lab = L(critere_social=1, allotissement=1, nb_lots=2,
            evidence=["3. Conditions d'emploi des agents affectés", "Part des agents en contrat à durée indéterminée",
                      "Elle est divisée en deux lots"])
    return DOC("d06_habitat-sud-loire_rc_nettoyage.pdf", "RC", hdr, ftr, b, lab, hyphen=True,
               note="critère social nommé par son contenu dans un tableau coupé par un saut de page ; « le candidat décrit… » (offre, pas une clause) ; déchets = sortie des conteneurs (objet)")


def d07():
    hdr = "Ville de Castelmaure – CCP – MAPA 2026-SI-02"
    ftr = "Cahier des clauses particulières – Refonte du site internet de la ville"
    b = [TITLE("VILLE DE CASTELMAURE", "CAHIER DES CLAUSES PARTICULIÈRES (CCP)",
               "valant cahier des clauses administratives et techniques – Refonte du site internet et du portail citoyen"),
         H("Article 1 – Objet"),
         P("Le marché a pour objet la refonte du site internet de la Ville, la création d'un portail de "
           "démarches en ligne et la maintenance de l'ensemble pendant trois ans. Le marché n'est pas alloti : "
           "le site et le portail partagent le même socle technique et ne peuvent être dissociés."),
         P("Le montant estimé du marché est de 38 000 € HT sur sa durée totale, maintenance comprise."),
         H("Article 2 – Environnement technique"),
         P("Le site est hébergé dans l'environnement technique de la Ville (serveurs virtualisés sous Debian, "
           "base PostgreSQL, annuaire LDAP). Le titulaire fournit un environnement de recette distinct de "
           "l'environnement de production. L'environnement numérique de travail des agents (messagerie, GED) "
           "n'est pas concerné par le marché."),
         H("Article 3 – Accessibilité du site pour les usagers handicapés"),
         P("Le titulaire s'engage à livrer un site et un portail conformes au référentiel général "
           "d'amélioration de l'accessibilité (RGAA) dans sa version en vigueur, niveau AA, afin que les "
           "personnes en situation de handicap puissent accéder à l'ensemble des contenus et des démarches."),
         P("Il réalise avant la mise en ligne un audit de conformité sur un échantillon de vingt pages, rédige "
           "la déclaration d'accessibilité et corrige à ses frais les non-conformités constatées. Pendant la "
           "maintenance, chaque évolution livrée fait l'objet d'un contrôle d'accessibilité ; un taux de "
           "conformité inférieur à 90 % entraîne une pénalité de 200 € HT par semaine jusqu'à correction."),
         P("Les contributeurs de la Ville reçoivent une formation d'une demi-journée à la rédaction de contenus "
           "accessibles (textes alternatifs, titres, documents téléchargeables)."),
         H("Article 4 – Délais"),
         P("La mise en ligne intervient au plus tard vingt semaines après la notification. Tout retard donne lieu "
           "à une pénalité de 100 € HT par jour calendaire."),
         H("Article 5 – Propriété intellectuelle"),
         P("Les résultats sont cédés à la Ville à titre exclusif, pour la durée légale des droits, selon l'option "
           "B du CCAG-TIC. Les composants libres restent soumis à leur licence d'origine."),
         H("Article 6 – Jugement des offres"),
         P("Les offres sont appréciées au regard des critères suivants :"),
         LST(["Prix (60 points) : montant total de la décomposition du prix global et forfaitaire ;",
              "Valeur technique (40 points), appréciée au vu du mémoire : méthodologie de conduite du projet "
              "(15 points) ; ergonomie et maquettes (15 points) ; moyens mis en œuvre pour garantir l'accès "
              "des personnes handicapées aux contenus et aux démarches en ligne (10 points)."]),
         P("La Ville se réserve la possibilité de négocier avec les trois candidats les mieux classés."),
         H("Article 7 – Paiement"),
         P("Le paiement intervient selon l'échéancier suivant : 30 % à la validation des maquettes, 50 % à la mise "
           "en ligne, 20 % à la vérification de service régulier ; la maintenance est réglée trimestriellement."),
         ]
    lab = L(clause_sociale=1, critere_social=1, allotissement=0, montant_estime_ht=38000,
            evidence=["Le titulaire s'engage à livrer un site et un portail conformes au référentiel général d'amélioration de l'accessibilité (RGAA)",
                      "garantir l'accès des personnes handicapées aux contenus et aux démarches en ligne (10 points)",
                      "Le marché n'est pas alloti", "38 000 € HT"])
    return DOC("d07_castelmaure_ccp_site_internet.docx", "CCAP", hdr, ftr, b, lab,
               note="CCP de MAPA ; accessibilité RGAA imposée + sous-critère accessibilité ; « environnement technique/numérique » (piège env.)")


def d08():
    hdr = "Université Claude-Bernier – Direction du patrimoine – Marché 26-DP-07"
    ftr = "CCAP – Maintenance multitechnique des bâtiments du campus Est"
    b = [TITLE("UNIVERSITÉ CLAUDE-BERNIER", "Cahier des clauses administratives particulières",
               "Accord-cadre à bons de commande – Maintenance multitechnique des bâtiments du campus Est"),
         H("Article 1 – Objet"),
         P("L'accord-cadre porte sur la maintenance préventive et corrective des installations de chauffage, "
           "ventilation, climatisation, plomberie et courants forts de 23 bâtiments du campus Est. Il est conclu "
           "avec un seul opérateur ; l'allotissement n'a pas été retenu, la maintenance multitechnique imposant "
           "un interlocuteur unique (article L.~2113-11 du code de la commande publique)."),
         H("Article 2 – Durée et montant"),
         P("L'accord-cadre est conclu pour une période initiale d'un an, reconductible trois fois par période "
           "d'un an. Son montant maximum est fixé à 250"+SB+"000 € HT par période, sans montant minimum."),
         H("Article 3 – Pièces contractuelles"),
         LST(["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et ses annexes (inventaire des équipements) ;",
              "le bordereau des prix unitaires ;", "le CCAG-FCS ;", "l'offre technique du titulaire."]),
         H("Article 4 – Conditions d'exécution à caractère social"),
         H2("4.1 Égalité professionnelle et non-discrimination"),
         P("Le titulaire met en œuvre, pendant toute la durée de l'accord-cadre, au bénéfice du personnel affecté "
           "au marché, les actions suivantes : formation de l'ensemble des chefs d'équipe à la prévention des "
           "discriminations à l'embauche et dans l'évolution professionnelle dans les six mois suivant la "
           "notification ; publication à l'Université, chaque année, de la répartition femmes-hommes des "
           "techniciens affectés et des mesures prises pour favoriser l'accès des femmes aux métiers techniques."),
         H2("4.2 Apprentissage"),
         P("Le titulaire s'engage à accueillir au moins deux apprentis préparant un diplôme des métiers du génie "
           "climatique ou de l'électricité, affectés en partie aux interventions du campus et encadrés par un "
           "maître d'apprentissage désigné."),
         P("Le non-respect de l'un de ces engagements, constaté lors du bilan annuel, donne lieu à une pénalité "
           "forfaitaire de 1~500 € HT par engagement non tenu."),
         H("Article 5 – Performance énergétique des installations"),
         P("Le titulaire s'engage sur une baisse de 8 % de la consommation de chauffage des bâtiments, à "
           "climat constant, par rapport à la moyenne des trois dernières saisons. L'écart est mesuré chaque "
           "année par le service énergie ; un intéressement ou une pénalité égale à 30 % de l'écart valorisé est "
           "appliqué. Le titulaire récupère les fluides frigorigènes déposés et remet les bordereaux de suivi."),
         H("Article 6 – Délais d'intervention"),
         P("Le titulaire intervient dans un délai de quatre heures pour les pannes bloquantes et de deux jours "
           "ouvrés pour les autres demandes. Le dépassement donne lieu à une pénalité de 100 € HT par heure ou "
           "par jour de retard selon le cas."),
         H("Article 7 – Prix et règlement"),
         P("Les prix du bordereau sont révisés annuellement selon l'indice ICHT-IME. Le délai global de paiement "
           "est de 30 jours."),
         ]
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=0, montant_max_ht=1000000,
            evidence=["chefs d'équipe à la prévention des discriminations",
                      "s'engage à accueillir au moins deux apprentis", "une baisse de 8 % de la consommation de chauffage",
                      "l'allotissement n'a pas été retenu", "250 000 € HT par période",
                      "reconductible trois fois par période d'un an", "[4 périodes x 250000 = 1000000]"])
    return DOC("d08_univ-bernier_ccap_maintenance.pdf", "CCAP", hdr, ftr, b, lab, cols=2,
               note="égalité F/H + non-discrimination + apprentis (clause sociale sans insertion) ; engagement énergétique ; maximum par période x 4")


def d09():
    hdr = "SA d'HLM Toits de l'Estuaire – Résidence Les Cormorans – CCAP"
    ftr = "Réhabilitation de 64 logements – CCAP commun à tous les lots"
    b = [TITLE("SA D'HLM TOITS DE L'ESTUAIRE", "C.C.A.P.",
               "Réhabilitation énergétique de 64 logements – Résidence Les Cormorans à Penhoët"),
         H("ART. 1 – OBJET – DÉCOMPOSITION EN LOTS"),
         P("Les travaux sont répartis en six lots traités par marchés séparés : 01 Gros œuvre – démolition ; "
           "02 Isolation thermique par l'extérieur ; 03 Menuiseries extérieures ; 04 Plomberie – ventilation ; "
           "05 Électricité ; 06 Peinture – sols souples."),
         P("Le montant prévisionnel des travaux, tous lots confondus, est estimé à 2"+SB+"480~000 € HT."),
         H("ART. 2 – PIÈCES CONTRACTUELLES"),
         P("Par ordre de priorité : l'acte d'engagement du lot ; le présent CCAP ; le CCTP du lot et le cahier des "
           "prescriptions communes ; le calendrier d'exécution ; le CCAG-Travaux ; la DPGF."),
         H("ART. 3 – PRÉPARATION ET DÉLAIS"),
         P("La période de préparation est de cinq semaines. Les travaux en site occupé sont organisés par cage "
           "d'escalier ; chaque locataire est prévenu huit jours à l'avance par le titulaire du lot concerné."),
         H("ART. 4 – CLAUSE D'INSERTION PAR L'ACTIVITÉ ÉCONOMIQUE"),
         P("Les titulaires des lots désignés ci-après réalisent, pendant la durée de leur marché, le nombre "
           "minimal d'heures de travail confiées à des personnes en parcours d'insertion indiqué dans le tableau. "
           "Ces heures s'ajoutent aux effectifs habituels de l'entreprise."),
         RTAB([["Lot", "Heures d'insertion minimales", "Observations"],
               ["01 Gros œuvre – démolition", "840 h", "dont 140 h en démolition intérieure"],
               ["02 Isolation thermique par l'extérieur", "385 h", ""],
               ["03 Menuiseries extérieures", "175 h", "pose uniquement"],
               ["04 Plomberie – ventilation", "–", "lot non soumis à la clause"],
               ["05 Électricité", "–", "lot non soumis à la clause"],
               ["06 Peinture – sols souples", "120 h", ""]], widths=[2.2, 1.4, 2.0], align="lrl"),
         P("Soit 1"+SB+"520 heures au total pour l'opération. Le titulaire peut recourir à l'embauche directe, à la "
           "mise à disposition par une ETTI, une association intermédiaire ou un GEIQ, ou à la sous-traitance "
           "d'une partie des travaux à une entreprise d'insertion ou à une entreprise adaptée. Le chargé de "
           "mission clauses sociales de la Maison de l'emploi de l'Estuaire valide les candidatures et établit "
           "le bilan. Toute heure non réalisée est sanctionnée par une pénalité de 50 € HT."),
         H("ART. 5 – GESTION ENVIRONNEMENTALE DU CHANTIER"),
         P("Chaque titulaire applique la charte chantier à faibles nuisances annexée au CCTP. Les déchets sont "
           "triés sur le chantier en cinq flux au moins (inertes, bois, métaux, plâtre, déchets non dangereux en "
           "mélange) ; les bordereaux de suivi sont remis au maître d'ouvrage avec chaque situation mensuelle. Les "
           "laines minérales déposées sont confiées à une filière de recyclage. Le brûlage sur site est interdit."),
         H("ART. 6 – PRIX ET RÈGLEMENT"),
         P("Les ouvrages sont réglés par un prix global et forfaitaire par lot. Les prix sont actualisables "
           "selon l'index BT01 ou l'index propre au lot désigné dans l'acte d'engagement. La retenue de garantie "
           "de 5 % peut être remplacée par une garantie à première demande."),
         H("ART. 7 – PÉNALITÉS"),
         P("Retard d'exécution : 1/3000 du montant du marché par jour, avec un minimum de 150 € HT. Absence aux "
           "réunions de chantier : 100 € HT. Non-respect de la propreté des parties communes : 200 € HT par "
           "constat."),
         H("ART. 8 – INSTALLATIONS DE CHANTIER ET COMPTE PRORATA"),
         P("Les installations communes (base vie, sanitaires, bureau de chantier) sont à la charge du titulaire du "
           "lot 01 jusqu'à la réception. Les dépenses d'intérêt commun (consommations d'eau et d'électricité, "
           "nettoyage de la base vie, gardiennage éventuel) sont réparties entre les lots au prorata de leur "
           "montant, selon la convention de compte prorata annexée au CCAP. Le titulaire du lot 01 en assure la "
           "gestion et présente un relevé contradictoire à chaque réunion mensuelle."),
         H("ART. 9 – SÉCURITÉ ET PROTECTION DE LA SANTÉ"),
         P("L'opération relève d'une coordination SPS de niveau 2. Chaque titulaire remet son plan particulier de "
           "sécurité et de protection de la santé (PPSPS) dans les trente jours suivant la notification, avant "
           "toute intervention. Les locataires ne doivent jamais avoir accès aux zones de travaux : les "
           "cheminements provisoires sont balisés et éclairés par le titulaire du lot 01."),
         P("Les travaux sur matériaux susceptibles de contenir de l'amiante sont précédés du repérage avant "
           "travaux joint au DCE ; le titulaire concerné respecte les dispositions de la sous-section 4 du code du "
           "travail relatives aux interventions sur matériaux amiantés."),
         H("ART. 10 – ASSURANCES"),
         P("Chaque titulaire justifie, avant la notification puis au 1er janvier de chaque année, d'une assurance "
           "de responsabilité civile et d'une assurance de responsabilité décennale couvrant les ouvrages du lot. "
           "Le maître d'ouvrage souscrit une assurance dommages-ouvrage."),
         H("ART. 11 – RÉCEPTION"),
         P("La réception est prononcée par lot, après les opérations préalables prévues à l'article 41 du "
           "CCAG-Travaux. Les dossiers des ouvrages exécutés sont remis en deux exemplaires papier et sous "
           "forme numérique."),
         ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1520, clause_environnementale=1,
            allotissement=1, nb_lots=6, montant_estime_ht=2480000,
            evidence=["Soit 1 520 heures au total pour l'opération", "triés sur le chantier en cinq flux au moins",
                      "répartis en six lots traités par marchés séparés", "estimé à 2 480 000 € HT"])
    return DOC("d09_toits-estuaire_ccap_rehabilitation.pdf", "CCAP", hdr, ftr, b, lab, hyphen=True,
               note="heures par lot en tableau (840+385+175+120 = 1520, total écrit) ; tri des déchets de chantier")


def d10():
    hdr = "Département de la Marche-Haute – CCTP lot 2 – Mobilier des salles de classe"
    ftr = "Consultation 2026-MOB-03 – CCTP"
    b = [TITLE("DÉPARTEMENT DE LA MARCHE-HAUTE", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Lot n° 2 – Mobilier des salles de classe des collèges (la consultation comporte 3 lots)"),
         H("1. Généralités"),
         P("Le présent CCTP décrit les fournitures du lot n° 2 : tables élèves réglables, chaises, bureaux "
           "d'enseignant et armoires. Les lots n° 1 (mobilier de restauration) et n° 3 (mobilier de CDI) font "
           "l'objet de CCTP distincts."),
         H("2. Exigences dimensionnelles et de sécurité"),
         P("Les tables et chaises sont conformes à la norme NF EN 1729-1 et -2, tailles 5 à 7. Les plateaux "
           "présentent des chants arrondis ; les piètements sont équipés de patins silencieux remplaçables."),
         H("3. Exigences environnementales"),
         LST(["Les panneaux et pièces en bois proviennent de forêts gérées durablement, attestées par un "
              "certificat FSC ou PEFC ou toute preuve équivalente.",
              "Les panneaux à base de bois respectent une émission de formaldéhyde inférieure à la moitié de la "
              "classe E1 ; les vernis sont en phase aqueuse.",
              "Le mobilier est démontable et les pièces d'usure (plateaux, patins, assises) sont disponibles "
              "pendant dix ans.",
              "Les livraisons sont effectuées sans suremballage plastique : couvertures de protection "
              "réutilisables reprises par le livreur."]),
         H("4. Reprise du mobilier usagé"),
         P("Le titulaire reprend le mobilier remplacé et l'oriente prioritairement vers le réemploi (dons à des "
           "associations, reconditionnement), à défaut vers le recyclage matière. Il remet une attestation de "
           "destination par collège."),
         H("5. Montage, reprise et recours à l'économie inclusive"),
         P("Condition d'exécution : le titulaire confie au moins 30 % du volume des opérations de montage sur site "
           "et de reprise du mobilier usagé à une structure d'insertion par l'activité économique ou à une "
           "entreprise adaptée, par voie de sous-traitance ou de co-traitance. Il justifie de cet engagement par "
           "la déclaration de sous-traitance et par les factures correspondantes, transmises au bilan annuel."),
         H("6. Délais de livraison"),
         P("Les livraisons ont lieu entre le 7 et le 25 juillet ou pendant les vacances de la Toussaint, sur "
           "rendez-vous pris avec le gestionnaire du collège au moins huit jours à l'avance."),
         H("7. Garantie"),
         P("La garantie est de cinq ans pièces et main-d'œuvre à compter de la livraison, structure et "
           "quincaillerie comprises."),
         ]
    lab = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=3,
            evidence=["confie au moins 30 % du volume des opérations de montage sur site et de reprise du mobilier usagé à une structure d'insertion par l'activité économique",
                      "certificat FSC ou PEFC", "la consultation comporte 3 lots"])
    return DOC("d10_marche-haute_cctp_mobilier.docx", "CCTP", hdr, ftr, b, lab,
               note="sous-traitance imposée à une SIAE/EA (condition d'exécution) ; exigences env. de CCTP ; lot d'un marché alloti")


def d11():
    hdr = "SIAEP du Haut-Sornin – Marché de travaux n° 2026-04 – C.C.A.P."
    ftr = "Renouvellement des canalisations d'eau potable – RD 47 et hameaux"
    b = [TITLE("SYNDICAT INTERCOMMUNAL D'ADDUCTION D'EAU POTABLE DU HAUT-SORNIN",
               "Cahier des clauses administratives particulières",
               "Renouvellement de 6,2 km de canalisations d'eau potable (RD 47 et hameaux)"),
         H("Article 1 – Objet du marché"),
         P("Le marché porte sur le renouvellement des conduites de distribution d'eau potable en fonte ductile "
           "DN 100 à 200, la reprise de 96 branchements et la pose de 4 poteaux incendie. Le marché n'est pas "
           "décomposé en lots : la continuité du service de l'eau exige qu'un seul titulaire coordonne les "
           "coupures, les basculements et les désinfections."),
         P("Le montant des travaux est estimé à 1"+SB+"800~000 € HT."),
         H("Article 2 – Délai"),
         P("Le délai global est de dix mois, dont un mois de préparation. Les coupures d'eau n'excèdent pas "
           "quatre heures et sont annoncées aux abonnés 48 heures à l'avance."),
         H("Article 3 – Promotion de l'emploi des personnes éloignées de l'emploi"),
         P("Le titulaire affecte à l'exécution du marché l'équivalent de 1,5 emploi à temps plein pendant huit mois "
           "au profit de personnes rencontrant des difficultés d'accès à l'emploi (demandeurs d'emploi de longue "
           "durée, bénéficiaires de minima sociaux, jeunes sans qualification, résidents des quartiers prioritaires)."),
         P("Les personnes sont recrutées en lien avec le service emploi de la communauté de communes, qui "
           "désigne un référent. Le titulaire communique chaque mois les contrats et relevés d'heures. Le "
           "manquement est sanctionné par une pénalité égale à 1~000 € HT par mois d'emploi non réalisé."),
         H("Article 4 – Sous-traitance"),
         P("Le titulaire ne peut sous-traiter plus de 40 % du montant des travaux. Les sous-traitants sont "
           "acceptés et leurs conditions de paiement agréées avant toute intervention (article R.~2193-1 du CCP)."),
         H("Article 5 – Obligations sociales réglementaires"),
         P("Le titulaire remet tous les six mois les attestations prévues à l'article D.~8222-5 du code du "
           "travail. Il respecte les règles relatives au détachement de salariés et déclare les travailleurs "
           "détachés sur le téléservice SIPSI."),
         H("Article 6 – Prix"),
         P("Le marché est traité à prix unitaires appliqués aux quantités réellement exécutées. Les prix sont "
           "révisables mensuellement selon l'index TP10a."),
         H("Article 7 – Réception et garantie"),
         P("La réception intervient après les essais de pression, la désinfection et des analyses "
           "bactériologiques conformes. Le délai de garantie est d'un an."),
         ]
    lab = L(clause_sociale=1, clause_insertion=1, allotissement=0, montant_estime_ht=1800000,
            evidence=["l'équivalent de 1,5 emploi à temps plein pendant huit mois au profit de personnes rencontrant des difficultés d'accès à l'emploi",
                      "Le marché n'est pas décomposé en lots", "estimé à 1 800 000 € HT"])
    return DOC("d11_siaep-sornin_ccap_canalisations.pdf", "CCAP", hdr, ftr, b, lab,
               note="insertion en ETP sans nombre d'heures (heures vides) ; rappels légaux (D8222-5, détachement)")


def d12():
    hdr = "CCAS de Montferrand-sur-Arve – Règlement de la consultation"
    ftr = "Portage de repas à domicile – RC"
    b = [TITLE("CENTRE COMMUNAL D'ACTION SOCIALE DE MONTFERRAND-SUR-ARVE", "RÈGLEMENT DE CONSULTATION",
               "Marché de services – Confection et portage de repas à domicile pour les personnes âgées"),
         H("1 – Objet de la consultation"),
         P("La consultation porte sur la confection en liaison froide et la livraison à domicile d'environ 48 000 "
           "repas par an aux bénéficiaires du service de maintien à domicile du CCAS. Le marché est passé en lot "
           "unique, la production et la livraison formant une seule chaîne de responsabilité sanitaire."),
         H("2 – Procédure et durée"),
         P("Procédure adaptée ouverte (article R.~2123-1 du CCP). Accord-cadre à bons de commande d'une durée de "
           "deux ans, reconductible une fois un an, avec un montant maximum de 420~000 € HT pour la durée totale, "
           "reconduction incluse."),
         H("3 – Clause sociale d'insertion"),
         P("Le titulaire réalisera au moins 600 heures de travail d'insertion sur la durée totale du marché, "
           "notamment sur les tournées de livraison, selon les modalités de l'article 9 du CCAP (publics "
           "éligibles, facilitateur de la Maison de l'emploi du Genevois, pénalités)."),
         H("4 – Pièces de la candidature"),
         P("Le candidat produit le DC1, le DC2 ou le DUME, l'agrément sanitaire de sa cuisine, la liste de ses "
           "références en portage de repas et, s'il le souhaite, tout certificat de management de la qualité ou "
           "de l'environnement (ISO 9001, ISO 14001) à titre d'information sur ses capacités."),
         H("5 – Critères de jugement des offres"),
         P("1. Prix des prestations (40 %), apprécié sur le devis quantitatif estimatif."),
         P("2. Valeur technique (60 %), décomposée en sous-critères :"),
         LST(["2.1 Qualité nutritionnelle et gustative des menus, adaptation aux régimes (25 %) ;",
              "2.2 Organisation des tournées, ponctualité et relation avec les bénéficiaires (17 %) ;",
              "2.3 Gestion des emballages : barquettes réutilisables ou compostables, reprise des contenants (10 %) ;",
              "2.4 Accompagnement proposé aux salariés en insertion affectés aux tournées : tutorat, formation au "
              "permis de conduire, sortie vers l'emploi durable (8 %)."]),
         P("Les sous-critères sont notés sur la base du mémoire technique et d'une dégustation à l'aveugle."),
         H("6 – Remise des offres"),
         P("Les plis sont remis par voie électronique sur le profil d'acheteur avant le 3 mars 2026 à 12 h. Une "
           "copie de sauvegarde peut être transmise sur support physique."),
         ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=600, critere_social=1,
            critere_environnemental=1, allotissement=0, montant_max_ht=420000,
            evidence=["réalisera au moins 600 heures de travail d'insertion",
                      "2.3 Gestion des emballages : barquettes réutilisables ou compostables, reprise des contenants (10 %)",
                      "2.4 Accompagnement proposé aux salariés en insertion affectés aux tournées",
                      "passé en lot unique", "montant maximum de 420 000 € HT"])
    return DOC("d12_ccas-montferrand_rc_portage_repas.docx", "RC", hdr, ftr, b, lab,
               note="RC reprenant l'engagement d'insertion ; sous-critères env. et social sous « valeur technique » ; ISO 14001 en candidature (piège)")


def d13():
    hdr = "BOAMP – Avis n° 26-20417 – Département de l'Aigueblanche"
    ftr = "Entretien des espaces verts des collèges – Avis de marché"
    b = [TITLE("AVIS DE MARCHÉ", "Département de l'Aigueblanche",
               "Entretien des espaces extérieurs et des espaces verts des collèges"),
         H("Section I : Pouvoir adjudicateur"),
         P("I.1) Département de l'Aigueblanche, Hôtel du Département, 1 place de la Préfecture, 38990 "
           "Saint-Ours. Code NUTS : FRK24."),
         H("Section II : Objet"),
         P("II.1.1) Intitulé : entretien des espaces extérieurs et des espaces verts des collèges publics."),
         P("II.1.2) Code CPV principal : 77310000."),
         P("II.1.5) Valeur totale estimée hors TVA : 540~000 euros."),
         P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui ; nombre de lots : 3."),
         P("II.2.1) Lot n° 1 – collèges du secteur Sud (tonte, taille, désherbage mécanique, ramassage des "
           "feuilles). Valeur estimée : 260~000 euros HT."),
         P("II.2.1) Lot n° 2 – collèges du secteur Nord. Valeur estimée : 170"+SB+"000 euros HT. Ce lot est "
           "réservé, en application de l'article L.~2113-13 du code de la commande publique, aux structures "
           "d'insertion par l'activité économique mentionnées à l'article L.~5132-4 du code du travail."),
         P("II.2.1) Lot n° 3 – entretien des abords et petits travaux de clôture, collèges du Trièves. Valeur "
           "estimée : 110~000 euros HT. Ce lot est réservé aux entreprises adaptées et aux établissements et "
           "services d'aide par le travail (article L.~2113-12 du code de la commande publique)."),
         P("II.2.5) Critères d'attribution (tous lots) : Prix : 60 % ; Valeur technique : 40 % (organisation "
           "des équipes et matériel : 25 % ; planning annuel d'entretien : 15 %)."),
         P("II.2.7) Durée : 36 mois."),
         H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
         P("III.1.3) Capacité technique : liste des principales prestations réalisées sur les trois dernières "
           "années ; moyens matériels (tondeuses, broyeurs) ; le candidat indique les mesures de gestion "
           "environnementale qu'il sera en mesure d'appliquer lors de l'exécution."),
         P("III.1.5) Informations sur les marchés réservés : marché réservé : oui (lots 2 et 3)."),
         P("III.2.2) Conditions particulières d'exécution : voir CCAP."),
         H("Section IV : Procédure"),
         P("IV.1.1) Procédure ouverte. IV.2.2) Date limite : 23 février 2026, 12 h."),
         H("Section VI : Renseignements complémentaires"),
         P("VI.3) Les candidats aux lots 2 et 3 justifient de leur conventionnement ou de leur agrément. Les "
           "candidatures aux lots réservés émanant d'autres opérateurs sont irrecevables."),
         P("VI.4.1) Tribunal administratif de Grenoble."),
         ]
    lab = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=1, nb_lots=3,
            montant_estime_ht=540000,
            evidence=["Ce lot est réservé, en application de l'article L. 2113-13",
                      "Ce lot est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail (article L. 2113-12",
                      "nombre de lots : 3", "Valeur totale estimée hors TVA : 540 000 euros"])
    return DOC("d13_aigueblanche_avis_espaces_verts.pdf", "AVIS", hdr, ftr, b, lab,
               note="lots réservés L2113-13 et L2113-12 ; « le candidat indique les mesures de gestion environnementale » (sélection)")


def d14():
    hdr = "Groupement hospitalier de territoire Loire-Forez – CCAP – Location-entretien des textiles"
    ftr = "GHT Loire-Forez – marché 2026-LING-01"
    b = [TITLE("CENTRE HOSPITALIER DE FEURS-LA-VALLÉE, établissement support du GHT",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Location et entretien des vêtements professionnels et du linge plat"),
         H("Article 1 – Objet"),
         P("Le marché a pour objet la location, le marquage, l'entretien et la distribution des tenues "
           "professionnelles des agents et du linge plat des services de soins des établissements parties."),
         H("Article 2 – Forme, durée et montant"),
         P("Accord-cadre mono-attributaire exécuté par bons de commande, conclu pour un an à compter du 1er "
           "juillet 2026 et reconductible tacitement trois fois. Le montant maximum annuel est de 180~000 € HT."),
         H("Article 3 – Traçabilité sociale des articles textiles"),
         P("Le titulaire garantit que les articles textiles mis à disposition sont fabriqués dans des conditions "
           "respectant les conventions fondamentales de l'Organisation internationale du travail (n° 29, 87, 98, "
           "100, 105, 111, 138 et 182), y compris chez ses fournisseurs de rang 2 et au-delà."),
         P("Il communique dans les trois mois suivant la notification la liste nominative des ateliers de "
           "confection, de tissage et de filature, ainsi que l'origine du coton utilisé, puis met cette liste à "
           "jour à chaque changement. Il remet chaque année un rapport sur les mesures de vigilance mises en "
           "œuvre (audits, plans d'action correctifs). L'absence de rapport entraîne une pénalité de 500 € HT "
           "par mois de retard."),
         H("Article 4 – Exigences environnementales du traitement du linge"),
         P("Les lessives et produits de traitement employés bénéficient de l'écolabel européen ou équivalent. "
           "Le titulaire s'engage à ne pas dépasser une consommation de 12 litres d'eau par kilogramme de linge "
           "traité et en justifie par un relevé semestriel de la blanchisserie."),
         H("Article 5 – Délais de mise à disposition"),
         P("Les tenues sont livrées dans un délai de quinze jours après la prise de mensurations ; le linge "
           "propre est livré trois fois par semaine dans chaque site."),
         H("Article 6 – Pénalités"),
         P("Outre l'article 3, retard de livraison : 50 € HT par jour et par site ; article perdu non remplacé : "
           "valeur de remplacement majorée de 10 %."),
         H("Article 7 – Paiement"),
         P("Le délai global de paiement est de 50 jours, conformément à l'article R.~2192-11 du code de la "
           "commande publique applicable aux établissements publics de santé."),
         ]
    lab = L(clause_sociale=1, clause_environnementale=1, montant_max_ht=720000,
            evidence=["respectant les conventions fondamentales de l'Organisation internationale du travail",
                      "l'origine du coton utilisé", "bénéficient de l'écolabel européen ou équivalent",
                      "reconductible tacitement trois fois", "montant maximum annuel est de 180 000 € HT",
                      "[4 ans x 180000 = 720000]"])
    return DOC("d14_ght-loire-forez_ccap_linge.docx", "CCAP", hdr, ftr, b, lab,
               note="OIT + traçabilité coton + rapport de vigilance ; écolabel ; maximum annuel x 4 ; rien sur les lots")


def d15():
    b = [TITLE("Avis de marché – eForms – Version lisible", "Université Paris-Confluence",
               "Travaux de restructuration de la bibliothèque universitaire du site de Bercy-Rive"),
         P("BT-500 Nom officiel de l'acheteur : Université Paris-Confluence"),
         P("BT-10 Activité de l'acheteur : enseignement"),
         P("BT-21 Titre : Travaux de restructuration de la bibliothèque universitaire (tous corps d'état)"),
         P("BT-24 Description : désamiantage, curage, reprise des planchers, cloisonnements, faux plafonds, "
           "courants forts et faibles, CVC, aménagement des salles de lecture."),
         P("BT-23 Nature principale du contrat : travaux"),
         P("BT-27 Valeur estimée hors TVA : 3 950 000,00 EUR"),
         P("Lots : Ce marché n'est pas divisé en lots (entreprise générale). Motif : l'intervention en site "
           "partiellement ouvert au public impose une seule entreprise responsable de la sécurité et du phasage."),
         P("BT-06 Achats stratégiques : soc-obj (objectif social)"),
         P("BT-775 Achats sociaux : opp – emploi de chômeurs de longue durée, de personnes défavorisées ou handicapées"),
         P("BT-70 Conditions d'exécution : Le titulaire consacre à des actions d'insertion au moins 5 % des "
           "heures de main-d'œuvre du marché, soit un minimum de 900 heures, au bénéfice de personnes éloignées "
           "de l'emploi. Le suivi est assuré par le facilitateur de l'Université ; pénalité de 60 euros HT par "
           "heure non réalisée."),
         P("BT-539 Critère d'attribution – Type : Prix – BT-541 Pondération : 60"),
         P("BT-539 Critère d'attribution – Type : Qualité – BT-734 Nom : Méthodologie et phasage en site occupé "
           "– BT-541 Pondération : 30"),
         P("BT-539 Critère d'attribution – Type : Qualité – BT-734 Nom : Délai global d'exécution – BT-541 "
           "Pondération : 10"),
         P("BT-71 Participation réservée : aucune (none)"),
         P("BT-747 Critères de sélection : BT-750 Capacité technique – références de restructuration "
           "d'établissements recevant du public de plus de 2 000 m², certification 1552 (désamiantage)."),
         P("BT-131 Date limite de réception des offres : 2026-04-02 12:00:00+02:00"),
         P("BT-300 Informations complémentaires : visite obligatoire du site ; les bâtiments voisins restent "
           "occupés pendant toute la durée du chantier."),
         ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=900, allotissement=0, montant_estime_ht=3950000,
            evidence=["au moins 5 % des heures de main-d'œuvre du marché, soit un minimum de 900 heures",
                      "Ce marché n'est pas divisé en lots", "3 950 000,00 EUR"])
    return DOC("d15_paris-confluence_eforms_bu.txt", "AVIS", "", "", b, lab,
               note="eForms BT-70 insertion 900 h ; critères sans social ni env. ; BT-71 none")


def d16():
    hdr = "Commune de Lesparre-sur-Dore – CCP valant CCAP et CCTP – MAPA 2026-05"
    ftr = "Nettoyage des bâtiments communaux – CCP"
    b = [TITLE("COMMUNE DE LESPARRE-SUR-DORE", "CAHIER DES CLAUSES PARTICULIÈRES",
               "Marché à procédure adaptée – Nettoyage des bâtiments communaux (mairie, médiathèque, écoles, salle des fêtes)"),
         H("Article 1 – Objet – lot unique"),
         P("Le présent marché porte sur le nettoyage courant des bâtiments communaux désignés en annexe 1, "
           "soit 4~380 m² de surfaces. Il est conclu en lot unique pour une durée d'un an renouvelable deux fois."),
         H("Article 2 – Horaires et conditions de travail du personnel"),
         P("Afin d'améliorer les conditions de travail des agents de nettoyage, les prestations sont réalisées "
           "en journée, entre 7 h 00 et 19 h 00, en présence des usagers, sauf pour la salle des fêtes. Le "
           "titulaire organise les plannings de manière à proposer à chaque agent affecté un volume d'au moins "
           "24 heures hebdomadaires sur le marché ou sur ses autres chantiers, sans coupure de plus d'une heure."),
         P("Le titulaire fournit gratuitement aux agents les équipements de protection et des tenues adaptées, "
           "et leur assure dès la première année une formation aux gestes et postures. Il justifie du respect de "
           "ces engagements à chaque réunion semestrielle de suivi."),
         H("Article 3 – Prestations"),
         P("Les fréquences sont fixées par le tableau de l'annexe 2 : quotidienne pour les sanitaires et les "
           "écoles, bi-hebdomadaire pour la mairie, hebdomadaire pour la médiathèque. La vitrerie est nettoyée "
           "deux fois par an."),
         H("Article 4 – Prix et paiement"),
         P("Le prix est global et forfaitaire, payé mensuellement par douzième. Il est révisé à chaque date "
           "anniversaire selon l'indice des prix de la propreté."),
         H("Article 5 – Jugement des offres"),
         P("Le marché est attribué à l'offre économiquement la plus avantageuse appréciée selon les critères "
           "suivants :"),
         TAB([["Critère", "Pondération"],
              ["Prix", "55 %"],
              ["Valeur technique (moyens humains, organisation, contrôle qualité)", "30 %"],
              ["Performances en matière de protection de l'environnement (produits, dosage, matériel sur batterie, "
               "réduction des consommables jetables)", "15 %"]], widths=[4, 1], align="lr"),
         P("Les références de l'entreprise, le chiffre d'affaires et les certifications ne sont pas des "
           "critères de jugement des offres ; ils relèvent de l'examen des candidatures."),
         H("Article 6 – Litiges"),
         P("Le tribunal administratif de Clermont-Ferrand est compétent."),
         ]
    lab = L(clause_sociale=1, critere_environnemental=1, allotissement=0,
            evidence=["Afin d'améliorer les conditions de travail des agents de nettoyage, les prestations sont réalisées en journée",
                      "Performances en matière de protection de l'environnement (produits, dosage",
                      "Il est conclu en lot unique"])
    return DOC("d16_lesparre_ccp_nettoyage.pdf", "CCAP", hdr, ftr, b, lab, hyphen=True,
               note="conditions de travail du personnel du titulaire (clause sociale sans le mot) ; critère env. en tableau d'un CCP")


# ----------------------------------------------------------------------------- documents sans étiquette positive


def d17():
    hdr = "SMICTOM des Trois-Rivières – CCTP lot 2 – Collecte sélective"
    ftr = "Consultation 2026-COL – CCTP lot 2"
    b = [TITLE("SYNDICAT MIXTE DE COLLECTE ET DE TRAITEMENT DES ORDURES MÉNAGÈRES DES TROIS-RIVIÈRES",
               "CCTP – LOT 2", "Collecte en porte-à-porte des emballages ménagers recyclables et des papiers"),
         H("1. Contexte"),
         P("Le SMICTOM assure la compétence collecte pour 41 communes (52 300 habitants). La consultation "
           "comporte trois lots : lot 1 – collecte des ordures ménagères résiduelles ; lot 2 – collecte sélective "
           "(objet du présent CCTP) ; lot 3 – transport des bennes des déchèteries. La prestation du lot 2 est "
           "actuellement assurée par la société Vallée Environnement Services, dont le contrat expire le 31 "
           "décembre 2026."),
         H("2. Consistance de la prestation"),
         P("Le titulaire collecte les bacs jaunes une semaine sur deux sur l'ensemble du territoire, selon les "
           "circuits et jours figurant en annexe 3. Les flux collectés sont vidés au centre de tri de Chanteloube, "
           "situé à 18 km du barycentre du territoire ; le SMICTOM en assume le coût de traitement."),
         TAB([["Secteur", "Communes", "Fréquence", "Jour"],
              ["A – Vallée", "14", "C0,5", "mardi"],
              ["B – Plateau", "16", "C0,5", "jeudi"],
              ["C – Bourgs-centres", "11", "C1", "lundi et vendredi"]], widths=[1.6, 1, 1, 1.6]),
         H("3. Pesées et suivi"),
         P("Chaque benne est pesée à l'entrée du centre de tri. Le titulaire transmet mensuellement un tableau "
           "des tonnages par circuit, le nombre de bacs non collectés et leur motif (bac non sorti, erreur de tri "
           "signalée par autocollant, accès impossible)."),
         H("4. Refus de collecte et communication"),
         P("Lorsqu'un bac contient manifestement des déchets non conformes, l'équipage appose l'autocollant "
           "fourni par le SMICTOM et ne le collecte pas ; il le signale le jour même au service prévention."),
         H("5. Matériel"),
         P("Le titulaire met à disposition les bennes nécessaires, équipées d'un lève-conteneur, d'une caméra de "
           "recul et d'un système de géolocalisation dont les données sont accessibles au SMICTOM. Les véhicules "
           "sont entretenus conformément aux prescriptions du constructeur et aux règles en vigueur."),
         H("6. Réglementation"),
         P("Le titulaire exerce la prestation dans le respect du code de l'environnement et de la recommandation "
           "R437 de la CNAM relative à la collecte des déchets ménagers. Ce rappel ne crée pas d'obligation "
           "supplémentaire au-delà des textes applicables."),
         ]
    lab = L(allotissement=1, nb_lots=3,
            evidence=["La consultation comporte trois lots"])
    return DOC("d17_smictom_cctp_collecte_selective.pdf", "CCTP", hdr, ftr, b, lab,
               note="PIÈGE : objet environnemental (collecte sélective) sans exigence env. au-delà de l'objet ; société « … Environnement Services »")


def d18():
    hdr = "Département du Causse-Vert – Direction de l'insertion – RC 2026-INS-01"
    ftr = "Accompagnement socioprofessionnel des allocataires du RSA – RC"
    b = [TITLE("DÉPARTEMENT DU CAUSSE-VERT", "RÈGLEMENT DE LA CONSULTATION",
               "Prestations d'accompagnement socioprofessionnel des allocataires du RSA"),
         H("Article 1 – Objet"),
         P("Le Département achète des prestations d'accompagnement vers l'emploi des allocataires du RSA orientés "
           "par ses services : diagnostic, définition d'un projet professionnel, mises en situation en entreprise, "
           "suivi dans l'emploi pendant six mois. Il s'agit de services sociaux passés selon la procédure adaptée "
           "prévue aux articles R.~2123-1 3° et R.~2123-4 à R.~2123-7 du code de la commande publique."),
         H("Article 2 – Allotissement"),
         P("Le marché est divisé en quatre lots territoriaux correspondant aux maisons départementales des "
           "solidarités : Nord, Sud, Est, Ouest. Chaque lot fait l'objet d'un accord-cadre à bons de commande "
           "d'une durée de trois ans, dont le montant maximum est fixé à 300~000 € HT par lot, soit 1~200~000 € "
           "HT pour l'ensemble des lots."),
         H("Article 3 – Candidature"),
         P("Les candidats produisent les formulaires DC1 et DC2 (ou le DUME), une présentation de la structure, "
           "les références d'accompagnement de publics en insertion et les qualifications des conseillers "
           "(titre de conseiller en insertion professionnelle ou équivalent). Les structures associatives "
           "joignent leurs statuts."),
         P("Cette consultation n'est pas un marché réservé : elle est ouverte à tout opérateur économique."),
         H("Article 4 – Critères d'attribution"),
         LST(["Prix (35 %) : coût du parcours d'accompagnement par personne ;",
              "Qualité de la méthodologie d'accompagnement (40 %) : diagnostic, outils, mises en situation, lien "
              "avec les employeurs du territoire ;",
              "Moyens humains et implantation (25 %) : nombre de conseillers, permanences dans les communes rurales."]),
         H("Article 5 – Remise des offres"),
         P("Les offres sont déposées sur la plateforme de dématérialisation avant le 27 février 2026 à 12 h. "
           "Le Département peut négocier avec l'ensemble des candidats."),
         ]
    lab = L(allotissement=1, nb_lots=4, montant_max_ht=1200000,
            evidence=["divisé en quatre lots territoriaux", "soit 1 200 000 € HT pour l'ensemble des lots"])
    return DOC("d18_causse-vert_rc_accompagnement_rsa.docx", "RC", hdr, ftr, b, lab,
               note="PIÈGE : l'objet est l'insertion (service acheté) ; critère de qualité du service acheté (pas un critère social) ; « n'est pas un marché réservé »")


def d19():
    hdr = "Ville de Bréval-les-Eaux – Règlement de consultation – Audit énergétique"
    ftr = "RC – Audits énergétiques du patrimoine bâti communal"
    b = [TITLE("VILLE DE BRÉVAL-LES-EAUX", "RÈGLEMENT DE LA CONSULTATION",
               "Audits énergétiques et plan pluriannuel de travaux de 17 bâtiments communaux"),
         H("1. Objet"),
         P("La Ville souhaite réduire les consommations d'énergie de son patrimoine bâti, conformément au décret "
           "tertiaire. La mission comprend, pour 17 bâtiments, un audit énergétique réglementaire, des scénarios "
           "de travaux chiffrés et un plan pluriannuel permettant d'atteindre -40 % en 2030. La mission forme un "
           "ensemble indissociable et ne fait pas l'objet d'un allotissement."),
         H("2. Conditions de participation"),
         P("Le candidat indique les moyens humains et techniques dont il dispose (thermiciens, caméra "
           "thermique, enregistreurs), les qualifications OPQIBI 1905 ou équivalentes de ses auditeurs et trois "
           "références d'audits de bâtiments publics. La certification ISO 14001 ou ISO 50001 du candidat peut "
           "être produite à l'appui de la candidature ; elle n'est pas exigée."),
         P("À titre d'exemple, une candidature peut être présentée par un groupement associant un bureau "
           "d'études tel que « Énergie & Territoires Conseil » et un économiste ; ce nom est fictif et cité à "
           "titre d'illustration."),
         H("3. Critères de jugement des offres"),
         LST(["Valeur technique (60 %) : méthodologie d'audit, nombre de jours de relevés sur site, qualité "
              "d'un rapport type fourni ;", "Prix (40 %) : montant global et forfaitaire."]),
         H("4. Délais"),
         P("Les audits sont remis dans un délai de cinq mois. Le candidat peut proposer un délai plus court, "
           "sans que ce délai soit noté."),
         H("5. Renseignements"),
         P("Les questions sont adressées via le profil d'acheteur au plus tard le 10 mars 2026."),
         ]
    lab = L(allotissement=0, evidence=["ne fait pas l'objet d'un allotissement"])
    return DOC("d19_breval_rc_audit_energetique.pdf", "RC", hdr, ftr, b, lab,
               note="PIÈGE : objet environnemental (audit énergétique) ; ISO 14001/50001 en candidature ; « Énergie & Territoires Conseil »")


def d20():
    b = [TITLE("BOAMP – Avis d'appel public à la concurrence", "Communauté de communes du Pays de Vaulnes",
               "Diagnostic d'accessibilité des établissements recevant du public et des voiries communautaires"),
         P("Département(s) de publication : 71"),
         P("Identification de l'organisme : Communauté de communes du Pays de Vaulnes, 3 rue de la Gare, 71990 "
           "Vaulnes."),
         P("Objet : réalisation des diagnostics d'accessibilité aux personnes handicapées de 31 établissements "
           "recevant du public et de 12 km de voiries communautaires, et mise à jour de l'agenda d'accessibilité "
           "programmée (Ad'AP)."),
         P("Type de marché : services. Procédure adaptée."),
         P("Lieu d'exécution : territoire de la communauté de communes."),
         P("Caractéristiques principales : mission unique, non allotie. Les diagnostics portent sur le cadre "
           "bâti, les cheminements extérieurs, la signalétique et l'accueil des usagers en situation de handicap."),
         P("Conditions de participation : le candidat indique ses références en matière de diagnostic "
           "d'accessibilité des ERP et la qualification de l'intervenant (formation accessibilité reconnue). "
           "Il produit une attestation d'assurance de responsabilité civile professionnelle."),
         P("Marché réservé : non."),
         P("Critères d'attribution : offre économiquement la plus avantageuse appréciée en fonction des critères "
           "énoncés ci-dessous avec leur pondération : 1. valeur technique : 50 % ; 2. prix : 40 % ; 3. délai "
           "de remise des diagnostics : 10 %."),
         P("Date limite de réception des offres : 19 mars 2026 à 17 heures."),
         P("Renseignements complémentaires : les candidats peuvent consulter les plans des bâtiments au siège de "
           "la communauté de communes. La mission s'inscrit dans la politique d'inclusion de la collectivité ; "
           "aucune condition d'exécution particulière n'est imposée au titulaire."),
         P("Date d'envoi du présent avis à la publication : 16 février 2026."),
         ]
    lab = L(allotissement=0, evidence=["mission unique, non allotie"])
    return DOC("d20_cc-vaulnes_boamp_diagnostic_accessibilite.txt", "AVIS", "", "", b, lab,
               note="PIÈGE : objet social (diagnostic accessibilité) ; références en candidature ; « Marché réservé : non »")


def d21():
    hdr = "Département des Hautes-Combes – CCAP – Fourniture de sel de déneigement"
    ftr = "CCAP 2026-VH-09 – Sel de déneigement"
    b = [TITLE("DÉPARTEMENT DES HAUTES-COMBES", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Fourniture et livraison de sel de déneigement pour les centres d'exploitation routière"),
         H("Préambule"),
         P("Le Département a adopté en 2024 un schéma de promotion des achats socialement et écologiquement "
           "responsables (SPASER) qui fixe des objectifs à l'ensemble de ses achats : 30 % des marchés comportant "
           "une disposition sociale et 100 % une disposition environnementale à l'horizon 2027. Le schéma est "
           "consultable sur le site internet du Département. Le présent préambule est informatif : il ne crée "
           "aucune obligation pour le titulaire, le présent marché ne comportant pas de clause sociale ni de "
           "clause environnementale particulière."),
         H("Article 1 – Objet et forme"),
         P("Accord-cadre à bons de commande pour la fourniture de sel de déneigement en vrac (granulométrie 0-6 "
           "mm) livré dans les 14 centres d'exploitation, conclu pour la saison hivernale 2026-2027 et "
           "reconductible deux fois. Montant minimum : 150 000 € HT par saison ; sans montant maximum."),
         H("Article 2 – Obligations sociales et fiscales du titulaire"),
         P("Le titulaire se conforme aux dispositions législatives et réglementaires relatives à la protection de "
           "la main-d'œuvre et aux conditions de travail. Il remet tous les six mois les pièces mentionnées à "
           "l'article D.~8222-5 du code du travail (lutte contre le travail dissimulé)."),
         P("Conformément aux articles L.~5212-1 à L.~5212-11 du code du travail, le titulaire atteste qu'il a "
           "satisfait à son obligation d'emploi des travailleurs handicapés ou qu'il n'y est pas assujetti. En "
           "cas de recours à des salariés détachés, il respecte les articles L.~1262-1 et suivants du même code."),
         H("Article 3 – Livraison"),
         P("Les livraisons sont effectuées sous 48 heures en période de viabilité hivernale, de 6 h à 20 h, "
           "y compris le samedi. Chaque camion est pesé au départ ; le bon de pesée accompagne la livraison."),
         H("Article 4 – Respect de l'environnement"),
         P("Le titulaire respecte les réglementations en vigueur en matière de transport et de stockage. La "
           "présente mention ne constitue pas une exigence particulière du marché."),
         H("Article 5 – Prix"),
         P("Les prix sont fermes pour la première saison puis révisés selon l'indice de prix de production du sel."),
         H("Article 6 – Pénalités"),
         P("Retard de livraison : 300 € HT par tranche de 12 heures entamée, au-delà du délai de 48 heures."),
         ]
    lab = L(evidence=[])
    return DOC("d21_hautes-combes_ccap_sel.docx", "CCAP", hdr, ftr, b, lab,
               note="PIÈGE : préambule SPASER sans obligation ; rappels légaux (D8222-5, L5212, détachement) ; « respect de l'environnement » = mention ; montant minimum seul")


def d22():
    hdr = "Commune de Vieux-Moutiers – RC – MAPA 2026-11"
    ftr = "Fourniture et pose de jeux pour enfants – Règlement de la consultation"
    b = [TITLE("COMMUNE DE VIEUX-MOUTIERS", "RÈGLEMENT DE CONSULTATION",
               "Fourniture et pose d'une aire de jeux pour enfants – square des Tanneurs"),
         H("Article 1 – Objet"),
         P("Fourniture, livraison et pose de jeux pour enfants de 2 à 12 ans, avec sol amortissant, au square "
           "des Tanneurs. Le montant estimé de la consultation est de 75"+SB+"000 € HT. Le marché est à lot unique."),
         H("Article 2 – Procédure"),
         P("Procédure adaptée (article R.~2123-1 1° du CCP). La commune se réserve la possibilité de négocier "
           "avec les candidats ayant remis une offre recevable."),
         H("Article 3 – Critères de jugement"),
         P("Lors de la préparation de la consultation, la commune a envisagé un critère relatif aux performances "
           "environnementales des équipements (bois certifié, recyclabilité) et un critère relatif à l'insertion "
           "professionnelle. Compte tenu du faible nombre d'équipements concernés et du caractère standard des "
           "produits, ces critères n'ont finalement pas été retenus."),
         P("Les offres seront donc jugées selon les seuls critères suivants : prix (70 %) ; délai de livraison "
           "et de pose (30 %)."),
         P("Pour mémoire, le précédent marché de 2019 (aire de jeux du parc Bellevue) comportait un critère "
           "« insertion professionnelle des publics en difficulté » pondéré à 10 % ; il ne s'applique pas à la "
           "présente consultation."),
         H("Article 4 – Contenu des offres"),
         LST(["l'acte d'engagement daté et signé ;", "le devis détaillé ;",
              "les fiches techniques des jeux et les certificats de conformité aux normes NF EN 1176 et 1177 ;",
              "le planning de livraison et de pose."]),
         H("Article 5 – Conditions d'envoi des plis"),
         P("Les plis sont transmis par voie électronique avant le 14 avril 2026 à 12 h. Les offres parvenues "
           "après cette date ne sont pas examinées."),
         ]
    lab = L(allotissement=0, montant_estime_ht=75000,
            evidence=["Le marché est à lot unique", "75 000 € HT"])
    return DOC("d22_vieux-moutiers_rc_aire_de_jeux.pdf", "RC", hdr, ftr, b, lab,
               note="PIÈGE : critères env. et insertion envisagés puis non retenus ; critère d'un précédent marché")


def d23():
    hdr = "Formulaire DC1 – Lettre de candidature – avec notice d'utilisation"
    ftr = "DC1 – modèle vierge"
    b = [TITLE("MINISTÈRE DE L'ÉCONOMIE – DIRECTION DES AFFAIRES JURIDIQUES (modèle)",
               "LETTRE DE CANDIDATURE – DC1",
               "Habilitation du mandataire par ses co-traitants – formulaire vierge et notice"),
         H("A – Identification de l'acheteur"),
         P("(Reprendre le contenu de la mention figurant dans les documents de la consultation.)"),
         P("........................................................................................"),
         H("B – Objet de la consultation"),
         P("(Reprendre le contenu de la mention figurant dans les documents de la consultation.) "
           "........................................................................................"),
         P("Cette consultation est allotie : [ ] Non [ ] Oui – la présente candidature est présentée pour "
           "[ ] tous les lots [ ] le(s) lot(s) n° ......"),
         H("C – Objet de la candidature"),
         P("La candidature est présentée : [ ] pour le marché public ; [ ] pour tous les lots ; [ ] pour le ou "
           "les lots suivants : ........"),
         H("D – Présentation du candidat"),
         P("[ ] Le candidat se présente seul ; [ ] le candidat est un groupement d'entreprises : [ ] conjoint "
           "[ ] solidaire."),
         H("E – Marché réservé"),
         P("Si le marché est réservé, le candidat indique s'il est : [ ] une entreprise adaptée ou un "
           "établissement et service d'aide par le travail (article L.~2113-12 du code de la commande "
           "publique) ; [ ] une structure d'insertion par l'activité économique (article L.~2113-13) ; "
           "[ ] une entreprise de l'économie sociale et solidaire (article L.~2113-15)."),
         H("F – Engagements du candidat"),
         P("Le candidat déclare sur l'honneur n'entrer dans aucun des cas d'exclusion prévus aux articles "
           "L.~2141-1 à L.~2141-5 et L.~2141-7 à L.~2141-11 du code de la commande publique, et être en règle "
           "au regard des articles L.~5212-1 à L.~5212-11 du code du travail concernant l'emploi des "
           "travailleurs handicapés."),
         H("Notice d'utilisation (extrait)"),
         P("Rubrique E : cette rubrique n'est à renseigner que lorsque l'acheteur a décidé de réserver le marché "
           "ou un ou plusieurs lots. Les entreprises adaptées, ESAT, SIAE ou entreprises de l'ESS cochent la case "
           "correspondant à leur statut et joignent la preuve de leur agrément ou conventionnement. Le formulaire "
           "ne comporte aucune information sur les clauses sociales ou environnementales du marché, qui figurent "
           "dans les documents de la consultation."),
         ]
    lab = L(evidence=[])
    return DOC("d23_formulaire_dc1_vierge.docx", "FORM", hdr, ftr, b, lab,
               note="PIÈGE : DC1 vierge citant L2113-12/13/15 et L5212 ; cases « allotie » non cochées")


def d24():
    hdr = "Syndicat mixte Numérique Alpes-Léman – CCTP – ENT des lycées"
    ftr = "CCTP – Hébergement et exploitation de l'environnement numérique de travail"
    b = [TITLE("SYNDICAT MIXTE NUMÉRIQUE ALPES-LÉMAN", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Hébergement, exploitation et support de l'environnement numérique de travail (ENT) des lycées"),
         H("1. Contexte"),
         P("Le syndicat mixte met à disposition de 96 lycées un environnement numérique de travail (ENT) utilisé "
           "par 118 000 élèves, parents et enseignants. L'environnement pédagogique comprend le cahier de textes, "
           "la messagerie, les espaces de classe et l'accès aux ressources des éditeurs. Le titulaire actuel est "
           "la société Léman Énergie Numérique SAS."),
         H("2. Environnement technique cible"),
         P("L'ENT est hébergé sur une infrastructure qualifiée SecNumCloud. Le titulaire fournit trois "
           "environnements distincts : un environnement de développement, un environnement de préproduction et "
           "un environnement de production, isolés les uns des autres. Le socle logiciel est composé de conteneurs "
           "orchestrés, d'une base de données PostgreSQL répliquée et d'un annuaire fédéré avec ÉduConnect."),
         RTAB([["Indicateur", "Exigence", "Mesure"],
               ["Disponibilité en période scolaire", "99,7 %", "mensuelle"],
               ["Temps de réponse d'une page", "< 1,5 s au 95e percentile", "sonde externe"],
               ["Délai de rétablissement (incident majeur)", "4 heures", "par incident"],
               ["Perte de données maximale admissible", "15 minutes", "tests semestriels"]],
              widths=[2.4, 1.8, 1.2]),
         H("3. Réversibilité"),
         P("En fin de marché, le titulaire restitue l'ensemble des données dans un format ouvert et documenté et "
           "assiste le nouveau titulaire pendant trois mois. Le plan de réversibilité est remis six mois après la "
           "notification."),
         H("4. Support"),
         P("Le support de niveau 2 est assuré du lundi au samedi de 7 h à 20 h. Les référents ENT des "
           "établissements disposent d'un accès à l'outil de tickets ; l'environnement de formation est remis "
           "à zéro chaque nuit."),
         H("5. Sécurité"),
         P("Le titulaire applique la politique de sécurité des systèmes d'information du syndicat, réalise un "
           "test d'intrusion annuel et notifie tout incident de sécurité dans un délai de 24 heures."),
         ]
    lab = L(evidence=[])
    return DOC("d24_numerique-alpes-leman_cctp_ent.pdf", "CCTP", hdr, ftr, b, lab, cols=2,
               note="PIÈGE : « environnement numérique/technique/pédagogique » ; société « Léman Énergie Numérique »")


def d25():
    b = [TITLE("Université de Saint-Arnoult – Consultation 2026-RES-04 – Restauration du personnel",
               "Registre des questions et réponses n° 2 (publié le 11 février 2026)", ""),
         P("Question 1 : Le marché comporte-t-il une clause d'insertion ? Si oui, quel est le nombre d'heures "
           "imposé ?"),
         P("Réponse : Non. Contrairement au marché précédent, la présente consultation ne comporte pas de clause "
           "sociale d'insertion ; aucun nombre d'heures n'est imposé au titulaire."),
         P("Question 2 : La certification ISO 14001 est-elle exigée ?"),
         P("Réponse : Non. Un candidat peut la joindre à sa candidature au titre de ses capacités techniques, "
           "mais elle n'est ni exigée ni notée."),
         P("Question 3 : Le critère « développement durable » mentionné dans l'avis de pré-information est-il "
           "maintenu ?"),
         P("Réponse : L'avis de pré-information de septembre 2025 évoquait un tel critère. Le règlement de la "
           "consultation publié le 2 février 2026 prévoit seulement les critères prix (50 %) et qualité des repas "
           "(50 %). C'est le règlement de consultation qui s'applique."),
         P("Question 4 : Le marché est-il alloti ?"),
         P("Réponse : Non, la consultation porte sur un lot unique (restaurant du personnel du campus Nord)."),
         P("Question 5 : Quel est le nombre de couverts servis par jour ?"),
         P("Réponse : 420 couverts en moyenne, du lundi au vendredi, hors vacances universitaires (fermeture de "
           "trois semaines en août)."),
         P("Question 6 : Les candidats peuvent-ils visiter les cuisines ?"),
         P("Réponse : Une visite est organisée le 18 février 2026 à 14 h ; inscription auprès du service achats."),
         ]
    lab = L(allotissement=0, evidence=["la consultation porte sur un lot unique"])
    return DOC("d25_univ-saint-arnoult_qr_restauration.txt", "QR", "", "", b, lab,
               note="PIÈGE : réponses négatives (pas de clause, ISO 14001 non exigée, critère DD abandonné)")


def d26():
    b = [TITLE("Services – 411902-2026", "France-Lorvanne: Street lighting maintenance services",
               "Contract award notice – Results of the procurement procedure – Directive 2014/24/EU"),
         P("Section I: Contracting authority"),
         P("I.1) Name and addresses: Communauté d'agglomération de Lorvanne, 1 rue du Beffroi, 59990 Lorvanne, France"),
         P("Section II: Object"),
         P("II.1.1) Title: Maintenance of public lighting installations and traffic lights"),
         P("II.1.4) Short description: preventive and corrective maintenance of 21 400 light points and 64 "
           "traffic-light junctions; replacement of sodium lamps by LED luminaires on purchase order."),
         P("II.1.6) Information about lots: This contract is divided into lots: no"),
         P("II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 40 ; Price - Weighting: 60"),
         P("II.2.11) Information about options: Options: no"),
         P("Section III: Legal, economic, financial and technical information"),
         P("III.1.3) Technical and professional ability: an indication of the environmental management measures "
           "that the economic operator will be able to apply when performing the contract; a certificate of "
           "qualification in lighting maintenance."),
         P("III.1.5) Information about reserved contracts: none"),
         P("III.2.2) Contract performance conditions: as set out in the procurement documents."),
         P("Section V: Award of contract"),
         P("V.2.1) Date of conclusion of the contract: 12/01/2026"),
         P("V.2.2) Information about tenders: Number of tenders received: 4"),
         P("V.2.3) Name and address of the contractor: Nord Énergie Environnement Réseaux SAS, Lorvanne. The "
           "contractor is an SME: yes"),
         P("V.2.4) Information on value of the contract: Total value of the contract/lot: 2 640 000.00 EUR"),
         P("Section VI: Complementary information"),
         P("VI.3) Additional information: The previous contract (2019-2025) included a social integration "
           "clause; the present contract does not."),
         ]
    lab = L(allotissement=0, evidence=["This contract is divided into lots: no"])
    return DOC("d26_lorvanne_ted_award_lighting.txt", "AVIS", "", "", b, lab,
               note="PIÈGE : avis d'attribution ; « environmental management measures » en capacité ; attributaire « Énergie Environnement » ; clause du marché précédent ; valeur attribuée (pas une estimation)")


def d27():
    hdr = "Centre hospitalier de Val-Marest – Construction de l'EHPAD Les Glycines – AE lot 07"
    ftr = "Acte d'engagement – Lot 07 Peinture – Revêtements muraux"
    b = [TITLE("CENTRE HOSPITALIER DE VAL-MAREST", "ACTE D'ENGAGEMENT – LOT N° 07",
               "Construction d'un EHPAD de 84 lits – Peinture, revêtements muraux"),
         H("1. Pouvoir adjudicateur"),
         P("Centre hospitalier de Val-Marest, 12 avenue du Docteur-Roux, 29990 Val-Marest, représenté par son "
           "directeur. Comptable assignataire : trésorerie hospitalière de Brest."),
         H("2. Objet"),
         P("Le présent acte d'engagement concerne le lot n° 07 – Peinture, revêtements muraux – de l'opération "
           "de construction de l'EHPAD Les Glycines, dont les travaux sont répartis en 12 lots faisant chacun "
           "l'objet d'un marché distinct."),
         H("3. Engagement du titulaire"),
         P("Après avoir pris connaissance du CCAP, du CCTP et des documents qui y sont mentionnés, le signataire "
           "s'engage, sur la base de son offre, à exécuter les travaux du lot aux conditions ci-dessous."),
         TAB([["Rubrique", "Valeur"],
              ["Montant de l'offre HT", "........................ €"],
              ["TVA (20 %)", "........................ €"],
              ["Montant TTC", "........................ €"],
              ["Délai d'exécution du lot", "selon calendrier détaillé (phase 4)"],
              ["Heures d'insertion imposées pour le lot 07", "1 250 heures"],
              ["Variante proposée", "[ ] oui  [ ] non"]], widths=[3, 2], align="ll"),
         P("Le titulaire s'engage à réaliser les heures d'insertion indiquées ci-dessus au bénéfice de personnes "
           "éloignées de l'emploi, dans les conditions de l'article 11 du CCAP, et accepte le suivi du "
           "facilitateur désigné par le maître d'ouvrage."),
         H("4. Sous-traitance"),
         P("Le titulaire envisage de sous-traiter les prestations suivantes (annexe DC4) : "
           "........................ pour un montant de ............ € HT."),
         H("5. Compte à créditer"),
         P("Titulaire du compte : ............................ IBAN : ............................"),
         H("6. Signature"),
         P("À ............................, le ............................ Signature du titulaire."),
         P("Est acceptée la présente offre pour valoir acte d'engagement. Le directeur du centre hospitalier."),
         ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1250, allotissement=1, nb_lots=12,
            evidence=["Heures d'insertion imposées pour le lot 07 1 250 heures", "répartis en 12 lots"])
    return DOC("d27_ch-val-marest_ae_lot07.pdf", "AE", hdr, ftr, b, lab,
               note="AE d'un lot ; heures d'insertion dans le tableau de l'AE ; montant de l'offre vierge")


def d28():
    hdr = "Ville de Rocheclaire – Direction des solidarités – RC 2026-SOL-02"
    ftr = "Accueil de jour et accompagnement des personnes sans domicile – Règlement de consultation"
    b = [TITLE("VILLE DE ROCHECLAIRE", "RÈGLEMENT DE LA CONSULTATION",
               "Gestion d'un accueil de jour et maraudes pour les personnes sans domicile stable"),
         H("Article 1 – Objet et lots"),
         P("La consultation porte sur des services sociaux au sens de l'article R.~2123-1 3° du code de la "
           "commande publique. Elle comprend deux lots :"),
         LST(["lot 1 – gestion de l'accueil de jour de la rue Pasteur (douches, bagagerie, domiciliation, "
              "petit-déjeuner) ;",
              "lot 2 – maraudes de soirée et orientation vers l'hébergement d'urgence."]),
         P("Le montant estimé est de 460~000 € HT pour le lot 1 et de 190~000 € HT pour le lot 2, soit 650"+SB+"000 "
           "€ HT sur trois ans."),
         H("Article 2 – Lot réservé"),
         P("Le lot 2, qui porte exclusivement sur des services sociaux, est réservé, en application de l'article "
           "L.~2113-15 du code de la commande publique, aux entreprises de l'économie sociale et solidaire "
           "définies à l'article 1er de la loi n° 2014-856 du 31 juillet 2014 qui poursuivent une mission de "
           "service public liée à la prestation de ces services. Le lot 1 est ouvert à tout opérateur."),
         H("Article 3 – Candidature"),
         P("Les candidats au lot 2 justifient de leur appartenance à l'économie sociale et solidaire (statuts, "
           "agrément ESUS le cas échéant). Tous produisent leurs références d'accompagnement de publics précaires "
           "et les qualifications des intervenants sociaux."),
         H("Article 4 – Jugement des offres"),
         P("Pour chaque lot : qualité du projet de fonctionnement (50 %) ; moyens humains, qualifications et "
           "taux d'encadrement (30 %) ; prix (20 %)."),
         H("Article 5 – Déroulement"),
         P("Les candidats présentent oralement leur projet devant une commission le 24 mars 2026. Une "
           "négociation peut être engagée avec les trois premiers candidats de chaque lot."),
         H("Article 6 – Renseignements"),
         P("Les questions sont posées sur la plateforme au moins huit jours avant la date limite, fixée au "
           "9 mars 2026 à 12 heures."),
         ]
    lab = L(marche_reserve=1, reserve_base="L2113-15", allotissement=1, nb_lots=2, montant_estime_ht=650000,
            evidence=["est réservé, en application de l'article L. 2113-15 du code de la commande publique, aux entreprises de l'économie sociale et solidaire",
                      "Elle comprend deux lots", "soit 650 000 € HT sur trois ans"])
    return DOC("d28_rocheclaire_rc_accueil_de_jour.pdf", "RC", hdr, ftr, b, lab,
               note="lot 2 réservé L2113-15 ; objet social (pas un critère social : qualité du service acheté)")


def d29():
    hdr = "BOAMP – Avis n° 26-31775 – Commune de Sainte-Gemme-en-Bray"
    ftr = "Maîtrise d'œuvre – Rénovation énergétique du gymnase Pierre-de-Coubertin"
    b = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Commune de Sainte-Gemme-en-Bray",
               "Mission de maîtrise d'œuvre pour la rénovation énergétique du gymnase Pierre-de-Coubertin"),
         H("Section I – Acheteur"),
         P("Commune de Sainte-Gemme-en-Bray, place de la Mairie, 76990 Sainte-Gemme-en-Bray."),
         H("Section II – Objet"),
         P("II.1.4) Description succincte : mission de base de maîtrise d'œuvre (loi MOP) avec mission "
           "complémentaire de simulation thermique dynamique, pour la rénovation énergétique du gymnase : "
           "isolation de l'enveloppe, remplacement de la chaufferie fioul par une pompe à chaleur, ventilation "
           "double flux, éclairage LED. Objectif du programme : label BBC Rénovation. Enveloppe prévisionnelle "
           "des travaux : 1~150~000 € HT."),
         P("II.1.6) Lots : non."),
         P("II.2.5) Critères d'attribution : valeur technique appréciée au vu de la note méthodologique et de "
           "la compréhension du programme (60 %) ; prix (taux d'honoraires) (40 %)."),
         H("Section III – Renseignements juridiques, économiques, financiers et techniques"),
         P("III.1.3) Capacité technique : références de rénovation d'équipements sportifs ; composition de "
           "l'équipe (architecte mandataire, bureau d'études fluides et thermique, économiste). Le candidat "
           "indique les outils de simulation énergétique dont il dispose."),
         P("III.1.5) Marché réservé : non."),
         P("III.2.1) Information relative à la profession : la participation est réservée à une profession "
           "particulière : oui – architectes inscrits au tableau de l'Ordre (loi n° 77-2 du 3 janvier 1977)."),
         H("Section IV – Procédure"),
         P("IV.1) Procédure adaptée restreinte : trois candidats admis à présenter une offre ; prime de 3 000 € "
           "HT aux candidats non retenus ayant remis une offre conforme."),
         H("Section VI – Renseignements complémentaires"),
         P("VI.3) Le programme de l'opération et le diagnostic énergétique réalisé en 2025 sont joints au DCE. "
           "Le financement de l'opération est sollicité au titre de la dotation de soutien à l'investissement "
           "local et du fonds vert."),
         ]
    lab = L(allotissement=0, evidence=["II.1.6) Lots : non."])
    return DOC("d29_sainte-gemme_avis_moe_gymnase.pdf", "AVIS", hdr, ftr, b, lab,
               note="PIÈGE : objet environnemental (rénovation énergétique) ; « réservée à une profession particulière : architectes » (pas un marché réservé) ; enveloppe travaux ≠ valeur du marché de MOE")


def d30():
    hdr = "Métropole Rives-de-Garonne – Cadre de réponse technique – Marché 2026-PROP-08"
    ftr = "Cadre de mémoire technique – Nettoyage des locaux administratifs"
    b = [TITLE("MÉTROPOLE RIVES-DE-GARONNE", "CADRE DE RÉPONSE TECHNIQUE (à compléter par le candidat)",
               "Nettoyage des locaux administratifs de l'hôtel de Métropole et des mairies annexes"),
         P("Le présent cadre est obligatoire. Le candidat renseigne chaque rubrique sans renvoyer à des "
           "plaquettes commerciales. Les rubriques marquées « non noté » ne sont pas prises en compte dans le "
           "jugement des offres et servent uniquement à la connaissance de l'entreprise."),
         H("Rubrique 1 – Organisation des prestations (noté, critère valeur technique)"),
         P("Le candidat décrit l'organisation des équipes par site, les horaires d'intervention proposés et le "
           "nombre d'heures affectées chaque semaine à chaque bâtiment : ..........................................."),
         H("Rubrique 2 – Contrôle de la qualité (noté, critère valeur technique)"),
         P("Le candidat présente les outils d'autocontrôle, la fréquence des visites de l'encadrement et le "
           "traitement des réclamations : ..........................................."),
         H("Rubrique 3 – Présentation de l'entreprise (non noté)"),
         TAB([["Information demandée", "Réponse du candidat"],
              ["Effectif total et effectif d'encadrement", ""],
              ["Certifications détenues (ISO 9001, ISO 14001, Qualipropre…)", ""],
              ["L'entreprise est-elle une entreprise adaptée ou une SIAE ? (oui / non)", ""],
              ["Politique de responsabilité sociétale de l'entreprise, le cas échéant (5 lignes maximum)", ""]],
             widths=[3, 2]),
         P("Ces informations sont demandées à titre indicatif ; elles ne constituent ni un critère de jugement "
           "des offres ni un engagement contractuel du titulaire."),
         H("Rubrique 4 – Moyens matériels (noté, critère valeur technique)"),
         P("Le candidat liste le matériel affecté en permanence aux sites (autolaveuses, aspirateurs, chariots) "
           "et le délai de remplacement en cas de panne : ..........................................."),
         P("Rappel : la pondération des critères figure exclusivement dans le règlement de la consultation ; "
           "en cas de contradiction, le règlement de la consultation prévaut sur le présent cadre."),
         ]
    lab = L(evidence=[])
    return DOC("d30_rives-de-garonne_cadre_memoire.docx", "CADRE", hdr, ftr, b, lab,
               note="PIÈGE : cadre de réponse ; ISO 14001, statut EA/SIAE et RSE demandés « non noté » ; pondération renvoyée au RC")


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16,
        d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30]
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


# ----------------------------------------------------------------------------- construction et contrôles
# (adapté de build_piece et main de blind_values_13/make_documents.py, lignes 2452-2611)
_CATEGORIES = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
               "clause_environnementale", "critere_environnemental")
_NUMS = ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht")
_TARGET = {"pdf": (1, 4)}


def build_doc(p):
    path = os.path.join(OUT, p["file"])
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


def _digits(s):
    return re.sub(r"[^0-9]", "", s)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows, problems, kinds, pages, cuts = [], [], {}, {}, []
    names = set()
    for f in DOCS:
        p = f()
        if p["file"] in names:
            problems.append("%s : nom en double" % p["file"])
        names.add(p["file"])
        k0 = len(CUT_LOG)
        n = build_doc(p)
        for mark, what, cut in CUT_LOG[k0:]:
            cuts.append("%s %s « %s » : %s" % (p["file"], mark, what.replace(NB, " "), "coupé" if cut else "entier"))
        ext = p["file"].rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
        if n is not None:
            pages[n] = pages.get(n, 0) + 1
            if not (1 <= n <= 4):
                problems.append("%s : %d pages" % (p["file"], n))
        lab = dict(p["label"])
        txt = plain_text(p["final_blocks"])
        for q in lab["evidence"]:
            if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                continue
            if norm(q) not in txt:
                problems.append("%s : preuve absente : %r" % (p["file"], q))
        ev = " | ".join(norm(q) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuve trop longue (%d)" % (p["file"], len(ev)))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % p["file"])
        # chaque nombre doit se retrouver (chiffres) dans une citation ou une remarque de calcul
        evd = [_digits(q) for q in lab["evidence"]]
        for c in _NUMS:
            v = lab[c]
            if v is None:
                continue
            if c == "nb_lots":
                continue      # souvent écrit en lettres (« trois lots ») : contrôle visuel
            if not any(_digits(_fmt(v)) in d for d in evd):
                problems.append("%s : %s=%s sans citation contenant ce nombre" % (p["file"], c, v))
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % p["file"])
        if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % p["file"])
        row = {"path": p["file"], "doc_type": p["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
        p["pages"] = n
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    problems.extend(extra_checks(rows))
    for line in cuts:
        print("  coupure", line)
    neg = sum(1 for r in rows if all(r[c] in ("0", "") for c in _CATEGORIES))
    print("contrôles : preuves présentes dans le texte logique de leur document ; preuves <= 300 caractères ; "
          "nombres présents dans une citation ; PDF de 1 à 4 pages ; clause_insertion => clause_sociale ; "
          "marche_reserve <=> reserve_base ; types et valeurs des colonnes -> %d problème(s)" % len(problems))
    print("%d documents (%s) ; pages des PDF : %s ; sans étiquette positive : %d ; nombres coupés en fin de "
          "ligne : %d (%d restés entiers) ; césures forcées : %d (%d restées entières)" % (
              len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
              ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), neg,
              SB_STATS["cut"], SB_STATS["whole"], HY_STATS["cut"], HY_STATS["whole"]))
    for c in _CATEGORIES + ("allotissement",):
        print("  %s = 1 : %d ; ? : %d" % (c, sum(r[c] == "1" for r in rows), sum(r[c] == "?" for r in rows)))
    for c in ("reserve_base",) + _NUMS:
        print("  %s renseigné : %d" % (c, sum(bool(r[c]) for r in rows)))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
