#!/usr/bin/env python3
"""Construit les douze dossiers (DCE) du jeu scellé extraction-11.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure copiée (sed) de tests/data/blind_values_13/make_documents.py : lignes 27-664
(écriture PDF reportlab / DOCX python-docx / TXT, vrais tableaux, deux colonnes, césure, nombres
coupés SB, césure forcée HY, aides de saisie) et lignes 2433-2611 (extra_checks, build_piece,
check_articles, _expect, main), adaptées ici : SET_NAME, 3 à 6 pièces, PDF de 1 à 6 pages, avis XML,
dossiers livrés en ZIP, styles de titres d'articles, contrôle des preuves sur le texte EXTRAIT des
fichiers produits (pypdf, python-docx, lxml, lecture directe), double construction et comparaison md5.
Les articles de remplissage et les douze dossiers ont été écrits pour ce jeu.

Thème : les valeurs du dossier entier (lots, montant estimé HT, montant maximum HT, heures
d'insertion, base de réservation) dispersées et reformulées entre les pièces.

Déterministe : pas d'aléa, dates figées (PDF invariant=1, entrées ZIP/DOCX datées du 2026-01-01).
Tous les textes, acheteurs, lieux, références, SIRET et montants sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F
(U+00A0 dans les PDF) ; BR = retour à la ligne forcé (PDF) ; SB = coupure possible d'un nombre en fin
de ligne ; HY = césure possible d'un mot.

Usage : /work/main/.venv/bin/python tests/sealed/extraction-11/make_documents.py
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
SET_NAME = "extraction-11"

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




# ----------------------------------------------------------------------------- ajouts extraction-11
import hashlib
import unicodedata
from lxml import etree

_ACC = str.maketrans("àâäéèêëîïôöùûüçÀÂÄÉÈÊËÎÏÔÖÙÛÜÇœŒ", "aaaeeeeiioouuucAAAEEEEIIOOUUUCoO")


def unacc(s):
    """Texte sans accents (certaines pièces saisies sur un vieux système)."""
    return s.translate(_ACC).replace("o" + "\u0153", "oe")


def unacc_blocks(blocks):
    out = []
    for b in blocks:
        nb = []
        for x in b:
            if isinstance(x, str):
                nb.append(unacc(x))
            elif isinstance(x, list):
                nb.append([unacc(i) if isinstance(i, str) else [unacc(j) for j in i] for i in x])
            else:
                nb.append(x)
        out.append(tuple(nb))
    return out


_HEAD = re.compile(r"^Article (\d+) – (.*)$")


def restyle(blocks, style):
    """Présentation des titres d'articles propre à chaque acheteur."""
    if style == "std":
        return blocks
    out = []
    for b in blocks:
        if b[0] in ("h", "h2"):
            m = _HEAD.match(b[1])
            if m:
                n, t = m.group(1), m.group(2)
                if style == "caps":
                    t = "ARTICLE %s – %s" % (n, unacc(t).upper())
                elif style == "num":
                    t = "%s. %s" % (n, t)
                elif style == "art":
                    t = "Art. %s - %s" % (n, t)
                elif style == "colon":
                    t = "Article %s : %s" % (n, t)
                elif style == "chap":
                    t = "%s – %s" % (n, t.upper())
                b = (b[0], t)
        out.append(b)
    return out


def ws(s):
    return re.sub(r"[\s\u00a0\u202f]+", " ", s).strip()


def extract_pdf(data):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(data))
    return "\n".join((p.extract_text() or "") for p in r.pages)


def extract_docx(data):
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def extract_xml(data):
    root = etree.fromstring(data)
    return "\n".join(t for t in root.itertext())


def extract_any(name, data):
    ext = name.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return extract_pdf(data)
    if ext == "docx":
        return extract_docx(data)
    if ext == "xml":
        return extract_xml(data)
    return data.decode("utf-8")


def extracted_variants(raw):
    """Texte extrait, espaces normalisés ; variante où les mots coupés en fin de ligne sont recollés."""
    a = ws(raw)
    b = ws(re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", raw))
    return a, b


def build_xml(path, xml):
    data = xml.encode("utf-8")
    etree.fromstring(data)  # bien formé, sinon exception
    with open(path, "wb") as f:
        f.write(data)


def write_zip(zpath, files):
    """files : liste (nom dans l'archive, chemin sur disque) ; dates figées."""
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for arc, disk in files:
            zi = zipfile.ZipInfo(arc, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            with open(disk, "rb") as f:
                z.writestr(zi, f.read())


# ----------------------------------------------------------------------------- remplissage (extraction-11)
# Articles neutres écrits pour ce jeu : aucune considération sociale ou environnementale, aucun lot,
# aucun montant estimé ou maximum. Chaque fonction prend le contexte c et une variante v (0, 1, 2).

def f_contenu(c, v, pieces):
    if v == 0:
        return A("Contenu du dossier de consultation",
                 "Le dossier de consultation des entreprises (DCE) comprend les pièces suivantes :", pieces,
                 "Il est téléchargeable gratuitement sur le profil d'acheteur " + c["profil"] + ".")
    if v == 1:
        return A("Pièces constitutives du DCE",
                 "Le DCE est mis à disposition par voie électronique à l'adresse " + c["profil"]
                 + ". Il se compose de :", pieces,
                 "Les candidats ne peuvent apporter aucune modification aux pièces du dossier.")
    return A("Dossier de consultation",
             "Les documents de la consultation sont les suivants :", pieces,
             "Toute modification de détail apportée par " + c["qui"] + " au plus tard six jours avant la "
             "date limite de remise des offres sera portée à la connaissance des opérateurs ayant "
             "téléchargé le dossier.")


def f_remise(c, v, date="lundi 8 mars 2027 à 12h00"):
    if v == 0:
        return A("Conditions d'envoi et de remise des plis",
                 "Les plis sont transmis exclusivement par voie électronique sur le profil d'acheteur "
                 + c["profil"] + ". La date et l'heure limites de réception des plis sont fixées au " + date + ".",
                 "Les plis parvenus après cette date et cette heure ne seront pas ouverts. Une copie de "
                 "sauvegarde peut être transmise sur support physique ou papier dans les conditions de "
                 "l'arrêté du 22 mars 2019.")
    if v == 1:
        return A("Modalités de remise des offres",
                 "La remise des candidatures et des offres se fait uniquement par la plateforme "
                 + c["profil"] + " avant le " + date + ". Aucun envoi par courriel n'est accepté.",
                 "Les fichiers sont remis dans l'un des formats suivants : .pdf, .docx, .xlsx, .odt. Le "
                 "candidat veille à ce que ses fichiers ne contiennent aucun virus.")
    return A("Date limite et mode de transmission",
             "Date limite de réception des offres : " + date + ".",
             "Transmission dématérialisée obligatoire (" + c["profil"] + "). La signature électronique de "
             "l'offre n'est pas exigée au stade du dépôt ; elle sera demandée à l'attributaire pressenti.")


def f_validite(c, v):
    n = (120, 150, 180)[v]
    return A("Délai de validité des offres",
             "Le délai de validité des offres est fixé à %d jours à compter de la date limite de remise des "
             "offres." % n)


def f_negociation(c, v):
    if v == 0:
        return A("Négociation",
                 c["Qui"] + " se réserve la possibilité de négocier avec les trois candidats ayant remis les "
                 "offres les mieux classées. Il peut également attribuer le marché sur la base des offres "
                 "initiales, sans négociation.")
    if v == 1:
        return A("Variantes et négociation",
                 "Les variantes ne sont pas autorisées. Une négociation pourra être engagée, par écrit, avec "
                 "l'ensemble des candidats ayant remis une offre recevable.")
    return A("Déroulement de la consultation",
             "Après analyse, " + c["qui"] + " peut négocier avec tout ou partie des soumissionnaires. La "
             "négociation peut porter sur tous les éléments de l'offre, notamment le prix.")


def f_candidature(c, v):
    if v == 0:
        return A("Pièces de la candidature",
                 "Chaque candidat produit un dossier complet comprenant les pièces suivantes :",
                 ["la lettre de candidature (formulaire DC1 ou équivalent) ;",
                  "la déclaration du candidat (formulaire DC2 ou équivalent) ou le DUME ;",
                  "une déclaration concernant le chiffre d'affaires global des trois derniers exercices ;",
                  "les attestations d'assurance en cours de validité ;",
                  "une liste des principales prestations similaires exécutées au cours des trois dernières "
                  "années."],
                 "Les candidats ne sont pas tenus de fournir les documents déjà transmis lors d'une "
                 "précédente consultation et qui demeurent valables.")
    if v == 1:
        return A("Contenu des candidatures",
                 "Le candidat peut présenter sa candidature au moyen du DUME électronique ou des formulaires "
                 "DC1 et DC2. Il joint les références de moins de trois ans, les moyens humains et matériels "
                 "dont il dispose et, le cas échéant, les certificats de qualification professionnelle.",
                 "En cas de groupement, chaque membre fournit ces pièces. Le groupement conjoint est accepté ; "
                 "le mandataire sera solidaire.")
    return A("Justificatifs à produire",
             "Le dossier de candidature contient : DC1, DC2 ou DUME ; pouvoir de la personne habilitée à "
             "engager la société ; moyens humains (effectifs moyens annuels) ; trois références au plus.",
             "L'attributaire pressenti remettra dans un délai de huit jours les attestations fiscales et "
             "sociales prévues aux articles R.2143-6 et suivants du code de la commande publique.")


def f_renseignements(c, v):
    if v == 0:
        return A("Renseignements complémentaires",
                 "Les questions sont posées par écrit sur le profil d'acheteur au plus tard dix jours avant "
                 "la date limite de remise des offres. Les réponses sont communiquées à tous les candidats "
                 "ayant retiré le dossier.")
    return A("Questions des candidats",
             "Pour tout renseignement administratif ou technique, les candidats déposent leur question sur "
             "la plateforme " + c["profil"] + ". Il n'est pas répondu aux questions téléphoniques.")


def f_prix(c, v, revisable=True):
    if v == 0:
        return A("Forme et variation des prix",
                 "Les prix sont fermes pendant la première année d'exécution puis révisables à chaque date "
                 "anniversaire par application d'une formule paramétrique fondée sur l'indice "
                 + ("ICHTrev-TS" if revisable else "des prix de production") + ".",
                 "Les prix sont réputés comprendre toutes les charges fiscales, parafiscales ou autres "
                 "frappant obligatoirement la prestation.")
    if v == 1:
        return A("Prix",
                 "Les prix sont établis hors TVA. Ils sont révisables annuellement selon la formule "
                 "P = P0 x (0,15 + 0,85 I/I0), où I est la dernière valeur connue de l'indice de référence "
                 "à la date de révision.")
    return A("Contenu et variation des prix",
             "Les prix sont actualisables si un délai supérieur à trois mois s'écoule entre la date "
             "d'établissement du prix initial et la date de début d'exécution. Ils sont ensuite fermes.")


def f_paiement(c, v):
    if v == 0:
        return A("Modalités de paiement",
                 "Le paiement intervient par virement dans un délai global de %d jours à compter de la "
                 "réception de la demande de paiement. Les factures sont déposées sur Chorus Pro." % c["delai"],
                 "Le défaut de paiement dans ce délai fait courir de plein droit des intérêts moratoires "
                 "ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 euros.")
    if v == 1:
        return A("Règlement des comptes",
                 "Les sommes dues sont réglées par mandat administratif, délai global de paiement de %d "
                 "jours. Factures dématérialisées (Chorus Pro) portant la référence du marché et, s'il y a "
                 "lieu, du bon de commande." % c["delai"])
    return A("Avance et paiement",
             "Une avance est accordée au titulaire dans les conditions des articles R.2191-3 et suivants "
             "du code de la commande publique, sauf renonciation expresse dans l'acte d'engagement.",
             "Délai global de paiement : %d jours." % c["delai"])


def f_penalites(c, v, unit="jour calendaire de retard"):
    if v == 0:
        return A("Pénalités",
                 "Par dérogation au CCAG, le titulaire encourt, sans mise en demeure préalable, une "
                 "pénalité de 150 euros par " + unit + ".",
                 "Le montant total des pénalités ne peut excéder 10 % du montant du marché.")
    if v == 1:
        return A("Pénalités de retard",
                 "En cas de retard dans l'exécution, une pénalité journalière égale à 1/1000e du montant "
                 "de la commande concernée est appliquée. Les pénalités inférieures à 1 000 euros HT pour "
                 "l'ensemble du marché ne sont pas exigées.")
    return A("Retards et pénalités",
             "Tout retard imputable au titulaire donne lieu à une pénalité forfaitaire de 100 € par "
             "manquement constaté, dans la limite de 5 000 € par année d'exécution.")


def f_assurances(c, v):
    if v == 0:
        return A("Assurances",
                 "Le titulaire justifie, dans un délai de quinze jours à compter de la notification et avant "
                 "tout commencement d'exécution, qu'il est titulaire d'une assurance couvrant sa "
                 "responsabilité civile professionnelle.")
    return A("Responsabilité et assurances",
             "Le titulaire est seul responsable des dommages causés aux personnes et aux biens du fait de "
             "l'exécution des prestations. Il produit chaque année l'attestation de son assureur.")


def f_soustraitance(c, v):
    if v == 0:
        return A("Sous-traitance",
                 "Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de "
                 "l'acceptation du sous-traitant et de l'agrément de ses conditions de paiement (formulaire "
                 "DC4).")
    return A("Sous-traitance et cotraitance",
             "La sous-traitance totale est interdite. Les sous-traitants dont le montant des prestations "
             "dépasse 600 euros TTC bénéficient du paiement direct.")


def f_travail(c, v):
    """Rappels d'obligations légales (pas une clause sociale au sens de LABELS.md)."""
    if v == 0:
        return A("Obligations sociales et fiscales",
                 "Le titulaire s'engage à respecter les dispositions législatives et réglementaires relatives "
                 "à la protection de la main-d'œuvre et aux conditions de travail. Conformément aux articles "
                 "L.8222-1 et D.8222-5 du code du travail, il remet tous les six mois les attestations "
                 "relatives à la lutte contre le travail dissimulé.")
    return A("Respect de la réglementation du travail",
             "Le titulaire se conforme aux obligations d'emploi des travailleurs handicapés prévues aux "
             "articles L.5212-1 à L.5212-11 du code du travail. En cas de détachement de salariés, il "
             "transmet la déclaration préalable prévue à l'article L.1262-2-1 du même code.")


def f_resiliation(c, v):
    if v == 0:
        return A("Résiliation",
                 "Il est fait application des dispositions du CCAG-" + c["ccag"] + " relatives à la "
                 "résiliation. En cas de résiliation pour faute, aucune indemnité n'est due au titulaire.")
    return A("Résiliation du marché",
             c["Qui"] + " peut résilier le marché dans les conditions prévues au chapitre 7 du CCAG. La "
             "résiliation pour motif d'intérêt général ouvre droit à une indemnité de 5 % du montant "
             "restant à exécuter.")


def f_litiges(c, v):
    if v == 0:
        return A("Litiges",
                 "En cas de litige, le tribunal administratif de " + c["ta"] + " est seul compétent. Les "
                 "parties peuvent saisir au préalable le comité consultatif de règlement amiable des "
                 "différends compétent.")
    return A("Règlement des différends et langue",
             "Les documents sont rédigés en langue française. Les différends relèvent de la compétence du "
             "tribunal administratif de " + c["ta"] + ".")


def f_derogations(c, v, arts="3.4, 14 et 32"):
    return A("Dérogations au CCAG",
             "Les articles du présent document qui dérogent au CCAG-" + c["ccag"] + " sont les suivants : "
             + arts + ".")


def f_rgpd(c, v):
    return A("Protection des données personnelles",
             "Le titulaire agit en qualité de sous-traitant au sens du règlement (UE) 2016/679. Il ne traite "
             "les données que sur instruction documentée de " + c["qui"] + " et les supprime au terme du "
             "marché.")


def f_reception(c, v):
    if v == 0:
        return A("Réception des travaux",
                 "La réception a lieu à l'achèvement de l'ensemble des travaux dans les conditions de "
                 "l'article 41 du CCAG-Travaux. Les opérations préalables sont organisées à l'initiative du "
                 "maître d'œuvre.")
    return A("Réception",
             "Il n'est pas prévu de réception partielle. Les réserves éventuelles sont levées dans un délai "
             "de deux mois à compter de la décision de réception.")


def f_garantie(c, v):
    if v == 0:
        return A("Retenue de garantie",
                 "Une retenue de garantie de 5 % est appliquée sur les acomptes ; elle peut être remplacée "
                 "par une garantie à première demande.")
    return A("Garanties",
             "Le délai de garantie est d'un an à compter de la date d'effet de la réception. Il n'est pas "
             "appliqué de retenue de garantie.")


def f_livraison(c, v):
    if v == 0:
        return A("Livraisons",
                 "Les livraisons ont lieu du lundi au vendredi, de 8 heures à 11 heures 30 et de 13 heures 30 "
                 "à 16 heures, aux adresses indiquées sur le bon de commande. Tout colis endommagé peut être "
                 "refusé.")
    return A("Conditions de livraison",
             "Délai de livraison : dix jours ouvrés au plus à compter de la réception du bon de commande. Le "
             "bon de livraison reprend la référence de la commande et les quantités livrées.")


def f_bc(c, v):
    if v == 0:
        return A("Bons de commande",
                 "L'accord-cadre est exécuté au moyen de bons de commande émis au fur et à mesure des "
                 "besoins, conformément aux articles R.2162-13 et R.2162-14 du code de la commande publique. "
                 "Chaque bon précise la nature, la quantité, le lieu et le délai d'exécution.")
    return A("Émission des bons de commande",
             "Les bons de commande sont signés par une personne habilitée et transmis par courriel. Le "
             "titulaire en accuse réception dans un délai de deux jours ouvrés.")


def AE_ident(c, objet, siret_acheteur):
    return [H("A – Identification de l'acheteur"),
            P(c["Qui"] + " — SIRET " + siret_acheteur + "."),
            P("Personne habilitée à donner les renseignements relatifs aux nantissements : le comptable "
              "public assignataire."),
            H("B – Objet de la consultation"),
            P(objet)]


def AE_titulaire(v=0):
    if v == 0:
        return [H("C – Engagement du titulaire"),
                P("Après avoir pris connaissance des pièces constitutives du marché, le signataire s'engage, "
                  "sur la base de son offre, à exécuter les prestations dans les conditions ci-après."),
                TAB([["Nom, prénom et qualité du signataire", ""],
                     ["Raison sociale et adresse", ""],
                     ["Numéro SIRET", ""],
                     ["Courriel", ""]], widths=[0.45, 0.55], header=False)]
    return [H("C – Le titulaire"),
            P("Je soussigné(e), agissant pour mon propre compte / pour le compte de la société désignée "
              "ci-dessous, m'engage sans réserve, conformément aux stipulations des documents de la "
              "consultation, à exécuter les prestations demandées."),
            TAB([["Dénomination", ""], ["Adresse du siège", ""], ["SIRET / code APE", ""]],
                widths=[0.4, 0.6], header=False)]


def AE_signature(c):
    return [H("Signature"),
            P("Fait en un seul original, à .................................., le ........................"),
            P("Signature du candidat (représentant habilité) :"),
            P("Acceptation de l'offre par " + c["qui"] + " : le présent acte d'engagement est accepté pour "
              "valoir marché.")]


# ----------------------------------------------------------------------------- contrôles et construction
# (repris de blind_values_13, lignes 2433-2611, puis adapté)
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
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ext = p["file"].rsplit(".", 1)[1]
    n = None
    if ext == "xml":
        build_xml(path, p["xml"])
        p["final_blocks"] = None
        return n
    pdf = ext == "pdf"
    blocks = restyle(number_articles(p["blocks"]), p.get("style", "std"))
    header, footer = p["header"], p["footer"]
    if p.get("noacc"):
        blocks = unacc_blocks(blocks)
        header, footer = unacc(header), unacc(footer)
    blocks = [_conv(b, pdf) for b in blocks]
    if pdf:
        n = build_pdf(path, _conv_str(header, True), _conv_str(footer, True), blocks,
                      hyphen=p.get("hyphen", False), title=header, cols=p.get("cols", 1))
    elif ext == "docx":
        build_docx(path, header, footer, blocks)
    else:
        build_txt(path, blocks)
    p["final_blocks"] = blocks
    return n


def PC(file, doc_type, header, footer, blocks, label, hyphen=False, cols=1, style="std", noacc=False, xml=None):
    if noacc:
        label = dict(label)
        label["evidence"] = [unacc(q) for q in label["evidence"]]
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks, label=label,
                hyphen=hyphen, cols=cols, style=style, noacc=noacc, xml=xml)


def check_articles(d, p):
    """Les numéros d'articles d'une pièce doivent se suivre sans doublon."""
    nums = []
    for b in number_articles(p["blocks"] or []):
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
    # mêmes clés « considerations » que le dossiers.yml de blind_values_13 (trois catégories sociales)
    out["considerations"] = {c: c in d["pos"] for c in ("clause_sociale", "clause_insertion", "critere_social")}
    return out




def piece_text(p):
    if p.get("xml") is not None:
        return ws(extract_xml(p["xml"].encode("utf-8")))
    return plain_text(p["final_blocks"])


def build_all(root, yml_path, verbose=True):
    """Construit tout sous root/dossiers, écrit labels.csv et dossiers.yml ; renvoie la liste des problèmes."""
    CUT_LOG.clear()
    for st in (SB_STATS, HY_STATS):
        st["cut"] = st["whole"] = 0
    out = os.path.join(root, "dossiers")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rows = []
    dossiers_yml = []
    problems = []
    kinds = {}
    pages = {}
    cuts = []
    for f in DOSSIERS:
        d = f()
        z = d.get("zip")
        folder = os.path.join(out, (".stage_" + d["id"]) if z is not None else d["id"])
        os.makedirs(folder)
        buyer = d["pieces"][0]["header"].split(" – ")[0]
        if not (3 <= len(d["pieces"]) <= 6):
            problems.append("%s : %d pièces" % (d["id"], len(d["pieces"])))
        for c in d["pos"]:
            if c not in _CATEGORIES:
                problems.append("%s : catégorie inconnue %s" % (d["id"], c))
        rb = d["values"].get("reserve_base")
        if bool(rb) != ("marche_reserve" in d["pos"]):
            problems.append("%s : reserve_base du dossier / pos incohérents" % d["id"])
        if "clause_insertion" in d["pos"] and "clause_sociale" not in d["pos"]:
            problems.append("%s : clause_insertion sans clause_sociale (dossier)" % d["id"])
        if d["values"].get("nb_lots") and d["values"].get("allotissement") != 1:
            problems.append("%s : nb_lots sans allotissement (dossier)" % d["id"])
        for k, v in d["values"].items():
            if v not in (None, 0) and k not in WHY[d["id"]] and k != "allotissement":
                problems.append("%s : pas de why pour %s" % (d["id"], k))
        if d["values"].get("heures_insertion") and "clause_insertion" not in d["pos"]:
            problems.append("%s : heures sans clause_insertion (dossier)" % d["id"])
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
                if not (1 <= n <= 6):
                    problems.append("%s/%s : %d pages" % (d["id"], p["file"], n))
            with open(os.path.join(folder, p["file"]), "rb") as fh:
                data = fh.read()
            try:
                ext_a, ext_b = extracted_variants(extract_any(p["file"], data))
            except Exception as e:  # noqa
                problems.append("%s/%s : extraction impossible (%s)" % (d["id"], p["file"], e))
                ext_a = ext_b = ""
            lab = dict(p["label"])
            txt = ws(piece_text(p))
            for q in lab["evidence"]:
                if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                    continue
                nq = ws(norm(q))
                if nq not in txt:
                    problems.append("%s/%s : preuve absente du texte logique : %r" % (d["id"], p["file"], q))
                if nq not in ext_a and nq not in ext_b:
                    problems.append("%s/%s : preuve absente du texte EXTRAIT : %r" % (d["id"], p["file"], q))
            ev = " | ".join(ws(norm(q)) for q in lab["evidence"])
            if len(ev) > 300:
                problems.append("%s/%s : preuve trop longue (%d)" % (d["id"], p["file"], len(ev)))
            filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
            if filled and not lab["evidence"]:
                problems.append("%s/%s : valeurs sans preuve" % (d["id"], p["file"]))
            if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
                problems.append("%s/%s : clause_insertion sans clause_sociale" % (d["id"], p["file"]))
            if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]) and lab["marche_reserve"] != "?":
                problems.append("%s/%s : marche_reserve / reserve_base incohérents" % (d["id"], p["file"]))
            for c in _CATEGORIES:
                if lab[c] == 1 and c not in d["pos"]:
                    problems.append("%s/%s : %s=1 absent de pos du dossier" % (d["id"], p["file"], c))
            if z is not None:
                path = d["id"] + ".zip/" + p["file"]
            else:
                path = d["id"] + "/" + p["file"]
            row = {"path": path, "doc_type": p["doc_type"]}
            for c in COLUMNS[2:-1]:
                row[c] = _fmt(lab[c])
            row["evidence"] = ev
            rows.append(row)
        for c in d["pos"]:
            if not any(p["label"][c] == 1 for p in d["pieces"]):
                problems.append("%s : %s dans pos sans pièce à 1" % (d["id"], c))
        if z is not None:
            write_zip(os.path.join(out, d["id"] + ".zip"),
                      [(p["file"], os.path.join(folder, p["file"])) for p in d["pieces"]])
            shutil.rmtree(folder)
        dossiers_yml.append(dict(
            id=d["id"], title=d["title"],
            pieces=[dict(file=p["file"], doc_type=p["doc_type"]) for p in d["pieces"]],
            pos=d["pos"], values=d["values"], why=WHY[d["id"]], note=d["note"],
            path="dossiers/" + d["id"] + (".zip" if z is not None else ""), expect=_expect(d)))
    with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    import yaml
    head = ("# Jeu scellé extraction-11 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : montant estimé = valeur totale HT (tous lots, tranches optionnelles et PSE comprises) ;\n"
            "# maximum = somme sur toutes les périodes (initiale + reconductions) et tous les lots ; heures\n"
            "# d'insertion = total écrit pour le dossier, ou somme des lots ; une pièce modificative (avis\n"
            "# rectificatif, réponse aux questions valant additif) prime sur la pièce qu'elle modifie ; sinon\n"
            "# le CCAP, le RC, l'AE ou l'avis priment sur le CCTP et ses annexes. why : raison de chaque valeur.\n"
            "# Dossiers livrés en ZIP : path = dossiers/dNN.zip, pieces.file = chemin dans l'archive.\n")
    with open(yml_path, "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    problems.extend(extra_checks(rows))
    if verbose:
        for line in cuts:
            print("  coupure", line)
        print("%d dossiers, %d pièces (%s) ; pages des PDF : %s ; nombres coupés en fin de ligne : %d (%d restés "
              "entiers) ; césures forcées : %d (%d restées entières)" % (
                  len(dossiers_yml), len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
                  ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), SB_STATS["cut"],
                  SB_STATS["whole"], HY_STATS["cut"], HY_STATS["whole"]))
    return problems


def md5s(root):
    out = {}
    for dp, dn, fn in os.walk(root):
        dn.sort()
        for f in sorted(fn):
            full = os.path.join(dp, f)
            with open(full, "rb") as fh:
                out[os.path.relpath(full, root)] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    problems = build_all(HERE, os.path.join(HERE, "dossiers.yml"))
    # seconde construction dans un dossier temporaire DU JEU, comparaison des md5, puis suppression
    tmp = os.path.join(HERE, "_rebuild")
    if os.path.isdir(tmp):
        shutil.rmtree(tmp)
    os.makedirs(tmp)
    build_all(tmp, os.path.join(tmp, "dossiers.yml"), verbose=False)
    a = md5s(os.path.join(HERE, "dossiers"))
    b = md5s(os.path.join(tmp, "dossiers"))
    with open(os.path.join(HERE, "dossiers.yml"), "rb") as f1, open(os.path.join(tmp, "dossiers.yml"), "rb") as f2:
        same_yml = f1.read() == f2.read()
    shutil.rmtree(tmp)
    if a != b:
        diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        problems.append("construction non déterministe : " + ", ".join(diff))
    if not same_yml:
        problems.append("dossiers.yml non déterministe")
    print("double construction : %d fichiers, md5 %s" % (len(a), "identiques" if a == b else "DIFFÉRENTS"))
    print("contrôles : preuves présentes dans le texte logique ET dans le texte extrait du fichier produit "
          "(pypdf, python-docx paragraphes + cellules, lxml, lecture directe ; espaces normalisés, césures "
          "recollées) ; preuves <= 300 caractères ; XML bien formé ; PDF de 1 à 6 pages ; 3 à 6 pièces par "
          "dossier ; articles sans doublon ; clause_insertion => clause_sociale ; marche_reserve <=> "
          "reserve_base ; nb_lots => allotissement = 1 ; heures => clause_insertion ; pos du dossier <=> "
          "pièces ; types et valeurs des colonnes -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


# ============================================================================= DOSSIERS
# d01 — Communauté de communes du Val d'Orsanne : réhabilitation du gymnase (travaux, 5 lots, MAPA)
def d01():
    c = C("la Communauté de communes du Val d'Orsanne", "Orléans", "travaux", 30,
          "https://marches.val-orsanne.fr", "CCVO-2027-07")
    hdr = "CC du Val d'Orsanne – Réhabilitation du gymnase P.-É. Ferrand – CCVO-2027-07"
    lots = [["1", "Démolition – gros œuvre – VRD", "412~000,00"],
            ["2", "Charpente métallique – couverture – bardage", "286~000,00"],
            ["3", "Menuiseries extérieures – serrurerie", "149~000,00"],
            ["4", "Plâtrerie – peinture – faux plafonds", "128~500,00"],
            ["5", "Électricité – chauffage – ventilation", "208~500,00"]]
    avis = [TITLE("AVIS D'APPEL PUBLIC A LA CONCURRENCE", "Travaux – procedure adaptee (R.2123-1 CCP)",
                  "Ref. CCVO-2027-07"),
            H("Identification de l'acheteur"),
            P("Communaute de communes du Val d'Orsanne, 2 place du Mail, 45790 Saint-Aubin-des-Oches."),
            H("Objet"),
            P("Rehabilitation et extension du gymnase Paul-Emile Ferrand. Lieu d'execution : Saint-Aubin-des-Oches."),
            H("Decoupage"),
            P("Marche alloti. Nombre de lots : 5. Les offres peuvent etre presentees pour un ou plusieurs lots."),
            H("Conditions particulieres d'execution"),
            P("Clause sociale d'insertion pour les lots 1, 2 et 4 (cf. CCAP)."),
            H("Criteres d'attribution"),
            P("Offre economiquement la plus avantageuse appreciee selon les criteres enonces dans le reglement "
              "de la consultation."),
            H("Date limite"),
            P("Remise des offres : 8 mars 2027 a 12h00 sur https://marches.val-orsanne.fr."),
            H("Renseignements"),
            P("Service commande publique, tel. 02 38 00 41 17. Instance chargee des recours : tribunal "
              "administratif d'Orleans.")]
    rc = [TITLE("Communauté de communes du Val d'Orsanne", "RÈGLEMENT DE LA CONSULTATION",
                "Réhabilitation et extension du gymnase Paul-Émile Ferrand", "Marché public de travaux – procédure adaptée"),
          *A("Objet de la consultation",
             "La consultation porte sur la réhabilitation et l'extension du gymnase Paul-Émile Ferrand, rue des "
             "Tanneurs à Saint-Aubin-des-Oches (reprise de la structure, isolation de l'enveloppe, création d'un "
             "local de rangement de 90 m²)."),
          *A("Décomposition en lots",
             "Les travaux sont répartis en cinq lots traités par marchés séparés :",
             ["lot 1 : démolition – gros œuvre – VRD ;", "lot 2 : charpente métallique – couverture – bardage ;",
              "lot 3 : menuiseries extérieures – serrurerie ;", "lot 4 : plâtrerie – peinture – faux plafonds ;",
              "lot 5 : électricité – chauffage – ventilation."],
             "Chaque lot fait l'objet d'un marché distinct. Un même candidat peut soumissionner pour plusieurs lots."),
          *A("Montant prévisionnel",
             "Pour information, le montant prévisionnel de l'opération, tous lots confondus, s'élève à "
             "1~420¦SB¦800 € TTC (valeur janvier 2027)."),
          *A("Conditions d'exécution à caractère social",
             "Les lots 1, 2 et 4 comportent une clause d'insertion : le titulaire devra réserver une partie des "
             "heures de travail générées par le marché à des personnes éloignées de l'emploi, selon les modalités "
             "fixées à l'article 9 du CCAP. À titre indicatif, l'effort représente environ 5 % de la main-d'œuvre "
             "estimée de ces lots. Le facilitateur du PLIE du Val d'Orsanne accompagne les entreprises."),
          *f_contenu(c, 0, ["le présent règlement ;", "l'acte d'engagement et son annexe financière ;",
                            "le CCAP ;", "les CCTP et DPGF de chaque lot ;", "les plans."]),
          *f_candidature(c, 0),
          *A("Jugement des offres",
             "Les offres sont classées lot par lot selon les critères pondérés suivants :",
             ["prix des prestations : 60 % ;",
              "valeur technique : 40 %, appréciée au vu du mémoire technique, dont 25 % pour les moyens et la "
              "méthodologie, 5 % pour le planning et 10 % pour les mesures de tri et de valorisation des déchets "
              "de chantier."]),
          *f_negociation(c, 0),
          *f_remise(c, 0),
          *f_renseignements(c, 0)]
    ccap = [TITLE("CC du Val d'Orsanne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Réhabilitation et extension du gymnase Paul-Émile Ferrand – commun à tous les lots"),
            *A("Objet et décomposition",
               "Le présent CCAP est commun aux cinq lots de l'opération. Les stipulations propres à un lot sont "
               "signalées comme telles."),
            *A("Pièces contractuelles",
               "Les pièces du marché sont, par ordre de priorité décroissante : l'acte d'engagement, le présent "
               "CCAP, le CCTP du lot, la DPGF, le CCAG-Travaux en vigueur, le mémoire technique du titulaire."),
            *A("Délais d'exécution",
               "Le délai global d'exécution est de quatorze mois, dont un mois de préparation. Le calendrier "
               "détaillé est établi par le maître d'œuvre en concertation avec les entreprises."),
            *f_prix(c, 0), *f_paiement(c, 2), *f_garantie(c, 0), *f_penalites(c, 0),
            *A("Gestion des déchets de chantier",
               "Chaque titulaire trie ses déchets sur le chantier dans les bennes mises en place par le titulaire "
               "du lot 1 (bois, métaux, inertes, plâtre, déchets non dangereux en mélange). Les bordereaux de "
               "suivi sont remis au maître d'œuvre chaque mois ; le taux de valorisation matière visé est de 70 %."),
            *A("Action d'insertion professionnelle",
               "Pour les lots 1, 2 et 4, le titulaire s'engage à réaliser une action d'insertion au profit de "
               "personnes rencontrant des difficultés sociales ou professionnelles (demandeurs d'emploi de longue "
               "durée, bénéficiaires du RSA, jeunes sans qualification, travailleurs handicapés).",
               "Le nombre minimal d'heures à réaliser est fixé comme suit : lot 1 : 350 heures ; lot 2 : 140 heures ; "
               "lot 4 : 210 heures. Aucune heure n'est demandée pour les lots 3 et 5.",
               "L'entreprise peut recourir à l'embauche directe, à la mise à disposition par une entreprise de "
               "travail temporaire d'insertion ou un GEIQ, ou à la sous-traitance à une SIAE. En cas de non-respect, "
               "une pénalité de 50 € HT par heure non réalisée est appliquée."),
            *f_assurances(c, 0), *f_travail(c, 0), *f_resiliation(c, 0), *f_litiges(c, 0),
            *f_derogations(c, 0, "6, 7 et 8")]
    ae = [TITLE("Communauté de communes du Val d'Orsanne", "ACTE D'ENGAGEMENT",
                "Marché de travaux – réf. CCVO-2027-07"),
          *AE_ident(c, "Réhabilitation et extension du gymnase Paul-Émile Ferrand. Le présent acte d'engagement "
                    "concerne le lot désigné ci-dessous (un acte d'engagement par lot).", "214 503 778 00019"),
          *AE_titulaire(0),
          H("D – Lot concerné et estimation de l'acheteur"),
          P("Cocher le lot pour lequel le présent acte est souscrit. L'estimation de l'acheteur est donnée pour "
            "information :"),
          TAB([["Lot", "Intitulé", "Estimation (€ HT)", "Lot retenu"]] + [r + ["☐"] for r in lots],
              widths=[0.08, 0.52, 0.22, 0.18], align="llrl"),
          H("E – Prix"),
          P("Montant forfaitaire de l'offre pour le lot : ........................ € HT, soit "
            "........................ € TTC (TVA 20 %)."),
          H("F – Délai"),
          P("Le délai d'exécution est celui fixé par le CCAP. Avance : ☐ je renonce à l'avance ☐ je ne renonce pas."),
          *AE_signature(c)]
    dpgf_rows = [["N°", "Désignation", "U", "Qté", "P.U. HT", "Montant HT"],
                 ["3.1", "Châssis aluminium à rupture de pont thermique, 2,40 x 1,35", "u", "18", "", ""],
                 ["3.2", "Porte d'issue de secours double vantail, barre anti-panique", "u", "4", "", ""],
                 ["3.3", "Brise-soleil orientables façade sud", "ml", "36", "", ""],
                 ["3.4", "Garde-corps acier galvanisé thermolaqué", "ml", "22", "", ""],
                 ["3.5", "Grille de défense local de rangement", "u", "2", "", ""],
                 ["", "Total HT", "", "", "", ""], ["", "TVA 20 %", "", "", "", ""], ["", "Total TTC", "", "", "", ""]]
    dpgf = [TITLE("CCVO-2027-07", "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE",
                  "Lot n° 3 – Menuiseries extérieures – serrurerie"),
            P("Les quantités sont données à titre indicatif ; l'entreprise les vérifie et les complète sous sa "
              "responsabilité. Le prix global et forfaitaire est reporté à l'acte d'engagement."),
            TAB(dpgf_rows, widths=[0.07, 0.5, 0.06, 0.07, 0.14, 0.16], align="lllrrr")]
    pieces = [
        PC("d01_avis.txt", "AVIS", hdr, "", avis,
           L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=5,
             evidence=["Clause sociale d'insertion pour les lots 1, 2 et 4", "Nombre de lots : 5"])),
        PC("d01_RC.pdf", "RC", hdr, "RC – CCVO-2027-07", rc,
           L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=5,
             evidence=["Les travaux sont répartis en cinq lots",
                       "Les lots 1, 2 et 4 comportent une clause d'insertion",
                       "10 % pour les mesures de tri et de valorisation des déchets de chantier"]),
           hyphen=True, style="std"),
        PC("d01_CCAP.pdf", "CCAP", hdr, "CCAP commun – CCVO-2027-07", ccap,
           L(clause_sociale=1, clause_insertion=1, heures_insertion=700, clause_environnementale=1,
             allotissement=1, nb_lots=5,
             evidence=["commun aux cinq lots", "lot 1 : 350 heures ; lot 2 : 140 heures ; lot 4 : 210 heures",
                       "[350 + 140 + 210 = 700]",
                       "Chaque titulaire trie ses déchets sur le chantier"]),
           cols=2, hyphen=True, style="num"),
        PC("d01_AE.docx", "AE", hdr, "AE – CCVO-2027-07", ae,
           L(allotissement=1, nb_lots=5, montant_estime_ht=1184000,
             evidence=["un acte d'engagement par lot", "Estimation (€ HT)",
                       "[somme des 5 lots : 412 000 + 286 000 + 149 000 + 128 500 + 208 500 = 1 184 000]"])),
        PC("d01_DPGF_3.docx", "DPGF", hdr, "DPGF lot 3", dpgf,
           L(allotissement=1, evidence=["Lot n° 3 – Menuiseries extérieures – serrurerie"])),
    ]
    return dict(id="d01", title="CC du Val d'Orsanne – réhabilitation du gymnase (travaux, 5 lots)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale",
                                    "critere_environnemental"],
                values=V(heures_insertion=700, allotissement=1, nb_lots=5, montant_estime_ht=1184000),
                note="heures_insertion : CCAP art. 9, heures par lot 350 + 140 + 210 = 700 (le RC ne donne qu'une "
                     "part indicative de 5 %). montant_estime_ht : seule l'annexe de l'AE donne des estimations HT, "
                     "par lot, sans total : 1 184 000 ; le RC ne donne que 1 420 800 € TTC (= 1 184 000 x 1,2). "
                     "Pas d'accord-cadre : pas de maximum. 5 lots (avis, RC, AE). Pièges : « 5 % », « 70 % », "
                     "« 50 € HT par heure », « 90 m² », DPGF vierge d'un seul lot.")


# d02 — Métropole Rives-et-Coteaux : vêtements de travail et EPI (accord-cadre mono-attributaire, non alloti)
def d02():
    c = C("Rives-et-Coteaux Métropole", "Besançon", "fournitures courantes et services", 30,
          "https://achats.rivesetcoteaux-metropole.fr", "RCM-27F012")
    hdr = "Rives-et-Coteaux Métropole – AC vêtements de travail et EPI – RCM-27F012"
    rc = [TITLE("RIVES-ET-COTEAUX METROPOLE", "REGLEMENT DE LA CONSULTATION",
                "Fourniture de vetements de travail et d'equipements de protection individuelle",
                "Accord-cadre a bons de commande – appel d'offres ouvert"),
          *A("Objet et forme du marché",
             "La consultation a pour objet la fourniture de vêtements de travail, de vêtements haute visibilité "
             "et d'EPI pour les agents des services techniques. Il s'agit d'un accord-cadre mono-attributaire "
             "exécuté par bons de commande, avec un montant maximum par période fixé au CCAP."),
          *A("Allotissement",
             "L'accord-cadre n'est pas alloti : la dissociation de la fourniture, du marquage et de la gestion "
             "des dotations nominatives rendrait l'exécution techniquement difficile et plus coûteuse "
             "(article L.2113-11 du CCP)."),
          *A("Durée",
             "Période initiale de 12 mois à compter de la notification, reconductible tacitement trois fois par "
             "période de 12 mois."),
          *A("Estimation",
             "À titre indicatif, le montant estimatif annuel des commandes est de 60~000 € HT. Cette estimation "
             "n'engage pas la Métropole."),
          *f_contenu(c, 1, ["le RC ;", "l'AE ;", "le CCAP ;", "le CCTP ;", "le BPU et le DQE non contractuel."]),
          *f_candidature(c, 1),
          *A("Critères de jugement des offres",
             "L'offre économiquement la plus avantageuse est appréciée selon :",
             ["prix (sur la base du DQE non contractuel) : 45 % ;",
              "qualité des articles (échantillons, confort, robustesse) : 40 % ;",
              "performance environnementale des articles et des emballages (part de fibres recyclées, "
              "suppression des sachets individuels) : 15 %."]),
          *f_validite(c, 0), *f_remise(c, 1, "vendredi 12 mars 2027 à 16h00"), *f_renseignements(c, 1)]
    ccap = [TITLE("Rives-et-Coteaux Métropole – Direction de la commande publique", "CCAP",
                  "Accord-cadre de fourniture de vêtements de travail et d'EPI – RCM-27F012"),
            *A("Objet", "Le présent accord-cadre a pour objet la fourniture de vêtements de travail et d'EPI, "
                        "leur marquage et la gestion des dotations des agents."),
            *A("Forme de l'accord-cadre et montants",
               "L'accord-cadre est conclu avec un seul opérateur économique, sans minimum, avec les montants "
               "maximums suivants :",
               ["période initiale : 90~000 € HT ;",
                "chaque période de reconduction (trois au plus) : 80~000 € HT."],
               "La valeur totale estimée de l'accord-cadre, sur sa durée maximale de quatre ans, est de "
               "240~000 € HT."),
            *f_bc(c, 0),
            *A("Durée et reconduction",
               "L'accord-cadre est conclu pour une période initiale de douze mois. Il est reconduit tacitement "
               "trois fois pour une durée de douze mois, sauf décision de non-reconduction notifiée trois mois "
               "avant l'échéance."),
            *f_livraison(c, 0), *f_prix(c, 1), *f_paiement(c, 1), *f_penalites(c, 2),
            *A("Conditions sociales de fabrication",
               "Le titulaire garantit que les articles livrés sont fabriqués dans le respect des huit conventions "
               "fondamentales de l'Organisation internationale du travail, tout au long de la chaîne "
               "d'approvisionnement. Il communique chaque année la liste des sites de confection et, sur demande, "
               "le rapport d'audit social d'un organisme tiers. Un manquement non corrigé dans les trois mois "
               "peut entraîner la résiliation aux torts du titulaire."),
            *f_travail(c, 1), *f_resiliation(c, 1), *f_litiges(c, 1)]
    cctp = [TITLE("Rives-et-Coteaux Métropole", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Vêtements de travail, haute visibilité et EPI"),
            *A("Généralités",
               "Les articles sont conformes aux normes EN ISO 13688, EN ISO 20471 (haute visibilité) et EN 343 "
               "(protection contre la pluie). Les tailles vont du XS au 4XL."),
            *A("Exigences environnementales",
               "Les vêtements de travail en polyester-coton contiennent au moins 30 % de fibres recyclées. Les "
               "articles sont livrés pliés par lots, sans sachet plastique individuel, dans des cartons "
               "recyclables. Le titulaire reprend les vêtements usagés lors des renouvellements de dotation et "
               "justifie de leur valorisation (réemploi ou recyclage en fibres)."),
            *A("Marquage",
               "Le logo de la Métropole est brodé ou transféré à chaud au niveau de la poitrine gauche et du dos. "
               "Le marquage doit résister à cinquante lavages à 60 °C."),
            *A("Gestion des dotations",
               "Le titulaire met à disposition un portail de commande permettant aux référents de chaque service "
               "de suivre les dotations nominatives. Le délai de livraison est de 15 jours ouvrés."),
            *A("Échantillons",
               "Les échantillons remis avec l'offre sont restitués aux candidats non retenus sur demande.")]
    ae = [TITLE("Rives-et-Coteaux Métropole", "ACTE D'ENGAGEMENT", "Accord-cadre RCM-27F012"),
          *AE_ident(c, "Fourniture de vêtements de travail et d'équipements de protection individuelle – "
                       "accord-cadre à bons de commande, lot unique.", "200 071 845 00013"),
          *AE_titulaire(1),
          H("D – Montants"),
          P("L'accord-cadre est passé sans montant minimum. Le montant maximum des commandes est de 90~000 € HT "
            "pour la première période, puis de 80~000 € HT par période reconduite."),
          P("Pour information, le montant maximum sur la durée totale de l'accord-cadre représente 396~000 € TTC."),
          H("E – Durée"),
          P("Cf. article 4 du CCAP."),
          *AE_signature(c)]
    bpu_rows = [["Réf.", "Article", "Unité", "Prix unitaire HT (€)", "Qté annuelle indicative"],
                ["V01", "Pantalon de travail multipoches", "u", "", "420"],
                ["V02", "Veste de travail", "u", "", "260"],
                ["V03", "Parka haute visibilité classe 3", "u", "", "140"],
                ["V04", "Tee-shirt manches courtes", "u", "", "900"],
                ["E01", "Chaussures de sécurité S3", "paire", "", "310"],
                ["E02", "Gants de manutention", "paire", "", "1 500"],
                ["M01", "Marquage (broderie cœur + dos)", "u", "", "700"]]
    bpu = [TITLE("RCM-27F012", "BORDEREAU DES PRIX UNITAIRES", "valant DQE non contractuel pour le jugement"),
           P("Le candidat renseigne le prix unitaire hors TVA de chaque article. Les quantités sont indicatives "
             "et n'engagent pas la Métropole."),
           RTAB(bpu_rows, widths=[0.08, 0.44, 0.1, 0.2, 0.18], align="lllrr")]
    pieces = [
        PC("d02_RC.pdf", "RC", hdr, "RC RCM-27F012", rc,
           L(critere_environnemental=1, allotissement=0,
             evidence=["L'accord-cadre n'est pas alloti",
                       "performance environnementale des articles et des emballages"]), style="caps"),
        PC("d02_CCAP.docx", "CCAP", hdr, "CCAP RCM-27F012", ccap,
           L(clause_sociale=1, montant_estime_ht=240000, montant_max_ht=330000,
             evidence=["période initiale : 90 000 € HT", "chaque période de reconduction (trois au plus) : 80 000 € HT",
                       "[90 000 + 3 x 80 000 = 330 000]", "durée maximale de quatre ans, est de 240 000 € HT",
                       "huit conventions fondamentales de l'Organisation internationale du travail"]),
           style="colon"),
        PC("d02_CCTP.pdf", "CCTP", hdr, "CCTP RCM-27F012", cctp,
           L(clause_environnementale=1,
             evidence=["sans sachet plastique individuel", "reprend les vêtements usagés"]), hyphen=True),
        PC("d02_AE.docx", "AE", hdr, "AE RCM-27F012", ae,
           L()),  # maxima par période sans nombre de reconductions (renvoi au CCAP) ; total TTC seulement
        PC("d02_BPU.pdf", "BPU", hdr, "BPU RCM-27F012", bpu, L()),
    ]
    return dict(id="d02", title="Rives-et-Coteaux Métropole – vêtements de travail et EPI (accord-cadre non alloti)",
                pieces=pieces, pos=["clause_sociale", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_estime_ht=240000, montant_max_ht=330000),
                note="montant_max_ht : CCAP, 90 000 (période initiale) + 3 x 80 000 (reconductions) = 330 000 ; "
                     "l'AE donne 396 000 € TTC (= 330 000 x 1,2). montant_estime_ht : CCAP, 240 000 € HT sur la durée "
                     "totale ; le RC ne donne que 60 000 € HT par an. Non alloti (RC). Clause sociale : conventions de "
                     "l'OIT dans la chaîne d'approvisionnement (pas d'insertion). Rappels L.5212-1 (pas une clause). "
                     "Pièges : « 30 % de fibres recyclées », quantités du BPU, « cinquante lavages ».")


# d03 — Ville de Montclar-sur-Vèze : entretien des espaces verts, 2 lots réservés (EA/ESAT et SIAE)
D03_XML = """<?xml version="1.0" encoding="UTF-8"?>
<avis xmlns="urn:exemple:avis-marche:1" type="avis-de-marche" reference="MSV-EV-2027">
  <acheteur>
    <nom>Ville de Montclar-sur-Vèze</nom>
    <siret>217 603 512 00017</siret>
    <adresse>Hôtel de ville, 1 place Jean-Moulin, 26440 Montclar-sur-Vèze</adresse>
  </acheteur>
  <objet>
    <intitule>Entretien des espaces verts et des chemins communaux</intitule>
    <cpv>77310000</cpv>
    <typeMarche>services</typeMarche>
    <description>Accord-cadre à bons de commande, mono-attributaire par lot, conclu pour un an reconductible deux fois. Marché alloti en 2 lots.</description>
    <valeurEstimee devise="EUR" ht="oui">180000</valeurEstimee>
    <nombreLots>2</nombreLots>
  </objet>
  <lot numero="1">
    <intitule>Tonte, taille et entretien des parcs et squares</intitule>
    <reservation code="RESTRICTED_SHELTERED_WORKSHOP">Lot réservé aux entreprises adaptées et aux établissements et services d'aide par le travail (article L. 2113-12 du code de la commande publique).</reservation>
  </lot>
  <lot numero="2">
    <intitule>Débroussaillage et entretien des chemins ruraux</intitule>
    <reservation code="RESERVED_ORGANISATIONS_SERVICE_MISSION">Lot réservé aux structures d'insertion par l'activité économique.</reservation>
  </lot>
  <conditionsExecution>Gestion différenciée sans produit phytosanitaire ; valorisation des déchets verts.</conditionsExecution>
  <criteres>
    <critere nom="Prix" ponderation="50"/>
    <critere nom="Valeur technique" ponderation="50"/>
  </criteres>
  <dateLimite>2027-04-02T12:00:00</dateLimite>
</avis>
"""


def d03():
    c = C("la Ville de Montclar-sur-Vèze", "Grenoble", "fournitures courantes et services", 30,
          "https://www.marches-montclar.fr", "MSV-EV-2027")
    hdr = "Ville de Montclar-sur-Vèze – Entretien des espaces verts – MSV-EV-2027"
    rc = [TITLE("Ville de Montclar-sur-Vèze", "Règlement de la consultation",
                "Entretien des espaces verts et des chemins communaux", "Procédure adaptée – accord-cadre à bons de commande"),
          *A("Objet",
             "Entretien courant des parcs, squares, accotements et chemins ruraux de la commune (tonte, taille, "
             "désherbage manuel ou mécanique, débroussaillage, ramassage des déchets verts)."),
          *A("Lots et réservation",
             "La consultation est divisée en deux lots :",
             ["lot 1 – tonte, taille et entretien des parcs et squares : lot réservé, en application de l'article "
              "L. 2113-12 du code de la commande publique, aux entreprises adaptées, aux ESAT et aux structures "
              "équivalentes ;",
              "lot 2 – débroussaillage et entretien des chemins ruraux : lot réservé aux structures d'insertion par "
              "l'activité économique mentionnées à l'article L. 5132-4 du code du travail et aux structures "
              "équivalentes."],
             "Les candidats peuvent répondre à un seul lot ou aux deux lots."),
          *f_contenu(c, 2, ["le RC ;", "le CCAP commun ;", "le CCTP ;", "l'AE ;", "les BPU des lots 1 et 2."]),
          *f_candidature(c, 2),
          *A("Critères d'attribution",
             "Prix : 50 %. Valeur technique : 50 % (organisation des équipes et encadrement : 25 % ; matériel : "
             "15 % ; planning d'intervention : 10 %)."),
          *f_remise(c, 2, "vendredi 2 avril 2027, 12 heures"), *f_renseignements(c, 0)]
    ccap = [TITLE("VILLE DE MONTCLAR-SUR-VÈZE", "C.C.A.P.", "Entretien des espaces verts et des chemins communaux"),
            *A("Objet et lots",
               "Le présent CCAP s'applique aux deux lots de la consultation. Le lot 1 est réservé aux EA et ESAT "
               "(article L. 2113-12 du CCP) ; le lot 2 est réservé aux SIAE."),
            *A("Forme et durée",
               "Chaque lot fait l'objet d'un accord-cadre à bons de commande mono-attributaire, conclu pour une "
               "période initiale d'un an à compter de sa notification, reconductible tacitement deux fois par "
               "période d'un an, sans que sa durée totale puisse excéder trois ans."),
            *A("Montants minimum et maximum",
               "Pour chaque période d'exécution, les montants sont les suivants :",
               ["lot 1 : minimum de cinq mille euros (5~000 €) HT, maximum de quarante-cinq mille euros "
                "(45¦SB¦000 €) HT ;",
                "lot 2 : minimum de trois mille euros (3~000 €) HT, maximum de trente mille euros (30¦SB¦000 €) HT."],
               "Ces montants s'appliquent à l'identique à la période initiale et à chacune des périodes de "
               "reconduction."),
            *f_bc(c, 1), *f_prix(c, 2), *f_paiement(c, 0),
            *A("Prescriptions environnementales d'exécution",
               "Le titulaire applique la gestion différenciée définie au CCTP. L'usage de produits "
               "phytopharmaceutiques est proscrit. Les déchets verts sont déposés à la plateforme de compostage "
               "intercommunale ; les tickets de pesée sont joints aux factures."),
            *f_penalites(c, 0, "jour de retard dans l'exécution d'un bon de commande"),
            *f_assurances(c, 1), *f_resiliation(c, 0), *f_litiges(c, 0)]
    ae = [TITLE("Ville de Montclar-sur-Vèze", "ACTE D'ENGAGEMENT", "MSV-EV-2027"),
          *AE_ident(c, "Entretien des espaces verts et des chemins communaux – accord-cadre à bons de commande "
                       "d'une durée d'un an reconductible deux fois.", "217 603 512 00017"),
          *AE_titulaire(0),
          H("D – Lot(s) et montants par période annuelle"),
          TAB([["Lot", "Réservation", "Minimum HT", "Maximum HT", "Je soumissionne"],
               ["1 – Parcs et squares", "EA / ESAT (art. L. 2113-12)", "5 000 €", "45 000 €", "☐"],
               ["2 – Chemins ruraux", "SIAE", "3 000 €", "30 000 €", "☐"]],
              widths=[0.24, 0.28, 0.15, 0.15, 0.18], align="llrrl"),
          P("Le candidat joint la justification de sa qualité d'EA, d'ESAT ou de SIAE (agrément ou convention en "
            "cours de validité)."),
          *AE_signature(c)]
    bpu = [TITLE("MSV-EV-2027", "BORDEREAU DES PRIX UNITAIRES", "Lots 1 et 2"),
           P("Prix en euros hors taxes. Les prix comprennent l'évacuation des déchets verts."),
           TAB([["N°", "Prestation", "Unité", "Prix HT"],
                ["1.1", "Tonte de pelouse d'agrément", "100 m²", ""],
                ["1.2", "Taille de haie, deux faces", "ml", ""],
                ["1.3", "Désherbage manuel des massifs", "heure", ""],
                ["2.1", "Débroussaillage d'accotement", "km", ""],
                ["2.2", "Fauchage tardif", "ha", ""]], widths=[0.1, 0.5, 0.2, 0.2], align="lllr")]
    pieces = [
        PC("d03_avis.xml", "AVIS", hdr, "", None,
           L(marche_reserve=1, reserve_base="L2113-12;L2113-13", clause_environnementale=1,
             allotissement=1, nb_lots=2, montant_estime_ht=180000,
             evidence=["Marché alloti en 2 lots",
                       "(article L. 2113-12 du code de la commande publique)",
                       "Lot réservé aux structures d'insertion par l'activité économique.",
                       "Gestion différenciée sans produit phytosanitaire", "180000"]),
           xml=D03_XML),
        PC("d03_RC.pdf", "RC", hdr, "RC – MSV-EV-2027", rc,
           L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=1, nb_lots=2,
             evidence=["La consultation est divisée en deux lots", "article L. 2113-12",
                       "lot réservé aux structures d'insertion par l'activité économique"]), hyphen=True),
        PC("d03_CCAP.pdf", "CCAP", hdr, "CCAP – MSV-EV-2027", ccap,
           L(marche_reserve=1, reserve_base="L2113-12;L2113-13", clause_environnementale=1, allotissement=1,
             nb_lots=2, montant_max_ht=225000,
             evidence=["s'applique aux deux lots", "(article L. 2113-12 du CCP) ; le lot 2 est réservé aux SIAE",
                       "reconductible tacitement deux fois", "(45 000 €) HT", "(30 000 €) HT",
                       "[(45 000 + 30 000) x 3 périodes = 225 000]", "produits phytopharmaceutiques est proscrit"]),
           cols=2, style="caps"),
        PC("d03_AE.docx", "AE", hdr, "AE – MSV-EV-2027", ae,
           L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=1, nb_lots=2, montant_max_ht=225000,
             evidence=["EA / ESAT (art. L. 2113-12)", "SIAE", "un an reconductible deux fois", "45 000 €", "30 000 €",
                       "[(45 000 + 30 000) x 3 = 225 000]"])),
        PC("d03_BPU.docx", "BPU", hdr, "BPU – MSV-EV-2027", bpu, L(allotissement=1,
           evidence=["Lots 1 et 2"])),
    ]
    return dict(id="d03", title="Ville de Montclar-sur-Vèze – espaces verts, 2 lots réservés (EA/ESAT et SIAE)",
                pieces=pieces, pos=["marche_reserve", "clause_environnementale"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=180000, montant_max_ht=225000,
                         reserve_base="L2113-12;L2113-13"),
                note="montant_max_ht : maxima par période annuelle écrits en lettres et en chiffres (CCAP) : lot 1 "
                     "45 000, lot 2 30 000 ; 1 an + 2 reconductions = 3 périodes : (45 000 + 30 000) x 3 = 225 000. "
                     "montant_estime_ht : avis XML, <valeurEstimee ht=\"oui\">180000</valeurEstimee>. reserve_base : "
                     "lot 1 L2113-12 (article cité) ; lot 2 « SIAE » sans article -> L2113-13 (les mots priment sur la "
                     "case RESERVED_ORGANISATIONS_SERVICE_MISSION cochée dans l'avis). Pièges : minima 5 000 et "
                     "3 000 ; pondérations ; pas d'insertion (réservation seulement).")


# d04 — Val-de-Sorne Habitat (OPH) : nettoyage des parties communes, 3 lots, heures d'insertion par lot
def d04():
    c = C("Val-de-Sorne Habitat", "Dijon", "fournitures courantes et services", 30,
          "https://vds-habitat.achatpublic-demo.fr", "VSH-2027-NET")
    hdr = "Val-de-Sorne Habitat – Nettoyage des parties communes – VSH-2027-NET"
    avis = [TITLE("AVIS DE MARCHÉ – SERVICES", "Val-de-Sorne Habitat, office public de l'habitat", "Réf. VSH-2027-NET"),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : nettoyage et entretien des parties communes des résidences du patrimoine."),
            P("II.1.5) Valeur totale estimée hors TVA : 852~000,00 EUR."),
            P("II.1.6) Informations sur les lots : ce marché est divisé en lots : oui. Nombre de lots : 3 (secteur "
              "Nord, secteur Centre, secteur Sud)."),
            P("II.2.5) Critères d'attribution : prix 50 % ; valeur technique 40 % ; performance en matière "
              "d'insertion professionnelle des publics en difficulté 10 %."),
            P("II.2.7) Durée : 12 mois, reconductible trois fois."),
            H("Section III : Renseignements d'ordre juridique"),
            P("III.1.5) Marché réservé : non."),
            P("III.2.2) Conditions particulières d'exécution : clause sociale d'insertion par l'activité économique "
              "(heures d'insertion fixées par lot au CCAP)."),
            H("Section IV : Procédure"),
            P("IV.1.1) Appel d'offres ouvert. IV.2.2) Date limite : 19 avril 2027 à 12:00.")]
    rc = [TITLE("Val-de-Sorne Habitat", "RÈGLEMENT DE CONSULTATION",
                "Nettoyage et entretien des parties communes – appel d'offres ouvert"),
          *A("Objet",
             "Nettoyage des halls, cages d'escalier, paliers, ascenseurs, locaux vélos et locaux à ordures "
             "ménagères des résidences de l'office, ainsi que la sortie et la rentrée des conteneurs."),
          *A("Découpage en lots et estimation",
             "Le marché est décomposé en trois lots géographiques. L'estimation annuelle de l'office est la "
             "suivante :"),
          RTAB([["Lot", "Secteur", "Logements", "Estimation annuelle (€ HT / an)"],
                ["1", "Nord – Les Tilleuls, Bel-Air", "1 240", "95 000"],
                ["2", "Centre – Gare, Saint-Éloi", "860", "70 000"],
                ["3", "Sud – Les Vergnes", "610", "48 000"]], widths=[0.08, 0.44, 0.16, 0.32], align="llrr"),
          P("Le marché est conclu pour un an, reconductible trois fois par période d'un an."),
          *A("Clause sociale",
             "Chaque lot comporte une condition d'exécution relative à l'insertion professionnelle, dont le volume "
             "d'heures est fixé au CCAP. Pour information, ce volume représente environ 10 % du temps de main-"
             "d'œuvre nécessaire à l'exécution du marché."),
          *f_candidature(c, 0),
          *A("Jugement des offres",
             "Les offres sont jugées lot par lot sur les critères suivants :",
             ["prix : 50 % ;", "valeur technique (moyens humains, fréquences, contrôle qualité) : 40 % ;",
              "performance en matière d'insertion professionnelle des publics en difficulté, appréciée au vu "
              "des modalités d'accueil, de tutorat et de formation proposées : 10 %."]),
          *f_validite(c, 2), *f_remise(c, 0, "lundi 19 avril 2027 à 12h00")]
    ccap = [TITLE("Val-de-Sorne Habitat", "Cahier des clauses administratives particulières",
                  "Nettoyage et entretien des parties communes (lots 1 à 3)"),
            *A("Objet – décomposition",
               "Le marché comporte trois lots, chacun attribué séparément. Chaque lot est un marché à prix "
               "forfaitaires mensuels, complété de prix unitaires pour les prestations ponctuelles."),
            *A("Durée",
               "Le marché prend effet le 1er juillet 2027 pour une durée d'un an. Il est reconduit tacitement "
               "trois fois au plus ; sa durée totale ne peut excéder quatre ans."),
            *f_prix(c, 0, revisable=True), *f_paiement(c, 1),
            *A("Clause d'insertion",
               "Le titulaire de chaque lot réserve aux personnes éloignées de l'emploi un volume minimal d'heures "
               "de travail, sur la durée totale du marché, fixé comme suit :",
               ["lot 1 : 1~200 heures (soit 300 heures par année d'exécution) ;",
                "lot 2 : 900 heures (soit 225 heures par année) ;",
                "lot 3 : 600 heures (soit 150 heures par année)."],
               "Les publics éligibles sont validés par le facilitateur de la Maison de l'emploi du Sornois. Le "
               "titulaire transmet un état trimestriel des heures réalisées. Chaque heure non réalisée donne lieu "
               "à une pénalité de 40 € HT."),
            *f_penalites(c, 2), *f_soustraitance(c, 0), *f_travail(c, 0), *f_rgpd(c, 0), *f_litiges(c, 0)]
    cctp = [TITLE("Val-de-Sorne Habitat", "CCTP – LOT 2 – SECTEUR CENTRE", "Nettoyage des parties communes"),
            *A("Périmètre du lot",
               "Le lot 2 comprend 23 entrées d'immeubles (860 logements) réparties sur les résidences Gare et "
               "Saint-Éloi. La liste des entrées et leurs surfaces figurent en annexe."),
            *A("Fréquences",
               "Halls et ascenseurs : cinq passages par semaine. Escaliers et paliers : deux passages par semaine. "
               "Vitrerie des halls : une fois par mois. Locaux à ordures : lavage hebdomadaire."),
            *A("Produits et matériels",
               "Les produits d'entretien utilisés portent l'Écolabel européen ou un label équivalent, à "
               "l'exception des produits désinfectants dont l'usage est limité aux locaux à ordures. Le titulaire "
               "privilégie la microfibre et les centrales de dilution ; les emballages vides sont repris par le "
               "fournisseur ou déposés en déchèterie professionnelle."),
            *A("Contrôle qualité",
               "Un contrôle contradictoire est réalisé chaque mois avec le gardien de secteur sur la base de la "
               "grille figurant en annexe 2 ; une note inférieure à 14/20 entraîne une visite de reprise sous "
               "48 heures.")]
    dpgf = [TITLE("VSH-2027-NET", "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE", "À remplir pour chaque lot"),
            P("Lot : ☐ 1 ☐ 2 ☐ 3 — Indiquer les prix mensuels en euros hors taxes."),
            TAB([["Prestation", "Fréquence", "Prix mensuel HT", "Prix annuel HT"],
                 ["Halls et ascenseurs", "5/semaine", "", ""],
                 ["Escaliers et paliers", "2/semaine", "", ""],
                 ["Vitrerie des halls", "1/mois", "", ""],
                 ["Locaux à ordures ménagères", "1/semaine", "", ""],
                 ["Sortie et rentrée des conteneurs", "selon collecte", "", ""],
                 ["TOTAL", "", "", ""]], widths=[0.4, 0.2, 0.2, 0.2], align="llrr")]
    pieces = [
        PC("d04_avis.txt", "AVIS", hdr, "", avis,
           L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=3,
             montant_estime_ht=852000,
             evidence=["Valeur totale estimée hors TVA : 852 000,00 EUR", "Nombre de lots : 3",
                       "performance en matière d'insertion professionnelle des publics en difficulté 10 %",
                       "clause sociale d'insertion par l'activité économique"])),
        PC("d04_RC.pdf", "RC", hdr, "RC VSH-2027-NET", rc,
           L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=3,
             evidence=["décomposé en trois lots géographiques",
                       "Chaque lot comporte une condition d'exécution relative à l'insertion professionnelle",
                       "performance en matière d'insertion professionnelle des publics en difficulté"]),
           hyphen=True),
        PC("d04_CCAP.docx", "CCAP", hdr, "CCAP VSH-2027-NET", ccap,
           L(clause_sociale=1, clause_insertion=1, heures_insertion=2700, allotissement=1, nb_lots=3,
             evidence=["Le marché comporte trois lots", "lot 1 : 1 200 heures", "lot 2 : 900 heures",
                       "lot 3 : 600 heures", "[total sur la durée du marché : 1 200 + 900 + 600 = 2 700]"])),
        PC("d04_CCTP_lot2.pdf", "CCTP", hdr, "CCTP lot 2 – VSH-2027-NET", cctp,
           L(clause_environnementale=1, allotissement=1,
             evidence=["Le lot 2 comprend 23 entrées", "portent l'Écolabel européen ou un label équivalent"]),
           hyphen=True, style="art"),
        PC("d04_DPGF.docx", "DPGF", hdr, "DPGF VSH-2027-NET", dpgf,
           L(allotissement=1, nb_lots=3, evidence=["Lot : ☐ 1 ☐ 2 ☐ 3"])),
    ]
    return dict(id="d04", title="Val-de-Sorne Habitat – nettoyage des parties communes (3 lots, insertion par lot)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=2700, allotissement=1, nb_lots=3, montant_estime_ht=852000),
                note="heures_insertion : CCAP, heures par lot sur la durée totale : 1 200 + 900 + 600 = 2 700 (les "
                     "chiffres annuels 300/225/150 en sont la décomposition, le RC ne donne qu'une part indicative de "
                     "10 %). montant_estime_ht : avis, « valeur totale estimée hors TVA : 852 000 » ; le RC ne donne que "
                     "des estimations annuelles par lot (95 000 + 70 000 + 48 000 = 213 000 par an, x 4 ans = 852 000, "
                     "cohérent). Pas d'accord-cadre : pas de maximum. Pièges : « Marché réservé : non », pénalité "
                     "40 € HT, logements, 14/20, 48 heures.")


# d05 — Commune de Saint-Orens-du-Lys : aménagement de la place du Marché (travaux, non alloti, tranches)
def d05():
    c = C("la commune de Saint-Orens-du-Lys", "Toulouse", "travaux", 30,
          "https://saint-orens-du-lys.marches-publics.info", "SOL-2027-03")
    hdr = "Commune de Saint-Orens-du-Lys – Aménagement de la place du Marché – SOL-2027-03"
    rc = [TITLE("Commune de Saint-Orens-du-Lys (Haute-Garonne)", "REGLEMENT DE LA CONSULTATION",
                "Aménagement de la place du Marché et de ses abords", "MAPA de travaux – art. R.2123-1 du CCP"),
          *A("Objet et tranches",
             "Les travaux comprennent une tranche ferme et deux tranches optionnelles :",
             ["tranche ferme : place du Marché (démolition des revêtements, réseaux, pavage, mobilier) ;",
              "tranche optionnelle n° 1 : rue des Cordeliers ;",
              "tranche optionnelle n° 2 : venelle du Lavoir."]),
          *A("Allotissement",
             "Le marché n'est pas alloti. Les prestations de voirie, de réseaux et de pavage sont étroitement "
             "imbriquées sur un espace restreint et ouvert à la circulation piétonne ; leur coordination par un "
             "seul titulaire est nécessaire à la sécurité du chantier. Les groupements sont admis."),
          *A("Estimation",
             "L'estimation du maître d'œuvre, en valeur mars 2027, est la suivante : tranche ferme 420~000 € HT ; "
             "tranche optionnelle n° 1 130¦SB¦000 € HT ; tranche optionnelle n° 2 85¦SB¦000 € HT, soit au total "
             "635¦SB¦000 € HT."),
          *A("Clause d'insertion",
             "Les candidats sont informés que le marché comporte une clause d'insertion par l'activité "
             "économique (article 8 du CCAP), dont le suivi est assuré par le PLIE du Lauragais Ouest."),
          *f_contenu(c, 0, ["le RC ;", "l'AE ;", "le CCAP ;", "le CCTP et les plans ;", "le DQE."]),
          *A("Critères", "Prix : 60 %. Valeur technique : 40 % (méthodologie 20 %, moyens 10 %, délais 10 %)."),
          *A("Visite", "Une visite du site est conseillée ; elle peut être effectuée librement, la place étant "
                       "ouverte au public."),
          *f_remise(c, 2, "jeudi 15 avril 2027 à 17h00"), *f_renseignements(c, 1)]
    ccap = [TITLE("Commune de Saint-Orens-du-Lys", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES",
                  "Aménagement de la place du Marché – marché unique à tranches"),
            *A("Objet", "Le présent marché, non alloti, porte sur l'aménagement de la place du Marché et de ses "
                        "abords. Il comporte une tranche ferme et deux tranches optionnelles."),
            *A("Tranches optionnelles",
               "L'affermissement de chaque tranche optionnelle est notifié par ordre de service dans un délai de "
               "douze mois à compter de la notification du marché. Aucune indemnité d'attente ou de dédit n'est "
               "due en cas de non-affermissement."),
            *A("Délais", "Tranche ferme : 5 mois. Tranche optionnelle n° 1 : 2 mois. Tranche optionnelle n° 2 : "
                         "6 semaines. Période de préparation : 1 mois."),
            *f_prix(c, 2), *f_paiement(c, 2), *f_garantie(c, 0),
            *A("Réemploi des matériaux",
               "Les pavés de grès déposés sur la place sont triés, nettoyés et réemployés en priorité dans les "
               "bordures de la tranche ferme ; les excédents sont stockés au centre technique municipal. Les "
               "enrobés déposés sont orientés vers une installation de recyclage ; les justificatifs sont remis "
               "avec le DOE."),
            *A("Insertion professionnelle",
               "Le titulaire réalise une action d'insertion professionnelle au profit de personnes rencontrant des "
               "difficultés d'accès à l'emploi. Le volume minimal est de 490 heures de travail (tranche ferme : "
               "350 heures ; tranche optionnelle n° 1 : 140 heures ; aucune heure pour la tranche optionnelle "
               "n° 2). Si la tranche optionnelle n° 1 n'est pas affermie, l'obligation est ramenée à 350 heures."),
            *f_penalites(c, 0), *f_reception(c, 0), *f_travail(c, 1), *f_litiges(c, 1)]
    ae = [TITLE("Commune de Saint-Orens-du-Lys", "ACTE D'ENGAGEMENT", "Marché de travaux SOL-2027-03"),
          *AE_ident(c, "Aménagement de la place du Marché et de ses abords – marché unique comportant une tranche "
                       "ferme et deux tranches optionnelles.", "212 104 688 00010"),
          *AE_titulaire(1),
          H("D – Prix"),
          TAB([["Tranche", "Montant HT", "TVA 20 %", "Montant TTC"],
               ["Tranche ferme", "", "", ""], ["Tranche optionnelle n° 1", "", "", ""],
               ["Tranche optionnelle n° 2", "", "", ""], ["Total", "", "", ""]],
              widths=[0.4, 0.2, 0.2, 0.2], align="lrrr"),
          P("Pour mémoire, l'enveloppe prévisionnelle toutes tranches confondues est de 762~000 € TTC."),
          H("E – Délai"), P("Cf. article 3 du CCAP."),
          *AE_signature(c)]
    dqe = [TITLE("SOL-2027-03", "DÉTAIL QUANTITATIF ESTIMATIF", "Tranche ferme – place du Marché"),
           P("Le DQE sert au jugement des offres ; les quantités sont estimatives."),
           RTAB([["N°", "Désignation", "U", "Qté", "Prix unitaire (€ HT)", "Montant"],
                 ["1", "Installation de chantier", "ft", "1", "", ""],
                 ["2", "Dépose soignée de pavés de grès", "m²", "1 150", "", ""],
                 ["3", "Tranchée pour réseaux, y compris remblai", "ml", "320", "", ""],
                 ["4", "Fourniture et pose de pavés de réemploi", "m²", "640", "", ""],
                 ["5", "Fourniture et pose de pavés neufs", "m²", "510", "", ""],
                 ["6", "Bancs et corbeilles", "u", "12", "", ""],
                 ["", "Total HT de la tranche ferme", "", "", "", ""]],
                widths=[0.06, 0.44, 0.06, 0.1, 0.18, 0.16], align="lllrrr")]
    rect = [TITLE("AVIS RECTIFICATIF N° 1", "Commune de Saint-Orens-du-Lys – SOL-2027-03",
                  "Aménagement de la place du Marché et de ses abords"),
            P("Référence de l'avis initial : publié le 4 mars 2027 sur le profil d'acheteur et au JAL La Dépêche."),
            H("Objet de la rectification"),
            P("Le périmètre de la tranche optionnelle n° 2 est étendu à l'éclairage de la venelle du Lavoir. En "
              "conséquence, l'article 3 du règlement de la consultation est modifié comme suit :"),
            P("Au lieu de : « tranche optionnelle n° 2 85 000 € HT, soit au total 635 000 € HT »."),
            P("Lire : « tranche optionnelle n° 2 105 000 € HT, soit au total 655 000 € HT »."),
            H("Autres informations"),
            P("La date limite de remise des offres est reportée au jeudi 22 avril 2027 à 17h00. Les autres "
              "mentions de l'avis initial sont inchangées.")]
    pieces = [
        PC("d05_RC.pdf", "RC", hdr, "SOL-2027-03 – RC", rc,
           L(clause_sociale=1, clause_insertion=1, allotissement=0, montant_estime_ht=635000,
             evidence=["Le marché n'est pas alloti", "soit au total 635 000 € HT",
                       "le marché comporte une clause d'insertion par l'activité économique"]),
           style="caps", noacc=False, hyphen=True),
        PC("d05_CCAP.pdf", "CCAP", hdr, "SOL-2027-03 – CCAP", ccap,
           L(clause_sociale=1, clause_insertion=1, heures_insertion=490, clause_environnementale=1, allotissement=0,
             evidence=["Le présent marché, non alloti", "Le volume minimal est de 490 heures de travail",
                       "pavés de grès déposés sur la place sont triés, nettoyés et réemployés"]), style="art"),
        PC("d05_AE.docx", "AE", hdr, "SOL-2027-03 – AE", ae, L()),
        PC("d05_DQE.pdf", "DQE", hdr, "SOL-2027-03 – DQE", dqe, L()),
        PC("d05_avis_2.txt", "AVIS", hdr, "", rect,
           L(montant_estime_ht=655000, evidence=["Lire : « tranche optionnelle n° 2 105 000 € HT, soit au total "
                                                 "655 000 € HT »"])),
    ]
    return dict(id="d05", title="Commune de Saint-Orens-du-Lys – place du Marché (travaux, non alloti, tranches, "
                                "avis rectificatif)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=490, allotissement=0, montant_estime_ht=655000),
                note="montant_estime_ht : le RC donnait 420 000 + 130 000 + 85 000 = 635 000 € HT (tranches "
                     "optionnelles comprises) ; l'avis rectificatif n° 1 porte la TO2 à 105 000 et le total à "
                     "655 000 € HT, qui prime. L'AE ne donne que 762 000 € TTC (ancienne enveloppe 635 000 x 1,2 : "
                     "pièce non mise à jour). heures_insertion : CCAP, 490 heures écrites (350 TF + 140 TO1). Non "
                     "alloti (RC, CCAP). Pas de maximum. Pièges : 350 heures si TO1 non affermie, quantités du DQE, "
                     "1 150 m².")


# d06 — Université de Valmeuse : TMA et hébergement du SI scolarité (accord-cadre, 2 lots) — livré en ZIP
def d06():
    c = C("l'Université de Valmeuse", "Nancy", "techniques de l'information et de la communication", 30,
          "https://marches.univ-valmeuse.fr", "UV-DSI-2027-02")
    hdr = "Université de Valmeuse – DSI – TMA et hébergement SI scolarité – UV-DSI-2027-02"
    rc = [TITLE("Université de Valmeuse – Direction des systèmes d'information", "Règlement de la consultation",
                "Tierce maintenance applicative et hébergement du système d'information scolarité",
                "Appel d'offres ouvert – accords-cadres à bons de commande"),
          *A("Objet",
             "La consultation porte sur la maintenance corrective et évolutive des applications de gestion de la "
             "scolarité (inscriptions, examens, diplômes) et sur l'hébergement de ces applications."),
          *A("Allotissement",
             "Les prestations sont réparties en 2 lots : lot 1 – tierce maintenance applicative ; lot 2 – "
             "hébergement et infogérance. Chaque lot donne lieu à un accord-cadre mono-attributaire sans minimum."),
          *A("Durée", "Chaque accord-cadre est conclu pour quatre ans, non reconductible."),
          *f_contenu(c, 1, ["le RC ;", "le CCAP ;", "le CCTP et ses annexes ;", "l'AE ;", "l'annexe financière "
                            "(BPU)."]),
          *f_candidature(c, 1),
          *A("Critères d'attribution",
             "Lot 1 : valeur technique 60 % ; prix 40 %. Lot 2 : valeur technique 50 % ; prix 35 % ; performance "
             "environnementale de l'hébergement (efficacité énergétique du centre de données, PUE garanti) 15 %."),
          *A("Audition", "Les trois candidats les mieux classés de chaque lot pourront être auditionnés en visio-"
                         "conférence pendant 1 h 30."),
          *f_remise(c, 0, "mardi 6 avril 2027 à 14h00")]
    ccap = [TITLE("UNIVERSITÉ DE VALMEUSE", "CCAP", "Accords-cadres TMA (lot 1) et hébergement (lot 2) – UV-DSI-2027-02"),
            *A("Objet et lots", "Le présent CCAP est commun aux deux lots. Chaque lot est exécuté au moyen de bons "
                                "de commande, sans montant minimum."),
            *A("Montants maximums",
               "Les montants maximums de commandes, pour la durée totale de quatre ans, sont fixés à 1^200^000 € HT "
               "pour le lot 1 et à 600^000 € HT pour le lot 2."),
            *f_bc(c, 0),
            *A("Durée", "Les accords-cadres prennent effet à la date de notification pour une durée de quatre ans. "
                        "Ils ne sont pas reconduits."),
            *A("Niveaux de service",
               "Lot 1 : prise en compte des anomalies bloquantes en 2 heures ouvrées, correction sous 1 jour ouvré. "
               "Lot 2 : disponibilité de 99,8 % mesurée sur le mois en heures ouvrées (8 h – 19 h)."),
            *f_prix(c, 1), *f_paiement(c, 0), *f_penalites(c, 1), *f_rgpd(c, 0),
            *A("Réversibilité", "En fin de marché, le titulaire restitue les données, le code source et la "
                                "documentation ; la phase de réversibilité dure trois mois au plus."),
            *f_resiliation(c, 0), *f_litiges(c, 0)]
    cctp = [TITLE("Université de Valmeuse – DSI", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "TMA et hébergement du SI scolarité"),
            *A("Contexte technique",
               "Le SI scolarité repose sur une architecture Java/PostgreSQL. Trois environnements sont maintenus : "
               "développement, recette et production. L'insertion des données des candidats est réalisée par "
               "import quotidien depuis la plateforme nationale."),
            *A("Lot 1 – Maintenance",
               "Le titulaire assure la maintenance corrective, adaptative et évolutive. Le volume d'évolutions est "
               "estimé à 900 jours-hommes sur la durée du marché. Une astreinte de 200 heures par an est prévue en "
               "période d'inscriptions."),
            *A("Lot 2 – Hébergement",
               "Le centre de données présente un indicateur d'efficacité énergétique (PUE) annuel inférieur ou égal "
               "à 1,4. Le titulaire remet chaque année un rapport de consommation électrique des serveurs dédiés et "
               "met hors tension les environnements de développement en dehors des heures ouvrées. Les équipements "
               "remplacés sont confiés à une filière de réemploi ou de recyclage agréée (DEEE)."),
            *A("Sécurité", "Le titulaire applique la politique de sécurité des systèmes d'information de l'État "
                           "(PSSIE) et signale tout incident sous 4 heures."),
            *A("Gouvernance", "Comité de suivi mensuel ; comité de pilotage semestriel ; tableau de bord des "
                              "indicateurs.")]
    ae = [TITLE("Université de Valmeuse", "ACTE D'ENGAGEMENT – LOT 1", "Tierce maintenance applicative"),
          *AE_ident(c, "Accord-cadre à bons de commande – lot 1 : tierce maintenance applicative du SI "
                       "scolarité.", "193 509 231 00018"),
          *AE_titulaire(0),
          H("D – Montant"),
          P("Accord-cadre sans minimum. Montant maximum sur la durée de l'accord-cadre : 1^440^000 € TTC."),
          H("E – Durée"), P("Quatre ans à compter de la notification."),
          *AE_signature(c)]
    bpu = [TITLE("UV-DSI-2027-02", "ANNEXE FINANCIÈRE – BORDEREAU DES PRIX", "Lots 1 et 2"),
           P("Les prix sont exprimés en euros hors TVA."),
           TAB([["Code", "Unité d'œuvre", "Prix unitaire"],
                ["L1-01", "Jour de développeur confirmé", ""],
                ["L1-02", "Jour de chef de projet", ""],
                ["L1-03", "Heure d'astreinte", ""],
                ["L2-01", "Machine virtuelle standard (mois)", ""],
                ["L2-02", "To de stockage sauvegardé (mois)", ""]], widths=[0.15, 0.6, 0.25], align="llr")]
    pieces = [
        PC("RC_UV-DSI-2027-02.docx", "RC", hdr, "RC", rc,
           L(critere_environnemental=1, allotissement=1, nb_lots=2,
             evidence=["Les prestations sont réparties en 2 lots",
                       "performance environnementale de l'hébergement (efficacité énergétique du centre de données, "
                       "PUE garanti) 15 %"])),
        PC("CCAP_UV-DSI-2027-02.pdf", "CCAP", hdr, "CCAP", ccap,
           L(allotissement=1, nb_lots=2, montant_max_ht=1800000,
             evidence=["commun aux deux lots", "1 200 000 € HT pour le lot 1 et à 600 000 € HT pour le lot 2",
                       "[1 200 000 + 600 000 = 1 800 000]"]), style="chap"),
        PC("CCTP_UV-DSI-2027-02.pdf", "CCTP", hdr, "CCTP", cctp,
           L(clause_environnementale=1, allotissement=1,
             evidence=["Lot 2 – Hébergement", "PUE) annuel inférieur ou égal à 1,4",
                       "remet chaque année un rapport de consommation électrique"]), cols=2, hyphen=True),
        PC("AE_UV-DSI-2027-02.docx", "AE", hdr, "AE lot 1", ae,
           L(allotissement=1, evidence=["lot 1 : tierce maintenance applicative"])),
        PC("BPU_UV-DSI-2027-02.docx", "BPU", hdr, "Annexe financière", bpu,
           L(allotissement=1, evidence=["Lots 1 et 2"])),
    ]
    return dict(id="d06", title="Université de Valmeuse – TMA et hébergement (accords-cadres, 2 lots, ZIP)",
                zip={}, pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_max_ht=1800000),
                note="montant_max_ht : CCAP, maxima par lot sur la durée totale (espaces fines) : 1 200 000 + 600 000 "
                     "= 1 800 000 ; l'AE du lot 1 ne donne que 1 440 000 € TTC. Pas de montant estimé (900 jours-"
                     "hommes n'est pas un montant). Aucune considération sociale. Pièges : « insertion des données », "
                     "« environnements de recette », astreinte de 200 heures par an, heures ouvrées, 99,8 %.")


# d07 — SIRC du Haut-Lizon : denrées alimentaires, 5 lots, maxima annuels par lot dans un tableau du RC
def d07():
    c = C("le Syndicat intercommunal de restauration collective du Haut-Lizon", "Besançon",
          "fournitures courantes et services", 30, "https://sirc-haut-lizon.e-marches.fr", "SIRC-DA-2027")
    hdr = "SIRC du Haut-Lizon – Denrées alimentaires 2027-2031 – SIRC-DA-2027"
    lots = [["1", "Épicerie et produits secs", "60 000"], ["2", "Produits laitiers et ovoproduits", "45 000"],
            ["3", "Viandes fraîches (bœuf, veau, porc, volaille)", "80 000"],
            ["4", "Fruits et légumes frais, dont bio", "50 000"], ["5", "Produits surgelés", "35 000"]]
    avis = [TITLE("Avis d'appel public à la concurrence", "SIRC du Haut-Lizon – cuisine centrale de Morvilliers",
                  "Fournitures – appel d'offres ouvert"),
            P("Objet : fourniture de denrées alimentaires pour la cuisine centrale (1 850 repas par jour)."),
            P("Type de contrat : accords-cadres à bons de commande, mono-attributaires, d'une durée d'un an "
              "reconductible trois fois."),
            P("Valeur estimée hors TVA : 760~000 EUR pour la durée maximale des accords-cadres."),
            P("Division en lots : oui – 5 lots. Il est possible de soumettre des offres pour tous les lots."),
            P("Critères d'attribution : ceux énoncés dans les documents de la consultation."),
            P("Date limite de réception des offres : 26 avril 2027, 12 h."),
            P("Adresse du profil d'acheteur : https://sirc-haut-lizon.e-marches.fr")]
    rc = [TITLE("SIRC du Haut-Lizon", "RÈGLEMENT DE LA CONSULTATION", "Fourniture de denrées alimentaires"),
          *A("Objet", "Fourniture et livraison de denrées alimentaires à la cuisine centrale de Morvilliers, "
                      "qui prépare les repas des écoles, des EHPAD et du portage à domicile du syndicat."),
          *A("Lots et montants",
             "La consultation comporte cinq lots. Chaque lot donne lieu à un accord-cadre à bons de commande "
             "passé avec un seul opérateur, avec un montant maximum annuel fixé comme suit :"),
          RTAB([["Lot", "Désignation", "Montant maximum annuel (€ HT)"]] + lots,
               widths=[0.08, 0.6, 0.32], align="llr"),
          P("Aucun montant minimum n'est fixé. Les accords-cadres sont conclus pour un an et peuvent être "
            "reconduits trois fois ; le maximum annuel vaut pour chaque période."),
          *f_contenu(c, 2, ["le RC ;", "le CCAP ;", "les CCTP des lots 1 à 5 ;", "l'AE ;", "les BPU."]),
          *f_candidature(c, 0),
          *A("Jugement des offres",
             "Pour chaque lot : prix 50 % ; qualité gustative et technique des produits (fiches techniques, "
             "échantillons) 30 % ; performance en matière de protection de l'environnement (réduction des "
             "emballages, organisation des tournées de livraison) 20 %."),
          *f_remise(c, 1, "lundi 26 avril 2027 à 12h00")]
    ccap = [TITLE("SIRC du Haut-Lizon", "Cahier des clauses administratives particulières",
                  "Fourniture de denrées alimentaires – lots 1 à 5"),
            *A("Objet et forme",
               "Le présent CCAP est commun aux cinq lots. Chaque lot est un accord-cadre mono-attributaire "
               "exécuté par bons de commande. Les montants maximums annuels sont indiqués au règlement de la "
               "consultation et repris dans l'acte d'engagement."),
            *A("Durée",
               "Chaque accord-cadre est conclu pour une période initiale d'un an à compter du 1er septembre 2027. "
               "Il peut être reconduit tacitement trois fois par période d'un an. Les montants maximums annuels "
               "s'appliquent à chaque période."),
            *f_bc(c, 1), *f_livraison(c, 0),
            *A("Conditions environnementales d'exécution",
               "Le titulaire livre en caisses réutilisables ou en emballages recyclables ; les suremballages "
               "carton sont repris lors de la livraison suivante. Les livraisons sont regroupées, au plus trois "
               "par semaine, au moyen de véhicules répondant au moins à la norme Euro VI. Le titulaire "
               "communique chaque année la part, en valeur, des produits durables et de qualité au sens de "
               "l'article L.230-5-1 du code rural."),
            *f_prix(c, 0, revisable=False), *f_paiement(c, 0),
            SPLIT("Lorsque le titulaire ne peut livrer un produit commandé, il propose un produit de substitution "
                  "de qualité au moins équivalente, au même prix ; à défaut, le syndicat peut se fournir auprès",
                  "d'un autre fournisseur aux frais et risques du titulaire, la différence de prix étant "
                  "retenue sur les factures suivantes."),
            *f_penalites(c, 1), *f_resiliation(c, 1), *f_litiges(c, 1)]
    cctp4 = [TITLE("SIRC du Haut-Lizon", "CCTP – Lot 4", "Fruits et légumes frais, dont bio"),
             *A("Produits attendus",
                "Les fruits et légumes sont de catégorie I, de saison, livrés à maturité. Au moins 40 % des "
                "quantités commandées, en valeur, sont issues de l'agriculture biologique (règlement (UE) "
                "2018/848), le titulaire joignant les certificats de l'organisme certificateur."),
             *A("Calibres et conditionnements",
                "Pommes : calibre 65/70. Carottes : calibre moyen, lavées. Pommes de terre : 45/65, variétés "
                "à chair ferme pour la vapeur. Les conditionnements n'excèdent pas 15 kg."),
             *A("Contrôles à réception",
                "Température, aspect, calibre et étiquetage sont contrôlés à la réception par le magasinier ; "
                "les produits non conformes sont refusés et remplacés dans les 24 heures.")]
    bpu3 = [TITLE("SIRC-DA-2027", "BORDEREAU DES PRIX UNITAIRES – LOT 3", "Viandes fraîches"),
            TAB([["Code", "Produit", "Unité", "Quantité annuelle estimative", "Prix HT (€/kg)"],
                 ["V01", "Sauté de bœuf VBF, race à viande", "kg", "1 800", ""],
                 ["V02", "Rôti de veau", "kg", "650", ""],
                 ["V03", "Filet de poulet Label Rouge", "kg", "2 400", ""],
                 ["V04", "Sauté de porc sans os", "kg", "1 200", ""]],
                widths=[0.1, 0.4, 0.1, 0.2, 0.2], align="lllrr"),
            P("Les prix s'entendent franco de port et d'emballage, livraison comprise.")]
    pieces = [
        PC("d07_avis.txt", "AVIS", hdr, "", avis,
           L(allotissement=1, nb_lots=5, montant_estime_ht=760000,
             evidence=["Division en lots : oui – 5 lots", "Valeur estimée hors TVA : 760 000 EUR"])),
        PC("d07_RC.pdf", "RC", hdr, "RC – SIRC-DA-2027", rc,
           L(critere_environnemental=1, allotissement=1, nb_lots=5, montant_max_ht=1080000,
             evidence=["La consultation comporte cinq lots", "Montant maximum annuel (€ HT)",
                       "reconduits trois fois ; le maximum annuel vaut pour chaque période",
                       "[(60 000 + 45 000 + 80 000 + 50 000 + 35 000) x 4 = 1 080 000]",
                       "performance en matière de protection de l'environnement (réduction des emballages"]),
           style="num"),
        PC("d07_CCAP.pdf", "CCAP", hdr, "CCAP – SIRC-DA-2027", ccap,
           L(clause_environnementale=1, allotissement=1, nb_lots=5,
             evidence=["commun aux cinq lots", "livre en caisses réutilisables ou en emballages recyclables"]),
           hyphen=True),
        PC("d07_CCTP_4.docx", "CCTP", hdr, "CCTP lot 4", cctp4,
           L(clause_environnementale="?", allotissement=1,
             evidence=["CCTP – Lot 4", "Au moins 40 % des quantités commandées, en valeur, sont issues de "
                                        "l'agriculture biologique"])),
        PC("d07_BPU_3.docx", "BPU", hdr, "BPU lot 3", bpu3,
           L(allotissement=1, evidence=["LOT 3"])),
    ]
    return dict(id="d07", title="SIRC du Haut-Lizon – denrées alimentaires (5 lots, maxima annuels au RC)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=5, montant_estime_ht=760000, montant_max_ht=1080000),
                note="montant_max_ht : tableau du RC, maxima ANNUELS par lot (60 000 + 45 000 + 80 000 + 50 000 + "
                     "35 000 = 270 000 par an, sans total écrit, sans signe € dans les cellules) ; le CCAP fixe 1 an + "
                     "3 reconductions et dit que les maxima annuels s'appliquent à chaque période : 270 000 x 4 = "
                     "1 080 000 (le RC le dit aussi). montant_estime_ht : avis, 760 000 EUR HT pour la durée maximale. "
                     "Aucun total écrit nulle part. Clause environnementale : CCAP (emballages, tournées, Euro VI) ; le "
                     "CCTP lot 4 (40 % bio) est une spécification du produit acheté : « ? ». Pièges : 1 850 repas, "
                     "quantités du BPU, 15 kg, 24 heures, phrase coupée par un saut de page.")


# d08 — Département de la Haute-Vèze : accompagnement des bénéficiaires du RSA (services sociaux, L2113-15)
def d08():
    c = C("le Département de la Haute-Vèze", "Limoges", "fournitures courantes et services", 30,
          "https://marches.hauteveze.fr", "CD-HV-2027-RSA")
    hdr = "Département de la Haute-Vèze – Accompagnement socio-professionnel RSA – CD-HV-2027-RSA"
    rc = [TITLE("DÉPARTEMENT DE LA HAUTE-VÈZE – Direction de l'insertion", "Règlement de la consultation",
                "Accompagnement socio-professionnel des bénéficiaires du RSA",
                "Procédure adaptée – services sociaux et autres services spécifiques (art. R.2123-1 3° du CCP)"),
          *A("Objet",
             "Le Département confie à des opérateurs l'accompagnement renforcé de bénéficiaires du revenu de "
             "solidarité active éloignés de l'emploi : diagnostic, levée des freins périphériques (mobilité, "
             "garde d'enfants, santé), immersions en entreprise et mise en relation avec les employeurs."),
          *A("Lots",
             "Le marché est alloti par territoire d'action sociale : lot 1 – Vèze-Nord ; lot 2 – Plateau et "
             "Combrailles ; lot 3 – Vallée de la Sorlière. Le nombre de lots pouvant être attribués à un même "
             "candidat n'est pas limité."),
          *A("Marché réservé",
             "En application de l'article L. 2113-15 du code de la commande publique, le présent marché est "
             "réservé aux entreprises de l'économie sociale et solidaire mentionnées à l'article 1er de la loi "
             "n° 2014-856 du 31 juillet 2014, qui poursuivent un objectif d'utilité sociale lié à la prestation. "
             "Il n'est réservé ni au titre de l'article L. 2113-12 ni au titre de l'article L. 2113-13."),
          *f_candidature(c, 2),
          *A("Critères",
             "Prix : 30 %. Valeur technique : 70 %, dont méthodologie d'accompagnement 35 %, moyens humains "
             "affectés 20 %, ancrage territorial et partenariats 15 %."),
          *f_remise(c, 2, "vendredi 30 avril 2027 à 12h00"), *f_renseignements(c, 0)]
    ccap = [TITLE("Département de la Haute-Vèze", "C.C.A.P.", "Accompagnement socio-professionnel RSA – lots 1 à 3"),
            *A("Forme du marché",
               "Chaque lot est un accord-cadre mono-attributaire à bons de commande passé en application des "
               "articles R.2162-2 et R.2162-13 du code de la commande publique. Marché réservé (article L. 2113-15 "
               "du CCP)."),
            *A("Durée", "Trois ans à compter de la notification, sans reconduction."),
            *A("Montants",
               "Aucun minimum n'est fixé. Les montants maximums, pour toute la durée de l'accord-cadre, sont de "
               "300¦SB¦000 € HT pour le lot 1, de 240¦SB¦000 € HT pour le lot 2 et de 180¦SB¦000 € HT pour le lot 3."),
            *f_bc(c, 0), *f_prix(c, 2), *f_paiement(c, 1), *f_rgpd(c, 0),
            *A("Suivi de l'activité",
               "Le titulaire transmet chaque trimestre le nombre de personnes accompagnées, le nombre d'heures "
               "d'accompagnement individuel réalisées et les sorties (emploi durable, formation qualifiante). Le "
               "volume prévisionnel est de 1~800 heures d'accompagnement par an pour le lot 1."),
            *f_penalites(c, 2), *f_resiliation(c, 1), *f_litiges(c, 1)]
    cctp = [TITLE("Département de la Haute-Vèze", "Cahier des clauses techniques particulières",
                  "Accompagnement socio-professionnel des bénéficiaires du RSA"),
            *A("Public", "Bénéficiaires du RSA soumis aux droits et devoirs, orientés par le Département vers un "
                         "parcours socio-professionnel, notamment les personnes inscrites depuis plus de deux ans."),
            *A("Contenu de l'accompagnement",
               "Entretien de diagnostic dans les quinze jours suivant l'orientation ; contrat d'engagements "
               "réciproques ; au moins deux rendez-vous par mois ; ateliers collectifs (numérique, code de la "
               "route, techniques de recherche d'emploi) ; suivi dans l'emploi pendant six mois."),
            *A("Lieux", "Les permanences se tiennent dans les maisons départementales des solidarités ; le "
                        "titulaire peut recevoir dans ses propres locaux accessibles en transport en commun."),
            *A("Indicateurs", "Taux de sortie positive visé : 35 % des personnes accompagnées sur la durée du "
                              "marché.")]
    ae = [TITLE("Département de la Haute-Vèze", "ACTE D'ENGAGEMENT", "CD-HV-2027-RSA"),
          *AE_ident(c, "Accompagnement socio-professionnel des bénéficiaires du RSA – accords-cadres à bons de "
                       "commande (3 lots).", "224 500 017 00028"),
          *AE_titulaire(1),
          H("D – Lot(s) et estimation"),
          P("Le candidat coche le ou les lots pour lesquels il s'engage. L'estimation du Département, pour la "
            "durée totale, est indiquée pour chaque lot :"),
          TAB([["Lot", "Territoire", "Estimation HT", "☐"],
               ["1", "Vèze-Nord", "225 000 €", "☐"],
               ["2", "Plateau et Combrailles", "180 000 €", "☐"],
               ["3", "Vallée de la Sorlière", "135 000 €", "☐"]], widths=[0.1, 0.5, 0.25, 0.15], align="llrl"),
          P("Le candidat atteste qu'il a la qualité d'entreprise de l'économie sociale et solidaire (joindre "
            "les statuts)."),
          *AE_signature(c)]
    pieces = [
        PC("d08_RC.pdf", "RC", hdr, "RC – CD-HV-2027-RSA", rc,
           L(marche_reserve=1, reserve_base="L2113-15", allotissement=1, nb_lots=3,
             evidence=["lot 1 – Vèze-Nord ; lot 2 – Plateau et Combrailles ; lot 3 – Vallée de la Sorlière",
                       "En application de l'article L. 2113-15 du code de la commande publique, le présent marché "
                       "est réservé aux entreprises de l'économie sociale et solidaire"]), hyphen=True),
        PC("d08_CCAP.pdf", "CCAP", hdr, "CCAP – CD-HV-2027-RSA", ccap,
           L(marche_reserve=1, reserve_base="L2113-15", allotissement=1, nb_lots=3, montant_max_ht=720000,
             evidence=["lots 1 à 3", "Marché réservé (article L. 2113-15 du CCP)",
                       "300 000 € HT pour le lot 1, de 240 000 € HT pour le lot 2 et de 180 000 € HT pour le lot 3",
                       "[somme : 720 000]"]), cols=2, style="caps"),
        PC("d08_CCTP.docx", "CCTP", hdr, "CCTP – CD-HV-2027-RSA", cctp, L()),
        PC("d08_AE.docx", "AE", hdr, "AE – CD-HV-2027-RSA", ae,
           L(allotissement=1, nb_lots=3, montant_estime_ht=540000,
             evidence=["(3 lots)", "Estimation HT", "[225 000 + 180 000 + 135 000 = 540 000]"])),
    ]
    return dict(id="d08", title="Département de la Haute-Vèze – accompagnement RSA (3 lots, réservé ESS L2113-15)",
                pieces=pieces, pos=["marche_reserve"],
                values=V(allotissement=1, nb_lots=3, montant_estime_ht=540000, montant_max_ht=720000,
                         reserve_base="L2113-15"),
                note="reserve_base : L2113-15 cité (RC, CCAP) ; L2113-12 et L2113-13 cités pour être écartés. "
                     "montant_max_ht : CCAP, maxima par lot pour toute la durée : 300 000 + 240 000 + 180 000 = "
                     "720 000. montant_estime_ht : seule l'AE donne l'estimation, par lot, sans total : 225 000 + "
                     "180 000 + 135 000 = 540 000. Objet = insertion (accompagnement RSA) : pas une clause "
                     "d'insertion ; 1 800 heures d'accompagnement par an = volume de la prestation, pas des heures "
                     "d'insertion. Pièges : 35 %, deux ans, quinze jours.")


# d09 — Ville de Corvenne : construction du groupe scolaire des Aubiers (travaux, 8 lots)
def d09():
    c = C("la Ville de Corvenne", "Rennes", "travaux", 30, "https://corvenne.marches-bretagne.example",
          "VC-GS-2027")
    hdr = "Ville de Corvenne – Groupe scolaire des Aubiers – VC-GS-2027"
    lots8 = ["lot 1 – terrassements, gros œuvre ;", "lot 2 – charpente bois, ossature bois ;",
             "lot 3 – couverture, étanchéité ;", "lot 4 – menuiseries extérieures ;",
             "lot 5 – plomberie, sanitaires, chauffage ;", "lot 6 – électricité courants forts et faibles ;",
             "lot 7 – cloisons, doublages, peinture ;", "lot 8 – sols souples, carrelage."]
    rc = [TITLE("Ville de Corvenne", "RÈGLEMENT DE LA CONSULTATION", "Construction du groupe scolaire des Aubiers",
                "Procédure adaptée ouverte – marchés de travaux"),
          *A("Objet",
             "Construction d'un groupe scolaire de dix classes avec restaurant scolaire et accueil périscolaire, "
             "sur le terrain de l'ancienne ferme des Aubiers."),
          *A("Allotissement", "Les travaux sont décomposés en huit lots :", lots8),
          *A("Enveloppe financière",
             "L'enveloppe affectée aux travaux, tous lots confondus, est de 4~140¦SB¦000 € TTC."),
          *A("Insertion",
             "Les lots 1, 2, 3, 5 et 7 comportent une action d'insertion professionnelle dont le nombre d'heures "
             "est fixé pour chaque lot à l'article 10 du CCAP. À titre indicatif, l'objectif global de l'opération "
             "est d'environ 2~000 heures, soit 5 % des heures travaillées."),
          *f_contenu(c, 1, ["le RC ;", "le CCAP commun ;", "le CCTP et la DPGF de chaque lot ;",
                            "l'AE de chaque lot ;", "le dossier de plans."]),
          *f_candidature(c, 0),
          *A("Jugement des offres",
             "Critères et pondérations : prix 50 % ; valeur technique 35 % ; gestion environnementale du "
             "chantier (tri, réduction des nuisances) 10 % ; performance en matière d'insertion professionnelle "
             "des publics en difficulté 5 %."),
          *f_negociation(c, 2), *f_remise(c, 0, "mardi 11 mai 2027 à 12h00")]
    ccap = [TITLE("Ville de Corvenne", "CCAP – commun aux lots 1 à 8", "Construction du groupe scolaire des Aubiers"),
            *A("Objet", "Le présent CCAP est commun aux huit lots de l'opération ; chaque lot fait l'objet d'un "
                        "marché séparé."),
            *A("Maîtrise d'œuvre", "Mission de base confiée au groupement Atelier Lhermitte – BET Sorlis."),
            *A("Délais", "Délai global : 16 mois, préparation comprise. Les délais de chaque lot sont fixés par le "
                         "calendrier détaillé d'exécution."),
            SPLIT("Le coût prévisionnel des travaux, tous lots confondus, est estimé par le maître d'œuvre à",
                  "3,45 M€ HT (valeur mai 2027), hors aléas et révisions."),
            *f_prix(c, 0), *f_paiement(c, 2), *f_garantie(c, 0), *f_penalites(c, 0),
            *A("Chantier à faibles nuisances",
               "Chaque titulaire respecte la charte de chantier à faibles nuisances annexée au CCTP : tri des "
               "déchets en cinq flux au minimum, limitation du bruit, nettoyage des roues des camions, "
               "interdiction de brûler des déchets. Le non-respect constaté est sanctionné par une pénalité de "
               "200 € par constat."),
            *A("Action d'insertion",
               "Le titulaire des lots désignés ci-dessous réalise, au profit de personnes éloignées de l'emploi "
               "validées par le facilitateur de la Maison de l'emploi de Corvenne, le nombre minimal d'heures de "
               "travail suivant :"),
            TAB([["Lot", "Heures d'insertion"], ["1", "900 h"], ["2", "300 h"], ["3", "250 h"],
                 ["5", "400 h"], ["7", "250 h"], ["Total", "2 100 h"]], widths=[0.5, 0.5], align="lr"),
            P("Les lots 4, 6 et 8 ne comportent pas d'heures d'insertion."),
            *f_soustraitance(c, 1), *f_reception(c, 1), *f_litiges(c, 0)]
    ae = [TITLE("Ville de Corvenne", "ACTE D'ENGAGEMENT", "Lot n° 5 – Plomberie, sanitaires, chauffage (lot 5 sur 8)"),
          *AE_ident(c, "Construction du groupe scolaire des Aubiers – lot n° 5 – plomberie, sanitaires, chauffage.",
                    "212 603 004 00015"),
          *AE_titulaire(0),
          H("D – Prix"),
          P("Montant de l'offre, prix global et forfaitaire : ........................ € HT."),
          P("Prestation supplémentaire éventuelle (robinetterie temporisée) : ........................ € HT."),
          H("E – Engagement d'insertion"),
          P("Le titulaire s'engage à réaliser les 400 heures d'insertion prévues pour le lot 5 à l'article 10 "
            "du CCAP."),
          *AE_signature(c)]
    dpgf = [TITLE("VC-GS-2027", "DPGF – LOT 1", "Terrassements – gros œuvre"),
            RTAB([["Poste", "Désignation", "Unité", "Quantité", "Montant (€)"],
                  ["1.1", "Installation de chantier, clôtures, base vie", "ens", "1", ""],
                  ["1.2", "Terrassements en pleine masse", "m3", "2 350", ""],
                  ["1.3", "Fondations superficielles béton armé", "m3", "186", ""],
                  ["1.4", "Dallage sur terre-plein", "m²", "1 420", ""],
                  ["1.5", "Voiles et poteaux béton", "m3", "240", ""],
                  ["", "TOTAL LOT 1 HT", "", "", ""],
                  ["", "TVA 20 %", "", "", ""],
                  ["", "TOTAL LOT 1 TTC", "", "", ""]], widths=[0.1, 0.5, 0.1, 0.12, 0.18], align="lllrr"),
            P("Le montant total est reporté à l'acte d'engagement du lot 1.")]
    pieces = [
        PC("d09_RC.pdf", "RC", hdr, "VC-GS-2027 – RC", rc,
           L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, critere_social=1, critere_environnemental=1,
             allotissement=1, nb_lots=8,
             evidence=["décomposés en huit lots", "comportent une action d'insertion professionnelle",
                       "environ 2 000 heures", "gestion environnementale du chantier (tri, réduction des nuisances) 10 %",
                       "performance en matière d'insertion professionnelle des publics en difficulté 5 %"]),
           hyphen=True),
        PC("d09_CCAP.pdf", "CCAP", hdr, "VC-GS-2027 – CCAP", ccap,
           L(clause_sociale=1, clause_insertion=1, heures_insertion=2100, clause_environnementale=1,
             allotissement=1, nb_lots=8, montant_estime_ht=3450000,
             evidence=["commun aux huit lots", "3,45 M€ HT (valeur mai 2027)", "tri des déchets en cinq flux",
                       "le nombre minimal d'heures de travail suivant", "2 100 h"]),
           cols=2, style="num"),
        PC("d09_AE.docx", "AE", hdr, "VC-GS-2027 – AE lot 5", ae,
           L(clause_sociale=1, clause_insertion=1, heures_insertion=400, allotissement=1, nb_lots=8,
             evidence=["lot 5 sur 8", "s'engage à réaliser les 400 heures d'insertion prévues pour le lot 5"])),
        PC("d09_DPGF.pdf", "DPGF", hdr, "VC-GS-2027 – DPGF lot 1", dpgf,
           L(allotissement=1, evidence=["DPGF – LOT 1"])),
    ]
    return dict(id="d09", title="Ville de Corvenne – groupe scolaire (travaux, 8 lots, heures par lot)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
                                    "critere_environnemental"],
                values=V(heures_insertion=2100, allotissement=1, nb_lots=8, montant_estime_ht=3450000),
                note="heures_insertion : tableau du CCAP par lot, 900 + 300 + 250 + 400 + 250 = 2 100 (total écrit) ; "
                     "le RC n'annonce qu'un objectif indicatif « d'environ 2 000 heures » : le CCAP prime. "
                     "montant_estime_ht : CCAP, « 3,45 M€ HT », la phrase étant coupée par un saut de page et une "
                     "colonne ; le RC ne donne que 4 140 000 € TTC. Pas de maximum. Pièges : AE du lot 5 (400 h, une "
                     "partie), 5 %, PSE sans montant, quantités de la DPGF, 200 € par constat.")


# d10 — CCAS de Brives-la-Ronce : portage de repas à domicile (accord-cadre non alloti) — livré en ZIP
def d10():
    c = C("le CCAS de Brives-la-Ronce", "Poitiers", "fournitures courantes et services", 30,
          "https://brives-la-ronce.marchespublics-demo.fr", "CCAS-2027-PR")
    hdr = "CCAS de Brives-la-Ronce – Portage de repas à domicile – CCAS-2027-PR"
    rc = [TITLE("Centre communal d'action sociale de Brives-la-Ronce", "Règlement de consultation",
                "Confection et livraison de repas en liaison froide pour le portage à domicile"),
          *A("Objet et forme",
             "Accord-cadre à bons de commande, mono-attributaire, portant sur la confection et la livraison de "
             "repas en liaison froide pour environ 210 bénéficiaires du service de portage."),
          *A("Allotissement",
             "La consultation fait l'objet d'un lot unique : la confection et la livraison ne peuvent être "
             "séparées sans rompre la chaîne du froid et la traçabilité des repas."),
          *A("Durée et estimation",
             "Durée : 12 mois à compter du 1er janvier 2028, reconductible deux fois. Le besoin est estimé à "
             "150^000 € HT par an."),
          *A("Clause sociale",
             "Le titulaire devra consacrer environ 350 heures annuelles à l'embauche ou à la mise à disposition de "
             "personnes en parcours d'insertion (voir CCAP)."),
          *A("Critères",
             "Qualité des repas (menus, grammages, produits de saison) : 40 % ; prix : 40 % ; performance en "
             "matière de réduction des déchets et des emballages : 20 %."),
          *f_candidature(c, 1), *f_validite(c, 1), *f_remise(c, 2, "vendredi 8 octobre 2027 à 12h00")]
    ccap = [TITLE("CCAS de Brives-la-Ronce", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Portage de repas à domicile – accord-cadre CCAS-2027-PR"),
            *A("Forme", "Accord-cadre à bons de commande conclu avec un seul titulaire. Le marché n'est pas alloti."),
            *A("Durée", "L'accord-cadre prend effet le 1er janvier 2028 pour une période de douze mois. Il est "
                        "reconductible tacitement deux fois par période de douze mois."),
            *A("Montants",
               "Le montant maximum des commandes est fixé à cent quatre-vingt mille euros hors taxes "
               "(180¦SB¦000 € HT) par période annuelle. Il n'est pas fixé de minimum.",
               "Le montant estimatif de l'accord-cadre, toutes périodes confondues, est de 450¦SB¦000 € HT."),
            *f_bc(c, 1), *f_prix(c, 0, revisable=False), *f_paiement(c, 0),
            *A("Conditionnement et déchets",
               "Les repas sont livrés en barquettes compostables ou en contenants réemployables consignés ; les "
               "barquettes en plastique à usage unique sont proscrites. Le titulaire reprend les contenants "
               "consignés lors de la tournée suivante et transmet un bilan annuel des tonnages évités."),
            *A("Engagement d'insertion",
               "Le titulaire s'engage à réaliser au moins 350 heures de travail par an au profit de personnes "
               "éloignées de l'emploi (demandeurs d'emploi de longue durée, bénéficiaires de minima sociaux, "
               "jeunes de moins de 26 ans sans qualification), soit 1~050 heures sur la durée maximale de "
               "l'accord-cadre. Le suivi est confié à la cellule clauses sociales de l'agglomération."),
            *f_penalites(c, 2), *f_litiges(c, 1)]
    ae = [TITLE("CCAS de Brives-la-Ronce", "ACTE D'ENGAGEMENT", "Accord-cadre CCAS-2027-PR"),
          *AE_ident(c, "Confection et livraison de repas pour le portage à domicile – accord-cadre à bons de "
                       "commande.", "262 870 115 00012"),
          *AE_titulaire(0),
          H("D – Montant maximum"),
          P("Le montant maximum annuel des commandes est de 189^900 € TTC (TVA à 5,5 %)."),
          H("E – Prix"),
          P("Les prix unitaires sont ceux du bordereau des prix unitaires joint à l'offre."),
          *AE_signature(c)]
    bpu = [TITLE("CCAS-2027-PR", "BORDEREAU DES PRIX UNITAIRES", "Portage de repas"),
           TAB([["Réf.", "Prestation", "Prix unitaire HT", "Taux TVA"],
                ["R1", "Repas complet midi (entrée, plat, fromage, dessert)", "", "5,5 %"],
                ["R2", "Repas complet midi + potage du soir", "", "5,5 %"],
                ["R3", "Repas à texture modifiée", "", "5,5 %"],
                ["L1", "Supplément livraison dimanche et jour férié", "", "10 %"]],
               widths=[0.08, 0.56, 0.2, 0.16], align="llrr"),
           P("Volume indicatif : 52 000 repas par an.")]
    folder = "DCE_CCAS-2027-PR/"
    pieces = [
        PC(folder + "01_RC.docx", "RC", hdr, "RC CCAS-2027-PR", rc,
           L(clause_sociale=1, clause_insertion=1, heures_insertion=350, critere_environnemental=1, allotissement=0,
             evidence=["La consultation fait l'objet d'un lot unique",
                       "consacrer environ 350 heures annuelles à l'embauche ou à la mise à disposition de personnes "
                       "en parcours d'insertion",
                       "performance en matière de réduction des déchets et des emballages : 20 %"])),
        PC(folder + "02_CCAP.pdf", "CCAP", hdr, "CCAP CCAS-2027-PR", ccap,
           L(clause_sociale=1, clause_insertion=1, heures_insertion=1050, clause_environnementale=1,
             allotissement=0, montant_estime_ht=450000, montant_max_ht=540000,
             evidence=["Le marché n'est pas alloti", "(180 000 € HT) par période annuelle",
                       "reconductible tacitement deux fois", "[180 000 x 3 = 540 000]",
                       "toutes périodes confondues, est de 450 000 € HT", "soit 1 050 heures",
                       "barquettes en plastique à usage unique sont proscrites"]), hyphen=True, style="art"),
        PC(folder + "03_AE.docx", "AE", hdr, "AE CCAS-2027-PR", ae, L()),
        PC(folder + "04_BPU.pdf", "BPU", hdr, "BPU CCAS-2027-PR", bpu, L()),
    ]
    return dict(id="d10", title="CCAS de Brives-la-Ronce – portage de repas (accord-cadre non alloti, ZIP)",
                zip={}, pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale",
                                            "critere_environnemental"],
                values=V(heures_insertion=1050, allotissement=0, montant_estime_ht=450000, montant_max_ht=540000),
                note="montant_max_ht : CCAP, maximum par période annuelle en lettres et en chiffres (180 000 € HT), 1 "
                     "an + 2 reconductions : 180 000 x 3 = 540 000 ; l'AE ne donne que 189 900 € TTC par an "
                     "(TVA 5,5 %). montant_estime_ht : CCAP, 450 000 € HT toutes périodes ; le RC dit 150 000 € HT "
                     "par an (espace fine). heures_insertion : CCAP, 350 heures par an « soit 1 050 heures sur la "
                     "durée maximale » : le total écrit, 1 050 ; le RC ne donne que « environ 350 heures annuelles ». "
                     "Lot unique (RC, CCAP). Pièges : 210 bénéficiaires, 52 000 repas, taux de TVA 5,5 % et 10 %.")


# d11 — Département du Val-de-Lézonne : acquisition de véhicules et de bornes (fournitures, 3 lots, PSE)
def d11():
    c = C("le Département du Val-de-Lézonne", "Clermont-Ferrand", "fournitures courantes et services", 30,
          "https://achats.valdelezonne.fr", "VDL-27-VEH")
    hdr = "Département du Val-de-Lézonne – Véhicules et bornes de recharge – VDL-27-VEH"
    avis = [TITLE("AVIS D'APPEL PUBLIC A LA CONCURRENCE", "Département du Val-de-Lézonne", "Marché de fournitures"),
            P("Objet : acquisition de véhicules électriques et de bornes de recharge pour le parc départemental."),
            P("Lots : 3 – lot 1 : véhicules particuliers électriques ; lot 2 : véhicules utilitaires légers ; "
              "lot 3 : bornes de recharge et installation."),
            P("Valeur estimée hors TVA, prestations supplémentaires éventuelles comprises : 576~000 EUR."),
            P("Procédure : appel d'offres ouvert. Critères : voir le règlement de la consultation."),
            P("Marché réservé : non. Clause sociale : non."),
            P("Date limite : 17 mai 2027 à 12 h 00.")]
    rc = [TITLE("Département du Val-de-Lézonne – Direction des moyens généraux", "REGLEMENT DE LA CONSULTATION",
                "Acquisition de véhicules électriques et de bornes de recharge"),
          *A("Objet et lots",
             "Le marché est un marché ordinaire de fournitures, divisé en trois lots dont l'estimation est la "
             "suivante :"),
          RTAB([["Lot", "Intitulé", "Quantité", "Estimation € HT"],
                ["1", "Véhicules particuliers électriques (citadines)", "10", "240 000"],
                ["2", "Véhicules utilitaires légers électriques, dont 2 TPMR", "6", "228 000"],
                ["3", "Bornes de recharge 22 kW, fourniture et pose", "12", "96 000"],
                ["", "Total (hors PSE)", "", "564 000"]], widths=[0.08, 0.56, 0.14, 0.22], align="llrr"),
          *A("Prestation supplémentaire éventuelle",
             "Le lot 1 comporte une PSE obligatoire : extension de garantie de la batterie à huit ans ou "
             "160~000 km, estimée à 12~000 € HT. La valeur totale estimée du marché, PSE comprise, s'établit "
             "ainsi à 576¦SB¦000 € HT."),
          *f_candidature(c, 0),
          *A("Critères de jugement",
             "Lots 1 et 2 : prix d'acquisition 45 % ; valeur technique (autonomie, équipements, délai de "
             "livraison) 40 % ; consommation énergétique mesurée en cycle WLTP (kWh/100 km) 15 %. Lot 3 : prix "
             "60 % ; valeur technique 40 %."),
          *f_validite(c, 0), *f_remise(c, 1, "lundi 17 mai 2027 à 12h00")]
    cctp = [TITLE("Département du Val-de-Lézonne", "CCTP", "Véhicules électriques et bornes de recharge (lots 1 à 3)"),
            *A("Lot 1 – Citadines",
               "Véhicule 100 % électrique, cinq places, autonomie WLTP d'au moins 300 km, recharge rapide en "
               "courant continu, aide au stationnement arrière."),
            *A("Lot 2 – Utilitaires",
               "Fourgonnette électrique de 3 à 4 m³ de volume utile ; deux véhicules sont aménagés pour le "
               "transport d'une personne en fauteuil roulant (rampe d'accès, ancrages)."),
            *A("Lot 3 – Bornes",
               "Bornes de 22 kW en courant alternatif, compatibles OCPP 1.6, installées sur les sites de la liste "
               "annexée, avec supervision."),
            *A("Dispositions environnementales",
               "Le titulaire des lots 1 et 2 assure la reprise des batteries de traction en fin de vie et leur "
               "traitement par une filière agréée ; il en fournit le certificat. Les véhicules sont livrés sans "
               "film plastique de protection, les accessoires sans suremballage."),
            *A("Formation", "Une prise en main d'une demi-journée est dispensée aux agents de chaque site.")]
    ae = [TITLE("Département du Val-de-Lézonne", "ACTE D'ENGAGEMENT", "VDL-27-VEH"),
          *AE_ident(c, "Acquisition de véhicules électriques et de bornes de recharge.", "221 100 447 00013"),
          *AE_titulaire(1),
          H("D – Offre de prix"),
          TAB([["Lot", "Budget indicatif TTC", "Offre HT", "Offre TTC"],
               ["1", "288 000", "", ""], ["1 – PSE", "14 400", "", ""], ["2", "273 600", "", ""],
               ["3", "115 200", "", ""]], widths=[0.2, 0.3, 0.25, 0.25], align="lrrr"),
          *AE_signature(c)]
    bpu = [TITLE("VDL-27-VEH", "BORDEREAU DE PRIX – LOT 1", "Véhicules particuliers électriques"),
           TAB([["Article", "Unité", "Prix unitaire HT €"],
                ["Citadine électrique, version de base", "u", ""],
                ["Peinture métallisée", "u", ""],
                ["Câble de recharge mode 3", "u", ""],
                ["PSE – extension de garantie batterie 8 ans", "u", ""]], widths=[0.6, 0.15, 0.25], align="llr")]
    sites = [TITLE("Annexe 2 au CCTP", "Liste des sites de livraison et d'installation", "VDL-27-VEH"),
             P("Hôtel du Département, 4 cours Marceau, Lézonne – accueil de 8 h 30 à 17 h 00 – 4 bornes."),
             P("Centre routier de Saint-Flour-du-Bois – de 7 h 30 à 16 h 00 – 3 bornes."),
             P("Centre routier de Mérignac-le-Haut – de 7 h 30 à 16 h 00 – 3 bornes."),
             P("Maison départementale des solidarités de Vernois – de 9 h 00 à 17 h 00 – 2 bornes."),
             P("Les livraisons sont annoncées 48 heures à l'avance au responsable de site.")]
    pieces = [
        PC("d11_avis.txt", "AVIS", hdr, "", avis,
           L(allotissement=1, nb_lots=3, montant_estime_ht=576000,
             evidence=["Lots : 3", "prestations supplémentaires éventuelles comprises : 576 000 EUR"])),
        PC("d11_RC.pdf", "RC", hdr, "RC VDL-27-VEH", rc,
           L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=576000,
             evidence=["divisé en trois lots", "PSE comprise, s'établit ainsi à 576 000 € HT",
                       "consommation énergétique mesurée en cycle WLTP (kWh/100 km) 15 %"]), style="caps"),
        PC("d11_CCTP.pdf", "CCTP", hdr, "CCTP VDL-27-VEH", cctp,
           L(clause_environnementale=1, allotissement=1, nb_lots=3,
             evidence=["(lots 1 à 3)", "reprise des batteries de traction en fin de vie",
                       "livrés sans film plastique de protection"]), cols=2, hyphen=True),
        PC("d11_AE.docx", "AE", hdr, "AE VDL-27-VEH", ae, L(allotissement=1, nb_lots=3,
                                                     evidence=["1 – PSE", "[tableau : lots 1, 2 et 3]"])),
        PC("d11_BPU.docx", "BPU", hdr, "BPU lot 1", bpu, L(allotissement=1, evidence=["LOT 1"])),
        PC("d11_annexe2.txt", "AUTRE", hdr, "", sites, L()),
    ]
    return dict(id="d11", title="Département du Val-de-Lézonne – véhicules et bornes (fournitures, 3 lots, PSE)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=3, montant_estime_ht=576000),
                note="montant_estime_ht : 576 000 € HT PSE comprise (RC et avis) ; le tableau du RC totalise 564 000 "
                     "« hors PSE » (240 000 + 228 000 + 96 000) et l'AE ne donne que des budgets TTC par lot. "
                     "Marché ordinaire : pas de maximum. Pièges : véhicules électriques et TPMR = objet de l'achat, "
                     "« Clause sociale : non », « Marché réservé : non », 160 000 km, 22 kW, 48 heures, heures "
                     "d'ouverture des sites.")


# d12 — Agglomération du Pays de Sérignac : entretien de voirie (accord-cadre de travaux, 2 lots, réponse modificative)
def d12():
    c = C("la Communauté d'agglomération du Pays de Sérignac", "Montpellier", "travaux", 30,
          "https://marches.agglo-serignac.fr", "CAPS-2027-VOI")
    hdr = "Agglo Pays de Sérignac – Entretien de voirie 2027-2031 – CAPS-2027-VOI"
    rc = [TITLE("Communauté d'agglomération du Pays de Sérignac", "RÈGLEMENT DE LA CONSULTATION",
                "Travaux d'entretien et de grosses réparations de voirie",
                "Accords-cadres à bons de commande – procédure adaptée"),
          *A("Objet et décomposition",
             "La consultation porte sur l'entretien des voiries communautaires. Elle est divisée en 2 lots : "
             "lot 1 – chaussées, trottoirs et assainissement pluvial ; lot 2 – signalisation horizontale et "
             "verticale."),
          *A("Durée", "Chaque accord-cadre est conclu pour un an et reconductible trois fois un an."),
          *A("Insertion",
             "Les deux lots comportent une clause d'insertion professionnelle ; les volumes d'heures sont fixés "
             "par lot au CCAP. Pour donner un ordre de grandeur, l'effort représente environ 500 heures par an "
             "pour l'ensemble de l'opération."),
          *f_contenu(c, 0, ["RC ;", "CCAP commun aux deux lots ;", "CCTP ;", "AE ;", "BPU et DQE de chaque lot."]),
          *f_candidature(c, 2),
          *A("Critères",
             "Prix (sur la base du DQE) : 55 %. Valeur technique : 35 %. Taux d'agrégats d'enrobés recyclés "
             "proposé pour les couches de roulement (lot 1) ou part de peintures en phase aqueuse (lot 2) : 10 %."),
          *f_remise(c, 0, "vendredi 21 mai 2027 à 12h00")]
    ccap = [TITLE("Agglomération du Pays de Sérignac", "CCAP", "Entretien de voirie – lots 1 et 2 – CAPS-2027-VOI"),
            *A("Objet", "Accords-cadres de travaux à bons de commande, un par lot, avec un minimum et un maximum "
                        "par période."),
            *A("Durée", "Période initiale d'un an à compter de la notification ; trois reconductions tacites d'un "
                        "an chacune, soit une durée maximale de quatre ans."),
            *A("Montants par période",
               "Les montants s'appliquent à la période initiale et à chaque période de reconduction :"),
            TAB([["Lot", "Minimum HT par période", "Maximum HT par période"],
                 ["1 – Chaussées, trottoirs, pluvial", "60 000 €", "350 000 €"],
                 ["2 – Signalisation", "15 000 €", "90 000 €"]], widths=[0.5, 0.25, 0.25], align="lrr"),
            *f_bc(c, 0), *f_prix(c, 1), *f_paiement(c, 2), *f_penalites(c, 0, "jour de retard sur le délai du bon "
                                                                           "de commande"),
            *A("Matériaux recyclés",
               "Pour le lot 1, les enrobés de couche de roulement contiennent au moins 20 % d'agrégats d'enrobés "
               "recyclés ; les déblais inertes sont dirigés vers une plateforme de recyclage. Pour le lot 2, les "
               "peintures routières sont en phase aqueuse, sauf impossibilité technique justifiée."),
            *A("Clause d'insertion",
               "Chaque titulaire réalise une action d'insertion au profit de publics éloignés de l'emploi. Nombre "
               "d'heures d'insertion sur la durée totale de l'accord-cadre, reconductions comprises : lot 1 : "
               "1¦SB¦600 heures ; lot 2 : 400 heures. En cas de non-reconduction, le volume est proratisé."),
            *f_travail(c, 0), *f_resiliation(c, 0), *f_litiges(c, 0)]
    dqe = [TITLE("CAPS-2027-VOI", "DÉTAIL QUANTITATIF ESTIMATIF – LOT 2", "Signalisation horizontale et verticale"),
           P("DQE non contractuel servant uniquement au jugement des offres."),
           RTAB([["Code", "Désignation", "U", "Qté", "PU HT", "Total"],
                 ["S1", "Ligne continue ou discontinue, peinture", "ml", "12 000", "", ""],
                 ["S2", "Passage piéton (bande de 0,50 m)", "m²", "640", "", ""],
                 ["S3", "Panneau de police, gamme normale", "u", "85", "", ""],
                 ["S4", "Dépose de panneau existant", "u", "40", "", ""],
                 ["", "Total HT en euros", "", "", "", ""]],
                widths=[0.08, 0.46, 0.06, 0.12, 0.14, 0.14], align="lllrrr")]
    bpu = [TITLE("CAPS-2027-VOI", "BORDEREAU DES PRIX UNITAIRES – LOT 1", "Chaussées, trottoirs, pluvial"),
           TAB([["N° prix", "Libellé", "Unité", "Prix en chiffres (€ HT)", "Prix en lettres"],
                ["101", "Rabotage de chaussée, ép. 5 cm", "m²", "", ""],
                ["102", "Enrobé BBSG 0/10, ép. 6 cm", "t", "", ""],
                ["103", "Bordure T2 béton", "ml", "", ""],
                ["104", "Regard à grille fonte 500 x 500", "u", "", ""]],
               widths=[0.1, 0.38, 0.1, 0.2, 0.22], align="lllrl")]
    qr = [TITLE("Agglomération du Pays de Sérignac", "QUESTIONS / RÉPONSES N° 1",
                "Consultation CAPS-2027-VOI – publié le 6 mai 2027"),
          P("Question 1 : les heures d'insertion peuvent-elles être réalisées par un sous-traitant ? "),
          P("Réponse : oui, y compris par une SIAE sous-traitante, à condition que le titulaire assure le suivi des "
            "heures."),
          P("Question 2 : le DQE du lot 2 mentionne 12 000 ml de lignes ; s'agit-il d'une quantité annuelle ?"),
          P("Réponse : oui, les quantités du DQE sont annuelles et indicatives."),
          P("Question 3 : le maximum du lot 2 paraît faible au regard des quantités du DQE."),
          P("Réponse : l'Agglomération a décidé de porter le montant maximum du lot 2 de 90~000 € HT à "
            "110~000 € HT par période. L'article 3 du CCAP est modifié en ce sens ; le minimum reste inchangé. "
            "Les autres stipulations du CCAP demeurent applicables.")]
    pieces = [
        PC("d12_RC.pdf", "RC", hdr, "RC CAPS-2027-VOI", rc,
           L(clause_sociale=1, clause_insertion=1, heures_insertion=500, critere_environnemental=1, allotissement=1,
             nb_lots=2,
             evidence=["Elle est divisée en 2 lots", "Les deux lots comportent une clause d'insertion professionnelle",
                       "environ 500 heures par an",
                       "Taux d'agrégats d'enrobés recyclés proposé pour les couches de roulement"]),
           noacc=True, hyphen=True),
        PC("d12_CCAP.pdf", "CCAP", hdr, "CCAP CAPS-2027-VOI", ccap,
           L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, clause_environnementale=1,
             allotissement=1, nb_lots=2, montant_max_ht=1760000,
             evidence=["lots 1 et 2", "trois reconductions tacites", "350 000 €", "90 000 €",
                       "[(350 000 + 90 000) x 4 = 1 760 000]", "lot 1 : 1 600 heures ; lot 2 : 400 heures",
                       "au moins 20 % d'agrégats d'enrobés recyclés"]), cols=2, style="colon"),
        PC("d12_DQE_2.pdf", "DQE", hdr, "DQE lot 2", dqe, L(allotissement=1, evidence=["LOT 2"])),
        PC("d12_BPU_1.docx", "BPU", hdr, "BPU lot 1", bpu, L(allotissement=1, evidence=["LOT 1"])),
        PC("d12_QR1.docx", "QR", hdr, "Q/R n° 1", qr,
           L(clause_sociale=1, clause_insertion=1, allotissement=1,
             evidence=["les heures d'insertion peuvent-elles être réalisées par un sous-traitant",
                       "porter le montant maximum du lot 2 de 90 000 € HT à 110 000 € HT par période"])),
    ]
    return dict(id="d12", title="Agglomération du Pays de Sérignac – entretien de voirie (2 lots, Q/R modificative)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale",
                                    "critere_environnemental"],
                values=V(heures_insertion=2000, allotissement=1, nb_lots=2, montant_max_ht=1840000),
                note="montant_max_ht : CCAP, maxima par période (lot 1 350 000, lot 2 90 000), 1 an + 3 reconductions "
                     "= 4 périodes ; la réponse n° 3 du Q/R porte le maximum du lot 2 à 110 000 par période et modifie "
                     "le CCAP : (350 000 + 110 000) x 4 = 1 840 000 (1 760 000 avant modification). heures_insertion : "
                     "CCAP, sur la durée totale : 1 600 + 400 = 2 000 ; le RC ne donne qu'un ordre de grandeur de "
                     "500 heures par an. Pas de montant estimé. Pièges : minima 60 000 et 15 000, 12 000 ml, 20 %.")


# Raison courte de chaque valeur non triviale du dossier (écrite dans dossiers.yml, clé why).
WHY = {
    "d01": {"heures_insertion": "CCAP : lot 1 350 + lot 2 140 + lot 4 210 = 700 h ; le RC ne donne qu'une part indicative (5 %)",
            "nb_lots": "RC, avis, AE : cinq lots",
            "montant_estime_ht": "AE : estimations HT par lot sans total, somme = 1 184 000 ; le RC ne donne que 1 420 800 € TTC"},
    "d02": {"allotissement": "RC : « L'accord-cadre n'est pas alloti » (motivé L.2113-11)",
            "montant_estime_ht": "CCAP : 240 000 € HT sur la durée maximale ; le RC dit 60 000 € HT par an",
            "montant_max_ht": "CCAP : 90 000 (période initiale) + 3 x 80 000 (reconductions) = 330 000 ; l'AE cite 396 000 € TTC"},
    "d03": {"nb_lots": "RC, CCAP, AE, avis : deux lots",
            "montant_estime_ht": "avis XML : valeurEstimee ht=oui 180000",
            "montant_max_ht": "CCAP : maxima par période annuelle (en lettres) 45 000 + 30 000, 1 an + 2 reconductions : 75 000 x 3 = 225 000",
            "reserve_base": "lot 1 : article L. 2113-12 cité ; lot 2 : « structures d'insertion par l'activité économique » sans article -> L2113-13 (les mots priment sur la case cochée de l'avis)"},
    "d04": {"heures_insertion": "CCAP : heures par lot sur la durée totale 1 200 + 900 + 600 = 2 700 (300/225/150 par an n'en sont que le détail)",
            "nb_lots": "avis, RC, CCAP : trois lots",
            "montant_estime_ht": "avis : valeur totale estimée HT 852 000 ; le RC ne donne que des estimations annuelles par lot (213 000 par an)"},
    "d05": {"allotissement": "RC et CCAP : marché non alloti (tranches)",
            "heures_insertion": "CCAP : 490 heures écrites (350 TF + 140 TO1)",
            "montant_estime_ht": "avis rectificatif : total porté à 655 000 € HT (TO2 105 000) ; le RC disait 635 000 ; l'AE 762 000 € TTC"},
    "d06": {"nb_lots": "RC, CCAP : 2 lots",
            "montant_max_ht": "CCAP : 1 200 000 (lot 1) + 600 000 (lot 2), pour la durée totale = 1 800 000 ; l'AE du lot 1 ne donne que 1 440 000 € TTC"},
    "d07": {"nb_lots": "avis, RC, CCAP : cinq lots",
            "montant_estime_ht": "avis : 760 000 EUR HT pour la durée maximale",
            "montant_max_ht": "RC : maxima annuels par lot 60 000 + 45 000 + 80 000 + 50 000 + 35 000 = 270 000, valables pour chaque période, 1 an + 3 reconductions : 270 000 x 4 = 1 080 000"},
    "d08": {"nb_lots": "RC, CCAP, AE : trois lots",
            "montant_estime_ht": "AE seule : estimations par lot 225 000 + 180 000 + 135 000 = 540 000",
            "montant_max_ht": "CCAP : maxima par lot pour toute la durée 300 000 + 240 000 + 180 000 = 720 000",
            "reserve_base": "RC et CCAP : article L. 2113-15 (ESS) ; L2113-12 et L2113-13 cités pour être écartés"},
    "d09": {"heures_insertion": "CCAP : tableau par lot 900 + 300 + 250 + 400 + 250 = 2 100 (total écrit) ; le RC dit « environ 2 000 heures », indicatif",
            "nb_lots": "RC : huit lots ; AE « lot 5 sur 8 »",
            "montant_estime_ht": "CCAP : « 3,45 M€ HT », phrase coupée par un saut de page ; le RC ne donne que 4 140 000 € TTC"},
    "d10": {"allotissement": "RC : lot unique ; CCAP : « n'est pas alloti »",
            "heures_insertion": "CCAP : 350 h par an « soit 1 050 heures sur la durée maximale » : total écrit 1 050",
            "montant_estime_ht": "CCAP : 450 000 € HT toutes périodes ; le RC dit 150 000 € HT par an",
            "montant_max_ht": "CCAP : 180 000 € HT par période annuelle (en lettres), 1 an + 2 reconductions = 540 000 ; l'AE 189 900 € TTC par an"},
    "d11": {"nb_lots": "avis, RC, CCTP : trois lots",
            "montant_estime_ht": "RC et avis : 576 000 € HT PSE comprise ; le tableau du RC totalise 564 000 hors PSE ; l'AE ne donne que des budgets TTC"},
    "d12": {"nb_lots": "RC, CCAP : 2 lots",
            "heures_insertion": "CCAP : sur la durée totale lot 1 1 600 + lot 2 400 = 2 000 ; le RC ne donne qu'un ordre de grandeur de 500 h par an",
            "montant_max_ht": "CCAP : maxima par période 350 000 + 90 000, 4 périodes ; le Q/R n° 1 porte le lot 2 à 110 000 et modifie le CCAP : (350 000 + 110 000) x 4 = 1 840 000"},
}


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12]


if __name__ == "__main__":
    sys.exit(main())
