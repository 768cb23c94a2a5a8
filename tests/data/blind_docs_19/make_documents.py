#!/usr/bin/env python3
"""Construit les documents du jeu blind_docs_19 (PDF reportlab, DOCX python-docx, avis .txt, avis XML).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise telle quelle de tests/data/blind_values_13/make_documents.py, lignes 27-664
(écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB,
césure forcée HY, aides de saisie, number_articles, C, A, _DOC_TYPES) ; extra_checks repris des lignes
2433-2451 ; la boucle de construction et de contrôle (main) est adaptée des lignes 2452-2611 à des
documents isolés (documents/labels.csv) : extraction du texte depuis le fichier produit (pypdf, python-docx,
lxml, lecture simple), recherche de chaque preuve dans ce texte, double construction et comparaison des md5.
Les trente documents et l'écriture XML (TED R2.0.9 et eForms) ont été écrits pour ce jeu.

Thème : précision sociale dans les services à la personne et les longues pièces techniques ou
administratives (mots sociaux dans des rôles qui n'engagent pas le titulaire).

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit documents/<fichier> et documents/labels.csv (schéma de LABELS.md, une ligne par document).
Tous les textes, acheteurs, lieux, SIRET, personnes, références et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF, la police Helvetica standard ne l'ayant pas) ;
BR = retour à la ligne forcé dans les PDF ; SB = coupure possible d'un nombre en fin de ligne ;
HY = césure possible d'un mot court si le mot ne tient plus sur la ligne.

Usage : .venv/bin/python tests/data/blind_docs_19/make_documents.py
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
SET_NAME = "blind_docs_19"

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






# ----------------------------------------------------------------------------- documents isolés
def DOC(file, doc_type, header, footer, blocks, label, tests, hyphen=False, cols=1):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, tests=tests, hyphen=hyphen, cols=cols)


def XMLDOC(file, doc_type, xml, label, tests):
    return dict(file=file, doc_type=doc_type, xml=xml, label=label, tests=tests)


# =============================================================================== d01
def d01():
    blocks = [
        TITLE("DÉPARTEMENT DE LA HAUTE-VESLE",
              "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Transport adapté des élèves et étudiants en situation de handicap",
              "Accord-cadre à bons de commande – Lot n°~3 : circuits du bassin de Montferrant",
              "Consultation n°~2026-DM-014"),
        P("Direction des mobilités – Service des transports adaptés – 14~rue du Colonel-Grillet, 52940 Vesles-le-Château. "
          "Dossier suivi par M. Armand Pélissou, responsable de l'unité transport des élèves handicapés (tél. 03~24~61~80~17)."),
        H("Article 1 – Objet du présent cahier"),
        P("Le présent cahier des clauses techniques particulières (CCTP) définit les conditions dans lesquelles est "
          "assuré le transport quotidien, entre leur domicile et leur établissement d'enseignement, des élèves et "
          "étudiants en situation de handicap qui ne peuvent utiliser les moyens de transport en commun en raison de la "
          "gravité de leur handicap, pris en charge par le Département en application des articles R.~3111-24 à "
          "R.~3111-27 du code des transports."),
        P("La consultation est divisée en neuf lots géographiques ; le présent document s'applique au seul lot n°~3, "
          "qui regroupe les circuits desservant les établissements du bassin de Montferrant (collèges, IME, ULIS, "
          "lycée professionnel Jean-Mermoz et site universitaire de Bréval)."),
        P("Les prescriptions communes à l'ensemble des lots figurent au CCAP. En cas de contradiction, les stipulations "
          "du CCAP prévalent sur celles du présent document."),
        H("Article 2 – Les usagers transportés"),
        P("Les ayants droit sont désignés par le Département après instruction de leur dossier et, le cas échéant, avis "
          "de la Maison départementale des personnes handicapées (MDPH). Ils présentent des handicaps de natures très "
          "diverses : troubles du spectre de l'autisme, polyhandicap, déficience visuelle ou auditive, troubles "
          "moteurs nécessitant pour certains un déplacement en fauteuil roulant. À la date de rédaction du présent "
          "cahier, le lot n°~3 compte 47 ayants droit, dont 6 utilisateurs de fauteuil roulant (UFR) qui voyagent "
          "assis dans leur fauteuil."),
        P("La fiche de liaison de chaque élève, transmise au titulaire avant la rentrée, précise les besoins "
          "d'accompagnement, les consignes particulières (crises d'épilepsie, allergies, appareillage) et les "
          "personnes autorisées à le recevoir. Le titulaire en garantit la confidentialité : ces informations ne "
          "sont communiquées qu'aux conducteurs et accompagnateurs affectés au circuit concerné."),
        H("Article 3 – Organisation des circuits"),
        H2("3.1 Établissement des circuits"),
        P("Les circuits sont établis par le titulaire et validés par le Département. Le temps de trajet d'un élève ne "
          "peut excéder 45 minutes par trajet, sauf dérogation accordée par écrit. Les horaires d'arrivée sont fixés de "
          "façon à permettre une prise en charge par l'établissement au plus tôt 10 minutes avant le début des cours."),
        H2("3.2 Prise en charge et dépose"),
        P("L'élève est pris en charge et déposé au point convenu avec la famille, en principe au domicile. Il n'est "
          "jamais laissé seul à la dépose : en l'absence de la personne habilitée, le conducteur prévient le service "
          "et le responsable légal, puis conduit l'élève au lieu de repli figurant sur la fiche de liaison."),
        RTAB([["Circuit", "Établissements desservis", "Ayants droit", "dont UFR", "Km / jour (estim.)"],
              ["3-01", "IME Les Charmilles (Montferrant)", "9", "2", "118"],
              ["3-02", "Collège Val-de-Mousse – ULIS", "7", "0", "96"],
              ["3-03", "Lycée professionnel Jean-Mermoz", "5", "1", "142"],
              ["3-04", "SESSAD et écoles de Saint-Aubert", "11", "1", "87"],
              ["3-05", "Site universitaire de Bréval", "4", "2", "164"],
              ["3-06", "Établissements divers (hors secteur)", "11", "0", "205"]],
             widths=[0.9, 3.2, 1.1, 0.9, 1.3], align="llrrr"),
        H("Article 4 – Véhicules"),
        H2("4.1 Caractéristiques"),
        P("Les véhicules sont des véhicules de 9 places au plus, conducteur compris, adaptés au nombre et à la situation "
          "des élèves transportés. Pour chaque circuit comprenant un UFR, le véhicule est équipé d'une rampe ou d'un "
          "hayon élévateur et de systèmes d'ancrage du fauteuil et de retenue de l'occupant conformes à la norme "
          "ISO~10542. Les sièges rehausseurs et dispositifs de retenue pour enfants sont fournis par le titulaire."),
        H2("4.2 Ancienneté et émissions du parc"),
        P("Les véhicules affectés au lot ont moins de sept ans à la date de notification et satisfont au minimum à la "
          "norme Euro~6. À compter de la rentrée scolaire 2027, au moins 30~% du parc affecté au lot est constitué de "
          "véhicules à faibles émissions (électriques, hybrides rechargeables ou fonctionnant au bioGNV). Le "
          "titulaire remet chaque année, avant le 15 septembre, l'état de son parc (immatriculation, motorisation, "
          "certificat qualité de l'air) ; l'écart constaté donne lieu à la pénalité prévue au CCAP."),
        P("Les conducteurs sont formés à l'éco-conduite dans les six mois suivant leur affectation, et le moteur est "
          "coupé pendant les temps d'attente devant les établissements."),
        H2("4.3 Entretien"),
        P("Le titulaire assure l'entretien et le contrôle technique des véhicules. Un véhicule de remplacement "
          "équipé de manière identique est disponible dans un délai de deux heures en cas de panne."),
        H("Article 5 – Personnel affecté au service"),
        H2("5.1 Conducteurs"),
        P("Le conducteur est titulaire du permis de conduire adapté au véhicule depuis au moins trois ans et de "
          "l'attestation préfectorale d'aptitude physique prévue à l'article R.~221-10 du code de la route. Avant "
          "toute prise de poste, il suit une formation aux gestes de premiers secours (PSC1) et une sensibilisation "
          "à l'accompagnement des personnes handicapées d'une durée minimale de 7 heures, dispensées aux frais du "
          "titulaire."),
        P("Le titulaire affecte, autant que possible, le même conducteur à un circuit pour toute l'année scolaire : "
          "la stabilité des repères est essentielle pour de nombreux élèves. Tout changement de conducteur est "
          "signalé à la famille et au service la veille, sauf urgence."),
        H2("5.2 Accompagnateurs"),
        P("Un accompagnateur est présent à bord lorsque la décision de prise en charge le prévoit (à ce jour : "
          "circuits 3-01 et 3-05). L'accompagnateur, majeur, est formé par le titulaire à la manipulation des "
          "dispositifs d'arrimage et aux conduites à tenir définies dans les fiches de liaison."),
        H2("5.3 Honorabilité"),
        P("Le titulaire s'assure, avant l'affectation de tout personnel au contact des élèves, que celui-ci n'a pas "
          "fait l'objet d'une condamnation incompatible avec l'exercice de ses fonctions ; il sollicite à cet effet "
          "la consultation du FIJAIS dans les conditions prévues par la réglementation."),
        H2("5.4 Obligations d'employeur"),
        P("Le titulaire demeure seul employeur de son personnel. Il respecte les dispositions du code du travail et "
          "de la convention collective nationale des transports routiers et des activités auxiliaires du transport, "
          "notamment en matière de temps de conduite, d'amplitude et de repos. Il tient à jour son document unique "
          "d'évaluation des risques professionnels, qui intègre les risques liés à la manutention des fauteuils."),
        H("Article 6 – Continuité du service"),
        P("En cas de mouvement social affectant son personnel, le titulaire en informe le Département au moins 48 "
          "heures à l'avance et assure en priorité le transport des élèves dont la situation médicale ne permet pas "
          "une interruption de la scolarité, selon la liste arrêtée par le service. Les jours d'intempéries, la "
          "décision de suspendre un circuit est prise par le Département."),
        H("Article 7 – Relations avec les familles et les établissements"),
        P("Le titulaire désigne un interlocuteur unique joignable de 6~h~30 à 19~h~00 les jours de service. Les "
          "réclamations des familles sont transmises au Département dans les 24 heures, avec la réponse apportée."),
        SPLIT("À chaque rentrée, le conducteur prend contact avec la famille avant le premier trajet afin de convenir des "
              "modalités de prise en charge, de se présenter à l'élève et, lorsque c'est utile, de lui montrer le véhicule,",
              "ce premier contact étant particulièrement attendu des familles d'enfants présentant des troubles "
              "autistiques. Un compte rendu succinct est adressé au service pour chaque premier contact."),
        H("Article 8 – Suivi et contrôle"),
        P("Le titulaire tient un relevé journalier des trajet (heures réelles, absences signalées, incidents). Ce "
          "relevé est transmis mensuellement à l'appui de la facture. Le Département peut procéder à tout contrôle "
          "inopiné, y compris à bord des véhicules."),
        P("Une réunion de bilan associant le titulaire, le Département et les représentants des établissements est "
          "organisée à la fin de chaque trimestre scolaire."),
        H("Article 9 – Annexes"),
        LST(["Annexe 1 : liste anonymisée des ayants droit du lot n°~3 et contraintes horaires ;",
             "Annexe 2 : modèle de fiche de liaison ;",
             "Annexe 3 : modèle de relevé journalier."]),
        P("Fait à Vesles-le-Château, le 12 février 2026."),
    ]
    label = L(clause_environnementale=1, allotissement=1, nb_lots=9,
              evidence=["au moins 30~% du parc affecté au lot est constitué de véhicules à faibles émissions",
                        "La consultation est divisée en neuf lots géographiques"])
    return DOC("d01_CCTP_transport_adapte_lot3.pdf", "CCTP",
               "Département de la Haute-Vesle – CCTP transport adapté – Lot n°~3",
               "Consultation 2026-DM-014 – CCTP – version du 12/02/2026",
               blocks, label,
               "Usagers handicapés (UFR, autisme, MDPH), formation de 7 heures des conducteurs, stabilité et "
               "remplacement du personnel, convention collective et DUERP rappelés, mouvement social : rien de social "
               "pour le titulaire ; vraie clause environnementale (véhicules à faibles émissions) ; un des neuf lots.",
               hyphen=True)


# =============================================================================== d02
def d02():
    blocks = [
        TITLE("CENTRE COMMUNAL D'ACTION SOCIALE DE RIVEMONT",
              "Cahier des clauses administratives particulières",
              "Confection et livraison de repas à domicile",
              "Accord-cadre à bons de commande – Procédure adaptée ouverte (art. R.~2123-1 1° du CCP)",
              "Référence : CCAS-RIV-2026-02"),
        P("Pouvoir adjudicateur : Centre communal d'action sociale de Rivemont, Hôtel de ville, place des Tanneurs, "
          "71330 Rivemont – SIRET 267~101~284~00019. Représentant : Mme Solène Vautrin-Delmas, vice-présidente du CCAS."),
        H("ARTICLE 1 - OBJET ET ÉTENDUE DE LA CONSULTATION"),
        P("Le présent accord-cadre a pour objet la confection, le conditionnement et la livraison à domicile de repas "
          "destinés aux personnes âgées, aux personnes handicapées et, temporairement, aux personnes sortant "
          "d'hospitalisation, résidant sur le territoire de la commune de Rivemont et de ses hameaux. Le service "
          "concerne en moyenne 160 bénéficiaires par jour, 365 jours par an."),
        P("Le marché n'est pas alloti : la confection et la livraison des repas forment une prestation indissociable, "
          "la chaîne du froid devant être maîtrisée par un même opérateur de la cuisine jusqu'au réfrigérateur du "
          "bénéficiaire (article L.~2113-11 du code de la commande publique)."),
        H("ARTICLE 2 - FORME ET MONTANT DE L'ACCORD-CADRE"),
        P("Il s'agit d'un accord-cadre mono-attributaire exécuté par bons de commande, en application des articles "
          "R.~2162-1 à R.~2162-14 du code de la commande publique. Il est conclu sans montant minimum et avec un "
          "montant maximum de 410¦SB¦000 € HT pour la durée totale de l'accord-cadre, reconduction comprise."),
        H("ARTICLE 3 - PIECES CONSTITUTIVES"),
        P("Par ordre de priorité décroissante : l'acte d'engagement et son annexe financière (BPU) ; le présent CCAP ; "
          "le CCTP et ses annexes (plan alimentaire, grammages, liste des hameaux) ; le CCAG-FCS approuvé par l'arrêté "
          "du 30 mars 2021 ; le mémoire technique du titulaire."),
        H("ARTICLE 4 - DURÉE"),
        P("L'accord-cadre est conclu pour une durée de deux ans à compter du 1er juillet 2026. Il peut être reconduit "
          "tacitement une fois pour une durée de deux ans. Le titulaire ne peut refuser la reconduction."),
        H("ARTICLE 5 - PRIX"),
        P("Les prix sont unitaires, exprimés par repas livré selon la composition commandée (repas standard, repas à "
          "texture modifiée, repas diabétique, supplément pour le dîner). Ils sont réputés comprendre toutes les "
          "dépenses résultant de l'exécution des prestations, notamment les frais de personnel et les charges sociales "
          "et fiscales afférentes, les frais de véhicules et de carburant et la fourniture des contenants."),
        P("Les prix sont révisables annuellement au 1er juillet selon la formule figurant à l'acte d'engagement, qui "
          "combine l'indice des prix à la consommation « Restauration collective » et l'indice du coût horaire du "
          "travail, tous salariés, des activités de services administratifs et de soutien."),
        H("ARTICLE 6 - CONDITIONS D'EXÉCUTION"),
        H2("6.1 Relations avec les bénéficiaires"),
        P("Le livreur est souvent la seule personne que rencontre le bénéficiaire dans la journée. Il remet le repas en "
          "main propre, le range au réfrigérateur lorsque le bénéficiaire le demande et signale au CCAS, le jour "
          "même, toute situation inhabituelle (absence de réponse, repas de la veille non consommé, chute). Le CCAS "
          "rappelle que ces signalements ne transfèrent au titulaire aucune mission d'accompagnement social."),
        H2("6.2 Action en faveur du retour à l'emploi"),
        P("Afin de favoriser l'accès ou le retour à l'emploi de personnes qui en sont durablement écartées, le "
          "titulaire consacre à des actions d'insertion un minimum de 850 heures de travail sur la durée totale de "
          "l'accord-cadre, reconduction comprise, soit 425 heures par période de deux ans."),
        P("Peuvent en bénéficier, après validation de leur éligibilité par le facilitateur : les demandeurs d'emploi "
          "inscrits depuis plus de douze mois, les allocataires du RSA ou de l'ASS, les jeunes de moins de 26 ans sortis "
          "du système scolaire sans diplôme, les travailleurs reconnus handicapés orientés vers le milieu ordinaire et "
          "les personnes suivies par le PLIE du Pays de Rivemont."),
        P("Le titulaire choisit librement entre l'embauche directe (CDD, CDI, contrat de professionnalisation), la mise "
          "à disposition de salariés par une entreprise de travail temporaire d'insertion ou une association "
          "intermédiaire, ou le recours à un groupement d'employeurs pour l'insertion et la qualification (GEIQ). "
          "Les postes de livreur et d'aide-cuisinier se prêtent particulièrement à cette démarche."),
        P("Le facilitateur est Mme Odile Fabrègue, chargée de mission clauses sociales au PLIE du Pays de Rivemont "
          "(o.fabregue@plie-rivemont.fr). Le titulaire lui adresse, avant le 10 de chaque mois, l'état des heures "
          "réalisées au titre du mois précédent, ainsi que les justificatifs (contrats, relevés d'heures)."),
        H2("6.3 Contenants et déchets"),
        P("Les repas sont livrés dans des contenants réemployables, lavés et désinfectés par le titulaire ; l'usage de "
          "barquettes jetables en plastique est proscrit, sauf dérogation écrite du CCAS pour une durée limitée. Le "
          "titulaire reprend à chaque passage les contenants de la veille."),
        H("ARTICLE 7 - PERSONNEL EN PLACE"),
        P("Pour l'information des candidats, le CCAS indique que le prestataire actuel affecte trois salariés à la "
          "livraison (2,6 équivalents temps plein). Il appartient aux candidats d'apprécier si les conditions de "
          "l'article L.~1224-1 du code du travail sont réunies ; le CCAS n'impose aucune reprise de personnel."),
        H("ARTICLE 8 - PENALITES"),
        P("Par dérogation à l'article 14 du CCAG-FCS, les pénalités suivantes sont appliquées sans mise en demeure "
          "préalable :"),
        RTAB([["Manquement", "Pénalité"],
              ["Repas non livré (par repas)", "30 € HT"],
              ["Retard de livraison supérieur à une heure (par tournée)", "80 € HT"],
              ["Rupture de la chaîne du froid constatée", "300 € HT par constat"],
              ["Absence de signalement d'une situation inhabituelle", "100 € HT par cas"],
              ["Heure d'insertion non réalisée à l'échéance de chaque période", "45 € HT par heure"],
              ["Retard de transmission de l'état mensuel des heures", "20 € HT par jour"]],
             widths=[3.4, 1.6], align="lr"),
        P("Le montant cumulé des pénalités n'est pas plafonné."),
        H("ARTICLE 9 - FACTURATION ET PAIEMENT"),
        P("Les factures sont déposées mensuellement sur Chorus Pro. Le délai global de paiement est de 30 jours. Le "
          "CCAS peut suspendre le paiement de la part de facture correspondant aux repas contestés."),
        H("ARTICLE 10 - RESILIATION"),
        P("Les stipulations du chapitre 8 du CCAG-FCS s'appliquent. Le CCAS peut en outre résilier l'accord-cadre aux "
          "torts du titulaire, après mise en demeure restée sans effet, en cas de manquements répétés à la chaîne du "
          "froid ou lorsque le titulaire ne réalise pas, sans motif légitime, au moins la moitié des heures prévues à "
          "l'article 6.2."),
        H("ARTICLE 11 - LITIGES"),
        P("Le tribunal administratif de Dijon est seul compétent. Avant toute saisine, les parties recherchent une "
          "solution amiable."),
        P("Dressé par le CCAS le 3 mars 2026 – Lu et accepté par le titulaire (mention manuscrite, date, signature)."),
    ]
    label = L(clause_sociale=1, clause_insertion=1, heures_insertion=850, clause_environnementale=1,
              allotissement=0, montant_max_ht=410000,
              evidence=["consacre à des actions d'insertion un minimum de 850 heures de travail",
                        "contenants réemployables", "Le marché n'est pas alloti",
                        "montant maximum de 410~000 € HT pour la durée totale"])
    return DOC("d02_CCAP_portage_repas_CCAS_Rivemont.pdf", "CCAP",
               "CCAS de Rivemont – CCAP – Repas à domicile – CCAS-RIV-2026-02",
               "CCAP portage de repas – paraphe du titulaire : ........",
               blocks, label,
               "Bénéficiaires âgés et handicapés, signalements du livreur (sans mission sociale), charges sociales dans "
               "les prix, L1224-1 sans reprise imposée ; vraie clause d'insertion en mots inhabituels (850 h, "
               "« personnes durablement écartées »), contenants réemployables ; non alloti ; maximum.",
               hyphen=True)


# =============================================================================== d03
def d03():
    blocks = [
        TITLE("COMMUNAUTÉ DE COMMUNES DES COTEAUX DE LA SORNE",
              "RÈGLEMENT DE LA CONSULTATION",
              "Nettoyage et entretien des locaux et équipements communautaires",
              "Appel d'offres ouvert – articles L.~2124-2, R.~2124-2 1° et R.~2161-2 à R.~2161-5 du CCP",
              "Date limite de remise des offres : lundi 23 novembre 2026 à 12~h~00"),
        H("1. Acheteur"),
        P("Communauté de communes des Coteaux de la Sorne, 2 allée des Vergers, 39570 Sornay-les-Vignes. SIRET "
          "243~900~727~00026. Profil d'acheteur : https://marches.coteaux-sorne.fr. Correspondant : M. Lucien "
          "Brachet, service de la commande publique."),
        H("2. Objet et décomposition"),
        P("La consultation porte sur le nettoyage courant et périodique des locaux administratifs, de la médiathèque "
          "intercommunale, de la maison France Services et des équipements sportifs communautaires, ainsi que sur la "
          "vitrerie."),
        P("Elle est décomposée en deux lots, attribués séparément :"),
        RTAB([["Lot", "Intitulé", "Valeur annuelle estimée (€ HT)"],
              ["1", "Locaux administratifs, médiathèque, maison France Services", "68~000"],
              ["2", "Gymnase des Perrières, piscine intercommunale et vestiaires", "94~000"]],
             widths=[0.6, 4, 1.8], align="lrr"),
        P("Chaque lot donne lieu à un accord-cadre à bons de commande mono-attributaire d'une durée d'un an, "
          "reconductible trois fois. La valeur totale estimée des deux accords-cadres, reconductions comprises, est de "
          "648¦SB¦000 € HT. Un candidat peut se porter candidat et être attributaire des deux lots."),
        H("3. Informations relatives au personnel"),
        P("En application de l'article 7 de la convention collective nationale des entreprises de propreté et services "
          "associés, le titulaire entrant est tenu, dans les conditions fixées par cet accord, de reprendre une partie "
          "du personnel affecté au marché par l'entreprise sortante. La liste anonymisée de ce personnel (qualification, "
          "ancienneté, durée contractuelle, coefficient) figure en annexe 4 au CCAP ; elle est communiquée à titre "
          "informatif et n'engage pas la collectivité."),
        P("Les candidats sont invités à visiter les sites. Les visites ne sont pas obligatoires : elles ont lieu les 20 et "
          "22 octobre 2026 sur rendez-vous."),
        H("4. Contenu du dossier de candidature"),
        LST(["la lettre de candidature (DC1 ou équivalent) et la déclaration du candidat (DC2 ou équivalent), ou le DUME ;",
             "les déclarations sur l'honneur justifiant que le candidat n'entre dans aucun des cas d'exclusion des articles "
             "L.~2141-1 à L.~2141-5 et L.~2141-7 à L.~2141-11 du CCP, et qu'il satisfait à l'obligation d'emploi des "
             "travailleurs handicapés prévue aux articles L.~5212-1 à L.~5212-11 du code du travail ;",
             "le chiffre d'affaires des trois derniers exercices ;",
             "une liste de références de moins de trois ans pour des prestations comparables ;",
             "l'effectif moyen annuel et l'importance du personnel d'encadrement."]),
        P("L'attributaire pressenti produit en outre, dans le délai fixé par l'acheteur, les attestations fiscales et "
          "sociales, l'attestation de vigilance délivrée par l'URSSAF de moins de six mois et, s'il emploie des "
          "salariés étrangers, la liste nominative prévue à l'article D.~8254-2 du code du travail."),
        H("5. Contenu de l'offre"),
        P("L'offre comprend l'acte d'engagement, le bordereau des prix unitaires, le détail quantitatif estimatif (non "
          "contractuel) et un mémoire technique d'au plus 20 pages par lot, organisé selon les rubriques ci-après :"),
        LST(["a) moyens humains affectés au lot : nombre d'agents par site, horaires, qualification, encadrement, "
             "dispositif de remplacement des absences ;",
             "b) organisation et méthodologie : fréquences, protocoles d'entretien, cas de la piscine (plages, "
             "pédiluves, vestiaires) ;",
             "c) contrôle de la qualité : outils d'autocontrôle, traitement des réclamations ;",
             "d) démarche environnementale : produits et consommables utilisés (fiches techniques, labels), systèmes de "
             "dosage, matériels et méthodes limitant la consommation d'eau et d'énergie, gestion des emballages."]),
        H("6. Jugement des offres"),
        P("Les offres sont appréciées lot par lot au regard des critères pondérés suivants :"),
        RTAB([["Critère", "Pondération"],
              ["Prix des prestations (DQE non contractuel)", "50~%"],
              ["Valeur technique, dont : moyens humains (15~%), organisation et méthodologie (15~%), contrôle qualité (10~%)", "40~%"],
              ["Performance environnementale des prestations, jugée sur la rubrique d) du mémoire", "10~%"]],
             widths=[4.6, 1.2], align="lr"),
        P("Le prix est noté selon la formule : note = 50 × (offre la moins disante / offre examinée). La valeur technique "
          "et la performance environnementale sont notées par la commission technique sur la base d'une grille de "
          "lecture jointe au dossier."),
        P("Les offres anormalement basses sont traitées conformément aux articles R.~2152-3 à R.~2152-5 du CCP ; la "
          "communauté de communes vérifie notamment que le prix proposé couvre le coût salarial résultant des minima "
          "conventionnels de la branche de la propreté."),
        H("7. Questions des candidats"),
        P("Les questions sont posées sur le profil d'acheteur au plus tard dix jours avant la date limite. Les réponses "
          "sont publiées à l'attention de tous les candidats."),
        H("8. Recours"),
        P("Tribunal administratif de Besançon, 30 rue Charles-Nodier, 25044 Besançon Cedex."),
    ]
    label = L(critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=648000,
              evidence=["Performance environnementale des prestations, jugée sur la rubrique d) du mémoire",
                        "Elle est décomposée en deux lots",
                        "La valeur totale estimée des deux accords-cadres, reconductions comprises, est de 648~000 € HT"])
    return DOC("d03_RC_nettoyage_CC_Coteaux_Sorne.pdf", "RC",
               "CC des Coteaux de la Sorne – RC – Nettoyage des locaux – AOO 2026-11",
               "Règlement de la consultation – Nettoyage et entretien – octobre 2026",
               blocks, label,
               "Reprise du personnel (art. 7 CCN propreté) à titre informatif, L5212 dans la candidature, URSSAF, "
               "moyens humains notés (qualité, pas social), minima conventionnels dans l'offre anormalement basse : "
               "aucun critère social ; vrai critère environnemental 10 % ; deux lots ; valeur totale estimée.",
               hyphen=True)


# =============================================================================== d04
def d04():
    blocks = [
        TITLE("CIAS DU HAUT-LIZON",
              "CCTP – Aide et accompagnement à domicile",
              "Prestations d'aide à domicile au bénéfice des personnes âgées et des personnes en situation de handicap",
              "Marché public de services sociaux et autres services spécifiques – procédure adaptée (art. R.~2123-1 3°)",
              "Réf. CIAS-HL/2026/AD-07"),
        H("I. PRÉSENTATION"),
        P("Le Centre intercommunal d'action sociale du Haut-Lizon (CIAS), établissement public rattaché à la communauté "
          "de communes du Haut-Lizon (14 communes, 11~200 habitants), ne dispose plus depuis 2024 de service d'aide à "
          "domicile en régie. Il confie par le présent marché à un service autorisé (SAAD) la réalisation des "
          "interventions d'aide à domicile dont il assure le financement complémentaire dans le cadre de sa politique "
          "d'action sociale facultative."),
        P("Le CIAS réaffirme à cette occasion son attachement au maintien à domicile des personnes âgées, à la lutte "
          "contre l'isolement en milieu rural et à une prise en charge respectueuse des droits des usagers. Cette "
          "orientation générale du conseil d'administration ne crée pas, par elle-même, d'obligation à la charge du "
          "titulaire autre que celles prévues aux articles suivants."),
        H("II. PUBLIC CONCERNÉ"),
        P("Sont bénéficiaires des prestations : les personnes âgées de 60 ans et plus relevant des GIR 5 et 6, ne "
          "bénéficiant pas de l'APA, et les personnes en situation de handicap titulaires d'une carte mobilité "
          "inclusion mention invalidité ou d'une décision de la CDAPH, dont l'état ne justifie pas l'intervention d'un "
          "service de soins. Environ 130 bénéficiaires sont suivis, pour un volume prévisionnel de 21~000 heures "
          "d'intervention par an."),
        P("Les bénéficiaires sont orientés par le CIAS, qui notifie au titulaire le plan d'aide (nombre d'heures "
          "mensuelles, nature des tâches, jours souhaités). Toute modification du plan d'aide est décidée par le CIAS."),
        H("III. NATURE DES INTERVENTIONS"),
        LST(["entretien courant du logement et du linge ;",
             "aide aux courses, préparation des repas et aide à la prise des repas ;",
             "aide aux démarches administratives simples ;",
             "accompagnement lors de sorties (rendez-vous médicaux, marché, visites) ;",
             "stimulation et maintien du lien social, en lien avec les animations du CIAS."]),
        P("Les actes de soins relevant de la compétence des infirmiers et des aides-soignants sont exclus. L'aide à la "
          "toilette n'est assurée que sous forme de stimulation, pour les personnes qui en gardent la maîtrise."),
        H("IV. QUALIFICATION ET ENCADREMENT DU PERSONNEL"),
        P("Les interventions sont réalisées par des intervenants titulaires, pour 60~% au moins des heures, du diplôme "
          "d'État d'accompagnant éducatif et social (DEAES), du titre professionnel d'assistant de vie aux familles "
          "(ADVF) ou d'un diplôme équivalent. Les autres intervenants justifient d'une expérience d'au moins un an "
          "auprès de personnes âgées."),
        P("Le titulaire désigne un responsable de secteur, joignable du lundi au vendredi de 8~h~30 à 18~h~00, "
          "interlocuteur du CIAS et des familles. Un intervenant nouvellement affecté est présenté au bénéficiaire "
          "par le responsable de secteur lors de la première intervention."),
        P("Le titulaire veille à limiter le nombre d'intervenants différents auprès d'un même bénéficiaire (au plus "
          "trois par mois, hors remplacements imprévus). Il organise le remplacement de tout intervenant absent dans un "
          "délai de 24 heures ; à défaut, il prévient le bénéficiaire et le CIAS."),
        P("Les intervenants portent une tenue correcte et un badge nominatif fourni par le titulaire ; ils ne reçoivent "
          "ni gratification ni procuration de la part des bénéficiaires."),
        H("V. DROITS DES USAGERS ET BIENTRAITANCE"),
        P("Le titulaire remet à chaque bénéficiaire le livret d'accueil, la charte des droits et libertés de la "
          "personne accueillie et le règlement de fonctionnement prévus par les articles L.~311-4 et L.~311-7 du code "
          "de l'action sociale et des familles. Il dispose d'une procédure de signalement des situations de "
          "maltraitance connue de tous ses salariés."),
        P("Les intervenants suivent, au cours de la première année du marché, une formation de quatorze heures à la "
          "prévention de la maltraitance et à l'accompagnement des personnes atteintes de troubles cognitifs. Le coût "
          "de ces formations est inclus dans le prix horaire."),
        H("VI. CADRE SOCIAL DE L'ACTIVITÉ DU TITULAIRE"),
        P("Le titulaire applique à ses salariés la convention collective de la branche de l'aide, de l'accompagnement, "
          "des soins et des services à domicile (BAD) ou, s'il relève du secteur lucratif, la convention collective "
          "des entreprises de services à la personne, ainsi que les dispositions du code du travail relatives à la "
          "durée du travail et aux temps de déplacement entre deux interventions. Il communique au CIAS, sur simple "
          "demande, l'attestation de vigilance de l'URSSAF."),
        P("Il est rappelé que les frais kilométriques des intervenants qui utilisent leur véhicule personnel sont "
          "indemnisés selon les règles de la convention collective applicable ; ils sont compris dans le prix horaire."),
        P("Compte tenu de la nature des prestations, étroitement liées à la relation avec des personnes vulnérables, "
          "le CIAS n'a pas retenu de clause d'insertion dans le présent marché."),
        H("VII. CONTINUITÉ, HORAIRES ET ASTREINTE"),
        P("Les interventions ont lieu du lundi au samedi, de 7~h~30 à 20~h~00. Les interventions du dimanche et des "
          "jours fériés sont limitées aux bénéficiaires pour lesquels le plan d'aide le prévoit (aide aux repas). Le "
          "titulaire organise une astreinte téléphonique le week-end."),
        P("En période de canicule ou de grand froid, le titulaire participe au dispositif d'alerte du CIAS : il "
          "transmet la liste actualisée des bénéficiaires isolés et renforce, à la demande du CIAS, la fréquence des "
          "passages, dans la limite de deux heures supplémentaires par bénéficiaire et par semaine."),
        H("VIII. TÉLÉGESTION ET TRANSMISSION DES DONNÉES"),
        P("Les heures d'intervention sont enregistrées par un système de télégestion (badge NFC ou application "
          "mobile). Le titulaire transmet au CIAS, avant le 8 de chaque mois, l'état des heures réalisées par "
          "bénéficiaire. Les données de santé éventuellement recueillies sont traitées conformément au RGPD ; le "
          "titulaire est responsable de traitement pour ses propres fichiers."),
        H("IX. ÉVALUATION DU SERVICE"),
        P("Une enquête de satisfaction est conduite chaque année auprès des bénéficiaires selon un questionnaire établi "
          "conjointement. Ses résultats sont présentés au comité de suivi, qui réunit deux fois par an le CIAS, le "
          "titulaire et deux représentants des usagers désignés par le conseil de la vie sociale du CIAS."),
        P("Les difficultés rencontrées dans la relation avec un bénéficiaire (refus d'aide, conflit familial, "
              "logement insalubre, suspicion de maltraitance financière) sont portées sans délai à la connaissance du "
              "travailleur social référent du CIAS, qui décide des suites à donner ; le titulaire n'engage aucune "
              "démarche auprès des tiers sans son accord, hors situation d'urgence vitale."),
        H("X. INDICATEURS"),
        RTAB([["Indicateur", "Cible", "Fréquence"],
              ["Taux de réalisation des heures du plan d'aide", "97~% au moins", "mensuelle"],
              ["Délai de remplacement d'un intervenant absent", "24 h", "mensuelle"],
              ["Nombre moyen d'intervenants par bénéficiaire", "3 au plus", "trimestrielle"],
              ["Part des heures réalisées par du personnel diplômé", "60~% au moins", "semestrielle"],
              ["Réclamations traitées sous 8 jours", "100~%", "trimestrielle"]],
             widths=[3.2, 1.4, 1.3], align="lll"),
        P("Fait au Haut-Lizon, le 26 janvier 2026. Le Président du CIAS, Gérard Moncassin."),
    ]
    label = L(evidence=[])
    return DOC("d04_CCTP_aide_domicile_CIAS_Haut-Lizon.pdf", "CCTP",
               "CIAS du Haut-Lizon – Aide et accompagnement à domicile – CCTP",
               "Réf. CIAS-HL/2026/AD-07 – CCTP",
               blocks, label,
               "Deux colonnes. Usagers âgés et handicapés (GIR, CDAPH), qualification et remplacement des intervenants, "
               "bientraitance, convention collective BAD et URSSAF rappelées, préambule de politique sociale déclaré "
               "non contraignant, « pas de clause d'insertion » : tout à 0.",
               hyphen=True, cols=2)


# =============================================================================== d05
def d05():
    blocks = [
        TITLE("CENTRE HOSPITALIER DE VAURENNE-LES-BAINS",
              "Cahier des clauses techniques particulières",
              "Accueil physique des usagers et standard téléphonique",
              "Marché n°~26-HOSP-031 – Direction des achats et de la logistique"),
        H("Préambule"),
        P("Le Centre hospitalier de Vaurenne-les-Bains (485 lits et places, 1~900 agents) est signataire de la charte "
          "Romain Jacob pour l'accès aux soins des personnes en situation de handicap et s'est doté en 2025 d'une "
          "politique d'achats responsables, qui vise notamment à développer le recours aux entreprises de l'économie "
          "sociale et solidaire. Le présent cahier décrit les prestations attendues ; les seules obligations du "
          "titulaire sont celles qui sont énoncées aux articles 1 à 11."),
        H("Article 1 – Objet"),
        P("Le marché a pour objet l'accueil physique des patients, des visiteurs et des professionnels dans les deux "
          "halls du site principal (hall A « Consultations » et hall B « Hospitalisation – Urgences ») ainsi que la "
          "tenue du standard téléphonique de l'établissement, en dehors des heures assurées par le personnel "
          "hospitalier."),
        H("Article 2 – Missions d'accueil"),
        P("Les agents d'accueil renseignent et orientent les usagers, délivrent les badges visiteurs, tiennent le "
          "registre des objets trouvés et appellent, le cas échéant, le service de brancardage. Ils accueillent avec une "
          "attention particulière les personnes à mobilité réduite, les personnes malvoyantes ou malentendantes, les "
          "patients âgés désorientés et les familles endeuillées."),
        P("Deux fauteuils roulants sont mis à disposition des usagers dans chaque hall par le Centre hospitalier ; "
          "l'agent d'accueil en assure le prêt contre dépôt d'une pièce d'identité et accompagne, si nécessaire, la "
          "personne jusqu'à l'ascenseur du service concerné. La boucle à induction magnétique installée aux banques "
          "d'accueil est mise en service par l'agent à la demande de l'usager."),
        H("Article 3 – Standard téléphonique"),
        P("Le standard est tenu du lundi au vendredi de 18~h~30 à 8~h~00 et le week-end et les jours fériés 24~h/24. "
          "L'opérateur oriente les appels vers les services, déclenche les procédures d'alerte (plan blanc, alerte "
          "incendie) selon les fiches réflexes fournies et tient la main courante."),
        H("Article 4 – Horaires et effectifs"),
        RTAB([["Poste", "Jours", "Horaires", "Effectif minimal"],
              ["Hall A", "lundi – vendredi", "7~h~30 – 19~h~30", "2 agents"],
              ["Hall B", "tous les jours", "7~h~00 – 21~h~00", "1 agent (2 de 10~h à 18~h)"],
              ["Standard", "voir article 3", "nuit, week-end, fériés", "1 opérateur"]],
             widths=[1.2, 1.6, 1.8, 2.0], align="llll"),
        P("L'effectif minimal est présent en permanence, pauses comprises. Le titulaire organise les pauses de façon à "
          "ce qu'aucune banque d'accueil ne reste sans agent entre 9~h~00 et 17~h~00."),
        H("Article 5 – Personnel du titulaire"),
        H2("5.1 Profil"),
        P("Les agents maîtrisent parfaitement la langue française, écrite et orale ; au moins un agent par vacation "
          "au hall B s'exprime couramment en anglais. Ils justifient d'une expérience d'au moins six mois dans "
          "l'accueil du public. Les opérateurs du standard sont formés aux procédures d'urgence de l'établissement "
          "avant leur première vacation, lors d'une session de quatre heures animée par le service sécurité."),
        H2("5.2 Formation"),
        P("Le titulaire assure à ses agents, dans les trois mois suivant leur affectation, une formation à l'accueil "
          "des personnes en situation de handicap et à la gestion des situations de tension. Il en justifie auprès du "
          "Centre hospitalier à première demande."),
        H2("5.3 Tenue et présentation"),
        P("Les agents portent une tenue fournie et entretenue par le titulaire, distincte des tenues hospitalières, et "
          "un badge mentionnant leur prénom et la mention « Accueil ». Le port de signes ostentatoires est soumis aux "
          "règles applicables dans l'établissement et rappelées dans le règlement intérieur annexé."),
        H2("5.4 Remplacement"),
        P("Toute absence est remplacée dans un délai de deux heures. Le titulaire constitue à cet effet un vivier d'au "
          "moins quatre agents formés aux spécificités du site. Le remplacement d'un agent titulaire de poste pour "
          "une durée supérieure à un mois est précédé d'une journée de tuilage, non facturée."),
        H2("5.5 Agents en poste"),
        P("Le prestataire sortant emploie sur le site sept agents. Lorsque les conditions de l'article L.~1224-1 du "
          "code du travail sont remplies, les contrats de travail en cours subsistent de plein droit avec le nouveau "
          "titulaire ; il appartient aux candidats d'en tenir compte dans leur offre. La liste figure en annexe 2."),
        H("Article 6 – Obligations légales et réglementaires"),
        P("Le titulaire est seul responsable du respect, à l'égard de son personnel, de la législation du travail, "
          "notamment en matière de durée du travail, de travail de nuit et de repos hebdomadaire. Il fournit tous les "
          "six mois les documents mentionnés à l'article D.~8222-5 du code du travail. Un plan de prévention est "
          "établi avec le Centre hospitalier avant le début des prestations, conformément aux articles R.~4512-6 et "
          "suivants du même code."),
        H("Article 7 – Confidentialité et secret"),
        P("Les agents sont tenus au secret professionnel pour tout ce qu'ils apprennent à l'occasion de leurs missions "
          "concernant les patients. Ils ne délivrent aucune information sur la présence d'un patient hospitalisé, hors "
          "des cas prévus par la procédure « demande de non-divulgation de présence »."),
        H("Article 8 – Qualité de service"),
        P("Le titulaire mesure mensuellement : le taux d'appels décrochés en moins de 20 secondes (cible : 90~%), le "
          "temps d'attente moyen aux banques d'accueil aux heures de pointe et le nombre de réclamations. Des "
          "visites mystères peuvent être organisées par le Centre hospitalier."),
        H("Article 9 – Locaux et matériels"),
        P("Le Centre hospitalier met à disposition les banques d'accueil, les postes téléphoniques et informatiques et "
          "un local de repos équipé. Le titulaire ne peut en modifier l'aménagement sans accord."),
        H("Article 10 – Réunions de suivi"),
        P("Une réunion mensuelle réunit le responsable du titulaire et la direction des usagers. Le titulaire y "
          "présente les indicateurs de l'article 8, les incidents et les actions correctives."),
        H("Article 11 – Réversibilité"),
        P("En fin de marché, le titulaire remet les fiches de procédure mises à jour et assure, pendant cinq jours "
          "ouvrés, l'accompagnement du nouveau prestataire."),
        P("Vaurenne-les-Bains, le 4 mars 2026. Pour le directeur et par délégation, Mme Hélène Quéré-Baudry, "
          "directrice des achats."),
    ]
    label = L(evidence=[])
    return DOC("d05_CCTP_accueil_standard_CH_Vaurenne.pdf", "CCTP",
               "Centre hospitalier de Vaurenne-les-Bains – Marché 26-HOSP-031 – CCTP Accueil",
               "CCTP Accueil et standard – CH de Vaurenne-les-Bains",
               blocks, label,
               "Préambule de politique d'achats responsables (charte Romain Jacob, ESS) sans obligation, usagers PMR et "
               "malentendants, formation à l'accueil du handicap, tenue, remplacement, L1224-1, D8222-5, plan de "
               "prévention : tout à 0.",
               hyphen=True)


# =============================================================================== d06
def d06():
    blocks = [
        TITLE("VILLE DE BOURG-ARDELLE",
              "C.C.A.P.",
              "Travaux de mise en accessibilité de quatre établissements recevant du public (Ad'AP – tranche 3)",
              "Marché de travaux – procédure adaptée – 4 lots",
              "Opération n°~2026-ACC-03"),
        P("Maître d'ouvrage : Ville de Bourg-Ardelle, Hôtel de ville, 1 place du Général-Leclerc, 08410 Bourg-Ardelle "
          "(SIRET 210~804~117~00015). Maître d'œuvre : cabinet Ferrand & Lacoste, architectes DPLG, 16 rue Saint-Rémi, "
          "08000 Charleville-Mézières. Coordonnateur SPS : Bureau Prévenir Ardennes (niveau 2)."),
        H("ARTICLE 1 – OBJET – DISPOSITIONS GÉNÉRALES"),
        H2("1.1 Objet du marché"),
        P("Les travaux ont pour objet la mise en conformité avec les règles d'accessibilité aux personnes handicapées "
          "(arrêté du 20 avril 2017 relatif à l'accessibilité des ERP existants) de la salle des fêtes Jean-Jaurès, de "
          "l'école maternelle des Tilleuls, de la bibliothèque municipale et du centre social Les Moulins, "
          "conformément à l'agenda d'accessibilité programmée approuvé par arrêté préfectoral du 9 novembre 2016."),
        P("Les travaux comprennent notamment : la création de rampes d'accès de pente inférieure à 5~%, la réalisation "
          "de places de stationnement adaptées, la pose de bandes d'éveil de vigilance et de contremarches contrastées, "
          "l'élargissement de portes à 0,90~m de passage utile, la création de sanitaires PMR avec barres d'appui et "
          "aire de rotation de 1,50~m, l'installation d'un élévateur PMR au centre social et la mise en place de "
          "boucles magnétiques et d'une signalétique adaptée aux déficients visuels."),
        H2("1.2 Décomposition en lots"),
        RTAB([["Lot", "Désignation", "Estimation (€ HT)"],
              ["1", "VRD – Rampes – Stationnement", "142~300"],
              ["2", "Menuiseries intérieures et extérieures – Signalétique", "98~700"],
              ["3", "Plomberie – Sanitaires adaptés", "113~500"],
              ["4", "Élévateur PMR", "132~000"],
              ["", "Total de l'opération", "486~500"]],
             widths=[0.6, 4, 1.6], align="llr", bold_last=True),
        P("Chaque lot fait l'objet d'un marché distinct. Le présent CCAP est commun aux quatre lots. Le montant total "
          "estimé de l'opération s'élève à 486¦SB¦500 € HT."),
        H2("1.3 Clause sociale"),
        P("Clause d'insertion : sans objet pour la présente opération, compte tenu du faible volume de main-d'œuvre "
          "de chaque lot et du calendrier resserré imposé par l'occupation des bâtiments."),
        H("ARTICLE 2 – PIÈCES CONSTITUTIVES DU MARCHÉ"),
        P("Acte d'engagement ; présent CCAP ; CCTP du lot concerné et plans ; DPGF ; CCAG Travaux (arrêté du 30 mars 2021) ; "
          "plan général de coordination SPS ; calendrier détaillé d'exécution."),
        H("ARTICLE 3 – PRIX – VARIATION"),
        P("Les ouvrages sont réglés par prix global et forfaitaire. Les prix sont fermes et actualisables selon l'index "
          "BT01 si le délai entre la date de remise des offres et le début des travaux excède trois mois."),
        H("ARTICLE 4 – DÉLAIS D'EXÉCUTION"),
        P("Le délai global d'éxécution est de cinq mois à compter de l'ordre de service de démarrage, période de "
          "préparation de trois semaines non comprise. À l'école maternelle, les travaux bruyants sont réalisés "
          "exclusivement pendant les vacances scolaires de printemps et d'été."),
        H("ARTICLE 5 – RETENUE DE GARANTIE ET AVANCE"),
        P("Une retenue de garantie de 5~% est appliquée ; elle peut être remplacée par une garantie à première demande. "
          "Une avance de 10~% est versée au titulaire d'un lot dont le montant dépasse 50~000 € HT, sauf renonciation."),
        H("ARTICLE 6 – PRESCRIPTIONS RELATIVES À LA MAIN-D'ŒUVRE ET À LA SÉCURITÉ"),
        P("Les entrepreneurs sont tenus de se conformer aux lois et règlements relatifs à la protection de la "
          "main-d'œuvre et aux conditions de travail. Ils tiennent à la disposition du maître d'ouvrage leur document "
          "unique d'évaluation des risques et remettent leur PPSPS au coordonnateur avant toute intervention."),
        P("Conformément aux articles D.~8222-5 et D.~8254-2 du code du travail, le titulaire remet au maître d'ouvrage, "
          "tous les six mois jusqu'à la fin de l'exécution, l'attestation de vigilance de l'URSSAF et, le cas échéant, "
          "la liste nominative des salariés étrangers soumis à autorisation de travail. Les salariés présents sur le "
          "chantier portent la carte d'identification professionnelle du BTP."),
        P("Les établissements restant ouverts pendant les travaux, les entreprises maintiennent en permanence un "
          "cheminement accessible et balisé pour les usagers, y compris les personnes en fauteuil roulant ; le "
          "phasage figure au CCTP."),
        H("ARTICLE 7 – GESTION DES DÉCHETS DE CHANTIER"),
        P("Chaque entrepreneur trie à la source les déchets qu'il produit, en au moins cinq flux (bois, métaux, "
          "plâtre, inertes, déchets non dangereux en mélange) ; les déchets dangereux (colles, solvants, tubes "
          "fluorescents) sont conditionnés à part. Il remet au maître d'œuvre, avant la réception, les bordereaux de "
          "suivi et les justificatifs d'apport en installation de valorisation. Le brûlage sur site est interdit."),
        P("L'absence de tri constatée par le maître d'œuvre donne lieu, après une mise en demeure restée sans effet "
          "pendant 48 heures, à une pénalité de 150 € HT par constat."),
        H("ARTICLE 8 – PÉNALITÉS"),
        P("Par dérogation au CCAG Travaux : pénalité de retard de 1/2000e du montant du marché par jour calendaire ; "
          "absence non excusée à une réunion de chantier : 100 € ; non-respect des créneaux de travaux bruyants à "
          "l'école : 300 € par constat."),
        H("ARTICLE 9 – RÉCEPTION"),
        P("La réception est prononcée lot par lot. Avant réception, le titulaire du lot 4 remet l'attestation de "
          "conformité de l'élévateur ; l'attestation d'achèvement des travaux d'accessibilité est établie par un "
          "contrôleur technique mandaté par la Ville."),
        H("ARTICLE 10 – DÉROGATIONS AU CCAG TRAVAUX"),
        LST(["l'article 8 déroge à l'article 19.2 du CCAG ;", "l'article 7 complète l'article 36 du CCAG ;",
             "l'article 5 déroge à l'article 11.4 du CCAG."]),
        P("A Bourg-Ardelle, le 18 février 2026. Le Maire, Bernard Vauquelin."),
    ]
    label = L(clause_environnementale=1, allotissement=1, nb_lots=4, montant_estime_ht=486500,
              evidence=["trie à la source les déchets qu'il produit, en au moins cinq flux",
                        "Le présent CCAP est commun aux quatre lots",
                        "Le montant total estimé de l'opération s'élève à 486~500 € HT"])
    return DOC("d06_CCAP_travaux_accessibilite_ERP_Bourg-Ardelle.pdf", "CCAP",
               "Ville de Bourg-Ardelle – Mise en accessibilité des ERP – CCAP",
               "Opération 2026-ACC-03 – CCAP commun aux lots 1 à 4",
               blocks, label,
               "L'accessibilité est l'objet des travaux (rampes, sanitaires PMR, élévateur), « clause d'insertion : sans "
               "objet », droit du travail et sécurité rappelés (DUERP, PPSPS, D8222-5, carte BTP), cheminement accessible "
               "pendant le chantier : social 0 ; vrai tri des déchets ; quatre lots ; montant total estimé.",
               hyphen=True)


# =============================================================================== d07
def d07():
    blocks = [
        TITLE("COMMUNE DE MAREUIL-FONTENELLE",
              "Règlement de consultation",
              "Réservation de places d'accueil du jeune enfant en établissement (multi-accueil)",
              "Marché de services sociaux – procédure adaptée – n°~MF-2026-09"),
        H("Article 1 – Pouvoir adjudicateur"),
        P("Commune de Mareuil-Fontenelle (6~480 hab.), 3 rue de la Mairie, 60730 Mareuil-Fontenelle. SIRET "
          "216~003~952~00012. Affaire suivie par Mme Claire Andrieux, directrice du pôle Enfance-Famille."),
        H("Article 2 – Objet"),
        P("Le marché a pour objet la réservation, au profit des familles domiciliées à Mareuil-Fontenelle, de douze "
          "places (« berceaux ») dans un établissement d'accueil du jeune enfant situé à moins de 8 km de la mairie, "
          "ouvert au moins de 7~h~30 à 18~h~30, cinq jours par semaine, 47 semaines par an. Les familles sont "
          "désignées par la commission municipale d'attribution des places."),
        P("Le marché n'est pas alloti, la prestation ne pouvant être fractionnée sans nuire à la cohérence de l'accueil "
          "des enfants et des familles. Sa durée est de trois ans à compter du 1er septembre 2026. Le montant estimé "
          "de la prestation est de 312~000 € HT pour la durée totale du marché."),
        H("Article 3 – Conditions de participation"),
        P("Le candidat gère, ou s'engage à gérer à la date de démarrage, un établissement bénéficiant de l'autorisation "
          "ou de l'avis prévus à l'article L.~2324-1 du code de la santé publique. Il produit :"),
        LST(["la copie de l'autorisation d'ouverture et de la dernière décision relative à la capacité d'accueil ;",
             "le projet d'établissement et le règlement de fonctionnement ;",
             "les déclarations sur l'honneur relatives aux interdictions de soumissionner ;",
             "un état des effectifs de l'établissement par qualification (auxiliaires de puériculture, éducateurs "
             "de jeunes enfants, titulaires du CAP AEPE, infirmière ou puéricultrice) ;",
             "l'indication de la convention collective appliquée au personnel de l'établissement."]),
        H("Article 4 – Contenu de l'offre"),
        P("L'offre comporte l'acte d'engagement, le bordereau des prix (prix annuel par berceau, tout compris) et un "
          "mémoire d'une quinzaine de pages décrivant : le projet d'accueil, l'organisation des journées, les modalités "
          "de familiarisation, la place des familles, l'accueil d'enfants en situation de handicap ou atteints d'une "
          "maladie chronique (projet d'accueil individualisé, lien avec le PMI et le CAMSP), l'alimentation, ainsi "
          "que les engagements de l'entreprise évalués au titre du troisième critère de l'article 5."),
        H("Article 5 – Jugement des offres"),
        P("L'offre économiquement la plus avantageuse est choisie selon les critères suivants :"),
        RTAB([["Critère", "Points"],
              ["1. Qualité du projet d'accueil", "45"],
              ["     1.a Projet éducatif et organisation des journées", "15"],
              ["     1.b Accueil des enfants en situation de handicap ou atteints de maladie chronique", "10"],
              ["     1.c Relations avec les familles et amplitude d'ouverture", "10"],
              ["     1.d Alimentation et hygiène", "10"],
              ["2. Prix annuel par berceau", "40"],
              ["3. Engagements sociaux de l'entreprise", "15"]],
             widths=[5, 1], align="lr"),
        P("Le critère n°~3 apprécie les engagements pris par le candidat, pour le personnel de l'établissement proposé, "
          "en matière de qualité de l'emploi et d'insertion : part des professionnelles recrutées en contrat à durée "
          "indéterminée, plan de formation qualifiante offert aux agents non diplômés, et recours à des personnes en "
          "parcours d'insertion professionnelle pour les fonctions d'entretien et de restauration."),
        P("Le prix est noté par application de la formule : note = 40 × (prix le plus bas / prix de l'offre). Le "
          "critère 1 est noté par une commission associant la coordinatrice petite enfance et le médecin de PMI du "
          "secteur, qui intervient à titre consultatif."),
        H("Article 6 – Négociation"),
        P("La commune se réserve la possibilité de négocier avec les trois candidats les mieux classés. Elle peut "
          "aussi attribuer le marché sur la base des offres initiales, sans négociation."),
        H("Article 7 – Modalités de remise des plis"),
        P("Les plis sont remis par voie électronique sur https://achats.mareuil-fontenelle.fr avant le 5 juin 2026 à "
          "16~h~00. Les offres sont rédigées en français et exprimées en euros."),
        H("Article 8 – Renseignements"),
        P("Les questions peuvent être posées jusqu'au 27 mai 2026. Une visite de l'établissement proposé pourra être "
          "organisée avant attribution, en présence d'un élu délégué à la petite enfance."),
        P("Recours : tribunal administratif d'Amiens, 14 rue Lemerchier, 80011 Amiens Cedex 1. Règlement établi le 6 mai 2026."),
    ]
    label = L(critere_social=1, allotissement=0, montant_estime_ht=312000,
              evidence=["3. Engagements sociaux de l'entreprise",
                        "en matière de qualité de l'emploi et d'insertion",
                        "Le marché n'est pas alloti",
                        "Le montant estimé de la prestation est de 312~000 € HT"])
    return DOC("d07_RC_reservation_berceaux_Mareuil-Fontenelle.pdf", "RC",
               "Commune de Mareuil-Fontenelle – RC – Réservation de berceaux – MF-2026-09",
               "Règlement de consultation – procédure adaptée – mai 2026",
               blocks, label,
               "Vrai critère social (15 points : CDI, formation qualifiante, insertion) à côté d'un sous-critère sur "
               "l'accueil des enfants handicapés (qualité du service, pas social), état des effectifs et convention "
               "collective en candidature ; non alloti ; montant estimé.")


# =============================================================================== d08
def d08():
    blocks = [
        TITLE("CENTRE HOSPITALIER INTERCOMMUNAL DE LAUZERTE-BRÉVILLE",
              "CAHIER DES CLAUSES TECHNIQUES PARTICULIERES",
              "Bionettoyage des unités de soins et des locaux médico-techniques",
              "Lot n°~1 – Appel d'offres ouvert 2026-CHILB-BN"),
        H("CHAPITRE 1 – GÉNÉRALITÉS"),
        H2("1.1 Objet"),
        P("Le présent CCTP fixe les prescriptions applicables au lot n°~1 « bionettoyage des unités de soins et des "
          "locaux médico-techniques » de la consultation 2026-CHILB-BN, qui comporte deux lots ; le lot n°~2 (vitrerie "
          "et nettoyage des façades) fait l'objet d'un CCTP distinct."),
        P("Les locaux concernés représentent 18~640 m² répartis entre le bâtiment Malaret (médecine, SSR, unité "
          "cognitivo-comportementale), le bâtiment Saint-Côme (chirurgie ambulatoire, consultations externes, imagerie) "
          "et le plateau de rééducation. Les chambres des patients et les locaux des unités de soins intensifs restent "
          "entretenus par les agents hospitaliers et sont exclus du marché."),
        H2("1.2 Références"),
        P("Les prestations sont conformes aux recommandations de la Société française d'hygiène hospitalière (SF2H), "
          "à la norme NF~X~50-790 et aux protocoles du CLIN de l'établissement, annexés au présent cahier. Les zones "
          "sont classées selon quatre niveaux de risque infectieux (zones 1 à 4)."),
        H("CHAPITRE 2 – DESCRIPTION DES PRESTATIONS"),
        H2("2.1 Fréquences"),
        RTAB([["Zone", "Exemples de locaux", "Fréquence", "Plage horaire"],
              ["4 – très haut risque", "salles d'endoscopie, salle de réveil", "après chaque vacation + 1/j", "6~h – 8~h et à la demande"],
              ["3 – haut risque", "postes de soins, salles de rééducation", "1 fois par jour", "6~h – 9~h"],
              ["2 – risque modéré", "consultations, couloirs de soins", "1 fois par jour", "6~h – 9~h ou 18~h – 20~h"],
              ["1 – risque minime", "bureaux, halls, locaux administratifs", "3 fois par semaine", "18~h – 21~h"]],
             widths=[1.4, 2.4, 1.6, 1.8], align="llll"),
        H2("2.2 Interventions à la demande"),
        P("Le titulaire intervient dans un délai de 30 minutes, de 6~h à 21~h, pour le bionettoyage d'un local après "
          "souillure accidentelle ou après la sortie d'un patient placé en précautions complémentaires (contact, "
          "gouttelettes, air). Ces interventions sont déclenchées par le cadre de santé de l'unité."),
        H2("2.3 Respect des patients"),
        P("Dans les unités où séjournent des patients âgés désorientés, les agents signalent au personnel soignant "
          "toute situation préoccupante (patient au sol, tentative de sortie) et n'interviennent pas sur le patient. "
          "Ils respectent l'intimité des patients et la confidentialité des informations dont ils auraient connaissance."),
        H("CHAPITRE 3 – PRODUITS, MATÉRIELS ET MÉTHODES"),
        H2("3.1 Produits"),
        P("Les produits détergents-désinfectants sont conformes aux normes d'activité exigées par le CLIN (NF~EN~14476, "
          "NF~EN~13727, NF~EN~13624) et validés par l'équipe opérationnelle d'hygiène. Pour l'entretien courant des "
          "zones 1 et 2, le titulaire utilise pour au moins 80~% des volumes des produits titulaires de l'Écolabel "
          "européen ou d'un label équivalent ; les produits désinfectants relevant du règlement Biocides sont exclus "
          "de ce calcul. Les produits sont dosés par des centrales de dilution ou des doses unitaires, à l'exclusion "
          "de tout dosage manuel."),
        H2("3.2 Méthodes"),
        P("Le titulaire met en œuvre la technique de pré-imprégnation des franges et lavettes microfibres, qui supprime "
          "le seau de lavage et réduit la consommation d'eau et de produits. Il présente chaque année un bilan chiffré "
          "de ses consommations (eau, produits, sacs) et des actions de réduction engagées ; ce bilan est examiné "
          "lors de la réunion annuelle de l'article 6.2."),
        H2("3.3 Matériels"),
        P("Les autolaveuses et aspirateurs sont de faible niveau sonore (inférieur à 60 dB(A) pour les matériels "
          "utilisés dans les unités de soins pendant la présence des patients) et munis de filtres HEPA."),
        H("CHAPITRE 4 – PERSONNEL"),
        H2("4.1 Effectifs et qualification"),
        P("Le titulaire affecte au lot un effectif suffisant pour réaliser les prestations aux fréquences prescrites ; "
          "il indique dans son offre l'effectif prévu, en équivalents temps plein, par bâtiment et par plage horaire. "
          "Chaque agent reçoit, avant sa première intervention, une formation initiale d'au moins 14 heures au "
          "bionettoyage en milieu hospitalier, portant sur l'hygiéne des mains, les précautions standard et "
          "complémentaires, le circuit des déchets d'activités de soins à risques infectieux (DASRI) et du linge."),
        H2("4.2 Encadrement"),
        P("Un chef d'équipe, présent sur le site de 6~h à 14~h, est l'interlocuteur des cadres de santé. Un inspecteur "
          "passe au moins deux fois par semaine. Le titulaire transmet chaque mois le planning nominatif des agents."),
        H2("4.3 Tenue et santé au travail"),
        P("Les agents portent une tenue professionnelle fournie et entretenue par le titulaire, distincte par sa couleur "
          "des tenues hospitalières, les cheveux attachés, sans bijou ni vernis. Le titulaire s'assure que ses agents "
          "sont à jour des vaccinations exigées par la réglementation pour le travail en établissement de santé et "
          "leur fournit les équipements de protection individuelle adaptés."),
        H2("4.4 Reprise du personnel"),
        P("Le titulaire est informé que le changement de prestataire entre dans le champ de l'article 7 de la convention "
          "collective nationale des entreprises de propreté, qui organise le transfert des contrats de travail des "
          "salariés affectés au marché remplissant les conditions d'ancienneté et de présence. La liste nominative "
          "anonymisée transmise par le prestataire sortant est jointe en annexe 5."),
        H2("4.5 Obligations sociales"),
        P("Le titulaire respecte les dispositions législatives et réglementaires relatives au travail de nuit, au "
          "travail dissimulé et au détachement de salariés. Il tient à jour son document unique d'évaluation des "
          "risques professionnels, qui intègre le risque biologique et le risque chimique propres au site, et co-signe "
          "le plan de prévention établi avec le service de santé au travail de l'hôpital."),
        H("CHAPITRE 5 – DÉCHETS"),
        P("Les agents du titulaire évacuent les sacs de déchets ménagers et assimilés et les emballages DASRI fermés "
          "par les soignants vers les locaux de regroupement de chaque bâtiment, selon le circuit défini par "
          "l'établissement. Le tri sélectif du papier et des cartons mis en place dans les bureaux est respecté."),
        H("CHAPITRE 6 – CONTRÔLE ET SUIVI"),
        H2("6.1 Contrôles"),
        SPLIT("Des contrôles contradictoires sont réalisés mensuellement par l'équipe opérationnelle d'hygiène selon la "
              "méthode d'évaluation visuelle et, deux fois par an, par prélèvements de surface ; un résultat non conforme",
              "donne lieu à une nouvelle intervention dans les deux heures et, en cas de récidive dans le mois, à la "
              "pénalité prévue au CCAP."),
        H2("6.2 Réunions"),
        P("Une réunion trimestrielle réunit le titulaire, l'équipe opérationnelle d'hygiène et la direction des "
          "services économiques. Une réunion annuelle est consacrée au bilan de l'année écoulée."),
        P("Lauzerte, le 29 avril 2026."),
    ]
    label = L(clause_environnementale=1, allotissement=1, nb_lots=2,
              evidence=["au moins 80~% des volumes des produits titulaires de l'Écolabel européen",
                        "bilan chiffré de ses consommations",
                        "de la consultation 2026-CHILB-BN, qui comporte deux lots"])
    return DOC("d08_CCTP_bionettoyage_CHI_Lauzerte-Breville_lot1.pdf", "CCTP",
               "CHI de Lauzerte-Bréville – 2026-CHILB-BN – Lot 1 – CCTP",
               "CCTP bionettoyage – Lot n°~1 – document contractuel",
               blocks, label,
               "Patients âgés désorientés, formation de 14 heures, tenue et vaccinations, reprise du personnel (art. 7 "
               "CCN propreté), travail de nuit et travail dissimulé rappelés, DUERP : social 0 ; vraie clause "
               "environnementale (Écolabel 80 %, microfibre, bilan des consommations) ; lot 1 de 2.",
               hyphen=True)


# =============================================================================== d09
def d09():
    blocks = [
        TITLE("COMMUNAUTÉ D'AGGLOMÉRATION LOIRE-GERBE",
              "ACTE D'ENGAGEMENT",
              "Formation professionnelle des agents communautaires",
              "Lot n°~2 : Accueil des publics en situation de handicap et sensibilisation aux handicaps invisibles",
              "Accord-cadre à bons de commande – Consultation n°~CALG-2026-FOR"),
        H("A – Objet de l'acte d'engagement"),
        P("Le présent acte d'engagement concerne le lot n°~2 de la consultation CALG-2026-FOR, passée selon la "
          "procédure adaptée. La consultation comporte cinq lots : 1. Management et conduite du changement ; 2. Accueil "
          "des publics en situation de handicap et sensibilisation aux handicaps invisibles ; 3. Santé et sécurité au "
          "travail ; 4. Bureautique et outils numériques ; 5. Préparation aux concours et examens professionnels."),
        P("Les formations du lot n°~2 s'adressent aux agents d'accueil, aux agents des piscines et médiathèques et aux "
          "encadrants de proximité. Elles visent à améliorer l'accueil des usagers présentant un handicap moteur, "
          "sensoriel, psychique ou cognitif, à sensibiliser aux troubles « dys » et à l'autisme, et à faire connaître "
          "les bases de la langue des signes française (module de 21 heures)."),
        H("B – Engagement du titulaire"),
        RTAB([["Rubrique", "À compléter par le candidat"],
              ["Nom, prénom et qualité du signataire", ""],
              ["Raison sociale et forme juridique", ""],
              ["Adresse du siège", ""],
              ["SIRET / code APE", ""],
              ["Numéro de déclaration d'activité (organisme de formation)", ""],
              ["Certification Qualiopi (n°, date de validité)", ""],
              ["Groupement (le cas échéant) : nature et mandataire", ""]],
             widths=[3, 3], align="ll"),
        P("Après avoir pris connaissance des pièces constitutives de l'accord-cadre, le signataire s'engage, sans "
          "réserve, à exécuter les prestations dans les conditions ci-après définies. L'offre ainsi présentée ne le lie "
          "toutefois que si son acceptation lui est notifiée dans un délai de 120 jours à compter de la date limite de "
          "réception des offres."),
        H("C – Prix et montant"),
        P("Les prestations sont rémunérées par application des prix unitaires du bordereau des prix (prix par journée "
          "de formation en intra, pour un groupe de 12 stagiaires au plus, frais de déplacement et supports inclus)."),
        P("L'accord-cadre est conclu sans minimum. Le montant maximum des commandes est fixé, pour le lot n°~2, à "
          "96~000 € HT pour toute la durée de l'accord-cadre (période initiale et reconductions)."),
        H("D – Durée"),
        P("L'accord-cadre prend effet à sa notification pour une durée d'un an ; il est reconductible tacitement trois "
          "fois par période d'un an, sans que sa durée totale puisse excéder quatre ans."),
        H("E – Paiement"),
        P("La Communauté d'agglomération se libère des sommes dues en faisant porter le montant au crédit du compte "
          "ouvert au nom du titulaire (joindre un RIB). Avance : le titulaire renonce / ne renonce pas (rayer la mention "
          "inutile) au bénéfice de l'avance prévue à l'article R.~2191-3 du code de la commande publique."),
        H("F – Déclarations du titulaire"),
        P("Le signataire affirme, sous peine de résiliation du marché à ses torts exclusifs, que la société pour laquelle "
          "il intervient ne tombe pas sous le coup des interdictions de soumissionner prévues aux articles L.~2141-1 à "
          "L.~2141-5 et L.~2141-7 à L.~2141-11 du code de la commande publique et qu'elle est en règle au regard des "
          "articles L.~5212-1 à L.~5212-11 du code du travail concernant l'emploi des travailleurs handicapés."),
        P("Il atteste que les formateurs qui interviendront au titre du lot n°~2 ont une expérience d'au moins trois ans "
          "de la formation d'adultes et que les modules relatifs à la LSF et aux handicaps sensoriels sont animés ou "
          "co-animés par des formateurs justifiant d'une pratique professionnelle de la LSF ou de l'accompagnement "
          "des personnes déficientes sensorielles, comme le prévoit son offre."),
        H("G – Sous-traitance"),
        P("Le candidat indique, le cas échéant, les prestations qu'il envisage de sous-traiter et joint pour chaque "
          "sous-traitant une déclaration (formulaire DC4 ou équivalent) : ...................................................."),
        H("H – Signature"),
        RTAB([["Le titulaire", "Le pouvoir adjudicateur"],
              ["À ................, le ................ (signature électronique)",
               "À Gerbeville, le ................ Le Président, par délégation, Mme Yasmina Kheloufi, vice-présidente"]],
             widths=[3, 3], align="ll"),
    ]
    label = L(allotissement=1, nb_lots=5, montant_max_ht=96000,
              evidence=["La consultation comporte cinq lots",
                        "Le montant maximum des commandes est fixé, pour le lot n°~2, à 96~000 € HT pour toute la durée"])
    return DOC("d09_AE_formation_agents_lot2_CA_Loire-Gerbe.pdf", "AE",
               "CA Loire-Gerbe – CALG-2026-FOR – Acte d'engagement – Lot n°~2",
               "AE – Lot 2 – Formation des agents – paraphe : ......",
               blocks, label,
               "Objet social (formation à l'accueil des handicaps, LSF 21 heures), déclaration L5212-1 à L5212-11, "
               "expérience des formateurs (qualité du service) : tout social à 0 ; lot 2 de 5 ; maximum du lot "
               "sur toute la durée.")


# =============================================================================== d10
def d10():
    blocks = [
        TITLE("SYNDICAT MIXTE DES MOBILITÉS DU GRAND ORMEAU",
              "CAHIER DES CLAUSES PARTICULIÈRES (CCP)",
              "Service de transport à la demande des personnes à mobilité réduite « Ormeau Access »",
              "Marché à procédure adaptée n°~SMGO-2026-05 – valant CCAP et CCTP"),
        P("Le présent CCP est signé par le titulaire ; il comporte 16 articles."),
        H("Article 1 – Parties"),
        P("Syndicat mixte des mobilités du Grand Ormeau (SMGO), autorité organisatrice de la mobilité, 9 boulevard "
          "Pasteur, 86130 Ormeau-sur-Clain, SIRET 200~071~413~00028, représenté par son président, M. Didier "
          "Lamoureux-Petit. Le titulaire est désigné à l'acte d'engagement."),
        H("Article 2 – Objet"),
        P("Le marché porte sur l'exploitation du service de transport à la demande réservé aux personnes à mobilité "
          "réduite (« Ormeau Access ») sur le ressort territorial du SMGO : prise en charge de porte à porte, sur "
          "réservation, des personnes titulaires d'une carte mobilité inclusion, des personnes en fauteuil roulant et "
          "des personnes non-voyantes admises au service par la commission d'accès du SMGO."),
        P("Le service fonctionne du lundi au samedi de 7~h à 20~h et le dimanche de 9~h à 19~h. Environ 14~500 voyages "
          "sont réalisés chaque année pour 310 usagers inscrits."),
        H("Article 3 – Durée et montant"),
        P("Le marché est conclu pour trois ans à compter du 1er janvier 2027. Son montant est estimé à 198~000 € HT pour "
          "la durée totale, sur la base des quantités prévisionnelles de l'annexe 1 ; ce montant est indicatif."),
        H("Article 4 – Véhicules et matériel"),
        P("Le titulaire affecte au service deux véhicules de type TPMR de 7 places, dont 3 places pour fauteuils "
          "roulants, équipés d'une rampe ou d'un élévateur, d'un système d'ancrage quatre points et d'une ceinture "
          "trois points pour l'occupant du fauteuil, ainsi qu'un véhicule léger pour les usagers marchants. Un "
          "véhicule de réserve équipé identiquement est disponible sous une heure."),
        H("Article 5 – Réservation et régulation"),
        P("Les réservations sont prises par la centrale du SMGO, qui transmet la veille à 17~h la feuille de route au "
          "titulaire. Le titulaire assure la régulation en temps réel et informe l'usager de tout retard supérieur à "
          "10 minutes."),
        H("Article 6 – Conducteurs"),
        P("Les conducteurs ont le permis B depuis trois ans au moins, l'attestation préfectorale d'aptitude à la "
          "conduite et une formation spécifique au transport de personnes handicapées et à la manipulation des "
          "fauteuils. Ils aident l'usager de sa porte au véhicule et du véhicule à la porte de destination, sans entrer "
          "dans le logement. Ils adoptent une attitude courtoise et une tenue correcte ; le vouvoiement est de règle."),
        P("Le titulaire affecte à titre principal des conducteurs dédiés au service ; leur remplacement en cas "
          "d'absence est assuré par des conducteurs déjà formés, dont la liste est communiquée au SMGO."),
        H("Article 7 – Prix"),
        P("Le marché est traité à prix unitaires : prix par heure de service en véhicule TPMR, prix par heure de "
          "service en véhicule léger, prix de la mise à disposition d'un véhicule supplémentaire. Les prix comprennent "
          "l'ensemble des charges, notamment salariales et sociales, d'assurance et d'entretien."),
        H("Article 8 – Révision des prix"),
        P("Les prix sont révisés annuellement au 1er janvier par application de la formule P = P0 × (0,15 + 0,55 S/S0 + "
          "0,20 G/G0 + 0,10 E/E0), où S est l'indice des salaires du transport routier de voyageurs, G l'indice du "
          "gazole et E l'indice d'entretien et de réparation des véhicules."),
        H("Article 9 – Qualité de service"),
        P("Le titulaire respecte les objectifs suivants : ponctualité (prise en charge dans une fenêtre de "
          "moins 5 à plus 10 minutes) pour 95~% des courses ; taux de refus de réservation pour indisponibilité "
          "inférieur à 2~% ; réponse écrite à toute réclamation sous 8 jours."),
        H("Article 10 – Continuité du service"),
        P("En cas de grève, le titulaire assure en priorité les déplacements liés aux soins (dialyse, "
          "chimiothérapie, rééducation) et au travail des usagers, selon un plan de transport adapté soumis au SMGO."),
        H("Article 11 – Pénalités"),
        P("Retard de plus de 20 minutes : 40 € HT par course ; course non assurée : 150 € HT ; défaut de transmission "
          "des données mensuelles : 50 € HT par jour ; non-respect de l'engagement de l'article 14 : 2 fois la "
          "différence entre le montant prévu et le montant réellement confié."),
        H("Article 12 – Obligations sociales et fiscales"),
        P("Le titulaire atteste être à jour de ses obligations sociales et fiscales et remet tous les six mois "
          "l'attestation de vigilance de l'URSSAF. Il respecte la réglementation relative aux temps de conduite et de "
          "repos des conducteurs."),
        H("Article 13 – Sous-traitance"),
        P("La sous-traitance de la conduite est interdite. Toute autre sous-traitance est déclarée et agréée "
          "dans les conditions des articles R.~2193-1 et suivants du CCP."),
        H("Article 14 – Recours à une structure d'insertion"),
        P("Le titulaire confie à une structure d'insertion par l'activité économique conventionnée au titre de "
          "l'article L.~5132-4 du code du travail le nettoyage intérieur et le lavage hebdomadaire des véhicules "
          "affectés au service, pour un montant au moins égal à 6~% du montant annuel facturé au SMGO. Il transmet "
          "chaque année, avec le rapport d'activité, le contrat passé avec cette structure et les factures acquittées."),
        P("Les bons de commande de nettoyage peuvent aussi être passés, avec l'accord du SMGO, auprès d'une entreprise "
          "adaptée du territoire."),
        H("Article 15 – Rapport annuel"),
        P("Le titulaire remet avant le 31 mars un rapport d'activité (fréquentation, ponctualité, réclamations, "
          "incidents, état des véhicules, formation des conducteurs, exécution de l'article 14)."),
        H("Article 16 – Litiges"),
        P("Tribunal administratif de Poitiers. Fait à Ormeau-sur-Clain le 16 septembre 2026. Le titulaire (lu et approuvé) :"),
    ]
    label = L(clause_sociale=1, clause_insertion=1, montant_estime_ht=198000,
              evidence=["confie à une structure d'insertion par l'activité économique conventionnée",
                        "pour un montant au moins égal à 6~% du montant annuel facturé au SMGO",
                        "Son montant est estimé à 198~000 € HT pour la durée totale"])
    return DOC("d10_CCP_MAPA_transport_PMR_SMGO.pdf", "CCAP",
               "SMGO – MAPA SMGO-2026-05 – CCP « Ormeau Access »",
               "Cahier des clauses particulières – transport PMR – page de signature en fin de document",
               blocks, label,
               "CCP de MAPA (CCAP + CCTP) : voyageurs PMR et non-voyants, formation des conducteurs, grève, charges "
               "sociales dans les prix, URSSAF ; vraie clause : part de 6 % confiée à une SIAE (insertion sans heures) ; "
               "montant estimé.",
               hyphen=True)


# =============================================================================== d11
def d11():
    blocks = [
        TITLE("EHPAD RÉSIDENCE DU VIEUX-PONT",
              "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "Fourniture de repas en liaison froide et assistance en cuisine satellite",
              "Établissement public autonome de Corlay-Vaubrun – Consultation 2026-VP-R01"),
        H("1 – CONTEXTE"),
        P("L'EHPAD Résidence du Vieux-Pont accueille 96 résidents en hébergement permanent, dont 14 en unité de vie "
          "protégée, et 6 personnes en accueil de jour. L'âge moyen est de 87 ans, le GMP de 742. Une part importante des "
          "résidents présente des troubles de la déglutition, une dénutrition ou une maladie neuro-évolutive ; "
          "plusieurs sont en situation de handicap ancien, accueillis par dérogation avant 60 ans."),
        P("Les repas sont produits par le titulaire dans sa cuisine centrale, livrés en liaison froide et remis en "
          "température dans l'office de l'EHPAD par le personnel de l'établissement, assisté d'un employé du titulaire."),
        H("2 – PRESTATIONS"),
        H2("2.1 Repas"),
        P("Le titulaire fournit chaque jour le petit-déjeuner (produits secs et laitiers), le déjeuner, le goûter et le "
          "dîner. Les menus sont établis sur un cycle de huit semaines, validés en commission des menus, à laquelle "
          "participent des résidents et des familles désignés par le conseil de la vie sociale."),
        H2("2.2 Textures et régimes"),
        P("Le titulaire propose les textures définies selon le référentiel IDDSI (normale, tendre, hachée, mixée, "
          "lisse), des liquides épaissis et les régimes prescrits (diabétique, hyposodé, hyperprotéiné, sans résidu). "
          "Le manger-main est proposé aux résidents de l'unité protégée qui ne peuvent plus utiliser les couverts."),
        H2("2.3 Repas à thème et animations"),
        P("Un repas à thème par mois et les repas de fêtes (Noël, Pâques, anniversaires du mois) sont compris dans le "
          "prix. Le cuisinier participe une fois par trimestre à un atelier culinaire animé par l'animatrice."),
        H("3 – QUALITÉ DES DENRÉES ET APPROVISIONNEMENT"),
        P("En valeur d'achat annuelle, les denrées servies comprennent au moins 50~% de produits durables et de qualité, "
          "dont au moins 22~% issus de l'agriculture biologique, au sens de l'article L.~230-5-1 du code rural. Le "
          "titulaire justifie chaque trimestre de ces taux par un état de ses achats affectés au marché."),
        H("4 – LUTTE CONTRE LE GASPILLAGE"),
        P("Le titulaire réalise, avec le personnel de l'office, une pesée des restes deux semaines par trimestre et "
          "adapte les grammages en conséquence, sans réduire les apports nutritionnels recommandés. Il présente au "
          "comité de suivi un plan de réduction du gaspillage alimentaire actualisé chaque année, et organise le don "
          "des excédents non servis lorsque les règles d'hygiène le permettent."),
        P("Les repas sont livrés dans des bacs gastronormes en inox réemployables ; les barquettes en plastique sont "
          "proscrites pour la remise en température."),
        H("5 – PERSONNEL DU TITULAIRE"),
        H2("5.1 Employé en office"),
        P("Le titulaire met à disposition, du lundi au vendredi de 10~h à 14~h~30, un employé de restauration chargé de "
          "la réception des livraisons, de la remise en température des repas à texture modifiée, du dressage et de "
          "la traçabilité. Les week-ends, la remise en température est assurée par l'EHPAD."),
        H2("5.2 Diététicienne"),
        P("Une diététicienne du titulaire intervient sur site une demi-journée par mois, participe à la commission des "
          "menus et au comité de liaison alimentation-nutrition (CLAN) et conseille l'équipe soignante pour les "
          "résidents dénutris."),
        H2("5.3 Cadre d'emploi"),
        P("Le personnel du titulaire reste placé sous son autorité exclusive. Le titulaire applique la convention "
          "collective nationale du personnel des entreprises de restauration de collectivités et remplace sans délai "
          "tout employé absent par un salarié formé à l'HACCP et informé des spécificités du public accueilli."),
        P("L'établissement rappelle qu'il a inscrit dans son projet 2025-2029 le développement des achats socialement "
          "responsables : une clause sociale d'insertion sera introduite lors du prochain renouvellement du présent "
          "marché ; elle ne s'applique pas au présent contrat."),
        H("6 – HYGIÈNE ET SÉCURITÉ SANITAIRE"),
        P("Le titulaire dispose d'un agrément sanitaire pour sa cuisine centrale, applique le plan de maîtrise "
          "sanitaire et conserve les plats témoins pendant cinq jours. Le transport s'effectue en véhicules "
          "réfrigérés ; la température des plats à réception est inférieure ou égale à +3 °C."),
        H("7 – COMMANDES ET FACTURATION"),
        P("Les effectifs sont transmis chaque jour avant 10~h pour le surlendemain, et rectifiables la veille avant 10~h. "
          "La facture mensuelle distingue le nombre de repas par type et par texture."),
        H("8 – SUIVI"),
        P("Un comité de suivi se réunit chaque trimestre avec la direction, le médecin coordonnateur, l'infirmière "
              "coordinatrice et un représentant du conseil de la vie sociale ; il examine les résultats des enquêtes "
              "de satisfaction, les "
              "pesées, les non-conformités et les propositions d'évolution des menus."),
        RTAB([["Indicateur", "Cible"],
              ["Satisfaction des résidents (enquête annuelle)", "75~% satisfaits"],
              ["Conformité des températures à réception", "100~%"],
              ["Part de produits durables (valeur)", "50~% au moins"],
              ["Part de produits bio (valeur)", "22~% au moins"],
              ["Restes pesés (g par repas)", "en baisse annuelle"]],
             widths=[3, 1.6], align="ll"),
        P("Corlay-Vaubrun, le 11 mai 2026. La directrice, Mme Maëlle Guern."),
    ]
    label = L(clause_environnementale=1,
              evidence=["une pesée des restes deux semaines par trimestre",
                        "plan de réduction du gaspillage alimentaire",
                        "dont au moins 22~% issus de l'agriculture biologique"])
    return DOC("d11_CCTP_restauration_EHPAD_Vieux-Pont.pdf", "CCTP",
               "EHPAD Résidence du Vieux-Pont – Repas en liaison froide – CCTP",
               "Consultation 2026-VP-R01 – CCTP",
               blocks, label,
               "Deux colonnes. Résidents dépendants et handicapés, textures, conseil de la vie sociale, personnel mis à "
               "disposition et remplacé, convention collective, projet d'achats responsables et clause d'insertion "
               "annoncée pour le marché suivant (« ne s'applique pas ») : social 0 ; vraie clause environnementale "
               "(gaspillage, bio, inox réemployable).",
               hyphen=True, cols=2)


# =============================================================================== d12
def d12():
    blocks = [
        TITLE("OFFICE PUBLIC DE L'HABITAT TERRES DE SAÔNE",
              "RÈGLEMENT DE LA CONSULTATION",
              "Entretien des résidences autonomie « Les Glycines » et « Clos-Bernard »",
              "Procédure adaptée – Marché n°~OPH-TS-2026-044"),
        H("ARTICLE 1 – IDENTIFICATION DE L'ACHETEUR"),
        P("Office public de l'habitat Terres de Saône, 27 quai Lamartine, 71100 Chalon-sur-Saône. SIRET "
          "277~100~362~00041. Contact : service marchés, M. Fabrice Oudinot."),
        H("ARTICLE 2 – OBJET ET ALLOTISSEMENT"),
        P("La consultation porte sur l'entretien de deux résidences autonomie gérées par l'Office, qui accueillent "
          "112 personnes âgées autonomes. Elle comprend deux lots :"),
        LST(["Lot 1 – Nettoyage des parties communes, de la salle de restauration et des locaux d'animation ;",
             "Lot 2 – Entretien des espaces verts, des jardins partagés et des cheminements extérieurs."]),
        P("Le lot 2 est réservé, en application de l'article L.~2113-12 du code de la commande publique, aux "
          "entreprises adaptées, aux établissements et services d'aide par le travail ainsi qu'aux structures "
          "équivalentes, qui emploient au moins 50~% de travailleurs handicapés. Le lot 1 est ouvert à toutes les "
          "entreprises."),
        P("Chaque lot fait l'objet d'un marché ordinaire d'un an reconductible deux fois. Un même candidat peut "
          "présenter une offre pour les deux lots, sous réserve, pour le lot 2, de remplir la condition ci-dessus."),
        H("ARTICLE 3 – CARACTÉRISTIQUES DES PRESTATIONS"),
        P("Les prestatations sont décrites dans le CCTP de chaque lot. Les interventions ont lieu en présence des "
          "résidents ; les horaires tiennent compte du rythme de vie des résidences (pas de travaux bruyants avant "
          "9~h ni pendant la sieste, de 13~h~30 à 15~h). Les agents sont invités à signaler au responsable de "
          "résidence tout résident en difficulté, sans intervenir eux-mêmes."),
        H("ARTICLE 4 – DOSSIER DE CANDIDATURE"),
        LST(["formulaires DC1 et DC2 (ou DUME), dûment complétés ;",
             "pour le lot 2 : justificatif du statut (agrément ou contrat pluriannuel d'objectifs et de moyens d'entreprise "
             "adaptée, autorisation de l'ESAT) ou, pour une structure équivalente, tout document établissant la "
             "proportion de travailleurs handicapés ;",
             "références de prestations similaires et moyens humains et matériels ;",
             "attestation d'assurance responsabilité civile professionnelle en cours de validité."]),
        H("ARTICLE 5 – CONTENU DE L'OFFRE"),
        P("Acte d'engagement, décomposition du prix global et forfaitaire par résidence, mémoire technique (organisation, "
          "moyens humains, encadrement, fréquences, matériel, planning type)."),
        H("ARTICLE 6 – CRITÈRES D'ATTRIBUTION"),
        RTAB([["Critère", "Lot 1", "Lot 2"],
              ["Prix", "55~%", "50~%"],
              ["Valeur technique (mémoire)", "45~%", "50~%"]],
             widths=[3, 1, 1], align="lrr"),
        P("La valeur technique est appréciée au regard de l'organisation proposée, de l'adéquation des moyens humains "
          "et matériels aux prestations et de la prise en compte de la présence des résidents."),
        H("ARTICLE 7 – CONDITIONS DE REMISE"),
        P("Dépôt électronique obligatoire sur la plateforme https://marchespublics.terresdesaone-habitat.fr au plus tard "
          "le 2 avril 2026 à 12~h. Visite sur site conseillée le 19 mars 2026 à 10~h (résidence Les Glycines)."),
        H("ARTICLE 8 – RENSEIGNEMENTS"),
        P("Les demandes de renseignements sont déposées sur la plateforme jusqu'au 25 mars 2026. Instance de recours : "
          "tribunal administratif de Dijon."),
        P("Chalon-sur-Saône, le 3 mars 2026."),
    ]
    label = L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=2,
              evidence=["Le lot 2 est réservé, en application de l'article L.~2113-12 du code de la commande publique",
                        "Elle comprend deux lots"])
    return DOC("d12_RC_entretien_residences_autonomie_OPH_Terres_de_Saone.pdf", "RC",
               "OPH Terres de Saône – RC – Marché OPH-TS-2026-044",
               "Règlement de la consultation – Entretien résidences autonomie",
               blocks, label,
               "Lot 2 réservé (L2113-12, EA/ESAT), lot 1 ouvert ; résidents âgés, horaires adaptés et signalement, "
               "« prise en compte de la présence des résidents » dans la valeur technique (pas social) ; deux lots.")


# =============================================================================== d13
def d13():
    blocks = [
        TITLE("GCSMS VAL DE BRIENNE",
              "Cahier des clauses administratives particulières",
              "Entretien du linge des résidents et du linge plat de cinq établissements médico-sociaux",
              "Accord-cadre à bons de commande – Appel d'offres ouvert – Réf. VDB-LINGE-2026"),
        P("Groupement de coopération sociale et médico-sociale Val de Brienne, coordonnateur pour le compte de ses "
          "membres (EHPAD de Brienne-le-Vieux, EHPAD Les Saules, foyer d'accueil médicalisé Le Ruisseau, MAS "
          "Les Hauts-Prés et foyer de vie Clairefontaine), 5 route de Troyes, 10500 Brienne-le-Vieux."),
        H("Art. 1 – Objet"),
        P("L'accord-cadre porte sur la collecte, le traitement (lavage, séchage, repassage, pliage), le marquage et la "
          "livraison du linge personnel des résidents et du linge plat (draps, taies, serviettes, alèses) des cinq "
          "établissements. Il ne comporte pas de lots, les établissements étant desservis par une même tournée."),
        H("Art. 2 – Montants"),
        P("L'accord-cadre est conclu avec un montant maximum annuel de 120¦SB¦000 € HT. Il est passé pour une période "
          "initiale de douze mois à compter du 1er octobre 2026, reconductible trois fois par période de douze mois, "
          "le montant maximum s'appliquant à chaque période."),
        H("Art. 3 – Pièces contractuelles"),
        P("Acte d'engagement et BPU ; le présent CCAP ; le CCTP et ses annexes (volumes, adresses, jours de collecte) ; "
          "le CCAG-FCS ; le mémoire technique du titulaire."),
        H("Art. 4 – Linge des résidents"),
        P("Le linge des résidents est marqué au nom de chacun par thermocollage dès son entrée. De nombreux résidents "
          "sont atteints de troubles cognitifs et ne peuvent signaler une perte ; le titulaire tient donc un inventaire "
          "par résident et rembourse, sur la base d'un barème, tout article perdu ou détérioré. Les vêtements "
          "délicats sont traités selon leur étiquette et jamais en tunnel de lavage."),
        H("Art. 5 – Prix"),
        P("Les prix unitaires du BPU (au kilo pour le linge plat, à l'article ou au forfait mensuel par résident pour "
          "le linge personnel) comprennent la main-d'œuvre, les charges sociales, les produits lessiviels, le transport "
          "et le marquage. Ils sont révisés chaque année selon l'indice ICHT-rev-TS et l'indice des prix de "
          "production de l'industrie française pour le marché français – produits d'entretien."),
        H("Art. 6 – Délais"),
        P("Le linge collecté est restitué au plus tard 72 heures après la collecte, 48 heures pour le linge plat de la "
          "MAS. En cas de retard, le titulaire fournit du linge plat de dépannage."),
        H("Art. 7 – Pénalités"),
        P("Retard de livraison : 150 € HT par jour et par établissement ; article perdu non remboursé dans le mois : 20 € "
          "HT par article en sus du remboursement ; non-transmission du bilan prévu à l'article 9.3 : 50 € HT par jour "
          "de retard."),
        H("Art. 8 – Hygiène"),
        P("Le titulaire dispose d'une blanchisserie organisée selon la méthode RABC (norme NF EN 14065) et assure la "
          "séparation stricte des circuits propre et sale, y compris dans ses véhicules."),
        H("Art. 9 – Engagements relatifs aux conditions de travail et à l'égalité professionnelle"),
        P("Le traitement du linge est une activité exposée aux troubles musculo-squelettiques et très majoritairement "
          "exercée par des femmes à temps partiel. Le GCSMS a donc souhaité fixer des engagements qui vont au-delà du "
          "simple respect de la réglementation."),
        P("9.1 Pendant toute la durée de l'accord-cadre, le titulaire met en œuvre, pour les salariés affectés à son "
          "exécution (tri, lavage, finition, livraison), un plan d'actions de prévention des troubles "
          "musculo-squelettiques comprenant au minimum l'équipement des postes de tri et de pliage en chariots à fond "
          "remontant ou tables réglables en hauteur et la rotation des postes au cours de la journée."),
        P("9.2 Il propose en priorité aux salariés à temps partiel affectés au marché les heures complémentaires ou les "
          "augmentations de durée de travail rendues nécessaires par l'exécution de l'accord-cadre, avant tout recours "
          "à l'intérim."),
        P("9.3 Il remet au GCSMS, avant le 31 mars de chaque année, un bilan comportant : le nombre d'accidents du "
          "travail et de maladies professionnelles déclarés parmi ces salariés, les actions du plan réalisées, la "
          "répartition femmes-hommes des emplois d'encadrement de l'atelier et le nombre d'heures de formation suivies."),
        H("Art. 10 – Règlement"),
        P("Paiement par virement dans un délai de 30 jours. Chaque établissement membre est destinataire de ses propres "
          "factures et en assure le paiement."),
        H("Art. 11 – Résiliation – Litiges"),
        P("Chapitre 8 du CCAG-FCS. Le tribunal administratif de Châlons-en-Champagne est compétent."),
        P("Établi le 2 juin 2026 par le GCSMS Val de Brienne."),
    ]
    label = L(clause_sociale=1, allotissement=0, montant_max_ht=480000,
              evidence=["Engagements relatifs aux conditions de travail et à l'égalité professionnelle",
                        "un plan d'actions de prévention des troubles musculo-squelettiques",
                        "Il ne comporte pas de lots",
                        "montant maximum annuel de 120~000 € HT", "reconductible trois fois",
                        "[120 000 x 4 périodes = 480 000]"])
    return DOC("d13_CCAP_linge_residents_GCSMS_Val_de_Brienne.pdf", "CCAP",
               "GCSMS Val de Brienne – VDB-LINGE-2026 – CCAP",
               "CCAP – Entretien du linge – GCSMS Val de Brienne",
               blocks, label,
               "Résidents atteints de troubles cognitifs, charges sociales dans les prix ; vraie clause sociale sans "
               "insertion : prévention des TMS, priorité des heures aux temps partiels, bilan annuel (au-delà de la loi) ; "
               "non alloti ; maximum annuel × 4 périodes.",
               hyphen=True)


# =============================================================================== d14
def d14():
    blocks = [
        TITLE("Ville de Pontarcy-la-Rivière – Direction de l'Éducation",
              "CCTP – Nettoyage des écoles maternelles et élémentaires",
              "Marché n° 2026-EDU-12 – Cahier des clauses techniques particulières",
              "Version définitive du 20/01/2026"),
        H("Chapitre 1er – Objet et périmètre"),
        P("Le présent CCTP décrit les prestations de nettoyage quotidien et de grand ménage des huit groupes scolaires "
          "de la Ville (maternelles et élémentaires), des deux restaurants scolaires qui leur sont rattachés et des "
          "locaux périscolaires. Les ATSEM, agents municipaux, conservent l'entretien des dortoirs et des sanitaires des "
          "classes maternelles pendant le temps scolaire ; cette mission ne fait pas partie du marché."),
        TAB([["Site", "Surface (m²)", "Effectif élèves", "Créneau d'intervention"],
             ["GS Jean-Moulin", "2 840", "312", "16 h 45 – 20 h 15"],
             ["GS Les Aubépines", "1 960", "204", "16 h 45 – 19 h 45"],
             ["GS Pasteur", "3 120", "356", "17 h 00 – 21 h 00"],
             ["École maternelle du Moulin-Neuf", "1 050", "118", "16 h 45 – 19 h 00"],
             ["École maternelle Prévert", "980", "104", "16 h 45 – 19 h 00"],
             ["GS Simone-Veil", "2 410", "281", "16 h 45 – 20 h 00"],
             ["École élémentaire des Rives", "1 630", "176", "17 h 00 – 19 h 30"],
             ["GS Louise-Michel (dont ULIS)", "2 260", "247", "16 h 45 – 20 h 00"]],
            widths=[3, 1.2, 1.3, 2]),
        H("Chapitre 2 – Prestations"),
        H2("2.1 Nettoyage quotidien"),
        P("Balayage humide et lavage des sols des classes, couloirs et préaux ; vidage des corbeilles ; nettoyage et "
          "désinfection des sanitaires (cuvettes, urinoirs, lavabos, robinetterie, poignées) ; essuyage des tables et "
          "des points de contact ; réapprovisionnement en papier et savon fournis par la Ville."),
        H2("2.2 Grand ménage"),
        P("Pendant les vacances d'été et, pour les maternelles, pendant les vacances de printemps : lavage des vitres "
          "intérieures accessibles, décapage et remise en cire des sols thermoplastiques, nettoyage du mobilier, des "
          "jouets lavables et des radiateurs."),
        H2("2.3 Produits"),
        P("Compte tenu de la présence de jeunes enfants, les produits sont choisis pour leur innocuité : ni produit "
          "parfumé, ni aérosol, ni produit classé CMR ; les désinfectants sont réservés aux sanitaires et aux points de "
          "contact. Les fiches de données de sécurité sont remises au service Éducation avant le démarrage. Rien ne "
          "doit rester accessible aux enfants, notamment dans les classes où sont accueillis des élèves de l'unité "
          "localisée pour l'inclusion scolaire (ULIS) du groupe Louise-Michel."),
        P("Les prestations respectent l'environnement de travail des enseignants : le matériel pédagogique laissé sur les "
          "tables n'est ni déplacé ni jeté."),
        H("Chapitre 3 – Personnel"),
        H2("3.1 Affectation et stabilité"),
        P("Le prestataire indique dans son offre le nombre d'agents et d'heures affectés à chaque site. Il s'efforce "
          "d'affecter les mêmes agents aux mêmes écoles tout au long de l'année scolaire, les directeurs d'école "
          "souhaitant connaître les personnes présentes dans leurs locaux."),
        H2("3.2 Remplacements"),
        P("Toute absence est remplacée dès le premier jour. À défaut, la prestation non réalisée n'est pas payée et la "
          "pénalité prévue au CCAP est appliquée. Le prestataire communique chaque lundi le planning de la semaine."),
        H2("3.3 Comportement"),
        P("Les agents du prestataire n'ont aucun contact avec les élèves. Ils portent une tenue de travail et un badge. "
          "Tout agent dont le comportement serait incompatible avec la présence d'enfants est retiré du site à la "
          "demande de la Ville, sans que le prestataire puisse s'y opposer."),
        H2("3.4 Reprise du personnel"),
        P("Le marché est soumis à l'article 7 de la convention collective nationale des entreprises de propreté et "
          "services associés : l'entreprise entrante reprend les salariés de l'entreprise sortante qui remplissent les "
          "conditions prévues par cet article. La liste communiquée par le titulaire actuel figure en annexe 3 (11 "
          "salariés, 198 heures hebdomadaires au total)."),
        H2("3.5 Droit du travail"),
        P("Le prestataire respecte le Code du Travail et la convention collective précitée, notamment ses dispositions "
          "sur le temps partiel, les heures complémentaires et les temps de trajet entre deux sites. Il est seul "
          "responsable de la sécurité de ses salariés et les dote des équipements de protection adaptés."),
        H("Chapitre 4 – Continuité du service public"),
        P("En cas de grève du personnel du prestataire, celui-ci en informe la Ville dès qu'il en a connaissance et assure "
          "au minimum le nettoyage des sanitaires et des restaurants scolaires, condition de l'accueil des élèves. "
          "En cas de grève des personnels municipaux ou enseignants, les prestations sont maintenues sauf avis contraire "
          "de la Ville."),
        P("En cas d'épidémie (gastro-entérite, grippe, covid), la Ville peut commander un renforcement de la désinfection "
          "des points de contact, facturé selon le prix unitaire du BPU."),
        H("Chapitre 5 – Contrôle de la qualité"),
        P("Un contrôle contradictoire est réalisé chaque mois sur deux sites tirés au sort, selon la grille de l'annexe "
          "4. Les directeurs d'écoles transmettent leurs observations au service Éducation au moyen du cahier de liaison "
          "déposé dans chaque école."),
        P("Fait à Pontarcy-la-Rivière. Le responsable du service Éducation, Olivier Marchetti."),
    ]
    label = L(evidence=[])
    return DOC("d14_CCTP_nettoyage_ecoles_Pontarcy.docx", "CCTP",
               "Ville de Pontarcy-la-Rivière – Marché 2026-EDU-12 – CCTP",
               "CCTP nettoyage des écoles",
               blocks, label,
               "Élèves et ULIS (usagers), produits sans danger pour les enfants (santé, pas environnement), "
               "« environnement de travail » au sens courant, stabilité et remplacement des agents, reprise (art. 7 CCN "
               "propreté), code du travail, grève : tout à 0.")


# =============================================================================== d15
def d15():
    blocks = [
        TITLE("SYNDICAT INTERCOMMUNAL DE RESTAURATION SCOLAIRE DE LA BASSE-CÈRE",
              "Cahier des Clauses Administratives Particulières",
              "Fourniture et livraison de repas en liaison froide pour les restaurants scolaires et l'accueil de loisirs",
              "Appel d'offres ouvert européen – Marché n° SIRS-2026-01"),
        P("Acheteur : SIRS de la Basse-Cère, 8 place de l'Église, 15130 Arpajon-la-Cère (SIRET 251 500 893 00014). "
          "Représentant du pouvoir adjudicateur : M. Rémi Chabrol, président. Comptable assignataire : trésorerie "
          "d'Aurillac collectivités."),
        H("Article 1 – Objet du marché"),
        P("Le marché a pour objet la confection et la livraison en liaison froide des repas servis dans les onze "
          "restaurants scolaires des communes membres et à l'accueil de loisirs intercommunal du mercredi et des "
          "vacances, soit environ 1 350 repas par jour scolaire."),
        P("Le marché ne fait pas l'objet d'un allotissement : une seule cuisine centrale doit assurer la production afin "
          "de garantir l'homogénéité des menus et la maîtrise de la chaîne du froid (article L. 2113-11 du CCP)."),
        H("Article 2 – Forme, durée et montant"),
        P("Accord-cadre mono-attributaire à bons de commande, d'une durée d'un an à compter du 25 août 2026, reconductible "
          "trois fois. Le montant estimatif de l'accord-cadre est de 1 250 000 € HT sur sa durée totale ; aucun montant "
          "minimum ni maximum n'est fixé."),
        H("Article 3 – Documents contractuels"),
        P("AE et BPU ; CCAP ; CCTP et annexes (plan alimentaire, fiches techniques, liste des restaurants) ; CCAG-FCS ; "
          "mémoire technique."),
        H("Article 4 – Publics accueillis"),
        P("Les repas sont destinés à des enfants de 3 à 11 ans. Les enfants présentant une allergie ou une intolérance "
          "alimentaire, ou une maladie chronique, bénéficient d'un projet d'accueil individualisé (PAI) ; les enfants en "
          "situation de handicap accueillis dans les écoles et à l'accueil de loisirs reçoivent, sur prescription, des "
          "repas adaptés (textures, régimes). Le titulaire fournit les repas de substitution correspondants selon le "
          "protocole de l'annexe 6 du CCTP."),
        H("Article 5 – Prix"),
        P("Prix unitaires par catégorie de repas (maternelle, élémentaire, adulte, PAI, pique-nique). Les prix incluent "
          "toutes charges fiscales, parafiscales, sociales et salariales, ainsi que la livraison et le prêt des "
          "équipements de maintien en température. Révision annuelle selon la formule de l'AE."),
        H("Article 6 – Modalités de commande"),
        P("Les effectifs prévisionnels sont transmis par chaque commune le jeudi pour la semaine suivante et ajustés la "
          "veille avant 9 h 30. Les bons de commande mensuels sont émis par le SIRS."),
        H("Article 7 – Obligations du titulaire vis-à-vis de son personnel"),
        P("Le titulaire est tenu au respect des dispositions du code du travail et de la convention collective qui lui "
          "est applicable. Il fournit, lors de la conclusion du marché puis tous les six mois, les pièces prévues à "
          "l'article D. 8222-5 du code du travail. Il s'interdit tout recours au travail dissimulé."),
        P("Le titulaire tient à jour le document unique d'évaluation des risques de sa cuisine centrale et de ses "
          "activités de livraison."),
        H("Article 8 – Pénalités"),
        P("Retard de livraison supérieur à 30 minutes : 100 € par restaurant ; repas manquant : 5 € par repas ; non-"
          "respect d'un PAI : 500 € par constat ; non-respect des engagements de l'article 11 : voir cet article."),
        H("Article 9 – Assurances"),
        P("Le titulaire justifie d'une assurance responsabilité civile couvrant notamment les intoxications alimentaires."),
        H("Article 10 – Contrôles"),
        P("Le SIRS fait réaliser, à ses frais, des analyses microbiologiques inopinées. Les frais d'une contre-analyse "
          "demandée par le titulaire restent à sa charge lorsque la première analyse est confirmée."),
        H("Article 11 – Engagement en faveur de l'emploi des jeunes du territoire"),
        P("Le titulaire s'engage à recruter, pour les besoins de l'exécution du marché (production, allotissement des "
          "repas, livraison), au moins deux jeunes de 16 à 25 ans révolus orientés par la Mission Locale du Bassin "
          "d'Aurillac, sur des contrats d'une durée minimale de six mois chacun (CDD, contrat d'apprentissage ou contrat "
          "de professionnalisation). Les recrutements interviennent au plus tard à la fin de la première année "
          "d'exécution. Chaque jeune bénéficie d'un tuteur désigné par le titulaire."),
        P("Le titulaire informe la Mission Locale de ses besoins de recrutement au moins un mois à l'avance et adresse au "
          "SIRS, chaque semestre, un état des recrutements (poste, contrat, durée, suite donnée). En cas de "
          "non-respect, une pénalité de 1 500 € est appliquée par recrutement non réalisé, sauf si la Mission Locale "
          "atteste n'avoir pu proposer aucun candidat."),
        H("Article 12 – Résiliation"),
        P("Chapitre 8 du CCAG-FCS. La résiliation pour faute peut notamment être prononcée après deux toxi-infections "
          "alimentaires collectives imputables au titulaire au cours d'une même année."),
        H("Article 13 – Litiges"),
        P("Tribunal administratif de Clermont-Ferrand."),
        H("Article 14 – Dérogations au CCAG-FCS"),
        P("L'article 8 déroge à l'article 14 du CCAG-FCS."),
    ]
    label = L(clause_sociale=1, clause_insertion=1, allotissement=0, montant_estime_ht=1250000,
              evidence=["au moins deux jeunes de 16 à 25 ans révolus orientés par la Mission Locale du Bassin d'Aurillac",
                        "Le marché ne fait pas l'objet d'un allotissement",
                        "Le montant estimatif de l'accord-cadre est de 1 250 000 € HT sur sa durée totale"])
    return DOC("d15_CCAP_restauration_scolaire_SIRS_Basse-Cere.docx", "CCAP",
               "SIRS de la Basse-Cère – Marché SIRS-2026-01 – CCAP",
               "CCAP restauration scolaire",
               blocks, label,
               "Enfants PAI et handicapés (usagers), charges sociales dans les prix, D8222-5, travail dissimulé, DUERP ; "
               "vraie clause d'insertion en mots inhabituels (deux jeunes orientés par la Mission Locale, six mois, "
               "pénalité), sans heures ; non alloti ; montant estimatif (pas de maximum).")


# =============================================================================== d16
def d16():
    blocks = [
        TITLE("CCAS de Lorgues-la-Vaudière",
              "ACTE D'ENGAGEMENT (AE)",
              "Aide ménagère et accompagnement aux courses des personnes âgées et des personnes handicapées",
              "Accord-cadre à bons de commande – MAPA n° CCAS-LV-26-03"),
        H("1. Identification de l'acheteur"),
        P("Centre communal d'action sociale de Lorgues-la-Vaudière, 12 avenue Frédéric-Mistral, 83510 Lorgues-la-Vaudière. "
          "SIRET 268 301 476 00010. Ordonnateur : la présidente du CCAS. Comptable public : service de gestion comptable "
          "de Draguignan."),
        H("2. Objet"),
        P("Le présent accord-cadre porte sur des prestations d'aide ménagère (entretien courant du logement et du linge) "
          "et d'accompagnement aux courses au domicile des personnes âgées de plus de 70 ans et des adultes handicapés "
          "bénéficiaires de l'aide facultative du CCAS, dans la limite du plan d'aide notifié à chacun."),
        P("Lot : unique. La prestation n'est pas décomposée en lots."),
        H("3. Engagement du titulaire"),
        TAB([["Identification du titulaire", ""],
             ["Dénomination sociale", ""],
             ["Adresse", ""],
             ["N° SIRET", ""],
             ["N° de déclaration ou d'autorisation SAP / SAAD", ""],
             ["Nom et qualité du signataire", ""]], widths=[3, 3]),
        P("Après avoir pris connaissance du CCP et des documents qui y sont mentionnés, je m'engage, conformément à leurs "
          "clauses, à exécuter les prestations demandées aux prix indiqués au bordereau des prix annexé."),
        H("4. Prix"),
        TAB([["Prestation", "Unité", "Prix unitaire HT", "TVA (5,5 %)", "Prix TTC"],
             ["Heure d'aide ménagère en semaine", "heure", "", "", ""],
             ["Heure d'aide ménagère dimanche et jours fériés", "heure", "", "", ""],
             ["Accompagnement aux courses (véhicule du titulaire)", "heure", "", "", ""],
             ["Frais de déplacement au-delà de 15 km", "km", "", "", ""]], widths=[3, 0.8, 1.2, 1, 1]),
        P("Les prix unitaires comprennent les salaires, les charges sociales et patronales, les frais de formation et de "
          "déplacement des intervenants et les frais de gestion."),
        H("5. Montant de l'accord-cadre"),
        P("L'accord-cadre est conclu sans montant minimum. Montant maximum sur la durée totale de l'accord-cadre "
          "(période initiale et reconductions) : 218 000 € HT."),
        H("6. Durée"),
        P("Douze mois à compter du 1er avril 2026, reconductible trois fois de manière tacite."),
        H("7. Déclarations"),
        P("Je déclare sur l'honneur : ne pas entrer dans l'un des cas d'interdiction de soumissionner prévus aux "
          "articles L. 2141-1 à L. 2141-11 du code de la commande publique ; avoir souscrit les déclarations fiscales et "
          "sociales exigibles ; être en règle au regard des articles L. 5212-1 à L. 5212-11 du code du travail "
          "(obligation d'emploi des travailleurs handicapés) ; ne pas employer de salariés en situation irrégulière."),
        P("Je déclare également que les intervenants appelés à se rendre au domicile des bénéficiaires ont fait l'objet "
          "d'une vérification de l'extrait n° 3 de leur casier judiciaire et qu'ils sont couverts par l'assurance "
          "responsabilité civile de l'entreprise."),
        H("8. Paiement"),
        P("Virement au compte ci-dessous (joindre un RIB) :  IBAN ................................................  "
          "BIC ................"),
        H("9. Signatures"),
        TAB([["Le titulaire", "Décision du pouvoir adjudicateur"],
             ["Fait à ..............., le ..............", "Est acceptée la présente offre pour valoir acte d'engagement. "
              "À Lorgues-la-Vaudière, le .............. La présidente du CCAS, Martine Giraud-Ollivier"]],
            widths=[3, 3]),
    ]
    label = L(allotissement=0, montant_max_ht=218000,
              evidence=["Lot : unique. La prestation n'est pas décomposée en lots.",
                        "(période initiale et reconductions) : 218 000 € HT"])
    return DOC("d16_AE_aide_menagere_CCAS_Lorgues.docx", "AE",
               "CCAS de Lorgues-la-Vaudière – MAPA CCAS-LV-26-03 – Acte d'engagement",
               "AE aide ménagère",
               blocks, label,
               "AE : bénéficiaires âgés et handicapés, charges sociales dans les prix, déclaration L5212-1 à L5212-11, "
               "casier judiciaire des intervenants : social 0 ; lot unique ; maximum sur la durée totale.")


# =============================================================================== d17
def d17():
    blocks = [
        TITLE("MAIRIE DE SAINT-JULIEN-DES-ÉTANGS",
              "Cahier des clauses techniques particulières",
              "Accueil physique et téléphonique de l'Hôtel de Ville et de la Maison des services au public",
              "Consultation n° 26-ACC-SJE"),
        H("1 – Contexte"),
        P("La commune de Saint-Julien-des-Étangs (23 400 habitants) reçoit chaque jour environ 260 usagers à l'Hôtel de "
          "Ville et 90 à la Maison des services au public (MSAP) du quartier des Noues, et traite près de 400 appels "
          "téléphoniques. Elle souhaite confier à un prestataire spécialisé l'accueil de premier niveau, le personnel "
          "municipal restant chargé de l'instruction des demandes."),
        H("2 – Description des prestations"),
        H2("2.1 Accueil physique"),
        LST(["accueillir, renseigner et orienter les usagers vers le bon service ou le bon partenaire (CAF, CPAM, "
             "France Travail, permanences juridiques) ;",
             "gérer la file d'attente et le système de prise de ticket ;",
             "aider les usagers à la prise de rendez-vous en ligne ;",
             "prêter assistance aux personnes âgées, aux personnes à mobilité réduite et aux personnes qui maîtrisent "
             "mal le français ou l'écrit, en les accompagnant si besoin jusqu'au bureau concerné ;",
             "remettre les documents préparés par les services (cartes d'identité, actes d'état civil) selon la procédure "
             "fixée par la commune."]),
        H2("2.2 Accueil téléphonique"),
        P("Prise des appels sur le n° général, orientation vers les postes internes, prise de messages, information "
          "de premier niveau à partir de la base de connaissances de la commune, mise à jour quotidienne du message "
          "d'attente en cas de fermeture exceptionnelle."),
        H("3 – Horaires et dimensionnement"),
        TAB([["Site", "Ouverture au public", "Agents présents"],
             ["Hôtel de Ville – hall", "lun.-ven. 8h30-17h30, sam. 9h-12h", "2 (1 le samedi)"],
             ["Hôtel de Ville – standard", "lun.-ven. 8h30-17h30", "1"],
             ["MSAP des Noues", "mar., jeu., ven. 9h-12h et 14h-17h", "1"]], widths=[2, 3, 1.5]),
        H("4 – Personnel"),
        H2("4.1 Compétences"),
        P("Les hôtes et hôtesses d'accueil justifient d'une formation ou d'une expérience d'au moins un an dans l'accueil du "
          "public. Ils maîtrisent les outils bureautiques courants. La connaissance d'une langue étrangère (anglais, "
          "arabe, turc ou portugais) est appréciée pour le poste de la MSAP."),
        H2("4.2 Présentation"),
        P("Tenue sobre fournie par le prestataire (veste ou gilet aux couleurs du prestataire, sans logo de la commune). "
          "Badge indiquant le prénom. Les agents ne fument pas et n'utilisent pas leur téléphone personnel devant le "
          "public."),
        H2("4.3 Continuité"),
        P("Le prestataire remplace tout agent absent dans l'heure qui suit le début de la vacation. Il organise la "
          "formation de ses remplaçants aux spécificités des sites (une demi-journée de découverte pour chaque "
          "remplaçant, non facturée)."),
        H2("4.4 Temps de travail et conditions d'emploi"),
        P("Le prestataire respecte la réglementation relative à la durée du travail, aux temps de pause et aux repos, "
          "ainsi que les règles applicables aux salariés à temps partiel (articles L. 3123-1 et suivants du code du "
          "travail) et celles de la convention collective nationale des prestataires de services dans le domaine du "
          "secteur tertiaire. Le planning des agents est établi de manière à garantir les pauses prévues par ces textes "
          "sans interruption de l'accueil."),
        P("Il est rappelé que le prestataire assume seul les obligations de l'employeur, notamment la visite "
          "d'information et de prévention, l'évaluation des risques (agressions verbales, travail sur écran) dans son "
          "document unique, et la déclaration préalable à l'embauche de chaque agent."),
        H("5 – Gestion des incivilités"),
        P("Les agents sont formés par le prestataire à la gestion des situations conflictuelles. Tout incident est "
          "consigné dans le registre prévu à cet effet et signalé au responsable du service Accueil de la commune ; en "
          "cas de danger, la police municipale est appelée (poste 2217)."),
        H("6 – Outils mis à disposition"),
        P("La commune fournit les postes de travail, le logiciel de gestion de file d'attente, l'accès à l'annuaire "
          "interne et à la base de connaissances. L'accès aux applications métiers (état civil, élections) est exclu."),
        H("7 – Indicateurs de qualité"),
        TAB([["Indicateur", "Objectif", "Mode de mesure"],
             ["Appels décrochés", "90 %", "statistiques du standard"],
             ["Attente moyenne au hall", "moins de 8 minutes", "logiciel de file d'attente"],
             ["Satisfaction des usagers", "85 % satisfaits ou très satisfaits", "questionnaire semestriel"],
             ["Vacations non pourvues", "0", "planning contradictoire"]], widths=[2, 2, 2]),
        H("8 – Réunions et bilans"),
        P("Réunion mensuelle de suivi pendant les six premiers mois, puis trimestrielle. Bilan annuel écrit, comprenant "
          "les indicateurs, les incidents et les propositions d'amélioration de l'accueil."),
        P("Saint-Julien-des-Étangs, le 9 avril 2026."),
    ]
    label = L(evidence=[])
    return DOC("d17_CCTP_accueil_mairie_St-Julien.docx", "CCTP",
               "Commune de Saint-Julien-des-Étangs – 26-ACC-SJE – CCTP",
               "CCTP accueil physique et téléphonique",
               blocks, label,
               "Usagers âgés, PMR, allophones ; compétences, tenue, remplacement ; temps de travail, temps partiel et "
               "convention collective seulement rappelés (« il est rappelé »), DUERP, DPAE : tout à 0.")


# =============================================================================== d18
def d18():
    blocks = [
        TITLE("VILLE DE MONTBRISAC",
              "Règlement de la Consultation",
              "Prestations de ménage et de petit entretien au domicile des bénéficiaires du dispositif « Bien chez soi »",
              "Procédure adaptée – 3 lots – Réf. MTB/2026/SAP-02"),
        H("Article premier – Objet de la consultation"),
        P("Dans le cadre du dispositif municipal « Bien chez soi », la Ville de Montbrisac finance, au profit de ses "
          "habitants âgés de 75 ans et plus ou reconnus handicapés, des prestations de ménage et de petit entretien "
          "(changement d'ampoules, petites fixations, entretien des extérieurs privatifs) réalisées à leur domicile."),
        P("La consultation est allotie par secteur géographique :"),
        TAB([["Lot", "Secteur", "Volume annuel estimé"],
             ["Lot 1", "Centre-ville et faubourg Saint-Roch", "4 800 heures"],
             ["Lot 2", "Quartiers nord (La Garenne, Les Hauts-de-Bris)", "3 600 heures"],
             ["Lot 3", "Hameaux et écarts", "2 100 heures"]], widths=[1, 3.5, 2]),
        P("La valeur estimée de l'ensemble des trois lots, pour la durée maximale des accords-cadres (quatre ans), est de "
          "420 000 € HT."),
        H("Article 2 – Conditions de participation"),
        P("Les candidats justifient de la déclaration ou de l'agrément exigés pour les activités de services à la personne "
          "exercées auprès de personnes âgées ou handicapées (articles L. 7232-1 et suivants du code du travail). Ils "
          "produisent les formulaires DC1 et DC2 ou le DUME, et une note présentant leurs moyens humains (effectif, "
          "qualifications, encadrement)."),
        P("Une même entreprise peut être attributaire de plusieurs lots."),
        H("Article 3 – Contenu des offres"),
        LST(["l'acte d'engagement du ou des lots ;",
             "le bordereau des prix unitaires ;",
             "un mémoire technique répondant aux rubriques de l'article 4 ;",
             "pour le critère 3, une note de deux pages au plus décrivant les actions d'insertion professionnelle que "
             "le candidat propose de conduire pendant l'exécution (publics visés, nombre de personnes, accompagnement, "
             "partenaires tels que Maison de l'emploi, PLIE ou structures d'insertion)."]),
        H("Article 4 – Critères de jugement des offres"),
        TAB([["Critères", "Pondération"],
             ["1 – Prix (sur la base d'un détail quantitatif estimatif non communiqué)", "45 %"],
             ["2 – Valeur technique : organisation des interventions, remplacement, qualification et stabilité des "
              "intervenants, relation avec les bénéficiaires", "45 %"],
             ["3 – Performance en matière d'insertion professionnelle des publics en difficulté", "10 %"]],
            widths=[5, 1]),
        P("Le critère 3 est noté de 0 à 10 au vu de la note décrite à l'article 3 : pertinence des publics visés, "
          "réalisme et volume des actions proposées, qualité de l'accompagnement et du tutorat. Une note ne proposant "
          "aucune action obtient 0. Aucun volume minimal d'insertion n'est exigé des candidats."),
        P("Chaque lot est jugé séparément. En cas d'égalité, l'offre la mieux notée sur le critère 2 l'emporte."),
        H("Article 5 – Négociation"),
        P("La Ville pourra négocier avec les candidats ayant présenté les trois meilleures offres de chaque lot."),
        H("Article 6 – Remise des offres"),
        P("Les offres sont déposées sur le profil d'acheteur https://www.marches-montbrisac.fr au plus tard le vendredi 20 "
          "mars 2026 à 12 h. Les candidats vérifient que leurs fichiers ne sont pas corrompus ; tout fichier illisible "
          "est réputé non reçu."),
        H("Article 7 – Renseignements"),
        P("Administratifs : service de la commande publique, M. Kévin Delorme. Techniques : CCAS, pôle Seniors, Mme "
          "Nathalie Ferracci. Recours : tribunal administratif de Montpellier."),
    ]
    label = L(critere_social=1, allotissement=1, nb_lots=3, montant_estime_ht=420000,
              evidence=["3 – Performance en matière d'insertion professionnelle des publics en difficulté",
                        "La consultation est allotie par secteur géographique",
                        "pour la durée maximale des accords-cadres (quatre ans), est de 420 000 € HT"])
    return DOC("d18_RC_menage_domicile_Bien_chez_soi_Montbrisac.docx", "RC",
               "Ville de Montbrisac – RC – MTB/2026/SAP-02",
               "Règlement de la consultation – « Bien chez soi »",
               blocks, label,
               "Vrai critère social (insertion 10 %) sans clause imposée (« aucun volume minimal n'est exigé ») ; "
               "bénéficiaires âgés et handicapés, agrément SAP, stabilité des intervenants dans la valeur technique ; "
               "heures annuelles des lots (pas d'insertion) ; trois lots ; valeur estimée.")


# =============================================================================== d19
def d19():
    blocks = [
        TITLE("Syndicat intercommunal de transport scolaire du canton de Bellegarde-en-Forez (SITS)",
              "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES",
              "Exécution des services de transport scolaire – rentrées 2026 à 2030",
              "Marché public de services – appel d'offres ouvert – CCAP commun aux 6 lots"),
        H("ARTICLE 1 – OBJET – ORGANISATION"),
        P("Le SITS, autorité organisatrice de second rang par délégation de la Région Auvergne-Rhône-Alpes, confie "
          "l'exécution des circuits de transport scolaire desservant les écoles, collèges et le lycée du canton. Le "
          "présent CCAP est commun aux 6 lots (un lot par groupe de circuits) ; chaque lot donne lieu à un marché "
          "distinct."),
        H("ARTICLE 2 – DISPOSITIONS PARTICULIÈRES (TABLEAU RÉCAPITULATIF)"),
        TAB([["Rubrique", "Disposition retenue"],
             ["Forme du marché", "marché ordinaire à prix unitaires (prix journalier par circuit)"],
             ["Durée", "4 années scolaires, du 1er septembre 2026 au 31 août 2030"],
             ["Variantes", "non autorisées"],
             ["Clause d'insertion", "sans objet"],
             ["Avance", "5 % si montant annuel > 50 000 € HT"],
             ["Retenue de garantie", "néant"],
             ["CCAG applicable", "CCAG-FCS 2021"]], widths=[2, 4]),
        H("ARTICLE 3 – VÉHICULES"),
        P("Les véhicules répondent aux normes en vigueur pour le transport en commun d'enfants (ceintures de sécurité, "
          "signalisation « transport d'enfants », éthylotest antidémarrage). Ils ont moins de quinze ans. Les "
          "caractéristiques par circuit figurent à l'annexe 2."),
        P("Pour le circuit n° 12 (lot 4), qui dessert l'école de Saint-Didier où est scolarisé un élève se déplaçant en "
          "fauteuil roulant, le véhicule est accessible aux personnes à mobilité réduite ; les autres circuits n'exigent "
          "pas de véhicule accessible, les élèves handicapés relevant du transport adapté organisé par la Région."),
        H("ARTICLE 4 – CONDUCTEURS"),
        P("Les conducteurs sont titulaires du permis D en cours de validité, de la FIMO ou de la FCO à jour, et ont subi "
          "la visite médicale réglementaire. Le titulaire communique au SITS, avant la rentrée, la liste des conducteurs "
          "affectés à chaque circuit ; tout changement durable est notifié sous 48 heures."),
        P("Le titulaire vérifie, pour chaque conducteur, l'absence d'inscription au FIJAIS. Le comportement des "
          "conducteurs envers les élèves et les familles est irréprochable ; le SITS peut demander le retrait d'un "
          "conducteur dont le comportement met en cause la sécurité des enfants."),
        H("ARTICLE 5 – OBLIGATIONS SOCIALES DU TITULAIRE"),
        P("Le titulaire applique à ses conducteurs la convention collective nationale des transports routiers et les "
          "accords relatifs aux conducteurs en période scolaire (CPS). Il respecte les dispositions relatives aux temps "
          "de conduite, aux amplitudes et aux coupures. Il produit tous les six mois l'attestation de vigilance de "
          "l'URSAFF (article D 8222-5 du Code du travail)."),
        H("ARTICLE 6 – ACCOMPAGNATEURS"),
        P("Sur les circuits desservant les écoles maternelles (lots 1, 2 et 5), la présence d'un accompagnateur est "
          "assurée par les communes concernées. Les accompagnateurs ne sont pas des salariés du titulaire, qui leur "
          "réserve une place à l'avant du véhicule."),
        H("ARTICLE 7 – CONTINUITÉ DU SERVICE – GRÈVE"),
        P("En cas de grève de son personnel, le titulaire informe le SITS et les établissements au plus tard 48 heures à "
          "l'avance, par courriel, de la liste des circuits assurés. Il met en œuvre le plan de transport adapté "
          "prévu à l'article L. 1222-4 du code des transports. Les journées non assurées ne sont pas rémunérées ; au-delà "
          "de trois jours consécutifs, le SITS peut faire exécuter les services par un tiers aux frais du titulaire."),
        H("ARTICLE 8 – PÉNALITÉS"),
        TAB([["Manquement", "Pénalité"],
             ["Retard à l'arrivée à l'établissement supérieur à 10 minutes", "50 € par circuit et par jour"],
             ["Service non effectué sans information préalable", "400 € par circuit"],
             ["Véhicule non conforme aux caractéristiques de l'annexe 2", "150 € par jour"],
             ["Conducteur non déclaré", "300 € par constat"]], widths=[4, 2]),
        H("ARTICLE 9 – PRIX – RÈGLEMENT"),
        P("Les prix journaliers sont réputés comprendre toutes les charges, notamment les salaires et charges sociales des "
          "conducteurs, y compris pendant les périodes de coupure. Ils sont révisés chaque année au 1er septembre selon "
          "l'indice CNR « transport de voyageurs – autocar »."),
        H("ARTICLE 10 – SOUS-TRAITANCE"),
        P("La sous-traitance d'un circuit complet n'est admise qu'avec l'accord exprès du SITS, dans les conditions des "
          "articles R. 2193-1 et suivants du code de la commande publique."),
        H("ARTICLE 11 – LITIGES"),
        P("Tribunal administratif de Lyon."),
    ]
    label = L(allotissement=1, nb_lots=6,
              evidence=["Le présent CCAP est commun aux 6 lots"])
    return DOC("d19_CCAP_transport_scolaire_SITS_Bellegarde.docx", "CCAP",
               "SITS du canton de Bellegarde-en-Forez – CCAP transport scolaire",
               "CCAP – marchés de transport scolaire 2026-2030",
               blocks, label,
               "« Clause d'insertion : sans objet » dans un tableau, élève en fauteuil et véhicule PMR (usager), "
               "convention collective et URSSAF rappelées, FIJAIS, grève, charges sociales : tout à 0 ; six lots.")


# =============================================================================== d20
def d20():
    blocks = [
        TITLE("Centre de gestion de la fonction publique territoriale de l'Aveyron-Causses (CDG)",
              "CCTP – Actions de formation des agents des collectivités affiliées",
              "Accord-cadre multi-lots – Réf. CDG-AC-2026-FORM",
              "Document commun aux lots 1 à 4"),
        H("I – Présentation du CDG et du besoin"),
        P("Le CDG organise, pour les 212 collectivités affiliées, des formations en intra et en inter sur les thèmes de "
          "la prévention des risques professionnels, de la relation aux usagers et de l'égalité. Le présent accord-cadre "
          "comprend quatre lots :"),
        LST(["lot 1 – Prévention des risques psychosociaux et qualité de vie au travail ;",
             "lot 2 – Accueil des usagers en situation de handicap et des publics vulnérables ;",
             "lot 3 – Égalité professionnelle entre les femmes et les hommes et prévention des discriminations ;",
             "lot 4 – Sauveteur secouriste du travail (SST) et gestes et postures."]),
        H("II – Contenu attendu par lot"),
        H2("Lot 1"),
        P("Modules de 7 et 14 heures : repérage des situations de souffrance au travail, rôle de l'encadrant, démarche "
          "d'évaluation des RPS dans le document unique, prévention de l'épuisement professionnel des agents exposés "
          "au public."),
        H2("Lot 2"),
        P("Module de 14 heures : connaître les différents handicaps (moteur, sensoriel, psychique, mental, maladies "
          "invalidantes) et les handicaps invisibles ; adapter son accueil et sa communication (facile à lire et à "
          "comprendre) ; accueillir une personne accompagnée d'un chien guide ; orienter vers la MDPH. Module de 7 "
          "heures : accueil des personnes âgées et des personnes en grande précarité."),
        H2("Lot 3"),
        P("Module de 7 heures destiné aux élus et aux encadrants : obligations des employeurs publics (plan d'action "
          "égalité, index, signalement des violences sexistes et sexuelles), biais de recrutement, prévention des "
          "discriminations. Module de 3 heures de sensibilisation destiné à tous les agents."),
        H2("Lot 4"),
        P("Formation initiale SST (14 heures) et maintien-actualisation des compétences (7 heures), conformément au "
          "référentiel de l'INRS ; formation gestes et postures adaptée aux métiers techniques et aux agents "
          "d'entretien des écoles."),
        H("III – Exigences relatives aux intervenants"),
        P("Les formateurs justifient d'une expérience d'au moins trois ans dans la formation d'adultes et d'une "
          "connaissance du fonctionnement des collectivités territoriales. Pour le lot 4, ils sont certifiés formateurs "
          "SST par un organisme habilité par l'INRS. Le titulaire communique les CV des formateurs pressentis ; il ne "
          "peut les remplacer que par des formateurs de qualification équivalente, après accord du CDG."),
        H("IV – Organisation des sessions"),
        P("Les sessions se déroulent dans les locaux des collectivités ou du CDG, qui sont accessibles aux personnes à "
          "mobilité réduite. Le CDG signale au titulaire, lors de l'inscription, les besoins d'adaptation éventuels d'un "
          "stagiaire ; le CDG prend en charge l'intervention d'un interprète en langue des signes lorsque c'est "
          "nécessaire."),
        P("Groupes de 6 à 12 stagiaires (10 au plus pour le SST). Horaires : 9 h – 12 h 30 et 13 h 30 – 17 h. Les "
          "supports sont remis aux stagiaires sous forme numérique."),
        H("V – Évaluation"),
        P("Chaque session fait l'objet d'une évaluation à chaud (questionnaire de satisfaction) et d'un bilan rédigé par "
          "le formateur ; pour le lot 4, les certificats SST sont délivrés via la plateforme de l'INRS. Le titulaire "
          "transmet au CDG, dans les quinze jours, les feuilles d'émargement et les attestations de fin de formation."),
        H("VI – Annulation et report"),
        P("Une session peut être annulée sans frais par le CDG jusqu'à dix jours ouvrés avant son début. Passé ce délai, "
          "50 % du prix de la journée est dû. Une session annulée par le titulaire est reprogrammée dans un délai "
          "d'un mois sans surcoût."),
        P("Rodez-le-Vieux, le 2 février 2026. La directrice du CDG, Mme Pascale Vigouroux."),
    ]
    label = L(allotissement=1, nb_lots=4,
              evidence=["Le présent accord-cadre comprend quatre lots"])
    return DOC("d20_CCTP_formation_agents_CDG_Aveyron-Causses.docx", "CCTP",
               "CDG Aveyron-Causses – CDG-AC-2026-FORM – CCTP",
               "CCTP formations – lots 1 à 4",
               blocks, label,
               "L'objet est social (RPS, handicap, égalité, discriminations, SST) : aucune obligation sociale du "
               "titulaire ; modules en heures (7, 14) ; accessibilité des salles et interprète LSF à la charge du CDG ; "
               "quatre lots.")


# =============================================================================== d21
def d21():
    blocks = [
        TITLE("COMMUNE DE SAINTE-OUDILE-DES-BOIS",
              "Cahier des Clauses Particulières (C.C.P.)",
              "Aménagements de voirie pour l'accessibilité des personnes handicapées – programme PAVE 2026",
              "Marché de travaux passé selon une procédure adaptée"),
        H("Partie A – Clauses administratives"),
        H("Article 1 – Objet du marché"),
        P("Le marché a pour objet la réalisation des aménagements prévus au plan de mise en accessibilité de la voirie et "
          "des espaces publics (PAVE) pour l'année 2026 : abaissés de trottoirs au droit des passages piétons, pose de "
          "bandes d'éveil de vigilance, création de deux places de stationnement réservées aux personnes handicapées "
          "(place de la Halle et cimetière), reprise du cheminement entre la mairie et l'école, mise en place de "
          "mains courantes le long de la rampe de l'église et remplacement de deux bancs par des bancs avec accoudoirs."),
        P("Le marché n'est pas alloti, les travaux relevant d'un même corps d'état (voirie et réseaux divers). Montant des "
          "travaux estimé par le maître d'œuvre : 58 000 € HT."),
        H("Article 2 – Pièces du marché"),
        P("Acte d'engagement, présent C.C.P., bordereau des prix – détail estimatif, plans de principe (6 planches), "
          "CCAG Travaux en vigueur."),
        H("Article 3 – Délai"),
        P("Les travaux sont réalisés en six semaines entre le 6 juillet et le 28 août 2026, hors période de la fête "
          "communale (14-16 août). La période de préparation est de deux semaines."),
        H("Article 4 – Prix et règlement"),
        P("Prix unitaires du bordereau, fermes, appliqués aux quantités réellement exécutées. Acomptes mensuels. Retenue "
          "de garantie : 5 %."),
        H("Article 5 – Dispositions sociales"),
        P("Le titulaire se conforme aux dispositions du code du travail relatives à la sécurité des chantiers et à "
          "l'emploi de la main-d'œuvre, et tient son document unique à jour. Une déclaration préalable et une "
          "coordination SPS de niveau 3 sont organisées par la commune."),
        P("Compte tenu du montant et de la durée des travaux, aucune clause d'insertion professionnelle n'est imposée "
          "au titulaire."),
        H("Article 6 – Pénalités"),
        P("Retard : 120 € HT par jour calendaire. Non-respect de la signalisation de chantier : 200 € par constat."),
        H("Partie B – Clauses techniques"),
        H("Article 7 – Abaissés de trottoirs"),
        P("Ressaut de 2 cm au plus, arrondi ou chanfreiné ; pente du plan incliné de 5 % au plus, tolérée jusqu'à 8 % sur "
          "2 m et 12 % sur 0,50 m en cas d'impossibilité technique constatée par le maître d'œuvre ; largeur minimale "
          "de 1,20 m. Bordures de type A2 abaissées."),
        H("Article 8 – Bandes d'éveil de vigilance"),
        P("Dalles podotactiles conformes à la norme NF P 98-351, de couleur contrastée par rapport au revêtement, posées "
          "à 0,50 m de la bordure, sur toute la largeur du passage piéton, profondeur 0,42 m."),
        H("Article 9 – Places de stationnement réservées"),
        P("Largeur 3,30 m, pente et dévers inférieurs à 2 %, marquage au sol en peinture blanche avec pictogramme "
          "normalisé, panneau B6d complété du panonceau M6h, raccordement au cheminement piéton sans ressaut."),
        H("Article 10 – Mains courantes et mobilier"),
        P("Mains courantes en acier galvanisé thermolaqué, préhensibles, à une hauteur comprise entre 0,80 m et 1,00 m, "
          "prolongées de 0,30 m en haut et en bas de la rampe. Bancs avec accoudoirs, assise à 0,45 m, espace libre "
          "latéral de 0,80 × 1,30 m pour un fauteuil roulant."),
        H("Article 11 – Cheminements"),
        P("Largeur utile de 1,40 m libre de tout obstacle, réduite localement à 1,20 m ; revêtement non meuble, non "
          "glissant, sans trous ni fentes de plus de 2 cm. Contraste visuel des potelets et bornes."),
        H("Article 12 – Réception"),
        P("Avant réception, le titulaire remet les plans de récolement et les fiches techniques des matériaux mis en "
          "œuvre. Les ouvrages sont vérifiés par un représentant de la commission communale pour l'accessibilité, en "
          "présence du maître d'œuvre."),
        P("À Sainte-Oudile-des-Bois, le 24 avril 2026. Le maire, Jean-Paul Écuyer."),
    ]
    label = L(allotissement=0, montant_estime_ht=58000,
              evidence=["Le marché n'est pas alloti", "Montant des travaux estimé par le maître d'œuvre : 58 000 € HT"])
    return DOC("d21_CCP_MAPA_accessibilite_voirie_Ste-Oudile.docx", "CCAP",
               "Commune de Sainte-Oudile-des-Bois – PAVE 2026 – C.C.P.",
               "C.C.P. accessibilité voirie",
               blocks, label,
               "CCP de MAPA de travaux : l'accessibilité est l'objet (abaissés, podotactiles, places PMR), « aucune clause "
               "d'insertion n'est imposée », code du travail et SPS : tout à 0 ; non alloti ; montant estimé.")


# =============================================================================== d22
def d22():
    blocks = [
        TITLE("CENTRE HOSPITALIER DE CASTEL-MORVAN",
              "CCAP",
              "Prestations de brancardage et de transport interne des patients",
              "Appel d'offres ouvert n° CHCM-2026-BRA – marché à lot unique"),
        H("Article 1 – Objet"),
        P("Le marché a pour objet le brancardage et le transport interne des patients entre les services de soins, le "
          "plateau d'imagerie, le bloc opératoire et les consultations, ainsi que le transport des prélèvements et des "
          "produits sanguins labiles non urgents. Il est constitué d'un lot unique : le CH n'a pas identifié de "
          "prestations distinctes justifiant un allotissement."),
        H("Article 2 – Forme et montant"),
        P("Accord-cadre à bons de commande exécuté par émission de bons mensuels. Le montant maximum des commandes est "
          "fixé à 340 000 € HT par an, soit 1 360 000 € HT pour la durée totale de quatre ans. Il n'est pas fixé de "
          "montant minimum."),
        H("Article 3 – Durée"),
        P("Un an à compter du 1er juin 2026, reconductible trois fois par tacite reconduction."),
        H("Article 4 – Conditions d'exécution"),
        H2("4.1 Prise en charge des patients"),
        P("Les brancardiers prennent en charge des patients souvent âgés, douloureux, désorientés ou porteurs d'un "
          "handicap. Ils vérifient l'identité du patient selon la procédure d'identitovigilance, respectent sa "
          "dignité et son intimité (drap, chemise, fermeture des portes) et l'informent de sa destination. Le titulaire "
          "garantit un délai de prise en charge de 15 minutes pour les demandes programmées et de 8 minutes pour les "
          "demandes prioritaires."),
        H2("4.2 Personnel"),
        P("Le titulaire affecte un effectif de brancardiers permettant de respecter les délais ci-dessus, avec au minimum "
          "4 brancardiers de 7 h à 19 h et 2 de 19 h à 23 h. Les brancardiers sont formés à la manutention des patients "
          "(formation PRAP 2S), à l'hygiène hospitalière et aux gestes d'urgence (AFGSU niveau 1). Ils sont vaccinés "
          "conformément aux obligations applicables au personnel des établissements de santé."),
        P("Le titulaire remplace tout brancardier absent dans l'heure. Il désigne un chef d'équipe présent aux heures "
          "de forte activité."),
        H2("4.3 Personnel en place"),
        P("Les brancardiers actuellement affectés à la prestation sont salariés d'une entreprise prestataire. Le CH "
          "rappelle que l'article L. 1224-1 du code du travail s'impose lorsque ses conditions d'application sont réunies "
          "et que le titulaire en supporte seul les conséquences ; aucune reprise n'est exigée au titre du présent "
          "marché."),
        H2("4.4 Hygiène, sécurité et prévention"),
        P("Un plan de prévention est établi avant le démarrage, conformément aux articles R. 4512-6 et suivants du code "
          "du travail. Le titulaire tient à jour son document unique et fournit à ses salariés des chaussures de sécurité "
          "et une tenue distincte de celle des soignants. Il remet tous les six mois l'attestation de vigilance "
          "URSSAF et, le cas échéant, la liste des travailleurs étrangers soumis à autorisation de travail."),
        H2("4.5 Continuité"),
        P("Le service étant essentiel à la continuité des soins, le titulaire met en place, en cas de mouvement social, "
          "un service minimal assurant au moins les transports vers le bloc opératoire, l'imagerie d'urgence et la "
          "réanimation."),
        H("Article 5 – Prix"),
        P("Prix forfaitaire mensuel correspondant à la prestation de base et prix unitaires pour les heures "
          "supplémentaires commandées (renfort hivernal, plan blanc). Les prix comprennent les salaires, les charges "
          "sociales, les frais de formation et d'équipement du personnel."),
        H("Article 6 – Pénalités"),
        P("Délai de prise en charge non respecté au-delà de 5 % des demandes du mois : 500 € ; patient oublié ou "
          "transporté vers une mauvaise destination : 300 € par événement ; effectif minimal non assuré : 60 € par heure."),
        H("Article 7 – Paiement"),
        P("Délai global de paiement de 50 jours (article R. 2192-11 du CCP)."),
        H("Article 8 – Litiges"),
        P("Tribunal administratif de Rennes. Castel-Morvan, le 17 mars 2026."),
    ]
    label = L(allotissement=0, montant_max_ht=1360000,
              evidence=["Il est constitué d'un lot unique", "soit 1 360 000 € HT pour la durée totale de quatre ans"])
    return DOC("d22_CCAP_brancardage_CH_Castel-Morvan.docx", "CCAP",
               "CH de Castel-Morvan – CHCM-2026-BRA – CCAP",
               "CCAP brancardage",
               blocks, label,
               "Patients âgés ou handicapés (dignité, identitovigilance), effectifs, formations, vaccinations, L1224-1 "
               "« aucune reprise n'est exigée », plan de prévention, URSSAF, grève, charges sociales : tout à 0 ; lot "
               "unique ; maximum total écrit.")


# =============================================================================== d23
def d23():
    blocks = [
        TITLE("DÉPARTEMENT DU VAL-DE-SORRE – Direction de l'autonomie",
              "REGLEMENT DE LA CONSULTATION",
              "Service départemental de téléassistance des personnes âgées et des personnes handicapées",
              "Appel d'offres ouvert – 2 lots – Consultation n° 26AUT007"),
        H("1 – Objet de la consultation"),
        P("Le Département assure un service de téléassistance à domicile pour environ 6 500 abonnés : personnes âgées "
          "vivant seules, personnes handicapées, personnes isolées après une hospitalisation. La consultation a pour objet "
          "le renouvellement de ce service, décomposé en deux lots :"),
        LST(["lot 1 : plateforme d'écoute et de traitement des alarmes 24 h/24, appels de convivialité ;",
             "lot 2 : fourniture, installation, maintenance et reprise des transmetteurs, médaillons et détecteurs de chute."]),
        H("2 – Caractéristiques principales"),
        P("Accords-cadres à bons de commande, sans minimum ni maximum, d'une durée de quatre ans. Le démarrage est fixé au "
          "1er janvier 2027, après une phase de bascule de trois mois."),
        H("3 – Candidature"),
        P("Le candidat produit :"),
        LST(["le DC1 et le DC2, ou le DUME ;",
             "une déclaration sur l'honneur attestant qu'il satisfait aux obligations des articles L. 5212-1 à L. 5212-11 "
             "du code du travail relatives à l'emploi des travailleurs handicapés ;",
             "pour le lot 1 : la certification NF Service « Téléassistance » ou équivalent, les effectifs de la plateforme "
             "d'écoute et la qualification des écoutants ;",
             "pour le lot 2 : la liste des matériels proposés et leur conformité aux normes EN 50134."]),
        P("Le candidat indique, à titre d'information, la part des travailleurs handicapés dans son effectif et les "
          "actions conduites en faveur de leur maintien dans l'emploi. Cette information n'est pas notée."),
        H("4 – Jugement des offres"),
        H2("Lot 1"),
        TAB([["Critère", "Poids"],
             ["Valeur technique", "50"],
             ["   – qualité de l'écoute et du traitement des alarmes (procédures, délais de décroché, gestion des "
              "levées de doute)", "25"],
             ["   – appels de convivialité et lutte contre l'isolement des abonnés", "15"],
             ["   – coordination avec les aidants et les services d'urgence", "10"],
             ["Prix", "40"],
             ["Délai et organisation de la bascule des abonnés", "10"]], widths=[5, 1]),
        H2("Lot 2"),
        TAB([["Critère", "Poids"],
             ["Prix", "50"],
             ["Valeur technique des matériels (ergonomie pour des personnes âgées ou malvoyantes, autonomie, portée)", "35"],
             ["Délais d'installation et de dépannage", "15"]], widths=[5, 1]),
        P("La note de la valeur technique du lot 1 tient compte du contenu et de la fréquence des appels de "
          "convivialité, qui constituent un élément essentiel du service rendu aux abonnés les plus isolés."),
        H("5 – Offres anormalement basses"),
        P("Pour le lot 1, le Département vérifie que le prix permet de rémunérer les écoutants dans le respect de la "
          "convention collective applicable et de la durée légale du travail, la plateforme fonctionnant en continu."),
        H("6 – Remise des offres et renseignements"),
        P("Remise électronique sur https://marchespublics.valdesorre.fr avant le 12 juin 2026 à 17 h. Questions jusqu'au 2 juin. "
          "Contact : Mme Agnès Ribouleau, chargée de mission téléassistance. Recours : tribunal administratif de Nantes."),
    ]
    label = L(allotissement=1, nb_lots=2,
              evidence=["décomposé en deux lots"])
    return DOC("d23_RC_teleassistance_Dept_Val-de-Sorre.docx", "RC",
               "Département du Val-de-Sorre – RC – 26AUT007",
               "RC téléassistance",
               blocks, label,
               "Sous-critère « lutte contre l'isolement des abonnés » (service aux usagers, pas social), question non "
               "notée sur les travailleurs handicapés, déclaration L5212, convention collective dans l'offre anormalement "
               "basse : tout à 0 ; deux lots, sans minimum ni maximum.")


# =============================================================================== d24
def d24():
    blocks = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE",
              "Communauté d'agglomération du Pays de Vérennes – Transport scolaire",
              "Annonce n° 26-118437 – Services"),
        H("Section I : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : Communauté d'agglomération du Pays de Vérennes"),
        P("Numéro national d'identification : 200 041 735 00017 – Type : SIRET"),
        P("Ville : Vérennes – Code postal : 45210 – Groupement de commandes : Non"),
        P("Lien vers le profil d'acheteur : https://marches.pays-verennes.fr"),
        H("Section 2 : Communication"),
        P("Moyen d'accès aux documents de la consultation : https://marches.pays-verennes.fr/consultation/2026-TS-04"),
        P("Contact : Mme Ghislaine Tardieu, service Mobilités – mobilites@pays-verennes.fr"),
        H("Section 3 : Procédure"),
        P("Type de procédure : Procédure adaptée ouverte"),
        P("Conditions de participation : aptitude à exercer l'activité professionnelle – inscription au registre des "
          "entreprises de transport public routier de personnes ; capacité technique – liste des véhicules et des "
          "conducteurs, références de services scolaires."),
        P("Date et heure limite de réception des plis : 14/04/2026 à 12h00"),
        P("Présentation des offres par catalogue électronique : Interdite"),
        P("Réduction du nombre de candidats : Non – Possibilité d'attribution sans négociation : Oui"),
        P("L'acheteur exige la présentation de variantes : Non"),
        P("Critères d'attribution : prix des prestations (60 %) ; valeur technique (40 %), appréciée au regard de "
          "l'organisation des services, de la gestion des remplacements de conducteurs et des mesures de sécurité des "
          "élèves."),
        H("Section 4 : Identification du marché"),
        P("Intitulé du marché : Exécution de services réguliers de transport scolaire – rentrées 2026 à 2029"),
        P("Code CPV principal : 60130000 – Services spéciaux de transport routier de passagers"),
        P("Type de marché : Services – Lieu principal d'exécution : territoire de l'agglomération"),
        P("Description succincte : transport des élèves des écoles, collèges et lycées du Pays de Vérennes. Le lot 3 "
          "comprend deux circuits desservant l'IME de La Vigne, dont les élèves en situation de handicap sont "
          "accompagnés par un personnel de l'établissement."),
        P("Valeur estimée (H.T.) : 1 836 000 euros"),
        P("La procédure d'achat du présent avis est couverte par l'accord sur les marchés publics de l'OMC : Non"),
        P("Marché alloti : Oui"),
        H("Section 5 : Lots"),
        P("Lot 1 – Secteur nord (11 circuits) – valeur estimée 684 000 € HT"),
        P("Lot 2 – Secteur sud (8 circuits) – valeur estimée 522 000 € HT"),
        P("Lot 3 – Secteur ouest et IME de La Vigne (10 circuits) – valeur estimée 630 000 € HT"),
        H("Section 6 : Informations complémentaires"),
        P("Conditions particulières d'exécution : chaque marché comporte une clause d'insertion par l'activité "
          "économique, mise en œuvre avec l'appui du facilitateur de la Maison de l'emploi du Pays de Vérennes. Le "
          "titulaire réserve à des personnes rencontrant des difficultés d'accès à l'emploi un volume minimal "
          "d'heures de travail, notamment sur les postes de conducteur en période scolaire : lot 1 : 700 heures ; "
          "lot 2 : 560 heures ; lot 3 : 700 heures, sur la durée totale du marché."),
        P("Visite : Non. Durée des marchés : 3 ans. Les candidats peuvent répondre à un ou plusieurs lots."),
        P("Date d'envoi du présent avis : 05/03/2026"),
    ]
    label = L(clause_sociale=1, clause_insertion=1, heures_insertion=1960, allotissement=1, nb_lots=3,
              montant_estime_ht=1836000,
              evidence=["chaque marché comporte une clause d'insertion",
                        "lot 1 : 700 heures ; lot 2 : 560 heures ; lot 3 : 700 heures",
                        "[somme des trois lots : 700 + 560 + 700 = 1960]",
                        "Marché alloti : Oui", "Valeur estimée (H.T.) : 1 836 000 euros"])
    return DOC("d24_AVIS_BOAMP_transport_scolaire_Pays_de_Verennes.txt", "AVIS",
               "", "", blocks, label,
               "Avis : clause d'insertion annoncée en VI (heures par lot à additionner : 1 960) ; élèves handicapés de "
               "l'IME (usagers), remplacements dans la valeur technique (pas social) ; trois lots ; valeur estimée totale.")


# =============================================================================== d25
def d25():
    blocks = [
        TITLE("Avis de marché – Procédure adaptée",
              "Ville de Fréjoux-sur-Lèze – Centre communal d'action sociale",
              "Préparation et livraison des colis de l'épicerie sociale"),
        H("I. ACHETEUR"),
        P("CCAS de Fréjoux-sur-Lèze, 2 rue des Écoles, 31870 Fréjoux-sur-Lèze. Tél. 05 61 08 44 20. "
          "Courriel : ccas@frejoux-leze.fr. SIRET 263 102 581 00013."),
        H("II. OBJET"),
        P("II.1 Intitulé : Préparation, conditionnement et livraison des colis alimentaires de l'épicerie sociale "
          "municipale."),
        P("II.2 Description : réception des denrées (Banque alimentaire, achats du CCAS), tri, préparation des colis selon "
          "la composition familiale, livraison hebdomadaire aux bénéficiaires ne pouvant se déplacer (personnes âgées, "
          "personnes handicapées, familles sans véhicule), gestion des retours. Environ 85 colis par semaine."),
        P("II.3 Division en lots : non."),
        P("II.4 Valeur estimée : 74 000 € HT pour la durée totale (2 ans)."),
        P("II.5 CPV : 98000000 (autres services communautaires, sociaux et personnels), 60161000 (transport de colis)."),
        H("III. CONDITIONS DE PARTICIPATION"),
        P("III.1 Marché réservé. Le marché est réservé, en application de l'article L. 2113-14 du code de la commande "
          "publique, à la fois aux entreprises adaptées, aux établissements et services d'aide par le travail et aux "
          "structures équivalentes (article L. 2113-12) et aux structures d'insertion par l'activité économique "
          "(article L. 2113-13)."),
        P("III.2 Justificatifs : agrément, conventionnement ou autorisation correspondant au statut revendiqué ; "
          "déclarations sur l'honneur ; moyens (local réfrigéré, véhicule)."),
        H("IV. PROCÉDURE"),
        P("IV.1 Procédure adaptée (articles L. 2123-1 et R. 2123-1 du CCP)."),
        P("IV.2 Critères : valeur technique 60 % (organisation, hygiène et chaîne du froid, relation avec les "
          "bénéficiaires) ; prix 40 %."),
        P("IV.3 Date limite de réception des offres : 7 mai 2026, 16 h."),
        P("IV.4 Les documents de la consultation sont gratuitement disponibles sur https://frejoux-leze.achatpublic.fr"),
        H("V. RENSEIGNEMENTS COMPLÉMENTAIRES"),
        P("Les bénéficiaires de l'épicerie sociale sont orientés par les travailleurs sociaux du Département et du CCAS. "
          "Les intervenants du titulaire respectent la confidentialité de leur situation. Les conditions d'exécution "
          "figurent au cahier des charges ; elles ne comportent pas de clause sociale particulière."),
        P("Instance chargée des procédures de recours : tribunal administratif de Toulouse. Date d'envoi : 8 avril 2026."),
    ]
    label = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=0, montant_estime_ht=74000,
              evidence=["à la fois aux entreprises adaptées, aux établissements et services d'aide par le travail",
                        "(article L. 2113-12) et aux structures d'insertion par l'activité économique (article L. 2113-13)",
                        "II.3 Division en lots : non.", "II.4 Valeur estimée : 74 000 € HT"])
    return DOC("d25_AVIS_epicerie_sociale_CCAS_Frejoux.txt", "AVIS",
               "", "", blocks, label,
               "Avis : marché réservé à la fois L2113-12 et L2113-13 (L2113-14), sans clause sociale ; bénéficiaires "
               "précaires (usagers) ; non alloti ; valeur estimée.")


# =============================================================================== d26
def d26():
    blocks = [
        TITLE("BOAMP – Avis n° 26-093310",
              "Département : 56 – Morbihan",
              "CCAS de Kervénec-Plage – Portage de repas à domicile"),
        P("Référence acheteur : CCAS-KP-2026-PR"),
        P("Nature du marché : Services – Procédure : Procédure adaptée"),
        P("Acheteur : Centre communal d'action sociale de Kervénec-Plage, 1 place de l'Océan, 56340 Kervénec-Plage. "
          "Contact : M. Yann Le Goff, 02 97 55 31 60."),
        H("Objet"),
        P("Confection et livraison de repas à domicile pour les personnes âgées, les personnes handicapées et les personnes "
          "temporairement dépendantes de la commune, en liaison froide, 7 jours sur 7 (environ 110 repas par jour). "
          "Le service participe à la politique de maintien à domicile et de prévention de l'isolement du CCAS."),
        H("Lots"),
        P("Lot 1 : Confection des repas en liaison froide. Lot 2 : Livraison des repas et relevé des situations d'alerte "
          "au domicile des bénéficiaires."),
        P("Valeur estimée hors TVA : 265 000 euros (ensemble des lots, durée totale)."),
        H("Conditions de participation"),
        P("Le candidat produit les déclarations sur l'honneur prévues aux articles R. 2143-3 et suivants du code de la "
          "commande publique, dont celle relative au respect de l'obligation d'emploi des travailleurs handicapés, et, "
          "pour le lot 1, l'agrément sanitaire de sa cuisine."),
        P("Marché réservé : Non."),
        P("Conditions particulières d'exécution : Non."),
        H("Critères d'attribution"),
        P("Lot 1 : qualité gustative et nutritionnelle (40 %), prix (50 %), adaptation des menus aux régimes et "
          "textures des bénéficiaires (10 %). Lot 2 : prix (45 %), organisation des tournées et dispositif d'alerte (45 %), "
          "formation des livreurs à la relation avec les personnes âgées (10 %)."),
        H("Informations complémentaires"),
        P("Le CCAS s'est engagé, par délibération du 12 décembre 2025, dans une démarche d'achats responsables et "
          "souhaite à terme recourir davantage aux clauses sociales ; le présent marché n'en comporte pas. Les "
          "candidats peuvent néanmoins présenter, dans leur mémoire, leur politique en matière de ressources humaines ; "
          "cette présentation n'est pas notée."),
        P("Date limite de réception des offres : 29/05/2026 à 12h00. Durée : 3 ans. Date d'envoi de l'avis : 22/04/2026."),
    ]
    label = L(allotissement=1, nb_lots=2, montant_estime_ht=265000,
              evidence=["Lot 1 : Confection des repas en liaison froide. Lot 2 : Livraison des repas",
                        "Valeur estimée hors TVA : 265 000 euros (ensemble des lots, durée totale)"])
    return DOC("d26_AVIS_BOAMP_portage_repas_CCAS_Kervenec.txt", "AVIS",
               "", "", blocks, label,
               "Avis : « Marché réservé : Non », « Conditions particulières d'exécution : Non », politique d'achats "
               "responsables sans clause, formation des livreurs notée (qualité du service), régimes des bénéficiaires, "
               "RH non notées : tout à 0 ; deux lots ; valeur estimée.")


# =============================================================================== d27
def d27():
    blocks = [
        TITLE("AVIS D'APPEL À LA CONCURRENCE",
              "Métropole de Sainte-Claire-sur-Ardre – Direction des ressources humaines",
              "Formation des agents métropolitains – accord-cadre multi-lots"),
        P("1. Identification de l'organisme qui passe le marché : Métropole de Sainte-Claire-sur-Ardre, Hôtel de Métropole, "
          "60 avenue de la Libération, 07300 Sainte-Claire-sur-Ardre. SIRET 200 066 418 00010."),
        P("2. Procédure de passation : procédure adaptée (article R. 2123-1 du CCP)."),
        P("3. Objet : formations intra destinées aux agents de la Métropole et de son CCAS. Accords-cadres à bons de "
          "commande d'une durée d'un an reconductible trois fois."),
        P("4. Allotissement : cinq lots. Lot 1 – Management et encadrement intermédiaire. Lot 2 – Accueil des publics "
          "en situation de handicap et des publics en difficulté sociale. Lot 3 – Prévention et gestion des conflits. Lot "
          "4 – Laïcité et valeurs de la République. Lot 5 – Prévention des risques liés à l'activité physique (PRAP)."),
        P("5. Montant : sans minimum ; montant maximum de 180 000 € HT pour l'ensemble des lots et pour la durée totale "
          "des accords-cadres, réparti comme indiqué au règlement de la consultation."),
        P("6. Conditions de participation : déclaration d'activité d'organisme de formation, certification Qualiopi, "
          "références de formations dispensées auprès de collectivités, CV des formateurs."),
        P("7. Critères de jugement des offres : valeur pédagogique 60 %, dont contenus et méthodes (30 %), qualification "
          "des formateurs (20 %) et modalités d'adaptation des formations aux stagiaires en situation de handicap "
          "(10 %) ; prix 40 %."),
        P("8. Clause sociale : aucune. La Métropole étudiera l'introduction d'une clause d'insertion lors du "
          "renouvellement des marchés de formation en 2030."),
        P("9. Date limite de remise des offres : 16 juin 2026, 12 heures. Dépôt sur https://marches.metropole-sca.fr"),
        P("10. Renseignements : Mme Bérénice Aubanel, responsable formation, 04 75 31 62 00. Recours : tribunal "
          "administratif de Lyon."),
        P("Date d'envoi à la publication : 19 mai 2026."),
    ]
    label = L(critere_social="?", allotissement=1, nb_lots=5, montant_max_ht=180000,
              evidence=["4. Allotissement : cinq lots.",
                        "montant maximum de 180 000 € HT pour l'ensemble des lots et pour la durée totale"])
    return DOC("d27_AVIS_JAL_formation_agents_Metropole_Ste-Claire.txt", "AVIS",
               "", "", blocks, label,
               "Avis : formations sur le handicap et les publics en difficulté (objet), sous-critère d'adaptation aux "
               "stagiaires handicapés noté 10 % (accessibilité du service aux usagers ou performance sociale ? jugé "
               "ambigu : critere_social = ?), « Clause sociale : aucune », insertion renvoyée à 2030 : clause 0 ; cinq "
               "lots ; maximum global.")


# =============================================================================== d28 (TED R2.0.9, F02)
def d28():
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<TED_ESENDERS xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/reception" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" VERSION="R2.0.9.S05">
  <SENDER>
    <IDENTIFICATION>
      <ESENDER_LOGIN>ECAS_n00427</ESENDER_LOGIN>
      <NO_DOC_EXT>2026-061842</NO_DOC_EXT>
    </IDENTIFICATION>
    <CONTACT>
      <ORGANISATION>Plateforme achats publics Grand Ouest</ORGANISATION>
      <COUNTRY VALUE="FR"/>
      <E_MAIL>support@achats-grandouest.fr</E_MAIL>
    </CONTACT>
    <DATE_EXPECTED_PUBLICATION>2026-05-22</DATE_EXPECTED_PUBLICATION>
  </SENDER>
  <FORM_SECTION>
    <F02_2014 LG="FR" CATEGORY="ORIGINAL" FORM="F02">
      <LEGAL_BASIS VALUE="32014L0024"/>
      <CONTRACTING_BODY>
        <ADDRESS_CONTRACTING_BODY>
          <OFFICIALNAME>Centre communal d'action sociale de Villeneuve-Ormoy</OFFICIALNAME>
          <NATIONALID>26911047200018</NATIONALID>
          <ADDRESS>4 rue Aristide-Briand</ADDRESS>
          <TOWN>Villeneuve-Ormoy</TOWN>
          <POSTAL_CODE>91480</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
          <CONTACT_POINT>Service administratif et financier</CONTACT_POINT>
          <PHONE>+33 169483100</PHONE>
          <E_MAIL>marches@ccas-villeneuve-ormoy.fr</E_MAIL>
          <NUTS CODE="FR104"/>
          <URL_GENERAL>https://www.villeneuve-ormoy.fr</URL_GENERAL>
        </ADDRESS_CONTRACTING_BODY>
        <DOCUMENT_FULL/>
        <URL_DOCUMENT>https://www.achats-grandouest.fr/consultation/CCAS-VO-2026-NET</URL_DOCUMENT>
        <ADDRESS_FURTHER_INFO_IDEM/>
        <URL_PARTICIPATION>https://www.achats-grandouest.fr</URL_PARTICIPATION>
        <CA_TYPE VALUE="REGIONAL_AGENCY"/>
        <CA_ACTIVITY VALUE="SOCIAL_PROTECTION"/>
      </CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Nettoyage des résidences autonomie, des locaux du CCAS et vitrerie</P></TITLE>
        <REFERENCE_NUMBER>CCAS-VO-2026-NET</REFERENCE_NUMBER>
        <CPV_MAIN><CPV_CODE CODE="90910000"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SERVICES"/>
        <SHORT_DESCR><P>Nettoyage courant des parties communes et des logements libérés des deux résidences autonomie (148 résidents âgés), des locaux administratifs et du centre social, et nettoyage de la vitrerie. Le marché est divisé en trois lots.</P></SHORT_DESCR>
        <VAL_ESTIMATED_TOTAL CURRENCY="EUR">356000</VAL_ESTIMATED_TOTAL>
        <LOT_DIVISION>
          <LOT_ALL/>
        </LOT_DIVISION>
        <OBJECT_DESCR ITEM="1">
          <TITLE><P>Résidences autonomie Les Peupliers et Jean-Rostand</P></TITLE>
          <LOT_NO>1</LOT_NO>
          <CPV_ADDITIONAL><CPV_CODE CODE="90911200"/></CPV_ADDITIONAL>
          <NUTS CODE="FR104"/>
          <MAIN_SITE><P>Villeneuve-Ormoy</P></MAIN_SITE>
          <SHORT_DESCR><P>Nettoyage quotidien des parties communes, des salles d'animation et du restaurant, remise en état des logements libérés avant l'arrivée d'un nouveau résident. Les interventions tiennent compte de la présence de résidents âgés, dont certains se déplacent en déambulateur ou en fauteuil roulant.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY><AC_CRITERION>Valeur technique : moyens humains, encadrement et remplacement des agents</AC_CRITERION><AC_WEIGHTING>30</AC_WEIGHTING></AC_QUALITY>
            <AC_QUALITY><AC_CRITERION>Valeur technique : méthodologie et adaptation à la présence des résidents</AC_CRITERION><AC_WEIGHTING>20</AC_WEIGHTING></AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>50</AC_WEIGHTING></AC_PRICE>
          </AC>
          <VAL_OBJECT CURRENCY="EUR">212000</VAL_OBJECT>
          <DURATION TYPE="MONTH">48</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
        <OBJECT_DESCR ITEM="2">
          <TITLE><P>Locaux administratifs du CCAS et centre social des Aulnes</P></TITLE>
          <LOT_NO>2</LOT_NO>
          <CPV_ADDITIONAL><CPV_CODE CODE="90919200"/></CPV_ADDITIONAL>
          <NUTS CODE="FR104"/>
          <MAIN_SITE><P>Villeneuve-Ormoy</P></MAIN_SITE>
          <SHORT_DESCR><P>Nettoyage des bureaux, salles d'accueil du public, sanitaires et locaux de la halte-garderie du centre social.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY><AC_CRITERION>Valeur technique</AC_CRITERION><AC_WEIGHTING>45</AC_WEIGHTING></AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>55</AC_WEIGHTING></AC_PRICE>
          </AC>
          <VAL_OBJECT CURRENCY="EUR">104000</VAL_OBJECT>
          <DURATION TYPE="MONTH">48</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
        <OBJECT_DESCR ITEM="3">
          <TITLE><P>Vitrerie de l'ensemble des sites</P></TITLE>
          <LOT_NO>3</LOT_NO>
          <CPV_ADDITIONAL><CPV_CODE CODE="90911300"/></CPV_ADDITIONAL>
          <NUTS CODE="FR104"/>
          <MAIN_SITE><P>Villeneuve-Ormoy</P></MAIN_SITE>
          <SHORT_DESCR><P>Nettoyage semestriel des vitrages intérieurs et extérieurs accessibles sans nacelle. Le lot 3 est réservé aux structures d'insertion par l'activité économique mentionnées à l'article L. 2113-13 du code de la commande publique.</P></SHORT_DESCR>
          <AC>
            <AC_QUALITY><AC_CRITERION>Valeur technique</AC_CRITERION><AC_WEIGHTING>40</AC_WEIGHTING></AC_QUALITY>
            <AC_PRICE><AC_WEIGHTING>60</AC_WEIGHTING></AC_PRICE>
          </AC>
          <VAL_OBJECT CURRENCY="EUR">40000</VAL_OBJECT>
          <DURATION TYPE="MONTH">48</DURATION>
          <NO_RENEWAL/>
          <NO_ACCEPTED_VARIANTS/>
          <NO_OPTIONS/>
          <NO_EU_PROGR_RELATED/>
        </OBJECT_DESCR>
      </OBJECT_CONTRACT>
      <LEFTI>
        <SUITABILITY><P>Déclarations sur l'honneur relatives aux interdictions de soumissionner et à l'obligation d'emploi des travailleurs handicapés (articles L. 5212-1 à L. 5212-11 du code du travail). Pour le lot 3 : justificatif du conventionnement au titre de l'article L. 5132-4 du code du travail.</P></SUITABILITY>
        <ECONOMIC_FINANCIAL_INFO><P>Chiffre d'affaires des trois derniers exercices.</P></ECONOMIC_FINANCIAL_INFO>
        <TECHNICAL_PROFESSIONAL_INFO><P>Références de prestations de nettoyage en établissements recevant des personnes âgées ; effectifs moyens et encadrement.</P></TECHNICAL_PROFESSIONAL_INFO>
        <RESTRICTED_SHELTERED_WORKSHOP/>
        <PERFORMANCE_CONDITIONS><P>Lots 1 et 2 : le titulaire entrant applique l'article 7 de la convention collective nationale des entreprises de propreté relatif à la reprise du personnel. Les horaires d'intervention sont fixés en accord avec les responsables des résidences afin de respecter le rythme de vie des résidents.</P></PERFORMANCE_CONDITIONS>
      </LEFTI>
      <PROCEDURE>
        <PT_OPEN/>
        <NO_CONTRACT_COVERED_GPA/>
        <DATE_RECEIPT_TENDERS>2026-06-26</DATE_RECEIPT_TENDERS>
        <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
        <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
        <DURATION_TENDER_VALID TYPE="MONTH">6</DURATION_TENDER_VALID>
        <OPENING_CONDITION>
          <DATE_OPENING_TENDERS>2026-06-26</DATE_OPENING_TENDERS>
          <TIME_OPENING_TENDERS>14:00</TIME_OPENING_TENDERS>
        </OPENING_CONDITION>
      </PROCEDURE>
      <COMPLEMENTARY_INFO>
        <NO_RECURRENT_PROCUREMENT/>
        <INFO_ADD><P>Les lots 1 et 2 sont ouverts à toutes les entreprises. La liste du personnel susceptible d'être repris figure en annexe du CCAP. Visite des résidences conseillée.</P></INFO_ADD>
        <ADDRESS_REVIEW_BODY>
          <OFFICIALNAME>Tribunal administratif de Versailles</OFFICIALNAME>
          <ADDRESS>56 avenue de Saint-Cloud</ADDRESS>
          <TOWN>Versailles</TOWN>
          <POSTAL_CODE>78011</POSTAL_CODE>
          <COUNTRY VALUE="FR"/>
        </ADDRESS_REVIEW_BODY>
        <DATE_DISPATCH_NOTICE>2026-05-19</DATE_DISPATCH_NOTICE>
      </COMPLEMENTARY_INFO>
    </F02_2014>
  </FORM_SECTION>
</TED_ESENDERS>
"""
    label = L(marche_reserve=1, reserve_base="L2113-13", allotissement=1, nb_lots=3, montant_estime_ht=356000,
              evidence=["Le lot 3 est réservé aux structures d'insertion par l'activité économique mentionnées à "
                        "l'article L. 2113-13", "Le marché est divisé en trois lots.", "356000"])
    return XMLDOC("d28_TED_F02_nettoyage_CCAS_Villeneuve-Ormoy.xml", "AVIS", xml, label,
                  "TED F02 : lot 3 réservé aux SIAE (L2113-13 cité) alors que la case RESTRICTED_SHELTERED_WORKSHOP "
                  "est cochée (l'article prime) ; reprise du personnel et rythme des résidents en PERFORMANCE_CONDITIONS "
                  "(pas une clause sociale), L5212 en sélection ; trois lots ; valeur totale.")


_EF_NS = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" '
          'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
          'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
          'xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" '
          'xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1" '
          'xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1" '
          'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"')


def _ef_weight(n):
    return ("<ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>"
            "<efac:AwardCriterionParameter><efbc:ParameterCode listName=\"number-weight\">per-exa</efbc:ParameterCode>"
            "<efbc:ParameterNumeric>%s</efbc:ParameterNumeric></efac:AwardCriterionParameter>"
            "</efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>" % n)


def _ef_crit(kind, weight, name, descr):
    return ("\n          <cac:SubordinateAwardingCriterion>%s\n            <cbc:AwardingCriterionTypeCode "
            "listName=\"award-criterion-type\">%s</cbc:AwardingCriterionTypeCode>\n            <cbc:Name languageID=\"FRA\">%s"
            "</cbc:Name>\n            <cbc:Description languageID=\"FRA\">%s</cbc:Description>\n"
            "          </cac:SubordinateAwardingCriterion>" % (_ef_weight(weight), kind, escape(name), escape(descr)))


def _ef_org(oid, name, siret, street, town, zipc, nuts, mail, phone):
    return ("""
        <efac:Organization>
          <efac:Company>
            <cac:PartyIdentification><cbc:ID schemeName="organization">%s</cbc:ID></cac:PartyIdentification>
            <cac:PartyName><cbc:Name languageID="FRA">%s</cbc:Name></cac:PartyName>
            <cac:PostalAddress><cbc:StreetName>%s</cbc:StreetName><cbc:CityName>%s</cbc:CityName><cbc:PostalZone>%s</cbc:PostalZone><cbc:CountrySubentityCode listName="nuts">%s</cbc:CountrySubentityCode><cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyLegalEntity><cbc:CompanyID>%s</cbc:CompanyID></cac:PartyLegalEntity>
            <cac:Contact><cbc:Telephone>%s</cbc:Telephone><cbc:ElectronicMail>%s</cbc:ElectronicMail></cac:Contact>
          </efac:Company>
        </efac:Organization>""" % (oid, escape(name), escape(street), escape(town), zipc, nuts, siret, phone, mail))


# =============================================================================== d29 (eForms)
def d29():
    crits = "".join([
        _ef_crit("quality", 40, "Qualité du projet d'animation et de l'encadrement",
                 "Projet pédagogique, organisation de la pause méridienne et des accueils du matin et du soir, "
                 "qualification et stabilité des animateurs, accueil des enfants en situation de handicap en lien "
                 "avec les familles et les AESH."),
        _ef_crit("price", 40, "Prix", "Prix global annuel et prix unitaires des prestations supplémentaires."),
        _ef_crit("quality", 10, "Performance en matière d'insertion professionnelle des publics en difficulté",
                 "Modalités proposées pour exécuter la condition d'insertion : postes concernés, tutorat, formation "
                 "(BAFA, CAP AEPE) des personnes recrutées et perspectives d'emploi durable."),
        _ef_crit("quality", 10, "Performance environnementale",
                 "Choix des fournitures d'activités (matériaux de réemploi, produits labellisés), réduction des déchets "
                 "et des déplacements motorisés lors des sorties."),
    ])
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice %s>
  <ext:UBLExtensions>
    <ext:UBLExtension>
      <ext:ExtensionContent>
        <efext:EformsExtension>
          <efac:Organizations>%s%s
          </efac:Organizations>
        </efext:EformsExtension>
      </ext:ExtensionContent>
    </ext:UBLExtension>
  </ext:UBLExtensions>
  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>
  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>
  <cbc:ID schemeName="notice-id">5d7c2e31-8a4b-4f0e-9c61-2b8e0f4a7d19</cbc:ID>
  <cbc:ContractFolderID>0b1f6a52-3e77-4c2d-a9d8-61c4e2f9b305</cbc:ContractFolderID>
  <cbc:IssueDate>2026-10-06+02:00</cbc:IssueDate>
  <cbc:IssueTime>09:12:00+02:00</cbc:IssueTime>
  <cbc:VersionID>01</cbc:VersionID>
  <cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>
  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
  <cac:ContractingParty>
    <cac:BuyerProfileURI>https://marches.saint-aubin-les-forges.fr</cac:BuyerProfileURI>
    <cac:ContractingPartyType><cbc:PartyTypeCode listName="buyer-legal-type">la</cbc:PartyTypeCode></cac:ContractingPartyType>
    <cac:ContractingActivity><cbc:ActivityTypeCode listName="authority-activity">edu</cbc:ActivityTypeCode></cac:ContractingActivity>
    <cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification></cac:Party>
  </cac:ContractingParty>
  <cac:TenderingTerms>
    <cac:ProcurementLegislationDocumentReference><cbc:ID>CrossBorderLaw</cbc:ID><cbc:DocumentDescription languageID="FRA">Code de la commande publique</cbc:DocumentDescription></cac:ProcurementLegislationDocumentReference>
  </cac:TenderingTerms>
  <cac:TenderingProcess>
    <cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>
  </cac:TenderingProcess>
  <cac:ProcurementProject>
    <cbc:ID>SAF-2026-PERI</cbc:ID>
    <cbc:Name languageID="FRA">Accueil périscolaire, pause méridienne et études surveillées des écoles publiques</cbc:Name>
    <cbc:Description languageID="FRA">Organisation et encadrement des accueils périscolaires du matin et du soir, de l'animation de la pause méridienne et des études surveillées dans les cinq écoles publiques de la commune (environ 620 enfants inscrits). Le marché n'est pas alloti : les accueils d'une même journée doivent être assurés par une équipe unique.</cbc:Description>
    <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
    <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="EUR">690000</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>
    <cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">92331210</cbc:ItemClassificationCode></cac:MainCommodityClassification>
  </cac:ProcurementProject>
  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">LOT-0001</cbc:ID>
    <cac:TenderingTerms>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement><cbc:TendererRequirementTypeCode listName="reserved-procurement">none</cbc:TendererRequirementTypeCode></cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement>
          <cbc:TendererRequirementTypeCode listName="selection-criterion">sui-act</cbc:TendererRequirementTypeCode>
          <cbc:Description languageID="FRA">Déclarations sur l'honneur ; attestation d'assurance ; liste des animateurs diplômés (BAFA, BPJEPS) ; justificatifs de la consultation du FIJAIS pour tout personnel au contact des mineurs, à produire par l'attributaire.</cbc:Description>
        </cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>
      <cac:ContractExecutionRequirement>
        <cbc:ExecutionRequirementCode listName="conditions">performance</cbc:ExecutionRequirementCode>
        <cbc:Description languageID="FRA">Le titulaire réalise une action d'insertion représentant au minimum 2400 heures de travail sur la durée totale du marché, au bénéfice de personnes éloignées de l'emploi (demandeurs d'emploi de longue durée, allocataires du RSA, jeunes de moins de 26 ans sans qualification, travailleurs handicapés), avec l'appui du facilitateur du PLIE Vallée de l'Ource. Le taux d'encadrement réglementaire des accueils collectifs de mineurs est respecté en toutes circonstances.</cbc:Description>
      </cac:ContractExecutionRequirement>
      <cac:AwardingTerms>
        <cac:AwardingCriterion>%s
        </cac:AwardingCriterion>
      </cac:AwardingTerms>
    </cac:TenderingTerms>
    <cac:TenderingProcess>
      <cac:TenderSubmissionDeadlinePeriod><cbc:EndDate>2026-11-13+01:00</cbc:EndDate><cbc:EndTime>12:00:00+01:00</cbc:EndTime></cac:TenderSubmissionDeadlinePeriod>
    </cac:TenderingProcess>
    <cac:ProcurementProject>
      <cbc:ID schemeName="InternalID">SAF-2026-PERI</cbc:ID>
      <cbc:Name languageID="FRA">Accueil périscolaire et pause méridienne</cbc:Name>
      <cbc:Description languageID="FRA">Accueils du matin (7 h 30 – 8 h 30), pause méridienne, accueil du soir et études surveillées, les lundis, mardis, jeudis et vendredis scolaires. Les enfants en situation de handicap sont accueillis dans les mêmes conditions que les autres enfants.</cbc:Description>
      <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
      <cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName="strategic-procurement">soc-obj</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>
      <cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName="social-objective">opp</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>
      <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="EUR">690000</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>
      <cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">92331210</cbc:ItemClassificationCode></cac:MainCommodityClassification>
      <cac:RealizedLocation><cac:Address><cbc:CountrySubentityCode listName="nuts">FRC14</cbc:CountrySubentityCode><cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country></cac:Address></cac:RealizedLocation>
      <cac:PlannedPeriod><cbc:DurationMeasure unitCode="MONTH">36</cbc:DurationMeasure></cac:PlannedPeriod>
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>
</ContractNotice>
""" % (_EF_NS,
       _ef_org("ORG-0001", "Commune de Saint-Aubin-les-Forges", "21210560300016", "Place de la République",
               "Saint-Aubin-les-Forges", "21290", "FRC11", "commandepublique@saint-aubin-les-forges.fr", "+33 380936012"),
       _ef_org("ORG-0002", "Tribunal administratif de Dijon", "13000000000000", "22 rue d'Assas", "Dijon", "21000",
               "FRC11", "greffe.ta-dijon@juradm.fr", "+33 380733000"),
       crits)
    label = L(clause_sociale=1, clause_insertion=1, heures_insertion=2400, critere_social=1,
              critere_environnemental=1, allotissement=0, montant_estime_ht=690000,
              evidence=["une action d'insertion représentant au minimum 2400 heures de travail",
                        "Performance en matière d'insertion professionnelle des publics en difficulté",
                        "Performance environnementale", "Le marché n'est pas alloti", "690000"])
    return XMLDOC("d29_eForms_periscolaire_St-Aubin-les-Forges.xml", "AVIS", xml, label,
                  "eForms : vraie condition d'insertion (BT-70, 2 400 h), critère insertion 10 et critère environnemental "
                  "10 ; enfants handicapés et taux d'encadrement (usagers, règlement), FIJAIS en sélection ; non alloti ; "
                  "valeur estimée.")


# =============================================================================== d30 (eForms)
def d30():
    crits = "".join([
        _ef_crit("quality", 60, "Valeur technique",
                 "Organisation de l'accueil et de l'orientation des patients et visiteurs, accompagnement des personnes "
                 "à mobilité réduite et des patients vulnérables du parvis aux services, formation des agents, "
                 "dispositif de remplacement."),
        _ef_crit("price", 40, "Prix", "Prix forfaitaire annuel."),
    ])
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice %s>
  <ext:UBLExtensions>
    <ext:UBLExtension>
      <ext:ExtensionContent>
        <efext:EformsExtension>
          <efac:Organizations>%s%s
          </efac:Organizations>
        </efext:EformsExtension>
      </ext:ExtensionContent>
    </ext:UBLExtension>
  </ext:UBLExtensions>
  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>
  <cbc:CustomizationID>eforms-sdk-1.9</cbc:CustomizationID>
  <cbc:ID schemeName="notice-id">a41e9b07-6c25-4d83-b1f2-97e5d0c3a8e6</cbc:ID>
  <cbc:ContractFolderID>e2c7d4f9-1a86-4b3e-8f05-3d9a6b21c7f4</cbc:ContractFolderID>
  <cbc:IssueDate>2026-03-24+01:00</cbc:IssueDate>
  <cbc:IssueTime>15:40:00+01:00</cbc:IssueTime>
  <cbc:VersionID>01</cbc:VersionID>
  <cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>
  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
  <cac:ContractingParty>
    <cac:BuyerProfileURI>https://achats.crh-port-serac.fr</cac:BuyerProfileURI>
    <cac:ContractingPartyType><cbc:PartyTypeCode listName="buyer-legal-type">body-pl-la</cbc:PartyTypeCode></cac:ContractingPartyType>
    <cac:ContractingActivity><cbc:ActivityTypeCode listName="authority-activity">health</cbc:ActivityTypeCode></cac:ContractingActivity>
    <cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification></cac:Party>
  </cac:ContractingParty>
  <cac:TenderingTerms>
    <cac:ProcurementLegislationDocumentReference><cbc:ID>CrossBorderLaw</cbc:ID><cbc:DocumentDescription languageID="FRA">Code de la commande publique</cbc:DocumentDescription></cac:ProcurementLegislationDocumentReference>
  </cac:TenderingTerms>
  <cac:TenderingProcess>
    <cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>
  </cac:TenderingProcess>
  <cac:ProcurementProject>
    <cbc:ID>CRHPS-2026-014</cbc:ID>
    <cbc:Name languageID="FRA">Accueil, orientation et accompagnement des patients et visiteurs – hôtes et hôtesses, navette piétonne intra-site</cbc:Name>
    <cbc:Description languageID="FRA">Accueil physique aux entrées principales du centre hospitalier régional, orientation des patients et visiteurs, accompagnement des personnes à mobilité réduite, des patients âgés et des personnes malvoyantes jusqu'aux services de consultation, prêt et récupération des fauteuils roulants, conduite de la navette électrique intra-site.</cbc:Description>
    <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
    <cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID="EUR">380000</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>
    <cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">79992000</cbc:ItemClassificationCode></cac:MainCommodityClassification>
  </cac:ProcurementProject>
  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">LOT-0001</cbc:ID>
    <cac:TenderingTerms>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement><cbc:TendererRequirementTypeCode listName="reserved-procurement">none</cbc:TendererRequirementTypeCode></cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement>
          <cbc:TendererRequirementTypeCode listName="selection-criterion">sui-act</cbc:TendererRequirementTypeCode>
          <cbc:Description languageID="FRA">Attestations de régularité fiscale et sociale, attestation de vigilance URSSAF de moins de six mois, déclaration relative à l'obligation d'emploi des travailleurs handicapés, références en accueil d'établissements de santé.</cbc:Description>
        </cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>
      <cac:ContractExecutionRequirement>
        <cbc:ExecutionRequirementCode listName="conditions">performance</cbc:ExecutionRequirementCode>
        <cbc:Description languageID="FRA">Les agents affectés suivent avant leur prise de poste une formation à l'accueil des personnes en situation de handicap et aux règles d'hygiène hospitalière. Le titulaire informe les candidats que l'article L. 1224-1 du code du travail peut trouver à s'appliquer aux six agents du prestataire actuel. Tenue fournie par le titulaire ; remplacement des absences dans l'heure.</cbc:Description>
      </cac:ContractExecutionRequirement>
      <cac:AwardingTerms>
        <cac:AwardingCriterion>%s
        </cac:AwardingCriterion>
      </cac:AwardingTerms>
    </cac:TenderingTerms>
    <cac:TenderingProcess>
      <cac:TenderSubmissionDeadlinePeriod><cbc:EndDate>2026-04-30+02:00</cbc:EndDate><cbc:EndTime>16:00:00+02:00</cbc:EndTime></cac:TenderSubmissionDeadlinePeriod>
    </cac:TenderingProcess>
    <cac:ProcurementProject>
      <cbc:ID schemeName="InternalID">CRHPS-2026-014</cbc:ID>
      <cbc:Name languageID="FRA">Accueil et accompagnement des patients et visiteurs</cbc:Name>
      <cbc:Description languageID="FRA">Présence de 7 h à 20 h du lundi au vendredi et de 9 h à 18 h le week-end aux halls Nord et Sud ; conduite de la navette piétonne entre le parking P3 et le bâtiment des consultations ; accompagnement à la demande des patients à mobilité réduite.</cbc:Description>
      <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
      <cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName="strategic-procurement">none</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>
      <cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">79992000</cbc:ItemClassificationCode></cac:MainCommodityClassification>
      <cac:RealizedLocation><cac:Address><cbc:CountrySubentityCode listName="nuts">FRH03</cbc:CountrySubentityCode><cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country></cac:Address></cac:RealizedLocation>
      <cac:PlannedPeriod><cbc:DurationMeasure unitCode="MONTH">48</cbc:DurationMeasure></cac:PlannedPeriod>
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>
</ContractNotice>
""" % (_EF_NS,
       _ef_org("ORG-0001", "Centre hospitalier régional de Port-Sérac", "26560014200011", "Boulevard du Docteur-Calmette",
               "Port-Sérac", "56100", "FRH03", "achats@crh-port-serac.fr", "+33 297640000"),
       _ef_org("ORG-0002", "Tribunal administratif de Rennes", "13000000000001", "3 contour de la Motte", "Rennes",
               "35044", "FRH03", "greffe.ta-rennes@juradm.fr", "+33 223212828"),
       crits)
    label = L(montant_estime_ht=380000, evidence=["380000"])
    return XMLDOC("d30_eForms_accueil_patients_CRH_Port-Serac.xml", "AVIS", xml, label,
                  "eForms : « none » en réservation et en achat stratégique ; patients PMR et malvoyants (objet), "
                  "formation à l'accueil du handicap, L1224-1 et remplacement en BT-70, URSSAF et L5212 en sélection, "
                  "accompagnement PMR noté dans la valeur technique : tout à 0 ; lot unique non qualifié (allotissement "
                  "vide) ; valeur estimée.")


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


DOCUMENTS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20,
             d21, d22, d23, d24, d25, d26, d27, d28, d29, d30]


# ----------------------------------------------------------------------------- extraction depuis le fichier produit
def _ws(s):
    return re.sub(r"\s+", " ", s.replace(NB, " ").replace(NNB, " ")).strip()


def extract_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        raw = "\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages)
        # césure de fin de ligne recollée : « heu-\nres » -> « heures »
        raw = re.sub(r"([^\W\d_])-[ \t]*\n[ \t]*([a-zà-öø-ÿœ])", r"\1\2", raw)
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
        root = etree.parse(path).getroot()
        return _ws(" ".join(root.itertext()))
    with open(path, encoding="utf-8") as fh:
        return _ws(fh.read())


def _pdf_pages(path):
    from pypdf import PdfReader
    return len(PdfReader(path).pages)


def build_doc(doc):
    path = os.path.join(OUT, doc["file"])
    ext = doc["file"].rsplit(".", 1)[1]
    if ext == "xml":
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(doc["xml"])
        return
    pdf = ext == "pdf"
    blocks = [_conv(b, pdf) for b in number_articles(doc["blocks"])]
    if pdf:
        build_pdf(path, _conv_str(doc["header"], True), _conv_str(doc["footer"], True), blocks,
                  hyphen=doc.get("hyphen", False), title=doc["header"], cols=doc.get("cols", 1))
    elif ext == "docx":
        build_docx(path, doc["header"], doc["footer"], blocks)
    else:
        build_txt(path, blocks)


def build_all():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    docs = [f() for f in DOCUMENTS]
    for doc in docs:
        build_doc(doc)
    return docs


def md5s():
    import hashlib
    out = {}
    for name in sorted(os.listdir(OUT)):
        with open(os.path.join(OUT, name), "rb") as fh:
            out[name] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    problems = []
    docs = build_all()
    first = md5s()
    docs = build_all()
    second = md5s()
    for name in sorted(set(first) | set(second)):
        if first.get(name) != second.get(name):
            problems.append("%s : md5 différent entre deux constructions" % name)
    rows = []
    kinds = {}
    pages = {}
    names = set()
    for doc in docs:
        name = doc["file"]
        if name in names:
            problems.append("%s : nom en double" % name)
        names.add(name)
        path = os.path.join(OUT, name)
        ext = name.rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
        if ext == "pdf":
            n = _pdf_pages(path)
            pages[n] = pages.get(n, 0) + 1
            if not (1 <= n <= 8):
                problems.append("%s : %d pages" % (name, n))
        if "blocks" in doc:
            nums = []
            for b in number_articles(doc["blocks"]):
                if b[0] in ("h", "h2"):
                    m = _ART.match(b[1])
                    if m:
                        nums.append(int(m.group(1)))
            if nums != sorted(set(nums)):
                problems.append("%s : numérotation des articles %r" % (name, nums))
        text = extract_text(path)
        lab = dict(doc["label"])
        for q in lab["evidence"]:
            if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                continue
            if _ws(norm(q)) not in text:
                problems.append("%s : preuve absente du texte extrait : %r" % (name, q))
        ev = " | ".join(_ws(norm(q)) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuve trop longue (%d)" % (name, len(ev)))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % name)
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % name)
        if bool(lab["marche_reserve"] == 1) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % name)
        row = {"path": name, "doc_type": doc["doc_type"]}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
    problems.extend(extra_checks(rows))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    if "--table" in sys.argv:
        for doc, row in zip(docs, rows):
            vals = ", ".join("%s=%s" % (c, row[c]) for c in COLUMNS[2:-1]
                             if row[c] not in ("", "0") or (c == "allotissement" and row[c] == "0"))
            print("| %s | %s | %s | %s |" % (row["path"], row["doc_type"], doc["tests"], vals or "tout à 0"))
    pos = {c: sum(1 for r in rows if r[c] == "1") for c in ("clause_sociale", "clause_insertion", "critere_social",
                                                             "marche_reserve", "clause_environnementale",
                                                             "critere_environnemental")}
    unsure = sum(1 for r in rows for c in pos if r[c] == "?")
    print("contrôles : double construction et md5 identiques ; preuves trouvées dans le texte EXTRAIT du fichier "
          "(pypdf + césure recollée, python-docx paragraphes + cellules, lxml itertext, lecture simple) ; preuves <= 300 "
          "caractères ; PDF de 1 à 8 pages ; articles sans doublon ; clause_insertion => clause_sociale ; "
          "marche_reserve <=> reserve_base ; types et valeurs des colonnes -> %d problème(s)" % len(problems))
    print("%d documents (%s) ; pages des PDF : %s ; nombres coupés en fin de ligne : %d (%d restés entiers) ; "
          "césures forcées : %d (%d restées entières)" % (
              len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
              ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), SB_STATS["cut"] // 2, SB_STATS["whole"] // 2,
              HY_STATS["cut"] // 2, HY_STATS["whole"] // 2))
    print("documents à 1 : " + ", ".join("%s %d" % kv for kv in pos.items()) + " ; cases « ? » : %d" % unsure)
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
