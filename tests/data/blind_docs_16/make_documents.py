#!/usr/bin/env python3
"""Construit le jeu blind_docs_16 : 30 documents entiers (CCTP, CCAP, CCP de MAPA) en PDF et DOCX.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise (par sed) de tests/data/blind_values_13/make_documents.py, lignes 27-660
(écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, SB, HY, aides de
saisie, number_articles, A, _DOC_TYPES). Ajouts propres à ce jeu : extraction du texte des fichiers
produits (pypdf, python-docx) pour vérifier les preuves, double construction et comparaison des md5,
contrôles de cohérence des étiquettes, écriture de documents/labels.csv.

Thème : la PRÉCISION. Les pièces techniques et contractuelles sont pleines de mots (eau, énergie,
consommation, déchets, bruit, émissions, sécurité, formation, personnel, handicap, accessibilité,
insertion d'un câble, local, social au sens de raison sociale...) employés dans un sens technique ou
administratif ; 12 pièces sur 30 portent en plus une ou deux vraies considérations (LABELS.md).

Déterministe : pas d'aléa, dates figées (PDF invariant=1, DOCX zip horodaté au 2026-01-01).
Tous les textes, acheteurs, lieux, références, SIRET et montants sont inventés.

Conventions de saisie : « ~ » = espace insécable ; « ^ » = espace fine insécable ; BR = retour forcé
(PDF) ; SB = coupure possible d'un nombre ; HY = césure possible d'un mot court.

Usage : /work/main/.venv/bin/python tests/data/blind_docs_16/make_documents.py
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
SET_NAME = "blind_docs_16"

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


# ----------------------------------------------------------------------------- documents du jeu
# Chaque fonction dNN() rend un dict : file, doc_type, header, footer, blocks, label, hyphen, cols.
def D(file, doc_type, header, footer, blocks, label, hyphen=False, cols=1, note=""):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, hyphen=hyphen, cols=cols, note=note)


def d01():
    blocks = [
        TITLE("COMMUNE DE VAUCROZET", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Restructuration et mise aux normes de l'école élémentaire Les Tilleuls",
              "Lot n° 05 – Plomberie – Sanitaires – Production d'eau chaude"),
        *A("Objet du présent cahier",
           "Le présent CCTP a pour objet de définir les travaux de plomberie, d'appareillage sanitaire et de production "
           "d'eau chaude sanitaire du bâtiment A (classes et restauration) et du bâtiment B (préau et sanitaires "
           "extérieurs). L'opération est décomposée en 11 lots traités par marchés séparés ; le présent document ne "
           "concerne que le lot n° 05.",
           "L'entrepreneur est réputé avoir pris connaissance des pièces écrites des autres lots, notamment du lot 02 "
           "(gros œuvre) pour les réservations et du lot 08 (électricité) pour l'alimentation des chauffe-eau."),
        *A("Documents de référence",
           "Les ouvrages sont exécutés conformément aux documents techniques unifiés et normes en vigueur à la date de "
           "remise des offres, et en particulier :",
           ["NF DTU 60.1 – Plomberie sanitaire pour bâtiments ;", "NF DTU 60.11 – Règles de calcul des installations "
            "de plomberie sanitaire et d'eaux pluviales ;", "NF DTU 60.33 – Canalisations en PVC non plastifié, "
            "évacuation d'eaux usées et d'eaux vannes ;", "le règlement sanitaire départemental type et l'arrêté du "
            "30 novembre 2005 relatif aux installations de production d'eau chaude sanitaire ;",
            "la réglementation relative à l'accessibilité des établissements recevant du public (arrêté du 20 avril "
            "2017)."]),
        *A("Consistance des travaux",
           "Les travaux du présent lot comprennent notamment : la dépose soignée des appareils existants et leur "
           "évacuation ; la création d'un réseau d'alimentation en eau froide en tube multicouche depuis le compteur "
           "général ; la fourniture et la pose de deux ballons électriques de 300 litres ; les réseaux d'évacuation "
           "jusqu'aux attentes du lot VRD ; l'appareillage sanitaire et la robinetterie ; les essais et la mise en service.",
           "Sont exclus : les tranchées extérieures, les percements de plus de 20 cm de diamètre dans les voiles "
           "béton (lot 02) et les raccordements électriques au-delà de l'interrupteur de proximité (lot 08)."),
        *A("Alimentation en eau froide",
           "Le réseau est dimensionné pour une pression résiduelle minimale de 1,5 bar au point de puisage le plus "
           "défavorisé. La consommation simultanée retenue pour le calcul est celle du DTU 60.11 avec un coefficient de "
           "simultanéité adapté aux établissements scolaires (pointe de récréation). Un réducteur de pression est "
           "posé en aval du disconnecteur si la pression du réseau public dépasse 4 bars.",
           "Les canalisations traversant les parois sont protégées par des fourreaux ; l'insertion des tubes dans les "
           "fourreaux se fait sans contrainte et l'espace annulaire est calfeutré au mastic coupe-feu au droit des "
           "parois de degré. Les colliers sont isophoniques afin de limiter la transmission du bruit de l'écoulement "
           "aux classes contiguës."),
        *A("Production d'eau chaude sanitaire",
           "L'eau chaude est produite par deux ballons électriques à accumulation, alimentés en heures creuses, "
           "avec maintien de la température de stockage à 60 °C et bouclage sur le réseau de la restauration. La "
           "température au point de puisage des lavabos des élèves est limitée à 50 °C par mitigeur thermostatique "
           "centralisé, conformément à l'arrêté du 30 novembre 2005, afin de prévenir tout risque de brûlure.",
           "Un robinet de prélèvement pour l'analyse de la légionelle est posé en sortie de ballon et en retour de "
           "boucle. Les temps de puisage et les températures relevés lors des essais figurent au dossier des ouvrages "
           "exécutés."),
        SPLIT("Les réseaux d'évacuation sont réalisés en PVC série assainissement, avec une pente minimale de 1 cm par "
              "mètre pour les eaux usées et de 2 cm par mètre pour les eaux vannes. Les tampons de dégorgement sont "
              "placés à chaque changement de direction et restent accessibles après la pose des",
              "faux plafonds du lot 06 ; l'entrepreneur en indique la position sur les plans d'exécution. La ventilation "
              "primaire est prolongée hors toiture."),
        *A("Appareils sanitaires",
           "Les cuvettes des sanitaires élèves sont en porcelaine vitrifiée, hauteur adaptée aux enfants de cycle 2 et "
           "cycle 3 (35 et 40 cm). Les lavabos collectifs sont équipés d'une robinetterie temporisée anti-blocage à "
           "fermeture automatique, choisie pour sa robustesse en milieu scolaire.",
           "Un cabinet d'aisances adapté est réalisé dans chaque bâtiment conformément à la réglementation "
           "accessibilité : cuvette à 0,45 m, barre d'appui horizontale, lave-mains dont le plan supérieur est à "
           "0,85 m au plus. Ces dispositions reprennent les exigences réglementaires applicables aux personnes en "
           "situation de handicap et n'appellent pas de prestation supplémentaire."),
        *A("Protection contre les retours d'eau",
           "Le branchement de la cuisine pédagogique et du robinet de puisage extérieur est protégé par un "
           "disconnecteur à zone de pression réduite contrôlable (type BA). Le contrôle annuel n'est pas compris dans "
           "le présent lot."),
        *A("Essais, désinfection et mise en service",
           "Avant toute mise en service, l'entrepreneur procède à l'essai d'étanchéité des réseaux sous une pression "
           "d'eau de 10 bars pendant deux heures, au rinçage puis à la désinfection des canalisations, et fait "
           "réaliser une analyse de potabilité par un laboratoire agréé. Les résultats sont remis avant la réception.",
           "Le personnel d'entretien de la commune reçoit une présentation d'une demi-journée sur le réglage des "
           "mitigeurs et la purge des ballons ; cette formation est comprise dans le prix global."),
        *A("Nettoyage et repli",
           "Les gravois, chutes de tubes et emballages du lot sont évacués au fur et à mesure par l'entrepreneur, à "
           "ses frais. À la fin des travaux, les appareils sont livrés propres, étiquettes retirées."),
    ]
    lab = L(allotissement=1, nb_lots=11,
            evidence=["L'opération est décomposée en 11 lots traités par marchés séparés"])
    return D("d01_CCTP.pdf", "CCTP", "Commune de Vaucrozet – École Les Tilleuls – CCTP lot 05",
             "CCTP lot 05 Plomberie – indice B – octobre 2026", blocks, lab, hyphen=True,
             note="Pièges : consommation simultanée (calcul), insertion des tubes dans les fourreaux, bruit "
                  "(colliers isophoniques), handicap (exigences réglementaires), formation du personnel communal, "
                  "évacuation des gravois (propreté).")


def d02():
    blocks = [
        TITLE("Communauté de communes du Val d'Arbelle", "CCTP – Lot 07 : Chauffage – Ventilation – Climatisation",
              "Construction d'une maison de santé pluriprofessionnelle à Arbelle-sur-Sarce"),
        H("ARTICLE 1 – GÉNÉRALITÉS"),
        P("Le présent cahier décrit les installations de chauffage, de rafraîchissement et de ventilation mécanique "
          "du bâtiment (R+1, 640 m² de surface de plancher). Il complète le CCAP commun à tous les lots et les plans "
          "du maître d'œuvre (indice C)."),
        P("Les performances demandées résultent de l'étude thermique réglementaire jointe au dossier ; l'entreprise ne "
          "peut s'en écarter sans l'accord écrit du bureau d'études fluides."),
        H("ARTICLE 2 – BASES DE CALCUL"),
        RTAB([["Paramètre", "Valeur retenue"],
              ["Température extérieure de base (hiver)", "-7 °C"],
              ["Température intérieure (cabinets, salle d'attente)", "21 °C"],
              ["Température extérieure de base (été)", "33 °C"],
              ["Taux de renouvellement d'air des cabinets", "30 m³/h par occupant"],
              ["Niveau de pression acoustique maximal en cabinet", "33 dB(A)"]], widths=[3, 2]),
        P("Le niveau de bruit indiqué s'entend équipements en fonctionnement nominal, mesuré au centre de la pièce ; "
          "il conditionne le choix des silencieux et des vitesses de soufflage."),
        H("ARTICLE 3 – PRODUCTION DE CHALEUR ET DE FROID"),
        P("La production est assurée par une pompe à chaleur air/eau réversible de 45 kW posée en terrasse sur "
          "plots antivibratiles. La machine est livrée chargée en fluide frigorigène par le fabricant ; la mise en "
          "service est réalisée par un technicien détenteur de l'attestation de capacité prévue par le code de "
          "l'environnement."),
        P("L'énergie électrique est mise à disposition par le lot 08 en attente dans le local technique ; la "
          "consommation électrique de chaque équipement est indiquée au lot 08 dès la période de préparation pour le "
          "dimensionnement du tableau divisionnaire."),
        H("ARTICLE 4 – ÉMISSION ET DISTRIBUTION"),
        P("L'émission de chaleur est assurée par des ventilo-convecteurs plafonniers en cabinets et par un plancher "
          "chauffant-rafraîchissant dans la salle d'attente. Les émetteurs sont régulés pièce par pièce par sonde "
          "d'ambiance avec limitation de consigne."),
        P("Les réseaux sont en acier noir en chaufferie et en multicouche en distribution, calorifugés en totalité, "
          "avec repérage des départs."),
        H("ARTICLE 5 – INSTALLATIONS DE CHANTIER, DÉCHETS ET REPLI"),
        P("L'entreprise utilise la base vie installée par le lot 01 et participe au compte prorata dans les "
          "conditions du CCAP. Elle maintient ses zones de stockage en ordre et protège les équipements livrés."),
        P("Les déchets produits par le présent lot sont triés sur le chantier dans les bennes mises en place par le "
          "lot 01, en quatre flux au moins : métaux, plastiques et emballages, déchets non dangereux en mélange, "
          "déchets dangereux. L'entreprise remet au maître d'œuvre les bordereaux de suivi et justifie d'un taux de "
          "valorisation d'au moins 70 % en masse des déchets de son lot."),
        H("ARTICLE 6 – VENTILATION MÉCANIQUE"),
        P("Une centrale double flux à récupération d'énergie sur air extrait (échangeur rotatif) assure le traitement "
          "d'air des cabinets. Le caisson est équipé de filtres ePM1 55 % au soufflage et ePM10 50 % à la reprise."),
        P("Les bouches d'extraction des sanitaires sont autoréglables ; les gaines traversant les locaux à risque "
          "sont protégées par des clapets coupe-feu à réarmement manuel."),
        H("ARTICLE 7 – RÉGULATION ET GESTION TECHNIQUE"),
        P("Un automate de régulation communicant (protocole BACnet/IP) pilote la production, la centrale et les "
          "ventilo-convecteurs. Les alarmes sont reportées sur le poste du secrétariat. Les points de comptage "
          "prévus par l'étude thermique sont raccordés à l'automate."),
        H("ARTICLE 8 – ESSAIS ET RÉCEPTION"),
        P("Les essais COPREC sont réalisés en présence du maître d'œuvre : mesures de débits, équilibrage, "
          "essais d'étanchéité, contrôle des sécurités et des asservissements incendie. Un procès-verbal est dressé."),
        H("ARTICLE 9 – DOSSIER DES OUVRAGES EXÉCUTÉS ET FORMATION"),
        P("Le DOE comprend les plans conformes, les notices, les fiches de maintenance et le carnet de la pompe à "
          "chaleur. Une formation de deux heures est dispensée au personnel désigné par la communauté de communes."),
    ]
    lab = L(clause_environnementale=1, allotissement=1,
            evidence=["Les déchets produits par le présent lot sont triés sur le chantier",
                      "justifie d'un taux de valorisation d'au moins 70 % en masse des déchets de son lot"])
    return D("d02_CCTP.docx", "CCTP", "CC du Val d'Arbelle – Maison de santé – Lot 07 CVC",
             "CCTP lot 07 – DCE – novembre 2026", blocks, lab,
             note="Vraie clause : tri des déchets en quatre flux et taux de valorisation (article « installations de "
                  "chantier »). Pièges : émission de chaleur, consommation électrique (dimensionnement), bruit, "
                  "récupération d'énergie (caractéristique de l'appareil), fluide frigorigène (rappel réglementaire).")


def d03():
    blocks = [
        TITLE("VILLE DE SAINT-AUBRIN-SUR-LOUE", "CCTP – ÉLECTRICITÉ COURANTS FORTS ET COURANTS FAIBLES",
              "Aménagement d'une médiathèque dans l'ancienne halle aux grains – Lot 08"),
        *A("Objet",
           "Le présent lot comprend l'ensemble des installations électriques depuis le point de livraison du "
           "distributeur d'énergie jusqu'aux appareils d'utilisation : tarif jaune, tableau général basse tension "
           "(TGBT), distribution, éclairage normal et de sécurité, prises de courant, précâblage informatique, "
           "alarme incendie et contrôle d'accès."),
        *A("Normes et règlements",
           "Les installations respectent la norme NF C 15-100, le règlement de sécurité contre les risques d'incendie "
           "dans les ERP (type S, 3e catégorie), la norme NF C 14-100 pour le branchement et les guides UTE en vigueur."),
        *A("Local TGBT",
           "Le TGBT est implanté dans le local technique du rez-de-chaussée. Ce local, fermé à clé, n'est accessible "
           "qu'au personnel habilité ; une distance de un mètre est laissée libre devant le tableau pour "
           "l'exploitation. Les départs sont repérés par étiquettes gravées."),
        *A("Canalisations",
           "Les câbles sont de type U1000 R2V ou équivalent. En cheminement encastré, l'insertion des conducteurs dans "
           "les conduits ICTA se fait après achèvement des enduits ; le taux de remplissage des conduits n'excède pas "
           "un tiers de leur section. En faux plafond, les câbles sont posés sur chemins de câbles dédiés, courants "
           "forts et courants faibles séparés de 20 cm au moins."),
        *A("Éclairage",
           "Les luminaires sont à LED, d'indice de rendu des couleurs supérieur ou égal à 80, avec une température de "
           "couleur de 4 000 K dans les espaces de lecture. L'éclairement moyen à maintenir est de 300 lux sur les "
           "tables et de 200 lux dans les circulations. La commande des salles est assurée par boutons-poussoirs et "
           "télérupteurs ; les sanitaires publics sont commandés par détecteurs de présence.",
           "Le niveau sonore des ballasts et drivers ne doit pas être perceptible dans l'espace de lecture silencieuse."),
        *A("Éclairage de sécurité",
           "L'éclairage de sécurité est réalisé par blocs autonomes d'évacuation et d'ambiance de type SATI, "
           "conformes à la norme NF EN 60598-2-22, raccordés à une télécommande de mise au repos."),
        *A("Accessibilité des commandes",
           "Les interrupteurs, prises et dispositifs de commande accessibles au public sont placés entre 0,90 m et "
           "1,30 m du sol, conformément aux dispositions réglementaires relatives à l'accessibilité des ERP aux "
           "personnes handicapées ; une boucle d'induction magnétique est installée à la banque d'accueil, comme "
           "l'exige la même réglementation."),
        *A("Courants faibles",
           "Le précâblage est de catégorie 6A, 90 prises RJ45 réparties selon les plans. La baie de brassage est "
           "installée dans le local informatique, avec onduleur de 3 kVA. Les essais de recette portent sur 100 % des "
           "liens permanents."),
        *A("Sécurité incendie",
           "Un équipement d'alarme de type 2b est installé : déclencheurs manuels, diffuseurs sonores et flashs "
           "lumineux dans les sanitaires. Les alarmes visuelles sont prévues dans les locaux où une personne "
           "malentendante peut se trouver isolée."),
        *A("Habilitations et qualification du personnel",
           "Le personnel intervenant est titulaire d'une habilitation électrique adaptée (B1V, B2V, BR) en cours de "
           "validité ; les attestations de recyclage de moins de trois ans sont jointes au PPSPS. Le chef de chantier "
           "justifie d'une formation à l'installation des systèmes de sécurité incendie."),
        *A("Essais et autocontrôles",
           "L'entrepreneur réalise les mesures d'isolement, de continuité et de déclenchement des différentiels. Le "
           "rapport de vérification initiale du bureau de contrôle doit être exempt de remarques avant la réception."),
        *A("Dossier des ouvrages exécutés",
           "Le DOE comprend les schémas unifilaires, les carnets de câbles, les notices des matériels et la "
           "liste des pièces de rechange. Il est remis en trois exemplaires papier et sous forme numérique."),
    ]
    lab = L(allotissement=1, evidence=["Aménagement d'une médiathèque dans l'ancienne halle aux grains – Lot 08"])
    return D("d03_CCTP.pdf", "CCTP", "Ville de Saint-Aubrin-sur-Loue – Médiathèque – CCTP Électricité",
             "Lot 08 – CCTP – Phase DCE", blocks, lab, cols=2, hyphen=True,
             note="Pièges : distributeur d'énergie, insertion des conducteurs, personnel habilité, recyclage "
                  "d'habilitation, accessibilité et handicap (rappel réglementaire), éclairage à détection "
                  "(description technique du lot, pas d'objectif environnemental).")


def d04():
    blocks = [
        TITLE("SIVU scolaire des Trois Fontaines", "Cahier des clauses techniques particulières",
              "Extension du groupe scolaire de Lormes-Saint-Vit", "Lot 04 – Menuiseries extérieures bois – Occultations"),
        H("Art. 1 - Préambule"),
        P("Les travaux de l'extension sont répartis en neuf lots séparés (lots 01 à 09) attribués à des entreprises "
          "distinctes. Le présent cahier fixe les prescriptions techniques du lot 04, qui comprend la fabrication, la "
          "fourniture et la pose des fenêtres, portes-fenêtres, châssis fixes et brise-soleil orientables."),
        H("Art. 2 - Textes de référence"),
        LST(["NF DTU 36.5 – Mise en œuvre des fenêtres et portes extérieures ;",
             "NF DTU 39 – Travaux de vitrerie-miroiterie ;",
             "NF EN 14351-1 – Fenêtres et portes, norme de produit ;",
             "NF EN 350 – Durabilité du bois et des matériaux dérivés du bois."]),
        H("Art. 3 - Bois : essences, durabilité et provenance"),
        P("Les menuiseries sont réalisées en chêne ou en mélèze lamellé-collé aboutés, de classe de durabilité "
          "naturelle compatible avec la classe d'emploi 3.1 ; l'aubier est purgé. L'humidité des bois à la livraison "
          "est comprise entre 12 et 15 %."),
        P("Les bois mis en œuvre sont issus de forêts gérées durablement : ils portent une certification PEFC ou FSC, "
          "ou toute preuve équivalente de gestion durable, et l'entreprise remet au maître d'œuvre les certificats de "
          "chaîne de contrôle de son fournisseur avant le lancement de la fabrication. Les bois exotiques sont exclus."),
        H("Art. 4 - Performances"),
        RTAB([["Ouvrage", "Classement A*E*V*", "Uw (W/m².K)", "Rw+Ctr (dB)"],
              ["Fenêtres des classes", "A*3 E*6B V*A2", "≤ 1,4", "≥ 32"],
              ["Portes-fenêtres du préau", "A*3 E*5B V*A2", "≤ 1,5", "≥ 30"],
              ["Châssis fixes de la salle de motricité", "A*3 E*7B V*A2", "≤ 1,3", "≥ 35"]],
             widths=[3, 2, 1.4, 1.4], align="llrr"),
        P("Les valeurs d'isolement acoustique visent à limiter le bruit de la route départementale dans les classes."),
        H("Art. 5 - Quincaillerie et sécurité"),
        P("Les ouvrants des classes sont équipés de limiteurs d'ouverture à 10 cm et de poignées à clé pour la "
          "sécurité des enfants. Les vitrages situés à moins de 1 m du sol sont feuilletés 44.2 côté intérieur."),
        H("Art. 6 - Seuils et accessibilité"),
        P("Les seuils des portes-fenêtres donnant sur la cour ont une hauteur maximale de 2 cm, conformément à la "
          "réglementation relative à l'accessibilité des établissements recevant du public."),
        H("Art. 7 - Finitions"),
        P("Les bois reçoivent en atelier une lasure de finition en phase aqueuse, teinte au choix de l'architecte dans "
          "la gamme du fabricant, appliquée en trois couches, dont une d'imprégnation."),
        H("Art. 8 - Livraison et emballages"),
        P("Les menuiseries sont livrées protégées par des housses et des cornières. Les emballages de livraison sont "
          "repris par l'entreprise, les palettes étant restituées au fabricant pour réutilisation."),
        H("Art. 9 - Pose"),
        P("La pose est réalisée en applique intérieure avec un calfeutrement par mousse imprégnée et membrane "
          "d'étanchéité à l'air. La jonction avec le doublage du lot 05 fait l'objet d'un relevé contradictoire."),
        H("Art. 10 - Brise-soleil orientables"),
        P("Les BSO sont à lames de 80 mm, motorisés en 230 V, commandés par classe et par automatisme de vent. "
          "L'alimentation électrique est amenée en attente par le lot 07."),
        H("Art. 11 - Réception"),
        P("Un essai d'arrosage est réalisé sur deux ouvrages choisis par le maître d'œuvre. Le DOE comprend les "
          "procès-verbaux de classement, les fiches produits et les notices d'entretien des lasures."),
    ]
    lab = L(clause_environnementale=1, allotissement=1, nb_lots=9,
            evidence=["répartis en neuf lots séparés",
                      "Les bois mis en œuvre sont issus de forêts gérées durablement : ils portent une certification "
                      "PEFC ou FSC"])
    return D("d04_CCTP.pdf", "CCTP", "SIVU des Trois Fontaines – Groupe scolaire – CCTP lot 04",
             "Lot 04 Menuiseries extérieures bois – DCE", blocks, lab, hyphen=True,
             note="Vraie clause : bois certifiés gestion durable avec certificats (art. 3). Pièges : durabilité "
                  "naturelle (technique), bruit, sécurité, accessibilité réglementaire.")


def d05():
    blocks = [
        TITLE("COMMUNE DE BRÉVILLERS-LE-HAUT", "C.C.T.P.", "Aménagement du parking de la salle polyvalente et de ses abords",
              "LOT 01 – TERRASSEMENTS – VOIRIE – RÉSEAUX DIVERS"),
        H("1. PRÉSENTATION DE L'OPÉRATION"),
        P("L'opération comprend trois lots : lot 01 VRD (le présent cahier), lot 02 éclairage extérieur, lot 03 "
          "plantations. Le parking créé compte 64 places dont 3 places adaptées, un cheminement piéton vers la salle "
          "et un bassin d'infiltration des eaux pluviales."),
        H("2. CONNAISSANCE DU SITE"),
        P("Le terrain est un ancien pré communal en pente douce vers le ruisseau de la Morte. Les sondages "
          "géotechniques (mission G2 AVP jointe) révèlent des limons sur 0,80 m puis des marnes altérées. La nappe "
          "n'a pas été rencontrée."),
        H("3. TERRASSEMENTS"),
        H2("3.1 Décapage"),
        P("La terre végétale est décapée sur 30 cm d'épaisseur et mise en dépôt provisoire sur le site pour être "
          "régalée par le lot 03 ; le volume excédentaire est évacué par l'entreprise."),
        H2("3.2 Déblais et remblais"),
        P("Les déblais impropres sont évacués en installation de stockage autorisée, à la charge de l'entrepreneur, "
          "qui en supporte le coût dans son prix. La couche de forme est réalisée en GNT 0/31,5 compactée, avec un "
          "essai de plaque par tranche de 500 m² (EV2 ≥ 50 MPa)."),
        H("4. ASSAINISSEMENT PLUVIAL"),
        P("Les eaux de ruissellement sont collectées par caniveaux à fente et dirigées vers un bassin d'infiltration "
          "de 140 m³ dimensionné pour une pluie de retour 20 ans. Un séparateur à hydrocarbures de classe I est posé "
          "en amont, conformément à l'arrêté préfectoral d'autorisation au titre de la loi sur l'eau."),
        P("Les canalisations sont en PVC CR8 ; les regards de visite sont en béton préfabriqué avec tampons fonte "
          "classe D400 sous chaussée."),
        H("5. CHAUSSÉES ET REVÊTEMENTS"),
        P("La structure de chaussée comprend 35 cm de GNT et 6 cm d'enrobé BBSG 0/10. Les places sont délimitées par "
          "de la peinture routière blanche. Les bordures sont de type T2 et CS1."),
        H("6. CHEMINEMENT PIÉTON ET ACCESSIBILITÉ"),
        P("Le cheminement entre le parking et l'entrée de la salle présente une largeur de 1,40 m, une pente "
          "inférieure à 5 % et des bandes d'éveil de vigilance aux traversées, dispositions imposées par l'arrêté du "
          "15 janvier 2007 relatif à l'accessibilité de la voirie. Les 3 places adaptées mesurent 3,30 m de large."),
        H("7. INSERTION PAYSAGÈRE"),
        P("Le projet veille à l'insertion paysagère de l'ouvrage dans le site : les talus du bassin sont adoucis à 3 "
          "pour 1 pour permettre leur engazonnement par le lot 03 et l'entretien mécanique."),
        H("8. RÉSEAUX SECS"),
        P("L'entreprise pose les fourreaux TPC Ø 63 et Ø 90 destinés au lot 02 et au génie civil de télécommunication, "
          "avec grillage avertisseur, et réalise les massifs des candélabres selon le plan du lot 02."),
        H("9. SIGNALISATION ET SÉCURITÉ DU CHANTIER"),
        P("L'entreprise met en place la signalisation temporaire et maintient l'accès des riverains et des services "
          "de secours. Les engins sont conformes à la réglementation relative aux émissions sonores des matériels "
          "utilisés à l'extérieur ; le chantier respecte l'arrêté municipal fixant les horaires des travaux bruyants "
          "(7 h 30 – 19 h)."),
        H("10. DÉPENSES COMMUNES"),
        P("Les consommations d'eau et d'électricité du chantier sont relevées sur les compteurs provisoires et "
          "réparties entre les lots dans le cadre du compte prorata défini au CCAP."),
        H("11. RÉCEPTION"),
        P("Les essais préalables à la réception comprennent l'inspection télévisée des réseaux, les essais "
          "d'étanchéité à l'air des canalisations et le contrôle de la planéité des enrobés à la règle de 3 m."),
    ]
    lab = L(allotissement=1, nb_lots=3, evidence=["L'opération comprend trois lots"])
    return D("d05_CCTP.docx", "CCTP", "Commune de Brévillers-le-Haut – Parking salle polyvalente – CCTP lot 01",
             "CCTP VRD – version du 14/10/2026", blocks, lab,
             note="Pièges : eaux pluviales, loi sur l'eau (rappel), insertion paysagère, émissions sonores des "
                  "engins et horaires (règlementation), consommations d'eau du chantier (compte prorata), déblais "
                  "évacués en installation autorisée (coût, pas d'objectif de tri ni de valorisation).")


def d06():
    blocks = [
        TITLE("Ville de Montcalvet – Direction du cadre de vie", "Cahier des clauses techniques particulières",
              "Entretien des espaces verts des écoles, du stade et des squares"),
        *A("Objet et périmètre",
           "Le présent marché porte sur l'entretien courant des espaces verts de onze sites communaux dont la liste et "
           "les surfaces figurent en annexe 1 : tonte, taille des haies et arbustes, désherbage, entretien des massifs, "
           "ramassage des feuilles et des papiers."),
        *A("Calendrier des interventions",
           "Les tontes sont hebdomadaires d'avril à juin, puis tous les quinze jours jusqu'à fin octobre. Les tailles "
           "de haies ont lieu en mars et en septembre, hors période de nidification. Aucune intervention bruyante "
           "n'a lieu aux abords des écoles pendant les heures de classe sans accord du directeur."),
        *A("Tonte et fauche",
           "La hauteur de coupe est de 6 cm sur les pelouses d'agrément et de 4 cm sur l'aire de jeux du stade. Les "
           "talus du bassin de l'Yvrette sont fauchés deux fois par an. Les bordures sont reprises au coupe-bordure."),
        *A("Taille et entretien des massifs",
           "Les arbustes sont taillés en respectant leur port naturel ; les massifs sont binés et les végétaux morts "
           "remplacés aux frais de la ville sur bon de commande. Les déchets verts et papiers ramassés le long des "
           "clôtures sont enlevés le jour même."),
        *A("Désherbage",
           "Le désherbage des allées et des pieds de murs est manuel, mécanique ou thermique. Aucun produit "
           "phytosanitaire n'est utilisé, la ville n'autorisant que les produits de biocontrôle dans les cas prévus "
           "par la loi ; leur emploi reste soumis à l'accord préalable du responsable des espaces verts."),
        *A("Gestion des résidus de tonte et de taille",
           "Le titulaire broie sur place les produits de taille de diamètre inférieur à 8 cm et les réutilise en "
           "paillage des massifs du même site ; les tontes sont laissées sur place (mulching) sur les pelouses "
           "d'agrément. Seuls les bois de plus gros diamètre sont évacués vers la plateforme de compostage de la "
           "communauté de communes, le titulaire tenant un registre des tonnages apportés."),
        *A("Matériel",
           "Le titulaire dispose d'un matériel en bon état, entretenu et conforme aux règles de sécurité. Pour les "
           "interventions dans les cours d'école et les squares, les souffleurs, taille-haies et débroussailleuses "
           "portatifs sont à batterie électrique ; les matériels thermiques portatifs ne sont admis que sur le stade "
           "et les talus."),
        *A("Personnel",
           "Le personnel porte une tenue de travail au nom de l'entreprise et les équipements de protection "
           "individuelle adaptés. Le titulaire désigne un chef d'équipe joignable pendant les heures d'intervention."),
        *A("Sécurité des usagers",
           "Les zones d'intervention sont balisées. Les projections sont évitées par l'usage de pare-pierres à "
           "proximité des véhicules et des vitrages. Tout dommage est signalé le jour même."),
        *A("Contrôle de l'exécution",
           "Un cahier de liaison est tenu par site. Le responsable des espaces verts de la ville réalise une visite "
           "mensuelle contradictoire ; les prestations non conformes sont reprises sous 48 heures."),
    ]
    lab = L(clause_environnementale=1,
            evidence=["Le titulaire broie sur place les produits de taille de diamètre inférieur à 8 cm et les "
                      "réutilise en paillage des massifs",
                      "les souffleurs, taille-haies et débroussailleuses portatifs sont à batterie électrique"])
    return D("d06_CCTP.pdf", "CCTP", "Ville de Montcalvet – Entretien des espaces verts – CCTP",
             "CCTP espaces verts – consultation 2027-EV-02", blocks, lab, hyphen=True,
             note="Vraie clause : broyage et paillage sur place, mulching, matériel portatif à batterie. Le zéro "
                  "phyto est présenté comme rappel de la loi. Pièges : déchets verts, bruit, sécurité.")


def d07():
    blocks = [
        TITLE("Centre hospitalier intercommunal de Lanvézac-Plouharn", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Nettoyage des locaux administratifs, logistiques et de l'Institut de formation"),
        H("1 – Objet du marché"),
        P("Le marché a pour objet le nettoyage et l'entretien courant des bâtiments administratifs (bâtiment D), des "
          "locaux logistiques (magasin central, garage) et de l'Institut de formation en soins infirmiers (IFSI), soit "
          "4 860 m² de surfaces. Les unités de soins et les blocs sont exclus du périmètre."),
        H("2 – Horaires et accès aux locaux"),
        P("Les prestations sont réalisées du lundi au vendredi entre 6 h et 8 h 30 pour les bureaux et entre 17 h et "
          "20 h pour l'IFSI. L'accès aux locaux se fait par badge remis nominativement à chaque agent du titulaire ; "
          "toute perte est signalée au service sécurité dans l'heure."),
        H("3 – Nature et fréquence des prestations"),
        RTAB([["Zone", "Prestations", "Fréquence"],
              ["Bureaux", "Vidage des corbeilles, dépoussiérage des plans de travail, aspiration des sols", "Quotidienne"],
              ["Sanitaires", "Nettoyage et désinfection des appareils, réapprovisionnement des consommables", "Quotidienne"],
              ["Salles de cours IFSI", "Lavage des tables, balayage humide, lavage des sols", "Quotidienne"],
              ["Magasin et garage", "Balayage mécanisé, lavage à l'eau claire des zones de quai", "Hebdomadaire"],
              ["Vitrerie intérieure", "Lavage des deux faces des cloisons vitrées", "Trimestrielle"]],
             widths=[2, 5, 1.6]),
        H("4 – Méthodes et protocoles"),
        P("Le titulaire applique la méthode de pré-imprégnation des bandeaux et des lavettes ; le seau unique est "
          "proscrit. Dans les locaux de l'IFSI utilisés pour les travaux pratiques de soins, il applique les protocoles "
          "de bionettoyage de l'établissement, validés par l'équipe opérationnelle d'hygiène."),
        H("5 – Produits et consommables"),
        P("Les produits utilisés sont conformes à la réglementation en vigueur ; leurs fiches techniques et fiches de "
          "données de sécurité sont remises au service hygiène avant le démarrage. Les détergents-désinfectants "
          "répondent aux normes NF EN 14476 et NF EN 13697. Les consommables sanitaires (papier, savon) sont fournis "
          "par l'établissement ; le titulaire assure leur mise en place."),
        H("6 – Déchets"),
        P("Les sacs des corbeilles sont fermés et déposés au local déchets de chaque bâtiment selon le circuit "
          "défini par l'établissement. Les déchets d'activités de soins à risques infectieux (DASRI) sont hors du "
          "périmètre du présent marché et ne doivent pas être manipulés par le personnel du titulaire."),
        H("7 – Personnel"),
        P("Le titulaire affecte un personnel qualifié, en nombre suffisant, encadré par un chef d'équipe présent sur "
          "le site. Il communique la liste nominative des agents et la tient à jour."),
        P("En application de l'accord du 5 mars 2002 annexé à la convention collective nationale des entreprises de "
          "propreté (annexe 7), le titulaire reprend le personnel affecté au marché par le prestataire sortant dans les "
          "conditions prévues par cet accord ; la liste de ce personnel figure en annexe 3."),
        H("8 – Formation des agents"),
        P("Chaque agent reçoit avant sa première intervention une formation aux protocoles de l'établissement, "
          "dispensée par l'encadrement du titulaire avec l'appui du service hygiène, ainsi qu'une sensibilisation "
          "au secret professionnel."),
        H("9 – Sécurité et prévention"),
        P("Un plan de prévention est établi avant le démarrage, conformément aux articles R. 4512-6 et suivants du code "
          "du travail. Les sols mouillés sont signalés par des panneaux ; les produits ne sont jamais laissés sans "
          "surveillance dans les salles de cours."),
        H("10 – Contrôle de la qualité"),
        P("La qualité est contrôlée contradictoirement chaque mois selon la grille de l'annexe 4, par sondage sur 10 % "
          "des locaux. Un taux de conformité inférieur à 85 % entraîne une réunion d'explication et un plan d'actions."),
        H("11 – Réversibilité"),
        P("En fin de marché, le titulaire remet les badges, les clés et l'inventaire du matériel mis à disposition par "
          "l'établissement, notamment les deux autolaveuses du garage."),
    ]
    lab = L()
    return D("d07_CCTP.docx", "CCTP", "CHI Lanvézac-Plouharn – Nettoyage des locaux – CCTP",
             "Direction des achats – consultation 2027-014", blocks, lab,
             note="Aucune considération. Pièges : bionettoyage, lavage à l'eau, consommables, déchets (circuit de "
                  "l'établissement, hygiène), reprise du personnel (obligation conventionnelle), formation, sécurité.")


def d08():
    blocks = [
        TITLE("OFFICE PUBLIC DE L'HABITAT RIVES D'ORNE", "CCTP",
              "Entretien ménager des parties communes et nettoyage de la vitrerie", "Résidences du secteur Nord (412 logements)"),
        *A("Objet",
           "Le présent cahier définit les prestations d'entretien ménager des parties communes (halls, paliers, "
           "escaliers, ascenseurs, caves, locaux vélos) et de nettoyage des vitrages des halls des résidences "
           "énumérées en annexe. Les prestations relèvent des charges récupérables au sens du décret n° 87-713 du "
           "26 août 1987."),
        *A("Fréquences",
           "Halls et ascenseurs : 5 passages par semaine. Paliers et escaliers : 2 passages par semaine avec lavage "
           "hebdomadaire. Caves et locaux vélos : balayage mensuel. Vitrages des halls : 1 fois par mois (2 faces)."),
        *A("Locaux à ordures ménagères",
           "Le titulaire sort les conteneurs la veille au soir des jours de collecte fixés par la collectivité et les "
           "rentre le lendemain avant 10 h. Le sol du local est lavé chaque semaine ; les conteneurs sont lavés et "
           "désinfectés une fois par mois. Les encombrants déposés dans les parties communes sont signalés au gardien "
           "le jour même ; leur enlèvement n'est pas compris dans le marché."),
        *A("Produits et matériel",
           "Le titulaire fournit les produits, le matériel et les consommables nécessaires. Les produits sont utilisés "
           "aux dilutions préconisées par le fabricant et ne sont jamais stockés dans les parties communes. L'eau "
           "nécessaire est prise aux robinets des locaux techniques ; elle reste à la charge de l'Office."),
        *A("Fiche de passage",
           "À chaque passage, l'agent renseigne la fiche de passage du hall ; l'insertion de la fiche dans le "
           "porte-document prévu à cet effet permet aux locataires de connaître les jours d'intervention. Les fiches "
           "sont conservées trois mois."),
        *A("Personnel",
           "Le titulaire communique la liste des agents affectés et leur qualification. Il s'engage à respecter la "
           "réglementation du travail et à être à jour de ses déclarations et de ses cotisations sociales ; les "
           "attestations correspondantes sont remises tous les six mois."),
        SPLIT("Les agents sont courtois avec les locataires et ne peuvent pénétrer dans les logements. En cas de "
              "difficulté (dégradation, occupation des halls, comportement menaçant), ils se retirent et informent",
              "immédiatement le responsable de secteur de l'Office, qui prend les mesures nécessaires."),
        *A("Sécurite des interventions",
           "Les sols mouillés sont balisés par panneau ; le lavage des escaliers se fait par demi-largeur afin de "
           "maintenir l'accessibilité des logements pendant l'intervention. Le nettoyage des vitrages en hauteur se "
           "fait depuis une plate-forme individuelle roulante ; l'utilisation d'échelles est interdite au-dela de 2 m."),
        *A("Contrôle et penalites",
           "Le responsable de secteur effectue des contrôles inopinés. Tout passage non réalisé donne lieu aux "
           "réfactions prévues au CCAP. Les réclamations des locataires sont transmises au titulaire, qui y répond "
           "sous 48 heures."),
        *A("Documents a fournir en cours d'execution",
           "Le titulaire transmet mensuellement le planning réalisé par résidence. Il informe l'Office de toute "
           "modification de sa raison sociale, de son adresse ou de son représentant légal."),
    ]
    lab = L()
    return D("d08_CCTP.pdf", "CCTP", "OPH Rives d'Orne – Entretien des parties communes – CCTP",
             "Marché 2027-S-031 – secteur Nord", blocks, lab, hyphen=True,
             note="Aucune considération. Pièges : charges récupérables, locaux à ordures (sortie des conteneurs = "
                  "objet), insertion d'une fiche, cotisations sociales (obligation légale), raison sociale, "
                  "accessibilité des logements pendant le lavage.")


def d09():
    blocks = [
        TITLE("COMMUNE DE CASTELROUX", "CAHIER DES CLAUSES TECHNIQUES PARTICULIERES",
              "Fabrication et livraison de repas en liaison froide pour la restauration scolaire et l'accueil de loisirs"),
        H("ARTICLE 1 - OBJET"),
        P("Le marche porte sur la fabrication en cuisine centrale et la livraison en liaison froide de repas pour "
          "les deux restaurants scolaires de la commune (ecole des Sables, ecole du Bourg) et pour l'accueil de "
          "loisirs du mercredi et des vacances. Le volume previsionnel est de 38 000 repas par an."),
        P("Le marche n'est pas alloti : la fabrication et la livraison des repas constituent une prestation "
          "indissociable dont la separation rendrait l'execution techniquement difficile."),
        H("ARTICLE 2 - COMPOSITION DES REPAS"),
        P("Les menus sont a 4 composantes (entree ou dessert, plat protidique, garniture, produit laitier). Les "
          "grammages sont ceux de la recommandation du GEM-RCN pour les enfants de maternelle et d'elementaire. Le "
          "pain est livre par le boulanger de la commune et ne fait pas partie du marche."),
        H("ARTICLE 3 - COMMISSION DES MENUS"),
        P("Les menus sont etablis par cycles de cinq semaines par la dieteticienne du titulaire et soumis a la "
          "commission des menus, qui se reunit chaque trimestre en presence des representants des parents d'eleves."),
        H("ARTICLE 4 - REGIMES ET ALLERGIES"),
        P("Le titulaire fournit des repas sans porc et, pour les enfants beneficiant d'un projet d'accueil "
          "individualise (PAI), des repas adaptes lorsque le PAI le prevoit. Les enfants en situation de handicap "
          "accueillis en classe ULIS beneficient du meme service, les textures modifiees etant livrees sur demande."),
        H("ARTICLE 5 - QUALITE SANITAIRE"),
        P("La cuisine centrale dispose de l'agrement sanitaire europeen. Le titulaire applique un plan de maitrise "
          "sanitaire fonde sur les principes HACCP et fait realiser au moins deux analyses microbiologiques par mois "
          "sur des plats livres a la commune ; les resultats sont transmis a la commune sous huit jours."),
        P("La date limite de consommation des plats livres ne peut etre inferieure a J+3. Les plats temoins sont "
          "conserves cinq jours a 3 °C au plus."),
        H("ARTICLE 6 - CONDITIONNEMENT"),
        P("Les preparations sont conditionnees en bacs gastronormes multiportions operculés, etiquetes (nom du plat, "
          "date de fabrication, DLC, allergenes). Le nombre de portions par bac correspond aux effectifs du jour."),
        H("ARTICLE 7 - LIVRAISON"),
        P("La livraison est faite entre 7 h et 9 h 30 en vehicule frigorifique, directement dans la chambre froide de "
          "l'office de chaque ecole. Le local de reception est accessible par la cour de service ; le livreur remplit "
          "la fiche de controle des temperatures a reception."),
        H("ARTICLE 8 - COMMANDES"),
        P("Les effectifs sont transmis par la commune la veille avant 10 h par le portail du titulaire. Les "
          "ajustements de derniere minute sont admis jusqu'a 8 h le jour meme, dans la limite de 5 %."),
        H("ARTICLE 9 - PERSONNEL ET FORMATION"),
        P("Le personnel de fabrication et de livraison est forme aux regles d'hygiene alimentaire ; le titulaire "
          "justifie de cette formation sur demande. La remise en temperature dans les offices et le service restent "
          "assures par le personnel communal, que le titulaire forme gratuitement a l'utilisation des fours lors du "
          "demarrage."),
        H("ARTICLE 10 - CONTROLES"),
        P("La commune peut faire proceder a tout moment, par un laboratoire de son choix, a des prelevements. Les "
          "non-conformites donnent lieu aux penalites prevues au CCAP."),
    ]
    lab = L(allotissement=0, evidence=["Le marche n'est pas alloti"])
    return D("d09_CCTP.pdf", "CCTP", "Commune de Castelroux - Restauration scolaire - CCTP",
             "CCTP - consultation RS-2027 - indice A", blocks, lab,
             note="Aucune considération. Texte sans accents. Pièges : analyses microbiologiques, date limite de "
                  "consommation, handicap (service rendu aux enfants), local de réception, formation (aucun "
                  "menu végétarien ni aucune part de produits imposés).")


def d10():
    blocks = [
        TITLE("SIVOS de la Haute-Sorne", "CAHIER DES CLAUSES PARTICULIÈRES (CCP)",
              "Marché à procédure adaptée – Fourniture et livraison de repas pour les restaurants scolaires de Sorne, "
              "Vellerot et Champ-sur-Sorne", "Consultation n° 2027-03 – Pièce unique valant CCAP et CCTP"),
        *A("Objet et forme du marché",
           "Le présent marché a pour objet la fabrication et la livraison en liaison froide des repas des trois "
           "restaurants scolaires du syndicat. Il est passé selon la procédure adaptée prévue aux articles L. 2123-1 "
           "et R. 2123-1 du code de la commande publique.",
           "Il s'agit d'un accord-cadre à bons de commande mono-attributaire, conclu avec un minimum annuel de "
           "30 000 € HT et un maximum annuel de 95 000 € HT. Le marché fait l'objet d'un lot unique."),
        *A("Durée",
           "L'accord-cadre est conclu pour un an à compter du 1er septembre 2027. Il est reconductible tacitement "
           "deux fois par période d'un an, soit une durée maximale de trois ans et un montant maximum de 285 000 € HT "
           "sur la durée maximale."),
        *A("Pièces contractuelles",
           ["l'acte d'engagement et le bordereau des prix unitaires ;", "le présent CCP ;",
            "le CCAG applicable aux marchés publics de fournitures courantes et de services (arrêté du 30 mars 2021) ;",
            "le mémoire technique du titulaire."]),
        *A("Prescriptions relatives aux denrées",
           "Les repas respectent les recommandations nutritionnelles en vigueur. Le titulaire indique pour chaque "
           "menu l'origine des viandes et la part de produits sous signe officiel de qualité ; le bilan annuel "
           "correspondant est remis au syndicat en juillet."),
        *A("Livraison et contenants",
           "Les repas sont livrés entre 7 h 30 et 9 h dans les offices. Ils sont conditionnés dans des bacs "
           "gastronormes en inox réutilisables, repris au passage suivant et lavés par le titulaire ; l'usage de "
           "barquettes jetables en plastique est exclu, y compris pour les régimes particuliers.",
           "Le titulaire pèse chaque trimestre, pendant une semaine, les restes de chaque restaurant et transmet au "
           "syndicat un relevé assorti de propositions d'ajustement des grammages pour réduire le gaspillage."),
        *A("Hygiène et contrôles",
           "Le titulaire applique son plan de maîtrise sanitaire et remet chaque mois les résultats d'analyses "
           "microbiologiques. Les températures à réception sont relevées par le personnel du syndicat."),
        *A("Prix et variation",
           "Les prix sont révisables annuellement selon la formule P = P0 × (0,15 + 0,40 × ICHT-IME / ICHT-IME0 + "
           "0,45 × IPA / IPA0), où l'indice ICHT-IME traduit l'évolution du coût horaire du travail, charges sociales "
           "comprises."),
        *A("Facturation et paiement",
           "Les factures sont déposées mensuellement sur Chorus Pro. Le délai global de paiement est de 30 jours."),
        *A("Pénalités",
           "Retard de livraison supérieur à 30 minutes : 150 € par restaurant et par jour. Repas manquant : "
           "remboursement au prix du repas majoré de 20 €. Non-remise des analyses : 100 € par jour de retard."),
        *A("Jugement des offres",
           "L'offre économiquement la plus avantageuse est appréciée selon les critères pondérés suivants :",
           ["Prix des prestations (au vu du BPU et d'un devis quantitatif estimatif non contractuel) : 50 % ;",
            "Valeur technique (qualité gustative, variété des menus, organisation des livraisons, qualification du "
            "personnel de cuisine) : 30 % ;",
            "Performance environnementale (part de produits issus de l'agriculture biologique au-delà du minimum "
            "légal, mode de livraison, réduction des emballages) : 20 %."],
           "Chaque critère est noté sur 10 puis pondéré."),
        *A("Résiliation et litiges",
           "Les stipulations du CCAG relatives à la résiliation s'appliquent. Le tribunal administratif de Besançon "
           "est compétent pour connaître des litiges."),
    ]
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=0, montant_max_ht=285000,
            evidence=["bacs gastronormes en inox réutilisables", "pèse chaque trimestre",
                      "Performance environnementale (part de produits issus de l'agriculture biologique",
                      "Le marché fait l'objet d'un lot unique",
                      "un montant maximum de 285 000 € HT sur la durée maximale"])
    return D("d10_CCP.docx", "CCAP", "SIVOS de la Haute-Sorne – Repas scolaires – CCP",
             "MAPA 2027-03 – CCP", blocks, lab,
             note="CCP de MAPA étiqueté CCAP. Vraies considérations : contenants réutilisables et pesée des restes "
                  "(clause), critère « performance environnementale » 20 % (critère). Pièges : charges sociales "
                  "dans l'indice, qualification du personnel dans la valeur technique, minimum annuel.")


def d11():
    blocks = [
        TITLE("Communauté d'agglomération Cœur d'Estrelle", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Entretien et réparation des véhicules du parc communautaire", "Lot n° 2 – Véhicules utilitaires de moins de 3,5 t"),
        H("Article 1 – Objet du lot"),
        P("Le marché comprend trois lots : lot 1 véhicules légers, lot 2 véhicules utilitaires de moins de 3,5 t, lot "
          "3 poids lourds et engins. Le présent cahier concerne le lot 2, soit 46 véhicules (fourgons, bennes, plateaux) "
          "dont la liste figure en annexe avec leur kilométrage."),
        H("Article 2 – Nature des prestations"),
        LST(["entretien préventif selon les préconisations des constructeurs (vidanges, filtres, courroies) ;",
             "réparations mécaniques, électriques et de carrosserie légère ;",
             "préparation au contrôle technique et contre-visites ;",
             "contrôle et recharge de la climatisation au moyen d'une station de récupération-recyclage du fluide ;",
             "fourniture et montage des pneumatiques, géométrie et équilibrage."]),
        H("Article 3 – Prise en charge des véhicules"),
        P("Les véhicules sont déposés par les agents de la communauté à l'atelier du titulaire, situé à moins de "
          "15 km du centre technique de la Vignole, ou enlevés par le titulaire sur demande. Un bon de prise en charge "
          "contradictoire mentionne le kilométrage, le niveau de carburant et les dommages apparents."),
        H("Article 4 – Diagnostic et devis"),
        P("Toute réparation d'un montant supérieur à 400 € HT fait l'objet d'un devis préalable détaillant les pièces "
          "et les temps barémés ; elle n'est engagée qu'après accord écrit du gestionnaire de flotte."),
        H("Article 5 – Pièces détachées"),
        P("Les pièces sont d'origine ou de qualité équivalente au sens du règlement (UE) n° 461/2010. Les pièces "
          "remplacées sont tenues à la disposition du gestionnaire de flotte pendant huit jours avant leur élimination "
          "par le titulaire, afin de permettre tout contrôle."),
        H("Article 6 – Contrôle des émissions et préparation au contrôle technique"),
        P("Avant chaque contrôle technique, le titulaire vérifie le système de dépollution et réalise une mesure "
          "d'opacité ou d'émissions à l'échappement ; les anomalies sont corrigées avant la présentation du véhicule. "
          "Cette prestation est rémunérée au forfait figurant au bordereau."),
        H("Article 7 – Délais d'immobilisation"),
        RTAB([["Intervention", "Délai maximal"],
              ["Entretien préventif", "1 jour ouvré"],
              ["Réparation sans commande de pièces", "2 jours ouvrés"],
              ["Réparation avec commande de pièces", "5 jours ouvrés"],
              ["Carrosserie légère", "7 jours ouvrés"]], widths=[3, 2]),
        H("Article 8 – Véhicules électriques"),
        P("Le parc comprend six fourgonnettes électriques. Les interventions sur ces véhicules sont confiées à des "
          "techniciens titulaires de l'habilitation électrique B2VL ; le titulaire dispose de l'outillage isolé "
          "nécessaire. La consommation anormale d'énergie constatée par l'atelier est signalée au gestionnaire."),
        H("Article 9 – Sécurité"),
        P("Le titulaire signale immédiatement tout défaut mettant en cause la sécurité (freinage, direction, "
          "pneumatiques) et peut refuser la restitution d'un véhicule dangereux jusqu'à décision du gestionnaire."),
        H("Article 10 – Historique et compte rendu"),
        P("Chaque intervention donne lieu à un compte rendu saisi dans l'outil de gestion de flotte de la communauté "
          "(accès web fourni) : date, kilométrage, opérations, pièces, temps passé."),
        H("Article 11 – Véhicule de remplacement"),
        P("Au-delà de 3 jours d'immobilisation imputable au titulaire, un véhicule de catégorie équivalente est mis "
          "à disposition sans supplément."),
    ]
    lab = L(allotissement=1, nb_lots=3, evidence=["Le marché comprend trois lots"])
    return D("d11_CCTP.pdf", "CCTP", "CA Cœur d'Estrelle – Entretien des véhicules – CCTP lot 2",
             "CCTP – marché 2027-PARC-02", blocks, lab,
             note="Aucune considération. Pièges : contrôle des émissions (objet du service), station de "
                  "récupération-recyclage (outil), élimination des pièces après contrôle, véhicules électriques du "
                  "parc (composition de la flotte), consommation d'énergie anormale.")


def d12():
    blocks = [
        TITLE("SYNDICAT MIXTE DES EAUX DU BAS-LIZON", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Entretien, réparation et dépannage des véhicules et engins d'exploitation",
              "Accord-cadre à bons de commande – Procédure adaptée – Réf. SMEBL-2027-07"),
        *A("Objet de l'accord-cadre – Allotissement",
           "Le présent accord-cadre porte sur l'entretien préventif et curatif des véhicules du syndicat affectés à "
           "l'exploitation des réseaux d'eau potable et d'assainissement. Il est divisé en trois lots :",
           ["Lot 1 – Véhicules légers et utilitaires légers (31 véhicules) ;",
            "Lot 2 – Camions hydrocureurs et poids lourds (7 véhicules) ;",
            "Lot 3 – Mini-pelles, compresseurs et remorques (12 matériels)."]),
        *A("Montants",
           "Chaque lot est conclu sans minimum et avec les maxima annuels suivants : lot 1 : 40 000 € HT ; lot 2 : "
           "60 000 € HT ; lot 3 : 25 000 € HT, soit un montant maximum total de 500 000 € HT sur la durée maximale de "
           "l'accord-cadre, tous lots confondus. Aucun bon de commande ne peut excéder 12 000 € HT sans accord du "
           "directeur d'exploitation."),
        *A("Durée",
           "L'accord-cadre prend effet à sa notification pour une période initiale de douze mois, reconductible "
           "tacitement trois fois par périodes de douze mois, sans que sa durée totale puisse excéder quatre ans."),
        *A("Pièces constitutives",
           "Les pièces contractuelles sont, par ordre de priorité décroissante : l'acte d'engagement, le présent CCAP, "
           "le CCTP commun aux trois lots, le CCAG-FCS, le bordereau des prix unitaires de chaque lot et le mémoire "
           "technique du titulaire."),
        *A("Exécution des prestations",
           "Les prestations sont exécutées à l'atelier du titulaire ou, pour les engins du lot 3, sur le site de la "
           "station d'épuration de Marzelles. Le titulaire assure un service de dépannage sur appel de 7 h à 19 h "
           "les jours ouvrés, avec une intervention sur place en moins de quatre heures.",
           "Pour le lot 1, le titulaire s'engage en outre à réaliser une action d'insertion professionnelle au profit "
           "de personnes éloignées de l'emploi (demandeurs d'emploi de longue durée, jeunes de moins de 26 ans sans "
           "qualification, bénéficiaires du RSA), représentant au moins 420 heures de travail sur la durée de "
           "l'accord-cadre, par embauche directe, contrat d'apprentissage ou mise à disposition par une structure "
           "d'insertion. Le suivi est assuré avec le facilitateur de la Maison de l'emploi du Bas-Lizon, auquel le "
           "titulaire adresse un état semestriel des heures réalisées."),
        *A("Sous-traitance",
           "Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de l'acceptation du "
           "sous-traitant et de l'agrément de ses conditions de paiement. La déclaration de sous-traitance indique la "
           "raison sociale, le SIRET et les capacités du sous-traitant."),
        *A("Obligations sociales et fiscales",
           "Le titulaire remet tous les six mois les attestations prévues aux articles L. 8222-1 et D. 8222-5 du code "
           "du travail (lutte contre le travail dissimulé) et justifie être en règle au regard de l'obligation "
           "d'emploi des travailleurs handicapés prévue aux articles L. 5212-1 à L. 5212-11 du même code."),
        *A("Prix – Révision",
           "Les prix sont révisés à chaque reconduction selon l'indice du coût horaire du travail révisé – industries "
           "mécaniques et électriques (ICHT-rev-TS), qui intègre les charges sociales, pour 70 %, et l'indice des prix "
           "des pièces détachées pour 30 %."),
        *A("Règlement des comptes",
           "Les factures sont établies par bon de commande et déposées sur Chorus Pro. Le délai de paiement est de "
           "30 jours. Une avance de 10 % est versée pour chaque lot dont le montant annuel dépasse 50 000 € HT, sauf "
           "renonciation du titulaire."),
        *A("Pénalités",
           "Retard de restitution d'un véhicule : 50 € HT par jour calendaire. Retard d'intervention en dépannage : "
           "80 € HT par heure. Heures d'insertion non réalisées (lot 1) : 30 € HT par heure manquante, appliquée en fin "
           "d'accord-cadre."),
        *A("Assurances",
           "Le titulaire justifie d'une assurance couvrant sa responsabilité civile professionnelle à hauteur d'au "
           "moins 1 500 000 € par sinistre, ainsi que les véhicules confiés."),
        *A("Résiliation – Litiges",
           "Il est fait application des articles 36 à 42 du CCAG-FCS. Le tribunal administratif de Caen est compétent."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=420, allotissement=1, nb_lots=3,
            montant_max_ht=500000,
            evidence=["réaliser une action d'insertion professionnelle au profit de personnes éloignées de l'emploi",
                      "au moins 420 heures de travail", "Il est divisé en trois lots",
                      "soit un montant maximum total de 500 000 € HT sur la durée maximale"])
    return D("d12_CCAP.pdf", "CCAP", "SM des eaux du Bas-Lizon – Entretien des véhicules – CCAP",
             "SMEBL-2027-07 – CCAP – page", blocks, lab, hyphen=True,
             note="Vraie clause : insertion de 420 heures (lot 1) dans l'article « exécution des prestations ». "
                  "Pièges : L. 5212-1 (rappel légal), travail dissimulé, raison sociale, charges sociales dans "
                  "l'indice, « eaux » dans le nom de l'acheteur ; plafond par bon de commande ; assurance.")


def d13():
    blocks = [
        TITLE("ÉTABLISSEMENT PUBLIC FONCIER DE HAUTE-VALLIÈRE", "Cahier des clauses techniques particulières",
              "Tierce maintenance applicative et évolutive du système d'information foncier (SIF)"),
        H("1. Contexte"),
        P("L'EPF gère un portefeuille de 1 900 biens au moyen d'une application métier développée en 2019 (Java 17, "
          "PostgreSQL 15, serveur d'applications Tomcat) et d'un portail cartographique. L'application est "
          "hébergée dans le centre de données d'un prestataire distinct du titulaire."),
        H("2. Périmètre"),
        P("Le marché couvre la maintenance corrective, la maintenance adaptative (montées de version des composants), "
          "la maintenance évolutive sur commande et l'assistance aux utilisateurs de niveau 2."),
        H("3. Environnements"),
        P("Le titulaire dispose de trois environnements : développement (chez lui), recette et production (chez "
          "l'hébergeur). Aucune livraison n'est installée en production sans procès-verbal de recette signé. "
          "L'environnement de recette est rafraîchi chaque trimestre à partir d'une copie anonymisée de la base de "
          "production."),
        H("4. Maintenance corrective"),
        RTAB([["Criticité", "Définition", "Délai de prise en charge", "Délai de correction"],
              ["Bloquante", "Application indisponible ou perte de données", "1 h ouvrée", "1 jour ouvré"],
              ["Majeure", "Fonction essentielle dégradée sans contournement", "4 h ouvrées", "3 jours ouvrés"],
              ["Mineure", "Anomalie avec contournement", "1 jour ouvré", "prochaine version"]],
             widths=[1.4, 3.2, 1.8, 1.8]),
        H("5. Maintenance évolutive"),
        P("Les évolutions sont commandées par bons de commande sur la base d'unités d'œuvre (UO). La consommation des "
          "UO fait l'objet d'un tableau de bord mensuel ; le titulaire alerte l'EPF lorsque 80 % du volume "
          "d'UO d'un bon de commande est consommé."),
        H("6. Qualité du code et reprise des données"),
        P("Les scripts d'insertion et de mise à jour de données en base sont rejouables et accompagnés de leur "
          "script de retour arrière. Le taux de couverture des tests unitaires des modules modifiés est d'au moins "
          "70 %. L'analyse statique du code (SonarQube) ne doit révéler aucune anomalie bloquante."),
        H("7. Sécurité des systèmes d'information"),
        P("Le titulaire respecte la politique de sécurité de l'EPF : comptes nominatifs, authentification à deux "
          "facteurs pour les accès distants, journalisation, correctifs de sécurité appliqués dans un délai de 30 "
          "jours (7 jours pour les vulnérabilités critiques). Les données personnelles sont traitées conformément au "
          "RGPD ; un accord de sous-traitance au sens de l'article 28 est annexé au marché."),
        H("8. Disponibilité et accessibilité du service"),
        P("Le support est accessible de 8 h 30 à 18 h les jours ouvrés par le portail de tickets et par téléphone. "
          "Le titulaire s'engage sur un taux de disponibilité de la plateforme de tickets de 99 %."),
        H("9. Personnel et compétences"),
        P("L'équipe comprend un chef de projet, deux développeurs et un administrateur de bases de données. Tout "
          "remplacement de personnel est soumis à l'accord de l'EPF et accompagné d'un tuilage de dix jours ouvrés "
          "au moins, à la charge du titulaire. Les utilisateurs clés de l'EPF bénéficient d'une formation d'une "
          "demi-journée à chaque version majeure."),
        H("10. Comitologie"),
        P("Un comité de suivi mensuel et un comité de pilotage semestriel sont tenus. Le titulaire rédige les comptes "
          "rendus sous trois jours ouvrés."),
        H("11. Réversibilité"),
        P("En fin de marché, le titulaire transfère au nouveau prestataire ou à l'EPF la documentation, les sources, "
          "les scripts de déploiement et la base de connaissance, et assure trente jours d'accompagnement."),
    ]
    lab = L()
    return D("d13_CCTP.docx", "CCTP", "EPF de Haute-Vallière – TMA du SIF – CCTP",
             "Consultation EPF-SI-2027-02", blocks, lab,
             note="Aucune considération. Pièges : environnements (informatique), consommation d'unités d'œuvre, "
                  "scripts d'insertion de données, accessibilité (horaires du support), formation des utilisateurs, "
                  "sécurité, personnel.")


def d14():
    blocks = [
        TITLE("UNIVERSITÉ DE SORVANNE – Direction du numérique", "CCTP",
              "Fourniture, installation et maintenance de postes de travail et d'écrans",
              "Accord-cadre 2027-DN-11"),
        H("Art. 1 – Objet"),
        P("Le présent CCTP définit les caractéristiques des ordinateurs fixes, portables et écrans destinés aux "
          "personnels et aux salles d'enseignement, ainsi que les prestations associées : préparation (masterisation), "
          "livraison, installation, garantie et maintenance sur site."),
        H("Art. 2 – Configurations"),
        RTAB([["Configuration", "Caractéristiques minimales"],
              ["Poste fixe bureautique", "Processeur 8 cœurs, 16 Go, SSD 512 Go, format compact"],
              ["Portable standard", "14 pouces, 16 Go, SSD 512 Go, autonomie ≥ 10 h"],
              ["Écran 24 pouces", "IPS, réglable en hauteur, USB-C"]], widths=[2, 4]),
        H("Art. 3 – Masterisation"),
        P("Le titulaire installe l'image système fournie par l'université (Windows ou Linux selon le site) et "
          "réalise l'insertion des postes dans l'annuaire de l'université. Les étiquettes d'inventaire sont posées "
          "avant la livraison."),
        H("Art. 4 – Livraison et emballages"),
        P("Les matériels sont livrés sur palettes dans les locaux désignés, du lundi au jeudi. Pour les livraisons de "
          "plus de dix unités, le titulaire livre en emballage collectif (vrac) et non en cartons individuels, et "
          "reprend l'ensemble des emballages et palettes lors de la livraison."),
        H("Art. 5 – Garantie et maintenance"),
        P("La garantie est de cinq ans pièces, main-d'œuvre et déplacement, avec intervention sur site en J+1 ouvré. "
          "Les disques remplacés restent la propriété de l'université pour des raisons de sécurité des données."),
        H("Art. 6 – Reprise des matériels remplacés"),
        P("À chaque livraison, le titulaire reprend gratuitement un nombre équivalent de matériels réformés désignés "
          "par l'université et les confie à une filière de réemploi ou, à défaut, de traitement des DEEE agréée ; il "
          "remet un certificat d'effacement des données et un certificat de traitement par lot de matériels repris."),
        H("Art. 7 – Énergie et acoustique"),
        P("La consommation électrique mesurée en veille et en fonctionnement typique est indiquée dans la fiche "
          "technique de chaque configuration. Le niveau de bruit des postes des salles d'enseignement ne dépasse pas "
          "30 dB(A) en bureautique."),
        H("Art. 8 – Conditions de fabrication"),
        P("Le titulaire s'assure que les matériels sont fabriqués dans le respect des conventions fondamentales de "
          "l'Organisation internationale du travail sur l'ensemble de sa chaîne d'approvisionnement. Il communique à "
          "l'université, à sa demande, la liste des sites d'assemblage et les rapports d'audit social les plus "
          "récents, et présente un plan d'actions correctives en cas de manquement constaté."),
        H("Art. 9 – Accessibilité"),
        P("Les claviers proposés sont disponibles en disposition AZERTY française normalisée ; des claviers à grosses "
          "touches sont proposés au bordereau pour les agents qui en ont besoin, sur prescription du médecin du travail."),
        H("Art. 10 – Portail de commande"),
        P("Le titulaire met à disposition un portail de commande accessible aux correspondants informatiques, avec "
          "suivi des livraisons et des incidents."),
        H("Art. 11 – Suivi du marché"),
        P("Un tableau de bord trimestriel indique les quantités livrées, les délais, les incidents et le nombre de "
          "matériels repris et réemployés."),
    ]
    lab = L(clause_sociale=1, clause_environnementale=1,
            evidence=["livre en emballage collectif (vrac) et non en cartons individuels",
                      "les confie à une filière de réemploi ou, à défaut, de traitement des DEEE agréée",
                      "fabriqués dans le respect des conventions fondamentales de l'Organisation internationale du "
                      "travail"])
    return D("d14_CCTP.pdf", "CCTP", "Université de Sorvanne – Postes de travail – CCTP",
             "Accord-cadre 2027-DN-11 – CCTP", blocks, lab, cols=2, hyphen=True,
             note="Vraies clauses : emballage collectif et reprise, reprise des matériels pour réemploi (environnement) ; "
                  "conventions fondamentales de l'OIT dans la chaîne d'approvisionnement (sociale, sans insertion). "
                  "Pièges : insertion des postes dans l'annuaire, consommation électrique à indiquer, bruit, "
                  "accessibilité (claviers adaptés : fourniture au bordereau).")


def d15():
    blocks = [
        TITLE("Communauté de communes des Monts d'Aurelle", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Transport scolaire des élèves des écoles et du collège", "Lot 4 – Circuits de Salvagnac et de la Bastide"),
        H("ARTICLE 1 – OBJET ET DÉCOUPAGE"),
        P("Les services de transport scolaire sont répartis en six lots géographiques. Le présent cahier décrit le lot "
          "4, qui comprend deux circuits desservant le regroupement pédagogique de Salvagnac et le collège Paul-Alary "
          "de la Bastide, ainsi qu'un service spécifique pour deux élèves en situation de handicap scolarisés en ULIS."),
        H("ARTICLE 2 – CONSISTANCE DES CIRCUITS"),
        RTAB([["Circuit", "Points d'arrêt", "Kilométrage journalier", "Élèves inscrits"],
              ["S1 – Salvagnac / RPI", "9", "64 km", "38"],
              ["B2 – La Bastide / collège", "12", "92 km", "51"],
              ["ULIS – domicile / collège", "2", "58 km", "2"]],
             widths=[3, 1.4, 2, 1.6], align="lrrr"),
        H("ARTICLE 3 – HORAIRES"),
        P("Les horaires figurent en annexe ; ils sont arrêtés chaque année en juillet après concertation avec les "
          "établissements. Une tolérance de cinq minutes est admise à l'arrivée, aucune avance n'étant tolérée aux "
          "points d'arrêt."),
        H("ARTICLE 4 – VÉHICULES"),
        P("Les véhicules affectés sont des autocars de 49 places au moins pour le circuit B2 et de 35 places pour le "
          "circuit S1. Ils satisfont aux règles techniques et de sécurité applicables au transport en commun "
          "d'enfants, sont équipés de ceintures de sécurité et de la signalisation « transport d'enfants », et ont "
          "moins de quinze ans d'âge au premier jour du marché."),
        P("Le service ULIS est assuré par un véhicule de moins de 9 places équipé d'une rampe d'accès pour fauteuil "
          "roulant et des dispositifs d'arrimage homologués, l'un des deux élèves se déplaçant en fauteuil."),
        H("ARTICLE 5 – CONDUCTEURS"),
        P("Les conducteurs sont titulaires du permis de la catégorie requise et de la formation continue obligatoire "
          "(FCO) à jour. Le titulaire communique leur nom en début d'année et tout changement dans les 48 heures. Il "
          "veille à affecter, dans la mesure du possible, le même conducteur à un circuit toute l'année."),
        H("ARTICLE 6 – ACCOMPAGNEMENT"),
        P("Un accompagnateur est présent dans le véhicule du service ULIS. Il est employé par le titulaire et formé "
          "par lui aux gestes de premiers secours et à la manipulation des dispositifs d'arrimage. Sur les autres "
          "circuits, l'accompagnement est assuré par le personnel communal lorsque des enfants de maternelle sont "
          "transportés."),
        H("ARTICLE 7 – SÉCURITÉ AUX POINTS D'ARRÊT"),
        P("Le conducteur ne fait monter et descendre les élèves qu'aux points d'arrêt déclarés, feux de détresse "
          "allumés. Il signale à l'autorité organisatrice tout point d'arrêt devenu dangereux."),
        H("ARTICLE 8 – CARBURANT ET FRAIS D'EXPLOITATION"),
        P("Le carburant, l'entretien, l'assurance et les péages éventuels sont à la charge du titulaire. La variation "
          "du coût du gazole est prise en compte par la formule de révision du CCAP ; la consommation réelle des "
          "véhicules n'a pas à être justifiée."),
        H("ARTICLE 9 – INCIDENTS ET DISCIPLINE"),
        P("Le titulaire transmet sous 24 heures un rapport d'incident (retard, panne, accident, indiscipline). Les "
          "titres de transport sont émis par l'autorité organisatrice ; l'émission de duplicata reste de sa compétence."),
        H("ARTICLE 10 – CONTRÔLES"),
        P("L'autorité organisatrice peut contrôler à tout moment les véhicules, les documents des conducteurs et le "
          "respect des horaires. Les manquements donnent lieu aux pénalités prévues au CCAP."),
    ]
    lab = L(allotissement=1, nb_lots=6, evidence=["répartis en six lots géographiques"])
    return D("d15_CCTP.pdf", "CCTP", "CC des Monts d'Aurelle – Transport scolaire – CCTP lot 4",
             "Lot 4 – année scolaire 2027-2028", blocks, lab, hyphen=True,
             note="Aucune considération. Pièges : élèves en situation de handicap (objet du service), rampe "
                  "d'accès, formation (FCO réglementaire, premiers secours), consommation de carburant, émission des "
                  "titres, sécurité.")


def d16():
    blocks = [
        TITLE("VILLE DE ROCHEVAL", "Cahier des clauses particulières",
              "Service de navettes urbaines gratuites centre-ville / gare / zone des Carmes",
              "Marché public de services – procédure adaptée – pièce unique"),
        H("Chapitre I – Dispositions générales"),
        *A("Objet",
           "Le marché a pour objet l'exploitation d'un service de navettes urbaines gratuites sur deux lignes (L1 "
           "centre-ville / gare, L2 centre-ville / zone d'activités des Carmes), du lundi au samedi, de 7 h à 19 h 30. "
           "Le marché n'est pas décomposé en lots, les deux lignes partageant le même dépôt et les mêmes conducteurs."),
        *A("Durée et montant estimé",
           "Le marché est conclu pour une durée de deux ans à compter du 2 janvier 2028. Le montant estimé des "
           "prestations sur la durée totale du marché est de 120 000 € HT."),
        *A("Pièces contractuelles",
           "Acte d'engagement, présent CCP, décomposition du prix global et forfaitaire, CCAG-FCS, offre technique."),
        H("Chapitre II – Exécution du service"),
        *A("Véhicules",
           "Le titulaire affecte au service deux minibus de 22 places au moins, à plancher bas, équipés d'une palette "
           "d'accès pour fauteuil roulant conformément à la réglementation relative à l'accessibilité des transports "
           "publics, ainsi qu'un véhicule de réserve.",
           "Les véhicules affectés répondent au minimum à la norme Euro VI ; à compter du 1er janvier 2029, l'un au "
           "moins des deux minibus en ligne est à motorisation électrique ou au bioGNV. Le titulaire tient à la "
           "disposition de la ville le relevé annuel des kilomètres parcourus et de l'énergie consommée par véhicule."),
        *A("Conducteurs",
           "Les conducteurs sont titulaires du permis D et de la FCO. Avant la mise en service, ils suivent une "
           "formation à l'éco-conduite de sept heures au moins, dont le titulaire justifie par une attestation ; ils "
           "sont formés à l'accueil des voyageurs et à la sécurité."),
        *A("Information des voyageurs",
           "Le titulaire affiche les horaires aux arrêts et dans les véhicules ; il signale toute perturbation sur le "
           "site de la ville dans l'heure. Les annonces sonores et visuelles des arrêts sont obligatoires."),
        *A("Qualité de service",
           "La ponctualité est mesurée mensuellement par le système d'aide à l'exploitation ; l'objectif est de 95 % de "
           "passages à l'heure (avance nulle, retard inférieur à trois minutes)."),
        H("Chapitre III – Dispositions financières et jugement des offres"),
        *A("Prix et paiement",
           "Le prix est global et forfaitaire, payé par mensualités. Il est révisé annuellement selon l'indice du coût "
           "de revient du transport routier de voyageurs publié par le CNR. Délai de paiement : 30 jours."),
        *A("Pénalités",
           "Course non réalisée : 80 € ; retard supérieur à dix minutes : 20 € ; véhicule non conforme aux "
           "stipulations du présent CCP : 300 € par jour."),
        *A("Critères d'attribution",
           "Les offres sont classées selon les critères suivants :",
           ["prix : 55 points ;", "valeur technique (organisation, continuité du service, maintenance) : 30 points ;",
            "performance environnementale des véhicules proposés (motorisation, émissions de CO2 et de polluants) : "
            "15 points."]),
    ]
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=0, montant_estime_ht=120000,
            evidence=["Les véhicules affectés répondent au minimum à la norme Euro VI",
                      "formation à l'éco-conduite",
                      "performance environnementale des véhicules proposés",
                      "Le marché n'est pas décomposé en lots",
                      "Le montant estimé des prestations sur la durée totale du marché est de 120 000 € HT"])
    return D("d16_CCP.docx", "CCAP", "Ville de Rocheval – Navettes urbaines – CCP",
             "Consultation 2027-NAV – CCP", blocks, lab,
             note="CCP de MAPA étiqueté CCAP. Vraies considérations : Euro VI puis électrique/bioGNV, éco-conduite "
                  "(clause) ; critère « performance environnementale » 15 points. Pièges : accessibilité "
                  "réglementaire des véhicules, énergie consommée (relevé).")


def d17():
    blocks = [
        TITLE("OFFICE PUBLIC DE L'HABITAT VALLÉE DE LA BRÊME", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Maintenance des ascenseurs du patrimoine (34 appareils)"),
        *A("Objet",
           "Le marché porte sur l'entretien des ascenseurs installés dans les immeubles de l'Office, selon un contrat "
           "d'entretien étendu au sens de l'article R. 134-2 du code de la construction et de l'habitation, et sur les "
           "réparations hors forfait exécutées sur devis."),
        *A("Parc concerné",
           "Le parc comprend 34 appareils électriques à traction et 3 appareils hydrauliques, de charges comprises "
           "entre 450 et 630 kg, desservant de 4 à 11 niveaux. L'inventaire détaillé (marque, année, niveau de "
           "modernisation) est joint en annexe."),
        *A("Visites d'entretien",
           "Le titulaire effectue une visite toutes les six semaines, comprenant l'examen du fonctionnement, le "
           "nettoyage de la cuvette et du toit de cabine, le graissage et la vérification des organes de sécurité "
           "(parachute, limiteur de vitesse, serrures de portes palières). La fiche de visite est insérée dans le "
           "carnet d'entretien de l'appareil, conservé en local des machines."),
        *A("Pannes et dépannages",
           "Le titulaire assure le dépannage 24 h/24 et 7 j/7. La libération d'une personne bloquée intervient dans un "
           "délai d'une heure. Toute panne est enregistrée avec sa cause, la durée d'immobilisation et les pièces "
           "remplacées."),
        *A("Pièces d'usure",
           "Sont comprises dans le forfait les pièces d'usure listées en annexe 2 (patins de guidage, contacts, "
           "lampes de cabine, galets de porte, câbles de suspension dans la limite d'un remplacement par appareil sur "
           "la durée du marché). L'insertion d'une pièce de substitution non conforme à l'origine est soumise à "
           "l'accord préalable de l'Office."),
        *A("Alimentation en énergie et mise en sécurité",
           "Avant toute intervention, le technicien consigne l'alimentation en énergie électrique de l'appareil selon "
           "la procédure de l'entreprise et appose la signalisation « appareil en maintenance » aux paliers. La "
           "consommation électrique des appareils est facturée à l'Office par son fournisseur et n'entre pas dans le "
           "marché."),
        *A("Bruits et vibrations",
           "Le titulaire traite dans un délai de quinze jours les réclamations des locataires relatives aux bruits "
           "anormaux (claquements de portes, vibrations de machinerie) et en rend compte."),
        *A("Accessibilité des locaux techniques",
           "L'Office remet au titulaire les clés des locaux des machines et des toitures. Les accès sont maintenus "
           "dégagés ; les anomalies d'éclairage ou de garde-corps constatées sont signalées par écrit."),
        *A("Personnel",
           "Les techniciens sont formés aux appareils du parc et titulaires d'une habilitation électrique. Le titulaire "
           "désigne un interlocuteur unique et un suppléant."),
        *A("Contrôle technique quinquennal",
           "Le titulaire assiste le contrôleur technique lors du contrôle quinquennal prévu par le code de la "
           "construction et de l'habitation et lève les observations relevant de son contrat dans un délai de deux mois."),
        *A("Rapport annuel",
           "Le rapport annuel d'activité prévu par la réglementation comprend pour chaque appareil le taux de "
           "disponibilité, le nombre de pannes, les travaux réalisés et les préconisations de modernisation."),
    ]
    lab = L()
    return D("d17_CCTP.pdf", "CCTP", "OPH Vallée de la Brême – Maintenance des ascenseurs – CCTP",
             "Marché 2027-ASC – CCTP", blocks, lab,
             note="Aucune considération. Pièges : énergie (consignation), consommation électrique (hors marché), "
                  "insertion d'une pièce, fiche insérée, bruit, accessibilité des locaux techniques, personnel.")


def d18():
    blocks = [
        TITLE("COMMUNE DE MONTFERRAND-LA-COMBE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Réhabilitation et extension du gymnase Pierre-et-Anne Varenne", "Marchés de travaux – Procédure adaptée"),
        H("ARTICLE 1 – OBJET – DÉCOMPOSITION"),
        P("Les stipulations du présent CCAP s'appliquent aux marchés de travaux de réhabilitation et d'extension du "
          "gymnase communal. Les travaux sont répartis en sept lots faisant chacun l'objet d'un marché distinct : lot "
          "01 gros œuvre ; lot 02 charpente – couverture – bardage ; lot 03 menuiseries ; lot 04 plâtrerie – peinture ; "
          "lot 05 sols sportifs ; lot 06 électricité ; lot 07 plomberie – chauffage – ventilation."),
        P("Le montant prévisionnel de l'ensemble des travaux est estimé à 1 450 000 € HT."),
        H("ARTICLE 2 – PIÈCES CONSTITUTIVES DU MARCHÉ"),
        P("Acte d'engagement et DPGF du lot ; présent CCAP ; CCTP du lot et cahier des prescriptions communes ; "
          "plans ; CCAG-Travaux (arrêté du 30 mars 2021) ; planning prévisionnel."),
        H("ARTICLE 3 – DÉLAIS D'EXÉCUTION"),
        P("Le délai global est de quatorze mois à compter de l'ordre de service de démarrage, dont un mois de "
          "préparation. Le calendrier détaillé est établi par l'OPC et notifié par ordre de service."),
        H("ARTICLE 4 – PRIX – VARIATION"),
        P("Les prix sont forfaitaires, actualisables selon l'index BT ou TP du lot figurant à l'acte d'engagement. "
          "Les prix sont réputés comprendre toutes les charges fiscales, parafiscales et sociales."),
        H("ARTICLE 5 – AVANCE – RETENUE DE GARANTIE"),
        P("Une avance de 10 % est versée lorsque le montant du lot dépasse 50 000 € HT, sauf refus du titulaire. Une "
          "retenue de garantie de 5 % est appliquée, qui peut être remplacée par une garantie à première demande."),
        H("ARTICLE 6 – SOUS-TRAITANCE"),
        P("Les demandes d'acceptation des sous-traitants indiquent la raison sociale, l'adresse, le SIRET, la nature "
          "et le montant des prestations sous-traitées. Le paiement direct s'applique au-delà de 600 € TTC."),
        H("ARTICLE 7 – PÉRIODE DE PRÉPARATION"),
        P("Pendant la période de préparation, chaque titulaire remet ses plans d'exécution, son PPSPS et le planning "
          "de ses approvisionnements. Les titulaires des lots 01, 02 et 04 remettent en outre la fiche de mise en "
          "œuvre de l'action d'insertion prévue à l'article 11."),
        H("ARTICLE 8 – ORGANISATION DU CHANTIER – COMPTE PRORATA"),
        P("Les dépenses communes (consommations d'eau et d'électricité, nettoyage des parties communes du chantier, "
          "gardiennage) sont réparties selon la convention de compte prorata. La base vie est installée par le lot 01."),
        H("ARTICLE 9 – HYGIÈNE ET SÉCURITÉ"),
        P("L'opération est soumise à coordination SPS de niveau 2. Chaque titulaire respecte le PGC et met en œuvre "
          "les mesures de sécurité qui lui incombent ; le gymnase voisin restant ouvert, l'accessibilité des issues "
          "de secours de la salle existante est maintenue en permanence."),
        H("ARTICLE 10 – PÉNALITÉS"),
        LST(["retard dans l'exécution : 1/3000e du montant du marché par jour calendaire, avec un minimum de 150 € ;",
             "absence aux réunions de chantier : 100 € par absence ;",
             "non-respect des obligations de l'article 11 : 40 € par heure d'insertion non réalisée."]),
        H("ARTICLE 11 – OBLIGATIONS PARTICULIÈRES DU TITULAIRE"),
        P("11.1. Le titulaire est tenu de respecter la réglementation relative au travail détaché et de remettre les "
          "attestations prévues à l'article D. 8222-5 du code du travail tous les six mois."),
        P("11.2. Pour les lots 01, 02 et 04, le titulaire réserve à des personnes rencontrant des difficultés "
          "sociales ou professionnelles particulières (demandeurs d'emploi de longue durée, allocataires de minima "
          "sociaux, jeunes sans qualification, travailleurs handicapés) un nombre minimal d'heures de travail fixé "
          "à : lot 01 : 700 heures ; lot 02 : 300 heures ; lot 04 : 200 heures. Le facilitateur du PLIE du Pays de "
          "la Combe accompagne le titulaire et valide les justificatifs."),
        P("11.3. Le titulaire informe le maître d'ouvrage de tout accident du travail survenu sur le chantier."),
        H("ARTICLE 12 – RÉCEPTION"),
        P("La réception est prononcée dans les conditions de l'article 41 du CCAG-Travaux. Les opérations préalables "
          "incluent la remise du DOE et du DIUO."),
        H("ARTICLE 13 – RÉSILIATION – LITIGES"),
        P("Les articles 46 à 50 du CCAG-Travaux s'appliquent. Tribunal administratif compétent : Clermont-Ferrand."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, allotissement=1, nb_lots=7,
            montant_estime_ht=1450000,
            evidence=["réserve à des personnes rencontrant des difficultés sociales ou professionnelles particulières",
                      "lot 01 : 700 heures ; lot 02 : 300 heures ; lot 04 : 200 heures",
                      "[700 + 300 + 200 = 1200]", "répartis en sept lots",
                      "est estimé à 1 450 000 € HT"])
    return D("d18_CCAP.pdf", "CCAP", "Commune de Montferrand-la-Combe – Gymnase – CCAP",
             "CCAP commun aux 7 lots – DCE", blocks, lab, hyphen=True,
             note="Vraie clause : heures d'insertion par lot à l'article 11 « obligations particulières » (somme "
                  "1 200). Pièges : charges sociales, raison sociale, travail détaché (rappel), accessibilité des "
                  "issues de secours, consommations d'eau du compte prorata.")


def d19():
    blocks = [
        TITLE("Commune d'Essarville", "CCAP", "Extension et mise en accessibilité de la mairie",
              "Marchés de travaux passés selon une procédure adaptée (article R. 2123-1 du CCP)"),
        *A("Objet et décomposition",
           "Le présent CCAP, commun à tous les lots, concerne les travaux d'extension de la mairie (salle du conseil et "
           "bureaux) et la mise en accessibilité du bâtiment existant. Les travaux sont décomposés en huit lots. "
           "Le montant des travaux, tous lots confondus, est estimé à 890 000 € HT.",
           "Le présent marché n'est pas un marché réservé au sens des articles L. 2113-12 à L. 2113-16 du code de la "
           "commande publique."),
        *A("Intervenants",
           "Maître d'ouvrage : commune d'Essarville. Maîtrise d'œuvre : groupement Atelier Sérac architectes "
           "(mandataire) et BET Fluidia. Contrôleur technique : missions L, SEI, HAND. Coordonnateur SPS : niveau 2."),
        *A("Pièces contractuelles",
           ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP du lot et ses annexes ;",
            "la décomposition du prix global et forfaitaire (DPGF) ;", "le CCAG-Travaux en vigueur."]),
        *A("Prix",
           "Les marchés sont conclus à prix global et forfaitaire, révisables par application de l'index BT01 pour "
           "les lots de bâtiment. Les prix comprennent notamment les frais de personnel, les charges sociales et "
           "fiscales et les frais généraux."),
        *A("Délais",
           "Délai global de dix mois, période de préparation de quatre semaines incluse. Les délais propres à chaque "
           "lot résultent du calendrier détaillé. Les journées d'intempéries sont constatées selon l'article 18.2 du "
           "CCAG-Travaux, le seuil étant fixé à 10 mm de précipitations par jour."),
        *A("Mise en accessibilité",
           "Les travaux de mise en accessibilité (rampe, ascenseur, sanitaires adaptés, boucle magnétique à l'accueil) "
           "sont réalisés conformément à l'agenda d'accessibilité programmée approuvé par arrêté préfectoral et aux "
           "règles applicables aux établissements recevant du public existants. Ils font l'objet d'une attestation "
           "de conformité du contrôleur technique."),
        *A("Installations de chantier",
           "Le lot 01 installe la base vie, les clôtures et le panneau de chantier. Les consommations d'eau et "
           "d'électricité sont réparties au compte prorata. Chaque entreprise assure l'enlèvement de ses propres "
           "gravois et le nettoyage de ses zones de travail ; à défaut, le nettoyage est fait à ses frais après "
           "mise en demeure restée sans effet pendant 48 heures."),
        *A("Maintien du service public",
           "La mairie reste ouverte au public pendant toute la durée des travaux. Les travaux bruyants dans les "
           "locaux occupés sont programmés le lundi matin, jour de fermeture au public, ou après 17 h."),
        *A("Obligations sociales",
           "Le titulaire transmet les attestations de l'article D. 8222-5 du code du travail et la liste nominative "
           "des salariés étrangers soumis à autorisation de travail. Il justifie du respect de l'obligation d'emploi "
           "des travailleurs handicapés (articles L. 5212-1 et suivants du code du travail)."),
        *A("Pénalités",
           "Retard : 200 € par jour calendaire. Non-remise du DOE : 100 € par jour. Absence en réunion : 80 €."),
        *A("Garanties",
           "Retenue de garantie de 5 %, remplaçable par une garantie à première demande. Garantie de parfait "
           "achèvement d'un an ; garanties biennale et décennale selon les articles 1792 et suivants du code civil."),
        *A("Assurances",
           "Les titulaires justifient d'une assurance de responsabilité décennale couvrant les ouvrages exécutés, pour "
           "un montant au moins égal à 900 000 € par sinistre."),
        *A("Litiges",
           "Le tribunal administratif d'Amiens est compétent ; un recours au comité consultatif de règlement amiable "
           "peut être préalablement engagé."),
    ]
    lab = L(allotissement=1, nb_lots=8, montant_estime_ht=890000,
            evidence=["Les travaux sont décomposés en huit lots",
                      "tous lots confondus, est estimé à 890 000 € HT"])
    return D("d19_CCAP.docx", "CCAP", "Commune d'Essarville – Extension de la mairie – CCAP",
             "CCAP – MAPA travaux 2027-01", blocks, lab,
             note="Aucune considération. Pièges : « n'est pas un marché réservé » avec les articles L. 2113-12 à "
                  "L. 2113-16, mise en accessibilité (objet des travaux, réglementation), mission HAND, charges "
                  "sociales, L. 5212-1 (rappel légal), gravois (propreté), bruit (fonctionnement du service).")


def d20():
    blocks = [
        TITLE("VILLE DE LORGEVAL", "CAHIER DES CLAUSES PARTICULIÈRES", "Entretien des espaces verts et des cimetières",
              "MAPA de services – 3 lots – Pièce unique (clauses administratives et techniques)"),
        H("Article 1 – Objet et allotissement"),
        P("La consultation porte sur l'entretien des espaces verts communaux. Elle est décomposée en trois lots :"),
        LST(["Lot 1 – Parcs, squares et abords des bâtiments (18 ha) ;",
             "Lot 2 – Entretien des trois cimetières communaux ;",
             "Lot 3 – Fauchage des accotements et chemins ruraux."]),
        P("Le lot 2 est réservé, en application de l'article L. 2113-12 du code de la commande publique, aux "
          "entreprises adaptées, aux établissements et services d'aide par le travail et aux structures "
          "équivalentes qui emploient au moins 50 % de travailleurs handicapés."),
        H("Article 2 – Durée et montant"),
        P("Chaque lot est conclu pour un an, reconductible deux fois. Le montant total estimé du marché, tous lots "
          "confondus et sur sa durée maximale de trois ans, s'élève à 174 000 € HT."),
        H("Article 3 – Prestations du lot 1"),
        P("Tonte des pelouses (14 passages par an), taille des haies (2 passages), entretien des massifs et des "
          "jardinières, ramassage des papiers et des feuilles. Les déchets verts sont apportés par le titulaire à la "
          "plateforme communale de la rue des Saules, dont l'accès lui est gratuit."),
        H("Article 4 – Prestations du lot 2"),
        P("Désherbage manuel ou mécanique des allées et inter-tombes, entretien des haies et des espaces enherbés, "
          "vidage des corbeilles et bacs du cimetière. Les interventions sont interrompues pendant les cérémonies "
          "d'obsèques ; le personnel adopte une tenue et un comportement discrets."),
        H("Article 5 – Prestations du lot 3"),
        P("Fauchage de l'accotement sur une largeur de 1,20 m en mai et en septembre, débroussaillage des fossés une "
          "fois par an. La signalisation temporaire de chantier mobile est à la charge du titulaire."),
        H("Article 6 – Matériel et sécurité"),
        P("Le titulaire fournit un matériel adapté et en bon état, conforme aux règles de sécurité. Les engins "
          "circulant sur la voie publique sont équipés d'un gyrophare et d'une signalisation « véhicule lent »."),
        H("Article 7 – Suivi et contrôle"),
        P("Une fiche d'intervention est transmise chaque semaine au service des espaces verts. Des visites "
          "contradictoires ont lieu chaque mois ; les prestations mal exécutées sont reprises sous trois jours."),
        H("Article 8 – Prix et paiement"),
        P("Prix unitaires du BPU, révisables annuellement selon l'indice ICHT-rev-TS ; paiement à 30 jours sur "
          "facture mensuelle déposée sur Chorus Pro."),
        H("Article 9 – Pénalités"),
        P("Passage non effectué : 150 € HT ; retard de reprise : 50 € HT par jour ; absence de fiche : 30 € HT."),
        H("Article 10 – Critères de jugement des offres"),
        P("Pour chaque lot : prix des prestations 60 % ; valeur technique 40 % (méthodologie et planning 20 %, moyens "
          "humains et matériels affectés 15 %, mesures de sécurité des usagers 5 %)."),
        H("Article 11 – Litiges"),
        P("Tribunal administratif de Rennes."),
    ]
    lab = L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=3, montant_estime_ht=174000,
            evidence=["Le lot 2 est réservé, en application de l'article L. 2113-12 du code de la commande publique",
                      "Elle est décomposée en trois lots",
                      "tous lots confondus et sur sa durée maximale de trois ans, s'élève à 174 000 € HT"])
    return D("d20_CCP.pdf", "CCAP", "Ville de Lorgeval – Espaces verts et cimetières – CCP",
             "MAPA 2027-EV – CCP", blocks, lab, cols=2, hyphen=True,
             note="CCP de MAPA étiqueté CCAP. Vraie considération : lot 2 réservé L. 2113-12. Pièges : déchets verts "
                  "apportés à la plateforme (logistique de la prestation), moyens humains dans la valeur technique, "
                  "sécurité des usagers.")


def d21():
    blocks = [
        TITLE("Centre communal d'action sociale de Trémolat-Vieux", "Cahier des clauses techniques particulières",
              "Exploitation et maintenance des installations de chauffage et d'eau chaude sanitaire",
              "Résidence autonomie Les Ormeaux – Foyer-restaurant – Locaux administratifs du CCAS"),
        H("Article 1 – Objet"),
        P("Le marché a pour objet la conduite, l'entretien courant et le dépannage (prestations de type P2) des "
          "installations thermiques des trois bâtiments du CCAS. La fourniture de combustible (P1) et le gros "
          "entretien – renouvellement (P3) ne sont pas compris ; le gaz naturel est acheté par le CCAS dans le cadre "
          "d'un groupement de commandes."),
        H("Article 2 – Description des installations"),
        RTAB([["Site", "Production", "Puissance", "ECS"],
              ["Résidence Les Ormeaux", "2 chaudières gaz à condensation en cascade", "2 × 150 kW", "Préparateur 1 500 l"],
              ["Foyer-restaurant", "1 chaudière gaz murale", "45 kW", "Ballon 300 l"],
              ["Locaux administratifs", "Pompe à chaleur air/eau", "28 kW", "Ballon électrique 150 l"]],
             widths=[2.2, 3, 1.4, 1.8]),
        H("Article 3 – Période de chauffage et températures"),
        P("La période de chauffage s'étend du 1er octobre au 15 mai, avec remise en route anticipée sur simple "
          "demande. La température est de 22 °C dans les logements de la résidence, occupés par des personnes âgées, "
          "et de 19 °C dans les locaux administratifs."),
        H("Article 4 – Conduite des installations"),
        P("Le titulaire assure une visite hebdomadaire à la résidence et mensuelle sur les autres sites : contrôle "
          "des paramètres, réglage des lois d'eau, vérification des sécurités, purge des points hauts. Les index des "
          "compteurs de gaz et d'eau d'appoint sont relevés à chaque visite et reportés sur le livret de chaufferie."),
        H("Article 5 – Entretien annuel et contrôles réglementaires"),
        P("L'entretien annuel des chaudières comprend le nettoyage des corps de chauffe, l'analyse de combustion et "
          "la mesure des émissions de monoxyde de carbone. Le titulaire réalise le contrôle périodique de "
          "l'efficacité énergétique des chaudières de 4 à 400 kW imposé par le code de l'environnement et remet "
          "l'attestation réglementaire au CCAS."),
        H("Article 6 – Eau chaude sanitaire et légionelle"),
        P("Le titulaire maintient la température de production à 55 °C au moins et réalise un choc thermique après "
          "tout arrêt prolongé. Les analyses de légionelle sont commandées par le CCAS ; le titulaire assiste le "
          "laboratoire et met en œuvre les mesures correctives qui relèvent de son contrat."),
        H("Article 7 – Traitement de l'eau"),
        P("Le titulaire contrôle chaque trimestre la qualité de l'eau des circuits de chauffage (pH, TH, conductivité) "
          "et l'appoint d'eau ; le pot à boues est vidangé deux fois par an. Les produits de traitement sont compris "
          "dans le forfait."),
        H("Article 8 – Dépannage"),
        P("Astreinte 24 h/24 ; délai d'intervention de 2 heures pour la résidence en période de chauffe, de 4 heures "
          "pour les autres sites. Les pièces sont facturées sur devis au-delà de 300 € HT par intervention."),
        H("Article 9 – Sécurité des résidents"),
        P("Les chaufferies sont maintenues fermées à clé. Toute intervention dans les logements se fait en présence "
          "d'un agent du CCAS ; le technicien présente sa carte professionnelle."),
        H("Article 10 – Personnel du titulaire"),
        P("Le titulaire affecte un technicien référent formé aux chaudières à condensation et aux pompes à chaleur, "
          "titulaire de l'attestation de capacité pour la manipulation des fluides frigorigènes. Il communique sa "
          "raison sociale, son numéro d'astreinte et les coordonnées de son assureur."),
        H("Article 11 – Compte rendu annuel"),
        P("Un rapport annuel retrace les interventions, les pannes, les relevés d'index et les préconisations de "
          "travaux relevant du P3."),
    ]
    lab = L()
    return D("d21_CCTP.docx", "CCTP", "CCAS de Trémolat-Vieux – Chauffage et ECS – CCTP",
             "Marché P2 2027-2030 – CCTP", blocks, lab,
             note="Aucune considération. Pièges : « action sociale » dans le nom de l'acheteur, contrôle "
                  "réglementaire de l'efficacité énergétique et mesure des émissions de CO (obligation légale, objet "
                  "du service), relevés d'index, eau, personnes âgées, raison sociale.")


def d22():
    blocks = [
        TITLE("COMMUNE DE SAINTE-LUCE-DES-PRÉS", "CCTP – LOT 06",
              "Cloisons – doublages – faux plafonds – menuiseries intérieures",
              "Construction d'un pôle enfance (crèche de 24 berceaux et accueil périscolaire)"),
        H("06.1 – GÉNÉRALITÉS"),
        P("Le présent lot comprend les cloisons de distribution, les doublages thermiques et acoustiques, les faux "
          "plafonds et les menuiseries intérieures bois (blocs-portes, placards, habillages). L'entreprise se reporte "
          "au cahier des prescriptions communes à tous les lots pour l'organisation du chantier."),
        H("06.2 – RÉFÉRENCES NORMATIVES"),
        P("NF DTU 25.41 (ouvrages en plaques de plâtre), NF DTU 58.1 (plafonds suspendus), NF DTU 36.2 (menuiseries "
          "intérieures en bois), arrêté du 25 avril 2003 relatif à la limitation du bruit dans les établissements "
          "d'enseignement, règlement de sécurité incendie (type R et type O)."),
        H("06.3 – CLOISONS"),
        P("Cloisons de type 98/48 avec isolant en laine minérale de 45 mm entre salles d'activité, afin d'obtenir un "
          "isolement acoustique DnT,A ≥ 43 dB. Cloisons hydrofuges (plaques H1) dans les sanitaires et la "
          "biberonnerie. Les cloisons des dortoirs sont doublées d'une plaque haute dureté."),
        H("06.4 – DOUBLAGES"),
        P("Doublages collés ou sur ossature selon les plans, épaisseurs conformes à l'étude thermique du maître "
          "d'œuvre. Les boîtiers électriques du lot 07 sont de type étanche à l'air. L'insertion des gaines dans "
          "l'ossature se fait par les passages prévus ; tout percement supplémentaire des montants est interdit."),
        H("06.5 – FAUX PLAFONDS"),
        P("Faux plafonds acoustiques en dalles 600 × 600 de classe d'absorption A dans les salles d'activité et le "
          "restaurant, pour limiter la réverbération et le bruit ressenti par les enfants ; plafonds plaques "
          "démontables par trappes dans les circulations. Tenue au feu : réaction A2-s1, d0."),
        H("06.6 – BLOCS-PORTES"),
        P("Blocs-portes à âme pleine, huisseries métalliques, passage utile de 0,90 m au moins pour les portes des "
          "locaux accessibles au public, conformément à la réglementation relative à l'accessibilité aux personnes "
          "handicapées. Portes des salles d'activité équipées d'un anti-pince-doigts côté paumelles, exigence "
          "de sécurité propre aux établissements d'accueil du jeune enfant."),
        P("Portes coupe-feu EI 30 avec ferme-porte et ventouses asservies au SSI dans la circulation principale."),
        H("06.7 – PLACARDS ET HABILLAGES"),
        P("Placards en panneaux de particules mélaminés épaisseur 19 mm, chants ABS 2 mm, présentant une bonne "
          "durabilité aux chocs et au nettoyage fréquent. Tablettes réglables tous les 32 mm."),
        H("06.8 – TOLÉRANCES ET QUALITÉ DE FINITION"),
        P("Planéité sous la règle de 2 m : 5 mm ; finition des joints de niveau 3 dans les salles d'activité avant "
          "peinture (lot 09). Les réserves non levées dans le délai fixé donnent lieu aux retenues prévues au CCAP."),
        H("06.9 – PROTECTION ET NETTOYAGE"),
        P("L'entreprise protège ses ouvrages jusqu'à la réception. Les chutes de plaques et les emballages sont "
          "évacués chaque jour vers la benne commune du chantier. Le nettoyage de fin de chantier est à sa charge."),
        H("06.10 – DOCUMENTS À REMETTRE"),
        P("Procès-verbaux de classement au feu, fiches techniques, plans de repérage des trappes, notice d'entretien "
          "des placards et des portes."),
    ]
    lab = L(allotissement=1, evidence=["CCTP – LOT 06"])
    return D("d22_CCTP.pdf", "CCTP", "Commune de Sainte-Luce-des-Prés – Pôle enfance – CCTP lot 06",
             "Lot 06 Plâtrerie – Menuiseries intérieures", blocks, lab, hyphen=True,
             note="Aucune considération. Pièges : bruit (acoustique), insertion des gaines, accessibilité "
                  "(réglementation), sécurité, durabilité (résistance), emballages évacués vers la benne commune "
                  "(propreté, pas de tri).")


def d23():
    blocks = [
        TITLE("Communauté de communes Terres de Vézanne", "CAHIER DES CLAUSES PARTICULIÈRES",
              "Nettoyage des bâtiments communautaires (siège, médiathèque, piscine, pôle petite enfance)",
              "Marché passé selon la procédure adaptée – accord-cadre à bons de commande"),
        H("ARTICLE 1 – OBJET ET FORME"),
        P("Le marché porte sur le nettoyage courant et la remise en état périodique de quatre bâtiments "
          "communautaires. Il est passé sous la forme d'un accord-cadre à bons de commande mono-attributaire, sans "
          "minimum et avec un maximum de 45 000 € HT par an. Il n'est pas alloti, les quatre sites formant une "
          "même tournée."),
        H("ARTICLE 2 – DURÉE"),
        P("Un an à compter du 1er mars 2028, reconductible trois fois, soit une durée maximale de quatre ans ; le "
          "montant maximum sur la durée totale est ainsi de 180 000 € HT."),
        H("ARTICLE 3 – DESCRIPTION DES PRESTATIONS"),
        P("Les prestations et fréquences sont décrites site par site dans l'annexe 1. Elles comprennent notamment le "
          "nettoyage des bureaux, sanitaires, vestiaires et plages de la piscine, le lavage mécanisé des sols et la "
          "vitrerie accessible sans nacelle."),
        H("ARTICLE 4 – PRODUITS ET MATÉRIELS"),
        P("Le titulaire fournit les produits et matériels. Au pôle petite enfance, il utilise exclusivement les "
          "produits figurant au protocole validé par la directrice. Les fiches de données de sécurité sont remises "
          "avant le démarrage."),
        H("ARTICLE 5 – PERSONNEL ET CONDITIONS D'EXÉCUTION"),
        P("Le titulaire affecte un personnel formé, encadré par un chef d'équipe. Il applique la convention "
          "collective des entreprises de propreté, notamment son annexe 7 relative à la reprise du personnel."),
        P("En outre, en application de l'article L. 2112-2 du code de la commande publique, le titulaire réalise "
          "une action d'insertion professionnelle représentant au moins 600 heures de travail sur la durée maximale "
          "de l'accord-cadre au bénéfice de personnes éloignées de l'emploi, selon l'une des modalités décrites en "
          "annexe 2 (embauche directe, mise à disposition par une entreprise de travail temporaire d'insertion ou "
          "une association intermédiaire, sous-traitance à une SIAE). Le facilitateur de la Maison de l'emploi "
          "de Vézanne vérifie l'éligibilité des personnes."),
        H("ARTICLE 6 – CONTRÔLE DE LA QUALITÉ"),
        P("Contrôles contradictoires mensuels selon la grille de l'annexe 3 ; un taux de conformité inférieur à 80 % "
          "donne lieu à une réfaction de 5 % sur la facture du mois."),
        H("ARTICLE 7 – PRIX"),
        P("Prix unitaires du BPU, révisés annuellement : P = P0 × (0,125 + 0,875 × ICHT-rev-TS / ICHT-rev-TS0). "
          "Les prix incluent les salaires, charges sociales et frais de déplacement."),
        H("ARTICLE 8 – PAIEMENT"),
        P("Mandatement à 30 jours sur factures mensuelles déposées sur Chorus Pro, accompagnées des bons de "
          "commande exécutés."),
        H("ARTICLE 9 – PÉNALITÉS"),
        P("Prestation non exécutée : 100 € HT par site et par jour ; non-transmission de l'état des heures "
          "d'insertion : 50 € HT par semaine de retard ; heure d'insertion non réalisée : 25 € HT."),
        H("ARTICLE 10 – JUGEMENT DES OFFRES"),
        RTAB([["Critère", "Pondération"],
              ["Prix (BPU appliqué au détail quantitatif estimatif)", "50 %"],
              ["Valeur technique : organisation, encadrement, formation des agents, produits", "35 %"],
              ["Performance en matière d'insertion professionnelle des publics en difficulté (modalités proposées, "
               "accompagnement et tutorat)", "15 %"]], widths=[5, 1.2], align="lr"),
        H("ARTICLE 11 – RÉSILIATION ET LITIGES"),
        P("CCAG-FCS, articles 36 et suivants. Tribunal administratif de Limoges."),
    ]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=600, critere_social=1, allotissement=0,
            montant_max_ht=180000,
            evidence=["action d'insertion professionnelle représentant au moins 600 heures de travail",
                      "Performance en matière d'insertion professionnelle des publics en difficulté",
                      "Il n'est pas alloti",
                      "le montant maximum sur la durée totale est ainsi de 180 000 € HT"])
    return D("d23_CCP.docx", "CCAP", "CC Terres de Vézanne – Nettoyage – CCP",
             "MAPA 2027-NET – CCP", blocks, lab,
             note="CCP de MAPA étiqueté CCAP. Vraies considérations : 600 heures d'insertion (article « personnel et "
                  "conditions d'exécution »), critère insertion 15 %. Pièges : annexe 7 (obligation conventionnelle), "
                  "formation des agents dans la valeur technique, charges sociales, maximum annuel.")


def d24():
    blocks = [
        TITLE("SYNDICAT INTERCOMMUNAL D'ÉNERGIE DU HAUT-ARDAN (SIEHA)", "CCTP",
              "Services de telephonie mobile et maintenance du parc de terminaux",
              "Lot 1 : telephonie et donnees mobiles – Lot 2 : maintenance et gestion des terminaux"),
        H("Art. 1 – Objet et lots"),
        P("Le SIEHA, autorite organisatrice de la distribution publique d'electricite sur 64 communes, equipe ses "
          "agents (techniciens reseau, astreinte, administratifs) de 140 lignes mobiles. La consultation comprend 2 "
          "lots decrits ci-dessous ; chaque lot fait l'objet d'un marche distinct."),
        H("Art. 2 – Lot 1 : forfaits et couverture"),
        P("Les forfaits comprennent les appels et SMS illimites en France metropolitaine et une enveloppe de donnees "
          "mutualisee de 1,5 To par mois. La consommation de donnees au-dela de l'enveloppe est facturee au tarif du "
          "BPU ; le titulaire alerte le syndicat lorsque 80 % de l'enveloppe est atteint."),
        P("La couverture 4G doit etre effective sur les postes sources et les sites d'intervention listes en annexe "
          "(carte de couverture a fournir). L'accessibilite du reseau en zone rurale est un point d'attention majeur "
          "pour les agents d'astreinte."),
        H("Art. 3 – Portabilite et mise en service"),
        P("Le titulaire assure la portabilite des 140 numeros sans interruption de service superieure a 4 heures. Il "
          "livre les cartes SIM pre-activees ; l'insertion des cartes dans les terminaux est realisee par les agents "
          "du lot 2."),
        H("Art. 4 – Lot 2 : gestion de flotte (MDM)"),
        P("Le titulaire du lot 2 administre la solution de gestion de flotte du syndicat : enrolement des terminaux, "
          "deploiement des applications metiers (cartographie des reseaux, bons d'intervention), politique de "
          "securite (code, chiffrement, effacement a distance)."),
        H("Art. 5 – Maintenance des terminaux"),
        P("Diagnostic sous 24 heures, pret d'un terminal equivalent pendant la reparation, remplacement des batteries "
          "dont la capacite est inferieure a 80 %. Les terminaux durcis des techniciens reseau (norme IP68) sont "
          "repares par le constructeur."),
        H("Art. 6 – Securite des donnees"),
        P("Les donnees du syndicat restent hebergees dans l'Union europeenne. Les terminaux restitues sont "
          "reinitialises et un proces-verbal d'effacement est remis."),
        H("Art. 7 – Formation"),
        P("Le titulaire du lot 2 forme dix referents du syndicat a la console MDM (une journee) et met a disposition "
          "un guide utilisateur d'une page pour les agents."),
        H("Art. 8 – Support"),
        P("Support accessible du lundi au vendredi de 8 h a 18 h ; pour les lignes d'astreinte, traitement des "
          "incidents 24 h/24 avec un delai de retablissement de 4 heures."),
        H("Art. 9 – Facturation et suivi"),
        P("Facture mensuelle unique par lot, avec detail par ligne et extranet de suivi des consommations. Un comite "
          "de suivi semestriel examine la qualite de service."),
        H("Art. 10 – Reversibilite"),
        P("En fin de marche, chaque titulaire facilite le transfert vers le nouveau prestataire : portabilite "
          "sortante, export des donnees de la console MDM, restitution des terminaux pretes."),
    ]
    lab = L(allotissement=1, nb_lots=2, evidence=["La consultation comprend 2 lots"])
    return D("d24_CCTP.pdf", "CCTP", "SIEHA – Telephonie mobile et terminaux – CCTP",
             "Consultation SIEHA-2027-04", blocks, lab,
             note="Aucune considération. Texte sans accents. Pièges : « énergie » et « électricité » (nom et mission "
                  "de l'acheteur), consommation de données, accessibilité du réseau, insertion des cartes SIM, "
                  "sécurité, formation.")


def d25():
    blocks = [
        TITLE("CAISSE DES ÉCOLES DE VILLERBONNE", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Nettoyage des restaurants scolaires et des offices", "Accord-cadre à bons de commande n° CDE-2027-02"),
        H("Article 1er – Objet – Caractéristiques"),
        P("Le présent accord-cadre a pour objet le nettoyage quotidien des sept restaurants scolaires et offices gérés "
          "par la caisse des écoles, après le service du déjeuner. Il n'est pas alloti, la prestation étant "
          "identique sur tous les sites. Marché réservé : non."),
        H("Article 2 – Montants"),
        P("L'accord-cadre est conclu avec un minimum annuel de 20 000 € HT et un maximum annuel de 80 000 € HT. Il est "
          "conclu pour un an et reconductible trois fois ; le montant maximum sur la durée totale de quatre ans est "
          "de 320 000 € HT."),
        H("Article 2 bis – Bons de commande"),
        P("Les bons de commande sont émis par le directeur de la caisse des écoles. Leur émission précise le site, "
          "la période et la nature des prestations (nettoyage quotidien ou remise en état pendant les vacances)."),
        H("Article 3 – Pièces contractuelles"),
        P("Acte d'engagement, présent CCAP, CCTP et ses annexes (plans et surfaces), BPU, CCAG-FCS, mémoire technique."),
        H("Article 4 – Personnel"),
        P("Le titulaire fait son affaire de la gestion de son personnel. Il est tenu, en application de l'annexe 7 de "
          "la convention collective nationale des entreprises de propreté, de reprendre les salariés affectés au "
          "marché précédent qui remplissent les conditions de l'accord ; leur liste est jointe au dossier."),
        P("Le titulaire justifie, sur demande, du respect des obligations prévues aux articles L. 5212-1 à "
          "L. 5212-11 du code du travail relatives à l'emploi des travailleurs handicapés, ainsi que des attestations "
          "de vigilance de l'URSSAF."),
        H("Article 5 – Hygiène et sécurité"),
        P("Les interventions dans les cuisines et offices respectent le plan de maîtrise sanitaire de chaque site. Le "
          "titulaire fournit à ses agents les équipements de protection individuelle et les forme à l'utilisation "
          "des produits. Un plan de prévention est établi avec chaque directeur de site."),
        H("Article 6 – Prix – Révision"),
        P("Prix unitaires révisables annuellement au 1er septembre selon l'indice ICHT-rev-TS, représentatif du coût "
          "de la main-d'œuvre charges sociales comprises, avec une partie fixe de 12,5 %."),
        H("Article 7 – Facturation"),
        P("Facture mensuelle par site sur Chorus Pro, mentionnant la raison sociale du titulaire, le numéro de bon de "
          "commande et le détail des prestations. Délai de paiement : 30 jours."),
        H("Article 8 – Pénalités"),
        P("Site non nettoyé : 250 € HT par jour ; nettoyage incomplet constaté contradictoirement : 80 € HT ; "
          "retard de remise en état de plus de deux jours : 150 € HT par jour."),
        H("Article 9 – Assurances"),
        P("Le titulaire est assuré en responsabilité civile pour un montant minimal de 3 000 000 € tous dommages "
          "confondus ; il fournit l'attestation dans les quinze jours suivant la notification."),
        H("Article 10 – Résiliation"),
        P("Les articles 36 à 42 du CCAG-FCS s'appliquent, notamment en cas de manquement répété aux obligations "
          "d'hygiène."),
        H("Article 11 – Dérogations au CCAG"),
        P("L'article 8 du présent CCAP déroge à l'article 14 du CCAG-FCS."),
    ]
    lab = L(allotissement=0, montant_max_ht=320000,
            evidence=["Il n'est pas alloti",
                      "le montant maximum sur la durée totale de quatre ans est de 320 000 € HT"])
    return D("d25_CCAP.pdf", "CCAP", "Caisse des écoles de Villerbonne – Nettoyage – CCAP",
             "CDE-2027-02 – CCAP", blocks, lab, hyphen=True,
             note="Aucune considération. Pièges : « Marché réservé : non », annexe 7, L. 5212-1 à L. 5212-11 (rappel "
                  "légal), charges sociales, raison sociale, émission des bons de commande ; minimum et maximum annuels.")


def d26():
    blocks = [
        TITLE("EHPAD public Les Glycines de Marzac", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Fourniture de denrées alimentaires – Lot 3 : produits laitiers et ovoproduits"),
        *A("Objet du lot",
           "Le lot 3 porte sur la fourniture des produits laitiers (laits, yaourts, fromages, desserts lactés, beurre, "
           "crème) et des ovoproduits destinés à la cuisine de l'établissement, qui prépare 260 repas par jour pour "
           "les résidents, le personnel et le portage à domicile de la commune."),
        *A("Qualité des produits",
           "Les produits sont conformes aux normes sanitaires et à la réglementation relative à l'étiquetage des "
           "denrées alimentaires (règlement (UE) n° 1169/2011). Les fiches techniques mentionnent la composition, les "
           "allergènes, les valeurs nutritionnelles et les conditions de conservation."),
        *A("Produits adaptés aux résidents",
           "Une partie des résidents présente des troubles de la déglutition ou un handicap moteur rendant nécessaires "
           "des textures modifiées ; le titulaire propose à ce titre des desserts lactés enrichis en protéines et des "
           "fromages à pâte lisse, identifiés au bordereau des prix."),
        *A("Durée de vie des produits",
           "À la livraison, la durée de vie résiduelle des produits frais est au moins égale aux deux tiers de la "
           "durée totale entre la fabrication et la date limite de consommation. Les œufs coquille sont exclus : "
           "seuls les ovoproduits pasteurisés sont admis, pour des raisons de sécurité sanitaire."),
        *A("Identification des produits",
           "Les produits issus de l'agriculture biologique, lorsque l'établissement en commande, sont identifiés au "
           "bordereau par la mention AB et livrés avec le certificat de l'organisme certificateur du fournisseur."),
        *A("Commandes",
           "Les commandes sont passées par télécopie ou par le portail du titulaire le mardi avant 12 h pour une "
           "livraison le jeudi. Une commande complémentaire d'urgence peut être passée par téléphone."),
        *A("Livraison",
           "La livraison s'effectue entre 6 h 30 et 9 h au quai de la cuisine, par véhicule frigorifique à "
           "température dirigée (0 à +4 °C). Le livreur dépose les produits dans le local de réception et ne pénètre "
           "pas dans la zone de production. Le relevé de température du véhicule est présenté sur demande."),
        *A("Contrôle à réception",
           "Le personnel de cuisine contrôle la température à cœur, l'intégrité des emballages et les dates. Tout "
           "produit non conforme est refusé et remplacé dans la journée, aux frais du titulaire."),
        *A("Traçabilité et retrait",
           "Le titulaire informe l'établissement dans l'heure de toute procédure de retrait ou de rappel concernant un "
           "produit livré et lui communique les numéros de lot concernés."),
        *A("Continuité d'approvisionnement",
           "En cas de rupture, le titulaire propose un produit de substitution de qualité au moins équivalente, au prix "
           "du produit initial. Trois ruptures non signalées dans un même trimestre constituent une faute."),
    ]
    lab = L(allotissement=1, evidence=["Lot 3 : produits laitiers et ovoproduits"])
    return D("d26_CCTP.docx", "CCTP", "EHPAD Les Glycines – Denrées alimentaires – CCTP lot 3",
             "Consultation EHPAD-2027-DA", blocks, lab,
             note="Aucune considération. Pièges : agriculture biologique (simple mention au bordereau, aucune part "
                  "imposée), handicap (besoins des résidents), durée de vie, sécurité sanitaire, local de réception.")


def d27():
    blocks = [
        TITLE("COMMUNE DE FONTEVAL – Services techniques", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Maintenance de l'éclairage public, des illuminations festives et de la signalisation lumineuse tricolore"),
        *A("Objet",
           "Le marché porte sur la maintenance préventive et curative des 2 140 points lumineux, des 38 armoires de "
           "commande, des quatre carrefours à feux et sur la pose et la dépose des illuminations de fin d'année."),
        *A("Consistance du patrimoine",
           "Le patrimoine est décrit dans le système d'information géographique de la commune, auquel le titulaire a "
           "accès en consultation et en mise à jour. 61 % des points lumineux sont équipés de sources LED, le reste "
           "de lampes à iodures métalliques ou au sodium haute pression."),
        *A("Maintenance préventive",
           "Tournées de détection des pannes de nuit toutes les deux semaines ; vérification annuelle des armoires "
           "(serrage, contrôle des protections différentielles, mesure de la résistance de terre) ; nettoyage des "
           "vasques tous les trois ans."),
        *A("Maintenance curative",
           "Les pannes sont traitées sous 48 heures ; les pannes d'une rue entière ou d'un carrefour à feux sous 4 "
           "heures, de jour comme de nuit. Le remplacement d'un candélabre accidenté fait l'objet d'un devis, "
           "l'insertion du nouveau mât dans le massif existant étant réalisée après contrôle de celui-ci."),
        *A("Moyens d'intervention",
           "Le titulaire dispose d'une nacelle de 12 m au moins et d'un véhicule atelier par équipe. Les tournées de "
           "détection et les interventions ne nécessitant pas de nacelle sont réalisées avec des véhicules "
           "électriques ou hybrides rechargeables ; le titulaire en justifie par la copie des certificats "
           "d'immatriculation au démarrage du marché."),
        *A("Sources et matériels déposés",
           "Les lampes, modules LED et appareillages déposés sont remis par le titulaire à la filière de collecte et de "
           "recyclage des équipements d'éclairage ; il transmet chaque semestre à la commune les bordereaux de "
           "remise correspondants. Les luminaires déposés en bon état sont stockés au centre technique pour "
           "réemploi."),
        *A("Consommation d'énergie et horaires",
           "Les horaires d'allumage sont fixés par la commune : extinction de 23 h 30 à 5 h 30 sauf sur les axes "
           "désignés. Le titulaire programme les horloges astronomiques en conséquence ; la facture d'énergie "
           "reste à la charge de la commune et le titulaire n'a aucun engagement sur son montant."),
        *A("Sécurité des interventions",
           "Les intervenants sont habilités (H0V, B1V, B2V, BR) ; la signalisation temporaire est conforme à la "
           "8e partie de l'instruction interministérielle sur la signalisation routière. Les interventions sur "
           "les carrefours à feux se font sous circulation alternée manuelle."),
        *A("DT-DICT",
           "Le titulaire répond aux déclarations de projet de travaux et aux DICT pour le compte de la commune, "
           "exploitant du réseau, dans les délais réglementaires."),
        *A("Illuminations festives",
           "Pose entre le 20 et le 30 novembre, dépose entre le 10 et le 20 janvier. Les motifs sont stockés au "
           "centre technique ; les motifs endommagés sont signalés avant la pose."),
        *A("Compte rendu",
           "Un rapport mensuel liste les interventions, les délais de réparation et les points lumineux restant en "
           "panne. Le SIG est mis à jour après chaque intervention modifiant le patrimoine."),
    ]
    lab = L(clause_environnementale=1,
            evidence=["réalisées avec des véhicules électriques ou hybrides rechargeables",
                      "remis par le titulaire à la filière de collecte et de recyclage des équipements d'éclairage"])
    return D("d27_CCTP.pdf", "CCTP", "Commune de Fonteval – Maintenance de l'éclairage public – CCTP",
             "CCTP EP 2027-2031", blocks, lab, hyphen=True,
             note="Vraies clauses : véhicules électriques ou hybrides rechargeables, remise des sources déposées à la "
                  "filière de recyclage avec bordereaux. Pièges : extinction nocturne décidée par la commune sans "
                  "engagement du titulaire, insertion du mât, sécurité.")


def d28():
    blocks = [
        TITLE("ÉTABLISSEMENT PUBLIC DE SANTÉ MENTALE DU VAL-SARRE", "CCTP",
              "Maintenance des installations de plomberie, de production d'eau chaude et de traitement de l'eau"),
        H("1. OBJET"),
        P("Le présent cahier définit les prestations de maintenance préventive et corrective des réseaux d'eau "
          "froide et d'eau chaude sanitaire, des adoucisseurs, des disconnecteurs et des appareils sanitaires des "
          "onze pavillons du site principal et des deux centres médico-psychologiques."),
        H("2. INSTALLATIONS"),
        P("Production d'ECS semi-instantanée par échangeurs à plaques, réseau de distribution bouclé avec pompes de "
          "recyclage de l'eau chaude sanitaire dans chaque pavillon, deux adoucisseurs bi-colonnes de 300 litres de "
          "résine, quatorze disconnecteurs BA."),
        H("3. MAINTENANCE PRÉVENTIVE"),
        H2("3.1 Réseaux d'eau chaude"),
        P("Contrôle mensuel des températures de départ (≥ 55 °C) et de retour de boucle (≥ 50 °C), purge des points "
          "peu utilisés selon la liste établie par l'équipe d'hygiène, détartrage annuel des échangeurs, vérification "
          "des pompes de recyclage et des clapets."),
        H2("3.2 Adoucisseurs"),
        P("Contrôle mensuel de la dureté en sortie (TH cible entre 8 et 15 °f), réglage de la vanne de mitigeage, "
          "désinfection annuelle de la résine. Le sel régénérant est fourni par l'établissement ; le titulaire "
          "signale la consommation anormale de sel, indice d'un dysfonctionnement de la régénération."),
        H2("3.3 Disconnecteurs"),
        P("Vérification annuelle par un technicien agréé, avec rapport transmis à l'établissement et, le cas échéant, "
          "au service des eaux."),
        H("4. MAINTENANCE CORRECTIVE"),
        P("Intervention sous 4 heures pour une fuite ou une absence d'eau chaude dans une unité d'hospitalisation, "
          "sous 24 heures dans les autres cas. Les robinetteries des chambres d'isolement sont de type anti-suicide ; "
          "leur remplacement se fait à l'identique, sans insertion de pièce saillante."),
        H("5. PRÉVENTION DE LA LÉGIONELLOSE"),
        P("Le titulaire applique le carnet sanitaire de l'établissement. En cas de résultat d'analyse supérieur à "
          "1 000 UFC/l, il réalise un choc thermique ou chloré sur le réseau concerné dans les 48 heures, selon le "
          "protocole validé par l'EOH, et participe au contrôle de l'efficacité (analyse à J+2). Les points "
          "présentant un biofilm sont démontés et nettoyés."),
        H("6. RELEVÉS"),
        P("Les index des sous-compteurs d'eau des pavillons sont relevés chaque mois et transmis au service "
          "technique ; un écart de consommation de plus de 20 % d'un mois sur l'autre déclenche une recherche de fuite."),
        H("7. CONDITIONS D'INTERVENTION EN MILIEU PSYCHIATRIQUE"),
        P("Les techniciens sont accompagnés par un soignant dans les unités fermées ; aucun outil n'est laissé sans "
          "surveillance. Une formation de deux heures aux règles de sécurité propres à la psychiatrie est dispensée "
          "par l'établissement à chaque nouvel intervenant du titulaire."),
        H("8. PERSONNEL"),
        P("Le titulaire désigne un chef d'équipe et au moins deux techniciens formés à la prévention du risque "
          "légionelle. Les remplacements sont annoncés 48 heures à l'avance."),
        H("9. GMAO ET TRAÇABILITÉ"),
        P("Toutes les interventions sont saisies dans la GMAO de l'établissement ; les fiches d'intervention "
          "mentionnent la date, le local, l'opération réalisée et les températures relevées."),
        H("10. PIÈCES DÉTACHÉES"),
        P("Les pièces de moins de 150 € HT sont comprises dans le forfait ; au-delà, elles sont facturées sur devis "
          "accepté, au prix catalogue remisé du taux figurant à l'acte d'engagement."),
    ]
    lab = L()
    return D("d28_CCTP.docx", "CCTP", "EPSM du Val-Sarre – Maintenance plomberie – CCTP",
             "Consultation EPSM-2027-ST-05", blocks, lab,
             note="Aucune considération. Pièges : pompes de recyclage de l'ECS (bouclage), consommation de sel et "
                  "écart de consommation d'eau (détection de panne ou de fuite), biofilm, insertion de pièce, "
                  "formation, personnel.")


def d29():
    blocks = [
        TITLE("COMMUNE DE RIBEVAL", "CAHIER DES CLAUSES PARTICULIÈRES",
              "Requalification de la rue des Tanneurs et de la placette du Lavoir",
              "Marché de travaux – procédure adaptée – CCP valant CCAP et CCTP"),
        *A("Objet – Forme du marché",
           "Le marché porte sur la requalification de la rue des Tanneurs (280 m) : reprise des réseaux d'eaux "
           "pluviales, bordures, trottoirs en enrobé, plateau surélevé et aménagement de la placette du Lavoir. Il "
           "n'est pas alloti : la dévolution en lots séparés rendrait techniquement difficile la coordination des "
           "interventions dans une rue étroite maintenue ouverte aux riverains (article L. 2113-11 du code de la "
           "commande publique)."),
        *A("Montant estimé",
           "Le montant des travaux est estimé par le maître d'œuvre à 210 000 € HT, options comprises."),
        *A("Délais",
           "Cinq mois, dont trois semaines de préparation. Les travaux sont interrompus pendant la fête du village "
           "(deuxième week-end de juillet)."),
        *A("Prix",
           "Les prix sont unitaires (BPU) ; le détail estimatif n'a pas valeur contractuelle. Ils sont actualisables "
           "selon l'index TP01 et comprennent les charges sociales et fiscales."),
        *A("Terrassements et réseaux",
           "Les tranchées sont réalisées à la trancheuse ou à la pelle de 8 t ; les déblais sont évacués au fur et "
           "à mesure. Les canalisations d'eaux pluviales sont en PVC CR8 Ø 300, les branchements en Ø 160. Les "
           "réseaux existants sont repérés avant travaux et les DICT déclarées par l'entreprise."),
        *A("Revêtements",
           "Trottoirs en enrobé noir 0/6 sur 5 cm ; chaussée en BBSG 0/10 sur 6 cm ; plateau en béton désactivé. La "
           "placette reçoit un pavage en granit gris de 14 × 14 cm posé sur mortier ; la pose sur lit de sable est "
           "demandée en option."),
        *A("Accessibilité de la voirie",
           "Les trottoirs ont une largeur utile de 1,40 m hors obstacle et des abaissés de bordure aux traversées, "
           "conformément au décret n° 2006-1658 relatif à l'accessibilité de la voirie aux personnes handicapées."),
        *A("Circulation et sécurité",
           "La rue reste accessible aux riverains, aux secours et à la collecte des ordures ménagères. Une "
           "signalisation temporaire est mise en place et les tranchées sont refermées ou protégées chaque soir."),
        *A("Nuisances aux riverains",
           "Les travaux bruyants sont réalisés de 8 h à 18 h en semaine. L'entreprise informe les riverains par "
           "affichage une semaine avant chaque phase."),
        *A("Pénalités",
           "Retard : 1/1000e du montant du marché par jour calendaire ; tranchée non protégée constatée : 300 € par "
           "constat."),
        *A("Réception",
           "Les essais de compactage (un par 50 ml de tranchée) et l'inspection télévisée des réseaux neufs sont à la "
           "charge de l'entreprise et remis avant la réception."),
        *A("Jugement des offres",
           "Les offres sont notées sur 100 points :",
           ["prix des prestations : 60 points ;",
            "valeur technique : 40 points, décomposés en : méthodologie et phasage (15 points), moyens humains et "
            "matériels (10 points), sécurité et maintien des accès riverains (5 points), mesures prises pour limiter "
            "l'impact environnemental du chantier – gestion des déblais, réduction des déchets, limitation des "
            "rotations d'engins (10 points)."]),
        *A("Litiges",
           "Tribunal administratif de Toulouse."),
    ]
    lab = L(critere_environnemental=1, allotissement=0, montant_estime_ht=210000,
            evidence=["mesures prises pour limiter l'impact environnemental du chantier",
                      "Il n'est pas alloti",
                      "Le montant des travaux est estimé par le maître d'œuvre à 210 000 € HT"])
    return D("d29_CCP.pdf", "CCAP", "Commune de Ribeval – Rue des Tanneurs – CCP",
             "MAPA travaux 2027-VRD-01 – CCP", blocks, lab, hyphen=True,
             note="CCP de MAPA étiqueté CCAP. Vraie considération : sous-critère environnemental de 10 points. "
                  "Pièges : eaux pluviales, déblais évacués, accessibilité réglementaire, bruit, charges sociales.")


def d30():
    blocks = [
        TITLE("SYNDICAT MIXTE DU PARC DES EXPOSITIONS DE VALDRÔME", "Cahier des clauses techniques particulières",
              "Maintenance des portes automatiques, portails, rideaux métalliques et du système de sécurité incendie"),
        H("ARTICLE 1 – OBJET"),
        P("Le marché a pour objet la maintenance préventive et corrective des 22 portes automatiques piétonnes, des "
          "9 portails et barrières, des 14 rideaux et portes sectionnelles des halls, ainsi que du système de "
          "sécurité incendie (SSI de catégorie A) des halls 1 à 4 et du centre de congrès."),
        H("ARTICLE 2 – RÉFÉRENCES"),
        P("Arrêté du 21 décembre 1993 relatif aux portes et portails automatiques, normes NF EN 12453 et NF EN 16005, "
          "règlement de sécurité contre l'incendie dans les ERP (type T et L), normes NF S 61-933 et NF S 61-970 "
          "relatives à l'exploitation et à la maintenance des SSI."),
        H("ARTICLE 3 – VISITES PRÉVENTIVES DES PORTES"),
        P("Deux visites par an pour les portes piétonnes et les portails, quatre pour les rideaux des halls soumis à "
          "un usage intensif lors des salons. Chaque visite comprend la vérification des dispositifs de sécurité "
          "(cellules, barres palpeuses, limiteurs d'effort), le réglage des vitesses et le graissage."),
        H("ARTICLE 4 – PORTES SUR ISSUES DE SECOURS"),
        P("Les portes coulissantes situées sur un dégagement sont à effacement en cas de panne d'énergie ; le "
          "titulaire vérifie à chaque visite le fonctionnement de la batterie de secours et l'ouverture en moins de "
          "trois secondes. Pour les portes du centre de congrès, le titulaire contrôle en outre l'effort de manœuvre "
          "manuelle au regard des exigences réglementaires d'accessibilité des ERP (50 N au plus)."),
        H("ARTICLE 5 – MAINTENANCE DU SSI"),
        P("Vérification semestrielle du SSI : essai des détecteurs par sondage (25 % par visite, 100 % par an), des "
          "déclencheurs manuels, des diffuseurs sonores et lumineux, des dispositifs actionnés de sécurité et des "
          "asservissements (désenfumage, portes coupe-feu, arrêt de la ventilation). Le registre de sécurité est "
          "renseigné à chaque visite."),
        H("ARTICLE 6 – PÉRIODES DE SALONS"),
        P("Pendant les manifestations, une astreinte renforcée est assurée avec une intervention sur site en moins "
          "d'une heure. Aucune intervention préventive n'a lieu pendant les périodes d'ouverture au public ; le "
          "planning des salons est communiqué en janvier."),
        H("ARTICLE 7 – DÉPANNAGES"),
        P("Délai d'intervention de 4 heures pour une porte d'issue de secours ou une défaillance du SSI, de 24 "
          "heures pour les autres équipements. Le titulaire met en place les mesures compensatoires (porte maintenue "
          "ouverte, agent de sécurité) en concertation avec le service de sécurité du parc."),
        H("ARTICLE 8 – PIÈCES ET CONSOMMABLES"),
        P("Les pièces d'usure (courroies, galets, balais, batteries) sont comprises. L'insertion de composants d'une "
          "autre marque dans le SSI est interdite sans l'accord du constructeur et du syndicat."),
        H("ARTICLE 9 – PERSONNEL ET FORMATION"),
        P("Les techniciens SSI sont qualifiés par le constructeur du système. Le titulaire dispense chaque année une "
          "formation de deux heures aux agents de sécurité incendie du parc à l'exploitation du tableau de "
          "signalisation."),
        H("ARTICLE 10 – BRUIT ET PROPRETÉ"),
        P("Les interventions bruyantes dans le centre de congrès sont programmées hors des séances. Le titulaire "
          "laisse les lieux propres et emporte les pièces déposées."),
        H("ARTICLE 11 – RAPPORTS"),
        P("Un rapport est remis après chaque visite ; un bilan annuel présente l'état du parc, les pannes et les "
          "propositions de remplacement."),
    ]
    lab = L()
    return D("d30_CCTP.docx", "CCTP", "SM du Parc des expositions de Valdrôme – Maintenance portes et SSI – CCTP",
             "Consultation PEX-2027-03", blocks, lab,
             note="Aucune considération. Pièges : panne d'énergie, accessibilité (contrôle d'une exigence "
                  "réglementaire), insertion de composants, formation des agents du parc, bruit, sécurité.")


DOCUMENTS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15,
             d16, d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30]




# ----------------------------------------------------------------------------- articles ajoutés
# Articles supplémentaires (mêmes conventions) ajoutés à la fin du corps de certaines pièces, avant l'annexe.
EXTRA = {
    "d01": lambda: [
        *A("Coordination avec les autres lots",
           "Les réservations de plus de 20 cm sont indiquées au lot 02 pendant la période de préparation ; à défaut, "
           "les percements et rebouchages sont à la charge du présent lot. Les raccordements électriques des ballons "
           "sont réalisés par le lot 08 jusqu'à l'interrupteur de proximité, fourni et posé par ce lot."),
        *A("Garantie et année de parfait achèvement",
           "Pendant l'année de parfait achèvement, l'entrepreneur intervient sous 48 heures pour toute fuite et "
           "sous huit jours pour les autres désordres. Il procède, à la fin de cette année, au contrôle des "
           "réglages des mitigeurs et au détartrage des mousseurs."),
    ],
    "d03": lambda: [
        *A("Alimentation provisoire du chantier",
           "Le présent lot réalise et entretient l'armoire de chantier et les coffrets de distribution à l'usage de "
           "tous les corps d'état ; les consommations sont imputées au compte prorata. Les coffrets sont "
           "vérifiés par un organisme agréé avant mise en service."),
        *A("Repérage",
           "Chaque circuit est repéré à ses deux extrémités ; les boîtes de dérivation portent le numéro du départ "
           "correspondant. Les étiquettes sont imprimées, les repérages manuscrits n'étant pas admis."),
    ],
    "d06": lambda: [
        *A("Interventions ponctuelles",
           "Des prestations ponctuelles (plantations, évacuation d'arbres tombés, élagage d'urgence) peuvent être "
           "commandées par bon de commande au prix du bordereau. Le délai d'intervention en urgence est de quatre "
           "heures pour la mise en sécurité d'un site."),
    ],
    "d08": lambda: [
        *A("Sinistres et dégâts des eaux",
           "En cas de dégât des eaux dans une partie commune (fuite de colonne, inondation de cave), le titulaire "
           "procède sur demande de l'Office à l'évacuation de l'eau et au nettoyage ; la prestation est réglée sur "
           "devis. Il signale tout sinistre constaté lors de ses passages."),
        *A("Démarrage des prestations",
           "Une visite de prise en charge de chaque résidence est organisée avant le démarrage en présence du "
           "gardien ; l'état des lieux sert de référence pour les contrôles."),
    ],
    "d17": lambda: [
        *A("Travaux hors forfait",
           "Les travaux non compris dans le forfait (remplacement d'une armoire de manœuvre, d'un treuil, mise en "
           "conformité) font l'objet d'un devis détaillé. Les devis sont établis sous quinze jours et leur validité "
           "est de trois mois."),
    ],
    "d19": lambda: [
        *A("Documents après exécution",
           "Chaque titulaire remet, dans le mois suivant la réception, le dossier des ouvrages exécutés en trois "
           "exemplaires et sur support numérique, ainsi que les éléments du dossier d'intervention ultérieure sur "
           "l'ouvrage."),
    ],
    "d26": lambda: [
        *A("Emballages",
           "Les produits sont livrés dans leurs emballages d'origine, intacts et étiquetés. Le déconditionnement "
           "est réalisé par le personnel de cuisine dans la zone prévue à cet effet ; aucun carton n'entre en zone "
           "de production."),
        *A("Échantillons",
           "Sur demande de l'établissement, le titulaire fournit gratuitement des échantillons des produits "
           "nouveaux ou de substitution avant leur première livraison."),
    ],
}


# ----------------------------------------------------------------------------- annexes (tableaux d'inventaire)
# Tableaux inventés, construits sans aléa (listes parcourues par arithmétique modulaire). Ils allongent les
# pièces comme dans la réalité et n'apportent aucune valeur étiquetée (ni lot, ni montant, ni considération).
def cyc(lst, i, k=1):
    return lst[(i * k) % len(lst)]


_RUES = ["rue des Acacias", "avenue du Stade", "place de la Halle", "rue Jean-Moulin", "chemin des Prés",
         "rue du Moulin", "allée des Tilleuls", "rue de la Gare", "impasse des Vignes", "boulevard de l'Europe",
         "rue Pasteur", "route de Vaux", "rue des Écoles", "quai de la Sarce"]
_LOC = ["Hall", "Bureau 1", "Bureau 2", "Salle de réunion", "Sanitaires H", "Sanitaires F", "Local ménage",
        "Circulation", "Salle d'activité", "Réserve", "Vestiaire", "Accueil", "Office", "Dortoir"]


def annex(title, head, rows, widths=None, align=None, intro=None, pagebreak=True):
    out = [("pagebreak",)] if pagebreak else []
    out.append(H(title))
    if intro:
        out.append(P(intro))
    out.append(RTAB([head] + rows, widths=widths, align=align))
    return out


def _ann_d01():
    app = ["WC enfant", "Lavabo collectif 3 postes", "Lave-mains", "Urinoir", "Évier inox", "WC adapté", "Douche"]
    rob = ["temporisée", "mitigeur thermostatique", "temporisée", "chasse temporisée", "mitigeur à levier",
           "temporisée", "mitigeur thermostatique"]
    rows = [["%s.%02d" % ("A" if i < 9 else "B", i + 1), cyc(_LOC, i, 3), app[i % 7], str(1 + (i * 5) % 4), rob[i % 7]]
            for i in range(16)]
    return annex("Annexe 1 – Tableau des appareils sanitaires", ["Repère", "Local", "Appareil", "Qté", "Robinetterie"],
                 rows, widths=[1, 2.2, 2.6, 0.6, 2.4], align="lllrl")


def _ann_d02():
    rows = [[cyc(["Cabinet médical %d" % (i + 1), "Salle d'attente", "Secrétariat", "Salle de soins",
                  "Bureau kiné", "Sanitaires"], i), "R+%d" % (i % 2), ["VCV plafonnier", "Plancher", "VCV",
                 "Radiateur BT"][i % 4], "%d W" % (900 + 150 * (i % 5)), "%d m³/h" % (30 + 15 * (i % 3))]
            for i in range(14)]
    return annex("Annexe – Tableau des émetteurs et débits", ["Local", "Niveau", "Émetteur", "Puissance",
                 "Débit d'air"], rows, widths=[2.6, 0.8, 1.8, 1.2, 1.2], align="lllrr")


def _ann_d03():
    rows = [["D%02d" % (i + 1), cyc(["Éclairage salle de lecture", "PC salle de lecture", "Éclairage circulation",
             "Banque d'accueil", "Baie informatique", "CVC centrale", "Éclairage sécurité", "Ascenseur",
             "PC bureaux", "Sanitaires"], i), "%d A" % [10, 16, 20, 32][i % 4], "%s mm²" % ["1,5", "2,5", "4", "6"][i % 4]]
            for i in range(18)]
    return annex("Annexe – Nomenclature des départs du TGBT", ["Départ", "Désignation", "Protection", "Section"],
                 rows, widths=[0.8, 3, 1.1, 1.1], align="llrr")


def _ann_d04():
    rows = [["F%02d" % (i + 1), "%d × %d" % (100 + 20 * (i % 5), 120 + 15 * (i % 4)),
             ["Oscillo-battant 1 vantail", "Fenêtre 2 vantaux", "Châssis fixe", "Porte-fenêtre 2 vantaux"][i % 4],
             "Classe %d" % (1 + i % 3), ["oui", "non"][i % 2]] for i in range(15)]
    return annex("Annexe – Nomenclature des menuiseries", ["Repère", "L × H (cm)", "Type", "Local", "BSO"],
                 rows, widths=[0.8, 1.3, 2.8, 1, 0.7], align="lrlll")


def _ann_d05():
    rows = [["R%d – R%d" % (i + 1, i + 2), "PVC CR8 Ø %d" % [200, 250, 300][i % 3], "%d,%d m" % (12 + 7 * (i % 5), i % 10),
             "%d,%d %%" % (1 + i % 2, (3 * i) % 10), ["D400", "C250", "D400"][i % 3]] for i in range(12)]
    return annex("Annexe – Tableau des tronçons d'eaux pluviales", ["Tronçon", "Canalisation", "Longueur", "Pente",
                 "Tampon"], rows, widths=[1.3, 1.8, 1, 0.8, 0.8], align="llrrl")


def _ann_d06():
    sites = ["École maternelle des Vergnes", "École élémentaire Jean-Rostaing", "Stade municipal", "Square Gambetta",
             "Square des Lilas", "Abords de la mairie", "Cimetière (allées centrales)", "Parc du Château",
             "Crèche Les Petits Pas", "Gymnase du Bourg", "Talus de l'Yvrette"]
    rows = [[str(i + 1), s, "%d m²" % (800 + 430 * ((i * 7) % 11)), "%d ml" % (40 + 35 * (i % 6)),
             ["oui", "non"][i % 2]] for i, s in enumerate(sites)]
    return annex("Annexe 1 – Liste des sites et surfaces", ["N°", "Site", "Pelouses", "Haies", "Massifs"], rows,
                 widths=[0.5, 3.5, 1.2, 1, 0.8], align="llrrl")


def _ann_d07():
    rows = [["Bât. %s" % ["D", "D", "D", "Magasin", "Garage", "IFSI", "IFSI", "IFSI"][i % 8], "Niveau %d" % (i % 3),
             cyc(_LOC, i, 5), "%d m²" % (60 + 37 * ((i * 3) % 13)), ["Q", "Q", "H", "Q"][i % 4]] for i in range(20)]
    return annex("Annexe 2 – Surfaces et fréquences par zone (Q : quotidienne, H : hebdomadaire)",
                 ["Bâtiment", "Niveau", "Zone", "Surface", "Fréquence"], rows,
                 widths=[1.4, 1, 2.2, 1, 1], align="lllrl")


def _ann_d08():
    res = ["Les Charmilles", "Le Clos Fleuri", "Résidence du Parc", "Les Hauts de l'Orne", "La Roseraie",
           "Le Belvédère", "Les Peupliers", "Le Verger"]
    rows = [[r, "%d %s" % (2 + i * 3, cyc(_RUES, i, 5)), str(24 + (i * 17) % 60), str(1 + i % 3),
             ["oui", "non"][i % 2]] for i, r in enumerate(res)]
    return annex("Annexe – Résidences du secteur Nord", ["Résidence", "Adresse", "Logements", "Halls",
                 "Ascenseur"], rows, widths=[2, 2.8, 1, 0.7, 0.9], align="llrrl")


def _ann_d09():
    rows = [[j, str(80 + 7 * i), str(112 + 5 * i), str(0 if j == "Mercredi" else 14 + i)] for i, j in
            enumerate(["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"])]
    return annex("Annexe – Effectifs moyens constates (annee 2026)", ["Jour", "Ecole des Sables", "Ecole du Bourg",
                 "Accueil de loisirs"], rows, widths=[1.4, 1.4, 1.4, 1.6], align="lrrr")


def _ann_d11():
    mod = ["Renault Master", "Peugeot Boxer", "Citroën Jumper", "Renault Kangoo E-Tech", "Iveco Daily",
           "Ford Transit"]
    rows = [["%s-%03d-%s" % (["FA", "FB", "GC", "GD", "EH"][i % 5], 101 + 37 * i, ["KL", "MN", "PR", "ST"][i % 4]),
             mod[i % 6], str(2016 + i % 9), "%d km" % (18000 + 9731 * ((i * 7) % 13)),
             ["Voirie", "Espaces verts", "Bâtiments", "Eau"][i % 4]] for i in range(22)]
    return annex("Annexe – Liste des véhicules du lot 2 (extrait)", ["Immatriculation", "Modèle", "Année",
                 "Kilométrage", "Service"], rows, widths=[1.5, 2, 0.8, 1.3, 1.3], align="llrrl")


def _ann_d12():
    rows = [["Article %d" % n, a, b] for n, a, b in sorted([
        (10, "Article 14 du CCAG-FCS (pénalités)", "Montants forfaitaires propres au marché"),
        (5, "Article 20 du CCAG-FCS (délais d'exécution)", "Délai de dépannage de quatre heures"),
        (9, "Article 11.8 du CCAG-FCS (délai de paiement)", "Facturation par bon de commande"),
        (11, "Article 9 du CCAG-FCS (assurances)", "Montant minimal de garantie fixé")])]
    return annex("Récapitulatif des dérogations au CCAG-FCS", ["Article du CCAP", "Déroge à", "Objet"], rows,
                 widths=[1.2, 2.6, 2.6], pagebreak=False)


def _ann_d13():
    mods = ["Gestion des biens", "Acquisitions", "Cessions", "Portage foncier", "Conventions", "Contentieux",
            "Cartographie", "Tableaux de bord", "Gestion locative", "Comptabilité des opérations", "Référentiels",
            "Administration"]
    rows = [[m, "%d" % (12 + 9 * ((i * 5) % 7)), ["Java / Angular", "Java", "PL/pgSQL", "Python"][i % 4],
             ["Forte", "Moyenne", "Faible"][i % 3]] for i, m in enumerate(mods)]
    return annex("Annexe – Périmètre applicatif", ["Module", "Écrans", "Technologie", "Criticité"], rows,
                 widths=[2.6, 0.8, 1.6, 1], align="lrll")


def _ann_d14():
    rows = [[c, str(q), str(q // 3), str(q // 4)] for c, q in [("Poste fixe bureautique", 420), ("Poste fixe "
            "salle d'enseignement", 360), ("Portable standard", 540), ("Portable léger", 120), ("Écran 24 pouces",
            690), ("Écran 27 pouces", 90), ("Station d'accueil USB-C", 480)]]
    return annex("Annexe – Quantités prévisionnelles (non contractuelles)", ["Matériel", "Année 1", "Année 2",
                 "Année 3"], rows, widths=[3, 1, 1, 1], align="lrrr")


def _ann_d15():
    arr = ["Salvagnac – Mairie", "Le Pech", "Les Bories", "Mas de Lacan", "Croix-Blanche", "La Bastide – Église",
           "Lotissement du Puech", "Collège Paul-Alary"]
    rows = [[a, "7 h %02d" % (5 + 6 * i), "17 h %02d" % (15 + 5 * i), ["S1", "S1", "S1", "B2", "B2", "B2", "B2",
             "B2"][i]] for i, a in enumerate(arr)]
    return annex("Annexe – Horaires indicatifs des points d'arrêt", ["Point d'arrêt", "Matin", "Soir", "Circuit"],
                 rows, widths=[3, 1, 1, 0.8], align="lrrl")


def _ann_d16():
    rows = [[["Gare SNCF", "Place du Marché", "Hôtel de ville", "Médiathèque", "Clinique des Carmes",
              "ZA des Carmes – Nord", "ZA des Carmes – Sud"][i], ["L1", "L1 / L2", "L1 / L2", "L1", "L2", "L2", "L2"][i],
             "%d min" % (12 + 3 * (i % 3)), "7 h %02d" % (i * 4)] for i in range(7)]
    return annex("Annexe – Arrêts et fréquences", ["Arrêt", "Ligne", "Fréquence", "Premier passage"], rows,
                 widths=[2.6, 1, 1, 1.2], align="lllr")


def _ann_d17():
    rows = [["%s %s" % (["Bât.", "Tour", "Bât."][i % 3], "ABCDEFGHJK"[i % 10] + str(1 + i // 10)),
             cyc(_RUES, i, 3), ["Otis", "Schindler", "Kone", "Thyssen"][i % 4], str(1978 + (i * 7) % 40),
             "%d kg / %d niv." % ([450, 630][i % 2], 4 + i % 8)] for i in range(24)]
    return annex("Annexe – Inventaire des appareils (extrait)", ["Immeuble", "Adresse", "Marque", "Année",
                 "Charge / niveaux"], rows, widths=[1, 2.6, 1.1, 0.7, 1.6], align="lllrl")


def _ann_d19():
    rows = [["%02d" % (i + 1), n, "%d semaines" % w] for i, (n, w) in enumerate([
        ("Démolition – gros œuvre", 14), ("Charpente – couverture", 6), ("Menuiseries extérieures", 5),
        ("Plâtrerie – isolation", 8), ("Menuiseries intérieures", 6), ("Électricité – courants faibles", 12),
        ("Plomberie – CVC", 12), ("Ascenseur", 4)])]
    return annex("Annexe – Délais indicatifs par lot", ["Lot", "Désignation", "Durée d'intervention"], rows,
                 widths=[0.6, 3, 1.4], align="llr")


def _ann_d20():
    rows = [[["1", "1", "1", "1", "2", "2", "2", "3", "3"][i], ["Parc de la Motte", "Square Foch",
             "Abords école Brassens", "Jardin de l'hôtel de ville", "Cimetière de l'Est", "Cimetière du Bourg",
             "Cimetière de Kergoff", "VC 4 à VC 12", "Chemins ruraux 1 à 18"][i],
             ["6,2 ha", "0,8 ha", "1,1 ha", "0,4 ha", "2,3 ha", "1,6 ha", "0,9 ha", "21 km", "34 km"][i]] for i in range(9)]
    return annex("Annexe – Sites par lot", ["Lot", "Site", "Surface / linéaire"], rows, widths=[0.5, 3, 1.4],
                 align="llr")


def _ann_d21():
    rows = [[e, s, str(2010 + (i * 3) % 14), p] for i, (e, s, p) in enumerate([
        ("Chaudière 1 condensation", "Les Ormeaux", "mensuelle"), ("Chaudière 2 condensation", "Les Ormeaux",
         "mensuelle"), ("Préparateur ECS", "Les Ormeaux", "trimestrielle"), ("Pompes doubles circuit A", "Les "
         "Ormeaux", "mensuelle"), ("Vase d'expansion", "Les Ormeaux", "annuelle"), ("Chaudière murale", "Foyer",
         "annuelle"), ("Ballon 300 l", "Foyer", "annuelle"), ("PAC air/eau", "Administratif", "semestrielle"),
        ("Ventilo-convecteurs (12)", "Administratif", "semestrielle"), ("Régulation", "Tous sites", "mensuelle")])]
    return annex("Annexe – Inventaire des équipements et périodicités", ["Équipement", "Site", "Mise en service",
                 "Périodicité"], rows, widths=[2.6, 1.6, 1.2, 1.2], align="llrl")


def _ann_d22():
    rows = [["P%02d" % (i + 1), cyc(["Salle d'activité", "Dortoir", "Biberonnerie", "Sanitaires enfants", "Bureau "
             "direction", "Local ménage", "Circulation"], i, 2), "%d × 204" % [83, 93, 93, 73][i % 4],
             ["—", "EI 30", "—", "—"][i % 4], ["oui", "non"][i % 2]] for i in range(16)]
    return annex("Annexe – Nomenclature des blocs-portes", ["Repère", "Local", "Dimensions", "Coupe-feu",
                 "Anti-pince-doigts"], rows, widths=[0.8, 2.4, 1.2, 1, 1.2], align="lllll")


def _ann_d23():
    rows = [[s, "%d m²" % m, f] for s, m, f in [("Siège – bureaux", 1240, "5 j / 7"), ("Siège – salles de "
            "réunion", 310, "3 j / 7"), ("Médiathèque – espace public", 890, "6 j / 7"), ("Médiathèque – "
            "réserves", 150, "mensuelle"), ("Piscine – plages et vestiaires", 1020, "7 j / 7"), ("Piscine – "
            "hall et gradins", 260, "7 j / 7"), ("Pôle petite enfance", 540, "5 j / 7")]]
    return annex("Annexe 1 (extrait) – Surfaces et fréquences", ["Site / zone", "Surface", "Fréquence"], rows,
                 widths=[3, 1, 1.2], align="lrl")


def _ann_d24():
    rows = [[s, str(n), f, t] for s, n, f, t in [("Exploitation reseau", 58, "Voix + 20 Go", "Durci IP68"),
            ("Astreinte", 12, "Voix + 50 Go", "Durci IP68"), ("Bureau d'etudes", 21, "Voix + 20 Go", "Standard"),
            ("Administration", 31, "Voix + 10 Go", "Standard"), ("Direction", 6, "Voix + 50 Go", "Standard"),
            ("Modems routeurs postes sources", 12, "Data 100 Go", "Routeur 4G")]]
    return annex("Annexe – Repartition des lignes", ["Service", "Lignes", "Profil", "Terminal"], rows,
                 widths=[2.6, 0.8, 1.6, 1.4], align="lrll")


def _ann_d25():
    rows = [["Restaurant %s" % n, "%d m²" % (140 + 45 * i), str(120 + 35 * i), ["13 h 45", "14 h", "13 h 30"][i % 3]]
            for i, n in enumerate(["Anatole-France", "Les Cèdres", "Jules-Ferry", "La Fontaine", "Victor-Hugo",
                                   "Les Coquelicots", "Paul-Bert"])]
    return annex("Annexe au CCAP – Sites concernés", ["Site", "Surface", "Rationnaires", "Début d'intervention"], rows,
                 widths=[2.4, 1, 1, 1.4], align="lrrr")


def _ann_d26():
    rows = [[pr, u, str(q)] for pr, u, q in [("Lait demi-écrémé UHT 1 l", "litre", 5200), ("Yaourt nature 125 g",
            "pièce", 21000), ("Yaourt aromatisé 125 g", "pièce", 14500), ("Fromage blanc 20 % 5 kg", "kg", 640),
            ("Emmental râpé 1 kg", "kg", 420), ("Camembert 250 g", "pièce", 980), ("Crème dessert vanille 125 g",
            "pièce", 9600), ("Beurre doux 250 g", "pièce", 1150), ("Crème fraîche épaisse 1 l", "litre", 380),
            ("Œuf entier liquide pasteurisé 1 kg", "kg", 1450), ("Dessert lacté hyperprotéiné 125 g", "pièce", 6200)]]
    return annex("Annexe – Quantités annuelles indicatives", ["Produit", "Unité", "Quantité"], rows,
                 widths=[3.4, 1, 1], align="llr")


def _ann_d27():
    rows = [["A%02d" % (i + 1), cyc(_RUES, i, 3), str(30 + (i * 13) % 70), ["LED", "LED / SHP", "SHP",
             "IM"][i % 4], ["horloge astro.", "cellule", "horloge astro."][i % 3]] for i in range(20)]
    return annex("Annexe – Armoires de commande (extrait)", ["Armoire", "Emplacement", "Points", "Sources",
                 "Commande"], rows, widths=[0.8, 2.6, 0.8, 1, 1.3], align="llrll")


def _ann_d28():
    rows = [["Pavillon %s" % n, str(18 + (i * 5) % 12), str(2 + i % 3), ["oui", "non"][i % 2]] for i, n in
            enumerate(["Les Iris", "Les Ajoncs", "Les Bruyères", "Le Cèdre", "La Source", "Les Genêts", "Le Vallon",
                       "Les Sorbiers", "L'Aubépine", "Le Tilleul", "Les Saules", "CMP Nord", "CMP Sud"])]
    return annex("Annexe – Pavillons et points de puisage", ["Bâtiment", "Chambres", "Points à risque",
                 "Unité fermée"], rows, widths=[2.2, 1, 1.2, 1], align="lrrl")


def _ann_d29():
    rows = [[d, u, q] for d, u, q in [("Dépose de bordures", "ml", "540"), ("Terrassement en tranchée", "m³", "310"),
            ("Canalisation PVC Ø 300", "ml", "265"), ("Branchement Ø 160", "u", "18"), ("Regard de visite Ø 1000",
            "u", "6"), ("Bordure T2", "ml", "520"), ("Enrobé trottoir 0/6", "m²", "780"), ("BBSG 0/10", "m²", "1 650"),
            ("Plateau béton désactivé", "m²", "140"), ("Pavage granit", "m²", "210")]]
    return annex("Annexe – Principales quantités (détail estimatif, non contractuel)", ["Désignation", "Unité",
                 "Quantité"], rows, widths=[3.4, 0.8, 1], align="llr")


def _ann_d30():
    rows = [["PA%02d" % (i + 1), ["Hall %d" % (1 + i % 4), "Centre de congrès", "Accueil", "Parking P2"][i % 4],
             ["Porte coulissante 2 vantaux", "Porte battante", "Portail coulissant", "Rideau métallique",
              "Barrière levante"][i % 5], ["oui", "non", "non"][i % 3]] for i in range(18)]
    return annex("Annexe – Inventaire des équipements motorisés (extrait)", ["Repère", "Localisation", "Type",
                 "Issue de secours"], rows, widths=[0.8, 1.8, 2.6, 1.1], align="llll")


ANNEXES = {k[5:]: v for k, v in globals().items() if k.startswith("_ann_d")}


# ----------------------------------------------------------------------------- extraction et contrôles
def extract_text(path):
    """Texte EXTRAIT du fichier produit : pypdf (PDF), paragraphes + cellules (DOCX), lecture directe (TXT)."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(path)
        t = "\n".join((pg.extract_text() or "") for pg in r.pages)
    elif ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        t = "\n".join(parts)
    else:
        with open(path, encoding="utf-8") as fh:
            t = fh.read()
    return t


def norm_extracted(t):
    t = t.replace(NB, " ").replace(NNB, " ")
    t = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1\2", t)      # mot coupé en fin de ligne : re-joint
    return re.sub(r"\s+", " ", t).strip()


def norm_quote(q):
    return re.sub(r"\s+", " ", norm(q)).strip()


_ART_ANY = re.compile(r"^(Article|ARTICLE|Art\.|ART\.)\s*(\d+|1er)|^\d+(\.\d+)?\.?\s|^\d+\.\d+ ")


def count_articles(blocks):
    return sum(1 for b in blocks if b[0] == "h" and _ART_ANY.match(b[1]))


def build_all(outdir):
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    docs = []
    for f in DOCUMENTS:
        p = f()
        path = os.path.join(outdir, p["file"])
        ext = p["file"].rsplit(".", 1)[1]
        pdf = ext == "pdf"
        p["blocks"] = p["blocks"] + EXTRA.get(p["file"][:3], lambda: [])()
        extra = ANNEXES.get(p["file"][:3], lambda: [])()
        blocks = [_conv(b, pdf) for b in number_articles(p["blocks"] + extra)]
        n = None
        if pdf:
            n = build_pdf(path, _conv_str(p["header"], True), _conv_str(p["footer"], True), blocks,
                          hyphen=p["hyphen"], title=p["header"], cols=p["cols"])
        elif ext == "docx":
            build_docx(path, p["header"], p["footer"], blocks)
        else:
            build_txt(path, blocks)
        p["final_blocks"] = blocks
        p["pages"] = n
        docs.append(p)
    return docs


def md5s(folder):
    import hashlib
    out = {}
    for name in sorted(os.listdir(folder)):
        fp = os.path.join(folder, name)
        if os.path.isfile(fp) and name != "labels.csv":
            with open(fp, "rb") as fh:
                out[name] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    docs = build_all(OUT)
    problems = []
    rows = []
    kinds, pages = {}, {}
    for p in docs:
        name = p["file"]
        if p["doc_type"] not in _DOC_TYPES:
            problems.append("%s : doc_type %s" % (name, p["doc_type"]))
        # numérotation et nombre d'articles
        nums = []
        for b in number_articles(p["blocks"]):
            if b[0] in ("h", "h2"):
                m = _ART.match(b[1])
                if m and not re.match(r"^Article \d+ (bis|ter)\b", b[1]):
                    nums.append(int(m.group(1)))
        if nums != sorted(set(nums)):
            problems.append("%s : numérotation des articles %r" % (name, nums))
        na = count_articles(p["final_blocks"])
        if not (8 <= na <= 20):
            problems.append("%s : %d articles" % (name, na))
        p["articles"] = na
        ext = name.rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
        if p["pages"] is not None:
            pages[p["pages"]] = pages.get(p["pages"], 0) + 1
        lab = dict(p["label"])
        logical = re.sub(r"\s+", " ", plain_text(p["final_blocks"]))
        extracted = norm_extracted(extract_text(os.path.join(OUT, name)))
        for q in lab["evidence"]:
            if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                continue
            nq = norm_quote(q)
            if nq not in logical:
                problems.append("%s : preuve absente du texte logique : %r" % (name, q))
            if nq not in extracted:
                problems.append("%s : preuve absente du texte EXTRAIT : %r" % (name, q))
        ev = " | ".join(norm_quote(q) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuve trop longue (%d)" % (name, len(ev)))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % name)
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % name)
        if lab["heures_insertion"] and lab["clause_insertion"] != 1:
            problems.append("%s : heures sans clause_insertion" % name)
        if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % name)
        if lab["nb_lots"] and lab["allotissement"] != 1:
            problems.append("%s : nb_lots sans allotissement = 1" % name)
        if lab["reserve_base"]:
            for b in lab["reserve_base"].split(";"):
                if b not in ("L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"):
                    problems.append("%s : reserve_base %s" % (name, b))
        if re.search(r"(?i)(clause|critere|critère|social|insertion|reserv|réserv|environ|vert|bio)", name):
            problems.append("%s : nom de fichier non neutre" % name)
        row = {"path": name, "doc_type": p["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
    for r in rows:
        for col in ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
                    "clause_environnementale", "critere_environnemental"):
            if r[col] not in ("0", "1", "?"):
                problems.append("%s : %s = %r" % (r["path"], col, r[col]))
        if r["allotissement"] not in ("", "0", "1"):
            problems.append("%s : allotissement = %r" % (r["path"], r["allotissement"]))
        for col in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
            if r[col] and not re.fullmatch(r"\d+(\.\d+)?", r[col]):
                problems.append("%s : %s = %r" % (r["path"], col, r[col]))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    # déterminisme : seconde construction dans un dossier du jeu, comparaison des md5, suppression
    first = md5s(OUT)
    tmp = os.path.join(HERE, ".build2")
    build_all(tmp)
    second = md5s(tmp)
    shutil.rmtree(tmp)
    if first != second:
        diff = sorted(k for k in set(first) | set(second) if first.get(k) != second.get(k))
        problems.append("déterminisme : md5 différents pour %s" % ", ".join(diff))
    pos = {c: sum(1 for r in rows if r[c] == "1") for c in
           ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale",
            "critere_environnemental")}
    anypos = sum(1 for r in rows if any(r[c] == "1" for c in pos))
    print("%d documents (%s) ; pages des PDF : %s ; articles : %s" % (
        len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())),
        ", ".join("%s %d" % (p["file"][:3], p["articles"]) for p in docs)))
    print("positifs par colonne : %s ; documents avec au moins un positif : %d" % (pos, anypos))
    print("césures forcées HY : %d, nombres coupés SB : %d" % (HY_STATS["cut"], SB_STATS["cut"]))
    print("md5 identiques entre deux constructions : %s (%d fichiers)" % (first == second, len(first)))
    print("contrôles : preuves dans le texte logique et dans le texte EXTRAIT (pypdf / python-docx), preuves <= 300 "
          "caractères, 8 à 20 articles, numérotation, clause_insertion => clause_sociale, heures => insertion, "
          "marche_reserve <=> reserve_base, nb_lots => allotissement = 1, noms neutres, valeurs des colonnes, "
          "déterminisme -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
