#!/usr/bin/env python3
"""Construit les documents entiers du jeu blind_docs_9 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur ni des données).
Infrastructure reprise de tests/data/blind_values_13/make_documents.py : lignes 27-664 copiées telles
quelles (écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, coupures SB/HY, aides de
saisie, number_articles, C, A, _DOC_TYPES), seules OUT et SET_NAME changent ; lignes 2432-2611
(extra_checks, build_piece, main) reprises et adaptées à des documents isolés (pas de dossiers, pas de
dossiers.yml) : documents/<fichier>, documents/labels.csv, contrôle des preuves dans le texte logique et,
pour les PDF, dans le texte extrait par pypdf.

Thème : les critères d'attribution sociaux et environnementaux (RC, CCAP/CCP de MAPA, avis BOAMP/JOUE,
TED en anglais, avis de type eForms, cadres de réponse notés, rapports d'analyse) et leurs pièges.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F ;
BR = retour forcé (PDF) ; SB = coupure possible d'un nombre ; HY = césure possible d'un mot court.

Usage : /work/main/.venv/bin/python tests/data/blind_docs_9/make_documents.py
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
SET_NAME = "blind_docs_9"

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






# ============================================================================= documents du jeu
# Écrits pour ce jeu. Chaque fonction renvoie un document (DOC) étiqueté pour lui-même selon LABELS.md.

def DOC(file, doc_type, header, footer, blocks, label, hyphen=False, cols=1, note=""):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, hyphen=hyphen, cols=cols, note=note)


def _common_rc(c):
    """Articles neutres de fin de règlement de consultation."""
    return (A("Conditions d'envoi des plis",
              "Les plis sont transmis par voie électronique sur le profil d'acheteur%s. Aucune offre "
              "papier n'est acceptée, sauf copie de sauvegarde." % ((" " + c["profil"]) if c["profil"] else ""),
              "Les documents sont signés électroniquement par l'attributaire au stade de l'attribution.")
            + A("Renseignements complémentaires",
                "Les questions sont posées sur le profil d'acheteur au plus tard huit jours avant la date "
                "limite de remise des offres. Les réponses sont communiquées à tous les candidats.",
                "Instance chargée des recours : tribunal administratif de %s." % c["ta"]))


def d01():
    c = C("la Communauté de communes du Val d'Orbière", "Vauclerc", profil="www.achats-valorbiere.fr")
    blocks = [TITLE("Communauté de communes du Val d'Orbière", "RÈGLEMENT DE LA CONSULTATION",
                    "Collecte en porte-à-porte des ordures ménagères et des emballages",
                    "Appel d'offres ouvert – Référence VO-2026-07")]
    blocks += A("Objet de la consultation",
                "La consultation porte sur la collecte en porte-à-porte des ordures ménagères résiduelles "
                "et des emballages ménagers recyclables sur les dix-huit communes membres.",
                "Le marché n'est pas alloti : la collecte des deux flux est assurée par les mêmes équipages "
                "et les mêmes véhicules, et une division en lots rendrait l'exécution plus coûteuse.")
    blocks += A("Durée et montant",
                "Le marché est conclu pour quatre ans à compter du 1er janvier 2027. Sa valeur estimée est "
                "de 3~960~000 € HT pour toute la durée.")
    blocks += A("Pièces de la candidature",
                "Le candidat produit les formulaires DC1 et DC2 ou le DUME, la liste des véhicules dont il "
                "dispose et une attestation d'assurance.")
    blocks += A("Jugement des offres",
                "L'offre économiquement la plus avantageuse est appréciée selon les critères pondérés du "
                "tableau ci-dessous.")
    blocks.append(RTAB([
        ["Critère", "Sous-critère", "Pondération"],
        ["1. Prix des prestations", "Montant du détail quantitatif estimatif", "40~%"],
        ["2. Valeur technique", "2.1 Organisation des tournées et continuité du service", "20~%"],
        ["", "2.2 Moyens humains et encadrement", "15~%"],
        ["", "2.3 Gestion des réclamations des usagers", "10~%"],
        ["3. Émissions de CO2 des véhicules affectés",
         "Émissions en grammes par kilomètre de la flotte affectée au marché, carburant et motorisation "
         "déclarés dans la fiche véhicules", "15~%"],
    ], widths=[0.3, 0.52, 0.18], align="llr"))
    blocks.append(P("Le critère 3 est noté selon la formule : note = 15 × (émissions de l'offre la plus "
                    "faible / émissions de l'offre examinée)."))
    blocks += _common_rc(c)
    lab = L(critere_environnemental=1, allotissement=0, montant_estime_ht=3960000,
            evidence=["3. Émissions de CO2 des véhicules affectés", "Le marché n'est pas alloti",
                      "valeur estimée est de 3 960 000 € HT"])
    return DOC("d01_rc_collecte_om.pdf", "RC", "CC du Val d'Orbière – RC VO-2026-07", "Règlement de la consultation",
               blocks, lab, note="Tableau réel ; critère environnemental nommé par son contenu (CO2 des véhicules).")


def d02():
    c = C("le Syndicat intercommunal de restauration des Trois-Rives", "Lormont-sur-Isle")
    blocks = [TITLE("SIVU de restauration des Trois-Rives", "RÈGLEMENT DE LA CONSULTATION",
                    "Fourniture de denrées alimentaires pour la cuisine centrale", "Procédure adaptée – Lots 1 à 3")]
    blocks += A("Objet et allotissement",
                "La consultation porte sur la fourniture de denrées pour la cuisine centrale (1~400 repas par "
                "jour). Elle est divisée en trois lots :",
                ["Lot 1 : fruits et légumes frais ;", "Lot 2 : produits laitiers ;", "Lot 3 : viandes et volailles."],
                "Chaque lot est un accord-cadre à bons de commande dont le montant maximum annuel est fixé "
                "dans l'acte d'engagement du lot.")
    blocks += A("Critères d'attribution",
                "Pour chaque lot, les offres sont notées sur 100 points :",
                ["prix, apprécié sur le bordereau des prix unitaires : 50 points ;",
                 "qualité gustative et fraîcheur des produits, appréciée sur échantillons : 30 points ;",
                 "part de produits issus de l'agriculture biologique dans les références proposées : 20 points."],
                "Pour le dernier critère, le candidat renseigne pour chaque ligne du bordereau si le produit "
                "est certifié « agriculture biologique » ; la note est proportionnelle à la part de lignes "
                "certifiées.")
    blocks += A("Variantes", "Les variantes ne sont pas autorisées.")
    blocks += _common_rc(c)
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=3,
            evidence=["part de produits issus de l'agriculture biologique dans les références proposées : 20 points",
                      "Elle est divisée en trois lots"])
    return DOC("d02_rc_denrees_bio.pdf", "RC", "SIVU des Trois-Rives – RC denrées 2026", "RC – procédure adaptée",
               blocks, lab, note="Critère en points, liste ; bio = critère environnemental.")


def d03():
    c = C("la Ville de Saint-Arnoult-des-Prés", "Mérande", ccag="travaux")
    blocks = [TITLE("Ville de Saint-Arnoult-des-Prés", "RÈGLEMENT DE LA CONSULTATION",
                    "Réhabilitation du groupe scolaire Jean-Rostand", "Procédure adaptée – marché de travaux")]
    blocks += A("Objet",
                "Les travaux portent sur la réhabilitation thermique et la mise en accessibilité du groupe "
                "scolaire Jean-Rostand. Le marché est passé en lots séparés : le présent règlement vaut pour "
                "les six lots, dont la liste figure à l'article 2.")
    blocks += A("Liste des lots",
                ["Lot 1 : gros œuvre ;", "Lot 2 : menuiseries extérieures ;", "Lot 3 : isolation, plâtrerie ;",
                 "Lot 4 : électricité ;", "Lot 5 : chauffage, ventilation ;", "Lot 6 : peinture, sols."])
    blocks += A("Clause sociale d'insertion",
                "En application de l'article L.~2112-2 du code de la commande publique, l'attributaire du lot 1 "
                "s'engage à réaliser une action d'insertion professionnelle d'au moins 1~800 heures de travail "
                "au bénéfice de personnes éloignées de l'emploi, dans les conditions de l'article 9 du CCAP.")
    blocks += A("Jugement des offres",
                "Les offres sont jugées lot par lot selon les critères suivants :",
                ["prix des prestations : 50 % ;", "valeur technique, appréciée sur le mémoire technique : 40 % ;"])
    blocks.append(SPLIT("pour le lot 1 seulement, un troisième critère remplace 10 points de la valeur technique : "
                        "nombre d'heures d'insertion proposées au-delà du minimum de l'article 3, noté",
                        "proportionnellement au nombre d'heures supplémentaires offertes (10 %). Les autres lots "
                        "sont jugés sur le prix (50 %) et la valeur technique (50 %)."))
    blocks += A("Délai d'exécution", "Le délai global est de quatorze mois, période de préparation comprise.")
    blocks += _common_rc(c)
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1800, critere_social=1, allotissement=1,
            nb_lots=6,
            evidence=["action d'insertion professionnelle d'au moins 1 800 heures de travail",
                      "nombre d'heures d'insertion proposées au-delà du minimum",
                      "Le marché est passé en lots séparés", "pour les six lots"])
    return DOC("d03_rc_travaux_insertion.pdf", "RC", "Ville de Saint-Arnoult-des-Prés – RC travaux groupe scolaire",
               "RC – Réhabilitation J.-Rostand", blocks, lab,
               note="Critère coupé par un saut de page et l'en-tête courant ; objet thermique = pas une clause.")


def d04():
    c = C("le Département de la Haute-Vesle", "Vauclerc")
    blocks = [TITLE("Département de la Haute-Vesle", "RÈGLEMENT DE LA CONSULTATION",
                    "Fourniture de sel de déneigement", "Appel d'offres ouvert – DHV-26-011")]
    blocks += A("Objet", "La consultation porte sur la fourniture et la livraison de sel de déneigement dans les "
                "douze centres d'exploitation routière. Le marché n'est pas divisé en lots.")
    blocks += A("Conditions de participation",
                "Les candidats justifient de leurs capacités par :",
                ["un chiffre d'affaires annuel d'au moins 300~000 € HT sur les trois derniers exercices ;",
                 "trois références de livraisons comparables ;",
                 "un certificat ISO~14001 ou toute preuve équivalente de mesures de gestion environnementale "
                 "appliquées par l'entreprise ;",
                 "la liste des moyens de stockage couverts dont ils disposent."],
                "Ces éléments servent à la sélection des candidatures ; ils ne sont pas des critères de jugement "
                "des offres.")
    blocks += A("Jugement des offres",
                "Les prestations étant standardisées, le marché est attribué à l'offre dont le prix est le plus "
                "bas. Le prix est apprécié sur le détail quantitatif estimatif.")
    blocks += A("Durée", "L'accord-cadre est conclu pour une saison hivernale, reconductible deux fois.")
    blocks += _common_rc(c)
    lab = L(allotissement=0, evidence=["Le marché n'est pas divisé en lots"])
    return DOC("d04_rc_sel_prix_seul.pdf", "RC", "Département de la Haute-Vesle – RC DHV-26-011", "Règlement de consultation",
               blocks, lab, note="Piège : ISO 14001 en sélection, critère unique prix.")


def d05():
    c = C("la Commune de Belcourt-sur-Aisne", "Mérande")
    blocks = [TITLE("Commune de Belcourt-sur-Aisne", "CAHIER DES CLAUSES PARTICULIÈRES (CCP)",
                    "Nettoyage des locaux municipaux", "Marché à procédure adaptée")]
    blocks += A("Objet", "Le présent cahier, qui vaut règlement de consultation et cahier des clauses "
                "administratives, porte sur le nettoyage de la mairie, de la médiathèque et de deux écoles.")
    blocks += A("Prix et montant", "Le marché est traité à prix forfaitaires mensuels. Sa valeur est estimée à "
                "186~000 € HT pour trois ans.")
    blocks += A("Produits et matériels",
                "Le titulaire utilise exclusivement des produits d'entretien porteurs de l'écolabel européen "
                "ou d'un label équivalent, ainsi que des microfibres lavables. Il fournit les fiches techniques "
                "avant le début des prestations et à chaque changement de produit.")
    blocks += A("Critères de choix de l'offre",
                "L'offre économiquement la plus avantageuse est retenue selon les critères ci-après :",
                ["prix forfaitaire : 50 % ;", "organisation et fréquences proposées : 35 % ;"])
    blocks.append(SPLIT("conditions d'emploi des agents affectés au marché (part de contrats à durée indéterminée, "
                        "temps de travail en journée plutôt qu'en horaires décalés, formation des agents) :",
                        "15 %. Le candidat renseigne le tableau des effectifs annexé au présent CCP."))
    blocks += A("Pénalités", "En cas de prestation non exécutée, une pénalité de 80 € HT par local et par jour "
                "est appliquée, sans mise en demeure préalable.")
    blocks += A("Règlement des litiges", "Tribunal administratif de %s." % c["ta"])
    lab = L(clause_environnementale=1, critere_social=1, montant_estime_ht=186000,
            evidence=["produits d'entretien porteurs de l'écolabel européen",
                      "conditions d'emploi des agents affectés au marché",
                      "Sa valeur est estimée à 186 000 € HT"])
    return DOC("d05_ccp_mapa_nettoyage.pdf", "CCAP", "Commune de Belcourt-sur-Aisne – CCP nettoyage",
               "CCP – MAPA nettoyage", blocks, lab,
               note="Critère social coupé par saut de page ; CCP d'un MAPA classé CCAP.")


def d06():
    blocks = [TITLE("BOAMP – Avis de marché", "Transport à la demande du territoire du Pays de Lérins-Haut",
                    "Département : 87 – Annonce n° 26-118204")]
    blocks += [H("Section I : Pouvoir adjudicateur"),
               P("I.1) Nom et adresses : Syndicat mixte des mobilités du Pays de Lérins-Haut, 4 rue des Halles, "
                 "87590 Lérins-Haut."),
               H("Section II : Objet"),
               P("II.1.1) Intitulé : exploitation du service de transport à la demande."),
               P("II.1.4) Description succincte : exploitation, avec véhicules du titulaire, du service de "
                 "transport à la demande zonal, réservations comprises."),
               P("II.1.5) Valeur totale estimée : 1~240~000 € HT."),
               P("II.1.6) Information sur les lots : ce marché n'est pas divisé en lots."),
               P("II.2.5) Critères d'attribution : le prix n'est pas le seul critère."),
               RTAB([["Critère", "Pondération"],
                     ["Critère de qualité – Qualité de l'organisation des réservations et de la régulation", "30"],
                     ["Critère de qualité – Accessibilité du service aux personnes handicapées et à mobilité "
                      "réduite (véhicules, information, assistance à la montée)", "15"],
                     ["Critère de qualité – Moyens humains affectés", "15"],
                     ["Prix – Pondération", "40"]], widths=[0.8, 0.2], align="lr"),
               P("II.2.7) Durée du marché : 48 mois."),
               H("Section III : Renseignements d'ordre juridique"),
               P("III.1.1) Habilitation à exercer l'activité : inscription au registre des transports."),
               P("III.1.3) Capacité technique : liste des véhicules et des conducteurs disponibles."),
               P("III.1.5) Informations sur les marchés réservés : néant."),
               H("Section IV : Procédure"),
               P("IV.1.1) Type de procédure : procédure ouverte. IV.2.2) Date limite : 12 mars 2026 à 12 h 00."),
               H("Section VI : Renseignements complémentaires"),
               P("VI.4.1) Instance chargée des procédures de recours : tribunal administratif de Limoges.")]
    lab = L(critere_social=1, allotissement=0, montant_estime_ht=1240000,
            evidence=["Accessibilité du service aux personnes handicapées et à mobilité réduite",
                      "ce marché n'est pas divisé en lots", "Valeur totale estimée : 1 240 000 € HT"])
    return DOC("d06_avis_boamp_tad.pdf", "AVIS", "BOAMP – Avis n° 26-118204", "Publication BOAMP",
               blocks, lab, note="Avis BOAMP, tableau II.2.5 ; accessibilité = critère social (acc-all).")


def d07():
    blocks = [TITLE("Université Clairvaux-Mézières", "RAPPORT D'ANALYSE DES OFFRES",
                    "Fourniture de postes de travail informatiques – accord-cadre UCM-2026-04")]
    blocks += [H("1. Rappel de la procédure"),
               P("Appel d'offres ouvert, avis publié le 6 février 2026. Cinq offres ont été reçues dans les "
                 "délais. Le marché n'est pas alloti. Montant maximum de l'accord-cadre : 2~100~000 € HT pour "
                 "quatre ans."),
               H("2. Critères et pondérations fixés par le règlement"),
               LST(["Prix : 45 % ;",
                    "Valeur technique : 35 %, dont performance des postes (indice de calcul, temps de démarrage) "
                    "20 % et qualité du service après-vente 15 % ;",
                    "Durabilité et réparabilité des équipements : 20 % (indice de réparabilité, durée de "
                    "disponibilité des pièces détachées, garantie, reprise des anciens postes)."]),
               H("3. Notation"),
               RTAB([["Candidat", "Prix /45", "Valeur technique /35", "Durabilité /20", "Total /100"],
                     ["Société Alpha Numérique", "45,00", "26,50", "12,00", "83,50"],
                     ["Groupe Ordilis", "41,20", "30,00", "17,50", "88,70"],
                     ["Bureautek Services", "39,80", "24,00", "9,00", "72,80"],
                     ["Infomatic Ouest", "43,10", "22,50", "14,00", "79,60"],
                     ["Sorel Informatique", "37,60", "28,00", "16,50", "82,10"]],
                    widths=[0.32, 0.14, 0.2, 0.16, 0.18], align="lrrrr"),
               H("4. Observations"),
               P("La performance des postes est jugée sur les bancs d'essai normalisés fournis ; elle ne tient "
                 "pas compte de la consommation électrique. Sur le critère 3, Groupe Ordilis propose une "
                 "disponibilité des pièces détachées de dix ans."),
               H("5. Proposition"),
               P("La commission propose d'attribuer l'accord-cadre au Groupe Ordilis, classé premier.")]
    lab = L(critere_environnemental=1, allotissement=0, montant_max_ht=2100000,
            evidence=["Durabilité et réparabilité des équipements : 20 %", "Le marché n'est pas alloti",
                      "Montant maximum de l'accord-cadre : 2 100 000 € HT"])
    return DOC("d07_rapport_analyse_postes.pdf", "AUTRE", "UCM – Rapport d'analyse des offres UCM-2026-04",
               "Rapport d'analyse – document interne", blocks, lab,
               note="Rapport d'analyse ; piège « performance des postes » (informatique).")


def d08():
    c = C("le Centre hospitalier de Montferrand-les-Eaux", "Clairmont")
    blocks = [TITLE("Centre hospitalier de Montferrand-les-Eaux", "RÈGLEMENT DE LA CONSULTATION",
                    "Tierce maintenance applicative du dossier patient informatisé", "Appel d'offres ouvert")]
    blocks += A("Objet", "Le marché porte sur la maintenance corrective et évolutive du dossier patient "
                "informatisé et de ses interfaces. Il n'est pas alloti, les applications étant imbriquées.")
    blocks += A("Présentation de l'environnement technique",
                "Le système repose sur des serveurs virtualisés, une base de données relationnelle et une "
                "quarantaine d'interfaces normalisées. L'environnement de recette est distinct de "
                "l'environnement de production.")
    blocks += A("Critères de jugement des offres",
                "Les offres sont appréciées selon les critères suivants :",
                ["Prix : 40 % ;",
                 "Valeur technique : 60 %, décomposée en sous-critères :"],
                "– 1. Compréhension de l'environnement technique et des contraintes hospitalières : 15 % ;",
                "– 2. Méthodologie de reprise de la maintenance et de réversibilité : 20 % ;",
                "– 3. Moyens humains affectés et continuité de service (astreintes) : 15 % ;",
                "– 4. Engagements de niveaux de service et de performance des temps de réponse : 10 %.")
    blocks += A("Contenu du mémoire technique",
                "Le mémoire ne dépasse pas trente pages. Le candidat y décrit sa connaissance de "
                "l'environnement applicatif, ses outils de suivi des tickets et la composition de l'équipe.")
    blocks += _common_rc(c)
    lab = L(allotissement=0, evidence=["Il n'est pas alloti"])
    return DOC("d08_rc_tma_piege.pdf", "RC", "CH Montferrand-les-Eaux – RC TMA DPI", "RC – maintenance applicative",
               blocks, lab, cols=2, note="Piège : « environnement technique », méthodologie, moyens humains, performance ; deux colonnes.")


def d09():
    c = C("la Ville de Port-Sainte-Anne", "Vauclerc")
    blocks = [TITLE("Ville de Port-Sainte-Anne", "RÈGLEMENT DE LA CONSULTATION",
                    "Acquisition de fournitures de bureau", "Procédure adaptée")]
    blocks += A("Objet", "Fourniture de papeterie et de petites fournitures de bureau pour les services municipaux.")
    blocks += A("Critères d'attribution",
                "L'article R.~2152-7 du code de la commande publique permet à l'acheteur de retenir, outre le "
                "prix, des critères qualitatifs, environnementaux ou sociaux, tels que les performances en "
                "matière de protection de l'environnement ou d'insertion professionnelle des publics en "
                "difficulté.",
                "Compte tenu du caractère standardisé des fournitures, l'acheteur ne retient pas ces critères "
                "pour la présente consultation : l'offre est choisie sur le seul critère du prix, apprécié sur "
                "le montant du panier type.")
    blocks += A("Montant", "Le montant maximum annuel de l'accord-cadre est de 35~000 € HT ; l'accord-cadre est "
                "conclu pour un an.")
    blocks += _common_rc(c)
    lab = L(montant_max_ht=35000, evidence=["Le montant maximum annuel de l'accord-cadre est de 35 000 € HT",
                                            "conclu pour un an"])
    return DOC("d09_rc_code_non_retenu.pdf", "RC", "Ville de Port-Sainte-Anne – RC fournitures de bureau",
               "RC – MAPA", blocks, lab, note="Piège : critères cités par le code puis non retenus ; prix seul.")


def d10():
    c = C("l'Office public de l'habitat Vesle Habitat", "Vauclerc", ccag="travaux")
    blocks = [TITLE("Vesle Habitat – Office public de l'habitat", "RÈGLEMENT DE LA CONSULTATION",
                    "Remplacement des menuiseries et ravalement de la résidence Les Tilleuls",
                    "Procédure adaptée – cinq lots")]
    blocks += A("Objet et lots",
                "Les travaux sont répartis en cinq lots traités par marchés séparés : démolition et "
                "désamiantage, menuiseries, ravalement, serrurerie, électricité des parties communes.")
    blocks += A("Montant", "Le montant prévisionnel des travaux est de 1~075~000 € HT, tous lots confondus.")
    blocks += A("Critères et coefficients",
                "Chaque offre reçoit une note sur 10 par critère ; la note finale est la somme des notes "
                "multipliées par les coefficients suivants :")
    blocks.append(TAB([["Critère", "Coefficient"],
                       ["Prix", "coef. 5"],
                       ["Valeur technique (mémoire)", "coef. 3"],
                       ["Performance en matière d'insertion professionnelle des publics en difficulté", "coef. 1"],
                       ["Gestion des déchets de chantier : tri, réemploi et traçabilité jusqu'à l'exutoire",
                        "coef. 1"]], widths=[0.78, 0.22], align="lr"))
    blocks.append(P("Le critère d'insertion est noté au vu du nombre d'heures, de l'encadrement et du parcours "
                    "proposés ; le critère déchets au vu du schéma d'organisation et de suivi des déchets."))
    blocks += _common_rc(c)
    lab = L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=5, montant_estime_ht=1075000,
            evidence=["Performance en matière d'insertion professionnelle des publics en difficulté",
                      "Gestion des déchets de chantier : tri, réemploi et traçabilité",
                      "répartis en cinq lots", "1 075 000 € HT"])
    return DOC("d10_rc_coefficients.pdf", "RC", "Vesle Habitat – RC Les Tilleuls", "RC – travaux",
               blocks, lab, note="Tableau tracé à la main, coefficients ; critères sans exigence d'exécution.")


def d11():
    c = C("la Communauté d'agglomération Aisne-Mérande", "Mérande")
    blocks = [TITLE("Communauté d'agglomération Aisne-Mérande", "RÈGLEMENT DE LA CONSULTATION",
                    "Étude de planification énergétique territoriale et bilan des émissions de gaz à effet de serre",
                    "Procédure adaptée")]
    blocks += A("Objet",
                "L'étude établit le bilan des émissions de gaz à effet de serre du territoire, le potentiel de "
                "production d'énergies renouvelables et le programme d'actions du plan climat.")
    blocks += A("Critères de jugement",
                ["Prix : 30 % ;",
                 "Valeur technique : 70 %, appréciée selon :"],
                "a) compréhension des enjeux du territoire et pertinence de la méthode de diagnostic "
                "énergétique : 30 % ;",
                "b) composition et expérience de l'équipe (énergéticien, urbaniste, animateur) : 25 % ;",
                "c) planning et modalités de concertation avec les communes : 15 %.")
    blocks += A("Remise des livrables", "Les livrables sont remis sous format numérique éditable et au format PDF.")
    blocks += _common_rc(c)
    lab = L(evidence=[])
    return DOC("d11_rc_etude_climat.pdf", "RC", "CA Aisne-Mérande – RC étude plan climat", "RC – étude",
               blocks, lab, note="Piège : objet environnemental ; critères de méthode et d'équipe seulement.")


def d12():
    blocks = [TITLE("Syndicat des eaux de la Basse-Orbière", "CADRE DE MÉMOIRE TECHNIQUE",
                    "Entretien des réseaux d'assainissement – à compléter par le candidat")]
    blocks += [P("Le présent cadre est obligatoire. Chaque partie est notée selon le barème indiqué ; le total "
                 "constitue la note de valeur technique (60 points sur 100, le prix comptant pour 40 points)."),
               H("Partie 1 – Organisation des interventions (20 points)"),
               P("Décrivez l'organisation des curages préventifs et des interventions d'urgence : ..........."),
               H("Partie 2 – Moyens matériels et humains (15 points)"),
               P("Listez les hydrocureuses et les équipes affectées : ..........."),
               H("Partie 3 – Démarche environnementale (15 points)"),
               P("Précisez le devenir des sables et boues de curage, la consommation d'eau des hydrocureuses "
                 "(recyclage de l'eau) et la motorisation des véhicules affectés : ..........."),
               H("Partie 4 – Emploi et insertion (10 points)"),
               P("Indiquez les actions proposées en faveur de l'emploi de personnes éloignées de l'emploi "
                 "(heures, recrutements, tutorat) : ..........."),
               P("Signature du candidat : ...........")]
    lab = L(critere_environnemental=1, critere_social=1,
            evidence=["Partie 3 – Démarche environnementale (15 points)", "Partie 4 – Emploi et insertion (10 points)"])
    return DOC("d12_cadre_memoire_assainissement.pdf", "CADRE", "SEBO – Cadre de mémoire technique",
               "Cadre de réponse", blocks, lab,
               note="Cadre de réponse dont les parties sont notées ; questions au candidat, pas d'obligation d'exécution.")


def d13():
    blocks = [TITLE("Commune de Valbrune", "NOTE DE PRÉSENTATION DU RENOUVELLEMENT",
                    "Marché d'entretien des espaces verts")]
    blocks += [H("1. Bilan du marché 2022-2025"),
               P("Le précédent marché, attribué en 2022, comportait un critère « performance environnementale » "
                 "de 10 % et une clause d'insertion de 900 heures, intégralement réalisées par le titulaire "
                 "sortant avec l'appui du facilitateur du PLIE."),
               H("2. Consultation 2026"),
               P("Le nouveau marché porte sur la tonte, la taille et le désherbage manuel des espaces communaux. "
                 "Sa valeur estimée est de 96~000 € HT pour deux ans."),
               P("Les offres seront jugées sur le prix (60 %) et la valeur technique (40 %), cette dernière "
                 "appréciée sur le planning d'intervention et les moyens matériels."),
               P("La décision d'inclure ou non une clause d'exécution sera prise par le conseil municipal au vu de "
                 "cette note."),
               H("3. Calendrier"),
               P("Publication en février 2026, notification en mai 2026.")]
    lab = L(montant_estime_ht=96000, evidence=["Sa valeur estimée est de 96 000 € HT"])
    return DOC("d13_note_renouvellement.pdf", "AUTRE", "Commune de Valbrune – Note de présentation",
               "Note interne", blocks, lab, note="Piège : critères et clause du marché précédent seulement.")


def d14():
    c = C("la Ville de Lormont-sur-Isle", "Lormont-sur-Isle", ccag="travaux")
    blocks = [TITLE("Ville de Lormont-sur-Isle", "RÈGLEMENT DE LA CONSULTATION",
                    "Construction d'un gymnase et de ses abords", "Appel d'offres – lot unique")]
    blocks += A("Objet", "Construction d'un gymnase de type C et aménagement de ses abords. Le marché est "
                "passé en un lot unique (entreprise générale). Montant estimé des travaux : 4~350~000 € HT.")
    blocks += A("Pièces à remettre", "Acte d'engagement, DPGF, mémoire technique, planning détaillé.")
    blocks += A("Jugement des offres",
                "Les critères, sous-critères et pondérations sont les suivants :")
    blocks.append(RTAB([
        ["Critère / sous-critère", "Pondération"],
        ["1. Prix", "40~%"],
        ["2. Valeur technique", "60~%"],
        ["2.1 Méthodologie et phasage du chantier", "20~%"],
        ["2.2 Moyens humains et matériels", "15~%"],
        ["2.3 Mesures prises pour limiter les nuisances et l'impact environnemental du chantier "
         "(bruit, poussières, tri des déchets, provenance des matériaux)", "15~%"],
        ["2.4 Actions en faveur de l'emploi local et de l'insertion des personnes éloignées de l'emploi", "10~%"],
    ], widths=[0.82, 0.18], align="lr"))
    blocks += A("Méthode de notation",
                "Le prix est noté par la formule : note = 40 × (prix le plus bas / prix de l'offre). Chaque "
                "sous-critère technique est noté de 0 à 4 (insuffisant, passable, satisfaisant, bon, très bon), "
                "puis ramené à sa pondération.",
                "Les offres anormalement basses sont traitées conformément aux articles R.~2152-3 et suivants.",
                "En cas d'égalité, le candidat ayant la meilleure note technique est classé premier.",
                "La négociation n'est pas prévue ; l'acheteur peut attribuer le marché sur la base des offres "
                "initiales.")
    blocks += A("Visite du site", "La visite est facultative ; elle a lieu sur rendez-vous auprès des services "
                "techniques, les mardis et jeudis matin.")
    blocks += A("Délais", "Le délai de validité des offres est de 150 jours. Le délai d'exécution est de dix-huit "
                "mois.")
    blocks += _common_rc(c)
    blocks += A("Annexes", "Annexe 1 : plan de situation. Annexe 2 : cadre de DPGF. Annexe 3 : notice de "
                "sécurité. Annexe 4 : étude géotechnique G2 AVP.")
    lab = L(critere_environnemental=1, critere_social=1, allotissement=0, montant_estime_ht=4350000,
            evidence=["l'impact environnemental du chantier", "Actions en faveur de l'emploi local et de l'insertion",
                      "passé en un lot unique", "Montant estimé des travaux : 4 350 000 € HT"])
    return DOC("d14_rc_gymnase_sous_criteres.pdf", "RC", "Ville de Lormont-sur-Isle – RC gymnase",
               "RC – construction d'un gymnase", blocks, lab,
               note="Sous-critères sociaux et environnementaux imbriqués dans la valeur technique, tableau réel.")


def d15():
    blocks = [TITLE("Communauté de communes des Coteaux de Vesle", "CAHIER DES CLAUSES PARTICULIÈRES",
                    "Fourniture de mobilier scolaire – procédure adaptée")]
    blocks += A("Objet", "Fourniture et livraison de tables, chaises et armoires pour quatre écoles. Le marché "
                "n'est pas alloti. Le montant estimé est de 142~000 € HT.")
    blocks += A("Reprise du mobilier usagé",
                "Le titulaire reprend le mobilier remplacé et le remet à une filière de réemploi ou, à défaut, "
                "de recyclage. Il transmet le bordereau de prise en charge dans le mois suivant chaque livraison.")
    blocks += A("Critères d'attribution",
                "Les offres sont classées selon les critères pondérés suivants :",
                ["Prix : 50 % ;",
                 "Qualité d'usage et ergonomie : 30 % ;",
                 "Durabilité, réparabilité et part de matériaux recyclés : 20 %, notée sur la durée de garantie, "
                 "la disponibilité des pièces détachées et la part de bois ou d'acier recyclé déclarée."])
    blocks += A("Délai de livraison", "La livraison intervient pendant les vacances d'été 2026.")
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=0, montant_estime_ht=142000,
            evidence=["remet à une filière de réemploi ou, à défaut, de recyclage",
                      "Durabilité, réparabilité et part de matériaux recyclés : 20 %",
                      "n'est pas alloti", "142 000 € HT"])
    return DOC("d15_ccp_mobilier.docx", "CCAP", "CC des Coteaux de Vesle – CCP mobilier", "CCP", blocks, lab,
               note="CCP de MAPA : clause de reprise et critère de durabilité.")


def d16():
    c = C("le Syndicat départemental d'énergie de la Vesle", "Vauclerc", ccag="travaux")
    blocks = [TITLE("Syndicat départemental d'énergie de la Vesle", "RÈGLEMENT DE LA CONSULTATION",
                    "Travaux d'éclairage public – accord-cadre")]
    blocks += A("Objet", "Travaux neufs et de renouvellement d'éclairage public sur le territoire du syndicat.")
    blocks += A("Sélection des candidatures",
                "Les candidatures sont examinées au regard des capacités suivantes :",
                ["qualification professionnelle en éclairage public ou équivalent ;",
                 "certification de système de management environnemental (ISO~14001) ou description des mesures "
                 "de gestion environnementale que l'entreprise pourra appliquer ;",
                 "effectifs et encadrement des trois dernières années."])
    blocks += A("Jugement des offres",
                "Prix : 60 %, apprécié sur un détail estimatif non contractuel.",
                "Valeur technique : 40 %, appréciée sur la méthodologie d'intervention (25 %) et le planning "
                "type d'un chantier de renouvellement (15 %).")
    blocks += _common_rc(c)
    lab = L(evidence=[])
    return DOC("d16_rc_eclairage_selection.docx", "RC", "SDEV – RC éclairage public", "RC", blocks, lab,
               note="Piège : certification environnementale en sélection, critères neutres.")


def d17():
    c = C("le Centre communal d'action sociale de Mérande", "Mérande")
    blocks = [TITLE("CCAS de Mérande", "RÈGLEMENT DE LA CONSULTATION",
                    "Portage de repas à domicile – accord-cadre à bons de commande")]
    blocks += A("Objet", "Confection et livraison de repas au domicile des personnes âgées. L'accord-cadre n'est "
                "pas divisé en lots.")
    blocks += A("Montant", "Le montant maximum est de 210~000 € HT par an. L'accord-cadre est conclu pour un an "
                "et reconductible trois fois, soit 840~000 € HT au plus sur quatre ans.")
    blocks += A("Critères d'attribution",
                "L'offre économiquement la plus avantageuse est appréciée selon le prix (40 %), la valeur "
                "technique (40 %), la performance en matière de protection de l'environnement (10 %) — "
                "contenants réutilisables, tournées optimisées, véhicules à faibles émissions — et la "
                "performance en matière d'insertion professionnelle des publics en difficulté (10 %).")
    blocks += _common_rc(c)
    lab = L(critere_environnemental=1, critere_social=1, allotissement=0, montant_max_ht=840000,
            evidence=["la performance en matière de protection de l'environnement (10 %)",
                      "performance en matière d'insertion professionnelle des publics en difficulté (10 %)",
                      "n'est pas divisé en lots", "soit 840 000 € HT au plus sur quatre ans"])
    return DOC("d17_rc_portage_repas.docx", "RC", "CCAS de Mérande – RC portage de repas", "RC", blocks, lab,
               note="Critères en prose ; maximum annuel × 4.")


def d18():
    blocks = [TITLE("Métropole de Clairmont", "QUESTIONNAIRE TECHNIQUE VALANT CADRE DE RÉPONSE",
                    "Accueil et gardiennage des bâtiments administratifs")]
    blocks += [P("Le candidat répond à chaque question dans le cadre prévu. La note de valeur technique (60 %) "
                 "est la somme des notes obtenues ; le barème figure dans le tableau."),
               TAB([["Question", "Barème"],
                    ["Q1 – Organisation des postes d'accueil et des rondes", "20 pts"],
                    ["Q2 – Procédure de gestion des incidents", "15 pts"],
                    ["Q3 – Politique d'emploi des agents affectés au marché : contrats, formation, égalité "
                     "professionnelle et prévention des discriminations", "15 pts"],
                    ["Q4 – Outils de compte rendu", "10 pts"]], widths=[0.8, 0.2], align="lr"),
               P("Réponse Q1 : ..........."), P("Réponse Q2 : ..........."),
               P("Réponse Q3 : ..........."), P("Réponse Q4 : ...........")]
    lab = L(critere_social=1, evidence=["Politique d'emploi des agents affectés au marché : contrats, formation, "
                                        "égalité professionnelle et prévention des discriminations"])
    return DOC("d18_cadre_questionnaire_gardiennage.docx", "CADRE", "Métropole de Clairmont – Questionnaire technique",
               "Cadre de réponse", blocks, lab, note="Questionnaire noté ; question sociale notée.")


def d19():
    blocks = [TITLE("Région Vesle-Orbière", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
                    "Hébergement et infogérance du portail des aides régionales")]
    blocks += A("Environnement technique",
                "Le portail fonctionne sur un environnement conteneurisé ; l'environnement de préproduction "
                "reproduit l'environnement de production.")
    blocks += A("Exigences de performance",
                "Le temps de réponse des pages est inférieur à deux secondes pour 95 % des requêtes. La "
                "disponibilité mensuelle est d'au moins 99,8 %. Les tests de performance sont réalisés avant "
                "chaque mise en production.")
    blocks += A("Sécurité", "Les données sont hébergées dans l'Union européenne ; les sauvegardes sont chiffrées.")
    blocks += A("Pénalités", "Indisponibilité au-delà du seuil : 500 € HT par heure entamée.")
    lab = L(evidence=[])
    return DOC("d19_cctp_infogerance.docx", "CCTP", "Région Vesle-Orbière – CCTP infogérance", "CCTP", blocks, lab,
               note="Piège : « environnement » et « performance » informatiques.")


def d20():
    c = C("la Maison départementale de l'emploi de la Haute-Vesle", "Vauclerc")
    blocks = [TITLE("Département de la Haute-Vesle", "RÈGLEMENT DE LA CONSULTATION",
                    "Accompagnement renforcé vers l'emploi des allocataires du RSA")]
    blocks += A("Objet", "Le marché porte sur l'accompagnement individuel et collectif de 400 allocataires du "
                "RSA vers l'emploi et la formation. Il relève des services sociaux et autres services spécifiques.")
    blocks += A("Critères",
                ["Prix : 30 % ;",
                 "Qualité du projet d'accompagnement (diagnostic, ateliers, relation avec les employeurs) : 50 % ;",
                 "Qualification et expérience des conseillers : 20 %."])
    blocks += A("Marché réservé", "Le marché n'est pas réservé.")
    blocks += _common_rc(c)
    lab = L(evidence=[])
    return DOC("d20_rc_accompagnement_rsa.docx", "RC", "Haute-Vesle – RC accompagnement RSA", "RC", blocks, lab,
               note="Piège : objet social (insertion) ; critères de qualité du service.")


def d21():
    blocks = [TITLE("Syndicat intercommunal de restauration des Trois-Rives", "RAPPORT D'ANALYSE DES OFFRES – LOT 2",
                    "Fourniture de produits laitiers (lot 2 sur 4)")]
    blocks += [H("1. Critères"),
               TAB([["Critère", "Pondération"],
                    ["Prix", "55 %"],
                    ["Qualité et présentation des produits", "25 %"],
                    ["Part de produits issus de l'agriculture biologique ou sous signe de qualité (EGalim)", "15 %"],
                    ["Mesures de lutte contre le gaspillage et réduction des emballages", "5 %"]],
                   widths=[0.8, 0.2], align="lr"),
               H("2. Analyse"),
               P("Trois offres ont été reçues pour le lot 2. La Laiterie du Mont-Orbier obtient la meilleure "
                 "note sur le troisième critère avec 48 % de références biologiques."),
               H("3. Conclusion"),
               P("Il est proposé d'attribuer le lot 2 à la Laiterie du Mont-Orbier.")]
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=4,
            evidence=["Part de produits issus de l'agriculture biologique ou sous signe de qualité (EGalim)",
                      "Mesures de lutte contre le gaspillage et réduction des emballages",
                      "lot 2 sur 4"])
    return DOC("d21_rapport_lot2_laitiers.docx", "AUTRE", "SIVU Trois-Rives – RAO lot 2", "Rapport d'analyse",
               blocks, lab, note="Rapport d'un lot d'un marché alloti.")


def d22():
    blocks = [TITLE("Ville de Clairmont", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                    "Rénovation de la piscine des Hauts-de-Clairmont – quatre lots")]
    blocks += A("Objet et lots", "Les travaux sont divisés en quatre lots. Le présent CCAP est commun aux lots.")
    blocks += A("Critères", "Les critères de jugement des offres figurent au règlement de la consultation.")
    blocks += A("Clause d'insertion",
                "Les titulaires des lots 1 et 2 réservent respectivement 1~600 et 800 heures de travail à des "
                "personnes rencontrant des difficultés d'insertion professionnelle, avec l'appui du facilitateur "
                "de la Maison de l'emploi. Pénalité : 40 € HT par heure non réalisée.")
    blocks += A("Gestion des déchets",
                "Chaque titulaire trie ses déchets de chantier en cinq flux au minimum et remet les bordereaux "
                "de suivi au maître d'œuvre.")
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2400, clause_environnementale=1,
            allotissement=1, nb_lots=4,
            evidence=["réservent respectivement 1 600 et 800 heures de travail", "[somme : 1 600 + 800 = 2 400]",
                      "trie ses déchets de chantier en cinq flux", "divisés en quatre lots"])
    return DOC("d22_ccap_piscine.docx", "CCAP", "Ville de Clairmont – CCAP piscine", "CCAP", blocks, lab,
               note="Clauses d'exécution sans critère ; renvoi au RC pour les critères.")


def d23():
    c = C("la Commune de Saint-Méen-la-Vallée", "Clairmont")
    blocks = [TITLE("Commune de Saint-Méen-la-Vallée", "RÈGLEMENT DE LA CONSULTATION",
                    "Entretien ménager des bâtiments communaux")]
    blocks += A("Jugement des offres",
                "Critère 1 – Prix (30 points).",
                "Critère 2 – Valeur technique (60 points), dont :",
                ["2.1 Méthodologie et fréquences (25 points) ;",
                 "2.2 Moyens humains affectés (20 points) ;",
                 "2.3 Démarche de développement durable (15 points) : produits et matériels utilisés, dosage, "
                 "gestion des déchets et des emballages ;"],
                "Critère 3 – Délai de remplacement d'un agent absent (10 points).")
    blocks += A("Allotissement", "La consultation ne fait pas l'objet d'un allotissement.")
    blocks += _common_rc(c)
    lab = L(critere_environnemental=1, allotissement=0,
            evidence=["2.3 Démarche de développement durable (15 points)",
                      "ne fait pas l'objet d'un allotissement"])
    return DOC("d23_rc_menage_points.docx", "RC", "Saint-Méen-la-Vallée – RC entretien ménager", "RC", blocks, lab,
               note="Sous-critère en points sous la valeur technique.")


def d24():
    blocks = [TITLE("Contract notice – Services", "France-Vauclerc: Urban bus services",
                    "Directive 2014/24/EU – Notice reference 2026/S 041-128877")]
    blocks += [H("Section I: Contracting authority"),
               P("I.1) Name and addresses: Syndicat des transports urbains de Vauclerc, 2 place de la Gare, "
                 "Vauclerc, France."),
               H("Section II: Object"),
               P("II.1.1) Title: Operation of urban bus lines."),
               P("II.1.5) Estimated total value: Value excluding VAT: 18 600 000.00 EUR"),
               P("II.1.6) Information about lots: This contract is divided into lots: yes. Tenders may be "
                 "submitted for all lots."),
               P("II.2.1) Title: Urban network. Lot No: 1"),
               P("II.2.5) Award criteria"),
               LST(["Quality criterion - Name: Quality of the operating plan / Weighting: 30",
                    "Quality criterion - Name: Reduction of greenhouse gas emissions of the vehicles assigned "
                    "to the contract / Weighting: 15",
                    "Quality criterion - Name: Working conditions, training and career paths of the drivers "
                    "assigned / Weighting: 10",
                    "Price - Weighting: 45"]),
               P("II.2.1) Title: School and on-demand services. Lot No: 2"),
               P("II.2.5) Award criteria"),
               LST(["Quality criterion - Name: Quality of the operating plan / Weighting: 40",
                    "Price - Weighting: 60"]),
               H("Section III: Legal, economic, financial and technical information"),
               P("III.1.3) Technical and professional ability: list of vehicles and staff."),
               P("III.2.2) Contract performance conditions: as set out in the procurement documents."),
               H("Section VI: Complementary information"),
               P("VI.4.1) Review body: Tribunal administratif de Vauclerc.")]
    lab = L(critere_environnemental=1, critere_social=1, allotissement=1, nb_lots=2, montant_estime_ht=18600000,
            evidence=["Reduction of greenhouse gas emissions of the vehicles assigned",
                      "Working conditions, training and career paths of the drivers",
                      "This contract is divided into lots: yes", "Lot No: 2", "18 600 000.00 EUR"])
    return DOC("d24_ted_en_bus.txt", "AVIS", "", "", blocks, lab, note="Avis TED en anglais, critères par lot.")


def d25():
    blocks = [TITLE("Avis de marché – Formulaire eForms (extrait)", "Entretien des voiries communautaires",
                    "Acheteur : Communauté urbaine de Lérins – Identifiant de la procédure : 7c1e-2026-0415")]
    blocks += [H("1. Acheteur"),
               P("Nom officiel : Communauté urbaine de Lérins. Forme juridique : collectivité territoriale."),
               H("5. Lot – LOT-0000"),
               P("Titre : Entretien et petits travaux de voirie. Description : accord-cadre à bons de commande."),
               P("Valeur estimée hors TVA : 2 800 000 EUR"),
               P("Passation de marché stratégique : objectif social."),
               P("Participation réservée : la participation n'est pas réservée."),
               P("Conditions d'exécution du marché : clause sociale d'insertion – le titulaire réalise au moins "
                 "3 500 heures d'insertion au bénéfice de publics éloignés de l'emploi sur la durée du marché."),
               H("5.1.10 Critères d'attribution"),
               LST(["Critère : Type : Prix – Nom : Prix des prestations – Pondération (pourcentage, exact) : 50",
                    "Critère : Type : Qualité – Nom : Organisation des équipes et réactivité – Pondération : 35",
                    "Critère : Type : Qualité – Nom : Heures d'insertion proposées au-delà de l'engagement minimal "
                    "– Pondération : 15"]),
               H("8. Organisations"),
               P("Organe de recours : Tribunal administratif de Lérins.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=3500, critere_social=1,
            montant_estime_ht=2800000,
            evidence=["réalise au moins 3 500 heures d'insertion",
                      "Heures d'insertion proposées au-delà de l'engagement minimal",
                      "Valeur estimée hors TVA : 2 800 000 EUR"])
    return DOC("d25_eforms_voirie.txt", "AVIS", "", "", blocks, lab,
               note="Avis de type eForms ; condition d'exécution et critère d'insertion.")


def d26():
    blocks = [TITLE("Avis de marché – JOUE (formulaire standard)", "Fourniture de carburants pour la flotte départementale",
                    "Département de la Haute-Vesle")]
    blocks += [H("Section II : Objet"),
               P("II.1.4) Description succincte : fourniture de gazole, d'essence et de gazole non routier par "
                 "cartes accréditives."),
               P("II.1.6) Information sur les lots : ce marché est divisé en lots : non."),
               P("II.2.5) Critères d'attribution : le prix n'est pas le seul critère d'attribution et tous les "
                 "critères sont énoncés uniquement dans les documents du marché."),
               H("Section III : Renseignements d'ordre juridique"),
               P("III.1.3) Capacité technique et professionnelle : liste des stations du réseau ; engagement de "
                 "la politique environnementale de l'entreprise (certification ISO 14001 ou équivalent)."),
               P("III.1.5) Informations sur les marchés réservés : marché réservé : non."),
               H("Section VI : Renseignements complémentaires"),
               P("VI.3) Informations complémentaires : le dossier de consultation est téléchargeable gratuitement "
                 "sur le profil d'acheteur.")]
    lab = L(allotissement=0, evidence=["ce marché est divisé en lots : non"])
    return DOC("d26_joue_carburants.txt", "AVIS", "", "", blocks, lab,
               note="Piège : critères renvoyés aux documents, certification en sélection, « réservé : non ».")


def d27():
    blocks = [TITLE("Contract notice – Supplies", "France-Clairmont: Network equipment",
                    "Notice reference 2026/S 052-160341")]
    blocks += [H("Section II: Object"),
               P("II.1.4) Short description: supply of switches and wireless access points for hospital sites."),
               P("II.1.6) Information about lots: This contract is divided into lots: no"),
               P("II.2.5) Award criteria"),
               LST(["Quality criterion - Name: Technical performance and throughput of the proposed equipment "
                    "/ Weighting: 35",
                    "Quality criterion - Name: Integration into the existing technical environment / Weighting: 15",
                    "Quality criterion - Name: Project methodology and staff assigned / Weighting: 10",
                    "Price - Weighting: 40"]),
               H("Section III"),
               P("III.1.3) Technical and professional ability: ISO 14001 certificate or equivalent evidence of "
                 "environmental management measures; list of similar deliveries."),
               P("III.1.5) Information about reserved contracts: none."),
               P("III.2.2) Contract performance conditions: see tender documents.")]
    lab = L(allotissement=0, evidence=["This contract is divided into lots: no"])
    return DOC("d27_ted_en_reseau_piege.txt", "AVIS", "", "", blocks, lab,
               note="Piège : performance technique, environnement technique, ISO 14001 en sélection.")


def d28():
    blocks = [TITLE("Communauté d'agglomération Aisne-Mérande", "REGISTRE DES QUESTIONS ET RÉPONSES",
                    "Collecte et traitement des déchets verts – consultation CAAM-2026-09")]
    blocks += [P("Question 1 : Le sous-critère « impact environnemental des prestations » est-il noté sur la "
                 "fiche véhicules ou sur le mémoire ?"),
               P("Réponse : Le sous-critère 2.3 « impact environnemental des prestations » (10 % de la note "
                 "globale) est noté sur le mémoire technique : distance jusqu'à la plateforme de compostage, "
                 "motorisation des véhicules, valorisation des déchets verts."),
               P("Question 2 : Le marché comporte-t-il une clause d'insertion ?"),
               P("Réponse : Non, le marché ne comporte ni clause d'insertion ni critère relatif à l'emploi."),
               P("Question 3 : Peut-on répondre pour une partie seulement des communes ?"),
               P("Réponse : Non, le marché n'est pas alloti.")]
    lab = L(critere_environnemental=1, allotissement=0,
            evidence=["Le sous-critère 2.3 « impact environnemental des prestations » (10 % de la note globale)",
                      "le marché n'est pas alloti"])
    return DOC("d28_qr_dechets_verts.txt", "QR", "", "", blocks, lab,
               note="Registre Q/R ; négation explicite d'une clause d'insertion.")


def d29():
    blocks = [TITLE("BOAMP – Avis d'appel public à la concurrence", "Tri et valorisation des biodéchets",
                    "Syndicat de valorisation des déchets de la Basse-Orbière")]
    blocks += [P("Objet : exploitation de l'unité de méthanisation et valorisation des biodéchets collectés, "
                 "afin de réduire l'enfouissement et les émissions de gaz à effet de serre du territoire."),
               P("Durée : 5 ans. Lots : le marché n'est pas alloti."),
               P("Conditions de participation : références d'exploitation d'unités comparables ; autorisation "
                 "au titre des installations classées."),
               P("Critères d'attribution : prix (55 %) ; valeur technique (45 %) : moyens humains et matériels "
                 "(25 %), organisation de l'exploitation et de la maintenance (20 %)."),
               P("Date limite de réception des offres : 3 avril 2026, 12 h.")]
    lab = L(allotissement=0, evidence=["le marché n'est pas alloti"])
    return DOC("d29_boamp_biodechets.txt", "AVIS", "", "", blocks, lab,
               note="Piège : objet environnemental seul ; critères neutres.")


def d30():
    blocks = [TITLE("Avis d'appel public à la concurrence – MAPA", "Animation des accueils de loisirs périscolaires",
                    "Commune de Valbrune")]
    blocks += [P("Objet : animation des accueils périscolaires de trois écoles. Montant estimé : 310 000 € HT "
                 "sur trois ans. Lots : non."),
               P("Critères d'attribution : 1. Prix (45 %) ; 2. Valeur pédagogique du projet (40 %) ; "
                 "3. Engagements en matière d'égalité entre les femmes et les hommes et de lutte contre les "
                 "discriminations dans l'équipe d'animation affectée (15 %)."),
               P("Remise des offres : profil d'acheteur de la commune, avant le 20 mars 2026.")]
    lab = L(critere_social=1, allotissement=0, montant_estime_ht=310000,
            evidence=["Engagements en matière d'égalité entre les femmes et les hommes et de lutte contre les "
                      "discriminations", "Lots : non", "Montant estimé : 310 000 € HT"])
    return DOC("d30_mapa_periscolaire.txt", "AVIS", "", "", blocks, lab,
               note="Critère social en prose inline ; « environnement » absent.")


DOCUMENTS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15,
             d16, d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30]


# ----------------------------------------------------------------------------- contrôles et écriture
# Repris de blind_values_13/make_documents.py lignes 2432-2611 (extra_checks tel quel ; build_piece et
# main adaptés à des documents isolés).

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


def _squash(s):
    return re.sub(r"\s+", " ", s.replace(NB, " ").replace(NNB, " ")).strip()


def extracted_text(path):
    """Texte extrait du fichier produit (contrôle supplémentaire des preuves)."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(path)
        return "\n".join(pg.extract_text() or "" for pg in r.pages)
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows, problems, warnings = [], [], []
    kinds, pages = {}, {}
    for f in DOCUMENTS:
        p = f()
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
        ext_txt = _squash(extracted_text(os.path.join(OUT, p["file"])))
        for q in lab["evidence"]:
            if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                continue
            if norm(q) not in txt:
                problems.append("%s : preuve absente du texte logique : %r" % (p["file"], q))
            elif _squash(norm(q)) not in ext_txt:
                warnings.append("%s : preuve coupée dans le texte extrait (saut de ligne/page) : %r" % (p["file"], q))
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
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    problems.extend(extra_checks(rows))
    counts = {c: sum(1 for r in rows if r[c] == "1") for c in
              ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
               "clause_environnementale", "critere_environnemental")}
    none = sum(1 for r in rows if not any(r[c] == "1" for c in counts))
    print("contrôles : preuves présentes dans le texte logique et le texte extrait ; preuves <= 300 caractères ; "
          "PDF de 1 à 3 pages ; articles sans doublon ; clause_insertion => clause_sociale ; "
          "marche_reserve <=> reserve_base ; types et valeurs des colonnes -> %d problème(s), %d avertissement(s)"
          % (len(problems), len(warnings)))
    print("%d documents (%s) ; pages des PDF : %s" % (
        len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%d p. × %d" % kv for kv in sorted(pages.items()))))
    print("à 1 : " + ", ".join("%s %d" % kv for kv in counts.items()) + " ; sans aucune catégorie : %d" % none)
    for wn in warnings:
        print("AVERTISSEMENT :", wn)
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
