#!/usr/bin/env python3
"""Construit le jeu blind_docs_20 : 30 documents entiers (PDF reportlab, DOCX python-docx, avis .txt,
avis eForms .xml) et leurs étiquettes documents/labels.csv (schéma de shared/eval/LABELS.md).

Écrit par une session d'aide lancée par le projet, agissant comme annotateur aveugle (sans lecture du
moteur). Infrastructure reprise de tests/data/blind_values_13/make_documents.py, lignes 27-637
(écriture PDF/DOCX/TXT, tableaux, pages à deux colonnes, césure, nombres coupés SB, césure forcée HY,
aides de saisie, number_articles) ; boucle de construction et de contrôle réécrite pour des documents
isolés : construction deux fois et comparaison des md5, contrôle des preuves dans le texte EXTRAIT de
chaque fichier produit (pypdf pour les PDF, espaces normalisés et césures de fin de ligne recollées ;
python-docx paragraphes + cellules pour les DOCX ; lxml itertext pour les XML ; lecture simple des TXT).

Thème : précision et rappel des catégories sociales dans les services à la personne et les documents
qui parlent du personnel (sosies : usagers, qualifications, reprise du personnel, rappels du code du
travail, politique de l'acheteur, sélection, questions non notées, accessibilité, pénalités d'absence).

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Tous les textes, acheteurs, lieux, SIRET, personnes, références et montants sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F
(U+00A0 dans les PDF) ; BR = retour forcé (PDF) ; SB = coupure possible d'un nombre en fin de ligne ;
HY = césure possible d'un mot si le mot ne tient plus sur la ligne.

Usage : /work/main/.venv/bin/python tests/data/blind_docs_20/make_documents.py
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
SET_NAME = "blind_docs_20"

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





# ----------------------------------------------------------------------------- aides propres à ce jeu
_DOC_TYPES = {"RC", "CCAP", "CCTP", "AE", "BPU", "DPGF", "DQE", "AVIS", "QR", "FORM", "CADRE", "AUTRE"}


def A(title, *paras):
    """Un article numéroté automatiquement : titre puis paragraphes (str), listes (list) ou blocs (tuple)."""
    out = [H("Article # – " + title)]
    for x in paras:
        if isinstance(x, list):
            out.append(LST(x))
        elif isinstance(x, tuple):
            out.append(x)
        else:
            out.append(P(x))
    return out


def A2(title, *paras):
    """Sous-article (titre de niveau 2, numéro écrit à la main)."""
    out = [H2(title)]
    for x in paras:
        if isinstance(x, list):
            out.append(LST(x))
        elif isinstance(x, tuple):
            out.append(x)
        else:
            out.append(P(x))
    return out


def cat(*parts):
    out = []
    for p in parts:
        if isinstance(p, list):
            out.extend(p)
        else:
            out.append(p)
    return out


def LAB(**kw):
    """Étiquette d'un document (schéma LABELS.md)."""
    d = dict(clause_sociale=0, clause_insertion=0, heures_insertion=None, critere_social=0,
             marche_reserve=0, reserve_base=None, clause_environnementale=0, critere_environnemental=0,
             allotissement=None, nb_lots=None, montant_estime_ht=None, montant_max_ht=None, evidence=[])
    for k in kw:
        if k not in d:
            raise KeyError(k)
    d.update(kw)
    return d


def DOC(file, doc_type, header, footer, blocks, label, hyphen=False, cols=1, tests="", kind_notes=""):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks, label=label,
                hyphen=hyphen, cols=cols, tests=tests)


def XDOC(file, xml, label, tests=""):
    return dict(file=file, doc_type="AVIS", xml=xml, label=label, tests=tests)


# ----------------------------------------------------------------------------- articles de remplissage
# Articles neutres (ni clause sociale, ni clause environnementale, ni lots, ni montant de l'accord-cadre).
# c = contexte (qui, Qui, ta, ccag, sante), v = variante 0, 1 ou 2.

def CTX(qui, ta, ccag="fournitures courantes et services", sante=False, ville=""):
    return dict(qui=qui, Qui=qui[0].upper() + qui[1:], ta=ta, ccag=ccag, sante=sante, ville=ville)


def f_prix(c, v, indice="ICHTrev-TS des activités de services administratifs et de soutien"):
    if v == 0:
        return A("Forme et contenu des prix",
                 "Les prix sont unitaires. Ils sont réputés comprendre toutes les charges fiscales, parafiscales ou "
                 "autres frappant obligatoirement la prestation, ainsi que l'ensemble des frais de personnel, de "
                 "déplacement, d'encadrement et de gestion du titulaire.",
                 "Les prix sont révisables annuellement à la date anniversaire de la notification, par application de la "
                 "formule suivante : P = P0 x (0,125 + 0,875 x I/I0), dans laquelle I0 est la valeur de l'indice "
                 + indice + " connue au mois de remise des offres (mois zéro) et I la dernière valeur publiée à la "
                 "date de révision.",
                 "La révision ne peut pas conduire à une augmentation supérieure à 4 % d'une année sur l'autre. Le titulaire "
                 "adresse sa demande de révision, accompagnée du calcul justificatif, au plus tard deux mois après la "
                 "date anniversaire ; à défaut, les prix de la période précédente restent applicables.")
    if v == 1:
        return A("Prix – variation des prix",
                 "Les prestations sont rémunérées par application aux quantités réellement exécutées des prix unitaires "
                 "du bordereau des prix. Les prix sont fermes pendant les douze premiers mois d'exécution.",
                 "Au-delà, ils sont révisés une fois par an selon la formule Pn = P(n-1) x [0,15 + 0,85 x (In / I(n-1))], "
                 "In étant la valeur de l'indice " + indice + " du troisième mois précédant la date de révision. "
                 "Le coefficient est arrondi au millième supérieur.",
                 "En cas de disparition de l'indice, un indice de remplacement est fixé par avenant.")
    return A("Prix",
             "Le marché est conclu à prix unitaires, appliqués aux quantités commandées par bons de commande. Les prix "
             "comprennent toutes les sujétions d'exécution, y compris les temps de déplacement des intervenants entre "
             "deux lieux de prestation.",
             "Les prix sont actualisables si un délai supérieur à trois mois s'écoule entre la date de remise de l'offre "
             "et la date de début d'exécution, puis révisables à chaque date anniversaire selon la formule "
             "P = P0 x (0,20 + 0,80 x S/S0), S étant l'indice " + indice + ".")


def f_avance(c, v):
    if v == 0:
        return A("Avance",
                 "Une avance est versée au titulaire, sauf s'il y renonce dans l'acte d'engagement, lorsque le montant "
                 "initial du marché est supérieur à 50^000 € HT et que son délai d'exécution est supérieur à deux mois. "
                 "Son montant est fixé à 10 % du montant initial toutes taxes comprises, dans la limite de douze mois "
                 "lorsque la durée du marché est supérieure à douze mois.",
                 "Le remboursement de l'avance s'impute sur les sommes dues au titulaire à partir du moment où le "
                 "montant des prestations exécutées atteint 65 % du montant initial ; il doit être terminé lorsque ce "
                 "montant atteint 80 %.")
    if v == 1:
        return A("Avance",
                 "S'agissant d'un accord-cadre exécuté par bons de commande, l'avance est accordée pour chaque bon de "
                 "commande d'un montant supérieur à 50^000 € HT dont le délai d'exécution dépasse deux mois. Le taux de "
                 "l'avance est de 5 % du montant TTC du bon de commande ; il est porté à 20 % lorsque le titulaire est "
                 "une petite ou moyenne entreprise.",
                 "Aucune garantie à première demande n'est exigée en contrepartie de l'avance.")
    return A("Avance – garanties",
             "Les conditions de versement et de remboursement de l'avance sont celles des articles R. 2191-3 à "
             "R. 2191-12 du code de la commande publique. Le titulaire qui ne souhaite pas en bénéficier le précise "
             "dans l'acte d'engagement.",
             "Aucune retenue de garantie n'est appliquée.")


def f_paiement(c, v):
    delai = "cinquante" if c.get("sante") else "trente"
    if v == 0:
        return A("Modalités de règlement",
                 "Les factures sont déposées sur le portail Chorus Pro. Elles comportent, outre les mentions légales, la "
                 "référence du marché et du bon de commande, le détail des prestations exécutées sur la période et les "
                 "prix unitaires appliqués.",
                 "Les sommes dues sont payées dans un délai global de " + delai + " jours à compter de la date de réception "
                 "de la demande de paiement. Le dépassement de ce délai ouvre de plein droit le versement d'intérêts "
                 "moratoires et d'une indemnité forfaitaire pour frais de recouvrement de 40 euros.")
    if v == 1:
        return A("Facturation et paiement",
                 "Le titulaire établit une facture mensuelle, à terme échu, transmise par voie dématérialisée (Chorus Pro). "
                 "Toute facture incomplète est rejetée et le délai de paiement est suspendu jusqu'à réception des "
                 "éléments manquants.",
                 "Le délai global de paiement est fixé à " + delai + " jours. Le taux des intérêts moratoires est égal au "
                 "taux d'intérêt appliqué par la Banque centrale européenne à ses opérations principales de "
                 "refinancement les plus récentes, majoré de huit points.")
    return A("Paiement",
             "Le mode de règlement est le virement administratif. Le comptable assignataire est le comptable public de "
             + c["qui"] + ".",
             "Le paiement intervient dans le délai de " + delai + " jours prévu par les articles R. 2192-10 et suivants du "
             "code de la commande publique.")


def f_penalites_retard(c, v):
    if v == 0:
        return A("Pénalités de retard",
                 "Par dérogation à l'article 14.1 du CCAG-" + ("FCS" if "fourn" in c["ccag"] else "TIC") + ", lorsque le "
                 "délai contractuel d'exécution d'une prestation est dépassé, le titulaire encourt, sans mise en demeure "
                 "préalable, une pénalité calculée selon la formule P = V x R / 500, dans laquelle V est la valeur de la "
                 "prestation en retard et R le nombre de jours de retard.",
                 "Les pénalités sont cumulables. Elles sont dues dès le premier euro.")
    if v == 1:
        return A("Pénalités",
                 "En cas de retard dans l'exécution, le titulaire encourt une pénalité journalière de 150 € HT, sans mise "
                 "en demeure préalable. Le montant total des pénalités est plafonné à 10 % du montant total hors taxes "
                 "du marché.",
                 "Conformément au CCAG, le titulaire n'est pas exonéré des pénalités dont le montant total ne dépasse "
                 "pas 1^000 € HT pour l'ensemble du marché.")
    return A("Pénalités pour retard",
             "Le retard est constaté par le représentant de l'acheteur et notifié au titulaire par courriel. Chaque jour "
             "de retard donne lieu à une pénalité égale à 1/1000e du montant du bon de commande concerné, avec un "
             "minimum de 75 € HT par jour.")


def f_assurances(c, v):
    if v == 0:
        return A("Assurances",
                 "Le titulaire justifie, dans un délai de quinze jours à compter de la notification du marché et avant tout "
                 "commencement d'exécution, qu'il est titulaire d'une police d'assurance couvrant sa responsabilité civile "
                 "professionnelle au titre des dommages corporels, matériels et immatériels causés aux tiers.",
                 "Il produit chaque année l'attestation correspondante, précisant les montants garantis et les franchises.")
    if v == 1:
        return A("Assurance – responsabilité",
                 "Le titulaire est seul responsable des dommages causés par son personnel ou son matériel à l'occasion de "
                 "l'exécution des prestations. Il contracte les assurances nécessaires et en justifie à première demande.",
                 "L'absence de production de l'attestation d'assurance dans les quinze jours suivant une demande peut "
                 "entraîner la résiliation du marché aux torts du titulaire.")
    return A("Responsabilité et assurances",
             "Avant la notification, l'attributaire produit une attestation de responsabilité civile en cours de validité. "
             "Toute modification ou résiliation de sa police est signalée sans délai à " + c["qui"] + ".")


def f_resiliation(c, v):
    if v == 0:
        return A("Résiliation",
                 "Les stipulations du chapitre 7 du CCAG-" + ("FCS" if "fourn" in c["ccag"] else "TIC") + " relatives à "
                 "la résiliation sont applicables. En cas de résiliation pour motif d'intérêt général, le titulaire perçoit "
                 "une indemnité égale à 5 % du montant hors taxes des prestations restant à exécuter.",
                 "En cas d'inexactitude des documents et renseignements mentionnés aux articles R. 2143-3 et R. 2143-4 du "
                 "code de la commande publique, ou de refus de produire les pièces prévues à l'article D. 8222-5 du "
                 "code du travail, le marché peut être résilié aux torts du titulaire, sans indemnité.")
    if v == 1:
        return A("Résiliation du marché",
                 "Le pouvoir adjudicateur peut résilier le marché pour faute du titulaire après une mise en demeure restée "
                 "infructueuse pendant quinze jours. Les prestations peuvent alors être exécutées aux frais et risques du "
                 "titulaire.",
                 "La résiliation pour motif d'intérêt général ouvre droit à une indemnité de 3 % de la partie résiliée.")
    return A("Résiliation",
             "Il est fait application des articles 36 à 42 du CCAG. Aucune indemnité n'est due en cas de non-reconduction.")


def f_litiges(c, v):
    if v == 0:
        return A("Règlement des différends",
                 "Les parties s'efforcent de régler à l'amiable tout différend né de l'exécution du marché. Elles peuvent "
                 "saisir le comité consultatif interrégional de règlement amiable des litiges compétent ou recourir à la "
                 "médiation des entreprises.",
                 "À défaut d'accord, le litige est porté devant le tribunal administratif de " + c["ta"] + ".")
    if v == 1:
        return A("Litiges – droit applicable",
                 "Le marché est soumis au droit français. Tout document échangé est rédigé en langue française. Les "
                 "litiges relèvent de la compétence du tribunal administratif de " + c["ta"] + ".")
    return A("Différends",
             "En cas de désaccord, le titulaire adresse un mémoire en réclamation dans le délai de deux mois prévu au "
             "CCAG. Le tribunal administratif de " + c["ta"] + " est seul compétent.")


def f_soustraitance(c, v):
    if v == 0:
        return A("Sous-traitance",
                 "Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de l'acceptation "
                 "du sous-traitant et de l'agrément de ses conditions de paiement par l'acheteur. Le sous-traitant direct "
                 "dont le montant de prestations est égal ou supérieur à 600 € TTC bénéficie du paiement direct.",
                 "Le titulaire demeure personnellement responsable de l'exécution de toutes les obligations du marché.")
    if v == 1:
        return A("Sous-traitance – cotraitance",
                 "La déclaration de sous-traitance (formulaire DC4 ou équivalent) est remise avec l'offre ou en cours "
                 "d'exécution. Le titulaire ne peut sous-traiter la totalité du marché.",
                 "En cas de groupement, le mandataire est solidaire de chacun des membres pour ses obligations "
                 "contractuelles.")
    return A("Sous-traitance",
             "Toute sous-traitance non déclarée expose le titulaire à une pénalité de 500 € HT par sous-traitant "
             "concerné et peut justifier la résiliation du marché.")


def f_travail(c, v):
    """Rappels du droit du travail : sosies de clause sociale (négatifs au sens de LABELS.md)."""
    if v == 0:
        return A("Obligations sociales et fiscales du titulaire",
                 "Le titulaire se conforme aux lois et règlements relatifs à la protection de la main d'oeuvre et aux "
                 "conditions de travail. Il remet tous les six mois jusqu'à la fin de l'exécution du marché les documents "
                 "mentionnés à l'article D. 8222-5 du code du travail (attestation de vigilance de l'URSSAF notamment).",
                 "Il déclare respecter l'obligation d'emploi des travailleurs handicapés prévue aux articles L. 5212-1 à "
                 "L. 5212-11 du code du travail, ou en être dispensé.")
    if v == 1:
        return A("Respect de la réglementation du travail",
                 "Le titulaire est tenu au respect des dispositions du code du travail relatives à la lutte contre le "
                 "travail dissimulé (articles L. 8221-1 et suivants) et, le cas échéant, au détachement de salariés. Il "
                 "applique à son personnel la convention collective de sa branche d'activité.",
                 "L'acheteur peut à tout moment demander la liste nominative des salariés étrangers soumis à autorisation "
                 "de travail (article D. 8254-2 du code du travail).")
    return A("Conditions de travail – rappels",
             "Les salariés du titulaire restent placés sous son autorité exclusive. Le titulaire assure le respect des "
             "règles d'hygiène et de sécurité, établit le document unique d'évaluation des risques et, lorsqu'il "
             "intervient dans les locaux de l'acheteur, le plan de prévention prévu par les articles R. 4512-6 et suivants "
             "du code du travail.")


def f_rgpd(c, v):
    if v == 0:
        return A("Protection des données personnelles",
                 "Le titulaire agit en qualité de sous-traitant au sens de l'article 28 du règlement (UE) 2016/679 (RGPD). "
                 "Il ne traite les données des usagers que sur instruction documentée de " + c["qui"] + ", garantit leur "
                 "confidentialité et les détruit au terme du marché.",
                 "Toute violation de données est notifiée à l'acheteur dans un délai maximal de 48 heures après sa "
                 "découverte.")
    if v == 1:
        return A("Confidentialité – secret professionnel",
                 "Le personnel du titulaire est tenu au secret professionnel et à la discrétion pour tous les faits, "
                 "informations et documents dont il a connaissance à l'occasion de l'exécution du marché.",
                 "Les données à caractère personnel des usagers sont traitées dans le respect du RGPD et de la loi "
                 "n° 78-17 du 6 janvier 1978 modifiée ; le titulaire tient un registre des activités de traitement.")
    return A("Données personnelles",
             "Une annexe au présent document précise l'objet, la durée et la nature des traitements confiés au titulaire, "
             "ainsi que les mesures de sécurité techniques et organisationnelles qu'il met en œuvre.")


def f_derogations(c, items):
    return A("Dérogations au CCAG", "Les articles suivants dérogent au CCAG-" +
             ("FCS" if "fourn" in c["ccag"] else "TIC") + " :", items)



def f_admission(c, v):
    if v == 0:
        return A("Constatation de l'exécution des prestations",
                 "Les opérations de vérification quantitative et qualitative sont effectuées au fur et à mesure de "
                 "l'exécution, dans les conditions prévues aux articles 27 à 29 du CCAG. Le représentant de l'acheteur "
                 "dispose d'un délai de quinze jours pour notifier une décision de réfaction ou de rejet ; à défaut, "
                 "les prestations sont réputées admises.",
                 "Les réserves éventuelles sont consignées dans un procès-verbal contradictoire signé des deux parties.")
    if v == 1:
        return A("Vérifications – admission",
                 "Le service fait est constaté mensuellement au vu du relevé d'activité transmis par le titulaire et "
                 "des contrôles inopinés réalisés par l'acheteur. Une prestation non conforme est reprise sans "
                 "supplément de prix dans le délai fixé par le représentant de l'acheteur.")
    return A("Contrôle des prestations",
             "L'acheteur peut procéder à tout contrôle sur place, avec ou sans préavis. Le titulaire lui donne accès "
             "aux documents de suivi et désigne un interlocuteur présent lors des contrôles.")


def f_modifs(c, v):
    if v == 0:
        return A("Modifications du marché – clause de réexamen",
                 "En application de l'article R. 2194-1 du code de la commande publique, les quantités et la liste des "
                 "sites peuvent être modifiées en cours d'exécution, notamment en cas d'ouverture, de fermeture ou de "
                 "transfert d'un équipement. Les prix unitaires du bordereau s'appliquent aux sites ajoutés.",
                 "Les modifications sont formalisées par un avenant ou, lorsqu'elles n'affectent pas l'équilibre "
                 "économique du marché, par une décision de poursuivre.")
    if v == 1:
        return A("Clause de réexamen",
                 "Les parties se rencontrent dans le mois suivant toute évolution réglementaire ayant une incidence "
                 "substantielle sur l'exécution des prestations, afin d'examiner les adaptations nécessaires. Les "
                 "modifications envisagées ne peuvent changer la nature globale du marché.")
    return A("Prestations similaires",
             "L'acheteur se réserve la possibilité de confier au titulaire des prestations similaires, dans les "
             "conditions de l'article R. 2122-7 du code de la commande publique, pendant une durée de trois ans à "
             "compter de la notification du présent marché.")


def f_fin(c, v):
    if v == 0:
        return A("Fin du marché – réversibilité",
                 "Trois mois avant l'échéance du marché, le titulaire remet à l'acheteur l'ensemble des informations "
                 "nécessaires à la continuité du service (plannings, procédures, inventaire du matériel mis à "
                 "disposition, historique des incidents). Il collabore loyalement avec le nouveau prestataire pendant "
                 "la période de transition.",
                 "Le matériel et les documents appartenant à l'acheteur lui sont restitués en bon état d'usage, "
                 "l'usure normale exceptée.")
    return A("Réversibilité",
             "À l'expiration du marché, quelle qu'en soit la cause, le titulaire assure la transmission des données "
             "et des dossiers en cours dans un format exploitable, sans surcoût, et détruit les copies qu'il "
             "détient.")


def f_reunions(c, v):
    if v == 0:
        return A("Suivi de l'exécution – réunions",
                 "Une réunion de démarrage est organisée dans les quinze jours suivant la notification. Une réunion "
                 "de suivi se tient ensuite chaque trimestre ; le titulaire en établit le compte rendu sous huit jours.",
                 "Le titulaire désigne un interlocuteur unique, doté du pouvoir de décision, joignable aux heures "
                 "ouvrables, et un suppléant.")
    return A("Représentation des parties",
             "Chaque partie désigne un représentant habilité à prendre les décisions nécessaires à l'exécution du "
             "marché. Tout changement de représentant est notifié par écrit à l'autre partie.")

# --- règlement de consultation
def r_retrait(c, v, profil):
    if v == 0:
        return A("Retrait du dossier de consultation",
                 "Le dossier de consultation est disponible gratuitement sur le profil d'acheteur " + profil + ". Les "
                 "candidats sont invités à s'identifier afin d'être informés des éventuelles modifications du dossier et "
                 "des réponses aux questions posées.")
    return A("Modalités d'obtention du DCE",
             "Le DCE est téléchargeable à l'adresse " + profil + ". Aucun envoi sur support papier n'est effectué.")


def r_candidature(c, v, extra=None):
    items = ["la lettre de candidature (DC1 ou équivalent) et la déclaration du candidat (DC2 ou équivalent), ou le "
             "document unique de marché européen (DUME) ;",
             "les pouvoirs de la personne habilitée à engager le candidat ;",
             "une déclaration indiquant le chiffre d'affaires global des trois derniers exercices disponibles ;",
             "une liste des principales prestations de même nature effectuées au cours des trois dernières années, "
             "indiquant le montant, la date et le destinataire public ou privé."]
    if extra:
        items = items + extra
    if v == 0:
        return A("Pièces de la candidature", "Chaque candidat produit les pièces suivantes :", items,
                 "Les candidats ne sont pas tenus de fournir les documents et renseignements que l'acheteur peut obtenir "
                 "directement par le biais d'un système électronique de mise à disposition d'informations.")
    return A("Contenu du dossier de candidature", "Le dossier de candidature comprend :", items)


def r_validite(c, v, jours=120):
    return A("Délai de validité des offres",
             "Le délai de validité des offres est de %d jours à compter de la date limite de réception des offres." % jours)


def r_envoi(c, v, date, profil):
    if v == 0:
        return A("Conditions d'envoi et de remise des plis",
                 "Les plis sont transmis exclusivement par voie électronique sur le profil d'acheteur " + profil + " "
                 "avant le " + date + ". Les plis parvenus après cette date ne sont pas ouverts.",
                 "Le candidat peut adresser une copie de sauvegarde sur support physique ou papier, dans un pli scellé "
                 "portant la mention « copie de sauvegarde ».")
    return A("Remise des offres",
             "La date limite de réception des offres est fixée au " + date + ". La signature électronique des pièces "
             "n'est pas exigée au stade du dépôt ; seul l'attributaire signe le marché.")


def r_recours(c, v):
    return A("Procédures de recours",
             "Instance chargée des procédures de recours : tribunal administratif de " + c["ta"] + ". Référé "
             "précontractuel (articles L. 551-1 et suivants du code de justice administrative) avant la signature du "
             "marché ; recours de pleine juridiction dans un délai de deux mois à compter de l'accomplissement des "
             "mesures de publicité de la conclusion du marché.")


# ============================================================================= DOCUMENTS
# ----------------------------------------------------------------------------- 01 CCAP portage de repas (P)
def d01():
    c = CTX("le CCAS de Vernoux-sur-Auzon", "Montbrison-la-Haute")
    b = [TITLE("Centre communal d'action sociale de Vernoux-sur-Auzon",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Confection et livraison de repas à domicile – service de portage de repas",
               "Accord-cadre à bons de commande – procédure adaptée – consultation n° CCAS-2027-03")]
    b += [P("Pouvoir adjudicateur : Centre communal d'action sociale (CCAS) de Vernoux-sur-Auzon, 4 place de la "
            "Halle aux Grains, 42 990 Vernoux-sur-Auzon – SIRET 264 207 315 00026. Représentant : le Vice-président du "
            "CCAS. Comptable assignataire : Service de gestion comptable de Montbrison-la-Haute.")]
    b += A("Objet de l'accord-cadre",
           "Le présent accord-cadre a pour objet la confection, en liaison froide, et la livraison au domicile des "
           "bénéficiaires du service de portage de repas du CCAS de repas complets (déjeuner et, sur option, dîner), "
           "sept jours sur sept, y compris les jours fériés.",
           "Le service est destiné aux personnes âgées de plus de 60 ans, aux personnes en situation de handicap et, "
           "temporairement, aux personnes sortant d'hospitalisation résidant sur le territoire de la commune et de ses "
           "hameaux. Le nombre de bénéficiaires servis est actuellement compris entre 120 et 150 par jour ; ce chiffre "
           "est donné à titre indicatif et n'engage pas le CCAS.",
           "Les prescriptions techniques (grammages, régimes, textures modifiées, conditionnement, horaires de "
           "livraison) figurent au cahier des clauses techniques particulières (CCTP).")
    b += A("Forme de l'accord-cadre – allotissement",
           "Il s'agit d'un accord-cadre mono-attributaire exécuté au moyen de bons de commande, en application des "
           "articles R. 2162-1 à R. 2162-6, R. 2162-13 et R. 2162-14 du code de la commande publique.",
           "Il n'est pas alloti : la confection et la livraison des repas constituent une prestation indissociable dont "
           "la séparation rendrait techniquement difficile la maîtrise de la chaîne du froid et la traçabilité des "
           "régimes (article L. 2113-11 du code de la commande publique).")
    b += A("Montants de l'accord-cadre",
           "L'accord-cadre est conclu avec un montant minimum de 300^000 € HT et un montant maximum de 1~150~000 € HT "
           "pour sa durée totale, reconductions comprises.",
           "À titre d'information, la dépense constatée au titre du marché précédent s'est élevée à 262 400 € HT pour "
           "l'année 2026 (environ 41 000 repas livrés).")
    b += A("Durée – reconduction",
           "L'accord-cadre est conclu pour une période initiale de douze mois à compter du 1er juillet 2027. Il est "
           "reconductible tacitement trois fois par périodes de douze mois. Sa durée totale ne peut excéder quatre ans.",
           "Le CCAS notifie sa décision de ne pas reconduire au moins trois mois avant l'échéance de la période en "
           "cours. Le titulaire ne peut refuser la reconduction.")
    b += A("Pièces constitutives",
           "Les pièces constitutives de l'accord-cadre sont, par ordre de priorité décroissante :",
           ["l'acte d'engagement (AE) et son annexe financière (bordereau des prix unitaires) ;",
            "le présent cahier des clauses administratives particulières (CCAP) ;",
            "le cahier des clauses techniques particulières (CCTP) et ses annexes (plan de tournées, liste des régimes) ;",
            "le cahier des clauses administratives générales applicables aux marchés publics de fournitures courantes "
            "et de services (CCAG-FCS) approuvé par l'arrêté du 30 mars 2021 ;",
            "le mémoire technique du titulaire."])
    b += A("Émission des bons de commande",
           "Les bons de commande sont émis par le service de portage de repas du CCAS. Ils précisent la période "
           "concernée, le nombre prévisionnel de repas par jour et par type de régime, et les adresses de livraison. Les "
           "ajustements quotidiens (entrées, suspensions, hospitalisations) sont transmis au titulaire par courriel "
           "avant 10 heures pour une prise en compte le surlendemain.")
    b += A("Personnel de livraison – relation avec les bénéficiaires",
           "Les livreurs remettent les repas en main propre au bénéficiaire ou à la personne désignée par lui ; ils "
           "rangent les barquettes dans le réfrigérateur lorsque le bénéficiaire le demande. Ils sont titulaires du "
           "permis B depuis au moins trois ans et ont reçu une formation à l'hygiène alimentaire.",
           "Le personnel du titulaire adopte une attitude bienveillante et respectueuse envers les bénéficiaires, "
           "dont beaucoup vivent seuls. Tout livreur qui constate une situation inhabituelle (absence de réponse, "
           "repas de la veille non consommé, chute, état de confusion) en informe immédiatement le CCAS selon la "
           "procédure d'alerte décrite au CCTP. Le titulaire veille à la stabilité des tournées afin que les "
           "bénéficiaires soient servis, autant que possible, par les mêmes livreurs.",
           "Il est interdit au personnel du titulaire d'accepter des dons, pourboires ou procurations.")
    b += A("Condition d'exécution – insertion professionnelle",
           "En application de l'article L. 2112-2 du code de la commande publique, le titulaire réserve à des personnes "
           "rencontrant des difficultés sociales ou professionnelles particulières un volume minimal de 2¦SB¦100 heures "
           "de travail sur la durée totale de l'accord-cadre, reconductions comprises, soit environ 525 heures par "
           "période annuelle. Ces heures peuvent être réalisées sur l'ensemble des emplois affectés au marché "
           "(livraison, plonge, conditionnement, entretien des véhicules).",
           "Sont notamment éligibles : les demandeurs d'emploi de longue durée inscrits depuis plus de douze mois ; "
           "les allocataires du RSA ou de l'ASS ; les travailleurs reconnus handicapés orientés en milieu ordinaire ; "
           "les jeunes de moins de 26 ans sortis du système scolaire sans diplôme ; les personnes suivies par un PLIE "
           "ou prises en charge dans une structure d'insertion par l'activité économique.",
           "Le titulaire choisit librement la modalité de mise en œuvre : embauche directe (CDD, CDI, contrat de "
           "professionnalisation), mise à disposition de salariés par une entreprise de travail temporaire d'insertion "
           "ou une association intermédiaire, ou sous-traitance d'une partie des livraisons à une entreprise "
           "d'insertion. L'éligibilité des personnes est validée préalablement par la facilitatrice de la Maison de "
           "l'emploi du Val d'Auzon.",
           "Le titulaire transmet chaque trimestre un état des heures réalisées. Le non-respect de l'engagement "
           "donne lieu à une pénalité de 45 € HT par heure non réalisée, appliquée à l'issue de chaque période "
           "annuelle.")
    b += A("Conditions d'exécution environnementales",
           "Les repas sont conditionnés dans des contenants réemployables (verre ou inox) fournis, collectés, lavés et "
           "désinfectés par le titulaire. À compter du premier jour d'exécution, l'usage de barquettes en plastique à "
           "usage unique est proscrit, y compris pour les textures modifiées.",
           "Le titulaire affecte aux tournées des véhicules frigorifiques dont au moins la moitié, dès la deuxième "
           "période d'exécution, sont à motorisation électrique ou hybride rechargeable ; les tournées sont optimisées "
           "afin de limiter les kilomètres parcourus. Il rend compte chaque année du taux de retour des contenants et "
           "des kilomètres parcourus.")
    b += f_reunions(c, 0)
    b += f_admission(c, 0)
    b += f_prix(c, 0, "des prix à la consommation – Restauration collective")
    b += f_avance(c, 1)
    b += f_paiement(c, 0)
    b += A("Pénalités",
           "Sans préjudice de la pénalité prévue à l'article 8, le titulaire encourt, sans mise en demeure préalable, "
           "les pénalités suivantes :",
           ["livraison effectuée après 12 h 15 : 15 € HT par repas concerné ;",
            "repas non livré ou livré à une mauvaise adresse : 50 € HT par repas, le CCAS pouvant faire livrer un "
            "repas de remplacement aux frais du titulaire ;",
            "non-respect d'un régime prescrit : 80 € HT par repas ;",
            "absence de signalement d'une situation d'alerte constatée : 150 € HT par manquement."],
           ("split", "Les pénalités sont notifiées par écrit au titulaire, qui dispose d'un délai de huit jours pour "
            "présenter ses observations. Elles sont déduites des sommes dues au titre de la facture du mois",
            "suivant. Par dérogation à l'article 14.3 du CCAG-FCS, le titulaire n'est pas exonéré des pénalités dont "
            "le montant total ne dépasse pas 1 000 € HT."))
    b += f_assurances(c, 0)
    b += f_travail(c, 0)
    b += f_rgpd(c, 0)
    b += f_fin(c, 1)
    b += f_resiliation(c, 0)
    b += f_litiges(c, 0)
    b += f_derogations(c, ["l'article 15 déroge à l'article 14.1 du CCAG-FCS ;",
                           "l'article 15 déroge à l'article 14.3 du CCAG-FCS."])
    b += [P("Lu et accepté par le titulaire (date, nom, qualité et signature) :")]
    lab = LAB(clause_sociale=1, clause_insertion=1, heures_insertion=2100, clause_environnementale=1,
              allotissement=0, montant_max_ht=1150000,
              evidence=["Il n'est pas alloti",
                        "un montant maximum de 1 150 000 € HT pour sa durée totale",
                        "un volume minimal de 2 100 heures de travail sur la durée totale",
                        "l'usage de barquettes en plastique à usage unique est proscrit"])
    return DOC("CCAS-Vernoux_CCAP_portage-repas_2027-03.pdf", "CCAP",
               "CCAS de Vernoux-sur-Auzon – CCAP – Portage de repas à domicile",
               "Consultation CCAS-2027-03 – CCAP", b, lab, hyphen=True,
               tests="insertion chiffrée (2 100 h, nombre coupable en fin de ligne) au milieu d'un CCAP sur des "
                     "bénéficiaires âgés ; sosies : comportement des livreurs, stabilité des tournées ; minimum 300 000 "
                     "et dépense 2026 (pièges) ; clause environnementale (contenants réemployables)")


# ----------------------------------------------------------------------------- 02 RC nettoyage CH (P)
def d02():
    c = CTX("le Centre hospitalier intercommunal du Val-de-Sorne", "Sorneville", sante=True)
    prof = "https://marches.achats-hopitaux-sorne.fr"
    b = [TITLE("Centre hospitalier intercommunal du Val-de-Sorne – Direction des achats et de la logistique",
               "RÈGLEMENT DE LA CONSULTATION",
               "Prestations de nettoyage et d'hygiène des locaux – appel d'offres ouvert n° 2027-DAL-011",
               "Date limite de réception des offres : lundi 8 mars 2027 à 12 h 00")]
    b += A("Identification de l'acheteur",
           "Centre hospitalier intercommunal du Val-de-Sorne (CHIVS), établissement support du groupement hospitalier "
           "de territoire Sorne-Ardoise, 12 avenue du Docteur-Lamarque, 58 410 Sorneville. SIRET 265 803 140 00018.",
           "Service en charge de la procédure : Direction des achats et de la logistique – cellule marchés, "
           "Mme Sandrine Pelletier.")
    b += A("Objet de la consultation",
           "La consultation porte sur les prestations de nettoyage et de bio-nettoyage des locaux de l'hôpital de "
           "Sorneville, de l'EHPAD « Les Grands Prés » et de l'unité de soins de longue durée, ainsi que sur le "
           "nettoyage de la vitrerie de l'ensemble des sites.",
           "Classification CPV principale : 90919200-4 (services de nettoyage de bureaux) ; CPV complémentaire : "
           "90911200-8 (services de nettoyage de bâtiments).")
    b += A("Procédure",
           "La présente consultation est passée selon la procédure de l'appel d'offres ouvert en application des "
           "articles L. 2124-2, R. 2124-2 1° et R. 2161-2 à R. 2161-5 du code de la commande publique. Aucune "
           "négociation n'est possible.")
    b += A("Allotissement",
           "La consultation est décomposée en trois lots, attribués séparément :",
           ("table", [["Lot", "Intitulé", "Surfaces indicatives"],
                      ["1", "Bio-nettoyage des bâtiments d'hospitalisation, des plateaux techniques et des locaux "
                            "administratifs de l'hôpital de Sorneville", "21 400 m²"],
                      ["2", "Nettoyage de l'EHPAD « Les Grands Prés » (96 lits) et de l'USLD (30 lits)", "7 850 m²"],
                      ["3", "Nettoyage de la vitrerie de tous les sites (deux passages par an, trois pour le hall)",
                       "11 200 m² de vitrages"]],
            {"widths": [0.8, 6, 2.2]}),
           "Les candidats peuvent présenter une offre pour un, plusieurs ou l'ensemble des lots. Un même candidat "
           "peut être attributaire de plusieurs lots.")
    b += A("Durée – valeur estimée",
           "Chaque marché est conclu pour une durée d'un an à compter du 1er juin 2027, reconductible trois fois par "
           "période d'un an.",
           "La valeur totale estimée des trois lots, reconductions comprises, est de 2~460~000 € HT. Cette estimation "
           "est communiquée à titre indicatif.")
    b += A("Reprise du personnel",
           "Les lots 1 et 2 sont actuellement exécutés par une entreprise prestataire. En application de l'accord du "
           "5 mars 2002 relatif à la garantie de l'emploi et à la continuité du contrat de travail du personnel en cas de "
           "changement de prestataire (annexe 7 de la convention collective nationale des entreprises de propreté et "
           "services associés), le nouveau titulaire reprend les salariés remplissant les conditions conventionnelles.",
           "La liste anonymisée du personnel concerné (qualification, ancienneté, temps de travail, coefficient) "
           "figure en annexe 3 du CCAP. Elle est fournie sous la seule responsabilité du prestataire sortant.")
    b += A("Conditions particulières d'exécution",
           "Clause sociale d'insertion : pour les lots 1 et 2, l'article 11 du CCAP impose au titulaire de consacrer "
           "respectivement 2~400 heures et 1~200 heures de travail, sur la durée totale du marché, à des actions "
           "d'insertion au bénéfice de personnes éloignées de l'emploi. Le lot 3 n'en comporte pas.",
           "Le facilitateur du PLIE de l'agglomération de Sorneville accompagne gratuitement le titulaire dans la "
           "mise en œuvre de la clause (identification des publics, choix de la modalité, suivi des heures). Les "
           "heures réalisées par le personnel repris ne sont comptabilisées que pour les salariés recrutés après la "
           "date de notification.")
    b += A("Visite des sites",
           "La visite des sites est obligatoire pour les lots 1 et 2. Elle a lieu sur rendez-vous, pris auprès de la "
           "cellule marchés au moins 48 heures à l'avance. Une attestation de visite est remise au candidat et jointe "
           "à son offre.")
    b += r_retrait(c, 0, prof)
    b += r_candidature(c, 0, ["les attestations d'assurance en cours de validité ;",
                              "une déclaration sur l'honneur attestant que le candidat a satisfait à l'obligation "
                              "d'emploi des travailleurs handicapés (articles L. 5212-1 à L. 5212-11 du code du "
                              "travail)."])
    b += A("Contenu de l'offre",
           "Pour chaque lot, l'offre comprend :",
           ["l'acte d'engagement complété ;",
            "le bordereau des prix unitaires et le détail quantitatif estimatif, sans modification ;",
            "un mémoire technique présentant l'organisation proposée, les moyens humains et matériels, les méthodes et "
            "protocoles de bio-nettoyage, les produits et leur mode de dosage ;",
            "pour les lots 1 et 2, une note d'intention relative à la mise en œuvre de la clause d'insertion (quatre "
            "pages au plus) ;",
            "l'attestation de visite."])
    b += A("Jugement des offres",
           "Le jugement des offres est effectué lot par lot selon les critères pondérés suivants :",
           ("table", [["Critère", "Pondération (lots 1 et 2)", "Pondération (lot 3)"],
                      ["1. Prix des prestations (détail quantitatif estimatif)", "50 %", "60 %"],
                      ["2. Valeur technique", "30 %", "30 %"],
                      ["   2.1 Organisation, planning et continuité du service", "12 %", "15 %"],
                      ["   2.2 Moyens humains et encadrement (ratios, qualification, remplacement)", "10 %", "10 %"],
                      ["   2.3 Méthodes et protocoles d'hygiène", "8 %", "5 %"],
                      ["3. Performance en matière d'insertion professionnelle des publics en difficulté", "10 %", "–"],
                      ["4. Performance environnementale", "10 %", "10 %"]],
            {"widths": [6, 2, 2], "align": "lrr"}),
           "Le critère 3 est apprécié au vu de la note d'intention : modalités d'accueil et d'intégration des personnes "
           "recrutées, désignation d'un tuteur, actions de formation qualifiante, perspectives d'emploi durable à "
           "l'issue du contrat, volume d'heures proposé au-delà du minimum.",
           "Le critère 4 est apprécié au regard des produits proposés (part de produits porteurs de l'Ecolabel "
           "européen, systèmes de dosage), des techniques limitant la consommation d'eau (pré-imprégnation, "
           "microfibre) et de la gestion des déchets et emballages.",
           "Le prix est noté selon la formule : note = 50 x (offre la moins disante / offre examinée). En cas d'offre "
           "anormalement basse, l'acheteur met en œuvre la procédure des articles R. 2152-3 et suivants.")
    b += r_validite(c, 0, 150)
    b += r_envoi(c, 0, "lundi 8 mars 2027 à 12 h 00", prof)
    b += A("Renseignements complémentaires",
           "Les questions sont posées par écrit sur le profil d'acheteur au plus tard dix jours avant la date limite de "
           "remise des offres. Les réponses sont publiées au plus tard six jours avant cette date.")
    b += r_recours(c, 0)
    lab = LAB(clause_sociale=1, clause_insertion=1, heures_insertion=3600, critere_social=1, critere_environnemental=1,
              allotissement=1, nb_lots=3, montant_estime_ht=2460000,
              evidence=["décomposée en trois lots",
                        "reconductions comprises, est de 2 460 000 € HT",
                        "respectivement 2 400 heures et 1 200 heures de travail", "[2 400 + 1 200 = 3 600]",
                        "Performance en matière d'insertion professionnelle des publics en difficulté",
                        "Performance environnementale"])
    return DOC("CHIVS_RC_nettoyage_2027-DAL-011.docx", "RC",
               "CHI du Val-de-Sorne – AOO 2027-DAL-011 – Règlement de la consultation",
               "RC nettoyage et hygiène des locaux", b, lab,
               tests="RC qui annonce une clause d'insertion par lot (somme 2 400 + 1 200) ; critère social pondéré et "
                     "critère environnemental dans un tableau ; sosies : reprise du personnel (annexe 7 propreté), "
                     "déclaration L5212, sous-critère moyens humains")


# ----------------------------------------------------------------------------- 03 AE TPMR lot 3 (P)
def d03():
    b = [TITLE("Communauté d'agglomération du Pays de Bréval-Mérande",
               "ACTE D'ENGAGEMENT",
               "Accord-cadre de services de transport de personnes à mobilité réduite – réseau « Mobi'Bréval »",
               "Consultation n° CABM-MOB-2027-02 – Lot n° 3")]
    b += [H("A – Objet de l'acte d'engagement"),
          P("Le présent acte d'engagement concerne le lot n° 3 : transport à la demande des personnes à mobilité "
            "réduite – secteur Sud (communes de Mérande, Val-Brézin, Saint-Oustrille et Les Hautes-Noues). La "
            "consultation comporte quatre lots : lot 1 secteur Nord, lot 2 secteur Centre, lot 3 secteur Sud, lot 4 "
            "transports vers les établissements médico-sociaux."),
          P("Le service est destiné aux personnes titulaires de la carte mobilité inclusion portant la mention "
            "« invalidité » ou utilisatrices d'un fauteuil roulant, ainsi qu'aux personnes âgées de plus de 80 ans "
            "ayant un GIR 1 à 4, inscrites auprès de la centrale de réservation."),
          H("B – Engagement du titulaire ou du groupement titulaire"),
          TAB([["Rubrique", "Renseignement à compléter par le candidat"],
               ["Nom commercial et dénomination sociale", ""],
               ["Adresse de l'établissement qui exécutera les prestations", ""],
               ["Numéro SIRET", ""],
               ["Forme du groupement éventuel (conjoint / solidaire) et mandataire", ""],
               ["Personne habilitée à signer (nom, qualité)", ""]], widths=[4, 6]),
          P("Après avoir pris connaissance des pièces constitutives de l'accord-cadre indiquées à l'article 3 du CCAP, "
            "le signataire s'engage, sans réserve, à exécuter les prestations demandées aux prix indiqués au "
            "bordereau des prix unitaires annexé, dans les conditions ci-après définies."),
          H("C – Montant et durée"),
          P("L'accord-cadre est exécuté par émission de bons de commande, sans montant minimum, avec un montant maximum "
            "annuel de 180~000 € HT pour le lot n° 3."),
          P("Il est conclu pour une durée de douze mois à compter de sa notification, reconductible trois fois par "
            "reconduction tacite, pour la même durée."),
          TAB([["Prestation (extrait du BPU)", "Unité", "Prix unitaire HT"],
               ["Prise en charge – course intra-secteur", "course", ""],
               ["Prise en charge – course inter-secteurs", "course", ""],
               ["Kilomètre parcouru en charge au-delà de 15 km", "km", ""],
               ["Majoration dimanche et jour férié", "course", ""],
               ["Attente au-delà de 15 minutes (par quart d'heure)", "1/4 h", ""]], widths=[6, 1.5, 2.5],
              align="lcr"),
          P("Les prix sont exprimés hors TVA ; le taux de TVA applicable aux transports de voyageurs est de 10 %."),
          H("D – Engagement d'insertion professionnelle"),
          P("Au titre de la condition d'exécution prévue à l'article 12 du CCAP, le titulaire s'engage à réaliser au "
            "moins 900 heures d'insertion sur la durée maximale de l'accord-cadre, au profit de personnes éloignées "
            "de l'emploi (conducteurs, agents de régulation, agents d'entretien des véhicules)."),
          P("Modalité(s) envisagée(s) (cocher une ou plusieurs cases) :"),
          LST(["☐ embauche directe (CDD d'au moins six mois, CDI, contrat de professionnalisation) ;",
               "☐ mise à disposition par une entreprise de travail temporaire d'insertion, une association "
               "intermédiaire ou un groupement d'employeurs pour l'insertion et la qualification (GEIQ) ;",
               "☐ sous-traitance d'une partie des courses à une entreprise d'insertion ;",
               "☐ autre modalité validée par le facilitateur de la Maison de l'emploi de Bréval."]),
          P("Nombre d'heures que le candidat s'engage à réaliser (au moins 900) : ……… heures."),
          H("E – Délai d'exécution des courses"),
          P("Les courses sont exécutées aux horaires fixés par la centrale de réservation, avec une tolérance de dix "
            "minutes. Le titulaire accepte les conditions de réservation et d'annulation décrites au CCTP."),
          H("F – Déclarations"),
          P("Le signataire affirme, sous peine de résiliation de plein droit du marché ou de sa mise en régie aux "
            "torts exclusifs du titulaire, que la société pour laquelle il intervient ne tombe pas sous le coup des "
            "interdictions de soumissionner prévues aux articles L. 2141-1 à L. 2141-5 et L. 2141-7 à L. 2141-11 du "
            "code de la commande publique, et qu'elle est en règle au regard des articles L. 5212-1 à L. 5212-11 du code "
            "du travail concernant l'emploi des travailleurs handicapés."),
          H("G – Compte à créditer"),
          TAB([["Titulaire du compte", "IBAN", "BIC"], ["", "", ""]], widths=[4, 4, 2]),
          P("Joindre un relevé d'identité bancaire."),
          H("H – Avance"),
          P("Le titulaire renonce au bénéfice de l'avance : ☐ non ☐ oui."),
          H("I – Signature"),
          P("Fait en un seul original, à ……………, le ……………"),
          P("Signature du candidat (représentant habilité) :"),
          P("Acceptation de l'offre par le pouvoir adjudicateur – Pour la Communauté d'agglomération, le "
            "Vice-président délégué aux mobilités : ……………")]
    lab = LAB(clause_sociale=1, clause_insertion=1, heures_insertion=900, allotissement=1, nb_lots=4,
              montant_max_ht=720000,
              evidence=["concerne le lot n° 3", "La consultation comporte quatre lots",
                        "montant maximum annuel de 180 000 € HT pour le lot n° 3",
                        "reconductible trois fois", "[180 000 x 4 périodes de douze mois = 720 000]",
                        "au moins 900 heures d'insertion sur la durée maximale de l'accord-cadre"])
    return DOC("CABM_AE_lot3_TPMR.docx", "AE",
               "CA du Pays de Bréval-Mérande – Acte d'engagement – CABM-MOB-2027-02 – Lot 3",
               "AE lot 3 – TPMR secteur Sud", b, lab,
               tests="AE de lot : engagement d'insertion chiffré avec cases à cocher ; maximum annuel à multiplier par "
                     "quatre périodes ; sosies : usagers (CMI, GIR), déclaration L5212, TVA 10 %")


# ----------------------------------------------------------------------------- 04 AVIS blanchisserie, lot réservé (P)
def d04():
    b = [TITLE("BOAMP – Avis de marché",
               "Entretien du linge des résidents et du linge plat de quatre EHPAD",
               "Référence de l'avis : 27-041873 – Département(s) de publication : 26, 07")]
    b += [H("Section 1 : Identification de l'acheteur"),
          P("Nom complet de l'acheteur : Groupement de coopération sociale et médico-sociale « Résidences du "
            "Haut-Verdan »"),
          P("Type de numéro national d'identification : SIRET – N° national d'identification : 200 089 347 00015"),
          P("Ville : Saint-Prix-de-Verdan – Code postal : 26 470"),
          P("Groupement de commandes : Non"),
          H("Section 2 : Communication"),
          P("Lien vers le profil d'acheteur : https://www.marches-ms-verdan.fr/consultation/2027-LINGE"),
          P("Identifiant interne de la consultation : 2027-LINGE"),
          P("Intégralité des documents sur le profil d'acheteur : Oui"),
          P("Utilisation de moyens de communication non communément disponibles : Non"),
          P("Contact : Cellule achats – M. Olivier Trintignac – achats@residences-haut-verdan.fr"),
          H("Section 3 : Procédure"),
          P("Type de procédure : Procédure adaptée ouverte"),
          P("Conditions de participation :"),
          P("Aptitude à exercer l'activité professionnelle – conditions / moyens de preuve : inscription au registre du "
            "commerce ou au répertoire des métiers, ou statut équivalent pour les établissements et services d'aide "
            "par le travail."),
          P("Capacité technique et professionnelle – conditions / moyens de preuve : références de prestations "
            "d'entretien du linge pour des établissements sanitaires ou médico-sociaux ; description de l'outil de "
            "production et du système de traçabilité (méthode RABC)."),
          P("Technique d'achat : Sans objet"),
          P("Date et heure limite de réception des plis : 19 avril 2027 à 12 h 00"),
          P("Présentation des offres par catalogue électronique : Interdite"),
          P("Réduction du nombre de candidats : Non – Possibilité d'attribution sans négociation : Oui"),
          P("L'acheteur exige la présentation de variantes : Non"),
          H("Section 4 : Identification du marché"),
          P("Intitulé du marché : Entretien du linge des résidents et du linge plat de quatre EHPAD"),
          P("Code CPV principal : 98310000 – Services de blanchissage et de nettoyage à sec"),
          P("Type de marché : Services"),
          P("Description succincte du marché : collecte, lavage, séchage, repassage, petites réparations et "
            "livraison du linge plat, des tenues professionnelles et du linge personnel des résidents des EHPAD de "
            "Saint-Prix-de-Verdan, Montclar-sur-Verdan, Les Aubiers et Beaumont-Chabeuil (382 lits au total)."),
          P("Lieu principal d'exécution : Saint-Prix-de-Verdan (26 470) et communes membres du groupement"),
          P("Durée du marché (en mois) : 48"),
          P("Valeur estimée (H.T.) : 486 000,00 euros"),
          P("La consultation comporte des tranches : Non"),
          P("La consultation prévoit une réservation de tout ou partie du marché : Oui"),
          P("Marché alloti : Oui"),
          H("Section 5 : Lots"),
          P("Lot n° 1 – Linge plat et tenues professionnelles"),
          P("Description : traitement du linge plat (draps, taies, alèses, linge de toilette, linge de table) et des "
            "tenues des agents, en location-entretien ou sur linge propriété des établissements. Environ 118 tonnes "
            "par an."),
          P("Code CPV principal : 98310000"),
          P("Valeur estimée du lot (H.T.) : 318 000,00 euros"),
          P("Critères d'attribution : Prix : 55 % ; Valeur technique : 45 % (organisation des collectes et des "
            "livraisons, délais de rotation, qualité de finition, traçabilité)"),
          P("Marché réservé : Non"),
          P("Lot n° 2 – Linge personnel des résidents"),
          P("Description : marquage, lavage, repassage et retour en chambre du linge personnel des résidents, "
            "y compris les pièces délicates ; restitution sous 5 jours ouvrés ; gestion des pertes."),
          P("Code CPV principal : 98310000"),
          P("Valeur estimée du lot (H.T.) : 168 000,00 euros"),
          P("Critères d'attribution : Prix : 40 % ; Valeur technique : 60 % (respect du linge des résidents, "
            "traçabilité, délai de restitution, gestion des réclamations des familles)"),
          P("Marché réservé : Oui – Lot réservé aux entreprises adaptées, établissements et services d'aide par le "
            "travail (E.S.A.T.) et structures d'insertion par l'activité économique, en application des articles "
            "L 2113-12, L 2113-13 et L 2113-14 du code de la commande publique."),
          H("Section 6 : Informations complémentaires"),
          P("Visite des blanchisseries-relais des établissements : facultative, sur rendez-vous."),
          P("Le lot n° 2 peut être attribué à une structure ne pouvant traiter que le linge de deux établissements "
            "dans le cadre d'un groupement momentané."),
          P("Date d'envoi du présent avis : 14 mars 2027")]
    lab = LAB(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=1, nb_lots=2,
              montant_estime_ht=486000,
              evidence=["Valeur estimée (H.T.) : 486 000,00 euros", "Marché alloti : Oui", "Lot n° 2",
                        "Lot réservé aux entreprises adaptées, établissements et services d'aide par le travail "
                        "(E.S.A.T.) et structures d'insertion par l'activité économique",
                        "L 2113-12, L 2113-13 et L 2113-14"])
    return DOC("BOAMP_27-041873_GCSMS-Haut-Verdan_linge.txt", "AVIS", "", "", b, lab,
               tests="avis BOAMP (format 2024) : un lot sur deux réservé à la fois EA/ESAT et SIAE (L 2113-14) ; "
                     "« Marché réservé : Non » sur l'autre lot ; valeur totale et valeurs par lot")


# ----------------------------------------------------------------------------- 05 eForms accueil de jour (P)
EF_NS = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" '
         'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
         'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
         'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2" '
         'xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" '
         'xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1" '
         'xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1"')


def ef_org(oid, name, siret, street, city, zipc, nuts, mail, phone):
    return ("      <efac:Organization>\n"
            "       <efac:Company>\n"
            "        <cac:PartyIdentification><cbc:ID schemeName=\"organization\">%s</cbc:ID></cac:PartyIdentification>\n"
            "        <cac:PartyName><cbc:Name languageID=\"FRA\">%s</cbc:Name></cac:PartyName>\n"
            "        <cac:PostalAddress><cbc:StreetName>%s</cbc:StreetName><cbc:CityName>%s</cbc:CityName>"
            "<cbc:PostalZone>%s</cbc:PostalZone><cbc:CountrySubentityCode listName=\"nuts\">%s</cbc:CountrySubentityCode>"
            "<cac:Country><cbc:IdentificationCode listName=\"country\">FRA</cbc:IdentificationCode></cac:Country>"
            "</cac:PostalAddress>\n"
            "        <cac:PartyLegalEntity><cbc:CompanyID>%s</cbc:CompanyID></cac:PartyLegalEntity>\n"
            "        <cac:Contact><cbc:Telephone>%s</cbc:Telephone><cbc:ElectronicMail>%s</cbc:ElectronicMail></cac:Contact>\n"
            "       </efac:Company>\n"
            "      </efac:Organization>\n") % (oid, escape(name), escape(street), escape(city), zipc, nuts, siret,
                                             phone, mail)


def ef_crit(typ, name, desc, weight):
    return ("       <cac:SubordinateAwardingCriterion>\n"
            "        <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>"
            "<efac:AwardCriterionParameter><efbc:ParameterCode listName=\"number-weight\">per-exa</efbc:ParameterCode>"
            "<efbc:ParameterNumeric>%s</efbc:ParameterNumeric></efac:AwardCriterionParameter>"
            "</efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>\n"
            "        <cbc:AwardingCriterionTypeCode listName=\"award-criterion-type\">%s</cbc:AwardingCriterionTypeCode>\n"
            "        <cbc:Name languageID=\"FRA\">%s</cbc:Name>\n"
            "        <cbc:Description languageID=\"FRA\">%s</cbc:Description>\n"
            "       </cac:SubordinateAwardingCriterion>\n") % (weight, typ, escape(name), escape(desc))


def ef_lot(lid, title, desc, cpv, value, duration, reserved, crits, perf=None, strategic="none", extra_info="",
           fa_max=None):
    s = ["  <cac:ProcurementProjectLot>\n",
         "   <cbc:ID schemeName=\"Lot\">%s</cbc:ID>\n" % lid,
         "   <cac:TenderingTerms>\n",
         "    <cac:TendererQualificationRequest>\n",
         "     <cac:SpecificTendererRequirement>\n",
         "      <cbc:TendererRequirementTypeCode listName=\"reserved-procurement\">%s</cbc:TendererRequirementTypeCode>\n"
         % reserved[0]]
    if reserved[1]:
        s.append("      <cbc:Description languageID=\"FRA\">%s</cbc:Description>\n" % escape(reserved[1]))
    s.append("     </cac:SpecificTendererRequirement>\n")
    s.append("    </cac:TendererQualificationRequest>\n")
    if perf:
        s.append("    <cac:ContractExecutionRequirement>\n"
                 "     <cbc:ExecutionRequirementCode listName=\"conditions\">true</cbc:ExecutionRequirementCode>\n"
                 "     <cbc:Description languageID=\"FRA\">%s</cbc:Description>\n"
                 "    </cac:ContractExecutionRequirement>\n" % escape(perf))
    s.append("    <cac:AwardingTerms>\n     <cac:AwardingCriterion>\n")
    for cr in crits:
        s.append(ef_crit(*cr))
    s.append("     </cac:AwardingCriterion>\n    </cac:AwardingTerms>\n")
    if extra_info:
        s.append("    <cbc:Note languageID=\"FRA\">%s</cbc:Note>\n" % escape(extra_info))
    s.append("   </cac:TenderingTerms>\n")
    s.append("   <cac:TenderingProcess>\n")
    if fa_max:
        s.append("    <cac:FrameworkAgreement><cbc:MaximumValueAmount currencyID=\"EUR\">%s</cbc:MaximumValueAmount>"
                 "<cbc:Justification languageID=\"FRA\">Accord-cadre mono-attributaire exécuté par bons de commande."
                 "</cbc:Justification></cac:FrameworkAgreement>\n" % fa_max)
    s.append("   </cac:TenderingProcess>\n")
    s.append("   <cac:ProcurementProject>\n"
             "    <cbc:ID schemeName=\"InternalID\">%s</cbc:ID>\n" % lid.replace("LOT-000", "L")
             + "    <cbc:Name languageID=\"FRA\">%s</cbc:Name>\n" % escape(title)
             + "    <cbc:Description languageID=\"FRA\">%s</cbc:Description>\n" % escape(desc)
             + "    <cbc:ProcurementTypeCode listName=\"contract-nature\">services</cbc:ProcurementTypeCode>\n"
             + "    <cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName=\"strategic-procurement\">%s"
               "</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>\n" % strategic
             + "    <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID=\"EUR\">%s"
               "</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>\n" % value
             + "    <cac:MainCommodityClassification><cbc:ItemClassificationCode listName=\"cpv\">%s"
               "</cbc:ItemClassificationCode></cac:MainCommodityClassification>\n" % cpv
             + "    <cac:RealizedLocation><cac:Address><cbc:CountrySubentityCode listName=\"nuts\">FRK25"
               "</cbc:CountrySubentityCode><cac:Country><cbc:IdentificationCode listName=\"country\">FRA"
               "</cbc:IdentificationCode></cac:Country></cac:Address></cac:RealizedLocation>\n"
             + "    <cac:PlannedPeriod><cbc:DurationMeasure unitCode=\"MONTH\">%d</cbc:DurationMeasure></cac:PlannedPeriod>\n"
             % duration
             + "   </cac:ProcurementProject>\n  </cac:ProcurementProjectLot>\n")
    return "".join(s)


def ef_notice(nid, folder, issue, orgs, title, desc, cpv, total, lots, add_info, proc_desc, profile):
    s = ['<?xml version="1.0" encoding="UTF-8"?>\n', "<ContractNotice %s>\n" % EF_NS,
         " <ext:UBLExtensions>\n  <ext:UBLExtension>\n   <ext:ExtensionContent>\n    <efext:EformsExtension>\n"
         "     <efac:Organizations>\n"]
    s.extend(orgs)
    s.append("     </efac:Organizations>\n    </efext:EformsExtension>\n   </ext:ExtensionContent>\n"
             "  </ext:UBLExtension>\n </ext:UBLExtensions>\n")
    s.append(" <cbc:UBLVersionID>2.3</cbc:UBLVersionID>\n <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>\n")
    s.append(" <cbc:ID schemeName=\"notice-id\">%s</cbc:ID>\n" % nid)
    s.append(" <cbc:ContractFolderID>%s</cbc:ContractFolderID>\n" % folder)
    s.append(" <cbc:IssueDate>%s+01:00</cbc:IssueDate>\n <cbc:IssueTime>10:00:00+01:00</cbc:IssueTime>\n" % issue)
    s.append(" <cbc:VersionID>01</cbc:VersionID>\n <cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>\n")
    s.append(" <cbc:NoticeTypeCode listName=\"competition\">cn-standard</cbc:NoticeTypeCode>\n"
             " <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>\n")
    s.append(" <cac:ContractingParty>\n  <cac:BuyerProfileURI>%s</cac:BuyerProfileURI>\n" % profile
             + "  <cac:ContractingPartyType><cbc:PartyTypeCode listName=\"buyer-legal-type\">ra-aut</cbc:PartyTypeCode>"
             "</cac:ContractingPartyType>\n"
             "  <cac:Party><cac:PartyIdentification><cbc:ID schemeName=\"organization\">ORG-0001</cbc:ID>"
             "</cac:PartyIdentification></cac:Party>\n </cac:ContractingParty>\n")
    s.append(" <cac:TenderingTerms>\n  <cac:ProcurementLegislationDocumentReference><cbc:ID>CrossBorderLaw"
             "</cbc:ID><cbc:DocumentDescription languageID=\"FRA\">Code de la commande publique"
             "</cbc:DocumentDescription></cac:ProcurementLegislationDocumentReference>\n </cac:TenderingTerms>\n")
    s.append(" <cac:TenderingProcess>\n  <cbc:ProcedureCode listName=\"procurement-procedure-type\">open"
             "</cbc:ProcedureCode>\n  <cbc:Description languageID=\"FRA\">%s</cbc:Description>\n"
             " </cac:TenderingProcess>\n" % escape(proc_desc))
    s.append(" <cac:ProcurementProject>\n  <cbc:ID schemeName=\"InternalID\">%s</cbc:ID>\n" % folder[:8]
             + "  <cbc:Name languageID=\"FRA\">%s</cbc:Name>\n" % escape(title)
             + "  <cbc:Description languageID=\"FRA\">%s</cbc:Description>\n" % escape(desc)
             + "  <cbc:ProcurementTypeCode listName=\"contract-nature\">services</cbc:ProcurementTypeCode>\n"
             + "  <cbc:Note languageID=\"FRA\">%s</cbc:Note>\n" % escape(add_info)
             + "  <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID=\"EUR\">%s"
               "</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>\n" % total
             + "  <cac:MainCommodityClassification><cbc:ItemClassificationCode listName=\"cpv\">%s"
               "</cbc:ItemClassificationCode></cac:MainCommodityClassification>\n </cac:ProcurementProject>\n" % cpv)
    s.extend(lots)
    s.append("</ContractNotice>\n")
    return "".join(s)


def d05():
    orgs = [ef_org("ORG-0001", "Ville de Saint-Amédée-les-Forges – Direction de la cohésion sociale",
                   "21830412700014", "1 place du Général-Voirol", "Saint-Amédée-les-Forges", "83 270", "FRL05",
                   "commande.publique@saint-amedee-les-forges.fr", "+33 4 94 00 12 40"),
            ef_org("ORG-0002", "Tribunal administratif de Port-Varenne", "17830001200011", "5 rue Racine",
                   "Port-Varenne", "83 041", "FRL05", "greffe.ta-port-varenne@juradm.fr", "+33 4 94 00 00 00")]
    lots = [
        ef_lot("LOT-0001", "Accueil de jour des personnes sans domicile stable",
               "Gestion de l'accueil de jour municipal situé 14 rue des Tanneurs : accueil inconditionnel, "
               "hygiène (douches, laverie), domiciliation administrative, orientation vers les dispositifs d'accès aux "
               "droits et au logement, 365 jours par an, de 8 h 30 à 17 h 00. Fréquentation moyenne : 70 personnes "
               "par jour.",
               "85311000", "840000", 48,
               ("res-pub-ser",
                "Lot réservé, en application de l'article L. 2113-15 du code de la commande publique, aux entreprises "
                "de l'économie sociale et solidaire au sens de l'article 1er de la loi n° 2014-856 du 31 juillet 2014 "
                "qui poursuivent une mission de service public liée à la prestation de services sociaux. Un opérateur "
                "qui s'est vu attribuer un marché sur ce fondement par la Ville au cours des trois années précédentes ne "
                "peut y prétendre."),
               [("quality", "Qualité du projet d'accueil", "Projet d'accueil, modalités d'accueil inconditionnel, "
                 "partenariats avec les services sociaux et de santé", "45"),
                ("quality", "Moyens humains", "Composition et qualification de l'équipe (travailleurs sociaux "
                 "diplômés, agents d'accueil), organisation des remplacements, supervision", "25"),
                ("price", "Prix", "Prix global annuel décomposé", "30")]),
        ef_lot("LOT-0002", "Maraudes sociales de soirée",
               "Organisation de maraudes pédestres et motorisées, quatre soirs par semaine du 1er novembre au 31 mars "
               "et deux soirs par semaine le reste de l'année, en lien avec le SIAO et le 115.",
               "85311000", "480000", 48, ("none", ""),
               [("quality", "Valeur technique", "Méthodologie d'aller-vers, coordination avec le SIAO, traçabilité "
                 "des rencontres", "60"),
                ("price", "Prix", "Prix des soirées de maraude", "40")])]
    xml = ef_notice("4d7b6f1e-5c2a-4e0b-9a61-2f0d3c8a7e15", "a2c9e4b7-31f0-4b55-8e1d-6c0f72b9d421", "2027-02-03",
                    orgs, "Accueil de jour et maraudes sociales à destination des personnes sans domicile",
                    "Le marché porte sur la gestion de l'accueil de jour municipal et sur l'organisation de maraudes "
                    "sociales sur le territoire communal. Il est divisé en deux lots. Durée : quatre ans.",
                    "85311000", "1320000", lots,
                    "Marché relevant des services sociaux et autres services spécifiques (article R. 2123-1 3° du "
                    "code de la commande publique). Le lot 1 est un marché réservé ; le lot 2 est ouvert à tout "
                    "opérateur économique. Les candidats peuvent répondre aux deux lots.",
                    "Procédure adaptée ouverte (services sociaux et autres services spécifiques).",
                    "https://marches.saint-amedee-les-forges.fr")
    lab = LAB(marche_reserve=1, reserve_base="L2113-15", allotissement=1, nb_lots=2, montant_estime_ht=1320000,
              evidence=["Il est divisé en deux lots.", "1320000",
                        "Lot réservé, en application de l'article L. 2113-15 du code de la commande publique, aux "
                        "entreprises de l'économie sociale et solidaire"])
    return XDOC("eforms_cn_Saint-Amedee_accueil-de-jour.xml", xml, lab,
                tests="eForms : lot 1 réservé ESS (res-pub-ser + L. 2113-15), lot 2 « none » ; objet social (personnes "
                      "sans domicile) et critère « moyens humains » (sosies de critère social)")


# ----------------------------------------------------------------------------- 06 CCAP formation RSA (P : non-discrimination)
def d06():
    c = CTX("le Département de la Brenne-et-Aurance", "Saint-Valérien")
    b = [TITLE("Département de la Brenne-et-Aurance – Direction de l'insertion et de l'emploi",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Actions de formation pré-qualifiante et de remobilisation des bénéficiaires du RSA",
               "Accord-cadre à bons de commande – appel d'offres ouvert – DIE-2027-FORM-04")]
    b += A("Objet",
           "Le présent accord-cadre a pour objet la mise en œuvre d'actions de formation pré-qualifiante et de "
           "remobilisation destinées aux bénéficiaires du revenu de solidarité active (RSA) soumis aux droits et devoirs, "
           "orientés par les référents du Département dans le cadre de leur contrat d'engagement réciproque.",
           "Les actions visent l'acquisition des savoirs de base, la construction d'un projet professionnel réaliste "
           "et la préparation à l'entrée en formation qualifiante ou en emploi. Elles relèvent des articles L. 262-27 "
           "et suivants du code de l'action sociale et des familles et de la politique départementale d'insertion.")
    b += A("Décomposition en lots",
           "L'accord-cadre est décomposé en six lots géographiques ou thématiques, attribués chacun à un seul "
           "opérateur :",
           ("rtable", [["Lot", "Territoire / modalité", "Montant maximum HT (durée totale)"],
                       ["1", "Bassin de Brenne-Nord", "240 000 €"],
                       ["2", "Vallée de l'Aurance", "180 000 €"],
                       ["3", "Plateau de Mézières-le-Haut", "210 000 €"],
                       ["4", "Agglomération de Saint-Valérien", "150 000 €"],
                       ["5", "Pays des Étangs", "120 000 €"],
                       ["6", "Parcours à distance (FOAD) tous territoires", "95 000 €"]],
            {"widths": [0.7, 3.3, 2.4], "align": "llr"}),
           "Chaque lot est conclu sans montant minimum. Les montants maximums s'entendent pour la durée totale de "
           "l'accord-cadre, reconductions comprises.")
    b += A("Durée",
           "L'accord-cadre est conclu pour une durée d'un an à compter du 1er septembre 2027. Il est reconductible "
           "deux fois par période d'un an, soit une durée maximale de trois ans.")
    b += A("Documents contractuels",
           "Les pièces contractuelles sont : l'acte d'engagement et le bordereau de prix de chaque lot ; le présent "
           "CCAP ; le CCTP ; le CCAG-FCS ; l'offre technique du titulaire (programme pédagogique, calendrier, "
           "curriculum vitae des formateurs).")
    b += A("Public et orientation",
           "Les stagiaires sont exclusivement des bénéficiaires du RSA orientés par le Département au moyen d'une "
           "fiche de prescription. Le titulaire ne peut pas refuser un stagiaire orienté, sauf incompatibilité "
           "manifeste avec les prérequis de l'action, motivée par écrit auprès du référent.",
           "Une attention particulière est portée aux personnes isolées, aux parents de jeunes enfants et aux "
           "personnes rencontrant des freins de mobilité : le titulaire organise des horaires compatibles avec la "
           "garde des enfants et informe les stagiaires des aides à la mobilité existantes.")
    b += A("Qualification des formateurs – certification",
           "Le titulaire justifie, pendant toute la durée de l'accord-cadre, de la certification Qualiopi au titre "
           "des actions de formation. Les formateurs affectés aux actions disposent d'une expérience d'au moins deux "
           "ans auprès de publics adultes en difficulté d'insertion ; tout remplacement de formateur est soumis à "
           "l'accord préalable du Département.",
           "Les locaux de formation sont des établissements recevant du public conformes aux règles d'accessibilité "
           "aux personnes handicapées et de sécurité incendie en vigueur.")
    b += A("Résultats attendus et suivi des parcours",
           "Le titulaire vise un taux de sorties dynamiques (emploi, formation qualifiante, création d'activité) d'au "
           "moins 35 % six mois après la fin de l'action. Ce taux constitue un objectif de moyens ; il ne donne lieu à "
           "aucune pénalité.",
           "Un bilan individuel est transmis au référent RSA de chaque stagiaire dans les quinze jours suivant la fin "
           "de l'action ; un bilan collectif est présenté en comité de pilotage.")
    b += A("Condition d'exécution : prévention des discriminations et égalité de traitement",
           "Au-delà du respect des obligations légales qui s'imposent à lui, le titulaire met en œuvre, pendant toute "
           "la durée de l'accord-cadre, les actions suivantes :",
           ["formation de l'ensemble des formateurs et chargés de recrutement affectés aux actions à la prévention "
            "des discriminations (module d'au moins sept heures suivi dans les six mois de la notification) ;",
            "désignation d'un référent égalité-diversité, interlocuteur des stagiaires et du Département ;",
            "revue de ses propres procédures de recrutement (offres d'emploi, grilles d'entretien) afin d'en retirer "
            "tout critère discriminatoire, et mise en place d'entretiens d'embauche menés par deux personnes ;",
            "transmission d'un rapport annuel présentant les actions conduites, les signalements reçus et leurs "
            "suites, ainsi que la répartition femmes-hommes des stagiaires accueillis."],
           "Le défaut de mise en œuvre de ces actions, constaté après mise en demeure restée sans effet pendant un "
           "mois, donne lieu à une pénalité forfaitaire de 500 € par action non réalisée.")
    b += A("Bons de commande",
           "Chaque session fait l'objet d'un bon de commande précisant le lieu, les dates, le nombre de places "
           "(de 8 à 12) et le prix. Une session ne peut débuter avec moins de six stagiaires présents, sauf accord "
           "écrit du Département.")
    b += A("Prix et règlement",
           "Les prestations sont rémunérées au prix par heure-stagiaire réalisée figurant au bordereau de prix. Les "
           "absences non justifiées des stagiaires sont facturables dans la limite de 10 % des heures prévues.",
           "Les prix sont fermes la première année et révisés ensuite selon l'indice des prix à la consommation "
           "(ensemble des ménages, hors tabac). Le paiement intervient dans un délai global de 30 jours.")
    b += f_admission(c, 1)
    b += f_modifs(c, 1)
    b += f_avance(c, 2)
    b += A("Pénalités",
           ["absence de formateur non remplacée : 300 € par demi-journée d'action annulée ;",
            "retard dans la transmission d'un bilan individuel : 20 € par jour et par bilan ;",
            "non-transmission des feuilles d'émargement mensuelles : 100 € par session."],
           "Le montant cumulé des pénalités est plafonné à 15 % du montant des bons de commande de l'année.")
    b += f_rgpd(c, 1)
    b += f_assurances(c, 2)
    b += f_resiliation(c, 1)
    b += f_litiges(c, 1)
    lab = LAB(clause_sociale=1, allotissement=1, nb_lots=6, montant_max_ht=995000,
              evidence=["décomposé en six lots",
                        "[maximums par lot : 240 000 + 180 000 + 210 000 + 150 000 + 120 000 + 95 000 = 995 000]",
                        "Les montants maximums s'entendent pour la durée totale",
                        "Condition d'exécution : prévention des discriminations et égalité de traitement",
                        "désignation d'un référent égalité-diversité"])
    return DOC("CD-Brenne-Aurance_CCAP_formation-RSA_DIE-2027-FORM-04.pdf", "CCAP",
               "Département de la Brenne-et-Aurance – DIE-2027-FORM-04 – CCAP",
               "CCAP – Formation pré-qualifiante des bénéficiaires du RSA", b, lab, hyphen=True, cols=2,
               tests="deux colonnes : clause sociale de non-discrimination sans insertion, dans un marché dont l'OBJET "
                     "est l'insertion des bénéficiaires du RSA (pas de clause d'insertion) ; sosies : Qualiopi, "
                     "accessibilité des locaux, objectif de sorties ; maximum = somme de six lots")


# ----------------------------------------------------------------------------- 07 CCAP gardiennage université (P : part d'heures)
def d07():
    c = CTX("l'Université de Castelroux", "Castelroux")
    b = [TITLE("Université de Castelroux – Direction du patrimoine et de la logistique",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Surveillance, gardiennage, accueil et sécurité incendie des campus",
               "Marché n° UC-DPL-27-008 – appel d'offres ouvert")]
    b += A("Objet et décomposition du marché",
           "Le marché a pour objet les prestations de surveillance humaine, de gardiennage, de rondes, d'accueil des "
           "usagers et de sécurité incendie (SSIAP) des bâtiments de l'Université.",
           "Il est alloti en deux lots géographiques : lot 1 – campus des Ursulines à Castelroux (dix-sept bâtiments, "
           "dont la bibliothèque universitaire ouverte jusqu'à 22 heures) ; lot 2 – site délocalisé de Vernay-le-Fort "
           "(IUT et résidence de chercheurs). Le présent CCAP est commun aux deux lots.")
    b += A("Forme des prix et des prestations",
           "Chaque lot est un marché ordinaire comportant une partie forfaitaire (postes permanents décrits au CCTP) "
           "et une partie à bons de commande (renforts ponctuels, manifestations, examens, périodes de vacances).",
           "Le montant total estimé des prestations, pour les deux lots et pour quatre années, est de 2~900~000 € HT, "
           "dont environ 15 % au titre de la partie à bons de commande.")
    b += A("Durée",
           "Le marché est conclu pour une durée d'un an à compter du 1er janvier 2028, renouvelable trois fois par "
           "reconduction expresse. Une période de tuilage de quinze jours avec le prestataire sortant est organisée "
           "avant la prise de poste.")
    b += A("Personnel – agrément et qualification",
           "Tous les agents affectés au marché sont titulaires de la carte professionnelle délivrée par le Conseil "
           "national des activités privées de sécurité (CNAPS) et, pour les postes de sécurité incendie, du diplôme "
           "SSIAP 1, 2 ou 3 correspondant au poste. Le titulaire dispose de l'autorisation d'exercer prévue à "
           "l'article L. 612-9 du code de la sécurité intérieure.",
           "Les agents d'accueil de la bibliothèque et des amphithéâtres maîtrisent l'anglais courant. Ils reçoivent, "
           "avant leur prise de poste, une formation de quatre heures aux procédures propres à l'Université (plans "
           "d'évacuation, registre de sécurité, gestion des clés, accueil des étudiants en situation de handicap et "
           "des personnes à mobilité réduite lors des évacuations).",
           "Le titulaire remplace sans délai tout agent absent ; les postes de sécurité incendie ne peuvent en aucun "
           "cas rester inoccupés.")
    b += A("Reprise du personnel",
           "Le titulaire est informé que les règles conventionnelles relatives à la reprise du personnel en cas de "
           "changement de prestataire, prévues par la convention collective nationale des entreprises de prévention "
           "et de sécurité (IDCC 1351), s'appliquent. La liste du personnel affecté figure en annexe 2 du présent CCAP.")
    b += A("Action d'insertion professionnelle",
           "Pour chacun des lots, le titulaire s'engage à faire réaliser au moins 5 % du nombre total d'heures de "
           "travail effectuées chaque année au titre du marché par des personnes rencontrant des difficultés "
           "d'accès à l'emploi : demandeurs d'emploi de longue durée, bénéficiaires de minima sociaux, jeunes de moins "
           "de 26 ans peu ou pas qualifiés, travailleurs handicapés, résidents des quartiers prioritaires de la "
           "politique de la ville.",
           "Ces heures peuvent être réalisées par recrutement direct, par mise à disposition via une entreprise de "
           "travail temporaire d'insertion ou par l'intermédiaire d'un GEIQ spécialisé dans les métiers de la "
           "sécurité, le titulaire prenant en charge la formation nécessaire à l'obtention de la carte "
           "professionnelle. Les heures réalisées par le personnel repris au titre de l'article précédent ne sont "
           "pas prises en compte.",
           "Un bilan semestriel est transmis à la direction du patrimoine et au chargé de mission clauses sociales "
           "de la Maison de l'emploi de Castelroux. Chaque heure manquante est pénalisée à hauteur de 40 € HT.")
    b += A("Pénalités d'exécution",
           "Sans préjudice de la pénalité prévue pour l'action d'insertion, le titulaire encourt les pénalités "
           "suivantes, après constat contradictoire :",
           ("table", [["Manquement", "Pénalité"],
                      ["Poste permanent non tenu (par heure et par poste)", "80 € HT"],
                      ["Agent sans carte professionnelle en cours de validité", "500 € HT par constat"],
                      ["Poste SSIAP occupé par un agent non qualifié", "300 € HT par heure"],
                      ["Ronde non effectuée ou non tracée", "50 € HT par ronde"],
                      ["Main courante non tenue ou illisible", "100 € HT par jour"],
                      ["Tenue non conforme ou comportement inadapté envers un usager", "150 € HT par constat"]],
            {"widths": [7, 3], "align": "lr"}))
    b += f_reunions(c, 1)
    b += f_admission(c, 2)
    b += f_prix(c, 1, "ICHTrev-TS des activités de sécurité privée")
    b += f_avance(c, 0)
    b += f_paiement(c, 1)
    b += f_travail(c, 1)
    b += f_soustraitance(c, 0)
    b += f_assurances(c, 1)
    b += f_resiliation(c, 0)
    b += f_litiges(c, 2)
    lab = LAB(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2, montant_estime_ht=2900000,
              evidence=["Il est alloti en deux lots géographiques",
                        "pour les deux lots et pour quatre années, est de 2 900 000 € HT",
                        "au moins 5 % du nombre total d'heures de travail",
                        "par des personnes rencontrant des difficultés d'accès à l'emploi"])
    return DOC("UCastelroux_CCAP_gardiennage_UC-DPL-27-008.pdf", "CCAP",
               "Université de Castelroux – CCAP gardiennage – UC-DPL-27-008",
               "CCAP – Surveillance et sécurité des campus", b, lab,
               tests="insertion en part d'heures (5 %) sans nombre d'heures ; sosies : carte CNAPS, SSIAP, formation "
                     "à l'accueil des étudiants handicapés, reprise du personnel IDCC 1351, pénalités de poste non "
                     "tenu, rappels travail dissimulé")


# ----------------------------------------------------------------------------- 08 RC restauration scolaire (P : critère emploi sans le mot social)
def d08():
    c = CTX("le Syndicat intercommunal de restauration collective des Deux-Rives", "Bellegarde-sur-Vionne")
    prof = "https://www.achatpublic-deuxrives.fr"
    b = [TITLE("Syndicat intercommunal de restauration collective (SIRC) des Deux-Rives",
               "RÈGLEMENT DE CONSULTATION",
               "Fourniture de repas en liaison froide pour les restaurants scolaires et l'accueil de loisirs",
               "Procédure d'appel d'offres ouvert – référence SIRC-27-R01")]
    b += A("Acheteur",
           "SIRC des Deux-Rives, 3 rue du Moulin-Neuf, 39 170 Bellegarde-sur-Vionne – SIRET 253 901 227 00031. Le "
           "syndicat regroupe onze communes et sert environ 1 900 repas par jour scolaire dans vingt-deux restaurants.")
    b += A("Objet et allotissement",
           "La consultation porte sur la fabrication et la livraison en liaison froide de repas destinés aux élèves "
           "des écoles maternelles et élémentaires, aux adultes qui les encadrent et aux enfants accueillis les "
           "mercredis et pendant les vacances.",
           "Elle est divisée en deux lots :",
           ["lot 1 : repas des restaurants scolaires (période scolaire) ;",
            "lot 2 : repas et goûters de l'accueil de loisirs intercommunal (mercredis et vacances scolaires)."],
           "Les offres sont présentées et jugées lot par lot.")
    b += A("Durée et montant estimé",
           "Les accords-cadres à bons de commande sont conclus pour une durée d'un an, reconductible trois fois. Le "
           "montant estimé global de la consultation, pour les deux lots et sur quatre ans, est de 2~280~000 € HT. "
           "Chaque accord-cadre comporte un montant maximum fixé dans l'acte d'engagement.")
    b += A("Contenu du dossier de consultation",
           ["le présent règlement de consultation ;",
            "l'acte d'engagement de chaque lot ;",
            "le cahier des clauses administratives particulières (CCAP) et le cahier des clauses techniques "
            "particulières (CCTP) communs aux deux lots, avec le plan alimentaire et les grammages ;",
            "le bordereau des prix unitaires et le détail quantitatif estimatif de chaque lot ;",
            "le cadre de mémoire technique."])
    b += r_retrait(c, 1, prof)
    b += r_candidature(c, 1, ["l'agrément sanitaire de la cuisine centrale de production (ou la dérogation à "
                              "l'obligation d'agrément) ;",
                              "le cas échéant, la certification de l'unité de production au regard d'une norme "
                              "de management de la qualité ou de la sécurité alimentaire."])
    b += A("Contenu des offres",
           "L'offre de chaque lot comprend l'acte d'engagement, le bordereau des prix unitaires, le détail "
           "quantitatif estimatif et un mémoire technique établi selon le cadre fourni. Le candidat joint quatre "
           "semaines de menus-types respectant le plan alimentaire.",
           "Dans une annexe libre, le candidat peut présenter les effectifs de sa cuisine centrale et sa politique de "
           "formation du personnel ; ces éléments sont demandés pour information et ne sont pas notés.")
    b += A("Critères de jugement des offres",
           "Les offres sont classées, pour chaque lot, selon les critères suivants, notés sur 100 points :",
           ("table", [["Critère", "Points"],
                      ["A – Prix (au vu du détail quantitatif estimatif)", "45"],
                      ["B – Qualité gustative et nutritionnelle des repas (menus-types, fiches techniques, "
                       "part de fait-maison)", "25"],
                      ["C – Démarche de développement durable : part de produits durables et de qualité au-delà des "
                       "seuils légaux, actions contre le gaspillage alimentaire, réduction des emballages et des "
                       "kilomètres parcourus", "15"],
                      ["D – Engagements pour l'accès à l'emploi des personnes qui en sont éloignées : volume "
                       "d'heures de travail proposé, publics visés, tutorat et formation", "8"],
                      ["E – Organisation des livraisons et réactivité en cas d'aléa", "7"]],
            {"widths": [8.5, 1.5], "align": "lr"}),
           "Pour le critère D, l'absence de proposition conduit à la note de zéro.",
           "La note du critère A est calculée par la formule : 45 x (prix le plus bas / prix de l'offre).")
    b += A("Négociation – attribution",
           "Aucune négociation n'est possible. Avant l'attribution, le candidat classé premier produit les "
           "attestations fiscales et sociales et, s'il est établi à l'étranger, les documents équivalents.")
    b += r_validite(c, 0, 120)
    b += r_envoi(c, 1, "vendredi 14 mai 2027 à 16 h 00", prof)
    b += r_recours(c, 0)
    lab = LAB(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=2280000,
              evidence=["Elle est divisée en deux lots",
                        "montant estimé global de la consultation, pour les deux lots et sur quatre ans, est de "
                        "2 280 000 € HT",
                        "D – Engagements pour l'accès à l'emploi des personnes qui en sont éloignées",
                        "C – Démarche de développement durable"])
    return DOC("SIRC-Deux-Rives_RC_restauration_SIRC-27-R01.docx", "RC",
               "SIRC des Deux-Rives – RC – Fourniture de repas – SIRC-27-R01",
               "Règlement de consultation SIRC-27-R01", b, lab,
               tests="critère social nommé sans le mot « social » (accès à l'emploi, 8 points) sans clause d'insertion "
                     "imposée ; critère environnemental ; sosie : annexe « non notée » sur les effectifs et la "
                     "formation")


# ----------------------------------------------------------------------------- 09 CADRE nettoyage écoles (P)
def d09():
    b = [TITLE("Commune de Lanvézec – Services techniques",
               "CADRE DE MÉMOIRE TECHNIQUE",
               "Nettoyage des écoles, de l'accueil de loisirs et des salles municipales",
               "Consultation n° 2027-ST-06 – document à compléter et à joindre à l'offre")]
    b += [P("Le présent cadre est obligatoire. Le candidat répond dans les cases prévues, sans renvoyer à des "
            "documents commerciaux. Il sert à l'appréciation des critères n° 2 et n° 3 définis à l'article 7 du "
            "règlement de consultation ; le prix (critère n° 1, 50 points) est jugé au vu du détail quantitatif "
            "estimatif."),
          H("1. Présentation du candidat (non noté)"),
          TAB([["Renseignement", "Réponse du candidat"],
               ["Raison sociale, adresse de l'agence qui exécutera le marché", ""],
               ["Effectif total et effectif de l'agence", ""],
               ["Convention collective appliquée", ""],
               ["Index de l'égalité professionnelle femmes-hommes (pour information)", ""],
               ["Taux d'emploi de travailleurs handicapés (pour information)", ""]], widths=[5, 5]),
          P("Les informations de la rubrique 1 ne sont pas notées."),
          H("2. Critère n° 2 – Valeur technique (40 points)"),
          H2("2.1 Moyens humains affectés au marché (15 points)"),
          P("Le candidat indique le nombre d'agents et le volume horaire hebdomadaire par site, la qualification "
            "des agents et du chef d'équipe, et les modalités de remplacement en cas d'absence (délai, vivier)."),
          TAB([["Site", "Nombre d'agents", "Heures / semaine", "Qualification"],
               ["École maternelle Les Hortensias", "", "", ""],
               ["École élémentaire Jean-Jaurès", "", "", ""],
               ["Accueil de loisirs « Les Korrigans »", "", "", ""],
               ["Salle polyvalente et salle des associations", "", "", ""]], widths=[4, 2, 2, 2]),
          P("Reprise du personnel : le candidat confirme avoir pris connaissance de la liste des cinq salariés "
            "affectés au marché actuel (annexe 1 au CCAP), repris conformément à la convention collective des "
            "entreprises de propreté, et précise leur affectation prévisionnelle."),
          H2("2.2 Organisation et planning des prestations (15 points)"),
          P("Plannings d'intervention compatibles avec les horaires scolaires (interventions après 16 h 45 et le "
            "mercredi), organisation des grands nettoyages pendant les vacances, contrôle qualité et traçabilité."),
          H2("2.3 Produits, matériels et protocoles (10 points)"),
          P("Liste des produits et matériels utilisés, fiches de données de sécurité, protocole de désinfection des "
            "sanitaires et des surfaces en contact avec les enfants."),
          H("3. Critère n° 3 – Insertion professionnelle (10 points)"),
          P("L'article 9 du CCAP impose au titulaire de réaliser au minimum 1~200 heures d'insertion sur la durée "
            "totale du marché, au bénéfice de personnes éloignées de l'emploi validées par le facilitateur du PLIE du "
            "Pays de Morvenn. Ce minimum est une condition d'exécution : il n'est pas noté en tant que tel."),
          P("Le critère n° 3 apprécie la qualité et l'ambition de la proposition du candidat au regard des éléments "
            "suivants :"),
          TAB([["Élément apprécié", "Points", "Réponse du candidat"],
               ["Nombre d'heures d'insertion proposé au-delà du minimum de 1 200 heures", "4", ""],
               ["Publics visés et modalités de recrutement (embauche directe, ETTI, GEIQ propreté, sous-traitance à "
                "une entreprise d'insertion)", "2", ""],
               ["Accueil, tutorat et formation des salariés en insertion", "3", ""],
               ["Perspectives de pérennisation des emplois à l'issue du marché", "1", ""]], widths=[5.5, 1, 3.5],
              align="lcl"),
          P("Attention : les heures proposées au-delà du minimum deviennent contractuelles et sont soumises aux "
            "mêmes pénalités que le minimum (article 15 du CCAP)."),
          H("4. Engagement"),
          P("Je soussigné(e), représentant habilité du candidat, certifie l'exactitude des renseignements portés "
            "dans le présent cadre."),
          P("Nom, qualité, date et signature :")]
    lab = LAB(clause_sociale=1, clause_insertion=1, heures_insertion=1200, critere_social=1,
              evidence=["L'article 9 du CCAP impose au titulaire de réaliser au minimum 1 200 heures d'insertion",
                        "Critère n° 3 – Insertion professionnelle (10 points)"])
    return DOC("Lanvezec_cadre-memoire-technique_nettoyage_2027-ST-06.docx", "CADRE",
               "Commune de Lanvézec – Consultation 2027-ST-06 – Cadre de mémoire technique",
               "Cadre de mémoire technique – nettoyage", b, lab,
               tests="cadre de réponse : critère d'insertion noté (10 points) et rappel du minimum imposé par le CCAP "
                     "(1 200 h) ; sosies : index égalité et taux d'emploi de travailleurs handicapés « pour "
                     "information », reprise du personnel, moyens humains")


# ----------------------------------------------------------------------------- 10 CCAP interprétariat CHU (P : conditions de travail)
def d10():
    c = CTX("le Centre hospitalier universitaire de Montvallon", "Montvallon", sante=True)
    b = [TITLE("Centre hospitalier universitaire de Montvallon – Direction des achats",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES (CCAP)",
               "Prestations d'interprétariat professionnel en milieu médical et social",
               "Accord-cadre mono-attributaire à bons de commande – marché n° 27-DA-0142")]
    b += A("Objet",
           "Le présent accord-cadre a pour objet des prestations d'interprétariat professionnel, en présentiel, par "
           "téléphone et par visioconférence, au bénéfice des patients non francophones ou sourds pris en charge par "
           "les services du CHU (consultations, urgences, hospitalisation, permanence d'accès aux soins de santé, "
           "centre médico-psychologique).",
           "L'interprétariat en langue des signes française (LSF) est compris dans le périmètre. Les langues les plus "
           "demandées sont le dari, le pachto, l'arabe, le tigrinya, le géorgien, l'albanais et le roumain.")
    b += A("Allotissement",
           "L'accord-cadre n'est pas alloti. La continuité entre les trois modalités d'intervention (présentiel, "
           "téléphone, visioconférence) et la nécessité d'un interlocuteur unique joignable 24 heures sur 24 pour les "
           "urgences justifient le recours à un marché global, en application de l'article L. 2113-11 du code de la "
           "commande publique.")
    b += A("Montant – durée",
           "L'accord-cadre est conclu sans minimum, avec un montant maximum de 450~000 € HT par période annuelle, "
           "soit 1~800~000 € HT sur la durée maximale de quatre ans.",
           "Il prend effet le 1er avril 2027 pour une durée d'un an, reconductible tacitement trois fois.")
    b += A("Qualité des prestations",
           "Les interprètes justifient d'un diplôme d'interprétariat ou d'une expérience d'au moins trois ans en "
           "milieu médical ou social, et d'une formation à la charte de l'interprétariat médical et social "
           "professionnel (fidélité, neutralité, confidentialité, respect de la personne).",
           "Le titulaire garantit un délai de mise en relation de moins de deux minutes pour l'interprétariat par "
           "téléphone et la présence d'un interprète dans les 48 heures pour les rendez-vous programmés. Il s'abstient "
           "de recourir à des proches du patient, à des mineurs ou à des personnels non formés.")
    b += A("Conditions d'exécution à caractère social – conditions d'emploi des interprètes",
           "Au-delà des obligations qui lui incombent au titre du code du travail et de la convention collective "
           "applicable, le titulaire s'engage, pendant toute la durée de l'accord-cadre :",
           ["à rémunérer les interprètes intervenant en présentiel sur la base d'une vacation minimale d'une heure, "
            "y compris lorsque le rendez-vous est annulé moins de 24 heures à l'avance ;",
            "à faire assurer au moins 60 % du volume horaire annuel d'interprétariat par des interprètes salariés de "
            "l'entreprise, le recours à des travailleurs indépendants étant limité au complément ;",
            "à organiser, pour les interprètes intervenant en psychiatrie, en oncologie, en soins palliatifs et "
            "auprès de victimes de violences, des séances d'analyse des pratiques au moins trimestrielles, prises en "
            "charge par lui et rémunérées comme temps de travail ;",
            "à remettre chaque année au CHU un état anonymisé du nombre d'interprètes mobilisés, de leur statut et "
            "du volume horaire réalisé par chacune des catégories."],
           "Le non-respect de l'un de ces engagements, constaté à l'examen de l'état annuel, donne lieu à une "
           "pénalité de 2 000 € par engagement non tenu.")
    b += A("Commandes et suivi",
           "Les prestations sont commandées par les services de soins via la plateforme de réservation du titulaire, "
           "sur la base de bons de commande ouverts émis trimestriellement par la direction des achats. Un comité de "
           "suivi se réunit deux fois par an.")
    b += f_admission(c, 1)
    b += f_modifs(c, 2)
    b += f_prix(c, 2, "des prix de production des services français aux entreprises – Traduction et "
                      "interprétation")
    b += f_paiement(c, 1)
    b += A("Pénalités de service",
           ["délai de mise en relation téléphonique supérieur à cinq minutes : 10 € HT par appel ;",
            "absence de l'interprète à un rendez-vous programmé : 150 € HT par rendez-vous ;",
            "retard de plus de quinze minutes : 40 € HT ;",
            "intervention d'un interprète ne remplissant pas les conditions de qualification : 300 € HT."])
    b += f_rgpd(c, 0)
    b += f_travail(c, 1)
    b += f_assurances(c, 0)
    b += f_fin(c, 0)
    b += f_resiliation(c, 2)
    b += f_litiges(c, 0)
    lab = LAB(clause_sociale=1, allotissement=0, montant_max_ht=1800000,
              evidence=["L'accord-cadre n'est pas alloti",
                        "soit 1 800 000 € HT sur la durée maximale de quatre ans",
                        "Conditions d'exécution à caractère social – conditions d'emploi des interprètes",
                        "à rémunérer les interprètes intervenant en présentiel sur la base d'une vacation minimale "
                        "d'une heure"])
    return DOC("CHU-Montvallon_CCAP_interpretariat_27-DA-0142.docx", "CCAP",
               "CHU de Montvallon – CCAP – Interprétariat médical et social – 27-DA-0142",
               "CCAP interprétariat", b, lab,
               tests="clause sociale sur les conditions d'emploi des interprètes (au-delà du droit) sans insertion ; "
                     "sosies : qualification, charte, neutralité, patients non francophones, RGPD, travail dissimulé ; "
                     "maximum annuel et total écrit")


# ----------------------------------------------------------------------------- 11 AVIS OPH nettoyage (P)
def d11():
    b = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE",
               "Terres de Garance Habitat – Nettoyage des parties communes et gestion des conteneurs",
               "Services – Directive 2014/24/UE")]
    b += [H("Section I : Pouvoir adjudicateur"),
          P("I.1) Nom et adresses : Terres de Garance Habitat, office public de l'habitat, 27 boulevard des Filatures, "
            "84 320 Entraigues-la-Garance. SIRET 278 400 519 00047. Courriel : marches@tg-habitat.fr. Adresse du "
            "profil d'acheteur : https://tg-habitat.marches-publics.info"),
          P("I.4) Type de pouvoir adjudicateur : organisme de droit public (office public de l'habitat)."),
          P("I.5) Activité principale : logement et développement collectif."),
          H("Section II : Objet"),
          P("II.1.1) Intitulé : Nettoyage des parties communes, sortie et entretien des conteneurs d'ordures "
            "ménagères des résidences de l'office. Numéro de référence : TGH-2027-014"),
          P("II.1.2) Code CPV principal : 90919000 – Services de nettoyage de bureaux, d'écoles et de matériel de "
            "bureau. Code CPV additionnel : 90911100"),
          P("II.1.3) Type de marché : Services"),
          P("II.1.4) Description succincte : nettoyage hebdomadaire des halls, escaliers, paliers, ascenseurs et "
            "locaux communs de 2 140 logements répartis sur 48 résidences ; sortie, rentrée et lavage des bacs ; "
            "enlèvement des encombrants déposés dans les parties communes."),
          P("II.1.5) Valeur totale estimée hors TVA : 1 380 000 EUR"),
          P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Des offres peuvent être "
            "soumises pour tous les lots. Nombre maximal de lots qui peuvent être attribués à un même soumissionnaire : 2"),
          H("II.2) Description"),
          P("Lot n° 1 – Résidences du secteur Nord (Entraigues-la-Garance, Bédarrieux-le-Vieux)"),
          P("II.2.4) Description des prestations : nettoyage des parties communes de 26 résidences (1 180 logements)."),
          P("II.2.5) Critères d'attribution : Prix : 55 % ; Valeur technique (organisation, moyens, contrôle "
            "qualité) : 35 % ; Performance en matière d'insertion professionnelle des publics en difficulté : 10 %"),
          P("II.2.6) Valeur estimée hors TVA : 690 000 EUR"),
          P("II.2.7) Durée : 48 mois. Ce marché peut faire l'objet d'une reconduction : non"),
          P("Lot n° 2 – Résidences du secteur Sud (Sorgues-Carrière, Le Pontet-Garance)"),
          P("II.2.4) Description des prestations : nettoyage des parties communes de 17 résidences (790 logements)."),
          P("II.2.5) Critères d'attribution : Prix : 55 % ; Valeur technique : 35 % ; Performance en matière "
            "d'insertion professionnelle des publics en difficulté : 10 %"),
          P("II.2.6) Valeur estimée hors TVA : 475 000 EUR"),
          P("II.2.7) Durée : 48 mois"),
          P("Lot n° 3 – Résidences en diffus et locaux du siège"),
          P("II.2.4) Description des prestations : nettoyage de 5 petites résidences (170 logements), des agences "
            "de proximité et des locaux du siège."),
          P("II.2.5) Critères d'attribution : Prix : 50 % ; Valeur technique : 50 %"),
          P("II.2.6) Valeur estimée hors TVA : 215 000 EUR"),
          P("II.2.7) Durée : 48 mois"),
          P("II.2.14) Informations complémentaires : le lot n° 3 est réservé (voir III.1.5)."),
          H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
          P("III.1.1) Habilitation à exercer l'activité professionnelle : liste et description succincte des "
            "conditions : extrait K-bis ou équivalent ; pour le lot 3, justificatif du conventionnement par l'État "
            "au titre de l'insertion par l'activité économique."),
          P("III.1.3) Capacité technique et professionnelle : références de prestations similaires en habitat "
            "collectif au cours des trois dernières années ; effectifs moyens annuels."),
          P("III.1.5) Informations sur les marchés réservés : la participation au lot n° 3 est réservée aux "
            "structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du travail "
            "(article L 2113-13 du code de la commande publique)."),
          P("III.2.2) Conditions particulières d'exécution : pour les lots n° 1 et n° 2, le titulaire met en œuvre "
            "une action d'insertion représentant respectivement 1 750 heures et 1 250 heures de travail sur la durée "
            "du marché, au profit de personnes rencontrant des difficultés sociales et professionnelles, avec "
            "l'appui du service clauses sociales de la communauté d'agglomération. Les produits d'entretien utilisés "
            "sont conformes aux prescriptions du CCTP."),
          P("III.2.3) Informations sur les membres du personnel responsables de l'exécution du marché : obligation "
            "d'indiquer les noms et qualifications professionnelles des membres du personnel chargés de "
            "l'exécution : non"),
          H("Section IV : Procédure"),
          P("IV.1.1) Type de procédure : procédure ouverte"),
          P("IV.1.8) Le marché est couvert par l'accord sur les marchés publics (AMP) : oui"),
          P("IV.2.2) Date limite de réception des offres : 10 juin 2027 – 12:00"),
          P("IV.2.4) Langue(s) : français"),
          P("IV.2.6) Délai minimal pendant lequel le soumissionnaire est tenu de maintenir son offre : 6 mois"),
          H("Section VI : Renseignements complémentaires"),
          P("VI.3) Informations complémentaires : visite des résidences conseillée. Les salariés affectés aux "
            "résidences par l'actuel prestataire sont repris dans les conditions prévues par l'annexe 7 de la "
            "convention collective des entreprises de propreté. Les heures d'insertion ne peuvent pas être réalisées "
            "au moyen du personnel repris."),
          P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Nîmes-la-Garance."),
          P("VI.5) Date d'envoi du présent avis : 28 avril 2027")]
    lab = LAB(clause_sociale=1, clause_insertion=1, heures_insertion=3000, critere_social=1, marche_reserve=1,
              reserve_base="L2113-13", allotissement=1, nb_lots=3, montant_estime_ht=1380000,
              evidence=["Valeur totale estimée hors TVA : 1 380 000 EUR", "ce marché est divisé en lots : oui",
                        "Lot n° 3", "respectivement 1 750 heures et 1 250 heures", "[1 750 + 1 250 = 3 000]",
                        "Performance en matière d'insertion professionnelle des publics en difficulté",
                        "(article L 2113-13 du code de la commande publique)"])
    return DOC("AAPC_TGH-2027-014_nettoyage-parties-communes.txt", "AVIS", "", "", b, lab,
               tests="avis JOUE numéroté : lot 3 réservé SIAE (« L 2113-13 »), heures d'insertion par lot à sommer, "
                     "critère d'insertion sur deux lots ; sosies : reprise annexe 7, conventionnement IAE en "
                     "sélection, valeurs par lot")


# ----------------------------------------------------------------------------- 12 CCAP crèche (P : apprentissage + mixité, env)
def d12():
    c = CTX("la Ville de Collonges-sur-Vièvre", "Vièvre-la-Ville")
    b = [TITLE("Ville de Collonges-sur-Vièvre – Pôle famille et petite enfance",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Gestion et exploitation du multi-accueil « Les Petits Meuniers » (45 places)",
               "Marché public de services – procédure avec négociation (services sociaux) – n° PE-2027-01")]
    b += A("Objet du marché",
           "Le marché a pour objet la gestion et l'exploitation, pour le compte de la Ville, de l'établissement "
           "d'accueil du jeune enfant « Les Petits Meuniers », situé 6 allée du Bief, d'une capacité de 45 places "
           "pour des enfants âgés de dix semaines à quatre ans, du lundi au vendredi de 7 h 30 à 19 h 00.",
           "L'établissement reste la propriété de la Ville, qui met les locaux et les équipements à disposition du "
           "titulaire. Les places sont attribuées par la commission municipale d'attribution.")
    b += A("Allotissement",
           "Le marché n'est pas décomposé en lots : la gestion d'un établissement unique constitue une prestation "
           "indivisible.")
    b += A("Durée – montant",
           "Le marché est conclu pour cinq ans à compter du 1er janvier 2028. Il est rémunéré par un prix global "
           "annuel et forfaitaire, déduction faite des participations familiales et de la prestation de service "
           "unique versée par la caisse d'allocations familiales, perçues par le titulaire.",
           "Le montant estimatif du marché, pour toute sa durée, est de 3~150~000 € HT.")
    b += A("Projet d'établissement et accueil des enfants",
           "Le titulaire met en œuvre le projet d'établissement annexé à son offre, comprenant le projet social, le "
           "projet éducatif et le règlement de fonctionnement, conformément aux articles R. 2324-29 et suivants du "
           "code de la santé publique.",
           "Il accueille les enfants en situation de handicap ou atteints de maladie chronique, en lien avec le "
           "référent santé et accueil inclusif et, le cas échéant, dans le cadre d'un projet d'accueil individualisé. "
           "Il favorise la mixité sociale des familles accueillies, conformément aux orientations de la commission "
           "d'attribution.")
    b += A("Personnel",
           "Le titulaire affecte à l'établissement une équipe pluridisciplinaire respectant les règles "
           "d'encadrement en vigueur (un professionnel pour cinq enfants qui ne marchent pas et un pour huit enfants "
           "qui marchent, ou un pour six enfants en moyenne) et les qualifications exigées par le code de la santé "
           "publique : direction assurée par un éducateur de jeunes enfants ou une puéricultrice, auxiliaires de "
           "puériculture, titulaires du CAP Accompagnant éducatif petite enfance.",
           "Le personnel de la structure relève aujourd'hui de la convention collective de la branche ALISFA. Les "
           "conditions d'une éventuelle reprise par le titulaire relèvent des seules règles légales et "
           "conventionnelles ; la Ville n'intervient pas dans ces relations de travail.",
           "Le titulaire assure la formation continue de son équipe (analyse des pratiques, prévention des "
           "violences éducatives ordinaires, gestes de premiers secours).")
    b += A("Engagements sociaux du titulaire",
           "Le titulaire prend, pour la durée du marché, les engagements suivants, qui constituent des conditions "
           "d'exécution au sens de l'article L. 2112-2 du code de la commande publique :",
           ["apprentissage : accueillir chaque année au moins deux apprentis préparant le CAP Accompagnant éducatif "
            "petite enfance ou le diplôme d'État d'auxiliaire de puériculture, chacun suivi par un maître "
            "d'apprentissage de l'équipe disposant du temps nécessaire à cette mission ;",
            "mixité des métiers : mettre en œuvre un plan d'actions favorisant le recrutement d'hommes dans l'équipe "
            "(rédaction non genrée des offres, présence aux forums des métiers, accueil de stagiaires masculins) et "
            "en présenter les résultats chaque année ;",
            "égalité de rémunération : transmettre chaque année un état comparé de la rémunération moyenne des "
            "femmes et des hommes de l'équipe, par catégorie d'emploi."],
           "Le défaut d'accueil d'un apprenti sur une année entraîne une pénalité de 3 000 €, sauf si le titulaire "
           "démontre avoir accompli toutes les diligences nécessaires (offres publiées, contacts avec les centres de "
           "formation d'apprentis).")
    b += A("Dispositions environnementales",
           "Les produits d'entretien des locaux et du linge sont porteurs de l'Ecolabel européen ou d'un label "
           "équivalent ; les lingettes jetables sont proscrites pour le change, au profit de gants lavables. Les couches "
           "fournies sont exemptes de parfum et de lotion et issues de fibres certifiées ; le titulaire étudie dans la "
           "première année la mise en place de couches lavables dans une section.",
           "Les repas sont préparés sur place ; le titulaire trie les biodéchets et les confie à la filière de "
           "compostage communale.")
    b += A("Pénalités",
           "En cas de non-respect des taux d'encadrement constaté lors d'un contrôle, une pénalité de 500 € par jour "
           "est appliquée. La fermeture non autorisée de l'établissement donne lieu à une pénalité de 2 500 € par "
           "jour. Un retard de plus de quinze jours dans la remise du rapport annuel d'activité entraîne une pénalité "
           "de 50 € par jour.")
    b += A("Contrôle – rapport annuel",
           "Le titulaire remet avant le 31 mars de chaque année un rapport d'activité (taux d'occupation, heures "
           "facturées, profil des familles, incidents), un compte de résultat de l'établissement et le bilan des "
           "engagements sociaux et environnementaux prévus aux articles précédents.")
    b += f_paiement(c, 2)
    b += f_assurances(c, 1)
    b += f_rgpd(c, 2)
    b += f_fin(c, 0)
    b += f_resiliation(c, 1)
    b += f_litiges(c, 2)
    lab = LAB(clause_sociale=1, clause_environnementale=1, allotissement=0, montant_estime_ht=3150000,
              evidence=["Le marché n'est pas décomposé en lots",
                        "Le montant estimatif du marché, pour toute sa durée, est de 3 150 000 € HT",
                        "accueillir chaque année au moins deux apprentis",
                        "mettre en œuvre un plan d'actions favorisant le recrutement d'hommes",
                        "porteurs de l'Ecolabel européen"])
    return DOC("Collonges_CCAP_multi-accueil_PE-2027-01.pdf", "CCAP",
               "Ville de Collonges-sur-Vièvre – Multi-accueil « Les Petits Meuniers » – CCAP",
               "CCAP – Gestion du multi-accueil – PE-2027-01", b, lab, hyphen=True, cols=2,
               tests="deux colonnes : engagements d'apprentissage et de mixité (clause sociale, pas d'insertion) ; "
                     "sosies : accueil inclusif des enfants handicapés, mixité sociale des familles, taux "
                     "d'encadrement, ALISFA, formation continue ; clause environnementale (Ecolabel)")


# ----------------------------------------------------------------------------- 13 RC médiation transports (P)
def d13():
    c = CTX("le Syndicat mixte des transports urbains de l'agglomération de Sauvenay", "Sauvenay")
    prof = "https://www.marches-smtu-sauvenay.fr"
    b = [TITLE("Syndicat mixte des transports urbains (SMTU) de l'agglomération de Sauvenay",
               "RÈGLEMENT DE LA CONSULTATION",
               "Médiation sociale et accompagnement des voyageurs sur le réseau « Sauvenay Bus »",
               "Procédure adaptée – articles R. 2123-1 3° et R. 2123-4 du code de la commande publique")]
    b += A("Objet de la consultation",
           "La consultation a pour objet une prestation de médiation sociale sur le réseau urbain : présence "
           "humaine à bord des bus et aux principaux arrêts, prévention des incivilités, information et "
           "accompagnement des voyageurs, notamment des personnes âgées ou désorientées, et veille technique sur "
           "les équipements.",
           "Les médiateurs interviennent en binôme, de 7 h 00 à 21 h 00 du lundi au samedi, selon un planning "
           "établi avec l'exploitant du réseau.")
    b += A("Caractéristiques principales",
           "Le marché n'est pas alloti : la médiation doit être organisée par une seule équipe sur l'ensemble des "
           "lignes afin d'assurer la cohérence des interventions.",
           "Durée : trois ans à compter du 1er septembre 2027, sans reconduction. Le montant estimatif du marché est "
           "de 1~040~000 € HT sur trois ans.",
           "Forme : marché ordinaire à prix global et forfaitaire, complété de prix unitaires pour les renforts "
           "événementiels.")
    b += A("Conditions particulières d'exécution",
           "Le CCAP (article 9) prévoit qu'au moins 30 % des heures de médiation réalisées chaque année sont "
           "effectuées par des salariés recrutés parmi des personnes rencontrant des difficultés d'accès à l'emploi "
           "(demandeurs d'emploi de longue durée, jeunes de moins de 26 ans sans qualification, résidents des "
           "quartiers prioritaires de la politique de la ville), le cas échéant sous contrat adulte-relais.",
           "Le titulaire leur assure un parcours de professionnalisation pouvant conduire au titre professionnel "
           "de médiateur social accès aux droits et services.")
    b += A("Conditions de participation",
           "Les candidats produisent :",
           ["le formulaire DC1 et le formulaire DC2, ou le DUME ;",
            "la liste des principales prestations de médiation sociale exécutées au cours des trois dernières années ;",
            "la description des outils de suivi de l'activité et de la formation des médiateurs ;",
            "l'attestation d'assurance de responsabilité civile."],
           "La certification « AFNOR NF X60-600 » relative à la médiation sociale, ou toute preuve équivalente, est "
           "appréciée au titre des capacités professionnelles. Aucun niveau minimal de chiffre d'affaires n'est exigé.")
    b += A("Jugement des offres",
           "L'offre économiquement la plus avantageuse est appréciée selon les critères suivants :",
           ("rtable", [["Critère", "Pondération"],
                       ["Valeur technique : méthodologie d'intervention, connaissance du territoire et des publics, "
                        "articulation avec l'exploitant et la police municipale, outils de reporting", "50 %"],
                       ["Prix (prix global annuel et prix unitaires des renforts)", "35 %"],
                       ["Insertion professionnelle des médiateurs recrutés : modalités de recrutement, "
                        "accompagnement socioprofessionnel, formations qualifiantes, perspectives de sortie vers "
                        "l'emploi durable", "15 %"]],
            {"widths": [8, 2], "align": "lr"}),
           "Chaque critère est noté sur 20 puis pondéré. La valeur technique est appréciée au vu du mémoire "
           "technique, limité à vingt pages.")
    b += A("Négociation",
           "Le SMTU se réserve la possibilité de négocier avec les trois candidats ayant présenté les meilleures "
           "offres. Il peut aussi attribuer le marché sur la base des offres initiales, sans négociation.")
    b += r_validite(c, 0, 90)
    b += r_envoi(c, 0, "jeudi 10 juin 2027 à 11 h 30", prof)
    b += A("Questions des candidats",
           "Les questions sont posées via le profil d'acheteur au plus tard le 1er juin 2027. Le SMTU rappelle que "
           "le titulaire devra respecter les dispositions du code du travail relatives au travail de nuit et au "
           "repos dominical.")
    b += r_recours(c, 0)
    lab = LAB(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=0, montant_estime_ht=1040000,
              evidence=["Le marché n'est pas alloti",
                        "Le montant estimatif du marché est de 1 040 000 € HT sur trois ans",
                        "au moins 30 % des heures de médiation réalisées chaque année sont effectuées par des salariés "
                        "recrutés parmi des personnes rencontrant des difficultés",
                        "Insertion professionnelle des médiateurs recrutés"])
    return DOC("SMTU-Sauvenay_RC_mediation-sociale.pdf", "RC",
               "SMTU de l'agglomération de Sauvenay – RC – Médiation sociale",
               "Règlement de la consultation – Médiation sociale", b, lab,
               tests="RC : clause d'insertion en pourcentage d'heures annoncée et critère d'insertion pondéré dans "
                     "un vrai tableau ; sosies : accompagnement des voyageurs âgés (objet), certification NF X60-600 "
                     "en sélection, rappel du travail de nuit")


# ----------------------------------------------------------------------------- 14 CCAP linge EHPAD (P : sous-traitance SIAE/EA, OIT, env)
def d14():
    c = CTX("l'EHPAD public Les Tilleuls", "Montfaucon-sur-Ardière", sante=True)
    b = [TITLE("EHPAD public « Les Tilleuls » de Montfaucon-sur-Ardière",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Location et entretien du linge plat et entretien du linge des résidents",
               "Accord-cadre à bons de commande – MAPA n° 2027-04")]
    b += A("Objet",
           "Le présent accord-cadre porte sur la location-entretien du linge plat (draps, taies, alèses, serviettes, "
           "gants de toilette) et sur l'entretien du linge personnel des 84 résidents de l'établissement, y compris "
           "le marquage, le petit raccommodage et la livraison en armoires par résident.",
           "Le titulaire tient compte de la fragilité des résidents et de l'attachement des familles à leurs effets "
           "personnels : tout vêtement perdu ou détérioré est remplacé ou remboursé à sa valeur à neuf dans un délai "
           "d'un mois.")
    b += A("Forme – montant – durée",
           "Accord-cadre mono-attributaire à bons de commande passé en application des articles R. 2162-2 alinéa 2 "
           "et R. 2162-13 du code de la commande publique, sans minimum et avec un montant maximum de 260~000 € HT "
           "sur la durée totale de l'accord-cadre.",
           "Durée : deux ans à compter du 1er mai 2027, reconductible une fois pour deux ans.")
    b += A("Pièces contractuelles",
           ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et le protocole de circuit du linge de "
            "l'établissement ;", "le bordereau des prix unitaires ;", "le CCAG-FCS ;",
            "le mémoire technique du titulaire."])
    b += A("Exigences d'hygiène",
           "Le titulaire applique la méthode RABC (norme NF EN 14065) et assure la séparation stricte des circuits "
           "propre et sale. Le linge des résidents porteurs de bactéries multirésistantes est traité selon le "
           "protocole spécifique du CCTP. Le personnel de collecte respecte les consignes d'hygiène des mains et "
           "porte une tenue propre identifiable.")
    b += A("Clause sociale",
           "Le titulaire confie chaque année au moins 15 % du montant hors taxes des prestations exécutées, par "
           "voie de sous-traitance ou de cotraitance, à une ou plusieurs structures d'insertion par l'activité "
           "économique (article L. 5132-4 du code du travail), entreprises adaptées ou établissements et services "
           "d'aide par le travail. Il indique dans son offre la ou les structures pressenties et la nature des "
           "prestations confiées (marquage, repassage, pliage, raccommodage).",
           "Les textiles neufs fournis en location sont fabriqués dans des conditions respectant les conventions "
           "fondamentales de l'Organisation internationale du travail ; le titulaire produit, sur demande, les "
           "attestations de ses fournisseurs ou les rapports d'audit social de leurs usines.",
           "À défaut d'atteindre le taux de 15 %, le titulaire verse une pénalité égale à 10 % de la différence "
           "entre le montant qui aurait dû être confié et le montant effectivement confié.")
    b += A("Clause environnementale",
           "Les lessives et produits de traitement utilisés sont porteurs de l'Ecolabel européen ou d'un écolabel "
           "équivalent. Le titulaire communique annuellement sa consommation d'eau et d'énergie par kilogramme de "
           "linge traité et met en œuvre un plan de réduction. Les tournées de collecte sont regroupées avec celles "
           "d'autres clients du secteur ; les housses plastiques de livraison sont remplacées par des sacs "
           "réutilisables.")
    b += A("Délais et pénalités",
           "Le linge plat est livré deux fois par semaine ; le linge des résidents est restitué sous cinq jours "
           "ouvrés. Tout retard donne lieu à une pénalité de 80 € HT par jour et par livraison. Tout vêtement de "
           "résident rendu non marqué ou égaré donne lieu, outre son remplacement, à une pénalité de 20 € HT.")
    b += f_admission(c, 0)
    b += f_modifs(c, 0)
    b += f_prix(c, 1, "des prix de production des services français aux entreprises – Blanchisserie")
    b += f_avance(c, 1)
    b += f_paiement(c, 0)
    b += f_travail(c, 2)
    b += f_assurances(c, 0)
    b += f_resiliation(c, 0)
    b += f_litiges(c, 1)
    lab = LAB(clause_sociale=1, clause_insertion=1, clause_environnementale=1, montant_max_ht=260000,
              evidence=["un montant maximum de 260 000 € HT sur la durée totale de l'accord-cadre",
                        "Le titulaire confie chaque année au moins 15 % du montant hors taxes des prestations "
                        "exécutées, par voie de sous-traitance ou de cotraitance, à une ou plusieurs structures "
                        "d'insertion",
                        "porteurs de l'Ecolabel européen"])
    return DOC("EHPAD-Les-Tilleuls_CCAP_linge_MAPA-2027-04.docx", "CCAP",
               "EHPAD Les Tilleuls – CCAP – Linge – MAPA 2027-04", "CCAP linge – EHPAD Les Tilleuls", b, lab,
               tests="insertion par sous-traitance d'une part du montant (SIAE, EA, ESAT) sans heures ; conventions "
                     "OIT ; clause environnementale ; rien sur l'allotissement ; sosies : fragilité des résidents, "
                     "hygiène RABC")


# ----------------------------------------------------------------------------- 15 CCTP France Services (P)
def d15():
    b = [TITLE("Communauté de communes Cœur de Marlenne",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Accueil, information et accompagnement des usagers des espaces France Services",
               "Marché n° CCCM-2027-09 – CCTP commun aux lots 1 et 2")]
    b += A("Contexte",
           "La Communauté de communes Cœur de Marlenne (28 communes, 19 400 habitants) porte trois espaces "
           "labellisés France Services, à Marlenne-Bourg, Saint-Cyr-des-Vaux et Les Essarts-Brûlés, ainsi qu'un "
           "bus itinérant desservant les communes les plus isolées.",
           "Faute de pouvoir recruter en nombre suffisant, la Communauté confie à un prestataire l'accueil et "
           "l'accompagnement des usagers dans ces espaces, ses agents conservant la coordination du dispositif et "
           "les relations avec les opérateurs partenaires.")
    b += A("Allotissement",
           "La prestation est répartie en deux lots :",
           ["lot 1 : accueil et accompagnement dans les trois espaces fixes (105 heures d'ouverture hebdomadaires "
            "cumulées) ;",
            "lot 2 : animation du bus France Services (quatre demi-journées par semaine)."],
           "Le présent CCTP est commun aux deux lots ; les stipulations propres à un lot sont signalées.")
    b += A("Nature des prestations",
           "Le titulaire assure l'accueil physique et téléphonique des usagers, les informe sur leurs droits, les "
           "aide dans leurs démarches administratives en ligne (déclaration de revenus, demande de prestations "
           "familiales, carte grise, compte retraite) et les oriente vers les opérateurs partenaires.",
           "Une attention particulière est portée aux publics éloignés du numérique ou en difficulté avec la langue "
           "écrite : le titulaire réalise les démarches avec eux, jamais à leur place, et propose des ateliers "
           "collectifs d'inclusion numérique.")
    b += A("Profil et formation des conseillers",
           "Les conseillers France Services disposent d'un diplôme de niveau 4 au moins (baccalauréat) et d'une "
           "première expérience de l'accueil du public. Ils suivent la formation initiale obligatoire du réseau "
           "France Services dans les trois mois de leur prise de poste, puis les formations continues organisées "
           "par les partenaires.",
           "Ils font preuve de discrétion, de patience et de neutralité. Tout conseiller absent plus de deux jours "
           "consécutifs est remplacé ; les fermetures non programmées d'un espace sont interdites.")
    b += A("Locaux et accessibilité",
           "Les espaces sont mis à disposition par la Communauté, qui en assure l'accessibilité aux personnes à "
           "mobilité réduite conformément à la réglementation des établissements recevant du public. Le titulaire "
           "signale tout dysfonctionnement (porte automatique, boucle magnétique, sanitaires adaptés).")
    b += A("Engagement d'insertion professionnelle (lot 1)",
           "Pour le lot 1, le titulaire réalise au moins 1¦SB¦050 heures de travail, sur la durée du marché, par des "
           "personnes résidant dans le territoire et rencontrant des difficultés d'insertion professionnelle "
           "(demandeurs d'emploi inscrits depuis plus d'un an, allocataires du RSA, jeunes suivis par la mission "
           "locale, personnes reconnues travailleurs handicapés).",
           "Ces heures peuvent correspondre à des postes d'agents d'accueil ou d'assistants administratifs. Elles sont "
           "réalisées par embauche directe ou par l'intermédiaire d'une entreprise de travail temporaire "
           "d'insertion. Le titulaire désigne un tuteur pour chaque personne recrutée.",
           ("split", "Un tableau de suivi des heures est transmis chaque trimestre au service emploi de la "
            "Communauté, qui valide l'éligibilité des personnes", "avant leur prise de poste."))
    b += A("Horaires et continuité du service",
           "Les horaires d'ouverture sont fixés en annexe 1. Ils peuvent être modifiés, après concertation, deux "
           "fois par an au plus. Le titulaire assure la continuité pendant les congés de son personnel.")
    b += A("Outils et reporting",
           "Le titulaire utilise l'outil de suivi des demandes du réseau France Services. Il produit un rapport "
           "mensuel (nombre d'usagers, nature des demandes, orientations) et participe au comité local trimestriel.")
    b += A("Matériel",
           "La Communauté fournit les postes informatiques, l'accès à internet, le scanner et l'imprimante. Le "
           "titulaire fournit les téléphones portables de ses conseillers.")
    lab = LAB(clause_sociale=1, clause_insertion=1, heures_insertion=1050, allotissement=1, nb_lots=2,
              evidence=["La prestation est répartie en deux lots",
                        "le titulaire réalise au moins 1 050 heures de travail, sur la durée du marché",
                        "rencontrant des difficultés d'insertion professionnelle"])
    return DOC("CC-Coeur-de-Marlenne_CCTP_France-Services_CCCM-2027-09.pdf", "CCTP",
               "CC Cœur de Marlenne – CCTP – Accueil France Services – CCCM-2027-09",
               "CCTP commun aux lots 1 et 2", b, lab, hyphen=True,
               tests="clause d'insertion chiffrée dans un CCTP (lot 1 seulement) ; sosies : « publics éloignés du "
                     "numérique », inclusion numérique, accessibilité des locaux, remplacement des conseillers")


# ----------------------------------------------------------------------------- 16 CCTP aide à domicile lot 2 (N)
def d16():
    b = [TITLE("Centre communal d'action sociale de Pontcarrel-sur-Loue",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES – LOT N° 2",
               "Aide et accompagnement à domicile des personnes âgées et des personnes handicapées – secteur Est",
               "Consultation CCAS-PSL-2027-01 (cinq lots)")]
    b += A("Objet du lot",
           "Le présent CCTP définit les prestations du lot n° 2 de la consultation, qui en comporte cinq (lot 1 "
           "secteur Centre, lot 2 secteur Est, lot 3 secteur Ouest, lot 4 interventions de nuit, lot 5 "
           "garde itinérante de week-end). Il s'applique aux interventions réalisées au domicile des bénéficiaires "
           "résidant dans les quartiers de la Bretèche, des Chaumes et du Val-Fleuri.",
           "Les prestations comprennent : l'aide aux actes essentiels de la vie quotidienne (lever, coucher, toilette "
           "simple, habillage, aide à la prise des repas) ; l'aide aux activités domestiques (entretien courant du "
           "logement, linge, courses) ; l'accompagnement dans les activités sociales et les déplacements ; le "
           "soutien aux aidants.")
    b += A("Bénéficiaires",
           "Les bénéficiaires sont des personnes âgées de plus de 60 ans relevant de l'allocation personnalisée "
           "d'autonomie (GIR 1 à 4) ou de l'aide sociale légale, des personnes en situation de handicap bénéficiaires "
           "de la prestation de compensation du handicap, et, ponctuellement, des personnes en sortie "
           "d'hospitalisation orientées par le CCAS.",
           "Le volume prévisionnel du lot est de 21 000 heures d'intervention par an, dont environ 30 % le week-end "
           "et les jours fériés. Ce volume est indicatif.")
    b += A("Évaluation et plan d'aide",
           "Avant toute première intervention, le responsable de secteur du titulaire se rend au domicile de la "
           "personne, en présence d'un proche si elle le souhaite, pour évaluer ses besoins, son environnement "
           "familial et son cadre de vie. Il établit avec elle le document individuel de prise en charge, "
           "réactualisé au moins une fois par an et à chaque évolution de la situation.")
    b += A("Qualification des intervenants",
           "Les interventions auprès des personnes en GIR 1 et 2 et des bénéficiaires de la PCH sont assurées par "
           "des intervenants titulaires du diplôme d'État d'accompagnant éducatif et social (DEAES), du titre "
           "professionnel d'assistant de vie aux familles ou d'un diplôme équivalent. Les autres interventions "
           "peuvent être assurées par des agents à domicile justifiant d'une expérience d'au moins six mois.",
           "Le titulaire assure à chaque intervenant, dès son recrutement, une formation d'intégration de deux jours "
           "(bientraitance, gestes et postures, hygiène, repérage de la perte d'autonomie, conduite à tenir en cas de "
           "chute) et au moins 14 heures de formation continue par an. Les attestations sont tenues à la disposition "
           "du CCAS.")
    b += A("Comportement et déontologie",
           "Les intervenants respectent l'intimité, les choix de vie, les convictions et les habitudes des "
           "personnes. Ils ne reçoivent ni rémunération, ni don, ni procuration, et n'utilisent pas le téléphone ou "
           "le véhicule du bénéficiaire à des fins personnelles.",
           "Tout fait de maltraitance, même supposé, est signalé sans délai au CCAS et, le cas échéant, aux "
           "autorités compétentes.")
    b += A("Continuité et remplacement",
           "Le titulaire garantit la continuité des interventions 365 jours par an, de 7 h 00 à 21 h 00. Il limite le "
           "nombre d'intervenants différents auprès d'une même personne (quatre au plus par mois, hors "
           "remplacements de congés).",
           "L'absence d'un intervenant est compensée par un remplacement le jour même pour les aides aux actes "
           "essentiels, et dans les 48 heures pour les autres prestations ; le bénéficiaire est prévenu avant "
           "l'heure prévue de l'intervention.")
    b += A("Télégestion et cahier de liaison",
           "Les heures d'arrivée et de départ sont enregistrées par un système de télégestion mobile compatible avec "
           "l'outil du Département. Un cahier de liaison est tenu au domicile ; il est accessible aux autres "
           "professionnels intervenant auprès de la personne.")
    b += A("Manquements et réfactions",
           "Chaque intervention d'aide aux actes essentiels non réalisée et non remplacée entraîne une réfaction de "
           "50 € sur la facture mensuelle ; chaque intervention non signalée en télégestion n'est pas payée.",
           "Au-delà de trois interventions non réalisées dans le mois pour un même bénéficiaire, le CCAS peut "
           "confier les interventions à un autre prestataire aux frais du titulaire.")
    b += A("Coordination",
           "Le titulaire participe aux réunions de coordination organisées par le CCAS et le dispositif d'appui à "
           "la coordination. Il transmet chaque mois la liste des bénéficiaires dont la situation s'est dégradée.")
    lab = LAB(allotissement=1, nb_lots=5,
              evidence=["lot n° 2 de la consultation, qui en comporte cinq"])
    return DOC("CCAS-Pontcarrel_CCTP_lot2_aide-a-domicile.pdf", "CCTP",
               "CCAS de Pontcarrel-sur-Loue – CCTP lot 2 – Aide à domicile", "CCTP – Lot 2 – secteur Est", b, lab,
               hyphen=True, cols=2,
               tests="négatif difficile en deux colonnes : bénéficiaires âgés et handicapés (objet), qualification "
                     "DEAES, formation des intervenants, déontologie, remplacement et réfactions ; « environnement "
                     "familial » (sosie environnemental) ; lot 2 sur 5")


# ----------------------------------------------------------------------------- 17 CCAP nettoyage EPSM (N social, env 1)
def d17():
    c = CTX("l'Établissement public de santé mentale Les Sablons", "Quimperlé-les-Sablons", sante=True)
    b = [TITLE("Établissement public de santé mentale (EPSM) Les Sablons",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Nettoyage des locaux administratifs, des unités d'hospitalisation et des centres médico-psychologiques",
               "Accord-cadre à bons de commande n° EPSM-2027-NET")]
    b += A("Objet",
           "Le présent accord-cadre a pour objet le nettoyage courant et périodique des locaux de l'EPSM : unités "
           "d'hospitalisation complète, hôpital de jour, centres médico-psychologiques et bâtiments administratifs, "
           "soit environ 14 600 m² répartis sur six sites.")
    b += A("Forme – allotissement – montant",
           "Le marché n'est pas alloti. Les sites sont proches et les prestations homogènes ; un allotissement "
           "renchérirait le coût de l'encadrement et compliquerait la coordination avec les équipes soignantes.",
           "Il s'agit d'un accord-cadre à bons de commande, avec un montant minimum de 100^000 € HT et un montant "
           "maximum de 640~000 € HT sur sa durée totale (quarante-huit mois).")
    b += A("Durée",
           "L'accord-cadre est conclu pour une durée de douze mois à compter du 1er octobre 2027, reconductible trois "
           "fois tacitement.")
    b += A("Reprise du personnel",
           "En application de l'annexe 7 de la convention collective nationale des entreprises de propreté et "
           "services associés (IDCC 3043), le titulaire reprend le personnel du prestataire sortant affecté au "
           "marché depuis au moins six mois, dans les conditions fixées par cet accord. La liste communiquée par le "
           "prestataire sortant (neuf salariés, 7,4 équivalents temps plein) figure en annexe 1.",
           "L'EPSM n'est pas partie aux contrats de travail et ne saurait être tenu pour responsable des "
           "informations transmises.")
    b += A("Personnel du titulaire",
           "Les agents affectés au marché maîtrisent la langue française, parlée et lue, afin de comprendre les "
           "consignes de sécurité et d'hygiène affichées dans les unités. Ils sont formés au bio-nettoyage en "
           "établissement de santé et sensibilisés aux spécificités de la psychiatrie (portes fermées, objets "
           "dangereux, attitude vis-à-vis des patients).",
           "Le titulaire désigne un chef d'équipe présent sur site de 6 h 00 à 13 h 00 et joignable en dehors de ces "
           "horaires. L'égalité de traitement entre les femmes et les hommes est assurée conformément aux articles "
           "L. 1142-1 et suivants du code du travail.")
    b += A("Obligations environnementales",
           "Les produits d'entretien utilisés sont, pour au moins 80 % des quantités achetées, porteurs de l'Ecolabel "
           "européen ou d'un label équivalent ; les produits désinfectants non labellisables sont utilisés au moyen de "
           "centrales de dilution. Le titulaire emploie des méthodes de pré-imprégnation des franges et de "
           "microfibres afin de réduire les consommations d'eau et de produits.",
           "Les déchets produits par l'activité (emballages, franges usagées) sont triés et évacués dans les filières "
           "de l'établissement. Le titulaire rend compte chaque année des quantités de produits consommées.")
    b += A("Contrôle de la qualité",
           "La qualité est contrôlée contradictoirement chaque mois selon la méthode décrite au CCTP (grille de "
           "contrôle par zone de risque infectieux). Un taux de conformité inférieur à 85 % entraîne une réfaction de "
           "5 % sur la facture mensuelle du site concerné.")
    b += A("Pénalités",
           ("table", [["Manquement", "Pénalité"],
                      ["Agent absent non remplacé dans les deux heures (par agent et par demi-journée)", "120 € HT"],
                      ["Prestation journalière non exécutée dans une unité de soins", "250 € HT"],
                      ["Non-respect du protocole en chambre d'isolement", "300 € HT"],
                      ["Absence du chef d'équipe pendant sa plage de présence", "80 € HT par heure"],
                      ["Non-transmission du planning nominatif mensuel", "50 € HT par jour de retard"]],
            {"widths": [7.5, 2.5], "align": "lr"}),
           "Les pénalités sont cumulables et ne sont pas plafonnées.")
    b += f_reunions(c, 0)
    b += f_modifs(c, 0)
    b += f_prix(c, 0, "ICHTrev-TS des activités de nettoyage")
    b += f_avance(c, 1)
    b += f_paiement(c, 0)
    b += f_travail(c, 0)
    b += f_assurances(c, 2)
    b += f_fin(c, 1)
    b += f_resiliation(c, 0)
    b += f_litiges(c, 0)
    lab = LAB(clause_environnementale=1, allotissement=0, montant_max_ht=640000,
              evidence=["Le marché n'est pas alloti",
                        "un montant maximum de 640 000 € HT sur sa durée totale",
                        "porteurs de l'Ecolabel européen ou d'un label équivalent"])
    return DOC("EPSM-Les-Sablons_CCAP_nettoyage_EPSM-2027-NET.pdf", "CCAP",
               "EPSM Les Sablons – CCAP – Nettoyage des locaux", "CCAP nettoyage EPSM-2027-NET", b, lab,
               tests="négatif social difficile : reprise du personnel (annexe 7), maîtrise du français, égalité "
                     "femmes-hommes « conformément au code du travail », L5212 et D. 8222-5, pénalités d'agent absent ; "
                     "clause environnementale vraie ; minimum 100 000 (piège)")


# ----------------------------------------------------------------------------- 18 RC gardiennage foyer (N)
def d18():
    c = CTX("le Foyer départemental de l'enfance de Rochefrêne", "Rochefrêne")
    prof = "https://www.achats-cd-rochefrene.fr"
    b = [TITLE("Établissement public départemental « Foyer de l'enfance de Rochefrêne »",
               "RÈGLEMENT DE LA CONSULTATION",
               "Gardiennage de nuit et surveillance des sites d'hébergement des mineurs confiés",
               "MAPA n° FDE-2027-03")]
    b += A("Objet",
           "La consultation porte sur une prestation de gardiennage de nuit (de 20 h 00 à 7 h 00) et de levée de "
           "doute sur alarme des trois sites d'hébergement du Foyer de l'enfance, qui accueille en urgence des "
           "mineurs confiés au service de l'aide sociale à l'enfance.")
    b += A("Décomposition",
           "Il n'est pas prévu de décomposition en lots : les trois sites sont situés dans un rayon de deux "
           "kilomètres et la levée de doute nécessite un dispositif unique.")
    b += A("Durée",
           "Le marché est conclu pour un an, reconductible trois fois. Il débute le 1er janvier 2028.")
    b += A("Conditions de participation",
           "Le candidat justifie :",
           ["de l'autorisation d'exercer délivrée par le CNAPS (article L. 612-9 du code de la sécurité intérieure) ;",
            "d'au moins trois références de surveillance de sites d'hébergement sanitaires, sociaux ou "
            "médico-sociaux au cours des trois dernières années ;",
            "d'une assurance de responsabilité civile professionnelle d'un montant minimum de 3 000 000 € par "
            "sinistre ;",
            "de la déclaration relative à l'obligation d'emploi des travailleurs handicapés."],
           "Les candidats qui ne remplissent pas ces conditions sont éliminés.")
    b += A("Contenu de l'offre",
           ["l'acte d'engagement et le bordereau des prix ;",
            "un mémoire technique répondant aux sous-critères de l'article 6 ;",
            "le questionnaire « responsabilité sociétale » (annexe 3), le cas échéant."])
    b += A("Critères d'attribution",
           ("table", [["Critère", "Pondération"],
                      ["Prix", "55 %"],
                      ["Valeur technique", "45 %"],
                      ["dont : moyens humains (qualification des agents, formation à la gestion des conflits et à "
                       "la présence auprès de mineurs, stabilité des agents affectés)", "20 %"],
                      ["dont : encadrement, contrôle des rondes, procédures de levée de doute", "15 %"],
                      ["dont : délais d'intervention et continuité en cas d'absence", "10 %"]],
            {"widths": [8, 2], "align": "lr"}),
           "Aucun autre élément n'est pris en compte.")
    b += A("Questionnaire « responsabilité sociétale » (non noté)",
           "Le candidat qui le souhaite peut compléter l'annexe 3, qui l'interroge sur ses actions en faveur de "
           "l'insertion professionnelle, de l'emploi des personnes handicapées et de l'égalité professionnelle. "
           "Ces informations servent à la connaissance des pratiques des entreprises du secteur ; elles ne sont "
           "pas prises en compte dans l'analyse des offres et n'engagent pas le candidat.")
    b += A("Exigences relatives au personnel (rappel du CCTP)",
           "Les agents sont titulaires de la carte professionnelle, n'ont fait l'objet d'aucune condamnation "
           "incompatible avec le contact avec des mineurs (vérification du fichier judiciaire des auteurs "
           "d'infractions sexuelles par l'établissement) et ont suivi une sensibilisation de quatre heures à la "
           "protection de l'enfance. Aucun agent ne peut être seul au contact d'un mineur.")
    b += r_retrait(c, 0, prof)
    b += r_envoi(c, 1, "mardi 12 octobre 2027 à 12 h 00", prof)
    b += r_validite(c, 0, 90)
    b += r_recours(c, 0)
    lab = LAB(allotissement=0,
              evidence=["Il n'est pas prévu de décomposition en lots"])
    return DOC("FDE-Rochefrene_RC_gardiennage_FDE-2027-03.docx", "RC",
               "Foyer de l'enfance de Rochefrêne – RC gardiennage – FDE-2027-03", "RC MAPA FDE-2027-03", b, lab,
               tests="négatif difficile : questionnaire RSE explicitement non noté (insertion, handicap, égalité), "
                     "moyens humains noté (stabilité, formation), sélection CNAPS et déclaration travailleurs "
                     "handicapés ; assurance 3 000 000 € (piège)")


# ----------------------------------------------------------------------------- 19 AVIS accompagnement vers l'emploi (N)
def d19():
    b = [TITLE("Avis d'appel public à la concurrence",
               "Département de la Haute-Lézarde",
               "Accompagnement renforcé vers l'emploi des bénéficiaires du RSA")]
    b += [P("Identification de l'organisme qui passe le marché : Département de la Haute-Lézarde, Direction de "
            "l'insertion et du retour à l'emploi, 1 rue de la Préfecture, 52 480 Lézignac-sur-Lézarde. "
            "SIRET 225 200 014 00012."),
          P("Profil d'acheteur : https://marchespublics.haute-lezarde.fr"),
          P("Objet du marché : accompagnement renforcé vers l'emploi des bénéficiaires du revenu de solidarité "
            "active (RSA) orientés par le Département : diagnostic socioprofessionnel, levée des freins "
            "périphériques (mobilité, garde d'enfants, santé), mise en relation avec les employeurs, suivi dans "
            "l'emploi pendant six mois."),
          P("Type de marché : services – CPV 85312320 (services de conseil) ; 79611000 (services de recherche "
            "d'emploi)."),
          P("Procedure : procedure adaptee (services sociaux et autres services spécifiques, article R. 2123-1 3° "
            "du code de la commande publique)."),
          P("Caractéristiques : accord-cadre à bons de commande pour chacun des lots, conclu pour deux ans "
            "reconductible une fois. Objectif indicatif : 1 200 parcours par an, dont 40 % de sorties vers l'emploi "
            "ou la formation qualifiante."),
          P("Valeur estimée hors TVA de l'ensemble des lots, reconduction comprise : 1 950 000 euros."),
          P("Allotissement : oui – 3 lots"),
          P("Lot 1 : Arrondissement de Lézignac – 500 parcours par an"),
          P("Lot 2 : Arrondissement de Chaumont-la-Forge – 450 parcours par an"),
          P("Lot 3 : Publics de moins de 30 ans, tout le département – 250 parcours par an"),
          P("Conditions de participation : capacité professionnelle – références d'accompagnement de publics en "
            "insertion ; présentation des qualifications des conseillers en insertion professionnelle proposés "
            "(titre de CIP ou diplôme de travail social) ; implantation ou engagement d'implantation d'un lieu "
            "d'accueil dans le territoire du lot."),
          P("Marché réservé : non."),
          P("Conditions particulières d'exécution : sans objet. Le titulaire respecte les règles du code du travail "
            "et du règlement général sur la protection des données pour l'ensemble des données relatives aux "
            "personnes accompagnées."),
          P("Criteres d'attribution (pour chaque lot) :"),
          P("1. Méthodologie d'accompagnement et outils (diagnostic, plan d'action individualisé, relation avec "
            "les entreprises) : 40 %"),
          P("2. Moyens humains (nombre de conseillers, qualification, portefeuille par conseiller) et "
            "implantation : 30 %"),
          P("3. Prix (prix par parcours) : 30 %"),
          P("Date limite de réception des offres : 7 juin 2027 à 12 heures."),
          P("Renseignements complémentaires : le marché succède à un marché attribué en 2024. Les candidats "
            "peuvent présenter une offre pour un ou plusieurs lots ; un même candidat peut être attributaire des "
            "trois lots."),
          P("Instance chargée des procédures de recours : tribunal administratif de Lézignac."),
          P("Date d'envoi du présent avis à la publication : 3 mai 2027.")]
    lab = LAB(allotissement=1, nb_lots=3, montant_estime_ht=1950000,
              evidence=["Allotissement : oui – 3 lots",
                        "Valeur estimée hors TVA de l'ensemble des lots, reconduction comprise : 1 950 000 euros"])
    return DOC("AAPC_CD-Haute-Lezarde_accompagnement-emploi-RSA.txt", "AVIS", "", "", b, lab,
               tests="négatif difficile : l'OBJET est l'accompagnement vers l'emploi (ni clause ni critère "
                     "d'insertion au sens de LABELS.md) ; « Marché réservé : non » ; critères méthodologie / moyens "
                     "humains ; objectif de 40 % de sorties")


# ----------------------------------------------------------------------------- 20 CCTP TPMR élèves (N social, env 1)
def d20():
    b = [TITLE("Syndicat mixte des mobilités du Pays d'Escaume",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Transport adapté des élèves et étudiants en situation de handicap",
               "Marché SMPE-2027-TA")]
    b += A("Objet",
           "Le présent CCTP définit les conditions techniques du transport quotidien, entre leur domicile et leur "
           "établissement scolaire ou universitaire, des élèves et étudiants en situation de handicap ne pouvant "
           "utiliser les transports en commun, dont la prise en charge a été décidée en application des articles "
           "R. 3111-24 et suivants du code des transports.",
           "Environ 160 élèves sont concernés, dont 38 se déplacent en fauteuil roulant. Les circuits sont définis "
           "en annexe et actualisés à chaque rentrée scolaire.")
    b += A("Véhicules – caractéristiques techniques",
           "Les véhicules affectés au transport des personnes en fauteuil roulant sont des véhicules de catégorie "
           "M1 ou M2 aménagés « TPMR », équipés d'une rampe ou d'un élévateur, de systèmes d'ancrage du fauteuil et "
           "de ceintures de retenue conformes à la norme ISO 10542. Les autres véhicules disposent de rehausseurs ou "
           "de sièges adaptés à l'âge et à la morphologie des enfants transportés.",
           "Les véhicules sont climatisés, entretenus conformément aux préconisations du constructeur et soumis au "
           "contrôle technique réglementaire.")
    b += A("Performance environnementale du parc",
           "Les véhicules affectés au marché respectent au minimum la norme Euro 6 et disposent d'un certificat "
           "qualité de l'air Crit'Air 1, ou sont électriques (Crit'Air 0). À compter de la rentrée 2029, au moins "
           "un tiers des véhicules affectés est électrique ou fonctionne au bioGNV.",
           "Les conducteurs suivent une formation à l'éco-conduite dans la première année du marché ; le moteur est "
           "coupé pendant les temps d'attente devant les établissements.")
    b += A("Personnel de conduite et d'accompagnement",
           "Les conducteurs sont titulaires du permis de conduire depuis plus de trois ans, de l'attestation "
           "préfectorale d'aptitude à la conduite et, le cas échéant, de la carte de conducteur de VTC ou de taxi. "
           "Ils ont suivi une formation à l'accueil et au transport de personnes en situation de handicap "
           "(manipulation des fauteuils, comportements face aux troubles du spectre autistique, premiers secours "
           "PSC1).",
           "Lorsque la notification de prise en charge le prévoit, un accompagnateur est présent à bord en plus du "
           "conducteur. Le titulaire affecte autant que possible les mêmes conducteurs et accompagnateurs aux mêmes "
           "circuits, afin de sécuriser les enfants.")
    b += A("Horaires et ponctualité",
           "Les élèves arrivent à leur établissement au plus tôt 15 minutes et au plus tard 5 minutes avant le début "
           "des cours. La durée de trajet d'un élève ne peut dépasser 45 minutes, sauf dérogation motivée.")
    b += A("Relations avec les familles et les établissements",
           "Le titulaire communique aux familles, avant chaque rentrée, le nom des conducteurs et les horaires de "
           "passage. Il informe immédiatement la famille et l'établissement de tout retard supérieur à dix minutes.",
           "Un enfant n'est jamais laissé seul à l'arrivée : il est remis à un adulte de l'établissement ou de la "
           "famille, désigné par écrit.")
    b += A("Manquements",
           "Sont notamment constitutifs de manquements donnant lieu aux pénalités prévues au CCAP : l'absence "
           "d'accompagnateur lorsqu'il est prescrit ; l'utilisation d'un véhicule non conforme au présent CCTP ; "
           "le retard de plus de quinze minutes ; le changement de conducteur non signalé à la famille.")
    b += A("Suivi du marché",
           "Le titulaire transmet un rapport mensuel (courses réalisées, retards, incidents, kilomètres parcourus) "
           "et participe à une réunion de bilan à la fin de chaque trimestre scolaire.")
    lab = LAB(clause_environnementale=1,
              evidence=["respectent au minimum la norme Euro 6 et disposent d'un certificat qualité de l'air "
                        "Crit'Air 1, ou sont électriques"])
    return DOC("SMPE_CCTP_transport-adapte-eleves.pdf", "CCTP",
               "Syndicat mixte des mobilités du Pays d'Escaume – CCTP transport adapté",
               "CCTP SMPE-2027-TA", b, lab, hyphen=True,
               tests="négatif social : élèves handicapés (objet), accessibilité des véhicules (exigence technique), "
                     "formation des conducteurs, accompagnateur ; clause environnementale vraie (Crit'Air, "
                     "éco-conduite) ; rien sur l'allotissement")


# ----------------------------------------------------------------------------- 21 eForms services funéraires (N social, critère env)
def d21():
    orgs = [ef_org("ORG-0001", "Ville de Vauclerc-sur-Lesse", "21550318400010", "Hôtel de ville, 2 rue Carnot",
                   "Vauclerc-sur-Lesse", "55 140", "FRF33", "marches@vauclerc-sur-lesse.fr", "+33 3 29 00 45 10"),
            ef_org("ORG-0002", "Tribunal administratif de Lesse-Montigny", "17550002100019", "7 cours de l'Ornain",
                   "Lesse-Montigny", "55 000", "FRF33", "greffe.ta-lesse@juradm.fr", "+33 3 29 00 00 00")]
    lots = [ef_lot("LOT-0001", "Obsèques des personnes dépourvues de ressources suffisantes",
                   "Organisation des obsèques des personnes dépourvues de ressources suffisantes décédées sur le "
                   "territoire communal, en application de l'article L. 2223-27 du code général des collectivités "
                   "territoriales : fourniture du cercueil, mise en bière, transport, inhumation en terrain commun ou "
                   "crémation selon les volontés connues, présence d'un maître de cérémonie. Environ 18 convois par an.",
                   "98371110", "120000", 48, ("none", ""),
                   [("price", "Prix", "Prix global par convoi selon le bordereau (inhumation / crémation)", "60"),
                    ("quality", "Qualité et dignité des prestations", "Délais d'intervention, accueil des proches, "
                     "qualification du personnel funéraire (diplôme national de conseiller funéraire), "
                     "recueil des volontés", "25"),
                    ("quality", "Performance environnementale", "Cercueils en bois issu de forêts gérées "
                     "durablement, capitons sans PVC, soins de conservation sans formaldéhyde, véhicules à faibles "
                     "émissions", "15")],
                   strategic="env-imp",
                   extra_info="Le titulaire dispose de l'habilitation préfectorale prévue à l'article L. 2223-23 du "
                              "CGCT. Marché réservé : non.")]
    xml = ef_notice("9e31a7c2-0d4b-4f6e-b1a8-5c27d90e6f33", "f18b2d60-7a3c-4c19-9e05-b43a6d1c2e88", "2027-05-18",
                    orgs, "Services funéraires – obsèques des personnes dépourvues de ressources",
                    "Accord-cadre mono-attributaire à bons de commande d'une durée de quatre ans. Le marché n'est "
                    "pas alloti : les prestations funéraires d'un même convoi ne peuvent être dissociées. Montant "
                    "maximum de l'accord-cadre : 160 000 € HT sur quatre ans.",
                    "98371110", "120000", lots,
                    "Le personnel du titulaire fait preuve de tact et de discrétion à l'égard des proches des défunts. "
                    "Le titulaire respecte les obligations du code du travail et les règles d'hygiène et de sécurité "
                    "applicables aux opérations funéraires.",
                    "Procédure adaptée ouverte.", "https://www.vauclerc-sur-lesse.fr/marches")
    lab = LAB(critere_environnemental=1, allotissement=0, montant_estime_ht=120000, montant_max_ht=160000,
              evidence=["Le marché n'est pas alloti",
                        "Montant maximum de l'accord-cadre : 160 000 € HT sur quatre ans.", "120000",
                        "Performance environnementale"])
    return XDOC("eforms_cn_Vauclerc_services-funeraires.xml", xml, lab,
                tests="eForms négatif social : objet social (personnes démunies), tact envers les proches, rappels "
                      "du code du travail, « Marché réservé : non » dans une note, reserved-procurement « none » ; "
                      "critère environnemental ; estimation et maximum distincts")


# ----------------------------------------------------------------------------- 22 CCAP formation des agents CH (N)
def d22():
    c = CTX("le Centre hospitalier de Lusignac", "Lusignac", sante=True)
    b = [TITLE("Centre hospitalier de Lusignac – Direction des ressources humaines et des affaires médicales",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Formation continue des personnels hospitaliers – accord-cadre multi-lots",
               "Consultation n° CHL-DRH-2027-05")]
    b += A("Objet et lots",
           "Le présent accord-cadre porte sur des actions de formation continue destinées aux agents du Centre "
           "hospitalier, en application de son plan de développement des compétences. Il est décomposé en quatre "
           "lots :",
           ("table", [["Lot", "Intitulé", "Montant maximum annuel HT"],
                      ["1", "Langue des signes française – niveaux A1 et A2", "18 000 €"],
                      ["2", "Prévention des troubles musculo-squelettiques – manutention des patients", "26 000 €"],
                      ["3", "Prévention et gestion des situations de violence et d'agressivité", "22 000 €"],
                      ["4", "Bureautique et outils numériques du dossier patient", "12 000 €"]],
            {"widths": [0.8, 6, 2.6], "align": "llr"}),
           "Le montant maximum de l'ensemble des lots s'élève ainsi à 78 000 € HT par an, soit un montant maximum "
           "total de 312~000 € HT pour la durée maximale de l'accord-cadre.")
    b += A("Durée",
           "Chaque accord-cadre est conclu pour un an à compter du 1er janvier 2028, reconductible trois fois.")
    b += A("Organismes admis à exécuter les prestations",
           "Les prestations sont exclusivement réservées aux organismes de formation déclarés auprès du préfet de "
           "région et certifiés Qualiopi au titre des actions de formation. Le titulaire qui perdrait sa "
           "certification en informe sans délai le Centre hospitalier ; l'accord-cadre peut alors être résilié.")
    b += A("Déroulement des sessions",
           "Les sessions se déroulent dans les locaux du Centre hospitalier ou, pour le lot 4, en classe virtuelle. "
           "Elles réunissent de 6 à 12 stagiaires. Le titulaire fournit les supports pédagogiques et une "
           "attestation de fin de formation à chaque stagiaire.",
           "Pour le lot 1, le formateur est lui-même sourd ou locuteur natif de la LSF et titulaire d'une "
           "qualification d'enseignement de la LSF. Pour le lot 2, le formateur est titulaire du certificat "
           "d'acteur PRAP 2S ou d'un titre équivalent.",
           "Lorsque la session a lieu hors du Centre hospitalier, les locaux retenus respectent les règles "
           "d'accessibilité applicables aux établissements recevant du public.")
    b += A("Environnement numérique de formation",
           "Pour le lot 4, le titulaire met à disposition un environnement numérique de formation reproduisant les "
           "écrans du dossier patient informatisé, sans données réelles. Les accès sont désactivés à l'issue de la "
           "session.")
    b += A("Évaluation",
           "Chaque session fait l'objet d'une évaluation à chaud par les stagiaires et d'une évaluation à froid à "
           "trois mois, transmises au service formation. Deux évaluations consécutives insatisfaisantes peuvent "
           "justifier la résiliation de l'accord-cadre pour le lot concerné.")
    b += A("Annulation – report",
           "Le Centre hospitalier peut annuler ou reporter une session sans frais jusqu'à quinze jours avant sa date. "
           "Entre quinze et cinq jours, 30 % du prix de la session est dû. L'absence du formateur sans remplacement "
           "donne lieu à une pénalité de 400 € par journée annulée.")
    b += f_reunions(c, 1)
    b += f_prix(c, 2, "des prix à la consommation – Enseignement")
    b += f_paiement(c, 0)
    b += f_travail(c, 1)
    b += f_rgpd(c, 1)
    b += f_resiliation(c, 1)
    b += f_litiges(c, 0)
    lab = LAB(allotissement=1, nb_lots=4, montant_max_ht=312000,
              evidence=["Il est décomposé en quatre lots",
                        "soit un montant maximum total de 312 000 € HT pour la durée maximale de l'accord-cadre"])
    return DOC("CH-Lusignac_CCAP_formation-continue_CHL-DRH-2027-05.docx", "CCAP",
               "Centre hospitalier de Lusignac – CCAP – Formation continue – CHL-DRH-2027-05",
               "CCAP formation continue des personnels", b, lab,
               tests="négatif difficile : « exclusivement réservées aux organismes certifiés Qualiopi » (pas un marché "
                     "réservé), LSF et formateur sourd (objet), accessibilité ERP, « environnement numérique » ; "
                     "maximum annuel par lot et total écrit")


# ----------------------------------------------------------------------------- 23 RC berceaux (N)
def d23():
    c = CTX("le Centre hospitalier régional de Saint-Ferréol", "Saint-Ferréol", sante=True)
    prof = "https://achats.chr-saint-ferreol.fr"
    b = [TITLE("Centre hospitalier régional de Saint-Ferréol – Direction des ressources humaines",
               "RÈGLEMENT DE LA CONSULTATION",
               "Réservation de places d'accueil du jeune enfant pour les enfants des personnels",
               "Procédure adaptée – services sociaux – n° CHRSF-2027-061")]
    b += A("Contexte et objet",
           "Dans le cadre de sa politique de qualité de vie au travail et pour faciliter le recrutement et la "
           "fidélisation de ses soignants, le Centre hospitalier régional souhaite réserver des places (berceaux) "
           "dans un ou plusieurs établissements d'accueil du jeune enfant situés à moins de quinze minutes de "
           "l'hôpital, pour les enfants de ses agents âgés de dix semaines à trois ans.",
           "Le besoin porte sur douze berceaux à temps plein, dont au moins quatre ouverts en horaires atypiques "
           "(6 h 00 – 22 h 00, week-ends et jours fériés). Les familles sont désignées par une commission interne.")
    b += A("Forme du marché",
           "La consultation ne fait pas l'objet d'un allotissement : les berceaux peuvent être proposés par un même "
           "gestionnaire dans plusieurs établissements. Le marché est conclu pour trois ans.",
           "Le montant estimé du marché sur sa durée totale (trois ans) est de 414~000 € HT ; il est donné à titre "
           "indicatif.")
    b += A("Conditions de participation",
           "Les candidats justifient de l'autorisation d'ouverture délivrée par le président du conseil "
           "départemental après avis du service de protection maternelle et infantile, de l'attestation "
           "d'assurance et de la qualification du personnel de direction.")
    b += A("Critères d'attribution",
           ("table", [["Critère", "Pondération"],
                      ["Prix par berceau et par an, déduction faite des aides de la CAF", "40 %"],
                      ["Qualité du projet d'accueil (projet éducatif, alimentation, accueil des enfants en situation "
                       "de handicap, relation avec les familles)", "30 %"],
                      ["Amplitude horaire et adaptation aux contraintes du travail posté hospitalier", "20 %"],
                      ["Temps d'accès depuis l'hôpital", "10 %"]],
            {"widths": [8, 2], "align": "lr"}))
    b += A("Engagements attendus du gestionnaire",
           "Le titulaire accueille les enfants désignés dans un délai d'un mois. Il accepte les contrats d'accueil "
           "à temps partiel et les plannings variables transmis chaque mois par les familles. Il informe le Centre "
           "hospitalier de toute place non occupée.",
           "Le personnel de l'établissement est qualifié conformément au code de la santé publique ; le "
           "gestionnaire applique le règlement de fonctionnement validé par la PMI.")
    b += r_retrait(c, 1, prof)
    b += r_candidature(c, 0)
    b += r_envoi(c, 0, "lundi 6 septembre 2027 à 12 h 00", prof)
    b += r_validite(c, 0, 120)
    b += A("Négociation",
           "Le Centre hospitalier se réserve la possibilité de négocier avec tous les candidats ayant remis une "
           "offre recevable.")
    b += r_recours(c, 0)
    lab = LAB(allotissement=0, montant_estime_ht=414000,
              evidence=["La consultation ne fait pas l'objet d'un allotissement",
                        "Le montant estimé du marché sur sa durée totale (trois ans) est de 414 000 € HT"])
    return DOC("CHR-Saint-Ferreol_RC_berceaux_CHRSF-2027-061.pdf", "RC",
               "CHR de Saint-Ferréol – RC – Réservation de berceaux", "RC CHRSF-2027-061", b, lab,
               tests="négatif difficile : objet tourné vers le personnel de l'acheteur (qualité de vie au travail), "
                     "« réserver des places » (pas un marché réservé), accueil d'enfants handicapés dans un critère "
                     "de qualité")


# ----------------------------------------------------------------------------- 24 CCAP santé au travail (N)
def d24():
    c = CTX("la Communauté de communes des Monts d'Orlanne", "Orlanne-le-Château")
    b = [TITLE("Communauté de communes des Monts d'Orlanne",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Service de médecine préventive et de santé au travail des agents",
               "Accord-cadre à bons de commande – CCMO-RH-2027-02")]
    b += A("Objet",
           "L'accord-cadre a pour objet d'assurer, pour les 420 agents de la Communauté de communes et de son "
           "centre intercommunal d'action sociale, les missions du service de médecine préventive prévues par le "
           "décret n° 85-603 du 10 juin 1985 : visites d'information et de prévention, surveillance médicale "
           "particulière, tiers temps en milieu professionnel, participation à la formation spécialisée en matière "
           "de santé, de sécurité et de conditions de travail.")
    b += A("Forme et montant",
           "L'accord-cadre n'est pas alloti. Il est exécuté par bons de commande, sans minimum et avec un montant "
           "maximum de 210~000 € HT pour la durée totale de quatre ans.",
           "Un forfait annuel par agent couvre les visites et le tiers temps ; les examens complémentaires, "
           "vaccinations et études de poste font l'objet de prix unitaires.")
    b += A("Durée",
           "Le marché débute le 1er janvier 2028 pour une durée d'un an, reconductible trois fois.")
    b += A("Maintien dans l'emploi des agents",
           "Le médecin du travail propose les aménagements de poste nécessaires aux agents dont l'état de santé le "
           "justifie, notamment les agents reconnus travailleurs handicapés, en lien avec le référent handicap de la "
           "collectivité. Il participe aux démarches auprès du Fonds pour l'insertion des personnes handicapées "
           "dans la fonction publique (FIPHFP) pour le financement des aménagements.",
           "Il contribue aux procédures de reclassement, de période de préparation au reclassement et de retour "
           "après une longue absence.")
    b += A("Personnel du titulaire",
           "Les missions sont assurées par un médecin qualifié en médecine du travail, assisté d'un infirmier en "
           "santé au travail et, pour les actions de prévention, d'un intervenant en prévention des risques "
           "professionnels (IPRP). Le titulaire communique les noms et qualifications de ces personnes.",
           "En cas d'absence du médecin de plus de quinze jours, le titulaire organise son remplacement ; à défaut, "
           "une pénalité de 200 € par jour ouvré est appliquée.")
    b += A("Locaux – accessibilité",
           "Les visites ont lieu dans les locaux du titulaire situés à moins de trente kilomètres du siège de la "
           "Communauté, ou dans le cabinet médical aménagé au siège. Les locaux du titulaire respectent les règles "
           "d'accessibilité aux personnes handicapées applicables aux établissements recevant du public.")
    b += A("Secret médical – données",
           "Le dossier médical en santé au travail est tenu par le médecin et couvert par le secret médical. Seules "
           "les fiches d'aptitude ou les avis d'aménagement sont transmis à l'employeur. Le titulaire est "
           "responsable de traitement au sens du RGPD pour les données de santé.")
    b += A("Rapport annuel",
           "Le titulaire remet chaque année le rapport d'activité du service de médecine préventive, présenté à la "
           "formation spécialisée, comprenant les statistiques de visites, d'inaptitudes et de reclassements.")
    b += f_admission(c, 2)
    b += f_modifs(c, 1)
    b += f_prix(c, 0, "des prix à la consommation – Santé")
    b += f_paiement(c, 2)
    b += f_penalites_retard(c, 1)
    b += f_assurances(c, 0)
    b += f_resiliation(c, 2)
    b += f_litiges(c, 1)
    lab = LAB(allotissement=0, montant_max_ht=210000,
              evidence=["L'accord-cadre n'est pas alloti",
                        "un montant maximum de 210 000 € HT pour la durée totale de quatre ans"])
    return DOC("CCMO_CCAP_sante-au-travail_CCMO-RH-2027-02.pdf", "CCAP",
               "CC des Monts d'Orlanne – CCAP – Médecine préventive – CCMO-RH-2027-02",
               "CCAP santé au travail des agents", b, lab, hyphen=True, cols=2,
               tests="négatif difficile en deux colonnes : maintien dans l'emploi des agents handicapés et FIPHFP "
                     "(« insertion des personnes handicapées » dans un nom propre), reclassement, accessibilité des "
                     "locaux, absence du médecin pénalisée")


# ----------------------------------------------------------------------------- 25 AE interprétariat DDETS lot 1 (N)
def d25():
    b = [TITLE("Direction départementale de l'emploi, du travail et des solidarités de la Haute-Lézarde",
               "ACTE D'ENGAGEMENT",
               "Prestations d'interprétariat pour l'accueil des demandeurs d'asile et des personnes étrangères",
               "Accord-cadre n° DDETS52-2027-INT – Lot n° 1")]
    b += [H("Article 1 – Objet"),
          P("Le présent acte d'engagement concerne le lot n° 1 « Interprétariat en présentiel – langues d'Europe "
            "de l'Est et du Caucase » de l'accord-cadre, qui comprend trois lots : lot 1 (présentiel, Europe de "
            "l'Est et Caucase), lot 2 (présentiel, langues d'Afrique et du Moyen-Orient), lot 3 (interprétariat "
            "téléphonique toutes langues)."),
          P("Les prestations sont réalisées au profit des personnes reçues par les services de l'État et par les "
            "structures d'hébergement des demandeurs d'asile du département."),
          H("Article 2 – Contractant"),
          TAB([["Champ", "À compléter"],
               ["Raison sociale", ""], ["Forme juridique", ""], ["SIRET", ""], ["Adresse", ""],
               ["Nom et qualité du signataire", ""]], widths=[4, 6]),
          P("Le contractant s'engage, conformément aux stipulations des documents visés ci-dessus, à exécuter les "
            "prestations dans les conditions ci-après définies. L'offre ainsi présentée ne lie toutefois le "
            "candidat que si son acceptation est notifiée dans un délai de 120 jours à compter de la date limite de "
            "réception des offres."),
          H("Article 3 – Prix et montant"),
          P("Les prestations sont rémunérées par application des prix unitaires du bordereau annexé (heure "
            "d'interprétariat, déplacement, majoration de nuit). L'accord-cadre est conclu sans minimum et avec un "
            "montant maximum de 90~000 € HT pour la durée totale du lot n° 1, soit 108 000 € TTC."),
          H("Article 4 – Durée"),
          P("L'accord-cadre est conclu pour une durée de vingt-quatre mois à compter de sa notification, non "
            "reconductible."),
          H("Article 5 – Marché réservé"),
          P("Le présent marché n'est pas réservé au sens des articles L. 2113-12 à L. 2113-15 du code de la "
            "commande publique."),
          H("Article 6 – Sous-traitance"),
          TAB([["Nature de la prestation sous-traitée", "Sous-traitant", "Montant HT"], ["", "", ""], ["", "", ""]],
              widths=[5, 3, 2]),
          H("Article 7 – Déclarations sur l'honneur"),
          P("Le signataire déclare sur l'honneur :"),
          LST(["n'entrer dans aucun des cas d'interdiction de soumissionner mentionnés aux articles L. 2141-1 à "
               "L. 2141-5 et L. 2141-7 à L. 2141-11 du code de la commande publique ;",
               "être en règle au regard des articles L. 5212-1 à L. 5212-11 du code du travail concernant l'emploi "
               "des travailleurs handicapés ;",
               "que les prestations seront réalisées par des salariés employés régulièrement au regard des articles "
               "L. 1221-10, L. 3243-2 et R. 3243-1 du code du travail ;",
               "que les interprètes intervenant respectent la charte de l'interprétariat médical et social et le "
               "secret professionnel."]),
          H("Article 8 – Paiement"),
          P("Le pouvoir adjudicateur se libère des sommes dues en faisant porter le montant au crédit du compte "
            "ouvert au nom du titulaire (joindre un RIB). Le délai global de paiement est de 30 jours."),
          H("Article 9 – Signature"),
          P("À ……………, le …………… – Le candidat (signature et cachet)"),
          P("Est acceptée la présente offre pour valoir acte d'engagement. À Lézignac-sur-Lézarde, le …………… – "
            "Pour le préfet et par délégation, la directrice départementale de l'emploi, du travail et des "
            "solidarités.")]
    lab = LAB(allotissement=1, nb_lots=3, montant_max_ht=90000,
              evidence=["concerne le lot n° 1", "qui comprend trois lots",
                        "montant maximum de 90 000 € HT pour la durée totale du lot n° 1"])
    return DOC("DDETS52_AE_lot1_interpretariat.docx", "AE",
               "DDETS de la Haute-Lézarde – Acte d'engagement – Lot 1", "AE DDETS52-2027-INT – lot 1", b, lab,
               tests="négatif difficile : « n'est pas réservé au sens des articles L. 2113-12 à L. 2113-15 », "
                     "déclarations L5212 et emploi régulier, usagers demandeurs d'asile ; maximum HT et TTC")


# ----------------------------------------------------------------------------- 26 CADRE aide à domicile (N)
def d26():
    b = [TITLE("Syndicat intercommunal à vocation sociale (SIVOS) du canton de Morlay",
               "CADRE DE RÉPONSE TECHNIQUE",
               "Prestations d'aide à domicile pour les personnes âgées du canton",
               "Marché n° SIVOS-MORLAY-2027-02 – à joindre obligatoirement à l'offre")]
    b += [P("Rappel des critères de jugement (article 8 du règlement de la consultation) : valeur technique "
            "60 points, appréciée au moyen du présent cadre ; prix 40 points. Les réponses sont limitées à la place "
            "disponible dans chaque case ; toute annexe non demandée est ignorée."),
          H("Partie A – Valeur technique"),
          H2("A.1 Moyens humains (25 points)"),
          TAB([["Question", "Réponse du candidat"],
               ["A.1.1 Nombre d'intervenants affectés au canton et volume d'heures mensuel correspondant", ""],
               ["A.1.2 Répartition des intervenants par qualification (DEAES, titre ADVF, sans diplôme) et "
                "expérience auprès des personnes âgées dépendantes", ""],
               ["A.1.3 Encadrement : nombre et qualification des responsables de secteur, amplitude de "
                "joignabilité", ""],
               ["A.1.4 Modalités de remplacement des intervenants absents (délai, vivier, information du "
                "bénéficiaire)", ""]], widths=[6, 4]),
          H2("A.2 Organisation et continuité du service (20 points)"),
          TAB([["Question", "Réponse du candidat"],
               ["A.2.1 Délai de mise en place d'une intervention après la demande du SIVOS", ""],
               ["A.2.2 Organisation des interventions les week-ends et jours fériés", ""],
               ["A.2.3 Gestion des situations d'urgence (chute, absence de réponse, hospitalisation)", ""]],
              widths=[6, 4]),
          H2("A.3 Qualité et suivi des prestations (15 points)"),
          TAB([["Question", "Réponse du candidat"],
               ["A.3.1 Démarche qualité, traitement des réclamations, enquêtes de satisfaction", ""],
               ["A.3.2 Prévention de la maltraitance et promotion de la bientraitance", ""],
               ["A.3.3 Coordination avec les services de soins infirmiers, les médecins et les familles", ""]],
              widths=[6, 4]),
          H("Partie B – Informations complémentaires (non notées)"),
          P("Les informations ci-dessous sont demandées pour la connaissance du SIVOS et le suivi du futur marché. "
            "Elles ne sont pas prises en compte pour le jugement des offres et n'engagent pas le candidat."),
          TAB([["Information", "Réponse"],
               ["B.1 Part des intervenants en CDI et part des temps partiels", ""],
               ["B.2 Rémunération des temps de trajet entre deux interventions et indemnités kilométriques", ""],
               ["B.3 Taux de rotation des intervenants sur les douze derniers mois", ""],
               ["B.4 Index de l'égalité professionnelle et taux d'emploi de travailleurs handicapés", ""],
               ["B.5 Actions de fidélisation et de prévention de l'usure professionnelle", ""]], widths=[6, 4]),
          H("Partie C – Autorisation"),
          P("Le candidat joint l'arrêté d'autorisation du service d'aide et d'accompagnement à domicile délivré par "
            "le président du conseil départemental, ainsi que le dernier rapport d'évaluation de la qualité."),
          P("Cachet et signature du candidat :")]
    lab = LAB(evidence=[])
    return DOC("SIVOS-Morlay_cadre-reponse_aide-a-domicile.docx", "CADRE",
               "SIVOS du canton de Morlay – Cadre de réponse technique – SIVOS-MORLAY-2027-02",
               "Cadre de réponse – aide à domicile", b, lab,
               tests="négatif difficile : conditions d'emploi des intervenants (CDI, temps de trajet, index égalité, "
                     "handicap) demandées mais explicitement NON notées ; critère « moyens humains » noté sur la "
                     "qualification ; aucune valeur")


# ----------------------------------------------------------------------------- 27 CCTP périscolaire (N)
def d27():
    b = [TITLE("Commune de Saint-Géraud-des-Landes",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Organisation de l'accueil périscolaire, de la pause méridienne et de l'accueil du mercredi",
               "Marché de services n° SGL-ENF-2027")]
    b += A("Objet",
           "Le marché a pour objet l'organisation et l'animation de l'accueil collectif de mineurs périscolaire des "
           "deux groupes scolaires de la commune (environ 310 enfants de 3 à 11 ans) : accueil du matin (7 h 30 – "
           "8 h 35), pause méridienne hors service de restauration, accueil du soir (16 h 30 – 18 h 45) et accueil "
           "du mercredi en journée complète.",
           "Les accueils sont déclarés auprès du service départemental à la jeunesse, à l'engagement et aux sports ; "
           "ils s'inscrivent dans le projet éducatif de territoire (PEDT) et le Plan mercredi de la commune.")
    b += A("Projet pédagogique",
           "Le titulaire élabore un projet pédagogique par site, cohérent avec le PEDT. Il propose des activités "
           "variées : activités sportives, culturelles, jeux collectifs, temps calmes, et des actions d'éducation à "
           "l'environnement et à la nature (jardin pédagogique, découverte de la forêt communale, sensibilisation "
           "au tri).",
           "Il favorise la mixité sociale et la participation des enfants de toutes les écoles aux activités du "
           "mercredi.")
    b += A("Accueil des enfants en situation de handicap",
           "Le titulaire accueille les enfants en situation de handicap ou atteints de troubles de santé, en lien "
           "avec les familles, l'équipe enseignante et, le cas échéant, l'accompagnant d'élève en situation de "
           "handicap. Il met en œuvre les projets d'accueil individualisés et peut solliciter le pôle ressources "
           "handicap départemental pour adapter les activités.")
    b += A("Encadrement",
           "Les taux d'encadrement applicables sont ceux prévus par le code de l'action sociale et des familles "
           "pour les accueils périscolaires organisés dans le cadre d'un PEDT : un animateur pour quatorze mineurs "
           "de moins de six ans et un animateur pour dix-huit mineurs de six ans et plus.",
           "Le directeur de chaque accueil est titulaire du BAFD ou d'un diplôme permettant d'exercer les fonctions "
           "de direction. Les animateurs sont titulaires du BAFA ou en cours de formation, dans la limite fixée par "
           "la réglementation. Le titulaire peut recourir à des animateurs employés en contrat d'engagement "
           "éducatif pour les mercredis.")
    b += A("Stabilité des équipes – remplacement",
           "Le titulaire s'attache à la stabilité des équipes d'animation d'une année scolaire à l'autre. Toute "
           "absence d'un animateur est compensée dès la première heure afin de respecter les taux d'encadrement ; "
           "à défaut, la pénalité prévue au CCAP est appliquée.")
    b += A("Locaux",
           "La commune met à disposition les locaux périscolaires, les cours et les salles de motricité des écoles. "
           "Ces locaux sont conformes aux règles d'accessibilité et de sécurité des établissements recevant du "
           "public. Le titulaire en assure le rangement ; le nettoyage reste à la charge de la commune.")
    b += A("Relations avec les familles",
           "Le titulaire gère les inscriptions au moyen du portail famille de la commune, informe les familles des "
           "programmes d'activités et tient un registre des présences. Les tarifs, modulés selon le quotient "
           "familial, sont fixés par délibération du conseil municipal et perçus par la commune.")
    b += A("Goûter et hygiène",
           "Le goûter de l'accueil du soir est fourni par la commune. Le titulaire veille au lavage des mains des "
           "enfants et au respect des règles d'hygiène lors de sa distribution.")
    b += A("Bilan",
           "Un bilan qualitatif et quantitatif est remis à la fin de chaque période entre deux vacances scolaires, "
           "et un bilan annuel avant le 15 juillet. Le comité de pilotage du PEDT se réunit deux fois par an.")
    lab = LAB(evidence=[])
    return DOC("Saint-Geraud_CCTP_periscolaire_SGL-ENF-2027.pdf", "CCTP",
               "Commune de Saint-Géraud-des-Landes – CCTP accueil périscolaire", "CCTP SGL-ENF-2027", b, lab,
               hyphen=True,
               tests="négatif difficile : inclusion des enfants handicapés, mixité sociale des enfants accueillis, "
                     "contrat d'engagement éducatif, BAFA, stabilité des équipes, éducation à l'environnement (sens "
                     "pédagogique), accessibilité ERP ; aucune valeur")


# ----------------------------------------------------------------------------- 28 AVIS hébergement d'urgence (N)
def d28():
    b = [TITLE("AVIS DE MARCHÉ – PROCÉDURE ADAPTÉE",
               "Département du Val-d'Arvanne – Direction enfance-famille",
               "Mise à l'abri et hébergement d'urgence de familles avec enfants")]
    b += [P("Acheteur : Département du Val-d'Arvanne, Hôtel du Département, 14 quai de l'Arvanne, 61 210 "
            "Arvanne-la-Ville. SIRET 226 100 027 00015. Contact : Mme Léa Bourgoin, service des achats, "
            "achats@valdarvanne.fr"),
          P("Objet : mise à l'abri et hébergement d'urgence, en hôtel social ou en appartement meublé, de familles "
            "avec enfants de moins de trois ans et de femmes enceintes sans solution d'hébergement, prises en charge "
            "au titre de l'aide sociale à l'enfance, y compris des femmes victimes de violences conjugales orientées "
            "par les services sociaux."),
          P("Catégorie de services : services sociaux et autres services spécifiques (CPV 85311000 – services "
            "d'action sociale avec hébergement ; 55250000 – location de meublés pour séjours de courte durée)."),
          P("Forme : accords-cadres mono-attributaires à bons de commande, conclus pour deux ans reconductibles une "
            "fois, sans minimum."),
          P("Division en lots : oui, deux lots."),
          P("- Lot 1 : Agglomération d'Arvanne-la-Ville – environ 22 000 nuitées par an. Montant maximum sur la "
            "durée totale : 2 400 000 € HT."),
          P("- Lot 2 : Reste du département – environ 9 000 nuitées par an. Montant maximum sur la durée totale : "
            "1 100 000 € HT."),
          P("Valeur estimée de l'ensemble : 2 700 000 € HT, reconduction comprise."),
          P("Prestations attendues : chambres ou logements décents, propres et sécurisés, équipés d'un coin cuisine "
            "ou accès à une cuisine partagée ; fourniture du linge ; accueil 24 h/24 ; signalement au Département de "
            "toute difficulté rencontrée par une famille ; respect de la confidentialité de l'adresse des femmes "
            "victimes de violences."),
          P("Conditions de participation : inscription au registre du commerce ou statut associatif ; pour les "
            "hôtels, classement et conformité aux règles de sécurité incendie ; références d'hébergement de publics "
            "en difficulté."),
          P("Marché réservé : non."),
          P("Critères d'attribution : 1) Qualité de l'hébergement (salubrité, équipement, accès aux transports et "
            "aux écoles) : 35 % ; 2) Prix de la nuitée par personne : 40 % ; 3) Modalités d'accueil et de lien avec "
            "les travailleurs sociaux : 25 %."),
          P("Visite : les établissements proposés peuvent être visités par le Département avant attribution."),
          P("Remise des offres : par voie électronique sur https://marches.valdarvanne.fr avant le 20 septembre "
            "2027 à 12 heures."),
          P("Délai de validité des offres : 120 jours."),
          P("Renseignements : le Département rappelle que les prestations doivent être exécutées dans le respect "
            "de la réglementation relative aux établissements recevant du public et du code du travail pour le "
            "personnel d'accueil des établissements."),
          P("Date d'envoi à la publication : 26 août 2027.")]
    lab = LAB(allotissement=1, nb_lots=2, montant_estime_ht=2700000, montant_max_ht=3500000,
              evidence=["Division en lots : oui, deux lots.",
                        "Valeur estimée de l'ensemble : 2 700 000 € HT",
                        "Montant maximum sur la durée totale : 2 400 000 € HT",
                        "Montant maximum sur la durée totale : 1 100 000 € HT",
                        "[2 400 000 + 1 100 000 = 3 500 000]"])
    return DOC("Avis_CD-Val-d-Arvanne_hebergement-urgence.txt", "AVIS", "", "", b, lab,
               tests="négatif difficile : publics en grande difficulté comme objet (familles, femmes victimes de "
                     "violences), « Marché réservé : non », critère sur le lien avec les travailleurs sociaux ; "
                     "valeur estimée et maxima par lot à sommer")


# ----------------------------------------------------------------------------- 29 CCAP restauration du personnel (N social, env 1)
def d29():
    c = CTX("le Centre hospitalier de Pradelles-en-Vaudois", "Pradelles-en-Vaudois", sante=True)
    b = [TITLE("Centre hospitalier de Pradelles-en-Vaudois",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Exploitation du restaurant du personnel (self) et de la cafétéria",
               "Marché public de services n° CHPV-2027-RES")]
    b += A("Objet",
           "Le marché a pour objet l'exploitation du restaurant du personnel du Centre hospitalier (environ 520 "
           "couverts par jour, 7 jours sur 7) et de la cafétéria du hall d'accueil, ouverts aux agents, aux "
           "internes, aux étudiants en stage et, pour la cafétéria, aux visiteurs.",
           "Les repas sont produits sur place dans la cuisine mise à disposition par l'établissement.")
    b += A("Allotissement – durée – montant estimé",
           "Le marché n'est pas alloti, la cafétéria étant approvisionnée par la cuisine du restaurant. Il est conclu "
           "pour quatre ans à compter du 1er février 2028.",
           "Le montant estimé du marché pour sa durée totale est de 1~640~000 € HT (hors recettes de la cafétéria, "
           "conservées par le titulaire).")
    b += A("Tarification aux convives",
           "Le prix du repas payé par les agents est fixé par le directeur de l'établissement ; il est modulé selon "
           "l'indice de rémunération, les agents dont l'indice majoré est inférieur à 480 bénéficiant d'une "
           "subvention de l'établissement. Le titulaire applique ces tarifs et facture la différence au Centre "
           "hospitalier chaque mois.")
    b += A("Personnel du titulaire – reprise",
           "Le restaurant est actuellement exploité par un prestataire. Le titulaire est informé que les "
           "dispositions de l'article L. 1224-1 du code du travail sont susceptibles de s'appliquer au personnel "
           "affecté à l'exploitation (huit salariés) ; la liste anonymisée figure en annexe 4.",
           "Le titulaire affecte un gérant et un chef de cuisine qualifiés. Le personnel est soumis aux obligations "
           "vaccinales applicables aux professionnels intervenant en établissement de santé et respecte les règles "
           "d'hygiène alimentaire (plan de maîtrise sanitaire).")
    b += A("Exigences environnementales",
           "Le titulaire trie à la source les biodéchets de la cuisine et des retours plateaux et les remet à la "
           "filière de méthanisation retenue par l'établissement ; il mesure chaque trimestre le gaspillage "
           "alimentaire au moyen de pesées et met en œuvre un plan de réduction.",
           "La vaisselle jetable est proscrite au restaurant ; à la cafétéria, les gobelets et couverts à usage "
           "unique sont remplacés par des contenants réemployables consignés. Au moins 50 % des produits servis en "
           "valeur sont des produits durables et de qualité, dont 20 % issus de l'agriculture biologique.")
    b += A("Commission des menus",
           "Une commission des menus, associant des représentants du personnel, se réunit une fois par trimestre. "
           "Le titulaire y présente les résultats des enquêtes de satisfaction.")
    b += A("Redevance et charges",
           "Le titulaire verse une redevance d'occupation des locaux de 1 200 € HT par mois et rembourse les "
           "consommations d'eau, d'électricité et de gaz selon les sous-compteurs.")
    b += f_reunions(c, 0)
    b += f_admission(c, 1)
    b += f_prix(c, 1, "des prix à la consommation – Restauration collective")
    b += f_paiement(c, 0)
    b += f_penalites_retard(c, 2)
    b += f_travail(c, 2)
    b += f_assurances(c, 0)
    b += f_resiliation(c, 0)
    b += f_litiges(c, 2)
    lab = LAB(clause_environnementale=1, allotissement=0, montant_estime_ht=1640000,
              evidence=["Le marché n'est pas alloti",
                        "Le montant estimé du marché pour sa durée totale est de 1 640 000 € HT",
                        "trie à la source les biodéchets", "La vaisselle jetable est proscrite au restaurant"])
    return DOC("CH-Pradelles_CCAP_restaurant-du-personnel_CHPV-2027-RES.pdf", "CCAP",
               "CH de Pradelles-en-Vaudois – CCAP – Restaurant du personnel", "CCAP CHPV-2027-RES", b, lab,
               tests="négatif social difficile : convives = personnel de l'acheteur, tarif modulé selon l'indice "
                     "(subvention aux bas salaires), reprise L. 1224-1, obligations vaccinales ; clause "
                     "environnementale vraie ; redevance 1 200 € (piège)")


# ----------------------------------------------------------------------------- 30 RC ASLL (N ; politique d'achat = ?)
def d30():
    c = CTX("la Communauté urbaine de Bascourt", "Bascourt")
    prof = "https://marches.cu-bascourt.fr"
    b = [TITLE("Communauté urbaine de Bascourt – Direction de l'habitat et de la solidarité",
               "RÈGLEMENT DE LA CONSULTATION",
               "Accompagnement social lié au logement (ASLL) des ménages en difficulté",
               "Procédure adaptée – services sociaux – consultation CUB-HAB-2027-11")]
    b += A("Objet",
           "La consultation porte sur des mesures d'accompagnement social lié au logement financées par le Fonds de "
           "solidarité pour le logement délégué à la Communauté urbaine : accompagnement à l'accès à un logement, "
           "accompagnement au maintien dans le logement des ménages en impayés, et accompagnement des ménages "
           "relogés dans le cadre du renouvellement urbain.")
    b += A("Allotissement",
           "La consultation comprend quatre lots territoriaux : lot 1 Bascourt-Centre ; lot 2 Bascourt-Nord et "
           "quartier des Tisserands ; lot 3 communes de la première couronne ; lot 4 communes rurales. Un même "
           "candidat peut obtenir plusieurs lots.")
    b += A("Durée",
           "Les marchés sont conclus pour une durée de deux ans à compter du 1er janvier 2028, reconductible une fois "
           "pour un an. Les mesures sont commandées par bons de commande, au prix unitaire du mois-mesure.")
    b += A("Contexte : politique d'achat de la Communauté urbaine",
           "La Communauté urbaine a adopté en 2025 un schéma de promotion des achats socialement et écologiquement "
           "responsables (SPASER) qui fixe l'objectif d'intégrer une considération sociale dans 40 % de ses "
           "marchés. Dans cet esprit, le titulaire est invité à favoriser, lorsque cela est possible, le "
           "recrutement de personnes éloignées de l'emploi pour les besoins du marché. Cette invitation ne "
           "constitue pas une obligation contractuelle et n'est pas évaluée.")
    b += A("Conditions de participation",
           "Les candidats justifient de l'agrément prévu à l'article L. 365-3 du code de la construction et de "
           "l'habitation pour l'ingénierie sociale, financière et technique, ou de leur habilitation par le FSL. "
           "La consultation n'est pas réservée au sens des articles L. 2113-12 et suivants du code de la commande "
           "publique : elle est ouverte aux associations, aux centres communaux d'action sociale et aux entreprises.")
    b += A("Critéres de jugement",
           "Les offres sont jugées lot par lot selon les critères suivants :",
           ["qualité de l'accompagnement proposé (méthodologie, outils, fréquence des rencontres avec les ménages, "
            "articulation avec les bailleurs et les services sociaux) : 50 % ;",
            "qualification et disponibilité des travailleurs sociaux affectés (conseillers en économie sociale et "
            "familiale, assistants de service social), nombre de mesures par travailleur social : 20 % ;",
            "prix du mois-mesure : 30 %."],
           "La note de prix est calculée selon la formule : 30 x (prix le plus bas / prix examiné).")
    b += A("Contenu de l'offre",
           ["l'acte d'engagement du ou des lots ;", "le bordereau des prix ;",
            "un mémoire technique de dix pages au plus par lot, présentant la méthodologie d'accompagnement, "
            "l'équipe affectée et son implantation dans le territoire du lot."])
    b += r_retrait(c, 0, prof)
    b += r_envoi(c, 0, "vendredi 22 octobre 2027 à 12 h 00", prof)
    b += r_validite(c, 0, 120)
    b += r_recours(c, 0)
    lab = LAB(clause_sociale="?", clause_insertion="?", allotissement=1, nb_lots=4,
              evidence=["La consultation comprend quatre lots territoriaux",
                        "Cette invitation ne constitue pas une obligation contractuelle et n'est pas évaluée"])
    return DOC("CU-Bascourt_RC_ASLL_CUB-HAB-2027-11.pdf", "RC",
               "Communauté urbaine de Bascourt – RC – ASLL – CUB-HAB-2027-11", "RC ASLL", b, lab, hyphen=True, cols=2,
               tests="négatif en deux colonnes ; la seule trace sociale est une déclaration de politique d'achat "
                     "(SPASER) sans obligation : clause_sociale et clause_insertion notées « ? » comme le prévoit "
                     "LABELS.md ; « n'est pas réservée » ; critères sur la qualification des travailleurs sociaux")


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15,
        d16, d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30]


# ============================================================================= construction et contrôles
SCRATCH = "/tmp/blind_blind_docs_20"


def build_doc(d, outdir):
    """Écrit un document dans outdir ; renvoie le nombre de pages (PDF) ou None."""
    path = os.path.join(outdir, d["file"])
    if "xml" in d:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(d["xml"])
        return None
    ext = d["file"].rsplit(".", 1)[1]
    pdf = ext == "pdf"
    blocks = [_conv(b, pdf) for b in number_articles(d["blocks"])]
    d["final_blocks"] = blocks
    if pdf:
        return build_pdf(path, _conv_str(d["header"], True), _conv_str(d["footer"], True), blocks,
                         hyphen=d.get("hyphen", False), title=d["header"], cols=d.get("cols", 1))
    if ext == "docx":
        build_docx(path, d["header"], d["footer"], blocks)
        return None
    build_txt(path, blocks)
    return None


_WS = re.compile(r"\s+")


def squash(s):
    return _WS.sub(" ", s.replace(NB, " ").replace(NNB, " ")).strip()


def extract_text(path):
    """Texte EXTRAIT du fichier produit, comme le lirait un outil extérieur."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        txt = "\n".join((p.extract_text() or "") for p in PdfReader(path).pages)
        # césure de fin de ligne recollée : « inser-\ntion » -> « insertion »
        txt = re.sub(r"([A-Za-zÀ-ÖØ-öø-ÿœŒ])-[ \t]*\n[ \t]*([a-zà-öø-ÿœ])", r"\1\2", txt)
        return squash(txt)
    if ext == "docx":
        doc = docx.Document(path)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return squash("\n".join(parts))
    if ext == "xml":
        from lxml import etree
        root = etree.parse(path).getroot()
        return squash(" ".join(root.itertext()))
    with open(path, encoding="utf-8") as fh:
        return squash(fh.read())


def md5(path):
    import hashlib
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def check_numbering(d):
    if "blocks" not in d:
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


def label_row(d):
    lab = d["label"]
    row = {"path": d["file"], "doc_type": d["doc_type"]}
    for c in COLUMNS[2:-1]:
        row[c] = _fmt(lab[c])
    row["evidence"] = " | ".join(squash(norm(q)) for q in lab["evidence"])
    return row


def check_row(row, lab):
    out = []
    p = row["path"]
    if row["doc_type"] not in _DOC_TYPES:
        out.append("%s : doc_type %s" % (p, row["doc_type"]))
    for col in ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
                "clause_environnementale", "critere_environnemental"):
        if row[col] not in ("0", "1", "?"):
            out.append("%s : %s = %r" % (p, col, row[col]))
    if row["allotissement"] not in ("", "0", "1"):
        out.append("%s : allotissement = %r" % (p, row["allotissement"]))
    if row["nb_lots"] and row["allotissement"] != "1":
        out.append("%s : nb_lots sans allotissement 1" % p)
    if row["heures_insertion"] and row["clause_insertion"] != "1":
        out.append("%s : heures sans clause_insertion" % p)
    if row["clause_insertion"] == "1" and row["clause_sociale"] != "1":
        out.append("%s : clause_insertion sans clause_sociale" % p)
    if (row["marche_reserve"] == "1") != bool(row["reserve_base"]):
        out.append("%s : marche_reserve / reserve_base incohérents" % p)
    if row["reserve_base"]:
        for x in row["reserve_base"].split(";"):
            if x not in ("L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"):
                out.append("%s : reserve_base %r" % (p, x))
    for col in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
        if row[col] and not re.fullmatch(r"\d+(\.\d+)?", row[col]):
            out.append("%s : %s = %r" % (p, col, row[col]))
    filled = [c for c in COLUMNS[2:-1] if row[c] not in ("", "0", "?")]
    if filled and not lab["evidence"]:
        out.append("%s : valeurs sans preuve (%s)" % (p, ", ".join(filled)))
    if len(row["evidence"]) > 300:
        out.append("%s : preuve trop longue (%d)" % (p, len(row["evidence"])))
    return out


def build_all(outdir):
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    docs = [f() for f in DOCS]
    pages = {}
    for d in docs:
        pages[d["file"]] = build_doc(d, outdir)
    return docs, pages


def main():
    problems = []
    docs, pages = build_all(OUT)
    # seconde construction (dossier de travail) et comparaison des md5
    second = os.path.join(SCRATCH, "second_build")
    docs2, _ = build_all(second)
    for d in docs:
        a, b = md5(os.path.join(OUT, d["file"])), md5(os.path.join(second, d["file"]))
        if a != b:
            problems.append("%s : construction non déterministe (%s / %s)" % (d["file"], a, b))
    shutil.rmtree(second)
    names = [d["file"] for d in docs]
    if len(set(names)) != len(names):
        problems.append("noms de fichiers en double")
    rows = []
    for d in docs:
        problems.extend(check_numbering(d))
        path = os.path.join(OUT, d["file"])
        text = extract_text(path)
        for q in d["label"]["evidence"]:
            if q.startswith("["):          # remarque de calcul, pas une citation
                continue
            if squash(norm(q)) not in text:
                problems.append("%s : preuve absente du texte extrait : %r" % (d["file"], q))
        n = pages[d["file"]]
        if n is not None and not (2 <= n <= 9):
            problems.append("%s : %d pages" % (d["file"], n))
        row = label_row(d)
        problems.extend(check_row(row, d["label"]))
        rows.append(row)
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    kinds = {}
    for d in docs:
        e = d["file"].rsplit(".", 1)[1]
        kinds[e] = kinds.get(e, 0) + 1
    print("%d documents (%s) ; pages des PDF : %s" % (
        len(docs), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%s=%d" % (k.split("_")[0], v) for k, v in pages.items() if v)))
    print("nombres coupés en fin de ligne : %d (%d restés entiers) ; césures forcées : %d (%d restées entières)" % (
        SB_STATS["cut"] // 2, SB_STATS["whole"] // 2, HY_STATS["cut"] // 2, HY_STATS["whole"] // 2))
    if "--table" in sys.argv:
        cats = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
                "clause_environnementale", "critere_environnemental")
        short = {"clause_sociale": "CS", "clause_insertion": "CI", "critere_social": "CrS", "marche_reserve": "MR",
                 "clause_environnementale": "CE", "critere_environnemental": "CrE"}
        for d, r in zip(docs, rows):
            pos = [short[c] + ("?" if r[c] == "?" else "") for c in cats if r[c] in ("1", "?")]
            vals = ["%s=%s" % (k, r[k]) for k in ("heures_insertion", "reserve_base", "allotissement", "nb_lots",
                                                   "montant_estime_ht", "montant_max_ht") if r[k]]
            fmt = d["file"].rsplit(".", 1)[1].upper()
            if fmt == "PDF" and d.get("cols") == 2:
                fmt += " 2 col."
            print("| `%s` | %s | %s | %s | %s | %s |" % (d["file"], r["doc_type"], fmt, ", ".join(pos) or "—",
                                                        "; ".join(vals) or "—", d["tests"]))
    print("contrôles : construction double et md5 identiques ; preuves présentes dans le texte EXTRAIT de chaque "
          "fichier ; preuves <= 300 caractères ; PDF de 2 à 9 pages ; articles sans doublon ; cohérence des "
          "colonnes -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
