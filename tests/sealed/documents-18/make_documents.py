#!/usr/bin/env python3
"""Construit le jeu scellé documents-18 : 36 documents entiers (PDF, DOCX, TXT, XML TED R2.0.9, XML eForms).

Écrit par une session d'aide lancée par le projet, agissant comme annotateur aveugle (sans lecture du
moteur clausecheck, de ses règles, de ses modèles ni des autres jeux de test).
Infrastructure d'écriture PDF/DOCX/TXT reprise de tests/data/blind_values_13/make_documents.py
(lignes 25-664 : blocs, césure, deux colonnes, vrais tableaux reportlab, DOCX à dates figées) ;
boucle de contrôle réécrite pour ce jeu : chaque citation de `evidence` est cherchée dans le texte
EXTRAIT du fichier produit (pypdf pour les PDF, espaces normalisés et césures de fin de ligne
recollées ; python-docx paragraphes + cellules pour les DOCX ; lxml itertext pour les XML ; lecture
simple pour les TXT), puis tout est construit une deuxième fois et les md5 sont comparés.

Déterministe : pas d'aléa, PDF invariant=1, entrées zip des DOCX datées du 2026-01-01.
Écrit documents/<fichier> et documents/labels.csv (schéma de /work/shared/eval/LABELS.md).
Tous les acheteurs, lieux, SIRET, personnes, références et montants sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F
(remplacée par U+00A0 dans les PDF) ; BR = retour à la ligne forcé dans les PDF ; SB = coupure
possible d'un nombre en fin de ligne ; HY = césure possible d'un mot court.

Usage : /work/main/.venv/bin/python tests/sealed/documents-18/make_documents.py
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
SET_NAME = "documents-18"

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






# ----------------------------------------------------------------------------- articles de remplissage
# Écrits pour ce jeu, neutres pour les six catégories (aucune clause sociale ou environnementale,
# aucun lot, aucun montant). Les rappels d'obligations légales qu'ils contiennent sont des négatifs au
# sens de LABELS.md. Chaque fonction prend un contexte c (voir C()) et une variante v (0, 1 ou 2).

def de(c):
    """« de la Ville », « du Département », « de l'Université »."""
    q = c["qui"]
    if q.startswith("le "):
        return "du " + q[3:]
    if q.startswith("les "):
        return "des " + q[4:]
    return "de " + q


def f_pieces(c, v, pieces):
    if v == 0:
        return A("Pièces constitutives du marché",
                 "Les pièces contractuelles du marché sont les suivantes, par ordre de priorité décroissante :",
                 pieces,
                 "En cas de contradiction entre les stipulations des pièces ci-dessus, elles prévalent dans l'ordre "
                 "où elles sont énumérées. Les documents techniques particuliers de l'offre du titulaire ne "
                 "peuvent déroger aux stipulations des pièces générales.")
    if v == 1:
        return A("Documents contractuels",
                 "Par dérogation à l'article 4.1 du CCAG, le marché est constitué des documents énumérés ci-après. "
                 "En cas de discordance, ils prévalent dans l'ordre de la liste :",
                 pieces,
                 "Le CCAG applicable est celui des marchés publics de " + c["ccag"] + ", approuvé par l'arrêté du "
                 "30 mars 2021, dans sa version en vigueur à la date de remise des offres.")
    return A("Pièces du marché – ordre de priorité",
             "Seules font foi les pièces ci-dessous, dont l'exemplaire original est conservé par " + c["qui"] + " :",
             pieces,
             "Toute mention contraire portée par le titulaire sur ses propres documents (conditions générales de "
             "vente, devis, bons de livraison) est réputée non écrite.")


def f_prix(c, v, indice="", base="M0"):
    if v == 0:
        return A("Forme et contenu des prix",
                 "Les prix sont réputés comprendre toutes les charges fiscales, parafiscales ou autres frais "
                 "afférents aux prestations, ainsi que les frais de déplacement, de transport et de "
                 "conditionnement. Ils sont exprimés en euros hors taxes ; la TVA est appliquée au taux en "
                 "vigueur à la date du fait générateur.",
                 "Les prix sont révisables annuellement à la date anniversaire du marché par application de la "
                 "formule P = P0 x (0,15 + 0,85 x I/I0), dans laquelle I0 est la valeur de l'indice " + indice +
                 " connue au mois " + base + " et I la dernière valeur publiée à la date de révision.")
    if v == 1:
        return A("Prix – variation",
                 "Le marché est traité à prix unitaires appliqués aux quantités réellement exécutées. Les prix "
                 "sont fermes pendant les douze premiers mois, puis ajustables une fois par an sur demande "
                 "écrite du titulaire, au moyen de l'indice " + indice + ".",
                 "Le mois zéro (" + base + ") est le mois de la date limite de remise des offres. Aucune "
                 "révision ne peut intervenir sur la base d'un indice provisoire ; la clause de sauvegarde "
                 "permet au pouvoir adjudicateur de résilier sans indemnité si la hausse dépasse 6 % sur un an.")
    return A("Régime des prix",
             "Les prestations sont rémunérées par application des prix du bordereau. Ces prix incluent "
             "notamment les sujétions d'accès aux sites, les frais de gestion administrative et les marges "
             "pour risques. Ils sont actualisés dans les conditions de l'article R. 2112-10 du code de la "
             "commande publique si le délai entre la date d'établissement des prix et le début d'exécution "
             "dépasse trois mois, au moyen de l'indice " + indice + " (mois " + base + ").")


def f_avance(c, v):
    if v == 0:
        return A("Avance",
                 "Une avance est accordée au titulaire, sauf renonciation expresse dans l'acte d'engagement, dans "
                 "les conditions des articles R. 2191-3 et suivants du code de la commande publique. Son "
                 "montant est fixé à 10 % du montant initial TTC du marché si la durée est inférieure ou égale "
                 "à douze mois ; au-delà, il est calculé sur une somme égale à douze fois le montant initial "
                 "divisé par la durée du marché exprimée en mois.",
                 "Le remboursement s'impute sur les sommes dues lorsque le montant des prestations exécutées "
                 "atteint 65 % du montant initial et doit être terminé lorsqu'il atteint 80 %.")
    if v == 1:
        return A("Avance forfaitaire",
                 "Le titulaire bénéficie d'une avance de 20 % lorsqu'il s'agit d'une PME au sens de l'article "
                 "R. 2151-13, de 5 % dans les autres cas. Elle n'est pas exigée d'une garantie à première "
                 "demande lorsque son taux n'excède pas 30 %. Les sous-traitants admis au paiement direct "
                 "peuvent en bénéficier dans les mêmes conditions.")
    return A("Avances et acomptes",
             "Aucune avance n'est versée lorsque le montant du marché est inférieur à 50~000 € HT ou que sa "
             "durée est inférieure à deux mois. Dans les autres cas, l'avance est versée dans le délai de "
             "paiement qui court à compter de la notification de l'ordre de service de démarrage.",
             "Des acomptes mensuels sont versés sur présentation d'un état des prestations exécutées, visé "
             "par le représentant du pouvoir adjudicateur.")


def f_paiement(c, v, jours=30):
    if v == 0:
        return A("Modalités de règlement",
                 "Les factures sont déposées exclusivement sur le portail Chorus Pro. Elles mentionnent le numéro "
                 "du marché, le numéro d'engagement juridique communiqué par " + c["qui"] + ", la désignation des "
                 "prestations, les quantités, les prix unitaires et le montant TTC.",
                 "Le délai global de paiement est de %d jours. Son dépassement fait courir de plein droit des "
                 "intérêts moratoires au taux de la Banque centrale européenne majoré de huit points, ainsi "
                 "qu'une indemnité forfaitaire de 40 euros pour frais de recouvrement." % jours)
    if v == 1:
        return A("Facturation et paiement",
                 "Chaque demande de paiement est transmise par voie dématérialisée (Chorus Pro, code service "
                 "FACT-01). Elle est accompagnée, le cas échéant, des bons de livraison ou comptes rendus "
                 "d'intervention signés.",
                 "Les sommes dues sont payées par virement dans un délai de %d jours à compter de la réception de "
                 "la demande. Le comptable assignataire est le comptable public de la collectivité." % jours)
    return A("Règlement des comptes",
             "Le paiement s'effectue par mandat administratif selon les règles de la comptabilité publique, "
             "dans le délai réglementaire de %d jours. La date de réception de la facture sur Chorus Pro fait "
             "courir ce délai. Toute facture incomplète est rejetée et le délai est suspendu jusqu'à "
             "réception des éléments manquants." % jours)


def f_penalites(c, v, unite="jour calendaire", montant="150"):
    if v == 0:
        return A("Pénalités",
                 "Par dérogation à l'article 14.1 du CCAG, en cas de retard dans l'exécution, le titulaire encourt "
                 "sans mise en demeure préalable une pénalité de " + montant + " € HT par " + unite + " de retard.",
                 "Les pénalités sont cumulables. Leur montant total est plafonné à 10 % du montant HT du marché. "
                 "Le titulaire n'est pas exonéré des pénalités dont le montant total ne dépasse pas 1~000 € HT.")
    if v == 1:
        return A("Pénalités pour retard et manquements",
                 "Le retard est constaté par différence entre la date prescrite et la date effective d'exécution. "
                 "Il donne lieu à l'application d'une pénalité journalière de " + montant + " euros hors taxes.",
                 "Tout manquement aux obligations de compte rendu fixées par le cahier des charges donne lieu, "
                 "après une mise en demeure restée sans effet pendant huit jours, à une pénalité forfaitaire "
                 "de 100 € HT par manquement constaté.")
    return A("Pénalités de retard",
             "Les délais contractuels s'entendent en " + unite + "s. Le dépassement d'un délai entraîne une "
             "pénalité calculée selon la formule P = V x R / 1000, où V est la valeur des prestations en retard "
             "et R le nombre de " + unite + "s de retard, sans que la pénalité journalière puisse être "
             "inférieure à " + montant + " € HT.")


def f_garanties(c, v):
    if v == 0:
        return A("Retenue de garantie",
                 "Une retenue de garantie de 5 % est prélevée sur le montant de chaque acompte. Elle peut être "
                 "remplacée, au gré du titulaire, par une garantie à première demande ou, si les deux parties en "
                 "sont d'accord, par une caution personnelle et solidaire.",
                 "La retenue est remboursée ou la garantie libérée un mois au plus tard après l'expiration du "
                 "délai de garantie, sauf réserves notifiées.")
    if v == 1:
        return A("Garanties financières",
                 "Aucune retenue de garantie n'est appliquée. Le titulaire reste tenu des obligations de "
                 "garantie attachées aux prestations jusqu'au terme du délai prévu par le cahier des charges.")
    return A("Garantie des prestations",
             "Le délai de garantie est de douze mois à compter de l'admission. Pendant ce délai, le titulaire "
             "remédie à ses frais à tout défaut de conformité ou vice constaté, dans les quinze jours suivant "
             "la notification qui lui en est faite.")


def f_assurances(c, v):
    if v == 0:
        return A("Assurances",
                 "Dans un délai de quinze jours à compter de la notification du marché et avant tout "
                 "commencement d'exécution, le titulaire justifie qu'il est titulaire d'une assurance couvrant "
                 "sa responsabilité civile à l'égard des tiers en cas d'accident ou de dommage causé par "
                 "l'exécution des prestations. Il produit une attestation chaque année à la date anniversaire.")
    if v == 1:
        return A("Responsabilité – assurance",
                 "Le titulaire est seul responsable des dommages causés aux personnes et aux biens par ses "
                 "préposés ou son matériel. Il souscrit à cet effet une police de responsabilité civile "
                 "professionnelle d'un montant minimal de 1~500~000 euros par sinistre et en justifie à toute "
                 "demande " + de(c) + ".")
    return A("Obligations d'assurance",
             "Le titulaire et ses sous-traitants doivent être assurés au titre de leur responsabilité civile "
             "professionnelle et, pour les ouvrages, de la responsabilité décennale prévue aux articles 1792 "
             "et suivants du code civil. Les attestations précisent les activités garanties et la période de "
             "validité.")


def f_soustraitance(c, v):
    if v == 0:
        return A("Sous-traitance",
                 "Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de "
                 "l'acceptation du sous-traitant et de l'agrément de ses conditions de paiement. La demande est "
                 "présentée au moyen du formulaire DC4 ou de tout document équivalent.",
                 "Le sous-traitant dont le montant du contrat de sous-traitance est égal ou supérieur à 600 € TTC "
                 "est payé directement.")
    if v == 1:
        return A("Sous-traitance et cotraitance",
                 "En cas de groupement, le mandataire est solidaire de chacun des membres pour ses obligations "
                 "contractuelles. La modification de la répartition des prestations entre cotraitants est "
                 "soumise à l'accord préalable " + de(c) + ".",
                 "Toute sous-traitance occulte constitue une faute grave justifiant la résiliation du marché aux "
                 "torts du titulaire.")
    return A("Recours à des sous-traitants",
             "La sous-traitance totale est interdite. Le titulaire reste pleinement responsable de l'ensemble "
             "des prestations sous-traitées. Il communique, avant toute intervention d'un sous-traitant sur "
             "site, la liste nominative des personnes appelées à intervenir.")


def f_resiliation(c, v):
    if v == 0:
        return A("Résiliation",
                 "Les stipulations des articles 36 à 42 du CCAG sont applicables. En cas de résiliation pour "
                 "faute, les prestations peuvent être exécutées aux frais et risques du titulaire.",
                 "Conformément à l'article L. 8222-6 du code du travail, le marché peut être résilié aux torts du "
                 "titulaire si celui-ci ne s'acquitte pas de ses obligations en matière de déclaration et de "
                 "paiement des cotisations sociales, après mise en demeure restée sans effet.")
    if v == 1:
        return A("Résiliation du marché",
                 c["Qui"] + " peut mettre fin au marché pour motif d'intérêt général. Le titulaire a alors droit "
                 "à une indemnité égale à 5 % du montant hors taxes de la partie résiliée.",
                 "Le marché est résilié de plein droit, sans indemnité, si le titulaire a fourni des "
                 "renseignements inexacts sur sa situation au regard des articles L. 2141-1 à L. 2141-5 du code "
                 "de la commande publique ou s'il ne produit pas les pièces prévues aux articles D. 8222-5 et "
                 "D. 8254-2 à D. 8254-5 du code du travail.")
    return A("Cas de résiliation",
             "Outre les cas prévus au CCAG, le marché peut être résilié en cas de manquements répétés constatés "
             "par au moins trois procès-verbaux dans un même semestre. La décision est précédée d'une mise en "
             "demeure et d'un délai de quinze jours permettant au titulaire de présenter ses observations.")


def f_litiges(c, v):
    if v == 0:
        return A("Règlement des différends",
                 "Les parties s'efforcent de régler à l'amiable tout différend né de l'exécution du marché. Elles "
                 "peuvent saisir le comité consultatif interrégional de règlement amiable des différends "
                 "compétent. À défaut, le litige est porté devant le " + c["ta"] + ".")
    if v == 1:
        return A("Litiges – droit applicable",
                 "Le marché est régi par le droit français. Tous les documents, correspondances et factures sont "
                 "rédigés en langue française. Le tribunal compétent est le " + c["ta"] + ".")
    return A("Différends et litiges",
             "Tout différend fait d'abord l'objet d'un mémoire en réclamation adressé au représentant " +
             de(c) + " dans un délai de deux mois. Le silence gardé pendant deux mois vaut rejet. Le " +
             c["ta"] + " est seul compétent.")


def f_rgpd(c, v):
    if v == 0:
        return A("Protection des données personnelles",
                 "Lorsque l'exécution des prestations implique le traitement de données à caractère personnel, "
                 "le titulaire agit en qualité de sous-traitant au sens de l'article 28 du règlement (UE) "
                 "2016/679. Il ne traite les données que sur instruction documentée " + de(c) + ", garantit "
                 "leur confidentialité et notifie toute violation dans un délai de 48 heures.")
    if v == 1:
        return A("Confidentialité",
                 "Le titulaire et son personnel sont tenus au secret professionnel pour toutes les informations "
                 "dont ils ont connaissance à l'occasion de l'exécution. Cette obligation survit cinq ans à la "
                 "fin du marché.")
    return A("Secret et données",
             "Les informations, documents et fichiers remis au titulaire restent la propriété " + de(c) +
             ". Ils sont restitués ou détruits, au choix de ce dernier, à la fin du marché ; un procès-verbal "
             "de destruction est alors remis.")


def f_derogations(c, v, arts):
    return A("Dérogations au CCAG",
             "Les articles du présent document qui dérogent au CCAG – " + c["ccag"] + " sont les suivants :",
             arts)


# --- règlements de consultation

def r_dce(c, v):
    if v == 0:
        return A("Retrait du dossier de consultation",
                 "Le dossier de consultation des entreprises (DCE) est téléchargeable gratuitement sur le profil "
                 "d'acheteur " + c["profil"] + ". Les candidats sont invités à s'identifier afin d'être informés "
                 "des éventuelles modifications et des réponses apportées aux questions.")
    if v == 1:
        return A("Mise à disposition du DCE",
                 "Le DCE est disponible par voie électronique à l'adresse " + c["profil"] + " (référence " +
                 c["ref"] + "). Aucun dossier papier n'est adressé. Des modifications de détail peuvent y être "
                 "apportées au plus tard six jours avant la date limite de remise des offres ; les candidats "
                 "doivent alors répondre sur la base du dossier modifié.")
    return A("Obtention des documents",
             "L'accès aux documents de la consultation est gratuit, complet et direct sur " + c["profil"] + ". "
             "Le téléchargement anonyme est possible mais prive le candidat des notifications de mise à jour.")


def r_candidature(c, v):
    if v == 0:
        return A("Contenu du dossier de candidature",
                 "Chaque candidat produit les pièces suivantes :",
                 ["la lettre de candidature (DC1) ou tout document équivalent ;",
                  "la déclaration du candidat (DC2) ou le DUME ;",
                  "une déclaration sur l'honneur attestant qu'il ne se trouve dans aucun cas d'exclusion prévu "
                  "aux articles L. 2141-1 à L. 2141-11 du code de la commande publique et qu'il est en règle au "
                  "regard des articles L. 5212-1 à L. 5212-11 du code du travail concernant l'emploi des "
                  "travailleurs handicapés ;",
                  "le chiffre d'affaires global des trois derniers exercices ;",
                  "une liste des principales prestations comparables exécutées au cours des trois dernières "
                  "années."])
    if v == 1:
        return A("Pièces de la candidature",
                 "Les candidats peuvent présenter leur candidature sous la forme d'un document unique de marché "
                 "européen (DUME) rédigé en français. Ils ne sont pas tenus de fournir les documents déjà "
                 "transmis lors d'une précédente consultation et qui demeurent valables.",
                 "Les capacités sont appréciées globalement pour les groupements. Un candidat peut s'appuyer sur "
                 "les capacités d'autres opérateurs à condition de justifier qu'il en disposera pour l'exécution.")
    return A("Conditions de participation",
             "Aptitude : extrait K-bis ou inscription au répertoire des métiers datant de moins de trois mois. "
             "Capacité économique et financière : déclaration du chiffre d'affaires des trois derniers "
             "exercices disponibles. Capacité technique : effectifs moyens annuels et importance du personnel "
             "d'encadrement ; liste des références de moins de cinq ans.",
             "Le niveau minimal de capacité exigé est une référence au moins de nature et d'importance "
             "comparables.")


def r_depot(c, v, date="", heure="12h00"):
    if v == 0:
        return A("Conditions d'envoi et de remise des plis",
                 "Les plis sont transmis exclusivement par voie électronique sur le profil d'acheteur avant le " +
                 date + " à " + heure + ". Tout pli reçu après cette date et cette heure n'est pas examiné.",
                 "Le candidat peut adresser, en parallèle, une copie de sauvegarde sur support physique "
                 "électronique ou sur support papier, dans un pli scellé portant la mention « copie de "
                 "sauvegarde ». Les fichiers sont transmis aux formats .pdf, .docx, .xlsx ou .odt.")
    if v == 1:
        return A("Remise des offres",
                 "Date et heure limites de réception : " + date + ", " + heure + ". La transmission par courriel "
                 "n'est pas admise. La signature électronique de l'offre n'est pas exigée au stade du dépôt ; "
                 "seul l'attributaire devra signer l'acte d'engagement.")
    return A("Dépôt des plis",
             "La réponse électronique est obligatoire. La durée du téléchargement étant fonction du débit, il "
             "est conseillé aux candidats de ne pas attendre les dernières heures. Date limite : " + date + " à " +
             heure + ". Les fichiers contenant un virus sont réputés n'avoir jamais été reçus.")


def r_validite(c, v, jours=120):
    return A("Délai de validité des offres",
             "Le délai de validité des offres est fixé à %d jours à compter de la date limite de réception des "
             "offres." % jours)


def r_attributaire(c, v):
    if v == 0:
        return A("Documents à produire par l'attributaire",
                 "Le candidat auquel il est envisagé d'attribuer le marché produit, dans un délai de sept jours à "
                 "compter de la demande :",
                 ["les certificats attestant qu'il a satisfait à ses obligations fiscales et sociales ;",
                  "l'attestation de vigilance délivrée par l'URSSAF datant de moins de six mois (article "
                  "D. 8222-5 du code du travail) ;",
                  "la liste nominative des salariés étrangers soumis à autorisation de travail (article "
                  "D. 8254-2 du code du travail) ;",
                  "les attestations d'assurance en cours de validité."],
                 "À défaut de production dans le délai imparti, son offre est rejetée et le candidat classé en "
                 "rang suivant est sollicité.")
    if v == 1:
        return A("Attribution du marché",
                 "L'offre retenue ne devient définitive qu'après production des certificats prévus aux articles "
                 "R. 2143-6 à R. 2143-10 du code de la commande publique. Les candidats non retenus sont informés "
                 "par courrier électronique du rejet de leur offre et des motifs de ce rejet.")
    return A("Justificatifs de l'attributaire",
             "Avant la signature, l'attributaire remet les justificatifs de régularité fiscale et sociale, un "
             "extrait K-bis et le relevé d'identité bancaire. Les pièces rédigées dans une langue étrangère sont "
             "accompagnées d'une traduction en français.")


def r_questions(c, v):
    if v == 0:
        return A("Renseignements complémentaires",
                 "Les questions sont posées par écrit, exclusivement via la messagerie du profil d'acheteur, au "
                 "plus tard dix jours avant la date limite de remise des offres. Une réponse est adressée à tous "
                 "les candidats ayant retiré le dossier au plus tard six jours avant cette date.")
    if v == 1:
        return A("Questions des candidats",
                 "Pour tout renseignement d'ordre administratif ou technique, les candidats utilisent la rubrique "
                 "« questions/réponses » de la plateforme. Aucune réponse n'est donnée par téléphone.")
    return A("Demandes de précisions",
             "Les demandes de précisions reçues moins de huit jours avant la date limite ne sont pas traitées. "
             "Les réponses sont publiées de manière anonyme sur le profil d'acheteur.")


def r_recours(c, v):
    if v == 0:
        return A("Voies de recours",
                 "Instance chargée des procédures de recours : " + c["ta"] + ". Peuvent être exercés un référé "
                 "précontractuel (article L. 551-1 du code de justice administrative) jusqu'à la signature du "
                 "marché, un référé contractuel dans les conditions de l'article L. 551-13 du même code, et un "
                 "recours de pleine juridiction dans les deux mois suivant la publication de l'avis "
                 "d'attribution.")
    if v == 1:
        return A("Procédures de recours",
                 "Les recours peuvent être introduits devant le " + c["ta"] + ". Des renseignements sur leur "
                 "introduction peuvent être obtenus auprès du greffe de ce tribunal.")
    return A("Recours",
             "Le " + c["ta"] + " peut être saisi, y compris par voie électronique via l'application Télérecours "
             "citoyens.")


def r_negociation(c, v):
    if v == 0:
        return A("Négociation",
                 "Le pouvoir adjudicateur se réserve la possibilité de négocier avec les trois candidats les "
                 "mieux classés. La négociation peut porter sur tous les éléments de l'offre, notamment le prix. "
                 "Il peut aussi attribuer le marché sur la base des offres initiales, sans négociation.")
    if v == 1:
        return A("Déroulement de la négociation",
                 "Aucune négociation n'est prévue. Les candidats peuvent toutefois être invités à préciser ou à "
                 "compléter la teneur de leur offre, sans pouvoir la modifier.")
    return A("Régularisation et négociation",
             "Les offres irrégulières peuvent être régularisées à condition de ne pas être anormalement basses. "
             "La négociation est conduite par écrit ; chaque candidat admis à négocier reçoit les mêmes "
             "informations dans les mêmes délais.")


def r_variantes(c, v):
    if v == 0:
        return A("Variantes", "Les variantes à l'initiative des candidats ne sont pas autorisées.")
    if v == 1:
        return A("Variantes et prestations supplémentaires éventuelles",
                 "Les variantes sont autorisées à condition que le candidat présente également une offre de base. "
                 "Aucune prestation supplémentaire éventuelle n'est prévue.")
    return A("Offres variantes", "Aucune variante n'est admise. Les offres comportant des réserves sur le "
             "cahier des charges sont déclarées irrégulières.")


# ----------------------------------------------------------------------------- documents
def flat(items):
    out = []
    for x in items:
        if isinstance(x, list):
            out.extend(flat(x))
        else:
            out.append(x)
    return out


def DOC(file, doc_type, label, blocks=None, header="", footer="", hyphen=True, cols=1, raw=None,
        table_cut=None, split=False, note=""):
    """Un document. raw : texte brut (TXT, XML) écrit tel quel. table_cut : (texte d'une ligne d'en-tête,
    texte d'une ligne de fin) qui doivent se trouver sur deux pages différentes du PDF."""
    return dict(file=file, doc_type=doc_type, label=label, blocks=flat(blocks) if blocks else None,
                header=header, footer=footer, hyphen=hyphen, cols=cols, raw=raw, table_cut=table_cut,
                split=split, note=note)


# ============================================================================ d01 – RC université (PDF, 2 col.)
def d01():
    c = C("l'Université de Haute-Loirette", "tribunal administratif d'Orléans",
          profil="https://marches.univ-hauteloirette.fr", ref="2027-DSI-011")
    b = [
        TITLE("UNIVERSITÉ DE HAUTE-LOIRETTE – Direction des achats et de la commande publique",
              "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture de postes de travail informatiques, d'écrans et prestations associées",
              "Appel d'offres ouvert européen – Consultation n° 2027-DSI-011",
              "Date limite de réception des offres : lundi 8 mars 2027 à 12h00"),
        H("Article 1 – Identification de l'acheteur"),
        P("Université de Haute-Loirette, établissement public à caractère scientifique, culturel et "
          "professionnel, 14 avenue du Recteur-Pavillard, 45912 Vierzac Cedex. SIRET : 197~512~345~00018. "
          "Personne habilitée à donner les renseignements : M. Octave Lerminier, responsable du pôle achats "
          "numériques."),
        P("La Direction du système d'information (DSI) assure le suivi technique de l'exécution."),
        A("Objet de la consultation",
          "La consultation porte sur l'acquisition de postes de travail fixes et portables, d'écrans et de "
          "stations d'accueil destinés aux personnels et aux salles d'enseignement, ainsi que sur les "
          "prestations associées : préparation des matériels selon le master fourni par la DSI, étiquetage, "
          "livraison sur les six campus et mise en service.",
          "Les matériels doivent s'intégrer dans l'environnement numérique de travail de l'université "
          "(annuaire LDAP, solution de déploiement SCCM, ENT Esup) décrit au CCTP.",
          "Classification CPV : 30213000-5 (ordinateurs personnels) ; 30231000-7 (écrans) ; 30213100-6 "
          "(ordinateurs portables)."),
        A("Procédure et forme du marché",
          "La procédure est l'appel d'offres ouvert prévu aux articles L. 2124-2, R. 2124-2 1° et R. 2161-2 "
          "à R. 2161-5 du code de la commande publique.",
          "Chaque lot donne lieu à un accord-cadre mono-attributaire exécuté par émission de bons de commande "
          "(articles R. 2162-1 à R. 2162-6 et R. 2162-13 à R. 2162-14). Il est conclu sans montant minimum et "
          "avec un montant maximum fixé ci-dessous pour la durée totale, reconductions comprises."),
        A("Décomposition en lots",
          "La consultation est décomposée en trois lots, attribués séparément. Un même candidat peut "
          "soumissionner et être retenu pour plusieurs lots :"),
        RTAB([["Lot", "Désignation", "Maximum (4 ans)"],
              ["1", "Postes fixes, mini-PC et écrans bureautiques", "1~100~000 € HT"],
              ["2", "Ordinateurs portables et stations d'accueil", "650~000 € HT"],
              ["3", "Stations de travail hautes performances (calcul, CAO)", "250~000 € HT"],
              ["", "Total des montants maximums", "2~000~000 € HT"]],
             widths=[0.8, 3.2, 1.8], align="llr", bold_last=True),
        P("Le montant estimé de l'ensemble des lots est de 1~250~000 € HT pour la durée totale des "
          "accords-cadres. Cette estimation est donnée à titre indicatif et n'engage pas l'université."),
        A("Durée",
          "Chaque accord-cadre est conclu pour une période initiale de douze mois à compter de sa "
          "notification. Il est reconductible tacitement trois fois par période de douze mois, sans que sa "
          "durée totale puisse excéder quatre ans. L'université peut refuser la reconduction par lettre "
          "recommandée adressée au moins trois mois avant l'échéance."),
        A("Contenu du dossier de consultation",
          "Le DCE comprend :",
          ["le présent règlement de la consultation ;",
           "le cahier des clauses administratives particulières (CCAP) commun aux trois lots ;",
           "le cahier des clauses techniques particulières (CCTP) et ses annexes (master, plan des campus) ;",
           "pour chaque lot, l'acte d'engagement, le bordereau des prix unitaires et le détail quantitatif "
           "estimatif (DQE) non contractuel ;",
           "le cadre de réponse technique à compléter par le candidat."]),
        r_dce(c, 1),
        r_candidature(c, 0),
        P("À titre de preuve de ses capacités techniques, le candidat peut en outre produire tout certificat "
          "de management (ISO 9001, ISO 14001) ou tout autre moyen de preuve équivalent. Ces certificats ne "
          "sont pas exigés et ne sont pas notés."),
        A("Contenu de l'offre",
          "Pour chaque lot auquel il répond, le candidat remet l'acte d'engagement, le BPU et le DQE complétés "
          "ainsi que le cadre de réponse technique. Il y joint les fiches techniques des constructeurs, "
          "la déclaration de consommation électrique typique (TEC) des modèles proposés, leur indice de "
          "réparabilité et les rapports d'audit sociaux des sites d'assemblage dont il dispose.",
          "Un échantillon de chaque modèle du lot peut être demandé ; il est livré sous huit jours au "
          "service de la DSI, bâtiment Turing, et restitué après l'analyse."),
        A("Jugement des offres",
          "Les offres sont jugées lot par lot. Le marché est attribué à l'offre économiquement la plus "
          "avantageuse appréciée selon les critères pondérés suivants :"),
        RTAB([["Critère", "Pondération"],
              ["1. Prix des prestations, apprécié au vu du DQE", "40 %"],
              ["2. Valeur technique : qualité et ergonomie des matériels (20 %), service de livraison, de "
               "garantie et de hotline (15 %)", "35 %"],
              ["3. Performance environnementale des matériels", "15 %"],
              ["4. Responsabilité sociale de la chaîne d'approvisionnement", "10 %"]],
             widths=[4.2, 1.3], align="lr"),
        P("Le critère n° 3 est apprécié au regard de la consommation énergétique typique des matériels, de "
          "leur indice de réparabilité, de la durée garantie de disponibilité des pièces détachées et de la "
          "part de plastique recyclé dans les boîtiers."),
        P("Le critère n° 4 est apprécié au regard des mesures prises par le candidat et ses fournisseurs "
          "pour faire respecter, dans les usines d'assemblage, les conventions fondamentales de "
          "l'Organisation internationale du travail : audits indépendants récents, plans d'action "
          "correctifs, traçabilité des sites."),
        P("Le prix est noté selon la formule N = 40 x (Pmin / P). Les critères 2 à 4 sont notés sur la base "
          "du cadre de réponse technique ; une réponse absente vaut zéro."),
        A("Offres anormalement basses",
          "Si une offre paraît anormalement basse, l'université demande par écrit les précisions et "
          "justifications qu'elle estime utiles. Elle rejette l'offre si les éléments fournis ne justifient "
          "pas le bas niveau du prix."),
        r_negociation(c, 1),
        r_variantes(c, 0),
        r_depot(c, 2, date="lundi 8 mars 2027", heure="12h00"),
        r_validite(c, 0, 150),
        r_attributaire(c, 0),
        r_questions(c, 0),
        r_recours(c, 0),
    ]
    lab = L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=3,
            montant_estime_ht=1250000, montant_max_ht=2000000,
            evidence=["décomposée en trois lots",
                      "Performance environnementale des matériels",
                      "Responsabilité sociale de la chaîne d'approvisionnement",
                      "Le montant estimé de l'ensemble des lots est de 1 250 000 € HT",
                      "Total des montants maximums"])
    return DOC("d01_RC_2027-DSI-011_postes_travail.pdf", "RC", lab, b,
               header="Université de Haute-Loirette – RC n° 2027-DSI-011",
               footer="Règlement de la consultation – postes de travail", cols=2)


# ============================================================================ d02 – CCAP transports scolaires (PDF)
def d02():
    c = C("le Département", "tribunal administratif de Limoges", profil="https://achats.hautelisiere.fr",
          ref="TS-2027-07")
    pen = [["Manquement constaté", "Pénalité"],
           ["Retard supérieur à 10 minutes à l'arrivée à l'établissement", "80 € HT par service"],
           ["Service non assuré sans information préalable du Département", "400 € HT par service"],
           ["Service non assuré avec information préalable", "150 € HT par service"],
           ["Non-respect de l'itinéraire ou d'un point d'arrêt", "100 € HT par constat"],
           ["Véhicule non conforme au présent CCAP ou à la fiche véhicule", "300 € HT par jour"],
           ["Absence d'accompagnateur sur un circuit qui en comporte", "200 € HT par service"],
           ["Défaut de fonctionnement du système de géolocalisation", "50 € HT par jour"],
           ["Conducteur non déclaré ou sans carte de qualification", "500 € HT par constat"],
           ["Retard dans la transmission du rapport mensuel d'exploitation", "30 € HT par jour"],
           ["Heure d'insertion non réalisée à l'issue de la durée du marché", "45 € HT par heure"],
           ["Non-transmission des justificatifs d'insertion demandés par la facilitatrice", "60 € HT par jour"],
           ["Comportement inadapté d'un conducteur constaté par l'établissement", "150 € HT par constat"],
           ["Défaut de propreté intérieure du véhicule", "80 € HT par constat"],
           ["Non-transmission des relevés de consommation de carburant", "40 € HT par jour"]]
    b = [
        TITLE("DÉPARTEMENT DE LA HAUTE-LISIÈRE – Direction des mobilités",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Services réguliers de transport scolaire – Lot n° 7 : circuits du secteur de Montbrac",
              "Marché n° TS-2027-07 – Procédure d'appel d'offres ouvert"),
        A("Objet du marché",
          "Le présent CCAP fixe les stipulations administratives du lot n° 7 de la consultation relative à "
          "l'exécution des services réguliers de transport scolaire du Département, qui en comporte "
          "quatorze. Le lot n° 7 regroupe les circuits MB-01 à MB-09 desservant le collège Paul-Arène et les "
          "écoles du regroupement pédagogique de Montbrac.",
          "Le détail des circuits (itinéraires, points d'arrêt, horaires, effectifs prévisionnels) figure à "
          "l'annexe 1 du CCTP."),
        f_pieces(c, 0, ["l'acte d'engagement du lot n° 7 ;", "le présent CCAP ;",
                        "le CCTP et ses annexes (fiches circuits, règlement départemental des transports) ;",
                        "le bordereau des prix unitaires ;",
                        "le CCAG – fournitures courantes et services ;",
                        "l'offre technique du titulaire."]),
        A("Durée – reconduction",
          "Le marché prend effet le 1er septembre 2027 pour une période d'un an. Il est reconductible "
          "tacitement trois fois par période d'un an, soit une durée maximale de quatre ans s'achevant le "
          "31 août 2031. La décision de non-reconduction est notifiée au moins quatre mois avant l'échéance."),
        A("Forme du marché et montant",
          "Le marché est un accord-cadre à bons de commande passé en application des articles R. 2162-2 et "
          "R. 2162-13 du code de la commande publique. Il ne comporte pas de montant minimum.",
          "Il est conclu avec un montant maximum annuel de 210~000 € HT, soit 840~000 € HT pour la durée "
          "maximale de quatre ans. Les services occasionnels (sorties pédagogiques, circuits de "
          "substitution) s'imputent sur ce maximum."),
        A("Véhicules affectés au service",
          "Les véhicules sont des autocars ou autobus homologués pour le transport en commun de personnes, "
          "équipés de ceintures de sécurité à toutes les places et d'un éthylotest anti-démarrage, "
          "conformément à la réglementation.",
          "Au-delà de ces exigences légales, le titulaire s'engage sur les caractéristiques "
          "environnementales suivantes : tous les véhicules affectés au lot répondent au moins à la norme "
          "Euro VI ; au plus tard au début de la deuxième année d'exécution, un véhicule sur trois au moins "
          "fonctionne au bioGNV, au B100 ou à l'électricité ; les moteurs sont coupés à chaque arrêt "
          "prolongé de plus de deux minutes ; les conducteurs affectés suivent, dans les six premiers mois, "
          "une formation à l'écoconduite d'une journée.",
          "Le titulaire transmet chaque trimestre au Département les relevés de consommation de carburant "
          "des véhicules du lot ainsi que les kilomètres parcourus."),
        A("Conducteurs",
          "Les conducteurs sont titulaires du permis D et de la carte de qualification conducteur en cours de "
          "validité. Le titulaire veille au respect des temps de conduite et de repos du règlement (CE) n° "
          "561/2006 et tient à disposition les relevés des heures de service.",
          "Le titulaire communique avant la rentrée la liste des conducteurs affectés à chaque circuit. Tout "
          "changement durable de conducteur est signalé à l'établissement desservi."),
        A("Action d'insertion professionnelle",
          "Conformément à l'article L. 2112-2 du code de la commande publique, le marché comporte une "
          "condition d'exécution à caractère social. Le titulaire réalise une action d'insertion au profit "
          "de personnes rencontrant des difficultés sociales ou professionnelles particulières.",
          "Le volume d'heures à réaliser est fixé à 1¦SB¦600 heures sur la durée maximale du marché, à "
          "raison de 400 heures par période annuelle d'exécution. Les heures de formation qualifiante à la "
          "conduite de véhicules de transport en commun (titre professionnel de conducteur) sont prises en "
          "compte dans la limite de 30 % de ce volume.",
          "Sont notamment éligibles les demandeurs d'emploi de longue durée, les bénéficiaires du RSA, de "
          "l'ASS ou de l'AAH, les jeunes de moins de 26 ans sans qualification et les travailleurs reconnus "
          "handicapés. L'éligibilité est validée par la facilitatrice de la Maison de l'emploi du Pays de "
          "Montbrac (Mme Salomé Vernhes).",
          "Le titulaire peut s'acquitter de son engagement par embauche directe, par la mise à disposition "
          "de salariés par une entreprise de travail temporaire d'insertion ou un groupement d'employeurs "
          "pour l'insertion et la qualification, ou par la sous-traitance à une structure d'insertion.",
          "Il remet chaque trimestre un état nominatif des heures réalisées. Les heures non réalisées à "
          "l'issue du marché donnent lieu à la pénalité prévue à l'article suivant."),
        A("Pénalités",
          "Sans préjudice de la résiliation, les manquements suivants donnent lieu, après constat "
          "contradictoire ou rapport de l'établissement, aux pénalités ci-dessous, par dérogation à l'article "
          "14 du CCAG :"),
        RTAB(pen, widths=[3.6, 1.6], align="ll"),
        P("Les pénalités sont déduites des sommes dues au titulaire. Elles ne sont pas plafonnées."),
        f_prix(c, 1, indice="CNR « Autocar – synthèse »", base="M0 = juin 2027"),
        f_avance(c, 0),
        f_paiement(c, 2, 30),
        f_garanties(c, 1),
        f_assurances(c, 1),
        f_soustraitance(c, 2),
        A("Continuité du service",
          "En cas de grève, d'intempéries ou de tout événement affectant l'exécution, le titulaire informe "
          "sans délai le Département et les établissements. Il met en œuvre le plan de transport adapté "
          "validé avec le Département. Les services non exécutés ne sont pas rémunérés."),
        f_resiliation(c, 0),
        f_litiges(c, 0),
        f_derogations(c, 0, ["l'article 2 déroge à l'article 4.1 du CCAG ;",
                             "l'article 9 déroge à l'article 14 du CCAG."]),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1600, clause_environnementale=1,
            allotissement=1, nb_lots=14, montant_max_ht=840000,
            evidence=["qui en comporte quatorze",
                      "Le volume d'heures à réaliser est fixé à 1 600 heures sur la durée maximale du marché",
                      "tous les véhicules affectés au lot répondent au moins à la norme Euro VI",
                      "soit 840 000 € HT pour la durée maximale de quatre ans"])
    return DOC("d02_CCAP_TS-2027-07_lot7.pdf", "CCAP", lab, b,
               header="Département de la Haute-Lisière – Transport scolaire – Lot 7",
               footer="CCAP TS-2027-07", table_cut=("Manquement constaté", "Non-transmission des relevés de consommation"))


# ============================================================================ d03 – CCTP nettoyage OPH (PDF)
def d03():
    b = [
        TITLE("ARGONNE LOGIS – Office public de l'habitat",
              "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Nettoyage et entretien courant des parties communes des immeubles collectifs",
              "Lot n° 2 : résidences du secteur des Vallons"),
        H("1. Objet du CCTP"),
        P("Le présent cahier définit les prestations de nettoyage et d'entretien courant des parties "
          "communes des immeubles collectifs gérés par Argonne Logis sur le secteur des Vallons. Il "
          "s'applique au lot n° 2 de la consultation, qui comprend trois lots géographiques (lot 1 : "
          "centre-ville ; lot 2 : les Vallons ; lot 3 : communes rurales)."),
        P("Les prestations s'exécutent en milieu occupé. Le titulaire veille à la tranquillité des "
          "locataires et à la sécurité des personnes circulant dans les halls et escaliers."),
        H("2. Patrimoine concerné"),
        RTAB([["Résidence", "Adresse", "Logements", "Cages", "Ascenseurs"],
              ["Les Acacias", "2 à 8 rue Gabriel-Fauré", "64", "4", "4"],
              ["Le Clos Saint-Rémi", "11 allée des Vignes", "38", "2", "2"],
              ["Les Hauts de Vallon", "1 à 5 place du Marché", "96", "6", "6"],
              ["Résidence Colette", "27 rue du Stade", "24", "2", "0"],
              ["Les Tilleuls", "3 impasse des Tilleuls", "18", "1", "0"]],
             widths=[1.7, 2.2, 0.9, 0.7, 1.0], align="llrrr"),
        H("3. Consistance des prestations"),
        H2("3.1 Halls d'entrée et circulations"),
        P("Balayage humide et lavage des sols, essuyage des boîtes aux lettres, des portes palières et des "
          "interphones, nettoyage des vitrages des portes d'entrée sur les deux faces, enlèvement des "
          "toiles d'araignées, désinfection des poignées et boutons d'appel."),
        H2("3.2 Escaliers et paliers"),
        P("Balayage des marches et contremarches, lavage à fond une fois par mois, essuyage des mains "
          "courantes et des rampes, dépoussiérage des plinthes et des gaines techniques accessibles."),
        H2("3.3 Ascenseurs"),
        P("Nettoyage des cabines (sol, parois, miroirs, plafonnier accessible), des portes palières et des "
          "seuils. Le titulaire signale sans délai toute dégradation ou panne constatée."),
        H2("3.4 Locaux de service"),
        P("Nettoyage des locaux à conteneurs et des locaux vélos, sortie des bacs d'ordures ménagères la "
          "veille des jours de collecte et rentrée le jour même, lavage des bacs une fois par mois."),
        H("4. Fréquences"),
        RTAB([["Prestation", "Fréquence minimale"],
              ["Halls, paliers du rez-de-chaussée", "3 passages par semaine"],
              ["Escaliers et paliers d'étage", "1 passage par semaine"],
              ["Cabines d'ascenseur", "3 passages par semaine"],
              ["Vitrerie des portes d'entrée", "1 fois par semaine"],
              ["Lavage à fond des sols", "1 fois par mois"],
              ["Locaux à conteneurs", "1 fois par semaine"]], widths=[3, 2], align="ll"),
        H("5. Personnel"),
        P("Le titulaire affecte un personnel qualifié, encadré par un chef d'équipe joignable du lundi au "
          "vendredi de 7h00 à 19h00. Le personnel porte une tenue au nom de l'entreprise et un badge."),
        P("La reprise du personnel affecté au marché antérieur s'effectue dans les conditions de l'accord du "
          "5 mars 2002 annexé à la convention collective nationale des entreprises de propreté (annexe 7). "
          "La liste du personnel concerné figure en annexe 3."),
        H("6. Produits, matériels et méthodes"),
        P("Les produits d'entretien utilisés pour les prestations courantes (détergents multi-usages, "
          "nettoyants sols, nettoyants vitres, produits sanitaires) sont titulaires de l'Ecolabel européen "
          "ou d'un écolabel de type I équivalent. Le titulaire remet, au démarrage puis à chaque changement "
          "de référence, les fiches techniques et les fiches de données de sécurité."),
        P("Le dosage est réalisé au moyen de centrales de dilution ou de doseurs ; les aérosols et les "
          "produits désinfectants sont réservés aux seuls cas prévus au présent CCTP. Le lavage des sols "
          "et des surfaces est effectué avec des franges et lavettes en microfibres réutilisables, "
          "entretenues par le titulaire."),
        P("Le titulaire organise la reprise des bidons et emballages vides par ses fournisseurs ou leur "
          "dépôt en filière de recyclage ; il est interdit de les jeter dans les conteneurs des résidences. "
          "Un état annuel des quantités de produits consommées par résidence est remis au bailleur."),
        H("7. Contrôle de la qualité"),
        P("La qualité est contrôlée au moyen de la grille d'évaluation de l'annexe 2, lors de visites "
          "contradictoires mensuelles avec le gardien ou le responsable de secteur. Une note inférieure à "
          "70 sur 100 donne lieu à un repassage sous 24 heures et, en cas de récidive, aux pénalités du "
          "CCAP."),
        H("8. Cahier de liaison et réclamations"),
        P("Un cahier de liaison est tenu dans chaque loge ou, à défaut, sur l'application mobile du "
          "bailleur. Les réclamations des locataires transmises par le bailleur sont traitées sous 48 "
          "heures ouvrées."),
        H("9. Sécurité"),
        P("Le titulaire établit le plan de prévention prévu par les articles R. 4512-6 et suivants du code "
          "du travail avant tout démarrage. Il fournit à son personnel les équipements de protection "
          "individuelle adaptés et balise les zones de sol mouillé."),
        H("10. Horaires d'intervention"),
        P("Les prestations sont réalisées du lundi au samedi entre 6h00 et 20h00. Toute intervention en "
          "dehors de ces plages requiert l'accord préalable du responsable de secteur."),
    ]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=3,
            evidence=["s'applique au lot n° 2 de la consultation, qui comprend trois lots",
                      "sont titulaires de l'Ecolabel européen ou d'un écolabel de type I équivalent",
                      "leur dépôt en filière de recyclage"])
    return DOC("d03_CCTP_nettoyage_lot2.pdf", "CCTP", lab, b,
               header="Argonne Logis – CCTP nettoyage des parties communes – Lot 2",
               footer="CCTP – version du 12 janvier 2027")


# ============================================================================ d04 – AE réservé EA/ESAT (PDF)
def d04():
    b = [
        TITLE("COMMUNAUTÉ D'AGGLOMÉRATION BRENNE-ET-VARENNE",
              "ACTE D'ENGAGEMENT",
              "Numérisation, indexation et reconditionnement des registres d'état civil et des registres "
              "de délibérations",
              "Accord-cadre à bons de commande n° 2027-ARCH-02"),
        H("A – Objet de l'acte d'engagement"),
        P("Le présent acte d'engagement concerne l'accord-cadre de numérisation des fonds d'archives "
          "communautaires et communales conservés au centre d'archives intercommunal de Varennes-la-Fosse. "
          "L'accord-cadre n'est pas alloti : les opérations de préparation, de numérisation, d'indexation et "
          "de reconditionnement forment une chaîne unique qui ne peut être fractionnée sans risque pour "
          "l'intégrité des documents."),
        H("B – Marché réservé"),
        P("Le présent accord-cadre est réservé, en application de l'article L 2113-12 du Code de la commande "
          "publique, aux entreprises adaptées, aux établissements et services d'aide par le travail "
          "(E.S.A.T.) et aux structures équivalentes, dès lors qu'ils emploient une proportion minimale de "
          "50 % de travailleurs handicapés."),
        P("Le titulaire coche la case correspondant à sa situation :"),
        LST(["[ ] entreprise adaptée (article L. 5213-13 du code du travail) ;",
             "[ ] établissement ou service d'aide par le travail (article L. 344-2 du code de l'action "
             "sociale et des familles) ;",
             "[ ] structure équivalente établie dans un autre État membre (préciser) : ............"]),
        H("C – Identification du titulaire"),
        P("Nom, prénom et qualité du signataire : ................................................"),
        P("Dénomination de l'organisme gestionnaire et de l'établissement : .............................."),
        P("Adresse : .......................................... SIRET : .................... Code APE : ........"),
        P("Téléphone : .................... Courriel : ........................................"),
        H("D – Engagement"),
        P("Après avoir pris connaissance des pièces constitutives de l'accord-cadre énumérées à l'article 2 "
          "du CCAP, je m'engage, sur la base de mon offre et pour mon propre compte, à exécuter les "
          "prestations dans les conditions définies ci-après. L'offre ainsi présentée ne me lie toutefois "
          "que si son acceptation m'est notifiée dans un délai de 120 jours à compter de la date limite de "
          "réception des offres."),
        H("E – Prix et montant"),
        P("Les prestations sont rémunérées par application des prix unitaires du bordereau des prix annexé, "
          "aux quantités réellement commandées."),
        P("L'accord-cadre est conclu sans montant minimum et avec un montant maximum de 95¦SB¦000 € HT sur "
          "toute sa durée, période initiale et reconductions comprises."),
        H("F – Durée"),
        P("L'accord-cadre est conclu pour une durée d'un an à compter de sa notification, reconductible deux "
          "fois par période d'un an. Les bons de commande précisent les délais d'exécution, qui ne peuvent "
          "être inférieurs à quinze jours pour un lot de cinquante registres."),
        H("G – Compte à créditer"),
        P("Les sommes dues sont versées au compte ouvert au nom de : .................................."),
        P("IBAN : FR76 .... .... .... .... .... ... BIC : ..............  (joindre un RIB)"),
        H("H – Avance"),
        P("Je renonce au bénéfice de l'avance :   [ ] Non   [ ] Oui"),
        H("I – Sous-traitance"),
        P("Les prestations que j'envisage de sous-traiter, le nom des sous-traitants et le montant des "
          "prestations sous-traitées sont indiqués en annexe (formulaire DC4). Le montant total des "
          "prestations sous-traitées ne peut excéder 30 % du montant des bons de commande."),
        H("J – Signature du titulaire"),
        P("Fait en un seul original, à ...................., le ...................."),
        P("Signature (électronique) du représentant habilité :"),
        H("K – Acceptation de l'offre par l'acheteur"),
        P("Est acceptée la présente offre pour valoir acte d'engagement. À Varennes-la-Fosse, le "
          "...................... Le Président de la Communauté d'agglomération, par délégation, "
          "la Vice-présidente chargée de l'administration générale."),
        H("L – Notification"),
        P("La notification transforme le projet d'accord-cadre en accord-cadre. Date de réception de la "
          "notification par le titulaire : ...................."),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-12", allotissement=0, montant_max_ht=95000,
            evidence=["réservé, en application de l'article L 2113-12 du Code de la commande publique, aux "
                      "entreprises adaptées",
                      "L'accord-cadre n'est pas alloti",
                      "un montant maximum de 95 000 € HT sur toute sa durée"])
    return DOC("d04_AE_2027-ARCH-02.pdf", "AE", lab, b,
               header="CA Brenne-et-Varenne – Acte d'engagement – 2027-ARCH-02",
               footer="AE – numérisation des registres")


# ============================================================================ d05 – CCP de MAPA voirie (PDF, 2 col.)
def d05():
    c = C("la Commune", "tribunal administratif de Rennes", ccag="travaux", profil="https://www.megaachats-ouest.fr",
          ref="VRD-2027-03")
    b = [
        TITLE("COMMUNE DE SAINT-AUBIN-DES-GRÈVES (Ille-et-Vilaine)",
              "CAHIER DES CLAUSES PARTICULIÈRES (C.C.P.)",
              "Réfection de la voirie et des trottoirs – rue des Tanneurs et impasse du Lavoir",
              "Marché public de travaux passé selon la procédure adaptée (article R. 2123-1 1° du CCP)"),
        P("Le présent document tient lieu de règlement de la consultation et de cahier des clauses "
          "administratives particulières. Il est accepté sans modification par le candidat, qui le signe."),
        H("Article 1 – Objet et emplacement des travaux"),
        P("Les travaux comprennent le rabotage de la chaussée existante sur 4 cm, la reprise ponctuelle de "
          "la structure, la mise en œuvre d'une couche de roulement en béton bitumineux semi-grenu, la "
          "réfection des trottoirs en enrobé rouge, la mise à la cote des tampons et bouches à clé et la "
          "signalisation horizontale. Linéaire concerné : 420 mètres."),
        A("Allotissement",
          "Le marché n'est pas alloti. Conformément à l'article L. 2113-11 du code de la commande publique, "
          "la dévolution en lots séparés rendrait techniquement difficile la coordination des travaux de "
          "chaussée et de trottoirs réalisés sur une emprise unique, sous circulation alternée."),
        A("Estimation et financement",
          "L'estimation de l'administration s'élève à 186¦SB¦500 € HT. Les travaux sont financés sur le "
          "budget communal et par une subvention au titre de la dotation d'équipement des territoires "
          "ruraux."),
        A("Délais d'exécution",
          "La période de préparation est de trois semaines à compter de la notification. Le délai "
          "d'exécution des travaux est de huit semaines à compter de l'ordre de service de démarrage, "
          "prévisionnellement le 5 avril 2027. Les travaux sont interrompus pendant la semaine de la fête "
          "communale."),
        f_pieces(c, 2, ["le présent C.C.P. ;", "le cahier des clauses techniques particulières ;",
                        "le plan de situation et les profils en travers ;",
                        "le détail estimatif et le bordereau des prix unitaires ;",
                        "le CCAG – Travaux (arrêté du 30 mars 2021) ;",
                        "le mémoire technique du titulaire."]),
        A("Présentation des offres",
          "Le candidat remet le présent C.C.P. signé, le bordereau des prix et le détail estimatif complétés, "
          "un mémoire technique de dix pages au plus et les attestations d'assurance. Il joint la "
          "déclaration sur l'honneur prévue aux articles R. 2143-3 et suivants du code de la commande "
          "publique.",
          "Le mémoire technique présente successivement : la méthodologie d'exécution et le phasage ; le "
          "planning ; les moyens humains et matériels affectés au chantier ; les dispositions de gestion "
          "environnementale du chantier ; l'organisation retenue pour l'action d'insertion prévue à "
          "l'article 8."),
        A("Critères de jugement des offres",
          "L'offre économiquement la plus avantageuse est choisie en fonction des critères suivants :",
          ["prix des prestations : 55 points ;",
           "valeur technique, appréciée au vu du mémoire (méthodologie, phasage et planning, moyens "
           "affectés) : 35 points ;",
           "performances en matière de protection de l'environnement : 10 points, appréciées au regard "
           "du taux de réemploi ou de recyclage des matériaux de rabotage, des distances de transport "
           "vers les installations de traitement et des mesures de réduction du bruit et des poussières."],
          "La Commune se réserve la faculté de négocier avec les trois candidats les mieux classés."),
        A("Clause d'insertion",
          "En application de l'article L. 2112-2 du code de la commande publique, le titulaire réserve à des "
          "personnes engagées dans un parcours d'insertion un volume minimal de 280 heures de travail "
          "pendant la durée du chantier. Ces heures s'ajoutent à l'effectif permanent de l'entreprise.",
          "Les personnes concernées sont orientées par le facilitateur de la clause sociale de la Maison "
          "de l'emploi du Pays des Grèves (M. Dylan Kerhervé), qui vérifie leur éligibilité et accompagne l'entreprise. "
          "Le titulaire peut recourir à l'embauche directe, à une entreprise de travail temporaire "
          "d'insertion, à un groupement d'employeurs ou à la sous-traitance d'une partie des travaux à une "
          "entreprise d'insertion.",
          "Les heures effectuées de nuit ou le samedi ne sont pas majorées pour le décompte. Un bilan est "
          "remis au plus tard à la réception. À défaut de justification, une pénalité de 30 € HT par heure "
          "non réalisée est appliquée."),
        A("Gestion des déchets et des matériaux",
          "Le titulaire remet, pendant la période de préparation, un schéma d'organisation et de suivi de "
          "l'élimination des déchets de chantier (SOSED). Les fraisats d'enrobés sont acheminés vers une "
          "installation de recyclage ; leur mise en décharge est interdite.",
          "La couche de base reprofilée intègre au moins 20 % d'agrégats d'enrobés recyclés. Le titulaire "
          "justifie la traçabilité de l'ensemble des déchets évacués au moyen des bordereaux de suivi et "
          "d'un état récapitulatif remis avec le décompte final. Le lavage des toupies et des outils sur la "
          "voie publique est interdit."),
        A("Signalisation et circulation",
          "Le titulaire met en place et entretient la signalisation temporaire conformément à l'instruction "
          "interministérielle sur la signalisation routière (8e partie). L'accès des riverains et des "
          "services de secours est maintenu en permanence."),
        f_prix(c, 2, indice="TP09 « fabrication et mise en œuvre d'enrobés »", base="mars 2027"),
        f_avance(c, 2),
        f_garanties(c, 0),
        f_penalites(c, 0, unite="jour calendaire", montant="200"),
        A("Réception",
          "La réception a lieu dans les conditions de l'article 41 du CCAG – Travaux. Les essais de "
          "compacité et de planéité sont réalisés contradictoirement avant la réception, aux frais du "
          "titulaire."),
        f_assurances(c, 2),
        f_resiliation(c, 1),
        f_litiges(c, 2),
        P("Lu et accepté par le candidat (date, nom, qualité et signature) :"),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=280, clause_environnementale=1,
            critere_environnemental=1, allotissement=0, montant_estime_ht=186500,
            evidence=["Le marché n'est pas alloti",
                      "L'estimation de l'administration s'élève à 186 500 € HT",
                      "performances en matière de protection de l'environnement : 10 points",
                      "un volume minimal de 280 heures de travail",
                      "Les fraisats d'enrobés sont acheminés vers une installation de recyclage"])
    return DOC("d05_CCP_MAPA_voirie_rue_des_Tanneurs.pdf", "CCAP", lab, b,
               header="Saint-Aubin-des-Grèves – C.C.P. VRD-2027-03",
               footer="Réfection rue des Tanneurs – C.C.P.", cols=2)


# ============================================================================ d06 – RC denrées CH (PDF, 2 col.)
def d06():
    c = C("le Centre hospitalier", "tribunal administratif de Besançon", profil="https://www.achats-sante-est.fr",
          ref="CHIDV-2027-DA")
    lots = [["N°", "Intitulé du lot", "Est. annuelle HT"],
            ["1", "Viandes fraîches de boucherie", "96~000 €"],
            ["2", "Volailles et lapins frais", "54~000 €"],
            ["3", "Charcuterie", "31~000 €"],
            ["4", "Produits laitiers et fromages", "78~000 €"],
            ["5", "Produits surgelés", "88~000 €"],
            ["6", "Épicerie et conserves", "62~000 €"],
            ["7", "Fruits et légumes frais de 1re gamme", "70~000 €"],
            ["8", "Œufs et ovoproduits", "9~000 €"],
            ["9", "Légumes épluchés, 4e et 5e gammes", "24~000 €"],
            ["10", "Pain et viennoiseries", "40~000 €"],
            ["11", "Boissons", "18~000 €"],
            ["12", "Produits diététiques et compléments nutritionnels", "30~000 €"]]
    b = [
        TITLE("CENTRE HOSPITALIER INTERCOMMUNAL DES DEUX-VALLONS",
              "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture de denrées alimentaires pour l'unité centrale de production culinaire",
              "Appel d'offres ouvert – Accords-cadres à bons de commande – Réf. CHIDV-2027-DA"),
        A("Pouvoir adjudicateur",
          "Centre hospitalier intercommunal des Deux-Vallons, 3 rue de l'Hôpital, 25740 Morvillers-le-Doubs. "
          "SIRET 262~500~417~00029. Direction des achats, de la logistique et des travaux."),
        A("Objet",
          "La consultation a pour objet la fourniture des denrées alimentaires nécessaires à l'unité centrale "
          "de production culinaire (environ 1~900 repas par jour pour les patients, les résidents de l'EHPAD "
          "et le self du personnel)."),
        A("Allotissement",
          "Les prestations sont réparties en douze lots. Chaque lot fait l'objet d'un accord-cadre distinct. "
          "Les candidats peuvent répondre à un, plusieurs ou à l'ensemble des lots."),
        RTAB(lots, widths=[0.5, 3.0, 1.5], align="llr"),
        P("Le montant total estimé des douze lots s'établit à 2¦SB¦400~000 € HT pour la durée maximale de quatre "
          "ans. Les estimations annuelles du tableau sont indicatives."),
        A("Lot réservé",
          "Le lot n° 9 est réservé, conformément à l'article L 2113-12 du code de la commande publique, aux "
          "ESAT et aux entreprises adaptées ainsi qu'aux structures équivalentes employant au moins 50 % de "
          "travailleurs handicapés. Le candidat au lot n° 9 joint à sa candidature l'autorisation de "
          "l'agence régionale de santé ou la convention conclue avec l'État justifiant de son statut.",
          "Les autres lots ne sont pas réservés."),
        A("Durée",
          "Les accords-cadres sont conclus pour une durée d'un an à compter du 1er juillet 2027, "
          "reconductible trois fois par tacite reconduction."),
        r_dce(c, 0),
        r_candidature(c, 2),
        A("Contenu de l'offre",
          "Pour chaque lot, le candidat remet : l'acte d'engagement ; le bordereau des prix unitaires "
          "complété pour toutes les lignes ; le mémoire technique selon le cadre fourni ; les fiches "
          "techniques des produits ; pour les lots 1, 2, 4 et 7, l'indication, ligne par ligne, des produits "
          "relevant de l'article L. 230-5-1 du code rural et de la pêche maritime (signes de qualité, "
          "produits issus de l'agriculture biologique).",
          "Des échantillons peuvent être demandés pour la dégustation ; ils sont fournis gratuitement."),
        A("Critéres d'attribution",
          "Pour chaque lot, l'offre économiquement la plus avantageuse est déterminée au regard des "
          "critères pondérés suivants :",
          ["Prix : 45 % ;",
           "Qualité des produits (résultats de la dégustation, fiches techniques, régularité du calibrage) : "
           "30 % ;",
           "Performances en matière de protection de l'environnement : 15 %, notées au vu du mémoire : "
           "réduction et recyclabilité des conditionnements, reprise des emballages de transport, "
           "optimisation des tournées de livraison et motorisation des véhicules ;",
           "Délais et fiabilité des livraisons, gestion des dépannages : 10 %."],
          "Chaque critère est noté sur 10 puis pondéré. En cas d'égalité, le candidat ayant la meilleure "
          "note de qualité est classé premier."),
        r_negociation(c, 1),
        r_variantes(c, 2),
        r_depot(c, 0, date="22 avril 2027", heure="16h00"),
        r_validite(c, 0, 180),
        r_attributaire(c, 1),
        r_questions(c, 2),
        r_recours(c, 1),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=12,
            montant_estime_ht=2400000,
            evidence=["Les prestations sont réparties en douze lots",
                      "Le lot n° 9 est réservé, conformément à l'article L 2113-12 du code de la commande publique",
                      "Performances en matière de protection de l'environnement : 15 %",
                      "Le montant total estimé des douze lots s'établit à 2 400 000 € HT"])
    return DOC("d06_RC_denrees_alimentaires.pdf", "RC", lab, b,
               header="CHI des Deux-Vallons – RC CHIDV-2027-DA", footer="Règlement de consultation", cols=2)


# ============================================================================ d07 – RC assurances (PDF) – négatif
def d07():
    c = C("la Ville", "tribunal administratif de Dijon", profil="https://marches.montreval.fr", ref="ASS-2028")
    b = [
        TITLE("VILLE DE MONTREVAL-SUR-OURCE",
              "RÈGLEMENT DE LA CONSULTATION",
              "Souscription des contrats d'assurance de la Ville et de son centre communal d'action sociale",
              "Appel d'offres ouvert – Marchés n° ASS-2028-01 à ASS-2028-05"),
        A("Acheteur",
          "Ville de Montreval-sur-Ource, Hôtel de Ville, 1 place de la Libération, 21490 Montreval-sur-Ource. "
          "La Ville agit en qualité de coordonnateur du groupement de commandes constitué avec son centre "
          "communal d'action sociale (CCAS) par convention du 14 novembre 2027.",
          "La Ville est assistée pour la présente consultation par le cabinet Arpège Conseil Assurances, "
          "assistant à maîtrise d'ouvrage, qui n'est pas autorisé à soumissionner."),
        A("Objet et allotissement",
          "La consultation a pour objet la souscription, à compter du 1er janvier 2029, des contrats "
          "d'assurance suivants, répartis en cinq lots :",
          ["lot 1 : dommages aux biens et risques annexes ;",
           "lot 2 : responsabilité civile générale et atteintes à l'environnement ;",
           "lot 3 : flotte automobile et auto-collaborateurs ;",
           "lot 4 : protection juridique de la collectivité et protection fonctionnelle des agents et des "
           "élus ;",
           "lot 5 : risques statutaires du personnel affilié à la CNRACL."],
          "La garantie « atteintes à l'environnement » du lot 2 couvre les conséquences pécuniaires des "
          "pollutions accidentelles ou graduelles imputables aux activités de la Ville (ateliers "
          "municipaux, station de lavage, cuves de fioul). Son étendue est définie au cahier des charges du "
          "lot 2."),
        A("Valeur estimée",
          "La valeur totale estimée des cinq lots, pour la durée maximale de cinq ans, est de 620~000 € HT, "
          "hors taxe sur les conventions d'assurance. Cette valeur est calculée sur la base des primes "
          "actuellement acquittées."),
        A("Durée des contrats",
          "Les contrats sont conclus pour cinq ans à compter du 1er janvier 2029, avec faculté de résiliation "
          "annuelle par chacune des parties sous réserve d'un préavis de six mois avant l'échéance du "
          "1er janvier."),
        A("Conditions de participation",
          "Peuvent soumissionner les entreprises d'assurance agréées, seules ou en coassurance, ainsi que les "
          "intermédiaires d'assurance immatriculés à l'ORIAS qui présentent une offre pour le compte d'une "
          "compagnie désignée. Une même compagnie ne peut être présentée par plusieurs intermédiaires pour un "
          "même lot.",
          "Le marché n'est pas réservé. Toutefois, la Ville se réserve le droit de déclarer un lot sans suite "
          "pour motif d'intérêt général, notamment si les offres dépassent les crédits disponibles."),
        r_candidature(c, 0),
        A("Contenu des offres",
          "L'offre comprend, pour chaque lot : l'acte d'engagement ; le cahier des clauses particulières "
          "accepté sans réserve ou annoté des réserves ; l'annexe financière (taux, primes, franchises) ; "
          "un mémoire de gestion des sinistres ; les conditions générales de la compagnie.",
          "Les conditions générales de l'assureur ne s'appliquent que dans la mesure où elles ne sont pas "
          "contraires au cahier des charges. L'assureur qui entend obtenir l'insertion d'une clause "
          "d'exclusion particulière la mentionne expressément dans ses réserves."),
        A("Prestations supplémentaires éventuelles",
          "Les candidats chiffrent obligatoirement, en plus de l'offre de base : pour le lot 1, une "
          "franchise générale de 5~000 € ; pour le lot 3, l'assurance des véhicules électriques en "
          "bris de batterie ; pour le lot 5, une garantie « longue maladie » avec franchise de 30 jours."),
        A("Critères de jugement",
          "Les offres sont appréciées lot par lot selon les critères suivants :",
          ["adéquation de l'offre au cahier des charges, appréciée au vu de la nature et de l'étendue des "
           "réserves : 40 % ;",
           "tarification, appréciée au vu de la prime totale annuelle TTC : 40 % ;",
           "modalités de gestion des sinistres et des contrats (délais d'indemnisation, interlocuteur dédié, "
           "outils de déclaration en ligne, statistiques) : 20 %."],
          "Une réserve qui modifie substantiellement les garanties rend l'offre irrégulière."),
        r_negociation(c, 2),
        r_depot(c, 1, date="6 juin 2028", heure="11h30"),
        r_validite(c, 0, 180),
        r_attributaire(c, 2),
        r_questions(c, 1),
        A("Délibération et signature",
          "L'attribution des lots est soumise à la commission d'appel d'offres de la Ville. Les contrats sont "
          "signés par le Maire ou son représentant, et par la Vice-présidente du CCAS pour les garanties "
          "relevant de cet établissement."),
        r_recours(c, 2),
    ]
    lab = L(allotissement=1, nb_lots=5, montant_estime_ht=620000,
            evidence=["répartis en cinq lots",
                      "La valeur totale estimée des cinq lots, pour la durée maximale de cinq ans, est de 620 000 € HT"])
    return DOC("d07_RC_assurances_2029.pdf", "RC", lab, b,
               header="Ville de Montreval-sur-Ource – Consultation assurances 2029",
               footer="RC – Marchés ASS-2028-01 à 05")


# ============================================================================ d08 – CCAP maîtrise d'œuvre (PDF) – négatif
def d08():
    c = C("la Communauté de communes", "tribunal administratif de Toulouse", ccag="maîtrise d'œuvre",
          profil="https://marchespublics.coteaux-aurele.fr", ref="MOE-MSP-2027")
    b = [
        TITLE("COMMUNAUTÉ DE COMMUNES DES COTEAUX D'AURÈLE",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Marché de maîtrise d'œuvre – Construction d'une maison de santé pluriprofessionnelle à Lavit-sur-Gimone",
              "Procédure adaptée (articles R. 2123-1 et R. 2172-1) – Réf. MOE-MSP-2027"),
        A("Objet du marché",
          "Le marché a pour objet une mission de maîtrise d'œuvre pour la construction d'une maison de santé "
          "pluriprofessionnelle d'environ 780 m² de surface de plancher, sur la parcelle ZK 112, à proximité "
          "du groupe scolaire et de la halle.",
          "Le projet recherche une insertion urbaine et paysagère soignée dans l'environnement immédiat du "
          "bourg (alignement sur la rue, traitement des limites avec l'école, conservation des platanes "
          "existants). Le programme fonctionnel est annexé au présent CCAP."),
        A("Contenu de la mission",
          "La mission est une mission de base au sens des articles R. 2431-4 et suivants du code de la "
          "commande publique, comprenant les éléments ESQ, APS, APD, PRO, ACT, VISA, DET et AOR, complétée "
          "des missions complémentaires suivantes : OPC, SSI et diagnostic des réseaux existants.",
          "Le marché n'est pas décomposé en lots ni en tranches."),
        A("Composition de l'équipe",
          "Le mandataire de l'équipe est un architecte inscrit au tableau de l'Ordre, conformément à la loi "
          "n° 77-2 du 3 janvier 1977 sur l'architecture. L'équipe comprend au minimum des compétences en "
          "structure, fluides, économie de la construction et VRD."),
        f_pieces(c, 1, ["l'acte d'engagement et son annexe de répartition des honoraires ;",
                        "le présent CCAP ;", "le programme de l'opération et ses annexes ;",
                        "le CCAG – maîtrise d'œuvre ;", "l'offre du titulaire (note méthodologique)."]),
        A("Enveloppe financière de l'opération",
          "Le coût prévisionnel des travaux affecté par le maître d'ouvrage est fixé à 2¦SB¦150~000 € HT "
          "(valeur mai 2027). Le maître d'œuvre s'engage sur ce coût au stade de l'APD ; le coût "
          "prévisionnel définitif est alors arrêté par avenant."),
        A("Rémunération",
          "Le forfait provisoire de rémunération est égal au produit du taux de rémunération t proposé par le "
          "titulaire dans l'acte d'engagement par la part de l'enveloppe affectée aux travaux. Il devient "
          "définitif par avenant après acceptation de l'APD.",
          "Si le coût des travaux issu de la consultation des entreprises dépasse le coût prévisionnel "
          "définitif de plus de 5 %, le maître d'œuvre reprend gratuitement ses études pour aboutir à un "
          "projet compatible."),
        A("Délais d'études",
          "Les délais de remise des documents d'études sont les suivants, à compter de l'ordre de service "
          "correspondant : ESQ : 4 semaines ; APS : 5 semaines ; APD : 6 semaines ; PRO : 8 semaines ; DCE : "
          "2 semaines. Le délai de vérification des documents par le maître d'ouvrage est de trois semaines."),
        A("Pénalités",
          "En cas de retard dans la remise d'un document d'études, une pénalité de 1/3000e du forfait de "
          "rémunération est appliquée par jour calendaire de retard. L'absence non justifiée du maître "
          "d'œuvre à une réunion de chantier donne lieu à une pénalité de 250 € HT."),
        A("Documents à remettre",
          "Les documents sont remis sous forme numérique (PDF et formats natifs DWG et IFC) et en deux "
          "exemplaires papier pour l'APS et l'APD. Le dossier des ouvrages exécutés est vérifié par le "
          "maître d'œuvre avant sa remise au maître d'ouvrage."),
        A("Propriété intellectuelle",
          "Le maître d'ouvrage dispose des droits d'utilisation des résultats, y compris pour les travaux "
          "d'extension ultérieurs, sous réserve du respect du droit moral de l'architecte sur l'œuvre. "
          "L'option B de l'article 35 du CCAG – maîtrise d'œuvre s'applique."),
        f_avance(c, 1),
        f_paiement(c, 0, 30),
        f_assurances(c, 2),
        f_soustraitance(c, 1),
        f_resiliation(c, 2),
        f_litiges(c, 1),
    ]
    lab = L(allotissement=0,
            evidence=["Le marché n'est pas décomposé en lots ni en tranches."])
    return DOC("d08_CCAP_MOE_maison_sante.pdf", "CCAP", lab, b,
               header="CC des Coteaux d'Aurèle – MOE Maison de santé – CCAP",
               footer="MOE-MSP-2027 – CCAP", split=False)


# ============================================================================ d09 – CCTP électricité (PDF) – CE ambiguë
def d09():
    b = [
        TITLE("SYNDICAT DÉPARTEMENTAL D'ÉNERGIES DES MONTS D'OLTAN (SDE-MO)",
              "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Fourniture d'électricité et services associés pour les membres du groupement de commandes",
              "Accord-cadre 2028-2030 – Lot n° 2 : points de livraison en puissance supérieure à 36 kVA"),
        H("Chapitre 1 – Généralités"),
        H2("1.1 Objet"),
        P("Le présent CCTP définit les conditions techniques de fourniture d'électricité et des services "
          "associés pour les points de livraison du lot n° 2 (segments C4 et C2) des membres du groupement "
          "de commandes coordonné par le SDE-MO. La consultation comporte trois lots : lot 1, points de "
          "livraison C5 ; lot 2, points C4 et C2 ; lot 3, éclairage public."),
        H2("1.2 Périmètre"),
        P("Le lot n° 2 regroupe 214 points de livraison pour une consommation annuelle de référence de "
          "18,6 GWh. La liste des sites (PRM, adresse, puissance souscrite, formule tarifaire "
          "d'acheminement) figure à l'annexe 1. Le périmètre peut évoluer de plus ou moins 20 % en cours "
          "d'exécution sans modification des prix."),
        H("Chapitre 2 – Caractéristiques de l'électricité fournie"),
        H2("2.1 Origine de l'électricité"),
        P("L'électricité fournie est une électricité d'origine renouvelable. Le titulaire justifie, pour "
          "chaque année civile, de l'annulation dans le registre national de garanties d'origine "
          "correspondant à 100 % des quantités livrées au titre du lot, issues d'installations de "
          "production situées en France (hydraulique, éolien, photovoltaïque, biomasse)."),
        P("L'attestation d'annulation est transmise au coordonnateur au plus tard le 31 mars de l'année "
          "suivante. Elle précise les installations de production, leur technologie et leur date de mise en "
          "service."),
        H2("2.2 Qualité de la fourniture"),
        P("La qualité de l'onde et la continuité de l'alimentation relèvent du gestionnaire du réseau public "
          "de distribution, dans les conditions du contrat d'accès au réseau. Le titulaire assure "
          "l'interface avec le gestionnaire de réseau pour toute réclamation des membres."),
        H("Chapitre 3 – Services associés"),
        H2("3.1 Gestion des points de livraison"),
        P("Le titulaire traite les demandes de modification de puissance souscrite, de mise en service et de "
          "résiliation dans un délai de cinq jours ouvrés. Il conseille les membres sur l'optimisation des "
          "puissances souscrites au regard des courbes de charge."),
        H2("3.2 Facturation"),
        P("La facturation est mensuelle, sur index réels télé-relevés. Les factures distinguent la "
          "fourniture, l'acheminement (TURPE), les taxes et contributions (accise sur l'électricité, CTA) et "
          "le coût des garanties de capacité. Un fichier de facturation multisites au format .csv est "
          "transmis à chaque membre et au coordonnateur."),
        H2("3.3 Espace client et données"),
        P("Un espace client en ligne permet de consulter les factures, les index, les courbes de charge au "
          "pas de 10 minutes lorsque le compteur le permet et l'historique sur 36 mois. Les données sont "
          "exportables. Un interlocuteur unique est désigné pour le groupement."),
        H2("3.4 Bilan annuel"),
        P("Le titulaire remet chaque année au coordonnateur un bilan des consommations par membre et par "
          "site, les anomalies de facturation constatées et leur traitement, ainsi que les réclamations "
          "reçues."),
        H("Chapitre 4 – Changement de fournisseur"),
        P("Le basculement des points de livraison intervient le 1er janvier 2028 à 0 h. Le titulaire "
          "accomplit les démarches auprès du gestionnaire de réseau sans interruption de fourniture. Aucun "
          "frais de mise en service n'est facturé aux membres."),
        H("Chapitre 5 – Réunions de suivi"),
        P("Une réunion de lancement se tient dans le mois suivant la notification, puis une réunion annuelle "
          "de suivi au siège du SDE-MO, 7 boulevard des Tanneries, 12850 Sainte-Eulalie-d'Oltan."),
    ]
    lab = L(clause_environnementale="?", allotissement=1, nb_lots=3,
            evidence=["La consultation comporte trois lots",
                      "L'électricité fournie est une électricité d'origine renouvelable"])
    return DOC("d09_CCTP_electricite_lot2.pdf", "CCTP", lab, b,
               header="SDE des Monts d'Oltan – Groupement électricité 2028-2030 – CCTP lot 2",
               footer="CCTP – Fourniture d'électricité")


# ============================================================================ d10 – CCAP événementiel (PDF)
def d10():
    c = C("la Métropole", "tribunal administratif de Lyon", profil="https://marches.valmorance-metropole.fr",
          ref="EVT-2027-014")
    b = [
        TITLE("MÉTROPOLE DE VALMORANCE – Direction de l'emploi et de l'orientation",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Organisation logistique et technique du Forum métropolitain de l'orientation et des métiers",
              "Accord-cadre à bons de commande – Marché n° EVT-2027-014"),
        A("Objet",
          "Le marché porte sur la conception technique, l'installation, l'exploitation et le démontage du "
          "Forum métropolitain de l'orientation et des métiers, organisé chaque année en février au Parc des "
          "expositions de Valmorance (environ 12~000 visiteurs sur deux jours, 160 exposants).",
          "Le Forum accueille notamment un village de la transition écologique et un espace consacré aux "
          "structures de l'insertion par l'activité économique. Le choix des exposants et le contenu des "
          "conférences relèvent exclusivement de la Métropole.",
          "Le marché n'est pas alloti : la conception, le montage et l'exploitation du Forum exigent un "
          "pilote unique responsable de la sécurité de l'ensemble de la manifestation."),
        A("Forme et montant",
          "Le marché est un accord-cadre mono-attributaire exécuté par bons de commande, sans minimum, avec un "
          "montant maximum de 480~000 € HT pour sa durée totale (quatre éditions). Chaque édition fait "
          "l'objet d'un bon de commande établi sur la base du BPU et du plan d'implantation validé."),
        A("Durée",
          "L'accord-cadre est conclu pour un an à compter de sa notification et reconductible trois fois. "
          "Les éditions concernées sont celles de 2028 à 2031."),
        f_pieces(c, 2, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et le cahier des charges "
                        "sécurité du Parc des expositions ;", "le BPU ;", "le mémoire technique du titulaire."]),
        A("Accessibilité du Forum",
          "Le titulaire garantit que le Forum est accessible à tous les publics. Il s'engage en particulier, "
          "pour chaque édition :",
          ["à assurer l'interprétation en langue des signes française (LSF) et le sous-titrage en direct "
           "(vélotypie) de toutes les conférences de l'auditorium ;",
           "à produire le plan du Forum et le programme en version « facile à lire et à comprendre » (FALC) "
           "et en gros caractères ;",
           "à équiper les banques d'accueil de boucles à induction magnétique et à aménager un espace calme "
           "pour les visiteurs présentant des troubles du spectre autistique ;",
           "à former son personnel d'accueil à l'accueil des personnes en situation de handicap."],
          "Ces engagements s'ajoutent aux obligations réglementaires applicables aux établissements recevant "
          "du public, que le Parc des expositions respecte déjà."),
        A("Réduction et gestion des déchets de la manifestation",
          "Le titulaire conçoit et exploite le Forum selon les principes suivants, qui constituent des "
          "conditions d'exécution :",
          ["aucune vaisselle, gobelet ou bouteille en plastique à usage unique n'est distribué sur l'espace "
           "restauration ni sur les stands fournis par le titulaire ; la vaisselle réutilisable est lavée "
           "par le titulaire ;",
           "les éléments de stand, la signalétique et la moquette sont réutilisables d'une édition à l'autre "
           "ou, à défaut, remis à une filière de réemploi ; la moquette jetable est proscrite ;",
           "le tri des déchets est organisé en cinq flux au moins (papier-carton, plastique et métal, verre, "
           "biodéchets, résiduels), avec des points de collecte signalés ;",
           "un bilan des quantités de déchets par flux et de leur destination est remis dans le mois suivant "
           "chaque édition."]),
        A("Personnel et sécurité",
          "Le titulaire désigne un chef de projet et un responsable sécurité titulaire du SSIAP 2. Les agents "
          "de sécurité intervenant sur le Forum détiennent la carte professionnelle délivrée par le CNAPS.",
          "Le titulaire respecte les obligations relatives au détachement de salariés prévues aux articles "
          "L. 1262-1 et suivants du code du travail lorsqu'il fait intervenir des salariés établis hors de "
          "France."),
        A("Communication",
          "Le titulaire assure l'insertion du logo de la Métropole sur l'ensemble des supports produits et "
          "soumet les maquettes à validation. Il ne peut faire état du marché à des fins commerciales sans "
          "accord écrit."),
        f_prix(c, 0, indice="SYNTEC", base="décembre 2027"),
        f_avance(c, 1),
        f_paiement(c, 1, 30),
        f_penalites(c, 1, montant="500"),
        f_assurances(c, 0),
        f_soustraitance(c, 0),
        f_resiliation(c, 2),
        f_rgpd(c, 0),
        f_litiges(c, 0),
    ]
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=0, montant_max_ht=480000,
            evidence=["Le marché n'est pas alloti",
                      "montant maximum de 480 000 € HT pour sa durée totale (quatre éditions)",
                      "à assurer l'interprétation en langue des signes française (LSF)",
                      "aucune vaisselle, gobelet ou bouteille en plastique à usage unique n'est distribué"])
    return DOC("d10_CCAP_forum_orientation.pdf", "CCAP", lab, b,
               header="Métropole de Valmorance – CCAP EVT-2027-014",
               footer="Forum métropolitain de l'orientation et des métiers")


# ============================================================================ d11 – RC réhabilitation collège (PDF)
def d11():
    c = C("le Département", "tribunal administratif de Clermont-Ferrand", ccag="travaux",
          profil="https://marches.haut-mejean.fr", ref="COL-TIL-2027")
    lots = [["Lot", "Désignation", "Heures d'insertion"],
            ["1", "Démolition – gros œuvre – VRD", "700"],
            ["2", "Charpente bois – couverture – bardage", "350"],
            ["3", "Menuiseries extérieures aluminium", "–"],
            ["4", "Plâtrerie – isolation – faux plafonds", "–"],
            ["5", "Peinture – revêtements de sols souples", "210"],
            ["6", "Plomberie – chauffage – ventilation", "–"],
            ["7", "Électricité courants forts et faibles", "–"],
            ["8", "Ascenseur", "–"]]
    b = [
        TITLE("DÉPARTEMENT DU HAUT-MÉJEAN",
              "RÈGLEMENT DE LA CONSULTATION",
              "Restructuration et extension de la demi-pension du collège des Tilleuls à Bellerive-sur-Lanne",
              "Marchés de travaux – Procédure adaptée ouverte (article R. 2123-1 2° du code de la commande publique)"),
        A("Maître d'ouvrage",
          "Département du Haut-Méjean, Direction des bâtiments et de l'éducation, 2 cours Sablon, 63990 "
          "Ambreville. La maîtrise d'œuvre est assurée par le groupement Atelier Lanne Architectes "
          "(mandataire) et BET Combrailles Fluides."),
        A("Objet et décomposition",
          "Les travaux comprennent la démolition de l'ancienne salle de restauration, la construction d'une "
          "extension de 420 m² à ossature bois et la restructuration de la cuisine en site occupé.",
          "Ils sont répartis en huit lots traités par marchés séparés :"),
        RTAB(lots, widths=[0.6, 3.4, 1.4], align="llr"),
        P("Le montant prévisionnel des travaux, tous lots confondus, est de 4¦SB¦650~000 € HT. Les "
          "candidats peuvent présenter une offre pour un ou plusieurs lots."),
        A("Délais",
          "Le délai global d'exécution est de quatorze mois, période de préparation de deux mois incluse. "
          "Les travaux de la cuisine sont réalisés pendant les vacances scolaires d'été 2028."),
        A("Clause sociale d'insertion",
          "Les lots 1, 2 et 5 comportent une condition d'exécution relative à l'insertion professionnelle de "
          "personnes éloignées de l'emploi, détaillée à l'article 11 du CCAP. Le nombre minimal d'heures de "
          "travail à réaliser par le titulaire est indiqué dans le tableau de l'article 2, soit 1~260 heures "
          "pour l'ensemble de l'opération.",
          "Les candidats peuvent se rapprocher du facilitateur du PLIE du Val de Lanne (Mme Agathe Roumégoux) "
          "pour préparer leur offre."),
        A("Charte de chantier à faibles nuisances",
          "Les entreprises de tous les lots s'engagent à respecter la charte de chantier à faibles nuisances "
          "annexée au CCAP : tri des déchets à la source dans des bennes séparées, réduction du bruit aux "
          "abords du collège, propreté des accès, suivi des consommations d'eau et d'électricité du "
          "chantier. L'acte d'engagement de chaque lot vaut adhésion à cette charte."),
        A("Visite du site",
          "Une visite du collège est obligatoire pour les lots 1, 4 et 6 ; elle a lieu les 12 et 19 janvier "
          "2028 à 14h00 sur rendez-vous. Une attestation de visite est remise."),
        r_dce(c, 2),
        r_candidature(c, 1),
        A("Contenu de l'offre",
          "L'offre comprend, pour chaque lot : l'acte d'engagement ; la décomposition du prix global et "
          "forfaitaire ; un mémoire technique comportant les rubriques suivantes : méthodologie et "
          "organisation du chantier ; moyens humains et matériels ; provenance des principaux matériaux ; "
          "gestion des déchets et des nuisances ; pour les lots 1, 2 et 5, modalités de mise en œuvre de "
          "l'action d'insertion (accueil, tutorat, formation)."),
        A("Jugement des offres",
          "Les critères de jugement, identiques pour tous les lots sauf pour le sous-critère d'insertion, "
          "sont les suivants :",
          ["prix : 50 % ;",
           "valeur technique : 35 %, dont méthodologie et organisation (20 %) et moyens humains et "
           "matériels (15 %) ;",
           "gestion environnementale du chantier (tri et valorisation des déchets, nuisances sonores et "
           "poussières) : 10 % ;",
           "pour les lots 1, 2 et 5, qualité de l'accompagnement des publics en insertion (accueil, "
           "tutorat, formation) : 5 % ; pour les autres lots, ces 5 % sont ajoutés au critère "
           "méthodologie et organisation."]),
        SPLIT("Après analyse des offres, le Département peut engager des négociations avec les candidats "
              "dont les offres sont classées dans les trois premières places, par écrit ou lors d'auditions, "
              "et ces négociations peuvent porter",
              "sur l'ensemble des éléments de l'offre, y compris le prix. Le Département peut aussi attribuer "
              "le marché sans négociation sur la base des offres initiales."),
        r_depot(c, 1, date="2 février 2028", heure="12h00"),
        r_validite(c, 0, 120),
        r_attributaire(c, 0),
        r_questions(c, 1),
        r_recours(c, 0),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1260, critere_social=1,
            clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=8,
            montant_estime_ht=4650000,
            evidence=["répartis en huit lots",
                      "soit 1 260 heures pour l'ensemble de l'opération",
                      "qualité de l'accompagnement des publics en insertion",
                      "gestion environnementale du chantier (tri",
                      "s'engagent à respecter la charte de chantier à faibles nuisances",
                      "est de 4 650 000 € HT"])
    return DOC("d11_RC_college_des_Tilleuls.pdf", "RC", lab, b,
               header="Département du Haut-Méjean – Collège des Tilleuls – RC",
               footer="Consultation COL-TIL-2027", split=True)


# ============================================================================ d12 – CCTP vêtements de travail (PDF)
def d12():
    b = [
        TITLE("SYNDICAT INTERCOMMUNAL DES EAUX DU CAUSSE-MEYROL",
              "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Fourniture de vêtements de travail, de vêtements de haute visibilité et d'équipements de "
              "protection individuelle",
              "Accord-cadre à bons de commande n° SIECM-2027-VT"),
        H("ARTICLE 1 – OBJET"),
        P("Le présent cahier fixe les spécifications techniques des vêtements de travail et des équipements "
          "de protection individuelle destinés aux agents du Syndicat (exploitation des réseaux, usines de "
          "traitement, laboratoire, services administratifs), soit environ 140 agents."),
        P("Le marché ne fait pas l'objet d'un allotissement, la dotation de chaque agent formant un ensemble "
          "homogène géré sur un catalogue unique."),
        H("ARTICLE 2 – NORMES ET CARACTÉRISTIQUES"),
        P("Les articles sont conformes au règlement (UE) 2016/425 et aux normes suivantes : EN ISO 13688 "
          "(exigences générales), EN ISO 20471 classe 2 ou 3 (haute visibilité), EN 343 (protection contre la "
          "pluie), EN 14058 (froid modéré), EN ISO 20345 S3 (chaussures de sécurité). Les conditions "
          "d'utilisation sont celles d'un travail en extérieur par tous temps, en tranchée et en milieu "
          "humide."),
        P("Les textiles en contact avec la peau sont certifiés OEKO-TEX Standard 100 ou équivalent."),
        RTAB([["Famille", "Articles types", "Exigence minimale"],
              ["Tenues de travail", "Pantalon, veste, cotte, bermuda", "Polyester/coton 240 g/m², renforts genoux"],
              ["Haute visibilité", "Parka, gilet, tee-shirt, pantalon", "EN ISO 20471 classe 2 ou 3"],
              ["Pluie et froid", "Veste de pluie, parka 3 en 1", "EN 343 classe 3/3, EN 14058"],
              ["Chaussures", "Brodequins, bottes, chaussures basses", "EN ISO 20345 S3 ou S5"],
              ["Laboratoire", "Blouse, sur-blouse", "Coton 100 %, boutons-pression"]],
             widths=[1.4, 2.2, 2.4], align="lll"),
        H("ARTICLE 3 – CONDITIONS SOCIALES DE FABRICATION"),
        P("Le titulaire s'engage à ce que les articles livrés soient fabriqués dans des conditions "
          "respectant les conventions fondamentales de l'Organisation internationale du travail, notamment "
          "les conventions n° 29 et 105 (travail forcé), 87 et 98 (liberté syndicale et négociation "
          "collective), 100 et 111 (égalité de rémunération et non-discrimination), 138 et 182 (travail des "
          "enfants)."),
        P("Il communique, dans le mois suivant la notification, la liste des sites de confection (pays, "
          "ville, raison sociale) des articles du catalogue et la met à jour à chaque changement. Sur "
          "demande du Syndicat, il transmet les rapports d'audits sociaux réalisés par un tiers indépendant "
          "(SA8000, amfori BSCI, WRAP ou équivalent) datant de moins de deux ans."),
        P("Lorsqu'un manquement est identifié, le titulaire présente sous un mois un plan d'action "
          "correctif et en rend compte à chaque réunion de suivi. À défaut, le Syndicat peut exiger le "
          "remplacement de la référence concernée par une référence équivalente fabriquée sur un autre "
          "site, sans surcoût."),
        H("ARTICLE 4 – EMBALLAGES ET FIN DE VIE"),
        P("Les articles sont livrés regroupés par agent, sans emballage individuel en plastique ; les cartons "
          "utilisés sont recyclés et recyclables. Les livraisons sont groupées en une seule expédition par "
          "commande."),
        P("Le titulaire reprend gratuitement, lors des livraisons, les vêtements usagés restitués par les "
          "agents et les oriente vers une filière de réemploi ou de recyclage textile. Il en communique les "
          "quantités une fois par an."),
        H("ARTICLE 5 – PRISE DE MESURES ET ESSAYAGES"),
        P("Une séance de prise de mesures est organisée au démarrage sur les sites de Meyrol et de "
          "Saint-Clément-des-Plaines. Les tailles sont ensuite gérées dans l'espace client du titulaire. Les "
          "échanges de taille sont gratuits dans un délai de trente jours."),
        H("ARTICLE 6 – MARQUAGE"),
        P("Les vêtements portent le logo du Syndicat, brodé ou transféré, à l'emplacement défini à l'annexe "
          "2. Le marquage résiste à cinquante lavages à 60 °C."),
        H("ARTICLE 7 – DÉLAIS DE LIVRAISON"),
        P("Le délai de livraison est de quinze jours ouvrés pour les articles du catalogue et de trente "
          "jours pour les articles marqués. Les livraisons ont lieu au magasin central, zone de la "
          "Fontanelle, du lundi au jeudi de 8h00 à 11h30."),
        H("ARTICLE 8 – CONTRÔLE ET GARANTIE"),
        P("Le Syndicat contrôle la conformité des livraisons à réception. Les articles non conformes sont "
          "repris et remplacés sous dix jours. Les articles sont garantis un an contre tout défaut de "
          "fabrication."),
    ]
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=0,
            evidence=["Le marché ne fait pas l'objet d'un allotissement",
                      "fabriqués dans des conditions respectant les conventions fondamentales de l'Organisation "
                      "internationale du travail",
                      "sans emballage individuel en plastique",
                      "les oriente vers une filière de réemploi ou de recyclage textile"])
    return DOC("d12_CCTP_vetements_travail_EPI.pdf", "CCTP", lab, b,
               header="SIE du Causse-Meyrol – CCTP vêtements de travail et EPI",
               footer="SIECM-2027-VT")


# ============================================================================ d13 – AE d'un lot avec insertion (PDF)
def d13():
    b = [
        TITLE("HABITAT DES TROIS RIVES – Société anonyme d'HLM",
              "ACTE D'ENGAGEMENT",
              "Réhabilitation thermique et mise en accessibilité de 48 logements – Résidence Les Coudriers",
              "Lot n° 3 : Menuiseries extérieures PVC et occultations"),
        H("ARTICLE 1 – CONTRACTANTS"),
        P("Maître d'ouvrage : Habitat des Trois Rives, 9 quai de la Saône, 71280 Vernay-sur-Saône, "
          "représenté par son Directeur général, M. Hervé Castaing."),
        P("Le titulaire :"),
        P("[ ] s'engage pour son propre compte ;   [ ] engage la société ..................... sur la base de son offre ;"),
        P("[ ] est le mandataire du groupement (conjoint / solidaire) composé de : ......................"),
        P("Raison sociale : ...................... Adresse : ......................... SIRET : ................"),
        H("ARTICLE 2 – OBJET ET DÉCOMPOSITION"),
        P("Le présent acte d'engagement concerne le lot n° 3 de l'opération de réhabilitation de la "
          "résidence Les Coudriers, dont les travaux sont répartis en six lots traités par marchés "
          "séparés : 1 – isolation thermique par l'extérieur ; 2 – couverture et étanchéité ; 3 – "
          "menuiseries extérieures ; 4 – ventilation ; 5 – électricité ; 6 – plâtrerie et peinture."),
        H("ARTICLE 3 – PRIX"),
        P("Les travaux sont rémunérés par un prix global et forfaitaire, dont le montant est :"),
        RTAB([["", "Montant"], ["Montant HT", "........................ €"], ["TVA au taux de 5,5 %", "........................ €"],
              ["Montant TTC", "........................ €"]], widths=[2.5, 2.5], align="lr"),
        P("Arrêté en lettres à : ......................................................................"),
        H("ARTICLE 4 – DÉLAI D'EXÉCUTION"),
        P("Le délai d'exécution du lot est de seize semaines, à l'intérieur du calendrier général de "
          "l'opération, période de préparation de quatre semaines non comprise. Il court à compter de la "
          "date fixée par l'ordre de service de démarrage du lot."),
        H("ARTICLE 5 – ENGAGEMENT D'INSERTION"),
        P("Conformément à l'article 12 du CCAP, le titulaire du lot n° 3 s'engage à réserver au moins 420 "
          "heures de travail à des personnes rencontrant des difficultés d'accès à l'emploi, pendant "
          "l'exécution du lot. Il en précise ci-dessous les modalités envisagées :"),
        P("[ ] embauche directe   [ ] mise à disposition (ETTI, AI, GEIQ)   [ ] sous-traitance ou cotraitance "
          "avec une structure d'insertion"),
        P("Nom et coordonnées du référent interne chargé du suivi : ............................................"),
        H("ARTICLE 6 – PAIEMENT"),
        P("Le maître d'ouvrage se libère des sommes dues en faisant porter le montant au crédit du compte "
          "ci-dessous (joindre un RIB) : IBAN ...................................... BIC ............"),
        P("Répartition des paiements en cas de groupement : voir annexe."),
        H("ARTICLE 7 – AVANCE"),
        P("Je renonce au bénéfice de l'avance : [ ] OUI   [ ] NON"),
        H("ARTICLE 8 – SOUS-TRAITANCE"),
        P("Montant des prestations envisagées en sous-traitance (annexes DC4) : ..................... € HT"),
        H("ARTICLE 9 – SIGNATURE"),
        P("J'affirme sous peine de résiliation du marché à mes torts exclusifs que la société pour laquelle "
          "j'interviens ne tombe pas sous le coup des interdictions découlant des articles L. 2141-1 à "
          "L. 2141-5 du code de la commande publique."),
        P("Fait à .................... le .................... Signature du candidat :"),
        H("ARTICLE 10 – ACCEPTATION DE L'OFFRE"),
        P("Est acceptée la présente offre pour valoir acte d'engagement. À Vernay-sur-Saône, le "
          "...................... Le Directeur général d'Habitat des Trois Rives."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=420, allotissement=1, nb_lots=6,
            evidence=["s'engage à réserver au moins 420 heures de travail à des personnes rencontrant des "
                      "difficultés d'accès à l'emploi",
                      "répartis en six lots traités par marchés séparés"])
    return DOC("d13_AE_lot03_menuiseries.pdf", "AE", lab, b,
               header="Habitat des Trois Rives – Les Coudriers – AE lot 3",
               footer="Acte d'engagement – lot 3")


# ============================================================================ d14 – CCAP gardiennage (PDF)
def d14():
    c = C("la Communauté urbaine", "tribunal administratif de Nantes", profil="https://marches.lorvenne.fr",
          ref="SURV-2027-22")
    b = [
        TITLE("COMMUNAUTÉ URBAINE DE LORVENNE",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Prestations de surveillance humaine, de gardiennage et de sécurité incendie des bâtiments "
              "communautaires",
              "Appel d'offres ouvert n° SURV-2027-22"),
        A("Objet du marché",
          "Le marché porte sur la surveillance humaine, le gardiennage, les rondes, la sécurité incendie "
          "(SSIAP) et le filtrage des accès de l'hôtel communautaire, du centre technique de la Bréhaudière, "
          "de la médiathèque centrale et du conservatoire.",
          "Le marché fait l'objet d'un lot unique. Les prestations, exécutées par des équipes polyvalentes "
          "tournant entre les sites, ne peuvent être dissociées sans nuire à la continuité de la "
          "surveillance."),
        f_pieces(c, 0, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et les consignes de sites ;",
                        "le bordereau des prix unitaires et le devis quantitatif estimatif ;",
                        "le CCAG – fournitures courantes et services ;", "le mémoire technique du titulaire."]),
        A("Forme et montant",
          "Le marché est un accord-cadre exécuté par bons de commande pour les prestations ponctuelles et "
          "comporte une partie forfaitaire pour la surveillance permanente. Le montant maximum des "
          "prestations, parties forfaitaire et à bons de commande confondues, est fixé à 380~000 € HT par "
          "an, soit 1~520~000 € HT sur la durée maximale du marché."),
        A("Durée",
          "Le marché est conclu pour une période initiale de deux ans à compter du 1er janvier 2028, "
          "reconductible une fois pour deux ans."),
        A("Personnel affecté au marché",
          "Les agents détiennent la carte professionnelle délivrée par le Conseil national des activités "
          "privées de sécurité et, pour les missions de sécurité incendie, le diplôme SSIAP correspondant. "
          "Le titulaire communique leur liste et leurs qualifications avant le démarrage.",
          "La reprise des salariés affectés au marché précédent s'effectue conformément à l'accord du 28 "
          "janvier 2011 relatif à la reprise du personnel, annexé à la convention collective nationale des "
          "entreprises de prévention et de sécurité. Cette obligation conventionnelle s'impose au titulaire "
          "indépendamment du présent CCAP."),
        A("Égalité professionnelle et lutte contre les discriminations",
          "Pendant toute la durée du marché, le titulaire met en œuvre au bénéfice du personnel affecté aux "
          "sites communautaires les actions suivantes, qui constituent une condition d'exécution au sens de "
          "l'article L. 2112-2 du code de la commande publique :",
          ["une formation d'une demi-journée au moins à la prévention des discriminations et du "
           "harcèlement, dispensée dans les six mois suivant la notification à tous les agents affectés et "
           "à leur encadrement, puis à chaque nouvel agent ;",
           "le recrutement des agents nouvellement affectés au marché selon une procédure fondée sur des "
           "critères objectifs, sans mention de l'âge, de l'adresse ni de la photographie dans les "
           "candidatures examinées ;",
           "la remise, chaque année, d'un bilan sexué des effectifs affectés (postes, horaires de nuit, "
           "rémunérations moyennes, promotions) et, le cas échéant, d'un plan de rattrapage."],
          "Le non-respect de ces engagements, constaté par le comité de suivi, donne lieu à une pénalité de "
          "500 € HT par engagement et par semestre."),
        A("Horaires et planning",
          "Les plannings prévisionnels sont transmis le 20 de chaque mois pour le mois suivant. Les "
          "vacations de nuit s'effectuent de 20h00 à 7h00. La durée maximale de travail des agents respecte "
          "les dispositions conventionnelles ; aucune vacation ne peut excéder douze heures."),
        f_prix(c, 1, indice="« Prévention et sécurité » publié par l'INSEE", base="octobre 2027"),
        f_avance(c, 0),
        f_paiement(c, 0, 30),
        A("Pénalités d'exploitation",
          "Tout poste non tenu donne lieu à une pénalité égale à trois fois le prix horaire du poste par "
          "heure non assurée. Le retard de prise de poste supérieur à quinze minutes est pénalisé à "
          "hauteur de 50 € HT par occurrence. L'absence de main courante renseignée est pénalisée à hauteur "
          "de 100 € HT par jour."),
        f_garanties(c, 1),
        f_assurances(c, 1),
        f_soustraitance(c, 2),
        f_rgpd(c, 2),
        f_resiliation(c, 0),
        f_litiges(c, 2),
    ]
    lab = L(clause_sociale=1, allotissement=0, montant_max_ht=1520000,
            evidence=["Le marché fait l'objet d'un lot unique",
                      "soit 1 520 000 € HT sur la durée maximale du marché",
                      "une formation d'une demi-journée au moins à la prévention des discriminations",
                      "la remise, chaque année, d'un bilan sexué des effectifs affectés"])
    return DOC("d14_CCAP_surveillance_gardiennage.pdf", "CCAP", lab, b,
               header="Communauté urbaine de Lorvenne – CCAP SURV-2027-22",
               footer="Surveillance humaine et gardiennage – CCAP")


# ============================================================================ d15 – RC réservé EA/ESAT + SIAE (DOCX)
def d15():
    c = C("le Département", "tribunal administratif de Grenoble", profil="https://marchespublics.valdaurene.fr",
          ref="DAG-2027-MSP")
    b = [
        TITLE("DÉPARTEMENT DU VAL-D'AURÈNE – Direction des affaires générales",
              "Règlement de la consultation",
              "Mise sous pli, affranchissement et dépôt du courrier en nombre",
              "Procédure adaptée – Marché réservé – Consultation DAG-2027-MSP"),
        A("Objet de la consultation",
          "La consultation porte sur la mise sous pli des courriers de masse du Département (avis de "
          "paiement des prestations sociales, convocations, magazine des aînés, campagnes d'information), "
          "leur affranchissement au tarif industriel et leur dépôt auprès de l'opérateur postal. Les "
          "volumes annuels sont estimés à 310~000 plis.",
          "Le marché n'est pas alloti, les opérations formant une chaîne continue de traitement sous "
          "responsabilité unique."),
        A("Marché réservé",
          "En application des articles L. 2113-12, L. 2113-13 et L. 2113-14 du code de la commande publique, "
          "le marché est réservé à la fois :",
          ["aux entreprises adaptées, aux établissements et services d'aide par le travail et aux structures "
           "équivalentes, qui emploient au moins 50 % de travailleurs handicapés ;",
           "aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du "
           "travail et aux structures équivalentes, qui emploient au moins 50 % de travailleurs défavorisés."],
          "Un groupement peut associer des structures relevant de l'une et l'autre de ces catégories."),
        A("Montant et durée",
          "Le montant estimatif des prestations est de 96~000 € HT sur la durée totale du marché, soit trois "
          "ans (un an reconductible deux fois). Le marché est exécuté par bons de commande sans montant "
          "minimum ni maximum.",
          "Les frais d'affranchissement sont refacturés au réel, sans marge, et ne sont pas compris dans ce "
          "montant."),
        r_dce(c, 1),
        A("Candidature",
          "Outre les pièces mentionnées ci-dessous, le candidat justifie de son appartenance à l'une des "
          "catégories de l'article 2 : agrément ou contrat pluriannuel d'objectifs et de moyens pour les "
          "entreprises adaptées, autorisation de l'agence régionale de santé pour les ESAT, "
          "conventionnement par les services de l'État pour les structures d'insertion.",
          ["lettre de candidature (DC1) ou équivalent ;",
           "déclaration du candidat (DC2) ou équivalent ;",
           "références de prestations de mise sous pli des trois dernières années ;",
           "description du parc de machines (mise sous pli, adressage, affranchissement)."]),
        A("Contenu de l'offre",
          "Le candidat remet l'acte d'engagement, le bordereau des prix unitaires complété et un mémoire "
          "technique décrivant : l'organisation de l'atelier et les capacités de production journalières ; "
          "la sécurisation des données personnelles et la confidentialité des envois ; les délais de "
          "traitement ; l'encadrement et l'accompagnement des travailleurs affectés aux prestations."),
        A("Critères de sélection des offres",
          "Les offres sont classées au regard des critères suivants :"),
        TAB([["Critère", "Pondération", "Méthode"],
             ["Prix", "50 %", "Note = 50 x prix le plus bas / prix de l'offre, sur la base d'une commande type"],
             ["Valeur technique", "35 %", "Organisation de l'atelier, capacités, délais, confidentialité"],
             ["Accompagnement socioprofessionnel des travailleurs", "15 %",
              "Encadrement, formation et parcours proposés aux travailleurs handicapés ou en insertion affectés "
              "aux prestations"]]),
        r_negociation(c, 0),
        r_variantes(c, 0),
        r_depot(c, 2, date="15 mars 2027", heure="17h00"),
        r_validite(c, 0, 90),
        r_attributaire(c, 1),
        r_recours(c, 1),
    ]
    lab = L(critere_social=1, marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=0,
            montant_estime_ht=96000,
            evidence=["En application des articles L. 2113-12, L. 2113-13 et L. 2113-14",
                      "le marché est réservé à la fois",
                      "Accompagnement socioprofessionnel des travailleurs",
                      "Le marché n'est pas alloti",
                      "Le montant estimatif des prestations est de 96 000 € HT"])
    return DOC("d15_RC_mise_sous_pli_reserve.docx", "RC", lab, b,
               header="Département du Val-d'Aurène – RC DAG-2027-MSP",
               footer="Mise sous pli et affranchissement")


# ============================================================================ d16 – CCAP imprimerie, lot réservé travail pénitentiaire (DOCX)
def d16():
    c = C("la Ville", "tribunal administratif de Poitiers", profil="https://rocheval.marches-publics.info",
          ref="COM-2027-IMP")
    b = [
        TITLE("VILLE DE ROCHEVAL – Direction de la communication",
              "Cahier des clauses administratives particulières",
              "Impression, façonnage et conditionnement des supports de communication municipaux",
              "Accords-cadres à bons de commande – 2 lots – Réf. COM-2027-IMP"),
        A("Objet et décomposition",
          "Le présent CCAP s'applique aux deux lots de la consultation :",
          ["lot n° 1 : impression offset et numérique du magazine municipal « Rocheval Mag » (10 numéros par "
           "an, 18~500 exemplaires), des guides et des affiches ;",
           "lot n° 2 : travaux de façonnage manuel, d'encartage, de mise sous film et de conditionnement des "
           "supports imprimés."],
          "Chaque lot fait l'objet d'un accord-cadre mono-attributaire distinct."),
        A("Réservation du lot n° 2",
          "Le lot n° 2 est réservé, en application de l'article L. 2113-13-1 du code de la commande "
          "publique, aux opérateurs économiques qui emploient des personnes détenues dans le cadre d'un "
          "contrat d'emploi pénitentiaire, dès lors que la proportion minimale de personnes détenues parmi "
          "les travailleurs affectés aux prestations est atteinte.",
          "Le candidat au lot n° 2 précise l'établissement pénitentiaire dans lequel les prestations seront "
          "réalisées et les conditions d'enlèvement et de livraison des supports, qui sont assurées par le "
          "titulaire du lot n° 1 depuis et vers l'établissement."),
        A("Montants",
          "Les accords-cadres sont conclus sans montant minimum et avec les montants maximums suivants, pour "
          "la durée totale de quatre ans : lot n° 1 : 240~000 € HT ; lot n° 2 : 36~000 € HT."),
        A("Durée",
          "Chaque accord-cadre est conclu pour un an à compter du 1er janvier 2028, reconductible trois fois "
          "par période d'un an."),
        f_pieces(c, 1, ["l'acte d'engagement du lot ;", "le présent CCAP ;", "le CCTP ;",
                        "le bordereau des prix unitaires du lot ;",
                        "le CCAG – fournitures courantes et services ;", "le mémoire technique du titulaire."]),
        A("Exigences environnementales d'exécution (lot n° 1)",
          "Le titulaire du lot n° 1 réalise les impressions :",
          ["sur papier recyclé ou sur papier issu de forêts gérées durablement, certifié FSC ou PEFC ou "
           "équivalent, avec chaîne de contrôle justifiée sur chaque facture ;",
           "avec des encres à base d'huiles végétales, sans solvant aromatique ;",
           "dans un atelier titulaire de la marque Imprim'Vert ou justifiant de pratiques équivalentes "
           "(élimination des déchets dangereux par une filière agréée, absence de produits toxiques, "
           "sensibilisation du personnel)."],
          "Les chutes de papier, les plaques offset usagées et les emballages sont collectés et recyclés. "
          "Le titulaire remet chaque année un état des quantités de papier consommées et des déchets "
          "recyclés."),
        A("Bons à tirer et délais",
          "Le titulaire du lot n° 1 adresse un bon à tirer numérique dans les 48 heures suivant la remise des "
          "fichiers. Le délai de livraison court à compter de la validation du bon à tirer : cinq jours ouvrés "
          "pour le magazine, dix jours pour les guides.",
          "Pour le lot n° 2, le délai de façonnage est de six jours ouvrés à compter de l'enlèvement des "
          "supports imprimés."),
        A("Contrôle qualité",
          "Les tolérances de quantité sont de plus ou moins 3 %. Un exemplaire témoin de chaque tirage est "
          "conservé par la direction de la communication. Les défauts (repérage, calage des couleurs, "
          "pliage) donnent lieu à réimpression aux frais du titulaire."),
        f_prix(c, 2, indice="« Pâtes, papiers et cartons » (CPF 17) publié par l'INSEE", base="octobre 2027"),
        f_avance(c, 2),
        f_paiement(c, 0, 30),
        f_penalites(c, 2, unite="jour ouvré", montant="80"),
        f_assurances(c, 0),
        f_soustraitance(c, 0),
        A("Propriété des fichiers",
          "Les fichiers, maquettes et photographies remis au titulaire restent la propriété de la Ville. Ils "
          "ne peuvent être utilisés à d'autres fins que l'exécution du marché."),
        f_resiliation(c, 1),
        f_litiges(c, 1),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-13-1", clause_environnementale=1, allotissement=1, nb_lots=2,
            montant_max_ht=276000,
            evidence=["s'applique aux deux lots de la consultation",
                      "Le lot n° 2 est réservé, en application de l'article L. 2113-13-1",
                      "avec des encres à base d'huiles végétales",
                      "lot n° 1 : 240 000 € HT ; lot n° 2 : 36 000 € HT",
                      "[240 000 + 36 000 = 276 000]"])
    return DOC("d16_CCAP_impression_faconnage.docx", "CCAP", lab, b,
               header="Ville de Rocheval – CCAP COM-2027-IMP", footer="Impression et façonnage")


# ============================================================================ d17 – CCTP fournitures de bureau (DOCX)
def d17():
    b = [
        TITLE("GIP ACHATS MUTUALISÉS LOIRE-OCÉAN (AMLO) – Centrale d'achat",
              "Cahier des clauses techniques particulières",
              "Fournitures de bureau, papier et consommables d'impression pour les adhérents de la centrale",
              "Accords-cadres 2028-2031 – Lots 1 à 4"),
        H("1. Présentation"),
        P("Le GIP AMLO agit en qualité de centrale d'achat au sens de l'article L. 2113-2 du code de la "
          "commande publique pour le compte de 86 adhérents (communes, intercommunalités, établissements "
          "scolaires, centres de gestion). Le présent CCTP est commun aux quatre lots de la consultation :"),
        TAB([["Lot", "Intitulé"],
             ["1", "Fournitures de bureau et petit matériel"],
             ["2", "Papier de reprographie et papiers spéciaux"],
             ["3", "Cartouches, toners et consommables d'impression"],
             ["4", "Fournitures pour les activités pédagogiques et les ateliers"]]),
        H("2. Catalogue et commandes"),
        P("Chaque titulaire met à disposition un catalogue restreint, validé par la centrale, et un "
          "catalogue général. Les commandes sont passées par les adhérents sur un site de commande en ligne "
          "sécurisé, interfaçable avec leurs progiciels financiers (environnement de commande en mode "
          "punch-out ou fichier cXML)."),
        P("Le minimum de commande franco est de 80 € HT. Aucun frais de port ne peut être facturé au-delà."),
        H("3. Exigences environnementales"),
        H2("3.1 Papier (lot 2)"),
        P("Le papier de reprographie A4 et A3 de 80 g/m² est composé à 100 % de fibres recyclées et porte "
          "l'Ecolabel européen, l'Ange bleu ou un label équivalent. Les papiers spéciaux non disponibles en "
          "version recyclée sont issus de forêts gérées durablement (FSC, PEFC ou équivalent)."),
        H2("3.2 Fournitures (lots 1 et 4)"),
        P("Au moins 40 % des références du catalogue restreint sont titulaires de l'Ecolabel européen, de la "
          "marque NF Environnement ou d'un écolabel équivalent, ou comportent au moins 50 % de matière "
          "recyclée. Ces références sont identifiées par un pictogramme sur le site de commande. Les "
          "marqueurs et surligneurs sont rechargeables ; les colles et correcteurs sont sans solvant."),
        H2("3.3 Consommables (lot 3)"),
        P("Le titulaire du lot 3 propose pour chaque modèle d'imprimante une cartouche remanufacturée de "
          "qualité équivalente lorsqu'elle existe. Il organise gratuitement la collecte des cartouches et "
          "toners usagés chez les adhérents, au moyen de boîtes de collecte, et leur réemploi ou leur "
          "recyclage ; il transmet chaque année les tonnages collectés par adhérent."),
        H2("3.4 Livraisons et emballages (tous lots)"),
        P("Les livraisons sont regroupées : un adhérent ne peut être livré plus d'une fois par semaine, sauf "
          "urgence qu'il signale. Les colis sont constitués de cartons recyclés, sans calage en polystyrène "
          "ni film plastique superflu. Le titulaire reprend les cartons de livraison à la demande de "
          "l'adhérent."),
        H("4. Délais de livraison"),
        P("Les commandes passées avant 14h00 sont livrées sous trois jours ouvrés pour le catalogue "
          "restreint et sous cinq jours ouvrés pour le catalogue général. Les livraisons sont faites au "
          "service demandeur, y compris en étage."),
        H("5. Qualité et ergonomie"),
        P("Les articles de classement, de rangement et d'écriture tiennent compte de l'environnement de "
          "travail des agents : manipulation aisée, absence d'arêtes vives, stabilité des supports. Les "
          "articles destinés aux enfants des écoles (lot 4) sont conformes à la directive 2009/48/CE "
          "relative à la sécurité des jouets lorsqu'elle s'applique."),
        H("6. Reporting"),
        P("Chaque titulaire remet trimestriellement à la centrale un état des commandes par adhérent, par "
          "famille et par référence, distinguant les références porteuses d'un écolabel. Un bilan annuel "
          "est présenté en comité de suivi."),
        H("7. Retours et litiges de livraison"),
        P("Les produits non conformes ou détériorés sont repris et remplacés sous trois jours ouvrés, sans "
          "frais. Les réserves portées sur le bon de livraison valent réclamation."),
    ]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=4,
            evidence=["commun aux quatre lots de la consultation",
                      "est composé à 100 % de fibres recyclées et porte l'Ecolabel européen",
                      "Il organise gratuitement la collecte des cartouches et toners usagés"])
    return DOC("d17_CCTP_fournitures_bureau_AMLO.docx", "CCTP", lab, b,
               header="GIP AMLO – CCTP fournitures de bureau 2028-2031", footer="CCTP commun aux lots 1 à 4")


# ============================================================================ d18 – CCP espaces verts (DOCX)
def d18():
    c = C("le Syndicat", "tribunal administratif de Poitiers", profil="https://smavs.achatpublic.fr",
          ref="SMAVS-EV-2028")
    b = [
        TITLE("SYNDICAT MIXTE D'AMÉNAGEMENT DU VAL DE SÈVREUSE (SMAVS)",
              "Cahier des clauses particulières valant CCAP et CCTP",
              "Entretien des espaces verts, des berges et des cheminements du parc de la Sèvreuse",
              "Marché à procédure adaptée – Réf. SMAVS-EV-2028"),
        A("Objet",
          "Le marché porte sur l'entretien des espaces verts (tontes, fauches, tailles, désherbage "
          "manuel et mécanique), des berges (débroussaillage, ramassage des embâcles légers) et des "
          "cheminements du parc de la Sèvreuse, soit 38 hectares répartis sur les communes de Sèvres-la-"
          "Vieille et Montgrenier.",
          "Le marché est passé en lot unique, les interventions étant planifiées par secteur sur un même "
          "calendrier de gestion."),
        A("Durée et montant estimé",
          "Le marché est conclu pour un an à compter du 1er mars 2028, reconductible trois fois. Le montant "
          "estimé est de 168~000 € HT pour la durée totale."),
        A("Modalités d'intervention",
          "Le calendrier de gestion, les fréquences par secteur et les hauteurs de coupe figurent en annexe "
          "1. L'usage de produits phytopharmaceutiques est interdit sur l'ensemble du parc, conformément à "
          "l'article L. 253-7 du code rural et de la pêche maritime."),
        A("Gestion écologique du site",
          "Le titulaire applique le plan de gestion différenciée du parc. Il s'engage notamment à :",
          ["réaliser la fauche des prairies naturelles après le 15 juillet, du centre vers la périphérie, "
           "et exporter les produits de fauche ;",
           "broyer sur place les résidus de taille et les réutiliser en paillage des massifs ; aucun déchet "
           "vert n'est évacué en déchetterie sans accord du Syndicat ;",
           "utiliser pour les tailles et le soufflage du matériel à batterie dans les zones proches des "
           "habitations et de la réserve ornithologique ;",
           "signaler au Syndicat toute station d'espèce exotique envahissante repérée (renouée, jussie)."]),
        A("Clause d'insertion professionnelle",
          "Le titulaire consacre à l'insertion de personnes éloignées de l'emploi au moins 6 % du nombre "
          "total d'heures travaillées pour l'exécution du marché. Le nombre d'heures correspondant est "
          "calculé chaque année sur la base du relevé des heures réellement exécutées.",
          "L'engagement peut être réalisé par embauche directe, par mise à disposition de personnel par une "
          "association intermédiaire ou une entreprise de travail temporaire d'insertion, ou par sous-"
          "traitance à un atelier et chantier d'insertion. Le recours à un ESAT ou à une entreprise adaptée "
          "est également admis.",
          "Le suivi est assuré par la chargée de mission clauses sociales de la Maison de l'emploi de la "
          "Sèvreuse."),
        A("Jugement des offres",
          "Les critères d'attribution et leur pondération sont les suivants :",
          ["Prix : 50 % (sur la base du DQE) ;",
           "Valeur technique : 40 % (organisation des équipes, matériels, planning, qualité du plan de "
           "gestion proposé) ;",
           "Performance en matière d'insertion professionnelle : 10 % – nombre d'heures proposé au-delà du "
           "minimum de 6 % et qualité de l'encadrement des personnes en insertion."]),
        f_prix(c, 0, indice="« Entretien des espaces verts » (EV4)", base="janvier 2028"),
        f_paiement(c, 1, 30),
        f_penalites(c, 2, montant="120"),
        f_assurances(c, 1),
        f_resiliation(c, 2),
        f_litiges(c, 0),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, critere_social=1, clause_environnementale=1, allotissement=0,
            montant_estime_ht=168000,
            evidence=["Le marché est passé en lot unique",
                      "estimé est de 168 000 € HT pour la durée totale",
                      "au moins 6 % du nombre total d'heures travaillées",
                      "Performance en matière d'insertion professionnelle : 10 %",
                      "broyer sur place les résidus de taille et les réutiliser en paillage"])
    return DOC("d18_CCP_espaces_verts_Sevreuse.docx", "CCAP", lab, b,
               header="SMAVS – Entretien du parc de la Sèvreuse – CCP", footer="SMAVS-EV-2028")


# ============================================================================ d19 – CCAP réhabilitation logements (DOCX)
def d19():
    c = C("le maître d'ouvrage", "tribunal administratif de Lille", ccag="travaux",
          profil="https://marches.opale-habitat.fr", ref="OPH-2027-RB14")
    b = [
        TITLE("OPALE HABITAT – Office public de l'habitat du Boulonnais-Nord",
              "Cahier des clauses administratives particulières",
              "Réhabilitation de 112 logements – Résidence du Beffroi, bâtiments A à D, à Wimerelle",
              "Marchés de travaux en lots séparés – Réf. OPH-2027-RB14"),
        A("Objet et allotissement",
          "Le présent CCAP est commun aux sept lots de l'opération : lot 1, désamiantage ; lot 2, "
          "isolation thermique par l'extérieur ; lot 3, menuiseries extérieures ; lot 4, plomberie et "
          "ventilation ; lot 5, électricité ; lot 6, peinture et revêtements ; lot 7, ascenseurs.",
          "Le montant prévisionnel de l'opération, tous lots confondus, est de 2~870~000 € HT."),
        f_pieces(c, 0, ["l'acte d'engagement de chaque lot ;", "le présent CCAP ;",
                        "le CCTP de chaque lot et ses annexes ;", "la DPGF de chaque lot ;",
                        "le calendrier prévisionnel d'exécution ;", "le CCAG – Travaux ;",
                        "le mémoire technique du titulaire."]),
        A("Délais et travaux en site occupé",
          "Le délai global de l'opération est de dix-huit mois. Les travaux sont réalisés en site occupé ; "
          "les interventions dans les logements ne peuvent excéder trois jours ouvrés consécutifs par "
          "logement et sont annoncées aux locataires au moins huit jours à l'avance."),
        A("Action d'insertion",
          "Les lots 2, 3 et 6 comportent une clause d'insertion. Le titulaire de chacun de ces lots "
          "s'engage à réaliser, pour l'exécution de son marché, un nombre minimal d'heures de travail "
          "confiées à des personnes rencontrant des difficultés sociales ou professionnelles :"),
        TAB([["Lot", "Heures d'insertion minimales"],
             ["2 – Isolation thermique par l'extérieur", "910 heures"],
             ["3 – Menuiseries extérieures", "455 heures"],
             ["6 – Peinture et revêtements", "175 heures"]]),
        P("L'éligibilité des personnes est vérifiée par le facilitateur du PLIE du Boulonnais. Seules les heures "
          "de main d'oeuvre effectuées pour le chantier sont décomptées. Les heures "
          "sont justifiées mensuellement (contrats, relevés d'heures, attestations de mise à disposition). "
          "Les heures réalisées au-delà de l'engagement d'un lot ne se reportent pas sur un autre lot."),
        P("En cas de non-respect de l'engagement, le titulaire encourt une pénalité de 50 € HT par heure "
          "non réalisée, sauf si le manquement résulte d'une cause qui ne lui est pas imputable, appréciée "
          "par le maître d'ouvrage après avis du facilitateur."),
        A("Gestion des déchets de chantier",
          "Chaque titulaire trie ses déchets à la source au minimum en cinq flux (bois, métal, plâtre, "
          "inertes, déchets non dangereux en mélange) dans les bennes mises en place par le titulaire du "
          "lot 2, au titre du compte prorata. Les déchets amiantés du lot 1 suivent la filière réglementaire "
          "propre aux déchets dangereux.",
          "Chaque titulaire remet les bordereaux de suivi et justifie, en fin de chantier, d'un taux de "
          "valorisation matière d'au moins 60 % des déchets non dangereux qu'il a produits. Le brûlage et "
          "l'enfouissement sur site sont interdits."),
        A("Compte prorata",
          "Les dépenses d'intérêt commun (eau, électricité, bennes, nettoyage des parties communes du "
          "chantier) sont gérées selon la convention type annexée. Le gestionnaire est le titulaire du lot "
          "2."),
        f_prix(c, 2, indice="BT01", base="juin 2027"),
        f_avance(c, 0),
        f_garanties(c, 0),
        f_penalites(c, 0, montant="300"),
        A("Réception",
          "La réception est prononcée pour l'ensemble des lots à l'issue des opérations préalables prévues "
          "à l'article 41 du CCAG – Travaux. Les logements font l'objet d'un état des lieux contradictoire "
          "avec chaque locataire."),
        f_assurances(c, 2),
        f_soustraitance(c, 0),
        f_resiliation(c, 0),
        f_litiges(c, 0),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1540, clause_environnementale=1,
            allotissement=1, nb_lots=7, montant_estime_ht=2870000,
            evidence=["commun aux sept lots de l'opération",
                      "tous lots confondus, est de 2 870 000 € HT",
                      "910 heures", "455 heures", "175 heures", "[910 + 455 + 175 = 1 540]",
                      "d'un taux de valorisation matière d'au moins 60 %"])
    return DOC("d19_CCAP_rehabilitation_Beffroi.docx", "CCAP", lab, b,
               header="Opale Habitat – Résidence du Beffroi – CCAP", footer="OPH-2027-RB14")


# ============================================================================ d20 – cadre de mémoire technique noté (DOCX)
def d20():
    b = [
        TITLE("SIVU DE RESTAURATION SCOLAIRE DES TROIS CLOCHERS",
              "Cadre de réponse technique (mémoire technique)",
              "Fabrication et livraison de repas en liaison froide pour les écoles et l'accueil de loisirs",
              "Consultation n° 2027-RS-01 – Document à compléter et à joindre à l'offre"),
        H("Mode d'emploi"),
        P("Le présent cadre est obligatoire. Le candidat répond dans les cases prévues, sans renvoyer à des "
          "documents commerciaux. Chaque rubrique est notée selon le barème ci-dessous ; le total forme la "
          "note du critère « valeur technique », pondéré à 60 % dans le règlement de la consultation (le "
          "prix est pondéré à 40 %)."),
        TAB([["Rubrique", "Intitulé", "Points"],
             ["1", "Qualité des denrées, élaboration des menus et respect du GEMRCN", "20"],
             ["2", "Organisation de la production et des livraisons, continuité du service", "12"],
             ["3", "Démarche environnementale : réduction du gaspillage alimentaire, contenants "
                   "réemployables, réduction des emballages, transport", "12"],
             ["4", "Politique sociale : insertion professionnelle de publics en difficulté, conditions "
                   "d'emploi et formation des salariés affectés à la prestation", "6"],
             ["5", "Gestion des régimes particuliers et des PAI (allergies)", "10"],
             ["", "Total", "60"]]),
        H("Rubrique 1 – Qualité des denrées et des menus (20 points)"),
        P("1.1 Présentez le plan alimentaire sur 20 repas et les grammages par tranche d'âge."),
        P("1.2 Indiquez la part, en valeur d'achat, des produits de qualité et durables au sens de l'article "
          "L. 230-5-1 du code rural et de la pêche maritime, dont les produits issus de l'agriculture "
          "biologique, que vous vous engagez à servir."),
        P("Réponse du candidat : ......................................................................"),
        H("Rubrique 2 – Production et livraisons (12 points)"),
        P("2.1 Localisation de la cuisine centrale, capacité de production, plan de maîtrise sanitaire, "
          "agrément sanitaire."),
        P("2.2 Tournées de livraison, horaires, véhicules, solution de secours en cas de panne."),
        P("Réponse du candidat : ......................................................................"),
        H("Rubrique 3 – Démarche environnementale (12 points)"),
        P("3.1 Décrivez les mesures de lutte contre le gaspillage alimentaire (pesées, ajustement des "
          "quantités, valorisation des excédents)."),
        P("3.2 Précisez les contenants de livraison proposés (gastronormes inox réemployables, bacs "
          "réutilisables) et le circuit de lavage."),
        P("3.3 Indiquez les mesures de réduction des emballages et l'impact des tournées de livraison "
          "(kilomètres, motorisation des véhicules)."),
        P("Réponse du candidat : ......................................................................"),
        H("Rubrique 4 – Politique sociale (6 points)"),
        P("4.1 Décrivez les actions d'insertion professionnelle que vous mettrez en œuvre pour l'exécution "
          "de la prestation (recrutements, parcours, tutorat)."),
        P("4.2 Présentez les conditions d'emploi des salariés affectés (part de CDI, temps partiel subi, "
          "formation)."),
        P("Réponse du candidat : ......................................................................"),
        H("Rubrique 5 – Régimes particuliers (10 points)"),
        P("5.1 Décrivez la gestion des menus sans viande, sans porc, et des 14 allergènes majeurs ; "
          "l'étiquetage des barquettes et la traçabilité des PAI."),
        P("Réponse du candidat : ......................................................................"),
        H("Attestation"),
        P("Je certifie l'exactitude des informations fournies. Les engagements pris dans le présent "
          "mémoire ont valeur contractuelle. Nom, qualité, date et signature :"),
    ]
    lab = L(critere_social=1, critere_environnemental=1,
            evidence=["Démarche environnementale : réduction du gaspillage alimentaire",
                      "Politique sociale : insertion professionnelle de publics en difficulté",
                      "Chaque rubrique est notée selon le barème ci-dessous"])
    return DOC("d20_CADRE_memoire_technique_repas.docx", "CADRE", lab, b,
               header="SIVU des Trois Clochers – Cadre de réponse technique – 2027-RS-01",
               footer="Mémoire technique – liaison froide")


# ============================================================================ d21 – cadre de réponse non noté (DOCX) – négatif
def d21():
    b = [
        TITLE("CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE DE LA CHARENTE-BOCAGE",
              "Cadre de réponse",
              "Formations professionnelles des agents territoriaux – Lot n° 2 : outils bureautiques et numériques",
              "Consultation CDG-FORM-2028"),
        H("Préambule"),
        P("La consultation comporte quatre lots : lot 1, prévention et sécurité au travail (SST, gestes et "
          "postures, habilitations électriques) ; lot 2, outils bureautiques et numériques ; lot 3, "
          "management et communication ; lot 4, préparation aux concours. Le présent cadre concerne le "
          "lot n° 2."),
        P("Les parties A et B sont évaluées au titre du critère « valeur technique » (60 %) ; la partie C "
          "est purement informative et n'est pas notée."),
        H("Partie A – Contenus pédagogiques"),
        P("A.1 Pour chaque module du bordereau (traitement de texte, tableur niveaux 1 et 2, messagerie et "
          "agenda partagé, outils collaboratifs, sensibilisation à la cybersécurité), présentez les "
          "objectifs, le programme détaillé et les modalités d'évaluation des acquis."),
        P("A.2 Précisez comment la formation est adaptée à l'environnement logiciel des collectivités "
          "adhérentes (suites bureautiques libres et propriétaires, environnements virtualisés)."),
        P("A.3 Indiquez la durée de chaque module, le nombre maximal de stagiaires par session et le "
          "matériel que le Centre de gestion doit mettre à disposition (salle, postes, vidéoprojecteur)."),
        P("Réponse : ........................................................................................"),
        H("Partie B – Formateurs et organisation"),
        P("B.1 Joignez les CV des formateurs pressentis et leurs références récentes auprès d'employeurs "
          "publics."),
        P("B.2 Indiquez les délais de mise en place d'une session après bon de commande et la procédure de "
          "remplacement d'un formateur absent."),
        P("B.3 Précisez les modalités d'insertion des supports dans la plateforme de formation à distance "
          "du Centre de gestion (formats SCORM, vidéos, quiz)."),
        P("Réponse : ........................................................................................"),
        H("Partie C – Questionnaire de responsabilité sociétale (non noté)"),
        P("Les informations ci-dessous sont demandées à titre statistique, pour l'observatoire des achats "
          "responsables du Centre de gestion. Elles ne sont pas prises en compte dans l'analyse des offres "
          "et n'engagent pas le candidat."),
        TAB([["Question", "Réponse"],
             ["Votre organisme dispose-t-il d'une politique environnementale formalisée ?", "Oui / Non"],
             ["Proposez-vous des sessions à distance limitant les déplacements des stagiaires ?", "Oui / Non"],
             ["Nombre de salariés en parcours d'insertion employés au cours de la dernière année", "......"],
             ["Index de l'égalité professionnelle femmes-hommes (si applicable)", "...... / 100"],
             ["Votre organisme est-il une entreprise de l'économie sociale et solidaire ?", "Oui / Non"]]),
        H("Partie D – Engagement"),
        P("Le candidat certifie l'exactitude des informations des parties A et B. Date, nom et signature :"),
    ]
    lab = L(allotissement=1, nb_lots=4,
            evidence=["La consultation comporte quatre lots", "Le présent cadre concerne le lot n° 2"])
    return DOC("d21_CADRE_reponse_formation_lot2.docx", "CADRE", lab, b,
               header="CDG Charente-Bocage – Cadre de réponse – Lot 2", footer="CDG-FORM-2028")


# ============================================================================ d22 – CCTP informatique (DOCX) – négatif
def d22():
    b = [
        TITLE("SYNDICAT MIXTE OUEST NUMÉRIQUE (SMON)",
              "Cahier des clauses techniques particulières",
              "Tierce maintenance applicative, hébergement et exploitation du portail de démarches en ligne",
              "Marché n° SMON-2027-TMA"),
        H("1 Contexte"),
        P("Le SMON met à disposition de ses 212 collectivités membres un portail de démarches en ligne "
          "(état civil, inscriptions scolaires, réservation de salles, signalements) développé sur un socle "
          "open source (PHP 8, framework Symfony, base PostgreSQL, moteur de recherche Elasticsearch). Le "
          "portail traite environ 140~000 demandes par an."),
        H("2 Périmètre des prestations"),
        TAB([["Bloc", "Contenu"],
             ["Maintenance corrective", "Correction des anomalies bloquantes, majeures et mineures"],
             ["Maintenance évolutive", "Évolutions commandées par unités d'œuvre (jours, points de fonction)"],
             ["Hébergement", "Mise à disposition des environnements et supervision 24/7"],
             ["Exploitation", "Sauvegardes, montées de version, gestion des certificats, support N2/N3"],
             ["Réversibilité", "Transfert des connaissances et des données en fin de marché"]]),
        H("3 Environnements"),
        P("Le titulaire fournit et maintient quatre environnements distincts : développement, recette, "
          "préproduction et production. L'environnement de préproduction est iso-production (mêmes versions "
          "logicielles, jeu de données anonymisé). Les déploiements en production ne peuvent intervenir "
          "qu'après validation en recette par le SMON."),
        H("4 Hébergement"),
        P("Les données sont hébergées en France, dans un centre de données qualifié SecNumCloud ou certifié "
          "HDS lorsque des données de santé sont concernées. Le titulaire garantit un taux de disponibilité "
          "mensuel du portail de 99,7 % hors plages de maintenance programmée."),
        P("Les conditions environnementales des salles (température, hygrométrie, alimentation secourue par "
          "onduleurs et groupe électrogène, détection et extinction incendie) sont décrites dans le plan "
          "d'assurance sécurité remis par le titulaire."),
        H("5 Niveaux de service"),
        TAB([["Criticité", "Délai de prise en charge", "Délai de correction"],
             ["Bloquante", "30 minutes (24/7)", "4 heures"],
             ["Majeure", "2 heures ouvrées", "2 jours ouvrés"],
             ["Mineure", "1 jour ouvré", "prochaine version corrective"]]),
        H("6 Sécurité"),
        P("L'accès aux consoles d'administration est réservé aux personnels habilités du titulaire, "
          "authentifiés par un second facteur. Les journaux d'accès sont conservés un an. Un audit de "
          "sécurité par un prestataire qualifié PASSI est réalisé chaque année aux frais du titulaire."),
        P("Les flux d'import (référentiel des adresses, annuaire des services) font l'objet de contrôles "
          "avant insertion en base ; toute ligne rejetée est journalisée et signalée."),
        H("7 Gouvernance"),
        P("Un comité de suivi mensuel et un comité de pilotage semestriel sont organisés. Le titulaire "
          "produit un tableau de bord mensuel (tickets, délais, disponibilité, consommation des unités "
          "d'œuvre)."),
        H("8 Réversibilité"),
        P("Dans les six mois précédant le terme du marché, le titulaire remet les codes sources, la "
          "documentation, les scripts de déploiement et une copie intégrale des bases au SMON ou au nouveau "
          "prestataire désigné. La clause de réversibilité s'applique quelle que soit la cause de la fin du "
          "marché."),
    ]
    lab = L(evidence=[])
    return DOC("d22_CCTP_TMA_portail_demarches.docx", "CCTP", lab, b,
               header="SMON – CCTP TMA et hébergement du portail", footer="SMON-2027-TMA")


# ============================================================================ d23 – AE maintenance ascenseurs (DOCX) – négatif
def d23():
    b = [
        TITLE("CENTRE HOSPITALIER DE LORMES-EN-VAUX",
              "Acte d'engagement",
              "Maintenance préventive et corrective des ascenseurs, monte-malades et monte-charges",
              "Marché n° CHLV-TECH-2027-05"),
        H("1. Identification de l'acheteur"),
        P("Centre hospitalier de Lormes-en-Vaux, 40 avenue Pasteur, 58140 Lormes-en-Vaux. Ordonnateur : le "
          "Directeur. Comptable assignataire : le trésorier hospitalier. SIRET : 265~800~129~00014."),
        H("2. Caractéristiques du marché"),
        TAB([["Rubrique", "Mention"],
             ["Procédure", "Appel d'offres ouvert"],
             ["Allotissement", "Non – marché unique"],
             ["Marché réservé (art. L. 2113-12 à L. 2113-15 du CCP)", "Non"],
             ["Forme", "Marché mixte : partie forfaitaire (maintenance préventive) et accord-cadre à bons "
                       "de commande (maintenance corrective et travaux)"],
             ["Durée", "4 ans ferme à compter du 1er avril 2028"],
             ["Variantes", "Non autorisées"]]),
        H("3. Engagement du titulaire"),
        P("Je soussigné(e) ....................................., agissant au nom et pour le compte de "
          "......................................., après avoir pris connaissance du CCAP, du CCTP et de "
          "leurs annexes, m'engage sans réserve à exécuter les prestations conformément à ces documents, "
          "aux conditions ci-après."),
        P("J'atteste sur l'honneur que la société ne fait l'objet d'aucune interdiction de soumissionner et "
          "qu'elle satisfait à l'obligation d'emploi des travailleurs handicapés définie aux articles "
          "L. 5212-1 à L. 5212-11 du code du travail."),
        H("4. Prix"),
        P("Partie forfaitaire – maintenance préventive des 23 appareils (liste en annexe) : "
          "..................... € HT par an, soit ..................... € TTC."),
        P("Partie à bons de commande – maintenance corrective, pièces et travaux : application des prix du "
          "bordereau, dans la limite d'un montant maximum de 60~000 € HT sur la durée du marché."),
        H("5. Délais d'intervention"),
        P("Délai d'intervention en cas de personne bloquée en cabine : 30 minutes, 24 heures sur 24. Délai "
          "d'intervention pour un appareil à l'arrêt : 4 heures ouvrées ; monte-malades du bloc opératoire : "
          "1 heure."),
        H("6. Paiement"),
        P("Le délai global de paiement est de 50 jours (article R. 2192-11 du code de la commande publique). "
          "Compte à créditer : IBAN ............................................"),
        H("7. Signature"),
        P("À .................................., le .................................."),
        P("Signature du titulaire :"),
        H("8. Décision de l'acheteur"),
        P("La présente offre est acceptée. À Lormes-en-Vaux, le ...................... Le Directeur."),
    ]
    lab = L(allotissement=0, montant_max_ht=60000,
            evidence=["Non – marché unique", "dans la limite d'un montant maximum de 60 000 € HT sur la durée du marché"])
    return DOC("d23_AE_maintenance_ascenseurs.docx", "AE", lab, b,
               header="CH de Lormes-en-Vaux – AE CHLV-TECH-2027-05", footer="Acte d'engagement")


# ============================================================================ d24 – CCAP déménagement (DOCX)
def d24():
    c = C("l'Institut", "tribunal administratif de Montpellier", profil="https://achats.inseam.fr",
          ref="INSEAM-2027-DEM")
    b = [
        TITLE("INSTITUT NATIONAL SUPÉRIEUR D'ÉTUDES AGRONOMIQUES DE MONTCLAR (INSEAM)",
              "Cahier des clauses administratives particulières",
              "Prestations de déménagement, de transfert de mobilier et de matériels scientifiques, et "
              "d'évacuation du mobilier déclassé",
              "Accord-cadre à bons de commande – Réf. INSEAM-2027-DEM"),
        A("Objet",
          "L'accord-cadre porte sur les déménagements internes et les transferts entre les sites de "
          "l'Institut (campus de la Garrigue, domaine expérimental de Saint-Pons, station de Loubatière), "
          "y compris le transfert de matériels de laboratoire et de collections, ainsi que sur l'évacuation "
          "du mobilier déclassé. Il est conclu avec un seul opérateur et ne comporte pas de lots."),
        A("Montant et durée",
          "L'accord-cadre est conclu sans montant minimum et avec un montant maximum de 300~000 € HT pour "
          "sa durée totale de quatre ans (un an reconductible trois fois)."),
        f_pieces(c, 0, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et le plan des sites ;",
                        "le bordereau des prix unitaires ;", "le CCAG – fournitures courantes et services ;",
                        "le mémoire technique du titulaire."]),
        A("Bons de commande et visites préalables",
          "Chaque opération donne lieu à une visite préalable contradictoire et à un devis établi sur la base "
          "du BPU, puis à un bon de commande. Les délais d'exécution figurent au bon de commande."),
        A("Engagement en faveur de l'emploi",
          "Le titulaire s'engage à confier, sur la durée de l'accord-cadre, au moins 450 heures de travail à "
          "des personnes durablement privées d'emploi (demandeurs d'emploi de longue durée, allocataires de "
          "minima sociaux, jeunes sans qualification, personnes reconnues travailleurs handicapés). Les "
          "personnes sont orientées ou validées par le PLIE de Montclar Agglomération.",
          "Ces heures peuvent être réalisées par recrutement direct, par mise à disposition par une "
          "entreprise de travail temporaire d'insertion ou une association intermédiaire, ou par la "
          "sous-traitance des opérations de manutention à une entreprise d'insertion. Le titulaire transmet "
          "au PLIE, chaque semestre, les justificatifs des heures réalisées."),
        A("Réemploi du mobilier déclassé et emballages",
          "Avant toute évacuation, le titulaire trie le mobilier déclassé désigné par l'Institut et propose "
          "en priorité son réemploi : remise aux associations et recycleries figurant sur la liste fournie "
          "par l'Institut, ou reconditionnement. Le mobilier non réemployable est remis à la filière à "
          "responsabilité élargie du producteur des éléments d'ameublement ; la mise en décharge est "
          "interdite. Un bordereau par opération précise les quantités et les destinataires.",
          "Les transferts sont réalisés au moyen de caisses navettes réutilisables ; l'usage de cartons à "
          "usage unique est limité aux archives et aux collections. Pour les opérations en centre-ville, le "
          "titulaire utilise des véhicules classés Crit'Air 1 ou électriques."),
        A("Personnel et encadrement",
          "Chaque opération est placée sous la responsabilité d'un chef d'équipe présent en permanence. Le "
          "titulaire respecte la réglementation relative à la durée du travail et aux temps de repos, "
          "notamment pour les opérations réalisées le samedi."),
        A("Matériels scientifiques",
          "Le transfert des matériels de laboratoire (microscopes, étuves, hottes, congélateurs -80 °C) "
          "s'effectue selon les protocoles fixés par les responsables d'unité. Les produits chimiques et "
          "biologiques sont évacués par l'Institut avant l'intervention."),
        f_prix(c, 1, indice="« Déménagement » de la Chambre syndicale", base="juillet 2027"),
        f_avance(c, 0),
        f_paiement(c, 1, 30),
        f_penalites(c, 1, montant="250"),
        f_garanties(c, 2),
        f_assurances(c, 1),
        f_soustraitance(c, 0),
        f_resiliation(c, 1),
        f_litiges(c, 1),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=450, clause_environnementale=1,
            allotissement=0, montant_max_ht=300000,
            evidence=["ne comporte pas de lots",
                      "montant maximum de 300 000 € HT pour sa durée totale",
                      "au moins 450 heures de travail à des personnes durablement privées d'emploi",
                      "propose en priorité son réemploi"])
    return DOC("d24_CCAP_demenagement_INSEAM.docx", "CCAP", lab, b,
               header="INSEAM – CCAP déménagements et transferts", footer="INSEAM-2027-DEM")


# ============================================================================ d25 – avis BOAMP ancien format (TXT), réservé SIAE
D25 = """BOAMP - Bulletin officiel des annonces des marchés publics
Avis n° 18-104237
Date de parution : 12/06/2018
Département(s) de publication : 41, 18
Annonce No 18-104237

Services

AVIS D'APPEL PUBLIC A LA CONCURRENCE

Nom et adresse officiels de l'organisme acheteur : Communauté de communes Coeur de Sologne-Nord.
 Correspondant : M. le Président, 6 rue du Château, 41390 Ligny-en-Sologne, tél. : 02 54 81 40 17, courriel : marches@ccsologne-nord.fr, adresse internet : http://www.ccsologne-nord.fr.
 Adresse internet du profil d'acheteur : https://www.marches-centre-loire.fr.

Principale(s) activité(s) du pouvoir adjudicateur : Services généraux des administrations publiques.

Objet du marché : entretien courant, balisage et petit débroussaillage des sentiers de randonnée communautaires inscrits au PDIPR.
Catégorie de services : 27.
CPV - Objet principal : 77312000.
Objets supplémentaires : 77211400, 45233293.

Lieu d'exécution : territoire des quatorze communes membres, 41390 Ligny-en-Sologne.
Code NUTS : FRB05.

L'avis implique un marché public.

Caractéristiques principales :
entretien de 310 km de sentiers (deux passages annuels), pose et remplacement du balisage selon la charte fédérale, petits travaux d'aménagement (passerelles, marches, barrières) sur bons de commande
Refus des variantes.
La procédure d'achat du présent avis est couverte par l'accord sur les marchés publics de l'OMC : non.
Prestations divisées en lots : non.

Durée du marché ou délai d'exécution : 36 mois à compter de la notification du marché.
Valeur estimée (hors TVA) : 72~000 euros.

Cautionnement et garanties exigés : aucun.
Modalités essentielles de financement et de paiement et/ou références aux textes qui les réglementent : paiement à 30 jours par mandat administratif ; financement sur le budget général.
Forme juridique que devra revêtir le groupement d'opérateurs économiques attributaire du marché : groupement solidaire ou conjoint avec mandataire solidaire.
Marché réservé : oui. Le marché est réservé à des structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du travail et à des structures équivalentes, en application de l'article 36-II de l'ordonnance n° 2015-899 du 23 juillet 2015 relative aux marchés publics.

Conditions de participation :
 Situation juridique - références requises : lettre de candidature (DC1) ; déclaration du candidat (DC2) ; attestation sur l'honneur de non-interdiction de soumissionner.
 Capacité économique et financière - références requises : chiffre d'affaires des trois derniers exercices.
 Référence professionnelle et capacité technique - références requises : copie de la convention conclue avec l'Etat au titre de l'insertion par l'activité économique ; liste des principales prestations similaires des trois dernières années ; description du matériel et de l'encadrement technique.

Critères d'attribution :
 Offre économiquement la plus avantageuse appréciée en fonction des critères énoncés ci-dessous avec leur pondération.
 - prix des prestations : 45 %;
 - valeur technique (méthodologie, matériel, planning d'intervention) : 35 %;
 - qualité de l'accompagnement socioprofessionnel et de l'encadrement technique des salariés en parcours d'insertion affectés au chantier : 20 %.

Type de procédure : procédure adaptée.

Date limite de réception des offres : 6 juillet 2018, à 12 heures.
Délai minimum de validité des offres : 120 jours à compter de la date limite de réception des offres.
Numéro de référence attribué au marché par le pouvoir adjudicateur / l'entité adjudicatrice : 2018-SENT-01.

Renseignements complémentaires : une visite facultative de trois circuits est organisée le 20 juin 2018 ; rendez-vous à 9h30 devant la mairie de Ligny-en-Sologne. Le dossier de consultation est téléchargeable gratuitement sur le profil d'acheteur. Les candidats transmettent leur pli par voie électronique.

Date d'envoi du présent avis à la publication : 8 juin 2018.

Adresse auprès de laquelle des renseignements d'ordre administratif et technique peuvent être obtenus : Communauté de communes Coeur de Sologne-Nord, service Tourisme et patrimoine naturel, Mme Perrine Aubrun, 6 rue du Château, 41390 Ligny-en-Sologne.

Instance chargée des procédures de recours : Tribunal administratif d'Orléans 28 rue de la Bretonnerie 45057 Orléans Cedex 1, tél. : 02 38 77 59 00.
"""


def d25():
    lab = L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=72000,
            evidence=["Le marché est réservé à des structures d'insertion par l'activité économique",
                      "en application de l'article 36-II de l'ordonnance n° 2015-899",
                      "qualité de l'accompagnement socioprofessionnel",
                      "Prestations divisées en lots : non.", "Valeur estimée (hors TVA) : 72 000 euros."])
    return DOC("d25_AVIS_BOAMP_18-104237.txt", "AVIS", lab, raw=D25)


# ============================================================================ d26 – avis BOAMP nouveau format (TXT), mobilier scolaire
D26 = """Avis de marché

Département(s) de publication : 29
Annonce No 27-38412

Section 1 : Identification de l'acheteur
Nom complet de l'acheteur : Ville de Plouzérec
Type de Numéro national d'identification : SIRET
N° National d'identification : 21290218400015
Ville : Plouzérec
Code Postal : 29640
Groupement de commandes : Non

Section 2 : Communication
Moyens d'accès aux documents de la consultation
Lien vers le profil d'acheteur : https://marches.plouzerec.bzh
Identifiant interne de la consultation : 2027-MOB-SCO
Intégralité des documents sur le profil d'acheteur : Oui
Utilisation de moyens de communication non communément disponibles : Non
Nom du contact : Service de la commande publique - Mme Maëlys Le Goff
Adresse mail du contact : commande.publique@plouzerec.bzh
Numéro de téléphone du contact : +33 298530012

Section 3 : Procédure
Type de procédure : Procédure adaptée ouverte
Conditions de participation :
Aptitude à exercer l'activité professionnelle - conditions / moyens de preuve : Inscription au registre du commerce et des sociétés ou équivalent.
Capacité économique et financière - conditions / moyens de preuve : Chiffre d'affaires global des trois derniers exercices.
Capacités techniques et professionnelles - conditions / moyens de preuve : Références de fournitures similaires livrées à des collectivités au cours des trois dernières années. Les certificats de management (ISO 9001, ISO 14001) sont acceptés comme moyens de preuve complémentaires.
Technique d'achat : Sans objet
Date et heure limite de réception des plis : 14/05/2027 - 12:00
Présentation des offres par catalogue électronique : Interdite
Réduction du nombre de candidats : Non
Possibilité d'attribution sans négociation : Oui
L'acheteur exige la présentation de variantes : Non
Critères d'attribution :
Prix : 50 %
Valeur technique (ergonomie, robustesse, garanties, délais de livraison et de montage) : 35 %
Performance environnementale du mobilier (part de matière recyclée, démontabilité et recyclabilité, emballages, transport) : 15 %

Section 4 : Identification du marché
Intitulé du marché : Fourniture, livraison et installation de mobilier scolaire pour le groupe scolaire de Kerlaouen
Code CPV principal
Descripteur principal : 39160000
Type de marché : Fournitures
Description succinte du marché : Équipement en mobilier du nouveau groupe scolaire de Kerlaouen (12 classes, restaurant scolaire, accueil périscolaire, salles des maîtres).
Lieu principal d'exécution du marché : Groupe scolaire de Kerlaouen, rue des Goélands, 29640 Plouzérec
Durée du marché (en mois) : 6
Valeur estimée (H.T.) : 310~000 euros
La consultation comporte des tranches : Non
La consultation prévoit une réservation de tout ou partie du marché : Non
Marché alloti : Oui

Section 5 : Lots
Libellé : Mobilier des salles de classe élémentaires et maternelles
Lot No 1
Code CPV principal
Descripteur principal : 39160000
Lieu principal d'exécution du lot : Groupe scolaire de Kerlaouen
Valeur estimée (H.T.) : 152~000 euros

Libellé : Mobilier du restaurant scolaire
Lot No 2
Code CPV principal
Descripteur principal : 39151000
Lieu principal d'exécution du lot : Groupe scolaire de Kerlaouen
Valeur estimée (H.T.) : 61~000 euros

Libellé : Mobilier de l'accueil périscolaire et de la bibliothèque
Lot No 3
Code CPV principal
Descripteur principal : 39150000
Lieu principal d'exécution du lot : Groupe scolaire de Kerlaouen
Valeur estimée (H.T.) : 54~000 euros

Libellé : Mobilier administratif (bureaux, salle des maîtres, rangements)
Lot No 4
Code CPV principal
Descripteur principal : 39130000
Lieu principal d'exécution du lot : Groupe scolaire de Kerlaouen
Valeur estimée (H.T.) : 43~000 euros

Section 6 : Informations Complémentaires
Visite obligatoire : Non
Autres informations complémentaires : Conditions d'exécution communes à tous les lots : le mobilier livré est certifié NF Environnement Ameublement, porte l'Ecolabel européen ou satisfait à des exigences équivalentes justifiées par un rapport d'essai ; le titulaire reprend la totalité des emballages le jour du montage et les remet à une filière de recyclage ; les livraisons sont regroupées en une seule livraison par lot. Les candidats peuvent répondre à un ou plusieurs lots.
Date d'envoi du présent avis : 12/04/2027
"""


def d26():
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=4,
            montant_estime_ht=310000,
            evidence=["Marché alloti : Oui", "Lot No 4",
                      "Performance environnementale du mobilier (part de matière recyclée",
                      "le titulaire reprend la totalité des emballages le jour du montage",
                      "Valeur estimée (H.T.) : 310 000 euros"])
    return DOC("d26_AVIS_BOAMP_27-38412.txt", "AVIS", lab, raw=D26)


# ============================================================================ d27 – avis BOAMP nouveau format (TXT), copieurs – négatif
D27 = """Avis de marché

Département(s) de publication : 62
Annonce No 27-51907

Section 1 : Identification de l'acheteur
Nom complet de l'acheteur : Centre communal d'action sociale de Hénin-Sur-Souchez
Type de Numéro national d'identification : SIRET
N° National d'identification : 26620417300021
Ville : Hénin-Sur-Souchez
Code Postal : 62970
Groupement de commandes : Non

Section 2 : Communication
Moyens d'accès aux documents de la consultation
Lien vers le profil d'acheteur : https://ccas-heninsursouchez.marches-hdf.fr
Identifiant interne de la consultation : CCAS-2027-04
Intégralité des documents sur le profil d'acheteur : Oui
Utilisation de moyens de communication non communément disponibles : Non
Nom du contact : M. Rudy Vandamme, responsable administratif et financier
Adresse mail du contact : rvandamme@ccas-hss.fr

Section 3 : Procédure
Type de procédure : Procédure adaptée ouverte
Conditions de participation :
Aptitude à exercer l'activité professionnelle - conditions / moyens de preuve : Extrait K-bis de moins de trois mois.
Capacité économique et financière - conditions / moyens de preuve : Chiffre d'affaires des trois derniers exercices ; attestation d'assurance de responsabilité civile professionnelle.
Capacités techniques et professionnelles - conditions / moyens de preuve : Trois références de location-maintenance de copieurs auprès d'acheteurs publics ; implantation d'un centre technique à moins de 60 km.
Technique d'achat : Sans objet
Date et heure limite de réception des plis : 02/07/2027 - 12:00
Présentation des offres par catalogue électronique : Interdite
Réduction du nombre de candidats : Non
Possibilité d'attribution sans négociation : Oui
L'acheteur exige la présentation de variantes : Non
Critères d'attribution :
Prix (loyer trimestriel et coût copie sur 5 ans) : 60 %
Valeur technique (caractéristiques des matériels, délais d'intervention et de dépannage, formation des utilisateurs) : 40 %

Section 4 : Identification du marché
Intitulé du marché : Location et maintenance de copieurs multifonctions
Code CPV principal
Descripteur principal : 30121100
Type de marché : Fournitures
Description succinte du marché : Location sur 60 mois et maintenance de 14 copieurs multifonctions couleur installés dans les locaux du CCAS, de l'épicerie sociale, du point d'accueil des demandeurs d'emploi et de la résidence autonomie Les Glycines, avec reprise des matériels en place à l'issue du contrat en cours.
Lieu principal d'exécution du marché : 62970 Hénin-Sur-Souchez
Durée du marché (en mois) : 60
Valeur estimée (H.T.) : 48~000 euros
La consultation comporte des tranches : Non
La consultation prévoit une réservation de tout ou partie du marché : Non
Marché alloti : Non

Section 6 : Informations Complémentaires
Visite obligatoire : Non
Autres informations complémentaires : Le CCAS se réserve la possibilité de ne pas donner suite à la consultation. Les matériels proposés comportent un module d'impression sécurisée par badge, compatible avec les badges d'accès du personnel.
Date d'envoi du présent avis : 03/06/2027
"""


def d27():
    lab = L(allotissement=0, montant_estime_ht=48000,
            evidence=["Marché alloti : Non", "Valeur estimée (H.T.) : 48 000 euros"])
    return DOC("d27_AVIS_BOAMP_27-51907.txt", "AVIS", lab, raw=D27)


# ============================================================================ d28 – avis JOUE en français (TXT), exploitation chauffage
D28 = """Avis de marché
Services
Base juridique :
Directive 2014/24/UE

Section I : Pouvoir adjudicateur
I.1) Nom et adresses
Nom officiel : Ville de Mirandel-sur-Aube
Numéro national d'identification : 21100250900018
Adresse postale : Hôtel de Ville, place Jean-Jaurès
Ville : Mirandel-sur-Aube
Code NUTS : FRF21 Aube
Code postal : 10290
Pays : France
Point(s) de contact : Direction de la commande publique
Courriel : marches@mirandel-sur-aube.fr
Téléphone : +33 325710000
Adresse(s) internet :
Adresse principale : https://www.mirandel-sur-aube.fr
Adresse du profil d'acheteur : https://marches.mirandel-sur-aube.fr
I.3) Communication
Accès gratuit, illimité et complet aux documents du marché, à l'adresse : https://marches.mirandel-sur-aube.fr
Adresse à laquelle des informations complémentaires peuvent être obtenues : le ou les point(s) de contact susmentionné(s)
Les offres ou les demandes de participation doivent être envoyées par voie électronique via : https://marches.mirandel-sur-aube.fr
I.4) Type de pouvoir adjudicateur
Autorité régionale ou locale
I.5) Activité principale
Services généraux des administrations publiques

Section II : Objet
II.1) Étendue du marché
II.1.1) Intitulé :
Exploitation, maintenance et gros entretien des installations de chauffage, de ventilation et de production d'eau chaude sanitaire des bâtiments communaux
Numéro de référence : 2027-CVC-01
II.1.2) Code CPV principal
50720000 Services de réparation et d'entretien de chauffage central
II.1.3) Type de marché
Services
II.1.4) Description succincte :
Marché d'exploitation de type MTI (prestations P1 combustible avec intéressement, P2 conduite et petit entretien, P3 garantie totale) pour 54 bâtiments communaux, sur une durée de huit ans.
II.1.5) Valeur totale estimée
Valeur hors TVA : 3~600~000.00 EUR
II.1.6) Information sur les lots
Ce marché est divisé en lots : oui
Des offres peuvent être soumises pour tous les lots
II.2) Description
II.2.1) Intitulé :
Patrimoine scolaire et petite enfance
Lot nº : 1
II.2.2) Code(s) CPV additionnel(s)
09123000 Gaz naturel
II.2.3) Lieu d'exécution
Code NUTS : FRF21 Aube
Lieu principal d'exécution : Mirandel-sur-Aube
II.2.4) Description des prestations :
31 bâtiments (écoles maternelles et élémentaires, crèches, restaurants scolaires).
II.2.5) Critères d'attribution
Les critères énoncés ci-dessous
Critère de qualité - Nom : Valeur technique / Pondération : 35
Critère de qualité - Nom : Engagement de performance énergétique (niveau de consommation garanti et partage des économies) / Pondération : 15
Critère de qualité - Nom : Performance en matière d'insertion professionnelle des publics en difficulté / Pondération : 5
Prix - Pondération : 45
II.2.6) Valeur estimée
Valeur hors TVA : 2~100~000.00 EUR
II.2.7) Durée du marché, de l'accord-cadre ou du système d'acquisition dynamique
Durée en mois : 96
Ce marché peut faire l'objet d'une reconduction : non
II.2.10) Variantes
Des variantes seront prises en considération : non
II.2.11) Information sur les options
Options : non
II.2.13) Information sur les fonds de l'Union européenne
Le contrat s'inscrit dans un projet/programme financé par des fonds de l'Union européenne : non
II.2.14) Informations complémentaires
Clause d'insertion du lot 1 : 1~100 heures sur la durée du marché.
II.2) Description
II.2.1) Intitulé :
Équipements sportifs et culturels
Lot nº : 2
II.2.3) Lieu d'exécution
Code NUTS : FRF21 Aube
II.2.4) Description des prestations :
23 bâtiments (gymnases, piscine, médiathèque, salle des fêtes, école de musique).
II.2.5) Critères d'attribution
Les critères énoncés ci-dessous
Critère de qualité - Nom : Valeur technique / Pondération : 35
Critère de qualité - Nom : Engagement de performance énergétique (niveau de consommation garanti et partage des économies) / Pondération : 15
Critère de qualité - Nom : Performance en matière d'insertion professionnelle des publics en difficulté / Pondération : 5
Prix - Pondération : 45
II.2.6) Valeur estimée
Valeur hors TVA : 1~500~000.00 EUR
II.2.7) Durée du marché, de l'accord-cadre ou du système d'acquisition dynamique
Durée en mois : 96
Ce marché peut faire l'objet d'une reconduction : non
II.2.14) Informations complémentaires
Clause d'insertion du lot 2 : 700 heures sur la durée du marché.

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1) Conditions de participation
III.1.1) Habilitation à exercer l'activité professionnelle, y compris exigences relatives à l'inscription au registre du commerce ou de la profession
Liste et description succincte des conditions : attestation de capacité à manipuler les fluides frigorigènes prévue à l'article R. 543-99 du code de l'environnement.
III.1.2) Capacité économique et financière
Critères de sélection tels que mentionnés dans les documents de la consultation
III.1.3) Capacité technique et professionnelle
Critères de sélection tels que mentionnés dans les documents de la consultation
III.2) Conditions liées au marché
III.2.2) Conditions particulières d'exécution :
Le marché comporte une clause sociale d'insertion (article L. 2112-2 du code de la commande publique) représentant 1~800 heures au total pour les deux lots. Le titulaire de chaque lot s'engage en outre contractuellement sur un niveau de consommation de combustible par bâtiment ; les économies constatées sont partagées avec la Ville et les dépassements donnent lieu à une pénalité.

Section IV : Procédure
IV.1) Description
IV.1.1) Type de procédure
Procédure ouverte
IV.1.8) Information concernant l'accord sur les marchés publics (AMP)
Le marché est couvert par l'accord sur les marchés publics : oui
IV.2) Renseignements d'ordre administratif
IV.2.2) Date limite de réception des offres ou des demandes de participation
Date : 20/09/2027
Heure locale : 12:00
IV.2.4) Langue(s) pouvant être utilisée(s) dans l'offre ou la demande de participation :
français
IV.2.6) Délai minimal pendant lequel le soumissionnaire est tenu de maintenir son offre
Durée en mois : 6 (à compter de la date limite de réception des offres)
IV.2.7) Modalités d'ouverture des offres
Date : 20/09/2027
Heure locale : 14:00

Section VI : Renseignements complémentaires
VI.1) Renouvellement
Il s'agit d'un marché renouvelable : non
VI.3) Informations complémentaires :
Une visite des chaufferies est obligatoire ; les dates sont fixées dans le règlement de la consultation. Les candidats peuvent répondre à un ou aux deux lots.
VI.4) Procédures de recours
VI.4.1) Instance chargée des procédures de recours
Nom officiel : Tribunal administratif de Châlons-en-Champagne
Adresse postale : 25 rue du Lycée
Ville : Châlons-en-Champagne
Code postal : 51036
Pays : France
VI.5) Date d'envoi du présent avis
08/08/2027
"""


def d28():
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1800, critere_social=1, clause_environnementale=1,
            critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=3600000,
            evidence=["divisé en lots : oui", "Lot nº : 2",
                      "représentant 1 800 heures au total pour les deux lots",
                      "Performance en matière d'insertion professionnelle",
                      "Engagement de performance énergétique",
                      "s'engage en outre contractuellement sur un niveau de consommation",
                      "Valeur hors TVA : 3 600 000.00 EUR"])
    return DOC("d28_AVIS_JOUE_2027-CVC-01.txt", "AVIS", lab, raw=D28)


# ============================================================================ d29 – avis JOUE en anglais (TXT), réservé EA/ESAT
D29 = """Contract notice
Services
Legal Basis:
Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses
Official name: Communauté d'agglomération du Grand Auvert
National registration number: 20007812300016
Postal address: 12 rue des Forges
Town: Auvert-les-Bains
NUTS code: FRK13 Cantal
Postal code: 15230
Country: France
Contact person: Service de la commande publique
E-mail: commande.publique@grand-auvert.fr
Internet address(es):
Main address: https://www.grand-auvert.fr
Address of the buyer profile: https://marches.grand-auvert.fr
I.3) Communication
The procurement documents are available for unrestricted and full direct access, free of charge, at: https://marches.grand-auvert.fr
Additional information can be obtained from the abovementioned address
Tenders or requests to participate must be submitted electronically via: https://marches.grand-auvert.fr
I.4) Type of the contracting authority
Regional or local authority
I.5) Main activity
General public services

Section II: Object
II.1) Scope of the procurement
II.1.1) Title:
Interior and exterior cleaning of the vehicle fleet of the urban bus network and of the community services
Reference number: 2027-LAV-03
II.1.2) Main CPV code
50112300 Car-washing and similar services
II.1.3) Type of contract
Services
II.1.4) Short description:
Interior and exterior cleaning of 46 buses, 12 minibuses and 85 light vehicles at the Les Prades depot, including disinfection of driver cabins and removal of tags on bodywork.
II.1.5) Estimated total value
Value excluding VAT: 240~000.00 EUR
II.1.6) Information about lots
This contract is divided into lots: no
II.2) Description
II.2.3) Place of performance
NUTS code: FRK13 Cantal
Main site or place of performance:
Dépôt des Prades, Auvert-les-Bains
II.2.4) Description of the procurement:
Daily interior cleaning of buses in service, weekly exterior washing in the depot washing station operated by the contractor, quarterly deep cleaning of seats and floors, cleaning of light vehicles on request.
II.2.5) Award criteria
Criteria below
Quality criterion - Name: Technical value (organisation of teams, supervision, cleaning protocols) / Weighting: 40
Quality criterion - Name: Environmental performance (water consumption per vehicle washed, recycling of washing water, biodegradability of products) / Weighting: 20
Price - Weighting: 40
II.2.7) Duration of the contract, framework agreement or dynamic purchasing system
Duration in months: 36
This contract is subject to renewal: no
II.2.10) Information about variants
Variants will be accepted: no
II.2.11) Information about options
Options: no
II.2.13) Information about European Union funds
The procurement is related to a project and/or programme financed by European Union funds: no

Section III: Legal, economic, financial and technical information
III.1) Conditions for participation
III.1.1) Suitability to pursue the professional activity, including requirements relating to enrolment on professional or trade registers
List and brief description of conditions: see procurement documents
III.1.2) Economic and financial standing
Selection criteria as stated in the procurement documents
III.1.3) Technical and professional ability
Selection criteria as stated in the procurement documents
III.1.5) Information about reserved contracts
The contract is restricted to sheltered workshops and economic operators aiming at the social and professional integration of disabled or disadvantaged persons
III.2) Conditions related to the contract
III.2.2) Contract performance conditions:
See the special administrative clauses (CCAP).

Section IV: Procedure
IV.1) Description
IV.1.1) Type of procedure
Open procedure
IV.1.8) Information about the Government Procurement Agreement (GPA)
The procurement is covered by the Government Procurement Agreement: yes
IV.2) Administrative information
IV.2.2) Time limit for receipt of tenders or requests to participate
Date: 03/05/2027
Local time: 12:00
IV.2.4) Languages in which tenders or requests to participate may be submitted:
French
IV.2.6) Minimum time frame during which the tenderer must maintain the tender
Duration in months: 4 (from the date stated for receipt of tender)

Section VI: Complementary information
VI.1) Information about recurrence
This is a recurrent procurement: no
VI.3) Additional information:
The contract is reserved, pursuant to Article L. 2113-12 of the French Public Procurement Code (Code de la commande publique), to "entreprises adaptées", "établissements et services d'aide par le travail" (ESAT) and equivalent structures in which at least 50 % of the workers are disabled persons. Tenderers shall provide evidence of their status with their application.
VI.4) Procedures for review
VI.4.1) Review body
Official name: Tribunal administratif de Clermont-Ferrand
Postal address: 6 cours Sablon
Town: Clermont-Ferrand
Postal code: 63033
Country: France
VI.5) Date of dispatch of this notice:
28/03/2027
"""


def d29():
    lab = L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=0,
            montant_estime_ht=240000,
            evidence=["The contract is reserved, pursuant to Article L. 2113-12",
                      "Environmental performance (water consumption per vehicle washed",
                      "This contract is divided into lots: no",
                      "Value excluding VAT: 240 000.00 EUR"])
    return DOC("d29_NOTICE_EN_vehicle_cleaning.txt", "AVIS", lab, raw=D29)


# ============================================================================ d30 – avis JOUE en anglais (TXT), dispositifs médicaux
D30 = """Contract notice
Supplies
Legal Basis:
Directive 2014/24/EU

Section I: Contracting authority
I.1) Name and addresses
Official name: Centre hospitalier de Vesoulx, établissement support du GHT Rives de Loue
National registration number: 26390005100017
Postal address: 2 rue du Docteur-Bérard
Town: Vesoulx
NUTS code: FRC21 Doubs
Postal code: 25420
Country: France
Contact person: Direction des achats du GHT
E-mail: achats.ght@ch-vesoulx.fr
Internet address(es):
Main address: https://www.ch-vesoulx.fr
I.2) Information about joint procurement
The contract involves joint procurement
In the case of joint procurement involving different countries, state applicable national procurement law:
Purchases on behalf of the seven establishments party to the GHT Rives de Loue.
I.3) Communication
The procurement documents are available for unrestricted and full direct access, free of charge, at: https://achats-ght-rivesdeloue.fr
I.4) Type of the contracting authority
Body governed by public law
I.5) Main activity
Health

Section II: Object
II.1) Scope of the procurement
II.1.1) Title:
Supply of single-use medical devices for care units (perfusion, injection, dressings, gloves)
Reference number: GHT-RDL-2027-DM04
II.1.2) Main CPV code
33140000 Medical consumables
II.1.3) Type of contract
Supplies
II.1.4) Short description:
Framework agreements for the supply of single-use medical devices to the establishments of the GHT.
II.1.5) Estimated total value
Value excluding VAT: 5~800~000.00 EUR
II.1.6) Information about lots
This contract is divided into lots: yes
Tenders may be submitted for all lots
II.2) Description
II.2.1) Title: Perfusion sets and accessories
Lot No: 1
II.2.1) Title: Syringes and needles
Lot No: 2
II.2.1) Title: Dressings and wound care
Lot No: 3
II.2.1) Title: Examination gloves
Lot No: 4
II.2.1) Title: Urinary catheters and collection bags
Lot No: 5
II.2.1) Title: Oxygen therapy consumables
Lot No: 6
II.2.5) Award criteria (identical for all lots)
Criteria below
Quality criterion - Name: Technical value and user trial results / Weighting: 45
Quality criterion - Name: Environmental performance (packaging reduction, recyclable materials, end of life, transport) / Weighting: 10
Quality criterion - Name: Social responsibility in the supply chain (measures ensuring compliance with ILO core conventions at manufacturing sites) / Weighting: 5
Price - Weighting: 40
II.2.7) Duration of the contract, framework agreement or dynamic purchasing system
Duration in months: 48
This contract is subject to renewal: no

Section III: Legal, economic, financial and technical information
III.1.5) Information about reserved contracts
III.2) Conditions related to the contract
III.2.2) Contract performance conditions:
The contractor shall ensure that the products supplied are manufactured in compliance with the fundamental conventions of the International Labour Organization and shall submit, at the request of the contracting authority, the reports of independent social audits of the manufacturing sites; a corrective action plan is required within three months where a breach is identified. Deliveries shall be grouped to a maximum of one delivery per week and per establishment; secondary packaging shall be kept to a minimum and taken back by the contractor.

Section IV: Procedure
IV.1.1) Type of procedure
Open procedure
IV.1.3) Information about a framework agreement or a dynamic purchasing system
The procurement involves the establishment of a framework agreement
Framework agreement with a single operator
IV.1.8) Information about the Government Procurement Agreement (GPA)
The procurement is covered by the Government Procurement Agreement: yes
IV.2.2) Time limit for receipt of tenders or requests to participate
Date: 14/06/2027
Local time: 16:00
IV.2.4) Languages in which tenders or requests to participate may be submitted:
French

Section VI: Complementary information
VI.3) Additional information:
Samples are required for the user trials of lots 1, 2 and 4. Payment period: 50 days.
VI.4.1) Review body
Official name: Tribunal administratif de Besançon
Town: Besançon
Country: France
VI.5) Date of dispatch of this notice:
29/04/2027
"""


def d30():
    lab = L(clause_sociale=1, critere_social=1, clause_environnementale=1, critere_environnemental=1,
            allotissement=1, nb_lots=6, montant_estime_ht=5800000,
            evidence=["divided into lots: yes", "Lot No: 6",
                      "Social responsibility in the supply chain",
                      "Environmental performance (packaging reduction",
                      "in compliance with the fundamental conventions of the International Labour Organization",
                      "taken back by the contractor", "Value excluding VAT: 5 800 000.00 EUR"])
    return DOC("d30_NOTICE_EN_medical_devices.txt", "AVIS", lab, raw=D30)


# ============================================================================ XML TED R2.0.9 (TED_EXPORT)
def _x(s):
    return escape(s.replace("~", NB))


def _ps(text):
    return "".join("<P>%s</P>" % _x(t) for t in (text if isinstance(text, list) else [text]))


def ted_export(doc_id, form, lg, codif, body, title, town, aa_name, cpv, cpv_label, nuts, nuts_label, value):
    return """<?xml version="1.0" encoding="UTF-8"?>
<TED_EXPORT xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:n2016="http://publications.europa.eu/resource/schema/ted/2016/nuts" xsi:schemaLocation="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication TED_EXPORT.xsd" VERSION="R2.0.9.S05.E01" DOC_ID="{doc_id}" EDITION="{edition}">
  <TECHNICAL_SECTION>
    <RECEPTION_ID>{rec}</RECEPTION_ID>
    <DELETION_DATE>{deletion}</DELETION_DATE>
    <FORM_LG_LIST>{lg} </FORM_LG_LIST>
    <COMMENTS>From Convertor</COMMENTS>
  </TECHNICAL_SECTION>
  <LINKS_SECTION>
    <XML_SCHEMA_DEFINITION_LINK xlink:type="simple" xlink:href="http://ted.europa.eu" xlink:title="TED WEBSITE"/>
    <OFFICIAL_FORMS_LINK xlink:type="simple" xlink:href="http://ted.europa.eu"/>
    <FORMS_LABELS_LINK xlink:type="simple" xlink:href="http://ted.europa.eu"/>
    <ORIGINAL_CPV_LINK xlink:type="simple" xlink:href="http://ted.europa.eu"/>
    <ORIGINAL_NUTS_LINK xlink:type="simple" xlink:href="http://ted.europa.eu"/>
  </LINKS_SECTION>
  <CODED_DATA_SECTION>
    <REF_OJS>
      <COLL_OJ>S</COLL_OJ>
      <NO_OJ>{no_oj}</NO_OJ>
      <DATE_PUB>{date_pub}</DATE_PUB>
    </REF_OJS>
    <NOTICE_DATA>
      <NO_DOC_OJS>{year}/S {no_oj}-{num}</NO_DOC_OJS>
      <URI_LIST>
        <URI_DOC LG="{lg}">https://ted.europa.eu/udl?uri=TED:NOTICE:{doc_id}:TEXT:{lg}:HTML</URI_DOC>
      </URI_LIST>
      <LG_ORIG>{lg}</LG_ORIG>
      <ISO_COUNTRY VALUE="FR"/>
      <ORIGINAL_CPV CODE="{cpv}">{cpv_label}</ORIGINAL_CPV>
      <n2016:PERFORMANCE_NUTS CODE="{nuts}">{nuts_label}</n2016:PERFORMANCE_NUTS>
      <VALUES>
        <VALUE TYPE="ESTIMATED_TOTAL" CURRENCY="EUR">{value}</VALUE>
      </VALUES>
    </NOTICE_DATA>
    <CODIF_DATA>
{codif}
    </CODIF_DATA>
  </CODED_DATA_SECTION>
  <TRANSLATION_SECTION>
    <ML_TITLES>
      <ML_TI_DOC LG="{lg}">
        <TI_CY>France</TI_CY>
        <TI_TOWN>{town}</TI_TOWN>
        <TI_TEXT><P>{title}</P></TI_TEXT>
      </ML_TI_DOC>
    </ML_TITLES>
    <ML_AA_NAMES>
      <AA_NAME LG="{lg}">{aa}</AA_NAME>
    </ML_AA_NAMES>
  </TRANSLATION_SECTION>
  <FORM_SECTION>
{body}
  </FORM_SECTION>
</TED_EXPORT>
""".format(doc_id=doc_id, edition=doc_id.split("-")[1] + "156", rec=doc_id.replace("-", "") + "-001",
           deletion=doc_id.split("-")[1] + "1015", lg=lg, no_oj="156", date_pub=doc_id.split("-")[1] + "0813",
           year=doc_id.split("-")[1], num=doc_id.split("-")[0], cpv=cpv, cpv_label=_x(cpv_label), nuts=nuts,
           nuts_label=_x(nuts_label), value=value, codif=codif, town=_x(town), title=_x(title), aa=_x(aa_name),
           body=body)


def ted_codif(dispatch, deadline, nature_code, nature, proc_code, proc, bid_code, bid, ac_code, ac, doc_code="3",
              doc="Avis de marché", heading="01A24"):
    return """      <DS_DATE_DISPATCH>{d}</DS_DATE_DISPATCH>
      <DT_DATE_FOR_SUBMISSION>{dl}</DT_DATE_FOR_SUBMISSION>
      <AA_AUTHORITY_TYPE CODE="3">Autorité régionale ou locale</AA_AUTHORITY_TYPE>
      <TD_DOCUMENT_TYPE CODE="{dc}">{doc}</TD_DOCUMENT_TYPE>
      <NC_CONTRACT_NATURE CODE="{nc}">{n}</NC_CONTRACT_NATURE>
      <PR_PROC CODE="{pc}">{p}</PR_PROC>
      <RP_REGULATION CODE="4">Union européenne</RP_REGULATION>
      <TY_TYPE_BID CODE="{bc}">{b}</TY_TYPE_BID>
      <AC_AWARD_CRIT CODE="{acc}">{ac}</AC_AWARD_CRIT>
      <MA_MAIN_ACTIVITIES CODE="R">Services généraux des administrations publiques</MA_MAIN_ACTIVITIES>
      <HEADING>{h}</HEADING>
      <DIRECTIVE VALUE="2014/24/EU"/>""".format(d=dispatch, dl=deadline, dc=doc_code, doc=doc, nc=nature_code,
                                                   n=nature, pc=proc_code, p=proc, bc=bid_code, b=bid, acc=ac_code,
                                                   ac=ac, h=heading)


def ted_body(cb, url, email, siret, street, town, pc, nuts):
    return """      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>{cb}</OFFICIALNAME>
          <NATIONALID>{siret}</NATIONALID>
          <ADDRESS>{street}</ADDRESS>
          <TOWN>{town}</TOWN>
          <POSTAL_CODE>{pc}</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
          <E_MAIL>{email}</E_MAIL>
          <n2016:NUTS CODE="{nuts}"/>
          <URL_GENERAL>{url}</URL_GENERAL>
          <URL_BUYER>{url}/marches</URL_BUYER>
        </ADDRESS_CONTRACTING_BODY>
        <DOCUMENT_FULL/>
        <URL_DOCUMENT>{url}/marches</URL_DOCUMENT>
        <ADDRESS_FURTHER_INFO_IDEM/>
        <URL_PARTICIPATION>{url}/marches</URL_PARTICIPATION>
        <CA_TYPE VALUE="REGIONAL_AUTHORITY"/>
        <CA_ACTIVITY VALUE="GENERAL_PUBLIC_SERVICES"/>
      </CONTRACTING_BODY>""".format(cb=_x(cb), siret=siret, street=_x(street), town=_x(town), pc=pc, email=email,
                                    nuts=nuts, url=url)


def ted_ac(quality, price):
    q = "".join("""
            <AC_QUALITY>
              <AC_CRITERION>%s</AC_CRITERION>
              <AC_WEIGHTING>%s</AC_WEIGHTING>
            </AC_QUALITY>""" % (_x(n), w) for n, w in quality)
    return """          <AC>%s
            <AC_PRICE>
              <AC_WEIGHTING>%s</AC_WEIGHTING>
            </AC_PRICE>
          </AC>""" % (q, price)


def ted_lot(item, title, lot_no, cpv, nuts, site, descr, ac, value, months, info=None):
    return """        <OBJECT_DESCR ITEM="{item}">
          <TITLE><P>{title}</P></TITLE>
          {lotno}
          <CPV_ADDITIONAL><CPV_CODE CODE="{cpv}"/></CPV_ADDITIONAL>
          <n2016:NUTS CODE="{nuts}"/>
          <MAIN_SITE><P>{site}</P></MAIN_SITE>
          <SHORT_DESCR>{descr}</SHORT_DESCR>
{ac}
          <VAL_OBJECT CURRENCY="EUR">{value}</VAL_OBJECT>
          <DURATION TYPE="MONTH">{months}</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>{info}
        </OBJECT_DESCR>""".format(item=item, title=_x(title), lotno=("<LOT_NO>%s</LOT_NO>" % lot_no) if lot_no else "",
                                  cpv=cpv, nuts=nuts, site=_x(site), descr=_ps(descr), ac=ac, value=value,
                                  months=months, info=("\n          <INFO_ADD>%s</INFO_ADD>" % _ps(info)) if info else "")


def ted_procedure(date, time, opening, months=6, gpa=True):
    return """      <PROCEDURE>
        <PT_OPEN/>
        {gpa}
        <DATE_RECEIPT_TENDERS>{date}</DATE_RECEIPT_TENDERS>
        <TIME_RECEIPT_TENDERS>{time}</TIME_RECEIPT_TENDERS>
        <LANGUAGES>
          <LANGUAGE VALUE="FR"/>
        </LANGUAGES>
        <DURATION_TENDER_VALID TYPE="MONTH">{m}</DURATION_TENDER_VALID>
        <OPENING_CONDITION>
          <DATE_OPENING_TENDERS>{date}</DATE_OPENING_TENDERS>
          <TIME_OPENING_TENDERS>{opening}</TIME_OPENING_TENDERS>
        </OPENING_CONDITION>
      </PROCEDURE>""".format(gpa="<CONTRACT_COVERED_GPA/>" if gpa else "<NO_CONTRACT_COVERED_GPA/>", date=date,
                              time=time, m=months, opening=opening)


def ted_compl(info, ta, ta_addr, ta_town, ta_pc, dispatch):
    return """      <COMPLEMENTARY_INFO>
        <NO_RECURRENT_PROCUREMENT/>
        <INFO_ADD>{info}</INFO_ADD>
        <ADDRESS_REVIEW_BODY>
          <OFFICIALNAME>{ta}</OFFICIALNAME>
          <ADDRESS>{a}</ADDRESS>
          <TOWN>{t}</TOWN>
          <POSTAL_CODE>{pc}</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
        </ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>{d}</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>""".format(info=_ps(info), ta=_x(ta), a=_x(ta_addr), t=_x(ta_town), pc=ta_pc, d=dispatch)


# ============================================================================ d31 – TED F02 travaux centre technique
def d31():
    q_ins = [("Valeur technique (méthodologie, planning, moyens affectés)", "35"),
             ("Performance en matière d'insertion professionnelle des publics en difficulté", "10")]
    q_std = [("Valeur technique (méthodologie, planning, moyens affectés)", "40")]
    lots = [
        ("Lot 1 - Terrassements, VRD, gros œuvre", "1", "45262000", "Terrassements, fondations, dallage, voiles et "
         "planchers béton du bâtiment d'ateliers et du bâtiment administratif ; voiries et réseaux divers.",
         q_ins, "55", "1910000"),
        ("Lot 2 - Charpente métallique, couverture, bardage", "2", "45261000", "Charpente métallique des ateliers "
         "(1 850 m²), couverture bac acier, bardage double peau et translucide.", q_ins, "55", "980000"),
        ("Lot 3 - Menuiseries extérieures et serrurerie", "3", "45421000", "Menuiseries aluminium, portes "
         "sectionnelles, serrurerie, clôtures et portails.", q_std, "60", "420000"),
        ("Lot 4 - Cloisons, doublages, peinture, sols", "4", "45410000", "Aménagements intérieurs du bâtiment "
         "administratif et des vestiaires.", q_std, "60", "310000"),
        ("Lot 5 - Électricité, plomberie, chauffage, ventilation", "5", "45310000", "Courants forts et faibles, "
         "plomberie sanitaire, chauffage par pompe à chaleur, ventilation double flux.", q_std, "60", "330000"),
    ]
    lot_xml = "\n".join(ted_lot(i + 1, t, n, cpv, "FRJ11", "Zone d'activités du Pech, 11250 Castelmont-d'Aude", d,
                                ted_ac(q, p), v, "16") for i, (t, n, cpv, d, q, p, v) in enumerate(lots))
    form = """    <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="FR">
      <LEGAL_BASIS VALUE="32014L0024"/>
{cb}
      <OBJECT_CONTRACT>
        <TITLE><P>Construction du centre technique municipal</P></TITLE>
        <REFERENCE_NUMBER>2027-CTM-01</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="45213150"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="WORKS"/>
        <SHORT_DESCR><P>Construction d'un centre technique municipal comprenant des ateliers, un magasin, des garages et un bâtiment administratif avec vestiaires, sur un terrain de 1,2 ha. Travaux répartis en cinq lots.</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">3950000</VAL_ESTIMATED_TOTAL>
        <LOT_DIVISION>
          <LOT_ALL/>
        </LOT_DIVISION>
{lots}
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>Voir le règlement de la consultation.</P></SUITABILITY>
        <ECONOMIC_CRITERIA_DOC/>
        <TECHNICAL_CRITERIA_DOC/>
        <PERFORMANCE_CONDITIONS>{perf}</PERFORMANCE_CONDITIONS>
      </LEFTI>
{proc}
{compl}
    </F02_2014>""".format(
        cb=ted_body("Ville de Castelmont-d'Aude", "https://www.castelmont-aude.fr", "marches@castelmont-aude.fr",
                    "21110087600012", "Place de la République", "Castelmont-d'Aude", "11250", "FRJ11"),
        lots=lot_xml,
        perf=_ps(["Les lots 1 et 2 comportent une clause d'insertion professionnelle : le titulaire du lot 1 "
                  "réalise 850 heures de travail au profit de personnes éloignées de l'emploi, celui du lot 2 "
                  "400 heures, soit 1~250 heures pour l'opération, avec l'appui du facilitateur du PLIE du "
                  "Carcassonnais Nord.",
                  "Tous lots : tri des déchets de chantier en flux séparés, traçabilité par bordereaux de suivi "
                  "et valorisation matière d'au moins 70 % des déchets non dangereux ; adhésion à la charte "
                  "chantier à faibles nuisances annexée au CCAP."]),
        proc=ted_procedure("2027-09-20", "12:00", "14:00", 4, gpa=False),
        compl=ted_compl(["Les candidats peuvent répondre à un ou plusieurs lots. Une visite du terrain est "
                         "conseillée. Les modalités de la clause d'insertion figurent à l'article 9 du CCAP."],
                        "Tribunal administratif de Montpellier", "6 rue Pitot", "Montpellier", "34063",
                        "2027-08-10"))
    codif = ted_codif("20270810", "20270920 12:00", "1", "Travaux", "1", "Procédure ouverte", "3",
                      "Soumission pour un ou plusieurs lots", "Z", "Non applicable")
    raw = ted_export("412345-2027", "F02", "FR", codif, form, "Construction du centre technique municipal",
                     "Castelmont-d'Aude", "Ville de Castelmont-d'Aude", "45213150", "Immeubles de bureaux", "FRJ11",
                     "Aude", "3950000")
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1250, critere_social=1, clause_environnementale=1,
            allotissement=1, nb_lots=5, montant_estime_ht=3950000,
            evidence=["Travaux répartis en cinq lots", "soit 1 250 heures pour l'opération",
                      "Performance en matière d'insertion professionnelle des publics en difficulté",
                      "valorisation matière d'au moins 70 % des déchets non dangereux",
                      "[VAL_ESTIMATED_TOTAL = 3950000]"])
    return DOC("d31_TED_F02_412345-2027.xml", "AVIS", lab, raw=raw)


# ============================================================================ d32 – TED F02 services, case « atelier protégé » cochée, texte L2113-13
def d32():
    form = """    <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="FR">
      <LEGAL_BASIS VALUE="32014L0024"/>
{cb}
      <OBJECT_CONTRACT>
        <TITLE><P>Enlèvement des graffitis, des tags et de l'affichage sauvage sur le domaine public et les bâtiments communaux</P></TITLE>
        <REFERENCE_NUMBER>DPU-2027-11</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="90690000"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SERVICES"/>
        <SHORT_DESCR><P>Accord-cadre à bons de commande pour l'effacement des graffitis et tags, l'enlèvement de l'affichage sauvage et la pose de vernis anti-graffitis. Le marché n'est pas alloti.</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">180000</VAL_ESTIMATED_TOTAL>
        <NO_LOT_DIVISION/>
{lot}
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>Document attestant que le candidat relève de l'une des catégories de structures mentionnées au point VI.3.</P></SUITABILITY>
        <ECONOMIC_CRITERIA_DOC/>
        <TECHNICAL_CRITERIA_DOC/>
        <RESTRICTED_SHELTERED_WORKSHOP/>
        <PERFORMANCE_CONDITIONS><P>Délai d'intervention de 48 heures, ramené à 4 heures pour les inscriptions injurieuses.</P></PERFORMANCE_CONDITIONS>
      </LEFTI>
{proc}
{compl}
    </F02_2014>""".format(
        cb=ted_body("Ville de Sarrebois", "https://www.sarrebois.fr", "commande.publique@sarrebois.fr",
                    "21570631100019", "4 rue de l'Hôtel de Ville", "Sarrebois", "57410", "FRF33"),
        lot=ted_lot(1, "Enlèvement des graffitis et de l'affichage sauvage", None, "90690000", "FRF33",
                    "Territoire communal", ["Interventions sur façades, mobilier urbain, ouvrages d'art ; "
                                            "interventions programmées et urgentes."],
                    ted_ac([("Qualité des méthodes et délais d'intervention", "40")], "60"), "180000", "48"),
        proc=ted_procedure("2027-06-14", "12:00", "14:30", 4, gpa=True),
        compl=ted_compl(["Marché réservé en application de l'article L. 2113-13 du code de la commande publique "
                         "aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 "
                         "du code du travail (entreprises d'insertion, entreprises de travail temporaire "
                         "d'insertion, associations intermédiaires, ateliers et chantiers d'insertion) et aux "
                         "structures équivalentes.",
                         "Durée : un an reconductible trois fois."],
                        "Tribunal administratif de Strasbourg", "31 avenue de la Paix", "Strasbourg", "67070",
                        "2027-05-06"))
    codif = ted_codif("20270506", "20270614 12:00", "4", "Services", "1", "Procédure ouverte", "1",
                      "Soumission pour tous les lots", "2", "L'offre économiquement la plus avantageuse")
    raw = ted_export("298761-2027", "F02", "FR", codif, form, "Enlèvement des graffitis et de l'affichage sauvage",
                     "Sarrebois", "Ville de Sarrebois", "90690000", "Services de nettoyage des graffitis", "FRF33",
                     "Moselle", "180000")
    lab = L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=180000,
            evidence=["Marché réservé en application de l'article L. 2113-13 du code de la commande publique",
                      "[case RESTRICTED_SHELTERED_WORKSHOP cochée : l'article cité prévaut]",
                      "Le marché n'est pas alloti.", "[VAL_ESTIMATED_TOTAL = 180000]"])
    return DOC("d32_TED_F02_298761-2027.xml", "AVIS", lab, raw=raw)


# ============================================================================ d33 – TED F21 services sociaux, réservé art. 77
def d33():
    lots = [("Territoire d'action sociale Nord", "1", "Accompagnement de 320 bénéficiaires par an.", "480000"),
            ("Territoire d'action sociale Centre", "2", "Accompagnement de 380 bénéficiaires par an.", "540000"),
            ("Territoire d'action sociale Sud", "3", "Accompagnement de 220 bénéficiaires par an.", "330000")]
    lx = []
    for i, (t, n, dsc, v) in enumerate(lots):
        lx.append("""        <OBJECT_DESCR ITEM="{i}">
          <TITLE><P>{t}</P></TITLE>
          <LOT_NO>{n}</LOT_NO>
          <CPV_ADDITIONAL><CPV_CODE CODE="85312320"/></CPV_ADDITIONAL>
          <n2016:NUTS CODE="FRI32"/>
          <SHORT_DESCR><P>{d}</P></SHORT_DESCR>
          <VAL_OBJECT CURRENCY="EUR">{v}</VAL_OBJECT>
          <DURATION TYPE="MONTH">36</DURATION>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>""".format(i=i + 1, t=_x(t), n=n, d=_x(dsc), v=v))
    form = """    <F21_2014 CATEGORY="ORIGINAL" FORM="F21" LG="FR">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <NOTICE TYPE="CONTRACT"/>
{cb}
      <OBJECT_CONTRACT>
        <TITLE><P>Accompagnement socioprofessionnel renforcé des bénéficiaires du revenu de solidarité active</P></TITLE>
        <REFERENCE_NUMBER>DSI-RSA-2028</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="85312320"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SERVICES"/>
        <SHORT_DESCR><P>Accompagnement vers l'emploi des bénéficiaires du RSA orientés par le Département : diagnostic, levée des freins périphériques, mises en situation professionnelle, suivi dans l'emploi. Trois lots territoriaux.</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">1350000</VAL_ESTIMATED_TOTAL>
        <LOT_DIVISION>
          <LOT_ALL/>
        </LOT_DIVISION>
{lots}
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>Voir le règlement de la consultation.</P></SUITABILITY>
        <RESERVED_ORGANISATIONS_SERVICE_MISSION/>
      </LEFTI>
      <PROCEDURE>
        <PT_OPEN/>
        <DATE_RECEIPT_TENDERS>2027-10-04</DATE_RECEIPT_TENDERS>
        <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
        <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
      </PROCEDURE>
{compl}
    </F21_2014>""".format(
        cb=ted_body("Département de la Haute-Sauvière", "https://www.haute-sauviere.fr",
                    "achats@haute-sauviere.fr", "22870001200014", "Hôtel du Département, 11 place Tourny",
                    "Saint-Yrieix-la-Sauve", "87990", "FRI32"),
        lots="\n".join(lx),
        compl=ted_compl(["Services sociaux et autres services spécifiques passés selon la procédure adaptée "
                         "(articles R. 2123-1 3° et R. 2123-8). La participation est réservée aux organisations "
                         "remplissant les conditions de l'article 77 de la directive 2014/24/UE.",
                         "Critères d'attribution : valeur technique 60 %, prix 40 %."],
                        "Tribunal administratif de Limoges", "1 cours Vergniaud", "Limoges", "87000",
                        "2027-08-30"))
    codif = ted_codif("20270830", "20271004 12:00", "4", "Services", "1", "Procédure ouverte", "3",
                      "Soumission pour un ou plusieurs lots", "Z", "Non applicable", heading="01D24")
    raw = ted_export("388902-2027", "F21", "FR", codif, form, "Accompagnement socioprofessionnel des bénéficiaires du RSA",
                     "Saint-Yrieix-la-Sauve", "Département de la Haute-Sauvière", "85312320",
                     "Services d'orientation et de conseil", "FRI32", "Haute-Vienne", "1350000")
    lab = L(marche_reserve=1, reserve_base="L2113-15", allotissement=1, nb_lots=3, montant_estime_ht=1350000,
            evidence=["La participation est réservée aux organisations remplissant les conditions de l'article 77",
                      "[case RESERVED_ORGANISATIONS_SERVICE_MISSION]", "Trois lots territoriaux.",
                      "[VAL_ESTIMATED_TOTAL = 1350000]"])
    return DOC("d33_TED_F21_388902-2027.xml", "AVIS", lab, raw=raw)


# ============================================================================ XML eForms (UBL ContractNotice)
EF_NS = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" '
         'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
         'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
         'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2" '
         'xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" '
         'xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1" '
         'xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1"')


def ef_org(name, siret, street, city, pc, nuts, mail, phone, url):
    return """  <ext:UBLExtensions>
    <ext:UBLExtension>
      <ext:ExtensionContent>
        <efext:EformsExtension>
          <efac:NoticeSubType>
            <cbc:SubTypeCode listName="notice-subtype">16</cbc:SubTypeCode>
          </efac:NoticeSubType>
          <efac:Organizations>
            <efac:Organization>
              <efbc:AcquiringCPBIndicator>false</efbc:AcquiringCPBIndicator>
              <efbc:AwardingCPBIndicator>false</efbc:AwardingCPBIndicator>
              <efac:Company>
                <cbc:WebsiteURI>{url}</cbc:WebsiteURI>
                <cac:PartyIdentification>
                  <cbc:ID schemeName="organization">ORG-0001</cbc:ID>
                </cac:PartyIdentification>
                <cac:PartyName>
                  <cbc:Name languageID="FRA">{name}</cbc:Name>
                </cac:PartyName>
                <cac:PostalAddress>
                  <cbc:StreetName>{street}</cbc:StreetName>
                  <cbc:CityName>{city}</cbc:CityName>
                  <cbc:PostalZone>{pc}</cbc:PostalZone>
                  <cbc:CountrySubentityCode listName="nuts">{nuts}</cbc:CountrySubentityCode>
                  <cac:Country>
                    <cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode>
                  </cac:Country>
                </cac:PostalAddress>
                <cac:PartyLegalEntity>
                  <cbc:CompanyID>{siret}</cbc:CompanyID>
                </cac:PartyLegalEntity>
                <cac:Contact>
                  <cbc:Telephone>{phone}</cbc:Telephone>
                  <cbc:ElectronicMail>{mail}</cbc:ElectronicMail>
                </cac:Contact>
              </efac:Company>
            </efac:Organization>
            <efac:Organization>
              <efac:Company>
                <cac:PartyIdentification>
                  <cbc:ID schemeName="organization">ORG-0002</cbc:ID>
                </cac:PartyIdentification>
                <cac:PartyName>
                  <cbc:Name languageID="FRA">Tribunal administratif</cbc:Name>
                </cac:PartyName>
                <cac:PostalAddress>
                  <cac:Country>
                    <cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode>
                  </cac:Country>
                </cac:PostalAddress>
              </efac:Company>
            </efac:Organization>
          </efac:Organizations>
        </efext:EformsExtension>
      </ext:ExtensionContent>
    </ext:UBLExtension>
  </ext:UBLExtensions>""".format(name=_x(name), siret=siret, street=_x(street), city=_x(city), pc=pc, nuts=nuts,
                                 mail=mail, phone=phone, url=url)


def ef_head(notice_id, folder_id, date, legal_type, url):
    return """  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>
  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>
  <cbc:ID schemeName="notice-id">{nid}</cbc:ID>
  <cbc:ContractFolderID>{fid}</cbc:ContractFolderID>
  <cbc:IssueDate>{date}+02:00</cbc:IssueDate>
  <cbc:IssueTime>10:00:00+02:00</cbc:IssueTime>
  <cbc:VersionID>01</cbc:VersionID>
  <cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>
  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
  <cac:ContractingParty>
    <cbc:BuyerProfileURI>{url}</cbc:BuyerProfileURI>
    <cac:ContractingPartyType>
      <cbc:PartyTypeCode listName="buyer-legal-type">{lt}</cbc:PartyTypeCode>
    </cac:ContractingPartyType>
    <cac:ContractingActivity>
      <cbc:ActivityTypeCode listName="authority-activity">gen-pub</cbc:ActivityTypeCode>
    </cac:ContractingActivity>
    <cac:Party>
      <cac:PartyIdentification>
        <cbc:ID schemeName="organization">ORG-0001</cbc:ID>
      </cac:PartyIdentification>
    </cac:Party>
  </cac:ContractingParty>""".format(nid=notice_id, fid=folder_id, date=date, lt=legal_type, url=url)


def ef_criterion(kind, name, descr, weight):
    return """          <cac:SubordinateAwardingCriterion>
            <ext:UBLExtensions>
              <ext:UBLExtension>
                <ext:ExtensionContent>
                  <efext:EformsExtension>
                    <efac:AwardCriterionParameter>
                      <efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode>
                      <efbc:ParameterNumeric>{w}</efbc:ParameterNumeric>
                    </efac:AwardCriterionParameter>
                  </efext:EformsExtension>
                </ext:ExtensionContent>
              </ext:UBLExtension>
            </ext:UBLExtensions>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">{k}</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">{n}</cbc:Name>
            <cbc:Description languageID="FRA">{d}</cbc:Description>
          </cac:SubordinateAwardingCriterion>""".format(w=weight, k=kind, n=_x(name), d=_x(descr))


def ef_lot(lot_id, name, descr, nature, cpv, nuts, months, strategic, reserved, criteria, perf=None, note=None,
           est=None, fmax=None, deadline="2027-09-01"):
    strat = "".join("""
      <cac:ProcurementAdditionalType>
        <cbc:ProcurementTypeCode listName="{l}">{c}</cbc:ProcurementTypeCode>
      </cac:ProcurementAdditionalType>""".format(l=l, c=c) for l, c in strategic)
    perf_xml = ""
    if perf:
        perf_xml = """
      <cac:ContractExecutionRequirement>
        <cbc:ExecutionRequirementCode listName="conditions">true</cbc:ExecutionRequirementCode>
        <cbc:Description languageID="FRA">%s</cbc:Description>
      </cac:ContractExecutionRequirement>""" % _x(perf)
    tot = ""
    if est or fmax:
        ext = ""
        if fmax:
            ext = """
        <ext:UBLExtensions>
          <ext:UBLExtension>
            <ext:ExtensionContent>
              <efext:EformsExtension>
                <efbc:FrameworkMaximumAmount currencyID="EUR">%s</efbc:FrameworkMaximumAmount>
              </efext:EformsExtension>
            </ext:ExtensionContent>
          </ext:UBLExtension>
        </ext:UBLExtensions>""" % fmax
        tot = """
      <cac:RequestedTenderTotal>%s%s
      </cac:RequestedTenderTotal>""" % (ext, ("\n        <cbc:EstimatedOverallContractAmount currencyID=\"EUR\">%s</cbc:EstimatedOverallContractAmount>" % est) if est else "")
    return """  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">{lot}</cbc:ID>
    <cac:TenderingTerms>
      <cbc:VariantConstraintCode listName="permission">not-allowed</cbc:VariantConstraintCode>
      <cbc:FundingProgramCode listName="eu-funded">no-eu-funds</cbc:FundingProgramCode>
      <cbc:RecurringProcurementIndicator>false</cbc:RecurringProcurementIndicator>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement>
          <cbc:TendererRequirementTypeCode listName="reserved-procurement">{res}</cbc:TendererRequirementTypeCode>
        </cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>{perf}
      <cac:AwardingTerms>
        <cac:AwardingCriterion>
{crit}
        </cac:AwardingCriterion>
      </cac:AwardingTerms>
      <cac:TenderValidityPeriod>
        <cbc:DurationMeasure unitCode="MONTH">6</cbc:DurationMeasure>
      </cac:TenderValidityPeriod>
      <cac:AppealTerms>
        <cac:AppealReceiverParty>
          <cac:PartyIdentification>
            <cbc:ID schemeName="organization">ORG-0002</cbc:ID>
          </cac:PartyIdentification>
        </cac:AppealReceiverParty>
      </cac:AppealTerms>
    </cac:TenderingTerms>
    <cac:TenderingProcess>
      <cac:TenderSubmissionDeadlinePeriod>
        <cbc:EndDate>{dl}+02:00</cbc:EndDate>
        <cbc:EndTime>12:00:00+02:00</cbc:EndTime>
      </cac:TenderSubmissionDeadlinePeriod>
    </cac:TenderingProcess>
    <cac:ProcurementProject>
      <cbc:ID schemeName="InternalID">{lot}</cbc:ID>
      <cbc:Name languageID="FRA">{name}</cbc:Name>
      <cbc:Description languageID="FRA">{descr}</cbc:Description>
      <cbc:ProcurementTypeCode listName="contract-nature">{nature}</cbc:ProcurementTypeCode>{note}{strat}
      <cac:MainCommodityClassification>
        <cbc:ItemClassificationCode listName="cpv">{cpv}</cbc:ItemClassificationCode>
      </cac:MainCommodityClassification>
      <cac:RealizedLocation>
        <cac:Address>
          <cbc:CountrySubentityCode listName="nuts">{nuts}</cbc:CountrySubentityCode>
          <cac:Country>
            <cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode>
          </cac:Country>
        </cac:Address>
      </cac:RealizedLocation>
      <cac:PlannedPeriod>
        <cbc:DurationMeasure unitCode="MONTH">{months}</cbc:DurationMeasure>
      </cac:PlannedPeriod>{tot}
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>""".format(lot=lot_id, res=reserved, perf=perf_xml, crit="\n".join(criteria), dl=deadline,
                                         name=_x(name), descr=_x(descr), nature=nature,
                                         note=("\n      <cbc:Note languageID=\"FRA\">%s</cbc:Note>" % _x(note)) if note else "",
                                         strat=strat, cpv=cpv, nuts=nuts, months=months, tot=tot)


def ef_notice(org, head, proc_name, proc_descr, proc_ref, nature, cpv, nuts, est, lots, proc_code="open", extra_terms=""):
    return """<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice {ns}>
{org}
{head}
  <cac:TenderingTerms>{extra}
    <cac:LotDistribution>
      <cbc:MaximumLotsSubmittedNumeric>{nl}</cbc:MaximumLotsSubmittedNumeric>
    </cac:LotDistribution>
  </cac:TenderingTerms>
  <cac:TenderingProcess>
    <cbc:ProcedureCode listName="procurement-procedure-type">{pc}</cbc:ProcedureCode>
  </cac:TenderingProcess>
  <cac:ProcurementProject>
    <cbc:ID>{ref}</cbc:ID>
    <cbc:Name languageID="FRA">{name}</cbc:Name>
    <cbc:Description languageID="FRA">{descr}</cbc:Description>
    <cbc:ProcurementTypeCode listName="contract-nature">{nature}</cbc:ProcurementTypeCode>
    <cac:MainCommodityClassification>
      <cbc:ItemClassificationCode listName="cpv">{cpv}</cbc:ItemClassificationCode>
    </cac:MainCommodityClassification>
    <cac:RealizedLocation>
      <cac:Address>
        <cbc:CountrySubentityCode listName="nuts">{nuts}</cbc:CountrySubentityCode>
        <cac:Country>
          <cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode>
        </cac:Country>
      </cac:Address>
    </cac:RealizedLocation>
    <cac:RequestedTenderTotal>
      <cbc:EstimatedOverallContractAmount currencyID="EUR">{est}</cbc:EstimatedOverallContractAmount>
    </cac:RequestedTenderTotal>
  </cac:ProcurementProject>
{lots}
</ContractNotice>
""".format(ns=EF_NS, org=org, head=head, extra=extra_terms, nl=len(lots), pc=proc_code, ref=proc_ref,
           name=_x(proc_name), descr=_x(proc_descr), nature=nature, cpv=cpv, nuts=nuts, est=est, lots="\n".join(lots))


# ============================================================================ d34 – eForms télécoms – négatif
def d34():
    crit = [ef_criterion("price", "Prix", "Coût global sur la durée, sur la base du DQE.", "50"),
            ef_criterion("quality", "Qualité de service", "Engagements de disponibilité, délais de rétablissement, "
                         "supervision de l'environnement réseau et outils de suivi mis à disposition.", "40"),
            ef_criterion("quality", "Migration", "Modalités de portabilité des numéros et de bascule sans "
                         "interruption de service.", "10")]
    lots = [ef_lot("LOT-0001", "Téléphonie fixe et accès internet des sites",
                   "Raccordements fibre et cuivre de 37 sites, trunk SIP, accès internet professionnels, "
                   "numéros spéciaux.", "services", "64210000", "FRG05", "48", [("strategic-procurement", "none")],
                   "none", crit, est="260000", fmax="300000", deadline="2027-11-08"),
            ef_lot("LOT-0002", "Téléphonie mobile et données mobiles",
                   "Environ 410 lignes voix et données, terminaux en location, gestion de flotte (MDM).",
                   "services", "64212000", "FRG05", "48", [("strategic-procurement", "none")], "none", crit,
                   est="160000", fmax="240000", deadline="2027-11-08")]
    raw = ef_notice(
        ef_org("Communauté d'agglomération du Val de Trézence", "20004471900024", "1 rue de la Marne",
               "Trézence-sur-Sèvre", "79410", "FRI53", "dsi@valdetrezence.fr", "+33 549000000",
               "https://www.valdetrezence.fr"),
        ef_head("b4b1d6f2-5c0e-4a1e-9c3f-27a0d1e8a011", "6f0c9e2a-2d51-4b8e-8f44-9e3b1c7d5a02", "2027-09-29", "la",
                "https://marches.valdetrezence.fr"),
        "Services de communications électroniques (téléphonie fixe, mobile et accès internet)",
        "Accords-cadres à bons de commande pour les services de communications électroniques de la communauté "
        "d'agglomération et de ses communes membres. La consultation est divisée en deux lots.",
        "CAVT-2027-TEL", "services", "64200000", "FRG05", "420000", lots)
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=420000, montant_max_ht=540000,
            evidence=["La consultation est divisée en deux lots.",
                      "[EstimatedOverallContractAmount 420000 ; FrameworkMaximumAmount 300000 + 240000 = 540000]"])
    return DOC("d34_eForms_CN_telecoms.xml", "AVIS", lab, raw=raw)


# ============================================================================ d35 – eForms travaux de voirie
def d35():
    crit = [ef_criterion("price", "Prix", "Montant du détail estimatif.", "50"),
            ef_criterion("quality", "Valeur technique", "Méthodologie, phasage sous circulation, moyens humains et "
                         "matériels, planning.", "35"),
            ef_criterion("quality", "Performance environnementale", "Émissions liées au transport des matériaux "
                         "et des déblais, taux de réemploi des matériaux en place, origine des granulats.", "15")]
    perf = ("Clause d'insertion : le titulaire réalise au moins 900 heures de travail au bénéfice de personnes "
            "rencontrant des difficultés sociales ou professionnelles particulières, selon les modalités de "
            "l'article 10 du CCAP. Clause environnementale : le titulaire établit un SOSED, trie les déchets de "
            "chantier, réemploie sur place les matériaux de déblai compatibles après traitement et fournit les "
            "bordereaux de traçabilité des déchets évacués.")
    lots = [ef_lot("LOT-0001", "Requalification de l'avenue de la Gresse et du carrefour des Tilleuls",
                   "Démolition de chaussée, reprise de structure, bordures, trottoirs, plateaux traversants, "
                   "réseaux d'eaux pluviales, signalisation et éclairage public.", "works", "45233140", "FRK24",
                   "10", [("strategic-procurement", "soc-obj"), ("strategic-procurement", "env-imp"),
                          ("social-objective", "opp"), ("environmental-impact", "circ-econ")],
                   "none", crit, perf=perf, est="1480000", deadline="2027-10-15")]
    raw = ef_notice(
        ef_org("Syndicat intercommunal de voirie du Pays de Gresse", "25380271500017", "Maison des services, 3 "
               "place du Trièves", "Vif-en-Gresse", "38450", "FRK24", "contact@sivom-gresse.fr", "+33 476000000",
               "https://www.sivom-gresse.fr"),
        ef_head("2c9f0d71-8a3e-4f3b-b5d6-0e4c2f7a9b13", "a71e4c2d-9b08-4d6f-a2e5-c3b9f1d0e824", "2027-09-06", "la",
                "https://marches.sivom-gresse.fr"),
        "Requalification de l'avenue de la Gresse",
        "Travaux de requalification de voirie et de réseaux. Le marché n'est pas alloti : l'emprise unique et le "
        "phasage sous circulation imposent une entreprise unique (article L. 2113-11 du code de la commande "
        "publique).", "SIVG-2027-04", "works", "45233140", "FRK24", "1480000", lots)
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=900, clause_environnementale=1,
            critere_environnemental=1, allotissement=0, montant_estime_ht=1480000,
            evidence=["le titulaire réalise au moins 900 heures de travail",
                      "réemploie sur place les matériaux de déblai", "Performance environnementale",
                      "Le marché n'est pas alloti", "[EstimatedOverallContractAmount = 1480000]"])
    return DOC("d35_eForms_CN_voirie_Gresse.xml", "AVIS", lab, raw=raw)


# ============================================================================ d36 – eForms services sociaux réservés ESS
def d36():
    crit = [ef_criterion("quality", "Valeur technique", "Méthodologie d'accompagnement, qualification des "
                         "intervenants, implantation des permanences, partenariats avec les bailleurs.", "60"),
            ef_criterion("price", "Prix", "Prix par mesure d'accompagnement.", "40")]
    note = ("Marché réservé, en application de l'article L. 2113-15 du code de la commande publique, aux "
            "entreprises de l'économie sociale et solidaire au sens de l'article 1er de la loi n° 2014-856 du "
            "31 juillet 2014 qui poursuivent un objectif de mission de service public liée à la prestation des "
            "services concernés.")
    lots = [ef_lot("LOT-0001", "Accompagnement social lié au logement – arrondissement de Brives",
                   "Mesures d'accompagnement social lié au logement (accès et maintien) pour environ 150 ménages "
                   "par an.", "services", "85312000", "FRK11", "36", [("strategic-procurement", "none")],
                   "res-pub-ser", crit, note=note, est="350000", deadline="2027-12-01"),
            ef_lot("LOT-0002", "Accompagnement social lié au logement – arrondissement de Sainte-Anne",
                   "Mesures d'accompagnement social lié au logement pour environ 120 ménages par an, y compris "
                   "les diagnostics sociaux préalables aux commissions de prévention des expulsions.",
                   "services", "85312000", "FRK11", "36", [("strategic-procurement", "none")], "res-pub-ser", crit,
                   note=note, est="290000", deadline="2027-12-01")]
    raw = ef_notice(
        ef_org("Département de l'Oriage", "22030001800017", "Hôtel du Département, 1 avenue Victor-Hugo",
               "Brives-sur-Oriage", "03210", "FRK11", "commande.publique@oriage.fr", "+33 470000000",
               "https://www.oriage.fr"),
        ef_head("7d2e5a90-1f6b-4c8d-9e07-5b3a2c1d0f35", "e3c8b1a4-6d2f-4e90-b7a5-1f0d9c2e8b46", "2027-10-20", "ra",
                "https://marches.oriage.fr"),
        "Mesures d'accompagnement social lié au logement (ASLL)",
        "Services sociaux passés selon la procédure adaptée prévue pour les services sociaux et autres services "
        "spécifiques. Deux lots géographiques ; un candidat peut être attributaire des deux lots.",
        "DEP-ASLL-2028", "services", "85312000", "FRK11", "640000", lots, proc_code="oth-single")
    lab = L(marche_reserve=1, reserve_base="L2113-15", allotissement=1, nb_lots=2, montant_estime_ht=640000,
            evidence=["Marché réservé, en application de l'article L. 2113-15 du code de la commande publique",
                      "Deux lots géographiques", "[BT-71 res-pub-ser ; EstimatedOverallContractAmount = 640000]"])
    return DOC("d36_eForms_CN_ASLL_reserve.xml", "AVIS", lab, raw=raw)


# ============================================================================ construction et contrôles
DOCS = [globals()[n] for n in sorted(globals()) if re.fullmatch(r"d\d\d", n)]
SECOND = "/tmp/blind_documents-18/second_build"


def _ws(s):
    s = s.replace(NB, " ").replace(NNB, " ").replace("\u2009", " ")
    return re.sub(r"\s+", " ", s).strip()


def extract_text(path):
    """Texte extrait du fichier produit, comme le lirait un outil ordinaire."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        pages = [pg.extract_text() or "" for pg in PdfReader(path).pages]
        s = "\n".join(pages)
        s = s.replace(NB, " ").replace(NNB, " ")
        # césure de fin de ligne recollée : « inser-\ntion » -> « insertion »
        s = re.sub(r"(?<=[a-zà-öø-ÿœæ])-[ \t]*\n[ \t]*(?=[a-zà-öø-ÿœæ])", "", s)
        return _ws(s), [_ws(p) for p in pages]
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return _ws("\n".join(parts)), None
    if ext == "xml":
        from lxml import etree
        root = etree.parse(path).getroot()
        return _ws(" ".join(root.itertext())), None
    with open(path, encoding="utf-8") as fh:
        return _ws(fh.read()), None


def write_raw(path, raw):
    s = raw.replace("~", NB).replace("^", NNB)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(s)


def build_doc(folder, d):
    path = os.path.join(folder, d["file"])
    ext = d["file"].rsplit(".", 1)[1]
    n = None
    if d["raw"] is not None:
        write_raw(path, d["raw"])
        return path, n
    blocks = [_conv(b, ext == "pdf") for b in number_articles(d["blocks"])]
    d["final_blocks"] = blocks
    if ext == "pdf":
        n = build_pdf(path, _conv_str(d["header"], True), _conv_str(d["footer"], True), blocks,
                      hyphen=d["hyphen"], title=d["header"], cols=d["cols"])
    elif ext == "docx":
        build_docx(path, d["header"], d["footer"], blocks)
    else:
        build_txt(path, blocks)
    return path, n


def check_articles(d):
    nums = []
    for b in number_articles(d["blocks"] or []):
        if b[0] in ("h", "h2"):
            m = _ART.match(b[1])
            if m:
                nums.append(int(m.group(1)))
    if nums != sorted(set(nums)):
        return ["%s : numérotation des articles %r" % (d["file"], nums)]
    return []


def build_all(folder):
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    docs = [f() for f in DOCS]
    info = []
    for d in docs:
        path, n = build_doc(folder, d)
        info.append((d, path, n))
    return info


def md5s(folder):
    import hashlib
    out = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as fh:
            out[name] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    problems = []
    info = build_all(OUT)
    rows = []
    kinds, pages = {}, {}
    for d, path, n in info:
        problems.extend(check_articles(d))
        ext = d["file"].rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
        if n is not None:
            pages[d["file"]] = n
        text, page_texts = extract_text(path)
        lab = d["label"]
        for q in lab["evidence"]:
            if q.startswith("["):          # remarque de calcul de l'annotateur, pas une citation
                continue
            if _ws(norm(q)) not in text:
                problems.append("%s : preuve absente du texte extrait : %r" % (d["file"], q))
            if d.get("final_blocks") is not None and _ws(norm(q)) not in _ws(plain_text(d["final_blocks"])):
                problems.append("%s : preuve absente du texte logique : %r" % (d["file"], q))
        ev = " | ".join(_ws(norm(q)) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuve trop longue (%d)" % (d["file"], len(ev)))
        filled = [col for col in COLUMNS[2:-1] if lab[col] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % d["file"])
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % d["file"])
        if (lab["marche_reserve"] == 1) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % d["file"])
        if d["table_cut"] and page_texts:
            a, z = d["table_cut"]
            pa = [i for i, t in enumerate(page_texts) if _ws(a) in t]
            pz = [i for i, t in enumerate(page_texts) if _ws(z) in t]
            if not pa or not pz or min(pa) == max(pz):
                problems.append("%s : le tableau n'est pas coupé par un saut de page (%r, %r)" % (d["file"], pa, pz))
        if d["split"] and not any(b[0] == "split" for b in d["blocks"]):
            problems.append("%s : pas de phrase coupée par un saut de page" % d["file"])
        row = {"path": d["file"], "doc_type": d["doc_type"]}
        for col in COLUMNS[2:-1]:
            row[col] = _fmt(lab[col])
        row["evidence"] = ev
        rows.append(row)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    problems.extend(extra_checks(rows))
    stats = (SB_STATS["cut"], SB_STATS["whole"], HY_STATS["cut"], HY_STATS["whole"])
    # deuxième construction et comparaison des md5
    build_all(SECOND)
    with open(os.path.join(SECOND, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    m1, m2 = md5s(OUT), md5s(SECOND)
    if m1 != m2:
        for k in sorted(set(m1) | set(m2)):
            if m1.get(k) != m2.get(k):
                problems.append("%s : md5 différent entre les deux constructions" % k)
    shutil.rmtree(SECOND)
    cats = {c: sum(1 for r in rows if r[c] == "1") for c in ("clause_sociale", "clause_insertion",
            "critere_social", "marche_reserve", "clause_environnementale", "critere_environnemental")}
    neg = sum(1 for r in rows if all(r[c] == "0" for c in cats))
    bases = {}
    for r in rows:
        for bb in r["reserve_base"].split(";"):
            if bb:
                bases[bb] = bases.get(bb, 0) + 1
    print("%d documents (%s) ; pages des PDF : %s" % (len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
          ", ".join("%s=%d" % (k[:3], v) for k, v in sorted(pages.items()))))
    print("positifs par catégorie : %s ; documents sans aucune catégorie : %d ; bases : %s" % (cats, neg, bases))
    print("coupures : nombres coupés %d (entiers %d) ; césures forcées %d (entières %d)" % stats)
    print("contrôles : preuves trouvées dans le texte extrait de chaque fichier ; <= 300 caractères ; "
          "cohérence des colonnes ; tableau coupé ; double construction et md5 -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


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
        for bb in r["reserve_base"].split(";"):
            if bb and bb not in ("L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"):
                out.append("%s : reserve_base = %r" % (r["path"], r["reserve_base"]))
    return out


if __name__ == "__main__":
    sys.exit(main())
