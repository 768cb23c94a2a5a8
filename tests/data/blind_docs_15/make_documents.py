#!/usr/bin/env python3
"""Construit le jeu blind_docs_15 : 32 documents entiers (PDF reportlab, DOCX python-docx, TXT) et
documents/labels.csv (schéma de /work/shared/eval/LABELS.md).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py, lignes 27-660
(écriture PDF/DOCX/TXT, tableaux, deux colonnes, césure, SB/HY, aides de saisie). Tout le reste
(documents, étiquettes, contrôles par extraction réelle, double construction) est écrit pour ce jeu.

Thème : clauses sociales et d'insertion, précision et rappel (14 documents qui imposent une
condition sociale au titulaire, 18 pièges).

Déterministe : pas d'aléa, dates figées. La construction est faite deux fois ; les md5 des deux
passes sont comparés en mémoire. Chaque preuve est cherchée dans le texte extrait du fichier produit
(pypdf pour les PDF, python-docx pour les DOCX, lecture directe pour les TXT), espaces normalisés.
Tous les textes, acheteurs, lieux, personnes, références et nombres sont inventés.

Usage : /work/main/.venv/bin/python tests/data/blind_docs_15/make_documents.py
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
SET_NAME = "blind_docs_15"

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
def D(file, doc_type, header, footer, blocks, label, hyphen=False, cols=1, note=""):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, hyphen=hyphen, cols=cols, note=note)


# ----------------------------------------------------------------------------- d01 CCAP travaux
def d01():
    b = [TITLE("Communauté d'agglomération Sarre-et-Lise",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Requalification de l'avenue Jean-Moulin et du mail des Tilleuls à Lisembourg",
               "Marché de travaux – Procédure adaptée (articles L.2123-1 et R.2123-1 du CCP) – Réf. CASL-2026-TX-014")]
    b += [H("Article 1 – Objet du marché – Dispositions générales"),
          P("Le présent CCAP fixe les stipulations administratives applicables aux travaux de requalification de l'avenue "
            "Jean-Moulin (section comprise entre le giratoire des Forges et la rue Pasteur) et du mail des Tilleuls."),
          H2("1.1 – Décomposition en lots"),
          P("Les travaux sont répartis en trois lots traités par marchés séparés :"),
          RTAB([("Lot", "Désignation", "Observations"),
                ("1", "Voirie, réseaux divers, bordures et revêtements", "Lot soumis à l'article 9"),
                ("2", "Éclairage public et signalisation lumineuse", "—"),
                ("3", "Plantations, mobilier urbain, arrosage", "—")], widths=[0.8, 4, 2.2]),
          P("Le montant estimatif des travaux, tous lots confondus, est de 2~340~000 € HT. Il est donné à titre "
            "indicatif et n'engage pas le maître d'ouvrage."),
          H("Article 2 – Pièces contractuelles"),
          P("Les pièces constitutives du marché sont, par ordre de priorité décroissante : l'acte d'engagement (AE) et ses "
            "annexes ; le présent CCAP ; le CCTP commun aux trois lots ; le bordereau des prix unitaires et le détail "
            "quantitatif estimatif ; le CCAG Travaux approuvé par arrêté du 30 mars 2021 ; le plan général de coordination."),
          H("Article 3 – Prix et variation des prix"),
          P("Les prix sont unitaires, fermes pendant trois mois à compter de la date de remise des offres puis révisables "
            "mensuellement par application de l'index TP01 (base 2010). Le mois zéro est le mois de remise des offres."),
          H("Article 4 – Délais d'exécution"),
          P("Le délai global d'exécution est de 11 mois à compter de l'ordre de service de démarrage du lot 1, période de "
            "préparation de 4 semaines incluse. Les délais propres aux lots 2 et 3 sont fixés par le calendrier détaillé."),
          H("Article 5 – Avance et retenue de garantie"),
          P("Une avance de 10 % est consentie au titulaire dès lors que le montant du marché excède 50~000 € HT et que "
            "le délai d'exécution dépasse deux mois (R.2191-3 du CCP). Une retenue de garantie de 5 % est appliquée ; elle "
            "peut être remplacée par une garantie à première demande."),
          H("Article 6 – Paiements"),
          P("Les acomptes sont mensuels. Le délai global de paiement est de 30 jours. Les demandes de paiement sont "
            "déposées sur Chorus Pro."),
          H("Article 7 – Pénalités"),
          LST(["retard dans l'exécution : 1/3000e du montant du marché par jour calendaire ;",
               "absence à une réunion de chantier : 150 € HT par absence ;",
               "non-respect des prescriptions de l'article 8 : 300 € HT par constat ;",
               "pénalités relatives à l'insertion : voir l'article 9.6."]),
          H("Article 8 – Gestion environnementale du chantier"),
          P("Le titulaire de chaque lot trie sur le chantier les déchets qu'il produit, au minimum en quatre flux (inertes, "
            "bois, métaux, déchets non dangereux en mélange), conformément au schéma d'organisation et de gestion des "
            "déchets (SOGED) remis avec son offre. Il remet au maître d'œuvre les bordereaux de suivi et justificatifs "
            "de valorisation à chaque situation mensuelle."),
          SPLIT("Les enrobés rabotés sont acheminés vers une centrale de recyclage ; leur mise en décharge est interdite sauf "
                "impossibilité technique dûment",
                "justifiée auprès du maître d'œuvre. Les engins de plus de 10 ans d'âge ne sont pas admis sur l'emprise."),
          H("Article 9 – Action d'insertion professionnelle (lot n°1)"),
          H2("9.1 – Principe"),
          P("En application de l'article L.2112-2 du code de la commande publique, le titulaire du lot n°1 est tenu de réserver, "
            "pour l'exécution de ses prestations, un volume minimal de 1~850 heures de travail à des personnes rencontrant "
            "des difficultés sociales ou professionnelles particulières. Ce volume correspond à environ 7 % de la main-"
            "d'œuvre estimée du lot."),
          H2("9.2 – Publics concernés"),
          P("Sont notamment éligibles, après validation par le facilitateur : les demandeurs d'emploi inscrits depuis plus de "
            "douze mois, les allocataires du RSA ou de l'ASS, les jeunes de moins de 26 ans de niveau infra-bac, les "
            "personnes reconnues travailleurs handicapés orientées vers le marché du travail, les salariés des structures "
            "d'insertion par l'activité économique."),
          H2("9.3 – Modalités"),
          P("Le titulaire choisit librement entre l'embauche directe, la mise à disposition de salariés par une ETTI, une "
            "association intermédiaire ou un GEIQ, et la sous-traitance ou cotraitance avec une entreprise d'insertion."),
          H2("9.4 – Accompagnement"),
          P("La mise en œuvre est accompagnée par le facilitateur du PLIE Sarre-et-Lise, M. Hervé Castagné "
            "(clauses.plie@sarre-lise.example.fr), qui propose des candidats et suit les parcours."),
          H2("9.5 – Suivi"),
          P("Le titulaire transmet chaque mois au facilitateur un état nominatif des heures réalisées (nom, contrat, "
            "poste, heures) et, à la réception, un bilan final signé."),
          H2("9.6 – Sanctions"),
          P("Lorsque les heures ne sont pas réalisées du fait du titulaire, une pénalité de 40 € HT par heure d'insertion non "
            "réalisée est appliquée sur le décompte général. Le retard de transmission des états mensuels est pénalisé à "
            "raison de 50 € HT par jour."),
          H("Article 10 – Réception"),
          P("La réception a lieu dans les conditions de l'article 41 du CCAG Travaux. Les opérations préalables sont "
            "organisées par lot."),
          H("Article 11 – Litiges"),
          P("Le tribunal administratif de Strasbourg est compétent.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1850, clause_environnementale=1,
            allotissement=1, nb_lots=3, montant_estime_ht=2340000,
            evidence=["un volume minimal de 1~850 heures de travail à des personnes rencontrant des difficultés sociales",
                      "pénalité de 40 € HT par heure d'insertion non réalisée",
                      "trie sur le chantier les déchets qu'il produit",
                      "Les travaux sont répartis en trois lots",
                      "tous lots confondus, est de 2~340~000 € HT"])
    return D("d01_ccap_voirie.pdf", "CCAP", "CA Sarre-et-Lise – CCAP – Requalification av. Jean-Moulin",
             "CASL-2026-TX-014 – CCAP", b, lab, hyphen=True,
             note="Clause d'insertion chiffrée (lot 1), facilitateur PLIE, pénalités ; tri des déchets ; 3 lots.")


# ----------------------------------------------------------------------------- d02 CCP nettoyage (MAPA)
def d02():
    b = [TITLE("VILLE DE SAINT-AURÈLE-SUR-LOUE",
               "Cahier des clauses particulières (CCP)",
               "Nettoyage et entretien des bâtiments communaux",
               "Accord-cadre à bons de commande – MAPA n° 2026-07")]
    b += [H("Article 1 – Objet et forme"),
          P("Le présent accord-cadre mono-attributaire porte sur le nettoyage courant des locaux de la mairie, de la "
            "médiathèque, des deux groupes scolaires et du gymnase municipal, ainsi que sur des prestations ponctuelles "
            "(remise en état après travaux, vitrerie en hauteur). Il est exécuté par émission de bons de commande."),
          P("Les prestations ne sont pas allotties : leur coordination sur des sites partagés et la continuité du service "
            "rendraient l'exécution techniquement difficile et plus coûteuse (article L.2113-11 du CCP)."),
          H("Article 2 – Durée"),
          P("L'accord-cadre est conclu pour un an à compter de sa notification. Il est reconductible tacitement trois fois "
            "par périodes d'un an, sans que sa durée totale puisse excéder quatre ans."),
          H("Article 3 – Montant"),
          P("Le montant maximum des commandes est fixé à 120~000 € HT par période annuelle, soit 480~000 € HT sur la "
            "durée maximale de l'accord-cadre. Aucun montant minimum n'est fixé."),
          H("Article 4 – Prix"),
          P("Les prix sont ceux du BPU. Ils sont révisés à chaque date anniversaire par application de l'indice PSI "
            "« Nettoyage » publié par l'INSEE (identifiant 001664291), coefficient de raccordement inclus."),
          H("Article 5 – Reprise du personnel"),
          P("Le titulaire est informé que les prestations sont actuellement exécutées par six agents relevant de la convention "
            "collective nationale des entreprises de propreté. Les conditions de reprise de ce personnel sont régies par "
            "l'accord du 5 mars 2002 figurant en annexe 7 de cette convention ; la liste anonymisée des salariés (ancienneté, "
            "coefficient, durée contractuelle) est jointe au DCE à titre d'information."),
          H("Article 6 – Produits et méthodes"),
          P("Les produits d'entretien utilisés sont porteurs de l'Écolabel européen ou d'un label équivalent, à l'exception "
            "des désinfectants exigés par le protocole sanitaire des écoles. Le titulaire emploie des systèmes de dosage "
            "et des textiles microfibres lavables, et ne recourt pas aux aérosols."),
          H("Article 7 – Horaires d'intervention"),
          P("Les interventions ont lieu en journée continue entre 7 h 00 et 19 h 00 dans les écoles hors temps de présence "
            "des élèves, selon le planning annexé."),
          H("Article 8 – Contrôle qualité"),
          P("Un contrôle contradictoire mensuel est réalisé sur la base de la grille de l'annexe 2. Une note inférieure à 70/100 "
            "entraîne une prestation de reprise sans supplément de prix."),
          H("Article 9 – Engagement d'insertion"),
          P("Le titulaire s'engage à consacrer 2~400 heures, sur la durée totale de l'accord-cadre, à l'emploi de personnes "
            "éloignées de l'emploi. Cet engagement est une condition d'exécution du marché au sens de l'article L.2112-2 du "
            "code de la commande publique."),
          P("Il peut y satisfaire en sous-traitant ou cotraitant une partie des prestations avec une entreprise d'insertion ou "
            "un atelier et chantier d'insertion, en faisant appel à des salariés mis à disposition par une association "
            "intermédiaire ou une ETTI, ou en embauchant directement les personnes concernées. Les heures effectuées par "
            "les agents repris au titre de l'article 5 ne sont pas comptabilisées."),
          P("Un bilan des heures est adressé chaque semestre au service de la commande publique, accompagné des "
            "justificatifs (contrats, attestations des structures). En cas de manquement, la pénalité est de 30 € HT par "
            "heure manquante, constatée à l'issue de chaque période annuelle au prorata."),
          H("Article 10 – Pénalités diverses"),
          P("Prestation non réalisée : 80 € HT par local et par jour ; absence de remplacement d'un agent : 120 € HT par jour."),
          H("Article 11 – Résiliation"),
          P("Les stipulations des articles 36 à 42 du CCAG-FCS s'appliquent.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2400, clause_environnementale=1,
            allotissement=0, montant_max_ht=480000,
            evidence=["s'engage à consacrer 2~400 heures, sur la durée totale de l'accord-cadre, à l'emploi de personnes éloignées de l'emploi",
                      "porteurs de l'Écolabel européen", "Les prestations ne sont pas allotties",
                      "soit 480~000 € HT sur la durée maximale"])
    return D("d02_ccp_nettoyage.docx", "CCAP", "Ville de Saint-Aurèle-sur-Loue – CCP nettoyage",
             "MAPA 2026-07", b, lab,
             note="Heures d'insertion sur la durée totale, trois modalités ; reprise du personnel (annexe 7) dans le même document ; écolabel.")


# ----------------------------------------------------------------------------- d03 avis BOAMP
def d03():
    b = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Services – Entretien des espaces verts",
               "Département de publication : 58")]
    b += [P("SECTION I : IDENTIFICATION DE L'ACHETEUR"),
          P("Nom complet de l'acheteur : Commune de Varennes-sur-Nièvre"),
          P("Type de Numéro national d'identification : SIRET – 21580312700016"),
          P("Code postal / Ville : 58210 Varennes-sur-Nièvre"),
          P("Groupement de commandes : Non"),
          P("SECTION 2 : COMMUNICATION"),
          P("Lien vers le profil d'acheteur : https://marches.nievre-achats.example.fr"),
          P("SECTION 3 : PROCÉDURE"),
          P("Type de procédure : Procédure adaptée ouverte"),
          P("Conditions de participation : aptitude à exercer l'activité professionnelle – liste et description succincte des "
            "conditions : Kbis de moins de 3 mois ; capacité technique : références de moins de 3 ans, certificat "
            "Certiphyto pour le personnel d'encadrement"),
          P("Technique d'achat : Accord-cadre"),
          P("Date et heure limite de réception des plis : 06/03/2026 à 12h00"),
          P("Présentation des offres par catalogue électronique : Interdite"),
          P("Réduction du nombre de candidats : Non"),
          P("Possibilité d'attribution sans négociation : Oui"),
          P("Critères d'attribution : Prix : 60 % ; Valeur technique : 40 %"),
          P("SECTION 4 : IDENTIFICATION DU MARCHÉ"),
          P("Intitulé du marché : Entretien des espaces verts communaux et élagage des alignements – 2026/2029"),
          P("Code CPV principal : 77310000 – Réalisation et entretien d'espaces verts"),
          P("Type de marché : Services"),
          P("Description succincte : tonte, taille, désherbage manuel et thermique des parcs et cimetières ; élagage et "
            "abattage des arbres d'alignement"),
          P("Lieu principal d'exécution : Varennes-sur-Nièvre"),
          P("Durée du marché (en mois) : 36"),
          P("Valeur estimée (H.T.) : 310 000 euros"),
          P("La consultation comporte des tranches : Non"),
          P("La consultation prévoit une réservation de tout ou partie du marché : Non"),
          P("Marché alloti : Oui"),
          P("SECTION 5 : LOTS"),
          P("Lot n° 1 – Tonte, taille et désherbage – CPV 77314000 – Valeur estimée : 205 000 € HT"),
          P("Lot n° 2 – Élagage et abattage – CPV 77211400 – Valeur estimée : 105 000 € HT"),
          P("Conditions particulières d'exécution : Lot 2 : clause sociale d'insertion obligatoire – 700 h à réaliser par "
            "le titulaire au profit de publics éloignés de l'emploi (suivi par la Maison de l'emploi du Nivernais)"),
          P("SECTION 6 : INFORMATIONS COMPLÉMENTAIRES"),
          P("Visite obligatoire : Non"),
          P("Recours : tribunal administratif de Dijon, 22 rue d'Assas, 21000 Dijon"),
          P("Date d'envoi du présent avis : 04/02/2026")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=700, allotissement=1, nb_lots=2,
            montant_estime_ht=310000,
            evidence=["Lot 2 : clause sociale d'insertion obligatoire – 700 h à réaliser par le titulaire",
                      "Marché alloti : Oui", "Lot n° 2 – Élagage et abattage", "Valeur estimée (H.T.) : 310 000 euros"])
    return D("d03_avis_espaces_verts.txt", "AVIS", "", "", b, lab,
             note="Avis : la clause n'apparaît que dans le champ « conditions particulières d'exécution ».")


# ----------------------------------------------------------------------------- d04 AE restauration
def d04():
    b = [TITLE("SIVOS du Haut-Bréval", "ACTE D'ENGAGEMENT (AE)",
               "Fourniture et livraison de repas en liaison froide – Lot n° 2 : accueils de loisirs",
               "Accord-cadre à bons de commande – Appel d'offres ouvert n° SHB-2026-03")]
    b += [H("A – Objet de l'acte d'engagement"),
          P("Le marché comporte deux lots : lot n° 1 « restaurants scolaires » et lot n° 2 « accueils de loisirs du mercredi "
            "et des vacances ». Le présent acte d'engagement concerne le lot n° 2."),
          H("B – Engagement du titulaire"),
          P("Après avoir pris connaissance des pièces constitutives du marché, le signataire s'engage, sans réserve, "
            "conformément aux stipulations des documents visés ci-dessus, à exécuter les prestations demandées aux prix "
            "indiqués dans le bordereau des prix unitaires."),
          RTAB([("Raison sociale", "SAS Cuisines du Bréval"),
                ("Adresse du siège social", "ZA des Noues, 14 rue Gutenberg, 28410 Marchezais"),
                ("SIRET", "812 004 773 00021"),
                ("Forme du candidat", "[X] entreprise individuelle   [ ] groupement conjoint   [ ] groupement solidaire")],
               header=False, widths=[2, 5]),
          H("C – Montant"),
          P("Accord-cadre à bons de commande sans minimum ; le montant maximum du lot n° 2 est fixé à l'article 3 du CCAP. "
            "Les prix unitaires sont ceux du BPU joint, exprimés hors TVA (taux applicable : 10 %)."),
          H("C4 – Engagement relatif à la clause sociale (article 7 du CCAP)"),
          P("[X] Le titulaire s'engage à réaliser au moins 450 heures d'insertion sur la durée du marché, au bénéfice de "
            "personnes éloignées de l'emploi, selon la modalité cochée ci-dessous :"),
          TAB([("Modalité", "Choix"),
               ("Embauche directe (CDD, CDI, contrat de professionnalisation)", "[ ]"),
               ("Sous-traitance à une structure d'insertion par l'activité économique", "[X]"),
               ("Mise à disposition par un GEIQ, une ETTI ou une association intermédiaire", "[ ]")],
              widths=[5, 1.2]),
          P("Structure pressentie : Atelier et chantier d'insertion « Le Panier Brévalois » (légumerie, préparation des "
            "crudités)."),
          H("D – Délais"),
          P("Les délais de livraison sont fixés par l'article 5 du CCAP : livraison la veille avant 16 h, en camion "
            "frigorifique, avec relevé de température."),
          H("E – Paiement"),
          P("Le pouvoir adjudicateur se libérera des sommes dues par virement au compte ouvert au nom de : SAS Cuisines du "
            "Bréval – IBAN FR76 1820 6002 0065 1234 5678 901."),
          H("F – Signature"),
          P("Fait en un seul original, à Marchezais, le 02/03/2026. Le représentant habilité : Mme Odile Verrier, présidente."),
          P("Acceptation de l'offre par le pouvoir adjudicateur : le présent acte d'engagement est accepté pour valoir marché."),
          P("À Bréval, le ......................  Le Président du SIVOS")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=450, allotissement=1, nb_lots=2,
            evidence=["[X] Le titulaire s'engage à réaliser au moins 450 heures d'insertion sur la durée du marché",
                      "Le marché comporte deux lots"])
    return D("d04_ae_restauration.pdf", "AE", "SIVOS du Haut-Bréval – Acte d'engagement – Lot 2",
             "SHB-2026-03 – AE lot 2", b, lab,
             note="Engagement coché dans l'AE (case [X]) ; raison sociale / siège social dans le même document.")


# ----------------------------------------------------------------------------- d05 annexe clause sociale
def d05():
    b = [TITLE("Syndicat intercommunal à vocation scolaire de l'Orvanne",
               "ANNEXE N° 2 AU CCAP – CLAUSE SOCIALE D'INSERTION",
               "Construction du groupe scolaire des Prés-Saint-Jean (11 lots)")]
    b += [H("1. Objet de l'annexe"),
          P("La présente annexe, qui a valeur contractuelle, précise les modalités d'exécution de l'action d'insertion "
            "imposée aux titulaires de certains lots de l'opération, conformément à l'article 14 du CCAP. L'opération est "
            "allotie en onze lots ; seuls les lots désignés au tableau ci-dessous sont concernés."),
          H("2. Volume d'heures par lot"),
          TAB([("Lot", "Intitulé", "Heures d'insertion minimales"),
               ("01", "Terrassements – gros œuvre", "1 400"),
               ("03", "Menuiseries extérieures aluminium", "350"),
               ("07", "Peinture – revêtements muraux", "210")],
              widths=[0.8, 4, 2.2], align="llr"),
          P("Soit un total de 1 960 heures pour l'opération. Les heures réalisées au-delà du minimum sur un lot ne se "
            "reportent pas sur un autre lot."),
          H("3. Personnes éligibles"),
          LST(["demandeurs d'emploi de longue durée (plus de 12 mois d'inscription au cours des 18 derniers mois) ;",
               "bénéficiaires des minima sociaux (RSA, ASS, AAH) ;",
               "jeunes de moins de 26 ans sortis du système scolaire sans diplôme ou avec un CAP non validé par un emploi ;",
               "seniors de plus de 50 ans inscrits à France Travail ;",
               "personnes prises en charge par une SIAE ou un GEIQ ;",
               "résidents des quartiers prioritaires de la politique de la ville."]),
          H("4. Modalités de réalisation"),
          P("Chaque titulaire concerné peut, au choix ou en les combinant : embaucher directement (CDD, CDI, intérim "
            "d'insertion, contrat d'apprentissage ou de professionnalisation) ; recourir à la mise à disposition de "
            "salariés par une ETTI, une AI ou un GEIQ BTP ; sous-traiter une partie des travaux à une entreprise d'insertion."),
          H("5. Rôle du facilitateur"),
          P("Mme Laëtitia Brunon, facilitatrice de la Maison de l'Emploi et de la Formation du Pays d'Orvanne, est "
            "l'interlocutrice unique des entreprises. Elle valide l'éligibilité des personnes avant leur prise de poste."),
          H("6. Obligations de suivi"),
          P("Le titulaire remet au facilitateur, avant le 5 de chaque mois, le tableau de suivi des heures du mois écoulé, "
            "puis un bilan qualitatif à la réception de son lot. Il désigne un référent insertion dans son encadrement de chantier."),
          H("7. Pénalités"),
          P("À défaut de réalisation, constatée au décompte général, le titulaire supporte une pénalité égale à 35 € HT par "
            "heure non effectuée. Aucune pénalité n'est appliquée si le facilitateur atteste qu'aucun candidat éligible n'a "
            "pu être proposé.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1960, allotissement=1, nb_lots=11,
            evidence=["Soit un total de 1 960 heures pour l'opération", "[somme 1400 + 350 + 210 pour les lots 01, 03 et 07]",
                      "L'opération est allotie en onze lots",
                      "pénalité égale à 35 € HT par heure non effectuée"])
    return D("d05_annexe_clause_insertion_groupe_scolaire.docx", "AUTRE",
             "SIVOS de l'Orvanne – Annexe 2 au CCAP – Clause sociale", "Groupe scolaire des Prés-Saint-Jean", b, lab,
             note="Annexe clause sociale : heures par lot dans un tableau, somme écrite.")


# ----------------------------------------------------------------------------- d06 CCAP textiles (deux colonnes)
def d06():
    b = [TITLE("Ville de Montclar-d'Auzon – Direction de la commande publique",
               "CCAP – Fourniture de vêtements de travail et d'équipements",
               "Procédure adaptée – Marché n° 26F011 – 2 lots")]
    b += [H("Art. 1 – Objet"),
          P("Le marché a pour objet la fourniture de vêtements de travail (lot 1) et de tenues de la police municipale "
            "(lot 2) pour les agents de la Ville. Le marché est alloti en 2 lots attribués séparément."),
          H("Art. 2 – Durée"),
          P("Chaque lot est conclu pour une durée de deux ans à compter de la notification, non reconductible."),
          H("Art. 3 – Conditions de livraison"),
          P("Les livraisons sont effectuées au magasin central, 3 allée des Tanneurs, du lundi au jeudi de 8 h à 11 h 30. "
            "Les articles sont livrés par agent, étiquetés à son nom."),
          P("Le titulaire supprime les suremballages individuels en plastique : les articles sont livrés regroupés dans des "
            "cartons recyclés et réutilisables, que le titulaire reprend lors de la livraison suivante."),
          H("Art. 4 – Conditions sociales de fabrication"),
          P("4.1 Le titulaire garantit que les articles livrés sont fabriqués dans le respect des conventions fondamentales "
            "de l'Organisation internationale du travail (n° 29, 87, 98, 100, 105, 111, 138 et 182), tout au long de sa "
            "chaîne d'approvisionnement, sous-traitants de rang 1 et 2 compris."),
          P("4.2 Il communique, dans le mois suivant la notification, la liste des sites de confection et de tissage "
            "(raison sociale, pays, effectif), puis toute modification en cours d'exécution."),
          P("4.3 À la demande de la Ville, et au moins une fois pendant la durée du marché, il fait réaliser à ses frais un "
            "audit social par un organisme tiers indépendant sur un site désigné par la Ville. Les non-conformités "
            "donnent lieu à un plan d'actions correctives mis en œuvre dans un délai de 60 jours."),
          P("4.4 Le refus de l'audit ou l'absence de plan d'actions entraîne une pénalité de 1 500 € et peut justifier "
            "la résiliation du marché pour faute."),
          H("Art. 5 – Prix"),
          P("Les prix sont fermes et non actualisables. Ils comprennent l'étiquetage nominatif et la livraison."),
          H("Art. 6 – Jugement des offres"),
          P("Le marché étant passé en procédure adaptée, les critères sont définis ci-après, pour chaque lot :"),
          RTAB([("Critère", "Pondération"),
                ("Prix (sur la base du DQE)", "50 %"),
                ("Qualité et confort des articles (échantillons)", "35 %"),
                ("Conditions sociales de production dans la chaîne d'approvisionnement (traçabilité, audits réalisés, "
                 "plan de vigilance)", "15 %")], widths=[5, 1.5], align="lr"),
          H("Art. 7 – Paiement"),
          P("Paiement à 30 jours par mandat administratif, sur facture déposée dans Chorus Pro."),
          H("Art. 8 – Pénalités de retard"),
          P("Au-delà du délai de 21 jours, 50 € par jour de retard et par commande, sans mise en demeure préalable."),
          H("Art. 9 – Litiges"),
          P("Tribunal administratif de Clermont-Ferrand.")]
    lab = L(clause_sociale=1, critere_social=1, clause_environnementale=1, allotissement=1, nb_lots=2,
            evidence=["fabriqués dans le respect des conventions fondamentales de l'Organisation internationale du travail",
                      "audit social par un organisme tiers indépendant",
                      "Conditions sociales de production dans la chaîne d'approvisionnement",
                      "Le titulaire supprime les suremballages", "alloti en 2 lots"])
    return D("d06_ccap_vetements_travail.pdf", "CCAP", "Ville de Montclar-d'Auzon – CCAP 26F011",
             "Marché 26F011 – vêtements de travail", b, lab, cols=2, hyphen=True,
             note="Travail décent (OIT) et audits dans la chaîne d'approvisionnement ; critère social ; emballages.")


# ----------------------------------------------------------------------------- d07 CCTP accessibilité
def d07():
    b = [TITLE("Régie culturelle du Théâtre de la Verrière – Villefranche-les-Bruyères",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Accueil du public, billetterie et contrôle d'accès – saisons 2026-2027 et 2027-2028")]
    b += [H("1. Contexte"),
          P("Le Théâtre de la Verrière accueille environ 42 000 spectateurs par saison (salle de 640 places, studio de 120 "
            "places). La régie externalise l'accueil, la billetterie au guichet et le contrôle d'accès les soirs de "
            "représentation."),
          H("2. Contenu des prestations"),
          LST(["tenue du guichet de billetterie aux horaires d'ouverture (mardi au samedi, 13 h – 18 h 30) ;",
               "accueil et placement du public, vestiaire, contrôle des billets ;",
               "gestion des listes d'invités et des réservations de groupes ;",
               "remontée quotidienne des recettes selon la procédure de la régie de recettes."]),
          H("3. Effectifs et qualification"),
          P("Le titulaire affecte un chef d'équipe présent à chaque ouverture et un nombre d'agents d'accueil conforme au "
            "tableau de jauge (annexe 1). Les agents maîtrisent le logiciel de billetterie de la régie après une formation "
            "de deux demi-journées assurée par celle-ci."),
          H("4. Accessibilité du service aux personnes en situation de handicap"),
          P("Au titre de l'article L.2112-2 du code de la commande publique, les engagements du présent article constituent "
            "une condition d'exécution à caractère social. Le titulaire s'engage à :"),
          LST(["faire suivre à chaque agent affecté une formation d'au moins 7 heures à l'accueil des publics en situation "
               "de handicap (handicaps moteur, sensoriels, psychiques et cognitifs) avant sa première vacation ;",
               "garantir la présence, à chaque représentation, d'au moins un agent formé à l'accompagnement en fauteuil "
               "et au placement des personnes à mobilité réduite ;",
               "mettre à disposition au guichet une boucle à induction magnétique portative et des documents de salle en "
               "facile à lire et à comprendre (FALC) ;",
               "permettre la réservation des places adaptées par téléphone, courriel et SMS jusqu'à la veille de la "
               "représentation ;",
               "assurer, pour les quatre représentations en audiodescription de la saison, l'accueil spécifique et la "
               "distribution des casques."]),
          P("Le titulaire remet en fin de saison un bilan de ces actions (nombre d'agents formés, réservations adaptées "
            "traitées, réclamations)."),
          H("5. Tenue et comportement"),
          P("Les agents portent une tenue sobre fournie par le titulaire et un badge nominatif. Le tutoiement du public et "
            "l'usage du téléphone personnel en salle sont proscrits."),
          H("6. Sécurité"),
          P("Les agents connaissent les consignes d'évacuation et participent à l'exercice annuel organisé par la régie. "
            "Le titulaire fournit au moins un SSIAP 1 par soir d'exploitation de la grande salle."),
          H("7. Indicateurs de qualité"),
          TAB([("Indicateur", "Cible"),
               ("Ouverture du guichet à l'heure", "100 %"),
               ("Écart de caisse", "< 0,5 %"),
               ("Agents formés à l'accueil des publics handicapés (art. 4)", "100 % des agents affectés")],
              widths=[4, 2])]
    lab = L(clause_sociale=1,
            evidence=["les engagements du présent article constituent une condition d'exécution à caractère social",
                      "formation d'au moins 7 heures à l'accueil des publics en situation de handicap"])
    return D("d07_cctp_accueil_billetterie.docx", "CCTP", "Théâtre de la Verrière – CCTP accueil et billetterie",
             "CCTP – Accueil du public", b, lab,
             note="Engagements d'accessibilité du service (formation, FALC, boucle magnétique) ; pas d'insertion.")


# ----------------------------------------------------------------------------- d08 CCAP apprentissage
def d08():
    b = [TITLE("Communauté de communes du Pays de Serre-Vallon",
               "Cahier des Clauses Administratives Particulières",
               "Exploitation et maintenance des installations de chauffage, ventilation et climatisation",
               "Marché public de services – Appel d'offres ouvert – n° CCSV-26-005")]
    b += [H("Article 1 – Objet du marché"),
          P("Le marché porte sur la conduite, l'entretien et le dépannage des installations thermiques et aérauliques de "
            "24 bâtiments communautaires (prestations P2 et P3 selon la nomenclature usuelle)."),
          H("Article 2 – Forme et montant"),
          P("Il s'agit d'un marché mixte : partie forfaitaire (P2) et partie à bons de commande (P3 et petits travaux). "
            "La partie à bons de commande est conclue sans minimum et avec un montant maximum de 640~000 € HT pour "
            "toute la durée du marché."),
          H("Article 3 – Durée"),
          P("Le marché prend effet au 1er juillet 2026 pour cinq saisons de chauffe, soit jusqu'au 30 juin 2031."),
          H("Article 4 – Intéressement"),
          P("Un intéressement aux économies d'énergie est prévu pour la partie P1 (fourniture non incluse) : voir annexe 3."),
          H("Article 5 – Obligations sociales et fiscales"),
          P("Le titulaire remet tous les six mois les documents prévus à l'article D.8222-5 du code du travail (attestation "
            "de vigilance URSSAF, extrait Kbis). Il demeure seul responsable du respect de la réglementation du travail à "
            "l'égard de son personnel."),
          H("Article 6 – Astreinte"),
          P("Le titulaire assure une astreinte 24 h/24 du 15 octobre au 15 avril. Le délai d'intervention sur panne "
            "totale est de 4 heures."),
          SPLIT("Pendant l'intersaison, le délai est porté à 24 heures ouvrées, sauf pour les salles informatiques et la "
                "cuisine centrale qui restent soumises au",
                "délai de 4 heures toute l'année."),
          H("Article 7 – Formation et emploi des jeunes éloignés de l'emploi"),
          P("7.1 – Pendant toute la durée du marché, le titulaire accueille au moins un jeune de moins de 26 ans sorti du "
            "système scolaire sans qualification, ou demandeur d'emploi inscrit depuis plus de 12 mois, en contrat "
            "d'apprentissage ou de professionnalisation préparant un diplôme des métiers du génie climatique. Le jeune "
            "est affecté pour partie aux prestations du marché."),
          P("7.2 – Un tuteur, technicien confirmé de l'agence d'exécution, est désigné nominativement ; il assure la "
            "formation du jeune sur les installations communautaires. Le titulaire informe la collectivité de toute "
            "rupture de contrat et pourvoit au remplacement dans un délai de trois mois."),
          P("7.3 – Un bilan écrit est transmis chaque année avec le rapport d'exploitation. À défaut d'accueil pendant une "
            "période supérieure à trois mois, une pénalité forfaitaire de 2 000 € HT par trimestre est appliquée."),
          H("Article 8 – Rapport annuel"),
          P("Le rapport annuel d'exploitation est remis avant le 30 septembre. Il comprend les consommations par bâtiment, "
            "les interventions P3 et les préconisations de travaux."),
          H("Article 9 – Pénalités"),
          P("Retard d'intervention : 100 € HT par heure ; défaut de remise du rapport annuel : 50 € HT par jour."),
          H("Article 10 – Dérogations au CCAG-FCS"),
          P("L'article 7.3 déroge à l'article 14 du CCAG-FCS.")]
    lab = L(clause_sociale=1, clause_insertion=1, montant_max_ht=640000,
            evidence=["accueille au moins un jeune de moins de 26 ans sorti du système scolaire sans qualification",
                      "en contrat d'apprentissage ou de professionnalisation",
                      "montant maximum de 640~000 € HT pour toute la durée du marché"])
    return D("d08_ccap_maintenance_cvc.pdf", "CCAP", "CC Pays de Serre-Vallon – CCAP exploitation CVC",
             "CCSV-26-005 – CCAP", b, lab, hyphen=True,
             note="Apprentissage / alternance réservé à des jeunes éloignés de l'emploi, tuteur, pénalité ; rappel D.8222-5 (légal).")


# ----------------------------------------------------------------------------- d09 CCAP égalité femmes-hommes
def d09():
    b = [TITLE("Établissement public foncier de l'Aubrac-Ségala",
               "CCAP – Surveillance et gardiennage des sites en portage foncier",
               "Accord-cadre mono-attributaire – Procédure adaptée – Consultation n° EPF-AS-2026-02")]
    b += [H("Article 1 – Objet"),
          P("Surveillance par rondes motorisées et interventions sur alarme des terrains et immeubles acquis par "
            "l'établissement dans l'attente de leur cession (environ 35 sites)."),
          H("Article 2 – Durée et montant"),
          P("L'accord-cadre est conclu pour 2 ans, reconductible une fois pour 2 ans. Il est exécuté par bons de commande, "
            "sans montant minimum ni maximum."),
          H("Article 3 – Personnel"),
          P("Les agents détiennent une carte professionnelle délivrée par le CNAPS en cours de validité. Le titulaire "
            "respecte les obligations de la convention collective nationale des entreprises de prévention et de sécurité."),
          H("Article 4 – Égalité professionnelle entre les femmes et les hommes"),
          P("Indépendamment des obligations légales qui s'imposent à lui (index de l'égalité professionnelle), le titulaire "
            "met en œuvre, pour le personnel affecté à l'exécution de l'accord-cadre, les actions suivantes, qui constituent "
            "une condition d'exécution du marché :"),
          LST(["a) une sensibilisation de deux heures à la prévention des violences sexistes et sexuelles au travail, "
               "délivrée à chaque agent dans les trois mois de son affectation ;",
               "b) la désignation d'un référent harcèlement joignable par les agents affectés ;",
               "c) l'établissement de plannings de rondes communiqués au moins quinze jours à l'avance, afin de faciliter "
               "l'articulation entre vie professionnelle et vie familiale ;",
               "d) la mise à disposition d'équipements et de véhicules adaptés aux agents féminins comme masculins."]),
          P("Le titulaire adresse chaque année un bilan comprenant la répartition femmes-hommes des agents affectés, le "
            "nombre d'agents sensibilisés et les signalements traités. L'absence de bilan donne lieu à une pénalité de 500 €."),
          H("Article 5 – Jugement des offres"),
          P("Les offres sont appréciées selon les critères pondérés suivants : prix (50 %) ; valeur technique appréciée au "
            "vu du mémoire (40 %) ; performance environnementale des véhicules affectés aux rondes, au regard de leurs "
            "émissions de CO2 (10 %)."),
          H("Article 6 – Prix et règlement"),
          P("Les prix du BPU sont révisés annuellement selon l'indice des salaires de la branche. Règlement à 30 jours."),
          H("Article 7 – Pénalités"),
          P("Ronde non effectuée : 150 € ; délai d'intervention sur alarme dépassé : 80 € par tranche de 15 minutes."),
          H("Article 8 – Résiliation"),
          P("Outre les cas prévus par le CCAG-FCS, l'accord-cadre peut être résilié en cas de retrait de l'autorisation "
            "d'exercer délivrée par le CNAPS.")]
    lab = L(clause_sociale=1, critere_environnemental=1,
            evidence=["Égalité professionnelle entre les femmes et les hommes",
                      "les actions suivantes, qui constituent une condition d'exécution du marché",
                      "performance environnementale des véhicules affectés aux rondes"])
    return D("d09_ccap_gardiennage.docx", "CCAP", "EPF Aubrac-Ségala – CCAP gardiennage",
             "EPF-AS-2026-02", b, lab,
             note="Actions d'égalité femmes-hommes exigées au-delà de l'index légal ; critère environnemental.")


# ----------------------------------------------------------------------------- d10 RC avec critère et clause
def d10():
    b = [TITLE("Ville de Pontbriac", "RÈGLEMENT DE LA CONSULTATION",
               "Réfection de la toiture et des façades de la médiathèque Aimé-Césaire",
               "MAPA de travaux – date limite de remise des offres : 20 avril 2026, 12 h 00")]
    b += [H("1 – Acheteur"),
          P("Ville de Pontbriac, Hôtel de Ville, place du Marché, 33520 Pontbriac. Représentant : le Maire."),
          H("2 – Objet et décomposition"),
          P("La consultation porte sur la réfection de la couverture en zinc, de l'isolation des combles et le ravalement des "
            "façades de la médiathèque. Les travaux sont décomposés en 4 lots :"),
          LST(["Lot 1 – Échafaudage, maçonnerie, ravalement", "Lot 2 – Couverture zinc, zinguerie",
               "Lot 3 – Isolation des combles", "Lot 4 – Peinture des menuiseries extérieures"]),
          P("L'estimation de l'ensemble des lots s'élève à 615~000 € HT."),
          H("3 – Conditions de la consultation"),
          P("3.1 Procédure : procédure adaptée en application de l'article R.2123-1 1° du CCP. 3.2 Variantes : non "
            "autorisées. 3.3 Délai de validité des offres : 120 jours."),
          P("3.4 Conditions particulières d'exécution : le lot 1 comporte une clause d'insertion obligatoire décrite à "
            "l'article 10 du CCAP : le titulaire devra réaliser 300 heures de travail au profit de personnes en parcours "
            "d'insertion, avec l'appui du facilitateur du Département de la Gironde."),
          H("4 – Contenu des plis"),
          P("Pièces de la candidature : DC1 et DC2 ou DUME ; attestation d'assurance décennale ; trois références de "
            "travaux similaires. Pièces de l'offre : acte d'engagement, DPGF, mémoire technique (10 pages maximum), "
            "planning prévisionnel."),
          H("5 – Jugement des offres"),
          P("Le jugement est effectué lot par lot selon les critères suivants :"),
          RTAB([("Critère", "Lots 2, 3, 4", "Lot 1"),
                ("Prix", "60 %", "50 %"),
                ("Valeur technique (méthodologie, moyens, planning)", "40 %", "40 %"),
                ("Performance en matière d'insertion professionnelle des publics en difficulté", "—", "10 %")],
               widths=[4, 1.5, 1.5], align="lrr"),
          P("Pour le lot 1, le critère d'insertion est apprécié au vu de la note du candidat décrivant l'accueil, "
            "l'encadrement et la formation des personnes en insertion (tutorat, qualification visée)."),
          H("6 – Négociation"),
          P("La Ville se réserve la possibilité de négocier avec les trois candidats les mieux classés."),
          H("7 – Renseignements"),
          P("Questions par la plateforme au plus tard 8 jours avant la date limite. Recours : tribunal administratif de Bordeaux.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=300, critere_social=1, allotissement=1, nb_lots=4,
            montant_estime_ht=615000,
            evidence=["le titulaire devra réaliser 300 heures de travail au profit de personnes en parcours d'insertion",
                      "Performance en matière d'insertion professionnelle des publics en difficulté",
                      "décomposés en 4 lots", "L'estimation de l'ensemble des lots s'élève à 615~000 € HT"])
    return D("d10_rc_mediatheque.pdf", "RC", "Ville de Pontbriac – RC – Médiathèque", "RC – Médiathèque Aimé-Césaire",
             b, lab, note="RC : clause d'insertion (lot 1) et critère d'insertion pondéré dans un tableau.")


# ----------------------------------------------------------------------------- d11 charte d'insertion (txt)
def d11():
    b = [TITLE("OPÉRATION DE RENOUVELLEMENT URBAIN DU QUARTIER DES GLYCINES – NPNRU",
               "CHARTE LOCALE D'INSERTION – ENGAGEMENT DE L'ENTREPRISE ATTRIBUTAIRE",
               "Pièce contractuelle annexée au CCAP – à signer par le titulaire")]
    b += [P("Maître d'ouvrage : Habitat du Val d'Ysse, office public de l'habitat"),
          P("Marché : démolition de la barre B12 (120 logements) et désamiantage préalable"),
          H("I. CONTEXTE"),
          P("Conformément au règlement général de l'ANRU, les maîtres d'ouvrage de l'opération se sont engagés à "
            "consacrer une part des heures travaillées à l'insertion des habitants des quartiers prioritaires. La présente "
            "charte traduit cet engagement pour le marché cité ci-dessus."),
          H("II. ENGAGEMENTS DE L'ENTREPRISE"),
          P("1) L'entreprise attributaire réserve à l'insertion au moins 5 % des heures travaillées sur le chantier, "
            "toutes catégories de personnel confondues (hors encadrement)."),
          P("2) Elle embauche, pour la durée du chantier et au minimum pour six mois, deux personnes résidant dans un "
            "quartier prioritaire de la politique de la ville et rencontrant des difficultés d'accès à l'emploi."),
          P("3) Elle facilite l'accès de ces personnes à une formation qualifiante (CACES, SS4 amiante) financée avec "
            "l'OPCO de la construction."),
          P("4) Elle renseigne mensuellement l'outil de suivi partagé et reçoit la chargée de mission clauses "
            "(Mme Sabrina Ould-Kaci, Maison de l'emploi Ysse-Agglo) sur le chantier."),
          H("III. CONTRÔLE"),
          P("Le non-respect des engagements est sanctionné dans les conditions de l'article 12.4 du CCAP (pénalité de "
            "50 € HT par heure non réalisée)."),
          H("IV. SIGNATURES"),
          P("Pour l'entreprise : nom, qualité, cachet ......................"),
          P("Pour le maître d'ouvrage : le directeur général d'Habitat du Val d'Ysse")]
    lab = L(clause_sociale=1, clause_insertion=1,
            evidence=["réserve à l'insertion au moins 5 % des heures travaillées sur le chantier",
                      "Elle embauche, pour la durée du chantier et au minimum pour six mois, deux personnes"])
    return D("d11_charte_insertion_glycines.txt", "AUTRE", "", "", b, lab,
             note="Charte contractuelle : part d'heures (5 %), embauches ; aucun nombre d'heures ; logement social hors objet du label.")


# ----------------------------------------------------------------------------- d12 CCAP informatique (GEIQ, ETTI)
def d12():
    b = [TITLE("Métropole de Ruvigny – Direction du numérique",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Accord-cadre de tierce maintenance applicative et d'hébergement des applications métier",
               "Appel d'offres ouvert – MRU-DN-2026-11")]
    b += [H("Article 1 – Objet et allotissement"),
          P("Le présent accord-cadre comporte 2 lots : lot 1 « tierce maintenance applicative (TMA) » ; lot 2 « hébergement "
            "et infogérance ». Les stipulations du présent CCAP sont communes aux deux lots sauf mention contraire."),
          H("Article 2 – Montants"),
          P("Lot 1 : montant maximum de 600~000 € HT sur la durée totale. Lot 2 : montant maximum de 300~000 € HT sur la "
            "durée totale. Le montant maximum de l'accord-cadre, tous lots confondus, est ainsi de 900~000 € HT."),
          H("Article 3 – Durée"),
          P("Quatre ans ferme à compter de la notification."),
          H("Article 4 – Protection des données à caractère personnel"),
          P("Le titulaire agit en qualité de sous-traitant au sens de l'article 28 du règlement (UE) 2016/679 (RGPD). Il "
            "ne traite les données que sur instruction documentée de la Métropole, tient le registre des traitements "
            "prévu à l'article 30 et notifie toute violation de données dans les 48 heures."),
          H("Article 5 – Réversibilité"),
          P("Un plan de réversibilité est remis trois mois après la notification et mis à jour chaque année."),
          H("Article 6 – Condition d'exécution sociale (lot 1 uniquement)"),
          P("Le titulaire du lot 1 consacre au moins 4 % des heures de travail facturées au titre des bons de commande à des "
            "personnes éloignées de l'emploi. Il y satisfait notamment par la mise à disposition de salariés d'un GEIQ ou "
            "d'une ETTI, par l'embauche directe de demandeurs d'emploi de longue durée formés aux métiers du numérique "
            "(par exemple à l'issue d'une préparation opérationnelle à l'emploi), ou par la sous-traitance de travaux de "
            "recette et de saisie à une entreprise d'insertion."),
          P("Chaque trimestre, le titulaire transmet au référent de la Métropole l'état des heures réalisées. Le taux est "
            "apprécié à la fin de chaque année civile."),
          H("Article 7 – Environnement d'exécution"),
          P("L'environnement de recette est fourni par la Métropole. Le titulaire assure la mise à jour de l'environnement "
            "de développement et des outils d'intégration continue."),
          H("Article 8 – Pénalités"),
          P("Dépassement du délai de correction d'une anomalie bloquante : 300 € HT par jour ouvré. Non-respect du taux "
            "prévu à l'article 6 : 1 % du montant annuel facturé au titre du lot 1.")]
    lab = L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2, montant_max_ht=900000,
            evidence=["consacre au moins 4 % des heures de travail facturées au titre des bons de commande à des personnes éloignées de l'emploi",
                      "comporte 2 lots", "tous lots confondus, est ainsi de 900~000 € HT"])
    return D("d12_ccap_tma_hebergement.docx", "CCAP", "Métropole de Ruvigny – CCAP TMA / hébergement",
             "MRU-DN-2026-11", b, lab,
             note="Part des heures (4 %) via GEIQ/ETTI/embauche ; RGPD (légal) ; « environnement » au sens informatique.")


# ----------------------------------------------------------------------------- d13 Q/R positive (txt)
def d13():
    b = [TITLE("Consultation n° 2026-TRX-31 – Aménagement de la ZAC du Clos-Marin",
               "RÉPONSES AUX QUESTIONS DES CANDIDATS (n° 1 à 5)", "Publié sur le profil d'acheteur le 12/02/2026")]
    b += [P("Question 1 : Le DCE mentionne quatre lots. Peut-on répondre à plusieurs lots avec une seule offre technique ?"),
          P("Réponse : Oui, un même candidat peut répondre aux quatre lots, mais une offre distincte (AE, BPU, mémoire) "
            "est attendue pour chacun."),
          P("Question 2 : La clause d'insertion s'applique-t-elle au lot 4 (signalisation) ?"),
          P("Réponse : Non. L'obligation d'insertion prévue à l'article 8 du CCAP ne concerne que les lots 1 et 2. Elle "
            "impose au titulaire du lot 1 de réaliser 1 050 heures d'insertion et au titulaire du lot 2 d'en réaliser 420. "
            "Le lot 3 et le lot 4 n'en comportent pas."),
          P("Question 3 : Une entreprise adaptée peut-elle être sous-traitante pour satisfaire la clause ?"),
          P("Réponse : Les heures effectuées par des salariés d'une entreprise adaptée reconnus travailleurs handicapés sont "
            "prises en compte, au même titre que celles des salariés de SIAE ou de GEIQ, sous réserve de validation par le "
            "facilitateur."),
          P("Question 4 : Quelle est la date de démarrage prévisionnelle ?"),
          P("Réponse : L'ordre de service de démarrage est prévu pour le 1er juin 2026."),
          P("Question 5 : Les plans au format DWG peuvent-ils être fournis ?"),
          P("Réponse : Ils ont été ajoutés au DCE (dossier 04_Plans) le 11/02/2026.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1470, allotissement=1, nb_lots=4,
            evidence=["impose au titulaire du lot 1 de réaliser 1 050 heures d'insertion et au titulaire du lot 2 d'en réaliser 420",
                      "[1050 + 420]", "un même candidat peut répondre aux quatre lots"])
    return D("d13_qr_zac_clos_marin.txt", "QR", "", "", b, lab,
             note="Q/R confirmant l'obligation d'insertion par lot (somme 1 050 + 420).")


# ----------------------------------------------------------------------------- d14 avis JOUE (txt)
def d14():
    b = [TITLE("Avis de marché – Directive 2014/24/UE", "France – Services de nettoyage et d'entretien des voies publiques",
               "Réf. JOUE : 2026/S 041-128877")]
    b += [P("Section I: Pouvoir adjudicateur"),
          P("I.1) Nom et adresses : Syndicat mixte de propreté urbaine du Littoral Corbérien, 4 quai des Salins, 11370 "
            "Port-Sablière, France. Code NUTS : FRJ11"),
          P("I.5) Activité principale : Services généraux des administrations publiques"),
          P("Section II: Objet"),
          P("II.1.1) Intitulé : Balayage, lavage et collecte des corbeilles de rue – secteurs Nord, Centre et Plages"),
          P("II.1.2) Code CPV principal : 90610000"),
          P("II.1.5) Valeur totale estimée : Valeur hors TVA : 1 480 000.00 EUR"),
          P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être soumises pour "
            "tous les lots. Nombre de lots : 3"),
          P("II.2.1) Intitulé : Secteur Nord – Lot n° : 1"),
          P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 45 ; Prix – "
            "Pondération : 55"),
          P("II.2.1) Intitulé : Secteur Centre – Lot n° : 2"),
          P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 45 ; Prix – "
            "Pondération : 55"),
          P("II.2.1) Intitulé : Secteur Plages (saison estivale) – Lot n° : 3"),
          P("II.2.5) Critères d'attribution : Prix – Pondération : 100"),
          P("II.2.14) Informations complémentaires : lot 3 réservé (voir III.1.5)"),
          P("Section III: Renseignements d'ordre juridique, économique, financier et technique"),
          P("III.1.1) Habilitation à exercer l'activité professionnelle : inscription au registre du commerce ou "
            "équivalent"),
          P("III.1.5) Informations sur les marchés réservés : Le lot n° 3 est réservé à des structures d'insertion par "
            "l'activité économique mentionnées à l'article L. 5132-4 du code du travail (article L. 2113-13 du code de la "
            "commande publique)."),
          P("III.2.2) Conditions particulières d'exécution : Lots 1 et 2 : le titulaire réservera au moins 6 % des heures "
            "de main-d'œuvre nécessaires à l'exécution à des actions d'insertion en faveur de personnes rencontrant des "
            "difficultés sociales et professionnelles particulières."),
          P("Section IV: Procédure"),
          P("IV.1.1) Type de procédure : Procédure ouverte"),
          P("IV.2.2) Date limite de réception des offres : 30/03/2026 – 12:00"),
          P("Section VI: Renseignements complémentaires"),
          P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Montpellier"),
          P("VI.5) Date d'envoi du présent avis : 25/02/2026")]
    lab = L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-13", allotissement=1, nb_lots=3,
            montant_estime_ht=1480000,
            evidence=["le titulaire réservera au moins 6 % des heures de main-d'œuvre",
                      "réservé à des structures d'insertion par l'activité économique",
                      "Nombre de lots : 3", "Valeur hors TVA : 1 480 000.00 EUR"])
    return D("d14_avis_joue_proprete.txt", "AVIS", "", "", b, lab,
             note="Avis JOUE : condition d'insertion (part d'heures) lots 1-2 ; lot 3 réservé L2113-13.")


# ============================================================================= pièges
# ----------------------------------------------------------------------------- d15 CCAP obligations légales
def d15():
    b = [TITLE("Commune de Lézignac-sur-Orb", "C.C.A.P.",
               "Construction d'un centre technique municipal – 8 lots",
               "Marché de travaux passé en procédure adaptée – Réf. LZO-CTM-2026")]
    b += [H("ARTICLE 1 – OBJET – ALLOTISSEMENT"),
          P("Le marché a pour objet la construction d'un centre technique municipal (ateliers, garages, vestiaires, "
            "bureaux) sur la parcelle AK 212. Il est divisé en 8 lots : 1 VRD ; 2 gros œuvre ; 3 charpente métallique – "
            "bardage ; 4 couverture – étanchéité ; 5 menuiseries ; 6 plâtrerie – faux plafonds ; 7 électricité ; 8 "
            "plomberie – chauffage – ventilation."),
          P("Montant prévisionnel des travaux : 3~960~000 € HT, tous lots confondus."),
          H("ARTICLE 2 – PIÈCES CONTRACTUELLES"),
          P("Acte d'engagement ; CCAP ; CCTP et plans ; DPGF ; CCAG Travaux 2021 ; PGC SPS."),
          H("ARTICLE 3 – PRIX – RÈGLEMENT"),
          P("Prix global et forfaitaire, actualisable (index BT01 ou spécifique du lot). Acomptes mensuels, paiement à 30 jours."),
          H("ARTICLE 4 – DÉLAIS"),
          P("Délai global : 14 mois y compris 1 mois de préparation et congés de fin d'année."),
          H("ARTICLE 5 – GESTION DES DÉCHETS DE CHANTIER"),
          P("Chaque entreprise évacue ses déchets au fur et à mesure. Le tri est organisé sur la plateforme de chantier en "
            "cinq bennes (inertes, bois, métaux, plâtre, DIB). Un taux de valorisation matière d'au moins 70 % en masse des "
            "déchets non dangereux est exigé ; les bordereaux de suivi sont joints à chaque situation."),
          H("ARTICLE 6 – OBLIGATIONS SOCIALES DU TITULAIRE"),
          P("6.1 Travail dissimulé – Le titulaire remet lors de la conclusion du marché puis tous les six mois jusqu'à la fin "
            "de son exécution les pièces mentionnées à l'article D.8222-5 du code du travail, conformément aux articles "
            "L.8221-1, L.8221-3 et L.8221-5 du même code."),
          P("6.2 Détachement – Lorsqu'il détache des salariés, le titulaire effectue la déclaration préalable prévue à "
            "l'article L.1262-2-1 du code du travail (SIPSI) et en conserve une copie sur le chantier. Il vérifie que ses "
            "sous-traitants ont accompli cette formalité (article L.1262-4-1)."),
          P("6.3 Carte BTP – Chaque salarié présent sur le chantier est porteur de la carte d'identification professionnelle "
            "prévue à l'article L.8291-1 du code du travail."),
          P("6.4 Sécurité – Le titulaire tient à jour le document unique d'évaluation des risques professionnels (articles "
            "R.4121-1 et suivants) et remet son PPSPS au coordonnateur SPS dans les 30 jours de la notification."),
          P("6.5 Emploi des travailleurs handicapés – Le titulaire déclare satisfaire à l'obligation d'emploi des "
            "travailleurs handicapés prévue aux articles L.5212-1 à L.5212-11 du code du travail."),
          P("6.6 Le titulaire applique à son personnel les conventions collectives nationales du bâtiment et les "
            "dispositions légales relatives à la durée du travail et au salaire minimum."),
          H("ARTICLE 7 – PÉNALITÉS"),
          P("Retard : 1/1000e du montant du lot par jour. Défaut de remise des pièces de l'article 6.1 après mise en demeure : "
            "500 € par jour. Salarié sans carte BTP : 2 000 € par salarié (art. L.8291-2)."),
          H("ARTICLE 8 – RÉCEPTION"),
          P("Réception unique pour l'ensemble des lots, dans les conditions de l'article 41 du CCAG Travaux.")]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=8, montant_estime_ht=3960000,
            evidence=["Un taux de valorisation matière d'au moins 70 % en masse des déchets non dangereux est exigé",
                      "Il est divisé en 8 lots", "3~960~000 € HT, tous lots confondus"])
    return D("d15_ccap_centre_technique.pdf", "CCAP", "Commune de Lézignac-sur-Orb – CCAP – Centre technique municipal",
             "LZO-CTM-2026 – CCAP", b, lab, hyphen=True,
             note="Piège : « obligations sociales » = rappels légaux (L.8221, détachement, carte BTP, DUER, L.5212-1 à L.5212-11).")


# ----------------------------------------------------------------------------- d16 CCAP propreté reprise du personnel
def d16():
    b = [TITLE("Communauté de communes des Coteaux de l'Ardanne",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Entretien ménager des équipements communautaires (piscine, crèches, siège)")]
    b += [H("Article 1 – Objet"),
          P("Entretien ménager quotidien de la piscine intercommunale, des deux multi-accueils et du siège de la "
            "communauté de communes. Le marché est passé en lot unique."),
          H("Article 2 – Durée – montant"),
          P("Le marché est conclu pour un an à compter du 1er septembre 2026, reconductible tacitement trois fois. Les "
            "prestations ponctuelles sont commandées par bons de commande dans la limite d'un montant maximum de "
            "52~000 € HT par période."),
          H("Article 3 – Reprise du personnel"),
          P("Le marché entre dans le champ de l'accord du 5 mars 2002 relatif à la garantie de l'emploi et à la continuité du "
            "contrat de travail du personnel en cas de changement de prestataire, figurant en annexe 7 de la convention "
            "collective nationale des entreprises de propreté et services associés (IDCC 3043)."),
          P("Le titulaire entrant reprend, dans les conditions fixées par cet accord, les salariés de l'entreprise sortante "
            "affectés au site depuis au moins six mois. La liste de ces salariés (qualification, ancienneté, horaires, "
            "salaire brut) figure en annexe 3 ; elle est communiquée sous la responsabilité du prestataire sortant."),
          H("Article 4 – Conditions de travail du personnel du titulaire"),
          P("Le titulaire demeure seul employeur de son personnel. Il applique la durée légale du travail, les règles "
            "relatives aux repos quotidien et hebdomadaire, et rémunère ses salariés au moins au niveau des minima de la "
            "grille conventionnelle. Les heures effectuées avant 6 heures ou après 21 heures sont majorées conformément à "
            "la convention collective."),
          P("Il fournit à ses agents les équipements de protection individuelle et les vêtements de travail adaptés aux "
            "risques de la piscine (sols glissants, produits chlorés)."),
          H("Article 5 – Horaires et continuité"),
          P("La piscine est nettoyée chaque jour avant 8 h 30 ; les crèches après 18 h 45. En cas d'absence d'un agent, le "
            "titulaire assure son remplacement dans la journée."),
          H("Article 6 – Prix"),
          P("Prix forfaitaires mensuels (partie fixe) et prix unitaires (bons de commande), révisables annuellement selon "
            "l'indice du coût horaire du travail – Nettoyage."),
          H("Article 7 – Pénalités"),
          P("Non-remplacement d'un agent absent : 100 € HT par jour. Prestation non conforme constatée : 60 € HT par constat."),
          H("Article 8 – Litiges"),
          P("Tribunal administratif de Pau.")]
    lab = L(allotissement=0, montant_max_ht=208000,
            evidence=["Le marché est passé en lot unique", "montant maximum de 52~000 € HT par période",
                      "reconductible tacitement trois fois", "[52 000 × 4 périodes d'un an]"])
    return D("d16_ccap_entretien_menager.docx", "CCAP", "CC des Coteaux de l'Ardanne – CCAP entretien ménager",
             "CCAP – Entretien ménager", b, lab,
             note="Piège : reprise du personnel (annexe 7 propreté), durée du travail et salaires légaux/conventionnels.")


# ----------------------------------------------------------------------------- d17 RC critère social seul
def d17():
    b = [TITLE("Département de la Vallée-Haute – Direction des routes",
               "RÈGLEMENT DE CONSULTATION",
               "Fauchage et débroussaillage des accotements des routes départementales – secteur Est",
               "Procédure adaptée – Consultation RD-2026-044")]
    b += [H("Article 1 – Objet de la consultation"),
          P("La consultation porte sur le fauchage des accotements et le débroussaillage des talus des routes "
            "départementales du secteur Est (environ 640 km). Le marché n'est pas alloti, les interventions étant "
            "programmées par circuit continu."),
          H("Article 2 – Dossier de consultation"),
          P("Le DCE comprend : le présent RC, l'acte d'engagement, le CCAP, le CCTP, le BPU et le DQE, la carte des circuits."),
          H("Article 3 – Présentation des candidatures"),
          P("Le candidat produit le DC1, le DC2 ou le DUME, la liste du matériel (épareuses, tracteurs), et ses références "
            "de fauchage routier."),
          H("Article 4 – Présentation des offres"),
          P("L'offre comprend l'acte d'engagement, le BPU, le DQE et un mémoire technique comportant les rubriques "
            "correspondant aux critères ci-dessous."),
          H("Article 5 – Critères de jugement des offres"),
          RTAB([("Critère", "Pondération"),
                ("1. Prix des prestations (DQE)", "45 %"),
                ("2. Valeur technique : organisation des circuits, matériel affecté, sécurité des chantiers mobiles", "30 %"),
                ("3. Performance en matière d'insertion professionnelle : modalités d'accueil, d'encadrement et de "
                 "formation de personnes en parcours d'insertion que le candidat envisage d'associer à l'exécution", "15 %"),
                ("4. Performance environnementale : fauchage raisonné, préservation des espèces, consommation de "
                 "carburant des engins", "10 %")], widths=[5.5, 1.3], align="lr"),
          P("Chaque critère est noté sur 10 puis pondéré. Le critère 3 est noté à partir de la rubrique « emploi et "
            "insertion » du mémoire technique."),
          H("Article 6 – Négociation"),
          P("Le Département pourra engager une négociation avec les candidats ayant remis une offre régulière."),
          H("Article 7 – Délai de validité des offres"),
          P("90 jours à compter de la date limite de remise des offres."),
          H("Article 8 – Renseignements complémentaires"),
          P("Les questions sont posées sur le profil d'acheteur au plus tard le 10 mars 2026.")]
    lab = L(critere_social=1, critere_environnemental=1, allotissement=0,
            evidence=["Performance en matière d'insertion professionnelle : modalités d'accueil, d'encadrement et de formation",
                      "Performance environnementale : fauchage raisonné", "Le marché n'est pas alloti"])
    return D("d17_rc_fauchage.pdf", "RC", "Département de la Vallée-Haute – RC fauchage secteur Est",
             "RD-2026-044 – RC", b, lab,
             note="Critère d'insertion (critère social) sans clause imposée ; critère environnemental.")


# ----------------------------------------------------------------------------- d18 RC avec SPASER (txt)
def d18():
    b = [TITLE("MÉTROPOLE DU GRAND VAUDREUIL-LES-MARAIS", "RÈGLEMENT DE LA CONSULTATION",
               "Acquisition et maintenance de licences d'un logiciel de gestion du patrimoine arboré")]
    b += [H("1. Contexte"),
          P("La Métropole a adopté par délibération du 14 décembre 2023 son schéma de promotion des achats socialement et "
            "écologiquement responsables (SPASER) 2024-2028. Elle s'y est fixé pour objectif d'intégrer une clause "
            "sociale dans 30 % de ses marchés et de développer les achats auprès des structures de l'économie sociale et "
            "solidaire."),
          P("Compte tenu de la nature des prestations (fourniture de licences et maintenance d'un progiciel du marché), le "
            "présent marché ne comporte ni clause sociale ni critère social."),
          H("2. Objet"),
          P("Fourniture des licences (30 utilisateurs), paramétrage, reprise des données d'inventaire (48 000 arbres), "
            "formation des utilisateurs et maintenance pendant quatre ans."),
          P("Marché unique, non alloti. Montant estimé : 145 000 € HT sur la durée totale."),
          H("3. Procédure"),
          P("Procédure adaptée (article R.2123-1 1° du CCP). Une démonstration pourra être demandée aux trois candidats "
            "les mieux classés."),
          H("4. Candidature"),
          P("DC1 et DC2 ou DUME ; références de déploiement auprès de collectivités ; attestation d'assurance."),
          H("5. Jugement des offres"),
          P("Prix (coût total sur 4 ans) : 40 % ; valeur technique (couverture fonctionnelle, ergonomie, démonstration) : "
            "50 % ; qualité de la maintenance et de l'assistance : 10 %."),
          H("6. Conditions de remise"),
          P("Offres remises exclusivement par voie électronique sur le profil d'acheteur avant le 27 mars 2026 à 16 h.")]
    lab = L(allotissement=0, montant_estime_ht=145000,
            evidence=["Marché unique, non alloti", "Montant estimé : 145 000 € HT sur la durée totale"])
    return D("d18_rc_logiciel_patrimoine_arbore.txt", "RC", "", "", b, lab,
             note="Piège : SPASER de l'acheteur cité, le marché déclare n'avoir ni clause ni critère social.")


# ----------------------------------------------------------------------------- d19 CCAP Charte Entreprises et Quartiers
def d19():
    b = [TITLE("Ville de Castel-Morvan", "CCAP",
               "Démolition de l'ancienne piscine Tournesol et remise en état du terrain",
               "Marché de travaux – Procédure adaptée – Marché unique")]
    b += [H("Article 1 – Objet"),
          P("Désamiantage, déconstruction de la piscine de type Tournesol et de ses annexes, remblaiement et engazonnement "
            "du terrain. Le marché n'est pas décomposé en lots : la coordination du désamiantage et de la démolition par "
            "un opérateur unique est nécessaire à la sécurité du chantier."),
          H("Article 2 – Délais"),
          P("Délai global : 5 mois, dont 6 semaines de préparation (plan de retrait, autorisations)."),
          H("Article 3 – Prix"),
          P("Prix global et forfaitaire, ferme."),
          H("Article 4 – Désamiantage"),
          P("Le titulaire est certifié pour le traitement de l'amiante en sous-section 3 (arrêté du 14 décembre 2012). Il "
            "établit le plan de retrait et le transmet à l'inspection du travail, à la CARSAT et à l'OPPBTP un mois avant le "
            "début des travaux."),
          H("Article 5 – Engagements de la Ville en faveur des quartiers"),
          P("La Ville de Castel-Morvan est signataire depuis 2016 de la Charte Entreprises et Quartiers et mène, avec le "
            "PLIE du Morvan, une politique volontariste en faveur de l'emploi des habitants des quartiers prioritaires. "
            "Les entreprises qui le souhaitent peuvent se rapprocher du PLIE pour connaître les dispositifs existants."),
          P("Cette information est donnée à titre purement indicatif : elle n'emporte aucune obligation pour le titulaire "
            "et n'est pas prise en compte dans l'exécution du marché."),
          H("Article 6 – Assurances"),
          P("Le titulaire justifie d'une assurance de responsabilité civile couvrant les dommages aux tiers et aux ouvrages "
            "voisins (stade et gymnase attenants)."),
          H("Article 7 – Pénalités"),
          P("Retard : 300 € par jour calendaire. Non-respect des horaires de chantier (7 h – 19 h) : 200 € par constat."),
          H("Article 8 – Réception"),
          P("Réception après levée des réserves et remise du rapport de fin de travaux amiante (examen visuel et mesures "
            "libératoires).")]
    lab = L(allotissement=0,
            evidence=["Le marché n'est pas décomposé en lots"])
    return D("d19_ccap_demolition_piscine.docx", "CCAP", "Ville de Castel-Morvan – CCAP démolition piscine",
             "CCAP – Démolition piscine Tournesol", b, lab,
             note="Piège : Charte Entreprises et Quartiers signée par l'acheteur, sans obligation pour le titulaire.")


# ----------------------------------------------------------------------------- d20 CCTP insertion technique
def d20():
    b = [TITLE("Syndicat intercommunal d'assainissement de la Basse-Arnon",
               "CCTP – Réhabilitation sans tranchée du collecteur EU rue des Aulnes",
               "Chemisage continu polymérisé en place – DN 300 à DN 500")]
    b += [H("1. Objet des travaux"),
          P("Les travaux consistent en la réhabilitation par chemisage continu de 860 m de collecteur d'eaux usées en "
            "béton, la reprise de 34 branchements par robot et la réhabilitation de 12 regards de visite."),
          H("2. Travaux préparatoires"),
          P("Curage hydrodynamique, inspection télévisée avant travaux, fraisage des racines et des intrusions de "
            "branchements pénétrants. Le pompage de dérivation des effluents est dimensionné pour un débit de pointe de "
            "45 l/s."),
          H("3. Mise en place de la gaine"),
          P("3.1 – L'insertion de la gaine s'effectue par inversion à l'eau ou à l'air depuis le regard d'insertion défini "
            "sur le plan de phasage. La longueur d'insertion maximale d'un seul tenant est de 120 m."),
          P("3.2 – Avant insertion, l'entrepreneur vérifie l'absence d'obstacle par passage d'un mandrin de contrôle. Les "
            "efforts de traction ou de pression pendant l'insertion sont enregistrés en continu et joints au dossier de "
            "récolement."),
          P("3.3 – La polymérisation est réalisée à l'eau chaude ou par lampes UV selon la technique retenue ; les "
            "températures et durées sont consignées."),
          H("4. Branchements"),
          P("Les branchements sont réouverts par robot multifonctions puis étanchés par manchettes d'insertion (chapeaux) "
            "en résine. Aucun branchement ne reste obturé plus de 12 heures."),
          H("5. Regards"),
          P("Les regards sont réhabilités par projection de mortier fibré. Les tampons sont remplacés par des tampons "
            "articulés classe D400."),
          H("6. Insertion paysagère du poste de relevage provisoire"),
          P("Le poste de relevage provisoire implanté square Mermoz fait l'objet d'une insertion paysagère (palissade "
            "bois, maintien des plantations existantes) validée par le maître d'œuvre."),
          H("7. Contrôles et réception"),
          P("Inspection télévisée après travaux, essais d'étanchéité à l'eau selon la norme NF EN 1610, prélèvements "
            "d'échantillons de gaine (essais de flexion, épaisseur) à raison d'un par tronçon.")]
    lab = L(evidence=[])
    return D("d20_cctp_chemisage_collecteur.pdf", "CCTP", "SIA Basse-Arnon – CCTP chemisage rue des Aulnes",
             "CCTP – Chemisage", b, lab, hyphen=True,
             note="Piège : « insertion » au sens technique (gaine, regard, manchettes, insertion paysagère).")


# ----------------------------------------------------------------------------- d21 CCAP logement social
def d21():
    b = [TITLE("ORVANNE HABITAT – Office public de l'habitat",
               "Cahier des clauses administratives particulières",
               "Réhabilitation de 48 logements sociaux – Résidence Les Peupliers à Chaumes-en-Orvanne",
               "Marché de travaux – Procédure adaptée – Réf. OH-2026-017")]
    b += [H("Article 1 – Maître d'ouvrage"),
          P("Orvanne Habitat, office public de l'habitat, siège social : 6 boulevard Carnot, 77390 Chaumes-en-Orvanne."),
          H("Article 2 – Objet et lots"),
          P("Travaux de réhabilitation en site occupé : remplacement des menuiseries, isolation des façades par l'extérieur, "
            "remplacement des chaudières individuelles, réfection des pièces humides. Les travaux sont répartis en 4 lots. "
            "Le montant estimatif de l'opération est de 1~120~000 € HT."),
          H("Article 3 – Travaux en site occupé"),
          P("Les logements restent occupés pendant les travaux. Le titulaire respecte le calendrier d'intervention logement "
            "par logement établi avec la chargée de développement social du bailleur, qui assure l'information des locataires, "
            "le suivi des ménages fragiles et l'organisation des visites préalables."),
          P("Une permanence hebdomadaire est tenue dans le local collectif résidentiel en présence de l'entreprise pilote."),
          H("Article 4 – Sous-traitance"),
          P("Toute demande d'acceptation d'un sous-traitant précise sa raison sociale, l'adresse de son siège social, la "
            "nature et le montant des prestations sous-traitées. Le titulaire justifie que le sous-traitant est à jour de "
            "ses obligations sociales et fiscales."),
          H("Article 5 – Délais"),
          P("Délai global : 12 mois ; durée d'intervention par logement : 10 jours ouvrés maximum."),
          H("Article 6 – Pénalités"),
          P("Dépassement de la durée d'intervention dans un logement : 150 € par jour et par logement. Absence à la "
            "permanence locataires : 100 €."),
          H("Article 7 – Garanties"),
          P("Retenue de garantie de 5 %. Garantie de parfait achèvement d'un an."),
          H("Article 8 – Litiges"),
          P("Tribunal administratif de Melun.")]
    lab = L(allotissement=1, nb_lots=4, montant_estime_ht=1120000,
            evidence=["Les travaux sont répartis en 4 lots", "Le montant estimatif de l'opération est de 1~120~000 € HT"])
    return D("d21_ccap_rehabilitation_peupliers.docx", "CCAP", "Orvanne Habitat – CCAP réhabilitation Les Peupliers",
             "OH-2026-017 – CCAP", b, lab,
             note="Piège : logement social, siège social, raison sociale, développement social du bailleur.")


# ----------------------------------------------------------------------------- d22 CCAP objet = action sociale / insertion
def d22():
    b = [TITLE("Département de la Vallée-Haute – Direction de l'insertion et de l'action sociale",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Accompagnement socioprofessionnel renforcé des bénéficiaires du RSA",
               "Services sociaux et autres services spécifiques – Procédure adaptée (art. R.2123-1 3° du CCP)")]
    b += [H("Article 1 – Objet"),
          P("Le marché a pour objet l'accompagnement socioprofessionnel renforcé de bénéficiaires du revenu de solidarité "
            "active orientés par le Département, en vue de leur insertion professionnelle durable. Il est réparti en deux "
            "lots géographiques : lot 1 « territoire Nord » et lot 2 « territoire Sud »."),
          H("Article 2 – Contenu de la prestation"),
          P("Pour chaque personne orientée, le titulaire réalise un diagnostic dans le mois de l'orientation, élabore avec "
            "elle un parcours d'insertion, organise des entretiens au moins bimensuels et mobilise les offres de formation et "
            "d'emploi du territoire. Il rend compte au référent départemental par la fiche de liaison."),
          H("Article 3 – Montant"),
          P("Accord-cadre à bons de commande. Le montant maximum, tous lots confondus, est de 360~000 € HT pour la durée "
            "totale de l'accord-cadre (trois ans)."),
          H("Article 4 – Prix"),
          P("Prix unitaire par parcours mensuel d'accompagnement, selon le BPU. Les prix sont fermes la première année, puis "
            "révisés selon l'indice des services aux personnes."),
          H("Article 5 – Personnel"),
          P("Les conseillers en insertion professionnelle affectés sont titulaires d'un titre de niveau 5 minimum. Chaque "
            "conseiller suit au plus 70 personnes simultanément."),
          H("Article 6 – Confidentialité"),
          P("Le titulaire et son personnel sont tenus au secret professionnel pour les informations relatives aux "
            "personnes accompagnées. Les données sont traitées conformément au RGPD ; le Département est responsable de "
            "traitement."),
          H("Article 7 – Suivi et bilans"),
          P("Bilan trimestriel d'activité (nombre d'entrées, sorties, motifs) et bilan annuel qualitatif présenté en comité "
            "de suivi."),
          H("Article 8 – Pénalités"),
          P("Retard dans la réalisation du diagnostic : 30 € par personne et par semaine de retard.")]
    lab = L(allotissement=1, nb_lots=2, montant_max_ht=360000,
            evidence=["Il est réparti en deux lots géographiques",
                      "Le montant maximum, tous lots confondus, est de 360~000 € HT pour la durée totale"])
    return D("d22_ccap_accompagnement_rsa.pdf", "CCAP", "Département de la Vallée-Haute – CCAP accompagnement RSA",
             "CCAP – Accompagnement socioprofessionnel", b, lab,
             note="Piège : l'insertion est l'OBJET du marché (services d'accompagnement), pas une clause.")


# ----------------------------------------------------------------------------- d23 CCAP clause d'un ancien marché (txt)
def d23():
    b = [TITLE("COMMUNE DE BEAUFORT-EN-VARAIS", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Accord-cadre d'entretien mécanisé des dépendances vertes de la voirie communale (2026-2029)")]
    b += [H("ARTICLE 1 – OBJET"),
          P("Fauchage mécanique des bas-côtés, curage des fossés à la pelle mécanique et broyage des haies le long des 112 km "
            "de voies communales. L'accord-cadre n'est pas alloti."),
          H("ARTICLE 2 – HISTORIQUE"),
          P("Le précédent marché d'entretien (2021-2025) comportait une clause d'insertion de 1 200 heures, réalisée à 104 % "
            "avec le concours de l'association intermédiaire Varais Emploi. Les prestations étant désormais entièrement "
            "mécanisées et réalisées par des conducteurs d'engins qualifiés, le présent accord-cadre ne reprend pas cette "
            "clause et ne comporte aucune obligation d'insertion."),
          H("ARTICLE 3 – MONTANT ET DURÉE"),
          P("Accord-cadre à bons de commande d'une durée de 3 ans, sans minimum, avec un montant maximum de 150 000 € HT "
            "sur la durée totale."),
          H("ARTICLE 4 – CONDITIONS D'INTERVENTION"),
          P("Deux passages de fauchage par an (mai-juin et septembre-octobre), hauteur de coupe minimale de 8 cm. Le broyage "
            "des haies est interdit du 15 mars au 31 juillet."),
          H("ARTICLE 5 – SIGNALISATION"),
          P("Le titulaire met en place la signalisation temporaire conformément à l'instruction interministérielle, 8e partie."),
          H("ARTICLE 6 – PÉNALITÉS"),
          P("Retard de passage : 150 € HT par jour ; défaut de signalisation : 500 € HT par constat."),
          H("ARTICLE 7 – RÈGLEMENT"),
          P("Paiement à 30 jours sur facture mensuelle accompagnée de l'attachement contradictoire.")]
    lab = L(allotissement=0, montant_max_ht=150000,
            evidence=["L'accord-cadre n'est pas alloti", "montant maximum de 150 000 € HT sur la durée totale"])
    return D("d23_ccap_entretien_dependances_vertes.txt", "CCAP", "", "", b, lab,
             note="Piège : clause d'insertion du marché précédent (1 200 h), non reprise.")


# ----------------------------------------------------------------------------- d24 RC démarche facultative
def d24():
    b = [TITLE("Ville de Saint-Hélin-du-Gave", "Règlement de la consultation",
               "Fourniture et pose de mobilier urbain – centre-bourg et front de Gave",
               "MAPA n° SHG-26-09 – remise des offres : 17 avril 2026 à 12 h")]
    b += [H("Article 1 – Objet"),
          P("Fourniture et pose de bancs, corbeilles, barrières, potelets et supports vélos. Le marché comprend deux lots : "
            "lot 1 « mobilier du centre-bourg » ; lot 2 « aménagement du front de Gave »."),
          H("Article 2 – Pièces à produire"),
          P("Candidature : DC1, DC2, attestation d'assurance, références. Offre : AE, BPU, DQE, fiches techniques, mémoire."),
          H("Article 3 – Critères"),
          LST(["Prix : 60 % ;", "Valeur technique (qualité et durabilité des produits, méthodologie de pose) : 30 % ;",
               "Délai de livraison et de pose : 10 %."]),
          H("Article 4 – Variantes"),
          P("Les variantes ne sont pas admises."),
          H("Article 5 – Démarche d'insertion (information facultative)"),
          P("À titre facultatif, le candidat peut indiquer dans son mémoire s'il envisage de faire appel à des personnes en "
            "parcours d'insertion pour la pose. Cette information est demandée pour le recensement des pratiques locales ; "
            "elle n'est pas prise en compte dans le jugement des offres et ne constitue pas un engagement contractuel."),
          H("Article 6 – Négociation"),
          P("La Ville peut négocier avec l'ensemble des candidats ou attribuer le marché sur la base des offres initiales."),
          H("Article 7 – Renseignements"),
          P("Service commande publique : commande.publique@saint-helin.example.fr")]
    lab = L(allotissement=1, nb_lots=2,
            evidence=["Le marché comprend deux lots"])
    return D("d24_rc_mobilier_urbain.pdf", "RC", "Ville de Saint-Hélin-du-Gave – RC mobilier urbain",
             "SHG-26-09 – RC", b, lab,
             note="Piège : démarche d'insertion à titre facultatif, ni jugée ni contractuelle.")


# ----------------------------------------------------------------------------- d25 Q/R pas de clause (txt)
def d25():
    b = [TITLE("Centre hospitalier de Lanvézec", "Consultation CHL-2026-08 – Blanchisserie et location-entretien du linge",
               "Questions des candidats et réponses de l'acheteur")]
    b += [P("Q1 – Le marché comporte-t-il une clause sociale d'insertion ? Le modèle de mémoire technique comprend une "
            "rubrique « insertion »."),
          P("R1 – Non. Aucune clause sociale d'insertion n'est prévue par le CCAP. La rubrique du modèle de mémoire "
            "technique résulte d'une erreur matérielle et ne sera pas examinée ; un modèle corrigé est mis en ligne."),
          P("Q2 – Le marché est-il alloti ?"),
          P("R2 – Non, le marché n'est pas alloti : la location et l'entretien du linge forment une prestation indissociable."),
          P("Q3 – Pouvez-vous communiquer le montant estimatif ?"),
          P("R3 – Le montant estimatif annuel est de 95 000 € HT, soit 380 000 € HT pour la durée totale de quatre ans."),
          P("Q4 – Le titulaire actuel est-il tenu de transférer son personnel ?"),
          P("R4 – La blanchisserie industrielle n'est pas couverte par un accord de reprise du personnel ; le titulaire "
            "organise librement ses équipes."),
          P("Q5 – Le linge des résidents de l'EHPAD est-il compris ?"),
          P("R5 – Oui, avec marquage nominatif thermocollé.")]
    lab = L(allotissement=0, montant_estime_ht=380000,
            evidence=["le marché n'est pas alloti", "soit 380 000 € HT pour la durée totale de quatre ans"])
    return D("d25_qr_blanchisserie.txt", "QR", "", "", b, lab,
             note="Piège : Q/R répondant qu'il n'y a pas de clause d'insertion.")


# ----------------------------------------------------------------------------- d26 DC1 vierge
def d26():
    b = [TITLE("MINISTÈRE DE L'ÉCONOMIE ET DES FINANCES – Direction des Affaires Juridiques",
               "LETTRE DE CANDIDATURE – DC1", "Désignation du mandataire par ses cotraitants")]
    b += [P("Le formulaire DC1 est un modèle de lettre de candidature, qui peut être utilisé par les candidats aux "
            "marchés publics ou accords-cadres pour présenter leur candidature."),
          H("A – Identification de l'acheteur"),
          P("(Reprendre le contenu de la mention figurant dans les documents de la consultation.) ......................"),
          H("B – Objet de la consultation"),
          P("(Reprendre le contenu de la mention figurant dans les documents de la consultation.) ......................"),
          H("C – Objet de la candidature"),
          P("[ ] au marché public ou à l'accord-cadre   [ ] au lot n° ....... ou aux lots n° ......."),
          H("D – Présentation du candidat"),
          P("[ ] se présente seul : nom commercial et dénomination sociale, adresse de l'établissement et du siège social, "
            "adresse électronique, numéros de téléphone et de télécopie, numéro SIRET ......................"),
          P("[ ] groupement d'entreprises : [ ] conjoint  [ ] solidaire"),
          H("E – Identification des membres du groupement et répartition des prestations"),
          TAB([("N°", "Raison sociale, adresse, SIRET", "Prestations exécutées"),
               ("1", "", ""), ("2", "", ""), ("3", "", "")], widths=[0.6, 4, 3]),
          H("F – Engagements du candidat"),
          P("F1 – Le candidat déclare sur l'honneur n'entrer dans aucun des cas d'exclusion prévus aux articles L.2141-1 à "
            "L.2141-5 et L.2141-7 à L.2141-11 du code de la commande publique, et notamment être en règle au regard des "
            "articles L.5212-1 à L.5212-11 du code du travail concernant l'emploi des travailleurs handicapés."),
          P("F2 – Capacités : le candidat fournit les documents demandés par l'acheteur."),
          P("F3 – Marché public réservé : le candidat est [ ] une entreprise adaptée ou un établissement et service d'aide par "
            "le travail mentionnés à l'article L.2113-12 du code de la commande publique ; [ ] une structure d'insertion par "
            "l'activité économique mentionnée à l'article L.2113-13 ; [ ] une entreprise de l'économie sociale et "
            "solidaire mentionnée à l'article L.2113-15. (Cocher uniquement si la consultation est réservée.)"),
          H("G – Désignation du mandataire (en cas de groupement)"),
          P("Les membres du groupement désignent le mandataire suivant : ......................"),
          H("H – Signature"),
          P("Nom, prénom et qualité du signataire ; date ; signature ......................")]
    lab = L(evidence=[])
    return D("d26_dc1_lettre_candidature.pdf", "FORM", "DC1 – Lettre de candidature (modèle)", "DC1 – version 2026",
             b, lab, note="Piège : DC1 vierge citant L2113-12/13/15, L5212-1 à L5212-11, dénomination sociale.")


# ----------------------------------------------------------------------------- d27 attestation sur l'honneur
def d27():
    b = [TITLE("Syndicat des eaux du Plateau de Vareilles", "ATTESTATION SUR L'HONNEUR DU CANDIDAT",
               "À joindre à la candidature – toutes consultations")]
    b += [P("Je soussigné(e) ......................, agissant en qualité de ...................... pour le compte de la "
            "société (raison sociale) ......................, dont le siège social est situé ......................,"),
          P("atteste sur l'honneur :"),
          LST(["ne pas avoir fait l'objet, depuis moins de cinq ans, d'une condamnation définitive pour l'une des infractions "
               "mentionnées à l'article L.2141-1 du code de la commande publique ;",
               "avoir souscrit les déclarations m'incombant en matière fiscale et sociale et acquitté les impôts, taxes, "
               "contributions ou cotisations sociales exigibles (article L.2141-2) ;",
               "ne pas avoir été condamné(e) pour travail dissimulé au sens des articles L.8221-1, L.8221-3 et L.8221-5 du "
               "code du travail, ni pour emploi d'étrangers sans titre (L.8251-1) ;",
               "être en règle au regard des articles L.5212-1 à L.5212-11 du code du travail concernant l'emploi des "
               "travailleurs handicapés ;",
               "avoir, au cours de l'année précédant celle de la consultation, satisfait à l'obligation de négociation prévue "
               "à l'article L.2242-1 du code du travail (égalité professionnelle entre les femmes et les hommes), ou avoir "
               "régularisé ma situation ;",
               "que les salariés que j'emploie sont déclarés conformément à l'article L.1221-10 du code du travail "
               "(déclaration préalable à l'embauche)."]),
          P("Je m'engage à fournir, sur simple demande de l'acheteur, les certificats correspondants."),
          P("Fait à ......................, le ......................"),
          P("Signature et cachet du candidat")]
    lab = L(evidence=[])
    return D("d27_attestation_honneur_candidat.docx", "FORM", "Syndicat des eaux du Plateau de Vareilles – Attestation",
             "Attestation sur l'honneur – modèle", b, lab,
             note="Piège : formulaire d'attestation (exclusions, L5212-1 à L5212-11, égalité L.2242-1, DPAE).")


# ----------------------------------------------------------------------------- d28 rapport RSE du candidat
def d28():
    b = [TITLE("Offre de la société MÉRIDIENNE SERVICES – Annexe 9",
               "Rapport de responsabilité sociétale 2025 (extrait)",
               "Document joint pour information – ne constitue pas un engagement contractuel de l'offre")]
    b += [H("1. Notre entreprise en bref"),
          P("Méridienne Services (1 180 salariés, 14 agences) intervient dans la propreté, l'accueil et les services "
            "techniques aux bâtiments. Raison sociale : Méridienne Services SAS ; siège social : 22 rue Paul-Bert, Lyon 3e."),
          H("2. Emploi et inclusion"),
          P("En 2025, nos équipes ont réalisé 12 400 heures d'insertion au titre des clauses sociales de nos clients publics "
            "et privés. Nous avons accueilli 37 apprentis et 18 salariés en contrat de professionnalisation ; 9 d'entre eux "
            "ont été embauchés en CDI."),
          P("Notre taux d'emploi de travailleurs handicapés atteint 7,4 % (emploi direct et sous-traitance auprès d'ESAT et "
            "d'entreprises adaptées)."),
          H("3. Égalité professionnelle"),
          P("Index de l'égalité professionnelle 2025 : 89/100. 41 % des postes d'encadrement sont occupés par des femmes."),
          H("4. Environnement"),
          P("Bilan d'émissions de gaz à effet de serre : 6 900 tCO2e (scopes 1 et 2). Flotte de véhicules électriques : "
            "31 %. Objectif 2027 : 100 % de produits écolabellisés."),
          H("5. Achats responsables"),
          P("Nos fournisseurs signent une charte éthique reprenant les conventions fondamentales de l'OIT ; 42 audits "
            "fournisseurs ont été conduits en 2025."),
          H("6. Gouvernance"),
          P("Comité RSE trimestriel présidé par la directrice générale ; rapport vérifié par un organisme tiers indépendant.")]
    lab = L(evidence=[])
    return D("d28_annexe_offre_rapport_rse.pdf", "AUTRE", "Méridienne Services – Rapport RSE 2025 (extrait)",
             "Annexe 9 à l'offre – pour information", b, lab,
             note="Piège : rapport RSE du candidat joint pour information (heures d'insertion, OIT, apprentis, CO2).")


# ----------------------------------------------------------------------------- d29 DC4 sous-traitance ESAT
def d29():
    b = [TITLE("DC4", "DÉCLARATION DE SOUS-TRAITANCE",
               "Marché : Édition et diffusion du magazine municipal « Vivre à Quimerc'h » – n° 2026-MAG-02")]
    b += [H("A – Identification de l'acheteur"),
          P("Commune de Quimerc'h-sur-Aulne, 1 place de la Mairie, 29590 Quimerc'h-sur-Aulne."),
          H("B – Objet du marché public"),
          P("Conception, impression et distribution du magazine municipal bimestriel (6 numéros par an, 4 200 exemplaires)."),
          H("C – Objet de la déclaration du sous-traitant"),
          P("[X] Acte spécial portant acceptation du sous-traitant et agrément de ses conditions de paiement, annexé à "
            "l'offre."),
          H("D – Identification du titulaire du marché public"),
          P("Raison sociale : Imprimerie Le Roux & Fils SARL – siège social : 12 rue de Brest, 29150 Châteaulin – "
            "SIRET 388 102 455 00034."),
          H("E – Identification du sous-traitant"),
          TAB([("Rubrique", "Renseignement"),
               ("Nom commercial et dénomination sociale", "ESAT Les Ateliers de l'Aulne (association Kerlenn)"),
               ("Adresse", "ZA de Penn ar Roz, 29150 Châteaulin"),
               ("SIRET", "778 991 204 00052"),
               ("Forme juridique", "Association loi 1901 – établissement et service d'aide par le travail"),
               ("Le sous-traitant est-il une PME ?", "[X] Oui  [ ] Non")], widths=[2.5, 4]),
          H("F – Nature et prix des prestations sous-traitées"),
          P("Mise sous film, étiquetage et routage vers La Poste des exemplaires destinés aux abonnés extérieurs. Montant des "
            "prestations sous-traitées : 3 600 € HT par an."),
          H("G – Conditions de paiement"),
          P("Paiement direct : [X] Oui. Modalités de variation des prix : prix fermes."),
          H("H – Capacités du sous-traitant"),
          P("Le sous-traitant déclare ne pas entrer dans un cas d'exclusion prévu aux articles L.2141-1 à L.2141-5 et "
            "L.2141-7 à L.2141-10 du code de la commande publique."),
          H("I – Signatures"),
          P("Le titulaire : ......................  Le sous-traitant : ......................"),
          P("L'acheteur (acceptation et agrément) : ......................")]
    lab = L(evidence=[])
    return D("d29_dc4_magazine_municipal.docx", "AUTRE", "DC4 – Déclaration de sous-traitance – Quimerc'h",
             "DC4 – 2026-MAG-02", b, lab,
             note="Piège : DC4 rempli avec un ESAT sous-traitant, sans clause ni réservation exigée par l'acheteur.")


# ----------------------------------------------------------------------------- d30 CCAP services informatiques (txt)
def d30():
    b = [TITLE("Université de Lorvanne – Direction des systèmes d'information",
               "CCAP – Prestations d'assistance technique au support utilisateurs",
               "Accord-cadre à bons de commande – marché non alloti")]
    b += [H("Art. 1 – Objet"),
          P("Assistance technique de niveau 1 et 2 au support des utilisateurs (environnement de poste de travail, "
            "messagerie, outils collaboratifs) pour les trois campus de l'Université."),
          H("Art. 2 – Montant et durée"),
          P("Accord-cadre d'une durée de deux ans reconductible une fois un an. Montant maximum : 400 000 € HT sur la "
            "durée totale, reconduction comprise."),
          H("Art. 3 – Personnel du titulaire"),
          P("3.1 Le titulaire est seul employeur des intervenants. Il exerce seul le pouvoir de direction et de discipline."),
          P("3.2 Il respecte les dispositions du code du travail relatives à la durée du travail (articles L.3121-27 et "
            "suivants), aux repos et aux congés, ainsi que la convention collective nationale des bureaux d'études "
            "techniques (Syntec) ; la rémunération des intervenants ne peut être inférieure aux minima conventionnels."),
          P("3.3 Les intervenants de nationalité étrangère disposent d'un titre les autorisant à travailler en France "
            "(article L.5221-8 du code du travail)."),
          H("Art. 4 – Données personnelles"),
          P("Le titulaire, sous-traitant au sens de l'article 28 du RGPD, signe l'accord de traitement des données annexé. "
            "Il ne transfère aucune donnée hors de l'Union européenne."),
          H("Art. 5 – Niveaux de service"),
          P("Prise en charge des appels : 90 % en moins de 2 minutes ; résolution au niveau 1 : 70 % minimum."),
          H("Art. 6 – Pénalités"),
          P("Non-atteinte d'un niveau de service : 2 % du montant mensuel par indicateur."),
          H("Art. 7 – Environnement technique"),
          P("L'environnement technique (outil de ticketing, annuaire, MDM) est décrit au CCTP et mis à disposition par la DSI.")]
    lab = L(allotissement=0, montant_max_ht=400000,
            evidence=["marché non alloti", "Montant maximum : 400 000 € HT sur la durée totale, reconduction comprise"])
    return D("d30_ccap_support_utilisateurs.txt", "CCAP", "", "", b, lab,
             note="Piège : durée du travail et salaires du personnel du titulaire selon la loi et la convention ; RGPD.")


# ----------------------------------------------------------------------------- d31 CCAP ascenseurs (mots « social »)
def d31():
    b = [TITLE("Centre communal d'action sociale (CCAS) de Valmoret",
               "Cahier des clauses administratives particulières",
               "Maintenance des ascenseurs de la Maison de l'action sociale et de la résidence autonomie Les Cèdres")]
    b += [H("Article 1 – Objet"),
          P("Maintenance préventive et corrective de cinq ascenseurs (contrat étendu au sens de l'article R.125-2-1 du code "
            "de la construction et de l'habitation), dépannage 24 h/24 et désincarcération. Le marché comporte un lot unique."),
          H("Article 2 – Montant"),
          P("Le montant estimé des prestations est de 68~000 € HT pour la durée totale de quatre ans."),
          H("Article 3 – Révision des prix"),
          P("Les prix sont révisés annuellement selon la formule P = P0 × (0,15 + 0,85 × ICHT-IME/ICHT-IME0), l'indice "
            "ICHT-IME représentant le coût horaire du travail (salaires et charges sociales) des industries mécaniques et "
            "électriques."),
          H("Article 4 – Obligations administratives"),
          P("Le titulaire fournit tous les six mois l'attestation de fourniture des déclarations sociales et de paiement "
            "des cotisations et contributions sociales délivrée par l'organisme de protection sociale, datant de moins de "
            "six mois. Il signale tout changement de raison sociale ou de siège social."),
          H("Article 5 – Délais d'intervention"),
          P("Personne bloquée en cabine : 1 heure. Appareil à l'arrêt : 4 heures ouvrées. Les mouvements sociaux affectant "
            "le personnel du titulaire ne constituent pas un cas de force majeure."),
          H("Article 6 – Pénalités"),
          P("Dépassement du délai de désincarcération : 200 € par demi-heure. Visite d'entretien non réalisée : 150 €."),
          H("Article 7 – Assurance"),
          P("Responsabilité civile professionnelle d'un montant minimum de 3 M€ par sinistre.")]
    lab = L(allotissement=0, montant_estime_ht=68000,
            evidence=["Le marché comporte un lot unique", "68~000 € HT pour la durée totale de quatre ans"])
    return D("d31_ccap_maintenance_ascenseurs.docx", "CCAP", "CCAS de Valmoret – CCAP ascenseurs",
             "CCAP – Maintenance ascenseurs", b, lab,
             note="Piège : « action sociale » (acheteur), charges sociales, cotisations sociales, mouvements sociaux.")


# ----------------------------------------------------------------------------- d32 avis BOAMP sans clause sociale (txt)
def d32():
    b = [TITLE("BOAMP – Avis de marché", "Travaux – Réfection de chaussées et de trottoirs – programme 2026",
               "Annonce n° 26-031572")]
    b += [P("Acheteur : Communauté de communes Terres de Limargue – 46120 Lacapelle-Ségalar"),
          P("Objet : Travaux de réfection de chaussées, de trottoirs et de bordures sur le territoire communautaire."),
          P("Procédure : procédure adaptée ouverte"),
          P("Forme du marché : marché alloti – Lot 1 : chaussées en enrobés ; Lot 2 : trottoirs et bordures"),
          P("Valeur estimée hors TVA : 890 000 €"),
          P("Marché réservé : non"),
          P("Clause sociale : non"),
          P("Conditions particulières d'exécution : gestion des déchets de chantier selon le SOGED ; incorporation d'au "
            "moins 20 % d'agrégats d'enrobés recyclés dans les couches de base et de liaison."),
          P("Critères d'attribution :"),
          P("- Prix : 55 %"),
          P("- Valeur technique : 35 %"),
          P("- Performances en matière de protection de l'environnement : 10 %"),
          P("Conditions de participation : certificat de qualification FNTP ou équivalent ; chiffre d'affaires des trois "
            "derniers exercices."),
          P("Date limite de réception des offres : 9 avril 2026 à 12h00"),
          P("Instance de recours : tribunal administratif de Toulouse")]
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=890000,
            evidence=["incorporation d'au moins 20 % d'agrégats d'enrobés recyclés",
                      "Performances en matière de protection de l'environnement : 10 %",
                      "Lot 2 : trottoirs et bordures", "Valeur estimée hors TVA : 890 000 €"])
    return D("d32_avis_chaussees.txt", "AVIS", "", "", b, lab,
             note="Piège : « Clause sociale : non », « Marché réservé : non » ; clause et critère environnementaux.")


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16,
        d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31, d32]


# ============================================================================= construction et contrôles
def ws(s):
    return re.sub(r"\s+", " ", s.replace(NB, " ").replace(NNB, " ")).strip()


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(path)
        return ws("\n".join(pg.extract_text() or "" for pg in r.pages)), len(r.pages)
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return ws("\n".join(parts)), None
    with open(path, encoding="utf-8") as fh:
        return ws(fh.read()), None


def build_all():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    docs = [f() for f in DOCS]
    for p in docs:
        path = os.path.join(OUT, p["file"])
        ext = p["file"].rsplit(".", 1)[1]
        pdf = ext == "pdf"
        blocks = [_conv(b, pdf) for b in number_articles(p["blocks"])]
        if pdf:
            build_pdf(path, _conv_str(p["header"], True), _conv_str(p["footer"], True), blocks,
                      hyphen=p["hyphen"], title=p["header"], cols=p["cols"])
        elif ext == "docx":
            build_docx(path, p["header"], p["footer"], blocks)
        else:
            build_txt(path, blocks)
    return docs


def digests():
    import hashlib
    out = {}
    for fn in sorted(os.listdir(OUT)):
        with open(os.path.join(OUT, fn), "rb") as fh:
            out[fn] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    docs = build_all()
    first = digests()
    docs = build_all()
    second = digests()
    problems = []
    if first != second:
        problems.append("construction non déterministe : %r" % [k for k in first if first[k] != second.get(k)])
    rows = []
    names = set()
    for p in docs:
        fn = p["file"]
        if fn in names:
            problems.append("nom en double " + fn)
        names.add(fn)
        if p["doc_type"] not in _DOC_TYPES:
            problems.append("%s : doc_type %s" % (fn, p["doc_type"]))
        txt, npages = extract(os.path.join(OUT, fn))
        lab = p["label"]
        for q in lab["evidence"]:
            if q.startswith("["):
                continue
            if ws(norm(q)) not in txt:
                problems.append("%s : preuve absente du texte extrait : %r" % (fn, q))
        ev = " | ".join(norm(q) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuve trop longue (%d)" % (fn, len(ev)))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % fn)
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % fn)
        if lab["heures_insertion"] and lab["clause_insertion"] != 1:
            problems.append("%s : heures sans clause_insertion" % fn)
        if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % fn)
        if lab["nb_lots"] and lab["allotissement"] != 1:
            problems.append("%s : nb_lots sans allotissement" % fn)
        row = {"path": fn, "doc_type": p["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
        print("%-48s %-5s %s p. %s" % (fn, p["doc_type"], npages or "-",
                                         ",".join(c for c in _CATS if lab[c] == 1) or "—"))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    counts = {c: sum(1 for r in rows if r[c] == "1") for c in _CATS}
    print("positifs :", counts)
    print("md5 identiques sur deux constructions :", first == second, "(%d fichiers)" % len(first))
    for pr in problems:
        print("PROBLÈME :", pr)
    print("%d problème(s)" % len(problems))
    return 1 if problems else 0


_CATS = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
         "clause_environnementale", "critere_environnemental")

if __name__ == "__main__":
    sys.exit(main())
