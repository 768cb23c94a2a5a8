#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_10 (PDF reportlab, DOCX python-docx, notices .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise de tests/data/blind_values_9/make_documents.py : lignes 1-608 (écriture
PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés en fin de
ligne SB, aides de saisie) et lignes 2759-2903 (build_piece, check_articles, _expect, main, qui
écrivent dossiers.yml, expect et labels.csv). Ajouts de ce jeu : césure forcée possible d'un mot
court (HY, « heu-/res »), suivi de chaque coupure SB/HY (coupée ou restée entière), articles de
remplissage neutres écrits pour ce jeu, contrôles supplémentaires.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF, la police Helvetica standard ne l'ayant pas) ;
BR = retour à la ligne forcé dans les PDF ; SB = coupure possible d'un nombre en fin de ligne ;
HY = césure possible d'un mot court (« heu¦HY¦res ») si le mot ne tient plus sur la ligne.

Usage : .venv/bin/python tests/data/blind_values_10/make_documents.py
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
SET_NAME = "blind_values_10"

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


def f_pieces(c, v=0, extra=()):
    items = ["l'acte d'engagement et ses annexes éventuelles ;",
             "le présent cahier des clauses administratives particulières (CCAP) ;",
             "le cahier des clauses techniques particulières (CCTP) ;"]
    items += list(extra)
    items.append("le cahier des clauses administratives générales applicable aux marchés publics de %s "
                 "(CCAG-%s), approuvé par l'arrêté du 30 mars 2021 ;" % (
                     c["ccag"], "Travaux" if c["ccag"] == "travaux" else "FCS"))
    items.append("l'offre technique du titulaire (mémoire technique).")
    if v == 0:
        return A("Pièces constitutives du marché",
                 "Les pièces constitutives du marché sont, par ordre de priorité décroissant :", items,
                 "En cas de contradiction entre ces pièces, elles prévalent dans l'ordre où elles sont énumérées.")
    if v == 1:
        return A("Documents contractuels",
                 "Par dérogation à l'article 4.1 du CCAG, les documents contractuels prévalent dans l'ordre suivant :",
                 items)
    return A("Pièces contractuelles",
             "Le marché est constitué des pièces suivantes, classées par ordre de priorité :", items,
             "Seuls les exemplaires conservés dans les archives de l'acheteur font foi.")


def f_prix(c, v=0):
    if v == 0:
        return A("Forme et variation des prix",
                 "Les prestations sont réglées par application des prix unitaires du bordereau des prix aux quantités "
                 "réellement commandées et exécutées.",
                 "Les prix sont révisables annuellement à la date anniversaire de la notification, selon la formule "
                 "P = P0 × (0,125 + 0,875 × I / I0), où I est la dernière valeur publiée de l'indice de référence "
                 "à la date de révision et I0 sa valeur au mois de remise des offres.",
                 "La révision ne peut pas conduire à une hausse supérieure à 4 % par an. Le titulaire transmet "
                 "sa demande de révision, accompagnée du calcul, au moins un mois avant la date anniversaire.")
    if v == 1:
        return A("Prix",
                 "Les prix sont fermes et actualisables. L'actualisation s'effectue par application d'un coefficient "
                 "Cn = I(d − 3) / I0, lorsque le commencement d'exécution intervient plus de trois mois après la date "
                 "d'établissement des prix.",
                 "Les prix comprennent toutes les sujétions d'exécution, notamment les frais de déplacement, de "
                 "matériel et d'encadrement.")
    return A("Variation dans les prix",
             "Les prix sont révisés une fois par an, le 1er janvier, par application de l'indice ICHT-rev TS "
             "(ou de l'indice qui lui serait substitué). La première révision intervient au plus tôt douze mois "
             "après la date de notification.",
             "Les prix révisés s'appliquent aux bons de commande émis après la date de révision.")


def f_paiement(c, v=0):
    d = c["delai"]
    if v == 0:
        return A("Modalités de règlement",
                 "Les sommes dues au titulaire sont payées dans un délai global de %d jours à compter de la réception "
                 "de la demande de paiement. Les factures sont déposées sur le portail Chorus Pro." % d,
                 "Le défaut de paiement dans ce délai fait courir de plein droit des intérêts moratoires au taux de "
                 "la Banque centrale européenne majoré de huit points, ainsi qu'une indemnité forfaitaire de 40 € pour "
                 "frais de recouvrement.")
    if v == 1:
        return A("Paiement",
                 "Le mandatement intervient dans le délai global de paiement de %d jours. Chaque facture mentionne "
                 "le numéro du marché, le numéro du bon de commande, la désignation des prestations, les quantités et "
                 "les prix unitaires appliqués." % d,
                 "La transmission des factures s'effectue exclusivement par voie dématérialisée (Chorus Pro).")
    return A("Règlement des comptes",
             "Le titulaire remet une facture mensuelle pour les prestations exécutées au cours du mois écoulé. "
             "Le délai global de paiement est de %d jours." % d,
             "En cas de retard, les intérêts moratoires et l'indemnité forfaitaire de recouvrement sont dus dans "
             "les conditions fixées par le code de la commande publique.")


def f_avance(c, v=0):
    if v == 0:
        return A("Avance",
                 "Une avance est accordée au titulaire dans les conditions prévues aux articles R. 2191-3 et suivants "
                 "du code de la commande publique. Son taux est fixé à 10 % du montant initial toutes taxes comprises. "
                 "Le titulaire peut y renoncer dans l'acte d'engagement.")
    if v == 1:
        return A("Avance",
                 "Le titulaire bénéficie d'une avance, sauf renonciation expresse. Pour un accord-cadre à bons de "
                 "commande, l'avance est versée pour chaque bon de commande d'un montant supérieur au seuil "
                 "réglementaire et d'une durée d'exécution supérieure à deux mois.")
    return A("Avance et garanties",
             "Aucune garantie à première demande n'est exigée en contrepartie de l'avance. Le remboursement "
             "s'impute sur les sommes dues au titulaire lorsque le montant des prestations exécutées atteint 65 % "
             "du montant initial.")


def f_retenue(c, v=0):
    if v == 0:
        return A("Retenue de garantie",
                 "Une retenue de garantie de 5 % est prélevée sur chaque acompte. Elle peut être remplacée, au choix "
                 "du titulaire, par une garantie à première demande ou par une caution personnelle et solidaire.")
    return A("Retenue de garantie",
             "Il n'est pas prévu de retenue de garantie.")


def f_penalites(c, v=0, extra=()):
    if v == 0:
        paras = ["Par dérogation à l'article 14.1 du CCAG, le titulaire encourt, sans mise en demeure préalable, une "
                 "pénalité de 150 € par jour calendaire de retard dans l'exécution d'un bon de commande.",
                 "Le montant total des pénalités n'est pas plafonné."]
    elif v == 1:
        paras = ["En cas de retard, une pénalité journalière égale à 1/1000e du montant hors taxes du bon de commande "
                 "concerné est appliquée. Les pénalités inférieures à 300 € HT pour l'ensemble du marché ne sont "
                 "pas mises en recouvrement.",
                 "Toute prestation non conforme donne lieu à une réfaction de prix après constat contradictoire."]
    else:
        paras = ["Le titulaire encourt les pénalités suivantes, cumulables :",
                 ["retard dans le démarrage d'une intervention : 100 € HT par jour ;",
                  "absence à une réunion de suivi : 200 € HT par absence ;",
                  "retard dans la remise d'un compte rendu : 50 € HT par jour."]]
    return A("Pénalités", *(paras + list(extra)))


def f_assurances(c, v=0):
    if v == 0:
        return A("Assurances",
                 "Le titulaire justifie, dans un délai de quinze jours à compter de la notification et avant tout "
                 "commencement d'exécution, qu'il est titulaire d'une assurance couvrant sa responsabilité civile "
                 "professionnelle pour les dommages causés à l'acheteur ou aux tiers.")
    return A("Assurance",
             "Le titulaire doit avoir souscrit une police d'assurance garantissant les conséquences pécuniaires de sa "
             "responsabilité civile. L'attestation est produite chaque année à la date anniversaire du marché.")


def f_resiliation(c, v=0):
    if v == 0:
        return A("Résiliation",
                 "Les stipulations des articles 36 à 42 du CCAG relatives à la résiliation s'appliquent. En cas de "
                 "résiliation pour motif d'intérêt général, l'indemnité de résiliation est fixée à 3 % du montant "
                 "hors taxes des prestations restant à exécuter.")
    return A("Résiliation du marché",
             "L'acheteur peut résilier le marché dans les conditions prévues au chapitre 7 du CCAG. La résiliation "
             "aux torts du titulaire intervient après une mise en demeure restée infructueuse pendant quinze jours.")


def f_litiges(c, v=0):
    if v == 0:
        return A("Règlement des différends",
                 "Les parties recherchent un règlement amiable avant toute action contentieuse ; elles peuvent saisir "
                 "le comité consultatif interrégional de règlement amiable des litiges compétent.",
                 "À défaut, le litige est porté devant le tribunal administratif de %s." % c["ta"])
    return A("Litiges",
             "Tout litige relatif à l'exécution du marché relève de la compétence du tribunal administratif de %s. "
             "Le médiateur des entreprises peut être saisi en amont." % c["ta"])


def f_derogations(c, refs):
    return A("Dérogations au CCAG",
             "Les articles du présent document qui dérogent au CCAG sont les suivants :", list(refs))


def f_sous_traitance(c, v=0):
    if v == 0:
        return A("Sous-traitance",
                 "Le titulaire peut sous-traiter l'exécution de certaines parties du marché, sous réserve de "
                 "l'acceptation de chaque sous-traitant et de l'agrément de ses conditions de paiement (formulaire "
                 "DC4). Le sous-traitant direct est payé directement lorsque le montant sous-traité est égal ou "
                 "supérieur à 600 € TTC.")
    return A("Sous-traitance",
             "La sous-traitance totale est interdite. Toute sous-traitance partielle fait l'objet d'une déclaration "
             "préalable au moyen de l'acte spécial de sous-traitance.")


def f_travail(c, v=0):
    """Rappel d'obligations légales (travail dissimulé) : n'est pas une clause sociale."""
    return A("Obligations légales du titulaire",
             "Conformément aux articles L. 8222-1 et D. 8222-5 du code du travail, le titulaire remet tous les six "
             "mois, jusqu'à la fin de l'exécution du marché, une attestation de fourniture des déclarations "
             "sociales datant de moins de six mois et, le cas échéant, la liste nominative des salariés étrangers "
             "soumis à autorisation de travail.")


def f_confidentialite(c, v=0):
    return A("Confidentialité",
             "Le titulaire et son personnel sont tenus à une obligation de discrétion sur toutes les informations "
             "dont ils ont connaissance à l'occasion de l'exécution du marché.")


# RC
def f_rc_dce(c, items, v=0):
    if v == 0:
        return A("Contenu du dossier de consultation",
                 "Le dossier de consultation des entreprises (DCE) comprend :", list(items),
                 "Il est téléchargeable gratuitement sur le profil d'acheteur : %s." % c["profil"])
    return A("Dossier de consultation",
             "Le DCE est mis à disposition par voie électronique sur %s. Il contient les pièces suivantes :" % c["profil"],
             list(items),
             "Les candidats sont invités à s'identifier lors du téléchargement afin d'être informés des modifications "
             "éventuelles.")


def f_rc_variantes(c, v=0):
    if v == 0:
        return A("Variantes",
                 "Les variantes à l'initiative des candidats ne sont pas autorisées. Aucune prestation supplémentaire "
                 "éventuelle n'est prévue.")
    return A("Variantes et options",
             "Les candidats doivent répondre à la solution de base. Les variantes ne sont pas admises.")


def f_rc_validite(c, v=0):
    return A("Délai de validité des offres",
             "Le délai de validité des offres est de %s jours à compter de la date limite de réception des offres." % (
                 "cent vingt (120)" if v == 0 else "cent cinquante (150)"))


def f_rc_candidature(c, v=0, extra=()):
    items = ["la lettre de candidature (DC1) ou le document unique de marché européen (DUME) ;",
             "la déclaration du candidat (DC2) ou éléments équivalents ;",
             "le chiffre d'affaires global des trois derniers exercices disponibles ;",
             "une liste des principales prestations similaires exécutées au cours des trois dernières années ;",
             "l'attestation d'assurance de responsabilité civile professionnelle en cours de validité."]
    items += list(extra)
    if v == 0:
        return A("Pièces de la candidature", "Chaque candidat produit les pièces suivantes :", items)
    return A("Contenu de la candidature",
             "Les candidats peuvent utiliser les formulaires DC1 et DC2 ou le DUME. Le dossier comprend :", items,
             "Les candidats ne sont pas tenus de fournir les documents déjà transmis lors d'une précédente "
             "consultation et qui demeurent valables.")


def f_rc_remise(c, date, v=0):
    if v == 0:
        return A("Conditions d'envoi et de remise des offres",
                 "Les offres sont transmises par voie électronique sur le profil d'acheteur avant le %s. "
                 "Les plis reçus après cette date et cette heure ne sont pas examinés." % date,
                 "Les documents sont remis aux formats PDF, DOCX, XLSX ou ODT. Une copie de sauvegarde peut être "
                 "transmise sur support physique ou papier dans les délais impartis.")
    return A("Remise des plis",
             "La date limite de réception des offres est fixée au %s. La transmission électronique est "
             "obligatoire ; le dépôt d'un pli papier n'est pas accepté." % date,
             "La signature électronique de l'offre n'est pas exigée au stade du dépôt ; elle le sera de l'attributaire.")


def f_rc_negociation(c, v=0):
    if v == 0:
        return A("Négociation",
                 "L'acheteur se réserve la possibilité de négocier avec les trois candidats ayant remis les offres "
                 "les mieux classées. Il peut aussi attribuer le marché sur la base des offres initiales, sans "
                 "négociation.")
    return A("Négociation",
             "Aucune négociation n'est prévue. Les candidats peuvent être invités à préciser ou compléter la teneur "
             "de leur offre.")


def f_rc_renseignements(c, v=0):
    if v == 0:
        return A("Renseignements complémentaires",
                 "Les questions sont posées exclusivement par la messagerie du profil d'acheteur, au plus tard dix "
                 "jours avant la date limite de remise des offres. Les réponses sont communiquées à tous les "
                 "candidats identifiés six jours au moins avant cette date.")
    return A("Questions des candidats",
             "Toute demande de renseignement est adressée par écrit sur le profil d'acheteur. Il n'est répondu à "
             "aucune question posée par téléphone.")


def f_rc_recours(c, v=0):
    return A("Procédures de recours",
             "Instance chargée des procédures de recours : tribunal administratif de %s. Un référé précontractuel peut "
             "être introduit jusqu'à la signature du marché." % c["ta"])


# CCTP
def f_cctp_suivi(c, v=0):
    if v == 0:
        return A("Suivi de l'exécution",
                 "Une réunion de lancement est organisée dans les quinze jours qui suivent la notification. Des "
                 "réunions de suivi ont lieu chaque trimestre ; le titulaire en rédige le compte rendu sous huit jours.",
                 "Le titulaire désigne un interlocuteur unique, joignable aux heures ouvrables, chargé de la bonne "
                 "exécution des prestations.")
    if v == 1:
        return A("Pilotage et comptes rendus",
                 "Le titulaire remet chaque mois un rapport d'activité indiquant les prestations réalisées, les "
                 "incidents constatés et les actions correctives engagées.",
                 "Un bilan annuel est présenté au représentant de l'acheteur.")
    return A("Contrôle de la qualité",
             "L'acheteur procède à des contrôles inopinés. Chaque non-conformité relevée fait l'objet d'une fiche "
             "transmise au titulaire, qui dispose de quarante-huit heures pour y remédier.")


def f_cctp_personnel(c, v=0):
    if v == 0:
        return A("Personnel du titulaire",
                 "Le personnel affecté aux prestations est qualifié et encadré. Il porte une tenue de travail "
                 "identifiant l'entreprise et un badge nominatif. Le titulaire communique la liste des agents "
                 "intervenants et l'actualise à chaque changement.")
    return A("Encadrement et personnel",
             "Le titulaire désigne un chef d'équipe présent sur site pendant toute la durée des interventions. Les "
             "remplacements en cas d'absence sont assurés sans délai et sans surcoût.")


def f_cctp_securite(c, v=0):
    if v == 0:
        return A("Sécurité et prévention",
                 "Avant tout démarrage, un plan de prévention est établi conjointement avec le représentant de "
                 "l'acheteur. Le titulaire fournit à son personnel les équipements de protection individuelle adaptés.")
    return A("Hygiène et sécurité",
             "Le titulaire respecte les consignes de sécurité propres à chaque site. Il signale sans délai tout "
             "incident ou danger constaté à l'occasion de ses interventions.")


# AE
def f_ae_contractant(c, v=0):
    if v == 0:
        return A("Engagement du titulaire",
                 "Je soussigné(e) ……………………………………… (nom, prénom, qualité), agissant pour le compte de la "
                 "société ……………………………………… (raison sociale, adresse, SIRET ……………………), après avoir pris "
                 "connaissance des pièces du marché, m'engage, sans réserve, à exécuter les prestations dans les "
                 "conditions ci-après définies.",
                 "L'offre ainsi présentée ne me lie que si son acceptation m'est notifiée dans le délai de validité "
                 "des offres fixé par le règlement de la consultation.")
    return A("Identification et engagement du candidat",
             "Nom commercial et dénomination sociale : ………………………………………………",
             "Adresse de l'établissement : ………………………………………………  N° SIRET : ……………………",
             "Après avoir pris connaissance du CCAP, du CCTP et des documents qui y sont mentionnés, le candidat "
             "s'engage, sur la base de son offre, à exécuter les prestations demandées.")


def f_ae_compte(c, v=0):
    return A("Désignation du compte à créditer",
             "Les sommes dues en exécution du marché sont portées au crédit du compte suivant : IBAN ……………………………… "
             "BIC ………………… (joindre un relevé d'identité bancaire).")


def f_ae_signature(c, v=0):
    if v == 0:
        return [H("Signature"),
                P("Fait en un seul original, à …………………………, le ……………………"),
                P("Signature du candidat (représentant habilité) :"),
                H("Acceptation de l'offre"),
                P("Est acceptée la présente offre pour valoir acte d'engagement. À …………………………, le ……………………"),
                P("Pour %s, le représentant du pouvoir adjudicateur" % c["qui"])]
    return [H("Signatures"),
            P("Le candidat : à …………………………, le …………………… (cachet et signature)"),
            P("Le pouvoir adjudicateur : la présente offre est acceptée. À …………………………, le ……………………"),
            H("Notification"),
            P("Date de réception de la notification par le titulaire : ……………………")]


# ----------------------------------------------------------------------------- dossiers
def flat(*parts):
    out = []
    for p in parts:
        if isinstance(p, tuple):
            out.append(p)
        else:
            out.extend(p)
    return out


def boamp_head(annonce, dept, acheteur, siret, ville, cp, profil, procedure, date_limite, groupement="Non"):
    return [H("Section 1 : Identification de l'acheteur"),
            P("Nom complet de l'acheteur : " + acheteur),
            P("Type de Numéro national d'identification : SIRET"),
            P("N° National d'identification : " + siret),
            P("Ville : %s – Code postal : %s" % (ville, cp)),
            P("Groupement de commandes : " + groupement),
            P("Département(s) de publication : " + dept),
            H("Section 2 : Communication"),
            P("Moyens d'accès aux documents de la consultation : " + profil),
            P("L'intégralité des documents de la consultation se trouve sur le profil d'acheteur : Oui"),
            H("Section 3 : Procédure"),
            P("Type de procédure : " + procedure),
            P("Conditions de participation : voir le règlement de la consultation"),
            P("Technique d'achat : " + ("Accord-cadre" if "accord" in annonce.lower() else "Sans objet")),
            P("Date et heure limite de réception des plis : " + date_limite),
            P("Présentation des offres par catalogue électronique : Interdite"),
            P("Réduction du nombre de candidats : Non"),
            P("Possibilité d'attribution sans négociation : Oui")]


# ============================================================================= d01
def d01():
    c = C("la communauté de communes du Val d'Aubrette", "Limoges", ccag="travaux",
          profil="https://marches.valdaubrette.fr", ref="2027-03")
    hdr = "Communauté de communes du Val d'Aubrette – Gymnase Jean-Vautrin"
    avis = [TITLE("BOAMP – Avis d'appel public à la concurrence",
                  "Réhabilitation du gymnase Jean-Vautrin à Aubrette-le-Haut",
                  "Annonce n° 27-014832 – Travaux – Procédure adaptée")]
    avis += boamp_head("Annonce travaux", "87", "Communauté de communes du Val d'Aubrette", "200 067 412 00019",
                       "Aubrette-le-Haut", "87460", c["profil"], "Procédure adaptée ouverte",
                       "mercredi 3 mars 2027 à 12 h 00")
    avis += [H("Section 4 : Identification du marché"),
             P("Intitulé du marché : Réhabilitation du gymnase Jean-Vautrin"),
             P("Code CPV principal : 45000000 – Travaux de construction"),
             P("Type de marché : Travaux"),
             P("Description succincte du marché : reprise de la structure, de la charpente et de la couverture, "
               "remplacement des menuiseries extérieures et de l'installation électrique du gymnase."),
             P("Lieu principal d'exécution du marché : 14 rue des Tanneurs, 87460 Aubrette-le-Haut"),
             P("Durée du marché (en mois) : 14"),
             P("Valeur estimée (HT) : 1 380 000 euros"),
             P("La consultation comporte des tranches : Non"),
             P("La consultation prévoit une réservation de tout ou partie du marché : Non"),
             P("Marché alloti : Oui"),
             H("Section 5 : Lots"),
             P("Lot n° 1 – Gros œuvre – démolition. Valeur estimée : 610 000 € HT."),
             P("Lot n° 2 – Charpente – couverture. Valeur estimée : 330 000 € HT."),
             P("Lot n° 3 – Menuiseries extérieures. Valeur estimée : 240 000 € HT."),
             P("Lot n° 4 – Électricité – éclairage. Valeur estimée : 200 000 € HT."),
             H("Section 6 : Informations complémentaires"),
             P("Visite obligatoire : oui, le mardi 16 février 2027 entre 9 h et 12 h."),
             P("Conditions particulières d'exécution : clause sociale d'insertion pour les lots 1, 2 et 4, dans les "
               "conditions de la fiche annexée au CCAP."),
             P("Date d'envoi du présent avis à la publication : 2 février 2027")]
    rc = [TITLE("Communauté de communes du Val d'Aubrette", "RÈGLEMENT DE LA CONSULTATION",
                "Réhabilitation du gymnase Jean-Vautrin",
                "Procédure adaptée – article R. 2123-1 1° du code de la commande publique",
                "Date limite de remise des offres : mercredi 3 mars 2027 à 12 h 00")]
    rc += flat(
        A("Objet de la consultation",
          "La consultation porte sur les travaux de réhabilitation du gymnase Jean-Vautrin, 14 rue des Tanneurs à "
          "Aubrette-le-Haut. Le maître d'œuvre de l'opération est le cabinet Lassalle et Marty, architectes."),
        A("Décomposition en lots",
          "Les travaux sont répartis en quatre lots, traités par marchés séparés :",
          ["lot n° 1 : gros œuvre – démolition ;", "lot n° 2 : charpente – couverture ;",
           "lot n° 3 : menuiseries extérieures ;", "lot n° 4 : électricité – éclairage."],
          "Un même candidat peut se voir attribuer un ou plusieurs lots."),
        A("Délai d'exécution",
          "Le délai global d'exécution des travaux est de quatorze mois, période de préparation d'un mois comprise. "
          "Le délai propre à chaque lot est fixé par le calendrier détaillé d'exécution."),
        A("Clause sociale",
          "En application de l'article L. 2112-2 du code de la commande publique, les lots 1, 2 et 4 comportent une "
          "clause d'insertion par l'activité économique. Le volume horaire de chaque lot est fixé par la fiche "
          "« clause d'insertion » annexée au CCAP ; le lot 3 n'est pas concerné.",
          "Le facilitateur du PLIE du Val d'Aubrette accompagne gratuitement les entreprises dans la mise en œuvre "
          "de cette clause."),
        A("Visite du site",
          "Une visite du gymnase est obligatoire. Elle a lieu le mardi 16 février 2027 entre 9 h et 12 h, sur "
          "rendez-vous pris auprès des services techniques. Une attestation de visite est remise à chaque candidat."),
        f_rc_dce(c, ["le présent règlement de la consultation ;", "l'acte d'engagement de chaque lot ;",
                     "le CCAP et sa fiche « clause d'insertion » ;", "le CCTP commun à tous les lots ;",
                     "la décomposition du prix global et forfaitaire (DPGF) de chaque lot ;",
                     "les plans de l'existant et du projet."]),
        f_rc_candidature(c, 0, ["la déclaration relative à l'obligation d'emploi des travailleurs handicapés "
                                "(articles L. 5212-1 à L. 5212-11 du code du travail) ;"]),
        A("Jugement des offres",
          "Les offres sont jugées lot par lot selon les critères pondérés suivants :",
          ["prix des prestations : 60 % ;",
           "valeur technique : 40 %, appréciée au vu du mémoire technique : méthodologie et planning (20 points), "
           "moyens humains et matériels affectés au chantier (10 points), gestion et valorisation des déchets de "
           "chantier (10 points)."],
          "Les offres anormalement basses sont traitées conformément aux articles R. 2152-3 et R. 2152-4 du code de "
          "la commande publique."),
        f_rc_negociation(c, 0),
        f_rc_remise(c, "mercredi 3 mars 2027 à 12 h 00", 0),
        f_rc_recours(c))
    ccap = [TITLE("Communauté de communes du Val d'Aubrette", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Réhabilitation du gymnase Jean-Vautrin – commun aux lots 1 à 4")]
    ccap += flat(
        A("Objet et décomposition",
          "Le présent CCAP fixe les clauses administratives applicables aux marchés de travaux de réhabilitation du "
          "gymnase Jean-Vautrin. Il est commun aux quatre lots de l'opération."),
        f_pieces(c, 0, ["la fiche « clause d'insertion » annexée au présent CCAP ;",
                        "la décomposition du prix global et forfaitaire (DPGF) ;"]),
        A("Prix",
          "Les marchés sont conclus à prix global et forfaitaire. Les prix sont fermes et actualisables dans les "
          "conditions de l'article 3.4 du CCAG-Travaux."),
        A("Préparation et délais",
          "La période de préparation est d'un mois à compter de l'ordre de service de démarrage. Les délais propres à "
          "chaque lot sont fixés par le calendrier détaillé d'exécution élaboré par le maître d'œuvre."),
        A("Clause d'insertion par l'activité économique",
          "Les titulaires des lots 1, 2 et 4 réservent à des personnes rencontrant des difficultés sociales ou "
          "professionnelles particulières une part des heures de travail nécessaires à l'exécution de leur lot. Le "
          "nombre d'heures à réaliser pour chaque lot figure dans la fiche « clause d'insertion » annexée au présent "
          "CCAP.",
          "Le titulaire peut satisfaire à son engagement par l'embauche directe, par la mise à disposition de "
          "salariés par une entreprise de travail temporaire d'insertion, une association intermédiaire ou un GEIQ, "
          "ou par la sous-traitance à une structure d'insertion par l'activité économique.",
          "Il transmet chaque mois au facilitateur un état des heures réalisées. En cas de non-respect de son "
          "engagement, il encourt une pénalité de 60 € HT par heure d'insertion non réalisée."),
        A("Gestion des déchets de chantier",
          "Les titulaires trient les déchets de chantier sur site en cinq flux au moins (inertes, bois, métaux, "
          "plâtre, déchets non dangereux en mélange). Ils remettent au maître d'œuvre les bordereaux de suivi des "
          "déchets évacués et un bilan en fin de chantier."),
        f_avance(c, 0), f_retenue(c, 0), f_penalites(c, 0), f_assurances(c, 0), f_sous_traitance(c, 0),
        f_travail(c), f_resiliation(c, 0), f_litiges(c, 0),
        f_derogations(c, ["l'article 8 déroge à l'article 19.2.3 du CCAG-Travaux ;",
                          "l'article 12 déroge à l'article 14.1 du CCAG-Travaux."]))
    fiche = [TITLE("Communauté de communes du Val d'Aubrette", "ANNEXE AU CCAP – FICHE « CLAUSE D'INSERTION »",
                   "Réhabilitation du gymnase Jean-Vautrin")]
    fiche += [H("1. Objet de la fiche"),
              P("La présente fiche fixe, pour chaque lot, le nombre minimal d'heures de travail que le titulaire "
                "réserve à des publics éloignés de l'emploi, en application de l'article du CCAP relatif à la "
                "clause d'insertion par l'activité économique."),
              H("2. Volume d'heures par lot"),
              RTAB([["Lot", "Intitulé", "Montant estimé (€ HT)", "Heures d'insertion"],
                    ["1", "Gros œuvre – démolition", "610 000", "420"],
                    ["2", "Charpente – couverture", "330 000", "180"],
                    ["3", "Menuiseries extérieures", "240 000", "—"],
                    ["4", "Électricité – éclairage", "200 000", "150"],
                    ["Total", "Ensemble des lots", "1 380 000", "750"]],
                   widths=[0.6, 2.4, 1.5, 1.4], align="llrr", bold_last=True),
              P("Les heures réalisées au-delà de l'engagement d'un lot ne se reportent pas sur un autre lot."),
              H("3. Publics éligibles"),
              LST(["demandeurs d'emploi de longue durée (plus de douze mois d'inscription) ;",
                   "bénéficiaires du RSA, de l'ASS ou de l'AAH ;",
                   "jeunes de moins de 26 ans sans qualification ;",
                   "personnes prises en charge par une structure d'insertion par l'activité économique ;",
                   "autres publics, sur avis motivé du facilitateur."]),
              H("4. Comptabilisation"),
              P("Seules les heures de travail effectivement rémunérées sont comptabilisées. Les heures d'une personne "
                "ne sont prises en compte que si elle a effectué au minimum 70 heures sur le chantier."),
              H("5. Pour information"),
              P("La construction de la piscine intercommunale (2023-2024) avait donné lieu à 1 100 heures "
                "d'insertion réalisées par onze personnes. Ce chiffre ne constitue pas un objectif pour la présente "
                "opération.")]
    ae = [TITLE("Communauté de communes du Val d'Aubrette", "ACTE D'ENGAGEMENT",
                "Lot n° 1 – Gros œuvre – démolition", "Réhabilitation du gymnase Jean-Vautrin")]
    ae += flat(
        A("Objet",
          "Le présent acte d'engagement concerne le lot n° 1 « Gros œuvre – démolition » des travaux de "
          "réhabilitation du gymnase Jean-Vautrin, passés selon la procédure adaptée."),
        f_ae_contractant(c, 0),
        A("Prix",
          "Les travaux du lot sont rémunérés par un prix global et forfaitaire, détaillé dans la DPGF :",
          ["montant hors TVA : ……………………… € ;", "TVA au taux de 20 % : ……………………… € ;",
           "montant TTC : ……………………… €."]),
        A("Délai",
          "Le délai d'exécution du lot est fixé par le calendrier détaillé d'exécution ; il court à compter de "
          "l'ordre de service prescrivant le démarrage des travaux du lot."),
        A("Engagement d'insertion",
          "Le titulaire s'engage à réaliser, au titre de la clause d'insertion, 420 heures de travail au bénéfice "
          "de personnes éloignées de l'emploi, selon l'une des modalités prévues au CCAP."),
        A("Avance", "Je renonce au bénéfice de l'avance : ☐ oui   ☐ non"),
        f_ae_compte(c), f_ae_signature(c, 0))
    return dict(
        id="d01", title="CC du Val d'Aubrette – réhabilitation du gymnase Jean-Vautrin (travaux, 4 lots)",
        pieces=[
            PIECE("avis_boamp.txt", "AVIS", hdr, "", avis, L(
                clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=4, montant_estime_ht=1380000,
                evidence=["Valeur estimée (HT) : 1 380 000 euros", "Marché alloti : Oui",
                          "Lot n° 4 – Électricité – éclairage",
                          "clause sociale d'insertion pour les lots 1, 2 et 4"])),
            PIECE("rc.pdf", "RC", hdr + " – RC", "Consultation n° 2027-03 – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=4,
                evidence=["les lots 1, 2 et 4 comportent une clause d'insertion par l'activité économique",
                          "gestion et valorisation des déchets de chantier (10 points)",
                          "Les travaux sont répartis en quatre lots"]), hyphen=True),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "Consultation n° 2027-03 – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=4,
                evidence=["Les titulaires des lots 1, 2 et 4 réservent à des personnes rencontrant des difficultés",
                          "trient les déchets de chantier sur site en cinq flux au moins",
                          "commun aux quatre lots de l'opération"]), hyphen=True),
            PIECE("annexe_ccap_clause_insertion.pdf", "CCAP", hdr + " – Annexe au CCAP",
                  "Consultation n° 2027-03 – Fiche clause d'insertion", fiche, L(
                      clause_sociale=1, clause_insertion=1, heures_insertion=750, allotissement=1, nb_lots=4,
                      montant_estime_ht=1380000,
                      evidence=["nombre minimal d'heures de travail que le titulaire réserve à des publics éloignés",
                                "Total Ensemble des lots 1 380 000 750", "4 Électricité – éclairage"])),
            PIECE("ae_lot1.docx", "AE", hdr + " – AE lot 1", "Consultation n° 2027-03 – Acte d'engagement", ae, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=420, allotissement=1,
                evidence=["s'engage à réaliser, au titre de la clause d'insertion, 420 heures de travail",
                          "Lot n° 1 – Gros œuvre – démolition"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=750, allotissement=1, nb_lots=4, montant_estime_ht=1380000),
        note=("Heures : 750 = 420 (lot 1) + 180 (lot 2) + 150 (lot 4), ligne Total du tableau de la fiche annexée "
              "au CCAP (seule pièce qui donne tous les lots) ; l'AE du lot 1 reprend 420 ; l'avis, le RC et le CCAP "
              "annoncent la clause sans chiffre. Pièges : 60 € HT par heure non réalisée, 70 heures minimum par "
              "personne, 1 100 heures de la piscine (opération antérieure), visite de 9 h à 12 h. Marché de travaux "
              "à prix global et forfaitaire : aucun montant maximum. Estimation 1 380 000 (avis ; total de la "
              "fiche ; 610 000 + 330 000 + 240 000 + 200 000). Quatre lots."))


# ============================================================================= d02
def d02():
    c = C("la Ville de Saint-Ormel", "Rennes", profil="https://www.megalis-ouest.org (Saint-Ormel)", ref="2027-NET-02")
    hdr = "Ville de Saint-Ormel – Nettoyage des bâtiments communaux"
    avis = [TITLE("BOAMP – Avis d'appel public à la concurrence",
                  "Nettoyage et vitrerie des bâtiments communaux", "Annonce n° 27-020117 – Services")]
    avis += boamp_head("Accord-cadre services", "35", "Ville de Saint-Ormel", "213 502 871 00016", "Saint-Ormel",
                       "35480", c["profil"], "Procédure adaptée ouverte", "vendredi 19 février 2027 à 16 h 00")
    avis += [H("Section 4 : Identification du marché"),
             P("Intitulé du marché : Nettoyage et vitrerie des bâtiments communaux"),
             P("Code CPV principal : 90910000 – Services de nettoyage"),
             P("Type de marché : Services"),
             P("Description succincte du marché : accord-cadre à bons de commande pour le nettoyage courant et la "
               "vitrerie de la mairie, de la médiathèque, des écoles et des équipements sportifs."),
             P("Lieu principal d'exécution du marché : Saint-Ormel (35)"),
             P("Durée du marché (en mois) : 12 – reconductible trois fois"),
             P("La consultation comporte des tranches : Non"),
             P("La consultation prévoit une réservation de tout ou partie du marché : Non"),
             P("Marché alloti : Non"),
             H("Section 6 : Informations complémentaires"),
             P("Conditions particulières d'exécution : clause sociale d'insertion. Le titulaire réalise 350 heures "
               "d'insertion par an, soit 1 400 heures sur la durée maximale du marché."),
             P("Les critères d'attribution et leur pondération sont indiqués dans le règlement de la consultation."),
             P("Date d'envoi du présent avis à la publication : 25 janvier 2027")]
    rc = [TITLE("Ville de Saint-Ormel", "RÈGLEMENT DE LA CONSULTATION",
                "Nettoyage et vitrerie des bâtiments communaux – accord-cadre à bons de commande",
                "Remise des offres : vendredi 19 février 2027, 16 h 00")]
    rc += flat(
        A("Objet",
          "La consultation a pour objet le nettoyage courant et la vitrerie des bâtiments communaux de la Ville de "
          "Saint-Ormel. La liste des sites et les fréquences figurent au CCTP."),
        A("Forme du marché",
          "Il s'agit d'un accord-cadre mono-attributaire exécuté par bons de commande, en application des articles "
          "R. 2162-1 à R. 2162-14 du code de la commande publique, avec un minimum et un maximum annuels fixés au "
          "CCAP."),
        A("Allotissement",
          "Le marché n'est pas alloti : le nettoyage courant et la vitrerie sont exécutés sur les mêmes sites et "
          "aux mêmes horaires, et leur coordination par un opérateur unique est nécessaire (article L. 2113-11 du "
          "code de la commande publique)."),
        A("Durée",
          "Le marché est conclu pour une période initiale de douze mois à compter du 1er avril 2027. Il est "
          "reconductible tacitement trois fois, par période de douze mois, sans que sa durée totale puisse excéder "
          "quatre ans. Le titulaire ne peut refuser la reconduction."),
        A("Clause sociale",
          "Le marché comporte une clause d'insertion professionnelle au bénéfice de personnes éloignées de "
          "l'emploi ; son volume est fixé à l'acte d'engagement."),
        f_rc_dce(c, ["le règlement de la consultation ;", "l'acte d'engagement ;", "le CCAP ;", "le CCTP ;",
                     "le bordereau des prix unitaires ;", "le détail quantitatif estimatif (non contractuel)."], 1),
        f_rc_candidature(c, 1),
        A("Critères de jugement des offres",
          "L'offre économiquement la plus avantageuse est choisie selon les critères suivants :",
          ["prix, apprécié sur le détail quantitatif estimatif : 50 % ;",
           "valeur technique (organisation, moyens, contrôle qualité) : 40 % ;",
           "performances en matière de protection de l'environnement (produits et matériels utilisés, "
           "consommation d'eau) : 10 %."]),
        f_rc_validite(c, 0), f_rc_remise(c, "vendredi 19 février 2027 à 16 h 00", 1), f_rc_renseignements(c, 1))
    ccap = [TITLE("Ville de Saint-Ormel", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Nettoyage et vitrerie des bâtiments communaux")]
    ccap += flat(
        A("Objet",
          "Le présent accord-cadre a pour objet le nettoyage courant et la vitrerie des bâtiments communaux. Sa "
          "durée et ses reconductions sont fixées par le règlement de la consultation."),
        f_pieces(c, 1, ["le bordereau des prix unitaires ;"]),
        A("Montants minimum et maximum",
          "L'accord-cadre est conclu avec un minimum et un maximum annuels. Le montant minimum annuel est fixé à "
          "20 000 € HT et le montant maximum annuel des commandes est fixé à 95" + SB + "000 € HT. Ces montants "
          "s'appliquent à chacune des périodes d'exécution."),
        A("Bons de commande",
          "Les prestations ponctuelles (remise en état après travaux, nettoyage après manifestation) font l'objet de "
          "bons de commande émis par le service des bâtiments. Chaque bon précise le site, la date et les quantités."),
        f_prix(c, 2),
        A("Clause sociale d'insertion",
          "Le titulaire met en œuvre une action d'insertion au bénéfice de personnes rencontrant des difficultés "
          "d'accès à l'emploi, dont le volume annuel est fixé à l'acte d'engagement. Il en rend compte chaque "
          "trimestre à la Maison de l'emploi du pays de Saint-Ormel.",
          "Une pénalité de 50 € HT par heure d'insertion non réalisée est appliquée au terme de chaque période "
          "annuelle."),
        A("Produits et pratiques de nettoyage",
          "Les produits d'entretien utilisés portent l'Écolabel européen ou un label équivalent. Le titulaire emploie "
          "des systèmes de dosage et des textiles microfibres réutilisables ; l'usage d'aérosols est proscrit."),
        f_paiement(c, 0), f_penalites(c, 2), f_assurances(c, 1), f_travail(c), f_resiliation(c, 1),
        f_litiges(c, 1))
    cctp = [TITLE("Ville de Saint-Ormel", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Nettoyage et vitrerie des bâtiments communaux")]
    cctp += flat(
        A("Sites et fréquences",
          "Les prestations portent sur les sites suivants :"),
        [TAB([["Site", "Surface (m²)", "Fréquence"],
              ["Mairie, 2 place de l'Église", "1 250", "quotidienne"],
              ["Médiathèque Anne-de-Bretagne", "800", "3 fois par semaine"],
              ["École Jules-Ferry", "2 100", "quotidienne (jours scolaires)"],
              ["Salle des sports du Guern", "1 600", "2 fois par semaine"]])],
        A("Horaires d'intervention",
          "Les interventions ont lieu du lundi au vendredi, de 6 h 00 à 8 h 30 et de 18 h 00 à 21 h 00, en dehors "
          "des heures d'ouverture au public. La vitrerie est réalisée deux fois par an, en février et en août."),
        A("Produits, matériels et tri",
          "Les produits sont conformes à l'article du CCAP relatif aux produits et pratiques de nettoyage. Le "
          "titulaire vide les corbeilles en respectant le tri des papiers et des emballages mis en place sur chaque "
          "site et dépose chaque flux dans le bac correspondant."),
        A("Formation du personnel",
          "Avant le démarrage, le titulaire assure une formation de 14 heures aux agents affectés au marché, portant "
          "sur les produits écolabellisés, les gestes de dosage et les consignes de sécurité des sites."),
        f_cctp_personnel(c, 0), f_cctp_suivi(c, 2), f_cctp_securite(c, 1))
    ae = [TITLE("Ville de Saint-Ormel", "ACTE D'ENGAGEMENT",
                "Nettoyage et vitrerie des bâtiments communaux – accord-cadre à bons de commande")]
    ae += flat(
        f_ae_contractant(c, 1),
        A("Prix et montants",
          "Les prestations sont rémunérées par application des prix du bordereau des prix unitaires. Les montants "
          "minimum et maximum annuels sont ceux fixés à l'article 3 du CCAP."),
        A("Engagement d'insertion",
          "Le titulaire s'engage à réaliser 350 heures d'insertion par année d'exécution du marché, au profit de "
          "personnes éloignées de l'emploi, selon les modalités du CCAP."),
        f_ae_compte(c), f_ae_signature(c, 1))
    return dict(
        id="d02", title="Ville de Saint-Ormel – nettoyage et vitrerie (accord-cadre, lot unique)",
        pieces=[
            PIECE("avis_boamp.txt", "AVIS", hdr, "", avis, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1400, allotissement=0,
                evidence=["Le titulaire réalise 350 heures d'insertion par an, soit 1 400 heures sur la durée "
                          "maximale du marché", "Marché alloti : Non"])),
            PIECE("rc.pdf", "RC", hdr + " – RC", "Ville de Saint-Ormel – RC – consultation 2027-NET-02", rc, L(
                clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=0,
                evidence=["Le marché comporte une clause d'insertion professionnelle",
                          "performances en matière de protection de l'environnement", "Le marché n'est pas alloti"]),
                  hyphen=True),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "Ville de Saint-Ormel – CCAP – consultation 2027-NET-02", ccap, L(
                clause_sociale=1, clause_insertion=1, clause_environnementale=1, montant_max_ht=95000,
                evidence=["Le titulaire met en œuvre une action d'insertion", "portent l'Écolabel européen",
                          "montant maximum annuel des commandes est fixé à 95 000 € HT"])),
            PIECE("cctp.docx", "CCTP", hdr + " – CCTP", "Ville de Saint-Ormel – CCTP", cctp, L(
                clause_environnementale=1,
                evidence=["en respectant le tri des papiers et des emballages mis en place sur chaque site"])),
            PIECE("ae.docx", "AE", hdr + " – AE", "Ville de Saint-Ormel – Acte d'engagement", ae, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=350,
                evidence=["s'engage à réaliser 350 heures d'insertion par année d'exécution du marché"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1400, allotissement=0, montant_max_ht=380000),
        note=("Heures : 350 par an dans l'AE ; le total écrit dans l'avis (1 400 heures sur la durée maximale) est "
              "retenu, comme le veut la convention « un total écrit est préféré au chiffre annuel ». Maximum : "
              "95 000 € HT par an (CCAP, coupé en fin de ligne) × 4 périodes (initiale + 3 reconductions, RC "
              "seul) = 380 000. Pièges : minimum annuel 20 000, 50 € HT par heure non réalisée, formation de "
              "14 heures, horaires 6 h – 8 h 30 et 18 h – 21 h. Marché non alloti (RC, avis)."))


# ============================================================================= d03
def d03():
    c = C("le Syndicat mixte des eaux de la Lirette", "Dijon", ccag="travaux",
          profil="https://marches.eaux-lirette.fr", ref="SMEL-2026-11")
    hdr = "Syndicat mixte des eaux de la Lirette – Renouvellement des réseaux AEP"
    avis = [TITLE("Avis de marché", "Travaux", "Directive 2014/24/UE")]
    avis += [H("Section I : Pouvoir adjudicateur"),
             P("I.1) Nom et adresses : Syndicat mixte des eaux de la Lirette, 3 place du Lavoir, 21390 Saint-Aubert-"
               "sur-Lirette, France. Courriel : marches@eaux-lirette.fr. Code NUTS : FRC11"),
             P("I.3) Communication : les documents du marché sont disponibles gratuitement en accès direct non "
               "restreint et complet à l'adresse : " + c["profil"]),
             P("I.4) Type de pouvoir adjudicateur : Autorité régionale ou locale"),
             P("I.5) Activité principale : Logement et équipements collectifs"),
             H("Section II : Objet"),
             P("II.1.1) Intitulé : Renouvellement des canalisations d'eau potable 2027-2030. Numéro de référence : "
               "SMEL-2026-11"),
             P("II.1.2) Code CPV principal : 45231300"),
             P("II.1.3) Type de marché : Travaux"),
             P("II.1.4) Description succincte : accord-cadre à bons de commande de travaux de renouvellement de "
               "conduites et de branchements d'eau potable sur le territoire du syndicat."),
             P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être "
               "soumises pour tous les lots."),
             H("II.2) Description – Lot nº 1"),
             P("II.2.1) Intitulé : Secteur nord (communes de Saint-Aubert, Vézignes, Lirey-le-Bas)"),
             P("II.2.5) Critères d'attribution : le prix n'est pas le seul critère d'attribution et tous les critères "
               "sont énoncés uniquement dans les documents du marché."),
             P("II.2.7) Durée du marché : 48 mois. Ce marché peut faire l'objet d'une reconduction : non"),
             P("II.2.14) Informations complémentaires : valeur maximale de l'accord-cadre pour ce lot : 2 400 000 "
               "EUR HT sur la durée totale."),
             H("II.2) Description – Lot nº 2"),
             P("II.2.1) Intitulé : Secteur sud (communes de Marsannay-la-Côte-Haute, Fleurey, Aubigny-les-Prés)"),
             P("II.2.5) Critères d'attribution : le prix n'est pas le seul critère d'attribution et tous les critères "
               "sont énoncés uniquement dans les documents du marché."),
             P("II.2.7) Durée du marché : 48 mois. Ce marché peut faire l'objet d'une reconduction : non"),
             P("II.2.14) Informations complémentaires : valeur maximale de l'accord-cadre pour ce lot : 1 600 000 "
               "EUR HT sur la durée totale."),
             H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
             P("III.1.1) Habilitation à exercer l'activité professionnelle : voir le règlement de la consultation."),
             P("III.2.2) Conditions particulières d'exécution : clause sociale d'insertion professionnelle sur "
               "chaque lot, dans les conditions fixées par le CCAP."),
             H("Section IV : Procédure"),
             P("IV.1.1) Type de procédure : Procédure ouverte"),
             P("IV.1.3) Information sur l'accord-cadre : accord-cadre avec un seul opérateur"),
             P("IV.2.2) Date limite de réception des offres : 22/02/2027. Heure locale : 12:00"),
             P("IV.2.6) Délai minimal pendant lequel le soumissionnaire est tenu de maintenir son offre : 6 mois"),
             H("Section VI : Renseignements complémentaires"),
             P("VI.4.1) Instance chargée des procédures de recours : tribunal administratif de Dijon, 22 rue "
               "d'Assas, 21000 Dijon"),
             P("VI.5) Date d'envoi du présent avis : 14/01/2027")]
    rc = [TITLE("Syndicat mixte des eaux de la Lirette", "RÈGLEMENT DE LA CONSULTATION",
                "Renouvellement des canalisations d'eau potable 2027-2030",
                "Appel d'offres ouvert – articles R. 2124-2 1° et R. 2161-2 à R. 2161-5 du CCP")]
    rc += flat(
        A("Objet et forme de la consultation",
          "La consultation porte sur des travaux de renouvellement de conduites et de branchements d'eau potable. "
          "Chaque lot fait l'objet d'un accord-cadre mono-attributaire exécuté par bons de commande, sans montant "
          "minimum et avec un montant maximum."),
        A("Lots",
          "Les travaux sont répartis en deux lots géographiques : lot 1 – secteur nord ; lot 2 – secteur sud. Les "
          "candidats peuvent soumissionner pour un lot ou pour les deux lots."),
        A("Durée",
          "Chaque accord-cadre est conclu pour une durée ferme de quarante-huit mois à compter de sa notification. "
          "Il n'est pas reconductible."),
        A("Conditions d'exécution à caractère social",
          "Chaque lot comporte une clause d'insertion professionnelle (article L. 2112-2 du code de la commande "
          "publique), dont le volume d'heures est fixé par le CCAP."),
        f_rc_dce(c, ["le présent règlement ;", "l'acte d'engagement (un par lot) ;", "le CCAP ;",
                     "le CCTP et ses annexes ;", "le bordereau des prix unitaires et le détail quantitatif "
                     "estimatif de chaque lot."], 0),
        f_rc_candidature(c, 0, ["les certificats de qualification professionnelle FNTP 5132 ou équivalents ;"]),
        A("Jugement des offres",
          "Pour chaque lot, les offres sont classées selon les critères suivants :",
          ["prix, apprécié sur le détail quantitatif estimatif : 50 % ;",
           "valeur technique : 50 %, dont méthodologie d'intervention (30 %) et moyens humains et matériels (20 %)."]),
        f_rc_validite(c, 1), f_rc_remise(c, "lundi 22 février 2027 à 12 h 00", 0), f_rc_recours(c))
    ccap = [TITLE("Syndicat mixte des eaux de la Lirette", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Renouvellement des canalisations d'eau potable 2027-2030 – lots 1 et 2")]
    ccap += flat(
        A("Objet",
          "Le présent CCAP s'applique aux deux accords-cadres à bons de commande (lot 1 – secteur nord, lot 2 – "
          "secteur sud) de renouvellement des canalisations d'eau potable du syndicat."),
        f_pieces(c, 2, ["le bordereau des prix unitaires ;"]),
        A("Montants",
          "Pour chaque lot, l'accord-cadre est conclu sans montant minimum et avec le montant maximum indiqué dans "
          "l'avis d'appel public à la concurrence (rubrique II.2.14) pour toute sa durée."),
        A("Bons de commande et délais",
          "Chaque bon de commande fixe le délai d'exécution de la prestation. Les délais courent à compter de la date "
          "de réception du bon par le titulaire. Un délai de préparation de dix jours est accordé pour chaque bon "
          "dont le montant dépasse 30 000 € HT."),
        A("Insertion professionnelle",
          "Le titulaire de chaque lot réserve une part des heures de travail nécessaires à l'exécution des travaux à "
          "des personnes éloignées de l'emploi, suivies par le PLIE de la Lirette. Le volume d'heures à réaliser "
          "pendant la durée de l'accord-cadre est fixé comme suit : lot 1 (secteur nord) : 1" + SB + "200 heures ; "
          "lot 2 (secteur sud) : 800 heures.",
          "Pour mémoire, l'accord-cadre 2021-2025 a permis la réalisation de 1 650 heures d'insertion sur "
          "l'ensemble du territoire."),
        A("Matériaux et déblais",
          "Les enrobés et les déblais excédentaires sont évacués vers des installations de recyclage ou de "
          "valorisation, dont le titulaire remet les bordereaux de suivi. Les remblais de tranchée contiennent au "
          "moins 30 % de granulats recyclés lorsque la nature du sol le permet."),
        f_prix(c, 0), f_avance(c, 1), f_retenue(c, 0), f_penalites(c, 1), f_assurances(c, 0),
        f_sous_traitance(c, 0), f_resiliation(c, 0), f_litiges(c, 0))
    cctp = [TITLE("Syndicat mixte des eaux de la Lirette", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Renouvellement des canalisations d'eau potable 2027-2030", "Version du 15 novembre 2026")]
    cctp += flat(
        A("Consistance des travaux",
          "Les travaux comprennent la dépose ou l'abandon des conduites existantes, la pose de conduites en fonte "
          "ductile ou en PEHD de diamètre 63 à 300 mm, la reprise des branchements et la réfection des chaussées. "
          "Ils sont identiques pour les deux lots."),
        A("Organisation des chantiers",
          "Les chantiers sont ouverts du lundi au vendredi, de 7 h 30 à 17 h 30. Toute intervention en dehors de ces "
          "horaires est soumise à l'accord du maître d'œuvre. Les coupures d'eau ne peuvent excéder quatre heures."),
        A("Déblais et matériaux de réemploi",
          "Les déblais sont triés sur le chantier : les matériaux réutilisables sont réemployés en remblai, les "
          "autres sont évacués vers une installation de recyclage autorisée."),
        A("Insertion",
          "À titre de référence pour l'organisation des équipes, le volume d'heures d'insertion est de 1 000 heures "
          "pour le lot 1 et de 800 heures pour le lot 2."),
        f_cctp_securite(c, 0), f_cctp_suivi(c, 0))
    return dict(
        id="d03", title="Syndicat mixte des eaux de la Lirette – renouvellement de réseaux d'eau potable (2 lots)",
        pieces=[
            PIECE("avis_joue.txt", "AVIS", hdr, "", avis, L(
                clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2, montant_max_ht=4000000,
                evidence=["valeur maximale de l'accord-cadre pour ce lot : 2 400 000 EUR HT",
                          "valeur maximale de l'accord-cadre pour ce lot : 1 600 000 EUR HT",
                          "[2 400 000 + 1 600 000 = 4 000 000]",
                          "clause sociale d'insertion professionnelle sur chaque lot",
                          "Ce marché est divisé en lots : oui", "Description – Lot nº 2"])),
            PIECE("rc.docx", "RC", hdr + " – RC", "SMEL-2026-11 – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2,
                evidence=["Chaque lot comporte une clause d'insertion professionnelle",
                          "Les travaux sont répartis en deux lots géographiques"])),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "SMEL-2026-11 – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=2000, clause_environnementale=1,
                allotissement=1, nb_lots=2,
                evidence=["lot 1 (secteur nord) : 1 200 heures ; lot 2 (secteur sud) : 800 heures",
                          "[1 200 + 800 = 2 000]", "au moins 30 % de granulats recyclés",
                          "aux deux accords-cadres à bons de commande (lot 1"]), hyphen=True),
            PIECE("cctp.pdf", "CCTP", hdr + " – CCTP", "SMEL-2026-11 – CCTP", cctp, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1800, clause_environnementale=1,
                allotissement=1, nb_lots=2,
                evidence=["le volume d'heures d'insertion est de 1 000 heures pour le lot 1 et de 800 heures pour "
                          "le lot 2", "[1 000 + 800 = 1 800]",
                          "les autres sont évacués vers une installation de recyclage autorisée",
                          "identiques pour les deux lots"]), hyphen=True),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=2000, allotissement=1, nb_lots=2, montant_max_ht=4000000),
        note=("Heures : 2 000 = 1 200 (lot 1, chiffre coupé en fin de ligne « 1 » / « 200 heures ») + 800 (lot 2), "
              "au CCAP. Le CCTP donne 1 000 pour le lot 1 (1 800 au total) : le CCAP prime sur le CCTP. Piège : "
              "1 650 heures de l'accord-cadre 2021-2025. Maximum : 2 400 000 + 1 600 000 = 4 000 000, valeurs "
              "maximales par lot dans les rubriques II.2.14 de l'avis JOUE (le CCAP y renvoie sans chiffre ; 48 mois "
              "fermes, pas de reconduction). Pièges : seuil de 30 000 € HT d'un bon, coupures de quatre heures, "
              "chantiers de 7 h 30 à 17 h 30. Deux lots."))


# ============================================================================= d04
def d04():
    c = C("le Département de la Haute-Vérane", "Poitiers", profil="https://achats.hautevérane.fr",
          ref="DHV-2026-0412")
    hdr = "Département de la Haute-Vérane – Espaces verts des collèges"
    rc = [TITLE("Département de la Haute-Vérane", "RÈGLEMENT DE LA CONSULTATION",
                "Entretien des espaces verts des collèges publics – accords-cadres à bons de commande",
                "Appel d'offres ouvert – date limite : 8 février 2027 à 12 h 00")]
    rc += flat(
        A("Objet",
          "La consultation porte sur l'entretien courant des espaces verts (tonte, taille, désherbage, ramassage des "
          "feuilles) des collèges publics du Département."),
        A("Lots",
          "La consultation est divisée en trois lots géographiques :",
          ["lot 1 : collèges du secteur Nord (6 établissements) ;",
           "lot 2 : collèges du secteur Centre (8 établissements) ;",
           "lot 3 : collèges du secteur Sud (5 établissements)."],
          "Chaque lot fait l'objet d'un accord-cadre à bons de commande avec minimum et maximum annuels."),
        A("Durée",
          "L'accord-cadre de chaque lot est conclu pour trois ans à compter du 1er mars 2027. Il n'est pas "
          "reconductible."),
        A("Clause sociale d'insertion",
          "Seul le lot 2 comporte une clause sociale d'insertion ; le nombre d'heures est précisé à l'acte "
          "d'engagement de ce lot. Les lots 1 et 3 n'en comportent pas."),
        f_rc_dce(c, ["le présent règlement ;", "le CCAP commun aux trois lots ;", "le CCTP ;",
                     "un acte d'engagement par lot ;", "un bordereau des prix unitaires par lot."], 1),
        f_rc_candidature(c, 1),
        A("Jugement des offres",
          "Pour les lots 1 et 3 : prix 60 % ; valeur technique 40 %.",
          "Pour le lot 2 : prix 55 % ; valeur technique 35 % ; performances en matière d'insertion professionnelle "
          "des publics en difficulté 10 %, appréciées au vu du plan d'accompagnement proposé (encadrement, tutorat, "
          "formation)."),
        f_rc_negociation(c, 1), f_rc_validite(c, 0), f_rc_remise(c, "lundi 8 février 2027 à 12 h 00", 0),
        f_rc_renseignements(c, 0))
    ccap = [TITLE("Département de la Haute-Vérane", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Entretien des espaces verts des collèges publics – lots 1 à 3")]
    ccap += flat(
        A("Objet",
          "Le présent CCAP est commun aux trois accords-cadres à bons de commande d'entretien des espaces verts des "
          "collèges publics."),
        f_pieces(c, 0, ["le bordereau des prix unitaires du lot ;"]),
        A("Montants minimum et maximum",
          "Pour chaque lot, les montants minimum et maximum s'entendent par année d'exécution :"),
        [RTAB([["Lot", "Secteur", "Minimum annuel (€ HT)", "Maximum annuel (€ HT)"],
               ["1", "Nord", "10 000", "48 000"],
               ["2", "Centre", "15 000", "62 000"],
               ["3", "Sud", "8 000", "40 000"],
               ["Total", "Trois lots", "33 000", "150 000"]],
              widths=[0.6, 1.4, 1.6, 1.6], align="llrr", bold_last=True)],
        A("Clause sociale d'insertion (lot 2)",
          "Le titulaire du lot 2 réalise le nombre d'heures de travail d'insertion indiqué à son acte d'engagement, "
          "au bénéfice de personnes rencontrant des difficultés sociales ou professionnelles. Il peut recourir à "
          "l'embauche directe, à la mise à disposition ou à la sous-traitance à une structure d'insertion.",
          "En cas de manquement constaté au terme du marché, il encourt une pénalité de 45 € HT par heure non "
          "effectuée."),
        A("Gestion écologique des espaces",
          "Aucun produit phytopharmaceutique n'est utilisé. Les déchets verts sont broyés sur place et réutilisés en "
          "paillage dans les massifs de l'établissement ; seuls les excédents sont apportés en plateforme de "
          "compostage."),
        f_prix(c, 2), f_paiement(c, 1), f_penalites(c, 0), f_assurances(c, 0), f_resiliation(c, 0),
        f_litiges(c, 0))
    ae2 = [TITLE("Département de la Haute-Vérane", "ACTE D'ENGAGEMENT",
                 "Lot n° 2 – Collèges du secteur Centre",
                 "Entretien des espaces verts des collèges publics")]
    ae2 += flat(
        f_ae_contractant(c, 0),
        A("Montants",
          "Les prestations du lot 2 sont rémunérées par application des prix du bordereau. Montant minimum annuel : "
          "15 000 € HT. Montant maximum annuel du lot : 62 000 € HT."),
        A("Engagement d'insertion",
          "Le titulaire s'engage à réserver au moins 600 heures de travail, sur la durée du marché, à des personnes "
          "rencontrant des difficultés d'accès à l'emploi, dans les conditions de l'article du CCAP relatif à la "
          "clause sociale d'insertion."),
        f_ae_compte(c), f_ae_signature(c, 0))
    ae3 = [TITLE("Département de la Haute-Vérane", "ACTE D'ENGAGEMENT",
                 "Lot n° 3 – Collèges du secteur Sud",
                 "Entretien des espaces verts des collèges publics")]
    ae3 += flat(
        f_ae_contractant(c, 1),
        A("Montants",
          "Les prestations du lot 3 sont rémunérées par application des prix du bordereau. Montant minimum annuel : "
          "8 000 € HT. Montant maximum annuel : 40 000 € HT."),
        A("Clause d'insertion",
          "Sans objet pour le présent lot. (La clause sociale d'insertion du marché, de 600 heures, ne porte que sur "
          "le lot 2.)"),
        f_ae_compte(c), f_ae_signature(c, 1))
    return dict(
        id="d04", title="Département de la Haute-Vérane – espaces verts des collèges (3 lots, insertion lot 2)",
        pieces=[
            PIECE("rc.pdf", "RC", hdr + " – RC", "DHV-2026-0412 – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=3,
                evidence=["Seul le lot 2 comporte une clause sociale d'insertion",
                          "performances en matière d'insertion professionnelle des publics en difficulté 10 %",
                          "divisée en trois lots géographiques"]), hyphen=True),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "DHV-2026-0412 – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=3,
                montant_max_ht=150000,
                evidence=["Le titulaire du lot 2 réalise le nombre d'heures de travail d'insertion",
                          "Aucun produit phytopharmaceutique n'est utilisé", "Total Trois lots 33 000 150 000"])),
            PIECE("ae_lot2.docx", "AE", hdr + " – AE lot 2", "DHV-2026-0412 – Acte d'engagement", ae2, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=600, allotissement=1, montant_max_ht=62000,
                evidence=["s'engage à réserver au moins 600 heures de travail, sur la durée du marché",
                          "Montant maximum annuel du lot : 62 000 € HT", "Lot n° 2 – Collèges du secteur Centre"])),
            PIECE("ae_lot3.docx", "AE", hdr + " – AE lot 3", "DHV-2026-0412 – Acte d'engagement", ae3, L(
                allotissement=1, montant_max_ht=40000,
                evidence=["Montant maximum annuel : 40 000 € HT", "Lot n° 3 – Collèges du secteur Sud"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        values=V(heures_insertion=600, allotissement=1, nb_lots=3, montant_max_ht=450000),
        note=("Heures : 600, lot 2 seulement (AE du lot 2) ; le RC et le CCAP annoncent la clause du lot 2 sans "
              "chiffre. L'AE du lot 3 cite les 600 heures du lot 2 mais n'engage pas son titulaire : pour elle-même, "
              "clause d'insertion 0 et heures vides. Pièges : 45 € HT par heure non effectuée. Maximum : 150 000 € HT "
              "par an (ligne Total du tableau du CCAP : 48 000 + 62 000 + 40 000) × 3 ans fermes (RC) = 450 000. Le "
              "minimum (33 000) n'est pas un maximum. Trois lots."))


# ============================================================================= d05
def d05():
    c = C("le Centre hospitalier intercommunal de Brévannes-Sorgues", "Nîmes", delai=50,
          profil="https://marches.chi-brevannes.fr", ref="CHIBS-2026-31")
    hdr = "CHI de Brévannes-Sorgues – Traitement du linge"
    rc = [TITLE("Centre hospitalier intercommunal de Brévannes-Sorgues", "RÈGLEMENT DE LA CONSULTATION",
                "Traitement du linge hôtelier, des tenues professionnelles et du linge des résidents",
                "Procédure adaptée – remise des offres le 1er mars 2027 à 14 h 00")]
    rc += flat(
        A("Objet",
          "La consultation porte sur la collecte, le lavage, la finition et la livraison du linge du centre "
          "hospitalier et de son EHPAD Les Tilleuls."),
        A("Lots",
          "La consultation comporte deux lots :",
          ["lot 1 : traitement du linge hôtelier et des tenues professionnelles ;",
           "lot 2 : traitement du linge personnel des résidents de l'EHPAD Les Tilleuls."]),
        A("Marché réservé (lot 2)",
          "Le lot 2 est réservé, en application de l'article L. 2113-12 du code de la commande publique, aux "
          "entreprises adaptées, aux établissements et services d'aide par le travail (ESAT) et aux structures "
          "équivalentes, qui emploient une proportion minimale de 50 % de travailleurs handicapés."),
        A("Clause d'insertion (lot 1)",
          "Pour le lot 1, le titulaire consacre à l'insertion de personnes éloignées de l'emploi au moins 5 % des "
          "heures travaillées pour l'exécution du marché, dans les conditions du CCAP."),
        A("Durée",
          "Chaque marché est conclu pour douze mois à compter du 1er janvier 2027 et peut être reconduit deux fois "
          "par période de douze mois."),
        f_rc_dce(c, ["le règlement de la consultation ;", "le CCAP ;", "le CCTP ;", "un acte d'engagement par lot ;",
                     "un bordereau des prix unitaires par lot."], 0),
        f_rc_candidature(c, 0, ["pour le lot 2, tout document justifiant de la qualité d'entreprise adaptée ou "
                                "d'ESAT ;"]),
        A("Critères d'attribution",
          "Pour chaque lot : prix 60 % ; valeur technique 40 % (organisation de la collecte et de la livraison, "
          "traçabilité, délais de traitement)."),
        f_rc_remise(c, "lundi 1er mars 2027 à 14 h 00", 1), f_rc_renseignements(c, 0))
    ccap = [TITLE("Centre hospitalier intercommunal de Brévannes-Sorgues",
                  "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Traitement du linge – lots 1 et 2")]
    ccap += flat(
        A("Objet et forme",
          "Le présent CCAP s'applique aux deux accords-cadres à bons de commande de traitement du linge. Le lot 2 est "
          "réservé aux opérateurs mentionnés à l'article L. 2113-12 du code de la commande publique."),
        f_pieces(c, 2, ["le bordereau des prix unitaires ;"]),
        A("Montants",
          "Il n'est pas fixé de montant minimum. Les montants maximums sont fixés comme suit : lot 1 (linge "
          "hôtelier et tenues professionnelles) : montant maximum annuel de 180" + SB + "000 € HT ; lot 2 : montant "
          "maximum annuel de 60 000 € HT."),
        A("Clause d'insertion du lot 1",
          "Le titulaire du lot 1 réserve à des personnes éloignées de l'emploi au moins 5 % du nombre total "
          "d'heures travaillées pour l'exécution du marché. Le nombre d'heures dues est constaté à la fin de chaque "
          "période annuelle, au vu des heures travaillées déclarées par le titulaire.",
          "Une personne en insertion n'est prise en compte qu'à partir de 70 heures de travail dans l'année. Toute "
          "heure manquante donne lieu à une pénalité de 40 € HT."),
        A("Produits lessiviels et livraisons",
          "Le titulaire utilise des lessives sans phosphates, dosées automatiquement. Les livraisons sont effectuées "
          "avec des véhicules de classe Crit'Air 1 ou électriques."),
        f_prix(c, 0), f_paiement(c, 2), f_penalites(c, 1), f_assurances(c, 1), f_confidentialite(c),
        f_resiliation(c, 1), f_litiges(c, 0))
    ae1 = [TITLE("Centre hospitalier intercommunal de Brévannes-Sorgues", "ACTE D'ENGAGEMENT",
                 "Lot n° 1 – Linge hôtelier et tenues professionnelles")]
    ae1 += flat(
        f_ae_contractant(c, 1),
        A("Durée",
          "Le marché prend effet le 1er janvier 2027 pour une durée de douze mois. Il peut être reconduit deux fois "
          "pour une durée de douze mois."),
        A("Montant",
          "Le lot 1 est un accord-cadre à bons de commande sans minimum, d'un montant maximum annuel de 180 000 € HT."),
        A("Insertion",
          "Le titulaire s'engage à consacrer à l'insertion au moins 5 % des heures travaillées pour l'exécution du "
          "lot, conformément au CCAP."),
        f_ae_compte(c), f_ae_signature(c, 0))
    qr = [TITLE("Centre hospitalier intercommunal de Brévannes-Sorgues",
                "REGISTRE DES QUESTIONS ET RÉPONSES", "Traitement du linge – consultation CHIBS-2026-31",
                "Mis à jour le 18 février 2027")]
    qr += [H("Question n° 1 (reçue le 4 février 2027)"),
           P("Une entreprise de blanchisserie peut-elle se présenter au lot 2 en groupement avec un ESAT ?"),
           P("Réponse : Non. Le lot 2 est réservé aux opérateurs mentionnés à l'article L. 2113-12 du code de la "
             "commande publique ; le centre hospitalier n'admet un groupement que si chacun de ses membres a cette "
             "qualité."),
           H("Question n° 2 (reçue le 9 février 2027)"),
           P("Combien d'heures d'insertion la clause du lot 1 représente-t-elle ?"),
           P("Réponse : L'engagement est exprimé en pourcentage (5 % des heures travaillées) et non en nombre "
             "d'heures ; le volume dépendra des quantités commandées. Pour information, le titulaire sortant a "
             "déclaré 1 150 heures d'insertion en 2025 au titre d'un marché différent, qui ne sert pas de "
             "référence."),
           H("Question n° 3 (reçue le 12 février 2027)"),
           P("Quels sont les horaires de collecte du linge sale ?"),
           P("Réponse : La collecte a lieu tous les jours ouvrés, entre 7 h et 9 h, aux quais de l'hôpital et de "
             "l'EHPAD ; la livraison du linge propre intervient entre 14 h et 16 h.")]
    return dict(
        id="d05", title="CHI de Brévannes-Sorgues – traitement du linge (2 lots, lot 2 réservé L2113-12)",
        pieces=[
            PIECE("rc.pdf", "RC", hdr + " – RC", "CHIBS-2026-31 – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-12", allotissement=1,
                nb_lots=2,
                evidence=["Le lot 2 est réservé, en application de l'article L. 2113-12",
                          "consacre à l'insertion de personnes éloignées de l'emploi au moins 5 % des heures",
                          "La consultation comporte deux lots"]), hyphen=True),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "CHIBS-2026-31 – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-12",
                clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=240000,
                evidence=["Le lot 2 est réservé aux opérateurs mentionnés à l'article L. 2113-12",
                          "5 % du nombre total d'heures travaillées", "lessives sans phosphates",
                          "montant maximum annuel de 180 000 € HT ; lot 2 : montant maximum annuel de 60 000 € HT",
                          "[180 000 + 60 000 = 240 000]", "aux deux accords-cadres"])),
            PIECE("ae_lot1.docx", "AE", hdr + " – AE lot 1", "CHIBS-2026-31 – Acte d'engagement", ae1, L(
                clause_sociale=1, clause_insertion=1, allotissement=1, montant_max_ht=540000,
                evidence=["consacrer à l'insertion au moins 5 % des heures travaillées",
                          "d'un montant maximum annuel de 180 000 € HT", "Il peut être reconduit deux fois",
                          "[180 000 × 3 périodes = 540 000]", "Lot n° 1"])),
            PIECE("registre_questions_reponses.pdf", "QR", hdr + " – Questions-réponses", "CHIBS-2026-31 – Registre",
                  qr, L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-12",
                        allotissement=1,
                        evidence=["Le lot 2 est réservé aux opérateurs mentionnés à l'article L. 2113-12",
                                  "L'engagement est exprimé en pourcentage (5 % des heures travaillées)"])),
        ],
        pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale"],
        values=V(allotissement=1, nb_lots=2, montant_max_ht=720000, reserve_base="L2113-12"),
        note=("Heures : aucune. La clause du lot 1 est une part (5 % des heures travaillées) sans nombre d'heures ; "
              "le registre le confirme. Pièges : 70 heures minimum par personne, 40 € HT par heure manquante, "
              "1 150 heures déclarées en 2025 par le titulaire sortant sur un autre marché, collecte de 7 h à 9 h. "
              "Maximum : (180 000 + 60 000) € HT par an (CCAP) × 3 périodes (12 mois reconductibles deux fois, RC "
              "et AE) = 720 000. Lot 2 réservé L2113-12 (EA/ESAT). Deux lots."))


# ============================================================================= d06
def d06():
    c = C("Toulvern Agglomération", "Nantes", profil="https://marches.toulvern-agglo.fr", ref="TA-2027-008")
    hdr = "Toulvern Agglomération – Collecte des encombrants et déchets verts"
    avis = [TITLE("BOAMP – Avis d'appel public à la concurrence",
                  "Collecte et transport des encombrants et des déchets verts", "Annonce n° 27-031560 – Services")]
    avis += boamp_head("Accord-cadre services", "44", "Toulvern Agglomération", "244 400 893 00027", "Toulvern",
                       "44690", c["profil"], "Appel d'offres ouvert", "lundi 15 mars 2027 à 12 h 00")
    avis += [H("Section 4 : Identification du marché"),
             P("Intitulé du marché : Collecte en porte-à-porte et transport des encombrants et des déchets verts"),
             P("Code CPV principal : 90511000 – Services de collecte des ordures"),
             P("Type de marché : Services"),
             P("Description succincte du marché : accord-cadre à bons de commande ; collecte sur rendez-vous des "
               "encombrants et collecte saisonnière des déchets verts dans les 14 communes de l'agglomération."),
             P("Durée du marché (en mois) : 12, reconductible trois fois"),
             P("Critères d'attribution : prix 55 % ; valeur technique 30 % ; performances environnementales des "
               "véhicules affectés 15 %."),
             P("Marché alloti : Non"),
             H("Section 6 : Informations complémentaires"),
             P("Conditions particulières d'exécution : clause sociale d'insertion de 35 heures par tranche de "
               "100 000 € HT de commandes (voir CCAP)."),
             P("Date d'envoi du présent avis à la publication : 8 février 2027")]
    rc = [TITLE("Toulvern Agglomération", "RÈGLEMENT DE LA CONSULTATION",
                "Collecte et transport des encombrants et des déchets verts",
                "Appel d'offres ouvert – remise des offres : 15 mars 2027, 12 h 00")]
    rc += flat(
        A("Objet et forme",
          "La consultation porte sur la collecte en porte-à-porte, sur rendez-vous, des encombrants des ménages et "
          "sur la collecte saisonnière des déchets verts. Il s'agit d'un accord-cadre mono-attributaire à bons de "
          "commande, sans minimum, avec un maximum fixé au CCAP."),
        A("Lot unique",
          "La consultation fait l'objet d'un lot unique : les deux collectes utilisent les mêmes véhicules et les "
          "mêmes équipes."),
        A("Durée",
          "L'accord-cadre est conclu pour un an à compter de sa notification ; il est reconductible trois fois par "
          "période d'un an."),
        A("Clause sociale",
          "L'accord-cadre comporte une clause d'insertion dont les modalités sont fixées au CCAP."),
        f_rc_dce(c, ["le RC ;", "l'acte d'engagement ;", "le CCAP ;", "le CCTP et la carte des secteurs ;",
                     "le bordereau des prix unitaires ;", "le détail quantitatif estimatif."], 1),
        f_rc_candidature(c, 0),
        A("Jugement des offres",
          "Les offres sont classées selon les critères suivants :",
          ["prix : 55 % ;", "valeur technique : 30 % (organisation des tournées, prise de rendez-vous, moyens) ;",
           "performances environnementales : 15 %, appréciées au vu de la motorisation et des émissions des véhicules "
           "affectés et de la distance parcourue jusqu'aux exutoires."]),
        f_rc_validite(c, 0), f_rc_remise(c, "lundi 15 mars 2027 à 12 h 00", 0), f_rc_recours(c))
    ccap = [TITLE("Toulvern Agglomération", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Collecte et transport des encombrants et des déchets verts")]
    ccap += flat(
        A("Objet", "Le présent CCAP régit l'accord-cadre à bons de commande de collecte des encombrants et des "
                   "déchets verts de Toulvern Agglomération."),
        f_pieces(c, 0, ["le bordereau des prix unitaires ;"]),
        A("Montant maximum", "L'accord-cadre est conclu sans minimum. Montant maximum annuel : 200 000 € HT."),
        A("Clause sociale d'insertion",
          "Le titulaire réalise 35 heures d'insertion par tranche de 100 000 € HT de commandes reçues, calculées au "
          "prorata des bons de commande émis au cours de l'année, au bénéfice de personnes éloignées de l'emploi.",
          "Une pénalité de 60 € HT par heure d'insertion non réalisée est appliquée lors du bilan annuel."),
        A("Véhicules et exutoires",
          "Les véhicules affectés sont de classe Crit'Air 1 ou électriques. Les déchets verts collectés sont livrés "
          "à la plateforme de compostage de Kerlann ; les encombrants sont triés afin d'orienter vers le réemploi "
          "les objets en bon état."),
        f_prix(c, 0), f_paiement(c, 0), f_penalites(c, 2), f_assurances(c, 0), f_sous_traitance(c, 1),
        f_resiliation(c, 0), f_litiges(c, 1))
    ae = [TITLE("Toulvern Agglomération", "ACTE D'ENGAGEMENT",
                "Collecte et transport des encombrants et des déchets verts")]
    ae += flat(
        f_ae_contractant(c, 0),
        A("Montant",
          "Montant maximum de l'accord-cadre, toutes périodes comprises : 800" + SB + "000 € HT (soit 200 000 € HT "
          "par période annuelle)."),
        A("Engagement d'insertion",
          "En application du CCAP (35 heures par tranche de 100 000 € HT), le titulaire s'engage à réaliser 280 "
          "heures d'insertion si le montant maximum est atteint."),
        f_ae_compte(c), f_ae_signature(c, 1))
    return dict(
        id="d06", title="Toulvern Agglomération – collecte des encombrants et déchets verts (heures par tranche)",
        pieces=[
            PIECE("avis_boamp.txt", "AVIS", hdr, "", avis, L(
                clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=0,
                evidence=["clause sociale d'insertion de 35 heures par tranche de 100 000 € HT",
                          "performances environnementales des véhicules affectés 15 %", "Marché alloti : Non"])),
            PIECE("rc.pdf", "RC", hdr + " – RC", "TA-2027-008 – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=0,
                evidence=["comporte une clause d'insertion", "performances environnementales : 15 %",
                          "La consultation fait l'objet d'un lot unique"]), hyphen=True),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "TA-2027-008 – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, clause_environnementale=1, montant_max_ht=200000,
                evidence=["Le titulaire réalise 35 heures d'insertion par tranche de 100 000 € HT de commandes",
                          "de classe Crit'Air 1 ou électriques", "Montant maximum annuel : 200 000 € HT"])),
            PIECE("ae.docx", "AE", hdr + " – AE", "TA-2027-008 – Acte d'engagement", ae, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=280, montant_max_ht=800000,
                evidence=["s'engage à réaliser 280 heures d'insertion si le montant maximum est atteint",
                          "toutes périodes comprises : 800 000 € HT"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=280, allotissement=0, montant_max_ht=800000),
        note=("Heures : 280, écrites dans l'AE (35 heures par tranche de 100 000 € HT × 8 tranches du maximum de "
              "800 000). Le CCAP et l'avis ne donnent que le taux par tranche : pour eux-mêmes, heures vides. "
              "Piège : 60 € HT par heure non réalisée. Maximum : 800 000 € HT toutes périodes comprises (AE), "
              "cohérent avec 200 000 € HT par an (CCAP) × 4 périodes (RC). Lot unique."))


# ============================================================================= d07
def d07():
    c = C("la commune de Lanvézec", "Rennes", profil="https://marches.lanvezec.bzh", ref="LNV-2027-02")
    hdr = "Commune de Lanvézec – Restauration scolaire"
    rc = [TITLE("Commune de Lanvézec", "RÈGLEMENT DE LA CONSULTATION",
                "Fourniture et livraison de repas en liaison froide – restaurant scolaire et accueil de loisirs",
                "Procédure adaptée – remise des offres : 30 avril 2027 à 12 h 00")]
    rc += flat(
        A("Objet",
          "La consultation porte sur la fabrication, la fourniture et la livraison en liaison froide des repas du "
          "restaurant scolaire Yves-Coppens et de l'accueil de loisirs communal."),
        A("Allotissement",
          "Le marché n'est pas alloti : la fabrication et la livraison des repas constituent une prestation "
          "indissociable."),
        A("Clause d'insertion",
          "Le marché comporte une clause d'insertion : le titulaire affecte à l'exécution l'équivalent de 0,5 ETP "
          "occupé par des personnes éloignées de l'emploi et accompagnées par le PLIE, soit 2" + SB + "400 heures sur les trois années "
          "d'exécution (sur la base de 1 600 heures par ETP et par an)."),
        f_rc_dce(c, ["le présent règlement ;", "l'acte d'engagement ;", "le CCAP ;", "le CCTP et les grammages ;",
                     "le bordereau des prix unitaires."], 0),
        f_rc_candidature(c, 1, ["l'agrément sanitaire de la cuisine centrale ;"]),
        A("Critères de jugement",
          "Les offres sont jugées selon les critères suivants :",
          ["prix : 40 % ;", "qualité des repas (diversité, fraîcheur, grammages) : 40 % ;",
           "démarche d'insertion professionnelle (tutorat, formation des personnes recrutées) : 10 % ;",
           "performances en matière de protection de l'environnement (réduction des emballages, distances de "
           "livraison) : 10 %."],
          "Une dégustation pourra être organisée avec les trois candidats les mieux classés."),
        f_rc_negociation(c, 0), f_rc_remise(c, "vendredi 30 avril 2027 à 12 h 00", 0), f_rc_recours(c))
    ccap = [TITLE("Commune de Lanvézec", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Fourniture et livraison de repas en liaison froide")]
    ccap += flat(
        A("Objet et forme",
          "Le marché est un accord-cadre à bons de commande, sans minimum ; le montant maximum annuel figure en tête "
          "du bordereau des prix unitaires."),
        A("Durée", "Le marché est exécuté du 1er septembre 2027 au 31 août 2030. Il n'est pas reconductible."),
        f_pieces(c, 2, ["le bordereau des prix unitaires ;"]),
        A("Insertion professionnelle",
          "Le titulaire affecte à l'exécution du marché des personnes éloignées de l'emploi, pour un volume "
          "équivalent à 0,5 équivalent temps plein (ETP) pendant toute la durée du marché. Il transmet chaque "
          "trimestre au service enfance-jeunesse les justificatifs des heures effectuées.",
          "Faute d'avoir respecté cet engagement, il encourt une pénalité de 50 € HT par heure d'insertion non "
          "réalisée."),
        A("Contenants",
          "Les repas sont livrés dans des contenants réutilisables en inox, repris et lavés par le titulaire ; "
          "l'usage de barquettes en plastique à usage unique est proscrit."),
        f_prix(c, 0), f_paiement(c, 1), f_penalites(c, 1), f_assurances(c, 0), f_resiliation(c, 1),
        f_litiges(c, 1))
    bpu = [TITLE("Commune de Lanvézec", "BORDEREAU DES PRIX UNITAIRES",
                 "Fourniture et livraison de repas en liaison froide"),
           P("Montant annuel maximum des commandes : 240 000,00 € HT (voir l'article 1 du CCAP)."),
           P("Les prix s'entendent livrés, contenants compris."),
           TAB([["N°", "Désignation", "Unité", "Prix unitaire HT (€)", "TVA (€)"],
                ["1", "Repas enfant de maternelle", "repas", "……………", "……………"],
                ["2", "Repas enfant d'élémentaire", "repas", "……………", "……………"],
                ["3", "Repas adulte", "repas", "……………", "……………"],
                ["4", "Goûter de l'accueil de loisirs", "goûter", "……………", "……………"],
                ["5", "Pique-nique (sortie scolaire)", "unité", "……………", "……………"]]),
           P("Fait à ……………………, le …………………… Signature et cachet du candidat :")]
    cctp = [TITLE("Commune de Lanvézec", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Fourniture et livraison de repas en liaison froide")]
    cctp += flat(
        A("Effectifs",
          "Le restaurant scolaire sert environ 310 repas par jour scolaire ; l'accueil de loisirs accueille 40 à 70 "
          "enfants le mercredi et pendant les vacances."),
        A("Livraisons",
          "Les repas sont livrés chaque jour de fonctionnement entre 7 h 00 et 9 h 30. La température des denrées est "
          "relevée à la réception par un agent communal."),
        A("Composition des repas",
          "Les menus comportent au moins 50 % de produits durables et de qualité, dont 20 % issus de l'agriculture "
          "biologique, et un menu végétarien par semaine."),
        A("Reprise des contenants et des restes",
          "Le titulaire reprend et lave les contenants à chaque livraison. Il récupère les biodéchets de la cuisine "
          "satellite, qui sont orientés vers la plateforme de compostage du syndicat de Lanvézec-Guerlesquin."),
        A("Formation du personnel communal",
          "Le titulaire assure une formation HACCP de 21 heures aux agents communaux chargés du réchauffage et du "
          "service."),
        f_cctp_suivi(c, 1), f_cctp_securite(c, 1))
    return dict(
        id="d07", title="Commune de Lanvézec – repas en liaison froide (insertion en ETP, maximum dans le BPU)",
        pieces=[
            PIECE("rc.pdf", "RC", hdr + " – RC", "LNV-2027-02 – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=2400, critere_social=1,
                critere_environnemental=1, allotissement=0,
                evidence=["soit 2 400 heures sur les trois années d'exécution",
                          "démarche d'insertion professionnelle (tutorat, formation des personnes recrutées) : 10 %",
                          "performances en matière de protection de l'environnement", "Le marché n'est pas alloti"]),
                  hyphen=True),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "LNV-2027-02 – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, clause_environnementale=1,
                evidence=["pour un volume équivalent à 0,5 équivalent temps plein (ETP)",
                          "livrés dans des contenants réutilisables en inox, repris et lavés par le titulaire"]),
                  hyphen=True),
            PIECE("bpu.docx", "BPU", hdr + " – BPU", "LNV-2027-02 – Bordereau des prix unitaires", bpu, L(
                montant_max_ht=240000,
                evidence=["Montant annuel maximum des commandes : 240 000,00 € HT"])),
            PIECE("cctp.pdf", "CCTP", hdr + " – CCTP", "LNV-2027-02 – CCTP", cctp, L(
                clause_environnementale=1,
                evidence=["Il récupère les biodéchets de la cuisine satellite",
                          "reprend et lave les contenants à chaque livraison"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=2400, allotissement=0, montant_max_ht=720000),
        note=("Heures : 2 400, écrites dans le RC (0,5 ETP × 1 600 heures × 3 ans) ; le CCAP n'exprime que 0,5 ETP "
              "(pour lui-même, heures vides). Pièges : 1 600 heures par ETP et par an, formation HACCP de 21 heures, "
              "livraison de 7 h à 9 h 30, 50 € HT par heure non réalisée. Maximum : 240 000 € HT par an en tête du "
              "BPU × 3 ans (CCAP : du 1er septembre 2027 au 31 août 2030, non reconductible) = 720 000. Non alloti."))


# ============================================================================= d08
def d08():
    c = C("Habitat Côtes et Marais", "Caen", ccag="travaux", profil="https://achats.habitat-cotesetmarais.fr", ref="HCM-2027-05")
    hdr = "Habitat Côtes et Marais – Maintenance multitechnique"
    rc = [TITLE("Habitat Côtes et Marais – Office public de l'habitat", "RÈGLEMENT DE LA CONSULTATION",
                "Entretien et maintenance multitechnique du patrimoine locatif – accords-cadres à bons de commande",
                "Appel d'offres ouvert – date limite : 26 mars 2027, 12 h 00")]
    rc += flat(
        A("Objet",
          "La consultation porte sur les travaux d'entretien courant et de remise en état des logements et des parties "
          "communes du patrimoine de l'Office (4 200 logements)."),
        A("Lots et clause d'insertion",
          "La consultation est divisée en cinq lots. Les lots 1, 2 et 4 comportent une clause d'insertion ; le "
          "nombre d'heures à réaliser sur la durée totale de l'accord-cadre, reconductions comprises, est le "
          "suivant :"),
        [RTAB([["Lot", "Intitulé", "Heures d'insertion"],
               ["1", "Plomberie – chauffage – VMC", "1" + BR + "100 h"],
               ["2", "Électricité courants forts et faibles", "300 h"],
               ["3", "Serrurerie – métallerie", "néant"],
               ["4", "Peinture – revêtements de sols", "250 h"],
               ["5", "Couverture – zinguerie", "néant"]],
              widths=[0.5, 3.2, 0.9], align="llr")],
        A("Durée",
          "Chaque accord-cadre est conclu pour un an à compter du 1er avril 2027. Il est reconductible tacitement "
          "trois fois par période d'un an."),
        f_rc_dce(c, ["le RC ;", "le CCAP commun ;", "un CCTP par lot ;", "un acte d'engagement par lot ;",
                     "un bordereau des prix unitaires par lot."], 0),
        f_rc_candidature(c, 0, ["les qualifications Qualibat ou Qualifelec correspondant au lot ;"]),
        A("Critères d'attribution", "Pour chaque lot : prix 60 % ; valeur technique 40 %."),
        f_rc_validite(c, 0), f_rc_remise(c, "vendredi 26 mars 2027 à 12 h 00", 1), f_rc_recours(c))
    ccap = [TITLE("Habitat Côtes et Marais – Office public de l'habitat",
                  "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Entretien et maintenance multitechnique – lots 1 à 5")]
    ccap += flat(
        A("Objet", "Le présent CCAP est commun aux cinq accords-cadres à bons de commande de l'opération."),
        f_pieces(c, 1, ["le bordereau des prix unitaires du lot ;"]),
        A("Montants maximums",
          "Les accords-cadres sont conclus sans minimum. Les montants maximums s'entendent par période annuelle "
          "d'exécution :"),
        [TAB([["Lot", "Intitulé", "Maximum annuel (€ HT)"],
              ["1", "Plomberie – chauffage – VMC", "220 000"],
              ["2", "Électricité", "140 000"],
              ["3", "Serrurerie – métallerie", "60 000"],
              ["4", "Peinture – revêtements de sols", "180 000"],
              ["5", "Couverture – zinguerie", "100 000"],
              ["Total", "Cinq lots", "700 000"]])],
        A("Clause d'insertion",
          "Le titulaire de chacun des lots 1, 2 et 4 réalise, au bénéfice de personnes éloignées de l'emploi, le "
          "nombre d'heures d'insertion fixé par le règlement de la consultation. Une pénalité de 30 € HT est "
          "appliquée par heure non réalisée au terme de l'accord-cadre."),
        f_prix(c, 2), f_paiement(c, 0), f_penalites(c, 0), f_assurances(c, 1), f_sous_traitance(c, 0),
        f_travail(c), f_resiliation(c, 0), f_litiges(c, 0))
    ae1 = [TITLE("Habitat Côtes et Marais – Office public de l'habitat", "ACTE D'ENGAGEMENT",
                 "Lot n° 1 – Plomberie – chauffage – VMC")]
    ae1 += flat(
        f_ae_contractant(c, 0),
        A("Montant",
          "Le lot 1 est un accord-cadre à bons de commande sans minimum. Montant maximum : 220 000 € HT par période "
          "annuelle, soit 880 000 € HT sur la durée maximale de quatre ans."),
        A("Engagement d'insertion",
          "Au titre de la clause d'insertion prévue au CCAP, le titulaire s'engage à réaliser 1" + SB + "100 heures "
          "d'insertion sur la durée totale de l'accord-cadre, reconductions comprises."),
        f_ae_compte(c), f_ae_signature(c, 0))
    cctp4 = [TITLE("Habitat Côtes et Marais – Office public de l'habitat",
                   "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", "Lot n° 4 – Peinture – revêtements de sols")]
    cctp4 += flat(
        A("Consistance",
          "Le lot 4 comprend la remise en peinture des logements à la relocation, la reprise ponctuelle des parties "
          "communes et la pose de revêtements de sols souples."),
        A("Conditions d'intervention",
          "Les interventions ont lieu du lundi au vendredi, de 8 h à 17 h. En logement occupé, elles sont limitées à "
          "6 heures par jour. Le délai d'intervention est de 48 heures après réception du bon de commande pour les "
          "travaux urgents."),
        A("Produits",
          "Les peintures utilisées sont en phase aqueuse et classées A+ pour les émissions dans l'air intérieur."),
        A("Résidus de chantier",
          "Les pots vides, les résidus de peinture et les chutes de revêtement sont apportés en déchèterie "
          "professionnelle ; le titulaire joint le bordereau de dépôt à chaque attachement."),
        f_cctp_personnel(c, 1), f_cctp_suivi(c, 2))
    return dict(
        id="d08", title="Habitat Côtes et Marais – maintenance multitechnique (5 lots, heures par lot au RC)",
        pieces=[
            PIECE("rc.pdf", "RC", hdr + " – RC", "HCM-2027-05 – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1650, allotissement=1, nb_lots=5,
                evidence=["1 Plomberie – chauffage – VMC 1 100 h", "2 Électricité courants forts et faibles 300 h",
                          "4 Peinture – revêtements de sols 250 h", "[1 100 + 300 + 250 = 1 650]",
                          "Les lots 1, 2 et 4 comportent une clause d'insertion",
                          "La consultation est divisée en cinq lots"]), hyphen=True),
            PIECE("ccap.docx", "CCAP", hdr + " – CCAP", "HCM-2027-05 – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=5, montant_max_ht=700000,
                evidence=["Le titulaire de chacun des lots 1, 2 et 4 réalise, au bénéfice de personnes éloignées",
                          "Total Cinq lots 700 000", "commun aux cinq accords-cadres"])),
            PIECE("ae_lot1.pdf", "AE", hdr + " – AE lot 1", "HCM-2027-05 – Acte d'engagement", ae1, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1100, allotissement=1, montant_max_ht=880000,
                evidence=["s'engage à réaliser 1 100 heures d'insertion sur la durée totale",
                          "soit 880 000 € HT sur la durée maximale de quatre ans", "Lot n° 1"])),
            PIECE("cctp_lot4.pdf", "CCTP", hdr + " – CCTP lot 4", "HCM-2027-05 – CCTP lot 4", cctp4, L(
                clause_environnementale=1, allotissement=1,
                evidence=["sont apportés en déchèterie professionnelle ; le titulaire joint le bordereau de dépôt",
                          "Lot n° 4 – Peinture"]), hyphen=True),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=1650, allotissement=1, nb_lots=5, montant_max_ht=2800000),
        note=("Heures : 1 650 = 1 100 (lot 1, cellule sur deux lignes « 1 » / « 100 h ») + 300 (lot 2) + 250 "
              "(lot 4), tableau du RC sans ligne de total ; l'AE du lot 1 reprend 1 100. Pièges : 30 € HT par heure "
              "non réalisée ; CCTP du lot 4 : 8 h – 17 h, 6 heures par jour, 48 heures de délai. Maximum : 700 000 € HT "
              "par an (ligne Total du tableau du CCAP, DOCX) × 4 périodes (1 an + 3 reconductions, RC) = 2 800 000 ; "
              "l'AE du lot 1 écrit 880 000 pour son seul lot. Cinq lots."))


# ============================================================================= d09
def d09():
    c = C("la commune de Bazerolles", "Toulouse", ccag="travaux", profil="https://marches.bazerolles.fr",
          ref="BAZ-2027-VOI")
    hdr = "Commune de Bazerolles – Entretien de voirie"
    rc = [TITLE("Commune de Bazerolles", "RÈGLEMENT DE LA CONSULTATION",
                "Travaux d'entretien et de grosses réparations de voirie communale",
                "Accord-cadre à bons de commande – procédure adaptée")]
    rc += flat(
        A("Objet", "La consultation porte sur les travaux d'entretien et de grosses réparations des voies "
                   "communales, des trottoirs et des parkings de Bazerolles."),
        A("Durée", "L'accord-cadre est conclu pour quatre ans (48 mois) à compter de sa notification. Il n'est pas "
                   "reconductible."),
        A("Lot unique", "Le marché n'est pas alloti (lot unique) : les travaux de chaussée et de trottoir d'une même "
                        "rue sont indissociables."),
        A("Clause sociale", "Le marché comporte une clause d'insertion professionnelle dont les modalités figurent à "
                            "l'article 6 du CCAP."),
        f_rc_dce(c, ["le RC ;", "l'acte d'engagement ;", "le CCAP ;", "le CCTP ;",
                     "le bordereau des prix et le détail quantitatif estimatif."], 1),
        f_rc_candidature(c, 0),
        A("Jugement des offres", "Prix (sur le détail quantitatif estimatif) : 60 % ; valeur technique : 40 %."),
        f_rc_remise(c, "mardi 6 avril 2027 à 12 h 00", 1), f_rc_renseignements(c, 0))
    ccap = [TITLE("Commune de Bazerolles", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Travaux d'entretien et de grosses réparations de voirie communale")]
    ccap += flat(
        A("Objet", "Le présent accord-cadre à bons de commande porte sur l'entretien et les grosses réparations de "
                   "la voirie communale."),
        f_pieces(c, 0, ["le bordereau des prix unitaires ;"]),
        A("Montant", "L'accord-cadre est conclu sans minimum. Son montant maximum annuel est fixé à 150 000 € HT."),
        A("Bons de commande", "Chaque bon de commande précise la localisation des travaux, les quantités et le "
                              "délai d'exécution. Les bons sont notifiés par courriel avec accusé de réception."),
        f_prix(c, 1),
        A("Action d'insertion",
          "Le titulaire consacre à l'insertion de personnes éloignées de l'emploi un volume minimal d'heures réparti "
          "sur les chantiers commandés au cours de chaque année d'exécution du marché, soit 450 heu" + HY + "res par an "
          "au minimum.",
          "Pour mémoire, le précédent marché (2022-2025) a permis la réalisation de 2 000 heures d'insertion."),
        A("Matériaux",
          "Les matériaux de chaussée rabotés sont recyclés en centrale d'enrobage ; les enrobés mis en œuvre "
          "contiennent au moins 20 % d'agrégats d'enrobés recyclés."),
        f_avance(c, 1), f_retenue(c, 1), f_penalites(c, 0), f_assurances(c, 0), f_sous_traitance(c, 0),
        f_resiliation(c, 1), f_litiges(c, 0))
    ae = [TITLE("Commune de Bazerolles", "ACTE D'ENGAGEMENT",
                "Travaux d'entretien et de grosses réparations de voirie communale")]
    ae += flat(
        f_ae_contractant(c, 1),
        A("Prix", "Les travaux sont rémunérés par application des prix unitaires du bordereau aux quantités "
                  "réellement exécutées."),
        A("Insertion", "Le titulaire s'engage à réaliser le volume annuel d'heures d'insertion prévu au CCAP."),
        A("Avance", "Je renonce au bénéfice de l'avance : ☐ oui   ☐ non"),
        f_ae_compte(c), f_ae_signature(c, 1))
    dqe = [TITLE("Commune de Bazerolles", "DÉTAIL QUANTITATIF ESTIMATIF",
                 "Travaux d'entretien de voirie – document non contractuel"),
           P("Le DQE sert uniquement au jugement des offres ; les quantités sont celles d'une année type."),
           RTAB([["N°", "Désignation", "Unité", "Quantité", "PU HT (€)", "Total HT (€)"],
                 ["1.1", "Installation de chantier et signalisation", "forfait", "12", "", ""],
                 ["2.1", "Rabotage de chaussée, épaisseur 5 cm", "m²", "3 500", "", ""],
                 ["2.2", "Purge et reprise de fondation", "m³", "120", "", ""],
                 ["3.1", "Enrobé BBSG 0/10, mise en œuvre mécanique", "t", "900", "", ""],
                 ["3.2", "Enduit superficiel bicouche", "m²", "6 000", "", ""],
                 ["4.1", "Bordure T2 posée sur béton", "ml", "400", "", ""],
                 ["5.1", "Main-d'œuvre en régie – ouvrier qualifié", "heure", "200", "", ""],
                 ["5.2", "Camion 19 t avec chauffeur en régie", "heure", "80", "", ""],
                 ["", "Total HT", "", "", "", ""]],
                widths=[0.5, 3.0, 0.8, 0.9, 0.9, 1.0], align="lllrrr"),
           P("Cachet et signature du candidat :")]
    return dict(
        id="d09", title="Commune de Bazerolles – voirie (heures par an sans total, césure « heu-res »)",
        pieces=[
            PIECE("rc.docx", "RC", hdr + " – RC", "BAZ-2027-VOI – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, allotissement=0,
                evidence=["Le marché comporte une clause d'insertion professionnelle",
                          "Le marché n'est pas alloti (lot unique)"])),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "BAZ-2027-VOI – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=450, clause_environnementale=1,
                montant_max_ht=150000,
                evidence=["soit 450 heures par an au minimum", "au moins 20 % d'agrégats d'enrobés recyclés",
                          "Son montant maximum annuel est fixé à 150 000 € HT"]), hyphen=True),
            PIECE("ae.docx", "AE", hdr + " – AE", "BAZ-2027-VOI – Acte d'engagement", ae, L(
                clause_sociale=1, clause_insertion=1,
                evidence=["s'engage à réaliser le volume annuel d'heures d'insertion prévu au CCAP"])),
            PIECE("dqe.pdf", "DQE", hdr + " – DQE", "BAZ-2027-VOI – DQE", dqe, L()),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=450, allotissement=0, montant_max_ht=600000),
        note=("Heures : 450 par an (CCAP, « heures » coupé par une césure « heu- » / « res ») ; aucune pièce n'écrit "
              "de total : valeur telle qu'écrite, selon la convention de blind_values_9 (la lecture « total sur "
              "48 mois » donnerait 1 800). Pièges : 2 000 heures du précédent marché ; lignes du DQE en « heure » "
              "(200 h de main-d'œuvre en régie, 80 h de camion). Maximum : 150 000 € HT par an (CCAP) × 4 ans "
              "(48 mois, RC) = 600 000. Non alloti."))


# ============================================================================= d10
def d10():
    c = C("la Ville de Marcillac-sur-Doive", "Bordeaux", profil="https://marches.marcillac-doive.fr",
          ref="MSD-2027-PU")
    hdr = "Ville de Marcillac-sur-Doive – Propreté urbaine"
    rc = [TITLE("Ville de Marcillac-sur-Doive", "RÈGLEMENT DE LA CONSULTATION",
                "Prestations de propreté urbaine (balayage mécanisé et manuel)",
                "Appel d'offres ouvert – remise des offres le 14 avril 2027 à 12 h 00")]
    rc += flat(
        A("Objet", "La consultation porte sur le balayage mécanisé et manuel des voies, places et marchés de plein "
                   "air de la commune, et sur la vidange des corbeilles de rue."),
        A("Forme", "Accord-cadre mono-attributaire à bons de commande, sans minimum, avec les montants maximums "
                   "fixés au CCAP. Lot unique."),
        A("Durée", "L'accord-cadre est conclu pour une période initiale de deux ans à compter du 1er juin 2027. Il "
                   "est reconductible deux fois par période d'un an, par décision expresse."),
        A("Clause sociale", "Le marché comporte une clause d'insertion ; les volumes d'heures sont fixés au CCAP."),
        f_rc_dce(c, ["le RC ;", "l'acte d'engagement ;", "le CCAP ;", "le CCTP et le plan des secteurs ;",
                     "le bordereau des prix."], 0),
        f_rc_candidature(c, 1),
        A("Critères", "Prix : 50 % ; valeur technique : 50 % (organisation des circuits, moyens matériels, "
                      "encadrement)."),
        f_rc_validite(c, 1), f_rc_remise(c, "mercredi 14 avril 2027 à 12 h 00", 0), f_rc_recours(c))
    ccap = [TITLE("Ville de Marcillac-sur-Doive", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Prestations de propreté urbaine")]
    ccap += flat(
        A("Objet", "Le présent CCAP régit l'accord-cadre de propreté urbaine de la Ville."),
        f_pieces(c, 0, ["le bordereau des prix ;"]),
        A("Montants maximums",
          "L'accord-cadre est conclu sans minimum. Montant maximum : 300 000 € HT pour la période initiale, puis "
          "150 000 € HT par période de reconduction."),
        A("Clause sociale d'insertion",
          "Le titulaire réalise 1 000 heures d'insertion au cours de la période initiale, puis 400 heures au cours de "
          "chaque période de reconduction, au bénéfice de personnes éloignées de l'emploi orientées par le PLIE "
          "Doive-Garonne."),
        f_prix(c, 2), f_paiement(c, 2), f_penalites(c, 2), f_assurances(c, 0), f_travail(c),
        f_resiliation(c, 0), f_litiges(c, 1))
    cctp = [TITLE("Ville de Marcillac-sur-Doive", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Prestations de propreté urbaine")]
    cctp += flat(
        A("Horaires", "Le balayage a lieu de 5 h à 12 h du lundi au samedi, et de 6 h à 11 h le dimanche sur le "
                      "secteur du marché couvert."),
        A("Matériels",
          "Les balayeuses affectées au marché ont un gabarit adapté aux rues du centre ancien (largeur de 1,40 m au "
          "plus). Une balayeuse de remplacement est mise en service sous 24 heures en cas de panne."),
        A("Historique", "Le précédent marché (2023-2027) comportait 1 200 heures d'insertion ; six agents à temps "
                        "plein y étaient affectés."),
        f_cctp_personnel(c, 0), f_cctp_suivi(c, 1), f_cctp_securite(c, 0))
    qr = [TITLE("Ville de Marcillac-sur-Doive", "QUESTIONS DES CANDIDATS ET RÉPONSES DE LA VILLE",
                "Prestations de propreté urbaine – consultation MSD-2027-PU")]
    qr += [H("Question 1"),
           P("Quel est le volume total d'heures d'insertion si l'accord-cadre est reconduit deux fois ?"),
           P("Réponse : 1 000 heures pour la période initiale et 400 heures par reconduction, soit 1 800 heures au "
             "total sur quatre ans."),
           H("Question 2"),
           P("Les horaires de balayage peuvent-ils être décalés en été ?"),
           P("Réponse : Non. Les horaires du CCTP (5 h – 12 h en semaine) sont maintenus toute l'année."),
           H("Question 3"),
           P("Quel est l'effectif du titulaire sortant ?"),
           P("Réponse : Six agents à temps plein (35 heures hebdomadaires) et un chef d'équipe. Cette information "
             "est donnée à titre indicatif.")]
    return dict(
        id="d10", title="Ville de Marcillac-sur-Doive – propreté urbaine (heures initiales + par reconduction)",
        pieces=[
            PIECE("rc.pdf", "RC", hdr + " – RC", "MSD-2027-PU – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, allotissement=0,
                evidence=["Le marché comporte une clause d'insertion", "Lot unique"]), hyphen=True),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "MSD-2027-PU – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1000,
                evidence=["Le titulaire réalise 1 000 heures d'insertion au cours de la période initiale, puis "
                          "400 heures au cours de chaque période de reconduction"])),
            PIECE("cctp.pdf", "CCTP", hdr + " – CCTP", "MSD-2027-PU – CCTP", cctp, L(), hyphen=True),
            PIECE("questions_reponses.docx", "QR", hdr + " – Q/R", "MSD-2027-PU – Questions et réponses", qr, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1800,
                evidence=["soit 1 800 heures au total sur quatre ans"])),
        ],
        pos=["clause_sociale", "clause_insertion"],
        values=V(heures_insertion=1800, allotissement=0, montant_max_ht=600000),
        note=("Heures : 1 800 = 1 000 (période initiale) + 2 × 400 (reconductions), total écrit dans les "
              "questions-réponses ; le CCAP donne 1 000 puis 400 par reconduction, le nombre de reconductions est au "
              "RC. Pièges : 1 200 heures du précédent marché (CCTP), 35 heures hebdomadaires, horaires 5 h – 12 h, "
              "balayeuse de remplacement sous 24 heures. "
              "Maximum : 300 000 (période initiale) + 2 × 150 000 (reconductions) = 600 000 ; le nombre de "
              "reconductions n'est que dans le RC, aucune pièce n'écrit le total. Lot unique."))


# ============================================================================= d11
def d11():
    c = C("la communauté d'agglomération du Pays de Sarnelle", "Lyon", profil="https://marches.pays-sarnelle.fr",
          ref="CAPS-2027-CVC")
    hdr = "CA du Pays de Sarnelle – Maintenance CVC"
    avis = [TITLE("BOAMP – Avis d'appel public à la concurrence",
                  "Maintenance des installations de chauffage, ventilation et climatisation",
                  "Annonce n° 27-044978 – Services")]
    avis += boamp_head("Accord-cadre services", "69", "Communauté d'agglomération du Pays de Sarnelle",
                       "200 041 339 00011", "Sarnelle", "69830", c["profil"], "Procédure adaptée ouverte",
                       "jeudi 22 avril 2027 à 12 h 00")
    avis += [H("Section 4 : Identification du marché"),
             P("Intitulé du marché : Maintenance préventive et curative des installations CVC des bâtiments "
               "communautaires"),
             P("Code CPV principal : 50720000 – Services de réparation et d'entretien de chauffage central"),
             P("Type de marché : Services"),
             P("Description succincte du marché : maintenance des chaufferies, centrales de traitement d'air et "
               "groupes froids de 23 bâtiments ; prestations curatives sur bons de commande."),
             P("Valeur estimée (HT) : 950 000 euros"),
             P("Montant maximum de l'accord-cadre : 1,2 M€ HT pour la durée totale (quatre ans)"),
             P("Durée du marché (en mois) : 12, renouvelable trois fois"),
             P("Marché alloti : Non"),
             H("Section 6 : Informations complémentaires"),
             P("Conditions particulières d'exécution : clause sociale d'insertion : 1^500 h de travail réservées à des "
               "personnes éloignées de l'emploi sur la durée totale du marché ; clause environnementale : "
               "récupération et traitement des fluides frigorigènes par un opérateur agréé."),
             P("Visite des sites : facultative."),
             P("Date d'envoi du présent avis à la publication : 19 mars 2027")]
    rc = [TITLE("Communauté d'agglomération du Pays de Sarnelle", "RÈGLEMENT DE LA CONSULTATION",
                "Maintenance des installations de chauffage, ventilation et climatisation",
                "Procédure adaptée – remise des offres : 22 avril 2027 à 12 h 00")]
    rc += flat(
        A("Objet", "La consultation porte sur la maintenance préventive et curative des installations de chauffage, "
                   "de ventilation et de climatisation des bâtiments communautaires."),
        A("Absence d'allotissement",
          "Il n'est pas prévu de décomposition en lots : la maintenance des installations de chauffage, de "
          "ventilation et de climatisation d'un même bâtiment forme un ensemble technique indissociable (article "
          "L. 2113-11 du code de la commande publique)."),
        A("Durée", "Un an à compter de la notification, renouvelable trois fois par reconduction tacite."),
        A("Clause d'insertion", "Le marché comporte une clause d'insertion dont le volume est indiqué dans l'avis "
                                "d'appel public à la concurrence."),
        f_rc_dce(c, ["le RC ;", "l'acte d'engagement ;", "le CCAP ;", "le CCTP et l'inventaire des équipements ;",
                     "la décomposition du prix forfaitaire et le bordereau des prix unitaires."], 1),
        f_rc_candidature(c, 0, ["l'attestation de capacité pour la manipulation des fluides frigorigènes ;"]),
        A("Critères",
          "Les offres sont classées selon les critères suivants :",
          ["prix : 50 % ;", "valeur technique (organisation, astreinte, moyens) : 40 % ;",
           "performance énergétique des interventions proposées (plan de réduction des consommations) : 10 %."]),
        f_rc_negociation(c, 0), f_rc_remise(c, "jeudi 22 avril 2027 à 12 h 00", 1))
    ccap = [TITLE("Communauté d'agglomération du Pays de Sarnelle",
                  "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Maintenance des installations de chauffage, ventilation et climatisation")]
    ccap += flat(
        A("Objet", "Le présent CCAP régit l'accord-cadre de maintenance des installations CVC des bâtiments "
                   "communautaires, mixte : prix forfaitaire pour la maintenance préventive, prix unitaires pour "
                   "les prestations curatives sur bons de commande."),
        f_pieces(c, 1, ["la décomposition du prix forfaitaire et le bordereau des prix unitaires ;"]),
        A("Montant", "L'accord-cadre est conclu sans minimum ; son montant maximum sur la durée totale est celui "
                     "indiqué dans l'avis d'appel public à la concurrence."),
        A("Astreinte", "Le titulaire assure une astreinte 24 h sur 24 et 7 jours sur 7. Le délai d'intervention en "
                       "cas de panne est de 4 heures."),
        A("Insertion",
          "Le titulaire réserve à des personnes éloignées de l'emploi le nombre d'heures de travail mentionné dans "
          "l'avis d'appel public à la concurrence. Il désigne un référent chargé du suivi de l'action.",
          "Une pénalité de 60 € HT par heure non réalisée est appliquée à l'issue de chaque période annuelle, au "
          "prorata."),
        A("Fluides frigorigènes",
          "Les fluides frigorigènes sont récupérés par un opérateur titulaire de l'attestation de capacité et remis "
          "à un centre de traitement agréé ; le titulaire tient à jour les fiches d'intervention et le registre des "
          "fluides."),
        A("Formation", "Le titulaire assure au démarrage une formation de 7 heures des agents communautaires à la "
                       "conduite des installations."),
        f_prix(c, 0), f_paiement(c, 0), f_penalites(c, 0), f_assurances(c, 0), f_resiliation(c, 0),
        f_litiges(c, 0))
    ae = [TITLE("Communauté d'agglomération du Pays de Sarnelle", "ACTE D'ENGAGEMENT",
                "Maintenance des installations de chauffage, ventilation et climatisation")]
    ae += flat(
        f_ae_contractant(c, 0),
        A("Prix",
          "Maintenance préventive : prix forfaitaire annuel de ……………………… € HT. Prestations curatives : prix "
          "unitaires du bordereau, appliqués aux bons de commande."),
        A("Engagements", "Le titulaire s'engage à respecter la clause d'insertion prévue au CCAP et à assurer "
                         "l'astreinte 24 h/24 et 7 j/7, avec un délai d'intervention de 4 heures."),
        f_ae_compte(c), f_ae_signature(c, 0))
    return dict(
        id="d11", title="CA du Pays de Sarnelle – maintenance CVC (heures et maximum dans l'avis seul)",
        pieces=[
            PIECE("avis_boamp.txt", "AVIS", hdr, "", avis, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1500, clause_environnementale=1,
                allotissement=0, montant_estime_ht=950000, montant_max_ht=1200000,
                evidence=["1 500 h de travail réservées à des personnes éloignées de l'emploi",
                          "récupération et traitement des fluides frigorigènes par un opérateur agréé",
                          "Marché alloti : Non", "Valeur estimée (HT) : 950 000 euros",
                          "Montant maximum de l'accord-cadre : 1,2 M€ HT pour la durée totale"])),
            PIECE("rc.pdf", "RC", hdr + " – RC", "CAPS-2027-CVC – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=0,
                evidence=["Le marché comporte une clause d'insertion",
                          "performance énergétique des interventions proposées (plan de réduction des consommations)",
                          "Il n'est pas prévu de décomposition en lots"]), hyphen=True),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "CAPS-2027-CVC – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, clause_environnementale=1,
                evidence=["Le titulaire réserve à des personnes éloignées de l'emploi le nombre d'heures de travail",
                          "Les fluides frigorigènes sont récupérés par un opérateur titulaire de l'attestation"]),
                  hyphen=True, cols=2),
            PIECE("ae.docx", "AE", hdr + " – AE", "CAPS-2027-CVC – Acte d'engagement", ae, L(
                clause_sociale=1, clause_insertion=1,
                evidence=["s'engage à respecter la clause d'insertion prévue au CCAP"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1500, allotissement=0, montant_estime_ht=950000, montant_max_ht=1200000),
        note=("Heures : 1 500 (« 1 500 h de travail », espace fine), dans l'avis seul ; le RC, le CCAP (deux "
              "colonnes) et l'AE y renvoient. Pièges : 60 € HT par heure non réalisée, astreinte 24 h sur 24, "
              "intervention sous 4 heures, formation de 7 heures. Maximum : « 1,2 M€ HT pour la durée totale » "
              "(avis) = 1 200 000 ; estimation 950 000 (avis). Non alloti (RC, avis)."))


# ============================================================================= d12
def d12():
    c = C("la communauté de communes des Coteaux du Lizon", "Orléans", ccag="travaux",
          profil="https://marches.coteaux-lizon.fr", ref="CCCL-2027-MSP")
    hdr = "CC des Coteaux du Lizon – Maison de santé de Vernouillet-sur-Lizon"
    rc = [TITLE("Communauté de communes des Coteaux du Lizon", "RÈGLEMENT DE LA CONSULTATION",
                "Construction d'une maison de santé pluriprofessionnelle à Vernouillet-sur-Lizon",
                "Procédure adaptée ouverte – travaux")]
    rc += flat(
        A("Objet", "La consultation porte sur la construction d'une maison de santé pluriprofessionnelle de "
                   "620 m² sur la parcelle AB 214, rue du Docteur-Roux à Vernouillet-sur-Lizon."),
        A("Lots",
          "Les travaux sont décomposés en quatre lots :",
          ["lot 1 : gros œuvre – VRD ;", "lot 2 : charpente bois – ossature ;", "lot 3 : plâtrerie – isolation ;",
           "lot 4 : plomberie – chauffage – ventilation."],
          "Le montant prévisionnel des travaux est de 2 150 000 € HT, tous lots confondus."),
        A("Clause sociale d'insertion",
          "Les lots 1, 2 et 4 comportent une clause d'insertion. Volume d'heures à réaliser : lot 1 : 600 heures ; "
          "lot 2 : 250 heurs ; lot 4 : 120 heures. Le lot 3 n'est pas concerné."),
        A("Délais", "Le délai global d'exécution est de seize mois, dont un mois de préparation."),
        f_rc_dce(c, ["le RC ;", "les actes d'engagement ;", "le CCAP ;", "les CCTP de chaque lot ;",
                     "les DPGF ;", "les plans et le rapport d'étude de sol."], 0),
        f_rc_candidature(c, 1),
        A("Jugement des offres", "Prix : 55 % ; valeur technique : 35 % ; délai d'exécution proposé : 10 %."),
        f_rc_validite(c, 1), f_rc_remise(c, "vendredi 7 mai 2027 à 12 h 00", 0), f_rc_recours(c))
    ccap = [TITLE("Communauté de communes des Coteaux du Lizon",
                  "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Construction d'une maison de santé pluriprofessionnelle – lots 1 à 4")]
    ccap += flat(
        A("Objet", "Le présent CCAP est commun aux quatre lots de la construction de la maison de santé."),
        f_pieces(c, 2, ["la décomposition du prix global et forfaitaire ;"]),
        A("Prix", "Les marchés sont conclus à prix global et forfaitaire, fermes et actualisables."),
        A("Insertion",
          "Les titulaires des lots 1, 2 et 4 réalisent les heures d'insertion fixées par le règlement de la "
          "consultation, au bénéfice de personnes éloignées de l'emploi. Une heure de travail effectif d'une "
          "personne éligible compte pour une heure d'insertion.",
          "Une pénalité de 50 € HT par heure non réalisée est appliquée lors du décompte général."),
        A("Chantier à faibles nuisances",
          "Les entreprises respectent la charte de chantier à faibles nuisances jointe au DCE : tri des déchets sur "
          "site, limitation du bruit et des poussières, nettoyage quotidien des accès."),
        f_avance(c, 0), f_retenue(c, 0), f_penalites(c, 0), f_assurances(c, 0), f_sous_traitance(c, 0),
        f_travail(c), f_resiliation(c, 0), f_litiges(c, 1))
    ae2 = [TITLE("Communauté de communes des Coteaux du Lizon", "ACTE D'ENGAGEMENT",
                 "Lot n° 2 – Charpente bois – ossature", "Construction d'une maison de santé pluriprofessionnelle")]
    ae2 += flat(
        f_ae_contractant(c, 1),
        A("Prix", "Montant du lot (prix global et forfaitaire) : ………………… € HT, soit ………………… € TTC."),
        A("Engagement d'insertion",
          "Le titulaire s'engage à réaliser 250 heures d'insertion professionnelle pendant l'exécution du lot."),
        A("Avance", "Je renonce au bénéfice de l'avance : ☐ oui   ☐ non"),
        f_ae_compte(c), f_ae_signature(c, 0))
    cctp3 = [TITLE("Communauté de communes des Coteaux du Lizon", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                   "Lot n° 3 – Plâtrerie – isolation", "Construction d'une maison de santé pluriprofessionnelle")]
    cctp3 += flat(
        A("Consistance du lot", "Le lot 3 comprend les cloisons de distribution, les doublages isolés, les plafonds "
                                "suspendus et les trappes de visite."),
        A("Horaires de chantier", "Le chantier est ouvert de 7 h 30 à 18 h du lundi au vendredi."),
        A("Chutes de plâtre",
          "Les chutes de plaques de plâtre sont collectées séparément, dans la benne dédiée, en vue de leur "
          "recyclage par la filière du plâtre."),
        A("Clause d'insertion", "Le lot 3 n'est pas concerné par la clause d'insertion."),
        f_cctp_securite(c, 0), f_cctp_suivi(c, 0))
    return dict(
        id="d12", title="CC des Coteaux du Lizon – maison de santé (travaux, 4 lots, « heurs »)",
        pieces=[
            PIECE("rc.pdf", "RC", hdr + " – RC", "CCCL-2027-MSP – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=970, allotissement=1, nb_lots=4,
                montant_estime_ht=2150000,
                evidence=["lot 1 : 600 heures ; lot 2 : 250 heurs ; lot 4 : 120 heures", "[600 + 250 + 120 = 970]",
                          "Les travaux sont décomposés en quatre lots",
                          "Le montant prévisionnel des travaux est de 2 150 000 € HT"]), hyphen=True),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "CCCL-2027-MSP – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=4,
                evidence=["Les titulaires des lots 1, 2 et 4 réalisent les heures d'insertion",
                          "tri des déchets sur site", "commun aux quatre lots"]), hyphen=True, cols=2),
            PIECE("ae_lot2.docx", "AE", hdr + " – AE lot 2", "CCCL-2027-MSP – Acte d'engagement", ae2, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=250, allotissement=1,
                evidence=["s'engage à réaliser 250 heures d'insertion professionnelle", "Lot n° 2"])),
            PIECE("cctp_lot3.pdf", "CCTP", hdr + " – CCTP lot 3", "CCCL-2027-MSP – CCTP lot 3", cctp3, L(
                clause_environnementale=1, allotissement=1,
                evidence=["collectées séparément, dans la benne dédiée, en vue de leur recyclage",
                          "Lot n° 3 – Plâtrerie"]), hyphen=True),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=970, allotissement=1, nb_lots=4, montant_estime_ht=2150000),
        note=("Heures : 970 = 600 (lot 1) + 250 (lot 2, écrit « heurs ») + 120 (lot 4), en prose dans le RC ; l'AE "
              "du lot 2 reprend 250 ; le CCTP du lot 3 dit que son lot n'est pas concerné. Pièges : 50 € HT par "
              "heure non réalisée, chantier de 7 h 30 à 18 h. Marché de travaux à prix forfaitaire : pas de "
              "maximum. Estimation 2 150 000 (RC). Quatre lots."))


# ============================================================================= d13
def d13():
    c = C("la Ville de Port-Alérac", "Montpellier", profil="https://marches.port-alerac.fr", ref="PA-2027-LIT")
    hdr = "Ville de Port-Alérac – Nettoyage des plages"
    rc = [TITLE("Ville de Port-Alérac", "RÈGLEMENT DE LA CONSULTATION",
                "Nettoyage des plages et entretien des espaces littoraux",
                "Procédure adaptée – remise des offres : 12 mars 2027, 12 h 00")]
    rc += flat(
        A("Objet", "La consultation porte sur le nettoyage mécanique et manuel des 7 km de plages de la commune, "
                   "l'entretien des accès et le vidage des corbeilles du front de mer."),
        A("Lot unique", "Le marché fait l'objet d'un lot unique."),
        A("Durée", "Le marché est conclu pour quatre ans, du 1er mai 2027 au 30 avril 2031."),
        A("Clause sociale", "Le marché comporte une clause d'insertion dont le volume est fixé au CCAP."),
        f_rc_dce(c, ["le RC ;", "l'acte d'engagement ;", "le CCAP ;", "le CCTP et ses annexes 1 à 3 ;",
                     "le bordereau des prix unitaires."], 1),
        f_rc_candidature(c, 0),
        A("Critères de jugement",
          "Les offres sont classées selon les critères suivants :",
          ["prix : 45 % ;", "valeur technique : 40 % ;",
           "méthodes de nettoyage respectueuses du milieu (tamisage sélectif, préservation des laisses de mer et "
           "des dunes) : 15 %."]),
        f_rc_negociation(c, 1), f_rc_remise(c, "vendredi 12 mars 2027 à 12 h 00", 0), f_rc_renseignements(c, 0))
    ccap = [TITLE("Ville de Port-Alérac", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Nettoyage des plages et entretien des espaces littoraux")]
    ccap += flat(
        A("Objet", "Le présent accord-cadre à bons de commande porte sur le nettoyage des plages et l'entretien des "
                   "espaces littoraux de la Ville."),
        f_pieces(c, 0, ["le bordereau des prix unitaires ;"]),
        A("Montant",
          "Montant maximum sur la durée totale du marché (quatre saisons) : 520 000 € HT, soit environ 130 000 € HT "
          "par saison à titre indicatif. Il n'est pas fixé de minimum."),
        A("Clause d'insertion",
          "Le titulaire réalise 1^200 heures d'insertion sur la durée totale du marché, au bénéfice de personnes "
          "éloignées de l'emploi, en priorité les demandeurs d'emploi de longue durée et les jeunes sans "
          "qualification du territoire."),
        A("Tri et préservation du milieu",
          "Les déchets ramassés sur les plages sont triés (plastiques, verre, métaux, bois flotté) et orientés vers "
          "les filières de recyclage. Les laisses de mer naturelles sont conservées en haut de plage, hors des zones "
          "de baignade."),
        A("Périodes d'intervention",
          "En juillet et en août, les interventions mécaniques ont lieu de 6 h à 10 h. Hors saison, elles sont "
          "réalisées une fois par semaine."),
        f_prix(c, 1), f_paiement(c, 0), f_penalites(c, 2), f_assurances(c, 1), f_resiliation(c, 0),
        f_litiges(c, 0))
    cctp = [TITLE("Ville de Port-Alérac", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Nettoyage des plages et entretien des espaces littoraux")]
    cctp += flat(
        A("Consistance", "Le nettoyage comprend le criblage mécanique du sable, le ramassage manuel des déchets sur "
                         "les zones dunaires et le vidage des 140 corbeilles du front de mer."),
        A("Méthodes",
          "Le criblage mécanique est interdit sur les zones dunaires et à moins de 5 mètres des laisses de mer ; le "
          "ramassage y est manuel. Le titulaire utilise une cribleuse à tamisage sélectif."),
        f_cctp_personnel(c, 0), f_cctp_suivi(c, 0),
        [H("Annexe 3 – Moyens et organisation"),
         P("Équipes : deux agents et un conducteur de cribleuse en saison ; un agent hors saison."),
         P("Interventions estivales : de 6 h à 10 h, sept jours sur sept."),
         P("Volume d'heures d'insertion attendu : 900 heures sur la durée du marché.")])
    qr = [TITLE("Ville de Port-Alérac", "RÉPONSES AUX QUESTIONS DES CANDIDATS",
                "Nettoyage des plages et entretien des espaces littoraux – PA-2027-LIT")]
    qr += [H("Question 1 – reçue le 18 février 2027"),
           P("Le titulaire doit-il fournir la cribleuse ou la Ville en met-elle une à disposition ?"),
           P("Réponse : Le titulaire fournit l'ensemble des matériels ; la Ville met un local de stockage à sa "
             "disposition au poste de secours central."),
           H("Question 2 – reçue le 22 février 2027"),
           P("L'annexe 3 du CCTP indique 900 heures d'insertion et le CCAP 1 200 heures. Quel chiffre faut-il "
             "retenir ?"),
           P("Réponse : Le chiffre de 900 heures figurant à l'annexe 3 du CCTP est une erreur matérielle. "
             "L'engagement est de 1 200 heures sur la durée totale du marché, comme indiqué au CCAP."),
           H("Question 3 – reçue le 24 février 2027"),
           P("Les dimanches d'été sont-ils travaillés ?"),
           P("Réponse : Oui, de 6 h à 10 h, comme les autres jours de juillet et d'août.")]
    return dict(
        id="d13", title="Ville de Port-Alérac – nettoyage des plages (CCTP à 900 h corrigé par le Q/R)",
        pieces=[
            PIECE("rc.pdf", "RC", hdr + " – RC", "PA-2027-LIT – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=0,
                evidence=["Le marché comporte une clause d'insertion",
                          "méthodes de nettoyage respectueuses du milieu", "Le marché fait l'objet d'un lot unique"]),
                  hyphen=True),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "PA-2027-LIT – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1200, clause_environnementale=1,
                montant_max_ht=520000,
                evidence=["Le titulaire réalise 1 200 heures d'insertion sur la durée totale du marché",
                          "orientés vers les filières de recyclage",
                          "Montant maximum sur la durée totale du marché (quatre saisons) : 520 000 € HT"]),
                  hyphen=True),
            PIECE("cctp.pdf", "CCTP", hdr + " – CCTP", "PA-2027-LIT – CCTP", cctp, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=900, clause_environnementale=1,
                evidence=["Volume d'heures d'insertion attendu : 900 heures sur la durée du marché",
                          "Le criblage mécanique est interdit sur les zones dunaires"])),
            PIECE("reponses_questions.docx", "QR", hdr + " – Q/R", "PA-2027-LIT – Réponses aux questions", qr, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1200,
                evidence=["L'engagement est de 1 200 heures sur la durée totale du marché"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1200, allotissement=0, montant_max_ht=520000),
        note=("Heures : 1 200 sur la durée totale (CCAP, espace fine ; confirmé par les réponses aux questions) ; "
              "l'annexe 3 du CCTP écrit 900 (erreur matérielle reconnue) : le CCAP et le Q/R priment. Pièges : "
              "interventions de 6 h à 10 h. Maximum : 520 000 € HT sur la durée totale (CCAP) ; les 130 000 € HT "
              "par saison sont une ventilation indicative du même total, à ne pas multiplier (ni 520 000 × 4). "
              "Lot unique."))


# ============================================================================= d14
def d14():
    c = C("le Centre communal d'action sociale de Villerange", "Besançon", profil="https://marches.villerange.fr",
          ref="CCAS-2027-EV")
    hdr = "CCAS de Villerange – Espaces verts des résidences autonomie"
    avis = [TITLE("BOAMP – Avis d'appel public à la concurrence",
                  "Entretien des espaces verts des résidences autonomie", "Annonce n° 27-018804 – Services")]
    avis += boamp_head("Accord-cadre services", "25", "Centre communal d'action sociale de Villerange",
                       "262 500 714 00018", "Villerange", "25770", c["profil"], "Procédure adaptée ouverte",
                       "lundi 1er mars 2027 à 12 h 00")
    avis += [H("Section 4 : Identification du marché"),
             P("Intitulé du marché : Entretien des espaces verts des résidences autonomie Les Charmilles et "
               "Le Clos-Fleuri"),
             P("Code CPV principal : 77310000 – Services de plantation et d'entretien des espaces verts"),
             P("Type de marché : Services"),
             P("Durée du marché (en mois) : 24"),
             P("La consultation prévoit une réservation de tout ou partie du marché : Oui"),
             P("Marché réservé aux structures d'insertion par l'activité économique (article L. 2113-13 du code de "
               "la commande publique)."),
             P("Marché alloti : Non"),
             H("Section 6 : Informations complémentaires"),
             P("Critères d'attribution : voir le règlement de la consultation."),
             P("Date d'envoi du présent avis à la publication : 3 février 2027")]
    rc = [TITLE("Centre communal d'action sociale de Villerange", "RÈGLEMENT DE LA CONSULTATION",
                "Entretien des espaces verts des résidences autonomie – marché réservé",
                "Procédure adaptée – remise des offres : 1er mars 2027 à 12 h 00")]
    rc += flat(
        A("Objet",
          "La consultation porte sur la tonte, la taille des haies, le désherbage manuel et le ramassage des feuilles "
          "des parcs des résidences autonomie Les Charmilles (1,2 ha) et Le Clos-Fleuri (0,8 ha). À titre indicatif, "
          "le volume de travail est estimé à 1 200 heures par an."),
        A("Marché réservé",
          "En application de l'article L. 2113-13 du code de la commande publique, le marché est réservé aux "
          "structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du travail "
          "(entreprises d'insertion, ateliers et chantiers d'insertion, associations intermédiaires, entreprises de "
          "travail temporaire d'insertion)."),
        A("Lot unique", "Le marché n'est pas alloti."),
        A("Durée", "Le marché est conclu pour deux ans à compter du 1er avril 2027. Il n'est pas reconductible."),
        f_rc_dce(c, ["le RC ;", "l'acte d'engagement ;", "le CCAP ;", "le CCTP et les plans des parcs ;",
                     "le bordereau des prix unitaires."], 0),
        f_rc_candidature(c, 0, ["la copie de la convention conclue avec l'État au titre de l'insertion par "
                                "l'activité économique ;"]),
        A("Critères",
          "Les offres sont classées selon les critères suivants :",
          ["prix : 50 % ;", "valeur technique (organisation, matériel, calendrier) : 30 % ;",
           "qualité de l'accompagnement socioprofessionnel des salariés en parcours d'insertion affectés au "
           "marché : 20 %."]),
        f_rc_remise(c, "lundi 1er mars 2027 à 12 h 00", 1), f_rc_recours(c))
    ccap = [TITLE("Centre communal d'action sociale de Villerange",
                  "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Entretien des espaces verts des résidences autonomie")]
    ccap += flat(
        A("Objet et réservation",
          "Le présent accord-cadre à bons de commande porte sur l'entretien des espaces verts des résidences "
          "autonomie du CCAS. Il est réservé aux structures d'insertion par l'activité économique (article "
          "L. 2113-13 du code de la commande publique)."),
        f_pieces(c, 1, ["le bordereau des prix unitaires ;"]),
        A("Montant", "L'accord-cadre est conclu sans minimum, avec un montant maximum de 35 000 € HT par semestre "
                     "d'exécution."),
        A("Gestion différenciée",
          "Le titulaire n'utilise aucun produit phytosanitaire. Les tontes sont réalisées en mulching ; les tailles "
          "sont broyées et laissées en paillage au pied des haies."),
        A("Horaires", "Les interventions ont lieu du lundi au vendredi, de 8 h à 12 h et de 13 h 30 à 17 h, en "
                      "évitant les heures de repas des résidents."),
        f_prix(c, 2), f_paiement(c, 1), f_penalites(c, 1), f_assurances(c, 0), f_resiliation(c, 1),
        f_litiges(c, 1))
    ae = [TITLE("Centre communal d'action sociale de Villerange", "ACTE D'ENGAGEMENT",
                "Entretien des espaces verts des résidences autonomie")]
    ae += flat(
        f_ae_contractant(c, 1),
        A("Qualité du candidat",
          "Le marché étant réservé aux structures d'insertion par l'activité économique (article L. 2113-13 du code "
          "de la commande publique), le candidat déclare être une structure conventionnée au titre de l'article "
          "L. 5132-4 du code du travail :",
          ["☐ entreprise d'insertion ;", "☐ atelier et chantier d'insertion ;", "☐ association intermédiaire ;",
           "☐ entreprise de travail temporaire d'insertion."]),
        A("Prix", "Les prestations sont rémunérées par application des prix du bordereau, dans la limite du montant "
                  "maximum semestriel fixé au CCAP."),
        f_ae_compte(c), f_ae_signature(c, 1))
    return dict(
        id="d14", title="CCAS de Villerange – espaces verts (réservé SIAE L2113-13, maximum par semestre)",
        pieces=[
            PIECE("avis_boamp.txt", "AVIS", hdr, "", avis, L(
                marche_reserve=1, reserve_base="L2113-13", allotissement=0,
                evidence=["Marché réservé aux structures d'insertion par l'activité économique (article L. 2113-13",
                          "Marché alloti : Non"])),
            PIECE("rc.pdf", "RC", hdr + " – RC", "CCAS-2027-EV – Règlement de la consultation", rc, L(
                critere_social=1, marche_reserve=1, reserve_base="L2113-13", allotissement=0,
                evidence=["le marché est réservé aux structures d'insertion par l'activité économique",
                          "qualité de l'accompagnement socioprofessionnel des salariés en parcours d'insertion",
                          "Le marché n'est pas alloti"]), hyphen=True),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "CCAS-2027-EV – CCAP", ccap, L(
                marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, montant_max_ht=35000,
                evidence=["Il est réservé aux structures d'insertion par l'activité économique (article L. 2113-13",
                          "Le titulaire n'utilise aucun produit phytosanitaire",
                          "montant maximum de 35 000 € HT par semestre"]), hyphen=True),
            PIECE("ae.docx", "AE", hdr + " – AE", "CCAS-2027-EV – Acte d'engagement", ae, L(
                marche_reserve=1, reserve_base="L2113-13",
                evidence=["Le marché étant réservé aux structures d'insertion par l'activité économique (article "
                          "L. 2113-13"])),
        ],
        pos=["critere_social", "marche_reserve", "clause_environnementale"],
        values=V(allotissement=0, montant_max_ht=140000, reserve_base="L2113-13"),
        note=("Pas d'heures d'insertion : marché réservé aux SIAE (L2113-13) sans clause d'exécution sociale. Piège : "
              "« le volume de travail est estimé à 1 200 heures par an » (charge de travail, pas des heures "
              "d'insertion) ; horaires 8 h – 12 h. Critère social : accompagnement socioprofessionnel (20 %). "
              "Maximum : 35 000 € HT par semestre (CCAP) × 4 semestres (deux ans, RC ; 24 mois, avis) = 140 000. "
              "Non alloti. L'AE (cases SIAE) est comptée comme marché réservé."))


# ============================================================================= d15
def d15():
    c = C("le Syndicat départemental d'énergie de la Vérane", "Limoges", ccag="travaux",
          profil="https://marches.sdev.fr", ref="SDEV-2027-EP")
    hdr = "SDEV – Éclairage public et signalisation lumineuse"
    avis = [TITLE("BOAMP – Avis d'appel public à la concurrence",
                  "Travaux d'éclairage public et de signalisation lumineuse tricolore",
                  "Annonce n° 27-052211 – Travaux")]
    avis += boamp_head("Accord-cadre travaux", "86", "Syndicat départemental d'énergie de la Vérane",
                       "258 600 402 00013", "Charnay-sur-Vérane", "86410", c["profil"], "Procédure adaptée ouverte",
                       "mardi 18 mai 2027 à 12 h 00")
    avis += [H("Section 4 : Identification du marché"),
             P("Intitulé du marché : Travaux neufs, rénovation et maintenance des réseaux d'éclairage public et des "
               "carrefours à feux"),
             P("Code CPV principal : 45316100 – Installation d'équipements d'éclairage extérieur"),
             P("Type de marché : Travaux"),
             P("Valeur estimée hors TVA : 1 100 000 euros"),
             P("Durée du marché (en mois) : 24, reconductible une fois"),
             P("Marché alloti : Oui"),
             H("Section 5 : Lots"),
             P("Lot 1 : Éclairage public – travaux neufs, rénovation et maintenance"),
             P("Lot 2 : Signalisation lumineuse tricolore"),
             H("Section 6 : Informations complémentaires"),
             P("Conditions particulières d'exécution : clause sociale d'insertion pour les lots 1 et 2."),
             P("Date d'envoi du présent avis à la publication : 14 avril 2027")]
    rc = [TITLE("Syndicat départemental d'énergie de la Vérane", "RÈGLEMENT DE LA CONSULTATION",
                "Travaux d'éclairage public et de signalisation lumineuse tricolore",
                "Accords-cadres à bons de commande – procédure adaptée")]
    rc += flat(
        A("Objet", "La consultation porte sur les travaux neufs, de rénovation et de maintenance des réseaux "
                   "d'éclairage public et des carrefours à feux des communes adhérentes du syndicat."),
        A("Lots", "La consultation comporte deux lots : lot 1, éclairage public ; lot 2, signalisation lumineuse "
                  "tricolore. Chaque lot donne lieu à un accord-cadre mono-attributaire à bons de commande."),
        A("Durée", "Chaque accord-cadre est conclu pour une période initiale de 24 mois. Il peut être reconduit une "
                   "fois pour une nouvelle période de 24 mois."),
        A("Insertion", "Les deux lots comportent une clause d'insertion ; le volume d'heures de chaque lot est "
                       "fixé au CCAP."),
        f_rc_dce(c, ["le RC ;", "les actes d'engagement ;", "le CCAP ;", "le CCTP ;",
                     "les bordereaux des prix unitaires."], 0),
        f_rc_candidature(c, 1, ["l'habilitation électrique du personnel d'exécution ;"]),
        A("Critères", "Pour chaque lot : prix 60 % ; valeur technique 40 %."),
        f_rc_validite(c, 0), f_rc_remise(c, "mardi 18 mai 2027 à 12 h 00", 0), f_rc_recours(c))
    ccap = [TITLE("Syndicat départemental d'énergie de la Vérane",
                  "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Travaux d'éclairage public et de signalisation lumineuse tricolore – lots 1 et 2")]
    ccap += flat(
        A("Objet", "Le présent CCAP est commun aux deux accords-cadres à bons de commande du syndicat."),
        f_pieces(c, 0, ["le bordereau des prix unitaires du lot ;"]),
        A("Montants maximums et heures d'insertion",
          "Les accords-cadres sont conclus sans minimum. Le tableau ci-dessous fixe, pour chaque lot, le montant "
          "maximum par période de 24 mois et le nombre d'heures d'insertion à réaliser :"),
        [RTAB([["Lot", "Intitulé", "Heures d'insertion (durée totale, reconduction comprise)",
                "Maximum par période de 24 mois (€ HT)"],
               ["1", "Éclairage public", "1" + BR + "200 heures", "600 000"],
               ["2", "Signalisation lumineuse tricolore", "300 heures", "150 000"],
               ["Total", "Deux lots", "1" + BR + "500 heures", "750 000"]],
              widths=[0.5, 2.0, 1.6, 1.6], align="llrr", bold_last=True)],
        A("Modalités de l'insertion",
          "Les heures sont réalisées par des personnes éloignées de l'emploi, recrutées directement ou mises à "
          "disposition par une structure d'insertion. Les heures de la formation à l'habilitation électrique "
          "(21 heures par personne) ne sont pas comptées."),
        A("Lampes et luminaires déposés",
          "Les lampes et luminaires déposés sont remis à l'éco-organisme agréé de la filière ; les massifs en béton "
          "démolis sont concassés en vue de leur réemploi en remblai."),
        A("Délais d'intervention", "Le dépannage d'un carrefour à feux est réalisé sous 2 heures, de jour comme de "
                                   "nuit."),
        f_prix(c, 0), f_avance(c, 1), f_retenue(c, 1), f_penalites(c, 0), f_assurances(c, 0),
        f_resiliation(c, 0), f_litiges(c, 0))
    ae2 = [TITLE("Syndicat départemental d'énergie de la Vérane", "ACTE D'ENGAGEMENT",
                 "Lot n° 2 – Signalisation lumineuse tricolore")]
    ae2 += flat(
        f_ae_contractant(c, 0),
        A("Montant et durée",
          "Montant maximum : 150 000 € HT par période de 24 mois. L'accord-cadre est conclu pour une période "
          "initiale de 24 mois et peut être reconduit une fois."),
        A("Insertion", "Le titulaire du lot 2 s'engage à réaliser 300 heures d'insertion sur la durée totale de "
                       "l'accord-cadre."),
        f_ae_compte(c), f_ae_signature(c, 1))
    return dict(
        id="d15", title="SDEV – éclairage public et feux (2 lots, tableau heures + maxima par période)",
        pieces=[
            PIECE("avis_boamp.txt", "AVIS", hdr, "", avis, L(
                clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2, montant_estime_ht=1100000,
                evidence=["clause sociale d'insertion pour les lots 1 et 2", "Marché alloti : Oui",
                          "Lot 2 : Signalisation lumineuse tricolore", "Valeur estimée hors TVA : 1 100 000 euros"])),
            PIECE("rc.docx", "RC", hdr + " – RC", "SDEV-2027-EP – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2,
                evidence=["Les deux lots comportent une clause d'insertion", "La consultation comporte deux lots"])),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "SDEV-2027-EP – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=1500, clause_environnementale=1,
                allotissement=1, nb_lots=2, montant_max_ht=750000,
                evidence=["Total Deux lots 1 500 heures 750 000",
                          "Les heures sont réalisées par des personnes éloignées de l'emploi",
                          "remis à l'éco-organisme agréé de la filière", "commun aux deux accords-cadres"]),
                  hyphen=True),
            PIECE("ae_lot2.docx", "AE", hdr + " – AE lot 2", "SDEV-2027-EP – Acte d'engagement", ae2, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=300, allotissement=1, montant_max_ht=300000,
                evidence=["s'engage à réaliser 300 heures d'insertion",
                          "Montant maximum : 150 000 € HT par période de 24 mois", "peut être reconduit une fois",
                          "[150 000 × 2 périodes = 300 000]", "Lot n° 2"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=1500, allotissement=1, nb_lots=2, montant_estime_ht=1100000,
                 montant_max_ht=1500000),
        note=("Heures : 1 500 = 1 200 (lot 1) + 300 (lot 2), ligne Total du tableau du CCAP (cellules sur deux lignes "
              "« 1 » / « 200 heures », « 1 » / « 500 heures »), dues sur la durée totale ; l'AE du lot 2 reprend "
              "300. Pièges : 21 heures de formation à l'habilitation, dépannage sous 2 heures. Maximum : 750 000 € HT "
              "par période de 24 mois (600 000 + 150 000, CCAP) × 2 périodes (initiale + une reconduction, RC) = "
              "1 500 000. Estimation 1 100 000 (avis). Deux lots."))


# ============================================================================= d16
def d16():
    c = C("la commune de Sainte-Ysolde", "Grenoble", profil="https://marches.sainte-ysolde.fr", ref="SY-2027-TS")
    hdr = "Commune de Sainte-Ysolde – Transport scolaire"
    rc = [TITLE("Commune de Sainte-Ysolde", "RÈGLEMENT DE LA CONSULTATION",
                "Transport scolaire et périscolaire des élèves des écoles communales",
                "Procédure adaptée – remise des offres : 4 juin 2027 à 12 h 00")]
    rc += flat(
        A("Objet", "La consultation porte sur le transport quotidien des élèves des hameaux vers les écoles du bourg "
                   "et sur les sorties périscolaires (piscine, gymnase, médiathèque)."),
        A("Allotissement", "Le marché n'est pas alloti (lot unique)."),
        A("Durée", "Le marché est conclu pour deux années scolaires, du 1er septembre 2027 au 31 août 2029. Il n'est "
                   "pas reconductible."),
        A("Clause sociale",
          "Le titulaire s'engage à réaliser 520 heures d'insertion professionnelle pendant la durée du marché, en "
          "confiant des postes d'accompagnateur ou de conducteur en formation à des personnes éloignées de "
          "l'emploi."),
        f_rc_dce(c, ["le RC ;", "l'acte d'engagement ;", "le CCAP ;", "le CCTP et la fiche des circuits ;",
                     "le bordereau des prix."], 1),
        f_rc_candidature(c, 1, ["l'inscription au registre des entreprises de transport public routier de "
                                "personnes ;"]),
        A("Critères", "Prix : 50 % ; valeur technique (sécurité, ponctualité, véhicules de remplacement) : 50 %."),
        f_rc_remise(c, "vendredi 4 juin 2027 à 12 h 00", 0), f_rc_renseignements(c, 1))
    ccap = [TITLE("Commune de Sainte-Ysolde", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Transport scolaire et périscolaire")]
    ccap += flat(
        A("Objet", "Le présent accord-cadre à bons de commande porte sur le transport scolaire et périscolaire des "
                   "élèves des écoles de Sainte-Ysolde."),
        f_pieces(c, 2, ["le bordereau des prix ;"]),
        A("Montant", "Montant maximum : 260 000 € HT sur la durée du marché (deux années scolaires). Il n'est pas "
                     "fixé de minimum."),
        A("Engagement d'insertion",
          "Le titulaire exécute l'engagement d'insertion défini au règlement de la consultation. Une pénalité de "
          "75 € HT est appliquée par heure d'insertion non réalisée."),
        A("Conducteurs", "Le temps de conduite d'un conducteur ne peut excéder 9 heures par jour. Chaque conducteur "
                         "justifie d'un permis D en cours de validité."),
        f_prix(c, 1), f_paiement(c, 0), f_penalites(c, 0), f_assurances(c, 1), f_resiliation(c, 1),
        f_litiges(c, 0))
    ae = [TITLE("Commune de Sainte-Ysolde", "ACTE D'ENGAGEMENT", "Transport scolaire et périscolaire")]
    ae += flat(
        f_ae_contractant(c, 0),
        A("Montant", "Montant maximum TTC de l'accord-cadre : 286 000 € TTC (TVA au taux de 10 %)."),
        A("Insertion", "Le titulaire s'engage à respecter l'engagement d'insertion professionnelle prévu au "
                       "règlement de la consultation."),
        f_ae_compte(c), f_ae_signature(c, 0))
    cctp = [TITLE("Commune de Sainte-Ysolde", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Transport scolaire et périscolaire")]
    cctp += flat(
        A("Circuits", "Trois circuits desservent les hameaux de La Bâtie, Les Granges et Pré-Mollard. Arrivée aux "
                      "écoles entre 8 h 05 et 8 h 20 ; départ à 16 h 30."),
        A("Véhicules",
          "Les autocars affectés au marché respectent au minimum la norme Euro VI ; les véhicules de plus de douze "
          "ans sont exclus. Les conducteurs suivent une formation à l'écoconduite de 7 heures au cours de la "
          "première année ; le titulaire transmet chaque trimestre les consommations de carburant relevées."),
        f_cctp_personnel(c, 0), f_cctp_suivi(c, 1))
    return dict(
        id="d16", title="Commune de Sainte-Ysolde – transport scolaire (heures au RC seul, AE en TTC)",
        pieces=[
            PIECE("rc.pdf", "RC", hdr + " – RC", "SY-2027-TS – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=520, allotissement=0,
                evidence=["s'engage à réaliser 520 heures d'insertion professionnelle pendant la durée du marché",
                          "Le marché n'est pas alloti (lot unique)"]), hyphen=True),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "SY-2027-TS – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, montant_max_ht=260000,
                evidence=["Le titulaire exécute l'engagement d'insertion défini au règlement de la consultation",
                          "Montant maximum : 260 000 € HT sur la durée du marché"])),
            PIECE("ae.docx", "AE", hdr + " – AE", "SY-2027-TS – Acte d'engagement", ae, L(
                clause_sociale=1, clause_insertion=1,
                evidence=["s'engage à respecter l'engagement d'insertion professionnelle"])),
            PIECE("cctp.pdf", "CCTP", hdr + " – CCTP", "SY-2027-TS – CCTP", cctp, L(
                clause_environnementale=1,
                evidence=["respectent au minimum la norme Euro VI",
                          "une formation à l'écoconduite de 7 heures"]), hyphen=True),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=520, allotissement=0, montant_max_ht=260000),
        note=("Heures : 520, dans le RC seul (« heures d'insertion professionnelle ») ; le CCAP et l'AE y renvoient. "
              "Pièges : 75 € HT par heure non réalisée, 9 heures de conduite par jour, écoconduite 7 heures, horaires "
              "des circuits. Maximum : 260 000 € HT sur la durée du marché (CCAP) ; l'AE ne donne que 286 000 € TTC "
              "(= 260 000 × 1,10) et reste vide. Lot unique."))


# ============================================================================= d17
def d17():
    c = C("la Ville d'Escarbonne", "Marseille", ccag="travaux", profil="https://marches.escarbonne.fr",
          ref="ESC-2027-ECO")
    hdr = "Ville d'Escarbonne – Travaux dans les écoles"
    rc = [TITLE("Ville d'Escarbonne", "RÈGLEMENT DE LA CONSULTATION",
                "Travaux d'entretien et de petite rénovation des bâtiments scolaires",
                "Accords-cadres à bons de commande – procédure adaptée")]
    rc += flat(
        A("Objet", "La consultation porte sur les travaux d'entretien et de petite rénovation des neuf groupes "
                   "scolaires de la Ville, réalisés principalement pendant les vacances scolaires."),
        A("Lots", "La consultation est divisée en trois lots : lot 1, peinture – revêtements ; lot 2, menuiserie "
                  "intérieure et extérieure ; lot 3, plomberie – sanitaires."),
        A("Durée", "Chaque accord-cadre est conclu pour trois ans à compter de sa notification ; il n'est pas "
                   "reconductible."),
        A("Insertion", "Les lots 1 et 2 comportent une clause d'insertion, dont le volume figure au CCAP."),
        f_rc_dce(c, ["le RC ;", "le CCAP ;", "le CCTP ;", "un acte d'engagement par lot ;",
                     "un bordereau des prix unitaires par lot."], 1),
        f_rc_candidature(c, 0),
        A("Critères d'attribution",
          "Pour les lots 1 et 2 : prix 60 % ; valeur technique 30 % ; modalités d'accompagnement et de tutorat des "
          "personnes en insertion 10 %. Pour le lot 3 : prix 60 % ; valeur technique 40 %."),
        f_rc_negociation(c, 0), f_rc_remise(c, "lundi 10 mai 2027 à 12 h 00", 1), f_rc_recours(c))
    ccap = [TITLE("Ville d'Escarbonne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Travaux d'entretien et de petite rénovation des bâtiments scolaires – lots 1 à 3")]
    ccap += flat(
        A("Objet", "Le présent CCAP est commun aux trois accords-cadres à bons de commande."),
        f_pieces(c, 1, ["le bordereau des prix unitaires du lot ;"]),
        A("Montants maximums",
          "Les accords-cadres sont conclus sans minimum. Montant maximum annuel : lot 1 : 80 000 € HT ; lot 2 : "
          "70 000 € HT ; lot 3 : 50 000 € HT."),
        A("Clause d'insertion",
          "Les titulaires des lots 1 et 2 réservent une part des heures de travail à des personnes éloignées de "
          "l'emploi. Volume annuel : lot 1 : 300 heures par an ; lot 2 : 200 heures par an ; lot 3 : aucune "
          "heure ; soit 500 heures par an pour l'ensemble des lots.",
          "Les heures de formation préalable à l'embauche sont comptées dans la limite de 35 heures par personne."),
        A("Périodes d'intervention",
          "Les travaux sont réalisés pendant les vacances scolaires, de 7 h 30 à 16 h 30. Pendant les périodes "
          "scolaires, seules les interventions urgentes sont autorisées, le mercredi après-midi."),
        A("Déchets de chantier",
          "Les déchets de chantier sont triés sur place et évacués vers une déchèterie professionnelle ; le "
          "titulaire joint les justificatifs de dépôt à ses situations."),
        f_prix(c, 2), f_paiement(c, 1), f_penalites(c, 0), f_assurances(c, 0), f_sous_traitance(c, 0),
        f_resiliation(c, 0), f_litiges(c, 1))
    qr = [TITLE("Ville d'Escarbonne", "REGISTRE DES QUESTIONS-RÉPONSES",
                "Travaux d'entretien et de petite rénovation des bâtiments scolaires",
                "Modification n° 1 du dossier de consultation – 28 avril 2027")]
    qr += [H("Question 1"),
           P("Le montant maximum annuel du lot 2 paraît insuffisant au regard du programme de remplacement des "
             "menuiseries annoncé par la Ville. Peut-il être revu ?"),
           P("Réponse : Oui. Le montant maximum annuel du lot 2 est porté de 70 000 € HT à 90 000 € HT ; l'article "
             "du CCAP relatif aux montants maximums est modifié en conséquence. Les autres montants sont inchangés."),
           H("Question 2"),
           P("Les heures d'insertion non réalisées au cours d'une année peuvent-elles être reportées sur l'année "
             "suivante ?"),
           P("Réponse : Oui. Le titulaire de chacun des lots 1 et 2 doit néanmoins avoir réalisé la totalité de ses "
             "heures d'insertion au terme de l'accord-cadre."),
           H("Question 3"),
           P("Les écoles sont-elles accessibles le samedi ?"),
           P("Réponse : Oui, de 8 h à 12 h, sur demande adressée au service patrimoine 48 heures à l'avance.")]
    ae1 = [TITLE("Ville d'Escarbonne", "ACTE D'ENGAGEMENT", "Lot n° 1 – Peinture – revêtements",
                 "Travaux d'entretien et de petite rénovation des bâtiments scolaires")]
    ae1 += flat(
        f_ae_contractant(c, 1),
        A("Montant", "Accord-cadre à bons de commande sans minimum ; montant maximum annuel : 80 000 € HT."),
        A("Engagement d'insertion", "Le titulaire s'engage à réaliser 300 heures d'insertion par an."),
        A("Avance", "Je renonce au bénéfice de l'avance : ☐ oui   ☐ non"),
        f_ae_compte(c), f_ae_signature(c, 0))
    return dict(
        id="d17", title="Ville d'Escarbonne – travaux dans les écoles (3 lots, heures annuelles, maximum modifié)",
        pieces=[
            PIECE("rc.pdf", "RC", hdr + " – RC", "ESC-2027-ECO – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=3,
                evidence=["Les lots 1 et 2 comportent une clause d'insertion",
                          "modalités d'accompagnement et de tutorat des personnes en insertion 10 %",
                          "La consultation est divisée en trois lots"]), hyphen=True),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "ESC-2027-ECO – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=500, clause_environnementale=1,
                allotissement=1, nb_lots=3, montant_max_ht=200000,
                evidence=["soit 500 heures par an pour l'ensemble des lots",
                          "lot 1 : 80 000 € HT ; lot 2 : 70 000 € HT ; lot 3 : 50 000 € HT",
                          "[80 000 + 70 000 + 50 000 = 200 000 par an]",
                          "Les déchets de chantier sont triés sur place", "commun aux trois accords-cadres"]),
                  hyphen=True, cols=2),
            PIECE("registre_questions_reponses.pdf", "QR", hdr + " – Questions-réponses", "ESC-2027-ECO – Registre",
                  qr, L(clause_sociale=1, clause_insertion=1, allotissement=1, montant_max_ht=90000,
                        evidence=["Le montant maximum annuel du lot 2 est porté de 70 000 € HT à 90 000 € HT",
                                  "doit néanmoins avoir réalisé la totalité de ses heures d'insertion"])),
            PIECE("ae_lot1.docx", "AE", hdr + " – AE lot 1", "ESC-2027-ECO – Acte d'engagement", ae1, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=300, allotissement=1, montant_max_ht=80000,
                evidence=["s'engage à réaliser 300 heures d'insertion par an",
                          "montant maximum annuel : 80 000 € HT", "Lot n° 1"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        values=V(heures_insertion=500, allotissement=1, nb_lots=3, montant_max_ht=660000),
        note=("Heures : 500 par an (300 lot 1 + 200 lot 2, total annuel écrit au CCAP en deux colonnes) ; aucune pièce "
              "n'écrit de total sur trois ans : valeur telle qu'écrite (convention ; la lecture « sur la durée » "
              "donnerait 1 500). Pièges : 35 heures de formation par personne, 7 h 30 – 16 h 30, 48 heures de délai. "
              "Maximum : (80 000 + 90 000 + 50 000) € HT par an × 3 ans (RC) = 660 000 ; le registre porte le lot 2 "
              "de 70 000 à 90 000 (sans cette modification : 600 000). Trois lots."))


# ============================================================================= d18
def d18():
    c = C("Rives-d'Olt Métropole", "Toulouse", profil="https://marches.rivesdolt-metropole.fr", ref="RDM-2027-112")
    hdr = "Rives-d'Olt Métropole – Gardiennage et sécurité des sites"
    avis = [TITLE("Avis de marché", "Services", "Directive 2014/24/UE")]
    avis += [H("Section I : Pouvoir adjudicateur"),
             P("I.1) Nom et adresses : Rives-d'Olt Métropole, 1 esplanade des Tanneries, 46200 Olt-sur-Garonne, "
               "France. Code NUTS : FRJ25"),
             P("I.3) Communication : accès direct non restreint et complet aux documents du marché : " + c["profil"]),
             P("I.4) Type de pouvoir adjudicateur : Autorité régionale ou locale"),
             H("Section II : Objet"),
             P("II.1.1) Intitulé : Prestations de gardiennage, de surveillance et de sécurité incendie des bâtiments "
               "métropolitains. Numéro de référence : RDM-2027-112"),
             P("II.1.2) Code CPV principal : 79710000"),
             P("II.1.3) Type de marché : Services"),
             P("II.1.4) Description succincte : accords-cadres à bons de commande de surveillance humaine, de "
               "sécurité incendie (SSIAP) et de gardiennage des parcs de stationnement."),
             P("II.1.5) Valeur totale estimée : Valeur hors TVA : 3 800 000 EUR"),
             P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui"),
             H("II.2) Description – Lot nº 1"),
             P("II.2.1) Intitulé : Surveillance et sécurité incendie de l'hôtel de Métropole et du centre technique"),
             P("II.2.7) Durée du marché : 48 mois. Reconduction : non"),
             H("II.2) Description – Lot nº 2"),
             P("II.2.1) Intitulé : Gardiennage des parcs de stationnement"),
             P("II.2.7) Durée du marché : 48 mois. Reconduction : non"),
             H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
             P("III.1.1) Habilitation à exercer l'activité professionnelle : autorisation d'exercice délivrée par le "
               "Conseil national des activités privées de sécurité (CNAPS)."),
             P("III.2.2) Conditions particulières d'exécution : clause sociale d'insertion pour le lot 1."),
             H("Section IV : Procédure"),
             P("IV.1.1) Type de procédure : Procédure ouverte"),
             P("IV.1.3) Information sur l'accord-cadre : accord-cadre avec un seul opérateur"),
             P("IV.2.2) Date limite de réception des offres : 07/06/2027. Heure locale : 12:00"),
             H("Section VI : Renseignements complémentaires"),
             P("VI.4.1) Instance chargée des procédures de recours : tribunal administratif de Toulouse"),
             P("VI.5) Date d'envoi du présent avis : 29/04/2027")]
    rc = [TITLE("Rives-d'Olt Métropole", "RÈGLEMENT DE LA CONSULTATION",
                "Prestations de gardiennage, de surveillance et de sécurité incendie",
                "Appel d'offres ouvert – accords-cadres à bons de commande")]
    rc += flat(
        A("Objet", "La consultation porte sur la surveillance humaine, la sécurité incendie et le gardiennage des "
                   "bâtiments et parcs de stationnement de la Métropole."),
        A("Lots", "Les prestations sont réparties en deux lots : lot 1, surveillance et sécurité incendie de l'hôtel "
                  "de Métropole et du centre technique ; lot 2, gardiennage des parcs de stationnement."),
        A("Durée", "Chaque accord-cadre est conclu pour quatre ans à compter du 1er septembre 2027."),
        A("Insertion", "Le lot 1 comporte une clause sociale d'insertion définie au CCAP. Le lot 2 n'en comporte "
                       "pas."),
        f_rc_dce(c, ["le RC ;", "le CCAP ;", "le CCTP ;", "les actes d'engagement ;",
                     "les bordereaux des prix unitaires et les DQE."], 0),
        f_rc_candidature(c, 1, ["l'autorisation d'exercice délivrée par le CNAPS ;"]),
        A("Critères d'attribution",
          "Lot 1 : prix 50 % ; valeur technique 40 % ; performances en matière d'insertion professionnelle des "
          "publics en difficulté 10 %. Lot 2 : prix 55 % ; valeur technique 45 %."),
        f_rc_validite(c, 1), f_rc_remise(c, "lundi 7 juin 2027 à 12 h 00", 0), f_rc_recours(c))
    ccap = [TITLE("Rives-d'Olt Métropole", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Gardiennage, surveillance et sécurité incendie – lots 1 et 2")]
    ccap += flat(
        A("Objet", "Le présent CCAP est commun aux deux accords-cadres à bons de commande de gardiennage, de "
                   "surveillance et de sécurité incendie."),
        f_pieces(c, 0, ["le bordereau des prix unitaires ;"]),
        A("Montant maximum",
          "Le montant maximum des accords-cadres est fixé à 4 500 000 € HT pour leur durée totale (quatre ans), "
          "tous lots confondus, dont 3 600 000 € HT pour le lot 1 et 900 000 € HT pour le lot 2."),
        f_prix(c, 2), f_paiement(c, 0), f_confidentialite(c),
        [H("Article # – Clause sociale d'insertion (lot 1)"),
         SPLIT("Le titulaire du lot 1 réserve à des personnes éloignées de l'emploi une part des heures de travail "
               "nécessaires à l'exécution des prestations. Il s'engage à réaliser 2",
               "300 heures d'insertion sur la durée de l'accord-cadre, par embauche directe, mise à disposition ou "
               "sous-traitance à une structure d'insertion. Les heures de formation au SSIAP 1 ne sont pas "
               "comptées.")],
        f_avance(c, 2), f_penalites(c, 2), f_assurances(c, 0), f_sous_traitance(c, 1),
        f_travail(c), f_resiliation(c, 0), f_litiges(c, 0))
    cctp = [TITLE("Rives-d'Olt Métropole", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Gardiennage, surveillance et sécurité incendie – lots 1 et 2")]
    cctp += flat(
        A("Sites", "Le présent CCTP est commun aux deux lots de la consultation. Lot 1 : hôtel de Métropole (accueil "
                   "et PC sécurité) et centre technique de Bordeneuve. Lot 2 : parcs de stationnement Carmes, Halles "
                   "et Gare."),
        A("Vacations", "Les agents effectuent des vacations de 12 heures au plus. Les agents du PC sécurité sont "
                       "titulaires du SSIAP 1, dont la formation initiale compte 67 heures."),
        A("Rondes extérieures",
          "La nuit, une ronde extérieure est effectuée toutes les deux heures ; chaque passage est enregistré par le "
          "système de contrôle de rondes. Les anomalies sont consignées dans la main courante."),
        A("Historique", "Le précédent marché (2022-2026) comportait 3 000 heures d'insertion pour l'ensemble des "
                        "sites."),
        f_cctp_personnel(c, 1), f_cctp_suivi(c, 0), f_cctp_securite(c, 1))
    return dict(
        id="d18", title="Rives-d'Olt Métropole – gardiennage (2 lots, heures coupées par un saut de page)",
        pieces=[
            PIECE("avis_joue.txt", "AVIS", hdr, "", avis, L(
                clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2, montant_estime_ht=3800000,
                evidence=["clause sociale d'insertion pour le lot 1", "Ce marché est divisé en lots : oui",
                          "Description – Lot nº 2", "Valeur hors TVA : 3 800 000 EUR"])),
            PIECE("rc.docx", "RC", hdr + " – RC", "RDM-2027-112 – Règlement de la consultation", rc, L(
                clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=2,
                evidence=["Le lot 1 comporte une clause sociale d'insertion",
                          "performances en matière d'insertion professionnelle des publics en difficulté 10 %",
                          "Les prestations sont réparties en deux lots"])),
            PIECE("ccap.pdf", "CCAP", hdr + " – CCAP", "RDM-2027-112 – CCAP", ccap, L(
                clause_sociale=1, clause_insertion=1, heures_insertion=2300, allotissement=1, nb_lots=2,
                montant_max_ht=4500000,
                evidence=["Il s'engage à réaliser 2 300 heures d'insertion sur la durée de l'accord-cadre",
                          "fixé à 4 500 000 € HT pour leur durée totale (quatre ans), tous lots confondus",
                          "commun aux deux accords-cadres"]), hyphen=True),
            PIECE("cctp.pdf", "CCTP", hdr + " – CCTP", "RDM-2027-112 – CCTP", cctp, L(
                allotissement=1, nb_lots=2,
                evidence=["Le présent CCTP est commun aux deux lots de la consultation"]),
                  hyphen=True),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social"],
        values=V(heures_insertion=2300, allotissement=1, nb_lots=2, montant_estime_ht=3800000,
                 montant_max_ht=4500000),
        note=("Heures : 2 300 (lot 1 seul), au CCAP, le nombre coupé par un saut de page (« 2 » en bas de page, "
              "« 300 heures » en haut de la suivante). Pièges : 3 000 heures du précédent marché, vacations de "
              "12 heures et ronde toutes les deux heures (CCTP), formation SSIAP 1 de 67 heures. Maximum : 4 500 000 € HT pour la durée totale, tous "
              "lots confondus (CCAP) ; 3 600 000 + 900 000 en sont le détail, à ne pas ajouter. Estimation "
              "3 800 000 (avis JOUE). Deux lots."))


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18]


# ----------------------------------------------------------------------------- contrôles supplémentaires
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
    out["considerations"] = {c: c in d["pos"] for c in _CATEGORIES}
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
    head = ("# Jeu blind_values_10 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
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
