#!/usr/bin/env python3
"""Construit le jeu scellé documents-11 : documents entiers (PDF reportlab, DOCX python-docx, TXT).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur, des règles,
des modèles ni des autres données du projet).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py : lignes 27-664
(imports, constantes, plain_text, dx, césure, wrap, vrais tableaux reportlab, PdfLayout à une ou deux
colonnes, build_pdf, build_docx, build_txt, aides de saisie H/H2/P/LST/TAB/RTAB/SPLIT/TITLE/L, norm,
_conv, number_articles, _DOC_TYPES) ; fonctions extra_checks et build_piece reprises des lignes
2433-2472 du même fichier ; main réécrit sur le modèle des lignes 2505-2611 (un document par ligne de
labels.csv au lieu de dossiers ; contrôle supplémentaire des preuves dans le texte extrait des
fichiers produits). Changements : SET_NAME, OUT (documents/), en-tête.
Les 31 documents ont été écrits pour ce jeu ; tout y est inventé (acheteurs, lieux, chiffres, textes).

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).

Conventions de saisie : « ~ » = espace insécable ; « ^ » = espace fine insécable ; BR = retour forcé
(PDF) ; SB = coupure possible d'un nombre en fin de ligne (PDF) ; HY = césure possible d'un mot court.

Usage : /work/main/.venv/bin/python tests/sealed/documents-11/make_documents.py
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
SET_NAME = "documents-11"

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






# ============================================================================= documents
PB = ("pagebreak",)


def DOC(file, doc_type, header, footer, blocks, label, hyphen=False, cols=1, note=""):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, hyphen=hyphen, cols=cols, note=note)


# ----------------------------------------------------------------------------- p01 RC voirie
def p01():
    h = "CC des Coteaux du Lizonne – Réfection de voirie 2027"
    f = "RC – consultation n° 2027-VOI-04"
    b = [
        TITLE("Communauté de communes des Coteaux du Lizonne", "RÈGLEMENT DE LA CONSULTATION",
              "Travaux de réfection et d'entretien de la voirie communautaire – programme 2027",
              "Procédure adaptée ouverte (articles L. 2123-1 et R. 2123-1 du code de la commande publique)"),
        H("Article 1 – Acheteur"),
        P("Communauté de communes des Coteaux du Lizonne, 4 place du Foirail, 24~610 Saint-Méard-d'Aubrac. "
          "Représentant du pouvoir adjudicateur : le Président. Service instructeur : pôle Technique – "
          "cellule voirie (M. Ravaud)."),
        H("Article 2 – Objet et étendue de la consultation"),
        P("La consultation porte sur la réfection des chaussées et accotements des voies d'intérêt "
          "communautaire inscrites au programme 2027, ainsi que sur le renouvellement du marquage au sol des "
          "traversées de bourg. Les travaux sont situés sur les 17 communes membres."),
        P("Le montant prévisionnel des travaux, tous lots confondus, est estimé à 1~245¦SB¦000 € HT. Cette "
          "estimation est donnée à titre indicatif et n'engage pas la Communauté de communes."),
        H("Article 3 – Décomposition en lots"),
        P("La consultation est décomposée en 3 lots définis ci-dessous. Chaque lot fait l'objet d'un marché "
          "distinct ; les candidats peuvent répondre à un, plusieurs ou à l'ensemble des lots."),
        RTAB([["Lot", "Désignation", "Secteur"],
              ["1", "Enrobés, reprofilage et purges", "Secteur nord (9 communes)"],
              ["2", "Enrobés, enduits superficiels et curage de fossés", "Secteur sud (8 communes)"],
              ["3", "Signalisation horizontale et résine gravillonnée", "Ensemble du territoire"]],
             widths=[0.1, 0.55, 0.35]),
        H("Article 4 – Conditions de participation"),
        P("Le dossier de candidature comprend : la lettre de candidature ou le DUME ; les pouvoirs du "
          "signataire ; la déclaration sur l'honneur attestant que le candidat satisfait aux obligations "
          "d'emploi des travailleurs handicapés prévues aux articles L.~5212-1 à L.~5212-11 du code du travail ; "
          "la liste des travaux de même nature exécutés au cours des cinq dernières années, appuyée "
          "d'attestations de bonne exécution ; les certificats de qualification FNTP ou équivalents."),
        P("Les candidats en groupement indiquent la répartition des prestations entre les membres. Le "
          "mandataire est solidaire."),
        H("Article 5 – Jugement des offres"),
        P("Les offres sont jugées lot par lot. L'offre économiquement la plus avantageuse est appréciée "
          "selon les critères pondérés suivants, la valeur technique étant notée au vu du mémoire "
          "technique remis par le candidat :"),
        TAB([["Critère / sous-critère", "Pondération"],
             ["1. Prix des prestations (montant du détail quantitatif estimatif)", "55 %"],
             ["2. Valeur technique, décomposée comme suit :", "45 %"],
             ["2.1 Méthodologie, phasage et organisation du chantier sous circulation", "20 %"],
             ["2.2 Moyens humains et matériels affectés au chantier (encadrement, ateliers, centrale)", "10 %"],
             ["2.3 Limitation des nuisances et gestion des matériaux : réemploi des matériaux de rabotage, "
              "tri et traçabilité des déblais, distance de la centrale d'enrobés, recours aux enrobés tièdes", "10 %"],
             ["2.4 Démarche d'insertion professionnelle proposée par le candidat (volume d'heures, publics "
              "visés, tutorat)", "5 %"]],
            widths=[0.78, 0.22], align="lr"),
        P("Chaque sous-critère est noté de 0 à 10 puis pondéré. Une offre dont le mémoire ne traite pas un "
          "sous-critère reçoit la note 0 pour ce sous-critère."),
        P("En application de l'article R. 2152-3, toute offre paraissant anormalement basse fera l'objet "
          "d'une demande de précisions."),
        H("Article 6 – Variantes et prestations supplémentaires"),
        P("Les variantes ne sont pas autorisées. Aucune prestation supplémentaire éventuelle n'est prévue."),
        H("Article 7 – Négociation"),
        P("La Communauté de communes se réserve la possibilité de négocier avec les trois candidats les "
          "mieux classés de chaque lot. Elle peut aussi attribuer le marché sur la base des offres initiales."),
        H("Article 8 – Remise des plis"),
        P("Les plis sont déposés sur le profil d'acheteur avant le 12 février 2027 à 12~h~00. Aucune "
          "remise sur support papier n'est acceptée. Délai de validité des offres : 120 jours."),
        H("Article 9 – Renseignements"),
        P("Questions techniques et administratives : uniquement via la messagerie du profil d'acheteur, "
          "au plus tard 8 jours avant la date limite. Instance chargée des recours : tribunal "
          "administratif de Bordeaux."),
    ]
    lab = L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=1245000,
            evidence=["estimé à 1 245 000 € HT", "décomposée en 3 lots",
                      "réemploi des matériaux de rabotage",
                      "Démarche d'insertion professionnelle proposée par le candidat"])
    return DOC("p01_rc_voirie_coteaux_lizonne.pdf", "RC", h, f, b, lab, hyphen=True,
               note="RC travaux, tableau de critères coupé par un saut de page, sous-critères")


# ----------------------------------------------------------------------------- p02 CCAP réhabilitation
def p02():
    h = "Ouest-Sornin Habitat – Réhabilitation résidence Les Tilleuls (48 logements)"
    f = "CCAP – OSH 2027-011 – version du 03/03/2027"
    b = [
        TITLE("OUEST-SORNIN HABITAT – Office public de l'habitat",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Réhabilitation thermique et remplacement des équipements – résidence Les Tilleuls, Vergnac"),
        H("Article 1 – Objet du marché – Décomposition"),
        P("Le présent CCAP s'applique aux marchés de travaux de réhabilitation de la résidence Les Tilleuls "
          "(3 bâtiments, 48 logements occupés). Les travaux sont répartis en quatre lots traités par marchés "
          "séparés : lot 1 Gros œuvre – ravalement – isolation par l'extérieur ; lot 2 Menuiseries "
          "extérieures ; lot 3 Plomberie – chauffage – ventilation ; lot 4 Peinture – revêtements de sols."),
        H("Article 2 – Pièces contractuelles"),
        P("Par ordre de priorité décroissante : l'acte d'engagement ; le présent CCAP ; le CCTP commun et "
          "les CCTP de lots ; le CCAG Travaux (arrêté du 30 mars 2021) ; la décomposition du prix global et "
          "forfaitaire ; le calendrier d'exécution ; le mémoire technique du titulaire."),
        H("Article 3 – Prix et variation"),
        P("Les prix sont globaux et forfaitaires. Ils sont révisables mensuellement par application de "
          "l'index BT01 pour les lots 1 et 4, BT45 pour le lot 2 et BT38 pour le lot 3."),
        H("Article 4 – Délais"),
        P("Le délai global d'exécution est de 14 mois, période de préparation de 6 semaines incluse. "
          "Les travaux en site occupé sont organisés par cage d'escalier."),
        H("Article 5 – Avance"),
        P("Une avance de 10~% est versée dans les conditions des articles R.~2191-3 et suivants, sauf "
          "renonciation du titulaire à l'acte d'engagement."),
        H("Article 6 – Retenue de garantie"),
        P("Une retenue de garantie de 5~% est prélevée sur les acomptes ; elle peut être remplacée par une "
          "garantie à première demande."),
        H("Article 7 – Pénalités de retard"),
        P("Par jour calendaire de retard sur le délai d'exécution, le titulaire encourt une pénalité de "
          "1/3000e du montant HT de son marché, sans mise en demeure préalable."),
        H("Article 8 – Chantier propre et gestion des déchets"),
        P("Le titulaire se conforme à la charte « chantier à faibles nuisances » jointe au DCE. Il organise "
          "sur le site le tri des déchets en cinq flux au minimum : inertes, bois, métaux, plâtre, déchets "
          "non dangereux en mélange. Les déchets amiantés sont traités selon la procédure spécifique du lot 1."),
        P("Il remet au maître d'œuvre, avec chaque situation mensuelle, les bons d'enlèvement et les "
          "bordereaux de suivi des déchets. Le brûlage sur site est interdit. Le lavage des outils de "
          "peinture se fait exclusivement dans un bac de décantation fourni par le titulaire du lot~4."),
        P("À défaut de production des justificatifs, une pénalité de 150 € HT par situation incomplète est "
          "appliquée."),
        H("Article 9 – Action d'insertion professionnelle"),
        P("En application de l'article L.~2112-2 du code de la commande publique, chaque titulaire réserve "
          "aux personnes rencontrant des difficultés sociales ou professionnelles particulières un nombre "
          "minimal d'heu¦HY¦res de travail, fixé par lot dans le tableau ci-après, à réaliser pendant la durée "
          "du chantier :"),
        RTAB([["Lot", "Heures d'insertion à réaliser"],
              ["Lot 1 – Gros œuvre, ravalement, ITE", "350 heures"],
              ["Lot 2 – Menuiseries extérieures", "140 heures"],
              ["Lot 3 – Plomberie, chauffage, ventilation", "210 heures"],
              ["Lot 4 – Peinture, revêtements de sols", "105 heures"]],
             widths=[0.65, 0.35], align="lr"),
        P("Sont éligibles notamment : les demandeurs d'emploi inscrits depuis plus de douze mois, les "
          "allocataires du RSA ou de l'ASS, les jeunes de moins de 26 ans sortis du système scolaire sans "
          "diplôme, les personnes reconnues travailleurs handicapés orientées vers le milieu ordinaire, les "
          "salariés des structures d'insertion. L'éligibilité est validée par la facilitatrice du PLIE du "
          "Pays de Sornin avant toute mise en poste."),
        P("Le titulaire choisit librement la modalité : embauche directe, mise à disposition par une "
          "entreprise de travail temporaire d'insertion ou un groupement d'employeurs (GEIQ), "
          "sous-traitance ou co-traitance avec une structure d'insertion."),
        P("Un état mensuel des heures réalisées est transmis à la facilitatrice. Chaque heure non "
          "réalisée du fait du titulaire donne lieu à une pénalité de 50~€~HT, plafonnée à 5~% du montant "
          "du marché."),
        H("Article 10 – Réception"),
        P("Les opérations préalables à la réception sont conduites par bâtiment. La levée des réserves "
          "intervient dans le délai fixé au procès-verbal, à défaut dans les 45 jours."),
        H("Article 11 – Dérogations au CCAG Travaux"),
        P("L'article 7 déroge à l'article 19.2.3 du CCAG ; l'article 8 complète l'article 36 ; l'article 9 "
          "complète l'article 5."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=805, clause_environnementale=1,
            allotissement=1, nb_lots=4,
            evidence=["nombre minimal d'heures de travail, fixé par lot",
                      "[805 = 350 + 140 + 210 + 105, lots 1 à 4]",
                      "tri des déchets en cinq flux au minimum", "répartis en quatre lots"])
    return DOC("p02_ccap_rehabilitation_les_tilleuls.pdf", "CCAP", h, f, b, lab, hyphen=True,
               note="CCAP travaux, heures d'insertion par lot, tri des déchets")


# ----------------------------------------------------------------------------- p03 CCP MAPA nettoyage
def p03():
    h = "Ville de Sérignac-sur-Vionne – Nettoyage des batiments communaux"
    f = "CCP valant CCAP et CCTP – MAPA 27/014"
    b = [
        TITLE("VILLE DE SÉRIGNAC-SUR-VIONNE", "CAHIER DES CLAUSES PARTICULIERES (CCP)",
              "Nettoyage et entretien des locaux de la mairie, de la médiathèque et du groupe scolaire Jean-Zay",
              "Marché à procédure adaptée – accord-cadre à bons de commande"),
        H("Article 1 – Objet"),
        P("Le present accord-cadre a pour objet l'entretien courant et la remise en état des locaux "
          "désignés en annexe 1 (surface totale : 6¦SB¦840 m²). Il est mono-attributaire et s'exécute par "
          "émission de bons de commande (art. R. 2162-2 et suivants)."),
        H("Article 2 – Allotissement"),
        P("Le marché n'est pas alloti : les prestations, réalisées par une même équipe sur des sites "
          "imbriqués (restaurant scolaire et médiathèque partagent les mêmes circulations), ne peuvent être "
          "séparées sans renchérir leur coordination (art. L.~2113-11)."),
        H("Article 3 – Durée et montant"),
        P("L'accord-cadre est conclu pour un an à compter de sa notification. Il est reconductible "
          "tacitement trois fois par période d'un an, sans que sa durée totale puisse excéder quatre ans."),
        P("Il est conclu sans montant minimum et avec un montant maximum annuel de 62¦SB¦000 € HT, "
          "identique pour chaque période de reconduction."),
        H("Article 4 – Organisation des prestations"),
        P("Les prestations sont réalisées en journée, entre 7~h~30 et 19~h, en présence des usagers, afin "
          "d'éviter aux agents d'entretien des horaires fractionnés très tôt le matin et tard le soir. Le "
          "titulaire établit des plannings assurant à chaque agent affecté au marché une amplitude "
          "quotidienne continue ; il transmet chaque trimestre l'état des contrats (durée hebdomadaire) des "
          "agents affectés, et propose à ceux qui le souhaitent un complément d'heures avant tout recrutement."),
        P("Les prestatoins de vitrerie en hauteur sont réalisées pendant les vacances scolaires."),
        H("Article 5 – Produits et materiels"),
        P("Les produits de nettoyage utilisés pour les sols, sanitaires et surfaces sont titulaires de "
          "l'Écolabel européen ou d'un label équivalent ; les fiches techniques sont remises avant le début "
          "d'exécution. Les aérosols et les produits parfumés sont proscrits dans le groupe scolaire."),
        P("Le titulaire emploie des franges et lavettes microfibres lavables, un système de dosage des "
          "concentrés et des auto-laveuses sur batterie. Les emballages vides sont repris par le titulaire "
          "et les sacs de collecte sont issus de matière recyclée."),
        H("Article 6 – Contrôle qualité"),
        P("Un contrôle contradictoire mensuel est organisé sur la base de la grille de l'annexe 2. Deux "
          "contrôles insuffisants consécutifs sur un site entraînent une réfaction de 5~% du bon de "
          "commande du mois."),
        H("Article 7 – Critères de jugement des offres"),
        RTAB([["Critère", "Sous-critères", "Points"],
              ["Prix", "Montant du DQE non contractuel", "50"],
              ["Valeur technique", "Organisation et fréquences proposées (20) ; moyens humains et "
               "encadrement (10) ; procédure d'autocontrôle (10)", "40"],
              ["Performance environnementale", "Nature des produits et des matériels, consommation d'eau, "
               "gestion des emballages", "10"]],
             widths=[0.28, 0.57, 0.15], align="llr"),
        H("Article 8 – Paiement"),
        P("Les sommes dues sont réglées par virement dans un délai global de 30 jours. Les factures sont "
          "déposées sur Chorus Pro."),
        H("Article 9 – Résiliation – litiges"),
        P("Les stipulations du CCAG-FCS s'appliquent. Tribunal competent : tribunal administratif de "
          "Toulouse."),
    ]
    lab = L(clause_sociale=1, clause_environnementale=1, critere_environnemental=1, allotissement=0,
            montant_max_ht=248000,
            evidence=["d'éviter aux agents d'entretien des horaires fractionnés",
                      "titulaires de l'Écolabel européen", "Performance environnementale",
                      "montant maximum annuel de 62 000 € HT", "[62 000 × 4 périodes = 248 000]",
                      "Le marché n'est pas alloti"])
    return DOC("p03_ccp_mapa_nettoyage_serignac.pdf", "CCAP", h, f, b, lab,
               note="CCP de MAPA, conditions de travail, produits écolabellisés, maximum annuel")


# ----------------------------------------------------------------------------- p04 avis BOAMP espaces verts
def p04():
    h = "BOAMP – Avis n° 27-031877 – Commune de Lanvézec"
    f = "Bulletin officiel des annonces des marchés publics – édition du 19/03/2027"
    b = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Services – Entretien des espaces verts et des cimetières",
              "Département de publication : 29 – Procédure adaptée"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Commune de Lanvézec, service Cadre de vie, 2 rue de la Mairie, "
          "29~470 Lanvézec. Courriel : marches@lanvezec.example. Adresse du profil d'acheteur : "
          "https://marches.lanvezec.example"),
        P("I.4) Type de pouvoir adjudicateur : autorité régionale ou locale."),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Entretien des espaces verts, des cimetières et des abords des équipements "
          "communaux, 2027-2030."),
        P("II.1.2) Code CPV principal : 77310000."),
        P("II.1.3) Type de marché : services."),
        P("II.1.4) Description succincte : tonte, taille, désherbage manuel et mécanique, ramassage des "
          "feuilles, entretien des allées des deux cimetières communaux."),
        P("II.1.5) Valeur totale estimée hors TVA : 186¦SB¦000 euros (toutes périodes et tous lots)."),
        P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Nombre de lots : 2. "
          "Offres possibles pour tous les lots."),
        H2("II.2) Description – Lot n° 1"),
        P("II.2.1) Intitulé : Tonte, taille et entretien des massifs – secteur bourg et zones d'activités."),
        P("II.2.4) Description des prestations : entretien de 14 ha d'espaces verts selon le plan de "
          "gestion différenciée annexé au CCTP. Conditions particulières d'exécution : clause d'insertion, "
          "350 heu¦HY¦res sur la durée du marché, suivi par la Maison de l'emploi du pays de Lanvézec."),
        P("II.2.5) Critères d'attribution : prix 60 % ; valeur technique 40 %."),
        P("II.2.7) Durée : 12 mois, reconductible 2 fois."),
        H2("II.2) Description – Lot n° 2"),
        P("II.2.1) Intitulé : Entretien des cimetières et désherbage manuel des allées."),
        P("II.2.4) Description des prestations : désherbage manuel et binage des allées, ramassage "
          "des déchets verts, entretien des haies. Ce lot est réservé aux entreprises adaptées et aux "
          "établissements et services d'aide par le travail, ou à des structures équivalentes employant "
          "au moins 50 % de travailleurs handicapés."),
        P("II.2.5) Critères d'attribution : prix 50 % ; valeur technique 50 %."),
        P("II.2.7) Durée : 12 mois, reconductible 2 fois."),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.1) Habilitation à exercer l'activité professionnelle : inscription au registre du commerce "
          "ou au répertoire des métiers, ou justificatif équivalent."),
        P("III.1.3) Capacité technique : liste des principales prestations similaires des trois dernières "
          "années ; certificat Certiphyto non exigé, les prestations étant réalisées sans produits "
          "phytopharmaceutiques conformément à la réglementation applicable aux collectivités."),
        P("III.1.5) Marché réservé : voir description du lot n° 2."),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : procédure adaptée ouverte."),
        P("IV.2.2) Date limite de réception des offres : 22 avril 2027, 12~h~00."),
        P("IV.2.6) Délai de validité des offres : 90 jours."),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : visite des cimetières conseillée, sur rendez-vous auprès "
          "du responsable des services techniques (02~98~00~00~00)."),
        P("VI.4.1) Instance chargée des procédures de recours : tribunal administratif de Rennes."),
        P("VI.5) Date d'envoi du présent avis : 17 mars 2027."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=350, marche_reserve=1,
            reserve_base="L2113-12", allotissement=1, nb_lots=2, montant_estime_ht=186000,
            evidence=["clause d'insertion, 350 heures sur la durée du marché",
                      "Ce lot est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail",
                      "Nombre de lots : 2", "Valeur totale estimée hors TVA : 186 000 euros"])
    return DOC("p04_avis_boamp_espaces_verts_lanvezec.pdf", "AVIS", h, f, b, lab, cols=2,
               note="avis BOAMP deux colonnes, lot réservé dans la description du lot, heures d'un lot")


# ----------------------------------------------------------------------------- p05 CCTP restauration
def p05():
    h = "SIVU Restauration des Trois-Vallons – CCTP restauration scolaire"
    f = "CCTP – fourniture et livraison de repas en liaison froide – 2027"
    b = [
        TITLE("SIVU RESTAURATION DES TROIS-VALLONS", "CAHIER DES CLAUSES TECHNIQUES PARTICULIERES",
              "Confection et livraison de repas en liaison froide pour les écoles et l'accueil de loisirs"),
        H("1. Contexte"),
        P("Le SIVU regroupe cinq communes et sert environ 1¦SB¦150 repas par jour scolaire, ainsi que 180 repas "
          "le mercredi et pendant les vacances. Les repas sont réchauffés dans les offices satellites par le "
          "personnel communal."),
        H("2. Composition des repas"),
        P("Les menus sont établis sur un cycle de 20 jours, validés en commission des menus. Chaque repas "
          "comprend quatre composantes en maternelle et cinq en élémentaire. Les grammages respectent les "
          "recommandations nutritionnelles en vigueur."),
        H("3. Qualité des denrées"),
        P("Sur l'année civile, la part des produits biologiques ou en conversion atteint au moins 30~% de la "
          "valeur HT des achats de denrées du marché, et celle des produits sous signe de qualité (Label "
          "rouge, AOP, IGP, HVE...) au moins 25~% supplémentaires. Le titulaire transmet chaque trimestre "
          "le tableau de suivi des achats, facture à l'appui."),
        P("Le titulaire sert un menu végétarien deux fois par semaine. La viande bovine est issue d'animaux "
          "nés, élevés et abattus en France ; le poisson provient de pêcheries non classées en "
          "surexploitation. Les fruits et légumes frais sont de saison, selon le calendrier annexé."),
        H("4. Conditionnement et livraison"),
        P("Les repas sont livrés en bacs gastronormes inox fournis par le titulaire et repris à chaque "
          "livraison ; les barquettes plastiques à usage unique ne sont pas admises. Les pots individuels "
          "de yaourt sont remplacés par des conditionnements collectifs de 5 kg lorsqu'ils existent."),
        P("Les livraisons sont regroupées en une tournée quotidienne unique ; le véhicule de livraison est "
          "réfrigéré et de norme Euro 6 au minimum, ou électrique."),
        H("5. Lutte contre le gaspillage et biodéchets"),
        P("Le titulaire pèse les restes par office une semaine par période scolaire et propose des "
          "ajustements de grammage. Il collecte les biodéchets des offices lors de la reprise des bacs et "
          "les remet à la plateforme de compostage de Pleyssac ; le bordereau de pesée est joint à la "
          "facture mensuelle."),
        H("6. Environnement de travail dans les offices"),
        P("Les offices satellites sont équipés de fours de remise en température et de cellules "
          "réfrigérées fournis par les communes ; le titulaire ne peut modifier ces équipements."),
        H("7. Hygiène et sécurité sanitaire"),
        P("Le titulaire dispose d'un agrément sanitaire. Il applique le plan de maîtrise sanitaire et "
          "conserve les plats témoins cinq jours. Il respecte les dispositions du code du travail relatives "
          "au travail dissimulé et à l'emploi de salariés étrangers."),
        H("8. Allergies et régimes"),
        P("Les projets d'accueil individualisés sont traités au cas par cas ; les repas sans porc sont "
          "proposés sur simple demande de la commune."),
    ]
    lab = L(clause_environnementale=1,
            evidence=["les barquettes plastiques à usage unique ne sont pas admises",
                      "Il collecte les biodéchets des offices"])
    return DOC("p05_cctp_restauration_trois_vallons.pdf", "CCTP", h, f, b, lab, hyphen=True,
               note="CCTP restauration : denrées, contenants, biodéchets ; rappel travail dissimulé")


# ----------------------------------------------------------------------------- p06 rapport d'analyse
def p06():
    h = "Ville de Castelmaurou-d'Olt – Rapport d'analyse des offres"
    f = "RAO – Mobilier scolaire 2027 – document interne"
    b = [
        TITLE("VILLE DE CASTELMAUROU-D'OLT", "RAPPORT D'ANALYSE DES OFFRES",
              "Fourniture et livraison de mobilier scolaire pour les écoles élémentaires"),
        H("1. Rappel de la procédure"),
        P("Procédure adaptée lancée le 6 janvier 2027 (avis publié au BOAMP et sur le profil d'acheteur). "
          "Marché unique, non alloti. Date limite de remise des offres : 4 février 2027. Quatre offres ont "
          "été reçues dans les délais, aucune hors délai."),
        P("L'estimation de l'administration s'élevait à 96¦SB¦500 € HT."),
        H("2. Critères annoncés dans le règlement de la consultation"),
        P("Prix : 55 points. Valeur technique : 45 points, répartis entre la qualité et l'ergonomie du "
          "mobilier (25 points) et les délais et conditions de livraison et de montage (20 points)."),
        P("Pour mémoire, le marché précédent (2021-2025) comportait une clause d'insertion de 600 heures "
          "et un critère relatif à la performance environnementale du mobilier pondéré à 10 %. Ces "
          "dispositions n'ont pas été reconduites dans la présente consultation, s'agissant d'une "
          "fourniture ponctuelle sans main-d'œuvre sur site."),
        H("3. Analyse"),
        RTAB([["Candidat", "Prix HT", "Note prix /55", "Qualité /25", "Délais /20", "Total /100"],
              ["Mobilia Ouest", "91 240,00", "52,1", "21", "16", "89,1"],
              ["Ateliers Fabrègue", "98 870,00", "48,1", "23", "17", "88,1"],
              ["Scolarama", "86 450,00", "55,0", "14", "12", "81,0"],
              ["Bureau & Classe", "104 300,00", "45,6", "19", "18", "82,6"]],
             widths=[0.26, 0.16, 0.15, 0.14, 0.14, 0.15], align="lrrrrr"),
        P("Mobilia Ouest indique spontanément qu'elle accueille un apprenti ébéniste et que ses plateaux sont "
          "en bois certifié ; ces éléments, non demandés, n'ont pas été pris en compte dans la notation."),
        P("L'offre de Scolarama présente des chaises dont la hauteur ne correspond pas aux tailles 4 et 5 "
          "demandées ; la note de qualité en tient compte."),
        H("4. Proposition"),
        P("Il est proposé d'attribuer le marché à la société Mobilia Ouest pour un montant de 91~240,00 € HT, "
          "soit 109~488,00 € TTC."),
        P("Fait à Castelmaurou-d'Olt, le 18 février 2027. Le responsable de la commande publique."),
    ]
    lab = L(allotissement=0, montant_estime_ht=96500,
            evidence=["Marché unique, non alloti", "L'estimation de l'administration s'élevait à 96 500 € HT"])
    return DOC("p06_rapport_analyse_mobilier_scolaire.pdf", "AUTRE", h, f, b, lab,
               note="rapport d'analyse ; clauses du marché précédent ; propositions non demandées")


# ----------------------------------------------------------------------------- p07 registre Q/R
def p07():
    h = "CC Terres du Haut-Sorlin – Construction d'un gymnase intercommunal"
    f = "Registre des questions et réponses – mise à jour n° 3 du 28/04/2027"
    b = [
        TITLE("COMMUNAUTÉ DE COMMUNES TERRES DU HAUT-SORLIN", "QUESTIONS DES CANDIDATS ET RÉPONSES",
              "Construction d'un gymnase intercommunal à Vallerange – 11 lots"),
        P("Les réponses ci-dessous sont communiquées à l'ensemble des entreprises ayant retiré le dossier. "
          "Elles complètent le DCE et ont la même valeur que celui-ci."),
        H("Question 1 (lot 01 – Gros œuvre)"),
        P("« Pouvez-vous préciser le volume d'heures d'insertion attendu sur le lot 01 ? Le CCAP parle d'un "
          "pourcentage sans donner de volume. »"),
        P("Réponse : l'article 8 du CCAP fixe l'obligation à 5~% des heures de main-d'œuvre nécessaires à "
          "l'exécution du lot. Pour le lot 01, ces heures sont estimées à 12¦SB¦200 heu¦HY¦res, le titulaire "
          "devra donc réaliser au minimum 610 heu¦HY¦res d'insertion. Les lots 02 à 11 ne sont pas concernés."),
        H("Question 2 (tous lots)"),
        P("« Les véhicules de chantier doivent-ils répondre à une norme d'émission particulière ? »"),
        P("Réponse : non, aucune exigence n'est imposée sur la motorisation des engins et véhicules."),
        H("Question 3 (lot 05 – Menuiseries intérieures)"),
        P("« Le tri des déchets de chantier en quatre flux est-il applicable aux petits lots de second "
          "œuvre, qui produisent peu de déchets ? »"),
        P("Réponse : oui. Tous les titulaires trient leurs déchets dans les bennes mises en place par le "
          "lot 01 (bois, métaux, inertes, tout-venant), conformément à l'article 4.6 du CCTP commun ; les "
          "chutes de plaques de plâtre sont évacuées séparément vers une filière de recyclage."),
        H("Question 4"),
        P("« Pouvez-vous communiquer l'estimation du lot 07 – Électricité ? »"),
        P("Réponse : l'estimation des lots n'est pas communiquée aux candidats."),
        H("Question 5"),
        P("« Le lot 09 comprend-il les équipements sportifs scellés (paniers, buts) ? »"),
        P("Réponse : les buts de handball et les paniers de basket relèvent du lot 10 – Équipements "
          "sportifs ; le lot 09 ne comprend que les fourreaux et réservations."),
        H("Question 6"),
        P("« La date limite peut-elle être repoussée ? »"),
        P("Réponse : non, la date limite de remise des offres reste fixée au 12 mai 2027 à 16~h."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=610, clause_environnementale=1,
            allotissement=1, nb_lots=11,
            evidence=["devra donc réaliser au minimum 610 heures d'insertion",
                      "Tous les titulaires trient leurs déchets dans les bennes", "11 lots"])
    return DOC("p07_qr_gymnase_haut_sorlin.pdf", "QR", h, f, b, lab,
               note="registre Q/R : heures d'insertion données en réponse, tri des déchets")


# ----------------------------------------------------------------------------- p08 AE lot épicerie (négatif)
def p08():
    h = "Syndicat intercommunal de restauration collective de l'Aurège – AE lot 1"
    f = "Acte d'engagement – accord-cadre DENREES 2027 – lot 1"
    b = [
        TITLE("SIRC DE L'AURÈGE", "ACTE D'ENGAGEMENT",
              "Accord-cadre de fourniture de denrées alimentaires – Lot n° 1 : épicerie, conserves, produits secs"),
        H("A – Objet de l'acte d'engagement"),
        P("Le présent acte d'engagement concerne le lot n° 1 de l'accord-cadre de fourniture de denrées "
          "alimentaires pour la cuisine centrale du syndicat. La consultation comporte 3 lots : lot 1 "
          "épicerie ; lot 2 produits laitiers et ovoproduits ; lot 3 fruits et légumes frais."),
        P("Marché réservé : non. Forme : accord-cadre mono-attributaire exécuté par bons de commande, "
          "sans minimum."),
        P("Le montant maximum du lot n° 1 sur la durée totale de l'accord-cadre (quatre ans) est fixé à "
          "140¦SB¦000 € HT."),
        H("B – Engagement du titulaire"),
        P("Après avoir pris connaissance des pièces constitutives du marché, je soussigné(e) "
          "........................................................, agissant pour le compte de "
          "........................................................ (SIRET ..............................), "
          "m'engage, sur la base de mon offre et pour mon propre compte, à exécuter les prestations dans "
          "les conditions définies ci-après."),
        P("Le candidat individuel ou le mandataire du groupement : [ ] s'engage seul ; [ ] engage "
          "l'ensemble des membres du groupement conjoint / solidaire (rayer la mention inutile)."),
        P("Prix : les prix unitaires sont ceux du bordereau de prix joint, appliqués aux quantités "
          "réellement commandées."),
        H("C – Sous-traitance"),
        P("Part des prestations que le candidat envisage de sous-traiter : ............ € HT, soit ....... % "
          "(joindre une déclaration de sous-traitance par sous-traitant)."),
        H("D – Durée"),
        P("L'accord-cadre est conclu pour un an à compter du 1er septembre 2027, reconductible trois fois."),
        H("E – Paiement"),
        P("Désignation du compte à créditer : IBAN ....................................... BIC ..............."),
        P("Le titulaire [ ] renonce [ ] ne renonce pas au bénéfice de l'avance."),
        H("F – Signature"),
        P("Fait en un seul original, à ........................, le ........................ "
          "Signature du candidat (signature électronique qualifiée)."),
        H("G – Acceptation de l'offre par l'acheteur"),
        P("Est acceptée la présente offre pour valoir acte d'engagement. À Saint-Auban-d'Aurège, le "
          "........................ Le Président du syndicat."),
    ]
    lab = L(allotissement=1, nb_lots=3, montant_max_ht=140000,
            evidence=["La consultation comporte 3 lots",
                      "Le montant maximum du lot n° 1 sur la durée totale de l'accord-cadre (quatre ans) est fixé à 140 000 € HT"])
    return DOC("p08_ae_lot1_denrees_aurege.pdf", "AE", h, f, b, lab,
               note="AE d'un lot, « marché réservé : non », maximum du lot")


# ----------------------------------------------------------------------------- p09 cadre de mémoire (négatif)
def p09():
    h = "Département de la Haute-Sornière – Maintenance informatique des collèges"
    f = "Cadre de réponse technique (CRT) – à compléter et joindre à l'offre"
    b = [
        TITLE("DÉPARTEMENT DE LA HAUTE-SORNIÈRE", "CADRE DE RÉPONSE TECHNIQUE",
              "Maintenance et assistance informatique des 23 collèges publics"),
        P("Le candidat complète chaque rubrique de façon synthétique (10 pages maximum hors annexes). Les "
          "rubriques 1 à 3 servent à l'appréciation du critère « valeur technique » défini au règlement de "
          "la consultation. La rubrique 4 est demandée à titre d'information et n'est pas notée."),
        H("Rubrique 1 – Connaissance de l'environnement technique"),
        P("Décrivez votre connaissance de l'environnement technique des collèges (postes sous Windows et "
          "Linux, serveurs pédagogiques, ENT départemental, réseau Wi-Fi, tableaux numériques) et votre "
          "expérience de parcs comparables."),
        TAB([["Élément", "Réponse du candidat"],
             ["Nombre de parcs scolaires maintenus (3 dernières années)", ""],
             ["Outils de supervision et de télédistribution utilisés", ""],
             ["Connaissance de l'ENT (oui / non, détail)", ""]], widths=[0.5, 0.5]),
        H("Rubrique 2 – Organisation et délais d'intervention"),
        P("Indiquez l'organisation de la hotline, les plages d'ouverture, les délais de prise en charge par "
          "niveau de priorité, la procédure d'escalade et les modalités d'intervention sur site."),
        H("Rubrique 3 – Moyens humains"),
        P("Précisez l'effectif affecté, les qualifications et certifications des techniciens, le nombre "
          "d'apprentis ou d'alternants de l'agence locale (pour information), ainsi que le dispositif de "
          "remplacement pendant les congés."),
        TAB([["Profil", "Nombre", "Certifications"],
             ["Techniciens de proximité", "", ""],
             ["Techniciens hotline", "", ""],
             ["Chef de projet / référent", "", ""]], widths=[0.5, 0.2, 0.3]),
        H("Rubrique 4 – Informations complémentaires (non notées)"),
        P("Le candidat peut indiquer, s'il le souhaite, la filière à laquelle il confie les équipements "
          "électriques et électroniques hors d'usage qu'il reprend dans le cadre d'autres contrats, ainsi "
          "que les grandes lignes de sa politique RSE. Ces informations n'ont aucune incidence sur le "
          "classement des offres."),
        H("Attestation"),
        P("Je certifie l'exactitude des informations ci-dessus. Nom, qualité, date et signature : "
          "..............................................."),
    ]
    lab = L()
    return DOC("p09_cadre_reponse_maintenance_colleges.pdf", "CADRE", h, f, b, lab,
               note="cadre de réponse : environnement technique, apprentis pour information, rubrique non notée")


# ----------------------------------------------------------------------------- p10 avis JOUE FR
def p10():
    h = "JOUE S – Avis de marché – Travaux – Université de Montcalvet"
    f = "Supplément au Journal officiel de l'Union européenne – avis 2027/S 061-188402"
    b = [
        TITLE("AVIS DE MARCHÉ", "Travaux – Directive 2014/24/UE",
              "Restructuration du bâtiment C (sciences de la vie) – campus de la Garenne"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Université de Montcalvet, direction du patrimoine immobilier, 12 avenue "
          "des Platanes, 34~990 Montcalvet, France. Point de contact : bureau des marchés. Code NUTS : FRJ13."),
        P("I.4) Type de pouvoir adjudicateur : organisme de droit public. I.5) Activité principale : "
          "éducation."),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Restructuration et mise aux normes du bâtiment C. Numéro de référence : "
          "UMC-2027-TX-03."),
        P("II.1.2) Code CPV principal : 45454000."),
        P("II.1.4) Description succincte : restructuration lourde de 3~900 m² de laboratoires et salles "
          "d'enseignement, désamiantage, reprise des réseaux, création d'un ascenseur."),
        P("II.1.5) Valeur totale estimée : Valeur hors TVA : 3~480¦SB¦000,00 EUR."),
        P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Des offres peuvent être "
          "soumises pour tous les lots. Nombre maximal de lots qui peuvent être attribués à un "
          "soumissionnaire : 4."),
        P("II.2.1) Lot n° 1 : Désamiantage – curage – gros œuvre. Lot n° 2 : Cloisons – faux plafonds – "
          "menuiseries intérieures. Lot n° 3 : Électricité courants forts et faibles. Lot n° 4 : CVC – "
          "plomberie – fluides de laboratoire."),
        P("II.2.5) Critères d'attribution (identiques pour les lots 1 à 4) : Critère de qualité – Nom : "
          "Valeur technique / Pondération : 40 ; Critère de qualité – Nom : Performance en matière "
          "d'insertion professionnelle des publics en difficulté / Pondération : 10 ; Prix – Pondération : 50."),
        P("II.2.7) Durée du marché : 20 mois. Ce marché peut faire l'objet d'une reconduction : non."),
        P("II.2.10) Des variantes seront prises en considération : non."),
        P("II.2.13) Le contrat s'inscrit dans un projet/programme financé par des fonds de l'Union "
          "européenne : non."),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.1) Habilitation : voir les documents de la consultation. III.1.2) Capacité économique et "
          "financière : chiffre d'affaires global des trois derniers exercices. III.1.3) Capacité technique : "
          "références de travaux similaires ; pour le lot 1, certification amiante SS3."),
        P("III.1.5) Informations sur les marchés réservés : néant."),
        P("III.2.2) Conditions particulières d'exécution : le marché comporte une action d'insertion "
          "professionnelle au sens de l'article L.~2112-2 du code de la commande publique (modalités à "
          "l'article 9 du CCAP)."),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : procédure ouverte. IV.1.8) Le marché est couvert par l'accord sur "
          "les marchés publics (AMP) : oui."),
        P("IV.2.2) Date limite de réception des offres : 26/05/2027, 12:00. IV.2.4) Langue : français."),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : visite obligatoire du site pour les lots 1 et 4 ; "
          "les dates sont indiquées au règlement de la consultation."),
        P("VI.4.1) Instance chargée des procédures de recours : tribunal administratif de Montpellier."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=4,
            montant_estime_ht=3480000,
            evidence=["le marché comporte une action d'insertion professionnelle",
                      "Performance en matière d'insertion professionnelle des publics en difficulté / Pondération : 10",
                      "Valeur hors TVA : 3 480 000,00 EUR", "Lot n° 4"])
    return DOC("p10_avis_joue_restructuration_batiment_c.pdf", "AVIS", h, f, b, lab, cols=2,
               note="avis JOUE en français : critère insertion, condition d'exécution annoncée")


# ----------------------------------------------------------------------------- p11 CCTP informatique (négatif)
def p11():
    h = "Agglomération Loire-Vernière – Hébergement et infogérance du SI"
    f = "CCTP – LV-DSI-2027-02 – diffusion restreinte aux candidats"
    b = [
        TITLE("COMMUNAUTÉ D'AGGLOMÉRATION LOIRE-VERNIÈRE", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Hébergement des applications métiers et infogérance de l'infrastructure"),
        H("1. Objet et périmètre"),
        P("Le marché porte sur l'hébergement en centre de données externe de 46 applications métiers, "
          "l'infogérance des serveurs et la supervision 24/7. Rappel : le marché fait l'objet d'un lot "
          "unique, l'hébergement et l'infogérance ne pouvant être dissociés sans rupture de "
          "responsabilité."),
        H("2. Environnement technique existant"),
        P("L'environnement technique comprend 2 clusters de virtualisation (38 hôtes), un stockage SAN "
          "de 180 To, un annuaire Active Directory unique, des bases Oracle et PostgreSQL. L'environnement "
          "de recette et l'environnement de pré-production sont hébergés sur le même cluster que la "
          "production, dans des zones réseau séparées."),
        RTAB([["Environnement", "VM", "vCPU", "RAM (Go)"],
              ["Production", "212", "804", "3 120"],
              ["Pré-production", "61", "190", "740"],
              ["Recette / formation", "44", "122", "410"]],
             widths=[0.4, 0.2, 0.2, 0.2], align="lrrr"),
        H("3. Exigences d'hébergement"),
        P("Le centre de données est situé en France, certifié ISO 27001, de niveau Tier III au minimum, "
          "avec une alimentation électrique secourue par onduleurs et groupes électrogènes testés chaque "
          "mois. La climatisation est redondée (N+1)."),
        P("Un second site distant d'au moins 30 km héberge les sauvegardes et permet la reprise "
          "d'activité : RPO 4 heures, RTO 8 heures pour les applications de niveau 1."),
        H("4. Exploitation et supervision"),
        P("Le titulaire assure la gestion des correctifs mensuels, la supervision des ressources, la "
          "gestion des sauvegardes et des restaurations, la gestion des comptes à privilèges."),
        H("5. Réversibilité"),
        P("À l'échéance, le titulaire restitue les données et la documentation dans un format ouvert et "
          "assiste le nouveau prestataire pendant trois mois."),
        H("6. Niveaux de service"),
        TAB([["Indicateur", "Seuil", "Pénalité"],
             ["Disponibilité mensuelle niveau 1", "99,9 %", "1 % de la redevance par 0,1 point"],
             ["Prise en charge incident bloquant", "30 min", "150 € par heure de retard"],
             ["Restauration d'une VM", "4 h", "100 € par heure de retard"]],
            widths=[0.45, 0.2, 0.35]),
        H("7. Sécurité"),
        P("Le titulaire applique la politique de sécurité de l'Agglomération et le guide d'hygiène "
          "informatique de l'ANSSI. Tout incident de sécurité est signalé dans l'heure."),
    ]
    lab = L(allotissement=0, evidence=["le marché fait l'objet d'un lot unique"])
    return DOC("p11_cctp_hebergement_loire_verniere.pdf", "CCTP", h, f, b, lab,
               note="CCTP informatique : « environnement » technique, alimentation électrique")


# ----------------------------------------------------------------------------- p12 CCAP véhicules
def p12():
    h = "Syndicat des eaux du Haut-Sornin – Acquisition de vehicules"
    f = "CCAP valant règlement de consultation – SEHS 2027-V1"
    b = [
        TITLE("SYNDICAT DES EAUX DU HAUT-SORNIN", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES",
              "Acquisition de véhicules utilitaires pour le service d'exploitation – procédure adaptée"),
        H("Article 1 – Objet et lots"),
        P("Le marché porte sur l'acquisition de véhicules neufs destinés aux équipes d'exploitation des "
          "réseaux. Il est décomposé en deux lots :"),
        LST(["Lot 1 : quatre fourgonnettes à motorisation 100~% électrique, autonomie WLTP d'au moins "
             "220 km, charge utile 600 kg ;",
             "Lot 2 : deux camions-bennes de 3,5 t à motorisation électrique ou hybride rechargeable, "
             "benne basculante tri-directionnelle."]),
        P("Montants estimés : lot 1 : 168¦SB¦000 € HT ; lot 2 : 104¦SB¦000 € HT."),
        H("Article 2 – Pièces du marché"),
        P("Acte d'engagement par lot ; présent CCAP ; cahier des charges techniques (fiche par lot) ; "
          "CCAG-FCS ; offre technique et financière du titulaire."),
        H("Article 3 – Livraison"),
        P("Les véhicules sont livrés immatriculés au centre d'exploitation de Vernoux-le-Bas, dans le délai "
          "indiqué par le titulaire, qui ne peut dépasser 6 mois. Chaque livraison fait l'objet d'un "
          "procès-verbal de vérification."),
        H("Article 4 – Garanties"),
        P("Garantie constructeur de 2 ans minimum pièces et main-d'œuvre ; garantie de la batterie de "
          "traction 8 ans ou 160~000 km."),
        H("Article 5 – Prix et paiement"),
        P("Les prix sont fermes et définitifs. Le paiement intervient dans les 30 jours suivant la "
          "réception du dernier véhicule du lot."),
        H("Article 6 – Critères d'attribution"),
        P("Les offres sont classées par lot selon les critères suivants :"),
        RTAB([["Critère", "Pondération"],
              ["Prix d'achat", "50 %"],
              ["Valeur technique : équipement, aménagement intérieur, délai de livraison, réseau "
               "d'après-vente", "30 %"],
              ["Coût d'usage et impact environnemental : consommation en kWh/100 km (cycle WLTP), "
               "émissions de CO2 du cycle de vie déclarées, durée de vie de la batterie", "20 %"]],
             widths=[0.8, 0.2], align="lr"),
        H("Article 7 – Pénalités"),
        P("Retard de livraison : 80 € HT par jour calendaire et par véhicule."),
        H("Article 8 – Litiges"),
        P("Tribunal administratif de Lyon."),
    ]
    lab = L(clause_environnementale="?", critere_environnemental=1, allotissement=1, nb_lots=2,
            montant_estime_ht=272000,
            evidence=["Coût d'usage et impact environnemental : consommation en kWh/100 km",
                      "décomposé en deux lots", "lot 1 : 168 000 € HT ; lot 2 : 104 000 € HT",
                      "[168 000 + 104 000 = 272 000]",
                      "[? : motorisation électrique = objet de l'achat]"])
    return DOC("p12_ccap_vehicules_haut_sornin.pdf", "CCAP", h, f, b, lab, hyphen=True,
               note="véhicules électriques = objet (?), critère coût d'usage / émissions")


# ----------------------------------------------------------------------------- p13 RC accompagnement (négatif)
def p13():
    h = "Département de la Haute-Sornière – Accompagnement vers l'emploi"
    f = "RC – DHS/DIS/2027-07"
    b = [
        TITLE("DÉPARTEMENT DE LA HAUTE-SORNIÈRE", "RÈGLEMENT DE LA CONSULTATION",
              "Accompagnement socioprofessionnel renforcé des allocataires du RSA – accord-cadre"),
        H("Préambule"),
        P("Le Département a adopté en 2025 un schéma de promotion des achats socialement et écologiquement "
          "responsables. Il entend y contribuer par l'ensemble de ses achats et veille à faciliter l'accès "
          "des structures de l'économie sociale et solidaire à la commande publique. Ce préambule ne crée "
          "aucune obligation contractuelle."),
        H("Article 1 – Objet"),
        P("La consultation a pour objet l'accompagnement renforcé vers l'emploi de 600 allocataires du RSA "
          "par an, orientés par les services départementaux : diagnostic, plan d'action, ateliers "
          "collectifs, mises en situation professionnelle, suivi dans l'emploi pendant six mois."),
        P("L'accord-cadre est mono-attributaire par lot, exécuté par bons de commande. Montant maximum : "
          "280¦SB¦000 € HT par an, tous lots confondus, soit 840¦SB¦000 € HT sur la durée totale de trois ans."),
        H("Article 2 – Lots"),
        P("La consultation est divisée en 2 lots géographiques : lot 1 territoire Nord (Vernoux, "
          "Saint-Cyrgues) ; lot 2 territoire Sud (Aubrac-le-Château, Laudun-sur-Sornin)."),
        H("Article 3 – Candidature"),
        P("Le candidat produit : les formulaires de candidature ou le DUME ; une présentation de la "
          "structure ; la liste des références des trois dernières années en matière d'accompagnement de "
          "publics éloignés de l'emploi, avec les taux de sortie vers l'emploi obtenus ; les diplômes et "
          "l'expérience des conseillers (conseiller en insertion professionnelle ou équivalent)."),
        H("Article 4 – Contenu de l'offre"),
        P("L'offre comprend l'acte d'engagement, le bordereau des prix unitaires (prix par parcours) et un "
          "mémoire technique décrivant la méthodologie d'accompagnement, les moyens et les lieux d'accueil."),
        H("Article 5 – Jugement des offres"),
        RTAB([["Critère", "Pondération"],
              ["Prix (bordereau des prix unitaires)", "35 %"],
              ["Valeur technique", "65 %"],
              ["  dont méthodologie d'accompagnement et outils", "30 %"],
              ["  dont qualification et nombre des intervenants", "20 %"],
              ["  dont lieux d'accueil et amplitude d'ouverture", "15 %"]],
             widths=[0.8, 0.2], align="lr"),
        H("Article 6 – Délai et modalités de remise"),
        P("Remise dématérialisée avant le 30 juin 2027 à 12~h. Les offres sont valables 150 jours."),
        H("Article 7 – Recours"),
        P("Tribunal administratif de Clermont-Ferrand."),
    ]
    lab = L(allotissement=1, nb_lots=2, montant_max_ht=840000,
            evidence=["divisée en 2 lots géographiques", "soit 840 000 € HT sur la durée totale de trois ans"])
    return DOC("p13_rc_accompagnement_rsa_haute_sorniere.pdf", "RC", h, f, b, lab,
               note="objet = insertion ; préambule de politique d'achat sans obligation ; références en sélection")


# ----------------------------------------------------------------------------- p14 avis BOAMP MAPA travaux (négatif)
def p14():
    h = "BOAMP – Avis n° 27-044120 – Commune de Lavalette-sur-Auzon"
    f = "Annonce publiée le 02/04/2027 – rubrique Travaux"
    b = [
        TITLE("AVIS D'APPEL PUBLIC A LA CONCURRENCE", "Réfection de la couverture de l'église Saint-Martial",
              "Commune de Lavalette-sur-Auzon – procédure adaptée"),
        P("Identification de l'organisme qui passe le marché : Commune de Lavalette-sur-Auzon, Mairie, "
          "1 place de l'Église, 07~990 Lavalette-sur-Auzon."),
        P("Objet : dépose et repose de la couverture en lauzes calcaires de la nef, révision de la "
          "charpente, zinguerie, dans le respect de l'environnement patrimonial du site (abords d'un "
          "monument inscrit)."),
        P("Type de marché : travaux. Lieu d'exécution : Lavalette-sur-Auzon. Code CPV : 45261210."),
        P("Division en lots : non. Marché réservé : non. Variantes : non autorisées."),
        P("Estimation du montant des travaux : 138¦SB¦000 € HT."),
        P("Conditions de participation : déclaration sur l'honneur relative aux interdictions de "
          "soumissionner ; attestation de régularité fiscale et sociale ; déclaration relative à "
          "l'obligation d'emploi des travailleurs handicapés ; références de travaux sur monuments "
          "protégés ; qualification Qualibat 2193 ou équivalent."),
        P("Critères d'attribution : prix des prestations 60 % ; valeur technique 40 % (méthodologie, "
          "qualification de l'équipe, provenance des lauzes)."),
        P("Délai d'exécution : 5 mois. Démarrage prévisionnel : septembre 2027."),
        P("Date limite de réception des offres : 3 mai 2027 à 12 h. Visite obligatoire le 14 avril 2027."),
        P("Retrait du dossier : profil d'acheteur de la commune. Renseignements : secrétariat de mairie."),
        P("Instance chargée des procédures de recours : tribunal administratif de Lyon."),
    ]
    lab = L(allotissement=0, montant_estime_ht=138000,
            evidence=["Division en lots : non", "Estimation du montant des travaux : 138 000 € HT"])
    return DOC("p14_avis_boamp_couverture_eglise.pdf", "AVIS", h, f, b, lab,
               note="avis court : « environnement patrimonial », obligations légales, marché réservé : non")


# ----------------------------------------------------------------------------- d15 CCAP vêtements
def d15():
    h = "Communauté urbaine de Rives-d'Arlène – Vêtements de travail et EPI"
    f = "CCAP – CURA-2027-FCS-09"
    b = [
        TITLE("COMMUNAUTÉ URBAINE DE RIVES-D'ARLÈNE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Fourniture de vêtements de travail, de vêtements haute visibilité et d'équipements de protection individuelle"),
        H("Article 1 – Objet et décomposition"),
        P("Les accords-cadres à bons de commande passés sur le fondement du présent CCAP portent sur la "
          "fourniture des tenues des agents des directions Propreté, Voirie et Espaces publics. La "
          "consultation est allotie comme suit : lot 1 vêtements de travail ; lot 2 vêtements haute "
          "visibilité ; lot 3 chaussures et gants de sécurité."),
        H("Article 2 – Durée et montants"),
        P("Chaque accord-cadre est conclu pour un an, reconductible trois fois. Montants maximums annuels : "
          "lot 1 : 40~000 € HT ; lot 2 : 25~000 € HT ; lot 3 : 15~000 € HT, soit un montant maximum global "
          "de 320~000 € HT sur quatre ans pour l'ensemble des lots."),
        H("Article 3 – Commandes et livraisons"),
        P("Les bons de commande sont émis par le magasin central. Les livraisons sont regroupées une fois "
          "par mois, sauf urgence, au magasin central (quai n° 3). Les articles sont livrés sans emballage "
          "individuel plastique, pliés par taille dans des cartons réutilisables ou recyclés ; le titulaire "
          "reprend les cartons lors de la livraison suivante."),
        H("Article 4 – Conditions de fabrication"),
        P("Le titulaire garantit que les articles livrés sont fabriqués dans des conditions respectant les "
          "conventions fondamentales de l'Organisation internationale du travail : liberté syndicale et "
          "négociation collective, élimination du travail forcé, abolition du travail des enfants, "
          "non-discrimination, sécurité et santé au travail."),
        P("Il remet avant la première commande la liste des sites de confection (pays, ville, raison "
          "sociale) et la met à jour à chaque changement. Sur demande de la Communauté urbaine, il produit "
          "un rapport d'audit social de moins de deux ans portant sur les principaux sites ; en cas de "
          "non-conformité grave, il présente sous deux mois un plan d'actions correctives."),
        P("Le manquement aux obligations du présent article peut entraîner la résiliation pour faute, "
          "après mise en demeure restée sans effet."),
        H("Article 5 – Obligations sociales et fiscales"),
        P("Le titulaire remet tous les six mois les attestations prévues aux articles L.~8222-1 et "
          "D.~8222-5 du code du travail (lutte contre le travail dissimulé)."),
        H("Article 6 – Prix"),
        P("Les prix unitaires du BPU sont fermes la première année puis révisés annuellement selon l'indice "
          "des prix de production de l'industrie française pour le marché français – articles "
          "d'habillement (CPF 14)."),
        H("Article 7 – Pénalités"),
        P("Retard de livraison : 1/1000e du montant du bon de commande par jour calendaire. Non-production "
          "de la liste des sites de confection : 200 € HT par semaine de retard."),
        H("Article 8 – Dérogations au CCAG-FCS"),
        P("L'article 7 déroge à l'article 14.1 du CCAG-FCS."),
    ]
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=320000,
            evidence=["conventions fondamentales de l'Organisation internationale du travail",
                      "sans emballage individuel plastique",
                      "lot 1 vêtements de travail ; lot 2 vêtements haute visibilité ; lot 3",
                      "soit un montant maximum global de 320 000 € HT sur quatre ans"])
    return DOC("d15_ccap_vetements_travail_rives_arlene.docx", "CCAP", h, f, b, lab,
               note="CCAP fournitures : conventions OIT chaîne d'approvisionnement, emballages")


# ----------------------------------------------------------------------------- d16 RC propreté
def d16():
    h = "Ville de Morvillers-la-Rivière – Nettoyage des locaux municipaux"
    f = "Règlement de consultation – appel d'offres ouvert – VMR-27-NET"
    b = [
        TITLE("VILLE DE MORVILLERS-LA-RIVIÈRE", "RÈGLEMENT DE LA CONSULTATION",
              "Nettoyage des locaux municipaux et des vitreries – 2027-2030"),
        H("1. Objet de la consultation"),
        P("La présente consultation concerne le nettoyage des bâtiments administratifs, culturels et "
          "sportifs de la Ville et le nettoyage des vitreries. Durée : trois ans ferme. Le montant estimé "
          "sur la durée totale est de 630~000 € HT, tous lots confondus."),
        H("2. Allotissement"),
        P("Le marché est divisé en trois lots :"),
        LST(["Lot 1 – Bâtiments administratifs (hôtel de ville, centre technique, CCAS) ;",
             "Lot 2 – Équipements culturels et sportifs (médiathèque, conservatoire, deux gymnases) ;",
             "Lot 3 – Nettoyage des vitreries et entretien des abords de l'ensemble des bâtiments. Ce lot "
             "est réservé, en application de l'article L.~2113-13 du code de la commande publique, aux "
             "structures d'insertion par l'activité économique mentionnées à l'article L.~5132-4 du code "
             "du travail et aux structures équivalentes."]),
        H("3. Clause sociale d'insertion (lot 1)"),
        P("Le titulaire du lot 1 consacre à l'insertion de personnes éloignées de l'emploi au moins 7~% "
          "des heures de main-d'œuvre du lot, estimées à 9~400 heures sur trois ans, soit 658 heures. Les "
          "modalités (publics, accompagnement par le guichet clauses de l'agglomération, pénalités) figurent "
          "à l'article 11 du CCAP."),
        H("4. Contenu des plis"),
        P("Candidature : DC1, DC2 ou DUME ; attestations d'assurance ; références. Offre : acte "
          "d'engagement, DPGF, mémoire technique, engagement d'insertion (lot 1)."),
        H("5. Jugement des offres"),
        P("Les offres sont jugées lot par lot selon les critéres ci-dessous."),
        TAB([["Critères", "Lot 1", "Lots 2 et 3"],
             ["Prix", "50 %", "55 %"],
             ["Valeur technique – méthodologie et plannings", "25 %", "30 %"],
             ["Valeur technique – moyens humains et matériels", "15 %", "15 %"],
             ["Performances en matière d'insertion professionnelle (qualité de l'accompagnement et des "
              "parcours proposés)", "10 %", "–"]],
            widths=[0.6, 0.2, 0.2]),
        H("6. Délai de validité des offres"),
        P("180 jours à compter de la date limite de remise des offres."),
        H("7. Conditions d'envoi"),
        P("Dépôt obligatoire sur le profil d'acheteur avant le 9 juin 2027 à 12 heures."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=658, critere_social=1, marche_reserve=1,
            reserve_base="L2113-13", allotissement=1, nb_lots=3, montant_estime_ht=630000,
            evidence=["estimées à 9 400 heures sur trois ans, soit 658 heures",
                      "réservé, en application de l'article L. 2113-13",
                      "Performances en matière d'insertion professionnelle",
                      "divisé en trois lots", "630 000 € HT"])
    return DOC("d16_rc_nettoyage_morvillers.docx", "RC", h, f, b, lab,
               note="RC : lot 3 réservé SIAE, heures en % des heures de main-d'œuvre, critère insertion")


# ----------------------------------------------------------------------------- d17 CCTP accessibilité
def d17():
    h = "Commune de Pradelles-en-Vaunage – Mise en accessibilité mairie et école"
    f = "CCTP lot 2 – Menuiseries intérieures, peinture"
    b = [
        TITLE("COMMUNE DE PRADELLES-EN-VAUNAGE", "CCTP – LOT N° 2 : MENUISERIES INTÉRIEURES – PEINTURE",
              "Travaux de mise en accessibilité de la mairie et de l'école élémentaire (Ad'AP)"),
        H("2.1 Généralités"),
        P("Le présent CCTP concerne le lot n° 2 de l'opération, qui en compte cinq : lot 1 Maçonnerie – "
          "rampes ; lot 2 Menuiseries intérieures – peinture ; lot 3 Ascenseur ; lot 4 Électricité – "
          "signalétique ; lot 5 Sols souples. L'objet des travaux est la mise en conformité des bâtiments "
          "avec les règles d'accessibilité aux personnes handicapées : élargissement des portes, "
          "contrastes visuels, mains courantes, banque d'accueil adaptée."),
        H("2.2 Menuiseries intérieures"),
        P("Blocs-portes à âme pleine, passage utile de 0,90 m minimum, ferme-portes à effort réduit "
          "(≤ 50 N), poignées en bec de cane contrastées. Le bois massif et les panneaux dérivés du bois "
          "sont issus de forêts gérées durablement (certification PEFC, FSC ou équivalent) ; les "
          "certificats de la chaîne de contrôle sont remis avec les fiches de produits."),
        P("Les panneaux de particules sont classés E1 et les colles sans solvant. Banque d'accueil : "
          "plateau à double hauteur (0,80 m / 1,10 m), vide en partie basse de 0,70 m."),
        H("2.3 Peinture"),
        P("Les peintures et vernis intérieurs sont en phase aqueuse et titulaires de l'Écolabel européen "
          "ou équivalent, étiquetage sanitaire A+. Contrastes : écart de luminance d'au moins 70 % entre "
          "les portes et les murs."),
        H("2.4 Gestion du chantier"),
        P("Le titulaire trie ses déchets dans les bennes séparées installées par le lot 1 (bois, métaux, "
          "déchets non dangereux) ; les pots de peinture et solvants souillés sont évacués vers une "
          "déchetterie professionnelle, le bordereau étant remis au maître d'œuvre. Les eaux de lavage des "
          "outils ne sont jamais rejetées dans le réseau pluvial."),
        H("2.5 Travaux en site occupé"),
        P("Les travaux dans l'école sont réalisés pendant les vacances d'été ; dans la mairie, les zones de "
          "travaux sont isolées par des cloisons provisoires et l'accueil du public est maintenu."),
    ]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=5,
            evidence=["issus de forêts gérées durablement (certification PEFC, FSC ou équivalent)",
                      "Le titulaire trie ses déchets dans les bennes séparées",
                      "lot n° 2 de l'opération, qui en compte cinq"])
    return DOC("d17_cctp_lot2_accessibilite_pradelles.docx", "CCTP", h, f, b, lab,
               note="CCTP d'un lot : objet accessibilité, exigences bois certifié, peintures, déchets")


# ----------------------------------------------------------------------------- d18 Q/R (négatif)
def d18():
    h = "Syndicat d'énergies des Monts d'Aurège – Maintenance de l'éclairage public"
    f = "Registre Q/R n° 2 – consultation SEMA-EP-2027"
    b = [
        TITLE("SYNDICAT D'ÉNERGIES DES MONTS D'AURÈGE", "REGISTRE DES QUESTIONS / REPONSES N° 2",
              "Maintenance préventive et curative des installations d'éclairage public"),
        H("Q1 – Reconduction de la clause d'insertion"),
        P("Question : Le marché 2022-2025 comportait une clause d'insertion de 450 heures. Est-elle "
          "reconduite dans la présente consultation ?"),
        P("Réponse : Non. Le présent marché ne comporte pas de clause d'insertion ; seules les pièces de la "
          "présente consultation sont applicables."),
        H("Q2 – Critère environnemental"),
        P("Question : L'avis de préinformation évoquait un critère environnemental. Sera-t-il appliqué ?"),
        P("Réponse : Ce critère n'a pas été retenu. Les offres sont jugées sur le prix (60 %) et la valeur "
          "technique (40 %), conformément à l'article 7 du RC."),
        H("Q3 – Allotissement"),
        P("Question : Est-il possible de ne répondre que pour une partie du territoire ?"),
        P("Réponse : Non, le marché n'est pas alloti ; il couvre les 64 communes adhérentes."),
        H("Q4 – Environnement logiciel"),
        P("Question : Quel est l'environnement logiciel de la GMAO du syndicat ? Le titulaire doit-il "
          "utiliser son propre outil ?"),
        P("Réponse : Le syndicat utilise une GMAO hébergée accessible par navigateur ; le titulaire y "
          "saisit ses interventions via les comptes fournis. Aucun outil propre n'est requis."),
        H("Q5 – Luminaires déposés"),
        P("Question : Que deviennent les luminaires et mâts déposés ?"),
        P("Réponse : Ils sont rapportés au dépôt du syndicat à Saint-Auban, qui en dispose."),
        H("Q6 – Astreinte"),
        P("Question : L'astreinte est-elle exigée le week-end ?"),
        P("Réponse : Oui, 7 jours sur 7 pour les pannes de secteur entier et les candélabres accidentés."),
    ]
    lab = L(allotissement=0, evidence=["le marché n'est pas alloti"])
    return DOC("d18_qr_eclairage_public_aurege.docx", "QR", h, f, b, lab,
               note="Q/R : clause du marché précédent non reconduite, critère non retenu")


# ----------------------------------------------------------------------------- d19 AE lot réservé
def d19():
    h = "Centre hospitalier de Brévannes-sur-Lys – Acte d'engagement lot 2"
    f = "AE – CHBL 2027-LOG-04 – lot 2"
    b = [
        TITLE("CENTRE HOSPITALIER DE BRÉVANNES-SUR-LYS", "ACTE D'ENGAGEMENT",
              "Prestations de blanchisserie – Lot n° 2 : traitement du linge plat des EHPAD"),
        H("Article 1 – Identification de l'acheteur"),
        P("Centre hospitalier de Brévannes-sur-Lys, direction des achats et de la logistique, 40 route de "
          "Lys, 62~990 Brévannes-sur-Lys. Ordonnateur : le Directeur. Comptable assignataire : le "
          "comptable public du centre hospitalier."),
        H("Article 2 – Objet"),
        P("Le présent acte d'engagement se rapporte au lot n° 2 de la consultation, qui comprend quatre "
          "lots (1 : linge plat du site MCO ; 2 : linge plat des EHPAD ; 3 : tenues professionnelles ; "
          "4 : linge des résidents)."),
        P("Le lot n° 2 est réservé, en application de l'article L.~2113-12 du code de la commande "
          "publique, aux entreprises adaptées, aux établissements et services d'aide par le travail et aux "
          "structures équivalentes. Le candidat atteste employer au moins 50 % de travailleurs handicapés."),
        H("Article 3 – Engagement du candidat"),
        P("Je soussigné(e) ......................................................, représentant "
          "......................................................, m'engage à exécuter les prestations du "
          "lot n° 2 aux prix du bordereau annexé."),
        H("Article 4 – Montant"),
        P("Accord-cadre à bons de commande sans minimum. Montant maximum : 55~000 € HT par période "
          "annuelle ; la période initiale peut être reconduite deux fois, soit 165~000 € HT pour les trois "
          "périodes."),
        H("Article 5 – Durée"),
        P("Un an à compter du 1er janvier 2028, reconductible deux fois par période d'un an."),
        H("Article 6 – Paiement"),
        P("Délai global de paiement : 50 jours. Compte à créditer : ................................"),
        H("Article 7 – Signatures"),
        P("Le candidat : à ................, le ................ L'acheteur : à Brévannes-sur-Lys, le "
          "................"),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=4, montant_max_ht=165000,
            evidence=["réservé, en application de l'article L. 2113-12",
                      "qui comprend quatre lots", "soit 165 000 € HT pour les trois périodes"])
    return DOC("d19_ae_lot2_blanchisserie_brevannes.docx", "AE", h, f, b, lab,
               note="AE d'un lot réservé EA/ESAT, maximum sur trois périodes")


# ----------------------------------------------------------------------------- d20 cadre engagement insertion
def d20():
    h = "Agglomération Loire-Vernière – Aménagement du quartier de la Gare"
    f = "Annexe 2 à l'acte d'engagement – fiche d'engagement insertion – lot 1"
    b = [
        TITLE("COMMUNAUTÉ D'AGGLOMÉRATION LOIRE-VERNIÈRE", "ANNEXE 2 À L'ACTE D'ENGAGEMENT – ENGAGEMENT D'INSERTION",
              "Aménagement des espaces publics du quartier de la Gare – Lot n° 1 (sur 3) : voirie et réseaux divers"),
        P("Cette fiche est obligatoirement complétée et signée par le candidat pour le lot n° 1. Elle "
          "devient contractuelle à la notification."),
        H("1. Volume exigé"),
        P("Pour l'exécution du lot n° 1, le titulaire réalise au minimum 1~200 heures de travail confiées "
          "à des personnes éloignées de l'emploi, validées par le service Clauses sociales de "
          "l'Agglomération avant leur entrée sur le chantier."),
        H("2. Modalités envisagées par le candidat"),
        TAB([["Modalité", "Nombre d'heures prévues", "Structure partenaire (le cas échéant)"],
             ["Embauche directe (CDD, CDI, contrat de professionnalisation)", "", ""],
             ["Mise à disposition (ETTI, association intermédiaire, GEIQ)", "", ""],
             ["Sous-traitance ou co-traitance avec une SIAE / EA / ESAT", "", ""],
             ["Total (au moins 1 200 heures)", "", ""]],
            widths=[0.45, 0.2, 0.35]),
        H("3. Encadrement"),
        P("Nom et fonction du tuteur désigné sur le chantier : ................................ "
          "Actions de formation prévues : ........................................................"),
        H("4. Suivi"),
        P("Le titulaire adresse chaque mois au service Clauses sociales le relevé nominatif des heures "
          "effectuées. Le bilan final est remis avant la réception des travaux."),
        H("5. Signature"),
        P("Nom, qualité, cachet et signature du candidat : .................................."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, allotissement=1, nb_lots=3,
            evidence=["le titulaire réalise au minimum 1 200 heures de travail confiées à des personnes éloignées de l'emploi",
                      "Lot n° 1 (sur 3)"])
    return DOC("d20_cadre_engagement_insertion_quartier_gare.docx", "CADRE", h, f, b, lab,
               note="cadre de réponse d'insertion à compléter, volume exigé")


# ----------------------------------------------------------------------------- d21 CCAP ascenseurs (négatif)
def d21():
    h = "Brévannes Habitat – Maintenance des ascenseurs"
    f = "CCAP – BH-2027-ASC – procedure adaptee"
    b = [
        TITLE("BREVANNES HABITAT", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES",
              "Maintenance, entretien et depannage des 38 ascenseurs du patrimoine"),
        H("Article 1 – Objet"),
        P("Le marche a pour objet la maintenance des ascenseurs du patrimoine de Brevannes Habitat (liste en "
          "annexe), conformement aux articles R. 134-1 et suivants du code de la construction et de "
          "l'habitation. Le marche n'est pas alloti : l'entretien d'un parc homogene par un seul prestataire "
          "garantit une astreinte unique et des delais d'intervention comparables."),
        H("Article 2 – Duree"),
        P("Trois ans a compter du 1er janvier 2028, sans reconduction."),
        H("Article 3 – Prix"),
        P("Redevance forfaitaire annuelle par appareil, revisable chaque annee selon l'indice ICHT-IME. Les "
          "depannages hors contrat et les pieces non couvertes sont facturés au bordereau."),
        H("Article 4 – Conditions d'environnement des machineries"),
        P("Le titulaire signale tout defaut de ventilation ou de temperature des locaux de machinerie "
          "(environnement hors des plages fixées par le constructeur) ; les travaux correctifs restent a la "
          "charge du maitre d'ouvrage."),
        H("Article 5 – Pieces deposees"),
        P("Les pieces deposees deviennent la propriete du titulaire, qui en assure l'enlevement."),
        H("Article 6 – Obligations sociales"),
        P("Le titulaire respecte les dispositions legales et conventionnelles relatives a la protection "
          "et aux conditions de travail de ses salaries. Il remet, a la notification puis tous les six mois, "
          "les documents mentionnes a l'article D. 8222-5 du code du travail. En cas de detachement de "
          "salaries, il justifie de la declaration prealable prevue a l'article L. 1262-2-1 du code du "
          "travail. Il atteste avoir souscrit la declaration annuelle relative a l'obligation d'emploi des "
          "travailleurs handicapes (articles L. 5212-1 a L. 5212-11)."),
        H("Article 7 – Penalites"),
        P("Delai de deblocage d'une personne superieur a une heure : 200 € par heure de retard. Visite "
          "d'entretien non realisee : 100 € par appareil."),
        H("Article 8 – Resiliation"),
        P("Application du CCAG-FCS, articles 38 a 43."),
    ]
    lab = L(allotissement=0, evidence=["Le marche n'est pas alloti"])
    return DOC("d21_ccap_ascenseurs_brevannes_habitat.docx", "CCAP", h, f, b, lab,
               note="CCAP sans accents : rappels légaux (travail dissimulé, détachement, OETH)")


# ----------------------------------------------------------------------------- d22 CCP traiteur
def d22():
    h = "Ville de Kerlivio – Prestations de traiteur"
    f = "CCP (CCAP + CCTP) – MAPA 2027-TR-02"
    b = [
        TITLE("VILLE DE KERLIVIO", "CAHIER DES CLAUSES PARTICULIÈRES",
              "Prestations de traiteur pour les réceptions et manifestations municipales"),
        H("Article 1 – Objet – forme du marché"),
        P("Accord-cadre à bons de commande, mono-attributaire, non alloti : les prestations, de faible "
          "volume unitaire, ne se prêtent pas à une division. Estimation : 35~000 € HT par an, soit "
          "70~000 € HT pour la durée du marché (deux ans)."),
        H("Article 2 – Nature des prestations"),
        P("Cocktails (40 à 400 personnes), buffets, repas assis pour les vœux, le forum des associations, "
          "les cérémonies et réceptions officielles. Le titulaire fournit la vaisselle, le mobilier de "
          "service et le personnel."),
        H("Article 3 – Exigences environnementales"),
        P("La vaisselle, les verres et les couverts sont réutilisables (verre, porcelaine, inox) ; à titre "
          "exceptionnel et sur accord de la Ville, de la vaisselle compostable peut être employée pour les "
          "manifestations de plein air. Les bouteilles d'eau individuelles sont remplacées par des carafes."),
        P("Au moins 30 % en valeur des produits proviennent de producteurs situés à moins de 100 km ; "
          "les fruits et légumes sont de saison. Les excédents non servis et consommables sont remis, le "
          "jour même, à l'épicerie solidaire désignée par la Ville, dans le respect des règles d'hygiène."),
        H("Article 4 – Engagement en faveur de l'apprentissage"),
        P("Pendant toute la durée du marché, le titulaire affecte aux prestations au moins un apprenti "
          "(cuisine ou service) encadré par un maître d'apprentissage ; il communique chaque semestre le "
          "nom de l'apprenti et le diplôme préparé."),
        H("Article 5 – Jugement des offres"),
        RTAB([["Critère", "Pondération"],
              ["Prix (devis type n° 1 à 3)", "40 %"],
              ["Qualité gustative, variété et présentation (dégustation)", "35 %"],
              ["Démarche environnementale : saisonnalité, part de produits locaux, vaisselle, gestion des "
               "excédents", "15 %"],
              ["Réactivité et délais de prise de commande", "10 %"]],
             widths=[0.8, 0.2], align="lr"),
        H("Article 6 – Paiement"),
        P("Paiement sur facture par bon de commande, délai global de 30 jours."),
    ]
    lab = L(clause_sociale=1, clause_insertion="?", clause_environnementale=1, critere_environnemental=1,
            allotissement=0, montant_estime_ht=70000,
            evidence=["le titulaire affecte aux prestations au moins un apprenti",
                      "La vaisselle, les verres et les couverts sont réutilisables",
                      "Démarche environnementale : saisonnalité", "non alloti",
                      "soit 70 000 € HT pour la durée du marché"])
    return DOC("d22_ccp_traiteur_kerlivio.docx", "CCAP", h, f, b, lab,
               note="CCP de MAPA : apprenti (insertion ?), vaisselle réutilisable, critère environnemental")


# ----------------------------------------------------------------------------- d23 avis biodiversité (négatif)
def d23():
    h = "Syndicat mixte des marais de l'Arnay – avis d'appel public à la concurrence"
    f = "AAPC publié sur le profil d'acheteur et au BOAMP"
    b = [
        TITLE("SYNDICAT MIXTE DES MARAIS DE L'ARNAY", "AVIS D'APPEL PUBLIC A LA CONCURRENCE",
              "Inventaires naturalistes et plan de gestion écologique des marais communaux"),
        P("1. Pouvoir adjudicateur : Syndicat mixte des marais de l'Arnay, maison du Marais, 79~990 "
          "Saint-Hilaire-d'Arnay."),
        P("2. Objet : inventaires faune-flore quatre saisons, cartographie des habitats, élaboration d'un "
          "plan de gestion écologique sur dix ans (pâturage, fauche tardive, restauration des mares) pour "
          "840 ha de marais. CPV 90711500, 71313000."),
        P("3. Procédure : procédure adaptée ouverte. Division en lots : non."),
        P("4. Montant estimé : 45~000 € HT."),
        P("5. Conditions de participation : références d'inventaires et de plans de gestion d'espaces "
          "naturels ; compétences en botanique, entomologie et herpétologie ; autorisations de capture "
          "d'espèces protégées détenues ou demandées."),
        P("6. Critères de jugement : valeur technique 60 % (méthodologie d'inventaire 35 %, compétences "
          "de l'équipe 25 %) ; prix 40 %."),
        P("7. Marché réservé : non. Conditions particulières d'exécution : néant."),
        P("8. Date limite de remise des offres : 7 mai 2027, 17 h."),
        P("9. Renseignements : M. Guérineau, chargé de mission milieux naturels."),
    ]
    lab = L(allotissement=0, montant_estime_ht=45000,
            evidence=["Division en lots : non", "Montant estimé : 45 000 € HT"])
    return DOC("d23_avis_inventaires_marais_arnay.docx", "AVIS", h, f, b, lab,
               note="avis : objet environnemental, compétences en sélection, « néant »")


# ----------------------------------------------------------------------------- d24 CCAP transport scolaire
def d24():
    h = "Communauté de communes du Pays de Tréhorel – Transport scolaire"
    f = "CCAP – transport des élèves – rentrée 2027"
    b = [
        TITLE("COMMUNAUTÉ DE COMMUNES DU PAYS DE TRÉHOREL", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Transport scolaire des élèves des écoles et du collège – 5 circuits"),
        H("Article 1 – Objet et lots"),
        P("Le marché porte sur l'exécution de cinq circuits de transport scolaire. Chaque circuit constitue "
          "un lot : lot 1 Tréhorel – Kergal ; lot 2 Plouvenec – collège ; lot 3 Saint-Idunet – Lannuzec ; "
          "lot 4 Kervégan – écoles ; lot 5 desserte des hameaux du plateau."),
        H("Article 2 – Durée"),
        P("Du 1er septembre 2027 au 31 août 2031."),
        H("Article 3 – Véhicules"),
        P("Les véhicules affectés au marché répondent au minimum à la norme Euro VI ; les véhicules "
          "fonctionnant au bioGNV ou électriques sont admis. L'âge moyen des véhicules affectés à un lot ne "
          "dépasse pas huit ans. Les conducteurs suivent une formation à l'éco-conduite dans la première "
          "année du marché ; l'attestation est remise à la Communauté de communes."),
        P("Les moteurs sont coupés pendant les arrêts et les attentes devant les établissements."),
        H("Article 4 – Élèves en situation de handicap"),
        P("Lorsqu'un élève utilisant un fauteuil roulant est inscrit sur un circuit, le titulaire affecte "
          "à ce circuit, dans un délai de quinze jours, un véhicule équipé d'un élévateur ou d'une rampe et "
          "d'un emplacement UFR, et forme le conducteur à l'arrimage du fauteuil. La présence d'un "
          "accompagnateur peut être demandée."),
        H("Article 5 – Personnel"),
        P("Les conducteurs sont titulaires du permis D, de la FIMO ou FCO à jour et d'une attestation "
          "d'honorabilité. Le titulaire informe la Communauté de communes de tout changement de "
          "conducteur."),
        H("Article 6 – Prix"),
        P("Prix journalier par circuit, révisé annuellement selon la formule de l'annexe 1."),
        H("Article 7 – Pénalités"),
        P("Retard supérieur à 10 minutes : 50 €. Service non effectué : 500 €. Défaut d'attestation "
          "d'éco-conduite : 100 € par conducteur."),
    ]
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=5,
            evidence=["répondent au minimum à la norme Euro VI",
                      "un véhicule équipé d'un élévateur ou d'une rampe et d'un emplacement UFR",
                      "Chaque circuit constitue un lot : lot 1", "lot 5"])
    return DOC("d24_ccap_transport_scolaire_trehorel.docx", "CCAP", h, f, b, lab,
               note="CCAP transport : Euro VI, éco-conduite, accessibilité UFR")


# ----------------------------------------------------------------------------- t25 TED EN travaux
def t25():
    b = [
        TITLE("TED – Tenders Electronic Daily", "Contract notice – Works – Directive 2014/24/EU",
              "France-Sérignac-sur-Vionne: Construction work for libraries – 2027/S 074-229911"),
        H("Section I: Contracting authority"),
        P("I.1) Name and addresses: Ville de Sérignac-sur-Vionne, Hôtel de ville, place de la Halle, "
          "Sérignac-sur-Vionne, 31990, France. NUTS code: FRJ23. Internet address: https://www.serignac.example"),
        P("I.4) Type of the contracting authority: Regional or local authority."),
        H("Section II: Object"),
        P("II.1.1) Title: Construction of the Simone-Veil media library"),
        P("II.1.2) Main CPV code: 45212600"),
        P("II.1.4) Short description: construction of a 1 450 m2 media library with timber frame, "
          "including landscaping of the forecourt."),
        P("II.1.5) Estimated total value: Value excluding VAT: 2 760 000.00 EUR"),
        P("II.1.6) Information about lots: This contract is divided into lots: yes. Tenders may be "
          "submitted for all lots."),
        H("II.2) Description"),
        P("II.2.1) Title: Structural work and timber frame. Lot No: 1"),
        P("II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 40; Quality "
          "criterion - Name: Site waste management and reuse of materials / Weighting: 10; Price - "
          "Weighting: 50"),
        P("II.2.14) Additional information: Social integration clause: 1 200 hours of work to be carried "
          "out by persons far from employment."),
        P("II.2.1) Title: Envelope, roofing and joinery. Lot No: 2"),
        P("II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 40; Quality "
          "criterion - Name: Site waste management and reuse of materials / Weighting: 10; Price - "
          "Weighting: 50"),
        P("II.2.14) Additional information: Social integration clause: 600 hours."),
        P("II.2.1) Title: Technical equipment (heating, ventilation, electricity). Lot No: 3"),
        P("II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 45; Price - "
          "Weighting: 55"),
        P("II.2.14) Additional information: Social integration clause: 300 hours."),
        H("Section III: Legal, economic, financial and technical information"),
        P("III.1.1) Suitability to pursue the professional activity: as stated in the procurement documents."),
        P("III.1.3) Technical and professional ability: list of works carried out over the past five years; "
          "Qualibat certificates or equivalent."),
        P("III.2.2) Contract performance conditions: integration of persons far from employment (hours per "
          "lot above); sorting of site waste in at least five streams and traceability of disposal, as set "
          "out in the CCAP."),
        H("Section IV: Procedure"),
        P("IV.1.1) Type of procedure: Open procedure"),
        P("IV.2.2) Time limit for receipt of tenders: 02/06/2027 Local time: 12:00"),
        P("IV.2.4) Languages in which tenders may be submitted: French"),
        H("Section VI: Complementary information"),
        P("VI.4.1) Review body: Tribunal administratif de Toulouse, Toulouse, France"),
        P("VI.5) Date of dispatch of this notice: 14/04/2027"),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2100, clause_environnementale=1,
            critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=2760000,
            evidence=["Social integration clause: 1 200 hours", "[1 200 + 600 + 300 = 2 100, lots 1 à 3]",
                      "sorting of site waste in at least five streams",
                      "Site waste management and reuse of materials / Weighting: 10",
                      "Lot No: 3", "Value excluding VAT: 2 760 000.00 EUR"])
    return DOC("t25_ted_en_mediatheque_serignac.txt", "AVIS", "", "", b, lab,
               note="avis TED anglais : heures par lot, critère déchets, conditions d'exécution")


# ----------------------------------------------------------------------------- t26 eForms
def t26():
    b = [
        TITLE("eNotice – Contract notice (eForms, subtype 16) – export texte",
              "CCAS de Morvillers-la-Rivière – Entretien ménager et blanchisserie des résidences autonomie",
              "Notice identifier: 7c1e44a2-51f0-4d2b-9e3a-0f7d1a0c2b55 – Version 01"),
        H("Buyer"),
        P("BT-500-Organization-Company (Official name): Centre communal d'action sociale de Morvillers-la-Rivière"),
        P("BT-11-Procedure-Buyer (Buyer legal type): la (Local authority)"),
        H("Procedure"),
        P("BT-21-Procedure (Title): Entretien ménager des parties communes et blanchisserie du linge des "
          "résidences autonomie Les Aulnes et Le Moulin"),
        P("BT-24-Procedure (Description): Nettoyage quotidien des parties communes, nettoyage des "
          "logements libérés, entretien du linge plat et du linge des résidents."),
        P("BT-27-Procedure (Estimated value): 150000 EUR"),
        P("BT-105-Procedure (Procedure type): open"),
        P("BT-763-Procedure (Lots all required): No"),
        H("Lot LOT-0001"),
        P("BT-21-Lot (Title): Entretien ménager des parties communes et des logements libérés"),
        P("BT-27-Lot (Estimated value): 96000 EUR"),
        P("BT-71-Lot (Reserved participation): none"),
        P("BT-06-Lot (Strategic procurement): none"),
        P("BT-539-Lot (Award criterion type): price – BT-541 (Weight): 60 ; quality – BT-734 (Name): "
          "Organisation et moyens – BT-541 (Weight): 40"),
        H("Lot LOT-0002"),
        P("BT-21-Lot (Title): Blanchisserie – linge plat et linge des résidents"),
        P("BT-27-Lot (Estimated value): 54000 EUR"),
        P("BT-71-Lot (Reserved participation): res-pub-ser"),
        P("BT-300-Lot (Additional information): Lot réservé aux structures d'insertion par l'activité "
          "économique (article L. 2113-13 du code de la commande publique). Collecte et livraison "
          "hebdomadaires dans chaque résidence."),
        P("BT-539-Lot (Award criterion type): price – BT-541 (Weight): 60 ; quality – BT-734 (Name): "
          "Délais de traitement et qualité du linge rendu – BT-541 (Weight): 40"),
        H("Result / review"),
        P("BT-131 (Deadline receipt tenders): 2027-05-21+02:00 12:00"),
        P("OPT-301-Lot-ReviewOrg: Tribunal administratif d'Amiens"),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-13", allotissement=1, nb_lots=2, montant_estime_ht=150000,
            evidence=["Lot réservé aux structures d'insertion par l'activité économique (article L. 2113-13",
                      "Lot LOT-0002", "BT-27-Procedure (Estimated value): 150000 EUR",
                      "[article cité prévaut sur res-pub-ser]"])
    return DOC("t26_eforms_ccas_morvillers.txt", "AVIS", "", "", b, lab,
               note="eForms : code res-pub-ser contredit par l'article cité")


# ----------------------------------------------------------------------------- t27 BOAMP déchets verts (négatif)
def t27():
    b = [
        TITLE("AVIS D'APPEL PUBLIC A LA CONCURRENCE", "SIVOM du Pays de Tréhorel",
              "Reference : SIVOM-DV-2027"),
        P("Departement(s) de publication : 22"),
        P("Annonce No 27-051402"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : SIVOM du Pays de Tréhorel, ZA de Kerbastic, 22990 Tréhorel"),
        P("Type d'acheteur : collectivite territoriale (syndicat intercommunal)"),
        H("Section 2 : Communication"),
        P("Moyens d'acces aux documents de la consultation : profil d'acheteur, acces libre et complet."),
        H("Section 4 : Identification du marche"),
        P("Intitule du marche : Evacuation, broyage et valorisation des dechets verts des trois decheteries"),
        P("Classification CPV principale : 90513000"),
        P("Type de marche : services"),
        P("Description succincte du marche : enlevement des dechets verts deposes en decheterie, broyage "
          "sur site ou transport vers une plateforme de compostage agreee, valorisation agricole du compost."),
        P("Lieu principal d'execution : decheteries de Tréhorel, Plouvenec et Kervégan"),
        P("Duree du marche : 12 mois, reconductible 3 fois"),
        P("Valeur estimee : non communiquee. Montant maximum : 90 000 EUR HT par an."),
        P("La consultation prevoit une reservation de tout ou partie du marche : non"),
        H("Section 5 : Lots"),
        P("Ce marche est divise en lots : non. Le marche n'est pas alloti, le broyage et le transport "
          "etant indissociables."),
        H("Section 6 : Criteres et conditions"),
        P("Conditions de participation – capacite technique : certificat ISO 14001 ou equivalent, ou "
          "description des mesures de gestion environnementale de l'entreprise ; autorisation ICPE de la "
          "plateforme de destination ; references de prestations similaires."),
        P("Criteres d'attribution : prix 70 % ; valeur technique 30 % (moyens materiels, organisation des "
          "rotations, delai d'intervention)."),
        P("Conditions particulieres d'execution : non"),
        H("Section 7 : Informations complementaires"),
        P("Date limite de reception des offres : 28 mai 2027 a 12h00"),
        P("Visite des decheteries : facultative."),
    ]
    lab = L(allotissement=0, montant_max_ht=360000,
            evidence=["Le marche n'est pas alloti", "Montant maximum : 90 000 EUR HT par an",
                      "12 mois, reconductible 3 fois", "[90 000 × 4 = 360 000]"])
    return DOC("t27_avis_boamp_dechets_verts_trehorel.txt", "AVIS", "", "", b, lab,
               note="avis sans accents : objet de valorisation des déchets, ISO 14001 en sélection")


# ----------------------------------------------------------------------------- t28 TED EN fournitures (négatif)
def t28():
    b = [
        TITLE("TED – Contract notice – Supplies", "France-Montcalvet: Laboratory equipment",
              "2027/S 082-251734 – Directive 2014/24/EU"),
        H("Section I: Contracting authority"),
        P("I.1) Name and addresses: Université de Montcalvet, 12 avenue des Platanes, Montcalvet, 34990, "
          "France. NUTS code: FRJ13"),
        H("Section II: Object"),
        P("II.1.1) Title: Supply of laboratory equipment for the life-science teaching platform"),
        P("II.1.2) Main CPV code: 38000000"),
        P("II.1.4) Short description: supply, installation and commissioning of bench equipment "
          "(centrifuges, incubators, spectrophotometers) and its integration into the existing IT "
          "environment (LIMS)."),
        P("II.1.5) Estimated total value: Value excluding VAT: 410 000.00 EUR"),
        P("II.1.6) Information about lots: This contract is divided into lots: yes"),
        P("II.2.1) Title: Centrifuges and incubators. Lot No: 1 — II.2.5) Award criteria: Quality "
          "criterion - Name: Technical performance / Weighting: 30; Quality criterion - Name: After-sales "
          "service / Weighting: 10; Price - Weighting: 60"),
        P("II.2.1) Title: Spectrophotometers and plate readers. Lot No: 2 — II.2.5) Award criteria: "
          "Quality criterion - Name: Technical performance / Weighting: 35; Quality criterion - Name: "
          "Training of users / Weighting: 5; Price - Weighting: 60"),
        P("II.2.10) Information about variants: Variants will be accepted: no"),
        H("Section III: Legal, economic, financial and technical information"),
        P("III.1.2) Economic and financial standing: overall turnover for the last three financial years."),
        P("III.1.3) Technical and professional ability: list of main deliveries over the last three years; "
          "ISO 9001 and ISO 14001 certificates or equivalent evidence of quality and environmental "
          "management measures."),
        P("III.1.5) Information about reserved contracts: (blank)"),
        P("III.2.2) Contract performance conditions: (blank)"),
        H("Section IV: Procedure"),
        P("IV.1.1) Type of procedure: Open procedure"),
        P("IV.2.2) Time limit for receipt of tenders: 16/06/2027 Local time: 12:00"),
        H("Section VI: Complementary information"),
        P("VI.3) Additional information: The university's sustainable procurement policy is available on "
          "its website for information."),
    ]
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=410000,
            evidence=["This contract is divided into lots: yes", "Lot No: 2",
                      "Value excluding VAT: 410 000.00 EUR"])
    return DOC("t28_ted_en_equipements_laboratoire.txt", "AVIS", "", "", b, lab,
               note="TED anglais : ISO 14001 en sélection, « IT environment », champs vides")


# ----------------------------------------------------------------------------- t29 Q/R nettoyage CH
def t29():
    b = [
        TITLE("Centre hospitalier de Brévannes-sur-Lys – Direction des achats",
              "Consultation CHBL-2027-NET-01 – Bionettoyage des locaux administratifs et logistiques",
              "Questions posées par les candidats et réponses apportées (registre arrêté au 11/05/2027)"),
        P("Q1. Les produits de bionettoyage doivent-ils être écolabellisés ? Certains désinfectants n'existent pas en version écolabel."),
        P("R1. Pour les locaux administratifs et logistiques visés par la consultation, l'article 4.2 du "
          "CCTP impose des détergents porteurs de l'Écolabel européen ou d'un label équivalent ; les "
          "désinfectants restent autorisés pour les seuls sanitaires et vestiaires, en dosage automatique. "
          "Le titulaire limite l'usage des lingettes à usage unique aux situations d'isolement."),
        P("Q2. Le volume d'heures d'insertion est-il à réaliser chaque année ou sur toute la durée ?"),
        P("R2. Les 800 heures d'insertion prévues à l'article 10 du CCAP sont globalisées sur la durée "
          "totale de l'accord-cadre (4 ans). Un bilan intermédiaire est demandé à la fin de chaque année, "
          "sans minimum annuel."),
        P("Q3. Peut-on sous-traiter les heures d'insertion a une entreprise d'insertion ?"),
        P("R3. Oui, la sous-traitance a une SIAE est l'une des modalités admises, sous réserve de la "
          "declaration de sous-traitance."),
        P("Q4. Quel est l'environnement de travail des agents (vestiaires, local de stockage) ?"),
        P("R4. Un vestiaire de 12 m² et un local de stockage de 20 m² sont mis à disposition au niveau -1 "
          "du bâtiment logistique."),
        P("Q5. Le marche est-il alloti ?"),
        P("R5. Non, le marché comporte un lot unique."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=800, clause_environnementale=1,
            allotissement=0,
            evidence=["Les 800 heures d'insertion prévues à l'article 10 du CCAP sont globalisées",
                      "impose des détergents porteurs de l'Écolabel européen",
                      "le marché comporte un lot unique"])
    return DOC("t29_qr_bionettoyage_brevannes.txt", "QR", "", "", b, lab,
               note="registre Q/R : heures globalisées, détergents écolabellisés")


# ----------------------------------------------------------------------------- t30 formulaire vierge (négatif)
def t30():
    b = [
        TITLE("LETTRE DE CANDIDATURE – MODELE A COMPLETER PAR LE CANDIDAT",
              "(formulaire type de l'acheteur – version 2027)", ""),
        H("A – Identification de l'acheteur"),
        P("Nom de l'acheteur : ................................................................"),
        P("Objet de la consultation : ................................................................"),
        H("B – Objet de la candidature"),
        P("La candidature est présentée : [ ] pour le marché public ou l'accord-cadre ; [ ] pour le(s) "
          "lot(s) n° ...... (indiquer l'intitulé) ; [ ] pour tous les lots de la procédure."),
        H("C – Identification du candidat"),
        P("[ ] Le candidat se présente seul : nom commercial, dénomination sociale, adresse, SIRET, courriel "
          ": ................................"),
        P("[ ] Le candidat est un groupement d'entreprises : [ ] conjoint [ ] solidaire. Mandataire : "
          "................................"),
        H("D – Marchés réservés (à renseigner uniquement si l'acheteur a réservé le marché ou un lot)"),
        P("[ ] Le candidat est une entreprise adaptée, un établissement et service d'aide par le travail "
          "ou une structure équivalente (article L. 2113-12 du code de la commande publique)."),
        P("[ ] Le candidat est une structure d'insertion par l'activité économique ou une structure "
          "équivalente (article L. 2113-13 du code de la commande publique)."),
        P("[ ] Le candidat est une entreprise de l'économie sociale et solidaire (article L. 2113-15)."),
        H("E – Attestations sur l'honneur"),
        P("Le candidat déclare sur l'honneur n'entrer dans aucun des cas d'exclusion prévus aux articles "
          "L. 2141-1 à L. 2141-5 et L. 2141-7 à L. 2141-11 du code de la commande publique, et être en "
          "règle au regard des articles L. 5212-1 à L. 5212-11 du code du travail concernant l'emploi des "
          "travailleurs handicapés."),
        H("F – Signature"),
        P("Nom, prénom, qualité du signataire : ........................ Date : ............ Signature :"),
    ]
    lab = L()
    return DOC("t30_form_lettre_candidature_vierge.txt", "FORM", "", "", b, lab,
               note="formulaire vierge citant L2113-12/13/15 et L5212")


# ----------------------------------------------------------------------------- t31 avis JOUE FR (txt)
def t31():
    b = [
        TITLE("AVIS DE MARCHE – SERVICES", "Journal officiel de l'Union européenne – 2027/S 090-274415",
              "France-Laudun-sur-Sornin : Services d'entretien des berges et des sentiers"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Syndicat mixte du bassin de l'Arnette, 5 quai des Tanneurs, "
          "43990 Laudun-sur-Sornin, France. Code NUTS : FRK13."),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Entretien de la ripisylve, des berges et des sentiers de randonnée du bassin "
          "de l'Arnette (2027-2031)"),
        P("II.1.2) Code CPV principal : 77211500"),
        P("II.1.5) Valeur totale estimée : Valeur hors TVA : 1 140 000,00 EUR"),
        P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui"),
        P("II.2.1) Intitulé : Entretien de la ripisylve – secteur amont. Lot n° : 1"),
        P("II.2.4) Description des prestations : abattage sélectif, recépage, enlèvement des embâcles, "
          "gestion des espèces invasives."),
        P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 30 ; "
          "Critère de qualité – Nom : Nombre d'heures d'insertion proposées au-delà du minimum exigé / "
          "Pondération : 10 ; Prix – Pondération : 60"),
        P("II.2.1) Intitulé : Entretien de la ripisylve – secteur aval. Lot n° : 2"),
        P("II.2.5) Critères d'attribution : identiques au lot 1."),
        P("II.2.1) Intitulé : Entretien des sentiers, débroussaillage et petits aménagements. Lot n° : 3"),
        P("II.2.4) Description des prestations : débroussaillage manuel, entretien du balisage, réfection "
          "des marches et passerelles bois. Le lot est réservé aux structures d'insertion par l'activité "
          "économique (entreprises d'insertion, ateliers et chantiers d'insertion)."),
        P("II.2.5) Critères d'attribution : Prix – Pondération : 50 ; Critère de qualité – Nom : "
          "Encadrement technique et accompagnement des salariés / Pondération : 50"),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.5) Informations sur les marchés réservés : [x] Le marché est réservé à des ateliers "
          "protégés et des opérateurs économiques dont l'objectif est l'intégration sociale et "
          "professionnelle de personnes handicapées ou défavorisées (lot 3)."),
        P("III.2.2) Conditions particulières d'exécution : lots 1 et 2 : clause d'insertion, au moins 5 % "
          "des heures travaillées réservées à des personnes en difficulté d'insertion."),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : Procédure ouverte"),
        P("IV.2.2) Date limite de réception des offres : 14/06/2027 – 12:00"),
        H("Section VI : Renseignements complémentaires"),
        P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Clermont-Ferrand"),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, critere_social=1, marche_reserve=1, reserve_base="L2113-13",
            allotissement=1, nb_lots=3, montant_estime_ht=1140000,
            evidence=["clause d'insertion, au moins 5 % des heures travaillées",
                      "Nombre d'heures d'insertion proposées au-delà du minimum exigé",
                      "réservé aux structures d'insertion par l'activité économique",
                      "Lot n° : 3", "Valeur hors TVA : 1 140 000,00 EUR"])
    return DOC("t31_avis_joue_berges_arnette.txt", "AVIS", "", "", b, lab,
               note="avis JOUE en texte : lot 3 réservé SIAE (case « ateliers protégés » cochée), critère insertion")


DOCS = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14,
        d15, d16, d17, d18, d19, d20, d21, d22, d23, d24,
        t25, t26, t27, t28, t29, t30, t31]


# ----------------------------------------------------------------------------- contrôles (repris des lignes 2433-2453)
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
        if r["reserve_base"] and not all(x in ("L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?")
                                         for x in r["reserve_base"].split(";")):
            out.append("%s : reserve_base = %r" % (r["path"], r["reserve_base"]))
        for col in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
            if r[col] and not re.fullmatch(r"\d+(\.\d+)?", r[col]):
                out.append("%s : %s = %r" % (r["path"], col, r[col]))
    return out


def build_piece(p):
    """Repris des lignes 2454-2472 (un document au lieu d'une pièce de dossier)."""
    path = os.path.join(OUT, p["file"])
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


_WS = re.compile(r"[\s\u00a0\u202f\-]+")


def squash(s):
    """Texte comparé sans blancs ni tirets (césures de fin de ligne des PDF)."""
    return _WS.sub("", s)


def file_text(path):
    """Texte réellement extrait du fichier produit (pdfminer, python-docx, lecture directe)."""
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows, problems, kinds, pages, cuts, table = [], [], {}, {}, [], []
    seen = set()
    for fn in DOCS:
        p = fn()
        if p["file"] in seen:
            problems.append("%s : nom en double" % p["file"])
        seen.add(p["file"])
        if p["file"].endswith(".pdf"):
            hd = [b for b in number_articles(p["blocks"])]
            nums = [int(_ART.match(b[1]).group(1)) for b in hd if b[0] in ("h", "h2") and _ART.match(b[1])]
            if nums != sorted(set(nums)):
                problems.append("%s : numérotation des articles %r" % (p["file"], nums))
        k0 = len(CUT_LOG)
        n = build_piece(p)
        for mark, what, cut in CUT_LOG[k0:]:
            cuts.append("%s %s « %s » : %s" % (p["file"], mark, what.replace(NB, " "), "coupé" if cut else "entier"))
        ext = p["file"].rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
        if n is not None:
            pages[n] = pages.get(n, 0) + 1
            if not (1 <= n <= 4):
                problems.append("%s : %d pages" % (p["file"], n))
        lab = dict(p["label"])
        txt = plain_text(p["final_blocks"])
        real = squash(file_text(os.path.join(OUT, p["file"])))
        for q in lab["evidence"]:
            if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                continue
            if norm(q) not in txt:
                problems.append("%s : preuve absente du texte logique : %r" % (p["file"], q))
            if squash(norm(q)) not in real:
                problems.append("%s : preuve absente du texte extrait du fichier : %r" % (p["file"], q))
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
        row = {"path": p["file"], "doc_type": p["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
        table.append((p["file"], p["doc_type"], n, p["note"]))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    problems.extend(extra_checks(rows))
    for line in cuts:
        print("  coupure", line)
    cats = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
            "clause_environnementale", "critere_environnemental")
    print("comptes (1 / 0 / ?) :")
    for c in cats:
        print("  %-24s %2d / %2d / %2d" % (c, sum(r[c] == "1" for r in rows), sum(r[c] == "0" for r in rows),
                                          sum(r[c] == "?" for r in rows)))
    none = [r["path"] for r in rows if not any(r[c] == "1" for c in cats)]
    print("  sans aucune des six catégories à 1 : %d" % len(none))
    for c in ("heures_insertion", "reserve_base", "allotissement", "nb_lots", "montant_estime_ht", "montant_max_ht"):
        print("  %-24s renseigné %2d" % (c, sum(bool(r[c]) for r in rows)))
    print("  allotissement 1 / 0 / vide : %d / %d / %d" % (sum(r["allotissement"] == "1" for r in rows),
          sum(r["allotissement"] == "0" for r in rows), sum(r["allotissement"] == "" for r in rows)))
    types = {}
    for r in rows:
        types[r["doc_type"]] = types.get(r["doc_type"], 0) + 1
    print("  types :", ", ".join("%s %d" % kv for kv in sorted(types.items())))
    print("contrôles : preuves présentes dans le texte logique ET dans le texte extrait du fichier produit "
          "(blancs et tirets ignorés) ; preuves <= 300 caractères ; PDF de 1 à 4 pages ; articles sans "
          "doublon ; clause_insertion => clause_sociale ; heures => clause_insertion ; nb_lots => "
          "allotissement 1 ; marche_reserve <=> reserve_base ; types et valeurs des colonnes -> %d problème(s)"
          % len(problems))
    print("%d documents (%s) ; pages des PDF : %s ; nombres coupés en fin de ligne : %d (%d restés entiers) ; "
          "césures forcées : %d (%d restées entières)" % (
              len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
              ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), SB_STATS["cut"], SB_STATS["whole"],
              HY_STATS["cut"], HY_STATS["whole"]))
    if "--table" in sys.argv:
        for f, t, n, note in table:
            print("TABLE|%s|%s|%s|%s" % (f, t, n or "", note))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
