#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_22 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise de tests/data/blind_values_13/make_documents.py : lignes 27-664 (écriture
PDF/DOCX/TXT, tableaux, deux colonnes, césure, aides de saisie) et lignes 2433-2611 (extra_checks,
build_piece, check_articles, _expect, main). Changements : SET_NAME, en-tête de dossiers.yml, contrôle
supplémentaire des preuves dans le texte EXTRAIT du fichier produit (pypdf pour les PDF, python-docx
pour les DOCX, lecture directe des .txt ; espaces normalisés, césures de fin de ligne recollées) et
contrôle du déterminisme (deux constructions, md5 comparés en mémoire).
Les douze dossiers ont été écrits pour ce jeu.

Thème : le montant maximum HT des accords-cadres (toutes périodes, tous lots) réparti entre pièces.

Conventions de saisie : « ~ » = espace insécable ; « ^ » = espace fine insécable ; BR, SB, HY comme
dans l'infrastructure d'origine.

Usage : .venv/bin/python tests/data/blind_values_22/make_documents.py
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
SET_NAME = "blind_values_22"

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





# ----------------------------------------------------------------------------- dossiers
def D(id, title, pieces, pos, values, note):
    return dict(id=id, title=title, pieces=pieces, pos=list(pos), values=values, note=note)


# d01 -------------------------------------------------------------------------------------------
def d01():
    org = "Communauté de communes des Coteaux de l'Aubrelle"
    ref = "2027-DECI-02"
    rc = [
        TITLE(org, "RÈGLEMENT DE LA CONSULTATION",
              "Contrôle, entretien et réparation des points d'eau incendie (PEI)",
              "Procédure adaptée – Réf. " + ref),
        H("Article 1 – Objet et forme du contrat"),
        P("La présente consultation porte sur le contrôle technique périodique, l'entretien et les "
          "réparations des poteaux et bouches d'incendie implantés sur le territoire des quatorze communes "
          "membres. Elle donne lieu à un accord-cadre mono-attributaire exécuté par émission de bons de "
          "commande, au sens des articles L2125-1 1° et R2162-2 du code de la commande publique."),
        H("Article 2 – Procédure"),
        P("La consultation est passée selon la procédure adaptée de l'article R2123-1 1° du code, la valeur "
          "du besoin demeurant inférieure au seuil européen de 216~000~€ HT applicable aux collectivités "
          "territoriales pour les services."),
        H("Article 3 – Décomposition"),
        P("Les prestations ne sont pas divisées en lots : le contrôle et la réparation d'un même point d'eau "
          "doivent relever d'un interlocuteur unique afin de garantir la traçabilité des interventions dans "
          "la base départementale (art. L2113-11)."),
        H("Article 4 – Durée et reconduction"),
        P("L'accord-cadre est conclu pour une première période de douze mois courant à compter de sa date "
          "de notification. Il est ensuite reconduit tacitement, par périodes successives de douze mois, "
          "dans la limite de trois reconductions ; sa durée totale ne peut ainsi excéder quatre ans. Le "
          "titulaire ne peut pas refuser la reconduction."),
        H("Article 5 – Contenu du dossier de consultation"),
        LST(["le présent règlement ;", "le cahier des clauses administratives particulières (CCAP) ;",
             "le cahier des clauses techniques particulières (CCTP) et l'inventaire des PEI ;",
             "le bordereau des prix unitaires (BPU) ;", "l'acte d'engagement (AE)."]),
        H("Article 6 – Jugement des offres"),
        P("Les offres sont classées selon les critères pondérés suivants :"),
        RTAB([["Critère", "Pondération"],
              ["Prix des prestations, apprécié au moyen d'un devis quantitatif non contractuel", "60 %"],
              ["Valeur technique : moyens humains et matériels affectés, délais d'intervention", "40 %"]],
             widths=[4, 1], align="lr"),
        H("Article 7 – Remise des plis"),
        P("Les offres sont déposées sur le profil d'acheteur www.achats-aubrelle.fr avant le vendredi "
          "12~mars~2027 à 12h00. Les plis reçus hors délai ne sont pas ouvert."),
    ]
    ccap = [
        TITLE(org, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Accord-cadre à bons de commande – Points d'eau incendie", "Réf. " + ref),
        H("Article 1 – Objet"),
        P("Le présent CCAP fixe les stipulations applicables à l'accord-cadre ayant pour objet le contrôle, "
          "l'entretien et la remise en état des points d'eau incendie (PEI) publics de la communauté de "
          "communes, ainsi que la tenue à jour de leur fiche dans l'application départementale."),
        H("Article 2 – Pièces constitutives"),
        P("Par ordre de priorité décroissante : l'acte d'engagement ; le présent CCAP ; le CCTP et ses "
          "annexes ; le BPU ; le CCAG applicable aux marchés publics de fournitures courantes et de "
          "services (arrêté du 30 mars 2021)."),
        H("Article 3 – Montants"),
        P("Aucun montant minimum n'est imposé. Le montant maximum annuel des commandes est fixé à "
          "45~000~€ HT. Ce plafond s'apprécie pour chaque période d'exécution de douze mois ; la durée de "
          "l'accord-cadre et ses conditions de reconduction sont fixées par le règlement de la consultation."),
        H("Article 4 – Bons de commande"),
        P("Les bons de commande sont signés par le président ou son délégataire et transmis par courriel. "
          "Le titulaire intervient dans un délai de dix jours ouvrés ; ce délai est ramené à 48~heures "
          "lorsque le PEI est déclaré indisponible par le SDIS."),
        H("Article 5 – Prix"),
        P("Les prix sont révisables annuellement à la date anniversaire de la notification par application "
          "de l'indice ICHT-rev-TS. La première révision ne peut intervenir avant un délai de douze mois."),
        H("Article 6 – Pénalités"),
        P("Tout retard d'intervention donne lieu, sans mise en demeure préalable, à une pénalité de 150~€ "
          "par jour calendaire, plafonnée à 10~% du montant HT du bon de commande concerné."),
        H("Article 7 – Règlement"),
        P("Les sommes dues sont payées par mandat administratif dans un délai global de trente jours à "
          "compter de la réception de la facture."),
    ]
    bpu = [
        TITLE("Coteaux de l'Aubrelle", "BORDEREAU DES PRIX UNITAIRES", "Réf. " + ref),
        P("Prix exprimés en euros hors taxes, à compléter par le candidat."),
        TAB([["N°", "Désignation", "Unité", "Prix unitaire HT"],
             ["1", "Contrôle débit / pression d'un poteau d'incendie, fiche de résultat comprise", "u", ""],
             ["2", "Contrôle d'une bouche d'incendie", "u", ""],
             ["3", "Remplacement d'un capot de poteau DN 100", "u", ""],
             ["4", "Remplacement d'un coffre de bouche", "u", ""],
             ["5", "Peinture rouge complète d'un poteau", "u", ""],
             ["6", "Heure de main-d'œuvre hors bordereau (technicien)", "h", ""]]),
        P("Le candidat ne modifie ni les libellés ni les unités."),
    ]
    pieces = [
        PIECE("RC_" + ref + ".pdf", "RC", "CC Coteaux de l'Aubrelle – RC – " + ref, "RC – PEI 2027", rc,
              L(allotissement=0, evidence=["Les prestations ne sont pas divisées en lots"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", "CC Coteaux de l'Aubrelle – CCAP – " + ref, "CCAP – PEI", ccap,
              L(), hyphen=True),
        PIECE("BPU_" + ref + ".docx", "BPU", "CC Coteaux de l'Aubrelle – BPU", "BPU – PEI", bpu, L()),
    ]
    return D("d01", org + " – points d'eau incendie (accord-cadre à bons de commande)", pieces, [],
             V(allotissement=0, montant_max_ht=180000),
             "Maximum : le CCAP fixe 45 000 € HT par période de douze mois et renvoie au RC pour la durée ; "
             "le RC prévoit une période initiale et trois reconductions tacites (4 périodes) ; "
             "45 000 × 4 = 180 000. Pièce CCAP seule : maximum vide (nombre de périodes inconnu dans la pièce). "
             "Pièges : seuil européen de 216 000 € HT (RC), pénalité de 150 €/jour, 48 heures (délai). "
             "Non alloti (RC).")


# d02 -------------------------------------------------------------------------------------------
def d02():
    org = "SIVOM du Haut-Lémance"
    ref = "27-PE-05"
    rc = [
        TITLE(org, "Règlement de consultation",
              "Fourniture de produits d'entretien, d'hygiène et d'essuyage",
              "Accord-cadre à bons de commande – n° " + ref),
        H("1. Objet"),
        P("La consultation a pour objet la fourniture et la livraison, dans les écoles, restaurants scolaires "
          "et bâtiments du syndicat, de produits d'entretien, d'articles d'hygiène et de papiers d'essuyage."),
        H("2. Décomposition de la consultation"),
        P("L'accord-cadre n'est pas alloti, l'ensemble des produits étant distribué par une même tournée de "
          "livraison hebdomadaire desservant les 23 sites."),
        H("3. Durée"),
        P("Période initiale : de la notification au 31 décembre 2027. L'accord-cadre peut ensuite être "
          "reconduit de façon expresse, par année civile, pour 2028, 2029 et 2030, soit trois reconductions "
          "au plus."),
        H("4. Valeur estimée"),
        P("Le montant total estimé de l'accord-cadre, reconductions comprises, est de 120~000~€ HT. Cette "
          "estimation est donnée à titre indicatif et n'engage pas le SIVOM."),
        H("5. Critères d'attribution"),
        LST(["Prix (sur la base du BPU appliqué au panier type) : 55 points ;",
             "Qualité et performance des produits, appréciées sur échantillons : 35 points ;",
             "Délai de livraison des commandes urgentes : 10 points."]),
        H("6. Échantillons"),
        P("Les candidats remettent gratuitement un échantillon de chacun des articles n°~4, 9 et 12 du BPU, "
          "au plus tard à la date limite de remise des offres, au siège du syndicat (12 rue des Tanneurs, "
          "Lémance-le-Haut)."),
    ]
    ccap = [
        TITLE(org, "CCAP", "Fourniture de produits d'entretien, d'hygiène et d'essuyage", "n° " + ref),
        H("Article 1 – Forme du contrat"),
        P("Accord-cadre à bons de commande conclu avec un seul opérateur économique (articles R2162-1 et "
          "suivants du code de la commande publique)."),
        H("Article 2 – Durée"),
        P("L'accord-cadre court de sa notification au 31/12/2027 puis peut être reconduit pour chacune des "
          "années 2028, 2029 et 2030. La décision de reconduction est notifiée par écrit au titulaire au plus "
          "tard deux mois avant le terme de la période en cours ; à défaut, l'accord-cadre prend fin."),
        H("Article 3 – Montants minimum et maximum"),
        P("Les commandes passées au cours de chaque période sont encadrées par les montants suivants :"),
        RTAB([["Période", "Dates", "Minimum HT", "Maximum HT"],
              ["Période initiale", "notification – 31/12/2027", "5~000,00 €", "38~000,00 €"],
              ["1re reconduction", "01/01/2028 – 31/12/2028", "5~000,00 €", "42~000,00 €"],
              ["2e reconduction", "01/01/2029 – 31/12/2029", "4~000,00 €", "42~000,00 €"],
              ["3e reconduction", "01/01/2030 – 31/12/2030", "4~000,00 €", "30~000,00 €"]],
             widths=[1.3, 2, 1, 1], align="llrr"),
        H("Article 4 – Livraisons"),
        P("Les livraisons sont effectuées franco de port dans les locaux désignés sur le bon de commande, "
          "entre 8h00 et 11h30, hors mercredi après-midi. Le délai est de cinq jours ouvrés."),
        H("Article 5 – Prix et paiement"),
        P("Les prix sont fermes pour la période initiale puis ajustés au 1er janvier de chaque année de "
          "reconduction. Le délai global de paiement est fixé à 30 jours."),
        H("Article 6 – Pénalités de retard"),
        P("Par dérogation à l'article 14.1 du CCAG-FCS, la pénalité de retard est fixée à 50~€ par jour "
          "et par bon de commande."),
    ]
    ae = [
        TITLE("SIVOM du Haut-Lémance", "ACTE D'ENGAGEMENT", "Accord-cadre n° " + ref),
        H("A – Objet"),
        P("Fourniture de produits d'entretien, d'hygiène et d'essuyage. Lot : sans objet (accord-cadre "
          "non alloti)."),
        H("B – Engagement du titulaire"),
        P("Après avoir pris connaissance des pièces du dossier de consultation, le signataire s'engage, sur "
          "la base de son offre, à exécuter les prestations aux prix du BPU."),
        TAB([["Identité", ""], ["Raison sociale", ""], ["SIRET", ""], ["Adresse", ""]]),
        H("C – Montant"),
        P("Montant maximum de la période initiale : 38~000,00 € HT, soit 45~600,00 € TTC. Les montants "
          "minimum et maximum des périodes de reconduction figurent à l'article 3 du CCAP."),
        H("D – Signature"),
        P("Fait à ………………, le ……………… Signature du représentant habilité."),
    ]
    bpu = [
        TITLE("SIVOM du Haut-Lémance", "BORDEREAU DES PRIX UNITAIRES", "n° " + ref),
        TAB([["Réf.", "Article", "Conditionnement", "Prix HT"],
             ["1", "Détergent désinfectant sols, bidon", "5 L", ""],
             ["4", "Essuie-mains pliés en Z, carton", "3~000 feuilles", ""],
             ["9", "Savon liquide mains, recharge", "1 L", ""],
             ["12", "Papier toilette rouleau compact", "colis de 36", ""],
             ["15", "Sacs poubelle 100 L, rouleau", "25 sacs", ""]]),
    ]
    pieces = [
        PIECE("RC_" + ref + ".pdf", "RC", "SIVOM du Haut-Lémance – RC " + ref, "Règlement de consultation", rc,
              L(allotissement=0, montant_estime_ht=120000,
                evidence=["L'accord-cadre n'est pas alloti",
                          "Le montant total estimé de l'accord-cadre, reconductions comprises, est de 120 000 € HT"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", "SIVOM du Haut-Lémance – CCAP " + ref, "CCAP – produits d'entretien",
              ccap,
              L(montant_max_ht=152000,
                evidence=["38 000,00 €", "42 000,00 €", "30 000,00 €",
                          "[38 000 + 42 000 + 42 000 + 30 000, tableau de l'article 3]"])),
        PIECE("AE_" + ref + ".docx", "AE", "SIVOM du Haut-Lémance – AE", "AE – " + ref, ae,
              L(allotissement=0, evidence=["accord-cadre non alloti"])),
        PIECE("BPU_" + ref + ".docx", "BPU", "SIVOM du Haut-Lémance – BPU", "BPU – " + ref, bpu, L()),
    ]
    return D("d02", org + " – produits d'entretien (maxima différents par période)", pieces, [],
             V(allotissement=0, montant_estime_ht=120000, montant_max_ht=152000),
             "Maximum : tableau du CCAP, un maximum par période sans ligne de total : 38 000 + 42 000 + 42 000 + "
             "30 000 = 152 000 (reconductions expresses, 3 au plus). Minima (5 000, 4 000) sur la même ligne. "
             "L'AE ne donne que la période initiale (38 000 HT / 45 600 TTC) : pièce vide. Estimation totale "
             "reconductions comprises 120 000 (RC). Pièges : pénalité de 50 €, 3 000 feuilles (BPU).")


# d03 -------------------------------------------------------------------------------------------
def d03():
    org = "Ville de Montcalvès"
    ref = "2027-BAT-01"
    rc = [
        TITLE(org, "RÈGLEMENT DE LA CONSULTATION",
              "Travaux d'entretien, de réparation et de petits aménagements dans les bâtiments communaux",
              "Accords-cadres à bons de commande – " + ref),
        H("Article 1 – Objet"),
        P("La consultation porte sur des travaux d'entretien courant, de réparation et de petits "
          "aménagements dans les 64 bâtiments du patrimoine communal (écoles, équipements sportifs, "
          "bâtiments culturels et administratifs)."),
        H("Article 2 – Allotissement et montants"),
        P("Les travaux sont répartis en quatre lots, chacun donnant lieu à un accord-cadre à bons de commande "
          "distinct, conclu pour quatre ans sans reconduction. Les montants ci-dessous valent pour toute la "
          "durée des accords-cadres :"),
        RTAB([["Lot", "Intitulé", "Montant estimatif HT", "Montant maximum HT"],
              ["1", "Maçonnerie, carrelage, faïence", "85~000 €", "120~000 €"],
              ["2", "Menuiseries intérieures et extérieures", "60~000 €", "80~000 €"],
              ["3", "Plomberie, sanitaires, chauffage", "70~000 €", "95~000 €"],
              ["4", "Électricité courants forts et faibles", "75~000 €", "110~000 €"],
              ["Total", "", "290~000 €", "405~000 €"]],
             widths=[0.6, 3, 1.5, 1.5], align="llrr", bold_last=True),
        P("Pour mémoire, le précédent accord-cadre (2022-2026), non alloti, comportait un maximum global de "
          "350~000~€ HT."),
        H("Article 3 – Jugement des offres"),
        P("Chaque lot est jugé séparément, au regard des critères suivants :"),
        LST(["Prix (DQE non contractuel) : 50 % ;",
             "Valeur technique (méthodologie, délais d'intervention, encadrement) : 40 % ;",
             "Performance en matière d'insertion professionnelle des publics en difficulté : 10 %."]),
        H("Article 4 – Visite"),
        P("Une visite de trois bâtiments représentatifs est proposée le mardi 9 février 2027 ; elle est "
          "facultative."),
    ]
    ccap = [
        TITLE(org, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Entretien et petits travaux dans les bâtiments communaux", ref),
        H("Article 1 – Objet et décomposition"),
        P("Le présent CCAP est commun aux quatre lots de la consultation. L'accord-cadre de chaque lot est "
          "exécuté par bons de commande émis par la direction du patrimoine bâti."),
        H("Article 2 – Durée"),
        P("Chaque accord-cadre est conclu pour une durée ferme de quatre ans à compter de sa notification."),
        H("Article 3 – Assurances"),
        P("Le titulaire justifie d'une assurance de responsabilité civile professionnelle couvrant au moins "
          "1~500~000~€ par sinistre, ainsi que d'une assurance décennale pour les ouvrages qui y sont soumis."),
        H("Article 4 – Délais d'exécution"),
        P("Le délai de chaque bon de commande est fixé sur celui-ci. En cas d'urgence (fuite, mise en "
          "sécurité), le titulaire intervient dans les quatre heures suivant l'appel."),
        H("Article 5 – Action d'insertion professionnelle"),
        SPLIT("En application de l'article L2112-2 du code de la commande publique, le titulaire des lots "
              "n°~1 et n°~4 s'engage à réaliser une action d'insertion permettant l'accès ou le retour à "
              "l'emploi de personnes rencontrant des difficultés sociales ou professionnelles particulières.",
              "Le volume d'heures de travail à réaliser sur la durée de l'accord-cadre est fixé comme suit :"),
        LST(["lot n°~1 – maçonnerie, carrelage : 350~heures ;",
             "lot n°~4 – électricité : 250~heures."]),
        P("Le facilitateur de la Maison de l'Emploi du Val de Montcalvès accompagne le titulaire dans le "
          "choix des modalités (embauche directe, mise à disposition par une ETTI ou un GEIQ, sous-traitance "
          "à une SIAE). Chaque heure non réalisée donne lieu à une pénalité de 60~€."),
        H("Article 6 – Prix"),
        P("Les prix sont révisés annuellement selon l'index BT01. Le délai global de paiement est de trente "
          "jours."),
    ]
    cctp = [
        TITLE(org, "CCTP – Lot n°1", "Maçonnerie, carrelage, faïence", ref),
        H("1. Étendue des travaux"),
        P("Le présent CCTP concerne le lot n°~1 de la consultation. Il décrit les travaux de reprise de "
          "maçonnerie, de scellements, de pose et de remplacement de carrelages et faïences."),
        H("2. Matériaux"),
        P("Les mortiers et colles sont conformes aux DTU 26.1 et 52.2. Les carreaux de remplacement sont "
          "assortis à l'existant ; à défaut, le maître d'ouvrage valide un échantillon."),
        H("3. Gestion des déchets de chantier"),
        P("Le titulaire trie sur site les déchets produits (gravats inertes, bois, plâtre, déchets "
          "dangereux) et les évacue vers des filières de valorisation autorisées ; il remet le bordereau de "
          "suivi de chaque évacuation avec sa facture."),
        H("4. Protection des locaux"),
        P("Les locaux occupés sont protégés par bâches et films ; les interventions en école ont lieu hors "
          "présence des élèves, sauf accord du directeur."),
    ]
    pieces = [
        PIECE("RC_" + ref + ".pdf", "RC", "Ville de Montcalvès – RC – " + ref, "Règlement de la consultation",
              rc,
              L(critere_social=1, allotissement=1, nb_lots=4, montant_estime_ht=290000, montant_max_ht=405000,
                evidence=["Les travaux sont répartis en quatre lots",
                          "Total 290 000 € 405 000 €",
                          "Performance en matière d'insertion professionnelle des publics en difficulté : 10 %"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", "Ville de Montcalvès – CCAP – " + ref, "CCAP – bâtiments", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=600, allotissement=1, nb_lots=4,
                evidence=["commun aux quatre lots de la consultation",
                          "lot n° 1 – maçonnerie, carrelage : 350 heures",
                          "lot n° 4 – électricité : 250 heures", "[350 + 250]"]), hyphen=True),
        PIECE("CCTP_lot1_" + ref + ".docx", "CCTP", "Ville de Montcalvès – CCTP lot 1", "CCTP lot 1", cctp,
              L(clause_environnementale=1, allotissement=1,
                evidence=["Le présent CCTP concerne le lot n° 1 de la consultation",
                          "Le titulaire trie sur site les déchets produits"])),
    ]
    return D("d03", org + " – entretien des bâtiments, 4 lots (tableau avec ligne de total)", pieces,
             ["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
             V(heures_insertion=600, allotissement=1, nb_lots=4, montant_estime_ht=290000, montant_max_ht=405000),
             "Maximum : tableau par lot du RC avec ligne de total (405 000), montants valant pour toute la durée "
             "(4 ans sans reconduction) ; colonne voisine « Montant estimatif » : total 290 000. Heures : lots 1 et "
             "4 du CCAP, 350 + 250 = 600. Pièges : maximum du précédent accord-cadre (350 000), assurance "
             "1 500 000 € par sinistre, pénalité 60 €, « quatre heures ».")


# d04 -------------------------------------------------------------------------------------------
def d04():
    org = "CCAS de Villebrune-sur-Odre"
    ref = "CCAS-2027-03"
    rc = [
        TITLE("Centre communal d'action sociale de Villebrune-sur-Odre", "RÈGLEMENT DE CONSULTATION",
              "Prestations d'interprétariat et de traduction", "MAPA – " + ref),
        H("Article 1 – Objet"),
        P("Le CCAS souhaite recourir à un prestataire d'interprétariat (sur place, par téléphone ou en "
          "visioconférence) et de traduction écrite pour l'accueil des publics allophones."),
        H("Article 2 – Décomposition"),
        P("Il n'est pas prévu de décomposition en lots, l'interprétariat et la traduction écrite étant "
          "assurés par les mêmes équipes de linguistes et commandés par le même service."),
        H("Article 3 – Durée"),
        P("L'accord-cadre est conclu pour un an à compter du 1er juillet 2027 et peut être reconduit trois "
          "fois, de manière tacite, pour une durée d'un an."),
        H("Article 4 – Volume prévisionnel"),
        P("Le montant des prestations est estimé à 55~000~€ HT par an. Pour information, l'enveloppe "
          "inscrite au budget primitif 2027 du CCAS pour ces prestations s'élève à 70~000~€ TTC."),
        H("Article 5 – Critères"),
        TAB([["Critère", "Poids"], ["Prix", "40 %"],
             ["Valeur technique (vivier de langues rares, qualification des interprètes)", "45 %"],
             ["Délai de mobilisation d'un interprète", "15 %"]], widths=[4, 1], align="lr"),
        H("Article 6 – Questions"),
        P("Les questions sont posées par écrit sur la plateforme au plus tard huit jours avant la date "
          "limite ; les réponses sont publiées pour tous les candidats."),
    ]
    ccap = [
        TITLE("CCAS de Villebrune-sur-Odre", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Interprétariat et traduction – " + ref),
        H("Article 1 – Objet"),
        P("Accord-cadre mono-attributaire exécuté par bons de commande, portant sur des prestations "
          "d'interprétariat et de traduction au profit du CCAS et de ses établissements."),
        H("Article 2 – Durée"),
        P("Un an à compter du 01/07/2027, reconductible tacitement 3 fois par période d'un an."),
        H("Article 3 – Montant de l'accord-cadre"),
        P("L'accord-cadre est conclu sans montant minimum. Son montant maximum est fixé à 300~000~€ HT pour "
          "toute la durée de l'accord-cadre, reconductions comprises."),
        H("Article 4 – Confidentialité"),
        P("Les interprètes sont tenus au secret professionnel pour toutes les informations dont ils ont "
          "connaissance à l'occasion des entretiens ; ils signent un engagement individuel."),
        H("Article 5 – Assurance"),
        P("Le titulaire est assuré pour sa responsabilité civile professionnelle à hauteur d'au moins "
          "500~000~€ par sinistre."),
        H("Article 6 – Pénalités"),
        P("Absence d'un interprète à un rendez-vous confirmé : 80~€ par absence. Retard de livraison d'une "
          "traduction : 20~€ par jour ouvré."),
    ]
    ae = [
        TITLE("CCAS de Villebrune-sur-Odre", "ACTE D'ENGAGEMENT", ref),
        H("1. Contractant"),
        TAB([["Nom / raison sociale", ""], ["Adresse", ""], ["SIRET", ""]]),
        H("2. Prix"),
        P("Les prestations sont rémunérées par application des prix unitaires du BPU aux quantités "
          "réellement commandées."),
        H("3. Montant maximum"),
        TAB([["Montant maximum (durée totale, reconductions comprises)", "300~000,00 € HT"],
             ["TVA 20 %", "60~000,00 €"], ["Montant maximum TTC", "360~000,00 €"]],
            header=False, widths=[3, 1.3], align="lr"),
        H("4. Paiement"),
        P("Virement sur le compte dont le RIB est joint."),
    ]
    pieces = [
        PIECE("RC_" + ref + ".pdf", "RC", "CCAS Villebrune – RC " + ref, "RC – interprétariat", rc,
              L(allotissement=0, evidence=["Il n'est pas prévu de décomposition en lots"])),
        PIECE("CCAP_" + ref + ".docx", "CCAP", "CCAS Villebrune – CCAP " + ref, "CCAP – interprétariat", ccap,
              L(montant_max_ht=300000,
                evidence=["Son montant maximum est fixé à 300 000 € HT pour toute la durée de l'accord-cadre, "
                          "reconductions comprises"])),
        PIECE("AE_" + ref + ".docx", "AE", "CCAS Villebrune – AE " + ref, "AE – interprétariat", ae,
              L(montant_max_ht=300000,
                evidence=["Montant maximum (durée totale, reconductions comprises) 300 000,00 € HT"])),
    ]
    return D("d04", org + " – interprétariat (maximum pour toute la durée, reconductions comprises)", pieces, [],
             V(allotissement=0, montant_max_ht=300000),
             "Maximum : 300 000 € HT écrit une fois pour toute la durée, reconductions comprises (CCAP, AE) : "
             "ne pas multiplier par les 4 périodes. Estimation vide : seulement 55 000 € HT par an (RC), aucun "
             "total écrit. Pièges : enveloppe budgétaire 70 000 € TTC, TTC 360 000, assurance 500 000, pénalités.")


# d05 -------------------------------------------------------------------------------------------
def d05():
    org = "Commune de Saint-Aubin-des-Landiers"
    ref = "SADL-27-MOB"
    rc = [
        TITLE(org, "RÈGLEMENT DE LA CONSULTATION", "Fourniture de mobilier scolaire", ref),
        H("Article 1 – Caractéristiques principales"),
        RTAB([["Rubrique", "Contenu"],
              ["Forme", "Accord-cadre à bons de commande, mono-attributaire"],
              ["Durée", "24 mois à compter de la notification, non reconductible"],
              ["Allotissement", "Non – marché non alloti (mobilier livré et monté par un seul intervenant)"],
              ["Estimation", "260 k€ HT sur la durée du marché"],
              ["Montant maximum", "350 k€ HT"],
              ["Visite", "Sans objet"]], widths=[1, 3]),
        H("Article 2 – Procédure"),
        P("Appel d'offres ouvert (articles R2124-2 1° et R2161-2 à R2161-5 du code de la commande publique)."),
        H("Article 3 – Pièces à produire"),
        P("Candidature : DC1, DC2 ou DUME. Offre : acte d'engagement, DQE complété, catalogue et fiches "
          "techniques des mobiliers proposés."),
        H("Article 4 – Critères"),
        P("Prix : 50 % — Qualité, robustesse et ergonomie du mobilier (fiches, échantillons) : 40 % — Délais "
          "de livraison : 10 %."),
    ]
    ccap = [
        TITLE(org, "CCAP", "Accord-cadre de fourniture de mobilier scolaire", ref),
        H("Article 1 – Objet"),
        P("Fourniture, livraison, montage et mise en place de mobilier scolaire (tables, chaises, bureaux "
          "d'enseignant, rangements) dans les quatre groupes scolaires de la commune."),
        H("Article 2 – Durée"),
        P("L'accord-cadre est conclu pour vingt-quatre mois ; il n'est pas reconductible."),
        H("Article 3 – Montant"),
        P("Le montant maximum de l'accord-cadre, pour sa durée totale de vingt-quatre mois, est de trois cent "
          "cinquante mille euros hors taxes (350~000~€ HT), soit quatre cent vingt mille euros toutes taxes "
          "comprises (420~000~€ TTC). Il n'est pas fixé de minimum."),
        H("Article 4 – Livraison et montage"),
        P("Les livraisons ont lieu pendant les vacances scolaires, aux dates fixées par le bon de commande. "
          "Le mobilier est monté et installé dans les classes ; les anciens mobiliers sont descendus au "
          "rez-de-chaussée."),
        H("Article 5 – Emballages"),
        P("Le titulaire reprend et valorise les emballages de livraison (cartons, films, palettes) ; leur "
          "dépôt dans les conteneurs des écoles est interdit."),
        H("Article 6 – Garantie"),
        P("Le mobilier est garanti cinq ans pièces et main-d'œuvre à compter de la réception."),
        H("Article 7 – Pénalités"),
        P("Retard de livraison : 1/1000e du montant du bon de commande par jour de retard."),
        H("Article 8 – Paiement"),
        P("Délai global de paiement : 30 jours. Une avance de 10 % peut être versée dans les conditions de "
          "l'article R2191-3 du code."),
    ]
    ae = [
        TITLE("Saint-Aubin-des-Landiers", "ACTE D'ENGAGEMENT", "Mobilier scolaire – " + ref),
        H("Article 1 – Engagement"),
        P("Je m'engage, sans réserve, conformément aux stipulations des documents visés ci-dessus, à livrer "
          "les fournitures aux prix unitaires de mon offre."),
        H("Article 2 – Montant maximum"),
        P("Le montant maximum est de trois cent cinquante mille euros hors taxes. Le montant TTC "
          "correspondant (TVA 20 %) est de 420~000,00 € TTC."),
        H("Article 3 – Délai"),
        P("Délai de livraison proposé par le candidat : ……… jours ouvrés (maximum 30)."),
    ]
    dqe = [
        TITLE("Saint-Aubin-des-Landiers", "DÉTAIL QUANTITATIF ESTIMATIF (non contractuel)", ref),
        TAB([["Article", "Désignation", "Qté", "PU HT", "Total HT"],
             ["1", "Table élève réglable T4-T6, plateau stratifié", "400", "", ""],
             ["2", "Chaise élève coque polypropylène T4-T6", "800", "", ""],
             ["3", "Bureau enseignant 2 caissons", "30", "", ""],
             ["4", "Armoire haute à portes battantes", "45", "", ""],
             ["", "Total HT du DQE", "", "", ""]], widths=[0.7, 4, 0.7, 1, 1], align="llrrr"),
    ]
    pieces = [
        PIECE("RC_" + ref + ".pdf", "RC", "Saint-Aubin-des-Landiers – RC " + ref, "RC – mobilier", rc,
              L(allotissement=0, montant_estime_ht=260000, montant_max_ht=350000,
                evidence=["Non – marché non alloti", "260 k€ HT sur la durée du marché", "Montant maximum 350 k€ HT"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", "Saint-Aubin-des-Landiers – CCAP " + ref, "CCAP – mobilier", ccap,
              L(clause_environnementale=1, montant_max_ht=350000,
                evidence=["cinquante mille euros hors taxes (350 000 € HT)",
                          "Le titulaire reprend et valorise les emballages de livraison"]), cols=2, hyphen=True),
        PIECE("AE_" + ref + ".docx", "AE", "Saint-Aubin-des-Landiers – AE", "AE – mobilier", ae,
              L(montant_max_ht=350000,
                evidence=["Le montant maximum est de trois cent cinquante mille euros hors taxes"])),
        PIECE("DQE_" + ref + ".docx", "DQE", "Saint-Aubin-des-Landiers – DQE", "DQE – mobilier", dqe, L()),
    ]
    return D("d05", org + " – mobilier scolaire (k€, en lettres, TTC à côté)", pieces, ["clause_environnementale"],
             V(allotissement=0, montant_estime_ht=260000, montant_max_ht=350000),
             "Maximum : 350 k€ HT (RC), en lettres et chiffres avec le TTC (CCAP), en lettres seules pour le HT "
             "(AE) ; 24 mois non reconductibles. Estimation 260 k€ HT sur la durée (RC). Pièges : 420 000 € TTC, "
             "avance 10 %, R2191-3. Clause environnementale : reprise et valorisation des emballages (CCAP).")


# d06 -------------------------------------------------------------------------------------------
def d06():
    org = "Val-de-Sorgue Habitat (OPH)"
    ref = "VSH-2027-017"
    rc = [
        TITLE("Val-de-Sorgue Habitat – Office public de l'habitat", "Règlement de la consultation",
              "Nettoyage des surfaces vitrées du siège, des agences et des halls de résidences",
              "Appel d'offres ouvert – " + ref),
        H("Article 1 – Objet de la consultation"),
        P("Nettoyage périodique et ponctuel des vitrages, verrières, marquises et portes vitrées du siège, des "
          "cinq agences de proximité et des halls d'entrée de 48 résidences."),
        H("Article 2 – Procédure"),
        P("Le besoin dépassant le seuil européen (216~000~€ HT pour les services), la consultation est "
          "lancée selon la procédure d'appel d'offres ouvert."),
        H("Article 3 – Allotissement"),
        P("Conformément à l'article L2113-11 du CCP, l'Office a décidé de ne pas allotir : la dispersion des "
          "sites rend nécessaire une planification unique des rondes de nettoyage."),
        H("Article 4 – Durée"),
        P("12 mois à compter du 1er avril 2027, reconductible 2 fois par décision expresse de l'Office."),
        H("Article 5 – Jugement des offres"),
        LST(["Prix : 50 % ;",
             "Valeur technique : 50 %, décomposée en : organisation et moyens (25 %) ; sécurité du travail en "
             "hauteur (15 %) ; modalités de mise en œuvre de l'action d'insertion et accompagnement des "
             "salariés en insertion (10 %)."]),
    ]
    ccap = [
        TITLE("Val-de-Sorgue Habitat", "CCAP", "Nettoyage des surfaces vitrées", ref),
        H("Article 1 – Forme"),
        P("Accord-cadre à bons de commande passé en application des articles L2125-1 et R2162-2 et suivants "
          "du code de la commande publique."),
        H("Article 2 – Durée"),
        SPLIT("L'accord-cadre est conclu pour une période initiale de douze mois. Il est reconductible deux fois "
              "par reconduction expresse, pour douze mois à chaque fois ; la décision est notifiée",
              "par lettre recommandée au moins trois mois avant l'échéance. Le titulaire peut refuser la "
              "reconduction dans un délai d'un mois."),
        H("Article 3 – Montants"),
        P("L'accord-cadre est conclu avec un montant minimum de 20~000~€ HT et un montant maximum de "
          "90~000~€ HT par période annuelle. Chaque bon de commande est plafonné à 15~000~€ HT ; un besoin "
          "supérieur fait l'objet de plusieurs bons."),
        H("Article 4 – Exécution"),
        P("Les interventions en hauteur sont réalisées avec des moyens conformes au code du travail (nacelles, "
          "perches télescopiques). Aucune intervention sur cordes n'est autorisée sans plan de prévention."),
        H("Article 5 – Action d'insertion"),
        P("Le titulaire réserve 450~heures de travail, sur la durée totale de l'accord-cadre (reconductions "
          "incluses), à des personnes rencontrant des difficultés sociales ou professionnelles : demandeurs "
          "d'emploi de longue durée, bénéficiaires du RSA, jeunes sans qualification, travailleurs handicapés. "
          "Le PLIE de la Sorgue vérifie l'éligibilité des personnes."),
        H("Article 6 – Pénalités"),
        P("Vitrage non traité lors d'une ronde : 40~€ par vitrage ; heure d'insertion non réalisée : 45~€."),
    ]
    ae = [
        TITLE("Val-de-Sorgue Habitat", "ACTE D'ENGAGEMENT", "Nettoyage des surfaces vitrées – " + ref),
        H("1. Durée"),
        P("Durée : 12 mois reconductible 2 fois (cf. CCAP art. 2)."),
        H("2. Montants"),
        TAB([["Période", "Mini HT", "Maxi HT"],
             ["Par période annuelle (initiale et chaque reconduction)", "20~000 €", "90~000 €"]],
            widths=[3, 1, 1], align="lrr"),
        H("3. Compte à créditer"),
        P("Joindre un RIB."),
    ]
    pieces = [
        PIECE("RC_" + ref + ".pdf", "RC", "Val-de-Sorgue Habitat – RC " + ref, "RC – vitrerie", rc,
              L(critere_social=1, allotissement=0,
                evidence=["l'Office a décidé de ne pas allotir",
                          "modalités de mise en œuvre de l'action d'insertion et accompagnement des salariés en "
                          "insertion (10 %)"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", "Val-de-Sorgue Habitat – CCAP " + ref, "CCAP – vitrerie", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=450, montant_max_ht=270000,
                evidence=["un montant maximum de 90 000 € HT par période annuelle",
                          "Il est reconductible deux fois", "[90 000 × 3 périodes]",
                          "Le titulaire réserve 450 heures de travail"])),
        PIECE("AE_" + ref + ".docx", "AE", "Val-de-Sorgue Habitat – AE", "AE – vitrerie", ae,
              L(montant_max_ht=270000,
                evidence=["12 mois reconductible 2 fois", "90 000 €", "[90 000 × 3 périodes]"])),
    ]
    return D("d06", org + " – nettoyage des vitres (minimum et maximum dans une phrase, plafond par bon)", pieces,
             ["clause_sociale", "clause_insertion", "critere_social"],
             V(heures_insertion=450, allotissement=0, montant_max_ht=270000),
             "Maximum : 90 000 € HT par période annuelle, période initiale + 2 reconductions expresses = 3 périodes ; "
             "90 000 × 3 = 270 000. Pièges : minimum 20 000 dans la même phrase, plafond de 15 000 € HT par bon "
             "de commande, seuil européen 216 000, pénalités 40 € et 45 €. Heures : 450 sur la durée totale.")


# d07 -------------------------------------------------------------------------------------------
def d07():
    org = "Métropole de Lorvane"
    ref = "ML-AMO-2027-11"
    rc = [
        TITLE(org, "RÈGLEMENT DE LA CONSULTATION",
              "Assistance à maîtrise d'ouvrage pour les opérations de voirie et d'espaces publics",
              "Accord-cadre multi-attributaire – " + ref),
        H("Article 1 – Objet"),
        P("Missions d'assistance à maîtrise d'ouvrage (programmation, études préalables, suivi de "
          "concertation, assistance à la passation des marchés de travaux) pour les opérations de voirie, "
          "de pistes cyclables et d'espaces publics de la Métropole."),
        H("Article 2 – Forme"),
        P("Accord-cadre conclu avec trois opérateurs économiques au plus, exécuté par la conclusion de "
          "marchés subséquents après remise en concurrence des titulaires (art. R2162-7 à R2162-12 du code)."),
        H("Article 3 – Décomposition"),
        P("L'accord-cadre fait l'objet d'un lot unique : les missions d'AMO couvrent un même champ de "
          "compétences et sont souvent imbriquées sur une même opération."),
        H("Article 4 – Durée et valeur estimée"),
        P("Durée totale : quatre ans. La valeur estimée de l'accord-cadre est de 450~000~€ HT pour sa durée "
          "totale de quatre ans."),
        H("Article 5 – Sélection des titulaires"),
        P("Les trois offres les mieux classées selon les critères ci-après sont retenues : valeur technique "
          "(60 %), prix sur la base d'un cas pratique (40 %)."),
    ]
    ccap = [
        TITLE(org, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "AMO voirie et espaces publics", ref),
        H("Article 1 – Objet"),
        P("Le présent CCAP s'applique à l'accord-cadre et à l'ensemble des marchés subséquents conclus sur "
          "son fondement, sauf stipulation contraire du marché subséquent."),
        H("Article 2 – Durée"),
        P("L'accord-cadre est conclu pour une durée de quatre ans à compter de sa notification ; il n'est pas "
          "reconductible. Un marché subséquent peut être exécuté au-delà de ce terme dans la limite de douze "
          "mois."),
        H("Article 3 – Montant maximum"),
        P("Le montant maximum des commandes susceptibles d'être passées sur le fondement de l'accord-cadre, "
          "tous titulaires confondus, est fixé à 600~000~€ HT pour la durée totale de quatre ans."),
        H("Article 4 – Marchés subséquents"),
        P("Chaque marché subséquent précise les missions, le délai et le prix. Le montant d'un marché "
          "subséquent ne peut excéder 40~000~€ HT ; au-delà, l'opération fait l'objet d'une consultation "
          "distincte."),
        H("Article 5 – Assurances"),
        P("Chaque titulaire justifie d'une police de responsabilité civile professionnelle d'au moins "
          "800~000~€ par sinistre."),
        H("Article 6 – Règlement des comptes"),
        P("Avance de 5 % pour tout marché subséquent de plus de 50~000~€ HT et de plus de deux mois ; "
          "paiement sous trente jours."),
    ]
    ae = [
        TITLE(org, "ACTE D'ENGAGEMENT DE L'ACCORD-CADRE", "AMO voirie – " + ref),
        P("Le titulaire s'engage à répondre aux remises en concurrence organisées pour l'attribution des "
          "marchés subséquents ; chaque marché subséquent fait l'objet d'un acte d'engagement distinct."),
        TAB([["Titulaire", ""], ["Mandataire (en cas de groupement)", ""], ["SIRET", ""]]),
        P("Le montant maximum de l'accord-cadre est celui fixé à l'article 3 du CCAP."),
    ]
    cctp = [
        TITLE(org, "CCTP", "AMO voirie et espaces publics", ref),
        H("1. Missions types"),
        LST(["M1 – diagnostic et programme d'une opération ;", "M2 – organisation de la concertation ;",
             "M3 – assistance à la passation des marchés de travaux ;", "M4 – suivi de l'exécution."]),
        H("2. Livrables"),
        P("Les livrables sont remis en format PDF et en format modifiable ; les plans en DWG géoréférencés "
          "(RGF93 / CC47)."),
    ]
    pieces = [
        PIECE("RC_" + ref + ".pdf", "RC", "Métropole de Lorvane – RC " + ref, "RC – AMO voirie", rc,
              L(allotissement=0, montant_estime_ht=450000,
                evidence=["L'accord-cadre fait l'objet d'un lot unique",
                          "La valeur estimée de l'accord-cadre est de 450 000 € HT pour sa durée totale"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", "Métropole de Lorvane – CCAP " + ref, "CCAP – AMO voirie", ccap,
              L(montant_max_ht=600000,
                evidence=["tous titulaires confondus, est fixé à 600 000 € HT pour la durée totale de quatre ans"]),
              hyphen=True),
        PIECE("AE_" + ref + ".docx", "AE", "Métropole de Lorvane – AE", "AE – AMO voirie", ae, L()),
        PIECE("CCTP_" + ref + ".docx", "CCTP", "Métropole de Lorvane – CCTP", "CCTP – AMO voirie", cctp, L()),
    ]
    return D("d07", org + " – AMO voirie, accord-cadre à marchés subséquents", pieces, [],
             V(allotissement=0, montant_estime_ht=450000, montant_max_ht=600000),
             "Maximum : 600 000 € HT pour la durée totale (CCAP). Pièges : plafond de 40 000 € HT par marché "
             "subséquent, assurance 800 000 €, seuil d'avance 50 000 €. Estimation 450 000 (RC). « Lot unique » "
             "lu comme non alloti.")


# d08 -------------------------------------------------------------------------------------------
def d08():
    org = "Commune de Bréval-sur-Loing"
    ref = "BSL-27-VU"
    rc = [
        TITLE(org, "RÈGLEMENT DE CONSULTATION", "Location de véhicules utilitaires et de minibus de courte durée",
              "Procédure adaptée – " + ref),
        H("Article 1 – Objet"),
        P("Location sans chauffeur, à la journée ou à la semaine, de fourgons, camions-bennes de moins de "
          "3,5 t et minibus de 9 places, pour les services techniques et les associations."),
        H("Article 2 – Allotissement"),
        P("Marché non alloti (un seul loueur par agence de proximité)."),
        H("Article 3 – Durée"),
        P("Un an à compter de la notification, reconductible tacitement deux fois."),
        H("Article 4 – Critères"),
        P("Prix 60 % ; disponibilité et proximité de l'agence 30 % ; âge moyen du parc 10 %."),
        H("Article 5 – Modifications du dossier"),
        P("La commune se réserve le droit d'apporter au dossier de consultation, au plus tard six jours avant "
          "la date limite, des modifications de détail ; les candidats répondent sur la base du dossier "
          "modifié."),
    ]
    ccap = [
        TITLE(org, "CCAP", "Location de véhicules utilitaires – " + ref),
        H("Article 1 – Objet et forme"),
        P("Accord-cadre à bons de commande avec un seul titulaire."),
        H("Article 2 – Durée"),
        P("Période initiale d'un an, reconduite tacitement deux fois pour un an ; la commune peut dénoncer la "
          "reconduction deux mois avant l'échéance."),
        H("Article 3 – Montant maximum"),
        P("Le montant maximum est fixé à 80~000~€ HT par période annuelle, identique pour la période initiale "
          "et pour chacune des deux périodes de reconduction."),
        H("Article 4 – Mise à disposition"),
        P("Les véhicules sont mis à disposition en agence ou livrés au centre technique municipal, plein de "
          "carburant fait ; ils sont restitués dans le même état."),
        H("Article 5 – Assurance"),
        P("Les véhicules sont assurés tous risques par le loueur ; la franchise à la charge de la commune ne "
          "peut excéder 800~€ par sinistre."),
    ]
    qr = [
        TITLE(org, "Questions des candidats et réponses de l'acheteur", ref + " – mise en ligne du 4 mars 2027"),
        H("Question n°1"),
        P("Pouvez-vous communiquer le volume de commandes du marché actuelle ?"),
        P("Réponse : le marché en cours (2024-2027), dont le montant maximum annuel était de 70~000~€ HT, a "
          "donné lieu à environ 61~000~€ HT de commandes par an."),
        H("Question n°2"),
        P("Le plafond de 80 000 € HT nous paraît faible au regard des besoins en minibus l'été. Peut-il être "
          "revu ?"),
        P("Réponse : oui. Le montant maximum annuel fixé à l'article 3 du CCAP est porté à 95~000~€ HT pour "
          "chacune des trois périodes (période initiale et deux reconductions). Un CCAP modifié est mis en "
          "ligne ; la date limite de remise des offres est inchangée."),
        H("Question n°3"),
        P("Le carburant consommé doit-il être chiffré dans le BPU ?"),
        P("Réponse : non, le carburant reste à la charge de la commune (restitution plein fait)."),
    ]
    bpu = [
        TITLE(org, "BPU", ref),
        TAB([["Véhicule", "Jour HT", "Week-end HT", "Semaine HT", "Km supp. HT"],
             ["Fourgon 12 m³", "", "", "", ""], ["Camion-benne < 3,5 t", "", "", "", ""],
             ["Minibus 9 places", "", "", "", ""]]),
    ]
    pieces = [
        PIECE("RC_" + ref + ".pdf", "RC", "Bréval-sur-Loing – RC " + ref, "RC – location véhicules", rc,
              L(allotissement=0, evidence=["Marché non alloti"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", "Bréval-sur-Loing – CCAP " + ref, "CCAP – location véhicules", ccap,
              L(montant_max_ht=240000,
                evidence=["80 000 € HT par période annuelle, identique pour la période initiale et pour chacune "
                          "des deux périodes de reconduction", "[80 000 × 3]"])),
        PIECE("QR_" + ref + ".docx", "QR", "Bréval-sur-Loing – Questions / réponses", "Q/R – " + ref, qr,
              L(montant_max_ht=285000,
                evidence=["est porté à 95 000 € HT pour chacune des trois périodes", "[95 000 × 3]"])),
        PIECE("BPU_" + ref + ".docx", "BPU", "Bréval-sur-Loing – BPU", "BPU – " + ref, bpu, L()),
    ]
    return D("d08", org + " – location de véhicules (maximum relevé par une réponse aux questions)", pieces, [],
             V(allotissement=0, montant_max_ht=285000),
             "Maximum : le CCAP fixe 80 000 € HT par an (240 000 sur 3 périodes) ; la réponse n°2 du registre des "
             "questions-réponses, postérieure, le porte à 95 000 € HT pour chacune des trois périodes : "
             "95 000 × 3 = 285 000 retenu pour le dossier. Pièges : maximum du marché précédent 70 000, commandes "
             "61 000/an, franchise 800 €.")


# d09 -------------------------------------------------------------------------------------------
def d09():
    org = "Communauté d'agglomération du Pays de Tréval"
    ref = "CAPT-2027-GAR"
    rc = [
        TITLE(org, "RÈGLEMENT DE LA CONSULTATION",
              "Pièces détachées pour véhicules et pneumatiques du parc communautaire", ref),
        H("Article 1 – Objet"),
        P("Approvisionnement du garage communautaire en pièces détachées et en pneumatiques pour les véhicules "
          "légers, utilitaires et poids lourds (bennes à ordures ménagères comprises)."),
        H("Article 2 – Allotissement"),
        P("La consultation est divisée en deux lots :"),
        LST(["lot n°~1 : pièces détachées toutes marques (accord-cadre à bons de commande) ;",
             "lot n°~2 : fourniture et montage des pneumatiques de la campagne de renouvellement 2027-2028 "
             "(marché ordinaire, quantités fixées au DQE)."]),
        H("Article 3 – Valeur estimée"),
        P("L'estimation globale de la consultation est de 110~000~€ HT sur la durée totale (lot 1 : "
          "60~000~€ HT ; lot 2 : 50~000~€ HT)."),
        H("Article 4 – Durée"),
        P("Deux ans à compter de la notification, pour chacun des lots."),
        H("Article 5 – Critères"),
        P("Lot 1 : remise sur tarif public (50 %), délai de livraison (30 %), taux de disponibilité (20 %). "
          "Lot 2 : prix (70 %), délai de montage (30 %)."),
    ]
    ccap = [
        TITLE(org, "CCAP commun aux deux lots", ref),
        H("Article 1 – Forme des contrats"),
        P("Lot 1 : accord-cadre à bons de commande avec un montant maximum de 70~000~€ HT sur sa durée totale. "
          "Lot 2 : marché ordinaire à prix unitaires, rémunéré sur les quantités réellement livrées et "
          "montées, sans montant maximum."),
        H("Article 2 – Livraison"),
        P("Pièces courantes livrées sous 24 heures ouvrées ; pièces sur commande sous cinq jours ouvrés. Les "
          "pneumatiques sont montés et équilibrés sur site."),
        H("Article 3 – Reprise des pneus usagés"),
        P("Le titulaire du lot 2 reprend gratuitement les pneumatiques usagés déposés et les remet à un "
          "collecteur agréé de la filière de responsabilité élargie du producteur ; il remet l'attestation "
          "de prise en charge."),
        H("Article 4 – Pénalités"),
        P("Retard : 30~€ par jour et par commande, plafonné à 5 % du montant de la commande."),
    ]
    ae1 = [
        TITLE(org, "ACTE D'ENGAGEMENT – LOT N°1", "Pièces détachées toutes marques", ref),
        P("Consultation en deux lots ; le présent acte d'engagement concerne le lot n°~1."),
        TAB([["Rubrique", "Valeur"],
             ["Forme", "Accord-cadre à bons de commande"],
             ["Durée", "2 ans"],
             ["Montant maximum HT (durée totale)", "70~000,00 €"],
             ["Remise sur tarif public proposée", "…… %"]], widths=[2, 1.5]),
    ]
    ae2 = [
        TITLE(org, "ACTE D'ENGAGEMENT – LOT N°2", "Fourniture et montage de pneumatiques", ref),
        P("Consultation en deux lots ; le présent acte d'engagement concerne le lot n°~2."),
        P("Montant total HT de l'offre (report du DQE) : ………………… € HT ; TVA : ………… ; TTC : …………"),
        P("Délai de montage proposé : …… jours ouvrés."),
    ]
    pieces = [
        PIECE("RC_" + ref + ".pdf", "RC", "CA Pays de Tréval – RC " + ref, "RC – garage", rc,
              L(allotissement=1, nb_lots=2, montant_estime_ht=110000,
                evidence=["La consultation est divisée en deux lots",
                          "L'estimation globale de la consultation est de 110 000 € HT sur la durée totale"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", "CA Pays de Tréval – CCAP " + ref, "CCAP – garage", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=2,
                evidence=["CCAP commun aux deux lots",
                          "reprend gratuitement les pneumatiques usagés déposés et les remet à un collecteur agréé"])),
        PIECE("AE_lot1_" + ref + ".docx", "AE", "CA Pays de Tréval – AE lot 1", "AE lot 1", ae1,
              L(allotissement=1, nb_lots=2, montant_max_ht=70000,
                evidence=["Consultation en deux lots", "Montant maximum HT (durée totale) 70 000,00 €"])),
        PIECE("AE_lot2_" + ref + ".docx", "AE", "CA Pays de Tréval – AE lot 2", "AE lot 2", ae2,
              L(allotissement=1, nb_lots=2, evidence=["Consultation en deux lots"])),
    ]
    return D("d09", org + " – garage : maximum pour le lot 1, aucun pour le lot 2", pieces,
             ["clause_environnementale"],
             V(allotissement=1, nb_lots=2, montant_estime_ht=110000),
             "Maximum du dossier laissé vide : le lot 1 a un maximum de 70 000 € HT, le lot 2 (marché ordinaire) "
             "n'en a aucun, le maximum de l'ensemble ne peut être connu. L'AE du lot 1 (pièce d'un seul lot) porte "
             "70 000. Estimation globale 110 000 (RC). Pièges : estimations par lot 60 000 / 50 000, pénalité 30 €. "
             "Clause environnementale : reprise des pneus usagés vers la filière REP (CCAP).")


# d10 -------------------------------------------------------------------------------------------
def d10():
    org = "Département de la Haute-Vézère"
    ref = "HV-COM-2027-04"
    rc = [
        TITLE(org, "Direction de la communication", "RÈGLEMENT DE LA CONSULTATION",
              "Impression de documents de communication – " + ref),
        H("Article 1 – Objet"),
        P("Impression, façonnage et livraison de dépliants, affiches, brochures et du magazine "
          "départemental trimestriel (hors routage)."),
        H("Article 2 – Décomposition"),
        P("Les prestations font l'objet d'un marché unique, non alloti, afin de garantir l'homogénéité "
          "colorimétrique des supports d'une même campagne."),
        H("Article 3 – Durée et montant estimé"),
        P("Dix-huit mois, du 1er janvier 2027 au 30 juin 2028. Le montant estimé des prestations pour "
          "les 18 mois est de 60~000~€ HT."),
        H("Article 4 – Critères d'attribution"),
        RTAB([["N°", "Critère", "Pondération"],
              ["1", "Prix (BPU appliqué à une commande type)", "50 %"],
              ["2", "Qualité d'impression (échantillons) et délais", "35 %"],
              ["3", "Performance environnementale : papiers recyclés ou certifiés, encres végétales, "
                    "labellisation Imprim'Vert de l'atelier", "15 %"]], widths=[0.4, 4, 1], align="llr"),
    ]
    ccap = [
        TITLE(org, "CCAP", "Impression de documents – " + ref),
        H("Article 1 – Forme"),
        P("Accord-cadre à bons de commande conclu avec un seul opérateur économique."),
        H("Article 2 – Durée"),
        P("L'accord-cadre est conclu pour une durée ferme de dix-huit mois, du 1er janvier 2027 au "
          "30 juin 2028. Il n'est pas reconductible."),
        H("Article 3 – Montant maximum"),
        P("L'accord-cadre est conclu sans minimum. Son montant maximum est fixé à 12~500~€ HT par "
          "trimestre civil ; les commandes non émises au cours d'un trimestre ne sont pas reportées sur le "
          "suivant."),
        H("Article 4 – Bons à tirer"),
        P("Chaque commande donne lieu à un bon à tirer numérique, puis, pour les affiches et le magazine, à "
          "une épreuve contractuelle. Le BAT est validé sous 48 heures ouvrées."),
        H("Article 5 – Livraison"),
        P("Livraison en un ou plusieurs points du département (liste en annexe), sur palettes filmées "
          "ou en cartons de 10 kg au plus."),
        H("Article 6 – Pénalités"),
        P("Retard de livraison : 100~€ par jour ouvré. Défaut d'impression : réimpression à la charge du "
          "titulaire."),
        H("Article 7 – Paiement"),
        P("Paiement à 30 jours sur facture mensuelle récapitulative."),
    ]
    bpu = [
        TITLE(org, "BORDEREAU DES PRIX UNITAIRES", ref),
        TAB([["Poste", "Désignation", "Quantité de base", "Prix HT"],
             ["1", "Dépliant 3 volets A4, quadri R/V, 135 g", "1~000 ex.", ""],
             ["2", "Affiche 40 × 60, quadri, 170 g", "100 ex.", ""],
             ["3", "Magazine 24 pages A4, couverture 170 g", "30~000 ex.", ""],
             ["4", "Exemplaire supplémentaire magazine", "1 000 ex.", ""]]),
    ]
    pieces = [
        PIECE("RC_" + ref + ".pdf", "RC", "Haute-Vézère – RC " + ref, "RC – impression", rc,
              L(critere_environnemental=1, allotissement=0, montant_estime_ht=60000,
                evidence=["marché unique, non alloti",
                          "Le montant estimé des prestations pour les 18 mois est de 60 000 € HT",
                          "Performance environnementale : papiers recyclés ou certifiés"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", "Haute-Vézère – CCAP " + ref, "CCAP – impression", ccap,
              L(montant_max_ht=75000,
                evidence=["durée ferme de dix-huit mois, du 1er janvier 2027 au 30 juin 2028",
                          "12 500 € HT par trimestre civil", "[12 500 × 6 trimestres]"]), cols=2),
        PIECE("BPU_" + ref + ".docx", "BPU", "Haute-Vézère – BPU", "BPU – impression", bpu, L()),
    ]
    return D("d10", org + " – impression (maximum par trimestre, durée en mois)", pieces,
             ["critere_environnemental"],
             V(allotissement=0, montant_estime_ht=60000, montant_max_ht=75000),
             "Maximum : 12 500 € HT par trimestre civil ; durée ferme de 18 mois du 1er janvier 2027 au 30 juin "
             "2028 = 6 trimestres civils complets ; 12 500 × 6 = 75 000. Estimation 60 000 pour les 18 mois (RC). "
             "Pièges : 100 €/jour, quantités du BPU, 48 heures.")


# d11 -------------------------------------------------------------------------------------------
def d11():
    org = "Commune de Lhérac-les-Pins"
    ref = "LLP-EV-2027"
    rc = [
        TITLE(org, "RÈGLEMENT DE LA CONSULTATION", "Entretien des espaces verts et des cimetières communaux", ref),
        H("Article 1 – Objet"),
        P("Tonte, taille, désherbage, ramassage des feuilles et entretien des allées des parcs, squares, "
          "accotements et des deux cimetières communaux."),
        H("Article 2 – Procédure"),
        P("La valeur du besoin étant supérieure au seuil de dispense de procédure de 60~000~€ HT (article "
          "R2122-8), la présente consultation fait l'objet d'une publicité adaptée au BOAMP."),
        H("Article 3 – Lots"),
        P("La consultation n'est pas décomposée en lots."),
        H("Article 4 – Durée"),
        P("1 an à compter du 1er avril 2027, reconductible 2 fois par tacite reconduction."),
        H("Article 5 – Jugement"),
        LST(["Prix : 50 % ;", "Valeur technique : 35 % ;",
             "Performance environnementale (matériels électriques ou à faibles émissions, gestion et "
             "valorisation des déchets verts) : 15 %."]),
    ]
    ccap = [
        TITLE(org, "CCAP", "Entretien des espaces verts – " + ref),
        H("Article 1 – Objet"),
        P("Accord-cadre à bons de commande, mono-attributaire, pour l'entretien des espaces verts communaux."),
        H("Article 2 – Durée"),
        P("L'accord-cadre prend effet le 1er avril 2027 pour une durée d'un an. Il est renouvelable par tacite "
          "reconduction deux fois, pour une durée d'un an à chaque fois, sans que sa durée totale puisse "
          "excéder trois ans."),
        H("Article 3 – Montant maximum"),
        P("Le montant maximum est fixé à 15~000~€ HT par semestre (18~000~€ TTC). Aucun minimum n'est fixé."),
        H("Article 4 – Clause sociale d'insertion"),
        SPLIT("Le titulaire consacre au moins 700~heures de travail, sur la durée totale de l'accord-cadre, à "
              "l'insertion professionnelle de personnes éloignées de l'emploi (demandeurs d'emploi de longue "
              "durée, allocataires du RSA, jeunes de moins de 26 ans sans qualification).",
              "Il peut recourir à l'embauche directe, à la mise à disposition par une association intermédiaire "
              "ou à la sous-traitance à une entreprise d'insertion. Le facilitateur du PLIE des Pins assure le "
              "suivi des heures."),
        H("Article 5 – Pénalités"),
        P("Prestation non exécutée : 200~€ par site. Heure d'insertion non réalisée : 50~€."),
    ]
    cctp = [
        TITLE(org, "CCTP", "Entretien des espaces verts et des cimetières", ref),
        H("1. Gestion différenciée"),
        P("Les espaces sont classés en trois codes d'entretien (soigné, rustique, naturel) ; les fréquences de "
          "tonte figurent en annexe 1."),
        H("2. Produits et déchets"),
        P("L'usage de produits phytopharmaceutiques de synthèse est proscrit sur l'ensemble des sites, "
          "cimetières compris. Les déchets verts sont évacués vers la plateforme de compostage de "
          "Lhérac-Sud ; leur brûlage est interdit."),
        H("3. Matériels"),
        P("Les matériels à moteur thermique sont conformes à la phase V ; l'usage du souffleur est limité "
          "aux horaires fixés en annexe 2."),
    ]
    pieces = [
        PIECE("RC_" + ref + ".pdf", "RC", "Lhérac-les-Pins – RC " + ref, "RC – espaces verts", rc,
              L(critere_environnemental=1, allotissement=0,
                evidence=["La consultation n'est pas décomposée en lots.",
                          "Performance environnementale (matériels électriques ou à faibles émissions"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", "Lhérac-les-Pins – CCAP " + ref, "CCAP – espaces verts", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=700, montant_max_ht=90000,
                evidence=["renouvelable par tacite reconduction deux fois",
                          "15 000 € HT par semestre", "[15 000 × 6 semestres sur 3 ans]",
                          "au moins 700 heures de travail"]), hyphen=True),
        PIECE("CCTP_" + ref + ".docx", "CCTP", "Lhérac-les-Pins – CCTP", "CCTP – espaces verts", cctp,
              L(clause_environnementale=1,
                evidence=["L'usage de produits phytopharmaceutiques de synthèse est proscrit"])),
    ]
    return D("d11", org + " – espaces verts (maximum semestriel, reconductions tacites)", pieces,
             ["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
             V(heures_insertion=700, allotissement=0, montant_max_ht=90000),
             "Maximum : 15 000 € HT par semestre ; 1 an + 2 reconductions tacites d'un an = 3 ans = 6 semestres ; "
             "15 000 × 6 = 90 000. Pièges : 18 000 € TTC, seuil R2122-8 de 60 000 € HT, pénalités 200 € et 50 €. "
             "Heures : 700 sur la durée totale (CCAP).")


# d12 -------------------------------------------------------------------------------------------
def d12():
    org = "SDEO – Syndicat départemental d'énergies de l'Orvane"
    ref = "SDEO-27-MAT"
    rc = [
        TITLE("Syndicat départemental d'énergies de l'Orvane", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture de matériel d'éclairage public", ref),
        H("Article 1 – Objet et lots"),
        P("Fourniture, pour le magasin du syndicat, de matériel d'éclairage public. La consultation comporte "
          "trois lots, attribués séparément :"),
        LST(["Lot 1 – Luminaires et appareillages ;", "Lot 2 – Câbles, boîtes de jonction et accessoires de "
             "raccordement ;", "Lot 3 – Mâts, consoles et crosses."]),
        H("Article 2 – Durée"),
        P("Chaque accord-cadre est conclu pour un an à compter du 1er janvier 2027, reconductible trois fois "
          "par période d'un an."),
        H("Article 3 – Critères"),
        P("Prix 60 % ; délai de livraison 25 % ; qualité de la documentation technique 15 %."),
    ]
    ccap = [
        TITLE("SDEO", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Matériel d'éclairage public – " + ref),
        H("Article 1 – Forme"),
        P("Chacun des trois lots donne lieu à un accord-cadre à bons de commande mono-attributaire."),
        H("Article 2 – Durée"),
        P("Un an à compter du 01/01/2027 ; reconductible 3 fois, tacitement, pour un an."),
        H("Article 3 – Montants annuels"),
        P("Les montants ci-dessous s'appliquent à chaque période annuelle (période initiale et reconductions) :"),
        RTAB([["Lot", "Désignation", "Estimation annuelle HT", "Maximum annuel HT"],
              ["1", "Luminaires et appareillages", "28~000 €", "40~000 €"],
              ["2", "Câbles et accessoires", "17~000 €", "25~000 €"],
              ["3", "Mâts, consoles, crosses", "12~000 €", "18~000 €"]],
             widths=[0.5, 2.5, 1.4, 1.4], align="llrr"),
        H("Article 4 – Livraison"),
        P("Livraison au magasin de Saint-Orvan, du lundi au jeudi de 8 h à 11 h 30. Délai : dix jours "
          "ouvrés."),
        H("Article 5 – Garantie"),
        P("Garantie minimale de deux ans à compter de la livraison ; les luminaires sont garantis dix ans."),
    ]
    avis = [
        TITLE("AVIS RECTIFICATIF", "Syndicat départemental d'énergies de l'Orvane",
              "Référence de l'avis initial : " + ref + " publié au BOAMP le 2 novembre 2026"),
        H("Objet"),
        P("Fourniture de matériel d'éclairage public."),
        H("Informations rectificatives"),
        P("Au lieu de : « Lot n°2 – montant maximum annuel : 25 000 € HT »."),
        P("Lire : « Lot n°2 – montant maximum annuel : 35 000 € HT »."),
        P("Les montants des autres lots sont inchangés. La date limite de réception des offres reste fixée au "
          "30 novembre 2026 à 12 h. Le CCAP rectifié est disponible sur le profil d'acheteur."),
        H("Date d'envoi du présent avis"),
        P("10 novembre 2026."),
    ]
    bpu = [
        TITLE("SDEO", "BPU – LOT N°2", "Câbles, boîtes de jonction et accessoires", ref),
        TAB([["Code", "Désignation", "Unité", "Prix HT"],
             ["2.01", "Câble U1000 R2V 4 × 16 mm²", "ml", ""],
             ["2.02", "Câble U1000 AR2V 4 × 25 mm²", "ml", ""],
             ["2.10", "Boîte de jonction à résine, 4 conducteurs", "u", ""],
             ["2.15", "Coffret de classe II pour candélabre", "u", ""]]),
    ]
    pieces = [
        PIECE("RC_" + ref + ".pdf", "RC", "SDEO – RC " + ref, "RC – matériel EP", rc,
              L(allotissement=1, nb_lots=3, evidence=["La consultation comporte trois lots"])),
        PIECE("CCAP_" + ref + ".pdf", "CCAP", "SDEO – CCAP " + ref, "CCAP – matériel EP", ccap,
              L(allotissement=1, nb_lots=3, montant_max_ht=332000,
                evidence=["Chacun des trois lots", "reconductible 3 fois",
                          "40 000 €", "25 000 €", "18 000 €", "[(40 000 + 25 000 + 18 000) × 4]"])),
        PIECE("AVIS_rectificatif_" + ref + ".txt", "AVIS", "SDEO – avis rectificatif", "", avis,
              L(allotissement=1, evidence=["Lot n°2 – montant maximum annuel"])),
        PIECE("BPU_lot2_" + ref + ".docx", "BPU", "SDEO – BPU lot 2", "BPU lot 2", bpu,
              L(allotissement=1, evidence=["BPU – LOT N°2"])),
    ]
    return D("d12", org + " – matériel d'éclairage, 3 lots, maximum corrigé par avis rectificatif", pieces, [],
             V(allotissement=1, nb_lots=3, montant_max_ht=372000),
             "Maximum : tableau par lot du CCAP sans ligne de total, maxima annuels 40 000 / 25 000 / 18 000, "
             "4 périodes (initiale + 3 reconductions) : 332 000 pour la pièce CCAP ; l'avis rectificatif porte le "
             "lot 2 à 35 000 par an : (40 000 + 35 000 + 18 000) × 4 = 372 000 pour le dossier. Estimation vide : "
             "colonne « Estimation annuelle » seulement (57 000 par an), aucun total écrit. Pièges : garantie 10 "
             "ans, délais.")


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
    # mêmes clés « considerations » que blind_values_13 (trois catégories sociales)
    out["considerations"] = {c: c in d["pos"] for c in ("clause_sociale", "clause_insertion", "critere_social")}
    return out


def _ws(s):
    return re.sub(r"\s+", " ", s.replace(NB, " ").replace(NNB, " ")).strip()


def extracted_text(path):
    """Texte extrait du fichier produit (pas du texte logique) : pypdf, python-docx, lecture directe."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        t = "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    elif ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t_ in d.tables:
            for r in t_.rows:
                parts.append(" ".join(c.text for c in r.cells))
        t = "\n".join(parts)
    else:
        with open(path, encoding="utf-8") as fh:
            t = fh.read()
    t = _ws(t)
    return t, re.sub(r"(\w)- (\w)", r"\1\2", t)


def build_all():
    """Construit tout ; renvoie (lignes, dossiers, problèmes, coupures, types, pages)."""
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    SB_STATS.update(cut=0, whole=0)
    HY_STATS.update(cut=0, whole=0)
    del CUT_LOG[:]
    rows, dossiers_yml, problems, cuts = [], [], [], []
    kinds, pages = {}, {}
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
            if p["doc_type"] not in _DOC_TYPES:
                problems.append("%s/%s : doc_type" % (d["id"], p["file"]))
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
            txt = _ws(plain_text(p["final_blocks"]))
            ext_txt, ext_dehy = extracted_text(os.path.join(folder, p["file"]))
            for q in lab["evidence"]:
                if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                    continue
                nq = _ws(norm(q))
                if nq not in txt:
                    problems.append("%s/%s : preuve absente du texte logique : %r" % (d["id"], p["file"], q))
                if nq not in ext_txt and nq not in ext_dehy:
                    problems.append("%s/%s : preuve absente du texte extrait : %r" % (d["id"], p["file"], q))
            ev = " | ".join(_ws(norm(q)) for q in lab["evidence"])
            if len(ev) > 300:
                problems.append("%s/%s : preuve trop longue (%d)" % (d["id"], p["file"], len(ev)))
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
            path="dossiers/" + d["id"], expect=_expect(d)))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    import yaml
    head = ("# Jeu blind_values_22 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous\n"
            "# les lots ; une réponse aux questions ou un avis rectificatif postérieurs priment sur la pièce\n"
            "# qu'ils modifient (voir note).\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    problems.extend(extra_checks(rows))
    return rows, dossiers_yml, problems, cuts, kinds, pages


def _digests():
    import hashlib
    out = {}
    for base in (OUT,):
        for root, _, files in os.walk(base):
            for fn in sorted(files):
                p = os.path.join(root, fn)
                with open(p, "rb") as fh:
                    out[os.path.relpath(p, HERE)] = hashlib.md5(fh.read()).hexdigest()
    with open(os.path.join(HERE, "dossiers.yml"), "rb") as fh:
        import hashlib
        out["dossiers.yml"] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    build_all()
    first = _digests()
    rows, dossiers_yml, problems, cuts, kinds, pages = build_all()
    second = _digests()
    if first != second:
        diff = sorted(k for k in set(first) | set(second) if first.get(k) != second.get(k))
        problems.append("non déterministe : %s" % ", ".join(diff))
    for line in cuts:
        print("  coupure", line)
    print("contrôles : preuves présentes dans le texte logique ET dans le texte extrait du fichier produit ; "
          "preuves <= 300 caractères ; PDF de 1 à 4 pages ; 3 à 5 pièces par dossier ; articles sans doublon ; "
          "cohérences des colonnes ; déterminisme (%d fichiers, md5 identiques sur deux constructions) -> %d "
          "problème(s)" % (len(second), len(problems)))
    print("%d dossiers, %d pièces (%s) ; pages des PDF : %s ; nombres coupés : %d (%d entiers) ; césures forcées : "
          "%d (%d entières)" % (
        len(dossiers_yml), len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), SB_STATS["cut"], SB_STATS["whole"],
        HY_STATS["cut"], HY_STATS["whole"]))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
