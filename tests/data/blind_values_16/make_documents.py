#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_16 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py : lignes 27-664
(écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, nombres coupés SB, césure HY,
aides de saisie H/P/LST/TAB/RTAB/SPLIT/TITLE/L/V/PIECE, number_articles, C, A, _DOC_TYPES) et lignes
2432-2611 (extra_checks, build_piece, check_articles, _expect, main, qui écrivent dossiers.yml, expect et
labels.csv). Changements : SET_NAME, en-tête de dossiers.yml, liste DOSSIERS. Les articles de
remplissage (fonctions F_*) et les quatorze dossiers ont été écrits pour ce jeu.

Thème : comment le montant maximum HT et la valeur estimée HT sont écrits dans un dossier entier
(figure unique, par an, par période inégale, par lot, par membre d'un groupement, par tranche, en lettres,
avis rectificatif, marchés subséquents, bons de commande...).

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F ;
BR = retour à la ligne forcé dans les PDF ; SB = coupure possible d'un nombre en fin de ligne ;
HY = césure possible d'un mot court.

Usage : .venv/bin/python tests/data/blind_values_16/make_documents.py
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
SET_NAME = "blind_values_16"

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





# ----------------------------------------------------------------------------- remplissage (écrit pour ce jeu)
# Articles neutres : ni clause sociale ou environnementale, ni lots, ni montant maximum ou estimé.

def F_pieces(c):
    return A("Pièces contractuelles",
             "Les pièces contractuelles sont, par ordre de priorité décroissante : l'acte d'engagement, le présent "
             "cahier, le cahier des clauses techniques particulières, le CCAG %s approuvé par l'arrêté du 30 mars 2021, "
             "puis les prix remis par le titulaire." % c["ccag"])


def F_paiement(c, v=0):
    t = ["Les sommes dues sont réglées par virement dans un délai global de paiement de %d jours à compter de la "
         "réception de la demande de paiement." % c["delai"],
         "Le retard de paiement fait courir de plein droit des intérêts moratoires (taux de la Banque centrale "
         "européenne majoré de huit points) et une indemnité forfaitaire de 40 € pour frais de recouvrement."]
    if v == 1:
        t.append("Les factures sont déposées sur le portail Chorus Pro ; elles rappellent la référence %s." % c["ref"])
    return A("Modalités de paiement", *t)


def F_litiges(c):
    return A("Différends et litiges",
             "Les parties recherchent un règlement amiable de leurs différends. À défaut, le tribunal administratif de "
             "%s est compétent." % c["ta"])


def F_resiliation(c):
    return A("Résiliation",
             "%s peut résilier le marché dans les conditions prévues aux articles 36 à 42 du CCAG. En cas de "
             "résiliation pour motif d'intérêt général, le titulaire perçoit une indemnité de 5 %% du montant des "
             "prestations restant à exécuter." % c["Qui"])


def F_depot(c, date):
    return A("Remise des offres",
             "Les plis sont déposés sur le profil d'acheteur %s avant le %s à 12 h 00. Les offres sont rédigées en "
             "français et exprimées en euros ; leur délai de validité est de 120 jours." % (c["profil"], date))


# ============================================================================= dossiers

def d01():
    B = "SIAEP du Val de Lorgne"
    c = C("le syndicat", "Dijon", delai=30, profil="https://achats.siaep-lorgne.example", ref="2027-RE-04")
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Fourniture de réactifs de traitement de l'eau potable",
                  "Référence : 2027-RE-04"),
            H("Section I : Pouvoir adjudicateur"),
            P("I.1) Nom et adresses : Syndicat intercommunal d'adduction d'eau potable du Val de Lorgne, 4 rue des "
              "Sources, 71990 Lorgne-sur-Aize. Courriel : marches@siaep-lorgne.example"),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : Fourniture de réactifs de traitement de l'eau potable (chlorure ferrique, "
              "hypochlorite de sodium, charbon actif en poudre)"),
            P("II.1.3) Type de marché : Fournitures"),
            P("II.1.4) Description succincte : accord-cadre mono-attributaire exécuté par bons de commande, avec un "
              "minimum et un maximum annuels."),
            P("II.1.5) Valeur totale estimée hors TVA : 260 000,00 EUR"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : non"),
            P("II.2.7) Durée du marché : 12 mois. Ce marché peut faire l'objet d'une reconduction : oui. "
              "Description des modalités ou du calendrier des reconductions : reconductible tacitement 3 fois 12 mois."),
            H("Section IV : Procédure"),
            P("IV.1.1) Type de procédure : procédure ouverte"),
            P("IV.2.2) Date limite de réception des offres : 15 janvier 2027 à 12 h 00"),
            H("Section VI : Renseignements complémentaires"),
            P("VI.3) Informations complémentaires : montant minimum annuel : 10 000 EUR HT ; montant maximum annuel : "
              "85 000 EUR HT. Quantités indicatives annuelles au BPU.")]
    rc = [TITLE("SIAEP DU VAL DE LORGNE", "RÈGLEMENT DE LA CONSULTATION",
                "Fourniture de réactifs de traitement de l'eau potable – Réf. 2027-RE-04"),
          *A("Objet de la consultation",
             "La consultation porte sur la fourniture et la livraison, aux usines de production de Lorgne et de "
             "Vaux-Bréhant, des réactifs de traitement de l'eau potable décrits au CCTP."),
          *A("Forme du marché et allotissement",
             "Il s'agit d'un accord-cadre à bons de commande conclu avec un seul opérateur (articles R2162-2 et "
             "R2162-13 du code de la commande publique). Sa durée et ses montants sont fixés aux articles 3 et 7 du CCAP.",
             "Le marché n'est pas alloti : les réactifs sont livrés par une même tournée et stockés dans des cuves "
             "communes ; une division en lots rendrait l'exécution techniquement plus difficile (article L2113-11)."),
          *A("Procédure", "La consultation est passée selon la procédure de l'appel d'offres ouvert (articles "
             "R2124-2 et R2161-2 à R2161-5)."),
          *A("Jugement des offres",
             "L'offre économiquement la plus avantageuse est appréciée selon les critères suivants :",
             ["Prix des prestations, apprécié sur le BPU pondéré par les quantités indicatives : 60 % ;",
              "Valeur technique (fiches de données de sécurité, organisation des livraisons, délai) : 40 %."]),
          *F_depot(c, "15 janvier 2027")]
    ccap = [TITLE("SIAEP DU VAL DE LORGNE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accord-cadre de fourniture de réactifs – Réf. 2027-RE-04"),
            *A("Objet", "Le présent accord-cadre a pour objet la fourniture de réactifs de traitement de l'eau potable."),
            *F_pieces(c),
            *A("Durée",
               "L'accord-cadre est conclu pour une période initiale de douze mois à compter du 1er mars 2027. Il est "
               "reconductible tacitement trois fois, par périodes de douze mois, sans que sa durée totale puisse "
               "excéder quarante-huit mois."),
            *A("Livraisons",
               "Les livraisons ont lieu dans un délai de cinq jours ouvrés à compter de la réception du bon de "
               "commande, entre 8 heures et 16 heures. Le franco de port est fixé à 1~500~€ HT par livraison."),
            *A("Reprise des contenants",
               "Le titulaire reprend sans frais les grands récipients vrac (GRV de 1 000 litres) vides et en assure "
               "le réemploi ou, à défaut, le recyclage ; il remet chaque année au syndicat un bilan des contenants repris."),
            *A("Prix", "Les prix sont révisés annuellement par application de l'indice des produits chimiques "
               "inorganiques de base, avec une clause de sauvegarde de 8 %."),
            H("Article # – Montants"),
            SPLIT("Le montant minimum annuel des commandes est de 10~000~€ HT. Le montant maximum annuel est fixé à",
                  "85~000~€ HT ; il s'applique à chacune des périodes d'exécution."),
            P("Un même bon de commande ne peut excéder 12~000~€ HT ; au-delà, le syndicat émet deux bons distincts."),
            *F_paiement(c, 1), *F_litiges(c)]
    bpu = [TITLE("SIAEP du Val de Lorgne", "BORDEREAU DES PRIX UNITAIRES", "Réf. 2027-RE-04"),
           P("Le candidat indique ses prix unitaires hors taxes. Les quantités annuelles sont indicatives et servent "
             "uniquement au jugement des offres ; elles n'engagent pas le syndicat."),
           TAB([["N°", "Désignation", "Unité", "Quantité annuelle indicative", "Prix unitaire HT"],
                ["1", "Chlorure ferrique 40 %", "tonne", "42", ""],
                ["2", "Hypochlorite de sodium 48°", "tonne", "18", ""],
                ["3", "Charbon actif en poudre", "tonne", "6,5", ""]]),
           P("Montant pondéré (prix × quantités indicatives) : ………………… € HT")]
    return dict(
        id="d01", title="SIAEP du Val de Lorgne – réactifs de traitement de l'eau (maximum annuel × quatre périodes)",
        pieces=[PIECE("AVIS_2027-RE-04.txt", "AVIS", B + " – Avis", "Avis", avis,
                      L(allotissement=0, montant_estime_ht=260000, montant_max_ht=340000,
                        evidence=["Ce marché est divisé en lots : non", "Valeur totale estimée hors TVA : 260 000,00 EUR",
                                  "montant maximum annuel : 85 000 EUR HT", "reconductible tacitement 3 fois 12 mois",
                                  "[85 000 × 4 périodes de 12 mois]"])),
                PIECE("RC_2027-RE-04.pdf", "RC", B + " – RC 2027-RE-04", "Règlement de la consultation", rc,
                      L(allotissement=0, evidence=["Le marché n'est pas alloti"])),
                PIECE("CCAP_2027-RE-04.pdf", "CCAP", B + " – CCAP 2027-RE-04", "CCAP", ccap,
                      L(clause_environnementale=1, montant_max_ht=340000,
                        evidence=["reprend sans frais les grands récipients vrac", "Le montant maximum annuel est fixé à 85 000 € HT",
                                  "reconductible tacitement trois fois, par périodes de douze mois", "[85 000 × 4]"])),
                PIECE("BPU_2027-RE-04.docx", "BPU", B + " – BPU 2027-RE-04", "BPU", bpu, L())],
        pos=["clause_environnementale"],
        values=V(allotissement=0, montant_estime_ht=260000, montant_max_ht=340000),
        note="Maximum : 85 000 € HT par an (CCAP art. 7, phrase coupée par un saut de page entre « fixé à » et le nombre, « s'applique à chacune des périodes ») × 4 périodes de 12 mois "
             "(1 + 3 reconductions, CCAP art. 3 ; avis II.2.7 et VI.3) = 340 000. Estimée : 260 000 (avis II.1.5). Pièges : "
             "minimum annuel 10 000 ; plafond de 12 000 € HT par bon de commande ; franco de 1 500 € HT ; 40 € "
             "d'indemnité ; « entre 8 heures et 16 heures » (pas d'insertion) ; quantités du BPU (42, 18, 6,5 tonnes). "
             "Non alloti (RC, avis). Clause environnementale : reprise des GRV (CCAP).")


def d02():
    B = "Département de la Haute-Sorgue"
    c = C("le Département", "Limoges", profil="https://marches.hautesorgue.example", ref="DHS-27-0112")
    avis = [TITLE("AVIS DE MARCHÉ – JOUE", "Entretien des espaces verts des collèges départementaux",
                  "Département de la Haute-Sorgue – DHS-27-0112"),
            H("Section 1 – Acheteur"),
            P("Nom officiel : Département de la Haute-Sorgue. Forme juridique : collectivité territoriale."),
            H("Section 2 – Procédure"),
            P("Objet : entretien des espaces verts et des abords de vingt-deux collèges. Nature : services. "
              "Classification CPV principale : 77310000."),
            P("Valeur estimée hors TVA : 312 000,00 EUR"),
            P("Valeur maximale de l'accord-cadre : 390 000,00 EUR"),
            P("Le marché est divisé en 3 lots. Des offres peuvent être présentées pour tous les lots."),
            H("Section 5 – Lot LOT-0003"),
            P("Titre : Entretien des collèges du secteur Centre (lot réservé)"),
            P("Marché réservé : participation réservée aux ateliers protégés et aux opérateurs économiques dont "
              "l'objectif est l'intégration sociale et professionnelle des personnes handicapées (article L2113-12 du "
              "code de la commande publique)."),
            H("Informations complémentaires"),
            P("Conditions d'exécution : clause sociale d'insertion pour les lots 1 et 2 (heures fixées au CCAP).")]
    rc = [TITLE("DÉPARTEMENT DE LA HAUTE-SORGUE", "RÈGLEMENT DE LA CONSULTATION",
                "Entretien des espaces verts des collèges – DHS-27-0112"),
          *A("Objet et durée",
             "La consultation a pour objet l'entretien des espaces verts des collèges départementaux. Chaque lot donne "
             "lieu à un accord-cadre à bons de commande conclu pour un an, reconductible trois fois par période d'un an."),
          *A("Allotissement et montants",
             "La consultation est divisée en trois lots géographiques. Les montants maximums ci-dessous valent pour "
             "la durée totale de chaque accord-cadre, reconductions comprises :"),
          RTAB([["Lot", "Désignation", "Maximum HT (4 ans)", "Maximum TTC (4 ans)"],
                ["1", "Collèges du secteur Nord", "180 000,00 €", "216 000,00 €"],
                ["2", "Collèges du secteur Sud", "150 000,00 €", "180 000,00 €"],
                ["3", "Collèges du secteur Centre (réservé)", "60 000,00 €", "72 000,00 €"],
                ["Total", "", "390 000,00 €", "468 000,00 €"]], widths=[0.8, 3, 1.6, 1.6], align="llrr"),
          *A("Lot réservé",
             "Le lot n° 3 est réservé, en application de l'article L2113-12 du code de la commande publique, aux "
             "entreprises adaptées, aux établissements et services d'aide par le travail et aux structures équivalentes."),
          *A("Critères de jugement",
             "Les offres sont jugées lot par lot : prix (55 %), valeur technique (45 %) appréciée au vu du mémoire "
             "technique (moyens humains, matériel, planning d'intervention)."),
          *F_depot(c, "2 février 2027")]
    ccap = [TITLE("DÉPARTEMENT DE LA HAUTE-SORGUE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Entretien des espaces verts des collèges – lots 1 à 3"),
            *A("Objet", "Le présent CCAP est commun aux trois lots de la consultation DHS-27-0112."),
            *F_pieces(c),
            *A("Montants", "Les montants maximums de chaque lot sont fixés à l'article 2 du règlement de la "
               "consultation ; aucun montant minimum n'est fixé."),
            *A("Horaires et délais",
               "Les interventions ont lieu entre 7 heures et 17 heures, hors temps de cours lorsque les engins sont "
               "bruyants. Le délai d'intervention après un bon de commande urgent est de 48 heures."),
            *A("Clause sociale d'insertion",
               "En application de l'article L2112-2 du code de la commande publique, le titulaire réserve à des "
               "personnes éloignées de l'emploi une part des heures de travail générées par le marché.",
               "Pour le lot n° 1, le volume est de 400 heures sur la durée totale de l'accord-cadre ; pour le lot n° 2, "
               "de 350 heures. Le lot n° 3, réservé, n'est pas soumis à cette obligation.",
               "Le facilitateur du PLIE de la Haute-Sorgue accompagne le titulaire ; chaque heure non réalisée donne "
               "lieu à une pénalité de 50 € HT."),
            *A("Gestion écologique",
               "Aucun produit phytopharmaceutique de synthèse n'est employé. Les déchets verts sont évacués vers une "
               "plateforme de compostage agréée et les bordereaux sont transmis au Département chaque trimestre."),
            *F_paiement(c), *F_resiliation(c), *F_litiges(c)]
    ae = [TITLE("DÉPARTEMENT DE LA HAUTE-SORGUE", "ACTE D'ENGAGEMENT – LOT N° 3",
                "Entretien des espaces verts des collèges du secteur Centre"),
          H("A – Objet"),
          P("Le présent acte d'engagement concerne le lot n° 3, réservé aux entreprises adaptées et aux ESAT (article "
            "L2113-12 du code de la commande publique)."),
          H("B – Engagement du titulaire"),
          P("Nom, raison sociale : ……………………………… SIRET : ……………………"),
          P("Montant maximum du lot pour la durée totale de l'accord-cadre : 60 000,00 € HT."),
          P("Le candidat certifie employer au moins 50 % de travailleurs handicapés."),
          H("C – Signature"),
          P("Fait à ………………, le ……………… Signature du représentant habilité :")]
    return dict(
        id="d02", title="Département de la Haute-Sorgue – espaces verts des collèges (3 lots, tableau HT/TTC, lot réservé)",
        pieces=[PIECE("AVIS_DHS-27-0112.txt", "AVIS", B + " – Avis", "Avis", avis,
                      L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-12",
                        allotissement=1, nb_lots=3, montant_estime_ht=312000, montant_max_ht=390000,
                        evidence=["clause sociale d'insertion pour les lots 1 et 2", "article L2113-12",
                                  "Le marché est divisé en 3 lots", "Valeur estimée hors TVA : 312 000,00 EUR",
                                  "Valeur maximale de l'accord-cadre : 390 000,00 EUR"])),
                PIECE("RC_DHS-27-0112.pdf", "RC", B + " – RC", "DHS-27-0112", rc,
                      L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=3, montant_max_ht=390000,
                        evidence=["Le lot n° 3 est réservé, en application de l'article L2113-12",
                                  "divisée en trois lots", "390 000,00 € 468 000,00 €", "[ligne Total, colonne HT]"])),
                PIECE("CCAP_DHS-27-0112.pdf", "CCAP", B + " – CCAP", "DHS-27-0112", ccap,
                      L(clause_sociale=1, clause_insertion=1, heures_insertion=750, clause_environnementale=1,
                        allotissement=1, nb_lots=3,
                        evidence=["Pour le lot n° 1, le volume est de 400 heures", "pour le lot n° 2, de 350 heures",
                                  "[400 + 350 = 750]", "Aucun produit phytopharmaceutique de synthèse n'est employé",
                                  "commun aux trois lots"])),
                PIECE("AE_lot3_DHS-27-0112.docx", "AE", B + " – AE lot 3", "DHS-27-0112", ae,
                      L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, montant_max_ht=60000,
                        evidence=["réservé aux entreprises adaptées et aux ESAT (article L2113-12",
                                  "lot n° 3", "Montant maximum du lot pour la durée totale de l'accord-cadre : 60 000,00 € HT"]))],
        pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale"],
        values=V(heures_insertion=750, allotissement=1, nb_lots=3, montant_estime_ht=312000, montant_max_ht=390000,
                 reserve_base="L2113-12"),
        note="Maximum : tableau du RC, ligne Total, colonne HT = 390 000 (180 000 + 150 000 + 60 000) ; l'avis le "
             "redit (« Valeur maximale de l'accord-cadre »). Estimée : 312 000 (avis). Heures : 400 (lot 1) + 350 (lot 2) "
             "= 750 (CCAP). Pièges : colonne TTC à côté (468 000) ; l'AE du lot 3 ne donne que 60 000 ; « 7 heures et "
             "17 heures », « 48 heures » (pas d'insertion) ; pénalité de 50 € par heure ; « au moins 50 % de "
             "travailleurs handicapés ». Réservation du lot 3 : L2113-12 (RC, AE, avis).")


def d03():
    B = "Centre hospitalier de Brévanne-les-Tilleuls"
    c = C("le centre hospitalier", "Orléans", delai=50, profil="https://marches.ch-brevanne.example", ref="CHB-LAB-27")
    rc = [TITLE("CENTRE HOSPITALIER DE BRÉVANNE-LES-TILLEULS", "RÈGLEMENT DE LA CONSULTATION",
                "Consommables de laboratoire de biologie médicale – CHB-LAB-27"),
          *A("Objet", "Fourniture de consommables de laboratoire (tubes, cônes, plaques, réactifs de coloration)."),
          *A("Caractéristiques",
             "Accord-cadre à bons de commande mono-attributaire, conclu pour une période initiale de dix-huit mois, "
             "puis reconductible deux fois : une première fois pour douze mois, une seconde fois pour six mois, afin "
             "d'aligner son échéance sur celle du groupement hospitalier de territoire.",
             "La consultation ne fait pas l'objet d'un allotissement : les consommables doivent être compatibles avec "
             "un automate unique."),
          *A("Estimation",
             "Le montant estimatif de l'accord-cadre, toutes périodes confondues, est de 198~500,50~€~HT. Il est "
             "donné à titre indicatif."),
          *A("Critères",
             "Prix : 50 % ; qualité technique des produits : 40 % ; performance environnementale des emballages "
             "(volume, part de matière recyclée) : 10 %."),
          *F_depot(c, "9 mars 2027")]
    ccap = [TITLE("CENTRE HOSPITALIER DE BRÉVANNE-LES-TILLEULS", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "CHB-LAB-27"),
            *A("Objet", "Le présent accord-cadre porte sur la fourniture de consommables de laboratoire."),
            *F_pieces(c),
            *A("Durée", "La période initiale court sur dix-huit mois à compter de la notification. Les reconductions "
               "sont expresses ; leurs durées figurent dans le tableau de l'article 4."),
            *A("Montants minimum et maximum par période",
               "Les commandes passées au cours de chaque période respectent les montants suivants :"),
            RTAB([["Période", "Durée", "Minimum HT", "Maximum HT"],
                  ["Période initiale", "18 mois", "20 000,00 €", "135 000,00 €"],
                  ["Reconduction n° 1", "12 mois", "12 000,00 €", "90 000,00 €"],
                  ["Reconduction n° 2", "6 mois", "6 000,00 €", "45 000,00 €"]],
                 widths=[2, 1, 1.5, 1.5], align="lrrr"),
            *A("Livraison", "Les produits sont livrés sous 72 heures au magasin central, bâtiment C."),
            *F_paiement(c), *F_litiges(c)]
    ae = [TITLE("CENTRE HOSPITALIER DE BRÉVANNE-LES-TILLEULS", "ACTE D'ENGAGEMENT", "CHB-LAB-27"),
          H("1. Contractant"), P("Je soussigné ………………………… m'engage à livrer les fournitures aux prix du BPU."),
          H("2. Montants"),
          P("Montant maximum HT de l'accord-cadre : se reporter à l'article 4 du CCAP."),
          P("Montant maximum TTC de l'accord-cadre sur sa durée totale : 324 000,00 € TTC."),
          H("3. Paiement"), P("Compte à créditer : IBAN ………………………………")]
    qr = [TITLE("CENTRE HOSPITALIER DE BRÉVANNE-LES-TILLEULS", "Questions des candidats et réponses – CHB-LAB-27"),
          P("Question 1 (12/02/2027) : Le montant maximum de 135 000 € HT indiqué au CCAP est-il annuel ?"),
          P("Réponse : Non. Ce montant couvre toute la période initiale de dix-huit mois ; les montants des "
            "reconductions sont ceux du tableau de l'article 4 du CCAP."),
          P("Question 2 (15/02/2027) : Le montant estimatif inclut-il les reconductions ?"),
          P("Réponse : Oui : 198 500,50 € HT toutes périodes confondues, comme l'indique le règlement de la consultation."),
          P("Question 3 (16/02/2027) : Des échantillons sont-ils demandés ?"),
          P("Réponse : Oui, dix unités par référence, à déposer avant la date limite.")]
    return dict(
        id="d03", title="CH de Brévanne-les-Tilleuls – consommables de laboratoire (périodes de 18, 12 et 6 mois)",
        pieces=[PIECE("RC_CHB-LAB-27.pdf", "RC", B + " – RC", "CHB-LAB-27", rc,
                      L(critere_environnemental=1, allotissement=0, montant_estime_ht=198500.5,
                        evidence=["performance environnementale des emballages", "ne fait pas l'objet d'un allotissement",
                                  "Le montant estimatif de l'accord-cadre, toutes périodes confondues, est de 198 500,50 € HT"])),
                PIECE("CCAP_CHB-LAB-27.pdf", "CCAP", B + " – CCAP", "CHB-LAB-27", ccap,
                      L(montant_max_ht=270000,
                        evidence=["Période initiale 18 mois 20 000,00 € 135 000,00 €", "Reconduction n° 1 12 mois 12 000,00 € 90 000,00 €",
                                  "Reconduction n° 2 6 mois 6 000,00 € 45 000,00 €", "[135 000 + 90 000 + 45 000]"])),
                PIECE("AE_CHB-LAB-27.docx", "AE", B + " – AE", "CHB-LAB-27", ae, L()),
                PIECE("QR_CHB-LAB-27.txt", "QR", B + " – QR", "QR", qr,
                      L(montant_estime_ht=198500.5, evidence=["198 500,50 € HT toutes périodes confondues"]))],
        pos=["critere_environnemental"],
        values=V(allotissement=0, montant_estime_ht=198500.5, montant_max_ht=270000),
        note="Maximum : tableau du CCAP, une ligne par période de durée inégale, sans total : 135 000 (18 mois) + 90 000 "
             "(12 mois) + 45 000 (6 mois) = 270 000. Estimée : 198 500,50 (RC ; QR), avec centimes. Pièges : colonne "
             "des minima (20 000, 12 000, 6 000) ; l'AE ne donne que le TTC (324 000) et renvoie au CCAP ; la QR dit "
             "que 135 000 n'est pas annuel (ne pas multiplier par 1,5 ni par 3) ; « 72 heures » ; délai de 50 jours. "
             "Non alloti (RC). Critère environnemental 10 % (RC).")


def d04():
    B = "Région Val-de-Brenne"
    c = C("la Région", "Rennes", profil="https://marches.valdebrenne.example", ref="RVB-FORM-2027-07")
    avis = [TITLE("AVIS DE MARCHÉ", "Région Val-de-Brenne", "Formations aux savoirs de base – RVB-FORM-2027-07"),
            P("Acheteur : Région Val-de-Brenne, direction de la formation professionnelle."),
            P("Objet : actions de formation aux savoirs de base (lecture, calcul, numérique) destinées aux demandeurs "
              "d'emploi et aux publics éloignés de l'emploi."),
            P("Type : accord-cadre multi-attributaire (trois titulaires au plus) exécuté par marchés subséquents."),
            P("Valeur estimée hors TVA : 900 000,00 EUR"),
            P("Division en lots : non."),
            P("Durée : 48 mois."),
            P("Critères d'attribution : ceux du règlement de la consultation.")]
    rc = [TITLE("RÉGION VAL-DE-BRENNE", "RÈGLEMENT DE LA CONSULTATION", "RVB-FORM-2027-07"),
          *A("Objet",
             "La Région achète des parcours de formation aux savoirs de base pour des demandeurs d'emploi, en "
             "particulier des personnes éloignées de l'emploi orientées par les missions locales et France Travail. "
             "L'insertion professionnelle des stagiaires est l'objet même des prestations."),
          *A("Forme",
             "Accord-cadre multi-attributaire conclu avec trois opérateurs au plus ; les prestations sont attribuées "
             "par marchés subséquents après remise en concurrence des titulaires (articles R2162-7 à R2162-12).",
             "L'accord-cadre n'est pas divisé en lots : les parcours combinent les trois savoirs sur un même site."),
          *A("Jugement des offres de l'accord-cadre",
             "Valeur pédagogique : 60 % ; prix du bordereau de référence : 40 %."),
          *F_depot(c, "22 mars 2027")]
    ccap = [TITLE("RÉGION VAL-DE-BRENNE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accord-cadre de formations aux savoirs de base – RVB-FORM-2027-07"),
            *A("Objet", "Le présent accord-cadre fixe les règles de passation et d'exécution des marchés subséquents."),
            *F_pieces(c),
            *A("Durée", "L'accord-cadre est conclu pour quatre ans à compter de sa notification, sans reconduction."),
            *A("Montant de l'accord-cadre",
               "Le montant maximum des marchés subséquents passés sur le fondement de l'accord-cadre est fixé à un "
               "million deux cent mille euros hors taxes (1~200~000~€ HT) pour sa durée totale de quatre ans."),
            *A("Marchés subséquents",
               "Chaque marché subséquent précise le nombre de parcours, les lieux et les dates. Le montant de chaque "
               "marché subséquent ne peut excéder 150~000~€ HT ; sa durée ne peut dépasser douze mois.",
               "Un parcours compte au moins 140 heures de formation par stagiaire."),
            *F_paiement(c, 1), *F_litiges(c)]
    ms = [TITLE("RÉGION VAL-DE-BRENNE", "MODÈLE DE LETTRE DE CONSULTATION – MARCHÉ SUBSÉQUENT",
                "Accord-cadre RVB-FORM-2027-07"),
          *A("Objet du marché subséquent", "Parcours de formation aux savoirs de base – bassin de ……………"),
          *A("Montant", "Le montant du présent marché subséquent est plafonné à 150~000~€ HT, conformément à "
             "l'article 5 du CCAP de l'accord-cadre."),
          *A("Remise des offres", "Les titulaires remettent leur offre dans un délai de quinze jours : planning, "
             "formateurs affectés, prix par heure-stagiaire.")]
    return dict(
        id="d04", title="Région Val-de-Brenne – formations aux savoirs de base (accord-cadre à marchés subséquents)",
        pieces=[PIECE("AVIS_RVB-FORM-2027-07.txt", "AVIS", B + " – Avis", "Avis", avis,
                      L(allotissement=0, montant_estime_ht=900000,
                        evidence=["Division en lots : non.", "Valeur estimée hors TVA : 900 000,00 EUR"])),
                PIECE("RC_RVB-FORM-2027-07.pdf", "RC", B + " – RC", "RVB-FORM-2027-07", rc,
                      L(allotissement=0, evidence=["L'accord-cadre n'est pas divisé en lots"])),
                PIECE("CCAP_RVB-FORM-2027-07.docx", "CCAP", B + " – CCAP", "RVB-FORM-2027-07", ccap,
                      L(montant_max_ht=1200000,
                        evidence=["un million deux cent mille euros hors taxes (1 200 000 € HT) pour sa durée totale"])),
                PIECE("Modele_MS_RVB-FORM-2027-07.pdf", "AUTRE", B + " – Modèle MS", "RVB-FORM-2027-07", ms, L())],
        pos=[],
        values=V(allotissement=0, montant_estime_ht=900000, montant_max_ht=1200000),
        note="Maximum : 1 200 000 € HT en lettres et en chiffres pour toute la durée (CCAP art. 4). Estimée : 900 000 "
             "(avis). Pièges : plafond de 150 000 € HT par marché subséquent (CCAP art. 5 et modèle de lettre : ce n'est "
             "pas le maximum de l'accord-cadre) ; trois titulaires (ne pas multiplier) ; « 140 heures de formation » (pas "
             "d'insertion) ; l'objet est l'insertion des stagiaires (« publics éloignés de l'emploi ») : ni clause "
             "sociale ni clause d'insertion. Non alloti.")


def d05():
    B = "Communauté d'agglomération du Pays de Vernoux"
    c = C("le coordonnateur", "Lyon", profil="https://marches.agglo-vernoux.example", ref="GC-PAP-2027")
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Groupement de commandes – papier et enveloppes", "GC-PAP-2027"),
            P("Coordonnateur : Communauté d'agglomération du Pays de Vernoux, pour le compte du groupement formé avec "
              "les communes de Saint-Arlan, Mérovilliers et Les Jonchères."),
            P("Objet : fourniture de papier de reprographie, de papier à en-tête et d'enveloppes."),
            P("Procédure : procédure adaptée (article R2123-1 du code de la commande publique)."),
            P("Valeur estimée : 118 000 EUR HT"),
            P("Durée du marché : 24 mois"),
            P("Date limite de réception des offres : 6 avril 2027, 12 h.")]
    rc = [TITLE("GROUPEMENT DE COMMANDES DU PAYS DE VERNOUX", "RÈGLEMENT DE LA CONSULTATION", "GC-PAP-2027"),
          *A("Groupement de commandes",
             "La consultation est lancée par la Communauté d'agglomération du Pays de Vernoux, coordonnatrice du "
             "groupement constitué avec trois communes (articles L2113-6 et L2113-7). Chaque membre passe ses propres "
             "bons de commande et règle ses factures."),
          *A("Forme et durée",
             "Accord-cadre à bons de commande mono-attributaire. L'accord-cadre est conclu pour deux années à compter "
             "de sa notification ; il n'est pas reconductible.",
             "Le marché fait l'objet d'un lot unique."),
          *A("Critères", "Prix : 70 % ; délais et organisation des livraisons : 30 %."),
          *F_depot(c, "6 avril 2027")]
    ccap = [TITLE("GROUPEMENT DE COMMANDES DU PAYS DE VERNOUX", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Papier et enveloppes – GC-PAP-2027"),
            *A("Objet", "Fourniture de papier et d'enveloppes pour les membres du groupement."),
            *F_pieces(c),
            *A("Durée", "La durée de l'accord-cadre est fixée au règlement de la consultation."),
            *A("Montants par membre",
               "Chaque membre est engagé sur un montant minimum annuel de 1~000~€ HT. Les montants maximums annuels "
               "sont les suivants :"),
            TAB([["Membre du groupement", "Montant maximum annuel HT"],
                 ["Communauté d'agglomération du Pays de Vernoux", "48 000 €"],
                 ["Commune de Saint-Arlan", "12 000 €"],
                 ["Commune de Mérovilliers", "9 500 €"],
                 ["Commune des Jonchères", "6 500 €"]], widths=[3, 1.5], align="lr"),
            P("Le montant maximum de l'accord-cadre pour une année d'exécution est égal à la somme des montants "
              "maximums annuels des membres."),
            *A("Livraisons et emballages",
               "Les livraisons sont regroupées en une tournée mensuelle par membre. Le titulaire utilise des emballages "
               "en carton recyclé, sans film plastique, et reprend les palettes à chaque livraison pour réemploi."),
            *F_paiement(c), *F_litiges(c)]
    return dict(
        id="d05", title="Groupement de commandes du Pays de Vernoux – papier (maximum annuel par membre, durée dans le RC)",
        pieces=[PIECE("AVIS_GC-PAP-2027.txt", "AVIS", B + " – Avis", "Avis", avis,
                      L(montant_estime_ht=118000, evidence=["Valeur estimée : 118 000 EUR HT"])),
                PIECE("RC_GC-PAP-2027.docx", "RC", B + " – RC", "GC-PAP-2027", rc,
                      L(allotissement=0, evidence=["Le marché fait l'objet d'un lot unique."])),
                PIECE("CCAP_GC-PAP-2027.pdf", "CCAP", B + " – CCAP", "GC-PAP-2027", ccap,
                      L(clause_environnementale=1,
                        evidence=["emballages en carton recyclé, sans film plastique, et reprend les palettes"]))],
        pos=["clause_environnementale"],
        values=V(allotissement=0, montant_estime_ht=118000, montant_max_ht=152000),
        note="Maximum : le CCAP donne un maximum ANNUEL par membre, sans total (48 000 + 12 000 + 9 500 + 6 500 = 76 000 "
             "par an) et renvoie au RC pour la durée : deux ans, non reconductible (RC ; avis « 24 mois ») ; 76 000 × 2 = "
             "152 000. Étiquette de pièce : le CCAP seul ne permet pas le total (durée absente), montant_max_ht vide. "
             "Estimée : 118 000 (avis). Pièges : minimum de 1 000 € par membre ; le plus grand membre (48 000) n'est pas "
             "le maximum ; « lot unique » = non alloti. Clause environnementale : emballages et reprise des palettes.")


def d06():
    B = "Commune de Sainte-Ombeline"
    c = C("la commune", "Poitiers", ccag="travaux", profil="https://marches.sainte-ombeline.example", ref="SO-ECOLE-27")
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Commune de Sainte-Ombeline",
                  "Réhabilitation de l'école élémentaire Jean-Rostand"),
            P("Type de marché : travaux. Procédure adaptée ouverte."),
            P("Valeur estimée hors TVA : 615 000 EUR"),
            P("Marché divisé en lots : oui – 4 lots (gros œuvre ; menuiseries ; électricité ; peinture)."),
            P("Tranches : une tranche ferme et deux tranches optionnelles."),
            P("Conditions particulières d'exécution : clause d'insertion professionnelle pour les lots 1 et 2."),
            P("Date limite : 19 avril 2027 à 12 h.")]
    rc = [TITLE("COMMUNE DE SAINTE-OMBELINE", "RÈGLEMENT DE LA CONSULTATION",
                "Réhabilitation de l'école élémentaire Jean-Rostand – SO-ECOLE-27"),
          *A("Objet", "Travaux de réhabilitation thermique et fonctionnelle de l'école élémentaire Jean-Rostand."),
          *A("Lots", "Les travaux sont répartis en quatre lots traités par marchés séparés :",
             ["Lot 1 : gros œuvre – démolition ;", "Lot 2 : menuiseries extérieures ;",
              "Lot 3 : électricité – courants faibles ;", "Lot 4 : peinture – revêtements de sols."]),
          *A("Tranches et estimation",
             "Le marché comporte une tranche ferme et deux tranches optionnelles (article R2113-6). L'estimation "
             "prévisionnelle de l'opération, tous lots confondus, est la suivante :",
             ["tranche ferme (bâtiment principal) : 420 000 € HT ;",
              "tranche optionnelle n° 1 (préau) : 135 000 € HT ;",
              "tranche optionnelle n° 2 (cour et clôtures) : 60 000 € HT."],
             "L'affermissement des tranches optionnelles est notifié au plus tard dix-huit mois après la notification."),
          *A("Critères", "Prix : 60 % ; valeur technique : 40 %."),
          *F_depot(c, "19 avril 2027")]
    ccap = [TITLE("COMMUNE DE SAINTE-OMBELINE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Réhabilitation de l'école Jean-Rostand – lots 1 à 4"),
            *A("Objet", "Le présent CCAP est commun aux quatre lots."),
            *F_pieces(c),
            *A("Prix", "Les marchés sont conclus à prix global et forfaitaire, établis sur la base de la DPGF de chaque lot."),
            *A("Pénalités",
               "Le retard d'exécution donne lieu à une pénalité de 300 € HT par jour calendaire. Le montant total des "
               "pénalités est plafonné à 10 % du montant HT du lot."),
            *A("Retenue de garantie", "Une retenue de garantie de 5 % est appliquée ; elle peut être remplacée par une "
               "garantie à première demande."),
            *A("Clause d'insertion",
               "Le titulaire du lot 1 réalise 280 heures d'insertion ; le titulaire du lot 2 en réalise 120. Les lots 3 "
               "et 4 ne comportent pas d'obligation. Les heures sont réalisées par embauche directe, mise à disposition "
               "par une ETTI ou une association intermédiaire, ou sous-traitance à une SIAE. Chaque heure non réalisée "
               "est pénalisée à raison de 60 € HT."),
            *A("Déchets de chantier",
               "Les déchets sont triés sur le chantier en cinq flux au moins (inertes, bois, métaux, plâtre, déchets "
               "non dangereux en mélange) ; les bordereaux de suivi sont remis au maître d'œuvre."),
            *F_paiement(c), *F_litiges(c)]
    ae = [TITLE("COMMUNE DE SAINTE-OMBELINE", "ACTE D'ENGAGEMENT – LOT N° 1 : GROS ŒUVRE – DÉMOLITION", "SO-ECOLE-27"),
          H("Offre"),
          P("Tranche ferme : ……………… € HT"), P("Tranche optionnelle n° 1 : ……………… € HT"),
          P("Tranche optionnelle n° 2 : ……………… € HT"),
          H("Engagement d'insertion"),
          P("Le titulaire s'engage à réaliser 280 heures d'insertion (article 6 du CCAP)."),
          H("Signature"), P("Fait à ……………… le ………………")]
    return dict(
        id="d06", title="Commune de Sainte-Ombeline – réhabilitation d'école (travaux, tranches, 4 lots, pas d'accord-cadre)",
        pieces=[PIECE("AVIS_SO-ECOLE-27.txt", "AVIS", B + " – Avis", "Avis", avis,
                      L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=4, montant_estime_ht=615000,
                        evidence=["clause d'insertion professionnelle pour les lots 1 et 2", "4 lots",
                                  "Valeur estimée hors TVA : 615 000 EUR"])),
                PIECE("RC_SO-ECOLE-27.pdf", "RC", B + " – RC", "SO-ECOLE-27", rc,
                      L(allotissement=1, nb_lots=4, montant_estime_ht=615000,
                        evidence=["répartis en quatre lots", "tranche ferme (bâtiment principal) : 420 000 € HT",
                                  "tranche optionnelle n° 1 (préau) : 135 000 € HT",
                                  "tranche optionnelle n° 2 (cour et clôtures) : 60 000 € HT", "[somme 615 000]"])),
                PIECE("CCAP_SO-ECOLE-27.pdf", "CCAP", B + " – CCAP", "SO-ECOLE-27", ccap,
                      L(clause_sociale=1, clause_insertion=1, heures_insertion=400, clause_environnementale=1,
                        allotissement=1, nb_lots=4,
                        evidence=["Le titulaire du lot 1 réalise 280 heures d'insertion", "le titulaire du lot 2 en réalise 120",
                                  "[280 + 120]", "triés sur le chantier en cinq flux", "commun aux quatre lots"])),
                PIECE("AE_lot1_SO-ECOLE-27.docx", "AE", B + " – AE lot 1", "SO-ECOLE-27", ae,
                      L(clause_sociale=1, clause_insertion=1, heures_insertion=280, allotissement=1,
                        evidence=["s'engage à réaliser 280 heures d'insertion", "LOT N° 1"]))],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=400, allotissement=1, nb_lots=4, montant_estime_ht=615000),
        note="Pas d'accord-cadre : aucun montant maximum (vide). Estimée : tranche ferme 420 000 + TO1 135 000 + TO2 "
             "60 000 = 615 000 (RC, sans total écrit) ; l'avis donne 615 000. Heures : 280 (lot 1) + 120 (lot 2) = 400 "
             "(CCAP) ; l'AE du lot 1 redit 280 (ne pas compter deux fois). Pièges : « plafonné à 10 % du montant HT du "
             "lot » (pénalités) ; 300 € par jour ; 60 € par heure non réalisée ; retenue de 5 % ; « dix-huit mois ».")


def d07():
    B = "Habitat Sud-Causses (OPH)"
    c = C("l'office", "Toulouse", ccag="travaux", profil="https://marches.habitat-sudcausses.example", ref="HSC-PLB-2027")
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Habitat Sud-Causses, office public de l'habitat",
                  "Entretien et dépannage des installations de plomberie – HSC-PLB-2027"),
            P("Objet : accord-cadre à bons de commande pour l'entretien et le dépannage des installations de plomberie "
              "et de production d'eau chaude du patrimoine locatif."),
            P("Valeur estimée hors TVA : 540 000 euros"),
            P("Lots : le marché n'est pas alloti."),
            P("Durée : 12 mois reconductibles deux fois."),
            P("Conditions d'exécution : clause d'insertion professionnelle (volume horaire annuel fixé au CCAP).")]
    rc = [TITLE("HABITAT SUD-CAUSSES", "RÈGLEMENT DE LA CONSULTATION", "HSC-PLB-2027"),
          *A("Objet", "Entretien et dépannage des installations de plomberie de 2 300 logements."),
          *A("Allotissement", "Il n'est pas prévu de lots : les interventions d'urgence exigent un interlocuteur unique."),
          *A("Capacités",
             "Les candidats justifient d'un chiffre d'affaires annuel d'au moins 300~000~€ HT dans le domaine de la "
             "plomberie au cours des trois derniers exercices."),
          *A("Jugement des offres", "Les critères sont pondérés comme suit :",
             ["Prix (DQE de simulation) : 50 % ;", "Valeur technique : 40 % ;",
              "Valeur sociale – actions d'insertion proposées au-delà du volume imposé, accompagnement et tutorat : 10 %."]),
          *F_depot(c, "3 mai 2027")]
    ccap = [TITLE("HABITAT SUD-CAUSSES", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "HSC-PLB-2027"),
            *A("Objet", "Entretien et dépannage des installations de plomberie et de production d'eau chaude sanitaire."),
            *F_pieces(c),
            *A("Durée", "L'accord-cadre court douze mois à compter du 1er juillet 2027 ; il est reconductible "
               "expressément deux fois pour douze mois."),
            *A("Montants",
               "L'accord-cadre est conclu avec un montant minimum de 20~000~€ HT par période et un montant maximum de "
               "250" + SB + "000~€ HT pour la première période de douze mois, puis de 250" + SB + "000~€ HT pour chacune "
               "des deux périodes de reconduction, soit 750" + SB + "000~€ HT sur la durée maximale de l'accord-cadre."),
            *A("Bons de commande", "Les bons de commande précisent l'adresse, la nature de l'intervention et le délai. "
               "Le délai d'intervention en cas de fuite est de 4 heures, y compris les dimanches et jours fériés."),
            H("Article # – Clause sociale d'insertion"),
            SPLIT("Le titulaire s'engage à réserver à des personnes rencontrant des difficultés sociales ou "
                  "professionnelles particulières (demandeurs d'emploi de longue durée, bénéficiaires du RSA, jeunes "
                  "de moins de 26 ans sans qualification) un volume de",
                  "350 heures par an de travail. Le facilitateur de la Maison de l'emploi du Causse valide les "
                  "candidatures et suit la réalisation ; un bilan est remis à la fin de chaque période."),
            *A("Pénalités d'insertion", "Chaque heure d'insertion non réalisée donne lieu à une pénalité de 45 € HT."),
            *F_paiement(c), *F_resiliation(c), *F_litiges(c)]
    bpu = [TITLE("HABITAT SUD-CAUSSES", "BORDEREAU DES PRIX UNITAIRES", "HSC-PLB-2027"),
           P("Prix unitaires HT, main-d'œuvre et déplacement compris. Le montant d'un bon de commande est plafonné à "
             "25 000 € HT."),
           TAB([["Code", "Prestation", "Unité", "Prix HT"],
                ["P01", "Remplacement d'un robinet d'arrêt", "u", ""],
                ["P02", "Remplacement d'un chauffe-eau 200 l", "u", ""],
                ["P03", "Recherche de fuite", "forfait", ""],
                ["P04", "Heure de main-d'œuvre en urgence", "heure", ""]])]
    return dict(
        id="d07", title="Habitat Sud-Causses – plomberie (maximum par période, « soit », nombres coupés, heures par an)",
        pieces=[PIECE("AVIS_HSC-PLB-2027.txt", "AVIS", B + " – Avis", "Avis", avis,
                      L(clause_sociale=1, clause_insertion=1, allotissement=0, montant_estime_ht=540000,
                        evidence=["clause d'insertion professionnelle", "le marché n'est pas alloti",
                                  "Valeur estimée hors TVA : 540 000 euros"])),
                PIECE("RC_HSC-PLB-2027.pdf", "RC", B + " – RC", "HSC-PLB-2027", rc,
                      L(critere_social=1, allotissement=0,
                        evidence=["Valeur sociale – actions d'insertion proposées", "Il n'est pas prévu de lots"])),
                PIECE("CCAP_HSC-PLB-2027.pdf", "CCAP", B + " – CCAP", "HSC-PLB-2027", ccap,
                      L(clause_sociale=1, clause_insertion=1, heures_insertion=350, montant_max_ht=750000,
                        evidence=["un volume de 350 heures par an de travail",
                                  "soit 750 000 € HT sur la durée maximale de l'accord-cadre"])),
                PIECE("BPU_HSC-PLB-2027.docx", "BPU", B + " – BPU", "HSC-PLB-2027", bpu, L())],
        pos=["clause_sociale", "clause_insertion", "critere_social"],
        values=V(heures_insertion=350, allotissement=0, montant_estime_ht=540000, montant_max_ht=750000),
        note="Maximum : 250 000 (période initiale) + 250 000 × 2 (reconductions) = 750 000, redit « soit 750 000 € HT » "
             "dans la même phrase (CCAP art. 4, nombres coupables en fin de ligne). Estimée : 540 000 (avis). Heures : "
             "350, comme écrit (« 350 heures par an », LABELS.md), phrase coupée par un saut de page. Pièges : minimum "
             "20 000 par période ; chiffre d'affaires minimal 300 000 (RC) ; plafond de 25 000 par bon de commande (BPU) ; "
             "« 4 heures » ; « heure de main-d'œuvre » ; 45 € par heure non réalisée ; 2 300 logements. Critère "
             "social 10 % (RC).")


def d08():
    B = "Université de Clairmont-sur-Vesle"
    c = C("l'université", "Châlons-en-Champagne", profil="https://marches.univ-clairmont.example", ref="UCV-INFO-27")
    rc = [TITLE("UNIVERSITÉ DE CLAIRMONT-SUR-VESLE", "RÈGLEMENT DE LA CONSULTATION",
                "Maintenance du parc informatique – UCV-INFO-27"),
          *A("Objet et lots", "La consultation porte sur la maintenance du parc informatique. Elle est divisée en "
             "deux lots :", ["Lot 1 : postes de travail et périphériques ;", "Lot 2 : serveurs et stockage."]),
          *A("Forme", "Chaque lot donne lieu à un accord-cadre à bons de commande de quatre ans, sans reconduction."),
          *A("Estimation",
             "L'estimation de l'ensemble des besoins est de 280~000~€ HT (lot 1 : 210~000~€ HT ; lot 2 : 70~000~€ HT) "
             "pour la durée totale."),
          *A("Critères", "Prix : 40 % ; valeur technique (délais de rétablissement, compétences sur l'environnement "
             "de virtualisation et l'environnement Linux) : 60 %."),
          *F_depot(c, "11 mai 2027")]
    ccap = [TITLE("UNIVERSITÉ DE CLAIRMONT-SUR-VESLE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "UCV-INFO-27 – lots 1 et 2"),
            *A("Objet", "Maintenance préventive et curative du parc informatique, en deux lots."),
            *F_pieces(c),
            *A("Montants", "Les accords-cadres sont conclus sans minimum. Les montants maximums de chaque lot sont "
               "fixés dans l'acte d'engagement correspondant."),
            *A("Niveaux de service", "Le rétablissement d'un serveur critique intervient sous 4 heures ouvrées ; les "
               "tests sont menés dans un environnement de préproduction fourni par l'université."),
            *A("Équipements remplacés", "Les pièces et équipements remplacés sont repris par le titulaire et traités "
               "par une filière agréée de déchets d'équipements électriques et électroniques ; le bordereau de suivi "
               "est joint à la facture."),
            *F_paiement(c, 1), *F_litiges(c)]
    ae1 = [TITLE("UNIVERSITÉ DE CLAIRMONT-SUR-VESLE", "ACTE D'ENGAGEMENT – LOT 1", "Postes de travail et périphériques"),
           H("Montant"),
           P("Montant maximum : 320 000,00 € HT sur la durée totale de l'accord-cadre (quatre ans), soit "
             "384 000,00 € TTC."),
           H("Signature"), P("Le titulaire : ……………………")]
    ae2 = [TITLE("UNIVERSITÉ DE CLAIRMONT-SUR-VESLE", "ACTE D'ENGAGEMENT – LOT 2", "Serveurs et stockage"),
           H("Montant"),
           P("Montant maximum : 95 500,00 € HT sur la durée totale de l'accord-cadre (quatre ans), soit "
             "114 600,00 € TTC."),
           H("Signature"), P("Le titulaire : ……………………")]
    return dict(
        id="d08", title="Université de Clairmont-sur-Vesle – maintenance informatique (maximum dans l'AE de chaque lot)",
        pieces=[PIECE("RC_UCV-INFO-27.pdf", "RC", B + " – RC", "UCV-INFO-27", rc,
                      L(allotissement=1, nb_lots=2, montant_estime_ht=280000,
                        evidence=["divisée en deux lots", "L'estimation de l'ensemble des besoins est de 280 000 € HT"])),
                PIECE("CCAP_UCV-INFO-27.pdf", "CCAP", B + " – CCAP", "UCV-INFO-27", ccap,
                      L(clause_environnementale=1, allotissement=1, nb_lots=2,
                        evidence=["filière agréée de déchets d'équipements électriques et électroniques", "en deux lots"])),
                PIECE("AE_lot1_UCV-INFO-27.docx", "AE", B + " – AE lot 1", "UCV-INFO-27", ae1,
                      L(allotissement=1, montant_max_ht=320000,
                        evidence=["LOT 1", "Montant maximum : 320 000,00 € HT sur la durée totale"])),
                PIECE("AE_lot2_UCV-INFO-27.docx", "AE", B + " – AE lot 2", "UCV-INFO-27", ae2,
                      L(allotissement=1, montant_max_ht=95500,
                        evidence=["LOT 2", "Montant maximum : 95 500,00 € HT sur la durée totale"]))],
        pos=["clause_environnementale"],
        values=V(allotissement=1, nb_lots=2, montant_estime_ht=280000, montant_max_ht=415500),
        note="Maximum : écrit seulement dans l'AE de chaque lot (le CCAP y renvoie) : 320 000 + 95 500 = 415 500. "
             "Estimée : 280 000 (RC, avec le détail 210 000 + 70 000). Pièges : TTC dans la même phrase (384 000, "
             "114 600) ; « sans minimum » ; « environnement de virtualisation », « environnement Linux », « environnement "
             "de préproduction » (sens informatique, pas environnemental) ; « 4 heures ouvrées ». Clause "
             "environnementale : DEEE (CCAP).")


def d09():
    B = "Port départemental de Trévanec"
    c = C("le port", "Rennes", profil="https://marches.port-trevanec.example", ref="PDT-NET-27")
    avis = [TITLE("AVIS DE MARCHÉ (eForms)", "Port départemental de Trévanec", "Nettoyage des locaux portuaires"),
            P("BT-21 Titre : Nettoyage des locaux de la gare maritime, de la capitainerie et des criées"),
            P("BT-23 Nature du marché : services"),
            P("BT-27 Valeur estimée (hors TVA) : 380000 EUR"),
            P("BT-271 Valeur maximale de l'accord-cadre : 420000 EUR"),
            P("BT-36 Durée : 36 mois"),
            P("BT-71 Marché réservé : res-ws – participation réservée aux ateliers protégés et aux opérateurs "
              "économiques dont l'objectif est l'intégration sociale et professionnelle de personnes handicapées ou "
              "défavorisées"),
            P("BT-300 Informations complémentaires : marché réservé aux structures d'insertion par l'activité "
              "économique (article L2113-13 du code de la commande publique).")]
    rc = [TITLE("PORT DÉPARTEMENTAL DE TRÉVANEC", "RÈGLEMENT DE LA CONSULTATION", "PDT-NET-27"),
          *A("Objet", "Nettoyage des locaux portuaires (gare maritime, capitainerie, criées)."),
          *A("Marché réservé", "Le présent marché est réservé aux structures d'insertion par l'activité économique "
             "mentionnées à l'article L2113-13 du code de la commande publique (entreprises d'insertion, associations "
             "intermédiaires, ateliers et chantiers d'insertion, ETTI)."),
          *A("Allotissement", "Le marché n'est pas alloti : les sites sont contigus et desservis par une même équipe."),
          *A("Critères", "Prix : 50 % ; valeur technique : 50 %."),
          *F_depot(c, "25 mai 2027")]
    ccap = [TITLE("PORT DÉPARTEMENTAL DE TRÉVANEC", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "PDT-NET-27"),
            *A("Objet", "Accord-cadre à bons de commande pour le nettoyage des locaux portuaires."),
            *F_pieces(c),
            *A("Durée", "L'accord-cadre est conclu pour trente-six mois à compter du 1er septembre 2027."),
            *A("Montant maximum",
               "Le montant maximum est fixé à quatre cent vingt mille euros hors taxes (420~000~€~HT) pour la durée "
               "totale de l'accord-cadre, soit 504~000~€~TTC."),
            *A("Produits", "Les produits d'entretien utilisés portent l'Écolabel européen ou un label équivalent ; ils "
               "sont dosés par une centrale de dilution et les emballages vides sont repris par le fournisseur."),
            *A("Horaires", "Les prestations sont exécutées entre 5 heures et 8 heures, avant l'ouverture des criées."),
            *F_paiement(c), *F_litiges(c)]
    return dict(
        id="d09", title="Port départemental de Trévanec – nettoyage (maximum en lettres, réservé SIAE, case eForms contraire)",
        pieces=[PIECE("AVIS_PDT-NET-27.txt", "AVIS", B + " – Avis", "Avis", avis,
                      L(marche_reserve=1, reserve_base="L2113-13", montant_estime_ht=380000, montant_max_ht=420000,
                        evidence=["insertion par l'activité économique (article L2113-13",
                                  "BT-27 Valeur estimée (hors TVA) : 380000 EUR",
                                  "BT-271 Valeur maximale de l'accord-cadre : 420000 EUR"])),
                PIECE("RC_PDT-NET-27.docx", "RC", B + " – RC", "PDT-NET-27", rc,
                      L(marche_reserve=1, reserve_base="L2113-13", allotissement=0,
                        evidence=["réservé aux structures d'insertion par l'activité économique", "Le marché n'est pas alloti"])),
                PIECE("CCAP_PDT-NET-27.pdf", "CCAP", B + " – CCAP", "PDT-NET-27", ccap,
                      L(clause_environnementale=1, montant_max_ht=420000,
                        evidence=["quatre cent vingt mille euros hors taxes (420 000 € HT) pour la durée totale",
                                  "portent l'Écolabel européen ou un label équivalent"]))],
        pos=["marche_reserve", "clause_environnementale"],
        values=V(allotissement=0, montant_estime_ht=380000, montant_max_ht=420000, reserve_base="L2113-13"),
        note="Maximum : 420 000 en lettres et en chiffres (CCAP), redit en TTC (« soit 504 000 € TTC ») ; avis BT-271 "
             "420000. Estimée : 380 000 (avis BT-27, nombre sans séparateur). Réservation : L2113-13 (RC, avis BT-300) ; "
             "la case eForms res-ws (ateliers protégés) cède devant l'article cité. Pièges : « 5 heures et 8 heures » ; "
             "« trente-six mois ». Non alloti (RC).")


def d10():
    B = "Communauté de communes des Hautes-Combes du Lizon"
    c = C("la communauté de communes", "Besançon", profil="https://marches.cc-hautescombes.example", ref="CCHC-DEC-27")
    rc = [TITLE("COMMUNAUTÉ DE COMMUNES DES HAUTES-COMBES DU LIZON", "RÈGLEMENT DE LA CONSULTATION",
                "Collecte des déchets ménagers et assimilés – CCHC-DEC-27"),
          *A("Objet", "Collecte en porte-à-porte des ordures ménagères résiduelles, des emballages et des encombrants "
             "sur les vingt-sept communes membres."),
          *A("Lots", "La consultation comprend trois lots : lot 1, ordures ménagères résiduelles ; lot 2, collecte "
             "sélective des emballages ; lot 3, encombrants sur rendez-vous."),
          *A("Valeur estimée", "La valeur estimée du besoin, sur la durée totale et tous lots confondus, s'élève à "
             "870~000~€ HT."),
          *A("Critères", "Prix : 50 % ; valeur technique : 35 % ; performance environnementale des véhicules "
             "(émissions de CO2 par tonne collectée) : 15 %."),
          *F_depot(c, "7 juin 2027")]
    ccap = [TITLE("COMMUNAUTÉ DE COMMUNES DES HAUTES-COMBES DU LIZON",
                  "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "CCHC-DEC-27 – lots 1 à 3"),
            *A("Objet", "Le présent CCAP est commun aux trois lots. Chaque lot est un accord-cadre à bons de commande."),
            *F_pieces(c),
            *A("Montants annuels",
               "Pour chaque lot, les commandes d'une année d'exécution respectent les maximums annuels suivants (TVA "
               "au taux de 10 %) :"),
            RTAB([["Lot", "Maximum annuel HT", "Maximum annuel TTC"],
                  ["1 – OMR", "210 000 €", "231 000 €"],
                  ["2 – Emballages", "95 000 €", "104 500 €"],
                  ["3 – Encombrants", "40 000 €", "44 000 €"]], widths=[1.6, 1.3, 1.3], align="lrr"),
            *A("Durée", "Les accords-cadres sont conclus pour trois années fermes à compter du 1er janvier 2028, sans "
               "reconduction."),
            *A("Véhicules", "Les bennes affectées au marché répondent au moins à la norme Euro VI ou fonctionnent au "
               "GNV ; le titulaire transmet chaque année le relevé des consommations de carburant."),
            *A("Insertion professionnelle",
               "Le titulaire du lot 1 réalise 1 200 heures d'insertion sur la durée du marché ; celui du lot 2, 600 "
               "heures. Le lot 3 n'est pas concerné."),
            *A("Horaires", "Les collectes débutent à 5 heures ; aucune collecte n'a lieu après 14 heures."),
            *F_paiement(c), *F_litiges(c)]
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Communauté de communes des Hautes-Combes du Lizon",
                  "CCHC-DEC-27"),
            P("Objet : collecte des déchets ménagers et assimilés."),
            P("Valeur estimée hors TVA : 870 000 EUR"),
            P("Division en lots : oui. Nombre de lots : 3."),
            P("Conditions d'exécution : clause d'insertion (lots 1 et 2) ; véhicules à faibles émissions.")]
    dqe = [TITLE("CC DES HAUTES-COMBES DU LIZON", "DÉTAIL QUANTITATIF ESTIMATIF – LOT 1", "CCHC-DEC-27"),
           P("Le DQE sert uniquement au jugement des offres. Les quantités sont celles de l'année 2026."),
           TAB([["Poste", "Unité", "Quantité", "Prix unitaire HT", "Montant HT"],
                ["Collecte OMR C1", "tonne", "3 120", "", ""],
                ["Collecte OMR C2 (été)", "tonne", "410", "", ""],
                ["Lavage des bacs", "bac", "1 850", "", ""]]),
           P("Pour mémoire, montant annuel du DQE valorisé aux prix de l'ancien marché : 198 765,40 € HT.")]
    return dict(
        id="d10", title="CC des Hautes-Combes du Lizon – collecte des déchets (maximums annuels par lot, durée dans un autre article)",
        pieces=[PIECE("RC_CCHC-DEC-27.pdf", "RC", B + " – RC", "CCHC-DEC-27", rc,
                      L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=870000,
                        evidence=["performance environnementale des véhicules", "comprend trois lots",
                                  "s'élève à 870 000 € HT"])),
                PIECE("CCAP_CCHC-DEC-27.pdf", "CCAP", B + " – CCAP", "CCHC-DEC-27", ccap,
                      L(clause_sociale=1, clause_insertion=1, heures_insertion=1800, clause_environnementale=1,
                        allotissement=1, nb_lots=3, montant_max_ht=1035000,
                        evidence=["lot 1 réalise 1 200 heures d'insertion", "celui du lot 2, 600 heures",
                                  "norme Euro VI ou fonctionnent au GNV", "commun aux trois lots",
                                  "trois années fermes", "[(210 000 + 95 000 + 40 000) × 3]"]), cols=2),
                PIECE("AVIS_CCHC-DEC-27.txt", "AVIS", B + " – Avis", "Avis", avis,
                      L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=3,
                        montant_estime_ht=870000,
                        evidence=["clause d'insertion (lots 1 et 2)", "véhicules à faibles émissions",
                                  "Nombre de lots : 3", "Valeur estimée hors TVA : 870 000 EUR"])),
                PIECE("DQE_lot1_CCHC-DEC-27.docx", "DQE", B + " – DQE lot 1", "CCHC-DEC-27", dqe,
                      L(allotissement=1, evidence=["LOT 1"]))],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1800, allotissement=1, nb_lots=3, montant_estime_ht=870000, montant_max_ht=1035000),
        note="Maximum : tableau du CCAP (deux colonnes de texte), maximums ANNUELS par lot sans ligne de total, HT et TTC "
             "côte à côte : 210 000 + 95 000 + 40 000 = 345 000 par an ; durée dans l'article suivant : trois années "
             "fermes ; 345 000 × 3 = 1 035 000. Estimée : 870 000 (RC, avis). Heures : 1 200 + 600 = 1 800. Pièges : "
             "colonne TTC (TVA 10 %) ; montant du DQE aux prix de l'ancien marché (198 765,40, ce n'est pas l'estimation) ; "
             "quantités 3 120, 410, 1 850 ; « 5 heures », « 14 heures ».")


def d11():
    B = "Direction interdépartementale des services de l'État du Haut-Ternois"
    c = C("l'administration", "Clermont-Ferrand", profil="https://www.marches-publics.gouv.example", ref="DISE-TRAD-27")
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "DISE du Haut-Ternois", "Traduction et interprétariat – DISE-TRAD-27"),
            P("Objet : prestations de traduction écrite et d'interprétariat (présentiel et téléphonique)."),
            P("Procédure adaptée (article R2123-1 1°)."),
            P("Valeur estimée hors TVA : 96 000 EUR"),
            P("Allotissement : non."),
            P("Durée : 12 mois reconductible une fois.")]
    rc = [TITLE("DISE DU HAUT-TERNOIS", "RÈGLEMENT DE LA CONSULTATION", "DISE-TRAD-27"),
          *A("Objet", "Prestations de traduction écrite et d'interprétariat pour les services de l'État du département."),
          *A("Allotissement", "Un lot unique est prévu : les langues demandées changent d'une semaine à l'autre et un "
             "prestataire unique garantit la continuité."),
          *A("Critères", "Prix : 40 % ; qualité des traducteurs et interprètes : 45 % ; délais : 15 %."),
          *F_depot(c, "14 juin 2027")]
    ccap = [TITLE("DISE DU HAUT-TERNOIS", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "DISE-TRAD-27"),
            *A("Objet", "Accord-cadre à bons de commande de traduction et d'interprétariat."),
            *F_pieces(c),
            *A("Durée", "Période initiale de douze mois, reconductible une fois pour douze mois."),
            *A("Montants",
               "Les montants minimum et maximum de l'accord-cadre s'établissent comme suit :"),
            TAB([["Période", "Minimum HT", "Maximum HT"],
                 ["Période initiale (12 mois)", "15 000 €", "60 000 €"],
                 ["Reconduction (12 mois)", "15 000 €", "60 000 €"],
                 ["Total", "30 000 €", "120 000 €"]], widths=[2.2, 1.2, 1.2], align="lrr"),
            P("Le montant maximum sur la durée totale est donc de cent vingt mille euros (120" + SB + "000~€) HT ; le "
              "montant minimum de trente mille euros (30" + SB + "000~€) HT."),
            *A("Délais", "Une traduction de moins de dix pages est livrée sous 72 heures ; un interprète se présente "
               "sous 24 heures. La page de traduction compte 1 500 signes."),
            *F_paiement(c, 1), *F_litiges(c)]
    return dict(
        id="d11", title="DISE du Haut-Ternois – traduction et interprétariat (tableau minimum/maximum avec total, lettres)",
        pieces=[PIECE("AVIS_DISE-TRAD-27.txt", "AVIS", B + " – Avis", "Avis", avis,
                      L(allotissement=0, montant_estime_ht=96000,
                        evidence=["Allotissement : non.", "Valeur estimée hors TVA : 96 000 EUR"])),
                PIECE("RC_DISE-TRAD-27.pdf", "RC", B + " – RC", "DISE-TRAD-27", rc,
                      L(allotissement=0, evidence=["Un lot unique est prévu"])),
                PIECE("CCAP_DISE-TRAD-27.pdf", "CCAP", B + " – CCAP", "DISE-TRAD-27", ccap,
                      L(montant_max_ht=120000,
                        evidence=["Total 30 000 € 120 000 €", "cent vingt mille euros (120 000 €) HT"]), hyphen=True)],
        pos=[],
        values=V(allotissement=0, montant_estime_ht=96000, montant_max_ht=120000),
        note="Maximum : tableau du CCAP avec colonnes minimum et maximum et ligne Total (120 000), redit en lettres et en "
             "chiffres (nombre coupable en fin de ligne). Estimée : 96 000 (avis). Pièges : la colonne des minimums "
             "(15 000 par période, total 30 000, aussi en lettres) ; 60 000 par période (ne pas retenir seul) ; « 72 "
             "heures », « 24 heures », « 1 500 signes ». Non alloti (« lot unique »).")


def d12():
    B = "CCAS de Montfleury-sur-Orge"
    c = C("le CCAS", "Versailles", profil="https://marches.ccas-montfleury.example", ref="CCAS-REP-2027")
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Centre communal d'action sociale de Montfleury-sur-Orge",
                  "Portage de repas à domicile – CCAS-REP-2027"),
            P("Objet : fabrication et livraison de repas pour le portage à domicile ; fourniture de produits d'épicerie "
              "pour l'épicerie sociale."),
            P("Lots : 2. Lot 1 : repas en liaison froide. Lot 2 : produits d'épicerie."),
            P("Montant maximum : 211 449,60 EUR HT pour l'ensemble des lots et la durée totale."),
            P("Conditions d'exécution : clause d'insertion professionnelle (lot 1).")]
    rc = [TITLE("CCAS DE MONTFLEURY-SUR-ORGE", "RÈGLEMENT DE LA CONSULTATION", "CCAS-REP-2027"),
          *A("Objet et lots", "La consultation est divisée en deux lots : lot 1, fabrication et livraison de repas "
             "en liaison froide ; lot 2, fourniture de produits d'épicerie sèche."),
          *A("Forme", "Chaque lot est un accord-cadre à bons de commande de trois ans, conclu sans montant minimum."),
          *A("Volume", "À titre indicatif, le CCAS estime à 38 600 le nombre de repas livrés sur trois ans."),
          *A("Critères", "Lot 1 : prix 40 %, qualité gustative et nutritionnelle 40 %, organisation des livraisons "
             "20 %. Lot 2 : prix 60 %, délais 40 %."),
          *F_depot(c, "28 juin 2027")]
    ccap = [TITLE("CCAS DE MONTFLEURY-SUR-ORGE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "CCAS-REP-2027"),
            *A("Objet", "Le présent CCAP s'applique aux deux lots de la consultation."),
            *F_pieces(c),
            *A("Montants maximums",
               "Lot 1 : le montant maximum des commandes sur la durée totale de l'accord-cadre est de 187" + SB +
               "449,60~€ HT. Lot 2 : il est de 24" + SB + "000,00~€ HT.",
               "Le prix unitaire d'un repas est d'environ 4,85 € HT dans l'ancien marché ; il est donné pour information."),
            *A("Insertion (lot 1)",
               "Le titulaire du lot 1 confie au moins 5 % des heures travaillées pour l'exécution du marché à des "
               "personnes éloignées de l'emploi, orientées par le service emploi de la commune. Aucun volume horaire "
               "n'est fixé ; le titulaire présente chaque semestre le nombre d'heures réalisées."),
            *A("Livraison", "Les repas sont livrés entre 8 heures et 11 heures 30, du lundi au samedi."),
            *F_paiement(c), *F_litiges(c)]
    return dict(
        id="d12", title="CCAS de Montfleury-sur-Orge – portage de repas (maximums avec centimes, pas d'estimation)",
        pieces=[PIECE("AVIS_CCAS-REP-2027.txt", "AVIS", B + " – Avis", "Avis", avis,
                      L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2, montant_max_ht=211449.6,
                        evidence=["clause d'insertion professionnelle (lot 1)", "Lots : 2.",
                                  "Montant maximum : 211 449,60 EUR HT pour l'ensemble des lots"])),
                PIECE("RC_CCAS-REP-2027.docx", "RC", B + " – RC", "CCAS-REP-2027", rc,
                      L(allotissement=1, nb_lots=2, evidence=["divisée en deux lots"])),
                PIECE("CCAP_CCAS-REP-2027.pdf", "CCAP", B + " – CCAP", "CCAS-REP-2027", ccap,
                      L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2, montant_max_ht=211449.6,
                        evidence=["au moins 5 % des heures travaillées", "s'applique aux deux lots",
                                  "est de 187 449,60 € HT", "il est de 24 000,00 € HT", "[187 449,60 + 24 000]"]))],
        pos=["clause_sociale", "clause_insertion"],
        values=V(allotissement=1, nb_lots=2, montant_max_ht=211449.6),
        note="Maximum : lot 1 187 449,60 + lot 2 24 000,00 = 211 449,60 (CCAP, nombres coupables en fin de ligne ; l'avis "
             "écrit le total). Aucune valeur estimée écrite : vide. Heures : clause d'insertion « 5 % des heures », sans "
             "nombre : heures vides. Pièges : « 38 600 » repas ; prix unitaire 4,85 € ; « sans montant minimum » ; "
             "« 8 heures et 11 heures 30 » ; trois ans (les maximums valent déjà pour la durée totale, ne pas multiplier).")


def d13():
    B = "SDIS de la Vère-et-Aunoy"
    c = C("le SDIS", "Amiens", profil="https://marches.sdis-vereaunoy.example", ref="SDIS-HAB-27")
    avis = [TITLE("AVIS DE MARCHÉ", "Service départemental d'incendie et de secours de la Vère-et-Aunoy",
                  "Habillement des sapeurs-pompiers – SDIS-HAB-27"),
            P("II.1.5) Valeur totale estimée hors TVA : 615 000 EUR"),
            P("II.1.6) Ce marché est divisé en lots : oui ; nombre de lots : 3"),
            P("III.1.5) Informations sur les marchés réservés : lot 3 réservé aux entreprises adaptées et aux ESAT."),
            P("II.2.7) Durée : 48 mois")]
    rc = [TITLE("SDIS DE LA VÈRE-ET-AUNOY", "RÈGLEMENT DE LA CONSULTATION", "SDIS-HAB-27"),
          *A("Lots et montants",
             "La consultation est divisée en trois lots, chacun donnant lieu à un accord-cadre à bons de commande de "
             "quatre ans :"),
          RTAB([["Lot", "Maximum annuel HT", "Maximum sur 4 ans HT", "Maximum sur 4 ans TTC"],
                ["1 – Tenues de feu", "150 000 €", "600 000 €", "720 000 €"],
                ["2 – Chaussures d'intervention", "30 000 €", "120 000 €", "144 000 €"],
                ["3 – Textiles de casernement (réservé)", "12 500 €", "50 000 €", "60 000 €"]],
               widths=[2.4, 1.2, 1.3, 1.3], align="lrrr"),
          *A("Lot réservé", "Le lot 3 est réservé aux entreprises adaptées et aux établissements et services d'aide "
             "par le travail (article L2113-12 du code de la commande publique)."),
          *A("Critères", "Prix : 45 % ; valeur technique : 45 % ; délais : 10 %."),
          *F_depot(c, "5 juillet 2027")]
    ccap = [TITLE("SDIS DE LA VÈRE-ET-AUNOY", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "SDIS-HAB-27"),
            *A("Objet", "Le présent CCAP est commun aux trois lots."),
            *F_pieces(c),
            *A("Montants", "Les montants maximums sont ceux de l'article 1 du règlement de la consultation ; le montant "
               "d'un bon de commande ne peut dépasser 40~000~€ HT."),
            *A("Conditions sociales de fabrication",
               "Le titulaire garantit que les articles livrés sont fabriqués dans le respect des huit conventions "
               "fondamentales de l'Organisation internationale du travail ; il remet chaque année la liste des sites "
               "de confection et les rapports d'audit social."),
            *A("Fin de vie des tenues", "Le titulaire reprend les tenues de feu réformées et les oriente vers une "
               "filière de recyclage textile ; il en remet l'attestation."),
            *F_paiement(c), *F_litiges(c)]
    ae = [TITLE("SDIS DE LA VÈRE-ET-AUNOY", "ACTE D'ENGAGEMENT – LOT 3 (RÉSERVÉ)", "Textiles de casernement"),
          P("Lot réservé aux entreprises adaptées et aux ESAT (article L2113-12 du code de la commande publique)."),
          P("Montant maximum du lot : 50 000 € HT pour quatre ans, soit 12 500 € HT par an."),
          P("Le titulaire : …………………… Signature : ……………………")]
    return dict(
        id="d13", title="SDIS de la Vère-et-Aunoy – habillement (tableau annuel / 4 ans HT / 4 ans TTC sans total, lot réservé)",
        pieces=[PIECE("AVIS_SDIS-HAB-27.txt", "AVIS", B + " – Avis", "Avis", avis,
                      L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=3, montant_estime_ht=615000,
                        evidence=["lot 3 réservé aux entreprises adaptées et aux ESAT", "nombre de lots : 3",
                                  "Valeur totale estimée hors TVA : 615 000 EUR"])),
                PIECE("RC_SDIS-HAB-27.pdf", "RC", B + " – RC", "SDIS-HAB-27", rc,
                      L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=3, montant_max_ht=770000,
                        evidence=["(article L2113-12 du code de la commande publique)", "divisée en trois lots",
                                  "[600 000 + 120 000 + 50 000, colonne Maximum sur 4 ans HT]"])),
                PIECE("CCAP_SDIS-HAB-27.pdf", "CCAP", B + " – CCAP", "SDIS-HAB-27", ccap,
                      L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=3,
                        evidence=["huit conventions fondamentales de l'Organisation internationale du travail",
                                  "filière de recyclage textile", "commun aux trois lots"])),
                PIECE("AE_lot3_SDIS-HAB-27.docx", "AE", B + " – AE lot 3", "SDIS-HAB-27", ae,
                      L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, montant_max_ht=50000,
                        evidence=["Lot réservé aux entreprises adaptées et aux ESAT (article L2113-12",
                                  "Montant maximum du lot : 50 000 € HT pour quatre ans"]))],
        pos=["clause_sociale", "marche_reserve", "clause_environnementale"],
        values=V(allotissement=1, nb_lots=3, montant_estime_ht=615000, montant_max_ht=770000, reserve_base="L2113-12"),
        note="Maximum : tableau du RC sans ligne de total, trois colonnes de montants (annuel HT, 4 ans HT, 4 ans TTC) ; "
             "colonne 4 ans HT : 600 000 + 120 000 + 50 000 = 770 000. Estimée : 615 000 (avis). Pièges : ne pas "
             "additionner la colonne annuelle (192 500) ni la TTC (924 000), ni multiplier 770 000 par 4 ; plafond de "
             "40 000 par bon de commande (CCAP) ; l'AE du lot 3 redit 50 000 et 12 500 par an. Clause sociale : "
             "conventions de l'OIT (chaîne d'approvisionnement), sans insertion. Réservation L2113-12 (lot 3).")


def d14():
    B = "Syndicat mixte des transports de l'agglomération de Castelvieux"
    c = C("le syndicat mixte", "Nîmes", profil="https://marches.smt-castelvieux.example", ref="SMTC-ABR-27")
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "SMT de l'agglomération de Castelvieux",
                  "Maintenance et nettoyage des abribus – SMTC-ABR-27"),
            P("Objet : maintenance préventive et curative et nettoyage des 412 abribus du réseau."),
            P("Type : accord-cadre à bons de commande mono-attributaire ; non alloti."),
            P("Valeur estimée hors TVA : 240 000 EUR"),
            P("Montant maximum : 300 000 EUR HT sur la durée totale (36 mois)."),
            P("Date d'envoi du présent avis : 1er février 2027.")]
    ccap = [TITLE("SMT DE L'AGGLOMÉRATION DE CASTELVIEUX", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "SMTC-ABR-27 – version initiale du 1er février 2027"),
            *A("Objet", "Maintenance et nettoyage des abribus du réseau urbain."),
            *F_pieces(c),
            *A("Durée", "Trente-six mois à compter de la notification, sans reconduction."),
            *A("Montant", "Le montant maximum de l'accord-cadre est de 300~000~€ HT pour sa durée totale. Aucun "
               "minimum n'est fixé."),
            *A("Délais d'intervention", "Vitre brisée : mise en sécurité sous 2 heures, remplacement sous 48 heures."),
            *F_paiement(c), *F_litiges(c)]
    rect = [TITLE("AVIS RECTIFICATIF", "SMT de l'agglomération de Castelvieux", "Référence de l'avis initial : SMTC-ABR-27"),
            P("Motif de la rectification : extension du périmètre à la ligne de tramway T2 (64 abris supplémentaires)."),
            P("Au lieu de : « Montant maximum : 300 000 EUR HT sur la durée totale (36 mois). »"),
            P("Lire : « Montant maximum : 360 000 EUR HT sur la durée totale (36 mois). »"),
            P("L'article 4 du CCAP est modifié en conséquence. Les autres mentions de l'avis initial, dont la valeur "
              "estimée, sont inchangées."),
            P("Nouvelle date limite de réception des offres : 12 avril 2027, 12 h.")]
    qr = [TITLE("SMT DE L'AGGLOMÉRATION DE CASTELVIEUX", "Questions et réponses – SMTC-ABR-27"),
          P("Q1 : Après l'avis rectificatif, quel montant maximum faut-il retenir ?"),
          P("R1 : Le montant maximum de l'accord-cadre est porté à 360 000 € HT pour toute la durée ; il remplace le "
            "montant de 300 000 € HT figurant dans la version initiale du CCAP."),
          P("Q2 : La valeur estimée change-t-elle ?"),
          P("R2 : Non, elle reste de 240 000 € HT.")]
    return dict(
        id="d14", title="SMT de Castelvieux – abribus (maximum relevé par avis rectificatif)",
        pieces=[PIECE("AVIS_initial_SMTC-ABR-27.txt", "AVIS", B + " – Avis initial", "Avis", avis,
                      L(allotissement=0, montant_estime_ht=240000, montant_max_ht=300000,
                        evidence=["non alloti", "Valeur estimée hors TVA : 240 000 EUR",
                                  "Montant maximum : 300 000 EUR HT sur la durée totale"])),
                PIECE("CCAP_SMTC-ABR-27.pdf", "CCAP", B + " – CCAP", "SMTC-ABR-27", ccap,
                      L(montant_max_ht=300000,
                        evidence=["Le montant maximum de l'accord-cadre est de 300 000 € HT pour sa durée totale"])),
                PIECE("AVIS_rectificatif_SMTC-ABR-27.txt", "AVIS", B + " – Avis rectificatif", "Avis", rect,
                      L(montant_max_ht=360000,
                        evidence=["Lire : « Montant maximum : 360 000 EUR HT sur la durée totale (36 mois). »"])),
                PIECE("QR_SMTC-ABR-27.txt", "QR", B + " – QR", "QR", qr,
                      L(montant_estime_ht=240000, montant_max_ht=360000,
                        evidence=["porté à 360 000 € HT pour toute la durée", "elle reste de 240 000 € HT"]))],
        pos=[],
        values=V(allotissement=0, montant_estime_ht=240000, montant_max_ht=360000),
        note="Maximum : 300 000 dans l'avis initial et le CCAP (version initiale), porté à 360 000 par l'avis rectificatif "
             "(« Au lieu de … Lire … ») et confirmé par la QR, qui dit qu'il remplace le montant du CCAP : 360 000 pour "
             "le dossier. Étiquettes de pièce : chaque pièce pour elle-même (avis initial et CCAP 300 000 ; rectificatif "
             "et QR 360 000). Estimée : 240 000, inchangée. Pièges : 412 abribus, 64 abris ; « 2 heures », « 48 heures » ; "
             "36 mois (ne pas multiplier). Non alloti (avis).")


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14]


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
    # blind_values_16 : mêmes clés que le dossiers.yml de blind_values_11 (trois catégories sociales)
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
    head = ("# Jeu blind_values_16 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
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
