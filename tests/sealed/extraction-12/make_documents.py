#!/usr/bin/env python3
"""Construit les douze dossiers de consultation du jeu scellé extraction-12.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure d'écriture PDF/DOCX/TXT reprise telle quelle de
tests/data/blind_values_13/make_documents.py, lignes 27-664 (écriture PDF/DOCX/TXT, vrais tableaux
reportlab, pages à deux colonnes, césure, nombres coupés SB, césure forcée HY, aides de saisie,
number_articles, C, A, _DOC_TYPES), la boucle de construction et de contrôle s'inspirant des lignes
2430-2611 du même script. Ajouts propres à ce jeu : avis XML (TED R2.0.9 et eForms UBL), dossiers
livrés en archive ZIP (pièces à la racine, ou dans un sous-dossier avec nommage « 01_RC.pdf »),
contrôle des preuves dans le texte EXTRAIT des fichiers produits (pypdf, python-docx, lxml, lecture
simple), double construction et comparaison des md5.
Les articles neutres F_* (sous-traitance, données, résiliation, transmission, facturation,
dérogations) et les douze dossiers ont été écrits pour ce jeu.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX et ZIP horodatés au 2026-01-01).
Écrit dossiers/<dNN>/<pièce> ou dossiers/<dNN>.zip, dossiers/labels.csv (une ligne par pièce,
étiquetée pour la pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, personnes, SIRET, références et montants sont inventés.

Conventions de saisie : « ~ » = espace insécable ; « ^ » = espace fine insécable ; BR = retour forcé
(PDF) ; SB = coupure possible d'un nombre en fin de ligne ; HY = césure possible d'un mot.

Usage : /work/main/.venv/bin/python tests/sealed/extraction-12/make_documents.py
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
SET_NAME = "extraction-12"

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






# ============================================================================= dossiers
# Chaque fonction rend dict(id, title, pieces, pos, values, why, note[, archive]).

# ----------------------------------------------------------------------------- articles neutres
# Articles de remplissage écrits pour ce jeu : ni clause sociale ou environnementale, ni lot, ni
# montant estimé ou maximum. Trois variantes de rédaction chacun (v = 0, 1, 2).

def F_SOUSTRAITANCE(v):
    t = ["Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de "
         "l'acceptation du sous-traitant et de l'agrément de ses conditions de paiement (formulaire DC4). Le "
         "sous-traitant de premier rang dont le montant des prestations est égal ou supérieur à 600 € TTC est "
         "payé directement.",
         "Toute sous-traitance est déclarée avant le début d'exécution des prestations concernées ; l'acte "
         "spécial précise la nature et le montant des prestations sous-traitées. Le paiement direct est de "
         "droit à partir de 600 € TTC.",
         "La sous-traitance totale est interdite. En cas de sous-traitance partielle, le titulaire demeure "
         "personnellement responsable de l'exécution de toutes les obligations du marché."]
    return A("Sous-traitance", t[v])


def F_DONNEES(v):
    t = ["Le titulaire s'engage à respecter le règlement (UE) 2016/679 du 27 avril 2016 (RGPD) pour les données "
         "à caractère personnel auxquelles il a accès ; il ne les utilise qu'aux seules fins de l'exécution du "
         "marché et les détruit à son terme.",
         "Les données personnelles éventuellement traitées pour l'exécution des prestations le sont pour le "
         "compte de l'acheteur, responsable de traitement ; le titulaire agit en qualité de sous-traitant au "
         "sens de l'article 28 du RGPD.",
         "Le titulaire et son personnel sont tenus au secret professionnel pour toutes les informations dont ils "
         "ont connaissance à l'occasion du marché."]
    return A("Confidentialité – protection des données", t[v])


def F_RESILIATION(v):
    t = ["Les conditions de résiliation sont celles du CCAG applicable. En cas de résiliation pour motif "
         "d'intérêt général, le titulaire perçoit une indemnité égale à 5 % du montant initial hors taxes "
         "diminué du montant des prestations admises.",
         "L'acheteur peut résilier le marché dans les cas prévus au chapitre 7 du CCAG. Une mise en demeure "
         "restée infructueuse pendant quinze jours précède toute résiliation pour faute.",
         "En cas d'inexactitude des documents et renseignements fournis par le titulaire, le marché est résilié "
         "à ses torts exclusifs, sans mise en demeure préalable."]
    return A("Résiliation", t[v])


def F_DEMAT(v):
    t = ["Les plis sont transmis par voie électronique. Les fichiers sont au format PDF, DOCX, XLSX ou ODT ; "
         "les fichiers exécutables sont proscrits. Le candidat peut transmettre une copie de sauvegarde sur "
         "support physique ou papier, dans un pli scellé portant la mention « copie de sauvegarde ».",
         "La signature électronique de l'offre n'est pas exigée au stade du dépôt ; seul l'attributaire signe "
         "le marché, au moyen d'un certificat qualifié conforme au règlement eIDAS.",
         "Les horaires de dépôt font foi selon l'horodatage de la plate-forme. Tout pli reçu hors délai est "
         "éliminé. Il est conseillé de ne pas attendre les dernières heures pour déposer son offre."]
    return A("Transmission électronique", t[v])


def F_FACTURATION(v):
    t = ["Les factures sont déposées sur le portail Chorus Pro ; elles mentionnent le numéro du marché, le "
         "numéro d'engagement porté sur le bon de commande et le code du service destinataire.",
         "Les demandes de paiement sont établies en un exemplaire dématérialisé. Le délai de paiement court à "
         "compter de leur réception sur Chorus Pro ; les intérêts moratoires sont calculés au taux de la BCE "
         "majoré de huit points, augmentés de l'indemnité forfaitaire de 40 €.",
         "Le titulaire adresse ses factures mensuellement, à terme échu. Elles comportent le détail des "
         "prestations réalisées et les références du marché."]
    return A("Facturation", t[v])


def F_DEROGATIONS(v, liste):
    t = ["Les articles du présent document dérogent aux articles suivants du CCAG : " + liste + ".",
         "Liste récapitulative des dérogations au CCAG : " + liste + ".",
         "Par dérogation expresse, les stipulations suivantes prévalent sur le CCAG : " + liste + "."]
    return A("Dérogations au CCAG", t[v])


def JOINP(a, b):
    """Paragraphe saisi en deux morceaux (la coupure de page se fait naturellement)."""
    return P(a + " " + b)


def d01():
    ref = "2026-TRX-07"
    hdr = "Commune de Saint-Aubin-des-Landiers – Groupe scolaire des Tilleuls – " + ref
    ft = "RC – réhabilitation et extension du groupe scolaire des Tilleuls"
    rc = [
        TITLE("Commune de Saint-Aubin-des-Landiers (Maine-et-Loire)", "RÈGLEMENT DE LA CONSULTATION",
              "Réhabilitation et extension du groupe scolaire des Tilleuls",
              "Marché public de travaux – procédure adaptée (article R2123-1 1° du code de la commande publique)"),
        *A("Pouvoir adjudicateur",
           "Commune de Saint-Aubin-des-Landiers, 2 place de la Mairie, 49370 Saint-Aubin-des-Landiers. "
           "SIRET : 214~902~871~00014. Représentant du pouvoir adjudicateur : Mme Odile Charbonnier, Maire. "
           "Maîtrise d'œuvre : Atelier Lemoine & Rivaud, architectes, mandataire du groupement de maîtrise d'œuvre."),
        *A("Objet de la consultation",
           "La consultation porte sur les travaux de réhabilitation thermique du bâtiment principal (1962) et sur "
           "l'extension du groupe scolaire par trois salles de classe et un préau couvert, rue des Écoles. Les "
           "travaux sont réalisés en site occupé ; les interventions bruyantes ou poussiéreuses sont regroupées "
           "pendant les vacances scolaires d'été."),
        *A("Décomposition en lots",
           "Conformément à l'article L2113-10 du code de la commande publique, les travaux sont dévolus en six "
           "lots séparés, chacun faisant l'objet d'un marché distinct. L'estimation prévisionnelle établie au "
           "stade PRO est la suivante :"),
        RTAB([["Lot", "Désignation", "Estimation (€ HT)"],
              ["01", "Démolition – gros œuvre – VRD", "412~000"],
              ["02", "Menuiseries extérieures aluminium", "186~500"],
              ["03", "Plâtrerie – isolation – faux plafonds", "143~200"],
              ["04", "Électricité courants forts et faibles", "97~800"],
              ["05", "Plomberie – chauffage – ventilation", "228~600"],
              ["06", "Peinture – revêtements de sols souples", "64~900"]],
             widths=[0.6, 2.6, 1.3], align="llr"),
        P("Ces estimations sont indicatives ; elles ne constituent ni un plafond ni un engagement de la commune. "
          "Les candidats peuvent soumissioner pour un ou plusieurs lots, sans limitation du nombre de lots "
          "attribués à un même candidat."),
        *A("Délais d'exécution",
           "Le délai global d'exécution est fixé à 14 mois, période de préparation de deux mois comprise. Le "
           "démarrage prévisionnel des travaux est fixé au 6 juillet 2026."),
        *A("Variantes et prestations supplémentaires",
           "Les variantes à l'initiative des candidats ne sont pas autorisées. Le lot 06 comporte une prestation "
           "supplémentaire éventuelle (PSE n°~1 : mise en peinture du préau existant) que les candidats chiffrent "
           "obligatoirement."),
        *A("Conditions de participation",
           "Pour le lot 01, le candidat justifie d'un chiffre d'affaires annuel moyen d'au moins 600" + SB + "000 € HT "
           "sur les trois derniers exercices clos. Pour les autres lots, aucun niveau minimal de capacité "
           "n'est exigé. Les candidats produisent les formulaires DC1 et DC2 (ou un DUME), les certificats de "
           "qualification professionnelle ou des références équivalentes."),
        *A("Clause sociale d'insertion",
           "Les lots 01, 02 et 05 comportent une clause sociale d'insertion dont le volume horaire et les "
           "modalités sont fixés à l'article 9 du CCAP. Le facilitateur de la Maison de l'Emploi du Pays des "
           "Landiers accompagne gratuitement les entreprises (M. Yannick Ferrand, 02~41~56~30~12)."),
        *A("Jugement des offres",
           "Les offres sont jugées lot par lot. L'offre économiquement la plus avantageuse est appréciée selon "
           "les critères pondérés suivants :",
           ["Prix des prestations : 50 % ;",
            "Valeur technique : 40 %, jugée sur le mémoire technique selon les sous-critères suivants : "
            "méthodologie, phasage en site occupé et moyens humains affectés (25 points) ; mesures de réduction "
            "des nuisances et de gestion des déchets de chantier (tri, valorisation, limitation des rotations "
            "de camions) (15 points) ;",
            "Délai d'exécution proposé : 10 %."],
           "La commune se réserve la possibilité de négocier avec les trois candidats les mieux classés ; elle "
           "peut aussi attribuer le marché sur la base des offres initiales sans négociation."),
        *A("Remise des plis",
           "Les offres sont remises exclusivement par voie électronique sur le profil d'acheteur "
           "marchespublics.anjou-landiers.fr avant le vendredi 20 mars 2026 à 12 h 00. Le délai de validité des "
           "offres est de 120 jours."),
        *A("Renseignements",
           "Renseignements administratifs : service commande publique, Mme Laure Bidault. Renseignements "
           "techniques : Atelier Lemoine & Rivaud, M. Paul Rivaud. Les questions sont posées sur le profil "
           "d'acheteur au plus tard dix jours avant la date limite."),
    ]
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=6,
             montant_estime_ht=1133000,
             evidence=["les travaux sont dévolus en six lots séparés",
                       "[somme des estimations des lots 01 à 06 : 1 133 000 € HT]",
                       "Les lots 01, 02 et 05 comportent une clause sociale d'insertion",
                       "gestion des déchets de chantier (tri, valorisation, limitation des rotations de camions) (15 points)"])
    ccap = [
        TITLE("Commune de Saint-Aubin-des-Landiers", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Réhabilitation et extension du groupe scolaire des Tilleuls – CCAP commun à tous les lots"),
        *A("Objet – décomposition",
           "Le présent CCAP est commun aux 6 lots de l'opération. Chaque lot fait l'objet d'un marché séparé "
           "conclu avec son titulaire ; les stipulations propres à un lot sont signalées comme telles."),
        *A("Pièces contractuelles",
           "Les pièces contractuelles sont, par ordre de priorité décroissante :",
           ["l'acte d'engagement du lot et ses annexes ;", "le présent CCAP ;", "le CCTP du lot ;",
            "la décomposition du prix global et forfaitaire (DPGF) ;",
            "le cahier des clauses administratives générales applicables aux marchés publics de travaux "
            "(CCAG-Travaux, arrêté du 30 mars 2021)."]),
        *A("Prix – variation",
           "Les prix sont globaux et forfaitaires. Ils sont révisables mensuellement par application de l'index "
           "BT01, le mois zéro étant celui de la date limite de remise des offres."),
        *A("Avance",
           "Une avance de 10 % du montant initial TTC est versée au titulaire lorsque le montant du lot est "
           "supérieur à 50~000 € HT et que le délai d'exécution est supérieur à deux mois, sauf renonciation "
           "expresse portée à l'acte d'engagement."),
        *A("Retenue de garantie",
           "Une retenue de garantie de 5 % est prélevée sur chaque acompte ; elle peut être remplacée par une "
           "garantie à première demande."),
        *A("Pénalités",
           "Par dérogation à l'article 19.2 du CCAG-Travaux, le titulaire encourt une pénalité de 200 € HT par "
           "jour calendaire de retard. L'absence non excusée aux réunions de chantier est pénalisée de 100 € HT "
           "par absence ; chaque bordereau de suivi des déchets non remis entraîne une pénalité de 150 € HT."),
        *A("Assurances",
           "Le titulaire justifie d'une assurance de responsabilité civile professionnelle d'un montant minimal "
           "de 1~500~000 € par sinistre et de 3~000~000 € par année d'assurance, ainsi que d'une assurance de "
           "responsabilité décennale pour les ouvrages soumis à obligation d'assurance."),
        *A("Gestion environnementale du chantier",
           "Le titulaire du lot 01 installe et entretient, pour le compte de l'ensemble des entreprises, une aire "
           "de tri comportant au minimum cinq bennes (inertes, bois, métaux, plâtre, déchets non dangereux en "
           "mélange). Chaque titulaire évacue ses déchets vers des installations autorisées et remet au maître "
           "d'œuvre les bordereaux de suivi. Un objectif de valorisation matière de 70 % en masse des déchets "
           "non dangereux est fixé à l'ensemble des titulaires."),
        *A("Clause sociale d'insertion professionnelle",
           "En application de l'article L2112-2 du code de la commande publique, le titulaire de chacun des lots "
           "désignés ci-après s'engage à réserver, pour l'exécution de son marché, un nombre minimal d'heu" + HY + "res de "
           "travail à des personnes éloignées de l'emploi (demandeurs d'emploi de longue durée, bénéficiaires "
           "du RSA, jeunes de moins de 26 ans sans qualification, travailleurs reconnus handicapés, etc.) :"),
        RTAB([["Lot", "Intitulé", "Heures d'insertion minimales"],
              ["01", "Démolition – gros œuvre – VRD", "350 heures"],
              ["02", "Menuiseries extérieures aluminium", "210 heures"],
              ["05", "Plomberie – chauffage – ventilation", "140 heures"]],
             widths=[0.6, 2.8, 1.6], align="llr"),
        P("Les lots 03, 04 et 06 ne comportent pas d'obligation d'insertion. Le titulaire choisit librement "
          "entre l'embauche directe, la mise à disposition de salariés par une ETTI, une association "
          "intermédiaire ou un GEIQ, et la sous-traitance ou cotraitance avec une SIAE. Il transmet chaque mois "
          "au facilitateur l'état des heures réalisées."),
        JOINP("En cas de non-respect de son engagement, constaté à la réception, le titulaire encourt une "
              "pénalité de 45 € HT par heure d'inser" + HY + "tion non réalisée, sauf si le défaut",
              "résulte d'une cause qui ne lui est pas imputable, appréciée par le maître d'ouvrage après avis "
              "du facilitateur."),
        *A("Obligations sociales légales",
           "Le titulaire atteste satisfaire à l'obligation d'emploi des travailleurs handicapés prévue aux "
           "articles L.~5212-1 à L.~5212-11 du code du travail et remet tous les six mois les pièces prévues à "
           "l'article D.~8222-5 du même code."),
        *A("Réception – garantie de parfait achèvement",
           "La réception est prononcée dans les conditions de l'article 41 du CCAG-Travaux. Le délai de garantie "
           "de parfait achèvement est d'un an à compter de la date d'effet de la réception."),
        *A("Litiges",
           "Tout différend relève du tribunal administratif de Nantes, 6 allée de l'Île-Gloriette, 44041 "
           "Nantes Cedex."),
    ]
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=700, clause_environnementale=1,
               allotissement=1, nb_lots=6,
               evidence=["Le présent CCAP est commun aux 6 lots", "350 heures", "210 heures", "140 heures",
                         "[350 + 210 + 140 = 700 heures]",
                         "Un objectif de valorisation matière de 70 % en masse des déchets non dangereux"])
    cctp = [
        TITLE("Commune de Saint-Aubin-des-Landiers", "CCTP – Lot 01 : Démolition, gros œuvre, VRD",
              "Réhabilitation et extension du groupe scolaire des Tilleuls"),
        H("1. Généralités"),
        P("Le présent cahier des clauses techniques particulières concerne le lot 01 de l'opération, décomposée "
          "en six lots. Il complète le CCAP commun et les documents graphiques du maître d'œuvre (indice C)."),
        H2("1.1 Connaissance des lieux"),
        P("L'entrepreneur est réputé avoir pris connaissance du site, de l'environnement immédiat de l'école "
          "(voies d'accès, stationnement des parents, réseaux aériens) et des contraintes du site occupé."),
        H2("1.2 Insertion professionnelle"),
        P("Conformement au CCAP, l'entreprise titulaire du présent lot réalisera environ 400 heures de travail "
          "au titre de l'insertion professionnelle, de préférence sur les postes de manœuvre et d'aide-maçon."),
        H2("1.3 Prescriptions de chantier propre"),
        P("Les roues des engins sont nettoyées avant toute sortie sur la voie publique ; les pistes sont "
          "arrosées par temps sec ; les bennes sont bâchées ; le brûlage de déchets sur le site est interdit. "
          "Les terres excavées non polluées sont réemployées en remblai sur site dans la limite des besoins."),
        H("2. Démolition – curage"),
        P("Le curage intérieur est réalisé après retrait des matériaux amiantés repérés au rapport DIAG-AM "
          "2025-114 (hors marché). Les cloisons, faux plafonds et revêtements sont déposés de manière sélective."),
        H("3. Gros œuvre"),
        P("Béton de classe C25/30 pour les fondations et les voiles, armatures B500B. Dallage sur terre-plein "
          "de 15 cm sur isolant PSE 120 mm, polyane et hérisson de 20 cm."),
        H("4. VRD"),
        P("Raccordement des eaux pluviales de l'extension au réseau existant en PVC CR8 diamètre 200 ; enrobés "
          "noirs 0/10 sur 5 cm pour la cour ; bordures T2 et caniveaux CS1."),
    ]
    cctp_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=400, clause_environnementale=1,
               allotissement=1, nb_lots=6,
               evidence=["concerne le lot 01 de l'opération, décomposée en six lots",
                         "réalisera environ 400 heures de travail au titre de l'insertion professionnelle",
                         "les bennes sont bâchées ; le brûlage de déchets sur le site est interdit"])
    ae = [
        TITLE("Commune de Saint-Aubin-des-Landiers", "ACTE D'ENGAGEMENT",
              "Lot n° 02 – Menuiseries extérieures aluminium", "Marché " + ref + "-02"),
        H("A – Objet de l'acte d'engagement"),
        P("Le présent acte d'engagement concerne le lot n° 02 – Menuiseries extérieures aluminium – des travaux "
          "de réhabilitation et d'extension du groupe scolaire des Tilleuls."),
        H("B – Engagement du titulaire"),
        P("Après avoir pris connaissance des pièces constitutives du marché, je soussigné(e) "
          "........................................................, agissant au nom et pour le compte de la "
          "société ........................................, au capital de .................. €, immatriculée "
          "au RCS de ..................... sous le n° ....................., m'engage sur la base de mon offre "
          "et pour mon propre compte à exécuter les prestations du lot 02 aux prix de la DPGF."),
        RTAB([["Montant de l'offre", "Valeur"], ["Montant HT (offre de base)", "........................ €"],
              ["TVA au taux de 20 %", "........................ €"], ["Montant TTC", "........................ €"]],
             widths=[2, 1]),
        H("C – Engagement d'insertion"),
        P("Le titulaire s'engage à réaliser au minimum 210 heures de travail d'insertion dans les conditions de "
          "l'article 9 du CCAP."),
        H("D – Délai"),
        P("Le délai d'exécution du lot est celui du calendrier détaillé établi pendant la période de préparation, "
          "dans le respect du délai global de 14 mois."),
        H("E – Avance"),
        P("Je renonce / je ne renonce pas (rayer la mention inutile) au bénéfice de l'avance prévue au CCAP."),
        H("F – Paiement"),
        P("La commune se libère des sommes dues en faisant porter le montant au crédit du compte : IBAN "
          "FR76 .... .... .... .... .... ... ; BIC ........"),
        P("Fait en un seul original, à ....................., le ....................."),
    ]
    ae_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=210, allotissement=1,
             evidence=["lot n° 02 – Menuiseries extérieures aluminium",
                       "Le titulaire s'engage à réaliser au minimum 210 heures de travail d'insertion"])
    dp_rows = [["N°", "Désignation des ouvrages", "U", "Qté", "PU HT (€)", "Montant HT (€)"],
               ["1", "INSTALLATION DE CHANTIER", "", "", "", ""],
               ["1.1", "Installation, clôtures, base vie (4 modules)", "ens", "1", "", ""],
               ["1.2", "Panneau de chantier réglementaire", "u", "1", "", ""],
               ["2", "DÉMOLITION – CURAGE", "", "", "", ""],
               ["2.1", "Curage intérieur sélectif bâtiment A", "m²", "640", "", ""],
               ["2.2", "Démolition du préau existant (charpente métallique)", "m²", "210", "", ""],
               ["3", "GROS ŒUVRE", "", "", "", ""],
               ["3.1", "Fouilles en rigole", "m³", "86", "", ""],
               ["3.2", "Béton de fondation C25/30", "m³", "54", "", ""],
               ["3.3", "Voiles béton banché ép. 20 cm", "m²", "318", "", ""],
               ["3.4", "Dallage sur terre-plein, isolant 120 mm", "m²", "265", "", ""],
               ["4", "VRD", "", "", "", ""],
               ["4.1", "Canalisation EP PVC CR8 Ø 200", "ml", "72", "", ""],
               ["4.2", "Enrobés 0/10 ép. 5 cm", "m²", "480", "", ""],
               ["", "TOTAL HT", "", "", "", ""], ["", "TVA 20 %", "", "", "", ""],
               ["", "TOTAL TTC", "", "", "", ""]]
    dpgf = [
        TITLE("Commune de Saint-Aubin-des-Landiers", "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE",
              "Lot 01 – Démolition, gros œuvre, VRD"),
        P("La DPGF est fournie à titre indicatif ; les quantités sont celles du maître d'œuvre et doivent être "
          "vérifiées par le candidat, le prix restant global et forfaitaire."),
        RTAB(dp_rows, widths=[0.5, 3.2, 0.5, 0.6, 1, 1.2], align="lllrrr"),
        P("Cachet et signature du candidat :"),
    ]
    dpgf_l = L(allotissement=1, evidence=["Lot 01 – Démolition, gros œuvre, VRD"])
    return dict(
        id="d01", title="Commune de Saint-Aubin-des-Landiers – réhabilitation et extension d'un groupe scolaire (6 lots)",
        pieces=[PIECE("RC_" + ref + ".pdf", "RC", hdr, ft, rc, rc_l, hyphen=True, cols=2),
                PIECE("CCAP_" + ref + ".pdf", "CCAP", hdr, "CCAP commun aux six lots – " + ref, ccap, ccap_l,
                      hyphen=True),
                PIECE("CCTP_Lot01_" + ref + ".docx", "CCTP", hdr, "CCTP lot 01", cctp, cctp_l),
                PIECE("AE_Lot02_" + ref + ".docx", "AE", hdr, "Acte d'engagement lot 02", ae, ae_l),
                PIECE("DPGF_Lot01_" + ref + ".pdf", "DPGF", hdr, "DPGF lot 01 – cadre de décomposition", dpgf,
                      dpgf_l)],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=700, allotissement=1, nb_lots=6, montant_estime_ht=1133000),
        why="Six lots (RC art. 3, CCAP). Estimation : somme des six estimations par lot du tableau du RC "
            "(412 000 + 186 500 + 143 200 + 97 800 + 228 600 + 64 900 = 1 133 000 € HT), aucun total écrit. "
            "Heures : tableau du CCAP, 350 + 210 + 140 = 700 ; le CCTP du lot 01 annonce « environ 400 heures » "
            "mais le CCAP, pièce administrative de rang supérieur et qu'il cite, prime (350 pour ce lot) ; "
            "les 210 heures de l'AE du lot 02 sont déjà comptées. Pas de maximum (marchés à prix forfaitaire).",
        note="Pièges : chiffre d'affaires minimal 600 000 € (lot 01), avance au-delà de 50 000 € HT, assurances "
             "1 500 000 / 3 000 000 €, pénalités 200 / 100 / 150 / 45 €, « environnement immédiat de l'école » "
             "(sens physique), rappel L5212-1 (obligation légale). Critère environnemental : sous-critère de 15 "
             "points sur la gestion des déchets de chantier (RC). RC sur deux colonnes avec césures, tableau "
             "des estimations coupé entre les deux colonnes (en-tête répété) ; phrases coupées par un saut de "
             "page (RC art. 7, CCAP art. 8).")


def d02():
    ref = "26-EDU-0142"
    hdr = "Département du Haut-Vernois – Consultation n° " + ref
    rc = [
        TITLE("DÉPARTEMENT DU HAUT-VERNOIS", "RÈGLEMENT DE CONSULTATION",
              "Direction de l'éducation et des collèges – Service patrimoine",
              "Entretien des espaces verts et des abords des collèges départementaux",
              "Accord-cadre à bons de commande – appel d'offres ouvert"),
        H("1 – Acheteur"),
        P("Département du Haut-Vernois, Hôtel du Département, CS 40112, 39870 Vernay-le-Haut. SIRET : "
          "223~900~014~00019. Personne habilitée : le Président du Conseil départemental."),
        H("2 – Objet et allotissement"),
        P("L'accord-cadre a pour objet l'entretien courant des espaces verts, haies, allées et abords des seize "
          "collèges publics du département. La consultation est divisée en trois lots géographiques :"),
        LST(["Lot 1 – Secteur Nord : collèges de Vernay-le-Haut (2), Aubrac-sur-Vernoise, Sancy-les-Moulins, "
             "Pré-Saint-Loup et Champrond ;",
             "Lot 2 – Secteur Centre : collèges de Mirande-la-Côte, du Plateau, Lucien-Febvre et de Boissières ; "
             "lot réservé, en application de l'article L.~2113-12 du code de la commande publique, aux "
             "entreprises adaptées, aux établissements et services d'aide par le travail et aux structures "
             "équivalentes ;",
             "Lot 3 – Secteur Sud : collèges de Saint-Véran, Orgelet-le-Bas, Montrevel, Les Chaumes, Jean-Jaurès "
             "et Vallon-d'Ain ; lot réservé, en application de l'article L.~2113-13 du même code, aux structures "
             "d'insertion par l'activité économique et aux structures équivalentes."]),
        P("Pour les lots 2 et 3, le candidat joint à sa candidature la preuve de son statut (agrément ou "
          "conventionnement, autorisation de l'ARS pour les ESAT, convention avec la DREETS pour les SIAE)."),
        H("3 – Forme et durée"),
        P("Chaque lot donne lieu à un accord-cadre mono-attributaire exécuté par bons de commande, sans montant "
          "minimum et avec un montant maximum fixé à l'article 4 du CCAP. Il est conclu pour un an à compter de "
          "sa notification et peut être reconduit tacitement trois fois pour une durée d'un an."),
        H("4 – Critères d'attribution"),
        P("Pour chacun des lots, les offres sont classées selon les critères suivants :"),
        LST(["1. Prix (40 %), apprécié sur un détail quantitatif estimatif non contractuel ;",
             "2. Valeur technique (45 %) : moyens humains et matériels dédiés, planning annuel d'intervention, "
             "organisation des astreintes en période de tonte ;",
             "3. Performance environnementale de la prestation (15 %) : part des matériels électriques ou sur "
             "batterie, techniques alternatives au désherbage chimique, devenir des déchets verts."]),
        H("5 – Remise des offres"),
        P("Date limite : lundi 16 février 2026 à 16 h 00, sur la plate-forme achats.hautvernois.fr. Les offres "
          "sont rédigées en français ; la visite des sites est facultative."),
        H("6 – Recours"),
        P("Tribunal administratif de Besançon, 30 rue Charles-Nodier, 25044 Besançon Cedex."),
    ]
    rc_l = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", critere_environnemental=1, allotissement=1,
             nb_lots=3,
             evidence=["La consultation est divisée en trois lots géographiques",
                       "lot réservé, en application de l'article L. 2113-12 du code de la commande publique",
                       "lot réservé, en application de l'article L. 2113-13 du même code",
                       "Performance environnementale de la prestation (15 %)"])
    ccap = [
        TITLE("Département du Haut-Vernois", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Entretien des espaces verts et des abords des collèges départementaux – lots 1 à 3"),
        *A("Objet",
           "Le présent CCAP régit les trois lots de l'accord-cadre d'entretien des espaces verts des collèges "
           "départementaux. Les lots 2 et 3 sont des marchés réservés (articles L.~2113-12 et L.~2113-13 du "
           "code de la commande publique)."),
        *A("Pièces contractuelles",
           ["l'acte d'engagement du lot ;", "le présent CCAP ;", "le CCTP commun aux trois lots ;",
            "le bordereau des prix unitaires du lot ;", "le CCAG-FCS approuvé par l'arrêté du 30 mars 2021."]),
        *A("Durée",
           "L'accord-cadre prend effet à sa notification pour une période initiale d'un an. Il est reconductible "
           "tacitement trois fois par période d'un an ; le Département peut refuser la reconduction par lettre "
           "recommandée trois mois avant l'échéance."),
        *A("Montants",
           "L'accord-cadre est conclu sans montant minimum. Les montants maximums de commandes sont fixés comme "
           "suit, par lot et par période annuelle d'exécution :"),
        RTAB([["Lot", "Montant maximum annuel (€ HT)"], ["Lot 1 – Secteur Nord", "48~000"],
              ["Lot 2 – Secteur Centre", "22~000"], ["Lot 3 – Secteur Sud", "30~000"]],
             widths=[2.5, 1.5], align="lr"),
        P("Ces maximums sont identiques pour la période initiale et pour chacune des trois périodes de "
          "reconduction."),
        *A("Prix",
           "Les prestations sont rémunérées par application des prix unitaires du BPU aux quantités réellement "
           "commandées. Les prix sont révisés à chaque date anniversaire selon l'indice ICHT-IME."),
        *A("Conditions d'exécution environnementales",
           "Aucun produit phytopharmaceutique n'est employé sur les sites. Les déchets verts sont soit broyés et "
           "réutilisés en paillage sur place, soit acheminés vers une plateforme de compostage autorisée ; le "
           "titulaire tient un registre des volumes évacués, transmis chaque trimestre. Les taille-haies, "
           "souffleurs et débroussailleuses portatifs sont électriques à batterie, sauf impossibilité technique "
           "justifiée par écrit."),
        *A("Pénalités",
           "Retard d'intervention : 150 € par jour. Prestation non réalisée : 300 € par site et par passage. "
           "Absence de registre trimestriel : 100 €."),
        *A("Paiement",
           "Le délai global de paiement est de 30 jours. Les factures sont déposées sur Chorus Pro."),
        *A("Litiges", "Tribunal administratif de Besançon."),
        *F_SOUSTRAITANCE(1),
        *F_DEROGATIONS(1, "article 7 (pénalités) à l'article 14.1 du CCAG-FCS"),
    ]
    ccap_l = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", clause_environnementale=1, allotissement=1,
               nb_lots=3, montant_max_ht=400000,
               evidence=["régit les trois lots", "marchés réservés (articles L. 2113-12 et L. 2113-13",
                         "par lot et par période annuelle d'exécution",
                         "[(48 000 + 22 000 + 30 000) × 4 périodes = 400 000]",
                         "Aucun produit phytopharmaceutique n'est employé sur les sites",
                         "plateforme de compostage autorisée"])
    bpu = [
        TITLE("Département du Haut-Vernois", "BORDEREAU DES PRIX UNITAIRES",
              "Lot 2 : Secteur Centre – lot réservé aux entreprises adaptées et ESAT (art. L. 2113-12 CCP)"),
        P("Les prix s'entendent hors taxes, toutes sujétions comprises (déplacements, évacuation des déchets "
          "verts, signalisation)."),
        RTAB([["Réf.", "Désignation", "Unité", "Prix unitaire HT"],
              ["2.01", "Tonte des pelouses avec ramassage", "100 m²", ""],
              ["2.02", "Tonte des pelouses sans ramassage (mulching)", "100 m²", ""],
              ["2.03", "Taille de haies, hauteur inférieure à 2 m", "ml", ""],
              ["2.04", "Taille de haies, hauteur supérieure à 2 m", "ml", ""],
              ["2.05", "Débroussaillage manuel", "100 m²", ""],
              ["2.06", "Ramassage des feuilles", "heure", ""],
              ["2.07", "Désherbage manuel ou thermique des allées", "100 m²", ""],
              ["2.08", "Évacuation de déchets verts", "m³", ""]],
             widths=[0.6, 3.2, 0.8, 1.2], align="lllr"),
        P("Fait à ......................., le ....................... Signature :"),
    ]
    bpu_l = L(marche_reserve=1, reserve_base="L2113-12", allotissement=1,
              evidence=["Lot 2 : Secteur Centre – lot réservé aux entreprises adaptées et ESAT (art. L. 2113-12 CCP)"])
    avis = [
        TITLE("AVIS DE MARCHÉ", "Département du Haut-Vernois – Entretien des espaces verts des collèges"),
        H("SECTION 1 : IDENTIFICATION DE L'ACHETEUR"),
        P("Nom complet de l'acheteur : Département du Haut-Vernois"),
        P("Type de numéro national d'identification : SIRET"),
        P("N° national d'identification : 22390001400019"),
        P("Code postal / Ville : 39870 Vernay-le-Haut"),
        H("SECTION 2 : COMMUNICATION"),
        P("Lien vers le profil d'acheteur : achats.hautvernois.fr"),
        H("SECTION 4 : IDENTIFICATION DU MARCHÉ"),
        P("Intitulé du marché : Entretien des espaces verts et des abords des collèges départementaux"),
        P("Code CPV principal : 77310000 – Réalisation et entretien d'espaces verts"),
        P("Type de marché : Services"),
        P("Description succincte : tonte, taille, désherbage alternatif, ramassage des feuilles et évacuation "
          "des déchets verts sur seize collèges."),
        P("Valeur estimée hors TVA : 310 000 euros"),
        P("La consultation comporte des tranches : Non"),
        P("Marché réservé : Oui. Lot 2 : article L. 2113-12 du code de la commande publique (entreprises "
          "adaptées, ESAT). Lot 3 : article L. 2113-13 (structures d'insertion par l'activité économique)."),
        P("Conditions particulières d'exécution : conditions environnementales – zéro produit "
          "phytopharmaceutique, valorisation des déchets verts par paillage ou compostage, matériels portatifs "
          "électriques."),
        P("Critères d'attribution : prix 40 % ; valeur technique 45 % ; performance environnementale 15 %."),
        H("SECTION 5 : LOTS"),
        P("Marché alloti : Oui. Nombre de lots : 3"),
        P("Lot n° 1 – Secteur Nord – valeur estimée : 150 000 euros HT"),
        P("Lot n° 2 – Secteur Centre (réservé) – valeur estimée : 70 000 euros HT"),
        P("Lot n° 3 – Secteur Sud (réservé) – valeur estimée : 90 000 euros HT"),
        H("SECTION 6 : INFORMATIONS COMPLÉMENTAIRES"),
        P("Durée : 12 mois, reconductible 3 fois. Les valeurs estimées couvrent la durée totale, reconductions "
          "comprises. Date limite de réception des offres : 16/02/2026 à 16h00. Date d'envoi du présent avis : "
          "08/01/2026."),
    ]
    avis_l = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", clause_environnementale=1,
               critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=310000,
               evidence=["Valeur estimée hors TVA : 310 000 euros", "Lot 2 : article L. 2113-12",
                         "Lot 3 : article L. 2113-13", "conditions environnementales – zéro produit phytopharmaceutique",
                         "performance environnementale 15 %", "Nombre de lots : 3"])
    return dict(
        id="d02", title="Département du Haut-Vernois – entretien des espaces verts des collèges (3 lots, 2 réservés)",
        pieces=[PIECE("RC_" + ref + ".docx", "RC", hdr, "Règlement de consultation", rc, rc_l),
                PIECE("CCAP_" + ref + ".pdf", "CCAP", hdr, "CCAP – espaces verts des collèges", ccap, ccap_l,
                      hyphen=True),
                PIECE("BPU_Lot2_" + ref + ".pdf", "BPU", hdr, "BPU lot 2", bpu, bpu_l),
                PIECE("Avis_BOAMP_" + ref + ".txt", "AVIS", "", "", avis, avis_l)],
        pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=3, montant_estime_ht=310000, montant_max_ht=400000,
                 reserve_base="L2113-12;L2113-13"),
        why="Trois lots. Estimation donnée seulement par l'avis (310 000 € HT, durée totale ; lots 150 000 + 70 000 "
            "+ 90 000). Maximum : le CCAP donne un maximum annuel par lot (48 000, 22 000, 30 000), identique pour "
            "la période initiale et les trois reconductions : (48 000 + 22 000 + 30 000) × 4 = 400 000 € HT. Lot 2 "
            "réservé L2113-12, lot 3 réservé L2113-13 (articles cités dans le RC, le CCAP et l'avis).",
        note="Pas de clause sociale ni d'insertion : les lots réservés ne sont pas des clauses. Pièges : pénalités "
             "150 / 300 / 100 €, SIRET, « sans montant minimum ». Critère environnemental 15 %.")


def d03():
    hdr = "Brenne Océan Habitat – Résidence Les Courlis – menuiseries extérieures – BOH-2026-004"
    avis = [
        TITLE("AVIS DE MARCHÉ – TRAVAUX", "Brenne Océan Habitat, Office public de l'habitat"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Brenne Océan Habitat, Office public de l'habitat, 11 quai des Salorges, 44560 "
          "Saint-Nazé. Numéro national d'identification : 27440118700032. Point de contact : direction du "
          "patrimoine, Mme Armelle Quéré."),
        P("I.4) Type de pouvoir adjudicateur : organisme de droit public (office public de l'habitat)."),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Remplacement des menuiseries extérieures de 212 logements – résidence Les Courlis. "
          "Numéro de référence : BOH-2026-004"),
        P("II.1.2) Code CPV principal : 45421100"),
        P("II.1.5) Valeur totale estimée : Valeur hors TVA : 1 850 000,00 EUR"),
        P("II.1.6) Information sur les lots : Ce marché est divisé en lots : non"),
        P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 35 ; "
          "Critère de qualité – Nom : Performances en matière d'insertion professionnelle des publics en "
          "difficulté / Pondération : 10 ; Prix – Pondération : 55"),
        P("II.2.7) Durée du marché : 12 mois. Ce marché peut faire l'objet d'une reconduction : non"),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.3) Capacité technique : références de chantiers de remplacement de menuiseries en site occupé."),
        P("III.1.5) Informations sur les marchés réservés : Marché réservé : non"),
        P("III.2.2) Conditions particulières d'exécution : Clause d'insertion professionnelle : 1 260 heures de "
          "travail réservées à des personnes en difficulté d'insertion (article 7 du CCAP)."),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : procédure adaptée ouverte"),
        P("IV.2.2) Date limite de réception des offres : 27/02/2026 à 12:00"),
        H("Section VI : Renseignements complémentaires"),
        P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Nantes"),
        P("VI.5) Date d'envoi du présent avis : 14/01/2026"),
    ]
    avis_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=1260, critere_social=1, allotissement=0,
               montant_estime_ht=1850000,
               evidence=["Valeur hors TVA : 1 850 000,00 EUR", "Ce marché est divisé en lots : non",
                         "Performances en matière d'insertion professionnelle des publics en difficulté / Pondération : 10",
                         "Clause d'insertion professionnelle : 1 260 heures de travail"])
    rect = [
        TITLE("AVIS RECTIFICATIF", "Brenne Océan Habitat, Office public de l'habitat"),
        P("Référence de l'avis initial : avis n° 26-004517 publié le 15/01/2026 – BOH-2026-004 – Remplacement "
          "des menuiseries extérieures de 212 logements, résidence Les Courlis."),
        H("Section VII : Modifications"),
        P("VII.1.1) Motif de la modification : modification des informations originales fournies par le pouvoir "
          "adjudicateur."),
        P("VII.1.2) Texte à rectifier dans l'avis original :"),
        P("Numéro de section : II.1.5. Au lieu de : Valeur hors TVA : 1 850 000,00 EUR. Lire : Valeur hors "
          "TVA : 2 120 000,00 EUR."),
        P("Numéro de section : IV.2.2. Au lieu de : 27/02/2026 à 12:00. Lire : 13/03/2026 à 12:00."),
        P("VII.2) Autres informations complémentaires : à l'issue du diagnostic complémentaire amiante et plomb, "
          "l'estimation a été réévaluée pour intégrer le désamiantage des appuis de fenêtre des bâtiments C et "
          "D. Un DCE modifié (CCTP indice B, DPGF indice B) est mis en ligne sur le profil d'acheteur. Les autres "
          "mentions de l'avis initial demeurent inchangées."),
        P("Date d'envoi du présent avis : 05/02/2026"),
    ]
    rect_l = L(montant_estime_ht=2120000, evidence=["Lire : Valeur hors TVA : 2 120 000,00 EUR"])
    rc = [
        TITLE("Brenne Océan Habitat – Office public de l'habitat", "RÈGLEMENT DE LA CONSULTATION",
              "Remplacement des menuiseries extérieures de 212 logements – Résidence Les Courlis, Saint-Nazé",
              "Procédure adaptée – articles L2123-1 et R2123-1 du code de la commande publique"),
        *A("Objet",
           "La consultation porte sur le remplacement des menuiseries extérieures bois et PVC des bâtiments A à "
           "F par des menuiseries PVC à rupture de pont thermique (Uw inférieur ou égal à 1,3 W/m².K), la pose "
           "de volets roulants électriques dans les séjours et la reprise des embrasures."),
        *A("Décomposition",
           "Le marché n'est pas alloti. En application de l'article L2113-11 du code, l'Office estime qu'une "
           "dévolution en lots séparés rendrait techniquement difficile la coordi" + HY + "nation des interventions dans "
           "212 logements occupés, la dépose, la pose, l'habillage et la reprise des embrasures devant être "
           "réalisés dans la même journée pour chaque logement."),
        *A("Montant prévisionnel",
           "Le montant des travaux est estimé par la maîtrise d'œuvre à 1" + SB + "850~000 € HT. Le marché est conclu à "
           "prix global et forfaitaire."),
        *A("Capacités exigées",
           "Le candidat justifie d'un chiffre d'affaires annuel moyen d'au moins 2~000~000 € HT sur les trois "
           "derniers exercices et d'une qualification Qualibat 3512 ou équivalente. Les références de moins de "
           "cinq ans en site occupé sont appréciées."),
        *A("Clause d'insertion",
           "Le marché comporte une clause d'insertion professionnelle dont le volume et les modalités sont "
           "fixés à l'article 7 du CCAP. Le PLIE Brenne-Estuaire assure gratuitement l'accompagnement des "
           "entreprises."),
        *A("Critères de jugement",
           "Les offres sont notées sur 100 points :",
           ["Prix : 55 points ;",
            "Valeur technique : 35 points, dont méthodologie d'intervention en site occupé (20 points) et moyens "
            "humains et matériels (15 points) ;",
            "Insertion professionnelle : 10 points. Le candidat décrit les modalités de mise en œuvre de "
            "l'action d'insertion : recours à une SIAE ou à un GEIQ, tutorat, parcours proposé, formation, "
            "perspectives d'embauche à l'issue du chantier."]),
        *A("Visite et remise des offres",
           "Une visite d'un logement témoin est organisée le 3 février 2026 à 10 h. Les offres sont déposées sur "
           "le profil d'acheteur avant le 27 février 2026 à 12 h 00."),
        *F_DEMAT(0),
        *F_DONNEES(2),
    ]
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=0, montant_estime_ht=1850000,
             evidence=["Le marché n'est pas alloti", "estimé par la maîtrise d'œuvre à 1 850 000 € HT",
                       "Le marché comporte une clause d'insertion professionnelle",
                       "Insertion professionnelle : 10 points"])
    ccap = [
        TITLE("Brenne Océan Habitat", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Remplacement des menuiseries extérieures – Résidence Les Courlis"),
        *A("Objet – forme du marché",
           "Le présent marché de travaux est un marché unique, non alloti, conclu à prix global et forfaitaire "
           "avec un entrepreneur unique ou un groupement."),
        *A("Pièces contractuelles",
           ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP indice B ;", "la DPGF indice B ;",
            "le CCAG-Travaux 2021."]),
        *A("Délais",
           "Le délai d'exécution est de douze mois, dont un mois de période de préparation, à compter de l'ordre "
           "de service de démarrage. Le rythme moyen attendu est de quatre logements par jour ouvré."),
        *A("Prix – révision",
           "Les prix sont révisables par application de l'index BT18a. Le mois zéro est celui de la date limite "
           "de remise des offres."),
        *A("Avance – retenue de garantie",
           "Une avance de 10 % est versée lorsque le montant initial est supérieur à 50~000 € HT. Une retenue de "
           "garantie de 5 % est appliquée ; elle peut être remplacée par une garantie à première demande."),
        *A("Pénalités de retard",
           "Le titulaire encourt une pénalité de 1/2000e du montant HT du marché par jour calendaire de retard, "
           "et de 80 € par logement laissé sans fermeture en fin de journée."),
        *A("Clause d'insertion professionnelle",
           "Le titulaire s'engage à réaliser une action d'inser" + HY + "tion représentant au minimum 5 % du nombre total "
           "d'heures de main-d'œuvre nécessaires à l'exécution du marché, évalué par l'Office à 25~200 heures, "
           "soit un minimum de 1" + SB + "260 heures."),
        JOINP("Sont éligibles les demandeurs d'emploi de longue durée, les bénéficiaires des minima sociaux, "
              "les jeunes de moins de 26 ans sans qualification, les travailleurs handicapés et les personnes",
              "suivies par une SIAE, validées par le PLIE Brenne-Estuaire avant leur affectation au chantier."),
        P("Le titulaire transmet chaque mois au PLIE les contrats et relevés d'heures. En cas d'inexécution, une "
          "pénalité de 60 € HT par heure non réalisée est appliquée."),
        *A("Dépose et gestion des déchets",
           "Les menuiseries déposées sont démontées par matériau (verre, PVC, bois, métaux) et remises à des "
           "filières de recyclage ; le titulaire fournit les certificats de recyclage correspondants. Le bois "
           "traité est orienté vers une installation autorisée à le recevoir. Le dépôt temporaire de déchets "
           "dans les parties communes est interdit."),
        *A("Assurances",
           "Le titulaire justifie d'une assurance de responsabilité civile et d'une assurance de responsabilité "
           "décennale couvrant les travaux objet du marché."),
        *A("Litiges", "Tribunal administratif de Nantes."),
        *F_SOUSTRAITANCE(0),
        *F_RESILIATION(2),
        *F_DEROGATIONS(0, "article 6 (pénalités) à l'article 19.2 du CCAG-Travaux"),
    ]
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=1260, clause_environnementale=1,
               allotissement=0,
               evidence=["un marché unique, non alloti", "soit un minimum de 1 260 heures",
                         "remises à des filières de recyclage ; le titulaire fournit les certificats de recyclage"])
    ae = [
        TITLE("Brenne Océan Habitat", "ACTE D'ENGAGEMENT",
              "Remplacement des menuiseries extérieures de 212 logements – Résidence Les Courlis"),
        H("Article 1 – Contractant"),
        P("Je soussigné(e) ....................................., représentant la société "
          "................................, au capital de ............ €, SIRET ................................"),
        H("Article 2 – Objet"),
        P("Le présent acte d'engagement porte sur la totalité des travaux ; le marché n'est pas décomposé en "
          "lots. Il ne comporte ni tranche ni variante."),
        H("Article 3 – Prix"),
        P("Je m'engage à exécuter les travaux pour le prix global et forfaitaire de : .......................... "
          "€ HT, soit ........................ € TTC (TVA au taux de 5,5 % pour les travaux d'amélioration de la "
          "qualité énergétique, 10 % pour les autres travaux)."),
        P("Pour information, l'enveloppe financière prévisionnelle de l'opération (travaux, honoraires, aléas et "
          "révisions) arrêtée par le conseil d'administration est de 2~760~000 € TTC."),
        H("Article 4 – Délai"),
        P("Le délai d'exécution est celui fixé au CCAP."),
        H("Article 5 – Insertion"),
        P("Je m'engage à réaliser l'action d'insertion prévue à l'article 7 du CCAP."),
        H("Article 6 – Paiement"),
        P("Compte à créditer : ..................................................."),
    ]
    ae_l = L(clause_sociale=1, clause_insertion=1, allotissement=0,
             evidence=["le marché n'est pas décomposé en lots",
                       "Je m'engage à réaliser l'action d'insertion prévue à l'article 7 du CCAP"])
    return dict(
        id="d03", title="Brenne Océan Habitat (OPH) – remplacement des menuiseries de 212 logements (non alloti)",
        pieces=[PIECE("Avis_initial_BOH-2026-004.txt", "AVIS", "", "", avis, avis_l),
                PIECE("Avis_rectificatif_BOH-2026-004.txt", "AVIS", "", "", rect, rect_l),
                PIECE("RC_BOH-2026-004.pdf", "RC", hdr, "Règlement de la consultation", rc, rc_l, hyphen=True),
                PIECE("CCAP_BOH-2026-004.pdf", "CCAP", hdr, "CCAP", ccap, ccap_l, hyphen=True, cols=2),
                PIECE("AE_BOH-2026-004.docx", "AE", hdr, "Acte d'engagement", ae, ae_l)],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        values=V(heures_insertion=1260, allotissement=0, montant_estime_ht=2120000),
        why="Non alloti (RC, CCAP, AE, avis). Estimation : l'avis initial et le RC disent 1 850 000 € HT, mais "
            "l'avis rectificatif, postérieur, corrige la section II.1.5 : 2 120 000 € HT ; il prime. Heures : "
            "1 260 (CCAP art. 7 et avis). Critère social : insertion professionnelle 10 points.",
        note="Pièges : 25 200 heures de main-d'œuvre totales (assiette des 5 %), enveloppe de l'opération 2 760 000 "
             "€ TTC dans l'AE (pas l'estimation du marché), chiffre d'affaires 2 000 000 €, pénalités 60 et 80 €, "
             "« Marché réservé : non » dans l'avis, TVA 5,5 %/10 %. CCAP sur deux colonnes avec césures, nombre "
             "« 1 260 » coupé en fin de ligne, article sous-traitance coupé par un saut de page.")


def d04():
    ref = "AOO 2026-DAL-019"
    hdr = "CHU de Mérignolles – Direction des achats et de la logistique – " + ref
    rc = [
        TITLE("Centre hospitalier universitaire de Mérignolles", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture de produits d'hygiène, d'entretien des locaux et d'essuyage à usage unique",
              "Appel d'offres ouvert – articles R2124-2 1° et R2161-2 à R2161-5 du code de la commande publique"),
        *A("Acheteur",
           "CHU de Mérignolles, Direction des achats et de la logistique, 40 avenue du Professeur-Delmas, 62870 "
           "Mérignolles. SIRET 266~200~157~00012. L'établissement agit pour son compte et pour l'EHPAD du "
           "Clos-Fleuri, établissement partie au groupement hospitalier de territoire Lys-Artois."),
        *A("Objet et allotissement",
           "La consultation porte sur la fourniture de produits d'hygiène, d'entretien des locaux et d'essuyage "
           "pour les sites Pasteur, Les Ormeaux et le Clos-Fleuri. Elle est allotie comme suit :",
           ["Lot 1 – Produits d'entretien et de désinfection des surfaces ;",
            "Lot 2 – Ouate et essuyage (papier toilette, essuie-mains, bobines d'essuyage) ;",
            "Lot 3 – Sacs et housses à déchets ;",
            "Lot 4 – Gants à usage unique non stériles."],
           "Un candidat peut présenter une offre pour un ou plusieurs lot."),
        *A("Forme et durée",
           "Chaque lot fait l'objet d'un accord-cadre mono-attributaire exécuté par bons de commande, avec un "
           "montant minimum et un montant maximum fixés au CCAP. La durée est de 48 mois ferme à compter du 1er "
           "juin 2026."),
        *A("Informations sur la consommation",
           "À titre indicatif, les dépenses constatées en 2025 sur le périmètre de la consultation se sont "
           "élevées à 118~400 € HT, hors EHPAD du Clos-Fleuri. Cette donnée ne préjuge pas des commandes futures."),
        *A("Candidature",
           "Le candidat fournit le DUME ou les formulaires DC1 et DC2, la déclaration de chiffre d'affaires des "
           "trois derniers exercices et une liste de références hospitalières. Aucun niveau minimal n'est exigé."),
        *A("Échantillons",
           "Les candidats remettent, pour chaque référence des lots 1 et 4, deux échantillons gratuits, "
           "accompagnés des fiches techniques et des fiches de données de sécurité."),
        *A("Critères d'attribution",
           "Pour chaque lot, l'offre économiquement la plus avantageuse est déterminée selon les critères "
           "suivants :",
           ["Prix : 50 % (application du DQE non contractuel) ;",
            "Valeur technique et qualité d'usage, appréciée lors d'essais en service : 30 % ;",
            "Performance environnementale : 20 %, appréciée au regard des écolabels détenus, de la "
            "concentration des produits, de la réduction et de la recyclabilité des emballages et de "
            "l'organisation logistique (fréquence et regroupement des livraisons)."]),
        *A("Remise des offres",
           "Date limite : 9 mars 2026, 12 h 00, sur la plate-forme de dématérialisation du GHT. Délai de "
           "validité des offres : 150 jours."),
    ]
    rc_l = L(critere_environnemental=1, allotissement=1, nb_lots=4,
             evidence=["Lot 4 – Gants à usage unique non stériles", "Elle est allotie comme suit",
                       "Performance environnementale : 20 %"])
    ccap = [
        TITLE("CHU de Mérignolles", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Produits d'hygiène, d'entretien et d'essuyage – accords-cadres à bons de commande (lots 1 à 4)"),
        *A("Objet",
           "Le présent CCAP s'applique aux quatre lots de la consultation. Chaque lot est un accord-cadre "
           "mono-attributaire exécuté au moyen de bons de commande émis par le service économique."),
        *A("Durée",
           "Les accords-cadres sont conclus pour une durée ferme de 48 mois. Ils ne sont pas reconductibles."),
        *A("Montants",
           "Les montants ci-dessous s'entendent hors taxes et pour la durée totale de 48 mois. Le montant "
           "estimatif est communiqué pour l'information des candidats."),
        TAB([["", "Lot 1", "Lot 2", "Lot 3", "Lot 4"],
             ["Montant minimum", "40 000 €", "20 000 €", "12 000 €", "30 000 €"],
             ["Montant estimatif", "180 000 €", "96 000 €", "54 000 €", "132 000 €"],
             ["Montant maximum", "260 000 €", "140 000 €", "80 000 €", "190 000 €"]]),
        *A("Prix",
           "Les prix sont unitaires, fermes la première année puis révisables annuellement selon l'indice des "
           "prix à la production de l'industrie française pour le marché français (CPF 20.41)."),
        *A("Livraisons",
           "Les livraisons sont effectuées au magasin central du site Pasteur, du lundi au vendredi de 7 h 30 à "
           "15 h 00, dans un délai de cinq jours ouvrés à compter de l'émission du bon de commande."),
        *A("Emballages et reprise",
           "Le titulaire limite les suremballages, livre sur palettes consignées et reprend à chaque livraison "
           "les emballages de transport (cartons, films, palettes) en vue de leur valorisation. Il communique "
           "chaque année le tonnage d'emballages repris."),
        *A("Conditions sociales de fabrication (lot 4)",
           "Le titulaire du lot 4 garantit que les gants livrés sont fabriqués dans des conditions respectant les "
           "conventions fondamentales de l'Organisation internationale du travail, notamment l'interdiction du "
           "travail forcé et du travail des enfants. Il transmet au CHU, à sa demande, la liste de ses sites de "
           "production et le dernier rapport d'audit social de chacun d'eux, et met en œuvre un plan d'actions "
           "correctives en cas de manquement constaté."),
        *A("Pénalités",
           "Retard de livraison : 1/1000e du montant du bon de commande par jour de retard, avec un minimum de "
           "50 € par jour. Non-transmission du rapport d'audit social dans le délai d'un mois : 500 €."),
        *A("Paiement",
           "Le délai global de paiement est de 50 jours (article R2192-11 du code de la commande publique)."),
        *A("Résiliation",
           "Les stipulations du chapitre 7 du CCAG-FCS s'appliquent. Tout manquement grave aux engagements de "
           "l'article 7 peut justifier la résiliation pour faute du lot 4."),
    ]
    ccap_l = L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=4, montant_estime_ht=462000,
               montant_max_ht=670000,
               evidence=["Le présent CCAP s'applique aux quatre lots", "pour la durée totale de 48 mois",
                         "[somme des lots : estimatif 462 000 ; maximum 670 000]",
                         "reprend à chaque livraison les emballages de transport",
                         "conventions fondamentales de l'Organisation internationale du travail"])
    cctp = [
        TITLE("CHU de Mérignolles", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Produits d'hygiène, d'entretien et d'essuyage – spécifications par lot"),
        H("1. Dispositions communes"),
        P("Les produits sont adaptés à l'environnement hospitalier : zones à risque infectieux faible à très "
          "élevé, compatibilité avec les protocoles du service d'hygiène, absence de parfum dans les unités de "
          "soins. Les fiches techniques et les fiches de données de sécurité sont fournies en français."),
        H("2. Lot 1 – Produits d'entretien et de désinfection"),
        P("Les détergents et nettoyants multi-usages proposés sont titulaires de l'Écolabel européen ou d'un "
          "label de type I équivalent ; ils sont livrés sous forme concentrée, avec des systèmes de dosage "
          "fournis gratuitement. Les détergents-désinfectants satisfont aux normes EN 1276, EN 13697 et EN 14476."),
        H("3. Lot 2 – Ouate et essuyage"),
        P("Le papier toilette et les essuie-mains sont fabriqués à partir de fibres 100 % recyclées ou de "
          "fibres vierges certifiées FSC ou PEFC ; les mandrins sont en carton recyclable."),
        H("4. Lot 3 – Sacs et housses à déchets"),
        P("Les sacs en polyéthylène contiennent au moins 30 % de matière recyclée, à l'exception des sacs "
          "destinés aux déchets d'activités de soins à risques infectieux, régis par leur norme propre."),
        H("5. Lot 4 – Gants à usage unique"),
        P("Gants en nitrile, non poudrés, ambidextres, conformes aux normes EN 455-1 à EN 455-4 et EN ISO "
          "374-5 ; tailles XS à XL ; conditionnement en boîtes distributrices de 100 ou 200 gants."),
        H("6. Essais"),
        P("Les produits retenus en phase d'analyse font l'objet d'essais de quinze jours dans trois unités de "
          "soins et au service de bio-nettoyage."),
    ]
    cctp_l = L(clause_environnementale=1, allotissement=1, nb_lots=4,
               evidence=["titulaires de l'Écolabel européen ou d'un label de type I équivalent",
                         "contiennent au moins 30 % de matière recyclée", "5. Lot 4 – Gants à usage unique"])
    dqe = [
        TITLE("CHU de Mérignolles", "DÉTAIL QUANTITATIF ESTIMATIF – LOT 1",
              "Produits d'entretien et de désinfection des surfaces"),
        P("Le présent DQE n'a pas de valeur contractuelle : il sert uniquement au jugement du critère prix. Les "
          "quantités annuelles sont indicatives."),
        RTAB([["Réf.", "Désignation", "Conditionnement", "Quantité annuelle", "Prix unitaire HT", "Total HT"],
              ["1.1", "Détergent neutre multi-surfaces concentré", "bidon 5 L", "420", "", ""],
              ["1.2", "Détergent-désinfectant sols et surfaces", "bidon 5 L", "960", "", ""],
              ["1.3", "Nettoyant vitres prêt à l'emploi", "flacon 750 ml", "1~200", "", ""],
              ["1.4", "Détartrant sanitaires", "bidon 1 L", "640", "", ""],
              ["1.5", "Lingettes détergentes-désinfectantes", "boîte de 100", "3~600", "", ""],
              ["", "Total annuel HT", "", "", "", ""]]),
    ]
    dqe_l = L(allotissement=1, evidence=["DÉTAIL QUANTITATIF ESTIMATIF – LOT 1"])
    return dict(
        id="d04", title="CHU de Mérignolles – produits d'hygiène, d'entretien et d'essuyage (4 lots, accords-cadres)",
        pieces=[PIECE("RC_2026-DAL-019.pdf", "RC", hdr, "Règlement de la consultation", rc, rc_l, hyphen=True),
                PIECE("CCAP_2026-DAL-019.docx", "CCAP", hdr, "CCAP – lots 1 à 4", ccap, ccap_l),
                PIECE("CCTP_2026-DAL-019.pdf", "CCTP", hdr, "CCTP – spécifications", cctp, cctp_l, hyphen=True,
                      cols=2),
                PIECE("DQE_Lot1_2026-DAL-019.docx", "DQE", hdr, "DQE lot 1", dqe, dqe_l)],
        pos=["clause_sociale", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=4, montant_estime_ht=462000, montant_max_ht=670000),
        why="Quatre lots. Le tableau du CCAP (lots en colonnes, montants sur la durée ferme de 48 mois) donne "
            "l'estimatif et le maximum par lot : estimation 180 000 + 96 000 + 54 000 + 132 000 = 462 000 € HT ; "
            "maximum 260 000 + 140 000 + 80 000 + 190 000 = 670 000 € HT. Clause sociale : conventions "
            "fondamentales de l'OIT et audits sociaux pour le lot 4 (CCAP), sans insertion.",
        note="Pièges : ligne des montants minimums (40 000…), dépenses 2025 de 118 400 € HT (RC), pénalités 50 / "
             "500 €, délai de 50 jours, « environnement hospitalier » (sens physique). Écolabel, fibres recyclées "
             "et 30 % de matière recyclée exigés (CCTP), reprise des emballages (CCAP). Critère environnemental "
             "20 %. CCTP sur deux colonnes ; dans le RC, le critère environnemental est coupé par un saut de page au "
             "milieu d'un mot (« con- / centration »).")


def d05():
    ref = "UPV-2026-031"
    hdr = "Université de Pontvallon – Nettoyage des locaux – " + ref
    rc = [
        TITLE("UNIVERSITÉ DE PONTVALLON", "RÈGLEMENT DE LA CONSULTATION",
              "Direction des affaires juridiques et des achats",
              "Nettoyage et entretien des locaux des campus de Pontvallon",
              "Appel d'offres ouvert européen"),
        *A("Objet",
           "Le marché porte sur le nettoyage courant des locaux d'enseignement, de recherche et administratifs, "
           "la vitrerie et les prestations ponctuelles de remise en état. Il est décomposé en deux lots :",
           ["lot 1 : campus des Sciences (site Nord), 29 400 m² ;",
            "lot 2 : campus Lettres, Droit et Gestion (site Sud), 18 800 m²."]),
        *A("Durée",
           "Chaque lot est conclu pour un an à compter du 1er septembre 2026, reconductible trois fois par "
           "période d'un an, soit une durée maximale de quatre ans."),
        *A("Estimation",
           "L'estimation annuelle des prestations est de 210~000 € HT pour le lot 1 et de 165~000 € HT pour le "
           "lot 2. Pour mémoire, le marché actuel (2022-2026), qui réunissait les deux sites, représente environ "
           "312~000 € HT par an."),
        *A("Reprise du personnel",
           "Les candidats sont informés que le titulaire est tenu de reprendre le personnel affecté aux sites "
           "dans les conditions de l'accord conventionnel de branche de la propreté ; la liste anonymisée des "
           "23 salariés concernés figure en annexe 8."),
        *A("Visite obligatoire",
           "La visite des deux campus est obligatoire. Elle a lieu les 2 et 3 mars 2026 ; une attestation de "
           "visite est remise au candidat."),
        *A("Insertion",
           "Les deux lots comportent une clause d'insertion profes" + HY + "sionnelle, précisée à l'article 8 du CCAP."),
        *A("Critères de jugement des offres",
           "Chaque lot est attribué à l'offre économiquement la plus avantageuse au regard des critères pondérés "
           "suivants :",
           ["Prix : 50 % ;",
            "Valeur technique : 35 % (organisation, encadrement, contrôle qualité, plan de continuité) ;",
            "Performance en matière d'insertion professionnelle des publics en difficulté : 15 % (nature des "
            "parcours proposés, encadrement, formation, perspectives d'emploi durable)."]),
        *A("Remise des offres",
           "Les offres sont transmises sur la plate-forme achats.univ-pontvallon.fr au plus tard le 30 mars "
           "2026 à 14 h 00."),
        *F_DEMAT(1),
    ]
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=2,
             montant_estime_ht=1500000,
             evidence=["Il est décomposé en deux lots",
                       "210 000 € HT pour le lot 1 et de 165 000 € HT pour le lot 2",
                       "reconductible trois fois", "[(210 000 + 165 000) × 4 = 1 500 000]",
                       "Les deux lots comportent une clause d'insertion professionnelle",
                       "insertion professionnelle des publics en difficulté : 15 %"])
    ccap = [
        TITLE("Université de Pontvallon", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Nettoyage et entretien des locaux – lots 1 et 2"),
        *A("Objet et décomposition",
           "Le présent CCAP est commun aux deux lots. Chaque lot fait l’objet d’un marché distinct comportant "
           "une partie forfaitaire (nettoyage courant) et une partie à bons de commande (prestations ponctuelles) "
           "rémunérée sur la base du BPU."),
        *A("Durée",
           "Chaque marché est conclu pour une période initiale d’un an, reconductible tacitement trois fois."),
        *A("Prix",
           "La partie forfaitaire est rémunérée mensuellement. Les prix sont révisés annuellement au 1er "
           "septembre selon l’indice du coût de la main-d’œuvre de la propreté."),
        *A("Personnel",
           "Le titulaire reprend le personnel en application de l’accord de branche de la propreté. Il veille au "
           "respect des obligations prévues aux articles L.~5212-1 et suivants du code du travail."),
        *A("Contrôle qualité",
           "Des contrôles contradictoires mensuels sont réalisés selon la méthode de l’annexe 3 du CCTP ; une "
           "note inférieure à 80 % entraîne la réfaction de 5 % du forfait mensuel."),
        *A("Pénalités",
           "Absence de prestation dans un bâtiment : 400 € par jour ; non-remplacement d’un agent absent au-delà "
           "de 24 heures : 120 € par jour."),
        *A("Paiement", "Le délai global de paiement est de 30 jours."),
        *A("Action d’insertion professionnelle",
           "Pour chaque année d’exécution, le titulaire réalise au minimum les heures de travail d’insertion "
           "suivantes, au bénéfice de personnes éloignées de l’emploi :",
           ["lot 1 : 250 heures par an ;", "lot 2 : 200 heures par an."],
           "Les heures sont réalisées par embauche directe, par mise à disposition de salariés d’une entreprise "
           "de travail temporaire d’insertion ou d’une association intermédiaire, ou par sous-traitance à une "
           "entreprise d’insertion. Le facilitateur de la Maison de l’emploi du bassin de Pontvallon valide "
           "l’éligibilité des personnes. Toute heure non réalisée donne lieu à une pénalité de 40 € HT."),
        *A("Litiges", "Tribunal administratif de Rennes."),
        *F_FACTURATION(2),
        *F_DONNEES(1),
    ]
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=1800, allotissement=1, nb_lots=2,
               evidence=["Le présent CCAP est commun aux deux lots", "lot 1 : 250 heures par an ;",
                         "lot 2 : 200 heures par an.", "reconductible tacitement trois fois",
                         "[(250 + 200) heures × 4 années = 1 800 heures]"])
    cctp = [
        TITLE("Université de Pontvallon", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Nettoyage et entretien des locaux – commun aux lots 1 et 2"),
        *A("Périmètre",
           "Le présent CCTP est commun aux deux lots. Les surfaces et les fréquences de chaque bâtiment figurent "
           "dans les tableaux de l'annexe 1 (lot 1 : bâtiments S1 à S9 ; lot 2 : bâtiments L1 à L6 et "
           "bibliothèque universitaire)."),
        *A("Horaires",
           "Le nettoyage courant est effectué du lundi au vendredi de 6 h 00 à 9 h 00 et de 17 h 30 à 20 h 00, "
           "hors présence des étudiants dans les amphithéâtres. Les laboratoires sont traités en présence d'un "
           "référent de l'unité."),
        *A("Fréquences",
           "Bureaux : deux fois par semaine ; salles d'enseignement et amphithéâtres : quotidiennement ; "
           "sanitaires : quotidiennement avec un second passage à la mi-journée pour le campus Sud ; vitrerie : "
           "deux fois par an."),
        *A("Produits et matériels",
           "Les produits utilisés sont conformes à la réglementation en vigueur ; les fiches de données de "
           "sécurité sont tenues à la disposition du service de prévention. Le matériel éléctrique est vérifié "
           "annuelement."),
        *A("Traçabilité",
           "Le titulaire renseigne les passages dans l'application de suivi de l'université, accessible depuis "
           "l'environnement numérique de travail (ENT) avec un compte prestataire."),
        *A("Interlocuteurs",
           "Le titulaire désigne un chef d'équipe par campus, joignable de 6 h 00 à 20 h 00, et un responsable "
           "de site qui participe à la réunion trimestrielle de suivi."),
    ]
    cctp_l = L(allotissement=1, nb_lots=2, evidence=["Le présent CCTP est commun aux deux lots"])
    bpu = [
        TITLE("Université de Pontvallon", "BORDEREAU DES PRIX UNITAIRES – LOT 2",
              "Campus Lettres, Droit et Gestion (site Sud) – prestations ponctuelles"),
        RTAB([["N°", "Prestation", "Unité", "Prix HT (€)"],
              ["1", "Remise en état après travaux", "m²", ""],
              ["2", "Vitrerie difficile d'accès (nacelle comprise)", "m²", ""],
              ["3", "Shampooing moquette", "m²", ""],
              ["4", "Décapage et mise en cire des sols thermoplastiques", "m²", ""],
              ["5", "Heure d'agent de service supplémentaire (jour ouvré)", "heure", ""],
              ["6", "Heure d'agent de service supplémentaire (dimanche, jour férié)", "heure", ""]],
             widths=[0.4, 3.4, 0.8, 1.1], align="lllr"),
        P("Les prix comprennent la fourniture des produits et matériels, le déplacement et l'encadrement."),
    ]
    bpu_l = L(allotissement=1, evidence=["BORDEREAU DES PRIX UNITAIRES – LOT 2"])
    avis = [
        TITLE("Avis de marché", "Directive 2014/24/UE – Services"),
        H("1. Acheteur"),
        P("Nom officiel : Université de Pontvallon"),
        P("Numéro d'enregistrement légal : 19350936100013"),
        P("Forme juridique de l'acheteur : Organisme de droit public"),
        H("2. Procédure"),
        P("Titre : Nettoyage et entretien des locaux des campus de Pontvallon"),
        P("Description : nettoyage courant, vitrerie et remises en état des locaux de l'université."),
        P("Identifiant de la procédure : UPV-2026-031"),
        P("Type de procédure : Ouverte"),
        P("Nature du marché : Services – Classification principale (cpv) : 90911200"),
        P("Valeur estimée hors TVA : 1 500 000,00 EUR"),
        P("Informations sur les lots : ce marché est divisé en lots : 2"),
        H("5. Lot"),
        P("LOT-0001 : Campus des Sciences (site Nord)"),
        P("LOT-0002 : Campus Lettres, Droit et Gestion (site Sud)"),
        P("Durée : 12 mois. Reconductions : 3 reconductions annuelles."),
        P("Critères d'attribution : Prix – 50 ; Valeur technique – 35 ; Performance en matière d'insertion "
          "professionnelle – 15"),
        P("Conditions d'exécution du marché : clause sociale d'insertion. Le volume est de 1 800 heures pour la "
          "durée totale du marché, reconductions comprises (lot 1 : 1 000 heures ; lot 2 : 800 heures)."),
        P("Marché réservé : Non"),
        H("8. Organisations"),
        P("Organisation chargée des procédures de recours : Tribunal administratif de Rennes"),
        P("Date d'envoi de l'avis : 20/02/2026"),
    ]
    avis_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=1800, critere_social=1, allotissement=1,
               nb_lots=2, montant_estime_ht=1500000,
               evidence=["Valeur estimée hors TVA : 1 500 000,00 EUR", "ce marché est divisé en lots : 2",
                         "Performance en matière d'insertion professionnelle – 15",
                         "Le volume est de 1 800 heures pour la durée totale du marché"])
    return dict(
        id="d05", title="Université de Pontvallon – nettoyage des locaux (2 lots) – archive ZIP, pièces à la racine",
        archive=True,
        pieces=[PIECE("RC_" + ref + ".pdf", "RC", hdr, "Règlement de la consultation", rc, rc_l, hyphen=True),
                PIECE("CCAP_" + ref + ".docx", "CCAP", hdr, "CCAP commun aux deux lots", ccap, ccap_l),
                PIECE("CCTP_" + ref + ".pdf", "CCTP", hdr, "CCTP commun", cctp, cctp_l),
                PIECE("BPU_Lot2_" + ref + ".pdf", "BPU", hdr, "BPU lot 2", bpu, bpu_l),
                PIECE("Avis_BOAMP_26-118734.txt", "AVIS", "", "", avis, avis_l)],
        pos=["clause_sociale", "clause_insertion", "critere_social"],
        values=V(heures_insertion=1800, allotissement=1, nb_lots=2, montant_estime_ht=1500000),
        why="Deux lots. Estimation : 1 500 000 € HT écrite dans l'avis (durée totale) ; le RC ne donne que des "
            "estimations annuelles par lot (210 000 + 165 000) × 4 ans = 1 500 000, cohérent. Heures : le CCAP "
            "les fixe par an (250 + 200), l'avis donne le total sur la durée totale, reconductions comprises : "
            "1 800 heures. Pas de maximum écrit.",
        note="Pièges : marché actuel 312 000 € HT par an, 23 salariés repris (obligation conventionnelle), rappel "
             "L5212-1, horaires « 6 h 00 à 9 h 00 », « au-delà de 24 heures », « heure d'agent supplémentaire » "
             "au BPU, surfaces en m², réfaction de 5 %, « environnement numérique de travail ». Aucune clause "
             "environnementale (produits « conformes à la réglementation »). Archive ZIP, pièces à la racine.")


def d06():
    pre = "DCE_SIRTOM_2026-02/"
    hdr = "SIRTOM du Val de Lizonne – Collecte des déchets ménagers 2027-2032"
    rc = [
        TITLE("SIRTOM du Val de Lizonne", "RÈGLEMENT DE LA CONSULTATION",
              "Syndicat intercommunal de ramassage et de traitement des ordures ménagères",
              "Collecte en porte-à-porte des ordures ménagères résiduelles et des emballages ménagers"),
        *A("Présentation du Syndicat",
           "Le SIRTOM regroupe 31 communes et 27~400 habitants. Il est représenté par son Président, M. "
           "Jean-Marc Vialard. Siège : ZA des Granges, 24350 Lizonne-la-Tour. SIRET : 252~403~118~00027."),
        *A("Objet",
           "La consultation porte sur la collecte en porte-à-porte des ordures ménagères résiduelles (OMR) et "
           "des emballages ménagers recyclables, en bacs individuels et collectifs, et sur leur transport "
           "jusqu'au centre de transfert de Brantôme-Nord."),
        *A("Allotissement",
           "Le marché n'est pas décomposé en lots : la collecte des OMR et des emballages est réalisée en "
           "alternance par les mêmes équipages et les mêmes véhicules bi-compartimentés ; une dévolution en lots "
           "séparés renchérirait sensiblement le coût de la prestation (article L2113-11 2° du code)."),
        *A("Durée",
           "Le marché est conclu pour six ans à compter du 1er janvier 2027. Il peut être reconduit une fois "
           "pour une durée de deux ans."),
        *A("Informations sur le marché en cours",
           "Le marché en cours (2019-2026) a représenté un montant total de 3" + SB + "105~000 € HT. Le titulaire actuel "
           "emploie 18 agents affectés au service."),
        *A("Clause d'insertion",
           "Le marché comporte une clause d'insertion professionnelle (article 11 du CCAP)."),
        *A("Critères d'attribution",
           "Prix : 45 % ; valeur technique : 40 % ; performance environnementale du service : 15 %, appréciée "
           "selon la motorisation et les émis" + HY + "sions des véhicules affectés, les kilomètres parcourus à vide et la "
           "consom" + HY + "mation de carburant prévisionnelle."),
        *A("Remise des offres",
           "Les offres sont déposées sur la plate-forme marches.perigord-publics.fr au plus tard le 10 avril 2026 "
           "à 12 h."),
        *F_DEMAT(2),
        *F_DONNEES(0),
    ]
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=0,
             evidence=["Le marché n'est pas décomposé en lots",
                       "Le marché comporte une clause d'insertion professionnelle",
                       "performance environnementale du service : 15 %"])
    ccap = [
        TITLE("SIRTOM du Val de Lizonne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Collecte en porte-à-porte des OMR et des emballages ménagers"),
        *A("Objet",
           "Le présent marché unique, non alloti, a pour objet la collecte en porte-à-porte des OMR et des "
           "emballages ménagers recyclables sur le territoire des 31 communes membres."),
        *A("Durée",
           "Six ans à compter du 1er janvier 2027, reconductible une fois deux ans par décision expresse."),
        *A("Prix",
           "Le marché est traité à prix forfaitaires annuels pour les collectes régulières et à prix unitaires "
           "pour les collectes supplémentaires. Les prix sont révisés selon une formule associant l'indice ICHT-IME "
           "et l'indice du gazole non routier."),
        *A("Assurances",
           "Le titulaire souscrit une assurance de responsabilité civile d'un montant minimal de 7~500~000 € par "
           "sinistre et une assurance flotte automobile sans limitation de montant pour les dommages corporels."),
        *A("Véhicules",
           "Les bennes affectées au marché respectent au minimum la norme Euro VI. Dès le démarrage du marché, au "
           "moins la moitié d'entre elles fonctionnent au GNV ou au bioGNV, et la totalité au terme de la "
           "troisième année. Le titulaire communique chaque semestre les consommations de carburant par véhicule."),
        *A("Pénalités",
           "Oubli de collecte d'une rue : 250 € ; retard de plus de deux heures sur une tournée : 150 € ; "
           "absence de transmission des rapports de tonnage : 100 € par jour."),
        *A("Paiement", "Le délai global de paiement est de 30 jours."),
        *A("Avance",
           "Une avance de 5 % du montant annuel du marché est versée au titulaire, sauf renonciation."),
        *A("Sous-traitance",
           "La sous-traitance de la collecte proprement dite est limitée à 30 % du montant du marché."),
        *A("Rapport annuel",
           "Le titulaire remet avant le 31 janvier de chaque année un rapport d'activité comportant les tonnages, "
           "les incidents, les réclamations et les indicateurs du marché."),
        *A("Clause sociale d'insertion",
           "11.1 Le titulaire s'engage à réserver une partie des heures de travail générées par le marché à des "
           "personnes rencontrant des difficultés sociales ou professionnelles particulières."),
        P("11.2 Le volume minimal est fixé à 5" + SB + "000 heures sur la durée initiale du marché, réparties de façon "
          "aussi régulière que possible."),
        P("11.3 Les personnes éligibles sont validées par la Maison de l'emploi et de la formation du Lizonnais, "
          "qui assure le suivi de l'action."),
        P("11.4 Le titulaire transmet chaque trimestre un état des heures réalisées."),
        P("11.5 Toute heure non réalisée donne lieu à une pénalité de 50 € HT."),
    ]
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=5000, clause_environnementale=1,
               allotissement=0,
               evidence=["Le présent marché unique, non alloti",
                         "Le volume minimal est fixé à 5 000 heures sur la durée initiale du marché",
                         "au moins la moitié d'entre elles fonctionnent au GNV ou au bioGNV"])
    cctp = [
        TITLE("SIRTOM du Val de Lizonne", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Collecte en porte-à-porte des OMR et des emballages ménagers"),
        H("1. Données du service"),
        P("En 2025, le service a collecté 4 850 tonnes d'OMR et 1 320 tonnes d'emballages ménagers. Le "
          "territoire compte 14 200 points de présentation et 96 points de regroupement."),
        H("2. Fréquences et horaires"),
        P("OMR : collecte hebdomadaire (C1) ; emballages : collecte tous les quinze jours (C0,5), en alternance. "
          "Les collectes ont lieu de 5 h 00 à 12 h 00, sauf dans les centres-bourgs de Lizonne-la-Tour et de "
          "Saint-Front, collectés avant 7 h 00."),
        H("3. Moyens"),
        P("Le titulaire affecte au moins cinq bennes bi-compartimentées de 19 tonnes et une benne de 12 tonnes "
          "pour les voies étroites, ainsi qu'un véhicule de remplacement."),
        H("4. Conduite économe"),
        P("Les véhicules sont équipés d'un système de coupure automatique du moteur à l'arrêt et d'un boîtier de "
          "télémétrie ; les chauffeurs suivent une formation à l'éco-conduite dans les six mois suivant le "
          "démarrage, puis tous les trois ans."),
        H("5. Suivi"),
        P("Les tonnages sont pesés au centre de transfert ; les bons de pesée sont transmis chaque semaine au "
          "Syndicat par voie électronique."),
    ]
    cctp_l = L(clause_environnementale=1,
               evidence=["les chauffeurs suivent une formation à l'éco-conduite",
                         "coupure automatique du moteur à l'arrêt"])
    ae = [
        TITLE("SIRTOM du Val de Lizonne", "ACTE D'ENGAGEMENT",
              "Collecte en porte-à-porte des OMR et des emballages ménagers"),
        H("A – Objet"),
        P("Le présent acte d'engagement concerne le marché de collecte des OMR et des emballages ménagers. Le "
          "marché est unique ; il n'est pas alloti."),
        H("B – Montant estimé"),
        P("Le montant total estimé du marché, période de reconduction comprise, s'élève à 3~960~000 € HT, soit "
          "4~356~000 € TTC (TVA 10 %). Ce montant indicatif sert de base au calcul de l'avance et des garanties."),
        H("C – Engagement du candidat"),
        P("Je soussigné(e) ................................................ m'engage, sur la base de mon "
          "offre, à exécuter les prestations pour les prix suivants :"),
        RTAB([["Prestation", "Prix forfaitaire annuel HT"], ["Collecte des OMR", ""],
              ["Collecte des emballages ménagers", ""], ["Total annuel", ""]], widths=[2, 1]),
        H("D – Paiement"),
        P("Compte ouvert au nom de : ...................................... IBAN : ............................"),
    ]
    ae_l = L(allotissement=0, montant_estime_ht=3960000,
             evidence=["il n'est pas alloti",
                       "Le montant total estimé du marché, période de reconduction comprise, s'élève à 3 960 000 € HT"])
    qr = [
        TITLE("SIRTOM du Val de Lizonne", "REGISTRE DES QUESTIONS ET RÉPONSES",
              "Collecte des OMR et des emballages ménagers – publié le 3 mars 2026"),
        H("Question 1"),
        P("Pouvez-vous communiquer les tonnages collectés en 2024 et 2025 ?"),
        P("Réponse : 2024 : 4 910 t d'OMR et 1 275 t d'emballages ; 2025 : 4 850 t d'OMR et 1 320 t "
          "d'emballages."),
        H("Question 2"),
        P("Le personnel du titulaire actuel doit-il être repris ?"),
        P("Réponse : la reprise relève des dispositions conventionnelles applicables au secteur et du code du "
          "travail ; le Syndicat n'impose aucune obligation supplémentaire. Dix-huit agents sont concernés."),
        H("Question 3"),
        P("Quel est le montant du marché actuel ?"),
        P("Réponse : 3 105 000 € HT pour la période 2019-2026 (voir l'article 5 du RC)."),
        H("Question 4"),
        P("L'article 11.2 du CCAP fixe 5 000 heures d'insertion sur la durée initiale, ce qui représente près de "
          "12 % des heures de collecte selon nos calculs. Ce volume peut-il être revu ?"),
        P("Réponse : le Syndicat a revu le volume au vu des effectifs nécessaires. Le nombre d'heures "
          "d'insertion est ramené à 4 200 heures sur la durée initiale du marché ; l'article 11.2 du CCAP est "
          "modifié en ce sens. La pénalité de l'article 11.5 est inchangée."),
        H("Question 5"),
        P("Le Syndicat fournit-il les bacs ?"),
        P("Réponse : oui, les bacs sont fournis et maintenus par le Syndicat ; le titulaire signale les bacs "
          "endommagés."),
    ]
    qr_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=4200,
             evidence=["Le nombre d'heures d'insertion est ramené à 4 200 heures sur la durée initiale du marché"])
    return dict(
        id="d06", title="SIRTOM du Val de Lizonne – collecte des ordures ménagères (non alloti) – archive ZIP, sous-dossier",
        archive=True,
        pieces=[PIECE(pre + "01_RC.pdf", "RC", hdr, "01 – Règlement de la consultation", rc, rc_l, hyphen=True,
                      cols=2),
                PIECE(pre + "02_CCAP.pdf", "CCAP", hdr, "02 – CCAP", ccap, ccap_l, hyphen=True),
                PIECE(pre + "03_CCTP.docx", "CCTP", hdr, "03 – CCTP", cctp, cctp_l),
                PIECE(pre + "04_AE.docx", "AE", hdr, "04 – Acte d'engagement", ae, ae_l),
                PIECE(pre + "05_Questions-Reponses.pdf", "QR", hdr, "05 – Questions / réponses", qr, qr_l)],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=4200, allotissement=0, montant_estime_ht=3960000),
        why="Non alloti. Estimation écrite seulement dans l'AE : 3 960 000 € HT, reconduction comprise (le TTC "
            "4 356 000 est à écarter). Heures : le CCAP fixe 5 000 heures, mais le registre des questions-"
            "réponses, postérieur, les ramène à 4 200 heures et modifie l'article 11.2 : 4 200 prime.",
        note="Pièges : marché en cours 3 105 000 € HT (RC et Q/R), assurance 7 500 000 €, pénalités 250 / 150 / 100 "
             "/ 50 €, avance 5 %, sous-traitance 30 %, tonnages, « 12 % des heures de collecte », horaires 5 h 00 "
             "- 12 h 00, 18 agents repris (obligation légale, pas une clause). Environnement : bennes GNV (CCAP), "
             "éco-conduite (CCTP), critère 15 %. Archive ZIP avec sous-dossier et nommage 01_RC.pdf.")


D07_XML = """<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
    xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"
    xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1"
    xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1"
    xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1">
  <ext:UBLExtensions>
    <ext:UBLExtension>
      <ext:ExtensionContent>
        <efext:EformsExtension>
          <efac:Organizations>
            <efac:Organization>
              <efac:Company>
                <cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>
                <cac:PartyName><cbc:Name languageID="FRA">Région Loire-Bocage</cbc:Name></cac:PartyName>
                <cac:PostalAddress>
                  <cbc:StreetName>1 esplanade du Bocage</cbc:StreetName>
                  <cbc:CityName>Vallières-sur-Loire</cbc:CityName>
                  <cbc:PostalZone>49105</cbc:PostalZone>
                  <cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country>
                </cac:PostalAddress>
                <cac:PartyLegalEntity><cbc:CompanyID>23490017600011</cbc:CompanyID></cac:PartyLegalEntity>
                <cac:Contact><cbc:Name>Direction de la commande publique</cbc:Name><cbc:ElectronicMail>achats@loire-bocage.fr</cbc:ElectronicMail></cac:Contact>
              </efac:Company>
            </efac:Organization>
          </efac:Organizations>
        </efext:EformsExtension>
      </ext:ExtensionContent>
    </ext:UBLExtension>
  </ext:UBLExtensions>
  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>
  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>
  <cbc:ID schemeName="notice-id">3f0c6a52-91d4-4b0e-a7de-2b5c1e0a7d61</cbc:ID>
  <cbc:ContractFolderID>c1a8e3f4-0b2d-4a7f-9c61-55d0e2a4b8c3</cbc:ContractFolderID>
  <cbc:IssueDate>2026-02-02+01:00</cbc:IssueDate>
  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
  <cac:ContractingParty>
    <cac:ContractingPartyType><cbc:PartyTypeCode listName="buyer-legal-type">ra</cbc:PartyTypeCode></cac:ContractingPartyType>
    <cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification></cac:Party>
  </cac:ContractingParty>
  <cac:TenderingProcess>
    <cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>
  </cac:TenderingProcess>
  <cac:ProcurementProject>
    <cbc:ID>RLB-DCP-2026-011</cbc:ID>
    <cbc:Name languageID="FRA">Impression, façonnage et mise sous pli des documents de la Région</cbc:Name>
    <cbc:Description languageID="FRA">Accord-cadre à bons de commande en trois lots : impression offset et numérique, impression grand format et signalétique, mise sous pli, façonnage manuel et routage.</cbc:Description>
    <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
    <cac:RequestedTenderTotal>
      <cbc:EstimatedOverallContractAmount currencyID="EUR">540000</cbc:EstimatedOverallContractAmount>
    </cac:RequestedTenderTotal>
    <cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">79800000</cbc:ItemClassificationCode></cac:MainCommodityClassification>
  </cac:ProcurementProject>
%LOTS%
</ContractNotice>
"""

D07_LOT = """  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">LOT-000%(n)d</cbc:ID>
    <cac:TenderingTerms>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement>
          <cbc:TendererRequirementTypeCode listName="reserved-procurement">%(res)s</cbc:TendererRequirementTypeCode>
        </cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>
%(exe)s      <cac:AwardingTerms>
        <cac:AwardingCriterion>
%(crit)s        </cac:AwardingCriterion>
      </cac:AwardingTerms>
    </cac:TenderingTerms>
    <cac:ProcurementProject>
      <cbc:ID schemeName="InternalID">RLB-DCP-2026-011-L%(n)d</cbc:ID>
      <cbc:Name languageID="FRA">%(name)s</cbc:Name>
      <cbc:Description languageID="FRA">%(descr)s</cbc:Description>
      <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
      <cac:RequestedTenderTotal>
        <cbc:EstimatedOverallContractAmount currencyID="EUR">%(val)s</cbc:EstimatedOverallContractAmount>
      </cac:RequestedTenderTotal>
      <cac:PlannedPeriod><cbc:DurationMeasure unitCode="MONTH">12</cbc:DurationMeasure></cac:PlannedPeriod>
      <cac:ContractExtension>
        <cbc:MaximumNumberNumeric>3</cbc:MaximumNumberNumeric>
        <cac:Renewal><cac:Period><cbc:Description languageID="FRA">Reconductible tacitement trois fois pour un an.</cbc:Description></cac:Period></cac:Renewal>
      </cac:ContractExtension>
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>
"""

D07_CRIT = """          <cac:SubordinateAwardingCriterion>
            <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>
              <efac:AwardCriterionParameter>
                <efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode>
                <efbc:ParameterNumeric>%(w)s</efbc:ParameterNumeric>
              </efac:AwardCriterionParameter>
            </efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">%(t)s</cbc:AwardingCriterionTypeCode>
            <cbc:Description languageID="FRA">%(d)s</cbc:Description>
          </cac:SubordinateAwardingCriterion>
"""

D07_EXE = """      <cac:ContractExecutionRequirement>
        <cbc:ExecutionRequirementCode listName="conditions">performance</cbc:ExecutionRequirementCode>
        <cbc:Description languageID="FRA">%s</cbc:Description>
      </cac:ContractExecutionRequirement>
"""


def _d07_xml():
    env = ("Papiers certifiés FSC ou PEFC, ou recyclés ; imprimeur titulaire de la marque Imprim'Vert ou "
           "équivalent ; reprise et recyclage des gâches d'impression.")
    lots = [
        dict(n=1, res="none", name="Lot 1 – Impression offset et numérique des publications",
             descr="Magazine régional, rapports, dépliants et affiches de format inférieur ou égal à A2.",
             val="270000", exe=D07_EXE % env,
             crit=[("55", "price", "Prix"), ("35", "quality", "Qualité technique des réalisations"),
                   ("10", "quality", "Performance environnementale : certification des papiers, encres, "
                                     "procédés, distances de livraison")]),
        dict(n=2, res="none", name="Lot 2 – Impression grand format et signalétique",
             descr="Bâches, kakémonos, panneaux de chantier et signalétique des lycées.",
             val="180000", exe=D07_EXE % env,
             crit=[("55", "price", "Prix"), ("35", "quality", "Qualité technique des réalisations"),
                   ("10", "quality", "Performance environnementale : supports recyclables, encres, "
                                     "reprise des supports usagés")]),
        dict(n=3, res="res-ws", name="Lot 3 – Mise sous pli, façonnage manuel et routage",
             descr="Lot réservé au titre de l'article L. 2113-13-1 du code de la commande publique aux "
                   "opérateurs économiques employant des personnes détenues.",
             val="90000", exe="",
             crit=[("50", "price", "Prix"), ("50", "quality", "Qualité, délais et sécurité des envois")]),
    ]
    out = []
    for l in lots:
        crit = "".join(D07_CRIT % dict(w=w, t=t, d=d) for w, t, d in l["crit"])
        out.append(D07_LOT % dict(l, crit=crit))
    return D07_XML.replace("%LOTS%\n", "".join(out))


def d07():
    ref = "RLB-DCP-2026-011"
    hdr = "Région Loire-Bocage – Direction de la commande publique – " + ref
    rc = [
        TITLE("RÉGION LOIRE-BOCAGE", "RÈGLEMENT DE LA CONSULTATION",
              "Impression, façonnage et mise sous pli des documents de la Région",
              "Accords-cadres à bons de commande – appel d'offres ouvert"),
        *A("Acheteur",
           "Région Loire-Bocage, 1 esplanade du Bocage, 49105 Vallières-sur-Loire Cedex 2, représentée par la "
           "Présidente du Conseil régional. SIRET : 234~900~176~00011."),
        *A("Objet et lots",
           "La consultation porte sur l'impression et le façonnage des documents de communication et "
           "institutionnels de la Région ainsi que sur leur mise sous pli et leur routage. Elle comprend trois "
           "lots :",
           ["Lot 1 : impression offset et numérique des publications ;",
            "Lot 2 : impression grand format et signalétique ;",
            "Lot 3 : mise sous pli, façonnage manuel et routage."]),
        *A("Lot réservé",
           "Le lot 3 est réservé, en application de l'article L.~2113-13-1 du code de la commande publique, aux "
           "opérateurs économiques qui emploient des personnes détenues, qu'il s'agisse du service de l'emploi "
           "pénitentiaire ou de concessionnaires intervenant en établissement pénitentiaire, dès lors que la "
           "proportion minimale de personnes détenues employées est respectée."),
        *A("Durée",
           "Chaque accord-cadre est conclu pour un an et reconductible tacitement trois fois pour un an."),
        *A("Capacités",
           "Pour le lot 1, un chiffre d'affaires annuel minimal de 400~000 € HT est exigé. Les candidats au lot "
           "3 produisent l'attestation de l'administration pénitentiaire correspondant à leur statut."),
        *A("Jugement des offres",
           "Lots 1 et 2 : prix (55 %), qualité technique des réalisations jugée sur échantillons (35 %), "
           "performance environnementale (10 %) : certification des papiers, nature des encres, procédés "
           "d'impression, distances de livraison. Lot 3 : prix (50 %), qualité, délais et sécurité des "
           "envois (50 %)."),
        *A("Remise des offres",
           "Date limite : 16 mars 2026 à 12 h 00, sur la plate-forme marches.loire-bocage.fr. Les échantillons "
           "sont déposé à l'acceuil de l'Hôtel de Région avant la même date."),
        *F_DEMAT(0),
    ]
    rc_l = L(marche_reserve=1, reserve_base="L2113-13-1", critere_environnemental=1, allotissement=1, nb_lots=3,
             evidence=["Elle comprend trois lots",
                       "Le lot 3 est réservé, en application de l'article L. 2113-13-1 du code de la commande publique",
                       "performance environnementale (10 %)"])
    ccap = [
        TITLE("Région Loire-Bocage", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Impression, façonnage et mise sous pli – lots 1, 2 et 3"),
        *A("Objet",
           "Le présent CCAP régit les trois accords-cadres mono-attributaires issus de la consultation. Le lot 3 "
           "est un marché réservé au sens de l'article L.~2113-13-1 du code de la commande publique : son titulaire "
           "maintient pendant toute la durée d'exécution la proportion minimale de personnes détenues employées."),
        *A("Durée",
           "Période initiale d'un an à compter de la notification ; trois reconductions tacites d'un an."),
        *A("Montants maximums",
           "Les accords-cadres sont conclus sans minimum. Les montants maximums sont fixés pour la durée totale "
           "de chaque accord-cadre, période initiale et reconductions comprises :",
           ["lot 1 : 360~000 € HT ;", "lot 2 : 240~000 € HT ;", "lot 3 : 120~000 € HT."],
           "Pour mémoire, le précédent accord-cadre d'impression (2021-2025) a donné lieu à 298" + SB + "000 € HT de "
           "commandes."),
        *A("Prix",
           "Les prix unitaires du BPU sont fermes la première année puis révisés selon l'indice de prix de "
           "production des services d'impression."),
        *A("Exigences environnementales",
           "Les papiers fournis sont issus de forêts gérées durablement (FSC ou PEFC) ou recyclés ; le titulaire "
           "des lots 1 et 2 est titulaire de la marque Imprim'Vert ou d'une certification équivalente pendant toute "
           "la durée du marché, et reprend les gâches et chutes pour recyclage."),
        *A("Délais et pénalités",
           "Les délais sont fixés par bon de commande. Retard : 100 € par jour ; non-conformité d'une impression : "
           "reprise à la charge du titulaire."),
        *A("Obligations sociales",
           "Le titulaire respecte les obligations prévues aux articles L.~5212-1 à L.~5212-11 du code du travail "
           "relatives à l'emploi des travailleurs handicapés."),
        *A("Paiement", "Délai global de paiement : 30 jours."),
        *F_SOUSTRAITANCE(1),
        *F_FACTURATION(0),
        *F_RESILIATION(1),
    ]
    ccap_l = L(marche_reserve=1, reserve_base="L2113-13-1", clause_environnementale=1, allotissement=1, nb_lots=3,
               montant_max_ht=720000,
               evidence=["Le présent CCAP régit les trois accords-cadres",
                         "marché réservé au sens de l'article L. 2113-13-1",
                         "lot 1 : 360 000 € HT ;", "lot 2 : 240 000 € HT ;", "lot 3 : 120 000 € HT.",
                         "[360 000 + 240 000 + 120 000 = 720 000]",
                         "titulaire de la marque Imprim'Vert"])
    cctp = [
        TITLE("Région Loire-Bocage", "CCTP – LOT 1", "Impression offset et numérique des publications"),
        H("1. Documents concernés"),
        P("Le lot 1 couvre le magazine régional (6 numéros par an, 480 000 exemplaires par numéro), les rapports "
          "d'activité, les dépliants et les affiches jusqu'au format A2."),
        H("2. Papiers"),
        P("Les papiers contiennent au moins 50 % de fibres recyclées ou sont certifiés FSC ou PEFC ; le titulaire "
          "fournit les certificats de chaîne de contrôle. Les encres sont à base d'huiles végétales, sans "
          "solvant aromatique."),
        H("3. Fichiers et BAT"),
        P("Les fichiers sont fournis en PDF/X-4 ; le titulaire transmet un BAT numérique sous 48 heures et un "
          "épreuvage contractuel pour les couvertures."),
        H("4. Livraison"),
        P("Les livraisons sont regroupées par site ; le titulaire privilégie les tournées mutualisées et indique "
          "les distances parcourues dans son bilan annuel."),
    ]
    cctp_l = L(clause_environnementale=1, allotissement=1,
               evidence=["Les papiers contiennent au moins 50 % de fibres recyclées ou sont certifiés FSC ou PEFC",
                         "CCTP – LOT 1"])
    bpu = [
        TITLE("Région Loire-Bocage", "BORDEREAU DES PRIX UNITAIRES",
              "Lot 3 – Mise sous pli, façonnage manuel et routage",
              "Lot réservé (article L.2113-13-1 du code de la commande publique)"),
        RTAB([["Code", "Prestation", "Unité", "Prix HT"],
              ["3.1", "Mise sous pli C5, 1 à 3 documents", "le mille", ""],
              ["3.2", "Mise sous pli C4, 1 à 5 documents", "le mille", ""],
              ["3.3", "Pliage manuel d'un document A3 en A4", "le mille", ""],
              ["3.4", "Colisage et étiquetage", "le colis", ""],
              ["3.5", "Routage et dépôt en poste", "le mille", ""]]),
        P("Les prix s'entendent hors frais d'affranchissement, refacturés au réel."),
    ]
    bpu_l = L(marche_reserve=1, reserve_base="L2113-13-1", allotissement=1,
              evidence=["Lot réservé (article L.2113-13-1 du code de la commande publique)"])
    xml_l = L(marche_reserve=1, reserve_base="L2113-13-1", clause_environnementale=1, critere_environnemental=1,
              allotissement=1, nb_lots=3, montant_estime_ht=540000,
              evidence=["540000", "LOT-0003",
                        "Lot réservé au titre de l'article L. 2113-13-1 du code de la commande publique",
                        "imprimeur titulaire de la marque Imprim'Vert ou équivalent",
                        "Performance environnementale : certification des papiers"])
    return dict(
        id="d07", title="Région Loire-Bocage – impression et mise sous pli (3 lots, lot 3 réservé au travail pénitentiaire)",
        pieces=[PIECE("RC_" + ref + ".pdf", "RC", hdr, "Règlement de la consultation", rc, rc_l, hyphen=True,
                      cols=2),
                PIECE("CCAP_" + ref + ".pdf", "CCAP", hdr, "CCAP", ccap, ccap_l),
                PIECE("CCTP_Lot1_" + ref + ".docx", "CCTP", hdr, "CCTP lot 1", cctp, cctp_l),
                PIECE("BPU_Lot3_" + ref + ".docx", "BPU", hdr, "BPU lot 3", bpu, bpu_l),
                XMLPIECE("Avis_eForms_" + ref + ".xml", "AVIS", _d07_xml(), xml_l)],
        pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=3, montant_estime_ht=540000, montant_max_ht=720000,
                 reserve_base="L2113-13-1"),
        why="Trois lots. Estimation : avis eForms, 540 000 € HT (lots 270 000 + 180 000 + 90 000). Maximum : "
            "CCAP, maximums par lot pour la durée totale reconductions comprises : 360 000 + 240 000 + 120 000 = "
            "720 000 € HT. Réservation : le lot 3 est réservé au titre de l'article L2113-13-1 (RC, CCAP, BPU, "
            "avis) ; l'avis coche res-ws (atelier protégé) pour ce lot, mais l'article cité prime : L2113-13-1.",
        note="Pièges : case res-ws de l'avis, précédent accord-cadre 298 000 € HT, chiffre d'affaires 400 000 €, "
             "480 000 exemplaires, pénalité 100 €, « sous 48 heures », rappel L5212-1 (légal). Environnement : "
             "papiers FSC/PEFC/recyclés, Imprim'Vert (CCAP, CCTP, avis), critère 10 % (lots 1 et 2).")


def d08():
    ref = "CAPAL-2026-MOB-04"
    hdr = "CAPAL – Centrale d'achat public Atlantique-Loire – " + ref
    crit = ("<AC><AC_QUALITY><AC_CRITERION>Qualité technique, ergonomie et durabilité</AC_CRITERION>"
            "<AC_WEIGHTING>30</AC_WEIGHTING></AC_QUALITY>\n          <AC_QUALITY><AC_CRITERION>Performance "
            "environnementale (éco-conception, réparabilité, reprise du mobilier usagé)</AC_CRITERION>"
            "<AC_WEIGHTING>20</AC_WEIGHTING></AC_QUALITY>\n          <AC_PRICE><AC_WEIGHTING>50</AC_WEIGHTING>"
            "</AC_PRICE></AC>")
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<TED_ESENDERS xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/reception"
    xmlns:n2016="http://publications.europa.eu/resource/schema/ted/2016/nuts" VERSION="R2.0.9.S05">
  <SENDER>
    <IDENTIFICATION><ESENDER_LOGIN>ESENDER-FR-0412</ESENDER_LOGIN><NO_DOC_EXT>2026-031877</NO_DOC_EXT></IDENTIFICATION>
    <CONTACT><ORGANISATION>CAPAL</ORGANISATION><COUNTRY VALUE="FR"/><E_MAIL>marches@capal-achats.fr</E_MAIL></CONTACT>
  </SENDER>
  <FORM_SECTION>
    <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="FR">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>Centrale d'achat public Atlantique-Loire (CAPAL), groupement d'intérêt public</OFFICIALNAME>
          <NATIONALID>13002741900018</NATIONALID>
          <ADDRESS>5 rue des Tanneurs</ADDRESS>
          <TOWN>Ancenis-les-Prés</TOWN>
          <POSTAL_CODE>44150</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
          <E_MAIL>marches@capal-achats.fr</E_MAIL>
          <n2016:NUTS CODE="FRG01"/>
          <URL_GENERAL>https://www.capal-achats.fr</URL_GENERAL>
        </ADDRESS_CONTRACTING_BODY>
        <CENTRAL_PURCHASING/>
        <DOCUMENT_FULL/>
        <URL_DOCUMENT>https://www.capal-achats.fr/consultations</URL_DOCUMENT>
        <ADDRESS_FURTHER_INFO_IDEM/>
        <CA_TYPE VALUE="BODY_PUBLIC"/>
        <CA_ACTIVITY VALUE="GENERAL_PUBLIC_SERVICES"/>
      </CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Fourniture et livraison de mobilier de bureau et de mobilier scolaire pour les membres de la centrale</P></TITLE>
        <REFERENCE_NUMBER>CAPAL-2026-MOB-04</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="39130000"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SUPPLIES"/>
        <SHORT_DESCR><P>Accords-cadres à bons de commande passés par la centrale pour le compte de ses membres (communes, départements, EPCI, lycées et collèges).</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">2400000</VAL_ESTIMATED_TOTAL>
        <LOT_DIVISION><LOT_ALL/></LOT_DIVISION>
        <OBJECT_DESCR ITEM="1">
          <TITLE><P>Mobilier de bureau</P></TITLE>
          <LOT_NO>1</LOT_NO>
          <CPV_ADDITIONAL><CPV_CODE CODE="39130000"/></CPV_ADDITIONAL>
          <SHORT_DESCR><P>Bureaux, sièges, rangements et mobilier de réunion, livrés et montés.</P></SHORT_DESCR>
          %CRIT%
          <VAL_OBJECT CURRENCY="EUR">1600000</VAL_OBJECT>
          <DURATION TYPE="MONTH">48</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
        <OBJECT_DESCR ITEM="2">
          <TITLE><P>Mobilier scolaire</P></TITLE>
          <LOT_NO>2</LOT_NO>
          <CPV_ADDITIONAL><CPV_CODE CODE="39160000"/></CPV_ADDITIONAL>
          <SHORT_DESCR><P>Tables et chaises d'élèves, bureaux d'enseignants, mobilier de restauration scolaire.</P></SHORT_DESCR>
          %CRIT%
          <VAL_OBJECT CURRENCY="EUR">800000</VAL_OBJECT>
          <DURATION TYPE="MONTH">48</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>Déclarations sur l'honneur et inscription au registre du commerce.</P></SUITABILITY>
        <ECONOMIC_CRITERIA_DOC/>
        <TECHNICAL_CRITERIA_DOC/>
        <PERFORMANCE_CONDITIONS><P>Clause environnementale : reprise gratuite du mobilier usagé et remise à la filière de responsabilité élargie du producteur, livraisons sans emballage à usage unique. Clause sociale : une part des heures de travail nécessaires à l'exécution est réservée à des personnes en parcours d'insertion (voir article 9 du CCAP).</P></PERFORMANCE_CONDITIONS>
      </LEFTI>
      <PROCEDURE>
        <PT_OPEN/>
        <FRAMEWORK><SINGLE_OPERATOR/></FRAMEWORK>
        <CONTRACT_COVERED_GPA/>
        <DATE_RECEIPT_TENDERS>2026-04-14</DATE_RECEIPT_TENDERS>
        <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
        <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
        <DURATION_TENDER_VALID TYPE="MONTH">6</DURATION_TENDER_VALID>
        <OPENING_CONDITION><DATE_OPENING_TENDERS>2026-04-14</DATE_OPENING_TENDERS><TIME_OPENING_TENDERS>14:00</TIME_OPENING_TENDERS></OPENING_CONDITION>
      </PROCEDURE>
      <COMPLEMENTARY_INFO>
        <NO_RECURRENT_PROCUREMENT/>
        <INFO_ADD><P>Montant total estimé toutes taxes comprises : 2 880 000 EUR. Le montant maximum de chaque accord-cadre est précisé dans les documents de la consultation.</P></INFO_ADD>
        <ADDRESS_REVIEW_BODY><OFFICIALNAME>Tribunal administratif de Nantes</OFFICIALNAME><TOWN>Nantes</TOWN><COUNTRY VALUE="FR"/></ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>2026-03-04</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>
    </F02_2014>
  </FORM_SECTION>
</TED_ESENDERS>
""".replace("%CRIT%", crit)
    xml_l = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, critere_environnemental=1,
              allotissement=1, nb_lots=2, montant_estime_ht=2400000,
              evidence=["2400000", "Mobilier scolaire",
                        "Performance environnementale (éco-conception, réparabilité, reprise du mobilier usagé)",
                        "reprise gratuite du mobilier usagé",
                        "réservée à des personnes en parcours d'insertion"])
    rc = [
        TITLE("CAPAL – Centrale d'achat public Atlantique-Loire", "RÈGLEMENT DE CONSULTATION",
              "Fourniture et livraison de mobilier de bureau et de mobilier scolaire"),
        H("ARTICLE 1 – PRÉSENTATION DE LA CENTRALE"),
        P("La CAPAL est un groupement d’intérêt public agissant en qualité de centrale d’achat au sens de "
          "l’article L2113-2 du code de la commande publique. Elle passe les accords-cadres pour le compte de "
          "ses membres, au nombre de 143 au 1er janvier 2026."),
        H("ARTICLE 2 – OBJET ET ALLOTISSEMENT"),
        P("La consultation est scindée en deux lots : lot 1 – mobilier de bureau ; lot 2 – mobilier scolaire. "
          "Chaque lot donne lieu à un accord-cadre à bons de commande mono-attributaire d’une durée de quatre ans."),
        H("ARTICLE 3 – CONDITIONS DE PARTICIPATION"),
        P("Chiffre d’affaires annuel minimal : lot 1 : 1~200~000 € ; lot 2 : 600~000 €. Le candidat présente au "
          "moins trois références de livraisons à des acheteurs publics au cours des trois dernières années."),
        H("ARTICLE 4 – ÉCHANTILLONS"),
        P("Les candidats déposent un siège de travail (lot 1) ou un ensemble table et chaise de taille 6 (lot 2) "
          "au showroom de la CAPAL. Les échantillons sont restitués après l’attribution."),
        H("ARTICLE 5 – CRITÈRES"),
        P("Pour chaque lot : prix (50 %) ; qualité technique, ergonomie et durabilité (30 %) ; performance "
          "environnementale (20 %) appréciée au vu de la fiche d’éco-conception, du taux de matière recyclée, de "
          "la durée de disponibilité des pièces détachées et des modalités de reprise du mobilier usagé."),
        H("ARTICLE 6 – REMISE DES OFFRES"),
        P("Date limite : 14 avril 2026 à 12 h 00, sur la plate-forme de la CAPAL."),
    ]
    rc_l = L(critere_environnemental=1, allotissement=1, nb_lots=2,
             evidence=["La consultation est scindée en deux lots",
                       "performance environnementale (20 %) appréciée au vu de la fiche d’éco-conception"])
    ccap = [
        TITLE("CAPAL – Centrale d'achat public Atlantique-Loire", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Accords-cadres de fourniture de mobilier – lots 1 et 2"),
        *A("Objet",
           "Le présent CCAP est commun aux deux lots de la consultation (lot 1 : mobilier de bureau ; lot 2 : "
           "mobilier scolaire). Les bons de commande sont émis directement par les membres de la centrale."),
        *A("Durée",
           "Chaque accord-cadre est conclu pour quatre ans à compter de sa notification, sans reconduction."),
        *A("Montant minimum",
           "Les accords-cadres sont conclus sans montant minimum."),
        *A("Montant maximum",
           "Le montant maximum des commandes, pour la durée totale de l'accord-cadre, est fixé à :",
           ["lot 1 : 2~800~000 € HT (3~360~000 € TTC) ;", "lot 2 : 1~200~000 € HT (1~440~000 € TTC)."],
           "Le montant maximum global de l'accord-cadre, tous lots confondus et pour sa durée totale de quatre "
           "ans, est ainsi de 4" + SB + "000~000 € HT, soit 4~800~000 € TTC."),
        *A("Prix",
           "Les prix sont ceux du BPU ; ils sont révisés annuellement. Les frais de livraison et de montage sont "
           "inclus. Pour toute commande inférieure à 800 € HT, le titulaire peut facturer un forfait de livraison "
           "de 45 € HT."),
        *A("Livraison et montage",
           "Livraison et montage dans un délai de six semaines ; enlèvement des emballages le jour même."),
        *A("Reprise du mobilier usagé et emballages",
           "Le titulaire reprend gratuitement, à la demande du membre, le mobilier usagé en nombre équi" + HY + "valent au "
           "mobilier livré et le remet à l'éco-organisme agréé de la filière des éléments d'ameublement, ou à une "
           "structure de réemploi. Les livraisons sont effectuées sous couvertures réutilisables, sans emballage "
           "à usage unique, sauf pour les pieces fragiles."),
        *A("Garantie",
           "Le mobilier est garanti cinq ans, pièces et main-d'œuvre ; les pièces détachées sont disponibles "
           "pendant dix ans."),
        *A("Clause sociale d'insertion",
           "Le titulaire de chaque lot s'engage à consacrer au moins 2 % des heures travaillées pour l'exé" + HY + "cution "
           "des commandes (fabrication en France, logistique, livraison et montage) à l'emploi de personnes "
           "rencontrant des difficultés d'insertion professionnelle. Le volume d'heures correspondant est calculé "
           "chaque année sur la base du chiffre d'affaires réalisé, selon la formule de l'annexe 2. Le bilan "
           "annuel est transmis à la CAPAL avant le 31 mars."),
        *A("Pénalités",
           "Retard de livraison : 50 € HT par jour et par bon de commande ; absence de bilan d'insertion : 500 € HT."),
        *F_FACTURATION(0),
        *F_RESILIATION(1),
    ]
    ccap_l = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=2,
               montant_max_ht=4000000,
               evidence=["Le présent CCAP est commun aux deux lots",
                         "Le montant maximum global de l'accord-cadre, tous lots confondus et pour sa durée totale de quatre ans, est ainsi de 4 000 000 € HT",
                         "consacrer au moins 2 % des heures travaillées",
                         "Le titulaire reprend gratuitement"])
    cctp = [
        TITLE("CAPAL – Centrale d'achat public Atlantique-Loire", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Mobilier de bureau (lot 1) et mobilier scolaire (lot 2)"),
        *A("Exigences communes",
           "Les panneaux à base de bois proviennent de forêts gérées durablement (certification FSC ou PEFC) et "
           "respectent la classe E1 d'émission de formaldéhyde ; les produits de finition sont classés A+ au "
           "titre de l'étiquetage des émissions en polluants volatils. Chaque produit est accompagné d'une fiche "
           "indiquant sa composition par matériau et son taux de matière recyclée."),
        *A("Réparabilité",
           "Les assises, piètements, plateaux et vérins sont démontables et remplaçables séparément avec un "
           "outillage courant ; la notice de démontage est fournie."),
        *A("Lot 1 – Mobilier de bureau",
           "Les sièges de travail sont conformes à la norme EN 1335 ; les bureaux à la norme EN 527. Le "
           "mobilier s'intègre dans un environnement de travail ergonomique : réglage en hauteur, passe-câbles, "
           "écrans de séparation acoustiques en option."),
        *A("Lot 2 – Mobilier scolaire",
           "Tables et chaises conformes à la norme EN 1729-1 et 2, tailles 3 à 7, coloris au choix parmi six "
           "teintes ; chants arrondis ; patins en polypropylène remplaçables."),
        *A("Catalogue",
           "Le titulaire met à disposition un catalogue électronique conforme au format de la centrale, mis à "
           "jour au moins deux fois par an."),
    ]
    cctp_l = L(clause_environnementale=1, allotissement=1, nb_lots=2,
               evidence=["proviennent de forêts gérées durablement (certification FSC ou PEFC)",
                         "Mobilier de bureau (lot 1) et mobilier scolaire (lot 2)"])
    bpu = [
        TITLE("CAPAL", "BORDEREAU DES PRIX UNITAIRES", "Lot 2 – Mobilier scolaire"),
        RTAB([["Réf.", "Article", "Taille", "Prix unitaire HT", "Prix unitaire TTC"],
              ["2-01", "Table élève monoplace réglable", "3 à 7", "", ""],
              ["2-02", "Table élève biplace fixe", "4 à 7", "", ""],
              ["2-03", "Chaise élève appui sur table", "3 à 7", "", ""],
              ["2-04", "Bureau enseignant 2 tiroirs", "—", "", ""],
              ["2-05", "Table de restauration 8 places", "—", "", ""],
              ["2-06", "Tabouret empilable de restauration", "—", "", ""]]),
        P("Le candidat indique la remise consentie sur le prix public de son catalogue général : ........ %"),
    ]
    bpu_l = L(allotissement=1, evidence=["Lot 2 – Mobilier scolaire"])
    return dict(
        id="d08", title="CAPAL (centrale d'achat) – mobilier de bureau et scolaire (2 lots, accords-cadres)",
        pieces=[XMLPIECE("Avis_JOUE_2026-031877.xml", "AVIS", xml, xml_l),
                PIECE("RC_" + ref + ".docx", "RC", hdr, "Règlement de consultation", rc, rc_l),
                PIECE("CCAP_" + ref + ".pdf", "CCAP", hdr, "CCAP", ccap, ccap_l, hyphen=True),
                PIECE("CCTP_" + ref + ".pdf", "CCTP", hdr, "CCTP", cctp, cctp_l, hyphen=True, cols=2),
                PIECE("BPU_Lot2_" + ref + ".docx", "BPU", hdr, "BPU lot 2", bpu, bpu_l)],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=2, montant_estime_ht=2400000, montant_max_ht=4000000),
        why="Deux lots. Estimation : avis TED (VAL_ESTIMATED_TOTAL 2 400 000 € HT = 1 600 000 + 800 000) ; le "
            "montant TTC de l'avis (2 880 000) est à écarter. Maximum : CCAP, 4 000 000 € HT pour la durée "
            "totale tous lots confondus (lots 2 800 000 + 1 200 000 ; TTC 4 800 000 à écarter). Insertion : 2 % "
            "des heures travaillées, sans nombre d'heures : heures vides.",
        note="Pièges : montants TTC, chiffres d'affaires minimaux 1 200 000 / 600 000 €, 143 membres, forfait de "
             "livraison 45 € sous 800 €, pénalités 50 / 500 €, « environnement de travail ergonomique » (sens "
             "ordinaire). Environnement : reprise du mobilier (CCAP, avis), FSC/PEFC et E1 (CCTP), critère 20 %.")


def d09():
    hdr = "CCAS de Brévaunes-les-Bains – Portage de repas à domicile – MAPA 2026-03"
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Centre communal d'action sociale de Brévaunes-les-Bains"),
        P("Organisme acheteur : CCAS de Brévaunes-les-Bains, 4 rue de la Source, 88340 Brévaunes-les-Bains. "
          "Tél. 03 29 66 41 80."),
        P("Objet : service de portage de repas à domicile pour les personnes âgées et les personnes en situation "
          "de handicap de la commune."),
        P("Procédure : procédure adaptée (articles R2123-1 3° et R2123-4 du code de la commande publique – "
          "services sociaux et autres services spécifiques)."),
        P("Marché réservé : oui – article L. 2113-15 du code de la commande publique (entreprises de l'économie "
          "sociale et solidaire)."),
        P("Lots : non, marché unique."),
        P("Montant annuel estimé : 145 000 € HT."),
        P("Durée : 12 mois à compter du 1er juillet 2026, reconductible deux fois par période de 12 mois."),
        P("Critères d'attribution : prix 40 % ; qualité du service 45 % ; démarche environnementale 15 %."),
        P("Date limite de réception des offres : 20 avril 2026 à 12 h."),
        P("Retrait du dossier : www.brevaunes-les-bains.fr, rubrique marchés publics."),
        P("Date d'envoi à la publication : 19 mars 2026."),
    ]
    avis_l = L(marche_reserve=1, reserve_base="L2113-15", critere_environnemental=1, allotissement=0,
               montant_estime_ht=435000,
               evidence=["Marché réservé : oui – article L. 2113-15", "Lots : non, marché unique.",
                         "Montant annuel estimé : 145 000 € HT.", "reconductible deux fois par période de 12 mois",
                         "[145 000 × 3 années = 435 000]", "démarche environnementale 15 %"])
    rc = [
        TITLE("Centre communal d'action sociale de Brévaunes-les-Bains", "RÈGLEMENT DE LA CONSULTATION",
              "Portage de repas à domicile"),
        H("I. Objet"),
        P("Le marché a pour objet la fabrication, la livraison en liaison froide et la remise en main propre de "
          "repas aux bénéficiaires du service de portage, 365 jours par an."),
        H("II. Réservation du marché"),
        P("En application de l'article L. 2113-15 du code de la commande publique, le marché, qui porte "
          "exclusivement sur des services sociaux, est réservé aux entreprises de l'économie sociale et solidaire "
          "au sens de l'article 1er de la loi n° 2014-856 du 31 juillet 2014, qui poursuivent une mission de "
          "service public liée à la prestation de ces services. Le candidat justifie de sa qualité (statuts, "
          "agrément ESUS le cas échéant)."),
        H("III. Allotissement"),
        P("La prestation n'est pas allotie : la fabrication et la livraison constituent une prestation unique "
          "dont la séparation nuirait à la sécurité sanitaire."),
        H("IV. Pièces à fournir"),
        P("Candidature : DC1, DC2, attestations d'assurance, justificatif de l'agrément sanitaire de la cuisine. "
          "Offre : acte d'engagement, BPU, mémoire technique, trois semaines de menus types."),
        H("V. Critères"),
        P("Prix (40 %) ; qualité du service (45 %) : qualité gustative et nutritionnelle, régimes, relation avec "
          "les bénéficiaires, continuité du service ; démarche environnementale (15 %) : contenants, réduction des "
          "déchets alimentaires, motorisation des véhicules de livraison."),
        H("VI. Dégustation"),
        P("Les trois candidats les mieux classés peuvent être invités à une dégustation."),
    ]
    rc_l = L(marche_reserve=1, reserve_base="L2113-15", critere_environnemental=1, allotissement=0,
             evidence=["est réservé aux entreprises de l'économie sociale et solidaire",
                       "En application de l'article L. 2113-15", "La prestation n'est pas allotie",
                       "démarche environnementale (15 %)"])
    ccap = [
        TITLE("CCAS de Brévaunes-les-Bains", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Portage de repas à domicile"),
        *A("Forme du marché",
           "Marché ordinaire à prix unitaires, rémunéré selon le nombre de repas effectivement livrés. Les "
           "quantités indiquées au BPU sont indicatives."),
        *A("Durée",
           "Le marché prend effet le 1er juillet 2026 pour douze mois. Il est reconductible deux fois, par "
           "reconduction expresse notifiée deux mois avant l'échéance."),
        *A("Prix",
           "Les prix sont révisés à chaque reconduction selon l'indice des prix à la consommation « restauration "
           "collective ». Un repas non livré du fait du titulaire n'est pas facturé."),
        *A("Contenants",
           "Les repas sont livrés dans des contenants réemployables (verre ou inox), consignés et collectés lors "
           "de la livraison suivante, puis lavés par le titulaire. Les barquettes en plastique à usage unique sont "
           "proscrites ; à défaut de solution réemployable pour les textures modifiées, des contenants "
           "compostables certifiés EN 13432 sont admis."),
        *A("Véhicules",
           "À compter de la deuxième année d'exécution, les véhicules affectés aux tournées sont électriques ou "
           "fonctionnent au bioGNV."),
        *A("Obligations légales",
           "Le titulaire remet tous les six mois les attestations prévues à l'article D. 8222-5 du code du "
           "travail et respecte l'obligation d'emploi des travailleurs handicapés."),
        *A("Pénalités",
           "Retard de livraison de plus d'une heure : 15 € par bénéficiaire ; repas non conforme au régime "
           "prescrit : 30 € ; défaut de collecte des contenants : 50 € par tournée."),
        *A("Paiement", "Délai global de paiement : 30 jours à réception de la facture mensuelle."),
        *F_RESILIATION(0),
    ]
    ccap_l = L(clause_environnementale=1,
               evidence=["livrés dans des contenants réemployables (verre ou inox), consignés et collectés",
                         "les véhicules affectés aux tournées sont électriques ou fonctionnent au bioGNV"])
    cctp = [
        TITLE("CCAS de Brévaunes-les-Bains", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Portage de repas à domicile"),
        *A("Bénéficiaires",
           "Le service concerne environ 95 bénéficiaires par jour, vivant à domicile, âgés ou en situation de "
           "handicap. Le livreur respecte l'environnement familial des bénéficiaires et signale au CCAS toute "
           "situation préoccupante."),
        *A("Composition des repas",
           "Chaque livraison comprend le déjeuner (entrée, plat protidique, accompagnement, fromage ou laitage, "
           "dessert, pain) et un potage pour le soir. Les régimes sans sel, diabétique, hypocalorique et les "
           "textures hachées ou mixées sont assurés."),
        *A("Liaison froide",
           "Les repas sont conditionnés en liaison froide et maintenus entre 0 et +3 °C jusqu'à la remise au "
           "bénéficiaire ; la date limite de consommation est de J+3 au minimum."),
        *A("Tournées",
           "Les livraisons ont lieu du lundi au samedi entre 8 h 30 et 12 h 00 ; les repas du dimanche et des "
           "jours fériés sont livrés la veille."),
        *A("Volumes",
           "Le nombre de repas est estimé à 32~000 par an, potages non compris."),
    ]
    cctp_l = L()
    bpu = [
        TITLE("CCAS de Brévaunes-les-Bains", "BORDEREAU DES PRIX UNITAIRES", "Portage de repas à domicile"),
        RTAB([["N°", "Désignation", "Quantité annuelle indicative", "Prix unitaire HT", "Prix unitaire TTC"],
              ["1", "Repas complet (déjeuner + potage du soir)", "29~500", "", ""],
              ["2", "Repas à texture modifiée", "2~500", "", ""],
              ["3", "Supplément collation", "3~000", "", ""]]),
        P("TVA applicable : 5,5 %. Les prix comprennent la livraison et la remise en main propre."),
    ]
    bpu_l = L()
    return dict(
        id="d09", title="CCAS de Brévaunes-les-Bains – portage de repas à domicile (marché réservé ESS, non alloti)",
        pieces=[PIECE("AAPC_portage-repas_2026.txt", "AVIS", "", "", avis, avis_l),
                PIECE("RC_portage-repas_2026.docx", "RC", hdr, "Règlement de la consultation", rc, rc_l),
                PIECE("CCAP_portage-repas_2026.docx", "CCAP", hdr, "CCAP", ccap, ccap_l),
                PIECE("CCTP_portage-repas_2026.pdf", "CCTP", hdr, "CCTP", cctp, cctp_l, hyphen=True),
                PIECE("BPU_portage-repas_2026.pdf", "BPU", hdr, "BPU", bpu, bpu_l)],
        pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=0, montant_estime_ht=435000, reserve_base="L2113-15"),
        why="Non alloti. Estimation : l'avis ne donne qu'un montant annuel (145 000 € HT) et une durée de 12 mois "
            "reconductible deux fois : valeur totale estimée 145 000 × 3 = 435 000 € HT. Marché réservé aux "
            "entreprises de l'ESS au titre de L2113-15 (services sociaux). Pas de maximum (marché ordinaire à "
            "prix unitaires).",
        note="Pièges : 32 000 repas par an, quantités du BPU, TVA 5,5 %, pénalités 15 / 30 / 50 €, « plus d'une "
             "heure », rappel D8222-5 et obligation d'emploi des travailleurs handicapés (légal, pas une clause "
             "sociale), « environnement familial » (sens ordinaire). Environnement : contenants réemployables et "
             "véhicules électriques / bioGNV (CCAP), critère 15 %.")


def d10():
    ref = "SEMAVAL-ZPH2-2026"
    hdr = "SEMAVAL – ZAC des Prés-Hauts, tranche 2 – " + ref
    rc = [
        TITLE("SEMAVAL – Société d'économie mixte d'aménagement du Val d'Arce", "RÈGLEMENT DE LA CONSULTATION",
              "ZAC des Prés-Hauts – tranche 2 : travaux de viabilisation",
              "Marchés de travaux – procédure adaptée"),
        *A("Maître d'ouvrage",
           "La SEMAVAL, concessionnaire de l'aménagement de la ZAC des Prés-Hauts pour le compte de la Communauté "
           "d'agglomération du Val d'Arce, 12 boulevard Marcel-Sembat, 26800 Arcens. SIRET : 384~551~207~00046. "
           "Capital social : 1~524~000 €."),
        *A("Objet",
           "Les travaux portent sur la viabilisation de la tranche 2 de la ZAC (14 hectares, 96 lots à bâtir) : "
           "voirie, réseaux, éclairage public et équipements des espaces publics."),
        *A("Allotissement et estimation",
           "Les travaux sont répartis en quatre lots donnant lieu à des marchés séparés :"),
        RTAB([["Lot", "Intitulé", "Montant estimé HT"],
              ["1", "Terrassements – voirie – assainissement pluvial", "1~640~000 €"],
              ["2", "Réseaux humides (eau potable, eaux usées)", "720~000 €"],
              ["3", "Éclairage public – réseaux secs", "385~000 €"],
              ["4", "Mobilier urbain et signalétique", "96~000 €"]],
             widths=[0.5, 3, 1.3], align="llr"),
        P("Pour information, les travaux de la tranche 1 (2022-2023) se sont élevés à 3" + SB + "460~000 € HT."),
        *A("Insertion",
           "Les quatre lots comportent une clause d'insertion professionnelle ; les volumes horaires par lot "
           "figurent à l'annexe 1 du CCAP."),
        *A("Critères",
           "Les offres sont jugées lot par lot : prix 60 % ; valeur technique 40 % (méthodologie et phasage : 20 "
           "points ; moyens humains et matériels : 10 points ; planning : 10 points)."),
        *A("Délais",
           "Le délai d'exécution est de 10 mois pour le lot 1, de 8 mois pour les lots 2 et 3 et de 3 mois pour "
           "le lot 4, dans le cadre du calendrier général de l'opération."),
        *A("Remise des offres",
           "Les offres sont remises sur la plate-forme marches.semaval.fr avant le 24 avril 2026 à 11 h 00."),
        *F_DEMAT(2),
    ]
    rc_l = L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=4, montant_estime_ht=2841000,
             evidence=["Les travaux sont répartis en quatre lots",
                       "[1 640 000 + 720 000 + 385 000 + 96 000 = 2 841 000]",
                       "Les quatre lots comportent une clause d'insertion professionnelle"])
    ccap = [
        TITLE("SEMAVAL", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "ZAC des Prés-Hauts – tranche 2 – CCAP commun aux lots 1 à 4"),
        *A("Objet",
           "Le présent CCAP est commun aux quatre lots des travaux de viabilisation de la tranche 2 de la ZAC "
           "des Prés-Hauts."),
        *A("Pièces contractuelles",
           "Acte d'engagement, CCAP et son annexe 1 (clause d'insertion), CCTP du lot, DPGF, CCAG-Travaux 2021."),
        *A("Prix",
           "Prix globaux et forfaitaires, révisables selon l'index TP01 pour les lots 1 et 2, TP12a pour le lot 3 "
           "et BT01 pour le lot 4."),
        *A("Avance",
           "Une avance de 5 % est accordée pour les lots d'un montant supérieur à 50~000 € HT."),
        *A("Retenue de garantie", "5 % du montant des acomptes."),
        *A("Pénalités",
           "Retard : 1/1000e du montant du marché par jour calendaire. Non-respect des prescriptions du plan de "
           "circulation du chantier : 300 € par constat."),
        *A("Assurances",
           "Responsabilité civile : 3~000~000 € par sinistre au minimum. Responsabilité décennale pour les "
           "ouvrages concernés."),
        *A("Gestion des terres et matériaux",
           "Le titulaire du lot 1 réemploie sur site les déblais compatibles en remblai des voiries et des noues ; "
           "les excédents sont évacués vers des installations autorisées, avec bordereaux de suivi. Le titulaire "
           "de chaque lot établit un schéma d'organisation et de suivi de l'élimination des déchets (SOSED) remis "
           "pendant la période de préparation."),
        *A("Clause d'insertion professionnelle",
           "Chaque titulaire réalise, au profit de personnes éloignées de l'emploi, le volume d'heures "
           "d'insertion fixé pour son lot à l'annexe 1 du présent CCAP. Le facili" + HY + "tateur du PLIE du Val d'Arce "
           "assure l'appui aux entreprises et le suivi des heu" + HY + "res. Pénalité : 35 € HT par heure non réalisée."),
        *A("Litiges", "Tribunal administratif de Grenoble."),
        *F_SOUSTRAITANCE(2),
        *F_FACTURATION(1),
        *F_DEROGATIONS(2, "article 6 (pénalités) ; article 7 (assurances)"),
    ]
    ccap_l = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=4,
               evidence=["Le présent CCAP est commun aux quatre lots",
                         "le volume d'heures d'insertion fixé pour son lot à l'annexe 1",
                         "réemploie sur site les déblais compatibles"])
    ann = [
        TITLE("SEMAVAL – ZAC des Prés-Hauts, tranche 2", "ANNEXE 1 AU CCAP",
              "Clause sociale d'insertion – volumes horaires par lot"),
        P("Les volumes ci-dessous sont des minimums. Ils ont été fixés avec le PLIE du Val d'Arce à partir de la "
          "part de main-d'œuvre de chaque lot."),
        TAB([["Lot", "Intitulé", "Heures d'insertion", "Métiers supports"],
             ["1", "Terrassements – voirie – assainissement pluvial", "1 200", "manœuvre VRD, aide-conducteur d'engins"],
             ["2", "Réseaux humides", "400", "manœuvre, poseur de canalisations"],
             ["3", "Éclairage public – réseaux secs", "150", "aide-électricien"],
             ["4", "Mobilier urbain et signalétique", "80", "agent de pose"]]),
        P("Les publics éligibles sont ceux définis par le PLIE : demandeurs d'emploi de longue durée, "
          "bénéficiaires des minima sociaux, jeunes sans qualification, travailleurs handicapés, résidents des "
          "quartiers prioritaires."),
        P("Le titulaire renseigne chaque mois le tableau de suivi transmis par le facilitateur."),
    ]
    ann_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=1830, allotissement=1, nb_lots=4,
              evidence=["Clause sociale d'insertion – volumes horaires par lot", "1 200", "400", "150", "80",
                        "[1 200 + 400 + 150 + 80 = 1 830 heures, 4 lots]"])
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "SEMAVAL – ZAC des Prés-Hauts, tranche 2"),
        P("Identification de l'organisme qui passe le marché : SEMAVAL, Société d'économie mixte d'aménagement "
          "du Val d'Arce, agissant en qualité de concessionnaire d'aménagement."),
        P("Objet du marché : travaux de viabilisation de la tranche 2 de la ZAC des Prés-Hauts à Arcens."),
        P("Type de marché : travaux. Procédure adaptée ouverte."),
        P("Valeur estimée hors TVA : 2 841 000 euros"),
        P("Division en lots : oui. Nombre de lots : 4"),
        P("Lot 1 : terrassements, voirie, assainissement pluvial – 1 640 000 euros HT"),
        P("Lot 2 : réseaux humides – 720 000 euros HT"),
        P("Lot 3 : éclairage public, réseaux secs – 385 000 euros HT"),
        P("Lot 4 : mobilier urbain et signalétique – 96 000 euros HT"),
        P("Conditions particulières d'exécution : les quatre lots comportent une clause d'insertion "
          "professionnelle (volumes horaires en annexe 1 du CCAP)."),
        P("Critères : prix 60 %, valeur technique 40 %."),
        P("Date limite de réception des offres : 24 avril 2026 à 11 h 00."),
        P("Date d'envoi du présent avis à la publication : 25 mars 2026."),
    ]
    avis_l = L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=4, montant_estime_ht=2841000,
               evidence=["Valeur estimée hors TVA : 2 841 000 euros", "Nombre de lots : 4",
                         "les quatre lots comportent une clause d'insertion professionnelle"])
    rect = [
        TITLE("AVIS RECTIFICATIF", "SEMAVAL – ZAC des Prés-Hauts, tranche 2"),
        P("Avis initial publié le 27 mars 2026 – travaux de viabilisation de la tranche 2 de la ZAC des "
          "Prés-Hauts."),
        P("Objet de la rectification : suppression du lot 4."),
        P("Le lot 4 – Mobilier urbain et signalétique – est retiré de la présente consultation ; il fera l'objet "
          "d'une consultation ultérieure, coordonnée avec le programme des espaces publics de la tranche 3. "
          "Les heures d'insertion prévues pour ce lot deviennent sans objet."),
        P("En conséquence : au lieu de « Nombre de lots : 4 », lire « Nombre de lots : 3 » ; au lieu de « Valeur "
          "estimée hors TVA : 2 841 000 euros », lire « Valeur estimée hors TVA : 2 745 000 euros »."),
        P("La date limite de réception des offres est inchangée. Les offres déjà déposées pour le lot 4 ne seront "
          "pas ouvertes."),
        P("Date d'envoi du présent avis : 8 avril 2026."),
    ]
    rect_l = L(allotissement=1, nb_lots=3, montant_estime_ht=2745000,
               evidence=["lire « Nombre de lots : 3 »", "lire « Valeur estimée hors TVA : 2 745 000 euros »"])
    dpgf = [
        TITLE("SEMAVAL – ZAC des Prés-Hauts, tranche 2", "DPGF – LOT 2 : RÉSEAUX HUMIDES"),
        P("Cadre de décomposition du prix global et forfaitaire. Les quantités sont données à titre indicatif."),
        RTAB([["Poste", "Désignation", "Unité", "Quantité", "Prix unitaire", "Total"],
              ["2.1", "Canalisation fonte DN 150 eau potable", "ml", "1~240", "", ""],
              ["2.2", "Canalisation PVC CR8 DN 200 eaux usées", "ml", "1~580", "", ""],
              ["2.3", "Regards de visite DN 1000", "u", "42", "", ""],
              ["2.4", "Branchements particuliers", "u", "96", "", ""],
              ["2.5", "Essais et inspections télévisées", "ft", "1", "", ""],
              ["", "Total HT", "", "", "", ""]]),
    ]
    dpgf_l = L(allotissement=1, evidence=["DPGF – LOT 2 : RÉSEAUX HUMIDES"])
    return dict(
        id="d10", title="SEMAVAL (SEM d'aménagement) – viabilisation d'une ZAC (4 lots ramenés à 3 par rectificatif)",
        pieces=[PIECE("RC_" + ref + ".pdf", "RC", hdr, "Règlement de la consultation", rc, rc_l, hyphen=True),
                PIECE("CCAP_" + ref + ".pdf", "CCAP", hdr, "CCAP", ccap, ccap_l, hyphen=True, cols=2),
                PIECE("Annexe1_CCAP_insertion_" + ref + ".docx", "AUTRE", hdr, "Annexe 1 au CCAP", ann, ann_l),
                PIECE("AAPC_" + ref + ".txt", "AVIS", "", "", avis, avis_l),
                PIECE("AAPC_rectificatif_" + ref + ".txt", "AVIS", "", "", rect, rect_l),
                PIECE("DPGF_Lot2_" + ref + ".docx", "DPGF", hdr, "DPGF lot 2", dpgf, dpgf_l)],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=1750, allotissement=1, nb_lots=3, montant_estime_ht=2745000),
        why="L'avis rectificatif, postérieur à toutes les pièces, retire le lot 4 : 3 lots, valeur estimée 2 745 000 "
            "€ HT (= 1 640 000 + 720 000 + 385 000), et rend sans objet les heures du lot 4. Heures : annexe 1 du "
            "CCAP, 1 200 + 400 + 150 = 1 750 (les 80 heures du lot 4 tombent). Le RC, le CCAP, l'annexe et l'avis "
            "initial disent 4 lots / 2 841 000 € / 1 830 heures : le rectificatif prime.",
        note="Pièges : capital social de la SEM 1 524 000 €, tranche 1 à 3 460 000 € HT, assurance 3 000 000 €, "
             "avance au-delà de 50 000 €, pénalités 300 / 35 €, « 96 lots à bâtir » (parcelles, pas des lots du "
             "marché), 14 hectares. Environnement : réemploi des déblais et SOSED (CCAP), pas de critère "
             "environnemental.")


def d11():
    ref = "VPM-2026-017"
    hdr = "Ville de Port-Maurelle – Direction de la commande publique – " + ref
    rc = [
        TITLE("VILLE DE PORT-MAURELLE", "RÈGLEMENT DE LA CONSULTATION",
              "Surveillance, gardiennage et sécurité incendie des équipements municipaux",
              "Accord-cadre à bons de commande – procédure d'appel d'offres ouvert"),
        *A("Pouvoir adjudicateur",
           "Ville de Port-Maurelle, Hôtel de Ville, place de la République, 83470 Port-Maurelle, représentée par "
           "son Maire, M. Thierry Castagnet. SIRET : 218~300~692~00015."),
        *A("Objet",
           "L'accord-cadre porte sur la surveillance humaine des bâtiments communaux (hôtel de ville, médiathèque, "
           "centre technique, salle polyvalente), le service de sécurité incendie des établissements recevant du "
           "public et le gardiennage lors des manifestations."),
        *A("Allotissement",
           "L'accord-cadre n'est pas alloti : la Ville entend disposer d'un interlocuteur unique pour le poste de "
           "sécurité central, les rondes et les renforts événementiels, dont la coordination serait rendue "
           "difficile par des titulaires distincts (article L2113-11 du code de la commande publique)."),
        *A("Durée et montant",
           "L'accord-cadre est conclu pour un an, reconductible trois fois. Le montant total estimé de "
           "l'accord-cadre, reconductions comprises, est de 684~000 € TTC, soit 570" + SB + "000 € HT. Les montants "
           "minimum et maximum figurent au CCAP."),
        *A("Candidature",
           "Le candidat produit l'autorisation d'exercer délivrée par le Conseil national des activités privées de "
           "sécurité (CNAPS), les attestations de régularité sociale et fiscale et la déclaration prévue aux "
           "articles L. 5212-1 et suivants du code du travail."),
        *A("Critères",
           "Les offres sont jugées selon les critères suivants :",
           ["prix, apprécié sur le DQE : 45 % ;",
            "valeur technique : 40 % (organisation du poste central, encadrement, procédures d'intervention) ;",
            "qualité de l'emploi des agents affectés au marché : 15 % (part des agents en CDI à temps complet, "
            "plan de formation continue, mesures de lutte contre le temps partiel subi)."]),
        *A("Remise",
           "Les offres sont remises avant le 11 mai 2026 à 12 h 00 sur le profil d'acheteur de la Ville."),
        *F_DEMAT(1),
        *F_DONNEES(0),
    ]
    rc_l = L(critere_social=1, allotissement=0, montant_estime_ht=570000,
             evidence=["L'accord-cadre n'est pas alloti", "684 000 € TTC, soit 570 000 € HT",
                       "qualité de l'emploi des agents affectés au marché : 15 %"])
    ccap = [
        TITLE("Ville de Port-Maurelle", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Surveillance, gardiennage et sécurité incendie"),
        *A("Forme",
           "Accord-cadre mono-attributaire à bons de commande, marché unique non alloti, comprenant des "
           "prestations récurrentes et des prestations ponctuelles."),
        *A("Durée",
           "Période initiale de douze mois à compter du 1er septembre 2026, reconductible tacitement trois fois "
           "pour douze mois."),
        *A("Montants",
           "Le montant minimum annuel des commandes est de 60~000 € HT ; le montant maximum annuel est de "
           "190" + SB + "000 € HT. Ces montants s'appliquent à la période initiale et à chaque période de reconduction."),
        *A("Prix",
           "Prix unitaires du BPU, révisés annuellement selon l'indice du coût horaire du travail des activités "
           "de sécurité privée."),
        *A("Personnel",
           "Les agents sont titulaires de la carte professionnelle et, pour la sécurité incendie, du diplôme SSIAP "
           "correspondant. La reprise du personnel affecté au marché s'effectue dans les conditions de l'accord de "
           "branche applicable à la prévention et à la sécurité."),
        *A("Assurances",
           "Responsabilité civile professionnelle d'un montant minimal de 3~000~000 € par sinistre."),
        *A("Pénalités",
           "Poste non tenu : 80 € par heure d'absence ; retard de prise de poste supérieur à quinze minutes : "
           "40 € ; rapport mensuel non remis : 100 €."),
        *A("Égalité professionnelle",
           "Pendant toute la durée du marché, le titulaire met en œuvre, pour le personnel affecté aux sites de "
           "la Ville, un plan d'actions en faveur de l'égalité profes" + HY + "sionnelle entre les femmes et les hommes "
           "(recrutement, accès aux postes de chef de poste, formation). Il remet chaque année à la Ville un "
           "bilan chiffré de ce plan (taux de féminisation par fonction, heures de formation suivies)."),
        *A("Paiement", "Délai global de paiement : 30 jours."),
        *F_SOUSTRAITANCE(0),
        *F_DONNEES(2),
        *F_RESILIATION(0),
    ]
    ccap_l = L(clause_sociale=1, allotissement=0, montant_max_ht=760000,
               evidence=["marché unique non alloti", "le montant maximum annuel est de 190 000 € HT",
                         "reconductible tacitement trois fois", "[190 000 × 4 périodes = 760 000]",
                         "un plan d'actions en faveur de l'égalité professionnelle entre les femmes et les hommes"])
    cctp = [
        TITLE("Ville de Port-Maurelle", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Surveillance, gardiennage et sécurité incendie des équipements municipaux"),
        H("1. Sites"),
        P("Hôtel de ville (ERP de 3e catégorie), médiathèque Louise-Michel, centre technique municipal, salle "
          "polyvalente des Salins."),
        H("2. Poste de sécurité central"),
        P("Le poste central est tenu du lundi au samedi de 7 h 00 à 21 h 00 par un agent SSIAP 1. Les alarmes "
          "sont reportées sur le système de supervision de la Ville ; le titulaire forme ses agents à "
          "l'environnement logiciel de supervision avant leur prise de poste."),
        H("3. Rondes"),
        P("Rondes de nuit sur les quatre sites, deux passages par nuit, horodatés par pointeau électronique."),
        H("4. Manifestations"),
        P("Les renforts événementiels sont commandés au moins dix jours à l'avance (marché de Noël, fête du port, "
          "spectacles de la salle polyvalente)."),
        H("5. Main courante"),
        P("Le titulaire tient une main courante électronique consultable par le service de la sécurité civile."),
    ]
    cctp_l = L()
    dqe = [
        TITLE("Ville de Port-Maurelle", "DÉTAIL QUANTITATIF ESTIMATIF",
              "Surveillance, gardiennage et sécurité incendie – document non contractuel"),
        RTAB([["Poste", "Prestation", "Unité", "Quantité annuelle", "Prix unitaire HT", "Montant HT"],
              ["1", "Agent SSIAP 1 – poste central", "heure", "4~380", "", ""],
              ["2", "Agent de sécurité – rondes de nuit", "heure", "1~460", "", ""],
              ["3", "Agent de sécurité – manifestations", "heure", "620", "", ""],
              ["4", "Maître-chien", "heure", "180", "", ""],
              ["", "Total HT annuel", "", "", "", ""]]),
        P("Le DQE sert uniquement à la comparaison des offres ; il n'engage pas la Ville sur les quantités."),
    ]
    dqe_l = L()
    return dict(
        id="d11", title="Ville de Port-Maurelle – surveillance et gardiennage (accord-cadre non alloti)",
        pieces=[PIECE("RC_" + ref + ".pdf", "RC", hdr, "RC", rc, rc_l, hyphen=True),
                PIECE("CCAP_" + ref + ".pdf", "CCAP", hdr, "CCAP", ccap, ccap_l, hyphen=True, cols=2),
                PIECE("CCTP_" + ref + ".docx", "CCTP", hdr, "CCTP", cctp, cctp_l),
                PIECE("DQE_" + ref + ".pdf", "DQE", hdr, "DQE", dqe, dqe_l)],
        pos=["clause_sociale", "critere_social"],
        values=V(allotissement=0, montant_estime_ht=570000, montant_max_ht=760000),
        why="Non alloti. Estimation : RC, 570 000 € HT reconductions comprises (684 000 € TTC à écarter). "
            "Maximum : CCAP, maximum annuel de 190 000 € HT appliqué à la période initiale et aux trois "
            "reconductions : 760 000 € HT. Clause sociale : plan d'égalité professionnelle femmes-hommes imposé "
            "au titulaire (CCAP) ; critère social « qualité de l'emploi » 15 % (RC). Aucune clause d'insertion.",
        note="Pièges : minimum annuel 60 000 €, quantités en heures du DQE (4 380, 1 460… : heures de vacation, "
             "pas d'insertion), pénalité de 80 € par heure d'absence, assurance 3 000 000 €, reprise du personnel "
             "et déclaration L5212-1 (obligations légales), « environnement logiciel » (sens informatique) : "
             "aucune considération environnementale. Dans le RC, « 570 / 000 € HT » est coupé en fin de ligne.")


def d12():
    hdr = "EHPAD La Roseraie – Saint-Hermès-sur-Aure – Entretien du linge"
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "EHPAD public La Roseraie"),
        P("Pouvoir adjudicateur : EHPAD public La Roseraie, 7 chemin des Vignes, 27930 Saint-Hermès-sur-Aure. "
          "Directrice : Mme Nathalie Dubosc."),
        P("Objet : traitement et entretien du linge personnel des résidents et du linge plat de l'établissement "
          "(collecte, lavage, séchage, repassage, marquage, livraison)."),
        P("Procédure : procédure adaptée."),
        P("Marché réservé : ce marché est réservé aux entreprises adaptées et aux établissements et services "
          "d'aide par le travail employant au moins 50 % de travailleurs handicapés."),
        P("Montant estimé : 96 000 € HT sur la durée totale du marché (24 mois)."),
        P("Critères : prix 60 %, qualité du service 40 %."),
        P("Remise des offres : 30 avril 2026, 16 h, par voie électronique."),
    ]
    avis_l = L(marche_reserve=1, reserve_base="L2113-12", montant_estime_ht=96000,
               evidence=["ce marché est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail",
                         "Montant estimé : 96 000 € HT sur la durée totale du marché (24 mois)."])
    rc = [
        TITLE("EHPAD public La Roseraie", "RÈGLEMENT DE CONSULTATION", "Entretien du linge des résidents et du linge plat"),
        H("Article 1 – Objet"),
        P("La présente consultation a pour objet l'entretien du linge personnel des 84 résidents et du linge plat "
          "(draps, taies, serviettes, nappage) de l'établissement."),
        H("Article 2 – Réservation"),
        P("Le marché est réservé à des entreprises adaptées ou à des établissements et services d'aide par le "
          "travail (ESAT), ou à des structures équivalentes, qui emploient une proportion minimale de 50 % de "
          "travailleurs handicapés. Le candidat joint la copie de sa reconnaissance ou de son autorisation."),
        H("Article 3 – Durée"),
        P("Le marché est conclu pour 24 mois à compter du 1er juin 2026."),
        H("Article 4 – Contenu des offres"),
        P("Acte d'engagement, bordereau des prix, mémoire technique (circuit du linge, délais, marquage, gestion "
          "des pertes), attestation d'assurance de responsabilité civile d'un montant minimal de 1~000~000 €."),
        H("Article 5 – Jugement"),
        P("Prix : 60 % ; qualité du service : 40 %, dont délais de retour (15 %), organisation du marquage et de "
          "la traçabilité (15 %), qualité du repassage et du pliage (10 %)."),
        H("Article 6 – Renseignements"),
        P("Mme Nathalie Dubosc, directrice, et M. Hervé Lannou, responsable hôtelier, 02 32 57 18 40."),
    ]
    rc_l = L(marche_reserve=1, reserve_base="L2113-12",
             evidence=["Le marché est réservé à des entreprises adaptées ou à des établissements et services d'aide par le travail (ESAT)"])
    ccp = [
        TITLE("EHPAD public La Roseraie", "CAHIER DES CLAUSES PARTICULIÈRES",
              "Entretien du linge des résidents et du linge plat – clauses administratives et techniques"),
        *A("Objet et durée",
           "Le présent cahier fixe les conditions d'exécution de la prestation d'entretien du linge pour une durée "
           "de 24 mois."),
        *A("Volumes",
           "Le volume annuel de linge traité est estimé à 18 tonnes, dont 11 tonnes de linge plat et 7 tonnes de "
           "linge des résidents."),
        *A("Circuit du linge",
           "Collecte deux fois par semaine (lundi et jeudi) ; retour du linge des résidents sous 72 heures, "
           "du linge plat sous 48 heures. Le linge sale et le linge propre circulent dans des chariots distincts."),
        *A("Hygiène",
           "Le titulaire applique la méthode RABC conformément à la norme NF EN 14065 et réalise deux contrôles "
           "microbiologiques par an. Les prestations sont adaptées à un environnement de soins accueillant des "
           "personnes fragiles."),
        *A("Marquage",
           "Le marquage du linge des résidents (étiquettes thermocollées nominatives) est assuré par le titulaire "
           "à l'entrée de chaque résident."),
        *A("Prix et facturation",
           "Prix au kilogramme pour le linge plat, à la pièce pour le linge des résidents ; facturation mensuelle."),
        *A("Pénalités",
           "Perte d'une pièce de linge personnel : 15 € ; retard de livraison : 50 € par jour."),
        *F_FACTURATION(1),
        *F_SOUSTRAITANCE(2),
    ]
    ccp_l = L()
    bpu = [
        TITLE("EHPAD public La Roseraie", "BORDEREAU DES PRIX", "Entretien du linge"),
        RTAB([["Désignation", "Unité", "Prix HT", "Prix TTC"],
              ["Linge plat (draps, taies, serviettes)", "kg", "", ""],
              ["Linge des résidents – pièce courante", "pièce", "", ""],
              ["Linge des résidents – pièce délicate", "pièce", "", ""],
              ["Marquage d'un trousseau à l'entrée", "forfait", "", ""]]),
    ]
    bpu_l = L()
    return dict(
        id="d12", title="EHPAD public La Roseraie – entretien du linge (MAPA réservé EA/ESAT, allotissement non mentionné)",
        pieces=[PIECE("AAPC_linge_2026.txt", "AVIS", "", "", avis, avis_l),
                PIECE("RC_linge_2026.docx", "RC", hdr, "Règlement de consultation", rc, rc_l),
                PIECE("CCP_linge_2026.pdf", "CCAP", hdr, "Cahier des clauses particulières", ccp, ccp_l, hyphen=True),
                PIECE("BPU_linge_2026.docx", "BPU", hdr, "Bordereau des prix", bpu, bpu_l)],
        pos=["marche_reserve"],
        values=V(montant_estime_ht=96000, reserve_base="L2113-12"),
        why="Réservation écrite en toutes lettres sans article (entreprises adaptées, ESAT, 50 % de travailleurs "
            "handicapés) : L2113-12. Estimation : avis seulement, 96 000 € HT sur 24 mois. Aucune pièce ne dit si "
            "le marché est alloti : allotissement vide.",
        note="Pièges : 84 résidents, 18 tonnes, 72 / 48 heures, assurance 1 000 000 €, pénalités 15 / 50 €, "
             "« environnement de soins » (sens ordinaire) : ni clause sociale (la réservation n'est pas une "
             "clause), ni clause environnementale. Le cahier des clauses particulières (CCP) unique est classé "
             "CCAP.")


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12]


# ----------------------------------------------------------------------------- ajouts de ce jeu
import hashlib


def XMLPIECE(file, doc_type, xml, label):
    """Pièce XML (avis TED / eForms) : le texte XML est écrit tel quel."""
    return dict(file=file, doc_type=doc_type, header="", footer="", blocks=[], xml=xml, label=label)


_WS = re.compile(r"\s+")
_HYJ = re.compile(r"(\w)-[ \t]*\n\s*(\w)")


def normx(s):
    """Texte extrait : espaces insécables -> espace, césure de fin de ligne recollée, blancs réduits."""
    s = s.replace(NB, " ").replace(NNB, " ").replace("\r", "\n")
    s = _HYJ.sub(r"\1\2", s)
    return _WS.sub(" ", s).strip()


def extract(name, data):
    """Texte extrait du fichier produit, comme le lirait un outil ordinaire."""
    ext = name.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)
    if ext == "docx":
        dd = docx.Document(io.BytesIO(data))
        parts = [p.text for p in dd.paragraphs]
        for t in dd.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts), None
    if ext == "xml":
        from lxml import etree
        root = etree.fromstring(data)
        return "\n".join(root.itertext()), None
    return data.decode("utf-8"), None


def build_piece(folder, p):
    path = os.path.join(folder, p["file"])
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ext = p["file"].rsplit(".", 1)[1]
    if p.get("xml"):
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


def check_articles(d, p):
    nums = []
    for b in number_articles(p["blocks"]):
        if b[0] in ("h", "h2"):
            m = _ART.match(b[1])
            if m:
                nums.append(int(m.group(1)))
    if nums != sorted(set(nums)):
        return ["%s/%s : numérotation des articles %r" % (d["id"], p["file"], nums)]
    return []


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
        if r["reserve_base"]:
            for b in r["reserve_base"].split(";"):
                if b not in ("L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"):
                    out.append("%s : reserve_base %r" % (r["path"], b))
    return out


_EXPECT_KEYS = {"allotissement": "divided", "nb_lots": "lot_count", "montant_estime_ht": "estimated_ht",
                "montant_max_ht": "max_ht", "heures_insertion": "insertion_hours", "reserve_base": "reservation_bases"}
_CATEGORIES = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
               "clause_environnementale", "critere_environnemental")


def _expect(d):
    """Les valeurs du dossier sous les noms lus par le score (traduction mécanique de values et pos)."""
    out = {}
    for name, key in _EXPECT_KEYS.items():
        value = d["values"][name]
        if key == "divided":
            value = None if value is None else bool(int(value))
        elif key == "reservation_bases":
            value = sorted(value.split(";")) if value else []
        out[key] = value
    out["considerations"] = {c: c in d["pos"] for c in _CATEGORIES}
    return out


def _zip_folder(stage, zpath, files):
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        dirs = []
        for f in files:
            dn = os.path.dirname(f)
            if dn and dn + "/" not in dirs:
                dirs.append(dn + "/")
                zi = zipfile.ZipInfo(dn + "/", date_time=(2026, 1, 1, 0, 0, 0))
                zi.external_attr = 0o40755 << 16
                z.writestr(zi, b"")
            zi = zipfile.ZipInfo(f, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            with open(os.path.join(stage, f), "rb") as fh:
                z.writestr(zi, fh.read())


def build_all(root, verbose):
    out = os.path.join(root, "dossiers")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rows, dossiers_yml, problems = [], [], []
    kinds, pages = {}, {}
    for f in DOSSIERS:
        d = f()
        arch = d.get("archive", False)
        folder = os.path.join(out, ("_stage_" if arch else "") + d["id"])
        os.makedirs(folder)
        if not (3 <= len(d["pieces"]) <= 7):
            problems.append("%s : %d pièces" % (d["id"], len(d["pieces"])))
        for c in d["pos"]:
            if c not in _CATEGORIES:
                problems.append("%s : catégorie inconnue %s" % (d["id"], c))
        rb = d["values"].get("reserve_base")
        if bool(rb) != ("marche_reserve" in d["pos"]):
            problems.append("%s : reserve_base du dossier / pos incohérents" % d["id"])
        if "clause_insertion" in d["pos"] and "clause_sociale" not in d["pos"]:
            problems.append("%s : clause_insertion sans clause_sociale (dossier)" % d["id"])
        if d["values"]["heures_insertion"] and "clause_insertion" not in d["pos"]:
            problems.append("%s : heures sans clause_insertion (dossier)" % d["id"])
        for p in d["pieces"]:
            problems.extend(check_articles(d, p))
            build_piece(folder, p)
        if arch:
            zpath = os.path.join(out, d["id"] + ".zip")
            _zip_folder(folder, zpath, [p["file"] for p in d["pieces"]])
            shutil.rmtree(folder)
            zf = zipfile.ZipFile(zpath)
        for p in d["pieces"]:
            if arch:
                data = zf.read(p["file"])
                rel = d["id"] + ".zip/" + p["file"]
            else:
                with open(os.path.join(folder, p["file"]), "rb") as fh:
                    data = fh.read()
                rel = d["id"] + "/" + p["file"]
            ext = p["file"].rsplit(".", 1)[1]
            kinds[ext] = kinds.get(ext, 0) + 1
            text, n = extract(p["file"], data)
            xt = normx(text)
            if n is not None:
                pages[n] = pages.get(n, 0) + 1
                if not (1 <= n <= 5):
                    problems.append("%s : %d pages" % (rel, n))
            lab = dict(p["label"])
            logical = plain_text(p["final_blocks"]) if p["final_blocks"] else ""
            for q in lab["evidence"]:
                if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                    continue
                qn_ = _WS.sub(" ", norm(q)).strip()
                if qn_ not in xt:
                    problems.append("%s : preuve absente du texte extrait : %r" % (rel, q))
                if not p.get("xml") and _WS.sub(" ", norm(q)) not in _WS.sub(" ", logical):
                    problems.append("%s : preuve absente du texte logique : %r" % (rel, q))
            ev = " | ".join(norm(q) for q in lab["evidence"])
            if len(ev) > 300:
                problems.append("%s : preuve trop longue (%d)" % (rel, len(ev)))
            filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
            if filled and not lab["evidence"]:
                problems.append("%s : valeurs sans preuve" % rel)
            if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
                problems.append("%s : clause_insertion sans clause_sociale" % rel)
            if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
                problems.append("%s : marche_reserve / reserve_base incohérents" % rel)
            for c in _CATEGORIES:
                if lab[c] == 1 and c not in d["pos"]:
                    problems.append("%s : %s=1 absent de pos du dossier" % (rel, c))
            row = {"path": rel, "doc_type": p["doc_type"]}
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
            pos=list(d["pos"]), values=d["values"], why=d["why"], note=d["note"],
            path="dossiers/" + d["id"] + (".zip" if arch else ""), expect=_expect(d)))
    with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    import yaml
    head = ("# Jeu scellé extraction-12 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main par une session d'aide agissant comme\n"
            "# annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : colonnes de LABELS.md pour le dossier entier ; heures d'insertion comptées une fois pour le\n"
            "# dossier (somme des lots) ; montant estimé = valeur totale estimée HT du contrat (tous lots, reconductions\n"
            "# comprises) ; maximum = total sur toutes les périodes et tous les lots ; en cas de conflit, l'avis\n"
            "# rectificatif, le registre des questions-réponses et les pièces administratives priment (voir why).\n")
    with open(os.path.join(root, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    problems.extend(extra_checks(rows))
    if verbose:
        print("%d dossiers, %d pièces (%s) ; pages des PDF : %s ; nombres coupés en fin de ligne : %d (%d restés "
              "entiers) ; césures forcées : %d (%d restées entières)" % (
                  len(dossiers_yml), len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
                  ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), SB_STATS["cut"],
                  SB_STATS["whole"], HY_STATS["cut"], HY_STATS["whole"]))
    return problems


def md5_tree(root):
    res = {}
    for base, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(base, f)
            with open(p, "rb") as fh:
                res[os.path.relpath(p, root)] = hashlib.md5(fh.read()).hexdigest()
    return res


def main():
    problems = build_all(HERE, True)
    verif = os.path.join(HERE, "_verif")
    if os.path.isdir(verif):
        shutil.rmtree(verif)
    os.makedirs(verif)
    build_all(verif, False)
    a = md5_tree(os.path.join(HERE, "dossiers"))
    b = md5_tree(os.path.join(verif, "dossiers"))
    a["dossiers.yml"] = md5_tree(HERE).get("dossiers.yml")
    b["dossiers.yml"] = md5_tree(verif).get("dossiers.yml")
    if a != b:
        diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        problems.append("constructions non identiques : %s" % ", ".join(diff))
    shutil.rmtree(verif)
    print("double construction : %d fichiers, md5 %s" % (len(a), "identiques" if a == b else "DIFFÉRENTS"))
    print("contrôles : preuves présentes dans le texte EXTRAIT de leur pièce (pypdf / python-docx / lxml / "
          "lecture simple) et dans le texte logique ; preuves <= 300 caractères ; PDF de 1 à 5 pages ; 3 à 7 "
          "pièces par dossier ; articles sans doublon ; clause_insertion => clause_sociale ; marche_reserve <=> "
          "reserve_base ; pos du dossier <=> pièces ; types et valeurs des colonnes ; md5 des deux constructions "
          "-> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
