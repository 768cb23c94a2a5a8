#!/usr/bin/env python3
"""Construit le jeu scellé documents-13 (36 documents entiers : PDF reportlab, DOCX python-docx, TXT).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure (écriture PDF/DOCX/TXT, tableaux, deux colonnes, césure, aides de saisie) reprise telle
quelle de tests/data/blind_values_13/make_documents.py, lignes 27-664 ; la partie « documents » et le
contrôle final (preuves recherchées dans le texte EXTRAIT du fichier produit : pypdf pour les PDF,
python-docx pour les DOCX, lecture directe des TXT ; espaces normalisés ; double génération et
comparaison des md5 en mémoire) ont été écrits pour ce jeu.
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Usage : /work/main/.venv/bin/python tests/sealed/documents-13/make_documents.py
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
SET_NAME = "documents-13"

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
def D(file, doc_type, blocks, label, header="", footer="", hyphen=False, cols=1):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, hyphen=hyphen, cols=cols)


# ----------------------------------------------------------------------------- avis
def d01():
    b = [TITLE("BOAMP", "Avis de marché", "Annonce n° 26-87415 – publiée le 14/04/2026 – Département(s) de publication : 71"),
         H("Section 1 : Identification de l'acheteur"),
         P("Nom complet de l'acheteur : VAL DE BRÊME HABITAT – Office public de l'habitat"),
         P("Type de numéro national d'identification : SIRET – N° national d'identification : 27710023400058"),
         P("Ville : Chalonnay – Code postal : 71380"),
         P("Groupement de commandes : Non"),
         H("Section 2 : Communication"),
         P("Lien direct aux documents de la consultation : https://marches.valdebreme-habitat.fr/consultation/2026-014"),
         P("Identifiant interne de la consultation : 2026-TRV-014"),
         P("Intégralité des documents sur le profil d'acheteur : Oui"),
         P("Nom du contact : Service des marchés – Mme Leclerc – Tél : +33 385410020 – marches@valdebreme-habitat.fr"),
         H("Section 3 : Procédure"),
         P("Type de procédure : Procédure adaptée ouverte"),
         P("Conditions de participation :"),
         LST(["Aptitude à exercer l'activité professionnelle : inscription au RCS ou au répertoire des métiers",
              "Capacité économique et financière : chiffre d'affaires global des trois derniers exercices",
              "Capacités techniques et professionnelles : références de travaux de même nature en site occupé sur les cinq dernières années ; qualifications Qualibat ou équivalent"]),
         P("Technique d'achat : Sans objet"),
         P("Date et heure limite de réception des plis : 19/05/2026 à 12h00"),
         P("Présentation des offres par catalogue électronique : Interdite"),
         P("Réduction du nombre de candidats : Non"),
         P("Possibilité d'attribution sans négociation : Oui"),
         P("L'acheteur exige la présentation de variantes : Non"),
         P("Critères d'attribution : Prix 60 % ; Valeur technique 40 %"),
         H("Section 4 : Identification du marché"),
         P("Intitulé du marché : Réhabilitation thermique et résidentialisation de 64 logements – Résidence Les Tilleuls à Saint-Aubin-des-Combes"),
         P("Code CPV principal : 45453000 – Travaux de remise en état et de remise à neuf"),
         P("Type de marché : Travaux"),
         P("Description succincte du marché : isolation thermique par l'extérieur, remplacement des menuiseries, ventilation hygroréglable, reprise des halls et clôtures, en site occupé."),
         P("Lieu principal d'exécution du marché : 71380 Saint-Aubin-des-Combes"),
         P("Durée du marché (en mois) : 14"),
         P("Valeur estimée (H.T.) : 2 310 000,00 euros"),
         P("La consultation comporte des tranches : Non"),
         P("La consultation prévoit une réservation de tout ou partie du marché : Non"),
         P("Marché alloti : Oui"),
         H("Section 5 : Lots"),
         P("Lot n° 1 : Gros œuvre – démolitions – résidentialisation"),
         P("Code CPV : 45262500 – Valeur estimée (H.T.) : 820 000 euros – Durée : 12 mois"),
         P("Conditions particulières d'exécution : exécution d'une clause sociale d'insertion : 420 heures (article L. 2112-2 du code de la commande publique)."),
         P("Lot n° 2 : Menuiseries extérieures PVC et aluminium – occultations"),
         P("Code CPV : 45421000 – Valeur estimée (H.T.) : 640 000 euros – Durée : 10 mois"),
         P("Conditions particulières d'exécution : l'attributaire réalisera 180 h de travail au profit de publics en insertion."),
         P("Lot n° 3 : Isolation thermique par l'extérieur – ravalement"),
         P("Code CPV : 45321000 – Valeur estimée (H.T.) : 850 000 euros – Durée : 12 mois"),
         P("Conditions particulières d'exécution : action d'insertion professionnelle, volume minimal de 300 heures de travail."),
         H("Section 6 : Informations complémentaires"),
         P("Visite sur site conseillée les 28 avril et 5 mai 2026 à 10h00 (rendez-vous au local gardien, bât. C)."),
         P("Les heures d'insertion sont destinées aux demandeurs d'emploi de longue durée, allocataires du RSA, jeunes peu qualifiés et travailleurs reconnus handicapés. Le facilitateur de la Maison de l'emploi du Chalonnais accompagne gratuitement les entreprises (clauses@mde-chalonnais.fr)."),
         P("Date d'envoi du présent avis : 14/04/2026")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=900, allotissement=1, nb_lots=3,
            montant_estime_ht=2310000,
            evidence=["clause sociale d'insertion : 420 heures", "180 h de travail au profit de publics en insertion",
                      "volume minimal de 300 heures", "[420+180+300=900]", "Marché alloti : Oui", "Lot n° 3",
                      "Valeur estimée (H.T.) : 2 310 000,00 euros"])
    return D("d01_avis_boamp_rehabilitation.txt", "AVIS", b, lab)


def d02():
    b = [TITLE("Supplement to the Official Journal of the European Union", "Contract notice",
               "Services – Directive 2014/24/EU – 2026/S 079-241187"),
         H("Section I: Contracting authority"),
         P("I.1) Name and addresses"),
         P("Official name: Communauté d'agglomération du Pays de Lorvanne"),
         P("National registration number: 20004471900015"),
         P("Postal address: 2 place du Champ-de-Foire – Town: Lorvanne – NUTS code: FRK12 – Postal code: 03160 – Country: France"),
         P("Contact person: Direction de la commande publique – E-mail: commande.publique@agglo-lorvanne.fr"),
         P("I.3) Communication: The procurement documents are available for unrestricted and full direct access, free of charge, at: https://www.marches-lorvanne.fr"),
         P("I.4) Type of the contracting authority: Regional or local authority"),
         P("I.5) Main activity: General public services"),
         H("Section II: Object"),
         P("II.1.1) Title: Nettoyage et entretien des locaux communautaires – Reference number: 2026-SERV-07"),
         P("II.1.2) Main CPV code: 90911200 Building-cleaning services"),
         P("II.1.3) Type of contract: Services"),
         P("II.1.4) Short description: Cleaning of the administrative buildings, media libraries and sports halls of the agglomeration."),
         P("II.1.5) Estimated total value: Value excluding VAT: 1 184 000.00 EUR"),
         P("II.1.6) Information about lots: This contract is divided into lots: yes – Tenders may be submitted for all lots"),
         P("II.2.1) Title: Administrative buildings and media libraries – Lot No: 1"),
         P("II.2.4) Description of the procurement: daily and periodic cleaning of 14 sites (approx. 21 500 m²), window cleaning twice a year."),
         P("II.2.5) Award criteria"),
         P("Quality criterion - Name: Technical value (organisation, staffing, quality control) / Weighting: 45"),
         P("Quality criterion - Name: Environmental approach: cleaning products, dosing, water consumption and waste / Weighting: 15"),
         P("Price - Weighting: 40"),
         P("II.2.6) Estimated value: Value excluding VAT: 868 000.00 EUR"),
         P("II.2.7) Duration in months: 48 – This contract is subject to renewal: no"),
         P("II.2.1) Title: Sports halls and swimming-pool changing rooms – Lot No: 2"),
         P("II.2.4) Description of the procurement: cleaning of 6 sports halls and of the changing rooms of the Aqualorvanne pool."),
         P("II.2.5) Award criteria"),
         P("Quality criterion - Name: Technical value / Weighting: 60"),
         P("Price - Weighting: 40"),
         P("II.2.6) Estimated value: Value excluding VAT: 316 000.00 EUR"),
         P("II.2.14) Additional information: see section VI.3."),
         H("Section III: Legal, economic, financial and technical information"),
         P("III.1.1) Suitability to pursue the professional activity: list and brief description of conditions: see procurement documents."),
         P("III.1.5) Information about reserved contracts"),
         P("The contract is restricted to sheltered workshops and economic operators aiming at the social and professional integration of disabled or disadvantaged persons"),
         P("III.2.2) Contract performance conditions: as set out in the CCAP."),
         H("Section IV: Procedure"),
         P("IV.1.1) Type of procedure: Open procedure"),
         P("IV.2.2) Time limit for receipt of tenders: 02/06/2026 Local time: 12:00"),
         P("IV.2.4) Languages: French"),
         H("Section VI: Complementary information"),
         P("VI.3) Additional information: Only lot 2 is reserved, pursuant to Article L. 2113-12 of the French Code de la commande publique, to entreprises adaptées, ESAT and equivalent structures. Lot 1 is open to all economic operators."),
         P("VI.4.1) Review body: Tribunal administratif de Clermont-Ferrand"),
         P("VI.5) Date of dispatch of this notice: 21/04/2026")]
    lab = L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=2,
            montant_estime_ht=1184000,
            evidence=["Environmental approach: cleaning products, dosing, water consumption and waste / Weighting: 15",
                      "Only lot 2 is reserved, pursuant to Article L. 2113-12", "This contract is divided into lots: yes",
                      "Lot No: 2", "Value excluding VAT: 1 184 000.00 EUR"])
    return D("d02_ted_contract_notice_cleaning.txt", "AVIS", b, lab)


def d03():
    b = [TITLE("BOAMP – Avis européen (eForms)", "Avis de marché – Régime standard",
               "Directive 2014/24/UE – Avis n° 26-104922 – Version 1"),
         H("1. Acheteur"),
         P("1.1 Acheteur – Nom officiel : Communauté urbaine de Bréval-Oise – Forme juridique de l'acheteur : Autorité régionale ou locale – Activité du pouvoir adjudicateur : Services d'administration générale"),
         H("2. Procédure"),
         P("2.1 Procédure – Titre : Mission de maîtrise d'œuvre pour la construction de la Maison de l'emploi et de l'insertion de Bréval"),
         P("Description : mission de base (ESQ à AOR) complétée des missions EXE partielle, OPC et SSI pour la construction d'un bâtiment d'environ 1 450 m² SU destiné à regrouper la Maison de l'emploi, le PLIE de Bréval-Oise, la Mission locale et un espace d'accueil des employeurs."),
         P("Identifiant de la procédure : 8c4e1f02-7a1d-4be0-9d61-2f03c5a9e117 – Identifiant interne : MOE-2026-03"),
         P("Type de procédure : Procédure concurrentielle avec négociation"),
         P("2.1.1 Objet – Nature du marché : Services – Classification principale (cpv) : 71200000 Services d'architecture et services connexes"),
         P("2.1.2 Lieu d'exécution – Adresse postale : rue des Tanneurs – Ville : Bréval – Code postal : 60290 – Subdivision pays (NUTS) : Oise (FRE22)"),
         P("2.1.3 Valeur – Valeur estimée hors TVA : 640 000,00 EUR"),
         P("2.1.4 Informations générales – Base juridique : Directive 2014/24/UE ; code de la commande publique, articles R. 2124-3 et R. 2172-1"),
         H("5. Lot"),
         P("5.1 Lot : LOT-0000 – Titre : Mission de maîtrise d'œuvre – Maison de l'emploi et de l'insertion"),
         P("5.1.1 Objet – Nature du marché : Services"),
         P("5.1.3 Durée estimée : 48 mois"),
         P("5.1.6 Informations générales – Participation réservée : La participation n'est pas réservée."),
         P("Le marché public est réservé à une profession particulière : oui – architectes inscrits au tableau de l'Ordre (loi n° 77-2 du 3 janvier 1977) ; le mandataire de l'équipe est un architecte."),
         P("5.1.9 Critères de sélection – Critère : Références de l'équipe – Description : trois références de bâtiments tertiaires publics de complexité comparable livrés depuis moins de 6 ans ; moyens humains de l'équipe (architecte, BET fluides, BET structure, économiste). Nombre maximal de candidats admis à présenter une offre : 4"),
         P("5.1.10 Critères d'attribution"),
         P("Critère – Type : Qualité – Nom : Pertinence de la note méthodologique et de l'organisation de l'équipe – Pondération (pourcentage, valeur exacte) : 40"),
         P("Critère – Type : Qualité – Nom : Adéquation du temps passé par phase et par intervenant – Pondération (pourcentage, valeur exacte) : 20"),
         P("Critère – Type : Prix – Nom : Taux de rémunération – Pondération (pourcentage, valeur exacte) : 40"),
         P("5.1.12 Conditions du marché – Marché public stratégique : Pas de marché public stratégique"),
         P("Informations complémentaires : la procédure n'est pas allotie, la mission de maîtrise d'œuvre formant un ensemble indissociable (article L. 2113-11 du code de la commande publique). Le programme fonctionnel, établi avec la Mission locale et les structures d'insertion du territoire, est joint au dossier de consultation."),
         P("5.1.15 Techniques – Accord-cadre : Pas d'accord-cadre"),
         P("5.1.16 Informations complémentaires, médiation et réexamen – Organisme de réexamen : Tribunal administratif d'Amiens"),
         H("8. Organisations"),
         P("8.1 ORG-0001 – Nom officiel : Communauté urbaine de Bréval-Oise – Numéro d'enregistrement : 24600021300019 – Ville : Bréval"),
         P("Rôles de cette organisation : Acheteur ; Organisation fournissant des informations complémentaires sur la procédure de passation de marché"),
         H("10. Modification / 11. Informations relatives à l'avis"),
         P("Identifiant/version de l'avis : 8c4e1f02-7a1d-4be0-9d61-2f03c5a9e117 – 01 – Type de formulaire : Mise en concurrence – Type d'avis : Avis de marché ou de concession – régime standard – Date d'envoi de l'avis : 07/05/2026 – Langues : français")]
    lab = L(allotissement=0, montant_estime_ht=640000,
            evidence=["la procédure n'est pas allotie", "Valeur estimée hors TVA : 640 000,00 EUR"])
    return D("d03_avis_eforms_moe.pdf", "AVIS", b, lab, header="BOAMP – Avis n° 26-104922 – Communauté urbaine de Bréval-Oise",
             footer="Publication BOAMP / JOUE – 07/05/2026")


def d04():
    b = [TITLE("COMMUNE DE LANVÉZEC", "AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Procédure adaptée – articles L. 2123-1 et R. 2123-1 1° du code de la commande publique"),
         H("1. Pouvoir adjudicateur"),
         P("Commune de Lanvézec, représentée par son maire, M. Yann Le Floc'h – Mairie, 3 place de l'Église, 22740 Lanvézec – tél. 02 96 44 10 27 – accueil@lanvezec.bzh"),
         H("2. Objet du marché"),
         P("Entretien des espaces verts communaux (tonte, taille des haies et massifs, désherbage manuel des allées du cimetière) et fauchage raisonné des accotements des voies communales."),
         P("Division en lots : non – marché global (les prestations sont exécutées par les mêmes équipes sur les mêmes sites)."),
         H("3. Forme et durée"),
         P("Accord-cadre à bons de commande mono-attributaire, sans minimum, avec un montant maximum annuel de 35 000 € HT, soit 105 000 € HT pour la durée maximale de l'accord-cadre. Durée : 12 mois à compter du 1er juillet 2026, reconductible tacitement deux fois par période de 12 mois."),
         H("4. Conditions de participation"),
         P("DC1 et DC2 (ou DUME) ; attestation d'assurance responsabilité civile professionnelle ; liste du matériel dont dispose l'entreprise (tondeuses autoportées, épareuse, débroussailleuses) ; certificat individuel Certiphyto le cas échéant."),
         H("5. Critères de jugement des offres"),
         P("Prix : 70 % – Valeur technique (moyens humains et matériels affectés, planning annuel d'intervention) : 30 %."),
         H("6. Marché réservé"),
         P("Non."),
         H("7. Retrait du dossier et remise des offres"),
         P("Dossier téléchargeable gratuitement sur https://marches.megalis-armor.bzh (réf. LANV-2026-02). Les offres seront remises par voie électronique avant le vendredi 29 mai 2026, 12 h."),
         H("8. Renseignements"),
         P("Administratifs : secrétariat de mairie. Techniques : M. Corre, responsable des services techniques, 06 71 22 90 14."),
         P("Date d'envoi à la publication : 4 mai 2026.")]
    lab = L(allotissement=0, montant_max_ht=105000,
            evidence=["Division en lots : non", "soit 105 000 € HT pour la durée maximale de l'accord-cadre"])
    return D("d04_aapc_mapa_espaces_verts.docx", "AVIS", b, lab, header="Commune de Lanvézec – AAPC – Réf. LANV-2026-02",
             footer="Avis d'appel public à la concurrence")


def d05():
    b = [TITLE("BOAMP – Résultat de marché", "AVIS D'ATTRIBUTION", "Annonce n° 26-66201 – Département(s) de publication : 24, 47"),
         H("Section 1 : Identification de l'acheteur"),
         P("Nom complet de l'acheteur : SMICTOM des Trois Vallées – Syndicat mixte de collecte et de traitement des ordures ménagères"),
         P("Ville : Castelmoron-sur-Drôt – Code postal : 47260"),
         H("Section 2 : Procédure"),
         P("Type de procédure : Appel d'offres ouvert"),
         P("Référence de l'avis de marché initial : 25-179034 du 18/11/2025"),
         H("Section 3 : Identification du marché"),
         P("Intitulé du marché : Fourniture de bacs roulants pour la collecte des ordures ménagères et des emballages et de composteurs individuels en bois"),
         P("Code CPV principal : 34928480 – Conteneurs et poubelles pour déchets et détritus"),
         P("Type de marché : Fournitures"),
         P("Forme : accord-cadre à bons de commande sans minimum ni maximum, d'une durée de deux ans reconductible une fois."),
         P("Marché alloti : Oui"),
         P("Le marché est-il réservé ? Non"),
         P("Critères d'attribution : 1. Prix des fournitures (60 %) ; 2. Valeur technique (40 %) : robustesse, garanties, délais de livraison."),
         H("Section 4 : Attribution du marché"),
         P("Lot n° 1 – Bacs roulants de 120 à 770 litres"),
         P("Date d'attribution : 12/03/2026 – Nombre d'offres reçues : 5 – dont offres électroniques : 5"),
         P("Titulaire : ROTOBAC INDUSTRIE SAS, ZI des Granges, 01500 Ambérieu-en-Bugey, SIRET 41233876500027"),
         P("Lot n° 2 – Composteurs individuels en bois de 400 et 600 litres"),
         P("Date d'attribution : 12/03/2026 – Nombre d'offres reçues : 3"),
         P("Titulaire : ATELIER BOIS ET INSERTION DU PAYS VERT (SCIC SA), 12 chemin de la Scierie, 24150 Lalinde"),
         P("Le titulaire du lot 2 a été retenu à l'issue d'une mise en concurrence ouverte à tous les opérateurs économiques ; il n'a bénéficié d'aucune réservation."),
         H("Section 5 : Informations complémentaires"),
         P("Instance chargée des procédures de recours : Tribunal administratif de Bordeaux, 9 rue Tastet, 33000 Bordeaux."),
         P("Le marché peut être consulté, dans le respect des secrets protégés par la loi, au siège du syndicat, sur rendez-vous."),
         P("Date d'envoi du présent avis : 30/03/2026")]
    lab = L(allotissement=1, nb_lots=2, evidence=["Marché alloti : Oui", "Lot n° 2 – Composteurs individuels"])
    return D("d05_avis_attribution_bacs.txt", "AVIS", b, lab)


def d06():
    b = [TITLE("Université Jean-Mermoz de Castelbrune", "AVIS RECTIFICATIF", "Avis initial n° 26-59318 publié au BOAMP le 24/03/2026"),
         H("Identification de l'acheteur"),
         P("Université Jean-Mermoz de Castelbrune – Direction du patrimoine immobilier – Service des achats et marchés – 18 avenue des Facultés, 82000 Castelbrune – dpi-marches@univ-mermoz.fr"),
         H("Objet de l'avis initial"),
         P("Maintenance multitechnique (CVC, plomberie, courants forts) des bâtiments des campus Nord et Sud – marché unique – procédure d'appel d'offres ouvert."),
         H("Rectification"),
         P("Le présent avis modifie l'avis initial ainsi qu'il suit."),
         P("Rubrique « Date et heure limite de réception des offres » :"),
         P("Au lieu de : 28/04/2026 à 12h00"),
         P("Lire : 12/05/2026 à 12h00"),
         P("Rubrique « Critères d'attribution » :"),
         P("Au lieu de : 1. Valeur technique : 55 % ; 2. Prix : 45 %."),
         P("Lire : 1. Valeur technique : 45 % ; 2. Prix : 40 % ; 3. Performance environnementale des interventions (plan de réduction des consommations de fluides, gestion des fluides frigorigènes, reprise et traitement des déchets de maintenance) : 15 %."),
         P("Rubrique « Informations complémentaires » : ajout de la mention suivante : un règlement de la consultation modifié (indice B) et un cadre de mémoire technique mis à jour sont disponibles sur le profil d'acheteur. Les candidats ayant déjà déposé un pli sont invités à le compléter ; seul le dernier pli reçu sera ouvert."),
         P("Les autres rubriques de l'avis initial demeurent inchangées."),
         H("Date d'envoi du présent avis"),
         P("14/04/2026")]
    lab = L(critere_environnemental=1,
            evidence=["3. Performance environnementale des interventions", "reprise et traitement des déchets de maintenance) : 15 %"])
    return D("d06_avis_rectificatif_maintenance.pdf", "AVIS", b, lab, header="Université Jean-Mermoz de Castelbrune – Avis rectificatif",
             footer="BOAMP – annonce rectificative n° 26-61877")


def d07():
    b = [TITLE("Supplément au Journal officiel de l'Union européenne", "Avis de marché – Services",
               "Directive 2014/24/UE – 2026/S 061-188214"),
         H("Section I : Pouvoir adjudicateur"),
         P("I.1) Nom et adresses : Métropole de Vaucelles-Armor, 1 esplanade de la République, 56320 Vaucelles, FR, Code NUTS : FRH04. Point(s) de contact : direction des achats. Courriel : achats@vaucelles-armor.fr. Adresse principale : https://www.vaucelles-armor.fr"),
         P("I.3) Communication : accès gratuit, complet et direct aux documents du marché à l'adresse : https://marches.vaucelles-armor.fr"),
         P("I.4) Type de pouvoir adjudicateur : autorité régionale ou locale"),
         P("I.5) Activité principale : services généraux des administrations publiques"),
         H("Section II : Objet"),
         P("II.1.1) Intitulé : Collecte, tri et recyclage des papiers, cartons et archives éliminables des sites administratifs métropolitains. Numéro de référence : 26-ACH-031"),
         P("II.1.2) Code CPV principal : 90511000 Services de collecte des ordures"),
         P("II.1.3) Type de marché : Services"),
         P("II.1.4) Description succincte : enlèvement sur appel et à fréquence fixe des papiers de bureau et cartons, destruction confidentielle des archives éliminables avec certificat, et remise des fibres à une filière de recyclage."),
         P("II.1.5) Valeur totale estimée : Valeur hors TVA : 186 000,00 EUR"),
         P("II.1.6) Information sur les lots : Ce marché est divisé en lots : non"),
         P("II.2.3) Lieu d'exécution : Code NUTS : FRH04 – Lieu principal d'exécution : 22 sites de la Métropole"),
         P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 50 – Prix – Pondération : 50"),
         P("II.2.7) Durée du marché : 36 mois – Ce marché peut faire l'objet d'une reconduction : non"),
         P("II.2.10) Des variantes seront prises en considération : non"),
         H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
         P("III.1.1) Habilitation à exercer l'activité professionnelle : déclaration ou enregistrement pour le transport et le négoce de déchets non dangereux (articles R. 541-50 et suivants du code de l'environnement)."),
         P("III.1.5) Informations sur les marchés réservés : Le marché est réservé à des ateliers protégés et des opérateurs économiques dont l'objectif est l'intégration sociale et professionnelle de personnes handicapées ou défavorisées"),
         P("III.2.2) Conditions particulières d'exécution : précisées au CCAP."),
         H("Section IV : Procédure"),
         P("IV.1.1) Type de procédure : procédure ouverte"),
         P("IV.2.2) Date limite de réception des offres : 11/05/2026 – Heure locale : 12:00"),
         P("IV.2.6) Délai minimal pendant lequel le soumissionnaire est tenu de maintenir son offre : 4 mois"),
         H("Section VI : Renseignements complémentaires"),
         P("VI.3) Informations complémentaires : marché réservé en application de l'article L. 2113-13 du code de la commande publique aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du travail et aux structures équivalentes."),
         P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Rennes, 3 contour de la Motte, 35044 Rennes Cedex"),
         P("VI.5) Date d'envoi du présent avis : 26/03/2026")]
    lab = L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=186000,
            evidence=["marché réservé en application de l'article L. 2113-13 du code de la commande publique",
                      "Ce marché est divisé en lots : non", "Valeur hors TVA : 186 000,00 EUR"])
    return D("d07_joue_avis_collecte_papiers.pdf", "AVIS", b, lab, header="JOUE S 061 – 188214-2026-FR",
             footer="Métropole de Vaucelles-Armor – Avis de marché", cols=2)


def d08():
    b = [TITLE("SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DU VALDONNE", "Avis d'appel public à la concurrence",
               "Travaux – procédure adaptée (article R. 2123-1 2° du CCP)"),
         H("I. Acheteur"),
         P("SDIS du Valdonne, Groupement finances et commande publique, 40 rue du Commandant-Marchand, 52110 Doulaincourt-sur-Valdonne. Profil d'acheteur : https://www.achatpublic-valdonne.fr"),
         H("II. Objet"),
         P("Construction du centre d'incendie et de secours (CIS) de Montreuil-la-Cambe : remises engins, locaux de vie, tour de manœuvre, aire de lavage. Bâtiment conçu selon la RE2020 (seuil 2025), chaufferie bois granulés."),
         P("Allotissement : 7 lots – 01 VRD / 02 Gros œuvre / 03 Charpente métallique – couverture – bardage / 04 Menuiseries / 05 Cloisons – doublages – peinture / 06 Chauffage – ventilation – plomberie / 07 Électricité courants forts et faibles."),
         P("Montant prévisionnel des travaux (tous lots) : 4 870 000 € HT."),
         P("Durée : 18 mois dont 1 mois de préparation. Démarrage prévisionnel : octobre 2026."),
         H("III. Conditions de participation"),
         P("Situation juridique : DC1 ou DUME ; déclaration sur l'honneur que le candidat a satisfait à l'obligation d'emploi des travailleurs handicapés prévue aux articles L. 5212-1 à L. 5212-11 du code du travail ; attestations URSSAF (article L. 8222-1)."),
         P("Capacité technique : liste de travaux de même nature exécutés au cours des cinq dernières années ; qualifications Qualibat, Qualifelec ou équivalent ; pour le lot 02, la preuve de la capacité à réaliser une tour de manœuvre de 15 m."),
         H("IV. Jugement des offres"),
         P("Offre économiquement la plus avantageuse appréciée lot par lot : prix des prestations 60 % ; valeur technique 40 % (méthodologie et organisation du chantier 20 ; planning détaillé 10 ; moyens humains et matériels 10)."),
         H("V. Renseignements divers"),
         P("Visite obligatoire du terrain (attestation délivrée sur place). Les offres sont à déposer sur le profil d'acheteur avant le 22 juin 2026 à 16 h. Négociation possible avec les trois candidats les mieux classés par lot."),
         P("Date d'envoi à la publication : 20 mai 2026.")]
    lab = L(allotissement=1, nb_lots=7, montant_estime_ht=4870000,
            evidence=["Allotissement : 7 lots", "Montant prévisionnel des travaux (tous lots) : 4 870 000 € HT"])
    return D("d08_aapc_sdis_construction_cis.docx", "AVIS", b, lab, header="SDIS du Valdonne – AAPC CIS Montreuil-la-Cambe",
             footer="SDIS du Valdonne – Groupement finances et commande publique")


# ----------------------------------------------------------------------------- RC
def d09():
    b = [TITLE("DÉPARTEMENT DU HAUT-ARMANÇON", "RÈGLEMENT DE LA CONSULTATION",
               "Aménagement du carrefour giratoire RD 914 / RD 27 au lieu-dit « La Croix-Blanche » – commune de Vézannes",
               "Marché public de travaux – procédure adaptée – consultation n° 2026-DRT-019"),
         H("Article 1 – Objet de la consultation"),
         P("La présente consultation porte sur la réalisation d'un carrefour giratoire de 32 m de rayon extérieur, y compris terrassements, assainissement pluvial, chaussées, bordures, signalisation et éclairage des îlots. Les prescriptions techniques figurent au CCTP."),
         H("Article 2 – Conditions de la consultation"),
         P("2.1 Décomposition : la consultation n'est pas allotie. Les travaux, réalisés sous circulation avec des phasages imbriqués, ne peuvent être confiés à plusieurs entreprises sans rendre techniquement difficile leur exécution (article L. 2113-11 du code de la commande publique)."),
         P("2.2 Variantes : les variantes à l'initiative des candidats ne sont pas autorisées. Une prestation supplémentaire éventuelle (PSE n° 1 : enrobés à module élevé) doit obligatoirement être chiffrée."),
         P("2.3 Délai d'exécution : 5 mois, période de préparation de 4 semaines comprise."),
         P("2.4 Délai de validité des offres : 120 jours à compter de la date limite de réception."),
         H("Article 3 – Contenu du dossier de consultation"),
         LST(["le présent règlement de la consultation (RC) ;", "l'acte d'engagement (AE) ;", "le CCAP et le CCTP ;",
              "le bordereau des prix unitaires (BPU) et le détail quantitatif estimatif (DQE) ;", "les plans (phasage, profils en travers types)."]),
         H("Article 4 – Présentation des candidatures et des offres"),
         P("Chaque candidat produit les pièces prévues aux articles R. 2143-3 et R. 2143-4 du code de la commande publique, ainsi qu'un mémoire technique comprenant notamment : la méthodologie d'exécution et le phasage sous circulation ; l'origine et les fiches techniques des matériaux ; les dispositions prises pour la sécurité des usagers et des personnels."),
         H("Article 5 – Jugement des offres"),
         P("Le jugement est effectué dans les conditions prévues aux articles R. 2152-1 à R. 2152-7. Les offres sont classées selon les critères pondérés suivants, notés sur 100 points :"),
         RTAB([["Critère", "Pondération"],
               ["1 – Prix des prestations, apprécié au vu du DQE", "50 points"],
               ["2 – Valeur technique, appréciée au vu du mémoire technique", "30 points"],
               ["3 – Performances en matière d'insertion professionnelle des publics en difficulté", "10 points"],
               ["4 – Performances en matière de protection de l'environnement", "10 points"]],
              widths=[4, 1], align="lr"),
         P("Le critère n° 3 est noté au vu d'une note d'une page maximum dans laquelle le candidat présente le nombre d'heures de travail qu'il propose de confier à des personnes rencontrant des difficultés sociales ou professionnelles, le mode de mise en relation (embauche directe, ETTI, GEIQ) et le tutorat prévu."),
         P("Le critère n° 4 est noté au vu des engagements chiffrés du candidat sur le taux d'agrégats d'enrobés recyclés incorporés dans les couches de chaussée, la réduction des distances de transport des matériaux et le mode de traitement des déblais et déchets du chantier. Les engagements retenus seront rendus contractuels lors de la mise au point du marché."),
         P("Le prix est noté selon la formule : note = 50 × (offre la moins disante / offre examinée). Une offre anormalement basse pourra être rejetée après demande de précisions (articles L. 2152-5 et R. 2152-3)."),
         H("Article 6 – Conditions d'envoi des plis"),
         P("Les plis sont transmis exclusivement par voie électronique sur la plateforme https://marchespublics.haut-armancon.fr avant le lundi 15 juin 2026 à 12 h 00. La copie de sauvegarde est admise dans les conditions de l'arrêté du 22 mars 2019."),
         H("Article 7 – Renseignements complémentaires"),
         P("Les questions sont posées sur la plateforme au plus tard 8 jours avant la date limite. Recours : Tribunal administratif de Dijon.")]
    lab = L(critere_social=1, critere_environnemental=1, allotissement=0,
            evidence=["3 – Performances en matière d'insertion professionnelle des publics en difficulté",
                      "4 – Performances en matière de protection de l'environnement", "la consultation n'est pas allotie"])
    return D("d09_rc_giratoire_rd914.pdf", "RC", b, lab, header="Département du Haut-Armançon – RC – Giratoire RD 914 / RD 27",
             footer="Direction des routes et des transports – consultation 2026-DRT-019")


def d10():
    b = [TITLE("COMMUNAUTÉ DE COMMUNES DES COTEAUX DU LAYON-AUBANCE", "Règlement de consultation",
               "Travaux de rénovation énergétique de l'école élémentaire Jules-Ferry à Thouarcé-sur-Layon"),
         H("Article 1 – Acheteur"),
         P("Communauté de communes des Coteaux du Layon-Aubance (CCCLA), 5 rue de l'Aubance, 49380 Thouarcé-sur-Layon. Maîtrise d'œuvre : atelier Morvan & Guillou architectes, mandataire, et BET Thermilys."),
         H("Article 2 – Objet"),
         P("Rénovation énergétique globale de l'école (isolation des combles et des murs par l'intérieur, remplacement des menuiseries, installation d'une pompe à chaleur air/eau et d'une VMC double flux) visant un gain de 60 % sur les consommations, dans le cadre du décret tertiaire. L'opération bénéficie d'une subvention DSIL et du fonds vert."),
         H("Article 3 – Décomposition en lots"),
         P("Les travaux sont répartis en 4 lots traités par marchés séparés :"),
         TAB([["Lot", "Intitulé", "Estimation HT"],
              ["1", "Isolation – plâtrerie – faux plafonds", "245 000 €"],
              ["2", "Menuiseries extérieures aluminium", "210 000 €"],
              ["3", "Chauffage – ventilation – plomberie", "268 000 €"],
              ["4", "Électricité – éclairage LED", "57 000 €"]], widths=[1, 5, 2], align="llr"),
         P("Montant total estimé de l'opération : 780 000 € HT. Un candidat peut répondre à un ou plusieurs lots."),
         H("Article 4 – Conditions de participation"),
         P("Le candidat produit : la lettre de candidature (DC1) ou le DUME ; la déclaration du candidat (DC2) ; les attestations d'assurance ; une liste de références de moins de cinq ans ; pour le lot 1, la certification amiante sous-section 4 (opérations de retrait des faux plafonds anciens) ; pour les lots 3 et 4, la qualification RGE correspondante."),
         P("Il est rappelé que le candidat attributaire devra produire, avant signature, les certificats fiscaux et sociaux ainsi que l'attestation de vigilance prévue à l'article L. 8222-1 du code du travail."),
         H("Article 5 – Critères de choix des offres"),
         P("Prix : 60 %. Valeur technique : 40 %, décomposée en : méthodologie et organisation du chantier en site scolaire occupé pendant les vacances (25 %) ; délais proposés et cohérence du planning (15 %)."),
         H("Article 6 – Négociation"),
         P("Le pouvoir adjudicateur se réserve la possibilité de négocier avec les trois candidats les mieux classés de chaque lot. Il peut aussi attribuer sur la base des offres initiales."),
         H("Article 7 – Remise des offres"),
         P("Date limite : mercredi 10 juin 2026 à 17 h. Dépôt sur https://www.marches-layon.fr uniquement. Visite du site facultative, sur rendez-vous auprès de M. Hervé, services techniques.")]
    lab = L(allotissement=1, nb_lots=4, montant_estime_ht=780000,
            evidence=["Les travaux sont répartis en 4 lots", "Montant total estimé de l'opération : 780 000 € HT"])
    return D("d10_rc_renovation_ecole.docx", "RC", b, lab, header="CCCLA – RC – Rénovation énergétique école Jules-Ferry",
             footer="Règlement de consultation")


def d11():
    b = [TITLE("CENTRE HOSPITALIER INTERCOMMUNAL DE LA VALLÉE DU LOING", "RÈGLEMENT DE LA CONSULTATION",
               "Prestations de blanchisserie, location et entretien du linge et des tenues professionnelles",
               "Appel d'offres ouvert – articles R. 2124-2 1° et R. 2161-2 à R. 2161-5 du code de la commande publique"),
         H("Article 1 – Objet et allotissement"),
         P("La consultation a pour objet le traitement du linge plat et du linge en forme des trois sites du CHIVL (Nemours, Château-Landon, Souppes-sur-Loing), la location-entretien des tenues des soignants et l'entretien des vêtements de travail des agents des services techniques et logistiques."),
         P("Elle est décomposée en trois lots, chacun faisant l'objet d'un accord-cadre à bons de commande distinct :"),
         LST(["lot 1 – traitement du linge plat et du linge des résidents d'EHPAD ;",
              "lot 2 – location et entretien des tenues professionnelles des personnels soignants ;",
              "lot 3 – entretien des vêtements de travail des services techniques, de la cuisine centrale et du service transport."]),
         H("Article 2 – Réservation du lot 3"),
         P("Le lot 3 est réservé, en application de l'article L. 2113-12 du code de la commande publique, aux entreprises adaptées mentionnées à l'article L. 5213-13 du code du travail, aux établissements et services d'aide par le travail mentionnés à l'article L. 344-2 du code de l'action sociale et des familles et aux structures équivalentes, qui emploient une proportion minimale de 50 % de travailleurs handicapés."),
         P("Les candidats au lot 3 joignent à leur candidature tout justificatif de leur statut (agrément, arrêté préfectoral, convention avec l'État, attestation de l'ARS). Les lots 1 et 2 sont ouverts à tout opérateur économique."),
         H("Article 3 – Durée"),
         P("Chaque accord-cadre est conclu pour une période initiale de deux ans à compter du 1er janvier 2027, reconductible deux fois un an. Les quantités figurant au DQE sont indicatives."),
         H("Article 4 – Contenu des plis"),
         P("Candidature : DC1, DC2 ou DUME ; chiffre d'affaires des trois derniers exercices ; références de prestations similaires en établissement de santé ; certification RABC (norme NF EN 14065) ou démarche équivalente pour les lots 1 et 2."),
         P("Offre : acte d'engagement par lot ; BPU et DQE complétés ; mémoire technique ; échantillons pour le lot 2 (une tenue complète en taille M)."),
         H("Article 5 – Critères d'attribution"),
         P("Pour chacun des lots : prix apprécié au vu du DQE (50 %) ; valeur technique (50 %), appréciée à partir du mémoire : organisation du circuit du linge et délais de rotation (20 %), qualité microbiologique et maîtrise du risque infectieux (20 %), gestion des réclamations et des pertes (10 %)."),
         H("Article 6 – Visite et renseignements"),
         P("Une visite des lingeries relais est proposée le 9 juin 2026. Les demandes de renseignements sont formulées sur https://www.marches-chivl.fr au plus tard dix jours avant la date limite de remise des offres, fixée au 3 juillet 2026 à 12 h."),
         H("Article 7 – Recours"),
         P("Tribunal administratif de Melun – 43 rue du Général-de-Gaulle – 77000 Melun.")]
    lab = L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=3,
            evidence=["Le lot 3 est réservé, en application de l'article L. 2113-12 du code de la commande publique",
                      "Elle est décomposée en trois lots"])
    return D("d11_rc_blanchisserie_chivl.pdf", "RC", b, lab, header="CHI de la Vallée du Loing – RC – Blanchisserie 2027",
             footer="Direction des achats et de la logistique", hyphen=True)


def d12():
    b = [TITLE("COMMUNE DE SAINT-FERREOL-LES-LANDES", "REGLEMENT DE CONSULTATION (R.C.)",
               "Marché à procédure adaptée – Extension du groupe scolaire Marie-Curie (2 classes + préau)"),
         H("1. OBJET"),
         P("Le present marché concerne les travaux d'extension du groupe scolaire Marie-Curie, rue des Pins, 40410 Saint-Ferreol-les-Landes."),
         P("Les travaux sont repartis en 2 lots :"),
         LST(["Lot 1 : gros oeuvre – maçonnerie – VRD", "Lot 2 : charpente bois – couverture – bardage"]),
         H("2. PROCEDURE"),
         P("Procédure adaptée en application des articles L.2123-1 et R.2123-1 du Code de la commande publique. Négociation possible."),
         H("3. DUREE - DELAIS"),
         P("Délai global : 9 mois à compter de l'OS de démarrage, y compris 1 mois de préparation. Les travaux bruyants seront réalisés pendant les vacances scolaires d'été."),
         H("4. CONDITION D'EXECUTION A CARACTERE SOCIAL (LOT 1 UNIQUEMENT)"),
         P("Le titulaire du lot 1 est tenu de réserver 350 heures de travail a des personnes rencontrant des difficultés d'accès à l'emploi (demandeurs d'emploi inscrits depuis plus d'un an, bénéficiaires du RSA, jeunes de moins de 26 ans sortis du systeme scolaire sans diplome, personnes reconnues travailleurs handicapés...). Cette obligation est detaillée à l'article 8 du CCAP ; le suivi est assuré par le PLIE des Landes forestières. Le lot 2 ne comporte pas de clause sociale."),
         H("5. PIECES A FOURNIR"),
         P("Candidature : DC1, DC2, attestations d'assurance décennale, références. Offre : AE, DPGF, mémoire technique et, pour le lot 1, la note d'une page décrivant les modalités de réalisation de l'action d'insertion."),
         H("6. JUGEMENT DES OFFRES"),
         P("Lot 1 : Prix (60%) – Valeur technique (30%) – Qualité de la démarche d'insertion proposée : accueil, tutorat, formation (10%)."),
         P("Lot 2 : Prix (60%) – Valeur technique (40%)."),
         P("La valeur technique est jugée sur : les moyens affectés au chantier, la methodologie, le planning, les fiches produits."),
         H("7. REMISE DES OFFRES"),
         P("Date limite : 12/06/2026 a 12h00, sur le profil acheteur https://marchespublics.landes-communes.fr (ref. SFL-2026-04)."),
         H("8. RENSEIGNEMENTS"),
         P("Administratifs : mairie, Mme Dufau. Techniques : cabinet Lartigue architecte, 05 58 07 41 63.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=350, critere_social=1, allotissement=1, nb_lots=2,
            evidence=["Le titulaire du lot 1 est tenu de réserver 350 heures de travail a des personnes rencontrant des difficultés d'accès à l'emploi",
                      "Qualité de la démarche d'insertion proposée : accueil, tutorat, formation (10%)", "Les travaux sont repartis en 2 lots"])
    return D("d12_rc_mapa_groupe_scolaire.txt", "RC", b, lab)


def d13():
    b = [TITLE("CENTRE COMMUNAL D'ACTION SOCIALE DE VILLEBRUNE", "Règlement de la consultation",
               "Nettoyage des locaux de l'EHPAD « Les Glycines » et de la résidence autonomie « Le Clos Fleuri »"),
         H("Article 1 – Objet"),
         P("Le CCAS de Villebrune lance une consultation pour l'entretien quotidien des parties communes, bureaux, salles d'activités et vestiaires des deux établissements, ainsi que la remise en état des chambres libérées. L'entretien des chambres occupées reste assuré par les agents du CCAS."),
         H("Article 2 – Historique"),
         P("Les prestations étaient jusqu'ici exécutées par l'ESAT Les Ateliers du Val, titulaire d'un marché réservé conclu pour la période 2022-2026 qui arrive à échéance le 31 août 2026. La présente consultation n'est pas réservée : elle est ouverte à tout opérateur économique, les besoins ayant évolué (interventions de nuit et le week-end)."),
         H("Article 3 – Forme et montant"),
         P("Accord-cadre mono-attributaire exécuté par bons de commande, sans montant minimum et avec un montant maximum annuel de 90 000 € HT. Il est conclu pour un an à compter du 1er septembre 2026 et peut être reconduit trois fois, soit un montant maximum de 360 000 € HT sur sa durée totale."),
         P("La consultation ne fait pas l'objet d'un allotissement : les deux établissements partagent le même bâtiment et les mêmes circulations."),
         H("Article 4 – Dossier de candidature"),
         P("Le candidat remet : DC1 et DC2 ou DUME ; attestation d'assurance ; effectifs moyens annuels et importance du personnel d'encadrement sur les trois dernières années ; références en établissement médico-social."),
         H("Article 5 – Offre"),
         P("L'offre comprend l'acte d'engagement, le BPU, le DQE non contractuel et un mémoire précisant l'organisation des équipes, les fréquences, les protocoles de bionettoyage et le contrôle qualité (grille d'autocontrôle, fréquence des audits contradictoires)."),
         H("Article 6 – Choix de l'offre"),
         P("Prix (DQE) : 55 %. Organisation et moyens humains : 30 %. Protocoles d'hygiène et contrôle qualité : 15 %."),
         H("Article 7 – Visite"),
         P("La visite des locaux est obligatoire. Rendez-vous auprès de Mme Perrot, responsable hôtelière, au 03 80 55 21 64."),
         H("Article 8 – Date limite"),
         P("Les offres sont remises sur la plateforme https://marches.villebrune.fr avant le 19 juin 2026 à 12 h.")]
    lab = L(allotissement=0, montant_max_ht=360000,
            evidence=["La consultation ne fait pas l'objet d'un allotissement", "soit un montant maximum de 360 000 € HT sur sa durée totale"])
    return D("d13_rc_nettoyage_ehpad.docx", "RC", b, lab, header="CCAS de Villebrune – RC – Nettoyage EHPAD et résidence autonomie",
             footer="CCAS de Villebrune – consultation 2026-04")


def d14():
    b = [TITLE("RÉGION GRAND-OUEST ATLANTIQUE", "RÈGLEMENT DE LA CONSULTATION",
               "Accord-cadre de fourniture et d'installation de mobilier pour les lycées publics – AOO n° 26-LYC-012"),
         H("1. Objet et décomposition"),
         P("L'accord-cadre porte sur la fourniture, la livraison, le montage et l'installation de mobilier dans les lycées dont la Région a la charge. Il est décomposé en trois lots :"),
         LST(["lot 1 : mobilier d'enseignement général (tables, chaises, tableaux) ;",
              "lot 2 : mobilier d'internat ;", "lot 3 : mobilier de restauration et de foyers."]),
         P("Le montant maximum de l'accord-cadre, tous lots confondus, est fixé à 3 200 000 € HT pour la durée totale de quatre ans."),
         H("2. Durée"),
         P("Un an à compter de la notification, reconductible trois fois par période d'un an."),
         H("3. Candidature"),
         P("Les candidats justifient de leurs capacités : chiffre d'affaires annuel dans le domaine du mobilier, références de livraisons en établissements scolaires, moyens de montage et de service après-vente. Le chiffre d'affaires minimal exigé ne peut excéder 1,5 fois la valeur estimée du lot."),
         H("4. Échantillons"),
         P("Pour les lots 1 et 2, les candidats déposent les échantillons désignés au BPU au lycée Jean-Moulin, 12 rue de la Marne, 44600 Saint-Nazel, entre le 1er et le 5 juin 2026."),
         H("5. Jugement des offres"),
         P("Chaque offre reçoit une note finale N sur 20 calculée comme suit :"),
         P("N = 0,45 × Np + 0,35 × Nt + 0,20 × Ne"),
         P("où Np est la note de prix (DQE), Nt la note de valeur technique (qualité et robustesse des échantillons, garanties, délais et conditions de montage) et Ne la note de performance environnementale de l'offre, établie au vu de la fiche « développement durable » : part de matériaux recyclés ou biosourcés, démontabilité et réparabilité du mobilier, disponibilité des pièces détachées sur dix ans, réduction et reprise des emballages de livraison."),
         P("En cas d'égalité, la note Nt départage les offres."),
         H("6. Modalités de remise"),
         P("Remise électronique obligatoire sur https://marches.grand-ouest-atlantique.fr avant le 12 juin 2026 à 12 h. Offre rédigée en français, prix en euros."),
         H("7. Renseignements"),
         P("Direction des lycées, service équipement : equipement.lycees@go-atlantique.fr. Recours : tribunal administratif de Nantes.")]
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_max_ht=3200000,
            evidence=["N = 0,45 × Np + 0,35 × Nt + 0,20 × Ne", "Ne la note de performance environnementale de l'offre",
                      "Il est décomposé en trois lots", "fixé à 3 200 000 € HT pour la durée totale de quatre ans"])
    return D("d14_rc_mobilier_lycees.pdf", "RC", b, lab, header="Région Grand-Ouest Atlantique – RC – AOO 26-LYC-012",
             footer="Direction de la commande publique", cols=2)


def d15():
    b = [TITLE("CHU DE SAINT-AMAND-SUR-CHER", "RÈGLEMENT DE CONSULTATION",
               "Fourniture de dispositifs médicaux de perfusion et d'accès vasculaire – Appel d'offres ouvert"),
         H("Article 1 – Objet"),
         P("Fourniture de dispositifs médicaux stériles de perfusion (perfuseurs, prolongateurs, robinets, valves bidirectionnelles) et d'accès vasculaire (cathéters courts sécurisés, aiguilles de Huber) pour les sites du CHU et des établissements parties au GHT du Berry-Sud."),
         H("Article 2 – Allotissement"),
         P("La consultation comporte 12 lots, attribués séparément. Le détail des lots et des quantités estimatives figure à l'annexe 1 du RC. Les lots 7 à 12 comportent des pompes mises à disposition ; la compatibilité avec l'environnement informatique du CHU (logiciel de prescription, interface HL7) est exigée."),
         H("Article 3 – Durée"),
         P("Accords-cadres à bons de commande, sans minimum, d'une durée de quatre ans ferme."),
         H("Article 4 – Justificatifs de candidature"),
         P("DC1, DC2 ou DUME ; déclaration sur l'honneur relative aux interdictions de soumissionner (articles L. 2141-1 à L. 2141-5) et à l'obligation d'emploi des travailleurs handicapés (articles L. 5212-1 à L. 5212-11 du code du travail) ; certificats de marquage CE des dispositifs ; attestation de matériovigilance."),
         H("Article 5 – Offre"),
         P("Acte d'engagement par lot, BPU, fiches techniques, notices d'utilisation et dossier de matériovigilance ; échantillons gratuits en nombre suffisant pour les essais (annexe 2)."),
         H("Article 6 – Critères"),
         TAB([["Critère", "Pondération", "Modalités"],
              ["Valeur technique", "50 %", "essais par un panel d'utilisateurs (IDE, anesthésistes), grille annexe 3"],
              ["Prix", "40 %", "coût d'usage annuel au vu du BPU et des quantités estimatives"],
              ["Sécurité d'approvisionnement", "10 %", "stock de sécurité, délais, plan de continuité en cas de rupture"]],
             widths=[3, 1.2, 5], align="lll"),
         H("Article 7 – Essais"),
         P("Les essais se déroulent sur trois semaines dans les services de réanimation, d'oncologie et de pédiatrie. Un produit obtenant une note inférieure à 8/20 sur la valeur technique est éliminé."),
         H("Article 8 – Remise des plis"),
         P("Date limite de réception : 8 septembre 2026, 12 h, sur https://www.achats-chu-saintamand.fr. Renseignements : cellule des marchés pharmaceutiques, pharmacie-marches@chu-saintamand.fr.")]
    lab = L(allotissement=1, nb_lots=12, evidence=["La consultation comporte 12 lots, attribués séparément"])
    return D("d15_rc_dispositifs_perfusion.pdf", "RC", b, lab, header="CHU de Saint-Amand-sur-Cher – RC – DM perfusion 2026",
             footer="Pharmacie à usage intérieur – cellule marchés")


# ----------------------------------------------------------------------------- CCAP / CCP
def d16():
    b = [TITLE("SA D'HLM LOGIVESLE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Construction de 38 logements collectifs et d'un local d'activité – Îlot des Remparts à Fismes-sur-Vesle"),
         H("Article 1 – Objet du marché – dispositions générales"),
         P("1.1 Le présent CCAP s'applique aux marchés de travaux passés pour la construction de 38 logements locatifs sociaux (R+4 sur sous-sol) et d'un local d'activité en rez-de-chaussée."),
         P("1.2 Les travaux sont répartis en cinq lots : lot 1 terrassements – gros œuvre ; lot 2 étanchéité – couverture ; lot 3 menuiseries extérieures ; lot 4 plâtrerie – isolation – peinture ; lot 5 plomberie – chauffage – VMC."),
         P("1.3 Le CCAG applicable est celui des marchés publics de travaux approuvé par l'arrêté du 30 mars 2021."),
         H("Article 2 – Pièces constitutives"),
         P("Par ordre de priorité : l'acte d'engagement ; le présent CCAP ; le CCTP commun et le CCTP du lot ; la DPGF ; le calendrier détaillé d'exécution ; le CCAG Travaux ; le mémoire technique du titulaire."),
         H("Article 3 – Prix et variation"),
         P("Les prix sont forfaitaires, révisables mensuellement par application de l'index BT01 (lots 1 et 2) ou de l'index du corps d'état concerné. Le mois zéro est celui de la date limite de remise des offres."),
         H("Article 4 – Délais et pénalités de retard"),
         P("Le délai d'exécution global est de 20 mois, y compris la période de préparation. La pénalité de retard est fixée à 1/3000 du montant du marché par jour calendaire, sans plafond inférieur à celui du CCAG."),
         H("Article 5 – Action d'insertion professionnelle"),
         P("5.1 En application de l'article L. 2112-2 du code de la commande publique, le titulaire des lots mentionnés ci-après s'engage à réaliser une action d'insertion permettant l'accès ou le retour à l'emploi de personnes rencontrant des difficultés sociales ou professionnelles particulières. Le volume d'heures à réaliser par lot est le suivant :"),
         RTAB([["Lot", "Heures d'insertion"], ["1 – Terrassements – gros œuvre", "1 400"], ["2 – Étanchéité – couverture", "néant"],
               ["3 – Menuiseries extérieures", "600"], ["4 – Plâtrerie – isolation – peinture", "250"], ["5 – Plomberie – chauffage – VMC", "néant"],
               ["Total de l'opération", "2 250"]], widths=[4, 1.5], align="lr", bold_last=True),
         P("5.2 Publics éligibles : demandeurs d'emploi de longue durée, bénéficiaires des minima sociaux, jeunes de moins de 26 ans de niveau infra-bac, travailleurs handicapés, personnes prises en charge par une structure d'insertion par l'activité économique, résidents des quartiers prioritaires. L'éligibilité est validée par le facilitateur de la Maison de l'Emploi du Grand Vesle."),
         P("5.3 Modalités : embauche directe (CDD, CDI, contrat de professionnalisation) ; mise à disposition par une ETTI, une association intermédiaire ou un GEIQ ; sous-traitance ou co-traitance avec une entreprise d'insertion."),
         P("5.4 Suivi et pénalités : le titulaire transmet chaque mois l'état des heures réalisées. En cas de non-respect de l'engagement, non imputable au maître d'ouvrage, une pénalité de 45 € HT par heure non réalisée est appliquée lors du décompte général."),
         H("Article 6 – Gestion des déchets de chantier"),
         P("Chaque titulaire trie ses déchets à la source selon cinq flux au minimum (inertes, bois, métaux, plâtre, déchets non dangereux en mélange) dans les bennes de la base vie, et remet les bordereaux de suivi et justificatifs de valorisation au coordonnateur. L'objectif de valorisation matière est de 70 % en masse. Le brûlage et l'enfouissement sur site sont interdits ; en cas de manquement constaté, le nettoyage et le tri sont effectués aux frais du titulaire défaillant après mise en demeure restée sans effet sous 48 heures."),
         H("Article 7 – Réception"),
         P("La réception est prononcée dans les conditions de l'article 41 du CCAG Travaux. Les opérations préalables comprennent les essais COPREC et la remise du DOE."),
         H("Article 8 – Dérogations au CCAG"),
         P("L'article 4 déroge à l'article 19.2.1 du CCAG. L'article 5.4 complète l'article 19 du CCAG.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2250, clause_environnementale=1, allotissement=1, nb_lots=5,
            evidence=["s'engage à réaliser une action d'insertion", "Total de l'opération 2 250",
                      "Chaque titulaire trie ses déchets à la source selon cinq flux au minimum", "Les travaux sont répartis en cinq lots"])
    return D("d16_ccap_logements_remparts.pdf", "CCAP", b, lab, header="Logivesle – CCAP – 38 logements Îlot des Remparts",
             footer="CCAP – indice A – avril 2026", hyphen=True)


def d17():
    b = [TITLE("COMMUNAUTÉ DE COMMUNES CŒUR DE SOLOGNE-EST", "CAHIER DES CLAUSES PARTICULIÈRES (CCP)",
               "Marché à procédure adaptée – Nettoyage des bâtiments intercommunaux (siège, médiathèque, maison France Services)"),
         H("Article 1 – Objet"),
         P("Le présent CCP, valant CCAP et CCTP, fixe les conditions d'exécution du nettoyage courant et périodique de trois bâtiments d'une surface totale de 2 180 m²."),
         P("Le marché n'est pas alloti."),
         H("Article 2 – Forme du marché"),
         P("Accord-cadre à bons de commande passé en application des articles R. 2162-2 et R. 2162-13 du code de la commande publique, sans minimum, avec un montant maximum de 60 000 € HT sur la durée totale (trois ans)."),
         H("Article 3 – Consistance des prestations"),
         P("Les fréquences sont fixées au tableau de l'annexe 1 : quotidien pour les sanitaires et l'accueil, hebdomadaire pour les bureaux, trimestriel pour les vitres intérieures."),
         H("Article 4 – Produits, matériels et méthodes"),
         P("Les produits d'entretien utilisés pour le nettoyage courant sont titulaires de l'Ecolabel européen ou d'un label équivalent ; les fiches techniques sont remises avant le démarrage. Les produits concentrés sont dilués au moyen de centrales de dosage. Le titulaire privilégie le pré-imprégné et la microfibre lavable, et n'utilise pas d'aérosols ni de lingettes jetables, sauf pour la désinfection ponctuelle demandée par la collectivité. Les sacs fournis sont en plastique recyclé."),
         H("Article 5 – Personnel"),
         P("Le titulaire affecte un personnel qualifié, muni d'une tenue à son nom. Il désigne un chef d'équipe joignable aux heures d'ouverture."),
         H("Article 6 – Contrôle"),
         P("Un contrôle contradictoire mensuel est réalisé sur la base de la grille annexe 2. Deux non-conformités successives sur un même site donnent lieu à une réfaction de 5 % de la facture mensuelle."),
         H("Article 7 – Prix et règlement"),
         P("Prix unitaires du BPU, révisés annuellement selon l'indice ICHT-E. Paiement à 30 jours par virement administratif."),
         H("Article 8 – Jugement des offres"),
         TAB([["Critère", "Poids"], ["Prix (DQE)", "60 %"], ["Valeur technique (organisation, fréquences, encadrement)", "30 %"],
              ["Performance environnementale (produits, dosage, gestion de l'eau et des déchets)", "10 %"]], widths=[5, 1], align="lr"),
         H("Article 9 – Litiges"),
         P("Tribunal administratif d'Orléans.")]
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=0, montant_max_ht=60000,
            evidence=["sont titulaires de l'Ecolabel européen ou d'un label équivalent",
                      "Performance environnementale (produits, dosage, gestion de l'eau et des déchets)", "Le marché n'est pas alloti.",
                      "montant maximum de 60 000 € HT sur la durée totale"])
    return D("d17_ccp_nettoyage_batiments.docx", "CCAP", b, lab, header="CC Cœur de Sologne-Est – CCP nettoyage 2026",
             footer="CCP – MAPA 2026-07")


def d18():
    b = [TITLE("SDIS DE LA CHARENTE-BOCAGE", "CCAP", "Accord-cadre de fourniture de tenues de service et d'intervention des sapeurs-pompiers – 2 lots"),
         H("Article 1 – Objet – lots"),
         P("Le présent accord-cadre a pour objet la fourniture de tenues pour les sapeurs-pompiers professionnels et volontaires du SDIS. Il comprend deux lots : lot 1 – vestes et surpantalons d'intervention textile (norme NF EN 469) ; lot 2 – tenues de service et de sport (polos, pantalons F1, tee-shirts, sweat-shirts)."),
         H("Article 2 – Durée"),
         P("L'accord-cadre est conclu pour un an à compter de sa notification, reconductible trois fois."),
         H("Article 3 – Commandes et livraisons"),
         P("Les bons de commande sont émis par le groupement logistique. Délai de livraison : 30 jours pour les articles de stock, 60 jours pour les articles personnalisés (brodés ou marqués)."),
         H("Article 4 – Conditions sociales de fabrication"),
         P("4.1 Le titulaire garantit que les articles livrés, y compris leurs composants, sont fabriqués dans des conditions respectant les conventions fondamentales de l'Organisation internationale du travail : n° 29 et 105 (travail forcé), n° 87 et 98 (liberté syndicale et négociation collective), n° 100 et 111 (égalité de rémunération, non-discrimination), n° 138 et 182 (travail des enfants), ainsi que n° 155 et 187 (sécurité et santé au travail)."),
         P("4.2 Il communique, dans le mois suivant la notification, la liste des sites de confection et de tissage utilisés, et informe le SDIS de tout changement. Sur demande, il produit le rapport d'un audit social réalisé par un tiers indépendant datant de moins de deux ans, ou s'engage à le faire réaliser dans les six mois."),
         P("4.3 En cas de manquement grave établi (travail des enfants, travail forcé), le SDIS peut prononcer la résiliation pour faute dans les conditions du CCAG-FCS, après mise en demeure."),
         H("Article 5 – Conditionnement et emballages"),
         P("Les articles sont livrés pliés par taille et par agent, sans emballage plastique individuel, dans des cartons réutilisables ou constitués d'au moins 80 % de fibres recyclées. Le titulaire reprend à ses frais les emballages de livraison et les tenues réformées du lot 2 pour réemploi ou recyclage, et en justifie une fois par an."),
         H("Article 6 – Prix"),
         P("Prix unitaires fermes la première année, puis révisés à chaque reconduction selon l'indice INSEE « Fabrication de vêtements de travail » (identifiant 010764312), avec une clause butoir de 4 %."),
         H("Article 7 – Pénalités"),
         P("Retard de livraison : 50 € par jour calendaire et par bon de commande. Non-transmission de la liste des sites de fabrication : 200 € par semaine de retard."),
         H("Article 8 – Vérifications et admission"),
         P("Les contrôles qualitatifs portent sur les certificats d'examen UE de type, les fiches de composition et la conformité aux échantillons. La décision d'admission est prise dans les 15 jours.")]
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=2,
            evidence=["fabriqués dans des conditions respectant les conventions fondamentales de l'Organisation internationale du travail",
                      "sans emballage plastique individuel", "Il comprend deux lots"])
    return D("d18_ccap_tenues_sdis.pdf", "CCAP", b, lab, header="SDIS de la Charente-Bocage – CCAP Tenues 2026-2030",
             footer="Groupement logistique – marché 2026-GL-03")


def d19():
    b = [TITLE("UNIVERSITÉ DE PICARDIE-MARITIME", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES",
               "Tierce maintenance applicative du progiciel de gestion des ressources humaines et de la paie – Marché n° 2026-DSI-04"),
         H("ARTICLE 1 – OBJET"),
         P("Le marché porte sur la maintenance corrective, réglementaire et évolutive du progiciel RH-Paie de l'université (environ 2 900 agents payés), l'assistance aux gestionnaires et la reprise des interfaces avec l'annuaire LDAP et le système d'information financier."),
         H("ARTICLE 2 – FORME ET MONTANT"),
         P("Accord-cadre mono-attributaire à bons de commande (article R. 2162-2 du code de la commande publique). Montant maximum : 480 000 € HT sur la durée totale du marché (quatre ans). Il n'est pas fixé de montant minimum."),
         H("ARTICLE 3 – ENVIRONNEMENTS"),
         P("Le titulaire intervient sur les environnements de développement, de recette, de pré-production et de production hébergés dans le centre de données de l'université. Toute livraison est d'abord installée en environnement de recette ; la mise en production est autorisée par le chef de projet après procès-verbal de VABF."),
         H("ARTICLE 4 – NIVEAUX DE SERVICE"),
         P("Anomalie bloquante : prise en compte sous 2 heures ouvrées, contournement sous 1 jour ouvré. Anomalie majeure : correction sous 5 jours ouvrés. Une anomalie affectant l'insertion des éléments variables de paie dans le calcul mensuel est traitée comme bloquante entre le 10 et le 20 de chaque mois."),
         H("ARTICLE 5 – PÉNALITÉS"),
         P("Dépassement des délais de l'article 4 : 150 € par heure ouvrée pour une anomalie bloquante, 80 € par jour ouvré pour une anomalie majeure, plafonnées à 10 % du montant des commandes de l'année."),
         H("ARTICLE 6 – CONFIDENTIALITÉ – DONNÉES PERSONNELLES"),
         P("Le titulaire agit en qualité de sous-traitant au sens de l'article 28 du RGPD. Il ne peut transférer de données hors de l'Union européenne. Une annexe de protection des données est jointe au marché."),
         H("ARTICLE 7 – OBLIGATIONS SOCIALES ET FISCALES"),
         P("Conformément aux articles L. 8222-1 et D. 8222-5 du code du travail, le titulaire remet tous les six mois jusqu'à la fin de l'exécution du marché l'attestation de fourniture des déclarations sociales émanant de l'URSSAF et, le cas échéant, la liste nominative des salariés étrangers soumis à autorisation de travail (article D. 8254-2). Le marché ne comporte pas de clause sociale d'exécution."),
         H("ARTICLE 8 – RÉVISION DES PRIX"),
         P("Indice Syntec, révision annuelle à la date anniversaire de la notification."),
         H("ARTICLE 9 – RÉSILIATION"),
         P("Les articles 36 à 42 du CCAG-TIC s'appliquent. Le titulaire assure la réversibilité : remise des sources, de la documentation et transfert de compétences pendant trois mois."),
         H("ARTICLE 10 – DÉROGATIONS AU CCAG-TIC"),
         P("L'article 5 déroge à l'article 14.1 du CCAG-TIC.")]
    lab = L(montant_max_ht=480000, evidence=["Montant maximum : 480 000 € HT sur la durée totale du marché (quatre ans)"])
    return D("d19_ccap_tma_sirh.txt", "CCAP", b, lab)


def d20():
    b = [TITLE("PRÉFET DE LA RÉGION CENTRE-LOIRE", "Direction régionale de l'environnement, de l'aménagement et du logement",
               "CAHIER DES CLAUSES PARTICULIÈRES – Accompagnement en communication et concertation des projets de l'État en région"),
         H("Article 1 – Objet"),
         P("Le marché a pour objet la conception et l'animation de dispositifs de concertation du public (réunions, ateliers, registres numériques), la rédaction de supports d'information et l'organisation de deux événements annuels pour la DREAL Centre-Loire."),
         H("Article 2 – Durée et montant"),
         P("Marché conclu pour 24 mois, reconductible une fois 12 mois. Il est passé sous la forme d'un accord-cadre mono-attributaire exécuté par bons de commande, avec un montant maximum de 200 000 € HT pour toute la durée, reconduction comprise."),
         H("Article 3 – Modalités d'exécution"),
         P("Chaque bon de commande précise le projet concerné, les livrables attendus et le calendrier. Les supports sont remis en format source et en format accessible (RGAA 4.1 pour les supports numériques)."),
         H("Article 4 – Obligations sociales du titulaire"),
         P("4.1 Égalité professionnelle. Pendant toute la durée du marché, le titulaire met en œuvre des actions en faveur de l'égalité entre les femmes et les hommes au sein de l'équipe affectée : parité des intervenants en réunion publique chaque fois que l'effectif le permet, formation de l'équipe à la prévention du sexisme et des violences sexistes et sexuelles, et publication interne des écarts de rémunération."),
         P("4.2 Apprentissage. Le titulaire accueille, au sein de l'équipe dédiée au marché, au moins un apprenti ou un alternant préparant un diplôme dans les métiers de la communication, de la médiation ou de l'événementiel, pendant une durée cumulée d'au moins douze mois sur la durée du marché. À défaut d'apprenti, le titulaire justifie des démarches accomplies auprès des centres de formation d'apprentis de la région."),
         P("4.3 Le titulaire adresse chaque année au pouvoir adjudicateur un bilan des actions menées au titre des points 4.1 et 4.2. L'absence de bilan après mise en demeure entraîne une pénalité forfaitaire de 500 €."),
         H("Article 5 – Propriété intellectuelle"),
         P("Option A du CCAG-PI : cession à titre exclusif des droits d'exploitation des résultats, pour le monde entier et la durée légale des droits d'auteur."),
         H("Article 6 – Prix et paiement"),
         P("Prix unitaires du BPU, fermes la première année puis révisables. Délai global de paiement : 30 jours. Avance de 20 % pour les PME (article R. 2191-7)."),
         H("Article 7 – Pénalités de retard"),
         P("1/1000 du montant du bon de commande par jour de retard dans la remise des livrables.")]
    lab = L(clause_sociale=1, montant_max_ht=200000,
            evidence=["le titulaire met en œuvre des actions en faveur de l'égalité entre les femmes et les hommes",
                      "Le titulaire accueille, au sein de l'équipe dédiée au marché, au moins un apprenti ou un alternant",
                      "montant maximum de 200 000 € HT pour toute la durée, reconduction comprise"])
    return D("d20_ccp_dreal_communication.pdf", "CCAP", b, lab, header="DREAL Centre-Loire – CCP – Communication et concertation",
             footer="Secrétariat général – pôle achats")


def d21():
    b = [TITLE("VILLE DE PONTVALLAIN-LES-EAUX", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Entretien des espaces verts, parcs et cimetières – accord-cadre 2026-2029"),
         H("Article 1 – Objet et lots"),
         P("Le marché porte sur l'entretien des espaces verts de la ville. Il est divisé en deux lots : lot 1 – tonte, taille, désherbage et entretien des massifs ; lot 2 – élagage et abattage d'arbres d'alignement."),
         H("Article 2 – Marché réservé (lot 1)"),
         P("Conformément à l'article L. 2113-13 du code de la commande publique, le lot 1 est réservé aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du travail (entreprises d'insertion, ateliers et chantiers d'insertion, associations intermédiaires, entreprises de travail temporaire d'insertion) et aux structures équivalentes. Le lot 2 n'est pas réservé."),
         H("Article 3 – Durée"),
         P("Un an à compter du 1er janvier 2027, reconductible trois fois."),
         H("Article 4 – Conditions environnementales d'exécution"),
         P("4.1 Aucun produit phytopharmaceutique n'est utilisé, y compris dans les cimetières et sur les terrains de sport, à l'exception des produits de biocontrôle et des produits utilisables en agriculture biologique figurant sur la liste officielle."),
         P("4.2 Les déchets verts sont broyés et valorisés en paillage sur place ou déposés sur la plateforme de compostage de la Ville ; leur mise en décharge est interdite. Les tontes sont laissées sur place (mulching) dans les zones de gestion différenciée définies au plan de gestion."),
         P("4.3 Le petit matériel thermique (souffleurs, taille-haies, débroussailleuses) est remplacé par du matériel électrique sur batterie au plus tard à la première reconduction. Les engins fonctionnent avec des huiles de chaîne biodégradables."),
         H("Article 5 – Prix"),
         P("Prix unitaires révisables selon l'indice « Entretien des espaces verts » (EV4)."),
         H("Article 6 – Pénalités"),
         P("Prestation non exécutée dans le délai du bon de commande : 100 € par jour. Emploi constaté d'un produit interdit à l'article 4.1 : 1 000 € par constat."),
         H("Article 7 – Assurances"),
         P("Le titulaire justifie d'une assurance responsabilité civile couvrant les dommages causés aux tiers et aux biens de la Ville.")]
    lab = L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, allotissement=1, nb_lots=2,
            evidence=["Conformément à l'article L. 2113-13 du code de la commande publique, le lot 1 est réservé",
                      "Aucun produit phytopharmaceutique n'est utilisé", "Il est divisé en deux lots"])
    return D("d21_ccap_espaces_verts_pontvallain.docx", "CCAP", b, lab, header="Ville de Pontvallain-les-Eaux – CCAP espaces verts",
             footer="Direction du cadre de vie")


def d22():
    b = [TITLE("COMMUNE DE BELLEVILLE-EN-ARGONNE", "C.C.A.P.", "Travaux de réfection de voirie et de trottoirs – programme 2026 (rue Carnot, rue des Écoles, impasse du Moulin)"),
         H("Article 1 – Objet – Décomposition"),
         P("Le présent marché concerne les travaux de réfection de chaussées et de trottoirs du programme 2026. Il n'est pas alloti : la coordination de plusieurs entreprises sur des emprises étroites, en centre-bourg, rendrait l'exécution plus coûteuse et plus longue (article L. 2113-11 du CCP). Le montant prévisionnel des travaux est estimé à 412 000 € HT."),
         H("Article 2 – Pièces contractuelles"),
         P("Acte d'engagement ; présent CCAP ; CCTP et ses annexes ; BPU ; DQE ; CCAG-Travaux 2021."),
         H("Article 3 – Prix"),
         P("Marché à prix unitaires, révisables selon l'index TP09 (fabrication et mise en œuvre d'enrobés). Le coefficient de révision est arrondi au millième supérieur."),
         H("Article 4 – Délais"),
         P("Trois mois à compter de l'ordre de service, préparation comprise. Les travaux de la rue des Écoles sont exécutés pendant les congés scolaires de juillet et août."),
         H("Article 5 – Sous-traitance"),
         P("Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de l'acceptation du sous-traitant et de l'agrément de ses conditions de paiement (articles R. 2193-1 et suivants). Le sous-traitant de premier rang d'un montant supérieur à 600 € TTC est payé directement."),
         H("Article 6 – Clause sociale"),
         P("Sans objet. Le précédent programme (2024) comportait une action d'insertion de 400 heures ; compte tenu du faible volume de main-d'œuvre du présent programme, la commune n'a pas retenu de clause d'insertion pour 2026."),
         H("Article 7 – Obligations du titulaire au regard du code du travail"),
         P("Le titulaire respecte les dispositions relatives au travail dissimulé (articles L. 8221-1 et suivants) et au détachement de salariés (articles L. 1262-1 et suivants). Il transmet la déclaration préalable de détachement de chacun de ses salariés détachés et ceux de ses sous-traitants."),
         H("Article 8 – Pénalités"),
         P("Retard : 300 € par jour calendaire. Non-respect des prescriptions de signalisation temporaire : 150 € par constat."),
         H("Article 9 – Réception"),
         P("Réception dans les conditions de l'article 41 du CCAG-Travaux, après essais de compacité et contrôle des épaisseurs d'enrobés."),
         H("Article 10 – Garantie"),
         P("Délai de garantie d'un an. Retenue de garantie de 5 %, remplaçable par une garantie à première demande.")]
    lab = L(allotissement=0, montant_estime_ht=412000,
            evidence=["Il n'est pas alloti", "Le montant prévisionnel des travaux est estimé à 412 000 € HT"])
    return D("d22_ccap_voirie_belleville.pdf", "CCAP", b, lab, header="Commune de Belleville-en-Argonne – CCAP voirie 2026",
             footer="CCAP – programme de voirie 2026")


def d23():
    b = [TITLE("CCAS DE LA VILLE DE MONTBRISSAC", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES",
               "Confection et livraison de repas à domicile pour les personnes âgées et handicapées"),
         H("Art. 1 - Objet"),
         P("Le marché a pour objet la confection en liaison froide et la livraison au domicile des bénéficiaires d'environ 52 000 repas par an (déjeuner et, en option, dîner), 7 jours sur 7. Il ne fait pas l'objet d'une décomposition en lots, la confection et la livraison formant une même chaîne de responsabilité sanitaire."),
         H("Art. 2 - Forme et durée"),
         P("Accord-cadre à bons de commande, montant minimum : 150 000 € HT ; montant maximum : 540 000 € HT sur la durée totale du marché. Durée : 1 an reconductible 2 fois."),
         H("Art. 3 - Livraison"),
         P("Les repas sont livrés entre 8 h et 12 h dans des véhicules frigorifiques respectant la réglementation sanitaire. Le livreur remet le repas en main propre et signale au CCAS toute anomalie constatée (absence, état de santé préoccupant)."),
         H("Art. 4 - Conditions d'exécution relatives aux véhicules"),
         P("Les véhicules affectés à la livraison sont classés Crit'Air 1 ou électriques dès le début d'exécution. A partir de la première reconduction, au moins la moitié des tournées sont assurées par des véhicules électriques ou au biogaz. Les tournées sont optimisées et communiquées au CCAS ; les moteurs sont coupés à chaque arrêt."),
         H("Art. 5 - Condition d'exécution à caractère social"),
         P("Le titulaire s'engage à ce qu'au moins 10 % des heures travaillées pour la livraison des repas soient effectuées par des personnes rencontrant des difficultés sociales ou professionnelles particulières (demandeurs d'emploi de longue durée, bénéficiaires du RSA, travailleurs handicapés, jeunes suivis par la mission locale). Il peut recourir à l'embauche directe ou à la mise à disposition par une structure d'insertion. Un bilan semestriel est transmis au CCAS, qui s'appuie sur le facilitateur du PLIE Montbrissac-Agglo."),
         H("Art. 6 - Prix"),
         P("Prix unitaire par repas livré, révisé annuellement selon l'indice des prix à la consommation « Restauration collective » (identifiant INSEE 001764085)."),
         H("Art. 7 - Pénalités"),
         P("Repas non livré : 25 € par repas. Livraison hors créneau : 5 € par repas. Non-respect de l'article 5, constaté sur un semestre : 2 000 €."),
         H("Art. 8 - Résiliation"),
         P("CCAG-FCS, articles 38 à 45.")]
    lab = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=0, montant_max_ht=540000,
            evidence=["au moins 10 % des heures travaillées pour la livraison des repas soient effectuées par des personnes rencontrant des difficultés",
                      "classés Crit'Air 1 ou électriques", "Il ne fait pas l'objet d'une décomposition en lots",
                      "montant maximum : 540 000 € HT"])
    return D("d23_ccap_portage_repas.txt", "CCAP", b, lab)


# ----------------------------------------------------------------------------- CCTP
def d24():
    b = [TITLE("SIVU DE RESTAURATION SCOLAIRE DU VAL D'ORGE-SUD", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Fourniture de repas en liaison froide pour les restaurants scolaires et les accueils de loisirs"),
         H("1. Contexte"),
         P("Le SIVU dessert 14 restaurants scolaires et 3 accueils de loisirs, soit environ 3 100 repas par jour scolaire. Les repas sont confectionnés par le titulaire dans sa cuisine centrale agréée et livrés en liaison froide dans les offices satellites."),
         H("2. Composition des menus"),
         P("Les menus respectent l'arrêté du 30 septembre 2011 relatif à la qualité nutritionnelle des repas servis dans le cadre de la restauration scolaire. Un plan alimentaire sur 20 repas est soumis à la commission des menus, qui se réunit tous les deux mois."),
         P("Un menu végétarien est servi au moins une fois par semaine. Les grammages sont ceux du GEMRCN."),
         H("3. Contenants et conditionnement"),
         P("Depuis le 1er janvier 2025, les contenants alimentaires de cuisson, de réchauffe et de service en matière plastique sont interdits. Le titulaire livre les préparations en bacs gastronormes inox réutilisables qu'il reprend, lave et désinfecte. Les portions individuelles (yaourts, fromages) sont limitées aux produits pour lesquels aucun conditionnement en vrac n'existe ; les sachets individuels de sel, poivre et sauces ne sont pas fournis."),
         H("4. Lutte contre le gaspillage alimentaire"),
         P("Le titulaire ajuste les quantités aux effectifs transmis la veille avant 10 h. Il participe aux pesées trimestrielles des restes dans trois restaurants tests et propose des mesures correctives (grammages, présentation). Les denrées non servies et consommables sont proposées à une association d'aide alimentaire dans le respect des règles sanitaires."),
         H("5. Biodéchets"),
         P("Les biodéchets de la cuisine centrale font l'objet d'un tri à la source et d'une valorisation par méthanisation ou compostage. Le titulaire fournit chaque année le tonnage collecté et le justificatif de la filière."),
         H("6. Livraisons"),
         P("Les livraisons ont lieu entre 6 h 30 et 9 h 30. Les véhicules frigorifiques utilisés répondent au minimum à la norme Euro VI ; le titulaire organise ses tournées de façon à limiter les kilomètres parcourus et transmet le plan de tournées au SIVU au démarrage."),
         H("7. Traçabilité et contrôles"),
         P("Le titulaire tient à disposition les fiches techniques, les bons de livraison et les résultats d'analyses microbiologiques. Le SIVU peut faire réaliser des prélèvements inopinés par un laboratoire agréé. Une non-conformité microbiologique entraîne la non-facturation du repas concerné."),
         H("8. Animations"),
         P("Quatre animations par an sont proposées (semaine du goût, repas régional, etc.), sans surcoût pour le SIVU.")]
    lab = L(clause_environnementale=1,
            evidence=["Le titulaire livre les préparations en bacs gastronormes inox réutilisables",
                      "Les biodéchets de la cuisine centrale font l'objet d'un tri à la source"])
    return D("d24_cctp_restauration_scolaire.pdf", "CCTP", b, lab, header="SIVU Val d'Orge-Sud – CCTP restauration scolaire",
             footer="CCTP – liaison froide 2026", cols=2)


def d25():
    b = [TITLE("DÉPARTEMENT DE LA MOSELLE-SUD", "CCTP", "Acquisition, paramétrage et maintenance d'un logiciel de gestion du RSA et des parcours d'insertion"),
         H("1. Objet"),
         P("Le présent CCTP décrit les exigences techniques et fonctionnelles de la solution logicielle destinée aux services de la direction de l'insertion et de l'emploi (DIE) : instruction et suivi des droits au RSA, orientation des bénéficiaires, contrats d'engagement réciproque, suivi des parcours et des actions du programme départemental d'insertion (PDI)."),
         H("2. Environnement technique existant"),
         P("Postes de travail Windows 11, navigateurs Edge et Firefox ; annuaire Active Directory ; bases de données PostgreSQL 15 ; serveurs virtualisés VMware dans le datacenter départemental. La solution s'intègre dans cet environnement sans installation locale sur les postes."),
         H("3. Exigences fonctionnelles"),
         LST(["import des flux CAF et MSA (fichiers mensuels) et insertion automatique des nouveaux entrants dans la file d'orientation ;",
              "gestion des référents de parcours et des structures conventionnées (SIAE, PLIE, associations) ;",
              "saisie et édition des contrats d'engagement réciproque, alertes d'échéance ;",
              "tableaux de bord : nombre d'orientations, délais, sorties vers l'emploi ;",
              "export des données vers l'entrepôt décisionnel et transmission des indicateurs à la DREETS."]),
         H("4. Exigences techniques"),
         P("Application full-web compatible avec les navigateurs du parc départemental ; authentification unique SAML ; journalisation des accès ; temps de réponse inférieur à 2 secondes pour 95 % des requêtes. L'hébergement est certifié HDS si des données de santé sont traitées."),
         H("5. Reprise des données"),
         P("Le titulaire reprend l'historique de l'ancien logiciel sur cinq ans : 41 000 dossiers et 180 000 actions. Une recette de la reprise est organisée sur un environnement dédié."),
         H("6. Formation"),
         P("Formation des 12 administrateurs fonctionnels (3 jours) et des 140 utilisateurs (1 jour, par groupes de 10), support de formation remis sous format modifiable."),
         H("7. Maintenance et assistance"),
         P("Assistance téléphonique et par ticket de 8 h 30 à 17 h 30 les jours ouvrés ; maintenance corrective et réglementaire (évolutions législatives du RSA, de France Travail et des contrats d'insertion) incluse dans la redevance."),
         H("8. Réversibilité"),
         P("À l'échéance, le titulaire restitue les données dans un format ouvert documenté (CSV ou SQL) et apporte son concours au successeur pendant deux mois.")]
    lab = L()
    return D("d25_cctp_logiciel_rsa.docx", "CCTP", b, lab, header="Département de la Moselle-Sud – CCTP logiciel RSA-insertion",
             footer="DSI / Direction de l'insertion et de l'emploi")


def d26():
    b = [TITLE("SYNDICAT MIXTE DU BASSIN VERSANT DE L'ORVANNE", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Restauration hydromorphologique de l'Orvanne et de ses berges – tranche 2026 – Lot 2 : génie végétal"),
         H("Chapitre 1 – Présentation"),
         P("1.1 L'opération comporte deux lots : lot 1 terrassements et aménagements du lit ; lot 2 génie végétal (fascines, boutures, ensemencement, plantations). Le présent CCTP concerne le lot 2."),
         P("1.2 Le site se trouve dans le périmètre du site Natura 2000 « Vallée de l'Orvanne » (FR2600991). Les travaux sont autorisés par arrêté préfectoral au titre de la loi sur l'eau du 17 février 2026."),
         H("Chapitre 2 – Préservation des milieux pendant les travaux"),
         P("2.1 Calendrier : aucune intervention dans le lit ni sur la ripisylve entre le 15 mars et le 31 juillet (période de reproduction de l'avifaune et de frai). Les plantations sont réalisées hors gel, entre novembre et mars."),
         P("2.2 Avant tout démarrage, l'entrepreneur matérialise par un balisage les stations d'espèces protégées repérées par l'écologue du syndicat (Fritillaire pintade, Agrion de Mercure) ; aucune circulation ni aucun dépôt n'est admis dans ces zones."),
         P("2.3 Les engins sont nettoyés avant leur arrivée sur le chantier et à leur sortie, afin d'éviter la dissémination d'espèces exotiques envahissantes (renouée du Japon, balsamine de l'Himalaya). Les fragments de renouée sont exportés en sacs fermés vers une filière d'incinération."),
         P("2.4 Un kit anti-pollution est présent en permanence sur chaque engin ; le ravitaillement se fait sur une aire étanche située à plus de 30 m du cours d'eau. Les huiles hydrauliques sont biodégradables."),
         H("Chapitre 3 – Fournitures végétales"),
         P("3.1 Les boutures de saules sont prélevées localement sur des sujets indiqués par le maître d'œuvre. Les plants sont d'origine locale, marqués « Végétal local », en racines nues ou godets forestiers."),
         P("3.2 Le mélange d'ensemencement des berges est composé d'espèces indigènes (annexe 3) ; les gazons d'ornement sont exclus."),
         H("Chapitre 4 – Mise en œuvre"),
         P("4.1 Fascines d'hélophytes : pieux de châtaignier de 1,50 m, espacés de 0,80 m, fagots de saules vivants tressés."),
         P("4.2 Lits de plants et plançons : densité de 5 boutures par mètre linéaire ; enfoncement des 2/3 de la longueur."),
         H("Chapitre 5 – Garantie de reprise"),
         P("Taux de reprise exigé : 80 % à la fin de la première saison de végétation. Les sujets morts sont remplacés par l'entrepreneur à ses frais lors de la saison suivante.")]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=2,
            evidence=["aucune intervention dans le lit ni sur la ripisylve entre le 15 mars et le 31 juillet",
                      "afin d'éviter la dissémination d'espèces exotiques envahissantes", "L'opération comporte deux lots"])
    return D("d26_cctp_berges_orvanne.pdf", "CCTP", b, lab, header="SMBV Orvanne – CCTP lot 2 génie végétal",
             footer="Tranche 2026 – DCE")


def d27():
    b = [TITLE("SEM PATRIMOINE ET AMENAGEMENT DU PAYS D'ARLAC (SEMPAA)", "CCTP",
               "Vérifications périodiques réglementaires des installations électriques, gaz, ascenseurs et moyens de secours"),
         H("1 - OBJET"),
         P("Le présent document définit les vérifications périodiques à réaliser par un organisme accrédité sur les 46 bâtiments gérés par la SEMPAA (ERP de 1re à 5e catégorie, immeubles de bureaux, parkings)."),
         H("2 - REFERENTIELS"),
         P("Arrêté du 25 juin 1980 (règlement de sécurité ERP) ; arrêté du 26 décembre 2011 (installations électriques des lieux de travail) ; articles R. 4226-14 à R. 4226-21 du code du travail ; décret 2004-964 (ascenseurs) ; norme NF C 15-100."),
         H("3 - CONSISTANCE"),
         LST(["vérification annuelle des installations électriques et thermographie infrarouge des TGBT ;",
              "vérification des installations de gaz et des appareils de cuisson des restaurants d'entreprise ;",
              "contrôle technique quinquennal des ascenseurs ;",
              "vérification des systèmes de sécurité incendie (SSI de catégorie A et B) et des désenfumages."]),
         H("4 - CONDITIONS D'INTERVENTION"),
         P("Les vérifications sont planifiées avec le gestionnaire de chaque site. Dans les parkings souterrains et locaux techniques classés, les intervenants respectent les consignes d'intervention en environnement ATEX et disposent des habilitations électriques BR / B2V / BC."),
         H("5 - RAPPORTS"),
         P("Le rapport de vérification est remis sous 15 jours au format PDF et en données structurées (import GMAO). L'organisme procède à l'insertion du rapport et de la liste des observations dans le registre de sécurité dématérialisé de l'établissement. Les observations sont classées selon trois niveaux de gravité."),
         H("6 - SUIVI DES OBSERVATIONS"),
         P("Une réunion annuelle de synthèse présente l'état de levée des réserves et les priorités de travaux."),
         H("7 - PERSONNEL"),
         P("Les techniciens sont qualifiés au sens de l'arrêté du 22 décembre 2011 ; la liste nominative est remise à la SEMPAA avec les attestations d'habilitation.")]
    lab = L()
    return D("d27_cctp_verifications_reglementaires.txt", "CCTP", b, lab)


def d28():
    b = [TITLE("MÉTROPOLE RIVES-DE-GARONNE", "Cahier des clauses techniques particulières",
               "Nettoiement mécanisé et manuel des voies et espaces publics – secteur Rive droite"),
         H("Chapitre 1 – Objet et périmètre"),
         P("Le marché couvre le balayage mécanisé des chaussées, le lavage des trottoirs et places, le vidage des corbeilles de rue et le ramassage des dépôts sauvages sur les quartiers Bastide, Benauge et Brazza, soit 148 km de voirie."),
         H("Chapitre 2 – Fréquences et niveaux de service"),
         P("Les fréquences sont fixées par secteur au plan de propreté annexé. L'indicateur objectif de propreté (IOP, grille AVPU) est mesuré chaque mois sur 60 points de contrôle ; le niveau attendu est un score moyen inférieur ou égal à 2."),
         H("Chapitre 3 – Matériels"),
         P("3.1 Les balayeuses compactes et les laveuses de trottoirs affectées au marché sont à motorisation électrique. Les balayeuses de chaussée de plus de 12 tonnes peuvent fonctionner au bioGNV. Aucun matériel diesel n'est admis au-delà de la première année d'exécution."),
         P("3.2 Le lavage est effectué avec de l'eau non potable (eau de forage ou eau pluviale récupérée au dépôt) ; la consommation d'eau fait l'objet d'un relevé mensuel transmis à la Métropole."),
         H("Chapitre 4 – Déchets collectés"),
         P("Les produits de balayage sont déposés au centre de tri de la Métropole ; les dépôts sauvages sont triés (bois, ferraille, gravats, tout-venant) avant évacuation vers les filières adaptées."),
         H("Chapitre 5 – Volet social"),
         P("Le titulaire consacre à l'insertion professionnelle de personnes éloignées de l'emploi un volume global de 4 200 heures d'insertion sur la durée totale du marché, réparties de façon régulière. Les personnes recrutées suivent un parcours comprenant une formation aux gestes et postures et à la conduite d'engins compacts. Le service Clauses sociales de la Métropole valide les candidatures et suit la réalisation ; les modalités et pénalités sont précisées au CCAP."),
         H("Chapitre 6 – Compte rendu d'activité"),
         P("Rapport mensuel : kilomètres balayés, tonnages, interventions d'urgence (délai de 4 heures pour les dépôts signalés dangereux), IOP, consommation d'eau et d'énergie, suivi des heures d'insertion."),
         H("Chapitre 7 – Locaux"),
         P("La Métropole met à disposition le dépôt de la rue de la Benauge (vestiaires, aire de lavage, bornes de recharge). Le titulaire en assure l'entretien courant.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=4200, clause_environnementale=1,
            evidence=["un volume global de 4 200 heures d'insertion sur la durée totale du marché",
                      "sont à motorisation électrique", "Le lavage est effectué avec de l'eau non potable"])
    return D("d28_cctp_nettoiement_voirie.docx", "CCTP", b, lab, header="Métropole Rives-de-Garonne – CCTP nettoiement Rive droite",
             footer="Direction de la propreté urbaine")


# ----------------------------------------------------------------------------- AE
def d29():
    b = [TITLE("OPH TERRES DE LOIRE HABITAT", "ACTE D'ENGAGEMENT",
               "Réhabilitation de 96 logements – Résidence du Parc à Ancenis-Saint-Géréon – Lot n° 2 : plâtrerie – cloisons – faux plafonds"),
         H("A – Objet de l'acte d'engagement"),
         P("Le présent acte d'engagement concerne le lot n° 2 de l'opération, qui en comporte quatre (1 : désamiantage – démolitions ; 2 : plâtrerie – cloisons – faux plafonds ; 3 : menuiseries intérieures ; 4 : peintures – revêtements de sols)."),
         P("Procédure adaptée ouverte (articles L. 2123-1 et R. 2123-1 du code de la commande publique)."),
         H("B – Engagement du titulaire"),
         P("Après avoir pris connaissance des pièces constitutives du marché indiquées au CCAP, le signataire :"),
         TAB([["", ""], ["[ ]", "s'engage, sur la base de son offre et pour son propre compte ;"],
              ["[ ]", "engage la société ………………………… sur la base de son offre ;"],
              ["[ ]", "l'ensemble des membres du groupement s'engagent, sur la base de l'offre du groupement,"]],
             widths=[0.6, 8], header=False, lines=False),
         P("à exécuter les prestations demandées pour le prix global et forfaitaire suivant :"),
         P("Montant hors taxes : ………………………… €   TVA (10 %) : ………………… €   Montant TTC : ………………… €"),
         P("Arrêté en lettres à : ………………………………………………………………………………"),
         H("C – Engagement relatif à l'action d'insertion"),
         P("Le titulaire s'engage à réaliser, pour l'exécution du lot n° 2, l'action d'insertion prévue à l'article 9 du CCAP, soit 525 heures de travail confiées à des personnes éloignées de l'emploi, et à désigner un référent chargé du suivi auprès du facilitateur de la Maison de l'emploi du Pays d'Ancenis."),
         P("Modalité envisagée (à cocher) : [ ] embauche directe   [ ] mise à disposition (ETTI, AI, GEIQ)   [ ] sous-traitance à une SIAE"),
         H("D – Délai d'exécution"),
         P("Le délai d'exécution du lot est fixé au calendrier prévisionnel : 11 mois à compter de l'ordre de service de démarrage."),
         H("E – Compte à créditer"),
         P("Joindre un relevé d'identité bancaire ou postal. Nom de l'établissement : ………………  IBAN : ………………  BIC : ………………"),
         H("F – Avance"),
         P("Je renonce au bénéfice de l'avance : [ ] Non  [ ] Oui"),
         H("G – Signature du candidat"),
         P("Fait en un seul original, à ………………………… le ………………………… Signature du représentant habilité :"),
         H("H – Acceptation de l'offre par le pouvoir adjudicateur"),
         P("La présente offre est acceptée. À Ancenis-Saint-Géréon, le …………………… Le directeur général de Terres de Loire Habitat.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=525, allotissement=1, nb_lots=4,
            evidence=["soit 525 heures de travail confiées à des personnes éloignées de l'emploi",
                      "concerne le lot n° 2 de l'opération, qui en comporte quatre"])
    return D("d29_ae_lot2_platrerie.pdf", "AE", b, lab, header="Terres de Loire Habitat – AE – Résidence du Parc – Lot 2",
             footer="Acte d'engagement – lot 2")


def d30():
    b = [TITLE("COMMUNE DE SAINT-JULIEN-DES-AULNES", "ACTE D'ENGAGEMENT (AE)",
               "Construction d'une salle multisports – Lot n° 1 : plomberie – sanitaires"),
         H("1. Identification de l'acheteur"),
         P("Commune de Saint-Julien-des-Aulnes, représentée par Mme la Maire, autorisée par délibération du 3 mars 2026. Comptable assignataire : service de gestion comptable de Bressuire."),
         H("2. Objet"),
         P("Marché public de travaux alloti en 6 lots. Le présent AE concerne le lot n° 1 : plomberie – sanitaires – production d'eau chaude."),
         H("3. Caractéristiques de la consultation"),
         P("Procédure adaptée. Le marché est réservé : ☐ oui ☒ non"),
         P("Le marché prévoit une tranche optionnelle : ☐ oui ☒ non"),
         P("Prestations supplémentaires éventuelles : ☒ oui (PSE 1 : robinetterie temporisée des vestiaires) ☐ non"),
         H("4. Engagement du titulaire ou du groupement titulaire"),
         P("☐ Je m'engage sur la base de mon offre et pour mon propre compte. ☐ J'engage la société ………… ☐ Les membres du groupement conjoint / solidaire s'engagent, sur la base de l'offre du groupement, à exécuter les prestations pour le prix suivant :"),
         TAB([["Désignation", "Montant HT", "TVA 20 %", "Montant TTC"], ["Offre de base", "", "", ""], ["PSE 1", "", "", ""], ["Total", "", "", ""]],
             widths=[3, 2, 2, 2], align="lrrr"),
         H("5. Sous-traitance"),
         P("Montant des prestations sous-traitées déclarées à la signature (annexe DC4) : ………… € HT."),
         H("6. Délai"),
         P("Délai global de l'opération : 13 mois dont 1 mois de préparation ; le délai propre au lot est fixé par le calendrier détaillé."),
         H("7. Paiement"),
         P("Les sommes dues sont versées au compte suivant : ………… (joindre un RIB)."),
         H("8. Signature"),
         P("À …………, le ………… – Signature et cachet du titulaire."),
         H("9. Décision de l'acheteur"),
         P("La présente offre est acceptée. À Saint-Julien-des-Aulnes, le …………")]
    lab = L(allotissement=1, nb_lots=6, evidence=["Marché public de travaux alloti en 6 lots"])
    return D("d30_ae_lot1_plomberie.docx", "AE", b, lab, header="Commune de Saint-Julien-des-Aulnes – AE lot 1",
             footer="Salle multisports – DCE mai 2026")


def d31():
    b = [TITLE("HABITAT DU PAYS DE RANCE – OFFICE PUBLIC DE L'HABITAT", "ACTE D'ENGAGEMENT",
               "Accompagnement social lié au logement (ASLL) des locataires en situation de fragilité – accord-cadre 2026-2029"),
         H("ARTICLE 1 - CONTRACTANTS"),
         P("Le présent acte d'engagement est conclu entre Habitat du Pays de Rance, office public de l'habitat, 7 quai Duguay-Trouin, 22100 Dinan, représenté par son directeur général, et le titulaire désigné ci-dessous."),
         P("Nom, prénom, qualité du signataire : ……………………  Raison sociale : ……………………  SIRET : ……………………"),
         H("ARTICLE 2 - OBJET ET PROCÉDURE"),
         P("Mesures d'accompagnement social individuel des locataires en impayé ou en difficulté d'appropriation du logement, diagnostics sociaux et actions collectives. Services sociaux relevant de l'annexe XIV de la directive 2014/24/UE ; procédure adaptée en application de l'article R. 2123-1 3° du code de la commande publique."),
         P("Le marché est réservé, conformément à l'article L. 2113-15 du code de la commande publique, aux entreprises de l'économie sociale et solidaire au sens de l'article 1er de la loi n° 2014-856 du 31 juillet 2014 qui remplissent les conditions posées par cet article. Le candidat atteste remplir ces conditions et ne pas avoir été titulaire, au cours des trois dernières années, d'un marché de l'office attribué sur ce fondement pour les mêmes services."),
         H("ARTICLE 3 - PRIX"),
         P("Les prestations sont rémunérées par application des prix unitaires du BPU (mesure mensuelle, diagnostic, séance collective) aux quantités réellement commandées."),
         H("ARTICLE 4 - MONTANTS"),
         P("Accord-cadre à bons de commande sans montant minimum. Montant maximum : 150 000 € HT pour la durée totale de l'accord-cadre (trois ans)."),
         H("ARTICLE 5 - DUREE"),
         P("3 ans à compter du 1er septembre 2026, non reconductible."),
         H("ARTICLE 6 - PAIEMENT"),
         P("Virement au compte : IBAN …………………… BIC ……………  Délai de paiement : 30 jours."),
         H("ARTICLE 7 - SIGNATURES"),
         P("Le titulaire : à ……………, le ……………"),
         P("Le pouvoir adjudicateur : à Dinan, le ……………")]
    lab = L(marche_reserve=1, reserve_base="L2113-15", montant_max_ht=150000,
            evidence=["Le marché est réservé, conformément à l'article L. 2113-15 du code de la commande publique",
                      "Montant maximum : 150 000 € HT pour la durée totale de l'accord-cadre"])
    return D("d31_ae_asll_ess.txt", "AE", b, lab)


def d32():
    b = [TITLE("SYNDICAT INTERCOMMUNAL DE TRANSPORTS URBAINS DE L'AGGLOMÉRATION DE VERNEUIL (SITUAV)", "ACTE D'ENGAGEMENT",
               "Fourniture de pièces détachées pour autobus et véhicules de service – Lot n° 3 : pneumatiques"),
         H("Article 1 – Objet"),
         P("Le présent acte d'engagement concerne le lot n° 3 « pneumatiques » de l'accord-cadre de fourniture de pièces détachées, qui comporte cinq lots : 1 – pièces moteur et transmission ; 2 – freinage ; 3 – pneumatiques ; 4 – carrosserie et vitrages ; 5 – filtres et lubrifiants."),
         H("Article 2 – Engagement"),
         P("Je soussigné(e) ……………………………, agissant au nom et pour le compte de ……………………………, après avoir pris connaissance du CCAP, du CCTP et des documents qui y sont mentionnés, m'engage, sans réserve, à livrer les fournitures dans les conditions ci-après définies, aux prix unitaires du bordereau annexé."),
         H("Article 3 – Montants"),
         P("L'accord-cadre est exécuté par bons de commande, sans minimum. Son montant maximum est fixé à 480 000 € HT pour la durée totale d'exécution (quatre ans)."),
         H("Article 4 – Durée"),
         P("Un an à compter du 1er janvier 2027, renouvelable trois fois par reconduction tacite. Le titulaire peut refuser la reconduction en le notifiant trois mois avant l'échéance."),
         H("Article 5 – Délais de livraison"),
         P("48 heures pour les pneumatiques de référence courante figurant au catalogue ; 5 jours ouvrés pour les autres références. Les livraisons sont effectuées au dépôt, 2 rue Ampère, 27130 Verneuil-d'Avre."),
         H("Article 6 – Compte à créditer"),
         P("Titulaire du compte : …………… Banque : …………… IBAN : …………… BIC : ……………"),
         H("Article 7 – Signature"),
         P("Fait à ……………, le …………… Le candidat (signature électronique qualifiée)."),
         H("Article 8 – Acceptation"),
         P("Est acceptée la présente offre pour valoir acte d'engagement. À Verneuil-d'Avre, le …………… Le président du SITUAV.")]
    lab = L(allotissement=1, nb_lots=5, montant_max_ht=480000,
            evidence=["qui comporte cinq lots", "Son montant maximum est fixé à 480 000 € HT pour la durée totale d'exécution"])
    return D("d32_ae_pieces_detachees_lot3.pdf", "AE", b, lab, header="SITUAV – AE – Pièces détachées – Lot 3",
             footer="Acte d'engagement – accord-cadre 2027-2030")


# ----------------------------------------------------------------------------- autres pièces
def d33():
    b = [TITLE("COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND SARLADAIS", "REGISTRE DES QUESTIONS / RÉPONSES",
               "Consultation 2026-TX-022 – Aménagement de la voie verte de la vallée du Céou (lots 1 à 3)",
               "Questions reçues sur le profil d'acheteur – réponses publiées le 27/05/2026"),
         H("Question n° 1 (reçue le 18/05/2026)"),
         P("Bonjour, pouvez-vous confirmer que la clause d'insertion porte sur l'ensemble des lots ? Le CCAP mentionne 300 heures sans préciser le lot."),
         P("Réponse : la clause d'insertion concerne uniquement le lot 2 (terrassements – structure de chaussée – revêtement). Le titulaire de ce lot devra réaliser 300 heures de travail au bénéfice de personnes en parcours d'insertion, conformément à l'article 7 du CCAP. Les lots 1 (débroussaillage – abattages) et 3 (signalétique – mobilier) n'en comportent pas."),
         H("Question n° 2 (reçue le 19/05/2026)"),
         P("Les heures réalisées par un intérimaire mis à disposition par une entreprise de travail temporaire d'insertion sont-elles comptabilisées ?"),
         P("Réponse : oui, dès lors que la personne est éligible et que son parcours est validé par le facilitateur du PLIE du Périgord Noir."),
         H("Question n° 3 (reçue le 21/05/2026)"),
         P("Le RC indique pour le lot 2 un sous-critère « gestion des déblais et réemploi des matériaux » : sur combien de points est-il noté ?"),
         P("Réponse : ce sous-critère de la valeur technique est noté sur 5 points (sur 40 pour la valeur technique). Il est apprécié au vu des engagements du candidat sur le réemploi des déblais en remblai, la limitation des évacuations et les distances de transport."),
         H("Question n° 4 (reçue le 22/05/2026)"),
         P("Le plan de récolement doit-il être fourni en DWG ?"),
         P("Réponse : oui, en DWG et en PDF, géoréférencé en RGF93 / Lambert 93."),
         H("Question n° 5 (reçue le 25/05/2026)"),
         P("La date limite de remise des offres est-elle reportée ?"),
         P("Réponse : non, la date limite reste fixée au 5 juin 2026 à 12 h.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=300, critere_environnemental=1, allotissement=1, nb_lots=3,
            evidence=["Le titulaire de ce lot devra réaliser 300 heures de travail au bénéfice de personnes en parcours d'insertion",
                      "ce sous-critère de la valeur technique est noté sur 5 points", "gestion des déblais et réemploi des matériaux",
                      "(lots 1 à 3)"])
    return D("d33_registre_questions_reponses.txt", "QR", b, lab)


def d34():
    b = [TITLE("UNIVERSITÉ DE LA CÔTE D'OPALE-NORD", "CADRE DE MÉMOIRE TECHNIQUE",
               "Maintenance des installations de chauffage, ventilation et climatisation des campus – AOO 2026-PAT-07"),
         P("Le présent cadre est obligatoire. Le candidat y répond sans modifier l'ordre des rubriques ; chaque réponse est limitée au nombre de pages indiqué. Les documents commerciaux génériques ne sont pas pris en compte."),
         H("Partie 1 – Présentation de l'entreprise (non notée)"),
         P("1.1 Effectif total et effectif de l'agence de rattachement ; organigramme de l'équipe affectée au contrat."),
         P("1.2 Certifications détenues (le cas échéant) ; attestation de capacité à manipuler les fluides frigorigènes."),
         H("Partie 2 – Organisation et moyens (critère « valeur technique », 25 points)"),
         P("2.1 Décrivez l'organisation de l'astreinte (nombre de techniciens, délais de mobilisation, zone de résidence). 2 pages."),
         P("2.2 Indiquez les moyens de l'agence : véhicules, outillage de mesure, stock de pièces. 1 page."),
         P("2.3 Décrivez la méthode de prise en charge de l'environnement existant (inventaire, GMAO, étiquetage) pendant les trois premiers mois. 2 pages."),
         H("Partie 3 – Méthodologie de maintenance (critère « valeur technique », 15 points)"),
         P("3.1 Présentez la gamme de maintenance préventive pour une centrale de traitement d'air et pour une sous-station de chauffage urbain. 3 pages."),
         P("3.2 Expliquez la gestion des interventions en laboratoires de recherche (zones à accès restreint, animaleries, salles blanches). 1 page."),
         H("Partie 4 – Qualité du reporting (critère « valeur technique », 10 points)"),
         P("4.1 Joignez un exemple anonymisé de rapport mensuel d'activité et de tableau de bord."),
         H("Partie 5 – Informations complémentaires (non notées)"),
         P("5.1 Indiquez, à titre d'information, les sous-traitants envisagés et leur part. Le candidat qui recourt à une entreprise adaptée ou à un ESAT pour des prestations annexes peut le mentionner ici : cette information n'est pas notée."),
         P("5.2 Toute autre information que le candidat juge utile. 1 page maximum.")]
    lab = L()
    return D("d34_cadre_memoire_cvc.docx", "CADRE", b, lab, header="Université de la Côte d'Opale-Nord – Cadre de mémoire technique",
             footer="AOO 2026-PAT-07 – pièce n° 6")


def d35():
    rows = [["N°", "Désignation", "U", "Qté", "P.U. HT", "Montant HT"],
            ["03.1", "INSTALLATION DE CHANTIER", "", "", "", ""],
            ["03.1.1", "Amenée, repli du matériel, protections", "ens", "1", "", ""],
            ["03.1.2", "Dépose des menuiseries existantes et évacuation en décharge agréée", "u", "42", "", ""],
            ["03.2", "MENUISERIES ALUMINIUM", "", "", "", ""],
            ["03.2.1", "Fenêtre 2 vantaux 1,35 × 1,45 m, Uw 1,3 W/m².K maxi, vitrage 4/16/4 FE argon", "u", "28", "", ""],
            ["03.2.2", "Porte-fenêtre 1 vantail 0,90 × 2,15 m, seuil PMR", "u", "8", "", ""],
            ["03.2.3", "Châssis fixe de l'atrium, vitrage feuilleté 44.2", "u", "6", "", ""],
            ["03.2.4", "Insertion de grilles d'entrée d'air hygroréglables en traverse haute", "u", "36", "", ""],
            ["03.3", "OCCULTATIONS", "", "", "", ""],
            ["03.3.1", "Volets roulants à lames aluminium, manœuvre électrique filaire", "u", "36", "", ""],
            ["03.3.2", "Brise-soleil orientables façade sud, commande centralisée", "u", "12", "", ""],
            ["03.4", "DIVERS", "", "", "", ""],
            ["03.4.1", "Habillages intérieurs en tableaux et appuis", "ml", "164", "", ""],
            ["03.4.2", "Calfeutrements, mastics et joints", "ens", "1", "", ""],
            ["03.4.3", "Nettoyage de fin de chantier et enlèvement des protections", "ens", "1", "", ""],
            ["", "TOTAL HT LOT 03", "", "", "", ""], ["", "TVA 20 %", "", "", "", ""], ["", "TOTAL TTC", "", "", "", ""]]
    b = [TITLE("COLLÈGE LOUISE-MICHEL – DÉPARTEMENT DE L'YONNE-NORD", "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE (DPGF)",
               "Remplacement des menuiseries extérieures du bâtiment B – Lot 03 : menuiseries aluminium – occultations"),
         P("La DPGF est fournie à titre indicatif ; l'entreprise vérifie les quantités et complète ou corrige la décomposition sous sa responsabilité. Le prix global et forfaitaire porté à l'acte d'engagement prévaut. Toute ligne non chiffrée est réputée incluse dans les autres prix."),
         RTAB(rows, widths=[0.9, 5, 0.6, 0.6, 1.2, 1.4], align="lllrrr"),
         P("Cachet et signature de l'entreprise :")]
    lab = L(allotissement=1, evidence=["Lot 03 : menuiseries aluminium – occultations"])
    return D("d35_dpgf_lot03_menuiseries.pdf", "DPGF", b, lab, header="Département de l'Yonne-Nord – Collège Louise-Michel – DPGF lot 03",
             footer="DCE – phase PRO/DCE – indice 0")


def d36():
    b = [TITLE("COMMUNAUTÉ DE COMMUNES DU PAYS DE BRIÈRE-ESTUAIRE", "RAPPORT D'ANALYSE DES OFFRES",
               "Travaux de construction d'un pôle enfance à Donges-la-Brière – Lot 2 : gros œuvre"),
         H("1. Rappel de la procédure"),
         P("Procédure adaptée lancée le 3 mars 2026 (avis publié au BOAMP n° 26-31127). Date limite de remise des offres : 7 avril 2026. L'opération comporte 9 lots ; le présent rapport concerne le lot 2."),
         H("2. Offres reçues"),
         P("Cinq offres ont été reçues dans les délais : SARL Bâtir Océan ; Eiffage Construction Pays de la Loire (agence de Saint-Nazaire) ; SAS Tremplin Insertion Bâtiment 44 en groupement avec l'entreprise Guérin Frères ; Maçonnerie Le Gall ; SNGO. Aucune offre n'a été déclarée irrégulière ou inacceptable."),
         H("3. Critères de jugement"),
         P("Conformément à l'article 8 du règlement de la consultation, les offres sont appréciées selon les critères suivants :"),
         TAB([["Critère", "Pondération"], ["Prix des prestations", "55 %"], ["Valeur technique (méthodologie, planning, moyens)", "30 %"],
              ["Performance en matière d'insertion professionnelle des publics éloignés de l'emploi", "15 %"]], widths=[5, 1.4], align="lr"),
         P("Le critère insertion est noté au vu de la note remise par chaque candidat : nombre d'heures de travail que le candidat propose de confier à des personnes en insertion, modalités d'encadrement et de formation, perspectives d'embauche durable."),
         H("4. Notation"),
         TAB([["Candidat", "Prix /55", "Technique /30", "Insertion /15", "Total /100", "Rang"],
              ["SARL Bâtir Océan", "55,00", "21,00", "9,00", "85,00", "2"],
              ["Eiffage Construction PDL", "49,10", "25,50", "10,50", "85,10", "1"],
              ["Groupement Tremplin Insertion / Guérin", "47,35", "22,50", "15,00", "84,85", "3"],
              ["Maçonnerie Le Gall", "51,20", "18,00", "6,00", "75,20", "4"],
              ["SNGO", "44,90", "19,50", "7,50", "71,90", "5"]], widths=[4, 1.3, 1.5, 1.5, 1.4, 1], align="lrrrrr"),
         H("5. Proposition"),
         P("La commission propose d'attribuer le lot 2 à Eiffage Construction Pays de la Loire pour un montant de 1 061 480,00 € HT, offre classée première. Les écarts entre les trois premières offres étant inférieurs à 0,3 point, une phase de négociation a été envisagée puis écartée, les offres étant jugées complètes et cohérentes."),
         P("Fait à Pontchâteau, le 22 avril 2026. Le pôle commande publique.")]
    lab = L(critere_social=1, allotissement=1, nb_lots=9,
            evidence=["Performance en matière d'insertion professionnelle des publics éloignés de l'emploi", "L'opération comporte 9 lots"])
    return D("d36_rapport_analyse_offres_lot2.pdf", "AUTRE", b, lab, header="CC du Pays de Brière-Estuaire – RAO – Pôle enfance – Lot 2",
             footer="Rapport d'analyse des offres – document interne")


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18,
        d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31, d32, d33, d34, d35, d36]


# ----------------------------------------------------------------------------- construction et contrôles
def wsn(s):
    """Espaces normalisés (insécables compris)."""
    return " ".join(s.replace(NB, " ").replace(NNB, " ").split())


def extract(path):
    """Texte extrait du fichier produit, comme le lirait un outil : pypdf, python-docx ou lecture directe."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    if ext == "docx":
        d = docx.Document(path)
        out = []
        for el in d.element.body.iterchildren():
            if el.tag == qn("w:p"):
                out.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
            elif el.tag == qn("w:tbl"):
                for tr in el.iter(qn("w:tr")):
                    cells = []
                    for tc in tr.iter(qn("w:tc")):
                        cells.append(" ".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))))
                    out.append(" ".join(cells))
        return "\n".join(out)
    with open(path, encoding="utf-8") as f:
        return f.read()


def dehyphen(s):
    return re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", s)


def build_all():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    SB_STATS.update(cut=0, whole=0)
    HY_STATS.update(cut=0, whole=0)
    del CUT_LOG[:]
    docs = []
    pages = {}
    for f in DOCS:
        p = f()
        path = os.path.join(OUT, p["file"])
        ext = p["file"].rsplit(".", 1)[1]
        pdf = ext == "pdf"
        blocks = [_conv(b, pdf) for b in number_articles(p["blocks"])]
        if pdf:
            pages[p["file"]] = build_pdf(path, _conv_str(p["header"], True), _conv_str(p["footer"], True), blocks,
                                         hyphen=p["hyphen"], title=p["header"], cols=p["cols"])
        elif ext == "docx":
            build_docx(path, p["header"], p["footer"], blocks)
        else:
            build_txt(path, blocks)
        p["final_blocks"] = blocks
        docs.append(p)
    md5 = {}
    import hashlib
    for p in docs:
        with open(os.path.join(OUT, p["file"]), "rb") as fh:
            md5[p["file"]] = hashlib.md5(fh.read()).hexdigest()
    return docs, md5, pages


def check(docs):
    problems, notes, rows = [], [], []
    for p in docs:
        lab = p["label"]
        path = os.path.join(OUT, p["file"])
        if p["doc_type"] not in _DOC_TYPES:
            problems.append("%s : doc_type %s" % (p["file"], p["doc_type"]))
        if p["file"].endswith(".pdf"):
            for b in p["final_blocks"]:
                for x in b[1:]:
                    for s in (x if isinstance(x, list) else [x]):
                        for t in (s if isinstance(s, list) else [s]):
                            if isinstance(t, str):
                                try:
                                    t.replace(BR, "").replace(SB, "").replace(HY, "").encode("cp1252")
                                except UnicodeEncodeError as e:
                                    problems.append("%s : caractère hors cp1252 %r" % (p["file"], t[e.start:e.end]))
        logical = wsn(plain_text(p["final_blocks"]))
        raw = extract(path)
        ext_txt, ext_dh = wsn(raw), wsn(dehyphen(raw))
        for q in lab["evidence"]:
            if q.startswith("["):
                continue
            nq = wsn(norm(q))
            if nq not in logical:
                problems.append("%s : preuve absente du texte logique : %r" % (p["file"], q))
            if nq in ext_txt:
                continue
            if nq in ext_dh:
                notes.append("%s : preuve trouvée après recollement d'une césure : %r" % (p["file"], q))
            else:
                problems.append("%s : preuve absente du texte extrait : %r" % (p["file"], q))
        ev = " | ".join(wsn(norm(q)) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuve trop longue (%d)" % (p["file"], len(ev)))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % p["file"])
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % p["file"])
        if lab["heures_insertion"] and lab["clause_insertion"] != 1:
            problems.append("%s : heures sans clause_insertion" % p["file"])
        if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % p["file"])
        if lab["nb_lots"] and lab["allotissement"] != 1:
            problems.append("%s : nb_lots sans allotissement 1" % p["file"])
        row = {"path": p["file"], "doc_type": p["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
    names = [p["file"] for p in docs]
    if len(set(names)) != len(names):
        problems.append("noms de fichiers en double")
    return problems, notes, rows


def main():
    docs, md5a, pages = build_all()
    problems, notes, rows = check(docs)
    docs2, md5b, _ = build_all()          # seconde génération : les fichiers doivent être identiques
    for k in md5a:
        if md5a[k] != md5b.get(k):
            problems.append("%s : génération non déterministe" % k)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    kinds = {}
    for p in docs:
        e = p["file"].rsplit(".", 1)[1]
        kinds[e] = kinds.get(e, 0) + 1
    types = {}
    for r in rows:
        types[r["doc_type"]] = types.get(r["doc_type"], 0) + 1
    print("%d documents (%s) ; types : %s" % (len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
                                              ", ".join("%s %d" % kv for kv in sorted(types.items()))))
    print("pages des PDF : " + ", ".join("%s=%d" % kv for kv in pages.items()))
    print("césures forcées (HY) : %d ; nombres coupés (SB) : %d" % (HY_STATS["cut"], SB_STATS["cut"]))
    for c in ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale",
              "critere_environnemental"):
        print("  %-24s positifs : %d" % (c, sum(r[c] == "1" for r in rows)))
    for c in ("heures_insertion", "allotissement", "nb_lots", "montant_estime_ht", "montant_max_ht", "reserve_base"):
        print("  %-24s renseignés : %d" % (c, sum(r[c] != "" for r in rows)))
    print("documents sans aucun positif : %d" % sum(all(r[c] != "1" for c in ("clause_sociale", "clause_insertion",
          "critere_social", "marche_reserve", "clause_environnementale", "critere_environnemental")) for r in rows))
    print("md5 identiques sur deux générations : %s" % (md5a == md5b))
    for n in notes:
        print("NOTE :", n)
    for pr in problems:
        print("PROBLÈME :", pr)
    print("contrôles -> %d problème(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
