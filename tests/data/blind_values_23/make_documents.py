#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_23 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure copiée (sed) de tests/data/blind_values_13/make_documents.py : lignes 27-664
(écriture PDF/DOCX/TXT, vrais tableaux reportlab, deux colonnes, césure, nombres coupés SB, césure HY,
aides de saisie, number_articles, C, A, _DOC_TYPES) et lignes 2433-2611 (extra_checks, build_piece,
check_articles, _expect, main). Changements : SET_NAME ; 3 à 6 pièces par dossier ; contrôle des
preuves sur le texte EXTRAIT du fichier produit (pypdf, python-docx paragraphes + cellules, lecture
directe des .txt), avec espaces normalisés et mots coupés en fin de ligne recollés ; double
construction et comparaison des md5 ; contrôles de cohérence du dossier entier.

Thème : des valeurs changées par une pièce POSTÉRIEURE (registre des questions-réponses, avis
rectificatif, additif/modificatif au DCE, erratum) au niveau d'une période, d'un nombre ou d'un lot.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs FINALES du dossier entier).
Tous les textes, acheteurs, lieux, références, SIRET et nombres sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F
(U+00A0 dans les PDF) ; BR = retour forcé (PDF) ; SB = coupure possible d'un nombre en fin de ligne ;
HY = césure possible d'un mot.

Usage : /work/main/.venv/bin/python tests/data/blind_values_23/make_documents.py
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
SET_NAME = "blind_values_23"

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





# ============================================================================ DOSSIERS
# ----------------------------------------------------------------------------- aides propres à ce jeu
def S(x):
    """Nombre dont les espaces de milliers peuvent être coupés en fin de ligne (PDF)."""
    return x.replace(" ", SB)


def K(word, k):
    """Mot coupable (césure HY) après k lettres."""
    return word[:k] + HY + word[k:]


def f_litiges(c, v):
    if v == 0:
        return A("Litiges", "En cas de litige, le tribunal compétent est le tribunal administratif de %s. "
                 "Avant toute saisine, les parties recherchent un règlement amiable du différend." % c["ta"])
    if v == 1:
        return A("Règlement des différends",
                 "Les différends nés de l'exécution du marché relèvent de la compétence du tribunal "
                 "administratif de %s. Le titulaire peut saisir au préalable le comité consultatif "
                 "interrégional de règlement amiable des litiges (CCIRA) territorialement compétent." % c["ta"])
    return A("Contentieux", "Instance chargée des procédures de recours : tribunal administratif de %s. "
             "Référé précontractuel possible jusqu'à la signature du marché ; recours de pleine juridiction "
             "dans les deux mois suivant la publication de l'avis d'attribution." % c["ta"])


def f_paiement(c, v):
    if v == 0:
        return A("Modalités de paiement",
                 "Les sommes dues sont réglées par virement, selon les règles de la comptabilité publique, "
                 "dans un délai global de paiement de %d jours à compter de la réception de la facture sur "
                 "le portail Chorus Pro. Le dépassement du délai ouvre droit, de plein droit, à des intérêts "
                 "moratoires et à une indemnité forfaitaire de 40 euros pour frais de recouvrement." % c["delai"])
    if v == 1:
        return A("Reglement des comptes",
                 "Paiement par mandat administratif dans un delai de %d jours. Les factures sont deposees "
                 "exclusivement sur Chorus Pro ; elles mentionnent la reference du bon de commande, le detail "
                 "des prestations et les prix unitaires du bordereau." % c["delai"])
    return A("Facturation et paiement",
             "Le titulaire émet une facture mensuelle récapitulant les prestations exécutées. Le délai "
             "global de paiement est de %d jours. Une avance de 10 %% est versée au titulaire qui ne l'a pas "
             "refusée dans l'acte d'engagement, lorsque le montant du marché le permet." % c["delai"])


def f_ccag(c, v):
    if v == 0:
        return A("Pièces constitutives du marché",
                 ["l'acte d'engagement et ses annexes ;", "le présent cahier des clauses administratives particulières ;",
                  "le cahier des clauses techniques particulières ;", "le bordereau des prix unitaires ;",
                  "le CCAG applicable aux marchés publics de %s (arrêté du 30 mars 2021) ;" % c["ccag"],
                  "l'offre technique du titulaire."])
    return A("Documents contractuels",
             "Par ordre de priorité décroissante : l'acte d'engagement, le CCAP, le CCTP, les documents "
             "financiers, le CCAG-%s, le mémoire technique du titulaire. En cas de contradiction, la pièce "
             "de rang supérieur prévaut." % ("Travaux" if c["ccag"] == "travaux" else "FCS"))


def f_remise(c, v, date):
    if v == 0:
        return A("Conditions d'envoi des offres",
                 "Les plis sont déposés par voie électronique sur le profil d'acheteur %s avant le %s. "
                 "Les plis parvenus après la date et l'heure limites ne sont pas ouverts. Une copie de "
                 "sauvegarde peut être transmise sur support physique." % (c["profil"], date))
    return A("Remise des plis",
             "Date et heure limites de réception : %s. Adresse de dépôt : %s. Le candidat peut "
             "déposer plusieurs offres successives ; seule la dernière reçue dans les délais est examinée. "
             "Le délai de validité des offres est de 120 jours." % (date, c["profil"]))


def f_penalites(c, v):
    if v == 0:
        return A("Pénalités de retard",
                 "Par dérogation à l'article 14 du CCAG, tout retard d'exécution d'un bon de commande donne lieu, "
                 "sans mise en demeure préalable, à une pénalité de 80 euros par jour calendaire de retard. "
                 "Les pénalités inférieures à 300 euros HT pour l'ensemble du marché ne sont pas appliquées.")
    return A("Penalites",
             "Retard de livraison : 1/1000e du montant du bon de commande par jour de retard, plafonné a 10 %. "
             "Non-respect du délai d'intervention : 150 € HT par manquement constaté.")


def IDENT(c, siret, adresse):
    return [P("Pouvoir adjudicateur : %s — %s — SIRET %s." % (c["Qui"], adresse, siret))]


# ============================================================================ d01
def d01():
    c = C("la commune de Vauclair-sur-Loue", "Besançon", profil="https://marches.vauclair-loue.fr",
          ref="2027-VL-04")
    hd = "Commune de Vauclair-sur-Loue – Entretien des espaces verts – Consultation 2027-VL-04"
    rc = PIECE("RC_2027-VL-04.pdf", "RC", hd, "RC – Consultation 2027-VL-04", [
        TITLE("Commune de Vauclair-sur-Loue (Doubs)", "REGLEMENT DE LA CONSULTATION",
              "Entretien des espaces verts et des abords des équipements communaux",
              "Procédure adaptée – articles L. 2123-1 et R. 2123-1 du code de la commande publique"),
        *A("Acheteur", "Commune de Vauclair-sur-Loue, 2 place de la Mairie, 25290 Vauclair-sur-Loue, "
           "SIRET 212 505 118 00014, représentée par son maire en exercice."),
        *A("Objet de la consultation",
           "La consultation porte sur la tonte, la taille des haies et arbustes, le désherbage manuel et "
           "thermique des allées, et le ramassage des feuilles sur les espaces communaux listés au CCTP."),
        *A("Forme du marché",
           "Il s'agit d'un accord-cadre mono-attributaire à bons de commande (articles R. 2162-2 et "
           "R. 2162-13 et suivants), conclu avec un minimum et un maximum annuels fixés à l'article 3 du CCAP. "
           "Durée : un an à compter de la notification, reconductible tacitement trois fois."),
        *A("Allotissement",
           "Le marché n'est pas alloti : les prestations, réalisées sur les mêmes sites et selon un même "
           "calendrier de passage, ne permettent pas l'identification de prestations distinctes."),
        *A("Critères de jugement des offres",
           ["Prix des prestations (application du BPU à un détail quantitatif non communiqué) : 50 % ;",
            "Valeur technique (moyens humains et matériels, planning de passage) : 40 % ;",
            "Performances environnementales (gestion et valorisation des déchets verts, matériels électriques) : 10 %."]),
        *f_remise(c, 0, "lundi 15 février 2027 à 12 h 00"),
        *A("Renseignements complémentaires",
           "Les questions sont posées sur le profil d'acheteur au plus tard dix jours avant la date limite. "
           "Les réponses, ainsi que toute modification du dossier, sont publiées au même endroit et "
           "communiquées à tous les candidats ayant retiré le dossier."),
        *f_litiges(c, 2),
    ], L(clause_environnementale=0, critere_environnemental=1, allotissement=0,
         evidence=["Le marché n'est pas alloti",
                   "Performances environnementales (gestion et valorisation des déchets verts, matériels électriques) : 10 %"]))
    ccap = PIECE("CCAP_2027-VL-04.pdf", "CCAP", hd, "CCAP – Entretien des espaces verts – VL-04", [
        TITLE("Commune de Vauclair-sur-Loue", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Accord-cadre à bons de commande – entretien des espaces verts"),
        *A("Objet", "Le présent CCAP fixe les stipulations administratives de l'accord-cadre d'entretien "
           "des espaces verts communaux (consultation 2027-VL-04)."),
        *f_ccag(c, 0),
        *A("Montants minimum et maximum",
           "Les bons de commande sont émis dans la limite des montants suivants, fixés pour chaque période "
           "d'exécution :"),
        RTAB([["Période", "Minimum € HT", "Maximum € HT"],
              ["Période initiale (12 mois)", "12 000", "90 000"],
              ["1re reconduction", "12 000", "90 000"],
              ["2e reconduction", "12 000", "90 000"],
              ["3e reconduction", "12 000", "90 000"]], widths=[2.2, 1, 1], align="lrr"),
        P("Soit, pour les quatre périodes d'exécution, reconductions comprises, un montant maximum de " + S("360 000") +
          " € HT sur la durée totale de l'accord-cadre. Le montant maximum d'un bon de commande est plafonné à 9 500 € HT."),
        *A("Durée et reconduction",
           "L'accord-cadre prend effet à sa notification pour douze mois. Il est reconduit tacitement par "
           "périodes de douze mois, trois fois au plus. Le refus de reconduction est notifié au moins deux "
           "mois avant l'échéance."),
        *A("Gestion des déchets verts",
           "Les déchets verts issus des prestations sont évacués le jour même vers la plateforme de "
           "compostage intercommunale de Mouthier ; tout brûlage ou dépôt sauvage est proscrit. Le "
           "titulaire broie sur place les branchages de diamètre inférieur à 8 cm pour un paillage des "
           "massifs et joint à chaque facture les bons de pesée de la plateforme."),
        *f_penalites(c, 0),
        *f_paiement(c, 0),
        *f_litiges(c, 0),
    ], L(clause_environnementale=1, montant_max_ht=360000,
         evidence=["un montant maximum de 360 000 € HT sur la durée totale de l'accord-cadre",
                   "Les déchets verts issus des prestations sont évacués le jour même vers la plateforme de compostage"]),
        hyphen=True)
    bpu = PIECE("BPU_2027-VL-04.docx", "BPU", hd, "BPU – VL-04", [
        TITLE("Commune de Vauclair-sur-Loue", "BORDEREAU DES PRIX UNITAIRES", "Entretien des espaces verts"),
        P("Les prix s'entendent hors taxes, main-d'œuvre, matériel, évacuation et frais de plateforme compris."),
        TAB([["N°", "Désignation", "Unité", "Prix unitaire € HT"],
             ["1.1", "Tonte de pelouse d'agrément, ramassage compris", "100 m²", ""],
             ["1.2", "Fauchage de prairie (deux passages par an)", "ha", ""],
             ["2.1", "Taille de haie libre, hauteur < 2 m", "ml", ""],
             ["2.2", "Taille de haie libre, hauteur > 2 m", "ml", ""],
             ["3.1", "Désherbage thermique des allées sablées", "100 m²", ""],
             ["4.1", "Ramassage des feuilles et évacuation", "heure", ""],
             ["5.1", "Intervention ponctuelle d'une équipe de deux agents", "heure", ""]]),
        P("Fait à ……………………, le ……………………   Signature du candidat :"),
    ], L())
    avis = PIECE("AVIS_RECTIF_2027-VL-04.txt", "AVIS", hd, "", [
        TITLE("BOAMP – Avis rectificatif", "Avis n° 27-118604 – Services",
              "Département(s) de publication : 25"),
        H("Section I : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Commune de Vauclair-sur-Loue"),
        P("Type de Numéro national d'identification : SIRET — N° National d'identification : 21250511800014"),
        P("Code postal / Ville : 25290 Vauclair-sur-Loue"),
        H("Section II : Objet de l'avis initial"),
        P("Intitulé : Entretien des espaces verts et des abords des équipements communaux"),
        P("Référence de l'avis initial : 27-101277, publié le 12/01/2027"),
        P("Code CPV principal : 77310000 — Type de marché : Services"),
        P("Division en lots : Non"),
        H("Section VI : Modifications"),
        P("Motif : Modification des informations originales fournies par l'acheteur"),
        P("Numéro de section : II.2.4 / Point du CCAP : article 3, montants minimum et maximum"),
        P("Au lieu de : 2e reconduction – minimum 12 000 € HT – maximum 90 000 € HT"),
        P("Lire : 2e reconduction – minimum 12 000 € HT – maximum 75 000 € HT"),
        P("Les montants de la période initiale et des 1re et 3e reconductions ne sont pas modifiés. "
          "Le CCAP modifié (indice B) est mis en ligne sur le profil d'acheteur."),
        P("Date limite de réception des offres : inchangée."),
        H("Section VII : Renseignements complémentaires"),
        P("Date d'envoi du présent avis : 28/01/2027"),
    ], L(allotissement=0, evidence=["Division en lots : Non"]))
    return dict(id="d01", title="Commune de Vauclair-sur-Loue – entretien des espaces verts : maximum de la "
                "2e reconduction abaissé par avis rectificatif",
                pieces=[rc, ccap, bpu, avis],
                pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_max_ht=345000),
                note="Le CCAP fixe 90 000 € HT par période (initiale + 3 reconductions), total écrit 360 000 € HT. "
                     "L'avis rectificatif (AVIS_RECTIF) ramène le maximum de la seule 2e reconduction à 75 000 € HT, "
                     "sans écrire de nouveau total : 90 000 + 90 000 + 75 000 + 90 000 = 345 000 € HT. Pièges : le total "
                     "360 000 du CCAP est périmé ; minimum 12 000 par période ; plafond de 9 500 € HT par bon de "
                     "commande ; « 12 h 00 ». Non alloti (RC, avis). Clause environnementale (déchets verts, CCAP), "
                     "critère environnemental 10 % (RC).")


# ============================================================================ d02
def d02():
    c = C("la communauté de communes du Val d'Arnière", "Limoges", profil="https://www.achats-valdarniere.fr",
          ref="CCVA-2027-011", delai=30)
    hd = "Communauté de communes du Val d'Arnière – Marché CCVA-2027-011"
    rc = PIECE("RC_CCVA-2027-011.docx", "RC", hd, "Règlement de la consultation CCVA-2027-011", [
        TITLE("Communauté de communes du Val d'Arnière", "Règlement de la consultation",
              "Fourniture de produits d'entretien, d'hygiène et de consommables de nettoyage"),
        H("1 – Dispositions générales"),
        H2("1.1 Objet"),
        P("La présente consultation a pour objet la fourniture et la livraison de produits d'entretien, "
          "d'articles d'hygiène (essuie-mains, papier toilette, savon) et de petits matériels de nettoyage "
          "pour les bâtiments communautaires, les écoles et les gymnases."),
        H2("1.2 Procédure"),
        P("Procédure adaptée ouverte (art. R. 2123-1 1° du CCP)."),
        H2("1.3 Décomposition"),
        P("Il n'est pas prévu de décomposition en lots : les produits sont livrés ensemble, par un même "
          "transporteur, aux mêmes points de livraison ; un allotissement renchérirait le coût logistique."),
        H2("1.4 Forme, durée et montant"),
        P("Accord-cadre à bons de commande passé avec un seul opérateur, sans minimum et avec un montant maximum "
          "annuel de 48 000 € HT. Il est conclu pour un an et peut être reconduit tacitement trois fois, "
          "soit 192 000 € HT pour la durée maximale de l'accord-cadre (4 ans)."),
        H("2 – Présentation des offres"),
        P("Chaque candidat produit : le DC1 et le DC2 ou le DUME ; l'acte d'engagement ; le BPU complété ; un "
          "mémoire technique (gamme proposée, fiches techniques et fiches de données de sécurité, délais et "
          "organisation des livraisons) ; un échantillon des produits 3, 7 et 12 du BPU."),
        H("3 – Jugement des offres"),
        TAB([["Critère", "Pondération"],
             ["Prix (BPU appliqué à un panier type)", "60 %"],
             ["Valeur technique des produits et du service de livraison", "30 %"],
             ["Caractéristiques environnementales des produits (écolabels, produits concentrés)", "10 %"]]),
        H("4 – Date limite"),
        P("Offres attendues avant le 3 mars 2027, 16 h, sur " + c["profil"] + "."),
    ], L(critere_environnemental=1, allotissement=0, montant_max_ht=192000,
         evidence=["Il n'est pas prévu de décomposition en lots",
                   "soit 192 000 € HT pour la durée maximale de l'accord-cadre (4 ans)",
                   "Caractéristiques environnementales des produits (écolabels, produits concentrés)"]))
    ccap = PIECE("CCAP_CCVA-2027-011.pdf", "CCAP", hd, "CCAP – CCVA-2027-011", [
        TITLE("Communauté de communes du Val d'Arnière", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES",
              "Produits d'entretien et d'hygiène"),
        *A("Objet et forme", "Accord-cadre à bons de commande (art. R. 2162-13 du CCP) pour la fourniture de "
           "produits d'entretien et d'hygiène, passé en procédure adaptée."),
        *A("Durée", "L'accord-cadre est conclu pour une période initiale d'un an à compter de sa notification. "
           "Il est reconductible tacitement trois fois par période d'un an, sans que sa durée totale puisse "
           "excéder quatre ans."),
        *f_ccag(c, 1),
        *A("Montant", "L'accord-cadre ne comporte pas de minimum. Le montant maximum annuel des commandes "
           "est fixé à 48 000 € HT ; il s'applique à chaque période de reconduction."),
        *A("Livraisons", "Livraison franco de port sous cinq jours ouvrés, dans les locaux désignés au bon de "
           "commande, entre 8 h 30 et 11 h 30. Les colis sont étiquetés par site."),
        *A("Conditions d'exécution à caractère environnemental",
           "Le titulaire reprend gratuitement, lors des livraisons suivantes, les bidons, fûts et emballages "
           "vides et les remet à une filière de recyclage ; il justifie de cette reprise une fois par an. "
           "Les livraisons sont groupées : une livraison par site et par quinzaine au plus, sauf urgence."),
        *f_penalites(c, 1),
        *f_paiement(c, 1),
        *f_litiges(c, 1),
    ], L(clause_environnementale=1, montant_max_ht=192000,
         evidence=["reconductible tacitement trois fois par période d'un an",
                   "Le montant maximum annuel des commandes est fixé à 48 000 € HT",
                   "[48 000 x 4 périodes = 192 000]",
                   "reprend gratuitement, lors des livraisons suivantes, les bidons, fûts et emballages vides"]),
        cols=2, hyphen=True)
    bpu = PIECE("BPU_CCVA-2027-011.docx", "BPU", hd, "BPU – CCVA-2027-011", [
        TITLE("CC du Val d'Arnière", "Bordereau des prix unitaires", "Annexe financière à l'acte d'engagement"),
        TAB([["Réf.", "Article", "Conditionnement", "PU HT"],
             ["1", "Détergent multi-usages concentré", "bidon 5 L", ""],
             ["2", "Détergent désinfectant sols", "bidon 5 L", ""],
             ["3", "Nettoyant sanitaires détartrant", "flacon 1 L", ""],
             ["7", "Savon liquide mains", "cartouche 1 L", ""],
             ["12", "Essuie-mains pliés en Z", "carton de 3 750", ""],
             ["15", "Sacs poubelle 100 L", "rouleau de 25", ""],
             ["18", "Gants nitrile taille M", "boîte de 100", ""]]),
        P("Les prix sont fermes la première année puis révisés annuellement par application de l'indice "
          "des prix à la production des produits d'entretien."),
    ], L())
    mod = PIECE("MODIFICATIF-1_CCVA-2027-011.pdf", "AUTRE", hd, "Modificatif n° 1 – CCVA-2027-011", [
        TITLE("Communauté de communes du Val d'Arnière", "MODIFICATIF N° 1 AU DOSSIER DE CONSULTATION",
              "Fourniture de produits d'entretien et d'hygiène – CCVA-2027-011", "Date : 9 février 2027"),
        P("Le présent modificatif est porté à la connaissance de l'ensemble des opérateurs ayant retiré le "
          "dossier. Il fait partie intégrante du DCE et doit être signé et joint à l'offre."),
        H("1. Article 2 du CCAP – Durée"),
        P("L'article 2 du CCAP est modifié comme suit :"),
        P("« L'accord-cadre est conclu pour une période initiale d'un an à compter de sa notification. Il est "
          "reconductible tacitement deux fois par période d'un an, sans que sa durée totale puisse excéder "
          "trois ans. »"),
        H("2. Article 1.4 du règlement de la consultation"),
        P("Au deuxième alinéa de l'article 1.4 du RC, les mots « reconduit tacitement trois fois » sont "
          "remplacés par les mots « reconduit tacitement deux fois ». La fin de la phrase, relative au montant "
          "sur la durée maximale, est supprimée."),
        H("3. Dispositions inchangées"),
        P("Les autres stipulations du DCE, notamment le montant maximum annuel de " + S("48 000") + " € HT fixé à "
          "l'article 4 du CCAP et la date limite de remise des offres (3 mars 2027, 16 h), demeurent inchangées."),
        P("Lu et accepté par le candidat, le ………………"),
    ], L(montant_max_ht=144000,
         evidence=["reconductible tacitement deux fois par période d'un an",
                   "le montant maximum annuel de 48 000 € HT",
                   "[48 000 x 3 périodes = 144 000]"]))
    return dict(id="d02", title="CC du Val d'Arnière – produits d'entretien : nombre de reconductions réduit "
                "par modificatif", pieces=[rc, ccap, bpu, mod],
                pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_max_ht=144000),
                note="RC et CCAP d'origine : maximum annuel 48 000 € HT, un an reconductible trois fois (4 périodes), "
                     "total écrit au RC 192 000 € HT. Le MODIFICATIF n° 1 réduit les reconductions à deux (durée "
                     "maximale trois ans), garde le maximum annuel et supprime le total du RC sans en écrire un "
                     "nouveau : 48 000 x 3 = 144 000 € HT. Pièges : 192 000 du RC périmé ; « 3 750 » (essuie-mains) ; "
                     "horaires. Non alloti (RC). Clause environnementale (reprise des emballages, CCAP), critère "
                     "environnemental 10 % (RC).")


# ============================================================================ d03
def d03():
    c = C("la ville de Saint-Aubrac-des-Prés", "Clermont-Ferrand", ccag="travaux",
          profil="https://demat.saint-aubrac.fr", ref="2027-TX-07")
    hd = "Ville de Saint-Aubrac-des-Prés – Réhabilitation du gymnase des Tilleuls – 2027-TX-07"
    rc = PIECE("RC_2027-TX-07.pdf", "RC", hd, "RC 2027-TX-07", [
        TITLE("VILLE DE SAINT-AUBRAC-DES-PRÉS", "RÈGLEMENT DE CONSULTATION",
              "Travaux de réhabilitation du gymnase des Tilleuls", "Marché public de travaux – procédure adaptée"),
        *A("Objet et étendue", "Réhabilitation du gymnase des Tilleuls (désamiantage exclu, réalisé "
           "préalablement) : reprise du clos-couvert, remplacement des menuiseries, rénovation des réseaux."),
        *A("Décomposition en lots",
           "Les travaux sont répartis en quatre lots traités par marchés séparés. Estimation de l'administration :"),
        RTAB([["Lot", "Intitulé", "Estimation € HT"],
              ["1", "Démolition – gros œuvre", "310 000"],
              ["2", "Charpente – couverture – bardage", "215 000"],
              ["3", "Menuiseries extérieures aluminium", "180 000"],
              ["4", "Électricité – chauffage – ventilation", "115 000"],
              ["", "Total", "820 000"]], widths=[0.5, 3, 1.2], align="llr", bold_last=True),
        P("Un candidat peut se porter candidat à un ou plusieurs lots. Les variantes ne sont pas autorisées."),
        *A("Délai d'exécution", "Dix mois, période de préparation de un mois comprise, à compter de l'ordre de "
           "service de démarrage."),
        *A("Critères d'attribution (pour chaque lot)",
           ["Prix : 60 points ;",
            "Valeur technique : 40 points, dont méthodologie et planning (20), moyens affectés au chantier (10), "
            "gestion et valorisation des déchets de chantier (10)."]),
        *f_remise(c, 1, "le 19 mars 2027 à 12 heures"),
        *f_litiges(c, 0),
    ], L(critere_environnemental=1, allotissement=1, nb_lots=4, montant_estime_ht=820000,
         evidence=["Les travaux sont répartis en quatre lots traités par marchés séparés",
                   "Total 820 000", "gestion et valorisation des déchets de chantier (10)"]), hyphen=True)
    ccap = PIECE("CCAP_2027-TX-07.pdf", "CCAP", hd, "CCAP 2027-TX-07", [
        TITLE("Ville de Saint-Aubrac-des-Prés", "C.C.A.P.", "Réhabilitation du gymnase des Tilleuls – 4 lots"),
        *A("Objet – allotissement", "Le présent CCAP est commun aux quatre lots de l'opération. Chaque lot "
           "fait l'objet d'un marché distinct."),
        *f_ccag(c, 0),
        *A("Prix", "Les marchés sont conclus à prix global et forfaitaire, actualisables selon l'index BT01 "
           "ou l'index propre à chaque lot mentionné à l'acte d'engagement."),
        *A("Gestion des déchets de chantier",
           "Chaque titulaire trie ses déchets sur le chantier en cinq flux au moins (bois, métaux, plâtre, "
           "inertes, déchets non dangereux en mélange) et les évacue vers des installations de valorisation ; "
           "il remet les bordereaux de suivi avec chaque situation mensuelle."),
        *A("Clause sociale d'insertion",
           "En application de l'article L. 2112-2 du CCP, les titulaires des lots désignés ci-après réservent "
           "aux personnes éloignées de l'emploi (demandeurs d'emploi de longue durée, bénéficiaires du RSA, "
           "jeunes sans qualification, travailleurs handicapés) le nombre d'heures de travail suivant :"),
        TAB([["Lot", "Heures d'insertion à réaliser"],
             ["1 – Démolition – gros œuvre", "350 heures"],
             ["2 – Charpente – couverture – bardage", "210 heures"],
             ["3 et 4", "non soumis"]], widths=[2.5, 1.5]),
        P("Le facilitateur du PLIE du Haut-Allier accompagne les entreprises dans le choix de la modalité "
          "(embauche directe, mise à disposition par une ETTI ou une AI, sous-traitance à une SIAE). "
          "Pénalité : 50 € HT par heure non réalisée."),
        *f_paiement(c, 2),
        *f_litiges(c, 1),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=560, clause_environnementale=1,
         allotissement=1, nb_lots=4,
         evidence=["commun aux quatre lots de l'opération", "1 – Démolition – gros œuvre 350 heures",
                   "2 – Charpente – couverture – bardage 210 heures", "[350 + 210 = 560]",
                   "trie ses déchets sur le chantier en cinq flux au moins"]), hyphen=True)
    ae = PIECE("AE_LOT1_2027-TX-07.docx", "AE", hd, "Acte d'engagement – lot 1", [
        TITLE("Ville de Saint-Aubrac-des-Prés", "ACTE D'ENGAGEMENT", "Lot n° 1 : Démolition – gros œuvre"),
        H("A – Objet"),
        P("Marché de travaux : réhabilitation du gymnase des Tilleuls – lot n° 1 Démolition – gros œuvre."),
        P("Acheteur : Ville de Saint-Aubrac-des-Prés, hôtel de ville, 43170 Saint-Aubrac-des-Prés – SIRET 216 301 447 00019."),
        H("B – Engagement du candidat"),
        P("Après avoir pris connaissance des pièces du dossier, je m'engage, sans réserve, à exécuter les "
          "travaux du lot n° 1 aux conditions ci-après, pour un montant global et forfaitaire de :"),
        TAB([["Montant HT", "TVA 20 %", "Montant TTC"], ["……………… €", "……………… €", "……………… €"]]),
        P("Je m'engage en outre à réaliser les 350 heures d'insertion prévues à l'article du CCAP relatif à la "
          "clause sociale, selon la modalité suivante : ……………………"),
        H("C – Compte à créditer"),
        P("IBAN : ……………………   BIC : ……………"),
        H("D – Signature"),
        P("Fait à ………………, le ………………"),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=350, allotissement=1,
         evidence=["lot n° 1 Démolition – gros œuvre",
                   "Je m'engage en outre à réaliser les 350 heures d'insertion prévues"]))
    add = PIECE("ADDITIF-1_2027-TX-07.docx", "AUTRE", hd, "Additif n° 1 – 2027-TX-07", [
        TITLE("Ville de Saint-Aubrac-des-Prés", "ADDITIF N° 1 AU DCE",
              "Réhabilitation du gymnase des Tilleuls – création d'un lot n° 5"),
        P("Objet : à la suite du diagnostic complémentaire des sols sportifs, la Ville crée un lot n° 5 "
          "« Peinture – revêtements de sols souples ». Les pièces du DCE sont modifiées comme suit."),
        TAB([["Pièce / article", "Au lieu de", "Lire"],
             ["RC art. 2", "Les travaux sont répartis en quatre lots", "Les travaux sont répartis en cinq lots"],
             ["RC art. 2 – tableau", "—", "Lot 5 Peinture – revêtements de sols souples : 64 000 € HT"],
             ["RC art. 2 – total", "Total : 820 000 € HT", "Total : 884 000 € HT"],
             ["CCAP art. 1", "commun aux quatre lots", "commun aux cinq lots"]]),
        P("Le lot n° 5 n'est pas soumis à la clause sociale d'insertion ; les heures des lots 1 et 2 sont "
          "inchangées. Le DCE du lot 5 (CCTP, DPGF, acte d'engagement) est mis en ligne ce jour."),
        P("La date limite de réception des offres est reportée au 2 avril 2027 à 12 heures pour tous les lots."),
    ], L(allotissement=1, nb_lots=5, montant_estime_ht=884000,
         evidence=["Les travaux sont répartis en cinq lots", "Total : 884 000 € HT"]))
    return dict(id="d03", title="Ville de Saint-Aubrac-des-Prés – gymnase : lot n° 5 ajouté par additif",
                pieces=[rc, ccap, ae, add],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=560, allotissement=1, nb_lots=5, montant_estime_ht=884000),
                note="RC d'origine : 4 lots, estimation 310 000 + 215 000 + 180 000 + 115 000 = 820 000 € HT. "
                     "L'ADDITIF n° 1 crée le lot 5 (64 000 € HT) : 5 lots, 820 000 + 64 000 = 884 000 € HT (total "
                     "écrit dans l'additif). Heures : CCAP lot 1 350 h + lot 2 210 h = 560 h, le lot 5 n'y est pas "
                     "soumis (additif) ; l'AE du lot 1 répète 350 h (à ne pas ajouter). Pas de maximum (travaux à "
                     "prix forfaitaire). Pièges : « 12 heures » (heure limite), « Dix mois », index BT01.")


# ============================================================================ d04
def d04():
    c = C("le Département du Val-de-Brenne", "Orléans", profil="https://marches.valdebrenne.fr",
          ref="DVB-2027-NET-02", delai=30)
    hd = "Département du Val-de-Brenne – Direction des achats – DVB-2027-NET-02"
    rc = PIECE("RC_DVB-2027-NET-02.pdf", "RC", hd, "Règlement de la consultation – DVB-2027-NET-02", [
        TITLE("DÉPARTEMENT DU VAL-DE-BRENNE", "RÈGLEMENT DE LA CONSULTATION",
              "Nettoyage des centres médico-sociaux départementaux", "Appel d'offres ouvert"),
        *A("Objet", "Nettoyage courant et périodique des douze centres médico-sociaux (CMS) du Département et "
           "nettoyage des vitreries de l'ensemble de ces sites."),
        *A("Allotissement",
           ["Lot 1 : nettoyage des CMS du secteur Nord (6 sites) ;",
            "Lot 2 : nettoyage des CMS du secteur Sud (6 sites) ;",
            "Lot 3 : vitrerie, tous sites."],
           "Chaque lot donne lieu à un accord-cadre à bons de commande mono-attributaire d'une durée d'un an, "
           "reconductible trois fois."),
        *A("Critères d'attribution",
           "Lots 1 et 2 : prix 45 % ; valeur technique 40 % ; performances en matière d'insertion "
           "professionnelle des publics en difficulté 15 % (accompagnement, tutorat et formation des personnes "
           "recrutées au titre de la clause). Lot 3 : prix 60 % ; valeur technique 40 %."),
        *A("Visite des sites", "Une visite facultative des CMS de Brenneville et de Saint-Lyé est organisée le "
           "4 février 2027 à 10 h. Inscription auprès de la direction des achats."),
        *f_remise(c, 0, "26 février 2027, 12 h"),
        *f_litiges(c, 2),
    ], L(critere_social=1, allotissement=1, nb_lots=3,
         evidence=["Lot 3 : vitrerie, tous sites.",
                   "performances en matière d'insertion professionnelle des publics en difficulté 15 %"]))
    ccap = PIECE("CCAP_DVB-2027-NET-02.pdf", "CCAP", hd, "CCAP – DVB-2027-NET-02", [
        TITLE("Département du Val-de-Brenne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Nettoyage des centres médico-sociaux – lots 1 à 3"),
        *A("Objet et décomposition", "Le marché est décomposé en trois lots (nettoyage secteur Nord, "
           "nettoyage secteur Sud, vitrerie)."),
        *A("Durée", "Chaque accord-cadre est conclu pour un an à compter du 1er juin 2027 et reconduit "
           "tacitement trois fois par période d'un an."),
        *A("Montants maximums",
           "Pour chaque période d'un an, les montants maximums des commandes sont les suivants (sans minimum) :"),
        RTAB([["Lot", "Maximum annuel € HT"],
              ["Lot 1 – CMS secteur Nord", "120 000"],
              ["Lot 2 – CMS secteur Sud", "95 000"],
              ["Lot 3 – Vitrerie", "30 000"]], widths=[2.5, 1.2], align="lr"),
        *A("Clause sociale d'insertion (lots 1 et 2)",
           "Le titulaire du lot 1 réalise au moins " + S("1 500") + " " + K("heures", 3) + " et celui du lot 2 800 " + K("heures", 3) + " de travail au bénéfice de "
           "personnes rencontrant des difficultés sociales ou professionnelles, sur la durée totale de "
           "l'accord-cadre reconductions comprises. Le suivi est assuré par le facilitateur de la Maison de "
           "l'emploi du Val-de-Brenne."),
        *A("Prescriptions environnementales",
           "Les produits utilisés sont porteurs de l'Écolabel européen ou d'un label équivalent, dilués par "
           "centrale de dosage ; le titulaire utilise des textiles microfibres lavables et forme ses agents aux "
           "éco-gestes (extinction des éclairages, signalement des fuites)."),
        *f_paiement(c, 2),
        *f_litiges(c, 1),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=2300, clause_environnementale=1,
         allotissement=1, nb_lots=3, montant_max_ht=980000,
         evidence=["décomposé en trois lots", "reconduit tacitement trois fois",
                   "[(120 000 + 95 000 + 30 000) x 4 = 980 000 ; 1 500 + 800 = 2 300 h]",
                   "Le titulaire du lot 1 réalise au moins 1 500 heures et celui du lot 2 800 heures",
                   "Les produits utilisés sont porteurs de l'Écolabel européen"]), cols=2, hyphen=True)
    avis = PIECE("AVIS_RECTIF_DVB-2027-NET-02.txt", "AVIS", hd, "", [
        TITLE("AVIS RECTIFICATIF", "Département du Val-de-Brenne",
              "Annonce rectificative – référence DVB-2027-NET-02"),
        P("Avis initial publié au BOAMP le 14/01/2027 (annonce n° 27-6315) et au JOUE."),
        H("Objet de la rectification"),
        P("Fusion des lots 1 et 2 de la consultation « Nettoyage des centres médico-sociaux départementaux »."),
        H("Informations rectifiées"),
        P("Section II.1.6 – Informations sur les lots"),
        P("Au lieu de : Ce marché est divisé en lots : oui – Lot 1 : CMS secteur Nord ; Lot 2 : CMS secteur "
          "Sud ; Lot 3 : vitrerie."),
        P("Lire : Ce marché est divisé en lots : oui – Lot 1 : nettoyage des CMS (secteurs Nord et Sud) ; "
          "Lot 2 : vitrerie (ancien lot 3)."),
        P("Section II.2.4 – Description des prestations"),
        P("Lire : Lot 1 : montant maximum annuel 200 000 EUR HT. Lot 2 : montant maximum annuel 30 000 EUR HT."),
        P("Section III.1.4 / conditions d'exécution"),
        P("Lire : Le titulaire du lot 1 réalise 2 000 heures d'insertion sur la durée totale de l'accord-cadre. "
          "Le lot 2 ne comporte pas de clause d'insertion."),
        H("Autres informations"),
        P("Date limite de réception des offres : au lieu de 26/02/2027 12:00, lire 12/03/2027 12:00. "
          "Le DCE modifié est disponible sur " + c["profil"] + "."),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, allotissement=1, nb_lots=2,
         evidence=["Lire : Ce marché est divisé en lots : oui – Lot 1 : nettoyage des CMS (secteurs Nord et Sud) ; Lot 2 : vitrerie",
                   "Le titulaire du lot 1 réalise 2 000 heures d'insertion"]))
    qr = PIECE("QR_DVB-2027-NET-02.pdf", "QR", hd, "Questions / réponses – DVB-2027-NET-02", [
        TITLE("Département du Val-de-Brenne", "REGISTRE DES QUESTIONS ET RÉPONSES",
              "Nettoyage des CMS – mise à jour du 25 février 2027"),
        H("Question n° 1 (reçue le 2 février 2027)"),
        P("La visite du 4 février est-elle obligatoire pour le lot vitrerie ?"),
        P("Réponse : non, la visite reste facultative pour tous les lots."),
        H("Question n° 2 (reçue le 19 février 2027)"),
        P("À la suite de l'avis rectificatif, les heures d'insertion des anciens lots 1 et 2 (1 500 et 800 "
          "heures) s'additionnent-elles pour le lot fusionné ?"),
        P("Réponse : non. Ainsi qu'il est indiqué dans l'avis rectificatif, le nouveau lot 1 comporte 2 000 heures "
          "d'insertion sur la durée totale de l'accord-cadre, et non " + S("2 300") + " heures. Le lot 2 (vitrerie) n'en "
          "comporte pas."),
        H("Question n° 3 (reçue le 22 février 2027)"),
        P("Le critère « performances en matière d'insertion » est-il maintenu pour le lot fusionné ?"),
        P("Réponse : oui, il est maintenu avec une pondération de 15 % pour le lot 1. Le marché comporte "
          "désormais deux lots ; la durée (un an reconductible trois fois) n'est pas modifiée."),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, critere_social=1, allotissement=1,
         nb_lots=2,
         evidence=["le nouveau lot 1 comporte 2 000 heures d'insertion sur la durée totale de l'accord-cadre",
                   "il est maintenu avec une pondération de 15 % pour le lot 1",
                   "Le marché comporte désormais deux lots"]))
    return dict(id="d04", title="Département du Val-de-Brenne – nettoyage des CMS : lots 1 et 2 fusionnés "
                "par avis rectificatif", pieces=[rc, ccap, avis, qr],
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=2000, allotissement=1, nb_lots=2, montant_max_ht=920000),
                note="Origine (RC, CCAP) : 3 lots, maxima annuels 120 000 + 95 000 + 30 000, un an + 3 reconductions "
                     "= 980 000 € HT ; heures 1 500 + 800 = 2 300. L'AVIS_RECTIF fusionne les lots 1 et 2 : 2 lots, "
                     "maximum annuel 200 000 (lot 1) + 30 000 (lot 2) ; durée inchangée (QR) : 230 000 x 4 = 920 000 € HT. "
                     "Heures du lot fusionné : 2 000 (avis, confirmé par la QR qui écarte 2 300). Critère insertion 15 % "
                     "maintenu. Pièges : 2 300 cité dans la QR ; « 6 sites », « 10 h ».")


# ============================================================================ d05
def d05():
    c = C("le syndicat intercommunal de restauration scolaire du Pays de Lestrade", "Toulouse",
          profil="https://sirs-lestrade.marches-publics.info", ref="SIRS-2027-03", delai=30)
    hd = "SIRS du Pays de Lestrade – Denrées alimentaires – SIRS-2027-03"
    rc = PIECE("RC_SIRS-2027-03.docx", "RC", hd, "RC – SIRS-2027-03", [
        TITLE("Syndicat intercommunal de restauration scolaire du Pays de Lestrade",
              "Règlement de la consultation", "Fourniture de denrées alimentaires pour la cuisine centrale"),
        H("Article 1 – Objet"),
        P("Fourniture et livraison de denrées alimentaires à la cuisine centrale de Lestrade (1 900 repas par "
          "jour scolaire). Acheteur : SIRS du Pays de Lestrade, SIRET 253 102 786 00021."),
        H("Article 2 – Lots, estimations et maximums"),
        P("La consultation est allotie en cinq lots. Chaque lot est un accord-cadre à bons de commande d'une "
          "durée ferme de quatre ans, non reconductible. Montants sur quatre ans :"),
        TAB([["Lot", "Désignation", "Estimation € HT", "Maximum € HT"],
             ["1", "Viandes fraîches", "210 000", "260 000"],
             ["2", "Fruits et légumes frais", "150 000", "180 000"],
             ["3", "Épicerie", "115 000", "140 000"],
             ["4", "Produits surgelés", "95 000", "120 000"],
             ["5", "Produits laitiers et ovoproduits", "80 000", "100 000"],
             ["", "Total", "650 000", "800 000"]]),
        H("Article 3 – Critères"),
        P("Prix : 50 % ; qualité gustative et nutritionnelle : 30 % ; performances en matière de protection de "
          "l'environnement (mode de livraison, réduction des emballages) : 20 %."),
        H("Article 4 – Échantillons"),
        P("Échantillons à déposer le 9 mars 2027 entre 8 h et 11 h à la cuisine centrale."),
        H("Article 5 – Remise des offres"),
        P("Date limite : 16 mars 2027 à 12 h 00, sur " + c["profil"] + "."),
    ], L(critere_environnemental=1, allotissement=1, nb_lots=5, montant_estime_ht=650000, montant_max_ht=800000,
         evidence=["La consultation est allotie en cinq lots", "Total 650 000 800 000",
                   "performances en matière de protection de l'environnement (mode de livraison, réduction des emballages) : 20 %"]))
    ccap = PIECE("CCAP_SIRS-2027-03.pdf", "CCAP", hd, "CCAP SIRS-2027-03", [
        TITLE("SIRS du Pays de Lestrade", "Cahier des clauses administratives particulières",
              "Fourniture de denrées alimentaires – lots 1 à 5"),
        *A("Objet – décomposition", "Le présent CCAP s'applique aux cinq lots de la consultation."),
        *A("Durée", "Quatre ans à compter du 1er septembre 2027. Pas de reconduction."),
        *A("Montants", "Les montants maximums de chaque lot figurent à l'article 2 du règlement de la "
           "consultation et sont reportés à l'acte d'engagement du lot."),
        *A("Livraisons",
           "Livraisons du lundi au vendredi entre 6 h 30 et 9 h, en véhicules réfrigérés conformes à l'ATP. "
           "Température à cœur contrôlée à réception."),
        *A("Conditions environnementales d'exécution",
           "Les livraisons sont effectuées avec des véhicules de classe Crit'Air 1 ou électriques. Le titulaire "
           "livre en caisses réutilisables consignées qu'il reprend à la livraison suivante ; les cartons et "
           "films plastiques de suremballage sont supprimés."),
        *f_penalites(c, 0),
        *f_paiement(c, 0),
        *f_litiges(c, 2),
    ], L(clause_environnementale=1, allotissement=1, nb_lots=5,
         evidence=["s'applique aux cinq lots de la consultation",
                   "livre en caisses réutilisables consignées qu'il reprend à la livraison suivante"]), hyphen=True)
    bpu = PIECE("BPU_LOT4_SIRS-2027-03.docx", "BPU", hd, "BPU lot 4 – SIRS-2027-03", [
        TITLE("SIRS du Pays de Lestrade", "Bordereau des prix unitaires – Lot n° 4 : Produits surgelés", ""),
        TAB([["Code", "Produit", "Conditionnement", "Prix € HT / kg"],
             ["4-01", "Haricots verts extra-fins", "sac 2,5 kg", ""],
             ["4-02", "Filet de colin d'Alaska, portion 120 g", "carton 5 kg", ""],
             ["4-03", "Épinards hachés en galets", "sac 2,5 kg", ""],
             ["4-04", "Poêlée de légumes du soleil", "sac 2,5 kg", ""],
             ["4-05", "Glace vanille, pot individuel 100 ml", "carton de 48", ""]]),
        P("Prix fermes la première année, révisables ensuite selon l'article du CCAP."),
    ], L(allotissement=1, evidence=["Lot n° 4 : Produits surgelés"]))
    avis = PIECE("AVIS_RECTIF_SIRS-2027-03.pdf", "AVIS", hd, "Avis rectificatif – SIRS-2027-03", [
        TITLE("Avis rectificatif", "SIRS du Pays de Lestrade",
              "Fourniture de denrées alimentaires pour la cuisine centrale"),
        P("Avis initial : BOAMP n° 27-20318 du 8 février 2027."),
        H("Modification n° 1 – suppression du lot n° 4"),
        P("Le lot n° 4 « Produits surgelés » est retiré de la présente consultation ; il fera l'objet d'une "
          "consultation ultérieure. Les lots 1, 2, 3 et 5 conservent leur numérotation. La consultation "
          "comporte donc désormais quatre lots."),
        H("Modification n° 2 – valeur estimée"),
        RTAB([["", "Au lieu de", "Lire"],
              ["Valeur totale estimée hors TVA", "650 000 EUR", "555 000 EUR"]], widths=[2, 1.2, 1.2], align="lrr"),
        H("Modification n° 3 – date limite"),
        P("Date limite de réception des offres : au lieu de 16 mars 2027 à 12 h 00, lire 23 mars 2027 à 12 h 00."),
        P("Les autres mentions de l'avis initial sont inchangées. Les offres déjà déposées pour le lot 4 ne "
          "seront pas ouvertes."),
    ], L(allotissement=1, nb_lots=4, montant_estime_ht=555000,
         evidence=["La consultation comporte donc désormais quatre lots", "Valeur totale estimée hors TVA 650 000 EUR 555 000 EUR"]))
    return dict(id="d05", title="SIRS du Pays de Lestrade – denrées : lot 4 supprimé par avis rectificatif",
                pieces=[rc, ccap, bpu, avis], pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=4, montant_estime_ht=555000, montant_max_ht=680000),
                note="RC : 5 lots, estimations 210 000 + 150 000 + 115 000 + 95 000 + 80 000 = 650 000, maximums "
                     "260 000 + 180 000 + 140 000 + 120 000 + 100 000 = 800 000 € HT (sur 4 ans, non reconductible). "
                     "L'AVIS_RECTIF retire le lot 4 (surgelés) : 4 lots (numérotation 1, 2, 3, 5 conservée), "
                     "estimation écrite 555 000 (= 650 000 - 95 000) ; maximum non réécrit : 800 000 - 120 000 = "
                     "680 000 € HT. Pièges : le BPU du lot 4 (lot disparu), « lot 5 » alors qu'il y a 4 lots, "
                     "1 900 repas, horaires.")


# ============================================================================ d06
def d06():
    c = C("la communauté d'agglomération Rives de l'Oudon", "Nantes", ccag="travaux",
          profil="https://marchespublics.rives-oudon.fr", ref="CARO-27-VRD-05", delai=30)
    hd = "CA Rives de l'Oudon – Requalification de la rue des Forges – CARO-27-VRD-05"
    rc = PIECE("RC_CARO-27-VRD-05.pdf", "RC", hd, "RC – CARO-27-VRD-05", [
        TITLE("Communauté d'agglomération Rives de l'Oudon", "RÈGLEMENT DE LA CONSULTATION",
              "Requalification de la rue des Forges et de ses abords (VRD)"),
        *A("Objet", "Travaux de voirie et réseaux divers pour la requalification de la rue des Forges "
           "(820 ml) à Segrenay, pour un montant de travaux de " + S("1 540 000") + " € HT hors révision."),
        *A("Allotissement et estimation",
           "Conformément à l'article L. 2113-10 du CCP, les travaux sont divisés en trois lots :"),
        RTAB([["Lot", "Désignation", "Montant estimé HT"],
              ["1", "Terrassements – chaussées – assainissement", "820 000 €"],
              ["2", "Bordures – trottoirs – revêtements piétons", "430 000 €"],
              ["3", "Signalisation – mobilier urbain", "290 000 €"]], widths=[0.5, 3, 1.3], align="llr"),
        P("Le montant total estimé de l'opération s'élève à " + S("1 540 000") + " € HT."),
        *A("Jugement des offres", "Prix : 55 % ; valeur technique : 45 % (méthodologie 25 %, phasage et "
           "maintien des circulations 20 %)."),
        *f_remise(c, 0, "vendredi 5 mars 2027 à 12 h"),
        *f_litiges(c, 0),
    ], L(allotissement=1, nb_lots=3, montant_estime_ht=1540000,
         evidence=["les travaux sont divisés en trois lots",
                   "Le montant total estimé de l'opération s'élève à 1 540 000 € HT"]), hyphen=True)
    ccap = PIECE("CCAP_CARO-27-VRD-05.pdf", "CCAP", hd, "CCAP – CARO-27-VRD-05", [
        TITLE("CA Rives de l'Oudon", "CCAP", "Rue des Forges – lots 1 à 3"),
        H("ARTICLE 1 – OBJET – ALLOTISSEMENT"),
        P("Le present CCAP est commun aux trois lots de l'operation definis au RC."),
        H("ARTICLE 2 – PIECES CONTRACTUELLES"),
        P("AE, CCAP, CCTP, DQE et BPU du lot, CCAG-Travaux 2021, mémoire technique."),
        H("ARTICLE 8 – DISPOSITIONS SOCIALES ET ENVIRONNEMENTALES"),
        H2("8.1 Déchets et matériaux"),
        P("Les enrobés rabotés sont recyclés en centrale ; les déblais inertes sont réemployés sur l'opération "
          "ou orientés vers une plateforme de recyclage. Le titulaire tient à jour le schéma d'organisation et "
          "de suivi de l'évacuation des déchets (SOSED) remis avec son offre."),
        H2("8.2 Action d'insertion professionnelle"),
        P("Les titulaires des lots 1 et 2 consacrent une partie des heures de travail générées par le marché "
          "à une action d'insertion au profit de publics éloignés de l'emploi :"),
        LST(["lot 1 : 1 200 " + K("heures", 3) + " ;", "lot 2 : 450 heures ;", "lot 3 : néant."]),
        P("Le contrôle est assuré par le facilitateur de la Maison de l'emploi Oudon-Segrenay. Une heure non "
          "réalisée est pénalisée à hauteur de 60 € HT."),
        H("ARTICLE 9 – DÉLAIS"),
        P("Lot 1 : 5 mois ; lot 2 : 3 mois ; lot 3 : 6 semaines, période de préparation non comprise."),
        *f_paiement(c, 1),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=1650, clause_environnementale=1,
         allotissement=1, nb_lots=3,
         evidence=["commun aux trois lots", "lot 1 : 1 200 heures", "lot 2 : 450 heures", "[1 200 + 450 = 1 650]",
                   "Les enrobés rabotés sont recyclés en centrale"]), cols=2)
    dqe = PIECE("DQE_LOT2_CARO-27-VRD-05.docx", "DQE", hd, "DQE lot 2 – CARO-27-VRD-05", [
        TITLE("CA Rives de l'Oudon", "DÉTAIL QUANTITATIF ESTIMATIF", "Lot 2 – Bordures – trottoirs – revêtements piétons"),
        TAB([["N°", "Désignation", "U", "Qté", "PU HT", "Total HT"],
             ["201", "Fourniture et pose de bordures T2", "ml", "1 640", "", ""],
             ["202", "Caniveaux CC1", "ml", "1 640", "", ""],
             ["210", "Béton désactivé, ép. 12 cm", "m²", "2 300", "", ""],
             ["215", "Dalles podotactiles", "u", "36", "", ""],
             ["230", "Main-d'œuvre en régie (ouvrier qualifié)", "h", "40", "", ""],
             ["", "Total HT du lot 2", "", "", "", ""]]),
    ], L(allotissement=1, evidence=["Lot 2 – Bordures – trottoirs – revêtements piétons"]))
    qr = PIECE("QR_CARO-27-VRD-05.pdf", "QR", hd, "Réponses aux questions – CARO-27-VRD-05", [
        TITLE("Communauté d'agglomération Rives de l'Oudon", "RÉPONSES AUX QUESTIONS DES CANDIDATS",
              "Rue des Forges – état au 24 février 2027"),
        P("Les réponses ci-dessous sont communiquées à l'ensemble des candidats. Elles complètent ou modifient "
          "le DCE et prévalent sur les pièces d'origine."),
        RTAB([["N°", "Question", "Réponse"],
              ["1", "Une visite préalable du site est-elle prévue ?",
               "Non. Le site est librement accessible ; les plans des réseaux sont joints au DCE."],
              ["2", "Lot 2 : le volume de 450 heures d'insertion paraît disproportionné au regard d'un "
                    "chantier de trois mois. Peut-il être revu ?",
               "Oui. Après avis du facilitateur, le nombre d'heures d'insertion du lot 2 est ramené à 300 "
               "heures. L'article 8.2 du CCAP est modifié en ce sens. Les 1 200 heures du lot 1 sont inchangées."],
              ["3", "Le délai de 6 semaines du lot 3 peut-il être porté à 8 semaines ?",
               "Non, le délai est maintenu."]], widths=[0.4, 2.3, 2.6], align="lll"),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=1500, allotissement=1,
         evidence=["le nombre d'heures d'insertion du lot 2 est ramené à 300 heures",
                   "Les 1 200 heures du lot 1 sont inchangées", "[1 200 + 300 = 1 500]"]))
    return dict(id="d06", title="CA Rives de l'Oudon – rue des Forges : heures d'insertion du lot 2 réduites par "
                "le registre des questions-réponses", pieces=[rc, ccap, dqe, qr],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=1500, allotissement=1, nb_lots=3, montant_estime_ht=1540000),
                note="CCAP art. 8.2 : lot 1 1 200 h, lot 2 450 h, lot 3 néant (= 1 650 h). La QR (question 2) ramène "
                     "le lot 2 à 300 h et modifie le CCAP : 1 200 + 300 = 1 500 h. Estimation du RC : 820 000 + 430 000 "
                     "+ 290 000 = 1 540 000 € HT (écrite), 3 lots, inchangée. Pas de maximum (travaux). Pièges : "
                     "« 40 h » de régie au DQE, délais en semaines/mois, 820 ml, 1 650 de la CCAP d'origine.")


# ============================================================================ d07
def d07():
    c = C("le centre hospitalier de Rocheval", "Grenoble", profil="https://achats.ch-rocheval.fr",
          ref="CHR-2027-MT-09", delai=50)
    hd = "Centre hospitalier de Rocheval – Maintenance multitechnique – CHR-2027-MT-09"
    rc = PIECE("RC_CHR-2027-MT-09.pdf", "RC", hd, "RC – CHR-2027-MT-09", [
        TITLE("CENTRE HOSPITALIER DE ROCHEVAL", "RÈGLEMENT DE LA CONSULTATION",
              "Maintenance préventive et corrective des installations techniques"),
        H("1. Objet"),
        P("Maintenance des installations de chauffage, ventilation et climatisation, de plomberie sanitaire "
          "et des courants faibles des bâtiments du CH de Rocheval et de l'EHPAD Les Glycines."),
        P("Pouvoir adjudicateur : CH de Rocheval, 12 avenue du Docteur-Vial, 38460 Rocheval – SIRET 263 800 914 00012."),
        H("2. Procédure"),
        P("Appel d'offres ouvert (art. L. 2124-2, R. 2124-2 1° et R. 2161-2 à R. 2161-5 du CCP)."),
        H("3. Allotissement"),
        H2("3.1 Lots"),
        P("Le marché est alloti en trois lots, attribués séparément, d'une durée de trois ans ferme."),
        H2("3.2 Estimation"),
        RTAB([["Lot", "Intitulé", "Estimation sur 3 ans (€ HT)"],
              ["1", "Génie climatique (CVC)", "240 000"],
              ["2", "Plomberie – sanitaire – eau chaude", "185 000"],
              ["3", "Courants faibles (SSI, appel malade, contrôle d'accès)", "96 000"],
              ["", "Montant total estimé", "521 000"]], widths=[0.5, 3, 1.5], align="llr", bold_last=True),
        H("4. Critères"),
        P("Prix 50 % ; valeur technique 40 % ; performance en matière d'insertion professionnelle des publics "
          "en difficulté 10 % (nombre d'heures proposées, encadrement et formation des personnes recrutées)."),
        H("5. Visite"),
        P("Visite obligatoire des locaux techniques le 11 mars 2027 à 14 heures (attestation remise)."),
        H("6. Date limite"),
        P("Les offres sont remises avant le 6 avril 2027 à 12 h 00 sur " + c["profil"] + "."),
    ], L(critere_social=1, allotissement=1, nb_lots=3, montant_estime_ht=521000,
         evidence=["Le marché est alloti en trois lots", "Montant total estimé 521 000",
                   "performance en matière d'insertion professionnelle des publics en difficulté 10 %"]), hyphen=True)
    ccap = PIECE("CCAP_CHR-2027-MT-09.docx", "CCAP", hd, "CCAP – CHR-2027-MT-09", [
        TITLE("Centre hospitalier de Rocheval", "Cahier des clauses administratives particulières",
              "Maintenance multitechnique – lots 1 à 3"),
        H("Article 1 – Objet et allotissement"),
        P("Le marché est décomposé en trois lots. Chaque lot fait l'objet d'un marché à prix global et "
          "forfaitaire pour la maintenance préventive et à prix unitaires pour les interventions correctives."),
        H("Article 2 – Durée"),
        P("Trois ans fermes à compter du 1er juillet 2027."),
        H("Article 3 – Délais d'intervention"),
        P("Urgence vitale ou sécurité incendie : 2 heures, 24 h sur 24 ; dépannage ordinaire : 4 heures "
          "ouvrées ; maintenance programmée : selon le planning annuel validé."),
        H("Article 4 – Paiement"),
        P("Délai global de paiement : 50 jours (art. R. 2192-11 du CCP). Factures via Chorus Pro."),
        H("Article 5 – Pénalités"),
        P("Dépassement du délai d'intervention en urgence : 250 € par heure de retard."),
        *f_litiges(c, 1),
    ], L(allotissement=1, nb_lots=3, evidence=["Le marché est décomposé en trois lots"]))
    cctp = PIECE("CCTP_LOT3_CHR-2027-MT-09.pdf", "CCTP", hd, "CCTP lot 3 – CHR-2027-MT-09", [
        TITLE("Centre hospitalier de Rocheval", "CCTP – LOT 3", "Courants faibles : SSI, appel malade, contrôle d'accès"),
        H("1. Consistance des installations"),
        LST(["SSI de catégorie A : 1 ECS, 640 détecteurs ponctuels, 48 déclencheurs manuels ;",
             "appel malade : 312 chambres, 14 postes infirmiers ;",
             "contrôle d'accès : 86 lecteurs de badges, logiciel de supervision."]),
        H("2. Maintenance préventive"),
        P("Deux visites annuelles du SSI conformément à la norme NF S 61-933 ; essai des organes "
          "intermédiaires ; mise à jour du registre de sécurité."),
        H("3. Maintenance corrective"),
        P("Intervention dans les 4 heures, astreinte 24 h/24 et 7 j/7 ; pièces détachées facturées selon le BPU."),
        H("4. Documents à remettre"),
        P("Rapport de visite sous 8 jours, bilan annuel avant le 31 janvier de chaque année."),
    ], L(allotissement=1, evidence=["CCTP – LOT 3"]))
    err = PIECE("ERRATUM_CHR-2027-MT-09.pdf", "AUTRE", hd, "Erratum n° 1 – CHR-2027-MT-09", [
        TITLE("Centre hospitalier de Rocheval", "ERRATUM N° 1", "Consultation CHR-2027-MT-09 – 3 mars 2027"),
        P("Une erreur matérielle affecte le tableau de l'article 3.2 du règlement de la consultation "
          "(estimation par lot)."),
        P("Pour le lot n° 3 « Courants faibles » (SSI, appel malade, contrôle d'accès), il convient de lire : " + S("69 000") + " € HT sur trois ans, au lieu "
          "de 96 000 € HT (inversion de chiffres). Le montant total estimé est corrigé en conséquence ; "
          "les estimations des lots 1 et 2 sont exactes."),
        P("Cette correction n'a pas d'incidence sur la date limite de remise des offres ni sur les capacités "
          "financières exigées, déjà calculées sur le bon montant."),
    ], L(allotissement=1, evidence=["Pour le lot n° 3 « Courants faibles »", "il convient de lire : 69 000 € HT"]))
    return dict(id="d07", title="CH de Rocheval – maintenance : estimation du lot 3 corrigée par erratum",
                pieces=[rc, ccap, cctp, err], pos=["critere_social"],
                values=V(allotissement=1, nb_lots=3, montant_estime_ht=494000),
                note="RC : 3 lots, 240 000 + 185 000 + 96 000 = 521 000 € HT (total écrit). L'ERRATUM corrige le lot 3 "
                     "à 69 000 € HT (inversion de chiffres) sans écrire le nouveau total : 240 000 + 185 000 + 69 000 "
                     "= 494 000 € HT. Pas de maximum. Critère social 10 % (RC). Pièges : 521 000 périmé, délais en "
                     "heures (2 h, 4 h, 24 h), 640 détecteurs, 312 chambres, pénalité 250 €/heure.")


# ============================================================================ d08
def d08():
    c = C("la ville de Port-Sainte-Elme", "Montpellier", profil="https://www.port-sainte-elme.fr/marches",
          ref="PSE-2027-LING-02", delai=30)
    hd = "Ville de Port-Sainte-Elme – Entretien du linge – PSE-2027-LING-02"
    rc = PIECE("RC_PSE-2027-LING-02.pdf", "RC", hd, "RC – PSE-2027-LING-02", [
        TITLE("Ville de Port-Sainte-Elme", "RÈGLEMENT DE LA CONSULTATION",
              "Location-entretien des vêtements de travail et entretien du linge des crèches"),
        *A("Objet et lots",
           "Lot n° 1 : location et entretien des vêtements de travail des agents des services techniques. "
           "Lot n° 2 : entretien du linge plat et des tenues des trois crèches municipales."),
        *A("Forme", "Accords-cadres à bons de commande mono-attributaires, conclus pour deux ans et "
           "reconductibles une fois pour deux ans."),
        *A("Marché réservé", "Marché réservé : non. Aucun des lots n'est réservé."),
        *A("Critères", "Prix 60 % ; valeur technique 30 % ; performance environnementale du procédé de lavage "
           "(consommations d'eau et d'énergie par kilo de linge) 10 %."),
        *f_remise(c, 1, "le 12 avril 2027 à 17 h 00"),
        *f_litiges(c, 2),
    ], L(critere_environnemental=1, allotissement=1, nb_lots=2,
         evidence=["Lot n° 1 : location et entretien des vêtements de travail",
                   "Lot n° 2 : entretien du linge plat",
                   "performance environnementale du procédé de lavage (consommations d'eau et d'énergie par kilo de linge) 10 %"]))
    ccap = PIECE("CCAP_PSE-2027-LING-02.docx", "CCAP", hd, "CCAP – PSE-2027-LING-02", [
        TITLE("Ville de Port-Sainte-Elme", "Cahier des clauses administratives particulières", "Lots 1 et 2"),
        H("1 – Objet"),
        P("Le présent CCAP régit les deux lots de la consultation PSE-2027-LING-02."),
        H("2 – Durée"),
        P("Période initiale de deux ans à compter du 1er septembre 2027, reconductible une fois pour une "
          "période de deux ans."),
        H("3 – Montants maximums"),
        P("Les montants maximums suivants s'appliquent à chacune des deux périodes (initiale et reconduction) :"),
        TAB([["Lot", "Maximum par période de deux ans (€ HT)"],
             ["Lot 1 – Vêtements de travail", "70 000"],
             ["Lot 2 – Linge des crèches", "30 000"]]),
        H("4 – Exigences environnementales"),
        P("Le titulaire utilise des lessives sans phosphates ni azurants optiques, dosées automatiquement, et "
          "optimise ses tournées de collecte et de livraison (une tournée hebdomadaire commune à tous les sites)."),
        H("5 – Délais"),
        P("Collecte le lundi, restitution le jeudi de la même semaine."),
        *f_paiement(c, 0),
    ], L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=200000,
         evidence=["régit les deux lots", "reconductible une fois pour une période de deux ans",
                   "Lot 1 – Vêtements de travail 70 000", "Lot 2 – Linge des crèches 30 000",
                   "[(70 000 + 30 000) x 2 = 200 000]", "lessives sans phosphates ni azurants optiques"]))
    bpu = PIECE("BPU_LOT2_PSE-2027-LING-02.docx", "BPU", hd, "BPU lot 2 – PSE-2027-LING-02", [
        TITLE("Ville de Port-Sainte-Elme", "BORDEREAU DES PRIX UNITAIRES", "Lot 2 – Entretien du linge des crèches"),
        TAB([["Article", "Unité", "Prix HT"],
             ["Draps et housses (lavage, séchage, pliage)", "kg", ""],
             ["Bavoirs et gants de toilette", "kg", ""],
             ["Tenues du personnel (blouse, pantalon)", "pièce", ""],
             ["Petites retouches (ourlet, bouton)", "pièce", ""]]),
    ], L(allotissement=1, evidence=["Lot 2 – Entretien du linge des crèches"]))
    mod = PIECE("MODIFICATIF-1_PSE-2027-LING-02.pdf", "AUTRE", hd, "Modificatif n° 1 – PSE-2027-LING-02", [
        TITLE("Ville de Port-Sainte-Elme", "MODIFICATIF N° 1 AU DOSSIER DE CONSULTATION",
              "Consultation PSE-2027-LING-02 – 22 mars 2027"),
        H("Article 1 – Réservation du lot n° 2"),
        P("L'article 3 du règlement de la consultation (« Marché réservé ») est modifié comme suit :"),
        P("« Le lot n° 2 est réservé, en application de l'article L. 2113-12 du code de la commande publique, "
          "aux entreprises adaptées, aux établissements et services d'aide par le travail et aux structures "
          "équivalentes employant au moins 50 % de travailleurs handicapés. Le lot n° 1 n'est pas réservé. »"),
        H("Article 2 – Pièces de candidature"),
        P("Les candidats au lot n° 2 joignent à leur candidature tout document attestant de leur statut "
          "(agrément EA, autorisation ESAT)."),
        H("Article 3 – Date limite"),
        P("La date limite de réception des offres est reportée au 26 avril 2027 à 17 h 00. Les autres "
          "dispositions du DCE, notamment les montants maximums de l'article 3 du CCAP, sont inchangées."),
    ], L(marche_reserve=1, reserve_base="L2113-12", allotissement=1,
         evidence=["Le lot n° 2 est réservé, en application de l'article L. 2113-12 du code de la commande publique"]),
        hyphen=True)
    return dict(id="d08", title="Ville de Port-Sainte-Elme – linge : lot 2 réservé (L2113-12) par modificatif",
                pieces=[rc, ccap, bpu, mod],
                pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_max_ht=200000, reserve_base="L2113-12"),
                note="RC d'origine : « Marché réservé : non ». Le MODIFICATIF n° 1 réserve le lot 2 aux EA/ESAT en "
                     "citant L. 2113-12 : le dossier est réservé (base L2113-12). Montants inchangés : CCAP, par période "
                     "de deux ans, lot 1 70 000 + lot 2 30 000, deux périodes : (70 000 + 30 000) x 2 = 200 000 € HT. "
                     "2 lots. Pièges : « 50 % » de travailleurs handicapés, RC à 0 pour la réservation.")


# ============================================================================ d09
def d09():
    c = C("la commune de Pleuzelan-sur-Aven", "Rennes", ccag="travaux",
          profil="https://www.megalis-demat.example/pleuzelan", ref="2027-PSA-02", delai=30)
    hd = "Commune de Pleuzelan-sur-Aven – Rénovation énergétique de l'école du Bourg – 2027-PSA-02"
    rc = PIECE("RC_2027-PSA-02.pdf", "RC", hd, "Règlement de la consultation – 2027-PSA-02", [
        TITLE("Commune de Pleuzelan-sur-Aven", "Règlement de la consultation",
              "Rénovation énergétique de l'école élémentaire du Bourg"),
        *A("Objet", "Isolation thermique par l'extérieur, remplacement des menuiseries et installation d'une "
           "ventilation double flux à l'école élémentaire du Bourg."),
        *A("Lots", "Les travaux sont répartis en 3 lots :"),
        TAB([["Lot", "Intitulé", "Estimation HT"],
             ["01", "Isolation thermique par l'extérieur – ravalement", "640 000 €"],
             ["02", "Menuiseries extérieures bois-aluminium", "390 000 €"],
             ["03", "Ventilation – chauffage", "230 000 €"]], widths=[0.5, 3, 1.2], align="llr"),
        P("Estimation globale : 1 260 000 € HT."),
        *A("Calendrier", "Visite du site : mercredi 24 février 2027 à 9 h 30. Date limite de réception des "
           "offres : vendredi 12 mars 2027 à 12 h 00. Démarrage prévisionnel : 15 juin 2027."),
        *A("Jugement", "Prix 50 ; valeur technique 40 ; performances en matière de gestion des déchets de "
           "chantier et de réemploi 10."),
        *f_litiges(c, 0),
    ], L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=1260000,
         evidence=["Les travaux sont répartis en 3 lots", "Estimation globale : 1 260 000 € HT",
                   "performances en matière de gestion des déchets de chantier et de réemploi 10"]), hyphen=True)
    ccap = PIECE("CCAP_2027-PSA-02.pdf", "CCAP", hd, "CCAP – 2027-PSA-02", [
        TITLE("Commune de Pleuzelan-sur-Aven", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Rénovation énergétique de l'école du Bourg – lots 01 à 03"),
        *A("Objet", "Le present CCAP s'applique aux 3 lots du marché."),
        *f_ccag(c, 1),
        *A("Clause d'insertion (lot 01)",
           "Le titulaire du lot 01 s'engage à réaliser au moins 420 " + K("heures", 3) + " de travail confiées à des personnes "
           "en parcours d'insertion, selon l'une des modalités proposées par le facilitateur de Quimper "
           "Cornouaille Emploi. Les lots 02 et 03 ne comportent pas de clause d'insertion."),
        *A("Chantier à faibles nuisances",
           "Tri sélectif des déchets en cinq flux minimum, bennes bâchées, interdiction de brûlage, nettoyage des "
           "roues des engins ; les chutes d'isolant sont reprises par le fournisseur pour recyclage."),
        *A("Délais", "Huit mois, dont un mois de préparation ; travaux en site occupé pendant les vacances "
           "scolaires d'été."),
        *f_penalites(c, 0),
        *f_paiement(c, 2),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=420, clause_environnementale=1,
         allotissement=1, nb_lots=3,
         evidence=["s'applique aux 3 lots du marché",
                   "Le titulaire du lot 01 s'engage à réaliser au moins 420 heures de travail confiées à des personnes en parcours d'insertion",
                   "Tri sélectif des déchets en cinq flux minimum"]), cols=2, hyphen=True)
    avis = PIECE("AVIS_RECTIF_2027-PSA-02.txt", "AVIS", hd, "", [
        TITLE("AVIS RECTIFICATIF", "Commune de Pleuzelan-sur-Aven", "Publié le 3 mars 2027"),
        P("Référence de l'avis initial : 27-24877 (BOAMP) – Rénovation énergétique de l'école élémentaire du Bourg"),
        P("Type de marché : Travaux. Procédure adaptée."),
        P("Valeur estimée hors TVA : 1 260 000 euros (inchangée)"),
        P("Le marché est divisé en lots : oui, 3 lots (inchangé)"),
        H("Modifications"),
        P("Date limite de réception des offres — Au lieu de : 12/03/2027 à 12 h 00. Lire : 26/03/2027 à 12 h 00."),
        P("Visite du site — Au lieu de : 24/02/2027 à 9 h 30. Lire : 10/03/2027 à 14 h 00. La mairie est "
          "ouverte de 9 heures à 12 heures et de 14 heures à 17 heures."),
        P("Motif : indisponibilité du bâtiment lors de la première visite. Les autres mentions de l'avis "
          "initial, notamment le nombre de lots, les estimations et la clause d'insertion du lot 01, sont inchangées."),
    ], L(allotissement=1, nb_lots=3, montant_estime_ht=1260000,
         evidence=["Valeur estimée hors TVA : 1 260 000 euros (inchangée)", "Le marché est divisé en lots : oui, 3 lots"]))
    qr = PIECE("QR_2027-PSA-02.docx", "QR", hd, "Questions-réponses – 2027-PSA-02", [
        TITLE("Commune de Pleuzelan-sur-Aven", "Questions des candidats et réponses de l'acheteur", "Mise à jour n° 2"),
        H("Q1 – Report de la date limite"),
        P("Question : Le report de la date limite au 26 mars modifie-t-il le nombre d'heures d'insertion du lot 01 ?"),
        P("Réponse : Non. Le lot 01 reste soumis à 420 heures d'insertion ; seules les dates de visite et de "
          "remise des offres sont modifiées par l'avis rectificatif du 3 mars 2027."),
        H("Q2 – Démarrage"),
        P("Question : La date de démarrage est-elle décalée ?"),
        P("Réponse : Oui, le démarrage prévisionnel est reporté au 5 juillet 2027 ; la durée de huit mois est inchangée."),
        H("Q3 – Échafaudages"),
        P("Question : Le lot 01 doit-il laisser ses échafaudages à disposition du lot 02 ?"),
        P("Réponse : Oui, pendant 3 semaines au plus, sans supplément de prix."),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=420, allotissement=1,
         evidence=["Le lot 01 reste soumis à 420 heures d'insertion"]))
    return dict(id="d09", title="Commune de Pleuzelan-sur-Aven – école : avis rectificatif de dates seulement",
                pieces=[rc, ccap, avis, qr],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=420, allotissement=1, nb_lots=3, montant_estime_ht=1260000),
                note="Piège : l'AVIS_RECTIF et la QR ne changent que des dates (remise des offres, visite, démarrage). "
                     "Valeurs inchangées : 3 lots, estimation 640 000 + 390 000 + 230 000 = 1 260 000 € HT (écrite au "
                     "RC et répétée dans l'avis), 420 heures d'insertion (lot 01, CCAP ; confirmées par la QR, à ne pas "
                     "doubler). Pas de maximum. Pièges : « 9 heures à 12 heures », « 12 h 00 », « 3 semaines ».")


# ============================================================================ d10
def d10():
    c = C("la commune d'Orvanne-les-Bois", "Dijon", profil="https://orvanne-les-bois.marcoweb.example",
          ref="OLB-2027-MOB", delai=30)
    hd = "Commune d'Orvanne-les-Bois – Mobilier scolaire – OLB-2027-MOB"
    rc = PIECE("RC_OLB-2027-MOB.docx", "RC", hd, "RC – OLB-2027-MOB", [
        TITLE("Commune d'Orvanne-les-Bois", "REGLEMENT DE LA CONSULTATION", "Fourniture de mobilier scolaire et périscolaire"),
        H("Article 1 – Objet"),
        P("Fourniture, livraison et montage de mobilier pour les écoles et l'accueil périscolaire (tables, "
          "chaises, armoires, bancs, mobilier de dortoir)."),
        H("Article 2 – Allotissement"),
        P("Marché non alloti : un fournisseur unique garantit l'homogénéité des gammes et la coordination des "
          "livraisons pendant les vacances scolaires."),
        H("Article 3 – Forme et durée"),
        P("Accord-cadre à bons de commande d'une durée d'un an, reconductible une fois par reconduction expresse."),
        H("Article 4 – Montant"),
        P("Montant maximum annuel : 75 000 € HT, soit 95 000 € TTC. Pas de montant minimum."),
        H("Article 5 – Critères"),
        P("Prix 60 % ; qualité et robustesse des produits (fiches techniques, garanties) 30 % ; délais de livraison 10 %."),
        H("Article 6 – Remise des offres"),
        P("Au plus tard le 18 mars 2027 à 12 h, sur le profil d'acheteur."),
    ], L(allotissement=0, montant_max_ht=150000,
         evidence=["Marché non alloti", "reconductible une fois par reconduction expresse",
                   "Montant maximum annuel : 75 000 € HT", "[75 000 x 2 périodes = 150 000]"]))
    ccap = PIECE("CCAP_OLB-2027-MOB.pdf", "CCAP", hd, "CCAP – OLB-2027-MOB", [
        TITLE("Commune d'Orvanne-les-Bois", "Cahier des clauses administratives particulières", "Mobilier scolaire"),
        *A("Objet", "Accord-cadre à bons de commande pour la fourniture de mobilier scolaire et périscolaire."),
        *A("Durée", "Un an à compter de la notification, reconductible une fois pour un an par décision expresse."),
        *A("Montant maximum",
           "Le montant maximum est de 75 000 € HT par période annuelle, soit un montant maximum de 150 000 € HT "
           "(180 000 € TTC) sur la durée totale de l'accord-cadre."),
        *A("Livraison et reprise",
           "Livraison, montage et mise en place dans les salles désignées. Le titulaire reprend les emballages "
           "(cartons, films, calages) et les oriente vers une filière de recyclage ; à la demande de la commune, il "
           "reprend le mobilier usagé équivalent et le remet à une filière agréée de réemploi ou de recyclage."),
        *A("Garantie", "Garantie de cinq ans pièces et main-d'œuvre sur les structures métalliques."),
        *f_paiement(c, 0),
        *f_litiges(c, 0),
    ], L(clause_environnementale=1, montant_max_ht=150000,
         evidence=["soit un montant maximum de 150 000 € HT (180 000 € TTC) sur la durée totale de l'accord-cadre",
                   "Le titulaire reprend les emballages (cartons, films, calages) et les oriente vers une filière de recyclage"]),
        hyphen=True)
    bpu = PIECE("BPU_OLB-2027-MOB.docx", "BPU", hd, "BPU – OLB-2027-MOB", [
        TITLE("Commune d'Orvanne-les-Bois", "BORDEREAU DE PRIX", "Mobilier scolaire"),
        TAB([["Réf", "Désignation", "PU HT", "PU TTC"],
             ["M1", "Table élève monoplace réglable, taille 4 à 6", "", ""],
             ["M2", "Chaise appui sur table, taille 5", "", ""],
             ["M3", "Armoire haute portes battantes 1 950 mm", "", ""],
             ["M4", "Couchette empilable maternelle", "", ""]]),
    ], L())
    err = PIECE("ERRATUM_OLB-2027-MOB.txt", "AUTRE", hd, "", [
        TITLE("Commune d'Orvanne-les-Bois", "ERRATUM – Consultation OLB-2027-MOB", "Mis en ligne le 2 mars 2027"),
        P("Objet : correction d'une erreur de calcul à l'article 4 du règlement de la consultation."),
        P("Au lieu de : « Montant maximum annuel : 75 000 € HT, soit 95 000 € TTC. »"),
        P("Lire : « Montant maximum annuel : 75 000 € HT, soit 90 000 € TTC. »"),
        P("Le montant hors taxes n'est pas modifié. Aucune autre pièce du dossier n'est concernée ; la date "
          "limite de remise des offres est maintenue."),
    ], L())
    return dict(id="d10", title="Commune d'Orvanne-les-Bois – mobilier : erratum sur un montant TTC seulement",
                pieces=[rc, ccap, bpu, err], pos=["clause_environnementale"],
                values=V(allotissement=0, montant_max_ht=150000),
                note="Piège : l'ERRATUM ne corrige que l'équivalent TTC (95 000 -> 90 000 € TTC par an) ; le HT est "
                     "inchangé : 75 000 € HT par an, un an reconductible une fois = 150 000 € HT (écrit au CCAP). "
                     "Non alloti (RC). Pièges : 180 000 € TTC, 90 000/95 000 TTC, 1 950 mm. L'erratum seul ne donne ni "
                     "durée ni total : pièce sans valeur.")


# ============================================================================ d11
def d11():
    c = C("le syndicat mixte du port de Saint-Vénard", "Caen", profil="https://marches.port-saintvenard.fr",
          ref="SMPV-2027-SG-01", delai=30)
    hd = "Syndicat mixte du port de Saint-Vénard – Sûreté et gardiennage – SMPV-2027-SG-01"
    avis = PIECE("AVIS_SMPV-2027-SG-01.txt", "AVIS", hd, "", [
        TITLE("Avis d'appel public à la concurrence", "Syndicat mixte du port de Saint-Vénard",
              "Services de surveillance et de gardiennage des sites portuaires"),
        P("Acheteur : Syndicat mixte du port de Saint-Vénard, quai de l'Aunette, 14510 Saint-Vénard – SIRET "
          "251 403 962 00027"),
        P("Procédure : appel d'offres ouvert. CPV : 79713000 – Services de gardiennage."),
        P("Valeur estimée hors TVA : 510 000 EUR"),
        P("Division en lots : oui. Lot 1 : surveillance humaine des terminaux et parkings. Lot 2 : "
          "télésurveillance et interventions sur alarme."),
        P("Conditions d'exécution : le titulaire du lot 1 réalise 900 heures d'insertion au profit de "
          "personnes éloignées de l'emploi sur la durée de l'accord-cadre."),
        P("Critères d'attribution : prix 50 % ; valeur technique 40 % ; conditions d'emploi, de formation et "
          "de qualification des agents affectés au marché 10 %."),
        P("Date limite de réception des offres : 20/04/2027 à 12:00."),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=900, critere_social=1, allotissement=1, nb_lots=2,
         montant_estime_ht=510000,
         evidence=["Valeur estimée hors TVA : 510 000 EUR", "Division en lots : oui. Lot 1", "Lot 2 : télésurveillance",
                   "le titulaire du lot 1 réalise 900 heures d'insertion",
                   "conditions d'emploi, de formation et de qualification des agents affectés au marché 10 %"]))
    rc = PIECE("RC_SMPV-2027-SG-01.pdf", "RC", hd, "RC – SMPV-2027-SG-01", [
        TITLE("Syndicat mixte du port de Saint-Vénard", "RÈGLEMENT DE LA CONSULTATION", "Sûreté et gardiennage des sites portuaires"),
        *A("Objet et allotissement",
           "La consultation comprend deux lots : lot 1 « surveillance humaine des terminaux et parkings » et "
           "lot 2 « télésurveillance et interventions sur alarme ». La valeur estimée de l'ensemble, "
           "reconductions comprises, est de " + S("510 000") + " € HT."),
        *A("Forme", "Accords-cadres à bons de commande d'un an, reconductibles deux fois."),
        *A("Conditions de participation",
           "Autorisation d'exercer délivrée par le CNAPS (art. L. 612-9 du code de la sécurité intérieure) ; "
           "cartes professionnelles des agents ; attestation d'assurance."),
        *A("Critères de sélection des offres",
           ["Prix : 50 % ;", "Valeur technique : 40 % ;",
            "Conditions d'emploi, de formation et de qualification des agents affectés au marché : 10 %."]),
        *f_remise(c, 0, "20 avril 2027 à 12 h"),
        *f_litiges(c, 1),
    ], L(critere_social=1, allotissement=1, nb_lots=2, montant_estime_ht=510000,
         evidence=["La consultation comprend deux lots",
                   "La valeur estimée de l'ensemble, reconductions comprises, est de 510 000 € HT",
                   "Conditions d'emploi, de formation et de qualification des agents affectés au marché : 10 %"]),
        hyphen=True)
    ccap = PIECE("CCAP_SMPV-2027-SG-01.pdf", "CCAP", hd, "CCAP – SMPV-2027-SG-01", [
        TITLE("Syndicat mixte du port de Saint-Vénard", "CCAP", "Sûreté et gardiennage – lots 1 et 2"),
        *A("Objet", "Le présent CCAP est commun aux deux lots."),
        *A("Durée", "Un an à compter du 1er juillet 2027, reconductible tacitement deux fois par période d'un an."),
        *A("Montants maximums annuels",
           "Lot 1 (terminaux et parkings) : " + S("160 000") + " € HT par période annuelle. Lot 2 : " + S("40 000") + " € HT par période annuelle. Aucun "
           "montant minimum n'est fixé."),
        *A("Clause d'insertion – lot 1",
           "Le titulaire du lot 1 consacre au moins 900 " + K("heures", 3) + " de travail, sur la durée totale de l'accord-cadre, "
           "à l'insertion de personnes éloignées de l'emploi (recrutement direct, ETTI, GEIQ Sûreté Normandie). "
           "Les heures de formation préalable à la carte professionnelle (175 heures au plus par personne) sont "
           "comptabilisées."),
        *A("Effectifs", "Le lot 1 mobilise en moyenne 2 agents de jour et 3 agents de nuit, 365 jours par an ; "
           "vacations de 12 heures au plus."),
        *f_paiement(c, 2),
        *f_litiges(c, 0),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=900, allotissement=1, nb_lots=2, montant_max_ht=600000,
         evidence=["commun aux deux lots", "reconductible tacitement deux fois",
                   "Lot 1 (terminaux et parkings) : 160 000 € HT par période annuelle. Lot 2 : 40 000 € HT par période annuelle",
                   "[(160 000 + 40 000) x 3 = 600 000]", "consacre au moins 900 heures de travail"]), cols=2, hyphen=True)
    qr = PIECE("QR_SMPV-2027-SG-01.docx", "QR", hd, "Registre Q/R – SMPV-2027-SG-01", [
        TITLE("Syndicat mixte du port de Saint-Vénard", "Registre des questions et réponses",
              "Consultation SMPV-2027-SG-01 – état au 12 avril 2027"),
        TAB([["N°", "Question du candidat", "Réponse de l'acheteur"],
             ["1", "Le lot 1 pourrait-il être scindé en deux lots (terminal Nord, terminal Sud) afin de "
                   "permettre aux PME locales de candidater, ce qui porterait la consultation à trois lots ?",
              "Non. La surveillance des deux terminaux exige une coordination unique ; l'allotissement en deux "
              "lots est maintenu."],
             ["2", "Est-il envisageable de porter le montant maximum annuel du lot 2 à 60 000 € HT ?",
              "Non. Le montant maximum annuel du lot 2 reste fixé à 40 000 € HT ; les montants de l'article 3 "
              "du CCAP ne sont pas modifiés."],
             ["3", "Compte tenu des difficultés de recrutement d'agents titulaires de la carte professionnelle, "
                   "les 900 heures d'insertion du lot 1 peuvent-elles être ramenées à 500 heures ?",
              "Non. L'objectif de 900 heures est maintenu. Le facilitateur de la Maison de l'emploi peut orienter "
              "des candidats déjà titulaires de la carte."],
             ["4", "Le marché peut-il être reconduit une troisième fois ?",
              "Non. Deux reconductions au plus, comme prévu au CCAP."]]),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=900, allotissement=1, nb_lots=2,
         evidence=["l'allotissement en deux lots est maintenu", "L'objectif de 900 heures est maintenu"]))
    return dict(id="d11", title="Port de Saint-Vénard – gardiennage : le registre Q/R refuse les changements demandés",
                pieces=[avis, rc, ccap, qr], pos=["clause_sociale", "clause_insertion", "critere_social"],
                values=V(heures_insertion=900, allotissement=1, nb_lots=2, montant_estime_ht=510000,
                         montant_max_ht=600000),
                note="Piège : la QR refuse toutes les demandes (3 lots, maximum du lot 2 à 60 000, 500 heures, 3e "
                     "reconduction) ; valeurs inchangées. Maximum (CCAP) : (160 000 + 40 000) x 3 périodes (un an + "
                     "deux reconductions) = 600 000 € HT ; estimation 510 000 € HT (avis, RC) ; 2 lots ; 900 heures "
                     "(lot 1). Autres pièges : 175 heures de formation par personne, vacations de 12 heures, 365 jours.")


# ============================================================================ d12
def d12():
    c = C("la communauté d'agglomération Cœur de Sèvre et Arnon", "Poitiers",
          profil="https://achats.coeur-sevre-arnon.fr", ref="CASA-2027-TPH-04", delai=30)
    hd = "CA Cœur de Sèvre et Arnon – Transport des élèves en situation de handicap – CASA-2027-TPH-04"
    rc = PIECE("RC_CASA-2027-TPH-04.pdf", "RC", hd, "RC – CASA-2027-TPH-04", [
        TITLE("Communauté d'agglomération Cœur de Sèvre et Arnon", "RÈGLEMENT DE LA CONSULTATION",
              "Transport des élèves et étudiants en situation de handicap"),
        *IDENT(c, "200 071 388 00016", "2 rue de la Filature, 79390 Arnon-sur-Sèvre"),
        *A("Objet", "Transport quotidien, entre leur domicile et leur établissement, des élèves et étudiants en "
           "situation de handicap domiciliés sur le territoire (environ 45 usagers, 22 circuits)."),
        *A("Allotissement", "Le marché n'est pas décomposé en lots : les circuits, fortement interdépendants, "
           "sont recomposés chaque rentrée et doivent être optimisés ensemble."),
        *A("Forme et montants", "Accord-cadre à bons de commande ; les montants maximums par période sont "
           "fixés à l'article 5 du CCAP."),
        *A("Critères", "Prix 50 % ; valeur technique 35 % (organisation, formation des conducteurs, "
           "continuité de service) ; performances environnementales du parc affecté (émissions de CO2 et de "
           "polluants des véhicules) 15 %."),
        *f_remise(c, 1, "le 7 mai 2027 à 12:00"),
        *f_litiges(c, 2),
    ], L(critere_environnemental=1, allotissement=0,
         evidence=["Le marché n'est pas décomposé en lots",
                   "performances environnementales du parc affecté (émissions de CO2 et de polluants des véhicules) 15 %"]),
        hyphen=True)
    ccap = PIECE("CCAP_CASA-2027-TPH-04.pdf", "CCAP", hd, "CCAP – CASA-2027-TPH-04", [
        TITLE("CA Cœur de Sèvre et Arnon", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Transport des élèves en situation de handicap"),
        *A("Objet", "Accord-cadre mono-attributaire à bons de commande (art. R. 2162-13 du CCP)."),
        *A("Durée", "Période initiale de deux années scolaires (2027-2028 et 2028-2029), reconductible deux "
           "fois pour une année scolaire."),
        *A("Montants maximums", "Montants maximums HT par période (sans minimum) :"),
        RTAB([["Période", "Durée", "Maximum € HT"],
              ["Période initiale", "2 ans", "180 000"],
              ["Reconduction n° 1", "1 an", "90 000"],
              ["Reconduction n° 2", "1 an", "90 000"],
              ["Total", "4 ans", "360 000"]], widths=[2, 1, 1.3], align="llr", bold_last=True),
        *A("Véhicules", "Les véhicules affectés au marché sont de classe Crit'Air 1 ou électriques ; le titulaire "
           "forme ses conducteurs à l'éco-conduite dans les six mois suivant la notification."),
        *A("Insertion professionnelle", "Le titulaire réserve 600 " + K("heures", 3) + " de travail, sur la durée totale de "
           "l'accord-cadre, à des personnes éloignées de l'emploi (conduite ou accompagnement des élèves)."),
        *f_paiement(c, 0),
        *f_litiges(c, 1),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=600, clause_environnementale=1, montant_max_ht=360000,
         evidence=["Total 4 ans 360 000", "Le titulaire réserve 600 heures de travail",
                   "Les véhicules affectés au marché sont de classe Crit'Air 1 ou électriques"]), hyphen=True)
    bpu = PIECE("BPU_CASA-2027-TPH-04.docx", "BPU", hd, "BPU – CASA-2027-TPH-04", [
        TITLE("CA Cœur de Sèvre et Arnon", "Bordereau des prix unitaires", "Transport des élèves en situation de handicap"),
        TAB([["Code", "Prestation", "Unité", "Prix HT"],
             ["T1", "Circuit aller-retour, véhicule léger (≤ 4 usagers)", "jour", ""],
             ["T2", "Circuit aller-retour, véhicule TPMR avec rampe", "jour", ""],
             ["T3", "Kilomètre supplémentaire", "km", ""],
             ["T4", "Accompagnateur (heure)", "heure", ""]]),
    ], L())
    add = PIECE("ADDITIF-1_CASA-2027-TPH-04.docx", "AUTRE", hd, "Additif n° 1 – CASA-2027-TPH-04", [
        TITLE("CA Cœur de Sèvre et Arnon", "ADDITIF N° 1 AU DCE", "Consultation CASA-2027-TPH-04 – 6 avril 2027"),
        P("Article 5 du CCAP est modifié comme suit :"),
        TAB([["Période", "Au lieu de (€ HT)", "Lire (€ HT)"],
             ["Période initiale (2 ans)", "180 000", "180 000"],
             ["Reconduction n° 1", "90 000", "90 000"],
             ["Reconduction n° 2", "90 000", "110 000"],
             ["Reconduction n° 3 (nouvelle)", "—", "110 000"],
             ["Total", "360 000", "490 000"]]),
        P("L'article 2 du CCAP est modifié en conséquence : l'accord-cadre est reconductible trois fois pour "
          "une année scolaire. Les autres stipulations sont inchangées."),
    ], L(montant_max_ht=490000, evidence=["Total 360 000 490 000",
                                          "l'accord-cadre est reconductible trois fois pour une année scolaire"]))
    qr = PIECE("QR-2_CASA-2027-TPH-04.pdf", "QR", hd, "Questions-réponses n° 2 – CASA-2027-TPH-04", [
        TITLE("CA Cœur de Sèvre et Arnon", "QUESTIONS-RÉPONSES N° 2", "Publié le 22 avril 2027 – postérieur à l'additif n° 1"),
        H("Question 1"),
        P("L'additif n° 1 porte la durée maximale à cinq années scolaires, alors que l'article 2 du CCTP "
          "mentionne une durée maximale de quatre ans. Quelle durée faut-il retenir ?"),
        H("Réponse"),
        P("La durée maximale de l'accord-cadre est de quatre années scolaires. La troisième reconduction "
          "introduite par l'additif n° 1 est annulée. En revanche, le relèvement du maximum de la reconduction "
          "n° 2 à " + S("110 000") + " € HT est confirmé. Le tableau de l'article 5 du CCAP s'établit donc comme suit :"),
        RTAB([["Période", "Maximum € HT"],
              ["Période initiale (2 ans)", "180 000"],
              ["Reconduction n° 1", "90 000"],
              ["Reconduction n° 2", "110 000"],
              ["Total sur la durée maximale", "380 000"]], widths=[2.5, 1.2], align="lr", bold_last=True),
        H("Question 2"),
        P("Les 600 heures d'insertion sont-elles réparties par année ?"),
        H("Réponse"),
        P("Non, elles s'entendent sur la durée totale ; le titulaire les répartit librement, avec au moins "
          "150 heures réalisées au cours de la première année scolaire."),
    ], L(clause_sociale=1, clause_insertion=1, heures_insertion=600, montant_max_ht=380000,
         evidence=["Total sur la durée maximale 380 000", "Les 600 heures d'insertion sont-elles réparties par année",
                   "elles s'entendent sur la durée totale"]))
    return dict(id="d12", title="CA Cœur de Sèvre et Arnon – transport adapté : additif puis Q/R qui l'annule en partie",
                pieces=[rc, ccap, bpu, add, qr],
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=600, allotissement=0, montant_max_ht=380000),
                note="CCAP : 180 000 (2 ans) + 90 000 + 90 000 = 360 000 € HT. L'ADDITIF n° 1 relève la reconduction 2 "
                     "à 110 000 et ajoute une 3e reconduction à 110 000 (total écrit 490 000). La QR n° 2, postérieure, "
                     "annule la 3e reconduction et confirme 110 000 pour la 2e : 180 000 + 90 000 + 110 000 = 380 000 € HT "
                     "(écrit). Heures : 600 sur la durée totale (CCAP, QR) ; « 150 heures » la 1re année est une part, pas "
                     "un ajout. Non alloti (RC). Pièges : 360 000 et 490 000 périmés, 45 usagers, 22 circuits.")


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12]




# ----------------------------------------------------------------------------- texte extrait, md5
def extract_text(path):
    """Texte extrait du fichier produit : pypdf (PDF), python-docx paragraphes + cellules (DOCX), .txt lu."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdf
        return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(path).pages)
    if ext == "docx":
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    out.append(cell.text)
        return "\n".join(out)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def canon(s):
    """Mots coupés en fin de ligne recollés, espaces (insécables comprises) normalisées."""
    s = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", s)
    s = s.replace(NB, " ").replace(NNB, " ")
    return re.sub(r"\s+", " ", s).strip()


def tree_md5():
    import hashlib
    out = {}
    for root, _, files in os.walk(OUT):
        for f in files:
            p = os.path.join(root, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, HERE)] = hashlib.md5(fh.read()).hexdigest()
    with open(os.path.join(HERE, "dossiers.yml"), "rb") as fh:
        out["dossiers.yml"] = hashlib.md5(fh.read()).hexdigest()
    return out


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
    # mêmes clés « considerations » que le dossiers.yml de blind_values_13 (trois catégories sociales)
    out["considerations"] = {c: c in d["pos"] for c in ("clause_sociale", "clause_insertion", "critere_social")}
    return out


def build_all(verbose=True):
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
        if not (3 <= len(d["pieces"]) <= 6):
            problems.append("%s : %d pièces" % (d["id"], len(d["pieces"])))
        for c in d["pos"]:
            if c not in _CATEGORIES:
                problems.append("%s : catégorie inconnue %s" % (d["id"], c))
        rb = d["values"].get("reserve_base")
        if bool(rb) != ("marche_reserve" in d["pos"]):
            problems.append("%s : reserve_base du dossier / pos incohérents" % d["id"])
        dv = d["values"]
        if dv.get("nb_lots") and dv.get("allotissement") != 1:
            problems.append("%s : nb_lots sans allotissement 1 (dossier)" % d["id"])
        if dv.get("heures_insertion") and "clause_insertion" not in d["pos"]:
            problems.append("%s : heures sans clause_insertion (dossier)" % d["id"])
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
            txt = canon(extract_text(os.path.join(folder, p["file"])))
            if canon(plain_text(p["final_blocks"])) == "":
                problems.append("%s/%s : texte vide" % (d["id"], p["file"]))
            for q in lab["evidence"]:
                if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                    continue
                if canon(norm(q)) not in txt:
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
    head = ("# Jeu blind_values_23 : valeurs FINALES attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots ;\n"
            "# thème : une pièce POSTÉRIEURE (avis rectificatif, additif/modificatif, erratum, questions-réponses)\n"
            "# change ou confirme une valeur ; la pièce la plus récente prévaut (voir note de chaque dossier).\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    if verbose:
        for line in cuts:
            print("  coupure", line)
    problems.extend(extra_checks(rows))
    print("contrôles : preuves présentes dans le texte EXTRAIT de leur fichier (pypdf, python-docx, .txt) ; preuves <= 300 caractères ; PDF de "
          "1 à 4 pages ; 3 à 6 pièces par dossier ; articles sans doublon ; clause_insertion => clause_sociale ; "
          "marche_reserve <=> reserve_base ; pos du dossier <=> pièces ; types et valeurs des colonnes -> %d "
          "problème(s)" % len(problems))
    print("%d dossiers, %d pièces (%s) ; pages des PDF : %s ; nombres coupés en fin de ligne : %d (%d restés entiers) ; "
          "césures forcées : %d (%d restées entières)" % (
        len(dossiers_yml), len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), SB_STATS["cut"], SB_STATS["whole"],
        HY_STATS["cut"], HY_STATS["whole"]))
    return problems


def main():
    p1 = build_all(True)
    h1 = tree_md5()
    SB_STATS.update(cut=0, whole=0)
    HY_STATS.update(cut=0, whole=0)
    del CUT_LOG[:]
    p2 = build_all(False)
    h2 = tree_md5()
    problems = list(p1)
    if h1 != h2:
        diff = sorted(k for k in set(h1) | set(h2) if h1.get(k) != h2.get(k))
        problems.append("construction non déterministe : %s" % ", ".join(diff))
    else:
        print("double construction : %d fichiers, md5 identiques" % len(h1))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
