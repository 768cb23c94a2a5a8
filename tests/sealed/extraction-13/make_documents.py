#!/usr/bin/env python3
"""Construit le jeu scellé extraction-13 : douze dossiers de consultation (DCE) complets.

Écrit par une session d'aide lancée par le projet, agissant comme annotateur aveugle (sans lecture du
moteur, des règles, des modèles ni des autres jeux d'essai).

Infrastructure d'écriture reprise de tests/data/blind_values_13/make_documents.py, lignes 27-615
(PDF reportlab avec vrais tableaux, pages à deux colonnes, césure, nombres coupés SB, césure forcée HY ;
DOCX python-docx ; TXT ; aides de saisie). Ajouts propres à ce jeu : numérotation « Article / ARTICLE /
Art. », pièces XML (avis eForms), dossiers livrés en ZIP (sous-dossiers, noms de fichiers de plateforme),
contrôle des preuves sur le texte EXTRAIT des fichiers produits (pypdf, python-docx, lxml, lecture
simple), double construction et comparaison des md5.

Déterministe : pas d'aléa ; PDF invariant=1 ; entrées DOCX et ZIP datées du 2026-01-01.
Écrit dossiers/<id>/<pièce> (ou dossiers/<id>.zip), dossiers/labels.csv (une ligne par pièce,
étiquetée pour la pièce seule selon /work/shared/eval/LABELS.md) et dossiers.yml (valeurs du dossier
entier). Tous les acheteurs, lieux, SIRET, personnes, références et montants sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F
(U+00A0 dans les PDF) ; BR = retour à la ligne forcé (PDF) ; SB = coupure possible d'un nombre en fin
de ligne (PDF) ; HY = césure possible d'un mot court (PDF).

Usage : /work/main/.venv/bin/python tests/sealed/extraction-13/make_documents.py
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
SET_NAME = "extraction-13"

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




# ============================================================================= ajouts extraction-13
import hashlib
import tempfile

import pypdf
from lxml import etree

_ART = re.compile(r"^(Article|ARTICLE|Art\.) (\d+|#)")


def number_articles(blocks):
    """« Article # », « ARTICLE # » ou « Art. # » reçoit le numéro suivant le dernier article numéroté."""
    n = 0
    out = []
    for b in blocks:
        if b[0] in ("h", "h2"):
            m = _ART.match(b[1])
            if m:
                if m.group(2) == "#":
                    n += 1
                    b = (b[0], b[1].replace(m.group(1) + " #", "%s %d" % (m.group(1), n), 1))
                else:
                    n = int(m.group(2))
        out.append(b)
    return out


def mkA(fmt):
    """Fabrique d'articles : fmt contient « # » (numéro) et « {t} » (titre)."""
    def A(title, *paras):
        out = [H(fmt.replace("{t}", title))]
        for x in paras:
            if isinstance(x, tuple):
                out.append(x)
            elif isinstance(x, list):
                out.append(LST(x))
            else:
                out.append(P(x))
        return out
    return A


AA1 = mkA("Article # – {t}")
AA2 = mkA("ARTICLE # - {t}")
AA3 = mkA("Article # : {t}")
AA4 = mkA("Art. # – {t}")


def C(**kw):
    """Contexte d'un acheteur pour les articles de remplissage."""
    d = dict(qui="l'acheteur", ta="Nantes", ccag="fournitures courantes et services", profil="",
             ref="", ville="", ccira="Nantes", paiement=30, proc="ao", ac=False)
    d.update(kw)
    d["Qui"] = d["qui"][0].upper() + d["qui"][1:]
    return d


def sb(s):
    """Nombre « 1 295 » dont les espaces deviennent des coupures possibles en fin de ligne (PDF)."""
    return s.replace(" ", SB)


def XMLPIECE(file, doc_type, xml, label):
    return dict(file=file, doc_type=doc_type, header="", footer="", blocks=[], xml=xml, label=label)


# ----------------------------------------------------------------------------- extraction (contrôle)
def extract_text(name, data):
    ext = name.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        r = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join((p.extract_text() or "") for p in r.pages)
    if ext == "docx":
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext == "xml":
        root = etree.fromstring(data)
        return " ".join(root.itertext())
    return data.decode("utf-8")


_WS = re.compile(r"\s+")


def norm_extracted(s):
    s = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", s)      # césure de fin de ligne recollée
    s = s.replace(NB, " ").replace(NNB, " ").replace("\u2009", " ")
    return _WS.sub(" ", s).strip()


def norm_quote(q):
    return _WS.sub(" ", norm(q).replace("\u2009", " ")).strip()


_DOC_TYPES = {"RC", "CCAP", "CCTP", "AE", "BPU", "DPGF", "DQE", "AVIS", "QR", "FORM", "CADRE", "AUTRE"}


# ============================================================================= articles de remplissage
# Écrits pour ce jeu. Aucun ne porte de clause sociale ou environnementale, de critère, de lot, de
# montant estimé ou maximum ; certains portent des sosies (rappels légaux L. 5212-1, travail dissimulé,
# seuil de 50 000 € HT de l'avance, « heures » ouvrées, indemnité de 40 €…). Chaque fonction prend le
# contexte c, une variante v (0, 1 ou 2) et une fabrique d'articles A.

def rc_modifs(c, v, A):
    t = [
        "Le pouvoir adjudicateur se réserve le droit d'apporter, au plus tard six jours avant la date limite "
        "fixée pour la réception des offres, des modifications de détail au dossier de consultation. Les "
        "candidats devront alors répondre sur la base du dossier modifié sans pouvoir élever aucune "
        "réclamation à ce sujet. Si, pendant l'étude du dossier par les candidats, la date limite est "
        "reportée, la disposition précédente est applicable en fonction de cette nouvelle date.",
        "Des compléments ou des modifications de détail peuvent être apportés au DCE jusqu'à huit jours "
        "calendaires avant la date limite de remise des plis. Les opérateurs économiques qui ont téléchargé le "
        "dossier en s'identifiant en sont avertis par message électronique ; il leur appartient de consulter "
        "régulièrement la plateforme, notamment s'ils ont retiré le dossier de manière anonyme.",
        "%s peut modifier le dossier de consultation au plus tard dix jours avant la date de remise des "
        "offres. Ces modifications sont notifiées à tous les candidats ayant retiré le dossier en "
        "s'identifiant, qui répondent sur la base du dossier modifié." % c["Qui"],
    ][v]
    return A("Modifications de détail du dossier de consultation", t)


def rc_validite(c, v, A):
    t = ["Le délai de validité des offres est fixé à cent vingt (120) jours à compter de la date limite de "
         "réception des offres.",
         "Les offres restent valables pendant 180 jours à compter de la date limite fixée pour leur remise.",
         "Délai de validité des propositions : quatre mois à compter de la date limite de réception des "
         "offres."][v]
    return A("Délai de validité des offres", t)


def rc_candidature(c, v, A, extra=None):
    intro = ["Chaque candidat produit un dossier complet comprenant les pièces suivantes, rédigées en langue "
             "française :",
             "Le pli de candidature contient, au choix du candidat, les formulaires DC1 et DC2 dans leur "
             "dernière version ou le document unique de marché européen (DUME), ainsi que :",
             "Les candidats peuvent présenter leur candidature au moyen du DUME électronique. À défaut, ils "
             "fournissent :"][v]
    items = [
        "la lettre de candidature et d'habilitation du mandataire par ses co-traitants (DC1 ou équivalent) ;",
        "la déclaration sur l'honneur attestant que le candidat n'entre dans aucun des cas d'exclusion prévus "
        "aux articles L. 2141-1 à L. 2141-5 et L. 2141-7 à L. 2141-11 du code de la commande publique, et "
        "qu'il satisfait aux obligations des articles L. 5212-1 à L. 5212-11 du code du travail relatives à "
        "l'emploi des travailleurs handicapés ;",
        "une déclaration concernant le chiffre d'affaires global et le chiffre d'affaires concernant les "
        "prestations objet du marché, réalisés au cours des trois derniers exercices disponibles ;",
        "une attestation d'assurance de responsabilité civile professionnelle en cours de validité ;",
        "une liste des principales prestations comparables exécutées au cours des trois dernières années, "
        "indiquant le montant, la date et le destinataire public ou privé ;",
        "une déclaration indiquant les effectifs moyens annuels du candidat et l'importance du personnel "
        "d'encadrement pour chacune des trois dernières années.",
    ]
    if extra:
        items = items + extra
    tail = ["Si le candidat s'appuie sur les capacités d'autres opérateurs économiques, il justifie des "
            "capacités de ceux-ci et apporte la preuve qu'il en disposera pour l'exécution du marché.",
            "Les documents et renseignements déjà transmis à l'acheteur lors d'une précédente consultation et "
            "qui demeurent valables n'ont pas à être fournis de nouveau, à condition que le candidat l'indique.",
            "En cas de groupement, chaque membre fournit les pièces ci-dessus ; les capacités sont "
            "appréciées globalement."][v]
    return A("Pièces de la candidature", intro, items, tail)


def rc_variantes(c, v, A):
    t = ["Les variantes à l'initiative des candidats ne sont pas autorisées.",
         "Aucune variante n'est admise. Aucune prestation supplémentaire éventuelle n'est prévue.",
         "Les candidats doivent obligatoirement présenter une offre conforme à la solution de base ; les "
         "variantes ne sont pas autorisées."][v]
    return A("Variantes", t)


def rc_negociation(c, v, A):
    if c["proc"] == "mapa":
        t = ["Le pouvoir adjudicateur se réserve la possibilité de négocier avec les trois candidats ayant "
             "présenté les offres les mieux classées au regard des critères ci-dessus. La négociation peut "
             "porter sur tous les éléments de l'offre, notamment le prix. Il peut également attribuer le "
             "marché sur la base des offres initiales, sans négociation.",
             "Après un premier classement, %s pourra engager des négociations, par écrit via la "
             "plateforme, avec les candidats dont l'offre n'est pas inacceptable. Il se réserve toutefois le "
             "droit d'attribuer sans négocier." % c["qui"],
             "Une phase de négociation pourra être engagée avec l'ensemble des candidats ayant remis une offre "
             "régulière, acceptable et appropriée, ou avec les deux ou trois premiers d'entre eux. Les offres "
             "irrégulières pourront être régularisées à cette occasion."][v]
    else:
        t = ["Conformément à l'article R. 2161-5 du code de la commande publique, aucune négociation n'est "
             "autorisée. L'acheteur peut seulement demander aux candidats de préciser ou de compléter la "
             "teneur de leur offre.",
             "La procédure d'appel d'offres ne permet pas de négocier. Les offres irrégulières pourront "
             "toutefois être régularisées dans les conditions de l'article R. 2152-2, à condition qu'elles ne "
             "soient pas anormalement basses.",
             "Aucune négociation n'aura lieu. Toute offre paraissant anormalement basse fera l'objet d'une "
             "demande de précisions conformément aux articles R. 2152-3 et R. 2152-4 ; elle sera rejetée si "
             "les justifications ne sont pas suffisantes."][v]
    return A("Négociation" if c["proc"] == "mapa" else "Absence de négociation – offres anormalement basses", t)


def rc_remise(c, v, A):
    p1 = ["La transmission des plis se fait exclusivement par voie électronique sur le profil d'acheteur "
          "%s. Aucun pli papier ni aucune offre transmise par courriel ne sera accepté." % c["profil"],
          "Les plis sont déposés sur la plateforme de dématérialisation %s avant la date et l'heure limites "
          "indiquées en page de garde. Le candidat est invité à anticiper le temps de téléchargement, qui "
          "dépend de la taille des fichiers et du débit de sa connexion." % c["profil"],
          "Seule la remise électronique est autorisée, à l'adresse %s. Un accusé de réception horodaté est "
          "adressé au candidat à la fin du dépôt." % c["profil"]][v]
    p2 = ["Les formats de fichiers acceptés sont : .pdf, .docx, .xlsx, .odt, .ods, .jpg. Les fichiers "
          "exécutables et les macros sont proscrits. La signature électronique de l'offre n'est pas exigée au "
          "stade du dépôt ; seul l'attributaire sera invité à signer son acte d'engagement.",
          "Le candidat peut adresser, en parallèle, une copie de sauvegarde sur support physique électronique "
          "ou sur support papier, dans les conditions de l'arrêté du 22 mars 2019. Cette copie ne peut être "
          "ouverte que si un programme malveillant est détecté ou si l'offre électronique n'est pas parvenue "
          "dans les délais.",
          "Tout pli reçu hors délai est éliminé. En cas de dépôts successifs, seul le dernier pli reçu dans le "
          "délai est ouvert ; les précédents sont réputés retirés."][v]
    return A("Conditions d'envoi et de remise des plis", p1, p2)


def rc_renseignements(c, v, A):
    t = ["Pour obtenir les renseignements complémentaires qui leur seraient nécessaires, les candidats posent "
         "leurs questions par écrit, via la plateforme, au plus tard dix jours avant la date limite de remise "
         "des offres. Une réponse est adressée à tous les candidats ayant retiré le dossier au plus tard six "
         "jours avant cette date.",
         "Les demandes de renseignements d'ordre administratif ou technique sont déposées sur le profil "
         "d'acheteur jusqu'au douzième jour précédant la date limite. Les réponses, anonymisées, sont "
         "publiées dans le registre des questions-réponses.",
         "Toute question est posée exclusivement sur la plateforme. Il ne sera répondu à aucune question "
         "posée par téléphone. Les réponses sont mises à disposition de l'ensemble des candidats."][v]
    return A("Renseignements complémentaires", t)


def rc_recours(c, v, A):
    t = ["Instance chargée des procédures de recours : Tribunal administratif de %s. Un référé "
         "précontractuel peut être introduit jusqu'à la signature du marché (article L. 551-1 du code de "
         "justice administrative) ; un référé contractuel, dans les conditions des articles L. 551-13 et "
         "suivants ; un recours de pleine juridiction en contestation de la validité du contrat, dans un "
         "délai de deux mois à compter de la publication de l'avis d'attribution." % c["ta"],
         "Les recours peuvent être portés devant le Tribunal administratif de %s. Les renseignements "
         "relatifs à l'introduction des recours peuvent être obtenus auprès du greffe de ce tribunal." % c["ta"],
         "Tribunal compétent : Tribunal administratif de %s. Voies de recours : référé précontractuel avant "
         "la signature ; référé contractuel après la signature ; recours en contestation de validité du "
         "contrat (CE, Ass., 4 avril 2014, Département de Tarn-et-Garonne)." % c["ta"]][v]
    return A("Procédures de recours", t)


def rc_attribution(c, v, A):
    t = ["Le candidat dont l'offre est retenue produit, dans un délai de huit jours à compter de la demande, "
         "les certificats et attestations mentionnés aux articles R. 2143-6 à R. 2143-10 du code de la "
         "commande publique. À défaut, son offre est rejetée et le candidat classé immédiatement après lui "
         "est sollicité.",
         "L'attributaire pressenti transmet dans les sept jours : l'attestation de vigilance URSSAF de moins "
         "de six mois, l'attestation de régularité fiscale, un extrait K ou Kbis et, le cas échéant, la liste "
         "nominative des salariés étrangers soumis à autorisation de travail.",
         "Avant la notification, l'attributaire remet les attestations sociales et fiscales ainsi que ses "
         "attestations d'assurance. Faute de production dans le délai imparti, l'acheteur peut attribuer le "
         "marché au candidat classé en deuxième position (article R. 2144-7)."][v]
    return A("Attribution du marché", t)


def ccap_prix(c, v, A, indice, forme="unitaires"):
    p1 = ["Les prix sont réputés comprendre toutes les charges fiscales, parafiscales ou autres frappant "
          "obligatoirement les prestations, ainsi que tous les frais de déplacement, de transport, "
          "d'emballage et de gestion." ,
          "Les prix %s comprennent l'ensemble des sujétions d'exécution, les frais généraux, les impôts et "
          "taxes, ainsi que la marge pour risques et bénéfice du titulaire." % forme,
          "Les prestations sont réglées par application des prix %s. Ces prix incluent toutes les dépenses "
          "résultant de l'exécution, y compris les frais de coordination et de contrôle interne." % forme][v]
    p2 = ("Les prix sont révisables annuellement, à la date anniversaire de la notification, par application "
          "de la formule P = P0 × (0,15 + 0,85 × I / I0), où I0 est la valeur de l'indice %s publiée pour le "
          "mois de remise des offres (mois zéro) et I la dernière valeur publiée à la date de révision. La "
          "révision n'est pas applicable lorsque la variation est inférieure à 1 %%." % indice)
    p3 = ["Les coefficients sont arrondis au millième supérieur. En cas de disparition de l'indice, un indice "
          "de substitution est fixé par avenant.",
          "Une clause de sauvegarde permet à chacune des parties de demander la résiliation si la hausse "
          "annuelle dépasse 6 %.",
          "Le titulaire adresse sa demande de révision accompagnée du calcul détaillé ; à défaut, les prix "
          "appliqués restent ceux de la période précédente."][v]
    return A("Prix – révision", p1, p2, p3)


def ccap_avance(c, v, A):
    if c["ac"]:
        base = ("Une avance est accordée au titulaire pour chaque bon de commande d'un montant supérieur à "
                "50 000 € HT et d'une durée d'exécution supérieure à deux mois, sauf renonciation expresse.")
    else:
        base = ("Une avance est accordée au titulaire lorsque le montant initial du marché est supérieur à "
                "50 000 € HT et que le délai d'exécution est supérieur à deux mois, sauf renonciation expresse "
                "dans l'acte d'engagement.")
    t = ["Son taux est fixé à 10 % du montant initial TTC ; il est porté à 20 % lorsque le titulaire est une "
         "petite ou moyenne entreprise. Le remboursement s'impute sur les sommes dues lorsque le montant des "
         "prestations exécutées atteint 65 % du montant TTC et doit être terminé à 80 %.",
         "Le taux de l'avance est de 5 % ; sa constitution n'est pas subordonnée à une garantie à première "
         "demande lorsqu'elle n'excède pas 30 %. Elle est remboursée selon les modalités de l'article "
         "R. 2191-11 du code de la commande publique.",
         "Le montant de l'avance est égal à 10 % du montant TTC concerné. Son versement intervient dans les "
         "trente jours suivant la notification ou l'émission du bon de commande."][v]
    return A("Avance", base, t)


def ccap_paiement(c, v, A):
    d = c["paiement"]
    t = ["Les sommes dues sont payées dans un délai global de %d jours à compter de la réception de la "
         "demande de paiement. Le dépassement du délai ouvre de plein droit le bénéfice d'intérêts moratoires "
         "au taux de la Banque centrale européenne majoré de huit points, ainsi que d'une indemnité "
         "forfaitaire pour frais de recouvrement de 40 €." % d,
         "Le délai global de paiement est de %d jours. Les intérêts moratoires courent à compter du jour "
         "suivant l'expiration de ce délai ; l'indemnité forfaitaire de recouvrement s'élève à 40 euros." % d,
         "Le comptable public assignataire procède au paiement par virement dans un délai maximum de %d "
         "jours. Tout retard ouvre droit, sans autre formalité, aux intérêts moratoires et à l'indemnité "
         "forfaitaire de 40 € prévus par le code de la commande publique." % d][v]
    f = ["Les factures sont transmises sous forme dématérialisée sur le portail Chorus Pro. Elles mentionnent "
         "notamment le numéro du marché, le numéro d'engagement, la désignation des prestations, les montants "
         "HT, le taux et le montant de la TVA, et le montant TTC.",
         "Les demandes de paiement sont déposées sur Chorus Pro en indiquant le code service exécutant "
         "communiqué à la notification. Une facture incomplète est rejetée et le délai de paiement ne court "
         "pas.",
         "Chaque facture est établie en un seul exemplaire dématérialisé (Chorus Pro) et comporte le détail "
         "des prestations par référence du bordereau, les quantités, les prix unitaires et les totaux."][v]
    return A("Modalités de règlement", t, f)


def ccap_soustraitance(c, v, A):
    t = ["Le titulaire peut sous-traiter l'exécution de certaines parties du marché, sous réserve de "
         "l'acceptation du sous-traitant et de l'agrément de ses conditions de paiement par l'acheteur "
         "(articles L. 2193-1 et suivants). Le sous-traitant direct dont la créance dépasse 600 € TTC est payé "
         "directement.",
         "La sous-traitance totale est interdite. Toute sous-traitance partielle fait l'objet d'une déclaration "
         "(formulaire DC4) accompagnée des attestations du sous-traitant. Le titulaire demeure seul "
         "responsable de l'exécution de l'ensemble des prestations.",
         "Les demandes d'acceptation de sous-traitants en cours d'exécution sont adressées par acte spécial. "
         "Le paiement direct est de droit pour les sous-traitants de premier rang lorsque le montant sous-"
         "traité est égal ou supérieur à 600 € TTC."][v]
    return A("Sous-traitance", t)


def ccap_obligations_legales(c, v, A):
    t = ["Le titulaire remet à l'acheteur, tous les six mois jusqu'à la fin de l'exécution, les documents "
         "mentionnés aux articles D. 8222-5 ou D. 8222-7 du code du travail (lutte contre le travail "
         "dissimulé). Il s'assure que ses sous-traitants respectent la même obligation.",
         "Le titulaire est tenu au respect des dispositions législatives et réglementaires relatives à la "
         "protection de la main d'oeuvre et aux conditions de travail, notamment en matière de détachement "
         "de salariés (déclaration préalable sur le téléservice SIPSI) et d'emploi de travailleurs étrangers.",
         "Le titulaire atteste qu'il satisfait à l'obligation d'emploi des travailleurs handicapés prévue aux "
         "articles L. 5212-1 à L. 5212-11 du code du travail. Il produit tous les six mois les attestations "
         "de vigilance prévues à l'article D. 8222-5 du même code."][v]
    return A("Obligations sociales et fiscales du titulaire", t)


def ccap_assurances(c, v, A, decennale=False):
    t = ["Le titulaire justifie, dans un délai de quinze jours à compter de la notification et avant tout "
         "commencement d'exécution, qu'il est titulaire d'une assurance couvrant les responsabilités "
         "découlant des principes des articles 1240 à 1242 du code civil.",
         "Le titulaire souscrit une police d'assurance de responsabilité civile couvrant les dommages "
         "corporels, matériels et immatériels causés aux tiers ou à l'acheteur. Il en produit l'attestation "
         "chaque année, à la date anniversaire du marché.",
         "Avant tout commencement d'exécution, le titulaire et ses sous-traitants justifient d'une assurance "
         "de responsabilité civile professionnelle ; l'attestation précise les activités garanties et les "
         "montants des garanties."][v]
    out = A("Assurances", t)
    if decennale:
        out.append(P("Pour les ouvrages soumis à l'obligation d'assurance, le titulaire justifie en outre "
                     "d'une assurance de responsabilité décennale (articles L. 241-1 et suivants du code des "
                     "assurances) couvrant les activités déclarées."))
    return out


def ccap_resiliation(c, v, A):
    t = ["Les conditions de résiliation sont celles du chapitre 7 du CCAG %s. En cas de résiliation pour "
         "motif d'intérêt général, le titulaire perçoit une indemnité égale à 5 %% du montant initial hors "
         "taxes diminué du montant hors taxes non révisé des prestations admises." % c["ccag"],
         "L'acheteur peut résilier le marché aux torts du titulaire après mise en demeure restée "
         "infructueuse pendant quinze jours. Les prestations peuvent alors être exécutées aux frais et "
         "risques du titulaire.",
         "Le marché peut être résilié dans les cas prévus par le CCAG %s. La résiliation est notifiée par "
         "lettre recommandée avec accusé de réception ou par le profil d'acheteur ; elle prend effet à la date "
         "fixée dans la décision." % c["ccag"]][v]
    return A("Résiliation", t)


def ccap_litiges(c, v, A):
    t = ["En cas de différend, les parties s'efforcent de parvenir à un règlement amiable. Elles peuvent "
         "saisir le comité consultatif interrégional de règlement amiable des litiges de %s ou recourir au "
         "médiateur des entreprises. À défaut, le litige est porté devant le Tribunal administratif de %s."
         % (c["ccira"], c["ta"]),
         "Tout litige relatif à l'exécution du présent marché relève de la compétence du Tribunal "
         "administratif de %s, après épuisement de la procédure de réclamation prévue par le CCAG." % c["ta"],
         "La loi française est seule applicable. Les différends sont soumis, après tentative de conciliation, "
         "au Tribunal administratif de %s. Les correspondances sont rédigées en français et les prix sont "
         "exprimés en euros." % c["ta"]][v]
    return A("Différends et litiges", t)


def ccap_rgpd(c, v, A):
    t = ["Le titulaire est tenu à une obligation de confidentialité pour toutes les informations dont il a "
         "connaissance à l'occasion de l'exécution. Lorsqu'il traite des données à caractère personnel pour "
         "le compte de l'acheteur, il agit en qualité de sous-traitant au sens de l'article 28 du règlement "
         "(UE) 2016/679 et ne les utilise que sur instruction documentée.",
         "Les informations, documents et données recueillis ne peuvent être communiqués à des tiers. Le "
         "titulaire met en oeuvre les mesures techniques et organisationnelles appropriées pour garantir la "
         "sécurité des données personnelles et notifie toute violation dans un délai de 48 heures.",
         "Confidentialité : le titulaire et son personnel sont soumis au secret professionnel. Protection des "
         "données : les données personnelles éventuellement traitées sont hébergées dans l'Union européenne "
         "et supprimées au terme du marché."][v]
    return A("Confidentialité – protection des données", t)


def ccap_derogations(c, v, A, items):
    intro = ["Les articles du présent CCAP qui dérogent au CCAG %s sont les suivants :" % c["ccag"],
             "Récapitulatif des dérogations au CCAG %s :" % c["ccag"],
             "Il est dérogé au CCAG %s par les articles suivants du présent document :" % c["ccag"]][v]
    return A("Dérogations au CCAG", intro, items)


def ccap_bons(c, v, A):
    t = ["Les prestations sont exécutées au fur et à mesure des besoins, par l'émission de bons de commande "
         "(articles R. 2162-13 et R. 2162-14 du code de la commande publique). Chaque bon précise la nature "
         "et la quantité des prestations, le lieu et le délai d'exécution, ainsi que le montant estimé de la "
         "commande.",
         "L'accord-cadre s'exécute par bons de commande successifs signés par une personne habilitée. Les bons "
         "sont transmis par courriel ; le titulaire en accuse réception dans un délai de deux jours ouvrés.",
         "Seuls les bons de commande signés par le représentant du pouvoir adjudicateur ou son délégataire "
         "engagent l'acheteur. Ils peuvent être émis jusqu'au dernier jour de validité de l'accord-cadre ; "
         "leur durée d'exécution ne peut dépasser de plus de trois mois cette date."][v]
    return A("Bons de commande", t)


# ============================================================================= d01
# OPH, travaux de réhabilitation thermique en site occupé : six lots, heures d'insertion par lot dans le
# CCAP (sans total), AE d'un seul lot, DPGF à quantités indicatives, estimation en M€ et enveloppe TTC.
def d01():
    c = C(qui="Terres de Loire Habitat", ta="Nantes", ccag="travaux", ccira="Nantes",
          profil="https://marches.terresdeloire-habitat.fr", proc="mapa")
    hd = "Terres de Loire Habitat – Consultation TLH-2027-012"
    A = AA1
    rc = [
        TITLE("TERRES DE LOIRE HABITAT – Office public de l'habitat",
              "RÈGLEMENT DE LA CONSULTATION",
              "Réhabilitation thermique de 84 logements – Résidence Les Tilleuls à Saint-Jouan-la-Rivière",
              "Marché public de travaux – Procédure adaptée ouverte – Consultation n° TLH-2027-012",
              "Date limite de réception des offres : vendredi 19 mars 2027 à 12 h 00"),
        *A("Objet de la consultation",
           "La présente consultation porte sur les travaux de réhabilitation thermique et d'amélioration du "
           "confort des 84 logements de la résidence Les Tilleuls (bâtiments A, B et C, en R+4), située 2 à 12 "
           "allée des Tilleuls à Saint-Jouan-la-Rivière. Les travaux sont réalisés en site occupé.",
           "Ils comprennent notamment l'isolation des façades par l'extérieur, le remplacement des menuiseries "
           "extérieures, la mise en place d'une ventilation mécanique hygroréglable, la reprise des "
           "installations électriques des parties communes et la réfection des halls. L'opération vise "
           "l'étiquette énergétique C après travaux (étiquette E avant travaux)."),
        *A("Maître d'ouvrage – intervenants",
           "Maître d'ouvrage : Terres de Loire Habitat, office public de l'habitat, 14 quai des Mariniers, "
           "Saint-Jouan-la-Rivière – SIRET 272 940 118 00036 – représenté par son directeur général, "
           "M. Hervé Lancelin.",
           ["Maîtrise d'oeuvre : groupement Atelier Archipel (architecte mandataire) et Thermia Conseil (bureau "
            "d'études fluides et thermique) ;",
            "Coordination sécurité et protection de la santé (niveau 2) : Qualiprev Ouest ;",
            "Contrôle technique : Bureau Alpha Contrôle."]),
        *A("Procédure",
           "La consultation est passée selon la procédure adaptée ouverte, en application des articles "
           "L. 2123-1 et R. 2123-1 1° du code de la commande publique."),
        *A("Décomposition en lots",
           "Les travaux sont répartis en six lots, attribués séparément :",
           TAB([("Lot", "Désignation"),
                ("01", "Gros oeuvre – démolitions – reprises de maçonnerie"),
                ("02", "Menuiseries extérieures PVC et aluminium – occultations"),
                ("03", "Isolation thermique par l'extérieur – ravalement"),
                ("04", "Plomberie – ventilation mécanique contrôlée"),
                ("05", "Électricité courants forts et courants faibles"),
                ("06", "Peinture – revêtements de sols souples")], widths=[0.12, 0.88]),
           "Les candidats peuvent présenter une offre pour un, plusieurs ou l'ensemble des lots. Chaque lot "
           "donne lieu à un marché distinct ; aucune offre globale n'est admise."),
        *A("Montant prévisionnel des travaux",
           "Le coût prévisionnel des travaux, tous lots confondus, est estimé à 2,46" + SB + "M€ HT (valeur février "
           "2027).",
           "Pour mémoire, l'enveloppe financière globale de l'opération arrêtée par le conseil "
           "d'administration, honoraires, aléas et révisions compris, s'élève à 3,95 M€ TTC."),
        *A("Délais d'exécution",
           "Le délai global d'exécution est de quatorze mois, dont un mois de période de préparation, à "
           "compter de l'ordre de service de démarrage. Le démarrage est prévu en mai 2027. Le calendrier "
           "détaillé figure au planning prévisionnel joint au dossier.",
           "Les interventions dans les logements ont lieu entre 8 h 30 et 17 h 00, hors samedis, dimanches et "
           "jours fériés."),
        *A("Condition d'exécution à caractère social",
           "En application de l'article L. 2112-2 du code de la commande publique, les lots 01, 02, 03, 04 et "
           "06 comportent une clause d'insertion : le titulaire de chacun de ces lots devra réserver une "
           "partie des heures de travail générées par le marché à des personnes rencontrant des difficultés "
           "sociales ou professionnelles particulières. Le volume d'heures exigé est fixé, lot par lot, à "
           "l'article 9 du CCAP ; le lot 05 n'est pas concerné.",
           "Les candidats peuvent se rapprocher du facilitateur de la Maison de l'Emploi et de la Formation du "
           "Val de Brenne, qui les accompagne gratuitement dans la mise en oeuvre de cette clause."),
        *A("Contenu du dossier de consultation",
           "Le dossier de consultation est remis gratuitement sur le profil d'acheteur. Il comprend :",
           ["le présent règlement de la consultation ;",
            "l'acte d'engagement (AE) propre à chaque lot ;",
            "le cahier des clauses administratives particulières (CCAP), commun à tous les lots ;",
            "le cahier des clauses techniques particulières (CCTP) de chaque lot ;",
            "la décomposition du prix global et forfaitaire (DPGF) de chaque lot ;",
            "le planning prévisionnel, les plans de l'existant et le repérage amiante avant travaux ;",
            "le plan général de coordination (PGC) établi par le coordonnateur SPS."]),
        *A("Visite du site",
           "Une visite est vivement conseillée. Elle a lieu sur rendez-vous pris auprès du service patrimoine, "
           "les mardis 2 et 9 mars 2027 à 10 h 00. Seuls les parties communes, les caves et deux logements "
           "vacants peuvent être visités."),
        *rc_candidature(c, 0, A, extra=["pour les lots 01 et 03, les certificats de qualification "
                                         "professionnelle (Qualibat ou équivalent) ou des références "
                                         "équivalentes."]),
        *A("Contenu de l'offre",
           "Pour chaque lot auquel il répond, le candidat remet :",
           ["l'acte d'engagement du lot, complété ;",
            "la DPGF du lot, complétée, sans modification des libellés ;",
            "un mémoire technique présentant la méthodologie et l'organisation en site occupé, le planning "
            "détaillé, les moyens humains et matériels affectés, les fiches techniques des matériaux et une "
            "note sur la gestion des déchets et la limitation des nuisances du chantier."]),
        *A("Jugement des offres",
           "Le jugement des offres est effectué lot par lot, selon les critères pondérés suivants :",
           RTAB([("Critère", "Pondération"),
                 ("Prix des prestations (DPGF)", "55 %"),
                 ("Valeur technique, appréciée au vu du mémoire technique :", "45 %"),
                 ("– méthodologie et organisation des travaux en site occupé", "20 %"),
                 ("– moyens humains et matériels affectés au chantier", "15 %"),
                 ("– gestion environnementale du chantier : tri et valorisation des déchets, limitation des "
                  "nuisances sonores et des poussières", "10 %")], widths=[0.8, 0.2], align="lr"),
           "La note de prix est calculée par la formule : 55 × (prix de l'offre la moins-disante / prix de "
           "l'offre examinée)."),
        *rc_negociation(c, 0, A),
        *rc_remise(c, 1, A),
        *rc_renseignements(c, 0, A),
        *rc_modifs(c, 0, A),
        *rc_validite(c, 0, A),
        *rc_attribution(c, 0, A),
        *rc_recours(c, 0, A),
    ]
    rc_lab = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=6,
               montant_estime_ht=2460000,
               evidence=["le titulaire de chacun de ces lots devra réserver une partie des heures de travail",
                         "Les travaux sont répartis en six lots", "estimé à 2,46 M€ HT",
                         "gestion environnementale du chantier : tri et valorisation des déchets"])

    A = AA2
    ccap = [
        TITLE("Terres de Loire Habitat", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Réhabilitation thermique de 84 logements – Résidence Les Tilleuls", "Consultation TLH-2027-012 – "
              "CCAP commun à tous les lots"),
        *A("Objet du marché – dispositions générales",
           "Le présent cahier des clauses administratives particulières (CCAP) est commun aux six lots de "
           "l'opération de réhabilitation thermique de la résidence Les Tilleuls. Chaque lot fait l'objet d'un "
           "marché distinct, conclu avec un titulaire unique ou un groupement.",
           "Les travaux sont exécutés en site occupé. Les prescriptions techniques de chaque lot figurent au "
           "CCTP correspondant."),
        *A("Pièces constitutives du marché",
           "Les pièces constitutives du marché sont, par ordre de priorité décroissante :",
           ["l'acte d'engagement du lot et ses annexes éventuelles ;",
            "le présent CCAP ;",
            "le CCTP du lot et ses annexes (plans, repérage amiante) ;",
            "la décomposition du prix global et forfaitaire du lot ;",
            "le cahier des clauses administratives générales applicables aux marchés publics de travaux "
            "(CCAG Travaux) approuvé par l'arrêté du 30 mars 2021 ;",
            "le mémoire technique du titulaire."]),
        *A("Intervenants",
           "La maîtrise d'oeuvre est assurée par le groupement Atelier Archipel – Thermia Conseil, chargé de "
           "la mission de base et de la mission OPC. La coordination SPS de niveau 2 est confiée à Qualiprev "
           "Ouest ; le contrôle technique au Bureau Alpha Contrôle."),
        *A("Délais d'exécution – période de préparation",
           "Le délai global d'exécution de l'ensemble des lots est de quatorze mois, période de préparation "
           "d'un mois comprise. Il court à compter de la date fixée par l'ordre de service de démarrage.",
           "Les délais propres à chaque lot résultent du calendrier détaillé d'exécution établi par le "
           "maître d'oeuvre pendant la période de préparation et notifié par ordre de service.",
           "Le nombre de journées d'intempéries réputées prévisibles est fixé à dix jours ouvrables."),
        *A("Prix – variation des prix",
           "Les prix sont globaux et forfaitaires. Ils sont fermes et actualisables : lorsque plus de trois "
           "mois s'écoulent entre le mois zéro (mois de remise des offres) et le début d'exécution des "
           "travaux, le prix est actualisé par application d'un coefficient égal au rapport de l'index BT01 "
           "du mois précédant le début d'exécution à celui du mois zéro, diminué de trois mois.",
           "Le taux de TVA applicable est le taux réduit de 5,5 % pour les travaux d'amélioration de la "
           "qualité énergétique, sous réserve des attestations requises."),
        *ccap_avance(c, 0, A),
        *A("Retenue de garantie",
           "Une retenue de garantie de 5 % est prélevée sur le montant de chaque acompte. Elle peut être "
           "remplacée, au gré du titulaire, par une garantie à première demande ou une caution personnelle et "
           "solidaire. Elle est libérée un mois après l'expiration du délai de garantie de parfait achèvement."),
        *A("Règlement des comptes",
           "Les acomptes sont mensuels. Le titulaire transmet au maître d'oeuvre son projet de décompte au "
           "plus tard le 25 de chaque mois ; le maître d'oeuvre dispose de sept jours pour établir l'état "
           "d'acompte.",
           "Le délai global de paiement est de 30 jours. Le solde est réglé après notification du décompte "
           "général et définitif, dans les conditions des articles 12 et 13 du CCAG Travaux."),
        H("ARTICLE 9 - Clause sociale d'insertion"),
        H2("9.1 Principe"),
        P("Conformément à l'article L. 2112-2 du code de la commande publique, le titulaire s'engage à réaliser, "
          "pour l'exécution de son lot, une action d'insertion permettant l'accès ou le retour à l'emploi de "
          "personnes rencontrant des difficultés sociales ou professionnelles particulières."),
        H2("9.2 Volume d'heures exigé"),
        P("Le volume minimal d'heures de travail d'insertion à réaliser pendant la durée du chantier est fixé "
          "comme suit :"),
        TAB([("Lot", "Intitulé", "Heures"),
             ("01", "Gros oeuvre", "420 h"),
             ("02", "Menuiseries extérieures", "210 h"),
             ("03", "Isolation par l'extérieur", "350 h"),
             ("04", "Plomberie – VMC", "140 h"),
             ("05", "Électricité", "néant"),
             ("06", "Peinture – sols", "175 h")], widths=[0.16, 0.58, 0.26], align="llr"),
        P("Ces volumes représentent environ 7 % de la main d'oeuvre prévisionnelle de chaque lot ; ils ne "
          "peuvent être réduits en cours d'exécution qu'avec l'accord écrit du maître d'ouvrage."),
        H2("9.3 Publics éligibles"),
        LST(["demandeurs d'emploi de longue durée (plus de douze mois d'inscription) ;",
             "allocataires du RSA, de l'ASS ou de l'AAH ;",
             "jeunes de moins de 26 ans sans qualification ou sans expérience professionnelle ;",
             "travailleurs reconnus handicapés orientés en milieu ordinaire ;",
             "personnes suivies par une structure d'insertion par l'activité économique ou un GEIQ ;",
             "toute autre personne validée par le facilitateur sur avis motivé."]),
        H2("9.4 Modalités de mise en oeuvre"),
        P("Le titulaire choisit librement entre l'embauche directe, la mise à disposition de personnel par une "
          "entreprise de travail temporaire d'insertion, une association intermédiaire ou un GEIQ, ou la "
          "sous-traitance à une entreprise d'insertion ou une entreprise adaptée. Les heures réalisées dans "
          "l'entreprise au-delà du chantier ne sont pas comptabilisées."),
        H2("9.5 Suivi et pénalités"),
        P("Le titulaire transmet chaque mois au facilitateur un état nominatif des heures réalisées. À défaut "
          "de réalisation, une pénalité de 45 € HT par heure d'insertion non effectuée est appliquée lors du "
          "décompte général, sauf cas dûment justifié."),
        *A("Gestion des déchets – chantier à faibles nuisances",
           "Chaque titulaire applique la charte « chantier à faibles nuisances » annexée au CCTP. Il trie ses "
           "déchets sur le chantier en cinq flux au moins (inertes, bois, métaux, plâtre, déchets non "
           "dangereux en mélange) dans les bennes installées par le titulaire du lot 01, dont le coût est "
           "réparti au prorata des montants des marchés.",
           "Les déchets dangereux (pots de peinture et de colle, cartouches, matériaux amiantés) sont évacués "
           "vers une filière agréée avec bordereau de suivi dématérialisé. L'objectif de valorisation matière "
           "est d'au moins 70 % en masse des déchets non dangereux ; les justificatifs sont remis chaque mois "
           "au maître d'oeuvre."),
        *A("Pénalités",
           "Par dérogation à l'article 19.2.3 du CCAG Travaux, le titulaire encourt, sans mise en demeure "
           "préalable, une pénalité journalière de 1/3 000 du montant hors taxes de son marché par jour "
           "calendaire de retard, y compris sur les délais partiels fixés par le calendrier détaillé.",
           ["absence non excusée à une réunion de chantier : 150 € HT par absence ;",
            "retard dans la remise des documents d'exécution : 100 € HT par jour ;",
            "non-respect de la propreté du chantier après mise en demeure : 300 € HT par constat."],
           "Le montant cumulé des pénalités n'est pas plafonné."),
        *A("Travaux en site occupé – information des locataires"),
        SPLIT("Le titulaire informe les locataires par un avis de passage affiché au moins "
              "huit jours avant toute intervention dans un logement ; il laisse chaque soir les logements dans "
              "un état permettant leur usage normal et assure la protection des biens des occupants.",
              "Toute dégradation constatée contradictoirement est réparée à ses frais. Les coupures d'eau ou "
              "d'électricité sont limitées à quatre heures et annoncées quarante-huit heures à l'avance."),
        *ccap_assurances(c, 1, A, decennale=True),
        *A("Réception – garanties",
           "Les opérations préalables à la réception sont conduites conformément à l'article 41 du CCAG "
           "Travaux. Une réception unique est prononcée pour l'ensemble des lots. Les réserves sont levées "
           "dans un délai de deux mois.",
           "Le délai de garantie de parfait achèvement est d'un an à compter de la réception ; les garanties "
           "biennale et décennale s'appliquent dans les conditions des articles 1792 et suivants du code "
           "civil."),
        *ccap_soustraitance(c, 2, A),
        *ccap_obligations_legales(c, 0, A),
        *ccap_resiliation(c, 0, A),
        *ccap_litiges(c, 0, A),
        *ccap_derogations(c, 0, A, ["l'article 11 (pénalités) déroge à l'article 19.2.3 du CCAG Travaux ;",
                                    "l'article 4 (intempéries) précise l'article 18.2.3 du CCAG Travaux."]),
    ]
    ccap_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1295, clause_environnementale=1,
                 allotissement=1, nb_lots=6,
                 evidence=["commun aux six lots", "volume minimal d'heures de travail d'insertion",
                           "01 Gros oeuvre 420 h", "02 Menuiseries extérieures 210 h",
                           "[lots 03 : 350, 04 : 140, 06 : 175 ; 420 + 210 + 350 + 140 + 175 = 1295]",
                           "trie ses déchets sur le chantier en cinq flux"])

    A = AA1
    cctp = [
        TITLE("Terres de Loire Habitat – Résidence Les Tilleuls",
              "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Lot n° 03 – Isolation thermique par l'extérieur – ravalement",
              "Consultation TLH-2027-012 – Maîtrise d'oeuvre : Atelier Archipel / Thermia Conseil"),
        *A("Objet du présent document",
           "Le présent CCTP définit les prescriptions techniques applicables aux travaux du lot n° 03 "
           "« Isolation thermique par l'extérieur – ravalement » de l'opération de réhabilitation de la "
           "résidence Les Tilleuls. Il complète les pièces graphiques et le CCTP « généralités tous corps "
           "d'état »."),
        *A("Documents de référence",
           "Les ouvrages sont exécutés conformément aux normes et documents suivants, dans leur version en "
           "vigueur à la date de remise des offres :",
           ["les cahiers du CSTB relatifs aux systèmes d'isolation thermique extérieure par enduit sur isolant ;",
            "les avis techniques ou documents techniques d'application des systèmes mis en oeuvre ;",
            "l'instruction technique 249 relative aux façades (sécurité incendie) ;",
            "le NF DTU 42.1 (revêtements d'imperméabilité) pour les parties ravalées sans isolant ;",
            "les recommandations professionnelles RAGE applicables."]),
        *A("Description de l'existant",
           "Les trois bâtiments, construits en 1972, présentent des façades en béton banché de 16 cm "
           "revêtues d'un enduit hydraulique peint, des balcons filants en béton et des garde-corps métalliques. "
           "La surface de façades à traiter est d'environ 5 640 m², dont 4 980 m² isolés et 660 m² simplement "
           "ravalés (pignons techniques, sous-faces de balcons).",
           "Le diagnostic réalisé en novembre 2026 n'a pas révélé d'amiante dans les enduits de façade ; des "
           "colles amiantées ont en revanche été repérées sous certains appuis de fenêtre (voir repérage)."),
        *A("Prescriptions générales d'exécution",
           "Les échafaudages sont de pied, équipés de filets et de protections anti-intrusion, avec accès "
           "condamnés en dehors des heures de chantier. Les horaires d'intervention sont fixés de 8 h 30 à "
           "17 h 00. Le titulaire prévoit les protections nécessaires des menuiseries, des balcons et des "
           "véhicules stationnés.",
           "Les interventions bruyantes (perçage, ponçage) sont regroupées par cage d'escalier et annoncées "
           "aux locataires quarante-huit heures à l'avance par affichage."),
        *A("Travaux préparatoires",
           ["lavage des façades à l'eau sous pression avec récupération des eaux chargées ;",
            "dépose des garde-corps, des descentes d'eaux pluviales et des équipements en façade ;",
            "piochage des enduits non adhérents, reprise des épaufrures et traitement des aciers apparents ;",
            "contrôle de planéité et de cohésion des supports avant pose de l'isolant."]),
        *A("Système d'isolation",
           "Le système retenu est un système sous avis technique composé de panneaux de laine de roche de "
           "140 mm d'épaisseur, fixés par collage et chevillage, présentant une résistance thermique "
           "supérieure ou égale à 4,0 m².K/W. Des bandes filantes coupe-feu sont mises en place au droit "
           "de chaque plancher, conformément à l'IT 249.",
           "Les profilés de départ, d'angle et de raccordement sont en aluminium ou en PVC. Les fixations "
           "mécaniques sont choisies après essais d'arrachement réalisés sur chaque façade."),
        *A("Finitions",
           "La finition est un enduit mince organique à grain fin, teinte selon le nuancier de l'architecte "
           "(trois teintes au maximum). Les soubassements sont protégés par un enduit renforcé sur une hauteur "
           "de deux mètres."),
        *A("Points singuliers",
           ["appuis de fenêtre : remplacement par des appuis aluminium à rejingot et joues latérales ;",
            "tableaux et voussures : retour d'isolant de 30 mm minimum ;",
            "balcons : traitement des ponts thermiques par rupteurs rapportés en sous-face ;",
            "descentes d'eaux pluviales : repose sur pattes déportées."]),
        *A("Gestion des déchets du lot",
           "Les chutes d'isolant sont collectées séparément, conditionnées en sacs fermés et reprises par le "
           "fabricant dans le cadre de son programme de recyclage ; les emballages plastiques et les palettes "
           "sont triés et rendus aux fournisseurs. Le titulaire remet au maître d'oeuvre les bons de reprise "
           "correspondants.",
           "Les colles amiantées déposées sous les appuis sont retirées par une entreprise certifiée, selon le "
           "plan de retrait approuvé."),
        *A("Réception des supports – nettoyage",
           "Le titulaire réceptionne contradictoirement les supports avant toute intervention. En fin de "
           "travaux, il procède au nettoyage complet des abords, des balcons et des vitrages souillés."),
    ]
    cctp_lab = L(clause_environnementale=1, allotissement=1,
                 evidence=["Lot n° 03 – Isolation thermique par l'extérieur",
                           "Les chutes d'isolant sont collectées séparément"])

    ae = [
        TITLE("Terres de Loire Habitat – Office public de l'habitat", "ACTE D'ENGAGEMENT",
              "Lot n° 03 – Isolation thermique par l'extérieur – ravalement",
              "Consultation TLH-2027-012 – Réhabilitation thermique de 84 logements – Résidence Les Tilleuls"),
        H("A – Objet de l'acte d'engagement"),
        P("Le présent acte d'engagement concerne le lot n° 03 de l'opération de réhabilitation thermique de la "
          "résidence Les Tilleuls, passée selon la procédure adaptée ouverte (articles L. 2123-1 et "
          "R. 2123-1 1° du code de la commande publique)."),
        H("B – Engagement du titulaire ou du groupement titulaire"),
        P("Après avoir pris connaissance des pièces constitutives du marché, le signataire s'engage, sur la "
          "base de son offre et pour son propre compte / pour le compte de la société :"),
        TAB([("Raison sociale", "........................................................"),
             ("Adresse du siège", "........................................................"),
             ("SIRET", "........................................................"),
             ("Nom, prénom et qualité du signataire", "........................................................")],
            header=False, widths=[0.4, 0.6]),
        P("à exécuter les prestations demandées dans les conditions définies ci-après."),
        H("C – Prix"),
        P("Les travaux sont rémunérés par un prix global et forfaitaire, établi sur la base de la DPGF :"),
        TAB([("Montant hors taxes", "........................ €"),
             ("TVA au taux de 5,5 %", "........................ €"),
             ("Montant toutes taxes comprises", "........................ €"),
             ("Montant TTC arrêté en lettres", "........................................................")],
            header=False, widths=[0.45, 0.55]),
        H("D – Délai d'exécution"),
        P("Le délai d'exécution du lot est celui qui résulte du calendrier détaillé d'exécution, dans le délai "
          "global de quatorze mois fixé à l'article 4 du CCAP."),
        H("E – Action d'insertion"),
        P("Le titulaire s'engage à réaliser, au titre de l'article 9 du CCAP, 350 heures de travail d'insertion "
          "au bénéfice des publics éligibles, selon la ou les modalités suivantes (cocher) : [ ] embauche "
          "directe  [ ] mise à disposition  [ ] sous-traitance ou co-traitance avec une structure d'insertion."),
        H("F – Avance"),
        P("[ ] Je renonce au bénéfice de l'avance prévue à l'article 6 du CCAP.  [ ] Je ne renonce pas au "
          "bénéfice de l'avance."),
        H("G – Compte à créditer"),
        P("Joindre un relevé d'identité bancaire. Nom de l'établissement : ..........................  IBAN : "
          ".........................................................."),
        H("H – Signature du candidat"),
        P("Fait en un seul original, à ........................, le ........................ Signature électronique "
          "du représentant habilité."),
        H("I – Acceptation de l'offre par le maître d'ouvrage"),
        P("Est acceptée la présente offre pour valoir acte d'engagement. À Saint-Jouan-la-Rivière, le "
          "........................ Le directeur général, Hervé Lancelin."),
    ]
    ae_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=350, allotissement=1,
               evidence=["Lot n° 03 – Isolation thermique par l'extérieur",
                         "350 heures de travail d'insertion au bénéfice des publics éligibles"])

    rows = [("N°", "Désignation des ouvrages", "U", "Qté", "PU HT", "Total HT"),
            ("03.1", "Installation de chantier, clôtures, base vie propre au lot", "ens", "1", "", ""),
            ("03.2", "Échafaudages de pied avec filets et protections anti-intrusion", "m²", "5 640", "", ""),
            ("03.3", "Lavage des façades sous pression avec récupération des eaux", "m²", "5 640", "", ""),
            ("03.4", "Dépose et repose des garde-corps métalliques", "u", "168", "", ""),
            ("03.5", "Piochage des enduits non adhérents et reprises d'épaufrures", "m²", "420", "", ""),
            ("03.6", "Isolant laine de roche 140 mm collé-chevillé", "m²", "4 980", "", ""),
            ("03.7", "Bandes coupe-feu filantes au droit des planchers", "ml", "1 260", "", ""),
            ("03.8", "Enduit mince organique de finition, trois teintes", "m²", "4 980", "", ""),
            ("03.9", "Ravalement des pignons techniques et sous-faces (sans isolant)", "m²", "660", "", ""),
            ("03.10", "Appuis de fenêtre aluminium à rejingot", "u", "336", "", ""),
            ("03.11", "Rupteurs de ponts thermiques en sous-face de balcons", "ml", "540", "", ""),
            ("03.12", "Retrait des colles amiantées sous appuis (sous-section 4)", "ens", "1", "", ""),
            ("03.13", "Tri, conditionnement et évacuation des déchets du lot", "ens", "1", "", ""),
            ("03.14", "Nettoyage de fin de chantier", "ens", "1", "", ""),
            ("", "TOTAL HT", "", "", "", ""),
            ("", "TVA 5,5 %", "", "", "", ""),
            ("", "TOTAL TTC", "", "", "", "")]
    dpgf = [
        TITLE("Terres de Loire Habitat – Résidence Les Tilleuls",
              "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE (DPGF)",
              "Lot 03 – Isolation thermique par l'extérieur – ravalement",
              "Consultation TLH-2027-012"),
        P("Les quantités figurant ci-dessous sont fournies à titre indicatif par le maître d'oeuvre. "
          "L'entrepreneur les vérifie et les rectifie sous sa seule responsabilité ; seul le prix global et "
          "forfaitaire porté à l'acte d'engagement a valeur contractuelle. Les cellules grisées ne doivent pas "
          "être modifiées."),
        TAB(rows, widths=[0.08, 0.52, 0.06, 0.1, 0.12, 0.12]),
        P("Le montant total HT de la présente décomposition doit être identique au montant HT porté à l'acte "
          "d'engagement. En cas de discordance, le montant de l'acte d'engagement prévaut."),
    ]
    dpgf_lab = L(allotissement=1, evidence=["Lot 03 – Isolation thermique par l'extérieur"])

    return dict(
        id="d01",
        title="Terres de Loire Habitat (OPH) – réhabilitation thermique de 84 logements, six lots de travaux",
        pieces=[PIECE("RC_TLH-2027-012.pdf", "RC", hd + " – Règlement de la consultation",
                      "RC – Réhabilitation thermique Les Tilleuls", rc, rc_lab),
                PIECE("CCAP_TLH-2027-012_tous_lots.pdf", "CCAP", hd + " – CCAP commun",
                      "CCAP – Réhabilitation thermique Les Tilleuls", ccap, ccap_lab, hyphen=True, cols=2),
                PIECE("CCTP_lot03_ITE.pdf", "CCTP", hd + " – CCTP lot 03",
                      "CCTP lot 03 – ITE ravalement", cctp, cctp_lab, hyphen=True),
                PIECE("AE_lot03.docx", "AE", hd + " – Acte d'engagement lot 03", "AE lot 03", ae, ae_lab),
                PIECE("DPGF_lot03.docx", "DPGF", hd + " – DPGF lot 03", "DPGF lot 03", dpgf, dpgf_lab)],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1295, allotissement=1, nb_lots=6, montant_estime_ht=2460000),
        why=dict(heures_insertion="CCAP art. 9.2 : heures par lot sans total écrit (420 + 210 + 350 + 140 + 175, "
                                  "lot 05 néant) = 1 295 ; l'AE du lot 03 ne donne que les 350 h de ce lot.",
                 allotissement="RC art. 4 : « répartis en six lots, attribués séparément ».",
                 nb_lots="Six lots (RC art. 4, CCAP art. 1) ; l'AE et la DPGF ne portent que sur le lot 03.",
                 montant_estime_ht="RC art. 5 : « estimé à 2,46 M€ HT » tous lots confondus ; l'enveloppe de "
                                   "3,95 M€ TTC de l'opération n'est pas l'estimation HT des travaux.",
                 montant_max_ht="Aucun : marchés ordinaires à prix global et forfaitaire.",
                 reserve_base="Aucune réservation."),
        note="Pièges : 3,95 M€ TTC (enveloppe de l'opération), « environ 7 % de la main d'oeuvre », quantités de "
             "la DPGF (5 640 m², 4 980 m²), seuil de 50 000 € HT de l'avance, pénalité de 45 € par heure, "
             "horaires 8 h 30 – 17 h 00, étiquette énergétique C (objet, pas une clause). CCAP en deux colonnes "
             "avec césures et une phrase coupée par un saut de page.")


# ============================================================================= d02
# Centre hospitalier, nettoyage : deux lots dont un réservé (L 2113-12, E.S.A.T.), maximum annuel par lot
# sur quatre périodes sans total écrit, heures d'insertion par an et sur la durée, valeur estimée de l'avis
# différente du maximum, DQE de simulation.
def d02():
    c = C(qui="le centre hospitalier", ta="Limoges", ccag="fournitures courantes et services", ccira="Bordeaux",
          profil="https://achats.chi-deuxvallees.fr", proc="ao", ac=True, paiement=50)
    hd = "CHI des Deux-Vallées – Direction des achats – CHIDV-2027-AOO-05"
    avis = [
        TITLE("AVIS DE MARCHÉ", "Directive 2014/24/UE – Services",
              "Publication au JOUE et au BOAMP – Annonce n° 27-004187"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Centre hospitalier intercommunal des Deux-Vallées, Direction des achats et de "
          "la logistique, 3 avenue du Docteur-Fleming, 87350 Laurac-sur-Vienne. Numéro national "
          "d'identification : 261 900 452 00019. Courriel : marches@chi-deuxvallees.fr"),
        P("Adresse du profil d'acheteur : https://achats.chi-deuxvallees.fr"),
        P("I.4) Type de pouvoir adjudicateur : organisme de droit public. I.5) Activité principale : santé."),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Prestations de nettoyage des locaux non soignants et des surfaces vitrées. "
          "Numéro de référence : CHIDV-2027-AOO-05"),
        P("II.1.2) Code CPV principal : 90910000. II.1.3) Type de marché : services."),
        P("II.1.4) Description succincte : accord-cadre à bons de commande mono-attributaire portant sur le "
          "nettoyage des bâtiments administratifs, logistiques et de formation du centre hospitalier, ainsi que "
          "sur le nettoyage des vitres de l'ensemble des sites."),
        P("II.1.5) Valeur totale estimée : Valeur hors TVA : 640 000,00 EUR"),
        P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être "
          "soumises pour tous les lots."),
        H("II.2) Description"),
        P("II.2.1) Intitulé : Nettoyage et bionettoyage des locaux non soignants. Lot nº : 1"),
        P("II.2.3) Lieu principal d'exécution : site principal de Laurac-sur-Vienne et EHPAD Les Glycines à "
          "Montvert-le-Haut."),
        P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 40. "
          "Critère de qualité – Nom : Performance environnementale des produits et des méthodes / "
          "Pondération : 10. Prix – Pondération : 50."),
        P("II.2.6) Valeur estimée : Valeur hors TVA : 520 000,00 EUR"),
        P("II.2.7) Durée du marché : 12 mois. Ce marché peut faire l'objet d'une reconduction : oui. "
          "Description des modalités de reconduction : reconductible tacitement trois fois par période de "
          "douze mois."),
        P("II.2.14) Informations complémentaires : le lot 1 comporte une clause sociale d'insertion (article 9 "
          "du CCAP)."),
        P("II.2.1) Intitulé : Nettoyage des vitres et surfaces vitrées. Lot nº : 2"),
        P("II.2.5) Critères d'attribution : identiques à ceux du lot 1."),
        P("II.2.6) Valeur estimée : Valeur hors TVA : 120 000,00 EUR"),
        P("II.2.7) Durée du marché : 12 mois, reconductible tacitement trois fois."),
        P("II.2.14) Informations complémentaires : lot réservé, voir III.1.5."),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.1) Habilitation à exercer l'activité professionnelle : liste et description succincte des "
          "conditions : voir le règlement de la consultation."),
        P("III.1.5) Informations sur les marchés réservés : Le marché est réservé à des ateliers protégés et "
          "des opérateurs économiques dont l'objectif est l'intégration sociale et professionnelle de "
          "personnes handicapées ou défavorisées. Lot 2 uniquement, en application de l'article L. 2113-12 "
          "du code de la commande publique."),
        P("III.2.2) Conditions particulières d'exécution : clause d'insertion professionnelle au lot 1 ; "
          "utilisation de produits d'entretien écolabellisés pour l'ensemble des prestations."),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : procédure ouverte. IV.1.3) Informations sur l'accord-cadre : "
          "accord-cadre avec un seul opérateur."),
        P("IV.2.2) Date limite de réception des offres : 22/02/2027 à 12:00. IV.2.4) Langue : français. "
          "IV.2.6) Délai minimal pendant lequel le soumissionnaire est tenu de maintenir son offre : 6 mois."),
        H("Section VI : Renseignements complémentaires"),
        P("VI.1) Il s'agit d'un marché renouvelable : oui. Calendrier prévisionnel des prochains avis : "
          "janvier 2031."),
        P("VI.3) Informations complémentaires : une visite des locaux est obligatoire pour le lot 1. Les "
          "montants maximums annuels de chaque lot figurent au règlement de la consultation."),
        P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Limoges."),
        P("VI.5) Date d'envoi du présent avis : 12 janvier 2027."),
    ]
    avis_lab = L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-12",
                 clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=2,
                 montant_estime_ht=640000,
                 evidence=["Valeur totale estimée : Valeur hors TVA : 640 000,00 EUR",
                           "Lot nº : 2", "clause d'insertion professionnelle au lot 1",
                           "Lot 2 uniquement, en application de l'article L. 2113-12",
                           "Performance environnementale des produits",
                           "produits d'entretien écolabellisés"])

    A = AA3
    rc = [
        TITLE("CENTRE HOSPITALIER INTERCOMMUNAL DES DEUX-VALLÉES",
              "Règlement de la consultation",
              "Prestations de nettoyage des locaux non soignants et des surfaces vitrées",
              "Appel d'offres ouvert – Accord-cadre à bons de commande – Réf. CHIDV-2027-AOO-05",
              "Remise des offres : lundi 22 février 2027, 12 h 00"),
        *A("Objet de la consultation",
           "La consultation a pour objet l'entretien ménager des locaux non soignants du centre hospitalier "
           "(bâtiment administratif, self du personnel, institut de formation en soins infirmiers, services "
           "techniques et logistiques) et le nettoyage des surfaces vitrées du site principal de "
           "Laurac-sur-Vienne et de l'EHPAD Les Glycines à Montvert-le-Haut.",
           "Classification CPV : 90910000 (services de nettoyage), 90911300 (nettoyage de vitres)."),
        *A("Pouvoir adjudicateur",
           "Centre hospitalier intercommunal des Deux-Vallées, établissement public de santé, 3 avenue du "
           "Docteur-Fleming, 87350 Laurac-sur-Vienne. SIRET 261 900 452 00019. Représentant du pouvoir "
           "adjudicateur : Mme Nathalie Ferréol, directrice."),
        *A("Procédure",
           "La consultation est passée selon la procédure d'appel d'offres ouvert, en application des articles "
           "L. 2124-2, R. 2124-2 1° et R. 2161-2 à R. 2161-5 du code de la commande publique."),
        *A("Forme du marché",
           "Chaque lot fait l'objet d'un accord-cadre à bons de commande conclu avec un seul opérateur "
           "économique, en application des articles R. 2162-2 alinéa 2, R. 2162-13 et R. 2162-14 du code. "
           "Les accords-cadres sont conclus sans montant minimum et avec les montants maximums annuels "
           "suivants :",
           ["lot 1 : 180 000 € HT par an ;", "lot 2 : 45 000 € HT par an."]),
        *A("Allotissement – lot réservé",
           "Les prestations sont réparties en deux lots : lot 1 « Nettoyage et bionettoyage des locaux non "
           "soignants » ; lot 2 « Nettoyage des vitres et surfaces vitrées ».",
           "Conformément à l'article L 2113-12 du code de la commande publique, le lot n°2 est réservé à des "
           "entreprises adaptées (E.A.), à des établissements et services d'aide par le travail (E.S.A.T.) ou "
           "à des structures équivalentes, qui emploient une proportion minimale de 50 % de travailleurs "
           "handicapés. Une offre présentée pour ce lot par un autre opérateur sera déclarée irrecevable."),
        *A("Durée",
           "Les accords-cadres prennent effet le 1er mai 2027 pour une période initiale de douze mois. Ils "
           "sont reconductibles tacitement trois fois par période de douze mois ; leur durée totale ne peut "
           "excéder quatre ans."),
        *A("Clause d'insertion",
           "Le titulaire du lot 1 sera tenu de réaliser une action d'insertion professionnelle au profit de "
           "personnes éloignées de l'emploi, dont le volume et les modalités sont définis à l'article 9 du "
           "CCAP. Les candidats sont invités à prendre contact avec le PLIE des Deux-Vallées, chargé du suivi "
           "de la clause."),
        *A("Dossier de consultation",
           "Le DCE comprend : le présent règlement ; le CCAP ; le CCTP commun aux deux lots et ses annexes "
           "(plans, surfaces, fréquences) ; un acte d'engagement par lot ; un bordereau des prix unitaires par "
           "lot ; le détail quantitatif estimatif (DQE) de simulation du lot 1."),
        *A("Visite obligatoire (lot 1)",
           "Pour le lot 1, une visite des locaux est obligatoire ; une attestation de visite est délivrée et "
           "doit être jointe à l'offre. Deux créneaux sont proposés : 2 février et 4 février 2027 à 9 h 30."),
        *rc_candidature(c, 1, A, extra=["pour le lot 2 : tout justificatif du statut d'entreprise adaptée ou "
                                         "d'ESAT (contrat pluriannuel d'objectifs et de moyens, autorisation "
                                         "ou agrément) ou du caractère équivalent de la structure."]),
        *A("Contenu de l'offre",
           ["l'acte d'engagement du lot, complété ;",
            "le bordereau des prix unitaires du lot ;",
            "pour le lot 1, le DQE de simulation complété ;",
            "un mémoire technique : organisation, effectifs affectés en équivalents temps plein, encadrement, "
            "plan de formation, produits et matériels employés (fiches techniques, justificatifs d'écolabel), "
            "méthodes d'autocontrôle."]),
        *A("Critères de jugement des offres",
           "L'offre économiquement la plus avantageuse est choisie, pour chaque lot, au regard des critères "
           "suivants :",
           RTAB([("Critères et sous-critères", "Points"),
                 ("1. Prix (montant du DQE pour le lot 1 ; prix du BPU pondérés pour le lot 2)", "50"),
                 ("2. Valeur technique", "40"),
                 ("   2.1 moyens humains affectés et encadrement", "15"),
                 ("   2.2 organisation des prestations et contrôle qualité", "15"),
                 ("   2.3 formation du personnel", "10"),
                 ("3. Performance environnementale des produits et des méthodes (part de produits "
                  "écolabellisés, systèmes de dosage, consommation d'eau, emploi de microfibres)", "10")],
                widths=[0.82, 0.18], align="lr")),
        *rc_negociation(c, 0, A),
        *rc_remise(c, 2, A),
        *rc_renseignements(c, 1, A),
        *rc_validite(c, 1, A),
        *rc_attribution(c, 1, A),
        *rc_recours(c, 2, A),
    ]
    rc_lab = L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-12",
               critere_environnemental=1, allotissement=1, nb_lots=2, montant_max_ht=900000,
               evidence=["lot 1 : 180 000 € HT par an", "lot 2 : 45 000 € HT par an",
                         "reconductibles tacitement trois fois",
                         "[(180 000 + 45 000) × 4 périodes = 900 000]",
                         "L 2113-12", "le lot n°2 est réservé",
                         "tenu de réaliser une action d'insertion professionnelle",
                         "Performance environnementale des produits"])

    A = AA1
    ccap = [
        TITLE("Centre hospitalier intercommunal des Deux-Vallées",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES (CCAP)",
              "Nettoyage des locaux non soignants et des surfaces vitrées – CHIDV-2027-AOO-05",
              "Accords-cadres à bons de commande – lots 1 et 2"),
        *A("Objet et forme des accords-cadres",
           "Le présent CCAP fixe les stipulations administratives applicables aux deux lots de la "
           "consultation. Chaque lot donne lieu à un accord-cadre à bons de commande mono-attributaire, régi "
           "par les articles R. 2162-1 à R. 2162-14 du code de la commande publique."),
        *A("Pièces constitutives",
           ["l'acte d'engagement du lot ;", "le présent CCAP ;", "le CCTP et ses annexes ;",
            "le bordereau des prix unitaires du lot ;",
            "le CCAG applicable aux marchés publics de fournitures courantes et de services (arrêté du "
            "30 mars 2021) ;", "le mémoire technique du titulaire."]),
        *A("Durée – reconduction",
           "Chaque accord-cadre est conclu pour une période initiale de douze mois à compter du 1er mai 2027. "
           "Il est reconductible tacitement trois fois par période de douze mois, sans que sa durée totale "
           "puisse excéder quarante-huit mois. La décision de non-reconduction est notifiée au titulaire au "
           "moins trois mois avant l'échéance de la période en cours ; le titulaire ne peut refuser la "
           "reconduction."),
        *A("Montants",
           "Les accords-cadres sont conclus sans montant minimum. Les montants maximums de commandes sont "
           "fixés, pour chaque période annuelle, comme suit :",
           TAB([("Lot", "Montant maximum annuel HT"),
                ("Lot 1 – Locaux non soignants", "180 000,00 €"),
                ("Lot 2 – Surfaces vitrées", "45 000,00 €")], widths=[0.6, 0.4], align="lr"),
           "Ces maximums s'appliquent à la période initiale comme à chacune des périodes de reconduction ; les "
           "montants non consommés au cours d'une période ne sont pas reportés sur la suivante."),
        *ccap_bons(c, 1, A),
        *A("Lieux et horaires d'exécution",
           "Les prestations du lot 1 sont exécutées du lundi au vendredi, entre 6 h 00 et 9 h 00 et entre "
           "17 h 30 et 20 h 30, en dehors des heures d'ouverture des bureaux. Les prestations du lot 2 sont "
           "planifiées avec le service logistique au moins quinze jours à l'avance.",
           "Le titulaire est informé que le personnel actuellement affecté aux prestations du lot 1 bénéficie "
           "des garanties d'emploi prévues par la convention collective nationale des entreprises de propreté ; "
           "la liste anonymisée de ce personnel figure en annexe 3 du CCTP."),
        *A("Lot réservé",
           "Le lot 2 est réservé en application de l'article L. 2113-12 du code de la commande publique. "
           "Pendant toute la durée de l'accord-cadre, le titulaire maintient parmi ses effectifs une "
           "proportion d'au moins 50 % de travailleurs handicapés et justifie, à la demande du centre "
           "hospitalier, du respect de cette condition."),
        *A("Représentation du titulaire – réunions",
           "Le titulaire désigne, dès la notification, un responsable de contrat et un suppléant, seuls "
           "interlocuteurs du service logistique. Une réunion de suivi se tient chaque mois ; le compte rendu "
           "est établi par le titulaire et validé par le centre hospitalier dans les huit jours."),
        H("Article 9 – Clause sociale d'insertion (lot 1)"),
        H2("9.1 Objet"),
        P("En application de l'article L. 2112-2 du code de la commande publique, le titulaire du lot 1 réserve "
          "une partie des heures de travail nécessaires à l'exécution de l'accord-cadre à des personnes "
          "rencontrant des difficultés sociales ou professionnelles particulières."),
        H2("9.2 Volume"),
        P("Le titulaire du lot 1 consacre à l'insertion 600 heures de travail par période annuelle "
          "d'exécution, soit un volume global de 2" + SB + "400 heures sur la durée maximale de l'accord-cadre, "
          "reconductions comprises. En cas de non-reconduction, le volume dû est proratisé."),
        H2("9.3 Publics et modalités"),
        P("Sont éligibles notamment les demandeurs d'emploi de longue durée, les bénéficiaires des minima "
          "sociaux, les jeunes de moins de 26 ans peu qualifiés, les travailleurs handicapés et les personnes "
          "prises en charge par une structure d'insertion par l'activité économique. Le titulaire recourt à "
          "l'embauche directe, à la mise à disposition par une ETTI ou une association intermédiaire, ou à la "
          "sous-traitance auprès d'une entreprise d'insertion."),
        H2("9.4 Suivi et pénalités"),
        P("Le PLIE des Deux-Vallées valide l'éligibilité des personnes et reçoit chaque trimestre l'état des "
          "heures réalisées. Toute heure non réalisée à l'issue d'une période annuelle, sans justification "
          "admise, donne lieu à une pénalité de 50 € HT."),
        *A("Prescriptions environnementales",
           "Pour l'ensemble des prestations, au moins 80 % en volume des produits d'entretien utilisés sont "
           "titulaires de l'Ecolabel européen ou d'un écolabel équivalent. Les produits sont employés au moyen "
           "de centrales de dilution ou de doseurs ; les aérosols sont proscrits. Le titulaire emploie des "
           "textiles microfibres lavables et réutilisables.",
           "Les déchets collectés (papiers, cartons, emballages) sont déposés dans les conteneurs de tri de "
           "l'établissement. Le titulaire remet chaque année un bilan des quantités de produits consommées."),
        *ccap_prix(c, 0, A, "du coût horaire du travail révisé (ICHTrev-TS) des activités de services "
                            "administratifs et de soutien"),
        *ccap_avance(c, 2, A),
        *ccap_paiement(c, 0, A),
        *A("Pénalités",
           "Par dérogation à l'article 14 du CCAG, les pénalités suivantes sont appliquées sans mise en "
           "demeure préalable :",
           ["prestation non exécutée dans un local : 80 € HT par local et par jour ;",
            "non-respect des horaires d'intervention : 150 € HT par constat ;",
            "absence de l'encadrant à la réunion mensuelle : 200 € HT ;",
            "retard de plus de deux heures dans une intervention urgente : 250 € HT."]),
        *A("Contrôle de la qualité",
           "La qualité est mesurée par des contrôles contradictoires mensuels fondés sur la norme NF EN "
           "13549. Un taux de conformité inférieur à 80 % sur deux contrôles consécutifs constitue une faute "
           "pouvant justifier la résiliation."),
        *ccap_assurances(c, 2, A),
        *ccap_soustraitance(c, 1, A),
        *ccap_obligations_legales(c, 1, A),
        *ccap_resiliation(c, 1, A),
        *ccap_litiges(c, 1, A),
        *ccap_derogations(c, 1, A, ["article 14 du présent CCAP : déroge à l'article 14 du CCAG ;",
                                    "article 3 : la reconduction ne peut être refusée par le titulaire."]),
    ]
    ccap_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2400, marche_reserve=1,
                 reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=2,
                 montant_max_ht=900000,
                 evidence=["Lot 1 – Locaux non soignants 180 000,00 €", "Lot 2 – Surfaces vitrées 45 000,00 €",
                           "reconductible tacitement trois fois", "[225 000 × 4 = 900 000]",
                           "soit un volume global de 2 400 heures",
                           "Le lot 2 est réservé en application de l'article L. 2113-12",
                           "titulaires de l'Ecolabel européen"])

    A = AA1
    cctp = [
        TITLE("CHI des Deux-Vallées – Direction des achats et de la logistique",
              "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Nettoyage des locaux non soignants (lot 1) et des surfaces vitrées (lot 2)",
              "CHIDV-2027-AOO-05"),
        *A("Généralités",
           "Le présent CCTP est commun aux deux lots de la consultation. Les prestations sont décrites lot par "
           "lot ; les prescriptions relatives aux produits, au personnel et à l'hygiène s'appliquent aux deux "
           "lots."),
        *A("Lot 1 – Description des locaux",
           TAB([("Bâtiment", "Surface (m²)", "Fréquence"),
                ("Bâtiment administratif (niveaux 0 à 3)", "2 350", "5 passages par semaine"),
                ("Self du personnel et salle de pause", "640", "quotidienne, y compris samedi"),
                ("Institut de formation (IFSI)", "1 980", "5 passages par semaine"),
                ("Services techniques et magasin", "1 120", "2 passages par semaine")],
               widths=[0.5, 0.2, 0.3], align="lrl"),
           "Les surfaces sont données à titre indicatif ; le titulaire est réputé en avoir pris connaissance "
           "lors de la visite obligatoire."),
        *A("Lot 1 – Nature des prestations",
           ["vidage des corbeilles et évacuation des déchets vers les locaux de stockage ;",
            "dépoussiérage humide des surfaces hautes et des mobiliers ;",
            "lavage des sols par balayage humide et lavage mécanisé selon la nature du revêtement ;",
            "nettoyage et désinfection des sanitaires, réapprovisionnement des consommables ;",
            "remise en état annuelle des sols thermoplastiques (décapage, métallisation)."]),
        *A("Lot 2 – Surfaces vitrées",
           "Les surfaces vitrées représentent environ 6 800 m² (deux faces), réparties entre le site principal "
           "et l'EHPAD. Le nettoyage est semestriel pour les façades et trimestriel pour les halls et "
           "circulations. Les travaux en hauteur sont réalisés à la perche télescopique à eau pure ou à la "
           "nacelle ; l'usage de cordes est exclu.",
           "Le titulaire fournit un plan de prévention signé avant la première intervention et respecte les "
           "consignes de circulation du site."),
        *A("Produits et matériels",
           "Les produits d'entretien employés satisfont aux critères de l'Ecolabel européen (décision (UE) "
           "2017/1217) ou d'un label équivalent ; le titulaire en remet les fiches techniques et les fiches de "
           "données de sécurité avant le démarrage. Les produits désinfectants répondent aux normes EN 1040 et "
           "EN 1276. Le matériel électrique est muni d'un marquage CE et d'un niveau sonore inférieur à 65 dB(A).",
           "Le lavage des vitres à l'eau osmosée sans détergent est privilégié pour le lot 2."),
        *A("Personnel",
           "Le personnel porte une tenue fournie par le titulaire, avec un badge nominatif. Il est formé aux "
           "règles d'hygiène hospitalière et aux risques professionnels. Le titulaire désigne un chef d'équipe "
           "joignable de 6 h 00 à 20 h 30."),
        *A("Horaires et accès",
           "Les clés et badges d'accès sont remis contre émargement. Les prestations du lot 1 sont réalisées "
           "en dehors des heures d'ouverture des bureaux ; celles du lot 2 entre 8 h 00 et 17 h 00."),
        *A("Autocontrôle et traçabilité",
           "Le titulaire tient à jour des fiches de traçabilité par local, mises à disposition du service "
           "logistique. Il réalise des autocontrôles mensuels dont les résultats sont transmis avant le 10 du "
           "mois suivant."),
    ]
    cctp_lab = L(clause_environnementale=1, allotissement=1, nb_lots=2,
                 evidence=["Le présent CCTP est commun aux deux lots",
                           "Les produits d'entretien employés satisfont aux critères de l'Ecolabel européen"])

    dqe = [
        TITLE("Centre hospitalier intercommunal des Deux-Vallées",
              "DÉTAIL QUANTITATIF ESTIMATIF (DQE) – LOT 1",
              "Nettoyage et bionettoyage des locaux non soignants – CHIDV-2027-AOO-05",
              "Document de simulation non contractuel"),
        P("Les quantités ci-dessous correspondent à une simulation d'une année d'exécution, établie pour le "
          "seul jugement des offres. Elles n'engagent pas le centre hospitalier, qui ne commande que selon ses "
          "besoins. Les prix unitaires portés par le candidat doivent être identiques à ceux du BPU."),
        TAB([("Réf.", "Prestation", "Unité", "Quantité", "PU HT", "Montant HT"),
             ("1.1", "Entretien courant des bureaux – 5 passages par semaine", "m² × an", "2 350", "", ""),
             ("1.2", "Entretien quotidien du self et de la salle de pause", "m² × an", "640", "", ""),
             ("1.3", "Entretien courant de l'IFSI", "m² × an", "1 980", "", ""),
             ("1.4", "Entretien des services techniques – 2 passages par semaine", "m² × an", "1 120", "", ""),
             ("1.5", "Remise en état annuelle des sols thermoplastiques", "m²", "3 400", "", ""),
             ("1.6", "Prestation ponctuelle en régie – agent de propreté", "heure", "320", "", ""),
             ("1.7", "Intervention urgente sous deux heures", "intervention", "24", "", ""),
             ("", "Total HT", "", "", "", ""),
             ("", "TVA 20 %", "", "", "", ""),
             ("", "Total TTC", "", "", "", "")],
            widths=[0.07, 0.45, 0.12, 0.11, 0.11, 0.14]),
        P("Le montant total HT du DQE sert uniquement à la notation du critère prix ; il ne constitue ni un "
          "engagement de commande ni un montant du marché."),
    ]
    dqe_lab = L(allotissement=1, evidence=["DÉTAIL QUANTITATIF ESTIMATIF (DQE) – LOT 1"])

    return dict(
        id="d02",
        title="CHI des Deux-Vallées – nettoyage des locaux non soignants et des vitres (deux lots, lot 2 réservé)",
        pieces=[PIECE("Avis_JOUE_27-004187.txt", "AVIS", "", "", avis, avis_lab),
                PIECE("RC_CHIDV-2027-AOO-05.pdf", "RC", hd, "Règlement de la consultation", rc, rc_lab),
                PIECE("CCAP_CHIDV-2027-AOO-05.pdf", "CCAP", hd, "CCAP – Nettoyage", ccap, ccap_lab),
                PIECE("CCTP_nettoyage_lots1-2.pdf", "CCTP", hd, "CCTP – Nettoyage", cctp, cctp_lab, hyphen=True),
                PIECE("DQE_lot1_simulation.docx", "DQE", hd, "DQE lot 1", dqe, dqe_lab)],
        pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=2400, allotissement=1, nb_lots=2, montant_estime_ht=640000,
                 montant_max_ht=900000, reserve_base="L2113-12"),
        why=dict(heures_insertion="CCAP 9.2 : 600 h par période annuelle, « soit un volume global de 2 400 heures "
                                  "sur la durée maximale » ; on retient le total sur la durée.",
                 allotissement="Avis II.1.6 et RC art. 5 : deux lots.",
                 nb_lots="Deux lots (avis, RC, CCAP, CCTP).",
                 montant_estime_ht="Avis II.1.5 : valeur totale estimée 640 000 EUR HT (520 000 + 120 000).",
                 montant_max_ht="Maximums annuels 180 000 et 45 000 € HT, valables pour la période initiale et "
                                "chacune des trois reconductions : (180 000 + 45 000) × 4 = 900 000 ; pas de "
                                "total écrit.",
                 reserve_base="Lot 2 réservé, article L 2113-12 cité (RC, CCAP, avis)."),
        note="Pièges : valeur estimée (640 000) différente du maximum (900 000) ; 600 h par an contre 2 400 h sur "
             "la durée ; DQE de simulation (quantités, 320 heures en régie) qui n'est pas une estimation ; "
             "délai de paiement de 50 jours ; 50 % de travailleurs handicapés ; reprise du personnel prévue par "
             "la convention collective (rappel, pas une clause) ; horaires 6 h – 9 h ; « L 2113-12 » sans point ; "
             "E.S.A.T.")


# ============================================================================= d03
# Université, mobilier : trois lots avec estimation et maximum sur la durée totale par lot ; un avis
# rectificatif supprime le lot 3 et ramène la valeur estimée (« au lieu de … lire … »).
def d03():
    c = C(qui="l'université", ta="Dijon", ccag="fournitures courantes et services", ccira="Lyon",
          profil="https://marches-publics.univ-vaudrecourt.fr", proc="ao", ac=True, paiement=30)
    hd = "Université de Vaudrecourt – Direction des achats – UV-2027-FCS-014"
    A = AA4
    rc = [
        TITLE("UNIVERSITÉ DE VAUDRECOURT", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture, livraison et installation de mobilier de bureau, d'enseignement et d'extérieur",
              "Appel d'offres ouvert – Accords-cadres à bons de commande – UV-2027-FCS-014",
              "Date et heure limites de remise des offres : 26 février 2027 à 12 h 00"),
        *A("Objet de la consultation",
           "La présente consultation porte sur la fourniture, la livraison, le montage et l'installation de "
           "mobilier pour les bâtiments de l'université de Vaudrecourt, principalement sur le campus des "
           "Tanneurs et sur le site Saint-Éloi. Elle accompagne la restructuration de la bibliothèque "
           "universitaire et le renouvellement progressif du mobilier des salles de cours."),
        *A("Identification de l'acheteur",
           "Université de Vaudrecourt, établissement public à caractère scientifique, culturel et "
           "professionnel – 1 place de l'Université, 21870 Vaudrecourt – SIRET 199 512 347 00015. "
           "Représentant : M. le Président de l'université. Service chargé de la procédure : direction des "
           "achats et des marchés publics."),
        *A("Procédure",
           "Appel d'offres ouvert passé en application des articles L. 2124-2, R. 2124-2 1° et R. 2161-2 à "
           "R. 2161-5 du code de la commande publique."),
        *A("Forme des contrats",
           "Chaque lot donne lieu à un accord-cadre à bons de commande mono-attributaire, sans montant "
           "minimum, avec un montant maximum fixé pour la durée totale de l'accord-cadre."),
        *A("Décomposition en lots – montants",
           "La consultation est divisée en trois lots. Les montants ci-dessous s'entendent hors taxes, pour "
           "la durée totale de l'accord-cadre (reconductions comprises) :",
           RTAB([("Lot", "Estimation HT", "Maximum HT"),
                 ("Lot 1 – Mobilier de bureau et de réunion", "310 000 €", "400 000 €"),
                 ("Lot 2 – Mobilier d'enseignement (salles de cours, amphithéâtres, salles informatiques)",
                  "160 000 €", "250 000 €"),
                 ("Lot 3 – Mobilier d'extérieur et de convivialité", "50 000 €", "90 000 €")],
                widths=[0.5, 0.25, 0.25], align="lrr"),
           "Le montant estimatif de l'ensemble des besoins, toutes reconductions comprises, est de "
           "520" + SB + "000 € HT. Un candidat peut se voir attribuer un, plusieurs ou tous les lots."),
        *A("Durée",
           "Les accords-cadres sont conclus pour une durée d'un an à compter de leur notification, "
           "reconductible tacitement trois fois par période d'un an, soit une durée maximale de quatre ans."),
        *A("Contenu du dossier de consultation",
           ["le présent règlement de la consultation ;", "le CCAP commun aux trois lots ;",
            "le CCTP commun aux trois lots ;", "un acte d'engagement par lot ;",
            "un bordereau des prix unitaires (BPU) par lot ;", "un cadre de mémoire technique."]),
        *A("Échantillons",
           "Pour les lots 1 et 2, chaque candidat fournit à ses frais un échantillon des articles repérés "
           "« E » au BPU (fauteuil de bureau, chaise empilable, tablette d'amphithéâtre), livré au service "
           "logistique au plus tard à la date limite de remise des offres. Les échantillons non retenus sont "
           "restitués dans un délai d'un mois."),
        *rc_candidature(c, 2, A),
        *A("Contenu de l'offre",
           "L'offre comprend, pour chaque lot : l'acte d'engagement ; le BPU complété ; le mémoire technique "
           "établi selon le cadre fourni, accompagné des fiches techniques, des certificats de conformité aux "
           "normes et des justificatifs des labels revendiqués."),
        *A("Critères d'attribution",
           "Les offres sont classées, lot par lot, selon les critères pondérés ci-dessous :",
           ["Prix, apprécié sur la base d'une commande type : 40 % ;",
            "Valeur technique : 35 %, dont qualité, ergonomie et robustesse appréciées sur échantillons (20 %) "
            "et délais de livraison et service après-vente (15 %) ;",
            "Performance environnementale : 25 %, appréciée au regard de la part de matériaux recyclés ou "
            "biosourcés, des labels environnementaux des produits, de la réparabilité et de la durée de "
            "disponibilité des pièces détachées, ainsi que du mode de transport des livraisons."]),
        *rc_negociation(c, 1, A),
        *rc_remise(c, 0, A),
        *rc_renseignements(c, 2, A),
        *rc_modifs(c, 1, A),
        *rc_validite(c, 2, A),
        *rc_recours(c, 0, A),
    ]
    rc_lab = L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=520000,
               montant_max_ht=740000,
               evidence=["La consultation est divisée en trois lots",
                         "toutes reconductions comprises, est de 520 000 € HT",
                         "400 000 €", "250 000 €", "90 000 €", "[400 000 + 250 000 + 90 000 = 740 000]",
                         "Performance environnementale : 25 %"])

    A = AA2
    ccap = [
        TITLE("Université de Vaudrecourt", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Mobilier de bureau, d'enseignement et d'extérieur – UV-2027-FCS-014",
              "Document commun aux lots 1, 2 et 3"),
        *A("Objet – décomposition",
           "Les stipulations du présent CCAP s'appliquent aux accords-cadres à bons de commande passés pour "
           "la fourniture, la livraison et l'installation de mobilier. La consultation est décomposée en trois "
           "lots : lot 1 « Mobilier de bureau et de réunion », lot 2 « Mobilier d'enseignement », lot 3 "
           "« Mobilier d'extérieur et de convivialité »."),
        *A("Pièces contractuelles",
           ["l'acte d'engagement du lot ;", "le présent CCAP ;", "le CCTP ;", "le BPU du lot ;",
            "le CCAG des marchés publics de fournitures courantes et de services (arrêté du 30 mars 2021) ;",
            "le mémoire technique du titulaire."]),
        *A("Durée",
           "Chaque accord-cadre prend effet à sa notification pour un an. Il est reconduit tacitement par "
           "période d'un an, trois fois au plus. L'université peut décider de ne pas le reconduire, par "
           "décision notifiée deux mois au moins avant l'échéance."),
        *A("Montants maximums",
           "Aucun montant minimum n'est fixé. Le montant maximum des commandes, pour la durée totale de "
           "l'accord-cadre et toutes périodes confondues, est fixé à :",
           ["400 000 € HT pour le lot 1 ;", "250 000 € HT pour le lot 2 ;", "90 000 € HT pour le lot 3."],
           "Lorsque ce maximum est atteint, l'accord-cadre prend fin de plein droit."),
        *ccap_bons(c, 0, A),
        *A("Livraison et installation",
           "Le délai de livraison est celui indiqué par le titulaire dans son offre, dans la limite de six "
           "semaines à compter de la réception du bon de commande. Les livraisons ont lieu du lundi au "
           "vendredi entre 8 h 00 et 16 h 00, sur rendez-vous pris quarante-huit heures à l'avance.",
           "La livraison comprend le déchargement, la manutention jusqu'aux locaux désignés, quel que soit "
           "l'étage, le montage, le réglage et la mise en place selon le plan fourni par l'université."),
        *A("Vérifications – admission",
           "Les vérifications quantitatives et qualitatives sont effectuées dans les quinze jours suivant la "
           "livraison. L'admission est prononcée dans les conditions des articles 30 et suivants du CCAG ; "
           "les fournitures non conformes sont reprises et remplacées aux frais du titulaire."),
        *A("Garantie",
           "Les fournitures sont garanties cinq ans, pièces, main-d'oeuvre et déplacement compris, à compter "
           "de l'admission. La garantie est portée à dix ans pour les structures métalliques et les piètements. "
           "Toute intervention sous garantie a lieu dans un délai de dix jours ouvrés."),
        *A("Conditions d'exécution à caractère social",
           "Le titulaire garantit que les fournitures livrées sont fabriquées dans des conditions respectant "
           "les conventions fondamentales de l'Organisation internationale du travail, notamment en matière "
           "d'interdiction du travail des enfants et du travail forcé, de liberté syndicale et de "
           "non-discrimination. Il tient à la disposition de l'université la liste des sites de fabrication "
           "de chaque gamme livrée et les résultats des audits sociaux dont ils ont fait l'objet.",
           "En cas de manquement avéré, le titulaire présente sous trois mois un plan d'action correctif ; à "
           "défaut, l'université peut prononcer la résiliation pour faute."),
        *A("Conditions d'exécution environnementales",
           "À la demande de l'université, le titulaire reprend sans frais le mobilier remplacé et le confie à "
           "l'éco-organisme agréé de la filière des éléments d'ameublement, en vue de son réemploi ou de son "
           "recyclage ; il remet le bordereau de prise en charge. Les livraisons sont regroupées par site et "
           "effectuées dans des emballages réutilisables ou recyclables, que le titulaire reprend."),
        *ccap_prix(c, 2, A, "de prix de production de l'industrie française pour le marché français – "
                            "fabrication de meubles de bureau et de magasin"),
        *ccap_avance(c, 1, A),
        *ccap_paiement(c, 2, A),
        *A("Pénalités",
           "En cas de retard de livraison, le titulaire encourt, sans mise en demeure préalable, une pénalité "
           "égale à 1/1 000 du montant TTC du bon de commande par jour calendaire de retard. En cas de retard "
           "dans une intervention sous garantie, la pénalité est de 50 € par jour ouvré."),
        *ccap_assurances(c, 0, A),
        *ccap_soustraitance(c, 0, A),
        *ccap_obligations_legales(c, 2, A),
        *ccap_resiliation(c, 2, A),
        *ccap_litiges(c, 2, A),
    ]
    ccap_lab = L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=740000,
                 evidence=["décomposée en trois lots", "400 000 € HT pour le lot 1", "250 000 € HT pour le lot 2",
                           "90 000 € HT pour le lot 3", "[somme : 740 000]",
                           "conventions fondamentales de l'Organisation internationale du travail",
                           "le confie à l'éco-organisme agréé"])

    cctp = [
        TITLE("Université de Vaudrecourt – Direction du patrimoine et de la logistique",
              "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Fourniture et installation de mobilier – UV-2027-FCS-014"),
        H("1. Généralités"),
        P("Le présent cahier des clauses techniques particulières est commun aux trois lots de "
          "l'accord-cadre. Il décrit les caractéristiques minimales des produits et les conditions de "
          "livraison et d'installation."),
        H("2. Normes applicables"),
        LST(["NF EN 527-1 et NF EN 527-2 : tables de travail de bureau ;",
             "NF EN 1335 : sièges de travail de bureau ;",
             "NF EN 16139 : sièges pour usage en collectivité ;",
             "NF EN 1729-1 et -2 : chaises et tables pour établissements d'enseignement ;",
             "réglementation relative à la sécurité incendie dans les établissements recevant du public."]),
        H("3. Exigences environnementales applicables à tous les produits"),
        P("Les panneaux à base de bois et les bois massifs proviennent, pour au moins 70 % de leur volume, de "
          "forêts gérées durablement (certification FSC, PEFC ou équivalente). Les panneaux respectent la "
          "classe d'émission de formaldéhyde E1. Les produits sont conçus pour être démontables ; les pièces "
          "détachées restent disponibles pendant dix ans après la dernière livraison."),
        P("Les sièges des lots 1 et 2 sont porteurs de la marque NF Environnement Ameublement, de l'Ecolabel "
          "européen ou d'un label équivalent, ou le titulaire démontre par tout moyen qu'ils en respectent les "
          "critères."),
        H("4. Lot 1 – Mobilier de bureau et de réunion"),
        LST(["bureaux droits et compacts, plateau de 160 × 80 cm, réglables en hauteur de 65 à 85 cm ;",
             "bureaux assis-debout à vérin électrique pour les postes aménagés ;",
             "caissons mobiles trois tiroirs fermant à clé ; armoires à rideaux et à portes battantes ;",
             "tables de réunion modulables et sièges visiteurs empilables."]),
        H("5. Lot 2 – Mobilier d'enseignement"),
        LST(["tables de cours individuelles et doubles, tailles 6 et 7 selon la norme NF EN 1729 ;",
             "chaises empilables à coque polypropylène, assise et dossier d'un seul tenant ;",
             "tablettes relevables pour amphithéâtres, compatibles avec les gradins existants ;",
             "postes de travail pour salles informatiques avec goulotte de câblage."]),
        H("6. Lot 3 – Mobilier d'extérieur et de convivialité"),
        P("Bancs, tables de pique-nique et assises hautes destinés aux cours et parvis. Les lames sont en bois "
          "de classe d'emploi 4 sans traitement chimique ou en matériaux recyclés ; les fixations sont en acier "
          "inoxydable. Les éléments sont scellés ou lestés selon l'avis du bureau de contrôle."),
        H("7. Livraison, installation, enlèvement"),
        P("Les livraisons sont effectuées entre 8 h 00 et 16 h 00 par une équipe d'au moins deux personnes. Le "
          "titulaire protège les sols et les circulations, évacue ses emballages le jour même et laisse les "
          "locaux propres. Il fournit pour chaque produit une notice d'entretien en français."),
        H("8. Documentation"),
        P("Le titulaire remet au plus tard à la première livraison les fiches techniques, les certificats "
          "d'essais, les procès-verbaux de réaction au feu et les justificatifs des certifications forestières "
          "des bois employés."),
    ]
    cctp_lab = L(clause_environnementale=1, allotissement=1, nb_lots=3,
                 evidence=["commun aux trois lots de l'accord-cadre",
                           "forêts gérées durablement (certification FSC, PEFC ou équivalente)"])

    bpu_rows = [("Réf.", "Désignation", "Qté indicative annuelle", "PU HT", "Éco-participation HT", "PU TTC"),
                ("1.01", "Bureau droit 160 × 80 cm, piètement en L (E)", "60", "", "", ""),
                ("1.02", "Bureau compact 160 × 120 cm", "15", "", "", ""),
                ("1.03", "Bureau assis-debout à vérin électrique", "20", "", "", ""),
                ("1.04", "Caisson mobile trois tiroirs", "70", "", "", ""),
                ("1.05", "Armoire haute à rideaux 198 × 120 cm", "25", "", "", ""),
                ("1.06", "Armoire basse à portes battantes", "30", "", "", ""),
                ("1.07", "Fauteuil de bureau synchrone avec accoudoirs (E)", "90", "", "", ""),
                ("1.08", "Table de réunion modulable 140 × 70 cm", "24", "", "", ""),
                ("1.09", "Siège visiteur empilable", "120", "", "", ""),
                ("1.10", "Écran de séparation acoustique", "40", "", "", "")]
    bpu = [
        TITLE("Université de Vaudrecourt", "BORDEREAU DES PRIX UNITAIRES",
              "Lot 1 – Mobilier de bureau et de réunion", "UV-2027-FCS-014"),
        P("Les quantités indiquées sont annuelles, indicatives et non contractuelles ; elles servent à "
          "l'établissement de la commande type utilisée pour le jugement du critère prix. Les prix unitaires "
          "comprennent la livraison, le montage et l'installation."),
        TAB(bpu_rows, widths=[0.07, 0.43, 0.13, 0.12, 0.13, 0.12]),
        P("L'éco-participation est indiquée séparément conformément à la réglementation relative à la filière "
          "des éléments d'ameublement. Cachet et signature du candidat : ..............................."),
    ]
    bpu_lab = L(allotissement=1, evidence=["Lot 1 – Mobilier de bureau et de réunion"])

    rect = [
        TITLE("AVIS RECTIFICATIF", "Annonce n° 27-019860 – Département de publication : 21",
              "Références de l'avis initial : annonce n° 27-011245 publiée au BOAMP le 18 janvier 2027"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Université de Vaudrecourt. Type de numéro national d'identification : "
          "SIRET. N° national d'identification : 19951234700015. Ville : Vaudrecourt. Code postal : 21870."),
        H("Section 2 : Objet"),
        P("Intitulé du marché : Fourniture, livraison et installation de mobilier de bureau, d'enseignement "
          "et d'extérieur. Référence : UV-2027-FCS-014."),
        H("Section 3 : Informations rectificatives"),
        P("Rubrique « Lots » – Au lieu de : « Lot 3 : Mobilier d'extérieur et de convivialité ». Lire : "
          "« Lot 3 : supprimé »."),
        P("Le besoin relatif au mobilier d'extérieur sera intégré au marché de travaux d'aménagement "
          "paysager du campus des Tanneurs. La consultation comporte désormais deux lots : lot 1 « Mobilier "
          "de bureau et de réunion » et lot 2 « Mobilier d'enseignement ». Les stipulations des pièces du "
          "dossier relatives au lot 3 sont réputées non écrites ; les offres éventuellement déposées pour ce "
          "lot ne seront pas examinées."),
        P("Rubrique « Valeur estimée hors TVA » – Au lieu de : « 520 000 euros ». Lire : « 470 000 euros »."),
        P("Rubrique « Date limite de réception des offres » – Au lieu de : « 26 février 2027 à 12 h 00 ». "
          "Lire : « 5 mars 2027 à 12 h 00 »."),
        H("Section 4 : Autres informations"),
        P("Les autres mentions de l'avis initial demeurent inchangées. Date d'envoi du présent avis à la "
          "publication : 9 février 2027."),
    ]
    rect_lab = L(allotissement=1, nb_lots=2, montant_estime_ht=470000,
                 evidence=["La consultation comporte désormais deux lots",
                           "« 520 000 euros ». Lire : « 470 000 euros »"])

    return dict(
        id="d03",
        title="Université de Vaudrecourt – mobilier (trois lots, lot 3 supprimé par avis rectificatif)",
        pieces=[PIECE("RC_UV-2027-FCS-014.pdf", "RC", hd, "RC – Mobilier", rc, rc_lab, cols=2, hyphen=True),
                PIECE("CCAP_UV-2027-FCS-014.pdf", "CCAP", hd, "CCAP – Mobilier", ccap, ccap_lab),
                PIECE("CCTP_mobilier.docx", "CCTP", hd, "CCTP – Mobilier", cctp, cctp_lab),
                PIECE("BPU_lot1_bureau.docx", "BPU", hd, "BPU lot 1", bpu, bpu_lab),
                PIECE("Avis_rectificatif_27-019860.txt", "AVIS", "", "", rect, rect_lab)],
        pos=["clause_sociale", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=2, montant_estime_ht=470000, montant_max_ht=650000),
        why=dict(heures_insertion="Aucune clause d'insertion.",
                 allotissement="RC art. 5 et avis rectificatif : consultation allotie.",
                 nb_lots="Trois lots à l'origine (RC, CCAP, CCTP) ; l'avis rectificatif supprime le lot 3 : "
                         "« La consultation comporte désormais deux lots ».",
                 montant_estime_ht="RC : 520 000 € HT ; l'avis rectificatif : « Au lieu de 520 000 euros, lire "
                                   "470 000 euros » (310 000 + 160 000).",
                 montant_max_ht="Maximums sur la durée totale (RC, CCAP) : 400 000 + 250 000 + 90 000 = 740 000 "
                                "à l'origine ; sans le lot 3 supprimé : 400 000 + 250 000 = 650 000.",
                 reserve_base="Aucune réservation."),
        note="Pièges : l'avis rectificatif cite l'ancienne valeur avant la nouvelle ; maximums déjà exprimés "
             "pour la durée totale (ne pas multiplier par quatre) ; quantités indicatives annuelles du BPU ; "
             "éco-participation (une taxe, pas une clause) ; garantie de cinq et dix ans ; 1/1 000 du bon de "
             "commande. Clause sociale OIT (chaîne d'approvisionnement) sans insertion. RC en deux colonnes.")


# ============================================================================= d04 (ZIP)
# Syndicat mixte, prestations intellectuelles : marché non alloti à tranche ferme et deux tranches
# optionnelles (montants par tranche, sans total) ; le registre des questions-réponses relève la tranche
# optionnelle 2. Sosies : « insertion paysagère », « insertion des données », CPV « planification
# environnementale », « pas de clause sociale ».
def d04():
    c = C(qui="le syndicat", ta="Clermont-Ferrand", ccag="prestations intellectuelles", ccira="Lyon",
          profil="https://www.marches-publics-aubrelle.fr", proc="mapa", paiement=30)
    hd = "SMEABA – Schéma directeur d'assainissement – Marché n° 2026-07"
    base = "DCE_SMEABA_2026-07/"
    A = AA1
    rc = [
        TITLE("SYNDICAT MIXTE DES EAUX ET DE L'ASSAINISSEMENT DU BASSIN DE L'AUBRELLE",
              "RÈGLEMENT DE LA CONSULTATION",
              "Élaboration du schéma directeur d'assainissement des eaux usées et des eaux pluviales",
              "Marché public de prestations intellectuelles – Procédure adaptée – n° 2026-07",
              "Date limite de remise des offres : mardi 28 avril 2026 à 16 h 00"),
        *A("Objet de la consultation",
           "La consultation porte sur l'élaboration du schéma directeur d'assainissement des eaux usées et des "
           "eaux pluviales des quatorze communes membres du syndicat, comprenant le diagnostic des systèmes "
           "d'assainissement, la modélisation des réseaux, l'établissement d'un programme pluriannuel de "
           "travaux et la révision du zonage d'assainissement pluvial.",
           "Code CPV principal : 90712000 – Planification environnementale. Code CPV complémentaire : 71311300."),
        *A("Acheteur",
           "Syndicat mixte des eaux et de l'assainissement du bassin de l'Aubrelle (SMEABA), 5 rue du Moulin-Neuf, "
           "63590 Saint-Amant-d'Aubrelle. SIRET 257 201 349 00028. Représentant : M. Jean-Louis Dargent, "
           "président."),
        *A("Procédure",
           "Procédure adaptée ouverte, en application des articles L. 2123-1 et R. 2123-1 1° du code de la "
           "commande publique."),
        *A("Absence d'allotissement",
           "Le marché n'est pas alloti. Les différentes phases de l'étude sont techniquement indissociables : "
           "les résultats du diagnostic conditionnent la modélisation, qui elle-même fonde le programme de "
           "travaux et le zonage. Leur dévolution à des prestataires différents rendrait l'exécution plus "
           "difficile et plus coûteuse (article L. 2113-11 du code)."),
        *A("Tranches",
           "En application des articles R. 2113-4 à R. 2113-6 du code, le marché comporte une tranche ferme et "
           "deux tranches optionnelles, dont le montant estimatif est indiqué ci-dessous :",
           RTAB([("Tranche", "Contenu", "Estimation HT"),
                 ("Tranche ferme", "Phase 1 – état des lieux, diagnostic des réseaux et des stations, campagne "
                                   "de mesures", "86 500 €"),
                 ("Tranche optionnelle 1", "Phase 2 – modélisation hydraulique et programme pluriannuel de "
                                           "travaux", "24 000 €"),
                 ("Tranche optionnelle 2", "Phase 3 – zonage d'assainissement pluvial et dossier d'enquête "
                                           "publique", "17 500 €")],
                widths=[0.24, 0.56, 0.2], align="llr"),
           "Les tranches optionnelles sont affermies par décision du syndicat, notifiée au plus tard douze mois "
           "après la réception de la tranche précédente. L'absence d'affermissement ne donne lieu à aucune "
           "indemnité."),
        *A("Délais d'exécution",
           "Tranche ferme : neuf mois, dont six semaines de mesures en période de nappe haute. Tranche "
           "optionnelle 1 : cinq mois à compter de l'affermissement. Tranche optionnelle 2 : quatre mois, hors "
           "durée de l'enquête publique."),
        *A("Dossier de consultation",
           ["le présent règlement ;", "le cahier des clauses administratives particulières (CCAP) ;",
            "le cahier des clauses techniques particulières (CCTP) et ses annexes cartographiques ;",
            "l'acte d'engagement (AE) et son annexe de décomposition du prix par tranche."]),
        *rc_candidature(c, 1, A, extra=["des références d'au moins deux schémas directeurs d'assainissement "
                                         "réalisés au cours des cinq dernières années."]),
        *A("Contenu de l'offre",
           ["l'acte d'engagement et son annexe financière, complétés ;",
            "un mémoire technique présentant la compréhension des enjeux, la méthodologie par phase, le plan "
            "de la campagne de mesures, l'équipe affectée (curriculum vitae du chef de projet) et le planning."]),
        *A("Critères de jugement",
           ["Valeur technique : 60 %, dont méthodologie (30 %), moyens humains et compétences de l'équipe "
            "(20 %), planning et respect des délais (10 %) ;",
            "Prix : 40 %, apprécié sur le montant total, tranche ferme et tranches optionnelles comprises."]),
        *rc_negociation(c, 2, A),
        *rc_remise(c, 0, A),
        *rc_renseignements(c, 2, A),
        *rc_modifs(c, 2, A),
        *rc_validite(c, 0, A),
        *rc_recours(c, 1, A),
    ]
    rc_lab = L(allotissement=0, montant_estime_ht=128000,
               evidence=["Le marché n'est pas alloti", "86 500 €", "24 000 €", "17 500 €",
                         "[tranche ferme + deux tranches optionnelles : 86 500 + 24 000 + 17 500 = 128 000]"])

    A = AA3
    ccap = [
        TITLE("SMEABA – Syndicat mixte des eaux et de l'assainissement du bassin de l'Aubrelle",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Schéma directeur d'assainissement – Marché n° 2026-07"),
        *A("Objet du marché",
           "Le marché a pour objet l'élaboration du schéma directeur d'assainissement des eaux usées et des eaux "
           "pluviales du syndicat. Le marché, non alloti, comporte une tranche ferme et deux tranches "
           "optionnelles décrites au CCTP."),
        *A("Pièces constitutives",
           ["l'acte d'engagement et son annexe financière ;", "le présent CCAP ;", "le CCTP et ses annexes ;",
            "le CCAG applicable aux marchés publics de prestations intellectuelles (arrêté du 30 mars 2021) ;",
            "l'offre technique du titulaire."]),
        *A("Affermissement des tranches",
           "L'affermissement d'une tranche optionnelle est notifié par ordre de service. Le délai d'exécution "
           "de la tranche court à compter de cette notification. Le syndicat n'est jamais tenu d'affermir une "
           "tranche optionnelle."),
        *A("Délais – calendrier",
           "Les délais sont ceux de l'acte d'engagement. Ils sont suspendus pendant la durée de validation des "
           "rapports intermédiaires par le comité de pilotage, dans la limite d'un mois par rapport."),
        *A("Réunions",
           "Le titulaire participe à une réunion de lancement, à quatre comités techniques et à trois comités "
           "de pilotage. Il rédige les comptes rendus sous huit jours."),
        *A("Livrables",
           "Chaque phase donne lieu à un rapport provisoire, soumis aux observations du syndicat, puis à un "
           "rapport définitif. Les données géographiques sont livrées dans un format ouvert compatible avec le "
           "système d'information géographique du syndicat."),
        *A("Dématérialisation et sobriété des déplacements",
           "Le titulaire remet l'ensemble des rapports, cartes et annexes sous forme numérique. Les tirages "
           "papier sont limités à trois exemplaires du rapport final de chaque phase, imprimés en recto verso "
           "sur papier recyclé. Les comités techniques se tiennent en visioconférence, à l'exception de la "
           "réunion de lancement et des comités de pilotage ; pour les déplacements sur le terrain, le titulaire "
           "regroupe ses interventions et utilise, lorsque c'est possible, des véhicules à faibles émissions."),
        *A("Prix",
           "Les prestations de chaque tranche sont rémunérées par un prix global et forfaitaire. Les mesures "
           "complémentaires éventuellement demandées sont réglées par application des prix unitaires de "
           "l'annexe financière. Les prix sont fermes pour la tranche ferme et actualisables pour les tranches "
           "optionnelles, selon l'index Ingénierie (ING)."),
        *ccap_avance(c, 0, A),
        *ccap_paiement(c, 1, A),
        *A("Pénalités",
           "Par dérogation à l'article 14.1 du CCAG PI, tout retard dans la remise d'un rapport donne lieu à une "
           "pénalité de 150 € HT par jour calendaire. L'absence à une réunion programmée entraîne une pénalité "
           "forfaitaire de 300 € HT."),
        *A("Propriété intellectuelle",
           "Les droits patrimoniaux sur les résultats sont cédés au syndicat à titre exclusif, pour toute la "
           "durée de protection et pour tous usages liés à ses missions, dans les conditions de l'option B du "
           "chapitre 8 du CCAG PI."),
        *ccap_rgpd(c, 0, A),
        *ccap_assurances(c, 2, A),
        *ccap_soustraitance(c, 1, A),
        *ccap_obligations_legales(c, 0, A),
        *ccap_resiliation(c, 1, A),
        *ccap_litiges(c, 0, A),
    ]
    ccap_lab = L(clause_environnementale=1, allotissement=0,
                 evidence=["Le marché, non alloti", "imprimés en recto verso sur papier recyclé",
                           "des véhicules à faibles émissions"])

    A = AA1
    cctp = [
        TITLE("SMEABA", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Schéma directeur d'assainissement des eaux usées et des eaux pluviales",
              "Marché n° 2026-07"),
        *A("Contexte",
           "Le syndicat exerce la compétence assainissement pour quatorze communes, soit 23 400 habitants. Le "
           "patrimoine comprend 186 km de réseaux, dont 41 km unitaires, 52 postes de refoulement et onze "
           "stations de traitement des eaux usées. Le précédent schéma date de 2009.",
           "Plusieurs déversoirs d'orage rejettent en temps de pluie dans l'Aubrelle, classée en première "
           "catégorie piscicole ; l'impact de ces rejets sur le milieu récepteur est au coeur de l'étude."),
        *A("Phase 1 – Diagnostic (tranche ferme)",
           ["recueil et analyse des données existantes, insertion des données dans le SIG du syndicat ;",
            "inspection des ouvrages et reconnaissance des réseaux structurants ;",
            "campagne de mesures de six semaines en nappe haute sur 24 points au minimum, avec enregistrement "
            "en continu 24 heures sur 24 ;",
            "bilans de pollution sur 24 heures aux stations de plus de 2 000 équivalents-habitants ;",
            "tests à la fumée et inspections télévisées sur les secteurs suspects."]),
        *A("Phase 2 – Modélisation et programme de travaux (tranche optionnelle 1)",
           "Le titulaire construit un modèle hydraulique des réseaux structurants, le cale sur les mesures de la "
           "phase 1 et simule les pluies de projet mensuelle, annuelle et décennale. Il propose des scénarios "
           "d'aménagement, chiffrés, et un programme pluriannuel de travaux hiérarchisé selon le gain pour le "
           "milieu."),
        *A("Phase 3 – Zonage pluvial et enquête publique (tranche optionnelle 2)",
           "Le titulaire élabore le zonage d'assainissement pluvial, le règlement associé et la notice "
           "justificative. Il étudie l'insertion paysagère des ouvrages de gestion des eaux pluviales proposés "
           "et prépare le dossier de demande d'examen au cas par cas au titre de l'évaluation environnementale, "
           "puis le dossier soumis à l'enquête publique."),
        *A("Données remises par le syndicat",
           "Plans des réseaux au format SIG (Lambert 93), rapports annuels du délégataire, autosurveillance des "
           "stations sur cinq ans, arrêtés de rejet, études antérieures."),
        *A("Rendus",
           "Rapports de phase, atlas cartographique au 1/2 000, base de données SIG, modèle hydraulique livré "
           "avec ses fichiers sources, note de synthèse de dix pages destinée aux élus."),
        *A("Organisation",
           "Le titulaire désigne un chef de projet, ingénieur expérimenté, présent à toutes les réunions. Les "
           "interventions sur le terrain sont annoncées au syndicat quarante-huit heures à l'avance ; les "
           "accès aux propriétés privées sont organisés par le syndicat."),
    ]
    cctp_lab = L(evidence=[])

    ae = [
        TITLE("SMEABA", "ACTE D'ENGAGEMENT",
              "Élaboration du schéma directeur d'assainissement – Marché n° 2026-07",
              "Marché unique, non alloti – Procédure adaptée"),
        H("1. Contractant"),
        P("Je soussigné (nom, prénom, qualité) : ................................................ agissant au nom "
          "et pour le compte de : ................................................ SIRET : ........................"),
        P("m'engage, conformément aux stipulations des documents visés ci-dessus, à exécuter les prestations "
          "dans les conditions ci-après définies. L'offre ainsi présentée ne me lie que si son acceptation "
          "m'est notifiée dans un délai de 120 jours à compter de la date limite de réception des offres."),
        H("2. Prix"),
        TAB([("Tranche", "Montant HT", "TVA 20 %", "Montant TTC"),
             ("Tranche ferme – phase 1", "...............", "...............", "..............."),
             ("Tranche optionnelle 1 – phase 2", "...............", "...............", "..............."),
             ("Tranche optionnelle 2 – phase 3", "...............", "...............", "..............."),
             ("Total toutes tranches", "...............", "...............", "...............")],
            widths=[0.4, 0.2, 0.2, 0.2]),
        H("3. Délais"),
        P("Les délais d'exécution sont ceux fixés à l'article 6 du règlement de la consultation ; le candidat "
          "peut proposer des délais plus courts : tranche ferme ........ mois ; TO1 ........ mois ; TO2 ........ mois."),
        H("4. Paiement"),
        P("Le syndicat se libère des sommes dues en faisant porter le montant au crédit du compte ouvert au "
          "nom de : ................................ IBAN : ......................................"),
        H("5. Avance"),
        P("Je renonce au bénéfice de l'avance : [ ] NON  [ ] OUI"),
        H("6. Signature"),
        P("Fait à ........................, le ........................ Signature du candidat."),
        H("7. Acceptation de l'offre"),
        P("Est acceptée la présente offre pour valoir acte d'engagement. Le président du SMEABA."),
    ]
    ae_lab = L(allotissement=0, evidence=["Marché unique, non alloti"])

    qr = [
        TITLE("SMEABA – Marché n° 2026-07", "RÉPONSES AUX QUESTIONS DES CANDIDATS – N° 1",
              "Schéma directeur d'assainissement – publié sur le profil d'acheteur le 14 avril 2026"),
        P("Les réponses ci-dessous sont portées à la connaissance de l'ensemble des candidats. Elles complètent "
          "le dossier de consultation et prévalent sur les pièces initiales en cas de contradiction."),
        H("Question 1"),
        P("Le nombre de 24 points de mesure est-il un minimum ou une valeur indicative ?"),
        P("Réponse : il s'agit d'un minimum. Le candidat peut proposer des points supplémentaires, qu'il "
          "justifie dans son mémoire ; ils sont inclus dans le prix de la tranche ferme."),
        H("Question 2"),
        P("La tranche optionnelle 2 inclut-elle l'assistance du syndicat pendant l'enquête publique ?"),
        P("Réponse : oui. La tranche optionnelle n° 2 est complétée par l'assistance du syndicat pendant "
          "l'enquête publique (participation à deux permanences du commissaire enquêteur et rédaction du "
          "mémoire en réponse). En conséquence, son montant estimatif est porté de 17 500 € HT à 21 000 € HT. "
          "Le montant estimatif global du marché, toutes tranches confondues, s'établit donc à 131 500 € HT. "
          "Le CCTP est réputé modifié en ce sens ; la date limite de remise des offres est inchangée."),
        H("Question 3"),
        P("Un candidat peut-il répondre pour la seule phase 3 ?"),
        P("Réponse : non. Le marché n'est pas alloti ; les offres portent obligatoirement sur la tranche ferme "
          "et les deux tranches optionnelles."),
        H("Question 4"),
        P("Le marché comporte-t-il une clause sociale d'insertion ?"),
        P("Réponse : non. Compte tenu de la nature intellectuelle des prestations et du faible volume de "
          "main-d'oeuvre d'exécution, le syndicat n'a pas prévu de clause d'insertion dans ce marché."),
        H("Question 5"),
        P("Les données SIG sont-elles disponibles au format shapefile ?"),
        P("Réponse : les données sont fournies au format GeoPackage et shapefile, en Lambert 93, après "
          "signature d'un engagement de confidentialité."),
    ]
    qr_lab = L(allotissement=0, montant_estime_ht=131500,
               evidence=["Le marché n'est pas alloti",
                         "toutes tranches confondues, s'établit donc à 131 500 € HT"])

    return dict(
        id="d04", zip="d04.zip",
        title="SMEABA (syndicat mixte) – schéma directeur d'assainissement, tranche ferme et deux tranches "
              "optionnelles (DCE zippé)",
        pieces=[PIECE(base + "01_RC/RC_SMEABA_2026-07.pdf", "RC", hd, "Règlement de la consultation", rc, rc_lab),
                PIECE(base + "02_Pieces_contractuelles/CCAP_SMEABA_2026-07.pdf", "CCAP", hd, "CCAP", ccap,
                      ccap_lab, hyphen=True),
                PIECE(base + "02_Pieces_contractuelles/CCTP_SDA_Aubrelle.pdf", "CCTP", hd, "CCTP", cctp,
                      cctp_lab, hyphen=True),
                PIECE(base + "02_Pieces_contractuelles/AE_SMEABA_2026-07.docx", "AE", hd, "Acte d'engagement",
                      ae, ae_lab),
                PIECE(base + "03_Questions_reponses/QR_n1_2026-04-14.docx", "QR", hd, "Questions-réponses n° 1",
                      qr, qr_lab)],
        pos=["clause_environnementale"],
        values=V(allotissement=0, montant_estime_ht=131500),
        why=dict(heures_insertion="Aucune clause d'insertion (le registre le confirme, question 4).",
                 allotissement="RC art. 4, CCAP, AE, registre : marché non alloti.",
                 nb_lots="Sans objet (non alloti).",
                 montant_estime_ht="RC : tranche ferme 86 500 + TO1 24 000 + TO2 17 500 = 128 000 (pas de total "
                                   "écrit) ; le registre porte la TO2 à 21 000 et écrit le total : 131 500 € HT.",
                 montant_max_ht="Aucun (marché ordinaire à prix forfaitaires).",
                 reserve_base="Aucune réservation."),
        note="Pièges : total à calculer sur les tranches dans le RC puis corrigé par le registre ; sosies "
             "« insertion des données dans le SIG », « insertion paysagère », « évaluation environnementale », CPV "
             "90712000 « Planification environnementale » (objet), « 24 heures sur 24 », « 2 000 "
             "équivalents-habitants », « pas de clause d'insertion ». Consultation lancée en avril 2026, sans "
             "critère environnemental. Chemins : d04.zip/DCE_SMEABA_2026-07/…")


# ============================================================================= d05
# Commune, construction d'un groupe scolaire : onze lots, heures d'insertion par lot avec total écrit
# erroné au CCAP, corrigé par le registre des questions-réponses ; estimation en millions d'euros ;
# autorisation de programme TTC ; « réservation : Non ».
def d05():
    c = C(qui="la commune", ta="Orléans", ccag="travaux", ccira="Nantes",
          profil="https://www.marches-centre-val.fr/breval-les-ormes", proc="mapa")
    hd = "Commune de Bréval-les-Ormes – Groupe scolaire des Peupliers – 2027-GS-03"
    lots = [("01", "Terrassements – gros oeuvre"), ("02", "Charpente bois – ossature bois"),
            ("03", "Couverture – étanchéité"), ("04", "Menuiseries extérieures aluminium"),
            ("05", "Menuiseries intérieures bois"), ("06", "Cloisons – doublages – plafonds"),
            ("07", "Carrelage – faïence"), ("08", "Peinture – revêtements muraux"),
            ("09", "Chauffage – ventilation – plomberie"), ("10", "VRD – aménagements extérieurs"),
            ("11", "Électricité courants forts et faibles")]
    avis = [
        TITLE("AVIS DE MARCHÉ", "Département(s) de publication : 41", "Annonce No 27-026318"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Commune de Bréval-les-Ormes"),
        P("Type de Numéro national d'identification : SIRET"),
        P("N° National d'identification : 21410287300014"),
        P("Ville : Bréval-les-Ormes. Code Postal : 41330. Groupement de commandes : Non"),
        H("Section 2 : Communication"),
        P("Lien vers le profil d'acheteur : https://www.marches-centre-val.fr/breval-les-ormes"),
        P("Identifiant interne de la consultation : 2027-GS-03. Intégralité des documents sur le profil "
          "d'acheteur : Oui"),
        H("Section 3 : Procédure"),
        P("Type de procédure : Procédure adaptée ouverte"),
        P("Conditions de participation : aptitude à exercer l'activité professionnelle, capacité économique et "
          "financière et capacités techniques et professionnelles : voir le règlement de la consultation."),
        P("Technique d'achat : Sans objet"),
        P("Date et heure limite de réception des plis : 30/04/2027 – 12:00"),
        P("Présentation des offres par catalogue électronique : Interdite. Réduction du nombre de candidats : "
          "Non. Possibilité d'attribution sans négociation : Oui. L'acheteur exige la présentation de "
          "variantes : Non"),
        P("Critères d'attribution : Prix : 60 % ; Valeur technique : 40 %, dont démarche environnementale du "
          "chantier : 8 %"),
        H("Section 4 : Identification du marché"),
        P("Intitulé du marché : Construction du groupe scolaire des Peupliers"),
        P("Code CPV principal : 45214210 – Travaux de construction d'écoles primaires"),
        P("Type de marché : Travaux"),
        P("Description succincte du marché : construction d'un groupe scolaire de dix classes (quatre "
          "maternelles, six élémentaires) avec restaurant scolaire et accueil périscolaire, en structure mixte "
          "béton et ossature bois, surface de plancher 2 450 m²."),
        P("Lieu principal d'exécution du marché : rue des Peupliers, 41330 Bréval-les-Ormes"),
        P("Valeur estimée (H.T.) : 4 850 000,00 euros"),
        P("La consultation comporte des tranches : Non"),
        P("La consultation prévoit une réservation de tout ou partie du marché : Non"),
        P("Marché alloti : Oui"),
        H("Section 5 : Lots"),
        LST(["Lot %s : %s" % lt for lt in lots]),
        H("Section 6 : Informations complémentaires"),
        P("Visite obligatoire : Non"),
        P("Autres informations complémentaires : les lots 01, 02, 03, 05, 08 et 10 comportent une clause "
          "sociale d'insertion, dont le volume horaire est fixé lot par lot à l'article 8 du CCAP. Les "
          "entreprises peuvent répondre à un ou plusieurs lots."),
        P("Date d'envoi du présent avis à la publication : 22/03/2027"),
    ]
    avis_lab = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=11,
                 montant_estime_ht=4850000,
                 evidence=["Valeur estimée (H.T.) : 4 850 000,00 euros", "Marché alloti : Oui",
                           "Lot 11 : Électricité courants forts et faibles",
                           "comportent une clause sociale d'insertion",
                           "démarche environnementale du chantier : 8 %"])

    A = AA1
    rc = [
        TITLE("COMMUNE DE BRÉVAL-LES-ORMES", "RÈGLEMENT DE LA CONSULTATION",
              "Construction du groupe scolaire des Peupliers",
              "Marchés publics de travaux – procédure adaptée ouverte – consultation n° 2027-GS-03",
              "Date limite de réception des plis : 30 avril 2027 à 12 h 00"),
        *A("Objet de la consultation",
           "La consultation a pour objet les travaux de construction du groupe scolaire des Peupliers : dix "
           "classes, une salle de motricité, un restaurant scolaire en liaison chaude et des locaux "
           "d'accueil périscolaire, pour une surface de plancher de 2 450 m². Le bâtiment, en structure "
           "mixte béton et ossature bois, vise le niveau E3C1 du référentiel énergie-carbone."),
        *A("Maître d'ouvrage – maîtrise d'oeuvre",
           "Maître d'ouvrage : Commune de Bréval-les-Ormes, 1 place de la Mairie, 41330 Bréval-les-Ormes, "
           "représentée par son maire, Mme Odile Pasquier. Maîtrise d'oeuvre : Leroux & Tanguy Architectes "
           "(mandataire), BET Structures Loire, BET Fluides Ecotherm, économiste Chiffrage & Co."),
        *A("Procédure",
           "Procédure adaptée ouverte, passée en application des articles L. 2123-1 et R. 2123-1 1° du code de "
           "la commande publique."),
        *A("Allotissement",
           "Les travaux sont dévolus en onze lots séparés, désignés ci-après :",
           RTAB([("Lot", "Désignation")] + lots, widths=[0.12, 0.88]),
           "Chaque lot fait l'objet d'un marché distinct. Les candidats peuvent répondre à un ou plusieurs "
           "lots ; les offres sont jugées lot par lot."),
        *A("Estimation",
           "Le montant prévisionnel des travaux, tous lots confondus, est estimé à 4,85 millions d'euros hors "
           "taxes (valeur mars 2027)."),
        SPLIT("Pour information, l'autorisation de programme votée par le conseil municipal le 12 décembre 2026 "
              "s'élève à 7,2 M€ TTC, toutes dépenses confondues (études, travaux, équipements mobiliers,",
              "aléas et révisions). Elle ne constitue pas une estimation du montant des marchés de travaux."),
        *A("Délais",
           "Le délai global d'exécution est fixé à dix-huit mois, période de préparation d'un mois incluse, à "
           "compter de l'ordre de service de démarrage, prévu en septembre 2027. La livraison du bâtiment est "
           "attendue pour la rentrée scolaire 2029."),
        *A("Clause sociale d'insertion",
           "Les lots 01, 02, 03, 05, 08 et 10 comportent une clause sociale d'insertion obligatoire. Les "
           "entreprises attributaires de ces lots devront réserver à des personnes rencontrant des difficultés "
           "d'accès à l'emploi un nombre d'heures de travail fixé, lot par lot, à l'article 8 du CCAP. Le "
           "service emploi-insertion de la communauté de communes du Pays des Ormes assure la mission de "
           "facilitateur."),
        *A("Contenu du dossier de consultation",
           ["le règlement de la consultation ;", "le CCAP commun à tous les lots et ses annexes ;",
            "les actes d'engagement ;", "le CCTP de chaque lot ;", "les DPGF ;",
            "les plans, l'étude géotechnique G2 AVP et le plan général de coordination."]),
        *A("Visite",
           "La visite du terrain n'est pas obligatoire ; le site est librement accessible depuis la rue des "
           "Peupliers."),
        *rc_candidature(c, 2, A),
        *A("Critères de jugement des offres",
           TAB([("Critère", "Pondération"),
                ("Prix (montant de la DPGF)", "60 %"),
                ("Valeur technique :", "40 %"),
                ("– méthodologie, moyens humains et matériels", "20 %"),
                ("– planning détaillé et cohérence des délais", "12 %"),
                ("– démarche environnementale du chantier (gestion des déchets, réduction des nuisances, "
                 "provenance des matériaux)", "8 %")], widths=[0.8, 0.2], align="lr")),
        *rc_negociation(c, 1, A),
        *rc_remise(c, 2, A),
        *rc_renseignements(c, 1, A),
        *rc_validite(c, 2, A),
        *rc_attribution(c, 2, A),
        *rc_recours(c, 1, A),
    ]
    rc_lab = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=11,
               montant_estime_ht=4850000,
               evidence=["dévolus en onze lots séparés", "estimé à 4,85 millions d'euros",
                         "Les entreprises attributaires de ces lots devront réserver",
                         "démarche environnementale du chantier"])

    A = AA2
    hrows = [("Lot", "Intitulé", "Heures"), ("01", "Terrassements – gros oeuvre", "900"),
             ("02", "Charpente – ossature bois", "820"), ("03", "Couverture – étanchéité", "140"),
             ("05", "Menuiseries intérieures", "105"), ("08", "Peinture", "210"), ("10", "VRD", "315")]
    ccap = [
        TITLE("Commune de Bréval-les-Ormes", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Construction du groupe scolaire des Peupliers – consultation 2027-GS-03"),
        *A("Objet – décomposition",
           "Le présent CCAP est commun aux onze lots de l'opération de construction du groupe scolaire des "
           "Peupliers. Chaque lot fait l'objet d'un marché à prix global et forfaitaire."),
        *A("Pièces constitutives",
           ["l'acte d'engagement ;", "le présent CCAP et son annexe (charte chantier vert) ;",
            "le CCTP du lot ;", "la DPGF du lot ;",
            "le CCAG Travaux approuvé par l'arrêté du 30 mars 2021 ;", "le mémoire technique."]),
        *A("Intervenants",
           "Maîtrise d'oeuvre : Leroux & Tanguy Architectes, mandataire. OPC : Chiffrage & Co. Coordination SPS "
           "de niveau 2 : Prévention Centre. Contrôle technique : Véritas Loire."),
        *A("Délais",
           "Le délai global d'exécution est de dix-huit mois, dont un mois de préparation. Le calendrier "
           "détaillé est établi par l'OPC et notifié par ordre de service. Les journées d'intempéries prévisibles "
           "sont fixées à quinze jours ouvrables."),
        *A("Prix",
           "Les marchés sont conclus à prix global et forfaitaire, révisables mensuellement selon l'index BT "
           "propre à chaque lot défini à l'acte d'engagement, par application de la formule "
           "P = P0 × (0,125 + 0,875 × BT / BT0)."),
        *ccap_avance(c, 1, A),
        *A("Retenue de garantie",
           "Une retenue de garantie de 5 % du montant de chaque acompte est constituée ; elle peut être "
           "remplacée par une garantie à première demande."),
        H("ARTICLE 8 - Clause sociale d'insertion"),
        P("8.1 – En application de l'article L. 2112-2 du code de la commande publique, les titulaires des lots "
          "ci-dessous réservent à des personnes éloignées de l'emploi le nombre minimal d'heures de travail "
          "suivant :"),
        TAB(hrows, widths=[0.16, 0.6, 0.24], align="llr"),
        P("soit un total de 2" + SB + "490 heures pour l'opération. Les lots 04, 06, 07, 09 et 11 ne sont pas soumis à "
          "la clause."),
        P("8.2 – Publics éligibles : demandeurs d'emploi de longue durée, bénéficiaires du RSA, de l'ASS ou de "
          "l'AAH, jeunes de moins de 26 ans sans qualification, travailleurs reconnus handicapés, salariés de "
          "structures d'insertion par l'activité économique et de GEIQ, seniors de plus de 50 ans inscrits "
          "depuis plus de six mois."),
        P("8.3 – Modalités : embauche directe (CDD, CDI, contrat de professionnalisation), mise à disposition "
          "par une ETTI, une AI ou un GEIQ, sous-traitance ou co-traitance avec une entreprise d'insertion. Le "
          "facilitateur valide l'éligibilité des candidats avant toute prise de poste."),
        P("8.4 – Contrôle et pénalités : le titulaire transmet un relevé mensuel des heures. Toute heure non "
          "réalisée à la réception des travaux donne lieu à une pénalité de 60 € HT, sauf impossibilité "
          "constatée par le facilitateur."),
        *A("Charte chantier vert",
           "Chaque titulaire respecte la charte chantier vert annexée au présent CCAP. Il trie ses déchets en "
           "quatre flux au moins (inertes, bois, métaux, déchets non dangereux en mélange) ; le brûlage est "
           "interdit ; les eaux de lavage des toupies et des outils sont recueillies dans une aire de "
           "décantation. Les groupes électrogènes sont insonorisés et les voiries sont nettoyées chaque "
           "semaine. Les bordereaux d'élimination sont transmis au maître d'oeuvre.",
           "Le non-respect de la charte, constaté par le maître d'oeuvre, donne lieu à une pénalité de 200 € HT "
           "par constat."),
        *A("Pénalités de retard",
           "Par dérogation à l'article 19.2.3 du CCAG Travaux, la pénalité de retard est fixée à 1/2 000 du "
           "montant du marché par jour calendaire, avec un minimum de 150 € HT par jour. Les pénalités sont "
           "plafonnées à 10 % du montant du marché."),
        *A("Compte prorata",
           "Les dépenses d'intérêt commun sont réparties selon la convention de compte prorata jointe au DCE. "
           "Le titulaire du lot 01 en assure la gestion."),
        *ccap_assurances(c, 0, A, decennale=True),
        *A("Réception",
           "La réception est prononcée dans les conditions de l'article 41 du CCAG Travaux, pour l'ensemble "
           "des lots. Le délai de garantie est d'un an."),
        *ccap_soustraitance(c, 0, A),
        *ccap_obligations_legales(c, 2, A),
        *ccap_resiliation(c, 2, A),
        *ccap_litiges(c, 2, A),
    ]
    ccap_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2490, clause_environnementale=1,
                 allotissement=1, nb_lots=11,
                 evidence=["commun aux onze lots", "soit un total de 2 490 heures pour l'opération",
                           "Il trie ses déchets en quatre flux au moins"])

    qr_rows = [("N°", "Question", "Réponse"),
               ("1", "Pour le lot 04, des menuiseries mixtes bois-aluminium peuvent-elles être proposées ?",
                "Non. Les variantes ne sont pas autorisées ; seules les menuiseries aluminium décrites au CCTP "
                "peuvent être chiffrées."),
               ("2", "L'étude géotechnique G2 AVP citée au règlement n'est pas jointe au dossier.",
                "Elle a été ajoutée au DCE le 2 avril 2027 (pièce 6.3). Les candidats sont invités à la "
                "télécharger."),
               ("3", "Qui gère le compte prorata ?",
                "Le titulaire du lot 01, selon la convention jointe au DCE."),
               ("4", "L'article 8 du CCAP fixe 820 heures d'insertion pour le lot 02, ce qui paraît élevé au "
                     "regard du montant du lot. Pouvez-vous confirmer ?",
                "Il s'agit d'une erreur matérielle : le volume d'heures d'insertion du lot 02 « Charpente bois – "
                "ossature bois » est de 280 heures et non de 820 heures. Le total de l'opération est en "
                "conséquence ramené à 1 950 heures. L'article 8 du CCAP est réputé modifié en ce sens."),
               ("5", "Peut-on répondre à plusieurs lots avec un seul mémoire technique ?",
                "Oui, les candidats peuvent répondre à un ou plusieurs des onze lots, mais un mémoire distinct "
                "est attendu pour chaque lot, chaque lot étant jugé séparément."),
               ("6", "Le restaurant scolaire sera-t-il équipé par le lot 09 ?",
                "Non. Les équipements de cuisine font l'objet d'un marché de fournitures distinct ; le lot 09 "
                "réalise les attentes (alimentations, évacuations, extraction).")]
    qr = [
        TITLE("Commune de Bréval-les-Ormes", "REGISTRE DES QUESTIONS ET RÉPONSES",
              "Construction du groupe scolaire des Peupliers – consultation 2027-GS-03",
              "Mise à jour du 14 avril 2027"),
        P("Les réponses ci-dessous sont publiées sur le profil d'acheteur et s'imposent à tous les candidats."),
        TAB(qr_rows, widths=[0.06, 0.42, 0.52]),
    ]
    qr_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1950, allotissement=1, nb_lots=11,
               evidence=["est de 280 heures et non de 820 heures",
                         "Le total de l'opération est en conséquence ramené à 1 950 heures",
                         "un ou plusieurs des onze lots"])

    A = AA1
    cctp = [
        TITLE("Groupe scolaire des Peupliers – Bréval-les-Ormes", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Lot n° 08 – Peinture – revêtements muraux", "Consultation 2027-GS-03"),
        *A("Objet",
           "Le présent CCTP décrit les travaux de peinture et de revêtements muraux du lot n° 08 : préparation "
           "des supports, peintures intérieures des locaux d'enseignement, du restaurant et des circulations, "
           "lasures des bardages bois en sous-face de préau, toiles de verre des circulations."),
        *A("Normes et documents de référence",
           ["NF DTU 59.1 – revêtements de peinture en feuil mince, semi-épais ou épais ;",
            "NF DTU 59.4 – mise en oeuvre des papiers peints et revêtements muraux ;",
            "fiches techniques des fabricants et avis techniques des systèmes employés."]),
        *A("Exigences environnementales et sanitaires",
           "Les peintures, vernis et lasures appliqués à l'intérieur sont en phase aqueuse, titulaires de "
           "l'Ecolabel européen ou d'un label équivalent, et classés A+ au titre de l'étiquetage des émissions "
           "en polluants volatils. Le titulaire en remet les fiches avant toute commande.",
           "Le lavage des outils s'effectue dans un bac de décantation ; les eaux de lavage ne sont en aucun cas "
           "rejetées dans les réseaux ou sur le sol. Les pots vides et les résidus sont évacués comme déchets "
           "dangereux, avec bordereau de suivi."),
        *A("Préparation des supports",
           "Les supports (plaques de plâtre, béton, bois) sont réceptionnés contradictoirement. Le titulaire "
           "réalise les égrenages, rebouchages, ratissages et ponçages nécessaires pour obtenir un état de "
           "finition B pour les locaux d'enseignement et A pour le hall d'accueil."),
        *A("Description des ouvrages",
           ["classes et salle de motricité : une couche d'impression et deux couches de peinture velours "
            "lessivable ;",
            "restaurant scolaire et office : peinture satinée résistante aux lavages fréquents ;",
            "circulations : toile de verre à peindre et deux couches de peinture satinée ;",
            "sous-face du préau : lasure opaque microporeuse deux couches ;",
            "sanitaires : peinture spéciale pièces humides, teinte claire."]),
        *A("Teintes",
           "Les teintes sont choisies par l'architecte dans un nuancier comportant au moins quarante teintes. "
           "Des échantillons de 1 m² sont réalisés dans une classe témoin avant exécution."),
        *A("Protection – nettoyage",
           "Le titulaire protège les ouvrages des autres corps d'état, notamment les menuiseries et les sols "
           "souples, et assure le nettoyage de ses zones d'intervention en fin de journée."),
    ]
    cctp_lab = L(clause_environnementale=1, allotissement=1,
                 evidence=["Lot n° 08 – Peinture – revêtements muraux",
                           "titulaires de l'Ecolabel européen ou d'un label équivalent"])

    return dict(
        id="d05",
        title="Commune de Bréval-les-Ormes – construction du groupe scolaire des Peupliers (onze lots de travaux)",
        pieces=[PIECE("Avis_BOAMP_27-026318.txt", "AVIS", "", "", avis, avis_lab),
                PIECE("RC_2027-GS-03.pdf", "RC", hd, "RC – Groupe scolaire des Peupliers", rc, rc_lab),
                PIECE("CCAP_2027-GS-03.pdf", "CCAP", hd, "CCAP – Groupe scolaire des Peupliers", ccap, ccap_lab,
                      hyphen=True, cols=2),
                PIECE("Registre_QR_2027-GS-03.docx", "QR", hd, "Registre des questions-réponses", qr, qr_lab),
                PIECE("CCTP_lot08_peinture.pdf", "CCTP", hd, "CCTP lot 08 – Peinture", cctp, cctp_lab,
                      hyphen=True)],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1950, allotissement=1, nb_lots=11, montant_estime_ht=4850000),
        why=dict(heures_insertion="CCAP art. 8 : 900 + 820 + 140 + 105 + 210 + 315, « soit un total de 2 490 "
                                  "heures » ; le registre (question 4) corrige le lot 02 à 280 h et ramène le "
                                  "total à 1 950 heures.",
                 allotissement="Avis (« Marché alloti : Oui »), RC art. 4.",
                 nb_lots="Onze lots (avis, RC, CCAP, registre).",
                 montant_estime_ht="Avis : 4 850 000,00 euros ; RC : « 4,85 millions d'euros hors taxes » ; "
                                   "l'autorisation de programme de 7,2 M€ TTC n'est pas l'estimation.",
                 montant_max_ht="Aucun (marchés ordinaires).",
                 reserve_base="« La consultation prévoit une réservation … : Non »."),
        note="Pièges : total d'heures écrit mais erroné, corrigé par le registre ; 7,2 M€ TTC coupé par un saut "
             "de page ; E3C1 (objet) ; pénalités de 60 € par heure et de 200 € par constat ; 2 450 m² ; CCAP "
             "en deux colonnes avec césures.")


# ============================================================================= d06
# CCAS, repas en liaison froide : deux lots, minimum et maximum annuels par lot sur trois périodes, valeur
# estimée de l'avis distincte ; clause d'insertion sans volume imposé (heures proposées par le candidat) et
# critère d'insertion ; quantités prévisionnelles du BPU.
def d06():
    c = C(qui="le CCAS", ta="Montpellier", ccag="fournitures courantes et services", ccira="Marseille",
          profil="https://marches.port-ravenne.fr", proc="ao", ac=True, paiement=30)
    hd = "CCAS de Port-Ravenne – Restauration – CCAS-PR-2027-02"
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Centre communal d'action sociale de Port-Ravenne",
              "Services – Accord-cadre à bons de commande"),
        P("Identification de l'organisme qui passe le marché : Centre communal d'action sociale (CCAS) de "
          "Port-Ravenne, 8 place de l'Hôtel-de-Ville, 34690 Port-Ravenne. SIRET 261 700 382 00025. Profil "
          "d'acheteur : https://marches.port-ravenne.fr"),
        P("Objet du marché : fabrication et livraison de repas en liaison froide pour le service de portage à "
          "domicile et pour les établissements d'accueil du jeune enfant. Référence : CCAS-PR-2027-02."),
        P("Procédure : appel d'offres ouvert (articles R. 2124-2 1° et R. 2161-2 à R. 2161-5 du code de la "
          "commande publique)."),
        P("Valeur estimée hors TVA : 310 000 euros pour la durée totale, reconductions comprises."),
        P("Allotissement : oui, 2 lots."),
        LST(["Lot 1 : repas pour le portage à domicile des personnes âgées et des personnes handicapées ;",
             "Lot 2 : repas pour la crèche collective Les Moussaillons et le multi-accueil Les Embruns."]),
        P("Durée : un an à compter du 1er juillet 2027, reconductible deux fois par période d'un an."),
        P("Marché réservé : non."),
        P("Conditions particulières d'exécution : clause d'insertion professionnelle (article 10 du CCAP) ; "
          "approvisionnement en produits durables et de qualité ; contenants réutilisables pour le lot 2."),
        P("Critéres d'attribution : 1. Prix (40 %) ; 2. Valeur technique (30 %) ; 3. Performances en matière "
          "de protection de l'environnement (15 %) ; 4. Performances en matière d'insertion professionnelle "
          "des publics en difficulté (15 %)."),
        P("Date limite de réception des offres : 3 mai 2027 à 17 h 00. Délai de validité des offres : 180 "
          "jours."),
        P("Instance chargée des procédures de recours : Tribunal administratif de Montpellier."),
        P("Date d'envoi de l'avis : 25 mars 2027."),
    ]
    avis_lab = L(clause_sociale=1, clause_insertion=1, critere_social=1, clause_environnementale=1,
                 critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=310000,
                 evidence=["Valeur estimée hors TVA : 310 000 euros", "Allotissement : oui, 2 lots",
                           "clause d'insertion professionnelle (article 10 du CCAP)",
                           "contenants réutilisables pour le lot 2",
                           "Performances en matière d'insertion professionnelle des publics en difficulté",
                           "protection de l'environnement (15 %)"])

    A = AA1
    rc = [
        TITLE("CCAS DE PORT-RAVENNE", "RÈGLEMENT DE LA CONSULTATION",
              "Fabrication et livraison de repas en liaison froide",
              "Appel d'offres ouvert – accords-cadres à bons de commande – CCAS-PR-2027-02",
              "Date limite de remise des offres : lundi 3 mai 2027 à 17 h 00"),
        *A("Objet",
           "La consultation porte sur la fabrication et la livraison de repas en liaison froide destinés, "
           "d'une part, aux bénéficiaires du service de portage de repas à domicile du CCAS et, d'autre part, "
           "aux enfants accueillis dans les établissements municipaux d'accueil du jeune enfant."),
        *A("Acheteur",
           "Centre communal d'action sociale de Port-Ravenne, établissement public administratif, représenté "
           "par sa vice-présidente, Mme Lucienne Andrieu."),
        *A("Procédure",
           "Appel d'offres ouvert en application des articles L. 2124-2, R. 2124-2 1° et R. 2161-2 à R. 2161-5 "
           "du code de la commande publique."),
        *A("Lots – forme – montants",
           "La consultation comporte deux lots, chacun donnant lieu à un accord-cadre à bons de commande "
           "mono-attributaire avec les montants annuels suivants :",
           RTAB([("Lot", "Minimum annuel HT", "Maximum annuel HT"),
                 ("1 – Portage de repas à domicile", "30 000 €", "95 000 €"),
                 ("2 – Repas des établissements d'accueil du jeune enfant", "15 000 €", "60 000 €")],
                widths=[0.5, 0.25, 0.25], align="lrr")),
        *A("Durée",
           "Chaque accord-cadre est conclu pour un an à compter du 1er juillet 2027. Il peut être reconduit "
           "tacitement deux fois par période d'un an, soit une durée maximale de trois ans. Les montants "
           "minimum et maximum s'appliquent à chaque période."),
        *A("Insertion professionnelle",
           "Le titulaire de chaque lot s'engage à réaliser une action d'insertion professionnelle au bénéfice "
           "de personnes rencontrant des difficultés sociales ou professionnelles particulières, dans les "
           "conditions de l'article 10 du CCAP. Le volume d'heures qu'il propose dans son offre devient "
           "contractuel."),
        *A("Dossier de consultation",
           ["le présent règlement ;", "le CCAP ;", "le CCTP et ses annexes (plans alimentaires, listes des "
            "points de livraison) ;", "l'acte d'engagement de chaque lot ;", "le BPU de chaque lot ;",
            "le cadre de réponse technique."]),
        *rc_candidature(c, 0, A, extra=["la copie de l'agrément sanitaire de la cuisine de production délivré "
                                         "par la direction départementale de la protection des populations."]),
        *A("Contenu des offres",
           "Le candidat remet, pour chaque lot : l'acte d'engagement ; le BPU ; le cadre de réponse technique "
           "complété, qui indique notamment le nombre d'heures d'insertion qu'il s'engage à réaliser sur la "
           "durée totale de l'accord-cadre, les modalités d'accueil et d'accompagnement des personnes, la part "
           "de produits biologiques, les contenants et le mode de livraison ; une semaine de menus type."),
        *A("Dégustation",
           "Les trois candidats les mieux classés après analyse des critères 1 et 3 pourront être invités à "
           "une dégustation à l'aveugle, dont le résultat est pris en compte dans la valeur technique."),
        *A("Jugement des offres",
           RTAB([("Critère", "Pondération"),
                 ("1. Prix, apprécié sur une commande type", "40 %"),
                 ("2. Valeur technique : qualité gustative et nutritionnelle, variété des menus, "
                  "organisation des livraisons", "30 %"),
                 ("3. Performances en matière de protection de l'environnement : part de produits "
                  "biologiques au-delà du minimum réglementaire, réduction des emballages, véhicules de "
                  "livraison", "15 %"),
                 ("4. Performances en matière d'insertion professionnelle des publics en difficulté : nombre "
                  "d'heures proposé (8 %) et qualité de l'accueil, du tutorat et de la formation (7 %)", "15 %")],
                widths=[0.82, 0.18], align="lr")),
        *rc_negociation(c, 2, A),
        *rc_remise(c, 1, A),
        *rc_renseignements(c, 0, A),
        *rc_modifs(c, 2, A),
        *rc_validite(c, 1, A),
        *rc_recours(c, 2, A),
    ]
    rc_lab = L(clause_sociale=1, clause_insertion=1, critere_social=1, critere_environnemental=1,
               allotissement=1, nb_lots=2, montant_max_ht=465000,
               evidence=["La consultation comporte deux lots", "95 000 €", "60 000 €",
                         "reconduit tacitement deux fois", "[(95 000 + 60 000) × 3]",
                         "s'engage à réaliser une action d'insertion professionnelle",
                         "4. Performances en matière d'insertion professionnelle",
                         "3. Performances en matière de protection de l'environnement"])

    A = AA4
    ccap = [
        TITLE("Centre communal d'action sociale de Port-Ravenne",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Fabrication et livraison de repas en liaison froide – CCAS-PR-2027-02"),
        *A("Objet",
           "Le présent CCAP s'applique aux deux accords-cadres à bons de commande issus de la consultation : "
           "lot 1 « Portage de repas à domicile » et lot 2 « Repas des établissements d'accueil du jeune "
           "enfant »."),
        *A("Pièces contractuelles",
           ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et ses annexes ;", "le BPU ;",
            "le CCAG des marchés publics de fournitures courantes et de services ;",
            "le cadre de réponse technique du titulaire, y compris son engagement d'heures d'insertion."]),
        *A("Durée",
           "L'accord-cadre est conclu pour une période initiale d'un an à compter du 1er juillet 2027. Il est "
           "reconductible tacitement deux fois par période d'un an ; sa durée maximale est de trois ans."),
        *A("Montants",
           "Pour chaque période annuelle, les commandes sont passées dans les limites suivantes :",
           ["lot 1 : montant minimum de 30 000 € HT et montant maximum de 95 000 € HT ;",
            "lot 2 : montant minimum de 15 000 € HT et montant maximum de 60 000 € HT."]),
        *ccap_bons(c, 2, A),
        *A("Commandes et livraisons",
           "Les commandes hebdomadaires sont transmises au plus tard le jeudi à 12 h 00 pour la semaine "
           "suivante ; elles peuvent être ajustées jusqu'à la veille 10 h 00. Les repas sont livrés entre "
           "7 h 30 et 11 h 00 aux points de livraison listés en annexe du CCTP, y compris les samedis et les "
           "veilles de jours fériés pour le lot 1."),
        *A("Hygiène et sécurité sanitaire",
           "Le titulaire dispose d'un agrément sanitaire en cours de validité. Il applique un plan de maîtrise "
           "sanitaire fondé sur les principes HACCP et conserve les plats témoins pendant cinq jours. Il "
           "informe le CCAS sans délai de toute alerte sanitaire."),
        *A("Contrôles",
           "Le CCAS peut faire procéder, à tout moment et sans préavis, à des contrôles bactériologiques et à "
           "des visites de la cuisine de production. Les analyses défavorables sont à la charge du titulaire."),
        *A("Protection des données des bénéficiaires",
           "Les listes de bénéficiaires du portage transmises au titulaire ne sont utilisées que pour "
           "l'exécution des livraisons et sont détruites au terme de l'accord-cadre."),
        H("Art. 10 – Clause d'insertion professionnelle"),
        P("10.1 Le titulaire réalise, pendant toute la durée de l'accord-cadre, une action d'insertion "
          "professionnelle au bénéfice de personnes éloignées de l'emploi : demandeurs d'emploi de longue "
          "durée, bénéficiaires de minima sociaux, jeunes sans qualification, travailleurs handicapés, "
          "personnes accompagnées par une structure d'insertion par l'activité économique."),
        P("10.2 Aucun volume minimal n'est imposé par le CCAS. Le nombre d'heures d'insertion indiqué par le "
          "titulaire dans son cadre de réponse technique constitue un engagement contractuel ; il peut être "
          "réalisé en cuisine, au conditionnement ou à la livraison."),
        P("10.3 Le titulaire désigne un tuteur pour chaque personne accueillie. Le PLIE de l'agglomération "
          "ravennaise vérifie l'éligibilité des publics et reçoit un bilan semestriel. Chaque heure non "
          "réalisée au terme de l'accord-cadre donne lieu à une pénalité de 30 € HT."),
        *A("Engagements environnementaux",
           "Le titulaire garantit qu'en valeur d'achat, au moins 50 % des denrées entrant dans la composition "
           "des repas sont des produits durables et de qualité, dont au moins 25 % issus de l'agriculture "
           "biologique, et il remet chaque trimestre le tableau de suivi correspondant.",
           "Pour le lot 2, les repas sont livrés dans des bacs gastronormes en inox repris et lavés par le "
           "titulaire ; pour le lot 1, les barquettes sont recyclables et les sacs de transport réutilisables. "
           "À compter de la première reconduction, les livraisons sont assurées par des véhicules électriques "
           "ou classés Crit'Air 1."),
        *ccap_prix(c, 1, A, "des prix à la consommation « restauration collective » publié par l'INSEE"),
        *ccap_avance(c, 0, A),
        *ccap_paiement(c, 1, A),
        *A("Pénalités",
           ["livraison postérieure de plus de trente minutes à l'horaire convenu : 100 € par point de "
            "livraison ;",
            "repas manquant ou non conforme au régime prescrit : 20 € par repas ;",
            "rupture de la chaîne du froid constatée : 500 € par constat, sans préjudice de la destruction des "
            "repas ;",
            "non-transmission du tableau de suivi des approvisionnements : 150 € par trimestre."]),
        *ccap_assurances(c, 1, A),
        *ccap_soustraitance(c, 2, A),
        *ccap_obligations_legales(c, 0, A),
        *ccap_resiliation(c, 0, A),
        *ccap_litiges(c, 1, A),
    ]
    ccap_lab = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=2,
                 montant_max_ht=465000,
                 evidence=["montant maximum de 95 000 € HT", "montant maximum de 60 000 € HT",
                           "reconductible tacitement deux fois", "[155 000 × 3 = 465 000]",
                           "une action d'insertion professionnelle au bénéfice de personnes éloignées de l'emploi",
                           "au moins 50 % des denrées", "bacs gastronormes en inox"])

    A = AA1
    cctp = [
        TITLE("CCAS de Port-Ravenne", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Fabrication et livraison de repas en liaison froide – lots 1 et 2"),
        *A("Présentation",
           "Le présent CCTP concerne les deux lots de la consultation. Le service de portage livre environ "
           "cent dix bénéficiaires par jour ; les deux établissements d'accueil du jeune enfant accueillent "
           "soixante-quatre enfants de dix semaines à trois ans."),
        *A("Composition des repas – lot 1",
           "Le déjeuner comprend une entrée, un plat protidique et son accompagnement, un produit laitier, un "
           "dessert et du pain ; le dîner, un potage, un plat léger et un dessert. Les grammages et les "
           "fréquences suivent les recommandations nutritionnelles applicables aux personnes âgées. Les "
           "régimes (diabétique, sans sel, textures modifiées) sont assurés sur prescription."),
        *A("Composition des repas – lot 2",
           "Les repas sont adaptés à l'âge des enfants (bébés, moyens, grands), avec des textures évolutives. "
           "Le titulaire propose chaque semaine au moins deux repas végétariens et exclut les produits "
           "contenant des additifs controversés listés en annexe."),
        *A("Qualité des denrées",
           "Le titulaire privilégie les produits de saison. Les viandes bovines sont d'origine française ; "
           "le poisson provient de pêcheries gérées durablement. Aucun produit contenant des organismes "
           "génétiquement modifiés n'est admis."),
        *A("Conditionnement et livraison",
           "Les repas du lot 1 sont conditionnés en barquettes individuelles recyclables, étiquetées avec la "
           "date limite de consommation et la liste des allergènes. Pour le lot 2, les préparations sont "
           "livrées en bacs gastronormes en inox ou en verre ; l'usage de contenants en plastique pour la "
           "cuisson, la réchauffe ou le service est exclu. La température est maintenue entre 0 et 3 °C "
           "jusqu'à la livraison, enregistrée et tracée.",
           "Les tournées sont organisées de manière à limiter les kilomètres parcourus ; le titulaire "
           "communique ses itinéraires au CCAS avant le démarrage."),
        *A("Lutte contre le gaspillage",
           "Le titulaire organise une pesée trimestrielle des restes dans les établissements du lot 2 et "
           "ajuste les grammages en conséquence. Les excédents consommables sont proposés à une association "
           "d'aide alimentaire, dans le respect des règles sanitaires."),
        *A("Information des bénéficiaires",
           "Les menus sont communiqués quatre semaines à l'avance, en gros caractères pour le lot 1. Le "
           "titulaire participe à une commission des menus trimestrielle."),
    ]
    cctp_lab = L(clause_environnementale=1, allotissement=1, nb_lots=2,
                 evidence=["Le présent CCTP concerne les deux lots",
                           "l'usage de contenants en plastique pour la cuisson, la réchauffe ou le service est exclu",
                           "pesée trimestrielle des restes"])

    bpu = [
        TITLE("CCAS de Port-Ravenne – CCAS-PR-2027-02", "BORDEREAU DES PRIX UNITAIRES",
              "Lot n° 1 – Portage de repas à domicile"),
        P("Les quantités annuelles prévisionnelles sont données à titre indicatif, pour l'établissement de la "
          "commande type ; elles n'engagent pas le CCAS. Les prix sont exprimés en euros, livraison comprise."),
        TAB([("Réf.", "Désignation", "Quantité annuelle prévisionnelle", "Prix unitaire HT", "TVA 5,5 %",
              "Prix unitaire TTC"),
             ("1", "Déjeuner complet (entrée, plat, laitage, dessert, pain)", "24 000", "", "", ""),
             ("2", "Dîner (potage, plat léger, dessert)", "9 500", "", "", ""),
             ("3", "Supplément repas à texture modifiée", "2 200", "", "", ""),
             ("4", "Repas de fête (jours fériés)", "1 100", "", "", ""),
             ("5", "Collation de l'après-midi", "3 000", "", "", "")],
            widths=[0.06, 0.44, 0.14, 0.12, 0.12, 0.12]),
        P("Fait à ........................, le ........................ Signature du candidat."),
    ]
    bpu_lab = L(allotissement=1, evidence=["Lot n° 1 – Portage de repas à domicile"])

    return dict(
        id="d06",
        title="CCAS de Port-Ravenne – repas en liaison froide (portage à domicile, petite enfance), deux lots",
        pieces=[PIECE("AAPC_CCAS-PR-2027-02.txt", "AVIS", "", "", avis, avis_lab),
                PIECE("RC_CCAS-PR-2027-02.pdf", "RC", hd, "Règlement de la consultation", rc, rc_lab),
                PIECE("CCAP_CCAS-PR-2027-02.docx", "CCAP", hd, "CCAP", ccap, ccap_lab),
                PIECE("CCTP_repas_lots1-2.pdf", "CCTP", hd, "CCTP", cctp, cctp_lab, cols=2, hyphen=True),
                PIECE("BPU_lot1_portage.docx", "BPU", hd, "BPU lot 1", bpu, bpu_lab)],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
             "critere_environnemental"],
        values=V(allotissement=1, nb_lots=2, montant_estime_ht=310000, montant_max_ht=465000),
        why=dict(heures_insertion="Clause d'insertion sans volume imposé (CCAP 10.2 : « Aucun volume minimal ») : "
                                  "pas de nombre d'heures.",
                 allotissement="Avis, RC art. 4 : deux lots.",
                 nb_lots="Deux lots.",
                 montant_estime_ht="Avis : « Valeur estimée hors TVA : 310 000 euros pour la durée totale ».",
                 montant_max_ht="Maximums annuels 95 000 (lot 1) et 60 000 (lot 2), durée un an + deux "
                                "reconductions : (95 000 + 60 000) × 3 = 465 000 ; pas de total écrit.",
                 reserve_base="« Marché réservé : non »."),
        note="Pièges : minimums annuels (30 000 et 15 000) ; quantités prévisionnelles du BPU (24 000 repas) ; "
             "« 50 % des denrées », « 25 % bio » ; pénalité de 30 € par heure ; « nombre d'heures proposé » "
             "dans un critère ; CCAP en DOCX ; CCTP en deux colonnes.")


# ============================================================================= d07
# Communauté de communes, espaces verts : trois lots réservés aux SIAE (L.2113-13), estimation annuelle par
# lot dans le RC (durée un an + deux reconductions), valeur totale dans l'avis de presse (sans accents) ;
# critère d'accompagnement socioprofessionnel ; BPU de prestations ponctuelles à l'heure.
def d07():
    c = C(qui="la communauté de communes", ta="Bordeaux", ccag="fournitures courantes et services",
          ccira="Bordeaux", profil="https://marches.coteaux-levrier.fr", proc="ao", paiement=30)
    hd = "Communauté de communes des Coteaux du Lévrier – CCCL-EV-2027-05"
    avis = [
        TITLE("AVIS D'APPEL PUBLIC A LA CONCURRENCE", "Communaute de communes des Coteaux du Levrier"),
        P("Pouvoir adjudicateur : Communaute de communes des Coteaux du Levrier, 2 route de la Gare, 24560 "
          "Saint-Avit-le-Levrier. Tel. standard et adresse electronique : voir profil acheteur "
          "https://marches.coteaux-levrier.fr"),
        P("Objet : entretien des espaces verts et des berges des sites communautaires. Reference CCCL-EV-2027-05."),
        P("Procedure : appel d'offres ouvert. Marche reserve : oui, en application de l'article L.2113-13 du "
          "code de la commande publique, aux structures d'insertion par l'activite economique (SIAE) "
          "mentionnees a l'article L.5132-4 du code du travail et aux structures equivalentes."),
        P("Allotissement : 3 lots. Lot 1 : secteur Nord. Lot 2 : secteur Centre. Lot 3 : secteur Sud et "
          "berges du Levrier."),
        P("Duree : 1 an a compter du 1er mars 2027, reconductible 2 fois par periode d'un an."),
        P("Valeur estimee H.T. : 445 500 euros pour l'ensemble des lots, reconductions comprises."),
        P("Conditions d'execution : les prestations sont executees par des salaries en parcours d'insertion, "
          "encadres et accompagnes par le titulaire ; gestion differenciee sans produits phytosanitaires."),
        P("Criteres d'attribution : prix 40 % ; qualite de l'accompagnement socioprofessionnel des salaries en "
          "insertion 30 % ; valeur technique 30 % dont methodes de gestion ecologique 10 %."),
        P("Date limite de reception des offres : 8 fevrier 2027 a 12 h. Envoi a la publication : 4 janvier "
          "2027."),
    ]
    avis_lab = L(clause_sociale=1, clause_insertion=1, critere_social=1, marche_reserve=1,
                 reserve_base="L2113-13", clause_environnementale=1, critere_environnemental=1,
                 allotissement=1, nb_lots=3, montant_estime_ht=445500,
                 evidence=["Marche reserve : oui", "L.2113-13",
                           "Allotissement : 3 lots", "Valeur estimee H.T. : 445 500 euros",
                           "executees par des salaries en parcours d'insertion",
                           "sans produits phytosanitaires",
                           "accompagnement socioprofessionnel des salaries en insertion",
                           "methodes de gestion ecologique 10 %"])

    A = AA2
    rc = [
        TITLE("COMMUNAUTÉ DE COMMUNES DES COTEAUX DU LÉVRIER", "RÈGLEMENT DE LA CONSULTATION",
              "Entretien des espaces verts et des berges des sites communautaires",
              "Appel d'offres ouvert – marché réservé – CCCL-EV-2027-05"),
        *A("Objet",
           "La consultation porte sur l'entretien des espaces verts des sites gérés par la communauté de "
           "communes : siège et pôles de services, zones d'activités, aires de covoiturage, abords des "
           "déchetteries, parcs communautaires, ainsi que l'entretien des berges du Lévrier sur 14 km."),
        *A("Acheteur",
           "Communauté de communes des Coteaux du Lévrier, 2 route de la Gare, 24560 Saint-Avit-le-Lévrier – "
           "SIRET 200 068 451 00012 – représentée par son président, M. Bernard Castaing."),
        *A("Procédure",
           "Appel d'offres ouvert, articles L. 2124-2, R. 2124-2 1° et R. 2161-2 à R. 2161-5 du code de la "
           "commande publique."),
        *A("Marché réservé",
           "En application de l'article L. 2113-13 du code de la commande publique, les trois lots sont "
           "réservés aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du "
           "code du travail (entreprises d'insertion, ateliers et chantiers d'insertion, associations "
           "intermédiaires, entreprises de travail temporaire d'insertion) ainsi qu'aux structures "
           "équivalentes. Les candidats justifient de leur conventionnement en cours de validité."),
        *A("Lots et estimation",
           "Les prestations sont réparties en trois lots géographiques :",
           RTAB([("Lot", "Secteur", "Estimation annuelle HT"),
                 ("1", "Secteur Nord (5 communes, 22 sites)", "48 000 €"),
                 ("2", "Secteur Centre (7 communes, 31 sites)", "61 500 €"),
                 ("3", "Secteur Sud et berges du Lévrier (4 communes, 14 sites, 14 km de berges)", "39 000 €")],
                widths=[0.1, 0.62, 0.28], align="llr"),
           "Un même candidat peut être attributaire de plusieurs lots."),
        *A("Durée",
           "Le marché de chaque lot est conclu pour un an à compter du 1er mars 2027. Il est reconductible "
           "tacitement deux fois par période d'un an."),
        *A("Forme et prix",
           "Les prestations d'entretien programmées sont rémunérées par un prix global et forfaitaire annuel ; "
           "les prestations ponctuelles sont rémunérées par application des prix unitaires du BPU commun aux "
           "trois lots."),
        *A("Dossier de consultation",
           ["le présent RC ;", "le CCAP ;", "le CCTP et l'inventaire des sites ;", "l'acte d'engagement ;",
            "la décomposition du prix global et forfaitaire ;", "le BPU des prestations ponctuelles."]),
        *rc_candidature(c, 0, A, extra=["la copie de la convention ou de l'agrément de la structure au titre "
                                         "de l'insertion par l'activité économique."]),
        *A("Jugement des offres",
           "Les offres sont jugées lot par lot selon les critères suivants :",
           ["Prix : 40 % ;",
            "Qualité de l'accompagnement socioprofessionnel des salariés en insertion affectés au marché "
            "(encadrement technique, accompagnement social et professionnel, formations prévues, résultats "
            "en matière de sorties vers l'emploi) : 30 % ;",
            "Valeur technique : 30 %, dont organisation et moyens matériels (20 %) et méthodes de gestion "
            "écologique des espaces (zéro produit phytosanitaire, gestion différenciée, valorisation des "
            "déchets verts) (10 %)."]),
        *rc_negociation(c, 2, A),
        *rc_remise(c, 2, A),
        *rc_renseignements(c, 2, A),
        *rc_validite(c, 0, A),
        *rc_attribution(c, 0, A),
        *rc_recours(c, 0, A),
    ]
    rc_lab = L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", critere_environnemental=1,
               allotissement=1, nb_lots=3, montant_estime_ht=445500,
               evidence=["réparties en trois lots", "48 000 €", "61 500 €", "39 000 €",
                         "reconductible tacitement deux fois", "[(48 000 + 61 500 + 39 000) × 3 = 445 500]",
                         "article L. 2113-13", "les trois lots sont réservés",
                         "Qualité de l'accompagnement socioprofessionnel",
                         "méthodes de gestion écologique"])

    A = AA1
    ccap = [
        TITLE("Communauté de communes des Coteaux du Lévrier", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Entretien des espaces verts et des berges – CCCL-EV-2027-05 – lots 1 à 3"),
        *A("Objet",
           "Le présent CCAP s'applique aux marchés des trois lots de la consultation relative à l'entretien des "
           "espaces verts et des berges des sites communautaires."),
        *A("Pièces contractuelles",
           ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et l'inventaire des sites ;",
            "la décomposition du prix global et forfaitaire ;", "le BPU ;",
            "le CCAG des marchés publics de fournitures courantes et de services ;",
            "le mémoire technique et social du titulaire."]),
        *A("Durée",
           "Chaque marché est conclu pour une durée d'un an à compter du 1er mars 2027, reconductible "
           "tacitement deux fois. La non-reconduction est notifiée au moins deux mois avant l'échéance."),
        *A("Réservation",
           "Les marchés sont réservés en application de l'article L 2113-13 du code de la commande publique. "
           "Le titulaire conserve pendant toute leur durée son conventionnement de structure d'insertion par "
           "l'activité économique et en informe sans délai la communauté de communes s'il lui est retiré."),
        *A("Engagements relatifs aux parcours d'insertion",
           "Le titulaire affecte à l'exécution du marché des salariés en parcours d'insertion, encadrés par un "
           "encadrant technique présent sur les chantiers. Il leur assure un accompagnement socioprofessionnel "
           "et des actions de formation, notamment aux gestes de la gestion différenciée et à la sécurité.",
           "Il remet chaque année un bilan indiquant le nombre de salariés en insertion affectés au marché, les "
           "heures travaillées sur les sites, les formations suivies et les sorties vers l'emploi ou la "
           "formation qualifiante."),
        *A("Prescriptions environnementales",
           "Aucun produit phytopharmaceutique n'est utilisé, y compris sur les zones d'activités et les "
           "cimetières paysagers. Les déchets verts sont broyés sur place et réutilisés en paillage, ou apportés "
           "à la plateforme de compostage communautaire ; leur brûlage est interdit.",
           "Les souffleurs, taille-haies et débroussailleuses à main utilisés sur les sites sont électriques "
           "à compter de la première reconduction. Le titulaire entretient son matériel de manière à éviter "
           "toute fuite d'hydrocarbures à proximité des cours d'eau."),
        *ccap_prix(c, 0, A, "des prix de production des services d'aménagement paysager"),
        *ccap_avance(c, 1, A),
        *ccap_paiement(c, 0, A),
        *A("Pénalités",
           ["prestation programmée non réalisée dans la semaine prévue : 100 € HT par site ;",
            "absence d'encadrant technique constatée sur un chantier : 150 € HT par constat ;",
            "non-remise du bilan annuel dans le délai : 50 € HT par jour de retard."]),
        *A("Sécurité",
           "Le titulaire fournit à son personnel les équipements de protection individuelle adaptés. Les "
           "interventions en bord de voirie font l'objet d'une signalisation temporaire ; les interventions "
           "sur les berges sont réalisées à deux agents au minimum."),
        *ccap_assurances(c, 0, A),
        *A("Sous-traitance",
           "La sous-traitance n'est admise qu'au profit d'une autre structure d'insertion par l'activité "
           "économique ou d'une structure équivalente, après acceptation par la communauté de communes."),
        *ccap_obligations_legales(c, 1, A),
        *ccap_resiliation(c, 0, A),
        *ccap_litiges(c, 1, A),
    ]
    ccap_lab = L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-13",
                 clause_environnementale=1, allotissement=1, nb_lots=3,
                 evidence=["aux marchés des trois lots",
                           "réservés en application de l'article L 2113-13",
                           "affecte à l'exécution du marché des salariés en parcours d'insertion",
                           "Aucun produit phytopharmaceutique n'est utilisé"])

    sites = [("Site", "Lot", "Tonte (m²)", "Haies (ml)", "Passages par an"),
             ("Siège communautaire – Saint-Avit", "1", "3 200", "240", "14"),
             ("ZA des Granges", "1", "12 500", "610", "8"),
             ("Aire de covoiturage de la RD 21", "1", "1 100", "90", "10"),
             ("Pôle de services de Lévignac", "2", "2 400", "180", "14"),
             ("Parc communautaire du Moulin", "2", "18 600", "1 020", "16"),
             ("Déchetterie de Castelnau – abords", "2", "4 300", "350", "6"),
             ("ZA du Pech", "3", "9 800", "420", "8"),
             ("Berges du Lévrier (14 km, deux rives)", "3", "fauche", "—", "2")]
    cctp = [
        TITLE("Communauté de communes des Coteaux du Lévrier", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Entretien des espaces verts et des berges – CCCL-EV-2027-05"),
        H("1. Objet et organisation"),
        P("Le présent CCTP décrit les prestations des trois lots. L'inventaire ci-dessous est extrait de "
          "l'annexe 1 (inventaire complet des 67 sites) ; les surfaces sont indicatives."),
        TAB(sites, widths=[0.42, 0.08, 0.16, 0.16, 0.18]),
        H("2. Tonte et fauche"),
        P("Les pelouses d'agrément sont tondues à une hauteur de 6 à 8 cm, en mulching de préférence. Les "
          "prairies et bords de zones d'activités font l'objet d'une fauche tardive, après le 15 juillet, avec "
          "exportation des produits de fauche."),
        H("3. Haies et arbustes"),
        P("La taille des haies est interdite entre le 16 mars et le 15 août, période de nidification. Les "
          "massifs arbustifs sont taillés en forme libre ; les rémanents sont broyés et laissés en paillage au "
          "pied des massifs."),
        H("4. Désherbage"),
        P("Le désherbage est exclusivement manuel, mécanique ou thermique ; l'emploi de tout produit "
          "phytopharmaceutique, y compris de biocontrôle non autorisé en zone non agricole, est proscrit. Les "
          "allées stabilisées peuvent être enherbées après accord du service."),
        H("5. Berges du Lévrier (lot 3)"),
        P("Deux fauches annuelles de la ripisylve, enlèvement des embâcles gênant l'écoulement, signalement des "
          "espèces exotiques envahissantes. Aucune intervention dans le lit mineur n'a lieu entre le 1er novembre "
          "et le 31 mars, période de reproduction de la truite fario."),
        H("6. Horaires – organisation"),
        P("Les interventions ont lieu du lundi au vendredi, de 7 h 30 à 16 h 30, et de 7 h 00 à 13 h 00 "
          "pendant les épisodes de forte chaleur. Un planning prévisionnel mensuel est transmis au service "
          "environnement de la communauté de communes."),
        H("7. Déchets verts"),
        P("Les déchets verts non réutilisés sur place sont apportés à la plateforme de compostage de "
          "Castelnau ; les bons de dépôt sont joints à la facture mensuelle."),
    ]
    cctp_lab = L(clause_environnementale=1, allotissement=1, nb_lots=3,
                 evidence=["décrit les prestations des trois lots",
                           "l'emploi de tout produit phytopharmaceutique",
                           "La taille des haies est interdite entre le 16 mars et le 15 août"])

    bpu = [
        TITLE("CCCL – Entretien des espaces verts et des berges", "BORDEREAU DES PRIX UNITAIRES",
              "Prestations ponctuelles – commun aux lots 1 à 3", "CCCL-EV-2027-05"),
        P("Les prix unitaires ci-dessous rémunèrent les prestations ponctuelles commandées hors entretien "
          "programmé. Ils s'entendent hors taxes, fournitures, déplacement et évacuation compris."),
        RTAB([("N°", "Désignation", "Unité", "PU HT lot 1", "PU HT lot 2", "PU HT lot 3"),
              ("P1", "Heure de main d'oeuvre – agent d'entretien des espaces verts", "heure", "", "", ""),
              ("P2", "Heure d'encadrement technique", "heure", "", "", ""),
              ("P3", "Fauchage mécanique de talus, avec exportation", "m²", "", "", ""),
              ("P4", "Taille de haie libre, hauteur inférieure à 2 m", "ml", "", "", ""),
              ("P5", "Broyage de branches sur place", "m³", "", "", ""),
              ("P6", "Abattage d'arbre de diamètre inférieur à 30 cm, dessouchage compris", "u", "", "", ""),
              ("P7", "Fourniture et plantation d'arbuste en godet", "u", "", "", ""),
              ("P8", "Arrosage des plantations nouvelles (par passage)", "passage", "", "", "")],
             widths=[0.07, 0.45, 0.1, 0.12, 0.13, 0.13]),
        P("Les quantités commandées dépendent des besoins ; aucune quantité minimale n'est garantie."),
    ]
    bpu_lab = L(allotissement=1, nb_lots=3, evidence=["commun aux lots 1 à 3"])

    return dict(
        id="d07",
        title="CC des Coteaux du Lévrier – entretien des espaces verts et des berges, trois lots réservés aux SIAE",
        pieces=[PIECE("Avis_presse_CCCL-EV-2027-05.txt", "AVIS", "", "", avis, avis_lab),
                PIECE("RC_CCCL-EV-2027-05.pdf", "RC", hd, "RC – Espaces verts", rc, rc_lab, hyphen=True),
                PIECE("CCAP_CCCL-EV-2027-05.pdf", "CCAP", hd, "CCAP – Espaces verts", ccap, ccap_lab),
                PIECE("CCTP_espaces_verts.docx", "CCTP", hd, "CCTP – Espaces verts", cctp, cctp_lab),
                PIECE("BPU_prestations_ponctuelles.pdf", "BPU", hd, "BPU", bpu, bpu_lab)],
        pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale",
             "critere_environnemental"],
        values=V(allotissement=1, nb_lots=3, montant_estime_ht=445500, reserve_base="L2113-13"),
        why=dict(heures_insertion="Engagement d'affecter des salariés en insertion sans nombre d'heures.",
                 allotissement="Avis, RC art. 5 : trois lots géographiques.",
                 nb_lots="Trois lots.",
                 montant_estime_ht="RC : estimations annuelles 48 000 + 61 500 + 39 000 = 148 500, un an + deux "
                                   "reconductions : × 3 = 445 500 ; l'avis de presse écrit 445 500 euros.",
                 montant_max_ht="Aucun (prix forfaitaire annuel et prix unitaires sans maximum).",
                 reserve_base="Trois lots réservés, article L. 2113-13 cité (avis, RC, CCAP)."),
        note="Pièges : avis sans accents (« Marche reserve », « Valeur estimee ») ; BPU « Heure de main d'oeuvre » "
             "(pas des heures d'insertion) ; surfaces et linéaires de l'inventaire ; 14 km de berges ; 67 sites ; "
             "dates de nidification ; pénalités ; sous-traitance réservée aux SIAE.")


# ============================================================================= d08
# Département, entretien des chaussées : avis eForms (XML), quatre lots, maximum par lot pour la durée
# totale (M€ et euros mêlés), estimation globale coupée par un saut de page, heures d'insertion par lot
# sans total.
_D08_LOTS = [("LOT-0001", "Lot 1", "Agence routière Nord – arrondissement de Vallon", 1350000, 1800000, 600),
             ("LOT-0002", "Lot 2", "Agence routière Est – arrondissement de Montbrison-sur-Varenne", 1100000,
              1450000, 450),
             ("LOT-0003", "Lot 3", "Agence routière Sud – arrondissement de Saint-Clair", 1250000, 1650000, 550),
             ("LOT-0004", "Lot 4", "Agence routière Ouest – arrondissement de Roche-Varenne", 1000000, 1300000,
              400)]


def _d08_xml():
    ns = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" '
          'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
          'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
          'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2" '
          'xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" '
          'xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1" '
          'xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1"')

    def crit(kind, name, weight, descr):
        return ('''          <cac:SubordinateAwardingCriterion>
            <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>
              <efac:AwardCriterionParameter>
                <efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode>
                <efbc:ParameterNumeric>%d</efbc:ParameterNumeric>
              </efac:AwardCriterionParameter>
            </efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
            <cbc:AwardingCriterionTypeCode listName="award-criterion-type">%s</cbc:AwardingCriterionTypeCode>
            <cbc:Name languageID="FRA">%s</cbc:Name>
            <cbc:Description languageID="FRA">%s</cbc:Description>
          </cac:SubordinateAwardingCriterion>
''' % (weight, kind, escape(name), escape(descr)))

    crits = (crit("price", "Prix", 50, "Prix apprécié sur un détail quantitatif estimatif non contractuel.")
             + crit("quality", "Valeur technique", 35,
                    "Moyens humains et matériels (15), sécurité et signalisation des chantiers (15), modalités "
                    "d'accueil et d'accompagnement des personnes en insertion (5).")
             + crit("quality", "Performances environnementales", 15,
                    "Taux d'agrégats d'enrobés recyclés proposé et émissions de gaz à effet de serre des "
                    "solutions, évaluées à l'aide d'un éco-comparateur."))
    lots = ""
    for lid, lname, title, est, mx, hours in _D08_LOTS:
        lots += '''  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">%s</cbc:ID>
    <cac:TenderingTerms>
      <cac:AwardingTerms>
        <cac:AwardingCriterion>
%s        </cac:AwardingCriterion>
      </cac:AwardingTerms>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement>
          <cbc:TendererRequirementTypeCode listName="reserved-procurement">none</cbc:TendererRequirementTypeCode>
        </cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>
      <cac:ContractExecutionRequirement>
        <cbc:ExecutionRequirementCode listName="conditions">performance</cbc:ExecutionRequirementCode>
        <cbc:Description languageID="FRA">Clause d'insertion : %d heures de travail réservées à des personnes éloignées de l'emploi sur la durée totale de l'accord-cadre. Incorporation d'agrégats d'enrobés recyclés et plan de respect de l'environnement (article 12 du CCAP).</cbc:Description>
      </cac:ContractExecutionRequirement>
    </cac:TenderingTerms>
    <cac:TenderingProcess>
      <cac:ContractingSystem>
        <cbc:ContractingSystemTypeCode listName="framework-agreement">fa-wo-rc</cbc:ContractingSystemTypeCode>
      </cac:ContractingSystem>
    </cac:TenderingProcess>
    <cac:ProcurementProject>
      <cbc:ID schemeName="InternalID">%s</cbc:ID>
      <cbc:Name languageID="FRA">%s</cbc:Name>
      <cbc:Description languageID="FRA">Travaux d'entretien et de grosses réparations des chaussées des routes départementales du ressort de l'agence.</cbc:Description>
      <cbc:ProcurementTypeCode listName="contract-nature">works</cbc:ProcurementTypeCode>
      <cac:ProcurementAdditionalType>
        <cbc:ProcurementTypeCode listName="strategic-procurement">env-imp</cbc:ProcurementTypeCode>
      </cac:ProcurementAdditionalType>
      <cac:ProcurementAdditionalType>
        <cbc:ProcurementTypeCode listName="strategic-procurement">soc-obj</cbc:ProcurementTypeCode>
      </cac:ProcurementAdditionalType>
      <cac:ProcurementAdditionalType>
        <cbc:ProcurementTypeCode listName="social-objective">opp</cbc:ProcurementTypeCode>
      </cac:ProcurementAdditionalType>
      <cac:RequestedTenderTotal>
        <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>
          <efbc:FrameworkMaximumAmount currencyID="EUR">%d</efbc:FrameworkMaximumAmount>
        </efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
        <cbc:EstimatedOverallContractAmount currencyID="EUR">%d</cbc:EstimatedOverallContractAmount>
      </cac:RequestedTenderTotal>
      <cac:MainCommodityClassification>
        <cbc:ItemClassificationCode listName="cpv">45233142</cbc:ItemClassificationCode>
      </cac:MainCommodityClassification>
      <cac:PlannedPeriod>
        <cbc:DurationMeasure unitCode="YEAR">1</cbc:DurationMeasure>
      </cac:PlannedPeriod>
      <cac:ContractExtension>
        <cbc:MaximumNumberNumeric>3</cbc:MaximumNumberNumeric>
        <cac:Renewal><cac:Period><cbc:Description languageID="FRA">Reconductible tacitement trois fois par période d'un an.</cbc:Description></cac:Period></cac:Renewal>
      </cac:ContractExtension>
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>
''' % (lid, crits, hours, lname, escape(title), mx, est)
    return '''<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice %s>
  <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>
    <efac:Organizations>
      <efac:Organization>
        <efac:Company>
          <cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>
          <cac:PartyName><cbc:Name languageID="FRA">Département de la Haute-Varenne – Direction des routes</cbc:Name></cac:PartyName>
          <cac:PostalAddress>
            <cbc:StreetName>1 place du Général-Delmas</cbc:StreetName>
            <cbc:CityName>Montbrison-sur-Varenne</cbc:CityName>
            <cbc:PostalZone>43120</cbc:PostalZone>
            <cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country>
          </cac:PostalAddress>
          <cac:PartyLegalEntity><cbc:CompanyID>22710001500019</cbc:CompanyID></cac:PartyLegalEntity>
          <cac:Contact><cbc:ElectronicMail>routes-marches@haute-varenne.fr</cbc:ElectronicMail></cac:Contact>
        </efac:Company>
      </efac:Organization>
    </efac:Organizations>
  </efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>
  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>
  <cbc:ID schemeName="notice-id">7c1e9a20-5b3d-4e8f-9a61-2f0d4c8b7e15</cbc:ID>
  <cbc:ContractFolderID>b3f2a6d1-08c4-4f1e-8d2a-6e9c0a5f4b72</cbc:ContractFolderID>
  <cbc:IssueDate>2027-02-03+01:00</cbc:IssueDate>
  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
  <cac:ContractingParty>
    <cac:ContractingPartyType><cbc:PartyTypeCode listName="buyer-legal-type">ra</cbc:PartyTypeCode></cac:ContractingPartyType>
    <cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification></cac:Party>
  </cac:ContractingParty>
  <cac:TenderingTerms>
    <cac:CallForTendersDocumentReference>
      <cbc:ID>DHV-2027-ROUT-03</cbc:ID>
      <cac:Attachment><cac:ExternalReference><cbc:URI>https://marches.haute-varenne.fr/consultation/DHV-2027-ROUT-03</cbc:URI></cac:ExternalReference></cac:Attachment>
    </cac:CallForTendersDocumentReference>
    <cac:LotDistribution>
      <cbc:MaximumLotsAwardedNumeric>2</cbc:MaximumLotsAwardedNumeric>
    </cac:LotDistribution>
  </cac:TenderingTerms>
  <cac:TenderingProcess>
    <cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>
  </cac:TenderingProcess>
  <cac:ProcurementProject>
    <cbc:ID schemeName="InternalID">DHV-2027-ROUT-03</cbc:ID>
    <cbc:Name languageID="FRA">Accord-cadre de travaux d'entretien et de grosses réparations des chaussées des routes départementales</cbc:Name>
    <cbc:Description languageID="FRA">Accords-cadres à bons de commande mono-attributaires, répartis en quatre lots correspondant aux agences routières départementales : renforcements, reprofilages, enduits superficiels, enrobés, purges et signalisation horizontale associée.</cbc:Description>
    <cbc:ProcurementTypeCode listName="contract-nature">works</cbc:ProcurementTypeCode>
    <cbc:Note languageID="FRA">Les montants maximums indiqués pour chaque lot s'entendent pour la durée totale de l'accord-cadre, reconductions comprises. Un même opérateur ne peut être attributaire de plus de deux lots.</cbc:Note>
    <cac:RequestedTenderTotal>
      <cbc:EstimatedOverallContractAmount currencyID="EUR">4700000</cbc:EstimatedOverallContractAmount>
    </cac:RequestedTenderTotal>
    <cac:MainCommodityClassification>
      <cbc:ItemClassificationCode listName="cpv">45233142</cbc:ItemClassificationCode>
    </cac:MainCommodityClassification>
  </cac:ProcurementProject>
%s</ContractNotice>
''' % (ns, lots)


def d08():
    c = C(qui="le Département", ta="Clermont-Ferrand", ccag="travaux", ccira="Lyon",
          profil="https://marches.haute-varenne.fr", proc="ao", ac=True, paiement=30)
    hd = "Département de la Haute-Varenne – Direction des routes – DHV-2027-ROUT-03"
    xml_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, critere_social=1,
                clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=4,
                montant_estime_ht=4700000, montant_max_ht=6200000,
                evidence=["4700000", "LOT-0004", "1800000", "1450000", "1650000", "1300000",
                          "[maximums des quatre lots : 6200000 ; heures 600 + 450 + 550 + 400 = 2000]",
                          "Clause d'insertion : 600 heures",
                          "accompagnement des personnes en insertion (5)",
                          "Taux d'agrégats d'enrobés recyclés", "Incorporation d'agrégats d'enrobés recyclés"])

    A = AA1
    rc = [
        TITLE("DÉPARTEMENT DE LA HAUTE-VARENNE", "RÈGLEMENT DE LA CONSULTATION",
              "Travaux d'entretien et de grosses réparations des chaussées des routes départementales",
              "Appel d'offres ouvert – accords-cadres à bons de commande – DHV-2027-ROUT-03",
              "Date limite de réception des offres : 10 mars 2027 à 12 h 00"),
        *A("Objet",
           "La consultation porte sur les travaux d'entretien et de grosses réparations des chaussées des "
           "routes départementales : renforcements, reprofilages, enduits superficiels d'usure, enrobés "
           "coulés à froid, purges et reprises localisées, ainsi que la signalisation horizontale associée. "
           "Le réseau concerné représente 3 120 km de routes départementales."),
        *A("Acheteur",
           "Département de la Haute-Varenne, Hôtel du Département, 1 place du Général-Delmas, 43120 "
           "Montbrison-sur-Varenne – SIRET 227 100 015 00019 – représenté par le président du conseil "
           "départemental. Direction des routes, service des marchés routiers."),
        *A("Procédure",
           "Appel d'offres ouvert passé en application des articles L. 2124-2, R. 2124-2 1° et R. 2161-2 à "
           "R. 2161-5 du code de la commande publique ; avis publié au Journal officiel de l'Union européenne "
           "et au BOAMP."),
        *A("Forme des contrats",
           "Chaque lot donne lieu à un accord-cadre à bons de commande mono-attributaire, sans montant minimum "
           "et avec un montant maximum fixé pour sa durée totale, reconductions comprises."),
        *A("Lots – montants maximums",
           "La consultation est décomposée en quatre lots géographiques, correspondant aux agences routières :",
           RTAB([("Lot", "Agence routière", "Maximum HT (durée totale)"),
                 ("1", "Nord – arrondissement de Vallon", "1,8 M€"),
                 ("2", "Est – arrondissement de Montbrison-sur-Varenne", "1 450 000 €"),
                 ("3", "Sud – arrondissement de Saint-Clair", "1,65 M€"),
                 ("4", "Ouest – arrondissement de Roche-Varenne", "1 300 000 €")],
                widths=[0.1, 0.6, 0.3], align="llr"),
           "Un même candidat ne peut être attributaire de plus de deux lots. S'il est classé premier sur plus "
           "de deux lots, il est attributaire des deux lots dont le montant maximum est le plus élevé."),
        SPLIT("Pour l'ensemble des lots et pour la durée maximale de l'accord-cadre, le besoin est",
              "estimé à 4,7 M€ HT, réparti entre les agences au prorata des linéaires de routes et de l'état "
              "des chaussées."),
        *A("Durée",
           "Les accords-cadres sont conclus pour un an à compter de leur notification, reconductibles "
           "tacitement trois fois par période d'un an, soit une durée maximale de quatre ans."),
        *A("Clause d'insertion",
           "Chaque titulaire sera tenu de réserver à des personnes éloignées de l'emploi un volume d'heures de "
           "travail fixé, lot par lot, à l'article 11 du CCAP. La mission clauses sociales du Département "
           "accompagne les entreprises dans cette démarche."),
        *A("Dossier de consultation",
           ["le présent RC ;", "le CCAP et le CCTP communs aux quatre lots ;", "l'acte d'engagement de chaque "
            "lot ;", "le BPU et le détail quantitatif estimatif de chaque lot ;",
            "les cartes du réseau par agence."]),
        *rc_candidature(c, 0, A, extra=["les certificats de qualification professionnelle FNTP ou équivalents "
                                         "pour les techniques d'enduits et d'enrobés."]),
        *A("Critères de jugement des offres",
           "Les offres sont jugées lot par lot selon les critères suivants :",
           RTAB([("Critère", "Points"),
                 ("Prix, apprécié sur le détail quantitatif estimatif", "50"),
                 ("Valeur technique : moyens humains et matériels (15) ; sécurité et signalisation des "
                  "chantiers (15) ; modalités d'accueil et d'accompagnement des personnes en insertion (5)", "35"),
                 ("Performances environnementales : taux d'agrégats d'enrobés recyclés proposé et émissions de "
                  "gaz à effet de serre des solutions, évaluées à l'aide d'un éco-comparateur", "15")],
                widths=[0.85, 0.15], align="lr")),
        *rc_negociation(c, 2, A),
        *rc_remise(c, 1, A),
        *rc_renseignements(c, 0, A),
        *rc_modifs(c, 0, A),
        *rc_validite(c, 2, A),
        *rc_recours(c, 2, A),
    ]
    rc_lab = L(clause_sociale=1, clause_insertion=1, critere_social=1, critere_environnemental=1,
               allotissement=1, nb_lots=4, montant_estime_ht=4700000, montant_max_ht=6200000,
               evidence=["décomposée en quatre lots géographiques", "1,8 M€", "1 450 000 €", "1,65 M€",
                         "1 300 000 €", "[somme des maximums : 6 200 000]", "estimé à 4,7 M€ HT",
                         "Chaque titulaire sera tenu de réserver à des personnes éloignées de l'emploi",
                         "accompagnement des personnes en insertion",
                         "Performances environnementales"])

    A = AA2
    ccap = [
        TITLE("Département de la Haute-Varenne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Entretien et grosses réparations des chaussées – DHV-2027-ROUT-03",
              "Accords-cadres à bons de commande – commun aux lots 1 à 4"),
        *A("Objet",
           "Le présent CCAP est commun aux quatre accords-cadres (lots 1 à 4) de travaux d'entretien et de "
           "grosses réparations des chaussées des routes départementales."),
        *A("Pièces constitutives",
           ["l'acte d'engagement du lot ;", "le présent CCAP ;", "le CCTP commun ;", "le BPU du lot ;",
            "le CCAG Travaux (arrêté du 30 mars 2021) ;", "le mémoire technique du titulaire."]),
        *A("Durée",
           "Chaque accord-cadre est conclu pour une période d'un an à compter de sa notification, "
           "reconductible tacitement trois fois. Sa durée totale ne peut excéder quatre ans."),
        *A("Montants maximums",
           "Les accords-cadres sont conclus sans minimum. Pour la durée totale de l'accord-cadre, toutes "
           "périodes confondues, le montant des commandes ne peut dépasser :",
           ["lot 1 : 1 800 000 € HT ;", "lot 2 : 1 450 000 € HT ;", "lot 3 : 1 650 000 € HT ;",
            "lot 4 : 1 300 000 € HT."]),
        *ccap_bons(c, 0, A),
        *A("Délais d'intervention",
           "Le délai d'exécution de chaque bon de commande y est indiqué. Pour les interventions urgentes "
           "(nids-de-poule dangereux, affaissements), le titulaire intervient dans les 24 heures suivant "
           "l'appel de l'agence, y compris le samedi."),
        *ccap_prix(c, 1, A, "TP09 (fabrication et mise en oeuvre d'enrobés)"),
        *ccap_avance(c, 0, A),
        *A("Retenue de garantie",
           "Chaque paiement fait l'objet d'une retenue de garantie de 5 %, qui peut être remplacée par une "
           "garantie à première demande constituée pour le montant total des bons de commande."),
        *ccap_paiement(c, 2, A),
        H("ARTICLE 11 - Clause d'insertion"),
        P("11.1 Chaque titulaire réserve à des personnes éloignées de l'emploi, pendant la durée totale de "
          "l'accord-cadre, un volume minimal d'heures de travail fixé comme suit :"),
        TAB([("Lot", "Heures d'insertion (durée totale)"), ("Lot 1 – Nord", "600"), ("Lot 2 – Est", "450"),
             ("Lot 3 – Sud", "550"), ("Lot 4 – Ouest", "400")], widths=[0.5, 0.5], align="lr"),
        P("11.2 Les heures sont réalisées au fur et à mesure des commandes. Si l'accord-cadre n'est pas "
          "reconduit, le volume dû est réduit à proportion du montant commandé."),
        P("11.3 Les publics éligibles, les modalités (embauche directe, mise à disposition, sous-traitance à "
          "une structure d'insertion) et le suivi sont précisés dans l'annexe 2 du CCAP. La mission clauses "
          "sociales du Département vérifie l'éligibilité des personnes."),
        P("11.4 Toute heure non réalisée à l'échéance de l'accord-cadre donne lieu à une pénalité de 70 € HT."),
        *A("Prescriptions environnementales",
           "Les enrobés de couche de base et de liaison incorporent au minimum 20 % d'agrégats d'enrobés "
           "recyclés ; les enrobés de couche de roulement, au minimum 10 %. Les matériaux de fraisage sont "
           "recyclés en centrale ou en plateforme agréée ; leur mise en dépôt est interdite.",
           "Le titulaire remet, pendant la période de préparation de chaque bon de commande d'un montant "
           "supérieur à 100 000 € HT, un plan de respect de l'environnement : stockage des émulsions sur "
           "rétention, protection des fossés et des cours d'eau, interdiction de tout lavage d'engins hors des "
           "aires prévues."),
        *A("Signalisation et sécurité",
           "La signalisation temporaire est mise en place par le titulaire, conformément à l'instruction "
           "interministérielle sur la signalisation routière. Les alternats de plus de 300 mètres sont "
           "régulés par feux."),
        *A("Pénalités",
           ["retard dans l'exécution d'un bon de commande : 1/1 000 du montant du bon par jour calendaire ;",
            "non-respect du délai d'intervention urgente : 500 € HT par intervention ;",
            "défaut de signalisation temporaire constaté : 1 000 € HT par constat."]),
        *A("Réception",
           "Chaque bon de commande fait l'objet d'une réception dans les conditions de l'article 41 du CCAG "
           "Travaux. Le délai de garantie est d'un an."),
        *ccap_assurances(c, 1, A, decennale=True),
        *ccap_soustraitance(c, 2, A),
        *ccap_obligations_legales(c, 1, A),
        *ccap_resiliation(c, 1, A),
        *ccap_litiges(c, 0, A),
        *ccap_derogations(c, 2, A, ["article 14 (pénalités) : dérogation à l'article 19.2 du CCAG Travaux ;",
                                    "article 8 (avance) : précision de l'article 11.1 du CCAG Travaux."]),
    ]
    ccap_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2000, clause_environnementale=1,
                 allotissement=1, nb_lots=4, montant_max_ht=6200000,
                 evidence=["commun aux quatre accords-cadres", "lot 1 : 1 800 000 € HT", "lot 2 : 1 450 000 € HT",
                           "lot 3 : 1 650 000 € HT", "lot 4 : 1 300 000 € HT", "[total 6 200 000]",
                           "Lot 1 – Nord 600", "[600 + 450 + 550 + 400 = 2 000]",
                           "au minimum 20 % d'agrégats d'enrobés recyclés"])

    A = AA1
    cctp = [
        TITLE("Département de la Haute-Varenne – Direction des routes",
              "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Entretien et grosses réparations des chaussées – DHV-2027-ROUT-03"),
        *A("Domaine d'application",
           "Le présent CCTP est commun aux quatre lots. Il fixe la provenance et la qualité des matériaux, le "
           "mode d'exécution des travaux et les contrôles."),
        *A("Matériaux",
           ["granulats conformes aux normes NF EN 13043 et NF P 18-545, de catégorie adaptée au trafic ;",
            "émulsions de bitume cationiques conformes à la norme NF EN 13808 ;",
            "enrobés bitumineux conformes à la série de normes NF EN 13108 (BBSG 0/10 classe 3, EME2 0/14)."]),
        *A("Enduits superficiels d'usure",
           "Les enduits bicouches sont réalisés entre le 15 avril et le 15 septembre, sur support sec, à une "
           "température de chaussée supérieure à 10 °C. Le balayage des rejets est réalisé dans les 48 heures "
           "et renouvelé après huit jours."),
        *A("Enrobés",
           "Le fraisage préalable est réalisé sur l'épaisseur définie au bon de commande. Le répandage est "
           "mécanisé ; le compactage est contrôlé au gammadensimètre à raison d'un point tous les 50 m. Les "
           "joints longitudinaux sont décalés d'au moins 15 cm d'une couche à l'autre."),
        *A("Plan de respect de l'environnement",
           "Le titulaire stocke les émulsions et carburants sur rétention, protège les avaloirs et les fossés "
           "pendant les travaux, récupère les eaux de nettoyage des répandeuses et évacue les déchets vers des "
           "installations autorisées. Il tient à jour un registre des déchets de chantier."),
        *A("Horaires",
           "Les travaux ont lieu de 7 h 00 à 19 h 00 du lundi au vendredi. Les travaux de nuit sur les routes "
           "à fort trafic sont prescrits au bon de commande et rémunérés par la plus-value prévue au BPU."),
        *A("Contrôles",
           "Le titulaire réalise les contrôles intérieurs prévus par son plan d'assurance qualité. Le "
           "Département peut faire réaliser des contrôles extérieurs par le laboratoire routier "
           "départemental ; les résultats non conformes entraînent la reprise aux frais du titulaire."),
    ]
    cctp_lab = L(clause_environnementale=1, allotissement=1, nb_lots=4,
                 evidence=["Le présent CCTP est commun aux quatre lots",
                           "stocke les émulsions et carburants sur rétention"])

    bpu = [
        TITLE("Département de la Haute-Varenne", "BORDEREAU DES PRIX UNITAIRES",
              "Lot 1 – Agence routière Nord – DHV-2027-ROUT-03"),
        TAB([("N° prix", "Désignation", "Unité", "Prix HT en chiffres", "Prix HT en lettres"),
             ("100", "Installation et repli de chantier par bon de commande", "forfait", "", ""),
             ("110", "Fraisage de chaussée, épaisseur 0 à 5 cm", "m²", "", ""),
             ("210", "Béton bitumineux semi-grenu 0/10 en couche de roulement", "tonne", "", ""),
             ("220", "Enrobé à module élevé 0/14 en couche de base", "tonne", "", ""),
             ("310", "Enduit superficiel bicouche 6/10 – 2/4", "m²", "", ""),
             ("410", "Purge et reconstitution de chaussée", "m³", "", ""),
             ("510", "Alternat par feux tricolores", "jour", "", ""),
             ("520", "Heure de camion 6 × 4 avec chauffeur", "heure", "", ""),
             ("530", "Plus-value pour travaux de nuit", "%", "", "")],
            widths=[0.1, 0.46, 0.1, 0.14, 0.2]),
        P("Les prix s'entendent hors taxes, fournitures, transport et mise en oeuvre compris. En cas de "
          "discordance, le prix en lettres prévaut."),
    ]
    bpu_lab = L(allotissement=1, evidence=["Lot 1 – Agence routière Nord"])

    return dict(
        id="d08",
        title="Département de la Haute-Varenne – entretien des chaussées, accords-cadres en quatre lots (avis "
              "eForms)",
        pieces=[XMLPIECE("Avis_eForms_DHV-2027-ROUT-03.xml", "AVIS", _d08_xml(), xml_lab),
                PIECE("RC_DHV-2027-ROUT-03.pdf", "RC", hd, "RC – Chaussées", rc, rc_lab),
                PIECE("CCAP_DHV-2027-ROUT-03.pdf", "CCAP", hd, "CCAP – Chaussées", ccap, ccap_lab, hyphen=True),
                PIECE("CCTP_chaussees.pdf", "CCTP", hd, "CCTP – Chaussées", cctp, cctp_lab, cols=2, hyphen=True),
                PIECE("BPU_lot1_Nord.docx", "BPU", hd, "BPU lot 1", bpu, bpu_lab)],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=2000, allotissement=1, nb_lots=4, montant_estime_ht=4700000,
                 montant_max_ht=6200000),
        why=dict(heures_insertion="CCAP art. 11 (tableau) et avis (par lot) : 600 + 450 + 550 + 400 = 2 000 heures "
                                  "sur la durée totale ; pas de total écrit.",
                 allotissement="Quatre lots géographiques.",
                 nb_lots="Quatre lots (avis LOT-0001 à LOT-0004, RC, CCAP, CCTP).",
                 montant_estime_ht="Avis : EstimatedOverallContractAmount 4700000 (somme des lots 1350000 + 1100000 "
                                   "+ 1250000 + 1000000) ; RC : « estimé à 4,7 M€ HT » (phrase coupée par un saut "
                                   "de page).",
                 montant_max_ht="Maximums pour la durée totale : 1,8 M€ + 1 450 000 + 1,65 M€ + 1 300 000 = "
                                "6 200 000 (ne pas multiplier par quatre périodes).",
                 reserve_base="« reserved-procurement : none »."),
        note="Pièges : maximums déjà exprimés pour la durée totale ; M€ et euros mêlés ; estimation coupée par un "
             "saut de page ; avis XML sans libellés ; 3 120 km de réseau ; 24 heures ; 48 heures ; 100 000 € HT "
             "(seuil du plan de respect de l'environnement) ; pénalité de 70 € par heure ; « Heure de camion » au "
             "BPU ; limite de deux lots par attributaire.")


# ============================================================================= d09 (ZIP)
# Centrale d'achat, véhicules électriques : trois lots, maximums en k€ HT pour la durée totale (quatre ans
# fermes), total cumulé donné seulement en TTC ; clause sociale OIT (chaîne d'approvisionnement des
# batteries) ; formulaire DC1 vierge citant L. 2113-12, L. 2113-13 et L. 2113-15.
def d09():
    c = C(qui="la centrale d'achat", ta="Rennes", ccag="fournitures courantes et services", ccira="Nantes",
          profil="https://achats.apmo-ouest.fr", proc="ao", ac=True, paiement=30)
    hd = "APMO – Centrale d'achat – APMO-2027-VEH-09"
    base = "APMO-2027-VEH-09_DCE/"
    A = AA1
    rc = [
        TITLE("ACHATS PUBLICS MUTUALISÉS DE L'OUEST (APMO) – CENTRALE D'ACHAT", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture de véhicules électriques et de cycles à assistance électrique",
              "Appel d'offres ouvert européen – accords-cadres à bons de commande – APMO-2027-VEH-09",
              "Date limite de réception des offres : 14 avril 2027, 12 h 00"),
        *A("Objet",
           "La consultation a pour objet la conclusion d'accords-cadres à bons de commande pour la fourniture "
           "de véhicules électriques et de cycles à assistance électrique destinés aux adhérents de la centrale "
           "d'achat : collectivités territoriales, établissements publics, bailleurs sociaux et établissements "
           "de santé de la région."),
        *A("Centrale d'achat",
           "APMO, groupement d'intérêt public (SIRET 130 027 614 00018), agit en qualité de centrale d'achat au "
           "sens des articles L. 2113-2 à L. 2113-4 du code de la commande publique. Les adhérents qui recourent "
           "aux accords-cadres sont dispensés de leurs propres obligations de publicité et de mise en "
           "concurrence. Les bons de commande sont émis par chaque adhérent."),
        *A("Procédure",
           "Appel d'offres ouvert en application des articles L. 2124-2, R. 2124-2 1° et R. 2161-2 à R. 2161-5 "
           "du code de la commande publique."),
        *A("Lots et montants maximums",
           "La consultation est allotie en trois lots. Chaque accord-cadre est conclu sans minimum et avec le "
           "montant maximum suivant, valable pour toute sa durée :",
           RTAB([("Lot", "Désignation", "Montant maximum"),
                 ("1", "Véhicules particuliers électriques (citadines et compactes)", "1 800 k€ HT"),
                 ("2", "Véhicules utilitaires légers électriques", "1 200 k€ HT"),
                 ("3", "Vélos et vélos-cargos à assistance électrique", "150 k€ HT")],
                widths=[0.08, 0.66, 0.26], align="llr"),
           "soit un montant maximum cumulé de 3 780 k€ TTC pour les trois lots."),
        *A("Durée",
           "Les accords-cadres sont conclus pour une durée ferme de quatre ans à compter de leur notification. "
           "Ils ne sont pas reconductibles. Les bons de commande peuvent être émis jusqu'au dernier jour de "
           "validité des accords-cadres."),
        *A("Dossier de consultation",
           "Le dossier, téléchargeable sur le profil d'acheteur sous forme d'une archive unique, comprend :",
           ["le présent règlement ;", "le CCAP et le formulaire DC1 (pièces administratives) ;",
            "le CCTP de chaque lot (pièces techniques) ;", "le BPU de chaque lot (pièces financières)."]),
        *rc_candidature(c, 2, A),
        *A("Contenu des offres",
           ["l'acte d'engagement du lot ;", "le BPU complété ;",
            "les fiches techniques des modèles proposés, y compris les données d'homologation WLTP ;",
            "un mémoire technique : délais de livraison, réseau de maintenance dans la région, garanties, "
            "modalités de reprise des batteries et des véhicules remplacés."]),
        *A("Critères d'attribution",
           "Pour chaque lot, les offres sont appréciées selon les critères suivants :",
           ["Prix (BPU appliqué à une commande type) : 45 % ;",
            "Valeur technique (délais de livraison, réseau après-vente, garanties) : 30 % ;",
            "Performances environnementales : 25 %, appréciées au regard de la consommation d'énergie en "
            "Wh/km (cycle WLTP), de l'empreinte carbone de fabrication des batteries et du taux de "
            "recyclabilité des véhicules."]),
        *rc_negociation(c, 0, A),
        *rc_remise(c, 0, A),
        *rc_renseignements(c, 1, A),
        *rc_modifs(c, 1, A),
        *rc_validite(c, 0, A),
        *rc_recours(c, 0, A),
    ]
    rc_lab = L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_max_ht=3150000,
               evidence=["La consultation est allotie en trois lots", "1 800 k€ HT", "1 200 k€ HT", "150 k€ HT",
                         "[1 800 + 1 200 + 150 = 3 150 k€ HT ; les 3 780 k€ sont TTC]",
                         "Performances environnementales : 25 %"])

    A = AA3
    ccap = [
        TITLE("APMO – Centrale d'achat", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Véhicules électriques et cycles à assistance électrique – APMO-2027-VEH-09"),
        *A("Objet",
           "Le présent CCAP s'applique aux trois accords-cadres à bons de commande issus de la consultation : "
           "lot 1 (véhicules particuliers électriques), lot 2 (véhicules utilitaires légers électriques), lot 3 "
           "(vélos et vélos-cargos à assistance électrique)."),
        *A("Fonctionnement de la centrale",
           "Les adhérents émettent leurs bons de commande directement auprès du titulaire, qui en adresse "
           "copie à la centrale. Chaque adhérent assure la vérification, l'admission et le paiement des "
           "fournitures qu'il commande."),
        *A("Pièces contractuelles",
           ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP du lot ;", "le BPU du lot ;",
            "le CCAG des marchés publics de fournitures courantes et de services ;", "l'offre du titulaire."]),
        *A("Durée",
           "Chaque accord-cadre est conclu pour quarante-huit mois à compter de sa notification, sans "
           "reconduction."),
        *A("Montants",
           "Les montants maximums des commandes, toutes adhésions confondues et pour la durée totale de "
           "l'accord-cadre, sont fixés à 1,8 M€ HT pour le lot 1, 1,2 M€ HT pour le lot 2 et 150 000 € HT pour "
           "le lot 3. Aucun montant minimum n'est fixé."),
        *ccap_bons(c, 2, A),
        *A("Livraison",
           "Les véhicules sont livrés immatriculés, avec le plein de charge, au lieu désigné par l'adhérent, "
           "dans un délai maximal de cent vingt jours à compter du bon de commande ; les cycles, dans un délai "
           "de trente jours. Le titulaire effectue une présentation de prise en main d'une heure au moins."),
        *A("Garanties",
           "Les véhicules sont garantis deux ans, kilométrage illimité. Les batteries de traction sont "
           "garanties huit ans ou 160 000 km, avec un état de santé minimal de 70 %. Les cycles sont garantis "
           "deux ans, cadre cinq ans."),
        *A("Conditions d'exécution à caractère social",
           "Le titulaire s'engage à ce que les batteries fournies et leurs composants soient produits dans le "
           "respect des conventions fondamentales de l'Organisation internationale du travail, en particulier "
           "les conventions n° 138 et n° 182 relatives au travail des enfants. Il met en oeuvre une démarche de "
           "vigilance sur l'approvisionnement en cobalt et en lithium et remet chaque année à la centrale un "
           "rapport décrivant les audits réalisés chez ses fournisseurs et les mesures correctives engagées."),
        *A("Conditions d'exécution environnementales",
           "Le titulaire reprend gratuitement, à la demande de l'adhérent, les batteries usagées et les "
           "véhicules remplacés, et les confie à des centres de traitement agréés ; il remet le certificat de "
           "destruction ou de recyclage correspondant. Les livraisons sont regroupées par camion porte-voitures ; "
           "les protections de transport sont reprises par le titulaire."),
        *ccap_prix(c, 1, A, "des prix de production de l'industrie automobile (véhicules automobiles)"),
        *ccap_avance(c, 2, A),
        *ccap_paiement(c, 0, A),
        *A("Pénalités",
           "En cas de retard de livraison, le titulaire encourt une pénalité de 50 € HT par véhicule et par jour "
           "calendaire de retard, et de 10 € HT par cycle et par jour. Ces pénalités sont appliquées par "
           "l'adhérent concerné."),
        *ccap_rgpd(c, 1, A),
        *ccap_assurances(c, 0, A),
        *ccap_soustraitance(c, 0, A),
        *ccap_obligations_legales(c, 0, A),
        *ccap_resiliation(c, 2, A),
        *ccap_litiges(c, 2, A),
    ]
    ccap_lab = L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=3150000,
                 evidence=["trois accords-cadres à bons de commande",
                           "1,8 M€ HT pour le lot 1, 1,2 M€ HT pour le lot 2 et 150 000 € HT pour le lot 3",
                           "[total 3 150 000]",
                           "conventions fondamentales de l'Organisation internationale du travail",
                           "reprend gratuitement, à la demande de l'adhérent, les batteries usagées"])

    dc1 = [
        TITLE("MINISTÈRE DE L'ÉCONOMIE ET DES FINANCES – Direction des affaires juridiques",
              "LETTRE DE CANDIDATURE – DC1",
              "Désignation du mandataire par ses co-traitants"),
        P("Le formulaire DC1 est un modèle de lettre de candidature, qui peut être utilisé par les candidats "
          "aux marchés publics ou aux accords-cadres pour présenter leur candidature. Ce document est fourni "
          "par le candidat individuel ou par chacun des membres du groupement."),
        H("A – Identification de l'acheteur"),
        P("(Reprendre le contenu de la mention figurant dans les documents de la consultation.) "
          "................................................................"),
        H("B – Objet de la consultation"),
        P("(Reprendre le contenu de la mention figurant dans les documents de la consultation.) "
          "................................................................"),
        H("C – Objet de la candidature"),
        P("La candidature est présentée : [ ] pour le marché public ou l'accord-cadre (en cas de non-"
          "allotissement) ; [ ] pour tous les lots de la procédure ; [ ] pour le lot n° ........ ou les lots "
          "n° ........ de la procédure."),
        H("D – Présentation du candidat"),
        P("[ ] Le candidat se présente seul : nom commercial et dénomination sociale, adresses, numéro SIRET "
          "................................................................"),
        P("[ ] Le candidat est un groupement d'entreprises : [ ] conjoint  [ ] solidaire"),
        P("Le candidat individuel, ou chaque membre du groupement, indique, en cas de marché réservé, s'il "
          "relève de l'une des catégories suivantes :"),
        LST(["[ ] entreprise adaptée ou établissement et service d'aide par le travail, ou structure "
             "équivalente (article L. 2113-12 du code de la commande publique) ;",
             "[ ] structure d'insertion par l'activité économique ou structure équivalente (article L. 2113-13) ;",
             "[ ] entreprise de l'économie sociale et solidaire (article L. 2113-15)."]),
        H("E – Identification des membres du groupement et répartition des prestations"),
        TAB([("Désignation du membre du groupement", "Prestations exécutées par le membre"),
             ("..........................................", ".........................................."),
             ("..........................................", "..........................................")]),
        H("F – Engagements du candidat"),
        P("F1 – Le candidat déclare sur l'honneur n'entrer dans aucun des cas d'exclusion prévus aux articles "
          "L. 2141-1 à L. 2141-5 ou L. 2141-7 à L. 2141-10 du code de la commande publique ; être en règle au "
          "regard des articles L. 5212-1 à L. 5212-11 du code du travail concernant l'emploi des travailleurs "
          "handicapés."),
        P("F2 – Capacités : le candidat produit les documents demandés par l'acheteur pour apprécier ses "
          "capacités, ou renvoie au DUME."),
        H("G – Désignation du mandataire (en cas de groupement)"),
        P("Les membres du groupement désignent le mandataire suivant : ......................................"),
        H("H – Signature"),
        P("Nom, prénom et qualité du signataire, lieu et date de signature : ......................................"),
    ]
    dc1_lab = L(evidence=[])

    cctp = [
        TITLE("APMO – Centrale d'achat – APMO-2027-VEH-09", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Lot 1 – Véhicules particuliers électriques (citadines et compactes)"),
        H("1. Objet du lot"),
        P("Le lot 1 porte sur la fourniture de véhicules particuliers à motorisation 100 % électrique, en deux "
          "catégories : citadines de segment B (4 ou 5 places) et compactes de segment C (5 places)."),
        H("2. Caractéristiques minimales"),
        TAB([("Caractéristique", "Citadine (segment B)", "Compacte (segment C)"),
             ("Autonomie mixte WLTP", "300 km au moins", "380 km au moins"),
             ("Consommation WLTP", "17 kWh/100 km au plus", "18 kWh/100 km au plus"),
             ("Recharge en courant alternatif", "11 kW", "11 kW"),
             ("Recharge rapide en courant continu", "50 kW au moins", "100 kW au moins"),
             ("Câble de recharge", "mode 3, type 2", "mode 3, type 2"),
             ("Garantie batterie", "8 ans / 160 000 km", "8 ans / 160 000 km")]),
        H("3. Équipements"),
        LST(["aide au stationnement arrière avec caméra ;", "régulateur et limiteur de vitesse ;",
             "climatisation avec pompe à chaleur ;", "système de géolocalisation désactivable ;",
             "roue de secours ou kit anticrevaison ; trousse de premiers secours et gilets."]),
        H("4. Options"),
        P("Le titulaire propose au BPU les options suivantes : couleur non standard, attelage, borne de "
          "recharge murale de 7 kW fournie et posée, extension de garantie à cinq ans."),
        H("5. Livraison et reprise"),
        P("Les véhicules sont livrés nettoyés, sans film adhésif de protection. Les documents de bord sont "
          "remis en français. Les emballages et protections de transport sont repris par le titulaire ; à la "
          "demande de l'adhérent, il reprend le véhicule remplacé et la batterie usagée, qu'il confie à une "
          "filière de recyclage agréée."),
        H("6. Formation"),
        P("Pour toute commande d'au moins dix véhicules, le titulaire assure une session de formation d'une "
          "demi-journée à la conduite des véhicules électriques et à la recharge."),
    ]
    cctp_lab = L(clause_environnementale=1, allotissement=1,
                 evidence=["Lot 1 – Véhicules particuliers électriques",
                           "il reprend le véhicule remplacé et la batterie usagée"])

    bpu = [
        TITLE("APMO – Centrale d'achat – APMO-2027-VEH-09", "BORDEREAU DES PRIX UNITAIRES",
              "Lot 1 – Véhicules particuliers électriques"),
        P("Les quantités prévisionnelles sont indicatives ; elles correspondent aux intentions d'achat "
          "recensées auprès des adhérents pour les quatre années et n'engagent pas la centrale."),
        TAB([("Réf.", "Désignation", "Quantité prévisionnelle (4 ans)", "Prix HT", "TVA 20 %", "Prix TTC"),
             ("1.1", "Citadine électrique segment B – finition de base", "80", "", "", ""),
             ("1.2", "Compacte électrique segment C – finition de base", "45", "", "", ""),
             ("1.3", "Option couleur non standard", "30", "", "", ""),
             ("1.4", "Option attelage", "10", "", "", ""),
             ("1.5", "Borne murale 7 kW fournie et posée", "60", "", "", ""),
             ("1.6", "Extension de garantie à cinq ans", "40", "", "", "")],
            widths=[0.07, 0.43, 0.16, 0.11, 0.11, 0.12]),
        P("Les prix comprennent la préparation, l'immatriculation (hors taxe régionale), la livraison et la "
          "prise en main. Les aides publiques éventuelles ne sont pas déduites."),
    ]
    bpu_lab = L(allotissement=1, evidence=["Lot 1 – Véhicules particuliers électriques"])

    return dict(
        id="d09", zip="d09.zip",
        title="APMO (centrale d'achat) – véhicules électriques et cycles, trois lots (DCE zippé)",
        pieces=[PIECE(base + "RC_APMO-2027-VEH-09.pdf", "RC", hd, "Règlement de la consultation", rc, rc_lab,
                      hyphen=True),
                PIECE(base + "Pieces_administratives/CCAP_APMO-2027-VEH-09.pdf", "CCAP", hd, "CCAP", ccap,
                      ccap_lab),
                PIECE(base + "Pieces_administratives/DC1_lettre_de_candidature.docx", "FORM", "DC1",
                      "DC1 – Lettre de candidature", dc1, dc1_lab),
                PIECE(base + "Pieces_techniques/CCTP_lot1_VP_electriques.docx", "CCTP", hd, "CCTP lot 1", cctp,
                      cctp_lab),
                PIECE(base + "Pieces_financieres/BPU_lot1.docx", "BPU", hd, "BPU lot 1", bpu, bpu_lab)],
        pos=["clause_sociale", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=3, montant_max_ht=3150000),
        why=dict(heures_insertion="Aucune clause d'insertion.",
                 allotissement="RC art. 4 : « allotie en trois lots ».",
                 nb_lots="Trois lots (RC, CCAP).",
                 montant_estime_ht="Aucune estimation donnée (seulement des maximums et des quantités "
                                   "prévisionnelles).",
                 montant_max_ht="Maximums pour la durée totale (quatre ans fermes) : 1 800 + 1 200 + 150 k€ HT = "
                                "3 150 000 € HT ; le total écrit (3 780 k€) est TTC.",
                 reserve_base="Aucune réservation ; le DC1 vierge cite L. 2113-12, L. 2113-13 et L. 2113-15 pour "
                              "tout candidat."),
        note="Pièges : total écrit seulement en TTC ; k€ ; quantités prévisionnelles du BPU ; consommation en "
             "kWh/100 km et autonomie (spécifications de l'objet) ; garantie 8 ans / 160 000 km ; formulaire DC1 "
             "vierge (FORM) avec cases de marché réservé et rappel L. 5212-1. Chemins : "
             "d09.zip/APMO-2027-VEH-09_DCE/…")


# ============================================================================= d10
# Région, entretien du linge des lycées : deux lots, lot 1 réservé à la fois L. 2113-12 et L. 2113-13
# (L. 2113-14) ; maximum annuel par lot, durée initiale de deux ans + une reconduction d'un an (3 années) ;
# minimums annuels ; AE du lot réservé avec son maximum.
def d10():
    c = C(qui="la Région", ta="Nantes", ccag="fournitures courantes et services", ccira="Nantes",
          profil="https://marches.bocage-atlantique.fr", proc="ao", ac=True, paiement=30)
    hd = "Région Bocage-Atlantique – Direction des lycées – RBA-2027-LING-21"
    A = AA2
    rc = [
        TITLE("RÉGION BOCAGE-ATLANTIQUE", "RÈGLEMENT DE LA CONSULTATION",
              "Traitement et entretien du linge des lycées publics (linge plat, linge d'internat, tenues)",
              "Appel d'offres ouvert – accords-cadres à bons de commande – RBA-2027-LING-21",
              "Limite de remise des offres : 19 mai 2027 à 12 h 00"),
        *A("Objet",
           "La consultation porte sur la collecte, le traitement, l'entretien et la livraison du linge plat "
           "(draps, housses, taies), du linge de toilette des internats et des tenues des personnels de "
           "restauration de quatorze lycées publics de la Région."),
        *A("Acheteur",
           "Région Bocage-Atlantique, hôtel de Région, 1 rue de la Loire, 44200 Nantes-Bocage – SIRET "
           "234 400 071 00015. Service acheteur : direction des lycées, service logistique des établissements."),
        *A("Procédure",
           "Appel d'offres ouvert, en application des articles L. 2124-2, R. 2124-2 1° et R. 2161-2 à "
           "R. 2161-5 du code de la commande publique."),
        *A("Allotissement et lot réservé",
           "La consultation est divisée en deux lots : lot n° 1 « Lycées du secteur Est » (six établissements) ; "
           "lot n° 2 « Lycées du secteur Ouest » (huit établissements).",
           "En application des articles L. 2113-12 et L. 2113-13 du code de la commande publique, et "
           "conformément à l'article L. 2113-14, le lot n° 1 est réservé à la fois aux entreprises adaptées, "
           "aux établissements et services d'aide par le travail et aux structures équivalentes, ainsi qu'aux "
           "structures d'insertion par l'activité économique et aux structures équivalentes. Le lot n° 2 n'est "
           "pas réservé."),
        *A("Forme – montants",
           "Chaque lot fait l'objet d'un accord-cadre à bons de commande mono-attributaire, avec les montants "
           "annuels suivants :",
           RTAB([("Lot", "Montant minimum annuel HT", "Montant maximum annuel HT"),
                 ("Lot 1 – secteur Est", "20 000 €", "75 000 €"),
                 ("Lot 2 – secteur Ouest", "35 000 €", "110 000 €")], widths=[0.4, 0.3, 0.3], align="lrr")),
        *A("Durée",
           "Les accords-cadres sont conclus pour une durée initiale de deux ans à compter du 1er septembre 2027. "
           "Ils sont reconductibles une fois, pour une durée d'un an. Les montants annuels s'appliquent à "
           "chacune des années d'exécution."),
        *A("Contenu du dossier",
           ["le présent règlement ;", "le CCAP ;", "le CCTP commun aux deux lots et la liste des lycées ;",
            "l'acte d'engagement de chaque lot ;", "le BPU de chaque lot."]),
        *rc_candidature(c, 1, A, extra=["pour le lot n° 1 : le justificatif du statut d'entreprise adaptée, "
                                         "d'ESAT, de structure d'insertion par l'activité économique ou de "
                                         "structure équivalente."]),
        *A("Critères d'attribution",
           ["Prix, apprécié sur un devis quantitatif de simulation : 50 % ;",
            "Valeur technique (organisation des collectes et livraisons, délais, qualité du traitement et "
            "maîtrise du risque infectieux, gestion des pertes) : 35 % ;",
            "Performances environnementales (consommation d'eau et d'énergie par kilogramme de linge traité, "
            "lessives et produits utilisés, optimisation des tournées) : 15 %."]),
        *rc_negociation(c, 1, A),
        *rc_remise(c, 1, A),
        *rc_renseignements(c, 2, A),
        *rc_modifs(c, 0, A),
        *rc_validite(c, 1, A),
        *rc_attribution(c, 2, A),
        *rc_recours(c, 1, A),
    ]
    rc_lab = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", critere_environnemental=1, allotissement=1,
               nb_lots=2, montant_max_ht=555000,
               evidence=["divisée en deux lots", "75 000 €", "110 000 €",
                         "durée initiale de deux ans", "reconductibles une fois, pour une durée d'un an",
                         "[(75 000 + 110 000) × 3 années = 555 000]",
                         "le lot n° 1 est réservé à la fois", "L. 2113-12 et L. 2113-13",
                         "Performances environnementales"])

    A = AA1
    ccap = [
        TITLE("Région Bocage-Atlantique", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Traitement et entretien du linge des lycées – RBA-2027-LING-21"),
        *A("Objet",
           "Le présent CCAP fixe les stipulations communes aux deux accords-cadres à bons de commande de la "
           "consultation (lot 1 : lycées du secteur Est ; lot 2 : lycées du secteur Ouest)."),
        *A("Pièces contractuelles",
           ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et ses annexes ;", "le BPU ;",
            "le CCAG des marchés publics de fournitures courantes et de services ;", "l'offre du titulaire."]),
        *A("Durée",
           "Chaque accord-cadre est conclu pour une période initiale de deux ans à compter du 1er septembre "
           "2027, reconductible une fois pour un an. La reconduction est expresse ; elle est notifiée au plus "
           "tard trois mois avant le terme de la période initiale."),
        *A("Montants",
           "Les commandes sont passées, pour chaque année d'exécution, dans les limites suivantes :",
           TAB([("Lot", "Minimum annuel HT", "Maximum annuel HT"),
                ("1", "20 000,00 €", "75 000,00 €"),
                ("2", "35 000,00 €", "110 000,00 €")], widths=[0.2, 0.4, 0.4], align="lrr"),
           "Pendant la période initiale de deux ans, le maximum s'applique à chacune des deux années."),
        *A("Lot réservé",
           "Le lot 1 est réservé en application des articles L. 2113-12 et L. 2113-13 du code de la commande "
           "publique. Le titulaire justifie, à tout moment de l'exécution, que la proportion de travailleurs "
           "handicapés ou défavorisés parmi ses effectifs est d'au moins 50 %."),
        *ccap_bons(c, 0, A),
        *A("Collectes et livraisons",
           "Les collectes et livraisons ont lieu une à deux fois par semaine selon les établissements, les jours "
           "fixés avec chaque lycée, entre 7 h 30 et 15 h 30. Le délai de rotation du linge n'excède pas cinq "
           "jours ouvrés."),
        *A("Qualité du traitement",
           "Le titulaire applique une démarche de maîtrise de la biocontamination conforme à la norme NF EN "
           "14065 et remet chaque année les résultats des contrôles microbiologiques de sa blanchisserie."),
        *A("Engagements environnementaux",
           "Les lessives et produits de traitement utilisés sont titulaires de l'Ecolabel européen ou d'un label "
           "équivalent, et dosés automatiquement. Le titulaire mesure sa consommation d'eau et d'énergie par "
           "kilogramme de linge traité et la communique chaque année à la Région, avec un plan de réduction.",
           "Le linge est livré dans des chariots et des sacs réutilisables ; les housses plastiques à usage "
           "unique sont proscrites. Les tournées sont mutualisées entre établissements voisins."),
        *ccap_prix(c, 0, A, "du coût horaire du travail révisé des activités de blanchisserie"),
        *ccap_avance(c, 0, A),
        *ccap_paiement(c, 2, A),
        *A("Pertes et détériorations",
           "Toute pièce perdue ou détériorée par le titulaire est remboursée sur la base de sa valeur de "
           "remplacement, diminuée d'un abattement de vétusté de 20 % par année d'utilisation."),
        *A("Pénalités",
           ["retard de livraison de plus de 24 heures : 80 € HT par établissement et par jour ;",
            "linge rendu non conforme (taches, humidité) : 2 € HT par pièce ;",
            "non-transmission du bilan environnemental annuel : 300 € HT."]),
        *ccap_assurances(c, 2, A),
        *A("Sous-traitance",
           "Pour le lot 1, la sous-traitance n'est admise qu'au profit d'opérateurs relevant eux-mêmes des "
           "articles L. 2113-12 ou L. 2113-13 du code de la commande publique."),
        *ccap_obligations_legales(c, 0, A),
        *ccap_resiliation(c, 1, A),
        *ccap_litiges(c, 0, A),
    ]
    ccap_lab = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", clause_environnementale=1, allotissement=1,
                 nb_lots=2, montant_max_ht=555000,
                 evidence=["communes aux deux accords-cadres", "1 20 000,00 € 75 000,00 €",
                           "2 35 000,00 € 110 000,00 €", "période initiale de deux ans",
                           "reconductible une fois pour un an", "[185 000 × 3 = 555 000]",
                           "Le lot 1 est réservé en application des articles L. 2113-12 et L. 2113-13",
                           "titulaires de l'Ecolabel européen"])

    A = AA1
    lyc = [("Lot", "Établissement", "Linge traité (kg/an, estimation)"),
           ("1", "Lycée Anne-de-Kerviel – Vitré-sur-Oust", "14 500"),
           ("1", "Lycée professionnel des Métiers du bois – Guerche-en-Bocage", "9 800"),
           ("1", "Lycée agricole de la Mée – Châteaubourg-la-Forêt", "11 200"),
           ("2", "Lycée Marie-Lozach – Quimperlé-sur-Aven", "16 300"),
           ("2", "Lycée maritime du Belon – Riec-les-Îles", "12 700"),
           ("2", "Lycée Pierre-Guéguen – Pont-Aven-le-Haut", "8 900")]
    cctp = [
        TITLE("Région Bocage-Atlantique – Direction des lycées", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Traitement et entretien du linge des lycées – RBA-2027-LING-21"),
        *A("Périmètre",
           "Le présent CCTP est commun aux deux lots. Le tableau suivant donne, pour les principaux "
           "établissements, une estimation des volumes annuels ; la liste complète figure en annexe.",
           TAB(lyc, widths=[0.1, 0.6, 0.3], align="llr")),
        *A("Nature du linge",
           ["linge plat : draps, housses de couette, taies d'oreiller, alèses ;",
            "linge de toilette : serviettes, gants, tapis de bain des internats ;",
            "tenues des agents de restauration : vestes, pantalons, tabliers, charlottes lavables."]),
        *A("Procédés de traitement",
           "Les draps et le linge de toilette sont lavés à une température d'au moins 60 °C ; les tenues de "
           "restauration, à 80 °C. Le séchage est réalisé en séchoir rotatif ou en calandre. Le pliage est "
           "effectué par catégorie et par internat."),
        *A("Produits",
           "Les lessives, adoucissants et produits de détachage sont conformes aux critères de l'Ecolabel "
           "européen ou d'un label équivalent ; les produits contenant des phosphates ou des azurants optiques "
           "non biodégradables sont exclus. Les fiches de données de sécurité sont remises à la Région."),
        *A("Conditionnement et transport",
           "Le linge propre est livré en chariots fermés réutilisables ou en sacs textiles lavables, séparé du "
           "linge sale. Les véhicules de collecte sont nettoyés et désinfectés chaque jour. Le titulaire "
           "organise ses tournées de façon à limiter le nombre de passages et les distances parcourues."),
        *A("Traçabilité",
           "Chaque enlèvement et chaque livraison donnent lieu à un bon contradictoire indiquant le poids ou le "
           "nombre de pièces par catégorie ; ces bons sont joints aux factures mensuelles."),
    ]
    cctp_lab = L(clause_environnementale=1, allotissement=1, nb_lots=2,
                 evidence=["Le présent CCTP est commun aux deux lots",
                           "conformes aux critères de l'Ecolabel européen ou d'un label équivalent"])

    bpu = [
        TITLE("Région Bocage-Atlantique – RBA-2027-LING-21", "BORDEREAU DES PRIX UNITAIRES",
              "Lot 2 – Lycées du secteur Ouest"),
        TAB([("N°", "Prestation", "Unité", "Prix unitaire HT", "TVA 20 %", "Prix unitaire TTC"),
             ("1", "Traitement du linge plat (collecte, lavage, repassage, pliage, livraison)", "kg", "", "", ""),
             ("2", "Traitement du linge de toilette", "kg", "", "", ""),
             ("3", "Traitement d'une veste de cuisine", "pièce", "", "", ""),
             ("4", "Traitement d'un pantalon de cuisine", "pièce", "", "", ""),
             ("5", "Traitement d'un tablier", "pièce", "", "", ""),
             ("6", "Passage supplémentaire hors tournée", "passage", "", "", ""),
             ("7", "Marquage nominatif d'une pièce", "pièce", "", "", "")],
            widths=[0.06, 0.46, 0.1, 0.13, 0.11, 0.14]),
        P("Les prix comprennent la collecte, le transport et la livraison dans chaque établissement du lot."),
    ]
    bpu_lab = L(allotissement=1, evidence=["Lot 2 – Lycées du secteur Ouest"])

    ae = [
        TITLE("Région Bocage-Atlantique", "ACTE D'ENGAGEMENT",
              "Lot n° 1 – Lycées du secteur Est – lot réservé (articles L. 2113-12 et L. 2113-13 du code de la "
              "commande publique)", "Consultation RBA-2027-LING-21"),
        H("1. Identification du titulaire"),
        P("Dénomination : ........................................ Forme juridique : ........................ "
          "SIRET : ........................ Adresse : ........................................"),
        H("2. Statut du candidat (lot réservé)"),
        P("Le candidat déclare être (cocher) : [ ] une entreprise adaptée ; [ ] un établissement et service "
          "d'aide par le travail ; [ ] une structure d'insertion par l'activité économique (entreprise "
          "d'insertion, atelier et chantier d'insertion, association intermédiaire, ETTI) ; [ ] une structure "
          "équivalente. Il certifie employer au moins 50 % de travailleurs handicapés ou défavorisés."),
        H("3. Engagement"),
        P("Le signataire s'engage à exécuter les prestations du lot n° 1 aux prix unitaires du bordereau joint, "
          "dans les limites d'un montant minimum annuel de 20 000 € HT et d'un montant maximum annuel de "
          "75 000 € HT, pour une durée initiale de deux ans, reconductible une fois pour un an."),
        H("4. Paiement"),
        P("Compte à créditer : ........................................ IBAN : ........................"),
        H("5. Avance"),
        P("[ ] Je renonce au bénéfice de l'avance.  [ ] Je ne renonce pas au bénéfice de l'avance."),
        H("6. Signature"),
        P("À ........................, le ........................ Signature électronique du représentant habilité."),
        H("7. Acceptation par le pouvoir adjudicateur"),
        P("Pour la présidente du conseil régional et par délégation, ........................"),
    ]
    ae_lab = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=1, montant_max_ht=225000,
               evidence=["Lot n° 1 – Lycées du secteur Est – lot réservé (articles L. 2113-12 et L. 2113-13",
                         "montant maximum annuel de 75 000 € HT",
                         "durée initiale de deux ans, reconductible une fois pour un an",
                         "[75 000 × 3 années = 225 000]"])

    return dict(
        id="d10",
        title="Région Bocage-Atlantique – entretien du linge des lycées, deux lots dont un réservé EA/ESAT et SIAE",
        pieces=[PIECE("RC_RBA-2027-LING-21.pdf", "RC", hd, "RC – Linge des lycées", rc, rc_lab),
                PIECE("CCAP_RBA-2027-LING-21.pdf", "CCAP", hd, "CCAP – Linge des lycées", ccap, ccap_lab,
                      hyphen=True),
                PIECE("CCTP_linge_lycees.pdf", "CCTP", hd, "CCTP – Linge des lycées", cctp, cctp_lab, cols=2,
                      hyphen=True),
                PIECE("BPU_lot2_Ouest.docx", "BPU", hd, "BPU lot 2", bpu, bpu_lab),
                PIECE("AE_lot1_reserve.docx", "AE", hd, "AE lot 1", ae, ae_lab)],
        pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=2, montant_max_ht=555000, reserve_base="L2113-12;L2113-13"),
        why=dict(heures_insertion="Aucune clause d'insertion (la réservation n'en est pas une).",
                 allotissement="RC : « divisée en deux lots ».",
                 nb_lots="Deux lots.",
                 montant_estime_ht="Aucune estimation donnée (volumes en kg seulement).",
                 montant_max_ht="Maximums annuels 75 000 + 110 000 = 185 000, appliqués à chacune des trois "
                                "années (deux ans initiaux + une reconduction d'un an) : 555 000.",
                 reserve_base="Lot 1 réservé à la fois L. 2113-12 et L. 2113-13 (RC, CCAP, AE)."),
        note="Pièges : période initiale de deux ans (ne pas compter deux périodes seulement) ; minimums annuels ; "
             "volumes en kg/an ; 50 % de travailleurs handicapés ou défavorisés ; AE du lot 1 (maximum "
             "225 000 pour ce lot seul) ; abattement de 20 % ; L. 2113-14 cité.")


# ============================================================================= d11
# Communauté d'agglomération, accompagnement vers l'emploi (objet d'insertion, pas une clause) réservé aux
# entreprises de l'ESS (L. 2113-15) ; dossier archivé après attribution : AE signé portant le prix du
# titulaire, avis d'attribution donnant l'estimation initiale et la valeur attribuée.
def d11():
    c = C(qui="la communauté d'agglomération", ta="Poitiers", ccag="fournitures courantes et services",
          ccira="Bordeaux", profil="https://marches.agglo-sorbiere.fr", proc="mapa", paiement=30)
    hd = "Communauté d'agglomération du Pays de Sorbière – CAPS-2027-ACC-04"
    A = AA1
    rc = [
        TITLE("COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS DE SORBIÈRE", "RÈGLEMENT DE LA CONSULTATION",
              "Accompagnement vers l'emploi de demandeurs d'emploi de longue durée résidant dans les quartiers "
              "prioritaires de la politique de la ville",
              "Marché de services sociaux et autres services spécifiques – procédure adaptée – CAPS-2027-ACC-04"),
        *A("Objet",
           "Le marché porte sur l'accompagnement socioprofessionnel renforcé de demandeurs d'emploi de longue "
           "durée résidant dans les quartiers prioritaires de la politique de la ville de l'agglomération, "
           "orientés par le service public de l'emploi, en vue de leur accès à un emploi durable ou à une "
           "formation qualifiante. Code CPV : 85312300 – Services d'orientation et de conseil."),
        *A("Acheteur",
           "Communauté d'agglomération du Pays de Sorbière, 3 esplanade de la Liberté, 86490 Sorbière – SIRET "
           "200 041 879 00016 – représentée par son président, M. Alain Roussel. Direction de la cohésion "
           "sociale et de l'emploi."),
        *A("Procédure",
           "Procédure adaptée, en application des articles L. 2123-1 et R. 2123-1 3° du code de la commande "
           "publique (services sociaux et autres services spécifiques)."),
        *A("Marché réservé",
           "En application de l'article L. 2113-15 du code de la commande publique, le marché, qui porte "
           "exclusivement sur des services sociaux et d'orientation figurant dans la liste annexée au code, est "
           "réservé aux entreprises de l'économie sociale et solidaire mentionnées à l'article 1er de la loi "
           "n° 2014-856 du 31 juillet 2014 qui poursuivent une mission de service public liée à la prestation "
           "de ces services. Sa durée totale n'excède pas trois ans."),
        *A("Allotissement",
           "Le marché n'est pas alloti. L'accompagnement constitue un parcours unique (diagnostic, "
           "accompagnement, mise en relation, suivi dans l'emploi) dont la division entre plusieurs opérateurs "
           "nuirait à la continuité du suivi des personnes."),
        *A("Durée – montant",
           "Le marché est conclu pour un an à compter du 1er juillet 2027, reconductible tacitement deux fois "
           "par période d'un an.",
           "Le montant estimatif annuel des prestations est de 150" + SB + "000 € HT. Les prestations peuvent être "
           "exonérées de TVA lorsque le titulaire remplit les conditions prévues par le code général des "
           "impôts."),
        *A("Contenu de l'offre",
           ["l'acte d'engagement complété et la décomposition du prix annuel ;",
            "un mémoire présentant la méthodologie d'accompagnement, l'organisation, les partenariats avec les "
            "employeurs du territoire et les outils de suivi ;",
            "les curriculum vitae des conseillers affectés ;",
            "les statuts de la structure et tout justificatif de son appartenance à l'économie sociale et "
            "solidaire."]),
        *A("Critères de jugement",
           ["Prix : 40 % ;",
            "Qualité de la méthodologie proposée (diagnostic, parcours, outils, partenariats) et organisation : "
            "45 % ;",
            "Moyens humains affectés et qualifications des conseillers : 15 %."]),
        *rc_candidature(c, 0, A),
        *rc_negociation(c, 0, A),
        *rc_remise(c, 2, A),
        *rc_renseignements(c, 1, A),
        *rc_validite(c, 2, A),
        *rc_recours(c, 2, A),
    ]
    rc_lab = L(marche_reserve=1, reserve_base="L2113-15", allotissement=0, montant_estime_ht=450000,
               evidence=["En application de l'article L. 2113-15", "est réservé aux entreprises de l'économie "
                                                                   "sociale et solidaire",
                         "Le marché n'est pas alloti", "montant estimatif annuel des prestations est de 150 000 € HT",
                         "reconductible tacitement deux fois", "[150 000 × 3 = 450 000]"])

    A = AA2
    ccap = [
        TITLE("Communauté d'agglomération du Pays de Sorbière", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Accompagnement vers l'emploi – CAPS-2027-ACC-04"),
        *A("Objet",
           "Le marché a pour objet l'accompagnement vers l'emploi de cent vingt personnes par an, demandeurs "
           "d'emploi de longue durée résidant dans les quartiers prioritaires de l'agglomération."),
        *A("Marché réservé",
           "Le marché est réservé en application de l'article L. 2113-15 du code de la commande publique. Le "
           "titulaire conserve pendant toute l'exécution la qualité d'entreprise de l'économie sociale et "
           "solidaire poursuivant une mission de service public."),
        *A("Pièces contractuelles",
           ["l'acte d'engagement et la décomposition du prix annuel ;", "le présent CCAP ;", "le CCTP ;",
            "le CCAG des marchés publics de fournitures courantes et de services ;", "l'offre du titulaire."]),
        *A("Durée",
           "Le marché prend effet le 1er juillet 2027 pour un an ; il est reconductible tacitement deux fois, sa "
           "durée totale ne pouvant excéder trois ans."),
        *A("Prix",
           "Les prestations sont rémunérées par un prix global et forfaitaire annuel, versé par quarts "
           "trimestriels. Une part de 10 % est versée en fin d'année au vu des résultats obtenus (taux de sorties "
           "vers l'emploi ou la formation qualifiante)."),
        *A("Indicateurs et compte rendu",
           "Le titulaire transmet chaque trimestre un tableau de suivi : nombre de personnes accompagnées, "
           "entretiens réalisés, mises en situation professionnelle, sorties positives. Un bilan annuel qualitatif "
           "est présenté au comité de pilotage."),
        *A("Secret professionnel",
           "Les conseillers sont tenus au secret professionnel. Les données personnelles des personnes "
           "accompagnées sont traitées conformément au règlement (UE) 2016/679 et supprimées au plus tard un an "
           "après la fin du marché."),
        *ccap_avance(c, 1, A),
        *ccap_paiement(c, 0, A),
        *A("Pénalités",
           "En cas de non-transmission du tableau de suivi trimestriel dans les quinze jours suivant la fin du "
           "trimestre, une pénalité de 100 € par jour de retard est appliquée."),
        *ccap_assurances(c, 1, A),
        *ccap_soustraitance(c, 1, A),
        *ccap_obligations_legales(c, 2, A),
        *ccap_resiliation(c, 0, A),
        *ccap_litiges(c, 0, A),
    ]
    ccap_lab = L(marche_reserve=1, reserve_base="L2113-15",
                 evidence=["Le marché est réservé en application de l'article L. 2113-15"])

    A = AA1
    cctp = [
        TITLE("Communauté d'agglomération du Pays de Sorbière", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Accompagnement vers l'emploi de demandeurs d'emploi de longue durée – CAPS-2027-ACC-04"),
        *A("Contexte",
           "L'agglomération compte quatre quartiers prioritaires où le taux de chômage dépasse 24 %. Dans le "
           "cadre du contrat de ville, elle finance un dispositif d'accompagnement renforcé complétant l'offre "
           "du service public de l'emploi pour les personnes les plus éloignées de l'emploi."),
        *A("Public",
           "Cent vingt personnes par an : demandeurs d'emploi inscrits depuis plus de douze mois, allocataires du "
           "RSA, jeunes de moins de 26 ans sortis du système scolaire sans qualification, résidant dans un "
           "quartier prioritaire. Les personnes sont orientées par France Travail, la mission locale ou les "
           "services sociaux du Département."),
        *A("Contenu de l'accompagnement",
           ["un diagnostic partagé de deux heures, dans les quinze jours suivant l'orientation ;",
            "au moins douze heures d'accompagnement individuel par personne et par an, complétées d'ateliers "
            "collectifs (techniques de recherche d'emploi, numérique, mobilité) ;",
            "des périodes de mise en situation en milieu professionnel et des mises en relation avec les "
            "employeurs du territoire, notamment les entreprises attributaires de marchés comportant des "
            "clauses d'insertion ;",
            "un suivi dans l'emploi pendant six mois après l'embauche."]),
        *A("Objectifs",
           "Le titulaire vise au moins 40 % de sorties positives : emploi de plus de six mois, contrat en "
           "alternance ou formation qualifiante. Les résultats sont appréciés sur les personnes sorties du "
           "dispositif au cours de l'année."),
        *A("Organisation",
           "Les entretiens ont lieu dans les locaux du titulaire ou dans les maisons de quartier mises à "
           "disposition par l'agglomération, du lundi au vendredi entre 9 h 00 et 18 h 00, avec une permanence "
           "mensuelle en soirée."),
        *A("Outils",
           "Le titulaire utilise le logiciel de suivi des parcours mis à disposition par l'agglomération et y "
           "saisit chaque action dans un délai de huit jours."),
    ]
    cctp_lab = L(evidence=[])

    ae = [
        TITLE("Communauté d'agglomération du Pays de Sorbière", "ACTE D'ENGAGEMENT",
              "Marché n° 2027-ACC-04 – Accompagnement vers l'emploi de demandeurs d'emploi de longue durée",
              "Marché réservé (article L. 2113-15 du code de la commande publique) – marché non alloti"),
        H("1. Titulaire"),
        P("Association Passerelles Emploi Sorbière, association régie par la loi du 1er juillet 1901, 12 rue "
          "des Tisserands, 86490 Sorbière, SIRET 412 683 950 00027, représentée par Mme Hélène Marchais, "
          "directrice, dûment habilitée."),
        P("Le titulaire déclare relever de l'économie sociale et solidaire au sens de l'article 1er de la loi "
          "n° 2014-856 du 31 juillet 2014."),
        H("2. Prix"),
        TAB([("Désignation", "Montant"),
             ("Prix global et forfaitaire annuel", "137 460,00 € HT"),
             ("TVA", "non applicable (article 261, 7-1° du code général des impôts)"),
             ("Montant pour la durée maximale de trois ans", "412 380,00 € HT")], widths=[0.55, 0.45]),
        H("3. Durée"),
        P("Un an à compter du 1er juillet 2027, reconductible tacitement deux fois."),
        H("4. Compte à créditer"),
        P("Relevé d'identité bancaire joint, au nom de l'Association Passerelles Emploi Sorbière (coordonnées "
          "bancaires masquées dans la copie archivée)."),
        H("5. Avance"),
        P("[X] Je ne renonce pas au bénéfice de l'avance."),
        H("6. Signature du titulaire"),
        P("Signé électroniquement à Sorbière, le 12 mai 2027, par Hélène Marchais, directrice."),
        H("7. Acceptation de l'offre"),
        P("Est acceptée la présente offre pour valoir acte d'engagement. À Sorbière, le 2 juin 2027. Le président "
          "de la communauté d'agglomération, Alain Roussel."),
        H("8. Notification"),
        P("Marché notifié au titulaire le 7 juin 2027 par voie électronique, accusé de réception du même jour."),
    ]
    ae_lab = L(marche_reserve=1, reserve_base="L2113-15", allotissement=0,
               evidence=["Marché réservé (article L. 2113-15 du code de la commande publique) – marché non alloti"])

    att = [
        TITLE("AVIS D'ATTRIBUTION", "Département(s) de publication : 86", "Annonce No 27-071402"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Communauté d'agglomération du Pays de Sorbière. N° National "
          "d'identification : 20004187900016. Code Postal : 86490. Ville : Sorbière."),
        H("Section 2 : Procédure"),
        P("Type de procédure : Procédure adaptée – services sociaux et autres services spécifiques. Référence : "
          "CAPS-2027-ACC-04."),
        P("Marché réservé : Oui – article L. 2113-15 du code de la commande publique (entreprises de "
          "l'économie sociale et solidaire)."),
        H("Section 3 : Identification du marché"),
        P("Intitulé : Accompagnement vers l'emploi de demandeurs d'emploi de longue durée résidant dans les "
          "quartiers prioritaires. Code CPV principal : 85312300. Type de marché : Services."),
        P("Valeur totale estimée initialement (H.T.) : 450 000 euros. Division en lots : Non."),
        H("Section 4 : Attribution"),
        P("Date de conclusion du marché : 02/06/2027. Nombre d'offres reçues : 3, dont 0 par voie non "
          "électronique."),
        P("Titulaire : Association Passerelles Emploi Sorbière, 86490 Sorbière, SIRET 41268395000027."),
        P("Valeur totale du marché attribué (H.T.) : 412 380 euros, pour la durée maximale reconductions "
          "comprises."),
        H("Section 5 : Informations complémentaires"),
        P("Le marché peut être consulté, dans le respect des secrets protégés par la loi, auprès de la direction "
          "de la commande publique. Instance chargée des procédures de recours : Tribunal administratif de "
          "Poitiers. Date d'envoi du présent avis : 15/06/2027."),
    ]
    att_lab = L(marche_reserve=1, reserve_base="L2113-15", allotissement=0, montant_estime_ht=450000,
                evidence=["Marché réservé : Oui – article L. 2113-15",
                          "Valeur totale estimée initialement (H.T.) : 450 000 euros", "Division en lots : Non"])

    return dict(
        id="d11",
        title="CA du Pays de Sorbière – accompagnement vers l'emploi réservé à l'ESS (dossier archivé avec AE "
              "signé et avis d'attribution)",
        pieces=[PIECE("RC_CAPS-2027-ACC-04.pdf", "RC", hd, "RC – Accompagnement vers l'emploi", rc, rc_lab,
                      hyphen=True),
                PIECE("CCAP_CAPS-2027-ACC-04.pdf", "CCAP", hd, "CCAP – Accompagnement vers l'emploi", ccap,
                      ccap_lab),
                PIECE("CCTP_CAPS-2027-ACC-04.pdf", "CCTP", hd, "CCTP – Accompagnement vers l'emploi", cctp,
                      cctp_lab),
                PIECE("AE_signe_2027-ACC-04.docx", "AE", hd, "Acte d'engagement signé", ae, ae_lab),
                PIECE("Avis_attribution_27-071402.txt", "AVIS", "", "", att, att_lab)],
        pos=["marche_reserve"],
        values=V(allotissement=0, montant_estime_ht=450000, reserve_base="L2113-15"),
        why=dict(heures_insertion="Aucune clause d'insertion : l'insertion est l'objet même du marché (LABELS : "
                                  "« A contract whose OBJECT is insertion services … is not an insertion clause "
                                  "by itself ») ; « douze heures d'accompagnement » ne sont pas des heures "
                                  "d'insertion.",
                 allotissement="RC art. 6, AE, avis d'attribution : non alloti.",
                 nb_lots="Sans objet.",
                 montant_estime_ht="RC : 150 000 € HT par an, un an + deux reconductions = 450 000 ; l'avis "
                                   "d'attribution : « Valeur totale estimée initialement : 450 000 euros ». Le prix "
                                   "du titulaire (137 460 par an, 412 380 sur trois ans) n'est pas une estimation.",
                 montant_max_ht="Aucun (marché ordinaire).",
                 reserve_base="Article L. 2113-15 (ESS) cité dans le RC, le CCAP, l'AE et l'avis d'attribution."),
        note="Choix d'annotation : critère « Qualité de la méthodologie proposée (diagnostic, parcours…) » noté 0 "
             "en critère social (il apprécie la qualité du service d'insertion acheté, pas une performance "
             "sociale du titulaire) ; clause sociale 0. Pièges : 412 380 € (valeur attribuée) et 137 460 € (prix "
             "du titulaire) ; « 40 % de sorties positives », « taux de chômage 24 % », « 120 personnes », "
             "« douze heures », « deux heures » ; CPV 85312300.")


# ============================================================================= d12
# SICTOM, collecte des déchets : deux lots, valeur estimée écrite en toutes lettres dans le RC, par lot en
# M€ et k€ ; heures d'insertion par an et sur la durée totale (période ferme + reconduction), par lot ;
# avis au format eForms rendu en texte.
def d12():
    c = C(qui="le syndicat", ta="Grenoble", ccag="fournitures courantes et services", ccira="Lyon",
          profil="https://marches.sictom-valdysere.fr", proc="ao", paiement=30)
    hd = "SICTOM du Val d'Ysère – Collecte des déchets ménagers – SICTOM-VY-2027-01"
    avis = [
        TITLE("FR – Avis de marché – Procédure ouverte – Régime standard – Directive 2014/24/UE",
              "SICTOM du Val d'Ysère – Collecte des déchets ménagers et assimilés"),
        H("1. Acheteur"),
        P("1.1 Acheteur – Nom officiel : Syndicat intercommunal de collecte et de traitement des ordures "
          "ménagères du Val d'Ysère. Forme juridique de l'acheteur : groupement de collectivités. Activité du "
          "pouvoir adjudicateur : protection de l'environnement."),
        H("2. Procédure"),
        P("2.1 Procédure – Titre : Collecte des déchets ménagers et assimilés. Description : collecte en "
          "porte-à-porte des ordures ménagères résiduelles et des emballages, et collecte du verre en points "
          "d'apport volontaire, sur les 21 communes du syndicat. Identifiant interne : SICTOM-VY-2027-01."),
        P("2.1.1 Objet – Nature du marché : Services. Classification principale (cpv) : 90511000 Services de "
          "collecte des ordures ménagères."),
        P("2.1.3 Valeur – Valeur estimée hors TVA : 6 180 000,00 EUR"),
        P("2.1.4 Informations générales – Base juridique : Directive 2014/24/UE. Type de procédure : ouverte."),
        H("5. Lot"),
        P("5.1 Lot : LOT-0001 – Titre : Collecte en porte-à-porte des ordures ménagères résiduelles et des "
          "emballages ménagers recyclables"),
        P("5.1.3 Durée estimée : 48 Mois. 5.1.4 Renouvellement : nombre maximal de renouvellements : 1 ; "
          "le renouvellement porte sur une durée de 24 mois."),
        P("5.1.5 Valeur – Valeur estimée hors TVA : 5 340 000,00 EUR"),
        P("5.1.6 Informations générales – Participation réservée : la participation n'est pas réservée. "
          "Objectif du marché public stratégique : réduction des incidences environnementales ; objectif "
          "social."),
        P("5.1.10 Critères d'attribution – Type : Prix ; Nom : Prix ; Pondération (pourcentage, valeur exacte) : "
          "45. Type : Qualité ; Nom : Valeur technique ; Pondération : 30. Type : Qualité ; Nom : Performances "
          "environnementales ; Pondération : 15. Type : Qualité ; Nom : Performances en matière d'insertion "
          "professionnelle ; Pondération : 10."),
        P("5.1.12 Conditions du marché – Conditions relatives à l'exécution du marché : clause sociale "
          "d'insertion de 9 600 heures sur la durée totale du marché, renouvellement compris ; véhicules de "
          "collecte fonctionnant au bioGNV ou à l'électricité."),
        P("5.1 Lot : LOT-0002 – Titre : Collecte du verre en points d'apport volontaire"),
        P("5.1.3 Durée estimée : 48 Mois. 5.1.4 Renouvellement : nombre maximal de renouvellements : 1 (24 mois)."),
        P("5.1.5 Valeur – Valeur estimée hors TVA : 840 000,00 EUR"),
        P("5.1.6 Informations générales – Participation réservée : la participation n'est pas réservée."),
        P("5.1.10 Critères d'attribution : identiques à ceux du lot LOT-0001."),
        P("5.1.12 Conditions du marché – Conditions relatives à l'exécution du marché : clause sociale "
          "d'insertion de 1 200 heures sur la durée totale du marché, renouvellement compris."),
        H("8. Organisations"),
        P("8.1 ORG-0001 – Nom officiel : SICTOM du Val d'Ysère. Numéro d'enregistrement : 25380046200014. "
          "Ville : La Motte-d'Ysère. Code postal : 38530. Rôles : acheteur."),
        P("8.1 ORG-0002 – Nom officiel : Tribunal administratif de Grenoble. Rôles : organisation chargée des "
          "procédures de recours."),
        P("Date d'envoi de l'avis : 22/03/2027. Date limite de réception des offres : 10/05/2027 12:00:00 (UTC+2)."),
    ]
    avis_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=10800, critere_social=1,
                 clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=2,
                 montant_estime_ht=6180000,
                 evidence=["Valeur estimée hors TVA : 6 180 000,00 EUR", "Lot : LOT-0002",
                           "clause sociale d'insertion de 9 600 heures", "clause sociale d'insertion de 1 200 heures",
                           "[9 600 + 1 200 = 10 800]", "Performances en matière d'insertion professionnelle",
                           "Performances environnementales", "fonctionnant au bioGNV"])

    A = AA1
    rc = [
        TITLE("SICTOM DU VAL D'YSÈRE", "RÈGLEMENT DE LA CONSULTATION",
              "Collecte des déchets ménagers et assimilés",
              "Appel d'offres ouvert – marchés de services – SICTOM-VY-2027-01",
              "Date limite de réception des offres : 10 mai 2027 à 12 h 00"),
        *A("Objet",
           "La consultation porte sur la collecte des déchets ménagers et assimilés sur le territoire des 21 "
           "communes membres du syndicat (38 500 habitants) : collecte en porte-à-porte des ordures ménagères "
           "résiduelles et des emballages ménagers recyclables, collecte du verre en points d'apport volontaire "
           "et transport vers les installations de traitement désignées."),
        *A("Acheteur",
           "Syndicat intercommunal de collecte et de traitement des ordures ménagères du Val d'Ysère, 40 route "
           "des Écoles, 38530 La Motte-d'Ysère – SIRET 253 800 462 00014 – représenté par sa présidente, "
           "Mme Martine Guillot."),
        *A("Procédure",
           "Appel d'offres ouvert, en application des articles L. 2124-2, R. 2124-2 1° et R. 2161-2 à R. 2161-5 "
           "du code de la commande publique."),
        *A("Lots",
           "Les prestations sont réparties en deux lots : lot 1 « Collecte en porte-à-porte des ordures "
           "ménagères résiduelles et des emballages » ; lot 2 « Collecte du verre en points d'apport "
           "volontaire ». Les candidats peuvent répondre à un seul lot ou aux deux."),
        *A("Durée",
           "Chaque marché est conclu pour une durée ferme de quatre ans à compter du 1er janvier 2028. Il peut "
           "être reconduit une fois, pour une période de deux ans, par décision expresse du syndicat."),
        *A("Valeur estimée",
           "La valeur estimée des prestations, période de reconduction comprise, est de 5,34 M€ HT pour le lot "
           "1 et de 840 k€ HT pour le lot 2. La valeur estimée totale du marché s'établit ainsi à six millions "
           "cent quatre-vingt mille euros hors taxes."),
        *A("Clause sociale d'insertion",
           "Chacun des deux lots comporte une clause sociale d'insertion : le titulaire devra réserver à des "
           "personnes éloignées de l'emploi un volume d'heures de travail fixé à l'article 12 du CCAP."),
        *A("Dossier de consultation",
           ["le présent règlement ;", "le CCAP commun aux deux lots ;", "le CCTP de chaque lot et ses annexes "
            "(plans de tournées, liste des points d'apport volontaire) ;", "l'acte d'engagement de chaque lot ;",
            "la décomposition du prix global et forfaitaire et le BPU de chaque lot."]),
        *A("Visite des circuits",
           "Les candidats qui le souhaitent peuvent suivre une tournée de collecte, sur rendez-vous, le mardi "
           "30 mars ou le jeudi 1er avril 2027, au départ du dépôt de La Motte-d'Ysère à 5 h 30."),
        *rc_candidature(c, 1, A, extra=["l'inscription au registre des transporteurs de déchets ou le "
                                         "récépissé de déclaration d'activité de collecte et de transport."]),
        *A("Critères d'attribution",
           TAB([("Critère", "Pondération"),
                ("Prix", "45 %"),
                ("Valeur technique : organisation des tournées, moyens humains et matériels, continuité du "
                 "service", "30 %"),
                ("Performances environnementales : motorisation et émissions des véhicules, kilomètres "
                 "parcourus, lavage des bacs", "15 %"),
                ("Performances en matière d'insertion professionnelle : qualité du parcours proposé aux "
                 "personnes en insertion (tutorat, formation, perspectives d'embauche)", "10 %")],
               widths=[0.82, 0.18], align="lr")),
        *rc_negociation(c, 1, A),
        *rc_remise(c, 0, A),
        *rc_renseignements(c, 2, A),
        *rc_modifs(c, 2, A),
        *rc_validite(c, 1, A),
        *rc_recours(c, 1, A),
    ]
    rc_lab = L(clause_sociale=1, clause_insertion=1, critere_social=1, critere_environnemental=1,
               allotissement=1, nb_lots=2, montant_estime_ht=6180000,
               evidence=["réparties en deux lots",
                         "s'établit ainsi à six millions cent quatre-vingt mille euros hors taxes",
                         "le titulaire devra réserver à des personnes éloignées de l'emploi",
                         "Performances en matière d'insertion professionnelle",
                         "Performances environnementales"])

    A = AA2
    ccap = [
        TITLE("SICTOM du Val d'Ysère", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Collecte des déchets ménagers et assimilés – SICTOM-VY-2027-01 – lots 1 et 2"),
        *A("Objet",
           "Le présent CCAP s'applique aux deux marchés de services issus de la consultation SICTOM-VY-2027-01 : "
           "lot 1 (collecte en porte-à-porte) et lot 2 (collecte du verre en points d'apport volontaire)."),
        *A("Pièces constitutives",
           ["l'acte d'engagement du lot ;", "le présent CCAP ;", "le CCTP du lot et ses annexes ;",
            "la DPGF et le BPU du lot ;",
            "le CCAG des marchés publics de fournitures courantes et de services ;", "l'offre du titulaire."]),
        *A("Durée",
           "Chaque marché est conclu pour quatre ans à compter du 1er janvier 2028. Il peut être reconduit une "
           "fois pour deux ans ; la décision de reconduction est notifiée au moins six mois avant le terme."),
        *A("Prix",
           "Les prestations régulières sont rémunérées par un prix global et forfaitaire annuel ; les "
           "prestations occasionnelles (collectes supplémentaires, évacuation de dépôts sauvages) par les prix "
           "unitaires du BPU."),
        *A("Révision des prix",
           "Les prix sont révisés chaque année selon une formule paramétrique associant l'indice du coût horaire "
           "du travail (ICHT-rev TS), l'indice du prix du gazole professionnel et l'indice des prix de "
           "production des véhicules industriels, avec une partie fixe de 12,5 %."),
        *A("Personnel",
           "Le titulaire est informé des obligations de reprise du personnel prévues par la convention "
           "collective nationale des activités du déchet. La liste anonymisée des salariés concernés figure en "
           "annexe au CCTP."),
        *ccap_avance(c, 2, A),
        *ccap_paiement(c, 1, A),
        *A("Continuité du service",
           "En cas de grève ou de panne, le titulaire met en oeuvre son plan de continuité. Aucune collecte ne "
           "peut être reportée de plus de 24 heures sans accord du syndicat."),
        *A("Pénalités",
           ["oubli de collecte d'une rue ou d'un point d'apport volontaire signalé et non rattrapé dans la "
            "journée : 150 € HT par rue ou point ;",
            "non-respect des horaires de collecte en centre-bourg : 200 € HT par constat ;",
            "absence de transmission du rapport mensuel : 100 € HT par jour de retard."]),
        *A("Assurances et sécurité",
           "Le titulaire justifie d'une assurance de responsabilité civile couvrant ses véhicules et son activité "
           "de collecte. Il applique la recommandation R 437 de la CNAM relative à la collecte des déchets, "
           "notamment l'interdiction des marches arrière et du ripeur sur marchepied hors des conditions prévues."),
        H("ARTICLE 12 - Clause sociale d'insertion"),
        P("12.1 Le titulaire de chaque lot réserve à des personnes rencontrant des difficultés sociales ou "
          "professionnelles particulières un volume minimal d'heures de travail, réalisées sur le marché :"),
        LST(["lot 1 : 1 600 heures par année d'exécution, soit 9" + SB + "600 heures sur la durée totale du marché "
             "reconduction comprise (6 400 heures pour la seule période ferme de quatre ans) ;",
             "lot 2 : 1 200 heures sur la durée totale du marché, reconduction comprise."]),
        P("12.2 Les heures peuvent être réalisées par embauche directe, par mise à disposition (ETTI, AI, GEIQ) "
          "ou par sous-traitance à une structure d'insertion par l'activité économique. La maison de l'emploi "
          "du Val d'Ysère assure le rôle de facilitateur."),
        P("12.3 Un bilan est transmis chaque semestre. Toute heure non réalisée au terme de chaque année "
          "d'exécution, sans justification admise par le facilitateur, donne lieu à une pénalité de 40 € HT."),
        *A("Prescriptions environnementales",
           "Dès le démarrage, au moins 80 % des bennes affectées au lot 1 fonctionnent au bioGNV ou à "
           "l'électricité ; la totalité du parc à compter du 1er janvier 2030. Les véhicules du lot 2 sont "
           "classés Crit'Air 1 ou électriques.",
           "Le titulaire forme ses conducteurs à l'écoconduite, optimise les tournées et remet chaque année un "
           "bilan des kilomètres parcourus, des consommations et des émissions de gaz à effet de serre. Le "
           "lavage des bacs est réalisé avec de l'eau recyclée."),
        *ccap_soustraitance(c, 2, A),
        *ccap_obligations_legales(c, 1, A),
        *ccap_resiliation(c, 2, A),
        *ccap_litiges(c, 1, A),
    ]
    ccap_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=10800, clause_environnementale=1,
                 allotissement=1, nb_lots=2,
                 evidence=["s'applique aux deux marchés de services",
                           "soit 9 600 heures sur la durée totale du marché",
                           "lot 2 : 1 200 heures sur la durée totale du marché", "[9 600 + 1 200 = 10 800]",
                           "au moins 80 % des bennes affectées au lot 1 fonctionnent au bioGNV"])

    A = AA1
    cctp = [
        TITLE("SICTOM du Val d'Ysère", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Lot 1 – Collecte en porte-à-porte des ordures ménagères résiduelles et des emballages"),
        *A("Territoire et gisements",
           "Le lot 1 couvre les 21 communes du syndicat, soit 38 500 habitants et environ 17 200 points de "
           "présentation. Les tonnages collectés en 2026 s'élèvent à 7 950 tonnes d'ordures ménagères "
           "résiduelles et 1 860 tonnes d'emballages."),
        *A("Fréquences",
           ["ordures ménagères résiduelles : une collecte par semaine (C1), deux en centre-bourg de La Motte ;",
            "emballages ménagers recyclables : une collecte tous les quinze jours (C0,5) ;",
            "collectes des gros producteurs : selon le calendrier annexé."]),
        *A("Horaires",
           "Les collectes ont lieu du lundi au samedi entre 5 h 00 et 13 h 00. En centre-bourg, elles sont "
           "achevées avant 7 h 30 les jours de marché. Les jours fériés sont collectés, à l'exception du 1er mai."),
        *A("Véhicules",
           "Les bennes sont équipées de lève-conteneurs compatibles avec les bacs de 120 à 770 litres, d'une "
           "caméra de recul et d'un système de pesée embarquée. Elles fonctionnent au bioGNV ou à l'électricité, "
           "conformément à l'article 13 du CCAP, et leur niveau sonore en phase de compaction n'excède pas "
           "98 dB(A), afin de préserver l'environnement sonore des riverains lors des collectes matinales."),
        *A("Vidage et transport",
           "Les ordures ménagères résiduelles sont vidées au centre de transfert de Saint-Ours ; les emballages, "
           "au centre de tri départemental. Les tickets de pesée sont transmis quotidiennement au syndicat."),
        *A("Relations avec les usagers",
           "Le titulaire signale au syndicat, par l'application de suivi, les bacs non conformes, les erreurs de "
           "tri et les difficultés d'accès. Il appose un autocollant d'information sur les bacs refusés."),
        *A("Suivi de la prestation",
           "Un rapport mensuel présente les tonnages, les kilomètres parcourus, les incidents, les réclamations "
           "traitées et l'état des effectifs affectés aux tournées."),
    ]
    cctp_lab = L(clause_environnementale=1, allotissement=1,
                 evidence=["Lot 1 – Collecte en porte-à-porte",
                           "Elles fonctionnent au bioGNV ou à l'électricité"])

    ae = [
        TITLE("SICTOM du Val d'Ysère", "ACTE D'ENGAGEMENT",
              "Lot n° 1 – Collecte en porte-à-porte des ordures ménagères résiduelles et des emballages",
              "Consultation SICTOM-VY-2027-01"),
        H("Article 1 – Contractant"),
        P("Nom, prénom, qualité du signataire : ........................................ agissant pour le "
          "compte de la société : ........................ SIRET : ........................"),
        H("Article 2 – Prix"),
        P("Prix global et forfaitaire annuel des prestations régulières : ...................... € HT, soit "
          "...................... € TTC (TVA au taux de 10 %). Les prestations occasionnelles sont réglées aux "
          "prix unitaires du BPU."),
        H("Article 3 – Durée"),
        P("Quatre ans à compter du 1er janvier 2028, reconductible une fois pour deux ans."),
        H("Article 4 – Clause d'insertion"),
        P("Le titulaire s'engage à réaliser 9 600 heures d'insertion sur la durée totale du marché, "
          "reconduction comprise, conformément à l'article 12 du CCAP, et à transmettre les bilans "
          "semestriels au facilitateur."),
        H("Article 5 – Paiement"),
        P("Compte à créditer : ........................................"),
        H("Article 6 – Signature"),
        P("Fait à ........................, le ........................"),
        H("Article 7 – Acceptation de l'offre"),
        P("La présidente du SICTOM du Val d'Ysère."),
    ]
    ae_lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=9600, allotissement=1,
               evidence=["Lot n° 1 – Collecte en porte-à-porte",
                         "s'engage à réaliser 9 600 heures d'insertion sur la durée totale du marché"])

    return dict(
        id="d12",
        title="SICTOM du Val d'Ysère – collecte des déchets ménagers, deux lots (valeur écrite en lettres)",
        pieces=[PIECE("Avis_TED_SICTOM-VY-2027-01.txt", "AVIS", "", "", avis, avis_lab),
                PIECE("RC_SICTOM-VY-2027-01.pdf", "RC", hd, "RC – Collecte", rc, rc_lab),
                PIECE("CCAP_SICTOM-VY-2027-01.pdf", "CCAP", hd, "CCAP – Collecte", ccap, ccap_lab, hyphen=True),
                PIECE("CCTP_lot1_porte-a-porte.pdf", "CCTP", hd, "CCTP lot 1", cctp, cctp_lab, cols=2,
                      hyphen=True),
                PIECE("AE_lot1.docx", "AE", hd, "AE lot 1", ae, ae_lab)],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=10800, allotissement=1, nb_lots=2, montant_estime_ht=6180000),
        why=dict(heures_insertion="CCAP 12.1 : lot 1 « 9 600 heures sur la durée totale » (1 600 par an ; 6 400 "
                                  "pour la seule période ferme) + lot 2 « 1 200 heures » = 10 800 ; l'avis donne "
                                  "les mêmes volumes par lot.",
                 allotissement="Deux lots.",
                 nb_lots="Deux lots (avis LOT-0001 et LOT-0002, RC, CCAP).",
                 montant_estime_ht="RC : « six millions cent quatre-vingt mille euros hors taxes » (5,34 M€ + "
                                   "840 k€) ; avis : 6 180 000,00 EUR.",
                 montant_max_ht="Aucun (prix forfaitaires annuels et prix unitaires sans maximum).",
                 reserve_base="« la participation n'est pas réservée »."),
        note="Pièges : total en toutes lettres ; M€ et k€ ; 1 600 heures par an et 6 400 heures pour la période "
             "ferme ; « Activité : protection de l'environnement » (acheteur) ; « environnement sonore » ; tonnages ; "
             "horaires 5 h – 13 h ; 24 heures ; pénalité de 40 € par heure ; reprise du personnel par la "
             "convention collective (rappel) ; 80 % des bennes.")


# ============================================================================= construction et contrôles
DOSSIERS = [globals()[n] for n in ("d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08", "d09", "d10", "d11",
                                   "d12") if n in globals()]
_CATEGORIES = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
               "clause_environnementale", "critere_environnemental")
_EXPECT_KEYS = {"allotissement": "divided", "nb_lots": "lot_count", "montant_estime_ht": "estimated_ht",
                "montant_max_ht": "max_ht", "heures_insertion": "insertion_hours", "reserve_base": "reservation_bases"}
ZIP_DATE = (2026, 1, 1, 0, 0, 0)


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
        if r["reserve_base"]:
            for b in r["reserve_base"].split(";"):
                if b not in ("L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"):
                    out.append("%s : reserve_base %r" % (r["path"], r["reserve_base"]))
    return out


def build_piece(path, p):
    ext = p["file"].rsplit(".", 1)[1]
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if ext == "xml":
        with open(path, "wb") as fh:
            fh.write(p["xml"].encode("utf-8"))
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
                nums.append(int(m.group(2)))
    if nums != sorted(set(nums)):
        return ["%s/%s : numérotation des articles %r" % (d["id"], p["file"], nums)]
    return []


def _expect(d):
    out = {}
    for name, key in _EXPECT_KEYS.items():
        value = d["values"][name]
        if key == "divided":
            value = None if value is None else bool(int(value))
        elif key == "reservation_bases":
            value = sorted(value.split(";")) if value else []
        out[key] = value
    # mêmes clés que le dossiers.yml de blind_values_13 (les trois catégories sociales) ; pos donne les six
    out["considerations"] = {c: c in d["pos"] for c in ("clause_sociale", "clause_insertion", "critere_social")}
    return out


def zip_folder(src, dest):
    """ZIP déterministe : entrées triées, dossiers compris, toutes datées du 2026-01-01."""
    entries = []
    for root, dirs, files in os.walk(src):
        rel = os.path.relpath(root, src)
        if rel != ".":
            entries.append((rel.replace(os.sep, "/") + "/", None))
        for f in files:
            full = os.path.join(root, f)
            entries.append((os.path.relpath(full, src).replace(os.sep, "/"), full))
    entries.sort()
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for name, full in entries:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            if full is None:
                zi.external_attr = 0o40755 << 16
                z.writestr(zi, b"")
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                with open(full, "rb") as fh:
                    z.writestr(zi, fh.read())


def piece_bytes(out_dir, d, p):
    if d.get("zip"):
        with zipfile.ZipFile(os.path.join(out_dir, d["zip"])) as z:
            return z.read(p["file"])
    with open(os.path.join(out_dir, d["id"], p["file"]), "rb") as fh:
        return fh.read()


def build_all(out_dir, yml_path):
    SB_STATS.update(cut=0, whole=0)
    HY_STATS.update(cut=0, whole=0)
    del CUT_LOG[:]
    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir)
    rows, dossiers_yml, problems = [], [], []
    kinds, pages = {}, {}
    built = []
    for f in DOSSIERS:
        d = f()
        built.append(d)
        if d.get("zip"):
            folder = os.path.join(out_dir, "_stage_" + d["id"])
        else:
            folder = os.path.join(out_dir, d["id"])
        os.makedirs(folder)
        if not (4 <= len(d["pieces"]) <= 6):
            problems.append("%s : %d pièces" % (d["id"], len(d["pieces"])))
        for c in d["pos"]:
            if c not in _CATEGORIES:
                problems.append("%s : catégorie inconnue %s" % (d["id"], c))
        rb = d["values"].get("reserve_base")
        if bool(rb) != ("marche_reserve" in d["pos"]):
            problems.append("%s : reserve_base du dossier / pos incohérents" % d["id"])
        if "clause_insertion" in d["pos"] and "clause_sociale" not in d["pos"]:
            problems.append("%s : clause_insertion sans clause_sociale (dossier)" % d["id"])
        for k in _EXPECT_KEYS:
            if k not in d["why"]:
                problems.append("%s : why sans %s" % (d["id"], k))
        for p in d["pieces"]:
            problems.extend(check_articles(d, p))
            n = build_piece(os.path.join(folder, p["file"]), p)
            ext = p["file"].rsplit(".", 1)[1]
            kinds[ext] = kinds.get(ext, 0) + 1
            if n is not None:
                pages[n] = pages.get(n, 0) + 1
                if not (1 <= n <= 10):
                    problems.append("%s/%s : %d pages" % (d["id"], p["file"], n))
        if d.get("zip"):
            zip_folder(folder, os.path.join(out_dir, d["zip"]))
            shutil.rmtree(folder)
        for p in d["pieces"]:
            lab = dict(p["label"])
            txt = norm_extracted(extract_text(p["file"], piece_bytes(out_dir, d, p)))
            for q in lab["evidence"]:
                if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                    continue
                if norm_quote(q) not in txt:
                    problems.append("%s/%s : preuve absente du texte extrait : %r" % (d["id"], p["file"], q))
            ev = " | ".join(norm_quote(q) for q in lab["evidence"])
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
            prefix = d["zip"] if d.get("zip") else d["id"]
            row = {"path": prefix + "/" + p["file"], "doc_type": p["doc_type"]}
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
            pos=d["pos"], values=d["values"], why=d["why"], note=d["note"],
            path="dossiers/" + (d["zip"] if d.get("zip") else d["id"]), expect=_expect(d)))
    with open(os.path.join(out_dir, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    import yaml
    head = ("# Jeu scellé extraction-13 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main par une session d'aide lancée par le projet,\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures d'insertion sommées sur les lots et comptées sur toute la durée ; montant estimé\n"
            "# HT total (tous lots, reconductions et tranches optionnelles comprises) ; maximum HT sur toutes les\n"
            "# périodes et tous les lots ; l'avis rectificatif et le registre des questions-réponses, postérieurs,\n"
            "# corrigent les pièces initiales ; le prix propre d'un titulaire (AE signé) n'est pas une estimation.\n"
            "# why : justification de chaque valeur ; note : pièges. Les dossiers zippés ont pour path le zip, et\n"
            "# leurs pièces sont nommées par leur chemin dans le zip.\n")
    with open(yml_path, "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    problems.extend(extra_checks(rows))
    return rows, dossiers_yml, problems, kinds, pages


def md5_tree(root, extra):
    out = {}
    for r, dirs, files in os.walk(root):
        for f in files:
            full = os.path.join(r, f)
            with open(full, "rb") as fh:
                out[os.path.relpath(full, root)] = hashlib.md5(fh.read()).hexdigest()
    with open(extra, "rb") as fh:
        out["dossiers.yml"] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    rows, dys, problems, kinds, pages = build_all(OUT, os.path.join(HERE, "dossiers.yml"))
    first = md5_tree(OUT, os.path.join(HERE, "dossiers.yml"))
    cut1 = (dict(SB_STATS), dict(HY_STATS))
    scratch = "/tmp/blind_extraction-13/rebuild"
    os.makedirs(scratch, exist_ok=True)
    _r, _d, problems2, _k, _p = build_all(os.path.join(scratch, "dossiers"), os.path.join(scratch, "dossiers.yml"))
    second = md5_tree(os.path.join(scratch, "dossiers"), os.path.join(scratch, "dossiers.yml"))
    if first != second:
        diff = sorted(k for k in set(first) | set(second) if first.get(k) != second.get(k))
        problems.append("construction non déterministe : %s" % ", ".join(diff))
    if len(problems2) != len(problems) - (1 if first != second else 0):
        problems.append("la seconde construction ne donne pas les mêmes contrôles")
    print("contrôles : preuves retrouvées dans le texte EXTRAIT de chaque fichier (pypdf / python-docx / lxml / "
          "lecture simple) ; preuves <= 300 caractères ; PDF de 1 à 10 pages ; 4 à 6 pièces par dossier ; "
          "articles sans doublon ; clause_insertion => clause_sociale ; marche_reserve <=> reserve_base ; pos du "
          "dossier <=> pièces ; types et valeurs des colonnes ; double construction (md5 de %d fichiers) -> %d "
          "problème(s)" % (len(first), len(problems)))
    print("%d dossiers, %d pièces (%s) ; pages des PDF : %s ; nombres coupés en fin de ligne : %d (%d entiers) ; "
          "césures forcées : %d (%d entières)" % (
              len(dys), len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
              ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), cut1[0]["cut"], cut1[0]["whole"],
              cut1[1]["cut"], cut1[1]["whole"]))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
