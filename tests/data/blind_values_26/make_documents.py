#!/usr/bin/env python3
"""Construit les douze dossiers du jeu blind_values_26 (PDF reportlab, DOCX python-docx, avis .txt et .xml).

Écrit par une session d'aide lancée par le projet, agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise de tests/data/blind_values_13/make_documents.py (lignes 27-611 : écriture PDF/DOCX/TXT,
vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB, césure forcée HY, aides de
saisie ; la boucle de construction et de contrôle des lignes 2430-2611 a été adaptée). Ajouts propres à ce jeu :
avis eForms en XML (fonction eforms_notice), contrôle des preuves dans le texte EXTRAIT de chaque fichier
produit (pypdf avec espaces normalisés et césures de fin de ligne recollées ; python-docx paragraphes et
cellules ; lxml itertext ; lecture simple des .txt), double construction comparée par md5, champ « why » du
dossiers.yml, articles de remplissage et dossiers écrits pour ce jeu.

Thème : le montant ESTIMÉ (montant_estime_ht) et le montant MAXIMUM (montant_max_ht) tels que les acheteurs les
écrivent dans l'AE, les avis et le RC (avec heures d'insertion et lots quand ils viennent naturellement).

Déterministe : pas d'aléa, PDF invariant=1, entrées du zip DOCX datées du 2026-01-01.
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la pièce seule
selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les acheteurs, lieux, SIRET, personnes, références et montants sont inventés (les tribunaux
administratifs cités sont de vraies juridictions, nommées pour le réalisme seulement).

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable ; BR = retour à la
ligne forcé dans les PDF ; SB = coupure possible d'un nombre en fin de ligne ; HY = césure possible d'un mot
court ; les citations entre crochets dans les preuves sont des remarques de calcul, pas des citations.

Usage : .venv/bin/python tests/data/blind_values_26/make_documents.py
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
SET_NAME = "blind_values_26"

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
        elif k == "split":
            out.append(dx(b[1]) + " " + dx(b[2]))
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


def PIECE(file, doc_type, header, footer, blocks, label, hyphen=False, cols=1, xml=None):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, hyphen=hyphen, cols=cols, xml=xml)


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
# Articles neutres écrits pour ce jeu (blind_values_26) : ni clause sociale ou environnementale, ni lots,
# ni estimation ni montant maximum du marché. Ils portent volontairement des montants voisins qui ne sont
# PAS l'estimation ou le maximum (seuil de l'avance, taux, pénalités, indemnité de 40 €, garanties,
# assurances). Chaque fonction prend un contexte c (dict) et une variante v (0, 1 ou 2).

def C(qui, ta, ccag="fournitures courantes et services", paiement=30, profil="", ref="", indice="",
      court=None, travaux=False, annee=2026):
    return dict(qui=qui, Qui=qui[0].upper() + qui[1:], ta=ta, ccag=ccag, paiement=paiement, profil=profil,
                ref=ref, indice=indice, court=court or qui, Court=(court or qui)[0].upper() + (court or qui)[1:],
                travaux=travaux, annee=annee)


def A(title, *paras, sep=" – "):
    """Un article numéroté automatiquement : titre puis paragraphes (str), listes (list) ou blocs (tuple)."""
    out = [H("Article #" + sep + title)]
    for x in paras:
        if isinstance(x, list):
            out.append(LST(x))
        elif isinstance(x, tuple):
            out.append(x)
        else:
            out.append(P(x))
    return out


def f_pieces(c, v, items, sep=" – "):
    intro = ["Les pièces contractuelles du marché sont les suivantes, par ordre de priorité décroissant :",
             "En cas de contradiction entre leurs stipulations, les documents contractuels prévalent dans "
             "l'ordre ci-après :",
             "Le marché est constitué des documents énumérés ci-dessous ; en cas de discordance, ils "
             "prévalent dans l'ordre où ils sont cités :"][v]
    fin = ["Les pièces générales (CCAG) ne sont pas jointes au dossier ; elles sont réputées connues du "
           "titulaire.",
           "Le CCAG applicable, bien que non joint, est réputé connu des parties. Seul l'exemplaire original "
           "conservé par %s fait foi." % c["court"],
           "L'offre technique du titulaire n'est contractuelle que dans la mesure où elle ne contredit pas "
           "les pièces de rang supérieur."][v]
    return A(["Pièces constitutives du marché", "Documents contractuels", "Pièces contractuelles"][v],
             intro, items, fin, sep=sep)


def f_prix(c, v, sep=" – "):
    if c["travaux"]:
        t = [["Les prix sont réputés comprendre toutes les dépenses résultant de l'exécution des travaux, "
              "y compris les frais de coordination, de protection des ouvrages, d'installation et de repli "
              "de chantier.",
              "Les prix sont révisables mensuellement par application de l'index %s. Le mois zéro est le "
              "mois de la date limite de remise des offres." % c["indice"],
              "La révision s'effectue selon la formule P = P0 x (0,15 + 0,85 x I(d-3)/I0), le coefficient "
              "étant arrondi au millième supérieur."],
             ["Le marché est traité à prix global et forfaitaire. Les ouvrages ou prestations omis dans la "
              "décomposition du prix global forfaitaire ne peuvent donner lieu à aucune réclamation.",
              "Les prix sont actualisables si le démarrage des travaux intervient plus de trois mois après "
              "la date de remise des offres, par référence à l'index %s." % c["indice"]],
             ["Les prix sont fermes et actualisables. L'actualisation est opérée à la date de début "
              "d'exécution des prestations lorsque celle-ci est postérieure de plus de trois mois au mois "
              "d'établissement des prix.",
              "L'index de référence est l'index %s publié au Moniteur ou sur le site de l'INSEE." % c["indice"]]][v]
    else:
        t = [["Les prix sont réputés complets ; ils comprennent notamment les frais de transport, de "
              "livraison, d'emballage, de déplacement du personnel et de gestion administrative.",
              "Les prix sont fermes la première année puis révisés à chaque date anniversaire selon "
              "l'évolution de l'indice %s, dans la limite d'une hausse de 4 %% par an." % c["indice"]],
             ["Les prix unitaires du bordereau s'appliquent aux quantités réellement commandées et "
              "exécutées.",
              "Ils sont révisables annuellement, à la date anniversaire de la notification, au moyen de la "
              "formule P = P0 x (0,125 + 0,875 x I/I0), I étant la dernière valeur publiée de l'indice %s."
              % c["indice"]],
             ["Les prix sont établis hors TVA ; le taux de TVA applicable est celui en vigueur à la date du "
              "fait générateur.",
              "Une clause de révision s'applique à compter du treizième mois d'exécution (indice de "
              "référence : %s). Aucune révision n'intervient si la variation de l'indice est inférieure à "
              "1 %%." % c["indice"]]][v]
    return A(["Prix et variation des prix", "Forme et contenu des prix", "Prix – révision"][v], *t, sep=sep)


def f_avance(c, v, taux="5", sep=" – "):
    t = [["Une avance est accordée au titulaire, sauf renonciation expresse de sa part dans l'acte "
          "d'engagement, lorsque le montant initial du marché est supérieur à 50~000 € HT et que le délai "
          "d'exécution est supérieur à deux mois.",
          "Son montant est fixé à %s %% du montant initial TTC. Le remboursement commence lorsque le montant "
          "des prestations exécutées atteint 65 %% du montant initial et s'achève lorsqu'il atteint 80 %%."
          % taux],
         ["Le titulaire peut prétendre au versement d'une avance dans les conditions des articles R.~2191-3 "
          "et suivants du code de la commande publique. Le taux de l'avance est de %s %%." % taux,
          "Pour un marché à bons de commande, l'avance est accordée pour chaque bon de commande d'un "
          "montant supérieur à 50~000 € HT et d'une durée d'exécution supérieure à deux mois.",
          "Aucune garantie à première demande n'est exigée en contrepartie de l'avance."],
         ["Le montant de l'avance est égal à %s %% du montant TTC de la période d'exécution concernée, "
          "lorsque ce montant excède 50~000 € HT. Le titulaire qui ne souhaite pas en bénéficier le "
          "précise dans l'acte d'engagement." % taux,
          "L'avance est remboursée par précompte sur les sommes dues, selon les modalités de l'article "
          "R.~2191-11 du code de la commande publique."]][v]
    return A(["Avance", "Avance forfaitaire", "Versement d'une avance"][v], *t, sep=sep)


def f_paiement(c, v, sep=" – "):
    d = c["paiement"]
    t = [["Les sommes dues sont payées dans un délai global de %d jours à compter de la date de "
          "réception de la demande de paiement." % d,
          "Le dépassement du délai ouvre de plein droit, et sans autre formalité, au bénéfice du "
          "titulaire, des intérêts moratoires ainsi qu'une indemnité forfaitaire pour frais de "
          "recouvrement de 40 euros.",
          "Les factures sont déposées sur le portail Chorus Pro. Elles mentionnent les références du "
          "marché et du bon de commande, le détail des prestations et le montant hors taxes."],
         ["Le délai global de paiement est de %d jours. Le taux des intérêts moratoires est égal au taux "
          "de la Banque centrale européenne à son opération de refinancement la plus récente, majoré de "
          "huit points." % d,
          "Les demandes de paiement sont transmises par voie dématérialisée (Chorus Pro). Toute facture "
          "incomplète est rejetée dans un délai de quinze jours."],
         ["Le paiement s'effectue par virement administratif dans le délai de %d jours prévu par les "
          "articles R.~2192-10 et suivants du code de la commande publique." % d,
          "En cas de retard, le titulaire a droit à des intérêts moratoires et à l'indemnité forfaitaire de "
          "40 € prévue à l'article D.~2192-35 du même code."]][v]
    return A(["Modalités de règlement", "Délai de paiement", "Règlement des comptes"][v], *t, sep=sep)


def f_garantie(c, v, sep=" – "):
    if c["travaux"]:
        t = [["Une retenue de garantie de 5 % du montant initial du marché, augmenté le cas échéant du "
              "montant des modifications, est prélevée sur chaque acompte.",
              "Elle peut être remplacée, au gré du titulaire, par une garantie à première demande ou, avec "
              "l'accord du pouvoir adjudicateur, par une caution personnelle et solidaire."],
             ["Il est pratiqué une retenue de garantie de 5 % sur le montant de chaque acompte. Cette "
              "retenue est libérée un mois après l'expiration du délai de garantie de parfait achèvement, "
              "sauf réserves notifiées.",
              "Le délai de garantie est fixé à un an à compter de la date d'effet de la réception."],
             ["La retenue de garantie est fixée à 5 %. Le titulaire peut la remplacer par une garantie à "
              "première demande constituée au plus tard à la date de sa première demande de paiement.",
              "Le délai de garantie de parfait achèvement est d'un an ; les garanties biennale et décennale "
              "s'appliquent dans les conditions du code civil."]][v]
    else:
        t = [["Aucune retenue de garantie n'est prévue.",
              "Les prestations sont garanties contre tout vice de fabrication ou défaut de conformité "
              "pendant une durée de douze mois à compter de leur admission."],
             ["Le marché ne donne lieu à aucune retenue de garantie ni à aucune garantie à première demande, "
              "sauf en contrepartie d'une avance supérieure à 30 % du montant initial."],
             ["Par dérogation au CCAG, aucune retenue de garantie n'est appliquée.",
              "Le titulaire garantit le bon fonctionnement des fournitures livrées pendant un an ; la "
              "garantie court à compter de la décision d'admission."]][v]
    return A(["Garanties", "Retenue de garantie", "Garanties financières et contractuelles"][v], *t, sep=sep)


def f_assurances(c, v, sep=" – "):
    t = [["Le titulaire justifie, dans un délai de quinze jours à compter de la notification et avant "
          "tout commencement d'exécution, qu'il est titulaire d'une assurance couvrant sa responsabilité "
          "civile professionnelle, pour un montant minimal de 1~500~000 € par sinistre.",
          "L'attestation précise les activités garanties, les montants et la période de validité."],
         ["Le titulaire contracte les assurances nécessaires pour garantir sa responsabilité à l'égard du "
          "maître d'ouvrage et des tiers, à hauteur d'au moins 3~000~000 € tous dommages confondus.",
          "Il fournit chaque année l'attestation de son assureur. À défaut, %s peut suspendre les "
          "paiements." % c["court"]],
         ["Avant la notification, le titulaire produit une attestation d'assurance de responsabilité "
          "civile (plafond minimal : 2~000~000 € par année d'assurance) et, pour les travaux, "
          "l'attestation de garantie décennale."]][v]
    return A(["Assurances", "Assurance", "Obligations d'assurance"][v], *t, sep=sep)


def f_soustraitance(c, v, sep=" – "):
    t = [["Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de "
          "l'acceptation du sous-traitant et de l'agrément de ses conditions de paiement.",
          "Le sous-traitant direct est payé directement lorsque le montant de sa prestation est égal ou "
          "supérieur à 600 € TTC."],
         ["La sous-traitance totale est interdite. Toute sous-traitance partielle est déclarée au moyen du "
          "formulaire DC4 ou d'un document équivalent.",
          "Le titulaire reste seul responsable de l'exécution des prestations sous-traitées."],
         ["Les demandes d'acceptation de sous-traitant en cours d'exécution sont adressées par lettre "
          "recommandée ou via le profil d'acheteur. Le silence gardé pendant vingt et un jours vaut "
          "acceptation."]][v]
    return A(["Sous-traitance", "Sous-traitance – paiement direct", "Recours à la sous-traitance"][v], *t,
             sep=sep)


def f_resiliation(c, v, sep=" – "):
    t = [["Les stipulations du chapitre relatif à la résiliation du CCAG %s s'appliquent." % c["ccag"],
          "En cas de résiliation pour faute du titulaire, les prestations peuvent être exécutées à ses frais "
          "et risques."],
         ["%s peut résilier le marché pour motif d'intérêt général ; le titulaire perçoit alors une "
          "indemnité égale à 5 %% du montant hors taxes de la partie résiliée." % c["Court"],
          "La résiliation pour faute intervient après mise en demeure restée infructueuse pendant quinze "
          "jours."],
         ["La résiliation est prononcée dans les conditions prévues par le CCAG %s, sans préjudice des "
          "pénalités éventuellement dues." % c["ccag"],
          "Elle peut notamment intervenir lorsque le titulaire ne produit pas les attestations sociales et "
          "fiscales exigées tous les six mois."]][v]
    return A(["Résiliation", "Résiliation du marché", "Cas de résiliation"][v], *t, sep=sep)


def f_litiges(c, v, sep=" – "):
    t = [["En cas de différend, les parties recherchent un règlement amiable, le cas échéant devant le "
          "comité consultatif de règlement amiable des litiges compétent.",
          "À défaut, le litige est porté devant le %s." % c["ta"]],
         ["Tout litige relatif à l'exécution du présent marché relève de la compétence du %s." % c["ta"]],
         ["Les parties s'efforcent de résoudre à l'amiable tout désaccord. Le différend est soumis, en "
          "dernier lieu, au %s, seul compétent." % c["ta"]]][v]
    return A(["Litiges", "Règlement des différends", "Différends et litiges"][v], *t, sep=sep)


def f_rgpd(c, v, sep=" – "):
    t = [["Le titulaire s'engage à respecter le règlement (UE) 2016/679 (RGPD). Il n'utilise les données "
          "personnelles auxquelles il a accès que pour les besoins du marché.",
          "Il notifie toute violation de données dans un délai maximal de 48 heures après en avoir pris "
          "connaissance."],
         ["Le titulaire et son personnel sont tenus à une obligation de discrétion sur l'ensemble des "
          "informations dont ils ont connaissance à l'occasion de l'exécution du marché."],
         ["Toutes les informations transmises au titulaire demeurent confidentielles. Le titulaire agit en "
          "qualité de sous-traitant au sens de l'article 28 du RGPD lorsqu'il traite des données "
          "personnelles pour le compte de %s." % c["court"]]][v]
    return A(["Confidentialité – protection des données", "Obligation de discrétion",
              "Confidentialité et données personnelles"][v], *t, sep=sep)


def f_derogations(c, v, items, sep=" – "):
    intro = ["Les articles ci-après dérogent au CCAG %s :" % c["ccag"],
             "Liste récapitulative des dérogations au CCAG %s :" % c["ccag"],
             "Le présent CCAP déroge aux articles suivants du CCAG %s :" % c["ccag"]][v]
    return A(["Dérogations au CCAG", "Récapitulatif des dérogations", "Dérogations"][v], intro, items, sep=sep)


# --- règlement de la consultation

def r_dce(c, v, items, sep=" – "):
    intro = ["Le dossier de consultation des entreprises comprend :",
             "Le DCE, téléchargeable gratuitement sur le profil d'acheteur (%s), contient les pièces "
             "suivantes :" % c["profil"],
             "Les candidats trouveront dans le dossier de consultation :"][v]
    fin = ["Aucune demande d'envoi du DCE sur support physique n'est acceptée.",
           "%s se réserve le droit d'apporter des modifications de détail au dossier au plus tard six jours "
           "avant la date limite de remise des offres." % c["Court"],
           "Les candidats ne peuvent modifier aucune pièce du dossier ; seul l'exemplaire conservé par "
           "l'acheteur fait foi."][v]
    return A(["Contenu du dossier de consultation", "Dossier de consultation des entreprises (DCE)",
              "Composition du DCE"][v], intro, items, fin, sep=sep)


def r_candidature(c, v, extra=None, sep=" – "):
    t = [["Chaque candidat produit les formulaires DC1 et DC2 (ou le DUME), ainsi que les pièces "
          "permettant d'apprécier ses capacités :",
          ["une déclaration concernant le chiffre d'affaires global des trois derniers exercices ;",
           "une liste des principales prestations effectuées au cours des trois dernières années ;",
           "une déclaration indiquant les effectifs moyens annuels et l'outillage dont il dispose."]],
         ["Le candidat peut présenter sa candidature sous la forme d'un document unique de marché européen "
          "(DUME) ou au moyen des formulaires DC1 et DC2 à jour.",
          "Il n'est pas tenu de fournir les documents déjà transmis lors d'une précédente consultation, "
          "s'ils restent valables."],
         ["Pièces de la candidature :",
          ["lettre de candidature et habilitation du mandataire (DC1) ;",
           "déclaration du candidat (DC2) ;",
           "attestations d'assurance en cours de validité ;",
           "références de moins de trois ans, avec le nom et les coordonnées de l'acheteur."]]][v]
    if extra:
        t = t + list(extra)
    return A(["Pièces de la candidature", "Présentation des candidatures", "Contenu de la candidature"][v],
             *t, sep=sep)


def r_validite(c, v, sep=" – "):
    t = ["Le délai de validité des offres est fixé à cent vingt jours à compter de la date limite de "
         "réception des offres.",
         "Les offres restent valables pendant 150 jours à compter de la date limite fixée pour leur "
         "remise.",
         "Délai de validité des offres : 180 jours."][v]
    return A(["Délai de validité des offres", "Validité des offres", "Durée de validité des propositions"][v],
             t, sep=sep)


def r_remise(c, v, date, sep=" – "):
    t = [["Les plis sont transmis exclusivement par voie électronique sur le profil d'acheteur %s avant "
          "le %s." % (c["profil"], date),
          "Les candidats peuvent adresser une copie de sauvegarde sur support physique ou papier, dans un "
          "pli scellé portant la mention « copie de sauvegarde »."],
         ["Date limite de réception des plis : %s." % date,
          "La transmission électronique est obligatoire. Les fichiers doivent être lisibles aux formats "
          "PDF, DOCX, XLSX ou ODT ; les fichiers exécutables sont proscrits.",
          "Un pli arrivé hors délai est considéré comme non reçu."],
         ["Les offres sont déposées sur %s au plus tard le %s." % (c["profil"], date),
          "La signature électronique n'est pas exigée au stade du dépôt ; seul l'attributaire devra signer "
          "son marché."]][v]
    return A(["Conditions d'envoi des plis", "Modalités de remise des offres", "Remise des plis"][v], *t,
             sep=sep)


def r_renseignements(c, v, contact, sep=" – "):
    t = [["Les questions sont posées par écrit via le profil d'acheteur au plus tard dix jours avant la "
          "date limite de remise des offres. Les réponses sont communiquées à tous les candidats ayant "
          "retiré le dossier.",
          "Interlocuteur : %s." % contact],
         ["Pour tout renseignement administratif ou technique : %s. Seules les questions écrites reçoivent "
          "une réponse." % contact],
         ["Renseignements complémentaires : les demandes sont formulées sur la plateforme de "
          "dématérialisation au moins huit jours avant la remise des offres.",
          "Service gestionnaire : %s." % contact]][v]
    return A(["Renseignements complémentaires", "Questions des candidats", "Demandes de renseignements"][v],
             *t, sep=sep)


def r_recours(c, v, sep=" – "):
    t = [["Instance chargée des procédures de recours : %s. Un référé précontractuel peut être introduit "
          "jusqu'à la signature du marché ; un recours de pleine juridiction est ouvert aux tiers dans un "
          "délai de deux mois à compter de la publication de l'avis d'attribution." % c["ta"]],
         ["Les voies de recours sont exercées devant le %s (référé précontractuel, référé contractuel, "
          "recours en contestation de validité du contrat)." % c["ta"]],
         ["Tribunal compétent : %s." % c["ta"]]][v]
    return A(["Procédures de recours", "Voies et délais de recours", "Recours"][v], *t, sep=sep)


def r_attribution(c, v, sep=" – "):
    t = [["L'attributaire pressenti produit, dans un délai de sept jours, les attestations fiscales et "
          "sociales prévues aux articles R.~2143-6 et suivants du code de la commande publique, ainsi que "
          "le certificat d'inscription au registre du commerce.",
          "À défaut, son offre est rejetée et l'acheteur sollicite le candidat classé immédiatement après."],
         ["Avant l'attribution, le candidat retenu remet l'attestation de vigilance URSSAF de moins de six "
          "mois, les attestations de régularité fiscale et, le cas échéant, la liste nominative des "
          "salariés étrangers soumis à autorisation de travail."],
         ["Le marché n'est attribué qu'après production des certificats mentionnés à l'article R.~2144-4 "
          "du code de la commande publique dans le délai fixé par l'acheteur, qui ne peut être inférieur "
          "à cinq jours."]][v]
    return A(["Documents à produire par l'attributaire", "Attribution du marché",
              "Formalités préalables à l'attribution"][v], *t, sep=sep)


# ----------------------------------------------------------------------------- types de pièces
_DOC_TYPES = {"RC", "CCAP", "CCTP", "AE", "BPU", "DPGF", "DQE", "AVIS", "QR", "FORM", "CADRE", "AUTRE"}


def f_representants(c, v, sep=" – "):
    t = [["Dès la notification, le titulaire désigne un interlocuteur unique, joignable aux heures ouvrables, "
          "habilité à prendre les décisions nécessaires à l'exécution du marché. Tout changement "
          "d'interlocuteur est notifié par écrit sous huit jours.",
          "%s est représenté(e) par le service gestionnaire désigné dans l'acte d'engagement ; seuls les "
          "ordres de service signés par ce service engagent %s." % (c["Court"], c["court"])],
         ["Les ordres de service sont écrits, datés, numérotés et notifiés par voie dématérialisée. Le "
          "titulaire qui estime qu'un ordre de service appelle des réserves les présente dans un délai de "
          "quinze jours, sous peine de forclusion."],
         ["Une réunion de lancement se tient dans les quinze jours suivant la notification. Des réunions de "
          "suivi sont ensuite organisées à un rythme fixé d'un commun accord ; le titulaire en rédige les "
          "comptes rendus, qu'il diffuse sous cinq jours ouvrés."]][v]
    return A(["Représentation des parties", "Ordres de service", "Suivi de l'exécution"][v], *t, sep=sep)


def f_modifications(c, v, sep=" – "):
    t = [["Le marché peut être modifié dans les conditions des articles R.~2194-1 à R.~2194-9 du code de la "
          "commande publique. Une modification de faible montant peut notamment être conclue lorsque son "
          "montant cumulé reste inférieur aux seuils européens et à 10 % du montant initial pour les "
          "fournitures et services (15 % pour les travaux)."],
         ["Clause de réexamen : si une évolution réglementaire ou normative impose une adaptation des "
          "prestations, les parties se rapprochent pour en déterminer les conséquences techniques et "
          "financières. Cette clause ne peut avoir pour effet de changer la nature globale du marché."],
         ["Toute modification fait l'objet d'un avenant ou d'une décision de poursuivre signée par le "
          "représentant du pouvoir adjudicateur. Aucune prestation supplémentaire ne peut être exécutée sans "
          "ordre écrit préalable."]][v]
    return A(["Modifications du marché", "Clause de réexamen", "Modifications en cours d'exécution"][v], *t,
             sep=sep)


def f_attestations(c, v, sep=" – "):
    t = [["Le titulaire remet tous les six mois, jusqu'à la fin de l'exécution, l'attestation de vigilance "
          "délivrée par l'URSSAF et les documents prévus aux articles D.~8222-5 et D.~8222-7 du code du "
          "travail. À défaut, une pénalité de 100 € par jour de retard peut être appliquée après mise en "
          "demeure."],
         ["Conformément aux articles L.~8222-1 et D.~8222-5 du code du travail, le titulaire justifie "
          "périodiquement de la régularité de sa situation au regard des déclarations sociales et du "
          "paiement des cotisations. Ces obligations légales s'imposent également à ses sous-traitants."],
         ["Le titulaire s'engage à respecter les dispositions légales et réglementaires relatives à la "
          "protection de la main-d'œuvre et aux conditions de travail, en particulier en cas de "
          "détachement de salariés. Il produit sur demande la liste nominative des salariés étrangers "
          "soumis à autorisation de travail."]][v]
    return A(["Obligations sociales et fiscales", "Lutte contre le travail dissimulé", "Protection de la main-d'œuvre"][v],
             *t, sep=sep)


# ============================================================================= dossiers
# Chaque fonction dNN() renvoie dict(id, title, pieces, pos, values, why, note).

# ----------------------------------------------------------------------------- d01
def d01():
    c = C("la Commune de Montcelrac-sur-Ysonne", "Tribunal administratif de Limoges", ccag="travaux",
          profil="https://marches.montcelrac-sur-ysonne.fr", ref="2026-TX-014", indice="BT01", court="la Commune",
          travaux=True)
    lots = [("01", "Démolition – Gros œuvre – VRD", "612~000"),
            ("02", "Charpente bois – Couverture – Bardage", "318~000"),
            ("03", "Menuiseries extérieures aluminium – Occultations", "176~000"),
            ("04", "Plâtrerie – Isolation – Faux plafonds – Peinture", "241~000"),
            ("05", "Plomberie – Chauffage – Ventilation", "197~000"),
            ("06", "Électricité – Courants forts et faibles", "96~000")]
    obj = "Restructuration et extension du groupe scolaire des Tilleuls"
    hdr = "Commune de Montcelrac-sur-Ysonne – " + obj
    # --- avis BOAMP (procédure adaptée), texte de la page de l'annonce
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "BOAMP – Annonce n° 26-48213",
                  "Département(s) de publication : 87 – Travaux"),
            H("Section 1 : Identification de l'acheteur"),
            P("Nom complet de l'acheteur : Commune de Montcelrac-sur-Ysonne"),
            P("Type de Numéro national d'identification : SIRET"),
            P("N° National d'identification : 21870415600013"),
            P("Ville : Montcelrac-sur-Ysonne"), P("Code Postal : 87460"),
            P("Groupement de commandes : Non"),
            H("Section 2 : Communication"),
            P("Lien vers le profil d'acheteur : https://marches.montcelrac-sur-ysonne.fr"),
            P("Identifiant interne de la consultation : 2026-TX-014"),
            P("Intégralité des documents sur le profil d'acheteur : Oui"),
            P("Utilisation de moyens de communication non communément disponibles : Non"),
            P("Nom du contact : Mme Hélène Castagnède, service de la commande publique"),
            P("Adresse mail du contact : commande.publique@montcelrac-sur-ysonne.fr"),
            P("Numéro de téléphone du contact : +33 5 55 71 40 27"),
            H("Section 3 : Procédure"),
            P("Type de procédure : Procédure adaptée ouverte"),
            P("Conditions de participation :"),
            P("Aptitude à exercer l'activité professionnelle - conditions / moyens de preuve : formulaire DC1 "
              "ou DUME ; extrait Kbis"),
            P("Capacité économique et financière - conditions / moyens de preuve : déclaration concernant le "
              "chiffre d'affaires global et le chiffre d'affaires relatif aux travaux objet du marché, sur les "
              "trois derniers exercices disponibles"),
            P("Capacités techniques et professionnelles - conditions / moyens de preuve : références de "
              "travaux de même nature exécutés au cours des cinq dernières années ; certificats de "
              "qualification professionnelle (Qualibat ou équivalent)"),
            P("Technique d'achat : Sans objet"),
            P("Date et heure limite de réception des plis : 12/03/2026 à 12h00"),
            P("Présentation des offres par catalogue électronique : Interdite"),
            P("Réduction du nombre de candidats : Non"),
            P("Possibilité d'attribution sans négociation : Oui"),
            P("L'acheteur exige la présentation de variantes : Non"),
            P("Critères d'attribution : Offre économiquement la plus avantageuse appréciée en fonction des "
              "critères énoncés dans les documents de la consultation"),
            H("Section 4 : Identification du marché"),
            P("Intitulé du marché : " + obj),
            P("Code CPV principal - Descripteur principal : 45214200"),
            P("Type de marché : Travaux"),
            P("Description succincte du marché : Restructuration lourde du bâtiment élémentaire (1962), "
              "construction d'une extension de trois classes et d'un préau, réfection des cours. Travaux en "
              "site occupé, réalisés en deux phases. Les travaux sont répartis en six lots."),
            P("Lieu principal d'exécution du marché : 14 rue des Tilleuls, 87460 Montcelrac-sur-Ysonne"),
            P("Durée du marché (en mois) : 16"),
            P("Valeur estimée (H.T.) : 1 640 000 euros"),
            P("La consultation comporte des tranches : Non"),
            P("La consultation prévoit une réservation de tout ou partie du marché : Non"),
            P("Marché alloti : Oui"),
            H("Section 5 : Lots")]
    descr = {"01": "Curage, démolitions partielles, fondations, gros œuvre de l'extension, réseaux et enrobés "
                   "des cours.",
             "02": "Charpente en bois lamellé-collé du préau, couverture zinc, bardage bois.",
             "03": "Remplacement des menuiseries des façades nord et sud, brise-soleil orientables.",
             "04": "Cloisons, doublages isolants, plafonds acoustiques, peintures intérieures.",
             "05": "Production de chaleur, réseaux hydrauliques, ventilation double flux, sanitaires.",
             "06": "Distribution électrique, éclairage LED, alarme incendie type 4, précâblage informatique."}
    cpv = {"01": "45223220", "02": "45261000", "03": "45421100", "04": "45410000", "05": "45330000",
           "06": "45310000"}
    for n, t, m in lots:
        avis += [P("Lot n° %d : %s" % (int(n), t)),
                 P("Description du lot : " + descr[n]),
                 P("Code CPV principal - Descripteur principal : " + cpv[n]),
                 P("Lieu principal d'exécution du lot : Montcelrac-sur-Ysonne"),
                 P("Durée du lot (en mois) : 16"),
                 P("Valeur estimée du lot (H.T.) : %s euros" % m.replace("~", " ")),
                 P("La consultation comporte des tranches : Non")]
    avis += [H("Section 6 : Informations complémentaires"),
             P("Visite obligatoire : Oui"),
             P("Description de la visite : visite des locaux occupés les mercredis 18 et 25 février 2026 à "
               "14 heures, sur inscription auprès du service technique."),
             P("Autres informations complémentaires : Les lots 1 et 4 comportent une clause d'insertion "
               "sociale en faveur de personnes éloignées de l'emploi (article L. 2112-2 du code de la commande "
               "publique), dont les modalités sont fixées au CCAP. Le marché de maîtrise d'œuvre a été confié "
               "au cabinet Dorval & Ribeyrolles architectes."),
             P("Date d'envoi du présent avis à la publication : 09/02/2026")]
    lab_avis = L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=6, montant_estime_ht=1640000,
                 evidence=["Les travaux sont répartis en six lots", "Valeur estimée (H.T.) : 1 640 000 euros",
                           "Les lots 1 et 4 comportent une clause d'insertion sociale en faveur de personnes "
                           "éloignées de l'emploi"])

    # --- RC
    rc = [TITLE("Commune de Montcelrac-sur-Ysonne", "RÈGLEMENT DE LA CONSULTATION",
                "Marché public de travaux – Procédure adaptée", obj, "Consultation n° 2026-TX-014"),
          P("Pouvoir adjudicateur : Commune de Montcelrac-sur-Ysonne, représentée par son maire, M. Gérald "
            "Puymirat. Maître d'œuvre : cabinet Dorval & Ribeyrolles, architectes mandataires."),
          H("Article 1 – Objet de la consultation"),
          P("La présente consultation porte sur les travaux de restructuration et d'extension du groupe "
            "scolaire des Tilleuls, 14 rue des Tilleuls. L'opération comprend la restructuration du bâtiment "
            "élémentaire existant, la construction d'une extension de trois classes, d'un préau couvert et la "
            "reprise des cours de récréation. Les travaux se déroulent en site occupé."),
          P("Classification CPV principale : 45214200-2 – Travaux de construction de bâtiments scolaires."),
          H("Article 2 – Organisation de la consultation"),
          H2("2.1 Procédure"),
          P("La consultation est passée selon une procédure adaptée ouverte en application des articles "
            "L.~2123-1 et R.~2123-1 1° du code de la commande publique, la valeur estimée du besoin étant "
            "inférieure au seuil de procédure formalisée applicable aux marchés de travaux (5~404~000 € HT "
            "depuis le 1er janvier 2026)."),
          H2("2.2 Décomposition en lots"),
          P("Les travaux sont répartis en six lots, chaque lot donnant lieu à un marché distinct. Les "
            "candidats peuvent répondre à un ou plusieurs lots ; les lots sont attribués séparément."),
          P("Le coût prévisionnel des travaux, établi par le maître d'œuvre au stade PRO, s'élève à "
            "1~640¦SB¦000 € HT. Il se répartit comme suit :"),
          RTAB([("Lot", "Désignation", "Coût prévisionnel (€ HT)")] +
               [(n, t, m) for n, t, m in lots] + [("", "Total de l'opération", "1~640~000")],
               widths=[0.1, 0.62, 0.28], align="llr", bold_last=True),
          H2("2.3 Variantes et prestations supplémentaires"),
          P("Les variantes à l'initiative des candidats ne sont pas autorisées. Le dossier ne comporte aucune "
            "prestation supplémentaire éventuelle."),
          H2("2.4 Délais"),
          P("Le délai global d'exécution est de seize mois, période de préparation d'un mois comprise. Les "
            "travaux bruyants de la phase 1 doivent être achevés pour la rentrée de septembre 2026."),
          H2("2.5 Visite des lieux"),
          P("La visite est obligatoire. Elle se tient les mercredis 18 et 25 février 2026 à 14 heures ; une "
            "attestation de visite est remise aux participants et doit être jointe à l'offre.")]
    rc += r_dce(c, 0, ["le présent règlement de la consultation ;",
                       "l'acte d'engagement (un modèle par lot) ;",
                       "le cahier des clauses administratives particulières (CCAP) commun aux six lots ;",
                       "les CCTP de chaque lot et les décompositions du prix global et forfaitaire (DPGF) ;",
                       "les plans (APD, PRO), le rapport de diagnostic amiante et plomb, l'étude de sol G2 AVP ;",
                       "le calendrier prévisionnel d'exécution."])
    rc += r_candidature(c, 2, extra=["Pour les lots 01 et 02, les qualifications Qualibat 2112 et 2312 (ou "
                                     "équivalentes) sont appréciées au vu des certificats ou de tout moyen de "
                                     "preuve équivalent."])
    rc += A("Contenu de l'offre",
            "L'offre de chaque lot comprend :",
            ["l'acte d'engagement complété ;",
             "la DPGF du lot, renseignée sans modification des quantités ;",
             "un mémoire technique de dix pages au plus, répondant au cadre fourni ;",
             "l'attestation de visite."])
    rc += A("Jugement des offres",
            "Les offres sont jugées lot par lot. L'offre économiquement la plus avantageuse est choisie en "
            "fonction des critères pondérés suivants :",
            ["Prix des prestations : 55 % – note calculée par la formule 55 x (offre la plus basse / offre "
             "examinée) ;",
             "Valeur technique : 45 %, appréciée au vu du mémoire technique selon les sous-critères :"],
            RTAB([("Sous-critère de la valeur technique", "Points"),
                  ("Méthodologie d'intervention en site occupé et phasage", "20"),
                  ("Moyens humains et matériels affectés au chantier", "15"),
                  ("Gestion des déchets de chantier : tri à la source, filières de valorisation, traçabilité",
                   "10")], widths=[0.82, 0.18], align="lr"),
            "Toute offre anormalement basse fait l'objet d'une demande de précisions avant d'être, le cas "
            "échéant, rejetée.")
    rc += A("Négociation",
            "Le pouvoir adjudicateur se réserve la possibilité de négocier avec les trois candidats les mieux "
            "classés de chaque lot. Il peut également attribuer le marché sur la base des offres initiales, "
            "sans négociation.")
    rc += r_remise(c, 0, "jeudi 12 mars 2026 à 12 heures")
    rc += r_attribution(c, 0)
    rc += r_renseignements(c, 1, "Mme Hélène Castagnède, commande.publique@montcelrac-sur-ysonne.fr ; pour les "
                                 "questions techniques, le maître d'œuvre")
    rc += r_recours(c, 0)
    lab_rc = L(critere_environnemental=1, allotissement=1, nb_lots=6, montant_estime_ht=1640000,
               evidence=["Les travaux sont répartis en six lots",
                         "Le coût prévisionnel des travaux, établi par le maître d'œuvre au stade PRO, s'élève à "
                         "1 640 000 € HT",
                         "Gestion des déchets de chantier : tri à la source, filières de valorisation, traçabilité"])

    # --- CCAP (deux colonnes)
    cc = [TITLE("Commune de Montcelrac-sur-Ysonne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                obj, "Marché de travaux – CCAP commun à tous les lots – n° 2026-TX-014"),
          H("Article 1 – Objet du marché – dispositions générales"),
          P("Les stipulations du présent CCAP concernent les travaux de restructuration et d'extension du "
            "groupe scolaire des Tilleuls. Le maître d'ouvrage est la Commune de Montcelrac-sur-Ysonne ; la "
            "maîtrise d'œuvre est assurée par le cabinet Dorval & Ribeyrolles ; la mission de coordination "
            "SPS (niveau 2) est confiée à la société Prévencia."),
          P("Les travaux sont répartis en six lots traités par marchés séparés :"),
          LST(["lot %s : %s ;" % (n, t) for n, t, _m in lots]),
          P("Le titulaire de chaque lot est réputé avoir pris connaissance des contraintes lièes à "
            "l'exploitation de l'école pendant les travaux.")]
    cc += f_pieces(c, 1, ["l'acte d'engagement du lot et ses annexes ;", "le présent CCAP ;",
                          "le CCTP du lot et les documents graphiques ;",
                          "le CCAG applicable aux marchés publics de travaux (arrêté du 30 mars 2021) ;",
                          "la DPGF du lot ;", "le mémoire technique du titulaire."])
    cc += A("Délais d'exécution",
            "Le délai global d'exécution de l'ensemble des lots est de seize mois à compter de la date fixée "
            "par l'ordre de service prescrivant de commencer les travaux ; il inclut une période de "
            "préparation d'un mois.",
            "Le calendrier détaillé d'exécution est élaboré par le maître d'œuvre avec les titulaires pendant "
            "la période de préparation. Les congés scolaires d'été et de Toussaint sont réservés aux travaux "
            "bruyants.")
    cc += f_prix(c, 0)
    cc += f_avance(c, 0, taux="5")
    cc += f_paiement(c, 1)
    cc += f_garantie(c, 1)
    cc += A("Pénalités",
            "En cas de retard dans l'exécution, le titulaire encourt une pénalité journalière égale à 1/3~000 "
            "du montant hors taxes de son marché, avec un minimum de 100 € par jour calendaire.",
            "Absence ou retard à une réunion de chantier : 150 € par absence. Non-remise des documents "
            "d'exécution dans les délais : 80 € par jour. Non-respect des horaires imposés en site occupé : "
            "300 € par constat.",
            "Par dérogation à l'article 19.2.3 du CCAG, les pénalités ne sont pas plafonnées.")
    cc += A("Action d'insertion professionnelle",
            "En application de l'article L.~2112-2 du code de la commande publique, les titulaires des lots "
            "01 et 04 s'engagent à réserver une part des heures de travail générées par le marché à des "
            "personnes rencontrant des difficultés sociales ou professionnelles particulières.",
            "Le volume d'heures d'insertion est fixé comme suit : lot 01 (démolition, gros œuvre, VRD) : "
            "350~heu¦HY¦res ; lot 04 (plâtrerie, isolation, faux plafonds, peinture) : 140~heures.",
            "Sont notamment éligibles les demandeurs d'emploi de longue durée, les bénéficiaires du RSA ou "
            "de l'ASS, les jeunes de moins de 26 ans sans qualification, les travailleurs reconnus "
            "handicapés et les personnes suivies par une structure d'insertion par l'activité économique.",
            "Le titulaire choisit librement la modalité de réalisation : embauche directe, mise à "
            "disposition par une entreprise de travail temporaire d'insertion ou un groupement "
            "d'employeurs, sous-traitance à une entreprise d'insertion.",
            "Le facilitateur du PLIE du Pays d'Ysonne accompagne le titulaire, valide l'éligibilité des "
            "candidats et établit chaque mois l'état des heures réalisées.",
            "Toute heure d'insertion non réalisée du fait du titulaire donne lieu à une pénalité de 60 € HT.")
    cc += A("Gestion des déchets de chantier",
            "Chaque titulaire trie ses déchets sur le chantier en cinq flux au moins (bois, métaux, inertes, "
            "plâtre, déchets non dangereux en mélange) et les évacue vers des filières de valorisation "
            "autorisées.",
            "Le titulaire du lot 01 remet, pendant la période de préparation, un schéma d'organisation et de "
            "gestion des déchets (SOGED) ; les bordereaux de suivi sont transmis chaque mois au maître "
            "d'œuvre. Un taux de valorisation matière d'au moins 70 % en masse est exigé, hors déchets "
            "dangereux.")
    cc += f_assurances(c, 2)
    cc += f_soustraitance(c, 0)
    cc += A("Réception",
            "Les opérations préalables à la réception sont organisées par le maître d'œuvre à la demande du "
            "titulaire. La réception des travaux peut être prononcée par phase, la phase 1 devant être "
            "réceptionnée au plus tard le 21 août 2026.")
    cc += f_representants(c, 1)
    cc += f_attestations(c, 0)
    cc += f_modifications(c, 0)
    cc += f_resiliation(c, 0)
    cc += f_litiges(c, 2)
    cc += f_derogations(c, 0, ["article 8 (pénalités) déroge à l'article 19.2.3 du CCAG Travaux ;",
                               "article 7 (retenue de garantie) précise l'article 33 du CCAG Travaux."])
    lab_cc = L(clause_sociale=1, clause_insertion=1, heures_insertion=490, clause_environnementale=1,
               allotissement=1, nb_lots=6,
               evidence=["Les travaux sont répartis en six lots traités par marchés séparés",
                         "lot 01 (démolition, gros œuvre, VRD) : 350 heures",
                         "lot 04 (plâtrerie, isolation, faux plafonds, peinture) : 140 heures",
                         "[350 + 140 = 490]",
                         "Chaque titulaire trie ses déchets sur le chantier en cinq flux au moins"])

    # --- AE du lot 04
    ae = [TITLE("Commune de Montcelrac-sur-Ysonne", "ACTE D'ENGAGEMENT",
                "Lot n° 04 – Plâtrerie – Isolation – Faux plafonds – Peinture", "Consultation n° 2026-TX-014"),
          H("A – Objet de l'acte d'engagement"),
          P("Objet du marché : " + obj + ". Marché public de travaux passé selon la procédure adaptée "
            "(article R. 2123-1 1° du code de la commande publique)."),
          P("L'opération est décomposée en 6 lots. Le présent acte d'engagement concerne le lot n° 04 – "
            "Plâtrerie – Isolation – Faux plafonds – Peinture."),
          H("B – Engagement du titulaire"),
          P("Après avoir pris connaissance des pièces constitutives du marché, je soussigné(e) / nous "
            "soussignés :"),
          TAB([("Nom, prénom et qualité du signataire", "...................................................."),
               ("Raison sociale et adresse de l'entreprise", "...................................................."),
               ("N° SIRET", "...................................................."),
               ("Code APE", "....................")], widths=[0.45, 0.55], header=False),
          P("m'engage (nous engageons), sans réserve, conformément aux stipulations des documents visés "
            "ci-dessus, à exécuter les travaux du lot n° 04 aux conditions ci-après."),
          H("C – Prix"),
          P("Les travaux seront rémunérés par application du prix global et forfaitaire figurant dans la "
            "DPGF, arrêté comme suit :"),
          TAB([("Montant hors TVA", "..................................... €"),
               ("TVA au taux de 20 %", "..................................... €"),
               ("Montant TTC", "..................................... €"),
               ("Montant TTC arrêté en lettres", "....................................................")],
              widths=[0.45, 0.55], header=False),
          H("D – Délai d'exécution"),
          P("Le délai d'exécution du lot s'inscrit dans le délai global de seize mois fixé à l'article 3 du "
            "CCAP, selon le calendrier détaillé établi pendant la période de préparation."),
          H("E – Action d'insertion"),
          P("Le titulaire du lot n° 04 s'engage à réaliser au minimum 140 heures de travail au bénéfice de "
            "personnes éloignées de l'emploi, selon les modalités de l'article 9 du CCAP."),
          H("F – Paiement"),
          P("Le maître d'ouvrage se libérera des sommes dues en faisant porter le montant au crédit du compte "
            "ouvert au nom de : ......................................... IBAN : "
            "........................................................."),
          P("Avance : je renonce au bénéfice de l'avance prévue à l'article 5 du CCAP :  [ ] Non   [ ] Oui"),
          H("G – Signature"),
          P("Fait en un seul original, à ........................, le ........................"),
          P("Signature du candidat (électronique, au stade de l'attribution)."),
          P("Acceptation de l'offre par le pouvoir adjudicateur : Est acceptée la présente offre pour valoir "
            "acte d'engagement. À Montcelrac-sur-Ysonne, le ........................ Le Maire,")]
    lab_ae = L(clause_sociale=1, clause_insertion=1, heures_insertion=140, allotissement=1, nb_lots=6,
               evidence=["L'opération est décomposée en 6 lots",
                         "Le titulaire du lot n° 04 s'engage à réaliser au minimum 140 heures de travail au "
                         "bénéfice de personnes éloignées de l'emploi"])
    pieces = [
        PIECE("AVIS_BOAMP_26-48213.txt", "AVIS", hdr, "", avis, lab_avis),
        PIECE("RC_2026-TX-014.pdf", "RC", hdr + " – RC", "Consultation n° 2026-TX-014 – Règlement de la "
              "consultation", rc, lab_rc, hyphen=True),
        PIECE("CCAP_2026-TX-014.pdf", "CCAP", hdr + " – CCAP", "CCAP – Groupe scolaire des Tilleuls",
              cc, lab_cc, hyphen=True, cols=2),
        PIECE("AE_lot04_2026-TX-014.docx", "AE", hdr + " – AE lot 04", "Acte d'engagement – lot 04", ae, lab_ae),
    ]
    return dict(id="d01", title="Commune de Montcelrac-sur-Ysonne – restructuration du groupe scolaire des "
                                "Tilleuls (travaux, 6 lots, procédure adaptée)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=490, allotissement=1, nb_lots=6, montant_estime_ht=1640000),
                why="Estimation totale écrite dans l'avis BOAMP (« Valeur estimée (H.T.) ») ET répétée lot par "
                    "lot ; RC : « coût prévisionnel des travaux » dans un tableau avec ligne de total ; seuil "
                    "européen de 5 404 000 € HT voisin ; AE d'un lot sans estimation, prix à remplir ; "
                    "heures d'insertion réparties entre deux lots.",
                note="Estimation : 1 640 000 € HT (avis et RC ; somme des six lots = 612 000 + 318 000 + 176 000 "
                     "+ 241 000 + 197 000 + 96 000 = 1 640 000). Pas de maximum (marchés ordinaires). Pièges : "
                     "seuil 5 404 000 € HT (RC), avance 5 % et seuil de 50 000 € HT, pénalités 1/3 000, 100 €, "
                     "150 €, 60 € HT par heure, assurance ; AE du lot 04 : prix vides. Heures : 350 (lot 01) + "
                     "140 (lot 04) = 490 (CCAP) ; l'AE du lot 04 ne donne que ses 140 heures.")


# ----------------------------------------------------------------------------- avis eForms (XML UBL)
def _x(s):
    return escape(s.replace("~", " "))


def _crit(typ, name, descr, weight):
    return ("""            <cac:SubordinateAwardingCriterion>
              <ext:UBLExtensions>
                <ext:UBLExtension>
                  <ext:ExtensionContent>
                    <efext:EformsExtension>
                      <efac:AwardCriterionParameter>
                        <efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode>
                        <efbc:ParameterNumeric>%s</efbc:ParameterNumeric>
                      </efac:AwardCriterionParameter>
                    </efext:EformsExtension>
                  </ext:ExtensionContent>
                </ext:UBLExtension>
              </ext:UBLExtensions>
              <cbc:AwardingCriterionTypeCode listName="award-criterion-type">%s</cbc:AwardingCriterionTypeCode>
              <cbc:Name languageID="FRA">%s</cbc:Name>
              <cbc:Description languageID="FRA">%s</cbc:Description>
            </cac:SubordinateAwardingCriterion>
""" % (weight, typ, _x(name), _x(descr)))


def eforms_notice(notice_id, folder_id, issue, buyer, ta, proc, lots):
    """Avis de marché eForms (sous-type 16, directive 2014/24/UE) écrit à la main pour ce jeu.
    buyer : dict(name, siret, street, city, zip, nuts, tel, mail, url, legal, activity)
    proc : dict(ref, name, descr, nature, cpv, procedure, total_est (str ou None), info (texte BT-300))
    lots : liste de dict(id, ref, name, descr, cpv, est, max, crit=[(type, nom, description, poids)],
           months, renew (nombre ou None), renew_descr, cond (texte BT-70 ou None), strategic, reserved)"""
    orgs = """          <efac:Organizations>
            <efac:Organization>
              <efac:Company>
                <cbc:WebsiteURI>%s</cbc:WebsiteURI>
                <cac:PartyIdentification>
                  <cbc:ID schemeName="organization">ORG-0001</cbc:ID>
                </cac:PartyIdentification>
                <cac:PartyName>
                  <cbc:Name languageID="FRA">%s</cbc:Name>
                </cac:PartyName>
                <cac:PostalAddress>
                  <cbc:StreetName>%s</cbc:StreetName>
                  <cbc:CityName>%s</cbc:CityName>
                  <cbc:PostalZone>%s</cbc:PostalZone>
                  <cbc:CountrySubentityCode listName="nuts">%s</cbc:CountrySubentityCode>
                  <cac:Country>
                    <cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode>
                  </cac:Country>
                </cac:PostalAddress>
                <cac:PartyLegalEntity>
                  <cbc:CompanyID>%s</cbc:CompanyID>
                </cac:PartyLegalEntity>
                <cac:Contact>
                  <cbc:Telephone>%s</cbc:Telephone>
                  <cbc:ElectronicMail>%s</cbc:ElectronicMail>
                </cac:Contact>
              </efac:Company>
            </efac:Organization>
            <efac:Organization>
              <efac:Company>
                <cac:PartyIdentification>
                  <cbc:ID schemeName="organization">ORG-0002</cbc:ID>
                </cac:PartyIdentification>
                <cac:PartyName>
                  <cbc:Name languageID="FRA">%s</cbc:Name>
                </cac:PartyName>
                <cac:PostalAddress>
                  <cac:Country>
                    <cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode>
                  </cac:Country>
                </cac:PostalAddress>
              </efac:Company>
            </efac:Organization>
          </efac:Organizations>
""" % (buyer["url"], _x(buyer["name"]), _x(buyer["street"]), _x(buyer["city"]), buyer["zip"], buyer["nuts"],
       buyer["siret"], buyer["tel"], buyer["mail"], _x(ta))
    head = """<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2" xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1" xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1">
  <ext:UBLExtensions>
    <ext:UBLExtension>
      <ext:ExtensionContent>
        <efext:EformsExtension>
          <efac:NoticeSubType>
            <cbc:SubTypeCode listName="notice-subtype">16</cbc:SubTypeCode>
          </efac:NoticeSubType>
%s        </efext:EformsExtension>
      </ext:ExtensionContent>
    </ext:UBLExtension>
  </ext:UBLExtensions>
  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>
  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>
  <cbc:ID schemeName="notice-id">%s</cbc:ID>
  <cbc:ContractFolderID>%s</cbc:ContractFolderID>
  <cbc:IssueDate>%s+02:00</cbc:IssueDate>
  <cbc:IssueTime>09:30:00+02:00</cbc:IssueTime>
  <cbc:VersionID>01</cbc:VersionID>
  <cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>
  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
  <cac:ContractingParty>
    <cbc:BuyerProfileURI>%s</cbc:BuyerProfileURI>
    <cac:ContractingPartyType>
      <cbc:PartyTypeCode listName="buyer-legal-type">%s</cbc:PartyTypeCode>
    </cac:ContractingPartyType>
    <cac:ContractingActivity>
      <cbc:ActivityTypeCode listName="authority-activity">%s</cbc:ActivityTypeCode>
    </cac:ContractingActivity>
    <cac:Party>
      <cac:PartyIdentification>
        <cbc:ID schemeName="organization">ORG-0001</cbc:ID>
      </cac:PartyIdentification>
    </cac:Party>
  </cac:ContractingParty>
  <cac:TenderingTerms>
    <cac:LotDistribution>
      <cbc:MaximumLotsSubmittedNumeric>%d</cbc:MaximumLotsSubmittedNumeric>
    </cac:LotDistribution>
  </cac:TenderingTerms>
  <cac:TenderingProcess>
    <cbc:ProcedureCode listName="procurement-procedure-type">%s</cbc:ProcedureCode>
  </cac:TenderingProcess>
""" % (orgs, notice_id, folder_id, issue, buyer["url"], buyer["legal"], buyer["activity"], len(lots),
       proc["procedure"])
    tot = ""
    if proc.get("total_est"):
        tot = """    <cac:RequestedTenderTotal>
      <cbc:EstimatedOverallContractAmount currencyID="EUR">%s</cbc:EstimatedOverallContractAmount>
    </cac:RequestedTenderTotal>
""" % proc["total_est"]
    project = """  <cac:ProcurementProject>
    <cbc:ID schemeName="InternalID">%s</cbc:ID>
    <cbc:Name languageID="FRA">%s</cbc:Name>
    <cbc:Description languageID="FRA">%s</cbc:Description>
    <cbc:ProcurementTypeCode listName="contract-nature">%s</cbc:ProcurementTypeCode>
    <cbc:Note languageID="FRA">%s</cbc:Note>
%s    <cac:MainCommodityClassification>
      <cbc:ItemClassificationCode listName="cpv">%s</cbc:ItemClassificationCode>
    </cac:MainCommodityClassification>
    <cac:RealizedLocation>
      <cac:Address>
        <cbc:CountrySubentityCode listName="nuts">%s</cbc:CountrySubentityCode>
        <cac:Country>
          <cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode>
        </cac:Country>
      </cac:Address>
    </cac:RealizedLocation>
  </cac:ProcurementProject>
""" % (proc["ref"], _x(proc["name"]), _x(proc["descr"]), proc["nature"], _x(proc["info"]), tot, proc["cpv"],
       buyer["nuts"])
    body = ""
    for lt in lots:
        crits = "".join(_crit(*cr) for cr in lt["crit"])
        cond = ""
        if lt.get("cond"):
            cond = """      <cac:ContractExecutionRequirement>
        <cbc:ExecutionRequirementCode listName="conditions">performance</cbc:ExecutionRequirementCode>
        <cbc:Description languageID="FRA">%s</cbc:Description>
      </cac:ContractExecutionRequirement>
""" % _x(lt["cond"])
        fa = ""
        if lt.get("framework"):
            fa = """    <cac:TenderingProcess>
      <cac:ContractingSystem>
        <cbc:ContractingSystemTypeCode listName="framework-agreement">fa-wo-rc</cbc:ContractingSystemTypeCode>
      </cac:ContractingSystem>
    </cac:TenderingProcess>
"""
        maxi = ""
        if lt.get("max"):
            maxi = """        <ext:UBLExtensions>
          <ext:UBLExtension>
            <ext:ExtensionContent>
              <efext:EformsExtension>
                <efbc:FrameworkMaximumAmount currencyID="EUR">%s</efbc:FrameworkMaximumAmount>
              </efext:EformsExtension>
            </ext:ExtensionContent>
          </ext:UBLExtension>
        </ext:UBLExtensions>
""" % lt["max"]
        est = ""
        if lt.get("est") or maxi:
            est = """      <cac:RequestedTenderTotal>
%s%s      </cac:RequestedTenderTotal>
""" % (maxi, ("        <cbc:EstimatedOverallContractAmount currencyID=\"EUR\">%s</cbc:EstimatedOverallContractAmount>\n"
               % lt["est"]) if lt.get("est") else "")
        ren = ""
        if lt.get("renew"):
            ren = """      <cac:ContractExtension>
        <cbc:MaximumNumberRenewals>%d</cbc:MaximumNumberRenewals>
        <cac:Renewal>
          <cac:Period>
            <cbc:Description languageID="FRA">%s</cbc:Description>
          </cac:Period>
        </cac:Renewal>
      </cac:ContractExtension>
""" % (lt["renew"], _x(lt["renew_descr"]))
        body += """  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">%s</cbc:ID>
    <cac:TenderingTerms>
      <cac:AwardingTerms>
        <cac:AwardingCriterion>
%s        </cac:AwardingCriterion>
      </cac:AwardingTerms>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement>
          <cbc:TendererRequirementTypeCode listName="reserved-procurement">%s</cbc:TendererRequirementTypeCode>
        </cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>
%s      <cac:AppealTerms>
        <cac:AppealReceiverParty>
          <cac:PartyIdentification>
            <cbc:ID schemeName="organization">ORG-0002</cbc:ID>
          </cac:PartyIdentification>
        </cac:AppealReceiverParty>
      </cac:AppealTerms>
    </cac:TenderingTerms>
%s    <cac:ProcurementProject>
      <cbc:ID schemeName="InternalID">%s</cbc:ID>
      <cbc:Name languageID="FRA">%s</cbc:Name>
      <cbc:Description languageID="FRA">%s</cbc:Description>
      <cbc:ProcurementTypeCode listName="contract-nature">%s</cbc:ProcurementTypeCode>
      <cac:ProcurementAdditionalType>
        <cbc:ProcurementTypeCode listName="strategic-procurement">%s</cbc:ProcurementTypeCode>
      </cac:ProcurementAdditionalType>
%s      <cac:MainCommodityClassification>
        <cbc:ItemClassificationCode listName="cpv">%s</cbc:ItemClassificationCode>
      </cac:MainCommodityClassification>
      <cac:PlannedPeriod>
        <cbc:DurationMeasure unitCode="MONTH">%d</cbc:DurationMeasure>
      </cac:PlannedPeriod>
%s    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>
""" % (lt["id"], crits, lt.get("reserved", "none"), cond, fa, lt["ref"], _x(lt["name"]), _x(lt["descr"]),
       proc["nature"], lt.get("strategic", "none"), est, lt["cpv"], lt["months"], ren)
    return head + project + body + "</ContractNotice>\n"


# ----------------------------------------------------------------------------- d02
def d02():
    c = C("le Syndicat mixte de collecte et de valorisation des déchets du Haut-Vérançon",
          "Tribunal administratif de Clermont-Ferrand", profil="https://achats.sycoval.fr", ref="2026-F-07",
          indice="FM0ABE0000 (produits manufacturés)", court="le SYCOVAL")
    obj = "Fourniture et livraison de conteneurs roulants, de composteurs individuels et de pièces détachées"
    hdr = "SYCOVAL – " + obj
    buyer = dict(name="Syndicat mixte de collecte et de valorisation des déchets du Haut-Vérançon (SYCOVAL)",
                 siret="25630817400026", street="2 allée des Fours-à-Chaux", city="Saint-Aurel-du-Vérançon",
                 zip="63840", nuts="FRK14", tel="+33 4 73 52 18 60", mail="marches@sycoval.fr",
                 url="https://achats.sycoval.fr", legal="ra-aut", activity="env")
    crit = [("price", "Prix", "Prix apprécié sur la base du détail quantitatif estimatif (DQE) non contractuel", "60"),
            ("quality", "Valeur technique", "Qualité des produits (robustesse, garantie, ergonomie) au vu des "
             "fiches techniques et des échantillons", "30"),
            ("quality", "Performance environnementale de la chaîne logistique",
             "Regroupement des livraisons, reprise et valorisation des emballages, distance parcourue", "10")]
    cond = ("Le titulaire reprend et valorise les emballages de livraison (palettes, films, cerclages) ; les "
            "livraisons sont regroupées par point de livraison.")
    lots = [dict(id="LOT-0001", ref="Lot 1", name="Bacs roulants à deux et quatre roues",
                 descr="Bacs roulants de 120 à 770 litres conformes à la norme NF EN 840, couvercles de couleur "
                       "selon les flux, puces RFID posées en usine.", cpv="34928480", est="540000", max="720000",
                 crit=crit, months=12, renew=3, renew_descr="Reconduction tacite par période d'un an, trois fois au "
                 "maximum ; durée maximale : 48 mois.", cond=cond, strategic="env-imp", framework=True),
            dict(id="LOT-0002", ref="Lot 2", name="Composteurs individuels bois et plastique recyclé",
                 descr="Composteurs de 300 à 800 litres, bio-seaux et tiges aératrices, livrés en kits.",
                 cpv="44613800", est="372000", max="496000", crit=crit, months=12, renew=3,
                 renew_descr="Reconduction tacite par période d'un an, trois fois au maximum ; durée maximale : "
                 "48 mois.", cond=cond, strategic="env-imp", framework=True),
            dict(id="LOT-0003", ref="Lot 3", name="Pièces détachées pour conteneurs",
                 descr="Couvercles, roues, axes, tourillons et serrures gravitaires compatibles avec le parc "
                       "existant.", cpv="34928400", est="96000", max="128000", crit=crit, months=12, renew=3,
                 renew_descr="Reconduction tacite par période d'un an, trois fois au maximum ; durée maximale : "
                 "48 mois.", cond=cond, strategic="env-imp", framework=True)]
    xml = eforms_notice("6b1f0c2e-3d84-4a4e-9a51-2f7d0c9e5a13", "0e7a52b4-91c3-4f0d-b6c2-8d3e41a7f209",
                        "2026-04-14", buyer, "Tribunal administratif de Clermont-Ferrand",
                        dict(ref="2026-F-07", name=obj,
                             descr="Accord-cadre à bons de commande mono-attributaire par lot pour la fourniture et "
                                   "la livraison de conteneurs roulants, de composteurs individuels et de pièces "
                                   "détachées destinés aux 42 communes adhérentes.",
                             nature="supplies", cpv="34928480", procedure="open",
                             total_est=None,
                             info="Les échantillons sont remis au centre technique du syndicat au plus tard à la "
                                  "date limite de réception des offres. Visite facultative des points de "
                                  "livraison."), lots)
    lab_avis = L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=3,
                 montant_estime_ht=1008000, montant_max_ht=1344000,
                 evidence=["LOT-0003", "540000", "372000", "96000", "[540 000 + 372 000 + 96 000 = 1 008 000]",
                           "720000", "496000", "128000", "[720 000 + 496 000 + 128 000 = 1 344 000]",
                           "Le titulaire reprend et valorise les emballages de livraison",
                           "Performance environnementale de la chaîne logistique"])

    # --- RC
    lt = [("1", "Bacs roulants à deux et quatre roues"), ("2", "Composteurs individuels bois et plastique recyclé"),
          ("3", "Pièces détachées pour conteneurs")]
    rc = [TITLE("Syndicat mixte de collecte et de valorisation des déchets du Haut-Vérançon",
                "RÈGLEMENT DE LA CONSULTATION", obj, "Appel d'offres ouvert – Référence 2026-F-07"),
          H("Article 1 – Objet de la consultation"),
          P("La consultation porte sur la fourniture et la livraison de bacs roulants, de composteurs "
            "individuels et de pièces détachées destinés à la collecte des déchets ménagers sur le territoire "
            "des 42 communes adhérentes du SYCOVAL."),
          H("Article 2 – Procédure"),
          P("La consultation est passée par appel d'offres ouvert en application des articles L.~2124-2, "
            "R.~2124-2 1° et R.~2161-2 à R.~2161-5 du code de la commande publique, la valeur du besoin "
            "excédant le seuil européen de 216~000 € HT applicable aux marchés de fournitures des "
            "collectivités territoriales."),
          H("Article 3 – Forme et durée de l'accord-cadre"),
          P("Chaque lot donne lieu à un accord-cadre mono-attributaire exécuté par émission de bons de "
            "commande, conformément aux articles R.~2162-2 alinéa 2 et R.~2162-13 à R.~2162-14 du code."),
          P("L'accord-cadre est conclu pour une période initiale de douze mois à compter de sa notification. Il "
            "est reconductible tacitement trois fois par période de douze mois, sans que sa durée totale "
            "puisse excéder quatre ans."),
          H("Article 4 – Allotissement et montants"),
          P("La consultation est divisée en trois lots. Les montants annuels sont identiques pour chaque "
            "période d'exécution :"),
          RTAB([("Lot", "Intitulé", "Minimum annuel HT", "Estimation annuelle HT", "Maximum annuel HT")] +
               [("1", lt[0][1], "40~000 €", "135~000 €", "180~000 €"),
                ("2", lt[1][1], "20~000 €", "93~000 €", "124~000 €"),
                ("3", lt[2][1], "sans minimum", "24~000 €", "32~000 €")],
               widths=[0.07, 0.39, 0.17, 0.19, 0.18], align="llrrr"),
          P("Rapportés à la durée maximale de quatre ans, reconductions comprises, les montants s'établissent "
            "comme suit :"),
          RTAB([("Lot", "Valeur estimée sur 4 ans HT", "Montant maximum sur 4 ans HT"),
                ("1", "540~000 €", "720~000 €"), ("2", "372~000 €", "496~000 €"), ("3", "96~000 €", "128~000 €"),
                ("Total", "1~008~000 €", "1~344~000 €")], widths=[0.2, 0.4, 0.4], align="lrr", bold_last=True),
          P("Un candidat peut soumissionner pour un, deux ou trois lots. Les variantes ne sont pas admises.")]
    rc += r_dce(c, 1, ["le règlement de la consultation ;", "les actes d'engagement (un par lot) ;",
                       "le CCAP commun aux trois lots ;", "le CCTP et ses annexes (plans des déchetteries) ;",
                       "les bordereaux des prix unitaires et les DQE non contractuels de chaque lot."])
    rc += r_candidature(c, 0, extra=["Niveau minimal de capacité financière : chiffre d'affaires annuel moyen "
                                     "des trois derniers exercices au moins égal à 300~000 € HT pour le lot 1 et "
                                     "à 200~000 € HT pour le lot 2 ; aucun niveau minimal n'est exigé pour le "
                                     "lot 3."])
    rc += A("Contenu des offres",
            ["l'acte d'engagement du lot ;", "le BPU et le DQE du lot, complétés ;",
             "les fiches techniques des produits proposés et les certificats NF EN 840 ;",
             "un échantillon de chaque modèle de bac ou de composteur (lots 1 et 2)."])
    rc += A("Critères de jugement des offres",
            "Les offres sont classées, lot par lot, selon les critères suivants :",
            RTAB([("Critère", "Pondération"),
                  ("Prix, apprécié au vu du DQE", "60 %"),
                  ("Valeur technique (robustesse, garanties, ergonomie, échantillons)", "30 %"),
                  ("Performance environnementale de la chaîne logistique : regroupement des livraisons, "
                   "reprise et valorisation des emballages", "10 %")], widths=[0.8, 0.2], align="lr"),
            "Le DQE sert uniquement au jugement des offres ; il ne constitue pas un engagement de commande.")
    rc += r_validite(c, 0)
    rc += r_remise(c, 2, "22 mai 2026 à 16 heures")
    rc += r_attribution(c, 1)
    rc += r_renseignements(c, 0, "M. Romain Lestrade, responsable de la commande publique, +33 4 73 52 18 60")
    rc += r_recours(c, 1)
    lab_rc = L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=1008000,
               montant_max_ht=1344000,
               evidence=["La consultation est divisée en trois lots", "Total 1 008 000 € 1 344 000 €",
                         "Performance environnementale de la chaîne logistique : regroupement des livraisons"])

    # --- CCAP (deux colonnes)
    cc = [TITLE("SYCOVAL", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj,
                "Accord-cadre à bons de commande – Référence 2026-F-07"),
          H("Article 1 – Objet et forme de l'accord-cadre"),
          P("Le présent CCAP s'applique aux trois lots de la consultation :"),
          LST(["lot 1 : %s ;" % lt[0][1], "lot 2 : %s ;" % lt[1][1], "lot 3 : %s." % lt[2][1]]),
          P("Chaque lot fait l'objet d'un accord-cadre mono-attributaire exécuté au moyen de bons de commande "
            "émis par le SYCOVAL au fur et à mesure de ses besoins.")]
    cc += f_pieces(c, 0, ["l'acte d'engagement du lot ;", "le présent CCAP ;", "le CCTP ;",
                          "le CCAG des marchés publics de fournitures courantes et de services (arrêté du 30 "
                          "mars 2021) ;", "le bordereau des prix unitaires du lot."])
    cc += A("Durée",
            "L'accord-cadre prend effet à sa notification pour une durée de douze mois. Il est reconduit "
            "tacitement, par période de douze mois, dans la limite de trois reconductions. La décision de ne "
            "pas reconduire est notifiée au titulaire trois mois au moins avant l'échéance.")
    cc += A("Montants minimum et maximum",
            "Pour chaque lot, les montants ci-dessous s'appliquent à chaque période annuelle d'exécution, y "
            "compris aux périodes de reconduction :",
            RTAB([("Lot", "Montant minimum annuel HT", "Montant maximum annuel HT"),
                  ("1", "40~000 €", "180~000 €"), ("2", "20~000 €", "124~000 €"), ("3", "sans minimum", "32~000 €")],
                 widths=[0.2, 0.4, 0.4], align="lrr"),
            "Si le montant minimum d'une période n'est pas atteint, le titulaire a droit à une indemnité égale à "
            "la marge bénéficiaire qu'il aurait réalisée sur la différence.")
    cc += A("Bons de commande",
            "Les bons de commande sont émis par le directeur du syndicat ou son délégataire. Ils précisent les "
            "références, les quantités, le lieu et le délai de livraison. Chaque bon est d'un montant au moins "
            "égal à 1~500 € HT, sauf pour le lot 3.",
            "Les bons émis pendant la validité de l'accord-cadre et dont l'exécution déborde son échéance "
            "restent exécutés aux conditions du marché dans la limite de trois mois.")
    cc += A("Livraison",
            "Le délai de livraison est de quatre semaines au plus à compter de la réception du bon de commande "
            "(dix jours ouvrés pour le lot 3). Les fournitures sont livrées au centre technique de "
            "Saint-Aurel-du-Vérançon ou dans l'une des six déchetteries du syndicat, du lundi au vendredi de 8 "
            "heures à 16 heures.")
    cc += A("Conditions d'exécution à caractère environnemental",
            "Le titulaire reprend, à chaque livraison, l'ensemble des emballages (palettes, films étirables, "
            "cerclages, cartons) et les oriente vers une filière de réemploi ou de recyclage ; il en justifie "
            "une fois par an.",
            "Les livraisons destinées à un même site sont regroupées : sauf urgence signalée par le syndicat, un "
            "seul passage par semaine et par site est admis.")
    cc += A("Vérifications et admission",
            "Les vérifications quantitatives sont effectuées à la livraison ; les vérifications qualitatives "
            "dans un délai de quinze jours. Les bacs non conformes à la norme NF EN 840 sont rejetés et "
            "remplacés aux frais du titulaire.")
    cc += f_prix(c, 1)
    cc += f_avance(c, 1, taux="5")
    cc += f_paiement(c, 0)
    cc += f_garantie(c, 2)
    cc += A("Pénalités",
            "Retard de livraison : pénalité égale à 1/1~000 du montant HT du bon de commande par jour de "
            "retard, avec un minimum de 50 € par jour. Livraison hors créneau horaire : 100 € par livraison.",
            "Le total des pénalités n'est pas plafonné.")
    cc += f_assurances(c, 0)
    cc += f_representants(c, 0)
    cc += f_modifications(c, 1)
    cc += f_rgpd(c, 1)
    cc += f_resiliation(c, 1)
    cc += f_litiges(c, 0)
    lab_cc = L(clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=1344000,
               evidence=["Le présent CCAP s'applique aux trois lots de la consultation",
                         "dans la limite de trois reconductions",
                         "Montant maximum annuel HT", "180 000 €", "124 000 €", "32 000 €",
                         "[(180 000 + 124 000 + 32 000) x 4 périodes = 1 344 000]",
                         "Le titulaire reprend, à chaque livraison, l'ensemble des emballages"])

    # --- AE lot 2
    ae = [TITLE("SYCOVAL", "ACTE D'ENGAGEMENT", "Lot n° 2 – Composteurs individuels bois et plastique recyclé",
                "Accord-cadre à bons de commande – Référence 2026-F-07"),
          H("Article 1 – Acheteur"),
          P("Syndicat mixte de collecte et de valorisation des déchets du Haut-Vérançon (SYCOVAL), 2 allée des "
            "Fours-à-Chaux, 63840 Saint-Aurel-du-Vérançon – SIRET 256 308 174 00026. Personne habilitée à "
            "donner les renseignements prévus à l'article R. 2191-59 : le président du syndicat. Comptable "
            "assignataire : M. le trésorier de Vérançon-Ambert."),
          H("Article 2 – Objet"),
          P("Le présent acte d'engagement concerne le lot n° 2 de l'accord-cadre « " + obj + " », qui comporte "
            "trois lots."),
          H("Article 3 – Engagement du titulaire"),
          TAB([("Nom commercial et dénomination sociale", ""), ("Adresse du siège", ""), ("SIRET", ""),
               ("Signataire (nom, qualité)", ""), ("Groupement (le cas échéant) : conjoint / solidaire", "")],
              widths=[0.5, 0.5], header=False),
          P("Je m'engage, sur la base de mon offre et pour mon propre compte (ou au nom des membres du "
            "groupement), à exécuter les prestations du lot n° 2 dans les conditions des pièces contractuelles."),
          H("Article 4 – Prix"),
          P("Les prestations sont rémunérées par application des prix unitaires du bordereau des prix du lot "
            "n° 2 aux quantités réellement commandées."),
          P("Pour information, le montant total estimé de l'accord-cadre, tous lots confondus, est de "
            "1 008 000 € HT sur sa durée maximale, dont 372 000 € HT pour le lot n° 2. Les montants minimum et "
            "maximum annuels du lot sont fixés à l'article 4 du CCAP."),
          H("Article 5 – Durée"),
          P("Douze mois à compter de la notification, reconductibles tacitement trois fois."),
          H("Article 6 – Compte à créditer"),
          P("Titulaire du compte : ........................................ IBAN : "
            "........................................ BIC : ................"),
          H("Article 7 – Avance"),
          P("Je renonce au bénéfice de l'avance :  [ ] oui   [ ] non"),
          H("Article 8 – Signature"),
          P("À ........................, le ........................ – Le candidat (signature électronique)"),
          P("Décision de l'acheteur : la présente offre est acceptée. À Saint-Aurel-du-Vérançon, le "
            "........................ – Le Président du SYCOVAL")]
    lab_ae = L(allotissement=1, nb_lots=3, montant_estime_ht=1008000,
               evidence=["accord-cadre « Fourniture et livraison de conteneurs roulants, de composteurs individuels "
                         "et de pièces détachées », qui comporte trois lots",
                         "le montant total estimé de l'accord-cadre, tous lots confondus, est de 1 008 000 € HT"])
    pieces = [
        PIECE("avis_eforms_2026-F-07.xml", "AVIS", "", "", [], lab_avis, xml=xml),
        PIECE("RC_2026-F-07.pdf", "RC", hdr, "SYCOVAL – Règlement de la consultation 2026-F-07", rc, lab_rc,
              hyphen=True),
        PIECE("CCAP_2026-F-07.pdf", "CCAP", hdr, "SYCOVAL – CCAP 2026-F-07", cc, lab_cc, hyphen=True, cols=2),
        PIECE("AE_lot2_2026-F-07.docx", "AE", hdr + " – Lot 2", "AE lot 2 – 2026-F-07", ae, lab_ae),
    ]
    return dict(id="d02", title="SYCOVAL (syndicat mixte déchets) – conteneurs, composteurs et pièces "
                                "détachées (accord-cadre à bons de commande, 3 lots, appel d'offres ouvert)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=3, montant_estime_ht=1008000, montant_max_ht=1344000),
                why="Avis eForms XML sans valeur globale : estimations et maximums donnés seulement lot par lot "
                    "(à additionner) ; RC : tableau annuel puis tableau sur quatre ans avec ligne de total ; "
                    "CCAP : maximums ANNUELS seulement, à multiplier par quatre périodes ; AE d'un lot donnant "
                    "l'estimation globale et celle du lot ; seuil européen 216 000 € HT, chiffres d'affaires "
                    "minimaux, 1 500 € par bon de commande.",
                note="Estimation : 540 000 + 372 000 + 96 000 = 1 008 000 € HT (avis, RC, AE). Maximum : 720 000 + "
                     "496 000 + 128 000 = 1 344 000 € HT sur quatre ans (avis, RC) = (180 000 + 124 000 + 32 000) "
                     "x 4 (CCAP). Les montants annuels (135 000, 180 000…) ne sont ni l'estimation ni le maximum "
                     "au sens du jeu. Pièges : 216 000 € HT (seuil), 300 000 et 200 000 € HT (chiffre d'affaires "
                     "minimal), 1 500 € HT par bon, minimums annuels 40 000 et 20 000 € HT.")


# ----------------------------------------------------------------------------- d03
def d03():
    c = C("le Centre hospitalier intercommunal de Valmorand-Saint-Irvy", "Tribunal administratif de Grenoble",
          paiement=50, profil="https://marches.chi-valmorand.fr", ref="2018-BLA-02",
          indice="ICHT-IME (indice du coût horaire du travail, industries mécaniques et électriques)",
          court="l'établissement", annee=2018)
    obj = "Location et entretien du linge plat et des tenues professionnelles"
    hdr = "CHI de Valmorand-Saint-Irvy – " + obj
    avis = [TITLE("Avis de marché", "Fournitures / Services – Directive 2014/24/UE",
                  "Avis n° 2018/S 101-228734 – JOUE et BOAMP n° 18-74215"),
            H("Section I : Pouvoir adjudicateur"),
            P("I.1) Nom et adresses"),
            P("Centre hospitalier intercommunal de Valmorand-Saint-Irvy, numéro national d'identification : "
              "26740912300017, 12 avenue du Docteur-Ferrand, 74910 Valmorand, France. Point(s) de contact : "
              "Direction des achats et de la logistique. Téléphone : +33 4 50 27 61 00. Courriel : "
              "achats@chi-valmorand.fr. Code NUTS : FRK28."),
            P("Adresse principale : https://www.chi-valmorand.fr – Adresse du profil d'acheteur : "
              "https://marches.chi-valmorand.fr"),
            P("I.3) Communication : Les documents du marché sont disponibles gratuitement en accès direct non "
              "restreint et complet à l'adresse : https://marches.chi-valmorand.fr"),
            P("I.4) Type de pouvoir adjudicateur : Autre type : établissement public de santé"),
            P("I.5) Activité principale : Santé"),
            H("Section II : Objet"),
            P("II.1) Étendue du marché"),
            P("II.1.1) Intitulé : " + obj + ". Numéro de référence : 2018-BLA-02"),
            P("II.1.2) Code CPV principal : 98310000"),
            P("II.1.3) Type de marché : Services"),
            P("II.1.4) Description succincte : Location, collecte, traitement (lavage, séchage, repassage), "
              "distribution et renouvellement du linge plat, des tenues professionnelles et du linge en forme "
              "des sites de Valmorand et de Saint-Irvy (environ 520 tonnes par an)."),
            P("II.1.5) Valeur totale estimée"),
            P("Valeur hors TVA : 1 240 000.00 EUR"),
            P("II.1.6) Information sur les lots"),
            P("Ce marché est divisé en lots : non"),
            P("II.2) Description"),
            P("II.2.2) Code(s) CPV additionnel(s) : 98311100"),
            P("II.2.3) Lieu d'exécution : Code NUTS : FRK28. Lieu principal d'exécution : site hospitalier de "
              "Valmorand et site de Saint-Irvy."),
            P("II.2.4) Description des prestations : accord-cadre à bons de commande mono-attributaire, conclu "
              "sans minimum ni maximum en application de l'article 78 du décret n° 2016-360 du 25 mars 2016."),
            P("II.2.5) Critères d'attribution"),
            P("Critère de qualité – Nom : Valeur technique / Pondération : 40"),
            P("Critère de qualité – Nom : Performances en matière d'insertion professionnelle des publics en "
              "difficulté / Pondération : 10"),
            P("Prix – Pondération : 50"),
            P("II.2.6) Valeur estimée"),
            P("Valeur hors TVA : 1 240 000.00 EUR"),
            P("II.2.7) Durée du marché, de l'accord-cadre ou du système d'acquisition dynamique"),
            P("Durée en mois : 12. Ce marché peut faire l'objet d'une reconduction : oui. Description des "
              "modalités ou du calendrier des reconductions : reconductible tacitement trois fois par période "
              "de douze mois."),
            P("II.2.10) Des variantes seront-elles prises en considération : non"),
            P("II.2.11) Information sur les options – Options : non"),
            P("II.2.13) Information sur les fonds de l'Union européenne : Le contrat s'inscrit dans un projet/"
              "programme financé par des fonds de l'Union européenne : non"),
            H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
            P("III.1.1) Habilitation à exercer l'activité professionnelle : liste et description succincte des "
              "conditions : voir le règlement de la consultation."),
            P("III.1.2) Capacité économique et financière : critères de sélection tels que mentionnés dans les "
              "documents de la consultation."),
            P("III.1.3) Capacité technique et professionnelle : critères de sélection tels que mentionnés dans "
              "les documents de la consultation."),
            P("III.2.2) Conditions particulières d'exécution : Le marché comporte une clause d'insertion par "
              "l'activité économique : le titulaire réalisera 1 200 heures de travail d'insertion sur la durée "
              "maximale de l'accord-cadre (article 38 de l'ordonnance n° 2015-899 du 23 juillet 2015)."),
            H("Section IV : Procédure"),
            P("IV.1.1) Type de procédure : Procédure ouverte"),
            P("IV.1.3) Information sur l'accord-cadre : L'avis implique l'établissement d'un accord-cadre. "
              "Accord-cadre avec un seul opérateur."),
            P("IV.1.8) Information concernant l'accord sur les marchés publics (AMP) : Le marché est couvert par "
              "l'accord sur les marchés publics : oui"),
            P("IV.2.2) Date limite de réception des offres ou des demandes de participation : 02/07/2018 – "
              "Heure locale : 12:00"),
            P("IV.2.4) Langue(s) pouvant être utilisée(s) dans l'offre : français"),
            P("IV.2.6) Délai minimal pendant lequel le soumissionnaire est tenu de maintenir son offre : Durée "
              "en mois : 6"),
            H("Section VI : Renseignements complémentaires"),
            P("VI.1) Renouvellement : Il s'agit d'un marché renouvelable : oui. Calendrier prévisionnel de "
              "publication des prochains avis : printemps 2022."),
            P("VI.3) Informations complémentaires : Une visite de la lingerie centrale est proposée le 7 juin "
              "2018 ; inscription obligatoire par courriel."),
            P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Grenoble, 2 place "
              "de Verdun, 38022 Grenoble"),
            P("VI.5) Date d'envoi du présent avis : 22/05/2018")]
    lab_avis = L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, critere_social=1, allotissement=0,
                 montant_estime_ht=1240000,
                 evidence=["Valeur hors TVA : 1 240 000.00 EUR", "Ce marché est divisé en lots : non",
                           "Performances en matière d'insertion professionnelle des publics en difficulté / "
                           "Pondération : 10",
                           "le titulaire réalisera 1 200 heures de travail d'insertion"])

    # --- RC (2018)
    rc = [TITLE("Centre hospitalier intercommunal de Valmorand-Saint-Irvy", "RÈGLEMENT DE LA CONSULTATION",
                obj, "Appel d'offres ouvert – Marché n° 2018-BLA-02"),
          H("Article 1 – Objet de la consultation"),
          P("La consultation a pour objet la location et l'entretien du linge plat, des tenues professionnelles "
            "et du linge en forme des deux sites de l'établissement. Le titulaire assure la collecte du linge "
            "sale, son traitement en blanchisserie industrielle, la livraison du linge propre en armoires et la "
            "gestion du stock."),
          H("Article 2 – Procédure"),
          P("La consultation est passée selon la procédure de l'appel d'offres ouvert, en application des "
            "articles 25-I-1°, 67 et 68 du décret n° 2016-360 du 25 mars 2016 relatif aux marchés publics."),
          H("Article 3 – Forme et durée du marché"),
          P("Il s'agit d'un accord-cadre à bons de commande mono-attributaire, passé sans minimum ni maximum "
            "en application des articles 78 et 80 du décret précité. Il est conclu pour un an à compter du "
            "1er octobre 2018 et peut être reconduit tacitement trois fois par période d'un an."),
          P("Le montant estimatif annuel des prestations est de 310~000 € HT. La valeur totale estimée de "
            "l'accord-cadre, périodes de reconduction comprises, s'établit ainsi à 1~240¦SB¦000 € HT."),
          P("À titre d'information, le montant des prestations exécutées en 2017 au titre du marché en cours "
            "s'est élevé à 287~640 € HT."),
          H("Article 4 – Allotissement"),
          P("Le marché n'est pas alloti. La location, la collecte, le traitement et la distribution du linge "
            "constituent une prestation intégrée dont la division rendrait techniquement difficile et "
            "financièrement plus coûteuse l'exécution (article 32 de l'ordonnance n° 2015-899).")]
    rc += r_dce(c, 2, ["le règlement de la consultation ;", "l'acte d'engagement ;", "le CCAP ;",
                       "le CCTP et l'inventaire du parc de linge ;", "le bordereau des prix unitaires ;",
                       "le détail quantitatif estimatif (DQE)."])
    rc += r_candidature(c, 0, extra=["Niveau minimal exigé : chiffre d'affaires annuel global au moins égal à "
                                     "500~000 € HT sur le dernier exercice clos."])
    rc += A("Contenu de l'offre",
            ["l'acte d'engagement ;", "le BPU et le DQE complétés ;",
             "un mémoire technique présentant l'organisation des collectes et des livraisons, le process de "
             "traitement, le plan de continuité en cas de panne, ainsi que les moyens d'accompagnement "
             "consacrés à l'insertion professionnelle des publics en difficulté."])
    rc += A("Jugement des offres",
            "Le jugement des offres est effectué selon les critères pondérés suivants (article 62 du décret n° "
            "2016-360) :",
            TAB([("Critère", "Pondération"), ("Prix (DQE)", "50 %"),
                 ("Valeur technique", "40 %"),
                 ("Performances en matière d'insertion professionnelle des publics en difficulté (tutorat, "
                  "formation, parcours proposés)", "10 %")], widths=[0.78, 0.22], align="lr"))
    rc += A("Visite",
            "Une visite facultative de la lingerie centrale est organisée le 7 juin 2018 à 10 heures. Les "
            "candidats s'inscrivent par courriel auprès de la direction des achats.")
    rc += r_validite(c, 2)
    rc += r_remise(c, 1, "lundi 2 juillet 2018, 12 heures")
    rc += r_recours(c, 2)
    lab_rc = L(critere_social=1, allotissement=0, montant_estime_ht=1240000,
               evidence=["La valeur totale estimée de l'accord-cadre, périodes de reconduction comprises, "
                         "s'établit ainsi à 1 240 000 € HT", "Le marché n'est pas alloti",
                         "Performances en matière d'insertion professionnelle des publics en difficulté (tutorat, "
                         "formation, parcours proposés) 10 %"])

    # --- CCAP (DOCX)
    cc = [TITLE("Centre hospitalier intercommunal de Valmorand-Saint-Irvy",
                "Cahier des clauses administratives particulières", obj, "Marché n° 2018-BLA-02"),
          H("Article 1 – Objet du marché"),
          P("Le marché porte sur la location et l'entretien du linge plat et des tenues professionnelles. Le "
            "marché n'est pas alloti ; il est exécuté par un titulaire unique."),
          H("Article 2 – Forme du marché"),
          P("Le marché est un accord-cadre à bons de commande mono-attributaire au sens des articles 78 et 80 "
            "du décret n° 2016-360. Il est passé sans montant minimum ni montant maximum."),
          P("Les quantités figurant au DQE sont données à titre indicatif et n'engagent pas l'établissement.")]
    cc += f_pieces(c, 2, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et ses annexes ;",
                          "le CCAG des fournitures courantes et services approuvé par l'arrêté du 19 janvier "
                          "2009 ;", "le bordereau des prix unitaires ;", "le mémoire technique du titulaire."])
    cc += A("Durée du marché",
            "L'accord-cadre est conclu pour une durée d'un an à compter du 1er octobre 2018. Il est reconduit "
            "tacitement par période d'un an, trois fois au plus. Le titulaire ne peut refuser la reconduction.")
    cc += A("Exécution des prestations",
            "Le linge sale est collecté trois fois par semaine sur chacun des sites ; le linge propre est livré "
            "dans un délai de 72 heures, en armoires filmées. Les tenues professionnelles sont nominatives et "
            "disposent d'une puce d'identification.",
            "Le titulaire maintient un stock de sécurité équivalent à cinq jours de consommation.")
    cc += A("Exigences environnementales",
            "Le titulaire utilise des lessives et produits de traitement titulaires de l'Écolabel européen ou "
            "d'un label équivalent, sans phosphates. Sa consommation d'eau ne dépasse pas 10 litres par kilo de "
            "linge traité ; il en rend compte dans le bilan annuel d'exécution.",
            "Les tournées de collecte et de livraison sont optimisées afin de limiter le nombre de trajets.")
    cc += A("Clause d'insertion par l'activité économique",
            "Conformément à l'article 38 de l'ordonnance n° 2015-899, le titulaire s'engage à réaliser une "
            "action d'insertion permettant l'accès ou le retour à l'emploi de personnes rencontrant des "
            "difficultés sociales ou professionnelles particulières.",
            "Le volume d'heures à réaliser est de 1 200 heures sur la durée maximale de l'accord-cadre, "
            "reconductions comprises, soit environ 300 heures par période annuelle.",
            "Le titulaire peut recourir à l'embauche directe, à la mise à disposition de salariés par une "
            "association intermédiaire ou une ETTI, ou à la sous-traitance d'une partie des prestations à une "
            "entreprise d'insertion. La Maison de l'emploi du Valmorand assure le suivi de la clause.",
            "En cas de non-respect de l'engagement, le titulaire encourt une pénalité de 50 € par heure "
            "d'insertion non effectuée.")
    cc += f_prix(c, 2)
    cc += A("Avance",
            "Une avance de 5 % est versée au titulaire dans les conditions de l'article 110 du décret n° "
            "2016-360, pour chaque bon de commande d'un montant supérieur à 50~000 € HT et d'une durée "
            "d'exécution supérieure à deux mois, sauf renonciation dans l'acte d'engagement.")
    cc += A("Modalités de paiement",
            "Le délai global de paiement applicable aux établissements publics de santé est de 50 jours "
            "(décret n° 2013-269 du 29 mars 2013). Son dépassement fait courir de plein droit des intérêts "
            "moratoires et ouvre droit à l'indemnité forfaitaire de 40 € pour frais de recouvrement.",
            "Les factures mensuelles sont établies par site et par service utilisateur ; elles sont transmises "
            "via Chorus Pro.")
    cc += A("Pénalités",
            "Retard de livraison du linge propre : 200 € par jour et par site. Linge rendu taché ou "
            "détérioré : remplacement aux frais du titulaire. Perte de linge au-delà de 2 % du parc annuel : "
            "refacturation au prix neuf.",
            "Par dérogation à l'article 14.1 du CCAG-FCS, les pénalités sont dues dès le premier euro.")
    cc += f_assurances(c, 1)
    cc += f_representants(c, 2)
    cc += f_soustraitance(c, 1)
    cc += f_rgpd(c, 0)
    cc += f_resiliation(c, 2)
    cc += f_litiges(c, 1)
    lab_cc = L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, clause_environnementale=1,
               allotissement=0,
               evidence=["Le marché n'est pas alloti", "Il est passé sans montant minimum ni montant maximum",
                         "Le volume d'heures à réaliser est de 1 200 heures sur la durée maximale de "
                         "l'accord-cadre",
                         "Le titulaire utilise des lessives et produits de traitement titulaires de l'Écolabel "
                         "européen"])

    # --- AE complété par le candidat retenu (DOCX)
    ae = [TITLE("Centre hospitalier intercommunal de Valmorand-Saint-Irvy", "ACTE D'ENGAGEMENT",
                obj, "Marché n° 2018-BLA-02 – marché unique (non alloti)"),
          H("Article 1 – Contractant"),
          P("Je soussigné, M. Thierry Vasselin, agissant en qualité de directeur général de la société "
            "Blanchisserie industrielle Hélianthe SAS, au capital de 1 200 000 €, dont le siège est situé "
            "ZA des Rivoires, 73290 Les Rivoires-d'Arcin, immatriculée au RCS sous le numéro SIRET "
            "512 874 306 00035,"),
          P("après avoir pris connaissance du CCAP, du CCTP et des documents qui y sont mentionnés, m'engage, "
            "sans réserve, à exécuter les prestations dans les conditions ci-après définies."),
          H("Article 2 – Prix"),
          P("Les prestations sont rémunérées par application des prix unitaires du bordereau des prix. "
            "L'accord-cadre est conclu sans minimum ni maximum."),
          P("À titre indicatif, le montant annuel de mon offre, calculé sur la base du détail quantitatif "
            "estimatif, s'élève à :"),
          TAB([("Montant annuel HT", "297 480,00 €"), ("TVA 20 %", "59 496,00 €"), ("Montant annuel TTC", "356 976,00 €")],
              widths=[0.5, 0.5], header=False, align="lr"),
          P("Soit, en toutes lettres : trois cent cinquante-six mille neuf cent soixante-seize euros toutes "
            "taxes comprises par an."),
          H("Article 3 – Durée"),
          P("Un an à compter du 1er octobre 2018, reconductible tacitement trois fois."),
          H("Article 4 – Engagement d'insertion"),
          P("Je m'engage à réaliser l'action d'insertion prévue à l'article 7 du CCAP et à transmettre chaque "
            "trimestre à la Maison de l'emploi du Valmorand les justificatifs des heures effectuées."),
          H("Article 5 – Paiement"),
          P("Compte ouvert au nom de Blanchisserie industrielle Hélianthe SAS – IBAN FR76 3000 4012 7700 0108 "
            "4422 917 – BIC BNPAFRPPXXX."),
          P("Avance : je ne renonce pas au bénéfice de l'avance."),
          H("Article 6 – Signature"),
          P("Fait aux Rivoires-d'Arcin, le 28 juin 2018. Le directeur général, Thierry Vasselin."),
          P("Acceptation de l'offre : est acceptée la présente offre pour valoir acte d'engagement. À Valmorand, "
            "le 14 septembre 2018. Pour le directeur et par délégation, la directrice des achats, Mme Agnès "
            "Bourdelin.")]
    lab_ae = L(clause_sociale=1, clause_insertion=1, allotissement=0,
               evidence=["marché unique (non alloti)",
                         "Je m'engage à réaliser l'action d'insertion prévue à l'article 7 du CCAP"])
    pieces = [
        PIECE("avis_JOUE_2018-S101-228734.txt", "AVIS", hdr, "", avis, lab_avis),
        PIECE("RC_2018-BLA-02.pdf", "RC", hdr, "CHIVSI – Règlement de consultation – 2018-BLA-02", rc, lab_rc,
              hyphen=True),
        PIECE("CCAP_2018-BLA-02.docx", "CCAP", hdr, "CCAP 2018-BLA-02", cc, lab_cc),
        PIECE("AE_signe_Helianthe_2018-BLA-02.docx", "AE", hdr, "Acte d'engagement 2018-BLA-02", ae, lab_ae),
    ]
    return dict(id="d03", title="Centre hospitalier intercommunal de Valmorand-Saint-Irvy – location-entretien "
                                "du linge (accord-cadre sans minimum ni maximum, 2018)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=1200, allotissement=0, montant_estime_ht=1240000),
                why="Avis JOUE au formulaire standard (II.1.5 « Valeur totale estimée », point décimal "
                    "« 1 240 000.00 EUR ») ; accord-cadre « sans minimum ni maximum » (ancien décret 2016-360) : "
                    "pas de maximum ; RC : estimation annuelle ET valeur totale reconductions comprises, montant "
                    "du marché précédent ; AE rempli par le titulaire avec le montant de son offre (pas une "
                    "estimation).",
                note="Estimation : 1 240 000 € HT (avis II.1.5 et II.2.6 ; RC : 310 000 € HT par an puis "
                     "« valeur totale estimée … reconductions comprises » 1 240 000 € HT). Maximum : aucun (sans minimum ni maximum). Pièges : 287 640 € HT "
                     "(marché antérieur), 500 000 € HT (chiffre d'affaires minimal), 297 480,00 € HT / "
                     "356 976,00 € TTC (offre du titulaire dans l'AE signé), capital social 1 200 000 €. Heures : "
                     "1 200 (avis, CCAP) ; « environ 300 heures par période » n'est pas le total.")


# ----------------------------------------------------------------------------- d04
def d04():
    c = C("l'Université de Orbénac-Val d'Ose", "Tribunal administratif de Pau", ccag="prestations intellectuelles",
          profil="https://achats.univ-orbenac.fr", ref="USVO-2026-AMO-03", indice="SYNTEC",
          court="l'Université")
    obj = ("Assistance à maîtrise d'ouvrage pour l'élaboration du schéma pluriannuel de stratégie immobilière "
           "(SPSI) et la programmation de la réhabilitation de la bibliothèque universitaire Lettres")
    hdr = "Université de Orbénac-Val d'Ose – AMO SPSI et BU Lettres"
    avis = [TITLE("BOAMP – Bulletin officiel des annonces des marchés publics", "Avis de marché",
                  "Annonce n° 26-61904 – Services – Procédure adaptée"),
            H("Section 1 – Identification de l'acheteur"),
            TAB([("Nom complet de l'acheteur", "Université de Orbénac-Val d'Ose"),
                 ("Type de numéro national d'identification", "SIRET"),
                 ("N° national d'identification", "19074561200011"),
                 ("Ville", "Orbénac"), ("Code postal", "64390"),
                 ("Groupement de commandes", "Non")], widths=[0.42, 0.58], header=False),
            H("Section 2 – Communication"),
            TAB([("Lien vers le profil d'acheteur", "https://achats.univ-orbenac.fr"),
                 ("Identifiant interne de la consultation", "USVO-2026-AMO-03"),
                 ("Intégralité des documents sur le profil d'acheteur", "Oui"),
                 ("Nom du contact", "Direction du patrimoine – M. Bastien Oyhenart"),
                 ("Adresse mail du contact", "patrimoine-marches@univ-orbenac.fr")],
                widths=[0.42, 0.58], header=False),
            H("Section 3 – Procédure"),
            TAB([("Type de procédure", "Procédure adaptée ouverte"),
                 ("Capacité économique et financière", "Chiffre d'affaires annuel minimal exigé : voir le "
                  "règlement de la consultation"),
                 ("Capacités techniques et professionnelles", "Trois références de missions d'élaboration de "
                  "SPSI ou de programmation pour des établissements publics, au cours des cinq dernières années"),
                 ("Technique d'achat", "Sans objet"),
                 ("Date et heure limite de réception des plis", "27/04/2026 à 12h00"),
                 ("Réduction du nombre de candidats", "Non"),
                 ("Possibilité d'attribution sans négociation", "Oui"),
                 ("Critères d'attribution", "Offre économiquement la plus avantageuse appréciée en fonction "
                  "des critères énoncés dans les documents de la consultation")],
                widths=[0.42, 0.58], header=False),
            H("Section 4 – Identification du marché"),
            TAB([("Intitulé du marché", obj),
                 ("Code CPV principal", "71241000 – Études de faisabilité, service de conseil, analyse"),
                 ("Type de marché", "Services"),
                 ("Description succincte du marché", "Diagnostic technique, fonctionnel et réglementaire des "
                  "84 000 m² SHON du patrimoine universitaire ; élaboration du SPSI 2027-2031 ; programmation "
                  "de la réhabilitation de la BU Lettres et assistance au choix du maître d'œuvre."),
                 ("Lieu principal d'exécution", "Campus d'Orbénac et site d'Lurbe-Estivaux"),
                 ("Durée du marché (en mois)", "20"),
                 ("Estimation de la valeur totale", "142 500 € HT, tranche ferme et tranches optionnelles "
                  "comprises"),
                 ("La consultation comporte des tranches", "Oui"),
                 ("La consultation prévoit une réservation de tout ou partie du marché", "Non"),
                 ("Marché alloti", "Non")], widths=[0.42, 0.58], header=False),
            H("Section 6 – Informations complémentaires"),
            P("Visite obligatoire : Non. Une audition des trois candidats les mieux classés pourra être "
              "organisée pendant la semaine du 18 mai 2026. La surface de 84 000 m² SHON mentionnée ci-dessus "
              "est donnée à titre indicatif."),
            P("Date d'envoi du présent avis à la publication : 26/03/2026")]
    lab_avis = L(allotissement=0, montant_estime_ht=142500,
                 evidence=["Estimation de la valeur totale 142 500 € HT, tranche ferme et tranches optionnelles "
                           "comprises", "Marché alloti Non"])

    # --- RC (DOCX)
    rc = [TITLE("Université de Orbénac-Val d'Ose – Direction du patrimoine", "Règlement de la consultation",
                obj, "Marché de prestations intellectuelles – procédure adaptée – USVO-2026-AMO-03"),
          H("Article 1 – Objet"),
          P("La présente consultation a pour objet une mission d'assistance à maîtrise d'ouvrage comprenant le "
            "diagnostic du patrimoine immobilier de l'Université, l'élaboration de son schéma pluriannuel de "
            "stratégie immobilière (SPSI) pour la période 2027-2031 et, en option, la programmation de la "
            "réhabilitation de la bibliothèque universitaire Lettres."),
          H("Article 2 – Procédure de passation"),
          P("La consultation est passée selon une procédure adaptée en application des articles L. 2123-1 et "
            "R. 2123-1 1° du code de la commande publique, la valeur estimée du besoin étant inférieure au "
            "seuil de 216 000 € HT."),
          H("Article 3 – Décomposition du marché"),
          P("Le marché n'est pas alloti : les missions de diagnostic, de stratégie et de programmation "
            "s'enchaînent et reposent sur les mêmes relevés ; leur dévolution à des prestataires distincts "
            "rendrait l'exécution plus difficile et plus coûteuse (article L. 2113-11 du code)."),
          P("Il comporte une tranche ferme et deux tranches optionnelles (articles R. 2113-4 à R. 2113-6). Le "
            "montant prévisionnel de chaque tranche est indiqué ci-dessous :"),
          TAB([("Tranche", "Contenu", "Montant prévisionnel HT"),
               ("Tranche ferme", "Diagnostic du patrimoine et élaboration du SPSI 2027-2031", "84 000 €"),
               ("Tranche optionnelle 1", "Programmation de la réhabilitation de la BU Lettres", "36 000 €"),
               ("Tranche optionnelle 2", "Assistance à la passation du marché de maîtrise d'œuvre de la BU",
                "22 500 €"),
               ("Total", "Tranche ferme et tranches optionnelles", "142 500 €")],
              widths=[0.22, 0.53, 0.25], align="llr"),
          P("Les tranches optionnelles peuvent être affermies dans un délai de douze mois à compter de la "
            "remise du rapport final de la tranche ferme. Leur non-affermissement ne donne lieu à aucune "
            "indemnité."),
          H("Article 4 – Délais d'exécution"),
          P("Le délai d'exécution de la tranche ferme est de huit mois. Les délais des tranches optionnelles "
            "sont de quatre mois (TO1) et de la durée de la procédure de choix du maître d'œuvre (TO2).")]
    rc += r_dce(c, 0, ["le présent règlement ;", "l'acte d'engagement ;", "le CCAP ;",
                       "le cahier des charges techniques (CCTP) et l'inventaire des bâtiments ;",
                       "la décomposition du prix global et forfaitaire par tranche (DPGF)."])
    rc += r_candidature(c, 1, extra=["Niveaux minimaux de capacité : chiffre d'affaires annuel au moins égal "
                                     "à 210 000 € HT sur l'un des trois derniers exercices ; trois références "
                                     "de missions similaires, dont au moins une d'un montant supérieur à "
                                     "50 000 € HT."])
    rc += A("Contenu des offres",
            ["l'acte d'engagement complété ;", "la DPGF renseignée pour chaque tranche ;",
             "une note méthodologique (quinze pages au plus) ;",
             "la composition de l'équipe dédiée et les CV des intervenants ;", "un planning détaillé."])
    rc += A("Jugement des offres",
            "Les offres sont classées selon les critères suivants :",
            ["Valeur technique (60 %) : méthodologie de diagnostic et de concertation (35 points), composition "
             "et expérience de l'équipe (25 points) ;",
             "Prix (40 %), apprécié sur le montant total tranche ferme et tranches optionnelles."],
            "L'Université peut auditionner les trois candidats les mieux classés et négocier avec eux.")
    rc += r_remise(c, 1, "lundi 27 avril 2026 à 12 heures")
    rc += r_renseignements(c, 2, "direction du patrimoine, patrimoine-marches@univ-orbenac.fr")
    rc += r_recours(c, 1)
    lab_rc = L(allotissement=0, montant_estime_ht=142500,
               evidence=["Le marché n'est pas alloti", "Total Tranche ferme et tranches optionnelles 142 500 €",
                         "Le montant prévisionnel de chaque tranche est indiqué ci-dessous"])

    # --- CCAP (PDF)
    cc = [TITLE("Université de Orbénac-Val d'Ose", "Cahier des clauses administratives particulières",
                obj, "USVO-2026-AMO-03"),
          H("Article 1 – Objet du marché"),
          P("Le présent CCAP fixe les conditions d'exécution de la mission d'assistance à maîtrise d'ouvrage "
            "décrite au CCTP."),
          H("Article 2 – Tranches"),
          P("Le marché comporte une tranche ferme (diagnostic et SPSI) et deux tranches optionnelles "
            "(programmation de la BU Lettres ; assistance au choix du maître d'œuvre). L'affermissement d'une "
            "tranche optionnelle est notifié au titulaire par décision du président de l'Université."),
          P("Par dérogation à l'article 1.2 du CCAG-PI, aucune indemnité d'attente ni de dédit n'est due si une "
            "tranche optionnelle n'est pas affermie.")]
    cc += f_pieces(c, 2, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP ;",
                          "le CCAG applicable aux marchés de prestations intellectuelles (arrêté du 30 mars "
                          "2021) ;", "la DPGF ;", "l'offre technique du titulaire."])
    cc += A("Délais et phasage",
            "Tranche ferme : phase 1 (diagnostic) en quatre mois ; phase 2 (scénarios) en deux mois ; phase 3 "
            "(SPSI et plan d'actions) en deux mois. Chaque phase donne lieu à un rapport soumis à la validation "
            "du comité de pilotage.",
            "Les délais de validation par l'Université sont de trois semaines par rapport ; ils ne s'imputent "
            "pas sur les délais du titulaire.")
    cc += A("Prix",
            "Le marché est traité à prix global et forfaitaire pour chaque tranche. Les prix sont fermes et "
            "actualisables selon l'indice SYNTEC lorsque le commencement d'exécution d'une tranche intervient "
            "plus de trois mois après la date de remise des offres.")
    cc += A("Avance",
            "Une avance est versée pour chaque tranche dont le montant est supérieur à 50 000 € HT et le délai "
            "d'exécution supérieur à deux mois. Son taux est de 10 % du montant TTC de la tranche lorsque le "
            "titulaire est une petite ou moyenne entreprise, et de 5 % dans les autres cas.")
    cc += f_paiement(c, 0)
    cc += A("Propriété intellectuelle",
            "L'option A du chapitre 8 du CCAG-PI s'applique. L'Université peut librement utiliser, reproduire et "
            "adapter les rapports, plans et bases de données produits au titre du marché.")
    cc += A("Pénalités",
            ("split", "En cas de retard dans la remise d'un rapport, le titulaire encourt, sans mise en demeure "
                      "préalable, une pénalité de 200 € par jour calendaire de retard. L'absence non "
                      "justifiée à une réunion du comité de pilotage", "entraîne une pénalité forfaitaire de "
                      "300 €."),
            "Le titulaire est exonéré des pénalités dont le montant total n'excède pas 1 000 € HT pour "
            "l'ensemble du marché.")
    cc += f_assurances(c, 0)
    cc += f_rgpd(c, 2)
    cc += f_representants(c, 2)
    cc += f_modifications(c, 2)
    cc += f_resiliation(c, 2)
    cc += f_litiges(c, 0)
    lab_cc = L()
    # --- AE (DOCX) avec encadré de l'acheteur
    ae = [TITLE("Université de Orbénac-Val d'Ose", "Acte d'engagement", obj, "USVO-2026-AMO-03"),
          H("1. Identification de l'acheteur"),
          P("Université de Orbénac-Val d'Ose, établissement public à caractère scientifique, culturel et "
            "professionnel, 1 place des Gaves, 64390 Orbénac. Ordonnateur : le président de l'Université. "
            "Comptable assignataire : l'agent comptable de l'Université."),
          H("2. Objet"),
          P("Le marché, non alloti, comporte une tranche ferme et deux tranches optionnelles définies à "
            "l'article 2 du CCAP."),
          TAB([("Cadre réservé à l'acheteur",),
               ("Montant estimatif de la consultation (tranche ferme et tranches optionnelles) : 142 500,00 € HT. "
                "Donné à titre indicatif, ce montant ne préjuge pas de l'offre.",)], widths=[1.0]),
          H("3. Engagement du candidat"),
          P("Je soussigné(e) ...................................................... agissant au nom et pour le "
            "compte de ...................................................... (SIRET "
            "......................), m'engage à exécuter les prestations aux prix indiqués ci-dessous :"),
          TAB([("Tranche", "Montant HT", "TVA 20 %", "Montant TTC"),
               ("Tranche ferme", "", "", ""), ("Tranche optionnelle 1", "", "", ""),
               ("Tranche optionnelle 2", "", "", ""), ("Total", "", "", "")],
              widths=[0.34, 0.22, 0.22, 0.22]),
          H("4. Délais"),
          P("Les délais d'exécution sont ceux de l'article 3 du CCAP."),
          H("5. Avance"),
          P("Le candidat déclare être une PME au sens de la recommandation 2003/361/CE :  [ ] oui   [ ] non. "
            "Il renonce à l'avance :  [ ] oui   [ ] non."),
          H("6. Signatures"),
          P("Le candidat : à ...................., le ....................    L'acheteur : à Orbénac, le "
            "....................")]
    lab_ae = L(allotissement=0, montant_estime_ht=142500,
               evidence=["Le marché, non alloti, comporte une tranche ferme et deux tranches optionnelles",
                         "Montant estimatif de la consultation (tranche ferme et tranches optionnelles) : "
                         "142 500,00 € HT"])
    pieces = [
        PIECE("Avis_BOAMP_26-61904.pdf", "AVIS", "BOAMP – Annonce n° 26-61904", "Avis publié le 28/03/2026",
              avis, lab_avis),
        PIECE("RC_USVO-2026-AMO-03.docx", "RC", hdr, "RC – USVO-2026-AMO-03", rc, lab_rc),
        PIECE("CCAP_USVO-2026-AMO-03.pdf", "CCAP", hdr + " – CCAP", "USVO-2026-AMO-03 – CCAP", cc, lab_cc,
              hyphen=True),
        PIECE("AE_USVO-2026-AMO-03.docx", "AE", hdr, "Acte d'engagement – USVO-2026-AMO-03", ae, lab_ae),
    ]
    return dict(id="d04", title="Université de Orbénac-Val d'Ose – AMO schéma immobilier et programmation "
                                "de la BU (procédure adaptée, tranche ferme et deux tranches optionnelles)",
                pieces=pieces, pos=[],
                values=V(allotissement=0, montant_estime_ht=142500),
                why="Estimation = tranche ferme + tranches optionnelles (84 000 + 36 000 + 22 500 = 142 500) ; "
                    "avis BOAMP en PDF sous forme de tableau « Estimation de la valeur totale » ; RC : tableau "
                    "« montant prévisionnel » avec ligne de total ; AE : encadré de l'acheteur (estimation) "
                    "distinct du tableau de prix vide du candidat ; pièges : chiffre d'affaires minimal "
                    "210 000 € HT, seuil 216 000 € HT, référence de 50 000 € HT, 84 000 m² SHON, avance.",
                note="Estimation : 142 500 € HT (avis, RC, AE). Pas de maximum (marché ordinaire à tranches). Non "
                     "alloti (avis, RC, AE). Le CCAP ne donne aucun montant du marché ni rien sur les lots : "
                     "ligne vide. Le montant de la seule tranche ferme (84 000 € HT) n'est pas l'estimation.")


# ----------------------------------------------------------------------------- d05
def d05():
    c = C("Val de Brande Habitat", "Tribunal administratif de Limoges", ccag="travaux",
          profil="https://marches.valdebrande-habitat.fr", ref="VBH-2026-AC-11", indice="BT01",
          court="l'Office", travaux=True)
    obj = "Accord-cadre à bons de commande de travaux de remise en état des logements vacants"
    hdr = "Val de Brande Habitat – " + obj
    lots = [("1", "Peinture, revêtements muraux et sols souples", "45442100", "700 000,00", "1 000 000,00"),
            ("2", "Plomberie, sanitaires, production d'eau chaude", "45330000", "504 000,00", "720 000,00"),
            ("3", "Électricité, mise en sécurité, VMC", "45310000", "420 000,00", "600 000,00"),
            ("4", "Menuiseries intérieures, serrurerie, petite maçonnerie", "45421000", "336 000,00", "480 000,00")]
    avis = [TITLE("Avis de marché ou de concession – régime standard",
                  "Val de Brande Habitat – Remise en état des logements vacants",
                  "Avis n° 226417-2026 – BOAMP 26-55380 – Date de publication : 17/04/2026"),
            H("1. Acheteur"),
            P("1.1 Acheteur"),
            P("Nom officiel : Val de Brande Habitat – Office public de l'habitat"),
            P("Forme juridique de l'acheteur : Organisme de droit public contrôlé par une autorité locale"),
            P("Activité du pouvoir adjudicateur : Logement et équipements collectifs"),
            H("2. Procédure"),
            P("2.1 Procédure"),
            P("Titre : " + obj),
            P("Description : Travaux de second œuvre réalisés entre deux locations dans le parc de 6 200 "
              "logements de l'Office (remise en peinture, reprise des installations sanitaires et électriques, "
              "menuiseries), sur commande et selon un bordereau de prix unitaires."),
            P("Identifiant de la procédure : 8c5e2d71-4b0a-4e39-a6f1-0d93b27c61e4"),
            P("Identifiant interne : VBH-2026-AC-11"),
            P("Type de procédure : Ouverte"),
            P("La procédure est accélérée : non"),
            P("2.1.1 Objet"),
            P("Nature du contrat : Travaux"),
            P("Nomenclature principale (cpv) : 45453000 Travaux de réfection et de remise en état"),
            P("2.1.2 Lieu d'exécution"),
            P("Ville : Brande-sur-Vézenne – Code postal : 19240 – Subdivision pays (NUTS) : Corrèze (FRI21) – "
              "Pays : France"),
            P("2.1.3 Valeur"),
            P("Valeur estimée hors TVA : 1 960 000,00 EUR"),
            P("Valeur maximale de l'accord-cadre : 2 800 000,00 EUR"),
            P("2.1.4 Informations générales"),
            P("Base juridique : Directive 2014/24/UE ; code de la commande publique"),
            P("2.1.6 Motifs d'exclusion : Sources des motifs d'exclusion : Avis de marché. Motifs d'exclusion "
              "purement nationaux : articles L. 2141-1 à L. 2141-11 du code de la commande publique."),
            H("5. Lot")]
    for n, t, cpv, est, mx in lots:
        avis += [P("5.1 Lot technique : LOT-000%s" % n),
                 P("Titre : Lot %s – %s" % (n, t)),
                 P("Identifiant interne : %s" % n),
                 P("5.1.1 Objet – Nature du contrat : Travaux – Nomenclature principale (cpv) : %s" % cpv),
                 P("5.1.3 Durée estimée – Durée : 12 Mois"),
                 P("5.1.4 Renouvellement – Nombre maximal de renouvellements : 3 – L'acheteur se réserve le droit "
                   "de procéder à des renouvellements : reconduction tacite par période de douze mois."),
                 P("5.1.5 Valeur"),
                 P("Valeur estimée hors TVA : %s EUR" % est),
                 P("Valeur maximale de l'accord-cadre : %s EUR" % mx),
                 P("5.1.6 Informations générales – Marchés réservés : La participation n'est pas réservée. – "
                   "Cette procédure relève de l'accord sur les marchés publics (AMP) : oui"),
                 P("5.1.10 Critères d'attribution – Critère : Type : Prix – Description : prix apprécié sur un "
                   "devis quantitatif estimatif non contractuel – Catégorie du critère de pondération : "
                   "Pondération (pourcentage, exacte) – Critère de pondération (nombre) : 60 ; Critère : Type : "
                   "Qualité – Description : valeur technique (délais d'intervention, moyens, organisation) – "
                   "Critère de pondération (nombre) : 40"),
                 P("5.1.12 Conditions du marché – Conditions d'exécution du marché : clause d'insertion "
                   "professionnelle ; le titulaire consacre un nombre d'heures de travail à des personnes "
                   "éloignées de l'emploi, fixé pour chaque lot au CCAP."),
                 P("5.1.15 Techniques – Accord-cadre : Accord-cadre, sans remise en concurrence")]
    avis += [H("8. Organisations"),
             P("8.1 ORG-0001 – Nom officiel : Val de Brande Habitat – Numéro d'enregistrement : 27190045200034 – "
               "Adresse postale : 5 cours Marcelin-Lavergne, 19240 Brande-sur-Vézenne – Point de contact : "
               "service des marchés – Courriel : marches@valdebrande-habitat.fr – Rôles : Acheteur"),
             P("8.1 ORG-0002 – Nom officiel : Tribunal administratif de Limoges – Rôles : Organisation chargée "
               "des procédures de recours"),
             P("Date d'envoi de l'avis : 15/04/2026 – Langues : français")]
    lab_avis = L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=4, montant_estime_ht=1960000,
                 montant_max_ht=2800000,
                 evidence=["Valeur estimée hors TVA : 1 960 000,00 EUR",
                           "Valeur maximale de l'accord-cadre : 2 800 000,00 EUR", "Lot technique : LOT-0004",
                           "clause d'insertion professionnelle ; le titulaire consacre un nombre d'heures de "
                           "travail à des personnes éloignées de l'emploi"])

    # --- RC (PDF)
    rc = [TITLE("Val de Brande Habitat – Office public de l'habitat", "RÈGLEMENT DE CONSULTATION", obj,
                "Appel d'offres ouvert – VBH-2026-AC-11"),
          H("Article 1 – Objet de la consultation"),
          P("La consultation porte sur les travaux de remise en état des logements libérés par leurs "
            "locataires, préalablement à leur relocation, dans l'ensemble du patrimoine de l'Office (6 200 "
            "logements répartis sur 31 communes)."),
          H("Article 2 – Procédure"),
          P("Bien que la valeur du besoin soit inférieure au seuil de 5~404~000 € HT des marchés de travaux, "
            "l'Office a choisi de recourir à l'appel d'offres ouvert (articles R.~2124-2 1° et R.~2161-2 et "
            "suivants du code de la commande publique)."),
          H("Article 3 – Forme du marché et durée"),
          P("Chaque lot fait l'objet d'un accord-cadre mono-attributaire exécuté par bons de commande. "
            "L'accord-cadre est conclu pour une période initiale d'un an à compter de sa notification ; il est "
            "reconductible tacitement trois fois, par période d'un an."),
          P("Le besoin annuel est estimé à 490¦SB¦000 € HT tous lots confondus. Les montants minimum et maximum de "
            "chaque lot sont fixés à l'article 5 du CCAP."),
          H("Article 4 – Allotissement"),
          P("Les travaux sont répartis en quatre lots :"),
          LST(["lot 1 : %s ;" % lots[0][1], "lot 2 : %s ;" % lots[1][1], "lot 3 : %s ;" % lots[2][1],
               "lot 4 : %s." % lots[3][1]]),
          P("Un même opérateur peut être attributaire de plusieurs lots. Les variantes ne sont pas autorisées.")]
    rc += r_dce(c, 2, ["le règlement de consultation ;", "un acte d'engagement par lot ;", "le CCAP ;",
                       "le CCTP commun aux quatre lots ;", "les BPU et DQE de chaque lot ;",
                       "la liste des résidences et le plan de situation des agences."])
    rc += r_candidature(c, 1)
    rc += A("Contenu de l'offre",
            "Pour chaque lot auquel il répond, le candidat remet l'acte d'engagement, le BPU, le DQE (qui "
            "sert exclusivement au jugement des offres) et un mémoire technique précisant les délais "
            "d'intervention, les moyens humains et matériels, l'organisation des commandes et des réceptions.")
    rc += A("Jugement des offres",
            "Critère 1 – Prix (60 %), apprécié au vu du DQE.",
            "Critère 2 – Valeur technique (40 %) : délais d'intervention (15 %), moyens humains et matériels "
            "(15 %), organisation et suivi des commandes (10 %).")
    rc += r_remise(c, 0, "29 mai 2026 à 12 heures")
    rc += r_attribution(c, 2)
    rc += r_renseignements(c, 0, "Mme Sandrine Peyrefitte, service des marchés de Val de Brande Habitat")
    rc += r_recours(c, 2)
    lab_rc = L(allotissement=1, nb_lots=4, montant_estime_ht=1960000,
               evidence=["Les travaux sont répartis en quatre lots",
                         "Le besoin annuel est estimé à 490 000 € HT tous lots confondus",
                         "reconductible tacitement trois fois, par période d'un an",
                         "[490 000 x 4 périodes = 1 960 000]"])

    # --- CCAP (PDF deux colonnes)
    cc = [TITLE("Val de Brande Habitat", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj,
                "VBH-2026-AC-11"),
          H("Article 1 – Objet – Lots"),
          P("Le présent CCAP est commun aux quatre lots de l'accord-cadre :"),
          LST(["lot 1 : %s ;" % lots[0][1], "lot 2 : %s ;" % lots[1][1], "lot 3 : %s ;" % lots[2][1],
               "lot 4 : %s." % lots[3][1]])]
    cc += f_pieces(c, 0, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP ;",
                          "le CCAG Travaux (arrêté du 30 mars 2021) ;", "le BPU du lot."])
    cc += A("Durée",
            "L'accord-cadre est conclu pour un an à compter de sa notification, reconductible tacitement trois "
            "fois. Sa durée totale ne peut excéder quatre ans.")
    cc += A("Bons de commande et délais d'intervention",
            "Chaque bon de commande précise le logement, la nature des travaux et le délai d'exécution, qui ne "
            "peut être inférieur à dix jours ouvrés, sauf urgence (48 heures pour une mise en sécurité).",
            "L'état des lieux contradictoire est établi par le chargé de gestion locative avant tout "
            "démarrage.")
    cc += A("Montants minimum et maximum",
            "Les montants minimum et maximum de chaque lot sont fixés, pour la durée totale de l'accord-cadre "
            "(période initiale et trois reconductions), comme suit :",
            RTAB([("Lot", "Minimum HT", "Maximum HT"), ("1", "120~000 €", "1~000~000 €"),
                  ("2", "80~000 €", "720~000 €"), ("3", "60~000 €", "600~000 €"), ("4", "40~000 €", "480~000 €")],
                 widths=[0.2, 0.4, 0.4], align="lrr"),
            "Aucun bon de commande ne peut être émis au-delà du maximum du lot.")
    cc += f_prix(c, 2)
    cc += f_avance(c, 1, taux="5")
    cc += f_paiement(c, 2)
    cc += f_garantie(c, 2)
    cc += A("Pénalités",
            "Retard dans l'exécution d'un bon de commande : 80 € par jour calendaire. Retard dans une "
            "intervention d'urgence : 150 € par tranche de 24 heures. Logement rendu non nettoyé : 120 € par "
            "constat.")
    cc += A("Clause d'insertion professionnelle",
            "Le titulaire de chaque lot réserve à des personnes éloignées de l'emploi (demandeurs d'emploi de "
            "longue durée, allocataires de minima sociaux, jeunes sans qualification, personnes handicapées, "
            "résidents des quartiers prioritaires) un nombre d'heures de travail fixé pour la durée totale de "
            "l'accord-cadre :",
            RTAB([("Lot", "Heures d'insertion"), ("1 – Peinture", "560"), ("2 – Plomberie", "280"),
                  ("3 – Électricité", "240"), ("4 – Menuiseries", "200")], widths=[0.6, 0.4], align="lr"),
            "Ce volume est ajusté au prorata des commandes effectivement passées. Le suivi est confié au "
            "facilitateur de la Maison de l'emploi de Brande. Chaque heure non réalisée est sanctionnée par "
            "une pénalité de 40 € HT.")
    cc += f_assurances(c, 1)
    cc += f_soustraitance(c, 2)
    cc += f_representants(c, 1)
    cc += f_attestations(c, 1)
    cc += f_modifications(c, 0)
    cc += f_resiliation(c, 1)
    cc += f_litiges(c, 1)
    lab_cc = L(clause_sociale=1, clause_insertion=1, heures_insertion=1280, allotissement=1, nb_lots=4,
               montant_max_ht=2800000,
               evidence=["Le présent CCAP est commun aux quatre lots de l'accord-cadre",
                         "pour la durée totale de l'accord-cadre (période initiale et trois reconductions)",
                         "[1 000 000 + 720 000 + 600 000 + 480 000 = 2 800 000]",
                         "un nombre d'heures de travail fixé pour la durée totale",
                         "[560 + 280 + 240 + 200 = 1 280]"])

    # --- AE lot 3 (DOCX)
    ae = [TITLE("Val de Brande Habitat", "ACTE D'ENGAGEMENT – LOT N° 3", "Électricité, mise en sécurité, VMC",
                obj + " – VBH-2026-AC-11"),
          H("1 – Objet"),
          P("Le présent acte d'engagement concerne le lot n° 3 de l'accord-cadre, qui en comporte 4. L'accord-"
            "cadre est exécuté par bons de commande ; les montants minimum et maximum du lot sont fixés à "
            "l'article 5 du CCAP."),
          H("2 – Contractant"),
          TAB([("Entreprise (raison sociale)", ""), ("Adresse", ""), ("SIRET", ""), ("Représentée par", "")],
              widths=[0.4, 0.6], header=False),
          H("3 – Prix"),
          P("Les travaux sont rémunérés par application des prix unitaires du BPU du lot n° 3, affectés le cas "
            "échéant du coefficient d'adaptation pour les communes de montagne."),
          H("4 – Durée"),
          P("Un an à compter de la notification, reconductible tacitement trois fois."),
          H("5 – Engagement d'insertion"),
          P("Le titulaire du lot n° 3 s'engage à réaliser 240 heures de travail au profit de personnes "
            "éloignées de l'emploi sur la durée totale de l'accord-cadre, dans les conditions de l'article 11 du "
            "CCAP."),
          H("6 – Paiement"),
          P("IBAN : .................................................... BIC : ................"),
          H("7 – Signatures"),
          P("Le candidat, à ...................., le ....................")]
    lab_ae = L(clause_sociale=1, clause_insertion=1, heures_insertion=240, allotissement=1, nb_lots=4,
               evidence=["le lot n° 3 de l'accord-cadre, qui en comporte 4",
                         "Le titulaire du lot n° 3 s'engage à réaliser 240 heures de travail au profit de "
                         "personnes éloignées de l'emploi"])
    pieces = [
        PIECE("Avis_de_marche_226417-2026.txt", "AVIS", hdr, "", avis, lab_avis),
        PIECE("RC_VBH-2026-AC-11.pdf", "RC", hdr, "VBH-2026-AC-11 – Règlement de consultation", rc, lab_rc,
              hyphen=True),
        PIECE("CCAP_VBH-2026-AC-11.pdf", "CCAP", hdr, "VBH-2026-AC-11 – CCAP", cc, lab_cc, hyphen=True, cols=2),
        PIECE("AE_lot3_VBH-2026-AC-11.docx", "AE", hdr + " – lot 3", "AE lot 3", ae, lab_ae),
    ]
    return dict(id="d05", title="Val de Brande Habitat (office public de l'habitat) – remise en état des "
                                "logements vacants (accord-cadre de travaux à bons de commande, 4 lots)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion"],
                values=V(heures_insertion=1280, allotissement=1, nb_lots=4, montant_estime_ht=1960000,
                         montant_max_ht=2800000),
                why="Avis eForms rendu en texte : « Valeur estimée hors TVA » et « Valeur maximale de "
                    "l'accord-cadre » au niveau de la procédure ET de chaque lot (ne pas additionner deux fois) ; "
                    "RC : seul le besoin ANNUEL (490 000 € HT) et trois reconductions ; CCAP : maximums par lot "
                    "sur la durée totale, sans total ; heures d'insertion dans un tableau par lot.",
                note="Estimation : 1 960 000 € HT (avis ; = 700 000 + 504 000 + 420 000 + 336 000 ; RC : 490 000 x "
                     "4 périodes, calcul de l'annotateur : l'estimation au sens de LABELS.md est la valeur "
                     "TOTALE, reconductions comprises). Maximum : 2 800 000 € HT (avis ; CCAP 1 000 000 + 720 000 "
                     "+ 600 000 + 480 000). Pièges : minimums 120 000…40 000 € HT, seuil 5 404 000 € HT, 6 200 "
                     "logements, pénalités 80/150/120/40 €. Heures : 560 + 280 + 240 + 200 = 1 280 (CCAP) ; l'AE "
                     "du lot 3 ne donne que 240 heures.")


# ----------------------------------------------------------------------------- d06
def d06():
    c = C("le Département de la Haute-Serre", "Tribunal administratif d'Amiens",
          profil="https://marchespublics.hauteserre.fr", ref="DHS-2026-0147", indice="ICHT-rev-TS (main d'œuvre)",
          court="le Département")
    obj = "Entretien des espaces verts des collèges et des sites départementaux"
    hdr = "Département de la Haute-Serre – " + obj
    avis = [TITLE("L'ÉCHO DE LA SERRE – ANNONCES LÉGALES ET OFFICIELLES", "AVIS D'APPEL PUBLIC À LA CONCURRENCE",
                  "Édition du samedi 9 mai 2026 – page 27"),
            P("Identification de l'organisme qui passe le marché : Département de la Haute-Serre, Hôtel du "
              "Département, 1 place de la Préfecture-Vieille, 02710 Chavrigny-sur-Serre. SIRET 22990417300012. "
              "Direction de la commande publique, tél. 03 23 58 40 00."),
            P("Objet : " + obj + ". Tonte, taille des haies et arbustes, désherbage manuel ou thermique, entretien "
              "des massifs, ramassage des feuilles, sur 27 sites (19 collèges, centres d'exploitation routière, "
              "maisons du Département)."),
            P("Procédure : procédure adaptée ouverte (articles L. 2123-1 et R. 2123-1 1° du code de la commande "
              "publique)."),
            P("Allotissement : deux lots. Lot 1 : secteur Nord (arrondissements de Chavrigny et de Vervolles-en-"
              "Thiérache). Lot 2 : secteur Sud (arrondissement d'Aubrelle-sur-Vesle). Le lot 2 est réservé, en "
              "application de l'article L. 2113-12 du code de la commande publique, aux entreprises adaptées, "
              "aux établissements et services d'aide par le travail et aux structures équivalentes."),
            P("Durée : trois ans à compter du 1er septembre 2026."),
            P("Enveloppe financière prévisionnelle : 207 000 € HT pour les trois années (lot 1 : 126 000 € HT ; "
              "lot 2 : 81 000 € HT)."),
            P("Conditions particulières d'exécution : gestion différenciée des espaces, aucun produit "
              "phytopharmaceutique, broyage et valorisation sur place des déchets verts, matériels thermiques "
              "portatifs proscrits à compter de la deuxième année."),
            P("Critères d'attribution : prix (50 %) ; valeur technique (40 %) ; performance environnementale "
              "des prestations, notamment le traitement des déchets verts et le matériel utilisé (10 %)."),
            P("Justifications à produire : DC1, DC2 ou DUME ; pour le lot 2, attestation d'agrément ESAT ou "
              "de reconnaissance d'entreprise adaptée."),
            P("Retrait du dossier : https://marchespublics.hauteserre.fr (référence DHS-2026-0147)."),
            P("Date limite de réception des offres : vendredi 5 juin 2026 à 12 heures."),
            P("Instance chargée des recours : Tribunal administratif d'Amiens, 14 rue Lemerchier, 80011 Amiens."),
            P("Date d'envoi à la publication : 6 mai 2026.")]
    lab_avis = L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, critere_environnemental=1,
                 allotissement=1, nb_lots=2, montant_estime_ht=207000,
                 evidence=["Allotissement : deux lots",
                           "Le lot 2 est réservé, en application de l'article L. 2113-12 du code de la commande "
                           "publique",
                           "Enveloppe financière prévisionnelle : 207 000 € HT pour les trois années",
                           "aucun produit phytopharmaceutique",
                           "performance environnementale des prestations"])

    # --- RC (DOCX)
    rc = [TITLE("Département de la Haute-Serre – Direction de la commande publique", "Règlement de la consultation",
                obj, "Marché n° DHS-2026-0147 – procédure adaptée"),
          H("Article 1 – Objet et étendue"),
          P("La consultation a pour objet l'entretien courant des espaces verts de 27 sites départementaux, "
            "dont 19 collèges, décrits au CCTP et dans ses fiches de site."),
          H("Article 2 – Lots et réservation"),
          P("Le marché est divisé en deux lots géographiques :"),
          LST(["lot 1 – secteur Nord : 15 sites ;",
               "lot 2 – secteur Sud : 12 sites, lot réservé à des entreprises adaptées (EA) et à des "
               "établissements et services d'aide par le travail (ESAT), ainsi qu'à des structures équivalentes, "
               "employant au moins 50 % de travailleurs handicapés (article L. 2113-12 du code de la commande "
               "publique)."]),
          P("Un candidat peut se porter candidat aux deux lots, sous réserve, pour le lot 2, de remplir les "
            "conditions de la réservation."),
          H("Article 3 – Budget"),
          P("Le budget alloué à cette consultation est de 207 000 € HT pour la durée totale du marché (trois "
            "ans), soit 69 000 € HT par an. Il se répartit entre le lot 1 (126 000 €HT) et le lot 2 "
            "(81 000 € HT)."),
          P("Pour mémoire, les prestations actuellement confiées à un prestataire sur le secteur Sud ont "
            "représenté 24 300 € HT en 2025."),
          H("Article 4 – Durée"),
          P("Le marché est conclu pour trois ans à compter du 1er septembre 2026. Il n'est pas reconductible.")]
    rc += r_dce(c, 1, ["le présent règlement ;", "les actes d'engagement des lots 1 et 2 ;", "le CCAP ;",
                       "le CCTP et les fiches de site avec leurs plans ;",
                       "les décompositions du prix global et forfaitaire (DPGF)."])
    rc += r_candidature(c, 2, extra=["Pour le lot 2, le candidat joint la preuve de son statut d'entreprise "
                                     "adaptée ou d'ESAT, ou tout document établissant qu'il emploie au moins "
                                     "50 % de travailleurs handicapés."])
    rc += A("Jugement des offres",
            "Chaque lot est jugé séparément selon les critères suivants :",
            ["prix des prestations : 50 % ;",
             "valeur technique : 40 % (organisation des équipes et planning de passage : 25 % ; matériel "
             "affecté : 15 %) ;",
             "performance environnementale : 10 %, appréciée au vu des modalités de traitement des déchets "
             "verts (broyage, paillage, compostage sur site) et de la part de matériel électrique."])
    rc += r_validite(c, 1)
    rc += r_remise(c, 2, "5 juin 2026 à 12 heures")
    rc += r_renseignements(c, 2, "direction de la commande publique, tél. 03 23 58 40 00")
    rc += r_recours(c, 0)
    lab_rc = L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=2,
               montant_estime_ht=207000,
               evidence=["Le marché est divisé en deux lots géographiques",
                         "employant au moins 50 % de travailleurs handicapés (article L. 2113-12",
                         "Le budget alloué à cette consultation est de 207 000 € HT pour la durée totale du "
                         "marché", "performance environnementale : 10 %"])

    # --- CCAP (PDF)
    cc = [TITLE("Département de la Haute-Serre", "CCAP", obj, "DHS-2026-0147"),
          H("Article 1 – Objet du marché"),
          P("Le présent cahier fixe les clauses administratives applicables aux deux lots du marché d'entretien "
            "des espaces verts. Le lot 2 (secteur Sud) est réservé aux opérateurs mentionnés à l'article "
            "L.~2113-12 du code de la commande publique ; le titulaire de ce lot maintient pendant toute la "
            "durée du marché la proportion de travailleurs handicapés exigée.")]
    cc += f_pieces(c, 2, ["l'acte d'engagement du lot ;", "le présent CCAP ;", "le CCTP et les fiches de site ;",
                          "le CCAG-FCS (arrêté du 30 mars 2021) ;", "la DPGF du lot."])
    cc += A("Durée et calendrier des passages",
            "Le marché court du 1er septembre 2026 au 31 août 2029. Le nombre de passages par site et par saison "
            "figure dans les fiches de site : de 8 à 14 tontes par an, deux tailles de haies, un ramassage des "
            "feuilles en novembre.")
    cc += A("Prescriptions environnementales d'exécution",
            "Le titulaire n'utilise aucun produit phytopharmaceutique, y compris de biocontrôle, sauf accord "
            "écrit du Département. Le désherbage est manuel, mécanique ou thermique.",
            "Les déchets verts sont broyés et valorisés sur place en paillage lorsque la configuration du site "
            "le permet ; à défaut, ils sont apportés sur une plateforme de compostage autorisée, bordereau à "
            "l'appui.",
            "À compter de la deuxième année, les souffleurs, taille-haies et débroussailleuses portatifs sont à "
            "batterie.")
    cc += f_prix(c, 0)
    cc += f_avance(c, 2, taux="5")
    cc += f_paiement(c, 0)
    cc += A("Pénalités",
            "Passage non effectué dans la semaine prévue : 150 € par site. Produit phytopharmaceutique "
            "employé sans autorisation : 500 € par constat. Absence de bordereau de suivi des déchets verts : "
            "50 € par bordereau manquant.")
    cc += f_assurances(c, 2)
    cc += f_soustraitance(c, 1)
    cc += f_representants(c, 0)
    cc += f_attestations(c, 2)
    cc += f_rgpd(c, 1)
    cc += f_resiliation(c, 0)
    cc += f_litiges(c, 0)
    lab_cc = L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=2,
               evidence=["aux deux lots du marché d'entretien des espaces verts",
                         "Le lot 2 (secteur Sud) est réservé aux opérateurs mentionnés à l'article L. 2113-12",
                         "Le titulaire n'utilise aucun produit phytopharmaceutique"])

    # --- AE lot 2 (DOCX)
    ae = [TITLE("Département de la Haute-Serre", "ACTE D'ENGAGEMENT",
                "Lot n° 2 – Secteur Sud – lot réservé (article L. 2113-12 du code de la commande publique)",
                "Marché n° DHS-2026-0147"),
          H("1. Objet"),
          P(obj + ". Le marché comporte deux lots ; le présent acte d'engagement porte sur le lot n° 2, réservé "
            "aux entreprises adaptées, aux ESAT et aux structures équivalentes."),
          H("2. Titulaire"),
          TAB([("Dénomination", ""), ("Statut (EA / ESAT / structure équivalente)", ""), ("N° FINESS ou SIRET", ""),
               ("Adresse", ""), ("Signataire", "")], widths=[0.45, 0.55], header=False),
          H("3. Prix"),
          TAB([("Montant forfaitaire annuel HT", "................ €"),
               ("Montant total pour trois ans HT", "................ €"),
               ("TVA (le cas échéant)", "................ €"),
               ("Montant total TTC", "................ €")], widths=[0.55, 0.45], header=False),
          H("4. Durée"),
          P("Trois ans à compter du 1er septembre 2026."),
          H("5. Signature"),
          P("À ...................., le ....................  Le représentant légal de la structure.")]
    lab_ae = L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=2,
               evidence=["Lot n° 2 – Secteur Sud – lot réservé (article L. 2113-12 du code de la commande publique)",
                         "Le marché comporte deux lots"])
    pieces = [
        PIECE("Annonce_JAL_Echo_de_la_Serre_2026-05-09.pdf", "AVIS", "L'Écho de la Serre – samedi 9 mai 2026",
              "Annonces légales et officielles", avis, lab_avis, hyphen=True, cols=2),
        PIECE("RC_DHS-2026-0147.docx", "RC", hdr, "RC DHS-2026-0147", rc, lab_rc),
        PIECE("CCAP_DHS-2026-0147.pdf", "CCAP", hdr, "CCAP DHS-2026-0147", cc, lab_cc, hyphen=True),
        PIECE("AE_lot2_DHS-2026-0147.docx", "AE", hdr, "AE lot 2 – DHS-2026-0147", ae, lab_ae),
    ]
    return dict(id="d06", title="Département de la Haute-Serre – entretien des espaces verts (2 lots, lot 2 "
                                "réservé EA/ESAT, procédure adaptée)",
                pieces=pieces, pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=207000, reserve_base="L2113-12"),
                why="Estimation écrite « enveloppe financière prévisionnelle » (annonce légale en deux colonnes) "
                    "et « budget alloué » (RC), avec répartition par lot et montant annuel ; montant du "
                    "prestataire actuel (24 300 € HT) ; AE de lot réservé avec cases de prix vides.",
                note="Estimation : 207 000 € HT sur trois ans (126 000 + 81 000). 69 000 € HT par an n'est pas la "
                     "valeur totale. Pas de maximum (marché à prix forfaitaire). Réservation du lot 2 : article "
                     "L. 2113-12 cité dans toutes les pièces. Pièges : 24 300 € HT (2025), pénalités 150/500/50 €, "
                     "assurance 2 000 000 €.")


# ----------------------------------------------------------------------------- d07
def d07():
    c = C("la Communauté de communes du Val de Sorlin", "Tribunal administratif de Dijon", ccag="maîtrise d'œuvre",
          profil="https://www.marches-valdesorlin.fr", ref="CCVS-MOE-2026-02", indice="ING",
          court="la Communauté de communes")
    obj = ("Mission de maîtrise d'œuvre pour la réhabilitation et l'extension du centre aquatique "
           "intercommunal des Trois-Fontaines")
    hdr = "CC du Val de Sorlin – Maîtrise d'œuvre – centre aquatique des Trois-Fontaines"
    avis = [TITLE("Avis de marché – régime standard", "Communauté de communes du Val de Sorlin",
                  "Avis n° 00331847-2026 – publié au JOUE S 118 et au BOAMP le 19/06/2026"),
            H("1. Acheteur"),
            P("1.1 Acheteur – Nom officiel : Communauté de communes du Val de Sorlin – Forme juridique de "
              "l'acheteur : Autorité régionale ou locale – Activité du pouvoir adjudicateur : Services "
              "généraux des administrations publiques"),
            H("2. Procédure"),
            P("2.1 Procédure"),
            P("Titre : " + obj),
            P("Description : Mission de maîtrise d'œuvre (éléments de mission DIAG, APS, APD, PRO, ACT, VISA, "
              "DET, AOR, missions complémentaires OPC et SSI) pour la réhabilitation du bassin sportif de 1978, "
              "la création d'un bassin ludique et d'un espace bien-être et la rénovation énergétique de "
              "l'ensemble. L'enveloppe financière prévisionnelle affectée aux travaux est de 3 650 000 € HT "
              "(valeur juin 2026)."),
            P("Identifiant de la procédure : d2b97f40-6a1e-4c55-8f3b-71e0c9a4b826 – Identifiant interne : "
              "CCVS-MOE-2026-02"),
            P("Type de procédure : Procédure concurrentielle avec négociation"),
            P("2.1.1 Objet – Nature du contrat : Services – Nomenclature principale (cpv) : 71221000 Services "
              "d'architecte pour les bâtiments – Nomenclature additionnelle (cpv) : 71300000"),
            P("2.1.2 Lieu d'exécution – Ville : Sorlin-les-Fontaines – Code postal : 21370 – Pays : France"),
            P("2.1.3 Valeur"),
            P("Valeur estimée hors TVA : 298 000,00 EUR"),
            P("2.1.4 Informations générales – Informations complémentaires : Le marché ne fait pas l'objet "
              "d'un allotissement, la mission de maîtrise d'œuvre étant globale et indivisible. Nombre "
              "maximal de candidats admis à présenter une offre : 3."),
            H("5. Lot"),
            P("5.1 Lot technique : LOT-0000 – Titre : " + obj),
            P("5.1.3 Durée estimée – Durée : 48 Mois"),
            P("5.1.6 Informations générales – Marchés réservés : La participation n'est pas réservée. – Projet "
              "financé par des fonds de l'UE : non"),
            P("5.1.9 Critères de sélection : références de l'équipe en réhabilitation d'équipements aquatiques ; "
              "compétences (architecte, bureaux d'études structure, fluides et traitement d'eau, économiste) ; "
              "moyens."),
            P("5.1.10 Critères d'attribution"),
            P("Critère : Type : Prix – Description : forfait provisoire de rémunération et missions "
              "complémentaires – Critère de pondération (nombre) : 30"),
            P("Critère : Type : Qualité – Description : Valeur technique (méthodologie, organisation de l'équipe, "
              "planning) – Critère de pondération (nombre) : 55"),
            P("Critère : Type : Qualité – Description : Démarche environnementale et sobriété énergétique "
              "proposée pour l'équipement – Critère de pondération (nombre) : 15"),
            P("5.1.12 Conditions du marché – Conditions relatives à l'exécution : le titulaire doit être inscrit "
              "à l'ordre des architectes ou s'adjoindre un architecte."),
            P("5.1.16 Organisation chargée des procédures de recours : Tribunal administratif de Dijon"),
            P("Date d'envoi de l'avis : 16/06/2026")]
    lab_avis = L(critere_environnemental=1, allotissement=0, montant_estime_ht=298000,
                 evidence=["Valeur estimée hors TVA : 298 000,00 EUR",
                           "Le marché ne fait pas l'objet d'un allotissement",
                           "Démarche environnementale et sobriété énergétique proposée pour l'équipement – Critère "
                           "de pondération (nombre) : 15"])

    # --- RC (PDF)
    rc = [TITLE("Communauté de communes du Val de Sorlin", "RÈGLEMENT DE LA CONSULTATION", obj,
                "Procédure concurrentielle avec négociation – CCVS-MOE-2026-02"),
          H("Article 1 – Objet"),
          P("La consultation a pour objet l'attribution d'une mission de maîtrise d'œuvre pour la réhabilitation "
            "et l'extension du centre aquatique intercommunal des Trois-Fontaines, à Sorlin-les-Fontaines. La "
            "mission comprend les éléments DIAG, APS, APD, PRO, ACT, VISA, DET et AOR définis aux articles "
            "R.~2431-4 et suivants du code de la commande publique, ainsi que les missions complémentaires OPC "
            "et SSI."),
          H("Article 2 – Enveloppe et valeur estimée"),
          P("L'enveloppe financière prévisionnelle affectée aux travaux par le maître d'ouvrage est fixée à "
            "3~650¦SB¦000 € HT (valeur juin 2026), hors aléas, révisions et honoraires."),
          P("La valeur estimée du présent marché de maîtrise d'œuvre, mission de base et missions "
            "complémentaires comprises, est de 298¦SB¦000 € HT. Elle excède le seuil de 216~000 € HT, ce qui "
            "justifie le recours à une procédure formalisée."),
          H("Article 3 – Procédure"),
          P("La consultation est passée selon la procédure concurrentielle avec négociation (articles R.~2124-3 "
            "et R.~2161-21 et suivants du code), le marché portant sur la réhabilitation d'un ouvrage "
            "existant. Trois candidats au plus sont admis à présenter une offre."),
          H("Article 4 – Allotissement"),
          P("Le marché n'est pas alloti. La mission de maîtrise d'œuvre est une mission globale confiée à une "
            "équipe unique, le cas échéant groupée, dont le mandataire est solidaire.")]
    rc += A("Candidatures",
            "Le dossier de candidature comprend les formulaires DC1 et DC2 (ou le DUME) de chaque membre de "
            "l'équipe, la note de présentation de l'équipe, les attestations d'assurance et les références.",
            "Niveaux minimaux : chiffre d'affaires global annuel de l'équipe au moins égal à 400~000 € HT ; "
            "deux références au moins de maîtrise d'œuvre d'équipements aquatiques dont le montant des travaux "
            "a dépassé 2~000~000 € HT.",
            "Les candidatures sont classées au regard des compétences, des références et des moyens de "
            "l'équipe. Les trois premières sont admises à présenter une offre.")
    rc += A("Offres",
            "L'offre comprend l'acte d'engagement renseigné (taux de rémunération, forfait provisoire, "
            "répartition des honoraires entre cotraitants), une note méthodologique, le planning prévisionnel "
            "des études et une note sur la démarche environnementale.")
    rc += A("Critères d'attribution",
            TAB([("Critère", "Pondération"), ("Prix (forfait provisoire et missions complémentaires)", "30 %"),
                 ("Valeur technique : méthodologie (30 %), organisation et moyens de l'équipe (25 %)", "55 %"),
                 ("Démarche environnementale et sobriété énergétique de l'équipement (réduction des "
                  "consommations d'eau et d'énergie, choix des matériaux)", "15 %")],
                widths=[0.8, 0.2], align="lr"))
    rc += A("Négociation",
            "La négociation peut porter sur tous les éléments de l'offre, à l'exception des critères "
            "d'attribution et des exigences minimales. Une audition de chaque équipe est prévue.")
    rc += r_remise(c, 1, "lundi 20 juillet 2026 à 12 heures (candidatures)")
    rc += r_recours(c, 0)
    lab_rc = L(critere_environnemental=1, allotissement=0, montant_estime_ht=298000,
               evidence=["La valeur estimée du présent marché de maîtrise d'œuvre, mission de base et missions "
                         "complémentaires comprises, est de 298 000 € HT", "Le marché n'est pas alloti",
                         "Démarche environnementale et sobriété énergétique de l'équipement"])

    # --- CCAP (PDF)
    cc = [TITLE("Communauté de communes du Val de Sorlin", "Cahier des clauses administratives particulières",
                "Marché de maîtrise d'œuvre", obj),
          H("Article 1 – Objet du marché"),
          P("Le présent marché a pour objet une mission de maîtrise d'œuvre relative à la réhabilitation et à "
            "l'extension du centre aquatique des Trois-Fontaines. Le maître d'ouvrage est la Communauté de "
            "communes du Val de Sorlin.")]
    cc += f_pieces(c, 1, ["l'acte d'engagement et l'annexe de répartition des honoraires ;", "le présent CCAP ;",
                          "le programme de l'opération et ses annexes ;",
                          "le CCAG applicable aux marchés de maîtrise d'œuvre (arrêté du 30 mars 2021) ;",
                          "la note méthodologique du titulaire."])
    cc += A("Enveloppe financière et coût prévisionnel des travaux",
            "L'enveloppe financière prévisionnelle fixée par le maître d'ouvrage pour les travaux est de "
            "3~650~000 € HT, valeur juin 2026.",
            "Le maître d'œuvre s'engage, au plus tard à la remise de l'avant-projet définitif, sur un coût "
            "prévisionnel des travaux. Le seuil de tolérance applicable à ce coût est de 4 %. Le coût issu de "
            "la consultation des entreprises ne peut excéder le coût prévisionnel de plus de 5 %, faute de "
            "quoi le maître d'œuvre reprend gratuitement ses études.")
    cc += A("Rémunération",
            "Le forfait provisoire de rémunération est égal au produit du taux de rémunération proposé par le "
            "titulaire et du montant de l'enveloppe financière prévisionnelle. Il devient définitif par avenant "
            "à l'issue de l'APD, sur la base du coût prévisionnel des travaux.",
            "Les missions complémentaires OPC et SSI sont rémunérées par des forfaits distincts fixés dans "
            "l'acte d'engagement.")
    cc += A("Délais d'études",
            "Diagnostic : six semaines ; APS : huit semaines ; APD : huit semaines ; PRO : dix semaines ; "
            "dossier de consultation des entreprises : trois semaines après validation du PRO.")
    cc += A("Pénalités",
            "Retard dans la remise d'un document d'études : 150 € par jour. Absence à une réunion de chantier "
            "ou de maîtrise d'ouvrage : 200 €. Retard dans la vérification d'un projet de décompte : 100 € par "
            "jour.")
    cc += f_avance(c, 0, taux="5")
    cc += f_paiement(c, 1)
    cc += f_assurances(c, 0)
    cc += A("Propriété intellectuelle",
            "Les droits patrimoniaux du titulaire sur les documents d'études sont cédés au maître d'ouvrage "
            "pour les besoins de l'opération, dans les conditions du chapitre 8 du CCAG-MOE. Le droit moral de "
            "l'architecte est réservé.")
    cc += f_representants(c, 2)
    cc += f_modifications(c, 1)
    cc += f_soustraitance(c, 0)
    cc += f_resiliation(c, 2)
    cc += f_litiges(c, 2)
    lab_cc = L()

    # --- AE (DOCX)
    ae = [TITLE("Communauté de communes du Val de Sorlin", "ACTE D'ENGAGEMENT", "Marché de maîtrise d'œuvre",
                obj + " – CCVS-MOE-2026-02"),
          H("Article 1 – Contractant"),
          P("Mandataire de l'équipe de maîtrise d'œuvre : ........................................ ; "
            "cotraitants : ........................................ ; groupement conjoint avec mandataire "
            "solidaire."),
          H("Article 2 – Données du maître d'ouvrage"),
          TAB([("Enveloppe financière prévisionnelle affectée aux travaux (valeur juin 2026)", "3 650 000 € HT"),
               ("Nature de l'intervention", "Réhabilitation et extension d'un équipement aquatique")],
              widths=[0.6, 0.4], header=False, align="lr"),
          H("Article 3 – Rémunération proposée"),
          TAB([("Élément", "Montant ou taux"),
               ("Taux de rémunération t (mission de base)", "........ %"),
               ("Forfait provisoire de rémunération = t x 3 650 000 € HT", "................ € HT"),
               ("Mission complémentaire OPC", "................ € HT"),
               ("Mission complémentaire SSI", "................ € HT"),
               ("Montant total provisoire des honoraires", "................ € HT")],
              widths=[0.6, 0.4], align="lr"),
          P("La répartition des honoraires entre les membres du groupement figure en annexe 1."),
          H("Article 4 – Délais"),
          P("Les délais d'études sont ceux de l'article 5 du CCAP."),
          H("Article 5 – Signature"),
          P("Le mandataire, à ...................., le ....................")]
    lab_ae = L()
    pieces = [
        PIECE("Avis_de_marche_00331847-2026.txt", "AVIS", hdr, "", avis, lab_avis),
        PIECE("RC_CCVS-MOE-2026-02.pdf", "RC", hdr, "RC – CCVS-MOE-2026-02", rc, lab_rc, hyphen=True),
        PIECE("CCAP_MOE_CCVS-2026-02.pdf", "CCAP", hdr, "CCAP – CCVS-MOE-2026-02", cc, lab_cc, hyphen=True),
        PIECE("AE_MOE_CCVS-2026-02.docx", "AE", hdr, "AE – CCVS-MOE-2026-02", ae, lab_ae),
    ]
    return dict(id="d07", title="Communauté de communes du Val de Sorlin – maîtrise d'œuvre du centre aquatique "
                                "(procédure concurrentielle avec négociation)",
                pieces=pieces, pos=["critere_environnemental"],
                values=V(allotissement=0, montant_estime_ht=298000),
                why="Marché de maîtrise d'œuvre : l'« enveloppe financière prévisionnelle affectée aux travaux » "
                    "(3 650 000 € HT) et le « coût prévisionnel des travaux » ne sont PAS la valeur du marché ; "
                    "la valeur estimée est celle des honoraires (298 000 € HT). CCAP et AE ne citent que "
                    "l'enveloppe travaux : estimation vide.",
                note="Estimation : 298 000 € HT (avis « Valeur estimée hors TVA », RC). L'enveloppe de 3 650 000 € HT "
                     "porte sur les travaux que le maître d'œuvre concevra, pas sur le contrat mis en concurrence "
                     "(choix de l'annotateur, conforme au sens de « total estimated value » du contrat). Pièges : "
                     "seuil 216 000 € HT, chiffre d'affaires 400 000 € HT, références > 2 000 000 € HT, tolérances "
                     "4 % et 5 %, pénalités.")


# ----------------------------------------------------------------------------- d08
def d08():
    c = C("le GIP Achats mutualisés Loire-Océan", "Tribunal administratif de Nantes",
          profil="https://www.amlo-achats.fr", ref="AMLO-2022-PAP-01",
          indice="prix de production de l'industrie française pour le marché français – papiers et cartons "
                 "(CPF 17.12)", court="le GIP", annee=2022)
    obj = "Fourniture de papiers de reprographie, d'enveloppes et de pochettes"
    hdr = "AMLO – centrale d'achat – " + obj
    avis = [TITLE("Avis de marché", "Fournitures – Directive 2014/24/UE",
                  "JOUE 2022/S 061-162390 – BOAMP n° 22-41577"),
            H("Section I : Pouvoir adjudicateur"),
            P("I.1) Nom et adresses : GIP Achats mutualisés Loire-Océan (AMLO), numéro national "
              "d'identification : 13002871400019, 3 quai de la Fosse-Marine, 44190 Saint-Aignan-de-Ribes, "
              "France. Courriel : consultations@amlo-achats.fr. Code NUTS : FRG01. Adresse du profil "
              "d'acheteur : https://www.amlo-achats.fr"),
            P("I.2) Informations sur la passation conjointe : Le marché est attribué par une centrale d'achat."),
            P("I.4) Type de pouvoir adjudicateur : Organisme de droit public"),
            P("I.5) Activité principale : Services généraux des administrations publiques"),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : " + obj + ". Numéro de référence : AMLO-2022-PAP-01"),
            P("II.1.2) Code CPV principal : 30197630"),
            P("II.1.3) Type de marché : Fournitures"),
            P("II.1.4) Description succincte : Accords-cadres mono-attributaires à bons de commande pour la "
              "fourniture et la livraison de papiers de reprographie et d'enveloppes aux 64 membres de la "
              "centrale d'achat (collectivités, établissements publics, lycées)."),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : 3 200 000.00 EUR"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être "
              "présentées pour tous les lots."),
            P("II.2) Description"),
            P("II.2.1) Intitulé : Papiers de reprographie – Lot nº : 1"),
            P("II.2.2) Code(s) CPV additionnel(s) : 30197642"),
            P("II.2.3) Lieu d'exécution : Code NUTS : FRG0 – Lieu principal d'exécution : sites des membres "
              "de la centrale d'achat."),
            P("II.2.4) Description des prestations : papiers A4 et A3, blancs et couleurs, 75 à 160 g/m². "
              "Le montant maximum du lot sur la durée de l'accord-cadre est de 3 000 000 € HT."),
            P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 35 ; "
              "Prix – Pondération : 65"),
            P("II.2.6) Valeur estimée : Valeur hors TVA : 2 000 000.00 EUR"),
            P("II.2.7) Durée du marché, de l'accord-cadre ou du système d'acquisition dynamique : Durée en "
              "mois : 48. Ce marché peut faire l'objet d'une reconduction : non"),
            P("II.2.10) Variantes : non – II.2.11) Options : non"),
            P("II.2.1) Intitulé : Enveloppes et pochettes – Lot nº : 2"),
            P("II.2.2) Code(s) CPV additionnel(s) : 30199230"),
            P("II.2.4) Description des prestations : enveloppes et pochettes, avec ou sans fenêtre, "
              "imprimées ou non. Le montant maximum du lot sur la durée de l'accord-cadre est de 1 800 000 € "
              "HT."),
            P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Valeur technique / Pondération : 35 ; "
              "Prix – Pondération : 65"),
            P("II.2.6) Valeur estimée : Valeur hors TVA : 1 200 000.00 EUR"),
            P("II.2.7) Durée en mois : 48. Ce marché peut faire l'objet d'une reconduction : non"),
            H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
            P("III.1.2) Capacité économique et financière : critères de sélection tels que mentionnés dans les "
              "documents de la consultation."),
            P("III.2.2) Conditions particulières d'exécution : livraisons groupées par site et franco de port ; "
              "reprise et recyclage par le titulaire des emballages et des palettes ; suppression des suremballages "
              "plastiques."),
            H("Section IV : Procédure"),
            P("IV.1.1) Type de procédure : Procédure ouverte"),
            P("IV.1.3) Information sur l'accord-cadre : L'avis implique l'établissement d'un accord-cadre avec "
              "un seul opérateur."),
            P("IV.2.2) Date limite de réception des offres : 09/05/2022 – Heure locale : 12:00"),
            H("Section VI : Renseignements complémentaires"),
            P("VI.3) Informations complémentaires : Le GIP agit en qualité de centrale d'achat au sens des "
              "articles L. 2113-2 et L. 2113-4 du code de la commande publique pour le compte de ses membres."),
            P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Nantes"),
            P("VI.5) Date d'envoi du présent avis : 25/03/2022")]
    lab_avis = L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_estime_ht=3200000,
                 montant_max_ht=4800000,
                 evidence=["Valeur totale estimée : Valeur hors TVA : 3 200 000.00 EUR",
                           "Ce marché est divisé en lots : oui", "Lot nº : 2",
                           "maximum du lot sur la durée de l'accord-cadre est de 3 000 000 € HT",
                           "1 800 000 € HT", "[3 000 000 + 1 800 000 = 4 800 000]",
                           "reprise et recyclage par le titulaire des emballages"])

    # --- RC (PDF, montants en k€)
    rc = [TITLE("GIP Achats mutualisés Loire-Océan – centrale d'achat", "RÈGLEMENT DE LA CONSULTATION", obj,
                "Appel d'offres ouvert – AMLO-2022-PAP-01"),
          H("Article 1 – Objet de la consultation"),
          P("La présente consultation porte sur la fourniture et la livraison de papiers de reprographie, "
            "d'enveloppes et de pochettes pour les besoins des membres du GIP Achats mutualisés Loire-Océan."),
          H("Article 2 – Centrale d'achat"),
          P("Le GIP agit en qualité de centrale d'achat (articles L.~2113-2 et L.~2113-4 du code de la commande "
            "publique). Il passe les accords-cadres ; chaque membre émet ses propres bons de commande et règle "
            "les factures correspondantes. La liste des 64 membres figure en annexe 2."),
          H("Article 3 – Procédure"),
          P("L'appel d'offres ouvert est retenu en application des articles R.~2124-2 1° et R.~2161-2 à "
            "R.~2161-5, la valeur du besoin excédant le seuil de 215~000 € HT."),
          H("Article 4 – Forme et durée"),
          P("Chaque lot donne lieu à un accord-cadre mono-attributaire à bons de commande, conclu pour une "
            "durée ferme de quatre ans à compter de sa notification, non reconductible."),
          H("Article 5 – Lots et montants"),
          P("La consultation comporte deux lots. Les montants, exprimés en milliers d'euros hors taxes (k€ HT), "
            "valent pour la durée totale de quatre ans :"),
          RTAB([("Lot", "Intitulé", "Estimation (k€ HT)", "Montant maximum (k€ HT)"),
                ("1", "Papiers de reprographie", "2~000", "3~000"),
                ("2", "Enveloppes et pochettes", "1~200", "1~800"),
                ("", "Total des deux lots", "3~200", "4~800")],
               widths=[0.08, 0.42, 0.24, 0.26], align="llrr", bold_last=True),
          SPLIT("Les accords-cadres sont conclus sans montant minimum. Les membres du GIP ne sont pas tenus de "
                "passer commande et conservent la faculté de recourir à d'autres supports contractuels pour "
                "des besoins", "ponctuels et spécifiques (papiers de création, enveloppes à en-tête "
                "gaufré).")]
    rc += r_dce(c, 0, ["le règlement de la consultation ;", "les actes d'engagement des lots 1 et 2 ;",
                       "le CCAP commun ;", "le CCTP et ses annexes (liste des points de livraison) ;",
                       "les BPU et les DQE de chaque lot ;", "la liste des membres du GIP."])
    rc += r_candidature(c, 0, extra=["Niveaux minimaux : chiffre d'affaires annuel global d'au moins "
                                     "1~000~000 € ; deux références au moins de marchés de fournitures de "
                                     "papeterie d'un montant annuel supérieur à 300~000 € HT, exécutés au cours "
                                     "des trois dernières années."])
    rc += A("Jugement des offres",
            "Pour chaque lot : prix (65 %), apprécié sur le DQE ; valeur technique (35 %), appréciée au vu de la "
            "qualité des produits (15 %), du service après-vente et du traitement des réclamations (10 %), des "
            "délais et de l'organisation logistique (10 %).")
    rc += A("Échantillons",
            "Les candidats remettent, pour le lot 1, une ramette de chaque référence principale (A4 80 g blanc, "
            "A3 80 g blanc) et, pour le lot 2, dix exemplaires de chaque format d'enveloppe.")
    rc += r_validite(c, 2)
    rc += r_remise(c, 0, "9 mai 2022 à 12 heures")
    rc += r_recours(c, 0)
    lab_rc = L(allotissement=1, nb_lots=2, montant_estime_ht=3200000, montant_max_ht=4800000,
               evidence=["La consultation comporte deux lots", "exprimés en milliers d'euros hors taxes (k€ HT)",
                         "Total des deux lots 3 200 4 800", "[3 200 k€ = 3 200 000 ; 4 800 k€ = 4 800 000]"])

    # --- CCAP (PDF deux colonnes, montants en M€)
    cc = [TITLE("GIP Achats mutualisés Loire-Océan", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj,
                "AMLO-2022-PAP-01 – CCAP commun aux deux lots"),
          H("Article 1 – Objet – lots"),
          P("Le présent CCAP régit les deux accords-cadres issus de la consultation : lot 1 – papiers de "
            "reprographie ; lot 2 – enveloppes et pochettes. Les commandes sont passées par les membres du "
            "GIP, désignés ci-après « les bénéficiaires »."),
          ]
    cc += f_pieces(c, 0, ["l'acte d'engagement du lot ;", "le présent CCAP ;", "le CCTP ;",
                          "le CCAG-FCS (arrêté du 30 mars 2021) ;", "le BPU du lot."])
    cc += A("Durée",
            "Chaque accord-cadre est conclu pour quatre ans à compter de sa notification. Il n'est pas "
            "reconductible.")
    cc += A("Montants",
            "Les accords-cadres sont conclus sans montant minimum.",
            "Le montant maximum des commandes est fixé à 3 M€ HT pour le lot 1 et à 1,8 M€ HT pour le lot 2, "
            "pour toute la durée de l'accord-cadre. Le GIP tient un état des commandes de l'ensemble des "
            "bénéficiaires.")
    cc += A("Commandes et livraisons",
            "Chaque bénéficiaire émet ses bons de commande sur la plateforme du titulaire. Le montant minimum "
            "d'une commande franco de port est fixé à 150 € HT. Le délai de livraison est de cinq jours ouvrés.")
    cc += A("Conditions d'exécution environnementales",
            "Le titulaire regroupe les livraisons par site, sans suremballage plastique ; il reprend à ses "
            "frais les palettes et les emballages de transport et les oriente vers une filière de recyclage. "
            "Il en rend compte dans le bilan annuel remis au GIP.")
    cc += f_prix(c, 0)
    cc += f_avance(c, 2, taux="5")
    cc += f_paiement(c, 0)
    cc += f_garantie(c, 0)
    cc += A("Pénalités",
            "Retard de livraison : 1/1~000 du montant HT de la commande par jour, avec un minimum de 30 € par "
            "commande. Produit non conforme non remplacé dans les cinq jours : 100 € par commande.")
    cc += f_representants(c, 0)
    cc += f_modifications(c, 2)
    cc += f_attestations(c, 0)
    cc += f_resiliation(c, 1)
    cc += f_litiges(c, 1)
    lab_cc = L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=4800000,
               evidence=["Le présent CCAP régit les deux accords-cadres issus de la consultation : lot 1",
                         "Le montant maximum des commandes est fixé à 3 M€ HT pour le lot 1 et à 1,8 M€ HT pour le "
                         "lot 2", "[3 000 000 + 1 800 000 = 4 800 000]",
                         "il reprend à ses frais les palettes et les emballages de transport"])

    # --- AE lot 1 (DOCX), montants en lettres
    ae = [TITLE("GIP Achats mutualisés Loire-Océan", "ACTE D'ENGAGEMENT", "Lot n° 1 – Papiers de reprographie",
                "Accord-cadre AMLO-2022-PAP-01"),
          H("Article 1 – Objet"),
          P("Le présent acte d'engagement concerne le lot n° 1 de l'accord-cadre « " + obj + " », qui comporte "
            "deux lots. L'accord-cadre est mono-attributaire et s'exécute par bons de commande émis par les "
            "membres du GIP."),
          H("Article 2 – Engagement du candidat"),
          TAB([("Raison sociale", ""), ("SIRET", ""), ("Adresse", ""), ("Nom et qualité du signataire", "")],
              widths=[0.4, 0.6], header=False),
          H("Article 3 – Montants"),
          P("L'accord-cadre est conclu sans minimum. Le montant maximum du lot n° 1 est fixé à trois millions "
            "d'euros hors taxes (3 000 000 € HT) pour la durée totale de l'accord-cadre. Pour information, "
            "l'ensemble des deux lots représente un montant maximum de quatre millions huit cent mille euros "
            "hors taxes."),
          P("Les prix unitaires sont ceux du BPU du lot n° 1."),
          H("Article 4 – Durée"),
          P("Quatre ans à compter de la notification."),
          H("Article 5 – Signature"),
          P("Fait à ...................., le ....................")]
    lab_ae = L(allotissement=1, nb_lots=2, montant_max_ht=4800000,
               evidence=["qui comporte deux lots",
                         "l'ensemble des deux lots représente un montant maximum de quatre millions huit cent "
                         "mille euros hors taxes"])
    pieces = [
        PIECE("JOUE_2022-S061-162390.txt", "AVIS", hdr, "", avis, lab_avis),
        PIECE("RC_AMLO-2022-PAP-01.pdf", "RC", hdr, "AMLO-2022-PAP-01 – RC", rc, lab_rc, hyphen=True),
        PIECE("CCAP_AMLO-2022-PAP-01.pdf", "CCAP", hdr, "AMLO-2022-PAP-01 – CCAP", cc, lab_cc, hyphen=True,
              cols=2),
        PIECE("AE_lot1_AMLO-2022-PAP-01.docx", "AE", hdr, "AE lot 1", ae, lab_ae),
    ]
    return dict(id="d08", title="GIP Achats mutualisés Loire-Océan (centrale d'achat) – papiers et enveloppes "
                                "(2 lots, accords-cadres, 2022)",
                pieces=pieces, pos=["clause_environnementale"],
                values=V(allotissement=1, nb_lots=2, montant_estime_ht=3200000, montant_max_ht=4800000),
                why="Avis JOUE 2022 : valeur totale estimée (point décimal) et maximums par lot dans la "
                    "description (à additionner) ; RC : tableau en k€ avec ligne de total ; CCAP : maximums en "
                    "M€ (« 3 M€ », « 1,8 M€ ») ; AE du lot 1 : maximum du lot en chiffres et maximum global EN "
                    "LETTRES seulement ; pièges : seuil 215 000 € HT, chiffre d'affaires 1 000 000 €, "
                    "références > 300 000 € HT, commande minimale 150 € HT.",
                note="Estimation : 3 200 000 € HT (avis ; RC 3 200 k€). Maximum : 4 800 000 € HT (3 000 000 + "
                     "1 800 000 ; RC 4 800 k€ ; AE « quatre millions huit cent mille euros hors taxes »). Durée "
                     "ferme de quatre ans sans reconduction : pas de multiplication.")


# ----------------------------------------------------------------------------- d09
def d09():
    c = C("la Communauté d'agglomération du Val d'Ervanne", "Tribunal administratif d'Orléans", ccag="travaux",
          profil="https://marches.agglo-ervanne.fr", ref="CAVE-26-TX-031", indice="TP01", court="l'Agglomération",
          travaux=True)
    obj = "Aménagement de la véloroute des Étangs – section Les Praux / Bois-Joly"
    hdr = "Agglomération du Val d'Ervanne – " + obj
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Procédure adaptée – Marché de travaux",
                  "Publié sur https://marches.agglo-ervanne.fr et au BOAMP (annonce n° 26-70322)"),
            P("Acheteur : Communauté d'agglomération du Val d'Ervanne – Direction des mobilités et de la voirie – "
              "24 boulevard Jean-Jaurès-Prolongé, 41220 Ervanne-la-Grande – SIRET 20007148300016"),
            P("Référence de la consultation : CAVE-26-TX-031"),
            P("Objet : " + obj),
            P("Type de marché : Travaux – Type de procédure : Procédure adaptée ouverte (article R. 2123-1 1° "
              "du code de la commande publique)"),
            P("Code CPV principal : 45233162 – Travaux de construction de pistes cyclables"),
            P("Description : Création d'une voie verte de 3,4 km en enrobé et en grave-émulsion, reprise de "
              "deux ouvrages hydrauliques, signalisation, mobilier et plantations d'accompagnement."),
            P("Lieu d'exécution : communes de Saint-Vrain-des-Praux et de Bois-Joly (41)"),
            P("Montant estimé (HT) : 1 150 000,00 €"),
            P("Marché alloti : Non"),
            P("Durée / délai d'exécution : 7 mois, dont 1 mois de préparation"),
            P("Conditions d'exécution : le marché comporte une clause sociale d'insertion ; le titulaire "
              "réservera au moins 700 heures de travail à des personnes en parcours d'insertion professionnelle."),
            P("Critères d'attribution : prix (60 %) ; valeur technique (40 %)."),
            P("Date limite de remise des offres : 18/09/2026 à 12:00"),
            P("Renseignements : M. Yannick Thévenot, direction des mobilités, 02 54 33 71 80"),
            P("Date d'envoi de l'avis : 24/08/2026")]
    lab_avis = L(clause_sociale=1, clause_insertion=1, heures_insertion=700, allotissement=0,
                 montant_estime_ht=1150000,
                 evidence=["Montant estimé (HT) : 1 150 000,00 €", "Marché alloti : Non",
                           "le titulaire réservera au moins 700 heures de travail à des personnes en parcours "
                           "d'insertion professionnelle"])

    # --- RC (PDF)
    rc = [TITLE("Communauté d'agglomération du Val d'Ervanne", "RÈGLEMENT DE LA CONSULTATION", obj,
                "Marché de travaux – procédure adaptée – CAVE-26-TX-031"),
          H("Article 1 – Objet"),
          P("La consultation porte sur les travaux d'aménagement de la section Les Praux / Bois-Joly de la "
            "véloroute des Étangs : terrassements, assainissement pluvial, structure de chaussée, revêtements, "
            "signalisation horizontale et verticale, mobilier et plantations."),
          H("Article 2 – Montant prévisionnel et financement"),
          P("Le montant prévisionnel de l'opération est de 1,15 M€ HT, soit 1,38 M€ TTC."),
          P("L'opération bénéficie d'une subvention de l'État au titre du Fonds vert à hauteur de 460~000 € et "
            "d'une participation du Département de 230~000 €."),
          H("Article 3 – Procédure et allotissement"),
          P("La consultation est passée selon la procédure adaptée prévue aux articles L.~2123-1 et "
            "R.~2123-1 1° du code de la commande publique."),
          P("Le marché n'est pas alloti. Les terrassements, la structure de chaussée et les revêtements "
            "s'enchaînent sur un linéaire unique ; leur dévolution séparée compliquerait la coordination et "
            "renchérirait le coût des travaux (article L.~2113-11 du code)."),
          H("Article 4 – Délais"),
          P("Le délai d'exécution est de sept mois, période de préparation d'un mois incluse. Les travaux sur "
            "les berges de l'étang des Praux sont interdits du 1er mars au 31 juillet (nidification).")]
    rc += r_dce(c, 2, ["le présent règlement ;", "l'acte d'engagement ;", "le CCAP ;", "le CCTP ;",
                       "le bordereau des prix unitaires et le détail estimatif ;", "les plans PRO et les profils ;",
                       "l'étude géotechnique G2 PRO."])
    rc += r_candidature(c, 0, extra=["Les références présentées portent sur des travaux de voirie ou de voie "
                                     "verte d'un montant supérieur à 500~000 € HT."])
    rc += A("Jugement des offres",
            "Prix des prestations (60 %) apprécié sur le détail estimatif ; valeur technique (40 %) : "
            "méthodologie et phasage (20 %), moyens humains et matériels (10 %), planning détaillé (10 %).",
            "L'Agglomération peut négocier avec les trois candidats les mieux classés.")
    rc += r_validite(c, 0)
    rc += r_remise(c, 2, "vendredi 18 septembre 2026 à 12 heures")
    rc += r_attribution(c, 0)
    rc += r_recours(c, 2)
    lab_rc = L(allotissement=0, montant_estime_ht=1150000,
               evidence=["Le montant prévisionnel de l'opération est de 1,15 M€ HT, soit 1,38 M€ TTC",
                         "Le marché n'est pas alloti"])

    # --- CCAP (PDF deux colonnes)
    cc = [TITLE("Communauté d'agglomération du Val d'Ervanne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                obj, "CAVE-26-TX-031"),
          H("Article 1 – Objet – forme du marché"),
          P("Le marché porte sur les travaux définis au CCTP. Il n'est pas alloti et n'est pas décomposé en "
            "tranches. Il est traité à prix unitaires appliqués aux quantités réellement exécutées.")]
    cc += f_pieces(c, 2, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et ses annexes ;",
                          "le CCAG-Travaux (arrêté du 30 mars 2021) ;", "le bordereau des prix unitaires ;",
                          "le détail estimatif (pièce non contractuelle pour les quantités)."])
    cc += A("Délais",
            "Le délai d'exécution est de sept mois à compter de l'ordre de service de démarrage, dont un mois "
            "de préparation. Aucune intervention n'est admise sur les berges de l'étang des Praux entre le 1er "
            "mars et le 31 juillet.")
    cc += f_prix(c, 2)
    cc += f_avance(c, 0, taux="10")
    cc += f_paiement(c, 0)
    cc += f_garantie(c, 0)
    cc += A("Clause sociale d'insertion",
            "Le titulaire s'engage à réaliser, pendant l'exécution du marché, une action d'insertion au profit "
            "de personnes éloignées de l'emploi, d'un volume minimal de 700 heu¦HY¦res de travail.",
            "Les heures peuvent être réalisées par embauche directe (CDD, contrat de professionnalisation, "
            "CDI), par mise à disposition (ETTI, AI, GEIQ) ou par sous-traitance à une entreprise d'insertion. "
            "Le facilitateur de la Maison de l'emploi du Val d'Ervanne vérifie l'éligibilité des personnes.",
            "Le titulaire transmet chaque mois un état nominatif des heures. Une pénalité de 70 € HT est "
            "appliquée par heure non réalisée.")
    cc += A("Prescriptions environnementales",
            "Les couches de base et de liaison intègrent au moins 20 % d'agrégats d'enrobés recyclés. Les "
            "déblais non pollués sont réemployés sur le chantier ou dans un rayon de 30 km ; les bons "
            "d'évacuation sont remis au maître d'œuvre.",
            "Les engins stationnent hors des zones humides identifiées au plan PRO ; un kit antipollution est "
            "présent en permanence sur le chantier.")
    cc += A("Pénalités",
            "Retard d'exécution : 500 € par jour calendaire. Non-respect de la période de nidification : "
            "5~000 € par constat. Absence de signalisation de chantier conforme : 300 € par jour.")
    cc += f_assurances(c, 2)
    cc += f_soustraitance(c, 1)
    cc += f_representants(c, 1)
    cc += f_attestations(c, 1)
    cc += f_modifications(c, 0)
    cc += f_resiliation(c, 0)
    cc += f_litiges(c, 0)
    lab_cc = L(clause_sociale=1, clause_insertion=1, heures_insertion=700, clause_environnementale=1,
               allotissement=0,
               evidence=["Il n'est pas alloti", "d'un volume minimal de 700 heures de travail",
                         "Les couches de base et de liaison intègrent au moins 20 % d'agrégats d'enrobés recyclés"])

    # --- AE (DOCX) : seul un montant TTC de l'acheteur
    ae = [TITLE("Communauté d'agglomération du Val d'Ervanne", "ACTE D'ENGAGEMENT", obj,
                "CAVE-26-TX-031 – marché unique (non alloti)"),
          H("A. Objet"),
          P(obj + ". Marché de travaux passé selon la procédure adaptée."),
          TAB([("Cadre réservé à l'administration", ""),
               ("Imputation budgétaire", "Budget principal – opération 2026-17 – chapitre 23"),
               ("Crédits ouverts pour l'opération", "1 380 000 € TTC")], widths=[0.5, 0.5]),
          H("B. Engagement du titulaire"),
          TAB([("Raison sociale", ""), ("Adresse", ""), ("SIRET", ""), ("Signataire", "")],
              widths=[0.4, 0.6], header=False),
          H("C. Prix"),
          P("Montant du détail estimatif établi par le candidat :"),
          TAB([("Montant HT", "................................ €"), ("TVA 20 %", "................................ €"),
               ("Montant TTC", "................................ €")], widths=[0.5, 0.5], header=False),
          H("D. Délai"),
          P("Sept mois, période de préparation comprise, conformément à l'article 3 du CCAP."),
          H("E. Signature"),
          P("À ...................., le ....................")]
    lab_ae = L(allotissement=0, evidence=["marché unique (non alloti)"])
    pieces = [
        PIECE("AAPC_CAVE-26-TX-031.txt", "AVIS", hdr, "", avis, lab_avis),
        PIECE("RC_CAVE-26-TX-031.pdf", "RC", hdr, "CAVE-26-TX-031 – RC", rc, lab_rc, hyphen=True),
        PIECE("CCAP_CAVE-26-TX-031.pdf", "CCAP", hdr, "CAVE-26-TX-031 – CCAP", cc, lab_cc, hyphen=True, cols=2),
        PIECE("AE_CAVE-26-TX-031.docx", "AE", hdr, "AE – CAVE-26-TX-031", ae, lab_ae),
    ]
    return dict(id="d09", title="Communauté d'agglomération du Val d'Ervanne – véloroute des Étangs (travaux, "
                                "non alloti, procédure adaptée)",
                pieces=pieces, pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
                values=V(heures_insertion=700, allotissement=0, montant_estime_ht=1150000),
                why="« Montant estimé (HT) » dans l'avis ; « montant prévisionnel … 1,15 M€ HT, soit 1,38 M€ TTC » "
                    "(M€ à virgule, HT et TTC) dans le RC ; subventions (460 000 €, 230 000 €) voisines ; AE avec "
                    "seulement des crédits TTC (1 380 000 € TTC) : pas d'estimation HT dans la pièce.",
                note="Estimation : 1 150 000 € HT (avis ; RC 1,15 M€ HT). L'AE ne donne que 1 380 000 € TTC "
                     "(crédits budgétaires) : vide pour la pièce. Pièges : subventions, références > 500 000 € HT, "
                     "pénalités 500 € / 5 000 € / 300 € / 70 € HT, avance 10 %. Heures : 700 (avis, CCAP).")


# ----------------------------------------------------------------------------- d10
def d10():
    c = C("la Commune de Lescoul-Montrevel", "Tribunal administratif de Toulouse",
          profil="https://www.achatpublic-occitanie-ouest.fr", ref="LM-2026-RS-01",
          indice="des prix à la consommation « restauration collective » (INSEE)", court="la Commune")
    obj = "Fourniture et livraison de repas en liaison froide pour le restaurant scolaire et l'accueil de loisirs"
    hdr = "Commune de Lescoul-Montrevel – " + obj
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Commune de Lescoul-Montrevel (4 520 habitants)",
                  "Parution : La Dépêche du Montrevelois – annonces légales du 12 juin 2026"),
            P("Pouvoir adjudicateur : Mairie de Lescoul-Montrevel, 2 place de la Halle, 31580 Lescoul-Montrevel. "
              "Tél. 05 61 88 20 14. Courriel : mairie@lescoul-montrevel.fr"),
            P("Objet du marché : " + obj + " (environ 38 000 repas par an)."),
            P("Procédure : procédure adaptée (art. R. 2123-1 1° du code de la commande publique)."),
            P("Forme : accord-cadre à bons de commande, sans minimum. Montant maximum annuel : 80 000 € HT."),
            P("Durée : un an à compter du 24 août 2026, reconductible tacitement deux fois par période d'un an."),
            P("Montant estimé : 208 890 € TTC sur trois ans."),
            P("Critères : prix 40 % ; qualité des repas 40 % ; lutte contre le gaspillage alimentaire et "
              "réduction des déchets d'emballage 20 %."),
            P("Retrait du dossier : https://www.achatpublic-occitanie-ouest.fr – référence LM-2026-RS-01."),
            P("Remise des offres : 3 juillet 2026, 17 heures, sur la même plateforme."),
            P("Renseignements : Mme Corinne Audouy, secrétaire générale.")]
    lab_avis = L(critere_environnemental=1, montant_max_ht=240000,
                 evidence=["Montant maximum annuel : 80 000 € HT",
                           "reconductible tacitement deux fois par période d'un an", "[80 000 x 3 ans = 240 000]",
                           "lutte contre le gaspillage alimentaire et réduction des déchets d'emballage 20 %"])

    # --- RC (DOCX)
    rc = [TITLE("Commune de Lescoul-Montrevel", "Règlement de la consultation", obj,
                "Accord-cadre à bons de commande – procédure adaptée – LM-2026-RS-01"),
          H("1. Objet"),
          P("La consultation porte sur la fabrication, en cuisine centrale, et la livraison en liaison froide "
            "des repas du restaurant scolaire (écoles maternelle et élémentaire Jean-Rostand) et de l'accueil "
            "de loisirs du mercredi et des vacances."),
          H("2. Forme et durée"),
          P("Accord-cadre mono-attributaire exécuté par bons de commande (articles R. 2162-2 alinéa 2 et "
            "R. 2162-13 du code de la commande publique). L'accord-cadre est conclu pour une période d'un an à "
            "compter du 24 août 2026 ; il peut être reconduit tacitement deux fois, pour une durée d'un an "
            "chacune."),
          P("Le montant estimatif annuel des commandes est de soixante-six mille euros hors taxes (66 000 € HT). "
            "Le montant maximum figure au CCAP."),
          H("3. Allotissement"),
          P("Le marché ne fait pas l'objet d'un découpage en lots : la fabrication et la livraison des repas "
            "sont indissociables (une seule cuisine, une seule tournée)."),
          H("4. Dossier de consultation"),
          P("Le dossier comprend le présent règlement, l'acte d'engagement, le CCAP, le CCTP, le bordereau des "
            "prix et les menus types des quatre dernières semaines."),
          H("5. Candidature"),
          P("Le candidat fournit le DC1 et le DC2 (ou le DUME), l'agrément sanitaire de sa cuisine centrale "
            "(numéro d'agrément CE) et une liste de références en restauration scolaire."),
          H("6. Offre"),
          P("L'offre comprend l'acte d'engagement, le bordereau des prix, un mémoire technique (plans de "
            "menus, fiches techniques, origine des produits, organisation des livraisons, dispositif de lutte "
            "contre le gaspillage) et un repas-test livré le 30 juin 2026."),
          H("7. Jugement des offres"),
          TAB([("Critère", "Pondération"), ("Prix (bordereau appliqué à une commande type)", "40 %"),
               ("Qualité gustative et nutritionnelle des repas (mémoire et repas-test)", "40 %"),
               ("Lutte contre le gaspillage alimentaire et réduction des déchets d'emballage", "20 %")],
              widths=[0.78, 0.22], align="lr"),
          H("8. Remise des offres"),
          P("Les offres sont déposées sur https://www.achatpublic-occitanie-ouest.fr au plus tard le 3 juillet "
            "2026 à 17 heures. La Commune peut négocier avec les candidats ayant remis une offre.")]
    lab_rc = L(critere_environnemental=1, allotissement=0, montant_estime_ht=198000,
               evidence=["Le montant estimatif annuel des commandes est de soixante-six mille euros hors taxes "
                         "(66 000 € HT)", "il peut être reconduit tacitement deux fois",
                         "[66 000 x 3 ans = 198 000]", "Le marché ne fait pas l'objet d'un découpage en lots",
                         "Lutte contre le gaspillage alimentaire et réduction des déchets"])

    # --- CCAP (PDF)
    cc = [TITLE("Commune de Lescoul-Montrevel", "Cahier des clauses administratives particulières", obj,
                "LM-2026-RS-01"),
          H("Article 1 – Objet"),
          P("Le présent accord-cadre a pour objet la fourniture et la livraison en liaison froide des repas "
            "destinés au restaurant scolaire et à l'accueil de loisirs de la Commune."),
          H("Article 2 – Forme de l'accord-cadre – montants"),
          P("Il s'agit d'un accord-cadre à bons de commande conclu sans montant minimum. Le montant maximum "
            "annuel des commandes est fixé à 80~000 € HT ; il s'applique à la période initiale et à chaque "
            "période de reconduction."),
          H("Article 3 – Durée"),
          P("L'accord-cadre prend effet le 24 août 2026 pour un an. Il est reconduit tacitement deux fois, par "
            "période d'un an, sauf décision contraire de la Commune notifiée deux mois avant l'échéance.")]
    cc += f_pieces(c, 1, ["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP ;", "le CCAG-FCS ;",
                          "le bordereau des prix unitaires ;", "le mémoire technique du titulaire."])
    cc += A("Commandes",
            ("split", "Les effectifs sont communiqués au titulaire au plus tard à 10 heures le troisième jour "
                      "ouvré précédant la livraison. Ils peuvent être ajustés de plus ou moins 5 % la veille",
             "avant 9 heures. Les menus sont validés chaque trimestre en commission des menus, en présence "
             "d'un représentant des parents d'élèves."))
    cc += A("Livraison",
            "Les repas sont livrés entre 7 heures et 9 h 30 dans l'office du restaurant scolaire, à une "
            "température comprise entre 0 et +3 °C, en véhicule frigorifique. Un bon de livraison indique les "
            "quantités et les températures relevées.")
    cc += A("Gaspillage alimentaire et emballages",
            "Le titulaire livre les repas en bacs gastronormes en inox, qu'il reprend et lave à ses frais ; "
            "aucun contenant jetable n'est admis. Il pèse chaque mois les restes de deux services et propose "
            "les ajustements de grammage qui en résultent.",
            "Il collecte, lors de ses tournées, les biodéchets du restaurant scolaire et les achemine vers une "
            "unité de méthanisation ou de compostage autorisée.")
    cc += f_prix(c, 2)
    cc += f_paiement(c, 1)
    cc += A("Pénalités",
            "Retard de livraison de plus de trente minutes : 150 € par livraison. Rupture de la chaîne du "
            "froid constatée : 300 € et remplacement immédiat des denrées. Menu non conforme sans accord "
            "préalable : 100 €.")
    cc += f_assurances(c, 2)
    cc += f_representants(c, 2)
    cc += f_rgpd(c, 0)
    cc += f_modifications(c, 2)
    cc += f_resiliation(c, 0)
    cc += f_litiges(c, 1)
    lab_cc = L(clause_environnementale=1, montant_max_ht=240000,
               evidence=["Le montant maximum annuel des commandes est fixé à 80 000 € HT ; il s'applique à la "
                         "période initiale et à chaque période de reconduction",
                         "Il est reconduit tacitement deux fois", "[80 000 x 3 = 240 000]",
                         "qu'il reprend et lave à ses frais ; aucun contenant jetable n'est admis"])

    # --- AE (DOCX)
    ae = [TITLE("Commune de Lescoul-Montrevel", "ACTE D'ENGAGEMENT", obj, "LM-2026-RS-01"),
          H("1 – Objet et forme"),
          P("Accord-cadre à bons de commande sans minimum. Montant maximum annuel : 80 000 € HT. Durée : un "
            "an à compter du 24 août 2026, reconductible tacitement deux fois."),
          H("2 – Titulaire"),
          TAB([("Société", ""), ("SIRET", ""), ("Numéro d'agrément sanitaire", ""), ("Signataire", "")],
              widths=[0.4, 0.6], header=False),
          H("3 – Prix unitaires"),
          TAB([("Prestation", "Prix unitaire HT", "TVA 5,5 %", "Prix unitaire TTC"),
               ("Repas maternelle", "", "", ""), ("Repas élémentaire", "", "", ""),
               ("Repas adulte", "", "", ""), ("Goûter accueil de loisirs", "", "", "")],
              widths=[0.34, 0.22, 0.22, 0.22]),
          H("4 – Paiement"),
          P("Virement sur le compte : IBAN ........................................"),
          H("5 – Signature"),
          P("À ...................., le ....................")]
    lab_ae = L(montant_max_ht=240000,
               evidence=["Montant maximum annuel : 80 000 € HT",
                         "Durée : un an à compter du 24 août 2026, reconductible tacitement deux fois",
                         "[80 000 x 3 = 240 000]"])
    pieces = [
        PIECE("AAPC_Depeche_Montrevelois_2026-06-12.txt", "AVIS", hdr, "", avis, lab_avis),
        PIECE("RC_LM-2026-RS-01.docx", "RC", hdr, "RC LM-2026-RS-01", rc, lab_rc),
        PIECE("CCAP_LM-2026-RS-01.pdf", "CCAP", hdr, "CCAP LM-2026-RS-01", cc, lab_cc, hyphen=True),
        PIECE("AE_LM-2026-RS-01.docx", "AE", hdr, "AE LM-2026-RS-01", ae, lab_ae),
    ]
    return dict(id="d10", title="Commune de Lescoul-Montrevel – repas en liaison froide (accord-cadre à bons de "
                                "commande, un an reconductible deux fois)",
                pieces=pieces, pos=["clause_environnementale", "critere_environnemental"],
                values=V(allotissement=0, montant_estime_ht=198000, montant_max_ht=240000),
                why="Montants ANNUELS seulement (estimation 66 000 € HT écrite en lettres et en chiffres ; maximum "
                    "80 000 € HT par an) avec deux reconductions : total à calculer sur trois périodes ; l'avis "
                    "ne donne l'estimation qu'en TTC (208 890 € TTC) : pas d'estimation HT dans l'avis.",
                note="Estimation : 66 000 x 3 = 198 000 € HT (RC ; choix de l'annotateur : valeur totale, "
                     "reconductions comprises, comme le maximum). Maximum : 80 000 x 3 = 240 000 € HT (avis, "
                     "CCAP, AE). L'avis n'écrit l'estimation qu'en TTC (208 890 € TTC = 198 000 x 1,055) : vide "
                     "pour l'avis. Non alloti (RC). Pièges : 38 000 repas, 4 520 habitants, pénalités.")


# ----------------------------------------------------------------------------- d11
def d11():
    c = C("le Syndicat intercommunal d'énergies de la Vallée de l'Orvanne", "Tribunal administratif de Besançon",
          ccag="travaux", profil="https://sievo.marches-publics.info", ref="SIEVO-EP-2026",
          indice="TP12b (réseaux d'électrification)", court="le Syndicat", travaux=True)
    obj = "Maintenance et travaux d'éclairage public sur le territoire des communes adhérentes"
    hdr = "SIEVO – " + obj
    lots = [("1", "Secteur Nord", "880 000", "1 300 000", "600"),
            ("2", "Secteur Centre", "760 000", "1 100 000", "450"),
            ("3", "Secteur Sud", "520 000", "760 000", "300")]
    avis = [TITLE("BOAMP – Avis de marché", "Syndicat intercommunal d'énergies de la Vallée de l'Orvanne (SIEVO)",
                  "Annonce n° 26-39114 – Travaux – Appel d'offres ouvert"),
            H("Section I : Identification de l'acheteur"),
            P("I.1) Nom et adresses : Syndicat intercommunal d'énergies de la Vallée de l'Orvanne, 9 rue des "
              "Forges-Basses, 39260 Orvanne-le-Château. SIRET 25390184600027. Contact : service éclairage public, "
              "eclairage@sievo.fr. Profil d'acheteur : https://sievo.marches-publics.info"),
            P("I.4) Type de pouvoir adjudicateur : Autorité régionale ou locale – Syndicat intercommunal"),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : " + obj + " – Référence : SIEVO-EP-2026"),
            P("II.1.2) Code CPV principal : 50232100 – Services d'entretien de l'éclairage public des rues"),
            P("II.1.3) Type de marché : Travaux"),
            P("II.1.4) Description succincte : accords-cadres à bons de commande d'une durée de quatre ans "
              "portant sur la maintenance préventive et curative de 21 400 points lumineux, la rénovation de "
              "luminaires et les travaux neufs d'éclairage public."),
            P("II.1.5) Estimation de la valeur totale : Valeur hors TVA : 2 160 000 euros"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui – Des offres peuvent être "
              "présentées pour l'ensemble des lots – Nombre maximal de lots attribués à un même soumissionnaire : 2")]
    for n, t, est, mx, h in lots:
        avis += [P("II.2.1) Intitulé : %s – Lot n° %s" % (t, n)),
                 P("II.2.4) Description des prestations : maintenance et travaux d'éclairage public du %s ; "
                   "montant maximum du lot sur quatre ans : %s € HT. Clause d'insertion : %s heures de travail "
                   "réservées à des personnes éloignées de l'emploi." % (t.lower(), mx, h)),
                 P("II.2.5) Critères d'attribution : Prix – Pondération : 50 ; Critère de qualité – Nom : Valeur "
                   "technique / Pondération : 40 ; Critère de qualité – Nom : Performance en matière d'insertion "
                   "professionnelle des publics en difficulté / Pondération : 10"),
                 P("II.2.6) Estimation de la valeur : Valeur hors TVA : %s euros" % est),
                 P("II.2.7) Durée de l'accord-cadre : 48 mois – reconduction : non")]
    avis += [H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
             P("III.1.3) Capacité technique et professionnelle : habilitations électriques du personnel ; "
               "références de travaux d'éclairage public ; qualification Qualifelec EP ou équivalent."),
             H("Section IV : Procédure"),
             P("IV.1.1) Type de procédure : Procédure ouverte – IV.1.3) Accord-cadre avec un seul opérateur"),
             P("IV.2.2) Date limite de réception des offres : 16/10/2026 à 12:00"),
             H("Section VI : Renseignements complémentaires"),
             P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Besançon"),
             P("VI.5) Date d'envoi du présent avis : 08/09/2026")]
    lab_avis = L(clause_sociale=1, clause_insertion=1, heures_insertion=1350, critere_social=1, allotissement=1,
                 nb_lots=3, montant_estime_ht=2160000, montant_max_ht=3160000,
                 evidence=["Estimation de la valeur totale : Valeur hors TVA : 2 160 000 euros",
                           "Ce marché est divisé en lots : oui", "Secteur Sud – Lot n° 3",
                           "[max 1 300 000 + 1 100 000 + 760 000 = 3 160 000 ; heures 600 + 450 + 300 = 1 350]",
                           "Performance en matière d'insertion professionnelle des publics en difficulté"])

    # --- RC (PDF)
    rc = [TITLE("Syndicat intercommunal d'énergies de la Vallée de l'Orvanne", "RÈGLEMENT DE LA CONSULTATION",
                obj, "Appel d'offres ouvert – SIEVO-EP-2026"),
          H("Article 1 – Objet"),
          P("La consultation a pour objet la maintenance préventive et curative des installations d'éclairage "
            "public des 47 communes ayant transféré la compétence au Syndicat, la rénovation de luminaires et "
            "la réalisation de travaux neufs."),
          H("Article 2 – Lots"),
          P("La consultation est décomposée en trois lots géographiques : lot 1 – secteur Nord ; lot 2 – "
            "secteur Centre ; lot 3 – secteur Sud. Un même soumissionnaire ne peut se voir attribuer plus de "
            "deux lots."),
          H("Article 3 – Forme, durée et estimation"),
          P("Chaque lot fait l'objet d'un accord-cadre à bons de commande mono-attributaire d'une durée de "
            "quatre ans. Les montants maximums de chaque lot sont fixés au CCAP."),
          P("L'estimation globale du besoin, tous lots confondus, est de 2~160¦SB¦000 € HT sur la durée de quatre "
            "ans."),
          P("Pour information, le montant des commandes passées au titre du précédent accord-cadre (2022-2025) "
            "s'est élevé à 1~734~518 € HT.")]
    rc += r_dce(c, 0, ["le présent règlement ;", "un acte d'engagement par lot ;", "le CCAP ;", "le CCTP ;",
                       "les bordereaux de prix unitaires et les détails quantitatifs estimatifs ;",
                       "l'inventaire du patrimoine d'éclairage par commune (format tableur)."])
    rc += r_candidature(c, 1, extra=["Références exigées : au moins trois références de travaux d'éclairage "
                                     "public d'un montant supérieur à 150~000 € HT chacune, exécutés au cours des "
                                     "cinq dernières années.",
                                     "Habilitations électriques (B2V, BR, H2V) du personnel d'intervention."])
    rc += A("Critères de jugement",
            "Chaque lot est jugé séparément :",
            ["prix (50 %) apprécié sur le DQE ;",
             "valeur technique (40 %) : organisation de la maintenance et délais d'intervention (20 %), moyens "
             "(10 %), qualité des matériels proposés et service après-vente (10 %) ;",
             "performance en matière d'insertion professionnelle des publics en difficulté (10 %), appréciée "
             "au vu des modalités d'accueil, d'encadrement et de formation proposées."])
    rc += r_validite(c, 1)
    rc += r_remise(c, 0, "16 octobre 2026 à 12 heures")
    rc += r_renseignements(c, 1, "M. Loïc Vernerey, ingénieur éclairage public, eclairage@sievo.fr")
    rc += r_recours(c, 1)
    lab_rc = L(critere_social=1, allotissement=1, nb_lots=3, montant_estime_ht=2160000,
               evidence=["La consultation est décomposée en trois lots géographiques",
                         "L'estimation globale du besoin, tous lots confondus, est de 2 160 000 € HT",
                         "performance en matière d'insertion professionnelle des publics en difficulté (10 %)"])

    # --- CCAP (PDF deux colonnes)
    cc = [TITLE("SIEVO", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, "SIEVO-EP-2026"),
          H("Article 1 – Objet et lots"),
          P("Le présent CCAP s'applique aux trois lots de la consultation (secteurs Nord, Centre et Sud). "
            "Chaque lot est un accord-cadre à bons de commande d'une durée de quatre ans à compter de sa "
            "notification.")]
    cc += f_pieces(c, 1, ["l'acte d'engagement du lot ;", "le présent CCAP ;", "le CCTP ;",
                          "le CCAG-Travaux ;", "le BPU du lot ;", "le mémoire technique du titulaire."])
    cc += A("Montants maximums",
            "Les accords-cadres sont conclus sans montant minimum et avec les montants maximums suivants, pour "
            "leur durée totale :",
            RTAB([("Lot", "Montant maximum sur quatre ans (€ HT)"), ("1 – Nord", "1~300~000"),
                  ("2 – Centre", "1~100~000"), ("3 – Sud", "760~000"), ("Total", "3~160~000")],
                 widths=[0.45, 0.55], align="lr", bold_last=True))
    cc += A("Bons de commande et délais d'intervention",
            "Les pannes signalées sont traitées sous 72 heures ; les mises en sécurité (candélabre accidenté, "
            "câble dénudé) sous 4 heures, de jour comme de nuit. Les travaux neufs font l'objet d'un devis "
            "établi à partir du BPU et d'un bon de commande spécifique.")
    cc += A("Action d'insertion",
            "Le titulaire de chaque lot réalise, sur la durée de l'accord-cadre, le volume d'heures d'insertion "
            "suivant au profit de personnes rencontrant des difficultés d'accès à l'emploi :",
            RTAB([("Lot", "Heures d'insertion"), ("1 – Nord", "600"), ("2 – Centre", "450"), ("3 – Sud", "300")],
                 widths=[0.5, 0.5], align="lr"),
            "Le suivi est assuré par le facilitateur du PLIE de l'Orvanne. Pénalité : 50 € HT par heure non "
            "réalisée.")
    cc += A("Exigences environnementales",
            "Les luminaires fournis dans le cadre des rénovations sont à LED, d'une efficacité lumineuse d'au "
            "moins 130 lm/W, équipés d'un dispositif d'abaissement nocturne de la puissance. Au moins la "
            "moitié des véhicules affectés aux tournées de maintenance sont électriques ou roulent au GNV.")
    cc += f_prix(c, 0)
    cc += f_avance(c, 1, taux="5")
    cc += f_paiement(c, 2)
    cc += f_garantie(c, 0)
    cc += A("Pénalités",
            "Dépassement du délai de mise en sécurité : 200 € par heure. Dépassement du délai de traitement "
            "d'une panne : 30 € par jour et par point lumineux.")
    cc += f_assurances(c, 1)
    cc += f_representants(c, 1)
    cc += f_soustraitance(c, 2)
    cc += f_attestations(c, 2)
    cc += f_resiliation(c, 0)
    cc += f_litiges(c, 2)
    lab_cc = L(clause_sociale=1, clause_insertion=1, heures_insertion=1350, clause_environnementale=1,
               allotissement=1, nb_lots=3, montant_max_ht=3160000,
               evidence=["Le présent CCAP s'applique aux trois lots de la consultation", "Total 3 160 000",
                         "le volume d'heures d'insertion suivant", "[600 + 450 + 300 = 1 350]",
                         "d'une efficacité lumineuse d'au moins 130 lm/W"])

    # --- AE lot 2 (DOCX)
    ae = [TITLE("Syndicat intercommunal d'énergies de la Vallée de l'Orvanne", "ACTE D'ENGAGEMENT",
                "Lot n° 2 – Secteur Centre", obj + " – SIEVO-EP-2026"),
          H("Article 1 – Objet"),
          P("Le présent acte d'engagement concerne le lot n° 2 (secteur Centre) de la consultation, qui "
            "comporte trois lots."),
          TAB([("Informations de l'acheteur", ""),
               ("Estimation de la valeur totale de l'accord-cadre (3 lots)", "2 160 000 € HT"),
               ("dont lot n° 2", "760 000 € HT"),
               ("Montant maximum du lot", "voir article 3 du CCAP")], widths=[0.6, 0.4], align="lr"),
          H("Article 2 – Titulaire"),
          TAB([("Raison sociale", ""), ("SIRET", ""), ("Adresse", ""), ("Signataire", "")], widths=[0.4, 0.6],
              header=False),
          H("Article 3 – Prix"),
          P("Prix unitaires du BPU du lot n° 2, révisables selon l'article 7 du CCAP."),
          H("Article 4 – Engagement d'insertion"),
          P("Le titulaire du lot n° 2 s'engage à réaliser 450 heures d'insertion sur la durée de l'accord-cadre."),
          H("Article 5 – Signature"),
          P("À ...................., le ....................")]
    lab_ae = L(clause_sociale=1, clause_insertion=1, heures_insertion=450, allotissement=1, nb_lots=3,
               montant_estime_ht=2160000,
               evidence=["qui comporte trois lots",
                         "Estimation de la valeur totale de l'accord-cadre (3 lots)", "2 160 000 € HT",
                         "Le titulaire du lot n° 2 s'engage à réaliser 450 heures d'insertion"])

    # --- Questions-réponses (PDF)
    qr = [TITLE("SIEVO – " + obj, "Réponses aux questions des candidats n° 1 à 4", "Mise en ligne le 1er octobre 2026"),
          H2("Question n° 1"),
          P("Pouvez-vous transmettre l'inventaire du patrimoine de la commune de Malbrans-sur-Orvanne, absent du "
            "fichier tableur ?"),
          P("Réponse : l'inventaire a été ajouté au DCE le 29 septembre 2026 (onglet « Malbrans »)."),
          H2("Question n° 2"),
          P("Quel est le montant maximum de l'accord-cadre, tous lots confondus ?"),
          P("Réponse : le montant maximum cumulé des trois lots est de 3 160 000 € HT sur quatre ans (lot 1 : "
            "1 300 000 € HT ; lot 2 : 1 100 000 € HT ; lot 3 : 760 000 € HT)."),
          H2("Question n° 3"),
          P("Le montant de 1 734 518 € HT mentionné à l'article 3 du règlement correspond-il à l'estimation du "
            "présent accord-cadre ?"),
          P("Réponse : non. Il s'agit du montant des commandes passées au titre du précédent accord-cadre. "
            "L'estimation du présent accord-cadre, pour les trois lots et sur quatre ans, est de 2 160 000 € HT."),
          H2("Question n° 4"),
          P("Les habilitations électriques doivent-elles être détenues par le personnel des sous-traitants ?"),
          P("Réponse : oui, tout intervenant sur les installations doit être titulaire des habilitations "
            "correspondant aux opérations qu'il réalise.")]
    lab_qr = L(allotissement=1, nb_lots=3, montant_estime_ht=2160000, montant_max_ht=3160000,
               evidence=["le montant maximum cumulé des trois lots est de 3 160 000 € HT sur quatre ans",
                         "L'estimation du présent accord-cadre, pour les trois lots et sur quatre ans, est de "
                         "2 160 000 € HT"])
    pieces = [
        PIECE("Avis_BOAMP_26-39114.pdf", "AVIS", "BOAMP – Annonce n° 26-39114", "SIEVO – avis de marché", avis,
              lab_avis),
        PIECE("RC_SIEVO-EP-2026.pdf", "RC", hdr, "SIEVO-EP-2026 – RC", rc, lab_rc, hyphen=True),
        PIECE("CCAP_SIEVO-EP-2026.pdf", "CCAP", hdr, "SIEVO-EP-2026 – CCAP", cc, lab_cc, hyphen=True, cols=2),
        PIECE("AE_lot2_SIEVO-EP-2026.docx", "AE", hdr, "AE lot 2", ae, lab_ae),
        PIECE("Questions_reponses_SIEVO-EP-2026.pdf", "QR", hdr, "SIEVO-EP-2026 – questions et réponses", qr,
              lab_qr),
    ]
    return dict(id="d11", title="SIEVO (syndicat d'énergies) – maintenance et travaux d'éclairage public "
                                "(3 lots, accords-cadres de quatre ans)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
                values=V(heures_insertion=1350, allotissement=1, nb_lots=3, montant_estime_ht=2160000,
                         montant_max_ht=3160000),
                why="Avis PDF « Estimation de la valeur totale » + « Estimation de la valeur » par lot (ne pas "
                    "additionner au total) et maximums par lot dans les descriptions ; RC : montant du précédent "
                    "accord-cadre (1 734 518 € HT) juste après l'estimation ; CCAP : tableau des maximums avec "
                    "ligne de total ; AE d'un lot avec l'estimation globale et celle du lot ; registre des "
                    "questions-réponses qui lève l'ambiguïté.",
                note="Estimation : 2 160 000 € HT (avis, RC, AE, QR ; = 880 000 + 760 000 + 520 000). Maximum : "
                     "3 160 000 € HT (CCAP, QR ; avis : 1 300 000 + 1 100 000 + 760 000). Heures : 600 + 450 + 300 = "
                     "1 350 (avis, CCAP) ; l'AE du lot 2 ne donne que 450 heures. Pièges : 1 734 518 € HT, "
                     "références > 150 000 € HT, 21 400 points lumineux, 47 communes.")


# ----------------------------------------------------------------------------- d12
def d12():
    c = C("le Centre hospitalier de Roannay-sur-Loise", "Tribunal administratif de Lyon", ccag="travaux",
          paiement=50, profil="https://marches.ght-loise-vallons.fr", ref="CHRL-2027-TX-04", indice="BT01",
          court="l'établissement", travaux=True, annee=2027)
    obj = "Rénovation énergétique du pavillon B (médecine et soins de suite)"
    hdr = "CH de Roannay-sur-Loise – GHT Loise-Vallons – " + obj
    buyer = dict(name="Centre hospitalier de Roannay-sur-Loise – établissement support du GHT Loise-Vallons",
                 siret="26420317900013", street="40 rue de l'Hôtel-Dieu-Neuf", city="Roannay-sur-Loise",
                 zip="42370", nuts="FRK25", tel="+33 4 77 71 60 00", mail="travaux.achats@ch-roannay.fr",
                 url="https://marches.ght-loise-vallons.fr", legal="body-pl", activity="health")
    crit = [("price", "Prix", "Montant total tranche ferme et tranches optionnelles (DPGF)", "50"),
            ("quality", "Valeur technique", "Méthodologie en site hospitalier occupé, moyens, planning", "40"),
            ("quality", "Performance environnementale des matériaux et équipements",
             "Bilan carbone des matériaux, part de matériaux biosourcés ou de réemploi", "10")]
    lots = [dict(id="LOT-0001", ref="1", name="Isolation thermique par l'extérieur",
                 descr="Isolation des façades par l'extérieur (laine de bois, enduit mince). Tranche ferme : "
                       "façades Nord et Ouest ; tranche optionnelle : aile Est.",
                 cpv="45321000", est="850000", crit=crit, months=14,
                 cond="Clause sociale d'insertion : 420 heures de travail réservées à des personnes éloignées de "
                      "l'emploi (modalités au CCAP).", strategic="soc-obj"),
            dict(id="LOT-0002", ref="2", name="Menuiseries extérieures",
                 descr="Remplacement de 212 fenêtres par des menuiseries aluminium à rupture de pont thermique ; "
                       "tranche optionnelle : occultations motorisées.",
                 cpv="45421100", est="500000", crit=crit, months=10, strategic="none"),
            dict(id="LOT-0003", ref="3", name="Chauffage, ventilation, traitement d'air",
                 descr="Remplacement des centrales de traitement d'air et des émetteurs. Tranches optionnelles : "
                       "gestion technique centralisée ; récupération de chaleur sur eaux grises.",
                 cpv="45331000", est="1160000", crit=crit, months=16,
                 cond="Clause sociale d'insertion : 380 heures de travail réservées à des personnes éloignées de "
                      "l'emploi (modalités au CCAP).", strategic="soc-obj")]
    xml = eforms_notice("a4c09d31-7e52-4b18-9f6a-c03e58b71d20", "5f18e6a2-0b94-4d7c-a3e1-96d2c0f4b857",
                        "2027-01-19", buyer, "Tribunal administratif de Lyon",
                        dict(ref="CHRL-2027-TX-04", name=obj,
                             descr="Travaux de rénovation énergétique du pavillon B en site hospitalier occupé : "
                                   "isolation par l'extérieur, menuiseries, traitement d'air. Marché en trois "
                                   "lots comportant des tranches optionnelles.",
                             nature="works", cpv="45453000", procedure="open", total_est="2510000",
                             info="Visite obligatoire du pavillon B les 2 et 9 février 2027. Les valeurs "
                                  "estimées comprennent les tranches optionnelles."), lots)
    lab_avis = L(clause_sociale=1, clause_insertion=1, heures_insertion=800, critere_environnemental=1,
                 allotissement=1, nb_lots=3, montant_estime_ht=2510000,
                 evidence=["2510000", "LOT-0003", "Clause sociale d'insertion : 420 heures de travail",
                           "Clause sociale d'insertion : 380 heures de travail", "[420 + 380 = 800]",
                           "Performance environnementale des matériaux et équipements"])

    # --- RC (PDF)
    rows = [("Lot 1 – Isolation thermique par l'extérieur", "", ""),
            ("Tranche ferme (façades Nord et Ouest)", "640~000", "768~000"),
            ("Tranche optionnelle 1 (aile Est)", "210~000", "252~000"),
            ("Lot 2 – Menuiseries extérieures", "", ""),
            ("Tranche ferme (212 fenêtres)", "380~000", "456~000"),
            ("Tranche optionnelle 1 (occultations motorisées)", "120~000", "144~000"),
            ("Lot 3 – Chauffage, ventilation, traitement d'air", "", ""),
            ("Tranche ferme (CTA et émetteurs)", "920~000", "1~104~000"),
            ("Tranche optionnelle 1 (GTC)", "145~000", "174~000"),
            ("Tranche optionnelle 2 (récupération de chaleur)", "95~000", "114~000"),
            ("Total de l'opération", "2~510~000", "3~012~000")]
    rc = [TITLE("Centre hospitalier de Roannay-sur-Loise", "RÈGLEMENT DE LA CONSULTATION", obj,
                "Appel d'offres ouvert – CHRL-2027-TX-04"),
          P("Établissement support du groupement hospitalier de territoire Loise-Vallons. Conducteur "
            "d'opération : direction des travaux et du patrimoine. Maître d'œuvre : groupement Atelier Sérac "
            "architectes / Fluidis ingénierie."),
          H("Article 1 – Objet"),
          P("La consultation porte sur la rénovation énergétique du pavillon B (4 niveaux, 6 800 m² de surface "
            "de plancher), qui reste en exploitation pendant toute la durée des travaux."),
          H("Article 2 – Procédure"),
          P("Bien que la valeur estimée du besoin soit inférieure au seuil européen de 5~404¦SB¦000 € HT, "
            "l'établissement recourt à l'appel d'offres ouvert (articles R.~2124-2 1° et R.~2161-2 à R.~2161-5 "
            "du code de la commande publique)."),
          H("Article 3 – Allotissement et tranches"),
          P("Les travaux sont répartis en trois lots, chacun comportant une tranche ferme et une ou deux "
            "tranches optionnelles (articles R.~2113-4 à R.~2113-6). Le montant prévisionnel des travaux, "
            "tranches optionnelles comprises, est détaillé ci-dessous :"),
          RTAB([("Lot / tranche", "Montant prévisionnel HT (€)", "Montant TTC (€) – TVA 20 %")] + rows,
               widths=[0.54, 0.23, 0.23], align="lrr", bold_last=True),
          P("L'opération bénéficie d'une aide de l'agence régionale de santé de 1~200~000 € au titre du plan "
            "d'investissement en santé.")]
    rc += r_dce(c, 1, ["le présent règlement ;", "les actes d'engagement (un par lot) ;", "le CCAP commun ;",
                       "les CCTP, DPGF et plans de chaque lot ;", "le plan de prévention et les consignes "
                       "d'hygiène hospitalière (ICAR) ;", "le calendrier prévisionnel."])
    rc += r_candidature(c, 2)
    rc += A("Jugement des offres",
            "Les offres sont jugées lot par lot, en considérant le montant total de la tranche ferme et des "
            "tranches optionnelles :",
            ["prix : 50 % ;",
             "valeur technique : 40 % (méthodologie en site occupé et mesures d'hygiène : 20 % ; moyens : "
             "10 % ; planning : 10 %) ;",
             "performance environnementale des matériaux et équipements proposés (bilan carbone, part de "
             "matériaux biosourcés ou issus du réemploi) : 10 %."])
    rc += A("Visite obligatoire",
            "La visite du pavillon B est obligatoire ; elle a lieu le 2 ou le 9 février 2027 à 9 heures, en "
            "présence du service d'hygiène hospitalière.")
    rc += r_remise(c, 1, "lundi 1er mars 2027 à 12 heures")
    rc += r_attribution(c, 1)
    rc += r_recours(c, 0)
    lab_rc = L(critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=2510000,
               evidence=["Les travaux sont répartis en trois lots",
                         "Le montant prévisionnel des travaux, tranches optionnelles comprises",
                         "Total de l'opération 2 510 000 3 012 000",
                         "performance environnementale des matériaux et équipements proposés"])

    # --- CCAP (PDF deux colonnes)
    cc = [TITLE("Centre hospitalier de Roannay-sur-Loise", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
                obj, "CHRL-2027-TX-04 – commun aux trois lots"),
          H("Article 1 – Objet – lots – tranches"),
          P("Le présent CCAP s'applique aux trois lots de l'opération : lot 1 – isolation thermique par "
            "l'extérieur ; lot 2 – menuiseries extérieures ; lot 3 – chauffage, ventilation, traitement d'air."),
          P("Chaque lot comporte une tranche ferme et des tranches optionnelles. L'affermissement d'une tranche "
            "optionnelle est notifié par ordre de service dans un délai de dix-huit mois à compter de la "
            "notification du marché. En cas d'affermissement tardif, le titulaire perçoit une indemnité "
            "d'attente de 0,5 % du montant de la tranche par mois de retard ; en l'absence d'affermissement, "
            "une indemnité de dédit de 2 % du montant de la tranche.")]
    cc += f_pieces(c, 0, ["l'acte d'engagement du lot ;", "le présent CCAP ;", "le CCTP du lot ;",
                          "le CCAG-Travaux (arrêté du 30 mars 2021) ;", "la DPGF du lot, par tranche."])
    cc += A("Délais",
            "Les délais d'exécution des tranches fermes sont de 14 mois (lot 1), 10 mois (lot 2) et 16 mois "
            "(lot 3), période de préparation de deux mois comprise. Les travaux en chambres sont réalisés par "
            "zones de six chambres au plus, libérées selon le planning du service de soins.")
    cc += A("Hygiène et sécurité en site hospitalier",
            "Chaque zone de travaux est confinée selon les prescriptions de l'équipe opérationnelle d'hygiène "
            "(analyse ICAR). Les travaux générateurs de poussières sont interdits à moins de 20 mètres des "
            "chambres d'isolement sans confinement validé.")
    cc += A("Insertion professionnelle",
            "Les titulaires des lots 1 et 3 réalisent une action d'insertion au profit de personnes éloignées de "
            "l'emploi : 420 heures pour le lot 1 et 380 heures pour le lot 3, sur la durée du marché. Le lot 2 "
            "n'est pas concerné.",
            "Le suivi est assuré par la Maison de l'emploi et de la formation de Roannay. Chaque heure non "
            "réalisée donne lieu à une pénalité de 50 € HT.")
    cc += A("Gestion des déchets de chantier",
            "Les titulaires trient les déchets sur le chantier (isolants, aluminium, verre, plâtre, bois, "
            "déchets d'équipements électriques) et justifient d'un taux de valorisation matière d'au moins 70 %. "
            "Les anciennes menuiseries sont orientées vers une filière de recyclage du verre plat et de "
            "l'aluminium.")
    cc += f_prix(c, 1)
    cc += f_avance(c, 0, taux="5")
    cc += f_paiement(c, 2)
    cc += f_garantie(c, 0)
    cc += A("Pénalités",
            "Retard sur le délai d'une tranche : 1/2~000 du montant HT de la tranche par jour calendaire. "
            "Non-respect des mesures de confinement : 1~000 € par constat. Absence aux réunions de chantier : "
            "200 €.")
    cc += f_assurances(c, 2)
    cc += f_representants(c, 1)
    cc += f_soustraitance(c, 0)
    cc += f_modifications(c, 0)
    cc += f_resiliation(c, 1)
    cc += f_litiges(c, 1)
    lab_cc = L(clause_sociale=1, clause_insertion=1, heures_insertion=800, clause_environnementale=1,
               allotissement=1, nb_lots=3,
               evidence=["Le présent CCAP s'applique aux trois lots de l'opération",
                         "420 heures pour le lot 1 et 380 heures pour le lot 3", "[420 + 380 = 800]",
                         "justifient d'un taux de valorisation matière d'au moins 70 %"])

    # --- AE lot 3, complété par l'attributaire (DOCX)
    ae = [TITLE("Centre hospitalier de Roannay-sur-Loise", "ACTE D'ENGAGEMENT",
                "Lot n° 3 – Chauffage, ventilation, traitement d'air", "CHRL-2027-TX-04"),
          H("1. Objet"),
          P(obj + ". L'opération comporte trois lots ; le présent acte d'engagement concerne le lot n° 3."),
          H("2. Titulaire"),
          P("Thermoclim Loise SAS, 12 rue des Mouliniers, 42390 Villars-la-Forge – SIRET 823 417 650 00024 – "
            "représentée par M. Jérôme Caduc, président."),
          H("3. Prix proposé"),
          TAB([("Tranche", "Montant HT", "Montant TTC"),
               ("Tranche ferme", "897 450,00 €", "1 076 940,00 €"),
               ("Tranche optionnelle 1 – GTC", "151 200,00 €", "181 440,00 €"),
               ("Tranche optionnelle 2 – récupération de chaleur", "88 900,00 €", "106 680,00 €"),
               ("Total", "1 137 550,00 €", "1 365 060,00 €")], widths=[0.5, 0.25, 0.25], align="lrr"),
          H("4. Insertion"),
          P("Le titulaire s'engage à réaliser 380 heures d'insertion conformément à l'article 5 du CCAP."),
          H("5. Signature"),
          P("Fait à Villars-la-Forge, le 26 février 2027 – Jérôme Caduc, président."),
          P("Acceptation de l'offre par le pouvoir adjudicateur : à Roannay-sur-Loise, le 14 avril 2027 – le "
            "directeur.")]
    lab_ae = L(clause_sociale=1, clause_insertion=1, heures_insertion=380, allotissement=1, nb_lots=3,
               evidence=["L'opération comporte trois lots",
                         "Le titulaire s'engage à réaliser 380 heures d'insertion"])
    pieces = [
        PIECE("avis_eforms_CHRL-2027-TX-04.xml", "AVIS", "", "", [], lab_avis, xml=xml),
        PIECE("RC_CHRL-2027-TX-04.pdf", "RC", hdr, "CHRL-2027-TX-04 – RC", rc, lab_rc, hyphen=True),
        PIECE("CCAP_CHRL-2027-TX-04.pdf", "CCAP", hdr, "CHRL-2027-TX-04 – CCAP", cc, lab_cc, hyphen=True, cols=2),
        PIECE("AE_lot3_Thermoclim_CHRL-2027-TX-04.docx", "AE", hdr, "AE lot 3", ae, lab_ae),
    ]
    return dict(id="d12", title="Centre hospitalier de Roannay-sur-Loise (GHT Loise-Vallons) – rénovation "
                                "énergétique du pavillon B (3 lots à tranches, appel d'offres ouvert)",
                pieces=pieces,
                pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
                values=V(heures_insertion=800, allotissement=1, nb_lots=3, montant_estime_ht=2510000),
                why="Avis eForms XML avec valeur globale ET valeurs par lot (ne pas additionner deux fois) ; RC : "
                    "tableau lots x tranches, colonnes HT et TTC, ligne de total (3 012 000 € TTC à ne pas "
                    "prendre) ; aide ARS de 1 200 000 € ; seuil 5 404 000 € HT ; indemnités d'attente et de "
                    "dédit en % ; AE du lot 3 rempli par l'attributaire (1 137 550,00 € HT : prix, pas "
                    "estimation).",
                note="Estimation : 2 510 000 € HT, tranches optionnelles comprises (avis : 850 000 + 500 000 + "
                     "1 160 000 ; RC : total du tableau). Pas de maximum (marchés ordinaires). Heures : 420 (lot 1) "
                     "+ 380 (lot 3) = 800 (avis, CCAP) ; l'AE du lot 3 ne donne que 380 heures.")


# ----------------------------------------------------------------------------- construction et contrôles
DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12]
MAX_PAGES = 9


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
    n = None
    if ext == "xml":
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(p["xml"])
        p["final_blocks"] = []
        return n
    blocks = [_conv(b, pdf) for b in number_articles(p["blocks"])]
    if pdf:
        n = build_pdf(path, _conv_str(p["header"], True), _conv_str(p["footer"], True), blocks,
                      hyphen=p.get("hyphen", False), title=p["header"], cols=p.get("cols", 1))
    elif ext == "docx":
        build_docx(path, p["header"], p["footer"], blocks)
    else:
        build_txt(path, blocks)
    p["final_blocks"] = blocks
    return n


def extracted_text(path):
    """Texte EXTRAIT du fichier produit, comme un lecteur ordinaire l'obtiendrait."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        t = "\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages)
        t = t.replace(NB, " ").replace(NNB, " ")
        t = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", t)          # césure de fin de ligne recollée
    elif ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        t = "\n".join(parts)
    elif ext == "xml":
        from lxml import etree
        t = " ".join(etree.parse(path).getroot().itertext())
    else:
        with open(path, encoding="utf-8") as fh:
            t = fh.read()
    t = t.replace(NB, " ").replace(NNB, " ")
    return re.sub(r"\s+", " ", t).strip()


def qnorm(q):
    return re.sub(r"\s+", " ", norm(q)).strip()


def check_articles(d, p):
    """Les numéros d'articles d'une pièce doivent se suivre sans doublon."""
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
    """The dossier's values under the names scripts/score_sealed.py scores (a mechanical translation)."""
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
    out["considerations"] = {c: c in d["pos"] for c in _CATEGORIES}
    return out


YML_HEAD = ("# Jeu blind_values_26 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; estimation = valeur totale HT du\n"
            "# besoin (tous lots, toutes tranches, toutes périodes de reconduction) ; maximum = total sur toutes\n"
            "# les périodes et tous les lots ; why : ce que le dossier met à l'épreuve ; note : justification.\n")


def build_all(out):
    """Écrit tous les dossiers dans out ; renvoie (lignes de labels.csv, texte de dossiers.yml, problèmes, stats)."""
    import yaml
    SB_STATS.update(cut=0, whole=0)
    HY_STATS.update(cut=0, whole=0)
    del CUT_LOG[:]
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rows, dossiers_yml, problems, cuts = [], [], [], []
    kinds, pages = {}, {}
    for f in DOSSIERS:
        d = f()
        folder = os.path.join(out, d["id"])
        os.makedirs(folder)
        if not (3 <= len(d["pieces"]) <= 5):
            problems.append("%s : %d pièces" % (d["id"], len(d["pieces"])))
        for c in d["pos"]:
            if c not in _CATEGORIES:
                problems.append("%s : catégorie inconnue %s" % (d["id"], c))
        rb = d["values"].get("reserve_base")
        if bool(rb) != ("marche_reserve" in d["pos"]):
            problems.append("%s : reserve_base du dossier / pos incohérents" % d["id"])
        if "clause_insertion" in d["pos"] and "clause_sociale" not in d["pos"]:
            problems.append("%s : clause_insertion sans clause_sociale (dossier)" % d["id"])
        if d["values"].get("heures_insertion") and "clause_insertion" not in d["pos"]:
            problems.append("%s : heures sans clause_insertion (dossier)" % d["id"])
        for p in d["pieces"]:
            problems.extend(check_articles(d, p))
            k0 = len(CUT_LOG)
            n = build_piece(folder, p)
            for mark, what, cut in CUT_LOG[k0:]:
                cuts.append("%s/%s %s « %s » : %s" % (d["id"], p["file"], mark, what.replace(NB, " "),
                                                      "coupé" if cut else "entier"))
            ext = p["file"].rsplit(".", 1)[1]
            kinds[ext] = kinds.get(ext, 0) + 1
            if n is not None:
                pages[n] = pages.get(n, 0) + 1
                if not (1 <= n <= MAX_PAGES):
                    problems.append("%s/%s : %d pages" % (d["id"], p["file"], n))
            lab = dict(p["label"])
            txt = extracted_text(os.path.join(folder, p["file"]))
            for q in lab["evidence"]:
                if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                    continue
                if qnorm(q) not in txt:
                    problems.append("%s/%s : preuve absente du texte extrait : %r" % (d["id"], p["file"], q))
            ev = " | ".join(qnorm(q) for q in lab["evidence"])
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
            row = {"path": d["id"] + "/" + p["file"], "doc_type": p["doc_type"]}
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
            path="dossiers/" + d["id"], expect=_expect(d)))
    with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    yml = YML_HEAD + yaml.safe_dump({"dossiers": dossiers_yml}, allow_unicode=True, sort_keys=False, width=110)
    problems.extend(extra_checks(rows))
    stats = dict(kinds=kinds, pages=pages, cuts=cuts, sb=dict(SB_STATS), hy=dict(HY_STATS))
    return rows, yml, problems, stats


def md5_tree(root):
    import hashlib
    out = {}
    for base, _dirs, files in os.walk(root):
        for fn in files:
            p = os.path.join(base, fn)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, root)] = hashlib.md5(fh.read()).hexdigest()
    return out


def main():
    rows, yml, problems, st = build_all(OUT)
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(yml)
    # deuxième construction, comparée octet par octet (md5) à la première
    second = os.path.join(HERE, "_rebuild_check")
    _rows2, yml2, _pb2, _st2 = build_all(os.path.join(second, "dossiers"))
    m1, m2 = md5_tree(OUT), md5_tree(os.path.join(second, "dossiers"))
    shutil.rmtree(second)
    if m1 != m2:
        diff = sorted(k for k in set(m1) | set(m2) if m1.get(k) != m2.get(k))
        problems.append("construction non déterministe : %s" % ", ".join(diff))
    if yml != yml2:
        problems.append("dossiers.yml non déterministe")
    for line in st["cuts"]:
        print("  coupure", line)
    print("contrôles : preuves retrouvées dans le texte EXTRAIT de chaque fichier produit (pypdf, python-docx, "
          "lxml, lecture simple) ; preuves <= 300 caractères ; PDF de 1 à %d pages ; 3 à 5 pièces par dossier ; "
          "articles sans doublon ; clause_insertion => clause_sociale ; marche_reserve <=> reserve_base ; pos "
          "du dossier <=> pièces ; types et valeurs des colonnes ; deux constructions identiques (md5 de %d "
          "fichiers) -> %d problème(s)" % (MAX_PAGES, len(m1), len(problems)))
    print("%d dossiers, %d pièces (%s) ; pages des PDF : %s ; nombres coupés en fin de ligne : %d (%d restés "
          "entiers) ; césures forcées : %d (%d restées entières)" % (
              len(DOSSIERS), len(rows), ", ".join("%s %d" % kv for kv in sorted(st["kinds"].items())),
              ", ".join("%d p. × %d" % kv for kv in sorted(st["pages"].items())), st["sb"]["cut"],
              st["sb"]["whole"], st["hy"]["cut"], st["hy"]["whole"]))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
