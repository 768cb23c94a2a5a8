#!/usr/bin/env python3
"""Construit le jeu blind_docs_13 : 32 pièces contractuelles (CCAP, CCTP, AE, annexes) et leurs étiquettes.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure (écriture PDF/DOCX/TXT, pages à deux colonnes, césure, tableaux, aides de saisie,
number_articles) reprise telle quelle des lignes 27-637 de tests/data/blind_values_13/make_documents.py ;
SET_NAME et OUT changés. Les 32 textes, la boucle principale et les contrôles ont été écrits pour ce jeu.

Jeu de PRÉCISION : la plupart des pièces emploient le vocabulaire social / environnemental dans un
autre rôle ou un autre sens (technique, rappel légal, objet du marché, politique du candidat).

Déterministe : chaque fichier est produit deux fois en mémoire, les md5 sont comparés ; chaque preuve
est cherchée dans le texte EXTRAIT du fichier produit (pypdf, python-docx, lecture du .txt),
espaces normalisés.

Usage : /work/main/.venv/bin/python tests/data/blind_docs_13/make_documents.py
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
SET_NAME = "blind_docs_13"

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






def A(title, *paras):
    """Un article numéroté automatiquement : titre puis paragraphes (str) ou listes (list)."""
    out = [H("Article # – " + title)]
    for x in paras:
        out.append(LST(x) if isinstance(x, list) else P(x))
    return out


_DOC_TYPES = {"RC", "CCAP", "CCTP", "AE", "BPU", "DPGF", "DQE", "AVIS", "QR", "FORM", "CADRE", "AUTRE"}

# ----------------------------------------------------------------------------- pièces (blind_docs_13)

def F(*items):
    """Aplatit les blocs (A() renvoie une liste)."""
    out = []
    for x in items:
        if isinstance(x, list):
            out.extend(x)
        else:
            out.append(x)
    return out


def d01():
    b = F(
        TITLE("COMMUNE DE MONTCALVY-SUR-LÈZE", "Cahier des clauses administratives particulières",
              "Requalification de la rue des Tanneurs et de la place du Foirail",
              "Procédure adaptée – article R. 2123-1 1° du code de la commande publique"),
        A("Objet du marché",
          "Le présent marché a pour objet les travaux de requalification de la rue des Tanneurs et de la place du Foirail : "
          "reprise des réseaux d'eaux pluviales, pose de bordures et caniveaux, revêtements en enrobés et en pavés, "
          "fourniture et pose de mobilier urbain.",
          "Le marché n'est pas alloti. Les terrassements, les réseaux et les revêtements s'enchaînent sur une emprise "
          "étroite et ne peuvent être confiés à des entreprises distinctes sans rendre l'exécution techniquement "
          "difficile (article L. 2113-11 du code)."),
        A("Pièces constitutives",
          ["l'acte d'engagement (AE) ;", "le présent CCAP ;", "le CCTP et ses plans ;",
           "la décomposition du prix global et forfaitaire (DPGF) ;",
           "le CCAG applicable aux marchés publics de travaux (arrêté du 30 mars 2021)."]),
        A("Délais d'exécution",
          "Le délai global est de cinq mois, dont une période de préparation d'un mois, à compter de la date fixée par "
          "l'ordre de service de démarrage. Les congés de fin d'année sont intégrés au délai."),
        A("Prix – variation",
          "Les prix sont globaux et forfaitaires. Ils sont révisables mensuellement par application de l'index TP09 "
          "(fabrication et mise en oeuvre d'enrobés), avec une partie fixe de 0,125.",
          "Clause de réexamen : en application de l'article R. 2194-1 du code, si la variation de l'index dépasse 20 % "
          "sur trois mois consécutifs, les parties se rapprochent pour examiner par avenant l'équilibre du marché."),
        A("Avance et retenue de garantie",
          "Une avance de 10 % du montant initial TTC est versée au titulaire, sauf renonciation dans l'AE. "
          "Une retenue de garantie de 5 % est prélevée sur les acomptes ; elle peut être remplacée par une garantie "
          "à première demande."),
        A("Pénalités",
          "Par dérogation à l'article 19.2.1 du CCAG-Travaux, le titulaire encourt, sans mise en demeure préalable :",
          ["300 € HT par jour calendaire de retard sur le délai global ;",
           "100 € HT par absence non excusée aux rendez-vous de chantier ;",
           "50 € HT par heure d'insertion non réalisée à la réception, au vu du bilan du facilitateur."]),
        A("Assurances",
          "Le titulaire justifie d'une assurance de responsabilité civile couvrant les dommages causés aux tiers, "
          "y compris les atteintes accidentelles à l'environnement, ainsi que d'une assurance décennale."),
        H("Article # – Action d'insertion professionnelle"),
        SPLIT("En application de l'article L. 2112-2 du code de la "
              "commande publique, l'exécution du marché comporte une action d'insertion. Le titulaire réserve au "
              "minimum 1~400 heures de travail à des personnes rencontrant des difficultés sociales ou",
              "professionnelles particulières : demandeurs d'emploi de longue durée, allocataires du RSA, jeunes de "
              "moins de 26 ans sans qualification, travailleurs reconnus handicapés. Il peut recourir à l'embauche "
              "directe, à la mise à disposition par une ETTI, une association intermédiaire ou un GEIQ, ou à la "
              "sous-traitance à une entreprise d'insertion. La facilitatrice du PLIE du Pays Lézatais valide "
              "l'éligibilité des personnes et suit la réalisation des heures ; le titulaire lui transmet un état "
              "mensuel."),
        A("Obligations du titulaire en matière sociale",
          "Le titulaire remet au maître d'ouvrage, lors de la conclusion puis tous les six mois jusqu'à la fin de "
          "l'exécution, les documents mentionnés aux articles L. 8222-1 et D. 8222-5 du code du travail (attestation "
          "de vigilance URSSAF, extrait Kbis). Il veille à ce que ses sous-traitants satisfassent aux mêmes "
          "obligations en matière de lutte contre le travail dissimulé."),
        A("Tenue du chantier",
          "Les emprises sont balisées et maintenues propres ; les chaussées salies par les camions sont balayées "
          "chaque soir. L'accès des riverains et des commerces est maintenu en permanence."),
        A("Litiges",
          "Les litiges relèvent du tribunal administratif de Toulouse, 68 rue Raymond IV, 31000 Toulouse."),
    )
    return PIECE("d01_ccap_voirie.pdf", "CCAP", "Commune de Montcalvy-sur-Lèze – CCAP rue des Tanneurs",
                 "MAPA 2026-TX-07 – CCAP", b,
                 L(clause_sociale=1, clause_insertion=1, heures_insertion=1400, allotissement=0,
                   evidence=["Le titulaire réserve au minimum 1~400 heures de travail à des personnes rencontrant des "
                             "difficultés sociales ou", "Le marché n'est pas alloti."]))


def d02():
    b = F(
        TITLE("HABITAT VAL DE SCARPE – Office public de l'habitat",
              "CCAP – Accord-cadre de nettoyage des parties communes",
              "Accord-cadre à bons de commande – appel d'offres ouvert"),
        A("Objet et décomposition",
          "Le présent accord-cadre porte sur le nettoyage des halls, escaliers, paliers, ascenseurs et locaux "
          "poubelles des résidences gérées par l'Office, ainsi que sur la sortie et la rentrée des conteneurs.",
          "Le présent accord-cadre est décomposé en trois lots géographiques, attribués séparément :"),
        TAB([["Lot", "Secteur", "Montant maximum (durée totale)"],
             ["1", "Nord – Les Glacis, Faubourg", "210 000 € HT"],
             ["2", "Centre – Gare, Sainte-Claire", "165 000 € HT"],
             ["3", "Sud – Bois-Fleury", "125 000 € HT"],
             ["Total", "Total des trois lots", "500 000 € HT"]], widths=[0.12, 0.5, 0.38], align="llr"),
        A("Durée",
          "L'accord-cadre est conclu pour un an à compter de sa notification. Il est reconduit tacitement trois fois "
          "pour un an, sans que sa durée totale excède quatre ans. Il n'a pas de montant minimum."),
        A("Reprise du personnel",
          "Les lots entrent dans le champ de l'accord du 5 mars 2002 relatif à la reprise du personnel, annexé à la "
          "convention collective nationale des entreprises de propreté (annexe 7). La liste anonymisée des salariés "
          "affectés aux sites par le prestataire sortant figure en annexe au présent CCAP. Le titulaire fait son "
          "affaire des conditions de reprise prévues par cet accord."),
        A("Produits et matériels",
          "Les produits employés respectent le règlement (CE) n° 1907/2006 (REACH). Leurs fiches de données de "
          "sécurité sont tenues à la disposition du gardien d'immeuble. Le matériel électrique est conforme aux "
          "normes en vigueur."),
        A("Locaux mis à disposition",
          "Dans chaque résidence un local de stockage fermant à clé est prêté au titulaire. Il n'est pas fourni de "
          "local social : le personnel du titulaire utilise les vestiaires de son agence."),
        A("Clause de revoyure",
          "À l'issue de la première année, l'Office et le titulaire se réunissent pour adapter les fréquences de "
          "passage à l'usage réel des résidences. Cette revoyure ne peut modifier les prix unitaires."),
        A("Pénalités",
          "Chaque passage non effectué ou jugé non conforme par le gardien après contre-visite donne lieu à une "
          "pénalité de 80 € HT. L'absence de remise du cahier de passage mensuel est pénalisée de 50 € HT par "
          "résidence."),
        A("Règlement des comptes",
          "Le paiement intervient par virement dans un délai de 30 jours. Les factures sont déposées sur Chorus Pro."),
    )
    return PIECE("d02_ccap_nettoyage.docx", "CCAP", "Habitat Val de Scarpe – AC nettoyage parties communes – CCAP",
                 "OPH Habitat Val de Scarpe – consultation 26-014", b,
                 L(allotissement=1, nb_lots=3, montant_max_ht=500000,
                   evidence=["Le présent accord-cadre est décomposé en trois lots géographiques",
                             "Total des trois lots 500 000 € HT"]))


def d03():
    b = F(
        TITLE("CENTRE COMMUNAL D'ACTION SOCIALE DE BRÉVILLE-LES-MONTS",
              "Cahier des clauses administratives particulières",
              "Confection et livraison de repas à domicile"),
        H("1. Objet – marché non alloti"),
        P("Le marché concerne la confection en liaison froide et la livraison au domicile des bénéficiaires de repas "
          "du midi et, sur demande, du soir. Les bénéficiaires sont des personnes âgées ou en situation de handicap "
          "orientées par le service social du CCAS."),
        P("La consultation ne fait pas l'objet d'un allotissement : la confection et la livraison forment une même "
          "chaîne, dont la continuité conditionne la sécurité sanitaire."),
        H("2. Durée et valeur"),
        P("Accord-cadre à bons de commande d'un an, reconductible trois fois. La valeur estimée de l'accord-cadre, "
          "période initiale et reconductions comprises, s'élève à 380~000 € HT."),
        H("3. Livraison"),
        P("Les repas sont livrés entre 9 h et 12 h dans l'environnement habituel du bénéficiaire, dans son "
          "réfrigérateur s'il le souhaite. Le livreur signale au CCAS tout changement inquiétant (repas précédent "
          "non consommé, absence de réponse)."),
        P("Le titulaire assure l'insertion, dans chaque sac, d'une fiche de liaison où figurent le menu, les dates "
          "limites et les consignes de réchauffage."),
        H("4. Régimes et textures"),
        P("Le titulaire propose les régimes sans sel, diabétique, mixé et haché. Les menus sont validés par une "
          "diététicienne diplômée et communiqués au CCAS quinze jours à l'avance."),
        H("5. Prix – clause de revoyure"),
        P("Les prix sont révisés chaque année selon l'indice des prix à la consommation « restauration collective ». "
          "Si les coûts des denrées varient de plus de 8 % en six mois, une clause de revoyure permet aux parties "
          "de renégocier le prix du repas par avenant."),
        H("6. Données personnelles"),
        P("Le titulaire agit en qualité de sous-traitant au sens de l'article 28 du RGPD. Il traite les adresses, "
          "régimes et codes d'accès des bénéficiaires pour la seule exécution du marché et les détruit à son terme."),
        H("7. Obligations sociales et fiscales"),
        P("Le titulaire déclare satisfaire à l'obligation d'emploi des travailleurs handicapés prévue aux articles "
          "L. 5212-1 à L. 5212-11 du code du travail et produit, tous les six mois, l'attestation de vigilance."),
        H("8. Pénalités"),
        P("Retard de livraison de plus d'une heure : 30 € par bénéficiaire. Repas manquant : 50 € par repas et "
          "remplacement sous deux heures aux frais du titulaire. Rupture de la chaîne du froid constatée : 500 €."),
        H("9. Résiliation et litiges"),
        P("Le CCAG-FCS 2021 s'applique pour ce qui n'est pas prévu ici. Tribunal compétent : TA de Grenoble."),
    )
    return PIECE("d03_ccap_portage_repas.pdf", "CCAP", "CCAS de Bréville-les-Monts – Portage de repas – CCAP",
                 "CCAS Bréville – AC 2026/03", b,
                 L(allotissement=0, montant_estime_ht=380000,
                   evidence=["1. Objet – marché non alloti",
                             "période initiale et reconductions comprises, s'élève à 380 000 € HT"]),
                 hyphen=True, cols=2)


def d04():
    b = F(
        TITLE("UNIVERSITÉ RHÔNE-CÉVENNES", "CCAP – Fourniture et installation de mobilier",
              "Bibliothèque universitaire du campus des Capucins"),
        A("Objet – lots",
          "Le marché porte sur la fourniture, la livraison, le montage et la mise en place du mobilier de la "
          "bibliothèque universitaire rénovée. Il est divisé en quatre lots :",
          ["lot 1 : rayonnages et présentoirs ;", "lot 2 : sièges de travail et de lecture ;",
           "lot 3 : tables et postes de consultation ;", "lot 4 : banque d'accueil et mobilier de détente."],
          "Le présent CCAP est commun aux quatre lots. Chaque lot fait l'objet d'un marché distinct."),
        A("Délais de livraison",
          "Les livraisons ont lieu entre le 6 et le 24 juillet 2026, bibliothèque fermée. Le planning détaillé est "
          "arrêté lors de la réunion de lancement."),
        A("Conditions de livraison et de montage",
          "La livraison s'entend franco, au pied des ouvrages, montage compris. Le titulaire procède à l'insertion "
          "des tablettes sur les crémaillères et au réglage des vérins. Les sols fraîchement posés sont protégés "
          "pendant les manutentions."),
        A("Éco-participation",
          "Le montant de l'éco-contribution due au titre de la filière des éléments d'ameublement (article L. 541-10 "
          "du code de l'environnement) est indiqué distinctement, ligne par ligne, sur les factures."),
        A("Garantie",
          "Le mobilier est garanti cinq ans pièces, main-d'oeuvre et déplacement. Les pièces détachées restent "
          "disponibles dix ans."),
        A("Pénalités de retard",
          "En cas de retard, le titulaire supporte une pénalité de 1/500e du montant du lot par jour de retard, "
          "sans plafond, par dérogation à l'article 14.1.1 du CCAG-FCS."),
        A("Obligations sociales",
          "Le titulaire s'engage à respecter pendant l'exécution les dispositions législatives et réglementaires "
          "relatives à la protection de la main-d'oeuvre et aux conditions de travail. Toute infraction constatée "
          "peut motiver une résiliation aux torts du titulaire."),
        A("Paiement", "Délai global de paiement : 30 jours. Agent comptable de l'université."),
    )
    return PIECE("d04_ccap_mobilier.pdf", "CCAP", "Université Rhône-Cévennes – Mobilier BU – CCAP",
                 "Marché 2026-URC-BU-12", b,
                 L(allotissement=1, nb_lots=4, evidence=["Il est divisé en quatre lots"]))


def d05():
    b = F(
        TITLE("COMMUNE DE LANVÉZÉAC",
              "Cahier des clauses particulières (CCP) valant CCAP et CCTP",
              "Entretien des espaces verts, des cimetières et des abords des équipements communaux"),
        A("Objet", "Tonte, taille des haies et arbustes, désherbage des allées, ramassage des feuilles, entretien "
          "des deux cimetières et des abords de la salle polyvalente. Marché non alloti : les prestations sont "
          "homogènes et concernent un seul et même patrimoine."),
        A("Marché réservé",
          "En application de l'article L. 2113-12 du code de la commande publique, le présent marché est réservé aux "
          "entreprises adaptées, aux établissements et services d'aide par le travail (ESAT) et aux structures "
          "équivalentes, qui emploient une proportion minimale de 50 % de travailleurs handicapés."),
        A("Durée", "Un an à compter du 1er mars 2026, reconductible deux fois par période d'un an."),
        A("Prescriptions d'exécution",
          "La commune n'utilise plus de produits phytopharmaceutiques. Le titulaire n'emploie aucun herbicide, "
          "fongicide ni insecticide de synthèse : le désherbage est mécanique ou thermique.",
          "Les tontes et feuilles sont déposées sur la plateforme de compostage du centre technique municipal ; "
          "les tailles sont broyées sur place et réutilisées en paillage des massifs.",
          "Le local social du centre technique (vestiaires, douches) est réservé aux agents communaux ; le "
          "titulaire prévoit les installations nécessaires à ses équipes."),
        A("Fréquences",
          "Tonte : 14 passages par an sur les pelouses d'agrément, 4 sur les prairies. Taille : deux par an. "
          "Cimetières : un passage par quinzaine, renforcé avant la Toussaint."),
        A("Jugement des offres",
          "Prix : 55 %. Valeur technique : 45 %, appréciée au vu du mémoire (moyens humains et matériels affectés, "
          "planning annuel, organisation des interventions)."),
        A("Prix et paiement",
          "Prix forfaitaire annuel payé par douzièmes ; prix unitaires pour les interventions supplémentaires. "
          "Paiement à 30 jours."),
        A("Pénalités", "Passage non réalisé : 150 € par site. Retard de plus de huit jours sur le planning : 50 € par jour."),
    )
    return PIECE("d05_ccp_espaces_verts.docx", "CCAP", "Commune de Lanvézéac – CCP espaces verts",
                 "MAPA 2026-05 – CCP", b,
                 L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, allotissement=0,
                   evidence=["En application de l'article L. 2113-12 du code de la commande publique, le présent "
                             "marché est réservé", "Le titulaire n'emploie aucun herbicide", "Marché non alloti"]))


def d06():
    b = F(
        TITLE("DÉPARTEMENT DE LA HAUTE-VÉRANE", "Direction des bâtiments départementaux",
              "Restructuration et mise en accessibilité du collège Louise-Michel à Saint-Hilaire-d'Arve",
              "Cahier des clauses administratives particulières commun à tous les lots"),
        A("Objet et allotissement",
          "Les travaux sont répartis en 12 lots traités par marchés séparés (lot 1 désamiantage, lot 2 gros oeuvre, "
          "lot 3 charpente-couverture, lot 4 menuiseries extérieures, lot 5 plâtrerie-isolation, ..., lot 12 "
          "ascenseur).",
          "Le montant prévisionnel des travaux, tous lots confondus, est estimé à 3~450~000 € HT."),
        A("Durée et phasage",
          "Les travaux se déroulent en site occupé, en quatre phases. Le délai global est de dix-huit mois, période "
          "de préparation de deux mois incluse."),
        A("Installations de chantier",
          "La base vie (bureau de chantier, vestiaires et sanitaires, réfectoire) est installée par le titulaire du "
          "lot 2 ; ses frais de fonctionnement sont répartis au compte prorata. Les élèves ne doivent jamais "
          "croiser les circulations de chantier."),
        A("Clause sociale d'insertion",
          "Les lots 1, 2, 3 et 5 comportent une condition d'exécution relative à l'emploi. Le titulaire de chacun "
          "de ces lots confie, en sous-traitance ou en co-traitance, à une structure d'insertion par l'activité "
          "économique conventionnée une part des travaux au moins égale à 5 % du montant de son marché. Il peut "
          "aussi satisfaire à cette obligation en embauchant directement des personnes éloignées de l'emploi pour "
          "un volume d'heures de valeur équivalente, validé par le facilitateur de la Maison de l'emploi."),
        H("Article # – Travailleurs détachés et travail dissimulé"),
        SPLIT("Le titulaire qui détache des salariés "
              "effectue la déclaration préalable prévue à l'article L. 1262-2-1 du code du travail et en remet copie "
              "au maître d'ouvrage avant toute intervention ; il vérifie que ses sous-traitants",
              "en font autant. Il fournit tous les six mois l'attestation prévue à l'article D. 8222-5. Chaque "
              "salarié présent sur le chantier porte la carte d'identification professionnelle du BTP."),
        A("Pénalités",
          ["retard sur le délai d'une phase : 1/3000e du montant du lot par jour ;",
           "non-respect de l'engagement d'insertion : 1 % du montant non confié à une SIAE ;",
           "défaut de carte BTP : 2~000 € par salarié (article L. 8291-2 du code du travail)."]),
        A("Assurances",
          "Chaque titulaire est couvert en responsabilité civile, y compris atteintes à l'environnement, et en "
          "responsabilité décennale pour les ouvrages soumis à obligation d'assurance."),
        A("Réception", "Réception par phase ; levée des réserves dans le mois. CCAG-Travaux 2021 applicable."),
    )
    return PIECE("d06_ccap_college.pdf", "CCAP", "Département de la Haute-Vérane – Collège Louise-Michel – CCAP",
                 "Opération 2025-COL-04 – CCAP commun", b,
                 L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=12, montant_estime_ht=3450000,
                   evidence=["confie, en sous-traitance ou en co-traitance, à une structure d'insertion par l'activité "
                             "économique conventionnée une part des travaux au moins égale à 5 %",
                             "répartis en 12 lots", "estimé à 3 450 000 € HT"]))


def d07():
    b = F(
        TITLE("RÉGION NOUVELLE-PROVENCE", "Direction du numérique éducatif",
              "CCAP – Accord-cadre d'infogérance du parc informatique des lycées publics"),
        A("Objet",
          "Maintien en condition opérationnelle des postes de travail, des serveurs pédagogiques et de "
          "l'environnement numérique de travail (ENT) des 62 lycées publics de la Région.",
          "L'accord-cadre n'est pas alloti : le support de niveau 1 et le support de niveau 2 partagent les mêmes "
          "outils de supervision et la même base de connaissance ; les séparer multiplierait les interfaces."),
        A("Montant", "L'accord-cadre est conclu sans minimum et avec un montant maximum de 800~000 € HT sur sa durée "
          "totale de quatre ans."),
        A("Environnements",
          "Le titulaire dispose d'un environnement de pré-production distinct de l'environnement de production. "
          "Aucune mise à jour n'est déployée en production sans validation en pré-production."),
        A("Niveaux de service et pénalités",
          "Incident bloquant : prise en charge sous 2 heures ouvrées, rétablissement sous 8 heures. Au-delà, "
          "pénalité de 150 € HT par heure de dépassement, plafonnée à 10 % du montant du bon de commande."),
        A("Protection des données",
          "Le titulaire agit en qualité de sous-traitant au sens de l'article 28 du RGPD ; il ne transfère aucune "
          "donnée hors de l'Union européenne. Un accord de traitement est annexé."),
        A("Clause de réexamen",
          "Si la Région modifie la carte des formations ou le nombre d'établissements, le périmètre est réexaminé "
          "selon les modalités de l'article R. 2194-1 ; les prix unitaires du BPU restent applicables."),
        A("Obligations sociales",
          "Le titulaire demeure seul responsable du respect de la législation du travail à l'égard de son personnel, "
          "qui reste placé sous son autorité hiérarchique exclusive."),
        A("Réversibilité",
          "Six mois avant le terme, le titulaire remet un plan de réversibilité et transfère la documentation au "
          "nouveau prestataire."),
    )
    return PIECE("d07_ccap_infogerance.pdf", "CCAP", "Région Nouvelle-Provence – Infogérance lycées – CCAP",
                 "AC 2026-DNE-031", b,
                 L(allotissement=0, montant_max_ht=800000,
                   evidence=["L'accord-cadre n'est pas alloti",
                             "montant maximum de 800 000 € HT sur sa durée totale de quatre ans"]), hyphen=True)


def d08():
    b = F(
        TITLE("SYNDICAT MIXTE DES TRANSPORTS DU PAYS DE MORLANNE",
              "CCAP - Services de transport scolaire - rentrées 2026 à 2031"),
        H("ART. 1 - OBJET ET LOTS"),
        P("Le marché a pour objet l'exécution des circuits de transport scolaire desservant les écoles, collèges "
          "et lycées du ressort du syndicat. Il est decomposé en 14 lots geographiques (un lot par bassin ou "
          "groupe de circuits), chaque lot donnant lieu a un marché distinct."),
        H("ART. 2 - DUREE"),
        P("Cinq années scolaires, de la rentrée 2026 au 7 juillet 2031."),
        H("ART. 3 - VEHICULES"),
        P("Les véhicules sont conformes a l'arrêté du 2 juillet 1982 modifié relatif au transport en commun de "
          "personnes. Ils sont équipés de ceintures de sécurité et d'éthylotests anti-démarrage."),
        P("Tous les véhicules affectés au service, véhicules de remplacement compris, disposent au minimum d'une "
          "vignette Crit'Air 1 dès le premier jour d'exécution. Le titulaire transmet la liste des véhicules et "
          "leurs certificats qualité de l'air avant la rentrée."),
        P("L'âge moyen du parc affecté a chaque lot ne dépasse pas 10 ans."),
        H("ART. 4 - CONDUCTEURS"),
        P("Le titulaire emploie des conducteurs titulaires du permis D et de la FCO en cours de validité. Le cas "
          "échéant, il reprend les conducteurs du précédent exploitant dans les conditions de l'accord de branche "
          "sur la poursuite des relations de travail en cas de changement de prestataire, annexé a la convention "
          "collective nationale des transports routiers."),
        H("ART. 5 - EXECUTION"),
        P("Aux points d'arrêt, le conducteur n'effectue aucune manoeuvre en marche arrière. L'insertion du car dans "
          "la circulation a la sortie des établissements se fait feux de détresse allumés."),
        H("ART. 6 - PENALITES"),
        P("Retard supérieur a 10 minutes a l'arrivée a l'établissement : 100 EUR par course. Course non assurée : "
          "500 EUR. Véhicule non conforme a l'article 3 : 200 EUR par jour et par véhicule."),
        H("ART. 7 - PRIX"),
        P("Prix journalier par circuit, révisé au 1er septembre selon la formule du BPU (indices gazole, salaires "
          "et matériel)."),
    )
    return PIECE("d08_ccap_transport_scolaire.txt", "CCAP", "", "", b,
                 L(clause_environnementale=1, allotissement=1, nb_lots=14,
                   evidence=["véhicules de remplacement compris, disposent au minimum d'une vignette Crit'Air 1",
                             "Il est decomposé en 14 lots geographiques"]))


def d09():
    b = F(
        TITLE("LOGIS DES TROIS VALLÉES – Société anonyme d'HLM",
              "CCAP – Entretien et dépannage des chaudières individuelles gaz",
              "Accord-cadre à bons de commande"),
        A("Objet",
          "Visite annuelle d'entretien des chaudières individuelles gaz (décret n° 2009-649 du 9 juin 2009), "
          "dépannage 7 j / 7 et remplacement de pièces dans les logements du patrimoine.",
          "L'accord-cadre comporte 2 lots : lot 1, patrimoine de la vallée de l'Ognon (1~840 logements) ; lot 2, "
          "patrimoine de la vallée du Doubs (1~210 logements)."),
        A("Obligations d'entretien",
          "Le technicien vérifie l'environnement de l'appareil (amenée d'air, évacuation des produits de "
          "combustion), mesure le CO et remet au locataire l'attestation d'entretien prévue par l'arrêté du "
          "15 septembre 2009. Les pièces remplacées sont laissées à la disposition du bailleur pendant huit jours."),
        A("Accès aux logements",
          "Les interventions en logement occupé sont annoncées par affichage dix jours avant. Le technicien porte "
          "une tenue et un badge au nom de l'entreprise."),
        RTAB([["Délai d'intervention", "Situation", "Pénalité"],
              ["4 heures", "Absence totale de chauffage ou d'eau chaude (octobre à avril)", "60 € par heure de retard"],
              ["24 heures", "Autre panne", "40 € par jour de retard"],
              ["15 jours", "Remise du rapport de visite annuelle", "20 € par logement"]],
             widths=[0.22, 0.5, 0.28]),
        A("Obligations sociales et fiscales",
          "Le titulaire atteste être en règle au regard des articles L. 5212-1 à L. 5212-11 du code du travail "
          "relatifs à l'emploi des travailleurs handicapés et produit tous les six mois les pièces prévues à "
          "l'article D. 8222-5 en application de l'article L. 8222-1 (travail dissimulé)."),
        A("Durée", "Un an, reconductible trois fois."),
        A("Prix", "Prix unitaires du BPU, révisés annuellement selon l'indice ICHT-IME et l'indice des prix des "
          "pièces détachées de chauffage."),
    )
    return PIECE("d09_ccap_chauffage.docx", "CCAP", "Logis des Trois Vallées – AC chaudières gaz – CCAP",
                 "SA HLM LTV – consultation 2026-08", b,
                 L(allotissement=1, nb_lots=2, evidence=["L'accord-cadre comporte 2 lots"]))


def d10():
    b = F(
        TITLE("RÉGION ACADÉMIQUE CENTRE-LOIRE – Rectorat",
              "Service mutualisé des achats",
              "CCAP – Fourniture de papier et de fournitures de bureau pour les services académiques"),
        A("Objet", "Fourniture et livraison de papier de reprographie, d'enveloppes et de petites fournitures de bureau "
          "pour le rectorat et les directions des services départementaux. L'accord-cadre n'est pas alloti."),
        A("Forme et montant",
          "Accord-cadre mono-attributaire à bons de commande. Le montant maximum est de 150~000 € HT par période "
          "annuelle, soit 600~000 € HT pour la durée maximale de l'accord-cadre."),
        A("Commandes",
          "Les bons de commande sont émis depuis l'environnement de commande en ligne du titulaire, raccordé au "
          "catalogue négocié ; seuls les articles du catalogue peuvent être commandés."),
        A("Livraison",
          "Livraison franco sous cinq jours ouvrés, au bureau du destinataire, du lundi au vendredi de 8 h 30 à "
          "16 h 30. Une livraison incomplète n'est pas facturée avant son solde."),
        A("Produits non conformes",
          "Le titulaire reprend à ses frais, sous huit jours, les produits endommagés ou non conformes et les "
          "remplace par des produits conformes."),
        A("Pénalités", "Retard de livraison : 20 € par jour et par commande. Erreur d'article : 15 € par ligne."),
        A("Paiement", "Le délai de paiement est de 30 jours. Les factures sont déposées sur Chorus Pro."),
        A("Dérogations au CCAG-FCS", "L'article 5 déroge à l'article 14 du CCAG-FCS."),
    )
    return PIECE("d10_ccap_fournitures.pdf", "CCAP", "Rectorat Centre-Loire – Fournitures de bureau – CCAP",
                 "SMA 2026-017", b,
                 L(allotissement=0, montant_max_ht=600000,
                   evidence=["L'accord-cadre n'est pas alloti",
                             "soit 600 000 € HT pour la durée maximale de l'accord-cadre"]))


def d11():
    b = F(
        TITLE("CENTRE HOSPITALIER UNIVERSITAIRE DE SAINT-ARMAND", "Direction des achats et de la logistique",
              "CCAP – Location et entretien du linge hospitalier et des tenues professionnelles"),
        A("Objet",
          "Location, collecte, traitement et livraison du linge plat, du linge en forme et des tenues "
          "professionnelles des personnels, y compris la gestion des armoires de vestiaires."),
        A("Montant", "Accord-cadre à bons de commande, sans minimum, dont le montant maximum est fixé à "
          "1~200~000 € HT pour sa durée totale (quatre ans)."),
        A("Circuits du linge",
          "Le linge contaminé est placé en sacs hydrosolubles et suit un circuit séparé. Le titulaire respecte la "
          "norme NF EN 14065 (RABC) et justifie de la maîtrise de la contamination microbiologique."),
        H("Article # – Condition d'exécution à caractère social"),
        SPLIT("Pendant toute la durée du marché, le titulaire "
              "met en oeuvre, pour les salariés affectés à l'exécution des prestations, un plan d'action en faveur "
              "de l'égalité professionnelle entre les femmes et les hommes portant au moins sur l'égalité de "
              "rémunération à poste équivalent, l'accès",
              "à la formation et la prévention des agissements sexistes. Il remet chaque année au CHU un bilan "
              "chiffré de ce plan, distinct de l'index prévu par la loi ; l'absence de bilan donne lieu à une "
              "pénalité de 1~000 €."),
        A("Délais et pénalités",
          "Livraison quotidienne avant 7 h. Retard : 200 € par heure entamée. Articles manquants : 5 € l'article."),
        A("Obligations légales",
          "Le titulaire produit l'attestation de vigilance URSSAF tous les six mois et respecte la législation sur "
          "le détachement de salariés."),
        A("Délai de paiement", "50 jours, conformément à l'article R. 2192-11 du code de la commande publique."),
    )
    return PIECE("d11_ccap_blanchisserie.pdf", "CCAP", "CHU de Saint-Armand – Location-entretien du linge – CCAP",
                 "DAL 2026-LIN-02", b,
                 L(clause_sociale=1, montant_max_ht=1200000,
                   evidence=["un plan d'action en faveur de l'égalité professionnelle entre les femmes et les hommes",
                             "montant maximum est fixé à 1 200 000 € HT pour sa durée totale"]), hyphen=True)


def d12():
    b = F(
        TITLE("SEM TERRITOIRES DU VAL D'AULNE", "Mandataire du maître d'ouvrage",
              "ZAC des Rives – Démolition de l'immeuble Les Cèdres (84 logements)", "CCAP"),
        H("1 – Objet"),
        P("Désamiantage et démolition de l'immeuble Les Cèdres, purge des fondations, remblaiement de la fouille. "
          "Le marché n'est pas alloti, le désamiantage et la démolition relevant d'une même entreprise certifiée."),
        H("2 – Amiante"),
        P("Le retrait est réalisé par une entreprise certifiée (sous-section 3) selon un plan de retrait transmis à "
          "l'inspection du travail un mois avant le début des travaux. Les déchets amiantés sont conditionnés et "
          "éliminés en installation de stockage de déchets dangereux."),
        H("3 – Gestion des déchets de démolition"),
        P("Le titulaire trie les déchets sur le site en sept flux au moins (bois, métaux, plâtre, verre, inertes, "
          "plastiques, déchets non dangereux en mélange). Il vise un taux de valorisation matière d'au moins "
          "70 % de la masse des déchets non dangereux et remet au mandataire, chaque mois, les bordereaux de suivi "
          "et les bons de pesée correspondants."),
        P("Les bétons concassés sur place, conformes au guide du CEREMA, peuvent servir au remblaiement de la "
          "fouille."),
        H("4 – Clause sociale"),
        P("Le présent marché ne comporte pas de clause sociale d'insertion. Le titulaire reste tenu des obligations "
          "de vigilance des articles L. 8222-1 et suivants du code du travail."),
        H("5 – Délais"),
        P("Le délai d'exécution est de sept mois, préparation comprise. Le curage débute après la coupure des "
          "réseaux par les concessionnaires."),
        H("6 – Pénalités"),
        P("Retard : 500 € HT par jour. Bordereau de suivi non remis : 200 € HT par bordereau."),
        H("7 – Prix"),
        P("Prix global et forfaitaire, révisable selon l'index TP01."),
    )
    return PIECE("d12_ccap_demolition.pdf", "CCAP", "SEM Territoires du Val d'Aulne – Démolition Les Cèdres – CCAP",
                 "Marché de travaux 2026-ZR-03", b,
                 L(clause_environnementale=1, allotissement=0,
                   evidence=["Le titulaire trie les déchets sur le site en sept flux au moins",
                             "Le marché n'est pas alloti"]), hyphen=False, cols=2)


def d13():
    b = F(
        TITLE("SYNDICAT MIXTE D'EAU ET D'ASSAINISSEMENT DU HAUT-LAURAGAIS",
              "CCTP – Extension du réseau d'eaux usées, chemin de la Bourdette",
              "Commune de Saint-Félix-le-Vieux"),
        A("Consistance des travaux",
          "Pose de 640 m de collecteur PVC CR16 DN 200, de 9 regards de visite et de 22 branchements particuliers ; "
          "insertion d'un regard de visite sur le collecteur existant au carrefour de la RD 622 ; réfection des "
          "chaussées."),
        A("Environnement du chantier",
          "Le chantier se situe dans une voie étroite bordée d'habitations et croise un réseau d'eau potable en "
          "fonte DN 100 et une ligne téléphonique enterrée. Le titulaire réalise les DICT et les sondages de "
          "reconnaissance avant terrassement."),
        A("Terrassements",
          "Tranchées blindées au-delà de 1,30 m de profondeur. En présence d'eau, le fond de fouille est asséché par "
          "pompage ; les matériaux impropres sont remplacés par de la grave 0/31,5."),
        A("Insertion du regard sur le collecteur existant",
          "Le regard est posé à cheval sur le collecteur en service, après mise en place d'un by-pass par pompage. "
          "Le collecteur est découpé à la scie, l'embase est scellée et rendue étanche au mortier hydrofuge."),
        A("Essais",
          "Les canalisations et regards font l'objet d'essais d'étanchéité à l'eau ou à l'air (NF EN 1610), "
          "d'une inspection télévisée et d'essais de compactage, à la charge du titulaire et confiés à un "
          "organisme indépendant."),
        A("Installations de chantier",
          "Le titulaire installe un local social (vestiaire chauffé, sanitaire autonome) sur la parcelle communale "
          "mise à disposition au lieu-dit Les Peyrières."),
        A("Récolement", "Plans de récolement géoréférencés en classe A, format DWG et PDF, remis avant la réception."),
    )
    return PIECE("d13_cctp_assainissement.pdf", "CCTP", "SMEAHL – CCTP extension EU chemin de la Bourdette",
                 "Marché 2026-ASS-11 – CCTP", b, L(), hyphen=True)


def d14():
    b = F(
        TITLE("VILLE DE QUINTENAC", "Construction de vestiaires et d'un club-house au stade Marcel-Cerdan",
              "CCTP – Lot n° 9 : plomberie, sanitaires, ventilation"),
        P("L'opération est divisée en 11 lots. Le présent CCTP décrit les ouvrages du lot n° 9 ; les limites de "
          "prestations avec les lots 2 (gros oeuvre) et 10 (électricité) sont précisées à l'article 9.1."),
        H("9.1 – Consistance"),
        P("Le bâtiment comprend deux vestiaires joueurs de 25 m², un vestiaire arbitres, un local social pour les "
          "agents d'entretien, des sanitaires publics et un club-house avec office."),
        H("9.2 – Équipements sanitaires"),
        TAB([["Repère", "Désignation", "Qté"],
             ["S1", "Douche collective, robinetterie temporisée, pommeau anticalcaire", "16"],
             ["S2", "WC suspendu, bâti-support, abattant double", "9"],
             ["S3", "Lavabo collectif en inox 4 postes", "3"],
             ["S4", "Production d'eau chaude : préparateur 1~500 l, bouclage", "1"]],
            widths=[0.12, 0.73, 0.15], align="llr"),
        H("9.3 – Réseaux d'eau"),
        P("Distribution en multicouche, calorifugée. Avant mise en service, les réseaux sont rincés et désinfectés ; "
          "une analyse de légionelles est réalisée aux points d'usage les plus éloignés."),
        H("9.4 – Ventilation"),
        P("Ventilation mécanique simple flux des vestiaires et sanitaires, débits de 30 m³/h par pomme de douche. "
          "Le caisson d'extraction est installé en combles, accessible, avec plots antivibratiles."),
        H("9.5 – Essais et DOE"),
        P("Essais de pression, de débit et de température. Le dossier des ouvrages exécutés est remis en trois "
          "exemplaires et sous format numérique."),
    )
    return PIECE("d14_cctp_vestiaires.docx", "CCTP", "Ville de Quintenac – Vestiaires stade – CCTP lot 9",
                 "Opération 2025-17 – CCTP lot 9", b,
                 L(allotissement=1, nb_lots=11, evidence=["L'opération est divisée en 11 lots"]))


def d15():
    b = F(
        TITLE("RÉGION NOUVELLE-PROVENCE", "Direction de la transition énergétique et de l'environnement",
              "CCTP – Étude sur le développement des filières de matériaux biosourcés"),
        A("Contexte",
          "La Région souhaite connaître le potentiel des matériaux biosourcés (chanvre, paille, bois, ouate de "
          "cellulose, laine de mouton) dans la construction et la rénovation sur son territoire, et les freins qui "
          "en limitent l'usage."),
        A("Contenu de l'étude",
          ["Phase 1 : état des lieux de la ressource agricole et forestière mobilisable et des unités de "
           "transformation existantes ;",
           "Phase 2 : analyse de la demande (maîtres d'ouvrage publics, bailleurs, artisans) et des besoins de "
           "formation ;",
           "Phase 3 : bilan environnemental comparé (analyse de cycle de vie simplifiée, stockage carbone) de "
           "trois systèmes constructifs ;",
           "Phase 4 : plan d'actions chiffré à cinq ans."]),
        A("Méthode",
          "Le prestataire conduit au moins trente entretiens et deux ateliers territoriaux. Il s'appuie sur les "
          "fiches de déclaration environnementale et sanitaire (FDES) disponibles."),
        A("Livrables",
          "Un rapport par phase, une synthèse de dix pages et un jeu de cartes au format SIG. Les livrables sont "
          "remis en version modifiable."),
        A("Comité de pilotage",
          "Le comité de pilotage réunit la Région, l'ADEME, la chambre régionale d'agriculture et la cellule "
          "économique régionale de la construction. Il se réunit à la fin de chaque phase."),
        A("Calendrier", "Durée totale : dix mois à compter de la notification."),
    )
    return PIECE("d15_cctp_etude_biosources.pdf", "CCTP", "Région Nouvelle-Provence – Étude matériaux biosourcés – CCTP",
                 "Marché 2026-DTEE-09", b, L())


def d16():
    b = F(
        TITLE("SERVICE DEPARTEMENTAL D'INCENDIE ET DE SECOURS DES HAUTES-COMBES",
              "CCTP - Formations reglementaires des personnels administratifs et techniques"),
        H("1. Allotissement"),
        P("Le marché comprend 3 lots : lot 1 sauveteur secouriste du travail (formation initiale et MAC) ; lot 2 "
          "habilitations électriques (B0, BS, BR, H0V) ; lot 3 conduite d'engins (CACES R489 et R486)."),
        H("2. Publics"),
        P("Agents des ateliers, des services techniques et de la logistique. Groupes de 4 a 10 stagiaires."),
        H("3. Lot 1 - SST"),
        P("Formation initiale de 14 heures et maintien-actualisation des compétences (MAC, dit « recyclage ») de "
          "7 heures tous les 24 mois, conformes au référentiel INRS. Mises en situation dans l'environnement de "
          "travail réel des agents (ateliers, magasin)."),
        H("4. Lot 2 - Habilitations electriques"),
        P("Formations initiales et recyclages selon la norme NF C 18-510. Le recyclage est proposé tous les trois "
          "ans. L'organisme fournit un avis après formation permettant a l'employeur de délivrer le titre."),
        H("5. Lot 3 - CACES"),
        P("Tests sur chariots de catégories 1A, 3 et 5 et sur PEMP. Le SDIS met a disposition ses engins et une "
          "aire d'évolution."),
        H("6. Moyens pedagogiques"),
        P("Supports remis a chaque stagiaire. Plateforme en ligne permettant l'insertion des feuilles "
          "d'émargement et des attestations. Le formateur dispose d'un défibrillateur de formation."),
        H("7. Lieux"),
        P("Centre de formation départemental de Mauriac-le-Haut ou ateliers du SDIS."),
    )
    return PIECE("d16_cctp_formations.txt", "CCTP", "", "", b,
                 L(allotissement=1, nb_lots=3, evidence=["Le marché comprend 3 lots"]))


def d17():
    b = F(
        TITLE("COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND SÉGALA",
              "CCTP – Nettoyage et entretien des bâtiments administratifs"),
        A("Sites",
          "Hôtel d'agglomération (3~200 m²), pôle technique de la Bastide (1~150 m²), maison des services au public "
          "de Naucelle-Gare (420 m²)."),
        A("Prestations",
          "Bureaux : vidage des corbeilles, dépoussiérage, aspiration, deux fois par semaine. Sanitaires et "
          "cuisines : quotidien. Vitrerie intérieure : trimestrielle. Les prestations sont réalisées entre 7 h et "
          "9 h ou après 17 h."),
        A("Produits et méthodes",
          "Les produits d'entretien utilisés sont obligatoirement titulaires de l'Écolabel européen ou d'un "
          "écolabel de type I équivalent ; leurs fiches techniques et fiches de données de sécurité sont remises "
          "avant le démarrage. Les désinfectants sont réservés aux sanitaires. Le titulaire emploie des "
          "microfibres lavables et des centrales de dilution."),
        A("Locaux mis à disposition",
          "Un local social (vestiaire avec armoires, point d'eau) est mis à la disposition du personnel du "
          "titulaire au sous-sol de l'hôtel d'agglomération, ainsi qu'un local de stockage du matériel."),
        H("Article # – Contrôle de la qualité"),
        SPLIT("Un contrôle contradictoire est réalisé chaque mois sur une grille "
              "de 40 points. En dessous de la note de 80 / 100, le titulaire remet sous huit jours un plan",
              "d'actions correctives. Trois contrôles insuffisants consécutifs peuvent entraîner la résiliation."),
        A("Personnel",
          "Le titulaire désigne un chef d'équipe joignable pendant les heures d'intervention. Le personnel porte une "
          "tenue au nom de l'entreprise."),
        A("Déchets des bureaux",
          "Les corbeilles de tri sélectif des agents (papier) sont vidées dans les bacs de collecte prévus à cet "
          "effet par la collectivité ; le titulaire ne mélange pas leur contenu avec celui des corbeilles "
          "ordinaires."),
    )
    return PIECE("d17_cctp_nettoyage.pdf", "CCTP", "CA du Grand Ségala – Nettoyage bâtiments – CCTP",
                 "Marché 2026-CA-NET-02", b,
                 L(clause_environnementale=1,
                   evidence=["Les produits d'entretien utilisés sont obligatoirement titulaires de l'Écolabel "
                             "européen ou d'un écolabel de type I équivalent"]))


def d18():
    b = F(
        TITLE("DÉPARTEMENT DU HAUT-BARROIS", "Direction de l'insertion et de l'emploi",
              "CCTP – Accompagnement socioprofessionnel renforcé des bénéficiaires du RSA"),
        A("Contexte",
          "Dans le cadre de son programme départemental d'insertion, le Département confie à des prestataires "
          "l'accompagnement vers l'emploi de bénéficiaires du RSA orientés par les travailleurs sociaux. La "
          "prestation est décomposée en 4 lots territoriaux ; le présent CCTP s'applique à chacun d'eux."),
        A("Public",
          "Bénéficiaires du RSA soumis aux droits et devoirs, dont le contrat d'engagement réciproque prévoit un "
          "parcours d'insertion professionnelle."),
        A("Contenu de l'accompagnement",
          ["diagnostic socioprofessionnel dans le mois suivant l'orientation ;",
           "entretiens individuels au moins deux fois par mois ;",
           "ateliers collectifs (techniques de recherche d'emploi, numérique, mobilité) ;",
           "mises en situation en entreprise et mobilisation des structures d'insertion par l'activité "
           "économique du territoire ;",
           "suivi dans l'emploi pendant six mois après l'embauche."]),
        A("Objectifs",
          "Taux de sorties positives (emploi durable, emploi de transition, formation qualifiante) attendu : 35 % "
          "des personnes accompagnées."),
        A("Bilans",
          "Le prestataire renseigne le logiciel départemental après chaque rendez-vous et remet un bilan "
          "qualitatif et quantitatif semestriel."),
        RTAB([["Lot", "Territoire", "Places simultanées"],
              ["1", "Barrois Nord", "120"], ["2", "Vallée de la Saulx", "90"],
              ["3", "Argonne", "60"], ["4", "Pays de Ligny", "70"]], widths=[0.15, 0.55, 0.3], align="llr"),
    )
    return PIECE("d18_cctp_accompagnement_rsa.docx", "CCTP", "Département du Haut-Barrois – Accompagnement RSA – CCTP",
                 "DIE 2026-04 – CCTP", b,
                 L(allotissement=1, nb_lots=4, evidence=["La prestation est décomposée en 4 lots territoriaux"]))


def d19():
    b = F(
        TITLE("COMMUNAUTÉ DE COMMUNES DES DEUX RIVES DU LOT",
              "CCTP – Programme annuel d'entretien et de renforcement de la voirie communautaire"),
        H("1. Objet"),
        P("Travaux de renforcement de chaussées, reprofilage, enduits superficiels, pose de bordures et "
          "d'ouvrages de collecte des eaux pluviales sur les voies d'intérêt communautaire."),
        H("2. Matériaux"),
        P("Grave non traitée 0/31,5 conforme à la norme NF EN 13285 ; enrobés BBSG 0/10 classe 3 ; émulsion de "
          "bitume à 69 % pour les enduits. L'eau de compactage est prélevée sur les bornes désignées par le "
          "maître d'ouvrage."),
        H("3. Bordures et caniveaux"),
        P("Bordures T2 et CS1 posées sur fondation béton ; insertion des avaloirs dans le fil d'eau avec raccord "
          "au réseau existant."),
        H("4. Gestion des déchets de chantier"),
        P("Le titulaire trie sur le chantier les fraisats d'enrobés, les bétons et les terres. Les fraisats "
          "exempts d'amiante et de HAP sont recyclés en centrale d'enrobage ; les terres non polluées sont "
          "réemployées ou dirigées vers une installation autorisée. Le titulaire remet au maître d'ouvrage, "
          "dans les quinze jours suivant chaque chantier, les bordereaux de suivi et bons de pesée."),
        H("5. Signalisation"),
        P("Signalisation temporaire selon le manuel du chef de chantier (SETRA, volume 1). Alternat par feux au-delà "
          "de 100 m."),
        H("6. Contrôles"),
        P("Contrôle de compactage au pénétromètre, contrôle des épaisseurs par carottage, planches de référence "
          "pour les enduits."),
    )
    return PIECE("d19_cctp_voirie.pdf", "CCTP", "CC des Deux Rives du Lot – Voirie – CCTP",
                 "AC travaux 2026-VOI-01", b,
                 L(clause_environnementale=1,
                   evidence=["Le titulaire trie sur le chantier les fraisats d'enrobés, les bétons et les terres"]),
                 hyphen=True, cols=2)


def d20():
    b = F(
        TITLE("SYNDICAT MIXTE E-COLLECTIVITÉS VENDÉE-MARAIS",
              "CCTP – Fourniture d'une infrastructure hyperconvergée et migration des machines virtuelles"),
        A("Existant",
          "L'environnement actuel comprend 3 hôtes VMware ESXi 7, une baie SAN iSCSI et 140 machines virtuelles. "
          "L'environnement de sauvegarde repose sur une appliance dédiée répliquée sur le site de secours."),
        A("Matériel demandé",
          "Quatre noeuds hyperconvergés, deux processeurs de 24 coeurs, 768 Go de RAM, disques NVMe insérables à "
          "chaud (hot-plug). L'insertion ou le retrait d'un disque ne nécessite pas l'arrêt du noeud."),
        A("Alimentation électrique",
          "Double alimentation redondante par noeud, raccordée aux deux onduleurs de la salle. La consommation "
          "électrique maximale de l'ensemble est indiquée afin de vérifier la capacité des onduleurs existants."),
        A("Firmware",
          "Les BIOS et firmwares sont mis à jour à la dernière version stable avant l'installation. Le paramétrage "
          "du BIOS est documenté."),
        A("Migration",
          "La migration des machines virtuelles se fait sans interruption de service pendant les heures "
          "ouvrées ; un plan de retour arrière est prévu pour chaque lot de migration."),
        A("Transfert de compétences", "Formation de trois administrateurs (3 jours) dans l'environnement de production."),
    )
    return PIECE("d20_cctp_hyperconvergence.pdf", "CCTP", "e-Collectivités Vendée-Marais – Hyperconvergence – CCTP",
                 "Marché 2026-INF-05", b, L())


def d21():
    b = F(
        TITLE("RÉGIE DES EAUX DU PLATEAU DE SAULT",
              "CCTP – Réhabilitation de l'usine de potabilisation de la Fontaine-Basse"),
        A("Filière existante", "Prise d'eau en rivière, coagulation-floculation, décantation lamellaire, filtration "
          "sur sable, désinfection au chlore gazeux. Capacité : 150 m³/h."),
        A("Travaux",
          ["remplacement du sable des deux filtres et des buselures ;",
           "création d'un étage de filtration biologique sur charbon actif en grains (biofiltration) ;",
           "mise en place d'une désinfection par rayonnement UV en amont de la chloration ;",
           "remplacement de l'automate et de la supervision."]),
        RTAB([["Paramètre", "Valeur garantie en sortie"],
              ["Turbidité", "< 0,5 NFU"], ["Carbone organique total", "< 2 mg/l"],
              ["Dose UV", "> 40 mJ/cm²"], ["Aluminium résiduel", "< 0,1 mg/l"]], widths=[0.55, 0.45]),
        A("Continuité de service",
          "L'usine reste en service pendant les travaux ; un filtre au moins est disponible en permanence. Les "
          "interruptions de production sont limitées à 4 heures et programmées la nuit."),
        A("Énergie",
          "Le titulaire vérifie que la puissance souscrite du poste de livraison suffit aux nouveaux équipements et, "
          "à défaut, en informe le maître d'ouvrage avant la commande du matériel."),
        A("Mise en service", "Période d'observation de trois mois avec analyses hebdomadaires par le laboratoire agréé."),
    )
    return PIECE("d21_cctp_eau_potable.docx", "CCTP", "Régie des eaux du Plateau de Sault – Usine Fontaine-Basse – CCTP",
                 "Marché 2026-EAU-02", b, L())


def d22():
    b = F(
        TITLE("UNIVERSITÉ DE LORVANNE", "Direction du patrimoine",
              "CCTP – Transfert des collections de la bibliothèque de droit vers le Learning Center"),
        A("Volumes", "Environ 210~000 volumes (5,8 km linéaires), 1~200 boîtes d'archives, mobilier de 40 postes."),
        A("Méthode",
          "Mise en chariots fermés dans l'ordre de la cote, étiquetage des chariots, repositionnement sur les "
          "nouveaux rayonnages selon le plan d'implantation. Le titulaire fournit les cartons, adhésifs et "
          "étiquettes."),
        H("Article # – Exécution par une structure d'insertion"),
        SPLIT("Au moins 15 % du montant du marché correspond à "
              "des prestations de manutention confiées à une structure d'insertion par l'activité économique "
              "(entreprise d'insertion, entreprise de travail temporaire d'insertion ou association",
              "intermédiaire), en sous-traitance ou en co-traitance. Le titulaire transmet avant le démarrage le "
              "contrat passé avec cette structure puis, à la fin des opérations, les heures effectuées par ses "
              "salariés en parcours d'insertion."),
        A("Calendrier", "Du 15 juin au 31 août 2026 ; la bibliothèque de droit ferme le 12 juin."),
        A("Sécurité", "Port des équipements de protection individuelle, chariots freinés, protection des sols et des "
          "ascenseurs. Le monte-charge est réservé au titulaire de 7 h à 19 h."),
        A("Contrôle", "Pointage contradictoire par tranche de 5~000 volumes ; toute inversion de cote est reprise "
          "aux frais du titulaire."),
    )
    return PIECE("d22_cctp_demenagement.pdf", "CCTP", "Université de Lorvanne – Transfert des collections – CCTP",
                 "Marché 2026-PAT-21", b,
                 L(clause_sociale=1, clause_insertion=1,
                   evidence=["Au moins 15 % du montant du marché correspond à des prestations de manutention confiées à "
                             "une structure d'insertion par l'activité économique"]))


def d23():
    b = F(
        TITLE("COMMUNE DE SAINT-JORY-DES-PRÉS", "ACTE D'ENGAGEMENT",
              "Aménagement du lotissement communal Les Vergnes – Lot n° 1 : terrassements, VRD"),
        H("A – Objet de l'acte d'engagement"),
        P("Le présent acte d'engagement concerne le lot n° 1 de l'opération, qui en comporte 3 (lot 1 terrassements "
          "et VRD ; lot 2 réseaux secs ; lot 3 espaces verts)."),
        H("B – Engagement du titulaire"),
        TAB([["Rubrique", "Renseignements"],
             ["Candidat", "SARL TP Garonne Sud, 14 chemin des Carrières, 31620 Fronville"],
             ["SIRET", "812 447 209 00027"],
             ["Forme", "Entreprise individuelle (pas de groupement)"],
             ["Montant de l'offre HT", "412 380,50 €"],
             ["TVA 20 %", "82 476,10 €"],
             ["Montant TTC", "494 856,60 €"]], widths=[0.35, 0.65]),
        P("Après avoir pris connaissance du CCAP, du CCTP et des documents qui y sont mentionnés, le signataire "
          "s'engage, sur la base de son offre, à exécuter les prestations dans un délai de quatre mois."),
        H("C – Engagement d'insertion"),
        P("Conformément à l'article 11 du CCAP, l'entreprise s'engage à réaliser, pendant l'exécution du lot, "
          "900 heures de travail confiées à des personnes éloignées de l'emploi, selon les modalités validées "
          "avec le facilitateur de la Maison de l'emploi du Nord-Toulousain."),
        H("D – Sous-traitance"),
        P("Aucune sous-traitance n'est déclarée à la signature."),
        H("E – Avance"),
        P("Le titulaire ne renonce pas au bénéfice de l'avance."),
        H("F – Compte à créditer"),
        P("IBAN FR76 1310 6005 0030 0412 8840 251 – Crédit agricole Toulouse 31."),
        H("G – Signatures"),
        P("Fait à Fronville, le 3 février 2026. Le gérant, M. Benoît Carrère."),
        P("Acceptation de l'offre par le pouvoir adjudicateur : le Maire, Mme Sandrine Lafforgue."),
    )
    return PIECE("d23_ae_lotissement.pdf", "AE", "Commune de Saint-Jory-des-Prés – AE lot 1",
                 "Lotissement Les Vergnes – AE", b,
                 L(clause_sociale=1, clause_insertion=1, heures_insertion=900, allotissement=1, nb_lots=3,
                   evidence=["900 heures de travail confiées à des personnes éloignées de l'emploi",
                             "concerne le lot n° 1 de l'opération, qui en comporte 3"]))


def d24():
    b = F(
        TITLE("DÉPARTEMENT DU HAUT-BARROIS", "Acte d'engagement",
              "Accord-cadre de fourniture de sel de déneigement – hivers 2026-2030"),
        RTAB([["Rubrique", "Contenu"],
              ["Acheteur", "Département du Haut-Barrois, direction des routes, 1 place du Général-Leclerc, 55730 Ligny-sur-Orne"],
              ["Objet", "Fourniture et livraison de sel de déneigement en vrac dans les 14 centres d'exploitation"],
              ["Forme", "Accord-cadre à bons de commande mono-attributaire"],
              ["Montant minimum", "Sans minimum"],
              ["Montant maximum", "400 000 € HT pour la durée totale de l'accord-cadre"],
              ["Marché réservé", "Non"],
              ["Titulaire", "Sels et Saumures de l'Est SAS, 2 rue du Port, 54300 Dombasle-en-Meurthe"]],
             widths=[0.3, 0.7]),
        H("Engagement"),
        P("Le signataire s'engage à livrer le sel aux prix unitaires du bordereau, dans un délai de 48 heures, "
          "porté à 24 heures en période d'alerte météorologique orange."),
        H("Déclarations"),
        P("Le titulaire déclare sur l'honneur ne pas entrer dans un cas d'exclusion prévu aux articles L. 2141-1 à "
          "L. 2141-5 du code de la commande publique et être en règle au regard des articles L. 5212-1 à "
          "L. 5212-11 du code du travail concernant l'emploi des travailleurs handicapés."),
        RTAB([["Sous-traitant", "Nature des prestations", "Montant HT"],
              ["Transports Millot SARL", "Acheminement par camions bennes", "Paiement direct, plafond 60 000 €"]],
             widths=[0.35, 0.4, 0.25]),
        H("Signature"),
        P("Fait à Dombasle, le 9 septembre 2026, pour le titulaire : M. Rémi Vautrin, directeur commercial."),
    )
    return PIECE("d24_ae_sel_deneigement.docx", "AE", "Département du Haut-Barrois – AE sel de déneigement",
                 "DR 2026-SEL", b,
                 L(montant_max_ht=400000, evidence=["400 000 € HT pour la durée totale de l'accord-cadre"]))


def d25():
    b = F(
        TITLE("VILLE DE PORT-ESTRAN", "Acte d'engagement – Lot n° 2",
              "Nettoyage des vitreries des bâtiments communaux"),
        H("Article 1 – Contractant"),
        P("Je soussigné, Karim Belhadj, agissant au nom et pour le compte de Clairvitre Littoral SAS, au capital "
          "de 40 000 €, immatriculée au RCS de Saint-Nazaire sous le numéro 902 118 554, m'engage sans réserve, "
          "conformément aux stipulations des documents visés ci-dessous, à exécuter les prestations du lot n° 2."),
        H("Article 2 – Lots"),
        P("La consultation comporte trois lots : lot 1 nettoyage des locaux, lot 2 vitrerie, lot 3 nettoyage après "
          "manifestations. Le présent acte ne vaut que pour le lot 2."),
        H("Article 3 – Prix"),
        TAB([["Prestation", "Prix annuel HT"],
             ["Vitrerie des écoles (2 passages)", "18 420,00 €"],
             ["Vitrerie des bâtiments administratifs (4 passages)", "9 860,00 €"],
             ["Total annuel HT", "28 280,00 €"]], widths=[0.65, 0.35], align="lr"),
        H("Article 4 – Personnel"),
        P("Le titulaire reconnaît avoir reçu la liste du personnel affecté au lot par le prestataire sortant et "
          "s'engage à appliquer les règles de l'annexe 7 de la convention collective nationale des entreprises de "
          "propreté relatives à la reprise du personnel."),
        H("Article 5 – Durée"),
        P("Un an à compter du 1er avril 2026, renouvelable trois fois."),
        H("Article 6 – Paiement"),
        P("Virement sur le compte FR76 1558 9444 0100 0321 7780 144."),
        P("À Saint-Nazaire, le 11 février 2026 – signature électronique."),
    )
    return PIECE("d25_ae_vitrerie.pdf", "AE", "Ville de Port-Estran – AE lot 2 vitrerie",
                 "Consultation 2026-PE-03", b,
                 L(allotissement=1, nb_lots=3, evidence=["La consultation comporte trois lots"]))


def d26():
    b = F(
        TITLE("CONSEIL DÉPARTEMENTAL DE LA MARCHE-SUR-VIENNE", "ACTE D'ENGAGEMENT (AE)",
              "Prestations de mise sous pli, d'affranchissement et de numérisation"),
        RTAB([["A. Identification", ""],
              ["Pouvoir adjudicateur", "Département de la Marche-sur-Vienne – Hôtel du Département, 23 avenue Carnot"],
              ["Objet de la consultation", "Mise sous pli, affranchissement et numérisation de documents administratifs"],
              ["Nombre de lots", "2"],
              ["Lot concerné", "Lot n° 2 – Mise sous pli et affranchissement"],
              ["Réservation du lot", "Lot réservé, en application de l'article L. 2113-12 du code de la commande "
               "publique, aux entreprises adaptées, aux ESAT et aux structures équivalentes"]],
             widths=[0.32, 0.68]),
        H("B. Engagement du titulaire"),
        P("L'ESAT Les Ateliers du Thaurion, géré par l'association APF-Limousin Solidarité, représenté par sa "
          "directrice, s'engage à exécuter les prestations du lot n° 2 aux prix du bordereau annexé."),
        P("Le titulaire certifie qu'au moins 50 % des travailleurs concernés par l'exécution du lot sont des "
          "travailleurs handicapés."),
        RTAB([["Durée", "Délai de traitement", "Prix"],
              ["12 mois, reconductible 3 fois", "J+2 ouvrés pour les plis ordinaires", "Bordereau annexé"]],
             widths=[0.33, 0.37, 0.3]),
        H("C. Signature"),
        P("Fait à Guéret-la-Forêt, le 16 mars 2026."),
    )
    return PIECE("d26_ae_mise_sous_pli.docx", "AE", "Département de la Marche-sur-Vienne – AE lot 2",
                 "Consultation 2026-DAG-07", b,
                 L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=2,
                   evidence=["Lot réservé, en application de l'article L. 2113-12 du code de la commande publique",
                             "Nombre de lots 2"]))


def d27():
    b = F(
        TITLE("COMMUNAUTÉ DE COMMUNES CŒUR DE BRENNE", "Acte d'engagement – Marché de maîtrise d'oeuvre",
              "Construction d'une maison de santé pluriprofessionnelle à Mézières-sur-Claise"),
        A("Contractant",
          "Groupement conjoint : mandataire Atelier Brun & Sarrazin Architectes (SARL d'architecture, inscrite au "
          "tableau de l'ordre, région Centre-Val de Loire) ; BET Fluides Thermi-Conseil ; BET structure Calcul-Ouest ; "
          "économiste Metrix."),
        A("Mission",
          "Mission de base au sens des articles R. 2431-1 et suivants du code de la commande publique (ESQ à AOR), "
          "complétée de la mission OPC. La conception architecturale relève du mandataire, conformément à la loi "
          "n° 77-2 du 3 janvier 1977 sur l'architecture."),
        A("Enveloppe et rémunération",
          "Part de l'enveloppe financière affectée aux travaux : 1~850~000 € HT. Forfait provisoire de "
          "rémunération : 11,4 % de cette enveloppe, soit 210~900 € HT, réparti selon le tableau ci-dessous."),
        RTAB([["Cotraitant", "Éléments de mission", "Part HT"],
              ["Atelier Brun & Sarrazin", "Architecture, direction de l'exécution", "118 500 €"],
              ["Thermi-Conseil", "Fluides, étude thermique réglementaire", "41 200 €"],
              ["Calcul-Ouest", "Structure", "25 600 €"],
              ["Metrix", "Économie, OPC", "25 600 €"]], widths=[0.32, 0.45, 0.23], align="llr"),
        A("Marché réservé", "Sans objet : le marché n'est pas réservé."),
        A("Délais", "Remise de l'esquisse : six semaines après notification ; APS : huit semaines après validation."),
        A("Signature", "Le mandataire, à Châteauroux, le 21 janvier 2026."),
    )
    return PIECE("d27_ae_maitrise_oeuvre.pdf", "AE", "CC Cœur de Brenne – AE maîtrise d'oeuvre MSP",
                 "Marché MOE 2026-01", b, L(), hyphen=True)


def d28():
    b = F(
        TITLE("CCAS DE VILLENEUVE-SUR-ARNON", "ACTE D'ENGAGEMENT",
              "Prestations de petits travaux de bricolage et de jardinage au domicile des personnes agees"),
        H("1. Identification du titulaire"),
        P("Raison sociale : Services Arnon Domicile (SARL). Adresse : 6 rue du Lavoir, 18120 Lury-Village. "
          "SIRET : 844 091 337 00018."),
        H("2. Engagement"),
        P("Je m'engage a exécuter les prestations demandées aux conditions du CCP, aux prix unitaires indiqués au "
          "bordereau, pour une durée de deux ans."),
        H("3. Caractéristiques de la consultation"),
        P("Procedure adaptée (article R. 2123-1 du code de la commande publique)."),
        P("Marché réservé (articles L. 2113-12 a L. 2113-15 du code) : [ ] oui   [X] non"),
        P("Variantes : [ ] oui   [X] non"),
        H("4. Attestations"),
        P("Le titulaire atteste avoir souscrit la déclaration relative a l'obligation d'emploi des travailleurs "
          "handicapés (articles L. 5212-1 a L. 5212-11 du code du travail) et ne pas avoir fait l'objet d'une "
          "condamnation pour travail dissimulé (articles L. 8221-1 et suivants)."),
        H("5. Paiement"),
        P("Mandat administratif, délai de 30 jours, sur le compte joint (RIB)."),
        H("6. Signature"),
        P("A Lury-Village, le 4 mai 2026. Pour le CCAS, la vice-présidente."),
    )
    return PIECE("d28_ae_ccas.txt", "AE", "", "", b, L())


def d29():
    b = F(
        TITLE("OPH HABITAT DU PIÉMONT", "Résidentialisation et réhabilitation thermique de la cité des Lilas (96 logements)",
              "Charte chantier à faibles nuisances – pièce contractuelle annexée au CCAP"),
        H("1. Portée"),
        P("La présente charte s'applique aux entreprises titulaires des 9 lots de l'opération et à leurs "
          "sous-traitants. Son non-respect est sanctionné par les pénalités de l'article 12 du CCAP."),
        H("2. Base vie"),
        P("La base vie est implantée sur le parking nord : bureau de chantier, vestiaires et sanitaires raccordés, "
          "réfectoire. Elle est nettoyée chaque semaine aux frais du compte prorata."),
        H("3. Gestion des déchets"),
        P("Chaque entreprise trie ses déchets dans les bennes mises en place sur l'aire dédiée : bois, métaux, "
          "inertes, plâtre, déchets non dangereux en mélange. Les déchets dangereux (pots de peinture, cartouches "
          "de mastic) sont déposés dans le conteneur fermé prévu à cet effet. Le brûlage sur site est interdit. "
          "Le gestionnaire des bennes remet chaque mois les bordereaux de suivi, que le pilote de la charte "
          "transmet au maître d'ouvrage."),
        H("4. Bruit et poussières"),
        P("Les travaux bruyants (carottage, piquage) sont réalisés entre 8 h 30 et 12 h et entre 14 h et 17 h. "
          "Le sciage des matériaux est effectué à l'humide ou avec aspiration."),
        H("5. Propreté et circulation"),
        P("Les roues des camions sont nettoyées avant la sortie du chantier. Les cheminements des locataires sont "
          "balisés et éclairés."),
        H("6. Information des locataires"),
        P("Un panneau d'information et un registre de réclamations sont tenus au bureau de chantier. Une réunion "
          "d'information a lieu avant chaque phase."),
        H("7. Signature"),
        P("Lu et approuvé, le représentant de l'entreprise :"),
    )
    return PIECE("d29_charte_chantier.pdf", "AUTRE", "OPH Habitat du Piémont – Cité des Lilas – Charte chantier",
                 "Annexe 2 au CCAP", b,
                 L(clause_environnementale=1, allotissement=1, nb_lots=9,
                   evidence=["Chaque entreprise trie ses déchets dans les bennes mises en place sur l'aire dédiée",
                             "entreprises titulaires des 9 lots"]), hyphen=True, cols=2)


def d30():
    b = F(
        TITLE("CENTRE HOSPITALIER DE LA VALLÉE DE L'YSSANDON", "PLAN DE PRÉVENTION",
              "Décret n° 92-158 du 20 février 1992 – articles R. 4512-6 et suivants du code du travail"),
        RTAB([["Rubrique", "Renseignements"],
              ["Entreprise utilisatrice", "CH de la Vallée de l'Yssandon – services techniques"],
              ["Entreprise extérieure", "Froid Clim Limousin SAS"],
              ["Opération", "Maintenance préventive des groupes froids et des centrales de traitement d'air"],
              ["Durée", "Du 1er avril 2026 au 31 mars 2027"],
              ["Inspection commune préalable", "Réalisée le 12 mars 2026"]], widths=[0.35, 0.65]),
        H("1. Risques identifiés et mesures"),
        RTAB([["Risque", "Mesure de prévention", "Responsable"],
              ["Travail en toiture terrasse", "Garde-corps, ligne de vie, harnais", "Entreprise extérieure"],
              ["Fluides frigorigènes (anoxie, brûlure par le froid)",
               "Ventilation du local, gants et lunettes, détecteur d'oxygène portatif", "Entreprise extérieure"],
              ["Électricité", "Consignation par le CH, habilitation du technicien", "CH / EE"],
              ["Interférence avec les soins", "Intervention hors horaires de soins en réanimation", "Cadre de santé"]],
             widths=[0.3, 0.45, 0.25]),
        H("2. Produits dangereux"),
        P("Les produits chimiques apportés (détartrants, nettoyants de batteries) sont accompagnés de leur fiche de "
          "données de sécurité. Ils ne sont jamais laissés sans surveillance dans les zones accessibles au public."),
        H("3. Déchets"),
        P("L'entreprise extérieure évacue par ses soins les déchets qu'elle produit, selon la procédure du site. Elle "
          "ne manipule en aucun cas les déchets d'activités de soins à risques infectieux (DASRI) présents dans "
          "les locaux."),
        H("4. Locaux et vestiaires"),
        P("Les techniciens utilisent les vestiaires et sanitaires du bâtiment logistique ; ils n'accèdent pas aux "
          "vestiaires du personnel soignant."),
        H("5. Consignes d'urgence"),
        P("Alarme incendie : évacuer vers le point de rassemblement P2. Accident : appeler le 15 puis le poste de "
          "sécurité (poste 4400)."),
        H("6. Signatures"),
        P("Pour le CH, l'ingénieur des services techniques ; pour l'entreprise extérieure, le chef d'agence."),
    )
    return PIECE("d30_plan_prevention.docx", "AUTRE", "CH Vallée de l'Yssandon – Plan de prévention",
                 "PdP 2026-07", b, L())


def d31():
    b = F(
        TITLE("SYNDICAT DÉPARTEMENTAL D'ÉNERGIES DE LA HAUTE-MARANCE",
              "Annexe financière au CCAP",
              "Maintenance de l'éclairage public des communes adhérentes"),
        A("Valeur du marché",
          "Le montant estimatif global du marché, pour quatre années d'exécution, s'élève à 265~000 € HT. Il est "
          "donné à titre indicatif et n'engage pas le syndicat."),
        A("Décomposition du prix",
          "Le prix comprend une redevance annuelle par point lumineux (maintenance préventive, visites de nuit) et "
          "des prix unitaires pour les interventions curatives."),
        A("Révision des prix",
          "Les prix sont révisés au 1er janvier selon la formule :",
          "P = P0 × (0,15 + 0,55 × ICHT-IME / ICHT-IME0 + 0,30 × EN / EN0)",
          "où EN est l'indice de prix de production de l'industrie française pour le marché français – énergie "
          "(identifiant INSEE 010534766) et ICHT-IME l'indice du coût horaire du travail des industries mécaniques "
          "et électriques."),
        A("Clause de réexamen",
          "Si l'indice EN varie de plus de 25 % entre deux révisions, les parties engagent un réexamen du prix par "
          "voie d'avenant, dans le respect de l'article R. 2194-5 du code de la commande publique."),
        H("Article # – Avance, acomptes et retenue de garantie"),
        SPLIT("Une avance de 20 % du montant de la première "
              "année est versée dans le mois suivant la notification. Les acomptes sont mensuels. Aucune retenue de "
              "garantie n'est",
              "appliquée ; elle est remplacée par l'engagement du titulaire de reprendre les matériels défaillants "
              "pendant la garantie."),
        A("Facturation", "Factures mensuelles déposées sur Chorus Pro, détaillées par commune et par point lumineux."),
    )
    return PIECE("d31_annexe_financiere.pdf", "AUTRE", "SDE Haute-Marance – Éclairage public – Annexe financière",
                 "Marché 2026-EP-02", b,
                 L(montant_estime_ht=265000, evidence=["s'élève à 265 000 € HT"]))


def d32():
    b = F(
        TITLE("PROPRETÉ SERVICES ATLANTIQUE", "MÉMOIRE TECHNIQUE",
              "Réponse à la consultation de la Ville de Port-Estran – Lot 1 : nettoyage des locaux"),
        H("1. Présentation de l'entreprise"),
        P("Créée en 1994, Propreté Services Atlantique emploie 310 salariés répartis dans quatre agences. Notre "
          "chiffre d'affaires 2025 s'élève à 9,4 M€."),
        H("2. Notre politique RSE"),
        P("Notre entreprise est certifiée ISO 9001 et ISO 14001 depuis 2019. Notre rapport RSE annuel, disponible "
          "sur notre site, présente nos engagements : réduction des consommations de carburant de notre flotte, "
          "formation de nos équipes, dialogue social."),
        P("Depuis plusieurs années, nos agences accueillent des salariés en parcours d'insertion en partenariat avec "
          "les acteurs locaux de l'emploi, et nous avons signé la charte de la diversité en 2021."),
        H("3. Organisation proposée pour le site"),
        RTAB([["Site", "Agents", "Heures / semaine", "Horaires"],
              ["Hôtel de ville", "2", "38", "6 h – 8 h 30"],
              ["Médiathèque", "1", "15", "12 h – 14 h"],
              ["Centre technique", "1", "10", "17 h – 19 h"]], widths=[0.34, 0.16, 0.22, 0.28], align="lrrl"),
        H("4. Encadrement et contrôle"),
        P("Un chef d'équipe itinérant passe sur chaque site deux fois par semaine. Les contrôles qualité sont "
          "saisis sur tablette et partagés avec le référent de la Ville chaque mois."),
        H("5. Remplacements"),
        P("Toute absence est remplacée dans les deux heures par un agent de notre pool de remplacement formé aux "
          "sites de la Ville."),
        H("6. Matériel"),
        P("Autolaveuse compacte pour les halls, aspirateurs dorsaux, chariots de lavage à plat, frange par pièce."),
    )
    return PIECE("d32_memoire_technique.docx", "AUTRE", "Propreté Services Atlantique – Mémoire technique",
                 "Consultation Ville de Port-Estran 2026-PE-03 – lot 1", b,
                 L(allotissement=1, evidence=["Lot 1 : nettoyage des locaux"]))


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16,
        d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31, d32]


# ----------------------------------------------------------------------------- production et contrôles
import hashlib


def txt_bytes(blocks):
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
        elif k == "split":
            out.append(dx(b[1]) + " " + dx(b[2]))
    return (dx("\n".join(out)) + "\n").encode("utf-8")


def produce(p):
    ext = p["file"].rsplit(".", 1)[1]
    pdf = ext == "pdf"
    blocks = [_conv(b, pdf) for b in number_articles(p["blocks"])]
    buf = io.BytesIO()
    n = None
    if pdf:
        n = build_pdf(buf, _conv_str(p["header"], True), _conv_str(p["footer"], True), blocks,
                      hyphen=p.get("hyphen", False), title=p["header"], cols=p.get("cols", 1))
        data = buf.getvalue()
    elif ext == "docx":
        build_docx(buf, p["header"], p["footer"], blocks)
        data = buf.getvalue()
    else:
        data = txt_bytes(blocks)
    return data, n


def extract(name, data):
    ext = name.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        t = "\n".join(pg.extract_text() or "" for pg in r.pages)
    elif ext == "docx":
        d = docx.Document(io.BytesIO(data))
        parts = [pp.text for pp in d.paragraphs]
        for t_ in d.tables:
            for row in t_.rows:
                parts.append(" ".join(c.text for c in row.cells))
        t = "\n".join(parts)
    else:
        t = data.decode("utf-8")
    return wsnorm(t)


def wsnorm(s):
    s = s.replace(NB, " ").replace(NNB, " ").replace("~", " ").replace("^", " ")
    return re.sub(r"\s+", " ", s).strip()


# repris de tests/data/blind_values_13/make_documents.py (extra_checks)
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
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows, problems, kinds, pages = [], [], {}, {}
    for f in DOCS:
        p = f()
        d1, n = produce(p)
        d2, _ = produce(p)
        if hashlib.md5(d1).hexdigest() != hashlib.md5(d2).hexdigest():
            problems.append("%s : non déterministe" % p["file"])
        with open(os.path.join(OUT, p["file"]), "wb") as fh:
            fh.write(d1)
        ext = p["file"].rsplit(".", 1)[1]
        kinds[ext] = kinds.get(ext, 0) + 1
        if n is not None:
            pages[n] = pages.get(n, 0) + 1
            if not 1 <= n <= 4:
                problems.append("%s : %d pages" % (p["file"], n))
        txt = extract(p["file"], d1)
        lab = p["label"]
        for q in lab["evidence"]:
            if q.startswith("["):
                continue
            if wsnorm(norm(q)) not in txt:
                problems.append("%s : preuve absente du texte extrait : %r" % (p["file"], q))
        ev = " | ".join(wsnorm(norm(q)) for q in lab["evidence"])
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
    pos = {c: sum(1 for r in rows if r[c] == "1") for c in ("clause_sociale", "clause_insertion", "critere_social",
                                                            "marche_reserve", "clause_environnementale",
                                                            "critere_environnemental", "allotissement")}
    print("%d pièces (%s) ; pages des PDF : %s" % (len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
          ", ".join("%d p. x %d" % kv for kv in sorted(pages.items()))))
    print("types :", {t: sum(1 for r in rows if r["doc_type"] == t) for t in sorted({r["doc_type"] for r in rows})})
    print("positifs :", pos)
    print("césures forcées / nombres coupés :", HY_STATS, SB_STATS)
    print("contrôles (déterminisme md5, preuves dans le texte extrait, <= 300 car., colonnes) -> %d problème(s)"
          % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
