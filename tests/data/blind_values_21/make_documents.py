#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_21 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py : lignes 1-664
(écriture PDF/DOCX/TXT, tableaux reportlab, pages à deux colonnes, césure, SB/HY, aides de saisie,
number_articles, C, A, _DOC_TYPES) et lignes 2430-2611 (extra_checks, build_piece, check_articles,
_expect, main). Changements : SET_NAME, en-tête de dossiers.yml, et un contrôle ajouté : chaque
citation de preuve doit se retrouver dans le texte EXTRAIT du fichier produit (pypdf pour les PDF,
python-docx pour les DOCX, lecture directe pour les .txt), espaces normalisés.
Les douze dossiers ont été écrits pour ce jeu.

Thème : les heures d'insertion (heures_insertion) et la clause d'insertion, dites de toutes les
façons (annexe par lot avec ou sans total, AE prérempli ou à compléter, heures par an d'un
accord-cadre reconductible, ETP ou pourcentage convertis par écrit, tranches, lettres, avis, Q/R),
avec leurs pièges (heures de l'ancien marché, formation, horaires, délais, base de main-d'œuvre…).

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Tous les textes, acheteurs, lieux, références, noms, téléphones et nombres sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable ;
BR = retour forcé (PDF) ; SB = coupure possible d'un nombre ; HY = césure possible d'un mot court.

Usage : .venv/bin/python tests/data/blind_values_21/make_documents.py
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
SET_NAME = "blind_values_21"

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






# ============================================================================= dossiers (blind_values_21)
# Douze dossiers écrits pour ce jeu. Thème : les heures d'insertion (heures_insertion) et la clause
# d'insertion elle-même, dites de toutes les façons, avec leurs pièges (heures d'autre nature).


# ----------------------------------------------------------------------------- d01
def d01():
    buyer = "Communauté d'agglomération du Val de Brièvre"
    ref = "CAVB-2027-T-014"
    hd = buyer + " – Réhabilitation du groupe scolaire Jean-Rostand"
    rc = [
        TITLE("Communauté d'agglomération du Val de Brièvre – Direction du patrimoine bâti",
              "RÈGLEMENT DE LA CONSULTATION",
              "Réhabilitation et extension du groupe scolaire Jean-Rostand à Kerlouan-sur-Brièvre",
              "Procédure adaptée ouverte – articles L.~2123-1 et R.~2123-1 1° du CCP – réf. " + ref),
        H("Article 1 – Objet et étendue de la consultation"),
        P("La présente consultation porte sur les travaux de réhabilitation et d'extension du groupe scolaire "
          "Jean-Rostand (école maternelle de 6 classes, restaurant scolaire et préau). Les travaux se dérouleront "
          "en site partiellement occupé, l'école élémentaire restant ouverte pendant toute la durée du chantier."),
        H("Article 2 – Décomposition en lots"),
        P("Conformément à l'article L.~2113-10 du code de la commande publique, les travaux sont répartis en "
          "six lots traités par marchés séparés :"),
        RTAB([["Lot", "Désignation"],
              ["01", "Démolition – gros œuvre – VRD"],
              ["02", "Charpente bois – couverture – zinguerie"],
              ["03", "Menuiseries extérieures aluminium"],
              ["04", "Plâtrerie – isolation – peinture"],
              ["05", "Électricité courants forts et faibles"],
              ["06", "Plomberie – chauffage – ventilation"]], widths=[0.15, 0.85]),
        P("Un même candidat peut présenter une offre pour un ou plusieurs lots. Les variantes ne sont pas admises."),
        H("Article 3 – Montant prévisionnel et durée"),
        P("Le montant prévisionnel des travaux, tous lots confondus, est estimé à 2~480~000 € HT. Le délai "
          "global d'exécution est de 14 mois, période de préparation de 6 semaines comprise."),
        H("Article 4 – Clause sociale d'insertion"),
        P("En application de l'article L.~2112-2 du code de la commande publique, les titulaires des lots 01, 02 "
          "et 04 seront tenus de réaliser une action d'insertion professionnelle au profit de personnes "
          "rencontrant des difficultés sociales ou professionnelles particulières. Les modalités figurent à "
          "l'article 9 du CCAP et le volume d'heures exigé par lot à l'annexe n°~1 au CCAP."),
        H("Article 5 – Visite et renseignements"),
        P("La visite du site n'est pas obligatoire mais elle est vivement conseillée. Elle peut être organisée "
          "les mardis et jeudis entre 9 h et 11 h 30, sur rendez-vous pris au moins 48 heures à l'avance auprès "
          "du service patrimoine (02~97~41~20~00)."),
        H("Article 6 – Jugement des offres"),
        P("Le jugement des offres sera effectué dans les conditions prévues à l'article R.~2152-7 du CCP, lot "
          "par lot, selon les critères pondérés suivants :"),
        LST(["Prix des prestations : 60 % ;",
             "Valeur technique appréciée au vu du mémoire technique : 40 % (méthodologie d'intervention en site "
             "occupé 20 %, moyens humains et matériels affectés au chantier 12 %, planning détaillé 8 %)."]),
        P("L'acheteur se réserve la possibilité de négocier avec les trois candidats les mieux classés."),
        H("Article 7 – Date limite de remise des offres"),
        P("Les offres sont remises par voie électronique sur le profil d'acheteur avant le vendredi 19 mars 2027 "
          "à 12 h 00. Le délai de validité des offres est de 120 jours."),
    ]
    ccap = [
        TITLE("CAVB – Groupe scolaire Jean-Rostand",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Commun aux lots 01 à 06 – consultation " + ref),
        H("Article 1 – Objet du marché"),
        P("Le présent CCAP fixe les stipulations administratives applicables aux marchés de travaux de "
          "réhabilitation du groupe scolaire Jean-Rostand. Il est commun à l'ensemble des lots."),
        H("Article 2 – Pièces contractuelles"),
        LST(["l'acte d'engagement (AE) du lot et ses annexes ;",
             "le présent CCAP et son annexe n°~1 « Clause d'insertion – volume d'heures par lot » ;",
             "le CCTP et les plans ; la DPGF du lot ;",
             "le CCAG applicable aux marchés publics de travaux (arrêté du 30 mars 2021)."]),
        H("Article 3 – Prix et variation des prix"),
        P("Les prix sont fermes actualisables. L'actualisation est opérée par application de l'index BT01 si "
          "un délai supérieur à trois mois s'écoule entre la date d'établissement des prix et le début "
          "d'exécution des travaux."),
        H("Article 4 – Organisation du chantier"),
        P("Les horaires de chantier sont fixés de 7 h 30 à 18 h 00 du lundi au vendredi. Toute intervention "
          "bruyante est proscrite pendant les heures de classe (8 h 30 – 11 h 45 et 13 h 30 – 16 h 30) dans la "
          "zone contiguë à l'école élémentaire. Les réserves signalées en réunion de chantier sont levées sous "
          "48 heures lorsqu'elles touchent à la sécurité des enfants."),
        H("Article 5 – Retenue de garantie et avance"),
        P("Une retenue de garantie de 5 % est appliquée ; elle peut être remplacée par une garantie à première "
          "demande. Une avance de 10 % est versée au titulaire lorsque le montant du marché dépasse 50~000 € HT."),
        H("Article 6 – Délais de paiement"),
        P("Le délai global de paiement est de 30 jours. Le défaut de paiement dans ce délai fait courir de plein "
          "droit des intérêts moratoires et une indemnité forfaitaire pour frais de recouvrement de 40 euros."),
        H("Article 7 – Pénalités de retard"),
        P("En cas de retard dans l'exécution des travaux, le titulaire encourt une pénalité journalière de "
          "1/3000e du montant du marché, par dérogation à l'article 19.2.1 du CCAG."),
        H("Article 8 – Réception"),
        P("Les opérations préalables à la réception sont organisées conformément à l'article 41 du CCAG."),
        H("Article 9 – Clause sociale d'insertion (lots 01, 02 et 04)"),
        H2("9.1 – Engagement du titulaire"),
        P("Le titulaire de chacun des lots 01, 02 et 04 s'engage à réserver une part des heures de travail "
          "générées par son marché à des personnes éloignées de l'emploi. Le nombre d'heures à réaliser pour "
          "chaque lot est fixé à l'annexe n°~1 au présent CCAP ; il constitue un minimum."),
        H2("9.2 – Publics éligibles"),
        P("Sont notamment éligibles : les demandeurs d'emploi de longue durée, les bénéficiaires du RSA, de "
          "l'ASS ou de l'AAH, les jeunes de moins de 26 ans sortis du système scolaire sans qualification, les "
          "travailleurs reconnus handicapés, les personnes suivies par une SIAE ou un GEIQ, et toute personne "
          "dont l'éligibilité est validée par le facilitateur."),
        H2("9.3 – Accompagnement"),
        P("Le titulaire prend l'attache du facilitateur de la Maison de l'emploi du Val de Brièvre, M. Erwan "
          "Le~Goff (02~97~41~36~58 – clauses@mde-valdebrievre.fr), dans les 15 jours suivant la notification. Il "
          "lui transmet chaque mois les relevés d'heures des salariés en insertion."),
        H2("9.4 – Pénalités"),
        P("En cas de non-respect de l'engagement, une pénalité de 50 € HT par heure d'insertion non réalisée "
          "est appliquée, sauf si le défaut est imputable à l'absence de candidats proposés par le facilitateur."),
        H("Article 10 – Litiges"),
        P("Le tribunal administratif de Rennes est seul compétent."),
    ]
    ann = [
        TITLE("Annexe n° 1 au CCAP – consultation " + ref,
              "CLAUSE D'INSERTION – VOLUME D'HEURES PAR LOT",
              "Réhabilitation et extension du groupe scolaire Jean-Rostand"),
        P("Le volume d'heures d'insertion de chaque lot a été calculé par la Maison de l'emploi à partir de la "
          "part de main-d'œuvre des estimations du maître d'œuvre. Seuls les lots 01, 02 et 04 sont soumis à "
          "la clause ; les autres lots, trop techniques ou de trop faible montant, en sont dispensés."),
        RTAB([["Lot", "Intitulé", "Heures d'insertion"],
              ["01", "Démolition – gros œuvre – VRD", "910 heures"],
              ["02", "Charpente bois – couverture – zinguerie", "420 heures"],
              ["03", "Menuiseries extérieures aluminium", "sans objet"],
              ["04", "Plâtrerie – isolation – peinture", "315 heures"],
              ["05", "Électricité courants forts et faibles", "sans objet"],
              ["06", "Plomberie – chauffage – ventilation", "sans objet"]],
             widths=[0.1, 0.6, 0.3], align="llr"),
        P("Modalités de réalisation admises : embauche directe (CDD, CDI, contrat de professionnalisation ou "
          "d'apprentissage), mise à disposition par une ETTI, une association intermédiaire ou un GEIQ, "
          "sous-traitance ou co-traitance avec une entreprise d'insertion."),
        P("Les heures de formation qualifiante suivies par une personne en insertion pendant son contrat sont "
          "prises en compte dans la limite de 35 heures par personne."),
    ]
    ae = [
        TITLE("Communauté d'agglomération du Val de Brièvre",
              "ACTE D'ENGAGEMENT",
              "Lot n° 04 – Plâtrerie – isolation – peinture – consultation " + ref),
        H("A – Objet de l'acte d'engagement"),
        P("Réhabilitation et extension du groupe scolaire Jean-Rostand. Le présent acte d'engagement concerne "
          "le lot n°~04 « Plâtrerie – isolation – peinture »."),
        H("B – Engagement du candidat"),
        P("Après avoir pris connaissance des pièces constitutives du marché, le signataire s'engage, sur la base "
          "de son offre et pour son propre compte / pour le groupement (rayer la mention inutile), à exécuter "
          "les prestations dans les conditions ci-après définies."),
        TAB([["Montant de l'offre (DPGF)", "€ HT"], ["TVA 20 %", "€"], ["Montant TTC", "€ TTC"]],
            header=False, widths=[0.6, 0.4]),
        H("C – Engagement d'insertion"),
        P("Conformément à l'article 9 du CCAP, le titulaire s'engage à réaliser 315 heures d'insertion au "
          "titre du lot 04, selon les modalités qu'il précisera au facilitateur."),
        H("D – Délai d'exécution"),
        P("Le délai d'exécution du lot est celui du calendrier détaillé d'exécution annexé au CCAP."),
        H("E – Signature"),
        P("Fait à ……………………, le ……………………   Signature du candidat :"),
    ]
    return dict(id="d01", title="CA du Val de Brièvre – réhabilitation groupe scolaire (6 lots, heures dans une annexe sans total)",
                pieces=[
        PIECE("RC_" + ref + ".pdf", "RC", hd, "RC – " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=6, montant_estime_ht=2480000,
                evidence=["les titulaires des lots 01, 02 et 04 seront tenus de réaliser une action d'insertion professionnelle",
                          "répartis en six lots", "estimé à 2 480 000 € HT"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP – " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, allotissement=1,
                evidence=["s'engage à réserver une part des heures de travail",
                          "Commun aux lots 01 à 06"]), hyphen=True),
        PIECE("Annexe1_CCAP_insertion_" + ref + ".pdf", "AUTRE", hd, "Annexe 1 CCAP – " + ref, ann,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1645, allotissement=1, nb_lots=6,
                evidence=["Seuls les lots 01, 02 et 04 sont soumis à la clause", "910 heures", "420 heures", "315 heures",
                          "[somme des lots 01, 02, 04 : 910 + 420 + 315 = 1645 ; tableau des lots 01 à 06]"])),
        PIECE("AE_lot04_" + ref + ".docx", "AE", buyer + " – AE lot 04", "AE lot 04 – " + ref, ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=315, allotissement=1,
                evidence=["le titulaire s'engage à réaliser 315 heures d'insertion au titre du lot 04"])),
    ], pos=["clause_sociale", "clause_insertion"],
       values=V(heures_insertion=1645, allotissement=1, nb_lots=6, montant_estime_ht=2480000),
       note="Heures : tableau par lot de l'annexe 1 sans ligne de total : 910 (lot 01) + 420 (lot 02) + 315 (lot 04) = "
            "1645 ; lots 03, 05, 06 « sans objet ». L'AE du lot 04 ne donne que 315 (un lot). Pièges : « 48 heures » "
            "(rendez-vous de visite, levée des réserves), horaires de chantier 7 h 30 – 18 h 00, heures de classe, "
            "« 35 heures par personne » (formation qualifiante), 50 € HT par heure non réalisée, 120 jours. "
            "Estimation : RC, tous lots confondus.")


# ----------------------------------------------------------------------------- d02
def d02():
    buyer = "Ville de Montclar-sur-Lèze"
    ref = "2027-EV-02"
    hd = buyer + " – Entretien des espaces verts communaux"
    rc = [
        TITLE("VILLE DE MONTCLAR-SUR-LÈZE (Haute-Garonne)",
              "Règlement de la consultation",
              "Accord-cadre à bons de commande – entretien des espaces verts, parcs et cimetières"),
        H("1. Objet"),
        P("La consultation a pour objet l'entretien courant des espaces verts communaux : tonte, taille des "
          "haies et arbustes, désherbage manuel ou mécanique des allées, entretien des deux cimetières et "
          "ramassage des feuilles. Elle prend la forme d'un accord-cadre mono-attributaire à bons de commande "
          "(art. R.~2162-1 à R.~2162-6 et R.~2162-13 et s. du CCP)."),
        H("2. Allotissement"),
        P("Les prestations, homogènes et exécutées par les mêmes équipes sur un territoire restreint, ne sont pas "
          "divisées en lots (art. L.~2113-11 du CCP) : un lot unique rendrait la coordination plus simple et moins "
          "coûteuse."),
        H("3. Durée – montants"),
        P("L'accord-cadre est conclu pour une période initiale d'un an à compter du 1er avril 2027, reconductible "
          "tacitement trois fois par période d'un an, soit quatre ans au plus. Il est conclu sans minimum et avec "
          "un montant maximum de 95~000 € HT par période annuelle."),
        H("4. Conditions d'exécution à caractère social"),
        P("Le titulaire devra consacrer à l'insertion de personnes éloignées de l'emploi un volume de 250 heures "
          "de travail par période annuelle d'exécution (CCAP, art. 8). Le PLIE Lèze-Ariège accompagne les "
          "entreprises dans la mise en œuvre de cette condition."),
        H("5. Critères d'attribution"),
        RTAB([["Critère", "Pondération"],
              ["Prix (BPU appliqué au détail estimatif non contractuel)", "55 %"],
              ["Valeur technique (organisation des équipes, matériel, planning saisonnier)", "35 %"],
              ["Délais d'intervention sur demande ponctuelle", "10 %"]], widths=[0.78, 0.22], align="lr"),
        H("6. Remise des plis"),
        P("Date limite : lundi 8 février 2027, 17 h. Les questions sont posées sur la plateforme au plus tard "
          "six jours avant cette date."),
    ]
    ccap = [
        TITLE("Ville de Montclar-sur-Lèze",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Accord-cadre " + ref + " – Entretien des espaces verts"),
        H("Article 1 – Objet"),
        P("Le présent accord-cadre à bons de commande porte sur l'entretien des espaces verts de la commune. "
          "Il n'est pas alloti."),
        H("Article 2 – Durée et reconduction"),
        P("L'accord-cadre prend effet le 1er avril 2027 pour une durée d'un an. Il est reconduit tacitement "
          "pour trois périodes successives d'un an, sauf décision contraire de la Ville notifiée trois mois "
          "avant l'échéance. Sa durée totale ne peut excéder quatre ans."),
        H("Article 3 – Montant"),
        P("Pour chaque période annuelle, le montant des commandes n'est assorti d'aucun minimum ; il est limité "
          "à un maximum de 95~000 € HT. Ce maximum est identique pour la période initiale et pour chacune des "
          "trois périodes de reconduction."),
        H("Article 4 – Bons de commande et délais"),
        P("Les prestations ponctuelles sont commandées par bon de commande écrit. Le titulaire intervient dans "
          "un délai de 48 heures pour un élagage d'urgence et de 5 jours ouvrés pour les autres demandes."),
        H("Article 5 – Horaires"),
        P("Les équipes travaillent entre 7 h et 19 h du lundi au samedi ; l'usage d'engins thermiques est "
          "proscrit aux abords de l'école entre 8 h 20 et 16 h 45 en période scolaire."),
        H("Article 6 – Prescriptions environnementales"),
        P("L'usage de produits phytopharmaceutiques est interdit sur l'ensemble des espaces confiés. Les déchets "
          "verts sont évacués vers la plateforme de compostage intercommunale de Lagardelle ; le titulaire en "
          "remet les bons de pesée avec chaque facture mensuelle."),
        H("Article 7 – Prix"),
        P("Les prix du BPU sont révisés annuellement à la date anniversaire selon l'indice ICHT-IME."),
        H("Article 8 – Clause d'insertion professionnelle"),
        P("Le titulaire réalise, pour chaque période annuelle d'exécution, 250 heures de travail confiées à des "
          "personnes rencontrant des difficultés d'accès à l'emploi. Il peut recourir à l'embauche directe, à la "
          "mise à disposition par une structure d'insertion ou à la sous-traitance à une SIAE."),
        P("Pour information, le titulaire sortant a réalisé 312 heures d'insertion au cours de l'année 2025 ; "
          "ce chiffre ne constitue pas un objectif."),
        P("Interlocutrice : Mme Sandrine Vidal, chargée de mission clauses sociales au PLIE Lèze-Ariège, "
          "05~61~08~47~22. Une réunion d'information des titulaires est prévue le 15 avril 2027."),
        P("Le défaut de réalisation donne lieu à une pénalité de 40 € par heure manquante, appliquée à l'issue "
          "de chaque période annuelle."),
        H("Article 9 – Règlement des comptes"),
        P("Le paiement intervient à 30 jours à compter de la réception de la facture sur Chorus Pro."),
    ]
    ae = [
        TITLE("Ville de Montclar-sur-Lèze", "ACTE D'ENGAGEMENT", "Accord-cadre " + ref + " – Entretien des espaces verts"),
        H("1. Identification du pouvoir adjudicateur"),
        P("Ville de Montclar-sur-Lèze, représentée par son maire. Comptable assignataire : trésorerie de Muret."),
        H("2. Engagement du titulaire"),
        P("Le candidat s'engage à exécuter les prestations aux prix unitaires du bordereau joint, dans la limite "
          "du montant maximum fixé au CCAP."),
        TAB([["Rubrique", "Valeur"],
             ["Montant maximum par période annuelle", "95 000,00 € HT"],
             ["Durée", "1 an, reconductible 3 fois"],
             ["Heures d'insertion à réaliser par période annuelle", "250 heures"]], widths=[0.62, 0.38]),
        H("3. Paiement"),
        P("Compte à créditer (joindre un RIB) : ……………………………………………"),
        H("4. Signature"),
        P("À ……………………, le …………………… Le candidat (nom, qualité, signature)"),
    ]
    bpu = [
        TITLE("Ville de Montclar-sur-Lèze", "BORDEREAU DES PRIX UNITAIRES", "Accord-cadre " + ref),
        RTAB([["N°", "Désignation", "Unité", "Prix unitaire € HT"],
              ["1", "Tonte de pelouse avec ramassage", "m²", ""],
              ["2", "Taille de haie, deux faces et dessus", "ml", ""],
              ["3", "Désherbage manuel des allées", "m²", ""],
              ["4", "Ramassage des feuilles et évacuation au compostage", "forfait/passage", ""],
              ["5", "Heure de main-d'œuvre d'un jardinier qualifié (travaux en régie)", "heure", ""],
              ["6", "Heure de nacelle 16 m avec conducteur", "heure", ""],
              ["7", "Majoration pour intervention d'urgence sous 48 heures", "forfait", ""]],
             widths=[0.07, 0.58, 0.15, 0.2], align="lllr"),
        P("Les prix s'entendent fournitures, main-d'œuvre, déplacements et évacuation des déchets compris."),
    ]
    return dict(id="d02", title="Montclar-sur-Lèze – espaces verts, accord-cadre annuel reconductible (heures par an)",
                pieces=[
        PIECE("RC_" + ref + ".pdf", "RC", hd, "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=250, allotissement=0, montant_max_ht=380000,
                evidence=["un volume de 250 heures de travail par période annuelle", "ne sont pas divisées en lots",
                          "reconductible tacitement trois fois", "maximum de 95 000 € HT par période annuelle",
                          "[4 périodes × 95 000 = 380 000]"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=250, allotissement=0, montant_max_ht=380000,
                clause_environnementale=1,
                evidence=["pour chaque période annuelle d'exécution, 250 heures de travail", "Il n'est pas alloti",
                          "maximum de 95 000 € HT", "identique pour la période initiale et pour chacune des trois périodes",
                          "L'usage de produits phytopharmaceutiques est interdit"])),
        PIECE("AE_" + ref + ".docx", "AE", hd, "AE " + ref, ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=250, montant_max_ht=380000,
                evidence=["Heures d'insertion à réaliser par période annuelle 250 heures", "95 000,00 € HT",
                          "1 an, reconductible 3 fois"])),
        PIECE("BPU_" + ref + ".docx", "BPU", hd, "BPU " + ref, bpu, L()),
    ], pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
       values=V(heures_insertion=250, allotissement=0, montant_max_ht=380000),
       note="Heures : 250 heures « par période annuelle », sans total écrit ; valeur retenue telle qu'écrite (LABELS.md : "
            "« as written »), sans multiplication par le nombre de périodes. Maximum : 95 000 € HT par période, "
            "identique pour la période initiale et les trois reconductions, 4 × 95 000 = 380 000 (LABELS.md : total sur "
            "toutes les périodes). Pièges : 312 heures du titulaire sortant (2025), 48 heures (élagage d'urgence), "
            "7 h – 19 h, 40 € par heure manquante, « heure de main-d'œuvre » et « heure de nacelle » du BPU. "
            "L'AE porte un tableau prérempli (250 heures).")


# ----------------------------------------------------------------------------- d03
def d03():
    buyer = "Département de la Haute-Sorne"
    ref = "HS-DR-27-031"
    hd = buyer + " – RD 412, aménagement de la traverse de Vaucherolles"
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Département de la Haute-Sorne – Direction des routes",
              "Travaux – procédure adaptée"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Département de la Haute-Sorne, Hôtel du Département, 2 place de la Préfecture, "
          "70999 Vaucherolles Cedex. Point de contact : Direction des routes, service marchés."),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : RD 412 – aménagement de la traverse de Vaucherolles (tranche ferme et deux tranches "
          "optionnelles). Numéro de référence : " + ref),
        P("II.1.2) Code CPV principal : 45233140 – Travaux routiers."),
        P("II.1.5) Valeur totale estimée hors TVA : 3 150 000 euros (tranches optionnelles comprises)."),
        P("II.1.6) Information sur les lots : ce marché est divisé en lots : non."),
        P("II.2.7) Durée : 18 mois pour la tranche ferme ; 6 mois pour chaque tranche optionnelle."),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.5) Informations sur les marchés réservés : néant."),
        P("III.2.2) Conditions particulières d'exécution : clause sociale d'insertion de 1 750 heures pour "
          "l'ensemble du marché, tranches optionnelles comprises (art. 10 du CCAP). Gestion des déblais en "
          "filière de valorisation."),
        H("Section IV : Procédure"),
        P("IV.2.2) Date limite de réception des offres : 22 avril 2027 à 16 h 00."),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : facilitateur de la clause : Mme Aurélie Marchal, Maison de "
          "l'emploi et de la formation du Pays de Sorne, tél. 03~84~62~17~90. Le DCE est téléchargeable "
          "gratuitement sur le profil d'acheteur."),
        P("VI.5) Date d'envoi du présent avis : 11 mars 2027."),
    ]
    rc = [
        TITLE("Département de la Haute-Sorne – Direction des routes",
              "RÈGLEMENT DE LA CONSULTATION", "RD 412 – Traverse de Vaucherolles – " + ref),
        H("Article 1 – Objet et décomposition"),
        P("Les travaux comprennent la reprise de la chaussée, la création de trottoirs accessibles, de plateaux "
          "ralentisseurs et d'un réseau d'eaux pluviales. Le marché est un marché unique, non alloti, décomposé "
          "en une tranche ferme et deux tranches optionnelles au sens de l'article R.~2113-4 du CCP :"),
        RTAB([["Tranche", "Consistance", "Estimation € HT"],
              ["Tranche ferme", "Section centrale, PR 12+300 à PR 13+150", "2 300 000"],
              ["Tranche optionnelle 1", "Entrée nord et carrefour de la Vigne", "480 000"],
              ["Tranche optionnelle 2", "Entrée sud et parking de la salle des fêtes", "370 000"],
              ["Total", "", "3 150 000"]], widths=[0.25, 0.5, 0.25], align="llr", bold_last=True),
        H("Article 2 – Clause d'insertion"),
        P("Le marché comporte une clause d'insertion dont les conditions sont précisées à l'article 10 du CCAP. "
          "Le volume d'heures a été déterminé à partir des heures de main-d'œuvre nécessaires à la réalisation "
          "de l'ensemble des tranches, estimées à 29~000 heures par le maître d'œuvre."),
        H("Article 3 – Critères de jugement"),
        P("Prix : 50 % ; valeur technique : 50 %, dont 10 % pour les mesures prises pour limiter la gêne des "
          "riverains et maintenir la desserte des commerces."),
        H("Article 4 – Renseignements"),
        P("Questions écrites sur la plateforme au plus tard le 14 avril 2027. Réponse sous 72 heures ouvrées."),
    ]
    ccap = [
        TITLE("Département de la Haute-Sorne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "RD 412 – Traverse de Vaucherolles – " + ref),
        H("Article 1 – Objet"),
        P("Le marché porte sur l'aménagement de la traverse de Vaucherolles. Il n'est pas divisé en lots."),
        H("Article 2 – Tranches"),
        P("Le marché comporte une tranche ferme et deux tranches optionnelles. Chaque tranche optionnelle peut "
          "être affermie par ordre de service dans un délai de 12 mois à compter de la notification. Le "
          "titulaire ne peut prétendre à aucune indemnité d'attente ni de dédit."),
        H("Article 3 – Délais"),
        P("Le délai d'exécution de la tranche ferme est de 18 mois. Celui de chaque tranche optionnelle est de 6 "
          "mois à compter de l'ordre de service d'affermissement."),
        H("Article 4 – Circulation"),
        P("La circulation est maintenue par alternat de 7 h 00 à 19 h 00 ; la chaussée est rendue à double sens "
          "chaque soir et le week-end. Le titulaire intervient dans un délai de 2 heures, de jour comme de nuit, "
          "en cas de défaillance de la signalisation temporaire."),
        H("Article 5 – Gestion des déblais"),
        P("Les matériaux de rabotage sont recyclés en centrale d'enrobage ; les déblais inertes sont dirigés vers "
          "une installation de valorisation. Le titulaire tient à jour un registre des bordereaux de suivi."),
        H("Article 6 – Retenue de garantie"),
        P("Une retenue de garantie de 5 % est prélevée sur chaque acompte."),
        H("Article 7 – Pénalités"),
        P("Par jour calendaire de retard : 1~500 € HT. Par jour de retard dans la remise des plans de "
          "récolement : 150 € HT."),
        H("Article 8 – Avance"),
        P("Une avance de 20 % du montant de la tranche ferme est versée aux PME."),
        H("Article 9 – Sous-traitance"),
        P("Les sous-traitants sont acceptés dans les conditions des articles R.~2193-1 et suivants du CCP."),
        H("Article 10 – Action d'insertion"),
        P("L'action d'insertion représente 1¦SB¦750 heures pour l'ensemble du marché, dont 1~100 heures au titre "
          "de la tranche ferme, 380 heures au titre de la tranche optionnelle 1 et 270 heures au titre de la "
          "tranche optionnelle 2. Les heures afférentes à une tranche optionnelle ne sont dues qu'en cas "
          "d'affermissement de celle-ci."),
        P("Le titulaire désigne un référent insertion et adresse chaque trimestre au facilitateur (Maison de "
          "l'emploi et de la formation du Pays de Sorne) l'état des heures réalisées. Une pénalité de 60 € HT "
          "est appliquée par heure non réalisée."),
        H("Article 11 – Litiges"),
        P("Tribunal administratif de Besançon."),
    ]
    dpgf = [
        TITLE("Département de la Haute-Sorne", "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE – TRANCHE FERME",
              "RD 412 – " + ref),
        RTAB([["Poste", "Désignation", "Quantité", "Montant € HT"],
              ["1", "Installation de chantier et signalisation temporaire", "1 ft", ""],
              ["2", "Rabotage et évacuation en centrale", "4 200 m²", ""],
              ["3", "Grave-bitume 0/14 et BBSG", "1 650 t", ""],
              ["4", "Bordures T2 et CS1", "1 280 ml", ""],
              ["5", "Réseau EP Ø 400", "420 ml", ""],
              ["6", "Plans de récolement", "1 ft", ""],
              ["", "Total tranche ferme", "", ""]], widths=[0.08, 0.56, 0.16, 0.2], align="llrr"),
    ]
    return dict(id="d03", title="Haute-Sorne – RD 412, travaux avec tranche ferme et deux tranches optionnelles",
                pieces=[
        PIECE("Avis_AAPC_" + ref + ".txt", "AVIS", hd, "Avis " + ref, avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1750, allotissement=0,
                montant_estime_ht=3150000, clause_environnementale=1,
                evidence=["clause sociale d'insertion de 1 750 heures pour l'ensemble du marché",
                          "ce marché est divisé en lots : non", "Valeur totale estimée hors TVA : 3 150 000 euros",
                          "Gestion des déblais en filière de valorisation"])),
        PIECE("RC_" + ref + ".pdf", "RC", hd, "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, allotissement=0, montant_estime_ht=3150000,
                evidence=["Le marché comporte une clause d'insertion", "marché unique, non alloti", "3 150 000"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1750, allotissement=0,
                clause_environnementale=1,
                evidence=["L'action d'insertion représente 1 750 heures pour l'ensemble du marché",
                          "Il n'est pas divisé en lots", "les déblais inertes sont dirigés vers une installation de valorisation"]),
              hyphen=True),
        PIECE("DPGF_TF_" + ref + ".docx", "DPGF", hd, "DPGF TF " + ref, dpgf, L()),
    ], pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
       values=V(heures_insertion=1750, allotissement=0, montant_estime_ht=3150000),
       note="Heures : le CCAP et l'avis écrivent 1 750 heures « pour l'ensemble du marché » (tranches optionnelles "
            "comprises), dont 1 100 (TF), 380 (TO1), 270 (TO2) ; le total est écrit, rien n'est calculé. Pièges : "
            "29 000 heures de main-d'œuvre (base du calcul), 7 h – 19 h, délai de 2 heures, 72 heures, 60 € HT par "
            "heure. Estimation : 3 150 000 (avis II.1.5 et ligne Total du RC). Non alloti.")


# ----------------------------------------------------------------------------- d04
def d04():
    buyer = "Syndicat intercommunal à vocation multiple des Trois-Rivières"
    ref = "SIVOM3R-2027-NET"
    hd = "SIVOM des Trois-Rivières – Nettoyage des locaux"
    avis = [
        TITLE("AVIS DE MARCHÉ – Services", "SIVOM des Trois-Rivières",
              "Directive 2014/24/UE – procédure ouverte"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) SIVOM des Trois-Rivières, 14 rue du Moulin-Neuf, 27640 Saint-Aubin-des-Eaux. Courriel : "
          "marches@sivom3r.fr"),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Nettoyage et hygiène des locaux du SIVOM et des communes membres. Réf. " + ref),
        P("II.1.3) Type de marché : services. II.1.4) Description succincte : accord-cadre à bons de commande "
          "de nettoyage des bureaux, salles polyvalentes, vestiaires sportifs et vitrerie."),
        P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Des offres peuvent être "
          "soumises pour tous les lots."),
        P("II.2) Lot n° 1 : Bâtiments administratifs et salles polyvalentes. Lot n° 2 : Équipements sportifs "
          "et vestiaires. Lot n° 3 : Vitrerie et nettoyage des abords."),
        P("II.2.7) Durée : 48 mois, non reconductible."),
        H("Section III"),
        P("III.1.5) Informations sur les marchés réservés : le lot n° 3 est réservé à des structures "
          "d'insertion par l'activité économique (article L.~2113-13 du CCP)."),
        P("III.2.2) Conditions particulières d'exécution : lots 1 et 2 : clause d'insertion exprimée en "
          "équivalents temps plein, voir CCAP."),
        H("Section IV"),
        P("IV.2.2) Date limite de réception des offres : 3 mai 2027 – 12:00."),
        H("Section VI"),
        P("VI.3) Informations complémentaires : montant maximum de l'accord-cadre : 856~000 € HT pour la durée "
          "totale et l'ensemble des lots."),
    ]
    rc = [
        TITLE("SIVOM des Trois-Rivières", "RÈGLEMENT DE LA CONSULTATION",
              "Nettoyage et hygiène des locaux – accord-cadre à bons de commande – " + ref),
        H("Article 1 – Objet et lots"),
        P("La consultation est divisée en trois lots. Chaque lot fait l'objet d'un accord-cadre "
          "mono-attributaire à bons de commande d'une durée de 48 mois, sans minimum, avec les maxima suivants "
          "sur la durée totale :"),
        RTAB([["Lot", "Intitulé", "Maximum € HT (48 mois)"],
              ["1", "Bâtiments administratifs et salles polyvalentes", "520 000"],
              ["2", "Équipements sportifs et vestiaires", "240 000"],
              ["3", "Vitrerie et nettoyage des abords (lot réservé)", "96 000"]],
             widths=[0.1, 0.6, 0.3], align="llr"),
        P("soit un montant maximum global de 856~000 € HT."),
        H("Article 2 – Lot réservé"),
        P("En application de l'article L.~2113-13 du code de la commande publique, le lot n°~3 est réservé "
          "aux structures d'insertion par l'activité économique mentionnées à l'article L.~5132-4 du code du "
          "travail et aux structures équivalentes."),
        H("Article 3 – Clause d'insertion des lots 1 et 2"),
        P("Les titulaires des lots 1 et 2 s'engagent à confier des heures de travail à des personnes en "
          "parcours d'insertion, dans les conditions de l'article 7 du CCAP."),
        H("Article 4 – Critères d'attribution (lots 1 et 2)"),
        LST(["Prix : 50 %",
             "Valeur technique : 35 % (organisation, fréquences, produits et matériels, contrôle qualité)",
             "Qualité du parcours d'insertion proposé (tutorat, formation, accompagnement vers l'emploi "
             "durable) : 15 %"]),
        H("Article 5 – Critères d'attribution (lot 3)"),
        P("Prix : 60 % ; valeur technique : 40 %."),
        H("Article 6 – Visite"),
        P("Une visite des sites est organisée le 13 avril 2027 de 9 h 00 à 12 h 30 (rendez-vous devant la "
          "mairie de Saint-Aubin-des-Eaux)."),
    ]
    ccap = [
        TITLE("SIVOM des Trois-Rivières", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Accord-cadre de nettoyage – lots 1, 2 et 3 – " + ref),
        H("Article 1 – Objet"),
        P("Le présent CCAP s'applique aux trois lots de l'accord-cadre de nettoyage des locaux du SIVOM."),
        H("Article 2 – Durée"),
        P("Chaque accord-cadre est conclu pour 48 mois à compter du 1er juillet 2027. Il n'est pas reconductible."),
        H("Article 3 – Horaires et délais d'intervention"),
        P("Les prestations quotidiennes sont réalisées hors présence des agents, entre 6 h 00 et 8 h 30 ou "
          "après 18 h 00. En cas de salissure exceptionnelle, le titulaire intervient dans un délai de 4 heures."),
        H("Article 4 – Personnel"),
        P("Le titulaire justifie que chaque agent affecté a suivi une formation de 7 heures à l'utilisation "
          "des autolaveuses et aux gestes et postures. Le personnel porte une tenue au nom de l'entreprise."),
        H("Article 5 – Produits"),
        P("Les produits d'entretien utilisés sont titulaires de l'Écolabel européen ou d'un label équivalent ; "
          "les dosages sont réalisés par centrale de dilution."),
        H("Article 6 – Prix"),
        P("Les prix sont révisés annuellement par application de l'indice ICHT-IME (nettoyage)."),
        H("Article 7 – Clause d'insertion (lots 1 et 2)"),
        P("Sur la durée totale de l'accord-cadre, le titulaire du lot 1 consacre à l'insertion l'équivalent d'un "
          "emploi à temps plein, soit 1¦SB¦607 heures ; le titulaire du lot 2 consacre l'équivalent d'un "
          "demi-emploi (0,5 ETP), soit 803 heures. La conversion retient 1~607 heures par ETP, arrondi à "
          "l'heure inférieure."),
        P("Le lot 3, réservé aux SIAE, n'est pas soumis à la présente clause."),
        P("Le suivi est assuré par le PLIE de l'Eure-Amont (M. Karim Belaïd, 02~32~55~70~13). Le titulaire "
          "transmet un bilan semestriel ; toute heure non réalisée est pénalisée à hauteur de 45 € HT."),
        H("Article 8 – Résiliation"),
        P("Les stipulations du chapitre 7 du CCAG-FCS s'appliquent."),
    ]
    qr = [
        TITLE("SIVOM des Trois-Rivières", "REGISTRE DES QUESTIONS ET RÉPONSES",
              "Consultation " + ref + " – mise à jour du 21 avril 2027"),
        H("Question n° 1 (15 avril 2027)"),
        P("« L'article 7 du CCAP parle d'un ETP. Le volume est-il annuel ou s'entend-il pour toute la durée de "
          "l'accord-cadre ? »"),
        H("Réponse"),
        P("Les volumes s'entendent pour les 48 mois : 1~607 heures d'insertion pour le lot 1 et 803 heures pour "
          "le lot 2, sur la durée totale. Ils ne sont pas annuels."),
        H("Question n° 2 (16 avril 2027)"),
        P("« Les heures de formation de 7 heures exigées à l'article 4 peuvent-elles être comptées en heures "
          "d'insertion ? »"),
        H("Réponse"),
        P("Non. Seules les heures de travail et de formation des personnes en parcours d'insertion sont "
          "comptabilisées."),
        H("Question n° 3 (19 avril 2027)"),
        P("« Une entreprise adaptée peut-elle répondre au lot 3 ? »"),
        H("Réponse"),
        P("Le lot 3 est réservé aux SIAE au sens de l'article L.~5132-4 du code du travail ; une entreprise "
          "adaptée ne peut y répondre qu'en qualité de sous-traitant."),
    ]
    return dict(id="d04", title="SIVOM des Trois-Rivières – nettoyage, 3 lots dont 1 réservé SIAE, heures en ETP converties",
                pieces=[
        PIECE("Avis_JOUE_" + ref + ".pdf", "AVIS", hd, "Avis de marché " + ref, avis,
              L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-13", allotissement=1,
                nb_lots=3, montant_max_ht=856000,
                evidence=["lots 1 et 2 : clause d'insertion exprimée en équivalents temps plein",
                          "le lot n° 3 est réservé à des structures d'insertion par l'activité économique (article L. 2113-13 du CCP)",
                          "ce marché est divisé en lots : oui", "856 000 € HT"]), cols=2),
        PIECE("RC_" + ref + ".pdf", "RC", hd, "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, marche_reserve=1, reserve_base="L2113-13",
                allotissement=1, nb_lots=3, montant_max_ht=856000,
                evidence=["divisée en trois lots", "montant maximum global de 856 000 € HT",
                          "le lot n° 3 est réservé", "article L. 2113-13",
                          "s'engagent à confier des heures de travail à des personnes en parcours d'insertion",
                          "Qualité du parcours d'insertion proposé"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2410, marche_reserve=1, reserve_base="L2113-13",
                clause_environnementale=1, allotissement=1, nb_lots=3,
                evidence=["soit 1 607 heures", "soit 803 heures", "[1607 + 803 = 2410]", "Le lot 3, réservé aux SIAE",
                          "trois lots", "titulaires de l'Écolabel européen ou d'un label équivalent"])),
        PIECE("QR_" + ref + ".pdf", "QR", hd, "Questions-réponses " + ref, qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2410, marche_reserve=1, reserve_base="L2113-13",
                allotissement=1,
                evidence=["1 607 heures d'insertion pour le lot 1 et 803 heures pour le lot 2", "[1607 + 803 = 2410]",
                          "Le lot 3 est réservé aux SIAE"])),
    ], pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale"],
       values=V(heures_insertion=2410, allotissement=1, nb_lots=3, montant_max_ht=856000, reserve_base="L2113-13"),
       note="Heures : CCAP art. 7, ETP convertis par écrit : 1 607 (lot 1) + 803 (lot 2) = 2 410, confirmés « pour les "
            "48 mois » par le registre Q/R. Lot 3 réservé SIAE (L2113-13), sans heures. Maximum : écrit 856 000 € HT "
            "(RC, avis VI.3). Pièges : 1 607 heures par ETP (taux de conversion), 7 heures de formation des agents, "
            "délai de 4 heures, 6 h – 8 h 30, 45 € HT par heure, visite 9 h – 12 h 30. Critère social 15 % (RC). "
            "Écolabel des produits : clause environnementale (CCAP).")


# ----------------------------------------------------------------------------- d05
def d05():
    buyer = "Habitat Sud-Garonne (OPH)"
    ref = "HSG-REHA-48"
    hd = buyer + " – Réhabilitation thermique de la résidence Les Peupliers"
    rc = [
        TITLE("HABITAT SUD-GARONNE – Office public de l'habitat",
              "RÈGLEMENT DE LA CONSULTATION",
              "Réhabilitation thermique de 48 logements – résidence Les Peupliers à Castelbrac"),
        H("1 – Objet et allotissement"),
        P("La consultation concerne la réhabilitation thermique de la résidence Les Peupliers (3 bâtiments, 48 "
          "logements, site occupé). Les travaux sont répartis en 5 lots : lot 1 isolation thermique par "
          "l'extérieur ; lot 2 menuiseries extérieures ; lot 3 ventilation mécanique ; lot 4 chauffage – "
          "production d'eau chaude ; lot 5 électricité – communs."),
        H("2 – Montant"),
        P("Le montant des travaux est estimé à 1~940~000 € HT pour l'ensemble des lots."),
        H("3 – Clause d'insertion"),
        P("Chaque lot comporte une obligation d'insertion professionnelle décrite à l'article 11 du CCAP, "
          "calculée en pourcentage des heures de main-d'œuvre du lot."),
        H("4 – Jugement des offres"),
        RTAB([["Critère", "Poids"],
              ["Prix", "50 %"],
              ["Valeur technique (méthodologie en site occupé, relation aux locataires)", "40 %"],
              ["Performance environnementale du chantier (tri et valorisation des déchets, réduction des "
               "nuisances)", "10 %"]], widths=[0.8, 0.2], align="lr"),
        H("5 – Remise des offres"),
        P("Les plis sont déposés sur la plateforme au plus tard le 30 avril 2027 à 11 h 00."),
    ]
    ccap = [
        TITLE("Habitat Sud-Garonne", "C.C.A.P. – commun aux 5 lots", "Résidence Les Peupliers – " + ref),
        H("Article 1 – Objet"),
        P("Réhabilitation thermique de 48 logements en site occupé. Le marché est décomposé en cinq lots "
          "désignés à l'article 1 du RC."),
        H("Article 2 – Délais"),
        P("Le délai global est de 10 mois. Les interventions dans les logements ont lieu de 8 h 00 à 17 h 00, "
          "les locataires étant prévenus par avis de passage au moins 48 heures à l'avance."),
        H("Article 3 – Prix"),
        P("Les prix sont globaux et forfaitaires, fermes et actualisables."),
        H("Article 4 – Garanties"),
        P("Retenue de garantie de 5 %, remplaçable par une caution personnelle et solidaire."),
        H("Article 5 – Pénalités"),
        P("Retard d'exécution : 300 € HT par jour. Absence en réunion de chantier : 100 € HT."),
        H("Article 6 – Relations avec les locataires"),
        P("Le titulaire désigne un interlocuteur unique joignable de 8 h à 18 h et tient un cahier des "
          "doléances à la loge."),
        H("Article 7 – Réception"),
        P("La réception est prononcée par bâtiment."),
        H("Article 8 – Sous-traitance"),
        P("Le titulaire déclare ses sous-traitants avant leur intervention."),
        H("Article 9 – Assurances"),
        P("Le titulaire justifie d'une assurance de responsabilité civile et d'une assurance décennale."),
        H("Article 10 – Documents à remettre"),
        P("Plans d'exécution, fiches techniques, DOE sous 1 mois après réception."),
        H("Article 11 – Clause d'insertion professionnelle"),
        P("Pour chaque lot, le titulaire réserve à des personnes éloignées de l'emploi 7 % des heures de "
          "main-d'œuvre nécessaires à l'exécution de son lot. Le maître d'œuvre a estimé ces heures de "
          "main-d'œuvre à 18~600 heures pour l'ensemble de l'opération ; l'obligation correspondante est "
          "donc de 1¦SB¦302 heures, réparties comme suit :"),
        RTAB([["Lot", "Heures de main-d'œuvre estimées", "Heures d'insertion (7 %)"],
              ["1 – ITE", "9 800", "686"],
              ["2 – Menuiseries extérieures", "3 400", "238"],
              ["3 – Ventilation", "2 100", "147"],
              ["4 – Chauffage – ECS", "2 600", "182"],
              ["5 – Électricité – communs", "700", "49"],
              ["Total", "18 600", "1 302"]], widths=[0.4, 0.3, 0.3], align="lrr", bold_last=True),
        P("Le facilitateur est le service emploi de la communauté d'agglomération du Grand Castelbrac (Mme "
          "Léa Fournier, 05~63~21~44~06). Pénalité : 30 € HT par heure non réalisée."),
    ]
    cctp = [
        TITLE("Habitat Sud-Garonne", "C.C.T.P. – LOT 1 : ISOLATION THERMIQUE PAR L'EXTÉRIEUR",
              "Résidence Les Peupliers – " + ref),
        H("1. Consistance des travaux"),
        P("Mise en œuvre d'un système d'ITE sous enduit mince sur polystyrène graphité de 160 mm (R ≥ 5,0 m².K/W), "
          "traitement des nez de dalle, reprise des appuis et habillage des tableaux."),
        H("2. Échafaudages"),
        P("Les échafaudages sont protégés contre l'intrusion ; les accès aux logements sont maintenus en "
          "permanence."),
        H("3. Gestion des déchets de chantier"),
        P("L'entreprise trie ses déchets sur le chantier en cinq flux au minimum (inertes, bois, métaux, "
          "plâtre, isolants) et justifie de leur valorisation par les bordereaux des exutoires. Les chutes de "
          "polystyrène sont reprises par le fabricant."),
        H("4. Personnel"),
        P("Les compagnons chargés de la pose sont formés au système employé (formation fabricant de 14 heures) "
          "et leur attestation est remise avant démarrage."),
        H("5. Essais"),
        P("Essais d'arrachement des chevilles : 1 essai pour 200 m² de façade."),
    ]
    ae = [
        TITLE("Habitat Sud-Garonne", "ACTE D'ENGAGEMENT – LOT 1 : ITE", "Résidence Les Peupliers – " + ref),
        H("Article 1 – Contractant"),
        P("Nom, adresse, SIRET du candidat : ……………………………………………"),
        H("Article 2 – Prix"),
        P("Le prix global et forfaitaire du lot 1 est de : ………………… € HT, soit ………………… € TTC."),
        H("Article 3 – Insertion"),
        P("Heures d'insertion à réaliser au titre du lot 1 (CCAP art. 11) : 686 heures."),
        H("Article 4 – Signature"),
        P("Le candidat : ……………………   Le représentant du pouvoir adjudicateur : ……………………"),
    ]
    return dict(id="d05", title="Habitat Sud-Garonne – réhabilitation thermique, heures en % des heures de main-d'œuvre",
                pieces=[
        PIECE("RC_" + ref + ".pdf", "RC", hd, "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=5,
                montant_estime_ht=1940000,
                evidence=["Chaque lot comporte une obligation d'insertion professionnelle", "répartis en 5 lots",
                          "estimé à 1 940 000 € HT", "Performance environnementale du chantier"]), cols=2),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1302, allotissement=1, nb_lots=5,
                evidence=["réserve à des personnes éloignées de l'emploi 7 % des heures de main-d'œuvre",
                          "l'obligation correspondante est donc de 1 302 heures", "décomposé en cinq lots"])),
        PIECE("CCTP_lot1_" + ref + ".pdf", "CCTP", hd, "CCTP lot 1 " + ref, cctp,
              L(clause_environnementale=1, allotissement=1,
                evidence=["trie ses déchets sur le chantier en cinq flux au minimum", "LOT 1"])),
        PIECE("AE_lot1_" + ref + ".docx", "AE", hd, "AE lot 1 " + ref, ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=686, allotissement=1,
                evidence=["Heures d'insertion à réaliser au titre du lot 1 (CCAP art. 11) : 686 heures."])),
    ], pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
       values=V(heures_insertion=1302, allotissement=1, nb_lots=5, montant_estime_ht=1940000),
       note="Heures : 7 % de 18 600 heures de main-d'œuvre, conversion écrite au CCAP : 1 302 heures (ligne Total du "
            "tableau par lot). Pièges : 18 600 et 9 800… heures de main-d'œuvre (base), 7 %, 48 heures (avis de "
            "passage), 8 h – 17 h, formation fabricant de 14 heures, 30 € HT par heure. AE lot 1 : 686 (un lot).")


# ----------------------------------------------------------------------------- d06
def d06():
    buyer = "Commune de Saint-Véran-les-Landes"
    ref = "SVL-RESTO-2027"
    hd = buyer + " – Fourniture de repas en liaison froide"
    rc = [
        TITLE("Commune de Saint-Véran-les-Landes", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture et livraison de repas en liaison froide – restaurants scolaires et ALSH"),
        H("ARTICLE 1 – OBJET"),
        P("Fourniture et livraison de repas en liaison froide pour les trois restaurants scolaires et l'accueil "
          "de loisirs, environ 520 repas par jour scolaire. Accord-cadre à bons de commande passé en appel "
          "d'offres ouvert."),
        H("ARTICLE 2 – ALLOTISSEMENT"),
        P("Le marché ne fait pas l'objet d'un allotissement : la confection et la livraison des repas "
          "constituent une prestation unique dont la séparation nuirait à la traçabilité et à la maîtrise de "
          "la chaîne du froid."),
        H("ARTICLE 3 – DURÉE ET MONTANT"),
        P("Durée : un an à compter du 28 août 2027, reconductible deux fois par période d'un an. Montant "
          "maximum annuel : 310~000 € HT, identique pour chaque période."),
        H("ARTICLE 4 – CRITÈRES"),
        LST(["Prix : 40 points",
             "Qualité des denrées et des menus : 35 points",
             "Engagement d'insertion au-delà du minimum : 10 points. Un point est attribué par tranche de "
             "100 heures d'insertion proposées au-delà du minimum fixé au CCAP, dans la limite de 10 points.",
             "Performance en matière de réduction des emballages : 15 points"]),
        P("Le CCAP (article 5) impose au titulaire un volume minimal d'heures d'insertion professionnelle "
          "réservées à des personnes éloignées de l'emploi."),
        H("ARTICLE 5 – CONTENU DE L'OFFRE"),
        P("L'offre comprend l'acte d'engagement, dans lequel le candidat indique le nombre d'heures "
          "d'insertion qu'il s'engage à réaliser, le BPU, le mémoire technique et les menus types sur quatre "
          "semaines."),
    ]
    ccap = [
        TITLE("Commune de Saint-Véran-les-Landes", "CCAP", "Accord-cadre " + ref + " – repas en liaison froide"),
        H("Art. 1 – Objet et forme"),
        P("Accord-cadre mono-attributaire à bons de commande, non alloti, exécuté par émission de bons de "
          "commande hebdomadaires."),
        H("Art. 2 – Livraisons"),
        P("Les repas sont livrés chaque jour avant 10 h 30 en véhicule réfrigéré. Toute modification d'effectif "
          "est signalée au titulaire au plus tard 72 heures avant le jour de consommation."),
        H("Art. 3 – Emballages"),
        P("Les repas sont livrés en bacs gastronormes inox réutilisables, repris et lavés par le titulaire ; "
          "l'usage de barquettes plastiques jetables est exclu."),
        H("Art. 4 – Prix"),
        P("Prix unitaires révisables annuellement selon l'indice « Cantines » de l'INSEE."),
        H("Art. 5 – Engagement d'insertion"),
        P("Le titulaire s'engage à réaliser, pendant la durée totale de l'accord-cadre, un volume minimal de "
          "mille huit cents heures de travail effectuées par des personnes rencontrant des difficultés "
          "sociales ou professionnelles particulières. Les heures supplémentaires qu'il a proposées dans son "
          "acte d'engagement s'ajoutent à ce minimum et deviennent contractuelles."),
        P("Le facilitateur est la Maison de l'emploi des Landes de Gascogne (M. Thomas Darrigade, "
          "05~58~73~19~40), qui valide l'éligibilité des personnes et reçoit un relevé trimestriel."),
        H("Art. 6 – Pénalités"),
        P("Retard de livraison supérieur à 30 minutes : 150 € par restaurant. Heure d'insertion non réalisée : "
          "35 €."),
    ]
    ae = [
        TITLE("Commune de Saint-Véran-les-Landes", "ACTE D'ENGAGEMENT", "Accord-cadre " + ref),
        H("1 – Objet"),
        P("Fourniture et livraison de repas en liaison froide (accord-cadre à bons de commande)."),
        H("2 – Offre de prix"),
        P("Prix unitaires : voir le bordereau des prix joint."),
        H("3 – Engagement d'insertion"),
        TAB([["Volume minimal exigé (CCAP art. 5)", "mille huit cents heures"],
             ["Heures proposées au-delà du minimum (à compléter)", "………… heures"],
             ["Total des heures sur lequel le candidat s'engage", "………… heures"]], header=False, widths=[0.6, 0.4]),
        H("4 – Signature"),
        P("Fait à …………………, le ………………… Signature :"),
    ]
    qr = [
        TITLE("Commune de Saint-Véran-les-Landes", "Questions des candidats et réponses de l'acheteur",
              "Consultation " + ref),
        P("Q1 – Le minimum de mille huit cents heures d'insertion est-il annuel ?"),
        P("R1 – Non : il s'entend pour la durée totale de l'accord-cadre, reconductions comprises. Le volume "
          "minimal reste donc de 1~800 heures."),
        P("Q2 – Le précédent marché comportait-il une clause ?"),
        P("R2 – Oui ; le titulaire actuel a réalisé 1~420 heures depuis 2024. Cette donnée est fournie à titre "
          "indicatif."),
        P("Q3 – Les heures du personnel de livraison peuvent-elles être décomptées ?"),
        P("R3 – Oui, dès lors que la personne est éligible et que son recrutement est validé par le "
          "facilitateur."),
    ]
    return dict(id="d06", title="Saint-Véran-les-Landes – repas en liaison froide, heures en lettres, AE à compléter, critère",
                pieces=[
        PIECE("RC_" + ref + ".pdf", "RC", hd, "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, critere_environnemental=1, allotissement=0,
                montant_max_ht=930000,
                evidence=["impose au titulaire un volume minimal d'heures d'insertion", "Engagement d'insertion au-delà du minimum : 10 points", "ne fait pas l'objet d'un allotissement",
                          "Montant maximum annuel : 310 000 € HT", "reconductible deux fois", "[3 × 310 000 = 930 000]",
                          "réduction des emballages"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1800, clause_environnementale=1, allotissement=0,
                evidence=["un volume minimal de mille huit cents heures de travail", "non alloti",
                          "bacs gastronormes inox réutilisables"]), hyphen=True),
        PIECE("AE_" + ref + ".docx", "AE", hd, "AE " + ref, ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1800,
                evidence=["Volume minimal exigé (CCAP art. 5) mille huit cents heures"])),
        PIECE("QR_" + ref + ".pdf", "QR", hd, "Q/R " + ref, qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1800,
                evidence=["Le volume minimal reste donc de 1 800 heures"])),
    ], pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale", "critere_environnemental"],
       values=V(heures_insertion=1800, allotissement=0, montant_max_ht=930000),
       note="Heures : « mille huit cents heures » en lettres (CCAP, AE), sur la durée totale, confirmé en chiffres par la "
            "Q/R (1 800). Heures offertes au-delà du minimum = critère (RC) et champ vide de l'AE, non comptées. Maximum : "
            "310 000 € HT par an, identique, 3 périodes → 930 000. Pièges : « tranche de 100 heures » (notation), 1 420 "
            "heures du précédent marché, 10 h 30, 72 heures, 30 minutes, 35 € par heure. Le RC renvoie au "
            "minimum du CCAP sans le chiffrer.")


# ----------------------------------------------------------------------------- d07
def d07():
    buyer = "Sorvalia Métropole"
    ref = "SM-EP-2027-09"
    hd = buyer + " – Maintenance de l'éclairage public"
    avis = [
        TITLE("Avis de marché", "Sorvalia Métropole – Direction de l'espace public",
              "Services – Procédure avec négociation"),
        H("Section I : Pouvoir adjudicateur"),
        P("Sorvalia Métropole, 1 esplanade des Tisserands, 59700 Sorvalia. Adresse du profil d'acheteur : "
          "https://marches.sorvalia-metropole.fr"),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Maintenance préventive et curative des installations d'éclairage public et de "
          "signalisation lumineuse tricolore."),
        P("II.1.4) Description succincte : accord-cadre à bons de commande d'une durée de quatre ans ferme "
          "couvrant environ 21~000 points lumineux et 140 carrefours à feux."),
        P("II.1.5) Valeur totale estimée hors TVA : 1 600 000 EUR."),
        P("II.1.6) Information sur les lots : ce marché est divisé en lots : non."),
        P("II.2.4) Description des prestations : montant maximum sur la durée totale de l'accord-cadre : "
          "2 000 000 EUR HT ; aucun minimum."),
        P("II.2.5) Critères d'attribution : critère de qualité – valeur technique / pondération : 45 ; prix – "
          "pondération : 55."),
        H("Section III"),
        P("III.1.3) Capacité technique : références de maintenance d'éclairage public sur les trois dernières "
          "années ; habilitations électriques du personnel."),
        P("III.2.2) Conditions particulières d'exécution : voir CCAP."),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : le marché comporte une clause sociale d'insertion d'un volume "
          "de 600 heures sur sa durée totale (article 11 du CCAP). Le facilitateur est le PLIE de la "
          "Métropole (03~20~48~66~71). Le délai d'intervention sur panne de sécurité est de 4 heures."),
        P("VI.5) Date d'envoi : 2 février 2027."),
    ]
    ccap = [
        TITLE("SORVALIA MÉTROPOLE", "Cahier des clauses administratives particulières",
              "Maintenance de l'éclairage public – " + ref),
        H("Article 1 – Objet"),
        P("Le présent accord-cadre à bons de commande porte sur la maintenance des installations d'éclairage "
          "public et de signalisation lumineuse. Il n'est pas alloti, la maintenance des deux réseaux "
          "partageant les mêmes armoires et les mêmes équipes d'astreinte."),
        H("Article 2 – Durée"),
        P("Quatre ans à compter du 1er juillet 2027, sans reconduction."),
        H("Article 3 – Montants"),
        P("Sans minimum ; maximum de 2~000~000 € HT sur la durée totale."),
        H("Article 4 – Astreinte et délais"),
        P("Le titulaire assure une astreinte 24 heures sur 24, 7 jours sur 7. Délais d'intervention : 4 heures "
          "pour une panne mettant en cause la sécurité (carrefour à feux éteint, candélabre accidenté) ; 48 "
          "heures pour une panne isolée ; 10 jours ouvrés pour une panne de secteur programmable."),
        H("Article 5 – Pénalités pour retard d'intervention"),
        P("Par heure de retard au-delà du délai de 4 heures : 80 € HT. Par jour de retard au-delà de 48 heures : "
          "150 € HT."),
        H("Article 6 – Prix"),
        P("Les prix du BPU sont révisés annuellement selon l'index TP12a."),
        H("Article 7 – Déchets d'équipements"),
        P("Les lampes et appareillages déposés sont remis à l'éco-organisme agréé pour les DEEE ; les "
          "bordereaux sont joints au rapport mensuel."),
        H("Article 8 – Rapport d'activité"),
        P("Le titulaire remet un rapport mensuel (interventions, délais constatés, stocks)."),
        H("Article 9 – Assurances"),
        P("Attestation de responsabilité civile professionnelle à jour."),
        H("Article 10 – Sous-traitance"),
        P("Conformément à la loi n° 75-1334 du 31 décembre 1975."),
        H("Article 11 – Clause sociale d'insertion"),
        SPLIT("Le titulaire réalise, sur la durée totale de l'accord-cadre, une action d'insertion d'un volume "
              "de six cents heures (600 h) au bénéfice de personnes rencontrant des difficultés sociales ou "
              "professionnelles, en priorité par embauche directe ou par un contrat",
              "d'apprentissage préparant au CAP ou au bac professionnel « métiers de l'électricité ». À titre "
              "d'information, le marché précédent (2023-2027) prévoyait 480 heures, qui ont été réalisées."),
        P("Le suivi est confié au PLIE de la Métropole (Mme Nadia Hocine, 03~20~48~66~71) ; la réunion de "
          "lancement se tiendra le 9 septembre 2027."),
    ]
    cctp = [
        TITLE("Sorvalia Métropole", "CCTP", "Maintenance de l'éclairage public – " + ref),
        H("1. Patrimoine"),
        P("21~000 points lumineux (dont 38 % en LED), 640 armoires de commande, 140 carrefours à feux."),
        H("2. Maintenance préventive"),
        P("Visite de nuit de l'ensemble du parc tous les deux mois ; nettoyage des vasques lors de chaque "
          "changement de source."),
        H("3. Fonctionnement de l'éclairage"),
        P("L'éclairage fonctionne de la tombée de la nuit à 23 h 00 puis de 5 h 30 au lever du jour, sauf sur "
          "les axes structurants éclairés toute la nuit. Le titulaire paramètre les horloges astronomiques en "
          "conséquence."),
        H("4. Personnel"),
        P("Chaque technicien est titulaire d'une habilitation électrique (recyclage de 10,5 heures tous les "
          "trois ans) et d'un CACES nacelle."),
        H("5. Outils"),
        P("Le titulaire met à jour la base patrimoniale via l'outil SIG métropolitain dans les 48 heures suivant "
          "chaque intervention."),
    ]
    dqe = [
        TITLE("Sorvalia Métropole", "DÉTAIL QUANTITATIF ESTIMATIF (non contractuel)", "Accord-cadre " + ref),
        RTAB([["Réf.", "Prestation", "Unité", "Qté annuelle", "PU HT", "Total HT"],
              ["A1", "Visite de nuit par point lumineux", "u", "126 000", "", ""],
              ["B3", "Remplacement de lanterne LED", "u", "350", "", ""],
              ["C1", "Intervention d'astreinte (forfait)", "u", "220", "", ""],
              ["D2", "Heure de technicien en régie", "h", "900", "", ""],
              ["", "Total annuel estimatif", "", "", "", ""]],
             widths=[0.08, 0.4, 0.08, 0.14, 0.14, 0.16], align="llrrrr"),
    ]
    return dict(id="d07", title="Sorvalia Métropole – maintenance éclairage public, heures en VI.3 et au CCAP (lettres + chiffres)",
                pieces=[
        PIECE("Avis_" + ref + ".txt", "AVIS", hd, "Avis " + ref, avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=600, allotissement=0, montant_estime_ht=1600000,
                montant_max_ht=2000000,
                evidence=["clause sociale d'insertion d'un volume de 600 heures sur sa durée totale",
                          "ce marché est divisé en lots : non", "Valeur totale estimée hors TVA : 1 600 000 EUR",
                          "2 000 000 EUR HT"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=600, clause_environnementale=1, allotissement=0,
                montant_max_ht=2000000,
                evidence=["une action d'insertion d'un volume de six cents heures (600 h)", "Il n'est pas alloti",
                          "maximum de 2 000 000 € HT sur la durée totale",
                          "remis à l'éco-organisme agréé pour les DEEE"])),
        PIECE("CCTP_" + ref + ".pdf", "CCTP", hd, "CCTP " + ref, cctp, L()),
        PIECE("DQE_" + ref + ".docx", "DQE", hd, "DQE " + ref, dqe, L()),
    ], pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
       values=V(heures_insertion=600, allotissement=0, montant_estime_ht=1600000, montant_max_ht=2000000),
       note="Heures : 600 sur la durée totale (avis VI.3 ; CCAP art. 11, « six cents heures (600 h) », paragraphe coupé "
            "par un saut de page). Pièges : 480 heures du marché précédent, délai de 4 heures, 48 heures, astreinte 24 "
            "heures sur 24, 23 h 00 / 5 h 30, 10,5 heures de recyclage, 900 heures de technicien en régie (DQE). Reprise "
            "DEEE par l'éco-organisme retenue comme clause environnementale (CCAP art. 7).")


# ----------------------------------------------------------------------------- d08
def d08():
    buyer = "Université de Vallombreuse"
    ref = "UV-2027-TX-003"
    hd = buyer + " – Construction du bâtiment de recherche Hélios"
    rc = [
        TITLE("UNIVERSITÉ DE VALLOMBREUSE – Direction du patrimoine immobilier",
              "RÈGLEMENT DE LA CONSULTATION",
              "Construction du bâtiment de recherche Hélios – appel d'offres ouvert – " + ref),
        H("Article 1 – Objet"),
        P("Construction d'un bâtiment de recherche de 4~200 m² SDP (laboratoires, plateformes techniques, "
          "bureaux) sur le campus de la Croix-Verte."),
        H("Article 2 – Lots"),
        P("Les travaux sont divisés en 7 lots : 1 Terrassement – gros œuvre ; 2 Façades – menuiseries "
          "extérieures ; 3 Étanchéité ; 4 Cloisons – faux plafonds – menuiseries intérieures ; 5 CVC – "
          "plomberie – sorbonnes ; 6 Électricité – courants faibles ; 7 Ascenseur."),
        H("Article 3 – Estimation"),
        P("Montant prévisionnel global des travaux : 6~350~000 € HT."),
        H("Article 4 – Insertion"),
        P("Les titulaires des lots 1 et 4 sont soumis à une obligation d'insertion (CCAP, article 8). Une "
          "réunion d'information sur la clause est organisée par la Maison de l'emploi de Vallombreuse le 14 "
          "avril 2027 à 10 h (contact : Mme Claire Perrot, facilitatrice, 04~76~39~52~18)."),
        H("Article 5 – Visite"),
        P("Visite obligatoire du site le 9 avril 2027 de 9 h à 12 h ; une attestation est remise."),
        H("Article 6 – Critères"),
        P("Prix 55 % ; valeur technique 45 %."),
    ]
    ccap = [
        TITLE("Université de Vallombreuse", "CCAP – BÂTIMENT HÉLIOS", "Appel d'offres ouvert – " + ref),
        H("Article 1 – Objet et lots"),
        P("Le CCAP est commun aux 7 lots du marché de construction du bâtiment Hélios."),
        H("Article 2 – Durée"),
        P("Délai global : 22 mois, dont 2 mois de préparation."),
        H("Article 3 – Horaires"),
        P("Chantier ouvert de 7 h à 19 h ; travaux bruyants interdits pendant les sessions d'examens dont le "
          "calendrier est remis au démarrage."),
        H("Article 4 – Pénalités"),
        P("Retard : 1/2000e du montant du lot par jour. Retard de remise des documents d'exécution : 200 € par "
          "jour."),
        H("Article 5 – Avances"),
        P("Avance de 10 %, portée à 20 % pour les PME."),
        H("Article 6 – Retenue de garantie"),
        P("5 %."),
        H("Article 7 – Compte prorata"),
        P("Les dépenses communes sont gérées selon la convention type annexée."),
        H("Article 8 – Clause d'insertion"),
        H2("8.1 – Volumes"),
        P("Lot 1 : 1~400 heures d'insertion. Lot 4 : 500 heures d'insertion. Les autres lots ne sont pas "
          "concernés."),
        H2("8.2 – Mise en œuvre"),
        P("Le titulaire peut embaucher directement, recourir à une ETTI ou à un GEIQ BTP, ou sous-traiter à "
          "une entreprise d'insertion. Il transmet au facilitateur de la Maison de l'emploi de Vallombreuse "
          "les contrats et relevés d'heures."),
        H2("8.3 – Pénalités"),
        P("70 € HT par heure non réalisée."),
    ]
    qr = [
        TITLE("Université de Vallombreuse", "RÉPONSES AUX QUESTIONS DES CANDIDATS – n° 2",
              "Bâtiment Hélios – " + ref + " – 20 avril 2027"),
        P("Question 7 : « Au vu de la part de main-d'œuvre du lot 4, le volume de 500 heures nous paraît "
          "faible au regard du lot 1. Est-il définitif ? »"),
        P("Réponse : Après échange avec la Maison de l'emploi, le volume d'heures d'insertion du lot 4 est "
          "porté de 500 à 650 heures. L'article 8.1 du CCAP est modifié en conséquence par l'avis rectificatif "
          "n° 1. Le volume du lot 1 reste fixé à 1~400 heures."),
        P("Question 8 : « La visite de 9 h à 12 h est-elle obligatoire pour tous les lots ? »"),
        P("Réponse : Oui, pour tous les lots. Une seconde date est ouverte le 16 avril 2027 à 14 h."),
        P("Question 9 : « Le délai de validité des offres de 180 jours peut-il être réduit ? »"),
        P("Réponse : Non."),
    ]
    ae = [
        TITLE("Université de Vallombreuse", "ACTE D'ENGAGEMENT – LOT 4",
              "Cloisons – faux plafonds – menuiseries intérieures – " + ref),
        H("1. Objet"),
        P("Le présent acte d'engagement concerne le lot 4 du marché de construction du bâtiment Hélios."),
        H("2. Prix"),
        P("Montant forfaitaire : ………………… € HT"),
        H("3. Engagement d'insertion"),
        P("Le titulaire s'engage à réaliser le nombre d'heures d'insertion fixé pour son lot à l'article 8.1 "
          "du CCAP, selon les modalités de l'article 8.2."),
        H("4. Signature"),
        P("…………………………"),
    ]
    return dict(id="d08", title="Université de Vallombreuse – bâtiment Hélios, 7 lots, heures relevées par une Q/R",
                pieces=[
        PIECE("RC_" + ref + ".pdf", "RC", hd, "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=7, montant_estime_ht=6350000,
                evidence=["Les titulaires des lots 1 et 4 sont soumis à une obligation d'insertion",
                          "divisés en 7 lots", "Montant prévisionnel global des travaux : 6 350 000 € HT"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1900, allotissement=1, nb_lots=7,
                evidence=["Lot 1 : 1 400 heures d'insertion. Lot 4 : 500 heures d'insertion.", "[1400 + 500 = 1900]",
                          "commun aux 7 lots"])),
        PIECE("QR_n2_" + ref + ".pdf", "QR", hd, "Q/R n° 2 " + ref, qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2050, allotissement=1,
                evidence=["le volume d'heures d'insertion du lot 4 est porté de 500 à 650 heures",
                          "Le volume du lot 1 reste fixé à 1 400 heures", "[1400 + 650 = 2050]"])),
        PIECE("AE_lot4_" + ref + ".docx", "AE", hd, "AE lot 4 " + ref, ae,
              L(clause_sociale=1, clause_insertion=1, allotissement=1,
                evidence=["Le titulaire s'engage à réaliser le nombre d'heures d'insertion fixé pour son lot", "LOT 4"])),
    ], pos=["clause_sociale", "clause_insertion"],
       values=V(heures_insertion=2050, allotissement=1, nb_lots=7, montant_estime_ht=6350000),
       note="Heures : CCAP 1 400 (lot 1) + 500 (lot 4) = 1 900 ; la réponse n° 2 (avis rectificatif n° 1) porte le lot 4 "
            "à 650 heures et maintient 1 400 pour le lot 1 : dossier 1 400 + 650 = 2 050 (la réponse modifiant le DCE "
            "prime). L'AE renvoie au CCAP sans nombre (heures vides). Pièges : 14 avril à 10 h, visites 9 h – 12 h et 14 h, "
            "7 h – 19 h, 180 jours, 70 € HT par heure, 4 200 m².")


# ----------------------------------------------------------------------------- d09
def d09():
    buyer = "Communauté de communes Cœur de Vanoise-Ouest"
    ref = "CCVO-VV-2027"
    hd = "CC Cœur de Vanoise-Ouest – Voie verte de la Basse-Arly"
    rc = [
        TITLE("Communauté de communes Cœur de Vanoise-Ouest", "Règlement de consultation",
              "Aménagement de la voie verte de la Basse-Arly (tronçon Pont-Royal – Les Granges)"),
        H("1. Objet"),
        P("Aménagement d'une voie verte de 6,4 km : terrassements, structure de chaussée en grave et enrobé, "
          "deux passerelles bois, signalétique et mobilier."),
        H("2. Forme"),
        P("Marché ordinaire de travaux, non alloti (une entreprise générale ou un groupement), comprenant une "
          "solution de base et une prestation supplémentaire éventuelle (PSE n° 1 : éclairage solaire "
          "autonome des passerelles)."),
        H("3. Critères"),
        P("Prix 60 % ; valeur technique 40 % dont 10 % pour la préservation de la ripisylve pendant les travaux."),
        H("4. Remise des offres"),
        P("Offres dématérialisées avant le 26 mars 2027 à 12 h."),
    ]
    ccap = [
        TITLE("CC Cœur de Vanoise-Ouest", "CCAP", "Voie verte de la Basse-Arly – " + ref),
        H("Article 1 – Objet"),
        P("Le marché, non alloti, porte sur l'aménagement de la voie verte. Il comprend la solution de base et "
          "la PSE n° 1."),
        H("Article 2 – Délais"),
        P("Délai d'exécution : 7 mois hors période de fermeture hivernale (15 décembre – 15 mars)."),
        H("Article 3 – Milieu naturel"),
        P("Les déblais sont réemployés sur site en modelés paysagers ; aucun engin ne circule dans le lit de "
          "l'Arly. Les zones de frayères identifiées au CCTP sont balisées avant tout terrassement."),
        H("Article 4 – Délais de prévenance"),
        P("Le titulaire informe le maître d'ouvrage 48 heures avant toute coupure du chemin de halage."),
        H("Article 5 – Clause d'insertion"),
        P("Le titulaire réalise 780 heures d'insertion au titre de la solution de base. Si la PSE n° 1 est "
          "retenue, 140 heures supplémentaires sont dues, soit 920 heures."),
        P("Le facilitateur est le service insertion de la Maison de l'emploi de Savoie-Arly (M. Julien Bozon, "
          "04~79~44~12~85)."),
        H("Article 6 – Pénalités"),
        P("Par jour de retard : 400 € HT ; heure d'insertion non réalisée : 50 € HT."),
    ]
    qr = [
        TITLE("CC Cœur de Vanoise-Ouest", "INFORMATION AUX CANDIDATS N° 1 – QUESTIONS / RÉPONSES",
              "Voie verte de la Basse-Arly – " + ref),
        P("Question : les passerelles étant désormais hors de la zone de raccordement électrique, la PSE n° 1 "
          "est-elle maintenue ?"),
        P("Réponse : Non. La PSE n° 1 (éclairage solaire autonome) est supprimée de la consultation ; les "
          "candidats ne la chiffrent pas. En conséquence, l'obligation d'insertion est celle de la solution "
          "de base, soit 780 heures ; les 140 heures liées à la PSE n° 1 sont sans objet."),
        P("Question : le délai de prévenance de 48 heures vaut-il pour les week-ends ?"),
        P("Réponse : Oui ; le délai court samedis et dimanches compris."),
    ]
    dpgf = [
        TITLE("CC Cœur de Vanoise-Ouest", "DPGF – SOLUTION DE BASE", "Voie verte de la Basse-Arly – " + ref),
        RTAB([["N°", "Ouvrage", "U", "Qté", "Prix total € HT"],
              ["1", "Installation et repli de chantier", "ft", "1", ""],
              ["2", "Décapage de terre végétale et réemploi", "m³", "3 800", ""],
              ["3", "Grave non traitée 0/31,5", "t", "5 600", ""],
              ["4", "Enrobé 0/10 ép. 5 cm", "m²", "19 200", ""],
              ["5", "Passerelle bois 18 m", "u", "2", ""],
              ["", "Total solution de base", "", "", ""]], widths=[0.07, 0.5, 0.08, 0.15, 0.2], align="llrrr"),
    ]
    return dict(id="d09", title="CC Cœur de Vanoise-Ouest – voie verte, heures d'une PSE supprimée",
                pieces=[
        PIECE("RC_" + ref + ".pdf", "RC", hd, "RC " + ref, rc,
              L(critere_environnemental=1, allotissement=0,
                evidence=["non alloti", "préservation de la ripisylve pendant les travaux"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=780, clause_environnementale=1, allotissement=0,
                evidence=["Le titulaire réalise 780 heures d'insertion au titre de la solution de base",
                          "non alloti", "Les déblais sont réemployés sur site"])),
        PIECE("QR_" + ref + ".pdf", "QR", hd, "Information n° 1 " + ref, qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=780,
                evidence=["l'obligation d'insertion est celle de la solution de base, soit 780 heures"])),
        PIECE("DPGF_" + ref + ".docx", "DPGF", hd, "DPGF " + ref, dpgf, L()),
    ], pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
       values=V(heures_insertion=780, allotissement=0),
       note="Heures : 780 pour la solution de base (CCAP art. 5) ; la PSE n° 1 (+140, soit 920) est supprimée par "
            "l'information n° 1 : 780. Pour le CCAP seul, 780 est l'obligation ferme, 920 conditionnelle. Pièges : 920, "
            "140, 48 heures, 12 h, 50 € HT par heure. Pas de montant.")


# ----------------------------------------------------------------------------- d10
def d10():
    buyer = "Centre hospitalier de Brémontier-sur-Loire"
    ref = "CHBL-URG-2027"
    hd = buyer + " – Extension du service des urgences"
    rc = [
        TITLE("CENTRE HOSPITALIER DE BRÉMONTIER-SUR-LOIRE", "RÈGLEMENT DE LA CONSULTATION",
              "Extension et restructuration du service des urgences – " + ref),
        H("Article 1 – Objet"),
        P("Extension de 1~150 m² et restructuration de 600 m² du service des urgences adultes, le service "
          "restant ouvert 24 heures sur 24 pendant toute la durée des travaux."),
        H("Article 2 – Allotissement"),
        P("La consultation comprend neuf lots : 1 VRD ; 2 Gros œuvre ; 3 Étanchéité ; 4 Menuiseries "
          "extérieures ; 5 Cloisons – doublages ; 6 Menuiseries intérieures ; 7 Revêtements de sols ; 8 "
          "Plomberie – CVC – fluides médicaux ; 9 Électricité – SSI."),
        H("Article 3 – Estimation"),
        P("L'estimation du maître d'œuvre s'élève à 4~120~000 € HT, tous lots confondus."),
        H("Article 4 – Clause sociale"),
        P("Le marché comporte une clause d'insertion dans tous les lots. Au total, 2¦SB¦730 heures de travail "
          "seront réservées à des personnes en insertion ; la répartition figure dans le cahier des charges "
          "de la clause sociale joint au DCE."),
        H("Article 5 – Jugement"),
        P("Prix 50 % ; valeur technique 50 % (dont 20 % pour les mesures garantissant la continuité des soins "
          "et l'hygiène – bio-nettoyage, confinement des poussières)."),
        H("Article 6 – Délai de validité"),
        P("150 jours à compter de la date limite de remise des offres."),
    ]
    cahier = [
        TITLE("Centre hospitalier de Brémontier-sur-Loire",
              "CAHIER DES CHARGES DE LA CLAUSE SOCIALE D'INSERTION",
              "Annexe au CCAP – extension du service des urgences – " + ref),
        H("1. Principe"),
        P("Chaque titulaire réserve à des personnes éloignées de l'emploi un nombre minimal d'heures de "
          "travail, fixé par lot dans le tableau ci-dessous. Ce nombre a été calculé par le PLIE du Val de "
          "Brémontier à partir des estimations de main-d'œuvre du maître d'œuvre."),
        H("2. Volumes par lot"),
        RTAB([["Lot", "Désignation", "Heures"],
              ["1", "VRD", "420"], ["2", "Gros œuvre", "1 150"], ["3", "Étanchéité", "140"],
              ["4", "Menuiseries extérieures", "160"], ["5", "Cloisons – doublages", "190"],
              ["6", "Menuiseries intérieures", "120"], ["7", "Revêtements de sols", "150"],
              ["8", "Plomberie – CVC – fluides médicaux", "250"], ["9", "Électricité – SSI", "150"],
              ["", "Total", "2 730"]], widths=[0.12, 0.63, 0.25], align="llr", bold_last=True),
        H("3. Publics"),
        P("Demandeurs d'emploi inscrits depuis plus de 12 mois, allocataires du RSA, jeunes de moins de 26 ans "
          "de niveau inférieur au CAP, travailleurs handicapés, résidents des quartiers prioritaires, salariés "
          "des SIAE."),
        H("4. Facilitateur"),
        P("PLIE du Val de Brémontier – M. Yannick Guérin, chargé de mission clauses sociales – "
          "02~41~87~30~62. Le titulaire le rencontre avant le démarrage de ses travaux et au plus tard le 30 "
          "juin 2027."),
        H("5. Ce qui n'est pas compté"),
        P("Ne sont pas des heures d'insertion : les heures de formation des salariés permanents (notamment la "
          "formation « risques infectieux en milieu de soins » de 3 heures imposée à tout intervenant), ni les "
          "heures effectuées par un salarié recruté avant le marché."),
        H("6. Sanction"),
        P("55 € HT par heure non réalisée, après mise en demeure restée sans effet pendant 15 jours."),
    ]
    ccap = [
        TITLE("Centre hospitalier de Brémontier-sur-Loire", "CCAP", "Extension du service des urgences – " + ref),
        H("Article 1 – Objet – lots"),
        P("Le présent CCAP est commun aux neuf lots."),
        H("Article 2 – Pièces"),
        P("AE, CCAP et son annexe « cahier des charges de la clause sociale d'insertion », CCTP, DPGF, CCAG "
          "travaux."),
        H("Article 3 – Travaux en milieu hospitalier"),
        P("Les travaux bruyants sont effectués entre 8 h et 18 h. Toute coupure de fluide est programmée avec "
          "un préavis de 72 heures. Tout intervenant suit, avant son premier accès, une formation de 3 heures "
          "aux risques infectieux dispensée par l'équipe d'hygiène."),
        H("Article 4 – Pénalités"),
        P("Retard : 500 € par jour ; non-respect des consignes d'hygiène : 300 € par constat."),
        H("Article 5 – Clause sociale d'insertion"),
        P("Le titulaire de chaque lot exécute l'action d'insertion définie par le cahier des charges de la "
          "clause sociale annexé, qui fixe le nombre d'heures de son lot."),
        H("Article 6 – Paiements"),
        P("Délai global de paiement : 50 jours (établissement public de santé)."),
    ]
    ae = [
        TITLE("Centre hospitalier de Brémontier-sur-Loire", "ACTE D'ENGAGEMENT",
              "Lot 5 – Cloisons – doublages – " + ref),
        H("1. Objet"),
        P("Extension du service des urgences – lot 5 « Cloisons – doublages »."),
        H("2. Prix"),
        P("Montant global et forfaitaire : ………………… € HT"),
        H("3. Clause sociale"),
        TAB([["Heures d'insertion du lot (cahier des charges de la clause sociale)", "190 heures"],
             ["Modalité envisagée (embauche, ETTI, GEIQ, sous-traitance SIAE)", "…………………"]],
            header=False, widths=[0.65, 0.35]),
        H("4. Signature"),
        P("Le …………………, le candidat :"),
    ]
    return dict(id="d10", title="CH de Brémontier-sur-Loire – urgences, 9 lots, cahier des charges insertion avec total",
                pieces=[
        PIECE("RC_" + ref + ".pdf", "RC", hd, "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2730, allotissement=1, nb_lots=9,
                montant_estime_ht=4120000,
                evidence=["Au total, 2 730 heures de travail seront réservées à des personnes en insertion",
                          "neuf lots", "4 120 000 € HT"])),
        PIECE("Cahier_clause_sociale_" + ref + ".pdf", "AUTRE", hd, "Cahier des charges insertion " + ref, cahier,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2730, allotissement=1, nb_lots=9,
                evidence=["réserve à des personnes éloignées de l'emploi un nombre minimal d'heures de travail",
                          "Total 2 730", "9 Électricité – SSI 150"]), cols=2),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=9,
                evidence=["Le titulaire de chaque lot exécute l'action d'insertion", "commun aux neuf lots"])),
        PIECE("AE_lot5_" + ref + ".docx", "AE", hd, "AE lot 5 " + ref, ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=190, allotissement=1,
                evidence=["Heures d'insertion du lot (cahier des charges de la clause sociale) 190 heures", "Lot 5"])),
    ], pos=["clause_sociale", "clause_insertion"],
       values=V(heures_insertion=2730, allotissement=1, nb_lots=9, montant_estime_ht=4120000),
       note="Heures : tableau par lot avec ligne Total (2 730) dans le cahier des charges ; le RC écrit aussi 2 730. "
            "AE lot 5 : 190 (un lot). Pièges : 24 heures sur 24, 3 heures de formation hygiène (non comptées, dit le "
            "cahier lui-même), 72 heures, 8 h – 18 h, 150 jours, 50 jours, 55 € HT, 12 mois. Pas de clause "
            "environnementale (bio-nettoyage = hygiène).")


# ----------------------------------------------------------------------------- d11
def d11():
    buyer = "Communauté urbaine d'Estérel-Maures"
    ref = "CUEM-MMT-2027"
    hd = buyer + " – Maintenance multitechnique des bâtiments"
    rc = [
        TITLE("COMMUNAUTÉ URBAINE D'ESTÉREL-MAURES", "RÈGLEMENT DE LA CONSULTATION",
              "Maintenance multitechnique des bâtiments communautaires – " + ref),
        H("1. Objet et forme"),
        P("Accord-cadre à bons de commande de maintenance préventive et corrective (plomberie, électricité, "
          "serrurerie, menuiserie) d'une durée de quatre ans. Le marché n'est pas alloti : les interventions "
          "combinent le plus souvent plusieurs corps d'état sur un même site."),
        H("2. Montant"),
        P("Montant maximum : 480¦SB¦000 € HT sur la durée totale de l'accord-cadre (quatre ans)."),
        H("3. Insertion"),
        P("Le titulaire mobilise l'équivalent d'un demi-poste à temps plein (0,5 ETP) occupé par une personne "
          "en insertion pendant toute la durée de l'accord-cadre (CCAP, art. 9)."),
        H("4. Critères"),
        LST(["Prix : 50 %",
             "Valeur technique : 40 %",
             "Modalités de mise en œuvre de l'action d'insertion (profil de poste, tutorat, formation "
             "qualifiante, perspectives d'embauche) : 10 %"]),
    ]
    ccap = [
        TITLE("Communauté urbaine d'Estérel-Maures", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Maintenance multitechnique – " + ref),
        H("Article 1 – Objet"),
        P("Accord-cadre à bons de commande, non alloti, de maintenance multitechnique de 64 bâtiments."),
        H("Article 2 – Durée"),
        P("Quatre ans ferme à compter de la notification."),
        H("Article 3 – Montant"),
        P("Sans minimum. Maximum : 480~000 € HT pour les quatre ans."),
        H("Article 4 – Délais d'intervention"),
        P("Urgence (fuite, panne électrique affectant un ERP) : intervention sous 4 heures, 24 heures sur 24. "
          "Demande courante : sous 3 jours ouvrés. Les travaux programmés sont réalisés entre 7 h 30 et 17 h."),
        H("Article 5 – Main-d'œuvre facturée"),
        P("Les travaux hors forfait sont facturés au taux horaire du BPU, le temps de déplacement étant inclus "
          "dans la première heure."),
        H("Article 6 – Pénalités"),
        P("Retard d'intervention en urgence : 100 € HT par heure de retard."),
        H("Article 7 – Assurances"),
        P("Responsabilité civile d'au moins 3~000~000 € par sinistre."),
        H("Article 8 – Révision"),
        P("Révision annuelle selon l'indice BT40 et l'ICHT-IME."),
        H("Article 9 – Clause d'insertion"),
        P("Pendant toute la durée de l'accord-cadre, le titulaire affecte aux prestations au moins une "
          "personne en parcours d'insertion, à raison d'un demi-équivalent temps plein. Il peut s'agir d'une "
          "embauche directe, d'une mise à disposition par une ETTI ou d'un contrat de professionnalisation "
          "porté par le GEIQ Multi-services du Var (contact : Mme Inès Carbonel, 04~94~51~26~37)."),
        P("La personne recrutée suit une formation qualifiante d'au moins 35 heures par personne, prise en "
          "charge par le titulaire."),
        P("À titre indicatif, les heures d'insertion réalisées sur le précédent marché (2022-2026) se sont "
          "élevées à 1~150 heures."),
    ]
    qr = [
        TITLE("Communauté urbaine d'Estérel-Maures", "QUESTIONS – RÉPONSES", "Maintenance multitechnique – " + ref),
        P("Question 1 : Pouvez-vous convertir le demi-ETP de l'article 9 du CCAP en un nombre d'heures ?"),
        P("Réponse : L'acheteur ne fixe pas de nombre d'heures : l'obligation est exprimée en présence d'une "
          "personne à mi-temps sur toute la durée de l'accord-cadre, quel que soit son temps de travail "
          "contractuel exact, qui est apprécié avec le facilitateur."),
        P("Question 2 : Le délai de 4 heures court-il la nuit ?"),
        P("Réponse : Oui, l'astreinte est due 24 heures sur 24."),
    ]
    bpu = [
        TITLE("Communauté urbaine d'Estérel-Maures", "BORDEREAU DES PRIX UNITAIRES", "Accord-cadre " + ref),
        RTAB([["Code", "Désignation", "Unité", "Prix € HT"],
              ["MO1", "Heure de main-d'œuvre – technicien plombier", "h", ""],
              ["MO2", "Heure de main-d'œuvre – électricien", "h", ""],
              ["MO3", "Majoration heure de nuit ou de dimanche", "%", ""],
              ["DEP", "Déplacement (inclus dans la première heure)", "—", "0,00"],
              ["F1", "Forfait maintenance préventive annuelle par bâtiment", "u", ""]],
             widths=[0.1, 0.6, 0.1, 0.2], align="lllr"),
    ]
    return dict(id="d11", title="CU d'Estérel-Maures – maintenance multitechnique, insertion en ETP sans conversion",
                pieces=[
        PIECE("RC_" + ref + ".pdf", "RC", hd, "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=0, montant_max_ht=480000,
                evidence=["mobilise l'équivalent d'un demi-poste à temps plein (0,5 ETP) occupé par une personne en insertion",
                          "Modalités de mise en œuvre de l'action d'insertion", "n'est pas alloti", "480 000 € HT"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, allotissement=0, montant_max_ht=480000,
                evidence=["le titulaire affecte aux prestations au moins une personne en parcours d'insertion",
                          "non alloti", "Maximum : 480 000 € HT pour les quatre ans"]), hyphen=True),
        PIECE("QR_" + ref + ".pdf", "QR", hd, "Q/R " + ref, qr,
              L(clause_sociale=1, clause_insertion=1,
                evidence=["L'acheteur ne fixe pas de nombre d'heures"])),
        PIECE("BPU_" + ref + ".docx", "BPU", hd, "BPU " + ref, bpu, L()),
    ], pos=["clause_sociale", "clause_insertion", "critere_social"],
       values=V(heures_insertion=None, allotissement=0, montant_max_ht=480000),
       note="Heures : vides. L'obligation est exprimée en 0,5 ETP sans conversion écrite, et la Q/R refuse d'en donner "
            "une ; aucune conversion n'est inventée. Pièges : 1 150 heures du précédent marché, 35 heures de formation "
            "par personne, 4 heures, 24 heures sur 24, 7 h 30 – 17 h, heures de main-d'œuvre du BPU, 100 € par heure "
            "de retard. Critère social 10 % (RC).")


# ----------------------------------------------------------------------------- d12
def d12():
    buyer = "Ville de Pontarlié-les-Forges"
    ref = "VPF-2027-MU"
    hd = buyer + " – Mobilier urbain et aires de jeux"
    avis = [
        TITLE("Avis de marché (eForms)", "Ville de Pontarlié-les-Forges", "Fournitures et pose – procédure ouverte"),
        H("1. Acheteur"),
        P("Nom officiel : Ville de Pontarlié-les-Forges. Forme juridique : collectivité territoriale."),
        H("2. Procédure"),
        P("Titre : Fourniture et pose de mobilier urbain et d'équipements d'aires de jeux. Identifiant : " + ref + "."),
        P("Valeur estimée hors TVA : 400 000,00 EUR. Nombre de lots : 2. Les offres peuvent être soumises pour "
          "tous les lots."),
        H("5. Lot"),
        H2("5.1 Lot LOT-0001 – Mobilier urbain"),
        P("Valeur estimée hors TVA : 260 000,00 EUR."),
        P("Conditions d'exécution du marché : le titulaire réalise au moins 350 heures d'insertion "
          "professionnelle (fabrication, pose)."),
        P("Critère d'attribution – qualité : nombre d'heures d'insertion proposées au-delà du minimum – "
          "pondération 10."),
        H2("5.2 Lot LOT-0002 – Aires de jeux"),
        P("Valeur estimée hors TVA : 140 000,00 EUR."),
        P("Conditions d'exécution du marché : le titulaire réalise au moins 210 heures d'insertion "
          "professionnelle."),
        P("Critère d'attribution – qualité : nombre d'heures d'insertion proposées au-delà du minimum – "
          "pondération 10."),
        H("8. Organisations"),
        P("Service de médiation : tribunal administratif de Besançon. Date d'envoi de l'avis : 4 mars 2027."),
    ]
    rc = [
        TITLE("Ville de Pontarlié-les-Forges", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture et pose de mobilier urbain et d'aires de jeux – " + ref),
        H("Article 1 – Objet et lots"),
        P("Le marché est décomposé en deux lots : lot 1 mobilier urbain (bancs, corbeilles, potelets, "
          "abris-vélos) ; lot 2 équipements d'aires de jeux et sols amortissants."),
        H("Article 2 – Critères d'attribution (pour chaque lot)"),
        RTAB([["Critère", "Pondération"],
              ["Prix", "50 %"],
              ["Valeur technique (qualité des produits, garanties, délai de livraison)", "30 %"],
              ["Performance en matière d'insertion professionnelle : heures proposées au-delà du minimum du "
               "lot", "10 %"],
              ["Durabilité des matériaux (bois certifié, acier recyclé, réparabilité)", "10 %"]],
             widths=[0.78, 0.22], align="lr"),
        P("Pour le critère insertion, l'offre qui propose le plus d'heures supplémentaires obtient la note "
          "maximale ; une offre limitée au minimum obtient 0."),
        H("Article 3 – Obligations d'insertion"),
        P("Quel que soit le classement, chaque titulaire est tenu au minimum d'heures d'insertion de son lot "
          "fixé à l'article 7 du CCAP."),
        H("Article 4 – Délais"),
        P("Livraison et pose en 14 semaines. Les installations de jeux sont contrôlées par un organisme agréé "
          "avant ouverture au public."),
    ]
    ccap = [
        TITLE("Ville de Pontarlié-les-Forges", "CCAP", "Mobilier urbain et aires de jeux – " + ref),
        H("Article 1 – Objet"),
        P("Le présent CCAP s'applique aux deux lots de la consultation."),
        H("Article 2 – Prix"),
        P("Prix globaux et forfaitaires, fermes."),
        H("Article 3 – Livraison"),
        P("Les livraisons ont lieu du lundi au vendredi de 8 h à 16 h ; le titulaire prévient les services "
          "techniques 48 heures avant. Les emballages sont repris par le titulaire."),
        H("Article 4 – Garanties"),
        P("Garantie de 10 ans sur les structures, 2 ans sur les pièces d'usure."),
        H("Article 5 – Pénalités"),
        P("Retard de livraison : 1/1000e du montant du lot par jour."),
        H("Article 6 – Réception"),
        P("Réception après contrôle de conformité des aires de jeux à la norme NF EN 1176."),
        H("Article 7 – Insertion professionnelle"),
        P("Le titulaire du lot 1 réalise au minimum 350 heures d'insertion, celui du lot 2 au minimum 210 heures. "
          "Les heures supplémentaires proposées dans l'offre au titre du critère d'attribution s'ajoutent à ces "
          "minima."),
        P("Accompagnement : Maison de l'emploi du Haut-Doubs (M. Baptiste Roy, 03~81~46~09~71)."),
    ]
    ae = [
        TITLE("Ville de Pontarlié-les-Forges", "ACTE D'ENGAGEMENT – LOT 1 : MOBILIER URBAIN", ref),
        H("1. Prix"),
        P("Montant global et forfaitaire : ………………… € HT"),
        H("2. Engagement d'insertion"),
        P("Le candidat indique ci-dessous le nombre d'heures d'insertion qu'il s'engage à réaliser, qui ne peut "
          "être inférieur à 350 heures : ………………… heures."),
        H("3. Délai"),
        P("Délai de livraison et de pose proposé (maximum 14 semaines) : ………… semaines."),
        H("4. Signature"),
        P("………………………………"),
    ]
    return dict(id="d12", title="Pontarlié-les-Forges – mobilier urbain, 2 lots, heures dans les conditions d'exécution eForms",
                pieces=[
        PIECE("Avis_eForms_" + ref + ".pdf", "AVIS", hd, "Avis " + ref, avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=560, critere_social=1, allotissement=1, nb_lots=2,
                montant_estime_ht=400000,
                evidence=["au moins 350 heures d'insertion", "au moins 210 heures d'insertion", "[350 + 210 = 560]",
                          "nombre d'heures d'insertion proposées au-delà du minimum", "Nombre de lots : 2",
                          "Valeur estimée hors TVA : 400 000,00 EUR"])),
        PIECE("RC_" + ref + ".pdf", "RC", hd, "RC " + ref, rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, critere_environnemental=1, allotissement=1,
                nb_lots=2,
                evidence=["chaque titulaire est tenu au minimum d'heures d'insertion de son lot",
                          "Performance en matière d'insertion professionnelle", "Durabilité des matériaux",
                          "décomposé en deux lots"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", hd, "CCAP " + ref, ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=560, clause_environnementale=1, allotissement=1,
                nb_lots=2,
                evidence=["au minimum 350 heures d'insertion, celui du lot 2 au minimum 210 heures", "[350 + 210 = 560]",
                          "deux lots", "Les emballages sont repris par le titulaire"])),
        PIECE("AE_lot1_" + ref + ".docx", "AE", hd, "AE lot 1 " + ref, ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=350, allotissement=1,
                evidence=["ne peut être inférieur à 350 heures", "LOT 1"])),
    ], pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale", "critere_environnemental"],
       values=V(heures_insertion=560, allotissement=1, nb_lots=2, montant_estime_ht=400000),
       note="Heures : minima par lot 350 (lot 1) + 210 (lot 2) = 560 (avis « conditions d'exécution » et CCAP art. 7) ; les "
            "heures proposées au-delà du minimum relèvent du critère (non chiffrées). Estimation : 400 000 écrite (260 000 "
            "+ 140 000 par lot). Pièges : 8 h – 16 h, 48 heures, 14 semaines, 10 ans. Reprise des emballages : clause "
            "environnementale (CCAP).")


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
def wsn(s):
    s = s.replace(NB, " ").replace(NNB, " ").replace("~", " ").replace("^", " ")
    return re.sub(r"\s+", " ", s).strip()


def extracted_text(path):
    """Texte extrait du fichier produit : pypdf (PDF), python-docx (DOCX), lecture directe (TXT)."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
            parts.extend(p.text for p in s.footer.paragraphs)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


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
    # mêmes clés que le dossiers.yml de blind_values_13 (trois catégories sociales)
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
            ext_txt = wsn(extracted_text(os.path.join(folder, p["file"])))
            for q in lab["evidence"]:
                if not q.startswith("[") and wsn(norm(q)) not in ext_txt:
                    problems.append("%s/%s : preuve absente du texte extrait : %r" % (d["id"], p["file"], q))
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
    head = ("# Jeu blind_values_21 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier (somme des lots ; valeur telle qu'écrite,\n"
            "# sans multiplication par un nombre de périodes) ; maximum sur toutes les périodes ; une réponse du\n"
            "# registre des questions-réponses qui modifie le DCE prime sur la pièce modifiée (voir note).\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    for line in cuts:
        print("  coupure", line)
    problems.extend(extra_checks(rows))
    print("contrôles : preuves présentes dans le texte logique de leur pièce et dans le texte extrait du fichier ; preuves <= 300 caractères ; PDF de "
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
