#!/usr/bin/env python3
"""Construit les 30 documents entiers du jeu blind_docs_21 (clauses et critères ENVIRONNEMENTAUX).

Écrit par une session d'aide lancée par le projet, agissant comme annotateur aveugle (sans lecture du
moteur). Infrastructure d'écriture PDF/DOCX/TXT reprise telle quelle de
tests/data/blind_values_13/make_documents.py (lignes 27-660 : texte logique, PDF reportlab avec vrais
tableaux, deux colonnes, césure, nombres coupés SB, césure forcée HY, DOCX à zip daté, TXT, aides de
saisie, number_articles). Ajouts propres à ce jeu : écriture des avis TED XML (R2.0.9, F02) et eForms
(UBL ContractNotice), articles de remplissage neutres, les 30 documents, et un contrôle qui relit le
TEXTE EXTRAIT de chaque fichier produit (pypdf pour les PDF, espaces normalisées et césures de fin de
ligne recollées ; python-docx paragraphes + cellules pour les DOCX ; lxml itertext pour les XML ;
lecture simple pour les TXT) pour y retrouver chaque citation de `evidence`.

Déterministe : pas d'aléa, PDF invariant=1, entrées zip des DOCX datées du 2026-01-01. Le script
construit tout deux fois (la seconde dans documents/_rebuild, effacé ensuite) et compare les md5.

Tous les acheteurs, lieux, SIRET, personnes, références et montants sont inventés.

Conventions de saisie : « ~ » = espace insécable ; « ^ » = espace fine insécable ; BR = retour forcé
(PDF) ; SB = nombre coupable en fin de ligne (PDF) ; HY = césure possible d'un mot court (PDF).

Usage : /work/main/.venv/bin/python tests/data/blind_docs_21/make_documents.py
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
SET_NAME = "blind_docs_21"

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


# ----------------------------------------------------------------------------- articles de remplissage
# Articles neutres écrits pour ce jeu (ni considération environnementale ou sociale, ni lots, ni
# montant) ; v = variante de rédaction (0, 1 ou 2) pour que deux acheteurs n'écrivent pas pareil.

def f_pieces(c, v=0, extra=()):
    if v == 0:
        return A("Pièces constitutives du marché",
                 "Par dérogation à l'article 4.1 du CCAG, les pièces contractuelles prévalent dans l'ordre "
                 "ci-après :",
                 ["l'acte d'engagement (AE) et ses annexes éventuelles ;",
                  "le présent cahier des clauses administratives particulières (CCAP) ;"] + list(extra) +
                 ["le CCAG-" + c["ccag"] + " approuvé par l'arrêté du 30 mars 2021 ;",
                  "l'offre technique du titulaire (mémoire technique)."],
                 "En cas de contradiction entre les pièces, elles prévalent dans l'ordre où elles sont "
                 "énumérées ci-dessus.")
    if v == 1:
        return A("Documents contractuels",
                 "Le marché est constitué des documents énumérés ci-dessous, par ordre de priorité "
                 "décroissante : l'acte d'engagement ; le CCAP ; " + "".join(x + " ; " for x in extra) +
                 "le cahier des clauses administratives générales applicable aux marchés publics de "
                 + c["ccag"] + " (CCAG-" + c["ccag"].split()[0].upper()[:3] + ") ; la proposition technique "
                 "du titulaire. Seuls les exemplaires conservés dans les archives de " + c["qui"] +
                 " font foi.")
    return A("Liste et ordre de priorité des pièces",
             "Les pièces particulières sont : l'AE, le présent CCAP" + "".join(", " + x.rstrip(" ;")
                                                                          for x in extra) +
             " et le mémoire technique de l'attributaire. La pièce générale est le CCAG-" + c["ccag"] +
             " en vigueur au premier jour du mois de remise des offres. Toute disposition contraire "
             "figurant dans les documents du titulaire (conditions générales de vente notamment) est "
             "réputée non écrite.")


def f_prix(c, v=0, index="l'indice des prix de production des services français aux entreprises françaises"):
    if v == 0:
        return A("Forme et variation des prix",
                 "Les prix sont réputés comprendre toutes les charges fiscales, parafiscales ou autres "
                 "frappant obligatoirement la prestation, ainsi que tous les frais de transport, de "
                 "conditionnement et de déplacement.",
                 "Les prix sont révisables annuellement à la date anniversaire de la notification, par "
                 "application de la formule P = P0 x (0,15 + 0,85 x I/I0), dans laquelle I est la "
                 "dernière valeur publiée de " + index + " à la date de révision et I0 la valeur du mois "
                 "zéro, qui est le mois de remise des offres.",
                 "Le coefficient de révision est arrondi au millième supérieur. Aucune révision n'est "
                 "appliquée à la baisse si le coefficient est compris entre 0,995 et 1.")
    if v == 1:
        return A("Prix du marché",
                 "Le marché est conclu à prix unitaires appliqués aux quantités réellement exécutées. Les "
                 "prix sont fermes pendant douze mois à compter de la date limite de remise des offres, "
                 "puis actualisables selon " + index + " (publié par l'INSEE), la valeur de référence "
                 "étant celle du mois M0 précédant de trois mois la date de début d'exécution.",
                 "Le titulaire transmet chaque année sa proposition de prix actualisés, accompagnée du "
                 "calcul détaillé ; à défaut, les prix antérieurs restent applicables.")
    return A("Contenu et variation des prix",
             "Les prix sont établis hors TVA. Ils comprennent notamment les frais de main-d'œuvre, "
             "les charges sociales, les frais généraux, les impôts et taxes et la marge du titulaire.",
             "Les prix varient par révision selon la formule Pn = P0 x [0,125 + 0,875 x (In/I0)], In "
             "désignant " + index + ". Le premier ajustement intervient au plus tôt douze mois après "
             "la notification ; les suivants, à chaque date anniversaire.")


def f_avance(c, v=0, seuil="50 000"):
    if v == 0:
        return A("Avance",
                 "Une avance est accordée au titulaire, sauf renonciation expresse de sa part dans l'acte "
                 "d'engagement, lorsque le montant initial du marché est supérieur à " + seuil + " € HT et "
                 "que le délai d'exécution est supérieur à deux mois. Son taux est fixé à 10 % du montant "
                 "initial TTC. Elle est remboursée par précompte sur les sommes dues lorsque le montant des "
                 "prestations exécutées atteint 65 % du montant initial ; le remboursement est achevé à "
                 "80 %.")
    if v == 1:
        return A("Avance forfaitaire",
                 "Le titulaire peut bénéficier d'une avance dans les conditions des articles R. 2191-3 et "
                 "suivants du code de la commande publique. Le montant de l'avance est égal à 20 % du "
                 "montant de la première année d'exécution lorsque le marché est conclu pour plus de douze "
                 "mois. Aucune garantie à première demande n'est exigée.")
    return A("Versement d'une avance",
             "Sauf refus du titulaire porté à l'acte d'engagement, une avance de 5 % est versée dans les "
             "30 jours suivant la notification. Elle ne fait l'objet d'aucune révision. Les sous-traitants "
             "admis au paiement direct peuvent également en bénéficier.")


def f_garantie(c, v=0):
    if v == 0:
        return A("Retenue de garantie",
                 "Une retenue de garantie de 5 % est prélevée sur chaque acompte. Elle peut être remplacée, "
                 "au gré du titulaire, par une garantie à première demande ou, si le pouvoir adjudicateur "
                 "ne s'y oppose pas, par une caution personnelle et solidaire. La retenue est restituée "
                 "dans le mois qui suit l'expiration du délai de garantie.")
    if v == 1:
        return A("Garanties financières",
                 "Il n'est pas prévu de retenue de garantie. Le titulaire reste toutefois tenu des "
                 "garanties légales et contractuelles attachées aux prestations réalisées.")
    return A("Garantie à première demande",
             "Le titulaire constitue, dans le délai d'un mois à compter de la notification, une garantie "
             "à première demande couvrant 3 % du montant initial du marché. À défaut, une retenue de même "
             "montant est opérée sur le premier acompte.")


def f_paiement(c, v=0):
    if v == 0:
        return A("Modalités de règlement",
                 "Les sommes dues sont payées par virement dans un délai global de " + str(c["delai"]) +
                 " jours à compter de la réception de la demande de paiement. Le dépassement de ce délai "
                 "ouvre de plein droit le bénéfice d'intérêts moratoires, au taux de la Banque centrale "
                 "européenne majoré de huit points, et d'une indemnité forfaitaire pour frais de "
                 "recouvrement de 40 euros.",
                 "Les factures sont déposées exclusivement sur le portail Chorus Pro. Elles mentionnent "
                 "le numéro d'engagement juridique communiqué par " + c["qui"] + ".")
    if v == 1:
        return A("Facturation et paiement",
                 "Chaque facture comporte, outre les mentions légales, la référence du marché (" + c["ref"] +
                 "), la période concernée, le détail des prestations et les montants HT et TTC. La "
                 "transmission se fait de façon dématérialisée via Chorus Pro (SIRET du destinataire "
                 "indiqué à l'acte d'engagement).",
                 "Le délai global de paiement est de " + str(c["delai"]) + " jours. En cas de retard, "
                 "les intérêts moratoires sont calculés conformément aux articles R. 2192-31 et suivants "
                 "du code de la commande publique.")
    return A("Règlement des comptes",
             "Les acomptes sont mensuels. Le titulaire remet un projet de décompte au plus tard le 10 du "
             "mois suivant ; le maître d'ouvrage le vérifie et arrête le montant de l'acompte dans un "
             "délai de sept jours. Le paiement intervient dans le délai de " + str(c["delai"]) +
             " jours prévu par le code de la commande publique.")


def f_penalites(c, v=0, unit="jour calendaire de retard", montant="150"):
    if v == 0:
        return A("Pénalités",
                 "Par dérogation à l'article 14.1 du CCAG, en cas de retard dans l'exécution, le titulaire "
                 "encourt, sans mise en demeure préalable, une pénalité de " + montant + " € HT par " +
                 unit + ".",
                 "Le montant total des pénalités est plafonné à 10 % du montant HT du marché. Les "
                 "pénalités dont le montant total n'excède pas 1 000 € HT pour l'ensemble du marché ne "
                 "sont pas appliquées.")
    if v == 1:
        return A("Pénalités pour retard et manquements",
                 "Tout retard par rapport aux délais contractuels donne lieu à une pénalité journalière "
                 "de " + montant + " euros hors taxes. L'absence non justifiée à une réunion de chantier "
                 "ou de suivi est sanctionnée d'une pénalité forfaitaire de 100 euros HT par absence.",
                 "Les pénalités sont déduites des sommes dues au titulaire ; elles ne sont pas "
                 "libératoires.")
    return A("Sanctions contractuelles",
             "Les manquements constatés font l'objet d'un constat contradictoire. Après une première "
             "relance restée sans effet sous 48 heures, une pénalité de " + montant + " € HT par " + unit +
             " est appliquée. Ces pénalités se cumulent avec la réfaction éventuelle des prix.")


def f_assurances(c, v=0):
    if v == 0:
        return A("Assurances",
                 "Dans un délai de quinze jours à compter de la notification et avant tout commencement "
                 "d'exécution, le titulaire justifie qu'il est titulaire d'une assurance garantissant sa "
                 "responsabilité civile à l'égard des tiers en cas d'accident ou de dommages causés par "
                 "l'exécution des prestations. Il produit une attestation à chaque échéance annuelle.")
    if v == 1:
        return A("Responsabilité et assurance",
                 "Le titulaire est seul responsable des dommages de toute nature causés aux personnes ou "
                 "aux biens du fait de ses prestations. Il souscrit une police responsabilité civile "
                 "professionnelle d'un montant suffisant et en transmet l'attestation, mentionnant les "
                 "plafonds de garantie, sur simple demande de " + c["qui"] + ".")
    return A("Assurances obligatoires",
             "Le titulaire et ses sous-traitants justifient, avant l'ouverture du chantier, d'une "
             "assurance de responsabilité civile et, pour les travaux relevant des articles L. 241-1 et "
             "suivants du code des assurances, d'une assurance de responsabilité décennale.")


def f_soustraitance(c, v=0):
    if v == 0:
        return A("Sous-traitance",
                 "Le titulaire peut sous-traiter l'exécution de certaines parties du marché, sous réserve "
                 "de l'acceptation de chaque sous-traitant et de l'agrément de ses conditions de paiement "
                 "par " + c["qui"] + ". La demande est présentée au moyen d'un formulaire DC4 ou d'une "
                 "déclaration équivalente.")
    if v == 1:
        return A("Sous-traitance et cotraitance",
                 "En cas de groupement, le mandataire est solidaire de chacun des membres pour ses "
                 "obligations contractuelles. Toute sous-traitance non déclarée expose le titulaire à la "
                 "résiliation du marché à ses torts exclusifs.")
    return A("Recours à des sous-traitants",
             "Le sous-traitant direct dont le contrat excède 600 euros TTC est payé directement. Il "
             "adresse sa demande de paiement au titulaire, qui dispose de quinze jours pour la viser "
             "ou la refuser.")


def f_resiliation(c, v=0):
    if v == 0:
        return A("Résiliation",
                 "Les stipulations du chapitre 7 du CCAG relatives à la résiliation sont applicables. En "
                 "cas de résiliation pour motif d'intérêt général, le titulaire perçoit une indemnité "
                 "égale à 5 % du montant HT des prestations restant à exécuter.")
    if v == 1:
        return A("Résiliation du marché",
                 "Le marché peut être résilié dans les cas prévus aux articles L. 2195-1 et suivants du "
                 "code de la commande publique. Si le titulaire ne produit pas, dans le délai fixé par la "
                 "mise en demeure, les pièces prévues aux articles D. 8222-5 ou D. 8222-7 du code du "
                 "travail, le marché peut être résilié à ses torts.")
    return A("Fin anticipée",
             "La résiliation aux torts du titulaire est prononcée après mise en demeure restée "
             "infructueuse pendant quinze jours. Les prestations peuvent alors être exécutées par un "
             "tiers aux frais et risques du titulaire.")


def f_litiges(c, v=0):
    if v == 0:
        return A("Règlement des différends",
                 "En cas de différend, les parties recherchent un accord amiable et peuvent saisir le "
                 "comité consultatif de règlement amiable territorialement compétent. À défaut, le litige "
                 "est porté devant le tribunal administratif de " + c["ta"] + ".")
    if v == 1:
        return A("Litiges et droit applicable",
                 "Le marché est soumis au droit français. Tout litige relatif à son interprétation ou à "
                 "son exécution relève de la compétence du tribunal administratif de " + c["ta"] + ".")
    return A("Différends",
             "Avant toute action contentieuse, le titulaire adresse un mémoire en réclamation dans les "
             "deux mois suivant la survenance du différend. La juridiction compétente est le tribunal "
             "administratif de " + c["ta"] + ".")


def f_confidentialite(c, v=0):
    if v == 0:
        return A("Confidentialité et protection des données",
                 "Le titulaire est tenu à une obligation de confidentialité pour toutes les informations "
                 "dont il a connaissance à l'occasion du marché. Lorsqu'il traite des données à caractère "
                 "personnel pour le compte de " + c["qui"] + ", il agit en qualité de sous-traitant au "
                 "sens de l'article 28 du règlement (UE) 2016/679 et ne les utilise qu'aux seules fins "
                 "du marché.")
    return A("Secret professionnel",
             "Les personnels du titulaire sont soumis au secret professionnel. Ils ne peuvent divulguer "
             "aucun document ni aucune information recueillis dans les locaux de " + c["qui"] + ".")


def f_derogations(c, v=0, arts="4.1, 14.1 et 20.1"):
    return A("Dérogations au CCAG",
             "Les articles du présent document qui dérogent au CCAG-" + c["ccag"] + " sont les suivants : "
             "articles " + arts + " du CCAG.")


# --- règlements de consultation

def f_rc_dce(c, v=0):
    if v == 0:
        return A("Mise à disposition du dossier de consultation",
                 "Le dossier de consultation des entreprises (DCE) est téléchargeable gratuitement sur le "
                 "profil d'acheteur " + c["profil"] + ". Les candidats sont invités à s'identifier afin "
                 "d'être informés des éventuelles modifications apportées au dossier.",
                 "Des modifications de détail peuvent être apportées au DCE au plus tard six jours avant "
                 "la date limite de remise des offres.")
    if v == 1:
        return A("Retrait du DCE",
                 "Le DCE est disponible, à titre gratuit, à l'adresse électronique suivante : " +
                 c["profil"] + ". Aucun envoi sur support papier n'est effectué.")
    return A("Obtention du dossier",
             "Le dossier est remis gratuitement à chaque candidat par voie électronique (" + c["profil"] +
             "). Le téléchargement anonyme est possible, mais le candidat qui ne s'identifie pas ne sera "
             "pas destinataire des compléments et réponses aux questions.")


def f_rc_candidature(c, v=0, extra=()):
    if v == 0:
        return A("Contenu du dossier de candidature",
                 "Chaque candidat produit un dossier complet comprenant les pièces suivantes :",
                 ["la lettre de candidature (DC1) ou document équivalent ;",
                  "la déclaration du candidat (DC2) ou le document unique de marché européen (DUME) ;",
                  "les pouvoirs de la personne habilitée à engager le candidat ;",
                  "le chiffre d'affaires global des trois derniers exercices disponibles ;",
                  "une liste des principales prestations de même nature effectuées au cours des trois "
                  "dernières années, avec montant, date et destinataire public ou privé ;"] + list(extra),
                 "Si le candidat s'appuie sur les capacités d'autres opérateurs économiques, il justifie "
                 "des capacités de ceux-ci et de ce qu'il en disposera pour l'exécution du marché.")
    if v == 1:
        return A("Justificatifs à produire au titre de la candidature",
                 "Les candidats peuvent présenter leur candidature sous la forme d'un DUME électronique "
                 "ou des formulaires DC1 et DC2. Ils fournissent en outre :",
                 ["une déclaration indiquant les effectifs moyens annuels et l'importance du personnel "
                  "d'encadrement ;",
                  "des références de moins de trois ans ;",
                  "une attestation d'assurance responsabilité civile en cours de validité ;"] + list(extra),
                 "Les candidatures incomplètes peuvent faire l'objet d'une demande de régularisation.")
    return A("Pièces de la candidature",
             "Le candidat remet, au choix, le DUME ou les imprimés DC1 et DC2 dûment complétés, ainsi "
             "que les moyens de preuve de ses capacités professionnelles, techniques et financières : "
             "références, moyens humains et matériels, certificats de qualification professionnelle "
             "(Qualibat, OPQIBI ou équivalent)" + "".join(" ; " + x.rstrip(" ;") for x in extra) + ".")


def f_rc_offre(c, v=0, pieces=()):
    base = ["l'acte d'engagement complété et daté ;"] + list(pieces) + \
           ["un mémoire technique exposant les dispositions que le candidat se propose d'adopter pour "
            "l'exécution des prestations ;"]
    if v == 0:
        return A("Contenu de l'offre", "L'offre comprend les pièces suivantes :", base,
                 "Le mémoire technique ne doit pas dépasser vingt pages au format A4, annexes comprises.")
    if v == 1:
        return A("Composition de l'offre", "Le pli relatif à l'offre contient :", base,
                 "Toute offre ne comportant pas l'ensemble de ces éléments pourra être déclarée "
                 "irrégulière.")
    return A("Pièces de l'offre", "Pour chaque lot auquel il répond, le candidat remet :", base)


def f_rc_remise(c, v=0, date="vendredi 12 mars 2027 à 12 h 00"):
    if v == 0:
        return A("Conditions d'envoi et de remise des plis",
                 "Les plis sont transmis exclusivement par voie électronique sur le profil d'acheteur, "
                 "au plus tard le " + date + ". Les plis parvenus après cette date ne sont pas ouverts.",
                 "Le candidat peut transmettre une copie de sauvegarde sur support physique électronique "
                 "ou papier, dans un pli scellé portant la mention « copie de sauvegarde ».")
    if v == 1:
        return A("Date limite et modalités de dépôt",
                 "La date limite de réception des offres est fixée au " + date + ". La remise sur "
                 "support papier n'est pas autorisée. La signature électronique n'est pas exigée au "
                 "stade du dépôt ; elle le sera de l'attributaire.")
    return A("Remise des offres",
             "Les offres sont déposées sur la plateforme de dématérialisation avant le " + date + ". "
             "L'heure prise en compte est celle de la fin de réception du pli sur la plateforme.")


def f_rc_validite(c, v=0, jours=120):
    if v == 0:
        return A("Délai de validité des offres",
                 "Le délai de validité des offres est de " + str(jours) + " jours à compter de la date "
                 "limite de réception des offres.")
    return A("Validité des propositions",
             "Les candidats restent engagés par leur offre pendant " + str(jours) + " jours suivant la "
             "date limite fixée pour leur remise.")


def f_rc_nego(c, v=0):
    if v == 0:
        return A("Négociation",
                 "Le pouvoir adjudicateur se réserve la possibilité de négocier avec les trois candidats "
                 "les mieux classés. Il peut aussi attribuer le marché sur la base des offres initiales "
                 "sans négociation. La négociation peut porter sur tous les éléments de l'offre, "
                 "notamment le prix.")
    if v == 1:
        return A("Déroulement de la procédure",
                 "La procédure est un appel d'offres ouvert, sans négociation. L'acheteur peut demander "
                 "aux candidats de préciser la teneur de leur offre ; ces précisions ne peuvent en "
                 "modifier les éléments fondamentaux.")
    return A("Échanges avec les candidats",
             "Une phase d'échanges écrits pourra être engagée avec les candidats ayant présenté une offre "
             "recevable. Les offres anormalement basses sont traitées conformément aux articles "
             "L. 2152-5 et R. 2152-3 du code de la commande publique.")


def f_rc_renseignements(c, v=0, jours=8):
    if v == 0:
        return A("Renseignements complémentaires",
                 "Les questions sont posées par écrit sur le profil d'acheteur au plus tard " + str(jours) +
                 " jours avant la date limite de remise des offres. Une réponse est adressée à tous les "
                 "candidats identifiés au plus tard six jours avant cette date.")
    return A("Demandes de renseignements",
             "Pour obtenir tous les renseignements complémentaires qui leur seraient nécessaires, les "
             "candidats font parvenir une demande via la messagerie sécurisée de la plateforme, au plus "
             "tard " + str(jours) + " jours avant la date de remise des plis.")


def f_rc_attribution(c, v=0):
    if v == 0:
        return A("Attribution du marché",
                 "Le candidat retenu produit, dans un délai de sept jours à compter de la demande de "
                 "l'acheteur, les certificats et attestations prévus aux articles R. 2143-6 à R. 2143-10 "
                 "du code de la commande publique. À défaut, son offre est rejetée et le candidat classé "
                 "en deuxième position est sollicité.")
    return A("Documents à produire par l'attributaire",
             "L'attributaire pressenti transmet l'attestation de vigilance URSSAF de moins de six mois, "
             "l'attestation de régularité fiscale et, le cas échéant, un extrait Kbis. Le délai imparti "
             "est de dix jours.")


# ----------------------------------------------------------------------------- XML (TED R2.0.9 et eForms)
def X(s):
    """Échappe un texte pour XML (les ~ et ^ deviennent des espaces ordinaires)."""
    return escape(s.replace("~", " ").replace("^", " "))


def XP(s):
    """Paragraphe(s) TED <P> ; « \\n » sépare les paragraphes."""
    return "".join("<P>%s</P>" % X(p) for p in s.split("\n"))


def ted_f02(d):
    """Avis de marché TED (schéma R2.0.9, formulaire F02). d : dict des rubriques."""
    cb = d["buyer"]
    lots_xml = []
    for i, lot in enumerate(d["lots"], 1):
        ac = []
        for name, w in lot["quality"]:
            ac.append("<AC_QUALITY><AC_CRITERION>%s</AC_CRITERION><AC_WEIGHTING>%s</AC_WEIGHTING></AC_QUALITY>"
                      % (X(name), w))
        ac.append("<AC_PRICE><AC_WEIGHTING>%s</AC_WEIGHTING></AC_PRICE>" % lot["price"])
        lots_xml.append(
            '<OBJECT_DESCR ITEM="%d"><TITLE>%s</TITLE>%s<CPV_ADDITIONAL><CPV_CODE CODE="%s"/></CPV_ADDITIONAL>'
            '<n2016:PERFORMANCE_NUTS CODE="%s"/><MAIN_SITE>%s</MAIN_SITE><SHORT_DESCR>%s</SHORT_DESCR>'
            '<AC>%s</AC><VAL_OBJECT CURRENCY="EUR">%s</VAL_OBJECT><DURATION TYPE="MONTH">%s</DURATION>%s'
            '<NO_ACCEPTED_VARIANTS/><NO_OPTIONS/><NO_EU_PROGR_RELATED/>%s</OBJECT_DESCR>'
            % (i, XP(lot["title"]), "<LOT_NO>%s</LOT_NO>" % lot["no"] if lot.get("no") else "",
               lot["cpv"], d["nuts"], XP(d["site"]), XP(lot["descr"]), "".join(ac), lot["value"],
               lot["months"], ("<RENEWAL/><RENEWAL_DESCR>%s</RENEWAL_DESCR>" % XP(lot["renewal"]))
               if lot.get("renewal") else "<NO_RENEWAL/>",
               ("<INFO_ADD>%s</INFO_ADD>" % XP(lot["info"])) if lot.get("info") else ""))
    lefti = "<SUITABILITY>%s</SUITABILITY>" % XP(d["suitability"])
    lefti += "<ECONOMIC_CRITERIA_DOC/><TECHNICAL_CRITERIA_DOC/>"
    if d.get("performance"):
        lefti += "<PERFORMANCE_CONDITIONS>%s</PERFORMANCE_CONDITIONS>" % XP(d["performance"])
    division = "<LOT_DIVISION><LOT_ALL/></LOT_DIVISION>" if len(d["lots"]) > 1 else "<NO_LOT_DIVISION/>"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<TED_EXPORT xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication" '
        'xmlns:n2016="http://publications.europa.eu/resource/schema/ted/2016/nuts" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" DOC_ID="%(docid)s" EDITION="%(edition)s" '
        'VERSION="R2.0.9.S05.E01">\n'
        '<TECHNICAL_SECTION><RECEPTION_ID>%(recid)s</RECEPTION_ID><DELETION_DATE>%(deldate)s</DELETION_DATE>'
        '<FORM_LG_LIST>FR </FORM_LG_LIST><COMMENTS>From Convertor</COMMENTS></TECHNICAL_SECTION>\n'
        '<LINKS_SECTION><XML_SCHEMA_DEFINITION_LINK xlink:href="http://ted.europa.eu" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" xlink:type="simple" xlink:title="TED WEBSITE"/>'
        '</LINKS_SECTION>\n'
        '<CODED_DATA_SECTION><REF_OJS><COLL_OJ>S</COLL_OJ><NO_OJ>%(nooj)s</NO_OJ><DATE_PUB>%(datepub)s</DATE_PUB>'
        '</REF_OJS><NOTICE_DATA><NO_DOC_OJS>%(nodoc)s</NO_DOC_OJS><URI_LIST><URI_DOC LG="FR">'
        'https://ted.europa.eu/udl?uri=TED:NOTICE:%(docid)s:TEXT:FR:HTML</URI_DOC></URI_LIST>'
        '<LG_ORIG>FR</LG_ORIG><ISO_COUNTRY VALUE="FR"/><IA_URL_GENERAL>%(url)s</IA_URL_GENERAL>'
        '<ORIGINAL_CPV CODE="%(cpv)s">%(cpvlabel)s</ORIGINAL_CPV><n2016:PERFORMANCE_NUTS CODE="%(nuts)s"/>'
        '<VALUES><VALUE TYPE="ESTIMATED_TOTAL" CURRENCY="EUR">%(total)s</VALUE></VALUES></NOTICE_DATA>'
        '<CODIF_DATA><DS_DATE_DISPATCH>%(dispatch8)s</DS_DATE_DISPATCH><DT_DATE_FOR_SUBMISSION>%(deadline8)s'
        '</DT_DATE_FOR_SUBMISSION><AA_AUTHORITY_TYPE CODE="%(aacode)s">%(aalabel)s</AA_AUTHORITY_TYPE>'
        '<TD_DOCUMENT_TYPE CODE="3">Avis de marché</TD_DOCUMENT_TYPE><NC_CONTRACT_NATURE CODE="%(nccode)s">'
        '%(nclabel)s</NC_CONTRACT_NATURE><PR_PROC CODE="1">Procédure ouverte</PR_PROC><RP_REGULATION CODE="4">'
        'Union européenne</RP_REGULATION><TY_TYPE_BID CODE="3">Offre globale</TY_TYPE_BID>'
        '<AC_AWARD_CRIT CODE="%(accode)s">%(aclabel)s</AC_AWARD_CRIT><MAIN_ACTIVITIES CODE="%(macode)s">'
        '%(malabel)s</MAIN_ACTIVITIES><HEADING>01A01</HEADING><DIRECTIVE VALUE="2014/24/EU"/></CODIF_DATA>'
        '</CODED_DATA_SECTION>\n'
        '<FORM_SECTION><F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="FR"><LEGAL_BASIS VALUE="32014L0024"/>'
        '<CONTRACTING_BODY><ADDRESS_CONTRACTING_BODY><OFFICIALNAME>%(bname)s</OFFICIALNAME>'
        '<NATIONALID>%(siret)s</NATIONALID><ADDRESS>%(street)s</ADDRESS><TOWN>%(town)s</TOWN>'
        '<POSTAL_CODE>%(cp)s</POSTAL_CODE><COUNTRY VALUE="FR"/><CONTACT_POINT>%(contact)s</CONTACT_POINT>'
        '<E_MAIL>%(mail)s</E_MAIL><n2016:NUTS CODE="%(nuts)s"/><URL_GENERAL>%(url)s</URL_GENERAL>'
        '<URL_BUYER>%(profile)s</URL_BUYER></ADDRESS_CONTRACTING_BODY>%(joint)s<DOCUMENT_FULL/>'
        '<URL_DOCUMENT>%(profile)s</URL_DOCUMENT><ADDRESS_FURTHER_INFO_IDEM/><URL_PARTICIPATION>%(profile)s'
        '</URL_PARTICIPATION><ADDRESS_PARTICIPATION_IDEM/><CA_TYPE VALUE="%(catype)s"/>'
        '<CA_ACTIVITY VALUE="%(caact)s"/></CONTRACTING_BODY>\n'
        '<OBJECT_CONTRACT><TITLE>%(title)s</TITLE><REFERENCE_NUMBER>%(ref)s</REFERENCE_NUMBER>'
        '<CPV_MAIN><CPV_CODE CODE="%(cpv)s"/></CPV_MAIN><TYPE_CONTRACT CTYPE="%(ctype)s"/>'
        '<SHORT_DESCR>%(descr)s</SHORT_DESCR><VAL_ESTIMATED_TOTAL CURRENCY="EUR">%(total)s</VAL_ESTIMATED_TOTAL>'
        '%(division)s\n%(lots)s</OBJECT_CONTRACT>\n'
        '<LEFTI>%(lefti)s</LEFTI>\n'
        '<PROCEDURE><PT_OPEN/>%(framework)s<CONTRACT_COVERED_GPA/><DATE_RECEIPT_TENDERS>%(deadline)s'
        '</DATE_RECEIPT_TENDERS><TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS><LANGUAGES>'
        '<LANGUAGE VALUE="FR"/></LANGUAGES><DURATION_TENDER_VALID TYPE="MONTH">6</DURATION_TENDER_VALID>'
        '<OPENING_CONDITION><DATE_OPENING_TENDERS>%(deadline)s</DATE_OPENING_TENDERS>'
        '<TIME_OPENING_TENDERS>14:00</TIME_OPENING_TENDERS></OPENING_CONDITION></PROCEDURE>\n'
        '<COMPLEMENTARY_INFO><NO_RECURRENT_PROCUREMENT/><EORDERING/><EINVOICING/><EPAYMENT/>'
        '<INFO_ADD>%(info)s</INFO_ADD><ADDRESS_REVIEW_BODY><OFFICIALNAME>Tribunal administratif de %(ta)s'
        '</OFFICIALNAME><ADDRESS>%(tastreet)s</ADDRESS><TOWN>%(ta)s</TOWN><POSTAL_CODE>%(tacp)s</POSTAL_CODE>'
        '<COUNTRY VALUE="FR"/><E_MAIL>greffe.ta-%(tamail)s@juradm.fr</E_MAIL></ADDRESS_REVIEW_BODY>'
        '<REVIEW_PROCEDURE>%(review)s</REVIEW_PROCEDURE><DATE_DISPATCH_NOTICE>%(dispatch)s'
        '</DATE_DISPATCH_NOTICE></COMPLEMENTARY_INFO></F02_2014></FORM_SECTION>\n</TED_EXPORT>\n'
    ) % dict(d, bname=X(cb["name"]), siret=cb["siret"], street=X(cb["street"]), town=X(cb["town"]),
             cp=cb["cp"], contact=X(cb["contact"]), mail=cb["mail"], title=XP(d["title"]), descr=XP(d["descr"]),
             division=division, lots="\n".join(lots_xml), lefti=lefti, info=XP(d["info"]),
             review=XP(d["review"]), joint=d.get("joint", ""),
             dispatch8=d["dispatch"].replace("-", ""), deadline8=d["deadline"].replace("-", ""),
             framework=d.get("framework", ""), cpvlabel=X(d["cpvlabel"]))


EF_NS = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" '
         'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
         'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
         'xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" '
         'xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1" '
         'xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1" '
         'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"')


def _ef_text(tag, s, lang=True):
    return "<%s%s>%s</%s>" % (tag, ' languageID="FRA"' if lang else "", X(s), tag)


def eforms_cn(d):
    """Avis de marché eForms (UBL ContractNotice, SDK 1.x, sous-type 16)."""
    b = d["buyer"]
    lots = []
    for lot in d["lots"]:
        crit = []
        for typ, name, descr, w in lot["criteria"]:
            crit.append(
                '<cac:SubordinateAwardingCriterion><ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent>'
                '<efext:EformsExtension><efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">'
                'per-exa</efbc:ParameterCode><efbc:ParameterNumeric>%s</efbc:ParameterNumeric>'
                '</efac:AwardCriterionParameter></efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension>'
                '</ext:UBLExtensions><cbc:AwardingCriterionTypeCode listName="award-criterion-type">%s'
                '</cbc:AwardingCriterionTypeCode>%s%s</cac:SubordinateAwardingCriterion>'
                % (w, typ, _ef_text("cbc:Name", name), _ef_text("cbc:Description", descr) if descr else ""))
        exec_req = ""
        if lot.get("execution"):
            exec_req = ('<cac:ContractExecutionRequirement><cbc:ExecutionRequirementCode listName="conditions">'
                        'performance</cbc:ExecutionRequirementCode>%s</cac:ContractExecutionRequirement>'
                        % _ef_text("cbc:Description", lot["execution"]))
        strat = "".join('<cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName="%s">%s'
                        '</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>' % (ln, code)
                        for ln, code in lot["strategic"])
        note = _ef_text("cbc:Note", lot["note"]) if lot.get("note") else ""
        lots.append(
            '<cac:ProcurementProjectLot><cbc:ID schemeName="Lot">%(id)s</cbc:ID>'
            '<cac:TenderingTerms><cbc:VariantConstraintCode listName="permission">not-allowed'
            '</cbc:VariantConstraintCode><cac:TendererQualificationRequest><cac:SpecificTendererRequirement>'
            '<cbc:TendererRequirementTypeCode listName="reserved-procurement">none</cbc:TendererRequirementTypeCode>'
            '</cac:SpecificTendererRequirement></cac:TendererQualificationRequest>'
            '<cac:TendererQualificationRequest><cac:SpecificTendererRequirement>'
            '<cbc:TendererRequirementTypeCode listName="selection-criterion">tp-abil</cbc:TendererRequirementTypeCode>'
            '%(sel)s</cac:SpecificTendererRequirement></cac:TendererQualificationRequest>'
            '%(exec)s<cac:AwardingTerms><cac:AwardingCriterion>%(crit)s</cac:AwardingCriterion></cac:AwardingTerms>'
            '</cac:TenderingTerms><cac:TenderingProcess><cac:FrameworkAgreement><cbc:MaximumOperatorQuantity>1'
            '</cbc:MaximumOperatorQuantity></cac:FrameworkAgreement></cac:TenderingProcess>'
            '<cac:ProcurementProject><cbc:ID schemeName="InternalID">%(internal)s</cbc:ID>%(name)s%(descr)s'
            '<cbc:ProcurementTypeCode listName="contract-nature">%(nature)s</cbc:ProcurementTypeCode>%(note)s'
            '%(strat)s<cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="EUR">%(value)s'
            '</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal><cac:MainCommodityClassification>'
            '<cbc:ItemClassificationCode listName="cpv">%(cpv)s</cbc:ItemClassificationCode>'
            '</cac:MainCommodityClassification><cac:RealizedLocation><cac:Address>'
            '<cbc:CountrySubentityCode listName="nuts">%(nuts)s</cbc:CountrySubentityCode><cac:Country>'
            '<cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country></cac:Address>'
            '</cac:RealizedLocation><cac:PlannedPeriod><cbc:DurationMeasure unitCode="MONTH">%(months)s'
            '</cbc:DurationMeasure></cac:PlannedPeriod></cac:ProcurementProject></cac:ProcurementProjectLot>'
            % dict(id=lot["id"], sel=_ef_text("cbc:Description", lot["selection"]), exec=exec_req,
                   crit="".join(crit), internal=X(lot["internal"]), name=_ef_text("cbc:Name", lot["name"]),
                   descr=_ef_text("cbc:Description", lot["descr"]), nature=d["nature"], note=note, strat=strat,
                   value=lot["value"], cpv=lot["cpv"], nuts=d["nuts"], months=lot["months"]))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<ContractNotice %(ns)s>\n'
        '<ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>'
        '<efac:NoticeSubType><cbc:SubTypeCode listName="notice-subtype">16</cbc:SubTypeCode></efac:NoticeSubType>'
        '<efac:Organizations><efac:Organization><efac:Company><cbc:WebsiteURI>%(url)s</cbc:WebsiteURI>'
        '<cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>'
        '<cac:PartyName>%(bname)s</cac:PartyName><cac:PostalAddress>%(street)s%(town)s'
        '<cbc:PostalZone>%(cp)s</cbc:PostalZone><cbc:CountrySubentityCode listName="nuts">%(nuts)s'
        '</cbc:CountrySubentityCode><cac:Country><cbc:IdentificationCode listName="country">FRA'
        '</cbc:IdentificationCode></cac:Country></cac:PostalAddress><cac:PartyLegalEntity><cbc:CompanyID>'
        '%(siret)s</cbc:CompanyID></cac:PartyLegalEntity><cac:Contact>%(contact)s<cbc:ElectronicMail>%(mail)s'
        '</cbc:ElectronicMail></cac:Contact></efac:Company></efac:Organization><efac:Organization><efac:Company>'
        '<cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0002</cbc:ID></cac:PartyIdentification>'
        '<cac:PartyName>%(taname)s</cac:PartyName><cac:PostalAddress>%(tatown)s<cac:Country>'
        '<cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country></cac:PostalAddress>'
        '</efac:Company></efac:Organization></efac:Organizations></efext:EformsExtension></ext:ExtensionContent>'
        '</ext:UBLExtension></ext:UBLExtensions>\n'
        '<cbc:UBLVersionID>2.3</cbc:UBLVersionID><cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>'
        '<cbc:ID schemeName="notice-id">%(uuid)s</cbc:ID><cbc:ContractFolderID>%(folder)s</cbc:ContractFolderID>'
        '<cbc:IssueDate>%(date)s+02:00</cbc:IssueDate><cbc:IssueTime>10:00:00+02:00</cbc:IssueTime>'
        '<cbc:VersionID>01</cbc:VersionID><cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>'
        '<cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>'
        '<cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>\n'
        '<cac:ContractingParty><cbc:BuyerProfileURI>%(profile)s</cbc:BuyerProfileURI><cac:ContractingPartyType>'
        '<cbc:PartyTypeCode listName="buyer-legal-type">%(legaltype)s</cbc:PartyTypeCode></cac:ContractingPartyType>'
        '<cac:ContractingActivity><cbc:ActivityTypeCode listName="%(actlist)s">%(activity)s</cbc:ActivityTypeCode>'
        '</cac:ContractingActivity><cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001'
        '</cbc:ID></cac:PartyIdentification></cac:Party></cac:ContractingParty>\n'
        '<cac:TenderingTerms><cac:TendererQualificationRequest><cac:SpecificTendererRequirement>'
        '<cbc:TendererRequirementTypeCode listName="exclusion-ground">crime-org</cbc:TendererRequirementTypeCode>'
        '</cac:SpecificTendererRequirement></cac:TendererQualificationRequest><cac:AppealTerms>'
        '<cac:AppealReceiverParty><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0002</cbc:ID>'
        '</cac:PartyIdentification></cac:AppealReceiverParty></cac:AppealTerms></cac:TenderingTerms>\n'
        '<cac:TenderingProcess><cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>'
        '</cac:TenderingProcess>\n'
        '<cac:ProcurementProject><cbc:ID>%(ref)s</cbc:ID>%(title)s%(pdescr)s<cbc:ProcurementTypeCode '
        'listName="contract-nature">%(nature)s</cbc:ProcurementTypeCode>%(pnote)s<cac:RequestedTenderTotal>'
        '<cbc:EstimatedOverallContractAmount currencyID="EUR">%(total)s</cbc:EstimatedOverallContractAmount>'
        '</cac:RequestedTenderTotal><cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">'
        '%(cpv)s</cbc:ItemClassificationCode></cac:MainCommodityClassification></cac:ProcurementProject>\n'
        '%(lots)s\n</ContractNotice>\n'
    ) % dict(ns=EF_NS, url=b["url"], bname=_ef_text("cbc:Name", b["name"]),
             street=_ef_text("cbc:StreetName", b["street"], False), town=_ef_text("cbc:CityName", b["town"], False),
             cp=b["cp"], nuts=d["nuts"], siret=b["siret"], contact=_ef_text("cbc:Name", b["contact"], False),
             mail=b["mail"], taname=_ef_text("cbc:Name", "Tribunal administratif de " + d["ta"]),
             tatown=_ef_text("cbc:CityName", d["ta"], False), uuid=d["uuid"], folder=d["folder"],
             date=d["date"], profile=b["profile"], legaltype=d["legaltype"], actlist=d.get("actlist", "authority-activity"),
             activity=d["activity"], ref=X(d["ref"]), title=_ef_text("cbc:Name", d["title"]),
             pdescr=_ef_text("cbc:Description", d["descr"]), nature=d["nature"],
             pnote=_ef_text("cbc:Note", d["note"]) if d.get("note") else "", total=d["total"],
             cpv=d["cpv"], lots="\n".join(lots))


# ----------------------------------------------------------------------------- documents
def DOC(file, doc_type, label, blocks=None, header="", footer="", hyphen=False, cols=1, xml=None,
        sector="", tests=""):
    return dict(file=file, doc_type=doc_type, label=label, blocks=blocks, header=header, footer=footer,
                hyphen=hyphen, cols=cols, xml=xml, sector=sector, tests=tests)


def doc01():
    c = C("Sorne Habitat", "Sornevale", ccag="travaux", delai=30, ref="SH-2027-014")
    b = [TITLE("SORNE HABITAT – Office public de l'habitat de la Sorne",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Démolition de la résidence Les Tilleuls (bâtiments C et D – 64 logements)",
               "Saint-Aubin-la-Varenne – Quartier du Pré-Joli",
               "Marché de travaux passé selon la procédure adaptée – Consultation n° SH-2027-014",
               "CCAP commun aux trois lots"),
         H("Article 1 – Objet du marché – Allotissement"),
         P("Le présent marché a pour objet les travaux de désamiantage, de curage et de démolition des bâtiments C "
           "et D de la résidence Les Tilleuls, 12 à 18 rue des Acacias à Saint-Aubin-la-Varenne, dans le cadre du "
           "projet de renouvellement urbain du quartier du Pré-Joli."),
         P("Les travaux sont répartis en trois lots, attribués par marchés séparés :"),
         LST(["lot 1 : désamiantage et déplombage ;",
              "lot 2 : curage, démolition mécanique, concassage et évacuation ;",
              "lot 3 : clôtures de chantier, dévoiements de réseaux et remise en état provisoire du terrain."]),
         P("Le montant prévisionnel de l'opération, tous lots confondus, est estimé à 1~180" + SB + "000 € HT. Cette "
           "estimation est donnée à titre indicatif et n'engage pas le maître d'ouvrage."),
         H("Article 2 – Intervenants"),
         P("Maître d'ouvrage : Sorne Habitat, représenté par son directeur général. Maître d'œuvre : cabinet "
           "Lhermite & Bossard, architectes, 4 place du Marché-Couvert, 71490 Varenne-le-Comte. Coordonnateur SPS "
           "(niveau 2) : société Coordibat. Le diagnostic amiante avant démolition et le diagnostic PEMD ont été "
           "réalisés par le bureau Diagnostica Sorne en 2026."),
         ] + f_pieces(c, 0, extra=["le cahier des clauses techniques particulières (CCTP) du lot concerné ;",
                                   "le plan général de coordination (PGC) ;",
                                   "le rapport de repérage amiante et plomb avant démolition ;"]) + [
         H("Article 4 – Délais d'exécution"),
         P("Le délai global d'exécution est de sept mois, période de préparation d'un mois comprise. Les délais "
           "propres à chaque lot sont fixés au calendrier prévisionnel annexé : dix semaines pour le lot 1, "
           "quatorze semaines pour le lot 2 et trois semaines réparties pour le lot 3. Le délai court à compter de "
           "la date fixée par l'ordre de service prescrivant de commencer les travaux."),
         P("Les jours d'intempéries au sens de l'article L. 5424-8 du code du travail prolongent le délai dans la "
           "limite de dix jours ouvrés."),
         H("Article 5 – Environnement du chantier et conditions d'accès"),
         P("Le chantier est situé au cœur d'un quartier habité : les bâtiments A, B et E de la résidence restent "
           "occupés pendant toute la durée des travaux et le groupe scolaire Jean-Moulin est implanté à 80 mètres "
           "de l'emprise. L'accès des engins se fait exclusivement par l'allée des Peupliers ; le stationnement "
           "sur la voie publique est interdit."),
         P("Les livraisons et rotations de camions sont proscrites de 8 h 15 à 8 h 45 et de 16 h 15 à 16 h 45 en "
           "période scolaire. Le titulaire du lot 3 maintient en permanence un cheminement piéton sécurisé vers "
           "le bâtiment B."),
         H("Article 6 – Déchets de démolition, tri et réemploi"),
         H2("6.1 Documents de référence"),
         P("Le diagnostic relatif à la gestion des produits, équipements, matériaux et déchets (PEMD) est joint au "
           "dossier. Il recense les gisements et leurs filières de valorisation envisageables."),
         H2("6.2 Engagements du titulaire du lot 2"),
         P("Le titulaire du lot 2 s'engage à ce que 85~% au moins, en masse, des déchets non dangereux issus du "
           "curage et de la démolition (terres excavées exclues) fassent l'objet d'une valorisation matière. Les "
           "bétons et maçonneries sont concassés sur place et réutilisés en priorité en couche de forme des "
           "futures voiries du quartier ; le surplus est dirigé vers une plateforme de recyclage."),
         P("Le tri est effectué à la source, sur l'emprise du chantier, en sept flux au minimum : bois, métaux, "
           "plâtre, minéraux, plastiques, verre plat et déchets non valorisables. Les bennes sont identifiées par "
           "une signalétique lisible et protégées contre les envols."),
         H2("6.3 Dépose sélective en vue du réemploi"),
         P("Avant toute démolition mécanique, le titulaire dépose avec soin, stocke à l'abri et remet à la "
           "ressourcerie La Fabrique du Pré-Joli les éléments repérés au diagnostic PEMD : 128 radiateurs en "
           "fonte, les portes palières en chêne, les garde-corps métalliques des loggias, les boîtes aux lettres "
           "et les pavés autobloquants des cheminements."),
         H2("6.4 Suivi et pénalités"),
         P("Le titulaire tient un registre des déchets sortants et remet chaque mois les bordereaux de suivi et "
           "les bons de pesée. À la fin des travaux, il produit un bilan récapitulatif indiquant, par filière, les "
           "tonnages et le taux de valorisation atteint. Si ce taux est inférieur à l'objectif de l'article 6.2, "
           "une pénalité de 15 € HT par tonne manquante est appliquée, sans mise en demeure."),
         H("Article 7 – Action d'insertion professionnelle"),
         P("En application de l'article L. 2112-2 du code de la commande publique, les titulaires des lots 2 et 3 "
           "réservent une partie des heures de travail générées par le marché à des personnes éloignées de "
           "l'emploi (demandeurs d'emploi de longue durée, bénéficiaires du RSA, jeunes sans qualification, "
           "travailleurs reconnus handicapés...). Le volume minimal est fixé à :"),
         LST(["lot 2 : 420 heures ;", "lot 3 : 70 heures."]),
         P("Le titulaire choisit librement la modalité de mise en œuvre (embauche directe, mise à disposition par "
           "une ETTI ou un GEIQ, sous-traitance à une entreprise d'insertion). La Maison de l'emploi du Pays de "
           "Sorne, facilitateur de la clause, valide l'éligibilité des publics et suit la réalisation des heures. "
           "Toute heure non réalisée donne lieu à une pénalité de 50 € HT."),
         ] + f_prix(c, 2, index="l'index TP01 (index général tous travaux publics)") + f_avance(c, 0) + \
        f_garantie(c, 0) + f_paiement(c, 2) + f_penalites(c, 0) + [
         H("Article # – Réception"),
         P("Les opérations préalables à la réception sont réalisées lot par lot, en présence du maître d'œuvre et "
           "du représentant du maître d'ouvrage. Pour le lot 1, la réception est subordonnée à la production des "
           "mesures d'empoussièrement libératoires et des bordereaux de suivi des déchets amiantés."),
         ] + f_assurances(c, 2) + f_soustraitance(c, 2) + f_resiliation(c, 0) + f_litiges(c, 0) + \
        f_derogations(c, arts="4.1, 14.1 et 41.1")
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=490, clause_environnementale=1,
            allotissement=1, nb_lots=3, montant_estime_ht=1180000,
            evidence=["répartis en trois lots", "estimé à 1~180 000 € HT",
                      "85~% au moins, en masse, des déchets non dangereux",
                      "valorisation matière",
                      "heures de travail générées par le marché à des personnes éloignées de l'emploi",
                      "lot 2 : 420 heures", "lot 3 : 70 heures", "[420 + 70 = 490]"])
    return DOC("01-CCAP-SH-2027-014.pdf", "CCAP", lab, b, "Sorne Habitat – CCAP – Démolition résidence Les Tilleuls",
               "Consultation SH-2027-014 – CCAP", hyphen=True, cols=2, sector="travaux (démolition)",
               tests="taux de valorisation matière et réemploi sans le mot « environnement » ; sosie « Environnement "
                     "du chantier » ; heures d'insertion par lot à additionner ; deux colonnes, césures")


def doc02():
    c = C("le Département de la Vézoulière", "Sornevale", ccag="travaux",
          profil="https://marches.vezouliere.fr", ref="27-DR-0412")
    b = [TITLE("DÉPARTEMENT DE LA VÉZOULIÈRE – Direction des routes et des mobilités",
               "RÈGLEMENT DE LA CONSULTATION",
               "RD 917 – Renforcement de chaussée entre les PR 12+300 et 15+800",
               "Communes de Lussan-les-Bois et de Montferrand-sur-Vèze",
               "Procédure adaptée ouverte (article R. 2123-1 1° du code de la commande publique) – Réf. 27-DR-0412"),
         H("Article 1 – Objet de la consultation"),
         P("La consultation porte sur le renforcement structurel de la chaussée de la route départementale 917 sur "
           "une longueur de 3,5 km : rabotage de la couche de roulement existante, reprise ponctuelle des "
           "déformations en grave-bitume, mise en œuvre d'une couche de liaison et d'une couche de roulement en "
           "béton bitumineux semi-grenu, reprise des accotements et de la signalisation horizontale."),
         P("Les travaux sont réalisés sous circulation alternée, de jour, entre le 1er juin et le 15 septembre "
           "2027, hors période du 10 au 20 août (fête patronale de Montferrand)."),
         H("Article 2 – Décomposition de la consultation"),
         P("Le marché n'est pas alloti. Une dévolution en lots séparés rendrait l'exécution techniquement plus "
           "difficile, les interventions se succédant sur une même structure de chaussée et sous un même "
           "dispositif d'exploitation (article L. 2113-11 du code de la commande publique). Il ne comporte ni "
           "tranche ni prestation supplémentaire éventuelle."),
         H("Article 3 – Estimation"),
         P("À titre indicatif, le montant des travaux est estimé par le maître d'œuvre à 1~650" + SB + "000 € HT."),
         H("Article 4 – Délais"),
         P("La période de préparation est de quatre semaines. Le délai d'éxécution des travaux est de neuf "
           "semaines à compter de l'ordre de service de démarrage. Ce délai ne peut être modifié par le candidat."),
         H("Article 5 – Variantes"),
         P("Les variantes à l'initiative des candidats ne sont pas autorisées."),
         ] + f_rc_dce(c, 0) + f_rc_candidature(c, 2, extra=["le cas échéant, un certificat ISO 14001 ou équivalent "
                                                            "du poste d'enrobage"]) + \
        f_rc_offre(c, 1, pieces=["le bordereau des prix unitaires (BPU) et le détail quantitatif estimatif "
                                 "(DQE) complétés ;",
                                 "le planning prévisionnel d'exécution ;"]) + [
         H("Article # – Jugement des offres"),
         P("Le jugement est effectué dans les conditions prévues à l'article R. 2152-7 du code de la commande "
           "publique. Les offres sont notées sur 100 points selon les critères suivants :"),
         RTAB([["Critère / sous-critère", "Note maximale"],
               ["1. Prix des prestations, apprécié sur le montant total du DQE", "55 points"],
               ["2. Valeur technique, appréciée au vu du mémoire technique, dont :", "45 points"],
               ["2.1 Organisation du chantier, phasage et maintien de la circulation", "15 points"],
               ["2.2 Moyens humains et matériels affectés au chantier", "10 points"],
               ["2.3 Provenance et qualité des matériaux ; procédures de contrôle interne", "10 points"],
               ["2.4 Taux d'agrégats d'enrobés recyclés incorporés dans les couches de liaison et de roulement ; "
                "dispositions pour réduire le bruit, les poussières et la consommation de carburant des engins",
                "10 points"]], widths=[5, 1.4], align="lr"),
         P("Note du critère prix : Np = 55 x (offre la moins disante / offre examinée)."),
         P("Le sous-critère 2.4 est noté comme suit : 4 points proportionnellement au taux d'agrégats proposé, dans "
           "la limite de 40 % admise par le CCTP ; 6 points selon la pertinence des mesures décrites (arrosage des "
           "zones de rabotage, bâchage des camions, engins conformes à la phase V, optimisation des rotations "
           "entre la centrale et le chantier)."),
         P("Les offres anormalement basses sont détectées par comparaison à la moyenne des offres ; le candidat "
           "concerné est invité à justifier son prix."),
         ] + f_rc_nego(c, 0) + f_rc_remise(c, 1, date="lundi 22 mars 2027 à 12 h 00") + f_rc_validite(c, 1, 150) + \
        f_rc_renseignements(c, 1, 10)
    lab = L(critere_environnemental=1, allotissement=0, montant_estime_ht=1650000,
            evidence=["Le marché n'est pas alloti", "estimé par le maître d'œuvre à 1~650~000 € HT",
                      "Taux d'agrégats d'enrobés recyclés incorporés dans les couches de liaison et de roulement",
                      "dispositions pour réduire le bruit, les poussières et la consommation de carburant des engins"])
    return DOC("02-RC-27-DR-0412.pdf", "RC", lab, b, "Département de la Vézoulière – RC – RD 917 renforcement",
               "RC 27-DR-0412", sector="travaux (voirie)",
               tests="sous-critère technique en points (recyclage des enrobés, bruit, poussières) sans le mot "
                     "« environnemental », dans un tableau ; ISO 14001 en capacité ; non alloti")


def doc03():
    b = [TITLE("UNIVERSITÉ RHÔNE-CÉVENNES – Direction du numérique",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Accord-cadre de fourniture de postes de travail",
               "Lot 1 : ordinateurs portables et stations d'accueil",
               "Appel d'offres ouvert n° URC-DN-2027-03"),
         H("Article 1 – Objet et contexte"),
         P("Le présent CCTP définit les caractéristiques des ordinateurs portables et des stations d'accueil "
           "destinés aux personnels administratifs, enseignants et chercheurs de l'Université, ainsi que les "
           "prestations associées (préparation, livraison, garantie). La consultation comporte deux lots : le "
           "lot 1, objet du présent cahier, et le lot 2 (écrans, claviers et périphériques)."),
         P("Le parc concerné compte environ 4 200 postes répartis sur les campus de Valvert, de Saint-Jorian et de "
           "l'IUT de Lanvézac. Le volume prévisionnel est de 700 à 900 portables par an."),
         H("Article 2 – Environnement technique de l'Université"),
         P("L'environnement de travail numérique repose sur Windows 11 Entreprise (x64), intégré à l'annuaire "
           "Active Directory de l'établissement et administré via Microsoft Intune. Les images système sont "
           "préparées par la Direction du numérique dans son environnement de déploiement ; le titulaire "
           "n'installe aucun logiciel tiers."),
         P("Le BIOS/UEFI doit pouvoir être administré à distance et protégé par mot de passe ; l'activation du "
           "démarrage réseau (PXE) et du TPM 2.0 est exigée."),
         H("Article 3 – Caractéristiques minimales des matériels"),
         TAB([["Composant", "Exigence minimale"],
              ["Processeur", "4 cœurs performance, indice PassMark supérieur à 18 000"],
              ["Mémoire vive", "16 Go DDR5, extensible ou soudée bicanal"],
              ["Stockage", "SSD NVMe 512 Go"],
              ["Écran", "14 pouces, 1920 x 1200, mat, 300 cd/m²"],
              ["Connectique", "2 USB-C (dont 1 Thunderbolt ou USB4), 1 USB-A, HDMI"],
              ["Poids", "inférieur à 1,5 kg"],
              ["Station d'accueil", "USB-C, alimentation 90 W, 2 sorties vidéo, RJ45"]], widths=[1.3, 3]),
         H("Article 4 – Exigences de durabilité et d'éco-conception"),
         P("4.1 – Chaque modèle proposé est enregistré au registre EPEAT au niveau Silver au moins, ou bénéficie "
           "de la certification TCO Certified de la génération en vigueur, ou de toute preuve équivalente (rapport "
           "d'essai d'un organisme indépendant)."),
         P("4.2 – L'indice de réparabilité affiché pour chaque modèle d'ordinateur portable est au moins égal à "
           "7/10. La batterie est remplaçable sans outil spécifique ni collage."),
         P("4.3 – Le titulaire garantit la disponibilité des pièces détachées (batterie, clavier, dalle, "
           "chargeur, charnières) pendant sept ans à compter de la dernière livraison du modèle."),
         P("4.4 – Les matériels sont livrés par palettes de dix unités, sans notice imprimée ni accessoire "
           "superflu. Les emballages sont en carton recyclé, sans calage en polystyrène ni film plastique, et "
           "sont repris par le titulaire lors de chaque livraison."),
         P("4.5 – Le respect de ces exigences est vérifié à chaque nouveau modèle introduit en cours "
           "d'exécution ; un modèle non conforme ne peut pas être ajouté au catalogue du marché."),
         H("Article 5 – Préparation et livraison"),
         P("Le titulaire appose sur chaque matériel une étiquette d'inventaire fournie par l'Université et "
           "transmet, avant expédition, un fichier des numéros de série et adresses MAC. Les livraisons sont "
           "effectuées du lundi au jeudi, de 8 h 30 à 16 h, au magasin central du campus de Valvert."),
         P("Le délai de livraison est de quinze jours ouvrés à compter de la réception du bon de commande."),
         H("Article 6 – Garantie et maintenance"),
         P("Les matériels sont garantis quatre ans, pièces et main-d'œuvre, avec intervention sur site le jour "
           "ouvré suivant l'appel. Les disques défectueux restent la propriété de l'Université (option de "
           "conservation du support de stockage)."),
         H("Article 7 – Effacement et confidentialité"),
         P("Aucun support de stockage ne quitte les locaux de l'Université sans effacement certifié selon la "
           "méthode recommandée par l'ANSSI. Le titulaire remet un certificat d'effacement pour chaque support."),
         H("Article 8 – Comptes rendus d'activité"),
         P("Le titulaire transmet chaque semestre un état des commandes livrées, des retards et des incidents de "
           "garantie, au format tableur, à la Direction du numérique.")]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=2,
            evidence=["La consultation comporte deux lots",
                      "enregistré au registre EPEAT au niveau Silver au moins",
                      "L'indice de réparabilité affiché pour chaque modèle d'ordinateur portable est au moins égal à 7/10",
                      "sont repris par le titulaire lors de chaque livraison"])
    return DOC("03-CCTP-URC-DN-2027-03-lot1.docx", "CCTP", lab, b,
               "Université Rhône-Cévennes – CCTP lot 1 – Postes portables", "URC-DN-2027-03",
               sector="informatique",
               tests="EPEAT, indice de réparabilité, pièces détachées, reprise des emballages ; sosies "
                     "« environnement de travail numérique », « environnement de déploiement »")


def doc04():
    b = [TITLE("COMMUNAUTÉ DE COMMUNES DES COTEAUX DE L'AVEYROLLE",
               "ACTE D'ENGAGEMENT",
               "Accord-cadre à bons de commande – Transport scolaire",
               "Lot n° 3 : circuits du secteur nord (Saint-Cirq-d'Aveyrolle, Vabres-le-Haut, Lenteuil)",
               "Consultation n° CCCA-2027-TS"),
         H("A – Objet de l'acte d'engagement"),
         P("Le présent acte d'engagement concerne le lot n° 3 de l'accord-cadre relatif à l'exécution des services "
           "de transport scolaire de la Communauté de communes. L'accord-cadre est divisé en cinq lots "
           "géographiques ; chaque lot fait l'objet d'un accord-cadre distinct, mono-attributaire, exécuté par "
           "émission de bons de commande (articles R. 2162-13 et R. 2162-14 du code de la commande publique)."),
         H("B – Engagement du titulaire ou du groupement titulaire"),
         P("Après avoir pris connaissance des pièces constitutives de l'accord-cadre, le signataire s'engage, sur "
           "la base de son offre et pour son propre compte (ou pour le compte du groupement), à exécuter les "
           "prestations dans les conditions ci-après définies."),
         TAB([["Nom, prénom et qualité du signataire", "......................................................"],
              ["Dénomination sociale", "......................................................"],
              ["Adresse du siège", "......................................................"],
              ["Numéro SIRET", ".............................."],
              ["Téléphone / courriel", ".............................."]], widths=[2, 3], header=False),
         H("C – Prix"),
         P("Les prestations sont rémunérées par application des prix unitaires du bordereau des prix (prix par "
           "jour de fonctionnement de chaque circuit et prix kilométrique des services occasionnels) aux "
           "quantités réellement commandées."),
         H("D – Durée"),
         P("L'accord-cadre prend effet le 1er septembre 2027 pour une période initiale d'un an. Il est "
           "reconductible tacitement trois fois, par période d'un an, sans que sa durée totale puisse excéder "
           "quatre ans. Le titulaire ne peut refuser la reconduction."),
         H("E – Montants de l'accord-cadre (lot 3)"),
         P("Montant minimum annuel des commandes : 60~000 € HT."),
         P("Montant maximum annuel des commandes : 145~000 € HT. Ces montants s'appliquent à la période initiale "
           "et à chacune des périodes de reconduction."),
         H("F – Engagements particuliers du titulaire relatifs au matériel roulant"),
         P("Le titulaire s'engage à affecter aux circuits du lot des autocars et minicars répondant au minimum à "
           "la norme Euro VI lorsqu'ils sont équipés d'une motorisation diesel, ou fonctionnant au bioGNV ou à "
           "l'électricité. Aucun véhicule affecté n'a été mis en circulation pour la première fois avant le "
           "1er janvier 2018."),
         P("Les conducteurs affectés au lot suivent une formation à l'éco-conduite dans les six mois qui suivent "
           "la notification ; les attestations sont transmises à la Communauté de communes. Les moteurs sont "
           "coupés lors des stationnements aux points d'arrêt et devant les établissements scolaires."),
         P("Le titulaire communique, avant le début de chaque année scolaire, la liste des véhicules affectés "
           "(immatriculation, date de première mise en circulation, norme, capacité)."),
         H("G – Avance"),
         P("Je renonce au bénéfice de l'avance (cocher la case) : [ ] NON   [ ] OUI"),
         H("H – Compte à créditer"),
         P("Joindre un relevé d'identité bancaire ou postal. Nom de l'établissement bancaire : ..............; "
           "IBAN : ...................................................."),
         H("I – Signature du candidat"),
         P("Fait en un seul original, à ...................... le ...................... Signature du "
           "candidat ou de son mandataire habilité (signature électronique exigée lors de l'attribution)."),
         H("J – Décision du pouvoir adjudicateur"),
         P("La présente offre est acceptée. Pour la Communauté de communes des Coteaux de l'Aveyrolle, le "
           "Président, à Saint-Cirq-d'Aveyrolle, le ......................")]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=5, montant_max_ht=580000,
            evidence=["L'accord-cadre est divisé en cinq lots", "Montant maximum annuel des commandes : 145~000 € HT",
                      "reconductible tacitement trois fois, par période d'un an", "[145 000 x 4 = 580 000]",
                      "répondant au minimum à la norme Euro VI",
                      "formation à l'éco-conduite dans les six mois"])
    return DOC("04-AE-CCCA-2027-TS-lot3.pdf", "AE", lab, b,
               "CC des Coteaux de l'Aveyrolle – AE – Transport scolaire lot 3", "AE lot 3 – CCCA-2027-TS",
               sector="transport",
               tests="engagement Euro VI, âge du parc et éco-conduite logés dans l'acte d'engagement ; maximum "
                     "annuel à multiplier par 4 périodes ; piège du minimum annuel")


def doc05():
    c = C("le SIVU", "Sornevale", profil="https://www.marches-sivu-troisvallons.fr", ref="SIVU-RS-2027")
    b = [TITLE("SIVU de restauration scolaire Les Trois Vallons",
               "RÈGLEMENT DE CONSULTATION",
               "Fourniture et livraison de repas en liaison froide et de goûters",
               "pour les écoles et les accueils de loisirs des communes membres",
               "Appel d'offres ouvert – Accord-cadre à bons de commande – Réf. SIVU-RS-2027"),
         H("Article 1 – Acheteur"),
         P("Syndicat intercommunal à vocation unique de restauration scolaire Les Trois Vallons, 2 rue de la "
           "Mairie, 38960 Saint-Pierre-des-Vallons. SIRET 200 041 876 00014. Le SIVU regroupe les communes de "
           "Saint-Pierre-des-Vallons, Charmeil-sur-Orgue et Les Combettes-Hautes."),
         H("Article 2 – Objet et allotissement"),
         P("La consultation porte sur la fabrication, le conditionnement et la livraison en liaison froide "
           "d'environ 1 150 repas par jour scolaire, ainsi que sur la fourniture de goûters pour les accueils "
           "périscolaires. Elle est décomposée en deux lots :"),
         TAB([["Lot", "Désignation"],
              ["1", "Repas en liaison froide (scolaires, accueils de loisirs, portage ponctuel)"],
              ["2", "Goûters et collations (produits laitiers, fruits, produits céréaliers)"]], widths=[0.6, 5]),
         P("Chaque lot donne lieu à un accord-cadre mono-attributaire exécuté par bons de commande, sans montant "
           "minimum ni maximum. Le montant estimé de l'ensemble des prestations, tous lots confondus et pour la "
           "durée maximale de quatre ans, est de 960~000 € HT."),
         H("Article 3 – Durée"),
         P("L'accord-cadre est conclu pour une durée d'un an à compter du 1er septembre 2027, reconductible trois "
           "fois par période annuelle."),
         H("Article 4 – Visite des installations"),
         P("Une visite des offices de réchauffage est proposée le mercredi 3 mars 2027 à 9 h 30 (rendez-vous à "
           "l'école Louis-Pergaud). Elle est facultative."),
         ] + f_rc_dce(c, 2) + f_rc_candidature(c, 1, extra=["l'agrément sanitaire de la cuisine centrale ou la "
                                                            "déclaration de dispense d'agrément ;"]) + \
        f_rc_offre(c, 2, pieces=["le bordereau des prix unitaires du lot ;",
                                 "le cadre de réponse technique du lot, complété ;",
                                 "pour le lot 1, les plans alimentaires sur vingt jours et les fiches techniques "
                                 "des produits ;"]) + [
         H("Article # – Critères d'attribution"),
         P("L'offre économiquement la plus avantageuse est appréciée lot par lot selon les critères pondérés "
           "ci-dessous."),
         H2("Lot 1 – Repas en liaison froide"),
         TAB([["Critère", "Pondération"],
              ["Prix (sur la base d'un DQE non communiqué aux candidats)", "40 %"],
              ["Qualité gustative et variété des menus (dégustation à l'aveugle par une commission de parents, "
               "d'agents et d'élus)", "25 %"],
              ["Qualité et durabilité des approvisionnements : part de produits issus de l'agriculture "
               "biologique proposée au-delà de 20 %, part de produits certifiés Haute Valeur Environnementale, "
               "produits de saison et approvisionnements en circuits courts", "20 %"],
              ["Lutte contre le gaspillage et réduction des déchets : conditionnements réutilisables ou en vrac, "
               "reprise des bacs gastronormes, dons des excédents", "15 %"]], widths=[5, 1]),
         H2("Lot 2 – Goûters et collations"),
         TAB([["Critère", "Pondération"],
              ["Prix", "60 %"],
              ["Qualité nutritionnelle et variété des produits", "30 %"],
              ["Délais et modalités de livraison", "10 %"]], widths=[5, 1]),
         P("Les engagements chiffrés pris par le candidat dans son cadre de réponse sont contrôlés en cours "
           "d'exécution sur la base des factures et des fiches produits."),
         ] + f_rc_remise(c, 0, date="jeudi 25 mars 2027 à 16 h 00") + f_rc_validite(c, 0, 120) + \
        f_rc_renseignements(c, 0, 10) + f_rc_attribution(c, 0)
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=960000,
            evidence=["Elle est décomposée en deux lots", "est de 960~000 € HT",
                      "part de produits issus de l'agriculture biologique proposée au-delà de 20 %",
                      "certifiés Haute Valeur Environnementale",
                      "Lutte contre le gaspillage et réduction des déchets"])
    return DOC("05-RC-SIVU-RS-2027.docx", "RC", lab, b, "SIVU Les Trois Vallons – Règlement de consultation",
               "RC – SIVU-RS-2027", sector="restauration collective (EGalim)",
               tests="critères bio/HVE/circuits courts et anti-gaspillage en % (loi EGalim) dans un tableau "
                     "DOCX ; montant estimé tous lots")


def doc06():
    b = [TITLE("CENTRE HOSPITALIER DE MONTBRISAC-LES-ORMES – Direction des achats et de la logistique",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Bionettoyage des locaux de soins, médico-techniques et administratifs",
               "Marché n° CHMO-2027-NET-01"),
         H("Article 1 – Objet"),
         P("Le présent cahier fixe les prescriptions techniques applicables au bionettoyage des locaux du centre "
           "hospitalier : unités d'hospitalisation, consultations, plateau d'imagerie, locaux administratifs et "
           "circulations, soit environ 23 400 m². Les blocs opératoires et la stérilisation sont exclus."),
         H("Article 2 – Classement des zones"),
         P("Les locaux sont classés en quatre zones selon le risque infectieux : zone 1 (risque minime : halls, "
           "bureaux), zone 2 (risque moyen : circulations, consultations), zone 3 (risque élevé : hospitalisation "
           "de médecine, imagerie interventionnelle), zone 4 (très haut risque : surveillance continue). Les "
           "fréquences et protocoles par zone figurent à l'annexe 1."),
         H("Article 3 – Protocoles"),
         P("Le titulaire applique les protocoles validés par l'équipe opérationnelle d'hygiène (EOH). Le "
           "bionettoyage des surfaces proches de l'environnement du patient (barrières de lit, adaptable, "
           "sonnette) est réalisé chaque jour avec un détergent-désinfectant. Les prélèvements d'environnement "
           "réalisés par l'EOH servent à évaluer l'efficacité des prestations ; un résultat non conforme "
           "entraîne une action corrective sous 24 heures."),
         H("Article 4 – Produits et matériels"),
         H2("4.1 Produits d'entretien"),
         P("Les produits d'entretien courant (détergents pour sols, nettoyants vitres, nettoyants sanitaires non "
           "désinfectants, produits multi-usages) sont titulaires de l'Ecolabel européen, de la marque NF "
           "Environnement ou d'un écolabel de type I équivalent. Les fiches techniques et les certificats sont "
           "remis avant le démarrage et à chaque changement de référence."),
         P("Les détergents-désinfectants utilisés en zones 3 et 4 sont conformes aux normes EN 14476 et EN 13727 ; "
           "ils relèvent de la réglementation biocides et ne sont pas concernés par l'alinéa précédent."),
         H2("4.2 Dilution et conditionnements"),
         P("Chaque local de stockage d'étage est équipé par le titulaire d'une centrale de dilution ; les produits "
           "sont achetés sous forme concentrée et aucun flacon prêt à l'emploi jetable n'est admis, sauf pour "
           "les lingettes désinfectantes prescrites par l'EOH."),
         SPLIT("Les textiles de nettoyage sont en microfibre lavable, pré-imprégnés à la laverie du titulaire et "
               "supportant au moins 300 cycles de lavage ; l'usage de gazes et lavettes à usage unique est",
               "limité aux chambres en précautions complémentaires contact. Les sacs destinés aux déchets "
               "assimilés aux ordures ménagères (DAOM) contiennent au moins 80 % de polyéthylène recyclé."),
         H2("4.3 Matériels"),
         P("Les autolaveuses et les aspirateurs sont alimentés par batteries lithium et présentent un niveau "
           "sonore inférieur à 62 dB(A) en fonctionnement, afin de permettre le travail de jour dans les unités. "
           "Les chariots sont à code couleur et démontables pour leur désinfection."),
         H("Article 5 – Personnel"),
         P("Le titulaire affecte un encadrant de proximité présent sur site du lundi au vendredi de 6 h à 14 h. "
           "Les agents sont formés aux précautions standard et au risque infectieux avant leur première "
           "intervention. La liste nominative du personnel est transmise chaque mois."),
         H("Article 6 – Gestion des déchets d'activités de soins"),
         P("Le tri des déchets d'activités de soins à risques infectieux (DASRI) relève des services de soins. Le "
           "titulaire assure le ramassage des sacs fermés et leur transfert vers les locaux de stockage "
           "intermédiaire, dans le respect des circuits propre et sale définis par l'établissement."),
         H("Article 7 – Contrôles de qualité"),
         P("Des contrôles contradictoires sont réalisés chaque mois sur un échantillon de locaux tiré au sort, "
           "selon la grille de l'annexe 3 (méthode visuelle, norme NF EN 13549). Une note inférieure à 85 % "
           "ouvre droit à l'application des réfactions prévues au CCAP."),
         H("Article 8 – Réunions et reporting"),
         P("Une réunion de suivi trimestrielle réunit le titulaire, la direction des achats et l'EOH. Le titulaire "
           "y présente les indicateurs : taux de réalisation des prestations, résultats des contrôles, "
           "consommation de produits par zone, absentéisme et remplacements.")]
    lab = L(clause_environnementale=1,
            evidence=["sont titulaires de l'Ecolabel européen, de la marque NF Environnement ou d'un écolabel de type I équivalent",
                      "aucun flacon prêt à l'emploi jetable n'est admis",
                      "contiennent au moins 80 % de polyéthylène recyclé"])
    return DOC("06-CCTP-CHMO-2027-NET-01.pdf", "CCTP", lab, b,
               "CH de Montbrisac-les-Ormes – CCTP bionettoyage", "CHMO-2027-NET-01 – CCTP", cols=2,
               sector="nettoyage (hôpital)",
               tests="Ecolabel / NF Environnement, dilution, microfibres, sacs recyclés ; sosies hygiène "
                     "« environnement du patient », « prélèvements d'environnement » ; phrase coupée par un saut "
                     "de page ; deux colonnes")


def doc07():
    c = C("Logévie Atlantique", "Sornevale", delai=30, ref="LA-EV-2027-02")
    b = [TITLE("LOGÉVIE ATLANTIQUE – Office public de l'habitat",
               "Cahier des clauses administratives particulières",
               "Accord-cadre à bons de commande : entretien des espaces verts des résidences",
               "Lot n° 2 – Secteur Sud (Pornéac, Saint-Brévinec-des-Marais, La Plaine-des-Étiers)"),
         H("Article 1 – Objet de l'accord-cadre"),
         P("Le présent accord-cadre a pour objet l'entretien courant des espaces verts des résidences gérées par "
           "Logévie Atlantique : tonte, taille des haies et arbustes, entretien des massifs, ramassage des "
           "feuilles, désherbage des allées et petits travaux de remise en état. Il est passé en application des "
           "articles R. 2162-2 et R. 2162-13 du code de la commande publique."),
         P("La consultation est divisée en 3 lots géographiques (Nord, Sud, Centre). Le présent CCAP s'applique au "
           "lot 2."),
         H("Article 2 – Durée et reconduction"),
         P("L'accord-cadre est conclu pour un an à compter de sa notification. Il peut être reconduit "
           "tacitement trois fois pour une durée identique."),
         H("Article 3 – Montant"),
         P("Le montant maximum des commandes du lot 2 est fixé à 120~000 € HT par période annuelle, soit "
           "480~000 € HT sur la durée maximale de l'accord-cadre. Il n'est pas fixé de minimum."),
         ] + f_pieces(c, 1, extra=["le CCTP commun aux trois lots", "le bordereau des prix unitaires",
                                   "le plan de gestion des espaces extérieurs"]) + [
         H("Article # – Bons de commande"),
         P("Les prestations récurrentes font l'objet d'un bon de commande annuel ; les travaux ponctuels, de bons "
           "de commande spécifiques mentionnant le lieu, la nature des travaux, le délai et le montant. Le "
           "titulaire accuse réception de chaque bon sous 48 heures."),
         H("Article # – Conduite des prestations"),
         P("Le titulaire exécute les prestations dans le respect du plan de gestion des espaces extérieurs. Il "
           "se conforme en outre aux modalités suivantes :"),
         LST(["les pelouses des pieds d'immeubles sont tondues sans ramassage, en mulching ; les prairies "
              "repérées au plan de gestion ne sont fauchées que deux fois par an, la première fois après le "
              "15 juin ;",
              "les résidus de taille et de tonte sont broyés et réutilisés sur place en paillage des massifs et "
              "des pieds de haies ; leur évacuation n'est admise qu'avec l'accord écrit du responsable de secteur ;",
              "aucun produit phytopharmaceutique, y compris de biocontrôle, ni aucun engrais minéral de synthèse "
              "n'est employé ; le désherbage est exclusivement manuel, mécanique ou thermique à eau chaude ;",
              "dans les douze mois suivant la notification, les souffleurs, taille-haies et débroussailleuses "
              "portatifs employés sur les résidences fonctionnent sur batterie ; les outils thermiques portatifs "
              "ne sont plus tolérés ensuite que pour le débroussaillage lourd des talus."]),
         P("Les interventions bruyantes ne débutent pas avant 8 h 30 en semaine et sont proscrites le samedi."),
         H("Article # – Insertion professionnelle"),
         P("Pour l'exécution du lot, le titulaire réserve au moins 5 % du nombre total d'heures travaillées à des "
           "personnes rencontrant des difficultés sociales ou professionnelles particulières. Il peut recourir à "
           "l'embauche directe, à la mise à disposition par une structure d'insertion par l'activité économique "
           "ou à la sous-traitance auprès d'une telle structure. Un bilan annuel des heures réalisées est remis au "
           "référent clause sociale de Logévie Atlantique."),
         H("Article # – Pénalités spécifiques"),
         RTAB([["Manquement constaté", "Pénalité"],
               ["Prestation récurrente non réalisée à la date prévue", "80 € HT par jour de retard et par résidence"],
               ["Emploi d'un produit phytopharmaceutique ou d'un engrais de synthèse", "500 € HT par constat"],
               ["Évacuation de déchets verts sans accord", "150 € HT par constat"],
               ["Non-transmission du bilan annuel d'insertion", "200 € HT"]], widths=[3, 2]),
         ] + f_prix(c, 1, index="l'indice ICHT-IME (coût horaire du travail, industries mécaniques et électriques)") + \
        f_paiement(c, 1) + f_assurances(c, 1) + f_resiliation(c, 2) + f_litiges(c, 2)
    lab = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=3,
            montant_max_ht=480000,
            evidence=["divisée en 3 lots géographiques", "480~000 € HT sur la durée maximale de l'accord-cadre",
                      "broyés et réutilisés sur place en paillage",
                      "fonctionnent sur batterie",
                      "réserve au moins 5 % du nombre total d'heures travaillées à des personnes rencontrant des difficultés"])
    return DOC("07-CCAP-LA-EV-2027-02-lot2.docx", "CCAP", lab, b,
               "Logévie Atlantique – CCAP – Espaces verts lot 2", "LA-EV-2027-02 – CCAP lot 2",
               sector="espaces verts",
               tests="obligations de gestion écologique (mulching, broyat, zéro phyto, outils sur batterie) sans "
                     "titre « environnement » ; insertion en % sans nombre d'heures ; maximum annuel et total écrit")


def doc08():
    b = [TITLE("Avis de marché", "BOAMP – Annonce n° 27-048213", "Fournitures"),
         P("Département(s) de publication : 22, 29, 35, 56"),
         H("Section 1 : Identification de l'acheteur"),
         P("Nom complet de l'acheteur : Centrale d'achat public du Grand Ouest (CAPGO)"),
         P("Type de numéro national d'identification : SIRET"),
         P("N° national d'identification : 130 028 417 00019"),
         P("Ville : Brocéliac"),
         P("Code postal : 35280"),
         P("Groupement de commandes : Non"),
         P("Pouvoir adjudicateur agissant en qualité de centrale d'achat : Oui"),
         H("Section 2 : Communication"),
         P("Lien vers le profil d'acheteur : https://marches.capgo.bzh"),
         P("Identifiant interne de la consultation : CAPGO-2027-MOB"),
         P("Intégralité des documents sur le profil d'acheteur : Oui"),
         P("Contact : service marchés, marches@capgo.bzh, tél. 02 99 41 10 00"),
         H("Section 3 : Procédure"),
         P("Type de procédure : Procédure ouverte"),
         P("Conditions de participation : aptitude à exercer l'activité professionnelle : néant. Capacité "
           "économique et financière : chiffre d'affaires global des trois derniers exercices. Capacités "
           "techniques et professionnelles : liste des principales livraisons effectuées au cours des trois "
           "dernières années."),
         P("Technique d'achat : Accord-cadre"),
         P("Date et heure limite de réception des plis : 19/04/27 à 12h00"),
         P("Présentation des offres par catalogue électronique : Autorisée"),
         P("Réduction du nombre de candidats : Non"),
         P("Possibilité d'attribution sans négociation : Oui"),
         P("Critères d'attribution : Prix : 45 % ; Valeur technique (ergonomie, robustesse, délais et service "
           "après-vente) : 35 % ; Caractéristiques environnementales des produits (taux de matière recyclée, "
           "bois certifié PEFC ou FSC ou équivalent, conception démontable, disponibilité des pièces "
           "détachées) : 20 %."),
         H("Section 4 : Identification du marché"),
         P("Intitulé du marché : Fourniture de mobilier de bureau, de sièges et de mobilier de rangement pour "
           "les adhérents de la centrale d'achat"),
         P("Code CPV principal : 39130000 – Mobilier de bureau"),
         P("Type de marché : Fournitures"),
         P("Description succincte du marché : accords-cadres à bons de commande mono-attributaires pour la "
           "fourniture, la livraison et le montage de mobilier destiné aux collectivités, établissements publics "
           "et lycées adhérents."),
         P("Lieu principal d'exécution du marché : territoire des départements 22, 29, 35 et 56"),
         P("Durée du marché (en mois) : 48"),
         P("Valeur estimée (H.T.) : 2 400 000 euros"),
         P("Valeur maximale de l'accord-cadre (H.T.), tous lots confondus : 3 000 000 euros"),
         P("La consultation comporte des tranches : Non"),
         P("La consultation prévoit une réservation de tout ou partie du marché : Non"),
         P("Marché alloti : Oui"),
         H("Section 5 : Lots"),
         P("Lot n° 1 – Mobilier de bureau et de réunion. CPV : 39121100. Lieu d'exécution : 22, 29, 35, 56."),
         P("Lot n° 2 – Sièges de travail et d'accueil. CPV : 39112000."),
         P("Lot n° 3 – Mobilier de rangement et d'archivage. CPV : 39131000."),
         H("Section 6 : Informations complémentaires"),
         P("Visite obligatoire : Non"),
         P("Conditions particulières d'exécution : le titulaire livre sans suremballage plastique et reprend, lors "
           "de chaque livraison, la totalité des emballages en vue de leur réemploi ou de leur recyclage. À la "
           "demande de l'adhérent, il reprend le mobilier réformé de même nature et justifie de son réemploi, de "
           "son don à une structure de l'économie sociale ou de son recyclage par un bordereau de traçabilité."),
         P("Autres informations : les adhérents passent commande directement auprès des titulaires. Le détail "
           "des critères et des sous-critères figure au règlement de la consultation."),
         P("Date d'envoi du présent avis : 12/03/27")]
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=3,
            montant_estime_ht=2400000, montant_max_ht=3000000,
            evidence=["Marché alloti : Oui", "Lot n° 3", "Valeur estimée (H.T.) : 2 400 000 euros",
                      "Valeur maximale de l'accord-cadre (H.T.), tous lots confondus : 3 000 000 euros",
                      "Caractéristiques environnementales des produits", "20 %",
                      "reprend, lors de chaque livraison, la totalité des emballages"])
    return DOC("08-AVIS-BOAMP-27-048213.txt", "AVIS", lab, b, sector="mobilier (centrale d'achat)",
               tests="avis BOAMP au format texte : critère environnemental pondéré et condition d'exécution de "
                     "reprise des emballages et du mobilier ; estimé et maximum distincts")


def doc09():
    d = dict(
        docid="204518-2027", edition="2027071", recid="27-061204-001", deldate="20270614", nooj="71",
        datepub="20270412", nodoc="2027/S 071-204518", url="https://www.sornevale-region.fr",
        cpv="79810000", cpvlabel="Services d'impression", nuts="FRZ02", total="680000",
        dispatch="2027-04-07", deadline="2027-05-17", aacode="R", aalabel="Autorité régionale ou locale",
        nccode="4", nclabel="Services", accode="2", aclabel="L'offre économiquement la plus avantageuse",
        macode="Z", malabel="Services généraux des administrations publiques",
        buyer=dict(name="Région Sornevale – Direction de la commande publique", siret="23350001700027",
                   street="Hôtel de Région, 1 esplanade du Conseil", town="Sornevale", cp="35700",
                   contact="Service des marchés – pôle communication", mail="marches@sornevale-region.fr"),
        profile="https://marches.sornevale-region.fr", catype="REGIONAL_AUTHORITY", caact="GENERAL_PUBLIC_SERVICES",
        title="Impression et façonnage des supports de communication de la Région",
        ref="DCP-2027-0117", ctype="SERVICES",
        descr="Impression, façonnage, conditionnement et livraison des publications, affiches, brochures et "
              "supports événementiels de la Région. Accords-cadres à bons de commande mono-attributaires.",
        site="Sièges et antennes de la Région Sornevale.",
        lots=[dict(no="1", title="Impression offset – grands tirages (magazine régional, brochures)",
                   cpv="79823000", value="480000", months="48",
                   descr="Impression offset du magazine régional (six numéros par an, 820 000 exemplaires) et "
                         "des brochures institutionnelles ; routage exclu.",
                   quality=[("Valeur technique : organisation de la production, contrôle qualité, délais", "40"),
                            ("Réduction de l'impact de la fabrication : papiers recyclés ou issus de forêts gérées "
                             "durablement (FSC, PEFC ou équivalent), encres végétales, gestion et valorisation des "
                             "gâches, label Imprim'Vert ou équivalent", "15")],
                   price="45",
                   renewal="Période initiale de 12 mois reconductible 3 fois par périodes de 12 mois."),
              dict(no="2", title="Impression numérique – petits tirages et supports événementiels",
                   cpv="79824000", value="200000", months="48",
                   descr="Impression numérique de petits tirages, kakémonos, bâches et PLV.",
                   quality=[("Valeur technique : réactivité, qualité d'impression, délais", "50")], price="50",
                   renewal="Période initiale de 12 mois reconductible 3 fois par périodes de 12 mois.")],
        suitability="Inscription au registre du commerce et des sociétés ou au répertoire des métiers.",
        framework="<FRAMEWORK><SINGLE_OPERATOR/></FRAMEWORK>",
        info="Le dossier de consultation est téléchargeable gratuitement sur le profil d'acheteur. Les "
             "candidats peuvent présenter une offre pour un ou plusieurs lots. Les échantillons demandés au "
             "règlement de la consultation sont remis au siège de la Région avant la date limite.",
        review="Référé précontractuel avant la signature du contrat ; recours de plein contentieux dans les deux "
               "mois suivant la publication de l'avis d'attribution.",
        ta="Sornevale", tastreet="3 contour de la Motte", tacp="35044", tamail="sornevale")
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=680000,
            evidence=["[LOT_DIVISION/LOT_ALL ; deux OBJECT_DESCR, LOT_NO 1 et 2]",
                      "Les candidats peuvent présenter une offre pour un ou plusieurs lots",
                      "[VAL_ESTIMATED_TOTAL :]", "680000",
                      "Réduction de l'impact de la fabrication : papiers recyclés ou issus de forêts gérées durablement",
                      "[AC_WEIGHTING 15]"])
    return DOC("09-TED-204518-2027.xml", "AVIS", lab, xml=ted_f02(d), sector="imprimerie",
               tests="TED XML R2.0.9 : critère de qualité pondéré (papier FSC/PEFC, encres végétales, "
                     "Imprim'Vert) sur un seul des deux lots, sans le mot « environnement »")


def doc10():
    d = dict(
        buyer=dict(name="Métropole Val-d'Orsenne", siret="24450006300018", street="12 boulevard des Tanneurs",
                   town="Orsenne", cp="45210", contact="Direction de la commande publique",
                   mail="commande.publique@valdorsenne-metropole.fr", url="https://www.valdorsenne-metropole.fr",
                   profile="https://marches.valdorsenne-metropole.fr"),
        nuts="FRB06", ta="Orsenne", uuid="7c1f4a02-3b9e-4d61-a8f0-52e6c0d91b37",
        folder="e2a0d5c8-61b4-4f0e-9c7a-3d18b6f24a95", date="2027-05-18", legaltype="la", activity="gen-pub",
        ref="DCP-2027-VEH-04", nature="services", cpv="34110000", total="1350000",
        title="Location longue durée de véhicules de service et véhicules utilitaires légers",
        descr="Location longue durée, avec entretien, assistance et gestion des sinistres, de véhicules "
              "particuliers et utilitaires légers affectés aux services de la Métropole et de ses communes "
              "membres adhérentes au groupement de commandes.",
        note="La consultation est divisée en deux lots. Un même opérateur peut être attributaire des deux lots.",
        lots=[dict(id="LOT-0001", internal="Lot 1", name="Véhicules particuliers (citadines et berlines compactes)",
                   descr="Location longue durée d'environ 110 véhicules particuliers sur 48 mois, kilométrage "
                         "annuel moyen de 9 000 km.",
                   value="900000", cpv="34110000", months="48",
                   selection="Liste des principales prestations de location longue durée réalisées au cours des "
                             "trois dernières années auprès de flottes de plus de 50 véhicules.",
                   criteria=[("price", "Coût total de location", "Loyer mensuel global sur 48 mois, entretien et "
                              "assistance compris.", "50"),
                             ("quality", "Valeur technique et qualité du service", "Délais de livraison, réseau "
                              "d'entretien, véhicules de remplacement, outil de gestion de flotte.", "30"),
                             ("quality", "Émissions des véhicules proposés", "Émissions de CO2 (g/km, cycle WLTP) et "
                              "de polluants atmosphériques des modèles proposés, appréciées selon la grille du "
                              "règlement de la consultation.", "20")],
                   execution="Les véhicules de remplacement mis à disposition pendant les immobilisations de plus "
                             "de 24 heures sont classés Crit'Air 0 ou Crit'Air 1. L'entretien courant est réalisé "
                             "avec des huiles régénérées lorsque le constructeur l'autorise et les pneumatiques "
                             "déposés sont remis à une filière de rechapage ou de recyclage, avec justificatif.",
                   strategic=[("strategic-procurement", "env-imp"), ("environmental-impact", "clim-mitig"),
                              ("environmental-impact", "pollu-prev"), ("gpp-criteria", "eu")]),
              dict(id="LOT-0002", internal="Lot 2", name="Véhicules utilitaires légers (fourgonnettes et fourgons)",
                   descr="Location longue durée d'environ 45 véhicules utilitaires de moins de 3,5 tonnes, dont "
                         "12 équipés d'un aménagement atelier.",
                   value="450000", cpv="34136000", months="48",
                   selection="Références de location de véhicules utilitaires aménagés.",
                   criteria=[("price", "Coût total de location", "", "55"),
                             ("quality", "Valeur technique et qualité du service", "", "30"),
                             ("quality", "Émissions des véhicules proposés", "Émissions de CO2 (g/km, cycle WLTP) "
                              "des modèles proposés.", "15")],
                   execution="Les véhicules de remplacement sont classés Crit'Air 0 ou Crit'Air 1.",
                   strategic=[("strategic-procurement", "env-imp"), ("environmental-impact", "clim-mitig")])])
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=2,
            montant_estime_ht=1350000,
            evidence=["La consultation est divisée en deux lots.",
                      "[EstimatedOverallContractAmount :]", "1350000",
                      "Émissions de CO2 (g/km, cycle WLTP)",
                      "Les véhicules de remplacement sont classés Crit'Air 0 ou Crit'Air 1.", "env-imp"])
    return DOC("10-eForms-DCP-2027-VEH-04.xml", "AVIS", lab, xml=eforms_cn(d), sector="véhicules et flottes",
               tests="eForms : critère « émissions des véhicules » pondéré (BT-539/541), condition d'exécution "
                     "Crit'Air (BT-70), BT-06 env-imp ; objet (location de véhicules) non environnemental")


def doc11():
    c = C("la Ville de Castelvérac", "Sornevale", delai=30, ref="VC-2027-CHAUF")
    b = [TITLE("VILLE DE CASTELVÉRAC – Direction du patrimoine bâti",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Exploitation des installations de chauffage, de production d'eau chaude sanitaire et de "
               "ventilation des bâtiments communaux",
               "Marché d'exploitation avec intéressement aux économies d'énergie (prestations P1, P2 et P3)"),
         H("Article 1 – Objet et étendue du marché"),
         P("Le marché a pour objet la fourniture de combustible (P1), la conduite et l'entretien courant (P2) et "
           "la garantie totale avec gros entretien et renouvellement (P3) des installations thermiques de "
           "vingt-quatre bâtiments communaux (écoles, gymnases, médiathèque, hôtel de ville, centre technique), "
           "dont la liste figure à l'annexe 1."),
         P("Le marché est global et n'est pas décomposé en lots : la Ville entend confier à un exploitant unique "
           "la responsabilité des consommations, du maintien en état et du renouvellement des équipements "
           "(article L. 2113-11 du code de la commande publique)."),
         H("Article 2 – Durée"),
         P("Le marché est conclu pour huit saisons de chauffage, la première débutant le 1er octobre 2027. Cette "
           "durée est justifiée par l'amortissement des renouvellements pris en charge au titre du P3."),
         ] + f_pieces(c, 2, extra=["le CCTP et ses annexes techniques", "l'état des lieux contradictoire des "
                                   "installations", "le bordereau de décomposition des prix P1, P2 et P3"]) + [
         H("Article # – Décomposition et contenu des prix"),
         P("P1 – Le poste P1 rémunère la fourniture de l'énergie (gaz naturel et bois granulé) nécessaire au "
           "chauffage et à la production d'eau chaude sanitaire. Il est facturé au MWh livré, sur la base du prix "
           "unitaire de l'offre indexé sur l'indice PEG et l'indice bois granulé vrac du CEEB, taxes et "
           "contributions en sus."),
         P("P2 – Le poste P2 est forfaitaire ; il couvre la conduite, la surveillance, le petit entretien, les "
           "dépannages et la télégestion. P3 – Le poste P3 est forfaitaire ; il couvre le gros entretien et le "
           "renouvellement des matériels listés à l'annexe 4."),
         H("Article # – Engagement de performance énergétique"),
         P("Le titulaire s'engage sur une consommation annuelle de chauffage (NB) égale à la consommation de "
           "référence des trois dernières saisons, soit 4 850 MWh PCI pour 2 310 degrés-jours unifiés, diminuée "
           "de 12 % à compter de la deuxième saison. La consommation constatée est corrigée de la rigueur "
           "climatique de la saison (degrés-jours unifiés de la station de Castelvérac-Aérodrome)."),
         P("En fin de saison, si la consommation corrigée est inférieure à l'engagement, l'économie réalisée est "
           "partagée à raison de 70 % pour la Ville et 30 % pour le titulaire. Si elle est supérieure, le "
           "titulaire prend à sa charge la totalité de l'excès de consommation, valorisé au prix P1 en vigueur, "
           "par déduction sur le dernier décompte de la saison."),
         P("Le titulaire propose chaque année un plan d'actions de réduction des consommations (réglage des "
           "courbes de chauffe, programmation des réduits d'inoccupation, désembouage, calorifugeage). Il ne peut "
           "obtenir une réduction des consommations par une baisse des températures de confort contractuelles."),
         H("Article # – Températures et conditions de confort"),
         P("Les températures à assurer en période d'occupation sont celles fixées à l'annexe 2, dans le respect "
           "des limites de l'article R. 241-26 du code de l'énergie. Toute plainte d'inconfort fait l'objet d'une "
           "intervention dans les quatre heures ouvrées."),
         H("Article # – Obligations réglementaires de l'exploitant"),
         P("Le titulaire assure l'entretien annuel des chaudières, tient à jour les livrets de chaufferie et fait "
           "réaliser les contrôles périodiques prévus par la réglementation (contrôle de l'efficacité énergétique "
           "des chaudières, mesures de rejets des installations de combustion de plus de 1 MW)."),
         H("Article # – Comptage et comptes rendus"),
         P("Le titulaire relève chaque mois les compteurs d'énergie et d'eau de chaque bâtiment et transmet un "
           "rapport mensuel d'exploitation ainsi qu'un bilan annuel de saison avant le 15 juillet."),
         ] + f_penalites(c, 1, montant="300") + f_avance(c, 1) + f_paiement(c, 0) + f_assurances(c, 0) + \
        f_resiliation(c, 1) + f_litiges(c, 1)
    lab = L(clause_environnementale=1, allotissement=0,
            evidence=["n'est pas décomposé en lots",
                      "Le titulaire s'engage sur une consommation annuelle de chauffage (NB)",
                      "diminuée de 12 % à compter de la deuxième saison",
                      "le titulaire prend à sa charge la totalité de l'excès de consommation"])
    return DOC("11-CCAP-VC-2027-CHAUF.docx", "CCAP", lab, b, "Ville de Castelvérac – CCAP exploitation chauffage",
               "VC-2027-CHAUF – CCAP", sector="énergie et chauffage",
               tests="engagement de réduction de consommation avec intéressement/pénalité (positif) à côté du "
                     "poste P1 (énergie comme composante de prix) et de rappels réglementaires")


def doc12():
    b = [TITLE("SDIS DE L'ARGENTIÈRE – Groupement des moyens généraux",
               "CADRE DE RÉPONSE TECHNIQUE (CRT)",
               "Accord-cadre de fourniture de tenues de service et d'effets d'habillement",
               "Lot n° 1 (sur 3) : tenues de service et de sport – Consultation SDIS-2027-HAB"),
         H("Mode d'emploi du cadre de réponse"),
         P("Le présent cadre est obligatoire. Il constitue le mémoire technique du candidat et sert de base à la "
           "notation des critères techniques définis à l'article 8 du règlement de la consultation. Le candidat "
           "complète chaque case « Réponse du candidat » ; les renvois à des documents annexes sont admis s'ils "
           "sont paginés. Le critère prix (35 points) est apprécié au vu du BPU et du DQE."),
         H("Partie 1 – Présentation du candidat"),
         TAB([["Rubrique", "Réponse du candidat"],
              ["Raison sociale, interlocuteur dédié au marché", ""],
              ["Sites de production (pays, ville) pour chaque article", ""],
              ["Capacité de stockage dédiée au SDIS", ""]], widths=[2.4, 3]),
         H("Critère 2 – Valeur technique des articles (40 points)"),
         TAB([["Sous-critère", "Points", "Réponse du candidat"],
              ["2.1 Conformité et qualité des échantillons (coupe, confort, finitions), évaluées par un panel de "
               "sapeurs-pompiers", "20", ""],
              ["2.2 Tenue à l'usage : résistance à l'abrasion, stabilité dimensionnelle après 50 lavages "
               "industriels", "10", ""],
              ["2.3 Délais de livraison, gestion des tailles hors normes, service de retouche", "10", ""]],
             widths=[3.4, 0.7, 2.4]),
         H("Critère 3 – Performance en matière de protection de l'environnement (15 points)"),
         TAB([["Sous-critère", "Points", "Réponse du candidat"],
              ["3.1 Composition des articles : part de fibres recyclées ou issues de l'agriculture biologique "
               "(certification GRS, GOTS ou équivalente, à justifier)", "6", ""],
              ["3.2 Conditionnement et transport : suppression des emballages individuels plastiques, "
               "regroupement des livraisons, mode de transport", "4", ""],
              ["3.3 Fin de vie : solution de collecte et de recyclage des tenues usagées du SDIS", "5", ""]],
             widths=[3.4, 0.7, 2.4]),
         H("Critère 4 – Conditions sociales de fabrication (10 points)"),
         TAB([["Sous-critère", "Points", "Réponse du candidat"],
              ["4.1 Traçabilité des sites de confection et de leurs sous-traitants", "4", ""],
              ["4.2 Mesures garantissant le respect des conventions fondamentales de l'OIT dans la chaîne "
               "d'approvisionnement (audits sociaux, plan de vigilance, actions correctives)", "6", ""]],
             widths=[3.4, 0.7, 2.4]),
         H("Informations complémentaires (non notées)"),
         TAB([["Question", "Réponse du candidat"],
              ["Le candidat dispose-t-il d'un certificat ISO 9001 ? (information non notée)", ""],
              ["Interlocuteur en charge des réclamations", ""]], widths=[3.4, 2.4]),
         P("Signature du candidat : ..............................  Date : ....................")]
    lab = L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=3,
            evidence=["Lot n° 1 (sur 3)",
                      "Critère 3 – Performance en matière de protection de l'environnement (15 points)",
                      "part de fibres recyclées ou issues de l'agriculture biologique",
                      "Critère 4 – Conditions sociales de fabrication (10 points)",
                      "conventions fondamentales de l'OIT"])
    return DOC("12-CADRE-SDIS-2027-HAB-lot1.docx", "CADRE", lab, b,
               "SDIS de l'Argentière – Cadre de réponse technique – lot 1", "SDIS-2027-HAB – CRT",
               sector="textile",
               tests="cadre de réponse : critères environnemental et social notés (positifs) mais aucune "
                     "obligation imposée au titulaire (clauses à 0) ; « tenue à l'usage » comme sosie")


def doc13():
    c = C("la Communauté de communes", "Sornevale", profil="https://www.achats-hautesterres.fr", ref="CCHTM-2027-07")
    b = [TITLE("COMMUNAUTÉ DE COMMUNES DES HAUTES-TERRES DU SAUVEL",
               "RÈGLEMENT DE LA CONSULTATION",
               "Transport des spectateurs et des publics à mobilité réduite",
               "Festival « Les Nuits du Sauvel » – éditions 2027 et 2028",
               "Marché à procédure adaptée – Référence CCHTM-2027-07"),
         H("1. Objet de la consultation"),
         P("La Communauté de communes organise chaque année, fin juillet, le festival « Les Nuits du Sauvel » sur "
           "le plateau de Frayssac-Haut (environ 6 500 spectateurs par soir sur quatre soirées). La présente "
           "consultation a pour objet l'organisation des navettes entre les parkings relais de Meyrosc, du "
           "Col-Blanc et de Frayssac-Bas et le site du festival, ainsi qu'un service de transport à la demande "
           "pour les personnes à mobilité réduite."),
         P("L'environnement du site est contraint : routes de montagne étroites, absence d'éclairage public, "
           "stationnement des véhicules limité à la zone de retournement. Les candidats en tiennent compte dans "
           "leur plan de transport."),
         H("2. Allotissement"),
         P("Le marché comprend 2 lots : lot 1 – navettes de spectateurs (autocars de 50 places au moins) ; lot 2 "
           "– transport à la demande des personnes à mobilité réduite (véhicules TPMR). Les candidats peuvent "
           "soumissioner pour un seul lot ou pour les deux."),
         H("3. Estimation et durée"),
         P("Le montant estimatif global des deux éditions, lots 1 et 2 réunis, s'élève à 210~000 € HT. Le "
           "marché couvre les éditions 2027 et 2028 ; il n'est pas reconductible."),
         ] + [("h", "4. Retrait du dossier"),
              P("Le dossier est téléchargeable gratuitement sur " + c["profil"] + ". Aucun dossier n'est adressé "
                "sous forme papier.")] + [
         H("5. Contenu des plis"),
         P("Candidature : DC1 et DC2 ou DUME ; copie de l'inscription au registre des transporteurs de "
           "personnes ; licence communautaire ; liste des véhicules dont dispose le candidat (type, capacité, "
           "date de mise en circulation)."),
         P("Offre : acte d'engagement ; décomposition du prix global et forfaitaire par soirée ; mémoire "
           "technique comprenant le plan de transport, les moyens affectés, l'organisation de l'encadrement et, "
           "pour le lot 1, la fiche descriptive des véhicules affectés."),
         H("6. Critères de jugement des offres"),
         H2("6.1 Lot 1 – Navettes de spectateurs"),
         RTAB([["Critère", "Pondération"],
               ["Prix global des quatre soirées", "50 %"],
               ["Valeur technique : plan de transport, fréquences, moyens humains et gestion des aléas", "35 %"],
               ["Performance du parc affecté au lot : motorisation (électrique, bioGNV, HVO), norme Euro et âge "
                "des véhicules, au regard des émissions polluantes", "15 %"]], widths=[5, 1.2], align="lr"),
         H2("6.2 Lot 2 – Transport des personnes à mobilité réduite"),
         RTAB([["Critère", "Pondération"],
               ["Prix", "60 %"],
               ["Valeur technique (accessibilité des véhicules, formation des conducteurs, réservation)", "40 %"]],
              widths=[5, 1.2], align="lr"),
         P("Pour le critère « performance du parc », la note est attribuée selon le barème suivant appliqué à "
           "chaque véhicule, puis moyennée : électrique ou bioGNV : 10 ; HVO 100 certifié : 8 ; Euro VI "
           "diesel de moins de cinq ans : 5 ; Euro VI de plus de cinq ans : 2 ; autre : 0."),
         H("7. Négociation"),
         P("Le pouvoir adjudicateur se réserve la faculté de négocier avec les candidats ayant remis une offre. "
           "Il peut aussi attribuer le marché sans négociation."),
         H("8. Date limite de réception des offres"),
         P("Les offres sont remises sur le profil d'acheteur au plus tard le lundi 12 avril 2027 à 17 h 00."),
         H("9. Renseignements"),
         P("Service culture et tourisme, Mme Odile Ferrandon, tél. 04 66 45 20 18 ; les questions sont posées "
           "exclusivement via le profil d'acheteur.")]
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=210000,
            evidence=["Le marché comprend 2 lots", "s'élève à 210~000 € HT",
                      "Performance du parc affecté au lot : motorisation (électrique, bioGNV, HVO), norme Euro",
                      "au regard des émissions polluantes", "15 %"])
    return DOC("13-RC-CCHTM-2027-07.pdf", "RC", lab, b,
               "CC des Hautes-Terres du Sauvel – RC navettes festival", "RC – CCHTM-2027-07",
               sector="événementiel / transport",
               tests="critère sur la motorisation et la norme Euro du parc (émissions) dans un vrai tableau ; "
                     "sosie « L'environnement du site est contraint »")


def doc14():
    b = [TITLE("COMMUNAUTÉ D'AGGLOMÉRATION SUD-VARENNE – Direction de la culture et des événements",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Prestations techniques et logistiques de la Fête de la Varenne 2027",
               "Parc des Berges – Varenne-le-Comte – 26 et 27 juin 2027"),
         H("Article 1 – Présentation de la manifestation"),
         P("La Fête de la Varenne est une manifestation gratuite et familiale qui accueille environ 18 000 "
           "visiteurs sur deux jours : deux scènes musicales, un village associatif de soixante stands, une zone "
           "de restauration tenue par des associations locales et un espace d'animations pour les enfants."),
         H("Article 2 – Contenu des prestations"),
         P("Le titulaire assure : la fourniture, le montage et le démontage des structures (scène principale de "
           "12 x 10 m, scène secondaire, tentes et barnums), la sonorisation et l'éclairage, la distribution "
           "électrique, la logistique des stands, la gestion des déchets de la manifestation et la remise en état "
           "du parc."),
         H("Article 3 – Calendrier"),
         P("Montage du 22 au 25 juin ; exploitation les 26 et 27 juin de 10 h à 1 h ; démontage et remise en état "
           "du 28 au 30 juin. Le parc est rouvert au public le 1er juillet à 8 h."),
         H("Article 4 – Scènes, son et lumière"),
         P("Les régies respectent les niveaux sonores fixés par le code de la santé publique pour les lieux "
           "diffusant des sons amplifiés (102 dB(A) sur 15 minutes) ; un afficheur de niveau et un enregistreur "
           "sont installés en régie façade. L'environnement scénique (habillage de scène, écrans LED, "
           "pendrillons) est conçu en concertation avec le directeur artistique."),
         H("Article 5 – Distribution électrique"),
         P("Les besoins électriques sont couverts par raccordement aux armoires de distribution du parc "
           "(puissance disponible 250 kVA). Le recours à un groupe électrogène est limité au secours de la "
           "scène principale ; ce groupe fonctionne au carburant HVO. Les éclairages d'ambiance sont à LED."),
         H("Article 6 – Restauration des équipes"),
         P("Le titulaire organise les repas de ses équipes techniques. L'accès des véhicules de service au site "
           "est limité aux créneaux de 7 h à 10 h."),
         H("Article 7 – Sécurité"),
         P("Le titulaire remet, trois semaines avant le montage, les notes de calcul des structures, les "
           "attestations de montage et le plan d'implantation. Un chargé de sécurité est présent pendant toute "
           "l'exploitation."),
         H("Article 8 – Vaisselle, tri et réduction des déchets de la manifestation"),
         P("La manifestation est organisée sans vaisselle jetable. Le titulaire fournit aux associations de la "
           "zone de restauration 8 000 gobelets réutilisables consignés (1 €), 4 000 assiettes et 4 000 "
           "couverts lavables ; il en assure la collecte, le lavage sur site ou en station de lavage et le "
           "réassort pendant la manifestation."),
         P("Il installe douze points de tri à trois flux (emballages recyclables, biodéchets, déchets "
           "résiduels), chacun équipé d'une signalétique explicite, et affecte pendant les heures d'ouverture "
           "deux agents chargés d'orienter le public et de vérifier la qualité du tri. Les biodéchets sont "
           "remis à la plateforme de compostage de Varenne-le-Comte."),
         SPLIT("Les éléments de décor et de signalétique sont réalisés en matériaux de réemploi ou biosourcés "
               "(bois non traité, carton, textile recyclé), ne portent pas de millésime afin d'être réutilisés "
               "les années suivantes et sont stockés par le titulaire",
               "dans l'attente de l'édition suivante. Dans le mois qui suit la manifestation, le titulaire remet "
               "un bilan des déchets indiquant, par flux, les quantités pesées et leur destination."),
         H("Article 9 – Remise en état du parc"),
         P("À l'issue du démontage, le titulaire procède au nettoyage complet du parc et des abords. Les dégâts "
           "causés aux pelouses sont constatés contradictoirement ; leur remise en état est à sa charge."),
         H("Article 10 – Réunions"),
         P("Trois réunions de préparation sont prévues (avril, mai, juin) ainsi qu'un débriefing en juillet.")]
    lab = L(clause_environnementale=1,
            evidence=["La manifestation est organisée sans vaisselle jetable.",
                      "8 000 gobelets réutilisables consignés",
                      "douze points de tri à trois flux",
                      "réalisés en matériaux de réemploi ou biosourcés"])
    return DOC("14-CCTP-CASV-FETE-2027.pdf", "CCTP", lab, b,
               "CA Sud-Varenne – CCTP Fête de la Varenne 2027", "CCTP – Fête de la Varenne", hyphen=True,
               sector="événementiel",
               tests="vaisselle réutilisable, tri trois flux, décors biosourcés/réemploi, groupe au HVO ; sosies "
                     "« environnement scénique », rappel du niveau sonore réglementaire ; phrase coupée par un "
                     "saut de page ; césures")


def doc15():
    b = [TITLE("LABORATOIRE DÉPARTEMENTAL D'ANALYSES DE LA VÉZOULIÈRE (LDA 27)",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Fourniture de consommables de laboratoire",
               "Lot 1 : pointes de pipettes, tubes et microplaques",
               "Accord-cadre à bons de commande – Réf. LDA-2027-CONSO"),
         H("Article 1 – Contexte"),
         P("Le LDA 27 réalise des analyses de santé animale, d'hygiène alimentaire et d'hydrologie (eaux de "
           "consommation, eaux de baignade, eaux résiduaires). Il est accrédité par le COFRAC selon la norme "
           "NF EN ISO/IEC 17025. Les analyses environnementales (eaux, boues, sols) représentent 35 % de son "
           "activité."),
         P("La consultation est allotie en quatre lots : lot 1 – pointes, tubes et microplaques ; lot 2 – "
           "verrerie ; lot 3 – milieux de culture ; lot 4 – équipements de protection individuelle. Le présent "
           "CCTP concerne le lot 1."),
         H("Article 2 – Désignation des produits"),
         TAB([["Famille", "Caractéristiques principales", "Quantité annuelle indicative"],
              ["Pointes à filtre 10, 200 et 1000 µL", "stériles, sans RNase/DNase, compatibles pipettes Gilson "
               "et Eppendorf", "380 000"],
              ["Tubes 1,5 et 2 mL", "polypropylène, bouchon à charnière", "120 000"],
              ["Microplaques 96 puits", "fond plat, traitées culture cellulaire", "6 500"]], widths=[1.6, 3, 1.4]),
         H("Article 3 – Qualité et conformité"),
         P("Chaque lot de fabrication est accompagné d'un certificat d'analyse (stérilité, absence de pyrogènes et "
           "d'inhibiteurs PCR). Les produits ne doivent pas contenir de phtalates ni d'agents glissants "
           "susceptibles d'interférer avec les analyses."),
         H("Article 4 – Commandes et délais"),
         P("Les commandes sont passées par courriel ou via le portail du titulaire. Le délai de livraison est de "
           "cinq jours ouvrés ; il est ramené à 48 heures pour les commandes qualifiées d'urgentes, dans la limite "
           "de six par an."),
         H("Article 5 – Échantillons et essais"),
         P("Les échantillons remis avec l'offre font l'objet d'essais en conditions réelles. Tout changement de "
           "référence en cours d'exécution est soumis à l'accord préalable du responsable qualité."),
         H("Article 6 – Conditionnement, livraisons et reprise"),
         P("6.1 – Les pointes de pipettes de 200 et 1000 µL sont fournies en système de recharge (plateaux à "
           "insérer dans des boîtes réutilisables) ; les boîtes rigides à usage unique ne sont admises que pour "
           "les pointes de 10 µL."),
         P("6.2 – Le titulaire reprend gratuitement, au moins une fois par trimestre, les boîtes et portoirs vides "
           "en vue de leur réutilisation ou de leur recyclage et justifie de leur destination."),
         P("6.3 – Les livraisons sont regroupées : une livraison par semaine au plus, hors commandes urgentes. "
           "Les colis sont calés au papier ou au carton ; le polystyrène expansé est proscrit."),
         H("Article 7 – Stockage"),
         P("Les produits sont livrés au magasin du laboratoire (rez-de-chaussée, quai n° 2). La durée de validité "
           "résiduelle à la livraison est d'au moins douze mois."),
         H("Article 8 – Suivi de l'exécution"),
         P("Le titulaire transmet chaque année un état des quantités livrées par référence et des reprises "
           "effectuées. Une réunion annuelle fait le point sur les non-conformités et les évolutions de gamme.")]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=4,
            evidence=["allotie en quatre lots",
                      "sont fournies en système de recharge",
                      "Le titulaire reprend gratuitement, au moins une fois par trimestre, les boîtes et portoirs vides",
                      "le polystyrène expansé est proscrit"])
    return DOC("15-CCTP-LDA-2027-CONSO-lot1.docx", "CCTP", lab, b,
               "LDA 27 – CCTP lot 1 – Consommables", "LDA-2027-CONSO – CCTP lot 1", sector="laboratoires",
               tests="systèmes de recharge, reprise des boîtes vides, livraisons regroupées ; sosie « analyses "
                     "environnementales » (activité de l'acheteur)")


def doc16():
    b = [TITLE("Avis de marché", "Travaux", "Directive 2014/24/UE"),
         H("Section I : Pouvoir adjudicateur"),
         P("I.1) Nom et adresses : Syndicat mixte d'assainissement de la Basse-Sorne (SMABS), 7 quai des "
           "Tanneries, 71310 Sorne-la-Vieille, France. Numéro national d'identification : 257 101 342 00026. "
           "Courriel : marches@smabs.fr. Code NUTS : FRC13. Adresse principale : https://www.smabs.fr. Adresse "
           "du profil d'acheteur : https://marches.smabs.fr"),
         P("I.4) Type de pouvoir adjudicateur : Autorité régionale ou locale"),
         P("I.5) Activité principale : Logement et équipements collectifs"),
         H("Section II : Objet"),
         P("II.1.1) Intitulé : Réhabilitation et renouvellement des réseaux d'eaux usées – programme 2027-2028. "
           "Numéro de référence : SMABS-2027-RES"),
         P("II.1.2) Code CPV principal : 45232410"),
         P("II.1.3) Type de marché : Travaux"),
         P("II.1.4) Description succincte : Renouvellement de collecteurs d'eaux usées en tranchée ouverte, "
           "réhabilitation par chemisage continu et reprise des branchements sur les communes de Sorne-la-"
           "Vieille, Cuzelles et Marigny-le-Pont."),
         P("II.1.5) Valeur totale estimée : Valeur hors TVA : 5 900 000 EUR"),
         P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être "
           "soumises pour tous les lots. Nombre maximal de lots qui peuvent être attribués à un soumissionnaire : 2"),
         H("II.2) Description"),
         P("II.2.1) Intitulé : Renouvellement en tranchée ouverte – secteur Sorne-la-Vieille. Lot nº : 1"),
         P("II.2.5) Critères d'attribution : Critère de qualité - Nom : Valeur technique / Pondération : 30 ; "
           "Critère de qualité - Nom : Empreinte carbone des canalisations et du transport des matériaux (kg "
           "éq. CO2 calculés selon le cadre de réponse) / Pondération : 10 ; Prix - Pondération : 60"),
         P("II.2.6) Valeur estimée : Valeur hors TVA : 3 100 000 EUR"),
         P("II.2.7) Durée du marché : 14 mois. Ce marché peut faire l'objet d'une reconduction : non"),
         P("II.2.1) Intitulé : Renouvellement en tranchée ouverte – secteurs Cuzelles et Marigny-le-Pont. Lot nº : 2"),
         P("II.2.5) Critères d'attribution : Critère de qualité - Nom : Valeur technique / Pondération : 30 ; "
           "Critère de qualité - Nom : Empreinte carbone des canalisations et du transport des matériaux / "
           "Pondération : 10 ; Prix - Pondération : 60"),
         P("II.2.6) Valeur estimée : Valeur hors TVA : 1 900 000 EUR"),
         P("II.2.1) Intitulé : Réhabilitation sans tranchée (chemisage) et branchements. Lot nº : 3"),
         P("II.2.5) Critères d'attribution : Critère de qualité - Nom : Valeur technique / Pondération : 40 ; "
           "Prix - Pondération : 60"),
         P("II.2.6) Valeur estimée : Valeur hors TVA : 900 000 EUR"),
         P("II.2.10) Variantes : des variantes seront prises en considération : non"),
         P("II.2.13) Le contrat s'inscrit dans un projet/programme financé par des fonds de l'Union "
           "européenne : non"),
         H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
         P("III.1.1) Habilitation à exercer l'activité professionnelle : liste et description succincte des "
           "conditions : déclaration sur l'honneur (DC1 ou DUME)."),
         P("III.1.3) Capacité technique et professionnelle : liste des travaux exécutés au cours des cinq "
           "dernières années ; certificats de qualification FNTP 5132 et 5313 ou équivalent."),
         P("III.2.2) Conditions particulières d'exécution : 1° Clause d'insertion : les titulaires réalisent une "
           "action d'insertion au profit de personnes éloignées de l'emploi, à hauteur de 800 heures pour le lot "
           "1, 600 heures pour le lot 2 et 250 heures pour le lot 3. 2° Matériaux et chantier : les déblais "
           "reconnus aptes après caractérisation sont réutilisés en remblai des tranchées à hauteur d'au moins "
           "40 % des volumes extraits ; les engins de plus de 56 kW sont conformes à la phase V du règlement (UE) "
           "2016/1628 ou équipés d'un filtre à particules ; les pistes et zones de stockage sont arrosées pour "
           "limiter les envols de poussières."),
         H("Section IV : Procédure"),
         P("IV.1.1) Type de procédure : Procédure ouverte"),
         P("IV.1.8) Information concernant l'accord sur les marchés publics (AMP) : le marché est couvert par "
           "l'accord sur les marchés publics : oui"),
         P("IV.2.2) Date limite de réception des offres ou des demandes de participation : 07/06/2027 à 12:00"),
         P("IV.2.6) Délai minimal pendant lequel le soumissionnaire est tenu de maintenir son offre : 6 mois"),
         H("Section VI : Renseignements complémentaires"),
         P("VI.3) Informations complémentaires : Une visite des sites est recommandée. Le facilitateur de la "
           "clause d'insertion est la Maison de l'emploi du Pays de Sorne."),
         P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Sornevale"),
         P("VI.5) Date d'envoi du présent avis : 28/04/2027")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1650, clause_environnementale=1,
            critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=5900000,
            evidence=["Ce marché est divisé en lots : oui", "Lot nº : 3", "Valeur hors TVA : 5 900 000 EUR",
                      "800 heures pour le lot 1, 600 heures pour le lot 2 et 250 heures pour le lot 3",
                      "[800 + 600 + 250 = 1 650]",
                      "Empreinte carbone des canalisations",
                      "réutilisés en remblai des tranchées"])
    return DOC("16-AVIS-JOUE-SMABS-2027-RES.txt", "AVIS", lab, b, sector="travaux (réseaux)",
               tests="avis JOUE texte : critère d'empreinte carbone sur deux lots sur trois, conditions "
                     "d'exécution (réemploi des déblais, engins phase V, poussières) mêlées à l'insertion ; "
                     "heures par lot à additionner ; valeurs par lot pièges")


def doc17():
    b = [TITLE("DÉPARTEMENT DE LA VÉZOULIÈRE – Direction des systèmes d'information",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Tierce maintenance applicative du progiciel SOLIS (aides sociales et insertion)",
               "Marché n° 27-DSI-0031"),
         H("1. Objet du marché"),
         P("Le marché porte sur la tierce maintenance applicative (TMA) corrective, préventive, adaptative et "
           "évolutive du progiciel SOLIS, utilisé par la Direction de la solidarité pour l'instruction et le "
           "paiement du RSA, de l'APA et de la PCH, ainsi que de ses interfaces. Il s'agit d'un marché unique, "
           "non alloti, les prestations portant sur un même périmètre applicatif."),
         H("2. Environnement technique"),
         P("SOLIS est une application Java 21 (Spring Boot) adossée à une base PostgreSQL 15, exposée aux agents "
           "via un portail web et interfacée avec les systèmes de la CAF, de la MSA et de France Travail par "
           "échanges de fichiers et API REST. Le code source est hébergé sur la forge GitLab du Département."),
         P("Quatre environnements sont mis à disposition du titulaire :"),
         TAB([["Environnement", "Usage", "Accès du titulaire"],
              ["Développement", "réalisation des correctifs et évolutions", "complet"],
              ["Recette", "recette fonctionnelle par le titulaire puis par le Département", "déploiement"],
              ["Préproduction", "qualification, tests de charge, répétition des mises en production", "lecture"],
              ["Production", "exploitation par les agents", "aucun (sauf incident majeur, sur autorisation)"]],
             widths=[1.3, 3, 1.7]),
         P("Les variables d'environnement et les secrets applicatifs sont gérés dans le coffre-fort numérique du "
           "Département ; ils ne sont jamais stockés dans le dépôt de code."),
         H("3. Prestations de maintenance corrective"),
         P("Les anomalies sont classées en trois niveaux : bloquante (application indisponible ou paiement "
           "impossible), majeure (fonction dégradée sans contournement), mineure. Les délais de prise en compte "
           "et de correction sont les suivants :"),
         TAB([["Niveau", "Prise en compte", "Contournement", "Correction définitive"],
              ["Bloquante", "1 heure ouvrée", "4 heures ouvrées", "2 jours ouvrés"],
              ["Majeure", "4 heures ouvrées", "2 jours ouvrés", "10 jours ouvrés"],
              ["Mineure", "1 jour ouvré", "sans objet", "prochaine version"]], widths=[1.2, 1.4, 1.4, 1.6]),
         H("4. Maintenance évolutive"),
         P("Les évolutions sont commandées par bons de commande sur la base d'unités d'œuvre (UO) chiffrées au "
           "BPU. Chaque demande fait l'objet d'une proposition technique et financière dans un délai de dix jours "
           "ouvrés. Les évolutions réglementaires (revalorisations, réformes des prestations) sont prioritaires."),
         H("5. Mises en production"),
         P("Les livraisons sont effectuées dans l'environnement de recette sous forme de paquets versionnés, "
           "accompagnés des notes de version et des scripts de migration. La mise en production est réalisée par "
           "l'équipe d'exploitation du Département, au plus une fois par mois hors correctifs bloquants."),
         H("6. Réversibilité"),
         P("Six mois avant l'échéance du marché, le titulaire remet un plan de réversibilité. Il assure le "
           "transfert de connaissances au profit du Département ou du nouveau prestataire pendant trois mois, "
           "sans surcoût."),
         H("7. Plan d'assurance qualité"),
         P("Le titulaire remet un plan d'assurance qualité (PAQ) dans le mois suivant la notification. Le PAQ "
           "décrit l'organisation de l'équipe, les outils, la gestion des configurations, les indicateurs de "
           "service et la procédure d'escalade."),
         H("8. Sécurité et protection des données"),
         P("Le titulaire respecte la politique de sécurité des systèmes d'information du Département. Les "
           "données de production, qui comprennent des données sensibles au sens du RGPD, ne sont jamais "
           "copiées vers les environnements de développement sans anonymisation préalable."),
         H("9. Comité de pilotage"),
         P("Un comité de suivi mensuel et un comité de pilotage semestriel sont organisés. Le titulaire y "
           "présente les indicateurs de service (respect des délais, taux de régression, anomalies ouvertes).")]
    lab = L(allotissement=0, evidence=["Il s'agit d'un marché unique, non alloti"])
    return DOC("17-CCTP-27-DSI-0031.docx", "CCTP", lab, b,
               "Département de la Vézoulière – CCTP TMA SOLIS", "27-DSI-0031 – CCTP", sector="informatique",
               tests="négatif : « environnement » au sens informatique (développement, recette, préproduction, "
                     "production, variables d'environnement) ; « insertion » dans le nom du progiciel")


def doc18():
    c = C("le SMICTOM", "Sornevale", ccag="fournitures courantes et services",
          profil="https://marches.smictom-lesterps.fr", ref="SMICTOM-2027-COL")
    b = [TITLE("SMICTOM DU PAYS DE LESTERPS",
               "Syndicat mixte intercommunal de collecte et de traitement des ordures ménagères",
               "RÈGLEMENT DE LA CONSULTATION",
               "Collecte des déchets ménagers et assimilés et exploitation du haut de quai des déchèteries",
               "Appel d'offres ouvert – Réf. SMICTOM-2027-COL"),
         H("Article 1 – Objet"),
         P("La consultation porte sur la collecte en porte-à-porte des ordures ménagères résiduelles et des "
           "emballages ménagers recyclables, la collecte en points d'apport volontaire du verre, la collecte "
           "séparée des biodéchets des gros producteurs et l'exploitation du haut de quai des cinq déchèteries "
           "du syndicat, pour 41 communes et 58 300 habitants."),
         P("Le syndicat poursuit l'objectif, fixé par son programme local de prévention des déchets ménagers et "
           "assimilés, de réduire de 15 % les ordures ménagères résiduelles d'ici 2030 ; le service de collecte "
           "est organisé pour accompagner l'extension des consignes de tri et le tri à la source des biodéchets."),
         H("Article 2 – Allotissement"),
         RTAB([["Lot", "Intitulé", "Durée"],
               ["1", "Collecte des OMR et des emballages en porte-à-porte ; biodéchets des gros producteurs",
                "6 ans"],
               ["2", "Collecte du verre en points d'apport volontaire", "6 ans"],
               ["3", "Exploitation du haut de quai des déchèteries (gardiennage, accueil, orientation des usagers)",
                "6 ans"]], widths=[0.6, 5, 1]),
         P("Les candidats peuvent répondre à un, plusieurs ou à la totalité des lots."),
         H("Article 3 – Montant estimé"),
         P("Le montant total estimé des trois lots, sur toute la durée des marchés, est de 7~200" + SB + "000 € HT."),
         ] + f_rc_dce(c, 1) + f_rc_candidature(c, 0, extra=["la copie du récépissé de déclaration de l'activité de "
                                                            "transport de déchets (article R. 541-50 du code de "
                                                            "l'environnement) ;"]) + \
        f_rc_offre(c, 0, pieces=["le BPU et le DQE du lot ;", "le cadre de réponse technique du lot ;"]) + [
         H("Article # – Jugement des offres"),
         P("Les offres sont classées, pour chaque lot, selon les critères pondérés suivants :"),
         RTAB([["Critère", "Lots 1 et 2", "Lot 3"],
               ["Prix", "50 %", "45 %"],
               ["Valeur technique", "40 %", "45 %"],
               ["– organisation des tournées, fréquences et gestion des jours fériés", "20 %", "–"],
               ["– moyens matériels : nombre de bennes, maintenance, véhicules de réserve", "10 %", "–"],
               ["– moyens humains et encadrement", "10 %", "–"],
               ["– accueil des usagers, plannings d'ouverture, sécurité du haut de quai", "–", "45 %"],
               ["Performance en matière d'insertion professionnelle des publics en difficulté", "10 %", "10 %"]],
              widths=[4, 1.1, 1], align="lrr"),
         P("Le critère relatif à l'insertion est apprécié au vu des engagements du candidat sur le nombre "
           "d'heures confiées à des personnes éloignées de l'emploi et sur l'accompagnement proposé (tutorat, "
           "formation)."),
         ] + f_rc_nego(c, 1) + f_rc_remise(c, 2, date="mardi 11 mai 2027 à 12 h 00") + f_rc_validite(c, 0, 180) + \
        f_rc_attribution(c, 1)
    lab = L(critere_social=1, allotissement=1, nb_lots=3, montant_estime_ht=7200000,
            evidence=["Les candidats peuvent répondre à un, plusieurs ou à la totalité des lots.",
                      "Le montant total estimé des trois lots, sur toute la durée des marchés, est de 7~200~000 € HT",
                      "Performance en matière d'insertion professionnelle des publics en difficulté"])
    return DOC("18-RC-SMICTOM-2027-COL.pdf", "RC", lab, b, "SMICTOM du Pays de Lesterps – RC collecte",
               "RC – SMICTOM-2027-COL", sector="déchets (objet)",
               tests="négatif : l'objet même est environnemental (collecte, tri, biodéchets, programme de "
                     "prévention) et critères prix/technique seulement ; rappel du code de l'environnement en "
                     "capacité ; critère social présent")


def doc19():
    c = C("la Ville de Port-Sainte-Aure", "Sornevale", ccag="travaux", delai=30, ref="PSA-2027-12")
    b = [TITLE("VILLE DE PORT-SAINTE-AURE – Direction des espaces publics",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Désimperméabilisation et végétalisation des cours des écoles Pasteur et Les Mouettes",
               "Plantation d'arbres d'alignement avenue du Môle",
               "Marché de travaux – procédure adaptée – n° PSA-2027-12"),
         H("Article 1 – Objet du marché"),
         P("Les travaux consistent à dépaver partiellement les cours des écoles Pasteur et Les Mouettes, à "
           "créer des noues d'infiltration et des îlots de fraîcheur plantés, et à planter trente-huit arbres "
           "d'alignement avenue du Môle, dans le cadre du plan « Ville fraîche » adopté par le conseil municipal."),
         P("Le marché est décomposé en deux lots : lot 1 – démolition des revêtements, terrassements, VRD et "
           "noues ; lot 2 – fourniture et plantation des végétaux, paillage et arrosage de confortement."),
         ] + f_pieces(c, 0, extra=["le cahier des clauses techniques particulières (CCTP) et ses annexes ;",
                                   "le bordereau des prix unitaires et le détail estimatif ;"]) + [
         H("Article # – Délais d'exécution"),
         P("Les travaux du lot 1 sont réalisés pendant les vacances scolaires d'été (du 7 juillet au 29 août "
           "2027). Les plantations du lot 2 sont réalisées pendant la période de repos végétatif, entre le "
           "15 novembre 2027 et le 15 mars 2028 ; aucune plantation n'est admise par temps de gel."),
         H("Article # – Préparation du chantier"),
         P("La période de préparation est fixée à trois semaines. Le titulaire du lot 1 établit le plan "
           "d'installation de chantier et le fait valider par la directrice des écoles et la police municipale. "
           "Les clôtures de chantier sont pleines, d'une hauteur de 2 m, et ne laissent aucun accès aux élèves."),
         H("Article # – Respect de la réglementation"),
         P("Le titulaire se conforme aux lois et reglements en vigueur, notamment au code de l'environnement, au "
           "règlement sanitaire départemental et au règlement de voirie de la Ville. Les terres et gravats "
           "excavés sont évacués vers des installations dûment autorisées à les recevoir, conformément à la "
           "réglementation applicable ; les bordereaux correspondants sont tenus à la disposition du maître "
           "d'œuvre."),
         H("Article # – Garantie de reprise des végétaux"),
         P("Le titulaire du lot 2 garantit la reprise des végétaux pendant deux saisons de végétation. Tout "
           "sujet mort, dépérissant ou dont la flèche est cassée est remplacé à l'identique, à ses frais, lors de "
           "la saison de plantation suivante. Les arrosages de confortement sont à sa charge pendant la durée de "
           "la garantie, à raison de quinze passages par an."),
         ] + f_prix(c, 0, index="l'index TP02 (travaux d'infrastructure de transport) pour le lot 1 et l'index "
                                "TP01 pour le lot 2") + f_avance(c, 2) + f_garantie(c, 0) + f_paiement(c, 2) + \
        f_penalites(c, 1, montant="200") + [
         H("Article # – Réception"),
         P("La réception du lot 2 est prononcée à l'achèvement des plantations ; elle fait courir le délai de "
           "garantie de reprise défini ci-dessus. Les végétaux non conformes aux prescriptions du CCTP (force, "
           "forme, état sanitaire) sont refusés au moment de la livraison."),
         ] + f_assurances(c, 0) + f_soustraitance(c, 0) + f_resiliation(c, 2) + f_litiges(c, 1)
    lab = L(allotissement=1, nb_lots=2, evidence=["Le marché est décomposé en deux lots"])
    return DOC("19-CCAP-PSA-2027-12.pdf", "CCAP", lab, b, "Ville de Port-Sainte-Aure – CCAP cours végétalisées",
               "PSA-2027-12 – CCAP", cols=2, sector="espaces verts / travaux",
               tests="négatif : objet environnemental (désimperméabilisation, plantations, plan « Ville fraîche ») ; "
                     "rappel du code de l'environnement et de la réglementation des déchets ; garantie de reprise "
                     "des végétaux ; deux colonnes")


def doc20():
    b = [TITLE("SYNDICAT D'ÉNERGIES DE L'ARGENTIÈRE (SDEA)",
               "ACTE D'ENGAGEMENT",
               "Accord-cadre de prestations intellectuelles : audits énergétiques des bâtiments publics et études "
               "d'opportunité photovoltaïque",
               "Marché n° SDEA-2027-AUD"),
         H("Article 1 – Identification de l'acheteur"),
         P("Syndicat d'énergies de l'Argentière, 14 avenue de la Libération, 47310 Castelbrun. Personne habilitée "
           "à donner les renseignements prévus à l'article R. 2191-59 du code de la commande publique : le "
           "Président du SDEA. Comptable assignataire : le payeur départemental de l'Argentière."),
         H("Article 2 – Objet"),
         P("Le présent accord-cadre a pour objet la réalisation, pour le compte des communes adhérentes au service "
           "de conseil en énergie partagé, d'audits énergétiques de bâtiments tertiaires publics conformes à la "
           "norme NF EN 16247-2, de scénarios de travaux permettant d'atteindre les objectifs de réduction des "
           "consommations du dispositif « éco énergie tertiaire », et d'études d'opportunité pour l'installation "
           "de centrales photovoltaïques en toiture."),
         P("L'accord-cadre n'est pas alloti : les audits et les études d'opportunité portent sur les mêmes "
           "bâtiments et exigent une analyse commune."),
         H("Article 3 – Engagement du titulaire"),
         P("Après avoir pris connaissance du CCAP, du CCTP et des documents qui y sont mentionnés, je m'engage "
           "(nous nous engageons) sans réserve, conformément aux stipulations des documents précités, à exécuter "
           "les prestations aux prix du bordereau des prix unitaires annexé."),
         TAB([["Candidat individuel ou mandataire du groupement", ""],
              ["Adresse, SIRET", ""],
              ["Forme du groupement éventuel (conjoint / solidaire)", ""]], widths=[3, 2.5], header=False),
         H("Article 4 – Montant de l'accord-cadre"),
         P("L'accord-cadre est exécuté par bons de commande, sans montant minimum, dans la limite d'un montant "
           "maximum de 90~000 € HT pour toute sa durée."),
         H("Article 5 – Durée"),
         P("L'accord-cadre est conclu pour vingt-quatre mois à compter de sa notification. Il n'est pas "
           "reconductible. Les bons de commande émis avant l'échéance s'exécutent jusqu'à leur terme."),
         H("Article 6 – Délais d'exécution"),
         P("Le délai de remise du rapport d'audit est de huit semaines à compter de la visite du bâtiment ; celui "
           "de l'étude d'opportunité photovoltaïque, de six semaines. Le candidat peut proposer des délais plus "
           "courts : ......... semaines (audit) ; ......... semaines (étude PV)."),
         H("Article 7 – Clauses sociales et environnementales"),
         P("Le présent accord-cadre ne comporte pas de clause d'exécution à caractère social ou environnemental "
           "spécifique, ses prestations ayant elles-mêmes pour objet l'amélioration de la performance "
           "énergétique du patrimoine des adhérents."),
         H("Article 8 – Avance"),
         P("Le titulaire renonce au bénéfice de l'avance : [ ] oui  [ ] non."),
         H("Article 9 – Paiements"),
         P("Le pouvoir adjudicateur se libère des sommes dues en faisant porter le montant au crédit du compte "
           "ouvert au nom du titulaire (joindre un RIB)."),
         H("Article 10 – Signature"),
         P("À ......................., le ...................... Le candidat (signature électronique). "
           "Acceptation de l'offre par le Président du SDEA : à Castelbrun, le ......................")]
    lab = L(allotissement=0, montant_max_ht=90000,
            evidence=["L'accord-cadre n'est pas alloti", "montant maximum de 90~000 € HT pour toute sa durée"])
    return DOC("20-AE-SDEA-2027-AUD.docx", "AE", lab, b, "SDEA – Acte d'engagement – Audits énergétiques",
               "SDEA-2027-AUD – AE", sector="énergie (audits)",
               tests="négatif : l'objet (audits énergétiques, photovoltaïque, décret tertiaire) est "
                     "environnemental ; article qui écarte expressément toute clause sociale ou environnementale")


def doc21():
    c = C("la commune de Lavernoux-sur-Sorne", "Sornevale", ccag="travaux", delai=30, ref="LSS-2027-GS")
    b = [TITLE("COMMUNE DE LAVERNOUX-SUR-SORNE",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Extension et restructuration du groupe scolaire Marie-Curie",
               "Marché de travaux – procédure adaptée – Consultation n° LSS-2027-GS",
               "CCAP commun à tous les lots"),
         H("Article 1 – Objet et décomposition du marché"),
         P("Les travaux portent sur la construction d'une extension de quatre classes et d'un restaurant scolaire "
           "(680 m² de surface de plancher) et sur la restructuration du bâtiment existant, réalisées en site "
           "occupé. Ils sont répartis en huit lots :"),
         RTAB([["Lot", "Désignation"],
               ["01", "Gros œuvre – démolitions"], ["02", "Charpente – couverture – zinguerie"],
               ["03", "Menuiseries extérieures aluminium"], ["04", "Plâtrerie – isolation – faux plafonds"],
               ["05", "Menuiseries intérieures"], ["06", "Revêtements de sols – faïence"],
               ["07", "Plomberie – chauffage – ventilation"], ["08", "Électricité courants forts et faibles"]],
              widths=[0.6, 5]),
         P("L'estimation prévisionnelle de l'ensemble des lots, établie au stade du dossier de consultation, est "
           "de 2~300" + SB + "000 € HT."),
         ] + f_pieces(c, 1, extra=["le CCTP de chaque lot", "le calendrier prévisionnel d'exécution",
                                   "le plan général de coordination"]) + [
         H("Article # – Délais d'exécution"),
         P("Le délai d'exécution de l'ensemble des lots est de quatorze mois, période de préparation de deux mois "
           "non comprise. Les travaux de restructuration du bâtiment existant sont réalisés pendant les vacances "
           "scolaires d'été 2027 et 2028 selon le phasage annexé."),
         H("Article # – Environnement du chantier et site occupé"),
         P("L'école reste en activité pendant toute la durée des travaux (230 élèves). Le chantier est séparé des "
           "espaces utilisés par les élèves par une clôture pleine ; les accès des entreprises se font par la rue "
           "des Tilleuls, les élèves continuant d'utiliser l'entrée de la place de l'Église. Les entreprises "
           "tiennent compte de cet environnement pour l'organisation de leurs livraisons, interdites de 8 h à "
           "8 h 45, de 11 h 30 à 13 h 30 et de 16 h 15 à 17 h."),
         P("Les horaires de travail sont ceux fixés par l'arrêté municipal du 4 mai 2019 relatif aux bruits de "
           "voisinage : 7 h 30 à 19 h du lundi au vendredi. Le travail le samedi est soumis à autorisation du "
           "maître d'ouvrage."),
         H("Article # – Propreté du chantier et gravois"),
         P("Chaque entreprise procède à l'enlèvement de ses propres gravois, chutes et emballages au fur et à "
           "mesure de l'avancement et laisse ses zones de travail propres en fin de journée. À défaut, après une "
           "mise en demeure restée sans effet sous 48 heures, le nettoyage est exécuté aux frais de l'entreprise "
           "défaillante ou, si elle ne peut être identifiée, imputé au compte prorata."),
         SPLIT("Les déchets de chantier sont gérés par chaque entreprise, en sa qualité de producteur, conformément "
               "aux articles L. 541-1 et suivants du code de l'environnement et à la réglementation",
               "applicable à chaque catégorie de déchets. Le brûlage de déchets sur le chantier est interdit, "
               "comme l'interdit le règlement sanitaire départemental."),
         H("Article # – Compte prorata"),
         P("Les dépenses d'intérêt commun (consommations d'eau et d'électricité du chantier, nettoyage des parties "
           "communes, clôtures) sont réparties entre les entreprises au prorata du montant de leurs marchés. Le "
           "titulaire du lot 01 en assure la gestion."),
         ] + f_prix(c, 2, index="l'index BT01 (tous corps d'état)") + f_avance(c, 0) + f_garantie(c, 2) + \
        f_paiement(c, 2) + f_penalites(c, 0, montant="250") + [
         H("Article # – Opérations préalables à la réception"),
         P("La réception est prononcée pour l'ensemble des lots à une date unique. Les dossiers des ouvrages "
           "exécutés (DOE) et les éléments du dossier d'intervention ultérieure sur l'ouvrage sont remis au "
           "maître d'œuvre au plus tard à la réception."),
         ] + f_assurances(c, 2) + f_soustraitance(c, 1) + f_resiliation(c, 0) + f_litiges(c, 2)
    lab = L(allotissement=1, nb_lots=8, montant_estime_ht=2300000,
            evidence=["Ils sont répartis en huit lots", "est de 2~300~000 € HT"])
    return DOC("21-CCAP-LSS-2027-GS.pdf", "CCAP", lab, b, "Commune de Lavernoux-sur-Sorne – CCAP groupe scolaire",
               "LSS-2027-GS – CCAP", hyphen=True, sector="travaux (bâtiment)",
               tests="négatif : « environnement du chantier » (site occupé), arrêté sur les bruits de voisinage, "
                     "propreté et gravois, rappel du code de l'environnement ; phrase coupée par un saut de page")


def doc22():
    c = C("l'Université", "Sornevale", profil="https://achats.univ-sornevale.fr", ref="US-2027-FB")
    b = [TITLE("UNIVERSITÉ DE SORNEVALE – Service des achats et des marchés",
               "RÈGLEMENT DE LA CONSULTATION",
               "Fournitures de bureau et consommables d'impression",
               "Accords-cadres à bons de commande – Procédure adaptée – Réf. US-2027-FB"),
         H("Article 1 – Objet et allotissement"),
         P("La consultation a pour objet la fourniture et la livraison de fournitures de bureau et de "
           "consommables d'impression pour les composantes, laboratoires et services de l'Université. Elle est "
           "décomposée en deux lots : lot 1 – fournitures de bureau et papeterie ; lot 2 – cartouches, toners "
           "et consommables d'impression."),
         H("Article 2 – Durée et montants"),
         P("Chaque accord-cadre est conclu pour un an, reconductible deux fois. Il est exécuté par bons de "
           "commande dans la limite des montants maximums suivants, fixés pour toute la durée de l'accord-cadre, "
           "reconductions comprises : lot 1 : 180~000 € HT ; lot 2 : 135~000 € HT. Aucun montant minimum n'est "
           "fixé."),
         H("Article 3 – Politique d'achat responsable de l'Université"),
         P("L'Université a adopté, par délibération de son conseil d'administration du 12 mars 2025, un schéma de "
           "promotion des achats socialement et écologiquement responsables (SPASER), consultable sur son site "
           "internet. Ce schéma fixe des orientations générales pour l'ensemble de ses achats ; il n'a pas de "
           "valeur contractuelle à l'égard des titulaires."),
         ] + f_rc_dce(c, 1) + f_rc_candidature(c, 1, extra=["à titre facultatif, un certificat ISO 9001 ou ISO "
                                                            "14001 ou toute description du système de management "
                                                            "du candidat, examinés au titre des capacités "
                                                            "techniques ;"]) + \
        f_rc_offre(c, 0, pieces=["le bordereau des prix unitaires et le catalogue remisé du lot ;"]) + [
         H("Article # – Jugement des offres et développement durable"),
         P("L'offre économiquement la plus avantageuse est déterminée, pour chaque lot, selon les critères "
           "suivants :"),
         TAB([["Critère", "Pondération"],
              ["Prix, apprécié sur un panier de références représentatif (DQE non contractuel)", "60 %"],
              ["Valeur technique", "40 %"],
              ["– délais de livraison et respect des commandes", "15 %"],
              ["– service après-vente, gestion des reliquats et des retours", "15 %"],
              ["– ergonomie de la plateforme de commande en ligne", "10 %"]], widths=[5, 1]),
         P("La note de valeur technique est attribuée au vu du mémoire technique et, pour le dernier sous-critère, "
           "d'une démonstration de la plateforme de commande."),
         ] + f_rc_nego(c, 2) + f_rc_remise(c, 0, date="mercredi 7 avril 2027 à 12 h 00") + f_rc_validite(c, 1, 90) + \
        f_rc_renseignements(c, 0, 7)
    lab = L(allotissement=1, nb_lots=2, montant_max_ht=315000,
            evidence=["Elle est décomposée en deux lots", "lot 1 : 180~000 € HT ; lot 2 : 135~000 € HT",
                      "[180 000 + 135 000 = 315 000]"])
    return DOC("22-RC-US-2027-FB.docx", "RC", lab, b, "Université de Sornevale – RC fournitures de bureau",
               "US-2027-FB – RC", sector="fournitures de bureau",
               tests="négatif : titre « développement durable » avec critères prix et technique seulement, "
                     "SPASER de l'acheteur sans obligation, ISO 14001 en capacité ; maximums par lot à additionner")


def doc23():
    b = [TITLE("Avis de marché", "BOAMP – Annonce n° 27-061477", "Services"),
         P("Département(s) de publication : 93"),
         H("Section 1 : Identification de l'acheteur"),
         P("Nom complet de l'acheteur : Centre communal d'action sociale (CCAS) de Vaubrevin"),
         P("Type de numéro national d'identification : SIRET"),
         P("N° national d'identification : 269 300 415 00017"),
         P("Ville : Vaubrevin"),
         P("Code postal : 93470"),
         P("Groupement de commandes : Non"),
         H("Section 2 : Communication"),
         P("Lien vers le profil d'acheteur : https://marches.ccas-vaubrevin.fr"),
         P("Identifiant interne de la consultation : CCAS-2027-NET"),
         P("Intégralité des documents sur le profil d'acheteur : Oui"),
         H("Section 3 : Procédure"),
         P("Type de procédure : Procédure adaptée ouverte"),
         P("Conditions de participation :"),
         P("Aptitude à exercer l'activité professionnelle : justificatif de la qualité d'entreprise adaptée ou "
           "d'établissement et service d'aide par le travail (ou structure équivalente)."),
         P("Capacité économique et financière : déclaration concernant le chiffre d'affaires des trois derniers "
           "exercices."),
         P("Capacités techniques et professionnelles : références de prestations de nettoyage de locaux "
           "recevant du public ; certification ISO 14001, écolabel européen « services de nettoyage intérieur » "
           "ou tout autre moyen de preuve équivalent d'une démarche de gestion environnementale de l'entreprise."),
         P("Marché réservé : Oui. Le marché est réservé, en application de l'article L. 2113-12 du code de la "
           "commande publique, aux entreprises adaptées, aux établissements et services d'aide par le travail "
           "et aux structures équivalentes employant une proportion minimale de 50 % de travailleurs handicapés."),
         P("Technique d'achat : Sans objet"),
         P("Date et heure limite de réception des plis : 03/05/27 à 12h00"),
         P("Possibilité d'attribution sans négociation : Oui"),
         P("Critères d'attribution : Prix des prestations : 50 % ; Valeur technique : 50 %, dont méthodologie et "
           "organisation des interventions (25 %), encadrement et continuité du service (15 %), contrôle de la "
           "qualité (10 %)."),
         H("Section 4 : Identification du marché"),
         P("Intitulé du marché : Nettoyage des locaux du CCAS et de la résidence autonomie Les Glycines"),
         P("Code CPV principal : 90919200 – Services de nettoyage de bureaux"),
         P("Type de marché : Services"),
         P("Description succincte du marché : nettoyage quotidien des bureaux du CCAS (1 100 m²), des parties "
           "communes et de la salle de restauration de la résidence autonomie Les Glycines (1 900 m²), vitrerie "
           "trimestrielle."),
         P("Lieu principal d'exécution : Vaubrevin"),
         P("Durée du marché (en mois) : 36"),
         P("Valeur estimée (H.T.) : 260 000 euros"),
         P("La consultation comporte des tranches : Non"),
         P("Marché alloti : Non"),
         H("Section 6 : Informations complémentaires"),
         P("Visite obligatoire : Oui. Visite des locaux le 14 avril 2027 à 10 h (inscription par courriel)."),
         P("Autres informations : Le CCAS s'inscrit dans la démarche d'achats responsables formalisée par le "
           "SPASER de la Ville de Vaubrevin. Les conditions d'exécution des prestations sont précisées au cahier "
           "des charges."),
         P("Date d'envoi du présent avis : 02/04/27")]
    lab = L(marche_reserve=1, reserve_base="L2113-12", allotissement=0, montant_estime_ht=260000,
            evidence=["Le marché est réservé, en application de l'article L. 2113-12 du code de la commande publique",
                      "Marché alloti : Non", "Valeur estimée (H.T.) : 260 000 euros"])
    return DOC("23-AVIS-BOAMP-27-061477.txt", "AVIS", lab, b, sector="nettoyage",
               tests="négatif environnemental : ISO 14001 / écolabel en capacité technique, SPASER en information ; "
                     "marché réservé L2113-12")


def doc24():
    d = dict(
        docid="287105-2027", edition="2027098", recid="27-082231-001", deldate="20270721", nooj="98",
        datepub="20270519", nodoc="2027/S 098-287105", url="https://www.ght-bassesorne.fr",
        cpv="09123000", cpvlabel="Gaz naturel", nuts="FRC13", total="4100000",
        dispatch="2027-05-14", deadline="2027-06-21", aacode="6", aalabel="Organisme de droit public",
        nccode="2", nclabel="Fournitures", accode="1", aclabel="Prix le plus bas",
        macode="H", malabel="Santé",
        buyer=dict(name="Centre hospitalier de Sorne-la-Vieille, établissement support du GHT Basse-Sorne",
                   siret="26710043900011", street="Rue du Docteur-Ravel", town="Sorne-la-Vieille", cp="71310",
                   contact="Direction des achats du GHT", mail="achats@ght-bassesorne.fr"),
        profile="https://marches.ght-bassesorne.fr", catype="BODY_PUBLIC", caact="HEALTH",
        joint="<JOINT_PROCUREMENT_INVOLVED/><PROCUREMENT_LAW>Droit français</PROCUREMENT_LAW>",
        title="Fourniture et acheminement de gaz naturel pour les établissements du GHT Basse-Sorne",
        ref="GHT-BS-2027-GAZ", ctype="SUPPLIES",
        descr="Accord-cadre de fourniture de gaz naturel et services associés pour les sites des sept "
              "établissements du groupement hospitalier de territoire. Consommation annuelle de référence "
              "estimée à 38 GWh PCS. Le prix comprend la fourniture de la molécule, l'acheminement sur les "
              "réseaux de transport et de distribution, la contribution tarifaire d'acheminement, l'accise sur "
              "le gaz naturel et le coût des obligations d'économies d'énergie (CEE) du fournisseur.",
        site="Sites hospitaliers et EHPAD du GHT Basse-Sorne.",
        lots=[dict(no="1", title="Sites à forte consommation (profils P013 et P014, plus de 5 GWh par an)",
                   cpv="09123000", value="3400000", months="24",
                   descr="Fourniture de gaz naturel pour les quatre sites à forte consommation ; prix fixe sur la "
                         "durée du marché subséquent.",
                   quality=[], price="100"),
              dict(no="2", title="Petits sites et EHPAD (profils P011 et P012)", cpv="09123000", value="700000",
                   months="24",
                   descr="Fourniture de gaz naturel pour les petits sites, EHPAD et logements de fonction.",
                   quality=[], price="100")],
        suitability="Autorisation de fourniture de gaz naturel délivrée par le ministre chargé de l'énergie "
                    "(article L. 443-1 du code de l'énergie) ou preuve de la déclaration correspondante.",
        framework="<FRAMEWORK><SEVERAL_OPERATORS/><NB_PARTICIPANTS>3</NB_PARTICIPANTS></FRAMEWORK>",
        info="Les marchés subséquents sont attribués au seul critère du prix, apprécié sur la base de la "
             "consommation de référence de chaque site. La fourniture de garanties d'origine de biométhane "
             "n'est pas demandée dans le cadre du présent accord-cadre. Le détail de la composition du prix "
             "figure au cadre de réponse financier.",
        review="Référé précontractuel et contractuel selon les articles L. 551-1 et L. 551-13 du code de "
               "justice administrative.",
        ta="Dijonval", tastreet="22 rue d'Assas", tacp="21000", tamail="dijonval")
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=4100000,
            evidence=["Petits sites et EHPAD (profils P011 et P012)", "[LOT_DIVISION/LOT_ALL ; LOT_NO 1 et 2]",
                      "[VAL_ESTIMATED_TOTAL :]", "4100000"])
    return DOC("24-TED-287105-2027.xml", "AVIS", lab, xml=ted_f02(d), sector="énergie (gaz)",
               tests="négatif TED XML : consommation et CEE comme composantes du prix, prix seul critère, "
                     "biométhane expressément non demandé")


def doc25():
    d = dict(
        buyer=dict(name="Port de Sorneville – Établissement public portuaire", siret="77560213400029",
                   street="Capitainerie, 1 quai de l'Escale", town="Sorneville", cp="29810",
                   contact="Service de la commande publique", mail="marches@port-sorneville.fr",
                   url="https://www.port-sorneville.fr", profile="https://marches.port-sorneville.fr"),
        nuts="FRH02", ta="Kerbrévan-sur-Vilaine", uuid="0b9d3e71-5c2a-4f86-b1d4-9e07a2c3f618",
        folder="5f31c8a0-d247-4e9b-86a1-c0b7e92d4f53", date="2027-06-02", legaltype="body-pl",
        actlist="entity-activity", activity="port",
        ref="PSV-2027-SI-02", nature="services", cpv="72500000", total="1150000",
        title="Hébergement, infogérance et maintien en condition opérationnelle du système d'information portuaire",
        descr="Hébergement en centre de données, infogérance des infrastructures et maintien en condition "
              "opérationnelle du système d'information portuaire (guichet unique des escales, gestion des "
              "postes à quai, facturation des droits de port) : environnements de production, de "
              "préproduction et de formation, sauvegardes externalisées et plan de reprise d'activité.",
        note="Le marché n'est pas alloti : les prestations d'hébergement et d'infogérance portent sur un même "
             "système et leur séparation nuirait à la continuité du service.",
        lots=[dict(id="LOT-0000", internal="Lot unique", name="Hébergement et infogérance du SI portuaire",
                   descr="Hébergement des environnements de production, préproduction et formation ; supervision "
                         "24/7 ; gestion des correctifs de sécurité ; réversibilité.",
                   value="1150000", cpv="72500000", months="48",
                   selection="Certification ISO/IEC 27001 du centre de données ou preuve équivalente ; références "
                             "d'infogérance d'applications critiques en 24/7.",
                   criteria=[("price", "Prix", "Coût global sur 48 mois (DQE).", "40"),
                             ("quality", "Valeur technique", "Architecture d'hébergement, niveaux de service, "
                              "sécurité, supervision et plan de reprise d'activité.", "45"),
                             ("quality", "Réversibilité", "Plan de réversibilité et modalités de restitution des "
                              "données et des environnements.", "15")],
                   strategic=[("strategic-procurement", "none")])])
    lab = L(allotissement=0, montant_estime_ht=1150000,
            evidence=["Le marché n'est pas alloti", "[EstimatedOverallContractAmount :]", "1150000"])
    return DOC("25-eForms-PSV-2027-SI-02.xml", "AVIS", lab, xml=eforms_cn(d), sector="informatique (hébergement)",
               tests="négatif eForms : environnements de production/préproduction (sens informatique), BT-06 "
                     "« none », ISO 27001 en sélection")


def doc26():
    c = C("la Ville de Montclaret-d'Orbe", "Sornevale", delai=30, ref="MO-2027-VIT")
    b = [TITLE("VILLE DE MONTCLARET-D'ORBE – Services techniques municipaux",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Accord-cadre à bons de commande – Nettoyage des vitres et surfaces vitrées des bâtiments communaux",
               "Procédure adaptée – Marché n° MO-2027-VIT"),
         H("Article 1 – Objet"),
         P("Le présent accord-cadre a pour objet le nettoyage des vitres, châssis, verrières et surfaces vitrées "
           "des bâtiments communaux (hôtel de ville, écoles, médiathèque, salle polyvalente, gymnase et centre "
           "technique municipal), selon les fréquences définies au CCTP. Il ne fait pas l'objet d'un "
           "allotissement, le volume des prestations ne permettant pas d'identifier des prestations distinctes."),
         H("Article 2 – Forme et durée de l'accord-cadre"),
         P("Accord-cadre mono-attributaire exécuté par bons de commande. Il est conclu pour une période initiale "
           "d'un an à compter du 1er janvier 2028 et peut être reconduit deux fois, par reconduction expresse, "
           "pour une durée d'un an."),
         H("Article 3 – Montants"),
         P("Montant minimum annuel : 12~000 € HT. Montant maximum annuel : 38~000 € HT. Ces montants sont "
           "identiques pour chaque période de reconduction."),
         ] + f_pieces(c, 2, extra=["le CCTP", "le bordereau des prix unitaires"]) + f_prix(c, 0, index="l'indice "
                                 "mensuel du coût horaire du travail révisé – salaires et charges – activités de "
                                 "nettoyage (ICHTrev-TS)") + [
         H("Article # – Exécution des prestations"),
         P("Les interventions sont réalisées en dehors des heures d'ouverture au publique, après accord sur le "
           "planning avec le responsable de chaque bâtiment. Le titulaire fournit l'ensemble des produits, "
           "matériels, nacelles et moyens d'accès nécessaires."),
         H("Article # – Sécurité et travail en hauteur"),
         P("Les travaux en hauteur sont exécutés dans le respect des articles R. 4323-58 et suivants du code du "
           "travail. L'environnement de travail (présence de public, accès aux toitures, lignes de vie) est "
           "reconnu par le titulaire lors d'une visite préalable ; un plan de prévention est établi avec la "
           "Ville avant la première intervention."),
         H("Article # – Clause environnementale"),
         P("Sans objet."),
         H("Article # – Clause sociale"),
         P("Sans objet."),
         ] + f_penalites(c, 2, unit="jour de retard sur le planning validé", montant="80") + f_paiement(c, 0) + \
        f_assurances(c, 1) + f_confidentialite(c, 1) + f_resiliation(c, 1) + f_litiges(c, 0)
    lab = L(allotissement=0, montant_max_ht=114000,
            evidence=["Il ne fait pas l'objet d'un allotissement", "Montant maximum annuel : 38~000 € HT",
                      "peut être reconduit deux fois", "[38 000 x 3 = 114 000]"])
    return DOC("26-CCAP-MO-2027-VIT.pdf", "CCAP", lab, b, "Ville de Montclaret-d'Orbe – CCAP vitrerie",
               "MO-2027-VIT – CCAP", cols=2, sector="nettoyage (vitrerie)",
               tests="négatif : article « Clause environnementale : Sans objet » ; « environnement de travail » "
                     "au sens sécurité ; maximum annuel sur trois périodes ; deux colonnes")


def doc27():
    b = [TITLE("COMMUNE DE ROCHE-AYMON-SUR-VÈZE",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Requalification de la rue de la République et de la place du Foirail",
               "Voirie, bordures, réseau d'eaux pluviales et revêtements – Marché n° RAV-2027-03"),
         H("Article 1 – Consistance des travaux"),
         P("Les travaux comprennent : la dépose des bordures et revêtements existants, les terrassements en "
           "déblai sur 0,55 m, la pose de 420 m de canalisations d'eaux pluviales en PVC CR8 de diamètre 300 et "
           "400 avec regards, la mise en place de bordures granit, la réalisation de la couche de fondation en "
           "grave non traitée 0/31,5, d'une couche de base en grave-bitume et d'une couche de roulement en béton "
           "bitumineux semi-grenu 0/10, ainsi que les trottoirs en béton désactivé."),
         P("Les travaux font l'objet d'un marché unique ; ils ne sont pas décomposés en lots."),
         H("Article 2 – Documents techniques de référence"),
         P("Les fascicules du CCTG travaux applicables sont notamment les fascicules 2 (terrassements généraux), "
           "23 (granulats), 27 (fabrication et mise en œuvre des enrobés), 31 (bordures et caniveaux) et 70 "
           "(ouvrages d'assainissement). Les normes NF EN 13108-1 et NF P 98-150-1 s'appliquent aux enrobés."),
         H("Article 3 – Provenance et qualité des matériaux"),
         P("Le titulaire soumet à l'agrément du maître d'œuvre, quinze jours avant leur emploi, la provenance et les "
           "fiches techniques de tous les matériaux. Les enrobés proviennent d'une centrale d'enrobage relevant "
           "de la législation sur les installations classées pour la protection de l'environnement (ICPE), "
           "régulièrement autorisée ou enregistrée. Les granulats sont conformes à la norme NF EN 13242."),
         H("Article 4 – Installations de chantier"),
         P("L'emprise de la base vie est fixée sur le parking de la salle des fêtes. Le titulaire assure la "
           "signalisation temporaire conformément à l'instruction interministérielle sur la signalisation "
           "routière (8e partie) et maintient l'accès des riverains et des commerces à tout moment ; les "
           "riverains sont informés du phasage par la commune au moyen d'une lettre d'information."),
         H("Article 5 – Terrassements"),
         P("Les déblais sont évacués au fur et à mesure. Les matériaux impropres en fond de forme sont purgés et "
           "remplacés par de la grave 0/80 après accord du maître d'œuvre. La portance de la plate-forme est "
           "vérifiée à la plaque (EV2 supérieur à 50 MPa)."),
         H("Article 6 – Assainissement pluvial"),
         P("Les canalisations sont posées sur un lit de sable de 0,10 m et enrobées jusqu'à 0,10 m au-dessus de la "
           "génératrice supérieure. Le rejet au milieu naturel s'effectue dans le respect de l'arrêté de "
           "déclaration obtenu par la commune au titre de la loi sur l'eau (rubrique 2.1.5.0 de la nomenclature "
           "annexée à l'article R. 214-1 du code de l'environnement). Les essais d'étanchéité et l'inspection "
           "télévisée sont réalisés avant réception."),
         H("Article 7 – Chaussées et trottoirs"),
         P("La couche de roulement est mise en œuvre au finisseur, à une température conforme aux fiches "
           "techniques du fournisseur. Le compactage est contrôlé au gammadensimètre ; l'uni est contrôlé à la "
           "règle de trois mètres. Les trottoirs sont réalisés en béton C25/30 désactivé, avec joints de retrait "
           "tous les quatre mètres."),
         H("Article 8 – Déchets et réglementation"),
         P("Le titulaire, producteur des déchets du chantier, en assure l'élimination conformément à la "
           "réglementation en vigueur et aux articles L. 541-1 et suivants du code de l'environnement. Les "
           "croûtes d'enrobés contenant de l'amiante ou des HAP au-delà des seuils réglementaires, si elles sont "
           "mises en évidence par les sondages préalables, font l'objet d'un prix nouveau."),
         H("Article 9 – Contrôles et réception"),
         P("Le titulaire remet son plan d'assurance qualité et réalise les contrôles internes prévus. Les "
           "contrôles extérieurs sont confiés par la commune à un laboratoire. Les plans de récolement sont "
           "remis au format DWG géoréférencé, en classe A, avant la réception.")]
    lab = L(allotissement=0, evidence=["ils ne sont pas décomposés en lots"])
    return DOC("27-CCTP-RAV-2027-03.pdf", "CCTP", lab, b, "Commune de Roche-Aymon-sur-Vèze – CCTP voirie",
               "RAV-2027-03 – CCTP", hyphen=True, sector="travaux (voirie)",
               tests="négatif : rappels ICPE, loi sur l'eau, code de l'environnement, élimination réglementaire "
                     "des déchets, riverains comme contexte ; césures")


def doc28():
    b = [TITLE("CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE DE L'ARGENTIÈRE",
               "CADRE DE RÉPONSE FINANCIER ET DE COÛT TOTAL D'UTILISATION",
               "Location et maintenance de copieurs multifonctions pour les collectivités adhérentes",
               "Groupement de commandes – Consultation CDG47-2027-COP"),
         H("1. Objet du présent cadre"),
         P("Le présent cadre, à compléter obligatoirement, permet de calculer le coût total d'utilisation (CTU) "
           "sur 60 mois de chaque configuration proposée. Le CTU est la seule base de notation du critère prix "
           "(60 % de la note finale, article 7 du règlement de la consultation)."),
         H("2. Éléments constitutifs du coût total d'utilisation"),
         P("Le CTU de chaque configuration est calculé comme suit : CTU = (loyer trimestriel x 20) + (coût "
           "copie noir x volume noir de référence) + (coût copie couleur x volume couleur de référence) + coût "
           "énergétique sur 60 mois."),
         P("Le coût énergétique est égal à la consommation électrique typique hebdomadaire déclarée par le "
           "constructeur (valeur TEC, en kWh) x 260 semaines x 0,25 € par kWh, prix de référence fixé par "
           "l'acheteur pour l'ensemble des candidats."),
         TAB([["Configuration", "Loyer trimestriel HT", "Coût copie noir HT", "Coût copie couleur HT",
               "TEC (kWh/semaine)", "CTU 60 mois HT"],
              ["A – 25 ppm A4/A3 couleur", "", "", "", "", ""],
              ["B – 35 ppm A4/A3 couleur", "", "", "", "", ""],
              ["C – 55 ppm A4/A3 couleur avec finisseur", "", "", "", "", ""]],
             widths=[2.2, 1.1, 1, 1, 1, 1.1]),
         P("Volumes de référence sur 60 mois : configuration A : 90 000 copies noir et 30 000 couleur ; "
           "configuration B : 240 000 noir et 60 000 couleur ; configuration C : 600 000 noir et 150 000 "
           "couleur."),
         H("3. Prestations comprises dans les prix"),
         LST(["livraison, installation, paramétrage et formation des utilisateurs ;",
              "maintenance préventive et curative, pièces et main-d'œuvre, consommables hors papier ;",
              "enlèvement des matériels en fin de location et effacement certifié des disques durs ;",
              "accès au portail de suivi des compteurs."]),
         H("4. Informations complémentaires (non notées)"),
         P("Ces informations sont demandées à titre purement informatif ; elles n'entrent dans aucun critère de "
           "jugement des offres et n'engagent pas le candidat."),
         TAB([["Question", "Réponse"],
              ["Les matériels proposés disposent-ils d'un écolabel (Ange bleu, Ecolabel européen ou équivalent) ?",
               ""],
              ["Le candidat propose-t-il des matériels reconditionnés en option ?", ""],
              ["Délai moyen d'intervention constaté sur l'année précédente", ""]], widths=[3.6, 2]),
         H("5. Engagement"),
         P("Le candidat certifie l'exactitude des valeurs TEC déclarées, qui doivent correspondre aux fiches "
           "constructeur jointes à l'offre. Toute valeur inexacte entraîne l'irrégularité de l'offre."),
         P("Cachet et signature du candidat : ..............................")]
    lab = L(evidence=[])
    return DOC("28-CADRE-CDG47-2027-COP.docx", "CADRE", lab, b,
               "CDG de l'Argentière – Cadre de réponse financier copieurs", "CDG47-2027-COP – CRF",
               sector="informatique (copieurs)",
               tests="négatif : consommation électrique convertie en euros dans le coût total noté au critère "
                     "prix ; question sur l'écolabel expressément non notée")


def doc29():
    b = [TITLE("Avis de marché", "Fournitures", "Directive 2014/24/UE"),
         H("Section I : Pouvoir adjudicateur"),
         P("I.1) Nom et adresses : Ville de Saint-Amour-des-Prés, Direction de la tranquillité publique, 1 place "
           "de l'Hôtel-de-Ville, 94290 Saint-Amour-des-Prés, France. Numéro national d'identification : "
           "219 406 918 00010. Point(s) de contact : service de la commande publique. Courriel : "
           "achats@saintamourdespres.fr. Code NUTS : FR107. Adresse principale : https://www.saintamourdespres.fr"),
         P("I.3) Communication : Les documents du marché sont disponibles gratuitement en accès direct non "
           "restreint et complet à l'adresse : https://marches.saintamourdespres.fr"),
         P("I.4) Type de pouvoir adjudicateur : Autorité régionale ou locale"),
         P("I.5) Activité principale : Ordre et sécurité publics"),
         H("Section II : Objet"),
         P("II.1.1) Intitulé : Fourniture de tenues et d'équipements pour la police municipale et les agents de "
           "surveillance de la voie publique. Numéro de référence : SMP-2027-PM"),
         P("II.1.2) Code CPV principal : 18110000"),
         P("II.1.3) Type de marché : Fournitures"),
         P("II.1.4) Description succincte : Accord-cadre à bons de commande mono-attributaire par lot pour la "
           "fourniture de tenues réglementaires, d'effets de protection et d'accessoires, conformes à l'arrêté "
           "fixant les caractéristiques des tenues des agents de police municipale."),
         P("II.1.5) Valeur totale estimée : Valeur hors TVA : 300 000 EUR"),
         P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être "
           "soumises pour tous les lots."),
         P("II.2.1) Intitulé : Tenues réglementaires et effets d'habillement. Lot nº : 1"),
         P("II.2.5) Critères d'attribution : Critère de qualité - Nom : Qualité des échantillons (confort, coupe, "
           "finitions) / Pondération : 35 ; Critère de qualité - Nom : Solidité et tenue à l'usage (résistance "
           "à l'abrasion selon EN ISO 12947-2, solidité des coloris au lavage) / Pondération : 25 ; Prix - "
           "Pondération : 40"),
         P("II.2.7) Durée du marché : 48 mois"),
         P("II.2.1) Intitulé : Gilets pare-balles et équipements de protection. Lot nº : 2"),
         P("II.2.5) Critères d'attribution : Critère de qualité - Nom : Valeur technique (niveau de protection, "
           "ergonomie, poids) / Pondération : 50 ; Prix - Pondération : 50"),
         P("II.2.7) Durée du marché : 48 mois"),
         P("II.2.14) Informations complémentaires : montant maximum de l'accord-cadre, tous lots confondus, sur "
           "la durée totale : 420 000 EUR HT."),
         H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
         P("III.1.1) Habilitation à exercer l'activité professionnelle : inscription au registre du commerce."),
         P("III.1.3) Capacité technique et professionnelle : liste des principales livraisons effectuées au cours "
           "des trois dernières années ; échantillons."),
         P("III.1.5) Informations sur les marchés réservés : sans objet"),
         P("III.2.2) Conditions particulières d'exécution : marquage « Police municipale » et écussons de la Ville "
           "réalisés par brodage ; délai de livraison de trente jours pour les dotations annuelles."),
         H("Section IV : Procédure"),
         P("IV.1.1) Type de procédure : Procédure ouverte"),
         P("IV.2.2) Date limite de réception des offres : 14/06/2027 à 12:00"),
         H("Section VI : Renseignements complémentaires"),
         P("VI.3) Informations complémentaires : La Ville de Saint-Amour-des-Prés est engagée dans un plan climat-"
           "air-énergie territorial (PCAET) adopté en 2024 ; les candidats sont invités à en prendre connaissance "
           "sur le site internet de la Ville. Les échantillons sont remis à l'adresse indiquée au règlement de "
           "la consultation."),
         P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Melun-la-Forêt"),
         P("VI.5) Date d'envoi du présent avis : 05/05/2027")]
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=300000, montant_max_ht=420000,
            evidence=["Ce marché est divisé en lots : oui", "Lot nº : 2", "Valeur hors TVA : 300 000 EUR",
                      "montant maximum de l'accord-cadre, tous lots confondus, sur la durée totale : 420 000 EUR HT"])
    return DOC("29-AVIS-JOUE-SMP-2027-PM.txt", "AVIS", lab, b, sector="textile",
               tests="négatif : critère « solidité et tenue à l'usage » (qualité, non environnemental), PCAET de "
                     "l'acheteur cité en information, conditions d'exécution non environnementales")


def doc30():
    b = [TITLE("CENTRE HOSPITALIER UNIVERSITAIRE DE SORNEVALE – Direction des équipements biomédicaux",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Maintenance préventive et corrective des enceintes thermostatées du pôle de biologie",
               "(congélateurs −80 °C, incubateurs à CO2, étuves, chambres climatiques) – Marché CHUS-2027-BIO-09"),
         H("Article 1 – Périmètre"),
         P("Le marché couvre 146 équipements répartis entre les laboratoires de microbiologie, d'hématologie, de "
           "biochimie et la biobanque, dont l'inventaire figure en annexe 1 (marque, modèle, numéro de série, "
           "date de mise en service, localisation)."),
         H("Article 2 – Conditions environnementales des locaux"),
         P("Les équipements sont installés dans des locaux dont les conditions environnementales sont maîtrisées "
           "par le CHU : température ambiante comprise entre 18 et 25 °C, hygrométrie relative inférieure à 60 %, "
           "ventilation assurant l'évacuation des calories rejetées par les groupes frigorifiques. La salle de "
           "culture cellulaire est une zone à atmosphère contrôlée (classe ISO 7) faisant l'objet d'une "
           "surveillance environnementale particulaire et microbiologique par le service d'hygiène."),
         P("Le titulaire signale toute dérive des conditions ambiantes susceptible d'affecter le fonctionnement "
           "des équipements, mais n'en a pas la charge."),
         H("Article 3 – Maintenance préventive"),
         P("Une visite préventive annuelle est réalisée selon les préconisations des constructeurs : nettoyage des "
           "condenseurs, contrôle des joints de porte, vérification des alarmes et des batteries de secours, "
           "étalonnage des sondes de température et de CO2 avec un matériel raccordé au COFRAC. Un rapport "
           "d'intervention et un certificat d'étalonnage sont remis pour chaque équipement."),
         H("Article 4 – Maintenance corrective"),
         P("Le délai d'intervention sur site est de quatre heures ouvrées pour les congélateurs de la biobanque "
           "et de huit heures ouvrées pour les autres équipements. En cas d'immobilisation supérieure à 48 heures, "
           "le titulaire met à disposition un équipement de prêt de capacité équivalente."),
         H("Article 5 – Interventions sur les circuits frigorifiques"),
         P("Les interventions sur les circuits contenant des fluides frigorigènes sont réalisées par un personnel "
           "titulaire de l'attestation de capacité prévue aux articles R. 543-99 et suivants du code de "
           "l'environnement. Les fluides sont récupérés et les fiches d'intervention (CERFA n° 15497) sont "
           "établies conformément à la réglementation ; un exemplaire est remis au service biomédical."),
         H("Article 6 – Chambres climatiques"),
         P("Les deux chambres climatiques de la biobanque (4 °C et 20 °C) font l'objet d'une qualification "
           "thermique annuelle selon la norme NF X15-140 (cartographie à 15 points), réalisée hors période de "
           "forte activité après accord du responsable de la biobanque."),
         H("Article 7 – Télésurveillance"),
         P("Les équipements sont raccordés à la centrale de télésurveillance des températures du CHU. Le titulaire "
           "vérifie lors de chaque visite la cohérence entre l'affichage de l'équipement et la valeur remontée."),
         H("Article 8 – Pièces détachées"),
         P("Les pièces détachées sont d'origine constructeur ou de qualité équivalente dûment justifiée. Le "
           "titulaire garantit leur disponibilité pendant la durée du marché."),
         H("Article 9 – Traçabilité et GMAO"),
         P("Chaque intervention est saisie par le titulaire dans la GMAO du CHU dans les 48 heures : nature, "
           "durée, pièces remplacées, résultats des contrôles. Les rapports sont signés électroniquement.")]
    lab = L(evidence=[])
    return DOC("30-CCTP-CHUS-2027-BIO-09.docx", "CCTP", lab, b,
               "CHU de Sornevale – CCTP maintenance enceintes thermostatées", "CHUS-2027-BIO-09 – CCTP",
               sector="laboratoires (maintenance)",
               tests="négatif : « conditions environnementales des locaux », « surveillance environnementale » "
                     "(salle propre), chambres climatiques, rappel réglementaire sur les fluides frigorigènes")


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12, doc13, doc14,
        doc15, doc16, doc17, doc18, doc19, doc20, doc21, doc22, doc23, doc24, doc25, doc26, doc27, doc28,
        doc29, doc30]


# ----------------------------------------------------------------------------- construction et contrôles
_CATS = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
         "clause_environnementale", "critere_environnemental")


def _ws(s):
    s = s.replace(NB, " ").replace(NNB, " ").replace("\u2009", " ")
    return re.sub(r"\s+", " ", s).strip()


def extract_text(path):
    """Texte EXTRAIT du fichier produit, tel qu'un lecteur ordinaire le verrait."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        raw = "\n".join((p.extract_text() or "") for p in PdfReader(path).pages)
        raw = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", raw)     # césure de fin de ligne recollée
        return _ws(raw)
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return _ws("\n".join(parts))
    if ext == "xml":
        from lxml import etree
        return _ws(" ".join(etree.parse(path).getroot().itertext()))
    with open(path, encoding="utf-8") as fh:
        return _ws(fh.read())


def build_doc(folder, d):
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


def check_numbering(d):
    if not d["blocks"]:
        return []
    nums = []
    for b in number_articles(d["blocks"]):
        if b[0] in ("h", "h2"):
            m = _ART.match(b[1])
            if m:
                nums.append(int(m.group(1)))
    if nums != sorted(set(nums)):
        return ["%s : numérotation des articles %r" % (d["file"], nums)]
    return []


def build_all(folder, docs):
    os.makedirs(folder)
    pages = {}
    for d in docs:
        n = build_doc(folder, d)
        if n is not None:
            pages[d["file"]] = n
    return pages


def md5s(folder, docs):
    import hashlib
    out = {}
    for d in docs:
        with open(os.path.join(folder, d["file"]), "rb") as fh:
            out[d["file"]] = hashlib.md5(fh.read()).hexdigest()
    return out


def label_row(d):
    lab = d["label"]
    row = {"path": d["file"], "doc_type": d["doc_type"]}
    for c in COLUMNS[2:-1]:
        row[c] = _fmt(lab[c])
    row["evidence"] = " | ".join(_ws(norm(q)) for q in lab["evidence"])
    return row


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    docs = [f() for f in DOCS]
    problems = []
    names = [d["file"] for d in docs]
    if len(set(names)) != len(names):
        problems.append("noms de fichiers en double")
    pages = build_all(OUT, docs)
    rows = []
    for d in docs:
        problems.extend(check_numbering(d))
        lab = d["label"]
        if d["doc_type"] not in _DOC_TYPES:
            problems.append("%s : doc_type %s" % (d["file"], d["doc_type"]))
        text = extract_text(os.path.join(OUT, d["file"]))
        for q in lab["evidence"]:
            if q.startswith("["):          # remarque de l'annotateur (calcul, structure XML), pas une citation
                continue
            if _ws(norm(q)) not in text:
                problems.append("%s : citation absente du texte extrait : %r" % (d["file"], q))
        row = label_row(d)
        if len(row["evidence"]) > 300:
            problems.append("%s : preuves trop longues (%d)" % (d["file"], len(row["evidence"])))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % d["file"])
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % d["file"])
        if lab["heures_insertion"] and lab["clause_insertion"] != 1:
            problems.append("%s : heures sans clause_insertion" % d["file"])
        if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % d["file"])
        if lab["nb_lots"] and lab["allotissement"] != 1:
            problems.append("%s : nb_lots sans allotissement 1" % d["file"])
        for c in _CATS:
            if lab[c] not in (0, 1, "?"):
                problems.append("%s : %s = %r" % (d["file"], c, lab[c]))
        if d["file"] in pages and not (1 <= pages[d["file"]] <= 8):
            problems.append("%s : %d pages" % (d["file"], pages[d["file"]]))
        rows.append(row)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    # seconde construction, comparée octet à octet (md5)
    first = md5s(OUT, docs)
    again = os.path.join(OUT, "_rebuild")
    build_all(again, [f() for f in DOCS])
    second = md5s(again, docs)
    shutil.rmtree(again)
    for k in first:
        if first[k] != second[k]:
            problems.append("%s : deux constructions différentes (md5)" % k)
    kinds = {}
    for d in docs:
        e = d["file"].rsplit(".", 1)[1]
        kinds[e] = kinds.get(e, 0) + 1
    env = sum(1 for d in docs if d["label"]["clause_environnementale"] == 1 or d["label"]["critere_environnemental"] == 1)
    print("%d documents (%s) ; %d avec une catégorie environnementale, %d sans ; pages des PDF : %s" % (
        len(docs), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), env, len(docs) - env,
        ", ".join("%s=%d" % (k[:2], v) for k, v in sorted(pages.items()))))
    print("césures forcées HY : %d ; nombres coupés SB : %d (%d restés entiers)" % (
        HY_STATS["cut"], SB_STATS["cut"], SB_STATS["whole"]))
    if "--table" in sys.argv:
        for d, r in zip(docs, rows):
            cats = [c for c in _CATS if r[c] == "1"]
            vals = ["%s=%s" % (c, r[c]) for c in ("heures_insertion", "allotissement", "nb_lots",
                                                   "montant_estime_ht", "montant_max_ht", "reserve_base") if r[c]]
            print("| %s | %s | %s | %s | %s | %s |" % (r["path"], r["doc_type"], d["sector"],
                                                      ", ".join(cats) or "—", "; ".join(vals) or "—", d["tests"]))
    print("contrôles : citations retrouvées dans le texte extrait de chaque fichier ; preuves <= 300 caractères ; "
          "cohérence des colonnes ; numérotation des articles ; double construction identique -> %d problème(s)"
          % len(problems))
    for p in problems:
        print("PROBLÈME :", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
