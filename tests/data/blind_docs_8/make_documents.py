#!/usr/bin/env python3
"""Construit les documents du jeu blind_docs_8 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py : lignes 27-664
(imports, écriture PDF/DOCX/TXT, tableaux, césure, SB/HY, aides de saisie, number_articles, C, A,
_DOC_TYPES ; seuls SET_NAME et OUT changent) et lignes 2433-2451 (extra_checks, recopiée telle quelle) ;
build_piece, check_articles et main (lignes 2452-2611) sont adaptés ici à des documents isolés (pas de dossiers.yml).
Les trente documents ont été écrits pour ce jeu.

Thème : précision des clauses sociales / d'insertion et environnementales (mots sociaux et
environnementaux dans des rôles qui ne sont pas un engagement du titulaire), mêlés à des
engagements réels.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit documents/<fichier> et documents/labels.csv (une ligne par document, étiqueté pour lui seul
selon LABELS.md). Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F
(U+00A0 dans les PDF) ; BR = retour forcé (PDF) ; SB = coupure possible d'un nombre ; HY = césure.

Usage : .venv/bin/python tests/data/blind_docs_8/make_documents.py
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
SET_NAME = "blind_docs_8"

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


# ----------------------------------------------------------------------------- documents
def DOC(file, doc_type, header, footer, blocks, label, hyphen=False, cols=1, note=""):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, hyphen=hyphen, cols=cols, note=note)


def d01():
    b = [TITLE("Département du Val-d'Aurance – Direction de l'insertion et de l'emploi",
               "RÈGLEMENT DE LA CONSULTATION",
               "Accompagnement socio-professionnel renforcé des bénéficiaires du RSA",
               "Consultation n° 2026-DIE-014 – Appel d'offres ouvert")]
    b += A("Objet de la consultation",
           "La présente consultation porte sur des prestations d'accompagnement vers l'emploi des bénéficiaires du "
           "revenu de solidarité active et d'autres personnes éloignées de l'emploi orientées par les services "
           "départementaux : diagnostic socio-professionnel, ateliers collectifs de recherche d'emploi, périodes de "
           "mise en situation en milieu professionnel, suivi dans l'emploi pendant six mois.",
           "Ces prestations relèvent des services sociaux et autres services spécifiques mentionnés au 3° de "
           "l'article R2123-1 du code de la commande publique. Les ateliers se tiennent du lundi au vendredi "
           "entre 9~h et 17~h dans des locaux mis à disposition par le titulaire.")
    b += A("Allotissement",
           "Le marché est divisé en deux lots géographiques :",
           ["lot 1 – territoire Nord (arrondissements de Caudry-sur-Aurance et de Belmont) ;",
            "lot 2 – territoire Sud (arrondissement de Saint-Vrain)."],
           "Un même candidat peut présenter une offre pour un lot ou pour les deux lots.")
    b += A("Forme et montant du marché",
           "Chaque lot fait l'objet d'un accord-cadre mono-attributaire à bons de commande, conclu pour une durée "
           "de douze mois reconductible trois fois, sans montant minimum et avec un montant maximum de "
           "480~000~€ HT par lot pour la durée totale de l'accord-cadre, soit 960~000~€ HT pour les deux lots.")
    b += A("Réservation",
           "Le marché n'est pas réservé au titre des articles L2113-12 à L2113-15 du code de la commande publique. "
           "Les structures de l'économie sociale et solidaire peuvent candidater dans les conditions de droit commun.")
    b += A("Pièces de la candidature",
           "Chaque candidat produit, à l'appui de sa candidature :",
           ["la lettre de candidature (DC1) et la déclaration du candidat (DC2) ou le DUME ;",
            "une présentation de son expérience de l'accompagnement de publics éloignés de l'emploi au cours des "
            "trois dernières années (nombre de personnes suivies, taux de sorties positives vers l'emploi ou la "
            "formation) ;",
            "les diplômes et qualifications des conseillers en insertion professionnelle qui seront affectés ;",
            "les déclarations relatives à l'obligation d'emploi des travailleurs handicapés prévues aux articles "
            "L5212-1 à L5212-11 du code du travail ;",
            "l'attestation d'assurance de responsabilité civile professionnelle."],
           "Le candidat précise en outre s'il dispose de partenariats avec des structures d'insertion par l'activité "
           "économique du territoire ; cette information sert à apprécier sa capacité technique.")
    b += A("Jugement des offres",
           "L'offre économiquement la plus avantageuse est choisie, lot par lot, selon les critères suivants :")
    b += [RTAB([["Critère", "Pondération"],
                ["Prix (bordereau des prix unitaires appliqué au détail quantitatif estimatif)", "40 %"],
                ["Valeur technique appréciée au vu du mémoire technique : moyens humains affectés (25 %), "
                 "organisation, planning et outils de suivi (35 %)", "60 %"]],
               widths=[4, 1], align="lr")]
    b += A("Remise des offres",
           "Les offres sont remises par voie électronique sur le profil d'acheteur https://marches.val-aurance.example "
           "avant le 12 mars 2026 à 12~h. Le délai de validité des offres est de 120 jours.")
    b += A("Renseignements et recours",
           "Les questions sont posées sur le profil d'acheteur au plus tard dix jours avant la date limite. "
           "Instance chargée des recours : tribunal administratif de Caudry.")
    return DOC("d01_rc_accompagnement_emploi.pdf", "RC",
               "Département du Val-d'Aurance – RC 2026-DIE-014", "Règlement de la consultation", b,
               L(allotissement=1, nb_lots=2, montant_max_ht=960000,
                 evidence=["Le marché est divisé en deux lots géographiques",
                           "480 000 € HT par lot pour la durée totale de l'accord-cadre, soit 960 000 € HT pour les deux lots"]),
               note="objet = accompagnement vers l'emploi (insertion achetée) ; expérience auprès de publics éloignés en "
                    "candidature ; L5212 ; « Le marché n'est pas réservé » ; critère technique sur le service acheté")


def d02():
    b = [TITLE("SICTOM du Pays de Lorbe",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Collecte en porte-à-porte des ordures ménagères résiduelles et des emballages ménagers recyclables",
               "Marché n° 2026-03 – Appel d'offres ouvert")]
    b += A("Objet du marché",
           "Le marché a pour objet la collecte en porte-à-porte des ordures ménagères résiduelles et des emballages "
           "ménagers recyclables des vingt-deux communes membres du syndicat, et le transport des déchets collectés "
           "vers le centre de tri de Lorbe-Est et vers l'unité de valorisation énergétique de Mérande.",
           "La collecte des déchets d'activités de soins à risques infectieux et celle des encombrants sont exclues.")
    b += A("Allotissement",
           "Le marché n'est pas alloti : la collecte des deux flux par les mêmes équipages et les mêmes véhicules "
           "constitue une prestation indissociable dont la division rendrait l'exécution plus coûteuse "
           "(article L2113-11 du code de la commande publique).")
    b += A("Durée et montant estimé",
           "Le marché est conclu pour quatre ans à compter du 1er janvier 2027. Son montant est estimé à "
           "4~200~000~€ HT pour la durée totale.")
    b += A("Horaires de collecte",
           "Les collectes sont effectuées entre 5~h~00 et 12~h~30, du lundi au samedi. Aucune collecte n'a lieu "
           "les jours fériés, à l'exception du 8 mai et du 11 novembre. Le titulaire communique au syndicat, chaque "
           "lundi, le planning des tournées de la semaine.")
    b += A("Réglementation applicable aux déchets",
           "Le titulaire respecte les dispositions du code de l'environnement relatives à la collecte et au transport "
           "des déchets, notamment la déclaration de transporteur prévue aux articles R541-49 et suivants, et tient "
           "le registre chronologique prévu à l'article R541-43. Ces obligations résultent de la loi et sont "
           "rappelées pour information.",
           "Il signale au syndicat, par l'application de suivi des tournées, les bacs non présentés et les bacs "
           "d'emballages qu'il n'a pu collecter.")
    b += A("Personnel et sécurité",
           "Le titulaire applique la recommandation R437 de l'Assurance maladie relative à la collecte des déchets "
           "ménagers. Tout agent affecté suit, avant sa première tournée, une formation à la sécurité portant sur "
           "les marches arrière, le travail en bordure de voie et l'utilisation des lève-conteneurs.",
           "Le titulaire remet tous les six mois les attestations prévues à l'article D8222-5 du code du travail.")
    b += A("Assurances",
           "Le titulaire justifie d'une assurance de responsabilité civile couvrant les dommages causés aux tiers, "
           "y compris les atteintes à l'environnement et la pollution accidentelle, à hauteur de 2~000~000~€ par "
           "sinistre.")
    b += A("Pénalités",
           "Sauf force majeure, le titulaire encourt une pénalité de 300~€ par rue non collectée et de 150~€ par "
           "jour de retard dans la remise du rapport mensuel d'activité.")
    b += A("Règlement des litiges",
           "Le tribunal administratif de Mérande est seul compétent.")
    return DOC("d02_ccap_collecte_dechets.pdf", "CCAP", "SICTOM du Pays de Lorbe – CCAP marché 2026-03",
               "CCAP – collecte des déchets ménagers", b,
               L(allotissement=0, montant_estime_ht=4200000,
                 evidence=["Le marché n'est pas alloti", "Son montant est estimé à 4 200 000 € HT pour la durée totale"]),
               note="objet = collecte des déchets ; rappel du code de l'environnement ; assurance atteintes à "
                    "l'environnement ; horaires ; formation sécurité ; D8222-5")


def d03():
    b = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Services – Procédure adaptée",
               "Communauté de communes du Plateau de Varenne")]
    b += [H("Section I : Pouvoir adjudicateur"),
          P("I.1) Communauté de communes du Plateau de Varenne, 2 place de la Halle, 39840 Varenne-le-Haut. "
            "Contact : service des marchés, marches@ccpv.example."),
          H("Section II : Objet"),
          P("II.1.1) Intitulé : Réalisation de diagnostics d'accessibilité des établissements recevant du public "
            "et mise à jour de l'agenda d'accessibilité programmée (Ad'AP)."),
          P("II.1.2) Code CPV principal : 71315210."),
          P("II.1.5) Valeur totale estimée : 75~000 euros HT."),
          P("II.1.6) Information sur les lots : ce marché n'est pas divisé en lots."),
          P("II.2.4) Description des prestations : diagnostic de l'accessibilité aux personnes en situation de "
            "handicap de quarante-deux établissements recevant du public (mairies, écoles, salles polyvalentes), "
            "chiffrage des travaux de mise en conformité, mise à jour de l'Ad'AP et des registres publics "
            "d'accessibilité."),
          P("II.2.5) Critères d'attribution : valeur technique : 60 ; prix : 40."),
          P("II.2.7) Durée : 8 mois."),
          H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
          P("III.1.1) Habilitation : déclaration sur l'honneur attestant que le candidat n'entre dans aucun cas "
            "d'exclusion, notamment au regard des articles L5212-1 à L5212-11 du code du travail relatifs à "
            "l'emploi des travailleurs handicapés."),
          P("III.1.3) Capacité technique : références de diagnostics d'accessibilité aux personnes handicapées "
            "réalisés au cours des trois dernières années ; qualification des intervenants."),
          P("III.1.5) Informations sur les marchés réservés : non."),
          P("III.2.2) Conditions particulières d'exécution : néant."),
          H("Section IV : Procédure"),
          P("IV.2.2) Date limite de réception des offres : 20 avril 2026, 17~h~00."),
          H("Section VI : Renseignements complémentaires"),
          P("VI.3) Les visites des établissements ont lieu pendant leurs heures d'ouverture (8~h~30 – 17~h~30). "
            "Les données personnelles des candidats sont traitées conformément au RGPD."),
          P("VI.4.1) Instance chargée des procédures de recours : tribunal administratif de Besançon.")]
    return DOC("d03_avis_audit_accessibilite.txt", "AVIS", "", "", b,
               L(allotissement=0, montant_estime_ht=75000,
                 evidence=["ce marché n'est pas divisé en lots", "Valeur totale estimée : 75 000 euros HT"]),
               note="objet = audit d'accessibilité ; L5212 en exclusion ; « marchés réservés : non » ; heures d'ouverture")


def d04():
    b = [TITLE("CONTRACT NOTICE", "Services – Directive 2014/24/EU", "Métropole de Saint-Aubrac")]
    b += [H("Section I: Contracting authority"),
          P("I.1) Name and addresses: Métropole de Saint-Aubrac, Direction de la propreté et des déchets, "
            "1 quai des Tanneurs, 12900 Saint-Aubrac, France. The contracting authority is assisted by "
            "Verdance Conseil Environnement (project management assistance)."),
          H("Section II: Object"),
          P("II.1.1) Title: Collection and recycling of waste electrical and electronic equipment (WEEE) from "
            "municipal civic amenity sites."),
          P("II.1.2) Main CPV code: 90500000."),
          P("II.1.4) Short description: collection of WEEE from fourteen civic amenity sites, transport, "
            "depollution, dismantling and recycling in authorised facilities, in accordance with the French "
            "Environment Code (Code de l'environnement)."),
          P("II.1.5) Estimated total value: 1~350~000 EUR excluding VAT."),
          P("II.1.6) Information about lots: This contract is divided into lots: no."),
          P("II.2.5) Award criteria: Quality criterion - Name: Technical value (organisation of collection "
            "rounds, staffing, reporting tools) / Weighting: 55. Price - Weighting: 45."),
          P("II.2.7) Duration in months: 36. This contract is subject to renewal: no."),
          H("Section III: Legal, economic, financial and technical information"),
          P("III.1.1) Suitability to pursue the professional activity: registration as a waste carrier; "
            "prefectoral authorisation (ICPE) of each treatment facility proposed."),
          P("III.1.3) Technical and professional ability: ISO 14001 certification or equivalent description of "
            "the environmental management measures the economic operator will be able to apply; list of "
            "similar services delivered in the past three years."),
          P("III.1.5) Information about reserved contracts: —"),
          P("III.2.2) Contract performance conditions: As set out in the procurement documents."),
          H("Section IV: Procedure"),
          P("IV.1.1) Type of procedure: Open procedure."),
          P("IV.2.2) Time limit for receipt of tenders: 15/05/2026 Local time: 12:00."),
          H("Section VI: Complementary information"),
          P("VI.3) Additional information: Site visits take place between 8:00 and 11:00 on weekdays. Tenderers "
            "shall provide the certificates required under Articles L8222-1 and D8222-5 of the French Labour "
            "Code (undeclared work)."),
          P("VI.4.1) Review body: Tribunal administratif de Saint-Aubrac.")]
    return DOC("d04_notice_en_weee_recycling.txt", "AVIS", "", "", b,
               L(allotissement=0, montant_estime_ht=1350000,
                 evidence=["This contract is divided into lots: no", "Estimated total value: 1 350 000 EUR excluding VAT"]),
               note="objet = recyclage DEEE ; ISO 14001 en capacité ; code de l'environnement ; nom d'AMO "
                    "« Verdance Conseil Environnement » ; travail dissimulé")


def d05():
    b = [TITLE("Centre hospitalier intercommunal de Montclaire",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Tierce maintenance applicative du logiciel de gestion administrative des patients",
               "Accord-cadre n° CHIM-2026-SI-07")]
    b += A("Objet", "Le présent accord-cadre porte sur la maintenance corrective, évolutive et réglementaire du "
           "logiciel de gestion administrative des patients et de ses interfaces.")
    b += A("Allotissement", "L'accord-cadre n'est pas alloti : les prestations portent sur un progiciel unique "
           "dont la maintenance ne peut être confiée qu'à un seul opérateur.")
    b += A("Forme et montant", "Accord-cadre à bons de commande, d'une durée de quatre ans, sans minimum, avec un "
           "montant maximum de 650~000~€ HT sur la durée totale.")
    b += A("Environnements techniques", "Le titulaire dispose d'un environnement de recette distinct de "
           "l'environnement de production. Toute livraison est d'abord installée sur l'environnement de "
           "préproduction de l'établissement.")
    b += A("Horaires et délais d'intervention", "Les prestations sont assurées pendant les heures ouvrées, du lundi "
           "au vendredi de 8~h à 18~h. Le délai de prise en compte d'une anomalie bloquante est de 2 heures et "
           "le délai de rétablissement de 8 heures ouvrées.")
    b += A("Personnel du titulaire", "Les intervenants sur site suivent la formation à la sécurité incendie et "
           "aux règles d'hygiène de l'établissement. L'environnement de travail des intervenants sur site (poste, "
           "badge, accès au réseau) est fourni par l'établissement ; les conditions de travail de ses propres "
           "agents ne peuvent en être affectées.")
    b += A("Obligations sociales rappelées",
           "Le titulaire remet tous les six mois les attestations prévues à l'article D8222-5 du code du travail "
           "(lutte contre le travail dissimulé). S'il recourt à des salariés détachés, il effectue la déclaration "
           "préalable prévue à l'article L1262-2-1 du même code. Il atteste respecter l'obligation d'emploi des "
           "travailleurs handicapés prévue aux articles L5212-1 à L5212-11.")
    b += A("Protection des données personnelles",
           "Le titulaire agit en qualité de sous-traitant au sens de l'article 28 du RGPD. Les données de santé "
           "sont hébergées exclusivement chez un hébergeur certifié HDS.")
    b += A("Pénalités", "Dépassement du délai de rétablissement : 200~€ HT par heure ouvrée de retard.")
    b += A("Litiges", "Tribunal administratif de Montclaire.")
    return DOC("d05_ccap_tma_logiciel.docx", "CCAP", "CHI de Montclaire – CCAP CHIM-2026-SI-07",
               "CCAP tierce maintenance applicative", b,
               L(allotissement=0, montant_max_ht=650000,
                 evidence=["L'accord-cadre n'est pas alloti", "montant maximum de 650 000 € HT sur la durée totale"]),
               note="environnement de recette/production ; environnement de travail ; conditions de travail des "
                    "agents ; D8222-5, détachement, L5212 ; RGPD ; heures ouvrées")


def d06():
    b = [TITLE("Ville de Saint-Léry-sur-Cance", "CAHIER DES CLAUSES PARTICULIÈRES (CCP)",
               "Marché à procédure adaptée – Prestations de traduction et d'interprétariat",
               "Consultation lancée le 4 mai 2026")]
    b += [H("Préambule"),
          P("La Ville a adopté en mars 2025 son schéma de promotion des achats socialement et écologiquement "
            "responsables (SPASER). Elle s'y fixe pour objectifs qu'au moins 30 % de ses marchés comportent une "
            "considération sociale et que la totalité comporte une considération environnementale d'ici 2028."),
          P("Compte tenu de la nature intellectuelle et ponctuelle des prestations, le présent marché ne comporte "
            "ni clause sociale ni clause environnementale, et aucun critère de cette nature n'est retenu.")]
    b += A("Objet et lots",
           "Le marché porte sur des prestations de traduction et d'interprétariat pour les services municipaux. "
           "Il est divisé en deux lots :",
           ["lot 1 – traduction écrite (anglais, espagnol, arabe, turc) ;",
            "lot 2 – interprétariat, dont l'interprétariat en langue des signes française (LSF) pour les conseils "
            "municipaux et les réunions publiques."])
    b += A("Montants", "Chaque lot est un accord-cadre à bons de commande d'un an reconductible deux fois. Montant "
           "maximum sur la durée totale : lot 1 : 40~000~€ HT ; lot 2 : 25~000~€ HT, soit 65~000~€ HT au total.")
    b += A("Conditions d'intervention",
           "Les interprétations se déroulent dans les locaux de la Ville, aux heures fixées par les services "
           "(en principe de 8~h~30 à 17~h, et en soirée pour les conseils municipaux). L'interprète s'adapte aux "
           "conditions de travail des services et respecte la confidentialité des échanges.")
    b += A("Jugement des offres",
           "Prix : 40 %. Qualité : 60 %, appréciée au vu d'un test de traduction de deux pages (lot 1) ou des "
           "qualifications des interprètes (lot 2).")
    b += A("Délai de paiement", "Le délai global de paiement est de 30 jours.")
    return DOC("d06_ccp_traduction_spaser.pdf", "CCAP", "Ville de Saint-Léry-sur-Cance – CCP traduction",
               "Cahier des clauses particulières", b,
               L(allotissement=1, nb_lots=2, montant_max_ht=65000,
                 evidence=["Il est divisé en deux lots", "soit 65 000 € HT au total"]),
               note="préambule SPASER + « ne comporte ni clause sociale ni clause environnementale » ; LSF = objet ; "
                    "conditions de travail des services")


def d07():
    b = [TITLE("Office public de l'habitat de Belcastel", "REGISTRE DES QUESTIONS ET RÉPONSES",
               "Maintenance préventive et corrective des ascenseurs – consultation n° OPH-2026-11")]
    qr = [
        ("Question 1 : Le marché comporte-t-il une clause sociale d'insertion ? Dans l'affirmative, combien "
         "d'heures doivent être réalisées ?",
         "Réponse : Non. Le présent marché ne comporte pas de clause d'insertion. La mention figurant à l'article "
         "3.2 du règlement de la consultation décrit le précédent marché (2021-2025), qui imposait 300 heures "
         "d'insertion ; elle est donnée pour information."),
        ("Question 2 : Faut-il fournir la déclaration relative à l'emploi des travailleurs handicapés ?",
         "Réponse : Oui. La déclaration sur l'honneur relative aux articles L5212-1 à L5212-11 du code du travail "
         "figure dans le formulaire DC1 ; elle est exigée de tous les candidats."),
        ("Question 3 : Le critère « performance environnementale » évoqué lors de la réunion d'information "
         "sera-t-il appliqué ?",
         "Réponse : Non. L'Office a étudié ce critère mais ne l'a pas retenu. Seuls le prix (60 %) et la valeur "
         "technique (40 %) sont appréciés."),
        ("Question 4 : À quelles heures les visites préventives doivent-elles avoir lieu ?",
         "Réponse : Entre 7~h et 9~h ou entre 14~h et 16~h, afin de limiter la gêne pour les locataires."),
        ("Question 5 : Quelles formations les techniciens doivent-ils détenir ?",
         "Réponse : L'habilitation électrique adaptée et la formation à la sécurité des interventions en gaine "
         "d'ascenseur. Le titulaire veille aux conditions de travail de ses techniciens conformément au code du "
         "travail."),
        ("Question 6 : Le marché est-il alloti ? Quel est son montant estimé ?",
         "Réponse : Le marché n'est pas alloti (un seul parc de 48 appareils). Son montant est estimé à "
         "210~000~€ HT pour quatre ans."),
        ("Question 7 : Le marché est-il réservé à des entreprises adaptées ?",
         "Réponse : Non, le marché n'est pas réservé."),
    ]
    for q, r in qr:
        b += [P(q), P(r)]
    return DOC("d07_qr_ascenseurs.txt", "QR", "", "", b,
               L(allotissement=0, montant_estime_ht=210000,
                 evidence=["Le marché n'est pas alloti", "Son montant est estimé à 210 000 € HT pour quatre ans"]),
               note="insertion du précédent marché (300 h) ; L5212 ; critère environnemental non retenu ; heures "
                    "de visite ; formation sécurité ; réservation non")


def d08():
    b = [TITLE("Lorbe Habitat – Office public de l'habitat", "RÈGLEMENT DE LA CONSULTATION",
               "Maîtrise d'œuvre pour la réhabilitation thermique de 64 logements, résidence Les Genêts",
               "Procédure adaptée – article R2123-1 du code de la commande publique")]
    b += A("Objet",
           "La consultation porte sur une mission de maîtrise d'œuvre (mission de base et mission EXE partielle) "
           "pour la réhabilitation thermique de 64 logements : isolation des façades par l'extérieur, remplacement "
           "des menuiseries et de la chaufferie collective, ventilation hygroréglable. Le programme vise "
           "l'étiquette énergétique C après travaux.",
           "L'enveloppe prévisionnelle des travaux est de 2~900~000~€ HT. Le montant des honoraires est estimé à "
           "310~000~€ HT.")
    b += A("Allotissement", "Le marché n'est pas alloti, la mission de maîtrise d'œuvre étant indivisible.")
    b += A("Conditions de participation",
           "La participation est réservée aux équipes comprenant un architecte inscrit à l'Ordre, mandataire, "
           "en application de la loi n° 77-2 du 3 janvier 1977 sur l'architecture.",
           "Chaque équipe justifie de références de réhabilitation thermique de logements occupés et d'un bureau "
           "d'études fluides titulaire d'une qualification RGE Études. Les cotraitants produisent chacun "
           "l'attestation relative à l'obligation d'emploi des travailleurs handicapés (L5212-1 et suivants).")
    b += A("Critères de jugement des offres",
           "Prix : 40 %. Valeur technique : 60 %, dont méthodologie de la mission (30 %), composition et "
           "disponibilité de l'équipe (20 %), planning des études (10 %).",
           "Lors de la préparation de la consultation, l'Office a envisagé un critère relatif aux performances en "
           "matière d'insertion professionnelle et un critère relatif à l'empreinte carbone des études. Ils n'ont "
           "pas été retenus, la mission ne s'y prêtant pas.")
    b += A("Négociation", "L'Office se réserve la possibilité de négocier avec les trois candidats les mieux classés.")
    b += A("Remise des plis", "Les plis sont déposés sur https://achats.lorbe-habitat.example avant le 9 juin 2026 à 12~h.")
    return DOC("d08_rc_moe_rehabilitation.docx", "RC", "Lorbe Habitat – RC maîtrise d'œuvre Les Genêts",
               "Règlement de la consultation", b,
               L(allotissement=0, montant_estime_ht=310000,
                 evidence=["Le marché n'est pas alloti", "Le montant des honoraires est estimé à 310 000 € HT"]),
               note="objet = réhabilitation thermique ; RGE en capacité ; critères social et carbone envisagés non "
                    "retenus ; « réservée aux équipes comprenant un architecte » ; enveloppe travaux ≠ montant du marché")


def d09():
    b = [TITLE("Ville de Port-Salvan", "ACTE D'ENGAGEMENT",
               "Prestations de déménagement et de transfert des services municipaux",
               "Marché n° 2026-PS-022")]
    b += [H("A – Objet de l'acte d'engagement"),
          P("Le présent acte d'engagement concerne l'accord-cadre de prestations de déménagement des services "
            "municipaux (transferts de bureaux, archives, mobilier). Le marché ne fait pas l'objet d'un "
            "allotissement."),
          P("Marché réservé : ☐ oui   ☒ non"),
          P("Notice : si le marché est réservé en application des articles L2113-12 (entreprises adaptées, "
            "établissements et services d'aide par le travail) ou L2113-13 (structures d'insertion par l'activité "
            "économique) du code de la commande publique, le candidat joint la justification de son statut."),
          H("B – Engagement du titulaire"),
          P("Raison sociale : HORIZON INSERTION LOGISTIQUE SAS, nom commercial « ÉcoDém' »"),
          P("Adresse : 14 rue des Cordiers, 56880 Port-Salvan – SIRET 000 111 222 00034"),
          P("Après avoir pris connaissance du CCAP, du CCTP et des documents qui y sont mentionnés, je m'engage, "
            "sans réserve, à exécuter les prestations dans les conditions ci-après définies."),
          H("C – Prix"),
          P("Les prestations sont rémunérées par application des prix unitaires du bordereau aux quantités "
            "réellement commandées. Montant maximum de l'accord-cadre : 90~000~€ HT pour la durée totale de quatre ans."),
          H("D – Durée d'exécution"),
          P("Un an à compter de la notification, reconductible tacitement trois fois. Les déménagements ont lieu "
            "en principe le vendredi après 16~h ou le samedi."),
          H("E – Paiement"),
          RTAB([["Compte à créditer", "Établissement", "IBAN"],
                ["HORIZON INSERTION LOGISTIQUE SAS", "Banque de l'Ouest Atlantique", "FR76 0000 0000 0000 0000 0000 000"]],
               widths=[2, 2, 3]),
          H("F – Signature"),
          P("Fait à Port-Salvan, le ………………  Le titulaire (signature)"),
          P("Les données recueillies dans le présent formulaire font l'objet d'un traitement destiné à la gestion "
            "du marché, conformément au règlement général sur la protection des données (RGPD).")]
    return DOC("d09_ae_demenagement.pdf", "AE", "Ville de Port-Salvan – AE marché 2026-PS-022",
               "Acte d'engagement", b,
               L(allotissement=0, montant_max_ht=90000,
                 evidence=["Le marché ne fait pas l'objet d'un allotissement",
                           "Montant maximum de l'accord-cadre : 90 000 € HT pour la durée totale"]),
               note="« Marché réservé : non » + notice L2113-12/13 ; raison sociale « HORIZON INSERTION » ; RGPD ; heures")


def d10():
    b = [TITLE("Ville de Port-Salvan", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Nettoyage des bâtiments communaux – Lot n° 2 : groupes scolaires",
               "Marché n° 2026-PS-031")]
    b += A("Objet et périmètre",
           "Le marché de nettoyage des bâtiments communaux comporte trois lots : lot 1 – bâtiments administratifs ; "
           "lot 2 – groupes scolaires ; lot 3 – équipements sportifs. Le présent CCTP concerne le lot 2 (six "
           "groupes scolaires, 14~300 m² de surfaces).")
    b += A("Politique d'achat de la Ville",
           "Conformément à son SPASER, la Ville souhaite que les prestations de nettoyage contribuent à réduire "
           "l'impact environnemental de ses bâtiments. Le titulaire est invité à présenter toute proposition en ce "
           "sens au cours de l'exécution.")
    b += A("Horaires d'intervention",
           "Le nettoyage quotidien est réalisé entre 6~h et 8~h~15 ou après 16~h~45, hors présence des élèves. "
           "Pendant les vacances scolaires, la remise en état annuelle a lieu entre 8~h et 17~h.")
    b += A("Prescriptions techniques",
           ["sols : balayage humide et lavage quotidiens dans les classes, sanitaires et réfectoires ;",
            "sanitaires : désinfection deux fois par jour pendant les périodes de classe ;",
            "vitrerie : deux fois par an, faces intérieures et extérieures accessibles."],
           "Les produits utilisés sont conformes à la réglementation et accompagnés de leur fiche de données de "
           "sécurité, tenue à disposition du directeur de l'école.")
    b += A("Personnel",
           "Le titulaire applique la convention collective nationale des entreprises de propreté, y compris les "
           "dispositions relatives à la reprise du personnel. Ses agents reçoivent une formation à la sécurité "
           "(utilisation des produits, gestes et postures, travail en hauteur) avant toute intervention.",
           "Les prestations ne doivent pas dégrader l'environnement de travail ni les conditions de travail des "
           "agents municipaux et des enseignants : le matériel bruyant n'est pas utilisé en présence du public.")
    b += A("Contrôle de la qualité",
           "Un contrôle contradictoire mensuel est réalisé par le référent de la Ville à l'aide de la grille annexée.")
    return DOC("d10_cctp_nettoyage_lot2.pdf", "CCTP", "Ville de Port-Salvan – CCTP nettoyage lot 2",
               "CCTP – Nettoyage des bâtiments communaux", b,
               L(clause_environnementale="?", allotissement=1, nb_lots=3,
                 evidence=["Le titulaire est invité à présenter toute proposition en ce sens",
                           "comporte trois lots"]),
               note="souhait SPASER sans obligation (? environnement) ; conditions/environnement de travail des "
                    "agents municipaux ; formation sécurité ; convention collective ; FDS")


def d11():
    b = [TITLE("Communauté urbaine de Belcastel", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Surveillance et gardiennage des sites communautaires")]
    b += [H("1. Contexte"),
          P("Les sites communautaires (hôtel de communauté, centre technique, déchetteries, médiathèque) sont "
            "gardiennés depuis 2019 par un prestataire extérieur. Le précédent marché (2022-2025) comportait une "
            "clause sociale d'insertion de 1~500 heures, exécutée à hauteur de 1~620 heures. Cette clause n'est "
            "pas reconduite dans le présent marché, dont les postes exigent tous la carte professionnelle."),
          H("2. Volume des prestations"),
          P("Le volume prévisionnel est d'environ 8~760 heures de présence par an pour le poste fixe de l'hôtel de "
            "communauté (24~h/24) et de 2~190 heures de rondes par an pour les autres sites, entre 19~h et 7~h."),
          H("3. Qualification du personnel"),
          P("Les agents sont titulaires de la carte professionnelle délivrée par le CNAPS et du certificat de "
            "qualification professionnelle d'agent de prévention et de sécurité. L'agent du poste fixe est en "
            "outre titulaire du SSIAP 1."),
          H("4. Environnement de travail"),
          P("La Communauté met à disposition un poste de garde équipé (écrans de vidéoprotection, sanitaires, "
            "coin repas). Les conditions de travail des agents de sécurité sont fixées par leur employeur dans le "
            "respect de la convention collective des entreprises de prévention et de sécurité."),
          H("5. Main courante et compte rendu"),
          P("Chaque événement est consigné sur la main courante électronique. Un rapport mensuel est transmis au "
            "service des moyens généraux."),
          H("6. Déchetteries"),
          P("Les rondes incluent les déchetteries de Belcastel-Nord et de Rivelle, afin de prévenir les vols de "
            "métaux et les dépôts sauvages ; l'agent signale tout déversement au service gestion des déchets.")]
    return DOC("d11_cctp_gardiennage.txt", "CCTP", "", "", b, L(evidence=[]),
               note="clause d'insertion du précédent marché non reconduite ; 8 760 / 2 190 heures de présence "
                    "(pas d'insertion) ; environnement / conditions de travail ; déchetteries")


def d12():
    b = [TITLE("CONTRACT NOTICE", "Social and other specific services – public contracts",
               "Conseil départemental de la Sarve")]
    b += [H("Section I: Contracting authority"),
          P("I.1) Conseil départemental de la Sarve, Direction de l'emploi et de l'insertion, 3 cours Vauban, "
            "71990 Sarve-la-Ville, France."),
          H("Section II: Object"),
          P("II.1.1) Title: Employment support and job-coaching for long-term jobseekers and recipients of "
            "minimum income (RSA)."),
          P("II.1.2) Main CPV code: 85312320 (Advice services)."),
          P("II.1.4) Short description: individual job-coaching, collective workshops, work placements with "
            "employers and in work integration social enterprises, follow-up during the first six months of "
            "employment."),
          P("II.1.5) Estimated total value: 1~200~000 EUR excluding VAT."),
          P("II.1.6) Information about lots: This contract is divided into lots: yes. Tenders may be submitted "
            "for all lots. Lot 1: North; Lot 2: Centre; Lot 3: South."),
          P("II.2.5) Award criteria: Quality criterion - Name: Methodology for supporting participants / "
            "Weighting: 50. Quality criterion - Name: Qualifications and caseload of coaches / Weighting: 20. "
            "Price - Weighting: 30."),
          H("Section III: Legal, economic, financial and technical information"),
          P("III.1.3) Technical and professional ability: proof of at least three years' experience in the "
            "professional integration of disadvantaged persons; CVs of the coaches."),
          P("III.1.5) Information about reserved contracts: none."),
          P("III.2.2) Contract performance conditions: compliance with the General Data Protection Regulation for "
            "participants' data; services delivered between 9:00 and 17:00 on working days."),
          H("Section VI: Complementary information"),
          P("VI.3) Tenderers declare that they comply with their obligations regarding the employment of disabled "
            "workers (Articles L5212-1 to L5212-11 of the French Labour Code). Staff of the contractor attend the "
            "Department's safety briefing before using its premises."),
          P("VI.4.1) Review body: Tribunal administratif de Dijon.")]
    return DOC("d12_notice_en_job_coaching.pdf", "AVIS", "Conseil départemental de la Sarve – Contract notice",
               "TED – Social and other specific services", b,
               L(allotissement=1, nb_lots=3, montant_estime_ht=1200000,
                 evidence=["This contract is divided into lots: yes", "Lot 3: South",
                           "Estimated total value: 1 200 000 EUR excluding VAT"]),
               note="objet = job-coaching (insertion achetée) ; expérience en capacité ; critère sur la méthode du "
                    "service acheté ; L5212 ; RGPD ; horaires")


def d13():
    b = [TITLE("Ministère de l'Économie – modèle adapté par l'acheteur", "DC1 – LETTRE DE CANDIDATURE",
               "Désignation du mandataire par ses cotraitants")]
    b += [H("A – Identification du pouvoir adjudicateur"),
          P("………………………………………………"),
          H("B – Objet de la consultation"),
          P("………………………………………………  Le candidat indique, le cas échéant, le ou les lots pour lesquels il "
            "présente sa candidature : lot n° …… intitulé ……………"),
          H("C – Objet de la candidature"),
          P("☐ au marché public (ou accord-cadre)   ☐ à tous les lots   ☐ au(x) lot(s) n° ……"),
          H("D – Présentation du candidat"),
          P("☐ Le candidat se présente seul   ☐ Le candidat est un groupement d'entreprises"),
          H("E – Marchés réservés"),
          P("Le candidat indique s'il est : ☐ une entreprise adaptée ou un établissement et service d'aide par le "
            "travail (article L2113-12 du code de la commande publique) ; ☐ une structure d'insertion par "
            "l'activité économique (article L2113-13) ; ☐ un opérateur employant des personnes détenues "
            "(article L2113-13-1) ; ☐ une entreprise de l'économie sociale et solidaire (article L2113-15)."),
          P("Notice : cette rubrique n'est à renseigner que si l'avis ou les documents de la consultation "
            "indiquent que le marché ou l'un de ses lots est réservé."),
          H("F – Engagements du candidat"),
          P("Le candidat déclare sur l'honneur : n'entrer dans aucun des cas d'exclusion prévus aux articles L2141-1 "
            "à L2141-5 et L2141-7 à L2141-10 du code de la commande publique, notamment ne pas avoir fait l'objet "
            "d'une condamnation pour travail dissimulé (articles L8221-1 et suivants du code du travail) ; être en "
            "règle au regard des articles L5212-1 à L5212-11 du code du travail concernant l'emploi des "
            "travailleurs handicapés ; avoir mis en œuvre l'obligation de négociation prévue à l'article L2242-1 "
            "du code du travail (égalité professionnelle entre les femmes et les hommes)."),
          H("G – Signature"),
          P("Nom, prénom et qualité du signataire : ……………………   Date : ……………"),
          P("Les informations recueillies sont traitées conformément au RGPD ; elles ne sont utilisées que pour "
            "l'examen des candidatures.")]
    return DOC("d13_form_dc1.docx", "FORM", "DC1 – Lettre de candidature", "Formulaire DC1", b, L(evidence=[]),
               note="formulaire vierge : articles de réservation, L5212, travail dissimulé, égalité (L2242-1) en "
                    "déclaration ; lots à cocher")


def d14():
    b = [TITLE("Région Val-de-Cance", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Formations en santé et sécurité au travail des agents régionaux – Lot 3",
               "Accord-cadre n° RVC-2026-FOR-03")]
    b += A("Objet",
           "L'accord-cadre de formation des agents régionaux comporte quatre lots : lot 1 – sauveteur secouriste "
           "du travail ; lot 2 – sécurité incendie et évacuation ; lot 3 – prévention des troubles "
           "musculo-squelettiques et ergonomie ; lot 4 – prévention des risques psychosociaux. Le présent CCTP "
           "décrit le lot 3.")
    b += A("Contenu des formations du lot 3",
           ["module « gestes et postures » pour les agents des lycées (une journée) ;",
            "module « ergonomie de l'environnement de travail sur écran » pour les agents administratifs "
            "(une demi-journée) ;",
            "module « amélioration des conditions de travail » destiné aux encadrants de proximité (deux jours)."],
           "Les formations visent à réduire les accidents du travail et à améliorer la qualité de vie et les "
           "conditions de travail des agents régionaux, conformément au plan de prévention de la Région.")
    b += A("Organisation",
           "Les sessions se déroulent dans les locaux de la Région, de 9~h à 12~h~30 et de 13~h~30 à 17~h, par "
           "groupes de huit à douze agents. Le formateur est titulaire d'une certification en prévention des "
           "risques liés à l'activité physique (PRAP) et d'une expérience d'au moins trois ans.")
    b += A("Montant",
           "Le lot 3 est un accord-cadre à bons de commande d'un an, reconductible deux fois, avec un montant "
           "maximum annuel de 30~000~€ HT.")
    b += A("Évaluation", "Chaque session donne lieu à une évaluation à chaud par les stagiaires et à un bilan "
           "écrit remis au service formation dans les quinze jours.")
    return DOC("d14_cctp_formation_securite.docx", "CCTP", "Région Val-de-Cance – CCTP formation lot 3",
               "CCTP – formations santé et sécurité", b,
               L(allotissement=1, nb_lots=4, montant_max_ht=90000,
                 evidence=["comporte quatre lots", "montant maximum annuel de 30 000 € HT",
                           "[30 000 × 3 périodes = 90 000]"]),
               note="objet = formation sécurité, conditions de travail et environnement de travail des agents "
                    "régionaux ; maximum annuel × 3 périodes")


def d15():
    b = [TITLE("Commune de Sainte-Orbe", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Aménagement de la traversée du bourg (RD 214)", "Marché de travaux – procédure adaptée")]
    b += A("Objet et lots",
           "Les travaux d'aménagement de la traversée du bourg sont répartis en trois lots : lot 1 – terrassements "
           "et voirie ; lot 2 – réseaux secs et éclairage public ; lot 3 – signalisation et mobilier urbain.",
           "Le montant estimé des travaux est de 1~150~000~€ HT (lot 1 : 780~000~€ ; lot 2 : 260~000~€ ; "
           "lot 3 : 110~000~€).")
    b += A("Maîtrise d'œuvre",
           "La maîtrise d'œuvre est assurée par le bureau d'études Terre & Eau Environnement Ingénierie, 8 rue du "
           "Moulin, Sainte-Orbe.")
    b += A("Horaires de chantier",
           "Les travaux sont exécutés du lundi au vendredi entre 7~h~30 et 18~h. Tout travail de nuit est soumis à "
           "l'accord préalable du maître d'œuvre.")
    b += A("Réglementation",
           "La commune a déposé la déclaration au titre des articles L214-1 et suivants du code de l'environnement "
           "(loi sur l'eau) ; le titulaire en respecte les prescriptions, qui lui sont communiquées pour "
           "information. Les déclarations d'intention de commencement de travaux (DICT) sont à sa charge.")
    b += A("Personnel et sécurité",
           "Le personnel intervenant à proximité des réseaux est titulaire de l'autorisation d'intervention à "
           "proximité des réseaux (AIPR). Le titulaire remet son plan particulier de sécurité et de protection de "
           "la santé (PPSPS) et présente la carte d'identification professionnelle du BTP de chaque salarié "
           "(article R8291-1 du code du travail). Il remet tous les six mois les attestations de lutte contre le "
           "travail dissimulé.")
    b += A("Assurances",
           "Le titulaire justifie d'une assurance de responsabilité civile décennale et d'une assurance de "
           "responsabilité civile couvrant les atteintes à l'environnement d'origine accidentelle.")
    b += A("Prix et paiement",
           "Les prix sont unitaires, révisables sur l'index TP01. Une avance de 10 % est versée si le montant du "
           "lot excède 50~000~€ HT et la durée deux mois. Délai de paiement : 30 jours.")
    b += A("Pénalités", "Retard : 1/3000e du montant du lot par jour calendaire.")
    return DOC("d15_ccap_voirie.pdf", "CCAP", "Commune de Sainte-Orbe – CCAP traversée du bourg",
               "CCAP – travaux de voirie", b,
               L(allotissement=1, nb_lots=3, montant_estime_ht=1150000,
                 evidence=["sont répartis en trois lots", "Le montant estimé des travaux est de 1 150 000 € HT"]),
               note="code de l'environnement (loi sur l'eau) rappelé ; assurance atteintes à l'environnement ; "
                    "nom du BET « … Environnement Ingénierie » ; AIPR, PPSPS, carte BTP, travail dissimulé ; horaires")


def d16():
    b = [TITLE("SEM Habitat du Pays d'Orbe – mandataire de la commune de Vernoux",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Réhabilitation et extension du groupe scolaire Jean-Rostand",
               "Marché de travaux – procédure adaptée – 3 lots")]
    b += A("Objet et décomposition",
           "Les travaux font l'objet de trois lots : lot 1 – gros œuvre, démolitions ; lot 2 – menuiseries "
           "extérieures et intérieures ; lot 3 – peinture, revêtements de sols. Le montant estimé de l'opération "
           "est de 1~920~000~€ HT tous lots confondus.")
    b += A("Horaires et organisation du chantier",
           "Le chantier est ouvert de 7~h~30 à 17~h~30. Les travaux bruyants sont interdits pendant les heures de "
           "classe du bâtiment B, maintenu en activité. Le PPSPS précise les conditions de travail et d'hygiène "
           "(cantonnements, vestiaires) conformément au code du travail.")
    b += A("Clause sociale d'insertion",
           "En application de l'article L2112-2 du code de la commande publique, les titulaires des lots 1 et 2 "
           "réservent à des personnes rencontrant des difficultés sociales ou professionnelles particulières un "
           "volume minimal d'heures de travail : lot 1 : 1~400 heures ; lot 2 : 600 heures. Le lot 3 n'est pas "
           "soumis à cette clause.",
           "Sont notamment éligibles les demandeurs d'emploi de longue durée, les bénéficiaires de minima sociaux, "
           "les jeunes de moins de 26 ans sans qualification et les personnes reconnues travailleurs handicapés "
           "orientées par le facilitateur de la Maison de l'emploi du Pays d'Orbe.",
           "Le titulaire choisit la modalité : embauche directe, mise à disposition par une entreprise de travail "
           "temporaire d'insertion ou un GEIQ, ou sous-traitance à une structure d'insertion. Il transmet chaque "
           "mois au facilitateur l'état des heures réalisées. Chaque heure non réalisée donne lieu à une pénalité "
           "de 50~€ HT.")
    b += A("Gestion des déchets de chantier",
           "Le titulaire trie ses déchets sur le chantier en cinq flux au moins : bois, métaux, inertes, plâtre, "
           "déchets non dangereux en mélange. Il remet au maître d'ouvrage les bordereaux de suivi et justifie, en "
           "fin de chantier, d'un taux de valorisation matière d'au moins 70 % des déchets non dangereux.")
    b += A("Obligations légales",
           "Le titulaire respecte la réglementation relative à l'emploi des travailleurs handicapés (articles "
           "L5212-1 et suivants du code du travail) et remet les attestations de vigilance tous les six mois.")
    b += A("Pénalités de retard", "1/2000e du montant du lot par jour de retard.")
    return DOC("d16_ccap_insertion_lots.pdf", "CCAP", "SEM Habitat du Pays d'Orbe – CCAP groupe scolaire Jean-Rostand",
               "CCAP – réhabilitation du groupe scolaire", b,
               L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, clause_environnementale=1,
                 allotissement=1, nb_lots=3, montant_estime_ht=1920000,
                 evidence=["lot 1 : 1 400 heures ; lot 2 : 600 heures", "[somme des lots : 2 000 h]",
                           "trie ses déchets sur le chantier en cinq flux au moins", "font l'objet de trois lots",
                           "1 920 000 € HT tous lots confondus"]),
               note="insertion par lots (somme) ; tri des déchets de chantier ; pièges L5212, conditions de travail, horaires")


def d17():
    b = [TITLE("Syndicat mixte des eaux de la Brenne-Aval", "RÈGLEMENT DE LA CONSULTATION",
               "Fourniture et livraison de produits d'entretien, d'hygiène et d'essuyage",
               "Accord-cadre à bons de commande – appel d'offres ouvert")]
    b += A("Objet et lots",
           "La consultation porte sur la fourniture de produits d'entretien et d'hygiène pour les sites du "
           "syndicat. Elle est divisée en deux lots : lot 1 – produits d'entretien des locaux ; lot 2 – produits "
           "d'hygiène et d'essuyage.")
    b += A("Montants",
           "Montant maximum sur la durée totale de l'accord-cadre : lot 1 : 120~000~€ HT ; lot 2 : 80~000~€ HT.")
    b += A("Contenu du dossier de candidature",
           ["DC1, DC2 ou DUME ;",
            "déclaration sur l'honneur relative à l'obligation d'emploi des travailleurs handicapés ;",
            "le cas échéant, certificat ISO 14001 ou équivalent (élément d'appréciation de la capacité technique)."])
    b += A("Critères d'attribution",
           "Les offres sont jugées lot par lot selon les critères pondérés suivants :")
    b += [RTAB([["Critère", "Pondération"],
                ["Prix, apprécié sur le détail quantitatif estimatif", "45 %"],
                ["Valeur technique : qualité et efficacité des produits, délais de livraison, service client", "30 %"],
                ["Performance environnementale des produits : part de produits écolabellisés, conditionnements "
                 "concentrés et recharges, réduction des emballages", "15 %"],
                ["Performance en matière d'insertion professionnelle des publics en difficulté : nombre d'heures "
                 "proposé pour la préparation des commandes, encadrement et tutorat", "10 %"]],
               widths=[5, 1], align="lr")]
    b += A("Variantes", "Les variantes ne sont pas autorisées.")
    b += A("Remise des offres", "Date limite : 3 juillet 2026 à 12~h, sur https://achats.smeba.example.")
    return DOC("d17_rc_criteres_ponderes.docx", "RC", "SMEBA – RC produits d'entretien", "Règlement de la consultation",
               b,
               L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=2, montant_max_ht=200000,
                 evidence=["Performance environnementale des produits", "Performance en matière d'insertion professionnelle des publics en difficulté",
                           "divisée en deux lots", "lot 1 : 120 000 € HT ; lot 2 : 80 000 € HT", "[somme : 200 000]"]),
               note="critères pondérés social 10 % et environnemental 15 % sans clause ; pièges L5212, ISO 14001 en capacité")


def d18():
    b = [TITLE("Université de Belcastel", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Refonte et tierce maintenance du portail web de la vie étudiante", "Marché n° UB-2026-027")]
    b += A("Objet et forme",
           "Le marché porte sur la refonte du portail de la vie étudiante puis sa maintenance pendant trois ans. "
           "Il n'est pas alloti, la refonte et la maintenance formant un ensemble indissociable. Accord-cadre "
           "mono-attributaire, montant maximum 300~000~€ HT sur toute sa durée.")
    b += A("Environnements et horaires",
           "Le titulaire livre sur l'environnement de recette de l'université. Le support est assuré les jours "
           "ouvrés de 8~h à 19~h.")
    b += A("Accessibilité numérique",
           "Le portail, les documents PDF qui y sont publiés et les vidéos produites sont conformes au référentiel "
           "général d'amélioration de l'accessibilité (RGAA) au niveau AA. Le titulaire remet un audit de "
           "conformité et la déclaration d'accessibilité avant la mise en production, puis à chaque évolution "
           "majeure. Toute non-conformité est corrigée à ses frais dans un délai d'un mois.")
    b += A("Apprentissage",
           "Le titulaire affecte à l'exécution du marché, pendant toute sa durée, au moins un apprenti ou un "
           "salarié en contrat de professionnalisation, encadré par un tuteur de l'équipe projet.")
    b += A("Égalité professionnelle",
           "Le titulaire met en œuvre, pour l'équipe affectée au marché, des actions en faveur de l'égalité "
           "professionnelle entre les femmes et les hommes (mixité de l'équipe, égalité de rémunération) et en "
           "rend compte chaque année dans le rapport d'exécution.")
    b += A("Écoconception",
           "Les pages du portail respectent le référentiel général d'écoconception de services numériques "
           "(RGESN) : poids moyen des pages inférieur à 1 Mo, images compressées, absence de lecture automatique "
           "des vidéos. Le titulaire mesure ces indicateurs à chaque version.")
    b += A("Données personnelles", "Le titulaire est sous-traitant au sens du RGPD.")
    b += A("Pénalités", "Indisponibilité du portail au-delà de 4 heures ouvrées : 150~€ HT par heure.")
    return DOC("d18_ccap_portail_rgaa.txt", "CCAP", "", "", b,
               L(clause_sociale=1, clause_environnementale=1, allotissement=0, montant_max_ht=300000,
                 evidence=["conformes au référentiel général d'amélioration de l'accessibilité (RGAA) au niveau AA",
                           "au moins un apprenti", "respectent le référentiel général d'écoconception",
                           "Il n'est pas alloti", "montant maximum 300 000 € HT"]),
               note="accessibilité des livrables, apprenti, égalité (sociale sans insertion) ; écoconception ; pièges "
                    "environnement de recette, RGPD, horaires")


def d19():
    b = [TITLE("Groupement de commandes des collèges de la Sarve", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Fourniture de papier et de petites fournitures de bureau", "Marché n° GC-2026-05")]
    b += A("Objet",
           "Le marché est divisé en deux lots : lot 1 – papier de reprographie ; lot 2 – petites fournitures de "
           "bureau. Il ne comporte pas de clause sociale.")
    b += A("Caractéristiques du papier (lot 1)",
           "Le papier A4 et A3, 80 g/m², est porteur de l'Écolabel européen ou d'un label équivalent et contient au "
           "moins 50 % de fibres recyclées. Le titulaire fournit le certificat en cours de validité avec son offre "
           "et à chaque renouvellement.")
    b += A("Petites fournitures (lot 2)",
           "Les stylos et surligneurs sont rechargeables pour au moins 60 % des références du catalogue. Les "
           "classeurs et chemises sont en carton recyclé.")
    b += A("Conditionnement et livraisons",
           "Les produits sont livrés dans des emballages cartonnés recyclables, sans suremballage plastique. Les "
           "livraisons sont regroupées une fois par mois et par collège, du lundi au vendredi entre 8~h et "
           "11~h~30. Le titulaire reprend gratuitement les cartouches et consommables usagés et les remet à une "
           "filière de recyclage.")
    b += A("Environnement de travail des agents",
           "Les livreurs déposent les colis dans le local désigné par le gestionnaire, sans encombrer "
           "l'environnement de travail des agents d'accueil.")
    return DOC("d19_cctp_fournitures_ecolabel.pdf", "CCTP", "Collèges de la Sarve – CCTP fournitures de bureau",
               "CCTP – fournitures", b,
               L(clause_environnementale=1, allotissement=1, nb_lots=2,
                 evidence=["porteur de l'Écolabel européen ou d'un label équivalent",
                           "sans suremballage plastique", "Le marché est divisé en deux lots"]),
               note="écolabel, emballages, reprise des consommables ; « ne comporte pas de clause sociale » ; environnement de travail")


def d20():
    b = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Services – procédure adaptée", "Commune de Lauzerac")]
    b += [H("Section I : Acheteur"),
          P("Commune de Lauzerac, 1 place de l'Église, 47310 Lauzerac."),
          H("Section II : Objet"),
          P("II.1.1) Intitulé : Entretien des espaces verts et des cimetières communaux."),
          P("II.1.5) Valeur totale estimée : 186~000 euros HT pour trois ans."),
          P("II.1.6) Lots : le marché est divisé en deux lots : lot 1 – espaces verts, parcs et abords des "
            "équipements ; lot 2 – entretien des cimetières."),
          P("II.2.5) Critères d'attribution : prix : 50 ; valeur technique : 40 ; performance environnementale "
            "(matériels, gestion des déchets verts) : 10."),
          H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
          P("III.1.3) Capacité technique : liste des matériels et références de moins de trois ans."),
          P("III.1.5) Marchés réservés : le lot 2 est réservé aux entreprises adaptées et aux établissements et "
            "services d'aide par le travail, en application de l'article L2113-12 du code de la commande publique. "
            "Le lot 1 n'est pas réservé."),
          P("III.2.2) Conditions particulières d'exécution : les déchets verts sont valorisés par compostage ou "
            "broyage sur place ; aucun produit phytopharmaceutique n'est utilisé ; la taille et le soufflage sont "
            "réalisés avec des matériels électriques sur batterie."),
          H("Section IV : Procédure"),
          P("IV.2.2) Date limite de réception des offres : 28 mai 2026 à 12~h."),
          H("Section VI : Renseignements complémentaires"),
          P("VI.3) Les interventions dans les cimetières ont lieu entre 7~h et 12~h, hors cérémonies.")]
    return DOC("d20_avis_espaces_verts_esat.txt", "AVIS", "", "", b,
               L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, critere_environnemental=1,
                 allotissement=1, nb_lots=2, montant_estime_ht=186000,
                 evidence=["le lot 2 est réservé aux entreprises adaptées", "L2113-12",
                           "les déchets verts sont valorisés par compostage", "performance environnementale",
                           "divisé en deux lots", "186 000 euros HT"]),
               note="lot réservé EA/ESAT ; conditions d'exécution environnementales ; critère env. 10")


def d21():
    b = [TITLE("CONTRACT NOTICE", "Services – Directive 2014/24/EU", "Ville de Marnay-les-Sources")]
    b += [H("Section I: Contracting authority"),
          P("Ville de Marnay-les-Sources, Service des sports, 2 avenue du Stade, 25440 Marnay-les-Sources, France."),
          H("Section II: Object"),
          P("II.1.1) Title: Cleaning of municipal sports facilities."),
          P("II.1.2) Main CPV code: 90910000."),
          P("II.1.4) Short description: daily cleaning of two gymnasiums, a swimming pool changing area and three "
            "club houses; periodic cleaning of glazing."),
          P("II.1.5) Estimated total value: 320~000 EUR excluding VAT."),
          P("II.1.6) Information about lots: This contract is divided into lots: no."),
          P("II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 35. Quality "
            "criterion - Name: Environmental performance (products used, water consumption) / Weighting: 15. "
            "Price - Weighting: 50."),
          H("Section III: Legal, economic, financial and technical information"),
          P("III.1.5) Information about reserved contracts: The contract is restricted to sheltered workshops "
            "and economic operators aiming at the social and professional integration of disabled or "
            "disadvantaged persons."),
          P("III.2.2) Contract performance conditions: Cleaning products shall bear the EU Ecolabel or an "
            "equivalent label. The contractor shall use pre-impregnated microfibre and dosing systems to reduce "
            "water and chemical consumption."),
          H("Section VI: Complementary information"),
          P("VI.3) Additional information: Reserved contract under Article L2113-13 of the French Public "
            "Procurement Code (structures d'insertion par l'activité économique). Cleaning takes place between "
            "6:00 and 8:30 and after 22:00.")]
    return DOC("d21_notice_en_cleaning_siae.pdf", "AVIS", "Ville de Marnay-les-Sources – Contract notice",
               "TED – Cleaning of sports facilities", b,
               L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, critere_environnemental=1,
                 allotissement=0, montant_estime_ht=320000,
                 evidence=["Reserved contract under Article L2113-13", "Cleaning products shall bear the EU Ecolabel",
                           "Environmental performance (products used, water consumption) / Weighting: 15",
                           "divided into lots: no", "320 000 EUR excluding VAT"]),
               note="réservation SIAE (article cité prime sur la case) ; écolabel en condition ; critère env. 15")


def d22():
    b = [TITLE("Régie des transports urbains de Belcastel", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Fourniture de vêtements de travail et d'équipements de haute visibilité",
               "Accord-cadre n° RTUB-2026-VT")]
    b += A("Objet et lots",
           "L'accord-cadre comprend deux lots : lot 1 – tenues des conducteurs et agents commerciaux ; lot 2 – "
           "vêtements de haute visibilité des agents de maintenance. Montants maximums sur quatre ans : lot 1 : "
           "150~000~€ HT ; lot 2 : 60~000~€ HT.")
    b += A("Conformité",
           "Les vêtements de haute visibilité sont conformes à la norme EN ISO 20471. Les tenues des conducteurs "
           "ont été choisies avec le comité social et économique pour améliorer les conditions de travail des "
           "agents de la Régie (confort thermique, ergonomie).")
    b += A("Respect des droits fondamentaux au travail dans la chaîne d'approvisionnement",
           "Le titulaire garantit que les articles livrés sont fabriqués dans le respect des huit conventions "
           "fondamentales de l'Organisation internationale du travail (travail forcé, travail des enfants, "
           "liberté syndicale, non-discrimination). Il remet dans le mois suivant la notification la liste des "
           "sites de confection et, sur demande de la Régie, le rapport d'un audit social réalisé par un tiers. "
           "Toute non-conformité donne lieu à un plan d'actions correctives sous trois mois.")
    b += A("Emballages et fin de vie",
           "Les articles sont livrés sans emballage individuel en plastique, dans des cartons recyclés. Le titulaire "
           "reprend les vêtements usagés une fois par an et les oriente vers le réemploi ou le recyclage.")
    b += A("Livraisons", "Livraison au dépôt central, du lundi au vendredi de 9~h à 16~h.")
    b += A("Obligations sociales légales",
           "Le titulaire produit les attestations prévues à l'article D8222-5 du code du travail.")
    return DOC("d22_ccap_vetements_oit.docx", "CCAP", "RTUB – CCAP vêtements de travail", "CCAP vêtements de travail",
               b,
               L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=210000,
                 evidence=["dans le respect des huit conventions fondamentales de l'Organisation internationale du travail",
                           "sans emballage individuel en plastique", "comprend deux lots",
                           "lot 1 : 150 000 € HT ; lot 2 : 60 000 € HT", "[somme : 210 000]"]),
               note="chaîne d'approvisionnement OIT ; emballages et reprise ; pièges conditions de travail des agents "
                    "de la Régie, EN ISO 20471, D8222-5")


def d23():
    b = [TITLE("Commune de Riveyrac", "ACTE D'ENGAGEMENT",
               "Construction d'une maison de santé pluriprofessionnelle – Lot n° 2 : plâtrerie, isolation",
               "Marché de travaux n° 2026-RIV-MSP")]
    b += [H("A – Objet"),
          P("Le présent acte d'engagement concerne le lot n° 2 (plâtrerie, isolation) du marché de construction de "
            "la maison de santé, qui en comporte neuf."),
          P("Marché réservé : non."),
          H("B – Identification et engagement du titulaire"),
          P("Raison sociale : SARL BÂTI-PLÂTRE OCCITAN, 7 chemin des Aires, 82100 Riveyrac."),
          P("Je m'engage, sur la base de mon offre et pour mon propre compte, à exécuter les prestations du lot n° 2 "
            "dans les conditions du CCAP et du CCTP."),
          H("C – Prix"),
          P("Montant de l'offre : 186~400,00~€ HT, soit 223~680,00~€ TTC (TVA 20 %)."),
          H("D – Engagement relatif à la clause d'insertion"),
          P("Le titulaire s'engage à réaliser, au titre de l'article 11 du CCAP, au moins 420 heures de travail "
            "confiées à des personnes éloignées de l'emploi, selon la modalité suivante :"),
          P("☐ embauche directe   ☒ mise à disposition par une entreprise de travail temporaire d'insertion   "
            "☐ sous-traitance à une structure d'insertion"),
          P("Il désigne un interlocuteur du facilitateur de la clause et transmet le relevé mensuel des heures."),
          H("E – Délai"),
          P("Le délai d'exécution du lot est de cinq mois, période de préparation comprise."),
          H("F – Déclarations"),
          P("Le titulaire atteste avoir satisfait à l'obligation d'emploi des travailleurs handicapés prévue aux "
            "articles L5212-1 à L5212-11 du code du travail. Les données du présent acte sont traitées "
            "conformément au RGPD."),
          P("Fait à Riveyrac, le ……………  Signature du titulaire")]
    return DOC("d23_ae_lot2_insertion.pdf", "AE", "Commune de Riveyrac – AE lot 2 maison de santé",
               "Acte d'engagement", b,
               L(clause_sociale=1, clause_insertion=1, heures_insertion=420, allotissement=1, nb_lots=9,
                 evidence=["au moins 420 heures de travail confiées à des personnes éloignées de l'emploi",
                           "lot n° 2 (plâtrerie, isolation) du marché de construction de la maison de santé, qui en comporte neuf"]),
               note="engagement d'insertion signé dans l'AE ; montant de l'offre (pas une estimation) ; L5212 ; "
                    "« Marché réservé : non »")


def d24():
    b = [TITLE("Communauté de communes du Val de Sorne", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Transport scolaire – Lot 4 : circuits du secteur Est")]
    b += [H("1. Objet"),
          P("Le marché de transport scolaire comprend six lots. Le présent CCTP fixe les prescriptions du lot 4 "
            "(circuits E1 à E5, 212 élèves)."),
          H("2. Horaires"),
          P("Les élèves sont déposés devant les établissements entre 8~h~05 et 8~h~20 et repris entre 16~h~35 et "
            "16~h~50 ; le mercredi, retour à 12~h~15."),
          H("3. Véhicules"),
          P("Les autocars affectés sont au minimum de norme Euro VI. À compter de la rentrée de septembre 2027, au "
            "moins 30 % du parc affecté au lot est constitué de véhicules à faibles émissions (bioGNV, électrique "
            "ou hydrogène). Le titulaire transmet chaque année le relevé des consommations de carburant et des "
            "kilomètres parcourus."),
          H("4. Conducteurs"),
          P("Les conducteurs sont titulaires du permis D, de la FIMO ou de la FCO en cours de validité, et suivent "
            "une formation à la sécurité des élèves (évacuation, port de la ceinture). Ils suivent en outre, dans "
            "les six mois suivant leur affectation, une formation à l'écoconduite."),
          H("5. Sécurité et information des familles"),
          P("Le titulaire informe sans délai la communauté de tout incident et de toute modification d'horaire."),
          H("6. Rapport annuel"),
          P("Le rapport annuel présente la fréquentation, la ponctualité et les indicateurs mentionnés aux "
            "articles 3 et 4.")]
    return DOC("d24_cctp_transport_vehicules.txt", "CCTP", "", "", b,
               L(clause_environnementale=1, allotissement=1, nb_lots=6,
                 evidence=["au moins 30 % du parc affecté au lot est constitué de véhicules à faibles émissions",
                           "une formation à l'écoconduite", "comprend six lots"]),
               note="véhicules propres et écoconduite ; pièges formation à la sécurité, horaires")


def d25():
    b = [TITLE("Commune de Bérignac", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Exploitation et maintenance des installations de chauffage, ventilation et eau chaude sanitaire",
               "Marché global de performance (article L2171-3 du code de la commande publique)")]
    b += A("Objet",
           "Le marché associe l'exploitation, la maintenance et des travaux d'amélioration des installations de "
           "chauffage de vingt bâtiments communaux, assortis d'engagements de performance mesurables.")
    b += A("Allotissement",
           "Le marché n'est pas alloti : le marché global de performance exige qu'un seul titulaire réponde des "
           "consommations.")
    b += A("Durée et montant", "Durée : huit ans. Montant estimé : 1~640~000~€ HT pour la durée totale.")
    b += A("Engagement de performance énergétique",
           "Le titulaire s'engage à réduire d'au moins 18 % les consommations d'énergie de chauffage des bâtiments "
           "par rapport à la situation de référence 2023-2025, corrigée de la rigueur climatique. Si l'objectif "
           "n'est pas atteint, il supporte 100 % du surcoût d'énergie constaté ; au-delà de l'objectif, "
           "l'économie est partagée à parts égales.")
    b += A("Conditions de confort et horaires",
           "La température de consigne est de 19 °C dans les bureaux pendant les heures d'occupation (7~h~30 – "
           "18~h~30), garantissant des conditions de travail normales aux agents communaux. Une astreinte est "
           "assurée 24~h/24.")
    b += A("Personnel",
           "Les techniciens suivent une formation à la sécurité sur les installations de gaz et détiennent "
           "l'attestation d'aptitude à la manipulation des fluides frigorigènes.")
    b += A("Assurances",
           "Le titulaire est assuré en responsabilité civile, y compris pour les atteintes à l'environnement "
           "(fuites de fioul ou de fluides).")
    b += A("Pénalités", "Interruption du chauffage au-delà de 8 heures : 250~€ par bâtiment et par jour.")
    return DOC("d25_ccap_performance_energetique.pdf", "CCAP", "Commune de Bérignac – CCAP marché global de performance",
               "CCAP – chauffage", b,
               L(clause_environnementale=1, allotissement=0, montant_estime_ht=1640000,
                 evidence=["s'engage à réduire d'au moins 18 % les consommations d'énergie de chauffage",
                           "Le marché n'est pas alloti", "Montant estimé : 1 640 000 € HT"]),
               note="engagement de performance énergétique ; pièges conditions de travail des agents communaux, "
                    "assurance atteintes à l'environnement, formation sécurité, heures")


def d26():
    b = [TITLE("SIVU de restauration scolaire du Pays de Cance", "RÈGLEMENT DE LA CONSULTATION",
               "Fourniture de denrées alimentaires pour la cuisine centrale", "Appel d'offres ouvert – 5 lots")]
    b += A("Objet et lots",
           "La consultation porte sur la fourniture de denrées alimentaires en cinq lots : lot 1 – fruits et "
           "légumes frais ; lot 2 – produits laitiers ; lot 3 – viandes ; lot 4 – épicerie ; lot 5 – surgelés.",
           "Le montant estimé est de 540~000~€ HT par an, soit 2~160~000~€ HT pour la durée totale de quatre ans.")
    b += A("Contexte",
           "Conformément à la loi EGalim, le SIVU vise 50 % de produits durables et de qualité, dont 20 % issus de "
           "l'agriculture biologique, dans l'ensemble de ses achats de denrées. Le CCAP ne comporte pas de clause "
           "sociale.")
    b += A("Candidature",
           "Le candidat produit le DC1, le DC2, l'attestation d'agrément sanitaire de ses sites et, pour "
           "information (non noté), une présentation de ses actions en faveur de l'insertion et de l'emploi des "
           "personnes handicapées.")
    b += A("Jugement des offres",
           "Les offres sont jugées lot par lot selon les critères suivants :")
    b += [RTAB([["Critère", "Pondération"],
                ["Prix", "40 %"],
                ["Qualité gustative et nutritionnelle des produits (échantillons)", "35 %"],
                ["Performance en matière de protection de l'environnement : part de produits issus de l'agriculture "
                 "biologique, réduction des emballages, distances et modes de livraison", "25 %"]],
               widths=[5, 1], align="lr"),
          P("Un critère relatif aux performances en matière d'insertion professionnelle avait été envisagé ; il "
            "n'a pas été retenu faute de main-d'œuvre affectable localement.")]
    b += A("Remise des offres", "Avant le 16 juin 2026 à 12~h, échantillons livrés entre 8~h et 10~h le 17 juin.")
    return DOC("d26_rc_denrees_critere_env.pdf", "RC", "SIVU du Pays de Cance – RC denrées alimentaires",
               "Règlement de la consultation", b,
               L(critere_environnemental=1, allotissement=1, nb_lots=5, montant_estime_ht=2160000,
                 evidence=["Performance en matière de protection de l'environnement", "en cinq lots",
                           "soit 2 160 000 € HT pour la durée totale de quatre ans"]),
               note="critère env. 25 % ; EGalim = objectif de l'acheteur ; critère insertion non retenu ; "
                    "actions d'insertion « non noté » en candidature ; « ne comporte pas de clause sociale »")


def d27():
    b = [TITLE("Ville de Lauzerac", "REGISTRE DES QUESTIONS ET RÉPONSES N° 2",
               "Construction d'un gymnase intercommunal – marché de travaux en 11 lots")]
    qr = [
        ("Question 1 (lot 1) : L'article 9 du CCAP mentionne une clause d'insertion : quel volume s'applique au "
         "lot gros œuvre ?",
         "Réponse : Le titulaire du lot 1 réalise au minimum 400 heures d'insertion au profit de personnes "
         "éloignées de l'emploi. Les autres lots n'y sont pas soumis. Le facilitateur est le PLIE du Lauzeracois."),
        ("Question 2 : La déclaration relative aux travailleurs handicapés doit-elle être fournie par chaque "
         "cotraitant ?",
         "Réponse : Oui, chaque membre du groupement remet la déclaration prévue aux articles L5212-1 et suivants "
         "du code du travail."),
        ("Question 3 : Existe-t-il un critère environnemental ?",
         "Réponse : Non. Le critère de valeur technique porte sur la méthodologie, le planning et les moyens."),
        ("Question 4 : Les bennes de tri sont-elles fournies ?",
         "Réponse : Oui. L'article 1.8 du CCTP impose le tri des déchets sur le chantier en quatre flux (inertes, "
         "bois, métaux, déchets non dangereux) ; les bennes sont à la charge du lot 1 et réparties au compte "
         "prorata."),
        ("Question 5 : Une assurance spécifique pour les atteintes à l'environnement est-elle exigée ?",
         "Réponse : Non, seule la responsabilité civile professionnelle et décennale est exigée."),
        ("Question 6 : Quels sont les horaires du chantier ?",
         "Réponse : De 7~h~30 à 17~h, sauf accord du coordonnateur SPS."),
    ]
    for q, r in qr:
        b += [P(q), P(r)]
    return DOC("d27_qr_gymnase.docx", "QR", "Ville de Lauzerac – registre des questions n° 2",
               "Questions / réponses", b,
               L(clause_sociale=1, clause_insertion=1, heures_insertion=400, clause_environnementale=1,
                 allotissement=1, nb_lots=11,
                 evidence=["Le titulaire du lot 1 réalise au minimum 400 heures d'insertion",
                           "impose le tri des déchets sur le chantier en quatre flux", "marché de travaux en 11 lots"]),
               note="réponses qui énoncent l'obligation d'insertion et de tri ; pièges L5212, critère environnemental "
                    "absent, assurance, horaires")


def d28():
    b = [TITLE("Agglomération Rives de l'Orne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Conception et impression des supports de communication institutionnelle",
               "Accord-cadre n° ARO-2026-COM")]
    b += A("Objet et lots",
           "L'accord-cadre comprend deux lots : lot 1 – conception graphique et mise en page ; lot 2 – impression et "
           "façonnage. Le magazine trimestriel « L'Écho vert de l'Orne » fait partie des supports concernés.")
    b += A("Montant", "Montant maximum sur quatre ans, tous lots confondus : 180~000~€ HT.")
    b += A("Charte et environnement graphique",
           "Le titulaire du lot 1 respecte la charte graphique et l'environnement graphique de l'agglomération "
           "(typographies, gabarits, pictogrammes).")
    b += A("Accessibilité des supports",
           "Chaque support est livré avec une version numérique accessible : PDF balisé conforme au RGAA et, pour le "
           "magazine, une version en facile à lire et à comprendre (FALC). Le titulaire vérifie les contrastes et "
           "les alternatives textuelles des images avant chaque livraison.")
    b += A("Impression responsable",
           "Le titulaire du lot 2 imprime sur papier recyclé ou certifié FSC ou PEFC, avec des encres végétales, "
           "dans un atelier titulaire de la marque Imprim'Vert ou d'une démarche équivalente. Les magazines sont "
           "livrés sans film plastique.")
    b += A("Délais et horaires", "Livraisons à l'hôtel d'agglomération entre 9~h et 12~h.")
    b += A("Données personnelles", "Les fichiers d'abonnés sont traités conformément au RGPD.")
    return DOC("d28_ccap_communication_falc.docx", "CCAP", "Agglomération Rives de l'Orne – CCAP communication",
               "CCAP – supports de communication", b,
               L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=180000,
                 evidence=["une version numérique accessible : PDF balisé conforme au RGAA",
                           "imprime sur papier recyclé ou certifié FSC ou PEFC, avec des encres végétales",
                           "comprend deux lots", "tous lots confondus : 180 000 € HT"]),
               note="accessibilité des livrables ; impression responsable ; pièges « L'Écho vert », environnement graphique, RGPD")


def d29():
    b = [TITLE("AVIS DE MARCHÉ", "Travaux – Procédure adaptée",
               "Syndicat intercommunal scolaire de la Haute-Cance")]
    b += [H("Section I : Pouvoir adjudicateur"),
          P("Syndicat intercommunal scolaire de la Haute-Cance, 5 rue des Écoles, 07520 Haute-Cance."),
          H("Section II : Objet"),
          P("II.1.1) Intitulé : Construction d'un collège de 600 élèves."),
          P("II.1.5) Valeur totale estimée : 7~800~000 euros HT."),
          P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Nombre de lots : 8."),
          P("II.2.4) Description : construction neuve conforme à la réglementation environnementale RE2020 ; "
            "terrassements, gros œuvre, charpente, couverture, menuiseries, cloisons, électricité, chauffage."),
          P("II.2.5) Critères d'attribution : prix : 50 ; valeur technique : 35 ; performances en matière "
            "d'insertion professionnelle des publics en difficulté : 15."),
          H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
          P("III.1.1) Déclarations sur l'honneur au titre des articles L5212-1 à L5212-11 du code du travail."),
          P("III.1.5) Marchés réservés : non."),
          P("III.2.2) Conditions particulières d'exécution : le marché comporte une clause sociale d'insertion "
            "(article L2112-2 du code de la commande publique) représentant au total 3~000 heures de travail, "
            "réparties entre les lots 1, 2 et 5 selon le CCAP."),
          H("Section IV : Procédure"),
          P("IV.2.2) Date limite : 30 juin 2026 à 12~h.")]
    return DOC("d29_avis_college_insertion.pdf", "AVIS", "SIS de la Haute-Cance – avis de marché collège",
               "Avis de marché", b,
               L(clause_sociale=1, clause_insertion=1, heures_insertion=3000, critere_social=1,
                 allotissement=1, nb_lots=8, montant_estime_ht=7800000,
                 evidence=["clause sociale d'insertion", "représentant au total 3 000 heures de travail",
                           "performances en matière d'insertion professionnelle des publics en difficulté : 15",
                           "Nombre de lots : 8", "7 800 000 euros HT"]),
               note="avis annonçant l'insertion (total) et critère 15 ; RE2020 = rappel légal/objet ; L5212 ; réservé : non")


def d30():
    b = [TITLE("Département de la Sarve", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Accompagnement social lié au logement (ASLL) des ménages en difficulté",
               "Marché réservé – article L2113-15 du code de la commande publique")]
    b += A("Objet",
           "Le marché porte sur des mesures d'accompagnement social lié au logement : aide à l'accès au logement, "
           "prévention des expulsions, accompagnement budgétaire et orientation vers l'emploi des ménages suivis.")
    b += A("Réservation",
           "En application de l'article L2113-15 du code de la commande publique, le présent marché, qui porte "
           "exclusivement sur des services sociaux, est réservé aux entreprises de l'économie sociale et solidaire "
           "qui poursuivent un objectif de mission de service public. Conformément à la loi, un opérateur ne peut "
           "être titulaire d'un marché réservé sur ce fondement pour le même objet dans les trois ans qui suivent.")
    b += A("Allotissement et montant",
           "Le marché n'est pas alloti. Accord-cadre à bons de commande de trois ans, montant maximum de "
           "400~000~€ HT pour la durée totale.")
    b += A("Personnel",
           "Les mesures sont réalisées par des travailleurs sociaux diplômés d'État ; chacun suit au plus 30 ménages. "
           "Les réunions de coordination se tiennent dans les locaux du Département, dont le règlement intérieur "
           "fixe les conditions de travail de ses agents.")
    b += A("Données personnelles et secret professionnel",
           "Le titulaire respecte le secret professionnel et le RGPD ; les données sont conservées cinq ans.")
    b += A("Rapport d'activité",
           "Un rapport semestriel présente le nombre de ménages accompagnés, la durée des mesures et les sorties "
           "(relogement, maintien, accès à l'emploi ou à la formation).")
    return DOC("d30_ccap_asll_ess.docx", "CCAP", "Département de la Sarve – CCAP ASLL", "CCAP – ASLL", b,
               L(marche_reserve=1, reserve_base="L2113-15", allotissement=0, montant_max_ht=400000,
                 evidence=["est réservé aux entreprises de l'économie sociale et solidaire", "L2113-15",
                           "Le marché n'est pas alloti", "montant maximum de 400 000 € HT"]),
               note="réservation ESS L2113-15 ; objet = accompagnement social (orientation vers l'emploi = objet) ; "
                    "conditions de travail du personnel ; RGPD")


DOCUMENTS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15,
             d16, d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30]


# ----------------------------------------------------------------------------- construction (adapté des lignes 2452-2611)
def build_piece(folder, p):
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


def check_articles(p):
    nums = []
    for b in number_articles(p["blocks"]):
        if b[0] in ("h", "h2"):
            m = _ART.match(b[1])
            if m:
                nums.append(int(m.group(1)))
    if nums != sorted(set(nums)):
        return ["%s : numérotation des articles %r" % (p["file"], nums)]
    return []


_CATEGORIES = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
               "clause_environnementale", "critere_environnemental")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows, problems, kinds, pages = [], [], {}, {}
    seen = set()
    for f in DOCUMENTS:
        p = f()
        if p["file"] in seen:
            problems.append("%s : nom en double" % p["file"])
        seen.add(p["file"])
        problems.extend(check_articles(p))
        n = build_piece(OUT, p)
        ext = p["file"].rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
        if n is not None:
            pages[n] = pages.get(n, 0) + 1
            if not (1 <= n <= 3):
                problems.append("%s : %d pages" % (p["file"], n))
        lab = dict(p["label"])
        txt = plain_text(p["final_blocks"])
        # le texte lu dans le fichier produit doit aussi contenir chaque preuve (TXT et DOCX)
        ftxt = None
        if ext == "txt":
            ftxt = open(os.path.join(OUT, p["file"]), encoding="utf-8").read()
        elif ext == "docx":
            dd = docx.Document(os.path.join(OUT, p["file"]))
            parts = [q.text for q in dd.paragraphs]
            for t in dd.tables:
                for r in t.rows:
                    parts.append(" ".join(c.text for c in r.cells))
            ftxt = "\n".join(parts)
        if ftxt is not None:
            ftxt = re.sub(r"\s+", " ", ftxt.replace(NB, " ").replace(NNB, " "))
        for q in lab["evidence"]:
            if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                continue
            if norm(q) not in txt:
                problems.append("%s : preuve absente : %r" % (p["file"], q))
            if ftxt is not None and norm(q) not in ftxt:
                problems.append("%s : preuve absente du fichier : %r" % (p["file"], q))
        ev = " | ".join(norm(q) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuve trop longue (%d)" % (p["file"], len(ev)))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % p["file"])
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % p["file"])
        if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % p["file"])
        if p["doc_type"] not in _DOC_TYPES:
            problems.append("%s : doc_type inconnu" % p["file"])
        row = {"path": p["file"], "doc_type": p["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    problems.extend(extra_checks(rows))
    print("contrôles : preuves présentes dans le texte logique de leur document (et dans le fichier TXT/DOCX relu) ; "
          "preuves <= 300 caractères ; PDF de 1 à 3 pages ; articles sans doublon ; clause_insertion => "
          "clause_sociale ; marche_reserve <=> reserve_base ; types et valeurs des colonnes -> %d problème(s)"
          % len(problems))
    print("%d documents (%s) ; pages des PDF : %s" % (
        len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%d p. × %d" % kv for kv in sorted(pages.items()))))
    for c in _CATEGORIES:
        print("  %-24s 1=%2d  ?=%d" % (c, sum(r[c] == "1" for r in rows), sum(r[c] == "?" for r in rows)))
    print("  %-24s 1=%2d  0=%d" % ("allotissement", sum(r["allotissement"] == "1" for r in rows),
                                   sum(r["allotissement"] == "0" for r in rows)))
    for c in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht", "reserve_base"):
        print("  %-24s renseigné=%d" % (c, sum(bool(r[c]) for r in rows)))
    pos = sum(any(r[c] == "1" for c in _CATEGORIES) for r in rows)
    print("  documents avec au moins un 1 social/environnemental : %d / %d" % (pos, len(rows)))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
