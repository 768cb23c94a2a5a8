#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_25 (PDF reportlab, DOCX python-docx, avis .txt et .xml, une archive ZIP).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise de tests/data/blind_values_13/make_documents.py : lignes 28-664 (écriture
PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB, césure forcée
HY, aides de saisie, number_articles, C, A, _DOC_TYPES) et lignes 2432-2611 (extra_checks, build_piece,
check_articles, _expect, main), adaptées : avis XML (eForms) écrits tels quels, dossier livré en ZIP,
3 à 6 pièces par dossier, PDF de 1 à 5 pages, contrôle des preuves dans le texte EXTRAIT des fichiers
produits (pypdf / python-docx / lxml / lecture simple), double construction et comparaison des md5,
champ « why » (comment chaque valeur attendue est obtenue) dans dossiers.yml, clés « considerations »
de expect pour les six catégories.
Les douze dossiers ont été écrits pour ce jeu.

Thème : les LOTS et les MONTANTS présentés de façon difficile (lots en colonnes, tableau sur deux pages,
lots dans une pièce et montants dans une autre, lot retiré ou lots fusionnés par un avis rectificatif
ou une réponse aux questions, maximum seulement en annexe du CCAP, estimation annuelle d'un marché
reconductible, estimation seulement dans l'avis, estimation TTC seule, AE d'un seul lot, total de DPGF,
tranches ferme et optionnelles, heures d'insertion par lot à additionner, lots réservés) et les nombres
qui ne sont PAS l'estimation (assurance, chiffre d'affaires exigé, plafond de pénalités, seuil de
l'avance, montant du marché précédent, seuils de 40 000 € / européens cités).

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX et ZIP horodatés au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références, personnes et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF, la police Helvetica standard ne l'ayant pas) ;
BR = retour à la ligne forcé dans les PDF ; SB = coupure possible d'un nombre en fin de ligne ;
HY = césure possible d'un mot court si le mot ne tient plus sur la ligne.

Usage : /work/main/.venv/bin/python tests/data/blind_values_25/make_documents.py
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
SET_NAME = "blind_values_25"

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





# ============================================================================= ajouts blind_values_25
import hashlib


def PIECE(file, doc_type, header, footer, blocks, label, hyphen=False, cols=1, xml=None, repeat=None):
    """Une pièce. xml : texte XML écrit tel quel (avis eForms) ; repeat : (texte, n) = le texte doit
    apparaître au moins n fois dans le texte extrait (en-tête de tableau répété sur la page suivante)."""
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, hyphen=hyphen, cols=cols, xml=xml, repeat=repeat)


def ROWS(*rows):
    return [list(r) for r in rows]


# ============================================================================= d01
def d01():
    ref = "2027-EV-04"
    hd = "Ville de Montferrand-sur-Ysère – %s – Consultation n° " + ref
    ft = "Direction des services techniques – pôle cadre de vie"
    rc = [
        TITLE("VILLE DE MONTFERRAND-SUR-YSÈRE", "RÈGLEMENT DE LA CONSULTATION",
              "Entretien des espaces verts, des cimetières et des abords de voirie",
              "Accord-cadre à bons de commande – procédure adaptée (art. L.~2123-1 et R.~2123-1 du CCP)",
              "Date limite de réception des offres : lundi 15 mars 2027 à 12h00"),
        H("Article 1 – Identification de l'acheteur"),
        P("Ville de Montferrand-sur-Ysère, représentée par son maire, M. Gérald Poncet-Marin, agissant en vertu de la "
          "délibération du conseil municipal n°~2026-117 du 9 décembre 2026. Hôtel de ville, 4 place du Marché-Couvert, "
          "38712 Montferrand-sur-Ysère. SIRET : 213~807~412~00016. Service instructeur : direction des services "
          "techniques, pôle cadre de vie."),
        H("Article 2 – Objet de la consultation"),
        P("La consultation porte sur l'entretien courant et saisonnier des espaces verts communaux (tonte, taille, "
          "désherbage alternatif, ramassage des feuilles), des abords de voirie et des giratoires, ainsi que des trois "
          "cimetières communaux. Les prestations sont commandées au fur et à mesure des besoins par bons de commande, "
          "dans les conditions fixées par le cahier des clauses administratives particulières (CCAP)."),
        P("Classification CPV principale : 77310000-6 (services de plantation et d'entretien des espaces verts)."),
        H("Article 3 – Allotissement, montants et heures d'insertion"),
        P("En application de l'article L.~2113-10 du code de la commande publique, la consultation est décomposée en "
          "trois lots, attribués chacun à un titulaire unique. Un même opérateur peut se voir attribuer plusieurs lots. "
          "Les montants ci-dessous s'entendent pour la durée totale de l'accord-cadre, reconductions comprises ; chaque "
          "lot fait l'objet d'une colonne."),
        RTAB(ROWS(["", "Lot 1 – Parcs, squares et jardins (secteur nord)", "Lot 2 – Abords de voirie et giratoires",
                   "Lot 3 – Cimetières communaux (lot réservé)"],
                  ["Montant estimatif HT sur 48 mois", "120~000,00 €", "96~000,00 €", "44~000,00 €"],
                  ["Montant maximum HT sur 48 mois", "180~000,00 €", "150~000,00 €", "70~000,00 €"],
                  ["Heures d'insertion exigées (durée totale)", "350 h", "280 h", "sans objet"],
                  ["Chiffre d'affaires annuel minimal demandé", "90~000 €", "75~000 €", "non exigé"]),
             widths=[1.45, 1, 1, 1], align="lrrr"),
        P("Le lot n°~3 est réservé, en application de l'article L.~2113-12 du code de la commande publique, aux "
          "entreprises adaptées, aux établissements et services d'aide par le travail (ESAT) et aux structures "
          "équivalentes employant une proportion minimale de 50~% de travailleurs handicapés."),
        H("Article 4 – Durée de l'accord-cadre"),
        P("L'accord-cadre est conclu pour une période initiale de douze mois à compter du 1er mai 2027. Il est "
          "reconductible tacitement trois fois par période de douze mois, soit une durée maximale de quarante-huit "
          "mois. Le titulaire ne peut pas refuser la reconduction."),
        H("Article 5 – Conditions d'exécution à caractère social"),
        P("Pour les lots 1 et 2, le titulaire s'engage à réaliser une action d'insertion professionnelle au profit de "
          "personnes éloignées de l'emploi, pour le nombre d'heures indiqué au tableau de l'article 3. Les modalités "
          "(publics éligibles, facilitateur, suivi, pénalités) sont fixées à l'article 8 du CCAP."),
        H("Article 6 – Dossier de candidature"),
        LST(["la lettre de candidature (DC1) ou tout document équivalent ;",
             "la déclaration du candidat (DC2) indiquant le chiffre d'affaires global des trois derniers exercices ;",
             "une attestation d'assurance de responsabilité civile professionnelle couvrant au minimum 1~500~000 € par "
             "sinistre ;",
             "la liste des principales prestations similaires exécutées au cours des trois dernières années."]),
        H("Article 7 – Critères de jugement des offres"),
        P("L'offre économiquement la plus avantageuse est appréciée lot par lot selon les critères pondérés suivants :"),
        RTAB(ROWS(["Critère", "Pondération"],
                  ["Prix des prestations (DQE non contractuel établi à partir du BPU)", "55 %"],
                  ["Valeur technique, appréciée au vu du mémoire technique :", "45 %"],
                  ["– moyens humains et matériels affectés au lot", "20 %"],
                  ["– méthodologie et organisation des interventions", "15 %"],
                  ["– pratiques de gestion écologique : alternatives aux produits phytosanitaires, traitement des "
                   "déchets verts, matériels électriques", "10 %"]), widths=[4, 1], align="lr"),
        H("Article 8 – Conditions de remise des offres"),
        P("Les offres sont remises exclusivement par voie électronique sur le profil d'acheteur "
          "https://marches.montferrand-ysere.fr avant la date et l'heure limites indiquées en page de garde. Le délai "
          "de validité des offres est de cent vingt jours."),
        H("Article 9 – Renseignements complémentaires"),
        P("Les questions sont posées sur le profil d'acheteur au plus tard six jours avant la date limite. Une visite "
          "des cimetières est conseillée pour le lot 3 (contact : M. Olivier Tessandier, responsable des espaces verts, "
          "tél. 04~76~18~52~30)."),
    ]
    ccap = [
        TITLE("VILLE DE MONTFERRAND-SUR-YSÈRE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Entretien des espaces verts, des cimetières et des abords de voirie – Réf. " + ref),
        H("Article 1 – Objet et forme de l'accord-cadre"),
        P("Le présent CCAP s'applique à chacun des trois lots définis au règlement de la consultation. Chaque lot fait "
          "l'objet d'un accord-cadre mono-attributaire exécuté par bons de commande (articles R.~2162-1 à R.~2162-6 et "
          "R.~2162-13 à R.~2162-14 du code de la commande publique), sans montant minimum et avec un montant maximum "
          "propre à chaque lot, indiqué à l'article 3 du règlement de la consultation."),
        H("Article 2 – Pièces contractuelles"),
        P("Par ordre de priorité décroissante : l'acte d'engagement du lot, le présent CCAP, le CCTP commun aux trois "
          "lots, le bordereau des prix unitaires du lot, le CCAG applicable aux marchés publics de fournitures courantes "
          "et de services (arrêté du 30 mars 2021), le mémoire technique du titulaire."),
        H("Article 3 – Durée et reconduction"),
        P("Chaque accord-cadre court douze mois à compter du 1er mai 2027 et se reconduit tacitement trois fois, sauf "
          "décision contraire de la Ville notifiée au moins deux mois avant l'échéance."),
        H("Article 4 – Bons de commande et délais"),
        P("Les bons de commande précisent le site, la nature des travaux d'entretien, les quantités et le délai. Sauf "
          "mention contraire, le délai d'intervention est de dix jours calendaires ; il est ramené à quarante-huit "
          "heures pour les interventions urgentes (chute d'arbre, sécurisation après intempéries)."),
        H("Article 5 – Prix et révision"),
        P("Les prestations sont réglées par application des prix unitaires du BPU aux quantités réellement exécutées. "
          "Les prix sont révisés annuellement à la date anniversaire selon la formule P = P0 × (0,15 + 0,85 × I / I0), "
          "I étant l'indice ICHT-rev-TS du mois de la révision et I0 celui du mois de remise des offres."),
        H("Article 6 – Avance"),
        P("Une avance de 10~% est accordée pour tout lot dont le montant maximum annuel excède 50~000 € HT lorsque le "
          "délai d'exécution est supérieur à deux mois, sauf renonciation du titulaire dans l'acte d'engagement."),
        H("Article 7 – Pénalités"),
        P("En cas de retard, le titulaire encourt, sans mise en demeure préalable, une pénalité de 120 € par jour "
          "calendaire de retard. Le montant total des pénalités de retard est plafonné à 10~% du montant HT des bons "
          "de commande émis au cours de la période annuelle considérée."),
        H("Article 8 – Action d'insertion professionnelle (lots 1 et 2)"),
        P("Conformément à l'article L.~2112-2 du code de la commande publique, le titulaire des lots n°~1 et n°~2 "
          "réserve à des personnes rencontrant des difficultés sociales ou professionnelles particulières un volume "
          "minimal d'heures de travail, fixé pour la durée totale de l'accord-cadre à :"),
        LST(["lot n°~1 : 350 heures ;", "lot n°~2 : 280 heures."]),
        P("Sont notamment éligibles les demandeurs d'emploi de longue durée, les allocataires du RSA, les jeunes de "
          "moins de 26 ans sans qualification et les travailleurs reconnus handicapés. Le titulaire peut recourir à "
          "l'embauche directe, à la mise à disposition de salariés par une structure d'insertion (ETTI, AI, GEIQ) ou "
          "à la sous-traitance auprès d'une SIAE. La facilitatrice de la Maison de l'emploi du Pays d'Ysère "
          "accompagne le titulaire et valide l'éligibilité des personnes proposées."),
        P("Le titulaire transmet chaque trimestre un état nominatif des heures réalisées. À défaut d'exécution, une "
          "pénalité de 45 € HT est appliquée par heure d'insertion non réalisée."),
        H("Article 9 – Lot réservé"),
        P("Le lot n°~3 étant réservé en application de l'article L.~2113-12 du CCP, son titulaire tient à la "
          "disposition de la Ville, pendant toute la durée de l'accord-cadre, les justificatifs de la proportion de "
          "travailleurs handicapés qu'il emploie."),
        H("Article 10 – Règlement des comptes"),
        P("Les sommes dues sont payées par mandat administratif dans un délai global de trente jours à compter de la "
          "réception de la facture, déposée sur le portail Chorus Pro (SIRET de la Ville rappelé ci-dessus)."),
        H("Article 11 – Résiliation et litiges"),
        P("Les stipulations du chapitre 7 du CCAG-FCS s'appliquent. Tout litige relève du tribunal administratif de "
          "Grenoble, 2 place de Verdun, 38000 Grenoble."),
    ]
    cctp = [
        TITLE("Ville de Montferrand-sur-Ysère", "CCTP – Cahier des clauses techniques particulières",
              "Entretien des espaces verts, des cimetières et des abords de voirie (lots 1 à 3)"),
        H("Article 1 – Objet"),
        P("Le présent CCTP fixe les prescriptions techniques communes aux trois lots de l'accord-cadre n° " + ref +
          ". Les plans des sites sont annexés (annexes A1 à A3)."),
        H("Article 2 – Sites concernés"),
        LST(["lot 1 : parc de la Tuilerie, square Jean-Moulin, jardins de l'Abbaye, cours de l'école Pasteur ;",
             "lot 2 : avenue du Vercors, giratoires des Ayes et de la Gare, talus de la RD 1090 en agglomération ;",
             "lot 3 : cimetières du Bourg, des Granges et de Bellevue."]),
        H("Article 3 – Tonte et fauchage"),
        P("Hauteur de coupe : 6 à 8 cm sur les pelouses d'agrément, 10 à 12 cm sur les espaces rustiques. Fauchage "
          "tardif des prairies fleuries après le 15 juillet, selon le plan de gestion différenciée joint."),
        H("Article 4 – Taille des arbustes et des haies"),
        P("Taille raisonnée hors période de nidification (du 15 mars au 31 juillet), sauf impératif de sécurité "
          "signalé par la Ville."),
        H("Article 5 – Prescriptions environnementales"),
        P("Aucun produit phytopharmaceutique ni biocide de synthèse n'est employé, y compris dans les allées des "
          "cimetières ; le désherbage est mécanique, thermique ou manuel."),
        P("Les déchets verts sont broyés sur place pour le paillage des massifs ou apportés à la plateforme de "
          "compostage de la Combe-Noire ; le titulaire remet chaque mois les bons de pesée correspondants."),
        P("Les souffleurs, taille-haies et débroussailleuses utilisés à moins de 50 mètres des habitations sont "
          "électriques à batterie. Les huiles de chaîne sont biodégradables."),
        H("Article 6 – Sécurité et signalisation"),
        P("Le titulaire met en place la signalisation temporaire conforme à l'instruction interministérielle sur la "
          "signalisation routière (8e partie) pour toute intervention sur chaussée."),
        H("Article 7 – Compte rendu d'intervention"),
        P("Chaque intervention donne lieu à une fiche précisant la date, le site, les prestations exécutées et les "
          "éventuelles anomalies constatées."),
    ]
    bpu = [
        TITLE("Ville de Montferrand-sur-Ysère – Consultation " + ref, "BORDEREAU DES PRIX UNITAIRES",
              "Lot n° 1 : Parcs, squares et jardins (secteur nord)"),
        P("Les prix sont exprimés en euros hors taxes. Le candidat complète la colonne « Prix unitaire HT » ; aucune "
          "ligne ne peut être modifiée ni supprimée."),
        TAB(ROWS(["N°", "Désignation", "Unité", "Prix unitaire HT (€)"],
                 ["1.01", "Tonte de pelouse d'agrément, ramassage compris", "100 m²", ""],
                 ["1.02", "Tonte de prairie rustique", "100 m²", ""],
                 ["1.03", "Fauchage tardif avec exportation", "are", ""],
                 ["1.04", "Taille de haie libre, hauteur < 2 m", "ml", ""],
                 ["1.05", "Taille de haie libre, hauteur ≥ 2 m", "ml", ""],
                 ["1.06", "Désherbage mécanique des allées stabilisées", "100 m²", ""],
                 ["1.07", "Ramassage des feuilles et évacuation vers la plateforme", "m³", ""],
                 ["1.08", "Paillage des massifs (fourniture et mise en œuvre)", "m²", ""],
                 ["1.09", "Heure d'intervention d'un jardinier (travaux hors bordereau)", "h", ""],
                 ["1.10", "Heure de mini-pelle avec conducteur", "h", ""])),
        P("Fait à ......................, le ......................   Signature du candidat :"),
    ]
    ae = [
        TITLE("Ville de Montferrand-sur-Ysère", "ACTE D'ENGAGEMENT",
              "Lot n° 3 – Entretien des cimetières communaux",
              "Lot réservé (article L. 2113-12 du code de la commande publique) – Consultation " + ref),
        H("A – Identification de l'acheteur"),
        P("Ville de Montferrand-sur-Ysère, 4 place du Marché-Couvert, 38712 Montferrand-sur-Ysère. Ordonnateur : le "
          "maire. Comptable assignataire : service de gestion comptable de Vals-d'Ysère."),
        H("B – Engagement du titulaire"),
        P("Après avoir pris connaissance des pièces du dossier de consultation, je m'engage, sur la base de mon offre "
          "et pour mon compte (ou pour celui de la structure que je représente), à exécuter les prestations du lot n°~3 "
          "aux prix unitaires figurant au bordereau des prix de ce lot."),
        P("Nom, prénom et qualité du signataire : ............................................"),
        P("Raison sociale et SIRET de la structure : ............................................"),
        H("C – Montant de l'accord-cadre"),
        P("Accord-cadre sans montant minimum. Montant maximum du lot n°~3 pour la durée totale (période initiale et "
          "trois reconductions) : 70~000,00 € HT."),
        H("D – Déclaration relative au lot réservé"),
        P("Je déclare que la structure est une entreprise adaptée, un ESAT ou une structure équivalente, et que la "
          "proportion de travailleurs handicapés qu'elle emploie est au moins égale à 50~%."),
        H("E – Avance et paiement"),
        P("Je renonce / ne renonce pas (rayer la mention inutile) au bénéfice de l'avance. Les paiements sont effectués "
          "sur le compte ouvert au nom de la structure (joindre un RIB)."),
        P("Fait en un seul original, à ......................, le ......................"),
    ]
    return dict(
        id="d01",
        title="Ville de Montferrand-sur-Ysère – entretien des espaces verts et cimetières (3 lots en colonnes)",
        pieces=[
            PIECE("RC_2027-EV-04.pdf", "RC", hd % "Règlement de la consultation", ft, rc,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=630, marche_reserve=1,
                    reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=3,
                    montant_estime_ht=260000, montant_max_ht=400000,
                    evidence=["décomposée en trois lots",
                              "48 mois 120~000,00 € 96~000,00 € 44~000,00 €",
                              "48 mois 180~000,00 € 150~000,00 € 70~000,00 €",
                              "(durée totale) 350 h 280 h",
                              "réservé, en application de l'article L.~2113-12",
                              "pratiques de gestion écologique",
                              "[sommes des colonnes : 260 000 ; 400 000 ; 630 h]"]), hyphen=True),
            PIECE("CCAP_2027-EV-04.pdf", "CCAP", hd % "CCAP", ft, ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=630, marche_reserve=1,
                    reserve_base="L2113-12", allotissement=1, nb_lots=3,
                    evidence=["chacun des trois lots", "lot n°~1 : 350 heures", "lot n°~2 : 280 heures",
                              "[350 + 280 = 630]", "réservé en application de l'article L.~2113-12"]), hyphen=True),
            PIECE("CCTP_2027-EV-04.docx", "CCTP", hd % "CCTP", ft, cctp,
                  L(clause_environnementale=1, allotissement=1, nb_lots=3,
                    evidence=["communes aux trois lots",
                              "Aucun produit phytopharmaceutique ni biocide de synthèse n'est employé",
                              "le titulaire remet chaque mois les bons de pesée"])),
            PIECE("BPU_lot1_2027-EV-04.docx", "BPU", hd % "BPU lot 1", ft, bpu,
                  L(allotissement=1, evidence=["Lot n° 1 : Parcs, squares et jardins"])),
            PIECE("AE_lot3_2027-EV-04.docx", "AE", hd % "AE lot 3", ft, ae,
                  L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, montant_max_ht=70000,
                    evidence=["Lot réservé (article L. 2113-12 du code de la commande publique)",
                              "Montant maximum du lot n°~3 pour la durée totale (période initiale et trois "
                              "reconductions) : 70~000,00 € HT", "[maximum du seul lot 3]"])),
        ],
        pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=630, allotissement=1, nb_lots=3, montant_estime_ht=260000, montant_max_ht=400000,
                 reserve_base="L2113-12"),
        why=dict(
            montant_estime_ht="RC art. 3, tableau dont les lots sont les COLONNES, ligne « Montant estimatif HT sur 48 "
                              "mois » : 120 000 + 96 000 + 44 000 = 260 000 (aucun total écrit).",
            montant_max_ht="Même tableau, ligne « Montant maximum HT sur 48 mois » : 180 000 + 150 000 + 70 000 = "
                           "400 000 (durée totale, reconductions comprises). L'AE du lot 3 ne donne que 70 000.",
            heures_insertion="RC (ligne du tableau) et CCAP art. 8 : 350 h (lot 1) + 280 h (lot 2) = 630 ; lot 3 "
                             "« sans objet ».",
            nb_lots="RC art. 3 : « décomposée en trois lots ».",
            reserve_base="Lot 3 réservé, article L. 2113-12 cité (RC, CCAP, AE)."),
        note="Pièges : chiffre d'affaires minimal demandé (90 000 / 75 000 €, dernière ligne du même tableau) ; "
             "assurance 1 500 000 € ; seuil de l'avance 50 000 € HT ; plafond de pénalités 10 % ; pénalité 45 €/h ; "
             "AE du lot 3 (70 000 € HT) qui ne vaut que pour ce lot. Critère environnemental : sous-critère de 10 % ; "
             "clause environnementale : CCTP art. 5.",
    )


# ============================================================================= d02
def d02():
    ref = "DEP-ORV-2027-0142"
    hd = "Département de l'Orvanne – %s – " + ref
    ft = "Direction de l'éducation et des collèges – service des achats mutualisés"
    lots = [("1", "Produits d'entretien des sols et des surfaces", "6~000,00 €", "60~000,00 €"),
            ("2", "Produits pour le lavage de la vaisselle (plonge et lave-vaisselle)", "3~500,00 €", "35~000,00 €"),
            ("3", "Papier hygiénique, essuie-mains et bobines d'essuyage", "5~000,00 €", "48~000,00 €"),
            ("4", "Sacs à déchets et sacs de collecte sélective", "2~000,00 €", "22~000,00 €"),
            ("5", "Petit matériel de nettoyage (balais, franges, seaux, chariots)", "3~000,00 €", "30~000,00 €"),
            ("6", "Produits d'hygiène corporelle (savons, gels)", "1~500,00 €", "18~000,00 €"),
            ("7", "Équipements de protection individuelle des agents d'entretien", "2~500,00 €", "25~000,00 €"),
            ("8", "Produits désinfectants pour surfaces et cuisines", "2~500,00 €", "27~000,00 €"),
            ("9", "Distributeurs et consommables d'hygiène – lot réservé", "1~000,00 €", "15~000,00 €")]
    table = [["Lot", "Intitulé", "Montant minimum annuel HT", "Montant maximum annuel HT"]]
    table += [list(x) for x in lots]
    table.append(["Total", "Total annuel (tous lots)", "27~000,00 €", "280~000,00 €"])
    rc = [
        TITLE("DÉPARTEMENT DE L'ORVANNE", "RÈGLEMENT DE CONSULTATION",
              "Fourniture de produits d'entretien, d'hygiène et de petit matériel pour les collèges publics",
              "Appel d'offres ouvert – articles R.~2124-2 1° et R.~2161-2 à R.~2161-5 du code de la commande publique"),
        H("1. Pouvoir adjudicateur"),
        P("Département de l'Orvanne, Hôtel du Département, 11 cours Aristide-Briand, CS 70412, 58109 Saint-Aubin-"
          "sur-Orvanne Cedex. SIRET 225~800~019~00013. Représentant : le président du conseil départemental. "
          "Suivi de la procédure : Mme Nadège Ferrandou, service des achats mutualisés (achats@orvanne.fr)."),
        H("2. Objet de la consultation"),
        P("La consultation a pour objet la fourniture et la livraison, dans les quarante-deux collèges publics du "
          "Département, des produits d'entretien et d'hygiène et du petit matériel nécessaires aux agents techniques "
          "territoriaux des établissements d'enseignement. La procédure retenue est l'appel d'offres ouvert, la valeur "
          "du besoin dépassant le seuil européen de 216¦SB¦000 € HT applicable aux collectivités territoriales."),
        P("Les collèges passent commande directement auprès des titulaires, au moyen de bons de commande émis sur "
          "la plateforme départementale d'approvisionnement, dans la limite des crédits notifiés à chaque "
          "établissement pour l'année scolaire. Les livraisons sont assurées franco de port, déchargement et mise en "
          "réserve compris, aux jours et heures d'ouverture des services d'intendance."),
        H("3. Forme et durée de l'accord-cadre"),
        P("Chaque lot donne lieu à un accord-cadre mono-attributaire à bons de commande, conclu avec un montant "
          "minimum et un montant maximum annuels en valeur. L'accord-cadre est conclu pour une durée initiale d'un "
          "an à compter du 1er septembre 2027. Il est reconductible tacitement trois fois par période d'un an, sans "
          "que sa durée totale puisse excéder quatre ans. Les montants du tableau de l'article 4 s'appliquent à "
          "chaque période annuelle, période initiale comme périodes de reconduction."),
        P("Les quantités commandées chaque année dépendent des effectifs des collèges, des surfaces à entretenir et "
          "de l'ouverture éventuelle de nouveaux locaux (demi-pension du collège Louise-Michel, extension du collège "
          "des Tanneurs). Le Département ne s'engage que sur les montants minimums annuels."),
        H("4. Allotissement et montants"),
        P("Les fournitures sont réparties en neuf lots. Les candidats peuvent soumissionner pour un ou plusieurs lots ; "
          "aucune limitation du nombre de lots attribués à un même titulaire n'est prévue. Les variantes ne sont pas "
          "autorisées. Les montants minimum et maximum de chaque lot, valables pour chaque période annuelle, sont les "
          "suivants :"),
        RTAB(table, widths=[0.55, 3.2, 1.35, 1.35], align="llrr", bold_last=True),
        P("Le lot n°~9 est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail "
          "mentionnés à l'article L.~2113-12 du code de la commande publique."),
        H("5. Conditions de participation"),
        P("Les candidats produisent le DUME ou les formulaires DC1 et DC2, les attestations prévues à l'article R.~2143-"
          "3 du CCP et une attestation d'assurance de responsabilité civile d'un montant minimal de 2~000~000 € par "
          "sinistre. Pour chaque lot, le chiffre d'affaires annuel moyen des trois derniers exercices doit être au "
          "moins égal à 1,5 fois le montant maximum annuel du lot."),
        H("6. Jugement des offres"),
        RTAB(ROWS(["Critère", "Pondération", "Méthode de notation"],
                  ["Prix (DQE non contractuel)", "50 %", "offre la moins disante / offre examinée × 50"],
                  ["Valeur technique (fiches techniques, échantillons, délais)", "35 %", "grille jointe au RC"],
                  ["Performance environnementale des produits : écolabels, biodégradabilité, réduction des emballages",
                   "15 %", "barème en annexe 2"]), widths=[3, 1, 2.4], align="lrl"),
        H("7. Remise des plis"),
        P("Date limite de réception des offres : 28 mai 2027 à 16 heures, sur https://achats.orvanne.fr. Les "
          "échantillons demandés à l'annexe 1 sont déposés à la plateforme logistique départementale, 3 rue du "
          "Four-à-Chaux, avant la même date."),
    ]
    ccap = [
        TITLE("DÉPARTEMENT DE L'ORVANNE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Produits d'entretien, d'hygiène et petit matériel – collèges publics"),
        H("Article 1 – Objet"),
        P("Le présent CCAP est commun aux neuf lots de la consultation. Les montants minimum et maximum annuels de "
          "chaque lot sont ceux indiqués à l'article 4 du règlement de consultation ; ils ne sont pas répétés ici."),
        H("Article 2 – Durée"),
        P("Période initiale d'un an à compter du 1er septembre 2027, reconductible tacitement trois fois par période "
          "d'un an. Le titulaire peut refuser la reconduction en le faisant savoir au moins trois mois avant "
          "l'échéance."),
        H("Article 3 – Commandes et livraisons"),
        P("Les bons de commande sont émis par les gestionnaires des collèges. Le délai de livraison est de cinq jours "
          "ouvrés ; il est de quarante-huit heures pour les commandes urgentes de produits de désinfection."),
        H("Article 4 – Conditions d'exécution environnementales"),
        P("Afin de limiter le transport et les déchets, le titulaire regroupe les livraisons de chaque collège en une "
          "livraison mensuelle au plus, sauf urgence. Il reprend gratuitement, lors de la livraison suivante, les "
          "cartons, palettes et bidons vides, et en assure la réutilisation ou le recyclage par une filière agréée ; "
          "un bilan annuel des quantités reprises est adressé au Département. Les produits concentrés sont livrés "
          "avec un système de dosage fourni gratuitement."),
        H("Article 5 – Lot réservé"),
        P("Le titulaire du lot n°~9, réservé en application de l'article L.~2113-12 du CCP, justifie à la demande du "
          "Département de sa qualité d'entreprise adaptée ou d'ESAT pendant toute la durée de l'accord-cadre."),
        H("Article 6 – Prix"),
        P("Prix unitaires du BPU, fermes la première année, puis révisables à chaque reconduction selon l'indice des "
          "prix à la production de l'industrie française pour le marché français – CPF 20.41 « savons, détergents "
          "et produits d'entretien », dans la limite d'une hausse de 4~% par an."),
        H("Article 7 – Pénalités"),
        P("Retard de livraison : 1/1000e du montant du bon de commande par jour de retard, avec un minimum de 15 € "
          "par jour. Le montant cumulé des pénalités est plafonné, pour chaque période, à 5~% du montant maximum "
          "annuel du lot concerné. Non-reprise des emballages : pénalité forfaitaire de 80 € par collège et par "
          "livraison."),
        H("Article 8 – Paiement"),
        P("Le délai global de paiement est de trente jours. Les factures sont déposées sur Chorus Pro, une facture "
          "par bon de commande, en mentionnant le numéro d'engagement juridique communiqué par le collège."),
        H("Article 9 – Assurances"),
        P("Le titulaire justifie, dans les quinze jours de la notification, d'une assurance couvrant sa "
          "responsabilité civile à hauteur d'au moins 2~000~000 € par sinistre."),
        H("Article 10 – Litiges"),
        P("Tribunal administratif de Dijon, 22 rue d'Assas, 21000 Dijon."),
    ]
    cctp = [
        TITLE("Département de l'Orvanne", "Cahier des clauses techniques particulières",
              "Produits d'entretien, d'hygiène et petit matériel pour les collèges – prescriptions communes aux neuf lots"),
        H("1. Généralités"),
        P("Les produits sont conformes aux règlements REACH et CLP. Les fiches de données de sécurité sont fournies "
          "avec l'offre et à chaque changement de formulation."),
        H("2. Exigences environnementales"),
        P("Les produits d'entretien des lots 1, 2 et 8 sont titulaires de l'Écolabel européen ou d'un label "
          "équivalent, à l'exception des désinfectants virucides pour lesquels aucun produit écolabellisé n'existe. "
          "Les papiers du lot 3 sont fabriqués à partir de fibres recyclées à au moins 80~% ou portent l'Ecolabel "
          "européen. Les sacs du lot 4 contiennent au moins 50~% de matière recyclée."),
        P("Le titulaire forme gratuitement, une fois par an, les agents de chaque collège au bon dosage des produits "
          "concentrés afin de réduire les consommations."),
        H("3. Conditionnements"),
        P("Les conditionnements sont adaptés aux établissements : bidons de 5 litres au plus, cartons de 12 kg au plus, "
          "étiquetage en français."),
        H("4. Échantillons et essais"),
        P("Le Département peut faire tester les produits dans trois collèges pilotes pendant la période initiale."),
    ]
    avis = [
        TITLE("Avis de marché", "Fournitures",
              "Base juridique : Directive 2014/24/UE"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Département de l'Orvanne, 11 cours Aristide-Briand, 58109 Saint-Aubin-sur-Orvanne, "
          "Code NUTS : FRC14, Point(s) de contact : service des achats mutualisés, Courriel : achats@orvanne.fr"),
        P("I.4) Type de pouvoir adjudicateur : Autorité régionale ou locale"),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Fourniture de produits d'entretien, d'hygiène et de petit matériel pour les collèges "
          "publics. Numéro de référence : " + ref),
        P("II.1.2) Code CPV principal : 39830000"),
        P("II.1.3) Type de marché : Fournitures"),
        P("II.1.4) Description succincte : Accord-cadre à bons de commande en neuf lots, avec minimum et maximum "
          "annuels par lot."),
        P("II.1.5) Valeur totale estimée : Valeur hors TVA : 860~000,00 EUR"),
        P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être soumises pour "
          "tous les lots."),
        P("II.2.1) Intitulé : lots 1 à 9 – voir règlement de consultation, article 4."),
        P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 35 ; Critère de "
          "qualité – Nom : Performance environnementale des produits / Pondération : 15 ; Prix – Pondération : 50"),
        P("II.2.7) Durée du marché : 12 mois. Ce marché peut faire l'objet d'une reconduction : oui. Description des "
          "modalités ou du calendrier des reconductions : trois reconductions tacites d'un an."),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.5) Informations sur les marchés réservés : le lot 9 est réservé aux entreprises adaptées et ESAT "
          "(article L.~2113-12 du code de la commande publique)."),
        P("III.2.2) Conditions particulières d'exécution : regroupement des livraisons et reprise des emballages pour "
          "réemploi ou recyclage (article 4 du CCAP)."),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : Procédure ouverte"),
        P("IV.2.2) Date limite de réception des offres : 28/05/2027 16:00"),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : le dossier de consultation est disponible gratuitement sur "
          "https://achats.orvanne.fr."),
        P("VI.5) Date d'envoi du présent avis : 14/04/2027"),
    ]
    bpu = [
        TITLE("Département de l'Orvanne – " + ref, "BORDEREAU DES PRIX UNITAIRES",
              "Lot n° 3 : Papier hygiénique, essuie-mains et bobines d'essuyage"),
        P("Prix en euros HT, franco de port et de déchargement dans les collèges."),
        TAB(ROWS(["Réf.", "Article", "Conditionnement", "Prix unitaire HT"],
                 ["3.1", "Papier hygiénique rouleau 200 formats, 2 plis", "colis de 96", ""],
                 ["3.2", "Papier hygiénique maxi-jumbo 380 m", "colis de 6", ""],
                 ["3.3", "Essuie-mains pliés en V, 2 plis", "carton de 3 750", ""],
                 ["3.4", "Bobine d'essuyage à dévidage central 450 formats", "colis de 6", ""],
                 ["3.5", "Essuie-tout ménager 2 rouleaux", "colis de 12", ""])),
    ]
    return dict(
        id="d02",
        title="Département de l'Orvanne – produits d'entretien des collèges (9 lots, tableau sur deux pages, "
              "maximum annuel)",
        pieces=[
            PIECE("RC_DEP-ORV-2027-0142.pdf", "RC", hd % "Règlement de consultation", ft, rc,
                  L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=9,
                    montant_max_ht=1120000,
                    evidence=["réparties en neuf lots", "Total annuel (tous lots) 27~000,00 € 280~000,00 €",
                              "reconductible tacitement trois fois par période d'un an",
                              "[280 000 × 4 périodes = 1 120 000]",
                              "Le lot n°~9 est réservé aux entreprises adaptées",
                              "Performance environnementale des produits"]),
                  hyphen=True, repeat=("Montant maximum annuel HT", 2)),
            PIECE("CCAP_DEP-ORV-2027-0142.pdf", "CCAP", hd % "CCAP", ft, ccap,
                  L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=9,
                    evidence=["commun aux neuf lots",
                              "Il reprend gratuitement, lors de la livraison suivante, les cartons, palettes et bidons "
                              "vides", "réservé en application de l'article L.~2113-12"]),
                  hyphen=True, cols=2),
            PIECE("CCTP_DEP-ORV-2027-0142.docx", "CCTP", hd % "CCTP", ft, cctp,
                  L(clause_environnementale=1, allotissement=1, nb_lots=9,
                    evidence=["prescriptions communes aux neuf lots",
                              "sont titulaires de l'Écolabel européen ou d'un label équivalent"])),
            PIECE("AVIS_JOUE_DEP-ORV-2027-0142.txt", "AVIS", hd % "Avis", ft, avis,
                  L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, critere_environnemental=1,
                    allotissement=1, nb_lots=9, montant_estime_ht=860000,
                    evidence=["Valeur hors TVA : 860~000,00 EUR", "Ce marché est divisé en lots : oui",
                              "en neuf lots", "(article L.~2113-12 du code de la commande publique)",
                              "reprise des emballages pour réemploi ou recyclage",
                              "Performance environnementale des produits / Pondération : 15"])),
            PIECE("BPU_lot3_DEP-ORV-2027-0142.docx", "BPU", hd % "BPU lot 3", ft, bpu,
                  L(allotissement=1, evidence=["Lot n° 3 : Papier hygiénique"])),
        ],
        pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=9, montant_estime_ht=860000, montant_max_ht=1120000,
                 reserve_base="L2113-12"),
        why=dict(
            montant_estime_ht="Seulement dans l'avis JOUE, II.1.5 « Valeur hors TVA : 860 000,00 EUR ».",
            montant_max_ht="RC art. 4 : tableau de neuf lots coupé sur deux pages (en-tête répété), ligne « Total "
                           "annuel (tous lots) » en page suivante : 280 000 € HT par période annuelle ; l'accord-cadre "
                           "dure 1 an reconductible 3 fois et les montants s'appliquent à chaque période, d'où "
                           "280 000 × 4 = 1 120 000.",
            nb_lots="RC art. 4 et avis : neuf lots.",
            reserve_base="Lot 9 réservé, article L. 2113-12 cité (RC, CCAP, avis III.1.5)."),
        note="Pièges : seuil européen de 216 000 € HT cité dans l'objet ; total des minimums annuels 27 000 € ; "
             "assurance 2 000 000 € ; plafond de pénalités 5 % ; minimum de 15 € par jour ; hausse plafonnée à 4 %. "
             "Pas de clause sociale (seulement le lot réservé).",
    )


# ============================================================================= d03
def d03():
    ref = "CAVS-2027-NET-01"
    hd = "Communauté d'agglomération Vallée de la Sarce – %s – " + ref
    ft = "CAVS – Direction de la commande publique – 9 rue des Tisserands – 61420 Sarcelay"
    rc = [
        TITLE("COMMUNAUTÉ D'AGGLOMÉRATION VALLÉE DE LA SARCE", "Règlement de la consultation (RC)",
              "Nettoyage et entretien des locaux communautaires", "Procédure : appel d'offres ouvert"),
        H("Article 1 – Acheteur"),
        P("Communauté d'agglomération Vallée de la Sarce (CAVS), 9 rue des Tisserands, 61420 Sarcelay. "
          "SIRET 200~067~318~00024. Affaire suivie par M. Karim Benslimane, direction de la commande publique."),
        H("Article 2 – Objet"),
        P("Nettoyage régulier et remise en état des bâtiments administratifs, culturels et techniques de la CAVS. "
          "Les surfaces, fréquences et plans figurent au CCTP et à ses annexes."),
        H("Article 3 – Décomposition en lots"),
        P("La consultation comprend quatre lots :"),
        LST(["Lot 1 : siège communautaire et pôle administratif Gambetta ;",
             "Lot 2 : médiathèques, conservatoire et école d'art ;",
             "Lot 3 : centres techniques, déchèteries (locaux sociaux) et ateliers ;",
             "Lot 4 : nettoyage des vitreries de l'ensemble des sites – lot réservé."]),
        P("Le lot 4 est réservé, en application de l'article L.~2113-13 du code de la commande publique, aux "
          "structures d'insertion par l'activité économique (SIAE) mentionnées à l'article L.~5132-4 du code du "
          "travail et aux structures équivalentes."),
        P("Les montants maximum de chaque lot sont fixés par le CCAP."),
        H("Article 4 – Durée"),
        P("Un an à compter du 1er janvier 2028, reconductible trois fois par reconduction tacite, pour une durée "
          "totale maximale de quatre ans."),
        H("Article 5 – Clause sociale"),
        P("Les lots 1, 2 et 3 comportent une clause sociale d'insertion obligatoire, dont le volume d'heures et les "
          "modalités figurent à l'article 9 du CCAP. Les candidats en tiennent compte dans leur offre."),
        H("Article 6 – Informations utiles"),
        P("À titre d'information, les prestations du marché précédent (2023-2027, quatre lots) ont été facturées "
          "1~318~400 € HT sur l'ensemble de sa durée. Ce chiffre ne constitue ni un engagement ni une estimation "
          "pour la présente consultation."),
        H("Article 7 – Candidature"),
        P("Capacité financière : chiffre d'affaire annuel moyen des trois derniers exercices au moins égal à "
          "250¦SB¦000 € HT pour les lots 1 et 2, et à 100~000 € HT pour les lots 3 et 4. Assurance de "
          "responsabilité civile : attestation en cours de validité."),
        H("Article 8 – Critères d'attribution"),
        TAB(ROWS(["Critères", "Pondération"],
                 ["Prix", "50 %"],
                 ["Valeur technique : organisation, encadrement, contrôle qualité", "35 %"],
                 ["Démarche environnementale : produits, matériels, consommation d'eau", "5 %"],
                 ["Performance en matière d'insertion professionnelle des publics en difficulté (lots 1 à 3) : "
                  "parcours, tutorat, formation", "10 %"]), widths=[4, 1]),
        P("Pour le lot 4, les 10~% du critère d'insertion sont reportés sur la valeur technique."),
        H("Article 9 – Remise des offres"),
        P("Les offres sont déposées sur la plateforme https://marchespublics.vallee-sarce.fr au plus tard le "
          "6 septembre 2027 à 12h00. Visite obligatoire des sites des lots 1 et 2 (rendez-vous auprès de "
          "Mme Hélène Courtade, 02~33~41~17~60)."),
    ]
    ccap = [
        TITLE("COMMUNAUTÉ D'AGGLOMÉRATION VALLÉE DE LA SARCE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Nettoyage et entretien des locaux communautaires – lots 1 à 4"),
        H("Article 1 – Objet et forme"),
        P("Chacun des quatre lots est un accord-cadre à bons de commande mono-attributaire, passé en application des "
          "articles R.~2162-2 et R.~2162-13 du code de la commande publique, sans minimum et avec un maximum. Les "
          "prestations régulières font l'objet d'un bon de commande annuel ; les remises en état ponctuelles, de bons "
          "de commande spécifiques."),
        H("Article 2 – Documents contractuels"),
        LST(["l'acte d'engagement du lot et ses annexes ;", "le présent CCAP et ses annexes 1 et 2 ;",
             "le CCTP et ses annexes (plans, surfaces, fréquences) ;", "le bordereau des prix unitaires et le DQE ;",
             "le CCAG-FCS (arrêté du 30 mars 2021) ;", "le mémoire technique du titulaire."]),
        H("Article 3 – Montant maximum"),
        P("Le montant maximum de chaque lot, pour la durée totale de l'accord-cadre reconductions comprises, figure à "
          "l'annexe 2 du présent CCAP."),
        H("Article 4 – Durée et reconduction"),
        P("Période initiale de douze mois à compter du 1er janvier 2028, reconductible tacitement trois fois. La "
          "non-reconduction est notifiée par lettre recommandée trois mois avant l'échéance."),
        H("Article 5 – Prix et variation"),
        P("Prix révisables annuellement selon l'indice ICHT-rev-TS (nettoyage) publié par l'INSEE, avec une partie "
          "fixe de 12,5~%."),
        H("Article 6 – Avance"),
        P("Conformément à l'article R.~2191-3 du CCP, une avance est versée lorsque le montant du bon de commande "
          "annuel est supérieur à 50~000 € HT et que le délai d'exécution est supérieur à deux mois. Son taux est "
          "fixé à 10~% du montant TTC du bon de commande."),
        H("Article 7 – Pénalités"),
        P("Prestation non réalisée : 150 € HT par local et par passage. Absence de l'encadrant aux réunions "
          "mensuelles : 200 € HT. Le montant cumulé des pénalités est plafonné à 15~000 € HT par lot et par année "
          "d'exécution."),
        H("Article 8 – Sous-traitance"),
        P("La sous-traitance des prestations de nettoyage courant est limitée à 30~% du montant du lot, sauf lorsqu'elle "
          "est confiée à une structure d'insertion ou à une entreprise adaptée."),
        H("Article 9 – Clause sociale d'insertion (lots 1 à 3)"),
        P("En application de l'article L.~2112-2 du CCP, le titulaire de chacun des lots 1, 2 et 3 consacre à "
          "l'insertion professionnelle de personnes rencontrant des difficultés particulières d'accès à l'emploi le "
          "nombre d'heures de travail indiqué ci-dessous, pour la durée totale de l'accord-cadre :"),
        TAB(ROWS(["Lot", "Heures d'insertion (4 ans)", "Publics prioritaires"],
                 ["Lot 1 – Siège et pôle Gambetta", "1~200", "DELD, bénéficiaires du RSA, résidents QPV"],
                 ["Lot 2 – Équipements culturels", "900", "jeunes de moins de 26 ans, seniors"],
                 ["Lot 3 – Centres techniques", "450", "travailleurs handicapés, DELD"],
                 ["Lot 4 – Vitrerie (réservé SIAE)", "–", "–"]), widths=[2.2, 1.3, 2.6], align="lrl"),
        P("Le titulaire choisit entre l'embauche directe, la mise à disposition par une ETTI, une AI ou un GEIQ, et la "
          "sous-traitance ou la co-traitance avec une SIAE. Il désigne un tuteur. Le facilitateur du PLIE de la Sarce "
          "est l'interlocuteur unique pour la validation des publics et le suivi des heures. Chaque heure non "
          "réalisée en fin d'accord-cadre donne lieu à une pénalité de 35 € HT."),
        H("Article 10 – Lot réservé"),
        P("Le titulaire du lot 4 (réservé au titre de l'article L.~2113-13 du CCP) maintient pendant l'exécution une "
          "proportion d'au moins 50~% de travailleurs en parcours d'insertion dans l'équipe affectée au lot."),
        H("Article 11 – Paiement"),
        P("Virement à trente jours, factures mensuelles déposées sur Chorus Pro."),
        H("Article 12 – Litiges"),
        P("Tribunal administratif de Caen, 3 rue Arthur-Le-Duc, 14000 Caen."),
        ("pagebreak",),
        H("Annexe 1 au CCAP – Liste des sites"),
        TAB(ROWS(["Lot", "Sites", "Surface (m²)"],
                 ["1", "Siège, 9 rue des Tisserands ; pôle Gambetta, 2 bd Gambetta", "6~420"],
                 ["2", "Médiathèques de Sarcelay et de Ronfeugerai ; conservatoire ; école d'art", "5~180"],
                 ["3", "Centre technique des Rochettes ; ateliers ; locaux sociaux de 4 déchèteries", "2~760"],
                 ["4", "Ensemble des sites (vitrages, verrières, façades vitrées)", "3~950 (vitrages)"]),
            widths=[0.6, 4, 1.3], align="llr"),
        H("Annexe 2 au CCAP – Montants maximum par lot"),
        P("Montants maximum pour la durée totale de l'accord-cadre (période initiale et trois reconductions), en "
          "euros hors taxes :"),
        TAB(ROWS(["Lot", "Intitulé", "Montant maximum HT"],
                 ["1", "Siège communautaire et pôle administratif Gambetta", "640~000 €"],
                 ["2", "Médiathèques, conservatoire et école d'art", "480~000 €"],
                 ["3", "Centres techniques, déchèteries et ateliers", "260~000 €"],
                 ["4", "Vitrerie de l'ensemble des sites (lot réservé)", "120~000 €"]),
            widths=[0.6, 4, 1.5], align="llr"),
    ]
    cctp = [
        TITLE("CAVS – Communauté d'agglomération Vallée de la Sarce", "CCTP",
              "Nettoyage et entretien des locaux communautaires"),
        H("1. Objet"),
        P("Le présent document définit les prestations de nettoyage des quatre lots : nettoyage quotidien et "
          "périodique, remise en état, vitrerie."),
        H("2. Fréquences"),
        P("Bureaux : passage quotidien du lundi au vendredi, entre 6h00 et 8h30 ou après 18h00. Sanitaires : deux "
          "passages par jour dans les équipements recevant du public. Vitrerie (lot 4) : intérieur trimestriel, "
          "extérieur semestriel."),
        H("3. Produits et matériels"),
        P("Les produits d'entretien courant utilisés sont titulaires de l'Écolabel européen ou équivalent. Le titulaire "
          "emploie des textiles microfibres lavables et des centrales de dilution afin de réduire les quantités de "
          "produits ; l'usage des aérosols est proscrit. Les autolaveuses sont équipées d'un dispositif de dosage "
          "automatique de l'eau."),
        P("Le titulaire trie les déchets collectés dans les bureaux selon les consignes de la CAVS (papier, "
          "emballages, biodéchets des offices) et les dépose dans les bacs correspondants."),
        H("4. Personnel"),
        P("Le personnel porte une tenue identifiant l'entreprise et un badge nominatif. Le titulaire communique la "
          "liste des agents affectés à chaque site et la met à jour à chaque changement."),
        H("5. Contrôle de la qualité"),
        P("Contrôles contradictoires mensuels selon la méthode de la grille jointe (annexe C) ; une note inférieure à "
          "80/100 entraîne une nouvelle intervention sans surcoût dans les 24 heures."),
        H("6. Remises en état"),
        P("Décapage et protection des sols thermoplastiques une fois par an pendant les congés d'été, shampooing des "
          "moquettes, nettoyage des luminaires."),
        H("7. Sécurité"),
        P("Le plan de prévention est établi avec chaque responsable de site avant le démarrage des prestations."),
    ]
    dqe = [
        TITLE("CAVS – " + ref, "DÉTAIL QUANTITATIF ESTIMATIF (DQE)", "Lot 1 – Siège communautaire et pôle "
              "administratif Gambetta"),
        P("Document non contractuel servant au jugement des offres. Les quantités sont indicatives et n'engagent pas "
          "la CAVS. Le candidat reporte les prix unitaires du BPU et calcule les montants."),
        TAB(ROWS(["Poste", "Unité", "Quantité annuelle", "Prix unitaire HT", "Montant HT"],
                 ["Nettoyage quotidien des bureaux", "m²/an", "3~980", "", ""],
                 ["Nettoyage des sanitaires", "m²/an", "410", "", ""],
                 ["Nettoyage des circulations et halls", "m²/an", "1~250", "", ""],
                 ["Remise en état annuelle des sols", "m²", "2~100", "", ""],
                 ["Shampooing des moquettes", "m²", "680", "", ""],
                 ["Intervention ponctuelle d'un agent", "heure", "120", "", ""],
                 ["Total HT du DQE (une année)", "", "", "", ""]), widths=[3, 0.9, 1.1, 1.1, 1.1], align="llrrr"),
    ]
    return dict(
        id="d03",
        title="CA Vallée de la Sarce – nettoyage des locaux (lots au RC, maxima seulement en annexe 2 du CCAP)",
        pieces=[
            PIECE("RC_CAVS-2027-NET-01.docx", "RC", hd % "Règlement de la consultation", ft, rc,
                  L(clause_sociale=1, clause_insertion=1, critere_social=1, marche_reserve=1, reserve_base="L2113-13",
                    critere_environnemental=1, allotissement=1, nb_lots=4,
                    evidence=["La consultation comprend quatre lots",
                              "comportent une clause sociale d'insertion obligatoire",
                              "Performance en matière d'insertion professionnelle des publics en difficulté",
                              "Démarche environnementale : produits, matériels, consommation d'eau",
                              "réservé, en application de l'article L. 2113-13"])),
            PIECE("CCAP_CAVS-2027-NET-01.pdf", "CCAP", hd % "CCAP", ft, ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=2550, marche_reserve=1,
                    reserve_base="L2113-13", allotissement=1, nb_lots=4, montant_max_ht=1500000,
                    evidence=["Chacun des quatre lots", "Lot 1 – Siège et pôle Gambetta 1~200",
                              "Lot 2 – Équipements culturels 900", "Lot 3 – Centres techniques 450",
                              "(réservé au titre de l'article L.~2113-13 du CCP)",
                              "Montants maximum par lot",
                              "[annexe 2 : 640 000+480 000+260 000+120 000 ; 1 200+900+450 h]"]),
                  hyphen=True),
            PIECE("CCTP_CAVS-2027-NET-01.pdf", "CCTP", hd % "CCTP", ft, cctp,
                  L(clause_environnementale=1, allotissement=1, nb_lots=4,
                    evidence=["prestations de nettoyage des quatre lots",
                              "sont titulaires de l'Écolabel européen ou équivalent",
                              "l'usage des aérosols est proscrit"]), hyphen=True, cols=2),
            PIECE("DQE_lot1_CAVS-2027-NET-01.docx", "DQE", hd % "DQE lot 1", ft, dqe,
                  L(allotissement=1, evidence=["Lot 1 – Siège communautaire"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=2550, allotissement=1, nb_lots=4, montant_max_ht=1500000, reserve_base="L2113-13"),
        why=dict(
            montant_estime_ht="Aucune estimation donnée : le 1 318 400 € HT du RC est le montant facturé au titre du "
                              "marché PRÉCÉDENT (« ne constitue ni un engagement ni une estimation »).",
            montant_max_ht="Les lots sont listés au RC sans montant ; les maxima ne figurent qu'à l'annexe 2 du CCAP "
                           "(dernière page) : 640 000 + 480 000 + 260 000 + 120 000 = 1 500 000 pour la durée totale "
                           "reconductions comprises (pas de total écrit).",
            heures_insertion="CCAP art. 9, tableau : 1 200 + 900 + 450 = 2 550 (lot 4 « – »).",
            nb_lots="RC art. 3 : quatre lots.",
            reserve_base="Lot 4 réservé aux SIAE, article L. 2113-13 cité."),
        note="Pièges : montant du marché précédent (1 318 400 € HT) ; chiffre d'affaires demandé (250 000 / 100 000 € "
             "HT) ; seuil de l'avance (50 000 € HT) ; plafond des pénalités 15 000 € HT par lot et par an ; surfaces "
             "(6 420 m²…) ; quantités du DQE. Critère social (insertion 10 %) et critère environnemental (5 %) au RC.",
    )


# ============================================================================= d04
def d04():
    ref = "VH-2027-REHA-CHARMILLES"
    hd = "Vervenne Habitat (OPH) – %s – " + ref
    ft = "Vervenne Habitat – Office public de l'habitat – direction du patrimoine"
    lots = [("01", "Gros œuvre – démolitions – maçonnerie", "520~000"),
            ("02", "Menuiseries extérieures PVC – occultations", "310~000"),
            ("03", "Isolation thermique par l'extérieur – ravalement", "640~000"),
            ("04", "Plomberie – sanitaires – chauffage", "230~000"),
            ("05", "Électricité courants forts et faibles", "180~000"),
            ("06", "Peinture – revêtements de sols souples", "170~000"),
            ("07", "Ventilation mécanique contrôlée hygroréglable", "90~000"),
            ("08", "Remplacement des ascenseurs (2 appareils)", "210~000")]
    rc = [
        TITLE("VERVENNE HABITAT – Office public de l'habitat", "RÈGLEMENT DE LA CONSULTATION",
              "Réhabilitation thermique et mise en accessibilité de la résidence « Les Charmilles » – 48 logements",
              "Marché de travaux – procédure adaptée (article R.~2123-1 1° du CCP)"),
        H("1 – Maître d'ouvrage"),
        P("Vervenne Habitat, office public de l'habitat, 27 avenue de la Libération, 89340 Vervenne-la-Chapelle, "
          "SIRET 278~900~117~00041, représenté par sa directrice générale, Mme Sylvie Arnaudeau. Maîtrise d'œuvre : "
          "atelier Brunel & Kessaci architectes, mandataire du groupement avec le BET Thermalis."),
        H("2 – Objet des travaux"),
        P("Les travaux portent sur l'isolation par l'extérieur des façades, le remplacement des menuiseries, la "
          "rénovation des salles d'eau, la mise en place d'une ventilation hygroréglable, la reprise des installations "
          "électriques des logements et le remplacement des deux ascenseurs des cages B et C. Les logements restent "
          "occupés pendant les travaux."),
        H("3 – Procédure"),
        P("La consultation est passée en procédure adaptée, la valeur estimée des travaux étant inférieure au seuil "
          "européen de 5~404~000 € HT applicable aux marchés de travaux depuis le 1er janvier 2026."),
        H("4 – Décomposition en lots et estimation"),
        P("Les travaux sont répartis en huit lots traités par marchés séparés. Le montant prévisionnel des travaux, "
          "tous lots confondus, est de 2¦SB¦350~000 € HT, réparti comme suit :"),
        RTAB([["Lot", "Désignation", "Estimation HT"]] + [list(x) for x in lots] +
             [["", "Total des travaux", "2~350~000"]], widths=[0.6, 4, 1.4], align="llr", bold_last=True),
        P("Une clause d'insertion est prévue pour chacun des lots (article 11 du CCAP). Les candidats peuvent "
          "répondre à un ou plusieurs lots."),
        H("5 – Durée et délais"),
        P("Durée globale d'exécution : 14 mois, dont 1 mois de préparation, à compter de l'ordre de service de "
          "démarrage prévu en février 2028. Les délais propres à chaque lot figurent au calendrier prévisionnel."),
        H("6 – Candidatures"),
        P("Pièces demandées : DC1, DC2 ou DUME, attestations d'assurance de responsabilité civile et de garantie "
          "décennale, qualifications Qualibat ou équivalentes (lot 03 : 7131 ou 7132 ; lot 08 : certification de "
          "l'installateur d'ascenseurs), références de moins de cinq ans en site occupé."),
        H("7 – Jugement des offres"),
        P("Prix des prestations : 60 points. Valeur technique : 40 points, dont méthodologie en site occupé "
          "(20 points), planning et moyens (15 points) et gestion environnementale du chantier – tri, valorisation "
          "des déchets, limitation des nuisances (5 points)."),
        H("8 – Conditions de remise"),
        P("Dépôt électronique sur https://vervenne-habitat.achatpublic-pro.fr avant le 14 décembre 2027, 12h00. "
          "Visite des logements témoins les 23 et 30 novembre 2027 à 9h30."),
    ]
    ccap = [
        TITLE("VERVENNE HABITAT", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Résidence « Les Charmilles » – réhabilitation thermique – 48 logements"),
        H("Article 1 – Objet – allotissement"),
        P("Le présent CCAP est commun aux huit lots de l'opération. Chaque lot fait l'objet d'un marché distinct, "
          "traité à prix global et forfaitaire sur la base de la DPGF du lot."),
        H("Article 2 – Pièces constitutives"),
        P("Acte d'engagement, CCAP, CCTP commun et CCTP du lot, DPGF, calendrier, plan d'installation de chantier, "
          "PGC SPS, CCAG-Travaux (arrêté du 30 mars 2021)."),
        H("Article 3 – Prix"),
        P("Les prix sont actualisables selon l'index BT du lot (BT01 pour les lots 01 et 03, BT18a pour le lot 02, "
          "etc.) si le démarrage intervient plus de trois mois après la date de remise des offres."),
        H("Article 4 – Avance"),
        P("Une avance de 10~% du montant initial TTC du marché est versée lorsque ce montant est supérieur à "
          "50~000 € HT et que le délai d'exécution dépasse deux mois. Elle est portée à 20~% pour les PME."),
        H("Article 5 – Retenue de garantie"),
        P("Retenue de garantie de 5~% sur chaque acompte, remplaçable par une garantie à première demande."),
        H("Article 6 – Pénalités"),
        P("Retard d'exécution : 1/3000e du montant du marché par jour calendaire, avec un minimum de 100 €. "
          "Absence aux réunions de chantier : 150 €. Les pénalités de retard sont plafonnées à 10~% du montant du "
          "marché du lot."),
        H("Article 7 – Assurances"),
        P("Chaque titulaire justifie d'une assurance de responsabilité civile (garantie minimale de 3¦SB¦000~000 € par "
          "sinistre) et d'une assurance de responsabilité décennale pour les ouvrages soumis à obligation "
          "d'assurance."),
        H("Article 8 – Organisation du chantier en site occupé"),
        P("Les interventions dans les logements sont annoncées aux locataires sept jours à l'avance par affichage et "
          "avis individuel. Aucun logement ne reste privé d'eau ou d'électricité après 17h00."),
        H("Article 9 – Chantier à faibles nuisances"),
        P("Chaque titulaire respecte la charte « chantier à faibles nuisances » annexée. Les déchets sont triés sur "
          "place en cinq flux au moins (inertes, bois, métaux, plâtre, déchets non dangereux en mélange) ; le taux "
          "de valorisation matière atteint au moins 70~% en masse, justifié par les bordereaux de suivi remis "
          "mensuellement. Les isolants déposés sont orientés vers une filière de recyclage."),
        H("Article 10 – Réception"),
        P("Réception par lot, avec opérations préalables contradictoires ; garantie de parfait achèvement d'un an."),
        H("Article 11 – Clause d'insertion"),
        P("En application de l'article L.~2112-2 du code de la commande publique, chaque titulaire réalise une "
          "action d'insertion au bénéfice de personnes éloignées de l'emploi. Le nombre d'heures minimal est fixé "
          "par lot dans le tableau suivant :"),
        TAB(ROWS(["Lot", "Désignation", "Heures d'insertion"],
                 ["01", "Gros œuvre – démolitions – maçonnerie", "700"],
                 ["02", "Menuiseries extérieures PVC – occultations", "210"],
                 ["03", "Isolation thermique par l'extérieur – ravalement", "420"],
                 ["04", "Plomberie – sanitaires – chauffage", "140"],
                 ["05", "Électricité courants forts et faibles", "140"],
                 ["06", "Peinture – revêtements de sols souples", "350"],
                 ["07", "Ventilation mécanique contrôlée", "70"],
                 ["08", "Remplacement des ascenseurs", "105"],
                 ["", "Total de l'opération", "2~135 heures"]), widths=[0.6, 4, 1.4], align="llr"),
        P("Le suivi est assuré par la chargée de mission clauses sociales de la Maison de l'emploi de l'Auxerrois "
          "Sud. Pénalité : 60 € par heure non réalisée."),
        H("Article 12 – Litiges"),
        P("Tribunal administratif de Dijon."),
    ]
    dpgf = [
        TITLE("Vervenne Habitat – Résidence « Les Charmilles »",
              "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE (DPGF)",
              "Lot 06 – Peinture – revêtements de sols souples"),
        P("La DPGF est fournie à titre indicatif ; l'entreprise vérifie les quantités et les complète si nécessaire. "
          "Le prix global et forfaitaire reporté à l'acte d'engagement prévaut."),
        TAB(ROWS(["Art.", "Désignation", "U", "Qté", "PU HT", "Montant HT"],
                 ["6.1", "Préparation des supports, lessivage, rebouchage", "m²", "4~820", "", ""],
                 ["6.2", "Peinture acrylique des murs des logements, 2 couches", "m²", "3~960", "", ""],
                 ["6.3", "Peinture des plafonds des salles d'eau (anti-humidité)", "m²", "410", "", ""],
                 ["6.4", "Peinture des boiseries et huisseries", "u", "288", "", ""],
                 ["6.5", "Dépose des sols souples existants et ragréage", "m²", "1~150", "", ""],
                 ["6.6", "Sol PVC U2SP3 en lés, soudé à chaud", "m²", "1~150", "", ""],
                 ["6.7", "Plinthes bois peintes", "ml", "1~340", "", ""],
                 ["6.8", "Peinture des cages d'escalier (3 cages)", "ens", "3", "", ""],
                 ["", "TOTAL HT", "", "", "", ""],
                 ["", "TVA 5,5~% (travaux d'amélioration énergétique)", "", "", "", ""],
                 ["", "TOTAL TTC", "", "", "", ""]), widths=[0.5, 3.4, 0.4, 0.7, 0.8, 1]),
    ]
    rect = [
        TITLE("AVIS RECTIFICATIF", "Bulletin officiel des annonces des marchés publics – avis n° 27-148963",
              "Rectificatif à l'avis n° 27-141207 publié le 28 octobre 2027"),
        P("Nom et adresse officiels de l'organisme acheteur : Vervenne Habitat (OPH), 27 avenue de la Libération, "
          "89340 Vervenne-la-Chapelle."),
        P("Objet du marché : Réhabilitation thermique et mise en accessibilité de la résidence « Les Charmilles » – "
          "48 logements. Référence : " + ref + "."),
        H("Informations rectificatives"),
        P("Lot n°~08 – Remplacement des ascenseurs : ce lot est retiré de la présente consultation. Le remplacement "
          "des ascenseurs sera réalisé dans le cadre du contrat de maintenance de l'office. Les candidats ayant "
          "remis une offre pour ce seul lot en sont informés individuellement."),
        P("En conséquence, la consultation ne comporte plus que sept lots (lots 01 à 07), et le montant prévisionnel "
          "des travaux est ramené à 2~140~000 € HT."),
        P("Les 105 heures d'insertion prévues au lot 08 sont supprimées : le volume total d'heures d'insertion de "
          "l'opération est désormais de 2~030 heures."),
        P("Au lieu de : « Date limite de réception des offres : 14 décembre 2027 à 12h00 »"),
        P("Lire : « Date limite de réception des offres : 21 décembre 2027 à 12h00 »"),
        H("Autres informations"),
        P("Les autres dispositions de l'avis initial et du dossier de consultation sont inchangées. Date d'envoi du "
          "présent avis à la publication : 19 novembre 2027."),
    ]
    return dict(
        id="d04",
        title="Vervenne Habitat (OPH) – réhabilitation de 48 logements (8 lots, lot 08 retiré par avis rectificatif)",
        pieces=[
            PIECE("RC_Charmilles.pdf", "RC", hd % "RC", ft, rc,
                  L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=8,
                    montant_estime_ht=2350000,
                    evidence=["répartis en huit lots", "tous lots confondus, est de 2~350~000 € HT",
                              "Une clause d'insertion est prévue pour chacun des lots",
                              "gestion environnementale du chantier – tri, valorisation des déchets"]),
                  hyphen=True),
            PIECE("CCAP_Charmilles.pdf", "CCAP", hd % "CCAP", ft, ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=2135, clause_environnementale=1,
                    allotissement=1, nb_lots=8,
                    evidence=["commun aux huit lots", "Total de l'opération 2~135 heures",
                              "le taux de valorisation matière atteint au moins 70~% en masse",
                              "chaque titulaire réalise une action d'insertion"]),
                  hyphen=True, cols=2),
            PIECE("DPGF_lot06_Charmilles.docx", "DPGF", hd % "DPGF lot 06", ft, dpgf,
                  L(allotissement=1, evidence=["Lot 06 – Peinture – revêtements de sols souples"])),
            PIECE("AVIS_rectificatif_Charmilles.txt", "AVIS", hd % "Avis rectificatif", ft, rect,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=2030, allotissement=1, nb_lots=7,
                    montant_estime_ht=2140000,
                    evidence=["ne comporte plus que sept lots",
                              "le montant prévisionnel des travaux est ramené à 2~140~000 € HT",
                              "le volume total d'heures d'insertion de l'opération est désormais de 2~030 heures"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=2030, allotissement=1, nb_lots=7, montant_estime_ht=2140000),
        why=dict(
            montant_estime_ht="RC : 2 350 000 € HT pour huit lots ; l'avis rectificatif retire le lot 08 (210 000) et "
                              "écrit « ramené à 2 140 000 € HT » : le rectificatif, postérieur, prime.",
            nb_lots="Huit lots au RC et au CCAP, sept après le rectificatif (« ne comporte plus que sept lots »).",
            heures_insertion="CCAP art. 11 : total 2 135 h dont 105 h au lot 08 ; le rectificatif supprime ces 105 h "
                             "et écrit 2 030 h (= 700 + 210 + 420 + 140 + 140 + 350 + 70).",
            montant_max_ht="Marchés de travaux à prix global et forfaitaire : pas de maximum."),
        note="Pièges : seuil européen des travaux 5 404 000 € HT ; seuil de l'avance 50 000 € HT ; assurance "
             "3 000 000 € ; plafond de pénalités 10 % ; quantités de la DPGF (4 820 m²…) ; TVA 5,5 %. La DPGF du lot "
             "06 est vide (pas de montant).",
    )


# ============================================================================= d05
def d05():
    ref = "CHILM-2027-LINGE"
    hd = "Centre hospitalier intercommunal Lauzière-Montcalm – %s – " + ref
    ft = "CHILM – Direction des achats, de la logistique et des travaux – 1 avenue des Tilleuls – 12380 Lauzière"
    rc = [
        TITLE("CENTRE HOSPITALIER INTERCOMMUNAL LAUZIÈRE-MONTCALM", "RÈGLEMENT DE LA CONSULTATION",
              "Location et entretien du linge plat, des vêtements professionnels et du linge des résidents",
              "Appel d'offres ouvert – accord-cadre à bons de commande"),
        H("Article 1 – Établissement acheteur"),
        P("Centre hospitalier intercommunal Lauzière-Montcalm (CHILM), établissement public de santé, 1 avenue des "
          "Tilleuls, 12380 Lauzière. SIRET 261~200~457~00019. Le CHILM comprend un site MCO de 312 lits et places "
          "et deux EHPAD (Les Genêts, 96 lits ; La Roseraie, 74 lits)."),
        H("Article 2 – Objet"),
        P("Location-entretien du linge plat et des vêtements professionnels, traitement du linge personnel des "
          "résidents et des articles de literie, avec collecte et livraison sur chaque site."),
        H("Article 3 – Décomposition en lots"),
        LST(["lot 1 : location-entretien du linge plat et du linge en forme (draps, taies, alèses, champs) ;",
             "lot 2 : location-entretien des vêtements professionnels des agents, marquage et petites retouches ;",
             "lot 3 : entretien du linge personnel des résidents des deux EHPAD ;",
             "lot 4 : nettoyage et désinfection des articles de literie (couettes, oreillers, couvertures)."]),
        P("Le lot 2 est réservé aux opérateurs économiques mentionnés à l'article L.~2113-12 du code de la "
          "commande publique (entreprises adaptées, ESAT et structures équivalentes)."),
        H("Article 4 – Estimation"),
        P("À titre indicatif, le montant total estimé de l'accord-cadre sur sa durée de quatre ans s'élève à "
          "432¦SB¦000 € TTC (TVA au taux normal de 20~%), réparti comme suit : lot 1 : 192~000 € TTC ; lot 2 : "
          "120~000 € TTC ; lot 3 : 72~000 € TTC ; lot 4 : 48~000 € TTC."),
        H("Article 5 – Durée"),
        P("Quatre ans fermes à compter du 1er avril 2028, sans reconduction."),
        H("Article 6 – Candidature"),
        P("DC1, DC2 ou DUME ; déclaration sur le chiffre d'affaires des trois derniers exercices ; liste de "
          "références en établissements de santé ; certification RABC (norme NF EN 14065) de la blanchisserie ou "
          "équivalent."),
        H("Article 7 – Critères de choix"),
        P("Prix : 60~%. Valeur technique : 30~% (circuits et délais, traçabilité, qualité microbiologique). "
          "Performance environnementale : 10~% (consommations d'eau et d'énergie par kilogramme de linge traité, "
          "lessives et transport)."),
        H("Article 8 – Questions des candidats"),
        P("Les questions sont posées sur la plateforme https://achats.chilm-sante.fr jusqu'au 20 janvier 2028. Les "
          "réponses sont publiées dans le registre des questions-réponses, qui fait partie du dossier de "
          "consultation."),
        H("Article 9 – Date limite"),
        P("Réception des plis : 3 février 2028 à 14h00."),
    ]
    ccap = [
        TITLE("CHILM – Centre hospitalier intercommunal Lauzière-Montcalm", "CCAP",
              "Location et entretien du linge – accord-cadre à bons de commande"),
        H("Article 1 – Forme"),
        P("Accord-cadre à bons de commande passé pour chacun des quatre lots (articles R.~2162-2 et R.~2162-13 du "
          "code de la commande publique), avec un montant maximum et sans minimum."),
        H("Article 2 – Durée"),
        P("Quatre ans à compter du 1er avril 2028. Aucune reconduction n'est prévue."),
        H("Article 3 – Montants maximum"),
        P("Le montant maximum des commandes, pour la durée totale de l'accord-cadre, est fixé à :"),
        LST(["lot 1 : 240~000 € HT ;", "lot 2 : 144~000 € HT ;", "lot 3 : 90~000 € HT ;", "lot 4 : 60~000 € HT."]),
        H("Article 4 – Prix"),
        P("Prix au kilogramme, à l'article ou au porteur, révisables annuellement selon l'indice « blanchisserie » "
          "(ICHT-rev-TS) et l'indice de l'énergie, pondérés à 70 / 30."),
        H("Article 5 – Conditions d'exécution environnementales"),
        P("Les tournées de collecte et de livraison sont effectuées avec des véhicules électriques, au gaz naturel "
          "ou au bioGNV, ou à défaut de catégorie Crit'Air 1. Le titulaire transmet chaque année le relevé de ses "
          "consommations d'eau et d'énergie par kilogramme de linge traité pour le CHILM."),
        H("Article 6 – Pénalités"),
        P("Retard de livraison : 200 € par service et par jour. Non-conformité microbiologique : 500 € par "
          "prélèvement non conforme. Le total des pénalités est plafonné à 10~% du montant TTC des commandes de "
          "l'année."),
        H("Article 7 – Paiement"),
        P("Délai global de paiement de cinquante jours (article R.~2192-11 du CCP)."),
        H("Article 8 – Lot réservé"),
        P("Le lot 2 étant réservé aux entreprises adaptées et aux ESAT, son titulaire conserve pendant toute la durée "
          "de l'accord-cadre la qualité d'entreprise adaptée, d'ESAT ou de structure équivalente."),
    ]
    cctp = [
        TITLE("CHILM", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Location et entretien du linge – prescriptions par lot"),
        H("1. Dispositions communes"),
        P("Le titulaire applique la méthode RABC (NF EN 14065) et transmet les résultats des contrôles "
          "microbiologiques trimestriels. Le linge propre est livré en chariots filmés ou housses réutilisables."),
        H("2. Exigences environnementales"),
        P("Les lessives utilisées sont sans phosphates et titulaires de l'Écolabel européen ou d'un label "
          "équivalent, sauf pour le linge contaminé. Le procédé de lavage recourt à la basse température (60~°C "
          "au plus) pour le linge non contaminé et à un tunnel de lavage avec recyclage des eaux de rinçage. Le "
          "linge en fin de vie est orienté vers une filière de réemploi ou de recyclage textile, avec justificatif."),
        H("3. Lot 1 – Linge plat"),
        P("Dotation de 4,5 parures par lit ; rotation trois fois par semaine pour le site MCO et deux fois pour les "
          "EHPAD."),
        H("4. Lot 2 – Vêtements professionnels"),
        P("Dotation nominative de cinq tenues par agent, marquage thermocollé, retouches sous huit jours."),
        H("5. Lot 3 – Linge des résidents"),
        P("Marquage du linge à l'entrée du résident, traitement séparé par résident, retour sous 72 heures."),
        H("6. Lot 4 – Literie"),
        P("Nettoyage et désinfection des couettes et oreillers à chaque départ de résident et au moins une fois "
          "par an."),
    ]
    qr = [
        TITLE("CHILM – Consultation " + ref, "REGISTRE DES QUESTIONS ET RÉPONSES N° 2",
              "Mis en ligne le 12 janvier 2028 – pièce complémentaire du dossier de consultation"),
        H("Question n° 4"),
        P("« Les lots 3 et 4 concernent les mêmes établissements et des volumes faibles. Le CHILM envisage-t-il de "
          "les regrouper afin de rendre la consultation plus attractive ? »"),
        H("Réponse"),
        P("Le CHILM fait droit à cette demande. Les lots 3 et 4 sont fusionnés en un lot unique n°~3 « Linge des "
          "résidents et articles de literie ». La consultation comporte donc désormais trois lots. Le montant "
          "maximum du nouveau lot 3 est égal à la somme des maxima des anciens lots 3 et 4 (90~000 € HT + 60~000 € "
          "HT). Un CCAP et un BPU modifiés sont mis en ligne ; la date limite de remise des plis est inchangée."),
        H("Question n° 5"),
        P("« Pouvez-vous communiquer le montant facturé par le titulaire actuel ? »"),
        H("Réponse"),
        P("Le titulaire sortant a facturé 412~300 € TTC sur la période 2024-2027, toutes prestations confondues. Ce "
          "montant est communiqué à titre d'information."),
        H("Question n° 6"),
        P("« Quel montant de couverture d'assurance est attendu ? »"),
        H("Réponse"),
        P("Une responsabilité civile professionnelle d'au moins 1~000~000 € par sinistre, tous dommages confondus."),
    ]
    return dict(
        id="d05",
        title="CHI Lauzière-Montcalm – linge (estimation en TTC seulement ; lots 3 et 4 fusionnés par les Q/R)",
        pieces=[
            PIECE("RC_CHILM-2027-LINGE.pdf", "RC", hd % "RC", ft, rc,
                  L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=4,
                    montant_estime_ht=360000,
                    evidence=["lot 4 : nettoyage et désinfection des articles de literie",
                              "432~000 € TTC (TVA au taux normal de 20~%)", "[432 000 / 1,20 = 360 000 HT]",
                              "réservé aux opérateurs économiques mentionnés à l'article L.~2113-12",
                              "Performance environnementale : 10~%"]), hyphen=True),
            PIECE("CCAP_CHILM-2027-LINGE.docx", "CCAP", hd % "CCAP", ft, ccap,
                  L(clause_environnementale=1, marche_reserve=1, reserve_base="L2113-12", allotissement=1,
                    nb_lots=4, montant_max_ht=534000,
                    evidence=["chacun des quatre lots", "lot 1 : 240~000 € HT", "lot 2 : 144~000 € HT",
                              "lot 3 : 90~000 € HT", "lot 4 : 60~000 € HT", "[somme = 534 000]",
                              "véhicules électriques, au gaz naturel ou au bioGNV",
                              "réservé aux entreprises adaptées et aux ESAT"])),
            PIECE("CCTP_CHILM-2027-LINGE.pdf", "CCTP", hd % "CCTP", ft, cctp,
                  L(clause_environnementale=1, allotissement=1, nb_lots=4,
                    evidence=["Lot 4 – Literie", "sans phosphates et titulaires de l'Écolabel européen",
                              "filière de réemploi ou de recyclage textile"]), hyphen=True, cols=2),
            PIECE("QR_2_CHILM-2027-LINGE.pdf", "QR", hd % "Questions-réponses", ft, qr,
                  L(allotissement=1, nb_lots=3,
                    evidence=["Les lots 3 et 4 sont fusionnés en un lot unique",
                              "La consultation comporte donc désormais trois lots"])),
        ],
        pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=3, montant_estime_ht=360000, montant_max_ht=534000,
                 reserve_base="L2113-12"),
        why=dict(
            montant_estime_ht="RC art. 4 : estimation donnée seulement TTC, 432 000 € TTC « TVA au taux normal de "
                              "20 % » ; 432 000 / 1,20 = 360 000 € HT (la fusion des lots 3 et 4 ne change pas le "
                              "total).",
            montant_max_ht="CCAP art. 3 : 240 000 + 144 000 + 90 000 + 60 000 = 534 000 (durée totale, pas de "
                           "reconduction) ; la fusion (Q/R n° 4) additionne les maxima des lots 3 et 4 : total "
                           "inchangé.",
            nb_lots="Quatre lots au RC, trois après la réponse n° 4 du registre des Q/R (« désormais trois lots »).",
            reserve_base="Lot 2 réservé, article L. 2113-12 cité (RC)."),
        note="Pièges : montant facturé par le titulaire sortant (412 300 € TTC) ; assurance 1 000 000 € ; plafond "
             "de pénalités 10 % ; pénalités 200 / 500 € ; lits (312, 96, 74). Pas de clause sociale.",
    )


# ============================================================================= d06
def d06():
    ref = "UL-DPI-2027-019"
    hd = "Université de Lorvienne – %s – " + ref
    ft = "Université de Lorvienne – Direction du patrimoine immobilier – cellule marchés"
    rc = [
        TITLE("UNIVERSITÉ DE LORVIENNE", "Règlement de consultation",
              "Déménagements, manutention et stockage de mobilier et d'équipements",
              "Procédure adaptée ouverte – article R.~2123-1 3° du code de la commande publique (services "
              "mentionnés à l'article R.~2123-1)"),
        H("1. Identification"),
        P("Université de Lorvienne, établissement public à caractère scientifique, culturel et professionnel, "
          "45 boulevard Henri-Poincaré, 86290 Lorvienne. SIRET 198~607~235~00011. Pouvoir adjudicateur : le "
          "président de l'université. Correspondante : Mme Aurélie Nguyen-Lacombe, cellule marchés (dpi-marches@"
          "univ-lorvienne.fr)."),
        H("2. Objet et lots"),
        P("Prestations de déménagement et de manutention liées aux opérations immobilières de l'université (campus "
          "Saint-Éloi, campus des Sablons, IUT de Chaunay) :"),
        LST(["Lot 1 – Déménagements et transferts inter-sites (bureaux, laboratoires, bibliothèques)",
             "Lot 2 – Manutention courante, évacuation et réemploi de mobilier – lot réservé aux structures "
             "d'insertion par l'activité économique (article L.~2113-13 du CCP)",
             "Lot 3 – Garde-meubles et stockage temporaire"]),
        H("3. Estimation et durée"),
        P("Le montant estimatif annuel, tous lots confondus, est de 185~000 € HT. L'accord-cadre est conclu pour une "
          "période initiale d'un an à compter de sa notification ; il peut être reconduit trois fois, par décision "
          "expresse, pour une période d'un an à chaque fois."),
        P("Pour mémoire, les prestations de même nature ont représenté en moyenne 161~000 € HT par an sur la période "
          "2023-2026."),
        H("4. Clause d'insertion"),
        P("Le lot 1 comporte une clause d'insertion professionnelle dont le volume et les modalités figurent à "
          "l'article 8 du CCAP."),
        H("5. Critères d'attribution"),
        TAB(ROWS(["Critère", "Lot 1", "Lot 2", "Lot 3"],
                 ["Prix", "50 %", "50 %", "60 %"],
                 ["Valeur technique", "40 %", "50 %", "40 %"],
                 ["Engagement d'insertion au-delà du volume minimal (heures supplémentaires proposées)", "10 %", "–",
                  "–"]), widths=[3.4, 0.8, 0.8, 0.8], align="lrrr"),
        H("6. Remise des offres"),
        P("Au plus tard le 10 mai 2027 à 17h00 sur https://www.marches-publics-lorvienne.fr. Visite du campus des "
          "Sablons possible le 26 avril 2027."),
    ]
    ccap = [
        TITLE("UNIVERSITÉ DE LORVIENNE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Déménagements, manutention et stockage – accord-cadre à bons de commande – 3 lots"),
        H("Article 1 – Nature de l'accord-cadre"),
        P("Chaque lot est un accord-cadre mono-attributaire exécuté par émission de bons de commande, sans minimum. "
          "Tout bon de commande d'un montant supérieur à 40~000 € HT est précédé d'un devis détaillé validé par la "
          "direction du patrimoine."),
        H("Article 2 – Durée"),
        P("Un an à compter de la notification, reconductible expressement trois fois par périodes d'un an."),
        H("Article 3 – Montants maximum"),
        P("Le montant maximum de chaque lot, sur la durée totale de l'accord-cadre, reconductions incluses, est "
          "fixé comme suit : lot 1 : 560¦SB¦000 € HT ; lot 2 : 220¦SB¦000 € HT ; lot 3 : 90¦SB¦000 € HT."),
        H("Article 4 – Prix"),
        P("Prix unitaires du BPU, révisés à chaque reconduction selon l'indice « transport et entreposage » publié "
          "par l'INSEE."),
        H("Article 5 – Délais"),
        P("Délai de réalisation fixé par chaque bon de commande, au minimum dix jours ouvrés après sa réception, "
          "sauf urgence."),
        H("Article 6 – Pénalités"),
        P("Retard : 300 € par jour. Détérioration : remboursement à la valeur de remplacement. Le cumul des "
          "pénalités d'une année ne peut excéder 8~% du montant des bons de commande de l'année."),
        H("Article 7 – Conditions d'exécution environnementales"),
        P("Avant toute évacuation, le mobilier est proposé au réemploi : redistribution interne, dons à des "
          "associations ou apport à une ressourcerie. Seul le mobilier hors d'usage est orienté vers la filière "
          "de recyclage des éléments d'ameublement ; les bordereaux sont transmis à l'université. Le titulaire "
          "utilise des caisses navettes réutilisables plutôt que des cartons à usage unique."),
        H("Article 8 – Clause d'insertion (lot 1)"),
        P("Le titulaire du lot 1 réserve à des personnes éloignées de l'emploi un volume minimal de 600 heu¦HY¦res de "
          "travail sur la durée totale de l'accord-cadre, reconductions comprises. Le suivi est assuré par le "
          "facilitateur de la Maison de l'emploi de Lorvienne ; chaque heure manquante est pénalisée à hauteur de "
          "40 €."),
        H("Article 9 – Lot réservé"),
        P("Le lot 2 est réservé aux structures d'insertion par l'activité économique (L.~2113-13 du CCP). Son "
          "titulaire n'est pas soumis à la clause de l'article 8."),
        H("Article 10 – Paiement"),
        P("Paiement par virement dans un délai de trente jours. L'agent comptable de l'université est le comptable "
          "assignataire."),
    ]
    cctp = [
        TITLE("Université de Lorvienne", "CCTP – Déménagements, manutention et stockage", "Lots 1, 2 et 3"),
        H("1. Contexte"),
        P("L'université conduit entre 2027 et 2030 la restructuration du bâtiment B du campus Saint-Éloi et le "
          "regroupement de deux bibliothèques, ce qui entraîne des transferts successifs de services."),
        H("2. Lot 1 – Déménagements"),
        P("Démontage et remontage du mobilier, transport des équipements de laboratoire (hors produits chimiques), "
          "colisage des collections de bibliothèque dans l'ordre des cotes."),
        H("3. Lot 2 – Manutention et évacuation"),
        P("Manutentions courantes à la demande, tri du mobilier, préparation des lots destinés au réemploi."),
        H("4. Lot 3 – Stockage"),
        P("Stockage en garde-meubles fermé, ventilé et assuré, à moins de 30 km du campus Saint-Éloi."),
        H("5. Emballages"),
        P("Le titulaire fournit des caisses navettes et des housses réutilisables ; les protections à usage unique "
          "en plastique sont interdites, sauf pour les matériels sensibles."),
    ]
    bpu = [
        TITLE("Université de Lorvienne – " + ref, "BORDEREAU DES PRIX UNITAIRES",
              "Lot 1 – Déménagements et transferts inter-sites"),
        TAB(ROWS(["Code", "Prestation", "Unité", "Prix HT"],
                 ["D1", "Déménagement de bureau standard (mobilier + cartons)", "poste", ""],
                 ["D2", "Transfert de collections de bibliothèque", "mètre linéaire", ""],
                 ["D3", "Démontage / remontage de rayonnages", "travée", ""],
                 ["D4", "Transport d'équipement de laboratoire < 100 kg", "unité", ""],
                 ["D5", "Équipe de 3 déménageurs avec véhicule 20 m³", "demi-journée", ""],
                 ["D6", "Monte-meubles avec opérateur", "demi-journée", ""]), widths=[0.6, 3.6, 1.2, 1],
            align="lllr"),
        P("Les prix comprennent les frais de déplacement, le matériel de protection et l'assurance ad valorem."),
    ]
    return dict(
        id="d06",
        title="Université de Lorvienne – déménagements (estimation ANNUELLE d'un accord-cadre 1 an + 3 reconductions)",
        pieces=[
            PIECE("RC_UL-DPI-2027-019.docx", "RC", hd % "RC", ft, rc,
                  L(clause_sociale=1, clause_insertion=1, critere_social=1, marche_reserve=1, reserve_base="L2113-13",
                    allotissement=1, nb_lots=3, montant_estime_ht=740000,
                    evidence=["Lot 3 – Garde-meubles",
                              "Le montant estimatif annuel, tous lots confondus, est de 185~000 € HT",
                              "il peut être reconduit trois fois", "[185 000 × 4 ans = 740 000]",
                              "Le lot 1 comporte une clause d'insertion",
                              "Engagement d'insertion au-delà du volume minimal", "(article L.~2113-13 du CCP)"])),
            PIECE("CCAP_UL-DPI-2027-019.pdf", "CCAP", hd % "CCAP", ft, ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=600, marche_reserve=1,
                    reserve_base="L2113-13", clause_environnementale=1, allotissement=1, nb_lots=3,
                    montant_max_ht=870000,
                    evidence=["3 lots", "lot 1 : 560~000 € HT ; lot 2 : 220~000 € HT ; lot 3 : 90~000 € HT",
                              "[somme = 870 000]", "un volume minimal de 600 heures",
                              "le mobilier est proposé au réemploi",
                              "Le lot 2 est réservé aux structures d'insertion par l'activité économique"]),
                  hyphen=True),
            PIECE("CCTP_UL-DPI-2027-019.docx", "CCTP", hd % "CCTP", ft, cctp,
                  L(clause_environnementale=1, allotissement=1, nb_lots=3,
                    evidence=["Lots 1, 2 et 3",
                              "les protections à usage unique en plastique sont interdites"])),
            PIECE("BPU_lot1_UL-DPI-2027-019.pdf", "BPU", hd % "BPU lot 1", ft, bpu,
                  L(allotissement=1, evidence=["Lot 1 – Déménagements et transferts inter-sites"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale"],
        values=V(heures_insertion=600, allotissement=1, nb_lots=3, montant_estime_ht=740000, montant_max_ht=870000,
                 reserve_base="L2113-13"),
        why=dict(
            montant_estime_ht="RC art. 3 : estimation ANNUELLE 185 000 € HT pour un accord-cadre d'un an reconductible "
                              "trois fois : valeur totale sur 4 ans = 185 000 × 4 = 740 000.",
            montant_max_ht="CCAP art. 3 : maxima par lot sur la durée totale reconductions incluses : 560 000 + "
                           "220 000 + 90 000 = 870 000.",
            heures_insertion="CCAP art. 8 : 600 heures (lot 1, durée totale).",
            nb_lots="RC art. 2 : lots 1 à 3.",
            reserve_base="Lot 2 réservé aux SIAE, L. 2113-13 cité."),
        note="Pièges : moyenne annuelle 2023-2026 (161 000 € HT) ; seuil de 40 000 € HT par bon de commande (devis) ; "
             "plafond des pénalités 8 % ; pénalités 300 € / 40 € ; 30 km. Critère social : engagement d'insertion "
             "au-delà du minimum (10 %, lot 1).",
    )


# ============================================================================= d07 (livré en ZIP)
D07_XML = """<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
    xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1"
    xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1"
    xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1"
    xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2">
  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>
  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>
  <cbc:ID schemeName="notice-id">4b7e21d0-8c3f-4e55-a1d2-7f00c9a3b612</cbc:ID>
  <cbc:ContractFolderID>2f9a6c11-0b4e-4a7d-9e1c-53d8a0e4c7b9</cbc:ContractFolderID>
  <cbc:IssueDate>2027-06-02+02:00</cbc:IssueDate>
  <cbc:IssueTime>10:15:00+02:00</cbc:IssueTime>
  <cbc:VersionID>01</cbc:VersionID>
  <cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>
  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
  <cac:ContractingParty>
    <cac:ContractingPartyType>
      <cbc:PartyTypeCode listName="buyer-legal-type">body-pl-la</cbc:PartyTypeCode>
    </cac:ContractingPartyType>
    <cac:Party>
      <cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>
    </cac:Party>
  </cac:ContractingParty>
  <cac:TenderingProcess>
    <cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>
  </cac:TenderingProcess>
  <cac:ProcurementProject>
    <cbc:ID schemeName="InternalID">SMAEVS-2027-AEP-02</cbc:ID>
    <cbc:Name languageID="FRA">Travaux d'entretien, de réparation et de renouvellement des réseaux d'eau potable et des branchements</cbc:Name>
    <cbc:Description languageID="FRA">Accord-cadre à bons de commande de travaux sur les réseaux d'adduction d'eau potable du syndicat, en deux lots géographiques (secteur Ouest, secteur Est), d'une durée de quatre ans.</cbc:Description>
    <cbc:ProcurementTypeCode listName="contract-nature">works</cbc:ProcurementTypeCode>
    <cac:MainCommodityClassification>
      <cbc:ItemClassificationCode listName="cpv">45232150</cbc:ItemClassificationCode>
    </cac:MainCommodityClassification>
    <cac:RealizedLocation>
      <cac:Address><cbc:CountrySubentityCode listName="nuts">FRC13</cbc:CountrySubentityCode><cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country></cac:Address>
    </cac:RealizedLocation>
    <cac:RequestedTenderTotal>
      <cbc:EstimatedOverallContractAmount currencyID="EUR">3200000</cbc:EstimatedOverallContractAmount>
    </cac:RequestedTenderTotal>
  </cac:ProcurementProject>
  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">LOT-0001</cbc:ID>
    <cac:TenderingTerms>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement>
          <cbc:TendererRequirementTypeCode listName="reserved-procurement">none</cbc:TendererRequirementTypeCode>
        </cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>
      <cac:ContractExecutionRequirement>
        <cbc:ExecutionRequirementCode listName="conditions">performance</cbc:ExecutionRequirementCode>
        <cbc:Description languageID="FRA">Clause sociale d'insertion (article L. 2112-2 du CCP) : 900 heures de travail réservées à des personnes éloignées de l'emploi pour le lot 1. Conditions environnementales : réemploi des déblais, recyclage des enrobés et des fontes déposées.</cbc:Description>
      </cac:ContractExecutionRequirement>
    </cac:TenderingTerms>
    <cac:TenderingProcess>
      <cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>
    </cac:TenderingProcess>
    <cac:ProcurementProject>
      <cbc:ID schemeName="InternalID">Lot 1</cbc:ID>
      <cbc:Name languageID="FRA">Lot 1 – Secteur Ouest (communes de Sornay, Lupiac-sur-Sorne, Bréhal-le-Haut et Carentoux)</cbc:Name>
      <cbc:Description languageID="FRA">Réparations de fuites, renouvellement de canalisations et de branchements, pose d'appareils de fontainerie.</cbc:Description>
      <cbc:ProcurementTypeCode listName="contract-nature">works</cbc:ProcurementTypeCode>
      <cac:ProcurementAdditionalType>
        <cbc:ProcurementTypeCode listName="strategic-procurement">soc-obj</cbc:ProcurementTypeCode>
      </cac:ProcurementAdditionalType>
      <cac:ProcurementAdditionalType>
        <cbc:ProcurementTypeCode listName="strategic-procurement">env-imp</cbc:ProcurementTypeCode>
      </cac:ProcurementAdditionalType>
      <cac:RequestedTenderTotal>
        <cbc:EstimatedOverallContractAmount currencyID="EUR">1900000</cbc:EstimatedOverallContractAmount>
      </cac:RequestedTenderTotal>
      <cac:PlannedPeriod><cbc:DurationMeasure unitCode="MONTH">48</cbc:DurationMeasure></cac:PlannedPeriod>
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>
  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">LOT-0002</cbc:ID>
    <cac:TenderingTerms>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement>
          <cbc:TendererRequirementTypeCode listName="reserved-procurement">none</cbc:TendererRequirementTypeCode>
        </cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>
      <cac:ContractExecutionRequirement>
        <cbc:ExecutionRequirementCode listName="conditions">performance</cbc:ExecutionRequirementCode>
        <cbc:Description languageID="FRA">Clause sociale d'insertion (article L. 2112-2 du CCP) : 600 heures de travail réservées à des personnes éloignées de l'emploi pour le lot 2. Conditions environnementales : identiques au lot 1.</cbc:Description>
      </cac:ContractExecutionRequirement>
    </cac:TenderingTerms>
    <cac:TenderingProcess>
      <cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>
    </cac:TenderingProcess>
    <cac:ProcurementProject>
      <cbc:ID schemeName="InternalID">Lot 2</cbc:ID>
      <cbc:Name languageID="FRA">Lot 2 – Secteur Est (communes de Valsorne, Montgiraud et Saint-Cybard-d'Aval)</cbc:Name>
      <cbc:Description languageID="FRA">Mêmes prestations que le lot 1 sur le secteur Est.</cbc:Description>
      <cbc:ProcurementTypeCode listName="contract-nature">works</cbc:ProcurementTypeCode>
      <cac:ProcurementAdditionalType>
        <cbc:ProcurementTypeCode listName="strategic-procurement">soc-obj</cbc:ProcurementTypeCode>
      </cac:ProcurementAdditionalType>
      <cac:RequestedTenderTotal>
        <cbc:EstimatedOverallContractAmount currencyID="EUR">1300000</cbc:EstimatedOverallContractAmount>
      </cac:RequestedTenderTotal>
      <cac:PlannedPeriod><cbc:DurationMeasure unitCode="MONTH">48</cbc:DurationMeasure></cac:PlannedPeriod>
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>
  <cac:AwardingTerms>
    <cac:AwardingCriterion>
      <cac:SubordinateAwardingCriterion>
        <cbc:AwardingCriterionTypeCode listName="award-criterion-type">price</cbc:AwardingCriterionTypeCode>
        <cbc:Name languageID="FRA">Prix (DQE)</cbc:Name>
        <cbc:Description languageID="FRA">Pondération : 60</cbc:Description>
      </cac:SubordinateAwardingCriterion>
      <cac:SubordinateAwardingCriterion>
        <cbc:AwardingCriterionTypeCode listName="award-criterion-type">quality</cbc:AwardingCriterionTypeCode>
        <cbc:Name languageID="FRA">Valeur technique – mesures de réduction de l'impact environnemental des chantiers</cbc:Name>
        <cbc:Description languageID="FRA">Pondération : 10</cbc:Description>
      </cac:SubordinateAwardingCriterion>
      <cac:SubordinateAwardingCriterion>
        <cbc:AwardingCriterionTypeCode listName="award-criterion-type">quality</cbc:AwardingCriterionTypeCode>
        <cbc:Name languageID="FRA">Valeur technique – organisation, moyens et délais d'intervention</cbc:Name>
        <cbc:Description languageID="FRA">Pondération : 30</cbc:Description>
      </cac:SubordinateAwardingCriterion>
    </cac:AwardingCriterion>
  </cac:AwardingTerms>
  <ext:UBLExtensions>
    <ext:UBLExtension>
      <ext:ExtensionContent>
        <efext:EformsExtension>
          <efac:Organizations>
            <efac:Organization>
              <efac:Company>
                <cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>
                <cac:PartyName><cbc:Name languageID="FRA">Syndicat mixte d'adduction d'eau du Val de Sorne (SMAEVS)</cbc:Name></cac:PartyName>
                <cac:PostalAddress>
                  <cbc:StreetName>12 rue de la Fontaine-Saint-Martin</cbc:StreetName>
                  <cbc:CityName>Sornay</cbc:CityName>
                  <cbc:PostalZone>27510</cbc:PostalZone>
                  <cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country>
                </cac:PostalAddress>
                <cac:PartyLegalEntity><cbc:CompanyID>25270412300027</cbc:CompanyID></cac:PartyLegalEntity>
                <cac:Contact><cbc:ElectronicMail>marches@smaevs.fr</cbc:ElectronicMail></cac:Contact>
              </efac:Company>
            </efac:Organization>
          </efac:Organizations>
        </efext:EformsExtension>
      </ext:ExtensionContent>
    </ext:UBLExtension>
  </ext:UBLExtensions>
</ContractNotice>
"""


def d07():
    ref = "SMAEVS-2027-AEP-02"
    hd = "SMAEVS – %s – " + ref
    ft = "Syndicat mixte d'adduction d'eau du Val de Sorne – 12 rue de la Fontaine-Saint-Martin – 27510 Sornay"
    rc = [
        TITLE("SYNDICAT MIXTE D'ADDUCTION D'EAU DU VAL DE SORNE", "RÈGLEMENT DE LA CONSULTATION",
              "Travaux d'entretien, de réparation et de renouvellement des réseaux d'eau potable",
              "Accord-cadre de travaux à bons de commande – appel d'offres ouvert"),
        H("Article 1er – Pouvoir adjudicateur"),
        P("SMAEVS, 12 rue de la Fontaine-Saint-Martin, 27510 Sornay ; SIRET 252~704~123~00027. Le syndicat dessert "
          "sept communes et 14~600 abonnés par 486 km de canalisations."),
        H("Article 2 – Objet"),
        P("Réparations de fuites, renouvellement de conduites et de branchements, déplacements de compteurs et pose "
          "d'hydrants sur le territoire du syndicat. Bien que la valeur estimée soit inférieure au seuil européen de "
          "5¦SB¦404~000 € HT fixé pour les travaux, le syndicat a choisi de recourir à l'appel d'offres ouvert."),
        H("Article 3 – Allotissement"),
        P("Deux lots géographiques : lot 1 – secteur Ouest ; lot 2 – secteur Est. Un candidat peut être attributaire "
          "des deux lots. Le détail des communes figure au CCTP."),
        H("Article 4 – Durée"),
        P("Quatre ans à compter de la notification, sans reconduction."),
        H("Article 5 – Capacités exigées"),
        P("Chiffre d'affaires annuel minimal de 1¦SB¦200~000 € HT par lot sollicité (moyenne des trois derniers "
          "exercices) ; qualification FNTP 5132 ou équivalente ; attestations d'assurance de responsabilité civile "
          "et décennale."),
        H("Article 6 – Conditions d'exécution"),
        P("Les deux lots comportent une clause d'insertion et des conditions environnementales détaillées au CCAP "
          "(articles 9 et 10)."),
        H("Article 7 – Jugement"),
        P("Prix apprécié sur DQE : 60~%. Valeur technique : 40~%, dont 30~% pour l'organisation, les moyens et les "
          "délais d'intervention et 10~% pour les mesures de réduction de l'impact environnemental des chantiers "
          "(réemploi des déblais, recyclage des enrobés, véhicules)."),
        H("Article 8 – Dépôt des offres"),
        P("Sur https://www.marches-normandie-est.fr, au plus tard le 9 juillet 2027 à 12h00."),
        H("Article 9 – Informations"),
        P("Pour information, les bons de commande émis au titre de l'accord-cadre 2023-2027 ont atteint environ "
          "2,9 M€ HT pour les deux secteurs réunis."),
    ]
    ccap = [
        TITLE("SMAEVS", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Accord-cadre de travaux sur les réseaux d'eau potable – lots 1 et 2"),
        H("Article 1 – Forme de l'accord-cadre"),
        P("Pour chacun des deux lots, accord-cadre mono-attributaire exécuté par bons de commande, conclu sans "
          "minimum, pour une durée de quatre ans."),
        H("Article 2 – Montant maximum"),
        P("Le montant maximum des commandes pour la durée de l'accord-cadre est de deux millions quatre cent mille "
          "euros hors taxes (2¦SB¦400~000 € HT) pour le lot 1 et d'un million six cent mille euros hors taxes "
          "(1¦SB¦600~000 € HT) pour le lot 2."),
        H("Article 3 – Pièces contractuelles"),
        P("Acte d'engagement, CCAP, CCTP, BPU, CCAG-Travaux 2021, mémoire technique."),
        H("Article 4 – Prix"),
        P("Prix unitaires révisables mensuellement selon l'index TP10a « canalisations, égouts, assainissement et "
          "adduction d'eau avec fourniture de tuyaux »."),
        H("Article 5 – Avance"),
        P("Avance de 5~% du montant du bon de commande lorsque celui-ci excède 50~000 € HT et que son délai "
          "d'exécution dépasse deux mois."),
        H("Article 6 – Délais"),
        P("Réparation de fuite : intervention sous 4 heures, 24 h/24 et 7 j/7. Travaux programmés : délai fixé par "
          "le bon de commande."),
        H("Article 7 – Pénalités"),
        P("Retard d'intervention sur fuite : 250 € par heure de retard. Non-remise des plans de récolement : 100 € "
          "par jour. Les pénalités sont plafonnées, pour chaque bon de commande, à 15~% de son montant."),
        H("Article 8 – Assurances"),
        P("Responsabilité civile : 5~000~000 € par sinistre au minimum ; responsabilité décennale pour les ouvrages "
          "de génie civil."),
        H("Article 9 – Clause d'insertion"),
        P("Chaque titulaire réalise, sur la durée de l'accord-cadre, le nombre d'heures d'insertion suivant :"),
        TAB(ROWS(["Lot", "Heures d'insertion sur 4 ans"], ["Lot 1 – Secteur Ouest", "900"],
                 ["Lot 2 – Secteur Est", "600"]), widths=[2, 1.6], align="lr"),
        P("Les heures sont réalisées au profit de demandeurs d'emploi de longue durée, de bénéficiaires de minima "
          "sociaux, de jeunes sans qualification ou de personnes handicapées, avec l'appui du facilitateur du "
          "Département. Pénalité : 50 € par heure non réalisée."),
        H("Article 10 – Conditions environnementales"),
        P("Les déblais sains sont réemployés en remblai après accord du maître d'œuvre ; les enrobés et les fontes "
          "déposés sont apportés en centre de recyclage, bordereaux à l'appui. Les engins de chantier répondent au "
          "moins à la phase IV des normes d'émission."),
        H("Article 11 – Litiges"),
        P("Tribunal administratif de Rouen."),
    ]
    cctp = [
        TITLE("SMAEVS", "Cahier des clauses techniques particulières",
              "Travaux sur les réseaux d'eau potable – lots 1 (secteur Ouest) et 2 (secteur Est)"),
        H("1. Territoire"),
        P("Lot 1 : Sornay, Lupiac-sur-Sorne, Bréhal-le-Haut, Carentoux. Lot 2 : Valsorne, Montgiraud, "
          "Saint-Cybard-d'Aval."),
        H("2. Matériaux"),
        P("Canalisations en fonte ductile (DN 60 à 300) ou en PEHD (DN ≤ 110), conformes à l'arrêté ACS. Les "
          "matériaux de remblai d'apport sont, dès que possible, des granulats recyclés certifiés ; les enrobés "
          "de réfection contiennent au moins 20~% d'agrégats d'enrobés recyclés."),
        H("3. Essais"),
        P("Essais de pression à 1,5 fois la pression de service ; désinfection et analyses bactériologiques avant "
          "mise en service."),
        H("4. Récolement"),
        P("Plans de récolement géoréférencés en classe A, remis sous quinze jours."),
    ]
    zname = "DCE_SMAEVS-2027-AEP-02.zip"
    return dict(
        id="d07", zip=zname,
        title="SMAEVS – travaux sur réseaux d'eau potable (DCE en ZIP ; estimation seulement dans l'avis eForms XML)",
        pieces=[
            PIECE("AVIS_eForms_SMAEVS-2027-AEP-02.xml", "AVIS", "", "", None,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1500, clause_environnementale=1,
                    critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=3200000,
                    evidence=["en deux lots géographiques", "3200000",
                              "900 heures de travail réservées", "600 heures de travail réservées",
                              "[900 + 600 = 1 500]", "recyclage des enrobés et des fontes déposées",
                              "mesures de réduction de l'impact environnemental des chantiers"]),
                  xml=D07_XML),
            PIECE("RC_SMAEVS-2027-AEP-02.pdf", "RC", hd % "RC", ft, rc,
                  L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, critere_environnemental=1,
                    allotissement=1, nb_lots=2,
                    evidence=["Deux lots géographiques", "Les deux lots comportent une clause d'insertion",
                              "des conditions environnementales détaillées au CCAP",
                              "10~% pour les mesures de réduction de l'impact environnemental des chantiers"]),
                  hyphen=True),
            PIECE("CCAP_SMAEVS-2027-AEP-02.pdf", "CCAP", hd % "CCAP", ft, ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1500, clause_environnementale=1,
                    allotissement=1, nb_lots=2, montant_max_ht=4000000,
                    evidence=["chacun des deux lots", "(2~400~000 € HT) pour le lot 1",
                              "(1~600~000 € HT) pour le lot 2", "Lot 1 – Secteur Ouest 900",
                              "Lot 2 – Secteur Est 600", "[sommes : 4 000 000 ; 1 500 h]",
                              "les enrobés et les fontes déposés sont apportés en centre de recyclage"]),
                  hyphen=True, cols=2),
            PIECE("CCTP_SMAEVS-2027-AEP-02.docx", "CCTP", hd % "CCTP", ft, cctp,
                  L(clause_environnementale=1, allotissement=1, nb_lots=2,
                    evidence=["lots 1 (secteur Ouest) et 2 (secteur Est)",
                              "au moins 20~% d'agrégats d'enrobés recyclés"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1500, allotissement=1, nb_lots=2, montant_estime_ht=3200000,
                 montant_max_ht=4000000),
        why=dict(
            montant_estime_ht="Seulement dans l'avis eForms (XML) : EstimatedOverallContractAmount 3200000 au niveau "
                              "de la procédure (= 1 900 000 lot 1 + 1 300 000 lot 2).",
            montant_max_ht="CCAP art. 2 (écrit en lettres et en chiffres) : 2 400 000 + 1 600 000 = 4 000 000.",
            heures_insertion="CCAP art. 9 (tableau) et avis : 900 + 600 = 1 500.",
            nb_lots="Deux lots (RC art. 3, avis, CCAP)."),
        note="DCE livré en une archive ZIP (les pièces sont dans l'archive). Pièges : seuil européen des travaux "
             "5 404 000 € HT ; chiffre d'affaires minimal 1 200 000 € HT ; 2,9 M€ HT du précédent accord-cadre ; "
             "assurance 5 000 000 € ; seuil de l'avance 50 000 € HT ; 14 600 abonnés, 486 km.",
    )


# ============================================================================= d08
def d08():
    ref = "SEMAV-ZACPH-2027-T2"
    hd = "SEMAVO – ZAC des Prés-Hauts – %s – " + ref
    ft = "SEMAVO – mandataire de la commune de Brissac-les-Prés – 8 quai des Mariniers, Nevray"
    rc = [
        TITLE("SEMAVO – Société d'économie mixte d'aménagement du Val d'Orvanne",
              "RÈGLEMENT DE LA CONSULTATION",
              "ZAC des Prés-Hauts – aménagement des espaces publics de la phase 2",
              "Marchés de travaux à tranches – procédure adaptée"),
        H("1. Maître d'ouvrage et mandataire"),
        P("La commune de Brissac-les-Prés, maître d'ouvrage, a confié à la SEMAVO (SA d'économie mixte au capital "
          "de 2~480~000 €, RCS Nevray 412~118~905, SIRET 412~118~905~00036) un mandat de maîtrise d'ouvrage pour "
          "la réalisation des espaces publics de la ZAC. Maître d'œuvre : groupement Paysages Alliés / Ingérop-Sud."),
        H("2. Objet"),
        P("Voiries, réseaux divers, espaces verts et éclairage public des îlots C, D et E de la ZAC des Prés-Hauts. "
          "Le montant prévisionnel global de l'opération d'aménagement (foncier, études, travaux, honoraires) "
          "inscrit au bilan de la ZAC est de 6,8 M€ HT ; il ne correspond pas à la valeur des présents marchés."),
        H("3. Lots et tranches"),
        P("Les travaux sont répartis en trois lots. Chaque lot comporte une tranche ferme et deux tranches "
          "optionnelles (articles R.~2113-4 à R.~2113-6 du code de la commande publique) : TF – îlot C ; TO1 – "
          "îlot D ; TO2 – îlot E. L'estimation de l'administration est la suivante (montants en milliers d'eu¦HY¦ros "
          "hors taxes) :"),
        RTAB(ROWS(["Lot", "TF (k€ HT)", "TO1 (k€ HT)", "TO2 (k€ HT)", "Total du lot (k€ HT)"],
                  ["1 – Voirie et réseaux divers", "820", "410", "265", "1~495"],
                  ["2 – Espaces verts et plantations", "190", "95", "60", "345"],
                  ["3 – Éclairage public et mise en lumière", "140", "70", "45", "255"]),
             widths=[2.6, 1, 1, 1, 1.3], align="lrrrr"),
        P("L'affermissement des tranches optionnelles intervient dans un délai de 24 mois à compter de la "
          "notification, au vu de la commercialisation des îlots."),
        H("4. Délais"),
        P("Tranche ferme : 9 mois. Chaque tranche optionnelle : 6 mois à compter de l'ordre de service d'affermissement."),
        H("5. Candidature"),
        P("DC1, DC2, attestations d'assurance (responsabilité civile de 3~000~000 € par sinistre minimum, "
          "décennale), références de moins de cinq ans, certificats de qualification."),
        H("6. Critères"),
        P("Prix : 40~%. Valeur technique : 50~%. Performance environnementale (part de matériaux recyclés ou "
          "réemployés, bilan carbone des approvisionnements, gestion de l'eau sur le chantier) : 10~%. Les offres "
          "sont appréciées sur la totalité des tranches."),
        H("7. Remise des offres"),
        P("Avant le 17 septembre 2027 à 11h00, sur https://semavo.marches-securises.fr."),
    ]
    ccap = [
        TITLE("SEMAVO – mandataire de la commune de Brissac-les-Prés", "CCAP",
              "Espaces publics de la ZAC des Prés-Hauts – phase 2 – lots 1 à 3"),
        H("Article 1 – Objet – décomposition"),
        P("Le présent CCAP est commun aux trois lots. Chaque marché comporte une tranche ferme (îlot C) et deux "
          "tranches optionelles (îlots D et E)."),
        H("Article 2 – Prix"),
        P("Marchés à prix unitaires (bordereau) pour les lots 1 et 3 et à prix global et forfaitaire (DPGF) pour le "
          "lot 2. Prix actualisables (index TP01 et TP08)."),
        H("Article 3 – Avance"),
        P("Une avance de 5~% du montant TTC de la tranche ferme est versée si ce montant dépasse 50~000 € HT. Pour "
          "chaque tranche optionnelle, l'avance est calculée sur le montant de la tranche affermie."),
        H("Article 4 – Retenue de garantie"),
        P("5~% du montant des acomptes ; elle peut être remplacée par une garantie à première demande."),
        H("Article 5 – Pénalités"),
        P("Retard : 500 € par jour calendaire pour le lot 1, 250 € pour les lots 2 et 3. Les pénalités ne sont pas "
          "plafonnées."),
        H("Article 6 – Gestion environnementale du chantier"),
        P("Les titulaires réemploient sur place les terres végétales décapées et les matériaux de démolition "
          "concassés. Les couches de forme intègrent au moins 30~% de grave recyclée. Les déchets sont triés en "
          "bennes séparées et leur destination est justifiée par bordereau. Le lavage des toupies et des outils se "
          "fait sur une aire étanche avec décantation."),
        H("Article 7 – Insertion professionnelle"),
        P("Les titulaires réalisent une action d'insertion au profit de publics éloignés de l'emploi. Le volume "
          "d'heures est fixé par lot et par tranche ; les heures d'une tranche optionnelle ne sont dues que si elle "
          "est affermie."),
        TAB(ROWS(["Lot", "TF", "TO1", "TO2"],
                 ["Lot 1 – VRD", "700 h", "420 h", "280 h"],
                 ["Lot 2 – Espaces verts", "200 h", "90 h", "60 h"],
                 ["Lot 3 – Éclairage public", "110 h", "50 h", "40 h"]), widths=[2.2, 1, 1, 1], align="lrrr"),
        P("Pénalité de 70 € par heure non réalisée ; le facilitateur de la Maison de l'emploi du Val d'Orvanne "
          "assure le suivi."),
        H("Article 8 – Réception"),
        P("Une réception par tranche. Garantie de parfait achèvement d'un an ; garantie de reprise des végétaux de "
          "deux ans pour le lot 2."),
        H("Article 9 – Assurances"),
        P("Responsabilité civile : 3~000~000 € par sinistre au minimum."),
        H("Article 10 – Litiges"),
        P("Tribunal administratif d'Orléans."),
    ]
    cctp = [
        TITLE("SEMAVO – ZAC des Prés-Hauts", "CCTP – Lot 2 : Espaces verts et plantations",
              "Phase 2 – îlots C (tranche ferme), D et E (tranches optionnelles)"),
        H("1. Consistance"),
        P("Préparation des sols, fourniture et plantation d'arbres tiges, de massifs arbustifs et de prairies, noues "
          "plantées, paillage, arrosage de confortement pendant deux ans."),
        H("2. Palette végétale"),
        P("Les végétaux sont d'essences locales ou adaptées au climat, issus de pépinières situées à moins de 300 km "
          "et porteurs de la marque « Végétal local » pour les haies champêtres. Les espèces exotiques envahissantes "
          "de la liste régionale sont interdites."),
        H("3. Gestion de l'eau"),
        P("Aucun arrosage automatique n'est installé ; l'arrosage de confortement se fait à partir des eaux pluviales "
          "stockées dans la citerne du chantier. Le paillage est organique (broyat de bois issu du chantier)."),
        H("4. Garantie"),
        P("Remplacement des végétaux morts ou dépérissants pendant deux saisons de végétation."),
    ]
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Procédure adaptée – Travaux"),
        P("Nom et adresse de l'organisme acheteur : SEMAVO, 8 quai des Mariniers, 58400 Nevray, agissant au nom et "
          "pour le compte de la commune de Brissac-les-Prés (mandat de maîtrise d'ouvrage)."),
        P("Objet : ZAC des Prés-Hauts – aménagement des espaces publics de la phase 2 (îlots C, D et E)."),
        P("Lieu d'exécution : Brissac-les-Prés (58)."),
        P("Caractéristiques principales : trois lots, chacun avec une tranche ferme et deux tranches optionnelles."),
        P("Lot 1 – Voirie et réseaux divers. Valeur estimée hors TVA, tranches optionnelles comprises : "
          "1~495~000 €."),
        P("Lot 2 – Espaces verts et plantations. Valeur estimée hors TVA, tranches optionnelles comprises : "
          "345~000 €."),
        P("Lot 3 – Éclairage public et mise en lumière. Valeur estimée hors TVA, tranches optionnelles comprises : "
          "255~000 €."),
        P("Conditions d'exécution : clause d'insertion sociale (heures fixées par lot et par tranche au CCAP) ; "
          "gestion environnementale du chantier (réemploi des matériaux, grave recyclée)."),
        P("Critères d'attribution : prix 40 % ; valeur technique 50 % ; performance environnementale 10 %."),
        P("Date limite de réception des offres : 17 septembre 2027 à 11h00."),
        P("Date d'envoi du présent avis à la publication : 21 juillet 2027."),
    ]
    return dict(
        id="d08",
        title="SEMAVO – espaces publics de ZAC (3 lots × tranche ferme + 2 optionnelles, montants en k€)",
        pieces=[
            PIECE("RC_SEMAV-ZACPH-2027-T2.pdf", "RC", hd % "RC", ft, rc,
                  L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=2095000,
                    evidence=["répartis en trois lots", "(montants en milliers d'euros hors taxes)",
                              "Total du lot (k€ HT)", "[1 495 + 345 + 255 = 2 095 k€]",
                              "Performance environnementale (part de matériaux recyclés"]), hyphen=True),
            PIECE("CCAP_SEMAV-ZACPH-2027-T2.pdf", "CCAP", hd % "CCAP", ft, ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1950, clause_environnementale=1,
                    allotissement=1, nb_lots=3,
                    evidence=["commun aux trois lots", "Lot 1 – VRD 700 h 420 h 280 h",
                              "Lot 2 – Espaces verts 200 h 90 h 60 h", "Lot 3 – Éclairage public 110 h 50 h 40 h",
                              "[somme de toutes les tranches = 1 950 h]", "au moins 30~% de grave recyclée"]),
                  hyphen=True, cols=2),
            PIECE("CCTP_lot2_SEMAV-ZACPH-2027-T2.docx", "CCTP", hd % "CCTP lot 2", ft, cctp,
                  L(clause_environnementale=1, allotissement=1,
                    evidence=["Lot 2 : Espaces verts et plantations",
                              "Aucun arrosage automatique n'est installé"])),
            PIECE("AVIS_AAPC_SEMAV-ZACPH-2027-T2.txt", "AVIS", hd % "AAPC", ft, avis,
                  L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, critere_environnemental=1,
                    allotissement=1, nb_lots=3, montant_estime_ht=2095000,
                    evidence=["trois lots", "tranches optionnelles comprises : 1~495~000 €",
                              "tranches optionnelles comprises : 345~000 €",
                              "tranches optionnelles comprises : 255~000 €", "[somme = 2 095 000]",
                              "clause d'insertion sociale", "performance environnementale 10 %",
                              "réemploi des matériaux, grave recyclée"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1950, allotissement=1, nb_lots=3, montant_estime_ht=2095000),
        why=dict(
            montant_estime_ht="RC art. 3, tableau en MILLIERS d'euros HT (k€), lots en lignes et tranches en colonnes, "
                              "colonne « Total du lot » : 1 495 + 345 + 255 = 2 095 k€ = 2 095 000 € (tranches "
                              "optionnelles comprises, comme la valeur estimée d'un marché à tranches) ; l'avis donne "
                              "les mêmes valeurs par lot, sans total.",
            heures_insertion="CCAP art. 7, tableau lots × tranches : (700 + 420 + 280) + (200 + 90 + 60) + (110 + 50 + "
                             "40) = 1 950 heures écrites, toutes tranches comprises.",
            montant_max_ht="Marchés ordinaires à tranches : pas de maximum.",
            nb_lots="Trois lots."),
        note="Pièges : bilan de l'opération d'aménagement 6,8 M€ HT ; capital de la SEM 2 480 000 € ; tranche ferme "
             "seule (1 150 k€, non écrite) ; seuil de l'avance 50 000 € HT ; assurance 3 000 000 € ; pénalités 500 / "
             "250 € ; 300 km. Heures des tranches optionnelles dues seulement si affermies (on compte les heures "
             "écrites).",
    )


# ============================================================================= d09
def d09():
    ref = "MO-2027-IMP-07"
    hd = "Mutualis'Ouest – centrale d'achat – %s – " + ref
    ft = "GIP Mutualis'Ouest – 3 allée Jules-Verne – 44790 Saint-Herblon – www.mutualis-ouest.fr"
    rc = [
        TITLE("MUTUALIS'OUEST – Centrale d'achat des collectivités et établissements de l'Ouest",
              "RÈGLEMENT DE LA CONSULTATION",
              "Location, maintenance et gestion de parcs de systèmes d'impression multifonctions",
              "Appel d'offres ouvert européen – accords-cadres à bons de commande"),
        H("Article 1 – La centrale d'achat"),
        P("Le groupement d'intérêt public Mutualis'Ouest agit en qualité de centrale d'achat au sens des articles "
          "L.~2113-2 à L.~2113-4 du code de la commande publique, pour le compte de ses 214 membres (communes, "
          "intercommunalités, CCAS, collèges et lycées). SIRET 130~026~741~00018. Adresse : 3 allée Jules-Verne, "
          "44790 Saint-Herblon."),
        H("Article 2 – Objet et lots"),
        P("La consultation est allotie comme suit : lot 1 – copieurs multifonctions de proximité (A4/A3, 20 à "
          "55 pages/minute) ; lot 2 – systèmes de production pour ateliers de reprographie ; lot 3 – logiciel de "
          "gestion et de comptabilisation des impressions."),
        H("Article 3 – Durée"),
        P("Vingt-quatre mois à compter du 1er janvier 2028, reconductibles une fois pour vingt-quatre mois. La "
          "reconduction est décidée par la centrale au plus tard quatre mois avant l'échéance, après consultation "
          "du comité des membres."),
        H("Article 4 – Conditions de participation"),
        LST(["chiffre d'affaires global moyen des trois derniers exercices au moins égal à 1~350~000 € HT pour le "
             "lot 1, à 400~000 € HT pour le lot 2 et à 135~000 € HT pour le lot 3 ;",
             "assurance de responsabilité civile professionnelle d'au moins 2~000~000 € par sinistre ;",
             "trois références de parcs d'au moins 150 équipements pour le lot 1."]),
        H("Article 5 – Critères"),
        TAB(ROWS(["Critère", "Lots 1 et 2", "Lot 3"],
                 ["Prix (coût global : location, maintenance, consommables)", "45", "50"],
                 ["Valeur technique et qualité du service", "35", "40"],
                 ["Performance environnementale : consommation électrique typique (TEC), mode veille, reprise et "
                  "reconditionnement des matériels et consommables", "20", "10"]),
            widths=[4, 1, 1], align="lrr"),
        P("La valeur technique est appréciée au vu du mémoire, des fiches techniques et d'une démonstration des "
          "matériels organisée dans les locaux de la centrale pour les trois candidats les mieux classés au "
          "terme de l'analyse écrite. Le prix est apprécié sur un détail quantitatif estimatif non communiqué aux "
          "candidats, établi à partir des volumes d'impression constatés chez les membres."),
        H("Article 6 – Valeur estimée"),
        P("La présente consultation vise à renouveler les accords-cadres arrivant à échéance le 31 décembre 2027. "
          "Pour information, les commandes passées au titre de l'accord-cadre précédent (2023-2027) se sont "
          "élevées à 1¦SB¦134~000 € HT. Compte tenu des adhésions nouvelles enregistrées depuis 2025 (onze communes, deux syndicats et le "
          "CCAS de Pornezac), le montant estimatif global de la consultation est de 1~260~000 € HT pour la durée "
          "maximale des accords-cadres (48 mois), soit 900~000 € HT pour le lot 1, 270~000 € HT pour le lot 2 et "
          "90~000 € HT pour le lot 3."),
        P("Cette valeur excède les seuils européens de 140~000 € HT et de 216~000 € HT ; la procédure formalisée "
          "est donc obligatoire quel que soit le statut des membres bénéficiaires."),
        H("Article 7 – Remise des offres"),
        P("Avant le 20 septembre 2027 à 12h00 sur https://mutualis-ouest.achatpublic.fr."),
    ]
    ccap = [
        TITLE("MUTUALIS'OUEST", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Systèmes d'impression multifonctions – accords-cadres à bons de commande – lots 1 à 3"),
        H("Article 1 – Forme"),
        P("Pour chacun des trois lots, accord cadre mono-attributaire à bons de commande conclu par la centrale "
          "d'achat ; les bons de commande sont émis directement par les membres bénéficiaires."),
        H("Article 2 – Montant maximum"),
        P("Le montant maximum global des commandes, pour la durée totale des accords-cadres (période initiale et "
          "reconduction), est fixé à 2¦SB¦100~000 € HT, réparti entre les lots de la façon suivante : lot 1 : "
          "1~500~000 € HT ; lot 2 : 450~000 € HT ; lot 3 : 150~000 € HT. Chaque bon de commande est d'un montant "
          "au moins égal à 500 € HT."),
        H("Article 3 – Durée"),
        P("Vingt-quatre mois, reconductibles une fois pour une période de même durée par décision expresse de la "
          "centrale."),
        H("Article 4 – Prix"),
        P("Coût à la page et loyer trimestriel fermes pendant la période initiale, révisables à la reconduction."),
        H("Article 5 – Avance"),
        P("Sans objet pour les bons de commande d'un montant inférieur à 50~000 € HT ; au-delà, avance de 10~% si "
          "la durée d'exécution du bon excède deux mois."),
        H("Article 6 – Pénalités"),
        P("Délai d'intervention dépassé : 50 € par heure ouvrée. Délai de remplacement d'un matériel dépassé : "
          "100 € par jour. Les pénalités sont plafonnées à 60~000 € HT par lot et par année civile."),
        H("Article 7 – Conditions sociales d'exécution"),
        P("Le titulaire s'assure que les équipements et consommables livrés sont fabriqués dans des conditions "
          "respectant les huit conventions fondamentales de l'Organisation internationale du travail tout au long "
          "de la chaîne d'approvisionnement. Il transmet, à la demande de la centrale, la cartographie de ses "
          "fournisseurs de rang 1 et les résultats des audits sociaux réalisés ; un plan d'actions correctives est "
          "exigé en cas de manquement."),
        H("Article 8 – Conditions environnementales d'exécution"),
        P("Le titulaire reprend gratuitement les cartouches de toner usagées et les matériels en fin de contrat ; il "
          "en assure le réemploi ou le recyclage et remet chaque année un bilan par membre. Les matériels sont "
          "livrés paramétrés en impression recto verso et en noir et blanc par défaut."),
        H("Article 9 – Paiement"),
        P("Chaque membre règle les factures qui le concernent dans le délai légal qui lui est applicable."),
        H("Article 10 – Litiges"),
        P("Tribunal administratif de Nantes."),
    ]
    cctp = [
        TITLE("Mutualis'Ouest", "CCTP", "Systèmes d'impression multifonctions – lots 1 à 3"),
        H("1. Lot 1 – Copieurs de proximité"),
        P("Matériels neufs ou reconditionnés garantis, conformes au règlement européen sur l'écoconception "
          "applicable et dont la consommation électrique typique ne dépasse pas les valeurs du référentiel "
          "Blue Angel DE-UZ 205 ou équivalent. Passage automatique en veille après 5 minutes."),
        H("2. Lot 2 – Systèmes de production"),
        P("Débit minimal de 90 pages/minute, finition (agrafage, pliage, dos carré collé), maintenance sur site "
          "sous 4 heures ouvrées."),
        H("3. Lot 3 – Logiciel de gestion"),
        P("Authentification par badge, impression sécurisée, suivi des volumes par service, tableaux de bord "
          "exportables."),
        H("4. Consommables"),
        P("Les toners sont livrés dans des emballages recyclables ; le titulaire fournit les cartons de collecte "
          "des consommables usagés."),
    ]
    ae = [
        TITLE("MUTUALIS'OUEST", "ACTE D'ENGAGEMENT", "Systèmes d'impression multifonctions – " + ref),
        H("1. Lot(s) concerné(s)"),
        P("☐ lot 1 – copieurs de proximité   ☐ lot 2 – systèmes de production   ☐ lot 3 – logiciel de gestion"),
        H("2. Engagement"),
        P("Le signataire s'engage, au nom de l'opérateur économique désigné ci-dessous, à exécuter les prestations "
          "du ou des lots cochés aux prix du bordereau joint, dans la limite du montant maximum fixé au CCAP."),
        P("Raison sociale : ...................................   SIRET : ..................................."),
        H("3. Montant de l'offre (DQE de jugement)"),
        TAB(ROWS(["Lot", "Montant HT du DQE", "TVA 20 %", "Montant TTC"],
                 ["1", "", "", ""], ["2", "", "", ""], ["3", "", "", ""])),
        H("4. Durée"),
        P("Conformément au CCAP : vingt-quatre mois reconductibles une fois."),
        H("5. Signature"),
        P("À ........................, le ........................   (signature électronique qualifiée)"),
    ]
    bpu = [
        TITLE("Mutualis'Ouest – " + ref, "BORDEREAU DE PRIX", "Lot 1 – Copieurs multifonctions de proximité"),
        TAB(ROWS(["Réf.", "Désignation", "Unité", "Prix HT"],
                 ["1.1", "Loyer trimestriel – MFP A4 couleur 25 ppm", "trimestre", ""],
                 ["1.2", "Loyer trimestriel – MFP A3 couleur 35 ppm", "trimestre", ""],
                 ["1.3", "Loyer trimestriel – MFP A3 couleur 55 ppm", "trimestre", ""],
                 ["1.4", "Coût à la page noir et blanc", "page", ""],
                 ["1.5", "Coût à la page couleur", "page", ""],
                 ["1.6", "Installation et formation sur site", "forfait", ""],
                 ["1.7", "Reprise d'un matériel existant", "unité", ""])),
    ]
    return dict(
        id="d09",
        title="Mutualis'Ouest (centrale d'achat) – systèmes d'impression (beaucoup de montants qui ne sont pas "
              "l'estimation)",
        pieces=[
            PIECE("RC_MO-2027-IMP-07.pdf", "RC", hd % "RC", ft, rc,
                  L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=1260000,
                    evidence=["La consultation est allotie comme suit",
                              "lot 3 – logiciel de gestion et de comptabilisation des impressions",
                              "le montant estimatif global de la consultation est de",
                              "1~260~000 € HT pour la durée maximale des accords-cadres",
                              "Performance environnementale : consommation électrique typique (TEC)"]), hyphen=True),
            PIECE("CCAP_MO-2027-IMP-07.pdf", "CCAP", hd % "CCAP", ft, ccap,
                  L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=2100000,
                    evidence=["chacun des trois lots", "est fixé à 2~100~000 € HT",
                              "respectant les huit conventions fondamentales de l'Organisation internationale du "
                              "travail", "reprend gratuitement les cartouches de toner usagées"]),
                  hyphen=True, cols=2),
            PIECE("CCTP_MO-2027-IMP-07.docx", "CCTP", hd % "CCTP", ft, cctp,
                  L(clause_environnementale=1, allotissement=1, nb_lots=3,
                    evidence=["lots 1 à 3", "Passage automatique en veille après 5 minutes",
                              "Blue Angel DE-UZ 205 ou équivalent"])),
            PIECE("AE_MO-2027-IMP-07.docx", "AE", hd % "AE", ft, ae,
                  L(allotissement=1, nb_lots=3, evidence=["lot 3 – logiciel de gestion", "Lot(s) concerné(s)"])),
            PIECE("BPU_lot1_MO-2027-IMP-07.docx", "BPU", hd % "BPU lot 1", ft, bpu,
                  L(allotissement=1, evidence=["Lot 1 – Copieurs multifonctions de proximité"])),
        ],
        pos=["clause_sociale", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=3, montant_estime_ht=1260000, montant_max_ht=2100000),
        why=dict(
            montant_estime_ht="RC art. 6 : « le montant estimatif global de la consultation est de 1 260 000 € HT » "
                              "(durée maximale de 48 mois) ; la phrase commence en bas de la page 1, juste après le "
                              "montant de l'accord-cadre précédent (1 134 000 € HT), et le chiffre est en page 2.",
            montant_max_ht="CCAP art. 2 : « montant maximum global … 2 100 000 € HT » (période initiale et "
                           "reconduction), = 1 500 000 + 450 000 + 150 000.",
            nb_lots="RC art. 2 : trois lots."),
        note="Pièges en nombre : commandes de l'accord-cadre précédent 1 134 000 € HT ; seuils européens 140 000 et "
             "216 000 € HT ; chiffre d'affaires exigé 1 350 000 / 400 000 / 135 000 € HT ; assurance 2 000 000 € ; "
             "plafond de pénalités 60 000 € HT ; seuil de l'avance 50 000 € HT ; minimum par bon de commande 500 € HT ; "
             "214 membres ; 150 équipements. Clause sociale sans insertion (conventions de l'OIT dans la chaîne "
             "d'approvisionnement). AE vierge.",
    )


# ============================================================================= d10
def d10():
    ref = "2027-TX-02"
    hd = "Commune de Roquefraysse – %s – marché n° " + ref
    ft = "Mairie de Roquefraysse – 1 place de l'Église – 46230 Roquefraysse – tél. 05 65 31 08 44"
    rc = [
        TITLE("COMMUNE DE ROQUEFRAYSSE", "Règlement de consultation",
              "Restauration de la couverture de l'église Saint-Martin (nef, bas-côtés et clocher)",
              "Marché public de travaux – procédure adaptée – tranche ferme et tranche optionnelle"),
        H("Article 1 – Acheteur"),
        P("Commune de Roquefraysse (Lot), représentée par son maire, Mme Josiane Delbos. SIRET 214~602~187~00015. "
          "Maître d'œuvre : Mme Clémence Vayssières, architecte du patrimoine, 14 rue des Consuls, 46000 Cahors."),
        H("Article 2 – Objet"),
        P("Restauration de la couverture en tuiles plates de la nef et des bas-côtés (tranche ferme) et de la "
          "couverture en ardoises du clocher (tranche optionnelle n°~1). L'église, inscrite au titre des monuments "
          "historiques, reste ouverte au culte pendant les travaux."),
        H("Article 3 – Allotissement"),
        P("Le marché n'est pas alloti : la dépose, la reprise de la charpente et la repose de la couverture forment "
          "un ouvrage indissociable dont la coordination par plusieurs entreprises rendrait l'exécution plus "
          "difficile et plus coûteuse (article L.~2113-11 du code de la commande publique)."),
        H("Article 4 – Montant et publicité"),
        P("L'estimation du maître d'œuvre figure, poste par poste, dans la DPGF jointe au dossier (colonne "
          "« Estimation MOE »). Le montant des travaux étant supérieur à 100~000 € HT, la consultation fait l'objet "
          "d'une publicité au BOAMP. L'opération bénéficie d'une subvention de la DRAC de 85~000 € et d'une aide du "
          "Département de 30~000 €."),
        H("Article 5 – Délais"),
        P("Tranche ferme : 5 mois, hors période de préparation d'un mois. Tranche optionnelle : 3 mois à compter de "
          "son affermissement, qui peut intervenir jusqu'à 12 mois après la notification."),
        H("Article 6 – Clause d'insertion"),
        P("Une clause d'insertion sociale est imposée au titulaire (article 10 du CCAP)."),
        H("Article 7 – Candidature"),
        P("Qualification Qualibat 3193 (couverture de monuments historiques) ou références équivalentes ; "
          "attestations d'assurance de responsabilité civile et décennale ; moyens humains (compagnons qualifiés)."),
        H("Article 8 – Jugement"),
        P("Valeur technique (60~%) : méthodologie de dépose et de réemploi, qualification des compagnons, "
          "planning. Prix (40~%)."),
        H("Article 9 – Visite et remise des offres"),
        P("Visite obligatoire sur rendez-vous (secrétariat de mairie). Remise des offres le 6 avril 2027 à 12h00 "
          "au plus tard, sur https://www.marches-publics-lot.fr."),
    ]
    ccap = [
        TITLE("COMMUNE DE ROQUEFRAYSSE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Église Saint-Martin – restauration de la couverture – marché à tranches"),
        H("Article 1 – Objet – tranches"),
        P("Marché unique (non alloti) comportant une tranche ferme (nef et bas-côtés) et une tranche optionnelle "
          "(clocher), conformément aux articles R.~2113-4 à R.~2113-6 du CCP."),
        H("Article 2 – Pièces contractuelles"),
        P("Acte d'engagement, CCAP, CCTP, DPGF, planning, PGC simplifié, CCAG-Travaux 2021."),
        H("Article 3 – Prix"),
        P("Prix global et forfaitaire par tranche, actualisable selon l'index BT34 (couverture en tuiles de terre "
          "cuite)."),
        H("Article 4 – Avance"),
        P("Avance de 20~% du montant TTC de la tranche ferme, ce montant étant supérieur à 50~000 € HT et le délai "
          "d'exécution supérieur à deux mois."),
        H("Article 5 – Retenue de garantie"),
        P("5~% du montant des acomptes, remplaçable par une garantie à première demande."),
        H("Article 6 – Pénalités"),
        P("1/2000e du montant de la tranche par jour de retard, plafonné à 8~% de ce montant."),
        H("Article 7 – Assurances"),
        P("Le titulaire justifie d'une assurance de responsabilité décennale couvrant les travaux sur existants."),
        H("Article 8 – Réception"),
        P("Réception distincte pour chaque tranche."),
        H("Article 9 – Protection du monument"),
        P("Le titulaire protège le mobilier et les vitraux et ne stocke aucun matériau contre les maçonneries."),
        H("Article 10 – Clause sociale d'insertion"),
        P("Le titulaire réserve 140 heu¦HY¦res de travail, sur l'ensemble du marché (tranches comprises), à des "
          "personnes rencontrant des difficultés d'insertion professionnelle, recrutées directement ou mises à "
          "disposition par une entreprise de travail temporaire d'insertion ou un groupement d'employeurs (GEIQ). "
          "La facilitatrice de la Mission locale du Lot valide les candidatures et suit les heures. Pénalité : "
          "30 € par heure non réalisée."),
        H("Article 11 – Litiges"),
        P("Tribunal administratif de Toulouse."),
    ]
    cctp = [
        TITLE("Commune de Roquefraysse – Église Saint-Martin", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Restauration des couvertures"),
        H("1. Généralités"),
        P("Les travaux sont conduits selon les règles de l'art applicables aux monuments historiques, sous le "
          "contrôle de la conservation régionale des monuments historiques."),
        H("2. Dépose et réemploi"),
        P("Les tuiles plates anciennes sont déposées à la main, triées, brossées et stockées sur palettes. Toutes les "
          "tuiles saines sont réemployées en priorité sur les versants visibles ; le complément est réalisé en "
          "tuiles neuves de même module, vieillies. Les tuiles cassées sont concassées et valorisées en remblai "
          "drainant ; les bois déposés non traités sont orientés vers une filière de valorisation."),
        H("3. Charpente"),
        P("Remplacement des pièces altérées à l'identique, en chêne ou en sapin selon l'existant ; traitement "
          "préventif des bois neufs par un produit certifié CTB-P+."),
        H("4. Couverture du clocher (tranche optionnelle)"),
        P("Ardoises naturelles d'Angers ou équivalentes, pose au clou cuivre, réfection des abat-sons en chêne."),
        H("5. Déchets de chantier"),
        P("Tri sur place en quatre flux au moins (inertes, bois, métaux, déchets non dangereux) ; bordereaux remis au "
          "maître d'œuvre à chaque situation."),
    ]
    dp = [["N°", "Désignation", "U", "Qté", "Estimation MOE HT (€)", "Prix entreprise HT (€)"]]
    dp += [["", "TRANCHE FERME – Nef et bas-côtés", "", "", "", ""],
           ["1.1", "Installation de chantier, échafaudages de pied et parapluie", "ens", "1", "18~450,00", ""],
           ["1.2", "Dépose soignée de la couverture en tuiles plates, tri pour réemploi", "m²", "620", "8~990,00", ""],
           ["1.3", "Révision de la charpente, remplacement de pièces", "m³", "3,2", "9~120,00", ""],
           ["1.4", "Voligeage jointif en sapin", "m²", "620", "23~560,00", ""],
           ["1.5", "Couverture en tuiles plates (réemploi et tuiles neuves)", "m²", "620", "57~040,00", ""],
           ["1.6", "Zinguerie, gouttières et descentes", "ml", "145", "12~470,00", ""],
           ["1.7", "Évacuation et tri des déchets", "ens", "1", "4~200,00", ""],
           ["1.8", "Crochets de sécurité et ligne de vie", "ens", "1", "6~790,00", ""],
           ["1.9", "Protection du mobilier et des vitraux", "ens", "1", "8~000,00", ""],
           ["", "Sous-total tranche ferme HT", "", "", "148~620,00", ""],
           ["", "TRANCHE OPTIONNELLE N° 1 – Clocher", "", "", "", ""],
           ["2.1", "Échafaudage du clocher", "ens", "1", "14~800,00", ""],
           ["2.2", "Dépose et repose de la couverture en ardoises", "m²", "145", "17~182,50", ""],
           ["2.3", "Restauration de la charpente de la flèche", "ens", "1", "21~350,00", ""],
           ["2.4", "Plomberie d'art (noues, coq, épi)", "ens", "1", "6~935,00", ""],
           ["2.5", "Abat-sons en chêne", "u", "4", "5~500,00", ""],
           ["", "Sous-total tranche optionnelle HT", "", "", "65~767,50", ""],
           ["", "TOTAL GÉNÉRAL HT (TF + TO)", "", "", "214~387,50", ""],
           ["", "TVA 20~%", "", "", "42~877,50", ""],
           ["", "TOTAL GÉNÉRAL TTC", "", "", "257~265,00", ""]]
    dpgf = [
        TITLE("COMMUNE DE ROQUEFRAYSSE – Église Saint-Martin", "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE",
              "Marché unique non alloti – estimation du maître d'œuvre (phase PRO) et cadre de réponse"),
        P("La colonne « Estimation MOE » est communiquée à titre indicatif ; l'entreprise complète la colonne "
          "« Prix entreprise » et reporte les totaux par tranche dans l'acte d'engagement."),
        RTAB(dp, widths=[0.45, 3.3, 0.45, 0.5, 1.15, 1.15], align="lllrrr", bold_last=True),
        P("Visa du maître d'œuvre : C. Vayssières, architecte du patrimoine – 12 février 2027."),
    ]
    return dict(
        id="d10",
        title="Commune de Roquefraysse – couverture d'église (non alloti ; estimation = total de la DPGF, tranche "
              "ferme + optionnelle)",
        pieces=[
            PIECE("RC_2027-TX-02.docx", "RC", hd % "RC", ft, rc,
                  L(clause_sociale=1, clause_insertion=1, allotissement=0,
                    evidence=["Le marché n'est pas alloti", "Une clause d'insertion sociale est imposée au titulaire"])),
            PIECE("CCAP_2027-TX-02.pdf", "CCAP", hd % "CCAP", ft, ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=140, allotissement=0,
                    evidence=["Marché unique (non alloti)", "Le titulaire réserve 140 heures de travail"]), hyphen=True),
            PIECE("CCTP_2027-TX-02.pdf", "CCTP", hd % "CCTP", ft, cctp,
                  L(clause_environnementale=1,
                    evidence=["Toutes les tuiles saines sont réemployées en priorité",
                              "Tri sur place en quatre flux au moins"]), hyphen=True, cols=2),
            PIECE("DPGF_2027-TX-02.pdf", "DPGF", hd % "DPGF", ft, dpgf,
                  L(allotissement=0, montant_estime_ht=214387.5,
                    evidence=["Marché unique non alloti", "TOTAL GÉNÉRAL HT (TF + TO) 214~387,50"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=140, allotissement=0, montant_estime_ht=214387.5),
        why=dict(
            montant_estime_ht="Le RC renvoie à la DPGF ; la colonne « Estimation MOE » de la DPGF donne le TOTAL "
                              "GÉNÉRAL HT (TF + TO) 214 387,50 € (148 620,00 + 65 767,50), tranche optionnelle "
                              "comprise ; ne pas prendre le sous-total de la tranche ferme ni le TTC 257 265,00.",
            heures_insertion="CCAP art. 10 : 140 heures sur l'ensemble du marché.",
            allotissement="RC art. 3 : « Le marché n'est pas alloti » (motivé, L. 2113-11).",
            montant_max_ht="Marché ordinaire : pas de maximum."),
        note="Pièges : seuil de publicité 100 000 € HT ; subventions DRAC 85 000 € et Département 30 000 € ; seuil de "
             "l'avance 50 000 € HT ; sous-totaux de tranches ; TVA et TTC ; plafond de pénalités 8 %.",
    )


# ============================================================================= d11
def d11():
    ref = "CCCVA-RS-2028-01"
    hd = "Communauté de communes Causses et Vallée de l'Aurène – %s – " + ref
    ft = "CCCVA – Service restauration scolaire – cuisine centrale de Montesquieu-sur-Aurène"
    avis = [
        TITLE("Avis de marché", "Fournitures", "Directive 2014/24/UE"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Communauté de communes Causses et Vallée de l'Aurène, 2 rue du Foirail, 30570 "
          "Montesquieu-sur-Aurène, FR. Numéro national d'identification : 200~041~762~00012. Code NUTS : FRJ12."),
        P("I.5) Activité principale : Services généraux des administrations publiques"),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Fourniture de denrées alimentaires pour la cuisine centrale communautaire. Numéro de "
          "référence : " + ref),
        P("II.1.2) Code CPV principal : 15000000"),
        P("II.1.4) Description succincte : accord-cadre à bons de commande en six lots pour la confection de "
          "1~150 repas par jour (écoles, crèches, portage)."),
        P("II.1.5) Valeur totale estimée : Valeur hors TVA : 1~245~000,00 EUR"),
        P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être soumises "
          "pour tous les lots. Nombre maximal de lots qui peuvent être attribués à un soumissionnaire : 6"),
        P("II.2) Description"),
        P("II.2.1) Intitulé : Viandes fraîches et charcuterie. Lot nº : 1 — II.2.6) Valeur estimée : Valeur hors "
          "TVA : 390~000,00 EUR"),
        P("II.2.1) Intitulé : Fruits et légumes frais. Lot nº : 2 — II.2.6) Valeur estimée : Valeur hors TVA : "
          "250~000,00 EUR"),
        P("II.2.1) Intitulé : Épicerie et produits secs. Lot nº : 3 — II.2.6) Valeur estimée : Valeur hors TVA : "
          "210~000,00 EUR"),
        P("II.2.1) Intitulé : Produits laitiers et ovoproduits. Lot nº : 4 — II.2.6) Valeur estimée : Valeur hors "
          "TVA : 170~000,00 EUR"),
        P("II.2.1) Intitulé : Produits surgelés. Lot nº : 5 — II.2.6) Valeur estimée : Valeur hors TVA : "
          "150~000,00 EUR"),
        P("II.2.1) Intitulé : Légumes épluchés et prêts à l'emploi (légumerie). Lot nº : 6 — II.2.6) Valeur "
          "estimée : Valeur hors TVA : 75~000,00 EUR"),
        P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Qualité gustative et nutritionnelle / "
          "Pondération : 30 ; Critère de qualité – Nom : Performances en matière de protection de l'environnement "
          "(emballages, transport, saisonnalité) / Pondération : 15 ; Prix – Pondération : 55"),
        P("II.2.7) Durée du marché : 12 mois. Ce marché peut faire l'objet d'une reconduction : oui. Description "
          "des modalités ou du calendrier des reconductions : deux reconductions annuelles."),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.5) Informations sur les marchés réservés : La participation au lot 6 est réservée à des structures "
          "d'insertion par l'activité économique (article L.~2113-13 du code de la commande publique)."),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : Procédure ouverte"),
        P("IV.2.2) Date limite de réception des offres : 15/03/2028 — Heure locale : 12:00"),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : les montants maximum annuels par lot figurent au CCAP."),
        P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Nîmes"),
        P("VI.5) Date d'envoi du présent avis : 01/02/2028"),
    ]
    rc = [
        TITLE("COMMUNAUTÉ DE COMMUNES CAUSSES ET VALLÉE DE L'AURÈNE", "RÈGLEMENT DE LA CONSULTATION",
              "Fourniture de denrées alimentaires pour la cuisine centrale", "Appel d'offres ouvert"),
        H("1. Objet"),
        P("La CCCVA achète les denrées nécessaires à sa cuisine centrale, qui produit environ 1~150 repas par jour "
          "en liaison froide pour les écoles, les crèches et le portage à domicile."),
        H("2. Lots"),
        TAB(ROWS(["N°", "Intitulé du lot"],
                 ["1", "Viandes fraîches et charcuterie"], ["2", "Fruits et légumes frais"],
                 ["3", "Épicerie et produits secs"], ["4", "Produits laitiers et ovoproduits"],
                 ["5", "Produits surgelés"], ["6", "Légumes épluchés et prêts à l'emploi (légumerie) – réservé"]),
            widths=[0.5, 5]),
        P("Le lot 6 est réservé aux structures d'insertion par l'activité économique, en application de l'article "
          "L.~2113-13 du code de la commande publique."),
        H("3. Durée"),
        P("Un an a compter du 1er juin 2028, reconductible deux fois par reconduction tacite."),
        H("4. Candidatures"),
        P("Agrément sanitaire ou dérogation (lots 1, 4 et 6) ; références ; pour les lots 1 à 5, chiffre d'affaires "
          "annuel au moins égal à 150~000 € HT."),
        H("5. Jugement des offres"),
        P("Prix 55 %. Qualité gustative et nutritionnelle 30 % (fiches techniques, dégustation). Performances en "
          "matière de protection de l'environnement 15 % : réduction et réemploi des emballages, distance et mode "
          "de transport, respect de la saisonnalité."),
        P("Pour information, le montant des achats de denrées de la CCCVA en 2027 s'est élevé à 372~000 € TTC."),
        H("6. Remise des offres"),
        P("Date limite : 15 mars 2028 à 12h00, sur https://marches.cc-aurene.fr. Les échantillons de dégustation "
          "sont livrés à la cuisine centrale le 22 mars 2028."),
    ]
    ccap = [
        TITLE("CCCVA", "Cahier des clauses administratives particulières",
              "Denrées alimentaires – cuisine centrale – six lots"),
        H("Article 1 – Forme des accords-cadres"),
        P("Pour chacun des six lots : accord-cadre à bons de commande mono-attributaire, sans minimum, avec un "
          "maximum annuel."),
        H("Article 2 – Durée"),
        P("Un an à compter du 1er juin 2028, reconductible tacitement deux fois par période d'un an."),
        H("Article 3 – Montants maximum annuels"),
        P("Les maxima ci-après s'appliquent à chaque période annuelle (période initiale et chacune des deux "
          "reconductions) :"),
        LST(["lot 1 – viandes fraîches et charcuterie : 140~000 € HT par an ;",
             "lot 2 – fruits et légumes frais : 90~000 € HT par an ;",
             "lot 3 – épicerie et produits secs : 75~000 € HT par an ;",
             "lot 4 – produits laitiers et ovoproduits : 60~000 € HT par an ;",
             "lot 5 – produits surgelés : 55~000 € HT par an ;",
             "lot 6 – légumerie (lot réservé SIAE) : 30~000 € HT par an."]),
        H("Article 4 – Livraisons"),
        P("Livraisons à la cuisine centrale entre 6h00 et 9h00, du lundi au vendredi, en véhicules frigorifiques."),
        H("Article 5 – Conditions environnementales d'exécution"),
        P("Le titulaire livre en caisses ou bacs réutilisables consignés lorsque la nature du produit le permet ; "
          "il reprend les emballages à chaque livraison. Les livraisons d'un même fournisseur sont regroupées "
          "(trois livraisons par semaine au plus, sauf pour le lot 2). Les suremballages individuels sont "
          "interdits."),
        H("Article 6 – Prix"),
        P("Prix révisables trimestriellement selon les cotations du RNM (lot 2) ou les indices INSEE des prix à la "
          "production des industries alimentaires (autres lots)."),
        H("Article 7 – Pénalités"),
        P("Livraison non conforme ou incomplète : 100 € par livraison, plafond de 3~000 € par mois et par lot."),
        H("Article 8 – Paiement"),
        P("Délai global de trente jours."),
    ]
    cctp = [
        TITLE("CCCVA – Cuisine centrale", "CCTP – Denrées alimentaires", "Spécifications par lot"),
        H("1. Qualité"),
        P("Les produits respectent les exigences de la loi EGAlim : part de produits durables et de qualité et part "
          "de produits issus de l'agriculture biologique précisées pour chaque lot. Fiches techniques obligatoires."),
        H("2. Lot 1 – Viandes"),
        P("Viandes d'origine France, label Rouge ou équivalent pour 30~% au moins du volume en valeur."),
        H("3. Lot 2 – Fruits et légumes"),
        P("Respect du calendrier de saisonnalité joint ; catégorie I ; aucun produit transporté par avion."),
        H("4. Lots 3, 4 et 5"),
        P("Conditionnements adaptés à la collectivité (boîtes 5/1, seaux de 5 kg, sacs de 2,5 kg)."),
        H("5. Lot 6 – Légumerie"),
        P("Légumes épluchés, lavés et découpés le jour même, conditionnés sous atmosphère protectrice."),
        H("6. Emballages"),
        P("Les emballages sont recyclables ou réutilisables ; le polystyrène expansé est proscrit."),
    ]
    bpu = [
        TITLE("CCCVA – " + ref, "BORDEREAU DES PRIX UNITAIRES",
              "Lot n° 6 – Légumes épluchés et prêts à l'emploi (lot réservé aux SIAE)"),
        TAB(ROWS(["Code", "Produit", "Conditionnement", "Prix HT au kg"],
                 ["6.01", "Pommes de terre épluchées entières", "sac 5 kg", ""],
                 ["6.02", "Carottes râpées", "barquette 2,5 kg", ""],
                 ["6.03", "Carottes en rondelles", "sac 2,5 kg", ""],
                 ["6.04", "Poireaux émincés", "sac 2,5 kg", ""],
                 ["6.05", "Salade verte lavée, coupée", "sac 1 kg", ""],
                 ["6.06", "Courgettes en dés", "sac 2,5 kg", ""])),
    ]
    return dict(
        id="d11",
        title="CC Causses et Vallée de l'Aurène – denrées alimentaires (estimation seulement dans l'avis II.1.5 ; "
              "maxima annuels, 1 an + 2 reconductions)",
        pieces=[
            PIECE("AVIS_JOUE_CCCVA-RS-2028-01.txt", "AVIS", hd % "Avis", ft, avis,
                  L(marche_reserve=1, reserve_base="L2113-13", critere_environnemental=1, allotissement=1, nb_lots=6,
                    montant_estime_ht=1245000,
                    evidence=["Valeur hors TVA : 1~245~000,00 EUR", "en six lots",
                              "Ce marché est divisé en lots : oui",
                              "réservée à des structures d'insertion par l'activité économique (article L.~2113-13",
                              "Performances en matière de protection de l'environnement"])),
            PIECE("RC_CCCVA-RS-2028-01.pdf", "RC", hd % "RC", ft, rc,
                  L(marche_reserve=1, reserve_base="L2113-13", critere_environnemental=1, allotissement=1, nb_lots=6,
                    evidence=["6 Légumes épluchés et prêts à l'emploi (légumerie) – réservé",
                              "Le lot 6 est réservé aux structures d'insertion par l'activité économique",
                              "Performances en matière de protection de l'environnement 15 %"]), hyphen=True),
            PIECE("CCAP_CCCVA-RS-2028-01.docx", "CCAP", hd % "CCAP", ft, ccap,
                  L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, allotissement=1, nb_lots=6,
                    montant_max_ht=1350000,
                    evidence=["chacun des six lots", "reconductible tacitement deux fois",
                              "lot 1 – viandes fraîches et charcuterie : 140~000 € HT par an",
                              "[annuels : 140 000 + 90 000 + 75 000 + 60 000 + 55 000 + 30 000 = 450 000 × 3]",
                              "(lot réservé SIAE)", "bacs réutilisables consignés"])),
            PIECE("CCTP_CCCVA-RS-2028-01.pdf", "CCTP", hd % "CCTP", ft, cctp,
                  L(clause_environnementale=1, allotissement=1, nb_lots=6,
                    evidence=["Lot 6 – Légumerie", "le polystyrène expansé est proscrit",
                              "aucun produit transporté par avion"]), hyphen=True, cols=2),
            PIECE("BPU_lot6_CCCVA-RS-2028-01.docx", "BPU", hd % "BPU lot 6", ft, bpu,
                  L(marche_reserve=1, reserve_base="L2113-13", allotissement=1,
                    evidence=["Lot n° 6 – Légumes épluchés et prêts à l'emploi (lot réservé aux SIAE)"])),
        ],
        pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=6, montant_estime_ht=1245000, montant_max_ht=1350000,
                 reserve_base="L2113-13"),
        why=dict(
            montant_estime_ht="Seulement dans l'avis JOUE : II.1.5 « Valeur hors TVA : 1 245 000,00 EUR » (= somme des "
                              "six II.2.6 : 390 000 + 250 000 + 210 000 + 170 000 + 150 000 + 75 000).",
            montant_max_ht="CCAP art. 3 : maxima ANNUELS par lot (140 000 + 90 000 + 75 000 + 60 000 + 55 000 + "
                           "30 000 = 450 000 par an, total non écrit) valables pour chacune des trois périodes "
                           "(1 an + 2 reconductions) : 450 000 × 3 = 1 350 000.",
            nb_lots="Six lots.",
            reserve_base="Lot 6 réservé aux SIAE, L. 2113-13 cité (avis, RC) ; « lot réservé aux SIAE » dans le BPU."),
        note="Pièges : achats de denrées 2027 (372 000 € TTC) ; chiffre d'affaires exigé 150 000 € HT ; plafond des "
             "pénalités 3 000 € par mois ; 1 150 repas par jour ; 30 % label Rouge. Exigences EGAlim du CCTP non "
             "retenues seules ; la clause environnementale tient aux emballages réutilisables (CCAP art. 5) et au "
             "polystyrène proscrit (CCTP).",
    )


# ============================================================================= d12
def d12():
    ref = "CCAS-BV-2027-05"
    hd = "CCAS de Bellecombe-en-Vauge – %s – " + ref
    ft = "Centre communal d'action sociale de Bellecombe-en-Vauge – 6 rue de l'Hospice – 73630 Bellecombe-en-Vauge"
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Services sociaux et autres services spécifiques – procédure "
              "adaptée"),
        P("Identification de l'organisme qui passe le marché : CCAS de Bellecombe-en-Vauge, 6 rue de l'Hospice, "
          "73630 Bellecombe-en-Vauge. SIRET : 267~300~892~00014."),
        P("Objet : Confection et portage de repas à domicile, accompagnement des bénéficiaires et entretien de leur "
          "linge – accord-cadre à bons de commande."),
        P("Division en lots : oui – 3 lots."),
        P("Lot 1 – Confection des repas en liaison froide – valeur estimée : 300~000 € HT."),
        P("Lot 2 – Portage des repas et accompagnement à domicile – valeur estimée : 45~000 € HT – marché réservé "
          "aux entreprises de l'économie sociale et solidaire (article L.~2113-15 du code de la commande publique)."),
        P("Lot 3 – Entretien du linge des bénéficiaires – valeur estimée : 36~000 € HT – marché réservé aux "
          "structures d'insertion par l'activité économique (article L.~2113-13 du code de la commande publique)."),
        P("Valeur estimée totale hors TVA : 381~000 euros."),
        P("Durée : 36 mois à compter du 1er janvier 2028."),
        P("Conditions d'exécution : clause sociale d'insertion pour le lot 1 (500 heures)."),
        P("Critères d'attribution : voir le règlement de la consultation."),
        P("Date limite de réception des offres : 18 octobre 2027 à 12 heures."),
        P("Adresse du profil d'acheteur : https://www.marches-savoie-vauge.fr"),
    ]
    rc = [
        TITLE("CCAS DE BELLECOMBE-EN-VAUGE", "Règlement de la consultation",
              "Confection et portage de repas à domicile, accompagnement et entretien du linge"),
        H("Article 1 – Acheteur et procédure"),
        P("Centre communal d'action sociale de Bellecombe-en-Vauge, représenté par sa vice-présidente, "
          "Mme Odile Perrier-Chabert. Procédure adaptée en application de l'article R.~2123-1 3° du CCP, la valeur "
          "estimée étant inférieure au seuil de 750~000 € HT applicable aux services sociaux et autres services "
          "spécifiques."),
        H("Article 2 – Lots"),
        LST(["Lot 1 : confection des repas en liaison froide (environ 210 repas par jour, 7 jours sur 7) ;",
             "Lot 2 : portage des repas et accompagnement à domicile des personnes âgées ou handicapées ;",
             "Lot 3 : entretien du linge des bénéficiaires."]),
        P("Le lot 2 est réservé aux entreprises de l'économie sociale et solidaire poursuivant une mission de "
          "service public liée à la prestation de services sociaux (article L.~2113-15 du CCP) ; sa durée n'excède "
          "pas trois ans. Le lot 3 est réservé aux structures d'insertion par l'activité économique (article "
          "L.~2113-13 du CCP)."),
        H("Article 3 – Durée"),
        P("Trente-six mois à compter du 1er janvier 2028, sans reconduction."),
        H("Article 4 – Candidature"),
        P("Les candidats du lot 2 justifient de leur qualité d'entreprise de l'économie sociale et solidaire (statuts, "
          "agrément ESUS le cas échéant). Pour le lot 1 : agrément sanitaire de la cuisine et assurance de "
          "responsabilité civile d'au moins 1~500~000 € par sinistre."),
        H("Article 5 – Critères d'attribution"),
        P("Lot 1 : prix 40 % ; qualité des repas et respect des régimes 45 % ; gestion des contenants et des "
          "déchets alimentaires 15 %. Lots 2 et 3 : prix 40 % ; qualité du service 60 %."),
        H("Article 6 – Questions"),
        P("Les questions sont posées sur le profil d'acheteur jusqu'au 8 octobre 2027 ; les réponses complètent le "
          "dossier de consultation et s'imposent à tous les candidats."),
        H("Article 7 – Informations budgétaires"),
        P("Le budget annuel de fonctionnement du CCAS s'élève à 2,4 M€ ; la Ville lui verse une subvention "
          "d'équilibre de 610~000 €."),
    ]
    ccap = [
        TITLE("CCAS DE BELLECOMBE-EN-VAUGE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Repas à domicile, accompagnement et entretien du linge – lots 1 à 3"),
        H("Article 1 – Forme"),
        P("Chaque lot est un accord-cadre à bons de commande sans minimum, d'une durée de trente-six mois."),
        H("Article 2 – Pièces"),
        P("Acte d'engagement, CCAP, CCTP, BPU, CCAG-FCS, mémoire technique."),
        H("Article 3 – Prix"),
        P("Prix unitaires par repas, par tournée ou par kilogramme de linge, révisés chaque 1er janvier selon "
          "l'indice des prix à la consommation « restauration collective »."),
        H("Article 4 – Montants maximum"),
        P("Les montants maximum, pour la durée totale de l'accord-cadre, sont les suivants :"),
        TAB(ROWS(["Lot", "Maxi H.T. (36 mois)"],
                 ["Lot 1 – Confection des repas", "420~000 €"],
                 ["Lot 2 – Portage et accompagnement", "95~000 €"],
                 ["Lot 3 – Entretien du linge", "48~000 €"]), widths=[2.4, 1.5], align="lr"),
        H("Article 5 – Insertion professionnelle (lot 1)"),
        P("Le titulaire du lot 1 consacre au moins 500 heu¦HY¦res de travail, sur la durée de l'accord-cadre, à "
          "l'emploi de personnes éloignées de l'emploi (commis de cuisine, plongeurs, préparateurs), avec l'appui "
          "du facilitateur du PLIE de Maurienne-Vauge. Pénalité de 40 € par heure non réalisée."),
        H("Article 6 – Conditions environnementales"),
        P("Les repas du lot 1 sont conditionnés dans des contenants réutilisables en inox ou en verre, repris et "
          "lavés par le titulaire ; les barquettes plastiques à usage unique sont interdites. Les tournées du lot 2 "
          "sont effectuées en véhicules électriques ou hybrides rechargeables."),
        H("Article 7 – Pénalités"),
        P("Retard de livraison de plus de 30 minutes : 50 € par tournée. Repas non conforme au régime prescrit : "
          "30 € par repas. Montant total des pénalités limité à 10~% du montant annuel des commandes."),
        H("Article 8 – Paiement"),
        P("Délai global de paiement de trente jours. Le comptable assignataire est le service de gestion comptable "
          "de Saint-Jean-de-Vauge."),
    ]
    qr = [
        TITLE("CCAS de Bellecombe-en-Vauge – " + ref, "QUESTIONS DES CANDIDATS ET RÉPONSES DU CCAS",
              "Document publié le 2 octobre 2027 sur le profil d'acheteur"),
        P("Question 1 – Le montant maximum du lot 2 indiqué à l'article 4 du CCAP (95 000 € HT) paraît élevé par "
          "rapport à la valeur estimée de l'avis (45 000 € HT). Lequel faut-il retenir ?"),
        P("Réponse du CCAS – Il s'agit d'une erreur matérielle. Le montant maximum du lot 2 pour la durée totale de "
          "l'accord-cadre est de 59~000 € HT. L'article 4 du CCAP est modifié en ce sens ; les montants maximum des "
          "lots 1 et 3 sont inchangés."),
        P("Question 2 – Le lot 1 peut-il être attribué à un groupement comprenant une entreprise d'insertion ?"),
        P("Réponse du CCAS – Oui. La co-traitance avec une entreprise d'insertion est l'une des modalités de "
          "réalisation des heures d'insertion prévues à l'article 5 du CCAP."),
        P("Question 3 – Combien de bénéficiaires sont actuellement servis ?"),
        P("Réponse du CCAS – 164 bénéficiaires au 30 septembre 2027, dont 38 en régime adapté."),
    ]
    return dict(
        id="d12",
        title="CCAS de Bellecombe-en-Vauge – repas à domicile (lots réservés L2113-15 et L2113-13 ; maximum d'un lot "
              "corrigé par les Q/R)",
        pieces=[
            PIECE("AVIS_AAPC_CCAS-BV-2027-05.txt", "AVIS", hd % "AAPC", ft, avis,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=500, marche_reserve=1,
                    reserve_base="L2113-13;L2113-15", allotissement=1, nb_lots=3, montant_estime_ht=381000,
                    evidence=["Division en lots : oui – 3 lots", "Valeur estimée totale hors TVA : 381~000 euros",
                              "(article L.~2113-15 du code de la commande publique)",
                              "(article L.~2113-13 du code de la commande publique)",
                              "clause sociale d'insertion pour le lot 1 (500 heures)"])),
            PIECE("RC_CCAS-BV-2027-05.pdf", "RC", hd % "RC", ft, rc,
                  L(marche_reserve=1, reserve_base="L2113-13;L2113-15", critere_environnemental=1, allotissement=1,
                    nb_lots=3,
                    evidence=["Lot 3 : entretien du linge des bénéficiaires",
                              "(article L.~2113-15 du CCP)", "réservé aux structures d'insertion par l'activité "
                              "économique (article L.~2113-13 du CCP)",
                              "gestion des contenants et des déchets alimentaires 15 %"]), hyphen=True),
            PIECE("CCAP_CCAS-BV-2027-05.pdf", "CCAP", hd % "CCAP", ft, ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=500, clause_environnementale=1,
                    allotissement=1, nb_lots=3, montant_max_ht=563000,
                    evidence=["lots 1 à 3", "Lot 1 – Confection des repas 420~000 €",
                              "Lot 2 – Portage et accompagnement 95~000 €", "Lot 3 – Entretien du linge 48~000 €",
                              "[somme telle qu'écrite au CCAP : 563 000]", "au moins 500 heures de travail",
                              "les barquettes plastiques à usage unique sont interdites"]),
                  hyphen=True, cols=2),
            PIECE("QR_CCAS-BV-2027-05.docx", "QR", hd % "Questions-réponses", ft, qr,
                  L(clause_sociale="?", clause_insertion="?", allotissement=1,
                    evidence=["Le montant maximum du lot 2 pour la durée totale de l'accord-cadre est de 59~000 € HT",
                              "réalisation des heures d'insertion prévues à l'article 5 du CCAP"])),
        ],
        pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=500, allotissement=1, nb_lots=3, montant_estime_ht=381000, montant_max_ht=527000,
                 reserve_base="L2113-13;L2113-15"),
        why=dict(
            montant_estime_ht="Avis : « Valeur estimée totale hors TVA : 381 000 euros » (= 300 000 + 45 000 + 36 000).",
            montant_max_ht="CCAP art. 4 : 420 000 + 95 000 + 48 000 = 563 000, mais la réponse 1 des Q/R corrige le "
                           "maximum du lot 2 en 59 000 € HT (erreur matérielle ; CCAP modifié) : 420 000 + 59 000 + "
                           "48 000 = 527 000.",
            heures_insertion="CCAP art. 5 et avis : 500 heures (lot 1).",
            nb_lots="Trois lots.",
            reserve_base="Lot 2 réservé ESS (L. 2113-15) et lot 3 réservé SIAE (L. 2113-13), articles cités."),
        note="Pièges : seuil de 750 000 € HT des services sociaux ; assurance 1 500 000 € ; budget du CCAS 2,4 M€ et "
             "subvention de 610 000 € ; plafond des pénalités 10 % ; 210 repas par jour, 164 bénéficiaires. Le "
             "registre Q/R ne donne que le maximum du lot 2 (pas de total). Critère environnemental au RC (gestion "
             "des contenants et des déchets alimentaires, 15 %, lot 1).",
    )


# ----------------------------------------------------------------------------- phrases coupées par un saut de page
PAGECUT_LOG = []     # (dernière ligne avant le saut, première ligne après, "page" ou "colonne")


def _add_lines_logged(self, lines, font=FONT, size=FS, lead=LEAD, dx=0):
    for i, ln in enumerate(lines):
        before = (len(self.pages), self.col)
        self.need(lead)
        if i > 0 and (len(self.pages), self.col) != before and font == FONT:
            PAGECUT_LOG.append((lines[i - 1], ln, "page" if len(self.pages) != before[0] else "colonne"))
        self.y -= lead
        self.text(self.x0 + dx, ln, font, size)


PdfLayout.add_lines = _add_lines_logged


# ============================================================================= articles neutres de complément
# Articles neutres (ni clause sociale ni environnementale, ni lots, ni montant du contrat) ajoutés à certaines
# pièces pour leur donner la longueur d'un vrai document. Le rappel des obligations du code du travail
# (« travail ») n'est PAS une clause sociale au sens de LABELS.md ; le seuil de 600 € TTC du paiement direct,
# l'indemnité de 5 % et le délai de 48 heures sont des nombres qui ne sont pas l'estimation.
NEUTRAL = {
    "rgpd": ("Protection des données personnelles",
             ["Lorsque l'exécution des prestations implique le traitement de données à caractère personnel pour le "
              "compte de l'acheteur, le titulaire agit en qualité de sous-traitant au sens du règlement (UE) "
              "2016/679. Il ne traite les données que sur instruction documentée, garantit leur confidentialité et "
              "notifie toute violation dans un délai de 48 heures après en avoir pris connaissance."]),
    "conf": ("Confidentialité",
             ["Le titulaire et ses personnels sont tenus au secret professionnel pour les informations dont ils ont "
              "connaissance à l'occasion de l'exécution du contrat. Cette obligation survit à son expiration."]),
    "travail": ("Obligations relatives au droit du travail",
                ["Le titulaire remet tous les six mois, jusqu'à la fin de l'exécution, les pièces mentionnées aux "
                 "articles D.~8222-5 et D.~8254-2 du code du travail (attestation de vigilance de l'URSSAF, liste "
                 "nominative des salariés étrangers soumis à autorisation de travail). En cas de détachement de "
                 "salariés, il accomplit les formalités prévues aux articles L.~1262-2-1 et R.~1263-3 du même code."]),
    "modif": ("Modifications du contrat",
              ["Les modifications sont conclues dans les conditions des articles L.~2194-1 et R.~2194-1 à R.~2194-9 "
               "du code de la commande publique. Les prestations supplémentaires font l'objet d'une modification "
               "écrite signée des deux parties avant tout commencement d'exécution."]),
    "resil": ("Résiliation",
              ["Les stipulations du CCAG relatives à la résiliation s'appliquent. En cas de résiliation pour motif "
               "d'intérêt général, le titulaire perçoit une indemnité égale à 5~% du montant hors taxes des "
               "prestations restant à exécuter, par dérogation au CCAG."]),
    "langue": ("Langue et unité monétaire",
               ["Tous les documents, correspondances et factures sont rédigés en langue française. L'unité monétaire "
                "du contrat est l'euro ; les prix sont exprimés hors TVA, la TVA étant appliquée au taux en vigueur "
                "à la date du fait générateur."]),
    "fact": ("Facturation",
             ["Les factures sont transmises sous forme dématérialisée sur le portail Chorus Pro. Elles comportent "
              "la référence du contrat, le numéro du bon de commande ou de la situation, le détail des prestations, "
              "le montant hors taxes, le taux et le montant de la TVA et le montant toutes taxes comprises."]),
    "soustr": ("Sous-traitance",
               ["Le titulaire peut sous-traiter certaines parties des prestations sous réserve de l'acceptation de "
                "chaque sous-traitant et de l'agrément de ses conditions de paiement. Le sous-traitant direct dont "
                "le contrat de sous-traitance dépasse 600 € TTC bénéficie du paiement direct."]),
    "amiable": ("Règlement amiable des différends",
                ["Avant toute saisine du juge, les parties recherchent une solution amiable ; elles peuvent saisir "
                 "le comité consultatif interrégional de règlement amiable des litiges territorialement compétent "
                 "ou recourir à la médiation des entreprises."]),
    "secu": ("Hygiène et sécurité",
             ["Le titulaire se conforme au plan de prévention établi avec l'acheteur avant le démarrage et fournit "
              "à ses salariés les équipements de protection individuelle adaptés. Il signale sans délai tout "
              "accident ou incident survenu sur les sites."]),
    "verif": ("Vérifications et admission",
              ["Les prestations font l'objet de vérifications quantitatives et qualitatives dans les conditions du "
               "CCAG ; la décision d'admission, d'ajournement ou de rejet est notifiée dans un délai de quinze jours "
               "à compter de la réalisation."]),
    "demat": ("Transmission électronique des plis",
              ["Les candidats transmettent leur pli par voie électronique ; aucun pli papier n'est accepté. Une "
               "copie de sauvegarde peut être adressée sur support physique électronique ou sur support papier dans "
               "le délai de remise des offres. La signature électronique n'est exigée que de l'attributaire."]),
    "oab": ("Offres anormalement basses",
            ["Toute offre paraissant anormalement basse fait l'objet d'une demande écrite de précisions. Elle est "
             "rejetée si les justifications fournies ne permettent pas d'expliquer le bas niveau du prix proposé."]),
    "attrib": ("Attribution",
               ["Le candidat pressenti produit, dans un délai de huit jours, les certificats et attestations prévus "
                "aux articles R.~2143-6 à R.~2143-10 du code de la commande publique. À défaut, son offre est "
                "rejetée et le candidat classé immédiatement après lui est sollicité."]),
    "validite": ("Délai de validité des offres",
                 ["Cent vingt jours à compter de la date limite de remise des offres."]),
    "recours": ("Procédures de recours",
                ["Référé précontractuel (articles L.~551-1 et suivants du code de justice administrative) jusqu'à la "
                 "signature du contrat ; recours en contestation de validité du contrat dans un délai de deux mois à "
                 "compter de la publication de l'avis d'attribution."]),
}

# pièces allongées : (dossier, fichier) -> articles neutres ajoutés (avant une annexe s'il y en a une)
FILLERS = {
    ("d01", "CCAP_2027-EV-04.pdf"): ["rgpd", "travail", "modif", "fact", "amiable"],
    ("d01", "RC_2027-EV-04.pdf"): ["demat", "oab", "attrib"],
    ("d02", "CCAP_DEP-ORV-2027-0142.pdf"): ["verif", "travail", "langue", "resil", "amiable"],
    ("d03", "CCAP_CAVS-2027-NET-01.pdf"): ["secu", "rgpd", "travail"],
    ("d03", "RC_CAVS-2027-NET-01.docx"): ["demat", "attrib", "recours"],
    ("d04", "CCAP_Charmilles.pdf"): ["travail", "soustr", "modif", "resil", "langue", "amiable"],
    ("d05", "RC_CHILM-2027-LINGE.pdf"): ["demat", "oab", "attrib", "validite", "recours"],
    ("d05", "CCAP_CHILM-2027-LINGE.docx"): ["verif", "travail", "resil"],
    ("d06", "CCAP_UL-DPI-2027-019.pdf"): ["secu", "travail", "soustr", "conf", "amiable"],
    ("d07", "CCAP_SMAEVS-2027-AEP-02.pdf"): ["secu", "travail", "soustr", "modif", "resil", "fact", "langue"],
    ("d07", "RC_SMAEVS-2027-AEP-02.pdf"): ["demat", "oab", "attrib", "recours"],
    ("d08", "CCAP_SEMAV-ZACPH-2027-T2.pdf"): ["travail", "soustr", "secu", "modif", "resil", "fact", "amiable"],
    ("d09", "CCAP_MO-2027-IMP-07.pdf"): ["rgpd", "conf", "verif", "travail", "resil", "langue", "fact"],
    ("d10", "CCAP_2027-TX-02.pdf"): ["travail", "soustr", "secu", "langue"],
    ("d11", "RC_CCCVA-RS-2028-01.pdf"): ["demat", "oab", "attrib", "validite", "recours"],
    ("d11", "CCAP_CCCVA-RS-2028-01.docx"): ["verif", "travail", "resil", "amiable"],
    ("d12", "CCAP_CCAS-BV-2027-05.pdf"): ["rgpd", "conf", "travail", "resil", "amiable", "langue"],
    ("d12", "RC_CCAS-BV-2027-05.pdf"): ["demat", "oab", "attrib", "recours"],
}

_NUM = re.compile(r"^(Article )?(\d+)(er)?( –|\.| –)")


def add_neutral(blocks, keys):
    """Ajoute des articles neutres numérotés à la suite, dans le style des titres de la pièce."""
    style, last = None, 0
    for b in blocks:
        if b[0] == "h":
            m = _NUM.match(b[1])
            if m:
                last = int(m.group(2))
                if m.group(1):
                    style = "Article %d – %s"
                elif m.group(4) == ".":
                    style = "%d. %s"
                else:
                    style = "%d – %s"
    pos = len(blocks)
    for i, b in enumerate(blocks):
        if b[0] == "pagebreak":
            pos = i
            break
    extra = []
    for k in keys:
        last += 1
        title, paras = NEUTRAL[k]
        extra.append(H(style % (last, title)))
        extra.extend(P(x) for x in paras)
    return blocks[:pos] + extra + blocks[pos:]


# ============================================================================= construction et contrôles
DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12]

_LOW = "a-zàâäéèêëîïôöùûüçœæ"


def nz(s):
    """Normalisation commune au texte extrait et aux preuves : césure de fin de ligne recollée, blancs réduits."""
    s = re.sub(r"([%s])-[ \t]*\n[ \t]*([%s])" % (_LOW, _LOW), r"\1\2", s)
    return re.sub(r"\s+", " ", s).strip()


def extract_text(data, ext):
    """Texte EXTRAIT d'un fichier produit (pypdf, python-docx, lxml, lecture simple)."""
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)
    if ext == "docx":
        d = docx.Document(io.BytesIO(data))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                out.append(" ".join(c.text for c in row.cells))
        return "\n".join(out), None
    if ext == "xml":
        from lxml import etree
        root = etree.fromstring(data)
        return " ".join(root.itertext()), None
    return data.decode("utf-8"), None


def xml_plain(xml):
    from lxml import etree
    return " ".join(etree.fromstring(xml.encode("utf-8")).itertext())


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
        if r["reserve_base"]:
            for b in r["reserve_base"].split(";"):
                if b not in ("L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"):
                    out.append("%s : reserve_base %r" % (r["path"], b))
        for col in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
            if r[col] and not re.fullmatch(r"\d+(\.\d+)?", r[col]):
                out.append("%s : %s = %r" % (r["path"], col, r[col]))
    return out


def build_piece(folder, p, buyer):
    path = os.path.join(folder, p["file"])
    ext = p["file"].rsplit(".", 1)[1]
    if ext == "xml":
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(p["xml"])
        p["final_blocks"] = None
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
    """Les numéros d'articles d'une pièce doivent se suivre sans doublon."""
    if not p["blocks"]:
        return []
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
    """Les valeurs du dossier sous les noms lus par scripts/score_sealed.py (traduction mécanique)."""
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
    # blind_values_25 : les six catégories (lots réservés, clauses et critères environnementaux compris)
    out["considerations"] = {c: c in d["pos"] for c in _CATEGORIES}
    return out


def _zip_write(zpath, folder, files):
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for f in files:
            zi = zipfile.ZipInfo(f, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            with open(os.path.join(folder, f), "rb") as fh:
                z.writestr(zi, fh.read())
    for f in files:
        os.remove(os.path.join(folder, f))


def build(root, verbose=True):
    """Construit tout sous root (root/dossiers, root/dossiers.yml) et renvoie la liste des problèmes."""
    SB_STATS.update(cut=0, whole=0)
    HY_STATS.update(cut=0, whole=0)
    del CUT_LOG[:]
    del PAGECUT_LOG[:]
    out_dir = os.path.join(root, "dossiers")
    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir)
    rows = []
    dossiers_yml = []
    problems = []
    kinds = {}
    pages = {}
    cuts = []
    n_ev = 0
    for f in DOSSIERS:
        d = f()
        folder = os.path.join(out_dir, d["id"])
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
        if "clause_insertion" in d["pos"] and "clause_sociale" not in d["pos"]:
            problems.append("%s : clause_insertion sans clause_sociale (dossier)" % d["id"])
        for k in d.get("why", {}):
            if k not in d["values"]:
                problems.append("%s : why.%s inconnu" % (d["id"], k))
        for k, v in d["values"].items():
            if v not in (None, "") and k not in d.get("why", {}) and k != "allotissement":
                problems.append("%s : valeur %s sans why" % (d["id"], k))
        for p in d["pieces"]:
            if (d["id"], p["file"]) in FILLERS:
                p["blocks"] = add_neutral(p["blocks"], FILLERS[(d["id"], p["file"])])
            problems.extend(check_articles(d, p))
            k0 = len(CUT_LOG)
            g0 = len(PAGECUT_LOG)
            n = build_piece(folder, p, buyer)
            for a, b2, kind in PAGECUT_LOG[g0:]:
                cuts.append("%s/%s saut de %s dans un paragraphe : « …%s » / « %s… »" % (
                    d["id"], p["file"], kind, a[-40:].replace(NB, " "), b2[:40].replace(NB, " ")))
            for mark, what, cut in CUT_LOG[k0:]:
                cuts.append("%s/%s %s « %s » : %s" % (d["id"], p["file"], mark, what.replace(NB, " "),
                                                      "coupé" if cut else "entier"))
            ext = p["file"].rsplit(".", 1)[1]
            kinds[ext] = kinds.get(ext, 0) + 1
            if n is not None:
                pages[n] = pages.get(n, 0) + 1
                if not (1 <= n <= 5):
                    problems.append("%s/%s : %d pages" % (d["id"], p["file"], n))
            if ext == "pdf":
                txt0 = plain_text(p["final_blocks"]) + p["header"] + p["footer"]
                bad = sorted(set(ch for ch in txt0 if ch not in "\u202f" and not _cp1252(ch)))
                if bad:
                    problems.append("%s/%s : caractères hors Helvetica %r" % (d["id"], p["file"], bad))
        # archive ZIP éventuelle : les pièces ne sont livrées que dans l'archive
        if d.get("zip"):
            _zip_write(os.path.join(folder, d["zip"]), folder, [p["file"] for p in d["pieces"]])
        for p in d["pieces"]:
            ext = p["file"].rsplit(".", 1)[1]
            if d.get("zip"):
                with zipfile.ZipFile(os.path.join(folder, d["zip"])) as z:
                    data = z.read(p["file"])
                relpath = d["id"] + "/" + d["zip"] + "/" + p["file"]
            else:
                with open(os.path.join(folder, p["file"]), "rb") as fh:
                    data = fh.read()
                relpath = d["id"] + "/" + p["file"]
            raw, npages = extract_text(data, ext)
            etxt = nz(raw)
            lab = dict(p["label"])
            txt = xml_plain(p["xml"]) if ext == "xml" else plain_text(p["final_blocks"])
            txt = nz(txt)
            for q in lab["evidence"]:
                if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                    continue
                n_ev += 1
                qq = nz(norm(q))
                if qq not in txt:
                    problems.append("%s : preuve absente du texte logique : %r" % (relpath, q))
                if qq not in etxt:
                    problems.append("%s : preuve absente du texte EXTRAIT : %r" % (relpath, q))
            if p.get("repeat"):
                what, times = p["repeat"]
                if etxt.count(what) < times:
                    problems.append("%s : %r extrait %d fois (< %d)" % (relpath, what, etxt.count(what), times))
            ev = " | ".join(norm(q) for q in lab["evidence"])
            if len(ev) > 300:
                problems.append("%s : preuve trop longue (%d)" % (relpath, len(ev)))
            filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
            if filled and not lab["evidence"]:
                problems.append("%s : valeurs sans preuve" % relpath)
            if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
                problems.append("%s : clause_insertion sans clause_sociale" % relpath)
            if bool(lab["marche_reserve"] == 1) != bool(lab["reserve_base"]):
                problems.append("%s : marche_reserve / reserve_base incohérents" % relpath)
            for c in _CATEGORIES:
                if lab[c] == 1 and c not in d["pos"]:
                    problems.append("%s : %s=1 absent de pos du dossier" % (relpath, c))
            row = {"path": relpath, "doc_type": p["doc_type"]}
            for c in COLUMNS[2:-1]:
                row[c] = _fmt(lab[c])
            row["evidence"] = ev
            rows.append(row)
        for c in d["pos"]:
            if not any(p["label"][c] == 1 for p in d["pieces"]):
                problems.append("%s : %s dans pos sans pièce à 1" % (d["id"], c))
        entry = dict(id=d["id"], title=d["title"])
        if d.get("zip"):
            entry["archive"] = d["zip"]
        entry.update(
            pieces=[dict(file=p["file"], doc_type=p["doc_type"]) for p in d["pieces"]],
            pos=d["pos"], values=d["values"], why=d["why"], note=d["note"],
            path="dossiers/" + d["id"], expect=_expect(d))
        dossiers_yml.append(entry)
    with open(os.path.join(out_dir, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    import yaml
    head = ("# Jeu blind_values_25 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier (somme des lots) ; estimation = valeur totale\n"
            "# HT de tous les lots, toutes tranches et toutes périodes ; maximum sur toutes les périodes et tous les lots ;\n"
            "# un avis rectificatif ou une réponse du registre des questions-réponses, postérieurs, priment sur les\n"
            "# pièces initiales ; why : comment chaque valeur est obtenue ; note : pièges.\n"
            "# archive : le dossier d07 est livré en une archive ZIP (pièces = membres de l'archive ; dans\n"
            "# dossiers/labels.csv, path = d07/<archive>/<membre>).\n")
    with open(os.path.join(root, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    problems.extend(extra_checks(rows))
    if verbose:
        for line in cuts:
            print("  coupure", line)
        print("%d dossiers, %d pièces (%s) ; %d preuves citées ; pages des PDF : %s ; nombres coupés en fin de ligne : "
              "%d (%d restés entiers) ; césures forcées : %d (%d restées entières)" % (
                  len(dossiers_yml), len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), n_ev,
                  ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), SB_STATS["cut"], SB_STATS["whole"],
                  HY_STATS["cut"], HY_STATS["whole"]))
    return problems


def _cp1252(ch):
    try:
        ch.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def _md5s(root):
    out = {}
    for base, _dirs, files in os.walk(os.path.join(root, "dossiers")):
        for f in files:
            full = os.path.join(base, f)
            with open(full, "rb") as fh:
                out[os.path.relpath(full, root)] = hashlib.md5(fh.read()).hexdigest()
    with open(os.path.join(root, "dossiers.yml"), "rb") as fh:
        out["dossiers.yml"] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    problems = build(HERE)
    tmp = os.path.join(HERE, "_rebuild")
    if os.path.isdir(tmp):
        shutil.rmtree(tmp)
    os.makedirs(tmp)
    build(tmp, verbose=False)
    a, b = _md5s(HERE), _md5s(tmp)
    shutil.rmtree(tmp)
    if a != b:
        diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        problems.append("construction non déterministe : %s" % ", ".join(diff))
    print("double construction : %d fichiers, md5 %s" % (len(a), "identiques" if a == b else "DIFFÉRENTS"))
    print("contrôles : preuves présentes dans le texte logique ET dans le texte extrait de chaque fichier ; preuves "
          "<= 300 caractères ; PDF de 1 à 5 pages ; caractères des PDF dans Helvetica ; 3 à 6 pièces par dossier ; "
          "articles sans doublon ; clause_insertion => clause_sociale ; marche_reserve <=> reserve_base ; pos du "
          "dossier <=> pièces ; why pour chaque valeur ; en-têtes de tableaux répétés ; types et valeurs des "
          "colonnes -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
