#!/usr/bin/env python3
"""Construit le jeu blind_docs_17 : 30 documents entiers (PDF reportlab, DOCX python-docx, avis .txt,
avis .xml au format TED R2.0.9) et leurs étiquettes documents/labels.csv.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle (sed) de tests/data/blind_values_13/make_documents.py, lignes 27-664
(écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB,
césure forcée HY, aides de saisie, number_articles, C, A, _DOC_TYPES) ; seuls SET_NAME et OUT changent.
Le reste (textes, avis XML, contrôles sur le texte EXTRAIT des fichiers, double construction et
comparaison des md5) a été écrit pour ce jeu.

Thème : les « sosies sociaux » — vocabulaire social dans des rôles qui ne sont ni une clause sociale
d'exécution, ni une clause d'insertion, ni un critère social ; plus quelques vraies clauses et vrais
critères rédigés de façon inhabituelle.

Déterministe : pas d'aléa, dates figées (PDF invariant=1, entrées zip des DOCX datées du 2026-01-01).
Tous les textes, acheteurs, lieux, références, SIRET et montants sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F
(U+00A0 dans les PDF) ; BR = retour à la ligne forcé dans les PDF ; SB = coupure possible d'un nombre
en fin de ligne ; HY = césure possible d'un mot court.

Usage : /work/main/.venv/bin/python tests/data/blind_docs_17/make_documents.py
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
SET_NAME = "blind_docs_17"

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






# ============================================================================= jeu blind_docs_17
# Articles de remplissage neutres (ni clause sociale ou environnementale, ni lots, ni montants).

def F_prix(c, v=0):
    if v == 0:
        return A("Forme et variation des prix",
                 "Les prix sont réputés comprendre toutes les charges fiscales, parafiscales ou autres frappant "
                 "obligatoirement les prestations, ainsi que les frais de déplacement, de coordination et de gestion "
                 "administrative du titulaire.",
                 "Les prix sont fermes pendant la première année d'exécution. Ils sont ensuite révisés une fois par an, "
                 "à la date anniversaire de la notification, par application de la formule P = P0 x (0,15 + 0,85 x I/I0), "
                 "dans laquelle I est la dernière valeur connue de l'indice de référence à la date de révision et I0 la "
                 "valeur du même indice au mois d'établissement des prix (mois zéro), qui est le mois de remise des offres.")
    if v == 1:
        return A("Prix",
                 "Les prestations sont réglées par application des prix unitaires du bordereau aux quantités réellement "
                 "exécutées. Les prix sont actualisables si un délai supérieur à trois mois s'écoule entre la date "
                 "d'établissement des prix et la date de début d'exécution des prestations.",
                 "Le coefficient d'actualisation est arrondi au millième supérieur. Aucune clause de sauvegarde n'est "
                 "prévue.")
    return A("Détermination des prix",
             "Le marché est conclu à prix global et forfaitaire. Le prix couvre l'ensemble des sujétions résultant de "
             "l'exécution des prestations décrites au cahier des charges, y compris celles qui n'y seraient pas "
             "expressément mentionnées mais qui sont nécessaires à leur parfait achèvement.",
             "Le prix est ferme et non révisable.")


def F_paiement(c, v=0):
    if v == 0:
        return A("Modalités de règlement",
                 "Les sommes dues au titulaire sont payées par virement dans un délai global de %d jours à compter de la "
                 "réception de la demande de paiement. Le défaut de paiement dans ce délai fait courir de plein droit des "
                 "intérêts moratoires au taux de la Banque centrale européenne majoré de huit points, ainsi qu'une "
                 "indemnité forfaitaire pour frais de recouvrement de 40 euros." % c["delai"],
                 "Les factures sont déposées sur le portail Chorus Pro. Elles mentionnent la référence du marché, le "
                 "numéro du bon de commande le cas échéant, la période concernée et le détail des prestations.")
    if v == 1:
        return A("Paiement – facturation",
                 "Le comptable assignataire des paiements est le comptable public de %s. Le délai global de paiement "
                 "est fixé à %d jours ; son dépassement ouvre droit, sans autre formalité, aux intérêts moratoires "
                 "et à l'indemnité forfaitaire prévus par la réglementation." % (c["qui"], c["delai"]),
                 "La facturation est mensuelle et à terme échu. Toute facture incomplète est rejetée dans Chorus Pro "
                 "avec l'indication du motif du rejet ; le délai de paiement ne court qu'à compter de la réception "
                 "d'une facture conforme.")
    return A("Règlement des comptes",
             "Le règlement intervient par mandat administratif. Le délai de paiement est de %d jours. Les "
             "demandes de paiement sont transmises sous forme dématérialisée." % c["delai"])


def F_avance(c, v=0):
    if v == 0:
        return A("Avance",
                 "Une avance est versée au titulaire, sauf renonciation de sa part portée à l'acte d'engagement, "
                 "lorsque le montant initial du marché est supérieur à 50~000 euros HT et que le délai d'exécution est "
                 "supérieur à deux mois. Son taux est fixé à 10~% du montant initial TTC. Le remboursement de l'avance "
                 "s'impute sur les sommes dues au titulaire lorsque le montant des prestations exécutées atteint 65~% "
                 "du montant initial.")
    return A("Avance et garanties",
             "Aucune retenue de garantie n'est prévue. L'avance est versée dans les conditions prévues par le code de "
             "la commande publique ; le titulaire peut y renoncer dans l'acte d'engagement.")


def F_resiliation(c, v=0):
    if v == 0:
        return A("Résiliation",
                 "Les stipulations du CCAG-%s relatives à la résiliation sont applicables. En cas de résiliation pour "
                 "faute du titulaire, les prestations peuvent être exécutées à ses frais et risques." % c["ccag"],
                 "La résiliation pour motif d'intérêt général ouvre droit à une indemnité égale à 3~% du montant hors "
                 "taxes de la partie résiliée du marché.")
    if v == 1:
        return A("Résiliation du marché",
                 "Outre les cas prévus par le CCAG, le marché peut être résilié si le titulaire ne produit pas, dans le "
                 "délai fixé par mise en demeure, les pièces qu'il est tenu de remettre en cours d'exécution. La "
                 "décision de résiliation est notifiée par tout moyen permettant de lui donner date certaine.")
    return A("Fin anticipée",
             "Le pouvoir adjudicateur peut mettre fin au marché dans les conditions prévues au chapitre 5 du CCAG "
             "applicable. Aucune indemnité n'est due en cas de résiliation consécutive à un événement extérieur aux "
             "parties.")


def F_litiges(c, v=0):
    if v == 0:
        return A("Règlement des différends",
                 "Les parties s'efforcent de régler à l'amiable tout différend relatif à l'exécution du marché. Elles "
                 "peuvent saisir le comité consultatif interrégional de règlement amiable des litiges compétent.",
                 "À défaut d'accord, le litige est porté devant le %s." % c["ta"])
    return A("Litiges – droit applicable",
             "Le marché est soumis au droit français. Tout litige relève de la compétence du %s. La langue du marché "
             "est le français ; les documents rédigés dans une autre langue sont accompagnés d'une traduction." % c["ta"])


def F_derog(c, v=0, arts="3, 8 et 12"):
    return A("Dérogations au CCAG",
             "Les articles %s du présent document dérogent au CCAG-%s." % (arts, c["ccag"]))


def F_assur(c, v=0):
    if v == 0:
        return A("Assurances",
                 "Le titulaire justifie, dans un délai de quinze jours à compter de la notification et avant tout "
                 "commencement d'exécution, d'une assurance couvrant sa responsabilité civile professionnelle au titre "
                 "des dommages causés aux tiers et au pouvoir adjudicateur. L'attestation précise le montant des "
                 "garanties et la période de validité ; elle est renouvelée chaque année.")
    return A("Responsabilité et assurances",
             "Le titulaire est seul responsable des dommages causés par son personnel ou son matériel. Il produit sur "
             "demande une attestation d'assurance en cours de validité, faute de quoi les paiements peuvent être "
             "suspendus après mise en demeure restée sans effet pendant huit jours.")


def F_st(c, v=0):
    return A("Sous-traitance",
             "Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de l'acceptation "
             "du sous-traitant et de l'agrément de ses conditions de paiement par l'acheteur. La demande est présentée "
             "au moyen d'un formulaire DC4 ou d'un document équivalent.",
             "Le sous-traitant direct dont le montant du contrat est égal ou supérieur à 600 euros TTC est payé "
             "directement pour la part du marché dont il assure l'exécution.")


def F_loi_travail(c, v=0):
    """Rappel du droit du travail (sosie social) : obligations légales, pas une clause sociale."""
    if v == 0:
        return A("Obligations relatives au droit du travail",
                 "Le titulaire est tenu de respecter les dispositions législatives et réglementaires relatives à la "
                 "protection de la main-d'œuvre et aux conditions de travail en vigueur en France, notamment celles du "
                 "code du travail relatives à la durée du travail, au repos hebdomadaire, au salaire minimum et à "
                 "l'hygiène et à la sécurité.",
                 "En application des articles L.~8222-1 et D.~8222-5 du code du travail, le titulaire remet lors de la "
                 "conclusion du marché puis tous les six mois jusqu'à la fin de son exécution une attestation de "
                 "fourniture des déclarations sociales et de paiement des cotisations émanant de l'URSSAF datant de "
                 "moins de six mois, ainsi qu'un extrait K ou Kbis.",
                 "Lorsqu'il emploie des salariés étrangers soumis à autorisation de travail, il remet la liste "
                 "nominative prévue à l'article D.~8254-2 du code du travail, précisant pour chaque salarié sa date "
                 "d'embauche, sa nationalité ainsi que le type et le numéro d'ordre du titre valant autorisation de "
                 "travail.")
    if v == 1:
        return A("Lutte contre le travail illégal",
                 "Le titulaire s'assure que ses sous-traitants respectent les obligations prévues aux articles L.~8221-1 "
                 "et suivants du code du travail relatifs au travail dissimulé. S'il est informé d'une infraction, "
                 "l'acheteur enjoint au titulaire d'y faire cesser sans délai ; à défaut, le marché peut être résilié "
                 "aux torts du titulaire, sans indemnité.",
                 "Les attestations de vigilance délivrées par les organismes de protection sociale sont produites tous "
                 "les six mois. Leur authenticité est vérifiée par l'acheteur sur le site de l'organisme émetteur.")
    return A("Salariés détachés",
             "Lorsque le titulaire ou l'un de ses sous-traitants détache des salariés sur le territoire national, il "
             "accomplit avant le début de la prestation la déclaration préalable de détachement sur le téléservice "
             "SIPSI et désigne un représentant en France, conformément aux articles L.~1262-2-1 et R.~1263-3 du code "
             "du travail. Une copie de l'accusé de réception est transmise à l'acheteur avant toute intervention.",
             "Le manquement à ces obligations expose le titulaire à l'amende administrative prévue par "
             "l'article L.~1264-1 du même code ; l'acheteur en informe l'inspection du travail.")


def F_rgpd(c, v=0):
    if v == 0:
        return A("Protection des données personnelles",
                 "Le titulaire agit en qualité de sous-traitant au sens de l'article 28 du règlement (UE) 2016/679 du "
                 "27 avril 2016 (RGPD). Il ne traite les données à caractère personnel que sur instruction documentée "
                 "de %s, garantit la confidentialité des données et veille à ce que les personnes autorisées à les "
                 "traiter soient soumises à une obligation de confidentialité." % c["qui"],
                 "Il notifie toute violation de données dans un délai maximal de 48 heures après en avoir pris "
                 "connaissance et restitue ou détruit l'ensemble des données au terme du marché.")
    return A("Données à caractère personnel",
             "Les informations nominatives dont le titulaire a connaissance à l'occasion de l'exécution (noms des "
             "usagers, coordonnées, informations relatives à leur situation) sont couvertes par le secret "
             "professionnel. Le titulaire tient le registre des activités de traitement prévu par le RGPD et désigne "
             "un interlocuteur chargé des questions de protection des données.")


# ----------------------------------------------------------------------------- d01 CCAP nettoyage (PDF)
def d01():
    c = C("la Communauté de communes du Pays de Vionne-et-Serre",
          "tribunal administratif de Châlons-sur-Vionne", delai=30, ref="2027-NET-04")
    staff = [["N°", "Qualification (CCN propreté)", "Heures / semaine", "Ancienneté", "Site"],
             ["1", "AS 2A", "24,5", "11 ans", "Siège"],
             ["2", "AS 1B", "17,5", "4 ans", "Siège / France services"],
             ["3", "AS 2A", "30", "8 ans", "Pôle enfance"],
             ["4", "ATQS 1", "12", "2 ans", "Gymnase intercommunal"],
             ["5", "AS 1A", "8,75", "1 an", "Déchèterie (locaux)"],
             ["6", "CE 1", "35", "15 ans", "Tous sites (chef d'équipe)"]]
    blocks = [
        TITLE("Communauté de communes du Pays de Vionne-et-Serre",
              "Cahier des clauses administratives particulières",
              "Nettoyage et entretien courant des bâtiments intercommunaux",
              "Consultation n° 2027-NET-04 – Procédure d'appel d'offres ouvert"),
    ] + A("Objet du marché",
          "Le présent marché a pour objet le nettoyage et l'entretien courant des locaux du siège communautaire, "
          "de la maison France services, du pôle enfance, du gymnase intercommunal et des locaux d'accueil de la "
          "déchèterie de Vionne.",
          "Le marché n'est pas alloti : les sites sont desservis par une même équipe encadrée par un chef d'équipe "
          "unique, et une division en lots rendrait l'exécution plus coûteuse sans élargir la concurrence.",
          "Il comprend une partie forfaitaire (prestations récurrentes décrites au CCTP) et une partie exécutée par "
          "bons de commande (remises en état, vitrerie en hauteur, interventions exceptionnelles).") + A(
        "Pièces constitutives",
        ["l'acte d'engagement et son annexe financière (DPGF et BPU) ;",
         "le présent CCAP et ses annexes, dont l'annexe 2 (liste du personnel affecté) ;",
         "le cahier des clauses techniques particulières (CCTP) et le plan des locaux ;",
         "le CCAG des marchés publics de fournitures courantes et de services (arrêté du 30 mars 2021) ;",
         "le mémoire technique du titulaire."]) + A(
        "Durée et montants",
        "Le marché est conclu pour une durée d'un an à compter du 1er avril 2027. Il est reconductible tacitement "
        "trois fois pour une période d'un an, sans que sa durée totale puisse excéder quatre ans.",
        "La valeur estimée du marché, toutes périodes comprises, est de 312~000~€ HT. Pour la partie à bons de "
        "commande, le montant maximum est fixé à 60~000~€ HT pour la durée totale du marché ; aucun montant minimum "
        "n'est fixé.") + A(
        "Personnel affecté – continuité des contrats de travail",
        "Les prestations entrent dans le champ de la convention collective nationale des entreprises de propreté et "
        "services associés (IDCC 3043). L'accord du 5 mars 2002 relatif à la garantie de l'emploi et à la continuité "
        "du contrat de travail du personnel en cas de changement de prestataire, repris à l'article 7 de cette "
        "convention, s'applique de plein droit au nouveau titulaire.",
        "Cette obligation résulte de la convention collective et non d'une exigence propre à l'acheteur. La liste "
        "ci-dessous, établie par le prestataire sortant, est communiquée à titre d'information, sans garantie de "
        "l'acheteur quant à son exactitude :") + [
        RTAB(staff, widths=[0.6, 2.4, 1.4, 1.2, 2.6], align="lllll"),
        P("Le titulaire communique au représentant de la Communauté, dans les quinze jours suivant le début "
          "d'exécution, la liste nominative du personnel affecté à chaque site et l'informe de tout changement "
          "durable. Il fait son affaire des absences, congés et remplacements."),
    ] + A("Horaires d'intervention",
          "Les interventions dans les bureaux ont lieu du lundi au vendredi entre 6~h~00 et 8~h~30 ou entre 17~h~30 et "
          "20~h~00, afin de ne pas gêner l'accueil du public. Au pôle enfance, les locaux sont nettoyés après le départ "
          "du dernier enfant et au plus tard à 21~h~00. Les horaires du gymnase sont fixés avec le gestionnaire de "
          "l'équipement en fonction du planning des associations.",
          "Toute modification durable des horaires fait l'objet d'un ordre de service.") + F_loi_travail(c, 0) + A(
        "Hygiène et sécurité",
        "Avant le démarrage, un plan de prévention est établi conjointement en application des articles R.~4512-6 "
        "et suivants du code du travail, à l'issue d'une inspection commune des sites. Le titulaire fournit à son "
        "personnel les équipements de protection individuelle adaptés (gants, chaussures antidérapantes, lunettes "
        "lors des dilutions) et tient à disposition les fiches de données de sécurité des produits utilisés.",
        "Le personnel du titulaire ne travaille jamais seul au gymnase en dehors des heures d'ouverture sans "
        "dispositif d'alarme pour travailleur isolé.") + A(
        "Produits et matériels",
        "Les produits d'entretien utilisés pour les prestations courantes sont porteurs de l'Ecolabel européen ou "
        "d'un écolabel équivalent ; le titulaire remet, avant le démarrage, la liste des produits et leurs "
        "justificatifs. Les produits sont employés au moyen de centrales de dilution ou de doses prêtes à l'emploi, "
        "et les textiles de nettoyage sont en microfibre lavable. Les bidons vides sont repris par le titulaire.") + [
        H("Article # – Contrôle de la qualité"),
        P("La qualité est mesurée contradictoirement chaque mois sur un échantillon de locaux tiré au sort, selon une "
          "grille inspirée de la norme NF EN 13549. Un taux de conformité inférieur à 85~% donne lieu à une "
          "réfaction de 5~% du forfait mensuel du site concerné."),
        SPLIT("En cas de grève du personnel du titulaire, celui-ci informe la Communauté dès le préavis et "
              "assure au minimum le nettoyage des sanitaires et de l'accueil du pôle enfance ; les prestations non "
              "exécutées ne sont",
              "pas payées. La grève ne constitue pas un cas de force majeure lorsqu'elle est propre à l'entreprise "
              "titulaire."),
    ] + F_prix(c, 0) + F_paiement(c, 0) + A(
        "Pénalités",
        "Le défaut d'exécution d'une prestation journalière constaté contradictoirement entraîne une pénalité de "
        "80 euros par site et par jour. L'absence de transmission de la liste nominative ou des attestations de "
        "vigilance entraîne une pénalité de 50 euros par jour de retard après mise en demeure.",
        "Par dérogation à l'article 14.1 du CCAG-FCS, les pénalités sont dues dès le premier euro.") + F_rgpd(c, 1) + \
        F_resiliation(c, 0) + F_litiges(c, 0) + F_derog(c, arts="4, 11 et 12")
    lab = L(clause_environnementale=1, allotissement=0, montant_estime_ht=312000, montant_max_ht=60000,
            evidence=["porteurs de l'Ecolabel européen ou d'un écolabel équivalent",
                      "Le marché n'est pas alloti",
                      "toutes périodes comprises, est de 312~000~€ HT",
                      "le montant maximum est fixé à 60~000~€ HT pour la durée totale du marché"])
    note = ("Nettoyage : reprise du personnel (accord du 5 mars 2002, tableau des salariés), horaires, attestations "
            "URSSAF, plan de prévention, EPI, grève, RGPD ; aucune clause sociale. Écolabel exigé.")
    return PIECE("d01_CCAP.pdf", "CCAP", "CC du Pays de Vionne-et-Serre – CCAP nettoyage – 2027-NET-04",
                 "CCAP 2027-NET-04", blocks, lab, hyphen=True) | {"note": note}


# ----------------------------------------------------------------------------- d02 CCTP accessibilité (PDF)
def d02():
    lots = [["Lot", "Intitulé"],
            ["1", "Démolition – maçonnerie – VRD"],
            ["2", "Rampes, garde-corps, mains courantes et élévateur PMR"],
            ["3", "Menuiseries intérieures et extérieures"],
            ["4", "Électricité – signalétique – boucle magnétique"],
            ["5", "Sanitaires adaptés – plomberie"]]
    blocks = [
        TITLE("COMMUNE DE VILLERS-SOUS-BRENNE",
              "CCTP – Lot n° 2 : Rampes, garde-corps et élévateur PMR",
              "Mise en accessibilité de la mairie et de la salle polyvalente (Ad'AP – 2e période)",
              "Maître d'œuvre : Atelier Kermorvan & Blaise, architectes – Indice B – février 2027"),
        H("1. GÉNÉRALITÉS"),
        H2("1.1 Objet du présent cahier"),
        P("Le présent cahier des clauses techniques particulières définit les ouvrages du lot n° 2 de l'opération "
          "de mise en accessibilité aux personnes handicapées de la mairie et de la salle polyvalente. L'opération "
          "est divisée en cinq lots traités par marchés séparés :"),
        RTAB(lots, widths=[0.6, 5], align="ll"),
        H2("1.2 Textes de référence"),
        LST(["code de la construction et de l'habitation, articles R.~162-8 et suivants ;",
             "arrêté du 20 avril 2017 relatif à l'accessibilité aux personnes handicapées des établissements recevant "
             "du public lors de leur construction et des installations ouvertes au public lors de leur aménagement ;",
             "arrêté du 8 décembre 2014 (ERP situés dans un cadre bâti existant) ;",
             "normes NF P98-351 (éveil de vigilance), NF EN 81-41 (plates-formes élévatrices verticales), "
             "NF P01-012 et NF P01-013 (garde-corps) ;",
             "DTU en vigueur à la date de remise des offres."]),
        H2("1.3 Contraintes de site occupé"),
        P("Les bâtiments restent ouverts au public pendant les travaux. L'entreprise maintient en permanence un "
          "cheminement praticable par une personne en fauteuil roulant entre le parking et l'accueil de la mairie, "
          "au besoin par une rampe provisoire conforme, et balise les zones de chantier par des barrières continues "
          "détectables à la canne blanche."),
        P("Le lot 2 est soumis à la coordination en matière de sécurité et de protection de la santé (opération de "
          "catégorie 3). L'entreprise remet son plan particulier de sécurité et de protection de la santé (PPSPS) "
          "au coordonnateur SPS dans les trente jours suivant la réception du contrat, et participe à l'inspection "
          "commune préalable."),
        H("2. DESCRIPTION DES OUVRAGES"),
        H2("2.1 Rampe d'accès principale"),
        P("Rampe en béton désactivé de 1,40 m de largeur utile, pente maximale de 5~% sur une longueur de 8,60 m, "
          "avec palier de repos horizontal de 1,40 m x 1,40 m en partie haute et en partie basse. Chasse-roues de "
          "5 cm sur les côtés libres. Revêtement non meuble, non glissant, sans obstacle à la roue."),
        P("Mains courantes des deux côtés, préhensibles, situées à une hauteur comprise entre 0,80 m et 1,00 m, "
          "prolongées horizontalement de la longueur d'une marche au-delà de la première et de la dernière marche de "
          "l'escalier attenant, contrastées visuellement par rapport à leur environnement immédiat."),
        H2("2.2 Escalier de la salle polyvalente"),
        P("Mise en place d'une bande d'éveil de vigilance à 0,50 m de la première marche en haut de l'escalier, "
          "contremarches de la première et de la dernière marche visuellement contrastées, nez de marche "
          "antidérapants de 5 cm de largeur minimum."),
        H2("2.3 Élévateur vertical"),
        P("Fourniture et pose d'une plate-forme élévatrice verticale en gaine maçonnée, charge nominale 250 kg, "
          "plateau de 1,10 m x 1,40 m, commande par bouton à pression maintenue, dispositif de demande d'assistance "
          "relié à l'accueil, signal sonore et visuel d'arrivée. L'installation fait l'objet d'une vérification par "
          "un organisme agréé avant réception."),
        P("L'entreprise forme deux agents communaux désignés par le maître d'ouvrage à l'utilisation et aux "
          "manœuvres de secours de l'élévateur (demi-journée)."),
        H2("2.4 Garde-corps"),
        P("Garde-corps en acier galvanisé thermolaqué RAL 7016, hauteur 1,00 m, remplissage par barreaudage "
          "vertical espacé de 11 cm au plus, non escaladable, conforme à la norme NF P01-012."),
        H("3. EXÉCUTION"),
        H2("3.1 Gestion des déchets de chantier"),
        P("L'entreprise trie à la source ses déchets de chantier en au moins cinq flux (bois, métaux, plastiques, "
          "minéraux, plâtre) et les évacue vers des installations autorisées. Elle justifie, à la réception, d'un taux "
          "de valorisation matière d'au moins 70~% des déchets non dangereux produits par le lot, au moyen des "
          "bordereaux de dépôt et des attestations des installations de traitement. Le brûlage sur site est interdit."),
        H2("3.2 Horaires"),
        P("Les travaux bruyants (carottage, sciage, démolition) sont exécutés entre 8~h~00 et 12~h~00 les jours de "
          "permanence du service état civil. Le chantier est fermé le samedi, jour de célébration des mariages."),
        H2("3.3 Réception"),
        P("Avant réception, l'entreprise fournit le dossier des ouvrages exécutés, les procès-verbaux de "
          "classement des matériaux, la notice d'utilisation de l'élévateur et l'attestation de vérification. "
          "Un contrôleur technique vérifie la conformité des ouvrages aux règles d'accessibilité et remet "
          "l'attestation prévue à l'article R.~122-30 du code de la construction et de l'habitation."),
        H2("3.4 Essais"),
        P("Essais de glissance des revêtements de rampe, essai de charge de l'élévateur, vérification des hauteurs "
          "de main courante au mètre ruban en présence du maître d'œuvre. Tout écart constaté est repris aux frais "
          "de l'entreprise avant la réception."),
    ]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=5,
            evidence=["taux de valorisation matière d'au moins 70~% des déchets non dangereux produits par le lot",
                      "L'opération est divisée en cinq lots traités par marchés séparés"])
    note = ("Objet = travaux d'accessibilité PMR (rampes, bandes d'éveil de vigilance, élévateur, handicap) : pas "
            "une clause sociale. PPSPS, CSPS, formation d'agents communaux à l'élévateur. Déchets : valorisation "
            "70 % exigée.")
    return PIECE("d02_CCTP.pdf", "CCTP", "Villers-sous-Brenne – Accessibilité mairie – CCTP lot 2",
                 "Atelier Kermorvan & Blaise – Indice B", blocks, lab, hyphen=True) | {"note": note}


# ----------------------------------------------------------------------------- d03 RC accompagnement RSA (PDF)
def d03():
    c = C("le Département de la Haute-Ségrave", "tribunal administratif de Montsorbier")
    crit = [["Critère", "Pondération"],
            ["1. Valeur technique, appréciée au vu du mémoire :", "60~%"],
            ["1.1 Qualité de la méthodologie d'accompagnement proposée (diagnostic, contrat d'engagements "
             "réciproques, fréquence des entretiens)", "30~%"],
            ["1.2 Qualification et expérience des référents affectés au lot", "20~%"],
            ["1.3 Modalités de coordination avec les services départementaux et de transmission des bilans", "10~%"],
            ["2. Prix (montant du DQE)", "40~%"]]
    vals = [["Lot", "Territoire", "Nombre annuel de parcours", "Valeur estimée sur 4 ans (HT)"],
            ["1", "Ségrave Nord (Montsorbier, Arlempdes-le-Haut)", "260", "420~000 €"],
            ["2", "Ségrave Centre (Vaudrières, La Combelle)", "230", "380~000 €"],
            ["3", "Ségrave Sud (Pradelles-d'Aygues)", "200", "340~000 €"]]
    blocks = [
        TITLE("DÉPARTEMENT DE LA HAUTE-SÉGRAVE – Direction de l'insertion et de l'emploi",
              "Règlement de la consultation",
              "Accompagnement socioprofessionnel des allocataires du revenu de solidarité active",
              "Marché n° 27-DIE-011 – Procédure adaptée (article R.~2123-1, 3° du code de la commande publique)"),
        H("Article 1 – Objet de la consultation"),
        P("La consultation porte sur l'accompagnement socioprofessionnel des allocataires du revenu de solidarité "
          "active (RSA) orientés par le Département vers un parcours à dominante professionnelle : diagnostic, "
          "élaboration du contrat d'engagements réciproques, levée des freins périphériques à l'emploi (mobilité, "
          "garde d'enfants, santé), mises en situation professionnelle et suivi dans l'emploi pendant six mois."),
        P("Il s'agit de services sociaux et autres services spécifiques au sens de l'article R.~2123-1, 3° du "
          "code de la commande publique. Le présent marché ne comporte pas de clause d'insertion : son objet même "
          "est l'accompagnement vers l'emploi."),
        H("Article 2 – Allotissement"),
        P("Les prestations sont réparties en trois lots géographiques. Les candidats peuvent présenter une offre "
          "pour un, deux ou trois lots ; un même candidat ne peut être attributaire de plus de deux lots."),
        RTAB(vals, widths=[0.5, 3, 1.5, 1.8], align="llrr"),
        P("La valeur totale estimée des trois lots est de 1~140~000~€ HT pour la durée totale de l'accord-cadre. "
          "Les montants maximums de chaque lot sont fixés à l'article 4 du CCAP."),
        H("Article 3 – Marché réservé"),
        P("En application de l'article L.~2113-15 du code de la commande publique, les lots 1 à 3 sont réservés aux "
          "entreprises de l'économie sociale et solidaire mentionnées au II de l'article 1er de la loi n° 2014-856 "
          "du 31 juillet 2014, ainsi qu'aux entreprises qui poursuivent une mission de service public liée à la "
          "prestation de ces services. Un opérateur ayant obtenu un marché sur ce fondement pour les mêmes "
          "prestations au cours des trois années précédentes ne peut soumissionner."),
        H("Article 4 – Durée"),
        P("L'accord-cadre à bons de commande est conclu pour une durée de deux ans à compter du 1er janvier 2028, "
          "reconductible une fois pour deux ans."),
        H("Article 5 – Conditions de participation"),
        P("Le candidat produit le formulaire DC1 ou une lettre de candidature, le formulaire DC2 ou des documents "
          "équivalents, et les pièces suivantes :"),
        LST(["la preuve de son appartenance à l'économie sociale et solidaire (statuts, agrément ESUS le cas "
             "échéant) ;",
             "l'effectif moyen annuel du candidat et l'importance du personnel d'encadrement pour chacune des trois "
             "dernières années ;",
             "les titres d'études et professionnels des référents : titre professionnel de conseiller en insertion "
             "professionnelle (CIP), diplôme d'État de conseiller en économie sociale familiale ou diplôme de niveau "
             "équivalent ;",
             "une liste des principales prestations d'accompagnement de publics en difficulté réalisées au cours des "
             "trois dernières années."]),
        P("La déclaration sur l'honneur mentionnée à l'article R.~2143-3 atteste notamment que le candidat a "
          "satisfait à l'obligation d'emploi des travailleurs handicapés prévue aux articles L.~5212-1 à L.~5212-11 "
          "du code du travail. Une candidature qui ne satisfait pas aux conditions de l'article 3 est écartée."),
        H("Article 6 – Contenu de l'offre"),
        P("L'offre comprend l'acte d'engagement, le bordereau des prix unitaires, le détail quantitatif estimatif "
          "et un mémoire technique de vingt pages au plus décrivant la méthode d'accompagnement, les profils des "
          "référents, les lieux de permanence et les partenariats mobilisés (France Travail, missions locales, "
          "structures d'insertion par l'activité économique du territoire)."),
        H("Article 7 – Jugement des offres"),
        P("Les offres sont appréciées lot par lot selon les critères pondérés suivants :"),
        RTAB(crit, widths=[5, 1], align="lr"),
        P("La note de prix est calculée selon la formule : note = 40 x (prix le plus bas / prix de l'offre). Le "
          "Département peut négocier avec les trois candidats les mieux classés."),
        H("Article 8 – Renseignements"),
        P("Les questions sont posées sur le profil d'acheteur au plus tard dix jours avant la date limite. La date "
          "limite de réception des offres est fixée au 15 octobre 2027 à 12~h~00."),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-15", allotissement=1, nb_lots=3, montant_estime_ht=1140000,
            evidence=["En application de l'article L.~2113-15 du code de la commande publique, les lots 1 à 3 sont réservés",
                      "réparties en trois lots géographiques",
                      "La valeur totale estimée des trois lots est de 1~140~000~€ HT"])
    note = ("Objet social (accompagnement RSA) ; « ne comporte pas de clause d'insertion » ; critères de valeur "
            "technique sur la qualité du service acheté (pas un critère social) ; L5212-1 à L5212-11 (déclaration) ; "
            "titre CIP. Réservé ESS (L2113-15). Maximums renvoyés au CCAP : vide.")
    return PIECE("d03_RC.pdf", "RC", "Département de la Haute-Ségrave – RC 27-DIE-011",
                 "Direction de l'insertion et de l'emploi – RC", blocks, lab, hyphen=False) | {"note": note}


# ----------------------------------------------------------------------------- d04 CCAP groupe scolaire (PDF)
def d04():
    c = C("le Syndicat intercommunal scolaire de Vernoux-la-Combe", "tribunal administratif de Vernoux",
          ccag="travaux", delai=30)
    lots = [["Lot", "Désignation", "Lot", "Désignation"],
            ["1", "Gros œuvre", "7", "Menuiseries intérieures"],
            ["2", "Charpente bois", "8", "Revêtements de sols"],
            ["3", "Couverture – zinguerie", "9", "Peinture"],
            ["4", "Menuiseries extérieures", "10", "Électricité – CFO/CFA"],
            ["5", "Étanchéité", "11", "VRD – espaces extérieurs"],
            ["6", "Plâtrerie – isolation", "", ""]]
    hrs = [["Lot", "Volume de travail réservé (heures)"],
           ["1 – Gros œuvre", "420"],
           ["2 – Charpente bois", "140"],
           ["3 – Couverture – zinguerie", "105"],
           ["6 – Plâtrerie – isolation", "210"],
           ["9 – Peinture", "175"],
           ["11 – VRD – espaces extérieurs", "210"],
           ["Total de l'opération", "1~260"]]
    blocks = [
        TITLE("Syndicat intercommunal scolaire de Vernoux-la-Combe",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Construction d'un groupe scolaire de huit classes et d'un restaurant scolaire",
              "CCAP commun à l'ensemble des lots – Marché n° SIS-2027-02"),
        H("Article 1 – Objet – décomposition en lots"),
        P("Le présent CCAP fixe les clauses administratives des marchés de travaux passés pour la construction du "
          "groupe scolaire des Grands Prés, à Vernoux-la-Combe. Les travaux sont répartis en onze lots faisant "
          "chacun l'objet d'un marché distinct :"),
        RTAB(lots, widths=[0.5, 2.4, 0.5, 2.4], align="llll"),
        P("Le montant prévisionnel des travaux, tous lots confondus, est estimé à 2~860~000~€ HT (valeur septembre "
          "2027). Les travaux sont exécutés en entreprises séparées sous la conduite d'un maître d'œuvre unique."),
        H("Article 2 – Intervenants"),
        P("Maître d'ouvrage : le Syndicat intercommunal scolaire, représenté par son président. Maître d'œuvre : "
          "groupement Ferrand-Lacaze Architectes / BET Oréade Structures. Coordonnateur SPS (niveau 2) : cabinet "
          "Prévia-Sud. Contrôleur technique : désigné par le maître d'ouvrage, missions L, SEI, HAND et PS."),
        H("Article 3 – Pièces constitutives"),
        LST(["l'acte d'engagement de chaque lot ;", "le présent CCAP ;", "le CCTP du lot et ses annexes ;",
             "la décomposition du prix global et forfaitaire ;", "le plan général de coordination SPS ;",
             "le CCAG applicable aux marchés publics de travaux (arrêté du 30 mars 2021)."]),
        H("Article 4 – Délais"),
        P("Le délai global d'exécution est de quatorze mois à compter de l'ordre de service de démarrage, période "
          "de préparation de deux mois non comprise. Les délais propres à chaque lot figurent au calendrier "
          "détaillé d'exécution établi pendant la période de préparation."),
        H("Article 5 – Sécurité et protection de la santé"),
        P("Chaque entreprise remet au coordonnateur SPS son PPSPS dans un délai de trente jours à compter de la "
          "notification. Les entreprises mettent à disposition de leurs salariés les équipements de protection "
          "individuelle et les installations d'hygiène prévues par le plan général de coordination ; les "
          "cantonnements sont installés par le titulaire du lot 1 et leur coût est réparti au prorata des montants."),
        P("Les salariés présents sur le chantier sont porteurs de la carte d'identification professionnelle du BTP "
          "prévue à l'article L.~8291-1 du code du travail. Le défaut de présentation de la carte entraîne une "
          "pénalité de 100 euros par salarié et par constat."),
        H("Article 6 – Gestion des déchets de chantier"),
        P("Le titulaire de chaque lot trie ses déchets sur le chantier dans les bennes mises en place par le lot 1 "
          "(inertes, bois, métaux, plâtre, déchets non dangereux en mélange) et ne peut déposer aucun déchet hors "
          "de ces bennes. Il remet mensuellement au maître d'œuvre les bordereaux de suivi de ses déchets dans le "
          "cadre du schéma d'organisation et de gestion des déchets (SOGED) annexé à son offre."),
        H("Article 7 – Contribution du chantier à l'accès à l'emploi"),
        P("Pour les lots désignés ci-dessous, le titulaire réserve une part du temps de travail nécessaire à "
          "l'exécution de son lot à des personnes qui rencontrent des difficultés particulières pour accéder à "
          "un emploi durable : demandeurs d'emploi inscrits depuis plus d'un an, allocataires de minima sociaux, "
          "jeunes de moins de vingt-six ans sans diplôme, personnes reconnues travailleurs handicapés, salariés "
          "des structures d'insertion par l'activité économique."),
        RTAB(hrs, widths=[3, 2], align="lr", bold_last=True),
        P("Le titulaire choisit librement la manière d'y parvenir : recrutement direct, mise à disposition par une "
          "entreprise de travail temporaire d'insertion, une association intermédiaire ou un groupement "
          "d'employeurs pour l'insertion et la qualification, ou sous-traitance à une entreprise d'insertion. "
          "Les heures réalisées par le personnel ainsi mis à disposition sont prises en compte pour leur durée "
          "effective."),
        P("La facilitatrice du PLIE de la Combe (maison de l'emploi, 4 place du Marché, Vernoux-la-Combe) "
          "vérifie l'éligibilité des personnes, propose des candidats et établit le bilan. Le titulaire lui "
          "adresse chaque mois un relevé des heures effectuées. Pour chaque heure non réalisée sans justification "
          "admise par le maître d'ouvrage, une pénalité de 50 euros HT est appliquée lors du décompte général."),
        H("Article 8 – Salariés détachés et travail illégal"),
        P("Le titulaire qui détache des salariés accomplit la déclaration préalable sur le téléservice SIPSI et "
          "en remet l'accusé de réception au maître d'œuvre avant l'arrivée des salariés sur le chantier. Il "
          "remet tous les six mois les attestations prévues à l'article D.~8222-5 du code du travail."),
        H("Article 9 – Horaires de chantier"),
        P("Le chantier est ouvert de 7~h~30 à 18~h~00 du lundi au vendredi. Les travaux bruyants sont interdits "
          "pendant les heures de classe de l'école provisoire voisine entre 13~h~30 et 14~h~30 (temps de repos des "
          "élèves de maternelle). Tout travail le samedi est soumis à l'accord préalable du maître d'œuvre."),
        H("Article 10 – Prix et variation"),
        P("Les marchés sont conclus à prix global et forfaitaire. Les prix sont révisables mensuellement par "
          "application de l'index BT01 ou de l'index propre au lot figurant à l'acte d'engagement, avec une partie "
          "fixe de 12,5~%."),
        H("Article 11 – Retenue de garantie et avance"),
        P("Une retenue de garantie de 5~% est prélevée sur les acomptes ; elle peut être remplacée par une garantie "
          "à première demande. Une avance de 5~% du montant initial est accordée dans les conditions du code de la "
          "commande publique."),
        H("Article 12 – Pénalités de retard"),
        SPLIT("Par jour calendaire de retard dans l'achèvement des travaux du lot, le titulaire subit une pénalité "
              "de 1/3000 du montant de son marché, sans pouvoir être inférieure à 150 euros par jour ; les "
              "absences aux réunions de chantier sont",
              "sanctionnées par une pénalité forfaitaire de 80 euros par absence non excusée."),
        H("Article 13 – Réception"),
        P("La réception a lieu à l'achèvement de l'ensemble des lots. Les opérations préalables sont conduites par "
          "le maître d'œuvre en présence des entreprises ; le dossier des ouvrages exécutés est remis en trois "
          "exemplaires et sous forme numérique."),
        H("Article 14 – Litiges et dérogations"),
        P("Les litiges relèvent du tribunal administratif de Vernoux. Les articles 5, 7 et 12 dérogent au CCAG "
          "Travaux."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1260, clause_environnementale=1,
            allotissement=1, nb_lots=11, montant_estime_ht=2860000,
            evidence=["le titulaire réserve une part du temps de travail nécessaire à l'exécution de son lot à des personnes qui rencontrent des difficultés particulières",
                      "Total de l'opération 1~260",
                      "répartis en onze lots",
                      "estimé à 2~860~000~€ HT",
                      "Le titulaire de chaque lot trie ses déchets sur le chantier"])
    note = ("Insertion sans le mot « clause » (« Contribution du chantier à l'accès à l'emploi »), heures par lot "
            "dans un tableau : 420+140+105+210+175+210 = 1 260 (total écrit). Sosies : PPSPS, carte BTP, SIPSI, "
            "D8222-5, « temps de repos des élèves ».")
    return PIECE("d04_CCAP.pdf", "CCAP", "SIS de Vernoux-la-Combe – Groupe scolaire des Grands Prés – CCAP",
                 "Marché SIS-2027-02 – CCAP tous lots", blocks, lab, hyphen=True) | {"note": note}


# ----------------------------------------------------------------------------- d05 CCTP gardiennage (PDF, 2 col.)
def d05():
    hours = [["Jour", "Ouverture au public", "Présence d'agents"],
             ["Mardi", "13 h – 19 h", "12 h 30 – 19 h 30 (1 agent SSIAP 1)"],
             ["Mercredi", "10 h – 18 h", "9 h 30 – 18 h 30 (2 agents)"],
             ["Vendredi", "13 h – 20 h", "12 h 30 – 20 h 30 (1 agent)"],
             ["Samedi", "10 h – 18 h", "9 h 30 – 18 h 30 (2 agents)"],
             ["Dimanche (oct.-mars)", "14 h – 18 h", "13 h 30 – 18 h 30 (1 agent)"]]
    blocks = [
        TITLE("Ville de Castelbrune – Direction des affaires culturelles",
              "Cahier des clauses techniques particulières",
              "Surveillance, accueil sécurité et prévention incendie de la médiathèque Jeanne-Aubrac"),
        H("1 – Objet"),
        P("Le présent CCTP décrit les prestations de surveillance humaine, de filtrage, de rondes et de "
          "prévention incendie assurées à la médiathèque Jeanne-Aubrac, établissement recevant du public de type "
          "S, 3e catégorie, pendant les heures d'ouverture et lors des manifestations en soirée."),
        H("2 – Horaires et effectifs"),
        P("Les agents sont présents trente minutes avant l'ouverture et trente minutes après la fermeture. La "
          "présence minimale est la suivante :"),
        RTAB(hours, widths=[1.2, 1.3, 2.1], align="lll"),
        P("Les manifestations en soirée (environ 25 par an) donnent lieu à une commande spécifique précisant le "
          "nombre d'agents et la plage horaire."),
        H("3 – Qualification des agents"),
        P("Chaque agent affecté est titulaire de la carte professionnelle délivrée par le Conseil national des "
          "activités privées de sécurité (CNAPS) en cours de validité. Au moins un agent présent est titulaire du "
          "diplôme SSIAP 1 à jour de son recyclage. Tous les agents sont titulaires du certificat de sauveteur "
          "secouriste du travail."),
        P("Le titulaire transmet avant le démarrage la liste des agents pressentis, la copie de leur carte "
          "professionnelle et de leurs diplômes. Il limite la rotation des agents afin que les usagers "
          "réguliers et le personnel de la médiathèque retrouvent des visages connus : un noyau de quatre agents "
          "au plus assure au moins 80~% des vacations."),
        H("4 – Tenue et comportement"),
        P("Les agents portent une tenue sobre identifiant l'entreprise et la mention « Sécurité ». Ils font preuve "
          "de courtoisie envers un public varié (familles, scolaires, lecteurs âgés, publics en situation de "
          "précarité fréquentant l'espace numérique) et signalent à la responsable de site toute situation de "
          "détresse sans intervenir au-delà de leurs missions."),
        H("5 – Missions"),
        LST(["accueil et orientation sécurité, contrôle visuel des sacs lors des plans Vigipirate renforcés ;",
             "rondes de prévention toutes les deux heures et ronde de fermeture avec vérification des issues ;",
             "levée de doute en cas d'alarme incendie et mise en œuvre des premiers moyens de secours ;",
             "aide à l'évacuation : les agents conduisent les personnes à mobilité réduite vers l'espace d'attente "
             "sécurisé du 1er étage et informent les secours de leur présence ;",
             "gestion des conflits et des incivilités, appel des forces de l'ordre le cas échéant ;",
             "tenue de la main courante électronique."]),
        H("6 – Consignes"),
        P("Les consignes générales et particulières sont remises par la Ville au démarrage. Le titulaire les "
          "complète par un classeur de poste, tenu à jour, comprenant les numéros d'urgence, les plans "
          "d'intervention et la procédure d'évacuation."),
        H("7 – Main courante et comptes rendus"),
        P("Toute intervention est consignée dans la main courante : heure, nature, suites données. Un compte rendu "
          "mensuel recense les incidents, les alarmes et les propositions d'amélioration."),
        H("8 – Remplacement et continuité"),
        P("Toute absence d'agent est compensée sans délai par un agent de même qualification. La grève du "
          "personnel du titulaire ne le dispense pas d'assurer la présence minimale prévue au tableau ; à défaut, "
          "la Ville peut faire appel à un autre prestataire aux frais du titulaire. Seuls les événements "
          "présentant les caractères de la force majeure suspendent cette obligation."),
        H("9 – Santé et sécurité des agents"),
        P("Un plan de prévention est établi avant le démarrage. Les agents effectuant la ronde de fermeture seuls "
          "sont équipés d'un dispositif d'alarme pour travailleur isolé relié au poste central du titulaire. Le "
          "titulaire respecte les durées maximales de travail et les temps de pause prévus par le code du travail "
          "et la convention collective nationale des entreprises de prévention et de sécurité (IDCC 1351)."),
        H("10 – Changement de prestataire"),
        P("L'avenant du 28 janvier 2011 à la convention collective précitée organise la reprise d'une partie du "
          "personnel en cas de changement de prestataire. La Ville n'est pas partie à ces relations de travail ; "
          "elle transmet aux candidats les informations fournies par le prestataire sortant."),
        H("11 – Vidéoprotection et données"),
        P("Les agents ont accès aux images du système de vidéoprotection en direct uniquement. Ils ne procèdent à "
          "aucune extraction d'images. Le titulaire respecte le RGPD et les prescriptions de l'autorisation "
          "préfectorale."),
        H("12 – Contrôle"),
        P("La Ville contrôle inopinément la présence et la qualification des agents. Chaque manquement constaté "
          "donne lieu à l'application des pénalités prévues au CCAP."),
    ]
    lab = L(evidence=[])
    note = ("Deux colonnes. Gardiennage : horaires et effectifs, CNAPS/SSIAP, rotation limitée des agents, "
            "publics précaires, évacuation des PMR, grève/force majeure, travailleur isolé, reprise (IDCC 1351). "
            "Aucune considération sociale ou environnementale ; lots et montants absents.")
    return PIECE("d05_CCTP.pdf", "CCTP", "Ville de Castelbrune – Médiathèque Jeanne-Aubrac – CCTP surveillance",
                 "CCTP surveillance – version 2", blocks, lab, hyphen=True, cols=2) | {"note": note}


# ----------------------------------------------------------------------------- d06 CCAP vêtements de travail (PDF)
def d06():
    c = C("la Régie des eaux du Val de Sorbe", "tribunal administratif de Sorbiers", delai=30)
    mx = [["Lot", "Intitulé", "Maximum annuel HT"],
          ["1", "Vêtements de travail et vêtements à haute visibilité", "25~000 €"],
          ["2", "Chaussures, bottes et gants de sécurité", "15~000 €"]]
    blocks = [
        TITLE("RÉGIE DES EAUX DU VAL DE SORBE",
              "CCAP – Fourniture de vêtements de travail et d'équipements de protection individuelle",
              "Accord-cadre à bons de commande n° RES-27-F07"),
    ] + A("Objet et allotissement",
          "Le présent accord-cadre a pour objet la fourniture de vêtements de travail, de vêtements à haute "
          "visibilité et d'équipements de protection individuelle destinés aux agents d'exploitation des réseaux "
          "d'eau potable et d'assainissement de la Régie.",
          "Il est divisé en deux lots :") + [
        RTAB(mx, widths=[0.5, 4, 1.5], align="llr"),
    ] + A("Durée – montants",
          "L'accord-cadre est conclu pour un an à compter de sa notification, reconductible trois fois par "
          "période d'un an. Les maximums annuels ci-dessus s'appliquent à chaque période ; le montant maximum "
          "global, toutes périodes et tous lots confondus, est ainsi de 160~000~€ HT. Aucun minimum n'est fixé.") + A(
        "Exigences techniques – rappel",
        "Les articles du lot 1 sont conformes aux normes EN ISO 13688 et, pour la haute visibilité, EN ISO 20471 "
        "classe 2 ou 3. Les chaussures du lot 2 sont conformes à la norme EN ISO 20345, catégorie S3 au moins. Les "
        "tailles proposées couvrent les morphologies féminines et masculines, du XS au 4XL ; les fiches de "
        "dotation individuelles sont tenues par la Régie.") + A(
        "Bons de commande et livraisons",
        "Les bons de commande sont émis par le service des moyens généraux. Les livraisons ont lieu au magasin "
        "central, 12 rue des Forges à Sorbiers, dans un délai de quinze jours, conditionnées par agent "
        "(étiquetage au nom de l'agent) lorsque le bon le précise.",
        "Les articles sont livrés sans suremballage individuel en plastique ; les cartons sont repris par le "
        "titulaire à la livraison suivante pour réemploi ou recyclage. Le titulaire reprend également, une fois "
        "par an, les vêtements usagés collectés par la Régie et les oriente vers une filière de recyclage des "
        "textiles dont il justifie.") + A(
        "Conditions de fabrication dans la chaîne d'approvisionnement",
        "Le titulaire garantit que les articles livrés au titre de chaque lot sont fabriqués, à tous les stades de "
        "la confection, dans le respect des conventions fondamentales de l'Organisation internationale du travail "
        "relatives à l'interdiction du travail forcé et du travail des enfants, à la liberté syndicale et à la "
        "non-discrimination.",
        "Il remet, dans les trois mois suivant la notification, la liste des sites de confection des articles "
        "référencés et, pour chacun, le dernier rapport d'audit social réalisé par un tiers indépendant datant de "
        "moins de trois ans ou une certification équivalente. Si un manquement est relevé, il présente un plan "
        "d'actions correctives assorti d'un calendrier ; à défaut de mise en œuvre, la Régie peut retirer du "
        "catalogue les références concernées.") + A(
        "Pénalités",
        "Retard de livraison : 30 euros par jour calendaire et par bon de commande. Non-remise de la liste des "
        "sites de confection ou des rapports d'audit : 100 euros par semaine de retard après mise en demeure.") + \
        F_prix(c, 1) + F_paiement(c, 1) + F_st(c) + F_resiliation(c, 1) + F_litiges(c, 1)
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=160000,
            evidence=["dans le respect des conventions fondamentales de l'Organisation internationale du travail",
                      "livrés sans suremballage individuel en plastique",
                      "Il est divisé en deux lots",
                      "toutes périodes et tous lots confondus, est ainsi de 160~000~€ HT"])
    note = ("Vraie clause sociale de chaîne d'approvisionnement (conventions OIT, audits sociaux des sites de "
            "confection) au milieu d'EPI et de normes. Maximum global écrit (25 000 + 15 000) x 4 = 160 000.")
    return PIECE("d06_CCAP.pdf", "CCAP", "Régie des eaux du Val de Sorbe – Accord-cadre RES-27-F07",
                 "CCAP RES-27-F07", blocks, lab, hyphen=True) | {"note": note}


# ----------------------------------------------------------------------------- d07 RC maintenance lits (PDF, 2 col.)
def d07():
    crit = [["Critères", "Poids"],
            ["Prix (montant annuel du forfait et du bordereau, simulation jointe)", "45~%"],
            ["Valeur technique", "45~%"],
            ["- délais d'intervention et de remise en service", "20~%"],
            ["- organisation et moyens humains affectés au site", "15~%"],
            ["- formation des soignants à l'utilisation des lève-personnes", "10~%"],
            ["Allongement de la durée de vie des équipements : reconditionnement et disponibilité des pièces "
             "détachées", "10~%"]]
    blocks = [
        TITLE("CENTRE HOSPITALIER DE RONCIÈRES-SUR-LÈDE",
              "Règlement de consultation",
              "Maintenance préventive et curative des lits médicalisés, des lève-personnes et des matériels "
              "d'aide au transfert des patients – Appel d'offres ouvert n° CHR-BIO-2027-14"),
        H("1. Objet et caractéristiques"),
        P("La consultation porte sur la maintenance préventive et curative d'environ 420 lits médicalisés, "
          "64 lève-personnes sur rail ou mobiles et 30 verticalisateurs utilisés dans les services de soins, "
          "l'EHPAD et l'unité de soins de longue durée."),
        P("Le marché n'est pas alloti : la maintenance de ces équipements, souvent de même fabricant, est "
          "confiée à un interlocuteur unique pour garantir la continuité des soins et la traçabilité des "
          "interventions."),
        P("Durée : quatre ans à compter du 1er mars 2028. Valeur estimée sur la durée totale : 260~000~€ HT."),
        H("2. Dossier de consultation"),
        P("Le DCE comprend le présent règlement, l'acte d'engagement, le CCAP, le CCTP et l'inventaire du parc, "
          "le bordereau des prix et le cadre de réponse technique. Il est téléchargeable gratuitement sur le "
          "profil d'acheteur du GHT Lède-et-Monts."),
        H("3. Conditions de participation"),
        P("Le candidat produit :"),
        LST(["une lettre de candidature (DC1) et une déclaration du candidat (DC2) ou le DUME ;",
             "une déclaration sur l'honneur qu'il n'entre dans aucun des cas d'exclusion des articles L.~2141-1 "
             "à L.~2141-5 et L.~2141-7 à L.~2141-10, et qu'il a satisfait à l'obligation d'emploi des "
             "travailleurs handicapés (articles L.~5212-1 à L.~5212-11 du code du travail) ;",
             "le chiffre d'affaires global des trois derniers exercices ;",
             "les effectifs moyens annuels et l'importance du personnel d'encadrement pour les trois dernières "
             "années ;",
             "les habilitations électriques et les attestations de formation des techniciens délivrées par les "
             "fabricants des matériels de l'inventaire ;",
             "des références de maintenance de matériels d'aide au transfert dans des établissements de santé ou "
             "médico-sociaux."]),
        P("Les candidats peuvent se présenter en groupement. Les entreprises adaptées et les ESAT sont admis à "
          "candidater dans les conditions de droit commun ; le marché ne leur est pas réservé."),
        H("4. Contenu de l'offre"),
        P("L'offre comprend l'acte d'engagement, le bordereau complété, la simulation financière et le cadre de "
          "réponse technique, qui ne peut être remplacé par une documentation commerciale."),
        H("5. Jugement des offres"),
        P("L'offre économiquement la plus avantageuse est choisie selon les critères suivants :"),
        RTAB(crit, widths=[4, 1.1], align="lr"),
        P("La nature des prestations ne se prêtant pas à une action en faveur de l'emploi, le marché ne comporte "
          "pas de clause sociale au sens de l'article L.~2112-2 du code de la commande publique et aucun critère "
          "relatif à l'insertion professionnelle ou à la politique sociale des candidats n'est retenu."),
        P("Le critère relatif à la formation des soignants apprécie le contenu et l'organisation des sessions de "
          "prise en main des lève-personnes destinées au personnel de l'établissement (prévention des troubles "
          "musculo-squelettiques, sécurité des patients)."),
        H("6. Documents exigés de l'attributaire"),
        P("Avant la notification, l'attributaire remet les attestations de régularité fiscale et sociale, "
          "l'attestation de vigilance URSSAF de moins de six mois, un extrait Kbis et, le cas échéant, la liste "
          "nominative des salariés étrangers. À défaut de production dans le délai de huit jours, son offre est "
          "rejetée et le candidat classé en deuxième position est sollicité."),
        H("7. Négociation – variantes"),
        P("Les variantes ne sont pas autorisées. La procédure d'appel d'offres exclut toute négociation ; seules "
          "des précisions peuvent être demandées aux candidats sur la teneur de leur offre."),
        H("8. Renseignements complémentaires"),
        P("Les questions sont posées par la messagerie du profil d'acheteur jusqu'au 20 novembre 2027. Une visite "
          "des locaux techniques est possible sur rendez-vous auprès du service biomédical. Date limite de remise "
          "des offres : 3 décembre 2027, 16~h~00."),
        H("9. Voies de recours"),
        P("Tribunal administratif de Lède-et-Monts : référé précontractuel, référé contractuel, recours en "
          "contestation de la validité du contrat dans les deux mois suivant la publicité de l'attribution."),
    ]
    lab = L(critere_environnemental=1, allotissement=0, montant_estime_ht=260000,
            evidence=["Allongement de la durée de vie des équipements : reconditionnement et disponibilité des pièces détachées",
                      "Le marché n'est pas alloti",
                      "Valeur estimée sur la durée totale : 260~000~€ HT"])
    note = ("Deux colonnes. Sosies : obligation d'emploi des travailleurs handicapés (déclaration), effectifs, EA/"
            "ESAT admis mais marché non réservé, « ne comporte pas de clause sociale », « aucun critère relatif à "
            "l'insertion », critère de formation des soignants (personnel de l'acheteur, TMS), URSSAF. Critère "
            "environnemental sur la durée de vie / pièces reconditionnées.")
    return PIECE("d07_RC.pdf", "RC", "CH de Roncières-sur-Lède – RC CHR-BIO-2027-14",
                 "Service des achats – GHT Lède-et-Monts", blocks, lab, hyphen=True, cols=2) | {"note": note}


# ----------------------------------------------------------------------------- d08 CCAP portage de repas (PDF)
def d08():
    c = C("le CCAS de Vaubrenne", "tribunal administratif de Vaubrenne", delai=30)
    crit = [["N°", "Critère", "Pondération"],
            ["1", "Prix des prestations (DQE)", "40~%"],
            ["2", "Qualité gustative et nutritionnelle des menus (menus types sur 4 semaines, fiches techniques)", "30~%"],
            ["3", "Part des heures de préparation et de livraison confiées à des personnes en parcours d'accès à "
                  "l'emploi (nombre d'heures proposé)", "10~%"],
            ["4", "Réduction des déchets : contenants réemployables, lutte contre le gaspillage", "10~%"],
            ["5", "Délai de prise en charge d'un nouveau bénéficiaire", "10~%"]]
    blocks = [
        TITLE("Centre communal d'action sociale de Vaubrenne",
              "Cahier des clauses administratives particulières",
              "Confection et portage de repas à domicile pour les personnes âgées et les personnes en situation "
              "de handicap – Procédure adaptée n° CCAS-2027-03"),
    ] + A("Objet",
          "Le marché a pour objet la confection, en liaison froide, et la livraison à domicile de repas (déjeuner et "
          "dîner) destinés aux personnes âgées de plus de 65 ans, aux personnes en situation de handicap et aux "
          "personnes temporairement dépendantes résidant à Vaubrenne, bénéficiaires du service de portage du CCAS.",
          "Environ 34~000 repas sont livrés par an, six jours sur sept, avec une livraison double le samedi.",
          "Le marché est un marché unique : la confection et la livraison sont indissociables pour garantir la "
          "chaîne du froid et la traçabilité.") + A(
        "Durée et montant maximum",
        "L'accord-cadre à bons de commande est conclu pour un an à compter du 1er janvier 2028, reconductible "
        "deux fois. Le montant maximum annuel est de 140~000~€ HT, soit 420~000~€ HT sur la durée maximale de "
        "l'accord-cadre.") + A(
        "Mission de veille auprès des bénéficiaires",
        "Le livreur remet le repas en main propre. En l'absence de réponse du bénéficiaire ou s'il constate une "
        "situation inhabituelle (chute, confusion, logement non chauffé), il alerte immédiatement le CCAS selon "
        "la procédure annexée. Cette mission de veille fait partie intégrante du service et n'est pas rémunérée "
        "séparément. Les livreurs sont formés par le titulaire à cette procédure avant leur première tournée.") + A(
        "Critères d'attribution",
        "Les offres sont classées au moyen des critères suivants, appréciés au vu de l'offre et du mémoire :") + [
        RTAB(crit, widths=[0.4, 4.6, 1.1], align="llr"),
        P("Pour le critère n° 3, le candidat indique dans l'acte d'engagement le nombre d'heures annuelles qu'il "
          "s'engage à confier, pour l'exécution du présent marché, à des personnes rencontrant des difficultés "
          "d'accès à l'emploi ; la note est proportionnelle au nombre d'heures proposé, plafonnée à 15~% des heures "
          "nécessaires à l'exécution."),
    ] + A("Engagement relatif aux heures d'accès à l'emploi",
          "Le volume d'heures indiqué par le titulaire au titre du critère n° 3 constitue un engagement contractuel. "
          "Le titulaire peut y satisfaire par embauche directe, y compris en contrat de professionnalisation, ou "
          "par le recours à une entreprise de travail temporaire d'insertion ou à une association intermédiaire.",
          "Il transmet chaque trimestre au CCAS un état des heures réalisées, visé par le référent emploi du PLIE "
          "de Vaubrenne. Chaque heure non réalisée en fin d'année, sans motif accepté par le CCAS, donne lieu à une "
          "pénalité de 30~€ HT.") + A(
        "Contenants et déchets",
        "Les repas sont livrés dans des contenants réemployables en verre ou en inox, consignés, repris lors de la "
        "livraison suivante et lavés par le titulaire. L'usage de barquettes jetables n'est admis qu'en cas de "
        "panne de la laverie, pour une durée maximale de cinq jours.") + A(
        "Hygiène et sécurité alimentaire",
        "Le titulaire respecte le paquet hygiène et dispose d'un agrément sanitaire pour la production en liaison "
        "froide. Les véhicules de livraison sont réfrigérés et leur température est enregistrée. Les allergènes "
        "sont indiqués sur chaque barquette.") + A(
        "Personnel du titulaire",
        "Le personnel de livraison présente une tenue propre et un badge nominatif. Il respecte la discrétion due "
        "aux bénéficiaires et le secret des informations dont il a connaissance. Le titulaire fait son affaire du "
        "respect du code du travail, notamment en matière de temps de conduite et de pauses.") + \
        F_rgpd(c, 1) + F_prix(c, 1) + F_paiement(c, 2) + F_resiliation(c, 2) + F_litiges(c, 0)
    lab = L(clause_sociale=1, clause_insertion=1, critere_social=1, clause_environnementale=1,
            critere_environnemental=1, allotissement=0, montant_max_ht=420000,
            evidence=["confiées à des personnes en parcours d'accès à l'emploi",
                      "au titre du critère n° 3 constitue un engagement contractuel",
                      "contenants réemployables en verre ou en inox",
                      "Réduction des déchets : contenants réemployables",
                      "Le marché est un marché unique",
                      "soit 420~000~€ HT sur la durée maximale"])
    note = ("Objet social (portage de repas, veille auprès des bénéficiaires, nom « CCAS »). Vrai critère d'heures "
            "d'accès à l'emploi (sans le mot « insertion ») devenant engagement contractuel (clause d'insertion "
            "sans nombre d'heures). « Marché unique » = non alloti.")
    return PIECE("d08_CCAP.pdf", "CCAP", "CCAS de Vaubrenne – Portage de repas – CCAP CCAS-2027-03",
                 "CCAS de Vaubrenne – CCAP", blocks, lab, hyphen=True) | {"note": note}


# ----------------------------------------------------------------------------- d09 AE réhabilitation (PDF)
def d09():
    blocks = [
        TITLE("HABITAT TERRES DE VÉRANE – Office public de l'habitat",
              "ACTE D'ENGAGEMENT",
              "Réhabilitation thermique et fonctionnelle de 48 logements – Résidence Les Tilleuls à Vérane-le-Vieux",
              "Lot n° 4 : Plâtrerie – isolation – faux plafonds (opération comportant 9 lots)"),
        H("A – Objet de l'acte d'engagement"),
        P("Le présent acte d'engagement concerne le lot n° 4 de l'opération de réhabilitation de la résidence "
          "Les Tilleuls, dont les travaux sont répartis en neuf lots traités par marchés séparés. Procédure "
          "adaptée ouverte en application de l'article R.~2123-1, 1° du code de la commande publique."),
        H("B – Identification de l'acheteur"),
        P("Habitat Terres de Vérane, office public de l'habitat, 7 avenue des Cévennes, 30877 Vérane-le-Vieux "
          "– SIRET 268 300 417 00026. Personne habilitée à donner les renseignements relatifs "
          "aux nantissements : le directeur général. Comptable assignataire : l'agent comptable de l'office."),
        H("C – Engagement du titulaire"),
        P("Après avoir pris connaissance des pièces constitutives du marché, le signataire s'engage, sur la base "
          "de son offre et pour son propre compte ou pour le compte de la société qu'il représente, à exécuter les "
          "prestations du lot n° 4 dans les conditions définies ci-après."),
        TAB([["Nom commercial et dénomination sociale", ""],
             ["Adresse de l'établissement", ""],
             ["Numéro SIRET", ""],
             ["Adresse électronique", ""],
             ["Signataire (nom, qualité)", ""]], widths=[2.4, 3.6], align="ll", header=False),
        H("D – Prix"),
        P("Les travaux sont rémunérés par un prix global et forfaitaire. Montant hors TVA : "
          "........................ € ; TVA au taux de 5,5~% : .................... € ; montant TTC : "
          "........................ €. Arrêté en lettres à : ..............................................."),
        H("E – Délai d'exécution"),
        P("Le délai d'exécution du lot est fixé au calendrier d'exécution ; il court à compter de l'ordre de "
          "service prescrivant le démarrage des travaux du lot."),
        H("F – Engagement au titre de l'article 12 du CCAP"),
        P("Le titulaire s'engage à réaliser, au titre de l'action d'insertion professionnelle prévue à "
          "l'article 12 du CCAP, quatre cent vingt (420) heures de travail au bénéfice de personnes éloignées de "
          "l'emploi, selon la ou les modalités suivantes (cocher) :"),
        LST(["[ ] embauche directe (CDD, CDI, contrat de professionnalisation ou d'apprentissage) d'une personne "
             "éligible ;",
             "[ ] mise à disposition de salariés par une ETTI, une association intermédiaire ou un GEIQ ;",
             "[ ] sous-traitance ou co-traitance avec une entreprise d'insertion, une entreprise adaptée ou un "
             "ESAT."]),
        P("L'éligibilité des personnes est validée par le facilitateur désigné par l'office avant leur prise de "
          "poste."),
        H("G – Déclarations"),
        P("Le signataire affirme sous peine de résiliation du marché à ses torts exclusifs que la société pour "
          "laquelle il intervient ne tombe pas sous le coup des interdictions de soumissionner prévues aux "
          "articles L.~2141-1 à L.~2141-5 et L.~2141-7 à L.~2141-11 du code de la commande publique, qu'elle a "
          "souscrit les déclarations lui incombant en matière fiscale et sociale et acquitté les impôts et "
          "cotisations exigibles, et qu'elle est en règle au regard des articles L.~5212-1 à L.~5212-11 du code du "
          "travail concernant l'emploi des travailleurs handicapés."),
        H("H – Compte à créditer"),
        TAB([["Titulaire du compte", ""], ["Établissement", ""], ["IBAN", ""], ["BIC", ""]],
            widths=[2.4, 3.6], align="ll", header=False),
        H("I – Avance"),
        P("Le titulaire [ ] refuse [ ] accepte de percevoir l'avance prévue au CCAP."),
        H("J – Signature du titulaire"),
        P("Fait en un seul original, à ............................, le ......................"),
        P("Signature du représentant habilité (signature électronique qualifiée acceptée)."),
        ("pagebreak",),
        H("K – Acceptation de l'offre par le pouvoir adjudicateur"),
        P("La présente offre est acceptée pour valoir acte d'engagement. À Vérane-le-Vieux, le ..................... "
          "Le directeur général de l'office."),
        H("L – Notification"),
        P("Date de réception de la notification par le titulaire : ...................... (la notification "
          "transforme le projet de marché en marché et le candidat en titulaire)."),
        H("M – Nantissement ou cession de créances"),
        P("Copie délivrée en unique exemplaire pour être remise à l'établissement de crédit en cas de cession ou "
          "de nantissement de créance de : [ ] la totalité du marché ; [ ] la totalité du bon de commande ; "
          "[ ] la partie des prestations évaluée à ........................ € que le titulaire n'envisage pas de "
          "confier à des sous-traitants bénéficiant du paiement direct."),
        H("N – Annexes"),
        LST(["annexe n° 1 : décomposition du prix global et forfaitaire ;",
             "annexe n° 2 : demande d'acceptation des sous-traitants (DC4) le cas échéant ;",
             "annexe n° 3 : fiche de suivi des heures d'insertion (modèle du facilitateur)."]),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=420, allotissement=1, nb_lots=9,
            evidence=["s'engage à réaliser, au titre de l'action d'insertion professionnelle prévue à l'article 12 du CCAP, quatre cent vingt (420) heures de travail",
                      "répartis en neuf lots traités par marchés séparés"])
    note = ("AE : heures écrites en lettres puis en chiffres (420). Sosies : interdictions de soumissionner, "
            "déclaration L5212-1 à L5212-11, EA/ESAT comme modalités, prix à compléter (vide).")
    return PIECE("d09_AE.pdf", "AE", "Habitat Terres de Vérane – Les Tilleuls – AE lot 4",
                 "AE – lot 4 Plâtrerie – isolation", blocks, lab, hyphen=False) | {"note": note}


# ----------------------------------------------------------------------------- d10 CCTP formation (PDF)
def d10():
    mods = [["Module", "Contenu", "Durée", "Public"],
            ["M1", "Accueillir une personne en situation de handicap (moteur, sensoriel, psychique, cognitif) : "
                   "postures, vocabulaire, aides techniques", "1 jour", "agents d'accueil"],
            ["M2", "Initiation à la langue des signes française et à la communication avec les personnes sourdes",
             "2 jours", "agents volontaires"],
            ["M3", "Rédiger en « facile à lire et à comprendre » (FALC)", "1 jour", "chargés de communication"],
            ["M4", "Prévenir les discriminations à l'accueil et dans l'accès aux services", "1 jour", "tous agents"],
            ["M5", "Faire face aux incivilités et aux situations de tension", "1 jour", "agents d'accueil"]]
    blocks = [
        TITLE("Syndicat intercommunal des services à la population du Bas-Lémont",
              "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Formation des agents à l'accueil de tous les publics – handicap, égalité de traitement, "
              "prévention des discriminations"),
        H("Article 1 – Contexte"),
        P("Le Syndicat intercommunal des services à la population (SISP) du Bas-Lémont gère pour ses onze "
          "communes membres l'accueil des usagers de l'état civil, du centre social, de la crèche familiale et du "
          "service de maintien à domicile. Dans le cadre de son plan de formation 2028-2030 et de sa démarche de "
          "labellisation « Marianne », il souhaite former ses agents à l'accueil des personnes en situation de "
          "handicap et à la prévention des discriminations."),
        P("La prestation fait l'objet d'un marché unique, non alloti, les modules formant un parcours cohérent "
          "conduit par une même équipe pédagogique."),
        H("Article 2 – Contenu des modules"),
        RTAB(mods, widths=[0.6, 4.2, 0.8, 1.5], align="llll"),
        P("Le nombre prévisionnel de sessions est de 24 sur trois ans, par groupes de 8 à 12 stagiaires. Les "
          "sessions sont organisées dans les locaux du SISP, accessibles aux personnes à mobilité réduite."),
        H("Article 3 – Exigences pédagogiques"),
        P("Le titulaire propose une pédagogie active : mises en situation, études de cas issues des situations "
          "vécues par les agents, témoignages de personnes concernées. Pour le module M1, l'intervention d'un "
          "formateur lui-même en situation de handicap ou d'une association représentative est appréciée mais "
          "n'est pas exigée."),
        P("L'environnement de travail des agents (guichets, bornes, salle d'attente) est présenté aux formateurs "
          "lors d'une visite préalable, afin que les mises en situation s'y rapportent."),
        H("Article 4 – Qualification des formateurs"),
        P("Les formateurs justifient d'une expérience d'au moins trois ans dans la formation d'adultes et d'une "
          "compétence reconnue dans le domaine traité (diplôme, certification, pratique professionnelle). Pour le "
          "module M2, le formateur est titulaire d'une licence professionnelle d'enseignement de la LSF ou d'une "
          "qualification équivalente."),
        H("Article 5 – Supports et évaluation"),
        P("Chaque stagiaire reçoit un livret récapitulatif. Une évaluation « à chaud » est réalisée en fin de "
          "session et une évaluation « à froid » trois mois plus tard auprès des stagiaires et de leur encadrement. "
          "Le titulaire remet un bilan annuel comportant les taux de satisfaction et les axes d'amélioration."),
        H("Article 6 – Référent handicap du SISP"),
        P("Le référent handicap du SISP est l'interlocuteur du titulaire pour l'adaptation des sessions aux "
          "agents du SISP eux-mêmes en situation de handicap ; les adaptations nécessaires (interprète, supports "
          "agrandis) sont organisées et prises en charge par le SISP au titre de sa politique d'emploi des "
          "travailleurs handicapés."),
        H("Article 7 – Calendrier"),
        P("Les dates de sessions sont arrêtées d'un commun accord au plus tard six semaines à l'avance. Une "
          "session annulée par le titulaire moins de dix jours avant sa date est reportée sans frais ; une session "
          "annulée par le SISP moins de cinq jours avant sa date est facturée à 50~%."),
        H("Article 8 – Attestations"),
        P("Le titulaire délivre une attestation de présence à chaque stagiaire et transmet au service des "
          "ressources humaines les feuilles d'émargement signées par demi-journée. Il est déclaré comme organisme "
          "de formation et certifié Qualiopi au titre des actions de formation."),
        H("Article 9 – Propriété des supports"),
        P("Les supports remis aux stagiaires peuvent être reproduits par le SISP pour un usage interne. Le "
          "titulaire conserve ses droits sur ses méthodes et outils pédagogiques."),
        H("Article 10 – Suivi du marché"),
        P("Une réunion de lancement et une réunion annuelle de bilan sont organisées avec la direction des "
          "ressources humaines. Le titulaire désigne un coordinateur pédagogique unique."),
    ]
    lab = L(allotissement=0,
            evidence=["La prestation fait l'objet d'un marché unique, non alloti"])
    note = ("Objet social (formation des agents de l'acheteur au handicap et à la non-discrimination), politique "
            "handicap de l'acheteur, « environnement de travail » au sens pédagogique. Aucune clause.")
    return PIECE("d10_CCTP.pdf", "CCTP", "SISP du Bas-Lémont – CCTP formation accueil de tous les publics",
                 "SISP du Bas-Lémont – Ressources humaines", blocks, lab, hyphen=True) | {"note": note}


# ----------------------------------------------------------------------------- d11 CCAP transport à la demande (PDF)
def d11():
    c = C("la Communauté d'agglomération du Grand Vérac", "tribunal administratif de Vérac", delai=30)
    blocks = [
        TITLE("COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND VÉRAC",
              "Cahier des clauses administratives particulières",
              "Exploitation du service de transport à la demande « Vérac'Flex » – Marché n° GV-MOB-2028-01"),
        H("Art. 1 – Objet"),
        P("Le marché porte sur l'exploitation du service de transport à la demande zonal desservant les "
          "vingt-deux communes rurales de l'agglomération : prise des réservations, planification des courses, "
          "conduite, information des voyageurs et perception des recettes pour le compte de l'agglomération."),
        P("Le marché n'est pas alloti : la centrale de réservation et l'exploitation forment un service unique."),
        H("Art. 2 – Durée – valeur"),
        P("Durée : cinq ans à compter du 1er septembre 2028. Le montant estimé de l'ensemble des prestations sur la "
          "durée du marché est de 1~350~000~€ HT."),
        H("Art. 3 – Conducteurs"),
        P("Les conducteurs sont titulaires du permis de la catégorie requise, de la FIMO ou de la FCO à jour et de "
          "l'attestation médicale prévue par le code de la route. Le titulaire respecte la réglementation relative "
          "aux temps de conduite et de repos et à l'amplitude des services des conducteurs du transport routier "
          "de voyageurs."),
        H("Art. 4 – Véhicules"),
        P("Le titulaire affecte au service six véhicules de 8 places assises au plus, dont quatre au moins sont "
          "à motorisation électrique ou au bioGNV dès le démarrage ; les véhicules à motorisation thermique sont "
          "remplacés par des véhicules à faibles émissions au plus tard le 1er septembre 2030. Deux véhicules "
          "sont équipés d'une rampe ou d'un élévateur permettant l'accès des fauteuils roulants, conformément à "
          "la réglementation."),
        H("Art. 5 – Réservation"),
        P("La centrale de réservation est joignable du lundi au samedi de 8~h à 18~h. Les réservations sont "
          "possibles jusqu'à la veille 17~h par téléphone, application mobile ou site internet."),
        H("Art. 6 – Un service utilisable par tous"),
        P("Au-delà des obligations résultant de la loi n° 2005-102 du 11 février 2005 et de ses textes "
          "d'application, le titulaire s'engage, pendant toute la durée du marché :"),
        LST(["à former chaque conducteur affecté, avant sa première prise de service, à l'accompagnement des "
             "voyageurs aveugles ou malvoyants, sourds ou malentendants et des personnes présentant un trouble "
             "cognitif ou psychique (module d'une journée, renouvelé tous les trois ans) ;",
             "à diffuser le guide du voyageur et les règles de réservation en version « facile à lire et à "
             "comprendre » et en gros caractères, et à les tenir à jour ;",
             "à permettre la réservation par SMS et par un service de visio-interprétation en langue des signes "
             "française aux heures d'ouverture de la centrale ;",
             "à accepter à bord, sans supplément, l'accompagnateur d'une personne titulaire de la carte mobilité "
             "inclusion et les chiens guides ou d'assistance."]),
        P("Le respect de ces engagements est vérifié lors du comité de suivi semestriel ; le titulaire présente "
          "les attestations de formation des conducteurs."),
        H("Art. 7 – Apprentissage"),
        P("Pendant la durée du marché, le titulaire accueille et forme, au sein de l'équipe affectée au service, "
          "au moins un apprenti préparant le titre professionnel de conducteur du transport routier interurbain "
          "de voyageurs ou un diplôme d'agent de réservation. À défaut, et sauf impossibilité dûment justifiée "
          "(absence de candidat après publication de l'offre auprès de France Travail et du CFA du transport), "
          "une pénalité annuelle de 3~000~€ est appliquée."),
        H("Art. 8 – Information et qualité"),
        P("Le titulaire mesure mensuellement le taux de courses réalisées à l'heure (tolérance de dix minutes) et le "
          "taux de réservations refusées. Un taux de ponctualité inférieur à 92~% entraîne une réfaction de 1~% de la "
          "rémunération mensuelle."),
        H("Art. 9 – Continuité du service"),
        P("En cas de grève, le titulaire met en œuvre le plan de transport adapté prévu par la loi du 21 août 2007 "
          "et informe les voyageurs au plus tard 24 heures à l'avance. Les intempéries rendant les routes "
          "impraticables constituent un cas de force majeure."),
        H("Art. 10 – Recettes"),
        P("Le titulaire perçoit les recettes en qualité de mandataire et les reverse mensuellement à la régie de "
          "recettes de l'agglomération. Les titres sont ceux de la gamme tarifaire du réseau."),
        H("Art. 11 – Rémunération"),
        P("Le titulaire est rémunéré par un forfait annuel d'exploitation et par un prix unitaire par course "
          "réalisée. Les prix sont révisés annuellement selon la formule figurant à l'annexe financière."),
        H("Art. 12 – Pénalités (récapitulatif)"),
        P("Course non réalisée sans motif : 150~€ ; retard de plus de vingt minutes : 40~€ ; défaut de transmission "
          "du rapport mensuel : 100~€ par jour ; manquement à l'un des engagements de l'article 6 : 500~€ par "
          "manquement constaté."),
        H("Art. 13 – Litiges"),
        P("Tribunal administratif de Vérac."),
    ]
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=0, montant_estime_ht=1350000,
            evidence=["Au-delà des obligations résultant de la loi n° 2005-102 du 11 février 2005",
                      "au moins un apprenti préparant le titre professionnel",
                      "remplacés par des véhicules à faibles émissions",
                      "Le marché n'est pas alloti",
                      "est de 1~350~000~€ HT"])
    note = ("Vraie clause sociale sans le mot « social » : accessibilité du service au-delà de la "
            "loi (FALC, LSF, formation des conducteurs) et apprentissage (pas insertion). Piège d'heures : "
            "« module d'une journée », « 24 heures ». Véhicules à faibles émissions.")
    return PIECE("d11_CCAP.pdf", "CCAP", "Grand Vérac – Vérac'Flex – CCAP GV-MOB-2028-01",
                 "CCAP Vérac'Flex", blocks, lab, hyphen=True) | {"note": note}


# ----------------------------------------------------------------------------- d12 CCP espaces verts (PDF)
def d12():
    c = C("la commune de Lanvézec", "tribunal administratif de Kerlouan-sur-Mer", delai=30)
    crit = [["Critère", "Points"],
            ["Prix (DQE de chaque lot)", "50"],
            ["Moyens matériels affectés au lot", "15"],
            ["Organisation des interventions et réactivité", "20"],
            ["Démarche d'accompagnement des personnes éloignées de l'emploi affectées aux prestations : tutorat, "
             "formation en situation de travail, suites de parcours envisagées", "15"],
            ["Total", "100"]]
    blocks = [
        TITLE("Commune de Lanvézec (Finistère-Nord)",
              "Cahier des clauses particulières (CCP)",
              "valant cahier des clauses administratives et techniques – Entretien des espaces verts communaux",
              "Procédure adaptée – Réf. LZV-EV-2028"),
        H("I. DISPOSITIONS GÉNÉRALES"),
        H2("I.1 Objet"),
        P("Le présent CCP a pour objet l'entretien des espaces verts de la commune : tonte, désherbage manuel ou "
          "mécanique, entretien des massifs, taille des haies et des arbustes, élagage des arbres d'alignement, "
          "ramassage des feuilles."),
        H2("I.2 Lots"),
        P("La consultation comprend deux lots : lot 1 – tonte et entretien des massifs ; lot 2 – taille, élagage et "
          "soins aux arbres. Un candidat peut répondre à un seul lot ou aux deux."),
        H2("I.3 Durée – estimation"),
        P("Le marché est conclu pour trois ans à compter du 1er mars 2028. Le montant total estimé des deux lots "
          "pour les trois années est de 222~000~€ HT, soit environ 74~000~€ HT par an."),
        H2("I.4 Critères de jugement"),
        P("Pour chaque lot, les offres sont notées sur 100 points :"),
        RTAB(crit, widths=[5, 0.8], align="lr", bold_last=True),
        P("Le dernier critère est noté au vu d'une note de deux pages au plus décrivant la démarche du candidat. "
          "Il n'emporte pas d'obligation d'exécution distincte : aucun volume d'heures n'est imposé au titulaire "
          "au titre du présent marché."),
        H("II. DISPOSITIONS ADMINISTRATIVES"),
        H2("II.1 Pièces du marché"),
        P("L'acte d'engagement, le présent CCP, le bordereau des prix et le détail estimatif, le plan des sites, le "
          "CCAG-FCS."),
        H2("II.2 Prix et paiement"),
        P("Prix unitaires révisables annuellement selon l'indice des prix de production des services « entretien "
          "des espaces verts ». Paiement à 30 jours sur facture mensuelle déposée sur Chorus Pro."),
        H2("II.3 Pénalités"),
        P("Intervention non réalisée à la date prévue au planning sans accord de la commune : 100~€ par jour. "
          "Défaut de nettoyage après intervention : 50~€ par constat."),
        H2("II.4 Obligations sociales et fiscales"),
        P("Le titulaire remet tous les six mois l'attestation de vigilance de l'URSSAF ou de la MSA. Il déclare "
          "s'il emploie des salariés détachés et produit dans ce cas la déclaration SIPSI."),
        H("III. DISPOSITIONS TECHNIQUES"),
        H2("III.1 Sécurité des interventions"),
        P("Les agents du titulaire portent les équipements de protection individuelle adaptés (protections "
          "auditives, visière, jambières pour le débroussaillage, harnais pour le travail en hauteur) et une tenue "
          "à haute visibilité en bord de voie. La signalisation temporaire est conforme à la huitième partie de "
          "l'instruction interministérielle sur la signalisation routière."),
        P("L'élagage est réalisé par du personnel titulaire du certificat de spécialisation « taille et soins aux "
          "arbres » ou d'une qualification équivalente. Les travaux à proximité des réseaux aériens font l'objet "
          "d'une DT-DICT."),
        H2("III.2 Gestion différenciée et déchets verts"),
        P("Le titulaire applique le plan de gestion différenciée de la commune : fauche tardive des prairies "
          "fleuries, hauteur de tonte minimale de 8 cm, absence totale de produits phytopharmaceutiques."),
        P("Les déchets verts issus de la taille sont broyés et réutilisés en paillage sur les massifs communaux ; "
          "le surplus est déposé sur la plate-forme de compostage intercommunale. Le brûlage est interdit. Dans "
          "les zones d'habitation, les souffleurs et taille-haies utilisés sont à batterie électrique."),
        H2("III.3 Horaires"),
        P("Les interventions ont lieu du lundi au vendredi entre 7~h~30 et 18~h~00. Aux abords des écoles, la "
          "tonte est interdite pendant les récréations."),
        H2("III.4 Suivi"),
        P("Une réunion mensuelle réunit le chef d'équipe du titulaire et le responsable des services techniques. "
          "Un registre des interventions est tenu à jour."),
    ]
    lab = L(critere_social=1, clause_environnementale=1, allotissement=1, nb_lots=2, montant_estime_ht=222000,
            evidence=["Démarche d'accompagnement des personnes éloignées de l'emploi affectées aux prestations",
                      "Les déchets verts issus de la taille sont broyés et réutilisés en paillage",
                      "La consultation comprend deux lots",
                      "pour les trois années est de 222~000~€ HT"])
    note = ("CCP de MAPA (doc_type CCAP). Critère social sans le mot « social » ni « insertion » ; texte : "
            "« aucun volume d'heures n'est imposé » (pas de clause). Sosies : URSSAF/MSA, SIPSI, EPI. Déchets "
            "verts broyés, outils à batterie. Estimation annuelle 74 000 (piège) ; total 222 000.")
    return PIECE("d12_CCP.pdf", "CCAP", "Commune de Lanvézec – CCP Entretien des espaces verts – LZV-EV-2028",
                 "Mairie de Lanvézec – Services techniques", blocks, lab, hyphen=True) | {"note": note}


# ============================================================================= DOCX
# ----------------------------------------------------------------------------- d13 cadre de réponse nettoyage
def d13():
    blocks = [
        TITLE("Ville de Pontmorel – Direction de l'éducation",
              "Cadre de réponse technique (CRT)",
              "Nettoyage des groupes scolaires et des accueils périscolaires – Consultation PM-EDU-27-09",
              "Document à compléter et à joindre à l'offre – 12 pages maximum hors annexes"),
        P("Le présent cadre est la seule forme admise du mémoire technique. Les rubriques 1 à 3 sont notées au "
          "titre du critère « Valeur technique » (40~%) selon la répartition indiquée ; la rubrique 4 n'est pas "
          "notée."),
        H("Rubrique 1 – Moyens humains affectés (15 points)"),
        TAB([["Question", "Réponse du candidat"],
             ["1.1 Effectif affecté à chaque groupe scolaire (nombre d'agents, heures hebdomadaires)", ""],
             ["1.2 Qualifications et ancienneté moyenne des agents pressentis", ""],
             ["1.3 Encadrement : nombre de chefs d'équipe, fréquence des visites sur site", ""],
             ["1.4 Organisation des remplacements (congés, absences, arrêts maladie)", ""]]),
        H("Rubrique 2 – Méthodologie (15 points)"),
        TAB([["Question", "Réponse du candidat"],
             ["2.1 Gammes opératoires par type de local (classes, sanitaires, dortoirs, restaurant)", ""],
             ["2.2 Protocole renforcé en période d'épidémie", ""],
             ["2.3 Matériels et produits utilisés (joindre les fiches techniques)", ""]]),
        H("Rubrique 3 – Encadrement et contrôle qualité (10 points)"),
        TAB([["Question", "Réponse du candidat"],
             ["3.1 Outils d'autocontrôle et fréquence", ""],
             ["3.2 Modalités de traitement des non-conformités signalées par les directeurs d'école", ""]]),
        H("Rubrique 4 – Informations non notées"),
        P("Les éléments suivants sont demandés pour la bonne organisation du démarrage et à des fins "
          "statistiques. Ils ne sont pas pris en compte dans l'analyse des offres et n'engagent pas le candidat "
          "au-delà de ses obligations légales."),
        TAB([["Question", "Réponse du candidat"],
             ["4.1 Comment organisez-vous la reprise des salariés du prestataire sortant listés en annexe 2 du "
              "CCAP (accord du 5 mars 2002, convention collective de la propreté) ?", ""],
             ["4.2 Plan de formation de vos agents (gestes et postures, risque chimique, travail en hauteur) et "
              "équipements de protection individuelle fournis", ""],
             ["4.3 Votre entreprise emploie-t-elle des personnes en parcours d'insertion ou des travailleurs "
              "handicapés ? Si oui, combien ?", ""],
             ["4.4 Dispositions prises pour limiter le travail en horaires fractionnés de vos agents", ""]]),
        H("Rappels"),
        LST(["Le marché ne comporte aucune clause sociale d'exécution : les rubriques 4.3 et 4.4 sont purement "
             "informatives.",
             "Les horaires d'intervention sont fixés au CCTP (avant 8 h ou après 16 h 30 en période scolaire) et "
             "ne peuvent être modifiés par le candidat.",
             "Toute réponse renvoyant à une plaquette commerciale est notée zéro."]),
        P("Fait à ........................, le .................. Nom et qualité du signataire : "
          "................................."),
    ]
    lab = L(evidence=[])
    note = ("Cadre de réponse : questions sur effectifs, reprise du personnel, formation/EPI, insertion et handicap "
            "« non notées », horaires fractionnés ; « ne comporte aucune clause sociale d'exécution ». Tout à 0 ; "
            "lots et montants absents.")
    return PIECE("d13_CADRE.docx", "CADRE", "Ville de Pontmorel – PM-EDU-27-09 – Cadre de réponse technique",
                 "CRT – nettoyage des groupes scolaires", blocks, lab) | {"note": note}


# ----------------------------------------------------------------------------- d14 cadre de réponse restauration
def d14():
    blocks = [
        TITLE("Ville de Sainte-Colombe-d'Ardelle",
              "Mémoire technique – trame obligatoire",
              "Restauration scolaire – Lot 1 : fourniture de repas en liaison froide",
              "Consultation SCA-RS-2028 (2 lots : lot 1 repas ; lot 2 goûters et denrées d'épicerie)"),
        P("Le candidat répond dans l'ordre des sous-critères ci-dessous. La valeur technique compte pour 55~% de la "
          "note finale, le prix pour 45~%. Le nombre de points de chaque sous-critère est indiqué entre "
          "parenthèses."),
        H("2.1 Qualité des repas (20 points)"),
        P("Présenter un plan alimentaire sur 20 jours conforme aux recommandations du GEM-RCN, les grammages par "
          "tranche d'âge, la part de préparations faites sur place et la procédure de prise en compte des "
          "allergies et des projets d'accueil individualisés (PAI), notamment pour les enfants en situation de "
          "handicap accueillis en classe ULIS."),
        H("2.2 Approvisionnement (10 points)"),
        P("Indiquer, en valeur d'achat, la part de produits issus de l'agriculture biologique et de produits "
          "bénéficiant d'un signe de qualité que le candidat s'engage à atteindre au-delà des minima fixés par la "
          "loi EGAlim, et les moyens de le justifier chaque trimestre."),
        H("2.3 Parcours des personnes recrutées pour le marché (8 points)"),
        P("Décrire les parcours proposés aux personnes recrutées, pour l'exécution du marché, par l'intermédiaire "
          "du service public de l'emploi ou d'une structure d'accompagnement (demandeurs d'emploi de longue "
          "durée, jeunes sans qualification, bénéficiaires du RSA) : tuteur désigné, formation qualifiante, "
          "perspectives d'emploi durable à l'issue du marché."),
        H("2.4 Plan de maîtrise sanitaire et continuité (7 points)"),
        P("Décrire le plan de maîtrise sanitaire, les autocontrôles, la cuisine de secours et l'organisation en "
          "cas de grève, d'intempéries ou de panne."),
        H("2.5 Moyens humains de la cuisine centrale (10 points)"),
        P("Effectif de la cuisine centrale, qualifications (CAP cuisine, diététicienne), organisation des équipes "
          "et des horaires."),
        TAB([["Sous-critère", "Pages max.", "Points"],
             ["2.1 Qualité des repas", "4", "20"],
             ["2.2 Approvisionnement", "2", "10"],
             ["2.3 Parcours des personnes recrutées pour le marché", "2", "8"],
             ["2.4 Plan de maîtrise sanitaire et continuité", "2", "7"],
             ["2.5 Moyens humains de la cuisine centrale", "1", "10"],
             ["Total valeur technique", "11", "55"]]),
        P("Les engagements chiffrés pris au titre du sous-critère 2.2 sont repris au CCAP ; les réponses aux "
          "autres sous-critères servent uniquement à l'appréciation de la valeur technique."),
        P("Rappel : l'attributaire devra fournir les attestations sociales et fiscales, l'agrément sanitaire de "
          "la cuisine centrale et la liste des salariés étrangers le cas échéant."),
    ]
    lab = L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=2,
            evidence=["2.3 Parcours des personnes recrutées pour le marché (8 points)",
                      "la part de produits issus de l'agriculture biologique",
                      "(2 lots : lot 1 repas ; lot 2 goûters et denrées d'épicerie)"])
    note = ("Trame de mémoire : vrai sous-critère social (parcours des personnes recrutées via le service public "
            "de l'emploi) sans « social » ni « insertion » ; pas d'engagement contractuel (les réponses « servent "
            "uniquement à l'appréciation »). PAI/handicap des enfants = sosie. Sous-critère bio = critère "
            "environnemental.")
    return PIECE("d14_CADRE.docx", "CADRE", "Sainte-Colombe-d'Ardelle – SCA-RS-2028 – Lot 1 – Mémoire technique",
                 "Trame de mémoire technique", blocks, lab) | {"note": note}


# ----------------------------------------------------------------------------- d15 AE blanchisserie réservée
def d15():
    blocks = [
        TITLE("Institut départemental de l'enfance de Valbrenoux",
              "Acte d'engagement",
              "Entretien du linge plat et des vêtements des enfants accueillis – Marché n° IDEV-2028-LING"),
        H("1. Acheteur"),
        P("Institut départemental de l'enfance de Valbrenoux (IDEV), établissement public social et médico-social, "
          "2 chemin des Ormes, 07960 Valbrenoux-Saint-Prix – SIRET 200 617 334 00018."),
        H("2. Objet"),
        P("Collecte, lavage, séchage, repassage, petits travaux de couture et livraison du linge plat et des "
          "vêtements personnels marqués des enfants accueillis dans les quatre unités de vie de l'IDEV. Le "
          "marché n'est pas alloti."),
        H("3. Marché réservé"),
        P("Le présent marché est réservé, en application de l'article L.~2113-12 du code de la commande "
          "publique, aux entreprises adaptées, aux établissements et services d'aide par le travail et aux "
          "structures équivalentes qui emploient une proportion minimale de 50~% de travailleurs handicapés."),
        P("Le soussigné atteste sur l'honneur que la structure qu'il représente relève de l'une des catégories "
          "mentionnées ci-dessus et que la proportion de travailleurs handicapés qu'elle emploie est au moins "
          "égale à 50~% :"),
        TAB([["Catégorie (cocher)", "Justificatif joint"],
             ["[ ] Entreprise adaptée (article L.~5213-13 du code du travail)", "contrat pluriannuel d'objectifs"],
             ["[ ] ESAT (article L.~344-2 du code de l'action sociale et des familles)", "autorisation de l'ARS"],
             ["[ ] Structure équivalente d'un autre État membre", "tout document probant"]]),
        H("3 bis. Titulaire"),
        TAB([["Dénomination", ""], ["Adresse", ""], ["SIRET", ""], ["Représentant habilité", ""]], header=False),
        H("4. Durée et montants"),
        P("Le marché est un accord-cadre à bons de commande conclu pour un an à compter du 1er février 2028, "
          "reconductible trois fois par période d'un an. Montant maximum par période : 45~000~€ HT. Aucun montant "
          "minimum."),
        H("5. Prix"),
        P("Les prestations sont rémunérées par application des prix du bordereau annexé (prix au kilo de linge "
          "plat, prix à la pièce pour les vêtements). Les prix sont révisables chaque année au 1er février."),
        H("6. Délais"),
        P("Collecte deux fois par semaine (lundi et jeudi) ; restitution du linge propre sous 72 heures. En "
          "période de fermeture de l'ESAT titulaire (congés annuels), une solution de continuité est proposée "
          "dans l'offre."),
        H("7. Paiement"),
        P("Virement à 30 jours. Compte à créditer : IBAN ....................................... BIC "
          "..................."),
        H("8. Signature"),
        P("Fait à ...................., le .................... Le représentant habilité du titulaire. "
          "Acceptation par le directeur de l'IDEV : ...................."),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-12", allotissement=0, montant_max_ht=180000,
            evidence=["réservé, en application de l'article L.~2113-12 du code de la commande publique",
                      "Le marché n'est pas alloti",
                      "Montant maximum par période : 45~000~€ HT",
                      "[45 000 € HT x 4 périodes (1 an + 3 reconductions) = 180 000 € HT]"])
    note = ("Marché réservé L2113-12 (EA/ESAT, 50 % de travailleurs handicapés) sans aucune clause sociale, "
            "critère social ni insertion. Maximum par période (45 000) sur 4 périodes : 180 000.")
    return PIECE("d15_AE.docx", "AE", "IDEV – Marché IDEV-2028-LING – Acte d'engagement",
                 "IDEV – AE linge", blocks, lab) | {"note": note}


# ----------------------------------------------------------------------------- d16 CCAP ascenseurs
def d16():
    c = C("l'Université de Belvaux", "tribunal administratif de Belvaux", delai=30)
    blocks = [
        TITLE("UNIVERSITÉ DE BELVAUX – Direction du patrimoine immobilier",
              "Cahier des clauses administratives particulières",
              "Maintenance des ascenseurs, monte-charges et plates-formes élévatrices des campus de Belvaux et de "
              "Saint-Haon – Marché n° UB-DPI-2028-05"),
    ] + A("Objet",
          "Le marché porte sur la maintenance préventive et corrective, le dépannage 24 h/24 et les travaux de "
          "mise en conformité de 38 appareils élévateurs (ascenseurs, monte-charges, plates-formes élévatrices "
          "pour personnes à mobilité réduite). Les ascenseurs des bâtiments A, C et F sont conformes à la norme "
          "NF EN 81-70 relative à l'accessibilité.",
          "Le marché n'est pas alloti, la maintenance d'un parc homogène par un prestataire unique permettant "
          "d'assurer la cohérence des délais d'intervention.") + A(
        "Durée et valeur estimée",
        "Quatre ans à compter du 1er juillet 2028. La valeur estimée du marché sur sa durée totale est de "
        "120~000~€ HT, hors travaux de mise en conformité commandés sur devis.") + A(
        "Délais d'intervention",
        "Désincarcération d'une personne bloquée en cabine : une heure au plus après l'appel, de jour comme de "
        "nuit. Dépannage sans personne bloquée : quatre heures ouvrées. Les plates-formes élévatrices des "
        "amphithéâtres sont remises en service dans les mêmes délais que les ascenseurs.") + A(
        "Prévention des risques",
        "Un plan de prévention est établi avant toute intervention en application des articles R.~4512-6 à "
        "R.~4512-12 du code du travail ; il est mis à jour lors de chaque changement de technicien. Les "
        "interventions en gaine, en cuvette et en machinerie respectent les procédures de consignation. Le "
        "technicien intervenant seul est équipé d'un dispositif d'alarme pour travailleur isolé.",
        "Les travaux par points chauds font l'objet d'un permis de feu délivré par le service hygiène et "
        "sécurité de l'Université.") + F_loi_travail(c, 2) + F_loi_travail(c, 1) + A(
        "Grève et force majeure",
        "La grève du personnel du titulaire ne constitue pas un cas de force majeure. Pendant un mouvement "
        "social, le titulaire assure au minimum les désincarcérations. Les grèves générales affectant "
        "l'approvisionnement en pièces sont examinées au cas par cas.") + F_prix(c, 0) + F_paiement(c, 0) + \
        F_avance(c, 1) + A(
        "Pénalités",
        "Dépassement du délai de désincarcération : 300~€ par heure de retard. Dépassement du délai de "
        "dépannage : 100~€ par heure. Visite d'entretien non réalisée : 150~€. Défaut de remise de l'accusé de "
        "réception SIPSI : 500~€ par salarié concerné.") + F_assur(c, 0) + F_resiliation(c, 1) + F_litiges(c, 1)
    lab = L(allotissement=0, montant_estime_ht=120000,
            evidence=["Le marché n'est pas alloti",
                      "La valeur estimée du marché sur sa durée totale est de 120~000~€ HT"])
    note = ("Maintenance d'ascenseurs : PMR et norme d'accessibilité (technique), plan de prévention, travailleur "
            "isolé, SIPSI/détachement, travail dissimulé, grève « mouvement social ». Tout à 0.")
    return PIECE("d16_CCAP.docx", "CCAP", "Université de Belvaux – UB-DPI-2028-05 – CCAP",
                 "CCAP maintenance des appareils élévateurs", blocks, lab) | {"note": note}


# ----------------------------------------------------------------------------- d17 CCTP crèche
def d17():
    blocks = [
        TITLE("Communauté de communes des Monts d'Orsanne",
              "Cahier des clauses techniques particulières",
              "Gestion et animation du multi-accueil « Les Petits Cailloux » (30 places) à Orsanne-la-Ville"),
        H("1. Le service attendu"),
        P("Le titulaire assure l'accueil régulier, occasionnel et d'urgence d'enfants de dix semaines à quatre "
          "ans, du lundi au vendredi de 7 h 30 à 18 h 30, dans les locaux mis à disposition par la Communauté."),
        P("Conformément au projet social de l'établissement et à la convention signée avec la caisse "
          "d'allocations familiales, trois places sont réservées aux enfants dont les parents sont engagés dans "
          "une démarche de retour à l'emploi (crèche à vocation d'insertion professionnelle), en lien avec "
          "France Travail ; l'établissement accueille également des enfants en situation de handicap ou atteints "
          "de maladie chronique, au besoin dans le cadre d'un projet d'accueil individualisé."),
        H("2. Personnel"),
        P("Le titulaire affecte une équipe respectant les règles de qualification et d'encadrement du code de la "
          "santé publique : direction assurée par un éducateur de jeunes enfants ou une puéricultrice, au moins "
          "40~% d'auxiliaires de puériculture et d'éducateurs diplômés, un référent santé et accueil inclusif. Il "
          "transmet chaque année l'organigramme et les diplômes du personnel."),
        P("Les salariés relèvent de la convention collective applicable au titulaire. Le titulaire organise la "
          "formation continue de l'équipe (au moins deux jours par agent et par an) et l'analyse des pratiques "
          "professionnelles prévue par la réglementation."),
        H("3. Projet d'établissement"),
        P("Le titulaire met en œuvre le projet d'établissement, qui comprend un projet éducatif, un projet "
          "d'accueil et un projet social. Toute évolution est soumise à la Communauté et au service de PMI."),
        H("4. Alimentation et hygiène"),
        P("Les repas sont préparés sur place. Les produits d'entretien utilisés pour les locaux sont porteurs de "
          "l'Ecolabel européen ou d'un label équivalent ; le titulaire n'utilise ni désodorisant ni lingettes "
          "jetables pour l'entretien des surfaces. Les biodéchets de la cuisine sont triés et déposés dans le "
          "composteur partagé du quartier."),
        H("5. Relations avec les familles"),
        P("Le titulaire tient les familles informées par un cahier de liaison et organise au moins deux réunions "
          "par an. Les tarifs appliqués aux familles sont ceux du barème national des participations familiales."),
        H("6. Données personnelles"),
        P("Les informations relatives aux familles (ressources, situation professionnelle, santé de l'enfant) sont "
          "traitées conformément au RGPD ; l'accès à CDAP est réservé à la direction."),
        H("7. Indicateurs de suivi"),
        TAB([["Indicateur", "Fréquence"],
             ["Taux d'occupation réel et facturé", "mensuelle"],
             ["Nombre d'enfants accueillis au titre des places réservées à l'accès à l'emploi des parents",
              "trimestrielle"],
             ["Nombre d'enfants en situation de handicap accueillis", "annuelle"],
             ["Taux de rotation du personnel", "annuelle"]]),
        H("8. Continuité"),
        P("En cas d'absence de personnel, le titulaire assure le remplacement pour maintenir les taux "
          "d'encadrement. En cas de grève, il informe les familles au moins 48 heures à l'avance."),
    ]
    lab = L(clause_sociale="?", clause_environnementale=1,
            evidence=["trois places sont réservées aux enfants dont les parents sont engagés dans une démarche de retour à l'emploi",
                      "porteurs de l'Ecolabel européen ou d'un label équivalent",
                      "Les biodéchets de la cuisine sont triés"])
    note = ("Objet social : gestion d'une crèche (places AVIP pour parents en retour à l'emploi, accueil inclusif, "
            "projet social) : ni clause sociale ni insertion (aucune heure de travail ni emploi exigé du "
            "titulaire) ; la réservation de places imposée au gestionnaire est toutefois une obligation sociale propre, d'où "
            "clause_sociale = ? (ambigu : spécification de l'objet ou engagement social). Personnel qualifié, "
            "convention collective. Écolabel et biodéchets.")
    return PIECE("d17_CCTP.docx", "CCTP", "CC des Monts d'Orsanne – Multi-accueil Les Petits Cailloux – CCTP",
                 "CCTP gestion du multi-accueil", blocks, lab) | {"note": note}


# ----------------------------------------------------------------------------- d18 CCAP TMA égalité
def d18():
    c = C("le Syndicat mixte Ouest-Numérique Vellave", "tribunal administratif de Puy-Vellave", delai=30)
    blocks = [
        TITLE("Syndicat mixte Ouest-Numérique Vellave",
              "CCAP",
              "Tierce maintenance applicative et hébergement des applications métiers mutualisées",
              "Accord-cadre n° OVN-2028-TMA – Appel d'offres ouvert"),
    ] + A("Objet – lots",
          "L'accord-cadre est alloti comme suit : lot 1 – tierce maintenance applicative (TMA) des applications "
          "métiers (état civil, cimetières, facturation des services périscolaires) ; lot 2 – hébergement, "
          "infogérance et sauvegarde des environnements de recette et de production.") + A(
        "Montants",
        "Montant maximum sur la durée totale de l'accord-cadre (quatre ans) : lot 1 : 400~000~€ HT ; lot 2 : "
        "200~000~€ HT, soit 600~000~€ HT tous lots confondus.") + A(
        "Équipe affectée",
        "Le titulaire désigne un directeur de projet et une équipe nominative. Tout remplacement d'un membre de "
        "l'équipe est soumis à l'agrément préalable du Syndicat. Le télétravail des intervenants est admis ; les "
        "astreintes sont organisées par le titulaire dans le respect du droit du travail.") + A(
        "Égalité professionnelle et non-discrimination dans l'équipe affectée",
        "Indépendamment de ses obligations légales (publication de l'index de l'égalité professionnelle prévu à "
        "l'article L.~1142-8 du code du travail, qu'il atteste avoir accomplie), le titulaire met en œuvre, "
        "pour l'équipe affectée à l'exécution de chaque lot, les actions suivantes :",
        ["désigner un référent égalité et non-discrimination connu des membres de l'équipe ;",
         "rédiger de manière non genrée les offres d'emploi publiées pour renforcer l'équipe et diversifier les "
         "canaux de recrutement (écoles, dispositifs de reconversion, candidatures anonymisées) ;",
         "former, dans les six mois suivant la notification, les personnes chargées du recrutement et de "
         "l'encadrement de l'équipe à la prévention des discriminations à l'embauche ;",
         "remettre chaque année un bilan sexué des recrutements, des promotions et des départs au sein de "
         "l'équipe affectée."],
        "L'absence de remise du bilan annuel donne lieu, après mise en demeure, à une pénalité de 500~€.") + A(
        "Protection des données",
        "Le titulaire du lot 2 est sous-traitant au sens du RGPD. Les données sont hébergées dans l'Union "
        "européenne par un hébergeur certifié. Le titulaire du lot 1 n'accède aux données de production qu'aux "
        "fins de diagnostic d'un incident.") + A(
        "Niveaux de service",
        "Anomalie bloquante : prise en compte en 1 heure, contournement en 4 heures ouvrées. Anomalie majeure : "
        "prise en compte en 4 heures, correction en 3 jours ouvrés. Disponibilité de l'hébergement : 99,7~% "
        "mensuelle hors maintenance programmée.") + A(
        "Réversibilité",
        "En fin de marché, le titulaire assure la réversibilité au profit du Syndicat ou d'un nouveau titulaire "
        "pendant trois mois : transfert des connaissances, des sources et des données dans un format ouvert.") + \
        F_prix(c, 1) + F_paiement(c, 0) + F_st(c) + F_resiliation(c, 0) + F_litiges(c, 0)
    lab = L(clause_sociale=1, allotissement=1, nb_lots=2, montant_max_ht=600000,
            evidence=["Égalité professionnelle et non-discrimination dans l'équipe affectée",
                      "former, dans les six mois suivant la notification, les personnes chargées du recrutement",
                      "L'accord-cadre est alloti comme suit",
                      "soit 600~000~€ HT tous lots confondus"])
    note = ("Vraie clause sociale (actions d'égalité et de non-discrimination dans l'équipe, au-delà de l'index "
            "légal rappelé). « Environnements de recette et de production » = sens informatique.")
    return PIECE("d18_CCAP.docx", "CCAP", "Ouest-Numérique Vellave – OVN-2028-TMA – CCAP",
                 "CCAP TMA / hébergement", blocks, lab) | {"note": note}


# ----------------------------------------------------------------------------- d19 CCAP voirie (ETP)
def d19():
    c = C("la commune de Marsac-la-Varenne", "tribunal administratif de Varenne", ccag="travaux", delai=30)
    blocks = [
        TITLE("Commune de Marsac-la-Varenne",
              "C.C.A.P.",
              "Aménagement de la traverse du bourg – RD 41 – Marché de travaux n° MLV-2028-VOI"),
        H("Art. 1 - Objet du marché"),
        P("Les travaux comprennent la reprise des bordures et caniveaux, la création de trottoirs, d'un plateau "
          "ralentisseur et de quais bus, le renouvellement de la couche de roulement et la mise en place d'un "
          "éclairage public à LED sur 780 ml."),
        P("Le marché n'est pas alloti : les travaux de voirie, de réseaux et d'éclairage sont imbriqués dans un "
          "phasage unique sous circulation alternée et leur coordination par la commune, qui ne dispose pas de "
          "services techniques, serait impossible (art. L. 2113-11 du CCP)."),
        P("Montant estimé des travaux : 640~000~€ HT."),
        H("Art. 2 - Pièces contractuelles"),
        P("AE, présent CCAP, CCTP, BPU, DQE, plans, PGC, CCAG-Travaux 2021."),
        H("Art. 3 - Délais"),
        P("Préparation : 1 mois. Exécution : 5 mois, hors congés du BTP de fin d'année."),
        H("Art. 4 - Heures de travail réservées"),
        P("Le titulaire consacre à des personnes rencontrant des difficultés sociales ou professionnelles "
          "d'accès à l'emploi un volume de travail correspondant à un demi équivalent temps plein pendant douze "
          "mois, soit 800 heures, réalisées sur le chantier ou, à défaut, dans l'entreprise pour des travaux de "
          "même nature."),
        P("Sont notamment concernés : les personnes inscrites à France Travail depuis plus de douze mois, les "
          "bénéficiaires du RSA ou de l'allocation de solidarité spécifique, les travailleurs reconnus handicapés, "
          "les jeunes de moins de 26 ans sortis du système scolaire sans diplôme, les personnes suivies par un PLIE "
          "ou une mission locale."),
        P("Le guichet clauses de la Maison de l'emploi du Pays de Varenne (tél. 05 00 00 41 28) accompagne le "
          "titulaire gratuitement : présélection de candidats, suivi des personnes, attestation des heures. Une "
          "heure non effectuée sans justification est pénalisée à hauteur de 40 € HT."),
        H("Art. 5 - Sécurité"),
        P("Coordination SPS de niveau 3 (cabinet Sécurité-Travaux Varenne). PPSPS remis sous 30 jours. La "
          "signalisation temporaire de chantier est à la charge du titulaire ; les alternats sont gérés par feux "
          "tricolores de jour et par panneaux de nuit. Le titulaire fournit à ses compagnons les EPI et vêtements "
          "haute visibilité de classe 3."),
        H("Art. 6 - Matériaux et déchets"),
        P("Les fraisats issus du rabotage de la chaussée sont recyclés en centrale et réincorporés dans les enrobés "
          "de la couche de base à un taux d'au moins 20~% d'agrégats d'enrobés. Les terres excavées non polluées "
          "sont réemployées en remblai sur le chantier ou sur un site désigné par la commune."),
        H("Art. 7 - Prix - variation"),
        P("Prix unitaires révisables mensuellement par l'index TP01, partie fixe 0,125. Mois zéro : mois de la "
          "date limite de remise des offres."),
        H("Art. 8 - Paiements"),
        P("Acomptes mensuels. Délai de paiement : 30 jours. Retenue de garantie : 5~%, remplaçable par une "
          "garantie à première demande."),
        H("Art. 9 - Pénalités"),
        P("Retard d'exécution : 300 € par jour calendaire. Non-respect des prescriptions de signalisation : "
          "200 € par constat. Absence du conducteur de travaux à une réunion : 100 €."),
        H("Art. 10 - Travail illégal"),
        P("Le titulaire produit les attestations D. 8222-5 tous les 6 mois et la liste des salariés étrangers. Les "
          "salariés détachés font l'objet d'une déclaration SIPSI préalable. Les compagnons présentent leur carte "
          "BTP à toute réquisition du maître d'œuvre."),
        H("Art. 11 - Réception"),
        P("Opérations préalables à la réception sur convocation du maître d'œuvre. Dossier des ouvrages exécutés "
          "et plans de récolement géoréférencés (classe A) remis avant la réception."),
        H("Art. 12 - Dérogations au CCAG"),
        P("Art. 4 déroge à l'article 19 du CCAG ; art. 9 déroge à l'article 19.2.1."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=800, clause_environnementale=1,
            allotissement=0, montant_estime_ht=640000,
            evidence=["un volume de travail correspondant à un demi équivalent temps plein pendant douze mois, soit 800 heures",
                      "réincorporés dans les enrobés de la couche de base à un taux d'au moins 20~% d'agrégats d'enrobés",
                      "Le marché n'est pas alloti",
                      "Montant estimé des travaux : 640~000~€ HT"])
    note = ("Insertion exprimée en ETP (« demi équivalent temps plein pendant douze mois, soit 800 heures ») sous "
            "le titre « Heures de travail réservées ». Sosies : SPS, PPSPS, EPI, D8222-5, SIPSI, carte BTP. "
            "Recyclage des fraisats.")
    return PIECE("d19_CCAP.docx", "CCAP", "Marsac-la-Varenne – Traverse RD 41 – CCAP",
                 "MLV-2028-VOI – CCAP", blocks, lab) | {"note": note}


# ----------------------------------------------------------------------------- d20 RC mobilier scolaire
def d20():
    blocks = [
        TITLE("Communauté de communes de la Haute-Vrille",
              "Règlement de la consultation",
              "Fourniture de mobilier scolaire pour les écoles communautaires – Procédure adaptée HV-2028-MOB"),
        H("1. Objet"),
        P("La consultation porte sur la fourniture, la livraison et le montage de mobilier scolaire (tables, "
          "chaises, rangements, mobilier de dortoir) pour les quatorze écoles de la Communauté."),
        H("2. Lots"),
        TAB([["Lot", "Intitulé", "Montant estimé HT"],
             ["1", "Tables et chaises élèves", "92 000 €"],
             ["2", "Mobilier de rangement", "41 000 €"],
             ["3", "Mobilier de dortoir et de repos", "28 000 €"],
             ["4", "Mobilier adapté (tables réglables en hauteur pour élèves à besoins particuliers)", "25 000 €"]]),
        P("Montant estimé global des quatre lots : 186 000 € HT."),
        H("3. Considérations sociales"),
        P("La présente consultation ne comporte pas de clause sociale d'insertion et aucun critère de jugement "
          "ne porte sur la politique sociale ou d'emploi des candidats."),
        P("La Communauté, signataire de la charte territoriale pour l'emploi de la Haute-Vrille, informe les "
          "candidats qu'ils peuvent, s'ils le souhaitent, solliciter gratuitement le service emploi de la Maison "
          "de l'emploi de la Vrille (Mme Laure Quentric, 05 00 00 12 34) pour leurs recrutements ; cette démarche "
          "est facultative et sans incidence sur le jugement des offres."),
        H("4. Candidature"),
        P("DC1, DC2 ou DUME ; liste des principales fournitures similaires des trois dernières années ; certificats "
          "de conformité des produits aux normes NF EN 1729-1 et NF EN 1729-2 (mobilier pour établissements "
          "d'enseignement)."),
        H("5. Critères d'attribution"),
        TAB([["Critère", "Pondération"],
             ["Prix (DQE)", "50 %"],
             ["Valeur technique : ergonomie, solidité, délais de livraison et de montage (échantillons)", "35 %"],
             ["Performance environnementale des produits : part de bois issu de forêts gérées durablement, "
              "recyclabilité en fin de vie, durée de garantie et disponibilité des pièces", "15 %"]]),
        P("Chaque critère est noté sur 10 ; la note finale est la somme pondérée des notes. Les échantillons sont "
          "restitués aux candidats non retenus."),
        H("6. Remise des offres"),
        P("Les offres sont remises sur le profil d'acheteur au plus tard le 12 mai 2028 à 12 h. Les échantillons "
          "sont déposés au siège de la Communauté, 3 place de la Halle à Vrille-le-Haut, aux mêmes date et heure."),
        H("7. Négociation"),
        P("La Communauté se réserve la possibilité de négocier avec les trois candidats les mieux classés de chaque "
          "lot ; elle peut attribuer le marché sur la base des offres initiales."),
        H("8. Attributaire"),
        P("L'attributaire remet dans un délai de 7 jours les attestations de régularité fiscale et sociale et "
          "l'attestation d'assurance. Il déclare le cas échéant les salariés détachés pour le montage."),
    ]
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=4, montant_estime_ht=186000,
            evidence=["Performance environnementale des produits : part de bois issu de forêts gérées durablement",
                      "Montant estimé global des quatre lots : 186 000 € HT"])
    note = ("« Ne comporte pas de clause sociale d'insertion », aucun critère social ; politique emploi de "
            "l'acheteur et contact de la Maison de l'emploi à titre facultatif ; lot de mobilier adapté aux "
            "élèves à besoins particuliers (objet). Critère environnemental 15 %.")
    return PIECE("d20_RC.docx", "RC", "CC de la Haute-Vrille – HV-2028-MOB – Règlement de la consultation",
                 "RC mobilier scolaire", blocks, lab) | {"note": note}


# ----------------------------------------------------------------------------- d21 questions-réponses nettoyage
def d21():
    qr = [
        ("Question 1", "Nous sommes une entreprise d'insertion. Le marché comporte-t-il une clause d'insertion ou "
                       "un critere lie a l'insertion ?",
         "Reponse", "Non. Le DCE ne comporte ni clause d'insertion ni critere relatif a l'insertion. Les "
                    "entreprises d'insertion peuvent naturellement candidater dans les conditions de droit commun, "
                    "seules ou en groupement."),
        ("Question 2", "Pouvez-vous communiquer la liste du personnel a reprendre et les salaires ?",
         "Reponse", "La liste figure en annexe 3 du CCAP : 4 salaries (2 AS 1B, 1 AS 2A, 1 chef d'equipe CE 1), "
                    "pour un total de 96 h hebdomadaires. Conformement a l'accord du 5 mars 2002 (CCN des "
                    "entreprises de proprete), les conditions de reprise relevent des entreprises ; la Ville ne "
                    "dispose pas des salaires individuels."),
        ("Question 3", "Les horaires d'intervention peuvent-ils etre decales en journee pour eviter le travail "
                       "fractionne ?",
         "Reponse", "Non pour les gymnases, utilises par les scolaires de 8 h a 17 h puis par les clubs. Les "
                    "interventions ont lieu entre 6 h et 8 h et le dimanche matin (cf. art. 4 du CCTP)."),
        ("Question 4", "Le sous-critere « moyens humains » tient-il compte du nombre de salaries en CDI ou a temps "
                       "plein ?",
         "Reponse", "Non. Ce sous-critere apprecie l'adequation des effectifs et de l'encadrement aux prestations "
                    "decrites (nombre d'heures par site, qualification du chef d'equipe)."),
        ("Question 5", "Les attestations URSSAF sont-elles a fournir des la candidature ?",
         "Reponse", "Non, seul l'attributaire pressenti les remet (art. R. 2143-7 et D. 8222-5 du code du "
                    "travail), puis tous les six mois."),
        ("Question 6", "La consultation est-elle allotie ? Quel est le montant maximum ?",
         "Reponse", "Il s'agit d'un marche unique, non alloti. L'accord-cadre a bons de commande comporte un "
                    "montant maximum de 90 000 euros HT sur toute sa duree (4 ans)."),
        ("Question 7", "Le port d'une tenue fournie par la Ville est-il obligatoire ?",
         "Reponse", "Non. Le titulaire fournit a ses agents une tenue identifiable et les EPI necessaires "
                    "(gants, chaussures de securite)."),
    ]
    blocks = [
        TITLE("VILLE DE QUERIGNY - Service de la commande publique",
              "Questions des candidats et reponses de l'acheteur",
              "Nettoyage des equipements sportifs municipaux - consultation n° QRG-SPO-28-02",
              "Document publie sur le profil d'acheteur le 14/03/2028 - il complete le DCE"),
    ]
    for q, qt, r, rt in qr:
        blocks.append(H2(q))
        blocks.append(P(qt))
        blocks.append(P(r + " : " + rt))
    blocks.append(P("Les autres pieces du DCE sont inchangees. La date limite de remise des offres est maintenue "
                    "au 28/03/2028 a 12 h."))
    lab = L(allotissement=0, montant_max_ht=90000,
            evidence=["Il s'agit d'un marche unique, non alloti",
                      "montant maximum de 90 000 euros HT sur toute sa duree"])
    note = ("Questions-réponses sans accents : « pas de clause d'insertion », reprise du personnel, horaires "
            "fractionnés, CDI, URSSAF, EPI. Tout à 0 côté social.")
    return PIECE("d21_QR.docx", "QR", "Ville de Querigny - QRG-SPO-28-02 - Questions / reponses",
                 "Commande publique - Querigny", blocks, lab) | {"note": note}


# ----------------------------------------------------------------------------- d22 CCAP café commerce équitable
def d22():
    c = C("le Syndicat mixte des transports du Val de Lémance", "tribunal administratif de Lémance-sur-Lot")
    blocks = [
        TITLE("Syndicat mixte des transports du Val de Lémance (SMTVL)",
              "Cahier des clauses administratives particulières",
              "Fourniture de café, thé, sucre et boissons chaudes pour les espaces de pause du personnel et la "
              "salle d'accueil des voyageurs – n° SMTVL-2028-07"),
    ] + A("Objet",
          "Fourniture et livraison de café en grains et moulu, de thés et infusions, de chocolat en poudre, de sucre "
          "en morceaux et de lait micro-filtré pour les espaces de pause des dépôts de bus, du siège et de la salle "
          "d'accueil des voyageurs. Le marché ne fait pas l'objet d'un allotissement, compte tenu de son faible "
          "montant.") + A(
        "Durée et montants",
        "Accord-cadre à bons de commande de trois ans ferme. Montant maximum : 28~000~€ HT par an, soit 84~000~€ "
        "HT sur la durée totale.") + A(
        "Origine et filière des produits",
        "Le café, le thé, le chocolat et le sucre livrés sont issus de filières de commerce équitable au sens de "
        "l'article 60 de la loi n° 2005-882 du 2 août 2005, garantissant aux producteurs un prix rémunérateur, un "
        "engagement commercial pluriannuel et le versement d'une prime de développement. Le titulaire justifie, "
        "pour chaque référence, de la certification par un système de garantie reconnu ou de tout moyen de preuve "
        "équivalent, et tient à disposition les documents de traçabilité par lot de production.",
        "Le titulaire informe sans délai le SMTVL de toute suspension de la certification d'un producteur ; la "
        "référence concernée est remplacée dans un délai d'un mois par une référence satisfaisant aux mêmes "
        "exigences, au même prix.") + A(
        "Emballages et déchets",
        "Le café est livré en sacs de 1 kg au moins, sans dosettes ni capsules individuelles. Le titulaire ne "
        "fournit aucun gobelet jetable ; il reprend lors de chaque livraison les emballages vides et collecte "
        "chaque mois le marc de café du siège en vue de son compostage.") + A(
        "Livraisons",
        "Livraison mensuelle sur trois sites, en dehors des heures de prise de service des conducteurs (5 h – 7 h) "
        "et de relève (13 h – 14 h). Le livreur se présente au poste de régulation.") + F_prix(c, 1) + \
        F_paiement(c, 2) + A(
        "Pénalités",
        "Retard de livraison : 20~€ par jour. Livraison d'une référence non conforme aux exigences de l'article 3 : "
        "remplacement aux frais du titulaire et pénalité de 100~€ par livraison.") + F_litiges(c, 1)
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=0, montant_max_ht=84000,
            evidence=["issus de filières de commerce équitable au sens de l'article 60 de la loi n° 2005-882",
                      "Le titulaire ne fournit aucun gobelet jetable",
                      "Le marché ne fait pas l'objet d'un allotissement",
                      "soit 84~000~€ HT sur la durée totale"])
    note = ("Vraie clause sociale de filière (commerce équitable, prix rémunérateur aux producteurs) sans le mot "
            "« social ». Sosie : « heures de prise de service des conducteurs ». Emballages/gobelets.")
    return PIECE("d22_CCAP.docx", "CCAP", "SMTVL – SMTVL-2028-07 – CCAP boissons chaudes",
                 "CCAP SMTVL-2028-07", blocks, lab) | {"note": note}


# ============================================================================= TXT (avis)
def d23():
    blocks = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Services sociaux et autres services spécifiques"),
        H("Section I : Acheteur"),
        P("Corvigny Agglo, 1 boulevard de la Sauldre, 41300 Corvigny-sur-Sauldre. SIRET 200 094 512 00011. "
          "Profil d'acheteur : https://marches.corvigny-agglo.example/"),
        H("Section II : Objet"),
        P("Intitulé : Accompagnement renforcé vers l'emploi des participants du Plan local pour l'insertion et "
          "l'emploi (PLIE) de Corvigny."),
        P("Description : diagnostic socioprofessionnel, construction du projet professionnel, mises en relation "
          "avec les employeurs, accompagnement dans l'emploi durant six mois. Environ 380 participants par an, "
          "dont des bénéficiaires du RSA, des demandeurs d'emploi de longue durée et des travailleurs handicapés."),
        P("Code CPV principal : 85312320 (services de conseil). Type de procédure : procédure adaptée "
          "(article R. 2123-1 3° du code de la commande publique)."),
        P("Division en lots : oui. Lot 1 : Corvigny et première couronne ; Lot 2 : secteurs ruraux Est et Ouest."),
        P("Valeur estimée hors TVA : 520 000 euros pour la durée totale (2 ans + 2 reconductions d'un an)."),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("Capacité technique : les référents de parcours justifient d'une qualification de niveau 5 au moins "
          "(titre professionnel CIP ou équivalent) et d'une expérience de deux ans dans l'accompagnement de "
          "publics éloignés de l'emploi."),
        P("Marché réservé : non."),
        P("Conditions particulières d'exécution : le titulaire utilise le logiciel de suivi du PLIE et respecte "
          "les obligations de suivi des participants liées au cofinancement par le Fonds social européen plus "
          "(FSE+)."),
        H("Section IV : Procédure"),
        P("Critères d'attribution : qualité de la méthodologie d'accompagnement (50 %) ; prix (30 %) ; moyens "
          "humains et ancrage territorial (20 %)."),
        P("Date limite de réception des offres : 6 octobre 2028 à 12 h 00."),
        H("Section VI : Renseignements complémentaires"),
        P("Le présent marché, dont l'objet est l'insertion professionnelle, ne comporte pas de clause sociale "
          "d'insertion. Instance chargée des procédures de recours : tribunal administratif d'Orléans-Sologne."),
    ]
    lab = L(allotissement=1, nb_lots=2, montant_estime_ht=520000,
            evidence=["Division en lots : oui. Lot 1", "Lot 2 : secteurs ruraux Est et Ouest",
                      "Valeur estimée hors TVA : 520 000 euros"])
    note = ("Avis : objet = accompagnement vers l'emploi (PLIE) ; critères sur la qualité du service ; « Marché "
            "réservé : non » ; FSE+ ; « ne comporte pas de clause sociale d'insertion ». Tout à 0.")
    return PIECE("d23_avis.txt", "AVIS", "", "", blocks, lab) | {"note": note}


def d24():
    blocks = [
        TITLE("AVIS DE MARCHE - SERVICES", "REGION CENTRE-LOIRE OUEST - LYCEES PUBLICS"),
        H("I.1) NOM ET ADRESSES"),
        P("SYNDICAT MIXTE DES LYCEES DU VAL DE CISSE, 8 RUE DES TANNEURS, 37990 CISSE-LES-AUBIERS. CORRESPONDANT : "
          "M. LE PRESIDENT. COURRIEL : ACHATS@SMLVC.EXAMPLE"),
        H("II.1.1) INTITULE"),
        P("ENTRETIEN DES LOCAUX ADMINISTRATIFS ET DES INTERNATS DE TROIS LYCEES. REF. SMLVC-28-NET."),
        H("II.1.4) DESCRIPTION SUCCINCTE"),
        P("NETTOYAGE QUOTIDIEN DES BUREAUX, SANITAIRES, CIRCULATIONS ET CHAMBRES D'INTERNAT ; VITRERIE "
          "TRIMESTRIELLE. ACCORD-CADRE A BONS DE COMMANDE, MONO-ATTRIBUTAIRE."),
        H("II.1.6) INFORMATION SUR LES LOTS"),
        P("CE MARCHE EST DIVISE EN LOTS : NON."),
        H("II.2.5) CRITERES D'ATTRIBUTION"),
        P("PRIX : 55 %. VALEUR TECHNIQUE : 45 % (MOYENS HUMAINS ET ENCADREMENT 20 % ; METHODOLOGIE 15 % ; "
          "CONTINUITE DE SERVICE EN CAS D'ABSENCE OU DE GREVE 10 %)."),
        H("II.2.6) VALEUR ESTIMEE"),
        P("MONTANT MAXIMUM DE L'ACCORD-CADRE : 150 000 EUR HT SUR 4 ANS."),
        H("III.1.1) HABILITATION A EXERCER L'ACTIVITE PROFESSIONNELLE"),
        P("DECLARATION SUR L'HONNEUR RELATIVE AUX INTERDICTIONS DE SOUMISSIONNER, Y COMPRIS AU REGARD DES "
          "ARTICLES L. 5212-1 A L. 5212-11 DU CODE DU TRAVAIL (EMPLOI DES TRAVAILLEURS HANDICAPES)."),
        H("III.1.3) CAPACITE TECHNIQUE"),
        P("EFFECTIFS MOYENS ANNUELS DES TROIS DERNIERES ANNEES ; REFERENCES DE NETTOYAGE D'ETABLISSEMENTS "
          "D'ENSEIGNEMENT OU D'HEBERGEMENT."),
        H("III.1.5) MARCHES RESERVES"),
        P("SANS OBJET."),
        H("III.2.2) CONDITIONS PARTICULIERES D'EXECUTION"),
        P("REPRISE DU PERSONNEL AFFECTE AU MARCHE EN APPLICATION DE L'ACCORD DU 5 MARS 2002 ANNEXE A LA CCN DES "
          "ENTREPRISES DE PROPRETE. LE TITULAIRE RESPECTE LES DISPOSITIONS DU CODE DU TRAVAIL RELATIVES A LA DUREE "
          "DU TRAVAIL ET PRODUIT TOUS LES 6 MOIS LES ATTESTATIONS URSSAF. PRODUITS D'ENTRETIEN ECOLABELLISES "
          "OBLIGATOIRES (ECOLABEL EUROPEEN OU EQUIVALENT), DOSAGE PAR CENTRALE DE DILUTION."),
        H("IV.2.2) DATE LIMITE"),
        P("15/09/2028 A 12:00."),
        H("VI.3) INFORMATIONS COMPLEMENTAIRES"),
        P("VISITE OBLIGATOIRE DES INTERNATS (PLANNING SUR LE PROFIL D'ACHETEUR). LE MARCHE NE COMPORTE PAS DE "
          "CLAUSE D'INSERTION. HORAIRES D'INTERVENTION : 6H-8H ET 17H-20H, DIMANCHE SOIR POUR LES INTERNATS."),
    ]
    lab = L(clause_environnementale=1, allotissement=0, montant_max_ht=150000,
            evidence=["PRODUITS D'ENTRETIEN ECOLABELLISES OBLIGATOIRES",
                      "CE MARCHE EST DIVISE EN LOTS : NON.",
                      "MONTANT MAXIMUM DE L'ACCORD-CADRE : 150 000 EUR HT SUR 4 ANS."])
    note = ("Avis en capitales sans accents : conditions d'exécution « sociales » qui ne sont que la reprise du "
            "personnel (CCN propreté) et le rappel du code du travail / URSSAF ; critère « continuité en cas de "
            "grève » ; L5212 ; « pas de clause d'insertion ». Écolabel obligatoire.")
    return PIECE("d24_avis.txt", "AVIS", "", "", blocks, lab) | {"note": note}


def d25():
    blocks = [
        TITLE("Avis d'appel public a la concurrence - Travaux",
              "Commune de Saint-Pardoux-des-Ormeaux - Rehabilitation du gymnase des Ormeaux"),
        H("1. Pouvoir adjudicateur"),
        P("Commune de Saint-Pardoux-des-Ormeaux, Hotel de ville, place du 8-Mai, 87990 Saint-Pardoux-des-Ormeaux."),
        H("2. Procedure"),
        P("Procedure adaptee ouverte (art. R. 2123-1 1° du CCP)."),
        H("3. Objet"),
        P("Rehabilitation et extension du gymnase des Ormeaux : desamiantage, gros oeuvre, charpente, menuiseries, "
          "sols sportifs, CVC."),
        P("Valeur estimee hors TVA : 1 480 000 euros."),
        H("4. Allotissement"),
        P("6 lots : 1 Desamiantage - gros oeuvre ; 2 Charpente metallique - bardage ; 3 Menuiseries exterieures ; "
          "4 Menuiseries interieures ; 5 Sols sportifs ; 6 CVC - plomberie."),
        H("5. Conditions d'execution"),
        P("CLAUSE D'ACCES A L'EMPLOI : les lots 1 et 4 comportent une obligation de confier une partie des "
          "heures de travail a des personnes en parcours d'insertion (demandeurs d'emploi de longue duree, "
          "beneficiaires de minima sociaux, jeunes peu qualifies...) : lot 1 : 1 200 heures ; lot 4 : 600 heures. "
          "Facilitateur : PLIE des Monts du Limousin-Ouest."),
        P("Autres conditions : PPSPS, carte BTP, declaration SIPSI des salaries detaches, attestations de "
          "vigilance."),
        H("6. Criteres"),
        P("Prix 60 % ; valeur technique 40 % (methodologie, planning, moyens affectes)."),
        H("7. Marches reserves"),
        P("Non."),
        H("8. Remise des offres"),
        P("Date limite : 04/12/2028 - 12h. Depot uniquement sur le profil d'acheteur."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1800, allotissement=1, nb_lots=6,
            montant_estime_ht=1480000,
            evidence=["CLAUSE D'ACCES A L'EMPLOI", "lot 1 : 1 200 heures ; lot 4 : 600 heures",
                      "[1 200 + 600 = 1 800 heures]", "6 lots : 1 Desamiantage",
                      "Valeur estimee hors TVA : 1 480 000 euros"])
    note = ("Avis sans accents ; clause d'insertion annoncée sous le nom « clause d'accès à l'emploi » pour deux "
            "lots : 1 200 + 600 = 1 800 heures (somme). Sosies : PPSPS, carte BTP, SIPSI.")
    return PIECE("d25_avis.txt", "AVIS", "", "", blocks, lab) | {"note": note}


def d26():
    blocks = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE",
              "Ville de Brémontier-sur-Isle – Mise en accessibilité de quatre établissements recevant du public"),
        H("Identification de l'organisme qui passe le marché"),
        P("Ville de Brémontier-sur-Isle, direction des bâtiments, 16 cours Tourny-Neuf, 24990 Brémontier-sur-Isle."),
        H("Objet du marché"),
        P("Travaux de mise en accessibilité aux personnes handicapées de l'hôtel de ville, de l'école Jules-Ferry "
          "Est, de la salle des fêtes et de la bibliothèque, en exécution de l'agenda d'accessibilité programmée "
          "(Ad'AP) : rampes, élévateurs, sanitaires adaptés, signalétique contrastée, boucles à induction "
          "magnétique, bandes podotactiles."),
        H("Caractéristiques principales"),
        P("Division en lots : oui, 3 lots (lot 1 : VRD – rampes – maçonnerie ; lot 2 : élévateurs ; lot 3 : "
          "second œuvre – signalétique)."),
        H("Conditions de participation"),
        P("Qualifications Qualibat ou équivalentes ; effectifs moyens annuels et nombre de compagnons qualifiés ; "
          "références de travaux d'accessibilité en ERP. Les candidats joignent une déclaration attestant qu'ils "
          "ne font l'objet d'aucune interdiction de soumissionner."),
        H("Conditions d'exécution"),
        P("Le présent marché ne comporte pas de clause sociale. Les travaux ont lieu en site occupé : maintien "
          "d'un cheminement accessible aux personnes à mobilité réduite pendant toute la durée du chantier."),
        H("Critères d'attribution"),
        P("Prix : 50 % ; valeur technique : 50 % (méthodologie en site occupé 30 %, planning 20 %)."),
        H("Date limite de réception des offres"),
        P("20 janvier 2029 à 12 heures."),
        H("Renseignements complémentaires"),
        P("Le dossier est disponible gratuitement sur le profil d'acheteur. Visite conseillée."),
    ]
    lab = L(allotissement=1, nb_lots=3, evidence=["Division en lots : oui, 3 lots"])
    note = ("Objet = travaux d'accessibilité (handicap, PMR, Ad'AP) ; effectifs ; « ne comporte pas de clause "
            "sociale » ; cheminement PMR en site occupé. Tout à 0.")
    return PIECE("d26_avis.txt", "AVIS", "", "", blocks, lab) | {"note": note}


def d27():
    blocks = [
        TITLE("Commune d'Arbessac – Avis de marché (procédure adaptée)"),
        P("Objet : travaux d'entretien et de reprofilage des chemins ruraux (campagne 2029)."),
        P("Acheteur : Commune d'Arbessac, 2 rue de l'Église, 46990 Arbessac. Tél. 05 00 00 77 10."),
        P("Durée : 4 mois à compter de l'ordre de service."),
        P("Jugement des offres :"),
        LST(["prix : 60 % ;",
             "valeur technique (matériels, délai) : 30 % ;",
             "accueil, pendant les travaux, de jeunes de moins de 26 ans sans qualification orientés par la mission "
             "locale, et tutorat proposé : 10 %."]),
        P("Justificatifs : attestation d'assurance, attestations URSSAF, références de travaux similaires."),
        P("Remise des offres : avant le 15/02/2029 à 17 h, par voie électronique uniquement."),
        P("Renseignements techniques : M. Jean-Paul Cabrol, adjoint aux travaux."),
    ]
    lab = L(critere_social=1,
            evidence=["accueil, pendant les travaux, de jeunes de moins de 26 ans sans qualification orientés par "
                      "la mission locale, et tutorat proposé : 10 %"])
    note = ("Avis court : critère social (accueil de jeunes sans qualification, 10 %) sans le mot « social » ; "
            "URSSAF et assurance = sosies. Aucune clause.")
    return PIECE("d27_avis.txt", "AVIS", "", "", blocks, lab) | {"note": note}


# ============================================================================= XML (avis TED R2.0.9, formulaire F02)
def _p(*paras):
    return "".join("<P>%s</P>" % escape(x) for x in paras)


def ted_f02(ref, body, title, cpv, ctype, short, val=None, lots_xml="<NO_LOT_DIVISION/>", objs="",
            lefti="", procedure="", info=""):
    val_xml = '\n    <VAL_ESTIMATED_TOTAL CURRENCY="EUR">%s</VAL_ESTIMATED_TOTAL>' % val if val else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<TED_ESENDERS xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/reception" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" VERSION="R2.0.9.S05">\n'
            ' <SENDER><IDENTIFICATION><ESENDER_LOGIN>TED00000</ESENDER_LOGIN>'
            '<NO_DOC_EXT>%s</NO_DOC_EXT></IDENTIFICATION><CONTACT><E_MAIL>avis@plateforme.example</E_MAIL>'
            '</CONTACT></SENDER>\n'
            ' <FORM_SECTION>\n  <F02_2014 LG="FR" CATEGORY="ORIGINAL" FORM="F02">\n'
            '   <LEGAL_BASIS VALUE="32014L0024"/>\n'
            '   <CONTRACTING_BODY>%s</CONTRACTING_BODY>\n'
            '   <OBJECT_CONTRACT>\n    <TITLE>%s</TITLE>\n    <REFERENCE_NUMBER>%s</REFERENCE_NUMBER>\n'
            '    <CPV_MAIN><CPV_CODE CODE="%s"/></CPV_MAIN>\n    <TYPE_CONTRACT CTYPE="%s"/>\n'
            '    <SHORT_DESCR>%s</SHORT_DESCR>%s\n    %s\n%s   </OBJECT_CONTRACT>\n'
            '   <LEFTI>%s</LEFTI>\n   <PROCEDURE>%s</PROCEDURE>\n'
            '   <COMPLEMENTARY_INFO>%s</COMPLEMENTARY_INFO>\n  </F02_2014>\n </FORM_SECTION>\n</TED_ESENDERS>\n'
            % (escape(ref), body, _p(title), escape(ref), cpv, ctype, _p(*short), val_xml, lots_xml, objs,
               lefti, procedure, info))


def _body(name, nid, town, pc, nuts, mail):
    return ('<ADDRESS_CONTRACTING_BODY><OFFICIALNAME>%s</OFFICIALNAME><NATIONALID>%s</NATIONALID>'
            '<TOWN>%s</TOWN><POSTAL_CODE>%s</POSTAL_CODE><COUNTRY VALUE="FR"/><E_MAIL>%s</E_MAIL>'
            '<n2016:NUTS xmlns:n2016="http://publications.europa.eu/resource/schema/ted/2016/nuts" CODE="%s"/>'
            '</ADDRESS_CONTRACTING_BODY><CA_TYPE VALUE="REGIONAL_AUTHORITY"/><CA_ACTIVITY VALUE="GENERAL_PUBLIC_SERVICES"/>'
            % (escape(name), nid, escape(town), pc, mail, nuts))


def _obj(item, lot_no, title, descr, ac, duration_m, extra=""):
    lot = "<LOT_NO>%s</LOT_NO>" % lot_no if lot_no else ""
    return ('    <OBJECT_DESCR ITEM="%d"><TITLE>%s</TITLE>%s<DESCRIPTION_PROCUREMENT>%s</DESCRIPTION_PROCUREMENT>'
            '<AC>%s</AC><DURATION TYPE="MONTH">%d</DURATION>%s</OBJECT_DESCR>\n'
            % (item, _p(title), lot, descr, ac, duration_m, extra))


def _ac(quality, price):
    q = "".join("<AC_QUALITY><AC_CRITERION>%s</AC_CRITERION><AC_WEIGHTING>%s</AC_WEIGHTING></AC_QUALITY>"
                % (escape(n), w) for n, w in quality)
    return q + "<AC_PRICE><AC_WEIGHTING>%s</AC_WEIGHTING></AC_PRICE>" % price


_PROC = ('<PT_OPEN/><CONTRACT_COVERED_GPA/><DATE_RECEIPT_TENDERS>%s</DATE_RECEIPT_TENDERS>'
         '<TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS><LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>')


def d28():
    descr = ('<MAIN_SITE>%s</MAIN_SITE><SHORT_DESCR>%s</SHORT_DESCR>'
             % (_p("Vallée de la Dourbie-Haute"),
                _p("Débroussaillage, fauche, entretien des sentiers de randonnée et des berges, évacuation des "
                   "embâcles légers, pose et entretien du balisage sur 64 km d'itinéraires.")))
    xml = ted_f02(
        "PNR-DH-2028-SENT",
        _body("Syndicat mixte du Parc naturel régional de la Dourbie-Haute", "25120455700014", "Nant-sur-Dourbie",
              "12990", "FRJ25", "marches@pnr-dourbie.example"),
        "Entretien des berges et des sentiers de randonnée", "77312000", "SERVICES",
        ["Entretien courant des berges de la Dourbie et de ses affluents et des sentiers de randonnée inscrits "
         "au plan départemental des itinéraires de promenade et de randonnée."],
        val="96000",
        objs=_obj(1, None, "Entretien des berges et des sentiers", descr,
                  _ac([("Organisation des chantiers et encadrement technique des équipes", "40")], "60"), 36),
        lefti=("<SUITABILITY>%s</SUITABILITY><RESTRICTED_SHELTERED_WORKSHOP/>"
               "<PERFORMANCE_CONDITIONS>%s</PERFORMANCE_CONDITIONS>"
               % (_p("Déclaration sur l'honneur relative aux interdictions de soumissionner ; attestation "
                     "d'assurance ; justificatif du conventionnement de la structure."),
                  _p("Application du code du travail et de la convention collective dont relève le titulaire ; "
                     "remise semestrielle des attestations de vigilance prévues à l'article D. 8222-5 du code du "
                     "travail ; port des équipements de protection individuelle adaptés au débroussaillage."))),
        procedure=_PROC % "2028-11-30",
        info=("<INFO_ADD>%s</INFO_ADD><ADDRESS_REVIEW_BODY><OFFICIALNAME>Tribunal administratif de "
              "Rodez-Causses</OFFICIALNAME><TOWN>Rodez-Causses</TOWN><COUNTRY VALUE=\"FR\"/></ADDRESS_REVIEW_BODY>"
              "<DATE_DISPATCH_NOTICE>2028-10-24</DATE_DISPATCH_NOTICE>"
              % _p("Marché réservé, en application de l'article L. 2113-13 du code de la commande publique, aux "
                   "structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code "
                   "du travail (ateliers et chantiers d'insertion notamment).",
                   "Le marché n'est pas alloti : les équipes interviennent sur un itinéraire continu.")))
    lab = L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=96000,
            evidence=["Marché réservé, en application de l'article L. 2113-13 du code de la commande publique",
                      "Le marché n'est pas alloti", "96000"])
    note = ("Avis TED XML : case RESTRICTED_SHELTERED_WORKSHOP cochée mais article L2113-13 (SIAE) cité → "
            "L2113-13. Conditions d'exécution = rappel du droit du travail, D8222-5, EPI : pas une clause sociale.")
    return dict(file="d28_avis.xml", doc_type="AVIS", xml=xml, label=lab, note=note)


def d29():
    objs = ""
    lots = [("1", "Secteur Nord", "Aide et accompagnement à domicile des bénéficiaires de l'allocation personnalisée "
                                 "d'autonomie et de la prestation de compensation du handicap – secteur Nord."),
            ("2", "Secteur Centre", "Même prestation – secteur Centre."),
            ("3", "Secteur Sud", "Même prestation – secteur Sud, y compris les interventions de nuit.")]
    ac = _ac([("Qualification, formation continue et stabilité des intervenants à domicile", "30"),
              ("Continuité du service : remplacements, week-ends, jours fériés", "20")], "50")
    for i, (n, t, d) in enumerate(lots, 1):
        objs += _obj(i, n, t, "<SHORT_DESCR>%s</SHORT_DESCR>" % _p(d), ac, 48)
    xml = ted_f02(
        "D-VAL-2028-SAAD",
        _body("Département du Val-d'Ansel", "22690001200017", "Anselbourg", "69990", "FRK26",
              "commande.publique@val-d-ansel.example"),
        "Prestations d'aide et d'accompagnement à domicile", "85312000", "SERVICES",
        ["Accord-cadre à bons de commande pour des prestations d'aide à la personne (aide au lever, au coucher, "
         "à la toilette, aux repas, accompagnement aux sorties) au domicile de personnes âgées et de personnes en "
         "situation de handicap."],
        val="2400000",
        lots_xml="<LOT_DIVISION><LOT_ALL/></LOT_DIVISION>",
        objs=objs,
        lefti=("<SUITABILITY>%s</SUITABILITY><TECHNICAL_PROFESSIONAL_INFO>%s</TECHNICAL_PROFESSIONAL_INFO>"
               "<PERFORMANCE_CONDITIONS>%s</PERFORMANCE_CONDITIONS>"
               % (_p("Autorisation de service d'aide et d'accompagnement à domicile délivrée par le Président du "
                     "Conseil départemental (article L. 313-1 du code de l'action sociale et des familles)."),
                  _p("Effectifs et qualifications des intervenants (DEAES, ADVF) ; taux d'encadrement ; plan de "
                     "formation des trois dernières années."),
                  _p("Les intervenants sont rémunérés conformément à la convention collective de la branche de "
                     "l'aide, de l'accompagnement, des soins et des services à domicile (IDCC 2941) ; les temps "
                     "de déplacement entre deux interventions sont décomptés comme temps de travail effectif "
                     "conformément à cette convention."))),
        procedure=_PROC % "2028-09-15",
        info="<INFO_ADD>%s</INFO_ADD><DATE_DISPATCH_NOTICE>2028-08-04</DATE_DISPATCH_NOTICE>"
             % _p("Le marché ne comporte ni clause sociale d'insertion ni critère social : son objet relève de "
                  "l'action sociale du Département.", "Marché non réservé."))
    lab = L(allotissement=1, nb_lots=3, montant_estime_ht=2400000,
            evidence=["Même prestation – secteur Centre.", "[LOT_DIVISION ; OBJECT_DESCR avec LOT_NO 1, 2 et 3]",
                      "2400000"])
    note = ("Avis TED XML : objet social (aide à domicile APA/PCH), critères sur la qualification et la continuité "
            "(pas social), conditions d'exécution = convention collective (IDCC 2941) rappelée ; « ne comporte ni "
            "clause sociale d'insertion ni critère social ». Trois lots (trois OBJECT_DESCR avec LOT_NO).")
    return dict(file="d29_avis.xml", doc_type="AVIS", xml=xml, label=lab, note=note)


def d30():
    lots = [("1", "Charpente – couverture", "Restauration de la charpente chêne et de la couverture en tuiles plates."),
            ("2", "Maçonnerie – pierre de taille", "Reprise des piliers et des soubassements en pierre calcaire."),
            ("3", "Menuiserie – serrurerie", "Restitution des portes et grilles."),
            ("4", "Électricité – éclairage", "Éclairage scénographique et prises pour le marché hebdomadaire.")]
    ac = _ac([("Valeur technique : méthodologie de restauration, références en monuments anciens", "40")], "60")
    objs = ""
    for i, (n, t, d) in enumerate(lots, 1):
        objs += _obj(i, n, t, "<SHORT_DESCR>%s</SHORT_DESCR>" % _p(d), ac, 14)
    xml = ted_f02(
        "HALLE-2028-TX",
        _body("Commune de Montcabrier-en-Quercy-Blanc", "21460188000019", "Montcabrier-en-Quercy-Blanc",
              "46991", "FRJ26", "mairie@montcabrier-qb.example"),
        "Restauration de la halle couverte du XVIe siècle", "45454100", "WORKS",
        ["Restauration de la halle couverte inscrite à l'inventaire supplémentaire des monuments historiques."],
        val="780000",
        lots_xml="<LOT_DIVISION><LOT_ALL/></LOT_DIVISION>",
        objs=objs,
        lefti=("<SUITABILITY>%s</SUITABILITY><PERFORMANCE_CONDITIONS>%s</PERFORMANCE_CONDITIONS>"
               % (_p("Qualifications Qualibat patrimoine ancien (ou équivalentes) pour les lots 1 et 2."),
                  _p("Lot 2 : le titulaire consacre au moins 7 % des heures de main-d'œuvre du chantier à des "
                     "personnes éloignées de l'emploi, en recourant le cas échéant à un atelier chantier "
                     "d'insertion spécialisé dans le bâti ancien ou à un GEIQ ; volume estimé : 650 h.",
                     "Lots 1 et 2 : accueil d'au moins un apprenti (CAP charpentier ou tailleur de pierre) "
                     "pendant la durée du chantier.",
                     "Tous lots : PPSPS, carte BTP, déclaration des salariés détachés."))),
        procedure=_PROC % "2028-12-08",
        info="<INFO_ADD>%s</INFO_ADD><DATE_DISPATCH_NOTICE>2028-10-30</DATE_DISPATCH_NOTICE>"
             % _p("Un facilitateur de la maison de l'emploi du Quercy Blanc accompagne l'entreprise du lot 2."))
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=650, allotissement=1, nb_lots=4,
            montant_estime_ht=780000,
            evidence=["consacre au moins 7 % des heures de main-d'œuvre du chantier à des personnes éloignées de "
                      "l'emploi", "volume estimé : 650 h", "[LOT_DIVISION ; OBJECT_DESCR avec LOT_NO 1 à 4]", "780000"])
    note = ("Avis TED XML : insertion dans PERFORMANCE_CONDITIONS, en % et en « h » (650 h) ; apprentis ; quatre "
            "OBJECT_DESCR numérotés. Sosies : PPSPS, carte BTP, détachement.")
    return dict(file="d30_avis.xml", doc_type="AVIS", xml=xml, label=lab, note=note)


# ============================================================================= construction et contrôles
DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12,
        d13, d14, d15, d16, d17, d18, d19, d20, d21, d22,
        d23, d24, d25, d26, d27,
        d28, d29, d30]

_NAME = re.compile(r"^d\d\d_(CCAP|CCTP|CCP|RC|AE|CADRE|QR|avis)\.(pdf|docx|txt|xml)$")


def build_doc(d):
    """Écrit le fichier du document ; renvoie le nombre de pages (PDF) ou None."""
    path = os.path.join(OUT, d["file"])
    ext = d["file"].rsplit(".", 1)[1]
    if ext == "xml":
        with open(path, "wb") as fh:
            fh.write(d["xml"].encode("utf-8"))
        return None
    pdf = ext == "pdf"
    blocks = [_conv(b, pdf) for b in number_articles(d["blocks"])]
    if pdf:
        return build_pdf(path, _conv_str(d["header"], True), _conv_str(d["footer"], True), blocks,
                         hyphen=d.get("hyphen", False), title=d["header"], cols=d.get("cols", 1))
    if ext == "docx":
        build_docx(path, d["header"], d["footer"], blocks)
    else:
        build_txt(path, blocks)
    return None


def build_all():
    SB_STATS.update(cut=0, whole=0)
    HY_STATS.update(cut=0, whole=0)
    del CUT_LOG[:]
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    docs, pages = [], {}
    for f in DOCS:
        d = f()
        pages[d["file"]] = build_doc(d)
        docs.append(d)
    rows = []
    for d in docs:
        lab = d["label"]
        row = {"path": d["file"], "doc_type": d["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = " | ".join(norm(q) for q in lab["evidence"])
        rows.append(row)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    return docs, rows, pages


def md5s():
    import hashlib
    out = {}
    for name in sorted(os.listdir(OUT)):
        with open(os.path.join(OUT, name), "rb") as fh:
            out[name] = hashlib.md5(fh.read()).hexdigest()
    return out


def extract(path):
    """Texte EXTRAIT du fichier produit (pypdf, python-docx, lxml, lecture directe)."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(path)
        return "\n".join(p.extract_text() or "" for p in r.pages)
    if ext == "docx":
        dd = docx.Document(path)
        parts = [p.text for p in dd.paragraphs]
        for t in dd.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext == "xml":
        from lxml import etree
        root = etree.parse(path).getroot()
        return "\n".join(root.itertext())
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def _ws(s):
    return re.sub(r"\s+", " ", s.replace(NB, " ").replace(NNB, " ")).strip()


def searchable(raw):
    """Deux lectures du texte extrait : mots coupés en fin de ligne recollés (« inser-\\ntion » -> « insertion »)
    et traits d'union conservés (« sous-\\ncritère » -> « sous-critère »)."""
    raw = raw.replace(NB, " ").replace(NNB, " ")
    a = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", raw)
    b = re.sub(r"-[ \t]*\n[ \t]*", "-", raw)
    return _ws(a), _ws(b)


def check(docs, rows, pages):
    problems = []
    seen = set()
    for d, r in zip(docs, rows):
        f = d["file"]
        path = os.path.join(OUT, f)
        if f in seen:
            problems.append("%s : nom en double" % f)
        seen.add(f)
        if not _NAME.match(f):
            problems.append("%s : nom de fichier non neutre" % f)
        if f.endswith(".xml"):
            from lxml import etree
            try:
                etree.parse(path)
            except etree.XMLSyntaxError as e:
                problems.append("%s : XML mal formé (%s)" % (f, e))
                continue
        n = pages.get(f)
        if f.endswith(".pdf") and not (2 <= n <= 8):
            problems.append("%s : %d page(s)" % (f, n))
        txt_a, txt_b = searchable(extract(path))
        lab = d["label"]
        for q in lab["evidence"]:
            if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                continue
            nq = _ws(norm(q))
            if nq not in txt_a and nq not in txt_b:
                problems.append("%s : preuve absente du texte extrait : %r" % (f, nq))
        if len(r["evidence"]) > 300:
            problems.append("%s : preuve trop longue (%d)" % (f, len(r["evidence"])))
        filled = [c for c in COLUMNS[2:-1] if r[c] not in ("", "0")]
        if filled and not r["evidence"]:
            problems.append("%s : valeurs sans preuve" % f)
        ev_digits = re.sub(r"[\s.]", "", r["evidence"])
        for c in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
            if r[c] and c != "nb_lots" and r[c] not in ev_digits:
                problems.append("%s : %s=%s absent des preuves" % (f, c, r[c]))
        if r["clause_insertion"] == "1" and r["clause_sociale"] != "1":
            problems.append("%s : clause_insertion sans clause_sociale" % f)
        if (r["marche_reserve"] == "1") != bool(r["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % f)
        for b in filter(None, r["reserve_base"].split(";")):
            if b not in ("L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"):
                problems.append("%s : reserve_base %r" % (f, b))
        if r["nb_lots"] and int(r["nb_lots"]) < 2:
            problems.append("%s : nb_lots < 2" % f)
    problems.extend(extra_checks(rows))
    return problems


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


def main():
    docs, rows, pages = build_all()
    first = md5s()
    cuts = (SB_STATS["cut"], HY_STATS["cut"], sum(1 for m, _, c in CUT_LOG if c))
    docs, rows, pages = build_all()
    second = md5s()
    problems = []
    if first != second:
        diff = sorted(k for k in set(first) | set(second) if first.get(k) != second.get(k))
        problems.append("construction non déterministe : %s" % ", ".join(diff))
    problems.extend(check(docs, rows, pages))
    kinds = {}
    for d in docs:
        ext = d["file"].rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
    twocol = sum(1 for d in docs if d.get("cols", 1) == 2)
    if kinds != {"pdf": 12, "docx": 10, "txt": 5, "xml": 3} or twocol != 2:
        problems.append("répartition des formats %r, deux colonnes %d" % (kinds, twocol))
    soc = ("clause_sociale", "clause_insertion", "critere_social")
    npos = sum(1 for r in rows if any(r[c] == "1" for c in soc))
    print("%d documents (%s) ; PDF à deux colonnes : %d ; pages des PDF : %s" % (
        len(docs), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), twocol,
        ", ".join("%s %d" % (k[:3], v) for k, v in pages.items() if v)))
    hyph = {}
    for d in docs:
        if d["file"].endswith(".pdf"):
            raw = extract(os.path.join(OUT, d["file"]))
            hyph[d["file"][:3]] = len(re.findall(r"[^\W\d]-\n[^\W\d]", raw))
    print("nombres coupés en fin de ligne : %d ; césures forcées : %d ; coupures SB/HY : %d" % cuts)
    print("mots coupés en fin de ligne dans le texte extrait des PDF : %s" % ", ".join(
        "%s %d" % kv for kv in hyph.items()))
    print("documents avec au moins une catégorie sociale positive : %d ; négatifs pour les trois : %d"
          % (npos, len(rows) - npos))
    for c in COLUMNS[2:-1]:
        vals = [r[c] for r in rows if r[c] not in ("", "0")]
        zeros = sum(1 for r in rows if r[c] == "0") if c == "allotissement" else None
        print("  %-24s %2d renseigné(s)%s%s" % (c, len(vals), "" if c in _CATEGORIES else "  " + " ".join(vals),
                                              "" if zeros is None else " ; valeur 0 : %d" % zeros))
    print("md5 identiques sur deux constructions : %s" % ("oui" if first == second else "NON"))
    print("contrôles : noms neutres ; XML bien formé (lxml) ; PDF de 2 à 8 pages ; chaque preuve retrouvée dans le "
          "texte EXTRAIT du fichier (pypdf / python-docx paragraphes et cellules / lxml / lecture directe ; "
          "espaces normalisés, césures de fin de ligne recollées) ; preuves <= 300 caractères ; nombres présents "
          "dans les preuves ; clause_insertion => clause_sociale ; heures => clause_insertion ; marche_reserve <=> "
          "reserve_base ; nb_lots => allotissement = 1 ; formats des colonnes -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


_CATEGORIES = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
               "clause_environnementale", "critere_environnemental")

if __name__ == "__main__":
    sys.exit(main())
