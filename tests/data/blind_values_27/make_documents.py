#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_27 (PDF reportlab, DOCX python-docx, avis .txt et .xml).

Écrit par une session d'aide lancée par le projet, agissant comme annotateur aveugle (sans lecture du
moteur). Infrastructure reprise de tests/data/blind_values_13/make_documents.py, lignes 1-664 (écriture
PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB, césure forcée
HY, aides de saisie, number_articles, C, A, _DOC_TYPES) et lignes 2430-2611 (extra_checks, build_piece,
check_articles, _expect, main). Ajouts : avis XML (eForms), construction faite DEUX fois avec
comparaison des md5, contrôle des preuves dans le texte EXTRAIT des fichiers produits (pypdf,
python-docx, lxml, lecture simple), limite de pages portée à 6.
Les articles de remplissage neutres et les douze dossiers ont été écrits pour ce jeu.

Thème : nombre de lots, allotissement et heures d'insertion répartis entre les pièces.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, SIRET, personnes, références et montants sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF, la police Helvetica standard ne l'ayant pas) ;
BR = retour à la ligne forcé dans les PDF ; SB = coupure possible d'un nombre en fin de ligne ;
HY = césure possible d'un mot court si le mot ne tient plus sur la ligne.

Usage : .venv/bin/python tests/data/blind_values_27/make_documents.py
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
SET_NAME = "blind_values_27"

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






# ----------------------------------------------------------------------------- remplissage (blind_values_27)
# Articles neutres écrits pour ce jeu : ni lots, ni clause sociale ou environnementale, ni montant
# estimé ou maximum du marché. Ils donnent aux pièces une longueur et une structure réalistes.
# Chaque fonction prend un contexte c (voir C()) et une variante v (0, 1 ou 2).

def F_pieces(c, v, prix="le bordereau des prix unitaires (BPU)", cctp=True):
    if v == 0:
        items = ["l'acte d'engagement (AE) et ses éventuelles annexes ;",
                 "le présent cahier des clauses administratives particulières (CCAP) ;"]
        if cctp:
            items.append("le cahier des clauses techniques particulières (CCTP) et ses annexes ;")
        items += [prix + " ;",
                  "le cahier des clauses administratives générales applicables aux marchés publics de "
                  + c["ccag"] + " (CCAG), approuvé par arrêté du 30 mars 2021 ;",
                  "le mémoire technique du titulaire, pour les seuls engagements qu'il contient."]
        return A("Pièces constitutives du marché",
                 "Par dérogation à l'article 4.1 du CCAG, les pièces contractuelles prévalent, en cas de "
                 "contradiction ou de différence entre elles, dans l'ordre ci-après :", items,
                 "Les documents remis par le titulaire (catalogues, conditions générales de vente, "
                 "plaquettes) ne sont pas contractuels, même s'ils sont joints à l'offre.")
    if v == 1:
        return A("Documents contractuels",
                 "Le marché est constitué des documents énumérés ci-dessous, par ordre de priorité "
                 "décroissante. Seuls les exemplaires conservés dans les archives de " + c["qui"]
                 + " font foi.",
                 ["Pièces particulières : l'AE, le présent CCAP" + (", le CCTP" if cctp else "") + ", "
                  + prix + ", le mémoire technique ;",
                  "Pièces générales : le CCAG-" + ("Travaux" if "trav" in c["ccag"] else "FCS")
                  + " en vigueur au premier jour du mois de remise des offres, les normes françaises et "
                  "européennes citées dans les pièces particulières."],
                 "En cas de contradiction entre les stipulations des pièces particulières, l'ordre de "
                 "priorité ci-dessus s'applique.")
    return A("Pièces contractuelles et ordre de priorité",
             "Les pièces du marché sont, dans l'ordre de priorité : l'acte d'engagement, le CCAP, "
             + ("le CCTP, " if cctp else "") + prix + ", le CCAG-"
             + ("Travaux" if "trav" in c["ccag"] else "FCS") + " (édition 2021) et l'offre technique "
             "du titulaire. Toute réserve ou condition figurant dans l'offre et non acceptée "
             "expressément par " + c["qui"] + " est réputée non écrite.")


def F_prix(c, v, index="BT01"):
    if v == 0:
        return A("Forme et variation des prix",
                 "Les prix sont fermes et actualisables. L'actualisation est effectuée par application "
                 "d'un coefficient Cn = I(d-3) / I(o), dans lequel I(o) est la valeur de l'index " + index
                 + " du mois zéro (mois de remise des offres) et I(d-3) la valeur du même index au mois "
                 "précédant de trois mois la date de commencement des prestations.",
                 "L'actualisation n'est appliquée que si le commencement d'exécution intervient plus de "
                 "trois mois après le mois zéro. Le coefficient est arrondi au millième supérieur.")
    if v == 1:
        return A("Prix et révision",
                 "Les prix sont révisables annuellement à la date anniversaire du marché par application "
                 "de la formule P = P0 × (0,15 + 0,85 × I/I0), où I0 est la dernière valeur publiée de "
                 "l'indice " + index + " connue au mois zéro et I la dernière valeur publiée à la date de "
                 "révision.",
                 "La révision ne peut intervenir qu'à la demande écrite du titulaire, accompagnée du "
                 "calcul. Les prix révisés s'appliquent aux commandes émises après la date de révision.")
    return A("Modalités de détermination des prix",
             "Les prestations sont réglées par application des prix du marché aux quantités réellement "
             "exécutées. Les prix sont réputés comprendre toutes les charges fiscales, parafiscales et "
             "autres frais afférents aux prestations, ainsi que les frais de déplacement.",
             "Les prix sont révisés mensuellement selon l'index " + index + " (base 2010) publié au "
             "Moniteur ou sur le site de l'INSEE ; la partie fixe est de 12,5 %.")


def F_paiement(c, v):
    d = c["delai"]
    if v == 0:
        return A("Règlement des comptes",
                 "Les demandes de paiement sont transmises exclusivement par voie dématérialisée sur le "
                 "portail Chorus Pro. Elles mentionnent le numéro d'engagement juridique communiqué par "
                 + c["qui"] + ".",
                 "Le délai global de paiement est de %d jours à compter de la réception de la demande de "
                 "paiement. Le dépassement de ce délai fait courir de plein droit des intérêts moratoires "
                 "au taux de la Banque centrale européenne majoré de huit points, ainsi qu'une indemnité "
                 "forfaitaire pour frais de recouvrement de 40 euros." % d)
    if v == 1:
        return A("Facturation et paiement",
                 "Chaque facture comporte : la raison sociale et le SIRET du titulaire, la référence du "
                 "marché et du bon de commande, la désignation et la quantité des prestations, le prix "
                 "unitaire et le montant hors taxes, le taux et le montant de la TVA.",
                 "Les sommes dues sont payées par virement dans un délai de %d jours. En cas de retard, "
                 "le titulaire a droit à des intérêts moratoires calculés conformément aux articles "
                 "R.^2192-31 et suivants du code de la commande publique." % d)
    return A("Modalités de paiement",
             "Le comptable assignataire est le comptable public de " + c["qui"] + ". Le délai de paiement "
             "est fixé à %d jours. Les factures sont déposées sur Chorus Pro ; aucune facture papier n'est "
             "acceptée. La suspension du délai de paiement est notifiée au titulaire par tout moyen "
             "permettant de donner date certaine." % d)


def F_avance(c, v, taux="5~%"):
    if v == 0:
        return A("Avance",
                 "Une avance est accordée au titulaire lorsque le montant initial du marché est supérieur à "
                 "50^000 euros HT et que le délai d'exécution est supérieur à deux mois. Son taux est fixé "
                 "à " + taux + " du montant initial TTC. Le titulaire peut y renoncer dans l'acte "
                 "d'engagement.",
                 "Le remboursement de l'avance commence lorsque le montant des prestations exécutées "
                 "atteint 65~% du montant initial et doit être terminé lorsque ce pourcentage atteint "
                 "80~%.")
    return A("Avance forfaitaire",
             "Sauf renonciation expresse dans l'acte d'engagement, une avance de " + taux + " est versée dans "
             "les conditions des articles R.^2191-3 et suivants du code de la commande publique. Aucune "
             "garantie à première demande n'est exigée.")


def F_retenue(c, v):
    if v == 0:
        return A("Retenue de garantie",
                 "Une retenue de garantie de 5~% est prélevée sur les acomptes. Elle peut être remplacée, au "
                 "gré du titulaire, par une garantie à première demande ou, si les deux parties en sont "
                 "d'accord, par une caution personnelle et solidaire. Elle est restituée un mois après "
                 "l'expiration du délai de garantie de parfait achèvement, sauf réserves non levées.")
    return A("Garanties financières",
             "Il est appliqué une retenue de garantie de 5~% du montant initial augmenté le cas échéant du "
             "montant des modifications. La garantie à première demande de substitution doit être "
             "constituée au plus tard à la date de remise de la première demande de paiement.")


def F_assurances(c, v):
    if v == 0:
        return A("Assurances",
                 "Dans un délai de quinze jours à compter de la notification du marché et avant tout "
                 "commencement d'exécution, le titulaire justifie qu'il est titulaire d'une assurance "
                 "garantissant sa responsabilité civile à l'égard des tiers et de l'acheteur, en cas "
                 "d'accident ou de dommage causé par la conduite des prestations.",
                 "L'attestation précise la nature des activités couvertes, les montants de garantie et la "
                 "période de validité. Elle est renouvelée chaque année sans qu'il soit besoin de la "
                 "réclamer.")
    if v == 1:
        return A("Assurances des intervenants",
                 "Le titulaire et ses sous-traitants doivent être couverts par une assurance de "
                 "responsabilité civile professionnelle et, pour les travaux de bâtiment, par une "
                 "assurance de responsabilité décennale conforme aux articles L.^241-1 et suivants du code "
                 "des assurances. Les attestations sont produites avant la notification.")
    return A("Responsabilité et assurance",
             "Le titulaire demeure responsable des dommages causés aux biens et aux personnes du fait de ses "
             "prestations. Il produit, sur simple demande, une attestation d'assurance en cours de validité "
             "mentionnant l'étendue des garanties souscrites.")


def F_sous_traitance(c, v):
    if v == 0:
        return A("Sous-traitance",
                 "Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de "
                 "l'acceptation de chaque sous-traitant et de l'agrément de ses conditions de paiement. "
                 "La demande est présentée au moyen du formulaire DC4 ou d'un document équivalent.",
                 "Le sous-traitant direct dont le montant du contrat de sous-traitance est égal ou "
                 "supérieur à 600 euros TTC est payé directement par " + c["qui"] + ".")
    return A("Sous-traitance et paiement direct",
             "La sous-traitance totale est interdite. Chaque sous-traitant est déclaré avant son "
             "intervention ; le titulaire joint la déclaration prévue à l'article R.^2193-1 du code de la "
             "commande publique et les attestations sociales et fiscales du sous-traitant. Le paiement "
             "direct s'effectue dans les conditions des articles R.^2193-10 et suivants.")


def F_resiliation(c, v):
    if v == 0:
        return A("Résiliation",
                 "Les stipulations du chapitre 7 du CCAG relatives à la résiliation sont applicables. En "
                 "cas de résiliation pour faute, les prestations peuvent être exécutées aux frais et "
                 "risques du titulaire. Aucune indemnité n'est due au titulaire en cas de résiliation "
                 "pour motif d'intérêt général au-delà de 5~% du montant restant à exécuter.")
    return A("Résiliation du marché",
             "Le marché peut être résilié dans les conditions prévues aux articles 36 à 42 du CCAG. Les "
             "documents et informations à remettre par le titulaire sont restitués dans un délai de quinze "
             "jours. Le décompte de résiliation est notifié par ordre de service ou par lettre "
             "recommandée.")


def F_litiges(c, v):
    if v == 0:
        return A("Règlement des différends",
                 "En cas de différend, les parties recherchent une solution amiable. Elles peuvent saisir le "
                 "comité consultatif interrégional de règlement amiable des différends compétent ou "
                 "recourir à la médiation des entreprises. À défaut, le litige est porté devant le "
                 "tribunal administratif de " + c["ta"] + ".")
    if v == 1:
        return A("Litiges et droit applicable",
                 "Le marché est soumis au droit français. Les correspondances sont rédigées en langue "
                 "française. Tout litige relève de la compétence du tribunal administratif de " + c["ta"]
                 + ", après mise en œuvre de la procédure de réclamation prévue par le CCAG.")
    return A("Différends",
             "Tout différend entre le titulaire et " + c["qui"] + " fait l'objet d'un mémoire en "
             "réclamation dans un délai de deux mois. La juridiction compétente est le tribunal "
             "administratif de " + c["ta"] + ".")


def F_rgpd(c, v):
    if v == 0:
        return A("Protection des données personnelles",
                 "Lorsque l'exécution du marché implique le traitement de données à caractère personnel, "
                 "le titulaire agit en qualité de sous-traitant au sens du règlement (UE) 2016/679. Il ne "
                 "traite les données que sur instruction documentée de " + c["qui"] + ", garantit leur "
                 "confidentialité et notifie toute violation dans un délai maximal de quarante-huit "
                 "heures après en avoir pris connaissance.")
    return A("Confidentialité",
             "Le titulaire et son personnel sont tenus au secret professionnel pour tout ce qui concerne "
             "les faits, informations, études et décisions dont ils ont connaissance au cours de "
             "l'exécution du marché. Ils s'interdisent toute communication à des tiers sans accord "
             "préalable et écrit.")


def F_derogations(c, v, arts):
    if v == 0:
        return A("Dérogations au CCAG",
                 "Les articles suivants du présent document dérogent aux articles du CCAG indiqués : "
                 + " ; ".join(arts) + ".")
    return A("Liste récapitulative des dérogations",
             "Les dérogations au CCAG sont les suivantes :", [a + ";" for a in arts[:-1]] + [arts[-1] + "."])


def F_penal_retard(c, v):
    if v == 0:
        return A("Pénalités de retard",
                 "Par dérogation à l'article 19.2.1 du CCAG, le titulaire encourt, sans mise en demeure "
                 "préalable, une pénalité journalière de 1/3~000 du montant hors taxes de l'ensemble du "
                 "marché, pour chaque jour calendaire de retard dans l'achèvement des travaux.",
                 "Les pénalités ne sont pas plafonnées. Elles sont exonérées lorsque leur montant total "
                 "ne dépasse pas 1~000 euros HT pour l'ensemble du marché.")
    if v == 1:
        return A("Pénalités",
                 "En cas de retard dans l'exécution d'un bon de commande, une pénalité de 150 euros par "
                 "jour calendaire de retard est appliquée. En cas de prestation non conforme non reprise "
                 "dans le délai fixé, une pénalité forfaitaire de 300 euros est appliquée par constat.",
                 "Le montant cumulé des pénalités est plafonné à 10~% du montant hors taxes des "
                 "prestations commandées au cours de la période.")
    return A("Retards et pénalités",
             "Le titulaire encourt, pour chaque jour de retard sur les délais partiels ou le délai global, "
             "une pénalité de 300 euros HT. Les absences aux réunions de chantier sont sanctionnées par une "
             "pénalité de 100 euros HT par absence constatée sur le compte rendu.")


# --- règlement de la consultation

def R_retrait(c, v):
    if v == 0:
        return A("Retrait du dossier de consultation",
                 "Le dossier de consultation des entreprises (DCE) est mis à disposition gratuitement sur "
                 + c["profil"] + ". Les candidats sont invités à s'identifier lors du "
                 "téléchargement afin d'être informés des éventuelles modifications du dossier et des "
                 "réponses aux questions posées.",
                 "Aucun envoi du dossier sur support papier n'est assuré.")
    if v == 1:
        return A("Mise à disposition du DCE",
                 "Le DCE est téléchargeable librement, directement et complètement sur " + c["profil"]
                 + ". Le pouvoir adjudicateur se réserve le droit d'apporter, au plus tard six jours avant "
                 "la date limite de remise des offres, des modifications de détail au dossier. Les "
                 "candidats devront alors répondre sur la base du dossier modifié.")
    return A("Conditions d'obtention du dossier",
             "Les documents de la consultation sont accessibles sur " + c["profil"] + ". Le retrait anonyme "
             "est possible mais les candidats qui n'auront pas laissé d'adresse électronique valide ne "
             "pourront se prévaloir d'aucune information relative aux modifications du dossier.")


def R_candidature(c, v):
    if v == 0:
        return A("Contenu du dossier de candidature",
                 "Chaque candidat produit les pièces suivantes, rédigées en langue française :",
                 ["la lettre de candidature (DC1) ou le document unique de marché européen (DUME) ;",
                  "la déclaration du candidat (DC2) ou des éléments équivalents ;",
                  "la déclaration concernant le chiffre d'affaires global des trois derniers exercices "
                  "disponibles ;",
                  "une liste de références de moins de cinq ans pour des prestations de nature comparable ;",
                  "les certificats de qualification professionnelle ou tout moyen de preuve équivalent."],
                 "Les candidats ne sont pas tenus de fournir les documents que l'acheteur peut obtenir "
                 "directement par un système électronique de mise à disposition d'informations.")
    if v == 1:
        return A("Pièces de la candidature",
                 "Le candidat peut présenter sa candidature sous la forme d'un DUME. À défaut, il remet les "
                 "formulaires DC1 et DC2 dans leur dernière version, une présentation des moyens humains "
                 "et matériels, l'attestation d'assurance en cours de validité et la liste des principales "
                 "prestations effectuées au cours des trois dernières années.")
    return A("Candidature",
             "Les candidatures sont examinées au regard des capacités professionnelles, techniques et "
             "financières. Le candidat joint un extrait Kbis de moins de trois mois, ses références et, "
             "en cas de groupement, l'habilitation du mandataire. Un candidat ne peut se présenter à la fois "
             "en qualité de candidat individuel et de membre d'un groupement.")


def R_offre(c, v, prix="la décomposition du prix global et forfaitaire (DPGF)"):
    if v == 0:
        return A("Contenu de l'offre",
                 "L'offre comprend :",
                 ["l'acte d'engagement, complété et daté ; la signature n'est exigée que de l'attributaire ;",
                  prix + ", complétée sans modification du cadre ;",
                  "un mémoire technique répondant aux rubriques du cadre de réponse ;",
                  "le planning prévisionnel d'exécution."],
                 "Toute offre incomplète peut être déclarée irrégulière. L'acheteur peut toutefois inviter "
                 "les candidats à la régulariser.")
    return A("Pièces de l'offre",
             "Le candidat remet un acte d'engagement, " + prix + " et un mémoire justificatif des "
             "dispositions qu'il se propose d'adopter pour l'exécution des prestations : organisation, "
             "moyens affectés, méthodologie, contrôle de la qualité. Les variantes ne sont pas autorisées.")


def R_validite(c, v, jours=120):
    if v == 0:
        return A("Délai de validité des offres",
                 "Le délai de validité des offres est fixé à %d jours à compter de la date limite de "
                 "réception des offres." % jours)
    return A("Durée de validité des propositions",
             "Les candidats restent engagés par leur offre pendant %d jours à compter de la date limite "
             "fixée pour leur remise." % jours)


def R_negociation(c, v):
    if v == 0:
        return A("Négociation",
                 "L'acheteur se réserve la possibilité de négocier avec les trois candidats les mieux "
                 "classés. La négociation peut porter sur tous les éléments de l'offre, notamment le prix. "
                 "Il peut également attribuer le marché sur la base des offres initiales, sans négociation.")
    return A("Modalités de négociation",
             "Après une première analyse, une négociation pourra être engagée par écrit, via la messagerie "
             "du profil d'acheteur, avec l'ensemble des candidats ayant remis une offre recevable. Les "
             "candidats disposeront d'un délai minimal de cinq jours pour remettre leur offre finale.")


def R_renseignements(c, v, jours=8):
    if v == 0:
        return A("Renseignements complémentaires",
                 "Les questions sont posées exclusivement par écrit, via la messagerie sécurisée du profil "
                 "d'acheteur, au plus tard %d jours avant la date limite de remise des offres. Une réponse "
                 "est adressée à tous les candidats ayant retiré le dossier au plus tard six jours avant "
                 "cette date." % jours)
    return A("Demandes de renseignements",
             "Pour obtenir tout renseignement complémentaire, les candidats font parvenir une demande écrite "
             "sur le profil d'acheteur au plus tard %d jours calendaires avant la date de remise des plis. "
             "Aucune réponse n'est donnée par téléphone." % jours)


def R_recours(c, v):
    if v == 0:
        return A("Voies et délais de recours",
                 "Instance chargée des procédures de recours : tribunal administratif de " + c["ta"] + ". "
                 "Un référé précontractuel peut être introduit jusqu'à la signature du contrat ; un "
                 "référé contractuel dans les conditions de l'article L.^551-13 du code de justice "
                 "administrative ; un recours en contestation de validité dans un délai de deux mois à "
                 "compter des mesures de publicité de la conclusion du contrat.")
    return A("Procédures de recours",
             "Le tribunal administratif de " + c["ta"] + " est compétent. Les candidats évincés peuvent "
             "obtenir les motifs du rejet de leur offre sur demande écrite. Des renseignements peuvent être "
             "obtenus auprès du greffe du tribunal.")


def R_depot(c, v, date):
    if v == 0:
        return A("Conditions d'envoi et de remise des plis",
                 "Les plis sont déposés par voie électronique sur le profil d'acheteur avant le " + date
                 + ". Les plis reçus après cette date et cette heure ne sont pas ouverts. Le candidat peut "
                 "adresser une copie de sauvegarde sur support physique ou papier dans les conditions de "
                 "l'arrêté du 22 mars 2019.",
                 "Les fichiers sont remis dans un format courant (PDF, DOCX, XLSX, ODT). Les fichiers "
                 "exécutables et les macros sont proscrits.")
    return A("Remise des candidatures et des offres",
             "La date limite de réception des plis est fixée au " + date + ". La transmission par courriel "
             "n'est pas autorisée. La signature électronique de l'acte d'engagement n'est pas exigée au "
             "stade du dépôt ; elle sera demandée à l'attributaire pressenti.")


def R_ouverture(c, v):
    if v == 0:
        return A("Sélection des candidatures",
                 "Avant de procéder à l'examen des candidatures, l'acheteur peut demander aux candidats de "
                 "compléter leur dossier dans un délai maximal de cinq jours. Sont éliminées les "
                 "candidatures qui ne présentent pas des garanties professionnelles, techniques et "
                 "financières suffisantes.")
    return A("Examen des candidatures",
             "Les candidatures incomplètes peuvent être régularisées. Les capacités sont appréciées "
             "globalement pour les groupements. Les candidats dont la candidature est irrecevable en sont "
             "informés.")


# --- cahier des clauses techniques : articles généraux neutres

def T_generalites(c, v):
    if v == 0:
        return A("Prescriptions générales",
                 "Les ouvrages sont exécutés conformément aux documents techniques unifiés (NF DTU), aux "
                 "normes françaises homologuées, aux avis techniques en cours de validité et aux règles "
                 "professionnelles en vigueur au premier jour du mois de remise des offres. L'entrepreneur "
                 "est réputé avoir pris connaissance des lieux et de toutes les sujétions qui en découlent.",
                 "En cas de contradiction entre une norme et le présent document, la prescription la plus "
                 "exigeante s'applique, sauf avis contraire du maître d'œuvre.")
    if v == 1:
        return A("Connaissance des lieux et des documents",
                 "Le titulaire est réputé avoir visité les sites, relevé les cotes utiles et apprécié les "
                 "difficultés d'accès, la nature des supports et l'encombrement des locaux. Aucune "
                 "réclamation fondée sur une méconnaissance des lieux n'est recevable après la remise de "
                 "l'offre.")
    return A("Normes et réglementation",
             "Les prestations respectent la réglementation en vigueur, notamment le code du travail pour la "
             "santé et la sécurité des intervenants, les normes citées dans le présent cahier et les "
             "prescriptions des fabricants. Les fiches techniques et procès-verbaux d'essais des produits "
             "employés sont remis avant toute mise en œuvre.")


def T_execution(c, v):
    if v == 0:
        return A("Documents d'exécution",
                 "Pendant la période de préparation, le titulaire établit et soumet au visa du maître "
                 "d'œuvre les plans d'exécution, les notes de calcul, les fiches produits et le planning "
                 "détaillé de ses interventions. Aucun ouvrage n'est commencé avant le visa des documents "
                 "correspondants.",
                 "Les documents sont remis sous forme numérique (PDF et format natif) ; les plans sont "
                 "cotés et indiquent les réservations nécessaires aux autres intervenants.")
    if v == 1:
        return A("Réunions et comptes rendus",
                 "Le titulaire participe aux réunions de chantier hebdomadaires organisées par le maître "
                 "d'œuvre. Il y est représenté par un conducteur de travaux ayant pouvoir de décision. Les "
                 "comptes rendus valent ordre de service pour les points qui y sont consignés.")
    return A("Dossier des ouvrages exécutés",
             "À l'achèvement de ses prestations, le titulaire remet le dossier des ouvrages exécutés (DOE) "
             "en trois exemplaires papier et un exemplaire numérique : plans conformes, notices de "
             "fonctionnement et d'entretien, fiches techniques, procès-verbaux d'essais et certificats de "
             "garantie. La réception est prononcée sous réserve de la remise de ce dossier.")


def T_securite(c, v):
    if v == 0:
        return A("Hygiène et sécurité",
                 "Le titulaire remet son plan particulier de sécurité et de protection de la santé (PPSPS) "
                 "au coordonnateur SPS dans les trente jours suivant la notification. Il respecte les "
                 "mesures du plan général de coordination et veille au port des équipements de protection "
                 "individuelle par son personnel.")
    return A("Sécurité des intervenants et des usagers",
             "Le titulaire établit, avec le représentant de l'acheteur, le plan de prévention prévu par les "
             "articles R.^4512-6 et suivants du code du travail avant toute intervention. Il balise ses zones "
             "de travail et maintient en permanence les cheminements d'évacuation dégagés.")


# ============================================================================= d01
def d01():
    c = C("la Commune de Vauclerc-sur-Aune", "Lavenne", ccag="travaux", delai=30,
          profil="la plateforme « Aune Marchés » (profil d'acheteur de la commune)", ref="2027-TRX-014")
    hdr = "Commune de Vauclerc-sur-Aune – Groupe scolaire des Tilleuls – Consultation 2027-TRX-014"
    lots = [("01", "Terrassements – VRD – aménagements extérieurs", "310~000"),
            ("02", "Gros œuvre – maçonnerie", "1~120~000"),
            ("03", "Charpente bois – couverture zinc", "415~000"),
            ("04", "Cloisons – doublages", "198~000"),
            ("05", "Faux plafonds", "87~000"),
            ("06", "Menuiseries intérieures bois", "236~000"),
            ("07", "Électricité courants forts et courants faibles", "402~000"),
            ("08", "Plomberie – chauffage – ventilation double flux", "468~000"),
            ("09", "Peinture – revêtements de sols souples", "244~000")]
    rc = [TITLE("Commune de Vauclerc-sur-Aune (Aune)", "RÈGLEMENT DE LA CONSULTATION",
                "Construction du groupe scolaire des Tilleuls (8 classes et restaurant scolaire)",
                "Marché public de travaux – procédure adaptée ouverte (art. L.2123-1 et R.2123-1 1° du CCP)",
                "Date limite de remise des offres : lundi 15 mars 2027 à 12 h 00")]
    rc += A("Objet de la consultation",
            "La présente consultation porte sur la construction d'un groupe scolaire de huit classes "
            "(quatre classes maternelles, quatre classes élémentaires), d'un restaurant scolaire de 180 "
            "couverts et d'un préau, rue des Tilleuls, sur la parcelle cadastrée AB 312. La surface de "
            "plancher créée est de 2~140 m².",
            "Maître d'ouvrage : la Commune de Vauclerc-sur-Aune, représentée par son maire, M. Hervé "
            "Delannoy. Maîtrise d'œuvre : groupement Atelier Sillage architectes (mandataire) / BET "
            "Fluidex / Structures Vernon. Coordination SPS : cabinet Pérol, niveau 2.")
    rc += [H("Article # – Décomposition en lots"),
           P("En application de l'article L.2113-10 du code de la commande publique, les travaux sont "
             "répartis en neuf lots traités par marchés séparés. Chaque lot fait l'objet d'un marché "
             "distinct conclu avec un titulaire unique ou un groupement."),
           TAB([("Lot", "Désignation", "Estimation (€ HT)")] + list(lots)
               + [("", "Total de l'opération", "3~480~000")],
               widths=[0.12, 0.62, 0.26], align="llr"),
           P("Le montant prévisionnel des travaux, tous lots confondus, est estimé à 3" + SB + "480" + SB + "000 € HT "
             "(valeur février 2027). Les candidats peuvent présenter une offre pour un ou plusieurs lots ; "
             "aucune limitation du nombre de lots pouvant être attribués à un même candidat n'est "
             "prévue. Les offres sont jugées lot par lot."),
           P("Une prestation supplémentaire éventuelle (PSE) est prévue au lot 03 : habillage bois des "
             "débords de toiture du préau. Les candidats au lot 03 doivent obligatoirement la chiffrer.")]
    rc += A("Durée et calendrier",
            "Le délai global d'exécution des travaux est de quatorze mois, y compris un mois de période "
            "de préparation, à compter de la date fixée par l'ordre de service de démarrage, prévu en "
            "mai 2027. Le délai propre à chaque lot est fixé par le calendrier détaillé d'exécution.")
    rc += A("Condition d'exécution à caractère social",
            "Les lots 01 à 08 comportent une condition d'exécution relative à l'insertion professionnelle "
            "de personnes rencontrant des difficultés sociales ou professionnelles particulières. Le "
            "volume d'heures exigé pour chacun de ces lots et les modalités de réalisation figurent à "
            "l'article 9 du CCAP. Le lot 09 n'est pas concerné.",
            "Les entreprises peuvent prendre contact, dès la phase de consultation, avec le facilitateur "
            "de la Maison de l'emploi du Pays d'Aune (Mme Clémence Ardouin) pour identifier les publics et "
            "les structures partenaires.")
    rc += R_retrait(c, 0) + R_candidature(c, 0) + R_offre(c, 0)
    rc += A("Jugement des offres",
            "Le jugement des offres est effectué, pour chaque lot, sur la base des critères pondérés "
            "suivants :",
            ["Prix des prestations : 60 points, appréciés au regard du montant de la DPGF ;",
             "Valeur technique : 40 points, décomposés en trois sous-critères :"],
            ["méthodologie et organisation du chantier propres au lot (20 points) ;",
             "planning détaillé et moyens humains affectés (10 points) ;",
             "gestion environnementale du chantier : tri à la source, réduction et valorisation des "
             "déchets, limitation des nuisances sonores et des poussières (10 points)."],
            "La note de prix est calculée selon la formule : note = 60 × (offre la plus basse / offre "
            "examinée). Les offres anormalement basses font l'objet de la procédure de l'article "
            "R.2152-3 du CCP.")
    rc += R_negociation(c, 0) + R_renseignements(c, 0, 10) + R_recours(c, 0)

    ccap = [TITLE("Commune de Vauclerc-sur-Aune", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Construction du groupe scolaire des Tilleuls – CCAP commun à tous les lots",
                  "Marché de travaux passé selon une procédure adaptée")]
    ccap += A("Objet – Décomposition",
              "Le présent CCAP est commun aux neuf lots de l'opération, dont la liste et la désignation "
              "figurent au règlement de la consultation. Les stipulations propres à un lot sont signalées "
              "par la mention « Lot n°… ».",
              "Les travaux sont conduits en corps d'état séparés. L'OPC est assuré par la maîtrise "
              "d'œuvre (mission complémentaire).")
    ccap += F_pieces(c, 0, prix="la décomposition du prix global et forfaitaire (DPGF) du lot")
    ccap += F_prix(c, 0, "BT01")
    ccap += A("Délais d'exécution – horaires du chantier",
              "Le délai global est de quatorze mois, période de préparation comprise. Les délais "
              "particuliers de chaque lot résultent du calendrier détaillé, notifié par ordre de service.",
              "Le chantier est ouvert du lundi au vendredi de 7 h 30 à 18 h 00. Toute intervention hors de "
              "ces horaires, notamment pour le coulage de dallages, est soumise à l'accord du maître "
              "d'œuvre, demandé au moins 48 heures à l'avance.")
    ccap += F_avance(c, 0) + F_retenue(c, 0) + F_penal_retard(c, 0) + F_sous_traitance(c, 0)
    ccap += [H("Article 9 – Clause sociale d'insertion"),
             H2("9.1 – Principe"),
             P("En application de l'article L.2112-2 du code de la commande publique, le titulaire de "
               "chacun des lots 01 à 08 est tenu de réaliser une action d'insertion permettant l'accès ou "
               "le retour à l'emploi de personnes rencontrant des difficultés sociales ou professionnelles "
               "particulières. Cette obligation constitue une condition d'exécution du marché."),
             H2("9.2 – Publics concernés"),
             LST(["les demandeurs d'emploi de longue durée (plus de douze mois d'inscription) ;",
                  "les allocataires du RSA, de l'ASS ou de l'AAH ;",
                  "les jeunes de moins de 26 ans de niveau de qualification inférieur au CAP ;",
                  "les travailleurs reconnus handicapés orientés en milieu ordinaire ;",
                  "les personnes prises en charge par une structure d'insertion par l'activité économique."]),
             H2("9.3 – Volume d'heures par lot"),
             P("Le volume minimal d'heures de travail à réserver aux publics ci-dessus est fixé comme "
               "suit :"),
             TAB([("Lot", "Heures d'insertion", "Désignation", "Observations"),
                  ("01", "210", "Terrassements – VRD", "engins et réseaux"),
                  ("02", "620", "Gros œuvre – maçonnerie", "lot principal"),
                  ("03", "140", "Charpente – couverture", "—"),
                  ("04", "120", "Cloisons – doublages", "—"),
                  ("05", "70", "Faux plafonds", "globalisation possible avec le lot 04"),
                  ("06", "150", "Menuiseries intérieures", "—"),
                  ("07", "160", "Électricité", "—"),
                  ("08", "170", "Plomberie – CVC", "—"),
                  ("Total", "1~640", "", "")],
                 widths=[0.1, 0.2, 0.36, 0.34], align="lrll"),
             H2("9.4 – Modalités de réalisation"),
             P("Le titulaire choisit librement entre l'embauche directe (CDD, CDI, contrat de "
               "professionnalisation ou d'apprentissage), la mise à disposition de salariés par une "
               "entreprise de travail temporaire d'insertion, une association intermédiaire ou un GEIQ, "
               "et la sous-traitance ou la cotraitance avec une entreprise d'insertion. Il peut combiner "
               "ces modalités."),
             H2("9.5 – Suivi et contrôle"),
             P("Le facilitateur de la Maison de l'emploi du Pays d'Aune accompagne le titulaire et "
               "contrôle la réalisation de l'engagement. Le titulaire lui transmet chaque mois un état "
               "nominatif des heures réalisées, accompagné des contrats et relevés d'heures."),
             H2("9.6 – Pénalités"),
             P("En cas de non-respect de son engagement, le titulaire encourt une pénalité de 60 euros HT "
               "par heure d'insertion non réalisée, sauf si l'inexécution résulte de circonstances "
               "qui ne lui sont pas imputables, appréciées par le maître d'ouvrage après avis du "
               "facilitateur.")]
    ccap += A("Gestion des déchets de chantier",
              "Chaque titulaire est responsable de l'enlèvement et de l'élimination des déchets produits "
              "par ses travaux. Il trie ses déchets sur le chantier selon cinq flux au minimum (inertes, "
              "bois, métaux, plâtre, déchets non dangereux en mélange) dans les bennes mises en place par "
              "le titulaire du lot 02, conformément au schéma d'organisation et de gestion des déchets "
              "(SOGED) remis en période de préparation.",
              "Les bordereaux de suivi et les justificatifs de valorisation sont transmis au maître "
              "d'œuvre avec chaque situation mensuelle. L'objectif de valorisation matière des déchets "
              "non dangereux est fixé à 70 % en masse. Tout brûlage sur le chantier est interdit.")
    ccap += A("Garantie de parfait achèvement",
              "Pendant le délai de garantie, le titulaire intervient dans un délai de 48 heures pour tout "
              "désordre affectant la sécurité ou le fonctionnement des installations (chauffage, "
              "ventilation, alarme), et dans un délai de quinze jours pour les autres désordres.")
    ccap += F_assurances(c, 1) + F_resiliation(c, 0) + F_litiges(c, 0)
    ccap += F_derogations(c, 1, ["l'article 1 déroge à l'article 4.1 du CCAG",
                                 "l'article 7 déroge à l'article 19.2.1 du CCAG",
                                 "l'article 9.6 complète l'article 19 du CCAG"])

    ae = [TITLE("Commune de Vauclerc-sur-Aune", "ACTE D'ENGAGEMENT",
                "Lot n° 06 – Menuiseries intérieures bois",
                "Construction du groupe scolaire des Tilleuls – consultation 2027-TRX-014")]
    ae += [H("A – Objet de l'acte d'engagement"),
           P("Le présent acte d'engagement concerne le lot n° 06 « Menuiseries intérieures bois » du "
             "marché de construction du groupe scolaire des Tilleuls, passé selon une procédure adaptée "
             "(articles L.2123-1 et R.2123-1 1° du code de la commande publique)."),
           H("B – Engagement du titulaire"),
           P("Après avoir pris connaissance des pièces constitutives du marché, je m'engage (nous nous "
             "engageons), sans réserve, à exécuter les prestations du lot désigné ci-dessus aux conditions "
             "de mon offre."),
           TAB([("Raison sociale", "…………………………………………"), ("Adresse", "…………………………………………"),
                ("SIRET", "…………………………………………"), ("Représentant habilité", "…………………………………………")],
               header=False, widths=[0.35, 0.65]),
           H("C – Prix"),
           P("Montant de l'offre de base (DPGF) : ……………… € HT, soit ……………… € TTC (TVA au taux de 20 %)."),
           P("Le lot 06 ne comporte ni variante ni prestation supplémentaire éventuelle."),
           H("D – Délai"),
           P("Le délai d'exécution du lot est celui fixé par le calendrier détaillé d'exécution, dans le "
             "délai global de quatorze mois."),
           H("E – Engagement d'insertion"),
           P("Conformément à l'article 9 du CCAP, le titulaire s'engage à réserver aux publics éloignés de "
             "l'emploi un volume minimal de 150 heures de travail pendant l'exécution du présent lot."),
           P("Modalité envisagée (à cocher) : ☐ embauche directe   ☐ mise à disposition (ETTI, AI, GEIQ)   "
             "☐ sous-traitance ou cotraitance avec une SIAE"),
           H("F – Compte à créditer"),
           P("Joindre un relevé d'identité bancaire au nom du titulaire."),
           H("G – Signature"),
           P("Fait en un seul original, à ……………………, le ……………………   Signature du candidat :"),
           H("Acceptation de l'offre"),
           P("Est acceptée la présente offre pour valoir acte d'engagement. À Vauclerc-sur-Aune, le "
             "………………  Le Maire,")]

    dpgf_rows = [("Réf.", "Désignation", "U", "Qté", "PU HT", "Montant HT"),
                 ("9.1", "Préparation des supports plâtre (rebouchage, ponçage, impression)", "m²", "3~420", "", ""),
                 ("9.2", "Peinture acrylique en phase aqueuse, finition velours, 2 couches", "m²", "3~420", "", ""),
                 ("9.3", "Peinture laque satinée sur boiseries et huisseries", "m²", "612", "", ""),
                 ("9.4", "Revêtement de sol PVC U3P3 en lés, y compris ragréage", "m²", "1~280", "", ""),
                 ("9.5", "Remontées en plinthes PVC à gorge (locaux humides)", "ml", "410", "", ""),
                 ("9.6", "Sol souple acoustique salles de classe", "m²", "520", "", ""),
                 ("9.7", "Barres de seuil et profilés de transition", "u", "46", "", ""),
                 ("9.8", "Protection des ouvrages et nettoyage de fin de chantier", "ens", "1", "", ""),
                 ("9.9", "Travaux en régie (pour mémoire) : heure de compagnon peintre", "h", "40", "", "")]
    dpgf = [TITLE("Commune de Vauclerc-sur-Aune – Groupe scolaire des Tilleuls",
                  "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE",
                  "Lot 09 – Peinture – revêtements de sols souples"),
            P("La présente DPGF est fournie à titre indicatif. Les quantités sont données par la maîtrise "
              "d'œuvre ; l'entreprise les vérifie et les complète sous sa responsabilité, le prix global "
              "restant forfaitaire. Toute ligne non chiffrée est réputée incluse dans les autres prix."),
            TAB(dpgf_rows),
            TAB([("Total HT", ""), ("TVA 20 %", ""), ("Total TTC", "")], header=False),
            P("Conformément à l'article 9 du CCAP, le lot 09 n'est pas soumis à la clause d'insertion. "
              "Les heures de régie de la ligne 9.9 ne sont mobilisées que sur ordre écrit du maître "
              "d'œuvre."),
            P("Cachet et signature de l'entreprise :")]

    rect = [TITLE("AVIS RECTIFICATIF", "Commune de Vauclerc-sur-Aune – Construction du groupe scolaire des Tilleuls"),
            H("Section I : pouvoir adjudicateur"),
            P("Commune de Vauclerc-sur-Aune, 2 place de la Mairie, 61 990 Vauclerc-sur-Aune. Courriel : "
              "marches@vauclerc-sur-aune.example. Code NUTS : FRD13."),
            H("Section II : objet"),
            P("Construction du groupe scolaire des Tilleuls – travaux en corps d'état séparés. Référence : "
              "2027-TRX-014. Avis initial publié le 1er février 2027 (annonce n° 27-014522)."),
            H("Section VI : informations complémentaires"),
            P("Motif de la rectification : modification de la décomposition en lots et report de la date "
              "limite."),
            P("Au lieu de : « La consultation est décomposée en 9 lots : 01 Terrassements – VRD ; 02 Gros "
              "œuvre – maçonnerie ; 03 Charpente bois – couverture zinc ; 04 Cloisons – doublages ; 05 "
              "Faux plafonds ; 06 Menuiseries intérieures bois ; 07 Électricité ; 08 Plomberie – "
              "chauffage – ventilation ; 09 Peinture – sols souples »."),
            P("Lire : « Les anciens lots 04 Cloisons – doublages et 05 Faux plafonds sont regroupés en un "
              "seul lot, désigné lot 04 Plâtrerie – cloisons – faux plafonds. Le numéro 05 n'est pas "
              "réattribué. La consultation comporte désormais huit lots : 01, 02, 03, 04, 06, 07, 08 et 09 »."),
            P("Clause d'insertion : le volume d'heures d'insertion du lot 04 regroupé est de 190 heures. Le "
              "volume total d'heures d'insertion de l'opération (1~640 heures) est inchangé."),
            P("Le montant estimé de l'opération (3~480~000 € HT) n'est pas modifié."),
            P("Date limite de réception des offres : au lieu de : 15 mars 2027 à 12 h 00 ; lire : 29 mars "
              "2027 à 12 h 00."),
            P("Les candidats ayant déjà déposé une offre pour les anciens lots 04 ou 05 doivent remettre "
              "une nouvelle offre pour le lot 04 regroupé.")]

    pieces = [
        PIECE("RC_2027-TRX-014.pdf", "RC", hdr, "Règlement de la consultation", rc,
              L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=9,
                montant_estime_ht=3480000,
                evidence=["les travaux sont répartis en neuf lots", "tous lots confondus, est estimé à 3 480 000 € HT",
                          "Les lots 01 à 08 comportent une condition d'exécution relative à l'insertion professionnelle",
                          "gestion environnementale du chantier : tri à la source"]),
              hyphen=True),
        PIECE("CCAP_commun.pdf", "CCAP", hdr, "CCAP commun – Groupe scolaire des Tilleuls", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1640, clause_environnementale=1,
                allotissement=1, nb_lots=9,
                evidence=["commun aux neuf lots de l'opération", "Total 1 640",
                          "est tenu de réaliser une action d'insertion",
                          "Il trie ses déchets sur le chantier selon cinq flux"]),
              hyphen=True),
        PIECE("AE_lot06.docx", "AE", hdr, "AE lot 06", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=150, allotissement=1,
                evidence=["Lot n° 06 – Menuiseries intérieures bois",
                          "réserver aux publics éloignés de l'emploi un volume minimal de 150 heures de travail"])),
        PIECE("DPGF_lot09.docx", "DPGF", hdr, "DPGF lot 09", dpgf,
              L(allotissement=1, evidence=["Lot 09 – Peinture – revêtements de sols souples"])),
        PIECE("avis_rectificatif.txt", "AVIS", hdr, "", rect,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1640, allotissement=1, nb_lots=8,
                montant_estime_ht=3480000,
                evidence=["La consultation comporte désormais huit lots",
                          "Le volume total d'heures d'insertion de l'opération (1 640 heures) est inchangé",
                          "Le montant estimé de l'opération (3 480 000 € HT)"])),
    ]
    return dict(id="d01", title="Commune de Vauclerc-sur-Aune – construction du groupe scolaire des Tilleuls "
                "(9 lots numérotés 01 à 09, deux lots fusionnés par avis rectificatif)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=1640, allotissement=1, nb_lots=8, montant_estime_ht=3480000),
                note="Lots : RC et CCAP annoncent neuf lots (tableau tracé 01 à 09) ; l'avis rectificatif regroupe "
                     "04 et 05 en un seul lot 04 et laisse le numéro 05 vacant : huit lots (le plus grand numéro "
                     "reste 09 ; le rectificatif emploie « regroupés en un seul lot »). Heures : tableau du CCAP "
                     "(colonne heures avant la désignation, ligne Total 1 640), confirmé par le rectificatif ; l'AE "
                     "du lot 06 ne donne que 150 h. Pièges : « 48 heures » (délais), horaires de chantier, heure de "
                     "régie dans la DPGF du lot 09 (lot sans clause), « 180 couverts », « 8 classes ». Montant "
                     "estimé 3 480 000 € HT (RC, rectificatif).")


# ============================================================================= d02
def d02():
    c = C("le Département de la Haute-Lézarde", "Corvignac", delai=30,
          profil="la salle des marchés « Lézarde Achats » (profil d'acheteur du Département)")
    hdr = "Département de la Haute-Lézarde – DRM-2027-031 – Dépendances vertes des routes départementales"
    rc = [TITLE("Département de la Haute-Lézarde – Direction des routes et des mobilités",
                "RÈGLEMENT DE LA CONSULTATION",
                "Fauchage, débroussaillage et élagage des dépendances vertes des routes départementales",
                "Accord-cadre à bons de commande – appel d'offres ouvert",
                "Référence : DRM-2027-031")]
    rc += A("Objet et étendue de la consultation",
            "La consultation porte sur l'entretien des dépendances vertes (accotements, fossés, talus) "
            "d'environ 2~300 kilomètres de routes départementales : fauchage de sécurité et d'entretien, "
            "débroussaillage des talus et élagage des haies en bordure de chaussée.",
            "Classification CPV principale : 77312000-0 (services de débroussaillage). Procédure : appel "
            "d'offres ouvert en application des articles L.2124-2, R.2124-2 1° et R.2161-2 à R.2161-5 du "
            "code de la commande publique.")
    rc += A("Allotissement",
            "La consultation est allotie par territoire d'agence routière. Les lots 1 à 4 correspondent "
            "respectivement aux agences de Maurepont (lot 1, secteur nord), de Saint-Ibars (lot 2, secteur "
            "est), de Lunel-le-Haut (lot 3, secteur sud) et de Crosnes (lot 4, secteur ouest).",
            "Un même candidat ne peut se voir attribuer plus de deux lots. S'il est classé premier sur plus "
            "de deux lots, les lots lui sont attribués dans l'ordre de préférence qu'il a indiqué dans sa "
            "lettre de candidature ; pour les autres lots, l'offre classée deuxième est retenue.")
    rc += A("Forme et durée de l'accord-cadre",
            "Chaque lot donne lieu à un accord-cadre mono-attributaire exécuté par bons de commande, sans "
            "montant minimum, avec un montant maximum annuel fixé à l'article 4 du CCAP.",
            "L'accord-cadre est conclu pour une période initiale de douze mois à compter de sa notification. "
            "Il est reconductible tacitement trois fois par période de douze mois, sans que sa durée totale "
            "puisse excéder quatre ans.")
    rc += A("Insertion professionnelle",
            "Chaque lot comporte une condition d'exécution imposant au titulaire de réserver des heures de "
            "travail à des personnes éloignées de l'emploi, selon les volumes et modalités de l'article 7 "
            "du CCAP. Le chargé de mission clauses sociales du Département (M. Yanis Ferrandi) se tient "
            "à la disposition des candidats.")
    rc += R_candidature(c, 1)
    rc += A("Contenu des offres",
            "Pour chaque lot auquel il répond, le candidat remet : l'acte d'engagement du lot ; le bordereau "
            "des prix unitaires commun, complété dans la colonne du lot concerné ; le détail quantitatif "
            "estimatif (DQE) du lot, non contractuel, qui sert uniquement au jugement des offres ; un "
            "mémoire technique.")
    rc += A("Critères d'attribution",
            "L'offre économiquement la plus avantageuse est appréciée, lot par lot, selon les critères "
            "suivants :",
            ["prix, apprécié sur le montant du DQE : 50 % ;",
             "valeur technique : 40 %, appréciée sur les moyens matériels affectés au territoire, "
             "l'organisation des équipes et la sécurité des chantiers mobiles ;",
             "performances en matière d'insertion professionnelle des publics en difficulté : 10 %, "
             "appréciées au vu des modalités d'encadrement et de tutorat et des perspectives de formation "
             "qualifiante proposées au-delà du volume minimal imposé."])
    rc += R_depot(c, 0, "vendredi 7 mai 2027 à 16 h 00") + R_renseignements(c, 1, 10) + R_recours(c, 1)

    ccap = [TITLE("Département de la Haute-Lézarde", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Fauchage, débroussaillage et élagage des dépendances vertes – DRM-2027-031")]
    ccap += A("Objet",
              "Le présent CCAP fixe les stipulations administratives applicables aux quatre lots "
              "géographiques de l'accord-cadre relatif à l'entretien des dépendances vertes des routes "
              "départementales.")
    ccap += F_pieces(c, 1, prix="le bordereau des prix unitaires (BPU)")
    ccap += A("Durée",
              "Chaque accord-cadre prend effet à sa notification pour douze mois. Il est reconduit "
              "tacitement trois fois. Le Département peut refuser la reconduction par lettre recommandée "
              "adressée au moins deux mois avant l'échéance ; le titulaire ne peut s'y opposer.")
    ccap += [H("Article 4 – Montants"),
             P("L'accord-cadre est conclu sans montant minimum. Le montant maximum des commandes est fixé "
               "pour chaque lot et pour chaque période de douze mois :"),
             TAB([("Lot", "Agence routière", "Maximum annuel (€ HT)"),
                  ("1", "Maurepont – nord", "180~000"),
                  ("2", "Saint-Ibars – est", "150~000"),
                  ("3", "Lunel-le-Haut – sud", "160~000"),
                  ("4", "Crosnes – ouest", "120~000")],
                 widths=[0.12, 0.5, 0.38], align="llr"),
             P("Ces maxima s'appliquent à la période initiale et à chacune des trois périodes de "
               "reconduction. Le montant maximum cumulé de l'accord-cadre sur sa durée maximale de quatre "
               "ans est ainsi de 2" + SB + "440" + SB + "000 € HT, tous lots confondus.")]
    ccap += A("Bons de commande – délais",
              "Les bons de commande précisent le secteur, la nature de la passe et le délai d'exécution. Le "
              "titulaire démarre les prestations dans un délai de cinq jours ouvrés à compter de la "
              "réception du bon.",
              "Pour les interventions urgentes (chute d'arbre, masque de visibilité dans un carrefour), le "
              "titulaire intervient dans un délai de 2 heures suivant l'appel de l'agent d'astreinte, de "
              "jour comme de nuit.")
    ccap += F_prix(c, 1, "ICHTrev-TS")
    ccap += [H("Article 7 – Clause d'insertion par l'activité économique"),
             H2("7.1 – Objet"),
             P("Le titulaire de chaque lot met en œuvre une action d'insertion qui permet l'accès ou le "
               "retour à l'emploi de personnes rencontrant des difficultés sociales ou professionnelles "
               "particulières : demandeurs d'emploi de longue durée, bénéficiaires des minima sociaux, "
               "jeunes sans qualification, personnes reconnues travailleurs handicapés, salariés de SIAE."),
             H2("7.2 – Volume"),
             P("Le volume minimal d'heures de travail réservées à ces publics est le suivant :"),
             TAB([("Lot", "Par année d'exécution", "Sur la durée maximale (4 ans)", "Activités supports conseillées"),
                  ("1", "250 h", "1~000 h", "ramassage des dépôts, pose de la signalisation temporaire"),
                  ("2", "200 h", "800 h", "débroussaillage manuel des talus"),
                  ("3", "220 h", "880 h", "débroussaillage manuel, entretien des fossés"),
                  ("4", "150 h", "600 h", "ramassage des dépôts")],
                 widths=[0.08, 0.2, 0.24, 0.48], align="lrrl"),
             P("En cas de non-reconduction, seul le volume correspondant aux périodes exécutées est dû. Les "
               "heures réalisées au-delà du volume annuel peuvent être reportées sur la période suivante."),
             H2("7.3 – Modalités et contrôle"),
             P("Le titulaire recourt à l'embauche directe, à la mise à disposition par une association "
               "intermédiaire ou une ETTI, ou à la sous-traitance à une entreprise d'insertion ou un atelier "
               "et chantier d'insertion. Il transmet au chargé de mission clauses sociales un bilan "
               "trimestriel des heures réalisées."),
             H2("7.4 – Sanction"),
             P("Chaque heure non réalisée à l'issue d'une période donne lieu à une pénalité de 50 euros HT.")]
    ccap += A("Conditions environnementales d'exécution",
              "Les tracteurs et porte-outils affectés aux lots respectent au minimum la norme d'émission "
              "Stage V ou sont équipés d'un filtre à particules. Les circuits hydrauliques des épareuses et "
              "lamiers sont remplis d'huile biodégradable conforme à la norme ISO 15380.",
              "L'emploi de produits phytosanitaires est interdit. Les dépôts sauvages ramassés lors des "
              "passes sont évacués en déchetterie ; les bons de dépôt sont joints aux attachements.")
    ccap += F_penal_retard(c, 1) + F_paiement(c, 0) + F_assurances(c, 0) + F_resiliation(c, 1) + F_litiges(c, 1)

    cctp = [TITLE("Département de la Haute-Lézarde – Direction des routes et des mobilités",
                  "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Entretien des dépendances vertes des routes départementales – DRM-2027-031")]
    cctp += A("Objet",
              "Le présent CCTP est commun aux quatre lots. Il décrit la consistance des prestations de "
              "fauchage, de débroussaillage et d'élagage et les conditions de leur exécution.")
    cctp += T_generalites(c, 2)
    cctp += A("Consistance des prestations",
              ["passe de sécurité (mai-juin) : fauchage de l'accotement sur une largeur de 1,50 m et des "
               "zones de visibilité des carrefours ;",
               "passe d'entretien (septembre-octobre) : fauchage de l'accotement, du fossé et du "
               "talus jusqu'à 2 m de hauteur ;",
               "débroussaillage des talus et des délaissés, sur commande ;",
               "élagage au lamier des haies et branches débordant sur le gabarit routier (4,30 m)."],
              "Les linéaires par agence figurent en annexe 1 (cartographie).")
    cctp += A("Horaires et périodes d'intervention",
              "Les interventions sont réalisées du lundi au vendredi entre 6 h 00 et 21 h 00. Aucune "
              "intervention n'a lieu les samedis, dimanches et jours fériés, sauf urgence. Un chantier mobile "
              "ne reste pas plus de 10 heures consécutives sur une même section sans repli.",
              "Les heures d'intervention sur les itinéraires à fort trafic (annexe 2) sont limitées à la "
              "plage 9 h 00 – 16 h 00.")
    cctp += A("Astreinte et urgences",
              "Pendant la période de fauchage, le titulaire organise une astreinte joignable 24 heures sur "
              "24. Il intervient sur site dans un délai maximal de 2 heures après l'appel.")
    cctp += A("Prise en compte de la biodiversité",
              "Sur les sections identifiées comme bords de routes à enjeux (balisage par piquets jaunes), "
              "le fauchage d'entretien est réalisé après le 15 septembre. La hauteur de coupe est d'au moins "
              "10 cm sur l'ensemble du réseau afin de préserver la petite faune.",
              "Les produits de fauche ne sont ni broyés sur la chaussée ni déversés dans les fossés. Le "
              "titulaire nettoie ses engins avant tout changement de secteur pour limiter la dispersion des "
              "espèces invasives (ambroisie, renouée du Japon).")
    cctp += A("Matériel",
              "Le titulaire dispose, par lot, d'au moins deux tracteurs équipés d'épareuses à bras déporté, "
              "d'un lamier à scies et d'un véhicule de signalisation équipé d'un panneau AK5 lumineux. Le "
              "matériel est entretenu et ne présente aucune fuite d'huile.")
    cctp += A("Signalisation et sécurité",
              "La signalisation temporaire est conforme au manuel du chef de chantier (volume 2, routes "
              "bidirectionnelles). Les agents du titulaire ont suivi une formation à la signalisation "
              "temporaire d'une durée minimale de 7 heures, dont l'attestation est remise avant le démarrage.")
    cctp += A("Suivi des prestations",
              "Le titulaire tient un relevé des heures d'engin (horamètre) et un état des linéaires traités, "
              "joints à chaque facture. Une réunion de bilan a lieu à la fin de chaque passe avec le "
              "responsable de l'agence routière.")

    lots4 = ["Lot 1 Maurepont", "Lot 2 Saint-Ibars", "Lot 3 Lunel-le-Haut", "Lot 4 Crosnes"]
    bpu = [TITLE("Département de la Haute-Lézarde – DRM-2027-031", "BORDEREAU DES PRIX UNITAIRES",
                 "Bordereau commun aux quatre lots – prix en euros HT"),
           P("Le candidat complète uniquement la ou les colonnes du ou des lots pour lesquels il présente une "
             "offre. Les prix s'entendent matériel, carburant et personnel compris."),
           TAB([tuple(["N°", "Désignation", "Unité"] + lots4)] +
               [tuple([n, d, u, "", "", "", ""]) for n, d, u in [
                   ("1", "Heure de tracteur avec épareuse et chauffeur", "h"),
                   ("2", "Heure de débroussaillage manuel (équipe de 2 agents)", "h"),
                   ("3", "Passe de sécurité, accotement 1,50 m", "km"),
                   ("4", "Passe d'entretien complète (accotement, fossé, talus)", "km"),
                   ("5", "Heure d'élagage au lamier avec chauffeur", "h"),
                   ("6", "Mise en place de la signalisation de chantier mobile", "jour"),
                   ("7", "Évacuation en déchetterie de dépôts sauvages", "m³"),
                   ("8", "Majoration intervention d'urgence (nuit, week-end)", "forfait")]],
               widths=[0.05, 0.35, 0.08, 0.13, 0.13, 0.13, 0.13]),
           P("Fait à ……………………, le ……………………"),
           P("Signature et cachet du candidat")]

    ae = [TITLE("Département de la Haute-Lézarde", "ACTE D'ENGAGEMENT – ACCORD-CADRE À BONS DE COMMANDE",
                "Lot n° 3 – Agence routière de Lunel-le-Haut (secteur sud)")]
    ae += [H("1. Objet"),
           P("Fauchage, débroussaillage et élagage des dépendances vertes des routes départementales – "
             "consultation DRM-2027-031 – lot n° 3."),
           H("2. Contractant"),
           P("Je soussigné(e) ……………………………, agissant au nom et pour le compte de "
             "……………………………, SIRET ……………………, m'engage, sur la base de mon offre et pour mon propre "
             "compte, à exécuter les prestations du lot n° 3 dans les conditions du CCAP et du CCTP."),
           H("3. Montants"),
           P("L'accord-cadre est exécuté par bons de commande sans montant minimum. Le montant maximum des "
             "commandes est de 160~000 € HT par période de douze mois, soit 640~000 € HT sur la durée "
             "maximale de quatre ans (période initiale et trois reconductions)."),
           P("Les prix unitaires sont ceux de la colonne « Lot 3 » du bordereau des prix unitaires."),
           H("4. Durée"),
           P("Douze mois à compter de la notification, reconductible tacitement trois fois."),
           H("5. Insertion professionnelle"),
           P("Le titulaire s'engage à réserver à des personnes éloignées de l'emploi 220 heures de travail "
             "par année d'exécution, soit 880 heures sur la durée maximale de l'accord-cadre, dans les "
             "conditions de l'article 7 du CCAP."),
           H("6. Paiement"),
           P("Le Département se libère des sommes dues en faisant porter le montant au crédit du compte "
             "ouvert au nom du titulaire (joindre un RIB)."),
           H("7. Signature"),
           P("À ……………………, le ……………………   Le candidat (nom, qualité, signature)"),
           P("Visa du Président du Conseil départemental ou de son délégataire : ……………………")]

    pieces = [
        PIECE("RC_DRM-2027-031.pdf", "RC", hdr, "RC – DRM-2027-031", rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=4,
                evidence=["La consultation est allotie par territoire", "Les lots 1 à 4 correspondent respectivement",
                          "réserver des heures de travail à des personnes éloignées de l'emploi",
                          "performances en matière d'insertion professionnelle des publics en difficulté : 10 %"]),
              cols=2, hyphen=True),
        PIECE("CCAP_DRM-2027-031.pdf", "CCAP", hdr, "CCAP – DRM-2027-031", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=3280, clause_environnementale=1,
                allotissement=1, nb_lots=4, montant_max_ht=2440000,
                evidence=["quatre lots géographiques", "Sur la durée maximale (4 ans)",
                          "[1 000 + 800 + 880 + 600 = 3 280]", "de quatre ans est ainsi de 2 440 000 € HT",
                          "huile biodégradable conforme à la norme ISO 15380"])),
        PIECE("CCTP_commun.pdf", "CCTP", hdr, "CCTP commun aux lots 1 à 4", cctp,
              L(clause_environnementale=1, allotissement=1, nb_lots=4,
                evidence=["Le présent CCTP est commun aux quatre lots",
                          "La hauteur de coupe est d'au moins 10 cm"]),
              hyphen=True),
        PIECE("BPU_commun.docx", "BPU", hdr, "BPU commun", bpu,
              L(allotissement=1, nb_lots=4, evidence=["Bordereau commun aux quatre lots"])),
        PIECE("AE_lot3.docx", "AE", hdr, "AE lot 3", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=880, allotissement=1, montant_max_ht=640000,
                evidence=["Lot n° 3 – Agence routière de Lunel-le-Haut",
                          "soit 640 000 € HT sur la durée maximale de quatre ans",
                          "soit 880 heures sur la durée maximale de l'accord-cadre"])),
    ]
    return dict(id="d02", title="Département de la Haute-Lézarde – dépendances vertes des routes (4 lots "
                "géographiques, accord-cadre, heures par an et sur 4 ans)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=3280, allotissement=1, nb_lots=4, montant_max_ht=2440000),
                note="Lots : prose « Les lots 1 à 4 » (RC, deux colonnes), lots en colonnes dans le BPU ; piège « plus "
                     "de deux lots » (limitation). Heures : tableau du CCAP par lot, par an (250/200/220/150) et sur "
                     "la durée maximale (1 000/800/880/600), sans total : on retient le volume sur toute la durée, "
                     "3 280 h (et non 820 h par an) ; l'AE du lot 3 donne 220 h/an et 880 h. Maximum : 610 000 € HT "
                     "par an tous lots, total écrit 2 440 000 € HT sur quatre ans ; AE du lot 3 : 640 000 (pièce "
                     "seule). Pièges : délai de 2 heures, 6 h – 21 h, 10 heures consécutives, formation de 7 heures, "
                     "heures d'engin et lignes « h » du BPU.")


# ============================================================================= d03
def d03():
    c = C("Sorne Habitat", "Bréhaut", ccag="travaux", delai=30,
          profil="la plateforme de dématérialisation de Sorne Habitat")
    hdr = "Sorne Habitat – OPH de la Sorne – Réhabilitation thermique de la résidence Les Courlis – MAPA 27-011"
    rc = [TITLE("Sorne Habitat – Office public de l'habitat de la Sorne", "RÈGLEMENT DE CONSULTATION",
                "Réhabilitation thermique de la résidence Les Courlis (96 logements, bâtiments 1 à 4)",
                "Procédure adaptée – marché de travaux n° 27-011")]
    rc += A("Objet",
            "La présente consultation a pour objet les travaux de réhabilitation thermique de la résidence "
            "Les Courlis, 14 à 22 allée des Courlis à Bréhaut, composée de quatre bâtiments de 24 logements "
            "chacun (R+4), construits en 1972. L'opération vise l'étiquette énergétique C après travaux.",
            "Les travaux sont réalisés en site occupé. Maîtrise d'œuvre : cabinet Ardent architecture et "
            "BET Thermivia.")
    rc += [H("Article # – Décomposition en lots"),
           P("Les travaux sont décomposés en six lots, attribués séparément :"),
           TAB([("Lot", "Intitulé", "Estimation HT"),
                ("1", "Isolation thermique par l'extérieur – bâtiments 1 à 4", "1~040~000 €"),
                ("2", "Menuiseries extérieures PVC – bâtiments 1 et 3", "395~000 €"),
                ("3", "Menuiseries extérieures PVC – bâtiments 2 et 4", "410~000 €"),
                ("4", "Ventilation mécanique hygroréglable type B – 96 logements", "305~000 €"),
                ("5", "Chaufferie collective : remplacement des 2 chaudières de 450 kW", "420~000 €"),
                ("6", "Électricité des parties communes – 12 cages d'escalier", "190~000 €")],
               lines=False, widths=[0.08, 0.7, 0.22], align="llr"),
           P("Le montant estimatif de l'opération, toutes taxes exclues, s'élève à 2~760~000 €. Un même "
             "candidat peut être attributaire de plusieurs lots, y compris des lots 2 et 3.")]
    rc += A("Délais",
            "Le délai d'exécution global est de seize mois à compter de l'ordre de service de démarrage, "
            "dont deux mois de préparation. Le planning prévisionnel figure en annexe du CCAP.")
    rc += A("Clause sociale",
            "L'exécution des lots est assortie d'une clause d'insertion : les titulaires consacrent aux "
            "personnes éloignées de l'emploi au moins 5 % des heures de main-d'œuvre nécessaires aux "
            "travaux, selon la répartition fixée à l'article 8 du CCAP.")
    rc += R_retrait(c, 1) + R_candidature(c, 2) + R_offre(c, 1, "la DPGF du lot")
    rc += A("Critères de choix des offres",
            "Pour chaque lot, les offres sont classées selon les critères suivants :",
            ["Prix : 60 %",
             "Valeur technique : 40 %, dont : méthodologie d'intervention (15 %) ; organisation en site "
             "occupé, information des locataires et limitation des nuisances (15 %) ; qualité "
             "environnementale des produits proposés – provenance, fiches FDES, part de matière recyclée "
             "des isolants et des menuiseries (10 %)"])
    rc += R_negociation(c, 1) + R_depot(c, 1, "12 avril 2027 à 12 h") + R_recours(c, 0)

    ccap = [TITLE("Sorne Habitat – OPH de la Sorne", "C.C.A.P.",
                  "Réhabilitation thermique de la résidence Les Courlis – marché n° 27-011")]
    ccap += A("Objet du marché",
              "Le présent cahier des clauses administratives particulières s'applique aux six lots de "
              "l'opération de réhabilitation thermique de la résidence Les Courlis. Chaque lot fait "
              "l'objet d'un marché séparé.")
    ccap += F_pieces(c, 2, prix="la décomposition du prix global et forfaitaire")
    ccap += F_prix(c, 0, "BT01")
    ccap += A("Délai d'exécution",
              "Le délai global est de seize mois, période de préparation de deux mois incluse. Les délais "
              "partiels par bâtiment figurent au planning annexé.")
    ccap += A("Travaux en site occupé",
              "Les interventions dans les logements ont lieu du lundi au vendredi entre 8 h 30 et 17 h 00. "
              "Les locataires sont prévenus par affichage et avis individuel au moins 48 heures avant toute "
              "intervention. Les coupures de chauffage ou d'eau chaude sont limitées à 4 heures par jour et "
              "interdites le vendredi après 14 h.",
              "Le titulaire du lot 5 assure un chauffage provisoire pendant la bascule des chaudières.")
    ccap += F_avance(c, 1, "10~%") + F_retenue(c, 1)
    ccap += [H("Article 8 – Clause d'insertion"),
             P("En application de l'article L.2112-2 du code de la commande publique, les titulaires "
               "réservent une part des heures de travail du marché à des personnes rencontrant des "
               "difficultés d'accès à l'emploi, orientées ou validées par le PLIE de la Sorne."),
             P("Le nombre d'heures de main-d'œuvre nécessaires à l'exécution de l'ensemble des lots est "
               "estimé par la maîtrise d'œuvre à 21~400 heures. Les titulaires réservent au moins 5 % de "
               "ces heures à l'action d'insertion, soit 1" + SB + "070 heu" + HY + "res d'insertion, réparties entre les lots "
               "au prorata de la main-d'œuvre de chacun :"),
             TAB([("Lot", "Main-d'œuvre estimée", "Heures d'insertion"),
                  ("1", "8~400 h", "420 h"), ("2", "3~200 h", "160 h"), ("3", "3~200 h", "160 h"),
                  ("4", "2~200 h", "110 h"), ("5", "2~400 h", "120 h"), ("6", "2~000 h", "100 h")],
                 widths=[0.16, 0.44, 0.4], align="lrr"),
             P("L'engagement peut être réalisé par embauche directe, par mise à disposition (ETTI, AI, "
               "GEIQ) ou par sous-traitance à une SIAE. Les heures réalisées sont attestées par le "
               "facilitateur du PLIE. Toute heure non réalisée donne lieu à une pénalité de 45 euros HT.")]
    ccap += A("Déchets et matériaux déposés",
              "Les menuiseries déposées sont démantelées et orientées vers une filière de recyclage du PVC, "
              "du verre plat et du bois ; les chutes d'isolant sont collectées séparément. Les titulaires "
              "remettent les bordereaux de suivi des déchets avec leur demande de paiement mensuelle.")
    ccap += F_penal_retard(c, 2) + F_sous_traitance(c, 1) + F_assurances(c, 1) + F_litiges(c, 2)

    cctp = [TITLE("Sorne Habitat – Résidence Les Courlis", "CCTP – LOT 3",
                  "Menuiseries extérieures PVC – Bâtiments 2 et 4 (48 logements)")]
    cctp += A("Objet du lot",
              "Le lot 3 comprend la dépose des menuiseries extérieures bois existantes et la fourniture et "
              "la pose de menuiseries PVC neuves dans les logements et les parties communes des bâtiments 2 "
              "et 4, soit 48 logements et 6 cages d'escalier.",
              "Les menuiseries des bâtiments 1 et 3 relèvent du lot 2 ; les entrées d'air sont coordonnées "
              "avec le titulaire du lot 4 (ventilation).")
    cctp += A("Documents de référence",
              "Les ouvrages sont exécutés conformément au NF DTU 36.5 (mise en œuvre des fenêtres et portes "
              "extérieures), aux avis techniques des profilés et aux règles de l'art.")
    cctp += T_generalites(c, 1) + T_execution(c, 0) + T_securite(c, 0)
    cctp += A("Performances exigées",
              ["coefficient de transmission thermique Uw au plus égal à 1,3 W/(m².K) ;",
               "facteur solaire Sw au moins égal à 0,40 ;",
               "classement AEV minimal A*3 E*7B V*A2 ;",
               "entrées d'air hygroréglables en traverse haute, débit selon l'étude du lot 4 ;",
               "affaiblissement acoustique Ra,tr de 30 dB en façade sur l'avenue."])
    cctp += A("Déroulement des interventions",
              "Chaque logement est traité en une seule journée ; la durée d'intervention dans un logement "
              "ne dépasse pas 8 heures, dépose, pose, calfeutrements et nettoyage compris. Aucune baie ne "
              "reste ouverte à la fin de la journée.",
              "Le programme hebdomadaire des logements est affiché dans les halls au moins 48 heures à "
              "l'avance ; il est établi avec le chargé de relation locataires de Sorne Habitat.")
    cctp += A("Tri et valorisation des déchets",
              "Les menuiseries déposées sont démantelées sur l'aire de tri du chantier : le verre, les "
              "ouvrants bois et les quincailleries sont séparés et évacués vers des filières de recyclage "
              "agréées. Le titulaire justifie la destination de chaque benne par un bordereau de suivi.")
    cctp += A("Réception",
              "Les opérations préalables à la réception comprennent un essai de manœuvre de chaque ouvrant et "
              "un contrôle de l'étanchéité à l'air sur un logement témoin par bâtiment (test d'infiltrométrie).")
    cctp += T_execution(c, 2)

    ae = [TITLE("Sorne Habitat – Office public de l'habitat de la Sorne", "ACTE D'ENGAGEMENT",
                "Marché n° 27-011 – Lot 3 : Menuiseries extérieures PVC – Bâtiments 2 et 4")]
    ae += [H("Article 1 – Contractant"),
           P("Nom, prénom et qualité du signataire : ………………………………………"),
           P("Agissant pour le compte de la société : ……………………………………… SIRET : ……………………"),
           H("Article 2 – Engagement"),
           P("Après avoir pris connaissance du CCAP, du CCTP du lot 3 et des documents qui y sont "
             "mentionnés, je m'engage à exécuter les travaux du lot 3 aux prix de ma DPGF, pour un montant "
             "de ……………………… € HT."),
           H("Article 3 – Délai"),
           P("Le délai d'exécution du lot 3 est de huit mois, inclus dans le délai global de l'opération."),
           H("Article 4 – Insertion"),
           P("Heures d'insertion à réaliser au titre du lot 3 : 160 heures, correspondant à 5 % des 3~200 "
             "heures de main-d'œuvre estimées pour le lot (article 8 du CCAP). Le titulaire s'engage à les "
             "réaliser pendant l'exécution du lot."),
           H("Article 5 – Paiements"),
           P("Compte à créditer : joindre un RIB. Avance : ☐ je renonce ☐ je ne renonce pas au bénéfice de "
             "l'avance."),
           H("Article 6 – Signature"),
           P("À ……………………, le ……………………   Signature"),
           P("Acceptation par le pouvoir adjudicateur – le Directeur général de Sorne Habitat :")]

    qr = [TITLE("Sorne Habitat – marché n° 27-011", "REGISTRE DES QUESTIONS ET RÉPONSES N° 1",
                "Réhabilitation thermique de la résidence Les Courlis – diffusé le 29 mars 2027"),
          P("Les questions ci-dessous ont été posées par des candidats sur la plateforme. Les réponses sont "
            "communiquées à l'ensemble des entreprises ayant retiré le dossier ; elles ont valeur "
            "contractuelle."),
          H("Question 1 (lot 1)"),
          P("L'isolation des pignons est du bâtiment 4 est-elle comprise dans le lot 1 ?"),
          P("Réponse : oui, les pignons des quatre bâtiments sont inclus dans le lot 1 (voir plans A-12 et "
            "A-14)."),
          H("Question 2 (lots 2 et 3)"),
          P("Est-il possible de présenter une offre unique pour les lots 2 et 3, qui portent sur des "
            "menuiseries identiques ?"),
          P("Réponse : non. Les lots 2 et 3 sont des lots distincts qui donnent lieu chacun à un acte "
            "d'engagement et à une DPGF. Un même candidat peut toutefois répondre aux deux lots et en être "
            "attributaire ; il peut alors proposer une remise conditionnelle en cas d'attribution conjointe."),
          H("Question 3 (tous lots)"),
          P("Les heures effectuées par un salarié mis à disposition par une entreprise de travail "
            "temporaire d'insertion comptent-elles au titre de la clause sociale ?"),
          P("Réponse : oui. Le titulaire peut remplir son obligation d'insertion (article 8 du CCAP) par "
            "embauche directe ou par mise à disposition de personnel par une ETTI, une association "
            "intermédiaire ou un GEIQ. Les heures de formation suivies par la personne pendant son contrat "
            "sont également prises en compte."),
          H("Question 4"),
          P("Une visite des logements est-elle possible ?"),
          P("Réponse : une visite d'un logement témoin par bâtiment est organisée le mardi 6 avril 2027, "
            "de 9 h à 12 h, rendez-vous devant le bâtiment 2."),
          H("Question 5 (lot 5)"),
          P("Quelle est la puissance de la chaufferie provisoire attendue pendant la bascule ?"),
          P("Réponse : 300 kW au minimum, pendant une durée estimée à 72 heures."),
          P("La date limite de remise des offres est maintenue au 12 avril 2027 à 12 h.")]

    pieces = [
        PIECE("RC_27-011.pdf", "RC", hdr, "Règlement de consultation", rc,
              L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=6,
                montant_estime_ht=2760000,
                evidence=["Les travaux sont décomposés en six lots",
                          "Le montant estimatif de l'opération, toutes taxes exclues, s'élève à 2 760 000 €",
                          "L'exécution des lots est assortie d'une clause d'insertion",
                          "qualité environnementale des produits proposés"])),
        PIECE("CCAP_27-011.pdf", "CCAP", hdr, "CCAP – marché 27-011", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1070, clause_environnementale=1,
                allotissement=1, nb_lots=6,
                evidence=["s'applique aux six lots", "soit 1 070 heures d'insertion",
                          "orientées vers une filière de recyclage du PVC"]),
              cols=2, hyphen=True),
        PIECE("CCTP_lot3.pdf", "CCTP", hdr, "CCTP lot 3", cctp,
              L(clause_environnementale=1, allotissement=1,
                evidence=["Le lot 3 comprend la dépose des menuiseries",
                          "évacués vers des filières de recyclage agréées"]),
              hyphen=True),
        PIECE("AE_lot3.docx", "AE", hdr, "AE lot 3", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=160, allotissement=1,
                evidence=["Lot 3 : Menuiseries extérieures PVC", "Heures d'insertion à réaliser au titre du lot 3 : 160 heures"])),
        PIECE("QR_registre_1.pdf", "QR", hdr, "Registre des questions-réponses", qr,
              L(clause_sociale=1, clause_insertion=1, allotissement=1,
                evidence=["Les lots 2 et 3 sont des lots distincts",
                          "Le titulaire peut remplir son obligation d'insertion (article 8 du CCAP)"])),
    ]
    return dict(id="d03", title="Sorne Habitat (OPH) – réhabilitation thermique de 96 logements (6 lots aux "
                "intitulés chiffrés, insertion en part d'heures avec la base)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=1070, allotissement=1, nb_lots=6, montant_estime_ht=2760000),
                note="Lots : tableau sans filets du RC ; intitulés contenant des nombres (« bâtiments 1 à 4 », "
                     "« 1 et 3 », « 2 et 4 », « 96 logements », « 2 chaudières de 450 kW », « 12 cages »). Heures : "
                     "5 % de 21 400 heures de main-d'œuvre, résultat écrit (1 070) et réparti dans un tableau dont "
                     "la colonne voisine donne la main-d'œuvre (8 400, 3 200…) ; l'AE du lot 3 donne 160 h. "
                     "Pièges : 48 heures, 4 heures, 8 heures, 72 heures, 300 kW.")


# ============================================================================= d04
def d04():
    c = C("Val de Brenne Agglomération", "Ormesson-sur-Brenne", ccag="travaux", delai=30,
          profil="le profil d'acheteur de Val de Brenne Agglomération")
    hdr = "Val de Brenne Agglomération – PEM de la gare de Brenne-Centre – Consultation VBA-T-2027-06"
    rc = [TITLE("VAL DE BRENNE AGGLOMÉRATION", "Règlement de la consultation",
                "Aménagement du pôle d'échanges multimodal (PEM) de la gare de Brenne-Centre",
                "Marché de travaux – procédure adaptée – VBA-T-2027-06")]
    rc += A("Objet de la consultation",
            "La consultation porte sur les travaux d'aménagement du pôle d'échanges multimodal de la gare "
            "de Brenne-Centre : création d'une gare routière de six quais, d'un parvis piéton, d'un abri "
            "vélos sécurisé et d'un parking de rabattement de 140 places, requalification de l'avenue de "
            "la Gare.",
            "Les travaux sont cofinancés par la Région et l'État (contrat de plan État-Région).")
    rc += A("Allotissement",
            "Conformément à l'article L.2113-10 du code de la commande publique, le marché est divisé en "
            "lots. Les lots sont les suivants :",
            ["Lot n°1 : Voirie, réseaux divers, terrassements, bordures",
             "Lot n°2 : Abri vélos sécurisé de 120 places et ombrières",
             "Lot n°3 : Espaces verts – plantations – arrosage automatique",
             "Lot n°4 : Signalisation lumineuse tricolore et éclairage public",
             "Lot n°5 : Mobilier urbain et signalétique voyageurs"],
            "Les candidats peuvent répondre à un, plusieurs ou à l'ensemble des lots. Chaque lot donne lieu "
            "à un marché distinct ; il n'est pas prévu de variante ni de tranche optionnelle.")
    rc += A("Montant estimatif et délais",
            "Le montant estimatif des travaux, tous lots confondus, est de 1~865~000 euros HT. La durée "
            "prévisionnelle des travaux est de dix mois, hors période de préparation de six semaines.")
    rc += A("Conditions d'exécution",
            "Les lots n°1 à n°4 comportent une clause d'insertion sociale décrite à l'article 6 du CCAP. "
            "Le lot n°5 n'en comporte pas.")
    rc += R_retrait(c, 2) + R_candidature(c, 0)
    rc += A("Pièces de l'offre",
            "Pour chaque lot, l'offre comprend l'acte d'engagement, la DPGF du lot et un mémoire technique "
            "structuré selon les sous-critères de l'article suivant, limité à quinze pages.")
    rc += A("Critères d'attribution",
            "Les offres sont appréciées au regard des critères pondérés ci-après :",
            ["Prix : 50 %",
             "Valeur technique : 40 % (organisation du chantier et phasage sous circulation : 20 % ; "
             "moyens humains et matériels : 10 % ; planning : 10 %)",
             "Insertion professionnelle des publics en difficulté : 10 % (lots n°1 à n°4 ; pour le lot n°5, "
             "la pondération du prix est portée à 60 %)"],
            "Pour le critère d'insertion, le candidat décrit dans une note de deux pages l'accompagnement "
            "des personnes recrutées : tutorat, formation, perspectives d'embauche à l'issue du chantier.")
    rc += R_validite(c, 1, 150) + R_renseignements(c, 0, 8) + R_recours(c, 1)

    ccap = [TITLE("VAL DE BRENNE AGGLOMÉRATION", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES (CCAP)",
                  "Aménagement du PEM de la gare de Brenne-Centre – VBA-T-2027-06")]
    ccap += A("Objet – Allotissement",
              "Les travaux font l'objet de cinq lots désignés au règlement de la consultation. Les "
              "stipulations du présent CCAP s'appliquent à chacun des cinq marchés.")
    ccap += F_pieces(c, 0, prix="la DPGF")
    ccap += F_prix(c, 2, "TP01")
    ccap += A("Délais et phasage",
              "Le délai d'exécution de chaque lot est fixé dans son acte d'engagement, dans la limite du "
              "délai global de dix mois. Les travaux aux abords des voies ferrées sont réalisés de nuit, "
              "pendant les interruptions temporaires de circulation accordées par le gestionnaire du réseau.")
    ccap += A("Gestion du chantier",
              "Le titulaire du lot n°1 installe et entretient la base vie commune. Les titulaires des autres "
              "lots en supportent le coût au prorata de leur montant, selon le compte prorata annexé.")
    ccap += [H("Article 6 – Clause d'insertion sociale"),
             H2("6.1 – Objet"),
             P("Les titulaires des lots n°1 à n°4 réalisent une action d'insertion au bénéfice de personnes "
               "éloignées de l'emploi, en application de l'article L.2112-2 du code de la commande publique. "
               "Le suivi est assuré par la facilitatrice de la Maison de l'emploi de Val de Brenne."),
             H2("6.2 – Nombre d'heures"),
             TAB([("Nombre d'heures", "Lot", "Précisions"),
                  ("1~400", "1", "dont 200 heures au moins en contrat de professionnalisation"),
                  ("350", "2", "montage des structures et serrurerie"),
                  ("280", "3", "plantations, mise en place du paillage"),
                  ("210", "4", "tranchées et pose de câbles"),
                  ("—", "5", "pas de clause (fourniture majoritaire)")],
                 widths=[0.22, 0.12, 0.66], align="rll"),
             H2("6.3 – Mise en œuvre"),
             P("Le titulaire choisit une ou plusieurs des modalités suivantes : embauche directe, "
               "mise à disposition par une ETTI, une AI ou un GEIQ, sous-traitance à une SIAE. Il transmet "
               "chaque mois à la facilitatrice l'état des heures effectuées."),
             H2("6.4 – Pénalités"),
             P("Le défaut de réalisation des heures prévues est sanctionné par une pénalité de 50 euros HT "
               "par heure manquante. Le défaut de transmission des justificatifs est sanctionné par une "
               "pénalité de 100 euros HT par semaine de retard.")]
    ccap += A("Clauses environnementales",
              "Les enrobés et bétons de démolition sont concassés et réemployés sur place en couche de forme "
              "lorsque les essais le permettent. Les autres déchets sont triés en quatre flux au minimum et "
              "évacués vers des installations autorisées ; les bordereaux sont remis au maître d'œuvre.",
              "Les engins de chantier sont arrêtés moteur pendant les temps d'attente. L'éclairage du "
              "chantier est éteint en dehors des heures de travail.")
    ccap += F_avance(c, 0) + F_retenue(c, 0) + F_penal_retard(c, 0)
    ccap += A("Remise en service des équipements",
              "En cas de panne d'un carrefour à feux pendant la période de garantie, le titulaire du lot n°4 "
              "rétablit le fonctionnement dans un délai de 24 heures. Une astreinte téléphonique est assurée "
              "7 jours sur 7.")
    ccap += F_assurances(c, 2) + F_resiliation(c, 0) + F_litiges(c, 0)

    cctp = [TITLE("Val de Brenne Agglomération – PEM de la gare de Brenne-Centre",
                  "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Lot n°3 : Espaces verts – plantations – arrosage automatique")]
    cctp += A("Consistance des travaux du lot n°3",
              "Le lot n°3 comprend : la fourniture et la mise en œuvre de 1~450 m³ de terre végétale, la "
              "plantation de 64 arbres tiges, de 2~300 arbustes et de 3~800 vivaces, l'engazonnement des "
              "noues, la fourniture et la pose d'un réseau d'arrosage automatique goutte-à-goutte et "
              "l'entretien pendant l'année de garantie.")
    cctp += T_generalites(c, 0) + T_execution(c, 1)
    cctp += A("Palette végétale",
              "Les essences sont choisies dans la liste annéxée, composée majoritairement d'espèces locales "
              "adaptées à la sécheresse. Les végétaux sont issus de pépinières situées à moins de 300 km et "
              "portent, lorsque l'essence le permet, la marque Végétal local.")
    cctp += A("Protection du sol et de la ressource",
              "L'emploi de produits phytosanitaires de synthèse est interdit pendant les travaux et "
              "l'année de garantie. Les massifs sont paillés avec un broyat de bois issu des élagages du "
              "chantier ou un paillage biodégradable ; les toiles plastiques sont proscrites.",
              "Le programmateur d'arrosage est réglé pour des cycles nocturnes entre 22 h et 6 h ; chaque "
              "cycle ne dépasse pas 2 heures. Les consommations sont relevées mensuellement.")
    cctp += A("Garantie de reprise",
              "Les végétaux morts ou dépérissants à l'issue de l'année de garantie sont remplacés par le "
              "titulaire, à ses frais, lors de la saison de plantation suivante.")
    cctp += A("Entretien pendant l'année de garantie",
              "Le titulaire assure dix passages d'entretien : désherbage manuel, arrosage de complément, "
              "taille de formation, contrôle des tuteurs. Chaque passage fait l'objet d'une fiche "
              "d'intervention visée par le service des espaces verts de l'agglomération.")
    cctp += T_execution(c, 2)

    ae = [TITLE("Val de Brenne Agglomération", "ACTE D'ENGAGEMENT",
                "VBA-T-2027-06 – Lot n°2 : Abri vélos sécurisé de 120 places et ombrières")]
    ae += [H("1 – Identification du pouvoir adjudicateur"),
           P("Val de Brenne Agglomération, 3 rue du Moulin-Neuf, Ormesson-sur-Brenne. Personne habilitée à "
             "donner les renseignements prévus à l'article R.2191-59 du CCP : le Président."),
           H("2 – Identification du titulaire"),
           P("Entreprise : …………………………………  SIRET : ……………………  Adresse : …………………………………"),
           H("3 – Offre de prix"),
           P("Montant de l'offre pour le lot n°2 : ……………… € HT ; TVA 20 % : ……………… € ; montant TTC : "
             "……………… €."),
           H("4 – Délai d'exécution"),
           P("Le délai d'exécution du lot n°2 est de quatre mois à compter de l'ordre de service, dont trois "
             "semaines de fabrication en atelier."),
           H("5 – Insertion"),
           P("Le titulaire reconnaît avoir pris connaissance de l'obligation d'insertion fixée pour le lot "
             "n°2 par l'article 6 du CCAP et s'engage à la respecter, selon la modalité suivante : "
             "……………………………………………"),
           H("6 – Signature"),
           P("Fait à ……………………, le ……………………  Le représentant habilité de l'entreprise"),
           P("Décision du pouvoir adjudicateur : la présente offre est acceptée. Le Président, ……………………")]

    qr = [TITLE("Val de Brenne Agglomération – VBA-T-2027-06", "QUESTIONS DES CANDIDATS ET RÉPONSES",
                "Registre arrêté au 19 avril 2027"),
          TAB([("N°", "Date", "Question", "Réponse de l'acheteur"),
               ("1", "06/04", "Article 6.2 du CCAP : le volume de 1~400 heures d'insertion demandé pour le lot "
                "n°1 paraît élevé au regard du montant du lot. Pouvez-vous le confirmer ?",
                "Il s'agit d'une erreur matérielle. Pour le lot n°1, le volume d'heures d'insertion est fixé à "
                "1~200 heures (et non 1~400). Les volumes des lots n°2, n°3 et n°4 sont inchangés."),
               ("2", "08/04", "Une entreprise peut-elle répondre aux lots n°3 et n°5 ?",
                "Oui. Les cinq lots sont indépendants ; une même entreprise peut répondre à plusieurs lots et "
                "en être attributaire."),
               ("3", "12/04", "Quelles sont les plages de travail à proximité des voies ?",
                "Les interruptions de circulation ferroviaire accordées sont de 4 heures, de 0 h 30 à 4 h 30, "
                "deux nuits par semaine pendant six semaines."),
               ("4", "14/04", "Le délai de 24 heures de remise en service des feux court-il le week-end ?",
                "Oui, le délai court 7 jours sur 7 pendant l'année de garantie."),
               ("5", "15/04", "Le mémoire technique peut-il dépasser quinze pages ?",
                "Non, les pages au-delà de la quinzième ne seront pas lues.")],
              widths=[0.06, 0.1, 0.38, 0.46]),
          P("Le présent registre est porté à la connaissance de tous les candidats. Les réponses complètent "
            "les pièces du dossier de consultation.")]

    pieces = [
        PIECE("RC_VBA-T-2027-06.pdf", "RC", hdr, "Règlement de la consultation", rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=5,
                montant_estime_ht=1865000,
                evidence=["le marché est divisé en lots", "Lot n°5 : Mobilier urbain et signalétique voyageurs",
                          "tous lots confondus, est de 1 865 000 euros HT",
                          "Les lots n°1 à n°4 comportent une clause d'insertion sociale",
                          "Insertion professionnelle des publics en difficulté : 10 %"]),
              hyphen=True),
        PIECE("CCAP_VBA-T-2027-06.docx", "CCAP", hdr, "CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2240, clause_environnementale=1,
                allotissement=1, nb_lots=5,
                evidence=["Les travaux font l'objet de cinq lots", "réalisent une action d'insertion",
                          "[1 400 + 350 + 280 + 210 = 2 240]",
                          "concassés et réemployés sur place en couche de forme"])),
        PIECE("CCTP_lot3.pdf", "CCTP", hdr, "CCTP lot n°3", cctp,
              L(clause_environnementale=1, allotissement=1,
                evidence=["Le lot n°3 comprend", "L'emploi de produits phytosanitaires de synthèse est interdit"])),
        PIECE("AE_lot2.docx", "AE", hdr, "AE lot n°2", ae,
              L(clause_sociale=1, clause_insertion=1, allotissement=1,
                evidence=["Lot n°2 : Abri vélos sécurisé",
                          "l'obligation d'insertion fixée pour le lot n°2 par l'article 6 du CCAP"])),
        PIECE("QR_registre.pdf", "QR", hdr, "Registre des questions-réponses", qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, allotissement=1, nb_lots=5,
                evidence=["le volume d'heures d'insertion est fixé à 1 200 heures (et non 1 400)",
                          "Les cinq lots sont indépendants"])),
    ]
    return dict(id="d04", title="Val de Brenne Agglomération – pôle d'échanges multimodal (5 lots en liste "
                "numérotée, heures du lot 1 corrigées par le registre des questions-réponses)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=2040, allotissement=1, nb_lots=5, montant_estime_ht=1865000),
                note="Heures : tableau du CCAP (colonne heures en premier, sans total) 1 400 + 350 + 280 + 210 = 2 240 ; "
                     "le registre corrige le lot 1 à 1 200 h, les autres lots inchangés : 1 200 + 350 + 280 + 210 = "
                     "2 040 pour le dossier (total jamais écrit). Pièce QR seule : 1 200 (seul volume qu'elle "
                     "énonce). Lots : liste numérotée du RC (« Lot n°2 : Abri vélos … de 120 places »). Pièges : "
                     "140 places, 6 quais, 200 heures « dont » en contrat de professionnalisation (inclus dans "
                     "les 1 400), 4 heures de coupure, 24 heures, 22 h – 6 h, 2 heures d'arrosage.")


# ============================================================================= d05
def d05():
    c = C("la Ville de Saint-Ouvrain-les-Marais", "Quimerc'h", ccag="travaux", delai=30,
          profil="le profil d'acheteur de la Ville (rubrique « Marchés publics » du site internet)")
    hdr = "Ville de Saint-Ouvrain-les-Marais – Maintenance et petits travaux des bâtiments communaux – AC 2027-04"
    rc = [TITLE("VILLE DE SAINT-OUVRAIN-LES-MARAIS – Direction du patrimoine bâti",
                "RÈGLEMENT DE LA CONSULTATION",
                "Travaux d'entretien, de maintenance et de petites réparations des bâtiments communaux",
                "Accords-cadres à bons de commande – procédure adaptée – AC 2027-04")]
    rc += A("Objet",
            "La consultation a pour objet l'exécution, sur commande, de travaux d'entretien, de maintenance "
            "corrective et de petites réparations dans les 63 bâtiments communaux (écoles, équipements "
            "sportifs et culturels, bâtiments administratifs), y compris les dépannages urgents.")
    rc += A("Décomposition de la consultation",
            "La consultation est décomposée en sept lots par corps d'état : plomberie et sanitaires (lot 1), "
            "électricité (lot 2), serrurerie et métallerie (lot 3), menuiserie bois et PVC (lot 4), peinture "
            "et revêtements (lot 5), couverture et zinguerie (lot 6), vitrerie et miroiterie (lot 7).",
            "Les lots 1 à 7 font chacun l'objet d'un accord-cadre mono-attributaire distinct. Un candidat "
            "peut répondre à un ou plusieurs lots.")
    rc += A("Durée – montant estimatif",
            "Chaque accord-cadre est conclu pour un an à compter du 1er juillet 2027, reconductible "
            "tacitement trois fois pour une durée d'un an. Le montant estimatif annuel des besoins, tous lots "
            "confondus, est évalué à 290~000 € HT, soit 1~160~000 € HT sur la durée maximale de quatre ans. "
            "Les montants maximums de chaque lot figurent au CCAP.")
    rc += A("Clause d'insertion",
            "Les accords-cadres des lots 2, 4 et 5 comportent une clause d'insertion professionnelle dont "
            "le volume annuel et les modalités sont définis à l'article 9 du CCAP.")
    rc += R_candidature(c, 2) + R_offre(c, 1, "le bordereau des prix unitaires du lot et le détail estimatif")
    rc += A("Critères d'attribution",
            "Le classement des offres est établit pour chaque lot selon les critères suivants :",
            ["prix des prestations, apprécié sur le détail estimatif : 40 % ;",
             "valeur technique, appréciée sur le mémoire : 45 % ;",
             "délais d'intervention proposés en urgence et en maintenance courante : 15 %."],
            "Les délais proposés ne peuvent être supérieurs aux délais maximums fixés au CCAP.")
    rc += R_depot(c, 0, "3 mai 2027 à 17 h 00") + R_renseignements(c, 1, 7) + R_recours(c, 0)

    ccap = [TITLE("Ville de Saint-Ouvrain-les-Marais", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Entretien, maintenance et petites réparations des bâtiments communaux – AC 2027-04",
                  "Document commun aux lots 1 à 7")]
    ccap += A("Objet et forme des accords-cadres",
              "Chaque lot fait l'objet d'un accord-cadre à bons de commande passé en application des "
              "articles R.2162-2 et R.2162-13 et suivants du code de la commande publique. Les bons de "
              "commande sont émis par la direction du patrimoine bâti.")
    ccap += F_pieces(c, 1, prix="le bordereau des prix unitaires (BPU) du lot")
    ccap += A("Durée",
              "L'accord-cadre prend effet le 1er juillet 2027 pour une période d'un an. Il est reconduit "
              "tacitement trois fois, pour une durée d'un an à chaque fois, sauf décision contraire de la "
              "Ville notifiée trois mois avant l'échéance.")
    ccap += [H("Article 4 – Montants minimums et maximums"),
             P("Les accords-cadres sont conclus sans minimum. Les montants maximums annuels sont les "
               "suivants :"),
             TAB([("Lot", "Maximum / an (€ HT)"),
                  ("1 – Plomberie", "60~000"), ("2 – Électricité", "70~000"), ("3 – Serrurerie", "35~000"),
                  ("4 – Menuiserie", "45~000"), ("5 – Peinture", "80~000"), ("6 – Couverture", "50~000"),
                  ("7 – Vitrerie", "20~000")],
                 widths=[0.6, 0.4], align="lr"),
             P("Ces montants s'appliquent à chaque période annuelle, période initiale et périodes de "
               "reconduction comprises.")]
    ccap += A("Délais d'intervention",
              "Le bon de commande fixe le délai d'exécution. À défaut, les délais maximums sont : 4 heures "
              "pour une intervention d'urgence (fuite, panne de chauffage, mise en sécurité) ; 48 heures pour "
              "un dépannage non urgent ; 10 jours pour les petits travaux. Le devis demandé par la Ville est "
              "remis sous 72 heures.",
              "Les interventions dans les écoles ont lieu hors temps scolaire ou, à défaut, entre 11 h 30 "
              "et 13 h 30, après accord du directeur d'école.")
    ccap += F_prix(c, 1, "BT01 (lots 1 à 4) ou BT46 (lots 5 à 7)")
    ccap += F_paiement(c, 1) + F_penal_retard(c, 1)
    ccap += [H("Article 9 – Clause d'insertion professionnelle (lots 2, 4 et 5)"),
             P("Le titulaire des lots 2, 4 et 5 réserve une partie des heures de travail générées par "
               "l'accord-cadre à des personnes rencontrant des difficultés sociales et professionnelles "
               "particulières, selon le volume suivant :"),
             LST(["lot 2 : 150 heures par an ;", "lot 4 : 100 heures par an ;", "lot 5 : 90 heures par an,"]),
             P("soit respectivement 600, 400 et 360 heures sur la durée maximale de quatre ans "
               "(1" + SB + "360 heu" + HY + "res au total pour les trois lots). En cas de non-reconduction, le volume est "
               "calculé au prorata des périodes exécutées."),
             P("Le titulaire peut recourir à l'embauche directe, à une ETTI, à une association "
               "intermédiaire ou à la sous-traitance à une entreprise d'insertion. Le relevé annuel des "
               "heures est transmis au service emploi de la Ville avant le 31 juillet de chaque année. "
               "Chaque heure non réalisée est pénalisée à hauteur de 40 € HT.")]
    ccap += A("Déchets des interventions",
              "Le titulaire reprend et évacue les déchets issus de ses interventions vers des filières "
              "autorisées, après tri. Les déchets d'équipements électriques et électroniques, tubes "
              "fluorescents et lampes sont remis à l'éco-organisme agréé ; les bordereaux sont joints à la "
              "facture du bon de commande correspondant.")
    ccap += F_assurances(c, 0) + F_resiliation(c, 1) + F_litiges(c, 1)

    cctp = [TITLE("Ville de Saint-Ouvrain-les-Marais", "CCTP – LOT 2 : ÉLECTRICITÉ",
                  "Entretien, maintenance et petites réparations des bâtiments communaux – AC 2027-04")]
    cctp += A("Objet du lot 2",
              "Le lot 2 concerne la maintenance corrective et les petits travaux d'électricité courants forts "
              "et courants faibles : tableaux, circuits, éclairage intérieur et extérieur, prises, alarmes "
              "techniques, contrôle d'accès, à l'exclusion des systèmes de sécurité incendie.")
    cctp += T_generalites(c, 2) + T_securite(c, 1)
    cctp += A("Personnel et habilitations",
              "Les intervenants sont titulaires d'une habilitation électrique adaptée (B1V, B2V, BR, BC) "
              "en cours de validité. La formation initiale à l'habilitation, d'une durée de 21 heures, et les "
              "recyclages sont à la charge du titulaire. Un chef d'équipe est désigné comme interlocuteur "
              "unique de la Ville.")
    cctp += A("Délais et horaires d'intervention",
              "Les délais maximums sont ceux du CCAP : 4 heures en urgence, 48 heures en dépannage non "
              "urgent. Les interventions ont lieu du lundi au vendredi de 7 h 30 à 18 h ; les heures "
              "d'intervention en dehors de cette plage ne sont rémunérées au taux majoré que si le bon de "
              "commande le prévoit.")
    cctp += A("Matériel remplacé",
              "Tout luminaire remplacé l'est par un luminaire à LED d'efficacité lumineuse d'au moins "
              "120 lm/W, équipé d'un détecteur de présence dans les circulations et les sanitaires. Les "
              "lampes, tubes et équipements déposés sont remis à la filière de collecte des DEEE ; aucun "
              "déchet n'est laissé dans les bennes des bâtiments.")
    cctp += A("Comptes rendus",
              "Chaque intervention donne lieu à un bon d'intervention signé par le responsable du site, "
              "précisant l'heure d'arrivée, l'heure de départ, la nature de la panne et les fournitures "
              "utilisées.")

    bpu = [TITLE("Ville de Saint-Ouvrain-les-Marais – AC 2027-04", "BORDEREAU DES PRIX UNITAIRES",
                 "Lot 5 – Peinture et revêtements")]
    bpu += [P("Prix exprimés en euros hors taxes, fournitures et main-d'œuvre comprises sauf mention "
              "contraire. Le candidat remplit la colonne « Prix unitaire »."),
            TAB([("Code", "Désignation", "Unité", "Prix unitaire HT"),
                 ("5.01", "Heure de main-d'œuvre compagnon peintre (jours ouvrés, 7 h 30 – 18 h)", "h", ""),
                 ("5.02", "Heure de main-d'œuvre majorée (soir, samedi)", "h", ""),
                 ("5.03", "Déplacement par intervention", "forfait", ""),
                 ("5.04", "Lessivage des murs et plafonds", "m²", ""),
                 ("5.05", "Peinture acrylique mate sur murs, 2 couches", "m²", ""),
                 ("5.06", "Peinture glycéro sur boiseries", "m²", ""),
                 ("5.07", "Pose de toile de verre à peindre", "m²", ""),
                 ("5.08", "Revêtement de sol PVC en dalles", "m²", ""),
                 ("5.09", "Traitement anti-graffiti", "m²", ""),
                 ("5.10", "Enlèvement de graffitis", "m²", "")],
                lines=False, widths=[0.1, 0.6, 0.12, 0.18], align="lllr"),
            P("Le détail estimatif joint, non contractuel, sert uniquement au jugement des offres."),
            P("Date, cachet et signature du candidat :")]

    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Ville de Saint-Ouvrain-les-Marais"),
            H("Identification de l'organisme qui passe le marché"),
            P("Ville de Saint-Ouvrain-les-Marais, Hôtel de ville, 1 place du Marché, Saint-Ouvrain-les-Marais. "
              "Correspondant : M. le Maire."),
            H("Objet"),
            P("Travaux d'entretien, de maintenance et de petites réparations des bâtiments communaux – "
              "accords-cadres à bons de commande."),
            H("Procédure"),
            P("Procédure adaptée ouverte (article R.2123-1 du code de la commande publique)."),
            H("Caractéristiques principales"),
            P("Accords-cadres mono-attributaires d'une durée d'un an, reconductibles trois fois. Valeur "
              "estimée hors TVA : 1~160~000 euros pour la durée maximale, tous lots confondus."),
            H("Allotissement"),
            P("Marché alloti : oui. Nombre de lots : 7. Lot 1 plomberie ; lot 2 électricité ; lot 3 "
              "serrurerie ; lot 4 menuiserie ; lot 5 peinture ; lot 6 couverture ; lot 7 vitrerie."),
            H("Conditions particulières d'exécution"),
            P("Clause sociale d'insertion pour les lots 2, 4 et 5 (volume annuel d'heures fixé au CCAP)."),
            H("Critères d'attribution"),
            P("Prix 40 % ; valeur technique 45 % ; délais d'intervention 15 %."),
            H("Date limite de réception des offres"),
            P("3 mai 2027 à 17 h 00."),
            H("Renseignements"),
            P("Direction du patrimoine bâti, tél. 02 00 00 00 00. Dossier gratuit sur le profil d'acheteur.")]

    pieces = [
        PIECE("RC_AC2027-04.pdf", "RC", hdr, "RC – AC 2027-04", rc,
              L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=7, montant_estime_ht=1160000,
                evidence=["La consultation est décomposée en sept lots",
                          "soit 1 160 000 € HT sur la durée maximale de quatre ans",
                          "Les accords-cadres des lots 2, 4 et 5 comportent une clause d'insertion professionnelle"]),
              hyphen=True),
        PIECE("CCAP_AC2027-04.pdf", "CCAP", hdr, "CCAP – AC 2027-04", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1360, clause_environnementale=1,
                allotissement=1, nb_lots=7, montant_max_ht=1440000,
                evidence=["Document commun aux lots 1 à 7", "(1 360 heures au total pour les trois lots)",
                          "[360 000 par an x 4 périodes = 1 440 000]",
                          "sont remis à l'éco-organisme agréé"]),
              cols=2, hyphen=True),
        PIECE("CCTP_lot2.docx", "CCTP", hdr, "CCTP lot 2", cctp,
              L(clause_environnementale=1, allotissement=1,
                evidence=["Le lot 2 concerne la maintenance corrective",
                          "remis à la filière de collecte des DEEE"])),
        PIECE("BPU_lot5.pdf", "BPU", hdr, "BPU lot 5", bpu,
              L(allotissement=1, evidence=["Lot 5 – Peinture et revêtements"])),
        PIECE("avis_AAPC.txt", "AVIS", hdr, "", avis,
              L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=7, montant_estime_ht=1160000,
                evidence=["Marché alloti : oui. Nombre de lots : 7",
                          "estimée hors TVA : 1 160 000 euros",
                          "Clause sociale d'insertion pour les lots 2, 4 et 5"])),
    ]
    return dict(id="d05", title="Ville de Saint-Ouvrain-les-Marais – maintenance des bâtiments (7 lots en prose, "
                "heures par an et sur quatre ans, délais en heures)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=1360, allotissement=1, nb_lots=7, montant_estime_ht=1160000,
                         montant_max_ht=1440000),
                note="Lots : prose (« sept lots … (lot 1) … (lot 7) », « Les lots 1 à 7 »). Heures : CCAP, 150/100/90 h par "
                     "an pour les lots 2, 4, 5, soit 600/400/360 sur quatre ans, total écrit 1 360. Maximum : tableau "
                     "annuel par lot (total annuel 360 000 non écrit) appliqué à quatre périodes : 1 440 000 € HT, "
                     "calculé. Estimation 1 160 000 € HT écrite (RC, avis) ; 290 000 € HT est l'annuel. Pièges : "
                     "4/48/72 heures, 21 heures de formation à l'habilitation, lignes « heure de main-d'œuvre » du "
                     "BPU, 63 bâtiments.")


# ============================================================================= d06
D06_LOTS = [
    ("LOT-0001", "A", "Lot A – Bionettoyage des unités de soins et des blocs", "1900000", "soc-obj",
     "none", "Clause sociale d'insertion : le volume d'heures est fixé dans l'acte d'engagement du lot A."),
    ("LOT-0002", "B", "Lot B – Nettoyage des locaux administratifs, logistiques et de l'internat", "520000",
     "none", "none", ""),
    ("LOT-0003", "C", "Lot C – Entretien des espaces verts des trois sites", "150000", "soc-obj", "res-ws",
     "Lot réservé aux entreprises adaptées et aux établissements et services d'aide par le travail "
     "(article L. 2113-12 du code de la commande publique)."),
    ("LOT-0004", "D", "Lot D – Nettoyage des vitres et surfaces vitrées en hauteur", "180000", "none", "none", ""),
]


def d06_xml():
    ns = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" '
          'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
          'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
          'xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" '
          'xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1" '
          'xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1" '
          'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"')
    x = ['<?xml version="1.0" encoding="UTF-8"?>', '<ContractNotice %s>' % ns,
         '  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>',
         '  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>',
         '  <cbc:ID schemeName="notice-id">5e0c7a61-2f4b-4d0e-9a3c-0b6d27c41a90</cbc:ID>',
         '  <cbc:ContractFolderID>8a2f9c3e-71d4-4b55-b1e0-3c9d0f6e2a17</cbc:ContractFolderID>',
         '  <cbc:IssueDate>2027-02-15+01:00</cbc:IssueDate>',
         '  <cbc:VersionID>01</cbc:VersionID>',
         '  <cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>',
         '  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>',
         '  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>',
         '  <cac:ContractingParty>',
         '    <cac:ContractingPartyType><cbc:PartyTypeCode listName="buyer-legal-type">body-pl-la</cbc:PartyTypeCode></cac:ContractingPartyType>',
         '    <cac:ContractingActivity><cbc:ActivityTypeCode listName="authority-activity">health</cbc:ActivityTypeCode></cac:ContractingActivity>',
         '    <cac:Party>',
         '      <cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>',
         '      <cac:PartyName><cbc:Name languageID="FRA">Centre hospitalier intercommunal de Vallières-Saint-Aubin</cbc:Name></cac:PartyName>',
         '    </cac:Party>',
         '  </cac:ContractingParty>',
         '  <cac:TenderingProcess>',
         '    <cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>',
         '  </cac:TenderingProcess>',
         '  <cac:ProcurementProject>',
         '    <cbc:ID>CHIVSA-2027-PROP-02</cbc:ID>',
         '    <cbc:Name languageID="FRA">Prestations de propreté et d\'entretien des sites du centre hospitalier</cbc:Name>',
         '    <cbc:Description languageID="FRA">Accords-cadres à bons de commande d\'une durée de quatre ans '
         'portant sur le bionettoyage, le nettoyage des locaux, l\'entretien des espaces verts et le nettoyage '
         'des vitres des sites de Vallières, Saint-Aubin et Le Moutier.</cbc:Description>',
         '    <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>',
         '    <cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">90911200</cbc:ItemClassificationCode></cac:MainCommodityClassification>',
         '    <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="EUR">2750000</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>',
         '  </cac:ProcurementProject>']
    for lid, letter, name, amount, strat, res, descr in D06_LOTS:
        x += ['  <cac:ProcurementProjectLot>',
              '    <cbc:ID schemeName="Lot">%s</cbc:ID>' % lid,
              '    <cac:TenderingTerms>',
              '      <cac:TendererQualificationRequest>',
              '        <cac:SpecificTendererRequirement>',
              '          <cbc:TendererRequirementTypeCode listName="reserved-procurement">%s</cbc:TendererRequirementTypeCode>' % res,
              '        </cac:SpecificTendererRequirement>',
              '      </cac:TendererQualificationRequest>']
        if descr:
            x += ['      <cac:ContractExecutionRequirement>',
                  '        <cbc:ExecutionRequirementCode listName="conditions">performance</cbc:ExecutionRequirementCode>',
                  '        <cbc:Description languageID="FRA">%s</cbc:Description>' % escape(descr),
                  '      </cac:ContractExecutionRequirement>']
        x += ['      <cac:AwardingTerms>',
              '        <cac:AwardingCriterion>']
        crits = [("price", "Prix", "50"), ("quality", "Valeur technique", "35"),
                 ("quality", "Performance environnementale des produits et des méthodes de nettoyage", "15")]
        if letter == "C":
            crits = [("price", "Prix", "60"), ("quality", "Valeur technique", "40")]
        for typ, nm, w in crits:
            x += ['          <cac:SubordinateAwardingCriterion>',
                  '            <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>',
                  '              <efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode><efbc:ParameterNumeric>%s</efbc:ParameterNumeric></efac:AwardCriterionParameter>' % w,
                  '            </efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>',
                  '            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">%s</cbc:AwardingCriterionTypeCode>' % typ,
                  '            <cbc:Name languageID="FRA">%s</cbc:Name>' % escape(nm),
                  '          </cac:SubordinateAwardingCriterion>']
        x += ['        </cac:AwardingCriterion>',
              '      </cac:AwardingTerms>',
              '    </cac:TenderingTerms>',
              '    <cac:ProcurementProject>',
              '      <cbc:ID schemeName="InternalID">%s</cbc:ID>' % letter,
              '      <cbc:Name languageID="FRA">%s</cbc:Name>' % escape(name),
              '      <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>',
              '      <cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName="strategic-procurement">%s</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>' % strat,
              '      <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="EUR">%s</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>' % amount,
              '      <cac:PlannedPeriod><cbc:DurationMeasure unitCode="MONTH">48</cbc:DurationMeasure></cac:PlannedPeriod>',
              '    </cac:ProcurementProject>',
              '  </cac:ProcurementProjectLot>']
    x.append('</ContractNotice>')
    return "\n".join(x) + "\n"


def d06():
    c = C("le Centre hospitalier intercommunal de Vallières-Saint-Aubin", "Montclar", delai=50,
          profil="la plateforme régionale de dématérialisation des achats hospitaliers")
    hdr = "CHI de Vallières-Saint-Aubin – Direction des achats – CHIVSA-2027-PROP-02"
    rc = [TITLE("Centre hospitalier intercommunal de Vallières-Saint-Aubin", "RÈGLEMENT DE LA CONSULTATION",
                "Prestations de propreté et d'entretien des sites du CHI",
                "Appel d'offres ouvert – accords-cadres à bons de commande – réf. CHIVSA-2027-PROP-02")]
    rc += A("Objet de la consultation",
            "La consultation porte sur les prestations de propreté et d'entretien des trois sites du centre "
            "hospitalier (Vallières, Saint-Aubin et Le Moutier), soit environ 41~000 m² de locaux et 6 ha "
            "d'espaces extérieurs.")
    rc += A("Allotissement",
            "Les prestations sont réparties en quatre lots désignés par une lettre :",
            ["Lot A – Bionettoyage des unités de soins et des blocs opératoires ;",
             "Lot B – Nettoyage des locaux administratifs, logistiques et de l'internat ;",
             "Lot C – Entretien des espaces verts des trois sites ;",
             "Lot D – Nettoyage des vitres et surfaces vitrées en hauteur."],
            "Les candidats peuvent soumissionner pour un ou plusieurs lots. Les offres sont examinées lot "
            "par lot.")
    rc += A("Lot réservé",
            "En application de l'article L.2113-12 du code de la commande publique, le lot C est réservé aux "
            "entreprises adaptées, aux établissements et services d'aide par le travail et aux structures "
            "équivalentes, employant au moins 50 % de travailleurs handicapés. Les candidats au lot C "
            "joignent à leur candidature le justificatif de leur statut.")
    rc += A("Durée et valeur estimée",
            "Chaque accord-cadre est conclu pour une durée ferme de quatre ans. La valeur totale estimée des "
            "quatre lots sur cette durée est de 2~750~000 € HT.")
    rc += A("Condition sociale d'exécution",
            "Le lot A comporte une clause sociale d'insertion dont les modalités sont définies à l'article 10 "
            "du CCAP ; le volume d'heures est indiqué dans l'acte d'engagement du lot.")
    rc += R_candidature(c, 0) + R_offre(c, 1, "le bordereau des prix unitaires, le détail quantitatif estimatif")
    rc += A("Jugement des offres",
            "Pour les lots A, B et D, les offres sont jugées selon les critères suivants :",
            ["prix (50 %), apprécié sur le détail quantitatif estimatif ;",
             "valeur technique (35 %) : organisation, encadrement, plan de contrôle qualité ;",
             "performance environnementale des produits et des méthodes de nettoyage (15 %) : part de "
             "produits écolabellisés, recours à la microfibre et à la vapeur, systèmes de dosage automatique."],
            "Pour le lot C, les critères sont le prix (60 %) et la valeur technique (40 %).")
    rc += R_validite(c, 0, 180) + R_recours(c, 1)

    ccap = [TITLE("CHI de Vallières-Saint-Aubin", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Prestations de propreté et d'entretien des sites – CHIVSA-2027-PROP-02",
                  "Lots A, B, C et D")]
    ccap += A("Objet",
              "Le présent CCAP est commun aux quatre lots de la consultation. Chaque lot donne lieu à un "
              "accord-cadre mono-attributaire exécuté par bons de commande, conformément aux articles "
              "R.2162-2 et R.2162-13 du code de la commande publique.")
    ccap += F_pieces(c, 0, prix="le bordereau des prix unitaires (BPU)")
    ccap += A("Durée",
              "Les accords-cadres sont conclus pour quatre ans à compter du 1er septembre 2027, sans "
              "reconduction.")
    ccap += [H("Article 4 – Montants"),
             P("Chaque accord-cadre est conclu sans minimum et avec un montant maximum fixé pour sa durée "
               "totale :"),
             TAB([("Lot", "Montant maximum sur 4 ans (€ HT)"),
                  ("A", "2~400~000"), ("B", "640~000"), ("C", "180~000"), ("D", "220~000")],
                 widths=[0.4, 0.6], align="lr"),
             P("Le lot C étant réservé, son titulaire ne peut sous-traiter plus de 50 % du montant des "
               "prestations à une entreprise qui ne relève pas de l'article L.2113-12 du code de la commande "
               "publique.")]
    ccap += F_prix(c, 1, "ICHTrev-TS « nettoyage »")
    ccap += F_paiement(c, 2) + F_penal_retard(c, 1)
    ccap += A("Continuité du service",
              "En cas de grève ou d'absence de personnel, le titulaire assure un service minimum dans les "
              "blocs opératoires, les urgences et la réanimation. Les prestations non réalisées ne sont pas "
              "payées.")
    ccap += A("Personnel du titulaire",
              "Le titulaire reprend le personnel affecté au marché dans les conditions prévues par la "
              "convention collective nationale des entreprises de propreté. La liste nominative des agents "
              "est transmise avant le démarrage et mise à jour à chaque changement.")
    ccap += [H("Article 10 – Clause sociale d'insertion (lot A)"),
             P("Le titulaire du lot A réalise une action d'insertion en faveur de personnes éloignées de "
               "l'emploi, dont le volume horaire est celui inscrit à l'acte d'engagement du lot. Il peut "
               "recruter directement ces personnes, recourir à la mise à disposition par une ETTI ou une "
               "association intermédiaire, ou sous-traiter une partie des prestations à une entreprise "
               "d'insertion."),
             P("Le titulaire transmet tous les six mois à la direction des achats un état des heures "
               "réalisées, validé par le facilitateur du PLIE. Une pénalité de 30 € HT est appliquée par "
               "heure non réalisée à l'échéance de l'accord-cadre.")]
    ccap += F_assurances(c, 2) + F_rgpd(c, 1) + F_resiliation(c, 0) + F_litiges(c, 2)

    cctp = [TITLE("CHI de Vallières-Saint-Aubin", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Lot A – Bionettoyage des unités de soins et des blocs opératoires")]
    cctp += A("Périmètre du lot A",
              "Le lot A couvre les 14 unités d'hospitalisation, les 6 salles du bloc opératoire, la salle de "
              "surveillance post-interventionnelle, les urgences et les consultations externes, soit 18~600 "
              "m² répartis en quatre zones de risque infectieux.")
    cctp += T_generalites(c, 1) + T_securite(c, 1)
    cctp += A("Horaires d'intervention",
              "Les prestations quotidiennes sont réalisées entre 6 h et 13 h dans les unités de soins, et "
              "entre 19 h et 23 h au bloc opératoire. Le bionettoyage des chambres après sortie d'un patient "
              "est réalisé dans un délai de 2 heures après l'appel du cadre de santé.")
    cctp += A("Formation du personnel",
              "Chaque agent affecté au lot A suit, avant sa prise de poste, une formation de 14 heures au "
              "bionettoyage et aux précautions standard, dispensée en lien avec l'équipe opérationnelle "
              "d'hygiène. Une formation continue de 21 heures par an et par agent est ensuite assurée par le "
              "titulaire ; les feuilles d'émargement sont transmises au CHI.")
    cctp += A("Produits et matériels",
              "Les produits détergents et détergents-désinfectants utilisés sont conformes aux normes EN "
              "14476 et EN 13727. Hors zones à très haut risque, les produits d'entretien courant sont "
              "titulaires de l'Écolabel européen ou d'un label équivalent. Le titulaire privilégie les "
              "techniques de nettoyage à la vapeur et la microfibre pré-imprégnée, et utilise des centrales "
              "de dosage afin de limiter la consommation de produits. Les emballages vides sont repris par "
              "le titulaire.")
    cctp += A("Contrôle de la qualité",
              "Des contrôles contradictoires sont réalisés mensuellement selon la méthode de la norme NF EN "
              "13549, avec prélèvements microbiologiques trimestriels au bloc opératoire. Un taux de "
              "conformité inférieur à 90 % entraîne un plan d'action sous huit jours.")

    ae = [TITLE("Centre hospitalier intercommunal de Vallières-Saint-Aubin", "ACTE D'ENGAGEMENT",
                "CHIVSA-2027-PROP-02 – Lot A : Bionettoyage des unités de soins et des blocs opératoires")]
    ae += [H("A. Objet"),
           P("Accord-cadre à bons de commande portant sur le bionettoyage des unités de soins et des blocs "
             "opératoires (lot A), pour une durée de quatre ans."),
           H("B. Titulaire"),
           TAB([("Dénomination", ""), ("Forme juridique", ""), ("SIRET", ""), ("Adresse", ""),
                ("Nom et qualité du signataire", "")], header=False, widths=[0.4, 0.6]),
           H("C. Prix et montants"),
           P("Les prestations sont rémunérées par application des prix unitaires du BPU du lot A. "
             "L'accord-cadre est conclu sans minimum ; son montant maximum est de 2~400~000 € HT pour la "
             "durée totale de quatre ans."),
           H("D. Engagement d'insertion"),
           P("Conformément à l'article 10 du CCAP, le titulaire s'engage à réserver 1~500 heures de travail "
             "à des personnes rencontrant des difficultés d'accès à l'emploi, sur la durée totale de "
             "l'accord-cadre."),
           P("Modalité(s) retenue(s) : ☐ recrutement direct ☐ mise à disposition ☐ sous-traitance à une "
             "entreprise d'insertion"),
           H("E. Délai de paiement"),
           P("Le délai global de paiement est de 50 jours (article R.2192-11 du code de la commande publique)."),
           H("F. Signature du titulaire"),
           P("À ……………………, le ……………………"),
           H("G. Acceptation de l'offre"),
           P("Le Directeur du centre hospitalier intercommunal, ……………………")]

    pieces = [
        PIECE("RC_CHIVSA-2027-PROP-02.docx", "RC", hdr, "RC", rc,
              L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-12",
                critere_environnemental=1, allotissement=1, nb_lots=4, montant_estime_ht=2750000,
                evidence=["réparties en quatre lots désignés par une lettre",
                          "article L.2113-12 du code de la commande publique, le lot C est réservé",
                          "sur cette durée est de 2 750 000 € HT",
                          "Le lot A comporte une clause sociale d'insertion",
                          "performance environnementale des produits et des méthodes de nettoyage (15 %)"])),
        PIECE("CCAP_CHIVSA-2027-PROP-02.pdf", "CCAP", hdr, "CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-12",
                allotissement=1, nb_lots=4, montant_max_ht=3440000,
                evidence=["commun aux quatre lots", "Montant maximum sur 4 ans (€ HT)",
                          "[2 400 000 + 640 000 + 180 000 + 220 000 = 3 440 000]",
                          "Le lot C étant réservé",
                          "Le titulaire du lot A réalise une action d'insertion"]),
              hyphen=True),
        PIECE("CCTP_lotA.pdf", "CCTP", hdr, "CCTP lot A", cctp,
              L(clause_environnementale=1, allotissement=1,
                evidence=["Le lot A couvre les 14 unités",
                          "titulaires de l'Écolabel européen ou d'un label équivalent"]),
              hyphen=True),
        PIECE("AE_lotA.docx", "AE", hdr, "AE lot A", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1500, allotissement=1,
                montant_max_ht=2400000,
                evidence=["Lot A : Bionettoyage", "son montant maximum est de 2 400 000 € HT",
                          "s'engage à réserver 1 500 heures de travail"])),
        XMLPIECE("avis_eforms.xml", "AVIS", d06_xml(),
                 L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-12",
                   critere_environnemental=1, allotissement=1, nb_lots=4, montant_estime_ht=2750000,
                   evidence=["LOT-0004", "[quatre ProcurementProjectLot]", "2750000",
                             "Clause sociale d'insertion : le volume d'heures est fixé",
                             "(article L. 2113-12 du code de la commande publique)",
                             "Performance environnementale des produits et des méthodes de nettoyage"])),
    ]
    return dict(id="d06", title="CHI de Vallières-Saint-Aubin – propreté des sites (lots A à D, lot C réservé "
                "EA/ESAT, heures d'insertion dans l'AE du lot A seulement, avis eForms)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale",
                     "critere_environnemental"],
                values=V(heures_insertion=1500, allotissement=1, nb_lots=4, montant_estime_ht=2750000,
                         montant_max_ht=3440000, reserve_base="L2113-12"),
                note="Lots désignés par des lettres A à D (LOT-0001 à LOT-0004 dans l'avis eForms). Heures : seul l'AE "
                     "du lot A donne 1 500 h ; RC et CCAP renvoient à l'AE. Maximum : tableau du CCAP par lot sur "
                     "quatre ans, sans total : 3 440 000 € HT (calculé) ; AE du lot A seul : 2 400 000. Estimation "
                     "2 750 000 € HT (RC, avis ; l'avis donne aussi les lots). Réservation du lot C, article "
                     "L.2113-12 cité. Pièges : formation de 14 heures et de 21 heures par an des agents, délai de 2 "
                     "heures, 6 h – 13 h, 50 % (part de travailleurs handicapés ; sous-traitance), 50 jours.")


# ============================================================================= d07
def d07():
    c = C("l'Université Rives-de-Loue", "Loue-la-Vieille", ccag="travaux", delai=30,
          profil="la plateforme des achats de l'enseignement supérieur utilisée par l'Université")
    hdr = "Université Rives-de-Loue – Rénovation du bâtiment C (sciences) – Marché URL-2027-TX-09"
    lots = [("1", "Désamiantage – curage", "310~000"),
            ("2", "Gros œuvre – démolitions – reprises structurelles", "1~080~000"),
            ("3", "Étanchéité – couverture – désenfumage", "365~000"),
            ("4a", "Menuiseries extérieures aluminium", "540~000"),
            ("4b", "Occultations – protections solaires", "155~000"),
            ("5", "Plâtrerie – faux plafonds – peinture", "470~000"),
            ("6", "Chauffage – ventilation – plomberie", "720~000"),
            ("7", "Électricité – courants faibles – SSI", "480~000")]
    rc = [TITLE("UNIVERSITÉ RIVES-DE-LOUE – Direction du patrimoine immobilier",
                "RÈGLEMENT DE LA CONSULTATION",
                "Rénovation énergétique et mise en accessibilité du bâtiment C (sciences)",
                "Procédure adaptée – articles L.2123-1 et R.2123-1 1° du CCP – URL-2027-TX-09")]
    rc += A("Objet",
            "Le marché porte sur la rénovation énergétique, le désamiantage et la mise en accessibilité du "
            "bâtiment C du campus de la Loue (5~800 m² de surface de plancher, R+3, construit en 1968), en "
            "site partiellement occupé par les laboratoires du rez-de-chaussée.")
    rc += [H("Article # – Allotissement"),
           P("Les travaux sont dévolus par lots séparés. Le lot 4 est scindé en deux sous-lots, 4a et 4b, qui "
             "constituent chacun un lot à part entière, faisant l'objet d'une offre et d'un marché distincts. "
             "La consultation compte donc huit lots :"),
           RTAB([("Lot", "Désignation", "Estimation HT")] + lots,
                widths=[0.1, 0.66, 0.24], align="llr"),
           P("Le montant total estimé des travaux s'élève à 4~120~000 € HT. Un candidat peut remettre une "
             "offre pour plusieurs lots ; les sous-lots 4a et 4b peuvent être attribués à des entreprises "
             "différentes.")]
    rc += A("Délai global",
            "Le délai global d'exécution est de onze mois, période de préparation de deux mois comprise. "
            "Les travaux de désamiantage (lot 1) sont réalisés pendant la fermeture estivale.")
    rc += A("Clause d'insertion",
            "Les marchés des lots 2 et 4a comportent une clause d'insertion par l'activité économique "
            "exprimée en pourcentage des heures de main-d'œuvre du lot ; voir l'article 7 du CCAP.")
    rc += R_retrait(c, 0) + R_candidature(c, 1) + R_offre(c, 0)
    rc += A("Critères de jugement",
            "Les offres sont appréciées lot par lot au regard des critères suivants : prix (60 %) ; valeur "
            "technique (30 %) ; performance environnementale du chantier (10 %), appréciée sur les "
            "dispositions de tri et de traçabilité des déchets, notamment amiantés, et sur le taux de "
            "réemploi ou de valorisation des matériaux déposés proposé par le candidat.")
    rc += R_negociation(c, 1) + R_renseignements(c, 0, 10) + R_depot(c, 1, "26 mars 2027 à 12 h 00") + R_recours(c, 0)

    ccap = [TITLE("Université Rives-de-Loue", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Rénovation du bâtiment C (sciences) – URL-2027-TX-09")]
    ccap += A("Objet et décomposition",
              "Le présent CCAP s'applique à chacun des marchés de la consultation, qui comprend huit lots, "
              "le lot 4 étant divisé en deux sous-lots (4a et 4b) attribués séparément.")
    ccap += F_pieces(c, 1, prix="la DPGF")
    ccap += F_prix(c, 0, "BT01")
    ccap += A("Délais",
              "Le délai global est de onze mois. Les coupures d'électricité nécessaires au basculement des "
              "tableaux sont limitées à 6 heures et programmées un samedi, avec un préavis de quinze jours "
              "aux laboratoires.")
    ccap += F_avance(c, 1, "10~%") + F_retenue(c, 0)
    ccap += [H("Article 7 – Clause d'insertion par l'activité économique"),
             P("Les titulaires des lots 2 et 4a réservent aux personnes éloignées de l'emploi une part des "
               "heures de main-d'œuvre nécessaires à l'exécution de leur lot, fixée comme suit :"),
             LST(["lot 2 (gros œuvre) : 7 % des heures de main-d'œuvre du lot, estimées par le maître "
                  "d'œuvre à 9~000 heures ;",
                  "sous-lot 4a (menuiseries aluminium) : 5 % des heures de main-d'œuvre, estimées à 2~400 "
                  "heures, la fabrication en atelier étant exclue de l'assiette."]),
             P("Les heures sont réalisées par embauche directe, mise à disposition (ETTI, AI, GEIQ) ou "
               "sous-traitance à une SIAE. Le suivi est assuré par le service emploi-insertion de la "
               "Communauté urbaine de la Loue. Une pénalité de 55 € HT est appliquée par heure non réalisée.")]
    ccap += A("Gestion des déchets et des matériaux",
              "Les titulaires trient leurs déchets par nature dans les bennes de la zone de tri commune. Les "
              "déchets contenant de l'amiante sont conditionnés et éliminés selon la réglementation, avec "
              "bordereau BSDA. Les radiateurs en fonte et les portes intérieures en bon état sont déposés "
              "avec soin et remis à la plateforme de réemploi désignée par l'Université.")
    ccap += F_penal_retard(c, 0) + F_sous_traitance(c, 0) + F_assurances(c, 1) + F_litiges(c, 0)

    cctp = [TITLE("Université Rives-de-Loue – Bâtiment C", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Sous-lot 4b – Occultations et protections solaires")]
    cctp += A("Objet du sous-lot 4b",
              "Le sous-lot 4b comprend la fourniture et la pose de 212 stores extérieurs à lames orientables "
              "motorisés en façades sud et ouest, de 46 stores intérieurs occultants dans les salles de "
              "travaux pratiques et de leur commande centralisée.",
              "Les coffres et coulisses sont coordonnés avec le titulaire du sous-lot 4a (menuiseries "
              "aluminium), qui réserve les feuillures et les passages de câbles.")
    cctp += T_generalites(c, 0) + T_execution(c, 0)
    cctp += A("Caractéristiques des stores extérieurs",
              ["lames aluminium laquées de 80 mm, résistance au vent classe 5 selon NF EN 13659 ;",
               "moteurs radio 230 V avec fin de course électronique ;",
               "automatisme par station météorologique (vent, ensoleillement) et commande locale par salle ;",
               "facteur solaire gtot au plus égal à 0,10 en position fermée."])
    cctp += A("Stores intérieurs",
              "Toile occultante de classe 4 selon NF EN 14501, classée M1. Les toiles sont recyclables et le "
              "fabricant assure la reprise des chutes de confection.")
    cctp += A("Dépose des ouvrages existants",
              "Les 180 stores vénitiens existants sont déposés, triés (aluminium, textile, mécanismes) et "
              "évacués vers des filières de recyclage ; le titulaire remet les bons de pesée correspondants.")
    cctp += A("Essais et réception",
              "Chaque store est manœuvré cinq fois. La commande centralisée est testée pendant 2 heures en "
              "présence de l'exploitant, avec simulation d'une alerte vent. Le dossier des ouvrages exécutés "
              "comprend les notices et la programmation de l'automate.")
    cctp += T_execution(c, 2)

    dpgf = [TITLE("Université Rives-de-Loue – URL-2027-TX-09", "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE",
                  "Lot 2 – Gros œuvre – démolitions – reprises structurelles"),
            TAB([("N°", "Désignation des ouvrages", "Unité", "Quantité", "Prix unitaire", "Total HT"),
                 ("2.1", "Installation de chantier, clôtures, base vie", "ft", "1", "", ""),
                 ("2.2", "Démolition des cloisons maçonnées", "m²", "640", "", ""),
                 ("2.3", "Création de trémies dans dalles béton armé", "u", "14", "", ""),
                 ("2.4", "Reprises en sous-œuvre, ascenseur", "ft", "1", "", ""),
                 ("2.5", "Fosse d'ascenseur en béton armé", "ft", "1", "", ""),
                 ("2.6", "Rampes d'accès PMR, béton désactivé", "m²", "85", "", ""),
                 ("2.7", "Renforcement de poutres par tissus carbone", "ml", "36", "", ""),
                 ("2.8", "Main-d'œuvre en régie (pour mémoire)", "h", "60", "", ""),
                 ("2.9", "Évacuation des gravats triés", "t", "210", "", "")]),
            P("Montant total HT : ………………  TVA 20 % : ………………  Montant TTC : ………………"),
            P("Les quantités sont indicatives ; l'entreprise reste responsable de leur vérification.")]

    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE – TRAVAUX", "Université Rives-de-Loue"),
            P("Nom et adresse de l'acheteur : Université Rives-de-Loue, Direction du patrimoine immobilier, "
              "12 quai des Tanneurs, Loue-la-Vieille."),
            P("Objet : rénovation énergétique et mise en accessibilité du bâtiment C (sciences)."),
            P("Type de procédure : procédure adaptée ouverte."),
            P("Valeur estimée (HT) : 4~120~000 euros."),
            P("Description des lots :"),
            LST(["Lot 1 : désamiantage – curage",
                 "Lot 2 : gros œuvre – démolitions",
                 "Lot 3 : étanchéité – couverture",
                 "Lot 4a : menuiseries extérieures aluminium",
                 "Lot 4b : occultations – protections solaires",
                 "Lot 5 : plâtrerie – faux plafonds – peinture",
                 "Lot 6 : chauffage – ventilation – plomberie",
                 "Lot 7 : électricité – courants faibles – SSI"]),
            P("Conditions particulières d'exécution : clause d'insertion pour les lots 2 et 4a, exprimée en "
              "pourcentage des heures de main-d'œuvre (7 % et 5 %)."),
            P("Critères d'attribution : prix 60 % ; valeur technique 30 % ; performance environnementale du "
              "chantier 10 %."),
            P("Date limite de réception des offres : 26 mars 2027, 12 h 00."),
            P("Instance chargée des procédures de recours : tribunal administratif de Loue-la-Vieille.")]

    pieces = [
        PIECE("RC_URL-2027-TX-09.pdf", "RC", hdr, "Règlement de la consultation", rc,
              L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=8,
                montant_estime_ht=4120000,
                evidence=["La consultation compte donc huit lots", "s'élève à 4 120 000 € HT",
                          "Les marchés des lots 2 et 4a comportent une clause d'insertion",
                          "performance environnementale du chantier (10 %)"]),
              hyphen=True),
        PIECE("CCAP_URL-2027-TX-09.pdf", "CCAP", hdr, "CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=750, clause_environnementale=1,
                allotissement=1, nb_lots=8,
                evidence=["qui comprend huit lots", "7 % des heures de main-d'œuvre du lot, estimées",
                          "à 9 000 heures", "5 % des heures de main-d'œuvre, estimées à 2 400",
                          "[7 % x 9 000 = 630 ; 5 % x 2 400 = 120 ; 630 + 120 = 750]",
                          "Les titulaires trient leurs déchets par nature"])),
        PIECE("CCTP_lot4b.pdf", "CCTP", hdr, "CCTP sous-lot 4b", cctp,
              L(clause_environnementale=1, allotissement=1,
                evidence=["Le sous-lot 4b comprend", "évacués vers des filières de recyclage"]),
              cols=2, hyphen=True),
        PIECE("DPGF_lot2.docx", "DPGF", hdr, "DPGF lot 2", dpgf,
              L(allotissement=1, evidence=["Lot 2 – Gros œuvre – démolitions – reprises structurelles"])),
        PIECE("avis_AAPC.txt", "AVIS", hdr, "", avis,
              L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=8,
                montant_estime_ht=4120000,
                evidence=["Lot 4a : menuiseries", "Lot 4b : occultations", "Lot 7 : électricité",
                          "[lots 1, 2, 3, 4a, 4b, 5, 6, 7 = 8]", "Valeur estimée (HT) : 4 120 000 euros",
                          "clause d'insertion pour les lots 2 et 4a",
                          "performance environnementale du chantier 10 %"])),
    ]
    return dict(id="d07", title="Université Rives-de-Loue – rénovation du bâtiment C (sous-lots 4a/4b comptés "
                "comme lots, insertion en pourcentage d'heures de main-d'œuvre sans résultat écrit)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=750, allotissement=1, nb_lots=8, montant_estime_ht=4120000),
                note="Lots : 1, 2, 3, 4a, 4b, 5, 6, 7 = huit lots (écrit dans le RC et le CCAP ; le plus grand numéro "
                     "est 7). Heures : le CCAP donne 7 % de 9 000 h (lot 2) et 5 % de 2 400 h (sous-lot 4a) sans "
                     "écrire le résultat : 630 + 120 = 750 (calcul de l'annotateur, choix documenté dans le "
                     "README) ; l'avis donne les pourcentages sans la base (heures vides). Pièges : 6 heures de "
                     "coupure, essais de 2 heures, 60 h de régie, 212 et 46 stores, 5 800 m².")


# ============================================================================= d08
def d08():
    c = C("le Syndicat mixte des eaux de la Vère et du Causse", "Montclar", ccag="travaux", delai=30,
          profil="le profil d'acheteur du Syndicat")
    hdr = "SMEVC – Renouvellement de réseaux d'eau potable – Relance 2027-02 (lots 2 et 5)"
    rc = [TITLE("SYNDICAT MIXTE DES EAUX DE LA VÈRE ET DU CAUSSE (SMEVC)", "RÈGLEMENT DE LA CONSULTATION",
                "Renouvellement de conduites d'eau potable – programme 2026-2027",
                "RELANCE DES LOTS 2 ET 5 – consultation n° 2027-02 – procédure adaptée")]
    rc += A("Objet – historique de la procédure",
            "Par une consultation n° 2026-07 lancée en octobre 2026, le Syndicat a mis en concurrence le "
            "renouvellement de ses conduites d'eau potable en cinq lots géographiques, pour lesquels 1~300 "
            "heures d'insertion étaient prévues au total. Les lots 1, 3 et 4 ont été attribués. Les lots 2 et 5 "
            "ont été déclarés infructueux, faute d'offre acceptable.",
            "La présente consultation, qui porte sur la relance de ces deux lots, comporte deux lots. La "
            "numérotation initiale est conservée : lot 2 et lot 5. Les pièces techniques ont été mises à jour.")
    rc += [H("Article # – Contenu des lots"),
           TAB([("Lot", "Secteur", "Linéaire (ml)", "Heures d'insertion", "Estimation HT"),
                ("2", "Vallée de la Vère – communes de Sarrans et de Pont-Vieux", "4~120", "300", "640~000 €"),
                ("5", "Causse de Brameloup – hameaux du plateau", "2~850", "180", "385~000 €")],
               widths=[0.07, 0.41, 0.15, 0.17, 0.2], align="llrrr"),
           P("Le montant total estimé de la présente consultation est de 1~025~000 € HT. Un candidat peut "
             "répondre à l'un des deux lots ou aux deux.")]
    rc += A("Délai d'exécution",
            "Le délai d'exécution est de cinq mois par lot, hors période de préparation d'un mois. Les "
            "travaux des deux lots peuvent être menés simultanément.")
    rc += A("Insertion professionnelle",
            "Les titulaires sont tenus de réaliser les heures d'insertion indiquées au tableau ci-dessus, "
            "dans les conditions de l'article 8 du CCAP, au bénéfice de personnes éloignées de l'emploi.")
    rc += R_candidature(c, 2) + R_offre(c, 0)
    rc += A("Critères d'attribution",
            "Les offres sont jugées lot par lot sur les critères suivants :",
            ["prix : 55 % ;",
             "valeur technique : 45 %, dont méthodologie et phasage (20 %), moyens (15 %) et gestion "
             "environnementale du chantier et des déblais (10 %)."])
    rc += R_negociation(c, 0) + R_depot(c, 0, "22 février 2027 à 12 heures") + R_recours(c, 1)

    ccap = [TITLE("SMEVC", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Renouvellement de conduites d'eau potable – relance des lots 2 et 5 (consultation 2027-02)")]
    ccap += A("Objet du marché",
              "Le présent CCAP régit les marchés de travaux des lots 2 (vallée de la Vère) et 5 (causse de "
              "Brameloup), relancés après déclaration d'infructuosité. Chacun des deux lots fait l'objet d'un "
              "marché distinct.")
    ccap += F_pieces(c, 0, prix="le bordereau des prix et le détail estimatif")
    ccap += F_prix(c, 1, "TP10a")
    ccap += A("Délais et contraintes d'exploitation",
              "Le délai d'exécution de chaque lot est de cinq mois. Les coupures d'eau nécessaires aux "
              "raccordements sont limitées à 4 heures et annoncées aux abonnés au moins 48 heures à l'avance "
              "par avis déposé dans les boîtes aux lettres.",
              "Les essais de pression de chaque tronçon sont réalisés pendant 2 heures à 1,5 fois la pression "
              "de service, en présence du représentant du Syndicat.")
    ccap += F_avance(c, 0) + F_retenue(c, 1) + F_penal_retard(c, 2)
    ccap += [H("Article 8 – Action d'insertion"),
             P("En application de l'article L.2112-2 du code de la commande publique, le titulaire réalise "
               "une action d'insertion au profit de personnes rencontrant des difficultés sociales ou "
               "professionnelles. Le volume minimal est de 300 heures pour le lot 2 et de 180 heures pour "
               "le lot 5."),
             P("Ces heures peuvent être réalisées par embauche directe, par mise à disposition par une ETTI "
               "ou une association intermédiaire, ou par sous-traitance à un chantier d'insertion pour les "
               "travaux de remise en état des accotements. Le facilitateur du PLIE du Pays de la Vère "
               "contrôle leur réalisation. La pénalité est de 50 € HT par heure non réalisée.")]
    ccap += A("Déblais et matériaux",
              "Les déblais sont réutilisés en remblai de tranchée apres contrôle de leur aptitude. Les "
              "déblais excédentaires sont évacués vers une plateforme de valorisation ; leur mise en "
              "installation de stockage n'est admise que sur justification. Les conduites déposées en fonte "
              "et en acier sont remises à un ferrailleur ; les tronçons en amiante-ciment laissés en place "
              "sont obturés et repérés.")
    ccap += F_sous_traitance(c, 1) + F_assurances(c, 0) + F_litiges(c, 1)

    cctp = [TITLE("SMEVC – Relance 2027-02", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Lot 5 – Causse de Brameloup – hameaux du plateau")]
    cctp += A("Consistance des travaux",
              "Le lot 5 comprend le renouvellement de 2~850 mètres de conduite en fonte ductile DN 150 et DN "
              "100, la reprise de 38 branchements, la pose de 4 poteaux d'incendie et de 6 vannes de "
              "sectionnement, entre les hameaux de La Roque-Haute, Mas-Fraysse et Brameloup.")
    cctp += T_generalites(c, 1) + T_execution(c, 1) + T_securite(c, 0)
    cctp += A("Matériaux",
              "Les tuyaux en fonte ductile sont conformes à la norme NF EN 545, à joints verrouillés dans les "
              "pentes supérieures à 10 %. Les branchements sont réalisés en PEHD PN 16 avec regard de "
              "comptage en limite de propriété.")
    cctp += A("Terrassements",
              "Les tranchées sont ouvertes au trancheur ou au brise-roche hydraulique. Les déblais "
              "rocheux sont concassés sur place pour être réemployés en lit de pose ou en remblai ; aucun "
              "apport de matériau de carrière n'est accepté lorsque les déblais concassés conviennent.")
    cctp += A("Continuité du service",
              "Les abonnés sont alimentés par un réseau provisoire pendant les travaux. Une coupure ne "
              "dépasse pas 4 heures. Les interventions sur le réseau sont interdites entre 18 h et 8 h, sauf "
              "urgence.")
    cctp += A("Essais et désinfection",
              "Chaque tronçon fait l'objet d'un essai de pression de 2 heures, puis d'une désinfection et "
              "d'une analyse bactériologique par un laboratoire agréé avant mise en service.")
    cctp += T_execution(c, 2)

    ae = [TITLE("SMEVC – consultation 2027-02", "ACTE D'ENGAGEMENT",
                "Lot 2 – Vallée de la Vère (relance après infructuosité)")]
    ae += [H("1. Objet"),
           P("Renouvellement de 4~120 mètres linéaires de conduites d'eau potable dans la vallée de la Vère "
             "(communes de Sarrans et de Pont-Vieux) – lot 2 de la consultation 2027-02."),
           H("2. Engagement du candidat"),
           P("Je soussigné ……………………………, représentant de l'entreprise ……………………………, m'engage à exécuter "
             "les travaux du lot 2 conformément aux pièces du marché, pour le montant du détail estimatif "
             "de mon offre, soit ……………………… € HT."),
           H("3. Délai"),
           P("Cinq mois à compter de l'ordre de service de démarrage des travaux."),
           H("4. Insertion"),
           P("Je m'engage à réaliser, au titre de l'article 8 du CCAP, 300 heures de travail au bénéfice de "
             "personnes éloignées de l'emploi pendant l'exécution du lot 2."),
           H("5. Signature"),
           P("Fait à ……………………, le ……………………"),
           P("Pour le Syndicat, le Président : ……………………")]

    pieces = [
        PIECE("RC_relance_2027-02.pdf", "RC", hdr, "RC – relance 2027-02", rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=480, critere_environnemental=1,
                allotissement=1, nb_lots=2, montant_estime_ht=1025000,
                evidence=["qui porte sur la relance de ces deux lots, comporte deux lots",
                          "[tableau : lot 2 300 h + lot 5 180 h = 480]",
                          "Le montant total estimé de la présente consultation est de 1 025 000 € HT",
                          "gestion environnementale du chantier et des déblais (10 %)"]),
              hyphen=True),
        PIECE("CCAP_relance_2027-02.pdf", "CCAP", hdr, "CCAP – relance 2027-02", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=480, clause_environnementale=1,
                allotissement=1, nb_lots=2,
                evidence=["Chacun des deux lots fait l'objet d'un marché distinct",
                          "300 heures pour le lot 2 et de 180 heures pour le lot 5", "[300 + 180 = 480]",
                          "évacués vers une plateforme de valorisation"]),
              cols=2, hyphen=True),
        PIECE("CCTP_lot5.pdf", "CCTP", hdr, "CCTP lot 5", cctp,
              L(clause_environnementale=1, allotissement=1,
                evidence=["Le lot 5 comprend le renouvellement",
                          "Les déblais rocheux sont concassés sur place pour être réemployés"])),
        PIECE("AE_lot2.docx", "AE", hdr, "AE lot 2", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=300, allotissement=1,
                evidence=["Lot 2 – Vallée de la Vère",
                          "300 heures de travail au bénéfice de personnes éloignées de l'emploi"])),
    ]
    return dict(id="d08", title="SMEVC – relance de deux lots déclarés infructueux (numéros 2 et 5 conservés, "
                "historique à cinq lots et 1 300 heures)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=480, allotissement=1, nb_lots=2, montant_estime_ht=1025000),
                note="Relance après infructuosité : la consultation présente comporte deux lots (numéros 2 et 5 conservés) ; "
                     "l'historique cite la consultation initiale à cinq lots et 1 300 heures (pièges). Choix "
                     "documenté : nb_lots = lots de la consultation relancée. Heures : tableau du RC (colonne "
                     "linéaire en mètres juste avant les heures) 300 + 180 = 480, confirmé par le CCAP. Pièges : "
                     "4 heures, 48 heures, essais de 2 heures, 4 120 et 2 850 ml, 38 branchements.")


# ============================================================================= d09
def d09():
    c = C("la Communauté de communes du Pays de Serves", "Vernières", ccag="travaux", delai=30,
          profil="le profil d'acheteur mutualisé des collectivités du département")
    hdr = "CC du Pays de Serves – Maison de santé pluriprofessionnelle de Serves-le-Bourg – CCPS-2027-03"
    lots = [("1", "Gros œuvre – VRD"),
            ("2", "Charpente – ossature bois – bardage"),
            ("3", "Couverture – étanchéité"),
            ("4", "Menuiseries intérieures – cloisons – plafonds"),
            ("5", "Électricité – chauffage – ventilation – plomberie"),
            ("6", "Revêtements de sols – peinture"),
            ("7", "Équipements médicaux fixes (fauteuil dentaire, bras de consultation)")]
    avis = [TITLE("AVIS DE MARCHÉ", "Directive 2014/24/UE – Travaux"),
            H("Section I : Pouvoir adjudicateur"),
            P("I.1) Nom et adresses : Communauté de communes du Pays de Serves, 4 rue de la Halle, Serves-le-Bourg. "
              "Point(s) de contact : service commande publique. Courriel : marches@ccps.example"),
            P("I.4) Type de pouvoir adjudicateur : autorité régionale ou locale."),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : Construction d'une maison de santé pluriprofessionnelle à Serves-le-Bourg. "
              "Numéro de référence : CCPS-2027-03"),
            P("II.1.2) Code CPV principal : 45215100"),
            P("II.1.3) Type de marché : travaux"),
            P("II.1.4) Description succincte : construction d'un bâtiment de 1~150 m² en ossature bois "
              "accueillant 14 cabinets de consultation, un cabinet dentaire et un local de télémédecine."),
            P("II.1.5) Valeur totale estimée : valeur hors TVA : 2~310~000 EUR"),
            P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Des offres peuvent être "
              "soumises pour tous les lots."),
            P("II.2) Description :")]
    for n, t in lots:
        avis.append(P("Lot n° %s – %s" % (n, t)))
    avis += [P("II.2.5) Critères d'attribution (tous lots) : critère de qualité : valeur technique / "
               "pondération : 30 ; critère de qualité : performance environnementale (origine des bois, "
               "bilan carbone des matériaux) / pondération : 10 ; prix / pondération : 60"),
             P("II.2.7) Durée du marché : 14 mois."),
             H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
             P("III.1.5) Informations sur les marchés réservés : néant."),
             P("III.2.2) Conditions particulières d'exécution : voir VI.3."),
             H("Section IV : Procédure"),
             P("IV.1.1) Type de procédure : procédure adaptée ouverte."),
             P("IV.2.2) Date limite de réception des offres : 30/04/2027 à 12:00"),
             H("Section VI : Renseignements complémentaires"),
             P("VI.3) Informations complémentaires : les lots 1, 2 et 4 comportent une clause sociale "
               "d'insertion. Volumes d'heures d'insertion : lot 1 : 350 heures ; lot 2 : 210 heures ; lot 4 : "
               "90 heures. Facilitateur : Maison de l'emploi du Serves, M. Joris Lemaître. Visite du site "
               "libre. Le DCE est téléchargeable gratuitement sur le profil d'acheteur."),
             P("VI.4.1) Instance chargée des procédures de recours : tribunal administratif de Vernières."),
             P("VI.5) Date d'envoi du présent avis : 24/03/2027")]

    rc = [TITLE("Communauté de communes du Pays de Serves", "RÈGLEMENT DE LA CONSULTATION",
                "Construction d'une maison de santé pluriprofessionnelle à Serves-le-Bourg",
                "Procédure adaptée – CCPS-2027-03")]
    rc += A("Objet",
            "La consultation porte sur la construction d'une maison de santé pluriprofessionnelle d'environ "
            "1~150 m² en ossature bois, rue du Champ-de-Foire, sous maîtrise d'œuvre de l'agence Traverses "
            "Architectes.")
    rc += [H("Article # – Lots"),
           P("Les travaux sont répartis en sept lots, chacun faisant l'objet d'un mar" + HY + "ché séparé :"),
           RTAB([("N°", "Intitulé du lot")] + lots, widths=[0.12, 0.88]),
           P("Il n'est pas prévu de limitation du nombre de lots attribués à un même candidat.")]
    rc += A("Insertion",
            "Les lots 1, 2 et 4 sont soumis à une clause sociale d'insertion. Les volumes d'heures sont "
            "indiqués dans l'avis d'appel public et à l'annexe 2 du CCAP.")
    rc += R_retrait(c, 1) + R_candidature(c, 0) + R_offre(c, 1)
    rc += A("Jugement des offres",
            "Les critères retenus pour chaque lot sont : prix (60 points) ; valeur technique (30 points) ; "
            "performance environnementale (10 points), notée sur l'origine et la certification des bois "
            "mis en œuvre et sur le bilan carbone des principaux matériaux.")
    rc += R_validite(c, 0, 120) + R_renseignements(c, 1, 8) + R_recours(c, 0)

    ccap = [TITLE("Communauté de communes du Pays de Serves", "CCAP",
                  "Maison de santé pluriprofessionnelle – CCPS-2027-03 – commun à tous les lots")]
    ccap += A("Objet",
              "Le présent CCAP s'applique à chacun des lots de la consultation. Le lot 1 (gros œuvre – VRD) "
              "assure les prestations communes de chantier : clôture, base vie, branchements provisoires et "
              "nettoyage des voiries.")
    ccap += F_pieces(c, 2, prix="la DPGF du lot")
    ccap += F_prix(c, 0, "BT01")
    ccap += A("Délais",
              "Le délai global est de quatorze mois. Le délai de fabrication en atelier des panneaux "
              "d'ossature (lot 2) est de six semaines, inclus dans ce délai.")
    ccap += F_avance(c, 0) + F_retenue(c, 1)
    ccap += A("Clause sociale d'insertion",
              "Les titulaires des lots 1, 2 et 4 réalisent une action d'insertion professionnelle au profit "
              "de personnes éloignées de l'emploi. Le volume d'heures de chaque lot est fixé à l'annexe 2 du "
              "présent CCAP. Le titulaire remet mensuellement au facilitateur de la Maison de l'emploi l'état "
              "des heures réalisées.",
              "Le non-respect de l'engagement donne lieu à une pénalité de 50 € HT par heure non réalisée. Le "
              "retard dans la production des justificatifs est pénalisé de 50 € HT par jour.")
    ccap += A("Chantier à faibles nuisances",
              "Les titulaires appliquent la charte chantier à faibles nuisances annexée : tri des déchets en "
              "six flux, aire de lavage des bennes à béton avec décantation, interdiction de brûlage, "
              "limitation des emballages livrés sur le chantier et reprise des palettes par les "
              "fournisseurs.")
    ccap += F_penal_retard(c, 0) + F_assurances(c, 1) + F_resiliation(c, 1) + F_litiges(c, 0)

    rect = [TITLE("AVIS RECTIFICATIF", "Communauté de communes du Pays de Serves – CCPS-2027-03"),
            P("Avis initial : avis de marché envoyé le 24/03/2027, construction d'une maison de santé "
              "pluriprofessionnelle à Serves-le-Bourg."),
            H("Section VII : Modifications"),
            P("VII.1.1) Motif de la modification : modification des informations originales publiées."),
            P("VII.1.2) Texte à rectifier dans l'avis original :"),
            P("Numéro de section : II.1.5. Au lieu de : valeur hors TVA : 2~310~000 EUR. Lire : valeur hors "
              "TVA : 2~120~000 EUR."),
            P("Numéro de section : II.2. Au lieu de : lot n° 7 – Équipements médicaux fixes. Lire : le lot n° 7 "
              "est retiré de la présente consultation ; les équipements médicaux fixes feront l'objet d'une "
              "consultation ultérieure. La consultation comprend désormais 6 lots (lots n° 1 à 6)."),
            P("VII.2) Autres informations complémentaires : les volumes d'heures d'insertion des lots 1, 2 et 4 "
              "sont inchangés. Les candidats qui auraient remis une offre pour le lot 7 en sont informés "
              "individuellement. La date limite de réception des offres est inchangée.")]

    dpgf = [TITLE("CC du Pays de Serves – Maison de santé de Serves-le-Bourg", "DPGF",
                  "Lot 4 – Menuiseries intérieures – cloisons – plafonds"),
            TAB([("Article", "Désignation", "U", "Q", "P.U. HT", "Total HT"),
                 ("4.1", "Cloisons à ossature métallique 98/48, isolant 45 mm", "m²", "620", "", ""),
                 ("4.2", "Doublages thermiques des murs", "m²", "310", "", ""),
                 ("4.3", "Plafonds suspendus en dalles acoustiques 600×600", "m²", "870", "", ""),
                 ("4.4", "Blocs-portes bois 83×204, âme pleine, EI30 en circulation", "u", "42", "", ""),
                 ("4.5", "Blocs-portes des cabinets avec oculus et isolation phonique 38 dB", "u", "15", "", ""),
                 ("4.6", "Placards et rangements des cabinets", "ens", "1", "", ""),
                 ("4.7", "Banque d'accueil en stratifié compact", "ens", "1", "", ""),
                 ("4.8", "Plinthes bois", "ml", "540", "", "")]),
            P("Total HT : ……………… TVA 20 % : ……………… Total TTC : ………………"),
            P("Le prix est global et forfaitaire ; les quantités sont indicatives.")]

    pieces = [
        PIECE("avis_de_marche.txt", "AVIS", hdr, "", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=650, critere_environnemental=1,
                allotissement=1, nb_lots=7, montant_estime_ht=2310000,
                evidence=["ce marché est divisé en lots : oui", "Lot n° 7 –",
                          "valeur hors TVA : 2 310 000 EUR",
                          "lot 1 : 350 heures ; lot 2 : 210 heures ; lot 4 : 90 heures", "[350 + 210 + 90 = 650]",
                          "performance environnementale (origine des bois"])),
        PIECE("RC_CCPS-2027-03.pdf", "RC", hdr, "RC", rc,
              L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=7,
                evidence=["Les travaux sont répartis en sept lots",
                          "Les lots 1, 2 et 4 sont soumis à une clause sociale d'insertion",
                          "performance environnementale (10 points)"]),
              hyphen=True),
        PIECE("CCAP_CCPS-2027-03.pdf", "CCAP", hdr, "CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1,
                evidence=["s'applique à chacun des lots de la consultation",
                          "Les titulaires des lots 1, 2 et 4 réalisent une action d'insertion",
                          "tri des déchets en six flux"]),
              cols=2, hyphen=True),
        PIECE("avis_rectificatif.txt", "AVIS", hdr, "", rect,
              L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=6, montant_estime_ht=2120000,
                evidence=["La consultation comprend désormais 6 lots",
                          "Lire : valeur hors TVA : 2 120 000 EUR",
                          "les volumes d'heures d'insertion des lots 1, 2 et 4 sont inchangés"])),
        PIECE("DPGF_lot4.docx", "DPGF", hdr, "DPGF lot 4", dpgf,
              L(allotissement=1, evidence=["Lot 4 – Menuiseries intérieures – cloisons – plafonds"])),
    ]
    return dict(id="d09", title="CC du Pays de Serves – maison de santé (7 lots, lot 7 retiré par avis "
                "rectificatif, heures d'insertion seulement dans les informations complémentaires de l'avis)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=650, allotissement=1, nb_lots=6, montant_estime_ht=2120000),
                note="Lots : sept à l'origine (avis, tableau du RC), le rectificatif retire le lot 7 : six lots. Estimation : "
                     "2 310 000 puis 2 120 000 € HT (rectificatif). Heures : uniquement dans VI.3 de l'avis initial "
                     "(350 + 210 + 90 = 650, sans total) ; le CCAP renvoie à une annexe 2 absente du dossier ; le "
                     "rectificatif les dit inchangées. Pièges : 1 150 m², 14 cabinets, 14 mois, 38 dB, 600×600.")


# ============================================================================= d10
def d10():
    c = C("la Ville de Saint-Arcoul", "Vernières", ccag="travaux", delai=30,
          profil="le profil d'acheteur de la Ville de Saint-Arcoul")
    hdr = "Ville de Saint-Arcoul – Restauration de l'église Saint-Médard (MH classé) – Marché 2027-MH-01"
    rc = [TITLE("VILLE DE SAINT-ARCOUL", "RÈGLEMENT DE LA CONSULTATION",
                "Restauration des façades, des couvertures et des vitraux de l'église Saint-Médard",
                "Monument historique classé – marché de travaux à tranches – procédure adaptée – 2027-MH-01")]
    rc += A("Objet",
            "Les travaux portent sur la restauration de l'église Saint-Médard (XIIe-XVIe siècles), classée "
            "monument historique par arrêté du 9 août 1911, sous la maîtrise d'œuvre de M. Gaëtan Roumier, "
            "architecte en chef des monuments historiques. Ils bénéficient d'une subvention de l'État "
            "(DRAC).")
    rc += A("Absence d'allotissement",
            "En application de l'article L.2113-11 du code de la commande publique, le marché n'est pas "
            "alloti. Les interventions de maçonnerie-pierre de taille, de charpente, de couverture et de "
            "vitrail portent sur les mêmes maçonneries, depuis un échafaudage commun, et sont étroitement "
            "imbriquées ; leur dévolution en lots séparés rendrait l'exécution techniquement difficile et "
            "plus coûteuse, et le maître d'ouvrage ne dispose pas des moyens d'en assurer la coordination.",
            "Les candidats peuvent se présenter en groupement momentané d'entreprises ; le mandataire est "
            "l'entreprise de maçonnerie-pierre de taille.")
    rc += [H("Article # – Tranches"),
           P("Le marché comporte une tranche ferme et deux tranches optionnelles, au sens de l'article "
             "R.2113-4 du code de la commande publique :"),
           TAB([("Tranche", "Contenu", "Estimation HT"),
                ("Tranche ferme", "Nef et façade occidentale", "860~000 €"),
                ("Tranche optionnelle 1", "Clocher et beffroi", "390~000 €"),
                ("Tranche optionnelle 2", "Sacristie et vitraux du chœur", "130~000 €")],
               lines=False, widths=[0.3, 0.45, 0.25], align="llr"),
           P("Le montant estimé de l'ensemble des tranches est de 1~380~000 € HT. L'affermissement des "
             "tranches optionnelles dépend de l'obtention des financements ; il n'ouvre droit à aucune "
             "indemnité d'attente.")]
    rc += A("Qualifications requises",
            "Les candidats justifient de références en restauration de monuments historiques (certificats "
            "de capacité signés par un architecte en chef ou par la conservation régionale) ou de "
            "qualifications professionnelles équivalentes (par exemple Qualibat 2194 pour la taille de "
            "pierre).")
    rc += A("Clause d'insertion",
            "Le marché comporte une clause sociale d'insertion dont le volume et la répartition par tranche "
            "sont fixés à l'article 6 du CCAP.")
    rc += R_candidature(c, 2) + R_offre(c, 0)
    rc += A("Critères de sélection des offres",
            "Les offres sont classées selon les critères suivants :",
            ["prix : 40 % ;",
             "valeur technique : 55 %, appréciée sur la méthodologie de restauration, la composition et "
             "la qualification des équipes, le planning ;",
             "qualité de l'accompagnement des personnes en insertion (tutorat, transmission des savoir-faire "
             "du patrimoine, formation qualifiante) : 5 %."])
    rc += R_depot(c, 1, "17 mai 2027 à 16 h") + R_recours(c, 1)

    ccap = [TITLE("Ville de Saint-Arcoul", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Restauration de l'église Saint-Médard – 2027-MH-01")]
    ccap += A("Objet – forme du marché",
              "Le marché n'est pas décomposé en lots. Il est conclu avec une entreprise unique ou un "
              "groupement d'entreprises et comporte une tranche ferme et deux tranches optionnelles.")
    ccap += F_pieces(c, 0, prix="la DPGF par tranche")
    ccap += A("Affermissement des tranches",
              "Les tranches optionnelles sont affermies par ordre de service, au plus tard dix-huit mois après "
              "la notification du marché. À défaut, le titulaire est délié de ses obligations pour la tranche "
              "considérée, sans indemnité.")
    ccap += F_prix(c, 0, "BT06")
    ccap += A("Délais",
              "Le délai d'exécution est de dix mois pour la tranche ferme, six mois pour la tranche "
              "optionnelle 1 et trois mois pour la tranche optionnelle 2, à compter de leurs ordres de "
              "service respectifs.")
    ccap += [H("Article 6 – Clause sociale d'insertion"),
             P("Le titulaire s'engage à réserver à des personnes éloignées de l'emploi un volume de 480 "
               "heures de travail pour l'ensemble du marché (tranche ferme et tranches optionnelles), réparti "
               "comme suit : 280 heures au titre de la tranche ferme, 140 heures au titre de la tranche "
               "optionnelle 1 et 60 heures au titre de la tranche optionnelle 2. Si une tranche optionnelle "
               "n'est pas affermie, le volume correspondant n'est pas dû."),
             P("Les personnes concernées sont orientées par le PLIE du Saint-Arcoulais. Les chantiers "
               "d'insertion spécialisés dans le patrimoine bâti peuvent intervenir en sous-traitance pour la "
               "taille de moellons et le rejointoiement."),
             P("Une pénalité de 45 € HT par heure non réalisée est appliquée lors du solde de chaque tranche.")]
    ccap += A("Protection de la faune et gestion des déchets",
              "Une colonie de chauves-souris (petit rhinolophe) occupe les combles de la nef : aucune "
              "intervention dans les combles n'a lieu entre le 15 avril et le 31 août, et les accès sont "
              "réalisés selon les préconisations de l'écologue mandaté par la Ville.",
              "Les gravats sont triés (pierre, mortier, bois, métaux, verre) ; les plombs de vitraux et "
              "les déchets de peinture au plomb sont traités comme déchets dangereux avec bordereau de suivi.")
    ccap += F_avance(c, 0, "20~%") + F_retenue(c, 0) + F_penal_retard(c, 0) + F_assurances(c, 1) + F_litiges(c, 1)

    cctp = [TITLE("Église Saint-Médard de Saint-Arcoul", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Maçonnerie – pierre de taille – charpente – couverture – vitraux")]
    cctp += A("Généralités",
              "Les travaux sont exécutés selon les règles de l'art de la restauration des monuments "
              "historiques et sous le contrôle de l'architecte en chef. Toute découverte archéologique ou "
              "décor ancien mis au jour est signalé sans délai.")
    cctp += T_execution(c, 1) + T_securite(c, 0)
    cctp += A("Échafaudages",
              "L'échafaudage de pied de la nef est de type multidirectionnel, avec parapluie en tête. La durée "
              "d'immobilisation prévue est de dix mois pour la tranche ferme. Les ancrages dans les "
              "maçonneries anciennes sont interdits : l'échafaudage est autostable ou lesté.")
    cctp += A("Pierre de taille",
              "Les pierres altérées sont remplacées en tiroir par une pierre calcaire de même nature, "
              "provenant d'une carrière dont l'échantillon a été validé. La durée prévisionnelle "
              "d'intervention des tailleurs de pierre est estimée à 2~900 heures pour la tranche ferme. Les "
              "joints sont réalisés au mortier de chaux naturelle NHL 2, sans ciment.")
    cctp += A("Couverture",
              "La couverture de la nef est refaite en tuiles plates de terre cuite de pays, petit moule, "
              "sur liteaux de châtaignier. La tranche optionnelle 1 comprend la couverture en ardoise du "
              "clocher au crochet inox.")
    cctp += A("Vitraux",
              "Les vitraux du chœur (tranche optionnelle 2) sont déposés, nettoyés, remis en plomb si "
              "nécessaire et protégés par un verrière extérieure en verre feuilleté ventilée.")
    cctp += A("Suivi",
              "Un journal de chantier, un reportage photographique et les relevés de calepinage sont remis à "
              "l'architecte en chef et versés à la documentation des monuments historiques.")

    ae = [TITLE("Ville de Saint-Arcoul", "ACTE D'ENGAGEMENT",
                "Restauration de l'église Saint-Médard – marché 2027-MH-01")]
    ae += [H("1. Objet du marché"),
           P("Marché unique, non alloti, comportant une tranche ferme et deux tranches optionnelles."),
           H("2. Titulaire (ou mandataire du groupement)"),
           P("Raison sociale : ……………………… SIRET : ……………………… Adresse : ………………………"),
           H("3. Prix"),
           TAB([("Tranche", "Montant HT", "Montant TTC"),
                ("Tranche ferme", "", ""), ("Tranche optionnelle 1", "", ""), ("Tranche optionnelle 2", "", ""),
                ("Total", "", "")]),
           H("4. Engagement d'insertion"),
           P("Le titulaire s'engage à réaliser 480 heures d'insertion sur l'ensemble des tranches, dont 280 "
             "heures au titre de la tranche ferme, dans les conditions de l'article 6 du CCAP."),
           H("5. Signature"),
           P("À ……………………, le ……………………"),
           P("Acceptation : le Maire de Saint-Arcoul, ……………………")]

    dpgf = [TITLE("Église Saint-Médard – 2027-MH-01", "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE",
                  "Présentation par tranche"),
            TAB([("Poste", "Désignation", "U", "Tranche ferme", "TO 1", "TO 2"),
                 ("1", "Installation de chantier et échafaudages", "ft", "", "", ""),
                 ("2", "Dépose et remplacement de pierres en tiroir", "m³", "", "", ""),
                 ("3", "Rejointoiement au mortier de chaux", "m²", "", "", ""),
                 ("4", "Réfection de couverture en tuiles plates", "m²", "", "—", "—"),
                 ("5", "Couverture du clocher en ardoise", "m²", "—", "", "—"),
                 ("6", "Restauration des vitraux du chœur", "m²", "—", "—", ""),
                 ("7", "Heure de tailleur de pierre en régie", "h", "", "", ""),
                 ("8", "Dossier documentaire et DOE", "ft", "", "", "")],
                widths=[0.08, 0.44, 0.08, 0.16, 0.12, 0.12]),
            P("Sous-totaux HT par tranche : TF ……………… TO 1 ……………… TO 2 ………………"),
            P("Les prix sont globaux et forfaitaires par tranche.")]

    pieces = [
        PIECE("RC_2027-MH-01.pdf", "RC", hdr, "RC", rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=0, montant_estime_ht=1380000,
                evidence=["le marché n'est pas alloti",
                          "Le montant estimé de l'ensemble des tranches est de 1 380 000 € HT",
                          "Le marché comporte une clause sociale d'insertion",
                          "qualité de l'accompagnement des personnes en insertion"]),
              hyphen=True),
        PIECE("CCAP_2027-MH-01.pdf", "CCAP", hdr, "CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=480, clause_environnementale=1,
                allotissement=0,
                evidence=["Le marché n'est pas décomposé en lots",
                          "un volume de 480 heures de travail pour l'ensemble du marché",
                          "aucune intervention dans les combles n'a lieu entre le 15 avril et le 31 août",
                          "Les gravats sont triés"]),
              hyphen=True),
        PIECE("CCTP_2027-MH-01.pdf", "CCTP", hdr, "CCTP", cctp, L(), cols=2, hyphen=True),
        PIECE("AE_2027-MH-01.docx", "AE", hdr, "AE", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=480, allotissement=0,
                evidence=["Marché unique, non alloti",
                          "s'engage à réaliser 480 heures d'insertion sur l'ensemble des tranches"])),
        PIECE("DPGF_2027-MH-01.pdf", "DPGF", hdr, "DPGF", dpgf, L()),
    ]
    return dict(id="d10", title="Ville de Saint-Arcoul – restauration d'une église classée (marché non alloti motivé, "
                "tranche ferme et deux tranches optionnelles, durée en heures)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=480, allotissement=0, montant_estime_ht=1380000),
                note="Non alloti (L.2113-11, motif écrit au RC) ; trois tranches (TF, TO1, TO2) qui ne sont pas des lots "
                     "(tableau sans filets, colonnes de la DPGF). Heures : 480 pour l'ensemble des tranches, écrit "
                     "(CCAP, AE) ; 280/140/60 par tranche. Estimation 1 380 000 € HT (somme écrite). Pièges : 2 900 "
                     "heures d'intervention des tailleurs de pierre (durée des travaux), heure de régie, arrêté de "
                     "1911, dix/six/trois mois. CCTP et DPGF : rien à étiqueter (allotissement vide).")


# ============================================================================= d11
def d11():
    c = C("la Ville de Mérignolles", "Bréhaut", delai=30,
          profil="le profil d'acheteur de la Ville de Mérignolles")
    hdr = "Ville de Mérignolles – Fourniture et livraison de repas en liaison froide – AC-REST-2027"
    rc = [TITLE("Ville de Mérignolles – Service éducation et restauration", "RÈGLEMENT DE LA CONSULTATION",
                "Fabrication et livraison de repas en liaison froide pour la restauration scolaire, "
                "les accueils de loisirs et le portage à domicile",
                "Accord-cadre à bons de commande – appel d'offres ouvert – AC-REST-2027")]
    rc += A("Objet",
            "La consultation porte sur la fabrication et la livraison en liaison froide d'environ 185~000 "
            "repas par an, dans les 9 offices de réchauffage des écoles et des accueils de loisirs, ainsi "
            "que des repas du portage à domicile pour le CCAS.")
    rc += A("Lot unique",
            "La consultation fait l'objet d'un lot unique. La fabrication des repas, leur conditionnement "
            "et leur livraison dans les offices constituent une prestation dont les éléments ne peuvent "
            "être dissociés sans rompre la chaine du froid et la traçabilité sanitaire ; une dévolution en "
            "lots séparés rendrait en outre l'exécution plus coûteuse (article L.2113-11 du code de la "
            "commande publique).")
    rc += A("Durée – montant estimé",
            "L'accord-cadre est conclu pour un an à compter du 1er septembre 2027, reconductible deux fois "
            "par période d'un an. Le montant estimé des prestations sur la durée totale de trois ans est de "
            "1~620~000 € HT.")
    rc += A("Condition d'exécution sociale",
            "Le titulaire sera tenu de réserver un volume d'heures de travail à des personnes en difficulté "
            "d'insertion, selon les modalités de l'article 9 du CCAP.")
    rc += R_candidature(c, 0) + R_offre(c, 1, "le bordereau des prix unitaires, le détail quantitatif estimatif")
    rc += A("Critères d'attribution",
            "Les offres sont appréciées selon les critères et pondérations suivants :",
            ["qualité des repas (composition, produits durables et de qualité, plan alimentaire) : 40 % ;",
             "prix, apprécié sur le détail quantitatif estimatif : 35 % ;",
             "performances en matière de protection de l'environnement : 15 %, notées sur la réduction des "
             "emballages, la lutte contre le gaspillage alimentaire et l'organisation des tournées de "
             "livraison (véhicules, kilomètres parcourus) ;",
             "qualité du service et réactivité : 10 %."])
    rc += A("Dégustation",
            "Les trois candidats les mieux classés après analyse pourront être invités à une dégustation à "
            "l'aveugle, organisée un mardi entre 10 heures et 12 heures dans l'office de l'école des Prés. "
            "Elle sert à apprécier le sous-critère « qualité gustative ».")
    rc += R_validite(c, 1, 150) + R_renseignements(c, 0, 10) + R_recours(c, 0)

    ccap = [TITLE("Ville de Mérignolles", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Repas en liaison froide – AC-REST-2027 – lot unique")]
    ccap += A("Objet et forme du marché",
              "Le marché, passé en lot unique, est un accord-cadre mono-attributaire exécuté par bons de "
              "commande hebdomadaires, conformément aux articles R.2162-2 et R.2162-13 du code de la "
              "commande publique.")
    ccap += F_pieces(c, 0, prix="le bordereau des prix unitaires (BPU)")
    ccap += A("Durée",
              "La durée initiale est d'un an à compter du 1er septembre 2027. Le marché est reconductible "
              "tacitement deux fois par période d'un an ; sa durée maximale est de trois ans.")
    ccap += A("Montants",
              "L'accord-cadre est conclu sans montant minimum et avec un montant maximum de 600~000 € HT par "
              "période annuelle, soit 1~800~000 € HT pour la durée totale de l'accord-cadre.")
    ccap += A("Commandes et livraisons",
              "Les effectifs sont transmis le jeudi pour la semaine suivante et ajustés au plus tard à 9 h 00 "
              "le jour ouvré précédant la consommation. Les livraisons ont lieu avant 10 heures dans chaque "
              "office, dans des véhicules frigorifiques maintenant une température comprise entre 0 et "
              "3 °C.")
    ccap += F_prix(c, 1, "des prix à la consommation « restauration collective »")
    ccap += F_paiement(c, 0) + F_penal_retard(c, 1)
    ccap += [H("Article 9 – Clause sociale d'insertion"),
             P("Le titulaire s'engage à réserver à des personnes rencontrant des difficultés particulières "
               "d'insertion un volume de 2" + SB + "100 heu" + HY + "res de travail sur la durée totale du marché (trois ans), "
               "soit 700 heures par an. Les heures peuvent être réalisées en cuisine centrale, au "
               "conditionnement ou à la livraison."),
             P("Le titulaire justifie chaque semestre des heures réalisées auprès du service emploi de la "
               "Ville ; une pénalité de 40 € HT est appliquée par heure manquante à l'issue de chaque "
               "période annuelle.")]
    ccap += A("Emballages et biodéchets",
              "Les repas sont livrés dans des bacs gastronormes réutilisables en inox ; l'usage de "
              "contenants en plastique pour la cuisson, le réchauffage et le service est interdit "
              "(article L.541-15-10 du code de l'environnement). Le titulaire reprend chaque jour les "
              "bacs vides et organise la collecte des biodéchets des offices en vue de leur valorisation.")
    ccap += F_assurances(c, 0) + F_rgpd(c, 0) + F_resiliation(c, 0) + F_litiges(c, 2)

    cctp = [TITLE("Ville de Mérignolles", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Fabrication et livraison de repas en liaison froide")]
    cctp += T_generalites(c, 2)
    cctp += A("Composition des repas",
              "Les repas comprennent cinq composantes en élémentaire et quatre en maternelle. Le plan "
              "alimentaire respecte les recommandations du GEMRCN. Un menu végétarien est servi au moins "
              "une fois par semaine.")
    cctp += A("Qualité des produits",
              "Au moins 50 % des produits, en valeur, sont des produits durables et de qualité au sens de "
              "l'article L.230-5-1 du code rural, dont au moins 20 % issus de l'agriculture biologique. Le "
              "titulaire remet un bilan trimestriel des achats.")
    cctp += A("Livraisons et horaires",
              "Les livraisons ont lieu entre 7 h 30 et 10 h 00. En cas de produit non conforme, le titulaire "
              "livre un repas de substitution dans un délai de 2 heures. Le portage à domicile est livré "
              "avant 11 h 30.")
    cctp += A("Formation du personnel communal",
              "Le titulaire organise, chaque année, deux sessions de formation de 7 heures destinées aux "
              "agents municipaux des offices, portant sur les bonnes pratiques d'hygiène (HACCP), la remise "
              "en température et la traçabilité. Les supports sont remis à la Ville.")
    cctp += A("Contenants et déchets",
              "Les bacs gastronormes en inox sont fournis, entretenus et repris par le titulaire. Les "
              "opercules et films sont réduits au strict nécessaire. Le titulaire met en place dans chaque "
              "office des bacs de collecte des biodéchets et en assure l'enlèvement trois fois par semaine.")
    cctp += T_securite(c, 1)
    cctp += A("Contrôles",
              "La Ville peut faire procéder à tout moment, à ses frais, à des prélèvements par un laboratoire "
              "agréé. Les résultats non conformes sont mis à la charge du titulaire.")

    bpu = [TITLE("Ville de Mérignolles – AC-REST-2027", "BORDEREAU DES PRIX UNITAIRES"),
           P("Prix en euros hors taxes, livraison comprise."),
           TAB([("Code", "Prestation", "Unité", "Prix HT", "Taux TVA"),
                ("R1", "Repas maternelle (4 composantes)", "repas", "", "5,5 %"),
                ("R2", "Repas élémentaire (5 composantes)", "repas", "", "5,5 %"),
                ("R3", "Repas adulte", "repas", "", "10 %"),
                ("R4", "Goûter accueil de loisirs", "goûter", "", "5,5 %"),
                ("R5", "Repas portage à domicile (déjeuner + dîner)", "repas", "", "5,5 %"),
                ("R6", "Pique-nique sorties scolaires", "unité", "", "5,5 %"),
                ("R7", "Repas de substitution (délai de 2 heures)", "repas", "", "5,5 %")]),
           P("Cachet et signature du candidat :")]

    qr = [TITLE("Ville de Mérignolles – AC-REST-2027", "RÉPONSES AUX QUESTIONS DES CANDIDATS",
                "Document n° 2 – 21 mai 2027")]
    qr += [H("Question 1"),
           P("Le marché pourrait-il être alloti afin de permettre aux producteurs locaux (pain, produits "
             "laitiers) de répondre directement ?"),
           P("Réponse : non. Le marché est passé en lot unique, pour les motifs exposés à l'article 2 du "
             "règlement de la consultation. Le titulaire est en revanche encouragé à s'approvisionner auprès "
             "de producteurs locaux."),
           H("Question 2"),
           P("Les deux sessions annuelles de formation HACCP de 7 heures dispensées aux agents municipaux "
             "peuvent-elles être comptées dans les heures d'insertion ?"),
           P("Réponse : non. Les 2~100 heures d'insertion prévues à l'article 9 du CCAP sont des heures de "
             "travail effectuées par des personnes en parcours d'insertion pour l'exécution du marché. Les "
             "formations dispensées aux agents de la Ville n'entrent pas dans ce décompte."),
           H("Question 3"),
           P("Quel est le nombre de repas servis le mercredi ?"),
           P("Réponse : environ 420 repas en accueil de loisirs, hors vacances scolaires."),
           H("Question 4"),
           P("Les bacs en inox peuvent-ils être fournis par la Ville ?"),
           P("Réponse : non, ils sont fournis et entretenus par le titulaire (article 10 du CCAP).")]

    pieces = [
        PIECE("RC_AC-REST-2027.pdf", "RC", hdr, "RC", rc,
              L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=0,
                montant_estime_ht=1620000,
                evidence=["La consultation fait l'objet d'un lot unique",
                          "sur la durée totale de trois ans est de 1 620 000 € HT",
                          "réserver un volume d'heures de travail à des personnes en difficulté",
                          "performances en matière de protection de l'environnement : 15 %"]),
              hyphen=True),
        PIECE("CCAP_AC-REST-2027.pdf", "CCAP", hdr, "CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2100, clause_environnementale=1,
                allotissement=0, montant_max_ht=1800000,
                evidence=["passé en lot unique", "soit 1 800 000 € HT pour la durée totale",
                          "un volume de 2 100 heures de travail sur la durée totale du marché",
                          "l'usage de contenants en plastique pour la cuisson"]),
              hyphen=True),
        PIECE("CCTP_AC-REST-2027.pdf", "CCTP", hdr, "CCTP", cctp,
              L(clause_environnementale=1,
                evidence=["Les bacs gastronormes en inox sont fournis, entretenus et repris par le titulaire",
                          "des bacs de collecte des biodéchets"]),
              cols=2, hyphen=True),
        PIECE("BPU_AC-REST-2027.docx", "BPU", hdr, "BPU", bpu, L()),
        PIECE("QR_reponses_2.docx", "QR", hdr, "Réponses aux questions", qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2100, allotissement=0,
                evidence=["Le marché est passé en lot unique",
                          "Les 2 100 heures d'insertion prévues à l'article 9 du CCAP"])),
    ]
    return dict(id="d11", title="Ville de Mérignolles – repas en liaison froide (lot unique motivé, heures sur trois "
                "ans, heures de formation du personnel communal)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=2100, allotissement=0, montant_estime_ht=1620000, montant_max_ht=1800000),
                note="« Lot unique » motivé (L.2113-11) = non alloti (allotissement 0, nb_lots vide ; choix documenté). "
                     "Heures : 2 100 sur trois ans, soit 700 par an (CCAP), confirmé par le registre, qui exclut les "
                     "deux sessions de 7 heures de formation HACCP des agents municipaux. Maximum 600 000 € HT par an, "
                     "1 800 000 écrit ; estimation 1 620 000 sur trois ans. Pièges : 185 000 repas, 9 offices, 10 "
                     "heures, 2 heures, 420 repas, 50 % / 20 % EGalim.")


# ============================================================================= d12
def d12():
    c = C("la Région Vallées-et-Plateaux", "Corvignac", ccag="travaux", delai=30,
          profil="le profil d'acheteur de la Région (plateforme « Achats Vallées-et-Plateaux »)")
    hdr = "Région Vallées-et-Plateaux – Lycée polyvalent des Hauts-Prés – Marché global de performance MGP-2027-02"
    rc = [TITLE("RÉGION VALLÉES-ET-PLATEAUX – Direction des lycées", "RÈGLEMENT DE LA CONSULTATION",
                "Rénovation énergétique, exploitation et maintenance du lycée polyvalent des Hauts-Prés",
                "Marché global de performance (article L.2171-3 du CCP) – procédure avec négociation – MGP-2027-02")]
    rc += A("Objet",
            "Le marché associe la conception et la réalisation des travaux de rénovation énergétique du "
            "lycée polyvalent des Hauts-Prés (4 bâtiments, 21~500 m²) et l'exploitation-maintenance des "
            "installations techniques pendant huit ans, avec des engagements de performance mesurables.")
    rc += A("Forme du marché – absence d'allotissement",
            "Le marché est un marché global de performance, conclu avec un opérateur économique unique ou "
            "un groupement. En application des articles L.2171-1 et L.2171-3 du code de la commande "
            "publique, il n'est pas alloti : la garantie de performance énergétique ne peut être engagée "
            "que si le même titulaire conçoit, réalise et exploite les installations.")
    rc += A("Valeur estimée",
            "La valeur estimée du marché est de 18~400~000 € HT, dont 14~200~000 € HT pour la conception-"
            "réalisation et 4~200~000 € HT pour l'exploitation-maintenance sur huit ans.")
    rc += A("Insertion",
            "Le marché comporte un engagement d'insertion professionnelle exprimé en heures de travail, "
            "pour la phase réalisation et pour la phase exploitation-maintenance (article 11 du CCAP).")
    rc += R_candidature(c, 0)
    rc += A("Sélection des candidats",
            "Trois candidats au maximum sont admis à présenter une offre, sélectionnés sur leurs références "
            "en rénovation énergétique de bâtiments d'enseignement et en contrats de performance "
            "énergétique, et sur la composition de l'équipe (architecte, bureau d'études thermiques, "
            "exploitant).")
    rc += A("Critères d'attribution",
            "Les offres sont classées au regard des critères suivants :",
            ["coût global sur la durée du marché (travaux et exploitation-maintenance) : 40 % ;",
             "valeur technique et architecturale : 25 % ;",
             "niveau des engagements de performance énergétique (réduction des consommations d'énergie "
             "finale et des émissions de gaz à effet de serre) : 25 % ;",
             "performance en matière d'insertion professionnelle (volume proposé au-delà du minimum, "
             "qualité des parcours et de l'accompagnement) : 10 %."])
    rc += A("Prime",
            "Une prime de 60~000 € HT est versée à chaque candidat ayant remis une offre conforme au niveau "
            "de prestations demandé et non retenu.")
    rc += R_negociation(c, 1) + R_recours(c, 0)

    ccap = [TITLE("Région Vallées-et-Plateaux", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                  "Marché global de performance – lycée polyvalent des Hauts-Prés – MGP-2027-02")]
    ccap += A("Objet – nature du marché",
              "Le présent marché est un marché global de performance unique, non alloti, comprenant une "
              "phase de conception, une phase de réalisation et une phase d'exploitation-maintenance de "
              "huit ans à compter de la réception.")
    ccap += F_pieces(c, 1, prix="la décomposition du prix global et forfaitaire")
    ccap += A("Durée et phases",
              "La phase de conception dure huit mois, la phase de réalisation vingt mois en site occupé, par "
              "bâtiment, pendant les périodes définies au planning. La phase d'exploitation-maintenance "
              "commence à la réception du dernier bâtiment.")
    ccap += F_prix(c, 0, "BT01 (réalisation) et ICHTrev-TS (exploitation)")
    ccap += A("Engagement de performance énergétique",
              "Le titulaire s'engage sur une consommation d'énergie finale annuelle de référence d'au plus "
              "1~250 MWh, corrigée des variations climatiques et d'occupation, soit une réduction d'au moins "
              "45 % par rapport à la situation initiale. Les émissions de gaz à effet de serre liées au "
              "chauffage sont réduites d'au moins 60 % par le raccordement au réseau de chaleur biomasse.",
              "Chaque année, la consommation mesurée est comparée à l'engagement. Tout dépassement de plus de "
              "3 % donne lieu à une pénalité égale au coût de l'énergie consommée en excès, majoré de 20 %.")
    ccap += A("Disponibilité des installations",
              "En phase d'exploitation, le titulaire rétablit le fonctionnement de la gestion technique du "
              "bâtiment dans un délai de 4 heures et celui du chauffage dans un délai de 8 heures pendant la "
              "saison de chauffe.")
    ccap += F_avance(c, 1, "10~%") + F_retenue(c, 0) + F_penal_retard(c, 2) + F_sous_traitance(c, 0)
    ccap += [H("Article 11 – Engagement d'insertion professionnelle"),
             P("Le titulaire réserve à des personnes éloignées de l'emploi au moins 6 % des heures de travail "
               "de la phase réalisation, soit au minimum 3~600 heures, et au moins 400 heures pendant la phase "
               "d'exploitation-maintenance, soit un engagement global minimal de 4" + SB + "000 heu" + HY + "res. Le volume "
               "supérieur éventuellement proposé dans l'offre devient contractuel."),
             P("Le suivi est assuré par le facilitateur de la Maison de l'emploi du bassin des Hauts-Prés. Le "
               "titulaire remet un bilan trimestriel en phase réalisation et annuel en phase exploitation. "
               "Une pénalité de 70 € HT est appliquée par heure non réalisée.")]
    ccap += F_assurances(c, 1) + F_resiliation(c, 0) + F_litiges(c, 1)

    prog = [TITLE("Région Vallées-et-Plateaux – MGP-2027-02", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                  "Programme de performance et exigences d'exploitation-maintenance")]
    prog += A("Objectifs de performance",
              "Les objectifs de performance sont exigés : consommation d'énergie finale au plus égale à "
              "1~250 MWh par an après travaux ; confort d'été avec moins de 40 heures par an au-dessus de "
              "28 °C dans les salles d'enseignement occupées ; taux de CO2 inférieur à 1~000 ppm pendant "
              "95 % du temps d'occupation.")
    prog += T_generalites(c, 2)
    prog += A("Enveloppe",
              "Isolation thermique par l'extérieur des façades (R au moins égal à 4,5 m².K/W), remplacement "
              "des menuiseries (Uw au plus égal à 1,3), isolation des toitures terrasses (R au moins égal à "
              "7). Les isolants biosourcés sont privilégiés pour les bâtiments B et D.")
    prog += A("Systèmes",
              "Raccordement au réseau de chaleur biomasse de la ville, ventilation double flux avec "
              "récupération de chaleur de rendement supérieur à 80 %, éclairage LED piloté, gestion "
              "technique du bâtiment avec comptage par usage et par bâtiment.")
    prog += A("Exploitation-maintenance",
              "Le titulaire assure la conduite, la maintenance préventive et corrective et le gros entretien "
              "renouvellement des installations. Les interventions ont lieu en dehors des heures de cours, "
              "sauf urgence ; le délai de rétablissement de la GTB est de 4 heures.")
    prog += A("Formation des agents de la Région",
              "Le titulaire forme les agents régionaux affectés au lycée à la conduite de premier niveau des "
              "installations : 24 heures de formation la première année, puis 6 heures par an. Ces heures ne "
              "relèvent pas de l'engagement d'insertion.")
    prog += T_execution(c, 0)
    prog += A("Mesure et vérification",
              "Un plan de mesure et de vérification conforme au protocole IPMVP est remis en phase de "
              "conception. Le rapport annuel de performance est présenté en comité de suivi.")

    avis = [TITLE("AVIS DE MARCHÉ – Journal officiel de l'Union européenne",
                  "Région Vallées-et-Plateaux – Marché global de performance du lycée des Hauts-Prés"),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : rénovation énergétique, exploitation et maintenance du lycée polyvalent des "
              "Hauts-Prés – MGP-2027-02"),
            P("II.1.3) Type de marché : travaux"),
            P("II.1.5) Valeur totale estimée : valeur hors TVA : 18~400~000 EUR"),
            P("II.1.6) Information sur les lots : ce marché est divisé en lots : non"),
            P("II.2.5) Critères d'attribution : coût global / pondération : 40 ; valeur technique / "
              "pondération : 25 ; engagements de performance énergétique / pondération : 25 ; "
              "performance en matière d'insertion professionnelle / pondération : 10"),
            P("II.2.7) Durée du marché : 132 mois."),
            H("Section III"),
            P("III.1.5) Informations sur les marchés réservés : sans objet."),
            P("III.2.2) Conditions particulières d'exécution : engagement de performance énergétique ; "
              "clause sociale d'insertion."),
            H("Section IV : Procédure"),
            P("IV.1.1) Type de procédure : procédure concurrentielle avec négociation."),
            P("IV.2.2) Date limite de réception des candidatures : 14/06/2027 à 12:00"),
            H("Section VI : Renseignements complémentaires"),
            P("VI.3) Informations complémentaires : engagement d'insertion minimal de 4~000 heures (3~600 "
              "heures en phase réalisation et 400 heures en phase exploitation-maintenance). Une prime de "
              "60~000 euros HT est prévue pour les candidats non retenus. Visite obligatoire du site d'une "
              "durée de 3 heures."),
            P("VI.4.1) Instance chargée des procédures de recours : tribunal administratif de Corvignac.")]

    qr = [TITLE("Région Vallées-et-Plateaux – MGP-2027-02", "QUESTIONS-RÉPONSES – PHASE OFFRES",
                "Diffusion n° 3 du 9 septembre 2027"),
          TAB([("Question", "Réponse"),
               ("Les 400 heures d'insertion de la phase exploitation-maintenance s'ajoutent-elles aux 3~600 "
                "heures de la phase réalisation ?",
                "Oui. Les deux volumes sont cumulatifs et doivent être réalisés chacun pendant la phase à "
                "laquelle il se rapporte."),
               ("Les 24 heures de formation des agents régionaux peuvent-elles être valorisées au titre de "
                "l'insertion ?",
                "Non. La formation des agents de la Région est une prestation du marché, distincte de "
                "l'engagement d'insertion de l'article 11 du CCAP."),
               ("Le titulaire peut-il confier l'exploitation à un cotraitant distinct du constructeur ?",
                "Oui, au sein d'un groupement ; le marché reste unique et non alloti, et le mandataire est "
                "solidaire des engagements de performance."),
               ("Quelle est la durée de la visite complémentaire proposée ?",
                "La visite complémentaire des chaufferies dure environ 3 heures ; elle est facultative.")],
              widths=[0.45, 0.55])]

    pieces = [
        PIECE("RC_MGP-2027-02.pdf", "RC", hdr, "RC", rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, critere_environnemental=1,
                allotissement=0, montant_estime_ht=18400000,
                evidence=["il n'est pas alloti", "La valeur estimée du marché est de 18 400 000 € HT",
                          "engagement d'insertion professionnelle exprimé en heures de travail",
                          "niveau des engagements de performance énergétique",
                          "performance en matière d'insertion professionnelle"]),
              cols=2, hyphen=True),
        PIECE("CCAP_MGP-2027-02.pdf", "CCAP", hdr, "CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=4000, clause_environnementale=1,
                allotissement=0,
                evidence=["marché global de performance unique, non alloti",
                          "soit un engagement global minimal de 4 000 heures",
                          "une réduction d'au moins 45 % par rapport à la situation initiale"]),
              hyphen=True),
        PIECE("CCTP_programme_performance.pdf", "CCTP", hdr, "CCTP – programme de performance", prog,
              L(clause_environnementale=1,
                evidence=["consommation d'énergie finale au plus égale à 1 250 MWh par an après travaux"]),
              hyphen=True),
        PIECE("avis_JOUE.txt", "AVIS", hdr, "", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=4000, critere_social=1,
                critere_environnemental=1, clause_environnementale=1, allotissement=0, montant_estime_ht=18400000,
                evidence=["ce marché est divisé en lots : non", "valeur hors TVA : 18 400 000 EUR",
                          "engagement d'insertion minimal de 4 000 heures",
                          "engagements de performance énergétique / pondération : 25",
                          "insertion professionnelle / pondération : 10",
                          "d'exécution : engagement de performance énergétique"])),
        PIECE("QR_diffusion_3.pdf", "QR", hdr, "Questions-réponses", qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=4000, allotissement=0,
                evidence=["Les 400 heures d'insertion", "s'ajoutent-elles aux 3 600 heures",
                          "Les deux volumes sont cumulatifs", "[3 600 + 400 = 4 000]",
                          "le marché reste unique et non alloti"])),
    ]
    return dict(id="d12", title="Région Vallées-et-Plateaux – marché global de performance d'un lycée (non alloti par "
                "nature, heures d'insertion par phase, heures de formation des agents)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
                     "critere_environnemental"],
                values=V(heures_insertion=4000, allotissement=0, montant_estime_ht=18400000),
                note="Marché global de performance, non alloti (L.2171-1/L.2171-3, motif écrit). Heures : 6 % de la "
                     "phase réalisation « soit au minimum 3 600 heures » + 400 heures en exploitation = 4 000 écrit "
                     "(CCAP, avis VI.3) ; le registre dit les deux volumes cumulatifs sans écrire le total. Estimation "
                     "18 400 000 € HT (14 200 000 + 4 200 000). Pièges : 24 heures et 6 heures par an de formation "
                     "des agents régionaux, 4 et 8 heures de rétablissement, 40 heures au-dessus de 28 °C, visite de "
                     "3 heures, prime de 60 000 €, 1 250 MWh, 132 mois.")


# ============================================================================= construction et contrôles
DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12]
MAX_PAGES = 6


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


def build_piece(folder, p):
    path = os.path.join(folder, p["file"])
    ext = p["file"].rsplit(".", 1)[1]
    if ext == "xml":
        with open(path, "wb") as fh:
            fh.write(p["xml"].encode("utf-8"))
        p["final_blocks"] = None
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


def XMLPIECE(file, doc_type, xml, label):
    return dict(file=file, doc_type=doc_type, header="", footer="", blocks=[], xml=xml, label=label)


def check_articles(d, p):
    """Les numéros d'articles d'une pièce doivent se suivre sans doublon."""
    nums = []
    for b in number_articles(p["blocks"]):
        if b[0] in ("h", "h2"):
            m = _ART.match(b[1])
            if m:
                nums.append(int(m.group(1)))
    if nums != list(range(nums[0], nums[0] + len(nums))) if nums else False:
        return ["%s/%s : numérotation des articles %r" % (d["id"], p["file"], nums)]
    return []


# --- texte extrait des fichiers produits
_WS = re.compile(r"\s+")


def squash(s):
    s = s.replace(NB, " ").replace(NNB, " ").replace("\u00ad", "")
    return _WS.sub(" ", s).strip()


def extracted_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(path)
        t = "\n".join(pg.extract_text() or "" for pg in r.pages)
        t = t.replace(NB, " ").replace(NNB, " ")
        # césure de fin de ligne recollée : « heu-\nres » -> « heures »
        t = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", t)
        return squash(t), len(r.pages)
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(cell.text for cell in row.cells))
        return squash("\n".join(parts)), None
    if ext == "xml":
        from lxml import etree
        root = etree.parse(path).getroot()
        return squash(" ".join(root.itertext())), None
    with open(path, encoding="utf-8") as fh:
        return squash(fh.read()), None


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


def build_all(out_dir, here):
    """Écrit tous les fichiers dans out_dir (et dossiers.yml dans here) ; renvoie (problèmes, résumé)."""
    SB_STATS.update(cut=0, whole=0)
    HY_STATS.update(cut=0, whole=0)
    del CUT_LOG[:]
    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir)
    rows = []
    dossiers_yml = []
    problems = []
    kinds = {}
    pages = {}
    cuts = []
    for f in DOSSIERS:
        d = f()
        folder = os.path.join(out_dir, d["id"])
        os.makedirs(folder)
        if not (4 <= len(d["pieces"]) <= 5):
            problems.append("%s : %d pièces" % (d["id"], len(d["pieces"])))
        for c in d["pos"]:
            if c not in _CATEGORIES:
                problems.append("%s : catégorie inconnue %s" % (d["id"], c))
        rb = d["values"].get("reserve_base")
        if bool(rb) != ("marche_reserve" in d["pos"]):
            problems.append("%s : reserve_base du dossier / pos incohérents" % d["id"])
        if "clause_insertion" in d["pos"] and "clause_sociale" not in d["pos"]:
            problems.append("%s : clause_insertion sans clause_sociale (dossier)" % d["id"])
        if bool(d["values"].get("nb_lots")) and d["values"].get("allotissement") != 1:
            problems.append("%s : nb_lots sans allotissement (dossier)" % d["id"])
        for p in d["pieces"]:
            problems.extend(check_articles(d, p))
            k0 = len(CUT_LOG)
            n = build_piece(folder, p)
            for mark, what, cut in CUT_LOG[k0:]:
                cuts.append("%s/%s %s « %s » : %s" % (d["id"], p["file"], mark, what.replace(NB, " "),
                                                      "coupé" if cut else "entier"))
            ext = p["file"].rsplit(".", 1)[1]
            kinds[ext] = kinds.get(ext, 0) + 1
            ext_txt, npg = extracted_text(os.path.join(folder, p["file"]))
            if npg is not None:
                pages[npg] = pages.get(npg, 0) + 1
                if not (1 <= npg <= MAX_PAGES):
                    problems.append("%s/%s : %d pages" % (d["id"], p["file"], npg))
            lab = dict(p["label"])
            logical = squash(plain_text(p["final_blocks"])) if p["final_blocks"] is not None else ext_txt
            for q in lab["evidence"]:
                if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                    continue
                nq = squash(norm(q))
                if nq not in logical:
                    problems.append("%s/%s : preuve absente du texte logique : %r" % (d["id"], p["file"], q))
                if nq not in ext_txt:
                    problems.append("%s/%s : preuve absente du texte EXTRAIT : %r" % (d["id"], p["file"], q))
            ev = " | ".join(norm(q) for q in lab["evidence"])
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
            # the same values as scripts/score_sealed.py reads them (added by the project, not the annotator)
            path="dossiers/" + d["id"], expect=_expect(d)))
    with open(os.path.join(out_dir, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    import yaml
    head = ("# Jeu blind_values_27 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# lancée par le projet, agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier (somme des lots, sur toute la durée) ;\n"
            "# maximum sur toutes les périodes et tous les lots ; nombre de lots après les corrections\n"
            "# (avis rectificatif, registre des questions-réponses), qui priment sur les pièces d'origine ;\n"
            "# le CCAP, le RC, l'AE, l'avis ou le registre priment sur le CCTP et ses annexes (voir note).\n")
    with open(os.path.join(here, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    problems.extend(extra_checks(rows))
    summary = ("%d dossiers, %d pièces (%s) ; pages des PDF : %s ; nombres coupés en fin de ligne : %d (%d restés "
               "entiers) ; césures forcées : %d (%d restées entières)" % (
                   len(dossiers_yml), len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
                   ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), SB_STATS["cut"],
                   SB_STATS["whole"], HY_STATS["cut"], HY_STATS["whole"]))
    return problems, summary, cuts


def md5_tree(root):
    import hashlib
    out = {}
    for dp, dn, fn in os.walk(root):
        for f in sorted(fn):
            p = os.path.join(dp, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, root)] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    problems, summary, cuts = build_all(OUT, HERE)
    first = md5_tree(OUT)
    with open(os.path.join(HERE, "dossiers.yml"), "rb") as fh:
        yml1 = fh.read()
    scratch = os.path.join("/tmp", "blind_" + SET_NAME, "second_build")
    scratch_here = os.path.dirname(scratch)
    os.makedirs(scratch_here, exist_ok=True)
    problems2, _, _ = build_all(scratch, scratch_here)
    second = md5_tree(scratch)
    with open(os.path.join(scratch_here, "dossiers.yml"), "rb") as fh:
        yml2 = fh.read()
    diff = sorted(k for k in set(first) | set(second) if first.get(k) != second.get(k))
    if yml1 != yml2:
        diff.append("dossiers.yml")
    for k in diff:
        problems.append("construction non déterministe : %s" % k)
    for line in cuts:
        print("  coupure", line)
    print("deux constructions : %d fichiers, %d différence(s) de md5" % (len(first), len(diff)))
    print("contrôles : preuves présentes dans le texte logique ET dans le texte extrait des fichiers produits "
          "(pypdf, python-docx, lxml, lecture simple) ; preuves <= 300 caractères ; PDF de 1 à %d pages ; "
          "4 à 5 pièces par dossier ; articles sans doublon ; clause_insertion => clause_sociale ; "
          "marche_reserve <=> reserve_base ; pos du dossier <=> pièces ; types et valeurs des colonnes -> %d "
          "problème(s)" % (MAX_PAGES, len(problems)))
    print(summary)
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
