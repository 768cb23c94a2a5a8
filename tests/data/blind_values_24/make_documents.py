#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_24 (PDF reportlab, DOCX python-docx, avis .txt et .xml).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure copiée (sed) de tests/data/blind_values_13/make_documents.py, lignes 27-664 (écriture
PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB, césure
forcée HY, aides de saisie, number_articles, C, A, _DOC_TYPES) et lignes 2433-2611 (extra_checks,
build_piece, check_articles, _expect, main). Ajouts pour ce jeu : avis XML (lxml), contrôle des
preuves dans le texte EXTRAIT des fichiers produits (pypdf, python-docx, lxml, lecture directe),
double construction avec comparaison des md5, clé « why » par dossier.

Thème : le montant estimé HT (montant_estime_ht) sous toutes les formes qu'emploient les dossiers.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références, SIRET et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF, la police Helvetica standard ne l'ayant pas) ;
BR = retour à la ligne forcé dans les PDF ; SB = coupure possible d'un nombre en fin de ligne ;
HY = césure possible d'un mot court si le mot ne tient plus sur la ligne.

Usage : .venv/bin/python tests/data/blind_values_24/make_documents.py
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
SET_NAME = "blind_values_24"

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




# ----------------------------------------------------------------------------- aides propres à ce jeu
def fr(x, sep="~", dec=","):
    """Montant à la française : fr(187452.5) -> « 187~452,50 » (sep = séparateur des milliers)."""
    s = "%.2f" % x
    ent, cts = s.split(".")
    groups = []
    while len(ent) > 3:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    groups.insert(0, ent)
    return sep.join(groups) + dec + cts


def XPIECE(file, doc_type, xml, label):
    """Avis XML (écrit tel quel, UTF-8)."""
    return dict(file=file, doc_type=doc_type, header="", footer="", blocks=[], xml=xml, label=label)


def D(id, title, pieces, pos, values, why, note):
    return dict(id=id, title=title, pieces=pieces, pos=pos, values=values, why=why, note=note)


# ----------------------------------------------------------------------------- d01
def d01():
    hd = "Commune de Saint-Aubin-des-Lisières – Réfection de voirie 2027"
    ref = "MAPA n° 2027-VOI-02"
    rows = [("1.1", "Installation et repliement de chantier", "ff", 1, 6500.00),
            ("1.2", "Signalisation temporaire, alternat par feux", "ff", 1, 3850.00),
            ("2.1", "Rabotage de chaussée, ép. moyenne 5 cm", "m2", 4200, 4.60),
            ("2.2", "Purge de chaussée et reconstitution en GNT 0/31,5", "m3", 180, 62.00),
            ("2.3", "Reprofilage en grave-émulsion", "t", 310, 88.50),
            ("3.1", "Couche de roulement BBSG 0/10 ép. 6 cm", "t", 1030, 96.40),
            ("3.2", "Enduit superficiel bicouche (chemin du Moulin Brûlé)", "m2", 2600, 5.85),
            ("4.1", "Bordures T2 fournies et posées", "ml", 420, 41.00),
            ("4.2", "Mise à niveau de regards et bouches à clé", "u", 38, 215.00),
            ("5.1", "Marquage au sol (lignes, passages piétons)", "ml", 1650, 3.15)]
    tab = [["N°", "Désignation", "U", "Qté", "P.U. (€ HT)", "Montant (€ HT)"]]
    tot = 0.0
    for n, des, u, q, pu in rows:
        m = round(q * pu, 2)
        tot += m
        tab.append([n, des, u, str(q), fr(pu), fr(m)])
    assert abs(tot - 213354.50) < 0.001, tot
    tab.append(["", "TOTAL GÉNÉRAL H.T.", "", "", "", fr(tot)])
    tab.append(["", "T.V.A. 20 %", "", "", "", fr(round(tot * 0.2, 2))])
    tab.append(["", "TOTAL T.T.C.", "", "", "", fr(round(tot * 1.2, 2))])

    rc = [TITLE("COMMUNE DE SAINT-AUBIN-DES-LISIÈRES", "RÈGLEMENT DE LA CONSULTATION",
                "Travaux de réfection de la voirie communale – programme 2027",
                "Rue des Tanneurs – chemin du Moulin Brûlé", ref),
          H("Article 1 – Objet de la consultation"),
          P("La présente consultation porte sur les travaux de réfection de chaussée de la rue des Tanneurs "
            "(540 ml) et du chemin du Moulin Brûlé (610 ml) : rabotage, purges, reprofilage, mise en œuvre "
            "d'enrobés et d'un enduit bicouche, reprise des bordures et marquage."),
          P("Maître d'œuvre : Bureau d'études VRD Alcor Ingénierie, 14 rue des Forges, 60412 Brévannes."),
          H("Article 2 – Procédure"),
          P("La consultation est passée selon une procédure adaptée ouverte en application des articles "
            "L.~2123-1 et R.~2123-1 1° du code de la commande publique, le montant des travaux étant "
            "inférieur au seuil de procédure formalisée applicable aux marchés de travaux (5~404~000 € HT)."),
          H("Article 3 – Décomposition du marché"),
          P("Le marché n'est pas alloti. Les prestations (rabotage, reprofilage, enrobés, bordures) "
            "forment un ensemble dont la coordination par un seul titulaire conditionne le respect du "
            "délai de fermeture de la rue des Tanneurs ; leur dévolution en lots séparés rendrait "
            "l'exécution techniquement plus difficile (article L.~2113-11)."),
          P("Les variantes ne sont pas autorisées. Il n'est pas prévu de prestation supplémentaire éventuelle."),
          H("Article 4 – Délai d'exécution"),
          P("Le délai global d'exécution est de 10 semaines, dont 2 semaines de préparation, à compter de "
            "l'ordre de service de démarrage. La période prévisionnelle d'exécution est avril-juin 2027."),
          H("Article 5 – Contenu du dossier de consultation"),
          LST(["le présent règlement de la consultation (RC) ;",
               "l'acte d'engagement (AE) ;",
               "le cahier des clauses administratives particulières (CCAP) et le CCTP ;",
               "le bordereau des prix unitaires (BPU), à compléter ;",
               "le détail quantitatif estimatif (DQE) renseigné par le maître d'œuvre, joint pour information ;",
               "les plans de situation et profils en travers."]),
          P("Le DQE joint au dossier comporte les prix de l'estimation du maître d'œuvre ; le candidat remet "
            "un DQE vierge complété de ses propres prix, qui sert uniquement au jugement des offres."),
          H("Article 6 – Conditions de participation"),
          P("Chaque candidat produit les pièces prévues aux articles R.~2143-3 et R.~2143-4 du code, et "
            "notamment la déclaration concernant le chiffre d'affaires global des trois derniers exercices. "
            "Un chiffre d'affaires annuel minimal de 250~000 € HT est exigé, compte tenu de la nature des "
            "travaux (chaussées circulées)."),
          P("Références demandées : au moins deux chantiers de réfection de chaussée de nature comparable "
            "exécutés au cours des cinq dernières années, avec attestations de bonne exécution."),
          H("Article 7 – Jugement des offres"),
          P("L'offre économiquement la plus avantageuse est appréciée selon les critères suivants :"),
          RTAB([["Critère", "Pondération"],
                ["1. Prix des prestations (montant du DQE complété par le candidat)", "60 %"],
                ["2. Valeur technique, appréciée au vu du mémoire technique :", "40 %"],
                ["  2.1 Méthodologie, phasage et maintien de la circulation", "20 points"],
                ["  2.2 Moyens humains et matériels affectés au chantier", "10 points"],
                ["  2.3 Mesures de limitation des nuisances et de gestion des déchets de chantier "
                 "(tri, valorisation des fraisats, distance aux installations de recyclage)", "10 points"]],
               widths=[5, 1.2], align="lr"),
          P("Une négociation peut être engagée avec les trois candidats les mieux classés."),
          H("Article 8 – Remise des offres"),
          P("Les offres sont remises par voie électronique sur le profil d'acheteur "
            "https://marches.saint-aubin-lisieres.example/ avant le 12 mars 2027 à 12 h 00. "
            "Délai de validité des offres : 120 jours.")]
    ccap = [TITLE("COMMUNE DE SAINT-AUBIN-DES-LISIÈRES", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Travaux de réfection de la voirie communale – programme 2027", ref),
            H("Article 1 – Objet et forme du marché"),
            P("Le marché a pour objet les travaux de réfection de chaussée décrits au CCTP. Il est conclu "
              "à prix unitaires : les sommes dues au titulaire résultent de l'application des prix du BPU "
              "aux quantités réellement exécutées. Le CCAG Travaux 2021 est applicable."),
            H("Article 2 – Pièces contractuelles"),
            P("Par ordre de priorité décroissante : l'acte d'engagement ; le présent CCAP ; le CCTP ; le "
              "bordereau des prix unitaires ; le CCAG Travaux ; le mémoire technique du titulaire. Le détail "
              "quantitatif estimatif n'a pas de valeur contractuelle."),
            H("Article 3 – Délais et pénalités"),
            P("Le délai d'exécution est fixé à l'acte d'engagement. En cas de retard, le titulaire encourt, "
              "sans mise en demeure préalable, une pénalité journalière de 300 € HT par jour calendaire de "
              "retard, par dérogation à l'article 19.2.1 du CCAG."),
            P("Le défaut de remise en état de la signalisation temporaire constaté par le maître d'œuvre "
              "donne lieu à une pénalité forfaitaire de 150 € HT par constat."),
            H("Article 4 – Gestion des déchets de chantier"),
            P("Le titulaire remet, avec son offre puis actualisé en période de préparation, un schéma "
              "d'organisation et de suivi de l'élimination des déchets (SOSED). Les fraisats d'enrobés "
              "sont intégralement dirigés vers une centrale d'enrobage pour être recyclés ; aucun "
              "fraisat ne peut être mis en dépôt ou en remblai. Les bordereaux de suivi sont transmis au "
              "maître d'œuvre avec chaque situation mensuelle ; à défaut, la situation n'est pas visée."),
            P("Les engins utilisés sur le chantier respectent au minimum la phase IIIB ; le titulaire "
              "arrête les moteurs pendant les attentes de plus de cinq minutes."),
            H("Article 5 – Avance"),
            P("Une avance est accordée au titulaire, sauf renonciation de sa part dans l'acte d'engagement, "
              "lorsque le montant initial du marché est supérieur à 50~000 € HT et que le délai d'exécution "
              "est supérieur à deux mois. Son montant est fixé à 10 % du montant initial TTC du marché. "
              "Le remboursement s'impute sur les acomptes dès que 65 % du montant initial est atteint."),
            H("Article 6 – Retenue de garantie"),
            P("Une retenue de garantie de 5 % est prélevée sur le montant de chaque acompte. Elle peut "
              "être remplacée, au gré du titulaire, par une garantie à première demande."),
            H("Article 7 – Assurances"),
            P("Le titulaire justifie, dans les quinze jours de la notification, d'une assurance de "
              "responsabilité civile couvrant au minimum 1~500~000 € par sinistre pour les dommages "
              "corporels et 500~000 € pour les dommages matériels."),
            H("Article 8 – Règlement des comptes"),
            P("Les acomptes sont mensuels. Le délai global de paiement est de 30 jours. Le taux des "
              "intérêts moratoires est celui de la BCE majoré de huit points ; l'indemnité forfaitaire "
              "pour frais de recouvrement est de 40 €."),
            P("Les prix sont fermes et actualisables selon l'index TP09 (fabrication et mise en œuvre "
              "d'enrobés), si le délai entre la date de remise des offres et le début des travaux excède "
              "trois mois."),
            H("Article 9 – Réception"),
            P("La réception a lieu dans les conditions de l'article 41 du CCAG Travaux. Le délai de "
              "garantie de parfait achèvement est d'un an.")]
    dqe = [TITLE("Saint-Aubin-des-Lisières", "DÉTAIL QUANTITATIF ESTIMATIF",
                 "Réfection de voirie – rue des Tanneurs et chemin du Moulin Brûlé",
                 "Estimation du maître d'œuvre – valeur février 2027"),
           P("Document non contractuel établi par Alcor Ingénierie au stade projet. Les prix unitaires "
             "portés ci-dessous sont ceux de l'estimation de la maîtrise d'œuvre ; ils sont communiqués à "
             "titre indicatif et ne préjugent pas des prix des candidats."),
           TAB(tab),
           P("Quantités établies d'après les relevés topographiques de janvier 2027."),
           P("Visa du maître d'œuvre : A. Kervella, ingénieur VRD.")]
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Commune de Saint-Aubin-des-Lisières"),
            P("Nom et adresse de l'acheteur : Commune de Saint-Aubin-des-Lisières, 2 place de la Mairie, "
              "60410 Saint-Aubin-des-Lisières. SIRET 216 004 117 00018."),
            P("Objet : travaux de réfection de la voirie communale – programme 2027 (rue des Tanneurs, "
              "chemin du Moulin Brûlé)."),
            P("Type de marché : travaux. Procédure adaptée ouverte. CPV principal : 45233142."),
            P("Lieu d'exécution : Saint-Aubin-des-Lisières."),
            P("Durée : 10 semaines. Démarrage prévisionnel : avril 2027."),
            P("Conditions de participation : voir le règlement de la consultation."),
            P("Critères d'attribution : prix 60 %, valeur technique 40 %."),
            P("Date limite de réception des offres : 12 mars 2027 à 12 h 00."),
            P("Retrait du dossier : https://marches.saint-aubin-lisieres.example/ (accès libre et gratuit)."),
            P("Date d'envoi du présent avis : 8 février 2027.")]
    pieces = [
        PIECE("d01_RC.pdf", "RC", hd, ref + " – RC", rc,
              L(allotissement=0, critere_environnemental=1,
                evidence=["Le marché n'est pas alloti.",
                          "Mesures de limitation des nuisances et de gestion des déchets de chantier"])),
        PIECE("d01_CCAP.pdf", "CCAP", hd, ref + " – CCAP", ccap,
              L(clause_environnementale=1,
                evidence=["Les fraisats d'enrobés sont intégralement dirigés vers une centrale d'enrobage pour "
                          "être recyclés"]), hyphen=True),
        PIECE("d01_DQE.docx", "DQE", hd, "DQE – estimation MOE", dqe,
              L(montant_estime_ht=213354.5,
                evidence=["Estimation du maître d'œuvre – valeur février 2027",
                          "TOTAL GÉNÉRAL H.T. 213 354,50"])),
        PIECE("d01_AVIS.txt", "AVIS", hd, "", avis, L()),
    ]
    return D("d01", "Saint-Aubin-des-Lisières – réfection de voirie 2027 (MAPA travaux, non alloti)", pieces,
             ["clause_environnementale", "critere_environnemental"],
             V(allotissement=0, montant_estime_ht=213354.5),
             "Le DQE joint au dossier est l'estimation du maître d'œuvre (titre et RC art. 5) ; sa ligne "
             "« TOTAL GÉNÉRAL H.T. 213 354,50 » ne porte aucun signe € (le € n'est que dans l'en-tête de "
             "colonne « Montant (€ HT) ») : c'est le montant estimé HT.",
             "Pièges : seuil de 5 404 000 € HT (RC), chiffre d'affaires minimal de 250 000 € HT (RC), "
             "pénalités de 300 € et 150 €, avance de 10 %, seuil d'avance de 50 000 € HT, assurance "
             "1 500 000 € / 500 000 €, indemnité de 40 € (CCAP), TVA 42 670,90 et total TTC 256 025,40 "
             "(DQE). Non alloti (RC ; l'avis n'en dit rien). Critère environnemental : sous-critère 2.3 "
             "(RC) ; clause environnementale : recyclage des fraisats (CCAP).")


# ----------------------------------------------------------------------------- d02
def d02():
    hd = "Département de la Haute-Lézière – Direction de l'éducation et des collèges"
    ref = "AC-2027-017"
    rc = [TITLE("DÉPARTEMENT DE LA HAUTE-LÉZIÈRE", "Règlement de la consultation",
                "Fourniture de produits d'entretien et d'hygiène pour les collèges publics", "Réf. " + ref),
          H("1. Objet"),
          P("La consultation a pour objet la fourniture et la livraison de produits d'entretien, "
            "d'essuyage et d'hygiène destinés aux 23 collèges publics du Département. Les quantités, "
            "lieux et fréquences de livraison sont précisés au cahier des charges."),
          H("2. Forme du contrat – durée"),
          P("Le contrat est un accord-cadre mono-attributaire exécuté par émission de bons de commande, "
            "au sens des articles R.~2162-2 et R.~2162-13 à R.~2162-14 du code de la commande publique. Les "
            "montants minimum et maximum figurent au CCAP."),
          P("L'accord-cadre est conclu pour une période initiale de 12 mois à compter de sa notification. "
            "Il est reconductible tacitement 3 fois par période de 12 mois, sans que sa durée totale "
            "puisse excéder 48 mois. Le titulaire ne peut refuser la reconduction."),
          H("3. Estimation"),
          P("A titre indicatif, et sans engagement du Département, le volume des commandes est estimé à "
            "65^000 € HT par an, montant constaté en moyenne sur les exercices 2024 à 2026."),
          H("4. Procédure"),
          P("La consultation est passée par appel d'offres ouvert en application des articles L.~2124-2, "
            "R.~2124-2 1° et R.~2161-2 à R.~2161-5 du code, la valeur estimée du besoin sur la durée "
            "totale de l'accord-cadre dépassant le seuil européen de 216^000 € HT."),
          H("5. Allotissement"),
          P("Un allotissement n'a pas été retenu : les produits sont livrés ensemble dans chaque collège "
            "par un même transporteur, et la dévolution en lots séparés rendrait l'exécution "
            "financièrement plus coûteuse (article L.~2113-11 2°). L'accord-cadre est donc passé en un "
            "lot unique."),
          H("6. Pièces de la candidature"),
          LST(["lettre de candidature (DC1 ou équivalent) et déclaration du candidat (DC2 ou équivalent) ;",
               "déclaration concernant le chiffre d'affaires global et le chiffre d'affaires du domaine "
               "d'activité des trois derniers exercices ;",
               "liste des principales livraisons des trois dernières années."]),
          P("Aucun niveau minimal de capacité n'est exigé."),
          H("7. Critères de jugement des offres"),
          LST(["Prix (montant du détail estimatif établi à partir du BPU) : 60 %",
               "Valeur technique (qualité des produits au vu des fiches techniques et des échantillons, "
               "délais et organisation des livraisons) : 40 %"]),
          H("8. Échantillons"),
          P("Le candidat fournit un échantillon des références 04, 11 et 17 du BPU. Les échantillons ne "
            "sont pas restitués."),
          H("9. Date limite"),
          P("Les offres sont remises au plus tard le 22 février 2027 à 16 heures, sur la plateforme "
            "https://achats.haute-leziere.example/.")]
    ccap = [TITLE("DÉPARTEMENT DE LA HAUTE-LÉZIÈRE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accord-cadre à bons de commande – produits d'entretien et d'hygiène des collèges", ref),
            H("Article 1 – Objet"),
            P("Le présent accord-cadre porte sur la fourniture et la livraison franco de produits "
              "d'entretien, d'essuyage et d'hygiène dans les collèges publics du Département. Il est exécuté "
              "par bons de commande émis par la direction de l'éducation."),
            H("Article 2 – Durée"),
            P("L'accord-cadre prend effet à sa notification pour une période initiale de douze mois. Il est "
              "reconduit tacitement trois fois par période de douze mois, soit une durée maximale de quatre "
              "ans. La décision de non-reconduction est notifiée au moins trois mois avant l'échéance."),
            H("Article 3 – Montants minimum et maximum"),
            P("Pour chaque période (période initiale et chacune des reconductions), les commandes sont "
              "passées dans les limites suivantes :"),
            RTAB([["Montants", "Par période de 12 mois"],
                  ["Minimum", "20~000 € HT"], ["Maximum", "90~000 € HT"]], widths=[1, 1], align="lr"),
            P("Le montant d'un bon de commande ne peut être inférieur à 150 € HT (franco de port)."),
            H("Article 4 – Exigences environnementales"),
            P("Les détergents, nettoyants sols et sanitaires et produits vaisselle livrés sont titulaires de "
              "l'Écolabel européen ou d'un label équivalent, ou satisfont aux critères de celui-ci. Les "
              "produits sont livrés en priorité sous forme concentrée ; les bidons de plus de 5 litres vides "
              "sont repris par le titulaire lors de la livraison suivante, en vue de leur réemploi ou de "
              "leur recyclage. Le titulaire transmet chaque année un bilan des quantités reprises."),
            H("Article 5 – Livraisons et pénalités"),
            P("Les livraisons interviennent dans un délai de cinq jours ouvrés à compter de la réception du "
              "bon de commande. Tout retard donne lieu à une pénalité de 50 € HT par jour calendaire, "
              "plafonnée à 10 % du montant du bon de commande concerné."),
            H("Article 6 – Prix"),
            P("Les prix sont fermes pour la période initiale, puis révisés à chaque reconduction selon "
              "l'indice des prix à la production de l'industrie française pour le marché français – savons, "
              "détergents et produits d'entretien (CPF 20.41)."),
            H("Article 7 – Paiement"),
            P("Le paiement intervient par virement dans un délai global de 30 jours à compter de la "
              "réception de la facture. Il n'est pas prévu d'avance, aucun bon de commande ne dépassant "
              "50~000 € HT."),
            H("Article 8 – Obligations sociales"),
            P("Le titulaire atteste qu'il respecte les obligations relatives à l'emploi des travailleurs "
              "handicapés prévues aux articles L.~5212-1 à L.~5212-11 du code du travail, et remet tous les "
              "six mois les attestations prévues à l'article D.~8222-5 du même code.")]
    ae = [TITLE("DÉPARTEMENT DE LA HAUTE-LÉZIÈRE", "ACTE D'ENGAGEMENT",
                "Accord-cadre à bons de commande – produits d'entretien et d'hygiène des collèges", ref),
          H("A – Objet de l'acte d'engagement"),
          P("Le présent acte d'engagement concerne l'accord-cadre mono-attributaire désigné ci-dessus, "
            "conclu en un lot unique."),
          H("B – Engagement du titulaire"),
          P("Après avoir pris connaissance des pièces du dossier, je m'engage (nous nous engageons), sans "
            "réserve, à exécuter les prestations aux prix unitaires du bordereau des prix joint."),
          P("Nom, prénom et qualité du signataire : ..........................................."),
          P("Raison sociale : ...................................  SIRET : ........................"),
          H("C – Montants de l'accord-cadre"),
          P("Les commandes sont passées dans la limite d'un montant maximum fixé à 360~000 € HT pour la "
            "durée totale de l'accord-cadre, reconductions comprises (soit 432~000 € TTC). Le montant "
            "minimum annuel est celui fixé au CCAP."),
          H("D – Durée"),
          P("Durée : voir l'article 2 du CCAP (12 mois reconductibles trois fois)."),
          H("E – Paiement"),
          P("Compte à créditer (joindre un RIB) : IBAN ......................................"),
          P("Avance : sans objet."),
          H("F – Signature"),
          P("Fait à ......................, le ....................   Signature du candidat :"),
          P("Acceptation de l'offre par le pouvoir adjudicateur – Pour le Président du Conseil "
            "départemental et par délégation :")]
    bpu_rows = [["Réf.", "Désignation", "Conditionnement", "Prix unitaire HT", "Taux TVA"]]
    items = [("01", "Détergent désinfectant sols, concentré", "bidon 5 l"),
             ("04", "Nettoyant sanitaires détartrant", "bidon 5 l"),
             ("07", "Liquide vaisselle main", "bidon 5 l"),
             ("11", "Essuie-mains pliés en Z, 2 plis", "carton 3 750 f."),
             ("13", "Papier toilette rouleau jumbo", "colis de 6"),
             ("17", "Savon liquide doux, mains", "cartouche 1 l"),
             ("20", "Sacs poubelle 110 l renforcés", "rouleau de 25"),
             ("24", "Lavettes microfibre 40 x 40", "paquet de 10")]
    for r, des, c in items:
        bpu_rows.append([r, des, c, "", "20 %"])
    bpu = [TITLE("Haute-Lézière – Collèges", "BORDEREAU DES PRIX UNITAIRES",
                 "Accord-cadre " + ref + " – produits d'entretien et d'hygiène"),
           P("Les prix sont exprimés hors taxes, livraison franco dans chaque collège comprise. Le candidat "
             "complète toutes les lignes ; une ligne non renseignée rend l'offre irrégulière."),
           TAB(bpu_rows),
           P("Cachet et signature du candidat :")]
    pieces = [
        PIECE("d02_RC.docx", "RC", hd, ref + " – RC", rc,
              L(allotissement=0, montant_estime_ht=260000,
                evidence=["le volume des commandes est estimé à 65 000 € HT par an",
                          "reconductible tacitement 3 fois par période de 12 mois",
                          "[65 000 x 4 périodes de 12 mois = 260 000]",
                          "L'accord-cadre est donc passé en un lot unique."])),
        PIECE("d02_CCAP.pdf", "CCAP", hd, ref + " – CCAP", ccap,
              L(clause_environnementale=1, montant_max_ht=360000,
                evidence=["Maximum 90 000 € HT", "reconduit tacitement trois fois",
                          "[90 000 x 4 = 360 000]",
                          "titulaires de l'Écolabel européen ou d'un label équivalent"])),
        PIECE("d02_AE.docx", "AE", hd, ref + " – AE", ae,
              L(allotissement=0, montant_max_ht=360000,
                evidence=["conclu en un lot unique",
                          "montant maximum fixé à 360 000 € HT pour la durée totale de l'accord-cadre"])),
        PIECE("d02_BPU.docx", "BPU", hd, ref + " – BPU", bpu, L()),
    ]
    return D("d02", "Département de la Haute-Lézière – produits d'entretien des collèges (accord-cadre, 12 mois x 4)",
             pieces, ["clause_environnementale"],
             V(allotissement=0, montant_estime_ht=260000, montant_max_ht=360000),
             "Le RC donne une estimation ANNUELLE (65 000 € HT par an, espace fine insécable dans le DOCX) et "
             "une durée de 12 mois reconductible 3 fois (48 mois). LABELS.md demande la valeur estimée "
             "TOTALE ; comme pour le maximum (« total over all periods »), on totalise sur les quatre "
             "périodes : 65 000 x 4 = 260 000.",
             "Pièges : montant minimum annuel 20 000 € HT et maximum annuel 90 000 € HT (CCAP) ; seuil "
             "européen de 216 000 € HT (RC) ; 150 € HT par bon de commande ; pénalité 50 € ; 50 000 € HT "
             "(avance) ; 432 000 € TTC (AE). Maximum : 90 000 x 4 = 360 000 (CCAP), écrit en total dans "
             "l'AE. « Lot unique » = non alloti. Rappel L5212-1 à L5212-11 (CCAP) : pas une clause sociale.")


# ----------------------------------------------------------------------------- d03
def d03():
    hd = "Communauté de communes des Coteaux de l'Arvenne – Nettoyage des locaux"
    ref = "CCCA-2027-NET"
    rc = [TITLE("COMMUNAUTÉ DE COMMUNES DES COTEAUX DE L'ARVENNE", "RÈGLEMENT DE CONSULTATION",
                "Prestations de nettoyage et d'entretien des locaux communautaires", ref),
          H("Article 1 – Objet"),
          P("La consultation porte sur le nettoyage courant et périodique des bâtiments communautaires "
            "(siège, médiathèque, équipements sportifs, structures petite enfance) et sur le nettoyage de "
            "la vitrerie."),
          H("Article 2 – Décomposition en lots"),
          P("La consultation est divisée en trois lots, attribués séparément :"),
          RTAB([["Lot", "Désignation"],
                ["1", "Siège communautaire, maison des services et médiathèque de Pradelles"],
                ["2", "Gymnases intercommunaux et salle des sports de Vaux-sur-Arvenne"],
                ["3", "Crèches et relais petite enfance ; vitrerie de l'ensemble des sites"]],
               widths=[0.6, 4], align="ll"),
          P("Un même candidat peut présenter une offre pour un ou plusieurs lots."),
          H("Article 3 – Lot réservé"),
          P("En application de l'article L.~2113-12 du code de la commande publique, le lot n°~3 est "
            "réservé aux entreprises adaptées et aux établissements et services d'aide par le travail, "
            "ainsi qu'aux structures équivalentes, qui emploient une proportion minimale de 50 % de "
            "travailleurs handicapés."),
          H("Article 4 – Procédure"),
          P("Procédure adaptée ouverte (articles L.~2123-1 et R.~2123-1 1°). La valeur estimée de "
            "l'ensemble des lots est inférieure au seuil européen des marchés de services des "
            "collectivités territoriales, fixé à 221~000 € HT, de sorte que la procédure formalisée "
            "n'est pas requise."),
          H("Article 5 – Durée"),
          P("Chaque marché est conclu pour une durée ferme de 36 mois à compter du 1er mai 2027. Il n'est "
            "pas reconductible."),
          H("Article 6 – Candidature"),
          P("Le candidat produit les formulaires DC1 et DC2 ou le DUME, une attestation d'assurance de "
            "responsabilité civile professionnelle d'un montant minimal de 1~000~000 € par sinistre, et "
            "une liste de références de moins de trois ans."),
          H("Article 7 – Critères de jugement"),
          P("Lots 1 et 2 :"),
          LST(["prix : 50 % ;",
               "valeur technique (moyens humains, plannings, contrôle qualité) : 40 % ;",
               "performance en matière d'insertion professionnelle des publics en difficulté, appréciée "
               "au regard des modalités d'accueil, d'encadrement et de formation proposées : 10 %."]),
          P("Lot 3 : prix 55 % ; valeur technique 45 %."),
          H("Article 8 – Visite"),
          P("Une visite des sites est conseillée ; elle est organisée sur rendez-vous auprès du service "
            "patrimoine (tél. 03 29 00 41 17)."),
          H("Article 9 – Dépôt des plis"),
          P("Réponse électronique uniquement, avant le 15 mars 2027, 12 h, sur "
            "https://marchespublics.coteaux-arvenne.example/.")]
    ccap = [TITLE("CC des Coteaux de l'Arvenne", "CCAP",
                  "Nettoyage et entretien des locaux communautaires – lots 1 à 3", ref),
            H("Article 1 – Objet et allotissement"),
            P("Le marché a pour objet les prestations de nettoyage des locaux communautaires. Il est "
              "alloti en trois lots définis au règlement de consultation ; chaque lot fait l'objet d'un "
              "marché distinct. Le présent CCAP est commun aux trois lots."),
            H("Article 2 – Prix"),
            P("Les prestations courantes sont rémunérées par un prix global et forfaitaire mensuel par "
              "site ; les prestations ponctuelles sont rémunérées par application des prix unitaires du "
              "bordereau. Les prix sont révisables annuellement selon l'indice ICHT-E nettoyage."),
            H("Article 3 – Clause sociale d'insertion (lots 1 et 2)"),
            P("Au titre des conditions d'exécution prévues à l'article L.~2112-2 du code de la commande "
              "publique, le titulaire des lots 1 et 2 s'engage à réserver aux personnes rencontrant des "
              "difficultés sociales ou professionnelles particulières un volume d'heures de travail fixé "
              "comme suit pour la durée du marché :"),
            RTAB([["Lot", "Heures d'insertion à réaliser"],
                  ["Lot 1 – Siège, maison des services, médiathèque", "1~200 heures"],
                  ["Lot 2 – Gymnases et salle des sports", "600 heures"]],
                 widths=[3, 1.6], align="lr"),
            P("Le titulaire peut s'acquitter de son engagement par l'embauche directe, la mise à "
              "disposition de salariés par une structure d'insertion par l'activité économique ou un GEIQ, "
              "ou la sous-traitance à une SIAE. La facilitatrice de la Maison de l'emploi du Pays "
              "d'Arvenne accompagne le titulaire et valide l'éligibilité des personnes."),
            P("En cas de non-réalisation, une pénalité de 50 € HT par heure d'insertion non effectuée est "
              "appliquée en fin de marché."),
            H("Article 4 – Pénalités d'exécution"),
            P("Toute prestation non exécutée constatée contradictoirement entraîne une pénalité de 80 € HT "
              "par local et par passage. Le retard de remise des fiches de contrôle entraîne une pénalité "
              "de 30 € HT par jour."),
            H("Article 5 – Paiement"),
            P("Paiement mensuel à 30 jours. Retenue de garantie : néant. Avance : 5 % du montant initial "
              "TTC, si le montant du lot dépasse 50~000 € HT, sauf refus du titulaire.")]
    cctp = [TITLE("CC des Coteaux de l'Arvenne", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Nettoyage des locaux communautaires", ref),
            H("1. Généralités"),
            P("Le présent CCTP est commun aux trois lots de la consultation. Il décrit les prestations "
              "attendues, les fréquences et le niveau de qualité exigé pour chaque type de local."),
            H("2. Fréquences"),
            RTAB([["Type de local", "Fréquence", "Lot"],
                  ["Bureaux, salles de réunion", "3 passages / semaine", "1"],
                  ["Sanitaires et vestiaires", "quotidien", "1, 2, 3"],
                  ["Salles de sport (sols sportifs)", "quotidien, hors week-end", "2"],
                  ["Dortoirs et salles de change", "quotidien", "3"],
                  ["Vitrerie intérieure et extérieure", "trimestrielle", "3"]],
                 widths=[3, 2.2, 1]),
            H("3. Produits et matériels"),
            P("Les produits de nettoyage utilisés sont titulaires de l'Écolabel européen ou d'un label "
              "équivalent ; les produits désinfectants ne sont employés que dans les sanitaires, les "
              "salles de change et en cas d'épidémie. Le titulaire utilise des systèmes de dosage "
              "automatique et des textiles microfibres lavables ; les lingettes à usage unique sont "
              "proscrites. Les fiches de données de sécurité sont tenues à disposition sur chaque site."),
            H("4. Déchets"),
            P("Le titulaire vide les corbeilles et respecte le tri sélectif en place (papier, emballages, "
              "biodéchets de la médiathèque) jusqu'aux bacs extérieurs."),
            H("5. Contrôle qualité"),
            P("Un contrôle contradictoire mensuel est organisé sur grille d'évaluation. Le seuil de "
              "conformité attendu est de 85 %.")]
    ae_tab = [["Lot", "Intitulé", "Estimation de l'acheteur (HT, 36 mois)", "Offre du candidat (HT, 36 mois)"],
              ["1", "Siège, maison des services, médiathèque", "96.000,00 €", ""],
              ["2", "Gymnases et salle des sports", "57.600,00 €", ""],
              ["3", "Crèches, RPE et vitrerie (lot réservé – art. L. 2113-12)", "31.200,00 €", ""]]
    ae = [TITLE("COMMUNAUTÉ DE COMMUNES DES COTEAUX DE L'ARVENNE", "ACTE D'ENGAGEMENT",
                "Nettoyage et entretien des locaux communautaires", ref),
          H("1. Identification de l'acheteur"),
          P("Communauté de communes des Coteaux de l'Arvenne, 5 avenue de la Gare, 88420 Pradelles. "
            "SIRET 248 800 512 00027. Personne habilitée à donner les renseignements prévus à l'article "
            "R. 2191-59 : le Président."),
          H("2. Objet et lots"),
          P("Le présent acte d'engagement vaut pour le ou les lots cochés ci-dessous. Pour information, "
            "l'estimation de l'acheteur figure en regard de chaque lot ; le candidat porte son prix dans "
            "la dernière colonne."),
          TAB(ae_tab, widths=[0.5, 2.6, 1.5, 1.5], align="llrr"),
          H("3. Engagement du candidat"),
          P("Je m'engage, sur la base de mon offre et pour mon propre compte, à exécuter les prestations "
            "dans les conditions définies par les pièces du marché, pour le prix indiqué ci-dessus."),
          P("Nom et qualité du signataire : .................................................."),
          H("4. Signature"),
          P("A ...................., le ....................")]
    pieces = [
        PIECE("d03_RC.pdf", "RC", hd, ref + " – Règlement de consultation", rc,
              L(allotissement=1, nb_lots=3, marche_reserve=1, reserve_base="L2113-12", critere_social=1,
                evidence=["La consultation est divisée en trois lots",
                          "le lot n° 3 est réservé aux entreprises adaptées",
                          "performance en matière d'insertion professionnelle des publics en difficulté"]),
              cols=2, hyphen=True),
        PIECE("d03_CCAP.pdf", "CCAP", hd, ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1800, allotissement=1, nb_lots=3,
                evidence=["alloti en trois lots", "Lot 1 – Siège, maison des services, médiathèque 1 200 heures",
                          "Lot 2 – Gymnases et salle des sports 600 heures", "[1 200 + 600 = 1 800]"])),
        PIECE("d03_CCTP.pdf", "CCTP", hd, ref + " – CCTP", cctp,
              L(clause_environnementale=1, allotissement=1, nb_lots=3,
                evidence=["commun aux trois lots de la consultation",
                          "Les produits de nettoyage utilisés sont titulaires de l'Écolabel européen"]),
              hyphen=True),
        PIECE("d03_AE.docx", "AE", hd, ref + " – AE", ae,
              L(allotissement=1, nb_lots=3, marche_reserve=1, reserve_base="L2113-12", montant_estime_ht=184800,
                evidence=["Estimation de l'acheteur (HT, 36 mois)", "96.000,00 €", "57.600,00 €", "31.200,00 €",
                          "[somme des 3 lots = 184 800]", "lot réservé – art. L. 2113-12"])),
    ]
    return D("d03", "CC des Coteaux de l'Arvenne – nettoyage des locaux (3 lots, lot 3 réservé)", pieces,
             ["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale"],
             V(allotissement=1, nb_lots=3, heures_insertion=1800, montant_estime_ht=184800, reserve_base="L2113-12"),
             "Aucun total n'est écrit : l'AE seul donne l'estimation de l'acheteur par lot, en points "
             "séparateurs de milliers (96.000,00 + 57.600,00 + 31.200,00 € HT sur 36 mois) ; somme des "
             "trois lots = 184 800.",
             "Pièges : « seuil européen ... fixé à 221 000 € HT » (RC, seuil périmé) ; assurance 1 000 000 € "
             "(RC) ; pénalités 50 €, 80 €, 30 € ; 50 000 € HT (avance) ; 85 % (qualité). Heures : 1 200 (lot 1) "
             "+ 600 (lot 2) = 1 800 (CCAP). Lot 3 réservé L2113-12 (RC, AE). Critère social lots 1 et 2 (RC).")


# ----------------------------------------------------------------------------- d04
D04_LOTS = [("01", "Désamiantage – démolitions – gros œuvre"), ("02", "Charpente bois – couverture – zinguerie"),
            ("03", "Menuiseries extérieures aluminium"), ("04", "Menuiseries intérieures bois"),
            ("05", "Plâtrerie – isolation – faux plafonds"), ("06", "Revêtements de sols – faïence"),
            ("07", "Plomberie – chauffage – ventilation"), ("08", "Électricité courants forts et faibles")]


def d04():
    hd = "Ville de Castelnau-les-Brumes – Groupe scolaire Jean-Moulin"
    ref = "VCB-T-2027-04"
    rc = [TITLE("VILLE DE CASTELNAU-LES-BRUMES", "REGLEMENT DE LA CONSULTATION",
                "Restructuration et extension du groupe scolaire Jean-Moulin", "Marché de travaux – " + ref),
          H("Article 1 – Objet de la consultation"),
          P("La consultation concerne les travaux de restructuration du groupe scolaire Jean-Moulin "
            "(désamiantage, reprise des planchers, mise en accessibilité, rénovation thermique) et "
            "l'extension de la salle de restauration (142 m² de surface de plancher)."),
          H("Article 2 – Allotissement"),
          P("Les travaux sont répartis en 8 lots faisant chacun l'objet d'un marché séparé :"),
          RTAB([["Lot", "Désignation"]] + [[n, t] for n, t in D04_LOTS], widths=[0.5, 5]),
          H("Article 3 – Tranches"),
          P("Chaque marché comporte une tranche ferme et une tranche optionnelle, en application de "
            "l'article R.~2113-4 du code de la commande publique :"),
          LST(["tranche ferme : restructuration des bâtiments A et B et extension du restaurant ;",
               "tranche optionnelle : réaménagement de la cour et couverture du préau."]),
          P("La tranche optionnelle pourra être affermie dans un délai de douze mois à compter de la "
            "notification ; son affermissement ne donne lieu à aucune indemnité d'attente."),
          H("Article 4 – Coût prévisionnel"),
          SPLIT("Le coût prévisionnel des travaux, établi par la maîtrise d'œuvre au stade du projet (PRO) "
                "et exprimé en valeur juin 2027, est de 1.240.000 € HT pour la tranche ferme et de",
                "310.000 € HT pour la tranche optionnelle, tous lots confondus. La répartition par lot n'est "
                "pas communiquée."),
          H("Article 5 – Procédure"),
          P("La consultation est passée selon une procédure adaptée (article R.~2123-1 1°), le montant "
            "estimé des travaux étant inférieur au seuil européen de 5~404~000 € HT."),
          H("Article 6 – Délais"),
          P("Tranche ferme : 11 mois, période de préparation de 1 mois incluse ; tranche optionnelle : "
            "3 mois, à réaliser pendant les congés scolaires d'été."),
          H("Article 7 – Présentation des offres"),
          P("Le candidat remet, pour chaque lot, l'acte d'engagement, la DPGF du lot complétée, le mémoire "
            "technique et l'attestation de visite. Les candidats justifient d'une assurance décennale en "
            "cours de validité."),
          H("Article 8 – Jugement des offres"),
          RTAB([["Critère", "Pondération"],
                ["Prix (montant total tranche ferme + tranche optionnelle)", "50 %"],
                ["Valeur technique (méthodologie, planning, moyens)", "40 %"],
                ["Performance environnementale du chantier : tri, réemploi et valorisation des déchets, "
                 "limitation des nuisances sonores", "10 %"]], widths=[5, 1], align="lr"),
          H("Article 9 – Date limite"),
          P("Les offres sont déposées sur https://castelnau-les-brumes.marches.example avant le 4 mai 2027, "
            "12 h 00.")]
    ins = [["Lot", "Heures d'insertion"], ["Lot 01 – Gros œuvre", "1~500 h"],
           ["Lot 02 – Charpente, couverture", "400 h"], ["Lot 05 – Plâtrerie, isolation", "600 h"]]
    ccap = [TITLE("VILLE DE CASTELNAU-LES-BRUMES", "C.C.A.P.",
                  "Restructuration et extension du groupe scolaire Jean-Moulin – lots 01 à 08", ref),
            H("Article 1 – Objet – décomposition"),
            P("Le présent CCAP s'applique aux 8 lots de l'opération. Chaque lot comporte une tranche ferme "
              "et une tranche optionnelle dont le contenu est défini au CCTP."),
            H("Article 2 – Prix"),
            P("Les marchés sont traités à prix global et forfaitaire, pour chaque tranche, sur la base de "
              "la DPGF du lot. Les prix sont révisables selon l'index BT du lot (BT01 pour le lot 01, "
              "BT16b pour le lot 02, etc.), avec une part fixe de 12,5 %."),
            H("Article 3 – Avance"),
            P("Une avance de 5 % du montant initial TTC de la tranche ferme est versée au titulaire, sauf "
              "renonciation expresse. Pour les PME, le taux est porté à 10 %."),
            H("Article 4 – Retenue de garantie"),
            P("Une retenue de garantie de 5 % du montant initial du marché, augmenté le cas échéant du "
              "montant des avenants, est constituée ; elle peut être remplacée par une garantie à première "
              "demande ou, si les parties en sont d'accord, par une caution personnelle et solidaire."),
            H("Article 5 – Pénalités"),
            P("Par dérogation au CCAG Travaux, la pénalité pour retard est fixée à 1/3000e du montant HT "
              "du marché par jour calendaire de retard, avec un minimum de 150 € HT par jour. L'absence "
              "aux réunions de chantier est sanctionnée d'une pénalité de 100 € HT par absence."),
            H("Article 6 – Action d'insertion professionnelle"),
            P("En application de l'article L.~2112-2 du code, les titulaires des lots désignés ci-dessous "
              "réalisent une action d'insertion en faveur de personnes éloignées de l'emploi (demandeurs "
              "d'emploi de longue durée, bénéficiaires du RSA, jeunes de moins de 26 ans sans "
              "qualification, travailleurs handicapés), soit un volume global de 2~500 heures :"),
            TAB(ins, widths=[3, 1.5], align="lr"),
            P("Le facilitateur du PLIE du Val des Brumes accompagne les entreprises. La non-réalisation "
              "des heures est sanctionnée d'une pénalité de 60 € HT par heure manquante."),
            H("Article 7 – Chantier à faibles nuisances"),
            P("Les titulaires appliquent la charte chantier à faibles nuisances annexée au CCTP : tri des "
              "déchets en cinq flux au minimum, taux de valorisation matière d'au moins 70 % en masse des "
              "déchets non dangereux, justifié par les bordereaux, et interdiction de tout brûlage."),
            H("Article 8 – Délais"),
            P("Les délais d'exécution sont ceux de l'article 6 du RC ; le calendrier détaillé est établi "
              "par l'OPC en période de préparation.")]
    ae = [TITLE("Ville de Castelnau-les-Brumes", "ACTE D'ENGAGEMENT", "Groupe scolaire Jean-Moulin – " + ref,
                "Lot n° 03 – Menuiseries extérieures aluminium"),
          H("Article 1 – Contractant"),
          P("Je soussigné(e) ........................................ agissant au nom et pour le compte de "
            "........................................ (SIRET ..............................), m'engage à "
            "exécuter les travaux du lot désigné ci-dessus, dans les conditions du CCAP et du CCTP."),
          H("Article 2 – Prix"),
          TAB([["Tranche", "Montant HT", "TVA (20 %)", "Montant TTC"],
               ["Tranche ferme", "", "", ""], ["Tranche optionnelle", "", "", ""],
               ["Total", "", "", ""]], widths=[2, 1.3, 1.3, 1.3]),
          P("Montant total TTC en lettres : ......................................................"),
          H("Article 3 – Délais"),
          P("Les délais d'exécution sont fixés par le calendrier d'exécution établi en période de "
            "préparation, dans la limite de l'article 6 du règlement de la consultation."),
          H("Article 4 – Avance"),
          P("Je renonce au bénéfice de l'avance :  [ ] oui   [ ] non"),
          H("Article 5 – Signature"),
          P("Fait à ...................., le ....................")]
    dpgf_rows = [["Réf.", "Désignation", "U", "Qté", "P.U. HT", "Total HT"]]
    for r, des, u, q in [("3.1", "Châssis fixes aluminium à rupture de pont thermique", "m²", "46"),
                         ("3.2", "Fenêtres oscillo-battantes 2 vantaux, Uw 1,3", "u", "38"),
                         ("3.3", "Porte d'entrée double vantail, anti-pince-doigts", "u", "3"),
                         ("3.4", "Brise-soleil orientables motorisés", "u", "24"),
                         ("3.5", "Dépose des menuiseries existantes", "ens", "1"),
                         ("TO 3.6", "Préau : bardage polycarbonate et portail", "ens", "1")]:
        dpgf_rows.append([r, des, u, q, "", ""])
    dpgf_rows.append(["", "Total tranche ferme HT", "", "", "", ""])
    dpgf_rows.append(["", "Total tranche optionnelle HT", "", "", "", ""])
    dpgf = [TITLE("Groupe scolaire Jean-Moulin", "DECOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE",
                  "Lot 03 – Menuiseries extérieures aluminium"),
            P("Cadre à compléter par le candidat. Les quantités sont données à titre indicatif ; le candidat "
              "les vérifie et les modifie si nécessaire sous sa responsabilité, le prix étant forfaitaire."),
            TAB(dpgf_rows, widths=[0.8, 3.5, 0.5, 0.6, 1, 1.1]),
            P("Le candidat reporte les totaux à l'article 2 de l'acte d'engagement.")]
    pieces = [
        PIECE("d04_RC.pdf", "RC", hd, ref + " – RC", rc,
              L(allotissement=1, nb_lots=8, critere_environnemental=1, montant_estime_ht=1550000,
                evidence=["répartis en 8 lots",
                          "1.240.000 € HT pour la tranche ferme et de 310.000 € HT pour la tranche optionnelle",
                          "[1 240 000 + 310 000 = 1 550 000]",
                          "tri, réemploi et valorisation des déchets"]), hyphen=True),
        PIECE("d04_CCAP.pdf", "CCAP", hd, ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2500, clause_environnementale=1,
                allotissement=1, nb_lots=8,
                evidence=["s'applique aux 8 lots", "action d'insertion", "soit un volume global de 2 500 heures",
                          "taux de valorisation matière d'au moins 70 %"]), hyphen=True),
        PIECE("d04_AE.docx", "AE", hd, ref + " – AE lot 03", ae,
              L(allotissement=1, evidence=["Lot n° 03 – Menuiseries extérieures aluminium"])),
        PIECE("d04_DPGF.docx", "DPGF", hd, ref + " – DPGF lot 03", dpgf,
              L(allotissement=1, evidence=["Lot 03 – Menuiseries extérieures aluminium"])),
    ]
    return D("d04", "Castelnau-les-Brumes – groupe scolaire (8 lots, tranche ferme + tranche optionnelle)", pieces,
             ["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
             V(allotissement=1, nb_lots=8, heures_insertion=2500, montant_estime_ht=1550000),
             "« Coût prévisionnel des travaux » du RC : 1.240.000 € HT (tranche ferme) et, après un saut de "
             "page, 310.000 € HT (tranche optionnelle), points comme séparateurs de milliers, sans total "
             "écrit. La valeur estimée totale comprend la tranche optionnelle : 1 550 000.",
             "Pièges : seuil européen 5 404 000 € HT (RC) ; avance 5 % / 10 % ; retenue de garantie 5 % ; "
             "pénalités 1/3000e, 150 €, 100 €, 60 € (CCAP) ; part fixe 12,5 % ; 142 m². AE et DPGF du lot 03 "
             "vides (allotissement 1 car pièce d'un lot, nb_lots non donné). Heures : total écrit 2 500 "
             "(1 500 + 400 + 600) au CCAP.")


# ----------------------------------------------------------------------------- d05
def d05():
    hd = "Syndicat mixte Numérique des Hautes-Combes – SMNHC"
    ref = "SMNHC-2027-TMA"
    rc = [TITLE("SYNDICAT MIXTE NUMÉRIQUE DES HAUTES-COMBES", "Règlement de la consultation",
                "Tierce maintenance applicative et hébergement du progiciel de gestion financière "
                "mutualisé « Finanza »", ref),
          H("Article 1 – Objet"),
          P("Le Syndicat mixte met à la disposition de ses 64 collectivités adhérentes un progiciel de "
            "gestion financière. La consultation a pour objet la tierce maintenance applicative (TMA) de "
            "ce progiciel, son hébergement et l'assistance aux utilisateurs."),
          H("Article 2 – Caractéristiques du marché"),
          P("Marché ordinaire, passé selon une procédure adaptée ouverte (articles R.~2123-1 1° et "
            "R.~2123-4 du code de la commande publique). Les prestations de maintenance et d'hébergement "
            "sont rémunérées par un prix global et forfaitaire annuel ; les évolutions sont commandées sur "
            "devis, sur la base des prix unitaires de jour/homme."),
          P("Le marché n'est pas alloti : la maintenance corrective et l'hébergement de l'application sont "
            "techniquement indissociables, le titulaire devant garantir un engagement de rétablissement "
            "unique."),
          H("Article 3 – Durée"),
          P("Le marché est conclu pour un an à compter du 1er juillet 2027. Il est reconductible "
            "expressément trois fois pour une durée d'un an, soit une durée maximale de quatre ans."),
          H("Article 4 – Valeur estimée"),
          P("La valeur estimée du besoin, reconductions comprises et pour toute la durée du marché, est de "
            "cent quatre-vingt-six mille cinq cents euros hors taxes. Cette indication ne vaut pas "
            "engagement de commande pour les prestations sur devis."),
          H("Article 5 – Conditions de participation"),
          P("Capacité économique : le candidat justifie d'un chiffre d'affaires annuel d'au moins "
            "250~000 euros sur chacun des deux derniers exercices. Capacité technique : trois références "
            "de TMA d'un progiciel de gestion publique, dont une au moins avec hébergement."),
          H("Article 6 – Critères"),
          LST(["Valeur technique : 60 % (méthodologie de maintenance 25 %, plan de réversibilité 20 %, "
               "organisation du support 15 %) ;",
               "Prix : 40 %, apprécié sur le montant du forfait annuel et d'un devis-type de 40 jours/homme."]),
          H("Article 7 – Modalités de remise"),
          P("Les offres sont transmises par voie dématérialisée avant le 26 avril 2027 à 11 h 00. Les "
            "documents de la consultation sont disponibles sur le profil d'acheteur du Syndicat.")]
    ccap = [TITLE("SMNHC", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES",
                  "TMA et hebergement du progiciel Finanza", ref),
            H("Article 1 – Objet"),
            P("Le marché porte sur la tierce maintenance applicative, l'hébergement et le support du "
              "progiciel Finanza. Le CCAG applicable est le CCAG-TIC (arrêté du 30 mars 2021)."),
            H("Article 2 – Pièces contractuelles"),
            P("Acte d'engagement et annexe financière ; présent CCAP ; CCTP et ses annexes ; CCAG-TIC ; "
              "offre technique du titulaire."),
            H("Article 3 – Prix et règlement"),
            P("Le forfait annuel de maintenance et d'hébergement est réglé trimestriellement à terme échu. "
              "Les prestations sur devis sont réglées après admission. Les prix sont révisés à chaque date "
              "anniversaire selon l'indice Syntec."),
            P("Une avance de 5 % est versée lorsque le montant de la première année excède 50~000 € HT, "
              "sauf renonciation du titulaire."),
            H("Article 4 – Niveaux de service et pénalités"),
            P("Le délai de rétablissement d'une anomalie bloquante est de 4 heures ouvrées. Tout dépassement "
              "entraîne une pénalité de 150 € HT par heure ouvrée de retard, plafonnée à 10 % du forfait "
              "annuel. L'indisponibilité de l'environnement de production au-delà du taux garanti de 99,5 % "
              "entraîne une réfaction de 2 % du forfait trimestriel par tranche de 0,1 point."),
            P("Les environnements de recette et de pré-production sont mis à jour dans les cinq jours ouvrés "
              "suivant la livraison d'une version."),
            H("Article 5 – Protection des données"),
            P("Le titulaire agit en qualité de sous-traitant au sens de l'article 28 du RGPD. Il héberge les "
              "données exclusivement sur le territoire de l'Union européenne."),
            H("Article 6 – Obligations sociales et fiscales"),
            P("Le titulaire remet tous les six mois les documents prévus aux articles D.~8222-5 et D.~8254-2 "
              "du code du travail. Il rappelle qu'il satisfait à l'obligation d'emploi des travailleurs "
              "handicapés prévue aux articles L.~5212-1 à L.~5212-11 du code du travail."),
            H("Article 7 – Réversibilité"),
            P("Au terme du marché, le titulaire restitue les données dans un format ouvert et assiste le "
              "Syndicat pendant trois mois, dans la limite de 30 jours/homme inclus dans le forfait.")]
    cctp = [TITLE("SMNHC", "Cahier des clauses techniques particulières", "Finanza – TMA, hébergement, support", ref),
            H("1. Contexte technique"),
            P("Finanza est une application web (Java 17, base PostgreSQL 15) utilisée par environ 420 agents. "
              "L'environnement technique cible est décrit en annexe 1 ; le titulaire maintient trois "
              "environnements : production, pré-production et formation."),
            H("2. Hébergement"),
            P("L'hébergement est assuré dans un centre de données situé dans l'Union européenne, certifié "
              "ISO 27001. Le centre de données retenu justifie d'un indicateur d'efficacité énergétique "
              "(PUE) annuel inférieur ou égal à 1,5 et d'un approvisionnement en électricité d'origine "
              "renouvelable pour au moins 50 % de sa consommation ; le titulaire transmet chaque année "
              "les valeurs mesurées."),
            H("3. Maintenance"),
            P("Maintenance corrective, préventive, réglementaire (nomenclatures M57, évolutions de la "
              "chaîne PES) et adaptative. Les versions sont livrées au moins deux fois par an."),
            H("4. Support"),
            P("Support de niveau 2 joignable de 8 h 30 à 18 h, du lundi au vendredi, par portail et par "
              "téléphone. Délai de prise en compte : 2 heures ouvrées."),
            H("5. Sauvegardes"),
            P("Sauvegarde quotidienne, rétention 30 jours, copie hebdomadaire sur un second site distant d'au "
              "moins 50 km.")]
    avis = [TITLE("AVIS DE MARCHÉ – SERVICES", "Syndicat mixte Numérique des Hautes-Combes"),
            P("Section 1 : Identification de l'acheteur. Syndicat mixte Numérique des Hautes-Combes, 3 rue "
              "du Doubs-Vieux, 39220 Les Essarts-Combes. SIRET 200 071 388 00014."),
            P("Section 2 : Communication. Documents de la consultation : https://smnhc.marches.example/"),
            P("Section 4 : Identification du marché. Intitulé : TMA et hébergement du progiciel de gestion "
              "financière Finanza. Code CPV principal : 72267000. Type de marché : services."),
            P("Description : maintenance applicative, hébergement et support. Durée : 12 mois, reconductible "
              "3 fois."),
            P("Le marché est-il divisé en lots ? Non."),
            P("Section 5 : Conditions de participation : voir le règlement de la consultation."),
            P("Section 6 : Critères : valeur technique 60 %, prix 40 %."),
            P("Date limite de réception des offres : 26 avril 2027 à 11 h 00.")]
    pieces = [
        PIECE("d05_RC.docx", "RC", hd, ref + " – RC", rc,
              L(allotissement=0, montant_estime_ht=186500,
                evidence=["Le marché n'est pas alloti",
                          "La valeur estimée du besoin, reconductions comprises et pour toute la durée du marché, "
                          "est de cent quatre-vingt-six mille cinq cents euros hors taxes"])),
        PIECE("d05_CCAP.pdf", "CCAP", hd, ref + " – CCAP", ccap, L(), hyphen=True),
        PIECE("d05_CCTP.pdf", "CCTP", hd, ref + " – CCTP", cctp,
              L(clause_environnementale=1,
                evidence=["(PUE) annuel inférieur ou égal à 1,5",
                          "électricité d'origine renouvelable pour au moins 50 % de sa consommation"])),
        PIECE("d05_AVIS.txt", "AVIS", hd, "", avis,
              L(allotissement=0, evidence=["Le marché est-il divisé en lots ? Non."])),
    ]
    return D("d05", "Syndicat mixte Numérique des Hautes-Combes – TMA et hébergement (estimation en lettres)", pieces,
             ["clause_environnementale"],
             V(allotissement=0, montant_estime_ht=186500),
             "Estimation écrite en lettres seulement (RC art. 4) : « cent quatre-vingt-six mille cinq cents "
             "euros hors taxes », reconductions comprises : 186 500. Aucun chiffre ailleurs.",
             "Pièges : chiffre d'affaires de 250 000 euros (RC) ; 40 jours/homme ; 50 000 € HT (avance), "
             "pénalité 150 €, 10 %, 99,5 %, 2 % (CCAP). « Environnement de production / recette » au sens "
             "informatique (CCAP) : pas une clause environnementale ; rappel L5212-1 à L5212-11 : pas une "
             "clause sociale. Clause environnementale réelle : PUE et électricité renouvelable (CCTP).")


# ----------------------------------------------------------------------------- d06
def d06():
    hd = "Centre hospitalier de Lanvézac-Plourhan – Direction des achats"
    ref = "CHLP-2027-ALIM"
    rc = [TITLE("CENTRE HOSPITALIER DE LANVÉZAC-PLOURHAN", "RÈGLEMENT DE LA CONSULTATION",
                "Fourniture de denrées alimentaires pour l'unité centrale de production", ref),
          H("Article 1 – Objet"),
          P("La consultation porte sur la fourniture de denrées alimentaires livrées à l'unité centrale "
            "de production culinaire du centre hospitalier (environ 1 450 repas par jour, patients, "
            "résidents d'EHPAD et self du personnel)."),
          H("Article 2 – Forme, lots et montants"),
          P("Chaque lot donne lieu à un accord-cadre mono-attributaire exécuté par bons de commande, sans "
            "montant minimum, conclu pour 12 mois et reconductible deux fois par période de 12 mois "
            "(durée totale : 36 mois)."),
          RTAB([["Lot", "Intitulé", "Estimation (k€ HT)", "Maximum (k€ HT)"],
                ["1", "Produits laitiers et ovoproduits", "84", "120"],
                ["2", "Viandes fraîches et volailles", "126,5", "180"],
                ["3", "Fruits et légumes frais", "42", "60"],
                ["4", "Épicerie et produits secs", "57", "78"]],
               widths=[0.5, 3, 1.3, 1.3], align="llrr"),
          P("Montants exprimés en milliers d'euros hors taxes, pour la durée totale de l'accord-cadre, "
            "reconductions comprises."),
          H("Article 3 – Procédure"),
          P("Appel d'offres ouvert en application des articles L.~2124-2, R.~2124-2 1° et R.~2161-2 à "
            "R.~2161-5 du code de la commande publique. Les lots sont attribués séparément ; un candidat "
            "peut répondre à un, plusieurs ou tous les lots."),
          H("Article 4 – Candidature"),
          P("Le candidat produit le DUME ou les formulaires DC1 et DC2, l'agrément sanitaire ou la "
            "déclaration auprès de la DDPP des établissements concernés, et la liste des principales "
            "fournitures effectuées au cours des trois dernières années. Le chiffre d'affaires annuel "
            "minimal exigé, par lot, est égal à une fois et demie le montant estimé du lot rapporté à une "
            "année."),
          H("Article 5 – Échantillons"),
          P("Pour les lots 1, 2 et 4, les échantillons désignés au BPU (colonne « Éch. ») sont livrés "
            "gratuitement à l'unité centrale de production au plus tard le 19 mars 2027."),
          H("Article 6 – Critères d'attribution"),
          RTAB([["Critère", "Pondération"],
                ["Prix (détail estimatif sur quantités non communiquées)", "50 %"],
                ["Qualité gustative et technique des produits (dégustation à l'aveugle)", "35 %"],
                ["Performances environnementales : conditionnements réduits ou réutilisables, fréquence "
                 "de livraison et distance parcourue", "15 %"]], widths=[5, 1], align="lr"),
          H("Article 7 – Remise des offres"),
          P("Date limite : 26 mars 2027, 12 h. Les offres sont remises sur la plateforme "
            "https://achats-hospitaliers.example/chlp.")]
    ccap = [TITLE("CH de Lanvézac-Plourhan", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accords-cadres de fourniture de denrées alimentaires (4 lots)", ref),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux quatre lots ; chaque lot constitue un accord-cadre distinct "
              "exécuté par bons de commande émis par le service restauration."),
            H("Article 2 – Durée"),
            P("Chaque accord-cadre est conclu pour une période initiale de 12 mois à compter du "
              "1er juin 2027, reconductible tacitement deux fois pour 12 mois."),
            H("Article 3 – Montant maximum"),
            P("Le montant maximum annuel de chaque lot, identique pour la période initiale et pour "
              "chaque période de reconduction, est fixé comme suit :"),
            TAB([["Lot 1", "Lot 2", "Lot 3", "Lot 4"],
                 ["40~000 € HT", "60~000 € HT", "20~000 € HT", "26~000 € HT"]], align="rrrr"),
            P("Il n'est pas fixé de montant minimum."),
            H("Article 4 – Livraisons"),
            P("Les livraisons ont lieu du lundi au vendredi entre 6 h et 10 h. Les températures de transport "
              "sont contrôlées à réception ; toute rupture de la chaîne du froid entraîne le refus du lot."),
            H("Article 5 – Emballages et transport"),
            P("Le titulaire livre les produits frais en caisses réutilisables qu'il reprend à la livraison "
              "suivante ; les emballages en polystyrène expansé sont proscrits. Il regroupe ses livraisons "
              "de façon à ne pas dépasser trois livraisons par semaine, sauf commande urgente, et les "
              "effectue avec des véhicules répondant au minimum à la norme Euro VI ou de classe Crit'Air 1."),
            H("Article 6 – Pénalités"),
            P("Retard de livraison : 100 € HT par heure de retard au-delà de 10 h. Produit non conforme non "
              "remplacé dans les 24 heures : 200 € HT par produit."),
            H("Article 7 – Paiement"),
            P("Délai global de paiement : 50 jours (article R.~2192-11 du code). Pas de retenue de garantie.")]
    bpu_rows = [["Code", "Désignation", "Unité", "Éch.", "Prix unitaire HT (€)", "TVA"]]
    for c, des, u, e in [("V01", "Sauté de bœuf, race à viande, muscle", "kg", "oui"),
                         ("V02", "Rôti de porc filet, sans os, Label Rouge", "kg", ""),
                         ("V05", "Cuisse de poulet, origine France", "kg", "oui"),
                         ("V08", "Escalope de dinde 120 g", "kg", ""),
                         ("V11", "Steak haché 15 % MG, 100 g, surgelé", "kg", "oui"),
                         ("V14", "Blanquette de veau", "kg", "")]:
        bpu_rows.append([c, des, u, e, "", "5,5 %"])
    bpu = [TITLE("Centre hospitalier de Lanvézac-Plourhan", "BORDEREAU DES PRIX UNITAIRES",
                 "Lot n° 2 – Viandes fraîches et volailles"),
           P("Prix hors taxes, franco unité centrale de production. Les grammages et spécifications sont "
             "ceux des fiches produits du CCTP."),
           TAB(bpu_rows, widths=[0.6, 3.4, 0.6, 0.5, 1.3, 0.6]),
           P("Date, cachet et signature :")]
    avis = [TITLE("Avis de marché – Fournitures", "Centre hospitalier de Lanvézac-Plourhan"),
            P("I.1) Nom et adresses : Centre hospitalier de Lanvézac-Plourhan, 12 rue de l'Hôpital, 22740 "
              "Lanvézac. Code NUTS : FRH01."),
            P("II.1.1) Intitulé : fourniture de denrées alimentaires pour l'unité centrale de production. "
              "Numéro de référence : " + ref + "."),
            P("II.1.2) Code CPV principal : 15000000."),
            P("II.1.3) Type de marché : fournitures."),
            P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Des offres peuvent être "
              "soumises pour tous les lots."),
            P("II.2.1) Intitulé : lot 1 – produits laitiers ; lot 2 – viandes fraîches ; lot 3 – fruits et "
              "légumes ; lot 4 – épicerie."),
            P("II.2.5) Critères d'attribution : critère de qualité – nom : qualité gustative et technique / "
              "pondération : 35 ; critère de qualité – nom : performances environnementales "
              "(conditionnements, livraisons) / pondération : 15 ; prix – pondération : 50."),
            P("II.2.7) Durée en mois : 12. Ce marché peut faire l'objet d'une reconduction : oui (deux fois)."),
            P("IV.1.1) Type de procédure : procédure ouverte."),
            P("IV.2.2) Date limite de réception des offres : 26/03/2027 à 12:00."),
            P("VI.3) Informations complémentaires : les montants estimatifs et maximums par lot figurent à "
              "l'article 2 du règlement de la consultation.")]
    pieces = [
        PIECE("d06_RC.pdf", "RC", hd, ref + " – RC", rc,
              L(allotissement=1, nb_lots=4, critere_environnemental=1, montant_estime_ht=309500,
                montant_max_ht=438000,
                evidence=["Estimation (k€ HT)", "84", "126,5", "42", "57",
                          "[84 + 126,5 + 42 + 57 = 309,5 k€ ; max 120 + 180 + 60 + 78 = 438 k€]",
                          "pour la durée totale de l'accord-cadre, reconductions comprises",
                          "Performances environnementales : conditionnements réduits"])),
        PIECE("d06_CCAP.pdf", "CCAP", hd, ref + " – CCAP", ccap,
              L(allotissement=1, nb_lots=4, clause_environnementale=1, montant_max_ht=438000,
                evidence=["commun aux quatre lots", "40 000 € HT 60 000 € HT 20 000 € HT 26 000 € HT",
                          "reconductible tacitement deux fois", "[146 000 x 3 = 438 000]",
                          "en caisses réutilisables qu'il reprend"]), hyphen=True),
        PIECE("d06_BPU.docx", "BPU", hd, ref + " – BPU lot 2", bpu,
              L(allotissement=1, evidence=["Lot n° 2 – Viandes fraîches et volailles"])),
        PIECE("d06_AVIS.txt", "AVIS", hd, "", avis,
              L(allotissement=1, nb_lots=4, critere_environnemental=1,
                evidence=["ce marché est divisé en lots : oui",
                          "lot 1 – produits laitiers ; lot 2 – viandes fraîches ; lot 3 – fruits et légumes ; lot 4",
                          "performances environnementales (conditionnements, livraisons) / pondération : 15"])),
    ]
    return D("d06", "CH de Lanvézac-Plourhan – denrées alimentaires (4 lots, montants en k€ dans le RC)", pieces,
             ["clause_environnementale", "critere_environnemental"],
             V(allotissement=1, nb_lots=4, montant_estime_ht=309500, montant_max_ht=438000),
             "Estimation par lot seulement, dans un tableau du RC exprimé en k€ HT sur la durée totale "
             "(reconductions comprises) : 84 + 126,5 + 42 + 57 = 309,5 k€, soit 309 500.",
             "Pièges : colonne « Maximum (k€ HT) » voisine (120 + 180 + 60 + 78 = 438 k€ = maximum du "
             "dossier, confirmé par le CCAP : 146 000 € HT par an x 3 périodes) ; « une fois et demie le "
             "montant estimé » (RC) ; 1 450 repas ; pénalités 100 € et 200 € ; 50 jours ; TVA 5,5 %. Le RC "
             "et l'avis ne donnent aucun total. Critère environnemental 15 % (RC, avis) ; clause "
             "environnementale : caisses réutilisables et véhicules (CCAP).")


# ----------------------------------------------------------------------------- d07
def d07():
    hd = "Commune de Villeneuve-d'Arvaux – Médiathèque"
    ref = "VDA-MOE-2027-01"
    rc = [TITLE("COMMUNE DE VILLENEUVE-D'ARVAUX", "RÈGLEMENT DE LA CONSULTATION",
                "Marché de maîtrise d'œuvre pour la construction d'une médiathèque", ref),
          H("Article 1 – Objet"),
          P("La consultation a pour objet l'attribution d'un marché de maîtrise d'œuvre, au sens des "
            "articles L.~2431-1 et suivants du code de la commande publique, pour la construction d'une "
            "médiathèque de 1 150 m² de surface utile sur le site de l'ancienne halle aux grains."),
          P("Mission confiée : mission de base (ESQ, APS, APD, PRO, ACT, VISA, DET, AOR) complétée des "
            "missions EXE partielle, OPC et SSI."),
          H("Article 2 – Procédure"),
          P("Procédure adaptée restreinte (articles R.~2123-1 1° et R.~2172-1). Trois candidats au plus "
            "sont admis à remettre une offre. Il n'est pas organisé de concours et aucune prime n'est "
            "versée."),
          H("Article 3 – Enveloppe financière et estimation du marché"),
          P("L'enveloppe financière prévisionnelle affectée aux travaux par le maître d'ouvrage est fixée "
            "à 2~200~000 € HT (valeur mars 2027). Pour la détermination de la procédure, le montant "
            "prévisionnel du présent marché de maîtrise d'œuvre (honoraires et missions complémentaires) "
            "a été évalué à 214" + SB + "500 € HT, ce qui correspond à un taux de rémunération indicatif de "
            "9,75 % ; les candidats proposent librement leur taux."),
          H("Article 4 – Allotissement"),
          P("Le marché n'est pas alloti : la mission de maîtrise d'œuvre forme un tout indivisible."),
          H("Article 5 – Composition de l'équipe"),
          P("L'équipe comprend au minimum un architecte inscrit à l'Ordre, un bureau d'études structure, "
            "un bureau d'études fluides et thermique, un économiste et un acousticien. Le mandataire "
            "justifie d'une assurance professionnelle couvrant au moins 1~000~000 € par sinistre."),
          H("Article 6 – Sélection des candidatures"),
          P("Les candidatures sont classées au vu des références (40 %), des moyens et compétences de "
            "l'équipe (40 %) et de la note de motivation (20 %)."),
          H("Article 7 – Jugement des offres"),
          LST(["Valeur technique : 60 %, dont méthodologie et planning (25 %), compréhension du programme "
               "(20 %) et approche environnementale du projet – sobriété énergétique, matériaux biosourcés "
               "et confort d'été (15 %) ;",
               "Prix (taux de rémunération et forfaits des missions complémentaires) : 40 %."]),
          H("Article 8 – Calendrier"),
          P("Date limite des candidatures : 9 avril 2027, 12 h. Envoi des invitations à soumissionner : "
            "fin avril 2027.")]
    ccap = [TITLE("Commune de Villeneuve-d'Arvaux", "CCAP – Maîtrise d'œuvre",
                  "Construction d'une médiathèque", ref),
            H("Article 1 – Objet et CCAG"),
            P("Le présent CCAP fixe les conditions d'exécution du marché de maîtrise d'œuvre. Le CCAG "
              "applicable est le CCAG-MOE approuvé par l'arrêté du 30 mars 2021."),
            H("Article 2 – Rémunération"),
            P("Le marché est conclu à prix global et forfaitaire. Le forfait provisoire de rémunération "
              "est égal au produit du taux de rémunération fixé à l'acte d'engagement par la part de "
              "l'enveloppe financière affectée aux travaux. Il devient définitif à l'acceptation de "
              "l'APD, sur la base du coût prévisionnel des travaux sur lequel le maître d'œuvre "
              "s'engage."),
            P("Le seuil de tolérance sur le coût prévisionnel des travaux est fixé à 4 %. Si le montant "
              "des marchés de travaux excède ce seuil, le maître d'œuvre reprend ses études sans "
              "rémunération supplémentaire."),
            H("Article 3 – Avance"),
            P("Une avance de 20 % du montant initial TTC de la tranche de mission à exécuter dans les "
              "douze premiers mois est versée au titulaire, sauf renonciation."),
            H("Article 4 – Pénalités"),
            P("Retard dans la remise des documents d'études : 1/1000e du forfait provisoire par jour de "
              "retard, avec un minimum de 100 € HT. Absence à une réunion de chantier : 150 € HT."),
            H("Article 5 – Objectifs environnementaux"),
            P("Le maître d'œuvre conçoit un bâtiment respectant les exigences de la RE2020 au niveau de "
              "seuil applicable en 2028 et atteignant le niveau 1 du label « bâtiment biosourcé ». Il "
              "remet à chaque phase un calcul de l'impact carbone et un bilan des matériaux. Le non-respect "
              "de ces objectifs au stade APD oblige le titulaire à reprendre gratuitement ses études."),
            H("Article 6 – Assurances"),
            P("Le titulaire justifie d'une assurance de responsabilité civile professionnelle et décennale "
              "pour la durée de l'opération.")]
    cctp = [TITLE("Commune de Villeneuve-d'Arvaux", "PROGRAMME TECHNIQUE DETAILLE",
                  "Médiathèque de la halle aux grains – annexe au CCTP de maîtrise d'œuvre", ref),
            H("1. Données générales de l'opération"),
            P("Surface utile programmée : 1 150 m². Surface de plancher estimée : 1 420 m². Parcelle "
              "cadastrée AB 214, 3 860 m²."),
            P("Coût prévisionnel de l'opération, toutes dépenses confondues (travaux, honoraires, études, "
              "aléas, mobilier, révisions) : 3,1 M€ TTC."),
            P("Part de l'enveloppe affectée aux travaux : 2 200 000 € HT, valeur mars 2027."),
            H("2. Exigences environnementales et énergétiques"),
            LST(["production photovoltaïque en toiture couvrant au moins 30 % des besoins annuels du bâtiment ;",
                 "structure bois ou mixte bois-béton, isolants biosourcés en façade ;",
                 "récupération des eaux pluviales pour les sanitaires et l'arrosage ;",
                 "confort d'été sans climatisation active, hors salle patrimoniale."]),
            H("3. Espaces"),
            RTAB([["Pôle", "Surface utile"], ["Accueil et espace presse", "180 m²"],
                  ["Espace adultes", "380 m²"], ["Espace jeunesse", "290 m²"],
                  ["Auditorium et salle d'animation", "150 m²"], ["Locaux internes et réserves", "150 m²"]],
                 widths=[3, 1], align="lr"),
            H("4. Calendrier"),
            P("Études : 2027-2028. Travaux : 18 mois à partir de mars 2029.")]
    ae = [TITLE("Villeneuve-d'Arvaux", "ACTE D'ENGAGEMENT – MAITRISE D'ŒUVRE", "Médiathèque – " + ref),
          H("1. Contractant"),
          P("Mandataire du groupement : ...................................................."),
          P("Cotraitants : ...................................................................."),
          H("2. Rémunération"),
          P("Taux de rémunération de la mission de base : t = ........ %"),
          P("Forfait provisoire de rémunération = t x part de l'enveloppe affectée aux travaux "
            "= ........ € HT"),
          TAB([["Mission", "Montant HT", "Répartition entre cotraitants"],
               ["Mission de base", "", ""], ["EXE partielle", "", ""], ["OPC", "", ""], ["SSI", "", ""],
               ["Total", "", ""]], widths=[2, 1.2, 2.2]),
          H("3. Signature"),
          P("Le candidat : ...................   Le représentant du pouvoir adjudicateur : ...................")]
    pieces = [
        PIECE("d07_RC.pdf", "RC", hd, ref + " – RC", rc,
              L(allotissement=0, critere_environnemental=1, montant_estime_ht=214500,
                evidence=["le montant prévisionnel du présent marché de maîtrise d'œuvre (honoraires et missions "
                          "complémentaires) a été évalué à 214 500 € HT",
                          "Le marché n'est pas alloti",
                          "approche environnementale du projet"])),
        PIECE("d07_CCAP.pdf", "CCAP", hd, ref + " – CCAP", ccap,
              L(clause_environnementale=1,
                evidence=["atteignant le niveau 1 du label « bâtiment biosourcé »"]), hyphen=True),
        PIECE("d07_CCTP.pdf", "CCTP", hd, ref + " – Programme", cctp,
              L(clause_environnementale=1,
                evidence=["production photovoltaïque en toiture couvrant au moins 30 % des besoins annuels"])),
        PIECE("d07_AE.docx", "AE", hd, ref + " – AE", ae, L()),
    ]
    return D("d07", "Villeneuve-d'Arvaux – maîtrise d'œuvre d'une médiathèque (enveloppe travaux ≠ estimation)",
             pieces, ["clause_environnementale", "critere_environnemental"],
             V(allotissement=0, montant_estime_ht=214500),
             "Le montant estimé du MARCHÉ de maîtrise d'œuvre est celui des honoraires, « évalué à 214 500 € "
             "HT » (RC art. 3, nombre coupé en fin de ligne dans le PDF). L'enveloppe financière des travaux "
             "(2 200 000 € HT) n'est pas la valeur de ce marché.",
             "Pièges : enveloppe travaux 2 200 000 € HT (RC, programme, et formule de l'AE) ; coût de "
             "l'opération 3,1 M€ TTC (programme) ; taux 9,75 % ; tolérance 4 % ; avance 20 % ; pénalités ; "
             "assurance 1 000 000 € ; surfaces. Programme et CCAP : pièces sans estimation du marché.")


# ----------------------------------------------------------------------------- d08
def d08():
    hd = "Commune des Auzières – Parking paysager rue du Stade"
    ref = "AUZ-2027-03T"
    rc = [TITLE("COMMUNE DES AUZIÈRES", "RÈGLEMENT DE LA CONSULTATION",
                "Aménagement d'un parking paysager et d'une liaison douce – rue du Stade", ref),
          H("1 – Acheteur"),
          P("Commune des Auzières, Hôtel de ville, 1 place du Marché, 84390 Les Auzières. Représentant "
            "du pouvoir adjudicateur : M. le Maire."),
          H("2 – Objet"),
          P("Création d'un parking paysager de 74 places, dont 3 places PMR et 6 places équipées de bornes "
            "de recharge, et d'une liaison piétons-cycles de 260 m vers le groupe scolaire."),
          H("3 – Décomposition"),
          P("Les travaux font l'objet d'un marché unique, non alloti : ils relèvent pour l'essentiel d'un "
            "seul corps d'état (VRD) et leur division rendrait la coordination des interventions sur une "
            "emprise réduite techniquement difficile."),
          H("4 – Estimation"),
          P("L'estimation de l'opération, établie au stade PRO, s'élève à 540 000 € TTC (TVA au taux "
            "normal de 20 % incluse). Le financement est assuré par la Commune avec le concours de la "
            "dotation de soutien à l'investissement local."),
          H("5 – Procédure"),
          P("Procédure adaptée ouverte, article R.~2123-1 1° du code de la commande publique. La commune se "
            "réserve la possibilité de négocier avec les trois premiers candidats."),
          H("6 – Délai"),
          P("Délai d'exécution : 4 mois, période de préparation de 3 semaines comprise."),
          H("7 – Offres"),
          P("Chaque candidat remet l'AE, la DPGF complétée (cadre vierge fourni), un mémoire technique et "
            "un planning. La DPGF d'estimation jointe au DCE n'est communiquée qu'à titre d'information."),
          H("8 – Critères"),
          P("Prix : 55 %. Valeur technique : 45 % (méthodologie 20 %, moyens 15 %, planning 10 %)."),
          H("9 – Capacités"),
          P("Assurance décennale et de responsabilité civile ; références de moins de cinq ans en "
            "aménagement d'espaces publics ; qualification FNTP 3141 ou équivalent appréciée.")]
    ccap = [TITLE("COMMUNE DES AUZIÈRES", "CCAP", "Parking paysager et liaison douce – rue du Stade", ref),
            H("Article 1 – Forme du marché"),
            P("Marché de travaux à prix global et forfaitaire, passé en procédure adaptée. CCAG Travaux "
              "2021 applicable, sauf dérogations récapitulées à l'article 10."),
            H("Article 2 – Conditions d'exécution à caractère social"),
            P("Le titulaire s'engage à réaliser, pendant la durée du chantier, une action d'insertion "
              "réservant au moins 350 heures de travail à des personnes éloignées de l'emploi : "
              "demandeurs d'emploi de longue durée, allocataires du RSA, jeunes sans qualification, "
              "personnes reconnues travailleurs handicapés. Les heures sont justifiées mensuellement "
              "auprès du facilitateur de la Maison de l'emploi du Comtat, qui valide l'éligibilité des "
              "candidats proposés."),
            P("La non-réalisation de tout ou partie des heures entraîne une pénalité de 45 € HT par heure "
              "non réalisée."),
            H("Article 3 – Conditions d'exécution à caractère environnemental"),
            P("Les terres excavées non polluées sont réemployées sur site en priorité, le surplus étant "
              "évacué vers une plateforme de valorisation ; la mise en décharge n'est admise que pour les "
              "matériaux non valorisables, sur justificatif. Les couches de fondation intègrent au moins "
              "30 % de granulats recyclés, sous réserve de leur conformité au CCTP."),
            H("Article 4 – Délai et pénalités de retard"),
            P("Le délai d'exécution est celui de l'acte d'engagement. La pénalité de retard est de 250 € HT "
              "par jour calendaire."),
            H("Article 5 – Avance et retenue de garantie"),
            P("Avance : 10 % du montant initial TTC du marché (le montant initial étant supérieur à "
              "50~000 € HT et le délai supérieur à deux mois). Retenue de garantie : 5 % du montant des "
              "acomptes, remplaçable par une garantie à première demande."),
            H("Article 6 – Règlement"),
            P("Acomptes mensuels sur situation ; délai global de paiement de 30 jours."),
            H("Article 10 – Dérogations au CCAG"),
            P("L'article 4 déroge à l'article 19.2.1 du CCAG Travaux.")]
    rows = [("1", "Installation de chantier, études d'exécution, DOE", 18500),
            ("2", "Terrassements généraux, déblais et évacuation", 61240),
            ("3", "Couche de forme et structure de chaussée", 97860),
            ("4", "Revêtements : enrobés, pavés drainants, stabilisé", 112400),
            ("5", "Bordures, caniveaux et noues d'infiltration", 38900),
            ("6", "Réseaux EP : canalisations, regards, massif d'infiltration", 47300),
            ("7", "Éclairage public (12 mâts LED, fourreaux)", 41600),
            ("8", "Plantations, engazonnement, mobilier", 23750),
            ("9", "Signalisation horizontale et verticale", 8450)]
    tot = sum(r[2] for r in rows)
    assert tot == 450000
    tab = [["Poste", "Désignation", "Montant HT"]] + [[a, b, fr(c)] for a, b, c in rows]
    tab += [["", "Total HT", fr(tot)], ["", "TVA 20 %", fr(tot * 0.2)], ["", "Total TTC", fr(tot * 1.2)]]
    dpgf = [TITLE("Les Auzières – rue du Stade", "DPGF – ESTIMATION DE LA MAITRISE D'ŒUVRE",
                  "Parking paysager et liaison douce (phase PRO, janvier 2027)"),
            P("Décomposition par postes de l'estimation du maître d'œuvre (Atelier Garrigue Paysage). "
              "Document transmis pour information : le candidat établit sa propre décomposition sur le "
              "cadre vierge."),
            TAB(tab, widths=[0.6, 4, 1.3], align="llr"),
            P("Estimation arrêtée par le maître d'œuvre le 18 janvier 2027.")]
    avis = [TITLE("AVIS D'APPEL PUBLIC A LA CONCURRENCE", "Commune des Auzières"),
            P("Acheteur : Commune des Auzières (84). Contact : services techniques, 04 90 00 12 34."),
            P("Objet : aménagement d'un parking paysager et d'une liaison douce, rue du Stade."),
            P("Procédure : adaptée ouverte. Marché de travaux. Lots : non."),
            P("Clause sociale : oui – action d'insertion de 350 heures au minimum (article 2 du CCAP)."),
            P("Délai d'exécution : 4 mois."),
            P("Critères : prix 55 %, valeur technique 45 %."),
            P("Remise des offres : avant le 19 mars 2027 à 12 h, sur le profil acheteur "
              "https://auzieres.achatpublic.example."),
            P("Envoi à la publication : 17 février 2027.")]
    pieces = [
        PIECE("d08_RC.pdf", "RC", hd, ref + " – RC", rc,
              L(allotissement=0, evidence=["marché unique, non alloti"])),
        PIECE("d08_CCAP.pdf", "CCAP", hd, ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=350, clause_environnementale=1,
                evidence=["une action d'insertion réservant au moins 350 heures de travail à des personnes "
                          "éloignées de l'emploi",
                          "Les couches de fondation intègrent au moins 30 % de granulats recyclés"]), hyphen=True),
        PIECE("d08_DPGF.docx", "DPGF", hd, ref + " – DPGF estimation", dpgf,
              L(montant_estime_ht=450000,
                evidence=["DPGF – ESTIMATION DE LA MAITRISE D'ŒUVRE", "Total HT 450 000,00"])),
        PIECE("d08_AVIS.txt", "AVIS", hd, "", avis,
              L(allotissement=0, clause_sociale=1, clause_insertion=1, heures_insertion=350,
                evidence=["Lots : non.", "Clause sociale : oui – action d'insertion de 350 heures au minimum"])),
    ]
    return D("d08", "Les Auzières – parking paysager (estimation TTC au RC, HT dans la DPGF d'estimation)", pieces,
             ["clause_sociale", "clause_insertion", "clause_environnementale"],
             V(allotissement=0, heures_insertion=350, montant_estime_ht=450000),
             "Le RC ne donne que l'estimation TTC (540 000 € TTC, TVA 20 %) : pour cette pièce seule, aucun "
             "montant HT n'est écrit (vide). La DPGF d'estimation du maître d'œuvre écrit « Total HT "
             "450 000,00 » sans aucun signe € ni mot « euros » : c'est le montant estimé HT du dossier, "
             "cohérent avec le TTC du RC.",
             "Pièges : 540 000 € TTC (RC) ; TVA 90 000,00 et total TTC 540 000,00 (DPGF) ; pénalités 45 € et "
             "250 € ; 50 000 € HT (avance) ; 30 % de granulats ; 74 places. Heures 350 (CCAP, annoncées dans "
             "l'avis). Non alloti (RC, avis).")


# ----------------------------------------------------------------------------- d09
def d09():
    hd = "Ville de Pontarlieu – Service des espaces verts"
    ref = "PTL-2027-EV05"
    rc = [TITLE("VILLE DE PONTARLIEU", "REGLEMENT DE LA CONSULTATION",
                "Entretien des espaces verts des quartiers Nord et du cimetière paysager", ref),
          H("ARTICLE 1 – OBJET"),
          P("Tonte, taille des haies et arbustes, désherbage manuel et mécanique, ramassage des feuilles et "
            "entretien des massifs sur 14,2 ha d'espaces verts (quartiers Nord, coulée verte du Brévon, "
            "cimetière paysager)."),
          H("ARTICLE 2 – MARCHE RESERVE"),
          P("Conformément à l'article L.~2113-13 du code de la commande publique, le présent accord-cadre "
            "est réservé aux structures d'insertion par l'activité économique mentionnées à l'article "
            "L.~5132-4 du code du travail (entreprises d'insertion, ateliers et chantiers d'insertion, "
            "associations intermédiaires, entreprises de travail temporaire d'insertion) et aux structures "
            "équivalentes."),
          H("ARTICLE 3 – FORME ET DUREE"),
          P("Accord-cadre mono-attributaire à bons de commande (R.~2162-2 alinéa 2), conclu pour 24 mois à "
            "compter du 1er avril 2027, non reconductible. Il n'est pas alloti : le périmètre géographique "
            "est continu et une seule équipe encadrée peut l'entretenir de façon cohérente."),
          H("ARTICLE 4 – MONTANTS"),
          P("Le budget alloué à ces prestations est de 96 k€ HT pour la durée totale de l'accord-cadre. "
            "Les commandes sont passées sans montant minimum, dans la limite d'un montant maximum de "
            "120~000 € HT sur 24 mois."),
          H("ARTICLE 5 – CANDIDATURE"),
          LST(["justificatif du conventionnement SIAE ou de la qualité de structure équivalente ;",
               "attestation d'assurance responsabilité civile d'un montant minimal de 2 M€ par sinistre ;",
               "moyens en personnel d'encadrement technique et matériel."]),
          H("ARTICLE 6 – CRITERES"),
          P("Prix (détail estimatif sur commande type) : 40 % – Valeur technique (organisation, matériel, "
            "méthodes de gestion différenciée) : 40 % – Qualité de l'accompagnement socio-professionnel des "
            "salariés en parcours d'insertion (encadrement, formation, sorties vers l'emploi) : 20 %."),
          H("ARTICLE 7 – REMISE DES OFFRES"),
          P("Date limite : 1er mars 2027 à 12 h 00, sur https://pontarlieu.marches.example. Visite des "
            "sites recommandée.")]
    ccap = [TITLE("Ville de Pontarlieu", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Accord-cadre réservé – entretien des espaces verts", ref),
            H("Art. 1 – Objet et réservation"),
            P("L'accord-cadre porte sur l'entretien des espaces verts définis au CCTP. Il est réservé, en "
              "application de l'article L.~2113-13 du code de la commande publique, aux structures "
              "d'insertion par l'activité économique et structures équivalentes."),
            H("Art. 2 – Durée et montants"),
            P("Durée : 24 mois à compter de la notification. Montant maximum des commandes sur toute la "
              "durée : 120~000 € HT. Aucun minimum n'est fixé."),
            H("Art. 3 – Exécution des commandes"),
            P("Chaque bon de commande précise les sites, les prestations et le délai d'intervention, qui ne "
              "peut être inférieur à cinq jours ouvrés. Le titulaire désigne un encadrant technique "
              "présent sur chaque chantier."),
            H("Art. 4 – Gestion écologique"),
            P("Aucun produit phytopharmaceutique n'est utilisé, y compris dans le cimetière. Le titulaire "
              "applique le plan de gestion différenciée annexé au CCTP (fauches tardives, zones refuges). "
              "Les déchets de tonte et de taille sont broyés et réutilisés sur place en paillage ; le "
              "surplus est apporté à la plateforme de compostage communale. Les machines thermiques de "
              "moins de 3 kW sont remplacées par des matériels électriques à batterie."),
            H("Art. 5 – Pénalités"),
            P("Intervention non réalisée dans le délai du bon de commande : 80 € HT par jour de retard. "
              "Présence de déchets verts laissés sur site : 100 € HT par constat."),
            H("Art. 6 – Prix et paiement"),
            P("Prix unitaires du BPU, fermes la première année puis révisés selon l'indice des salaires "
              "du paysage. Paiement à 30 jours. Pas de retenue de garantie ; avance sans objet, aucun bon "
              "de commande n'excédant 50~000 € HT."),
            H("Art. 7 – Suivi"),
            P("Une réunion trimestrielle fait le point sur l'exécution des prestations, les bons de commande "
              "en cours et la qualité des interventions."),
            H("Art. 8 – Résiliation"),
            P("Les conditions de résiliation sont celles du CCAG FCS, articles 38 à 42.")]
    bpu_rows = [["N°", "Prestation", "Unité", "Prix unitaire HT"]]
    for n, p, u in [("1", "Tonte avec ramassage, surfaces > 2 000 m²", "1 000 m²"),
                    ("2", "Tonte mulching, surfaces < 2 000 m²", "1 000 m²"),
                    ("3", "Taille de haie, 2 faces + dessus, h < 2 m", "ml"),
                    ("4", "Désherbage manuel des allées du cimetière", "heure"),
                    ("5", "Ramassage des feuilles et évacuation", "heure"),
                    ("6", "Fauche tardive avec exportation", "1 000 m²")]:
        bpu_rows.append([n, p, u, ""])
    bpu = [TITLE("Ville de Pontarlieu", "BORDEREAU DE PRIX UNITAIRES", "Entretien des espaces verts – " + ref),
           TAB(bpu_rows, widths=[0.5, 4, 1, 1.3]),
           P("Les prix comprennent la main-d'œuvre, l'encadrement, le matériel et l'évacuation des "
             "déchets vers la plateforme communale.")]
    avis = [TITLE("AVIS D'APPEL A LA CONCURRENCE", "Ville de Pontarlieu"),
            P("Objet : entretien des espaces verts des quartiers Nord et du cimetière paysager. Accord-cadre à "
              "bons de commande, 24 mois."),
            P("Marché réservé : oui – structures d'insertion par l'activité économique (article L. 2113-13 du "
              "code de la commande publique)."),
            P("Division en lots : non."),
            P("Montant maximum : 120 000 € HT sur la durée totale."),
            P("Critères : prix 40 % ; valeur technique 40 % ; accompagnement socio-professionnel des salariés "
              "en insertion 20 %."),
            P("Date limite de réception des offres : 01/03/2027 à 12 h."),
            P("Renseignements : service de la commande publique, commande.publique@pontarlieu.example.")]
    pieces = [
        PIECE("d09_RC.docx", "RC", hd, ref + " – RC", rc,
              L(marche_reserve=1, reserve_base="L2113-13", critere_social=1, allotissement=0,
                montant_estime_ht=96000, montant_max_ht=120000,
                evidence=["article L. 2113-13", "Il n'est pas alloti",
                          "Le budget alloué à ces prestations est de 96 k€ HT pour la durée totale",
                          "montant maximum de 120 000 € HT sur 24 mois",
                          "Qualité de l'accompagnement socio-professionnel"])),
        PIECE("d09_CCAP.pdf", "CCAP", hd, ref + " – CCAP", ccap,
              L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, montant_max_ht=120000,
                evidence=["réservé, en application de l'article L. 2113-13",
                          "Montant maximum des commandes sur toute la durée : 120 000 € HT",
                          "Aucun produit phytopharmaceutique n'est utilisé"]), cols=2, hyphen=True),
        PIECE("d09_BPU.docx", "BPU", hd, ref + " – BPU", bpu, L()),
        PIECE("d09_AVIS.txt", "AVIS", hd, "", avis,
              L(marche_reserve=1, reserve_base="L2113-13", critere_social=1, allotissement=0,
                montant_max_ht=120000,
                evidence=["Marché réservé : oui", "article L. 2113-13", "Division en lots : non.",
                          "Montant maximum : 120 000 € HT sur la durée totale.",
                          "accompagnement socio-professionnel des salariés en insertion 20 %"])),
    ]
    return D("d09", "Pontarlieu – espaces verts, accord-cadre réservé SIAE (budget en k€, maximum voisin)", pieces,
             ["critere_social", "marche_reserve", "clause_environnementale"],
             V(allotissement=0, montant_estime_ht=96000, montant_max_ht=120000, reserve_base="L2113-13"),
             "« Le budget alloué à ces prestations est de 96 k€ HT pour la durée totale de l'accord-cadre » "
             "(RC art. 4) : 96 000. Le maximum de 120 000 € HT, dans la phrase suivante, n'est pas l'estimation.",
             "Pièges : maximum 120 000 € HT (RC, CCAP, avis) ; assurance 2 M€ (RC) ; 14,2 ha ; pénalités 80 € "
             "et 100 € ; 50 000 € HT ; 3 kW. Réservé L2113-13 (RC, CCAP, avis). Critère social 20 % (RC, "
             "avis). Pas de clause d'insertion (le marché est réservé ; l'encadrant technique n'est pas un "
             "engagement d'heures).")


# ----------------------------------------------------------------------------- d10
D10_LOTS = [("1", "Désamiantage – gros œuvre – démolitions", 720000, 14),
            ("2", "Isolation thermique par l'extérieur – menuiseries extérieures", 455000, 10),
            ("3", "Chauffage – ventilation double flux – plomberie", 310000, 10),
            ("4", "Électricité – éclairage LED – GTB", 215000, 8),
            ("5", "Peinture – revêtements de sols", 150000, 6)]


def d10_xml():
    lots = []
    for n, t, v, m in D10_LOTS:
        crit = ("<AC><AC_QUALITY><AC_CRITERION>Valeur technique</AC_CRITERION><AC_WEIGHTING>40</AC_WEIGHTING>"
                "</AC_QUALITY><AC_QUALITY><AC_CRITERION>Performances en matière d'insertion professionnelle des "
                "publics en difficulté</AC_CRITERION><AC_WEIGHTING>10</AC_WEIGHTING></AC_QUALITY>"
                "<AC_PRICE><AC_WEIGHTING>50</AC_WEIGHTING></AC_PRICE></AC>")
        lots.append(
            '      <OBJECT_DESCR ITEM="%s">\n'
            '        <TITLE><P>Lot %s : %s</P></TITLE>\n'
            '        <LOT_NO>%s</LOT_NO>\n'
            '        <CPV_ADDITIONAL><CPV_CODE CODE="45453000"/></CPV_ADDITIONAL>\n'
            '        <MAIN_SITE><P>Lycée polyvalent Marie-Curie, 8 allée des Tilleuls, 33870 Saint-Loubès-la-Côte</P></MAIN_SITE>\n'
            '        <SHORT_DESCR><P>%s.</P></SHORT_DESCR>\n'
            '        %s\n'
            '        <VAL_OBJECT CURRENCY="EUR">%d</VAL_OBJECT>\n'
            '        <DURATION TYPE="MONTH">%d</DURATION>\n'
            '        <NO_RENEWAL/>\n        <NO_ACCEPTED_VARIANTS/>\n        <NO_OPTIONS/>\n'
            '        <NO_EU_PROGR_RELATED/>\n'
            '      </OBJECT_DESCR>\n' % (n, n, t, n, t, crit, v, m))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<TED_ESENDERS xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/reception" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" VERSION="R2.0.9.S05">\n'
            '  <SENDER><IDENTIFICATION><ESENDER_LOGIN>TED71</ESENDER_LOGIN>'
            '<NO_DOC_EXT>2027-041187</NO_DOC_EXT></IDENTIFICATION></SENDER>\n'
            '  <FORM_SECTION>\n'
            '    <F02_2014 LG="FR" CATEGORY="ORIGINAL" FORM="F02">\n'
            '      <LEGAL_BASIS VALUE="32014L0024"/>\n'
            '      <CONTRACTING_BODY>\n'
            '        <ADDRESS_CONTRACTING_BODY><OFFICIALNAME>Région Val-d\'Argence</OFFICIALNAME>'
            '<NATIONALID>23330011800045</NATIONALID><ADDRESS>14 cours du Maréchal-Foch</ADDRESS>'
            '<TOWN>Bordelonne</TOWN><POSTAL_CODE>33090</POSTAL_CODE><COUNTRY VALUE="FR"/>'
            '<E_MAIL>marches@val-dargence.example</E_MAIL></ADDRESS_CONTRACTING_BODY>\n'
            '        <DOCUMENT_FULL/><URL_DOCUMENT>https://marches.val-dargence.example/</URL_DOCUMENT>\n'
            '        <CA_TYPE VALUE="REGIONAL_AUTHORITY"/><CA_ACTIVITY VALUE="EDUCATION"/>\n'
            '      </CONTRACTING_BODY>\n'
            '      <OBJECT_CONTRACT>\n'
            '        <TITLE><P>Lycée Marie-Curie de Saint-Loubès-la-Côte – rénovation énergétique de l\'internat</P></TITLE>\n'
            '        <REFERENCE_NUMBER>RVA-2027-LMC-INT</REFERENCE_NUMBER>\n'
            '        <CPV_MAIN><CPV_CODE CODE="45454000"/></CPV_MAIN>\n'
            '        <TYPE_CONTRACT CTYPE="WORKS"/>\n'
            '        <SHORT_DESCR><P>Travaux de rénovation énergétique et de désamiantage du bâtiment '
            'd\'internat (R+3, 160 lits), en site occupé. Marché alloti en 5 lots.</P></SHORT_DESCR>\n'
            '        <LOT_DIVISION><LOT_ALL/></LOT_DIVISION>\n'
            + "".join(lots) +
            '      </OBJECT_CONTRACT>\n'
            '      <LEFTI>\n'
            '        <SUITABILITY><P>Voir le règlement de la consultation.</P></SUITABILITY>\n'
            '        <PERFORMANCE_CONDITIONS><P>Clause d\'insertion professionnelle : les titulaires des lots 1 '
            'et 2 réservent respectivement 800 heures et 600 heures de travail à des personnes éloignées de '
            'l\'emploi (article 7 du CCAP).</P></PERFORMANCE_CONDITIONS>\n'
            '      </LEFTI>\n'
            '      <PROCEDURE><PT_OPEN/><NO_CONTRACT_COVERED_GPA/>'
            '<DATE_RECEIPT_TENDERS>2027-04-14</DATE_RECEIPT_TENDERS><TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>'
            '<LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES></PROCEDURE>\n'
            '      <COMPLEMENTARY_INFO><INFO_ADD><P>Procédure adaptée ouverte publiée à titre volontaire au '
            'JOUE. Visite obligatoire du site.</P></INFO_ADD>'
            '<ADDRESS_REVIEW_BODY><OFFICIALNAME>Tribunal administratif de Bordelonne</OFFICIALNAME>'
            '<TOWN>Bordelonne</TOWN><COUNTRY VALUE="FR"/></ADDRESS_REVIEW_BODY>'
            '<DATE_DISPATCH_NOTICE>2027-03-08</DATE_DISPATCH_NOTICE></COMPLEMENTARY_INFO>\n'
            '    </F02_2014>\n'
            '  </FORM_SECTION>\n'
            '</TED_ESENDERS>\n')


def d10():
    hd = "Région Val-d'Argence – Lycée Marie-Curie de Saint-Loubès-la-Côte"
    ref = "RVA-2027-LMC-INT"
    rc = [TITLE("REGION VAL-D'ARGENCE", "Règlement de la consultation",
                "Rénovation énergétique de l'internat du lycée Marie-Curie", ref),
          H("1. Objet"),
          P("Travaux de rénovation énergétique et de désamiantage du bâtiment d'internat (R+3, 160 lits), "
            "réalisés en site occupé, pendant les périodes de fermeture de l'internat pour les travaux "
            "bruyants."),
          H("2. Allotissement"),
          RTAB([["Lot", "Désignation", "Durée"]] + [[n, t, "%d mois" % m] for n, t, v, m in D10_LOTS],
               widths=[0.5, 4, 1]),
          P("Les lots sont traités par marchés séparés. Un même opérateur peut être attributaire de "
            "plusieurs lots."),
          H("3. Données financières"),
          P("Le coût prévisionnel de l'opération, tel que voté par la commission permanente du 12 "
            "novembre 2026 (études, honoraires, aléas et révisions compris), est de 2,6 M€ TTC. Le montant "
            "prévisionnel des travaux, tous lots confondus, est estimé à 1,85 M€ HT, valeur janvier 2027."),
          P("La procédure est une procédure adaptée ouverte (R.~2123-1 1°), en dessous du seuil de "
            "5~404~000 € HT."),
          H("4. Visite"),
          P("La visite du site est obligatoire ; une attestation est remise aux candidats. Créneaux : 17 et "
            "24 mars 2027, 14 h."),
          H("5. Critères"),
          RTAB([["Critère", "Pondération"], ["Prix", "50 %"],
                ["Valeur technique (méthodologie en site occupé, planning, moyens)", "40 %"],
                ["Performances en matière d'insertion professionnelle des publics en difficulté", "10 %"]],
               widths=[5, 1], align="lr"),
          H("6. Remise des offres"),
          P("Au plus tard le 14 avril 2027 à 12 h, sur https://marches.val-dargence.example/.")]
    ccap = [TITLE("Région Val-d'Argence", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES",
                  "Lycée Marie-Curie – rénovation énergétique de l'internat (5 lots)", ref),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux cinq lots de l'opération désignés au règlement de la "
              "consultation."),
            H("Article 2 – Prix"),
            P("Prix global et forfaitaire par lot, révisable mensuellement selon l'index BT du lot."),
            H("Article 3 – Délais"),
            P("Les délais d'exécution par lot sont ceux du RC ; le calendrier détaillé est arrêté par l'OPC."),
            H("Article 4 – Pénalités"),
            P("Retard dans l'exécution : 500 € HT par jour calendaire. Non-respect des horaires de travaux "
              "bruyants fixés avec le proviseur : 300 € HT par infraction."),
            H("Article 5 – Retenue de garantie et avance"),
            P("Retenue de garantie de 5 %. Avance de 10 % du montant initial TTC pour les lots dont le "
              "montant dépasse 50~000 € HT."),
            H("Article 6 – Déchets de chantier"),
            P("Chaque titulaire trie ses déchets sur le chantier (bois, métaux, plâtre, inertes, DIB) et "
              "justifie leur valorisation. Les déchets amiantés suivent la filière réglementaire avec "
              "bordereau BSDA."),
            H("Article 7 – Insertion professionnelle"),
            P("Conformément à l'article L.~2112-2 du code de la commande publique, les titulaires des lots 1 "
              "et 2 réalisent une action d'insertion professionnelle au profit de personnes rencontrant des "
              "difficultés d'accès à l'emploi :"),
            LST(["lot 1 : 800 heures de travail ;", "lot 2 : 600 heures de travail."]),
            P("Le guichet clauses sociales du PLIE des Graves assure le suivi. Pénalité : 50 € HT par heure "
              "non réalisée.")]
    pieces = [
        PIECE("d10_RC.pdf", "RC", hd, ref + " – RC", rc,
              L(allotissement=1, nb_lots=5, critere_social=1, montant_estime_ht=1850000,
                evidence=["Les lots sont traités par marchés séparés", "5 Peinture – revêtements de sols",
                          "Le montant prévisionnel des travaux, tous lots confondus, est estimé à 1,85 M€ HT",
                          "Performances en matière d'insertion professionnelle des publics en difficulté"]),
              hyphen=True),
        PIECE("d10_CCAP.pdf", "CCAP", hd, ref + " – CCAP", ccap,
              L(allotissement=1, nb_lots=5, clause_sociale=1, clause_insertion=1, heures_insertion=1400,
                clause_environnementale=1,
                evidence=["commun aux cinq lots", "lot 1 : 800 heures de travail", "lot 2 : 600 heures de travail",
                          "[800 + 600 = 1 400]", "Chaque titulaire trie ses déchets sur le chantier"])),
        XPIECE("d10_AVIS.xml", "AVIS", d10_xml(),
               L(allotissement=1, nb_lots=5, clause_sociale=1, clause_insertion=1, heures_insertion=1400,
                 critere_social=1, montant_estime_ht=1850000,
                 evidence=["Marché alloti en 5 lots.", "720000", "455000", "310000", "215000", "150000",
                           "[somme des VAL_OBJECT = 1 850 000]",
                           "réservent respectivement 800 heures et 600 heures de travail",
                           "Performances en matière d'insertion professionnelle"])),
    ]
    return D("d10", "Région Val-d'Argence – internat du lycée Marie-Curie (5 lots, M€ au RC, avis TED XML)", pieces,
             ["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
             V(allotissement=1, nb_lots=5, heures_insertion=1400, montant_estime_ht=1850000),
             "RC : « montant prévisionnel des travaux ... estimé à 1,85 M€ HT » = 1 850 000. L'avis XML (TED "
             "F02) ne donne pas de VAL_ESTIMATED_TOTAL mais un VAL_OBJECT par lot, sans symbole monétaire "
             "dans le texte : 720000 + 455000 + 310000 + 215000 + 150000 = 1 850 000 (cohérent).",
             "Pièges : coût prévisionnel de l'opération 2,6 M€ TTC (RC, juste avant) ; seuil 5 404 000 € HT ; "
             "pénalités 500 €, 300 €, 50 € ; 50 000 € HT ; 160 lits. Heures : 800 + 600 = 1 400 (CCAP, avis). "
             "Critère d'insertion 10 % (RC, avis).")


# ----------------------------------------------------------------------------- d11
def d11():
    hd = "Val-de-Brenne Habitat – Office public de l'habitat"
    ref = "VBH-2027-ASC"
    rc = [TITLE("VAL-DE-BRENNE HABITAT", "REGLEMENT DE CONSULTATION",
                "Maintenance et entretien des ascenseurs du patrimoine locatif", ref),
          H("Article 1 – Objet"),
          P("Maintenance préventive et corrective, dépannage 24 h/24 et travaux d'entretien de 42 "
            "ascenseurs répartis sur 19 résidences (liste en annexe 1 du CCTP)."),
          H("Article 2 – Forme du marché"),
          P("Marché ordinaire à prix global et forfaitaire pour la maintenance, et à prix unitaires pour les "
            "travaux hors forfait. Le marché n'est pas alloti : l'entretien d'un parc homogène par un seul "
            "prestataire garantit un délai d'intervention unique."),
          H("Article 3 – Durée"),
          P("36 mois fermes à compter du 1er septembre 2027."),
          H("Article 4 – Prestation supplémentaire éventuelle"),
          P("Les candidats chiffrent obligatoirement la PSE n° 1 « télésurveillance des appareils et "
            "transmission des alarmes cabine par liaison numérique », que l'Office se réserve de retenir "
            "ou non lors de l'attribution."),
          H("Article 5 – Montant estime"),
          P("Le montant estime de la solution de base s'eleve a 310 000 € HT pour la duree totale du "
            "marche. Ce montant ne comprend pas la prestation supplementaire eventuelle."),
          H("Article 6 – Procédure"),
          P("Appel d'offres ouvert (articles R.~2124-2 1° et R.~2161-2 à R.~2161-5 du code de la commande "
            "publique). L'Office est un pouvoir adjudicateur soumis au seuil de 216~000 € HT."),
          H("Article 7 – Conditions de participation"),
          P("Chiffre d'affaires annuel minimal : 400~000 € HT sur chacun des trois derniers exercices. "
            "Certification ou habilitation du personnel aux risques électriques. Agence ou astreinte "
            "permettant une intervention en moins d'une heure sur les résidences."),
          H("Article 8 – Jugement des offres"),
          P("Prix (solution de base + PSE) : 40 % ; valeur technique : 50 % ; performance en matière de "
            "réduction des consommations d'énergie des appareils (mise en veille, éclairage cabine LED, "
            "récupération d'énergie) : 10 %."),
          H("Article 9 – Remise des offres"),
          P("Avant le 3 mai 2027 à 16 h, sur la plateforme https://vbh.marches-securises.example.")]
    ccap = [TITLE("Val-de-Brenne Habitat", "C.C.A.P.", "Maintenance des ascenseurs – " + ref),
            H("Article 1 – Objet et durée"),
            P("Le marché porte sur la maintenance des ascenseurs décrite au CCTP, pour une durée de 36 mois. "
              "Il est exécuté conformément aux articles R.~125-2 et suivants du code de la construction et "
              "de l'habitation."),
            H("Article 2 – Prix"),
            P("Forfait annuel par appareil, payable trimestriellement. Les travaux hors forfait font l'objet "
              "d'un devis sur la base du bordereau ; tout devis supérieur à 5~000 € HT est soumis à l'accord "
              "préalable du responsable du patrimoine."),
            H("Article 3 – Clause sociale d'insertion"),
            P("Le titulaire réalise, sur la durée du marché, une action d'insertion d'un volume minimal de 420 "
              "heures de travail au profit de personnes éloignées de l'emploi, par embauche directe, "
              "recours à une entreprise de travail temporaire d'insertion ou à un GEIQ. Un bilan semestriel "
              "est adressé à l'Office. Pénalité : 40 € HT par heure non réalisée."),
            H("Article 4 – Pénalités"),
            P("Délai d'intervention dépassé sur une personne bloquée en cabine : 300 € HT par heure de retard. "
              "Appareil à l'arrêt plus de 48 heures sans justification : 100 € HT par jour."),
            H("Article 5 – Environnement"),
            P("Les pièces remplacées, huiles et batteries usagées sont reprises par le titulaire et orientées "
              "vers des filières de recyclage agréées ; les bordereaux de suivi sont joints au rapport annuel."),
            H("Article 6 – Assurances"),
            P("Responsabilité civile : 5 000 000 € par sinistre pour les dommages corporels.")]
    ae = [TITLE("Val-de-Brenne Habitat", "ACTE D'ENGAGEMENT", "Maintenance des ascenseurs – " + ref),
          H("1. Titulaire"),
          P("Raison sociale : ............................   SIRET : ............................"),
          H("2. Offre de prix (36 mois)"),
          TAB([["", "Montant HT", "Montant TTC"], ["Solution de base", "", ""], ["PSE n° 1 – télésurveillance", "", ""],
               ["Total base + PSE", "", ""]], widths=[2.4, 1.3, 1.3]),
          H("3. Engagement"),
          P("J'affirme sous peine de résiliation du marché que la société ne tombe pas sous le coup des "
            "interdictions de soumissionner prévues aux articles L.~2141-1 à L.~2141-5 du code."),
          P("Fait à .................., le ..................")]
    avis = [TITLE("Avis de marché – Services", "Directive 2014/24/UE"),
            P("Section I : Pouvoir adjudicateur"),
            P("I.1) Nom et adresses : Val-de-Brenne Habitat, 6 rue des Tanneries, 37290 Brenne-la-Vallée, "
              "FRANCE. Code NUTS : FRB04."),
            P("Section II : Objet"),
            P("II.1.1) Intitulé : maintenance et entretien des ascenseurs du patrimoine locatif. Numéro de "
              "référence : " + ref + "."),
            P("II.1.2) Code CPV principal : 50750000."),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : 340 000,00 EUR"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : non."),
            P("II.2.5) Critères d'attribution : Critère de qualité – Nom : valeur technique / Pondération : "
              "50 ; Critère de qualité – Nom : réduction des consommations d'énergie des appareils / "
              "Pondération : 10 ; Prix – Pondération : 40."),
            P("II.2.7) Durée du marché : 36 mois. Ce marché peut faire l'objet d'une reconduction : non."),
            P("II.2.10) Des variantes seront prises en considération : non."),
            P("II.2.11) Information sur les options : Options : oui. Description des options : PSE n° 1 – "
              "télésurveillance des appareils (estimée à 30 000 EUR HT sur la durée du marché)."),
            P("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
            P("III.2.2) Conditions particulières d'exécution : clause d'insertion par l'activité économique "
              "(420 heures au minimum) – voir CCAP."),
            P("Section IV : Procédure. IV.1.1) Procédure ouverte. IV.2.2) Date limite de réception des "
              "offres : 03/05/2027 – 16:00."),
            P("Section VI : VI.5) Date d'envoi du présent avis : 24/03/2027.")]
    pieces = [
        PIECE("d11_RC.pdf", "RC", hd, ref + " – RC", rc,
              L(allotissement=0, critere_environnemental=1, montant_estime_ht=310000,
                evidence=["Le marché n'est pas alloti",
                          "Le montant estime de la solution de base s'eleve a 310 000 € HT pour la duree totale "
                          "du marche. Ce montant ne comprend pas la prestation supplementaire eventuelle.",
                          "réduction des consommations d'énergie des appareils"])),
        PIECE("d11_CCAP.pdf", "CCAP", hd, ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=420, clause_environnementale=1,
                evidence=["une action d'insertion d'un volume minimal de 420 heures de travail",
                          "orientées vers des filières de recyclage agréées"]), hyphen=True),
        PIECE("d11_AE.docx", "AE", hd, ref + " – AE", ae, L()),
        PIECE("d11_AVIS.txt", "AVIS", hd, "", avis,
              L(allotissement=0, montant_estime_ht=340000, clause_sociale=1, clause_insertion=1,
                heures_insertion=420, critere_environnemental=1,
                evidence=["Valeur totale estimée : Valeur hors TVA : 340 000,00 EUR",
                          "Ce marché est divisé en lots : non.",
                          "clause d'insertion par l'activité économique (420 heures au minimum)",
                          "réduction des consommations d'énergie des appareils / Pondération : 10"])),
    ]
    return D("d11", "Val-de-Brenne Habitat – maintenance des ascenseurs (RC hors PSE, avis PSE comprise)", pieces,
             ["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
             V(allotissement=0, heures_insertion=420, montant_estime_ht=340000),
             "Le RC écrit 310 000 € HT pour la solution de base, PSE exclue ; l'avis écrit la valeur totale "
             "estimée 340 000,00 EUR hors TVA, options comprises (PSE estimée à 30 000 EUR HT). Les deux "
             "pièces concordent (310 000 + 30 000) ; la valeur estimée TOTALE du dossier est 340 000.",
             "Pour la pièce RC seule, la seule estimation écrite est 310 000 (hors PSE) : étiquetée 310000. "
             "Pièges : seuil 216 000 € HT, chiffre d'affaires minimal 400 000 € HT (RC) ; 5 000 € HT par devis, "
             "pénalités 40 €, 300 €, 100 €, assurance 5 000 000 € (CCAP) ; PSE 30 000 EUR (avis). Heures 420 "
             "(CCAP, avis).")


# ----------------------------------------------------------------------------- d12
def d12():
    hd = "Commune de Marcillac-en-Vaudre – École des Peupliers"
    ref = "MEV-F-2027-02"
    rc = [TITLE("COMMUNE DE MARCILLAC-EN-VAUDRE", "Règlement de la consultation",
                "Fourniture et installation du mobilier de la nouvelle école des Peupliers", ref),
          H("Article 1 – Objet"),
          P("Fourniture, livraison, montage et installation du mobilier scolaire (tables, chaises, "
            "tableaux, rangements) et du mobilier de restauration de la nouvelle école des Peupliers, "
            "8 classes et un restaurant scolaire de 180 places."),
          H("Article 2 – Conditions de la consultation"),
          P("Procédure adaptée (article R.~2123-1 1°). Le montant prévisionnel de l'achat est de 78 000 € "
            "H.T. ; ce montant étant inférieur à 90~000 € HT, les modalités de publicité sont librement "
            "adaptées : avis publié dans un journal d'annonces légales et sur le profil d'acheteur."),
          P("Le marché fait l'objet d'un lot unique : le mobilier doit être livré et installé en une seule "
            "opération pendant les vacances d'été."),
          H("Article 3 – Délai"),
          P("Livraison et installation entre le 5 et le 23 juillet 2027."),
          H("Article 4 – Variantes"),
          P("Les variantes sont autorisées sur les coloris et les finitions, à prix identique."),
          H("Article 5 – Contenu de l'offre"),
          LST(["acte d'engagement et BPU complétés ;",
               "fiches techniques et certificats (normes NF EN 1729 pour les tables et chaises) ;",
               "mémoire technique : délais, organisation de la livraison, garantie, service après-vente."]),
          H("Article 6 – Critères"),
          P("Prix : 50 % ; qualité et ergonomie du mobilier : 30 % ; garanties et service après-vente : 20 %."),
          H("Article 7 – Remise des offres"),
          P("Date limite : 28 avril 2027, 12 h, sur https://marcillac-en-vaudre.e-marchespublics.example.")]
    ccap = [TITLE("Commune de Marcillac-en-Vaudre", "CCAP",
                  "Mobilier de l'école des Peupliers – fourniture et installation", ref),
            H("Article 1 – Objet"),
            P("Le marché porte sur la fourniture et l'installation du mobilier défini au BPU. CCAG FCS 2021."),
            H("Article 2 – Prix"),
            P("Prix unitaires fermes et définitifs, livraison, montage et évacuation des emballages compris."),
            H("Article 3 – Livraison et installation"),
            P("Le titulaire installe le mobilier dans chaque salle selon le plan d'implantation remis par la "
              "commune. Le délai de livraison est impératif : pénalité de 200 € HT par jour de retard à "
              "compter du 24 juillet 2027."),
            H("Article 4 – Exigences environnementales d'exécution"),
            P("Le titulaire reprend l'ensemble des emballages et les trie en vue de leur recyclage. Il reprend "
              "également le mobilier de l'ancienne école désigné par la commune (environ 90 tables et 170 "
              "chaises) et le remet à une ressourcerie ou à une filière de réemploi agréée ; le justificatif "
              "de remise est joint à la facture."),
            H("Article 5 – Garantie"),
            P("Garantie de 5 ans pièces et main-d'œuvre sur l'ensemble du mobilier, 10 ans sur les structures "
              "métalliques."),
            H("Article 6 – Paiement"),
            P("Paiement à 30 jours après admission. Une avance de 20 % peut être versée si le titulaire est "
              "une PME et en fait la demande dans l'acte d'engagement.")]
    bpu_rows = [["Réf.", "Désignation", "Qté indicative", "P.U. HT", "Total HT"]]
    for r, d_, q in [("M1", "Table élève monoplace réglable, taille 4 à 6", "190"),
                     ("M2", "Chaise élève appui sur table, taille 4 à 6", "190"),
                     ("M3", "Bureau enseignant 2 caissons", "8"),
                     ("M4", "Tableau blanc triptyque émaillé", "8"),
                     ("M5", "Armoire haute à portes battantes", "16"),
                     ("R1", "Table de restauration 8 places, plateau stratifié", "24"),
                     ("R2", "Chaise de restauration empilable", "190")]:
        bpu_rows.append([r, d_, q, "", ""])
    bpu_rows.append(["", "TOTAL HT", "", "", ""])
    bpu = [TITLE("Marcillac-en-Vaudre", "BORDEREAU DES PRIX UNITAIRES", "Mobilier de l'école des Peupliers"),
           P("Les quantités sont indicatives ; elles servent au jugement des offres."),
           TAB(bpu_rows, widths=[0.6, 3.6, 1.1, 0.9, 0.9]),
           P("Signature du candidat :")]
    avis = [TITLE("ANNONCES LÉGALES – MARCHÉS PUBLICS", "Commune de Marcillac-en-Vaudre"),
            P("AVIS D'APPEL PUBLIC À LA CONCURRENCE"),
            P("Pouvoir adjudicateur : Commune de Marcillac-en-Vaudre, place de l'Église, 71460 "
              "Marcillac-en-Vaudre."),
            P("Objet du marché : fourniture et installation du mobilier de la nouvelle école des Peupliers."),
            P("Procédure : adaptée. Lots : non."),
            P("Montant estimé : 87^000 € HT."),
            P("Délai d'exécution : livraison et installation en juillet 2027."),
            P("Critères de sélection des offres : prix 50 %, qualité 30 %, garanties et SAV 20 %."),
            P("Date limite de réception des offres : 28 avril 2027 à 12 h."),
            P("Date d'envoi à la publication : 2 avril 2027.")]
    pieces = [
        PIECE("d12_RC.pdf", "RC", hd, ref + " – RC", rc,
              L(allotissement=0, montant_estime_ht=78000,
                evidence=["Le montant prévisionnel de l'achat est de 78 000 € H.T.",
                          "Le marché fait l'objet d'un lot unique"]), hyphen=True),
        PIECE("d12_CCAP.pdf", "CCAP", hd, ref + " – CCAP", ccap,
              L(clause_environnementale=1,
                evidence=["le remet à une ressourcerie ou à une filière de réemploi agréée"])),
        PIECE("d12_BPU.docx", "BPU", hd, ref + " – BPU", bpu, L()),
        PIECE("d12_AVIS.txt", "AVIS", hd, "", avis,
              L(allotissement=0, montant_estime_ht=87000,
                evidence=["Lots : non.", "Montant estimé : 87 000 € HT."])),
    ]
    return D("d12", "Marcillac-en-Vaudre – mobilier scolaire (RC et avis en désaccord)", pieces,
             ["clause_environnementale"],
             V(allotissement=0, montant_estime_ht=None),
             "Dossier incohérent : le RC écrit « montant prévisionnel de l'achat ... 78 000 € H.T. », l'avis "
             "« Montant estimé : 87 000 € HT » (chiffres inversés, sans explication : ni options, ni "
             "reconduction, ni TTC). LABELS.md ne donne aucune priorité entre RC et avis : montant du dossier "
             "laissé vide. Chaque pièce garde son propre chiffre dans labels.csv.",
             "Pièges : seuil de publicité 90 000 € HT (RC) ; 180 places ; pénalité 200 € ; avance 20 % ; "
             "90 tables et 170 chaises ; garanties 5 et 10 ans. Lot unique = non alloti.")


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12]


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
    if ext == "xml":
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(p["xml"])
        p["final_blocks"] = []
        return None
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


def _ws(s):
    return re.sub(r"\s+", " ", s).strip()


def xml_text(data):
    """Texte d'un XML bien formé (lxml) : nœuds texte joints par une espace."""
    from lxml import etree
    root = etree.fromstring(data)
    return " ".join(t.strip() for t in root.itertext() if t.strip())


def logical_text(p):
    if "xml" in p:
        return xml_text(p["xml"].encode("utf-8"))
    return plain_text(p["final_blocks"])


_PAGE = re.compile(r"\s*Page \d+ / \d+$")


def extracted_text(path, p):
    """Texte EXTRAIT du fichier produit : pypdf (PDF, sans en-têtes ni pieds de page courants),
    python-docx (paragraphes puis cellules de tableaux, ligne par ligne), lxml (XML), lecture directe (TXT)."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdf
        reader = pypdf.PdfReader(path)
        hdr = _ws(_conv_str(p["header"], True))
        ftr = _ws(_conv_str(p["footer"], True))
        keep = []
        for page in reader.pages:
            for line in page.extract_text().split("\n"):
                w = _PAGE.sub("", _ws(line))
                if w in ("", hdr, ftr):
                    continue
                keep.append(line)
        return "\n".join(keep)
    if ext == "docx":
        d = docx.Document(path)
        parts = [par.text for par in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == "xml":
        with open(path, "rb") as fh:
            return xml_text(fh.read())
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def extracted_variants(t):
    """Césure de fin de ligne recollée (« heu-\\nres » -> « heures »), ou trait d'union gardé."""
    a = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1\2", t)
    b = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1-\2", t)
    return _ws(a), _ws(b)


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
    # blind_values_24 : mêmes clés que le dossiers.yml de blind_values_13 (trois catégories sociales)
    out["considerations"] = {c: c in d["pos"] for c in ("clause_sociale", "clause_insertion", "critere_social")}
    return out


def build_all(verbose=True):
    """Construit tout une fois ; renvoie la liste des problèmes."""
    SB_STATS.update(cut=0, whole=0)
    HY_STATS.update(cut=0, whole=0)
    del CUT_LOG[:]
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
        dv = d["values"]
        if dv.get("nb_lots") and dv.get("allotissement") != 1:
            problems.append("%s : nb_lots sans allotissement 1 (dossier)" % d["id"])
        if dv.get("heures_insertion") and "clause_insertion" not in d["pos"]:
            problems.append("%s : heures sans clause_insertion (dossier)" % d["id"])
        if not d.get("why"):
            problems.append("%s : pas de why" % d["id"])
        if dv.get("montant_estime_ht") is not None and not any(
                p["label"]["montant_estime_ht"] is not None for p in d["pieces"]):
            problems.append("%s : montant estimé du dossier sans pièce qui l'écrit" % d["id"])
        for p in d["pieces"]:
            problems.extend(check_articles(d, p))
            k0 = len(CUT_LOG)
            n = build_piece(folder, p, buyer)
            for mark, what, cut in CUT_LOG[k0:]:
                cuts.append("%s/%s %s « %s » : %s" % (d["id"], p["file"], mark, what.replace(NB, " "),
                                                      "coupé" if cut else "entier"))
            ext = p["file"].rsplit(".", 1)[1]
            if ext == "xml":
                try:
                    from lxml import etree
                    etree.parse(os.path.join(folder, p["file"]))
                except Exception as e:  # noqa: BLE001
                    problems.append("%s/%s : XML mal formé : %s" % (d["id"], p["file"], e))
            kinds[ext] = kinds.get(ext, 0) + 1
            if n is not None:
                pages[n] = pages.get(n, 0) + 1
                if not (1 <= n <= 4):
                    problems.append("%s/%s : %d pages" % (d["id"], p["file"], n))
            lab = dict(p["label"])
            txt = _ws(logical_text(p))
            ext_a, ext_b = extracted_variants(extracted_text(os.path.join(folder, p["file"]), p))
            for q in lab["evidence"]:
                if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                    continue
                qn_ = _ws(norm(q))
                if qn_ not in txt:
                    problems.append("%s/%s : preuve absente du texte logique : %r" % (d["id"], p["file"], q))
                if qn_ not in ext_a and qn_ not in ext_b:
                    problems.append("%s/%s : preuve absente du texte extrait : %r" % (d["id"], p["file"], q))
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
            pos=d["pos"], values=d["values"], why=d["why"], note=d["note"],
            # the same values as scripts/score_sealed.py reads them (added by the project, not the annotator)
            path="dossiers/" + d["id"], expect=_expect(d)))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    import yaml
    head = ("# Jeu blind_values_24 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots ;\n"
            "# en cas de conflit entre pièces, le CCAP, le RC, l'AE, l'avis ou le registre des questions-réponses\n"
            "# priment sur le CCTP et ses annexes (voir note).\n"
            "# Thème : le montant estimé HT ; « why » explique chaque montant estimé attendu (ou son absence).\n"
            "# montant_estime_ht : valeur estimée TOTALE (toutes périodes, tous lots, options et tranches\n"
            "# optionnelles comprises) quand le dossier l'écrit ou la donne par parties à additionner ; vide si\n"
            "# seul un montant TTC est écrit, ou si deux pièces se contredisent sans explication.\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    if verbose:
        for line in cuts:
            print("  coupure", line)
    problems.extend(extra_checks(rows))
    if not verbose:
        return problems
    print("contrôles : preuves présentes dans le texte logique ET dans le texte extrait (pypdf, python-docx, lxml, "
          "lecture directe) de leur pièce ; XML bien formés ; preuves <= 300 caractères ; PDF de "
          "1 à 4 pages ; 3 à 5 pièces par dossier ; articles sans doublon ; clause_insertion => clause_sociale ; "
          "marche_reserve <=> reserve_base ; pos du dossier <=> pièces ; types et valeurs des colonnes -> %d "
          "problème(s)" % len(problems))
    print("%d dossiers, %d pièces (%s) ; pages des PDF : %s ; nombres coupés en fin de ligne : %d (%d restés entiers) ; "
          "césures forcées : %d (%d restées entières)" % (
        len(dossiers_yml), len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), SB_STATS["cut"], SB_STATS["whole"],
        HY_STATS["cut"], HY_STATS["whole"]))
    return problems


def _md5s():
    import hashlib
    out = {}
    for root, _dirs, files in os.walk(OUT):
        for f in files:
            fp = os.path.join(root, f)
            with open(fp, "rb") as fh:
                out[os.path.relpath(fp, HERE)] = hashlib.md5(fh.read()).hexdigest()
    with open(os.path.join(HERE, "dossiers.yml"), "rb") as fh:
        out["dossiers.yml"] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    build_all(verbose=False)
    first = _md5s()
    problems = build_all(verbose=True)
    second = _md5s()
    diff = sorted(k for k in set(first) | set(second) if first.get(k) != second.get(k))
    for k in diff:
        problems.append("non déterministe : %s" % k)
    print("double construction : %d fichiers, md5 identiques : %s" % (len(second), "oui" if not diff else "NON"))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
