#!/usr/bin/env python3
"""Construit les documents du jeu blind_criteria_docs_6 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py, lignes 27-660
(imports, écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres
coupés SB, césure forcée HY, aides de saisie H/P/LST/TAB/RTAB/TITLE/L/PIECE, norm, _conv,
number_articles, C, A, _DOC_TYPES), et, adaptées, les fonctions extra_checks, build_piece et la
partie de main qui écrit labels.csv (lignes 2433-2467 et 2505-2611). Changements : SET_NAME, OUT
(documents/ au lieu de dossiers/), pas de dossiers.yml (documents isolés), contrôles par document.
Les 36 documents, les acheteurs, les lieux, les références et les nombres sont inventés.

Thème : les critères d'attribution sociaux et environnementaux tels que les acheteurs les écrivent
(RC, CCP de MAPA, avis BOAMP/JOUE/eForms/TED, rapports d'analyse, cadres de réponse) et les clauses
environnementales d'exécution (CCAP, CCTP), avec environ 40 % de documents pièges sans aucune
considération sociale ou environnementale.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit documents/<fichier> et documents/labels.csv (une ligne par document, étiqueté pour lui seul
selon /work/shared/eval/LABELS.md).

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F
(U+00A0 dans les PDF) ; BR = retour à la ligne forcé dans les PDF ; SB = coupure possible d'un nombre
en fin de ligne ; HY = césure possible d'un mot court.

Usage : .venv/bin/python tests/data/blind_criteria_docs_6/make_documents.py
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
SET_NAME = "blind_values_13"

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


# ============================================================================= jeu blind_criteria_docs_6
OUT = os.path.join(HERE, "documents")
SET_NAME = "blind_criteria_docs_6"


# ----------------------------------------------------------------------------- articles neutres
# Écrits pour ce jeu : ni clause sociale ou environnementale, ni critère, ni lots, ni montant.

def a_dce(c, extra=()):
    items = ["le présent règlement de la consultation ;",
             "l'acte d'engagement (AE) ;",
             "le cahier des clauses administratives particulières (CCAP) ;",
             "le cahier des clauses techniques particulières (CCTP) ;"] + list(extra)
    return A("Contenu du dossier de consultation",
             "Le dossier de consultation des entreprises (DCE) est mis à disposition gratuitement sur le profil "
             "d'acheteur %s. Il comprend les pièces suivantes :" % c["profil"], items,
             "L'acheteur se réserve le droit d'apporter, au plus tard six jours avant la date limite de remise "
             "des offres, des modifications de détail au dossier. Les candidats répondent alors sur la base du "
             "dossier modifié sans pouvoir élever aucune réclamation à ce sujet.")


def a_candidature(c):
    return A("Pièces de la candidature",
             "Chaque candidat produit un dossier complet comprenant les pièces suivantes, datées et signées :",
             ["la lettre de candidature (formulaire DC1 ou équivalent) et, en cas de groupement, l'habilitation "
              "du mandataire ;",
              "la déclaration du candidat (formulaire DC2 ou équivalent) ;",
              "la déclaration sur l'honneur attestant que le candidat n'entre dans aucun des cas d'exclusion "
              "prévus aux articles L2141-1 à L2141-5 et L2141-7 à L2141-11 du code de la commande publique ;",
              "le chiffre d'affaires global des trois derniers exercices disponibles ;",
              "une liste des principales prestations de même nature réalisées au cours des trois dernières "
              "années, avec indication du montant, de la date et du destinataire ;",
              "l'attestation d'assurance de responsabilité civile professionnelle en cours de validité."],
             "Le candidat peut présenter sa candidature sous la forme du document unique de marché européen "
             "(DUME). Les documents déjà transmis lors d'une précédente consultation et toujours valables n'ont "
             "pas à être fournis à nouveau si le candidat en indique la référence.")


def a_remise(c):
    return A("Conditions d'envoi et de remise des offres",
             "Les plis sont transmis par voie électronique sur le profil d'acheteur %s avant la date et l'heure "
             "limites indiquées sur la page de garde. Les plis reçus hors délai ne sont pas ouverts." % c["profil"],
             "Le candidat peut adresser une copie de sauvegarde sur support physique électronique ou sur "
             "support papier, dans un pli scellé portant la mention « copie de sauvegarde ». Les formats de "
             "fichiers acceptés sont : .pdf, .docx, .xlsx, .odt, .ods et .zip.")


def a_renseignements(c):
    return A("Renseignements complémentaires",
             "Les demandes de renseignements sont posées exclusivement par écrit sur le profil d'acheteur au plus "
             "tard dix jours avant la date limite de réception des offres. Une réponse est adressée à tous les "
             "candidats ayant téléchargé le dossier au plus tard six jours avant cette date.",
             "Instance chargée des procédures de recours : tribunal administratif de %s, auprès duquel peuvent "
             "être obtenus les renseignements relatifs à l'introduction des recours." % c["ta"])


def a_negociation(c):
    return A("Négociation",
             "L'acheteur se réserve la possibilité de négocier avec les trois candidats ayant remis les offres les "
             "mieux classées à l'issue d'un premier classement. La négociation peut porter sur tous les éléments "
             "de l'offre, notamment sur le prix. Elle est conduite par écrit, par l'intermédiaire du profil "
             "d'acheteur, dans le respect de l'égalité de traitement des candidats.",
             "L'acheteur peut également attribuer le marché sur la base des offres initiales, sans négociation.")


def a_validite(c, jours=120):
    return A("Délai de validité des offres",
             "Le délai de validité des offres est fixé à %d jours à compter de la date limite de réception "
             "des offres." % jours)


def a_prix(c, revisable=True):
    if revisable:
        t = ("Les prix sont révisables annuellement à la date anniversaire de la notification par application "
             "de la formule figurant à l'acte d'engagement. La révision est calculée sur la base du dernier "
             "indice publié à la date de révision ; aucune révision n'est appliquée pendant la première année.")
    else:
        t = ("Les prix sont fermes et actualisables. Ils sont actualisés si un délai supérieur à trois mois "
             "s'écoule entre la date d'établissement des prix et la date de début d'exécution des prestations.")
    return A("Prix", "Les prix sont réputés comprendre toutes les charges fiscales, parafiscales ou autres "
             "frappant obligatoirement la prestation, ainsi que tous les frais afférents au conditionnement, au "
             "stockage, à l'emballage, à l'assurance et au transport jusqu'au lieu d'exécution.", t)


def a_paiement(c):
    return A("Modalités de règlement",
             "Les sommes dues au titulaire sont réglées par mandat administratif dans un délai global de %d jours "
             "à compter de la réception de la demande de paiement. Les factures sont déposées sur le portail "
             "Chorus Pro ; elles mentionnent la référence du marché, le détail des prestations exécutées et les "
             "montants hors taxes et toutes taxes comprises." % c["delai"],
             "Le dépassement du délai de paiement ouvre de plein droit au titulaire le bénéfice d'intérêts "
             "moratoires et d'une indemnité forfaitaire pour frais de recouvrement de 40 euros.")


def a_litiges(c):
    return A("Règlement des différends",
             "En cas de différend, les parties recherchent d'abord un règlement amiable ; elles peuvent saisir le "
             "comité consultatif interrégional de règlement amiable des litiges compétent. À défaut, le tribunal "
             "administratif de %s est seul compétent." % c["ta"])


def a_pieces_contractuelles(c, cctp=True):
    items = ["l'acte d'engagement et ses annexes éventuelles ;",
             "le présent cahier des clauses administratives particulières ;"]
    if cctp:
        items.append("le cahier des clauses techniques particulières ;")
    items += ["le bordereau des prix unitaires ;",
              "le cahier des clauses administratives générales applicable aux marchés publics de %s, approuvé "
              "par l'arrêté du 30 mars 2021 ;" % c["ccag"],
              "l'offre technique du titulaire (mémoire technique)."]
    return A("Pièces contractuelles",
             "Les pièces contractuelles du marché sont les suivantes, par ordre de priorité décroissante :", items)


def a_assurance(c):
    return A("Assurances",
             "Dans un délai de quinze jours à compter de la notification du marché et avant tout commencement "
             "d'exécution, le titulaire justifie qu'il est titulaire d'une assurance garantissant sa "
             "responsabilité civile à l'égard des tiers en cas d'accidents ou de dommages causés par "
             "l'exécution des prestations.")


def a_resiliation(c):
    return A("Résiliation",
             "Les stipulations du chapitre 7 du CCAG applicable relatives à la résiliation s'appliquent. En cas "
             "de résiliation pour faute du titulaire, aucune indemnité ne lui est due ; les prestations peuvent "
             "être exécutées aux frais et risques du titulaire.")


def a_prix_formule():
    return P("La note de prix est calculée selon la formule : note = note maximale × (prix de l'offre la moins "
             "disante / prix de l'offre examinée). Le prix pris en compte est le montant du détail quantitatif "
             "estimatif, qui n'a pas de valeur contractuelle.")


DOCS = []


def doc(f):
    DOCS.append(f)
    return f


# ============================================================================= documents
# --------------------------------------------------------------------- 01 RC travaux, tableau pondéré
@doc
def d01():
    c = C("la commune de Montrevel-sur-Ance", "Lyon", ccag="travaux", profil="https://marches.montrevel-ance.fr",
          ref="2026-TRX-07")
    blocks = [
        TITLE("Commune de Montrevel-sur-Ance", "RÈGLEMENT DE LA CONSULTATION",
              "Construction d'un restaurant scolaire – groupe scolaire des Tilleuls",
              "Procédure adaptée ouverte (articles L2123-1 et R2123-1 du code de la commande publique)"),
        *A("Objet de la consultation",
           "La présente consultation porte sur les travaux de construction d'un restaurant scolaire de 180 "
           "couverts, d'une surface de plancher de 420 m², accolé au bâtiment élémentaire du groupe scolaire "
           "des Tilleuls, rue des Vergers. Les travaux comprennent également la reprise des réseaux extérieurs "
           "et l'aménagement du parvis.",
           "Maître d'œuvre : cabinet Aubriot et Lemasson, architectes associés. Coordonnateur SPS : bureau "
           "Priveral (niveau 2)."),
        *A("Allotissement",
           "Les travaux sont répartis en 6 lots, traités par marchés séparés :"),
        RTAB([["Lot", "Désignation", "Visite obligatoire"],
              ["1", "Gros œuvre – VRD", "non"],
              ["2", "Charpente bois – couverture – étanchéité", "non"],
              ["3", "Menuiseries extérieures et intérieures", "non"],
              ["4", "Plâtrerie – peinture – faux plafonds", "non"],
              ["5", "Plomberie – chauffage – ventilation", "oui"],
              ["6", "Électricité – courants faibles", "oui"]], widths=[0.8, 4.2, 1.6]),
        P("Un même candidat peut présenter une offre pour plusieurs lots. Les lots sont attribués séparément."),
        *A("Conditions de la consultation",
           "Les variantes à l'initiative des candidats ne sont pas autorisées. Le délai d'exécution global est "
           "de dix mois, période de préparation d'un mois comprise ; le calendrier détaillé par lot figure au "
           "planning prévisionnel joint au DCE."),
        *a_dce(c, ["la décomposition du prix global et forfaitaire (DPGF) de chaque lot ;",
                   "le planning prévisionnel et les plans."]),
        *a_candidature(c),
        *A("Contenu de l'offre",
           "Pour chaque lot auquel il répond, le candidat remet l'acte d'engagement, la DPGF complétée et un "
           "mémoire technique ne dépassant pas quinze pages, organisé selon les sous-critères de l'article "
           "suivant. Une note distincte de deux pages au plus présente la démarche d'insertion proposée."),
        *A("Jugement des offres",
           "Les offres sont jugées lot par lot selon les critères pondérés suivants :"),
        RTAB([["Critère", "Pondération"],
              ["1. Prix des prestations", "50~%"],
              ["2. Valeur technique", "40~%"],
              ["3. Performance en matière d'insertion professionnelle des publics en difficulté", "10~%"]],
             widths=[5, 1.4], align="lr"),
        P("La valeur technique est appréciée au vu du mémoire technique, notée sur 40 points selon les "
          "sous-critères suivants :"),
        LST(["méthodologie d'exécution et organisation du chantier, y compris la cohabitation avec l'école en "
             "activité : 15 points ;",
             "moyens humains et matériels affectés au chantier : 10 points ;",
             "gestion des déchets de chantier : tri sélectif par flux, filières de valorisation proposées et taux "
             "de valorisation visé : 10 points ;",
             "planning détaillé et respect des jalons : 5 points."]),
        P("Le critère n° 3 est apprécié au vu de la note décrivant les modalités d'accueil, d'encadrement, de "
          "tutorat et de formation des personnes éloignées de l'emploi que le candidat se propose d'associer à "
          "l'exécution du lot. Une note de 0 est attribuée en l'absence de note."),
        a_prix_formule(),
        *a_negociation(c),
        *a_validite(c),
        *a_remise(c),
        *a_renseignements(c),
    ]
    return PIECE("01_rc_restaurant_scolaire.pdf", "RC", "Commune de Montrevel-sur-Ance – RC – " + c["ref"],
                 "Règlement de la consultation – restaurant scolaire des Tilleuls", blocks,
                 L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=6,
                   evidence=["Performance en matière d'insertion professionnelle des publics en difficulté",
                             "gestion des déchets de chantier : tri sélectif par flux, filières de valorisation "
                             "proposées et taux de valorisation visé : 10 points",
                             "Les travaux sont répartis en 6 lots"]),
                 hyphen=True)


# --------------------------------------------------------------------- 02 RC denrées, critères en points
@doc
def d02():
    c = C("le syndicat intercommunal de restauration collective du Val de Brenne", "Orléans",
          profil="https://achats.sirc-valdebrenne.fr", ref="SIRC-2026-03")
    blocks = [
        TITLE("Syndicat intercommunal de restauration collective du Val de Brenne", "Règlement de la consultation",
              "Fourniture de produits laitiers, de fruits et de légumes pour la cuisine centrale",
              "Accord-cadre à bons de commande – procédure adaptée"),
        H("Article 1 – Objet"),
        P("La consultation a pour objet la fourniture de produits laitiers, de fruits et de légumes frais destinés "
          "à la cuisine centrale du syndicat, qui produit environ 2 300 repas par jour en liaison froide pour les "
          "écoles et les deux établissements d'hébergement pour personnes âgées des communes membres."),
        H("Article 2 – Décomposition"),
        P("La consultation est divisée en 2 lots : lot 1 « Produits laitiers et ovoproduits » ; lot 2 « Fruits et "
          "légumes frais ». Chaque lot fait l'objet d'un accord-cadre mono-attributaire exécuté par bons de "
          "commande, conclu pour un an à compter du 1er septembre 2026 et reconductible deux fois."),
        H("Article 3 – Contenu des offres"),
        P("Le candidat remet pour chaque lot : l'acte d'engagement, le bordereau des prix unitaires, le détail "
          "quantitatif estimatif, les fiches techniques des produits et un mémoire technique répondant point par "
          "point aux éléments d'appréciation de l'article 4. Des échantillons peuvent être demandés."),
        H("Article 4 – Critères de jugement des offres"),
        P("L'offre économiquement la plus avantageuse est déterminée, pour chaque lot, au vu des critères "
          "suivants, notés sur 100 points :"),
        RTAB([["Critère", "Éléments d'appréciation", "Points"],
              ["Prix", "Montant du détail quantitatif estimatif", "40"],
              ["Qualité des produits", "Qualité gustative et nutritionnelle, calibres, fraîcheur à la livraison, "
               "résultats des tests de dégustation", "30"],
              ["Produits durables et de qualité", "Part en valeur de produits issus de l'agriculture biologique "
               "et de produits bénéficiant d'un signe officiel de qualité", "15"],
              ["Impact environnemental de l'approvisionnement", "Approvisionnement en circuit court (un "
               "intermédiaire au plus), regroupement des livraisons, emballages consignés ou réduits", "15"]],
             widths=[2.2, 4.4, 0.9], align="llr"),
        P("Pour le critère « Produits durables et de qualité », le candidat complète le tableau de répartition "
          "annexé au bordereau des prix. Pour le critère « Impact environnemental de l'approvisionnement », le candidat "
          "indique l'origine des produits, le nombre de livraisons hebdomadaires et la nature des emballages."),
        P("Les offres anormalement basses sont traitées conformément aux articles R2152-3 et R2152-4 du code de la "
          "commande publique. En cas d'égalité de notes, le classement est départagé par la note du critère prix."),
        H("Article 5 – Négociation"),
        P("Le syndicat se réserve la possibilité de négocier avec les candidats dont l'offre est classée dans les "
          "trois premières pour chaque lot. Il peut aussi attribuer sans négociation."),
        H("Article 6 – Remise des offres"),
        P("Les offres sont déposées sur le profil d'acheteur https://achats.sirc-valdebrenne.fr. Le délai de "
          "validité des offres est de 90 jours. Renseignements : service de la commande publique, par la messagerie "
          "sécurisée du profil. Recours : tribunal administratif d'Orléans."),
    ]
    return PIECE("02_rc_denrees_cuisine_centrale.docx", "RC", "SIRC du Val de Brenne – RC – " + c["ref"],
                 "Règlement de la consultation – produits laitiers, fruits et légumes", blocks,
                 L(critere_environnemental=1, allotissement=1, nb_lots=2,
                   evidence=["Part en valeur de produits issus de l'agriculture biologique",
                             "Approvisionnement en circuit court (un intermédiaire au plus), regroupement des "
                             "livraisons, emballages consignés ou réduits",
                             "La consultation est divisée en 2 lots"]))


# --------------------------------------------------------------------- 03 prix seul, sel de déneigement (piège)
@doc
def d03():
    c = C("le département de la Haute-Sérane", "Grenoble", profil="https://marchespublics.hautes-erane.fr",
          ref="DR-2026-118")
    blocks = [
        TITLE("Département de la Haute-Sérane", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture et livraison de sel de déneigement pour la saison hivernale 2026-2027",
              "Procédure adaptée – accord-cadre mono-attributaire à bons de commande"),
        *A("Objet et étendue de la consultation",
           "La consultation porte sur la fourniture et la livraison en vrac de sel de déneigement (chlorure de "
           "sodium conforme à la norme NF P98-180) dans les sept centres d'exploitation routière du département. "
           "Les quantités prévisionnelles sont de 4 200 tonnes ; elles n'engagent pas le département.",
           "L'accord-cadre est conclu pour la période du 15 octobre 2026 au 15 avril 2027, sans reconduction."),
        *A("Absence d'allotissement",
           "Le marché n'est pas alloti : la fourniture est homogène et la gestion des stocks par un fournisseur "
           "unique conditionne la continuité de la viabilité hivernale."),
        *a_dce(c, ["le bordereau des prix unitaires et le détail quantitatif estimatif ;",
                   "la liste des centres d'exploitation et leurs capacités de stockage."]),
        *a_candidature(c),
        *A("Contenu de l'offre",
           "Le candidat remet l'acte d'engagement, le bordereau des prix unitaires complété et la fiche technique "
           "du sel proposé (granulométrie, teneur en eau, antimottant). Une offre dont le produit n'est pas "
           "conforme à la norme citée est irrégulière."),
        *A("Jugement des offres",
           "Conformément à l'article R2152-7 du code de la commande publique, le marché est attribué au "
           "candidat ayant présenté l'offre économiquement la plus avantageuse, appréciée sur le seul critère du "
           "prix, s'agissant d'une fourniture standardisée dont les caractéristiques sont entièrement définies "
           "par le CCTP.",
           "Le prix pris en compte est le montant total du détail quantitatif estimatif, livraison comprise. "
           "Les erreurs de multiplication ou d'addition sont rectifiées ; le candidat est invité à confirmer son "
           "offre rectifiée, faute de quoi elle est éliminée."),
        *A("Offres anormalement basses",
           "Si une offre paraît anormalement basse, le département demande par écrit les précisions et "
           "justifications de nature à expliquer le prix proposé. L'offre est rejetée si les éléments fournis "
           "ne justifient pas de manière satisfaisante le bas niveau du prix."),
        *a_validite(c, 90),
        *a_remise(c),
        *a_renseignements(c),
    ]
    return PIECE("03_rc_sel_deneigement.pdf", "RC", "Département de la Haute-Sérane – RC – " + c["ref"],
                 "Règlement de la consultation – sel de déneigement", blocks,
                 L(allotissement=0, evidence=["Le marché n'est pas alloti"]))


# --------------------------------------------------------------------- 04 CCP de MAPA nettoyage, deux colonnes
@doc
def d04():
    c = C("la communauté de communes Cœur de Limagne Nord", "Clermont-Ferrand",
          profil="https://cc-limagnenord.marches-publics.info", ref="CCLN-26-011")
    blocks = [
        TITLE("Communauté de communes Cœur de Limagne Nord", "CAHIER DES CLAUSES PARTICULIÈRES (CCP)",
              "Nettoyage des locaux communautaires – marché passé selon la procédure adaptée",
              "Le présent CCP vaut cahier des clauses administratives et techniques"),
        *A("Objet du marché",
           "Le marché a pour objet le nettoyage courant et la remise en état périodique des locaux de la "
           "communauté de communes : siège administratif (1 150 m²), médiathèque intercommunale (640 m²), "
           "maison France services (210 m²) et vestiaires du centre technique (180 m²)."),
        *A("Forme du marché et durée",
           "Le marché est un marché ordinaire à prix global et forfaitaire pour les prestations courantes et à "
           "prix unitaires pour les remises en état. Il est conclu pour un an à compter du 1er janvier 2027, "
           "reconductible tacitement trois fois.",
           "Le marché n'est pas alloti, les sites étant proches et les prestations identiques."),
        *a_pieces_contractuelles(c, cctp=False),
        *A("Consistance des prestations",
           "Les fréquences d'intervention par local figurent au tableau annexé. Les prestations courantes "
           "comprennent le vidage des corbeilles, le dépoussiérage des surfaces, le lavage des sols, le "
           "nettoyage et la désinfection des sanitaires et le réapprovisionnement des consommables.",
           "Les interventions ont lieu du lundi au vendredi entre 7 h et 19 h, en présence des agents, sauf "
           "pour la médiathèque, nettoyée avant l'ouverture au public à 10 h."),
        *A("Produits, matériels et méthodes",
           "Les produits d'entretien utilisés pour les prestations courantes sont titulaires de l'écolabel "
           "européen ou d'un label répondant à des critères équivalents ; le titulaire en fournit les fiches "
           "techniques et les fiches de données de sécurité avant le début des prestations. Les produits en "
           "aérosol et les désodorisants d'ambiance sont proscrits.",
           "Les produits sont utilisés sous forme concentrée avec des systèmes de dosage. Le nettoyage est "
           "réalisé de préférence par des techniques à l'eau seule ou à la microfibre ; les microfibres sont "
           "lavées et réutilisées.",
           "Le titulaire fournit les sacs pour corbeilles et respecte le tri mis en place dans les locaux : les "
           "papiers et les emballages recyclables sont déposés dans les conteneurs dédiés et ne sont pas "
           "mélangés aux ordures ménagères.",
           "Le non-respect de ces prescriptions, constaté contradictoirement, entraîne une pénalité de 100 euros "
           "par constat."),
        *A("Personnel",
           "Le titulaire désigne un chef d'équipe joignable pendant les heures d'intervention. Le personnel "
           "porte une tenue identifiant l'entreprise. Toute absence est remplacée dans la journée."),
        *A("Contrôle de la qualité",
           "Un contrôle contradictoire est réalisé chaque mois par le référent de la communauté de communes "
           "et le chef d'équipe, sur la base d'une grille de contrôle annexée. Une note inférieure à 80 sur 100 "
           "donne lieu à une reprise des prestations sous 24 heures."),
        *a_prix(c),
        *a_paiement(c),
        *A("Jugement des offres",
           "Les offres sont jugées selon les critères pondérés suivants :",
           ["prix des prestations : 60 % ;",
            "valeur technique : 30 %, appréciée au vu du mémoire (organisation, temps passé par site, "
            "encadrement et contrôle) ;",
            "performance environnementale des prestations : 10 %, appréciée au vu de la liste des produits et "
            "matériels (part de produits écolabellisés au-delà du minimum exigé, matériel à faible consommation "
            "d'eau et d'énergie)."],
           "La communauté de communes peut négocier avec les trois candidats les mieux classés."),
        *a_litiges(c),
    ]
    return PIECE("04_ccp_mapa_nettoyage_locaux.pdf", "CCAP", "CC Cœur de Limagne Nord – CCP nettoyage – " + c["ref"],
                 "CCP – nettoyage des locaux communautaires", blocks,
                 L(clause_environnementale=1, critere_environnemental=1, allotissement=0,
                   evidence=["Les produits d'entretien utilisés pour les prestations courantes sont titulaires de "
                             "l'écolabel européen",
                             "performance environnementale des prestations : 10 %",
                             "Le marché n'est pas alloti"]),
                 cols=2, hyphen=True)


# --------------------------------------------------------------------- 05 CCTP voirie, exigences dans des articles longs
@doc
def d05():
    c = C("Sérane Métropole", "Grenoble", ccag="travaux", ref="VOI-2026-04")
    blocks = [
        TITLE("Sérane Métropole – Direction de la voirie", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Requalification de la rue des Maraîchers (section avenue Pasteur – place du Marché)",
              "Marché de travaux – procédure adaptée"),
        H("1. Objet et consistance des travaux"),
        P("Le présent CCTP définit les spécifications techniques des travaux de requalification de la rue des "
          "Maraîchers sur 480 mètres : démolition des trottoirs et de la chaussée existants, terrassements, "
          "reprise des bordures, mise en œuvre d'une structure de chaussée neuve, création de deux plateaux "
          "surélevés et de 24 places de stationnement, plantation de 18 arbres d'alignement en fosses "
          "continues."),
        H("2. Installation et tenue du chantier"),
        P("L'entrepreneur installe sa base vie sur le terrain mis à disposition place du Marché ; il en assure "
          "le raccordement provisoire, l'entretien et le repliement. Les accès riverains et la desserte des "
          "commerces sont maintenus en permanence, y compris pendant les phases de rabotage, au moyen de "
          "passerelles et de cheminements provisoires balisés d'une largeur minimale de 1,40 m. Les "
          "livraisons des commerces sont possibles entre 6 h et 9 h."),
        P("Les déchets produits sur le chantier sont triés sur place dans des bennes ou zones identifiées par "
          "flux, au minimum : déchets inertes (bétons, enrobés, terres), bois, métaux, déchets non dangereux en "
          "mélange et déchets dangereux. Le brûlage et l'enfouissement sur place sont interdits. Chaque "
          "évacuation fait l'objet d'un bordereau de suivi ou d'un bon de pesée transmis au maître d'œuvre, "
          "et l'entrepreneur remet en fin de chantier un récapitulatif des tonnages par filière. Les "
          "enrobés rabotés sont dirigés vers une centrale qui les recycle."),
        P("L'entrepreneur limite les envols de poussières par arrosage des zones de circulation en période "
          "sèche ; les engins sont lavés sur une aire équipée d'un débourbeur avant toute sortie sur la voie "
          "publique. Les niveaux sonores respectent l'arrêté préfectoral relatif aux bruits de voisinage ; les "
          "travaux bruyants sont interdits avant 7 h 30 et après 19 h."),
        H("3. Provenance et qualité des matériaux"),
        P("Les granulats proviennent de carrières ou d'installations bénéficiant d'une autorisation en cours de "
          "validité. Les bordures et caniveaux sont en granit de réemploi, récupérés lors de la dépose et "
          "retaillés si nécessaire, complétés par des éléments neufs de même aspect pour les linéaires manquants."),
        P("Les enrobés bitumineux de la couche de base (GB3 0/14) intègrent au moins 20 % d'agrégats "
          "d'enrobés recyclés ; la couche de roulement est un BBSG 0/10 à classe 3 de module. Les formules "
          "d'enrobés sont soumises au visa du maître d'œuvre quinze jours avant leur mise en œuvre, avec "
          "l'étude de formulation et les résultats des essais de convenance."),
        H("4. Terrassements"),
        P("Les terrassements sont exécutés à l'engin mécanique, à la main aux abords des réseaux. Les terres "
          "non polluées extraites sont réutilisées sur le chantier en remblai des fosses d'arbres lorsque leurs "
          "caractéristiques le permettent, après accord du maître d'œuvre ; les excédents sont évacués vers une "
          "installation de stockage ou de valorisation autorisée. La portance de la plate-forme est contrôlée à "
          "la plaque (EV2 ≥ 50 MPa) tous les 50 mètres."),
        H("5. Structure de chaussée et revêtements"),
        P("La structure de chaussée est la suivante : couche de forme en GNT 0/31,5 sur 30 cm, couche de base "
          "en grave-bitume sur 10 cm, couche de roulement en béton bitumineux semi-grenu sur 6 cm. Les trottoirs "
          "reçoivent un béton désactivé sur fondation en GNT. Les tolérances de nivellement sont de ± 1 cm ; "
          "aucune flache n'est admise."),
        H("6. Plantations"),
        P("Les arbres sont fournis en motte grillagée, force 18/20, et plantés entre le 15 novembre et le 15 "
          "mars. Les fosses continues reçoivent un mélange terre-pierre. L'entrepreneur assure l'arrosage et "
          "l'entretien pendant la garantie de reprise de deux ans."),
        H("7. Contrôles et réception"),
        P("Le plan d'assurance qualité est remis pendant la période de préparation. Les contrôles extérieurs "
          "sont réalisés par le laboratoire désigné par le maître d'ouvrage : compacité des enrobés, épaisseurs "
          "par carottage, portance. Les dossiers des ouvrages exécutés sont remis avant la réception."),
    ]
    return PIECE("05_cctp_rue_des_maraichers.pdf", "CCTP", "Sérane Métropole – CCTP – " + c["ref"],
                 "CCTP – requalification de la rue des Maraîchers", blocks,
                 L(clause_environnementale=1,
                   evidence=["Les déchets produits sur le chantier sont triés sur place dans des bennes ou zones "
                             "identifiées par flux",
                             "intègrent au moins 20 % d'agrégats d'enrobés recyclés"]),
                 hyphen=True)


# --------------------------------------------------------------------- 06 RC logiciel, « environnement » informatique (piège)
@doc
def d06():
    c = C("la ville de Castelbrun", "Toulouse", profil="https://castelbrun.achatpublic-sud.fr", ref="DSI-2026-02")
    blocks = [
        TITLE("Ville de Castelbrun – Direction des systèmes d'information", "Règlement de la consultation",
              "Acquisition, mise en œuvre et maintenance d'un logiciel de gestion de la relation citoyen",
              "Procédure adaptée (article R2123-1 du code de la commande publique)"),
        H("Article 1 – Objet"),
        P("La consultation porte sur l'acquisition des licences, le paramétrage, la reprise des données, la "
          "formation et la maintenance d'un logiciel de gestion de la relation citoyen (GRC) permettant de "
          "traiter les demandes des usagers reçues au guichet, par téléphone et par le portail en ligne."),
        H("Article 2 – Caractéristiques de la consultation"),
        P("Le marché n'est pas décomposé en lots. Il comprend une tranche ferme (licences, paramétrage, reprise "
          "des données, formation) et une tranche optionnelle (module de prise de rendez-vous). La maintenance "
          "est conclue pour trois ans à compter de la vérification de service régulier."),
        H("Article 3 – Environnement technique"),
        P("La solution s'intègre à l'environnement technique de la ville : annuaire Active Directory, "
          "authentification unique, serveurs virtualisés sous VMware, base de données PostgreSQL, postes "
          "Windows 11. Une solution hébergée en mode SaaS est admise si l'hébergeur est certifié HDS ou "
          "SecNumCloud ; le candidat décrit alors l'environnement d'hébergement et la réversibilité."),
        H("Article 4 – Contenu de l'offre"),
        P("Le candidat remet l'acte d'engagement, la décomposition du prix global et forfaitaire, le bordereau "
          "des prix unitaires de maintenance, le cadre de réponse technique complété et une démonstration "
          "enregistrée de vingt minutes au plus."),
        H("Article 5 – Jugement des offres"),
        P("Les offres sont classées selon les critères suivants :"),
        RTAB([["Critère", "Sous-critères", "Pondération"],
              ["Valeur technique", "Couverture fonctionnelle du besoin (25 %) ; compatibilité avec "
               "l'environnement technique existant et interopérabilité (15 %) ; ergonomie et accessibilité de "
               "l'interface agent (10 %) ; méthodologie de déploiement et de reprise des données (10 %)", "60 %"],
              ["Prix", "Coût total sur quatre ans (tranche ferme, tranche optionnelle, maintenance)", "40 %"]],
             widths=[1.6, 4.6, 1.1], align="llr"),
        P("La valeur technique est appréciée au vu du cadre de réponse, de la démonstration et, le cas échéant, "
          "d'une audition des trois candidats les mieux classés. Une note inférieure à 20 sur 60 pour la valeur "
          "technique rend l'offre inacceptable."),
        H("Article 6 – Négociation et attribution"),
        P("La ville se réserve la faculté de négocier avec les candidats classés dans les trois premiers. "
          "L'attributaire produit dans un délai de huit jours les attestations fiscales et sociales prévues aux "
          "articles R2143-7 et suivants du code."),
        H("Article 7 – Remise des plis et renseignements"),
        P("Les plis sont déposés sur https://castelbrun.achatpublic-sud.fr. Les offres restent valables 120 "
          "jours. Les questions sont posées sur la plateforme au plus tard huit jours avant la date limite. "
          "Recours : tribunal administratif de Toulouse."),
    ]
    return PIECE("06_rc_logiciel_relation_citoyen.docx", "RC", "Ville de Castelbrun – RC GRC – " + c["ref"],
                 "RC – logiciel de gestion de la relation citoyen", blocks,
                 L(allotissement=0, evidence=["Le marché n'est pas décomposé en lots"]))


# --------------------------------------------------------------------- 07 avis BOAMP, critère environnemental pondéré
@doc
def d07():
    blocks = [
        TITLE("BOAMP – Avis de marché", "Fournitures", "Département : 58"),
        P("Avis n° 26-148302"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Communauté d'agglomération Loire-Nivernais Est"),
        P("Type de numéro national d'identification : SIRET – N° : 20004417300018"),
        P("Ville : Cosne-les-Prés – Code postal : 58210 – Groupement de commandes : Non"),
        H("Section 2 : Communication"),
        P("Lien vers le profil d'acheteur : https://marches.agglo-lne.fr"),
        P("Moyens d'accès aux documents de la consultation : accès direct et gratuit au DCE sur le profil."),
        H("Section 3 : Procédure"),
        P("Type de procédure : Procédure adaptée ouverte"),
        P("Conditions de participation : Aptitude à exercer l'activité professionnelle : inscription au registre "
          "du commerce ou au répertoire des métiers. Capacité économique et financière : chiffre d'affaires des "
          "trois derniers exercices. Capacités techniques et professionnelles : liste des principales "
          "livraisons des trois dernières années."),
        P("Technique d'achat : Accord-cadre"),
        P("Date et heure limite de réception des plis : 18/09/2026 à 12 h 00"),
        P("Présentation des offres par catalogue électronique : Interdite"),
        P("Réduction du nombre de candidats : Non – Possibilité d'attribution sans négociation : Oui"),
        P("Critères d'attribution : Offre économiquement la plus avantageuse appréciée en fonction des critères "
          "énoncés ci-dessous avec leur pondération :"),
        LST(["Prix : 50 %",
             "Valeur technique (qualité du papier et des consommables, délais de livraison, service après-vente) : "
             "30 %",
             "Performances environnementales (émissions de CO2 liées aux livraisons, taux de fibres recyclées du "
             "papier, réduction et reprise des emballages) : 20 %"]),
        H("Section 4 : Identification du marché"),
        P("Intitulé du marché : Fourniture de papier de reprographie et de consommables d'impression pour les "
          "services de l'agglomération et des communes membres"),
        P("Code CPV principal : 30197630 – Papier d'impression"),
        P("Type de marché : Fournitures"),
        P("Description succincte du marché : Accord-cadre à bons de commande, mono-attributaire, d'une durée d'un "
          "an reconductible trois fois, pour la fourniture de papier de reprographie et de consommables "
          "d'impression (toners, cartouches) livrés dans 32 sites."),
        P("Lieu principal d'exécution du marché : Territoire de la communauté d'agglomération"),
        P("Valeur estimée (H.T.) : 180 000 euros"),
        P("La consultation comporte des tranches : Non – La consultation prévoit une réservation de tout ou "
          "partie du marché : Non"),
        P("Marché alloti : Non"),
        H("Section 6 : Informations complémentaires"),
        P("Visite obligatoire : Non"),
        P("Recours : Tribunal administratif de Dijon, 22 rue d'Assas, 21000 Dijon."),
        P("Date d'envoi du présent avis : 21/08/2026"),
    ]
    return PIECE("07_avis_boamp_papier_consommables.txt", "AVIS", "BOAMP", "", blocks,
                 L(critere_environnemental=1, allotissement=0, montant_estime_ht=180000,
                   evidence=["Performances environnementales (émissions de CO2 liées aux livraisons, taux de fibres "
                             "recyclées du papier, réduction et reprise des emballages) : 20 %",
                             "Marché alloti : Non", "Valeur estimée (H.T.) : 180 000 euros"]))


# --------------------------------------------------------------------- 08 CCTP espaces verts (zéro phyto, matériel électrique)
@doc
def d08():
    c = C("la ville de Villeroux-sur-Orne", "Caen", ref="EV-2026-09")
    blocks = [
        TITLE("Ville de Villeroux-sur-Orne – Service des espaces publics", "Cahier des clauses techniques "
              "particulières", "Entretien des espaces verts du parc des Glycines et des squares du centre-ville",
              "Accord-cadre de services"),
        H("Article 1 – Objet et périmètre"),
        P("Le présent cahier définit les prestations d'entretien des espaces verts du parc des Glycines "
          "(6,2 ha) et de cinq squares du centre-ville (1,4 ha au total), dont la liste, les surfaces par type "
          "d'espace et les plans figurent en annexe 1."),
        H("Article 2 – Gestion différenciée et classes d'entretien"),
        P("Les espaces sont répartis en trois classes : classe 1 (espaces de prestige : roseraie, abords de "
          "l'hôtel de ville), classe 2 (pelouses d'agrément et massifs arbustifs), classe 3 (prairies et "
          "lisières). La fréquence et la nature des interventions sont fixées pour chaque classe au tableau de "
          "l'annexe 2 ; le titulaire ne modifie pas la classe d'un espace sans accord écrit du service."),
        H("Article 3 – Tonte, fauche et ramassage"),
        P("Les pelouses de classe 1 sont tondues à une hauteur de 6 cm, celles de classe 2 à 8 cm. Les prairies "
          "de classe 3 sont fauchées deux fois par an, la première fauche n'intervenant pas avant le 1er juillet "
          "afin de permettre la floraison et la montée en graines. La tonte des pelouses de classe 2 est "
          "réalisée en mulching : les résidus de tonte sont laissés sur place et ne sont pas exportés. Les "
          "produits de fauche sont exportés après séchage sur place durant 48 heures."),
        H("Article 4 – Désherbage et protection des végétaux"),
        P("Aucun produit phytopharmaceutique n'est utilisé sur l'ensemble des sites, y compris les allées "
          "stabilisées, les pieds d'arbres et l'aire de jeux, quelle que soit la classe de l'espace ; les "
          "produits de biocontrôle figurant sur la liste officielle sont eux aussi exclus, sauf accord écrit du "
          "service pour un traitement ponctuel. Le désherbage est manuel, mécanique (brosse rotative, binette) "
          "ou thermique à eau chaude. En cas d'attaque parasitaire, le titulaire propose une lutte biologique "
          "(auxiliaires) au service."),
        H("Article 5 – Taille et gestion des résidus végétaux"),
        P("Les arbustes sont taillés une fois par an en taille douce, en respectant le port naturel ; la taille "
          "au carré est réservée aux haies de classe 1. Les branchages sont broyés sur place et le broyat est "
          "réutilisé en paillage des massifs sur une épaisseur de 8 à 10 cm. Les résidus non broyables sont "
          "apportés à la plateforme de compostage de la ville ; leur dépôt en déchetterie est interdit."),
        H("Article 6 – Matériel"),
        P("Le titulaire affecte au marché le matériel nécessaire, en bon état de fonctionnement et conforme aux "
          "normes de sécurité. Dans le parc des Glycines et les squares, les souffleurs, taille-haies et "
          "débroussailleuses utilisés sont à batterie électrique ; le matériel thermique n'est admis que pour la "
          "tonte des surfaces supérieures à 5 000 m² et, dans ce cas, il fonctionne à l'essence alkylate."),
        H("Article 7 – Arrosage"),
        P("L'arrosage des massifs et des jeunes plantations est réalisé au goutte-à-goutte ou à la main, tôt le "
          "matin ; il est suspendu dès la publication d'un arrêté préfectoral de restriction, sauf pour les "
          "arbres de moins de deux ans."),
        H("Article 8 – Compte rendu et contrôle"),
        P("Le titulaire tient un cahier de suivi des interventions par site, consultable à tout moment par le "
          "service. Une visite contradictoire a lieu chaque mois. Les non-conformités constatées sont reprises "
          "dans un délai de cinq jours ouvrés."),
    ]
    return PIECE("08_cctp_espaces_verts_glycines.docx", "CCTP", "Ville de Villeroux-sur-Orne – CCTP – " + c["ref"],
                 "CCTP – entretien des espaces verts", blocks,
                 L(clause_environnementale=1,
                   evidence=["Aucun produit phytopharmaceutique n'est utilisé sur l'ensemble des sites",
                             "les souffleurs, taille-haies et débroussailleuses utilisés sont à batterie électrique"]))


# --------------------------------------------------------------------- 09 RC : ISO 14001 en sélection (piège)
@doc
def d09():
    c = C("le syndicat mixte des eaux du Bas-Ardan", "Bordeaux", ccag="travaux",
          profil="https://smeba.marches-securises.fr", ref="SMEBA-T-2026-05")
    blocks = [
        TITLE("Syndicat mixte des eaux du Bas-Ardan", "RÈGLEMENT DE LA CONSULTATION",
              "Renouvellement de conduites d'eau potable – commune de Saint-Ours-de-Lande",
              "Procédure adaptée ouverte"),
        *A("Objet",
           "Les travaux consistent à renouveler 1 350 mètres de conduite d'eau potable en fonte DN 150 sous la "
           "route départementale n° 17 et à reprendre 42 branchements particuliers. Les travaux sont exécutés "
           "sous circulation alternée."),
        *A("Allotissement",
           "La consultation n'est pas allotie : les travaux de pose de conduite et de reprise des branchements "
           "sont techniquement indissociables."),
        *a_dce(c, ["la décomposition du prix global et forfaitaire ;", "les plans et le profil en long."]),
        *A("Conditions de participation et pièces de la candidature",
           "Les candidats justifient de leur aptitude, de leurs capacités économiques et financières et de "
           "leurs capacités techniques et professionnelles par les documents suivants :",
           ["formulaires DC1 et DC2 ou DUME ;",
            "déclaration concernant le chiffre d'affaires des trois derniers exercices ;",
            "liste des travaux de même nature exécutés au cours des cinq dernières années, assortie "
            "d'attestations de bonne exécution pour les plus importants ;",
            "certificat de qualification FNTP 5132 ou équivalent, ou tout moyen de preuve équivalent ;",
            "certificat ISO 14001 ou équivalent attestant que l'entreprise dispose d'un système de management "
            "environnemental, ou description des mesures équivalentes de gestion environnementale que "
            "l'entreprise applique ;",
            "déclaration indiquant l'outillage, le matériel et l'équipement technique dont dispose le candidat."],
           "Les candidatures qui ne justifient pas de capacités suffisantes sont éliminées ; les autres sont "
           "admises sans classement."),
        *A("Contenu de l'offre",
           "L'offre comprend l'acte d'engagement, la DPGF et un mémoire technique de dix pages au plus "
           "décrivant la méthodologie de pose, l'organisation de la circulation, le maintien de la distribution "
           "d'eau aux abonnés et le planning."),
        *A("Critères d'attribution",
           "Le marché est attribué à l'offre économiquement la plus avantageuse appréciée selon les critères "
           "suivants :"),
        RTAB([["Critère", "Pondération"],
              ["Prix (montant de la DPGF)", "60 %"],
              ["Valeur technique, dont : méthodologie de pose et d'essais (20 %), maintien de la distribution "
               "d'eau et information des abonnés (10 %), planning et moyens affectés (10 %)", "40 %"]],
             widths=[5, 1.2], align="lr"),
        a_prix_formule(),
        *a_negociation(c),
        *a_validite(c),
        *a_remise(c),
        *a_renseignements(c),
    ]
    return PIECE("09_rc_conduites_eau_potable.pdf", "RC", "SME du Bas-Ardan – RC – " + c["ref"],
                 "RC – renouvellement de conduites", blocks,
                 L(allotissement=0, evidence=["La consultation n'est pas allotie"]))


# --------------------------------------------------------------------- 10 avis JOUE (formulaire standard) travaux, insertion
@doc
def d10():
    blocks = [
        TITLE("Avis de marché", "Travaux", "Directive 2014/24/UE"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Ardan Habitat, office public de l'habitat, 4 allée des Peupliers, 33490 "
          "Saint-Ours-de-Lande, France. Courriel : marches@ardan-habitat.fr. Adresse du profil d'acheteur : "
          "https://ardan-habitat.marches-securises.fr"),
        P("I.4) Type de pouvoir adjudicateur : Organisme de droit public"),
        P("I.5) Activité principale : Logement et développement collectif"),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Réhabilitation thermique de 64 logements – résidence Les Hauts de Lande"),
        P("II.1.2) Code CPV principal : 45453000"),
        P("II.1.3) Type de marché : Travaux"),
        P("II.1.4) Description succincte : Travaux de réhabilitation de deux bâtiments collectifs : isolation "
          "thermique par l'extérieur, remplacement des menuiseries, ventilation et rénovation des parties "
          "communes."),
        P("II.1.5) Valeur totale estimée : Valeur hors TVA : 2 380 000,00 EUR"),
        P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être "
          "soumises pour tous les lots."),
        P("II.2.1) Intitulé : Isolation thermique par l'extérieur – Lot n° : 1"),
        P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 40 ; "
          "Critère de qualité – Nom : Performance en matière d'insertion professionnelle des publics en "
          "difficulté / Pondération : 10 ; Prix – Pondération : 50"),
        P("II.2.1) Intitulé : Menuiseries extérieures – Lot n° : 2"),
        P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 40 ; "
          "Critère de qualité – Nom : Performance en matière d'insertion professionnelle des publics en "
          "difficulté / Pondération : 10 ; Prix – Pondération : 50"),
        P("II.2.1) Intitulé : Ventilation – plomberie – Lot n° : 3"),
        P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 45 ; "
          "Prix – Pondération : 55"),
        P("II.2.7) Durée du marché : 14 mois. Ce marché peut faire l'objet d'une reconduction : non"),
        P("II.2.10) Des variantes seront prises en considération : non"),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.1) Habilitation à exercer l'activité professionnelle : voir les documents de la consultation"),
        P("III.1.3) Capacité technique et professionnelle : références de travaux similaires ; qualifications "
          "Qualibat ou équivalent."),
        P("III.1.5) Informations sur les marchés réservés : néant"),
        P("III.2.2) Conditions particulières d'exécution : Clause d'insertion par l'activité économique (article "
          "L2112-2 du code de la commande publique). Le titulaire réserve à des personnes éloignées de l'emploi "
          "un volume d'heures de travail au moins égal à : lot 1 : 1 200 heures ; lot 2 : 400 heures ; lot 3 : "
          "200 heures. Un facilitateur de la Maison de l'emploi du Bas-Ardan accompagne les titulaires."),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : Procédure ouverte"),
        P("IV.2.2) Date limite de réception des offres : 05/10/2026 – 12:00"),
        P("IV.2.6) Délai minimal pendant lequel le soumissionnaire est tenu de maintenir son offre : 4 mois"),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : Les candidats peuvent visiter le site sur rendez-vous. Les "
          "modalités de mise en œuvre de la clause d'insertion sont précisées à l'article 12 du CCAP."),
        P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Bordeaux"),
        P("VI.5) Date d'envoi du présent avis : 28/08/2026"),
    ]
    return PIECE("10_avis_joue_rehabilitation_logements.txt", "AVIS", "JOUE", "", blocks,
                 L(clause_sociale=1, clause_insertion=1, heures_insertion=1800, critere_social=1,
                   allotissement=1, nb_lots=3, montant_estime_ht=2380000,
                   evidence=["Nom : Performance en matière d'insertion professionnelle des publics en difficulté",
                             "lot 1 : 1 200 heures ; lot 2 : 400 heures ; lot 3 : 200 heures",
                             "[1 200 + 400 + 200 = 1 800 ; trois lots II.2.1]",
                             "Ce marché est divisé en lots : oui",
                             "Valeur hors TVA : 2 380 000,00 EUR"]))


# --------------------------------------------------------------------- 11 avis eForms français, réemploi du mobilier
@doc
def d11():
    blocks = [
        TITLE("Avis de marché", "Directive 2014/24/UE – Régime standard",
              "Mobilier de bureau reconditionné et neuf pour les services départementaux"),
        H("1. Acheteur"),
        P("1.1 Acheteur – Nom officiel : Département de l'Aubrac-Méridional – Forme juridique de l'acheteur : "
          "Collectivité territoriale – Activité du pouvoir adjudicateur : Services d'administration générale"),
        H("2. Procédure"),
        P("2.1 Procédure – Titre : Fourniture de mobilier de bureau reconditionné et neuf"),
        P("Description : Accord-cadre à bons de commande pour la fourniture, la livraison et l'installation de "
          "mobilier de bureau (bureaux, sièges, rangements) pour les services départementaux, avec enlèvement du "
          "mobilier réformé."),
        P("Identifiant de la procédure : 6f1c2a47-93de-4b0e-8a35-2e7d41c0b9f3"),
        P("Type de procédure : Ouverte"),
        P("2.1.1 Objet – Nature du marché : Fournitures – Nomenclature principale (cpv) : 39130000 Mobilier de "
          "bureau"),
        P("2.1.2 Lieu d'exécution – Code postal : 12340 – Pays : France"),
        P("2.1.4 Informations générales – Base juridique : Directive 2014/24/UE"),
        H("5. Lot"),
        P("5.1 Lot : LOT-0000"),
        P("Titre : Fourniture de mobilier de bureau reconditionné et neuf"),
        P("5.1.1 Objet – Nature du marché : Fournitures"),
        P("5.1.3 Durée estimée – Durée : 4 ANNÉE"),
        P("5.1.5 Valeur – Valeur maximale de l'accord-cadre : 640 000,00 EUR"),
        P("5.1.6 Informations générales – Participation réservée : La participation n'est pas réservée."),
        P("Marché public vert : Critères de marchés publics écologiques de l'UE utilisés"),
        P("5.1.7 Achat stratégique – Objectif de l'achat stratégique : Réduction des incidences environnementales "
          "– Approche visant à réduire les incidences environnementales : Prévention de la production de "
          "déchets, réutilisation et recyclage"),
        P("5.1.9 Critères de sélection – Critère : Type : Aptitude à exercer l'activité professionnelle – "
          "Description : inscription au registre du commerce. Critère : Type : Capacité technique et "
          "professionnelle – Description : liste des livraisons de mobilier des trois dernières années."),
        P("5.1.10 Critères d'attribution"),
        P("Critère : Type : Qualité – Nom : Qualité technique et ergonomique – Description : conformité aux "
          "normes, réglages des sièges, robustesse, garanties – Pondération (pourcentage, valeur exacte) : 30"),
        P("Critère : Type : Qualité – Nom : Réemploi et reconditionnement – Description : part en nombre "
          "d'articles issus du réemploi ou reconditionnés proposée dans le catalogue, et durée de disponibilité "
          "des pièces détachées – Pondération (pourcentage, valeur exacte) : 20"),
        P("Critère : Type : Prix – Nom : Prix – Description : montant du détail quantitatif estimatif – "
          "Pondération (pourcentage, valeur exacte) : 50"),
        P("5.1.12 Conditions du marché – Conditions relatives à l'exécution du marché : Le titulaire enlève le "
          "mobilier réformé lors des livraisons et le confie à une filière de réemploi ou, à défaut, de "
          "recyclage agréée, avec certificat de prise en charge. Les livraisons sont effectuées sans emballage "
          "à usage unique, au moyen de couvertures de protection réutilisables."),
        P("Accord-cadre : Accord-cadre, sans remise en concurrence – Nombre maximal de participants : 1"),
        P("5.1.15 Techniques – Système d'acquisition dynamique : pas de système d'acquisition dynamique"),
        P("5.1.16 Informations complémentaires, médiation et réexamen – Organisation chargée des procédures de "
          "recours : Tribunal administratif de Toulouse"),
        H("8. Organisations"),
        P("8.1 ORG-0001 – Nom officiel : Département de l'Aubrac-Méridional – Rôles de cette organisation : "
          "Acheteur"),
        H("11. Informations relatives à l'avis"),
        P("Identifiant de l'avis/version : 2c8e5b11-7a40-4f66-b1d2-9c3e0a7f5d28 – 01 – Type de formulaire : "
          "Mise en concurrence – Date d'envoi de l'avis : 02/09/2026 – Langues : français"),
    ]
    return PIECE("11_avis_eforms_mobilier_reemploi.txt", "AVIS", "eForms", "", blocks,
                 L(clause_environnementale=1, critere_environnemental=1, montant_max_ht=640000,
                   evidence=["Nom : Réemploi et reconditionnement",
                             "Le titulaire enlève le mobilier réformé lors des livraisons et le confie à une filière "
                             "de réemploi",
                             "sans emballage à usage unique",
                             "Valeur maximale de l'accord-cadre : 640 000,00 EUR"]))


# --------------------------------------------------------------------- 12 rapport d'analyse prix / valeur technique ; critère du précédent marché (piège)
@doc
def d12():
    c = C("la ville de Pont-Sarrazin", "Marseille", ref="2026-SER-14")
    blocks = [
        TITLE("Ville de Pont-Sarrazin – Service de la commande publique", "RAPPORT D'ANALYSE DES OFFRES",
              "Maintenance préventive et corrective des installations de chauffage des bâtiments communaux",
              "Procédure adaptée – consultation n° 2026-SER-14"),
        H("1. Rappel de la procédure"),
        P("L'avis d'appel public à la concurrence a été publié le 4 mai 2026 sur le profil d'acheteur et dans un "
          "journal d'annonces légales. La date limite de remise des offres était fixée au 5 juin 2026 à 12 h. "
          "Quatre plis ont été reçus dans les délais ; aucun pli n'a été reçu hors délai."),
        P("Le marché n'est pas alloti. Il est conclu pour une durée d'un an, reconductible trois fois."),
        H("2. Analyse des candidatures"),
        P("Les quatre candidats ont produit les pièces demandées et justifient de capacités suffisantes. Toutes "
          "les candidatures sont admises."),
        H("3. Critères de jugement des offres"),
        P("Conformément à l'article 7 du règlement de la consultation, les offres sont jugées selon les critères "
          "suivants : prix des prestations (50 %) et valeur technique (50 %), elle-même décomposée en : moyens "
          "humains et qualification des techniciens (20 %), délais d'intervention et astreinte (20 %), "
          "méthodologie de maintenance préventive (10 %)."),
        P("Pour mémoire, le précédent marché, conclu en 2022, comportait un critère « performance "
          "environnementale » pondéré à 10 % ; ce critère n'a pas été reconduit dans la présente consultation, "
          "la commune ayant regroupé les objectifs de consommation dans son marché d'exploitation distinct."),
        H("4. Analyse des offres"),
        RTAB([["Candidat", "Prix HT / an", "Note prix /50", "Moyens /20", "Délais /20", "Méthode /10", "Total /100"],
              ["Thermi-Sud Services", "38 420,00 €", "50,00", "14", "16", "7", "87,00"],
              ["Calor'Provence", "41 950,00 €", "45,79", "17", "18", "8", "88,79"],
              ["Énergie Maintenance 13", "45 300,00 €", "42,41", "16", "12", "6", "76,41"],
              ["Dalmas et fils", "39 880,00 €", "48,17", "11", "14", "5", "78,17"]],
             widths=[2.4, 1.4, 1.1, 1, 1, 1, 1.1], align="lrrrrrr"),
        P("Thermi-Sud Services présente l'offre la moins disante mais un délai d'intervention en cas de panne "
          "de 8 heures, contre 4 heures pour Calor'Provence, qui propose en outre deux techniciens titulaires de "
          "la qualification frigoriste. Énergie Maintenance 13 n'assure pas d'astreinte le dimanche. Dalmas et "
          "fils ne détaille pas son plan de maintenance préventive."),
        H("5. Négociation"),
        P("Aucune négociation n'a été engagée, les écarts de notes étant suffisamment significatifs."),
        H("6. Classement et proposition"),
        RTAB([["Rang", "Candidat", "Note"],
              ["1", "Calor'Provence", "88,79"],
              ["2", "Thermi-Sud Services", "87,00"],
              ["3", "Dalmas et fils", "78,17"],
              ["4", "Énergie Maintenance 13", "76,41"]], widths=[0.8, 3, 1], align="llr"),
        P("Il est proposé d'attribuer le marché à la société Calor'Provence pour un montant annuel de 41 950,00 € "
          "HT, soit 50 340,00 € TTC."),
        P("Fait à Pont-Sarrazin, le 19 juin 2026. Le responsable du service de la commande publique."),
    ]
    return PIECE("12_rapport_analyse_maintenance_chauffage.pdf", "AUTRE",
                 "Ville de Pont-Sarrazin – Rapport d'analyse – " + c["ref"], "Rapport d'analyse des offres", blocks,
                 L(allotissement=0, evidence=["Le marché n'est pas alloti"]))


# --------------------------------------------------------------------- 13 avis TED anglais, émissions des livraisons et conditions de travail
@doc
def d13():
    blocks = [
        TITLE("Contract notice", "Services", "Directive 2014/24/EU"),
        H("Section I: Contracting authority"),
        P("I.1) Name and addresses: Syndicat mixte de restauration scolaire Rhône-Garonne, 12 quai des Tanneurs, "
          "Valmoiron, 31560, France. E-mail: commandepublique@smrs-rg.fr. Address of the buyer profile: "
          "https://smrs-rg.achatpublic.com"),
        P("I.4) Type of the contracting authority: Regional or local agency/office"),
        P("I.5) Main activity: Education"),
        H("Section II: Object"),
        P("II.1.1) Title: Transport and delivery of school meals from the central kitchen to 46 satellite "
          "canteens"),
        P("II.1.2) Main CPV code: 60161000"),
        P("II.1.3) Type of contract: Services"),
        P("II.1.4) Short description: Daily collection of meals prepared in cold-link at the central kitchen "
          "of Valmoiron and delivery in refrigerated vehicles to 46 school canteens, including return of empty "
          "containers."),
        P("II.1.5) Estimated total value: Value excluding VAT: 1 450 000.00 EUR"),
        P("II.1.6) Information about lots: This contract is divided into lots: no"),
        P("II.2.3) Place of performance: NUTS code: FRJ23"),
        P("II.2.5) Award criteria:"),
        P("Quality criterion - Name: Organisation of rounds, continuity of service and compliance with the "
          "cold chain / Weighting: 35"),
        P("Quality criterion - Name: Greenhouse gas and pollutant emissions of the delivery fleet (engine "
          "type, route optimisation, CO2 per km travelled) / Weighting: 15"),
        P("Quality criterion - Name: Working conditions of drivers and recruitment of persons facing "
          "difficulties in finding employment / Weighting: 10"),
        P("Price - Weighting: 40"),
        P("II.2.7) Duration of the contract, framework agreement or dynamic purchasing system: Duration in "
          "months: 48. This contract is subject to renewal: no"),
        P("II.2.10) Information about variants: Variants will be accepted: no"),
        P("II.2.13) Information about European Union funds: The procurement is related to a project and/or "
          "programme financed by European Union funds: no"),
        H("Section III: Legal, economic, financial and technical information"),
        P("III.1.1) Suitability to pursue the professional activity: registration on the register of road "
          "transport operators."),
        P("III.1.3) Technical and professional ability: list of similar services over the last three years; "
          "description of the refrigerated fleet available."),
        H("Section IV: Procedure"),
        P("IV.1.1) Type of procedure: Open procedure"),
        P("IV.2.2) Time limit for receipt of tenders or requests to participate: 12/10/2026 Local time: 12:00"),
        P("IV.2.4) Languages in which tenders or requests to participate may be submitted: French"),
        H("Section VI: Complementary information"),
        P("VI.3) Additional information: The weighting of each quality criterion is broken down into "
          "sub-criteria in the consultation rules. Tenderers describe in their technical offer the vehicles "
          "assigned to the contract and the measures taken for drivers."),
        P("VI.4.1) Review body: Tribunal administratif de Toulouse"),
        P("VI.5) Date of dispatch of this notice: 03/09/2026"),
    ]
    return PIECE("13_ted_notice_school_meals_delivery.txt", "AVIS", "TED", "", blocks,
                 L(critere_social=1, critere_environnemental=1, allotissement=0, montant_estime_ht=1450000,
                   evidence=["Name: Greenhouse gas and pollutant emissions of the delivery fleet",
                             "Name: Working conditions of drivers and recruitment of persons facing difficulties in "
                             "finding employment / Weighting: 10",
                             "This contract is divided into lots: no",
                             "Value excluding VAT: 1 450 000.00 EUR"]))


# --------------------------------------------------------------------- 14 rapport d'analyse, sous-critère réemploi des matériaux
@doc
def d14():
    c = C("la commune de Bréval-les-Chênes", "Rennes", ccag="travaux", ref="2026-AM-03")
    blocks = [
        TITLE("Commune de Bréval-les-Chênes", "RAPPORT D'ANALYSE DES OFFRES",
              "Aménagement de la maison des associations – Lot n° 3 : cloisons, doublages, faux plafonds",
              "Procédure adaptée"),
        H("1. Objet et rappel de la procédure"),
        P("L'opération d'aménagement de la maison des associations, dans l'ancienne école Jules-Ferry, comprend "
          "8 lots. Le présent rapport porte sur le lot n° 3. L'avis a été publié le 12 mars 2026 ; cinq offres "
          "ont été reçues pour ce lot avant la date limite du 14 avril 2026."),
        H("2. Rappel des critères et sous-critères"),
        P("Selon l'article 8 du règlement de la consultation, les offres sont notées sur 100 points :"),
        RTAB([["Critère / sous-critère", "Points"],
              ["Prix (montant de la DPGF)", "60"],
              ["Valeur technique", "40"],
              ["  1. Méthodologie, phasage et coordination avec les autres lots", "15"],
              ["  2. Moyens humains et matériels affectés", "10"],
              ["  3. Réemploi des cloisons et dalles de faux plafond déposées, recours à des matériaux "
               "biosourcés ou issus du recyclage", "15"]], widths=[5.4, 0.9], align="lr"),
        P("Le sous-critère 3 est apprécié au vu de la fiche « matériaux » remise par les candidats : quantités "
          "de matériaux déposés réemployés sur place ou confiés à une plateforme de réemploi, nature et "
          "origine des isolants et des plaques proposés."),
        H("3. Notation"),
        RTAB([["Candidat", "Montant HT", "Prix /60", "S-C 1 /15", "S-C 2 /10", "S-C 3 /15", "Total"],
              ["Plâtrerie Armoricaine", "84 210,00", "60,00", "11", "7", "6", "84,00"],
              ["Atelier Kerbrat", "91 540,00", "55,20", "13", "8", "14", "90,20"],
              ["SARL Le Du et associés", "88 900,00", "56,84", "12", "8", "9", "85,84"],
              ["Cloisons de l'Ouest", "97 300,00", "51,93", "14", "9", "12", "86,93"],
              ["Rénov'Plac 35", "86 050,00", "58,72", "9", "6", "3", "76,72"]],
             widths=[2.6, 1.3, 1, 1, 1, 1, 1], align="lrrrrrr"),
        H("4. Commentaires sur le sous-critère 3"),
        LST(["Atelier Kerbrat réemploie sur place 70 % des rails et montants métalliques déposés et 180 m² de "
             "dalles de faux plafond, après tri et nettoyage ; il propose un isolant en fibre de bois et des "
             "plaques de plâtre à 25 % de gypse recyclé : 14 points.",
             "Cloisons de l'Ouest confie les dalles déposées à une ressourcerie et propose une ouate de cellulose : "
             "12 points.",
             "SARL Le Du et associés propose des plaques à gypse recyclé sans réemploi sur place : 9 points.",
             "Plâtrerie Armoricaine se borne à évacuer les déposes en benne de tri : 6 points.",
             "Rénov'Plac 35 ne fournit pas la fiche matériaux ; seule une mention générale est relevée : "
             "3 points."]),
        H("5. Proposition"),
        P("La commission propose de retenir l'offre d'Atelier Kerbrat, classée première avec 90,20 points, pour "
          "un montant de 91 540,00 € HT."),
    ]
    return PIECE("14_rapport_analyse_lot3_cloisons.pdf", "AUTRE",
                 "Commune de Bréval-les-Chênes – RAO lot 3 – " + c["ref"], "Rapport d'analyse des offres – lot 3",
                 blocks,
                 L(critere_environnemental=1, allotissement=1, nb_lots=8,
                   evidence=["Réemploi des cloisons et dalles de faux plafond déposées, recours à des matériaux "
                             "biosourcés ou issus du recyclage",
                             "comprend 8 lots", "Lot n° 3"]),
                 hyphen=True)


# --------------------------------------------------------------------- 15 avis rectificatif supprimant un critère (piège)
@doc
def d15():
    blocks = [
        TITLE("BOAMP – Avis rectificatif", "Services", "Département : 76"),
        P("Avis n° 26-151977 – Référence de l'avis initial : n° 26-139044 paru le 10/08/2026"),
        H("Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Ville de Fécamp-la-Haute"),
        P("Ville : Fécamp-la-Haute – Code postal : 76400"),
        H("Objet de l'avis initial"),
        P("Intitulé : Location et maintenance de photocopieurs multifonctions pour les services municipaux"),
        P("Type de marché : Services – Code CPV principal : 30121100"),
        H("Rectification"),
        P("Motif : Modification des critères d'attribution et report de la date limite de réception des offres."),
        P("Dans la rubrique « Critères d'attribution »,"),
        P("Au lieu de : Prix : 60 % ; Valeur technique : 30 % ; Critère environnemental (consommation "
          "électrique des matériels et reprise des cartouches usagées) : 10 %."),
        P("Lire : Prix : 60 % ; Valeur technique : 40 %."),
        P("Dans la rubrique « Date et heure limite de réception des plis »,"),
        P("Au lieu de : 15/09/2026 à 12 h 00"),
        P("Lire : 29/09/2026 à 12 h 00"),
        P("Un règlement de la consultation modifié est mis en ligne sur le profil d'acheteur. Les candidats ayant "
          "déjà remis une offre peuvent la modifier jusqu'à la nouvelle date limite."),
        H("Informations complémentaires"),
        P("Les autres mentions de l'avis initial sont inchangées."),
        P("Date d'envoi du présent avis : 04/09/2026"),
    ]
    return PIECE("15_avis_rectificatif_photocopieurs.txt", "AVIS", "BOAMP", "", blocks, L(evidence=[]))


# --------------------------------------------------------------------- 16 rapport d'analyse : critère insertion noté
@doc
def d16():
    c = C("la communauté d'agglomération du Pays de Vernelle", "Nantes", ccag="travaux", ref="CAPV-2026-21")
    blocks = [
        TITLE("Communauté d'agglomération du Pays de Vernelle", "Rapport d'analyse des offres",
              "Entretien et grosses réparations des voiries communautaires – zones d'activités",
              "Appel d'offres ouvert – accord-cadre à bons de commande"),
        H("1. Objet"),
        P("Le présent rapport rend compte de l'analyse des offres remises pour l'accord-cadre d'entretien et de "
          "grosses réparations des voiries des neuf zones d'activités communautaires. La consultation "
          "comprend un lot unique."),
        H("2. Offres reçues"),
        P("Trois offres ont été reçues : Colas-Vernelle (offre n° 1), Groupement Routière du Lac / Terrassements "
          "Brehier (offre n° 2), Eurovia Atlantique-Sud (offre n° 3). Aucune offre n'est irrégulière."),
        H("3. Critères"),
        P("Conformément au règlement de la consultation, les offres sont appréciées selon les critères suivants :"),
        LST(["prix, apprécié sur le détail quantitatif estimatif : 55 % ;",
             "valeur technique : 35 %, comprenant la méthodologie et la gestion du trafic (15 %), les moyens "
             "affectés et les délais d'intervention (10 %), le contrôle qualité (10 %) ;",
             "performance en matière d'insertion professionnelle des publics en difficulté : 10 %, appréciée au "
             "vu de la note méthodologique sur l'accueil, le tutorat, la formation et le suivi des personnes "
             "en parcours d'insertion."]),
        H("4. Notation du critère « insertion professionnelle »"),
        RTAB([["Offre", "Éléments relevés", "Note /10"],
              ["n° 1", "Tuteur désigné par chantier ; partenariat avec le PLIE ; formation au permis CACES "
               "proposée ; suivi trimestriel", "8"],
              ["n° 2", "Recours à une entreprise de travail temporaire d'insertion ; accueil décrit de façon "
               "générale ; pas de formation qualifiante", "5"],
              ["n° 3", "Parcours de formation en alternance avec un GEIQ ; référent insertion à l'agence ; "
               "engagement d'embauche à l'issue du parcours", "9"]], widths=[0.8, 5, 1], align="llr"),
        H("5. Récapitulatif"),
        TAB([["Offre", "Prix /55", "Valeur technique /35", "Insertion /10", "Total /100"],
             ["n° 1", "55,00", "26,50", "8", "89,50"],
             ["n° 2", "51,20", "29,00", "5", "85,20"],
             ["n° 3", "49,80", "30,50", "9", "89,30"]], widths=[1, 1, 1.6, 1.2, 1.2], align="lrrrr"),
        H("6. Conclusion"),
        P("L'offre n° 1, présentée par Colas-Vernelle, est classée première. Il est proposé à la commission "
          "d'appel d'offres de l'attribuer à cette société."),
    ]
    return PIECE("16_rapport_analyse_voiries_zones_activites.docx", "AUTRE",
                 "CA du Pays de Vernelle – Rapport d'analyse – " + c["ref"], "Rapport d'analyse des offres", blocks,
                 L(critere_social=1,
                   evidence=["performance en matière d'insertion professionnelle des publics en difficulté : 10 %"]))


# --------------------------------------------------------------------- 17 cadre de réponse restauration : parties notées
@doc
def d17():
    c = C("le centre communal d'action sociale de Lussac-en-Brie", "Melun", ref="CCAS-2026-01")
    blocks = [
        TITLE("Centre communal d'action sociale de Lussac-en-Brie", "CADRE DE RÉPONSE TECHNIQUE",
              "Prestation de restauration de la résidence autonomie Les Charmilles",
              "Document à compléter et à joindre à l'offre – il vaut mémoire technique"),
        H("Mode d'emploi"),
        P("Le candidat complète chacune des parties ci-dessous, sans en modifier l'ordre. Chaque partie est notée "
          "au titre du critère indiqué entre parenthèses, conformément à l'article 6 du règlement de la "
          "consultation ; les renvois à des documents annexes ne sont pas pris en compte. Toute partie non "
          "renseignée reçoit la note de 0."),
        H("Partie 1 – Organisation de la production (critère « valeur technique », 20 points)"),
        P("1.1 Décrivez le site de production, le mode de liaison et les horaires de livraison."),
        P("1.2 Décrivez le plan de maîtrise sanitaire et la gestion des allergènes."),
        TAB([["Rubrique", "Réponse du candidat"], ["Site de production", ""], ["Mode de liaison", ""],
             ["Horaires de livraison", ""]], widths=[2, 5]),
        H("Partie 2 – Qualité des repas (critère « valeur technique », 15 points)"),
        P("2.1 Joignez un plan alimentaire sur quatre semaines adapté aux personnes âgées."),
        P("2.2 Précisez les textures modifiées proposées et la prise en compte des régimes."),
        H("Partie 3 – Approvisionnement durable et lutte contre le gaspillage (critère « performance "
          "environnementale », 15 points)"),
        P("3.1 Indiquez la part en valeur d'achats de produits issus de l'agriculture biologique que vous vous "
          "engagez à servir (en %)."),
        P("3.2 Indiquez les produits de saison et issus de circuits courts proposés et leur provenance."),
        P("3.3 Décrivez les mesures de réduction du gaspillage alimentaire (pesée des restes, ajustement des "
          "grammages) et la suppression des contenants en plastique à usage unique."),
        TAB([["Engagement", "Valeur proposée"], ["Part de produits biologiques (% en valeur)", ""],
             ["Part de produits en circuit court (% en valeur)", ""], ["Nombre de livraisons par semaine", ""]],
            widths=[4, 2]),
        H("Partie 4 – Conditions d'emploi du personnel affecté (critère « performance sociale », 10 points)"),
        P("4.1 Précisez la nature des contrats du personnel affecté à la résidence, la durée hebdomadaire de "
          "travail et la part des temps partiels."),
        P("4.2 Décrivez les actions de formation prévues pour ce personnel pendant la durée du marché."),
        P("4.3 Indiquez les recrutements de personnes éloignées de l'emploi que vous envisagez pour l'exécution du "
          "marché et l'accompagnement prévu."),
        H("Partie 5 – Présentation de l'entreprise (non notée)"),
        P("Effectifs, chiffre d'affaires, références en établissements pour personnes âgées."),
        P("Je soussigné(e), représentant habilité du candidat, certifie l'exactitude des renseignements "
          "ci-dessus. Date, nom, signature :"),
    ]
    return PIECE("17_cadre_reponse_restauration_residence.docx", "CADRE",
                 "CCAS de Lussac-en-Brie – Cadre de réponse – " + c["ref"], "Cadre de réponse technique", blocks,
                 L(critere_social=1, critere_environnemental=1,
                   evidence=["Approvisionnement durable et lutte contre le gaspillage (critère « performance "
                             "environnementale », 15 points)",
                             "Conditions d'emploi du personnel affecté (critère « performance sociale », 10 points)"]))


# --------------------------------------------------------------------- 18 CCAP : rappel de la loi (piège)
@doc
def d18():
    c = C("la commune de Saint-Véran-des-Combes", "Nîmes", ccag="prestations intellectuelles", delai=30,
          ref="2026-PI-02")
    blocks = [
        TITLE("Commune de Saint-Véran-des-Combes", "Cahier des clauses administratives particulières",
              "Mission d'assistance à maîtrise d'ouvrage pour la révision du plan local d'urbanisme",
              "Marché de prestations intellectuelles – procédure adaptée"),
        *A("Objet du marché",
           "Le marché a pour objet une mission d'assistance à maîtrise d'ouvrage pour la révision générale du plan "
           "local d'urbanisme : diagnostic, projet d'aménagement et de développement durables, orientations "
           "d'aménagement, règlement, concertation et suivi de l'enquête publique."),
        *A("Cadre juridique",
           "Le marché est passé selon la procédure adaptée prévue aux articles L2123-1 et R2123-1 du code de la "
           "commande publique. L'article L2112-2 du code dispose que les conditions d'exécution d'un marché "
           "prennent en compte des considérations relatives à l'environnement ; l'acheteur doit prendre en "
           "compte, lors de la définition de son besoin, les objectifs de développement durable dans leurs "
           "dimensions économique, sociale et environnementale (article L2111-1). Ces principes guident la "
           "commune dans la conduite de ses achats ; ils ne créent pas d'obligation particulière pour le "
           "titulaire au titre du présent marché.",
           "Le marché n'est pas alloti, la mission formant un ensemble indissociable."),
        *a_pieces_contractuelles(c, cctp=True),
        *A("Durée et phasage",
           "La mission débute à la notification et s'achève à l'approbation du plan par le conseil municipal, "
           "dans la limite de trente mois. Elle comprend quatre phases ; chaque phase est engagée par ordre de "
           "service."),
        *A("Obligations générales du titulaire",
           "Le titulaire exécute sa mission conformément aux lois et règlements en vigueur, notamment le code "
           "de l'urbanisme et le code de l'environnement pour ce qui concerne l'évaluation environnementale du "
           "document d'urbanisme, dont l'étude est incluse dans la mission.",
           "Le titulaire remet, sur demande, les attestations prévues aux articles L8222-1 et D8222-5 du code du "
           "travail relatives à la lutte contre le travail dissimulé, ainsi que la déclaration relative à "
           "l'obligation d'emploi des travailleurs handicapés prévue aux articles L5212-1 à L5212-11 du même "
           "code."),
        *A("Propriété intellectuelle",
           "L'option A du chapitre 8 du CCAG-PI s'applique. Les documents produits peuvent être librement "
           "reproduits et diffusés par la commune, notamment lors de la concertation."),
        *a_prix(c, revisable=False),
        *A("Pénalités",
           "En cas de retard dans la remise des documents d'une phase, le titulaire encourt une pénalité de "
           "150 euros par jour calendaire de retard, sans mise en demeure préalable. Le plafond des pénalités est "
           "fixé à 10 % du montant du marché."),
        *a_paiement(c),
        *a_resiliation(c),
        *a_litiges(c),
    ]
    return PIECE("18_ccap_amo_plan_local_urbanisme.docx", "CCAP",
                 "Commune de Saint-Véran-des-Combes – CCAP – " + c["ref"], "CCAP – AMO révision du PLU", blocks,
                 L(allotissement=0, evidence=["Le marché n'est pas alloti"]))


# --------------------------------------------------------------------- 19 cadre de réponse transport : véhicules notés
@doc
def d19():
    c = C("la région Val-de-Saône-Est", "Besançon", ref="TS-2026-N2")
    blocks = [
        TITLE("Région Val-de-Saône-Est – Direction des mobilités", "CADRE DE RÉPONSE TECHNIQUE",
              "Transport scolaire – lot n° 2 : secteur Nord (circuits N01 à N14)",
              "La consultation comprend quatre lots géographiques ; un cadre est remis pour chaque lot"),
        H("Consignes"),
        P("Le présent cadre constitue le mémoire technique. Les rubriques A à D correspondent aux sous-critères "
          "du critère « valeur technique » (45 points) défini à l'article 9 du règlement de la consultation. Le "
          "candidat peut joindre des annexes (fiches véhicules, certificats d'immatriculation) ; elles ne "
          "remplacent pas les réponses attendues."),
        H("A. Moyens humains (15 points)"),
        P("A.1 Nombre de conducteurs affectés au lot, titulaires et remplaçants, et ancienneté moyenne."),
        P("A.2 Formation des conducteurs : formation continue obligatoire, accueil des élèves en situation de "
          "handicap, gestion des conflits, premiers secours."),
        TAB([["Conducteurs affectés", "Nombre", "Dont remplaçants", "Ancienneté moyenne"], ["", "", "", ""]],
            widths=[2.4, 1, 1.4, 1.6]),
        H("B. Véhicules affectés et performances environnementales (10 points)"),
        P("B.1 Pour chaque véhicule affecté au lot, indiquez l'année de première mise en circulation, la norme "
          "Euro, la motorisation (gazole, gaz naturel, biométhane, électrique, HVO) et les émissions de CO2 par "
          "kilomètre déclarées."),
        P("B.2 Décrivez le plan de renouvellement du parc pendant la durée du marché et les actions de formation "
          "à l'écoconduite. Sont notés la part de véhicules à faibles émissions et la baisse des émissions de "
          "gaz à effet de serre par kilomètre proposée."),
        TAB([["Circuit", "Véhicule (immatriculation)", "Mise en circulation", "Norme Euro", "Motorisation",
              "g CO2/km"], ["N01", "", "", "", "", ""], ["N02", "", "", "", "", ""], ["…", "", "", "", "", ""]],
            widths=[0.9, 2, 1.4, 1, 1.3, 1]),
        H("C. Continuité du service (12 points)"),
        P("C.1 Véhicules de réserve disponibles et délai de remplacement en cas de panne."),
        P("C.2 Procédure en cas d'intempéries, d'accident ou de retard ; information des familles et de la "
          "région."),
        H("D. Suivi de l'exécution (8 points)"),
        P("D.1 Outils de suivi des services réalisés (géolocalisation, badgeuse) et rapports transmis à la "
          "région."),
        P("Fait à ................................, le ................................ "
          "Signature du représentant habilité :"),
    ]
    return PIECE("19_cadre_reponse_transport_scolaire_lot2.pdf", "CADRE",
                 "Région Val-de-Saône-Est – Cadre de réponse – lot 2 – " + c["ref"],
                 "Cadre de réponse technique – transport scolaire", blocks,
                 L(critere_environnemental=1, allotissement=1, nb_lots=4,
                   evidence=["B. Véhicules affectés et performances environnementales (10 points)",
                             "La consultation comprend quatre lots géographiques"]))


# --------------------------------------------------------------------- 20 CCAP MAPA fournitures de bureau : écolabel imposé
@doc
def d20():
    c = C("l'établissement public foncier de la vallée de l'Ardan", "Bordeaux", delai=30, ref="EPF-2026-FB")
    blocks = [
        TITLE("Établissement public foncier de la vallée de l'Ardan", "CAHIER DES CLAUSES ADMINISTRATIVES "
              "PARTICULIÈRES", "Fourniture de papier, de fournitures de bureau et de petit matériel",
              "Accord-cadre à bons de commande – procédure adaptée"),
        *A("Objet et forme du marché",
           "Le marché a pour objet la fourniture et la livraison de papier de reprographie, de fournitures de "
           "bureau et de petit matériel pour le siège de l'établissement et ses deux antennes.",
           "Il s'agit d'un accord-cadre mono-attributaire exécuté par bons de commande, sans minimum, avec un "
           "montant maximum de 60 000 € HT par période. Il est conclu pour un an à compter de sa notification et "
           "peut être reconduit tacitement trois fois, soit une durée maximale de quatre ans.",
           "Le marché n'est pas alloti."),
        *a_pieces_contractuelles(c, cctp=False),
        *A("Caractéristiques environnementales des fournitures",
           "Le papier de reprographie livré est titulaire de l'écolabel européen, de l'Ange bleu ou d'un label "
           "équivalent, et contient au moins 50 % de fibres recyclées. Le titulaire fournit les certificats "
           "correspondants avant la première livraison et à chaque changement de référence.",
           "Pour les fournitures de bureau figurant au bordereau, le titulaire livre en priorité les références "
           "rechargeables (surligneurs, stylos, cartouches d'encre) et les produits sans solvant. Les références "
           "substituées en cours d'exécution présentent des caractéristiques environnementales au moins "
           "équivalentes."),
        *A("Livraisons et emballages",
           "Les commandes sont livrées dans un délai de cinq jours ouvrés. Le titulaire regroupe les livraisons "
           "afin qu'un même site ne soit pas livré plus d'une fois par semaine, hors commande urgente. Les "
           "cartons et palettes sont repris par le titulaire lors de la livraison suivante ; les emballages en "
           "plastique autour des ramettes sont proscrits."),
        *a_prix(c),
        *A("Pénalités",
           "Par dérogation au CCAG, le retard de livraison donne lieu à une pénalité de 30 euros par jour de retard "
           "et par bon de commande. La livraison d'un papier ne répondant pas aux exigences de l'article « Caractéristiques environnementales des fournitures » donne "
           "lieu au remplacement du produit aux frais du titulaire et à une pénalité forfaitaire de 150 euros par "
           "livraison non conforme."),
        *a_paiement(c),
        *a_resiliation(c),
        *a_litiges(c),
    ]
    return PIECE("20_ccap_fournitures_bureau.pdf", "CCAP",
                 "EPF de la vallée de l'Ardan – CCAP – " + c["ref"], "CCAP – papier et fournitures de bureau", blocks,
                 L(clause_environnementale=1, allotissement=0, montant_max_ht=240000,
                   evidence=["Le papier de reprographie livré est titulaire de l'écolabel européen",
                             "les emballages en plastique autour des ramettes sont proscrits",
                             "montant maximum de 60 000 € HT par période",
                             "[60 000 × 4 périodes = 240 000]", "Le marché n'est pas alloti"]),
                 hyphen=True)


# --------------------------------------------------------------------- 21 RC : critères que le code permet, cités comme possibilité (piège)
@doc
def d21():
    c = C("la commune de Lanvezec", "Rennes", profil="https://lanvezec.megalis-ouest.fr", ref="2026-F-06")
    blocks = [
        TITLE("Commune de Lanvezec", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture et installation de jeux extérieurs pour l'aire de loisirs du Pré-Vert",
              "Marché passé selon la procédure adaptée"),
        *A("Objet",
           "La consultation porte sur la fourniture, la livraison et l'installation de jeux extérieurs (une "
           "structure multi-activités pour les 6-12 ans, deux jeux sur ressort, une balançoire nid) et des sols "
           "amortissants correspondants, conformes aux normes NF EN 1176 et NF EN 1177."),
        *A("Décomposition",
           "Le marché n'est pas décomposé en lots : la fourniture des jeux et la réalisation des sols amortissants "
           "relèvent d'une même garantie de conformité."),
        *a_candidature(c),
        *A("Contenu de l'offre",
           "Le candidat remet l'acte d'engagement, la décomposition du prix global et forfaitaire, les fiches "
           "techniques des jeux, les certificats de conformité délivrés par un organisme accrédité et le plan "
           "d'implantation proposé avec les zones de sécurité."),
        *A("Critères de jugement des offres",
           "Selon l'article R2152-7 du code de la commande publique, l'acheteur peut se fonder, pour attribuer le "
           "marché, sur une pluralité de critères non discriminatoires et liés à l'objet du marché, parmi "
           "lesquels la qualité, y compris la valeur technique et les caractéristiques esthétiques ou "
           "fonctionnelles, l'accessibilité, les performances en matière de protection de l'environnement, les "
           "performances en matière de développement des approvisionnements directs de produits de "
           "l'agriculture ou d'insertion professionnelle des publics en difficulté, le délai d'exécution, les "
           "conditions de livraison ou le service après-vente.",
           "Pour la présente consultation, compte tenu du faible montant et du caractère normalisé des "
           "fournitures, les critères retenus sont les suivants :",
           ["prix global et forfaitaire : 70 % ;",
            "délai de livraison et d'installation, exprimé en semaines : 30 %."],
           "Le délai proposé est un engagement contractuel ; il ne peut excéder douze semaines à compter de la "
           "notification."),
        *a_negociation(c),
        *a_validite(c, 90),
        *a_remise(c),
        *a_renseignements(c),
    ]
    return PIECE("21_rc_jeux_exterieurs.pdf", "RC", "Commune de Lanvezec – RC – " + c["ref"],
                 "RC – jeux extérieurs du Pré-Vert", blocks,
                 L(allotissement=0, evidence=["Le marché n'est pas décomposé en lots"]),
                 cols=2, hyphen=True)


# --------------------------------------------------------------------- 22 CCAP : engagement de performance énergétique avec pénalité
@doc
def d22():
    c = C("l'université de Haute-Loirette", "Orléans", ccag="fournitures courantes et services", delai=30,
          ref="UHL-2026-EXP")
    blocks = [
        TITLE("Université de Haute-Loirette – Direction du patrimoine", "Cahier des clauses administratives "
              "particulières", "Exploitation, maintenance et conduite des installations de chauffage, de "
              "ventilation et de production d'eau chaude du campus des Ormes",
              "Marché d'exploitation avec intéressement"),
        H("Article 1 – Objet"),
        P("Le marché a pour objet l'exploitation des installations thermiques du campus des Ormes : "
          "fourniture de l'énergie de chauffage (prestation P1), conduite et petit entretien (P2), garantie "
          "totale (P3). Il porte sur onze bâtiments d'une surface chauffée de 48 600 m²."),
        H("Article 2 – Durée"),
        P("Le marché prend effet au 1er octobre 2026 pour une durée de six saisons de chauffe."),
        H("Article 3 – Pièces contractuelles"),
        P("Acte d'engagement ; présent CCAP ; CCTP et ses annexes (inventaire des installations, consommations "
          "de référence) ; CCAG-FCS ; bordereau des prix ; mémoire technique du titulaire."),
        H("Article 4 – Engagement de performance énergétique"),
        P("4.1 Le titulaire s'engage sur une consommation annuelle de combustible (NB) de 5 120 MWh PCS pour "
          "l'ensemble des bâtiments, pour une saison de chauffe de référence de 2 450 degrés-jours unifiés "
          "(base 18 °C). L'engagement est ajusté chaque saison au rapport des degrés-jours constatés par la "
          "station météorologique de référence aux degrés-jours de référence."),
        P("4.2 Le titulaire s'engage en outre à réduire cette consommation de 12 % au plus tard à la fin de la "
          "troisième saison, par les actions d'optimisation décrites dans son offre (régulation, "
          "désembouage, calorifugeage, réduits de nuit et de fin de semaine), sans dégrader les températures "
          "contractuelles fixées au CCTP."),
        P("4.3 Si la consommation ajustée constatée dépasse l'engagement de plus de 3 %, le titulaire supporte "
          "une pénalité égale au coût des MWh consommés au-delà de ce seuil, valorisés au prix du P1 en vigueur. "
          "Si la consommation est inférieure à l'engagement de plus de 3 %, l'économie réalisée au-delà de ce "
          "seuil est partagée à parts égales entre l'université et le titulaire (intéressement)."),
        P("4.4 Le titulaire remet chaque mois un relevé des consommations par bâtiment et, à la fin de chaque "
          "saison, un bilan énergétique comparant les consommations constatées à l'engagement ajusté."),
        H("Article 5 – Températures contractuelles"),
        P("Les températures à garantir sont de 19 °C dans les bureaux et salles d'enseignement pendant les "
          "périodes d'occupation et de 16 °C en inoccupation de moins de 48 heures. Tout écart supérieur à 1 °C "
          "constaté par les sondes de l'université donne lieu à une pénalité de 200 euros par bâtiment et par "
          "jour."),
        H("Article 6 – Prix et révision"),
        P("Les prix du P1 sont révisés mensuellement selon l'indice du gaz naturel publié par l'INSEE ; les prix "
          "P2 et P3 sont révisés annuellement selon la formule de l'acte d'engagement."),
        H("Article 7 – Paiement"),
        P("Les prestations sont réglées mensuellement par douzièmes pour le P2 et le P3, et sur relevé pour le P1. "
          "Le délai global de paiement est de 30 jours."),
        H("Article 8 – Fin du marché"),
        P("À l'échéance, le titulaire remet les installations en bon état d'entretien, avec l'inventaire mis à "
          "jour et les documents d'exploitation. Les litiges relèvent du tribunal administratif d'Orléans."),
    ]
    return PIECE("22_ccap_exploitation_chauffage_campus.docx", "CCAP",
                 "Université de Haute-Loirette – CCAP – " + c["ref"], "CCAP – exploitation des installations thermiques",
                 blocks,
                 L(clause_environnementale=1,
                   evidence=["Le titulaire s'engage sur une consommation annuelle de combustible (NB) de 5 120 MWh",
                             "le titulaire supporte une pénalité égale au coût des MWh consommés au-delà de ce seuil",
                             "réduire cette consommation de 12 %"]))


# --------------------------------------------------------------------- 23 CCTP collecte des déchets : objet environnemental (piège)
@doc
def d23():
    c = C("le syndicat intercommunal de collecte du Haut-Vivarois", "Lyon", ref="SICHV-2026-C")
    blocks = [
        TITLE("Syndicat intercommunal de collecte du Haut-Vivarois", "Cahier des clauses techniques particulières",
              "Collecte en porte-à-porte des ordures ménagères résiduelles et des emballages ménagers",
              "Marché de services"),
        H("Article 1 – Objet"),
        P("Le marché a pour objet la collecte en porte-à-porte des ordures ménagères résiduelles (OMR) et des "
          "emballages ménagers et papiers (bacs à couvercle jaune) sur le territoire des quatorze communes "
          "membres, soit 11 800 habitants, et leur transport jusqu'aux exutoires désignés par le syndicat."),
        H("Article 2 – Consistance du service"),
        P("Les OMR sont collectées une fois par semaine en zone agglomérée et une fois tous les quinze jours en "
          "zone rurale ; les emballages sont collectés une fois tous les quinze jours sur l'ensemble du "
          "territoire. Le calendrier des tournées figure en annexe 1 ; toute modification est soumise à l'accord "
          "du syndicat et fait l'objet d'une information des usagers au moins un mois à l'avance."),
        P("Les tonnages annuels de référence sont de 2 650 tonnes d'OMR et de 610 tonnes d'emballages et papiers. "
          "Les OMR sont vidées au quai de transfert de Mazan-le-Haut ; les emballages et papiers sont vidés au "
          "centre de tri de Privas-Sud. Les exutoires sont désignés par le syndicat, qui en supporte les coûts "
          "de traitement."),
        H("Article 3 – Conditions de collecte"),
        P("Seuls les bacs normalisés fournis par le syndicat et présentés couvercle fermé sont collectés. Les "
          "bacs sont vidés par lève-conteneurs et replacés, poignée côté voie, à l'emplacement où ils ont été "
          "présentés. Les sacs déposés au pied des bacs ne sont pas collectés ; le titulaire les signale par "
          "photographie géolocalisée dans le rapport quotidien."),
        P("Les bacs jaunes dont le contenu présente des erreurs de tri manifestes reçoivent un autocollant "
          "« refus de collecte » et ne sont pas vidés ; la liste des adresses concernées est transmise au "
          "syndicat chaque semaine pour les actions de sensibilisation que celui-ci conduit."),
        H("Article 4 – Véhicules et personnel"),
        P("Le titulaire affecte au service des bennes à ordures ménagères de 16 à 19 tonnes de PTAC équipées d'un "
          "système de pesée embarquée et d'identification des bacs, d'une caméra de recul et d'un dispositif "
          "d'alerte de recul. Un véhicule de réserve est disponible sous deux heures. Les équipages sont composés "
          "d'un conducteur et d'un ripeur ; la marche arrière n'est pratiquée que pour les manœuvres de "
          "retournement autorisées par la recommandation R437."),
        H("Article 5 – Continuité du service"),
        P("Les collectes tombant un jour férié sont rattrapées le samedi suivant. En cas d'intempéries rendant "
          "la circulation dangereuse, le titulaire informe le syndicat avant 6 h et organise le rattrapage "
          "dans les 48 heures."),
        H("Article 6 – Compte rendu"),
        P("Le titulaire transmet chaque jour le rapport des tournées (heures, tonnages par flux, incidents, bacs "
          "non collectés) et chaque mois une synthèse des tonnages par commune. Un rapport annuel d'activité est "
          "remis avant le 31 janvier."),
    ]
    return PIECE("23_cctp_collecte_ordures_menageres.docx", "CCTP",
                 "SI de collecte du Haut-Vivarois – CCTP – " + c["ref"], "CCTP – collecte des déchets ménagers",
                 blocks, L(evidence=[]))


# --------------------------------------------------------------------- 24 CCP de MAPA traiteur, deux colonnes
@doc
def d24():
    c = C("la ville de Montclar-d'Auzon", "Toulouse", delai=30, ref="2026-TR-01")
    blocks = [
        TITLE("Ville de Montclar-d'Auzon", "CAHIER DES CLAUSES PARTICULIÈRES",
              "Prestations de traiteur pour les réceptions et manifestations municipales",
              "Accord-cadre à bons de commande – procédure adaptée"),
        *A("Objet",
           "Le présent marché porte sur la préparation, la livraison et le service de buffets, cocktails et "
           "repas assis pour les réceptions organisées par la ville (vœux, cérémonies, inaugurations, accueil de "
           "délégations), d'une jauge de 20 à 400 personnes."),
        *A("Forme et durée",
           "Accord-cadre mono-attributaire à bons de commande, sans minimum, avec un montant maximum de "
           "35 000 € HT sur la durée totale du marché. Le marché est conclu pour deux ans à compter de sa "
           "notification, sans reconduction."),
        *A("Exécution des commandes",
           "Chaque bon de commande précise la date, le lieu, le nombre de convives, la formule et les horaires "
           "de service. Il est adressé au moins dix jours avant la manifestation. Le titulaire assure la mise en "
           "place, le service et le débarrassage."),
        *A("Vaisselle, contenants et restes",
           "La vaisselle, les couverts, les verres et les nappes sont réutilisables ; la vaisselle jetable, y "
           "compris en matériau biosourcé ou compostable, est proscrite, de même que les bouteilles d'eau en "
           "plastique. Le titulaire fournit cette vaisselle, la reprend et la lave.",
           "Les denrées non servies et consommables sont proposées à l'association d'aide alimentaire désignée "
           "par la ville, dans le respect des règles d'hygiène ; les biodéchets sont triés et confiés à une "
           "filière de compostage ou de méthanisation. Le titulaire en justifie par un bordereau trimestriel."),
        *A("Qualité des denrées",
           "Les produits sont frais et de saison. Les menus sont soumis pour validation sept jours avant la "
           "manifestation. Les allergènes sont signalés par des chevalets sur chaque plat."),
        *A("Pénalités",
           "Retard de plus de trente minutes sur l'horaire de mise en place : 200 euros. Utilisation de vaisselle "
           "jetable : 150 euros par manifestation. Prestation incomplète : réfaction du prix à proportion."),
        *a_paiement(c),
        *A("Jugement des offres",
           "Les offres sont jugées au vu des critères pondérés ci-dessous, sur la base des menus types et du "
           "mémoire remis par les candidats :"),
        RTAB([["Critère", "Poids"],
              ["Prix des menus types", "50 %"],
              ["Qualité et variété des prestations (menus, présentation, service)", "30 %"],
              ["Qualité environnementale de l'offre : produits de saison et issus de circuits courts, gestion "
               "des restes et des biodéchets", "20 %"]], widths=[4, 1], align="lr"),
        P("Une dégustation peut être organisée pour les trois offres les mieux classées ; elle est prise en "
          "compte au titre du critère de qualité."),
        *a_litiges(c),
    ]
    return PIECE("24_ccp_traiteur_receptions.pdf", "CCAP", "Ville de Montclar-d'Auzon – CCP – " + c["ref"],
                 "CCP – prestations de traiteur", blocks,
                 L(clause_environnementale=1, critere_environnemental=1, montant_max_ht=35000,
                   evidence=["la vaisselle jetable, y compris en matériau biosourcé ou compostable, est proscrite",
                             "Qualité environnementale de l'offre : produits de saison et issus de circuits courts",
                             "montant maximum de 35 000 € HT sur la durée totale du marché"]),
                 cols=2)


# --------------------------------------------------------------------- 25 RC audit énergétique : objet environnemental (piège)
@doc
def d25():
    c = C("la communauté de communes des Monts du Garlan", "Limoges", ccag="prestations intellectuelles",
          profil="https://ccmg.marchespublics-limousin.fr", ref="CCMG-2026-AE")
    blocks = [
        TITLE("Communauté de communes des Monts du Garlan", "RÈGLEMENT DE LA CONSULTATION",
              "Audits énergétiques de douze bâtiments communautaires", "Procédure adaptée"),
        *A("Objet de la consultation",
           "La consultation porte sur la réalisation d'audits énergétiques de douze bâtiments communautaires "
           "(gymnases, crèches, bureaux, ateliers) : relevés, bilan des consommations des trois dernières "
           "années, modélisation, programme de travaux hiérarchisé et chiffré, aides mobilisables. Les audits "
           "permettent à la communauté de communes de satisfaire aux obligations de réduction des "
           "consommations d'énergie finale des bâtiments tertiaires.",
           "Le marché n'est pas alloti : les douze audits suivent la même méthode et doivent être comparables."),
        *a_dce(c, ["la liste des bâtiments et leurs surfaces ;", "la décomposition du prix global et forfaitaire."]),
        *A("Conditions de participation",
           "Le candidat justifie d'une qualification OPQIBI 1905 (audit énergétique des bâtiments tertiaires) ou "
           "équivalente, ou présente des références équivalentes. Il fournit les CV des auditeurs pressentis."),
        *A("Contenu de l'offre",
           "L'offre comprend l'acte d'engagement, la DPGF par bâtiment, un mémoire méthodologique et un exemple "
           "anonymisé de rapport d'audit réalisé pour un bâtiment tertiaire."),
        *A("Jugement des offres",
           "Le jugement des offres est effectué selon les critères suivants :",
           ["prix global (DPGF) : 40 % ;",
            "valeur technique : 60 %, répartie en : méthodologie d'audit, y compris l'instrumentation et la "
            "restitution (25 %), expérience et qualification des auditeurs affectés (20 %), qualité de l'exemple "
            "de rapport remis (10 %), planning de réalisation (5 %)."],
           "Chaque sous-critère est noté de 0 à 5 puis pondéré. La méthode de notation du prix est la suivante : "
           "note = 40 × prix le plus bas / prix de l'offre."),
        *a_negociation(c),
        *a_validite(c),
        *a_remise(c),
        *a_renseignements(c),
    ]
    return PIECE("25_rc_audits_energetiques.pdf", "RC", "CC des Monts du Garlan – RC – " + c["ref"],
                 "RC – audits énergétiques", blocks,
                 L(allotissement=0, evidence=["Le marché n'est pas alloti"]), hyphen=True)


# --------------------------------------------------------------------- 26 RC nettoyage de vitrerie : conditions de travail notées
@doc
def d26():
    c = C("le département du Lauragais-Oriental", "Toulouse", profil="https://marches.lauragais-oriental.fr",
          ref="DLO-2026-VIT")
    blocks = [
        TITLE("Département du Lauragais-Oriental", "Règlement de la consultation",
              "Nettoyage de la vitrerie et des surfaces vitrées des bâtiments départementaux",
              "Procédure adaptée"),
        H("Article 1 – Objet et durée"),
        P("Le marché porte sur le nettoyage des vitrages intérieurs et extérieurs, des verrières et des brise-"
          "soleil de 23 bâtiments départementaux. Il est conclu pour un an, reconductible trois fois. Il n'est "
          "pas divisé en lots."),
        H("Article 2 – Candidature"),
        P("Le candidat fournit les formulaires DC1 et DC2 ou le DUME, la liste des références de moins de trois "
          "ans, et un certificat ISO 14001 ou équivalent ou, à défaut, la description des mesures de gestion "
          "environnementale qu'il met en œuvre dans son activité. Il justifie de la formation de son personnel "
          "au travail en hauteur."),
        H("Article 3 – Offre"),
        P("L'offre comprend l'acte d'engagement, la décomposition du prix global et forfaitaire par bâtiment et "
          "un mémoire technique traitant successivement des éléments notés à l'article 4."),
        H("Article 4 – Critères d'attribution"),
        P("Les offres sont notées sur 100 points :"),
        RTAB([["Critère", "Points"],
              ["Prix", "50"],
              ["Valeur technique : méthodologie par type de surface, matériels d'accès (nacelles, perches), "
               "planning d'intervention et contrôle qualité", "40"],
              ["Conditions de travail des agents affectés : interventions en journée et en horaires continus, "
               "durée des contrats et part de temps complet, équipements de protection et formation au-delà des "
               "exigences réglementaires", "10"]], widths=[5, 1], align="lr"),
        P("Le critère « conditions de travail » est apprécié au vu des engagements chiffrés du candidat (part "
          "des heures réalisées entre 7 h et 19 h, part des agents en contrat à durée indéterminée)."),
        H("Article 5 – Négociation et attribution"),
        P("Le département peut négocier avec les trois candidats les mieux classés. L'attributaire produit les "
          "attestations fiscales et sociales et l'attestation d'assurance dans un délai de huit jours."),
        H("Article 6 – Remise des offres"),
        P("Les offres sont remises sur https://marches.lauragais-oriental.fr ; elles restent valables 120 jours. "
          "Recours : tribunal administratif de Toulouse."),
    ]
    return PIECE("26_rc_nettoyage_vitrerie.docx", "RC", "Département du Lauragais-Oriental – RC – " + c["ref"],
                 "RC – nettoyage de la vitrerie", blocks,
                 L(critere_social=1, allotissement=0,
                   evidence=["Conditions de travail des agents affectés : interventions en journée et en horaires "
                             "continus, durée des contrats et part de temps complet",
                             "Il n'est pas divisé en lots"]))


# --------------------------------------------------------------------- 27 RC avec politique d'achat sans obligation (piège)
@doc
def d27():
    c = C("la communauté d'agglomération Seine-Ravel", "Rouen", ccag="travaux",
          profil="https://seine-ravel.marches-publics.fr", ref="CASR-2026-T11")
    blocks = [
        TITLE("Communauté d'agglomération Seine-Ravel", "Règlement de la consultation",
              "Remplacement des portes sectionnelles du centre technique communautaire",
              "Marché de travaux – procédure adaptée"),
        H("Préambule – Politique d'achat de l'agglomération"),
        P("La communauté d'agglomération a adopté en 2024 son schéma de promotion des achats socialement et "
          "écologiquement responsables (SPASER). Elle y affirme sa volonté de favoriser l'emploi local, "
          "l'insertion des personnes éloignées de l'emploi et la réduction de l'empreinte carbone de ses "
          "achats. Ce schéma est consultable sur le site internet de l'agglomération."),
        P("Le présent préambule est donné à titre d'information : il n'emporte aucune obligation contractuelle "
          "pour le titulaire et n'est pas pris en compte dans le jugement des offres."),
        H("Article 1 – Objet"),
        P("Les travaux consistent à déposer quatre portes sectionnelles industrielles motorisées de 4,50 m × "
          "5,00 m et à fournir et poser quatre portes neuves avec leur motorisation, leurs dispositifs de "
          "sécurité et leur raccordement électrique. Le marché n'est pas alloti."),
        H("Article 2 – Délais"),
        P("Le délai d'exécution est de six semaines, dont quatre semaines de fabrication, à compter de l'ordre de "
          "service de démarrage. Les travaux sont réalisés porte par porte pour maintenir l'activité du centre."),
        H("Article 3 – Visite du site"),
        P("Une visite est obligatoire ; elle est organisée sur rendez-vous auprès du responsable du centre "
          "technique. Une attestation de visite est remise au candidat et jointe à son offre."),
        H("Article 4 – Contenu de l'offre"),
        P("L'acte d'engagement ; la décomposition du prix global et forfaitaire ; les fiches techniques des "
          "portes et des motorisations ; un mémoire technique de cinq pages au plus (organisation des travaux, "
          "délais, garantie et maintenance)."),
        H("Article 5 – Jugement des offres"),
        RTAB([["Critère", "Pondération"],
              ["Prix", "60 %"],
              ["Valeur technique : qualité des produits et garanties (20 %), organisation et délai (20 %)", "40 %"]],
             widths=[5, 1.2], align="lr"),
        H("Article 6 – Dépôt des offres et renseignements"),
        P("Les offres sont déposées sur https://seine-ravel.marches-publics.fr avant la date limite. Délai de "
          "validité : 90 jours. Recours : tribunal administratif de Rouen."),
    ]
    return PIECE("27_rc_portes_sectionnelles.docx", "RC", "CA Seine-Ravel – RC – " + c["ref"],
                 "RC – portes sectionnelles", blocks,
                 L(allotissement=0, evidence=["Le marché n'est pas alloti"]))


# --------------------------------------------------------------------- 28 avis BOAMP : prix seul, véhicules propres en exécution
@doc
def d28():
    blocks = [
        TITLE("BOAMP – Avis de marché", "Services", "Département : 44"),
        P("Avis n° 26-155610"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Centre hospitalier intercommunal Loire-Estuaire"),
        P("Ville : Saint-Brévin-des-Marais – Code postal : 44250"),
        H("Section 3 : Procédure"),
        P("Type de procédure : Procédure adaptée ouverte"),
        P("Conditions de participation : Capacités techniques et professionnelles : liste des véhicules "
          "disponibles et références de prestations de navette."),
        P("Technique d'achat : Sans objet"),
        P("Date et heure limite de réception des plis : 02/10/2026 à 16 h 00"),
        P("Critères d'attribution : Prix : 100 %. Le marché est attribué à l'offre économiquement la plus "
          "avantageuse appréciée sur le seul critère du prix, les prestations étant entièrement définies par "
          "le cahier des charges."),
        H("Section 4 : Identification du marché"),
        P("Intitulé du marché : Navettes de transport du courrier interne, des prélèvements biologiques et des "
          "petites fournitures entre les sites du centre hospitalier"),
        P("Code CPV principal : 60161000 – Services de transport de colis"),
        P("Type de marché : Services"),
        P("Description succincte du marché : Quatre tournées quotidiennes du lundi au samedi entre les trois "
          "sites du centre hospitalier et le laboratoire de biologie médicale, soit environ 92 000 km par an."),
        P("Durée du marché (en mois) : 36"),
        P("La consultation prévoit une réservation de tout ou partie du marché : Non"),
        P("Marché alloti : Non"),
        H("Section 5 : Conditions particulières d'exécution"),
        P("Les véhicules affectés aux tournées sont des véhicules à faibles émissions au sens de l'article "
          "L224-7 du code de l'environnement (électriques ou hybrides rechargeables). Les conducteurs suivent "
          "une formation à l'écoconduite dans les six mois suivant la notification. Le titulaire transmet chaque "
          "trimestre le kilométrage parcouru et la consommation d'énergie des véhicules affectés."),
        H("Section 6 : Informations complémentaires"),
        P("Recours : Tribunal administratif de Nantes."),
        P("Date d'envoi du présent avis : 07/09/2026"),
    ]
    return PIECE("28_avis_boamp_navettes_hospitalieres.txt", "AVIS", "BOAMP", "", blocks,
                 L(clause_environnementale=1, allotissement=0,
                   evidence=["Les véhicules affectés aux tournées sont des véhicules à faibles émissions",
                             "Marché alloti : Non"]))


# --------------------------------------------------------------------- 29 avis TED anglais : prix et valeur technique, ISO 14001 en sélection (piège)
@doc
def d29():
    blocks = [
        TITLE("Contract notice", "Services", "Directive 2014/24/EU"),
        H("Section I: Contracting authority"),
        P("I.1) Name and addresses: Centre régional de gestion informatique des collectivités du Nord-Artois, "
          "3 rue des Carillons, Arlecourt, 62210, France. E-mail: achats@crgi-nordartois.fr"),
        P("I.4) Type of the contracting authority: Body governed by public law"),
        P("I.5) Main activity: General public services"),
        H("Section II: Object"),
        P("II.1.1) Title: Third-party application maintenance and hosting of the financial management software "
          "used by member authorities"),
        P("II.1.2) Main CPV code: 72267000"),
        P("II.1.3) Type of contract: Services"),
        P("II.1.4) Short description: Corrective and evolutive maintenance, hosting in a qualified cloud "
          "environment, and user support for the financial management software used by 87 member local "
          "authorities. The service includes the set-up of a pre-production environment and a training "
          "environment."),
        P("II.1.5) Estimated total value: Value excluding VAT: 860 000.00 EUR"),
        P("II.1.6) Information about lots: This contract is divided into lots: no"),
        P("II.2.5) Award criteria:"),
        P("Quality criterion - Name: Technical merit (maintenance methodology, service levels, security of the "
          "hosting environment, reversibility) / Weighting: 60"),
        P("Price - Weighting: 40"),
        P("II.2.7) Duration of the contract: Duration in months: 48. This contract is subject to renewal: no"),
        H("Section III: Legal, economic, financial and technical information"),
        P("III.1.2) Economic and financial standing: Selection criteria as stated in the procurement documents."),
        P("III.1.3) Technical and professional ability: List and brief description of selection criteria: "
          "references for similar services over the last three years; ISO/IEC 27001 certification of the "
          "hosting provider; ISO 14001 certificate or equivalent evidence of environmental management "
          "measures; description of the technical staff assigned."),
        P("III.1.5) Information about reserved contracts: not applicable"),
        H("Section IV: Procedure"),
        P("IV.1.1) Type of procedure: Open procedure"),
        P("IV.2.2) Time limit for receipt of tenders or requests to participate: 20/10/2026 Local time: 12:00"),
        H("Section VI: Complementary information"),
        P("VI.3) Additional information: The consultation documents are available free of charge on the buyer "
          "profile. Questions may be asked until 10 days before the time limit."),
        P("VI.4.1) Review body: Tribunal administratif de Lille"),
        P("VI.5) Date of dispatch of this notice: 09/09/2026"),
    ]
    return PIECE("29_ted_notice_software_maintenance.txt", "AVIS", "TED", "", blocks,
                 L(allotissement=0, montant_estime_ht=860000,
                   evidence=["This contract is divided into lots: no", "Value excluding VAT: 860 000.00 EUR"]))


# --------------------------------------------------------------------- 30 CCTP déconstruction : réemploi et valorisation imposés
@doc
def d30():
    c = C("la ville de Roche-Amboise", "Orléans", ccag="travaux", ref="2026-DEC-01")
    blocks = [
        TITLE("Ville de Roche-Amboise", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Déconstruction de l'ancienne halle des sports du quartier des Fontaines",
              "Lot n° 1 : curage, désamiantage et déconstruction"),
        H("1. Généralités"),
        P("Le présent document définit les prestations du lot n° 1 de l'opération, qui en compte trois (lot 1 : "
          "curage, désamiantage et déconstruction ; lot 2 : terrassement et remise en état du terrain ; lot 3 : "
          "clôtures et aménagements provisoires). La halle, construite en 1972, présente une emprise de "
          "2 100 m² ; sa structure est en charpente métallique sur poteaux en béton armé, avec un bardage en "
          "fibres-ciment et une couverture en bacs acier."),
        H("2. Documents de référence"),
        P("L'entrepreneur prend connaissance du repérage amiante avant démolition, du diagnostic plomb et du "
          "diagnostic relatif à la gestion des produits, équipements, matériaux et déchets (PEMD) annexés au "
          "dossier. Le diagnostic PEMD recense 1 450 tonnes de matériaux, dont 1 180 tonnes de déchets inertes, "
          "96 tonnes de métaux, 38 tonnes de bois et 24 tonnes de matériaux réemployables (bardage bois de la "
          "façade sud, portes métalliques, gradins amovibles, luminaires, sanitaires)."),
        H("3. Curage et dépose sélective"),
        P("Avant toute déconstruction, l'entrepreneur procède au curage complet du bâtiment. Les éléments "
          "identifiés comme réemployables au diagnostic PEMD sont déposés avec soin, sans être détériorés, "
          "conditionnés, étiquetés et stockés sur palettes à l'abri ; ils sont cédés à la ressourcerie "
          "désignée par la ville ou réemployés sur le chantier de la future maison de quartier. L'entrepreneur "
          "tient un registre des éléments déposés en vue du réemploi, avec leur quantité et leur destination."),
        P("Les déchets de curage sont triés au fur et à mesure en flux séparés : bois, métaux, plâtre, "
          "plastiques, verre, déchets d'équipements électriques et électroniques, déchets non dangereux en "
          "mélange. Le mélange de flux est interdit."),
        H("4. Désamiantage"),
        P("Le retrait des plaques de bardage et des dalles de sol amiantées est réalisé par une entreprise "
          "certifiée, selon le plan de retrait transmis à l'inspection du travail. Les déchets amiantés sont "
          "conditionnés en big-bags et évacués vers une installation autorisée avec bordereau de suivi "
          "dématérialisé."),
        H("5. Déconstruction"),
        P("La structure est déconstruite à la pelle équipée d'une cisaille et d'un broyeur, par travées, après "
          "déconnexion des réseaux. Les bétons sont concassés sur place ; le concassé 0/31,5 conforme au guide "
          "régional de valorisation est réutilisé en remblai de la plate-forme par le lot n° 2. Les aciers de "
          "charpente sont découpés et dirigés vers un ferrailleur."),
        H("6. Objectifs de valorisation et traçabilité"),
        P("L'entrepreneur atteint un taux de valorisation matière d'au moins 80 % en masse des déchets non "
          "dangereux hors terres, réemploi compris. Il justifie chaque évacuation par un bon de pesée ou un "
          "bordereau, et remet en fin de chantier le récapitulatif prévu par le diagnostic PEMD. Si le taux "
          "constaté est inférieur à l'objectif, une retenue de 2 000 euros par point manquant est appliquée "
          "sur le solde du lot."),
        H("7. Nuisances et sécurité"),
        P("Les travaux sont réalisés de 8 h à 18 h, du lundi au vendredi. L'entrepreneur brumise les zones de "
          "démolition pour limiter les poussières et installe des clôtures pleines de 2 m de hauteur en "
          "périphérie. Les mesures d'empoussièrement en limite de chantier sont transmises chaque semaine."),
    ]
    return PIECE("30_cctp_deconstruction_halle_lot1.pdf", "CCTP", "Ville de Roche-Amboise – CCTP lot 1 – " + c["ref"],
                 "CCTP – déconstruction de la halle des Fontaines", blocks,
                 L(clause_environnementale=1, allotissement=1, nb_lots=3,
                   evidence=["Les éléments identifiés comme réemployables au diagnostic PEMD sont déposés avec soin",
                             "taux de valorisation matière d'au moins 80 % en masse",
                             "lot n° 1 de l'opération, qui en compte trois"]),
                 hyphen=True)


# --------------------------------------------------------------------- 31 avis eForms français : aucun achat stratégique, prix seul (piège)
@doc
def d31():
    blocks = [
        TITLE("Avis de marché", "Directive 2014/24/UE – Régime standard",
              "Fourniture de sel régénérant et de produits de traitement de l'eau des piscines"),
        H("1. Acheteur"),
        P("1.1 Acheteur – Nom officiel : Communauté urbaine de Belforte-Ouest – Forme juridique de l'acheteur : "
          "Collectivité territoriale"),
        H("2. Procédure"),
        P("2.1 Procédure – Titre : Fourniture de produits de traitement de l'eau pour les piscines communautaires"),
        P("Description : Accord-cadre à bons de commande pour la fourniture de sel régénérant, de chlore, de "
          "correcteurs de pH et de floculants pour les quatre piscines communautaires."),
        P("Type de procédure : Ouverte"),
        P("2.1.1 Objet – Nature du marché : Fournitures – Nomenclature principale (cpv) : 24962000 Produits "
          "chimiques pour le traitement de l'eau"),
        H("5. Lot"),
        P("5.1 Lot : LOT-0000"),
        P("Titre : Produits de traitement de l'eau des piscines"),
        P("5.1.3 Durée estimée – Durée : 3 ANNÉE"),
        P("5.1.5 Valeur – Valeur estimée hors TVA : 210 000,00 EUR"),
        P("5.1.6 Informations générales – Participation réservée : La participation n'est pas réservée."),
        P("Marché public vert : Aucune procédure de passation de marché public vert"),
        P("5.1.7 Achat stratégique – Objectif de l'achat stratégique : Pas d'achat stratégique"),
        P("5.1.9 Critères de sélection – Critère : Type : Capacité technique et professionnelle – Description : "
          "références de livraisons de produits de traitement de l'eau à des établissements recevant du public."),
        P("5.1.10 Critères d'attribution"),
        P("Critère : Type : Prix – Nom : Prix – Description : montant du détail quantitatif estimatif – "
          "Pondération (pourcentage, valeur exacte) : 100"),
        P("5.1.12 Conditions du marché – Conditions relatives à l'exécution du marché : Livraison sous cinq jours "
          "ouvrés dans les locaux techniques des piscines, fiches de données de sécurité jointes à chaque "
          "première livraison."),
        P("5.1.16 Informations complémentaires, médiation et réexamen – Organisation chargée des procédures de "
          "recours : Tribunal administratif de Besançon"),
        H("11. Informations relatives à l'avis"),
        P("Type de formulaire : Mise en concurrence – Date d'envoi de l'avis : 11/09/2026 – Langues : français"),
    ]
    return PIECE("31_avis_eforms_traitement_eau_piscines.txt", "AVIS", "eForms", "", blocks,
                 L(montant_estime_ht=210000, evidence=["Valeur estimée hors TVA : 210 000,00 EUR"]))


# --------------------------------------------------------------------- 32 RC matériel informatique : critère environnemental + « environnement technique »
@doc
def d32():
    c = C("le conseil départemental de la Vézère-Haute", "Limoges", profil="https://achats.vezere-haute.fr",
          ref="CD-2026-INF")
    blocks = [
        TITLE("Département de la Vézère-Haute – Direction du numérique", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture de postes de travail, d'écrans et d'imprimantes pour les collèges et les services",
              "Appel d'offres ouvert – accords-cadres à bons de commande"),
        H("Article 1 – Objet et allotissement"),
        P("La consultation porte sur la fourniture de matériels informatiques. Elle est décomposée en 3 lots : "
          "lot 1 « Postes de travail fixes et portables » ; lot 2 « Écrans » ; lot 3 « Imprimantes et "
          "multifonctions ». Chaque lot donne lieu à un accord-cadre mono-attributaire conclu pour deux ans, "
          "reconductible une fois."),
        H("Article 2 – Contenu de l'offre"),
        P("Pour chaque lot : acte d'engagement, bordereau des prix unitaires, détail quantitatif estimatif, "
          "fiches techniques des matériels, certificats et déclarations des fabricants, cadre de réponse "
          "technique complété."),
        H("Article 3 – Critères de jugement des offres"),
        P("Les offres sont jugées lot par lot selon les critères suivants :"),
        RTAB([["Critère", "Pondération"],
              ["1. Prix (détail quantitatif estimatif)", "45 %"],
              ["2. Valeur technique", "35 %"],
              ["3. Performance environnementale des matériels", "20 %"]], widths=[5, 1.2], align="lr"),
        P("Le critère n° 2 comprend : les performances des matériels au regard du CCTP (15 %), la compatibilité "
          "avec l'environnement technique du département (masterisation, déploiement par le réseau, gestion "
          "centralisée des parcs) (10 %) et les conditions de garantie sur site (10 %)."),
        P("Le critère n° 3 comprend :"),
        LST(["la consommation électrique typique (TEC) déclarée et les certifications énergétiques des "
             "matériels (8 %) ;",
             "la durée de disponibilité des pièces détachées après la fin de commercialisation et l'indice de "
             "réparabilité (8 %) ;",
             "la réduction des emballages et leur reprise lors des livraisons (4 %)."]),
        P("Les éléments déclarés au titre des critères n° 2 et n° 3 sont justifiés par les fiches des fabricants "
          "ou par tout moyen de preuve équivalent."),
        H("Article 4 – Échantillons"),
        P("Pour les lots 1 et 2, les candidats classés dans les trois premiers peuvent être invités à remettre un "
          "échantillon de chaque modèle proposé dans un délai de dix jours ; l'échantillon est restitué."),
        H("Article 5 – Remise des offres"),
        P("Les plis sont déposés sur https://achats.vezere-haute.fr. Le délai de validité des offres est de 150 "
          "jours. Recours : tribunal administratif de Limoges."),
    ]
    return PIECE("32_rc_materiel_informatique.docx", "RC", "Département de la Vézère-Haute – RC – " + c["ref"],
                 "RC – matériels informatiques", blocks,
                 L(critere_environnemental=1, allotissement=1, nb_lots=3,
                   evidence=["3. Performance environnementale des matériels",
                             "la consommation électrique typique (TEC) déclarée",
                             "Elle est décomposée en 3 lots"]))


# --------------------------------------------------------------------- 33 cadre de réponse SI : « environnement » informatique (piège)
@doc
def d33():
    c = C("le syndicat intercommunal du numérique des Pays d'Ouche", "Caen", ref="SINPO-2026-03")
    blocks = [
        TITLE("Syndicat intercommunal du numérique des Pays d'Ouche", "CADRE DE RÉPONSE TECHNIQUE",
              "Hébergement et infogérance des applications métiers des communes adhérentes",
              "À compléter par le candidat – ce cadre constitue le mémoire technique"),
        H("Avertissement"),
        P("Les parties 1 à 4 sont notées au titre du critère « valeur technique » (60 % de la note), selon le "
          "barème indiqué pour chacune. La partie 5 n'est pas notée. Le candidat respecte le nombre maximal de "
          "pages indiqué ; les pages au-delà ne sont pas lues."),
        H("Partie 1 – Compréhension du besoin et gouvernance (10 points, 2 pages)"),
        P("Présentez votre compréhension du contexte des 54 communes adhérentes, l'organisation de la "
          "gouvernance du contrat (comités, instances, indicateurs) et l'interlocuteur unique proposé."),
        H("Partie 2 – Environnement d'hébergement (20 points, 4 pages)"),
        P("Décrivez l'environnement d'hébergement proposé : centres de données, qualification SecNumCloud ou "
          "certification ISO/IEC 27001, architecture, séparation des environnements de production, de "
          "recette et de formation, sauvegardes et plan de reprise d'activité."),
        TAB([["Environnement", "Localisation du centre de données", "Certification", "RPO / RTO"],
             ["Production", "", "", ""], ["Recette", "", "", ""], ["Formation", "", "", ""]],
            widths=[1.6, 2.6, 1.6, 1.2]),
        H("Partie 3 – Infogérance et niveaux de service (20 points, 4 pages)"),
        P("Indiquez les engagements de disponibilité, les délais de prise en compte et de résolution par niveau "
          "de criticité, les plages de support et les modalités de supervision."),
        H("Partie 4 – Réversibilité (10 points, 2 pages)"),
        P("Décrivez le plan de réversibilité, les formats de restitution des données et l'assistance apportée au "
          "successeur."),
        H("Partie 5 – Présentation du candidat (non notée)"),
        P("Effectifs, implantations, certifications éventuelles de l'entreprise (qualité, sécurité, "
          "environnement), principales références auprès de collectivités."),
        P("Date, nom et signature du représentant habilité :"),
    ]
    return PIECE("33_cadre_reponse_hebergement_infogerance.pdf", "CADRE",
                 "SIN des Pays d'Ouche – Cadre de réponse – " + c["ref"], "Cadre de réponse technique", blocks,
                 L(evidence=[]))


# --------------------------------------------------------------------- 34 avis eForms anglais : critère social
@doc
def d34():
    blocks = [
        TITLE("Contract notice", "Directive 2014/24/EU – Standard regime",
              "Cleaning of public spaces and removal of graffiti"),
        H("1. Buyer"),
        P("1.1 Buyer – Official name: Ville de Marvejac-sur-Tarn – Legal type of the buyer: Local authority"),
        H("2. Procedure"),
        P("2.1 Procedure – Title: Cleaning of public spaces, emptying of litter bins and removal of graffiti in "
          "the historic centre"),
        P("Description: Framework agreement for the manual and mechanical cleaning of streets and squares of the "
          "historic centre, emptying of public litter bins and removal of graffiti and fly-posting."),
        P("Procedure type: Open"),
        P("2.1.1 Purpose – Main nature of the contract: Services – Main classification (cpv): 90610000 Street-"
          "cleaning and sweeping services"),
        H("5. Lot"),
        P("5.1 Lot: LOT-0000"),
        P("Title: Cleaning of public spaces and removal of graffiti"),
        P("5.1.3 Estimated duration – Duration: 4 YEAR"),
        P("5.1.5 Value – Maximum value of the framework agreement: 1 120 000.00 EUR"),
        P("5.1.6 General information – Reserved participation: Participation is not reserved."),
        P("5.1.7 Strategic procurement – Aim of strategic procurement: Reduction of social impacts – Approach "
          "to reducing social impacts: Employment opportunities for long-term unemployed, disadvantaged persons "
          "and/or persons with disabilities"),
        P("5.1.10 Award criteria"),
        P("Criterion: Type: Quality – Name: Technical value – Description: organisation of teams, frequencies, "
          "equipment, quality control – Weight (percentage, exact): 40"),
        P("Criterion: Type: Quality – Name: Social integration – Description: quality of the support offered "
          "to persons far from employment assigned to the contract (supervision, tutoring, training, "
          "outcomes of previous pathways) – Weight (percentage, exact): 15"),
        P("Criterion: Type: Price – Name: Price – Weight (percentage, exact): 45"),
        P("5.1.12 Terms of procurement – Terms of performance: see the procurement documents."),
        P("Framework agreement: Framework agreement, without reopening of competition – Maximum number of "
          "participants: 1"),
        P("5.1.16 Further information, mediation and review – Review organisation: Tribunal administratif de "
          "Toulouse"),
        H("11. Notice information"),
        P("Notice type: Contract or concession notice – standard regime – Notice dispatch date: 14/09/2026 – "
          "Languages: English, French"),
    ]
    return PIECE("34_eforms_notice_public_spaces_cleaning.txt", "AVIS", "eForms", "", blocks,
                 L(clause_sociale="?", critere_social=1, montant_max_ht=1120000,
                   evidence=["Aim of strategic procurement: Reduction of social impacts",
                             "Name: Social integration", "Weight (percentage, exact): 15",
                             "Maximum value of the framework agreement: 1 120 000.00 EUR"]))


# --------------------------------------------------------------------- 35 CCP de MAPA maintenance : prix seul, rappels légaux (piège)
@doc
def d35():
    c = C("la commune de Belval-en-Argonne", "Châlons-en-Champagne", delai=30, ref="2026-MA-04")
    blocks = [
        TITLE("Commune de Belval-en-Argonne", "CAHIER DES CLAUSES PARTICULIÈRES",
              "Maintenance et vérification périodique des extincteurs et des systèmes de désenfumage",
              "Marché à procédure adaptée – le présent CCP vaut règlement de la consultation"),
        *A("Objet",
           "Le marché a pour objet la vérification annuelle, la maintenance et le remplacement éventuel des 186 "
           "extincteurs et des dispositifs de désenfumage naturel des bâtiments communaux (écoles, salle des "
           "fêtes, mairie, gymnase, ateliers), conformément au règlement de sécurité contre les risques "
           "d'incendie dans les établissements recevant du public."),
        *A("Durée",
           "Le marché est conclu pour trois ans à compter du 1er janvier 2027. Il n'est pas reconductible."),
        *A("Prestations",
           "La vérification annuelle a lieu en mars. Le titulaire appose sur chaque appareil une étiquette de "
           "vérification, remet un rapport par bâtiment et signale les appareils à remplacer. Les remplacements "
           "sont exécutés sur devis accepté, sur la base des prix du bordereau.",
           "Les appareils remplacés sont laissés à la disposition de la commune, qui décide de leur devenir."),
        *A("Obligations sociales et fiscales",
           "Le titulaire fournit tous les six mois les attestations prévues aux articles L8222-1 et D8222-5 du "
           "code du travail. Il respecte les dispositions relatives à l'obligation d'emploi des travailleurs "
           "handicapés (articles L5212-1 à L5212-11 du code du travail) et, le cas échéant, au détachement de "
           "salariés."),
        *a_prix(c),
        *a_paiement(c),
        *A("Pénalités",
           "Retard dans la vérification annuelle : 50 euros par jour. Absence de rapport : 100 euros par "
           "bâtiment."),
        *A("Contenu de l'offre et jugement",
           "Le candidat remet le présent CCP signé, le bordereau des prix et la liste de ses techniciens "
           "habilités. L'offre retenue est la moins-disante : le seul critère est le prix, apprécié sur le "
           "montant du détail estimatif annexé au bordereau.",
           "Le marché n'est pas alloti."),
        *a_litiges(c),
    ]
    return PIECE("35_ccp_mapa_extincteurs.pdf", "CCAP", "Commune de Belval-en-Argonne – CCP – " + c["ref"],
                 "CCP – maintenance des extincteurs", blocks,
                 L(allotissement=0, evidence=["Le marché n'est pas alloti"]))


# --------------------------------------------------------------------- 36 CCP de MAPA espaces verts : insertion, zéro pesticide, critère
@doc
def d36():
    c = C("la commune de Saint-Gildas-des-Prés", "Nantes", delai=30, ref="2026-EV-02")
    blocks = [
        TITLE("Commune de Saint-Gildas-des-Prés", "CAHIER DES CLAUSES PARTICULIÈRES (CCP)",
              "Entretien des espaces verts communaux et du cimetière",
              "Marché passé selon la procédure adaptée – le CCP tient lieu de CCAP et de CCTP"),
        *A("Objet et durée",
           "Le marché porte sur l'entretien des espaces verts communaux (9,8 ha), des abords des équipements "
           "sportifs et du cimetière. Il est conclu pour un an à compter du 1er mars 2027, reconductible deux "
           "fois. Le marché n'est pas alloti."),
        *A("Prestations",
           "Les prestations comprennent la tonte, la taille des haies et arbustes, le désherbage, le ramassage "
           "des feuilles et l'entretien des massifs, selon les fréquences du tableau annexé. Le désherbage du "
           "cimetière et des allées est exclusivement manuel, mécanique ou thermique : aucun produit "
           "phytopharmaceutique, y compris de biocontrôle, n'est employé sur les espaces confiés. Les déchets "
           "verts sont broyés et réutilisés en paillage sur site ou déposés à la plateforme de compostage "
           "communale."),
        *A("Clause sociale d'insertion",
           "En application de l'article L2112-2 du code de la commande publique, le titulaire s'engage à réserver "
           "350 heures de travail par an à l'exécution d'une action d'insertion au profit de personnes "
           "rencontrant des difficultés sociales ou professionnelles particulières (demandeurs d'emploi de longue "
           "durée, bénéficiaires du RSA, jeunes de moins de 26 ans sans qualification, travailleurs handicapés).",
           "Le titulaire peut recourir à l'embauche directe, à la mise à disposition par une structure "
           "d'insertion par l'activité économique ou à la sous-traitance à une telle structure. Le facilitateur "
           "du PLIE du Pays de Retz valide l'éligibilité des personnes et assure le suivi. Chaque heure non "
           "réalisée donne lieu à une pénalité de 40 euros."),
        *A("Personnel et matériel",
           "Le titulaire affecte un chef d'équipe référent. Le matériel utilisé est en bon état et conforme aux "
           "règles de sécurité ; les interventions bruyantes près des écoles sont évitées pendant les heures de "
           "classe."),
        *a_prix(c),
        *a_paiement(c),
        *A("Jugement des offres",
           "Les offres sont jugées selon les critères suivants :",
           ["prix : 60 % ;",
            "valeur technique : 40 %, notée sur 40 points : organisation, moyens humains et matériels (20 "
            "points) ; méthodes d'entretien écologique (paillage, fauche tardive, gestion des déchets verts sur "
            "place, matériel électrique) (10 points) ; planning et réactivité (10 points)."]),
        *a_litiges(c),
    ]
    return PIECE("36_ccp_mapa_espaces_verts_cimetiere.pdf", "CCAP",
                 "Commune de Saint-Gildas-des-Prés – CCP – " + c["ref"], "CCP – entretien des espaces verts", blocks,
                 L(clause_sociale=1, clause_insertion=1, heures_insertion=350, clause_environnementale=1,
                   critere_environnemental=1, allotissement=0,
                   evidence=["le titulaire s'engage à réserver 350 heures de travail par an",
                             "aucun produit phytopharmaceutique, y compris de biocontrôle, n'est employé",
                             "méthodes d'entretien écologique", "Le marché n'est pas alloti"]),
                 hyphen=True)


# ----------------------------------------------------------------------------- contrôles et écriture
# Adapté de blind_values_13/make_documents.py, lignes 2433-2467 (extra_checks, build_piece) et 2505-2611 (main).
_CATEGORIES = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
               "clause_environnementale", "critere_environnemental")


def extra_checks(rows):
    out = []
    for r in rows:
        if r["doc_type"] not in _DOC_TYPES:
            out.append("%s : doc_type %s" % (r["path"], r["doc_type"]))
        for col in _CATEGORIES:
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


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows, problems, kinds, pages = [], [], {}, {}
    names = set()
    for f in DOCS:
        p = f()
        if p["file"] in names:
            problems.append("%s : nom en double" % p["file"])
        names.add(p["file"])
        problems.extend(check_articles(p))
        n = build_piece(OUT, p)
        ext = p["file"].rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
        if n is not None:
            pages[n] = pages.get(n, 0) + 1
            if not (1 <= n <= 4):
                problems.append("%s : %d pages" % (p["file"], n))
        lab = dict(p["label"])
        txt = plain_text(p["final_blocks"])
        for q in lab["evidence"]:
            if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                continue
            if norm(q) not in txt:
                problems.append("%s : preuve absente : %r" % (p["file"], q))
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
        if p["doc_type"] not in _DOC_TYPES:
            problems.append("%s : doc_type" % p["file"])
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
    neg = sum(1 for r in rows if all(r[c] == "0" for c in _CATEGORIES))
    print("%d documents (%s) ; sans aucune considération : %d ; pages des PDF : %s ; césures forcées %d, "
          "nombres coupés %d" % (len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), neg,
                                 ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())),
                                 HY_STATS["cut"], SB_STATS["cut"]))
    for c in _CATEGORIES:
        print("  %s = 1 : %d" % (c, sum(1 for r in rows if r[c] == "1")))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
