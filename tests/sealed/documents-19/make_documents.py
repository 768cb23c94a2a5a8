#!/usr/bin/env python3
"""Construit le jeu scellé documents-19 : 36 documents entiers (PDF, DOCX, TXT, XML TED et eForms) et leurs
étiquettes documents/labels.csv (schéma de /work/shared/eval/LABELS.md).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur clausecheck).
Infrastructure reprise de tests/data/blind_values_13/make_documents.py (lignes 28-664 : écriture PDF/DOCX/TXT,
tableaux reportlab, deux colonnes, césure, aides de saisie ; lignes 2433-2451 : extra_checks), avec ajouts :
sommaire paginé (deux passages), comptage des tableaux et phrases coupés par un saut de page, avis XML.
Contenu des 36 documents, contrôles sur le texte extrait et double construction : écrits pour ce jeu.

Déterministe : pas d'aléa, PDF reportlab invariant=1, DOCX zip horodaté au 2026-01-01, XML et TXT écrits tels
quels. Tous les acheteurs, lieux, SIRET, références, personnes et montants sont inventés.

Conventions de saisie : « ~ » = espace insécable ; « ^ » = espace fine insécable ; voir l'infrastructure.

Usage : /work/main/.venv/bin/python tests/sealed/documents-19/make_documents.py
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
LAYOUT_STATS = {}    # chemin PDF -> (tableaux coupés, phrases coupées par un saut de page)
SET_NAME = "documents-19"

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
        self.toc_log = []          # (titre, numéro de page) de chaque intertitre
        self.toc_entries = []      # sommaire à imprimer (second passage)
        self.table_splits = 0      # tableaux coupés par un saut de page ou de colonne
        self.page_splits = 0       # phrases coupées par un saut de page
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
        if k == "toc":
            self.y -= 8
            self.add_lines([b[1]], BOLD, 12.5)
            self.y -= 8
            entries = self.toc_entries or [("x", 0)] * b[2]
            for t, pg in entries:
                t = t if stringWidth(t, FONT, FS) < self.width - 60 else t[:70] + "…"
                self.need(LEAD + 2)
                self.y -= LEAD + 2
                self.text(self.x0 + (0 if t.startswith("Article") or t[:1].isdigit() else 14), t)
                ps = str(pg)
                tw = stringWidth(t, FONT, FS) + (0 if t.startswith("Article") or t[:1].isdigit() else 14)
                dots = "." * int((self.width - tw - stringWidth(ps, FONT, FS) - 12) / stringWidth(".", FONT, FS))
                self.text(self.x0 + tw + 6, dots)
                self.text(self.x0 + self.width - stringWidth(ps, FONT, FS), ps)
            self.new_page()
            return
        if k in ("h", "h2"):
            size = 11.5 if k == "h" else 10.5
            self.need(LEAD * 3)
            if k == "h":
                self.toc_log.append((b[1], len(self.pages)))
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
            self.page_splits += 1
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
        force = opt.get("split", False)   # tableau coupé par un saut de page même s'il tiendrait sur la page
        while True:
            avail = self.y - MB
            w, h = t.wrap(self.width, avail)
            if force and h <= avail:
                force = False
                avail = max(min(avail, h * 0.55), 60)
                h = avail + 1
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
                self.table_splits += 1
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
    ntoc = sum(1 for b in blocks if b[0] == "h")
    blocks = [("toc", b[1], ntoc) if b[0] == "toc" else b for b in blocks]
    lay = PdfLayout(header, footer, hyphen, cols)
    for b in blocks:
        lay.block(b)
    if any(b[0] == "toc" for b in blocks):
        entries = [(t, pg) for t, pg in lay.toc_log]
        assert len(entries) == ntoc
        k0 = len(CUT_LOG)
        lay2 = PdfLayout(header, footer, hyphen, cols)
        lay2.toc_entries = entries
        for b in blocks:
            lay2.block(b)
        del CUT_LOG[k0:]
        assert [p for _, p in lay2.toc_log] == [p for _, p in entries]
        lay = lay2
    LAYOUT_STATS[path] = (lay.table_splits, lay.page_splits)
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
        if k == "toc":
            d.add_paragraph(b[1], style="Heading 1")
            for t in [x[1] for x in blocks if x[0] == "h"]:
                d.add_paragraph(t)
            d.add_page_break()
            continue
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
        elif k == "toc" or k == "pagebreak":
            continue
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


# ============================================================================ jeu documents-19
# Aides propres à ce jeu : une pièce = DOC(...) ; la page de garde, le sommaire (numéros de page
# calculés en deux passages), les documents XML (écrits tels quels).

PB = ("pagebreak",)


def TOC(title="Sommaire"):
    return ("toc", title, 0)


def DOC(file, doc_type, header, footer, blocks, label, hyphen=False, cols=1, long=False, xml=None,
        traps=""):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks, label=label,
                hyphen=hyphen, cols=cols, long=long, xml=xml, traps=traps)


def flat(*parts):
    out = []
    for p in parts:
        if isinstance(p, list):
            out.extend(p)
        else:
            out.append(p)
    return out


# ----------------------------------------------------------------------------- PDF longs (5 à 8 pages)
def p01():
    hdr = "Habitat Vallée de l'Orvanne – Résidence Les Tilleuls – CCTP lot 02 Gros œuvre"
    ftr = "OPH Vallée de l'Orvanne – DCE 2026-HVO-017 – indice B du 12/03/2026"
    beton = [["Ouvrage", "Classe de résistance", "Classe d'exposition", "Observations"]]
    rows = [
        ("Semelles filantes des extensions de halls", "C25/30", "XC2", "Béton prêt à l'emploi, CEM III admis"),
        ("Longrines sous murs de refend", "C25/30", "XC2", "Armatures HA selon note de calcul BET"),
        ("Dallage des locaux vélos", "C25/30", "XC2 / XF1", "Finition talochée, joints sciés"),
        ("Voiles des sas d'entrée", "C25/30", "XC1", "Parement soigné côté hall"),
        ("Poteaux des auvents", "C30/37", "XC4 / XF1", "Coffrage métallique, arêtes chanfreinées"),
        ("Poutres des auvents", "C30/37", "XC4 / XF1", "Enrobage 35 mm minimum"),
        ("Dalles des auvents", "C30/37", "XC4 / XF1", "Pente 1,5 % vers les gargouilles"),
        ("Reprises de nez de balcons", "Mortier R4", "XC4 / XF3", "Produit de réparation certifié NF EN 1504-3"),
        ("Rechargement des sous-faces de balcons", "Mortier R3", "XC4", "Après passivation des aciers"),
        ("Massifs des garde-corps neufs", "C25/30", "XC4 / XF1", "Scellement chimique des platines"),
        ("Regards et chambres de tirage", "C25/30", "XA1", "Éléments préfabriqués acceptés"),
        ("Seuils des portes de halls", "C30/37", "XC4 / XF3", "Ressaut 2 cm maximum"),
        ("Rampes d'accès PMR", "C30/37", "XC4 / XF3", "Surface balayée antidérapante"),
        ("Bordures et caniveaux", "Préfabriqué classe T", "XF3", "Pose sur béton de calage"),
        ("Socles des bornes de recharge", "C25/30", "XC2", "Fourreaux en attente lot 07"),
        ("Calage des menuiseries du RDC", "Mortier sans retrait", "XC3", "Coordination avec le lot 04"),
        ("Murets des locaux poubelles", "C25/30", "XC4", "Parement brut de décoffrage"),
        ("Fosses des ascenseurs (sans objet)", "–", "–", "Non prévu dans la présente opération"),
        ("Bêches des escaliers extérieurs", "C30/37", "XC4 / XF3", "Nez de marche en béton lissé"),
        ("Reprises ponctuelles de planchers", "C25/30", "XC1", "Après sondage contradictoire"),
    ]
    for r in rows:
        beton.append(list(r))
    blocks = [
        TITLE("Habitat Vallée de l'Orvanne – Office public de l'habitat",
              "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Lot n° 02 – Gros œuvre, démolitions, maçonnerie",
              "Réhabilitation thermique et requalification de 48 logements",
              "Résidence Les Tilleuls – 2 à 14 rue des Vanneaux – 77 Montreuil-sur-Orvanne"),
        P("Maître d'ouvrage : Habitat Vallée de l'Orvanne, 3 place du Marché-aux-Grains, 77 Montreuil-sur-Orvanne "
          "(SIRET 278 700 412 00036)."),
        P("Maîtrise d'œuvre : Atelier Berthelot & Naïm, architectes mandataires ; BET Fluides Orvanne Ingénierie ; "
          "économiste : Cabinet Peyrolles."),
        P("Coordination SPS : Bureau Sécurité Seine-Orvanne, niveau 2. Contrôle technique : Qualiconsult Est-Parisien."),
        P("Dossier de consultation des entreprises – indice B du 12 mars 2026 – le présent document comporte "
          "une page de garde, un sommaire et quatre chapitres."),
        PB,
        TOC(),
        H("1. Généralités"),
        H2("1.1 Objet du présent cahier"),
        P("Le présent cahier des clauses techniques particulières décrit les ouvrages de gros œuvre, de "
          "démolition et de maçonnerie à réaliser dans le cadre de la réhabilitation de la résidence Les "
          "Tilleuls, ensemble de quatre bâtiments en R+3 construits en 1968 et comprenant 48 logements "
          "locatifs sociaux occupés pendant toute la durée des travaux."),
        P("L'opération est dévolue en neuf lots séparés, traités par marchés distincts : 01 Désamiantage et "
          "déplombage ; 02 Gros œuvre, démolitions, maçonnerie ; 03 Isolation thermique par l'extérieur ; 04 "
          "Menuiseries extérieures ; 05 Plâtrerie, cloisons ; 06 Plomberie, ventilation ; 07 Électricité ; 08 "
          "Peinture, revêtements de sols ; 09 VRD et espaces verts. L'entreprise du lot 02 prend connaissance "
          "des CCTP des autres lots, dont les interfaces sont rappelées au chapitre 3."),
        H2("1.2 Documents de référence"),
        P("Les ouvrages sont exécutés conformément aux normes et documents techniques unifiés en vigueur à la date "
          "de remise des offres, notamment : NF DTU 20.1 (ouvrages en maçonnerie de petits éléments), NF DTU 21 "
          "(exécution des ouvrages en béton), NF EN 206/CN, NF EN 1504 (produits de réparation des structures "
          "en béton), NF DTU 26.1 (enduits aux mortiers), ainsi qu'aux règles professionnelles applicables aux "
          "balcons et garde-corps."),
        H2("1.3 Connaissance des lieux et travaux en site occupé"),
        P("L'entrepreneur est réputé avoir visité les lieux et pris connaissance des contraintes du site : "
          "circulation des locataires, accès des véhicules de secours, stationnement résidentiel, présence "
          "d'une école maternelle rue des Vanneaux. Les travaux bruyants sont proscrits avant 8 h 00 et après "
          "17 h 30 ainsi que le mercredi après-midi à proximité de l'école. L'entreprise tient compte de "
          "l'environnement immédiat du chantier (riverains, commerces du rez-de-chaussée du bâtiment D) dans "
          "l'organisation de ses approvisionnements."),
        P("Un diagnostic amiante avant travaux et un repérage plomb sont annexés au dossier. Les zones "
          "concernées sont traitées par le lot 01 préalablement à toute intervention du lot 02 ; l'entreprise "
          "n'intervient dans ces zones qu'après remise des mesures libératoires."),
        H("2. Organisation du chantier"),
        H2("2.1 Installations de chantier"),
        P("Le lot 02 réalise et entretient pour l'ensemble des corps d'état la base vie (bureau de chantier, "
          "réfectoire, vestiaires et sanitaires raccordés), les clôtures de chantier en panneaux grillagés "
          "habillés, l'aire de stockage et le panneau de chantier. Les consommations d'eau et d'électricité "
          "sont réparties selon le compte prorata défini au CCAP."),
        H2("2.2 Hygiène, sécurité et protection de la santé"),
        P("L'entreprise remet son plan particulier de sécurité et de protection de la santé (PPSPS) au "
          "coordonnateur SPS dans les trente jours suivant la notification. Elle respecte le plan général de "
          "coordination, assure le balisage des cheminements piétons des locataires et met en œuvre les "
          "protections collectives contre les chutes de hauteur lors des travaux de balcons."),
        H2("2.3 Personnel affecté au lot"),
        P("L'entreprise désigne dès la période de préparation un conducteur de travaux et un chef de chantier "
          "présent en permanence sur le site. Elle communique au maître d'œuvre l'effectif prévisionnel par "
          "semaine et le tient à jour à chaque réunion de chantier. La liste nominative des salariés, y compris "
          "ceux des sous-traitants, est tenue à disposition du maître d'ouvrage conformément aux articles "
          "L8221-1 et suivants du code du travail relatifs à la lutte contre le travail dissimulé."),
        SPLIT("Parmi les effectifs affectés au lot, l'entreprise fait réaliser au minimum 1~260 heures de travail "
              "par des personnes éloignées de l'emploi (demandeurs d'emploi de longue durée, allocataires du RSA, "
              "jeunes de moins de 26 ans sans qualification suivis par la mission locale, travailleurs reconnus "
              "handicapés orientés par Cap emploi), qu'elle recrute directement, qui",
              "lui sont mis à disposition par une entreprise de travail temporaire d'insertion ou un groupement "
              "d'employeurs pour l'insertion et la qualification, ou qui sont salariés d'une structure d'insertion "
              "à laquelle elle sous-traite une partie des prestations. La facilitatrice de la Maison de l'emploi "
              "de l'Orvanne valide l'éligibilité des personnes, assure le suivi mensuel des heures et établit le "
              "bilan remis à la réception. Les modalités de contrôle et les pénalités figurent au CCAP."),
        H2("2.4 Déchets de chantier et nettoyage"),
        P("L'entreprise organise sur la base vie un tri des déchets en cinq flux au moins (inertes, bois, "
          "métaux, plâtre, déchets non dangereux en mélange) dans des bennes identifiées et protégées des "
          "intempéries. Les bordereaux de suivi et les justificatifs de reprise sont transmis chaque mois au "
          "maître d'œuvre. Pour les déchets non dangereux produits par le lot, l'entreprise atteint un taux de "
          "valorisation matière d'au moins 70 % en masse, justifié en fin de chantier par un récapitulatif des "
          "tonnages par filière. Le brûlage et l'enfouissement sur site sont interdits."),
        P("Les voiries et parties communes souillées par le chantier sont nettoyées chaque jour. Les "
          "démolitions de maçonnerie sont arrosées pour limiter les envols de poussières vers les logements."),
        H("3. Description des ouvrages"),
        H2("3.1 Démolitions et dépose"),
        P("Le lot comprend la démolition des auvents existants des halls, des murets de jardinières en façade "
          "sud, des souches de cheminées désaffectées en toiture-terrasse après accord du lot 03, ainsi que la "
          "dépose soignée des boîtes aux lettres, réinstallées par le lot 08. Les démolitions sont réalisées "
          "par moyens manuels ou mécaniques légers, sans emploi d'explosifs ni de brise-roche hydraulique "
          "lourd au droit des logements occupés."),
        P("Les ouvertures à créer dans les voiles porteurs (élargissement des portes de halls à 1,40 m) font "
          "l'objet d'une note de calcul et de plans d'exécution soumis au visa du maître d'œuvre et du "
          "contrôleur technique. Les étaiements provisoires restent en place jusqu'à la mise en charge des "
          "linteaux neufs."),
        H2("3.2 Maçonneries"),
        P("Les maçonneries neuves sont réalisées en blocs de béton creux de 20 cm, classe B40, hourdés au "
          "mortier bâtard. Les chaînages verticaux et horizontaux sont coulés en place. Les raccords avec les "
          "maçonneries existantes sont harpés ou liaisonnés par armatures scellées. Les percements pour "
          "l'insertion des gaines de ventilation du lot 06 sont réalisés par carottage, rebouchés au mortier "
          "coupe-feu et repérés sur les plans de réservations."),
        H2("3.3 Bétons et mortiers"),
        P("Les bétons mis en œuvre respectent les classes de résistance et d'exposition indiquées au tableau "
          "ci-dessous, sauf prescription contraire du bureau d'études structure. Les bons de livraison sont "
          "conservés et présentés sur demande."),
        RTAB(beton, widths=[3.2, 1.6, 1.6, 3.4]),
        P("Le béton fabriqué sur chantier n'est admis que pour les petits ouvrages non structurels, après "
          "accord du maître d'œuvre sur la formule."),
        H2("3.4 Réparation des balcons"),
        P("Après purge des bétons dégradés par le lot 02 et sondage contradictoire, les aciers apparents sont "
          "brossés, passivés puis recouverts d'un mortier de réparation de classe R3 ou R4 selon leur position. "
          "Les nez de balcons sont reprofilés avec goutte d'eau. Les garde-corps existants sont déposés et "
          "remplacés par des garde-corps en acier galvanisé thermolaqué fournis et posés par le lot 04 ; le lot "
          "02 réalise les massifs et les reprises de scellement."),
        H2("3.5 Ouvrages extérieurs"),
        P("Le lot réalise les rampes d'accès aux halls conformément à l'arrêté du 20 avril 2017 relatif à "
          "l'accessibilité des bâtiments d'habitation collectifs : pente de 4 % au plus, palier de repos en "
          "haut de rampe, main courante et bande d'éveil de vigilance posées par le lot 09. Les seuils "
          "présentent un ressaut de 2 cm au plus, chanfreiné."),
        H("4. Essais, contrôles et réception"),
        P("Les essais de convenance des mortiers de réparation sont réalisés sur une zone témoin d'un balcon du "
          "bâtiment A, réceptionnée par le maître d'œuvre avant généralisation. Les éprouvettes de béton sont "
          "prélevées à raison d'une série par ouvrage coulé ou par 30 m3. Les résultats sont consignés dans le "
          "dossier des ouvrages exécutés, remis en trois exemplaires papier et sous format numérique avant la "
          "réception."),
        P("Toute réserve levée fait l'objet d'un constat contradictoire. Les documents d'exécution, fiches "
          "techniques et procès-verbaux d'essais sont versés au DIUO établi par le coordonnateur SPS."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1260, clause_environnementale=1,
            allotissement=1, nb_lots=9,
            evidence=["l'entreprise fait réaliser au minimum 1~260 heures de travail par des personnes éloignées de l'emploi",
                      "un taux de valorisation matière d'au moins 70 % en masse",
                      "L'opération est dévolue en neuf lots séparés"])
    return DOC("01_CCTP_lot02_gros-oeuvre_Tilleuls.pdf", "CCTP", hdr, ftr, blocks, lab, hyphen=True, long=True,
               traps="insertion cachée dans « Personnel affecté au lot » (phrase coupée par un saut de page) ; "
                     "tri des déchets dans « Déchets de chantier » ; PPSPS, travail dissimulé, accessibilité PMR "
                     "réglementaire, « insertion des gaines », « environnement immédiat du chantier »")


def p02():
    hdr = "Département de la Haute-Sarsonne – RC – Accompagnement socioprofessionnel des allocataires du RSA"
    ftr = "Direction de l'insertion et de l'emploi – Consultation n° 26-DIE-004 – Règlement de la consultation"
    crit = [["Critère / sous-critère", "Pondération", "Éléments appréciés"],
            ["1. Prix des prestations", "40 %", "Montant du détail quantitatif estimatif non contractuel, "
             "noté selon la formule : note = 40 × (offre la plus basse / offre examinée)"],
            ["2. Valeur technique", "60 %", "Appréciée au vu du mémoire technique, selon les sous-critères ci-dessous"],
            ["2.1 Méthodologie d'accompagnement", "25 %", "Diagnostic initial, contrat d'engagement réciproque, "
             "fréquence des entretiens, outils de levée des freins périphériques"],
            ["2.2 Moyens humains", "15 %", "Qualification et expérience des conseillers en insertion "
             "professionnelle affectés au lot, taux d'encadrement (nombre de parcours par conseiller)"],
            ["2.3 Mobilisation du réseau local", "10 %", "Relations avec les employeurs, organismes de formation "
             "et acteurs de la mobilité du territoire du lot"],
            ["2.4 Accueil des participants", "5 %", "Lieux d'accueil accessibles aux personnes à mobilité réduite, "
             "permanences décentralisées dans les bourgs-centres"],
            ["2.5 Suivi et reporting", "5 %", "Qualité des tableaux de bord, délais de transmission, "
             "interopérabilité avec l'outil départemental de suivi des parcours"],
            ]
    lots = [["Lot", "Territoire d'action sociale", "Parcours estimés / an", "Maximum HT (durée totale)"],
            ["1", "Agglomération de Sarsonne-Ville", "420", "720~000 €"],
            ["2", "Val de Brize et Plateau", "280", "480~000 €"],
            ["3", "Montagne sarsonnaise", "210", "360~000 €"],
            ["4", "Piémont et vallée de la Lère", "140", "240~000 €"]]
    blocks = [
        TITLE("Département de la Haute-Sarsonne",
              "RÈGLEMENT DE LA CONSULTATION",
              "Accord-cadre à bons de commande",
              "Accompagnement socioprofessionnel renforcé des allocataires du RSA",
              "Procédure adaptée – articles L2123-1 et R2123-1 3° du code de la commande publique (services sociaux)"),
        P("Pouvoir adjudicateur : Département de la Haute-Sarsonne, Hôtel du Département, 1 cours Victor-Hugo, "
          "Sarsonne-Ville. Représentant : le Président du Conseil départemental."),
        P("Date limite de réception des offres : lundi 4 mai 2026 à 12 h 00, exclusivement sur le profil "
          "d'acheteur https://marches.hautesarsonne.example/."),
        PB,
        TOC("Table des matières"),
        H("Article 1 – Objet de la consultation"),
        P("La consultation porte sur l'accompagnement socioprofessionnel renforcé des allocataires du revenu "
          "de solidarité active (RSA) orientés par le Département vers un parcours d'insertion professionnelle. "
          "Le prestataire assure le diagnostic, l'élaboration du contrat d'engagement réciproque, "
          "l'accompagnement individuel et collectif vers l'emploi ou la formation, ainsi que le suivi dans "
          "l'emploi pendant les six premiers mois."),
        P("Les prestations relèvent des services sociaux et autres services spécifiques mentionnés à l'article "
          "R2123-1 3° du code de la commande publique. Classification CPV principale : 85312320-8 (services de "
          "conseil) ; CPV complémentaire : 79611000-0 (services de recherche d'emploi)."),
        H("Article 2 – Allotissement et montants"),
        P("L'accord-cadre est divisé en quatre lots géographiques correspondant aux territoires d'action sociale "
          "du Département. Chaque lot fait l'objet d'un accord-cadre mono-attributaire à bons de commande, "
          "conclu avec un minimum de 20 parcours par an et les maxima suivants, exprimés hors taxes pour toute "
          "la durée de l'accord-cadre, reconductions comprises :"),
        RTAB(lots, widths=[0.6, 3.2, 1.6, 2.0], align="lllr"),
        P("Le montant estimé de l'ensemble des lots est de 1~350~000 € HT pour la durée totale. Les prestations "
          "n'étant pas soumises à la TVA lorsque le titulaire en est exonéré, les candidats indiquent leur régime "
          "fiscal dans l'acte d'engagement. Un même candidat peut se voir attribuer plusieurs lots ; il n'est pas "
          "fixé de limite au nombre de lots attribués."),
        H("Article 3 – Durée et calendrier"),
        P("Chaque accord-cadre est conclu pour une période initiale de douze mois à compter du 1er septembre "
          "2026. Il est reconductible tacitement trois fois par période de douze mois, sans que sa durée totale "
          "puisse excéder quatre ans. Le titulaire qui ne souhaite pas la reconduction en informe le "
          "Département quatre mois au moins avant l'échéance."),
        H("Article 4 – Caractère de l'accord-cadre"),
        P("Le présent accord-cadre n'est pas réservé au titre des articles L2113-12 à L2113-15 du code de la "
          "commande publique : la consultation est ouverte à tout opérateur économique, quel que soit son "
          "statut. Les structures de l'économie sociale et solidaire peuvent candidater dans les conditions de "
          "droit commun, seules ou en groupement."),
        P("Il n'est pas prévu de clause d'exécution relative à l'emploi ou à l'environnement propre au "
          "présent accord-cadre, dont l'objet même est l'accompagnement vers l'emploi."),
        H("Article 5 – Contenu du dossier de consultation"),
        LST(["le présent règlement de la consultation ;",
             "l'acte d'engagement et son annexe financière (bordereau des prix unitaires) ;",
             "le cahier des clauses administratives et techniques particulières (CCATP) ;",
             "le référentiel départemental de l'accompagnement renforcé (version 2025) ;",
             "le cadre du mémoire technique et le détail quantitatif estimatif non contractuel."]),
        H("Article 6 – Conditions de participation"),
        P("Les candidats peuvent se présenter seuls ou en groupement. Le mandataire d'un groupement conjoint est "
          "solidaire. Un même opérateur ne peut être mandataire de plus d'un groupement pour un même lot."),
        P("Chaque candidat produit :"),
        LST(["la lettre de candidature (DC1) ou document équivalent, et la déclaration du candidat (DC2) ;",
             "les attestations prévues aux articles R2143-3 et suivants, dont la déclaration sur l'honneur "
             "relative au respect de l'obligation d'emploi des travailleurs handicapés mentionnée aux articles "
             "L5212-1 à L5212-11 du code du travail ;",
             "une présentation des références d'accompagnement de publics allocataires de minima sociaux au "
             "cours des trois dernières années ;",
             "les curriculum vitae anonymisés des conseillers pressentis ;",
             "le cas échéant, l'habilitation ou l'agrément dont dispose la structure."]),
        P("L'attributaire pressenti remet dans un délai de huit jours les attestations de régularité fiscale et "
          "sociale ainsi que l'attestation de vigilance de l'URSSAF prévue à l'article L8222-1 du code du travail."),
        H("Article 7 – Contenu de l'offre"),
        P("L'offre comprend, pour chaque lot : l'acte d'engagement complété, le bordereau des prix unitaires, le "
          "détail quantitatif estimatif complété et le mémoire technique établi selon le cadre fourni, limité à "
          "vingt pages par lot. Les candidats peuvent joindre tout document utile à la compréhension de leur "
          "organisation (plannings types, supports d'ateliers collectifs)."),
        SPLIT("Le candidat qui présente une offre pour plusieurs lots remet un mémoire technique distinct par "
              "lot ; les éléments communs peuvent être repris à l'identique, mais les moyens humains, les lieux "
              "d'accueil et les partenariats sont présentés territoire par territoire, afin que le Département",
              "puisse apprécier chaque offre au regard des réalités du lot concerné. Les offres incomplètes "
              "peuvent faire l'objet d'une demande de régularisation dans les conditions de l'article R2152-2."),
        H("Article 8 – Jugement des offres"),
        P("Les offres sont appréciées lot par lot au regard des critères pondérés suivants :"),
        RTAB(crit, widths=[2.6, 1.0, 4.6], align="lrl", split=True),
        P("Chaque sous-critère de la valeur technique est noté de 0 à 10 puis pondéré. L'offre classée première "
          "est celle qui obtient la note globale la plus élevée. En cas d'égalité, le Département retient "
          "l'offre dont la note de valeur technique est la plus élevée."),
        H("Article 9 – Négociation"),
        P("Le Département se réserve la possibilité de négocier avec les trois candidats les mieux classés de "
          "chaque lot. La négociation peut porter sur tous les éléments de l'offre, notamment le prix et "
          "l'organisation territoriale. Il peut également attribuer l'accord-cadre sur la base des offres "
          "initiales sans négociation."),
        H("Article 10 – Audition"),
        P("Les candidats admis à la négociation peuvent être invités à présenter leur offre lors d'une audition "
          "d'une heure, en présence de la cheffe de service Parcours d'insertion et de deux référents de "
          "territoire. L'audition ne donne lieu à aucune note distincte."),
        H("Article 11 – Attribution et mise au point"),
        P("L'attributaire dispose d'un délai de huit jours pour produire les pièces mentionnées à l'article 6. "
          "À défaut, son offre est rejetée et le candidat classé immédiatement après est sollicité. Une mise au "
          "point peut être réalisée sans remettre en cause les caractéristiques substantielles de l'offre."),
        H("Article 12 – Renseignements et recours"),
        P("Les questions sont posées sur le profil d'acheteur au plus tard dix jours avant la date limite de "
          "remise des offres. Les réponses sont publiées à l'ensemble des candidats identifiés."),
        P("Instance chargée des procédures de recours : tribunal administratif de Sarsonne-Ville, 12 rue des "
          "Carmes. Référé précontractuel jusqu'à la signature ; recours en contestation de validité dans les deux "
          "mois suivant la publication de l'avis d'attribution."),
    ]
    lab = L(allotissement=1, nb_lots=4, montant_estime_ht=1350000, montant_max_ht=1800000,
            evidence=["divisé en quatre lots géographiques",
                      "Le montant estimé de l'ensemble des lots est de 1~350~000 € HT",
                      "[maximum : 720 000 + 480 000 + 360 000 + 240 000 = 1 800 000 (tableau, durée totale)]"])
    return DOC("02_RC_accompagnement_RSA_Haute-Sarsonne.pdf", "RC", hdr, ftr, blocks, lab, long=True,
               traps="objet social (accompagnement RSA) ; « conseillers en insertion » et accessibilité des lieux "
                     "d'accueil comme qualité du service ; non réservé L2113-12 à L2113-15 ; L5212 et L8222-1 en "
                     "candidature ; maxima par lot à additionner")


def p03():
    hdr = "Val de Brenne Agglomération – CCAP – Vêtements de travail, chaussures et EPI"
    ftr = "Marché n° VBA-2026-FCS-08 – Cahier des clauses administratives particulières"
    maxi = [["Lot", "Intitulé", "Minimum HT par période", "Maximum HT par période"],
            ["1", "Vêtements de travail et haute visibilité", "8~000 €", "45~000 €"],
            ["2", "Chaussures et bottes de sécurité", "5~000 €", "30~000 €"],
            ["3", "Équipements de protection individuelle (gants, lunettes, protections auditives)", "2~000 €",
             "15~000 €"]]
    pen = [["Manquement", "Pénalité"],
           ["Retard de livraison d'une commande", "1/1000e du montant HT de la commande par jour calendaire"],
           ["Article non conforme non remplacé dans le délai", "30 € HT par article et par jour"],
           ["Absence d'essayage organisé à la date convenue", "150 € HT par séance"],
           ["Défaut de transmission de la liste des sites de fabrication", "200 € HT par semaine de retard"],
           ["Défaut de présentation des rapports d'audit demandés", "300 € HT par semaine de retard"],
           ["Non-reprise des emballages de livraison", "100 € HT par livraison concernée"],
           ["Retard de transmission du bilan annuel", "50 € HT par jour"],
           ["Marquage absent ou erroné", "15 € HT par article"],
           ["Non-respect du délai de retouche", "20 € HT par article et par jour"],
           ["Absence du correspondant à la réunion annuelle", "250 € HT"],
           ["Facture non conforme aux prix du bordereau", "Rejet de la facture, sans pénalité"],
           ["Délai de remplacement d'une taille non tenue", "25 € HT par article et par jour"],
           ["Documentation technique non fournie", "100 € HT par référence"],
           ["Livraison hors des créneaux fixés", "80 € HT par livraison"],
           ["Absence de plan d'action correctif dans le délai fixé", "500 € HT par mois de retard"]]
    blocks = [
        TITLE("Val de Brenne Agglomération",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Accords-cadres à bons de commande – fournitures courantes",
              "Fourniture de vêtements de travail, de chaussures de sécurité et d'équipements de protection "
              "individuelle pour les agents communautaires",
              "Appel d'offres ouvert – articles R2124-2 1° et R2161-2 à R2161-5 du code de la commande publique"),
        P("Acheteur : Val de Brenne Agglomération, 8 avenue de la Gare, 36 Saint-Gaultier-sur-Brenne. "
          "Direction de la commande publique et des moyens généraux."),
        P("Le présent CCAP est commun aux trois lots. Il est accepté sans modification par le titulaire, qui le "
          "paraphe et le signe ou le signe électroniquement."),
        PB,
        TOC("Sommaire"),
        H("Article 1 – Objet et forme des accords-cadres"),
        P("Les accords-cadres ont pour objet la fourniture de vêtements de travail, de chaussures et bottes de "
          "sécurité et d'équipements de protection individuelle destinés aux agents des services techniques, "
          "de la collecte, des piscines et des équipements sportifs de l'agglomération, ainsi que les "
          "prestations associées (essayages, marquage, retouches)."),
        P("Chaque lot donne lieu à un accord-cadre mono-attributaire exécuté par bons de commande, en application "
          "des articles R2162-1 à R2162-6 et R2162-13 à R2162-14 du code de la commande publique."),
        H("Article 2 – Lots, minima et maxima"),
        P("La consultation est divisée en trois lots. Pour chacun d'eux, les montants minimum et maximum "
          "ci-après s'appliquent à chaque période d'exécution, c'est-à-dire à la période initiale et à chacune "
          "des reconductions :"),
        RTAB(maxi, widths=[0.6, 4.0, 1.7, 1.7], align="llrr"),
        P("À titre indicatif, le maximum annuel tous lots confondus représente 108~000 € TTC. Les montants "
          "ci-dessus n'engagent l'agglomération qu'à hauteur des minima."),
        H("Article 3 – Pièces contractuelles"),
        P("Les pièces constitutives de chaque accord-cadre sont, par ordre de priorité décroissante : l'acte "
          "d'engagement et ses annexes ; le présent CCAP ; le cahier des clauses techniques particulières et ses "
          "fiches produits ; le cahier des clauses administratives générales applicables aux marchés publics "
          "de fournitures courantes et de services (arrêté du 30 mars 2021) ; le bordereau des prix unitaires ; "
          "l'offre technique du titulaire."),
        H("Article 4 – Durée"),
        P("Chaque accord-cadre prend effet à sa date de notification pour une période initiale d'un an. Il est "
          "reconduit tacitement par périodes d'un an, trois fois au plus, soit une durée maximale de quatre ans. "
          "La décision de non-reconduction est notifiée par l'agglomération au moins trois mois avant "
          "l'échéance ; le titulaire ne peut refuser la reconduction."),
        H("Article 5 – Bons de commande"),
        P("Les bons de commande sont émis par la direction des moyens généraux et signés par une personne "
          "habilitée. Ils précisent les références, quantités, tailles, lieu de livraison et délai. Le titulaire "
          "en accuse réception par courriel dans les deux jours ouvrés."),
        H("Article 6 – Prix"),
        P("Les prix sont unitaires, exprimés hors taxes, et comprennent le marquage aux couleurs de "
          "l'agglomération, le conditionnement, le transport et la livraison franco aux adresses indiquées. Ils "
          "sont fermes la première année puis révisés à chaque reconduction par application de l'indice des prix "
          "de production de l'industrie française pour le marché français – CPF 14.12 (vêtements de travail) "
          "pour les lots 1 et 3 et CPF 15.20 (chaussures) pour le lot 2."),
        H("Article 7 – Conditionnement et livraisons"),
        P("Les livraisons ont lieu du lundi au jeudi, de 8 h 30 à 11 h 30, au magasin central du centre technique "
          "communautaire, sauf mention contraire du bon de commande. Le délai de livraison est celui de l'offre "
          "et ne peut excéder vingt et un jours calendaires ; il est porté à trente-cinq jours pour les articles "
          "marqués nominativement."),
        P("Les articles sont livrés regroupés par agent, sans sachet plastique individuel, dans des cartons en "
          "fibres recyclées ou dans des bacs réutilisables. Les cartons, bacs, palettes et cintres sont repris "
          "par le titulaire à la livraison suivante en vue de leur réemploi ou de leur recyclage ; le nombre de "
          "contenants repris figure sur le bon de livraison. Les notices d'entretien sont remises sous forme "
          "dématérialisée, sauf celles des EPI exigées par la réglementation."),
        H("Article 8 – Essayages, dotations et retouches"),
        P("À la première commande de chaque année, le titulaire organise sur deux demi-journées une séance "
          "d'essayage au centre technique et dans chacune des trois piscines. Les retouches (ourlets, ajustement "
          "de taille) sont effectuées dans un délai de dix jours. Les articles défectueux sont repris et "
          "remplacés à ses frais."),
        H("Article 9 – Conditions de fabrication des articles textiles et des chaussures"),
        P("Pour les lots 1 et 2, le titulaire garantit que les articles livrés sont fabriqués dans le respect "
          "des conventions fondamentales de l'Organisation internationale du travail : travail forcé (n° 29 et "
          "105), liberté syndicale et négociation collective (n° 87 et 98), égalité de rémunération et non-"
          "discrimination (n° 100 et 111), âge minimum et pires formes de travail des enfants (n° 138 et 182)."),
        SPLIT("À cet effet, il communique dans le mois suivant la notification la liste des sites de confection "
              "et de montage, y compris ceux de ses fournisseurs de rang un, et présente sur demande un rapport "
              "d'audit social de moins de deux ans pour chacun d'eux, établi par un organisme indépendant. Si "
              "une non-conformité est constatée, le titulaire remet dans un délai de trois mois un plan",
              "d'action correctif et en rend compte dans le bilan annuel. La substitution d'un site de "
              "fabrication en cours d'exécution est signalée à l'agglomération au moins un mois à l'avance."),
        H("Article 10 – Vérifications et admission"),
        P("Les vérifications quantitatives sont faites à la livraison. Les vérifications qualitatives sont "
          "effectuées dans les quinze jours ; les décisions d'admission, d'ajournement, de réfaction ou de "
          "rejet sont prises dans les conditions des articles 26 à 29 du CCAG-FCS."),
        H("Article 11 – Garantie"),
        P("Les articles sont garantis douze mois à compter de leur admission contre tout défaut de fabrication, "
          "de coloris et de tenue des marquages. Les chaussures de sécurité sont garanties six mois pour les "
          "semelles."),
        H("Article 12 – Modalités de paiement"),
        P("Les factures sont déposées sur Chorus Pro. Le délai global de paiement est de trente jours. Une avance "
          "est accordée dans les conditions de l'article R2191-3 lorsque le montant minimum d'une période "
          "dépasse 50 000 € HT, ce qui n'est le cas d'aucun lot."),
        H("Article 13 – Pénalités"),
        P("Par dérogation à l'article 14 du CCAG-FCS, les pénalités suivantes s'appliquent sans mise en demeure "
          "préalable :"),
        RTAB(pen, widths=[4.6, 3.4], split=True),
        P("Les pénalités ne sont pas plafonnées. Elles sont déduites des sommes dues au titulaire."),
        H("Article 14 – Résiliation"),
        P("Les stipulations du chapitre 7 du CCAG-FCS s'appliquent. Le refus répété de communiquer la liste des "
          "sites de fabrication ou les rapports d'audit constitue une faute pouvant justifier la résiliation aux "
          "torts du titulaire, après mise en demeure restée sans effet pendant un mois."),
        H("Article 15 – Litiges"),
        P("Tout différend relève du tribunal administratif de Limoges-Brenne. Les parties recherchent au "
          "préalable une solution amiable, le cas échéant devant le comité consultatif interrégional de "
          "règlement amiable des litiges compétent."),
    ]
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=360000,
            evidence=["fabriqués dans le respect des conventions fondamentales de l'Organisation internationale du travail",
                      "sans sachet plastique individuel",
                      "repris par le titulaire à la livraison suivante en vue de leur réemploi",
                      "divisée en trois lots",
                      "[(45 000 + 30 000 + 15 000) × 4 périodes = 360 000]"])
    return DOC("03_CCAP_vetements_EPI_Val-de-Brenne.pdf", "CCAP", hdr, ftr, blocks, lab, long=True, hyphen=True,
               traps="clause OIT dans « Conditions de fabrication » ; emballages dans « Conditionnement et "
                     "livraisons » ; maxima par période à multiplier par 4 ; 108 000 € TTC ; minima")


def p04():
    hdr = "Région Hauts-Vallons – Lycée Marie-Marvingt – Restructuration de la demi-pension – RC"
    ftr = "Direction du patrimoine des lycées – Opération 2026-LMM-DP – Règlement de consultation"
    lots = [["Lot", "Désignation", "Heures d'insertion"],
            ["01", "Désamiantage – curage", "–"],
            ["02", "Gros œuvre – maçonnerie", "700 h"],
            ["03", "Charpente – couverture – bardage", "420 h"],
            ["04", "Étanchéité", "–"],
            ["05", "Menuiseries extérieures aluminium", "–"],
            ["06", "Serrurerie – métallerie", "–"],
            ["07", "Plâtrerie – isolation – faux plafonds", "175 h"],
            ["08", "Menuiseries intérieures", "–"],
            ["09", "Revêtements de sols – faïence", "–"],
            ["10", "Peinture", "–"],
            ["11", "Équipements de cuisine professionnelle", "–"],
            ["12", "Chauffage – ventilation – plomberie – électricité", "–"]]
    crit = [["Critère", "Sous-critère", "Points"],
            ["Prix", "Montant de la décomposition du prix global et forfaitaire", "50"],
            ["Valeur technique", "Méthodologie d'intervention en site occupé et planning détaillé", "15"],
            ["Valeur technique", "Moyens humains et matériels affectés au chantier", "10"],
            ["Valeur technique", "Accueil, tutorat et formation sur le chantier d'apprentis ou de jeunes en "
             "parcours de qualification (nombre de jeunes, durée, tuteur désigné)", "5"],
            ["Valeur technique", "Gestion des déchets, provenance et mode de transport des matériaux, "
             "réemploi", "10"],
            ["Délais", "Engagement sur la durée de la phase de travaux pendant les congés scolaires", "10"]]
    blocks = [
        TITLE("Région Hauts-Vallons",
              "RÈGLEMENT DE LA CONSULTATION",
              "Marchés publics de travaux – procédure adaptée (article R2123-1 1°)",
              "Restructuration et extension de la demi-pension du lycée polyvalent Marie-Marvingt",
              "Châteaubriand-sur-Loir – douze lots séparés"),
        P("Maître d'ouvrage : Région Hauts-Vallons, Hôtel de Région, 45 boulevard de la Liberté. Conduite "
          "d'opération : direction du patrimoine des lycées. Maîtrise d'œuvre : Agence Lemoine-Varennes "
          "architectes."),
        P("Date et heure limites de remise des offres : jeudi 2 avril 2026, 16 h 00."),
        PB,
        TOC("Sommaire"),
        H("1 – Objet et étendue de la consultation"),
        P("La consultation porte sur les travaux de restructuration de la cuisine et des salles de restauration "
          "du lycée Marie-Marvingt et sur l'extension de la salle à manger (320 m2 de surface de plancher), "
          "réalisés en site occupé et phasés sur deux étés."),
        P("Les travaux sont répartis en douze lots, chacun faisant l'objet d'un marché séparé :"),
        RTAB(lots, widths=[0.6, 4.4, 1.4], align="lll"),
        P("Le montant prévisionnel des travaux, tous lots confondus, est estimé à 3~150~000 € HT. L'enveloppe "
          "globale de l'opération, qui comprend en outre les études, les aléas, le mobilier et les révisions, "
          "s'élève à 4~600~000 € TTC."),
        H("2 – Conditions de la consultation"),
        H2("2.1 Procédure"),
        P("La valeur estimée des travaux étant inférieure au seuil européen, la consultation est passée selon "
          "une procédure adaptée ouverte. La Région se réserve la possibilité de négocier avec les trois "
          "candidats les mieux classés de chaque lot."),
        H2("2.2 Variantes et prestations supplémentaires éventuelles"),
        P("Les variantes à l'initiative des candidats ne sont pas autorisées. Le lot 05 comporte une "
          "prestation supplémentaire éventuelle (brise-soleil orientables en façade ouest), que les candidats "
          "sont tenus de chiffrer."),
        H2("2.3 Délais d'exécution"),
        P("Le délai global est de quatorze mois, période de préparation de deux mois comprise. Les travaux de "
          "cuisine sont impérativement réalisés entre le 6 juillet et le 28 août 2026, la restauration étant "
          "assurée pendant l'année scolaire dans une cuisine provisoire."),
        H("3 – Dossier de consultation"),
        P("Le dossier comprend le présent règlement, l'acte d'engagement, le CCAP commun à tous les lots, le "
          "CCTP et la DPGF de chaque lot, les plans, le rapport du contrôleur technique, le plan général de "
          "coordination SPS et le diagnostic amiante avant travaux."),
        H("4 – Candidature"),
        P("Le candidat produit les formulaires DC1 et DC2 ou le DUME, les attestations d'assurance décennale et "
          "de responsabilité civile, ses références de travaux de même nature et, pour les lots 02, 03 et 12, "
          "ses certificats de qualification professionnelle (Qualibat ou équivalent) ou tout moyen de preuve "
          "équivalent. Pour le lot 01, la certification amiante sous-section 3 est exigée."),
        H("5 – Action d'insertion professionnelle"),
        P("Sur le fondement de l'article L2112-2 du code de la commande publique, le titulaire de chacun des "
          "lots 02, 03 et 07 est tenu de réserver à des personnes rencontrant des difficultés sociales ou "
          "professionnelles particulières un nombre minimal d'heures de travail, indiqué dans le tableau de "
          "l'article 1, soit 700 heures pour le lot 02, 420 heures pour le lot 03 et 175 heures pour le lot 07."),
        SPLIT("Les entreprises peuvent satisfaire à cette obligation par l'embauche directe, le recours à une "
              "entreprise de travail temporaire d'insertion, à un groupement d'employeurs pour l'insertion et "
              "la qualification ou à une association intermédiaire, ou par la sous-traitance d'une partie des "
              "travaux à une entreprise d'insertion. Le guichet clauses de la Maison de l'emploi du Loir",
              "accompagne les titulaires et valide les candidatures. L'article 9 du CCAP précise les modalités "
              "de suivi et fixe une pénalité de 50 € HT par heure non réalisée."),
        H("6 – Présentation des offres"),
        P("L'offre de chaque lot comprend l'acte d'engagement, la DPGF complétée sans modification du cadre, le "
          "mémoire technique et, pour les lots concernés, la fiche d'engagement relative à l'action "
          "d'insertion. Le mémoire technique est limité à quinze pages hors annexes."),
        H("7 – Jugement des offres"),
        P("Le jugement est effectué lot par lot. Les offres sont notées sur 100 points selon les critères et "
          "sous-critères suivants :"),
        RTAB(crit, widths=[1.6, 5.0, 0.8], align="llr", split=True),
        P("Pour les lots 01, 04, 05, 06, 08, 09, 10, 11 et 12, qui ne comportent pas d'action d'insertion, le "
          "sous-critère relatif à l'accueil d'apprentis ou de jeunes en parcours de qualification est "
          "maintenu dans les mêmes conditions."),
        P("Les offres anormalement basses sont traitées selon les articles R2152-3 et R2152-4. Le candidat "
          "dont le prix paraît anormalement bas est invité à fournir toutes précisions utiles."),
        H("8 – Attribution"),
        P("Le candidat retenu produit dans un délai de cinq jours les certificats et attestations prévus aux "
          "articles R2143-6 à R2143-10. À défaut, son offre est rejetée."),
        H("9 – Renseignements complémentaires"),
        P("Une visite du site est organisée les 10 et 17 mars 2026 à 14 h 00 ; elle est vivement conseillée "
          "mais n'est pas obligatoire. Les questions sont posées sur la plateforme au plus tard six jours avant "
          "la date limite de remise des offres."),
        P("Recours : tribunal administratif d'Orléans-Vallons, dans les conditions prévues par le code de justice "
          "administrative."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1295, critere_social=1,
            critere_environnemental=1, allotissement=1, nb_lots=12, montant_estime_ht=3150000,
            evidence=["700 heures pour le lot 02, 420 heures pour le lot 03 et 175 heures pour le lot 07",
                      "[700 + 420 + 175 = 1 295]",
                      "formation sur le chantier d'apprentis",
                      "Gestion des déchets, provenance et mode de transport des matériaux",
                      "répartis en douze lots",
                      "tous lots confondus, est estimé à 3~150~000 € HT"])
    return DOC("04_RC_demi-pension_lycee_Marvingt.pdf", "RC", hdr, ftr, blocks, lab, long=True,
               traps="heures par lot à additionner ; sous-critère « apprentis » sans le mot social ; enveloppe "
                     "d'opération 4 600 000 € TTC ; Qualibat et amiante en candidature")


def p05():
    hdr = "CHU de Saint-Aurèle – Maintenance CVC et production d'eau chaude – CCTP"
    ftr = "Direction des services techniques et de la sécurité – Marché 2026-DST-031 – CCTP v2"
    inv = [["Bâtiment", "Équipement", "Qté", "Puissance / débit", "Fluide"]]
    data = [
        ("A – Médecine", "Chaudière gaz à condensation", "2", "2 × 850 kW", "–"),
        ("A – Médecine", "Centrale de traitement d'air double flux", "4", "12 000 m3/h", "–"),
        ("A – Médecine", "Groupe froid à condensation par air", "1", "420 kW", "R513A"),
        ("B – Chirurgie", "Centrale de traitement d'air bloc opératoire (ISO 5)", "6", "4 500 m3/h", "–"),
        ("B – Chirurgie", "Groupe froid à condensation par eau", "2", "610 kW", "R1234ze"),
        ("B – Chirurgie", "Tour aéroréfrigérante (circuit fermé)", "1", "1 200 kW", "–"),
        ("B – Chirurgie", "Production ECS semi-instantanée", "2", "2 × 300 kW", "–"),
        ("C – Mère-enfant", "Chaudière gaz à condensation", "2", "2 × 400 kW", "–"),
        ("C – Mère-enfant", "Centrale de traitement d'air", "3", "8 000 m3/h", "–"),
        ("C – Mère-enfant", "Ventilo-convecteurs 4 tubes", "186", "–", "–"),
        ("D – Logistique", "Pompe à chaleur air/eau", "2", "160 kW", "R32"),
        ("D – Logistique", "Chambres froides positives", "5", "–", "R744"),
        ("D – Logistique", "Chambres froides négatives", "2", "–", "R744"),
        ("E – Psychiatrie", "Chaudière gaz à condensation", "1", "280 kW", "–"),
        ("E – Psychiatrie", "Extracteurs de désenfumage", "9", "–", "–"),
        ("F – EHPAD", "Sous-station réseau de chaleur", "1", "350 kW", "–"),
        ("F – EHPAD", "Production ECS par ballons", "4", "4 × 1 500 l", "–"),
        ("Locaux techniques", "Adoucisseurs et pots d'injection", "11", "–", "–"),
        ("Locaux techniques", "Armoires de régulation GTC", "23", "–", "–"),
        ("Site", "Climatiseurs individuels (split)", "64", "2,5 à 7 kW", "R32 / R410A"),
        ("Site", "Réseau de distribution de chauffage (pompes)", "58", "–", "–"),
    ]
    for r in data:
        inv.append(list(r))
    blocks = [
        TITLE("Centre hospitalier universitaire de Saint-Aurèle",
              "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Maintenance préventive et corrective des installations de chauffage, ventilation, "
              "climatisation et production d'eau chaude sanitaire",
              "Appel d'offres ouvert européen – marché de services",
              "Version 2 – février 2026"),
        P("Établissement public de santé, 1 avenue du Professeur-Léon-Bérard, Saint-Aurèle. Direction des "
          "services techniques et de la sécurité – ingénieur responsable : M. Aurélien Castagné."),
        PB,
        TOC("Table des matières"),
        H("1. Objet et périmètre"),
        P("Le présent cahier définit les prestations de maintenance préventive, corrective et de conduite des "
          "installations de génie climatique du CHU : production et distribution de chaleur, production de "
          "froid, traitement d'air des zones à environnement maîtrisé, production d'eau chaude sanitaire et "
          "régulation associée. Le marché fait l'objet d'un lot unique, la maintenance multitechnique de ces "
          "installations ne pouvant être dissociée sans risque pour la continuité des soins."),
        P("Sont exclus du périmètre : les équipements de stérilisation, les installations de gaz médicaux, les "
          "ascenseurs et les équipements biomédicaux, qui font l'objet de marchés distincts."),
        H("2. Inventaire des installations"),
        P("L'inventaire ci-dessous est donné à titre indicatif ; le titulaire le complète lors de la visite "
          "contradictoire de prise en charge et l'intègre à la GMAO dans un délai de deux mois."),
        RTAB(inv, widths=[1.8, 3.4, 0.6, 1.6, 1.3], align="llrll", split=True),
        H("3. Organisation et personnel"),
        P("Le titulaire affecte au site une équipe permanente composée au minimum d'un chef de site, de quatre "
          "techniciens CVC dont un frigoriste titulaire de l'attestation de capacité, et d'un technicien de "
          "régulation. Une astreinte est assurée 24 h sur 24 avec intervention sur site en moins d'une heure "
          "pour les installations des blocs opératoires, de la réanimation et de la néonatologie."),
        P("Le personnel est habilité (habilitations électriques, travaux en hauteur, intervention en zones à "
          "risque infectieux) et respecte les consignes d'hygiène de l'équipe opérationnelle d'hygiène "
          "hospitalière. Les salariés de l'actuel prestataire affectés au site bénéficient, le cas échéant, des "
          "dispositions de l'article L1224-1 du code du travail et des accords de branche applicables ; la liste "
          "anonymisée figure en annexe 4."),
        H("4. Maintenance préventive"),
        P("Les gammes de maintenance préventive sont établies par le titulaire à partir des notices des "
          "constructeurs et des fiches de l'annexe 2. Elles sont validées par le CHU avant le démarrage. Les "
          "opérations réglementaires (contrôle d'étanchéité des équipements contenant des fluides frigorigènes, "
          "entretien annuel des chaudières, surveillance des tours aéroréfrigérantes) sont réalisées aux "
          "fréquences prévues par les textes."),
        P("Les fluides frigorigènes récupérés lors des interventions sont traités conformément aux articles "
          "R543-75 et suivants du code de l'environnement ; les fiches d'intervention sont versées à la GMAO."),
        P("Pour le nettoyage des batteries, des bacs de condensats et des échangeurs, le titulaire n'utilise "
          "que des produits titulaires de l'écolabel européen ou, lorsqu'aucun produit écolabellisé n'existe "
          "pour l'usage, des produits biodégradables à plus de 90 % dont la fiche de données de sécurité est "
          "transmise au CHU. Les filtres usagés des centrales de traitement d'air sont conditionnés par le "
          "titulaire et remis à une filière de valorisation matière ; le bordereau est joint au rapport "
          "mensuel."),
        H("5. Maintenance corrective et dépannage"),
        P("Le titulaire intervient dans les délais de l'annexe 3 selon la criticité de la panne. Le "
          "remplacement des pièces d'usure est inclus dans le forfait ; les pièces dont le prix unitaire "
          "dépasse 1 500 € HT font l'objet d'un devis sur la base du bordereau des prix."),
        SPLIT("Toute intervention en zone à environnement maîtrisé (blocs opératoires, salle d'isolement, "
              "pharmacie à usage intérieur) donne lieu à une autorisation écrite du cadre de santé et à un "
              "bionettoyage réalisé par le service hôtelier après l'intervention ; le titulaire en tient",
              "compte dans la planification et ne peut opposer au CHU les délais correspondants."),
        H("6. Performance énergétique"),
        P("Le titulaire assure la conduite des chaufferies et des groupes froids de manière à optimiser les "
          "consommations. Il s'engage, à conditions climatiques et d'occupation comparables, à réduire d'au "
          "moins 6 % la consommation annuelle de gaz des chaufferies A, C et E par rapport à la consommation de "
          "référence de l'annexe 5 (5 840 MWh PCS). La comparaison est faite chaque année après correction des "
          "degrés-jours unifiés."),
        P("Si l'objectif n'est pas atteint, la pénalité prévue au CCAP s'applique ; au-delà de l'objectif, "
          "l'économie constatée est partagée à parts égales entre le CHU et le titulaire. Le titulaire remet "
          "chaque trimestre un rapport de suivi énergétique et propose des actions d'amélioration (réglages de "
          "loi d'eau, réduits de nuit, récupération de chaleur sur les groupes froids)."),
        H("7. GMAO et reporting"),
        P("Le titulaire utilise la GMAO du CHU, accessible en mode web depuis l'environnement informatique de "
          "l'établissement après signature de la charte d'accès au système d'information. Chaque intervention "
          "est saisie avant la fin de la journée. Le rapport mensuel comprend le taux de réalisation du "
          "préventif, les délais d'intervention, les pannes récurrentes et les consommations."),
        H("8. Fin de marché"),
        P("Six mois avant l'échéance, le titulaire remet un état complet des installations, l'inventaire mis à "
          "jour et la base de données de la GMAO. Il participe à la passation avec le prestataire suivant "
          "pendant un mois."),
    ]
    lab = L(clause_environnementale=1, allotissement=0,
            evidence=["que des produits titulaires de l'écolabel européen",
                      "réduire d'au moins 6 % la consommation annuelle de gaz",
                      "Le marché fait l'objet d'un lot unique"])
    return DOC("05_CCTP_maintenance_CVC_CHU_Saint-Aurele.pdf", "CCTP", hdr, ftr, blocks, lab, long=True, hyphen=True,
               traps="écolabel et filtres cachés dans « Maintenance préventive » ; engagement énergétique ; fluides "
                     "frigorigènes (rappel du code de l'environnement) ; L1224-1 ; « environnement maîtrisé », "
                     "« environnement informatique » ; habilitations")


# ----------------------------------------------------------------------------- PDF courts et à deux colonnes
def p06():
    hdr = "Commune de Saint-Vrain-des-Brosses – CCP – Entretien des espaces verts et des cimetières"
    ftr = "MAPA 2026-05 – Cahier des clauses particulières valant CCAP et CCTP"
    blocks = flat(
        TITLE("Commune de Saint-Vrain-des-Brosses (Loiret)",
              "CAHIER DES CLAUSES PARTICULIÈRES",
              "Entretien des espaces verts communaux et des deux cimetières",
              "Marché de services passé selon une procédure adaptée"),
        A("Objet du marché",
          "Le marché porte sur l'entretien des espaces verts de la commune : tonte des pelouses et "
          "accotements du bourg, taille des haies et arbustes, entretien des massifs, ramassage des feuilles, "
          "désherbage des allées des cimetières du bourg et de la Motte-Brûlée. Le plan des sites et les "
          "fréquences figurent en annexe 1."),
        A("Allotissement",
          "Le marché n'est pas alloti : les sites sont contigus, entretenus par les mêmes équipes et selon un "
          "même calendrier, et leur division rendrait l'exécution plus coûteuse (article L2113-11 du code de la "
          "commande publique)."),
        A("Durée et montant",
          "Le marché est conclu pour un an à compter du 1er avril 2026 et peut être reconduit deux fois par "
          "période d'un an. Le montant estimatif du marché, pour sa durée totale de trois ans, est de 126~000 € "
          "HT. Il est traité à prix global et forfaitaire pour les prestations de l'annexe 1 et à prix unitaires "
          "pour les interventions ponctuelles."),
        A("Modalités d'exécution des prestations",
          "Aucun produit phytopharmaceutique n'est employé sur les espaces comunaux, y compris dans les "
          "cimetières. Le désherbage est mécanique, thermique à eau chaude ou manuel.",
          "Les tontes des prairies fleuries de la Motte-Brûlée sont tardives (après le 15 juillet). Les "
          "déchets de taille sont broyés sur place et réutilisés en paillage des massifs ; les tontes sont "
          "laissées au sol (mulching) ou apportées à la plateforme de compostage de la communauté de "
          "communes, à l'exclusion de toute autre destination. Les souffleurs, taille-haies et débroussailleuses "
          "portatives utilisés dans le bourg sont à batterie."),
        A("Personnel et encadrement",
          "Le titulaire désigne un chef d'équipe, interlocuteur unique du responsable des services techniques. "
          "Les agents portent une tenue identifiable et les équipements de protection individuelle adaptés.",
          "Le titulaire fait exécuter une partie des heures de main-d'œuvre du marché par des personnes "
          "rencontrant des difficultés sociales ou professionnelles (chômeurs de longue durée, bénéficiaires de "
          "minima sociaux, jeunes suivis par la mission locale, personnes reconnues handicapées). Le volume "
          "minimal est de 350~heures sur la durée totale du marché ; il est porté au nombre d'heures proposé "
          "dans l'offre lorsque celui-ci est supérieur. Le titulaire peut recourir à l'embauche directe, à la "
          "mise à disposition par une association intermédiaire ou à la sous-traitance à un chantier "
          "d'insertion. Un état des heures réalisées est joint à chaque facture trimestrielle."),
        A("Critères d'attribution",
          "Le marché est attribué à l'offre économiquement la plus avantageuse appréciée selon les critères "
          "suivants :",
          ["prix des prestations (montant total sur trois ans) : 55 % ;",
           "méthodologie, moyens matériels et organisation des équipes : 30 % ;",
           "nombre d'heures de travail confiées à des personnes éloignées de l'emploi au-delà du minimum de "
           "350 heures : 15 % (la note maximale est attribuée à l'offre proposant le plus d'heures)."]),
        A("Prix et règlement",
          "Les prix sont fermes la première année puis révisés à chaque reconduction selon l'indice ICHT-E. "
          "Les factures sont trimestrielles et déposées sur Chorus Pro ; le délai de paiement est de trente "
          "jours."),
        A("Pénalités",
          "En cas de non-exécution d'une prestation planifiée, une pénalité de 100 € HT par jour de retard est "
          "appliquée après mise en demeure. En cas de non-réalisation des heures prévues à l'article 5, une "
          "pénalité de 25 € HT par heure manquante est appliquée lors du solde de chaque période."),
        A("Résiliation et litiges",
          "Le CCAG des marchés de fournitures courantes et de services s'applique pour tout ce qui n'est pas "
          "prévu au présent cahier. Les litiges relèvent du tribunal administratif d'Orléans."),
        [P("Lu et accepté par le titulaire, à ………………, le ………………")],
    )
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=350, critere_social=1, clause_environnementale=1,
            allotissement=0, montant_estime_ht=126000,
            evidence=["Le volume minimal est de 350~heures sur la durée totale du marché",
                      "nombre d'heures de travail confiées à des personnes éloignées de l'emploi au-delà du minimum",
                      "Les déchets de taille sont broyés sur place et réutilisés en paillage",
                      "Le marché n'est pas alloti",
                      "est de 126~000 € HT"])
    return DOC("06_CCP_espaces_verts_Saint-Vrain.pdf", "CCAP", hdr, ftr, blocks, lab, cols=2, hyphen=True,
               traps="CCP de MAPA à deux colonnes, césure ; zéro phyto (loi) à côté d'exigences qui vont au-delà ; "
                     "insertion dans « Personnel et encadrement » ; critère sans le mot social")


def p07():
    hdr = "SDIS de la Haute-Bresle – Règlement de la consultation – Pneumatiques"
    ftr = "Groupement des services techniques – Consultation 2026-GST-11"
    blocks = flat(
        TITLE("Service départemental d'incendie et de secours de la Haute-Bresle",
              "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture de pneumatiques, montage, équilibrage et dépannage des véhicules du SDIS",
              "Appel d'offres ouvert – accords-cadres à bons de commande"),
        A("Objet",
          "La consultation porte sur la fourniture de pneumatiques neufs pour les véhicules du SDIS ainsi que "
          "sur les prestations associées de montage, d'équilibrage, de géométrie et de dépannage sur site ou "
          "en atelier."),
        A("Lots et montants",
          "La consultation comprend deux lots :",
          ["lot 1 – véhicules légers et utilitaires : montant maximum annuel de 30~000 € HT ;",
           "lot 2 – poids lourds, engins d'incendie et remorques : montant maximum annuel de 55~000 € HT."],
          "Les accords-cadres sont conclus sans montant minimum. Ils sont passés pour une durée d'un an à "
          "compter de leur notification et reconductibles tacitement deux fois pour la même durée. Les montants "
          "maximum annuels s'appliquent à chaque période."),
        A("Caractère de la consultation",
          "La consultation n'est pas réservée. Aucune variante n'est autorisée. Les candidats peuvent "
          "soumisionner pour un ou pour les deux lots."),
        A("Pièces de la candidature",
          ["les formulaires DC1 et DC2 ou le DUME ;",
           "la déclaration sur l'honneur attestant que le candidat ne relève d'aucune interdiction de "
           "soumissionner et qu'il satisfait à l'obligation d'emploi des travailleurs handicapés ;",
           "la liste des ateliers de montage situés à moins de 40 km des centres de secours principaux ;",
           "un certificat ISO 14001 ou équivalent pour l'atelier principal, ou tout document décrivant le "
           "système de management environnemental de l'atelier ;",
           "les références de fournitures similaires des trois dernières années."]),
        A("Reprise des pneumatiques usagés",
          "Le titulaire reprend les pneumatiques usagés dans les conditions prévues par les articles R543-137 "
          "et suivants du code de l'environnement relatifs à la gestion des déchets de pneumatiques. Cette "
          "obligation légale n'appelle aucune proposition particulière des candidats."),
        A("Jugement des offres",
          "Les offres sont jugées lot par lot selon les critères suivants :",
          ["prix, apprécié sur le détail quantitatif estimatif : 60 % ;",
           "délai d'intervention pour un dépannage sur site : 25 % ;",
           "qualité du service de montage (équipements de l'atelier, créneaux proposés) : 15 %."]),
        A("Remise des offres",
          "Les offres sont transmises par voie électronique sur le profil d'acheteur du SDIS avant le 27 mars "
          "2026 à 12 h 00. La copie de sauvegarde est admise dans les conditions de l'arrêté du 22 mars 2019."),
        A("Recours",
          "Tribunal administratif d'Amiens-Bresle, 14 rue Lemerchier. Le référé précontractuel peut être "
          "introduit jusqu'à la signature des accords-cadres."),
    )
    lab = L(allotissement=1, nb_lots=2, montant_max_ht=255000,
            evidence=["La consultation comprend deux lots",
                      "montant maximum annuel de 30~000 € HT", "montant maximum annuel de 55~000 € HT",
                      "reconductibles tacitement deux fois",
                      "[(30 000 + 55 000) × 3 périodes = 255 000]"])
    return DOC("07_RC_pneumatiques_SDIS_Haute-Bresle.pdf", "RC", hdr, ftr, blocks, lab, cols=2,
               traps="ISO 14001 en candidature ; reprise des pneus usagés = rappel légal ; « n'est pas réservée » ; "
                     "L5212 ; maxima annuels × 3 périodes")


def p08():
    hdr = "L'Écho de l'Orvanne – Annonces légales et officielles – édition du 6 mars 2026"
    ftr = "L'Écho de l'Orvanne – habilité à publier les annonces légales – page annonces marchés publics"
    blocks = [
        TITLE("ANNONCES LÉGALES", "AVIS D'APPEL PUBLIC À LA CONCURRENCE",
              "SEM Orvanne Aménagement – ZAC des Prés-Saint-Jean"),
        H("Identification de l'acheteur"),
        P("SEM Orvanne Aménagement, agissant au nom et pour le compte de la Communauté d'agglomération de "
          "l'Orvanne en qualité de concessionnaire d'aménagement, 12 quai des Tanneurs, 77 Montreuil-sur-Orvanne. "
          "SIRET 412 655 870 00028. Contact : service marchés, marches@orvanne-amenagement.example."),
        H("Objet"),
        P("Travaux d'aménagement des espaces publics de la tranche 2 de la ZAC des Prés-Saint-Jean : voirie, "
          "réseaux, éclairage public et plantations."),
        H("Procédure"),
        P("Procédure adaptée ouverte (articles L2123-1 et R2123-1 1° du code de la commande publique). "
          "Valeur estimée hors TVA : 1~840~000 euros."),
        H("Allotissement"),
        P("Le marché est divisé en 3 lots :"),
        LST(["lot 1 – terrassements, voirie, assainissement pluvial ;",
             "lot 2 – réseaux secs et éclairage public ;",
             "lot 3 – plantations, engazonnement et entretien pendant deux ans."]),
        H("Marché réservé"),
        P("Le lot 3 est réservé, en application de l'article L2113-13 du code de la commande publique, aux "
          "structures d'insertion par l'activité économique mentionnées à l'article L5132-4 du code du travail "
          "et aux structures équivalentes. Les lots 1 et 2 ne sont pas réservés."),
        H("Conditions particulières d'exécution"),
        P("Les lots 1 et 2 comportent une clause d'insertion : les titulaires réservent 910 heures (lot 1) et "
          "455 heures (lot 2) de travail à des personnes éloignées de l'emploi, avec l'appui du facilitateur du "
          "PLIE de l'Orvanne."),
        H("Critères d'attribution"),
        P("Prix : 60 % ; valeur technique appréciée au vu du mémoire : 40 %."),
        H("Conditions de participation"),
        P("Références de travaux similaires, attestations d'assurance, certificats de qualification ou "
          "équivalent. Les candidats au lot 3 justifient de leur conventionnement par l'État en qualité de "
          "structure d'insertion."),
        H("Délais"),
        P("Date limite de réception des offres : 3 avril 2026 à 12 h 00. Durée prévisionnelle des travaux : huit "
          "mois à compter de l'ordre de service, hors période d'entretien des plantations."),
        H("Renseignements"),
        P("Dossier téléchargeable gratuitement sur le profil d'acheteur. Visite facultative le 18 mars 2026. "
          "Instance de recours : tribunal administratif de Melun."),
        H("Date d'envoi à la publication"),
        P("2 mars 2026."),
        H("Autres annonces"),
        P("Commune de Champcueil-sur-Orvanne – Avis de mise à disposition du public du projet de modification "
          "simplifiée n° 2 du plan local d'urbanisme du 16 mars au 17 avril 2026, en mairie, aux heures "
          "d'ouverture au public."),
        P("Société Civile Immobilière des Vanneaux au capital de 1 000 euros – Avis de dissolution anticipée "
          "décidée par l'assemblée du 20 février 2026 ; liquidateur : M. Hervé Granger."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1365, marche_reserve=1, reserve_base="L2113-13",
            allotissement=1, nb_lots=3, montant_estime_ht=1840000,
            evidence=["les titulaires réservent 910 heures (lot 1) et 455 heures (lot 2)", "[910 + 455 = 1 365]",
                      "Le lot 3 est réservé, en application de l'article L2113-13",
                      "Le marché est divisé en 3 lots",
                      "Valeur estimée hors TVA : 1~840~000 euros"])
    return DOC("08_AVIS_JAL_ZAC_Pres-Saint-Jean.pdf", "AVIS", hdr, ftr, blocks, lab, cols=2, hyphen=True,
               traps="page de journal à deux colonnes avec d'autres annonces ; un seul lot réservé ; heures par lot")


def p09():
    hdr = "Université Rhône-Cévennes – Acte d'engagement – Nettoyage des locaux – Lot 2"
    ftr = "Direction des achats et de la logistique – Marché URC-2026-NET – AE lot 2"
    blocks = [
        TITLE("Université Rhône-Cévennes", "ACTE D'ENGAGEMENT",
              "Accord-cadre à bons de commande – Prestations de nettoyage et d'hygiène des locaux",
              "Lot n° 2 – Campus de la Doua-Sud"),
        H("A – Objet de l'acte d'engagement"),
        P("Les prestations de nettoyage des locaux de l'université font l'objet de trois lots : lot 1 – campus "
          "Porte-des-Alpes ; lot 2 – campus de la Doua-Sud ; lot 3 – sites délocalisés de Valence et Privas. Le "
          "présent acte d'engagement concerne le lot n° 2."),
        P("Procédure : appel d'offres ouvert, articles L2124-2, R2124-2 1° et R2161-2 à R2161-5 du code de la "
          "commande publique. Accord-cadre mono-attributaire exécuté par bons de commande."),
        H("B – Engagement du titulaire ou du groupement titulaire"),
        P("Après avoir pris connaissance des pièces constitutives de l'accord-cadre, le signataire s'engage, sur "
          "la base de son offre et pour son propre compte [ ] / pour le compte de la société [ ] / en qualité de "
          "mandataire du groupement [ ], à exécuter les prestations dans les conditions ci-après."),
        P("Nom, prénom et qualité du signataire : ……………………………………"),
        P("Raison sociale, adresse, SIRET : ……………………………………"),
        H("C – Montant de l'accord-cadre"),
        P("L'accord-cadre est conclu sans montant minimum et avec un montant maximum de 640~000 € HT sur sa "
          "durée totale de quatre ans. Les prestations sont rémunérées par application des prix du bordereau "
          "des prix unitaires et du forfait mensuel d'entretien courant."),
        P("Forfait mensuel d'entretien courant : ………… € HT, soit ………… € TTC (TVA 20 %)."),
        H("D – Durée"),
        P("L'accord-cadre est conclu pour une durée ferme de quatre ans à compter du 1er septembre 2026."),
        H("E – Reprise du personnel"),
        P("Le titulaire reprend le personnel affecté au site dans les conditions de l'accord du 5 mars 2002 "
          "annexé à la convention collective nationale des entreprises de propreté (annexe 7) ; la liste "
          "transmise par le prestataire sortant figure en annexe 2 du CCAP."),
        H("F – Engagement relatif à l'insertion professionnelle"),
        P("Le titulaire s'engage à réaliser 1~500 heures de travail au bénéfice de personnes éloignées de "
          "l'emploi sur la durée de l'accord-cadre, selon les modalités de l'article 11 du CCAP, et à "
          "transmettre chaque semestre l'état des heures réalisées au guichet clauses de la Métropole."),
        P("Modalité retenue (cocher) : [ ] embauche directe   [ ] mise à disposition par une ETTI ou un GEIQ   "
          "[ ] sous-traitance à une entreprise d'insertion   [ ] combinaison de ces modalités"),
        H("G – Paiement"),
        P("L'université se libère des sommes dues par virement sur le compte suivant : IBAN ……………… "
          "BIC ………………. Avance : je renonce au bénéfice de l'avance [ ] oui [ ] non."),
        H("H – Signature"),
        P("Fait en un seul original, à …………………, le ………………… Signature électronique du candidat."),
        P("Acceptation de l'offre par le pouvoir adjudicateur : le président de l'université, par délégation, "
          "le directeur général des services."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1500, allotissement=1, nb_lots=3,
            montant_max_ht=640000,
            evidence=["Le titulaire s'engage à réaliser 1~500 heures de travail au bénéfice de personnes éloignées de l'emploi",
                      "font l'objet de trois lots", "montant maximum de 640~000 € HT sur sa durée totale"])
    return DOC("09_AE_nettoyage_lot2_Rhone-Cevennes.pdf", "AE", hdr, ftr, blocks, lab,
               traps="reprise du personnel annexe 7 propreté (non sociale) ; AE lot 2 d'un accord-cadre en 3 lots ; "
                     "TTC à remplir")


def p10():
    hdr = "Syndicat mixte Val d'Aure Environnement – BPU lot 1 – Collecte des déchets ménagers"
    ftr = "SMVAE – Marché 2026-COL-01 – Bordereau des prix unitaires – lot 1"
    bpu = [["N°", "Désignation de la prestation", "Unité", "Prix unitaire HT (€)"],
           ["1.01", "Collecte en porte-à-porte des ordures ménagères résiduelles – zone urbaine C1", "tonne", ""],
           ["1.02", "Collecte en porte-à-porte des ordures ménagères résiduelles – zone rurale C0,5", "tonne", ""],
           ["1.03", "Collecte en porte-à-porte des emballages ménagers et papiers (bac jaune)", "tonne", ""],
           ["1.04", "Collecte des points d'apport volontaire verre (colonnes aériennes)", "levée", ""],
           ["1.05", "Collecte des colonnes enterrées (OMR et emballages)", "levée", ""],
           ["1.06", "Lavage des bacs roulants de 120 à 770 litres", "bac", ""],
           ["1.07", "Lavage intérieur et extérieur d'une colonne d'apport volontaire", "colonne", ""],
           ["1.08", "Collecte des cartons des professionnels du centre-bourg", "tournée", ""],
           ["1.09", "Collecte supplémentaire en période estivale (campings)", "tournée", ""],
           ["1.10", "Transport des emballages collectés vers le centre de tri de Lannemezan-Aure", "tonne", ""],
           ["1.11", "Mise à disposition d'un véhicule avec chauffeur pour collecte exceptionnelle", "heure", ""],
           ["1.12", "Fourniture et livraison d'un bac roulant de 240 litres", "unité", ""],
           ["1.13", "Remplacement d'une cuve ou d'un couvercle de bac", "unité", ""],
           ["1.14", "Retour en collecte suite à oubli imputable au titulaire", "intervention", "0,00"]]
    blocks = [
        TITLE("Syndicat mixte Val d'Aure Environnement", "BORDEREAU DES PRIX UNITAIRES",
              "Collecte des déchets ménagers et assimilés – Lot n° 1 : collecte en porte-à-porte et en apport "
              "volontaire"),
        P("Le marché de collecte est alloti en 2 lots : lot 1 – collecte des déchets ménagers ; lot 2 – "
          "exploitation des déchèteries et transport des bennes. Le présent bordereau concerne le lot 1."),
        P("Les prix sont exprimés en euros hors taxes, révisables selon la formule du CCAP. Ils comprenent "
          "l'ensemble des sujétions d'exécution décrites au CCTP, notamment le respect des règles de sécurité "
          "de la recommandation R437 de la CNAMTS, les moyens humains et matériels et le pesage des véhicules."),
        RTAB(bpu, widths=[0.6, 5.0, 1.0, 1.4], align="lllr"),
        P("Le candidat complète toutes les lignes. Une ligne non renseignée rend l'offre irrégulière. Les "
          "quantités indicatives figurent au détail quantitatif estimatif, non contractuel, servant au "
          "jugement des offres."),
        P("Cachet et signature du candidat : ……………………………"),
    ]
    lab = L(allotissement=1, nb_lots=2, evidence=["alloti en 2 lots"])
    return DOC("10_BPU_collecte_lot1_Val-d-Aure.pdf", "BPU", hdr, ftr, blocks, lab,
               traps="objet environnemental (collecte, tri) ; « Environnement » dans le nom de l'acheteur ; R437")


def p11():
    hdr = "Communauté de communes des Coteaux du Lizon – CCAP – Transport d'élèves en situation de handicap"
    ftr = "CCCL – Marché 2026-TR-02 – CCAP – 6 lots"
    blocks = flat(
        TITLE("Communauté de communes des Coteaux du Lizon",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Transport d'élèves et d'étudiants en situation de handicap vers leurs établissements",
              "Appel d'offres ouvert"),
        A("Objet et allotissement",
          "Le marché a pour objet le transport quotidien, entre leur domicile et leur établissement, des élèves "
          "et étudiants en situation de handicap dont la prise en charge a été décidée par la Communauté de "
          "communes, autorité organisatrice de second rang.",
          "Il est alloti en 6 lots correspondant chacun à un circuit (lots 1 à 6 : circuits de Lizon-Nord, "
          "Lizon-Sud, Vaux, Champagnole-la-Côte, Saint-Lothain et Arbois-Plaine)."),
        A("Durée et valeur estimée",
          "Chaque marché est conclu pour l'année scolaire 2026-2027 et reconductible trois fois. La valeur "
          "estimée de l'ensemble des lots, pour la durée totale du marché reconductions comprises, est de "
          "1~120~000 € HT, soit environ 280~000 € HT par année scolaire."),
        A("Véhicules",
          "Les véhicules sont conformes à la réglementation du transport routier de personnes et font l'objet "
          "d'un contrôle technique à jour. Pour les élèves utilisant un fauteuil roulant, le véhicule est "
          "équipé d'une rampe ou d'un hayon élévateur et de systèmes d'ancrage homologués ; la liste des élèves "
          "concernés figure à l'annexe du lot."),
        A("Conducteurs et accompagnateurs",
          "Le titulaire affecte à chaque circuit un conducteur titulaire et un suppléant, identifiés auprès des "
          "familles. Les conducteurs suivent avant la rentrée une formation à l'accueil d'enfants en situation "
          "de handicap et aux gestes de premiers secours, dispensée par un organisme de leur choix. Lorsque "
          "l'annexe du lot le prévoit, un accompagnateur est présent à bord.",
          "Le titulaire produit tous les six mois les attestations prévues aux articles L8222-1 et D8222-5 du "
          "code du travail. Les conducteurs détachés par une entreprise établie hors de France sont soumis aux "
          "articles L1262-1 et suivants du même code."),
        A("Qualité du service",
          "Le temps de trajet d'un élève ne dépasse pas quarante-cinq minutes. Tout retard de plus de dix "
          "minutes est signalé à l'établissement et à la famille. Le titulaire tient un registre des incidents "
          "transmis chaque mois."),
        A("Prix et paiement",
          "Les prestations sont rémunérées par un prix journalier par circuit, révisé chaque année selon "
          "l'indice CNR transport de voyageurs. Le paiement intervient dans un délai de trente jours."),
        A("Pénalités",
          "Absence de service : 300 € par circuit non assuré. Retard supérieur à quinze minutes : 50 € par "
          "retard. Conducteur non formé ou non déclaré : 200 € par jour."),
    )
    lab = L(allotissement=1, nb_lots=6, montant_estime_ht=1120000,
            evidence=["Il est alloti en 6 lots", "La valeur estimée de l'ensemble des lots",
                      "est de 1~120~000 € HT"])
    return DOC("11_CCAP_transport_eleves_handicapes_Lizon.pdf", "CCAP", hdr, ftr, blocks, lab, hyphen=True,
               traps="objet social (élèves handicapés) ; accessibilité des véhicules et formation des conducteurs = "
                     "le service ; L8222-1 et détachement ; 280 000 € HT par an")


def p12():
    hdr = "Département du Val-de-Cèze – CCTP – AMO schéma départemental de l'autonomie 2027-2031"
    ftr = "Direction de l'autonomie – Marché de prestations intellectuelles 2026-AUT-03"
    blocks = [
        TITLE("Département du Val-de-Cèze", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Assistance à maîtrise d'ouvrage pour l'élaboration du schéma départemental de l'autonomie "
              "des personnes âgées et des personnes handicapées 2027-2031"),
        H("1. Contexte"),
        P("Le schéma départemental de l'autonomie 2021-2025 arrive à échéance. Le Département souhaite se faire "
          "accompagner pour évaluer le schéma précédent, établir un diagnostic partagé de l'offre "
          "d'accompagnement et d'hébergement et construire, avec les usagers et leurs représentants, le schéma "
          "2027-2031. La présente consultation ne fait pas l'objet d'un allotissement, les trois phases de la "
          "mission étant étroitement liées."),
        H("2. Contenu de la mission"),
        H2("2.1 Phase 1 – Évaluation du schéma 2021-2025"),
        P("Le titulaire analyse la mise en œuvre des 38 actions du schéma, à partir des bilans annuels, des "
          "données de la MDPH et des entretiens avec les services. Il apprécie notamment les effets des actions "
          "relatives au maintien à domicile, à l'habitat inclusif et à l'insertion professionnelle des "
          "personnes handicapées."),
        H2("2.2 Phase 2 – Diagnostic"),
        P("Le diagnostic décrit l'environnement institutionnel et démographique du Département : vieillissement "
          "par bassin de vie, taux d'équipement en EHPAD, services autonomie à domicile, établissements et "
          "services pour adultes handicapés, accessibilité des transports et des services publics. Il s'appuie "
          "sur au moins six ateliers territoriaux ouverts aux usagers, organisés dans des salles accessibles "
          "aux personnes à mobilité réduite, avec interprétation en langue des signes sur demande."),
        H2("2.3 Phase 3 – Élaboration du schéma"),
        P("Le titulaire propose des orientations, anime quatre groupes de travail et rédige le schéma, ses fiches "
          "actions et ses indicateurs de suivi, dans une version intégrale et une version en facile à lire et à "
          "comprendre (FALC)."),
        H("3. Organisation et livrables"),
        P("Un comité de pilotage présidé par la vice-présidente chargée de l'autonomie valide chaque phase. Les "
          "livrables sont remis sous format modifiable. Le Département rappelle qu'il a adopté en 2024 une "
          "charte des achats responsables ; cette charte présente ses orientations générales et ne crée aucune "
          "obligation pour le titulaire du présent marché."),
        H("4. Calendrier"),
        P("La mission débute à la notification et s'achève par le vote du schéma en séance plénière, prévu en "
          "juin 2027. Phase 1 : trois mois ; phase 2 : quatre mois ; phase 3 : cinq mois."),
        H("5. Équipe"),
        P("L'équipe proposée comprend au moins un consultant senior ayant conduit deux schémas "
          "départementaux de l'autonomie et un chargé d'études maîtrisant l'analyse statistique. Tout "
          "changement de membre de l'équipe est soumis à l'accord préalable du Département."),
    ]
    lab = L(allotissement=0, evidence=["ne fait pas l'objet d'un allotissement"])
    return DOC("12_CCTP_AMO_schema_autonomie_Val-de-Ceze.pdf", "CCTP", hdr, ftr, blocks, lab,
               traps="objet social (personnes âgées, handicap) ; « insertion professionnelle » comme thème étudié ; "
                     "accessibilité des ateliers ; « environnement institutionnel » ; charte sans obligation")


def p13():
    hdr = "CCAS de Villeneuve-sur-Aulne – RC – Portage de repas à domicile"
    ftr = "Centre communal d'action sociale – Consultation 2026-CCAS-01"
    blocks = flat(
        TITLE("Centre communal d'action sociale de Villeneuve-sur-Aulne", "RÈGLEMENT DE CONSULTATION",
              "Confection et livraison de repas à domicile pour les personnes âgées et les personnes en "
              "situation de handicap"),
        A("Objet",
          "Le marché porte sur la confection et la livraison en liaison froide, six jours sur sept, de repas "
          "destinés aux bénéficiaires du service de portage du CCAS (environ 140 repas par jour), ainsi que sur "
          "la préparation des repas des jours fériés."),
        A("Procédure et forme",
          "Procédure adaptée en application de l'article R2123-1 3° du code de la commande publique. Le marché "
          "n'est pas alloti. Il est conclu pour un an, reconductible deux fois. Le montant estimatif annuel est "
          "de 95~000 € HT, soit une valeur estimée de 285~000 € HT sur la durée maximale du marché."),
        A("Marché réservé",
          "En application de l'article L2113-15 du code de la commande publique, le marché est réservé aux "
          "entreprises de l'économie sociale et solidaire au sens de l'article 1er de la loi n° 2014-856 du "
          "31 juillet 2014, qui poursuivent un objectif d'utilité sociale lié à la prestation. Les candidats "
          "justifient de leur statut."),
        A("Critères de jugement",
          "Les offres sont classées selon les critères pondérés suivants :",
          ["qualité gustative et nutritionnelle des menus, adaptation aux régimes (dossier de menus sur quatre "
           "semaines) : 45 % ;",
           "prix du repas livré : 40 % ;",
           "approvisionnement en produits de saison issus de circuits courts et mesures de réduction du "
           "gaspillage alimentaire et des emballages : 15 %."]),
        A("Dégustation",
          "Les trois candidats les mieux classés sur le critère de qualité sont invités à une dégustation à "
          "l'aveugle devant une commission comprenant deux bénéficiaires du service."),
        A("Remise des offres",
          "Offres à remettre sur la plateforme avant le 15 avril 2026 ; aucune offre papier ne sera acceptée à 17 h 00."),
    )
    lab = L(marche_reserve=1, reserve_base="L2113-15", critere_environnemental=1, allotissement=0,
            montant_estime_ht=285000,
            evidence=["En application de l'article L2113-15 du code de la commande publique, le marché est réservé",
                      "circuits courts et mesures de réduction du gaspillage alimentaire et des emballages : 15 %",
                      "n'est pas alloti", "valeur estimée de 285~000 € HT"])
    return DOC("13_RC_portage_repas_CCAS_Villeneuve.pdf", "RC", hdr, ftr, blocks, lab,
               traps="objet social (portage) ; montant annuel 95 000 vs total ; réservation ESS")


def p14():
    hdr = "Ville de Port-Lesquen – Rénovation de l'école Jules-Ferry – DPGF lot 04"
    ftr = "DCE 2026-ST-07 – DPGF lot 04 Menuiseries extérieures aluminium – à compléter par l'entreprise"
    rows = [["Réf.", "Désignation", "U", "Qté", "PU HT", "Total HT"]]
    items = [
        ("00", "INSTALLATION DE CHANTIER", "", "", "", ""),
        ("00.1", "Installation, repliement, quote-part du compte prorata", "ft", "1", "", ""),
        ("00.2", "Mise à jour du PPSPS et participation aux visites du coordonnateur", "ft", "1", "", ""),
        ("00.3", "Protections des vitrages et des sols pendant les travaux", "ft", "1", "", ""),
        ("01", "DÉPOSE", "", "", "", ""),
        ("01.1", "Dépose des menuiseries bois existantes, y compris évacuation", "u", "46", "", ""),
        ("01.2", "Dépose des volets roulants PVC et coffres", "u", "31", "", ""),
        ("01.3", "Dépose de la porte d'entrée principale", "u", "1", "", ""),
        ("02", "MENUISERIES NEUVES", "", "", "", ""),
        ("02.1", "Fenêtre aluminium 2 vantaux 1,20 × 1,35, ouvrant à la française", "u", "24", "", ""),
        ("02.2", "Fenêtre aluminium 2 vantaux 1,40 × 1,60, oscillo-battant", "u", "14", "", ""),
        ("02.3", "Châssis fixe vitrage feuilleté 44.2 sur préau", "u", "6", "", ""),
        ("02.4", "Porte d'entrée vitrée 2 vantaux, ferme-porte, passage utile 1,40 m", "u", "1", "", ""),
        ("02.5", "Porte de secours issue de classe, barre anti-panique", "u", "4", "", ""),
        ("02.6", "Volets roulants aluminium motorisés, commande centralisée par classe", "u", "31", "", ""),
        ("02.7", "Brise-soleil orientables façade sud (PSE 1)", "u", "8", "", ""),
        ("03", "FINITIONS", "", "", "", ""),
        ("03.1", "Habillages intérieurs et tapées", "ml", "212", "", ""),
        ("03.2", "Bavettes aluminium laqué", "ml", "96", "", ""),
        ("03.3", "Calfeutrements et joints d'étanchéité", "ml", "318", "", ""),
        ("03.4", "Nettoyage des menuiseries avant réception", "ft", "1", "", ""),
        ("04", "DOCUMENTS", "", "", "", ""),
        ("04.1", "Plans d'exécution, notes de calcul au vent, DOE", "ft", "1", "", ""),
        ("", "TOTAL HT (hors PSE)", "", "", "", ""),
        ("", "TVA 20 %", "", "", "", ""),
        ("", "TOTAL TTC", "", "", "", ""),
    ]
    for r in items:
        rows.append(list(r))
    blocks = [
        TITLE("Ville de Port-Lesquen – Services techniques",
              "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE",
              "Rénovation et mise en sécurité de l'école élémentaire Jules-Ferry",
              "Opération allotie en 8 lots – Lot n° 04 : menuiseries extérieures aluminium"),
        P("L'entreprise complète les colonnes prix unitaire et total. Les quantités sont données à titre "
          "indicatif ; l'entreprise les vérifie et, le cas échéant, les rectifie en les signalant. Le prix "
          "global et forfaitaire porté à l'acte d'engagement est celui de la ligne TOTAL HT."),
        RTAB(rows, widths=[0.7, 4.4, 0.5, 0.6, 1.0, 1.1], align="lllrrr"),
        P("Fait à ……………………, le …………………… Cachet et signature de l'entreprise."),
    ]
    lab = L(allotissement=1, nb_lots=8, evidence=["Opération allotie en 8 lots"])
    return DOC("14_DPGF_lot04_menuiseries_Jules-Ferry.pdf", "DPGF", hdr, ftr, blocks, lab,
               traps="PPSPS ; évacuation des déposes sans exigence ; totaux à "
                     "remplir")


# ----------------------------------------------------------------------------- DOCX
def d01():
    hdr = "SGCD de l'Aveyrac – CCAP – Déménagement, manutention et transfert d'archives"
    ftr = "Secrétariat général commun départemental – Marché 2026-SGCD-014"
    blocks = flat(
        TITLE("Préfecture de l'Aveyrac – Secrétariat général commun départemental",
              "Cahier des clauses administratives particulières",
              "Prestations de déménagement, de manutention et de transfert d'archives des services de l'État "
              "dans le département",
              "Accord-cadre à bons de commande – procédure adaptée"),
        A("Objet et forme",
          "L'accord-cadre porte sur les déménagements de services, les transferts internes de mobilier, la "
          "manutention de matériels et le transfert d'archives entre les sites des services déconcentrés de "
          "l'État dans l'Aveyrac (préfecture, sous-préfectures, directions départementales interministérielles).",
          "Il n'est pas alloti, les prestations étant exécutées par les mêmes équipes et selon une "
          "planification commune. Il est mono-attributaire et exécuté par bons de commande."),
        A("Montant et durée",
          "L'accord-cadre est conclu sans montant minimum et avec un montant maximum de 200 000 € HT pour toute "
          "sa durée. Il prend effet à la notification pour un an et peut être reconduit trois fois par "
          "reconduction expresse."),
        A("Moyens en personnel",
          "Le titulaire affecte aux opérations un chef d'équipe présent sur chaque chantier et des déménageurs "
          "formés à la manutention des archives et du matériel informatique. Il transmet avec chaque devis la "
          "composition prévisionnelle de l'équipe.",
          "Au moins 10 % des heures de manutention facturées au titre de chaque année d'exécution sont "
          "réalisées par des personnes éloignées de l'emploi : demandeurs d'emploi inscrits depuis plus d'un "
          "an, bénéficiaires du RSA ou de l'allocation de solidarité spécifique, jeunes de moins de 26 ans sans "
          "diplôme, salariés en parcours dans une structure d'insertion par l'activité économique. Le "
          "titulaire justifie chaque année de ce pourcentage par un état nominatif visé par le facilitateur "
          "de la Maison de l'emploi de Rodez-Aveyrac.",
          "Les salariés détachés éventuellement employés relèvent des articles L1262-1 et suivants du code du "
          "travail ; le titulaire tient à disposition les déclarations préalables de détachement."),
        A("Emballages et matériel",
          "Le conditionnement des archives et des petits matériels est réalisé en caisses réutilisables fournies "
          "par le titulaire et récupérées par lui à l'issue de chaque opération. Les cartons, lorsqu'ils sont "
          "indispensables, sont issus de fibres recyclées et repris par le titulaire ; l'usage de films plastiques "
          "à usage unique est proscrit pour la protection du mobilier, qui est assurée par des housses "
          "textiles lavables.",
          "Les véhicules utilisés pour les transferts à l'intérieur de Rodez sont électriques ou classés Crit'Air 1."),
        A("Bons de commande et délais",
          "Chaque opération fait l'objet d'un devis établi à partir du bordereau des prix, puis d'un bon de "
          "commande. Le délai d'intervention est de dix jours ouvrés, ramené à deux jours pour les "
          "manutentions urgentes."),
        A("Pénalités",
          ["retard dans l'exécution d'une opération : 150 € par jour ;",
           "objet perdu ou détérioré : remboursement sur justificatif, sans préjudice de l'assurance ;",
           "pourcentage d'heures prévu à l'article 3 non atteint : 40 € par heure manquante ;",
           "utilisation de films plastiques à usage unique : 100 € par opération."]),
        A("Paiement",
          "Paiement par virement dans un délai de trente jours, sur facture déposée sur Chorus Pro."),
    )
    lab = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=0, montant_max_ht=200000,
            evidence=["Au moins 10 % des heures de manutention facturées", "réalisées par des personnes éloignées de l'emploi",
                      "caisses réutilisables fournies par le titulaire",
                      "l'usage de films plastiques à usage unique est proscrit",
                      "Il n'est pas alloti", "montant maximum de 200 000 € HT pour toute sa durée"])
    return DOC("15_CCAP_demenagement_SGCD_Aveyrac.docx", "CCAP", hdr, ftr, blocks, lab,
               traps="insertion en pourcentage sans nombre d'heures ; emballages dans « Emballages et matériel » ; "
                     "détachement (rappel)")


def d02():
    hdr = "Université de Haute-Armor – RC – Postes de travail informatiques"
    ftr = "DSI – Consultation UHA-2026-INFO-02 – Règlement de la consultation"
    crit = [["Critère", "Pondération"],
            ["Prix (sur le DQE non contractuel)", "50 %"],
            ["Valeur technique : performances, compatibilité avec l'environnement numérique de travail et "
             "l'outil de télédistribution, qualité du support", "35 %"],
            ["Conditions de fabrication : mesures de diligence raisonnable sur le respect des droits des "
             "travailleurs dans les usines d'assemblage et chez les fournisseurs de composants (audits "
             "indépendants, plan de vigilance, traitement des alertes)", "5 %"],
            ["Durabilité : durée de disponibilité des pièces détachées, indice de réparabilité, garantie "
             "et offre de reprise des matériels en fin d'usage en vue de leur reconditionnement", "10 %"]]
    blocks = flat(
        TITLE("Université de Haute-Armor", "Règlement de la consultation",
              "Fourniture de postes de travail, d'écrans et de périphériques informatiques",
              "Appel d'offres ouvert – accords-cadres à bons de commande"),
        A("Objet",
          "La consultation porte sur la fourniture de postes de travail fixes et portables, d'écrans et de "
          "périphériques destinés aux personnels et aux salles d'enseignement, ainsi que sur les services "
          "associés (préparation des images système, livraison sur site, garantie sur site)."),
        A("Lots et montants maximum",
          "La consultation est divisée en deux lots :",
          ["lot 1 – postes de travail fixes et portables : montant maximum de 400 000 € HT ;",
           "lot 2 – écrans, stations d'accueil et périphériques : montant maximum de 150 000 € HT."],
          "Ces montants valent pour la durée totale des accords-cadres, soit quatre ans. Il n'est pas fixé de "
          "montant minimum."),
        A("Candidature",
          "Les candidats produisent le DUME ou les formulaires DC1 et DC2, la liste des principales livraisons "
          "des trois dernières années et, pour le lot 1, la preuve de leur qualité de partenaire agréé du ou "
          "des constructeurs proposés. Une certification ISO 14001 du candidat peut être produite ; elle n'est "
          "pas exigée."),
        A("Critères d'attribution",
          "Les offres sont jugées lot par lot selon les critères suivants :"),
        [RTAB(crit, widths=[5, 1])],
        A("Échantillons",
          "Pour le lot 1, chaque candidat fournit un poste portable et un poste fixe de la configuration "
          "standard, restitués à l'issue de l'analyse. Les échantillons sont testés dans l'environnement "
          "Windows et Linux de l'université."),
        A("Remise des offres",
          "Les offres sont déposées sur la plateforme PLACE avant le 30 avril 2026, 14 h 00. Le délai de "
          "validité des offres est de 150 jours."),
    )
    lab = L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=2, montant_max_ht=550000,
            evidence=["respect des droits des travailleurs dans les usines d'assemblage",
                      "Durabilité : durée de disponibilité des pièces détachées, indice de réparabilité",
                      "divisée en deux lots", "[400 000 + 150 000 = 550 000 HT, durée totale]"])
    return DOC("16_RC_postes_informatiques_Haute-Armor.docx", "RC", hdr, ftr, blocks, lab,
               traps="« environnement numérique de travail », environnement Windows ; ISO 14001 facultative ; "
                     "critère social sans le mot social ; maxima par lot à additionner")


def d03():
    hdr = "SIRS des Trois-Vallées – CCTP – Restauration scolaire en liaison chaude"
    ftr = "Syndicat intercommunal de restauration scolaire des Trois-Vallées – DCE 2026-R1"
    blocks = [
        TITLE("Syndicat intercommunal de restauration scolaire des Trois-Vallées",
              "Cahier des clauses techniques particulières",
              "Fabrication et livraison en liaison chaude des repas des écoles et du centre de loisirs"),
        H("1. Périmètre"),
        P("Le titulaire fabrique dans sa cuisine centrale et livre en liaison chaude les repas de onze "
          "restaurants scolaires et du centre de loisirs des Trois-Vallées : environ 1 350 repas par jour en "
          "période scolaire et 180 repas par jour pendant les vacances."),
        H("2. Qualité des denrées et menus"),
        P("Les menus respectent les recommandations du GEMRCN et l'arrêté du 30 septembre 2011 relatif à la "
          "qualité nutritionnelle des repas servis dans le cadre de la restauration scolaire. Un plan "
          "alimentaire sur vingt jours est soumis à la commission des menus, qui se réunit chaque trimestre. "
          "Les allergènes sont signalés sur les menus diffusés aux familles et l'insertion des menus dans le "
          "portail famille est réalisée par le titulaire avant le 20 du mois précédent."),
        H("3. Hygiène et sécurité des aliments"),
        P("Le titulaire applique un plan de maîtrise sanitaire fondé sur la méthode HACCP, conserve les plats "
          "témoins pendant cinq jours et transmet les résultats des analyses microbiologiques mensuelles. Les "
          "températures sont relevées au départ de la cuisine et à l'arrivée dans chaque restaurant."),
        H("4. Personnel"),
        P("Le personnel affecté aux offices des restaurants est mis à disposition par le titulaire. En cas de "
          "changement de prestataire, les salariés affectés au marché sont repris dans les conditions de "
          "l'avenant n° 3 à la convention collective nationale du personnel des entreprises de restauration de "
          "collectivités ; la liste figure en annexe."),
        H("5. Livraison et déchets"),
        P("Les repas sont livrés en conteneurs isothermes entre 10 h 30 et 11 h 15. Les déchets produits dans "
          "les offices sont gérés conformément à la reglementation en vigueur ; le ramassage des bacs est "
          "assuré par le service de collecte de la communauté de communes."),
        H("6. Animations"),
        P("Le titulaire propose quatre animations par an dans l'environnement scolaire (semaine du goût, repas "
          "à thème), en lien avec les équipes d'animation périscolaire."),
        H("7. Suivi de la prestation"),
        P("Un interlocuteur unique est désigné. Les réclamations sont traitées dans les 48 heures. Une enquête "
          "de satisfaction auprès des enfants est réalisée chaque année."),
    ]
    lab = L(evidence=[])
    return DOC("17_CCTP_restauration_scolaire_Trois-Vallees.docx", "CCTP", hdr, ftr, blocks, lab,
               traps="reprise du personnel (convention collective) ; déchets « conformément à la réglementation » ; "
                     "« insertion des menus », « environnement scolaire » ; GEMRCN")


def d04():
    hdr = "Terres de Loue Habitat – Acte d'engagement – Entretien des espaces verts (marché réservé)"
    ftr = "OPH Terres de Loue Habitat – Marché 2026-EV-03 – AE"
    blocks = [
        TITLE("Terres de Loue Habitat – Office public de l'habitat", "ACTE D'ENGAGEMENT",
              "Entretien des espaces verts des résidences du patrimoine de l'Office – secteur Dole-Loue"),
        H("Article 1 – Objet et caractéristiques"),
        P("Le présent acte d'engagement porte sur l'entretien des espaces verts de vingt-deux résidences de "
          "l'Office : tonte, taille, désherbage manuel, ramassage des feuilles. Le marché ne comporte pas de "
          "lots."),
        P("Marché réservé en application de l'article L2113-12 du code de la commande publique aux "
          "entreprises adaptées, aux établissements et services d'aide par le travail et aux structures "
          "équivalentes. Le candidat atteste employer au moins 50 % de travailleurs handicapés."),
        H("Article 2 – Identification du titulaire"),
        P("Dénomination : …………………………   Statut : [ ] ESAT   [ ] entreprise adaptée   [ ] structure équivalente"),
        P("Adresse : ……………………………   SIRET : ……………………………"),
        H("Article 3 – Prix et montant"),
        P("Les prestations sont rémunérées par un prix global et forfaitaire annuel et par des prix unitaires "
          "pour les interventions supplémentaires. Le montant des commandes ne peut excéder 24 000 € HT par an, "
          "soit 28 800 € TTC."),
        P("Prix global et forfaitaire annuel : ……………… € HT."),
        H("Article 4 – Durée"),
        P("Le marché est conclu pour un an à compter du 1er mars 2026, reconductible trois fois par période "
          "d'un an, soit quatre années au plus. Le plafond annuel de l'article 3 s'applique à chaque année."),
        H("Article 5 – Paiement"),
        P("Compte à créditer : IBAN ……………………………"),
        H("Article 6 – Signatures"),
        P("Le titulaire : à ………………, le ………………        Le directeur général de l'Office : à ………………, le ………………"),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-12", allotissement=0, montant_max_ht=96000,
            evidence=["Marché réservé en application de l'article L2113-12",
                      "Le marché ne comporte pas de lots",
                      "ne peut excéder 24 000 € HT par an", "reconductible trois fois",
                      "[24 000 × 4 années = 96 000]"])
    return DOC("18_AE_espaces_verts_reserve_Terres-de-Loue.docx", "AE", hdr, ftr, blocks, lab,
               traps="plafond annuel × 4 ; 28 800 € TTC ; 50 % de travailleurs handicapés (condition de la réservation)")


def d05():
    hdr = "CC Cœur de Sologne-Vernon – Cadre de réponse technique – Gymnase intercommunal"
    ftr = "Communauté de communes Cœur de Sologne-Vernon – DCE 2026-GYM – à compléter par le candidat"
    blocks = [
        TITLE("Communauté de communes Cœur de Sologne-Vernon", "Cadre de mémoire technique",
              "Construction d'un gymnase intercommunal à Vernon-en-Sologne",
              "Un cadre est remis pour chacun des 11 lots de l'opération"),
        P("Lot concerné (à compléter) : n° ……  Intitulé : ……………………………………"),
        P("Le candidat répond à chaque rubrique dans l'espace prévu. Les rubriques 1 à 3 sont notées au titre "
          "du critère « valeur technique » dans les conditions de l'article 8 du règlement de la consultation. "
          "La rubrique 4 est facultative."),
        H("Rubrique 1 – Organisation du chantier (noté sur 20 points)"),
        LST(["1.1 Planning détaillé des interventions du lot et articulation avec les lots voisins.",
             "1.2 Encadrement : nom, qualification et expérience du chef de chantier.",
             "1.3 Mesures de sécurité spécifiques au lot (travail en hauteur, levage)."]),
        H("Rubrique 2 – Qualité technique (noté sur 15 points)"),
        LST(["2.1 Fiches techniques des principaux matériaux et équipements proposés.",
             "2.2 Procédures d'autocontrôle et de réception des supports."]),
        H("Rubrique 3 – Valeur environnementale de l'offre (noté sur 15 points)"),
        LST(["3.1 Part de matériaux biosourcés, recyclés ou issus du réemploi dans les fournitures du lot, "
             "justifiée par les fiches FDES ou les attestations des fournisseurs (6 points).",
             "3.2 Distance et mode de transport des principaux approvisionnements, mutualisation des livraisons "
             "(5 points).",
             "3.3 Organisation du tri des déchets du lot et filières de valorisation envisagées (4 points)."]),
        H("Rubrique 4 – Actions en faveur de l'emploi (facultatif, non noté)"),
        P("Le candidat peut, s'il le souhaite, présenter les actions qu'il conduit en faveur de l'emploi local, "
          "de l'apprentissage ou des personnes éloignées de l'emploi. Cette rubrique est donnée pour "
          "information ; elle n'est pas prise en compte dans le jugement des offres et n'engage pas le "
          "candidat."),
        H("Tableau récapitulatif des moyens"),
        RTAB([["Moyen", "Nombre", "Observations"],
              ["Compagnons affectés au lot", "", ""],
              ["Encadrement", "", ""],
              ["Engins et matériels de levage", "", ""]]),
        P("Nom et qualité du signataire : ……………………………   Date : ……………………"),
    ]
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=11,
            evidence=["Valeur environnementale de l'offre (noté sur 15 points)",
                      "Part de matériaux biosourcés, recyclés ou issus du réemploi",
                      "chacun des 11 lots de l'opération"])
    return DOC("19_CADRE_memoire_technique_gymnase_Sologne-Vernon.docx", "CADRE", hdr, ftr, blocks, lab,
               traps="rubrique emploi facultative et non notée ; sécurité")


def d06():
    hdr = "Département du Haut-Lizon – CCAP – Entretien et grosses réparations des chaussées"
    ftr = "Direction des routes et des mobilités – Accords-cadres 2026-DRM-05 – CCAP commun aux 3 lots"
    maxi = [["Lot", "Agence routière", "Minimum annuel HT", "Maximum annuel HT", "Heures d'insertion (durée totale)"],
            ["1", "Agence du Nord – Lons-Plaine", "150 000 €", "900 000 €", "1 200"],
            ["2", "Agence du Centre – Revermont", "120 000 €", "700 000 €", "800"],
            ["3", "Agence du Haut-Jura lizonien", "80 000 €", "500 000 €", "600"]]
    blocks = flat(
        TITLE("Département du Haut-Lizon", "Cahier des clauses administratives particulières",
              "Accords-cadres à bons de commande de travaux d'entretien et de grosses réparations des chaussées "
              "des routes départementales", "Appel d'offres ouvert – trois lots géographiques"),
        A("Objet",
          "Les accords-cadres portent sur les travaux de renforcement, de reprofilage et de renouvellement des "
          "couches de roulement des routes départementales, ainsi que sur les travaux annexes (purges, "
          "signalisation horizontale provisoire, reprise d'accotements)."),
        A("Allotissement, montants et heures",
          "Les travaux sont répartis en trois lots géographiques. Pour chaque lot, l'accord-cadre est conclu "
          "avec les montants minimum et maximum annuels suivants, applicables à chaque période d'exécution :"),
        [RTAB(maxi, widths=[0.5, 2.4, 1.3, 1.3, 1.5])],
        [P("Chaque accord-cadre est conclu pour une première période d'un an, reconductible trois fois par "
           "période d'un an.")],
        A("Organisation des chantiers et main-d'œuvre",
          "Le titulaire communique avec chaque devis le nom du chef de chantier et la composition de l'atelier. "
          "La signalisation temporaire est conforme au manuel du chef de chantier (volume 4) et validée par "
          "l'agence routière.",
          "Le titulaire de chaque lot réalise, sur la durée totale de l'accord-cadre, le nombre d'heures de "
          "travail indiqué dans la dernière colonne du tableau de l'article 2 au profit de personnes "
          "rencontrant des difficultés d'accès à l'emploi, orientées ou validées par la plateforme "
          "départementale des clauses sociales. Un bilan est transmis à la fin de chaque période."),
        A("Matériaux et recyclage",
          "Les enrobés bitumineux de couche de base et de liaison contiennent au minimum 20 % d'agrégats "
          "d'enrobés recyclés, et au minimum 10 % pour les couches de roulement hors agglomération. Les "
          "fraisats produits sur les chantiers sont acheminés vers une centrale de recyclage ; leur "
          "traçabilité est assurée par les bons de pesée joints à la situation mensuelle.",
          "Les enrobés sont fabriqués et mis en œuvre à une température abaissée (enrobés tièdes) sauf "
          "impossibilité technique justifiée par le titulaire et acceptée par le maître d'œuvre."),
        A("Clause relative à la sous-traitance",
          "La sous-traitance est autorisée dans les conditions de la loi n° 75-1334 du 31 décembre 1975. Le "
          "titulaire reste seul responsable de la réalisation des heures prévues à l'article 3, y compris "
          "lorsque des travaux sont sous-traités."),
        A("Pénalités",
          ["retard d'exécution d'un bon de commande : 1/3000e du montant du bon par jour ;",
           "heure d'insertion non réalisée : 60 € HT par heure ;",
           "taux d'agrégats recyclés non atteint : 2 € HT par tonne d'enrobés concernée."]),
    )
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2600, clause_environnementale=1,
            allotissement=1, nb_lots=3, montant_max_ht=8400000,
            evidence=["réalise, sur la durée totale de l'accord-cadre, le nombre d'heures de travail",
                      "[heures 1 200 + 800 + 600 = 2 600]",
                      "au minimum 20 % d'agrégats d'enrobés recyclés",
                      "répartis en trois lots géographiques",
                      "[max (900 000 + 700 000 + 500 000) × 4 = 8 400 000]"])
    return DOC("20_CCAP_chaussees_Haut-Lizon.docx", "CCAP", hdr, ftr, blocks, lab,
               traps="heures dans une colonne de tableau ; maxima annuels × 4 ; minima")


def d07():
    hdr = "GHT Cœur d'Argonne – RC – Location et entretien du linge"
    ftr = "Centre hospitalier de Sainte-Ménehould-sur-Aisne, établissement support – Consultation 2026-LING-01"
    blocks = [
        TITLE("Groupement hospitalier de territoire Cœur d'Argonne", "Règlement de la consultation",
              "Location et entretien du linge plat, des tenues professionnelles et du linge des résidents"),
        H("1. Objet"),
        P("Le marché porte sur la location et l'entretien du linge plat et des tenues des professionnels des "
          "quatre établissements parties au groupement, ainsi que sur l'entretien du linge personnel des "
          "résidents des EHPAD, soit environ 620 tonnes de linge par an."),
        H("2. Allotissement"),
        P("Le marché n'est pas alloti : la logistique de collecte et de livraison commune aux quatre sites et "
          "la gestion d'un stock unique de linge en location ne permettent pas d'identifier des prestations "
          "distinctes sans surcoût (article L2113-11 du code de la commande publique)."),
        H("3. Durée et valeur"),
        P("Le marché est conclu pour cinq ans à compter du 1er janvier 2027. Sa valeur estimée est de "
          "2 400 000 € HT pour cette durée."),
        H("4. Caractéristiques"),
        LST(["Marché réservé : non.", "Variantes : non autorisées.",
             "Prestation supplémentaire éventuelle : marquage des tenues par puce RFID."]),
        H("5. Candidature"),
        P("Le candidat produit le DUME ou les formulaires DC1 et DC2, la déclaration relative à l'obligation "
          "d'emploi des travailleurs handicapés prévue aux articles L5212-1 à L5212-11 du code du travail, la "
          "certification RABC de la blanchisserie ou les moyens de preuve équivalents, et ses références en "
          "établissements de santé."),
        H("6. Jugement des offres"),
        P("Les offres sont notées selon les critères suivants :"),
        LST(["Prix (coût global sur la durée du marché) : 50 points.",
             "Valeur technique (organisation logistique, qualité du traitement, traçabilité) : 30 points.",
             "Emploi de travailleurs handicapés dans l'exécution des prestations : part des heures de "
             "traitement du linge du groupement réalisées par des travailleurs reconnus handicapés, sur "
             "engagement chiffré du candidat : 10 points.",
             "Consommations d'eau et d'énergie par kilogramme de linge traité, justifiées par les relevés de "
             "l'usine de traitement : 10 points."]),
        P("La note de chaque critère est arrondie au centième. Une offre incomplète sur l'un des critères reçoit "
          "la note zéro pour ce critère."),
        H("7. Visite"),
        P("Une visite de la lingerie centrale est organisée le 12 mai 2026. Elle est facultative."),
    ]
    lab = L(critere_social=1, critere_environnemental=1, allotissement=0, montant_estime_ht=2400000,
            evidence=["Emploi de travailleurs handicapés dans l'exécution des prestations",
                      "Consommations d'eau et d'énergie par kilogramme de linge traité",
                      "Le marché n'est pas alloti", "Sa valeur estimée est de 2 400 000 € HT"])
    return DOC("21_RC_linge_GHT_Coeur-d-Argonne.docx", "RC", hdr, ftr, blocks, lab,
               traps="L5212 en candidature ; « Marché réservé : non » ; RABC")


def d08():
    hdr = "Métropole Rives-de-Loue – CCTP – Accompagnement à la création d'activité"
    ftr = "Direction de l'emploi et de l'inclusion – Marché 2026-EMP-09"
    blocks = [
        TITLE("Métropole Rives-de-Loue", "Cahier des clauses techniques particulières",
              "Accompagnement des demandeurs d'emploi porteurs d'un projet de création d'activité"),
        H("1. Contexte"),
        P("La Métropole finance un dispositif d'accompagnement à la création d'activité destiné aux demandeurs "
          "d'emploi, aux allocataires du RSA et aux jeunes des quartiers prioritaires. Le dispositif s'inscrit "
          "dans l'environnement économique local, marqué par un taux de création d'entreprises inférieur à la "
          "moyenne régionale."),
        H("2. Public et prestations"),
        P("Le titulaire accueille environ 250 porteurs de projet par an. Il assure l'émergence du projet, "
          "l'étude de marché, le plan de financement et le suivi pendant douze mois après l'immatriculation."),
        LST(["entretien de diagnostic dans les quinze jours suivant l'orientation ;",
             "ateliers collectifs hebdomadaires ;",
             "mise en relation avec les réseaux de financement solidaire ;",
             "suivi post-création à trois, six et douze mois."]),
        H("3. Lieux d'accueil"),
        P("Les permanences ont lieu dans les maisons de quartier désignées par la Métropole, accessibles aux "
          "personnes à mobilité réduite. Le titulaire adapte ses supports aux personnes déficientes visuelles "
          "sur demande."),
        H("4. Politique de la Métropole"),
        P("La Métropole conduit une politique d'achats responsables formalisée dans son schéma de promotion des "
          "achats socialement et écologiquement responsables adopté en 2024. Le présent marché, dont l'objet "
          "relève lui-même de l'insertion professionnelle, ne comporte pas de clause sociale d'exécution ni de "
          "clause environnementale spécifique."),
        H("5. Indicateurs"),
        P("Le titulaire renseigne trimestriellement : nombre d'entrées, nombre de créations, taux de pérennité "
          "à un an, sorties vers l'emploi salarié ou la formation."),
    ]
    lab = L(evidence=[])
    return DOC("22_CCTP_creation_activite_Rives-de-Loue.docx", "CCTP", hdr, ftr, blocks, lab,
               traps="objet social ; accessibilité des lieux ; SPASER sans obligation et « ne comporte pas de clause »; "
                     "« environnement économique »")


def d09():
    hdr = "Commune de Kerlouan-Saint-Éloy – CCP – Réfection de la couverture de l'église"
    ftr = "MAPA travaux 2026-03 – Cahier des clauses particulières (CCAP et CCTP)"
    blocks = flat(
        TITLE("Commune de Kerlouan-Saint-Éloy (Finistère)", "Cahier des clauses particulières",
              "Réfection de la couverture en ardoise naturelle de l'église Saint-Éloy",
              "Marché de travaux – procédure adaptée"),
        A("Objet",
          "Le marché porte sur la dépose de la couverture de la nef et des bas-côtés (environ 640 m2), la "
          "reprise ponctuelle de la charpente, la repose d'une couverture en ardoise naturelle au crochet et le "
          "remplacement des zingueries."),
        A("Forme du marché",
          "Le marché n'est pas alloti, les travaux de couverture et de zinguerie étant indissociables. Il est "
          "traité à prix global et forfaitaire."),
        A("Délai",
          "Le délai d'exécution est de cinq mois à compter de l'ordre de service, période de préparation "
          "d'un mois comprise."),
        A("Clause d'insertion",
          "Sans objet. Compte tenu de la spécialisation des travaux et de leur courte durée, le marché ne "
          "comporte pas de clause d'insertion."),
        A("Gestion des déchets et réemploi",
          "Les ardoises déposées en bon état sont triées, mises en palettes et remises à la commune en vue de "
          "leur réemploi sur les bâtiments communaux ; le titulaire indique dans un relevé le nombre d'ardoises "
          "récupérées. Les autres déchets sont triés sur le chantier (bois, métaux, ardoises cassées) et dirigés "
          "vers des filières de valorisation ; les bordereaux sont joints au décompte final."),
        A("Critères d'attribution",
          ["prix : 60 points ;",
           "valeur technique : 40 points, dont 25 points pour la méthodologie et les moyens et 15 points pour "
           "les modalités de réemploi des ardoises et de traçabilité des déchets."]),
        A("Paiement et retenue de garantie",
          "Acomptes mensuels. Retenue de garantie de 5 %, remplaçable par une garantie à première demande."),
    )
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=0,
            evidence=["remises à la commune en vue de leur réemploi",
                      "15 points pour les modalités de réemploi des ardoises et de traçabilité des déchets",
                      "Le marché n'est pas alloti"])
    return DOC("23_CCP_couverture_eglise_Kerlouan.docx", "CCAP", hdr, ftr, blocks, lab,
               traps="clause d'insertion « sans objet »")


def d10():
    hdr = "SPL Territoires d'Avre – Acte d'engagement – Maîtrise d'œuvre résidence autonomie"
    ftr = "SPL Territoires d'Avre, mandataire de la Commune de Verneuil-d'Avre – Marché MOE 2026-04"
    blocks = [
        TITLE("SPL Territoires d'Avre Aménagement", "Acte d'engagement",
              "Mission de maîtrise d'œuvre pour la construction d'une résidence autonomie de 60 logements",
              "Procédure avec négociation – article R2172-2"),
        H("1. Maître d'ouvrage et mandataire"),
        P("Maître d'ouvrage : Commune de Verneuil-d'Avre. Mandataire : SPL Territoires d'Avre Aménagement, "
          "agissant en vertu d'un mandat de maîtrise d'ouvrage du 14 octobre 2025."),
        H("2. Objet"),
        P("Mission de base au sens de l'article R2431-4 du code de la commande publique, complétée des missions "
          "EXE partielle, OPC et SSI. Le marché n'est pas alloti. La résidence accueillera des personnes âgées "
          "autonomes ; le projet soignera l'insertion paysagère du bâtiment dans son environnement de coteau."),
        H("3. Titulaire"),
        P("Le mandataire du groupement est obligatoirement un architecte inscrit à l'ordre, la mission de "
          "conception étant réservée à la profession d'architecte en application de la loi du 3 janvier 1977."),
        P("Mandataire : ……………………  Cotraitants : ……………………  Forme du groupement : [ ] solidaire  [ ] conjoint"),
        H("4. Enveloppe et rémunération"),
        P("L'enveloppe financière prévisionnelle affectée aux travaux par le maître d'ouvrage est de "
          "2 750 000 € HT (valeur mars 2026)."),
        P("Taux de rémunération : ……… %   Forfait provisoire de rémunération : ……………… € HT, soit ……………… € TTC."),
        RTAB([["Élément de mission", "Part (%)", "Montant HT"],
              ["ESQ – APS – APD", "", ""], ["PRO – ACT", "", ""], ["EXE partielle – VISA – DET", "", ""],
              ["AOR", "", ""], ["OPC", "", ""], ["SSI", "", ""], ["Total", "100", ""]]),
        H("5. Délais"),
        P("Les délais d'établissement des études sont ceux de l'offre ; ils ne peuvent excéder ceux du CCAP."),
        H("6. Signature"),
        P("Fait à ……………, le ……………   Le mandataire du groupement."),
    ]
    lab = L(allotissement=0, evidence=["Le marché n'est pas alloti"])
    return DOC("24_AE_maitrise_oeuvre_residence_autonomie_Avre.docx", "AE", hdr, ftr, blocks, lab,
               traps="enveloppe travaux 2 750 000 € HT ≠ valeur du marché de MOE ; « réservée à la profession "
                     "d'architecte » ; « insertion paysagère », « environnement de coteau » ; objet personnes âgées")


# ----------------------------------------------------------------------------- avis TXT
def t01():
    blocks = [
        TITLE("BOAMP - Avis n 26-31874 - publie le 11/03/2026", "AVIS D'APPEL PUBLIC A LA CONCURRENCE",
              "Departement de publication : 41 - Annonce No 26-31874 - Travaux"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Communaute de communes du Val de Sauldre"),
        P("Type de Numero national d'identification : SIRET - No : 200 071 455 00014"),
        P("Ville : Salbris-le-Vieux - Code Postal : 41300"),
        P("Groupement de commandes : Non"),
        H("Section 2 : Communication"),
        P("Lien vers le profil d'acheteur : https://www.marches-valdesauldre.example"),
        P("Identifiant interne de la consultation : 2026-MSP-02"),
        P("Integralite des documents sur le profil d'acheteur : Oui"),
        H("Section 4 : Identification du marche"),
        P("Intitule du marche : Construction d'une maison de sante pluriprofessionnelle a Salbris-le-Vieux"),
        P("Code CPV principal - Descripteur principal : 45215100"),
        P("Type de marche : Travaux"),
        P("Description succincte du marche : Construction d'un batiment de 780 m2 en R+1 accueillant douze "
          "cabinets medicaux et paramedicaux, une salle de reunion et un logement d'interne."),
        P("Lieu principal d'execution du marche : rue du Docteur-Roux, 41300 Salbris-le-Vieux"),
        P("Valeur estimee hors TVA : 1 450 000 euros"),
        P("La consultation comporte des tranches : Non"),
        P("La consultation prevoit une reservation de tout ou partie du marche : Non"),
        H("Section 5 : Lots"),
        P("Marche alloti : Oui - 8 lots"),
        LST(["Lot 1 : Gros oeuvre - VRD", "Lot 2 : Charpente bois - couverture - bardage",
             "Lot 3 : Menuiseries exterieures", "Lot 4 : Cloisons - doublages - faux plafonds",
             "Lot 5 : Menuiseries interieures - agencement", "Lot 6 : Revetements de sols - peinture",
             "Lot 7 : Plomberie - chauffage - ventilation", "Lot 8 : Electricite courants forts et faibles"]),
        H("Section 6 : Informations complementaires"),
        P("Conditions particulieres d'execution : le marche comporte une clause d'insertion sociale pour les "
          "lots 1, 2 et 5 ; nombre d'heures a realiser par des personnes eloignees de l'emploi : lot 1 : 350 h, "
          "lot 2 : 210 h, lot 5 : 140 h. Les entreprises sont accompagnees par la facilitatrice de la Maison de "
          "l'emploi du Romorantinais."),
        P("Criteres d'attribution : prix 60 % ; valeur technique 40 %."),
        P("Visite obligatoire : Non"),
        P("Date limite de reception des offres : 10 avril 2026 a 12h00"),
        P("Recours : Tribunal administratif d'Orleans, 28 rue de la Bretonnerie, 45057 Orleans Cedex 1"),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=700, allotissement=1, nb_lots=8,
            montant_estime_ht=1450000,
            evidence=["clause d'insertion sociale pour les lots 1, 2 et 5",
                      "lot 1 : 350 h, lot 2 : 210 h, lot 5 : 140 h", "[350 + 210 + 140 = 700]",
                      "Marche alloti : Oui - 8 lots", "Valeur estimee hors TVA : 1 450 000 euros"])
    return DOC("25_AVIS_BOAMP_maison_sante_Val-de-Sauldre.txt", "AVIS", "", "", blocks, lab,
               traps="export BOAMP sans accents ; « reservation : Non » ; heures par lot")


def t02():
    blocks = [
        TITLE("Supplément au Journal officiel de l'Union européenne – 2026/S 052-158843",
              "Avis de marché – Fournitures", "Directive 2014/24/UE"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Région Grand Littoral, 1 esplanade des Phares, 76000 Rouen-sur-Mer, France. "
          "Courriel : achats@grandlittoral.example. Code NUTS : FRD22."),
        P("I.4) Type de pouvoir adjudicateur : autorité régionale."),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Fourniture, livraison et installation de mobilier pour les lycées publics de la "
          "Région. Numéro de référence : 2026-LYC-MOB."),
        P("II.1.2) Code CPV principal : 39160000."),
        P("II.1.4) Description succincte : accords-cadres à bons de commande pour le mobilier d'enseignement, "
          "d'internat, de restauration et de centre de documentation."),
        P("II.1.5) Valeur totale estimée : valeur hors TVA : 2 200 000 EUR."),
        P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Des offres peuvent être "
          "soumises pour tous les lots. Nombre de lots : 4."),
        P("II.2.1) Lot n° 1 : mobilier d'enseignement – Lot n° 2 : mobilier d'internat – Lot n° 3 : mobilier "
          "de restauration – Lot n° 4 : mobilier de CDI et de vie scolaire."),
        P("II.2.5) Critères d'attribution (pour chaque lot) : Critère de qualité – Nom : valeur technique et "
          "ergonomie / Pondération : 30 ; Critère de qualité – Nom : qualité environnementale des produits (part "
          "de bois issu de forêts gérées durablement, contenu recyclé, démontabilité et recyclabilité en fin de "
          "vie) / Pondération : 20 ; Prix – Pondération : 50."),
        P("II.2.7) Durée de l'accord-cadre : 48 mois."),
        P("II.2.11) Information sur les options : non."),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.1) Habilitation à exercer l'activité professionnelle : liste et description succincte des "
          "conditions : inscription au registre du commerce."),
        P("III.1.3) Capacité technique et professionnelle : références de livraisons de mobilier scolaire."),
        P("III.2.2) Conditions particulières d'exécution : le titulaire reprend, à chaque livraison, les "
          "emballages et le mobilier remplacé désigné par l'établissement, qu'il oriente vers le réemploi ou, à "
          "défaut, vers une filière de recyclage agréée ; un certificat de prise en charge est remis au lycée. "
          "Les emballages en polystyrène expansé sont proscrits."),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : procédure ouverte."),
        P("IV.1.3) Informations sur l'accord-cadre : accord-cadre avec un seul opérateur par lot."),
        P("IV.2.2) Date limite de réception des offres : 21/04/2026, 12:00."),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : le montant maximum de l'accord-cadre, tous lots confondus, est "
          "de 2 800 000 EUR HT pour sa durée totale de 48 mois. Il n'est pas fixé de minimum."),
        P("VI.4.1) Instance chargée des procédures de recours : tribunal administratif de Rouen-sur-Mer."),
        P("VI.5) Date d'envoi du présent avis : 13/03/2026."),
    ]
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=4,
            montant_estime_ht=2200000, montant_max_ht=2800000,
            evidence=["reprend, à chaque livraison, les emballages et le mobilier remplacé",
                      "qualité environnementale des produits", "Nombre de lots : 4",
                      "valeur hors TVA : 2 200 000 EUR", "de 2 800 000 EUR HT pour sa durée totale"])
    return DOC("26_AVIS_JOUE_mobilier_lycees_Grand-Littoral.txt", "AVIS", "", "", blocks, lab,
               traps="estimation et maximum distincts")


def t03():
    blocks = [
        TITLE("TED – Notice 2026/S 048-146211", "Contract notice – Services", "Directive 2014/24/EU"),
        H("Section I: Contracting authority"),
        P("I.1) Name and addresses: Hospices civils de Villeurbanne-sur-Saône, 3 quai des Célestins, 69100 "
          "Villeurbanne-sur-Saône, France. NUTS code: FRK26."),
        P("I.4) Type of the contracting authority: Body governed by public law."),
        H("Section II: Object"),
        P("II.1.1) Title: Cleaning of premises of the Saint-Irénée and Gerland hospital sites."),
        P("II.1.2) Main CPV code: 90919200 Office cleaning services."),
        P("II.1.3) Type of contract: Services."),
        P("II.1.5) Estimated total value: Value excluding VAT: 960 000.00 EUR."),
        P("II.1.6) Information about lots: This contract is divided into lots: yes. Tenders may be submitted for "
          "all lots."),
        P("II.2) Description – Lot No: 1. Title: Cleaning of care units and technical platforms, Saint-Irénée site."),
        P("II.2.5) Award criteria: Quality criterion – Name: Cleaning protocols and quality control / Weighting: "
          "40. Quality criterion – Name: Quality of employment for cleaning staff (share of full-time contracts, "
          "daytime working hours, training plan for agents) / Weighting: 10. Price – Weighting: 50."),
        P("II.2) Description – Lot No: 2. Title: Cleaning of offices, changing rooms and common areas, Gerland site."),
        P("II.2.5) Award criteria: Quality criterion – Name: Organisation and supervision / Weighting: 40. "
          "Price – Weighting: 60."),
        H("Section III: Legal, economic, financial and technical information"),
        P("III.1.5) Information about reserved contracts: The contract is restricted to sheltered workshops and "
          "economic operators aiming at the social and professional integration of disabled or disadvantaged "
          "persons (Lot 2 only)."),
        P("III.1.6) Deposits and guarantees required: none."),
        H("Section IV: Procedure"),
        P("IV.1.1) Type of procedure: Open procedure."),
        P("IV.2.2) Time limit for receipt of tenders: 14/04/2026 Local time: 12:00."),
        H("Section VI: Complementary information"),
        P("VI.3) Additional information: Lot 2 is reserved pursuant to Article L. 2113-12 of the French Public "
          "Procurement Code to entreprises adaptées and ESAT. Lot 1 includes the transfer of staff under the "
          "national collective agreement for cleaning companies (annex 7)."),
        P("VI.4.1) Review body: Tribunal administratif de Lyon, Lyon, France."),
    ]
    lab = L(critere_social=1, marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=2,
            montant_estime_ht=960000,
            evidence=["Quality of employment for cleaning staff", "Lot 2 is reserved pursuant to Article L. 2113-12",
                      "This contract is divided into lots: yes", "Lot No: 2",
                      "Value excluding VAT: 960 000.00 EUR"])
    return DOC("27_AVIS_TED_EN_cleaning_Villeurbanne.txt", "AVIS", "", "", blocks, lab,
               traps="avis TED en anglais ; un seul lot réservé ; reprise du personnel (annexe 7) ; nombre de "
                     "lots non écrit en chiffre (deux lots décrits)")


def t04():
    blocks = [
        TITLE("TED – Notice 2026/S 061-187730", "Contract notice – Services", "Directive 2014/24/EU"),
        H("Section I: Contracting authority"),
        P("I.1) Name and addresses: GIP Armorique e-Services, 5 rue du Bignon, 35000 Rennes, France. NUTS code: "
          "FRH03. Internet address: https://www.armorique-eservices.example"),
        P("I.5) Main activity: General public services."),
        H("Section II: Object"),
        P("II.1.1) Title: Third-party application maintenance and hosting of the regional e-administration "
          "platform."),
        P("II.1.2) Main CPV code: 72267000 Software maintenance and repair services."),
        P("II.1.4) Short description: Corrective and evolutive maintenance, hosting in a secured environment "
          "(production, pre-production and training environments), level 2 support."),
        P("II.1.5) Estimated total value: Value excluding VAT: 620 000.00 EUR."),
        P("II.1.6) Information about lots: This contract is divided into lots: no."),
        P("II.2.5) Award criteria: Quality criterion – Name: Technical value / Weighting: 60. Price – Weighting: 40."),
        P("II.2.7) Duration of the framework agreement: 48 months."),
        P("II.2.14) Additional information: The maximum amount of the framework agreement is EUR 900 000 "
          "excluding VAT over its total duration of four years."),
        H("Section III: Legal, economic, financial and technical information"),
        P("III.1.3) Technical and professional ability: List and brief description of selection criteria: "
          "references of similar services over the last three years; ISO 27001 certification of the hosting "
          "provider; ISO 14001 certificate or equivalent evidence of environmental management measures of the "
          "data centre."),
        P("III.2.2) Contract performance conditions: As set out in the procurement documents."),
        H("Section IV: Procedure"),
        P("IV.1.1) Type of procedure: Open procedure."),
        P("IV.1.3) Information about a framework agreement: Framework agreement with a single operator."),
        P("IV.2.2) Time limit for receipt of tenders: 04/05/2026 Local time: 12:00."),
        H("Section VI: Complementary information"),
        P("VI.3) Additional information: Tenderers shall submit the declaration on the employment of disabled "
          "workers required by Articles L. 5212-1 to L. 5212-11 of the French Labour Code."),
        P("VI.4.1) Review body: Tribunal administratif de Rennes, Rennes, France."),
    ]
    lab = L(allotissement=0, montant_estime_ht=620000, montant_max_ht=900000,
            evidence=["This contract is divided into lots: no", "Value excluding VAT: 620 000.00 EUR",
                      "EUR 900 000 excluding VAT over its total duration"])
    return DOC("28_AVIS_TED_EN_TMA_Armorique.txt", "AVIS", "", "", blocks, lab,
               traps="ISO 14001 en sélection ; « environment » au sens informatique ; L5212")


def t05():
    blocks = [
        TITLE("Avis d'attribution – Résultat de marché", "BOAMP – Annonce n° 26-44120 – publiée le 02/04/2026"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Syndicat intercommunal de collecte et de traitement des ordures ménagères "
          "du Haut-Ségala (SICTOM du Haut-Ségala)"),
        P("Ville : Figeac-Haut-Ségala – Code postal : 46100"),
        H("Section 2 : Objet"),
        P("Intitulé : Collecte des déchets ménagers et assimilés et transport vers les installations de "
          "traitement"),
        P("Description : collecte en porte-à-porte des ordures ménagères résiduelles et des emballages, collecte "
          "du verre en apport volontaire, transport des déchets vers le centre de tri et l'unité de valorisation "
          "énergétique."),
        P("Estimation initiale du montant du marché : 3 600 000 EUR HT."),
        P("Marché alloti : oui – 2 lots."),
        P("Marché réservé : non."),
        P("Critères d'attribution : prix 55 % ; valeur technique 45 %."),
        H("Section 3 : Attribution"),
        P("Lot 1 – Collecte en porte-à-porte : attribué le 18/03/2026 à Ségala Propreté SAS, Capdenac-Gare. "
          "Nombre d'offres reçues : 3. Montant du lot : 2 412 600 EUR HT pour la durée du marché."),
        P("Lot 2 – Collecte du verre et transport : attribué le 18/03/2026 à Transports Delmas et Fils, Figeac. "
          "Nombre d'offres reçues : 2. Montant du lot : 1 026 400 EUR HT."),
        P("Valeur totale des marchés attribués : 3 439 000 EUR HT."),
        H("Section 4 : Recours"),
        P("Tribunal administratif de Toulouse. Le texte intégral des marchés peut être consulté au siège du "
          "syndicat sur rendez-vous."),
    ]
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=3600000,
            evidence=["Marché alloti : oui – 2 lots", "Estimation initiale du montant du marché : 3 600 000 EUR HT"])
    return DOC("29_AVIS_attribution_collecte_Haut-Segala.txt", "AVIS", "", "", blocks, lab,
               traps="avis d'attribution ; objet environnemental (collecte) ; montants attribués ≠ estimation ; "
                     "« Marché réservé : non »")


def t06():
    blocks = [
        TITLE("Loir-et-Braye Habitat – Avis de marché – procédure adaptée",
              "Publication sur le profil d'acheteur https://achats.loiretbraye-habitat.example le 09/03/2026"),
        H("Acheteur"),
        P("Loir-et-Braye Habitat, office public de l'habitat, 22 rue Saint-Lubin, 41100 Vendôme-sur-Braye. "
          "Contact : Mme Solène Ragot, service patrimoine."),
        H("Objet"),
        P("Remplacement de 64 chaudières individuelles gaz dans les logements de la résidence Les Grands-Prés, "
          "avec mise en conformité des conduits et des amenées d'air."),
        H("Caractéristiques"),
        P("Procédure adaptée (article R2123-1 1°). Lots : non, le marché est passé en lot unique. Montant "
          "estimatif : 260 000 € HT. Délai d'exécution : quatre mois en site occupé."),
        H("Condition d'exécution"),
        P("Le titulaire réalise au moins 175 heures de travail au profit de personnes rencontrant des difficultés "
          "d'insertion professionnelle, domiciliées de préférence dans les quartiers prioritaires de "
          "Vendôme-sur-Braye, avec l'appui du service emploi de la communauté d'agglomération."),
        H("Critères"),
        LST(["Prix : 50 %", "Valeur technique (planning en site occupé, information des locataires) : 40 %",
             "Embauche de demandeurs d'emploi résidant dans les quartiers prioritaires au-delà des 175 heures "
             "exigées, sur engagement chiffré : 10 %"]),
        H("Remise des offres"),
        P("Au plus tard le 3 avril 2026 à 12 h, sur le profil d'acheteur. Visite des logements témoins le 19 mars."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=175, critere_social=1, allotissement=0,
            montant_estime_ht=260000,
            evidence=["réalise au moins 175 heures de travail au profit de personnes rencontrant des difficultés",
                      "Embauche de demandeurs d'emploi résidant dans les quartiers prioritaires",
                      "Lots : non", "Montant estimatif : 260 000 € HT"])
    return DOC("30_AVIS_MAPA_chaudieres_Loir-et-Braye.txt", "AVIS", "", "", blocks, lab,
               traps="avis de profil d'acheteur ; « insertion professionnelle » ; heures minimales + critère")


# ----------------------------------------------------------------------------- XML : TED R2.0.9 (F02) et eForms
def _x(s):
    return escape(s, {'"': "&quot;"})


def _ps(text):
    return "".join("<P>%s</P>" % _x(t) for t in (text if isinstance(text, list) else [text]))


def ted_f02(docid, ojs, pubdate, ca, ca_type, title, ref, cpv, ctype, short, val, lots, lefti, info, dispatch,
            nature_code, nature_txt, lot_div=True):
    """Avis TED_EXPORT R2.0.9 contenant un formulaire F02_2014 en français."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<TED_EXPORT xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication" '
           'xmlns:n2016="http://publications.europa.eu/resource/schema/ted/2016/nuts" '
           'xmlns:xlink="http://www.w3.org/1999/xlink" DOC_ID="%s" EDITION="%s" VERSION="R2.0.9.S05.E01">'
           % (docid, ojs.replace(" ", "")),
           '  <TECHNICAL_SECTION><RECEPTION_ID>26-%s-001</RECEPTION_ID><DELETION_DATE>20260630</DELETION_DATE>'
           '<FORM_LG_LIST>FR </FORM_LG_LIST></TECHNICAL_SECTION>' % docid.split("-")[0],
           '  <CODED_DATA_SECTION>',
           '    <REF_OJS><COLL_OJ>S</COLL_OJ><NO_OJ>%s</NO_OJ><DATE_PUB>%s</DATE_PUB></REF_OJS>' % (ojs[-3:], pubdate),
           '    <NOTICE_DATA><NO_DOC_OJS>2026/S %s-%s</NO_DOC_OJS><LG_ORIG>FR</LG_ORIG><ISO_COUNTRY VALUE="FR"/>'
           '<ORIGINAL_CPV CODE="%s"/><VALUES><VALUE TYPE="ESTIMATED_TOTAL" CURRENCY="EUR">%s</VALUE></VALUES>'
           '</NOTICE_DATA>' % (ojs[-3:], docid.split("-")[0], cpv, val),
           '    <CODIF_DATA><DS_DATE_DISPATCH>%s</DS_DATE_DISPATCH><AA_AUTHORITY_TYPE CODE="%s">%s</AA_AUTHORITY_TYPE>'
           '<TD_DOCUMENT_TYPE CODE="3">Contract notice</TD_DOCUMENT_TYPE><NC_CONTRACT_NATURE CODE="%s">%s'
           '</NC_CONTRACT_NATURE><PR_PROC CODE="1">Open procedure</PR_PROC><RP_REGULATION CODE="4">European Union'
           '</RP_REGULATION><TY_TYPE_BID CODE="9">Not applicable</TY_TYPE_BID><AC_AWARD_CRIT CODE="2">The most '
           'economic tender</AC_AWARD_CRIT></CODIF_DATA>' % (dispatch.replace("-", ""), ca_type[0], ca_type[1],
                                                              nature_code, nature_txt),
           '  </CODED_DATA_SECTION>',
           '  <FORM_SECTION>',
           '    <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="FR">',
           '      <LEGAL_BASIS VALUE="32014L0024"/>',
           '      <CONTRACTING_BODY>',
           '        <ADDRESS_CONTRACTING_BODY><OFFICIALNAME>%s</OFFICIALNAME><NATIONALID>%s</NATIONALID>'
           '<ADDRESS>%s</ADDRESS><TOWN>%s</TOWN><POSTAL_CODE>%s</POSTAL_CODE><COUNTRY VALUE="FR"/>'
           '<E_MAIL>%s</E_MAIL><n2016:NUTS CODE="%s"/><URL_GENERAL>%s</URL_GENERAL></ADDRESS_CONTRACTING_BODY>'
           % tuple(_x(v) for v in ca),
           '        <DOCUMENT_FULL/><URL_DOCUMENT>%s</URL_DOCUMENT><ADDRESS_FURTHER_INFO_IDEM/>'
           '<URL_PARTICIPATION>%s</URL_PARTICIPATION>' % (_x(ca[7]), _x(ca[7])),
           '        <CA_TYPE VALUE="%s"/><CA_ACTIVITY VALUE="GENERAL_PUBLIC_SERVICES"/>' % ca_type[2],
           '      </CONTRACTING_BODY>',
           '      <OBJECT_CONTRACT>',
           '        <TITLE>%s</TITLE><REFERENCE_NUMBER>%s</REFERENCE_NUMBER>' % (_ps(title), _x(ref)),
           '        <CPV_MAIN><CPV_CODE CODE="%s"/></CPV_MAIN><TYPE_CONTRACT CTYPE="%s"/>' % (cpv, ctype),
           '        <SHORT_DESCR>%s</SHORT_DESCR>' % _ps(short),
           '        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">%s</VAL_ESTIMATED_TOTAL>' % val]
    if lot_div:
        out.append('        <LOT_DIVISION><LOT_ALL/></LOT_DIVISION>')
    else:
        out.append('        <NO_LOT_DIVISION/>')
    for i, lot in enumerate(lots, 1):
        out.append('        <OBJECT_DESCR ITEM="%d">' % i)
        out.append('          <TITLE>%s</TITLE>' % _ps(lot["title"]))
        if lot_div:
            out.append('          <LOT_NO>%d</LOT_NO>' % i)
        out.append('          <CPV_ADDITIONAL><CPV_CODE CODE="%s"/></CPV_ADDITIONAL>' % lot.get("cpv", cpv))
        out.append('          <n2016:NUTS CODE="%s"/><MAIN_SITE>%s</MAIN_SITE>' % (ca[6], _ps(lot["site"])))
        out.append('          <SHORT_DESCR>%s</SHORT_DESCR>' % _ps(lot["descr"]))
        out.append('          <AC>')
        for name, w in lot["quality"]:
            out.append('            <AC_QUALITY><AC_CRITERION>%s</AC_CRITERION><AC_WEIGHTING>%s</AC_WEIGHTING>'
                       '</AC_QUALITY>' % (_x(name), w))
        out.append('            <AC_PRICE><AC_WEIGHTING>%s</AC_WEIGHTING></AC_PRICE>' % lot["price"])
        out.append('          </AC>')
        if "val" in lot:
            out.append('          <VAL_OBJECT CURRENCY="EUR">%s</VAL_OBJECT>' % lot["val"])
        out.append('          <DURATION TYPE="MONTH">%s</DURATION>' % lot["months"])
        out.append('          %s' % ('<RENEWAL/><RENEWAL_DESCR>%s</RENEWAL_DESCR>' % _ps(lot["renewal"])
                                     if lot.get("renewal") else '<NO_RENEWAL/>'))
        out.append('          <NO_ACCEPTED_VARIANTS/><NO_OPTIONS/><NO_EU_PROGR_RELATED/>')
        if lot.get("info"):
            out.append('          <INFO_ADD>%s</INFO_ADD>' % _ps(lot["info"]))
        out.append('        </OBJECT_DESCR>')
    out.append('      </OBJECT_CONTRACT>')
    out.append('      <LEFTI>')
    out.append('        <SUITABILITY>%s</SUITABILITY>' % _ps(lefti["suitability"]))
    out.append('        <ECONOMIC_CRITERIA_DOC/><TECHNICAL_CRITERIA_DOC/>')
    for tag in lefti.get("flags", []):
        out.append('        <%s/>' % tag)
    if lefti.get("perf"):
        out.append('        <PERFORMANCE_CONDITIONS>%s</PERFORMANCE_CONDITIONS>' % _ps(lefti["perf"]))
    out.append('      </LEFTI>')
    out.append('      <PROCEDURE><PT_OPEN/>%s<CONTRACT_COVERED_GPA/><DATE_RECEIPT_TENDERS>%s</DATE_RECEIPT_TENDERS>'
               '<TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS><LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>'
               '<DURATION_TENDER_VALID TYPE="MONTH">6</DURATION_TENDER_VALID><OPENING_CONDITION>'
               '<DATE_OPENING_TENDERS>%s</DATE_OPENING_TENDERS><TIME_OPENING_TENDERS>14:00</TIME_OPENING_TENDERS>'
               '</OPENING_CONDITION></PROCEDURE>' % (lefti.get("fw", ""), lefti["date"], lefti["date"]))
    out.append('      <COMPLEMENTARY_INFO><NO_RECURRENT_PROCUREMENT/><INFO_ADD>%s</INFO_ADD>' % _ps(info))
    out.append('        <ADDRESS_REVIEW_BODY><OFFICIALNAME>%s</OFFICIALNAME><TOWN>%s</TOWN><COUNTRY VALUE="FR"/>'
               '</ADDRESS_REVIEW_BODY><DATE_DISPATCH_NOTICE>%s</DATE_DISPATCH_NOTICE>'
               % (_x(lefti["ta"][0]), _x(lefti["ta"][1]), dispatch))
    out.append('      </COMPLEMENTARY_INFO>')
    out.append('    </F02_2014>')
    out.append('  </FORM_SECTION>')
    out.append('</TED_EXPORT>')
    return "\n".join(out) + "\n"


def x01():
    xml = ted_f02(
        "162840-2026", "2026 053", "20260317",
        ("Ville de Saint-Alban-les-Mûriers", "21420221700018", "Place de l'Hôtel-de-Ville",
         "Saint-Alban-les-Mûriers", "42370", "commande.publique@saint-alban-murier.example", "FRK25",
         "https://marches.saint-alban-murier.example"),
        ("3", "Regional or local authority", "REGIONAL_AUTHORITY"),
        "Requalification de l'avenue Jean-Jaurès et de la rue des Forges – travaux de voirie et réseaux",
        "2026-VOI-04", "45233140", "WORKS",
        "Travaux de requalification de voirie en deux lots : lot 1 – terrassements, chaussées, bordures et "
        "assainissement pluvial ; lot 2 – revêtements de trottoirs, mobilier urbain et plantations.",
        "1085000",
        [dict(title="Lot 1 – Terrassements, chaussées et assainissement pluvial",
              site="Avenue Jean-Jaurès, Saint-Alban-les-Mûriers",
              descr="Démolition de chaussée, terrassements, réseaux pluviaux, couches de forme et enrobés.",
              quality=[("Valeur technique", "30"),
                       ("Limitation des nuisances et des émissions du chantier : âge et motorisation des engins, "
                        "transport des matériaux, réemploi des déblais", "10")],
              price="60", months="7", val="760000"),
         dict(title="Lot 2 – Revêtements de trottoirs, mobilier urbain et plantations",
              site="Rue des Forges, Saint-Alban-les-Mûriers",
              descr="Trottoirs en béton désactivé, bordures granit, mobilier urbain, fosses d'arbres.",
              quality=[("Valeur technique", "30"),
                       ("Limitation des nuisances et des émissions du chantier : âge et motorisation des engins, "
                        "transport des matériaux, réemploi des déblais", "10")],
              price="60", months="5", val="325000")],
        dict(suitability="Inscription au registre du commerce ou au répertoire des métiers.",
             perf=["Conformément à l'article L2112-2 du code de la commande publique, les titulaires réalisent "
                   "une action d'insertion professionnelle au bénéfice de personnes éloignées de l'emploi : "
                   "490 heures pour le lot 1 et 280 heures pour le lot 2, avec l'appui du PLIE Loire-Sud."],
             flags=[], date="2026-04-21", ta=("Tribunal administratif de Lyon", "Lyon")),
        ["Les candidats peuvent soumissionner pour un ou plusieurs lots. Visite libre du site.",
         "Le dossier de consultation est téléchargeable gratuitement sur le profil d'acheteur."],
        "2026-03-12", "1", "Works")
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=770, critere_environnemental=1, allotissement=1,
            nb_lots=2, montant_estime_ht=1085000,
            evidence=["490 heures pour le lot 1 et 280 heures pour le lot 2", "[490 + 280 = 770]",
                      "Limitation des nuisances et des émissions du chantier",
                      "Travaux de requalification de voirie en deux lots",
                      "1085000"])
    return DOC("31_TED_F02_voirie_Saint-Alban.xml", "AVIS", "", "", None, lab, xml=xml,
               traps="heures par lot dans PERFORMANCE_CONDITIONS ; critère environnemental sans le mot")


def x02():
    xml = ted_f02(
        "171455-2026", "2026 056", "20260320",
        ("Département de l'Yonnelle", "22890001100016", "1 quai de la République", "Auxerre-sur-Yonnelle",
         "89000", "marches@yonnelle.example", "FRC14", "https://www.yonnelle-marchespublics.example"),
        ("3", "Regional or local authority", "REGIONAL_AUTHORITY"),
        "Fauchage et débroussaillage des dépendances vertes des routes départementales",
        "2026-ROU-FAU", "77312000", "SERVICES",
        "Accord-cadre à bons de commande pour le fauchage des accotements, le débroussaillage des talus et "
        "fossés et l'entretien des délaissés routiers, réparti en trois lots territoriaux.",
        "540000",
        [dict(title="Lot 1 – Secteur Puisaye", site="Routes départementales du secteur Puisaye",
              descr="Fauchage de sécurité et fauchage tardif, débroussaillage.", quality=[("Valeur technique", "40")],
              price="60", months="12", renewal="Reconductible trois fois par période de douze mois."),
         dict(title="Lot 2 – Secteur Tonnerrois", site="Routes départementales du secteur Tonnerrois",
              descr="Fauchage de sécurité et fauchage tardif, débroussaillage.", quality=[("Valeur technique", "40")],
              price="60", months="12", renewal="Reconductible trois fois par période de douze mois."),
         dict(title="Lot 3 – Délaissés et aires de repos", site="Aires de repos et délaissés routiers",
              descr="Entretien manuel des délaissés, ramassage des déchets abandonnés, taille des haies.",
              quality=[("Valeur technique", "40")], price="60", months="12",
              renewal="Reconductible trois fois par période de douze mois.",
              info="Lot réservé : voir informations complémentaires.")],
        dict(suitability="Attestations d'assurance ; liste des matériels.",
             flags=["RESTRICTED_SHELTERED_WORKSHOP"],
             perf=["Fauchage tardif des accotements hors bande de sécurité (après le 15 juillet) pour préserver "
                   "la floraison ; aucun produit phytopharmaceutique ; les matériels sont alimentés en "
                   "biocarburant ou à motorisation électrique pour les outils portatifs ; les huiles de chaîne et "
                   "hydrauliques sont biodégradables."],
             fw="<FRAMEWORK><SINGLE_OPERATOR/></FRAMEWORK>", date="2026-04-24",
             ta=("Tribunal administratif de Dijon", "Dijon")),
        ["Le lot 3 est réservé aux structures d'insertion par l'activité économique mentionnées à l'article "
         "L5132-4 du code du travail, en application de l'article L2113-13 du code de la commande publique.",
         "Le montant maximum de l'accord-cadre, tous lots confondus, est de 720 000 EUR HT sur quatre ans."],
        "2026-03-16", "4", "Service")
    lab = L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, allotissement=1, nb_lots=3,
            montant_estime_ht=540000, montant_max_ht=720000,
            evidence=["en application de l'article L2113-13 du code de la commande publique",
                      "les huiles de chaîne et hydrauliques sont biodégradables",
                      "réparti en trois lots territoriaux", "540000",
                      "est de 720 000 EUR HT sur quatre ans"])
    return DOC("32_TED_F02_fauchage_Yonnelle.xml", "AVIS", "", "", None, lab, xml=xml,
               traps="case RESTRICTED_SHELTERED_WORKSHOP cochée mais article L2113-13 cité (l'article prévaut)")


def x03():
    xml = ted_f02(
        "175902-2026", "2026 057", "20260323",
        ("Université Loire-Océan", "19440984300019", "1 quai de Tourville", "Nantes", "44000",
         "achats@univ-loire-ocean.example", "FRG01", "https://marches.univ-loire-ocean.example"),
        ("6", "Body governed by public law", "BODY_PUBLIC"),
        "Accompagnement psychologique et social des étudiants",
        "ULO-2026-VIE-02", "85312300", "SERVICES",
        ["Consultations psychologiques, permanences d'assistance sociale et ateliers de prévention pour les "
         "étudiants des campus nantais et nazairien, y compris les étudiants en situation de handicap, dans des "
         "locaux accessibles.", "Le marché n'est pas alloti."],
        "180000",
        [dict(title="Accompagnement psychologique et social des étudiants", site="Campus de Nantes et de Saint-Nazaire",
              descr="Permanences hebdomadaires, plateforme de prise de rendez-vous, interventions en cas de crise.",
              quality=[("Méthodologie et qualité de l'accompagnement", "40"),
                       ("Qualification et expérience des intervenants", "20")],
              price="40", months="36")],
        dict(suitability="Les intervenants sont titulaires du titre de psychologue ou du diplôme d'État d'assistant "
                         "de service social. Les candidats joignent, s'ils en disposent, leurs certifications "
                         "qualité.",
             flags=[], date="2026-04-27", ta=("Tribunal administratif de Nantes", "Nantes")),
        ["Le montant maximum est de 240 000 euros TTC pour la durée totale du marché.",
         "Les candidats produisent la déclaration relative à l'obligation d'emploi des travailleurs handicapés."],
        "2026-03-18", "4", "Service", lot_div=False)
    lab = L(allotissement=0, montant_estime_ht=180000,
            evidence=["Le marché n'est pas alloti.", "180000"])
    return DOC("33_TED_F02_accompagnement_etudiants_Loire-Ocean.xml", "AVIS", "", "", None, lab, xml=xml,
               traps="objet social ; maximum seulement TTC (240 000 € TTC, laissé vide) ; accessibilité ; L5212")


_EF_NS = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" '
          'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
          'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
          'xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" '
          'xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1" '
          'xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1" '
          'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"')


def _ext(inner):
    return ("<ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>%s"
            "</efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>" % inner)


def eforms_cn(uuid, folder, issue, org, party_type, proj, lots, nature, cpv, est=None, info=None):
    """Avis de marché eForms (UBL ContractNotice, sous-type 16)."""
    o = ['<?xml version="1.0" encoding="UTF-8"?>', '<ContractNotice %s>' % _EF_NS]
    o.append("  " + _ext(
        '<efac:NoticeSubType><cbc:SubTypeCode listName="notice-subtype">16</cbc:SubTypeCode></efac:NoticeSubType>'
        '<efac:Organizations><efac:Organization><efac:Company><cbc:WebsiteURI>%s</cbc:WebsiteURI>'
        '<cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>'
        '<cac:PartyName><cbc:Name languageID="FRA">%s</cbc:Name></cac:PartyName><cac:PostalAddress>'
        '<cbc:StreetName>%s</cbc:StreetName><cbc:CityName>%s</cbc:CityName><cbc:PostalZone>%s</cbc:PostalZone>'
        '<cbc:CountrySubentityCode listName="nuts">%s</cbc:CountrySubentityCode><cac:Country>'
        '<cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country></cac:PostalAddress>'
        '<cac:PartyLegalEntity><cbc:CompanyID>%s</cbc:CompanyID></cac:PartyLegalEntity><cac:Contact>'
        '<cbc:ElectronicMail>%s</cbc:ElectronicMail></cac:Contact></efac:Company></efac:Organization>'
        '</efac:Organizations>' % tuple(_x(v) for v in org)))
    o += ['  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>', '  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>',
          '  <cbc:ID schemeName="notice-id">%s</cbc:ID>' % uuid,
          '  <cbc:ContractFolderID>%s</cbc:ContractFolderID>' % folder,
          '  <cbc:IssueDate>%s+01:00</cbc:IssueDate>' % issue, '  <cbc:IssueTime>09:30:00+01:00</cbc:IssueTime>',
          '  <cbc:VersionID>01</cbc:VersionID>', '  <cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>',
          '  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>',
          '  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>',
          '  <cac:ContractingParty><cbc:BuyerProfileURI>%s</cbc:BuyerProfileURI><cac:ContractingPartyType>'
          '<cbc:PartyTypeCode listName="buyer-legal-type">%s</cbc:PartyTypeCode></cac:ContractingPartyType>'
          '<cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID>'
          '</cac:PartyIdentification></cac:Party></cac:ContractingParty>' % (_x(org[0]), party_type),
          '  <cac:TenderingTerms><cac:ProcurementLegislationDocumentReference><cbc:ID>CrossBorderLaw</cbc:ID>'
          '<cbc:DocumentDescription languageID="FRA">Code de la commande publique</cbc:DocumentDescription>'
          '</cac:ProcurementLegislationDocumentReference>%s</cac:TenderingTerms>' % (
              '<cac:LotDistribution><cbc:MaximumLotsSubmittedNumeric>%d</cbc:MaximumLotsSubmittedNumeric>'
              '</cac:LotDistribution>' % len(lots) if len(lots) > 1 else ""),
          '  <cac:TenderingProcess><cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>'
          '</cac:TenderingProcess>',
          '  <cac:ProcurementProject><cbc:ID schemeName="InternalID">%s</cbc:ID><cbc:Name languageID="FRA">%s'
          '</cbc:Name><cbc:Description languageID="FRA">%s</cbc:Description><cbc:ProcurementTypeCode '
          'listName="contract-nature">%s</cbc:ProcurementTypeCode>%s<cac:MainCommodityClassification>'
          '<cbc:ItemClassificationCode listName="cpv">%s</cbc:ItemClassificationCode>'
          '</cac:MainCommodityClassification>%s</cac:ProcurementProject>' % (
              _x(proj[0]), _x(proj[1]), _x(proj[2]), nature,
              ('<cbc:Note languageID="FRA">%s</cbc:Note>' % _x(info)) if info else "", cpv,
              ('<cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="EUR">%s'
               '</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>' % est) if est else "")]
    for lot in lots:
        crit = ""
        for typ, name, desc, w in lot["criteria"]:
            crit += ('<cac:SubordinateAwardingCriterion>%s<cbc:AwardingCriterionTypeCode listName='
                     '"award-criterion-type">%s</cbc:AwardingCriterionTypeCode><cbc:Name languageID="FRA">%s</cbc:Name>'
                     '<cbc:Description languageID="FRA">%s</cbc:Description></cac:SubordinateAwardingCriterion>' % (
                         _ext('<efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa'
                              '</efbc:ParameterCode><efbc:ParameterNumeric>%s</efbc:ParameterNumeric>'
                              '</efac:AwardCriterionParameter>' % w), typ, _x(name), _x(desc)))
        execreq = "".join(
            '<cac:ContractExecutionRequirement><cbc:ExecutionRequirementCode listName="%s">%s'
            '</cbc:ExecutionRequirementCode>%s</cac:ContractExecutionRequirement>' % (
                ln, code, ('<cbc:Description languageID="FRA">%s</cbc:Description>' % _x(d)) if d else "")
            for ln, code, d in lot.get("exec", []))
        o.append('  <cac:ProcurementProjectLot>')
        o.append('    <cbc:ID schemeName="Lot">%s</cbc:ID>' % lot["id"])
        o.append('    <cac:TenderingTerms><cbc:VariantConstraintCode listName="permission">not-allowed'
                 '</cbc:VariantConstraintCode><cac:TendererQualificationRequest><cac:SpecificTendererRequirement>'
                 '<cbc:TendererRequirementTypeCode listName="reserved-procurement">%s</cbc:TendererRequirementTypeCode>'
                 '</cac:SpecificTendererRequirement></cac:TendererQualificationRequest>%s<cac:AwardingTerms>'
                 '<cac:AwardingCriterion>%s</cac:AwardingCriterion></cac:AwardingTerms>%s</cac:TenderingTerms>'
                 % (lot.get("reserved", "none"), execreq, crit,
                    ('<cbc:Note languageID="FRA">%s</cbc:Note>' % _x(lot["note"])) if lot.get("note") else ""))
        o.append('    <cac:TenderingProcess><cac:TenderSubmissionDeadlinePeriod><cbc:EndDate>%s+01:00</cbc:EndDate>'
                 '<cbc:EndTime>12:00:00+01:00</cbc:EndTime></cac:TenderSubmissionDeadlinePeriod>%s'
                 '</cac:TenderingProcess>' % (lot["deadline"], '<cac:ContractingSystem><cbc:ContractingSystemTypeCode '
                                              'listName="framework-agreement">fa-wo-rc</cbc:ContractingSystemTypeCode>'
                                              '</cac:ContractingSystem>' if lot.get("fa") else ""))
        tot = ""
        if lot.get("est") or lot.get("max"):
            tot = "<cac:RequestedTenderTotal>%s%s</cac:RequestedTenderTotal>" % (
                _ext('<efbc:FrameworkMaximumAmount currencyID="EUR">%s</efbc:FrameworkMaximumAmount>' % lot["max"])
                if lot.get("max") else "",
                ('<cbc:EstimatedOverallContractAmount currencyID="EUR">%s</cbc:EstimatedOverallContractAmount>'
                 % lot["est"]) if lot.get("est") else "")
        o.append('    <cac:ProcurementProject><cbc:ID schemeName="InternalID">%s</cbc:ID><cbc:Name languageID="FRA">'
                 '%s</cbc:Name><cbc:Description languageID="FRA">%s</cbc:Description><cbc:ProcurementTypeCode '
                 'listName="contract-nature">%s</cbc:ProcurementTypeCode><cac:ProcurementAdditionalType>'
                 '<cbc:ProcurementTypeCode listName="strategic-procurement">%s</cbc:ProcurementTypeCode>'
                 '</cac:ProcurementAdditionalType><cac:MainCommodityClassification><cbc:ItemClassificationCode '
                 'listName="cpv">%s</cbc:ItemClassificationCode></cac:MainCommodityClassification>%s'
                 '<cac:PlannedPeriod><cbc:DurationMeasure unitCode="MONTH">%s</cbc:DurationMeasure></cac:PlannedPeriod>'
                 '</cac:ProcurementProject>' % (lot["id"], _x(lot["name"]), _x(lot["descr"]), nature,
                                                 lot.get("strategic", "none"), cpv, tot, lot["months"]))
        o.append('  </cac:ProcurementProjectLot>')
    o.append('</ContractNotice>')
    return "\n".join(o) + "\n"


def e01():
    org = ("https://www.smt-vallees-rhodaniennes.example", "Syndicat mixte des transports des vallées rhodaniennes",
           "12 avenue de la Gare routière", "Valence-sur-Rhône", "26000", "FRK23", "25260178900021",
           "marches@smt-vallees.example")
    lots = [dict(id="LOT-0001", name="Lot 1 – Nettoyage des gares routières de Valence et Romans",
                 descr="Nettoyage quotidien des halls, quais, sanitaires et abris, vidage des corbeilles.",
                 months="48", deadline="2026-04-29", est="900000", strategic="soc-obj",
                 exec=[("conditions", "performance",
                        "Le titulaire consacre 600 heures de travail sur la durée du marché à l'embauche ou à la "
                        "mise à disposition de personnes éloignées de l'emploi, suivies par le facilitateur du "
                        "PLIE Valence-Romans.")],
                 criteria=[("price", "Prix", "Prix global et forfaitaire annuel", "60"),
                           ("quality", "Organisation et moyens", "Planning, effectifs, encadrement", "30"),
                           ("quality", "Produits et procédés à faible impact",
                            "Part de produits écolabellisés, centrales de dosage, microfibres lavables, "
                            "réduction des consommations d'eau", "10")]),
            dict(id="LOT-0002", name="Lot 2 – Nettoyage des abris voyageurs du réseau interurbain",
                 descr="Nettoyage mensuel de 140 abris voyageurs et enlèvement des affichages sauvages.",
                 months="48", deadline="2026-04-29", est="450000", reserved="res-ws",
                 note="Lot réservé en application de l'article L2113-12 du code de la commande publique aux "
                      "entreprises adaptées et aux établissements et services d'aide par le travail.",
                 criteria=[("price", "Prix", "Prix unitaire par abris et par passage", "50"),
                           ("quality", "Valeur technique", "Organisation des tournées et contrôle qualité", "50")])]
    xml = eforms_cn("3c9e4b1a-6d2f-4a0e-9b7c-1f5a8e2d4c60", "8f1d2e3c-4b5a-4697-a8b9-0c1d2e3f4a5b",
                    "2026-03-19", org, "org-sub",
                    ("SMTVR-2026-NET", "Nettoyage des gares routières et des abris voyageurs",
                     "Marché de services de nettoyage réparti en deux lots."),
                    lots, "services", "90911200", est="1350000")
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=600, critere_environnemental=1, marche_reserve=1,
            reserve_base="L2113-12", allotissement=1, nb_lots=2, montant_estime_ht=1350000,
            evidence=["Le titulaire consacre 600 heures de travail", "personnes éloignées de l'emploi",
                      "Produits et procédés à faible impact",
                      "Lot réservé en application de l'article L2113-12",
                      "réparti en deux lots", "1350000"])
    return DOC("34_eForms_nettoyage_gares_SMTVR.xml", "AVIS", "", "", None, lab, xml=xml,
               traps="insertion sur le lot 1, réservation sur le lot 2 ; critère environnemental sans le mot")


def e02():
    org = ("https://www.chu-meuse-argonne.example", "Centre hospitalier universitaire de Verdun-Argonne",
           "2 rue d'Anthouard", "Verdun", "55100", "FRF33", "26550023400017", "achats@chu-verdun.example")
    mk = lambda i, name, descr, est, mx: dict(
        id="LOT-000%d" % i, name=name, descr=descr, months="48", deadline="2026-05-06", est=est, max=mx, fa=True,
        criteria=[("price", "Prix", "Prix unitaires appliqués aux quantités du DQE", "70"),
                  ("quality", "Qualité technique",
                   "Essais cliniques en situation, ergonomie, adaptation à l'environnement du bloc opératoire", "30")])
    lots = [mk(1, "Lot 1 – Agrafeuses et recharges de chirurgie digestive", "Agrafeuses linéaires et circulaires.",
               "240000", "300000"),
            mk(2, "Lot 2 – Trocarts à usage unique", "Trocarts de 5 à 15 mm avec et sans ballonnet.", "160000",
               "200000"),
            mk(3, "Lot 3 – Clips de ligature", "Clips en titane et polymère et leurs applicateurs.", "80000", "100000")]
    xml = eforms_cn("7a2b9c4d-1e3f-4a5b-8c6d-2e4f6a8b0c1d", "1b2c3d4e-5f60-4718-9a0b-c1d2e3f4a5b6",
                    "2026-03-24", org, "body-pl",
                    ("CHUVA-2026-DM-07", "Dispositifs médicaux de chirurgie mini-invasive",
                     "Accords-cadres à bons de commande mono-attributaires, sans minimum, répartis en trois lots."),
                    lots, "supplies", "33169000", est="480000")
    lab = L(allotissement=1, nb_lots=3, montant_estime_ht=480000, montant_max_ht=600000,
            evidence=["répartis en trois lots", "480000",
                      "[BT-271 FrameworkMaximumAmount : 300000 + 200000 + 100000 = 600 000]"])
    return DOC("35_eForms_dispositifs_medicaux_CHU_Verdun.xml", "AVIS", "", "", None, lab, xml=xml,
               traps="« environnement du bloc opératoire » ; strategic-procurement none ; maxima par lot à additionner")


def e03():
    org = ("https://www.agglo-pays-de-gex-sud.example", "Communauté d'agglomération du Pays de Gex-Sud",
           "135 rue de Genève", "Gex-Sud", "01170", "FRK21", "20004196600023", "commandepublique@gexsud.example")
    lots = [dict(id="LOT-0000", name="Accueil de jour itinérant pour personnes âgées en perte d'autonomie",
                 descr="Gestion d'un accueil de jour itinérant sur trois communes, transport des bénéficiaires "
                       "compris. Le marché n'est pas alloti.",
                 months="36", deadline="2026-04-30", est="850000", reserved="res-pub-ser",
                 note="Marché réservé, conformément à l'article L. 2113-15 du code de la commande publique, aux "
                      "entreprises de l'économie sociale et solidaire remplissant une mission de service public.",
                 criteria=[("quality", "Projet d'accompagnement", "Projet de service, activités, lien avec les aidants",
                            "50"),
                           ("price", "Prix", "Prix journée par bénéficiaire", "30"),
                           ("quality", "Organisation", "Moyens humains et logistiques, continuité du service",
                            "20")])]
    xml = eforms_cn("5d6e7f80-9a1b-4c2d-8e3f-405162738495", "9e8d7c6b-5a49-4382-b716-05f4e3d2c1b0",
                    "2026-03-26", org, "la",
                    ("CAPGS-2026-SOC-01", "Accueil de jour itinérant pour personnes âgées",
                     "Services sociaux au sens de l'article R2123-1 3° du code de la commande publique."),
                    lots, "services", "85312100", est="850000")
    lab = L(marche_reserve=1, reserve_base="L2113-15", allotissement=0, montant_estime_ht=850000,
            evidence=["Marché réservé, conformément à l'article L. 2113-15", "Le marché n'est pas alloti.", "850000"])
    return DOC("36_eForms_accueil_de_jour_Gex-Sud.xml", "AVIS", "", "", None, lab, xml=xml,
               traps="objet social ; réservation ESS (res-pub-ser + article)")


# ----------------------------------------------------------------------------- construction et contrôles
DOCS = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14,
        d01, d02, d03, d04, d05, d06, d07, d08, d09, d10,
        t01, t02, t03, t04, t05, t06,
        x01, x02, x03, e01, e02, e03]
OUT = os.path.join(HERE, "documents")
_CATEGORIES = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
               "clause_environnementale", "critere_environnemental")
_BASES = {"L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"}


def build_one(folder, d):
    path = os.path.join(folder, d["file"])
    ext = d["file"].rsplit(".", 1)[1]
    if ext == "xml":
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(d["xml"])
        return None
    pdf = ext == "pdf"
    blocks = [_conv(b, pdf) for b in number_articles(d["blocks"])]
    if pdf:
        return build_pdf(path, _conv_str(d["header"], True), _conv_str(d["footer"], True), blocks,
                         hyphen=d["hyphen"], title=d["header"], cols=d["cols"])
    if ext == "docx":
        build_docx(path, d["header"], d["footer"], blocks)
    else:
        build_txt(path, blocks)
    return None


def _ws(s):
    return re.sub(r"\s+", " ", s.replace(NB, " ").replace(NNB, " ")).strip()


def extract(path, d):
    """Texte des fichiers produits, tel qu'un lecteur le verrait : variantes avec césure recollée ou non."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        pages = []
        hdr, ftr = _conv_str(d["header"], True), _conv_str(d["footer"], True)
        for pg in PdfReader(path).pages:
            t = pg.extract_text()
            t = t.replace(hdr, "\n").replace(ftr, "\n")
            t = re.sub(r"Page \d+ / \d+", "\n", t)
            pages.append(t)
        raw = "\n".join(pages)
        a = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", raw)
        b = re.sub(r"-\s*\n\s*", "-", raw)
        return [_ws(a), _ws(b)]
    if ext == "docx":
        doc = docx.Document(path)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in doc.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return [_ws("\n".join(parts))]
    if ext == "xml":
        from lxml import etree
        root = etree.parse(path).getroot()
        return [_ws(" ".join(root.itertext()))]
    with open(path, encoding="utf-8") as fh:
        return [_ws(fh.read())]


def md5s(folder):
    import hashlib
    out = {}
    for f in sorted(os.listdir(folder)):
        p = os.path.join(folder, f)
        if os.path.isfile(p):
            out[f] = hashlib.md5(open(p, "rb").read()).hexdigest()
    return out


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    docs = [f() for f in DOCS]
    problems = []
    rows = []
    pages = {}
    kinds = {}
    names = set()
    for d in docs:
        if d["file"] in names:
            problems.append("%s : nom en double" % d["file"])
        names.add(d["file"])
        if d["blocks"] is not None:
            nums = [int(_ART.match(b[1]).group(1)) for b in number_articles(d["blocks"])
                    if b[0] in ("h", "h2") and _ART.match(b[1])]
            if nums != sorted(set(nums)):
                problems.append("%s : numérotation des articles %r" % (d["file"], nums))
        n = build_one(OUT, d)
        ext = d["file"].rsplit(".", 1)[1]
        kind = ext
        if ext == "xml":
            kind = "xml-eforms" if "ContractNotice" in d["xml"] else "xml-ted-f02"
        kinds[kind] = kinds.get(kind, 0) + 1
        path = os.path.join(OUT, d["file"])
        if n is not None:
            d["pages"] = n
            pages[n] = pages.get(n, 0) + 1
            ts, ps = LAYOUT_STATS[path]
            if d["long"]:
                if not (5 <= n <= 8):
                    problems.append("%s : %d pages (long : 5 à 8 attendues)" % (d["file"], n))
                if ts < 1:
                    problems.append("%s : aucun tableau coupé par un saut de page" % d["file"])
                if ps < 1:
                    problems.append("%s : aucune phrase coupée par un saut de page" % d["file"])
            elif not (1 <= n <= 4):
                problems.append("%s : %d pages" % (d["file"], n))
        lab = d["label"]
        texts = extract(path, d)
        for q in lab["evidence"]:
            if q.startswith("["):
                continue
            nq = _ws(norm(q))
            if not any(nq in t for t in texts):
                problems.append("%s : preuve absente du texte extrait : %r" % (d["file"], q))
        ev = " | ".join(norm(q) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuves trop longues (%d)" % (d["file"], len(ev)))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % d["file"])
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % d["file"])
        if lab["heures_insertion"] and lab["clause_insertion"] != 1:
            problems.append("%s : heures sans clause_insertion" % d["file"])
        if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % d["file"])
        if lab["reserve_base"]:
            for b in lab["reserve_base"].split(";"):
                if b not in _BASES:
                    problems.append("%s : base inconnue %s" % (d["file"], b))
        row = {"path": d["file"], "doc_type": d["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
    problems.extend(extra_checks(rows))
    # répartition demandée
    want = {"pdf": 14, "docx": 10, "txt": 6, "xml-ted-f02": 3, "xml-eforms": 3}
    for k, v in want.items():
        if kinds.get(k, 0) != v:
            problems.append("format %s : %d au lieu de %d" % (k, kinds.get(k, 0), v))
    if sum(1 for d in docs if d["long"]) != 5:
        problems.append("nombre de PDF longs différent de 5")
    if sum(1 for d in docs if d["cols"] == 2) != 3:
        problems.append("nombre de PDF à deux colonnes différent de 3")
    pos = {c: sum(1 for r in rows if r[c] == "1") for c in _CATEGORIES}
    for c, v in pos.items():
        if v < 5:
            problems.append("catégorie %s : %d positifs seulement" % (c, v))
    npos = sum(1 for r in rows if any(r[c] == "1" for c in _CATEGORIES))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    # second passage dans un sous-dossier temporaire : les fichiers doivent être identiques
    tmp = os.path.join(OUT, "_rebuild")
    os.makedirs(tmp)
    for f in DOCS:
        build_one(tmp, f())
    m1, m2 = md5s(OUT), md5s(tmp)
    shutil.rmtree(tmp)
    m1.pop("labels.csv", None)
    diff = [f for f in m1 if m1.get(f) != m2.get(f)]
    if diff or set(m1) != set(m2):
        problems.append("construction non déterministe : %r" % diff)
    print("documents : %d (%s) ; pages des PDF : %s" % (
        len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%d p. × %d" % kv for kv in sorted(pages.items()))))
    for d in docs:
        if d["file"].endswith(".pdf"):
            ts, ps = LAYOUT_STATS[os.path.join(OUT, d["file"])]
            if d["long"] or d["cols"] == 2:
                print("  %s : %d p., %d colonne(s), tableaux coupés %d, phrases coupées %d" % (
                    d["file"], d["pages"], d["cols"], ts, ps))
    print("documents avec au moins un positif : %d ; positifs par colonne : %s" % (
        npos, ", ".join("%s %d" % kv for kv in pos.items())))
    print("valeurs renseignées : %s" % ", ".join(
        "%s %d" % (c, sum(1 for r in rows if r[c] not in ("",)))
        for c in ("heures_insertion", "reserve_base", "allotissement", "nb_lots", "montant_estime_ht",
                  "montant_max_ht")))
    print("second passage : %d fichiers identiques (md5)" % (len(m1) - len(diff)))
    print("césures forcées / nombres coupés en fin de ligne (PDF, deux passages) : %d / %d" % (
        HY_STATS["cut"], SB_STATS["cut"]))
    print("contrôles : preuves retrouvées dans le texte extrait des fichiers produits (pypdf, python-docx, lxml, "
          "brut ; espaces normalisés, césures recollées) ; preuves <= 300 caractères ; types de pièces ; 0/1 ; "
          "clause_insertion => clause_sociale ; heures => clause_insertion ; marche_reserve <=> reserve_base ; "
          "bases admises ; nb_lots => allotissement = 1 ; valeurs numériques ; pages et coupures des PDF longs ; "
          "formats ; déterminisme -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
