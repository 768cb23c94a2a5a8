#!/usr/bin/env python3
"""Construit les documents du jeu blind_docs_18 (PDF reportlab, DOCX python-docx, avis .txt, XML TED
R2.0.9 et eForms UBL).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py, lignes 28-664
(écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, SB/HY, aides de
saisie, number_articles, _DOC_TYPES) ; seuls OUT (documents/) et SET_NAME changent. La boucle de
construction et de contrôle s'inspire des lignes 2430-2611 du même fichier, adaptée à des documents
isolés : chaque preuve est recherchée dans le texte EXTRAIT du fichier produit (pypdf pour les PDF,
espaces normalisés et césures de fin de ligne recollées ; python-docx paragraphes + cellules pour les
DOCX ; lxml itertext pour les XML ; lecture simple pour les TXT), et tout est construit deux fois pour
comparer les md5.

Thème : critères d'attribution sociaux et environnementaux (vrais critères et faux-semblants).

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit documents/<fichier> et documents/labels.csv (une ligne par document, selon LABELS.md).
Tous les textes, acheteurs, lieux, SIRET, personnes, références et montants sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F
(U+00A0 dans les PDF) ; BR = retour forcé (PDF) ; SB = coupure possible d'un nombre ; HY = césure
possible d'un mot court.

Usage : .venv/bin/python tests/data/blind_docs_18/make_documents.py
"""
import csv
import hashlib
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
SET_NAME = "blind_docs_18"

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
def D(file, doc_type, what, label, header="", footer="", blocks=None, xml=None, hyphen=False, cols=1,
      difficulty=""):
    """Un document : blocs (PDF/DOCX/TXT) ou texte XML, étiquette, ce qu'il teste."""
    return dict(file=file, doc_type=doc_type, what=what, label=label, header=header, footer=footer,
                blocks=blocks or [], xml=xml, hyphen=hyphen, cols=cols, difficulty=difficulty)


def X(tag, content=None, **attrs):
    """Élément XML : X("cbc:Name", "texte", languageID="FRA") ; content = str, liste d'éléments ou None."""
    return (tag, attrs, content)


def xml_ser(node, ind=0):
    tag, attrs, content = node
    a = "".join(' %s="%s"' % (k.replace("__", ":").replace("_dash_", "-"), escape(str(v), {'"': "&quot;"}))
                for k, v in attrs.items())
    pad = "  " * ind
    if content is None:
        return "%s<%s%s/>\n" % (pad, tag, a)
    if isinstance(content, str):
        return "%s<%s%s>%s</%s>\n" % (pad, tag, a, escape(content), tag)
    inner = "".join(xml_ser(c, ind + 1) for c in content)
    return "%s<%s%s>\n%s%s</%s>\n" % (pad, tag, a, inner, pad, tag)


def xml_doc(root):
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml_ser(root)


def PS(*texts):
    """Paragraphes <P> d'un champ TED."""
    return [X("P", t) for t in texts]


# Articles de procédure neutres (ni clause ni critère), plusieurs variantes de rédaction.
def f_remise(v, date, profil):
    if v == 0:
        return A("Conditions d'envoi et de remise des offres",
                 "Les plis sont transmis par voie électronique exclusivement, sur le profil d'acheteur %s, "
                 "avant le %s. Les plis parvenus après cette date et cette heure ne sont pas ouverts." % (profil, date),
                 "La signature électronique de l'offre n'est pas exigée au stade du dépôt ; elle sera demandée à "
                 "l'attributaire pressenti. Une copie de sauvegarde peut être adressée sur support physique "
                 "électronique, sous pli cacheté portant la mention « copie de sauvegarde ».")
    if v == 1:
        return A("Modalités de dépôt des plis",
                 "Date et heure limites : %s. Le dépôt se fait sur %s ; aucun envoi papier ni courriel n'est "
                 "accepté. Le candidat est invité à anticiper la durée du téléchargement de ses fichiers, "
                 "seule l'heure de fin de réception faisant foi." % (date, profil),
                 "Formats acceptés : .pdf, .docx, .xlsx, .odt. Les fichiers compressés ne doivent pas contenir "
                 "d'exécutables ; un fichier infecté par un virus est réputé n'avoir jamais été reçu.")
    return A("Date limite et mode de transmission",
             "Les offres doivent parvenir au plus tard le %s par la plateforme %s. "
             "Tout pli déposé hors délai sera renvoyé à son auteur sans avoir été ouvert." % (date, profil))


def f_validite(v, jours):
    if v == 0:
        return A("Délai de validité des offres", "Le délai de validité des offres est fixé à %d jours à compter "
                 "de la date limite de réception des plis." % jours)
    if v == 1:
        return A("Validité des propositions", "Les candidats restent engagés par leur offre pendant %d jours "
                 "à compter de la date limite fixée pour leur remise." % jours)
    return A("Durée de validité", "Les offres sont valables %d jours." % jours)


def f_rens(v, qui, profil, jours=8):
    if v == 0:
        return A("Renseignements complémentaires",
                 "Les questions sont posées par écrit sur %s au plus tard %d jours avant la date limite de "
                 "remise des offres. %s y répond au plus tard six jours avant cette date ; les réponses sont "
                 "communiquées de manière anonyme à tous les opérateurs ayant retiré le dossier." % (profil, jours, qui))
    if v == 1:
        return A("Questions des candidats",
                 "Toute demande d'information doit être formulée via la messagerie sécurisée de %s, "
                 "au plus tard %d jours calendaires avant la date de remise. Aucune réponse n'est donnée "
                 "par téléphone." % (profil, jours))
    return A("Demandes de précisions",
             "Les candidats peuvent adresser leurs questions par la plateforme jusqu'à %d jours avant la date "
             "limite. %s se réserve le droit d'apporter des modifications de détail au dossier au plus tard "
             "six jours avant cette date." % (jours, qui))


def f_recours(v, ta, adr):
    if v == 0:
        return A("Procédures de recours",
                 "Instance chargée des procédures de recours : %s, %s. Référé précontractuel (articles L551-1 "
                 "et suivants du code de justice administrative) jusqu'à la signature du marché ; recours de "
                 "plein contentieux dans un délai de deux mois à compter de la publication de l'avis d'attribution."
                 % (ta, adr))
    return A("Voies et délais de recours",
             "Le tribunal compétent est le %s (%s). Les recours ouverts sont le référé précontractuel, le "
             "référé contractuel et le recours en contestation de validité du contrat, dans les délais prévus "
             "par le code de justice administrative." % (ta, adr))


# ============================================================================= documents
PROFIL_MX = "https://marches.montclar-breze.fr"


def t01():
    blocks = [
        TITLE("VILLE DE MONTCLAR-SUR-BRÈZE", "RÈGLEMENT DE LA CONSULTATION",
              "Réhabilitation et extension du groupe scolaire Jean-Rostand",
              "Procédure adaptée ouverte – articles L2123-1 et R2123-1 1° du code de la commande publique",
              "Date limite de réception des offres : lundi 15 mars 2027 à 12 h 00"),
        H("Article 1 – Pouvoir adjudicateur"),
        P("Ville de Montclar-sur-Brèze, Hôtel de Ville, 2 place du Marché-aux-Grains, 34718 Montclar-sur-Brèze "
          "– SIRET 213~407~186~00017. Représentant du pouvoir adjudicateur : M. Gérard Vialaret, Maire. "
          "Suivi administratif : service de la commande publique (Mme Nadia Ferrand), tél. 04~67~55~20~31."),
        H("Article 2 – Objet de la consultation et décomposition en lots"),
        P("La consultation porte sur les travaux de réhabilitation du bâtiment principal (construit en 1962) "
          "et sur l'extension de deux classes du groupe scolaire Jean-Rostand, 14 rue des Tanneurs. "
          "Les travaux sont répartis en six lots traités par marchés séparés :"),
        RTAB([["Lot", "Désignation", "Estimation (€ HT)"],
              ["1", "Démolition – gros œuvre – VRD", "486~000"],
              ["2", "Charpente – couverture – zinguerie", "172~000"],
              ["3", "Menuiseries extérieures aluminium", "148~000"],
              ["4", "Plâtrerie – isolation – faux plafonds", "196~000"],
              ["5", "Électricité courants forts et faibles", "121~000"],
              ["6", "Peinture – revêtements de sols souples", "117~000"]],
             widths=[0.8, 5, 2], align="llr"),
        P("Le montant total des travaux est estimé à 1~240~000 € HT, tous lots confondus. Les candidats "
          "peuvent répondre à un ou plusieurs lots ; chaque lot fait l'objet d'un jugement distinct et "
          "d'un marché séparé."),
        H("Article 3 – Délais d'exécution"),
        P("Le délai global est fixé à onze mois, dont trois semaines de période de préparation. Les interventions "
          "en site occupé sont concentrées pendant les congés scolaires d'été 2027 ; le calendrier détaillé "
          "figure au planning prévisionnel joint au CCAP."),
        H("Article 4 – Contenu du dossier de consultation"),
        LST(["le présent règlement de la consultation (RC) ;",
             "l'acte d'engagement (AE) de chaque lot ;",
             "le cahier des clauses administratives particulières (CCAP) commun aux six lots ;",
             "les cahiers des clauses techniques particulières (CCTP) et les décompositions du prix global et "
             "forfaitaire (DPGF) de chaque lot ;",
             "les plans, le rapport de repérage amiante et plomb et le rapport géotechnique G2 AVP."]),
        H("Article 5 – Variantes et prestation supplémentaire éventuelle"),
        P("Les variantes à l'initiative des candidats ne sont pas autorisées. Le lot 3 comporte une prestation "
          "supplémentaire éventuelle (PSE n°~1 : brise-soleil orientables sur la façade côté cour) que les "
          "candidats chiffrent obligatoirement."),
        H("Article 6 – Présentation des offres"),
        P("Chaque offre comprend l'AE complété, la DPGF et un mémoire technique de quinze pages au plus, "
          "qui présente :"),
        LST(["a) la méthodologie et l'organisation du chantier en site occupé (phasage, accès, sécurité des enfants) ;",
             "b) les moyens humains et matériels affectés, avec le nom du conducteur de travaux ;",
             "c) le planning détaillé de l'exécution ;",
             "d) le schéma d'organisation et de suivi de l'élimination des déchets (SOSED) : nature et "
             "quantités estimées, tri sur le chantier, installations de destination, traçabilité."]),
        H("Article 7 – Jugement des offres"),
        P("Le jugement est effectué lot par lot dans les conditions des articles R2152-1 à R2152-12 du code de la "
          "commande publique. Les offres inappropriées sont éliminées ; les offres irrégulières ou inacceptables "
          "peuvent être régularisées ou négociées dans les conditions de l'article 9. L'offre économiquement la "
          "plus avantageuse est déterminée au regard des critéres pondérés suivants :"),
        RTAB([["Critères de jugement", "Pondération"],
              ["1. Prix des prestations (montant de la DPGF, PSE comprise pour le lot 3)", "50 %"],
              ["2. Valeur technique, appréciée au vu du mémoire technique", "35 %"],
              ["    2.1 Méthodologie et organisation du chantier en site occupé", "15 %"],
              ["    2.2 Moyens humains et matériels affectés", "10 %"],
              ["    2.3 Cohérence du planning d'exécution", "10 %"],
              ["3. Gestion des déchets de chantier et maîtrise des nuisances", "15 %"]],
             widths=[6, 1.4], align="lr"),
        P("Le prix est noté selon la formule : note = 50 × (montant de l'offre la moins-disante / montant de "
          "l'offre examinée). Chaque sous-critère de la valeur technique est noté de 0 à 5 puis pondéré."),
        SPLIT("Le critère n°~3 est apprécié au vu du SOSED remis avec l'offre : organisation du tri sur le chantier "
              "(nombre de flux séparés, emplacement des bennes), part des déchets inertes et non dangereux orientés "
              "vers le réemploi ou une filière de valorisation matière,",
              "traçabilité jusqu'aux installations de destination et mesures prévues pour limiter le bruit, les "
              "poussières et les boues aux abords de l'école. Une offre sans SOSED reçoit la note 0 sur ce critère."),
        H("Article 8 – Offres anormalement basses"),
        P("Toute offre paraissant anormalement basse fait l'objet d'une demande écrite de précisions ; elle est "
          "rejetée si les justifications apportées ne sont pas satisfaisantes (articles R2152-3 et R2152-4)."),
        H("Article 9 – Négociation"),
        P("La Ville se réserve la possibilité de négocier avec les trois candidats les mieux classés de chaque "
          "lot. Elle peut aussi attribuer le marché sur la base des offres initiales, sans négociation."),
    ]
    blocks += f_remise(0, "lundi 15 mars 2027 à 12 h 00", PROFIL_MX)
    blocks += f_rens(0, "La Ville", PROFIL_MX)
    blocks += f_recours(0, "Tribunal administratif de Montpellier", "6 rue Pitot, 34063 Montpellier Cedex 2")
    return D("01_RC_groupe_scolaire_Jean-Rostand.pdf", "RC",
             "RC de travaux (commune), tableau de critères pondérés en % avec un critère « gestion des déchets "
             "de chantier et maîtrise des nuisances » dont le nom ne dit pas « environnement » ; description du "
             "critère coupée par un saut de page",
             L(critere_environnemental=1, allotissement=1, nb_lots=6, montant_estime_ht=1240000,
               evidence=["3. Gestion des déchets de chantier et maîtrise des nuisances", "répartis en six lots",
                         "estimé à 1~240~000 € HT"]),
             header="Ville de Montclar-sur-Brèze – Règlement de la consultation – MAPA n° 2027-TRX-014",
             footer="RC – Réhabilitation et extension du groupe scolaire Jean-Rostand",
             blocks=blocks, hyphen=True,
             difficulty="critère environnemental sans le mot ; coupure de page ; sous-critères techniques")


def t02():
    blocks = [
        TITLE("Communauté de communes du Haut-Vernois",
              "Règlement de consultation valant cahier des clauses particulières (RC-CCP)",
              "Fourniture de denrées alimentaires pour la cuisine centrale de Saint-Ours-le-Haut",
              "Accord-cadre à bons de commande – procédure adaptée (article R2123-1 du code de la commande publique)",
              "Référence : CCHV-2027-05"),
        H("PREMIÈRE PARTIE – RÈGLES DE LA CONSULTATION"),
        H("Article 1 – Acheteur"),
        P("Communauté de communes du Haut-Vernois, 5 avenue de la Gare, 25940 Saint-Ours-le-Haut, "
          "SIRET 200~061~448~00024, représentée par sa Présidente, Mme Odile Bretillot. "
          "Interlocutrice technique : Mme Laure Pétetin, responsable de la cuisine centrale."),
        H("Article 2 – Objet et allotissement"),
        P("La cuisine centrale produit en moyenne 1~150 repas par jour scolaire pour les neuf écoles du territoire, "
          "l'accueil de loisirs et le portage de repas à domicile. L'accord-cadre est passé en 3 lots, "
          "attribués chacun à un seul titulaire :"),
        LST(["Lot 1 – Viandes fraîches de boucherie et volailles",
             "Lot 2 – Fruits et légumes frais",
             "Lot 3 – Produits laitiers, crèmerie et fromages"]),
        H("Article 3 – Durée"),
        P("L'accord-cadre prend effet le 1er septembre 2027 pour une durée d'un an. Il est reconductible "
          "tacitement deux fois, par période d'un an ; la durée totale ne peut excéder trois ans."),
        H("Article 4 – Montants minimum et maximum"),
        P("Les montants ci-dessous valent pour la durée totale de l'accord-cadre, reconductions comprises :"),
        TAB([["Lot", "Minimum (€ HT)", "Maximum (€ HT)"],
             ["Lot 1", "45 000", "135 000"],
             ["Lot 2", "36 000", "114 000"],
             ["Lot 3", "24 000", "81 000"]]),
        H("Article 5 – Critères de choix de l'offre"),
        P("Pour chaque lot, les offres sont classées sur 100 points selon les critères suivants :"),
        TAB([["Critère", "Points"],
             ["Prix, apprécié au vu du détail quantitatif estimatif (DQE, non contractuel)", "40"],
             ["Qualité des produits : fraicheur, calibrage et qualité gustative (20 pts) ; part des produits "
              "bénéficiant d'un signe officiel de qualité ou d'origine (10 pts)", "30"],
             ["Approvisionnement de proximité et réduction des distances de transport (nombre d'intermédiaires, "
              "kilomètres parcourus entre le lieu de production et la cuisine)", "20"],
             ["Fiabilité des livraisons (respect des créneaux, taux de ruptures constaté chez les clients "
              "de référence)", "10"]]),
        P("Les candidats renseignent à cet effet le questionnaire « traçabilité et origine » joint au dossier ; "
          "une rubrique non renseignée vaut zéro point pour l'élément concerné. Des échantillons peuvent être "
          "demandés aux trois candidats les mieux classés pour les lots 1 et 3."),
        H("Article 6 – Remise des offres"),
        P("Offres à déposer sur https://achats.haut-vernois.fr au plus tard le vendredi 4 juin 2027 à 11 h 00. "
          "Pièces à produire : DC1 et DC2 (ou DUME), RC-CCP daté et signé, bordereau des prix unitaires, DQE, "
          "questionnaire « traçabilité et origine », fiches techniques des produits."),
        H("DEUXIÈME PARTIE – CLAUSES PARTICULIÈRES"),
        H("Article 7 – Bons de commande et livraisons"),
        P("Les bons de commande sont adressés par courriel au plus tard à 10 h 00 l'avant-veille de la livraison. "
          "Les livraisons ont lieu du lundi au vendredi entre 6 h 00 et 8 h 30, au quai de la cuisine centrale, "
          "dans le respect de la chaîne du froid (température à cœur contrôlée à réception)."),
        H("Article 8 – Conditionnements et emballages"),
        P("Les produits des lots 2 et 3 sont livrés dans des caisses ou bacs réutilisables ; le titulaire reprend "
          "à chaque livraison les contenants vides et les cagettes de la livraison précédente. Les suremballages "
          "individuels et les films plastiques sont proscrits, sauf exigence sanitaire dûment justifiée."),
        H("Article 9 – Prix et règlement"),
        P("Les prix sont unitaires, révisables chaque année au 1er septembre selon l'indice des prix à la "
          "production des industries alimentaires correspondant au lot. Paiement par virement administratif "
          "dans le délai de 30 jours (article R2192-10 du CCP)."),
        H("Article 10 – Pénalités"),
        P("Produit non conforme ou livré hors créneau : remplacement dans les deux heures ; à défaut, achat de "
          "substitution aux frais du titulaire et pénalité forfaitaire de 80 € par incident. Les pénalités ne "
          "sont pas plafonnées."),
        H("Article 11 – Documents de référence"),
        P("Pour tout ce qui n'est pas prévu au présent document, le cahier des clauses administratives générales "
          "applicables aux marchés de fournitures courantes et de services (CCAG-FCS, arrêté du 30 mars 2021) "
          "s'applique."),
    ]
    return D("02_RC-CCP_denrees_cuisine_centrale.docx", "RC",
             "RC valant CCP d'un MAPA (EPCI) : critère en points « approvisionnement de proximité et réduction des "
             "distances de transport » (circuits courts) ; clause d'exécution sur les emballages réutilisables",
             L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=3,
               montant_max_ht=330000,
               evidence=["Approvisionnement de proximité et réduction des distances de transport",
                         "le titulaire reprend à chaque livraison les contenants vides",
                         "passé en 3 lots", "[maximums sur la durée totale : 135 000 + 114 000 + 81 000]"]),
             header="Communauté de communes du Haut-Vernois – RC-CCP denrées alimentaires",
             footer="CCHV-2027-05 – Accord-cadre denrées alimentaires 2027-2030",
             blocks=blocks,
             difficulty="critère « circuits courts » sans le mot environnement ; max. par lot à additionner")


def t03():
    prof = "https://www.marches-lisiere-habitat.fr"
    blocks = [
        TITLE("LISIÈRE HABITAT", "Règlement de la consultation n° LH-27-031",
              "Nettoyage et entretien courant des parties communes du patrimoine",
              "Appel d'offres ouvert – articles R2124-2 1° et R2161-2 à R2161-5 du code de la commande publique"),
        H("Article 1 – Organisme acheteur"),
        P("Lisière Habitat, office public de l'habitat de la Vallée de l'Aurance, 18 quai Paul-Doumer, "
          "19320 Aurance-sur-Vézère. SIRET 271~900~523~00038. Directrice générale : Mme Hélène Castagnet. "
          "Service des marchés : marches@lisiere-habitat.fr."),
        H("Article 2 – Objet et lots"),
        P("Le marché a pour objet le nettoyage des halls, cages d'escalier, cabines d'ascenseur, locaux "
          "vide-ordures et abords immédiats de 61 résidences représentant 2~460 logements. Il comprend deux lots :"),
        LST(["lot 1 – secteur Nord (Aurance-sur-Vézère, Bellegarde-la-Vieille) ;",
             "lot 2 – secteur Sud (Meymac-le-Bas, Saint-Priest-du-Pont)."]),
        P("Un même candidat peut obtenir les deux lots. La valeur totale estimée des deux lots, sur la durée "
          "maximale de quatre ans, s'élève à 986~000 € HT."),
        H("Article 3 – Durée"),
        P("Chaque marché est conclu pour un an à compter du 1er janvier 2028, reconductible trois fois par "
          "décision expresse de l'office notifiée deux mois avant l'échéance."),
        H("Article 4 – Clause sociale d'insertion"),
        P("En application de l'article L2112-2 du code de la commande publique, le titulaire de chaque lot met "
          "en œuvre une action d'insertion professionnelle au profit de personnes rencontrant des difficultés "
          "sociales ou professionnelles particulières. Le volume minimal est de 1~000 heures pour le lot 1 et "
          "de 800 heures pour le lot 2 sur la durée du marché. Publics éligibles, suivi par le facilitateur de la "
          "Maison de l'emploi de l'Aurance et pénalités : article 9 du CCAP."),
        H("Article 5 – Dossier de candidature"),
        LST(["lettre de candidature (DC1) ou DUME ;",
             "déclaration du candidat (DC2) avec le chiffre d'affaires des trois derniers exercices ;",
             "liste des principaux services de nettoyage effectués au cours des trois dernières années ;",
             "attestation d'assurance de responsabilité civile professionnelle en cours de validité."]),
        H("Article 6 – Contenu de l'offre"),
        P("L'offre comprend l'acte d'engagement, le bordereau des prix et le détail estimatif, le mémoire "
          "technique et une note « insertion » de quatre pages au plus."),
        H("Article 7 – Critères de jugement des offres"),
        P("Le jugement est fait lot par lot. Les critères et leur pondération sont les suivants :"),
        TAB([["Critère", "Poids"],
             ["Prix (détail estimatif)", "45 %"],
             ["Valeur technique (mémoire)", "35 %"],
             ["Performances en matière d'insertion professionnelle des publics en difficulté", "20 %"]],
            widths=[4, 1], align="lr"),
        P("La valeur technique est notée au vu du mémoire : fréquences et méthodes, encadrement et contrôle "
          "qualité, gestion des absences, traitement des demandes des locataires."),
        P("Les performances en matière d'insertion sont notées au vu de la note « insertion » : volume d'heures "
          "proposé au-delà du minimum de l'article 4, modalités d'accueil et de tutorat, formations qualifiantes "
          "prévues et perspectives d'embauche durable à l'issue des contrats."),
        H("Article 8 – Négociation"),
        P("S'agissant d'un appel d'offres, aucune négociation n'est possible. Seules des précisions peuvent être "
          "demandées aux candidats sur la teneur de leur offre."),
    ]
    blocks += f_remise(1, "mardi 19 octobre 2027, 12 h 00", prof)
    blocks += f_validite(1, 150)
    blocks += f_recours(1, "tribunal administratif de Limoges", "1 cours Vergniaud, 87000 Limoges")
    return D("03_RC_nettoyage_parties_communes_OPH.pdf", "RC",
             "RC d'un OPH en deux colonnes : critère pondéré reprenant la formule du code (« performances en matière "
             "d'insertion professionnelle des publics en difficulté », 20 %) et, à côté, la clause d'insertion "
             "obligatoire avec heures par lot",
             L(clause_sociale=1, clause_insertion=1, heures_insertion=1800, critere_social=1, allotissement=1,
               nb_lots=2, montant_estime_ht=986000,
               evidence=["Performances en matière d'insertion professionnelle des publics en difficulté",
                         "1~000 heures pour le lot 1 et de 800 heures pour le lot 2", "[1 000 + 800]",
                         "Il comprend deux lots", "s'élève à 986~000 € HT"]),
             header="Lisière Habitat – OPH de la Vallée de l'Aurance – RC LH-27-031",
             footer="Nettoyage des parties communes – Règlement de la consultation",
             blocks=blocks, hyphen=True, cols=2,
             difficulty="deux colonnes ; critère social + clause d'insertion dans le même document ; heures à sommer")


def t04():
    blocks = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Département de publication : 79 – Annonce n° 27-041877",
              "Services"),
        H("Nom et adresse officiels de l'organisme acheteur"),
        P("Département du Val-de-Sorne, Direction des mobilités et du transport scolaire, Hôtel du Département, "
          "1 rue de la Préfecture, 79308 Ronsac Cedex. SIRET 227~900~015~00019. Correspondant : M. Bastien Giraudeau, "
          "tél. 05~49~18~72~00, courriel : marches.mobilites@valdesorne.fr"),
        P("Adresse du profil d'acheteur : https://marches.valdesorne.fr"),
        H("Objet du marché"),
        P("Transport adapté des élèves et étudiants en situation de handicap – années scolaires 2027-2028 à 2030-2031."),
        H("Type de procédure"),
        P("Appel d'offres ouvert (articles L2124-2, R2124-2 1° et R2161-2 à R2161-5 du code de la commande publique)."),
        H("Caractéristiques principales"),
        P("Transport quotidien domicile – établissement, aller et retour, d'environ 310 élèves et étudiants, au moyen "
          "de véhicules de neuf places au plus, dont certains équipés pour l'accueil de fauteuils roulants. "
          "Accord-cadre mono-attributaire par lot, exécuté par bons de commande, sans minimum."),
        P("Allotissement : oui. Le marché est divisé en 4 lots géographiques : lot 1 Nord-Gâtine ; lot 2 Bocage-Thouet ; "
          "lot 3 Plaine de Ronsac ; lot 4 Marais-Sud."),
        P("Valeur estimée hors TVA : 2~760~000 euros (ensemble des lots, quatre années scolaires)."),
        H("Conditions de participation"),
        P("Inscription au registre des transports de personnes ; capacité financière justifiée par le chiffre d'affaires "
          "des trois derniers exercices ; liste des véhicules et attestation de formation des conducteurs à "
          "l'accompagnement de personnes à mobilité réduite."),
        H("Critères d'attribution"),
        P("Offre économiquement la plus avantageuse appréciée en fonction des critères énoncés ci-dessous avec leur "
          "pondération :"),
        LST(["1. Prix des prestations : 50 %",
             "2. Valeur technique (organisation des circuits, qualification et formation des conducteurs et "
             "accompagnateurs, procédures en cas d'incident ou d'absence) : 30 %",
             "3. Performances en matière de protection de l'environnement (motorisation, norme Euro et émissions "
             "de CO2 des véhicules affectés au lot) : 20 %"]),
        H("Date limite de réception des offres"),
        P("8 avril 2027 à 16 h 00. Délai minimum de validité des offres : 180 jours."),
        H("Renseignements complémentaires"),
        P("Les candidats peuvent répondre à un, plusieurs ou tous les lots. Visite des établissements non obligatoire. "
          "Marché financé sur le budget départemental (chapitre 011)."),
        H("Instance chargée des procédures de recours"),
        P("Tribunal administratif de Poitiers, 15 rue de Blossac, 86020 Poitiers Cedex."),
        H("Date d'envoi du présent avis à la publication"),
        P("2 mars 2027"),
    ]
    return D("04_avis_transport_adapte_Val-de-Sorne.txt", "AVIS",
             "avis BOAMP en texte : critère pondéré « performances en matière de protection de l'environnement » "
             "(formule du code) ; objet à caractère social (élèves handicapés) qui n'est pas une clause",
             L(critere_environnemental=1, allotissement=1, nb_lots=4, montant_estime_ht=2760000,
               evidence=["Performances en matière de protection de l'environnement", "divisé en 4 lots",
                         "2~760~000 euros"]),
             blocks=blocks,
             difficulty="objet social trompeur ; critère environnemental dans un avis")


def t05():
    ns = {"xmlns": "http://publications.europa.eu/resource/schema/ted/R2.0.9/reception",
          "xmlns__n2016": "http://publications.europa.eu/resource/schema/ted/2016/nuts",
          "VERSION": "R2.0.9.S05"}
    root = X("TED_ESENDERS", [
        X("SENDER", [X("IDENTIFICATION", [X("ESENDER_LOGIN", "ESENDER-FR-0042"),
                                          X("NO_DOC_EXT", "2027-118405")]),
                     X("CONTACT", [X("ORGANISATION", "CHI des Deux-Rives"), X("COUNTRY", None, VALUE="FR"),
                                   X("E_MAIL", "achats@chi-deuxrives.fr")])]),
        X("FORM_SECTION", [X("F02_2014", [
            X("LEGAL_BASIS", None, VALUE="32014L0024"),
            X("CONTRACTING_BODY", [
                X("ADDRESS_CONTRACTING_BODY", [
                    X("OFFICIALNAME", "Centre hospitalier intercommunal des Deux-Rives"),
                    X("NATIONALID", "26630217900015"),
                    X("ADDRESS", "12 avenue du Docteur-Fleming"),
                    X("TOWN", "Pont-du-Château-sur-Allier"), X("POSTAL_CODE", "63431"),
                    X("COUNTRY", None, VALUE="FR"), X("CONTACT_POINT", "Direction des achats – Mme Claire Mourgues"),
                    X("PHONE", "+33 473480500"), X("E_MAIL", "achats@chi-deuxrives.fr"),
                    X("n2016:NUTS", None, CODE="FRK24"),
                    X("URL_GENERAL", "https://www.chi-deuxrives.fr")]),
                X("DOCUMENT_FULL", None), X("URL_DOCUMENT", "https://marches.chi-deuxrives.fr/consultation/2027-LINGE"),
                X("ADDRESS_FURTHER_INFO_IDEM", None),
                X("URL_PARTICIPATION", "https://marches.chi-deuxrives.fr"),
                X("ADDRESS_PARTICIPATION_IDEM", None),
                X("CA_TYPE", None, VALUE="BODY_PUBLIC"), X("CA_ACTIVITY", None, VALUE="HEALTH")]),
            X("OBJECT_CONTRACT", [
                X("TITLE", PS("Location et entretien du linge plat, du linge en forme et des tenues professionnelles")),
                X("REFERENCE_NUMBER", "2027-LINGE-01"),
                X("CPV_MAIN", [X("CPV_CODE", None, CODE="98310000")]),
                X("TYPE_CONTRACT", None, CTYPE="SERVICES"),
                X("SHORT_DESCR", PS("Location, collecte, traitement en blanchisserie industrielle et livraison du linge "
                                    "des trois sites du CHI (environ 420 tonnes par an). Marché unique non alloti : les "
                                    "prestations de location, de collecte, de traitement et de livraison forment un "
                                    "ensemble indissociable.")),
                X("VAL_ESTIMATED_TOTAL", "1850000", CURRENCY="EUR"),
                X("NO_LOT_DIVISION", None),
                X("OBJECT_DESCR", [
                    X("CPV_ADDITIONAL", [X("CPV_CODE", None, CODE="98311000")]),
                    X("n2016:NUTS", None, CODE="FRK24"),
                    X("MAIN_SITE", PS("Sites de Pont-du-Château-sur-Allier, Lempdes-la-Côte et Billom-les-Bains.")),
                    X("SHORT_DESCR", PS("Accord-cadre mono-attributaire à bons de commande d'une durée de quatre ans.")),
                    X("AC", [
                        X("AC_QUALITY", [X("AC_CRITERION", "Valeur technique (organisation des tournées, qualité du "
                                                           "traitement, traçabilité RFID des articles)"),
                                         X("AC_WEIGHTING", "40")]),
                        X("AC_QUALITY", [X("AC_CRITERION", "Bilan carbone de la livraison (distances parcourues, "
                                                           "fréquence des tournées, motorisation des véhicules)"),
                                         X("AC_WEIGHTING", "10")]),
                        X("AC_QUALITY", [X("AC_CRITERION", "Conditions de travail et de rémunération des salariés de la "
                                                           "blanchisserie affectés au marché"),
                                         X("AC_WEIGHTING", "10")]),
                        X("AC_PRICE", [X("AC_WEIGHTING", "40")])]),
                    X("VAL_OBJECT", "1850000", CURRENCY="EUR"),
                    X("DURATION", "48", TYPE="MONTH"),
                    X("NO_RENEWAL", None),
                    X("NO_ACCEPTED_VARIANTS", None),
                    X("NO_OPTIONS", None),
                    X("NO_EU_PROGR_RELATED", None),
                    X("INFO_ADD", PS("Visite de la lingerie centrale possible sur rendez-vous."))], ITEM="1")]),
            X("LEFTI", [
                X("SUITABILITY", PS("Déclaration sur l'honneur attestant que le candidat n'entre dans aucun des cas "
                                    "d'exclusion des articles L2141-1 à L2141-5 du code de la commande publique.")),
                X("ECONOMIC_CRITERIA_DOC", None),
                X("TECHNICAL_CRITERIA_DOC", None),
                X("TECHNICAL_PROFESSIONAL_INFO", PS("Références de prestations équivalentes pour des établissements de "
                                                    "santé ; description du système de maîtrise de la biocontamination "
                                                    "(méthode RABC, norme NF EN 14065)."))]),
            X("PROCEDURE", [
                X("PT_OPEN", None),
                X("FRAMEWORK", [X("SINGLE_OPERATOR", None)]),
                X("CONTRACT_COVERED_GPA", None),
                X("DATE_RECEIPT_TENDERS", "2027-05-21"), X("TIME_RECEIPT_TENDERS", "12:00"),
                X("LANGUAGES", [X("LANGUAGE", None, VALUE="FR")]),
                X("DURATION_TENDER_VALID", "6", TYPE="MONTH"),
                X("OPENING_CONDITION", [X("DATE_OPENING_TENDERS", "2027-05-21"), X("TIME_OPENING_TENDERS", "14:00")])]),
            X("COMPLEMENTARY_INFO", [
                X("NO_RECURRENT_PROCUREMENT", None),
                X("INFO_ADD", PS("Les sous-critères et la méthode de notation figurent au règlement de la consultation.")),
                X("ADDRESS_REVIEW_BODY", [X("OFFICIALNAME", "Tribunal administratif de Clermont-Ferrand"),
                                          X("ADDRESS", "6 cours Sablon"), X("TOWN", "Clermont-Ferrand"),
                                          X("POSTAL_CODE", "63033"), X("COUNTRY", None, VALUE="FR")]),
                X("DATE_DISPATCH_NOTICE", "2027-04-12")])],
            LG="FR", CATEGORY="ORIGINAL", FORM="F02")])], **ns)
    return D("05_avis_TED_linge_CHI_Deux-Rives.xml", "AVIS",
             "avis TED R2.0.9 (F02) : deux AC_QUALITY dont les noms ne disent ni social ni environnement "
             "(« bilan carbone de la livraison », « conditions de travail et de rémunération des salariés »)",
             L(critere_social=1, critere_environnemental=1, allotissement=0, montant_estime_ht=1850000,
               evidence=["Bilan carbone de la livraison", "Conditions de travail et de rémunération des salariés",
                         "Marché unique non alloti", "1850000"]),
             xml=xml_doc(root),
             difficulty="XML TED ; critères social et environnemental implicites")


EFORMS_NS = {
    "xmlns": "urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2",
    "xmlns__cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "xmlns__cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "xmlns__efac": "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
    "xmlns__efbc": "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1",
    "xmlns__efext": "http://data.europa.eu/p27/eforms-ubl-extensions/1",
    "xmlns__ext": "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
}


def _org(oid, name, siret, street, city, zipc, nuts, tel, mail, url=None):
    kids = [X("cbc:WebsiteURI", url)] if url else []
    kids += [X("cac:PartyIdentification", [X("cbc:ID", oid, schemeName="organization")]),
             X("cac:PartyName", [X("cbc:Name", name, languageID="FRA")]),
             X("cac:PostalAddress", [X("cbc:StreetName", street), X("cbc:CityName", city),
                                     X("cbc:PostalZone", zipc),
                                     X("cbc:CountrySubentityCode", nuts, listName="nuts"),
                                     X("cac:Country", [X("cbc:IdentificationCode", "FRA", listName="country")])]),
             X("cac:PartyLegalEntity", [X("cbc:CompanyID", siret)]),
             X("cac:Contact", [X("cbc:Telephone", tel), X("cbc:ElectronicMail", mail)])]
    return X("efac:Organization", [X("efac:Company", kids)])


def eforms(p):
    crit = []
    for typ, name, descr, w in p["criteria"]:
        crit.append(X("cac:SubordinateAwardingCriterion", [
            X("ext:UBLExtensions", [X("ext:UBLExtension", [X("ext:ExtensionContent", [X("efext:EformsExtension", [
                X("efac:AwardCriterionParameter", [X("efbc:ParameterCode", "per-exa", listName="number-weight"),
                                                   X("efbc:ParameterNumeric", str(w))])])])])]),
            X("cbc:AwardingCriterionTypeCode", typ, listName="award-criterion-type"),
            X("cbc:Name", name, languageID="FRA"),
            X("cbc:Description", descr, languageID="FRA")]))
    sel = [X("efac:SelectionCriteria", [X("cbc:CriterionTypeCode", code, listName="selection-criterion"),
                                        X("cbc:Description", d, languageID="FRA")]) for code, d in p["selection"]]
    execs = [X("cac:ContractExecutionRequirement", [X("cbc:ExecutionRequirementCode", "performance", listName="conditions"),
                                                    X("cbc:Description", d, languageID="FRA")]) for d in p["execution"]]
    lot_terms = [
        X("ext:UBLExtensions", [X("ext:UBLExtension", [X("ext:ExtensionContent", [X("efext:EformsExtension", sel)])])]),
        X("cbc:VariantConstraintCode", "not-allowed", listName="permission"),
        X("cac:CallForTendersDocumentReference", [X("cbc:ID", p["ref"] + "-DCE"),
                                                  X("cbc:DocumentType", "non-restricted-document"),
                                                  X("cac:Attachment", [X("cac:ExternalReference", [X("cbc:URI", p["url_dce"])])])]),
    ] + execs + [
        X("cac:AwardingTerms", [X("cac:AwardingCriterion", crit)]),
        X("cac:TendererQualificationRequest", [X("cac:SpecificTendererRequirement", [
            X("cbc:TendererRequirementTypeCode", p.get("reserved", "none"), listName="reserved-procurement")])]),
        X("cac:TenderRecipientParty", [X("cbc:EndpointID", p["url_dce"])]),
        X("cac:TenderValidityPeriod", [X("cbc:DurationMeasure", "120", unitCode="DAY")]),
        X("cac:AppealTerms", [X("cac:AppealReceiverParty", [X("cac:PartyIdentification", [
            X("cbc:ID", "ORG-0002", schemeName="organization")])])]),
    ]
    lot_proj = [X("cbc:ID", p["ref"], schemeName="InternalID"),
                X("cbc:Name", p["lot_name"], languageID="FRA"),
                X("cbc:Description", p["lot_descr"], languageID="FRA"),
                X("cbc:ProcurementTypeCode", p["nature"], listName="contract-nature")]
    if p.get("note"):
        lot_proj.append(X("cbc:Note", p["note"], languageID="FRA"))
    for code in p["strategic"]:
        lot_proj.append(X("cac:ProcurementAdditionalType", [X("cbc:ProcurementTypeCode", code,
                                                                listName="strategic-procurement")]))
    lot_proj += [X("cac:MainCommodityClassification", [X("cbc:ItemClassificationCode", p["cpv"], listName="cpv")]),
                 X("cac:RealizedLocation", [X("cac:Address", [X("cbc:CountrySubentityCode", p["org"][5], listName="nuts"),
                                                              X("cac:Country", [X("cbc:IdentificationCode", "FRA",
                                                                                  listName="country")])])]),
                 X("cac:PlannedPeriod", [X("cbc:DurationMeasure", str(p["months"]), unitCode="MONTH")])]
    root = X("ContractNotice", [
        X("ext:UBLExtensions", [X("ext:UBLExtension", [X("ext:ExtensionContent", [X("efext:EformsExtension", [
            X("efac:NoticeSubType", [X("cbc:SubTypeCode", "16", listName="notice-subtype")]),
            X("efac:Organizations", [_org("ORG-0001", *p["org"]), _org("ORG-0002", *p["review"])])])])])]),
        X("cbc:UBLVersionID", "2.3"),
        X("cbc:CustomizationID", "eforms-sdk-1.10"),
        X("cbc:ID", p["uuid"], schemeName="notice-id"),
        X("cbc:ContractFolderID", p["folder"]),
        X("cbc:IssueDate", p["date"] + "+01:00"),
        X("cbc:IssueTime", "10:00:00+01:00"),
        X("cbc:VersionID", "01"),
        X("cbc:RegulatoryDomain", "32014L0024"),
        X("cbc:NoticeTypeCode", "cn-standard", listName="competition"),
        X("cbc:NoticeLanguageCode", "FRA"),
        X("cac:ContractingParty", [X("cbc:BuyerProfileURI", p["url_dce"]),
                                   X("cac:ContractingPartyType", [X("cbc:PartyTypeCode", p["legal_type"],
                                                                    listName="buyer-legal-type")]),
                                   X("cac:ContractingActivity", [X("cbc:ActivityTypeCode", p["activity"],
                                                                   listName="authority-activity")]),
                                   X("cac:Party", [X("cac:PartyIdentification", [X("cbc:ID", "ORG-0001",
                                                                                   schemeName="organization")])])]),
        X("cac:TenderingProcess", [X("cbc:ProcedureCode", "open", listName="procurement-procedure-type")]),
        X("cac:ProcurementProject", [X("cbc:ID", p["ref"]), X("cbc:Name", p["name"], languageID="FRA"),
                                     X("cbc:Description", p["descr"], languageID="FRA"),
                                     X("cbc:ProcurementTypeCode", p["nature"], listName="contract-nature"),
                                     X("cac:RequestedTenderTotal", [X("cbc:EstimatedOverallContractAmount",
                                                                      p["amount"], currencyID="EUR")]),
                                     X("cac:MainCommodityClassification", [X("cbc:ItemClassificationCode", p["cpv"],
                                                                             listName="cpv")])]),
        X("cac:ProcurementProjectLot", [X("cbc:ID", "LOT-0001", schemeName="Lot"),
                                        X("cac:TenderingTerms", lot_terms),
                                        X("cac:TenderingProcess", [X("cac:TenderSubmissionDeadlinePeriod", [
                                            X("cbc:EndDate", p["deadline"] + "+01:00"),
                                            X("cbc:EndTime", "12:00:00+01:00")])]),
                                        X("cac:ProcurementProject", lot_proj)]),
    ], **EFORMS_NS)
    return xml_doc(root)


def t06():
    p = dict(
        org=("Université de Sainte-Aure", "19873201200017", "3 place de l'Université", "Sainte-Aure-sur-Loir",
             "72410", "FRG05", "+33 243560100", "achats@univ-sainte-aure.fr", "https://www.univ-sainte-aure.fr"),
        review=("Tribunal administratif de Nantes", "17440001100017", "6 allée de l'Île-Gloriette", "Nantes",
                "44041", "FRG01", "+33 240994600", "greffe.ta-nantes@juradm.fr"),
        ref="USA-2027-MOB-07", uuid="7c1e4b02-3f5a-4d8e-9b1a-2e6f0c9d4a17",
        folder="b2d9e6a4-0c71-4f3e-8a55-91d3c7e2f604", date="2027-03-08", deadline="2027-04-16",
        url_dce="https://marches.univ-sainte-aure.fr/consultation/USA-2027-MOB-07",
        legal_type="body-pl", activity="edu", nature="supplies", cpv="39155000", amount="420000", months=6,
        name="Fourniture et installation du mobilier de la bibliothèque universitaire du campus du Loir",
        descr="Fourniture, livraison et installation du mobilier des espaces de lecture, de travail en groupe et "
              "d'accueil de la bibliothèque universitaire rénovée (environ 640 places). Marché non alloti, la "
              "cohérence fonctionnelle et esthétique de l'ensemble exigeant un fournisseur unique.",
        lot_name="Mobilier de la bibliothèque universitaire",
        lot_descr="Tables, chaises, assises informelles, rayonnages bas, banque d'accueil et cabines de travail.",
        criteria=[("price", "Prix", "Montant total de la décomposition du prix global et forfaitaire.", 45),
                  ("quality", "Qualité d'usage, ergonomie et robustesse",
                   "Apprécié sur échantillons et fiches techniques : confort, réglages, résistance à un usage intensif, "
                   "garanties.", 35),
                  ("quality", "Part du mobilier issu du réemploi ou reconditionné",
                   "Pourcentage, en valeur, des articles proposés provenant de filières de réemploi ou de "
                   "reconditionnement, justifié par l'indication de la filière d'origine de chaque article.", 20)],
        selection=[("ef-stand", "Chiffre d'affaires global des trois derniers exercices."),
                   ("tp-abil", "Liste des principales fournitures de mobilier effectuées au cours des trois dernières "
                               "années, avec montant, date et destinataire.")],
        execution=[], strategic=["none"],
        note="Visite des locaux le 24 mars 2027 à 10 h 00 (facultative). Échantillons à déposer avant la date limite.",
    )
    return D("06_avis_eForms_mobilier_BU_Sainte-Aure.xml", "AVIS",
             "avis eForms (UBL) : critère de qualité « part du mobilier issu du réemploi » pondéré à 20 (économie "
             "circulaire, sans le mot environnement)",
             L(critere_environnemental=1, allotissement=0, montant_estime_ht=420000,
               evidence=["Part du mobilier issu du réemploi ou reconditionné", "Marché non alloti", "420000"]),
             xml=eforms(p), difficulty="eForms ; critère de réemploi")


def t07():
    blocks = [
        TITLE("SYNDICAT INTERCOMMUNAL D'ADDUCTION D'EAU POTABLE DE LA HAUTE-LÈZE",
              "Cahier des clauses administratives particulières",
              "Renouvellement de la conduite de distribution DN 150 – RD 14, traversée de Montégut-sur-Lèze",
              "Marché public de travaux passé selon la procédure adaptée – n° SIAEP-HL-2027-03"),
        P("Le présent CCAP tient lieu de règlement de la consultation pour les articles 9 et 10."),
        H("Article 1 – Objet du marché"),
        P("Les travaux portent sur la dépose et le remplacement d'environ 2,4 km de conduite en fonte grise par une "
          "conduite en fonte ductile DN 150, la reprise de 63 branchements particuliers et la réfection définitive "
          "de la chaussée et des trottoirs. Le marché n'est pas alloti : la pose, la reprise des branchements et "
          "la réfection de voirie sont techniquement indissociables (article L2113-11 du code de la commande publique)."),
        H("Article 2 – Pièces contractuelles"),
        LST(["l'acte d'engagement et ses annexes ;", "le présent CCAP ;", "le CCTP et ses plans ;",
             "le bordereau des prix unitaires ;", "le mémoire technique du titulaire ;",
             "le CCAG applicable aux marchés publics de travaux (arrêté du 30 mars 2021)."]),
        H("Article 3 – Montant estimé"),
        P("Le montant estimé des travaux est de 412~500 € HT. Les travaux sont réglés par application des prix "
          "unitaires du bordereau aux quantités réellement exécutées."),
        H("Article 4 – Délais"),
        P("Le délai d'exécution est de cinq mois, période de préparation de quatre semaines comprise, à compter de "
          "la date fixée par l'ordre de service de démarrage. Les travaux sur la RD 14 sont interdits du 14 juillet "
          "au 20 août (arrêté de circulation du Département)."),
        H("Article 5 – Avance, retenue de garantie"),
        P("Une avance de 10 % du montant initial TTC est versée au titulaire, sauf renonciation expresse dans l'acte "
          "d'engagement. Une retenue de garantie de 5 % est prélevée sur chaque acompte ; elle peut être remplacée "
          "par une garantie à première demande."),
        H("Article 6 – Prix et variation"),
        P("Les prix sont révisables mensuellement par application de l'index TP10a « canalisations, égouts, "
          "assainissement et adduction d'eau avec fourniture de tuyaux »."),
        H("Article 7 – Déblais, matériaux déposés et déchets"),
        P("Les déblais non réutilisés en remblai et les déchets de chantier (enrobés, bordures, anciennes conduites "
          "en fonte) sont triés sur le chantier et évacués vers des installations autorisées ; les enrobés sont "
          "dirigés vers une centrale de recyclage et les tuyaux déposés vers un récupérateur de métaux. Le titulaire "
          "remet au maître d'ouvrage les bordereaux de suivi et, à la réception, un bilan des quantités valorisées. "
          "Le brûlage et l'enfouissement sur place sont interdits."),
        H("Article 8 – Pénalités"),
        P("Retard dans l'achèvement : 300 € HT par jour calendaire. Absence à une réunion de chantier : 150 € HT. "
          "Non-remise des bordereaux de suivi des déchets dans les quinze jours suivant l'évacuation : 100 € HT par "
          "bordereau manquant."),
        H("Article 9 – Jugement des offres"),
        P("Les offres sont notées sur 100 points, selon les critères suivants :"),
        LST(["Prix (montant du détail estimatif) : 55 points ;",
             "Valeur technique : 35 points, décomposée en trois sous critères : méthodologie de pose et de reprise "
             "des branchements, maintien de la distribution pendant les travaux (15 pts) ; moyens humains et "
             "matériels affectés (10 pts) ; actions en faveur de l'emploi de personnes éloignées du marché du travail "
             "– recrutements, volume d'heures confiées, tutorat (10 pts) ;",
             "Délai d'exécution proposé, dans la limite de l'article 4 : 10 points."]),
        P("La note du prix est calculée selon la formule 55 × Pmin / P. Le délai le plus court obtient 10 points, les "
          "autres au prorata."),
        H("Article 10 – Négociation"),
        P("Le pouvoir adjudicateur peut négocier avec les candidats dont l'offre est classée dans les trois premières. "
          "La négociation peut porter sur tous les éléments de l'offre."),
        H("Article 11 – Dérogations au CCAG Travaux"),
        P("L'article 8 déroge à l'article 19.2.3 du CCAG Travaux (pénalités de retard)."),
    ]
    return D("07_CCAP_renouvellement_conduite_SIAEP.docx", "CCAP",
             "CCAP tenant lieu de RC (syndicat d'eau) : sous-critère social noté 10 points sous la valeur technique "
             "(« emploi de personnes éloignées du marché du travail ») ; clause environnementale d'exécution (tri, "
             "valorisation et traçabilité des déchets) qui n'est pas un critère",
             L(critere_social=1, clause_environnementale=1, allotissement=0, montant_estime_ht=412500,
               evidence=["actions en faveur de l'emploi de personnes éloignées du marché du travail",
                         "triés sur le chantier et évacués vers des installations autorisées",
                         "Le marché n'est pas alloti", "412~500 € HT"]),
             header="SIAEP de la Haute-Lèze – CCAP – Marché SIAEP-HL-2027-03",
             footer="Renouvellement de conduite DN 150 – RD 14",
             blocks=blocks,
             difficulty="sous-critère social imbriqué ; clause environnementale sans critère")


def t08():
    prof = "https://www.achats-valdeloue.fr"
    blocks = [
        TITLE("GIP ACHATS MUTUALISÉS DU VAL DE LOUE", "Règlement de consultation",
              "Accord-cadre de fournitures de bureau et de papier pour les membres du groupement",
              "Appel d'offres ouvert – consultation AC-2027-02"),
        H("Article 1 – Identification de la centrale d'achat"),
        P("Le groupement d'intérêt public « Achats mutualisés du Val de Loue » (GIP AMVL), 7 rue du Moulin-Rouge, "
          "39380 Mont-sous-Loue, SIRET 130~027~554~00011, agit en qualité de centrale d'achat au sens de l'article "
          "L2113-2 du code de la commande publique pour le compte de ses 47 membres (communes, intercommunalités, "
          "CCAS, collèges). Directeur : M. Yannick Cuenot."),
        H("Article 2 – Objet et lots"),
        P("La consultation porte sur la fourniture et la livraison, dans les services des membres, de fournitures de "
          "bureau et de papier de reprographie. Elle est divisée en deux lots :"),
        LST(["lot 1 – fournitures de bureau et petit matériel de classement ;",
             "lot 2 – papier de reprographie et enveloppes."]),
        H("Article 3 – Forme, durée et montants"),
        P("Chaque lot donne lieu à un accord-cadre mono-attributaire exécuté par bons de commande, conclu pour un an "
          "à compter du 1er janvier 2028 et reconductible trois fois. Les montants maximums, sur la durée totale de "
          "l'accord-cadre, sont de 600~000 € HT pour le lot 1 et de 250~000 € HT pour le lot 2, soit 850~000 € HT "
          "pour l'ensemble. Il n'est pas fixé de minimum."),
        H("Article 4 – Conditions de participation"),
        P("Les candidats produisent le DC1, le DC2 ou le DUME, la liste des principales livraisons comparables des "
          "trois dernières années et une attestation d'assurance. Le chiffre d'affaires annuel minimal exigé est "
          "de 300~000 € HT pour le lot 1 et de 125~000 € HT pour le lot 2."),
        H("Article 5 – Exigences environnementales d'exécution"),
        P("Pendant toute la durée de l'accord-cadre, au moins 60 % des références du lot 1 commandées par les "
          "membres, en valeur, doivent porter l'Écolabel européen, l'Ange bleu ou un label équivalent. Le papier "
          "du lot 2 est recyclé ou issu de forêts gérées durablement (FSC, PEFC ou équivalent). Le titulaire "
          "transmet chaque année un état des achats par référence permettant de vérifier le respect de ce taux ; "
          "les sanctions sont fixées à l'article 11 du CCAP."),
        H("Article 6 – Contenu des offres"),
        LST(["l'acte d'engagement du lot ;", "le bordereau des prix unitaires et le détail quantitatif estimatif ;",
             "le catalogue général avec remise proposée ;",
             "un mémoire technique répondant au cadre fourni ;",
             "les fiches techniques et justificatifs de labels des produits du DQE."]),
        H("Article 7 – Critères d'attribution"),
        P("Les offres sont jugées lot par lot selon les critères pondérés suivants :"),
        RTAB([["Critère", "Pondération", "Éléments d'appréciation"],
              ["Prix", "60 %", "Montant du détail quantitatif estimatif"],
              ["Valeur technique", "40 %", "Étendue et pertinence de la gamme (15 %) ; délais de livraison et taux de "
               "service (15 %) ; ergonomie de la plateforme de commande en ligne et reporting (10 %)"]],
             widths=[1.6, 1.1, 5], align="lll"),
        P("Les exigences de l'article 5 sont des conditions d'exécution : le taux de références labellisées n'est "
          "pas noté et ne sert pas à départager les offres. Une offre qui ne permettrait pas de les respecter est "
          "irrégulière."),
        H("Article 8 – Examen des offres"),
        P("Les offres irrégulières peuvent être régularisées dans les conditions de l'article R2152-2 du code. "
          "Le GIP vérifie la cohérence entre le bordereau, le DQE et le catalogue ; en cas de discordance, le prix "
          "unitaire du bordereau prévaut."),
    ]
    blocks += f_remise(2, "vendredi 22 octobre 2027 à 12 heures", prof)
    blocks += f_rens(1, "Le GIP", prof, 10)
    blocks += f_recours(0, "Tribunal administratif de Besançon", "30 rue Charles-Nodier, 25044 Besançon Cedex")
    return D("08_RC_fournitures_bureau_centrale_achat.pdf", "RC",
             "RC d'une centrale d'achat : taux de produits écolabellisés posé en condition d'exécution, écrit "
             "juste à côté du tableau des critères qui n'en tient pas compte (« n'est pas noté »)",
             L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=850000,
               evidence=["au moins 60 % des références du lot 1 commandées par les membres, en valeur, doivent porter "
                         "l'Écolabel européen", "divisée en deux lots", "soit 850~000 € HT"]),
             header="GIP AMVL – Règlement de consultation AC-2027-02",
             footer="Fournitures de bureau et papier – accord-cadre 2028-2031",
             blocks=blocks, hyphen=True,
             difficulty="faux critère environnemental : clause d'exécution voisine des critères")


def t09():
    prof = "https://pontarme-sur-vise.marcoweb.fr"
    blocks = [
        TITLE("Ville de Pontarmé-sur-Vise", "RÈGLEMENT DE CONSULTATION",
              "Entretien des espaces verts communaux – années 2028 à 2031",
              "Marché passé selon une procédure adaptée (art. R2123-1 du Code de la commande publique)"),
        H("1. ACHETEUR"),
        P("Ville de Pontarmé-sur-Vise – Service Cadre de vie – 1 place Charles-de-Gaulle – 60520 Pontarmé-sur-Vise. "
          "SIRET : 216~004~987~00012. Personne responsable du marché : Mme Martine Lecoufle, adjointe déléguée, "
          "par délégation du Maire."),
        H("2. OBJET – DÉCOMPOSITION"),
        P("Le présent marché concerne l'entretien courant des espaces verts de la commune : tontes, tailles, "
          "désherbage, ramassage des feuilles, entretien des massifs et des arbres d'alignement de moins de 8 m. "
          "Les prestations sont réparties en 2 lots :"),
        LST(["Lot n°1 : parcs, squares, aires de jeux et cimetières (18,6 ha) ;",
             "Lot n°2 : accotements, fossés, talus et bassins de rétention (41 km linéaires)."]),
        P("Chaque lot est un marché ordinaire à prix forfaitaire, complété de prix unitaires pour les interventions "
          "ponctuelles commandées par bons de commande. La durée est d'un an reconductible trois fois."),
        H("3. DOSSIER DE CONSULTATION"),
        P("Le DCE comprend : le présent RC et son annexe 1 (grille de notation), l'acte d'engagement, le CCAP, le "
          "CCTP et ses plans de localisation, la DPGF et le BPU de chaque lot. Il est téléchargeable gratuitement "
          "sur " + prof + "."),
        H("4. PRÉSENTATION DES OFFRES"),
        P("Le candidat remet : l'acte d'engagement, la DPGF, le BPU, un mémoire technique structuré selon les "
          "rubriques de la grille de l'annexe 1, et l'attestation de visite des sites (visite obligatoire, sur "
          "rendez-vous, avant le 10 septembre 2027)."),
        H("5. JUGEMENT DES OFFRES"),
        P("Après élimination des offres inappropriées, irrégulières ou inacceptables, les offres sont classées par "
          "lot en fonction des critères suivant :"),
        LST(["Prix des prestations (DPGF + BPU appliqué au détail estimatif) : 40 % ;",
             "Valeur technique : 60 %, notée selon la grille figurant en annexe 1 du présent règlement."]),
        P("La note de prix est égale à 40 × (prix le plus bas / prix de l'offre). La Ville se réserve la faculté de "
          "négocier avec les candidats ayant remis les trois meilleures offres de chaque lot."),
        H("6. ATTRIBUTION"),
        P("Le candidat retenu produit dans un délai de huit jours les certificats prévus aux articles R2143-6 à "
          "R2143-10 du code. À défaut, son offre est rejetée et le candidat classé en deuxième position est sollicité."),
        H("7. RENSEIGNEMENTS"),
        P("Questions administratives et techniques : par la plateforme, au plus tard dix jours avant la date limite "
          "de remise des offres, fixée au vendredi 24 septembre 2027 à 12 h 00."),
        ("pagebreak",),
        H("ANNEXE 1 – GRILLE DE NOTATION DE LA VALEUR TECHNIQUE (60 POINTS)"),
        P("Chaque rubrique est notée au vu du mémoire technique. Une rubrique non traitée reçoit la note 0."),
        RTAB([["Rubrique", "Eléments examinés", "Points"],
              ["A. Organisation et moyens humains", "Effectif affecté par lot, encadrement, qualifications, "
               "remplacement des absences, délais d'intervention sur demande", "20"],
              ["B. Pratiques d'entretien et valorisation des déchets verts", "Gestion différenciée, absence totale de "
               "produits phytosanitaires, paillage, valorisation sur place des tontes et des feuilles, réduction des "
               "évacuations", "15"],
              ["C. Matériel", "Parc affecté, part des matériels électriques, niveau sonore, entretien du parc", "15"],
              ["D. Accompagnement socio-professionnel des salariés en insertion", "Encadrement technique, tutorat, "
               "formations et suivi socio-professionnel des salariés en parcours d'insertion mobilisés sur le "
               "marché", "10"]],
             widths=[2.4, 5, 0.9], align="llr"),
        P("Barème de chaque rubrique : insuffisant (0 à 25 % des points), moyen (26 à 50 %), satisfaisant (51 à "
          "75 %), très satisfaisant (76 à 100 %)."),
    ]
    return D("09_RC_espaces_verts_Pontarme.pdf", "RC",
             "RC de commune : le corps du texte ne cite que « valeur technique 60 % » ; les sous-critères "
             "environnemental (pratiques d'entretien, déchets verts) et social (accompagnement des salariés en "
             "insertion) n'apparaissent que dans la grille de notation en annexe",
             L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=2,
               evidence=["D. Accompagnement socio-professionnel des salariés en insertion",
                         "B. Pratiques d'entretien et valorisation des déchets verts", "réparties en 2 lots"]),
             header="Ville de Pontarmé-sur-Vise – RC Entretien des espaces verts 2028-2031",
             footer="Règlement de consultation – Service Cadre de vie",
             blocks=blocks, hyphen=True,
             difficulty="sous-critères seulement dans une grille annexe")


def t10():
    def q(num, title, pts, questions):
        rows = [["Rubrique " + num + " – " + title + (" (" + pts + ")" if pts else ""), "Réponse du candidat"]]
        for x in questions:
            rows.append([x, ""])
        return TAB(rows)
    blocks = [
        TITLE("Centre communal d'action sociale de Villefranche-d'Oust",
              "CADRE DE RÉPONSE TECHNIQUE (CRT)",
              "Portage de repas à domicile – consultation n° CCAS-2027-02",
              "À compléter, signer et joindre à l'offre – ne pas modifier la structure du document"),
        H("Mode d'emploi"),
        P("Le présent cadre constitue le mémoire technique du candidat. Les réponses doivent être précises et "
          "propres à la prestation du CCAS ; les plaquettes commerciales ne sont pas lues. Les parties 1 à 3 sont "
          "notées au titre du critère n° 2 « valeur technique » (45 points sur 100), selon le barème indiqué entre "
          "parenthèses ; le prix est noté sur 55 points."),
        H("Partie 1 – Organisation des tournées"),
        q("1.1", "Organisation des tournées et ponctualité", "15 points",
          ["Nombre de tournées, horaires de passage garantis, délai de prise en compte d'un nouveau bénéficiaire.",
           "Conduite à tenir en cas d'absence du bénéficiaire au passage du livreur."]),
        H("Partie 2 – Les repas"),
        q("2.1", "Qualité nutritionnelle et adaptation des menus", "15 points",
          ["Plans alimentaires sur quatre semaines, régimes (diabétique, sans sel, textures modifiées).",
           "Modalités de recueil des avis des bénéficiaires."]),
        H("Partie 3 – Le personnel"),
        q("3.1", "Formation des livreurs au repérage des fragilités", "10 points",
          ["Formation des livreurs au repérage des situations de fragilité ou d'isolement des bénéficiaires et "
           "procédure d'alerte du CCAS."]),
        q("3.2", "Égalité professionnelle entre les femmes et les hommes et maintien dans l'emploi des salariés de "
                 "plus de 50 ans au sein de l'équipe affectée", "5 points",
          ["Répartition femmes-hommes de l'équipe affectée et actions prévues (horaires, accès aux postes de "
           "responsable de tournée).", "Mesures d'aménagement des postes et des horaires pour les salariés seniors."]),
        ("pagebreak",),
        H("Partie 4 – Démarche environnementale de l'entreprise (pour information, non notée)"),
        P("Les éléments ci-dessous sont recueillis à titre d'information pour le bilan annuel du schéma d'achats "
          "responsables du CCAS. Ils n'entrent pas dans la notation des offres et n'engagent pas le candidat."),
        q("4.1", "Véhicules et emballages", "",
          ["Motorisation des véhicules utilisés pour les tournées.",
           "Nature des barquettes et contenants (jetables, compostables, consignés).",
           "Gestion des biodéchets de la cuisine de production."]),
        H("Signature"),
        P("Nom, qualité et signature du représentant habilité du candidat : …………………………………… "
          "Fait à ……………………, le ……………………"),
    ]
    return D("10_CRT_portage_repas_CCAS.docx", "CADRE",
             "cadre de réponse technique d'un CCAS : sous-rubrique notée 5 points « égalité professionnelle "
             "femmes-hommes et maintien dans l'emploi des seniors » (vrai critère social) ; partie "
             "environnementale « pour information, non notée » (faux critère) ; rubrique « repérage des "
             "fragilités » qui relève de la qualité du service, non de la performance sociale",
             L(critere_social=1,
               evidence=["Égalité professionnelle entre les femmes et les hommes et maintien dans l'emploi des "
                         "salariés de plus de 50 ans", "5 points"]),
             header="CCAS de Villefranche-d'Oust – CRT portage de repas – CCAS-2027-02",
             footer="Cadre de réponse technique – à joindre à l'offre",
             blocks=blocks,
             difficulty="cadre de réponse ; critère social noté, environnement non noté")


def t11():
    blocks = [
        TITLE("Contract notice", "Services", "Directive 2014/24/EU", "Legal Basis: Directive 2014/24/EU"),
        H("Section I: Contracting authority"),
        P("I.1) Name and addresses"),
        P("Official name: Syndicat mixte intercommunal de collecte et de traitement des ordures ménagères du "
          "Quercy-Vert (SMICTOM Quercy-Vert)"),
        P("National registration number: 254 600 872 00021"),
        P("Postal address: ZA des Combes, 12 chemin de Lacapelle"),
        P("Town: Montalzat-le-Vieux"),
        P("NUTS code: FRJ28 Tarn-et-Garonne"),
        P("Postal code: 82270"),
        P("Country: France"),
        P("Contact person: M. Julien Ambert, directeur des services techniques"),
        P("E-mail: commande.publique@smictom-quercyvert.fr"),
        P("Internet address(es): Main address: https://www.smictom-quercyvert.fr"),
        P("I.3) Communication: The procurement documents are available for unrestricted and full direct access, "
          "free of charge, at: https://marchespublics.smictom-quercyvert.fr"),
        P("I.4) Type of the contracting authority: Regional or local agency/office"),
        P("I.5) Main activity: Environment"),
        H("Section II: Object"),
        P("II.1.1) Title: Collecte des déchets ménagers et assimilés et des encombrants 2028-2034. Reference number: "
          "SMQV-2027-COL"),
        P("II.1.2) Main CPV code: 90511000 Refuse collection services"),
        P("II.1.3) Type of contract: Services"),
        P("II.1.4) Short description: Kerbside collection of residual household waste and light packaging for 38 "
          "municipalities (about 41 000 inhabitants), and collection of bulky waste on request."),
        P("II.1.5) Estimated total value: Value excluding VAT: 4 380 000.00 EUR"),
        P("II.1.6) Information about lots: This contract is divided into lots: yes. Tenders may be submitted for all "
          "lots. Maximum number of lots that may be awarded to one tenderer: 2"),
        P("II.2.1) Title: Kerbside collection of residual waste and light packaging. Lot No: 1"),
        P("II.2.5) Award criteria: Criteria below"),
        LST(["Quality criterion - Name: Technical value of the collection organisation (rounds, staffing, "
             "continuity of service) / Weighting: 35",
             "Quality criterion - Name: Carbon footprint of the collection rounds (vehicle fleet, annual kilometres, "
             "fuel or energy used) / Weighting: 15",
             "Price - Weighting: 50"]),
        P("II.2.6) Estimated value: Value excluding VAT: 3 720 000.00 EUR"),
        P("II.2.7) Duration of the contract: 72 months. This contract is subject to renewal: no"),
        P("II.2.1) Title: Collection of bulky waste on request. Lot No: 2"),
        P("II.2.5) Award criteria: Criteria below"),
        LST(["Quality criterion - Name: Technical value (appointment management, response times) / Weighting: 40",
             "Quality criterion - Name: Carbon footprint of the collection rounds (vehicle fleet, annual kilometres, "
             "fuel or energy used) / Weighting: 10",
             "Price - Weighting: 50"]),
        P("II.2.6) Estimated value: Value excluding VAT: 660 000.00 EUR"),
        P("II.2.10) Information about variants: Variants will be accepted: no"),
        H("Section III: Legal, economic, financial and technical information"),
        P("III.1.1) Suitability to pursue the professional activity: declaration that the tenderer is not in one of "
          "the exclusion situations of Articles L2141-1 to L2141-11 of the French Public Procurement Code."),
        P("III.1.3) Technical and professional ability: list of similar services performed over the past three "
          "years; description of the vehicle fleet available for the contract."),
        P("III.2.2) Contract performance conditions: Under Article L2112-2 of the French Public Procurement Code, the "
          "contractor shall allocate at least 3 500 hours of work over the term of the contract (lot 1: 2 600 hours; "
          "lot 2: 900 hours) to an integration scheme for persons experiencing particular social or professional "
          "difficulties. The facilitator of the PLIE du Quercy-Vert monitors this commitment."),
        H("Section IV: Procedure"),
        P("IV.1.1) Type of procedure: Open procedure"),
        P("IV.1.8) The procurement is covered by the Government Procurement Agreement: yes"),
        P("IV.2.2) Time limit for receipt of tenders: Date: 14/06/2027 Local time: 12:00"),
        P("IV.2.4) Languages in which tenders may be submitted: French"),
        P("IV.2.6) Minimum time frame during which the tenderer must maintain the tender: Duration in months: 6"),
        H("Section VI: Complementary information"),
        P("VI.3) Additional information: Site visit of the transfer station possible on request. The weighting of the "
          "sub-criteria is set out in the consultation rules (règlement de la consultation)."),
        P("VI.4.1) Review body: Tribunal administratif de Toulouse, 68 rue Raymond IV, 31000 Toulouse, France"),
        P("VI.5) Date of dispatch of this notice: 26/04/2027"),
    ]
    return D("11_notice_EN_waste_collection_Quercy-Vert.txt", "AVIS",
             "avis JOUE en anglais (texte) : « Quality criterion - Name: Carbon footprint of the collection rounds » "
             "pondéré dans chaque lot ; la condition d'exécution d'insertion (III.2.2, heures par lot) n'est pas un "
             "critère",
             L(clause_sociale=1, clause_insertion=1, heures_insertion=3500, critere_environnemental=1,
               allotissement=1, nb_lots=2, montant_estime_ht=4380000,
               evidence=["Carbon footprint of the collection rounds", "allocate at least 3 500 hours of work",
                         "This contract is divided into lots: yes", "Lot No: 2", "4 380 000.00 EUR"]),
             blocks=blocks,
             difficulty="anglais ; critère environnemental par lot ; clause d'insertion à côté")


def t12():
    blocks = [
        TITLE("MAIRIE DE LAVERGNE-SUR-ORBE",
              "Lettre de consultation valant règlement de la consultation",
              "Fourniture de produits d'entretien et d'hygiène – année 2027"),
        P("Lavergne-sur-Orbe, le 11 janvier 2027"),
        P("Affaire suivie par : Sylvie Mazars, secrétaire de mairie – 04~67~97~30~12 – mairie@lavergne-orbe.fr"),
        P("Objet : demande de devis – produits d'entretien et d'hygiène (école, salle polyvalente, mairie)"),
        P("Madame, Monsieur,"),
        P("La commune de Lavergne-sur-Orbe (712 habitants) souhaite s'approvisionner en produits d'entretien des sols "
          "et des surfaces, en produits d'hygiène (savon, papier toilette, essuie-mains) et en sacs poubelle pour "
          "l'école Marcel-Pagnol, la salle polyvalente et la mairie. Le besoin est estimé à 9~500 € HT pour l'année "
          "2027. Conformément à l'article R2122-8 du code de la commande publique, ce marché pourrait être passé sans "
          "publicité ni mise en concurrence ; la commune a néanmoins choisi de consulter trois fournisseurs, dont "
          "votre société."),
        P("La présente consultation ne fait pas l'objet d'un allotissement : un seul fournisseur sera retenu pour "
          "l'ensemble des produits. Les quantités indiquées au bordereau joint sont indicatives ; les commandes "
          "seront passées au fur et à mesure des besoins, livraison franco à la mairie sous cinq jours ouvrés."),
        P("Votre proposition sera appréciée selon les deux critères suivants :"),
        LST(["le prix (60 %), apprécié au vu du bordereau joint complété ;",
             "les caractéristiques environnementales des produits proposés (40 %) : produits titulaires de "
             "l'écolabel européen ou d'un label équivalent, biodégradabilité, conditionnements en recharges "
             "concentrées."]),
        P("Joignez à cet effet les fiches techniques et les fiches de données de sécurité des produits proposés. "
          "Une proposition incomplète pourra être écartée."),
        P("Votre devis, valable trois mois, est à retourner avant le vendredi 29 janvier 2027 à 17 h 00, par courriel "
          "à mairie@lavergne-orbe.fr ou par dépôt au secrétariat de mairie (lundi, mardi et jeudi de 9 h à 12 h)."),
        P("Le paiement interviendra par mandat administratif dans un délai de trente jours à réception de la facture, "
          "déposée sur Chorus Pro."),
        P("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."),
        P("Le Maire,  Françoise Delmas-Rieu"),
        H("Bordereau de prix (à compléter)"),
        TAB([["Désignation", "Unité", "Quantité indicative", "Prix unitaire HT"],
             ["Nettoyant multi-surfaces", "bidon 5 L", "24", ""],
             ["Détergent sols", "bidon 5 L", "30", ""],
             ["Savon liquide mains", "recharge 1 L", "60", ""],
             ["Papier toilette", "colis de 96 rouleaux", "12", ""],
             ["Essuie-mains enchevêtrés", "carton", "40", ""],
             ["Sacs poubelle 100 L", "rouleau de 25", "80", ""]],
            widths=[3, 2, 1.6, 1.6], align="llrr"),
    ]
    return D("12_lettre_consultation_produits_entretien_Lavergne.pdf", "RC",
             "lettre de consultation d'une petite commune (achat de moins de 10 000 € HT) : deux critères dont "
             "« caractéristiques environnementales des produits proposés (40 %) »",
             L(critere_environnemental=1, allotissement=0, montant_estime_ht=9500,
               evidence=["les caractéristiques environnementales des produits proposés (40 %)",
                         "ne fait pas l'objet d'un allotissement", "estimé à 9~500 € HT"]),
             header="Mairie de Lavergne-sur-Orbe – 2 rue de l'Église – 34490 Lavergne-sur-Orbe",
             footer="Lettre de consultation – produits d'entretien 2027 – SIRET 213~401~288~00015",
             blocks=blocks,
             difficulty="format lettre, petit achat")


def t13():
    blocks = [
        TITLE("DÉPARTEMENT DU VAL-D'AUZON", "Règlement de la consultation",
              "Nettoyage des locaux des collèges publics départementaux",
              "Appel d'offres ouvert européen – marché n° 2027-DEJ-018"),
        H("Article 1 – Acheteur"),
        P("Département du Val-d'Auzon, Direction de l'éducation et de la jeunesse, 40 boulevard Lamartine, 71850 "
          "Charnay-sur-Auzon. SIRET 227~100~681~00016. Le Président du Conseil départemental est le représentant "
          "du pouvoir adjudicateur."),
        H("Article 2 – Objet, lots et durée"),
        P("Le marché porte sur le nettoyage quotidien et périodique des locaux d'enseignement, de restauration et "
          "d'administration de quatorze collèges (environ 96~000 m²). Il est alloti en trois lots géographiques :"),
        LST(["lot 1 : Bassin d'Auzon-Nord (5 collèges) ;", "lot 2 : Charolais-Brionnais (4 collèges) ;",
             "lot 3 : Val de Saône (5 collèges)."]),
        P("Chaque lot est conclu pour deux ans à compter du 1er septembre 2027, reconductible une fois pour deux ans. "
          "La valeur estimée de l'ensemble des lots, sur quatre ans, est de 3~150~000 € HT."),
        H("Article 3 – Conditions de participation"),
        P("Les candidats justifient de leurs capacités par : le chiffre d'affaires des trois derniers exercices, la "
          "liste des références de nettoyage d'établissements recevant du public et les effectifs moyens annuels. "
          "La déclaration prévue à l'article L5212-5 du code du travail relative à l'emploi des travailleurs "
          "handicapés est jointe."),
        H("Article 4 – Visite des sites"),
        P("Une visite d'au moins un collège par lot est obligatoire ; l'attestation de visite est jointe à l'offre."),
        H("Article 5 – Critères d'attribution"),
        P("Le jugement est opéré par lot. Chaque offre est notée sur 100 selon les critères et sous critères "
          "ci-après (pondération en pourcentage de la note finale) :"),
        LST(["Critère 1 – Prix (bordereau et détail estimatif) : 50 %",
             "Critère 2 – Valeur technique : 35 %, dont organisation des prestations et cadences (15 %), moyens "
             "humains, encadrement et remplacement (10 %), dispositif d'autocontrôle et de traçabilité (10 %)"]),
        ("pagebreak",),
        LST(["Critère 3 – Conditions d'emploi des agents affectés aux collèges : travail en journée ou en horaires "
             "continus, temps de travail proposé aux salariés à temps partiel, part des contrats à durée "
             "indéterminée : 8 %",
             "Critère 4 – Produits et méthodes de nettoyage à faible impact : produits éco-labellisés, microfibre, "
             "centrales de dilution, réduction des consommations d'eau : 7 %"]),
        P("Les critères 3 et 4 sont appréciés au vu des chapitres C et D du mémoire technique ; les engagements "
          "chiffrés devront être tenus pendant toute l'exécution."),
        H("Article 6 – Méthode de notation"),
        P("Prix : note = 50 × offre la plus basse / offre examinée. Les autres critères : notes de 0 à 10 par "
          "sous-critère, multipliées par leur pondération. En cas d'égalité, la meilleure note de valeur technique "
          "l'emporte."),
        H("Article 7 – Remise des offres"),
        P("Date limite : lundi 17 mai 2027 à 12 h 00, sur https://marches.valdauzon.fr. Les offres sont rédigées en "
          "français ; les prix sont exprimés en euros."),
        H("Article 8 – Recours"),
        P("Tribunal administratif de Dijon, 22 rue d'Assas, 21000 Dijon."),
    ]
    return D("13_RC_nettoyage_colleges_Val-d-Auzon.docx", "RC",
             "RC de Département : critères sociaux et environnementaux en % après la valeur technique, séparés "
             "par un saut de page, nommés sans les mots « social » ni « environnement » (conditions d'emploi des "
             "agents ; produits et méthodes à faible impact) ; rappel légal L5212-5 en sélection",
             L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=3150000,
               evidence=["Critère 3 – Conditions d'emploi des agents affectés aux collèges",
                         "Critère 4 – Produits et méthodes de nettoyage à faible impact", "alloti en trois lots",
                         "3~150~000 € HT"]),
             header="Département du Val-d'Auzon – RC 2027-DEJ-018 – Nettoyage des collèges",
             footer="Direction de l'éducation et de la jeunesse",
             blocks=blocks,
             difficulty="critères coupés par un saut de page ; noms implicites")


def t14():
    blocks = [
        TITLE("SICTOM DU BOCAGE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Aménagement d'une ressourcerie dans l'ancienne halle aux grains de Vire-les-Étangs",
              "Marché de travaux – procédure adaptée – n° SB-2027-T02"),
        P("Le présent CCAP est commun aux cinq lots. Son article 14 tient lieu de règlement de la consultation."),
        H("Article 1 – Maître d'ouvrage"),
        P("Syndicat intercommunal de collecte et de traitement des ordures ménagères du Bocage (SICTOM du Bocage), "
          "route de Saint-Lô, 14510 Vire-les-Étangs, SIRET 251~401~396~00027. Président : M. Denis Hamelin. "
          "Maître d'œuvre : Atelier Le Goff & Mariette, architectes, Caen."),
        H("Article 2 – Objet et décomposition en lots"),
        P("Les travaux consistent à transformer l'ancienne halle aux grains en ressourcerie (ateliers de réparation, "
          "espace de vente, zone de dépôt). Ils sont décomposés en 5 lots :"),
        TAB([["Lot", "Intitulé"], ["1", "Gros œuvre – maçonnerie"], ["2", "Charpente – bardage bois"],
             ["3", "Menuiseries – cloisons"], ["4", "Électricité – chauffage"], ["5", "Peinture – sols"]],
            widths=[0.7, 5], align="ll"),
        P("Le montant prévisionnel des travaux, tous lots confondus, est de 780~000 € HT."),
        H("Article 3 – Pièces constitutives"),
        P("Acte d'engagement, présent CCAP, CCTP du lot, DPGF du lot, mémoire technique et note d'engagement "
          "insertion du titulaire, CCAG Travaux 2021."),
        H("Article 4 – Délais"),
        P("Délai global : huit mois à compter de l'ordre de service de démarrage, préparation incluse. Délais "
          "propres à chaque lot : calendrier détaillé établi pendant la période de préparation."),
        H("Article 5 – Prix"),
        P("Les marchés sont traités à prix global et forfaitaire, actualisables selon les index BT du lot."),
        H("Article 6 – Paiements"),
        P("Acomptes mensuels ; délai global de paiement de trente jours. Avance de 10 % versée sauf renonciation."),
        H("Article 7 – Pénalités de retard"),
        P("Par jour calendaire de retard : 1/3000e du montant du lot, avec un minimum de 100 € HT."),
        H("Article 8 – Engagement d'insertion du titulaire"),
        P("L'engagement souscrit par le titulaire dans sa note d'engagement au titre du critère « insertion » de "
          "l'article 14 a valeur contractuelle. Le titulaire confie le nombre d'heures de travail qu'il a proposé à "
          "des personnes éloignées de l'emploi validées par le facilitateur de la Maison de l'emploi du Bocage, "
          "auquel il transmet chaque mois un relevé des heures réalisées. Toute heure non réalisée donne lieu à une "
          "pénalité de 45 € HT."),
        H("Article 9 – Réception"),
        P("La réception est prononcée lot par lot dans les conditions de l'article 41 du CCAG Travaux."),
        H("Article 10 – Garantie de parfait achèvement"),
        P("Un an à compter de la réception. Une retenue de garantie de 5 % est appliquée."),
        H("Article 11 – Assurances"),
        P("Le titulaire justifie d'une assurance de responsabilité civile et d'une assurance décennale couvrant les "
          "ouvrages du lot."),
        H("Article 12 – Sous-traitance"),
        P("La sous-traitance est admise dans les conditions des articles L2193-1 et suivants du code."),
        H("Article 13 – Résiliation"),
        P("Application des articles 46 à 52 du CCAG Travaux."),
        H("Article 14 – Jugement des offres"),
        P("Pour chaque lot, l'offre économiquement la plus avantageuse est choisie selon les critères ci-après :"),
        TAB([["Critère", "Pondération"],
             ["Prix (DPGF)", "50 %"],
             ["Valeur technique (méthodologie, moyens, planning)", "40 %"],
             ["Insertion professionnelle des publics en difficulté", "10 %"]],
            widths=[5, 1.4], align="lr"),
        P("Le critère « insertion » est appécié au vu de la note d'engagement : nombre d'heures de travail que le "
          "candidat s'engage à confier à des personnes éloignées de l'emploi et modalités d'accompagnement "
          "proposées (tutorat, formation). Une note absente vaut zéro."),
        H("Article 15 – Dérogations"),
        P("L'article 7 déroge à l'article 19.2.3 du CCAG Travaux."),
    ]
    return D("14_CCAP_ressourcerie_SICTOM_Bocage.pdf", "CCAP",
             "CCAP tenant lieu de RC d'un syndicat de déchets : critère « insertion professionnelle des publics en "
             "difficulté » (10 %) et engagement d'heures rendu contractuel avec pénalité (clause d'insertion sans "
             "nombre d'heures fixé) ; objet « ressourcerie » qui n'est pas une clause environnementale",
             L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=5,
               montant_estime_ht=780000,
               evidence=["Insertion professionnelle des publics en difficulté",
                         "a valeur contractuelle", "pénalité de 45 € HT", "décomposés en 5 lots",
                         "780~000 € HT"]),
             header="SICTOM du Bocage – CCAP – Ressourcerie de Vire-les-Étangs",
             footer="Marché SB-2027-T02 – CCAP commun aux lots 1 à 5",
             blocks=blocks, hyphen=True,
             difficulty="critère et clause d'insertion liés ; heures non chiffrées ; objet environnemental")


def t15():
    prof = "https://achats.ch-brevannes.fr"
    blocks = [
        TITLE("CENTRE HOSPITALIER DE BRÉVANNES-LES-COMBES", "RÈGLEMENT DE LA CONSULTATION",
              "Navettes logistiques inter-sites (linge, repas, pharmacie, prélèvements)",
              "Procédure adaptée – article R2123-1 1° du code de la commande publique – réf. CHBC-LOG-2027-11"),
        H("1 – Établissement acheteur"),
        P("Centre hospitalier de Brévannes-les-Combes, 2 rue de l'Hôtel-Dieu, 52340 Brévannes-les-Combes. "
          "SIRET : 265~200~114~00018. Direction des achats et de la logistique – M. Romain Collardey."),
        H("2 – Objet"),
        P("Transport quotidien, entre les quatre sites de l'établissement (hôpital, EHPAD des Tilleuls, EHPAD de "
          "Montsaon et centre de rééducation), du linge propre et sale, des repas en liaison froide, des produits "
          "pharmaceutiques et des prélèvements biologiques. Les prestations forment un marché unique : la "
          "mutualisation des tournées interdit leur séparation en lots."),
        H("3 – Durée et valeur"),
        P("Le marché est conclu pour un an, reconductible trois fois. Sa valeur estimée, sur quatre ans, est de "
          "1~120~000 € HT."),
        H("4 – Candidature"),
        LST(["DC1 et DC2 ou DUME ;",
             "attestation d'inscription au registre des transporteurs de marchandises ;",
             "liste des véhicules, dont véhicules frigorifiques avec attestation ATP ;",
             "déclaration sur l'honneur du respect des obligations d'emploi des travailleurs handicapés prévues "
             "aux articles L5212-1 à L5212-11 du code du travail ;",
             "attestations d'assurance."]),
        H("5 – Critères de jugement des offres"),
        P("L'offre économiquement la plus avantageuse est apréciée selon les critères suivants :"),
        P("Critère n°~1 – Prix : 45 %, sur la base du coût annuel des tournées régulières et du bordereau des "
          "tournées supplémentaires."),
        P("Critère n°~2 – Valeur technique : 55 %, décomposée comme suit :"),
        P("a) organisation des tournées et respect des créneaux de livraison des services (15 points) ;"),
        P("b) moyens humains, remplacement des chauffeurs et continuité du service les week-ends et jours "
          "fériés (10 points) ;"),
        SPLIT("c) réduction des émissions liées aux trajets : motorisations électriques, bioGNV ou hybrides",
              "rechargeables des véhicules affectés, optimisation des kilomètres parcourus à vide (10 points) ;"),
        P("d) sécurité, hygiène et traçabilité des flux, respect de la chaîne du froid et séparation propre / "
          "sale (10 points) ;"),
        P("e) réactivité pour les transports urgents et astreinte (10 points)."),
        P("Chaque sous-critère est noté au vu du mémoire technique, dont le plan suit les rubriques a) à e)."),
        H("6 – Négociation"),
        P("L'établissement se réserve la possibilité de négocier avec les trois candidats les mieux classés, par "
          "échanges écrits ou en audition. Il peut aussi attribuer sans négociation."),
    ]
    blocks += f_remise(1, "jeudi 9 septembre 2027 à 14 h 00", prof)
    blocks += f_validite(0, 120)
    blocks += f_rens(2, "L'établissement", prof, 7)
    return D("15_RC_navettes_logistiques_CH_Brevannes.pdf", "RC",
             "RC d'hôpital : sous-critère noté « réduction des émissions liées aux trajets » coupé par un saut de "
             "page ; rappel légal sur l'emploi des travailleurs handicapés en candidature (ni clause ni critère)",
             L(critere_environnemental=1, allotissement=0, montant_estime_ht=1120000,
               evidence=["c) réduction des émissions liées aux trajets", "marché unique",
                         "1~120~000 € HT"]),
             header="CH de Brévannes-les-Combes – RC CHBC-LOG-2027-11 – Navettes logistiques",
             footer="Direction des achats et de la logistique",
             blocks=blocks, hyphen=True,
             difficulty="sous-critère coupé par une page ; rappel légal social en candidature")


def t16():
    blocks = [
        TITLE("COMMUNE DE RIVES-DE-LANNE", "Cahier des Clauses Administratives Particulières (C.C.A.P.)",
              "Construction d'un gymnase de type C et de ses abords",
              "Marchés publics de travaux – Procédure adaptée – Opération n° RDL-2027-GYM"),
        H("Article 1 – Objet et dispositions générales"),
        H2("1.1 Objet"),
        P("Le présent CCAP fixe les stipulations applicables aux marchés de travaux de construction du gymnase "
          "intercommunal et de ses abords, rue du Stade, à Rives-de-Lanne (Landes)."),
        H2("1.2 Décomposition en lots"),
        P("Les travaux sont répartis en 9 lots faisant chacun l'objet d'un marché : 1 Terrassements – gros œuvre ; "
          "2 Charpente métallique ; 3 Couverture – bardage ; 4 Menuiseries extérieures ; 5 Menuiseries intérieures "
          "bois ; 6 Plâtrerie – isolation ; 7 Sols sportifs ; 8 Électricité ; 9 Chauffage – ventilation – plomberie."),
        H2("1.3 Maîtrise d'œuvre et coordination"),
        P("Maître d'œuvre : SCP Ardouin-Lasserre, architectes DPLG, Dax. Coordonnateur SPS : cabinet Prévia Sud, "
          "niveau 2. Contrôleur technique : Bureau Alpha Contrôle."),
        H("Article 2 – Pièces contractuelles"),
        P("Par ordre de priorité : l'acte d'engagement ; le présent CCAP ; le CCTP du lot et ses annexes, dont la "
          "charte « chantier à faibles nuisances » ; la DPGF ; le mémoire technique du titulaire (méthodologie, "
          "moyens humains, planning, sécurité et hygiène du chantier) ; le CCAG Travaux 2021."),
        H("Article 3 – Délais et pénalités"),
        P("Délai global de quatorze mois, préparation de deux mois incluse. Pénalité de retard : 250 € HT par jour "
          "calendaire. Absence aux rendez-vous de chantier : 100 € HT."),
        H("Article 4 – Clause sociale d'insertion"),
        H2("4.1 Principe"),
        P("Conformément à l'article L2112-2 du code de la commande publique, les titulaires des lots 1 et 5 réalisent "
          "une action d'insertion permettant l'accès ou le retour à l'emploi de personnes rencontrant des difficultés "
          "sociales ou professionnelles particulières."),
        H2("4.2 Volume d'heures"),
        RTAB([["Lot", "Heures d'insertion à réaliser"], ["Lot 1 – Terrassements – gros œuvre", "420 heures"],
              ["Lot 5 – Menuiseries intérieures bois", "140 heures"]], widths=[4, 2], align="lr"),
        H2("4.3 Publics et modalités"),
        P("Sont éligibles, après validation par le facilitateur du PLIE des Landes-Océanes : demandeurs d'emploi de "
          "longue durée, bénéficiaires du RSA, de l'ASS ou de l'AAH, jeunes de moins de 26 ans sans qualification, "
          "travailleurs reconnus handicapés, salariés des structures d'insertion par l'activité économique. Le "
          "titulaire peut recourir à l'embauche directe, à la mise à disposition par une ETTI, une AI ou un GEIQ, "
          "ou à la sous-traitance à une entreprise d'insertion."),
        H2("4.4 Pénalités"),
        P("Toute heure d'insertion non réalisée, sans motif reconnu par le maître d'ouvrage, donne lieu à une pénalité "
          "de 50 € HT par heure."),
        H("Article 5 – Chantier à faibles nuisances"),
        P("Chaque titulaire trie ses déchets sur le chantier selon au moins cinq flux (inertes, bois, métaux, plâtre, "
          "déchets non dangereux en mélange), les dépose dans les bennes de la plateforme commune et remet les "
          "bordereaux de suivi au maître d'œuvre. Le lavage des outils et des bennes à béton se fait sur l'aire de "
          "lavage équipée d'un bac de décantation. Les engins de chantier respectent la phase V du règlement "
          "européen 2016/1628 ou sont équipés de filtres à particules."),
        P("En cas de manquement constaté et non corrigé dans les 48 heures, une pénalité de 200 € HT est appliquée "
          "par constat."),
        H("Article 6 – Prix et règlement"),
        P("Prix globaux et forfaitaires, actualisables. Acomptes mensuels sur situation validée par le maître "
          "d'œuvre. Délai de paiement : 30 jours. Retenue de garantie : 5 %."),
        H("Article 7 – Réception"),
        P("Les opérations préalables à la réception sont organisées lot par lot ; la réception est prononcée pour "
          "l'ensemble des lots à l'achèvement du dernier d'entre eux."),
        H("Article 8 – Dérogations au CCAG"),
        P("Article 3 : déroge à l'article 19.2.3 du CCAG Travaux. Article 5 : complète l'article 36 du CCAG Travaux."),
    ]
    return D("16_CCAP_gymnase_Rives-de-Lanne.pdf", "CCAP",
             "CCAP de travaux sans critère : clause sociale d'insertion chiffrée par lot (tableau) et chantier à "
             "faibles nuisances (tri des déchets, engins) – conditions d'exécution, pas critères ; le mémoire "
             "technique contractuel ne porte ni sur le social ni sur l'environnement",
             L(clause_sociale=1, clause_insertion=1, heures_insertion=560, clause_environnementale=1,
               allotissement=1, nb_lots=9,
               evidence=["420 heures", "140 heures", "[420 + 140, lots 1 et 5]",
                         "trie ses déchets sur le chantier selon au moins cinq flux", "répartis en 9 lots"]),
             header="Commune de Rives-de-Lanne – CCAP – Gymnase de type C",
             footer="Opération RDL-2027-GYM – CCAP commun à tous les lots",
             blocks=blocks, hyphen=True,
             difficulty="faux critère : clauses d'exécution sociales et environnementales")


def t17():
    blocks = [
        TITLE("UNIVERSITÉ DE HAUTE-COMTÉ", "Règlement de la consultation",
              "Désamiantage et réhabilitation de l'amphithéâtre Pasteur – bâtiment B, campus de la Citadelle",
              "Procédure adaptée – marché de travaux n° UHC-DPI-2027-09"),
        H("Article 1 – Pouvoir adjudicateur"),
        P("Université de Haute-Comté, Direction du patrimoine immobilier, 16 route de Gray, 25030 Vesoul-la-Citadelle "
          "Cedex. SIRET 193~925~771~00013. Représentée par son Président, M. le Professeur Arnaud Vuillemin."),
        H("Article 2 – Objet"),
        P("Retrait des dalles de sol et des enduits amiantés de l'amphithéâtre Pasteur (420 places), puis "
          "réhabilitation des sols, des gradins et du second œuvre. Le marché fait l'objet d'un lot unique, le "
          "désamiantage et la réhabilitation devant être enchaînés sans interruption du confinement."),
        H("Article 3 – Délais"),
        P("Quatorze semaines, dont six semaines de désamiantage sous confinement, entre le 5 juin et le 8 septembre 2027."),
        H("Article 4 – Visite obligatoire"),
        P("La visite des lieux est obligatoire les 12 ou 14 avril 2027 à 9 h 30. Un certificat de visite est remis "
          "sur place ; il doit figurer dans l'offre."),
        H("Article 5 – Pièces de la candidature"),
        P("Le candidat produit :"),
        LST(["le formulaire DC1 ou une lettre de candidature équivalente, et le DC2 ;",
             "le certificat de qualification pour le traitement de l'amiante (sous-section 3) délivré selon la norme "
             "NF X 46-010 ;",
             "un certificat ISO 14001 ou équivalent, ou à défaut la description des mesures de gestion "
             "environnementale que l'entreprise sera en mesure d'appliquer pendant l'exécution ;",
             "la présentation de la politique qualité – sécurité – environnement (QSE) de l'entreprise ;",
             "la liste des travaux de désamiantage réalisés au cours des cinq dernières années en établissement "
             "recevant du public."]),
        P("Les candidatures qui ne justifient pas des capacités requises ne sont pas admises ; l'examen des "
          "candidatures n'entraîne aucune notation."),
        H("Article 6 – Pièces de l'offre"),
        LST(["l'acte d'engagement ;", "la décomposition du prix global et forfaitaire ;",
             "le plan de retrait ou son projet, et le mode opératoire ;",
             "un mémoire technique : méthodologie de confinement et de retrait, moyens humains (effectifs, "
             "qualifications SS3, encadrement), matériels, planning."]),
        H("Article 7 – Jugement des offres"),
        P("Critères pondérés : prix des prestations, 50 % ; valeur technique, 50 %. La valeur technique est appréciée "
          "au regard des sous-critères suivants :"),
        LST(["méthodologie de confinement, de retrait et de contrôle de l'empoussièrement : 20 % ;",
             "moyens humains affectés (effectifs, qualifications, suivi médical et protection des opérateurs) : 15 % ;",
             "planning et respect des contraintes universitaires : 15 %."]),
        P("Les offres sont classées par ordre décroissant de note. L'Université peut négocier avec les trois "
          "premiers candidats."),
        H("Article 8 – Dépôt des offres"),
        P("Sur la plateforme https://marches.univ-hautecomte.fr avant le vendredi 30 avril 2027 à 12 h 00."),
        H("Article 9 – Renseignements"),
        P("Administratifs : cellule des marchés, marches@univ-hautecomte.fr. Techniques : M. Fabien Roussey, "
          "ingénieur patrimoine."),
    ]
    return D("17_RC_desamiantage_amphi_Universite_Haute-Comte.docx", "RC",
             "RC d'université : ISO 14001, mesures de gestion environnementale et politique QSE demandées en "
             "CANDIDATURE (sélection) ; sous-critères de valeur technique sur les effectifs, la protection des "
             "opérateurs et le planning (ni sociaux ni environnementaux)",
             L(allotissement=0, evidence=["lot unique"]),
             header="Université de Haute-Comté – RC UHC-DPI-2027-09",
             footer="Désamiantage et réhabilitation de l'amphithéâtre Pasteur",
             blocks=blocks,
             difficulty="environnement en sélection ; sécurité/effectifs en valeur technique")


def t18():
    blocks = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Annonce n° 27-088312 – Département de publication : 51",
              "Travaux"),
        H("Section I : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Office public de l'habitat Marnaise Habitat"),
        P("Numéro national d'identification : SIRET 278~500~226~00041"),
        P("Ville : Épernay-la-Rivière ; Code postal : 51330"),
        P("Groupement de commandes : Non"),
        H("Section II : Communication"),
        P("Lien vers le profil d'acheteur : https://marnaise-habitat.achatpublic-pro.fr"),
        P("Identifiant interne de la consultation : MH-2027-REHA-84"),
        H("Section III : Procédure"),
        P("Type de procédure : Procédure adaptée ouverte"),
        P("Conditions de participation : aptitude à exercer l'activité professionnelle : inscription au registre du "
          "commerce ou au répertoire des métiers. Capacité technique et professionnelle : qualification RGE pour les "
          "lots 2 à 4 ; certificat ISO 14001 ou équivalent, ou tout autre moyen de preuve des mesures de gestion "
          "environnementale. Capacité économique et financière : chiffre d'affaires des trois derniers exercices."),
        P("Date et heure limite de réception des plis : 21 juin 2027 – 12:00"),
        P("Critères d'attribution : Prix : 60 % ; Valeur technique : 40% (méthodologie en site occupé, planning, "
          "moyens humains, modalités d'information et de prévenance des locataires)."),
        H("Section IV : Identification du marché"),
        P("Intitulé du marché : Réhabilitation thermique de 84 logements – résidence Les Coteaux"),
        P("Code CPV principal : 45453000 – Travaux de remise en état et de remise à neuf"),
        P("Type de marché : Travaux"),
        P("Description succincte : Isolation thermique par l'extérieur, remplacement des menuiseries, ventilation "
          "hygroréglable, chaudières collectives à condensation, en site occupé."),
        P("Lieu principal d'exécution : Épernay-la-Rivière (51)"),
        P("Durée du marché (en mois) : 14"),
        P("Valeur estimée (H.T.) : 2~960~000 euros"),
        P("La consultation comporte des tranches : Non"),
        P("Marché alloti : Oui"),
        H("Section V : Lots"),
        LST(["Lot 1 – Désamiantage – curage", "Lot 2 – Isolation thermique par l'extérieur – ravalement",
             "Lot 3 – Menuiseries extérieures PVC", "Lot 4 – Chauffage – ventilation", "Lot 5 – Électricité – peinture"]),
        H("Section VI : Conditions particulières d'exécution"),
        P("Clause sociale d'insertion : 1~200 heures de travail réservées à des personnes éloignées de l'emploi "
          "(lot 2 : 700 h ; lot 3 : 500 h), suivies par le facilitateur de la Maison de l'emploi d'Épernay. "
          "Le chantier est soumis à la charte « chantier à faibles nuisances » annexée au CCTP : tri des déchets "
          "en quatre flux au minimum, limitation du bruit et des poussières en site occupé."),
        H("Section VII : Informations complémentaires"),
        P("Visite conseillée : contacter le gardien de la résidence. Les lots 2 à 4 comportent une "
          "certification RGE obligatoire. Recours : tribunal administratif de Châlons-en-Champagne."),
    ]
    return D("18_avis_rehabilitation_thermique_OPH.txt", "AVIS",
             "avis BOAMP (nouveau format) : ISO 14001 en capacité (sélection), critères prix/valeur technique "
             "seulement, conditions d'exécution sociales (heures d'insertion par lot) et environnementales "
             "(charte chantier) ; objet de rénovation thermique",
             L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, clause_environnementale=1,
               allotissement=1, nb_lots=5, montant_estime_ht=2960000,
               evidence=["1~200 heures de travail réservées à des personnes éloignées de l'emploi",
                         "tri des déchets en quatre flux au minimum", "Marché alloti : Oui", "Lot 5",
                         "2~960~000 euros"]),
             blocks=blocks,
             difficulty="faux critères ; ISO 14001 en sélection ; clauses d'exécution")


def t19():
    prof = "https://marchespublics.sorne.fr"
    blocks = [
        TITLE("DÉPARTEMENT DE LA SORNE", "RÈGLEMENT DE LA CONSULTATION",
              "Acquisition de mobilier scolaire pour les collèges départementaux",
              "Appel d'offres ouvert – accord-cadre à bons de commande – DPMG n° 27-0412"),
        H("Préambule"),
        P("Le Département a adopté le 14 décembre 2024 son schéma de promotion des achats socialement et "
          "écologiquement responsables (SPASER 2025-2030) ainsi que son Plan Climat Air Energie. Il entend, au "
          "travers de sa commande publique, favoriser l'emploi local et réduire l'empreinte carbone de ses "
          "équipements. La présente consultation s'inscrit dans cette démarche d'ensemble."),
        H("Article 1 – Objet et lots"),
        P("Fourniture, livraison et montage de mobilier pour les trente-deux collèges publics. La consultation est "
          "divisée en quatre lots :"),
        RTAB([["Lot", "Intitulé", "Maximum sur la durée totale (€ HT)"],
              ["1", "Mobilier de salle de classe (tables, chaises, bureaux d'enseignant)", "600~000"],
              ["2", "Mobilier de rangement et d'administration", "400~000"],
              ["3", "Mobilier de CDI et d'espaces de vie scolaire", "250~000"],
              ["4", "Mobilier de restauration scolaire", "350~000"]],
             widths=[0.6, 5, 2.2], align="llr"),
        P("Chaque lot est un accord-cadre mono-attributaire sans minimum, d'une durée de quatre ans. Le montant "
          "maximum de l'ensemble des lots s'élève à 1~600~000 € HT sur cette durée."),
        H("Article 2 – Variantes"),
        P("Les variantes sont autorisées pour proposer du mobilier éco-conçu (matériaux recyclés ou biosourcés, "
          "démontabilité). Une variante n'est admise qu'accompagnée d'une offre de base ; elle est jugée selon les "
          "mêmes critères que l'offre de base, sans bonification particulière."),
        H("Article 3 – Échantillons"),
        P("Pour les lots 1 et 4, un échantillon de chaque article repère (chaise 4 pieds taille 6, table élève "
          "individuelle, chaise de restauration) est livré à l'Hôtel du Département avant la date limite."),
        H("Article 4 – Contenu de l'offre"),
        LST(["l'acte d'engagement du lot ;", "le bordereau des prix unitaires et le détail quantitatif estimatif ;",
             "les fiches techniques des articles ;",
             "un mémoire technique : garanties, service après-vente, organisation des livraisons et du montage, "
             "délais de livraison."]),
        H("Article 5 – Jugement des offres"),
        P("Le jugement des offres, lot par lot, s'effectue selon les critères suivants :"),
        TAB([["Critère", "Pondération", "Sous-critères"],
             ["Prix", "50 %", "Détail quantitatif estimatif"],
             ["Valeur technique", "40 %", "Robustesse et conformité aux normes (15 %) ; durée et étendue des garanties, "
              "service après-vente (15 %) ; organisation des livraisons et du montage (10 %)"],
             ["Délai de livraison", "10 %", "Délai garanti en semaines"]],
            widths=[1.6, 1.1, 5], align="lll"),
        P("La note de prix est obtenue par la formule 50 × (prix le plus bas / prix examiné). Les sous-critères de "
          "valeur technique sont notés sur échantillons et au vu du mémoire."),
        H("Article 6 – Négociation"),
        P("S'agissant d'un appel d'offres, aucune négociation n'est possible."),
    ]
    blocks += f_remise(0, "mercredi 7 juillet 2027 à 12 h 00", prof)
    blocks += f_validite(2, 180)
    blocks += f_recours(1, "tribunal administratif d'Amiens", "14 rue Lemerchier, 80011 Amiens Cedex 1")
    return D("19_RC_mobilier_scolaire_Departement_Sorne.pdf", "RC",
             "RC de Département : préambule SPASER / plan climat sans obligation, variantes éco-conçues autorisées "
             "mais « sans bonification », critères prix / valeur technique (robustesse, SAV, livraison) / délai",
             L(clause_sociale="?", clause_environnementale="?", allotissement=1, nb_lots=4, montant_max_ht=1600000,
               evidence=["divisée en quatre lots", "s'élève à 1~600~000 € HT"]),
             header="Département de la Sorne – RC DPMG 27-0412 – Mobilier scolaire",
             footer="Direction du patrimoine et des moyens généraux",
             blocks=blocks, hyphen=True,
             difficulty="préambule de politique d'achat ; variante non notée ; clauses « ? »")


def t20():
    def grid(title, rows):
        return TAB([[title, "Réponse"]] + [[r, ""] for r in rows], widths=[3, 2])
    blocks = [
        TITLE("Communauté d'agglomération du Pays de Vellone",
              "MÉMOIRE TECHNIQUE – CADRE DE RÉPONSE",
              "Maintenance des installations de chauffage, ventilation et climatisation des bâtiments communautaires",
              "Marché n° CAPV-2027-031"),
        H("Présentation"),
        P("Le candidat complète le présent cadre sans en modifier l'ordre ni les intitulés. Le mémoire est noté au titre "
          "du critère « valeur technique » (40 points sur 100, le prix étant noté sur 60 points), selon la répartition "
          "suivante :"),
        TAB([["Sous-critère", "Points"],
             ["A – Moyens humains affectés (qualifications, habilitations, astreinte)", "15"],
             ["B – Méthodologie de maintenance préventive et corrective", "15"],
             ["C – Délais d'intervention et de dépannage", "10"]], widths=[5, 1], align="lr"),
        H("A – Moyens humains (15 points)"),
        grid("Questions", ["Organigramme de l'équipe affectée ; nombre de techniciens et qualifications.",
                           "Habilitations électriques et attestations de capacité à manipuler les fluides frigorigènes.",
                           "Organisation de l'astreinte 24 h / 24."]),
        H("B – Méthodologie (15 points)"),
        grid("Questions", ["Gamme de maintenance préventive par type d'équipement.",
                           "Outil de GMAO et restitution des rapports d'intervention.",
                           "Formation des agents techniques de la Communauté d'agglomération à la conduite des "
                           "installations."]),
        H("C – Délais (10 points)"),
        grid("Questions", ["Délai d'intervention garanti en cas de panne bloquante / non bloquante."]),
        H("D – Informations complémentaires (non notées)"),
        P("Les rubriques suivantes sont demandées pour information ; elles ne sont pas notées et ne sont pas prises en "
          "compte dans le jugement des offres."),
        grid("Démarche environnementale", ["Modalités de récupération et de traçabilité des fluides frigorigènes.",
                                           "Filière de reprise des filtres et pièces usagées."]),
        grid("Données sociales", ["Effectif total de l'entreprise et nombre d'apprentis.",
                                  "Recours éventuel à des structures d'insertion ou du secteur adapté."]),
        H("Engagement"),
        P("Le candidat certifie l'exactitude des informations fournies. Nom, qualité, date et signature : "
          "………………………………"),
    ]
    return D("20_memoire_technique_cadre_CVC_Pays_de_Vellone.docx", "CADRE",
             "cadre de mémoire technique : seuls les sous-critères moyens humains / méthodologie / délais sont "
             "notés ; rubriques « démarche environnementale » et « données sociales » explicitement non notées ; "
             "formation des agents de l'acheteur dans la méthodologie",
             L(evidence=[]),
             header="Communauté d'agglomération du Pays de Vellone – Marché CAPV-2027-031",
             footer="Cadre de réponse – mémoire technique CVC",
             blocks=blocks,
             difficulty="faux critères « pour information, non notés »")


def t21():
    prof = "https://www.semacv-marches.fr"
    blocks = [
        TITLE("SEMACV – Société d'économie mixte d'aménagement de la Côte Verrière",
              "RÈGLEMENT DE CONSULTATION",
              "ZAC des Verrières – tranche 2 : travaux de viabilisation",
              "Procédure avec négociation – articles R2124-3 et R2161-21 du code de la commande publique"),
        H("ARTICLE 1 – ACHETEUR"),
        P("SEMACV, société anonyme d'économie mixte au capital de 2~400~000 €, 11 quai de la Verrerie, 76470 "
          "Le Tréport-sur-Bresle, SIRET 388~214~507~00029, agissant en qualité de concessionnaire d'aménagement de la "
          "ZAC des Verrières pour le compte de la Communauté de communes des Falaises de Bresle. Directeur général : "
          "M. Éric Thuillier."),
        H("ARTICLE 2 – OBJET ET LOTS"),
        P("Travaux de viabilisation de la tranche 2 de la ZAC (46 lots à bâtir et un îlot d'habitat collectif). "
          "Trois lots séparés :"),
        LST(["lot A – terrassements, voirie, bordures ;", "lot B – réseaux humides et secs ;",
             "lot C – espaces verts et plantations."]),
        P("Le montant estimé des travaux est de 2~480~000 € HT (lot A : 1~310~000 ; lot B : 870~000 ; lot C : 300~000)."),
        H("ARTICLE 3 – CANDIDATURES"),
        P("Les candidats sont sélectionnés au vu de leurs capacités professionnelles, techniques et financières. "
          "Le nombre de candidats admis à présenter une offre est limité à cinq par lot."),
        H("ARTICLE 4 – CRITÈRES D'ATTRIBUTION"),
        P("Les offres sont classées par lot selon les critères suivants :"),
        P("1° Prix, apprécié en coût global : montant des travaux selon le détail estimatif, augmenté du coût "
          "d'entretien des ouvrages pendant dix ans calculé à partir du DQE d'entretien joint (curage des réseaux, "
          "reprise des bordures, remplacement des végétaux morts) – pondération 55 % ;"),
        P("2° Valeur technique – pondération 45 % : organisation du chantier et phasage avec les constructions en "
          "cours (15 %), moyens humains et matériels (10 %), planning (10 %), sécurité des riverains, signalisation "
          "et maintien des accès (10 %)."),
        H("ARTICLE 5 – NEGOCIATION"),
        P("Après analyse des offres initiales, la SEM engage une négociation avec les trois candidats les mieux "
          "classés de chaque lot. La négociation peut porter sur tous les éléments de l'offre, notamment le prix, le "
          "planning et les engagements environnementaux proposés (réemploi des terres sur site, réduction des "
          "évacuations). Les offres finales sont jugées selon les seuls critères de l'article 4."),
        H("ARTICLE 6 – CONTENU DES OFFRES"),
        LST(["acte d'engagement ;", "détail estimatif et DQE d'entretien complétés ;",
             "mémoire technique (quinze pages au maximum) ;", "planning prévisionnel."]),
        H("ARTICLE 7 – DÉLAIS"),
        P("Candidatures : 3 mai 2027, 12 h 00. Offres initiales : date fixée dans la lettre d'invitation, trente jours "
          "au moins après son envoi."),
        H("ARTICLE 8 – RENSEIGNEMENTS"),
        P("Par la plateforme " + prof + " uniquement. Maître d'œuvre : bureau d'études VRD Côte & Territoires, Dieppe."),
        H("ARTICLE 9 – RECOURS"),
        P("Tribunal administratif de Rouen, 53 avenue Gustave-Flaubert, 76005 Rouen Cedex 1."),
    ]
    return D("21_RC_viabilisation_ZAC_SEM_Cote_Verriere.pdf", "RC",
             "RC d'une SEM en deux colonnes : prix en « coût global » (entretien, sans dimension environnementale), "
             "sécurité des riverains en valeur technique, engagements environnementaux seulement objet de la "
             "négociation, jugés « selon les seuls critères de l'article 4 »",
             L(allotissement=1, nb_lots=3, montant_estime_ht=2480000,
               evidence=["Trois lots séparés", "2~480~000 € HT"]),
             header="SEMACV – RC ZAC des Verrières tranche 2 – Viabilisation",
             footer="SEMACV – 11 quai de la Verrerie – Le Tréport-sur-Bresle",
             blocks=blocks, hyphen=True, cols=2,
             difficulty="deux colonnes ; coût global ; négociation sur l'environnement")


def t22():
    blocks = [
        TITLE("Centre hospitalier Émile-Roux de Sarrance",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Fourniture de tenues professionnelles pour les personnels soignants et médico-techniques",
              "Accord-cadre à bons de commande – procédure adaptée – n° CHER-27-TEX"),
        H("Article 1 – Objet"),
        P("Le présent accord-cadre porte sur la fourniture de tuniques, pantalons et blouses destinés aux personnels "
          "de l'établissement, entretenus par la blanchisserie inter-hospitalière. Il n'est pas alloti, les articles "
          "formant une gamme homogène dont l'entretien industriel doit être unique."),
        H("Article 2 – Durée et montant"),
        P("Conclu pour un an à compter de sa notification, l'accord-cadre est reconductible trois fois. Il est exécuté "
          "par bons de commande, sans minimum, dans la limite d'un montant maximum de 180~000 € HT sur sa durée "
          "totale, reconductions comprises."),
        H("Article 3 – Pièces contractuelles"),
        P("Acte d'engagement, présent CCAP, CCTP, bordereau des prix unitaires, fiches techniques des articles retenus, "
          "CCAG-FCS 2021."),
        H("Article 4 – Exigences environnementales des articles"),
        P("Les textiles fournis sont titulaires de l'Écolabel européen « produits textiles » ou d'un label équivalent "
          "(GOTS, Nordic Swan). Le titulaire produit le certificat en cours de validité pour chaque référence avant "
          "la première livraison, puis à chaque renouvellement. Les livraisons se font sans emballage individuel, "
          "par colis regroupés en carton recyclé."),
        H("Article 5 – Conditions de travail dans la chaîne d'approvisionnement"),
        P("Le titulaire garantit que les articles sont fabriqués dans le respect des huit conventions fondamentales de "
          "l'Organisation internationale du travail, en particulier l'interdiction du travail des enfants et du "
          "travail forcé. Il communique, dans les trois mois suivant la notification, la liste des sites de confection "
          "et un rapport d'audit social de moins de deux ans (SA8000, BSCI ou équivalent) pour chacun d'eux. "
          "L'établissement peut faire procéder à un audit complémentaire aux frais du titulaire en cas d'alerte."),
        H("Article 6 – Livraisons"),
        P("Délai de livraison : quatre semaines pour les articles stockés, dix semaines pour les fabrications "
          "spécifiques. Livraison au magasin central, bâtiment L, du lundi au vendredi de 8 h à 15 h."),
        H("Article 7 – Prix et règlement"),
        P("Prix unitaires fermes la première année, puis révisables selon l'indice des prix à la production des "
          "vêtements de travail. Délai global de paiement : 50 jours (article R2192-11 du CCP)."),
        H("Article 8 – Pénalités"),
        P("Retard de livraison : 1/1000e du montant du bon de commande par jour. Absence du rapport d'audit social "
          "ou d'un certificat de label à l'échéance : 300 € par document manquant, après mise en demeure restée "
          "sans effet pendant quinze jours."),
        H("Article 9 – Jugement des offres"),
        P("La présente consultation étant une procédure adaptée sans règlement distinct, les critères de choix sont "
          "fixés ci-après :"),
        TAB([["Critère", "Ponderation"], ["Prix (bordereau appliqué au détail estimatif)", "45 %"],
             ["Qualité technique : confort, résistance à 80 lavages industriels, tenue des couleurs, apprécié par "
              "essai porté", "45 %"],
             ["Délai de livraison des fabrications spécifiques", "10 %"]], widths=[5, 1.3], align="lr"),
        P("Les exigences des articles 4 et 5 sont des conditions d'exécution ; elles ne sont pas notées."),
        H("Article 10 – Résiliation"),
        P("Le manquement répété aux articles 4 ou 5 peut entraîner la résiliation pour faute aux torts du titulaire "
          "(article 42 du CCAG-FCS)."),
    ]
    return D("22_CCAP_tenues_professionnelles_CH_Sarrance.docx", "CCAP",
             "CCAP d'hôpital avec article « jugement des offres » : écolabel textile et conventions de l'OIT "
             "(audit social) posés en conditions d'exécution, expressément « non notées » ; critères prix / qualité "
             "technique / délai",
             L(clause_sociale=1, clause_environnementale=1, allotissement=0, montant_max_ht=180000,
               evidence=["huit conventions fondamentales de l'Organisation internationale du travail",
                         "titulaires de l'Écolabel européen « produits textiles »", "Il n'est pas alloti",
                         "180~000 € HT"]),
             header="CH Émile-Roux de Sarrance – CCAP CHER-27-TEX",
             footer="Tenues professionnelles – accord-cadre 2027-2031",
             blocks=blocks,
             difficulty="clauses sociales et environnementales près des critères")


def t23():
    ns = {"xmlns": "http://publications.europa.eu/resource/schema/ted/R2.0.9/reception",
          "xmlns__n2016": "http://publications.europa.eu/resource/schema/ted/2016/nuts",
          "VERSION": "R2.0.9.S05"}

    def lot(n, title, descr, val):
        return X("OBJECT_DESCR", [
            X("TITLE", PS(title)), X("LOT_NO", str(n)),
            X("CPV_ADDITIONAL", [X("CPV_CODE", None, CODE="60130000")]),
            X("n2016:NUTS", None, CODE="FRB03"),
            X("MAIN_SITE", PS("Territoire de la Communauté d'agglomération Cœur de Brenne.")),
            X("SHORT_DESCR", PS(descr)),
            X("AC", [X("AC_QUALITY", [X("AC_CRITERION", "Valeur technique"), X("AC_WEIGHTING", "40")]),
                     X("AC_PRICE", [X("AC_WEIGHTING", "60")])]),
            X("VAL_OBJECT", val, CURRENCY="EUR"),
            X("DURATION", "48", TYPE="MONTH"), X("NO_RENEWAL", None), X("NO_ACCEPTED_VARIANTS", None),
            X("NO_OPTIONS", None), X("NO_EU_PROGR_RELATED", None)], ITEM=str(n))
    root = X("TED_ESENDERS", [
        X("SENDER", [X("IDENTIFICATION", [X("ESENDER_LOGIN", "ESENDER-FR-0017"), X("NO_DOC_EXT", "2027-203377")]),
                     X("CONTACT", [X("ORGANISATION", "CA Cœur de Brenne"), X("COUNTRY", None, VALUE="FR"),
                                   X("E_MAIL", "commande-publique@coeurdebrenne.fr")])]),
        X("FORM_SECTION", [X("F02_2014", [
            X("LEGAL_BASIS", None, VALUE="32014L0024"),
            X("CONTRACTING_BODY", [
                X("ADDRESS_CONTRACTING_BODY", [
                    X("OFFICIALNAME", "Communauté d'agglomération Cœur de Brenne"),
                    X("NATIONALID", "20004412600019"), X("ADDRESS", "Place de la République"),
                    X("TOWN", "Mézières-sur-Claise"), X("POSTAL_CODE", "36290"), X("COUNTRY", None, VALUE="FR"),
                    X("CONTACT_POINT", "Service de la commande publique"), X("PHONE", "+33 254387000"),
                    X("E_MAIL", "commande-publique@coeurdebrenne.fr"), X("n2016:NUTS", None, CODE="FRB03"),
                    X("URL_GENERAL", "https://www.coeurdebrenne.fr")]),
                X("DOCUMENT_FULL", None), X("URL_DOCUMENT", "https://marches.coeurdebrenne.fr/2027-MOB-04"),
                X("ADDRESS_FURTHER_INFO_IDEM", None), X("URL_PARTICIPATION", "https://marches.coeurdebrenne.fr"),
                X("ADDRESS_PARTICIPATION_IDEM", None),
                X("CA_TYPE", None, VALUE="REGIONAL_AUTHORITY"), X("CA_ACTIVITY", None, VALUE="GENERAL_PUBLIC_SERVICES")]),
            X("OBJECT_CONTRACT", [
                X("TITLE", PS("Exploitation de navettes de transport à la demande et de lignes de rabattement vers la "
                              "gare de Mézières-sur-Claise")),
                X("REFERENCE_NUMBER", "2027-MOB-04"),
                X("CPV_MAIN", [X("CPV_CODE", None, CODE="60112000")]),
                X("TYPE_CONTRACT", None, CTYPE="SERVICES"),
                X("SHORT_DESCR", PS("Exploitation, avec fourniture des véhicules et des conducteurs, d'un service de "
                                    "transport à la demande (lot 1) et de deux lignes régulières de rabattement (lot 2).")),
                X("VAL_ESTIMATED_TOTAL", "1360000", CURRENCY="EUR"),
                X("LOT_DIVISION", [X("LOT_ALL", None)]),
                lot(1, "Transport à la demande", "Service zonal sur réservation, six jours sur sept.", "820000"),
                lot(2, "Lignes de rabattement vers la gare", "Deux lignes régulières cadencées aux heures de pointe.",
                    "540000")]),
            X("LEFTI", [
                X("SUITABILITY", PS("Inscription au registre des entreprises de transport public routier de personnes.")),
                X("ECONOMIC_CRITERIA_DOC", None),
                X("TECHNICAL_PROFESSIONAL_INFO", PS("Certification ISO 14001 ou équivalent, ou description des mesures "
                                                    "de gestion environnementale appliquées par l'opérateur. Liste des "
                                                    "services de transport de voyageurs exploités au cours des trois "
                                                    "dernières années.")),
                X("PERFORMANCE_CONDITIONS", PS("Les véhicules affectés au service relèvent au minimum de la classe "
                                               "Crit'Air 1 ou sont électriques. Les conducteurs suivent une formation à "
                                               "l'écoconduite dans les six mois suivant le début d'exécution. Le titulaire "
                                               "transmet chaque trimestre les consommations d'énergie et les émissions de "
                                                   "CO2 du service."))]),
            X("PROCEDURE", [
                X("PT_OPEN", None), X("CONTRACT_COVERED_GPA", None),
                X("DATE_RECEIPT_TENDERS", "2027-09-06"), X("TIME_RECEIPT_TENDERS", "12:00"),
                X("LANGUAGES", [X("LANGUAGE", None, VALUE="FR")]),
                X("DURATION_TENDER_VALID", "6", TYPE="MONTH"),
                X("OPENING_CONDITION", [X("DATE_OPENING_TENDERS", "2027-09-06"), X("TIME_OPENING_TENDERS", "14:30")])]),
            X("COMPLEMENTARY_INFO", [
                X("NO_RECURRENT_PROCUREMENT", None),
                X("INFO_ADD", PS("La valeur technique est appréciée au regard de la qualité de l'accueil des usagers et "
                                 "de l'information voyageurs, de la régularité du service et des moyens humains affectés "
                                 "(effectifs, remplacement des conducteurs), selon le règlement de la consultation.")),
                X("ADDRESS_REVIEW_BODY", [X("OFFICIALNAME", "Tribunal administratif de Limoges"),
                                          X("ADDRESS", "1 cours Vergniaud"), X("TOWN", "Limoges"),
                                          X("POSTAL_CODE", "87000"), X("COUNTRY", None, VALUE="FR")]),
                X("DATE_DISPATCH_NOTICE", "2027-07-19")])],
            LG="FR", CATEGORY="ORIGINAL", FORM="F02")])], **ns)
    return D("23_avis_TED_navettes_Coeur_de_Brenne.xml", "AVIS",
             "avis TED (F02) à deux lots : seul AC_QUALITY « Valeur technique » (accueil des usagers, régularité, "
             "moyens humains), ISO 14001 en capacité technique, véhicules Crit'Air 1 et écoconduite en "
             "PERFORMANCE_CONDITIONS (clause, pas critère)",
             L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_estime_ht=1360000,
               evidence=["relèvent au minimum de la classe Crit'Air 1 ou sont électriques",
                         "Transport à la demande", "Lignes de rabattement vers la gare", "1360000"]),
             xml=xml_doc(root),
             difficulty="XML TED ; environnement en sélection et en exécution ; accueil des usagers")


def t24():
    p = dict(
        org=("Commune de Port-Sainte-Luce", "21170299100016", "Hôtel de Ville, 1 cours des Dames",
             "Port-Sainte-Luce", "17690", "FRI32", "+33 546520300", "marches@portsainteluce.fr",
             "https://www.portsainteluce.fr"),
        review=("Tribunal administratif de Poitiers", "17860001100016", "15 rue de Blossac", "Poitiers",
                "86020", "FRI34", "+33 549607919", "greffe.ta-poitiers@juradm.fr"),
        ref="PSL-2027-FSC", uuid="3e8a61d0-52bc-4f0a-a7d3-6c19e40b8f25",
        folder="f41c07b9-9a2e-4d66-b0c3-25e7a8d1c390", date="2027-05-03", deadline="2027-06-04",
        url_dce="https://portsainteluce.marches-publics.info/PSL-2027-FSC",
        legal_type="la", activity="gen-pub", nature="supplies", cpv="30192000", amount="240000", months=48,
        name="Fourniture de fournitures scolaires et de matériel pédagogique pour les écoles maternelles et élémentaires",
        descr="Accord-cadre à bons de commande, mono-attributaire, pour la fourniture et la livraison dans les sept "
              "écoles de la commune de fournitures scolaires, de papeterie et de petit matériel pédagogique. "
              "Le marché n'est pas divisé en lots : les commandes de chaque école sont passées sur un catalogue unique.",
        lot_name="Fournitures scolaires et matériel pédagogique",
        lot_descr="Catalogue de fournitures et livraisons groupées par école.",
        criteria=[("price", "Prix", "Détail quantitatif estimatif et remise sur catalogue.", 60),
                  ("quality", "Qualité du service client et délais de livraison",
                   "Délai de livraison garanti, interlocuteur dédié, gestion des reliquats et des retours.", 40)],
        selection=[("tp-abil", "Liste des principales fournitures comparables livrées à des collectivités au cours des "
                               "trois dernières années.")],
        execution=["Le titulaire regroupe les livraisons de chaque école en une livraison mensuelle au plus, reprend "
                   "les cartons d'emballage lors de la livraison suivante et en assure le recyclage."],
        strategic=["env-imp"],
        note="Les candidats peuvent présenter, à titre informatif, une gamme de produits éco-responsables ; elle "
             "n'est pas prise en compte dans l'évaluation des offres.",
    )
    return D("24_avis_eForms_fournitures_scolaires_Port-Sainte-Luce.xml", "AVIS",
             "avis eForms : BT-06 « env-imp », condition d'exécution (reprise et recyclage des cartons, livraisons "
             "groupées), gamme éco-responsable « non prise en compte dans l'évaluation » ; critères prix / service "
             "client",
             L(clause_environnementale=1, allotissement=0, montant_estime_ht=240000,
               evidence=["reprend les cartons d'emballage lors de la livraison suivante et en assure le recyclage",
                         "Le marché n'est pas divisé en lots", "240000"]),
             xml=eforms(p),
             difficulty="eForms ; marquage stratégique sans critère")


def t25():
    blocks = [
        TITLE("AVIS DE MARCHÉ", "Procédure adaptée – Services",
              "Ville de Castelnau-d'Arbès (Ariège)"),
        H("1. Pouvoir adjudicateur"),
        P("Ville de Castelnau-d'Arbès, Hôtel de Ville, place de la Halle, 09420 Castelnau-d'Arbès. "
          "SIRET 210~900~844~00010. Tél. 05~61~66~04~20. Profil d'acheteur : https://castelnau-arbes.e-marchespublics.com"),
        H("2. Objet"),
        P("Accueil du public, gardiennage et entretien des locaux de la Maison des associations et de la salle "
          "multisports des Estives, du 1er janvier 2028 au 31 décembre 2030."),
        H("3. Marché réservé"),
        P("Le présent marché est réservé, en application de l'article L2113-13 du code de la commande publique, aux "
          "structures d'insertion par l'activité économique mentionnées à l'article L5132-4 du code du travail "
          "(entreprises d'insertion, associations intermédiaires, ateliers et chantiers d'insertion, ETTI) et aux "
          "structures équivalentes."),
        H("4. Caractéristiques"),
        P("Marché unique, non alloti. Valeur estimée : 148~000 € HT pour les trois années."),
        P("Prestations : ouverture et fermeture des bâtiments, accueil et orientation des usagers et des associations, "
          "tenue du planning des salles, nettoyage quotidien, petites interventions d'entretien."),
        H("5. Critères de jugement des offres"),
        LST(["Valeur technique : 60 %, répartis en : qualité de l'accueil des usagers (20 %), moyens humains et "
             "encadrement technique (20 %), formation des agents municipaux à l'utilisation du logiciel de "
             "réservation (10 %), planning d'interventions (10 %) ;",
             "Prix : 40 %."]),
        H("6. Justificatifs à produire"),
        P("Copie de la convention ou de l'agrément de la structure au titre de l'insertion par l'activité "
          "économique ; DC1 et DC2 ; références ; mémoire technique ; bordereau de prix."),
        H("7. Date limite de réception des offres"),
        P("Lundi 18 octobre 2027 à 12 h 00, par dépôt sur le profil d'acheteur."),
        H("8. Renseignements"),
        P("Administratifs : M. Thierry Soula, direction générale des services. Techniques : Mme Inès Barrau, "
          "responsable de la vie associative. Visite des locaux sur rendez-vous."),
        H("9. Recours"),
        P("Tribunal administratif de Toulouse, 68 rue Raymond IV, 31000 Toulouse."),
        H("10. Date d'envoi à la publication"),
        P("13 septembre 2027"),
    ]
    return D("25_avis_accueil_entretien_Castelnau-d-Arbes.txt", "AVIS",
             "avis de MAPA réservé aux SIAE (L2113-13) : le social est dans la réservation, pas dans les critères ; "
             "valeur technique sur l'accueil des usagers, l'encadrement et la formation des agents municipaux",
             L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=148000,
               evidence=["réservé, en application de l'article L2113-13 du code de la commande publique",
                         "Marché unique, non alloti", "148~000 € HT"]),
             blocks=blocks,
             difficulty="marché réservé sans critère social ; qualité de l'accueil des usagers")


def t26():
    prof = "https://sivom-troisvallees.marches-securises.fr"
    blocks = [
        TITLE("SIVOM DES TROIS-VALLÉES", "Règlement de la consultation",
              "Location longue durée de véhicules de service avec entretien",
              "Procédure adaptée – accord-cadre à bons de commande – n° SIVOM3V-2027-07"),
        H("Article 1 – Acheteur"),
        P("Syndicat intercommunal à vocation multiple des Trois-Vallées, 4 avenue de la Libération, 38190 "
          "Froges-en-Grésivaudan. SIRET 253~801~460~00034. Président : M. Jean-Luc Ravanel."),
        H("Article 2 – Objet, lots, montants"),
        P("Location longue durée (48 mois), entretien, assistance et pneumatiques compris, de véhicules affectés aux "
          "services techniques et au portage de repas. Deux lots :"),
        RTAB([["Lot", "Désignation", "Maximum sur la durée (€ HT)"],
              ["1", "Véhicules particuliers et citadines (environ 9 véhicules)", "210~000"],
              ["2", "Véhicules utilitaires légers de 3 à 12 m³ (environ 11 véhicules)", "310~000"]],
             widths=[0.6, 5, 2.2], align="llr"),
        P("Soit un montant maximum global de 520~000 € HT. Il n'est pas fixé de minimum."),
        H("Article 3 – Pièces à fournir"),
        P("Candidature : DC1, DC2, attestation d'assurance, références. Offre : acte d'engagement, BPU, DQE, fiches "
          "techniques des véhicules (avec consommation et émissions de CO2 en cycle WLTP), mémoire technique."),
        H("Article 4 – Critères de sélection des offres"),
        P("Chaque lot est attribué à l'offre économiquement la plus avantageuse selon les critères pondérés suivants :"),
        TAB([["Critère", "Pondération"],
             ["1. Coût total de la location (loyers du DQE, frais de restitution)", "50 %"],
             ["2. Consommation et émissions de CO2 des véhicules proposés (valeurs WLTP mixtes, moyenne pondérée "
              "par les quantités du DQE)", "15 %"],
             ["3. Valeur technique du service", "35 %"]], widths=[5, 1.3], align="lr"),
        P("Le critére 3 se décompose en : moyens humains de l'agence de rattachement et interlocuteur dédié (10 %) ; "
          "équipements de sécurité des véhicules et aides à la conduite (10 %) ; délais de livraison, véhicules de "
          "remplacement et service après-vente (15 %)."),
        P("Le critère 2 est noté selon la formule : 15 × (émissions moyennes les plus faibles / émissions moyennes de "
          "l'offre). Un véhicule électrique est compté pour 0 g/km ; la note est alors calculée par interpolation sur "
          "la consommation électrique déclarée (kWh/100 km)."),
        H("Article 5 – Négociation"),
        P("Le SIVOM peut négocier avec les deux candidats les mieux classés de chaque lot ; la négociation peut porter "
          "sur le prix et les délais de livraison."),
        H("Article 6 – Clauses particulières"),
        P("Les conditions d'exécution (livraison, restitution, kilométrage contractuel, frais de remise en état) "
          "sont fixées au CCAP. Le titulaire assure la formation des agents du SIVOM à la prise en main des "
          "véhicules lors de chaque livraison."),
    ]
    blocks += f_remise(2, "lundi 6 décembre 2027 à 16 h 00", prof)
    blocks += f_recours(0, "Tribunal administratif de Grenoble", "2 place de Verdun, 38022 Grenoble Cedex")
    return D("26_RC_location_vehicules_SIVOM_Trois-Vallees.pdf", "RC",
             "RC de syndicat : critère pondéré sur la consommation et les émissions de CO2 des véhicules (vrai "
             "critère environnemental) ; à côté, moyens humains de l'agence, sécurité des véhicules et formation "
             "des agents de l'acheteur (pas sociaux)",
             L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_max_ht=520000,
               evidence=["2. Consommation et émissions de CO2 des véhicules proposés", "Deux lots",
                         "montant maximum global de 520~000 € HT"]),
             header="SIVOM des Trois-Vallées – RC SIVOM3V-2027-07",
             footer="Location longue durée de véhicules de service",
             blocks=blocks, hyphen=True,
             difficulty="vrai critère environnemental ; faux critères sociaux")


def t27():
    blocks = [
        TITLE("Commune de Saint-Julien-les-Aulnes",
              "RÈGLEMENT DE CONSULTATION VALANT CAHIER DES CHARGES",
              "Prestations de traiteur pour les cérémonies et réceptions municipales",
              "Marché à procédure adaptée – 2027-TRT-01"),
        H("1 – Objet"),
        P("Prestations de traiteur (cocktails, buffets, repas assis) pour les cérémonies et réceptions organisées par la "
          "commune : vœux du maire, 8 mai, 14 juillet, 11 novembre, accueil des nouveaux habitants, repas des aînés. "
          "Le marché est passé en lot unique, pour deux ans à compter du 1er janvier 2028, sous forme d'accord-cadre "
          "à bons de commande."),
        P("Montant estimé : 38~000 € HT pour les deux années."),
        H("2 – Contenu de l'offre"),
        LST(["le devis type complété (trois formules de cocktail, deux formules de buffet, un repas assis) ;",
             "une présentation de l'entreprise et des références ;",
             "des propositions de menus de saison pour chaque formule ;",
             "l'acte d'engagement signé."]),
        H("3 – Critères de jugement"),
        LST(["Prix (devis type) : 40 %",
             "Qualité gustative et présentation des prestations, appréciées lors d'une dégustation organisée en "
             "mairie pour les trois candidats les mieux classés sur le prix : 45 %",
             "Réactivité (délai minimal de commande, capacité à assurer deux prestations le même jour) : 15 %"]),
        H("4 – Conditions d'exécution"),
        P("4.1 – Le titulaire utilise exclusivement de la vaisselle, des verres et des nappes réutilisables ; aucun "
          "article en plastique à usage unique n'est admis. Les boissons sont servies en contenants consignés ou "
          "en fontaines."),
        P("4.2 – Les biodéchets produits lors des prestations sont triés et emportés par le titulaire vers une filière "
          "de compostage ou de méthanisation ; les invendus consommables sont proposés à l'épicerie solidaire "
          "communale."),
        P("4.3 – Les menus privilégient les produits de saison."),
        H("5 – Commandes, facturation"),
        P("Chaque prestation fait l'objet d'un bon de commande émis au moins dix jours avant la date. Facturation "
          "après service fait ; paiement sous trente jours par mandat administratif."),
        H("6 – Remise des offres"),
        P("Avant le vendredi 19 novembre 2027 à 12 h 00, par courriel à accueil@saintjulien-aulnes.fr ou sur la "
          "plateforme départementale des marchés publics."),
    ]
    return D("27_RC-CC_traiteur_Saint-Julien-les-Aulnes.docx", "RC",
             "RC valant cahier des charges d'une petite commune : clauses d'exécution environnementales (vaisselle "
             "réutilisable, biodéchets) ; critères prix / qualité gustative / réactivité ; « produits de saison » "
             "seulement souhaités",
             L(clause_environnementale=1, allotissement=0, montant_estime_ht=38000,
               evidence=["aucun article en plastique à usage unique n'est admis",
                         "Les biodéchets produits lors des prestations sont triés", "lot unique",
                         "38~000 € HT"]),
             header="Commune de Saint-Julien-les-Aulnes – MAPA 2027-TRT-01",
             footer="RC valant cahier des charges – Traiteur",
             blocks=blocks,
             difficulty="clauses environnementales d'exécution, critères sans environnement")


def t28():
    blocks = [
        TITLE("Avis d'appel public à la concurrence",
              "Communauté de communes des Coteaux de la Viosne"),
        P("Organisme acheteur : Communauté de communes des Coteaux de la Viosne, 2 rue de la Mairie, 95640 "
          "Marines-sur-Viosne. SIRET 249~500~437~00015. Correspondant : M. Hervé Dumontier, directeur des services "
          "techniques."),
        P("Objet : Travaux d'entretien et de grosses réparations de la voirie communautaire – accord-cadre à bons de "
          "commande."),
        P("Procédure : procédure adaptée ouverte (article R2123-1 1° du code de la commande publique)."),
        P("Allotissement : le marché comporte un lot unique. Justification : la coordination des interventions sur "
          "un même réseau de voirie ne permet pas d'identifier des prestations distinctes."),
        P("Durée : un an à compter de la notification, reconductible trois fois par périodes d'un an."),
        P("Montant : l'accord-cadre est conclu sans minimum et avec un montant maximum annuel de 900~000 € HT."),
        P("Conditions de participation : chiffre d'affaires des trois derniers exercices ; liste des travaux de voirie "
          "exécutés au cours des cinq dernières années, appuyée d'attestations de bonne exécution ; le candidat peut "
          "indiquer les actions d'insertion menées sur des chantiers antérieurs."),
        P("Conditions d'exécution : le marché comporte une clause sociale d'insertion (article L2112-2 du code de la "
          "commande publique) dont les modalités et le volume d'heures figurent au CCAP. Les enrobés mis en œuvre "
          "intègrent au moins 20 % d'agrégats d'enrobés recyclés, sauf pour les couches de roulement des voies à "
          "fort trafic."),
        P("Critères d'attribution : offre économiquement la plus avantageuse appréciée en fonction des critères "
          "énoncés dans le règlement de la consultation."),
        P("Date limite de réception des offres : 14 janvier 2028 à 12 h 00."),
        P("Retrait du dossier et dépôt des offres : https://coteaux-viosne.marches-publics.info"),
        P("Recours : tribunal administratif de Cergy-Pontoise, 2-4 boulevard de l'Hautil, 95027 Cergy-Pontoise Cedex."),
        P("Date d'envoi à la publication : 2 décembre 2027."),
    ]
    return D("28_avis_entretien_voirie_Coteaux_Viosne.txt", "AVIS",
             "avis court : critères renvoyés au RC (aucun critère dans l'avis) ; clause d'insertion annoncée sans "
             "heures ; actions d'insertion antérieures mentionnées en candidature ; agrégats d'enrobés recyclés en "
             "condition d'exécution ; maximum annuel à multiplier par les quatre périodes",
             L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=0,
               montant_max_ht=3600000,
               evidence=["le marché comporte une clause sociale d'insertion",
                         "intègrent au moins 20 % d'agrégats d'enrobés recyclés", "lot unique",
                         "montant maximum annuel de 900~000 € HT", "[900 000 × 4 périodes d'un an]"]),
             blocks=blocks,
             difficulty="aucun critère ; insertion en candidature et en exécution ; maximum par période")


def t29():
    blocks = [
        TITLE("ÉCOLE NATIONALE SUPÉRIEURE D'INGÉNIEURS DE VALLOMBREUSE (ENSIV)",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Maintenance multitechnique des bâtiments du site de la Garenne",
              "Marché mixte (forfait et bons de commande) – procédure adaptée – ENSIV-2027-MMT"),
        H("Article 1 – Objet"),
        P("Maintenance préventive et corrective des installations de chauffage, de ventilation, de plomberie, "
          "d'électricité courants forts, de sécurité incendie et des portes automatiques des six bâtiments du site de "
          "la Garenne (31~400 m²). Le marché est global et n'est pas alloti : un interlocuteur unique doit coordonner "
          "les corps d'état et l'astreinte."),
        H("Article 2 – Forme et montants"),
        P("Partie forfaitaire : maintenance préventive selon les gammes du CCTP. Partie à bons de commande : travaux de "
          "dépannage et de petits remplacements, dans la limite d'un montant maximum de 360~000 € HT pour la durée "
          "totale du marché (quatre ans)."),
        H("Article 3 – Durée"),
        P("Un an à compter du 1er janvier 2028, reconductible trois fois."),
        H("Article 4 – Obligations environnementales du titulaire"),
        P("Le titulaire récupère les fluides frigorigènes lors de toute intervention sur les équipements qui en "
          "contiennent, tient à jour le registre réglementaire et remet les bordereaux de suivi. Les déchets "
          "d'équipements électriques, les filtres, les huiles et les piles sont triés et confiés à des filières "
          "agréées. Il propose chaque année un plan d'actions de réduction des consommations d'énergie du site, "
          "assorti d'un suivi mensuel des relevés de compteurs."),
        H("Article 5 – Personnel et sécurité"),
        P("Le personnel du titulaire est habilité pour les interventions électriques (B1V, B2V, BR, BC). Un plan de "
          "prévention est établi avec l'école avant le début des prestations."),
        H("Article 6 – Jugement des offres"),
        P("Le présent article tient lieu de règlement de la consultation pour le jugement des offres. Les offres sont "
          "classées selon les critères suivants :"),
        RTAB([["Critère", "Pondération"],
              ["Prix : montant annuel du forfait (70 % de la note de prix) et bordereau appliqué au détail estimatif "
               "(30 %)", "50 %"],
              ["Valeur technique : organisation et gammes de maintenance (17 %), moyens humains et astreinte (15 %), "
               "outil de GMAO et formation des agents techniques de l'école à son utilisation (10 %)", "42 %"],
              ["Formation et apprentissage : nombre d'apprentis et de contrats de professionnalisation mobilisés sur le "
               "marché, heures de formation qualifiante prévues pour le personnel affecté", "8 %"]],
             widths=[6, 1.3], align="lr"),
        P("Les engagements de l'article 4 s'imposent à tous les candidats et ne sont pas notés."),
        H("Article 7 – Prix"),
        P("Prix du forfait révisables annuellement selon l'indice ICHT-IME et l'index BT40 ; prix du bordereau "
          "révisables selon les index BT du corps d'état concerné."),
        H("Article 8 – Pénalités"),
        P("Retard d'intervention en astreinte : 150 € HT par heure. Non-remise du registre des fluides ou des bordereaux "
          "de suivi des déchets : 200 € HT par document manquant."),
        H("Article 9 – Règlement"),
        P("Paiement trimestriel du forfait à terme échu ; paiement des bons de commande après service fait. Délai "
          "global de paiement : 30 jours."),
    ]
    return D("29_CCAP_maintenance_multitechnique_ENSIV.pdf", "CCAP",
             "CCAP d'école d'ingénieurs avec article « jugement des offres » : critère pondéré « formation et "
             "apprentissage » (apprentis, contrats de professionnalisation : vrai critère social sans le mot) ; "
             "obligations environnementales d'exécution « non notées » ; formation des agents de l'acheteur dans la "
             "valeur technique",
             L(critere_social=1, clause_environnementale=1, allotissement=0, montant_max_ht=360000,
               evidence=["Formation et apprentissage : nombre d'apprentis et de contrats de professionnalisation",
                         "récupère les fluides frigorigènes", "n'est pas alloti", "360~000 € HT"]),
             header="ENSIV – CCAP ENSIV-2027-MMT – Maintenance multitechnique",
             footer="École nationale supérieure d'ingénieurs de Vallombreuse – Service du patrimoine",
             blocks=blocks, hyphen=True,
             difficulty="critère social implicite ; clause environnementale voisine ; formation des agents")


def t30():
    blocks = [
        TITLE("TERRITOIRES NUMÉRIQUES DE L'OUEST – Centrale d'achat",
              "Règlement de la consultation",
              "Fourniture de postes de travail, d'écrans et de services associés pour les collectivités adhérentes",
              "Appel d'offres ouvert – TNO-2027-PT"),
        H("Article 1 – La centrale d'achat"),
        P("Territoires Numériques de l'Ouest (TNO), syndicat mixte ouvert, 22 boulevard de la Prairie, 35760 "
          "Saint-Grégoire-des-Landes, SIRET 200~078~915~00018, centrale d'achat au sens de l'article L2113-2 du code de "
          "la commande publique, agit pour le compte de ses 312 adhérents. Présidente : Mme Anne-Sophie Le Bihan."),
        H("Article 2 – Objet et allotissement"),
        P("L'accord-cadre, mono-attributaire par lot et exécuté par bons de commande, comprend trois lots :"),
        TAB([["Lot", "Objet", "Montant maximum sur 4 ans (€ HT)"],
             ["1", "Ordinateurs fixes et portables", "3 600 000"],
             ["2", "Écrans et stations d'accueil", "1 800 000"],
             ["3", "Prestations de préparation, déploiement et reprise des matériels", "600 000"]],
            widths=[0.6, 4, 2]),
        P("Le montant maximum de l'accord-cadre, tous lots confondus, est de 6~000~000 € HT pour sa durée totale de "
          "quatre ans."),
        H("Article 3 – Conditions de participation"),
        P("Au titre des capacités techniques et professionnelles, le candidat fournit :"),
        LST(["la liste des principales livraisons de matériels informatiques des trois dernières années ;",
             "un certificat ISO 14001 en cours de validité ou tout moyen de preuve équivalent de ses mesures de "
             "gestion environnementale ;",
             "pour les lots 1 et 2, la liste des gammes de produits dont il est distributeur agréé."]),
        P("Un candidat qui ne justifie pas de ces éléments voit sa candidature déclarée irrecevable."),
        H("Article 4 – Critères d'attribution"),
        P("Les critères, identiques pour chaque lot, sont les suivants :"),
        LST(["prix (détail quantitatif estimatif) : 50 % ;",
             "valeur technique : 50 %, dont performances et évolutivité des matériels (puissance, mémoire, ergonomie, "
             "garantie) 20 %, qualité du service après-vente et délais de remplacement 15 %, délais de livraison "
             "10 %, formation des agents des collectivités adhérentes à la prise en main 5 %."]),
        H("Article 5 – Négociation"),
        P("La procédure étant un appel d'offres, les offres ne sont pas négociées. Toutefois, lors de la mise au point "
          "de l'accord-cadre, la centrale pourra préciser avec l'attributaire les modalités de reprise et de "
          "reconditionnement des matériels usagés des adhérents, sans modification des caractéristiques "
          "substantielles de l'offre."),
        H("Article 6 – Contenu de l'offre"),
        LST(["acte d'engagement ;", "BPU et DQE ;", "mémoire technique ;",
             "fiches techniques des matériels proposés."]),
        H("Article 7 – Dépôt"),
        P("Avant le jeudi 2 septembre 2027 à 11 h 00 sur https://tno-achats.fr."),
    ]
    return D("30_RC_postes_travail_centrale_TNO.docx", "RC",
             "RC de centrale d'achat : ISO 14001 en candidature (capacités), valeur technique sur performances, SAV, "
             "délais et formation des agents des adhérents, reprise des matériels renvoyée à la mise au point "
             "(aucun critère ni clause)",
             L(allotissement=1, nb_lots=3, montant_max_ht=6000000,
               evidence=["comprend trois lots", "6~000~000 € HT"]),
             header="Territoires Numériques de l'Ouest – RC TNO-2027-PT",
             footer="Centrale d'achat TNO – Postes de travail",
             blocks=blocks,
             difficulty="ISO 14001 en sélection ; formation des agents ; mise au point")


DOCS = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12, t13, t14, t15,
        t16, t17, t18, t19, t20, t21, t22, t23, t24, t25, t26, t27, t28, t29, t30]


# ----------------------------------------------------------------------------- extraction et contrôles
def _ws(s):
    s = s.replace(NB, " ").replace(NNB, " ").replace("\u2009", " ")
    return re.sub(r"\s+", " ", s).strip()


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(path)
        t = "\n".join(pg.extract_text() or "" for pg in r.pages)
        t = t.replace(NB, " ")
        t = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", t)   # césure de fin de ligne recollée
        return _ws(t), len(r.pages)
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return _ws("\n".join(parts)), None
    if ext == "xml":
        from lxml import etree
        root = etree.parse(path).getroot()
        return _ws(" ".join(root.itertext())), None
    with open(path, encoding="utf-8") as fh:
        return _ws(fh.read()), None


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
        if r["clause_insertion"] == "1" and r["clause_sociale"] != "1":
            out.append("%s : clause_insertion sans clause_sociale" % r["path"])
        if (r["marche_reserve"] == "1") != bool(r["reserve_base"]):
            out.append("%s : marche_reserve / reserve_base incohérents" % r["path"])
        for col in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
            if r[col] and not re.fullmatch(r"\d+(\.\d+)?", r[col]):
                out.append("%s : %s = %r" % (r["path"], col, r[col]))
    return out


def check_articles(doc):
    nums = []
    for b in number_articles(doc["blocks"]):
        if b[0] in ("h", "h2"):
            m = _ART.match(b[1])
            if m:
                nums.append(int(m.group(1)))
    if nums != sorted(set(nums)):
        return ["%s : numérotation des articles %r" % (doc["file"], nums)]
    return []


def build_all():
    """Construit tous les documents ; renvoie (docs, rows, problems, stats)."""
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    SB_STATS.update(cut=0, whole=0)
    HY_STATS.update(cut=0, whole=0)
    del CUT_LOG[:]
    rows, problems, docs = [], [], []
    kinds, pages = {}, {}
    for f in DOCS:
        doc = f()
        docs.append(doc)
        path = os.path.join(OUT, doc["file"])
        ext = doc["file"].rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
        problems.extend(check_articles(doc))
        if ext == "xml":
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(doc["xml"])
            logical = None
        else:
            blocks = [_conv(b, ext == "pdf") for b in number_articles(doc["blocks"])]
            if ext == "pdf":
                build_pdf(path, _conv_str(doc["header"], True), _conv_str(doc["footer"], True), blocks,
                          hyphen=doc["hyphen"], title=doc["header"], cols=doc["cols"])
            elif ext == "docx":
                build_docx(path, doc["header"], doc["footer"], blocks)
            else:
                build_txt(path, blocks)
            logical = _ws(plain_text(blocks))
        text, n = extract(path)
        if n is not None:
            pages[n] = pages.get(n, 0) + 1
            doc["pages"] = n
            if not (1 <= n <= 6):
                problems.append("%s : %d pages" % (doc["file"], n))
        lab = dict(doc["label"])
        for q in lab["evidence"]:
            if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                continue
            nq = _ws(norm(q))
            if nq not in text:
                problems.append("%s : preuve absente du texte extrait : %r" % (doc["file"], q))
            if logical is not None and nq not in logical:
                problems.append("%s : preuve absente du texte logique : %r" % (doc["file"], q))
        ev = " | ".join(_ws(norm(q)) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuve trop longue (%d)" % (doc["file"], len(ev)))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % doc["file"])
        row = {"path": doc["file"], "doc_type": doc["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        for c in ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
                  "clause_environnementale", "critere_environnemental"):
            row[c] = row[c] or "0"
        row["evidence"] = ev
        rows.append(row)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    problems.extend(extra_checks(rows))
    return docs, rows, problems, dict(kinds=kinds, pages=pages, sb=dict(SB_STATS), hy=dict(HY_STATS))


def md5s():
    out = {}
    for name in sorted(os.listdir(OUT)):
        with open(os.path.join(OUT, name), "rb") as fh:
            out[name] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    docs, rows, problems, st = build_all()
    first = md5s()
    docs, rows, problems2, st2 = build_all()
    second = md5s()
    for name in sorted(set(first) | set(second)):
        if first.get(name) != second.get(name):
            problems.append("%s : md5 différent entre deux constructions" % name)
    if "--table" in sys.argv:
        for d, r in zip(docs, rows):
            pos = [c for c in ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
                               "clause_environnementale", "critere_environnemental") if r[c] != "0"]
            vals = ["%s=%s" % (c, r[c]) for c in ("heures_insertion", "reserve_base", "allotissement", "nb_lots",
                                                  "montant_estime_ht", "montant_max_ht") if r[c]]
            print("| %s | %s | %s | %s | %s |" % (d["file"], d["doc_type"], d["what"],
                                                  ", ".join("%s=%s" % (c, r[c]) for c in pos) or "aucune",
                                                  ", ".join(vals) or "—"))
    print("md5 (2e construction) :")
    for name, h in second.items():
        print("  %s  %s" % (h, name))
    print("%d documents (%s) ; pages des PDF : %s ; nombres coupés : %d (%d entiers) ; césures forcées : %d (%d "
          "entières)" % (len(rows), ", ".join("%s %d" % kv for kv in sorted(st["kinds"].items())),
                         ", ".join("%d p. × %d" % kv for kv in sorted(st["pages"].items())),
                         st["sb"]["cut"], st["sb"]["whole"], st["hy"]["cut"], st["hy"]["whole"]))
    print("contrôles : preuves dans le texte EXTRAIT de chaque fichier et dans son texte logique ; preuves <= 300 "
          "caractères ; PDF de 1 à 6 pages ; articles sans doublon ; clause_insertion => clause_sociale ; "
          "marche_reserve <=> reserve_base ; types et valeurs des colonnes ; md5 identiques sur deux constructions "
          "-> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
