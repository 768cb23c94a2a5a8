#!/usr/bin/env python3
"""Construit le jeu scellé documents-17 : 36 documents entiers (PDF reportlab, DOCX python-docx,
avis .txt, avis TED XML R2.0.9 et eForms UBL) et documents/labels.csv.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise de tests/data/blind_values_13/make_documents.py : lignes 1-664 (écriture
PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB, césure
forcée HY, aides de saisie, number_articles) ; la boucle de construction et de contrôle (lignes
2430-2611 du même fichier) a servi de modèle, réécrite ici pour des documents isolés.
Changements dans l'infrastructure : SET_NAME, dossier de sortie documents/, auteur des métadonnées
PDF/DOCX = l'acheteur du document (CUR_AUTHOR).

Contrôles (main) : chaque citation de la colonne evidence est cherchée dans le texte EXTRAIT du
fichier produit (pypdf pour les PDF, espaces normalisés et césures de fin de ligne recollées ;
python-docx paragraphes + cellules pour les DOCX ; lxml itertext pour les XML ; lecture simple pour
les TXT) ; tout est construit deux fois et les md5 comparés (déterminisme).

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Tous les textes, acheteurs, lieux, SIRET, personnes, références et montants sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF, la police Helvetica standard ne l'ayant pas) ;
BR = retour à la ligne forcé dans les PDF ; SB = coupure possible d'un nombre en fin de ligne ;
HY = césure possible d'un mot court si le mot ne tient plus sur la ligne.

Usage : /work/main/.venv/bin/python tests/sealed/documents-17/make_documents.py [--table]
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
SET_NAME = "documents-17"
CUR_AUTHOR = ["Service de la commande publique"]   # auteur des métadonnées (l'acheteur du document)

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
    c.setAuthor(CUR_AUTHOR[0])
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
    cp.author = CUR_AUTHOR[0]
    cp.last_modified_by = CUR_AUTHOR[0]
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




# ============================================================================= documents-17
# Chaque fonction docNN() rend un dict : file, doc_type, header, footer, blocks (ou xml), label,
# author, tests (ce que le document teste, pour le README), hyphen, cols.

def D(file, doc_type, label, tests, header="", footer="", blocks=None, xml=None, author="",
      hyphen=False, cols=1):
    return dict(file=file, doc_type=doc_type, label=label, tests=tests, header=header, footer=footer,
                blocks=blocks or [], xml=xml, author=author, hyphen=hyphen, cols=cols)


# ----------------------------------------------------------------------------- 01 RC travaux (PDF)
def doc01():
    hdr = "Ville de Brénac-sur-Lézonne – Direction de la commande publique – Consultation n° 2026-TX-041"
    ftr = "RC – Réhabilitation et extension du groupe scolaire des Acacias"
    b = [TITLE("VILLE DE BRÉNAC-SUR-LÉZONNE",
               "RÈGLEMENT DE LA CONSULTATION",
               "Réhabilitation et extension du groupe scolaire des Acacias",
               "Marché public de travaux – Procédure adaptée ouverte (articles L.2123-1 et R.2123-1 1° du CCP)",
               "Date et heure limites de réception des offres : lundi 12 octobre 2026 à 12h00")]
    b += [H("Article 1 – Identification de l'acheteur"),
          P("Ville de Brénac-sur-Lézonne, Hôtel de ville, 4 place du Marché-aux-Grains, 24 317 Brénac-sur-Lézonne. "
            "SIRET : 212 403 187 00016. Représentant du pouvoir adjudicateur : M. Gérald Fontanieu, Maire. "
            "Le suivi administratif de la consultation est assuré par la direction de la commande publique "
            "(Mme Sandrine Lacoste, tél. 05 53 71 20 48)."),
          P("La maîtrise d'œuvre est assurée par le groupement Atelier Vauquois Architectes (mandataire) – "
            "BET Soclé Ingénierie – Thermi-Conseil."),
          H("Article 2 – Objet de la consultation"),
          P("La présente consultation porte sur les travaux de réhabilitation lourde de l'école élémentaire "
            "(bâtiment A, 1962) et sur la construction d'une extension de quatre classes et d'un restaurant "
            "scolaire (bâtiment C) au groupe scolaire des Acacias, 11 rue des Tanneurs. Les travaux se déroulent "
            "en site occupé ; un phasage par tranches de vacances scolaires est imposé (cf. CCTP, pièce 5.0)."),
          P("Classification CPV principale : 45214210-5 (travaux de construction d'écoles primaires). "
            "Lieu d'exécution : Brénac-sur-Lézonne (24)."),
          H("Article 3 – Décomposition en lots et estimation"),
          P("Conformément à l'article L.2113-10 du code de la commande publique, les travaux sont répartis en "
            "six lots, attribués chacun à un marché distinct :"),
          RTAB([["Lot", "Désignation", "Observations"],
                ["01", "Démolition – Gros œuvre – VRD", "Désamiantage exclu (marché séparé en cours)"],
                ["02", "Charpente bois – Couverture zinc", "PSE n° 1 : isolation des combles du bâtiment B"],
                ["03", "Menuiseries extérieures aluminium", "PSE n° 2 : brise-soleil orientables"],
                ["04", "Plâtrerie – Isolation – Faux plafonds", ""],
                ["05", "Peinture – Revêtements de sols souples", ""],
                ["06", "Électricité courants forts et faibles", "Y compris SSI de catégorie A"]],
               widths=[0.8, 3.4, 3.2]),
          P("Le montant prévisionnel des travaux, tous lots confondus et hors prestations supplémentaires "
            "éventuelles, est estimé à 2~350~000 € HT. Un même opérateur peut se porter candidat pour "
            "plusieurs lots ; il remet une offre distincte par lot."),
          H("Article 4 – Clause d'insertion par l'activité économique"),
          P("En application de l'article L.2112-2 du code de la commande publique, les titulaires des lots "
            "01, 02 et 05 seront tenus de réaliser une action d'insertion au bénéfice de personnes "
            "rencontrant des difficultés sociales ou professionnelles particulières. Le volume minimal "
            "d'heures de travail à réserver à ces publics est fixé comme suit :"),
          LST(["lot 01 : 700 heures ;", "lot 02 : 350 heures ;", "lot 05 : 150 heures."]),
          P("Les modalités de mise en œuvre (embauche directe, mise à disposition par une structure "
            "d'insertion, sous-traitance ou cotraitance avec une SIAE), le suivi et les pénalités sont "
            "précisés à l'article 9 du CCAP. Le facilitateur du PLIE du Grand Lézonnais (M. Pierre-Yves "
            "Dulac) se tient à la disposition des candidats pour toute information préalable. Ces obligations "
            "ne constituent pas un critère de choix des offres."),
          H("Article 5 – Durée et délais"),
          P("Le délai global d'exécution est de quatorze mois, période de préparation d'un mois comprise, à "
            "compter de la date fixée par l'ordre de service de démarrage. Les délais propres à chaque lot "
            "figurent au calendrier prévisionnel annexé au CCAP. Les candidats peuvent proposer un délai "
            "plus court dans l'acte d'engagement ; ce délai est alors contractuel."),
          H("Article 6 – Contenu du dossier de consultation"),
          LST(["le présent règlement de la consultation (RC) ;",
               "l'acte d'engagement (AE) et ses annexes, un par lot ;",
               "le cahier des clauses administratives particulières (CCAP) commun à tous les lots ;",
               "les cahiers des clauses techniques particulières (CCTP) de chaque lot et le CCTP généralités ;",
               "les décompositions du prix global et forfaitaire (DPGF) ;",
               "les plans, le plan général de coordination (PGC) et le diagnostic amiante et plomb avant travaux."]),
          P("Le dossier est téléchargeable gratuitement sur le profil d'acheteur de la Ville : "
            "https://marches.brenac-sur-lezonne.fr. Aucune version papier n'est délivrée."),
          H("Article 7 – Présentation des candidatures"),
          P("Chaque candidat produit, au choix, les formulaires DC1 et DC2 ou le document unique de marché "
            "européen (DUME), ainsi que :"),
          LST(["une déclaration sur l'honneur attestant qu'il n'entre dans aucun des cas d'exclusion "
               "mentionnés aux articles L.2141-1 à L.2141-5 et L.2141-7 à L.2141-11 du CCP ;",
               "le chiffre d'affaires global et celui concernant les travaux objet du lot, sur les trois derniers exercices ;",
               "une liste des principaux travaux de même nature exécutés au cours des cinq dernières années, "
               "en précisant le cas échéant ceux qui comportaient une clause d'insertion ;",
               "les certificats de qualification professionnelle Qualibat ou équivalents."]),
          P("L'appréciation des capacités se fait de manière globale ; l'absence de références relatives à des "
            "marchés publics ne justifie pas à elle seule l'élimination d'un candidat."),
          H("Article 8 – Variantes et prestations supplémentaires"),
          P("Les variantes à l'initiative des candidats ne sont pas autorisées. Les prestations supplémentaires "
            "éventuelles (PSE) indiquées à l'article 3 doivent obligatoirement être chiffrées."),
          H("Article 9 – Jugement des offres"),
          P("Le jugement des offres est effectué lot par lot, dans les conditions prévues aux articles "
            "R.2152-1 à R.2152-7 du CCP. L'offre économiquement la plus avantageuse est appréciée en "
            "fonction des critères pondérés suivants, notés sur 100 points :"),
          RTAB([["Critère / sous-critère", "Points"],
                ["1. Prix des prestations (montant de la DPGF, PSE comprises)", "50"],
                ["2. Valeur technique, appréciée au vu du mémoire technique :", "40"],
                ["2.1 Méthodologie d'exécution et phasage en site occupé", "15"],
                ["2.2 Moyens humains et matériels affectés au chantier", "10"],
                ["2.3 Tri, réduction et valorisation des déchets de chantier (SOGED)", "10"],
                ["2.4 Dispositions pour la sécurité des élèves et la limitation des nuisances sonores", "5"],
                ["3. Délai d'exécution du lot", "10"]],
               widths=[5.6, 1.2], align="lr"),
          P("Le prix est noté selon la formule : note = 50 x (offre la plus basse / offre examinée). "
            "Le délai est noté proportionnellement à la réduction proposée, dans la limite de quatre semaines. "
            "Les offres anormalement basses sont traitées conformément aux articles R.2152-3 et R.2152-4."),
          H("Article 10 – Négociation"),
          P("La Ville se réserve la possibilité d'engager des négociations avec les trois candidats les mieux "
            "classés de chaque lot. Elle peut également attribuer le marché sur la base des offres initiales, "
            "sans négociation."),
          H("Article 11 – Conditions d'envoi des plis"),
          SPLIT("Les plis sont obligatoirement transmis par voie électronique sur le profil d'acheteur. La copie "
                "de sauvegarde prévue à l'article R.2132-11 peut être adressée sur support physique électronique,",
                "sous pli scellé portant la mention « copie de sauvegarde », à l'adresse indiquée à l'article 1. "
                "Les documents sont remis au format PDF ; les DPGF sont également fournies au format tableur."),
          H("Article 12 – Visite des lieux"),
          P("Une visite du site est obligatoire pour les lots 01, 02 et 03. Deux créneaux sont proposés : "
            "le 22 et le 29 septembre 2026 à 9h30 ; rendez-vous devant le portail de la rue des Tanneurs. "
            "Une attestation de visite est remise à chaque entreprise."),
          H("Article 13 – Renseignements complémentaires"),
          P("Les questions sont posées exclusivement par l'intermédiaire du profil d'acheteur, au plus tard "
            "dix jours avant la date limite de réception des offres. Les réponses sont communiquées à tous "
            "les candidats ayant retiré le dossier au plus tard six jours avant cette date."),
          P("Instance chargée des procédures de recours : Tribunal administratif de Bordeaux, 9 rue Tastet, "
            "33 000 Bordeaux."),
          P("Fait à Brénac-sur-Lézonne, le 8 septembre 2026.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, critere_environnemental=1,
            allotissement=1, nb_lots=6, montant_estime_ht=2350000,
            evidence=["seront tenus de réaliser une action d'insertion", "lot 01 : 700 heures",
                      "lot 02 : 350 heures", "lot 05 : 150 heures", "[700 + 350 + 150 = 1200]",
                      "2.3 Tri, réduction et valorisation des déchets de chantier (SOGED)",
                      "six lots", "estimé à 2~350~000 € HT"])
    return D("01_RC_2026-TX-041_groupe_scolaire.pdf", "RC", lab,
             "RC de travaux : heures d'insertion par lot à additionner (liste), sous-critère déchets de chantier "
             "en points sans le mot « environnemental », références d'insertion dans la candidature (sélection), "
             "mention « ne constituent pas un critère »",
             hdr, ftr, b, author="Ville de Brénac-sur-Lézonne", hyphen=True)


# ----------------------------------------------------------------------------- 02 CCAP espaces verts (PDF)
def doc02():
    hdr = "Département de la Haute-Varenne – Direction des collèges – AC 2026-041"
    ftr = "CCAP – Entretien des espaces verts et abords des collèges publics"
    b = [TITLE("DÉPARTEMENT DE LA HAUTE-VARENNE",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Accord-cadre à bons de commande – Entretien des espaces verts et des abords des collèges publics",
               "Appel d'offres ouvert – Référence AC 2026-041")]
    b += [H("Article 1 – Objet et décomposition de l'accord-cadre"),
          P("Le présent accord-cadre a pour objet l'entretien courant des espaces verts, la taille des haies et "
            "arbustes, le ramassage des feuilles et le débroussaillage des abords des quarante-deux collèges "
            "publics dont le Département assure l'entretien en application de l'article L.213-2 du code de "
            "l'éducation."),
          P("Il est décomposé en quatre lots géographiques et fonctionnels :"),
          LST(["Lot 1 – Collèges du secteur Nord (14 sites) ;",
               "Lot 2 – Collèges du secteur Sud et Val d'Essoure (16 sites) ;",
               "Lot 3 – Collèges de l'agglomération de Vaudrey (8 sites) – lot réservé ;",
               "Lot 4 – Débroussaillage des talus et abords des collèges isolés (4 sites) – lot réservé."]),
          P("Chaque lot fait l'objet d'un accord-cadre mono-attributaire exécuté par émission de bons de "
            "commande, en application des articles R.2162-2 et R.2162-13 à R.2162-14 du code de la commande publique."),
          H("Article 2 – Lots réservés"),
          P("En application de l'article L.2113-12 du code de la commande publique, le lot n° 3 est réservé "
            "aux entreprises adaptées, aux établissements et services d'aide par le travail ainsi qu'à des "
            "structures équivalentes, employant une proportion minimale de 50 % de travailleurs handicapés."),
          P("Le lot n° 4 est réservé, en application de l'article L.2113-13 du même code, aux structures "
            "d'insertion par l'activité économique mentionnées à l'article L.5132-4 du code du travail et aux "
            "structures équivalentes."),
          H("Article 3 – Pièces contractuelles"),
          P("Les pièces constitutives de l'accord-cadre sont, par ordre de priorité décroissante : l'acte "
            "d'engagement et son annexe financière ; le présent CCAP ; le CCTP et ses annexes (plans des sites, "
            "fiches d'entretien par collège) ; le bordereau des prix unitaires ; le CCAG applicable aux marchés "
            "publics de fournitures courantes et de services (arrêté du 30 mars 2021) ; le mémoire technique du "
            "titulaire."),
          H("Article 4 – Durée"),
          P("L'accord-cadre est conclu pour une période initiale d'un an à compter de sa notification. Il est "
            "reconductible tacitement trois fois par période d'un an, soit une durée maximale de quatre ans. "
            "Le titulaire ne peut refuser la reconduction (article R.2112-4 du CCP). Toute non-reconduction est "
            "notifiée par lettre recommandée deux mois au moins avant la date anniversaire."),
          H("Article 5 – Montants"),
          P("L'accord-cadre est conclu sans montant minimum. Les montants maximums annuels sont les suivants :"),
          RTAB([["Lot", "Montant maximum annuel (€ HT)"],
                ["Lot 1 – Secteur Nord", "180 000,00"],
                ["Lot 2 – Secteur Sud et Val d'Essoure", "150 000,00"],
                ["Lot 3 – Agglomération de Vaudrey (réservé)", "90 000,00"],
                ["Lot 4 – Débroussaillage des sites isolés (réservé)", "60 000,00"]],
               widths=[4.5, 2.5], align="lr"),
          P("Ces maxima s'appliquent à chaque période d'exécution. Le montant maximum global de l'accord-cadre, "
            "tous lots et toutes périodes confondus, s'élève ainsi à 1~920~000 € HT."),
          H("Article 6 – Bons de commande"),
          P("Les bons de commande précisent les sites concernés, la nature et les quantités des prestations, "
            "le délai d'intervention et le prix calculé à partir du bordereau. Ils sont signés par le directeur "
            "des collèges ou son adjoint et transmis par courriel. Le titulaire accuse réception sous deux jours "
            "ouvrés ; à défaut, le bon est réputé accepté."),
          H("Article 7 – Prescriptions d'exécution relatives à l'environnement"),
          P("Le titulaire conduit ses interventions selon les principes de la gestion différenciée décrits au "
            "CCTP. Outre le respect de l'interdiction légale des produits phytopharmaceutiques de synthèse, il "
            "s'engage :"),
          LST(["à n'utiliser que des matériels portatifs électriques sur les sites classés en zone calme (liste au CCTP) ;",
               "à évacuer les déchets verts vers une plateforme de compostage autorisée, tout brûlage étant proscrit ;",
               "à justifier chaque trimestre des tonnages de déchets verts valorisés, au moyen des tickets de pesée."]),
          H("Article 8 – Prix et révision"),
          P("Les prestations sont réglées par application des prix unitaires du bordereau aux quantités "
            "réellement exécutées. Les prix sont révisables annuellement à la date anniversaire de la "
            "notification, selon la formule P = P0 x (0,15 + 0,85 x I/I0), où I est l'indice ICHT-rev-TS "
            "(salaires, revenus et charges sociales, services). Le mois zéro est le mois de la date limite de "
            "remise des offres."),
          H("Article 9 – Paiement"),
          P("Les factures sont déposées sur le portail Chorus Pro. Le délai global de paiement est de trente "
            "jours. Le défaut de paiement dans ce délai fait courir de plein droit des intérêts moratoires au "
            "taux de la BCE majoré de huit points, et une indemnité forfaitaire de 40 € pour frais de recouvrement."),
          H("Article 10 – Obligations sociales et fiscales"),
          P("Le titulaire remet, lors de la conclusion de l'accord-cadre puis tous les six mois, les documents "
            "mentionnés aux articles D.8222-5 et D.8254-2 du code du travail. Il atteste sur l'honneur avoir "
            "satisfait à l'obligation d'emploi des travailleurs handicapés prévue aux articles L.5212-1 à "
            "L.5212-11 du même code. Ces justificatifs sont exigés au titre de la législation en vigueur."),
          H("Article 11 – Pénalités"),
          P("En cas de retard dans l'exécution d'un bon de commande, le titulaire encourt, sans mise en demeure "
            "préalable, une pénalité de 80 € HT par jour calendaire de retard et par site. Une intervention non "
            "conforme constatée contradictoirement et non reprise sous cinq jours donne lieu à une pénalité "
            "forfaitaire de 150 € HT. Par dérogation à l'article 14.1.3 du CCAG-FCS, les pénalités sont dues "
            "dès le premier euro."),
          H("Article 12 – Résiliation"),
          P("Les stipulations du chapitre 7 du CCAG-FCS sont applicables. En cas de résiliation pour faute, "
            "les prestations peuvent être exécutées aux frais et risques du titulaire."),
          H("Article 13 – Règlement des litiges"),
          P("Les parties recherchent un règlement amiable de leur différend, le cas échéant devant le comité "
            "consultatif interrégional de règlement amiable de Bordeaux. À défaut, le tribunal administratif de "
            "Limoges est seul compétent."),
          H("Article 14 – Dérogations au CCAG"),
          P("L'article 11 du présent CCAP déroge à l'article 14.1.3 du CCAG-FCS.")]
    lab = L(marche_reserve=1, reserve_base="L2113-12;L2113-13", clause_environnementale=1,
            allotissement=1, nb_lots=4, montant_max_ht=1920000,
            evidence=["le lot n° 3 est réservé aux entreprises adaptées",
                      "Le lot n° 4 est réservé, en application de l'article L.2113-13",
                      "à justifier chaque trimestre des tonnages de déchets verts valorisés",
                      "quatre lots", "s'élève ainsi à 1~920~000 € HT"])
    return D("02_CCAP_AC2026-041_espaces_verts_colleges.pdf", "CCAP", lab,
             "CCAP : deux lots réservés à deux bases différentes (L2113-12 et L2113-13) ; maximum annuel par lot "
             "et total sur 4 ans ; rappel légal L5212-1 (pas une clause sociale) ; obligations environnementales "
             "d'exécution au-delà de l'interdiction légale",
             hdr, ftr, b, author="Département de la Haute-Varenne", hyphen=True)


# ----------------------------------------------------------------------------- 03 CCAP OPH menuiseries (PDF 2 col.)
def doc03():
    hdr = "OPH Vals-de-Brienne – Marché n° T26-019 – Résidence Les Tilleuls"
    ftr = "CCAP – Remplacement des menuiseries extérieures et occultations"
    b = [TITLE("OFFICE PUBLIC DE L'HABITAT VALS-DE-BRIENNE",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Remplacement des menuiseries extérieures et des occultations – Résidence Les Tilleuls (148 logements), Saint-Orlan",
               "Marché de travaux – Procédure adaptée – n° T26-019")]
    b += [H("Article 1 – Objet du marché"),
          P("Le présent marché a pour objet la dépose des menuiseries extérieures existantes (PVC et bois, "
            "simple et double vitrage des années 1980), la fourniture et la pose de menuiseries PVC à rupture "
            "de pont thermique et de volets roulants à manœuvre électrique, dans les 148 logements de la "
            "résidence Les Tilleuls, 2 à 18 allée des Chênes-Verts, à Saint-Orlan."),
          P("Les travaux sont réalisés en site occupé, logement par logement, dans le respect du planning "
            "d'intervention communiqué aux locataires par le gardien au moins huit jours à l'avance."),
          H("Article 2 – Forme du marché – Absence d'allotissement"),
          P("Le marché n'est pas alloti : la dépose, la fourniture et la pose des menuiseries et des "
            "occultations constituent, en site occupé, une intervention indissociable dont la coordination "
            "par l'Office rendrait l'exécution techniquement plus difficile et plus coûteuse (article L.2113-11 "
            "2° du code de la commande publique)."),
          P("Le montant estimatif des travaux est de 780~000,00 € HT."),
          H("Article 3 – Pièces contractuelles"),
          LST(["l'acte d'engagement ;", "le présent CCAP ;", "le CCTP et ses annexes ;",
               "la décomposition du prix global et forfaitaire ;",
               "le CCAG applicable aux marchés publics de travaux (arrêté du 30 mars 2021) ;",
               "le mémoire technique du titulaire."]),
          H("Article 4 – Délais d'exécution"),
          P("Le délai d'exécution est de sept mois, dont un mois de préparation, à compter de l'ordre de service. "
            "Pendant la période de préparation, le titulaire réalise le relevé contradictoire de chaque "
            "baie et soumet les échantillons et fiches techniques au visa du maître d'œuvre."),
          H("Article 5 – Prix"),
          P("Le marché est conclu à prix global et forfaitaire. Les prix sont actualisables selon l'index BT18a "
            "si le délai entre la date d'établissement des prix et le début d'exécution excède trois mois."),
          H("Article 6 – Avance"),
          P("Une avance de 10 % du montant initial TTC est versée au titulaire, sauf renonciation de sa part "
            "mentionnée dans l'acte d'engagement. Son remboursement commence lorsque le montant des prestations "
            "exécutées atteint 65 % du montant initial."),
          H("Article 7 – Retenue de garantie"),
          P("Une retenue de garantie de 5 % est prélevée sur chaque acompte. Elle peut être remplacée par une "
            "garantie à première demande ou, si les deux parties en sont d'accord, par une caution personnelle "
            "et solidaire."),
          H("Article 8 – Acomptes et paiements"),
          P("Les acomptes sont mensuels. Le projet de décompte est remis au maître d'œuvre avant le 5 du mois. "
            "Le délai global de paiement est de trente jours, l'Office étant soumis aux règles de la comptabilité "
            "publique."),
          H("Article 9 – Pénalités de retard"),
          P("Par dérogation à l'article 19.2.3 du CCAG-Travaux, la pénalité journalière de retard est fixée à "
            "1/2000e du montant du marché, sans plafond, avec un minimum de 150 € par jour. L'absence à une "
            "réunion de chantier est sanctionnée d'une pénalité de 100 €."),
          H("Article 10 – Relations avec les locataires"),
          P("Le personnel du titulaire porte une tenue identifiée et un badge. Il respecte les horaires "
            "d'intervention (8h00 – 17h30), protège les sols et le mobilier et remet chaque logement dans un état "
            "de propreté au moins équivalent à l'état initial. Toute réclamation d'un locataire est consignée "
            "dans le registre tenu par le gardien."),
          H("Article 11 – Action d'insertion professionnelle"),
          P("Le titulaire s'engage à réserver aux personnes rencontrant des difficultés sociales ou "
            "professionnelles particulières au moins 5 % du nombre total d'heures de main d'oeuvre "
            "nécessaires à l'exécution du marché (heures de production sur chantier, hors études, encadrement "
            "et fabrication en atelier)."),
          P("Peuvent notamment en bénéficier : les demandeurs d'emploi de longue durée, les allocataires de "
            "minima sociaux, les jeunes de moins de 26 ans sortis du système scolaire sans qualification, les "
            "personnes reconnues travailleurs handicapés et les habitants des quartiers prioritaires de la ville."),
          P("Dans les dix jours suivant la notification, le titulaire prend contact avec la facilitatrice de la "
            "clause, Mme Noémie Castagnet (Maison de l'emploi du Pays de Brienne), qui valide l'éligibilité des "
            "personnes et assure le suivi des heures. Le non-respect de l'engagement, constaté au vu du bilan "
            "final, donne lieu à une pénalité de 45 € HT par heure non réalisée."),
          H("Article 12 – Gestion des déchets de chantier"),
          P("Les menuiseries déposées font l'objet d'un tri séparatif sur site (verre, PVC, bois, métaux) et "
            "sont remises à des filières de recyclage ; le titulaire transmet au maître d'œuvre les bordereaux de "
            "suivi et les attestations de prise en charge. Le brûlage et l'enfouissement des déchets de "
            "menuiseries sont interdits. Le titulaire indique dans son SOGED les installations de destination."),
          H("Article 13 – Assurances"),
          P("Le titulaire justifie, dans un délai de quinze jours à compter de la notification, d'une assurance "
            "de responsabilité civile et d'une assurance de responsabilité décennale couvrant les ouvrages objet "
            "du marché."),
          H("Article 14 – Réception"),
          P("La réception est prononcée à l'achèvement de l'ensemble des logements. Des constats d'achèvement "
            "par cage d'escalier peuvent être établis pour permettre la levée progressive des réserves."),
          H("Article 15 – Litiges"),
          P("Tout litige relève de la compétence du tribunal administratif d'Orléans."),
          H("Article 16 – Dérogations au CCAG-Travaux"),
          P("L'article 9 du présent CCAP déroge à l'article 19.2.3 du CCAG-Travaux.")]
    lab = L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=0,
            montant_estime_ht=780000,
            evidence=["au moins 5 % du nombre total d'heures de main d'oeuvre",
                      "font l'objet d'un tri séparatif sur site (verre, PVC, bois, métaux)",
                      "Le marché n'est pas alloti", "Le montant estimatif des travaux est de 780~000,00 € HT"])
    return D("03_CCAP_T26-019_menuiseries_Les_Tilleuls.pdf", "CCAP", lab,
             "CCAP deux colonnes, césures : insertion en % des heures de main-d'œuvre sans nombre d'heures, "
             "facilitatrice ; tri des menuiseries déposées ; marché non alloti motivé",
             hdr, ftr, b, author="OPH Vals-de-Brienne", hyphen=True, cols=2)


# ----------------------------------------------------------------------------- 04 RC denrées CH (PDF)
def doc04():
    hdr = "Centre hospitalier intercommunal de Vallon-Sarrazin – Direction des achats et de la logistique"
    ftr = "RC – AOO 2026-DAL-07 – Denrées alimentaires"
    b = [TITLE("CENTRE HOSPITALIER INTERCOMMUNAL DE VALLON-SARRAZIN",
               "RÈGLEMENT DE CONSULTATION",
               "Fourniture de denrées alimentaires pour la cuisine centrale et les selfs du personnel",
               "Appel d'offres ouvert – Accords-cadres à bons de commande – Réf. 2026-DAL-07")]
    b += [H("Article 1 – Pouvoir adjudicateur"),
          P("Centre hospitalier intercommunal de Vallon-Sarrazin (CHIVS), 40 avenue du Docteur-Arnaud-Vidal, "
            "26 514 Vallon-Sarrazin. SIRET : 262 606 411 00027. Directeur : M. Hervé Bonnassieux. "
            "Acheteur référent : Mme Claire Estoup, cellule marchés."),
          H("Article 2 – Objet et forme"),
          P("La consultation a pour objet la fourniture et la livraison de denrées alimentaires destinées à la "
            "cuisine centrale (environ 1~650 repas par jour) et aux deux selfs du personnel. Chaque lot donne lieu "
            "à un accord-cadre mono-attributaire exécuté par bons de commande."),
          P("Le CHIVS s'est doté en 2025 d'une politique d'achats responsables qui vise à accroître la part des "
            "produits durables servis aux patients et aux agents ; cette politique est consultable sur le site "
            "internet de l'établissement."),
          H("Article 3 – Allotissement"),
          P("Les fournitures sont réparties en neuf lots :"),
          TAB([["N°", "Intitulé du lot", "N°", "Intitulé du lot"],
               ["1", "Viandes fraîches de bœuf et de veau", "6", "Épicerie et produits secs"],
               ["2", "Volailles fraîches et lapin", "7", "Produits surgelés"],
               ["3", "Charcuterie et salaisons", "8", "Pain et viennoiseries"],
               ["4", "Produits laitiers et fromages", "9", "Œufs et ovoproduits"],
               ["5", "Fruits et légumes frais", "", ""]],
              widths=[0.5, 3.0, 0.5, 3.0]),
          H("Article 4 – Durée et montants"),
          P("Chaque accord-cadre est conclu pour une durée de douze mois à compter du 1er janvier 2027, "
            "reconductible trois fois par période de douze mois, soit une durée maximale de quarante-huit mois."),
          P("Les accords-cadres sont conclus sans montant minimum. Le montant maximum annuel, tous lots confondus, "
            "est de 610~000 € HT ; sa répartition par lot figure à l'annexe 1 de l'acte d'engagement. Ce montant "
            "s'applique à chacune des périodes."),
          H("Article 5 – Contenu des plis"),
          H2("5.1 – Pièces de la candidature"),
          P("DC1 et DC2 (ou DUME), attestations d'assurance, liste des principales livraisons effectuées au cours "
            "des trois dernières années, agrément sanitaire ou dérogation à l'agrément pour les établissements "
            "de production et de stockage."),
          H2("5.2 – Pièces de l'offre"),
          LST(["l'acte d'engagement complété pour chaque lot ;",
               "le bordereau des prix unitaires et le détail quantitatif estimatif (DQE) ;",
               "le mémoire technique selon le cadre fourni ;",
               "les fiches techniques des produits et la liste des échantillons déposés."]),
          H2("5.3 – Questionnaire RSE"),
          P("Les candidats sont invités à renseigner le questionnaire « Responsabilité sociétale des "
            "fournisseurs » (annexe 4 au présent RC) : emploi de travailleurs handicapés, politique d'insertion, "
            "bilan carbone, démarche de réduction des emballages. Ce questionnaire est demandé pour information "
            "uniquement : il ne fait l'objet d'aucune notation et n'intervient pas dans le choix des offres."),
          H("Article 6 – Échantillons"),
          P("Pour les lots 1, 2, 3, 4 et 9, les candidats déposent à la cuisine centrale, le mardi 3 novembre 2026 "
            "entre 7h00 et 10h00, les échantillons gratuits mentionnés à l'annexe 2. Les échantillons sont "
            "dégustés par une commission réunissant des cuisiniers, une diététicienne et deux représentants "
            "des usagers. L'absence d'échantillon entraîne la note zéro au sous-critère correspondant."),
          P("Chaque échantillon est présenté dans son conditionnement de livraison, muni d'une étiquette "
            "portant le nom du candidat, le numéro du lot et la référence du BPU. Les produits frais sont "
            "livrés à une température conforme à la réglementation ; un échantillon livré hors température "
            "n'est pas dégusté. Les échantillons non utilisés ne sont pas restitués. La dégustation se déroule "
            "à l'aveugle : les produits sont codés par la diététicienne avant d'être présentés à la commission, "
            "qui renseigne une grille commune (aspect, goût, texture, tenue à la cuisson)."),
          H("Article 7 – Sélection des candidatures"),
          P("Les candidatures sont examinées au regard des capacités professionnelles, techniques et financières. "
            "Les candidats disposant d'une certification ISO 22000 ou IFS la mentionnent ; cette mention ne "
            "constitue pas une condition de participation. Les candidatures incomplètes peuvent être complétées "
            "dans un délai de cinq jours à la demande de l'acheteur ; les candidats dont les capacités sont "
            "manifestement insuffisantes au regard du volume du lot sont écartés. Un groupement d'entreprises "
            "peut se porter candidat sous la forme conjointe ou solidaire ; le mandataire est solidaire de "
            "chacun des membres pour ses obligations contractuelles. Un même opérateur ne peut être mandataire "
            "de plus d'un groupement pour un même lot."),
          H("Article 8 – Critères d'attribution"),
          P("Les offres sont classées lot par lot selon les critéres et sous-critères ponderés ci-après. La note "
            "du critère prix est calculée sur le montant du DQE."),
          RTAB([["Critère", "Sous-critère", "Pondération"],
                ["Prix", "Montant du DQE", "40 %"],
                ["Qualité des produits", "Qualité organoleptique (dégustation des échantillons)", "20 %"],
                ["Qualité des produits", "Conformité des fiches techniques au CCTP, calibres, DLC", "5 %"],
                ["Approvisionnement", "Part des produits issus de circuits courts (un intermédiaire au plus entre "
                 "le producteur et le CHIVS)", "10 %"],
                ["Approvisionnement", "Part des produits issus de l'agriculture biologique", "5 %"],
                ["Service", "Délais et créneaux de livraison, délais de dépannage", "10 %"],
                ["Service", "Traitement des non-conformités et des retraits-rappels", "5 %"],
                ["Conditionnements", "Réduction des emballages et recyclabilité des conditionnements", "5 %"]],
               widths=[1.6, 4.2, 1.2], align="llr"),
          P("Pour les sous-critères relatifs aux circuits courts et aux produits biologiques, le candidat indique "
            "dans le cadre de réponse les pourcentages, en valeur, des références du BPU concernées, justifiés par "
            "les fiches techniques et, pour le bio, par les certificats de l'organisme certificateur."),
          H("Article 9 – Offres anormalement basses"),
          P("Toute offre paraissant anormalement basse fait l'objet d'une demande de précisions. Elle est rejetée "
            "si les justifications fournies ne sont pas suffisantes."),
          H("Article 10 – Attribution"),
          P("Le candidat retenu produit, dans un délai de huit jours, les certificats prévus aux articles R.2143-6 "
            "à R.2143-10 du CCP. À défaut, son offre est rejetée et le candidat classé en second est sollicité, "
            "conformément à l'article R.2181-7 du même code."),
          H("Article 11 – Renseignements"),
          P("Questions : via la plateforme https://achats.chi-vallon-sarrazin.fr, au plus tard le 20 octobre 2026. "
            "Recours : tribunal administratif de Grenoble, 2 place de Verdun, 38 000 Grenoble.")]
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=9, montant_max_ht=2440000,
            evidence=["Part des produits issus de circuits courts",
                      "Part des produits issus de l'agriculture biologique", "neuf lots",
                      "Le montant maximum annuel, tous lots confondus, est de 610~000 € HT",
                      "[610 000 x 4 périodes de 12 mois = 2 440 000]"])
    return D("04_RC_2026-DAL-07_denrees_alimentaires.pdf", "RC", lab,
             "RC hospitalier : tableau de critères (sous-critères circuits courts, bio, emballages) coupé par un "
             "saut de page, sans le mot « environnemental » ; questionnaire RSE « pour information » non noté ; "
             "politique d'achats responsables (contexte) ; maximum annuel x 4 périodes",
             hdr, ftr, b, author="CHI de Vallon-Sarrazin", hyphen=True)


# ----------------------------------------------------------------------------- 05 CCTP collecte encombrants (PDF)
def doc05():
    hdr = "Communauté de communes des Trois-Vallons – Service environnement et déchets"
    ftr = "CCTP – Collecte des encombrants et déchets verts sur rendez-vous – 2027-2030"
    b = [TITLE("COMMUNAUTÉ DE COMMUNES DES TROIS-VALLONS",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Collecte en porte-à-porte, sur rendez-vous, des encombrants et des déchets verts des particuliers",
               "Marché de services n° 2026-ENV-05")]
    b += [H("Article 1 – Contexte"),
          P("La Communauté de communes des Trois-Vallons (18 communes, 11~420 habitants) exerce la compétence "
            "« collecte et traitement des déchets ménagers et assimilés ». Elle dispose de deux déchèteries "
            "(Montbrison-le-Petit et Saint-Juéry-d'Aspe) exploitées en régie. Depuis 2019, un service "
            "d'enlèvement sur rendez-vous est proposé aux habitants qui ne peuvent se rendre en déchèterie."),
          P("Le présent CCTP définit les conditions techniques d'exécution de ce service."),
          H("Article 2 – Nature des prestations"),
          P("Les prestations comprennent :"),
          LST(["l'enlèvement, au domicile des usagers inscrits, des objets encombrants et des déchets verts "
               "présentés dans les conditions de l'article 4 ;",
               "le chargement, le transport et le déchargement de ces objets à la déchèterie de Montbrison-le-Petit ;",
               "la transmission hebdomadaire du compte rendu des tournées."]),
          P("La prise de rendez-vous, la facturation aux usagers et l'information du public restent assurées "
            "par le service environnement de la Communauté de communes."),
          H("Article 3 – Périmètre et volumes"),
          P("Le service couvre l'ensemble du territoire communautaire. À titre indicatif, 640 enlèvements ont été "
            "réalisés en 2025, pour un tonnage total de 118 tonnes (dont 31 tonnes de déchets verts)."),
          TAB([["Année", "Enlèvements", "Encombrants (t)", "Déchets verts (t)"],
               ["2023", "577", "79", "27"],
               ["2024", "612", "84", "29"],
               ["2025", "640", "87", "31"]],
              widths=[1, 1.4, 1.6, 1.6], align="lrrr"),
          H("Article 4 – Objets acceptés et refusés"),
          P("Sont acceptés : meubles, literie, gros électroménager, vélos, ferrailles, cartons volumineux, "
            "branchages liés en fagots d'1,50 m au plus, tontes et feuilles en sacs ouverts de 100 litres au "
            "plus. Le volume maximal par enlèvement est de 3 m³."),
          P("Sont refusés : déchets ménagers en sacs, gravats, pneumatiques, bouteilles de gaz, produits "
            "chimiques, amiante, déchets d'activités de soins. Le prestataire laisse sur place tout objet refusé "
            "et dépose un avis de passage expliquant le motif du refus."),
          H("Article 5 – Organisation des tournées"),
          P("Les tournées ont lieu le mardi et le jeudi, entre 7h30 et 16h00. Le service communique au "
            "prestataire, le vendredi précédent, la liste des rendez-vous de la semaine (adresse, nature et "
            "volume déclarés). Le prestataire organise librement l'ordre de passage."),
          P("Les usagers de plus de 75 ans et les personnes titulaires de la carte mobilité inclusion bénéficient "
            "d'un enlèvement à l'intérieur du domicile, en rez-de-chaussée ou depuis le garage ; le prestataire "
            "prévoit à cet effet une équipe de deux agents."),
          H("Article 6 – Déchargement à la déchèterie"),
          P("Les objets sont déchargés à la déchèterie de Montbrison-le-Petit, dans les bennes désignées par le "
            "gardien. Le tri, l'orientation des objets vers les différentes filières et le pesage relèvent du "
            "personnel de la déchèterie ; le prestataire n'a pas à isoler les objets réutilisables. Les bons de "
            "pesée sont remis au chauffeur."),
          H("Article 7 – Véhicules et matériel"),
          P("Le prestataire affecte au service un véhicule de type porteur plateau avec hayon élévateur ou benne "
            "basculante, d'un PTAC de 3,5 à 12 tonnes, équipé de sangles, de bâches et d'un diable. Le véhicule "
            "porte le logo « Service encombrants – CC des Trois-Vallons » fourni par la collectivité."),
          H("Article 8 – Personnel"),
          P("Les agents sont titulaires du permis correspondant au véhicule et ont reçu une formation aux gestes "
            "et postures. Ils portent une tenue de travail propre et des équipements de protection (gants, "
            "chaussures de sécurité, gilet haute visibilité). Ils adoptent une attitude courtoise envers les usagers."),
          H("Article 9 – Compte rendu et indicateurs"),
          P("Chaque lundi, le prestataire transmet par courriel un tableau indiquant, pour chaque rendez-vous : "
            "la date, l'adresse, les objets enlevés, les objets refusés et le motif, les incidents éventuels. "
            "Un bilan annuel est remis avant le 31 janvier."),
          SPLIT("Les indicateurs suivis sont : le taux de rendez-vous honorés à la date prévue (objectif : 98 %), "
                "le délai moyen entre l'inscription et l'enlèvement (objectif : dix jours ouvrés) et le",
                "nombre de réclamations fondées. Ils sont examinés lors d'une réunion semestrielle entre le "
                "prestataire et le service environnement."),
          H("Article 10 – Continuité du service"),
          P("En cas de panne du véhicule, le prestataire met en œuvre un véhicule de remplacement dans un délai "
            "de 48 heures. Les rendez-vous non honorés sont reprogrammés en priorité, après information des "
            "usagers par téléphone."),
          H("Article 11 – Sécurité"),
          P("Le prestataire respecte le code de la route et les règles de sécurité applicables au chargement. "
            "Il lui appartient de refuser tout enlèvement présentant un risque pour ses agents (escaliers "
            "dangereux, objet trop lourd). Il informe sans délai le service de tout accident.")]
    lab = L(evidence=[])
    return D("05_CCTP_2026-ENV-05_collecte_encombrants.pdf", "CCTP", lab,
             "Négatif difficile : CCTP dont l'objet même est la collecte de déchets (tri et filières à la charge "
             "de la déchèterie, pas du titulaire) ; public âgé/handicapé = définition du service ; phrase coupée "
             "par un saut de page",
             hdr, ftr, b, author="Communauté de communes des Trois-Vallons", hyphen=True)


# ----------------------------------------------------------------------------- 06 CCAP vêtements Région (PDF)
def doc06():
    hdr = "Région Centre-Ligérie – Direction des lycées – Marché 26-LYC-112"
    ftr = "CCAP – Vêtements de travail et EPI des agents des lycées"
    b = [TITLE("RÉGION CENTRE-LIGÉRIE",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES (CCAP)",
               "Fourniture de vêtements de travail et d'équipements de protection individuelle pour les agents "
               "techniques des lycées publics",
               "Accords-cadres à bons de commande – Appel d'offres ouvert n° 26-LYC-112")]
    b += [H("Article 1 – Objet"),
          P("Les présents accords-cadres ont pour objet la fourniture et la livraison, dans les 64 lycées publics "
            "de la Région, des vêtements de travail et des équipements de protection individuelle des agents "
            "régionaux (entretien, restauration, maintenance, accueil). Environ 2~100 agents sont dotés."),
          H("Article 2 – Lots"),
          P("La consultation est divisée en deux lots : lot 1 – vêtements de travail (tenues de cuisine, "
            "tenues d'entretien, tenues de maintenance, parkas) ; lot 2 – équipements de protection individuelle "
            "(chaussures de sécurité, gants, lunettes, protections auditives)."),
          H("Article 3 – Durée"),
          P("Chaque accord-cadre est conclu pour une durée ferme de quatre ans à compter du 1er février 2027."),
          H("Article 4 – Montants"),
          P("Les accords-cadres sont conclus sans minimum. Le montant maximum est fixé, pour la durée totale de "
            "chaque accord-cadre, à 320~000 € HT pour le lot 1 et à 160~000 € HT pour le lot 2."),
          H("Article 5 – Pièces contractuelles"),
          P("Acte d'engagement ; présent CCAP ; CCTP et son annexe (fiches descriptives des articles et "
            "barème des tailles) ; BPU ; CCAG-FCS ; offre technique du titulaire (dont catalogue)."),
          H("Article 6 – Commandes"),
          P("Les commandes sont passées par les lycées au moyen de l'outil de commande en ligne mis à disposition "
            "par le titulaire, dans la limite des dotations annuelles fixées par la Région. Chaque commande est "
            "validée par le gestionnaire de l'établissement. Le montant minimum d'une commande est de 150 € HT ; "
            "en deçà, les frais de port peuvent être facturés."),
          H("Article 7 – Livraison"),
          P("Les livraisons sont effectuées franco de port à la loge ou au magasin de chaque lycée, du lundi au "
            "vendredi de 8h00 à 12h00, dans un délai de quinze jours ouvrés pour les articles catalogue. Les "
            "colis sont conditionnés et étiquetés par agent (nom, service, taille)."),
          H("Article 8 – Essayage et échanges"),
          P("Pour la première dotation, le titulaire organise des séances d'essayage dans six lycées-relais. Les "
            "articles non adaptés à la morphologie de l'agent sont échangés gratuitement dans un délai de dix "
            "jours ouvrés."),
          H("Article 9 – Vérifications et admission"),
          P("Les opérations de vérification quantitative et qualitative sont effectuées à la livraison. La "
            "Région peut faire réaliser, aux frais du titulaire en cas de non-conformité, des essais en "
            "laboratoire sur un échantillon prélevé dans les livraisons."),
          H("Article 10 – Prix"),
          P("Les prix sont fermes la première année puis révisés annuellement selon l'indice des prix de "
            "production de l'industrie française pour le marché français – CPF 14.12 (vêtements de travail)."),
          H("Article 11 – Paiement"),
          P("Le délai global de paiement est de trente jours. Les factures mentionnent le numéro de bon de commande "
            "et le lycée destinataire ; elles sont déposées sur Chorus Pro."),
          H("Article 12 – Conditions de travail dans la chaîne d'approvisionnement"),
          P("Le titulaire garantit que les articles livrés sont fabriqués dans le respect des conventions "
            "fondamentales de l'Organisation Internationale du Travail (n° 29, 87, 98, 100, 105, 111, 138 et 182), "
            "notamment en ce qui concerne le travail des enfants, le travail forcé, la liberté syndicale et la "
            "non-discrimination. Il communique à la Région, dans le mois suivant la notification, la liste des "
            "sites de confection de chaque article, et l'informe de tout changement."),
          P("La Région peut demander, une fois par an, les rapports d'audit social les plus récents de ces sites "
            "(SMETA, amfori BSCI, SA8000 ou équivalent). Le titulaire présente, en cas de non-conformité grave "
            "relevée, un plan d'actions correctives assorti d'un calendrier."),
          H("Article 13 – Emballages et livraisons"),
          P("Les articles sont livrés sans emballage individuel en plastique, regroupés par agent dans des sacs "
            "en papier ou des cartons. Les cartons de transport sont repris par le titulaire lors de la "
            "livraison suivante, à la demande du lycée."),
          H("Article 14 – Pénalités"),
          P("Retard de livraison : 1/1000e du montant de la commande par jour calendaire, avec un minimum de 20 € "
            "par jour. Non-communication de la liste des sites de confection dans le délai prévu : 100 € par jour "
            "de retard."),
          H("Article 15 – Résiliation et litiges"),
          P("Il est fait application du chapitre 7 du CCAG-FCS. Le tribunal administratif d'Orléans est compétent. "
            "La Région rappelle qu'elle a adopté un schéma de promotion des achats socialement et écologiquement "
            "responsables (SPASER) ; ce document, de portée générale, n'est pas une pièce contractuelle.")]
    lab = L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=480000,
            evidence=["dans le respect des conventions fondamentales de l'Organisation Internationale du Travail",
                      "Les articles sont livrés sans emballage individuel en plastique", "deux lots",
                      "à 320~000 € HT pour le lot 1 et à 160~000 € HT pour le lot 2", "[320 000 + 160 000 = 480 000]"])
    return D("06_CCAP_26-LYC-112_vetements_EPI.pdf", "CCAP", lab,
             "CCAP de fournitures : clause sociale sans insertion (conventions de l'OIT, audits sociaux), clause "
             "d'emballage ; maxima par lot à additionner ; SPASER cité comme non contractuel",
             hdr, ftr, b, author="Région Centre-Ligérie", hyphen=True)


# ----------------------------------------------------------------------------- 07 RC valant CCP (PDF)
def doc07():
    hdr = "SIVOM des Coteaux de l'Arzon – MAPA n° 2026-04 – Repas en liaison froide"
    ftr = "Règlement de la consultation valant cahier des clauses particulières"
    b = [TITLE("SYNDICAT INTERCOMMUNAL À VOCATION MULTIPLE DES COTEAUX DE L'ARZON",
               "RÈGLEMENT DE LA CONSULTATION VALANT CAHIER DES CLAUSES PARTICULIÈRES",
               "Fabrication et livraison en liaison froide de repas pour les restaurants scolaires et l'accueil de loisirs",
               "Marché à procédure adaptée n° 2026-04")]
    b += [P("Le présent document tient lieu à la fois de règlement de la consultation (partie 1) et de cahier "
            "des clauses administratives et techniques particulières (partie 2). L'offre comprend l'acte "
            "d'engagement, le bordereau des prix et le mémoire technique."),
          H("PARTIE 1 – RÈGLES DE LA CONSULTATION"),
          H("Article 1 – Acheteur"),
          P("SIVOM des Coteaux de l'Arzon, mairie annexe, 1 rue de la Poste, 43 620 Saint-Pal-d'Arzon. "
            "Président : M. Jean-Marc Veyssière. Contact : secretariat@sivom-arzon.fr."),
          H("Article 2 – Objet, allotissement, valeur"),
          P("Le marché porte sur la fabrication, par le titulaire dans sa propre cuisine, et la livraison en "
            "liaison froide des repas des trois restaurants scolaires du syndicat et de l'accueil de loisirs "
            "du mercredi, soit environ 310 repas par jour scolaire."),
          P("La consultation n'est pas allotie : fabrication et livraison forment un ensemble indissociable et "
            "le volume ne permet pas de constituer des lots attractifs."),
          P("La valeur estimée du marché, reconductions comprises, est de 412~000 € HT."),
          H("Article 3 – Durée"),
          P("Le marché court du 4 janvier 2027 au 31 août 2027, puis est reconductible deux fois pour une année "
            "scolaire complète (1er septembre – 31 août)."),
          H("Article 4 – Remise des offres"),
          P("Les offres sont remises sur la plateforme https://marchespublics-arzon.fr avant le 13 novembre 2026 "
            "à 12h00. Un repas-test peut être demandé aux trois candidats les mieux classés."),
          H("Article 5 – Critères de jugement des offres"),
          P("L'offre économiquement la plus avantageuse est déterminée selon les critères suivants, notés sur 100 :"),
          LST(["Prix du repas (moyenne pondérée des prix du BPU) : 40 points ;",
               "Qualité des repas et composition des menus (plan alimentaire, grammages, variété, fait maison) : 35 points ;",
               "Performance environnemental de la prestation : 25 points, appréciée au vu de la part de produits "
               "durables et de qualité au sens de l'article L.230-5-1 du code rural et de la pêche maritime "
               "(10 points), du dispositif de réduction du gaspillage alimentaire (8 points) et des modalités de "
               "livraison et de conditionnement (7 points)."]),
          P("Le syndicat se réserve la possibilité de négocier avec les candidats ayant remis les trois meilleures "
            "offres. La négociation peut porter sur tous les éléments de l'offre, dont le prix."),
          H("PARTIE 2 – CLAUSES PARTICULIÈRES"),
          H("Article 6 – Composition des repas"),
          P("Les repas comprennent quatre composantes (entrée ou dessert, plat protidique, garniture, produit "
            "laitier) et du pain. Les grammages sont conformes aux recommandations du GEM-RCN pour les enfants "
            "de maternelle et d'élémentaire. Un menu végétarien est servi au moins une fois par semaine."),
          H("Article 7 – Commandes et effectifs"),
          P("Les effectifs sont transmis chaque jeudi pour la semaine suivante et peuvent être ajustés à J-2 "
            "avant 10h00, dans la limite de 10 %. Les repas pour les enfants bénéficiant d'un projet d'accueil "
            "individualisé sont fournis par les familles."),
          H("Article 8 – Livraison et conditionnement"),
          P("Les repas sont livrés entre 7h00 et 9h30 dans chaque office, en véhicule frigorifique. Ils sont "
            "conditionnés dans des bacs gastronormes en inox, repris et lavés par le titulaire ; aucun "
            "contenant à usage unique n'est utilisé pour les plats chauds ou les entrées."),
          H("Article 9 – Gaspillage et biodéchets"),
          P("Le titulaire pèse une fois par mois les restes de chaque office et remet au syndicat un relevé "
            "trimestriel assorti de propositions d'ajustement des grammages. Les restes non consommés sont repris "
            "par le titulaire lors de la livraison du lendemain et orientés vers une unité de méthanisation ; il "
            "en justifie par les bons d'enlèvement."),
          H("Article 10 – Hygiène et traçabilité"),
          P("Le titulaire dispose d'un agrément sanitaire. Il conserve un plat témoin de chaque préparation "
            "pendant cinq jours et tient à disposition du syndicat les résultats de ses autocontrôles."),
          H("Article 11 – Prix et paiement"),
          P("Le prix unitaire du repas est ferme jusqu'au 31 août 2027, puis révisé selon l'indice INSEE des "
            "prix à la consommation « Restauration collective » (identifiant 001763461). Les factures mensuelles "
            "sont payées dans un délai de trente jours."),
          H("Article 12 – Pénalités"),
          P("Retard de livraison supérieur à trente minutes : 150 € par office. Repas manquant : remboursement "
            "du prix et pénalité de 5 € par repas. Non-respect de l'article 9 : 100 € par manquement constaté."),
          H("Article 13 – Litiges"),
          P("Tribunal administratif de Clermont-Ferrand. Le CCAG-FCS s'applique pour tout ce qui n'est pas "
            "prévu au présent document.")]
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=0, montant_estime_ht=412000,
            evidence=["Performance environnemental de la prestation : 25 points",
                      "orientés vers une unité de méthanisation",
                      "aucun contenant à usage unique n'est utilisé",
                      "La consultation n'est pas allotie", "est de 412~000 € HT"])
    return D("07_RC-CCP_MAPA_2026-04_repas_liaison_froide.pdf", "RC", lab,
             "RC valant CCP (MAPA) : critère environnemental avec sous-critères en points, clauses de reprise des "
             "restes et de contenants réemployables dans la partie « clauses particulières » ; non alloti",
             hdr, ftr, b, author="SIVOM des Coteaux de l'Arzon", hyphen=True)


# ----------------------------------------------------------------------------- 08 CCP gardiennage SEM (PDF)
def doc08():
    hdr = "SERLA – Société d'économie mixte Rives-de-Lorme Aménagement – Consultation G-2026-11"
    ftr = "CCP – Gardiennage et surveillance de la ZAC des Prés-Salés"
    b = [TITLE("SERLA – RIVES-DE-LORME AMÉNAGEMENT",
               "CAHIER DES CLAUSES PARTICULIÈRES (CCP)",
               "Gardiennage, rondes et surveillance des emprises de la ZAC des Prés-Salés",
               "Accord-cadre à bons de commande passé selon une procédure adaptée – G-2026-11")]
    b += [H("Article 1 – Parties"),
          P("Le pouvoir adjudicateur est la société anonyme d'économie mixte locale Rives-de-Lorme Aménagement "
            "(SERLA), au capital de 2~400~000 €, 12 quai Anatole-Gaudin, 45 210 Lormeuil, SIRET 398 117 540 00042, "
            "agissant en qualité de concessionnaire d'aménagement de la ZAC des Prés-Salés pour le compte de "
            "la communauté d'agglomération Lorme Agglo."),
          H("Article 2 – Objet"),
          P("L'accord-cadre porte sur la surveillance des emprises foncières, des bâtiments en attente de "
            "démolition et des bases vie de la ZAC : gardiennage statique de nuit, rondes motorisées, levée de "
            "doute sur alarme et ouverture/fermeture des accès chantier. Il n'est pas décomposé en lots, les "
            "prestations portant sur un site unique dont la sécurité exige un interlocuteur unique."),
          H("Article 3 – Durée et montant"),
          P("L'accord-cadre est conclu pour une durée de deux ans à compter de sa notification, non reconductible. "
            "Il comporte un montant maximum de 240~000 € HT sur la durée totale, sans montant minimum."),
          H("Article 4 – Choix de l'offre"),
          P("Le présent CCP valant également règlement de consultation, les offres sont jugées selon les "
            "critères suivants :"),
          RTAB([["Critère", "Pondération"],
                ["Prix (application du BPU au détail estimatif non contractuel)", "55 %"],
                ["Organisation des rondes, consignes et procédures d'alerte", "20 %"],
                ["Moyens de télésurveillance et de levée de doute", "15 %"],
                ["Conditions d'emploi des agents affectés (formation continue, stabilité des équipes, "
                 "égalité professionnelle entre les femmes et les hommes)", "10 %"]],
               widths=[5.5, 1.3], align="lr"),
          P("Chaque critère technique est noté de 0 à 10 au vu du mémoire du candidat, puis pondéré. Le prix est "
            "noté par la formule habituelle (prix le plus bas / prix examiné)."),
          H("Article 5 – Autorisations et qualification du personnel"),
          P("Le titulaire est titulaire de l'autorisation d'exercer délivrée par le CNAPS. Chaque agent affecté "
            "dispose d'une carte professionnelle en cours de validité et, pour les rondes cynophiles, de la "
            "qualification correspondante. La liste nominative des agents est transmise avant toute prise de "
            "poste, ainsi que toute modification ultérieure."),
          H("Article 6 – Consignes"),
          P("Les consignes générales et particulières sont établies contradictoirement dans les quinze jours "
            "suivant la notification. Elles précisent les horaires, les itinéraires de rondes, la conduite à "
            "tenir en cas d'intrusion et les personnes à prévenir. La main courante est tenue sous forme "
            "électronique et consultable à distance par la SERLA."),
          H("Article 7 – Bons de commande"),
          P("Les besoins récurrents font l'objet d'un bon de commande trimestriel ; les besoins ponctuels "
            "(renfort pendant une démolition, surveillance d'un événement) d'un bon émis au moins 48 heures avant "
            "l'intervention, ou 4 heures en cas d'urgence."),
          H("Article 8 – Reprise du personnel"),
          P("Les stipulations de l'avenant n° 1 du 28 janvier 2011 à la convention collective des entreprises de "
            "prévention et de sécurité, relatives à la reprise du personnel en cas de changement de prestataire, "
            "sont applicables dans les conditions qu'il prévoit."),
          H("Article 9 – Engagements du titulaire en matière d'égalité et de non-discrimination"),
          P("Au-delà du respect de ses obligations légales, le titulaire met en œuvre, au bénéfice des agents "
            "affectés à l'exécution de l'accord-cadre, un plan d'actions en faveur de l'égalité professionnelle "
            "et de la lutte contre les discriminations : procédure de recrutement sur critères objectifs, "
            "sensibilisation de l'encadrement, accès égal à la formation, mixité des équipes de nuit lorsque "
            "cela est possible. Il présente à la SERLA, à chaque date anniversaire, un bilan chiffré de ce plan "
            "(recrutements, formations, répartition femmes-hommes des agents affectés)."),
          H("Article 10 – Prix et règlement"),
          P("Prix unitaires révisables annuellement selon l'indice ICHTrev-TS. Règlement mensuel à trente jours "
            "par virement, sur présentation d'une facture accompagnée de l'état des vacations réalisées."),
          H("Article 11 – Pénalités"),
          P("Poste non tenu : 300 € par vacation. Retard de prise de poste de plus de trente minutes : 60 €. "
            "Non-transmission du bilan prévu à l'article 9 : 200 €. Main courante non renseignée : 50 € par jour."),
          H("Article 12 – Responsabilité et assurances"),
          P("Le titulaire répond des dommages causés par ses agents dans l'exercice de leur mission. Il justifie "
            "d'une assurance responsabilité civile professionnelle d'un montant minimal de 3 M€ par sinistre."),
          H("Article 13 – Résiliation – litiges"),
          P("La SERLA peut résilier l'accord-cadre pour motif d'intérêt général ou pour faute du titulaire dans "
            "les conditions du CCAG-FCS. Les litiges relèvent du tribunal administratif d'Orléans.")]
    lab = L(clause_sociale=1, critere_social=1, allotissement=0, montant_max_ht=240000,
            evidence=["un plan d'actions en faveur de l'égalité professionnelle et de la lutte contre les discriminations",
                      "Conditions d'emploi des agents affectés (formation continue, stabilité des équipes",
                      "Il n'est pas décomposé en lots", "montant maximum de 240~000 € HT sur la durée totale"])
    return D("08_CCP_G-2026-11_gardiennage.pdf", "CCAP", lab,
             "CCP de MAPA portant les critères : critère social nommé « conditions d'emploi des agents » (10 %), "
             "clause de non-discrimination/égalité au-delà de la loi ; reprise du personnel conventionnelle (pas "
             "une clause) ; non alloti ; maximum",
             hdr, ftr, b, author="SERLA", hyphen=True)


# ----------------------------------------------------------------------------- 09 CCTP voirie (PDF 2 col.)
def doc09():
    hdr = "Communauté de communes Plaine et Coteaux du Lorbe – Service voirie"
    ftr = "CCTP – Programme 2027 d'entretien et de renforcement des voies communautaires"
    b = [TITLE("COMMUNAUTÉ DE COMMUNES PLAINE ET COTEAUX DU LORBE",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Programme 2027 de travaux d'entretien et de renforcement des voies d'intérêt communautaire",
               "Marché de travaux n° V2027-01")]
    b += [H("Chapitre 1 – Généralités"),
          H2("1.1 – Objet"),
          P("Le présent CCTP définit les spécifications techniques des travaux de reprofilage, de renforcement "
            "et de revêtement des voies communautaires inscrits au programme 2027 : 23 sections réparties sur "
            "neuf communes, pour une longueur cumulée de 14,6 km."),
          H2("1.2 – Documents de référence"),
          P("Fascicules 23, 25, 27 et 35 du CCTG-Travaux ; normes NF EN 13108 (mélanges bitumineux), "
            "NF EN 13043 (granulats) et NF P 98-150-1 (exécution des assises et couches de roulement) ; guide "
            "technique SETRA-LCPC « Réalisation des remblais et des couches de forme »."),
          H2("1.3 – Connaissance des lieux"),
          P("L'entrepreneur est réputé avoir pris connaissance de l'environnement des chantiers : réseaux aériens "
            "et enterrés, accès riverains, circulation des engins agricoles et des cars scolaires. Les "
            "déclarations de projet de travaux (DT) ont été réalisées par le maître d'ouvrage ; les DICT sont à la "
            "charge de l'entrepreneur."),
          H2("1.4 – Signalisation et exploitation sous circulation"),
          P("Les travaux sont réalisés sous circulation alternée par feux ou piquets K10, ou sous route barrée "
            "avec déviation lorsque l'arrêté de police le permet. L'entrepreneur fournit, pose et entretient la "
            "signalisation temporaire conformément au manuel du chef de chantier (volume 1, routes bidirectionnelles)."),
          H2("1.5 – Période d'exécution"),
          P("Les travaux de revêtement superficiel sont exécutés entre le 15 mai et le 15 septembre. Les enrobés "
            "ne sont pas mis en œuvre par température inférieure à 5 °C ou sur support humide."),
          H2("1.6 – Clause d'insertion"),
          P("Sans objet : compte tenu du caractère très mécanisé des prestations et de leur courte durée par "
            "section, le présent marché ne comporte pas de clause d'insertion sociale."),
          H("Chapitre 2 – Matériaux"),
          H2("2.1 – Granulats"),
          P("Les granulats pour couche de roulement sont de catégorie C III A au sens de la norme NF EN 13043, "
            "de classe 6/10 pour les enduits et 0/10 pour les bétons bitumineux. Leur provenance est soumise à "
            "l'agrément du maître d'œuvre."),
          H2("2.2 – Liants"),
          P("Émulsion de bitume cationique à 69 % pour les enduits superficiels ; bitume pur 35/50 pour les "
            "enrobés. Les liants sont accompagnés des fiches techniques et des certificats de conformité."),
          H2("2.3 – Matériaux recyclés"),
          P("Les graves-bitume (GB3) et les bétons bitumineux semi-grenus (BBSG) mis en œuvre intègrent au moins "
            "20~% d'agrégats d'enrobés recyclés, issus de préférence des fraisats du chantier. L'entrepreneur "
            "justifie ce taux par les fiches de fabrication de la centrale d'enrobage, transmises chaque semaine."),
          P("Les déblais et fraisats non réutilisés sont évacués vers une installation de stockage ou de "
            "recyclage autorisée, désignée dans le schéma d'organisation et de suivi de l'élimination des "
            "déchets (SOSED) ; les bordereaux de suivi sont remis avec la situation mensuelle."),
          H("Chapitre 3 – Exécution des travaux"),
          H2("3.1 – Préparation du support"),
          P("Balayage mécanique soigné, purge des zones déformées sur 20 cm au moins, reprise des nids de poule "
            "à l'enrobé à froid puis compactage. Les bordures et regards sont mis à la cote définitive avant "
            "application de la couche de roulement."),
          H2("3.2 – Structures types"),
          RTAB([["Type", "Trafic", "Structure"],
                ["S1", "T5 – moins de 25 PL/j", "Enduit bicouche 10/14 + 4/6"],
                ["S2", "T4 – 25 à 50 PL/j", "BBSG 0/10 sur 6 cm"],
                ["S3", "T3 – 50 à 150 PL/j", "GB3 0/14 sur 8 cm + BBSG 0/10 sur 6 cm"]],
               widths=[0.8, 2.2, 3.6]),
          H2("3.3 – Mise en œuvre des enrobés"),
          P("Répandage au finisseur, compactage par compacteur tandem vibrant et pneumatique. La température du "
            "mélange au répandage est au moins égale à 130 °C. Les joints longitudinaux sont décalés de 15 cm "
            "d'une couche à l'autre."),
          H2("3.4 – Enduits superficiels"),
          P("Dosages indicatifs : 1,1 kg/m² de liant résiduel pour la première couche, 0,8 kg/m² pour la seconde. "
            "Le gravillonnage est immédiatement suivi d'un cylindrage au compacteur pneumatique. Le rejet "
            "des gravillons est effectué par balayage à J+2 et J+8."),
          H("Chapitre 4 – Contrôles"),
          P("Contrôles extérieurs à la charge du maître d'ouvrage : densités au gammadensimètre, épaisseurs par "
            "carottage, uni longitudinal (APL) sur les sections S3. Les tolérances et réfactions sont celles de la "
            "norme NF P 98-150-1. Les résultats de l'autocontrôle sont remis sous 48 heures."),
          H("Chapitre 5 – Récolement"),
          P("À l'issue de chaque section, l'entrepreneur remet un plan de récolement au format DWG géoréférencé "
            "(RGF93 – CC46) indiquant les structures réellement mises en œuvre et les quantités.")]
    lab = L(clause_environnementale=1,
            evidence=["intègrent au moins 20~% d'agrégats d'enrobés recyclés"])
    return D("09_CCTP_V2027-01_voirie.pdf", "CCTP", lab,
             "CCTP deux colonnes : exigence de 20 % d'agrégats recyclés (clause environnementale) ; clause "
             "d'insertion citée « sans objet » ; « environnement des chantiers » au sens physique ; rien sur les lots",
             hdr, ftr, b, author="CC Plaine et Coteaux du Lorbe", hyphen=True, cols=2)


# ----------------------------------------------------------------------------- 10 RC centrale d'achat (PDF 2 col.)
def doc10():
    hdr = "GIP Achats Numériques Ouest (GANO) – Centrale d'achat – Consultation GANO-2026-PT"
    ftr = "RC – Postes de travail, écrans et services associés"
    b = [TITLE("GIP ACHATS NUMÉRIQUES OUEST – CENTRALE D'ACHAT",
               "RÈGLEMENT DE LA CONSULTATION",
               "Fourniture de postes de travail, d'écrans et de services associés pour les membres du GIP",
               "Appel d'offres ouvert européen – GANO-2026-PT")]
    b += [H("1. Présentation de la centrale d'achat"),
          P("Le groupement d'intérêt public Achats Numériques Ouest (GANO), 3 rue de l'Hermine, 35 041 Rennes-"
            "Beaulieu, SIRET 130 027 455 00019, agit en qualité de centrale d'achat au sens des articles L.2113-2 "
            "à L.2113-4 du code de la commande publique pour le compte de ses 212 membres (collectivités, "
            "établissements publics, établissements de santé). Il passe des accords-cadres que les membres "
            "exécutent par bons de commande."),
          H("2. Objet et allotissement"),
          P("La consultation porte sur la fourniture de postes de travail et d'écrans, le déploiement, la "
            "garantie sur site et la reprise des matériels en fin de vie. Elle est divisée en trois lots :"),
          LST(["lot 1 : ordinateurs fixes et portables neufs ;",
               "lot 2 : écrans, stations d'accueil et périphériques ;",
               "lot 3 : ordinateurs reconditionnés (grade A) avec garantie de trois ans."]),
          P("Chaque lot fait l'objet d'un accord-cadre mono-attributaire. Un candidat peut répondre à un, deux ou "
            "trois lots."),
          H("3. Durée et montants maximums"),
          P("Chaque accord-cadre est conclu pour une durée de quatre ans. Les accords-cadres ne comportent pas de "
            "minimum. Le montant maximum est fixé, pour la durée totale de quatre ans, à 6~000~000 € HT pour le "
            "lot 1, 2~500~000 € HT pour le lot 2 et 900~000 € HT pour le lot 3."),
          H("4. Dossier de consultation"),
          P("RC ; CCAP commun ; CCTP par lot ; BPU et DQE par lot ; cadre de réponse technique ; questionnaire "
            "de conformité technique ; modèle de tableau de bord des commandes."),
          H("5. Conditions de participation"),
          P("Les candidats justifient d'un chiffre d'affaires annuel moyen au moins égal à 1,5 fois la valeur "
            "annuelle estimée du lot, de références de déploiement d'au moins 1~000 postes et, le cas échéant, "
            "de certifications de type ISO 9001 ou ISO 14001. Ces éléments servent à apprécier les capacités et "
            "ne sont pas notés au stade des offres."),
          H("6. Critères d'attribution"),
          P("Pour chaque lot, l'offre économiquement la plus avantageuse est déterminée au regard des critères "
            "pondérés suivants :"),
          RTAB([["Critère", "Poids"],
                ["C1 – Prix (DQE)", "50 %"],
                ["C2 – Valeur technique : performances, ergonomie, qualité du déploiement et du support", "30 %"],
                ["C3 – Durabilité et fin de vie : réparabilité, durée de disponibilité des pièces, reconditionnement "
                 "et réemploi des matériels repris, émissions liées à la logistique de livraison", "15 %"],
                ["C4 – Conditions de travail dans la chaîne de fabrication : cartographie des sites, audits "
                 "indépendants, plan de vigilance", "5 %"]],
               widths=[5.0, 1.0], align="lr"),
          P("Les critères C2 à C4 sont notés sur 20 au vu du cadre de réponse technique. Pour le critère C3, le "
            "candidat peut notamment s'appuyer sur l'indice de réparabilité ou de durabilité des modèles proposés "
            "et sur des labels de type TCO Certified ou EPEAT, ou équivalents."),
          H("7. Échantillons et maquettes"),
          P("Les candidats aux lots 1 et 3 remettent, au siège du GIP, un exemplaire de chacun des deux modèles "
            "de portable les plus commandés (configurations A et B du BPU). Les matériels sont restitués à "
            "l'issue de l'analyse."),
          H("8. Négociation"),
          P("La procédure étant un appel d'offres ouvert, aucune négociation n'est possible. Le GIP peut demander "
            "aux candidats de compléter ou de préciser leur offre, sans la modifier."),
          H("9. Transmission des plis"),
          P("Les plis sont déposés sur la plateforme https://marches.gano-achats.fr avant le 30 novembre 2026 à "
            "16h00. La signature électronique de l'offre n'est pas exigée au stade du dépôt ; elle le sera de "
            "l'attributaire."),
          H("10. Suites données à la consultation"),
          P("Le GIP informe les candidats non retenus et respecte un délai de suspension de onze jours avant la "
            "signature. Les accords-cadres sont notifiés puis mis à disposition des membres sur l'espace adhérents. "
            "Chaque membre adresse directement ses bons de commande au titulaire."),
          H("11. Recours"),
          P("Tribunal administratif de Rennes, 3 contour de la Motte, 35 044 Rennes Cedex. Référé précontractuel "
            "possible jusqu'à la signature ; recours en contestation de validité dans les deux mois suivant la "
            "publication de l'avis d'attribution.")]
    lab = L(critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=3, montant_max_ht=9400000,
            evidence=["C4 – Conditions de travail dans la chaîne de fabrication",
                      "C3 – Durabilité et fin de vie : réparabilité", "trois lots",
                      "6~000~000 € HT pour le lot 1, 2~500~000 € HT pour le lot 2 et 900~000 € HT pour le lot 3",
                      "[6 000 000 + 2 500 000 + 900 000 = 9 400 000]"])
    return D("10_RC_GANO-2026-PT_postes_de_travail.pdf", "RC", lab,
             "RC de centrale d'achat, deux colonnes : critères « durabilité et fin de vie » et « conditions de "
             "travail dans la chaîne de fabrication » sans les mots social/environnemental ; ISO 14001 en "
             "sélection (non noté) ; maxima par lot à additionner",
             hdr, ftr, b, author="GIP Achats Numériques Ouest", hyphen=True, cols=2)


# ----------------------------------------------------------------------------- 11 CCAP médiathèque (PDF)
def doc11():
    hdr = "Ville de Marsenac – Direction du patrimoine bâti – Opération 2026-MED"
    ftr = "CCAP commun à tous les lots – Construction de la médiathèque de l'Île-Verte"
    b = [TITLE("VILLE DE MARSENAC",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Construction de la médiathèque de l'Île-Verte",
               "Marchés de travaux – Appel d'offres ouvert – CCAP commun aux lots 01 à 12")]
    b += [H("Article 1 – Objet et décomposition"),
          P("Le présent CCAP s'applique aux douze marchés de travaux conclus pour la construction de la "
            "médiathèque de l'Île-Verte (2~450 m² de surface de plancher), avenue des Platanes à Marsenac. "
            "Les travaux sont divisés en 12 lots, chacun faisant l'objet d'un marché distinct."),
          P("Pour mémoire, l'enveloppe prévisionnelle affectée aux travaux par le programme est de "
            "4~860~000 € HT (valeur septembre 2026)."),
          H("Article 2 – Intervenants"),
          P("Maître d'ouvrage : Ville de Marsenac. Maître d'œuvre : Studio Ardoise & Lin, architectes, "
            "mandataire du groupement. Contrôleur technique : Veritec Sud-Ouest. Coordonnateur SPS (niveau 2) : Cabinet Lestrade. OPC : "
            "Pilotage & Méthodes."),
          H("Article 3 – Pièces contractuelles"),
          P("Acte d'engagement du lot ; présent CCAP ; CCTP commun et CCTP du lot ; DPGF ; plans ; calendrier "
            "détaillé d'exécution ; charte chantier à faibles nuisances ; PGC ; CCAG-Travaux 2021."),
          H("Article 4 – Délais"),
          P("Le délai d'exécution de l'ensemble des lots est de vingt mois, période de préparation de deux mois "
            "comprise. Les délais particuliers de chaque lot résultent du calendrier détaillé établi par l'OPC."),
          H("Article 5 – Prix et variation des prix"),
          P("Les marchés sont traités à prix global et forfaitaire, révisables mensuellement selon l'index BT "
            "propre à chaque lot (tableau en annexe 2)."),
          H("Article 6 – Avance et garanties"),
          P("Une avance de 10 % est accordée, sauf refus du titulaire. Une retenue de garantie de 5 % est "
            "appliquée ; elle peut être remplacée par une garantie à première demande."),
          H("Article 7 – Organisation du chantier"),
          P("Les installations communes (cantonnement, clôtures, raccordements provisoires) sont réalisées par le "
            "titulaire du lot 01 et réparties au compte prorata selon la convention annexée."),
          H("Article 8 – Chantier à faibles nuisances"),
          P("Chaque titulaire respecte la charte chantier à faibles nuisances annexée au présent CCAP. Il trie ses "
            "déchets sur le chantier selon cinq flux au minimum (inertes, bois, métaux, plâtre, déchets non "
            "dangereux en mélange) et fait en sorte que le taux de valorisation matière des déchets non dangereux "
            "atteigne au moins 70 % en masse. Les bordereaux de suivi sont remis chaque mois à l'OPC."),
          P("L'usage de groupes électrogènes est limité aux cas où le raccordement provisoire est impossible ; "
            "les engins sont éteints lors des arrêts prolongés."),
          H("Article 9 – Clause sociale d'insertion"),
          P("Les titulaires des lots désignés ci-dessous réalisent une action d'insertion professionnelle au "
            "profit de personnes éloignées de l'emploi, d'un volume minimal de :"),
          RTAB([["Lot", "Intitulé", "Nbre d'heures d'insertion"],
                ["01", "Terrassement – Gros œuvre", "1 400"],
                ["02", "Charpente métallique", "180"],
                ["03", "Étanchéité – Toiture végétalisée", "120"],
                ["05", "Menuiseries intérieures bois", "165"],
                ["07", "Peinture – Revêtements muraux", "240"],
                ["09", "Plâtrerie – Cloisons – Doublages", "240"],
                ["", "Total", "2 345"]],
               widths=[0.7, 4.0, 1.6], align="llr", bold_last=True),
          P("L'entreprise choisit librement les modalités de réalisation : embauche directe (CDD, CDI, contrat "
            "d'apprentissage ou de professionnalisation), mise à disposition de salariés par une association "
            "intermédiaire, une ETTI ou un GEIQ, sous-traitance à une entreprise d'insertion. Le service "
            "« clauses sociales » de Marsenac Agglomération accompagne les entreprises et contrôle la "
            "réalisation. Chaque heure non réalisée, constatée au décompte général, donne lieu à une pénalité de "
            "50 € HT."),
          H("Article 10 – Obligations relatives à la main-d'œuvre"),
          P("Les titulaires et leurs sous-traitants se conforment aux dispositions du code du travail relatives "
            "au travail dissimulé, au détachement de salariés et à l'obligation d'emploi des travailleurs "
            "handicapés (articles L.5212-1 et suivants). La carte d'identification professionnelle BTP est "
            "présentée à toute réquisition."),
          H("Article 11 – Pénalités"),
          P("Retard d'exécution : 1/3000e du montant du marché par jour calendaire. Absence aux réunions de "
            "chantier : 150 €. Non-respect de la charte chantier à faibles nuisances : 300 € par manquement "
            "constaté par le maître d'œuvre, après mise en demeure restée sans effet pendant 48 heures."),
          H("Article 12 – Réception"),
          P("La réception est prononcée pour l'ensemble des lots à la même date, après les opérations préalables "
            "prévues à l'article 41 du CCAG-Travaux. Le dossier des ouvrages exécutés est remis au plus tard un "
            "mois après la réception."),
          H("Article 13 – Dérogations au CCAG-Travaux"),
          P("Article 11 du CCAP : déroge à l'article 19.2.3 du CCAG-Travaux.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2345, clause_environnementale=1,
            allotissement=1, nb_lots=12, montant_estime_ht=4860000,
            evidence=["réalisent une action d'insertion professionnelle",
                      "Total 2 345", "taux de valorisation matière des déchets non dangereux atteigne au moins 70 %",
                      "divisés en 12 lots", "4~860~000 € HT"])
    return D("11_CCAP_2026-MED_mediatheque_commun.pdf", "CCAP", lab,
             "CCAP commun à 12 lots : tableau d'heures d'insertion par lot avec total ; charte chantier et taux de "
             "valorisation des déchets ; rappel L5212-1 (non social) ; enveloppe prévisionnelle des travaux",
             hdr, ftr, b, author="Ville de Marsenac", hyphen=True)


# ----------------------------------------------------------------------------- 12 RC transport adapté (PDF)
def doc12():
    hdr = "Département du Haut-Lignon – Direction de la mobilité – Transport des élèves en situation de handicap"
    ftr = "Règlement de consultation – AO 2026-MOB-14"
    b = [TITLE("DÉPARTEMENT DU HAUT-LIGNON",
               "RÈGLEMENT DE CONSULTATION",
               "Transport des élèves et étudiants en situation de handicap – rentrées 2027 à 2030",
               "Appel d'offres ouvert – AO 2026-MOB-14")]
    b += [H("I. Objet de la consultation"),
          P("En application de l'article R.3111-24 du code des transports, le Département organise le transport, "
            "entre leur domicile et leur établissement scolaire, des élèves et étudiants en situation de handicap "
            "qui ne peuvent utiliser les transports en commun. Environ 410 élèves sont transportés chaque jour, "
            "dont 38 en fauteuil roulant."),
          P("L'accompagnement des enfants pendant le trajet, lorsqu'il est prescrit par la commission des droits "
            "et de l'autonomie, fait partie intégrante de la prestation et est décrit au CCTP."),
          H("II. Allotissement"),
          P("Les prestations sont réparties en 14 lots correspondant à des secteurs géographiques (liste et "
            "effectifs en annexe 1). Les candidats peuvent soumissionner à tous les lots ; un même candidat ne "
            "peut toutefois se voir attribuer plus de quatre lots. En cas de dépassement, les lots lui sont "
            "attribués dans l'ordre décroissant des montants estimés."),
          H("III. Durée et valeur estimée"),
          P("Chaque marché est conclu pour l'année scolaire 2027-2028 et reconductible trois fois. La valeur "
            "estimée de l'ensemble des lots pour la durée maximale de quatre années scolaires est de "
            "4~600~000 € HT."),
          H("IV. Documents à produire"),
          H2("IV.1 – Candidature"),
          LST(["lettre de candidature (DC1) et déclaration du candidat (DC2), ou DUME ;",
               "inscription au registre des entreprises de transport public routier de personnes et licence "
               "communautaire ou licence de transport intérieur ;",
               "effectifs moyens annuels et importance du personnel d'encadrement pour les trois dernières années ;",
               "attestation sur l'honneur du respect de l'obligation d'emploi des travailleurs handicapés "
               "(articles L.5212-1 à L.5212-11 du code du travail)."]),
          H2("IV.2 – Offre"),
          LST(["acte d'engagement et bordereau de prix par lot (prix journalier par circuit) ;",
               "mémoire technique comprenant : l'organisation des circuits, les modalités de remplacement des "
               "conducteurs, la formation des conducteurs et accompagnateurs, la liste des véhicules affectés "
               "(marque, motorisation, norme Euro, date de première immatriculation, équipement pour fauteuil) ;",
               "charte de qualité signée."]),
          H("V. Critères de jugement des offres"),
          P("Les offres sont jugées lot par lot selon les critères suivants :"),
          RTAB([["Critère", "Pondération"],
                ["Prix journalier", "50 %"],
                ["Qualité du service : organisation, remplacements, communication avec les familles et les "
                 "établissements, formation des conducteurs et des accompagnateurs", "35 %"],
                ["Motorisation et âge du parc affecté : véhicules électriques, hybrides ou au bioGNV, norme "
                 "Euro, émissions de CO2 par kilomètre", "15 %"]],
               widths=[5.4, 1.3], align="lr"),
          P("Pour le troisième critère, la note est calculée à partir de la fiche véhicules : 6 points pour la "
            "motorisation, 5 points pour les émissions de CO2 déclarées, 4 points pour l'âge moyen du parc."),
          H("VI. Variantes"),
          P("Les variantes sont autorisées sur l'organisation des circuits, à condition que la durée maximale de "
            "trajet de chaque élève (une heure) soit respectée et qu'une offre de base soit remise."),
          H("VII. Renseignements"),
          P("Service transports adaptés : Mme Ophélie Grandjean, tél. 04 71 55 40 12. Questions par la "
            "plateforme au plus tard le 2 novembre 2026. Date limite de remise des offres : 16 novembre 2026, "
            "12h00. Délai de validité des offres : 150 jours."),
          H("VIII. Procédures de recours"),
          P("Tribunal administratif de Clermont-Ferrand, 6 cours Sablon, 63 033 Clermont-Ferrand Cedex 1.")]
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=14, montant_estime_ht=4600000,
            evidence=["Motorisation et âge du parc affecté : véhicules électriques, hybrides ou au bioGNV",
                      "14 lots", "4~600~000 € HT"])
    return D("12_RC_AO2026-MOB-14_transport_adapte.pdf", "RC", lab,
             "RC : critère motorisation/émissions du parc (environnemental sans le mot) ; objet social "
             "(transport d'élèves handicapés, accompagnement = prestation) ; L5212-1 en candidature",
             hdr, ftr, b, author="Département du Haut-Lignon", hyphen=True)


# ----------------------------------------------------------------------------- 13 CCTP blanchisserie CHU (PDF)
def doc13():
    hdr = "CHU de Saint-Vérand – Direction des achats – Marché 2026-BLA-02"
    ftr = "CCTP – Traitement du linge plat et des tenues professionnelles"
    b = [TITLE("CENTRE HOSPITALIER UNIVERSITAIRE DE SAINT-VÉRAND",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Location-entretien et traitement du linge plat et des tenues professionnelles",
               "Marché n° 2026-BLA-02")]
    b += [H("1. Contexte et volumes"),
          P("Le CHU de Saint-Vérand (1~240 lits et places, quatre sites) a fermé sa blanchisserie en 2024. Le "
            "linge est depuis traité par un prestataire extérieur. Les volumes annuels sont d'environ 780 tonnes "
            "de linge plat et 410~000 tenues professionnelles."),
          H("2. Prestations attendues"),
          LST(["collecte du linge sale dans les locaux de stockage des quatre sites ;",
               "lavage, désinfection, séchage, finition et contrôle du linge ;",
               "mise à disposition et entretien des tenues nominatives (marquage, réparations) ;",
               "livraison du linge propre en armoires fermées ou chariots filmés ;",
               "gestion informatisée des stocks et des dotations par service."]),
          H("3. Exigences d'hygiène"),
          P("Le traitement respecte la méthode RABC (norme NF EN 14065). Le prestataire dispose d'une "
            "certification de son système de maîtrise de la biocontamination. Le linge propre présente une "
            "contamination inférieure à 12 UFC/25 cm² ; des prélèvements mensuels sont réalisés par un "
            "laboratoire accrédité."),
          H("4. Circuits et délais"),
          P("Les collectes et livraisons ont lieu du lundi au samedi. Le délai entre la collecte du linge sale "
            "et la livraison du linge propre est de 72 heures au plus (48 heures pour les blocs opératoires). "
            "Le circuit sale et le circuit propre sont séparés dans le temps ou dans l'espace."),
          H("5. Qualité du linge et des tenues"),
          P("Le linge plat est composé à 50 % au moins de polyester et de coton ; les tenues sont conformes aux "
            "fiches descriptives de l'annexe 2 (coloris par filière professionnelle). Le taux de linge rebuté "
            "pour usure est indiqué mensuellement."),
          H("6. Exigences environnementales"),
          P("Les lessives et produits lessiviels employés sont titulaires de l'Écolabel européen ou d'un label "
            "de type I équivalent (ISO 14024) ; le prestataire tient les fiches de données de sécurité à "
            "disposition du CHU."),
          P("La consommation d'eau du procédé de lavage n'excède pas 8 litres par kilogramme de linge sec ; le "
            "prestataire en justifie par un relevé semestriel des compteurs rapporté au tonnage traité. Les "
            "véhicules affectés aux collectes et livraisons répondent au minimum à la norme Euro VI."),
          H("7. Informatique et traçabilité"),
          P("Chaque article est identifié par une puce RFID. Le prestataire met à disposition un portail web "
            "permettant aux services de suivre leurs dotations, leurs commandes exceptionnelles et les "
            "réclamations. L'environnement applicatif est hébergé chez un hébergeur certifié HDS dès lors qu'il "
            "contient des données nominatives."),
          H("8. Indicateurs de performance"),
          TAB([["Indicateur", "Cible", "Fréquence"],
               ["Taux de livraisons conformes", "98 %", "mensuelle"],
               ["Délai de retour du linge", "72 h", "mensuelle"],
               ["Résultats microbiologiques conformes", "100 %", "mensuelle"],
               ["Consommation d'eau (l/kg)", "8", "semestrielle"]],
              widths=[3.5, 1.2, 1.5], align="lrl"),
          H("9. Réversibilité"),
          P("En fin de marché, le prestataire restitue les articles appartenant au CHU et transmet les données de "
            "dotation dans un format ouvert. Il collabore avec le nouveau titulaire pendant une période de "
            "transition de deux mois.")]
    lab = L(clause_environnementale=1,
            evidence=["sont titulaires de l'Écolabel européen ou d'un label de type I équivalent",
                      "n'excède pas 8 litres par kilogramme de linge sec"])
    return D("13_CCTP_2026-BLA-02_blanchisserie.pdf", "CCTP", lab,
             "CCTP : exigences environnementales techniques (écolabel, eau, Euro VI) dans un service de "
             "blanchisserie ; « environnement applicatif » au sens informatique ; rien sur lots ni montants",
             hdr, ftr, b, author="CHU de Saint-Vérand", hyphen=True)


# ----------------------------------------------------------------------------- 14 RC commune MAPA (PDF) - aucune
def doc14():
    hdr = "Commune de Saint-Péran-les-Vignes – Marché à procédure adaptée n° 2026-03"
    ftr = "RC – Rénovation énergétique de la salle des fêtes"
    b = [TITLE("COMMUNE DE SAINT-PÉRAN-LES-VIGNES",
               "RÈGLEMENT DE LA CONSULTATION",
               "Rénovation énergétique de la salle des fêtes : isolation, menuiseries, chauffage",
               "Procédure adaptée (article R.2123-1 1° du code de la commande publique)")]
    b += [H("Article 1 – Maître d'ouvrage"),
          P("Commune de Saint-Péran-les-Vignes, 1 place de l'Église, 34 725 Saint-Péran-les-Vignes. "
            "Tél. 04 67 96 11 02. SIRET 213 402 616 00011. Mme Josiane Calvet, maire."),
          H("Article 2 – Objet"),
          P("La consultation porte sur la rénovation énergétique de la salle des fêtes communale (bâtiment de 1978, "
            "420 m²). L'opération, subventionnée au titre du fonds d'accélération de la transition écologique dans "
            "les territoires, vise une réduction d'au moins 40 % de la consommation d'énergie finale du bâtiment, "
            "conformément à l'audit énergétique réalisé en 2025. La commune, signataire du contrat de relance et de "
            "transition écologique du Pays Cœur d'Hérault, mène une politique volontariste de sobriété énergetique."),
          H("Article 3 – Lots"),
          P("Les travaux sont répartis en 5 lots :"),
          TAB([["Lot", "Désignation", "Estimation (€ HT)"],
               ["1", "Isolation des murs par l'extérieur – enduits", "96 000"],
               ["2", "Menuiseries extérieures", "58 500"],
               ["3", "Isolation des combles – faux plafonds", "27 000"],
               ["4", "Chauffage par pompe à chaleur – ventilation", "71 000"],
               ["5", "Électricité – éclairage LED", "16 000"],
               ["", "Total", "268 500"]],
              widths=[0.6, 4.2, 1.6], align="llr"),
          P("Le montant total estimé des travaux est donc de 268~500 € HT. Chaque lot est attribué séparément."),
          H("Article 4 – Délais"),
          P("Les travaux doivent être réalisés entre le 5 avril et le 30 juillet 2027, la salle restant fermée au "
            "public pendant cette période."),
          H("Article 5 – Dossier de consultation"),
          P("Le dossier comprend : le présent RC, l'acte d'engagement, le CCAP, le CCTP, la DPGF de chaque lot, "
            "l'audit énergétique et les plans. Il est disponible gratuitement sur le profil d'acheteur "
            "https://www.marches-herault-ouest.fr."),
          H("Article 6 – Candidature"),
          P("Le candidat produit : le formulaire DC1 (ou une lettre de candidature) ; le formulaire DC2 ; une "
            "attestation sur l'honneur indiquant qu'il est en règle au regard des articles L.5212-1 à L.5212-11 "
            "du code du travail concernant l'emploi des travailleurs handicapés ; les qualifications RGE ou "
            "équivalentes pour les lots 1 à 4 ; une attestation d'assurance décennale."),
          H("Article 7 – Critères de choix"),
          P("L'offre économiquement la plus avantageuse est appréciée selon les critères suivants :"),
          LST(["Prix : 60 % ;",
               "Valeur technique : 40 %, dont méthodologie et qualité des matériaux proposés (20 %), "
               "planning détaillé (10 %), moyens humains affectés au chantier (10 %)."]),
          P("La commune pourra négocier avec les trois premiers candidats de chaque lot."),
          H("Article 8 – Visite"),
          P("Une visite est conseillée ; les clés sont à retirer en mairie aux heures d'ouverture, sur rendez-vous."),
          H("Article 9 – Remise des offres"),
          P("Date limite : vendredi 15 janvier 2027 à 17h00, par voie électronique uniquement."),
          H("Article 10 – Renseignements"),
          P("Administratifs : secrétariat de mairie. Techniques : M. Thierry Roumégous, maître d'œuvre, "
            "Atelier Causse & Garrigue, tél. 04 67 88 30 19.")]
    lab = L(allotissement=1, nb_lots=5, montant_estime_ht=268500,
            evidence=["répartis en 5 lots", "Le montant total estimé des travaux est donc de 268~500 € HT"])
    return D("14_RC_MAPA_2026-03_salle_des_fetes.pdf", "RC", lab,
             "Négatif difficile : rénovation énergétique = objet (pas une clause), politique de transition de la "
             "commune (contexte), RGE et L5212 en candidature ; critères prix/technique seulement",
             hdr, ftr, b, author="Commune de Saint-Péran-les-Vignes", hyphen=True)


# ----------------------------------------------------------------------------- 15 AE université lot 2 (DOCX)
def doc15():
    hdr = "Université de Valmorency – Direction du patrimoine immobilier – AC-MAINT-2026"
    ftr = "Acte d'engagement – Lot 2 : ascenseurs et monte-charges"
    b = [TITLE("UNIVERSITÉ DE VALMORENCY",
               "ACTE D'ENGAGEMENT",
               "Accord-cadre de maintenance des installations techniques des campus – Lot n° 2 : maintenance "
               "préventive et corrective des ascenseurs et monte-charges",
               "Consultation AC-MAINT-2026 – Appel d'offres ouvert")]
    b += [H("A – Objet de l'acte d'engagement"),
          P("Le présent acte d'engagement concerne le lot n° 2 de l'accord-cadre de maintenance des installations "
            "techniques de l'Université. La consultation comporte trois lots : lot 1 – chauffage, ventilation, "
            "climatisation ; lot 2 – ascenseurs et monte-charges (51 appareils) ; lot 3 – portes automatiques, "
            "portails et barrières levantes."),
          P("L'accord-cadre est mono-attributaire et exécuté par bons de commande pour les prestations hors "
            "forfait. Il est conclu pour une durée d'un an, reconductible trois fois, soit quatre ans au plus."),
          H("B – Identification du titulaire"),
          P("Nom commercial et dénomination sociale : ……………………………………………"),
          P("Adresse de l'établissement : ……………………………………………  SIRET : ………………………"),
          P("Le signataire, agissant ☐ pour son propre compte ☐ pour le compte de la société ci-dessus ☐ en tant "
            "que mandataire du groupement désigné en annexe, après avoir pris connaissance du CCAP, du CCTP et "
            "des documents qui y sont mentionnés, s'engage sans réserve à exécuter les prestations du lot n° 2 "
            "dans les conditions ci-après."),
          H("C – Prix et montant"),
          P("Maintenance préventive forfaitaire (annexe financière) : ………………… € HT par an."),
          P("Prestations sur bons de commande : prix du bordereau des prix unitaires. Le montant maximum de "
            "l'accord-cadre pour le lot n° 2 est de 320~000 € HT sur sa durée totale (quatre ans), forfait et "
            "bons de commande confondus. Il n'est pas fixé de montant minimum."),
          H("D – Engagement relatif à l'action d'insertion"),
          P("Le titulaire s'engage à réaliser, dans les conditions fixées à l'article 8 du CCAP, un volume minimal "
            "de 250 heures de travail au bénéfice de personnes éloignées de l'emploi sur la durée totale de "
            "l'accord-cadre, selon la ou les modalités suivantes :"),
          LST(["☐ embauche directe de personnes éligibles ;",
               "☐ mise à disposition de salariés par une entreprise de travail temporaire d'insertion, une "
               "association intermédiaire ou un GEIQ ;",
               "☐ sous-traitance d'une partie des prestations à une structure d'insertion par l'activité économique."]),
          P("Il désigne comme interlocuteur du facilitateur de la Maison de l'emploi du Valmorençois : "
            "M./Mme ……………………………………, fonction : ………………………"),
          H("E – Durée de validité de l'offre"),
          P("L'offre est valable 180 jours à compter de la date limite de réception des offres."),
          H("F – Paiement"),
          P("Le pouvoir adjudicateur se libère des sommes dues en faisant porter le montant au crédit du compte "
            "ouvert au nom du titulaire (joindre un RIB) : IBAN ………………………………………  BIC ……………"),
          H("G – Avance"),
          P("☐ Je renonce au bénéfice de l'avance.   ☐ Je ne renonce pas au bénéfice de l'avance."),
          H("H – Déclarations"),
          P("Le signataire affirme, sous peine de résiliation de plein droit du marché, que la société pour "
            "laquelle il intervient ne tombe pas sous le coup des interdictions de soumissionner prévues aux "
            "articles L.2141-1 à L.2141-5 du code de la commande publique et qu'elle satisfait aux obligations des "
            "articles L.5212-1 à L.5212-11 du code du travail relatives à l'emploi des travailleurs handicapés."),
          H("I – Signatures"),
          TAB([["Le titulaire", "Le pouvoir adjudicateur"],
               ["À ……………………, le ……………………\n(signature et cachet)",
                "À Valmorency, le ……………………\nLa Présidente de l'Université, Pr. Hélène Marchadier"]],
              widths=[1, 1])]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=250, allotissement=1, nb_lots=3,
            montant_max_ht=320000,
            evidence=["un volume minimal de 250 heures de travail au bénéfice de personnes éloignées de l'emploi",
                      "La consultation comporte trois lots",
                      "est de 320~000 € HT sur sa durée totale (quatre ans)"])
    return D("15_AE_AC-MAINT-2026_lot2_ascenseurs.docx", "AE", lab,
             "AE d'un lot : engagement d'insertion (250 h) dans l'acte d'engagement, cases à cocher ; maximum du "
             "lot ; déclaration L5212 (non sociale)",
             hdr, ftr, b, author="Université de Valmorency")


# ----------------------------------------------------------------------------- 16 Cadre de réponse noté (DOCX)
def doc16():
    hdr = "Brélande Métropole – Direction des moyens généraux – Consultation 2026-PRO-08"
    ftr = "Cadre de réponse technique – Propreté des locaux administratifs"
    b = [TITLE("BRÉLANDE MÉTROPOLE",
               "CADRE DE RÉPONSE TECHNIQUE (CRT)",
               "Nettoyage et propreté des locaux administratifs de la Métropole",
               "Document à compléter par le soumissionnaire – il constitue son mémoire technique")]
    b += [H("Mode d'emploi"),
          P("Le présent cadre est obligatoire. Il reprend, dans le même ordre, les critères et sous-critères de "
            "jugement des offres définis à l'article 9 du règlement de la consultation, avec leur pondération. "
            "Chaque rubrique est notée au vu de la réponse apportée ; une rubrique non renseignée reçoit la "
            "note zéro. Les annexes éventuelles (fiches produits, plannings) sont limitées à vingt pages."),
          P("Rappel : le prix (35 points) est apprécié au vu du bordereau des prix et du DQE et n'est pas traité "
            "dans ce document."),
          H("Partie A – Valeur technique (55 points)"),
          TAB([["Rubrique", "Points", "Réponse du soumissionnaire"],
               ["A1 – Organisation des prestations par site : fréquences, horaires, nombre d'heures annuelles "
                "affectées, remplacements", "25", ""],
               ["A2 – Encadrement et contrôle qualité : méthode, outils, fréquence des contrôles contradictoires", "15", ""],
               ["A3 – Gestion des prestations ponctuelles et des urgences", "5", ""],
               ["A4 – Performance environnementale : produits (écolabels, dosage), matériels, réduction des "
                "consommations d'eau et des déchets d'emballage", "10", ""]],
              widths=[4.2, 0.8, 3.0]),
          H("Partie B – Performance en matière d'insertion professionnelle (10 points)"),
          TAB([["Rubrique", "Points", "Réponse du soumissionnaire"],
               ["B1 – Modalités d'accueil, de tutorat et de formation des personnes en parcours d'insertion "
                "affectées au marché", "6", ""],
               ["B2 – Partenariats avec les structures d'insertion et les GEIQ du territoire, perspectives "
                "d'emploi durable à l'issue du parcours", "4", ""]],
              widths=[4.2, 0.8, 3.0]),
          H("Partie C – Informations non notées"),
          P("C1 – Effectif total de l'entreprise et effectif de l'agence de rattachement : ……………"),
          P("C2 – Référent du marché (nom, fonction, téléphone) : ……………"),
          P("C3 – Certifications éventuelles (ISO 9001, ISO 14001, Qualipropre) : ……………"),
          P("Les informations de la partie C sont demandées pour la bonne exécution du marché ; elles ne sont pas notées."),
          H("Engagement"),
          P("Le soumissionnaire certifie l'exactitude des informations fournies. Les moyens décrits dans le présent "
            "cadre deviennent contractuels en cas d'attribution."),
          P("Fait à ……………………, le ……………………   Signature :")]
    lab = L(critere_social=1, critere_environnemental=1,
            evidence=["Partie B – Performance en matière d'insertion professionnelle (10 points)",
                      "A4 – Performance environnementale : produits (écolabels, dosage), matériels"])
    return D("16_CRT_2026-PRO-08_proprete.docx", "CADRE", lab,
             "Cadre de réponse NOTÉ (reprend les critères pondérés du RC) : sous-critère environnemental et "
             "critère d'insertion en points ; partie C non notée (certifications)",
             hdr, ftr, b, author="Brélande Métropole")


# ----------------------------------------------------------------------------- 17 Questionnaire DD non noté (DOCX) - aucune
def doc17():
    hdr = "SDEMA – Syndicat départemental d'énergie et d'équipement des Monts d'Auzelle"
    ftr = "Annexe 3 au RC – Questionnaire développement durable – Consultation EP-2026-09"
    b = [TITLE("SYNDICAT DÉPARTEMENTAL D'ÉNERGIE ET D'ÉQUIPEMENT DES MONTS D'AUZELLE",
               "ANNEXE 3 AU RÈGLEMENT DE LA CONSULTATION",
               "Questionnaire « développement durable et responsabilité sociétale des entreprises »",
               "Travaux de rénovation de l'éclairage public – Consultation EP-2026-09")]
    b += [H("Avertissement"),
          P("Ce questionnaire permet au SDEMA de mieux connaître les pratiques des entreprises qui interviennent "
            "sur ses chantiers et de préparer son futur schéma des achats responsables. Il est facultatif. Les "
            "réponses n'entrent pas dans l'appréciation des offres, qui sont jugées exclusivement selon les "
            "critères de l'article 7 du RC (prix : 60 % ; valeur technique : 40 %)."),
          H("1. Emploi et insertion"),
          TAB([["Question", "Réponse"],
               ["1.1 Votre entreprise a-t-elle employé, au cours des deux dernières années, des personnes en "
                "parcours d'insertion (embauche directe, intérim d'insertion, GEIQ) ? Si oui, combien d'heures ?", ""],
               ["1.2 Avez-vous déjà exécuté un marché comportant une clause sociale d'insertion ? Lequel ?", ""],
               ["1.3 Faites-vous appel à des ESAT ou à des entreprises adaptées (sous-traitance, achats) ?", ""],
               ["1.4 Accueillez-vous des apprentis ? Combien actuellement ?", ""]],
              widths=[5, 3]),
          H("2. Environnement"),
          TAB([["Question", "Réponse"],
               ["2.1 Votre entreprise est-elle certifiée ISO 14001 ou engagée dans une démarche équivalente ?", ""],
               ["2.2 Comment triez-vous et valorisez-vous les lampes, luminaires et câbles déposés ?", ""],
               ["2.3 Quelle est la part de véhicules électriques ou hybrides dans votre flotte ?", ""],
               ["2.4 Avez-vous réalisé un bilan de vos émissions de gaz à effet de serre ?", ""]],
              widths=[5, 3]),
          H("3. Égalité et conditions de travail"),
          TAB([["Question", "Réponse"],
               ["3.1 Quel est l'index de l'égalité professionnelle femmes-hommes de votre entreprise (si "
                "applicable) ?", ""],
               ["3.2 Quelles actions menez-vous pour prévenir les accidents du travail sur les chantiers "
                "d'éclairage public (travail en hauteur, risque électrique) ?", ""]],
              widths=[5, 3]),
          H("4. Vos suggestions"),
          P("Quelles conditions d'exécution sociales ou environnementales vous paraîtraient réalistes dans les "
            "futurs marchés d'éclairage public du SDEMA ? Le candidat précise, le cas échéant, les freins qu'il "
            "rencontre."),
          P("………………………………………………………………………………………………………"),
          P("Merci de retourner ce questionnaire avec votre offre ou, si vous le préférez, séparément à "
            "achats@sdema-auzelle.fr.")]
    lab = L(evidence=[])
    return D("17_Annexe3_RC_EP-2026-09_questionnaire_DD.docx", "CADRE", lab,
             "Négatif difficile : questionnaire RSE/DD facultatif, explicitement non noté, tout en questions "
             "(insertion, ESAT, ISO 14001, émissions) ; critères prix/valeur technique seulement",
             hdr, ftr, b, author="SDEMA")


# ----------------------------------------------------------------------------- 18 CCAP entretien ménager (DOCX)
def doc18():
    hdr = "Ville de Sainte-Luce-des-Landiers – Service des achats – Accord-cadre n° 2026-S-017"
    ftr = "CCAP – Nettoyage et entretien ménager des bâtiments communaux"
    b = [TITLE("VILLE DE SAINTE-LUCE-DES-LANDIERS",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Nettoyage et entretien ménager des bâtiments communaux",
               "Accord-cadre à bons de commande – n° 2026-S-017")]
    b += [H("Article 1 – Objet"),
          P("Le présent accord-cadre a pour objet le nettoyage courant et périodique de dix-neuf bâtiments "
            "communaux (hôtel de ville, mairies annexes, écoles, salles de sport, médiathèque), ainsi que des "
            "prestations ponctuelles de remise en état après travaux ou manifestations."),
          H("Article 2 – Forme de l'accord-cadre"),
          P("L'accord-cadre n'est pas alloti : une gestion par un prestataire unique permet d'assurer les "
            "remplacements entre sites et la continuité du service dans les écoles. Il est mono-attributaire et "
            "s'exécute par bons de commande (articles R.2162-2 et R.2162-13 du code de la commande publique)."),
          H("Article 3 – Durée"),
          P("L'accord-cadre prend effet le 1er mars 2027 pour une période d'un an. Il est reconductible tacitement "
            "trois fois pour une durée d'un an."),
          H("Article 4 – Montants"),
          P("L'accord-cadre est conclu sans montant minimum et avec un montant maximum de 95~000 € HT par "
            "période annuelle."),
          H("Article 5 – Pièces contractuelles"),
          P("Acte d'engagement ; présent CCAP ; CCTP et fiches de site ; BPU ; CCAG-FCS ; mémoire technique."),
          H("Article 6 – Bons de commande"),
          P("Les prestations courantes font l'objet d'un bon de commande annuel par site ; les prestations "
            "ponctuelles d'un bon spécifique, émis au moins cinq jours ouvrés avant l'intervention."),
          H("Article 7 – Personnel"),
          P("Le titulaire transmet la liste des agents affectés à chaque site et informe la Ville de tout "
            "changement. Les agents intervenant dans les écoles ne peuvent être présents pendant le temps "
            "scolaire que pour les prestations de propreté des sanitaires."),
          H("Article 8 – Contrôle de la qualité"),
          P("Des contrôles contradictoires sont réalisés chaque mois sur trois sites tirés au sort, selon la grille "
            "de l'annexe 3 du CCTP. Une note inférieure à 80 sur 100 entraîne une reprise sous 24 heures."),
          H("Article 9 – Prix"),
          P("Les prix unitaires sont révisés à chaque reconduction selon l'indice « Services de nettoyage » "
            "(indice de prix de production des services français aux entreprises françaises, CPF 81.2)."),
          H("Article 10 – Clause sociale d'insertion"),
          P("Le titulaire s'engage à réaliser une action d'insertion représentant un minimum de 1^800 heures de "
            "travail sur la durée totale de l'accord-cadre, reconductions comprises, soit environ 450 heures par "
            "an, au profit de personnes rencontrant des difficultés sociales et professionnelles particulières."),
          P("La facilitatrice de la Maison de l'emploi et de l'entreprise du Pays des Landiers accompagne le "
            "titulaire, valide l'éligibilité des publics et comptabilise les heures. Le titulaire peut recourir à "
            "l'embauche directe, à la mise à disposition de salariés par une structure d'insertion ou un GEIQ, ou "
            "à la sous-traitance ou cotraitance avec une SIAE. Il remet un bilan semestriel."),
          P("En cas de non-respect de l'engagement, une pénalité de 30 € HT par heure non réalisée est appliquée "
            "à l'issue de chaque période annuelle, au prorata de l'objectif annuel."),
          H("Article 11 – Produits et méthodes de nettoyage"),
          P("Les produits d'entretien utilisés (détergents multi-usages, sanitaires, vitres, sols) répondent aux "
            "critères de l'Ecolabel Européen ou d'un éco-label équivalent. Le titulaire privilégie les méthodes "
            "sans produit (microfibres pré-imprégnées à l'eau, vapeur) et utilise des systèmes de dosage ; les "
            "aérosols sont proscrits. Il transmet chaque année la liste des produits employés et les quantités "
            "consommées."),
          H("Article 12 – Pénalités"),
          P("Prestation non exécutée : 150 € par site et par jour. Absence de reprise dans le délai fixé : 100 €. "
            "Retard dans la transmission des bilans : 50 € par jour."),
          H("Article 13 – Résiliation"),
          P("La Ville peut résilier l'accord-cadre dans les conditions du CCAG-FCS, notamment en cas de "
            "manquements répétés aux obligations des articles 10 et 11 ayant donné lieu à trois mises en demeure."),
          H("Article 14 – Litiges"),
          P("Tribunal administratif de Nantes.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=1800, clause_environnementale=1,
            allotissement=0, montant_max_ht=380000,
            evidence=["un minimum de 1^800 heures de travail sur la durée totale de l'accord-cadre",
                      "répondent aux critères de l'Ecolabel Européen", "L'accord-cadre n'est pas alloti",
                      "montant maximum de 95~000 € HT par période annuelle",
                      "[95 000 x 4 périodes annuelles = 380 000]"])
    return D("18_CCAP_2026-S-017_entretien_menager.docx", "CCAP", lab,
             "CCAP : 1 800 h sur la durée totale (piège : « environ 450 heures par an »), facilitatrice ; "
             "écolabel ; maximum annuel x 4 périodes ; non alloti",
             hdr, ftr, b, author="Ville de Sainte-Luce-des-Landiers")


# ----------------------------------------------------------------------------- 19 CCP mobilier scolaire (DOCX)
def doc19():
    hdr = "Communauté de communes du Pays d'Orvallon – MAPA F-2026-12"
    ftr = "CCP – Mobilier scolaire de l'école intercommunale de Vauclerc"
    b = [TITLE("COMMUNAUTÉ DE COMMUNES DU PAYS D'ORVALLON",
               "CAHIER DES CLAUSES PARTICULIÈRES (CCP)",
               "Fourniture, livraison et installation de mobilier scolaire pour l'école intercommunale de Vauclerc",
               "Marché à procédure adaptée n° F-2026-12")]
    b += [H("Article 1 – Objet"),
          P("Le marché porte sur la fourniture, la livraison, le montage et l'installation du mobilier de "
            "l'école intercommunale de Vauclerc (huit classes, salle de motricité, restaurant scolaire) dont "
            "l'ouverture est prévue à la rentrée 2027."),
          H("Article 2 – Lots et estimation"),
          P("Le marché est divisé en deux lots : lot 1 – mobilier des salles de classe et de la salle de "
            "motricité ; lot 2 – mobilier du restaurant scolaire. L'ensemble est estimé à 96^000 € HT (lot 1 : "
            "68^000 € HT ; lot 2 : 28^000 € HT)."),
          H("Article 3 – Pièces du marché"),
          P("Le présent CCP (qui tient lieu de CCAP et de CCTP), l'acte d'engagement, le bordereau des prix, le "
            "plan d'implantation et l'offre technique du titulaire."),
          H("Article 4 – Remise des offres"),
          P("Les offres sont déposées sur https://marches.cc-orvallon.fr au plus tard le 4 décembre 2026 à 12h00. "
            "Pour le lot 1, un échantillon de chaise et de table élève en taille 4 et 5 est déposé au siège de la "
            "Communauté de communes avant la même date."),
          H("Article 5 – Jugement des offres"),
          P("Chaque lot est jugé séparément selon les critères suivants :"),
          TAB([["Critère", "Pondération"],
               ["1. Prix (montant du bordereau appliqué aux quantités du plan d'implantation)", "50 %"],
               ["2. Qualité, robustesse et ergonomie (au vu des échantillons et des fiches techniques)", "30 %"],
               ["3. Durabilité et fin de vie du mobilier", "20 %"],
               ["   3.1 Durée de garantie et disponibilité des pièces détachées", "8 %"],
               ["   3.2 Part de matériaux recyclés et de bois issu de forêts gérées durablement", "7 %"],
               ["   3.3 Modalités de reprise et de réemploi du mobilier remplacé", "5 %"]],
              widths=[6, 1.2]),
          H("Article 6 – Spécifications techniques"),
          P("Le mobilier élève est conforme à la norme NF EN 1729-1 et -2 (tailles 3 à 6). Les plateaux sont en "
            "stratifié sur panneau de particules classé E1 ; les chants sont en ABS. Le bois massif ou les "
            "panneaux à base de bois proviennent de forêts gérées durablement (certification PEFC, FSC ou "
            "équivalente), justifiée par les certificats de la chaîne de contrôle."),
          H("Article 7 – Livraison et installation"),
          P("La livraison a lieu entre le 5 et le 16 juillet 2027, sur rendez-vous pris 72 heures à l'avance. Le "
            "titulaire monte et installe le mobilier selon le plan d'implantation et évacue ses emballages."),
          H("Article 8 – Réception"),
          P("Les opérations de vérification sont réalisées à l'issue de l'installation en présence du titulaire. "
            "Les réserves sont levées dans un délai de quinze jours."),
          H("Article 9 – Garantie"),
          P("Le mobilier est garanti au moins cinq ans pièces et main-d'œuvre à compter de la réception, ou la "
            "durée supérieure proposée dans l'offre."),
          H("Article 10 – Prix et paiement"),
          P("Les prix sont fermes et définitifs. Le paiement intervient dans un délai de trente jours à compter "
            "de la réception de la facture, après admission des fournitures."),
          H("Article 11 – Reprise de l'ancien mobilier"),
          P("Le titulaire du lot 1 reprend le mobilier des deux anciennes écoles désigné par la Communauté de "
            "communes (environ 180 tables et 200 chaises). Il le remet, en vue de son réemploi, à une ressourcerie "
            "ou, à défaut, à l'éco-organisme agréé de la filière des éléments d'ameublement, et transmet le "
            "bordereau de prise en charge. La mise en décharge est interdite."),
          H("Article 12 – Pénalités"),
          P("Retard de livraison : 100 € par jour calendaire. Absence de bordereau de reprise : 200 €."),
          H("Article 13 – Litiges"),
          P("Tribunal administratif de Poitiers, après tentative de règlement amiable.")]
    lab = L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=2,
            montant_estime_ht=96000,
            evidence=["3. Durabilité et fin de vie du mobilier",
                      "Il le remet, en vue de son réemploi, à une ressourcerie",
                      "divisé en deux lots", "L'ensemble est estimé à 96^000 € HT"])
    return D("19_CCP_MAPA_F-2026-12_mobilier_scolaire.docx", "CCAP", lab,
             "CCP de MAPA (tient lieu de CCAP et CCTP) portant les critères : « durabilité et fin de vie » avec "
             "sous-critères en % ; reprise/réemploi de l'ancien mobilier ; bois PEFC/FSC",
             hdr, ftr, b, author="Communauté de communes du Pays d'Orvallon")


# ----------------------------------------------------------------------------- 20 RC OPH multitechnique (DOCX)
def doc20():
    hdr = "Quintenac Habitat – Office public de l'habitat – Consultation MT-2026-03"
    ftr = "Règlement de consultation – Maintenance multitechnique du patrimoine"
    b = [TITLE("QUINTENAC HABITAT – OFFICE PUBLIC DE L'HABITAT",
               "RÈGLEMENT DE CONSULTATION",
               "Accord-cadre de maintenance multitechnique du patrimoine locatif",
               "Appel d'offres ouvert – Réf. MT-2026-03")]
    b += [H("1. Acheteur"),
          P("Quintenac Habitat, office public de l'habitat de l'agglomération de Quintenac, 8 rue du Moulin-Neuf, "
            "29 187 Quintenac. Le patrimoine compte 6~340 logements répartis sur 27 communes."),
          H("2. Objet et lots"),
          P("La consultation porte sur l'entretien et la maintenance des équipements techniques des logements et "
            "des parties communes. Elle est décomposée en 3 lots :"),
          LST(["lot 1 – entretien des chaudières individuelles gaz et des VMC (4~120 logements) ;",
               "lot 2 – entretien de la robinetterie et des équipements sanitaires ;",
               "lot 3 – maintenance des portes automatiques de parkings et des portails."]),
          P("Chaque lot donne lieu à un accord-cadre mono-attributaire d'une durée de quatre ans, exécuté pour "
            "partie à prix forfaitaires et pour partie par bons de commande."),
          H("3. Clause d'insertion"),
          P("Conformément à l'article 11 du CCAP, les titulaires des lots 1 et 2 réalisent une action d'insertion "
            "professionnelle d'au moins 2~500 heures sur la durée des accords-cadres pour l'ensemble de ces deux "
            "lots (lot 1 : 1~600 heures ; lot 2 : 900 heures). Le lot 3 n'est pas concerné."),
          H("4. Conditions de participation"),
          P("Le candidat produit le DUME ou les formulaires DC1 et DC2, ses attestations d'assurance et ses "
            "références. Pour le lot 1, il justifie d'une qualification Qualigaz ou équivalente et d'une "
            "attestation de capacité pour la manipulation des fluides frigorigènes ; les entreprises titulaires "
            "d'une qualification RGE l'indiquent. Ces éléments relèvent de l'examen des capacités."),
          H("5. Jugement des offres"),
          P("Les offres sont appréciées lot par lot selon les critères pondérés suivants :"),
          TAB([["Critère", "Lots 1 et 2", "Lot 3"],
               ["Critère n° 1 – Prix (DQE et forfaits)", "45 %", "45 %"],
               ["Critère n° 2 – Valeur technique", "40 %", "55 %"],
               ["  2.1 Organisation des visites d'entretien et prise de rendez-vous avec les locataires", "15 %", "20 %"],
               ["  2.2 Délais d'intervention en dépannage et astreinte", "15 %", "25 %"],
               ["  2.3 Outils de suivi et de reporting", "10 %", "10 %"],
               ["Critère n° 3 – Performance en matiere d'insertion professionnelle des publics en difficulté",
                "15 %", "–"]],
              widths=[5.2, 1.2, 1.0]),
          P("Le critère n° 3 est apprécié au vu de la note d'engagement du candidat : nombre d'heures proposé "
            "au-delà du minimum, qualité de l'accompagnement et du tutorat, perspectives d'embauche durable."),
          H("5 bis. Négociation"),
          P("Aucune négociation n'est prévue. L'Office peut demander la régularisation des offres irrégulières."),
          H("6. Remise des offres"),
          P("Date limite : 8 décembre 2026 à 12h00, sur https://marches.quintenac-habitat.fr. Délai de validité : "
            "120 jours."),
          H("7. Renseignements et recours"),
          P("Direction du patrimoine, M. Yann Le Bihan. Tribunal administratif de Rennes.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2500, critere_social=1, allotissement=1,
            nb_lots=3,
            evidence=["réalisent une action d'insertion professionnelle d'au moins 2~500 heures",
                      "Critère n° 3 – Performance en matiere d'insertion professionnelle des publics en difficulté",
                      "décomposée en 3 lots"])
    return D("20_RC_MT-2026-03_maintenance_multitechnique.docx", "RC", lab,
             "RC : heures d'insertion (total et détail par lot) et critère d'insertion 15 % pour deux lots sur "
             "trois, tableau à colonnes par lot ; RGE en candidature ; numérotation irrégulière (5 bis)",
             hdr, ftr, b, author="Quintenac Habitat")


# ----------------------------------------------------------------------------- 21 CCAP réservé SIAE rivière (DOCX)
def doc21():
    hdr = "Syndicat mixte du bassin versant de l'Auzonne (SMBVA) – Marché 2026-RIV-02"
    ftr = "CCAP – Entretien de la ripisylve et des berges – marché réservé"
    b = [TITLE("SYNDICAT MIXTE DU BASSIN VERSANT DE L'AUZONNE",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Travaux d'entretien de la ripisylve, des berges et des ouvrages de franchissement",
               "Marché réservé – Procédure adaptée – n° 2026-RIV-02")]
    b += [H("Article 1 – Objet"),
          P("Le marché porte sur l'entretien sélectif de la végétation des berges (abattage des arbres "
            "dangereux, recépage, élagage), l'enlèvement des embâcles et le débroussaillage des accès, sur "
            "62 km de cours d'eau du bassin de l'Auzonne, conformément au programme pluriannuel de gestion "
            "déclaré d'intérêt général."),
          H("Article 2 – Marché réservé"),
          P("En application de l'article L.2113-13 du code de la commande publique, le présent marché est réservé "
            "aux structures d'insertion par l'activité économique mentionnées à l'article L.5132-4 du code du "
            "travail (ateliers et chantiers d'insertion, entreprises d'insertion, associations intermédiaires, "
            "entreprises de travail temporaire d'insertion) ainsi qu'aux structures équivalentes."),
          H("Article 3 – Allotissement et montant"),
          P("Le marché n'est pas alloti : les interventions, réparties par tronçons selon un programme annuel, "
            "sont réalisées par une même équipe afin de garantir la cohérence des travaux. Le montant du marché "
            "est estimé à 128~000 € HT pour sa durée totale."),
          H("Article 4 – Durée"),
          P("Le marché est conclu pour deux campagnes annuelles d'entretien (2027 et 2028). Les travaux sont "
            "réalisés entre le 1er septembre et le 15 mars, hors période de nidification."),
          H("Article 5 – Pièces contractuelles"),
          P("Acte d'engagement ; présent CCAP ; CCTP et cartographie des tronçons ; BPU ; CCAG-Travaux ; "
            "mémoire technique du titulaire."),
          H("Article 6 – Ordres de service et programme annuel"),
          P("Le programme de chaque campagne est notifié par ordre de service au plus tard le 15 juillet. Les "
            "tronçons sont traités dans l'ordre de priorité fixé par le technicien de rivière, après visite "
            "contradictoire."),
          H("Article 7 – Prix"),
          P("Les travaux sont rémunérés par application des prix unitaires du BPU (au mètre linéaire de berge "
            "traitée, à l'arbre abattu, à l'embâcle enlevé). Les prix sont fermes pour la première campagne et "
            "révisés pour la seconde selon l'index TP01."),
          H("Article 8 – Paiement"),
          P("Acomptes mensuels sur situation ; délai global de paiement de trente jours. Une avance de 20 % est "
            "versée au titulaire, sauf renonciation."),
          H("Article 9 – Objectif d'insertion et accompagnement"),
          P("Le titulaire affecte à l'exécution des travaux des salariés en parcours d'insertion pour au moins "
            "70 % des heures travaillées sur le chantier. Il assure leur encadrement technique par un encadrant "
            "qualifié présent en permanence et leur accompagnement socioprofessionnel (formation, levée des "
            "freins à l'emploi, préparation de la sortie)."),
          P("Il remet à l'issue de chaque campagne un bilan indiquant le nombre d'heures réalisées par les "
            "salariés en insertion, les formations suivies et la situation des salariés à leur sortie."),
          H("Article 10 – Préservation des milieux aquatiques"),
          P("Le titulaire utilise exclusivement des huiles de chaîne biodégradables pour les tronçonneuses et "
            "ravitaille les engins sur bac de rétention, à plus de 10 mètres du cours d'eau. Aucun produit "
            "phytosanitaire n'est employé. Les rémanents sont broyés sur place ou valorisés en bois énergie ; ils "
            "ne sont jamais laissés dans le lit mineur ni brûlés."),
          H("Article 11 – Sécurité"),
          P("Les abattages à proximité des routes et des lignes électriques font l'objet d'une autorisation "
            "préalable. Les salariés disposent des équipements de protection adaptés au travail en tronçonneuse."),
          H("Article 12 – Pénalités"),
          P("Retard sur le programme annuel : 100 € par jour. Absence de bilan : 150 € par semaine de retard. "
            "Pollution accidentelle par hydrocarbures : frais de dépollution à la charge du titulaire et pénalité "
            "de 500 €."),
          H("Article 13 – Litiges"),
          P("Tribunal administratif de Toulouse.")]
    lab = L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-13",
            clause_environnementale=1, allotissement=0, montant_estime_ht=128000,
            evidence=["le présent marché est réservé aux structures d'insertion par l'activité économique",
                      "des salariés en parcours d'insertion pour au moins 70 % des heures travaillées",
                      "exclusivement des huiles de chaîne biodégradables", "Le marché n'est pas alloti",
                      "estimé à 128~000 € HT"])
    return D("21_CCAP_2026-RIV-02_entretien_berges.docx", "CCAP", lab,
             "CCAP d'un marché réservé SIAE (L2113-13) avec obligation d'insertion en % des heures (pas de nombre) "
             "et prescriptions de protection des milieux ; non alloti",
             hdr, ftr, b, author="SMBVA")


# ----------------------------------------------------------------------------- 22 CCTP TMA hébergement (DOCX) - aucune
def doc22():
    hdr = "Agglomération du Pays de Vérac – Direction des systèmes d'information – Consultation DSI-2026-05"
    ftr = "CCTP – Lot 2 : hébergement et infogérance du portail citoyen"
    b = [TITLE("AGGLOMÉRATION DU PAYS DE VÉRAC",
               "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
               "Portail citoyen « Vérac & Vous » – Lot 2 : hébergement, infogérance et maintien en condition opérationnelle",
               "Consultation DSI-2026-05")]
    b += [H("1. Présentation"),
          P("La consultation DSI-2026-05 comporte deux lots : lot 1 – tierce maintenance applicative et évolutions "
            "du portail ; lot 2 – hébergement, infogérance et maintien en condition opérationnelle (MCO). Le "
            "présent CCTP concerne le lot 2."),
          P("Le portail permet aux habitants des 31 communes de l'agglomération d'effectuer leurs démarches en "
            "ligne (état civil, inscriptions scolaires, demandes de rendez-vous auprès des services sociaux du "
            "CIAS, paiement des factures d'eau). Il reçoit environ 42~000 visites par mois."),
          H("2. Architecture cible"),
          P("Le titulaire fournit trois environnements distincts et isolés : un environnement de production, un "
            "environnement de pré-production iso-production, et un environnement de recette destiné au titulaire "
            "du lot 1. Les environnements reposent sur des machines virtuelles Linux (Debian 12), une base "
            "PostgreSQL 16 en haute disponibilité et un frontal web Nginx."),
          H("3. Localisation et sécurité"),
          P("Les données sont hébergées dans deux centres de données situés en France, distants d'au moins "
            "50 km. L'hébergeur est certifié ISO/IEC 27001 ; le titulaire applique le référentiel général de "
            "sécurité et les mesures d'hygiène de l'ANSSI. Les accès d'administration se font par bastion avec "
            "authentification forte."),
          H("4. Niveaux de service"),
          TAB([["Indicateur", "Engagement", "Mesure"],
               ["Disponibilité du portail (heures ouvrées)", "99,8 %", "mensuelle"],
               ["Délai de prise en compte d'un incident bloquant", "30 min", "par incident"],
               ["Délai de rétablissement d'un incident bloquant", "4 h", "par incident"],
               ["RPO / RTO (plan de reprise d'activité)", "1 h / 8 h", "test annuel"]],
              widths=[4, 1.5, 1.5]),
          H("5. Sauvegardes et journaux"),
          P("Sauvegarde quotidienne incrémentale et hebdomadaire complète, conservée 35 jours sur un site distinct. "
            "Les journaux techniques sont conservés un an puis purgés ; les journaux de connexion des agents sont "
            "conservés six mois. La restauration est testée chaque trimestre."),
          H("6. Supervision et exploitation"),
          P("Supervision 24 h/24 et 7 j/7 des serveurs, des bases et des certificats. Le titulaire applique les "
            "correctifs de sécurité critiques sous 72 heures, les autres lors de la fenêtre de maintenance "
            "mensuelle (premier mardi du mois, 20h00 – 23h00)."),
          H("7. Comité de suivi"),
          P("Un comité de suivi mensuel réunit le titulaire, le titulaire du lot 1 et la DSI : indicateurs, "
            "incidents, changements planifiés. Un comité de pilotage semestriel associe la direction générale "
            "des services."),
          H("8. Réversibilité"),
          P("En fin de marché, le titulaire assure le transfert des environnements, des données et de la "
            "documentation d'exploitation vers l'Agglomération ou tout nouveau prestataire, selon un plan de "
            "réversibilité remis six mois après la notification.")]
    lab = L(allotissement=1, nb_lots=2, evidence=["comporte deux lots"])
    return D("22_CCTP_DSI-2026-05_lot2_hebergement.docx", "CCTP", lab,
             "Négatif difficile : « environnement(s) » au sens informatique, services sociaux du CIAS comme "
             "usagers, purge des journaux ; CCTP d'un lot d'une consultation en deux lots",
             hdr, ftr, b, author="Agglomération du Pays de Vérac")


# ----------------------------------------------------------------------------- 23 AE lot réservé EA/ESAT (DOCX)
def doc23():
    hdr = "Ville de Montferrand-les-Aulnes – Marché EV-2026 – Entretien des espaces verts"
    ftr = "Acte d'engagement – Lot 3 (réservé) : entretien des cimetières"
    b = [TITLE("VILLE DE MONTFERRAND-LES-AULNES",
               "ACTE D'ENGAGEMENT",
               "Marché de prestations d'entretien des espaces verts – Lot n° 3 : entretien des cimetières communaux",
               "Lot réservé – Procédure adaptée – Réf. EV-2026")]
    b += [H("Article 1 – Contractant public"),
          P("Ville de Montferrand-les-Aulnes, représentée par son maire, M. Bernard Seignolle, hôtel de ville, "
            "rue de la République, 63 881 Montferrand-les-Aulnes. Comptable assignataire : Service de gestion "
            "comptable de Riom."),
          H("Article 2 – Objet"),
          P("La consultation EV-2026 comprend trois lots : lot 1 – parcs et jardins ; lot 2 – accompagnements de "
            "voirie et giratoires ; lot 3 – entretien des cimetières communaux (trois cimetières, 4,2 ha). Le "
            "présent acte d'engagement concerne le lot n° 3."),
          P("Le lot n° 3 est réservé, en application de l'article L 2113-12 du Code de la Commande Publique, "
            "aux entreprises adaptées, aux établissements et services d'aide par le travail et aux structures "
            "équivalentes, dès lors que la proportion de travailleurs handicapés qu'ils emploient est au moins "
            "égale à 50 %."),
          H("Article 3 – Engagement du titulaire"),
          TAB([["Rubrique", "À compléter par le candidat"],
               ["Dénomination de la structure", ""],
               ["Statut (EA, ESAT, structure équivalente)", ""],
               ["N° SIRET", ""],
               ["Proportion de travailleurs handicapés au 31/12/2025", "……… %"],
               ["Nom et qualité du signataire", ""]],
              widths=[3, 3]),
          P("Après avoir pris connaissance des pièces du marché, le signataire s'engage à exécuter les prestations "
            "du lot n° 3 aux conditions de son offre."),
          H("Article 4 – Prix"),
          P("Prix global et forfaitaire annuel pour l'entretien courant : ……………… € HT, soit ……………… € TTC. "
            "Prestations ponctuelles (Toussaint, reprises de concessions) : prix unitaires du bordereau."),
          H("Article 5 – Durée"),
          P("Le marché est conclu pour un an à compter du 1er avril 2027, reconductible deux fois."),
          H("Article 6 – Paiement"),
          P("Virement au compte suivant (joindre un RIB) : ……………………………………"),
          H("Article 7 – Déclarations"),
          P("Le signataire déclare sur l'honneur que la structure a souscrit les déclarations lui incombant en "
            "matière fiscale et sociale et qu'elle respecte les articles L.5212-1 à L.5212-11 du code du travail."),
          H("Article 8 – Signatures"),
          P("Le candidat : à ……………………, le ……………………"),
          P("Pour la Ville, le Maire : à Montferrand-les-Aulnes, le ……………………")]
    lab = L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=3,
            evidence=["Le lot n° 3 est réservé, en application de l'article L 2113-12",
                      "comprend trois lots"])
    return D("23_AE_EV-2026_lot3_cimetieres.docx", "AE", lab,
             "AE d'un lot réservé EA/ESAT (L2113-12) au niveau du lot ; déclaration L5212 (non sociale) ; "
             "formulaire vide du candidat",
             hdr, ftr, b, author="Ville de Montferrand-les-Aulnes")


# ----------------------------------------------------------------------------- 24 CCAP portage de repas CCAS (DOCX)
def doc24():
    hdr = "CCAS de Vauzelles-la-Rivière – Marché SAS-2026-01"
    ftr = "CCAP – Portage de repas à domicile"
    b = [TITLE("CENTRE COMMUNAL D'ACTION SOCIALE DE VAUZELLES-LA-RIVIÈRE",
               "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
               "Confection et portage de repas à domicile pour les personnes âgées et les personnes en situation de handicap",
               "Marché de services sociaux – procédure adaptée (articles R.2123-1 3° et R.2123-4 du CCP)")]
    b += [H("Article 1 – Objet"),
          P("Le marché a pour objet la confection et la livraison à domicile de repas pour les bénéficiaires du "
            "service de portage du CCAS (environ 140 bénéficiaires, 31~000 repas par an), âgés de plus de "
            "65 ans ou en situation de handicap, ainsi que le signalement au CCAS des situations d'isolement "
            "constatées lors des livraisons."),
          H("Article 2 – Forme du marché"),
          P("Le marché n'est pas alloti. Il s'agit d'un accord-cadre à bons de commande mono-attributaire, "
            "conclu pour un an à compter du 1er janvier 2027 et reconductible deux fois, avec un montant maximum "
            "de 390~000 € HT pour la durée totale du marché (trois ans)."),
          H("Article 3 – Marché réservé"),
          P("Le marché, qui porte exclusivement sur des services sociaux mentionnés à l'article R.2123-1 3° du code "
            "de la commande publique, est réservé, conformément à l'article L.2113-15 du même code, aux "
            "entreprises de l'économie sociale et solidaire au sens de l'article 1er de la loi n° 2014-856 du "
            "31 juillet 2014 qui poursuivent une mission de service public liée à la prestation de ces services."),
          H("Article 4 – Pièces contractuelles"),
          P("Acte d'engagement ; présent CCAP ; cahier des charges techniques ; bordereau des prix ; CCAG-FCS ; "
            "offre technique du titulaire."),
          H("Article 5 – Composition des repas et régimes"),
          P("Chaque repas comprend un déjeuner complet et un complément pour le dîner. Les régimes sans sel, "
            "diabétique et texture modifiée sont assurés sur prescription. Les menus sont validés par une "
            "diététicienne et communiqués au CCAS quatre semaines à l'avance."),
          H("Article 6 – Livraison"),
          P("Les repas sont livrés du lundi au vendredi entre 8h30 et 12h00, les repas du week-end et des jours "
            "fériés étant livrés la veille. Le livreur remet le repas en main propre et le place au réfrigérateur "
            "si le bénéficiaire le souhaite."),
          H("Article 7 – Véhicules et conditionnements"),
          P("Les tournées sont effectuées avec des véhicules frigorifiques électriques ou fonctionnant au bioGNV. "
            "Les repas sont conditionnés dans des contenants réemployables consignés, repris à la livraison "
            "suivante et lavés par le titulaire ; à défaut, dans des barquettes en cellulose compostables."),
          H("Article 8 – Commandes"),
          P("Le CCAS transmet chaque jeudi les commandes de la semaine suivante ; les modifications (hospitalisation, "
            "absence) sont possibles jusqu'à la veille 10h00."),
          H("Article 9 – Prix et révision"),
          P("Prix unitaire du repas livré, révisé annuellement selon l'indice des prix à la consommation "
            "« Restauration collective »."),
          H("Article 10 – Paiement"),
          P("Facturation mensuelle au CCAS, qui refacture aux bénéficiaires selon le barème voté par le conseil "
            "d'administration. Délai de paiement : trente jours."),
          H("Article 11 – Pénalités"),
          P("Repas non livré : 15 € par repas. Absence de signalement d'une situation préoccupante constatée : "
            "100 € par manquement."),
          H("Article 12 – Litiges"),
          P("Tribunal administratif de Dijon.")]
    lab = L(marche_reserve=1, reserve_base="L2113-15", clause_environnementale=1, allotissement=0,
            montant_max_ht=390000,
            evidence=["est réservé, conformément à l'article L.2113-15 du même code",
                      "véhicules frigorifiques électriques ou fonctionnant au bioGNV",
                      "Le marché n'est pas alloti", "montant maximum de 390~000 € HT pour la durée totale"])
    return D("24_CCAP_SAS-2026-01_portage_repas.docx", "CCAP", lab,
             "CCAP de services sociaux réservé ESS (L2113-15) ; objet social (personnes âgées, handicap) qui n'est "
             "pas une clause ; véhicules propres et contenants réemployables ; maximum sur 3 ans",
             hdr, ftr, b, author="CCAS de Vauzelles-la-Rivière")


# ----------------------------------------------------------------------------- 25 Avis BOAMP MAPA parc (TXT)
def doc25():
    b = [TITLE("BOAMP – Avis n° 26-118734", "AVIS DE MARCHÉ – Procédure adaptée", "Département(s) de publication : 40, 64")]
    b += [H("Section 1 : Identification de l'acheteur"),
          P("Nom complet de l'acheteur : Ville de Mazères-d'Ourthe"),
          P("Type de Numéro national d'identification : SIRET"),
          P("N° National d'identification : 21400287600014"),
          P("Ville : Mazères-d'Ourthe"),
          P("Code Postal : 40318"),
          P("Groupement de commandes : Non"),
          H("Section 2 : Communication"),
          P("Lien direct aux documents de la consultation : https://marches.mazeres-ourthe.fr/consultation/2026-PARC"),
          P("Identifiant interne de la consultation : 2026-PARC"),
          P("Intégralité des documents sur le profil d'acheteur : Oui"),
          P("Utilisation de moyens de communication non communément disponibles : Non"),
          P("Nom du contact : Service marchés publics – Mme Laetitia Dufau"),
          P("Adresse mail du contact : marches@mazeres-ourthe.fr"),
          H("Section 3 : Procédure"),
          P("Type de procédure : Procédure adaptée ouverte"),
          P("Conditions de participation : Aptitude à exercer l'activité professionnelle : inscription au registre "
            "du commerce ou au répertoire des métiers. Capacité économique et financière : chiffre d'affaires des "
            "trois derniers exercices. Capacités techniques et professionnelles : références de moins de cinq ans, "
            "moyens humains et matériels."),
          P("Technique d'achat : Sans objet"),
          P("Date et heure limite de réception des plis : 23/11/2026 à 12h00"),
          P("Présentation des offres par catalogue électronique : Interdite"),
          P("Réduction du nombre de candidats : Non"),
          P("Possibilité d'attribution sans négociation : Oui"),
          P("L'acheteur exige la présentation de variantes : Non"),
          P("Critères d'attribution : Prix des prestations : 50 % ; Valeur technique : 35 % ; Performances en "
            "matière de protection de l'environnement : 15 %"),
          H("Section 4 : Identification du marché"),
          P("Intitulé du marché : Aménagement du parc urbain des Berges de l'Ourthe"),
          P("Code CPV principal : 45112711 – Travaux d'aménagement de parcs"),
          P("Type de marché : Travaux"),
          P("Description succincte du marché : Réaménagement d'un parc urbain de 3,4 ha en bord de rivière : "
            "terrassements, cheminements, réseaux, plantations, aires de jeux et mobilier."),
          P("Lieu principal d'exécution du marché : Mazères-d'Ourthe (40)"),
          P("Durée du marché (en mois) : 10"),
          P("Valeur estimée du besoin (en euros) : 1 140 000 € HT"),
          P("La consultation comporte des tranches : Non"),
          P("La consultation prévoit une réservation de tout ou partie du marché : Non"),
          P("Marché alloti : Oui"),
          H("Section 5 : Lots"),
          P("Lot 1 – Terrassements, VRD et maçonneries paysagères – CPV 45112700 – Valeur estimée : 690 000 € HT – "
            "Durée : 10 mois"),
          P("Lot 2 – Plantations et engazonnement – CPV 45112710 – Valeur estimée : 255 000 € HT – Durée : 8 mois"),
          P("Lot 3 – Aires de jeux et mobilier urbain – CPV 37535200 – Valeur estimée : 195 000 € HT – Durée : 5 mois"),
          H("Section 6 : Informations complémentaires"),
          P("Visite obligatoire : Non"),
          P("Autres informations complémentaires : Les lots 1 et 2 comportent une clause d'insertion sociale, "
            "condition d'exécution obligatoire : 350 heures pour le lot 1 et 175 heures pour le lot 2, à réaliser "
            "au bénéfice de personnes éloignées de l'emploi avec l'appui du facilitateur du PLIE Landes-Ourthe. "
            "Les modalités figurent à l'article 10 du CCAP."),
          P("Date d'envoi du présent avis : 21/10/2026")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=525, critere_environnemental=1,
            allotissement=1, nb_lots=3, montant_estime_ht=1140000,
            evidence=["comportent une clause d'insertion sociale", "350 heures pour le lot 1 et 175 heures pour le lot 2",
                      "[350 + 175 = 525]", "Performances en matière de protection de l'environnement : 15 %",
                      "Marché alloti : Oui", "1 140 000 € HT"])
    return D("25_BOAMP_26-118734_parc_urbain.txt", "AVIS", lab,
             "Avis BOAMP (nouveau format) : heures par lot dans les informations complémentaires, critère "
             "environnemental 15 %, « réservation : Non » ; trois lots listés",
             blocks=b)


# ----------------------------------------------------------------------------- 26 Avis gants GHT (TXT) - aucune
def doc26():
    b = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Fournitures – Procédure adaptée",
               "GHT Rives et Plateaux – Établissement support : Centre hospitalier de Lormes-la-Vieille")]
    b += [H("I. Pouvoir adjudicateur"),
          P("Centre hospitalier de Lormes-la-Vieille, établissement support du GHT Rives et Plateaux, pour le "
            "compte des sept établissements parties. 2 rue de l'Hôpital, 58 440 Lormes-la-Vieille. "
            "Courriel : achats.ght@ch-lormes.fr. Profil d'acheteur : https://achats.ght-rives-plateaux.fr"),
          H("II. Objet"),
          P("II.1) Intitulé : Fourniture de gants d'examen et de gants chirurgicaux stériles."),
          P("II.2) Type de marché : fournitures. Forme : accord-cadre à bons de commande mono-attributaire."),
          P("II.3) CPV : 33141420 – Gants chirurgicaux ; 18424300 – Gants jetables."),
          P("II.4) Division en lots : non. Les gants d'examen et les gants chirurgicaux relèvent d'une même gamme "
            "pour faciliter la gestion des stocks des pharmacies à usage intérieur."),
          P("II.5) Valeur estimée hors TVA : 265 000 EUR sur la durée totale. Montant maximum de l'accord-cadre : "
            "320 000 EUR HT sur quatre ans."),
          P("II.6) Durée : 12 mois reconductible 3 fois."),
          H("III. Conditions de participation"),
          P("III.1) Situation propre des opérateurs : déclaration sur l'honneur ; attestation d'assurance."),
          P("III.2) Capacité technique : marquage CE des dispositifs médicaux, certificats selon le règlement (UE) "
            "2017/745, références dans des établissements de santé."),
          P("III.3) Marché réservé : non."),
          H("IV. Procédure"),
          P("IV.1) Procédure adaptée ouverte (article R.2123-1 1° du code de la commande publique)."),
          P("IV.2) Critères d'attribution : 1. Prix : 60 % ; 2. Valeur technique, appréciée par des essais "
            "utilisateurs dans trois services (dextérité, résistance, confort, facilité d'enfilage) : 40 %."),
          P("IV.3) Date limite de réception des offres : 30/11/2026 à 16h00."),
          P("IV.4) Délai de validité des offres : 120 jours."),
          H("VI. Renseignements complémentaires"),
          P("Des échantillons (une boîte de chaque référence) sont à déposer à la pharmacie du CH de "
            "Lormes-la-Vieille avant la date limite de remise des offres."),
          P("L'établissement support conduit, pour l'ensemble du GHT, une politique d'achats responsables. Les "
            "candidats qui le souhaitent peuvent joindre à leur offre, à titre d'information, leur dernier rapport "
            "RSE ou leur déclaration de performance extra-financière ; ce document ne sera pas pris en compte dans "
            "le jugement des offres."),
          P("Instance chargée des procédures de recours : Tribunal administratif de Dijon, 22 rue d'Assas, 21 000 Dijon."),
          P("Date d'envoi du présent avis à la publication : 28 octobre 2026.")]
    lab = L(allotissement=0, montant_estime_ht=265000, montant_max_ht=320000,
            evidence=["Division en lots : non", "Valeur estimée hors TVA : 265 000 EUR",
                      "Montant maximum de l'accord-cadre : 320 000 EUR HT sur quatre ans"])
    return D("26_AAPC_GHT_gants_examen.txt", "AVIS", lab,
             "Négatif difficile : « Marché réservé : non », politique d'achats responsables et rapport RSE "
             "« à titre d'information » ; valeurs : estimation et maximum distincts, non alloti",
             blocks=b)


# ----------------------------------------------------------------------------- 27 Avis réservé SIAE (TXT)
def doc27():
    b = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE",
               "Département des Monts-Dorvans – Direction des routes",
               "Services – Marché réservé")]
    b += [H("Section I : Pouvoir adjudicateur"),
          P("I.1) Nom et adresses : Département des Monts-Dorvans, hôtel du Département, 1 esplanade du "
            "Général-Moreau, 87 342 Saint-Yrieix-des-Monts. Point de contact : pôle achats, tél. 05 55 34 70 00. "
            "Adresse internet : https://www.montsdorvans.fr ; profil d'acheteur : https://marches.montsdorvans.fr"),
          P("I.2) Type de pouvoir adjudicateur : autorité régionale ou locale."),
          H("Section II : Objet"),
          P("II.1.1) Intitulé : Nettoyage et petit entretien des aires de covoiturage et de leurs abords – "
            "secteur Est. Référence : 2026-RTE-33."),
          P("II.1.2) CPV principal : 90610000 – Services de nettoyage et de balayage des rues."),
          P("II.1.4) Description succincte : ramassage des déchets abandonnés, vidage des corbeilles, balayage, "
            "nettoyage des abris et de la signalétique, fauchage des abords de 19 aires de covoiturage."),
          P("II.1.6) Information sur les lots : ce marché n'est pas divisé en lots."),
          P("II.2.4) Forme : accord-cadre à bons de commande, sans minimum, avec un maximum de 160 000 euros HT "
            "pour sa durée totale."),
          P("II.2.7) Durée : 48 mois."),
          P("II.2.5) Critères d'attribution :"),
          LST(["1. Prix : 50 % ;", "2. Valeur technique (organisation, fréquences, matériels) : 30 % ;",
               "3. Qualité de l'accompagnement socioprofessionnel et de l'encadrement des salariés en insertion "
               "affectés au marché : 20 %."]),
          H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
          P("III.1.1) Habilitation à exercer l'activité : conventionnement par l'État (DDETS) au titre de "
            "l'insertion par l'activité économique, en cours de validité."),
          P("III.1.5) Informations sur les marchés réservés : Le marché est réservé aux structures d'insertion par "
            "l'activité économique mentionnées à l'article L.5132-4 du code du travail et aux structures "
            "équivalentes (article L.2113-13 du code de la commande publique)."),
          P("III.2.2) Conditions particulières d'exécution : néant."),
          H("Section IV : Procédure"),
          P("IV.1.1) Type de procédure : procédure adaptée ouverte."),
          P("IV.2.2) Date limite de réception des offres : 7 décembre 2026 à 12h00."),
          P("IV.2.4) Langue : français."),
          H("Section VI : Renseignements complémentaires"),
          P("VI.3) Informations complémentaires : une réunion d'information sur site est organisée le 17 novembre "
            "2026 à 10h00 sur l'aire de covoiturage de Bessines-Est. Les questions sont posées sur le profil "
            "d'acheteur."),
          P("VI.4.1) Instance chargée des procédures de recours : Tribunal administratif de Limoges."),
          P("VI.5) Date d'envoi du présent avis : 6 novembre 2026.")]
    lab = L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_max_ht=160000,
            evidence=["Le marché est réservé aux structures d'insertion par l'activité économique",
                      "Qualité de l'accompagnement socioprofessionnel et de l'encadrement des salariés en insertion",
                      "ce marché n'est pas divisé en lots", "un maximum de 160 000 euros HT"])
    return D("27_AAPC_2026-RTE-33_aires_covoiturage.txt", "AVIS", lab,
             "Avis (ancien format) d'un marché réservé SIAE avec critère d'accompagnement des salariés en insertion "
             "(20 %) ; « conditions particulières d'exécution : néant » ; conventionnement DDETS en sélection",
             blocks=b)


# ----------------------------------------------------------------------------- 28 Avis université déménagement (TXT)
def doc28():
    b = [TITLE("AVIS DE MARCHÉ", "Université de Haute-Brévanne",
               "Prestations de déménagement, de transfert de mobilier et de fonds documentaires")]
    b += [P("Référence : UHB-2026-DEM-04 – Procédure : appel d'offres ouvert – Type : services"),
          H("1. Acheteur"),
          P("Université de Haute-Brévanne, 15 avenue des Facultés, 18 020 Brévanne Cedex. SIRET 191 810 234 00017. "
            "Service des marchés : marches@univ-hautebrevanne.fr."),
          H("2. Objet"),
          P("Déménagement des laboratoires et bureaux vers le nouveau bâtiment Sciences-Ingénierie, transferts "
            "internes entre campus et transfert des fonds documentaires de la bibliothèque de droit."),
          H("3. Lots"),
          P("Lot 1 – Déménagements et transferts de mobilier et d'équipements de laboratoire. Valeur estimée : "
            "180 000 € HT."),
          P("Lot 2 – Manutention, mise en cartons et réimplantation des fonds documentaires. Valeur estimée : "
            "45 000 € HT. Ce lot est réservé aux entreprises adaptées (EA) et aux E.S.A.T. (article L2113-12 du "
            "CCP)."),
          H("4. Critères d'attribution"),
          P("Lot 1 : prix 50 % ; valeur technique 40 % ; valeur environnementale (optimisation des trajets, "
            "emballages et caisses réutilisables, motorisation des véhicules) 10 %."),
          P("Lot 2 : prix 60 % ; valeur technique 40 %."),
          H("5. Conditions d'exécution"),
          P("Lot 1 : clause d'insertion. Le titulaire réserve au moins 300 heures de travail à des personnes "
            "éloignées de l'emploi (demandeurs d'emploi de longue durée, bénéficiaires du RSA, jeunes sans "
            "qualification), en lien avec le facilitateur de l'agglomération de Brévanne."),
          P("Lot 2 : pas de condition particulière."),
          H("6. Durée"),
          P("Marchés conclus pour 18 mois à compter de la notification."),
          H("7. Candidatures et offres"),
          P("DUME ou DC1/DC2 ; pour le lot 2, justificatif du statut d'entreprise adaptée ou d'ESAT. Date limite "
            "de réception des offres : 4 décembre 2026, 14h00, sur https://marches.univ-hautebrevanne.fr."),
          H("8. Recours"),
          P("Tribunal administratif d'Orléans. Date d'envoi de l'avis : 2 novembre 2026.")]
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=300, marche_reserve=1, reserve_base="L2113-12",
            critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=225000,
            evidence=["réserve au moins 300 heures de travail à des personnes éloignées de l'emploi",
                      "Ce lot est réservé aux entreprises adaptées",
                      "valeur environnementale (optimisation des trajets", "Lot 2 – Manutention",
                      "180 000 € HT", "45 000 € HT", "[180 000 + 45 000 = 225 000]"])
    return D("28_Avis_UHB-2026-DEM-04_demenagement.txt", "AVIS", lab,
             "Avis court : un lot avec clause d'insertion (300 h) et critère environnemental, l'autre réservé "
             "EA/ESAT (L2113-12) ; valeurs estimées par lot à additionner",
             blocks=b)


# ----------------------------------------------------------------------------- 29 Notice EN denrées (TXT)
def doc29():
    b = [TITLE("France-Agen: Food, beverages, tobacco and related products",
               "2026/S 214-661873", "Contract notice", "Supplies",
               "Legal Basis: Directive 2014/24/EU")]
    b += [H("Section I: Contracting authority"),
          P("I.1) Name and addresses"),
          P("Official name: Syndicat Intercommunal de Restauration Collective Orbe-Garonne (SIRCOG)"),
          P("National registration number: 25470219800023"),
          P("Postal address: 6 chemin de la Cuisine-Centrale"),
          P("Town: Agen"),
          P("NUTS code: FRI14 Lot-et-Garonne"),
          P("Postal code: 47000"),
          P("Country: France"),
          P("Contact person: Mrs Mathilde Sarrazy"),
          P("E-mail: achats@sircog.fr"),
          P("Internet address(es): Main address: https://www.sircog.fr ; Address of the buyer profile: "
            "https://marches.sircog.fr"),
          P("I.4) Type of the contracting authority: Regional or local agency/office"),
          P("I.5) Main activity: General public services"),
          H("Section II: Object"),
          P("II.1.1) Title: Supply of fresh and processed food products for the central kitchen of SIRCOG"),
          P("Reference number: SIRCOG-2026-DA"),
          P("II.1.2) Main CPV code: 15000000 Food, beverages, tobacco and related products"),
          P("II.1.3) Type of contract: Supplies"),
          P("II.1.4) Short description: Framework agreements for the supply of food products for about 4 800 meals "
            "per day prepared for school canteens and elderly care homes of the member municipalities."),
          P("II.1.5) Estimated total value: Value excluding VAT: 1 260 000.00 EUR"),
          P("II.1.6) Information about lots: This contract is divided into lots: yes. Tenders may be submitted "
            "for all lots."),
          P("II.2) Description"),
          P("II.2.1) Title: Fresh fruit and vegetables. Lot No: 1"),
          P("II.2.5) Award criteria: Criteria below"),
          P("Quality criterion - Name: Organoleptic quality and freshness of products (tasting of samples) / Weighting: 35"),
          P("Quality criterion - Name: Share of products from short supply chains and carbon footprint of "
            "deliveries / Weighting: 15"),
          P("Price - Weighting: 50"),
          P("II.2.6) Estimated value: Value excluding VAT: 740 000.00 EUR"),
          P("II.2.7) Duration of the contract: Duration in months: 48. This contract is subject to renewal: no"),
          P("II.2.1) Title: Dairy products and cheese. Lot No: 2"),
          P("II.2.5) Award criteria: Criteria below"),
          P("Quality criterion - Name: Organoleptic quality of products / Weighting: 40"),
          P("Quality criterion - Name: Share of products from short supply chains and carbon footprint of "
            "deliveries / Weighting: 10"),
          P("Price - Weighting: 50"),
          P("II.2.6) Estimated value: Value excluding VAT: 520 000.00 EUR"),
          P("II.2.7) Duration in months: 48"),
          P("II.2.13) Information about European Union funds: The procurement is related to a project and/or "
            "programme financed by European Union funds: no"),
          H("Section III: Legal, economic, financial and technical information"),
          P("III.1.1) Suitability to pursue the professional activity: sanitary approval (agrément sanitaire) of "
            "the storage and processing premises."),
          P("III.1.3) Technical and professional ability: list of the main deliveries performed over the past three years."),
          P("III.2.2) Contract performance conditions: Social integration clause. For each lot, the contractor "
            "shall offer work hours, in particular for the preparation and delivery of orders, to persons "
            "experiencing social or professional difficulties (long-term jobseekers, recipients of minimum "
            "social benefits, young people without qualifications), in liaison with the facilitator of the "
            "Maison de l'Emploi Orbe-Garonne. The arrangements are set out in Article 9 of the CCAP."),
          H("Section IV: Procedure"),
          P("IV.1.1) Type of procedure: Open procedure"),
          P("IV.1.3) Information about a framework agreement: The procurement involves the establishment of a "
            "framework agreement with a single operator."),
          P("IV.2.2) Time limit for receipt of tenders: Date: 11/12/2026 Local time: 12:00"),
          P("IV.2.4) Languages in which tenders may be submitted: French"),
          H("Section VI: Complementary information"),
          P("VI.3) Additional information: Samples must be delivered to the central kitchen on 15/12/2026. "
            "Questions via the buyer profile."),
          P("VI.4.1) Review body: Tribunal administratif de Bordeaux, Bordeaux, France"),
          P("VI.5) Date of dispatch of this notice: 30/10/2026")]
    lab = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=2,
            montant_estime_ht=1260000,
            evidence=["Social integration clause", "shall offer work hours",
                      "Share of products from short supply chains and carbon footprint of deliveries",
                      "This contract is divided into lots: yes", "Lot No: 2",
                      "Value excluding VAT: 1 260 000.00 EUR"])
    return D("29_TED_notice_EN_SIRCOG_food.txt", "AVIS", lab,
             "Avis en anglais (JOUE) : « Quality criterion - Name: … short supply chains and carbon footprint … / "
             "Weighting » ; clause d'insertion par renvoi au facilitateur, sans nombre d'heures ; montant au "
             "format anglais (1 260 000.00)",
             blocks=b)


# ----------------------------------------------------------------------------- 30 Notice EN mise sous pli réservée (TXT)
def doc30():
    b = [TITLE("France-Morvaille: Mailing services",
               "2026/S 221-684402", "Contract notice", "Services",
               "Legal Basis: Directive 2014/24/EU")]
    b += [H("Section I: Contracting authority"),
          P("I.1) Name and addresses: Communauté d'agglomération du Grand Morvaille, 1 place de l'Hôtel-de-Ville, "
            "71 302 Morvaille, France. National registration number: 20007134500019. Contact: Direction de la "
            "commande publique. E-mail: commande.publique@grandmorvaille.fr. NUTS code: FRC13."),
          P("I.4) Type of the contracting authority: Regional or local authority"),
          H("Section II: Object"),
          P("II.1.1) Title: Folding, enveloping and mailing of information documents and water bills"),
          P("II.1.2) Main CPV code: 79571000 Mailing services"),
          P("II.1.3) Type of contract: Services"),
          P("II.1.4) Short description: Printing reception, folding, enveloping (mise sous pli), franking and "
            "handing over to the postal operator of about 310 000 mailings per year."),
          P("II.1.5) Estimated total value: Value excluding VAT: 138 000.00 EUR"),
          P("II.1.6) Information about lots: This contract is divided into lots: no"),
          P("II.2.5) Award criteria:"),
          P("Quality criterion - Name: Technical value (organisation, security of personal data, deadlines) / Weighting: 45"),
          P("Quality criterion - Name: Support, training and supervision of the disabled workers assigned to the "
            "contract / Weighting: 15"),
          P("Price - Weighting: 40"),
          P("II.2.7) Duration of the contract, framework agreement or dynamic purchasing system: Duration in months: 36"),
          P("II.2.10) Information about variants: Variants will be accepted: no"),
          H("Section III: Legal, economic, financial and technical information"),
          P("III.1.1) Suitability to pursue the professional activity: proof of status as an entreprise adaptée or "
            "ESAT, or equivalent structure."),
          P("III.1.5) Information about reserved contracts: The contract is restricted to sheltered workshops and "
            "economic operators aiming at the social and professional integration of disabled or disadvantaged persons"),
          P("III.2.2) Contract performance conditions: The contractor must comply with Articles L.5212-1 to "
            "L.5212-11 of the French Labour Code on the employment of disabled workers and with the General Data "
            "Protection Regulation."),
          H("Section IV: Procedure"),
          P("IV.1.1) Type of procedure: Open procedure"),
          P("IV.2.2) Time limit for receipt of tenders or requests to participate: Date: 18/12/2026 Local time: 12:00"),
          P("IV.2.4) Languages in which tenders or requests to participate may be submitted: French"),
          H("Section VI: Complementary information"),
          P("VI.3) Additional information: The contract is reserved, pursuant to Article L.2113-12 of the French "
            "Public Procurement Code (code de la commande publique), to entreprises adaptées, ESAT and equivalent "
            "structures employing at least 50% disabled workers."),
          P("VI.4.1) Review body: Tribunal administratif de Dijon, 22 rue d'Assas, Dijon, 21000, France"),
          P("VI.5) Date of dispatch of this notice: 09/11/2026")]
    lab = L(critere_social=1, marche_reserve=1, reserve_base="L2113-12", allotissement=0, montant_estime_ht=138000,
            evidence=["Support, training and supervision of the disabled workers assigned to the contract / Weighting: 15",
                      "pursuant to Article L.2113-12", "This contract is divided into lots: no",
                      "Value excluding VAT: 138 000.00 EUR"])
    return D("30_TED_notice_EN_Grand_Morvaille_mailing.txt", "AVIS", lab,
             "Avis en anglais : marché réservé (III.1.5 et article L2113-12 en VI.3), critère d'accompagnement des "
             "travailleurs handicapés (15) ; conditions d'exécution = rappel L5212 et RGPD (pas une clause sociale)",
             blocks=b)


# ----------------------------------------------------------------------------- XML TED R2.0.9
def X(t):
    return escape(t)


def _ted_p(text):
    return "".join("<P>%s</P>" % X(t) for t in (text if isinstance(text, list) else [text]))


def ted_contracting_body(name, natid, addr, town, pc, nuts, email, url, ca_type, activity, phone=""):
    return """    <CONTRACTING_BODY>
      <ADDRESS_CONTRACTING_BODY>
        <OFFICIALNAME>%s</OFFICIALNAME>
        <NATIONALID>%s</NATIONALID>
        <ADDRESS>%s</ADDRESS>
        <TOWN>%s</TOWN>
        <POSTAL_CODE>%s</POSTAL_CODE>
        <COUNTRY VALUE="FR"/>
        <PHONE>%s</PHONE>
        <E_MAIL>%s</E_MAIL>
        <n2016:NUTS CODE="%s"/>
        <URL_GENERAL>%s</URL_GENERAL>
      </ADDRESS_CONTRACTING_BODY>
      <DOCUMENT_FULL/>
      <URL_DOCUMENT>%s</URL_DOCUMENT>
      <ADDRESS_FURTHER_INFO_IDEM/>
      <URL_PARTICIPATION>%s</URL_PARTICIPATION>
      <ADDRESS_PARTICIPATION_IDEM/>
      <CA_TYPE VALUE="%s"/>
      <CA_ACTIVITY VALUE="%s"/>
    </CONTRACTING_BODY>
""" % (X(name), natid, X(addr), X(town), pc, phone or "+33 1 00 00 00 00", email, nuts, url, url, url, ca_type, activity)


def ted_wrap(form, body, sender_id):
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<TED_ESENDERS xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/reception" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:n2016="http://publications.europa.eu/resource/schema/ted/2016/nuts" VERSION="R2.0.9.S05" xsi:schemaLocation="http://publications.europa.eu/resource/schema/ted/R2.0.9/reception TED_ESENDERS.xsd">
  <SENDER>
    <IDENTIFICATION>
      <ESENDER_LOGIN>ECAS_nplaceli</ESENDER_LOGIN>
      <NO_DOC_EXT>%s</NO_DOC_EXT>
    </IDENTIFICATION>
    <CONTACT>
      <ORGANISATION>Plateforme régionale de dématérialisation</ORGANISATION>
      <COUNTRY VALUE="FR"/>
      <E_MAIL>esender@plateforme-achats.fr</E_MAIL>
    </CONTACT>
  </SENDER>
  <FORM_SECTION>
    <%s_2014 LG="FR" CATEGORY="ORIGINAL" FORM="%s">
""" % (sender_id, form, form)) + body + """    </%s_2014>
  </FORM_SECTION>
</TED_ESENDERS>
""" % form


# ----------------------------------------------------------------------------- 31 TED F02 vitrerie (XML)
def doc31():
    body = """      <LEGAL_BASIS VALUE="32014L0024"/>
""" + ted_contracting_body("Ville de Châtelrive", "21510411500016", "Hôtel de ville, 2 place Carnot", "Châtelrive",
                           "51290", "FRF23", "marches@chatelrive.fr", "https://www.chatelrive.fr",
                           "REGIONAL_AUTHORITY", "GENERAL_PUBLIC_SERVICES", "+33 3 26 41 10 00") + """    <OBJECT_CONTRACT>
      <TITLE><P>Nettoyage des vitres et surfaces vitrées des bâtiments communaux</P></TITLE>
      <REFERENCE_NUMBER>2026-VIT-07</REFERENCE_NUMBER>
      <CPV_MAIN><CPV_CODE CODE="90911300"/></CPV_MAIN>
      <TYPE_CONTRACT CTYPE="SERVICES"/>
      <SHORT_DESCR>""" + _ted_p("Nettoyage périodique des vitres, verrières, façades vitrées et stores de 34 bâtiments "
                                 "communaux (écoles, équipements sportifs et culturels, bâtiments administratifs). "
                                 "Accord-cadre à bons de commande mono-attributaire.") + """</SHORT_DESCR>
      <VAL_ESTIMATED_TOTAL CURRENCY="EUR">210000</VAL_ESTIMATED_TOTAL>
      <NO_LOT_DIVISION/>
      <OBJECT_DESCR ITEM="1">
        <n2016:NUTS CODE="FRF23"/>
        <MAIN_SITE><P>Châtelrive</P></MAIN_SITE>
        <SHORT_DESCR>""" + _ted_p("Interventions trimestrielles ou semestrielles selon les sites, avec nacelle ou "
                                   "perche à eau pure ; prestations ponctuelles sur bons de commande.") + """</SHORT_DESCR>
        <AC>
          <AC_QUALITY>
            <AC_CRITERION>Valeur technique</AC_CRITERION>
            <AC_WEIGHTING>60</AC_WEIGHTING>
          </AC_QUALITY>
          <AC_PRICE>
            <AC_WEIGHTING>40</AC_WEIGHTING>
          </AC_PRICE>
        </AC>
        <VAL_OBJECT CURRENCY="EUR">210000</VAL_OBJECT>
        <DURATION TYPE="MONTH">48</DURATION>
        <NO_RENEWAL/>
        <NO_ACCEPTED_VARIANTS/>
        <NO_OPTIONS/>
        <NO_EU_PROGR_RELATED/>
      </OBJECT_DESCR>
    </OBJECT_CONTRACT>
    <LEFTI>
      <SUITABILITY>""" + _ted_p("Document attestant du conventionnement au titre de l'insertion par l'activité "
                                 "économique.") + """</SUITABILITY>
      <ECONOMIC_CRITERIA_DOC/>
      <TECHNICAL_CRITERIA_DOC/>
      <RESTRICTED_SHELTERED_WORKSHOP/>
      <PERFORMANCE_CONDITIONS>""" + _ted_p("Les produits de nettoyage utilisés sont titulaires de l'Écolabel européen "
                                            "ou d'un écolabel équivalent ; le nettoyage des vitres accessibles est "
                                            "réalisé à l'eau déminéralisée sans détergent.") + """</PERFORMANCE_CONDITIONS>
    </LEFTI>
    <PROCEDURE>
      <PT_OPEN/>
      <FRAMEWORK>
        <SINGLE_OPERATOR/>
      </FRAMEWORK>
      <CONTRACT_COVERED_GPA/>
      <DATE_RECEIPT_TENDERS>2026-12-14</DATE_RECEIPT_TENDERS>
      <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
      <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
      <DURATION_TENDER_VALID TYPE="MONTH">4</DURATION_TENDER_VALID>
      <OPENING_CONDITION>
        <DATE_OPENING_TENDERS>2026-12-14</DATE_OPENING_TENDERS>
        <TIME_OPENING_TENDERS>14:00</TIME_OPENING_TENDERS>
      </OPENING_CONDITION>
    </PROCEDURE>
    <COMPLEMENTARY_INFO>
      <NO_RECURRENT_PROCUREMENT/>
      <INFO_ADD>""" + _ted_p(["Marché réservé aux structures d'insertion par l'activité économique en application de "
                               "l'article L. 2113-13 du code de la commande publique.",
                               "Les documents de la consultation sont téléchargeables gratuitement sur le profil "
                               "d'acheteur."]) + """</INFO_ADD>
      <ADDRESS_REVIEW_BODY>
        <OFFICIALNAME>Tribunal administratif de Châlons-en-Champagne</OFFICIALNAME>
        <ADDRESS>25 rue du Lycée</ADDRESS>
        <TOWN>Châlons-en-Champagne</TOWN>
        <POSTAL_CODE>51036</POSTAL_CODE>
        <COUNTRY VALUE="FR"/>
      </ADDRESS_REVIEW_BODY>
      <DATE_DISPATCH_NOTICE>2026-11-05</DATE_DISPATCH_NOTICE>
    </COMPLEMENTARY_INFO>
"""
    lab = L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, allotissement=0,
            montant_estime_ht=210000,
            evidence=["l'article L. 2113-13 du code de la commande publique",
                      "titulaires de l'Écolabel européen", "[NO_LOT_DIVISION]", "[VAL_ESTIMATED_TOTAL 210000]"])
    return D("31_TED_F02_2026-VIT-07_vitrerie.xml", "AVIS", lab,
             "TED F02 : case RESTRICTED_SHELTERED_WORKSHOP cochée mais article L2113-13 cité en INFO_ADD (l'article "
             "prévaut) ; PERFORMANCE_CONDITIONS écolabel ; critère « Valeur technique » seulement ; NO_LOT_DIVISION",
             xml=ted_wrap("F02", body, "CHATELRIVE-2026-VIT-07"))


# ----------------------------------------------------------------------------- 32 TED F02 quais, 4 lots (XML)
def _f02_lot(n, title, cpv, descr, crits, price_w, val, months, info=None):
    ac = "".join("""          <AC_QUALITY>
            <AC_CRITERION>%s</AC_CRITERION>
            <AC_WEIGHTING>%s</AC_WEIGHTING>
          </AC_QUALITY>
""" % (X(c), w) for c, w in crits)
    inf = ("        <INFO_ADD>%s</INFO_ADD>\n" % _ted_p(info)) if info else ""
    return """      <OBJECT_DESCR ITEM="%d">
        <TITLE><P>%s</P></TITLE>
        <LOT_NO>%d</LOT_NO>
        <CPV_ADDITIONAL><CPV_CODE CODE="%s"/></CPV_ADDITIONAL>
        <n2016:NUTS CODE="FRH03"/>
        <MAIN_SITE><P>Port-Sablon, port de plaisance et esplanade Surcouf</P></MAIN_SITE>
        <SHORT_DESCR>%s</SHORT_DESCR>
        <AC>
%s          <AC_PRICE>
            <AC_WEIGHTING>%s</AC_WEIGHTING>
          </AC_PRICE>
        </AC>
        <VAL_OBJECT CURRENCY="EUR">%s</VAL_OBJECT>
        <DURATION TYPE="MONTH">%d</DURATION>
        <NO_RENEWAL/>
        <NO_ACCEPTED_VARIANTS/>
        <NO_OPTIONS/>
        <NO_EU_PROGR_RELATED/>
%s      </OBJECT_DESCR>
""" % (n, X(title), n, cpv, _ted_p(descr), ac, price_w, val, months, inf)


def doc32():
    ins = "Performance en matière d'insertion professionnelle des publics en difficulté"
    env = "Gestion environnementale du chantier : tri et réemploi des matériaux, limitation des émissions"
    body = """      <LEGAL_BASIS VALUE="32014L0024"/>
""" + ted_contracting_body("Port-Sablon Agglomération", "20004172300028", "12 boulevard de la Corderie",
                           "Port-Sablon", "35410", "FRH03", "commandepublique@portsablon-agglo.fr",
                           "https://www.portsablon-agglo.fr", "REGIONAL_AUTHORITY", "GENERAL_PUBLIC_SERVICES",
                           "+33 2 99 40 12 12") + """    <OBJECT_CONTRACT>
      <TITLE><P>Requalification des quais et de l'esplanade du port de plaisance</P></TITLE>
      <REFERENCE_NUMBER>PSA-2026-T-019</REFERENCE_NUMBER>
      <CPV_MAIN><CPV_CODE CODE="45241000"/></CPV_MAIN>
      <TYPE_CONTRACT CTYPE="WORKS"/>
      <SHORT_DESCR>""" + _ted_p("Requalification des quais Surcouf et Duguay, création d'une esplanade piétonne, "
                                 "reprise des réseaux et de l'éclairage.") + """</SHORT_DESCR>
      <VAL_ESTIMATED_TOTAL CURRENCY="EUR">6250000</VAL_ESTIMATED_TOTAL>
      <LOT_DIVISION>
        <LOT_ALL/>
      </LOT_DIVISION>
""" + _f02_lot(1, "Voirie, génie civil et confortement des quais", "45241300",
               "Démolitions, confortement des murs de quai, terrassements, bordures et structures de chaussée.",
               [("Valeur technique", 40), (ins, 10), (env, 10)], 40, 3650000, 16) \
        + _f02_lot(2, "Réseaux humides et secs", "45232400",
                   "Réseaux d'eaux pluviales avec séparateurs, adduction d'eau potable, fourreaux.",
                   [("Valeur technique", 40), (ins, 10), (env, 10)], 40, 1100000, 10) \
        + _f02_lot(3, "Revêtements en pierre naturelle et mobilier", "45262522",
                   "Dallages granit, emmarchements, bancs et mobilier urbain.",
                   [("Valeur technique", 40), (ins, 10), (env, 10)], 40, 1050000, 9) \
        + _f02_lot(4, "Éclairage public et mise en lumière", "45316110",
                   "Candélabres, projecteurs de mise en lumière, armoires et pilotage.",
                   [("Valeur technique", 50), (env, 10)], 40, 450000, 6,
                   info="Le lot 4 ne comporte pas d'action d'insertion.") + """    </OBJECT_CONTRACT>
    <LEFTI>
      <SUITABILITY>""" + _ted_p("Inscription au registre du commerce ou au répertoire des métiers.") + """</SUITABILITY>
      <ECONOMIC_CRITERIA_DOC/>
      <TECHNICAL_CRITERIA_DOC/>
      <PERFORMANCE_CONDITIONS>""" + _ted_p(["Clause sociale d'insertion : les titulaires des lots 1 à 3 réalisent au total "
                                             "2 100 heures d'insertion au bénéfice de personnes éloignées de l'emploi "
                                             "(lot 1 : 1 300 heures ; lot 2 : 450 heures ; lot 3 : 350 heures), avec "
                                             "l'appui du facilitateur de la Maison de l'emploi du Pays de Port-Sablon.",
                                             "Tri des déchets de chantier et traçabilité par bordereaux (tous lots)."]) + """</PERFORMANCE_CONDITIONS>
    </LEFTI>
    <PROCEDURE>
      <PT_OPEN/>
      <CONTRACT_COVERED_GPA/>
      <DATE_RECEIPT_TENDERS>2027-01-18</DATE_RECEIPT_TENDERS>
      <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
      <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
      <DURATION_TENDER_VALID TYPE="MONTH">6</DURATION_TENDER_VALID>
      <OPENING_CONDITION>
        <DATE_OPENING_TENDERS>2027-01-18</DATE_OPENING_TENDERS>
        <TIME_OPENING_TENDERS>14:30</TIME_OPENING_TENDERS>
      </OPENING_CONDITION>
    </PROCEDURE>
    <COMPLEMENTARY_INFO>
      <NO_RECURRENT_PROCUREMENT/>
      <INFO_ADD>""" + _ted_p("Visite facultative des quais le 8 décembre 2026. Les candidats peuvent présenter une "
                              "offre pour un ou plusieurs lots.") + """</INFO_ADD>
      <ADDRESS_REVIEW_BODY>
        <OFFICIALNAME>Tribunal administratif de Rennes</OFFICIALNAME>
        <ADDRESS>3 contour de la Motte</ADDRESS>
        <TOWN>Rennes</TOWN>
        <POSTAL_CODE>35044</POSTAL_CODE>
        <COUNTRY VALUE="FR"/>
      </ADDRESS_REVIEW_BODY>
      <DATE_DISPATCH_NOTICE>2026-11-20</DATE_DISPATCH_NOTICE>
    </COMPLEMENTARY_INFO>
"""
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=2100, critere_social=1,
            clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=4,
            montant_estime_ht=6250000,
            evidence=["réalisent au total 2 100 heures d'insertion", ins, "Gestion environnementale du chantier",
                      "Tri des déchets de chantier et traçabilité par bordereaux", "[LOT_DIVISION, LOT_NO 1 à 4]",
                      "6250000"])
    return D("32_TED_F02_PSA-2026-T-019_quais.xml", "AVIS", lab,
             "TED F02 de travaux en 4 lots : AC_QUALITY insertion et gestion environnementale par lot, "
             "PERFORMANCE_CONDITIONS avec heures totales et par lot, lot 4 sans insertion",
             xml=ted_wrap("F02", body, "PSA-2026-T-019"))


# ----------------------------------------------------------------------------- 33 TED F21 accompagnement RSA (XML) - aucune
def doc33():
    lots = ""
    sect = [("Secteur Aubrive-Centre", 720000), ("Secteur Vallée de la Sioule", 560000),
            ("Secteur Plateaux-Nord", 480000), ("Secteur Combrailles", 520000), ("Secteur Val d'Allier", 600000)]
    for i, (nm, v) in enumerate(sect, 1):
        lots += """      <OBJECT_DESCR ITEM="%d">
        <TITLE><P>%s</P></TITLE>
        <LOT_NO>%d</LOT_NO>
        <CPV_ADDITIONAL><CPV_CODE CODE="85312320"/></CPV_ADDITIONAL>
        <n2016:NUTS CODE="FRK13"/>
        <SHORT_DESCR>%s</SHORT_DESCR>
        <VAL_OBJECT CURRENCY="EUR">%d</VAL_OBJECT>
        <DURATION TYPE="MONTH">36</DURATION>
        <NO_EU_PROGR_RELATED/>
      </OBJECT_DESCR>
""" % (i, X("Accompagnement vers l'emploi – " + nm), i,
       _ted_p("Accompagnement socioprofessionnel renforcé d'environ %d bénéficiaires du RSA par an orientés par le "
              "Département : diagnostic, levée des freins périphériques, mises en situation professionnelle, "
              "placement et suivi dans l'emploi." % (v // 2400)), v)
    body = """      <LEGAL_BASIS VALUE="32014L0024"/>
      <NOTICE TYPE="CONTRACT"/>
""" + ted_contracting_body("Département de l'Aubrive", "22030010900013", "Hôtel du Département, 1 avenue Victor-Hugo",
                           "Aubrive-la-Ville", "03016", "FRK13", "commande.publique@aubrive.fr",
                           "https://www.aubrive.fr", "REGIONAL_AUTHORITY", "SOCIAL_PROTECTION",
                           "+33 4 70 34 40 00") + """    <OBJECT_CONTRACT>
      <TITLE><P>Accompagnement socioprofessionnel des bénéficiaires du RSA vers l'emploi</P></TITLE>
      <REFERENCE_NUMBER>DSI-RSA-2026</REFERENCE_NUMBER>
      <CPV_MAIN><CPV_CODE CODE="85312320"/></CPV_MAIN>
      <TYPE_CONTRACT CTYPE="SERVICES"/>
      <SHORT_DESCR>""" + _ted_p("Prestations d'accompagnement vers l'emploi des bénéficiaires du revenu de solidarité "
                                 "active, dans le cadre du programme départemental d'insertion 2026-2030. Marché de "
                                 "services sociaux et autres services spécifiques passé selon une procédure adaptée "
                                 "(articles R. 2123-1 3° et R. 2123-4 du code de la commande publique).") + """</SHORT_DESCR>
      <VAL_ESTIMATED_TOTAL CURRENCY="EUR">2880000</VAL_ESTIMATED_TOTAL>
      <LOT_DIVISION>
        <LOT_MAX_NUMBER>2</LOT_MAX_NUMBER>
      </LOT_DIVISION>
""" + lots + """    </OBJECT_CONTRACT>
    <LEFTI>
      <SUITABILITY>""" + _ted_p("Expérience d'au moins trois ans dans l'accompagnement de publics en insertion "
                                 "professionnelle ; présentation des intervenants (conseillers en insertion "
                                 "professionnelle, psychologues du travail).") + """</SUITABILITY>
      <PERFORMANCE_CONDITIONS>""" + _ted_p("Les prestations sont exécutées conformément au cahier des charges et au "
                                            "programme départemental d'insertion ; chaque parcours fait l'objet d'un "
                                            "contrat d'engagements réciproques signé avec le bénéficiaire.") + """</PERFORMANCE_CONDITIONS>
    </LEFTI>
    <PROCEDURE>
      <DATE_RECEIPT_TENDERS>2026-12-21</DATE_RECEIPT_TENDERS>
      <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
      <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
    </PROCEDURE>
    <COMPLEMENTARY_INFO>
      <INFO_ADD>""" + _ted_p("Les critères d'attribution et leur pondération sont précisés dans le règlement de la "
                              "consultation. Un candidat ne peut se voir attribuer plus de deux lots.") + """</INFO_ADD>
      <ADDRESS_REVIEW_BODY>
        <OFFICIALNAME>Tribunal administratif de Clermont-Ferrand</OFFICIALNAME>
        <TOWN>Clermont-Ferrand</TOWN>
        <COUNTRY VALUE="FR"/>
      </ADDRESS_REVIEW_BODY>
      <DATE_DISPATCH_NOTICE>2026-11-12</DATE_DISPATCH_NOTICE>
    </COMPLEMENTARY_INFO>
"""
    lab = L(allotissement=1, nb_lots=5, montant_estime_ht=2880000,
            evidence=["[LOT_DIVISION ; LOT_NO 1 à 5]", "Secteur Val d'Allier", "2880000"])
    return D("33_TED_F21_DSI-RSA-2026_accompagnement_RSA.xml", "AVIS", lab,
             "Négatif difficile : F21 dont l'OBJET est l'accompagnement vers l'emploi (insertion = service acheté, "
             "pas une clause) ; « insertion » en sélection et dans PERFORMANCE_CONDITIONS (programme d'insertion) ; 5 lots",
             xml=ted_wrap("F21", body, "AUBRIVE-DSI-RSA-2026"))


# ----------------------------------------------------------------------------- XML eForms (UBL ContractNotice)
EF_NS = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" '
         'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
         'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
         'xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" '
         'xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1" '
         'xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1" '
         'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"')


def _ext(inner, ind):
    sp = " " * ind
    return ("%s<ext:UBLExtensions>\n%s  <ext:UBLExtension>\n%s    <ext:ExtensionContent>\n%s      <efext:EformsExtension>\n"
            % (sp, sp, sp, sp) + inner +
            "%s      </efext:EformsExtension>\n%s    </ext:ExtensionContent>\n%s  </ext:UBLExtension>\n%s</ext:UBLExtensions>\n"
            % (sp, sp, sp, sp))


def ef_org(oid, name, siret, street, city, pc, nuts, mail, phone, url):
    return """          <efac:Organization>
            <efac:Company>
              <cbc:WebsiteURI>%s</cbc:WebsiteURI>
              <cac:PartyIdentification><cbc:ID schemeName="organization">%s</cbc:ID></cac:PartyIdentification>
              <cac:PartyName><cbc:Name languageID="FRA">%s</cbc:Name></cac:PartyName>
              <cac:PostalAddress>
                <cbc:StreetName>%s</cbc:StreetName>
                <cbc:CityName>%s</cbc:CityName>
                <cbc:PostalZone>%s</cbc:PostalZone>
                <cbc:CountrySubentityCode listName="nuts">%s</cbc:CountrySubentityCode>
                <cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country>
              </cac:PostalAddress>
              <cac:PartyLegalEntity><cbc:CompanyID>%s</cbc:CompanyID></cac:PartyLegalEntity>
              <cac:Contact>
                <cbc:Telephone>%s</cbc:Telephone>
                <cbc:ElectronicMail>%s</cbc:ElectronicMail>
              </cac:Contact>
            </efac:Company>
          </efac:Organization>
""" % (url, oid, X(name), X(street), X(city), pc, nuts, siret, phone, mail)


def ef_crit(kind, name, weight, descr=""):
    inner = """                  <efac:AwardCriterionParameter>
                    <efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode>
                    <efbc:ParameterNumeric>%s</efbc:ParameterNumeric>
                  </efac:AwardCriterionParameter>
""" % weight
    d = ('              <cbc:Description languageID="FRA">%s</cbc:Description>\n' % X(descr)) if descr else ""
    return ("            <cac:SubordinateAwardingCriterion>\n" + _ext(inner, 14) +
            '              <cbc:AwardingCriterionTypeCode listName="award-criterion-type">%s</cbc:AwardingCriterionTypeCode>\n'
            '              <cbc:Name languageID="FRA">%s</cbc:Name>\n' % (kind, X(name)) + d +
            "            </cac:SubordinateAwardingCriterion>\n")


def ef_lot(lot_id, name, descr, nature, cpv, crits, reserved="none", perf=None, strategic=(), est=None,
           fmax=None, months=48, nuts="FRJ23", deadline="2026-12-15", selection=None, note=None):
    sel = ""
    if selection:
        sel = _ext("""        <efac:SelectionCriteria>
          <cbc:CriterionTypeCode listName="selection-criterion">tp-abil</cbc:CriterionTypeCode>
          <cbc:Description languageID="FRA">%s</cbc:Description>
        </efac:SelectionCriteria>
""" % X(selection), 6)
    pf = ""
    if perf:
        pf = """      <cac:ContractExecutionRequirement>
        <cbc:ExecutionRequirementCode listName="conditions">performance</cbc:ExecutionRequirementCode>
        <cbc:Description languageID="FRA">%s</cbc:Description>
      </cac:ContractExecutionRequirement>
""" % X(perf)
    crs = "".join(ef_crit(*c) for c in crits)
    strat = "".join("""      <cac:ProcurementAdditionalType>
        <cbc:ProcurementTypeCode listName="%s">%s</cbc:ProcurementTypeCode>
      </cac:ProcurementAdditionalType>
""" % (ln, code) for ln, code in strategic)
    rt = ""
    if est is not None or fmax is not None:
        rt = "      <cac:RequestedTenderTotal>\n"
        if fmax is not None:
            rt += _ext('        <efbc:FrameworkMaximumAmount currencyID="EUR">%s</efbc:FrameworkMaximumAmount>\n' % fmax, 8)
        if est is not None:
            rt += '        <cbc:EstimatedOverallContractAmount currencyID="EUR">%s</cbc:EstimatedOverallContractAmount>\n' % est
        rt += "      </cac:RequestedTenderTotal>\n"
    nt = ('      <cbc:Note languageID="FRA">%s</cbc:Note>\n' % X(note)) if note else ""
    return ("""  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">%s</cbc:ID>
    <cac:TenderingTerms>
""" % lot_id + sel + """      <cbc:FundingProgramCode listName="eu-funded">no-eu-funds</cbc:FundingProgramCode>
      <cbc:RecurringProcurementIndicator>false</cbc:RecurringProcurementIndicator>
      <cac:TendererQualificationRequest>
        <cac:SpecificTendererRequirement>
          <cbc:TendererRequirementTypeCode listName="reserved-procurement">%s</cbc:TendererRequirementTypeCode>
        </cac:SpecificTendererRequirement>
      </cac:TendererQualificationRequest>
""" % reserved + pf + """      <cac:AwardingTerms>
        <cac:AwardingCriterion>
""" + crs + """        </cac:AwardingCriterion>
      </cac:AwardingTerms>
    </cac:TenderingTerms>
    <cac:TenderingProcess>
      <cac:TenderSubmissionDeadlinePeriod>
        <cbc:EndDate>%s+01:00</cbc:EndDate>
        <cbc:EndTime>12:00:00+01:00</cbc:EndTime>
      </cac:TenderSubmissionDeadlinePeriod>
    </cac:TenderingProcess>
    <cac:ProcurementProject>
      <cbc:ID schemeName="InternalID">%s</cbc:ID>
      <cbc:Name languageID="FRA">%s</cbc:Name>
      <cbc:Description languageID="FRA">%s</cbc:Description>
      <cbc:ProcurementTypeCode listName="contract-nature">%s</cbc:ProcurementTypeCode>
""" % (deadline, lot_id, X(name), X(descr), nature) + nt + strat + rt + """      <cac:MainCommodityClassification>
        <cbc:ItemClassificationCode listName="cpv">%s</cbc:ItemClassificationCode>
      </cac:MainCommodityClassification>
      <cac:RealizedLocation>
        <cac:Address>
          <cbc:CountrySubentityCode listName="nuts">%s</cbc:CountrySubentityCode>
          <cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country>
        </cac:Address>
      </cac:RealizedLocation>
      <cac:PlannedPeriod>
        <cbc:DurationMeasure unitCode="MONTH">%d</cbc:DurationMeasure>
      </cac:PlannedPeriod>
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>
""" % (cpv, nuts, months))


def ef_notice(notice_id, folder_id, issue, org_xml, buyer_type, activity, ref, title, descr, nature, cpv, est,
              lots_xml, max_lots=None, note=None):
    ext = _ext("""        <efac:Organizations>
""" + org_xml + """        </efac:Organizations>
        <efac:NoticeSubType>
          <cbc:SubTypeCode listName="notice-subtype">16</cbc:SubTypeCode>
        </efac:NoticeSubType>
""", 2)
    ld = ""
    if max_lots:
        ld = """  <cac:TenderingTerms>
    <cac:LotDistribution>
      <cbc:MaximumLotsAwardedNumeric>%d</cbc:MaximumLotsAwardedNumeric>
    </cac:LotDistribution>
  </cac:TenderingTerms>
""" % max_lots
    nt = ('    <cbc:Note languageID="FRA">%s</cbc:Note>\n' % X(note)) if note else ""
    estx = ("""    <cac:RequestedTenderTotal>
      <cbc:EstimatedOverallContractAmount currencyID="EUR">%s</cbc:EstimatedOverallContractAmount>
    </cac:RequestedTenderTotal>
""" % est) if est is not None else ""
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice %s>
""" % EF_NS + ext + """  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>
  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>
  <cbc:ID schemeName="notice-id">%s</cbc:ID>
  <cbc:ContractFolderID>%s</cbc:ContractFolderID>
  <cbc:IssueDate>%s+01:00</cbc:IssueDate>
  <cbc:IssueTime>10:00:00+01:00</cbc:IssueTime>
  <cbc:VersionID>01</cbc:VersionID>
  <cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>
  <cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
  <cac:ContractingParty>
    <cac:ContractingPartyType>
      <cbc:PartyTypeCode listName="buyer-legal-type">%s</cbc:PartyTypeCode>
    </cac:ContractingPartyType>
    <cac:ContractingActivity>
      <cbc:ActivityTypeCode listName="authority-activity">%s</cbc:ActivityTypeCode>
    </cac:ContractingActivity>
    <cac:Party>
      <cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>
    </cac:Party>
  </cac:ContractingParty>
""" % (notice_id, folder_id, issue, buyer_type, activity) + ld + """  <cac:TenderingProcess>
    <cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode>
  </cac:TenderingProcess>
  <cac:ProcurementProject>
    <cbc:ID schemeName="InternalID">%s</cbc:ID>
    <cbc:Name languageID="FRA">%s</cbc:Name>
    <cbc:Description languageID="FRA">%s</cbc:Description>
    <cbc:ProcurementTypeCode listName="contract-nature">%s</cbc:ProcurementTypeCode>
""" % (ref, X(title), X(descr), nature) + nt + estx + """    <cac:MainCommodityClassification>
      <cbc:ItemClassificationCode listName="cpv">%s</cbc:ItemClassificationCode>
    </cac:MainCommodityClassification>
  </cac:ProcurementProject>
""" % cpv + lots_xml + "</ContractNotice>\n")


# ----------------------------------------------------------------------------- 34 eForms propreté campus (XML)
def doc34():
    org = ef_org("ORG-0001", "Université de Saint-Aurèle", "19871234500010", "2 place de la Sorbonne-Nouvelle",
                 "Saint-Aurèle", "87060", "FRI23", "marches@univ-saintaurele.fr", "+33 5 55 14 91 00",
                 "https://www.univ-saintaurele.fr")
    perf = ("Utilisation exclusive de produits d'entretien titulaires de l'Écolabel européen ou d'un écolabel "
            "équivalent, avec systèmes de dosage ; les déchets des corbeilles sont vidés dans les conteneurs de tri "
            "de l'université selon les flux (papier, emballages, résiduel).")
    lot1 = ef_lot("LOT-0001", "Nettoyage des bâtiments d'enseignement et de recherche",
                  "Nettoyage quotidien et périodique de 14 bâtiments d'enseignement et de recherche (86 000 m²).",
                  "services", "90919300",
                  [("quality", "Valeur technique", 30,
                    "Organisation, heures affectées par bâtiment, encadrement et contrôle de la qualité."),
                   ("quality", "Performance environnementale des produits et des méthodes de nettoyage", 15,
                    "Produits et matériels proposés, réduction des consommations d'eau et de produits."),
                   ("price", "Prix", 55)],
                  perf=perf, strategic=[("strategic-procurement", "env-imp"), ("environmental-impact", "pollu-prev"),
                                        ("gpp-criteria", "eu")],
                  est=1400000, selection="Références de prestations de nettoyage de locaux d'enseignement.")
    lot2 = ef_lot("LOT-0002", "Nettoyage des locaux de la bibliothèque universitaire",
                  "Nettoyage des espaces publics et des magasins de la bibliothèque universitaire centrale. Lot réservé "
                  "aux entreprises adaptées et aux établissements et services d'aide par le travail.",
                  "services", "90919300",
                  [("quality", "Valeur technique", 50, "Organisation et méthodes adaptées aux collections."),
                   ("price", "Prix", 50)],
                  reserved="res-ws", perf=perf, strategic=[("strategic-procurement", "env-imp")], est=260000)
    xml = ef_notice("6f1d2a0c-3b7e-4c58-9a71-2e5d8c4b9f10", "b2a4c6e8-1d3f-4a5b-8c7d-9e0f1a2b3c4d", "2026-11-09",
                    org, "body-pl", "education", "USA-2026-NET",
                    "Nettoyage des locaux de l'Université de Saint-Aurèle",
                    "Accords-cadres de prestations de nettoyage des locaux universitaires, en deux lots.",
                    "services", "90919300", 1660000, lot1 + lot2)
    lab = L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, critere_environnemental=1,
            allotissement=1, nb_lots=2, montant_estime_ht=1660000,
            evidence=["Lot réservé aux entreprises adaptées et aux établissements et services d'aide par le travail",
                      "res-ws", "titulaires de l'Écolabel européen",
                      "Performance environnementale des produits et des méthodes de nettoyage",
                      "en deux lots", "1660000"])
    return D("34_eForms_CN_USA-2026-NET_nettoyage.xml", "AVIS", lab,
             "eForms : lot 2 réservé (res-ws + texte EA/ESAT sans article -> L2113-12), critère environnemental "
             "pondéré (efbc:ParameterNumeric 15) au lot 1, condition d'exécution BT-70 écolabel",
             xml=xml)


# ----------------------------------------------------------------------------- 35 eForms pôle d'échanges (XML)
def doc35():
    org = ef_org("ORG-0001", "Clairval Métropole", "20003958700021", "1 rue des Arcades", "Clairval", "69410",
                 "FRK26", "achats@clairval-metropole.fr", "+33 4 78 20 30 40", "https://www.clairval-metropole.fr")
    lot = ef_lot("LOT-0001", "Construction du pôle d'échanges multimodal de la gare de Clairval-Nord",
                 "Marché unique de travaux : gare routière de 12 quais, parc relais de 420 places en superstructure, "
                 "abri vélos sécurisé et aménagement des espaces publics. Le marché n'est pas alloti, la "
                 "superposition des ouvrages ne permettant pas d'identifier des prestations distinctes.",
                 "works", "45213321",
                 [("price", "Prix", 55),
                  ("quality", "Valeur technique", 35, "Méthodologie, phasage sous exploitation, moyens."),
                  ("quality", "Performance en matière d'insertion professionnelle des publics en difficulté", 10,
                   "Organisation du parcours, tutorat, formation qualifiante, volume d'heures proposé au-delà du minimum.")],
                 perf=("Clause d'insertion : le titulaire réalise au moins 4 200 heures de travail au bénéfice de "
                       "personnes éloignées de l'emploi, suivies par le facilitateur du PLIE de Clairval ; pénalité de "
                       "60 euros HT par heure non réalisée."),
                 strategic=[("strategic-procurement", "soc-obj"), ("social-objective", "opp")],
                 est=5900000, months=26, nuts="FRK26", deadline="2027-01-11")
    xml = ef_notice("0c9e8d7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f", "7a6b5c4d-3e2f-4a1b-9c0d-8e7f6a5b4c3d", "2026-11-16",
                    org, "body-pl-la", "gen-pub", "CM-2026-PEM", "Pôle d'échanges multimodal de Clairval-Nord",
                    "Travaux de construction du pôle d'échanges multimodal de la gare de Clairval-Nord.",
                    "works", "45213321", 5900000, lot)
    lab = L(clause_sociale=1, clause_insertion=1, heures_insertion=4200, critere_social=1, allotissement=0,
            montant_estime_ht=5900000,
            evidence=["le titulaire réalise au moins 4 200 heures de travail",
                      "Performance en matière d'insertion professionnelle des publics en difficulté",
                      "Le marché n'est pas alloti", "5900000"])
    return D("35_eForms_CN_CM-2026-PEM_pole_echanges.xml", "AVIS", lab,
             "eForms de travaux à lot unique LOT-0001 déclaré non alloti : heures d'insertion en BT-70, critère "
             "d'insertion pondéré 10, soc-obj/opp ; réservation « none »",
             xml=xml)


# ----------------------------------------------------------------------------- 36 eForms denrées centrale (XML)
def doc36():
    org = ef_org("ORG-0001", "GIP Achats Restauration Grand Sud-Ouest", "13002574600014", "14 allée des Vignerons",
                 "Montauban-de-Garonne", "82017", "FRJ28", "consultations@gip-achats-restau.fr",
                 "+33 5 63 21 40 00", "https://www.gip-achats-restau.fr")
    crit_env = "Part des produits issus de l'agriculture biologique et bilan carbone des livraisons"
    specs = [("LOT-0001", "Viandes et volailles fraîches", "15110000", 1800000),
             ("LOT-0002", "Produits laitiers et ovoproduits", "15500000", 1200000),
             ("LOT-0003", "Fruits et légumes frais", "03220000", 900000),
             ("LOT-0004", "Épicerie et boissons", "15800000", 850000),
             ("LOT-0005", "Produits surgelés", "15896000", 650000)]
    lots = ""
    for lid, nm, cpv, mx in specs:
        lots += ef_lot(lid, nm, "Accord-cadre à bons de commande pour les membres du GIP : " + nm.lower() + ".",
                       "supplies", cpv,
                       [("price", "Prix", 45),
                        ("quality", "Qualité gustative et nutritionnelle", 30, "Dégustation d'échantillons et fiches techniques."),
                        ("quality", crit_env, 25, "Pourcentage en valeur de produits biologiques ; distance et mode de livraison.")],
                       strategic=[("strategic-procurement", "env-imp")], fmax=mx, months=48, nuts="FRJ28",
                       deadline="2027-01-08",
                       selection="Agrément sanitaire ; références de livraison en restauration collective ; "
                                 "certifications éventuelles (IFS, BRC, ISO 14001) appréciées au titre des capacités.")
    note = ("Montant maximum total des accords-cadres, tous lots confondus, pour quatre ans : 5 400 000 euros HT. "
            "La politique d'achat du GIP est décrite dans son schéma de promotion des achats socialement et "
            "écologiquement responsables, consultable sur son site internet.")
    xml = ef_notice("3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a", "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "2026-11-23",
                    org, "body-pl", "gen-pub", "GIP-ARGSO-2027-DA",
                    "Fourniture de denrées alimentaires pour la restauration collective des membres du GIP",
                    "Accords-cadres mono-attributaires, en cinq lots, pour l'approvisionnement des cuisines des "
                    "membres du GIP (collèges, lycées, établissements de santé).",
                    "supplies", "15000000", None, lots, max_lots=2, note=note)
    lab = L(critere_environnemental=1, allotissement=1, nb_lots=5, montant_max_ht=5400000,
            evidence=[crit_env, "en cinq lots",
                      "Montant maximum total des accords-cadres, tous lots confondus, pour quatre ans : 5 400 000 euros HT"])
    return D("36_eForms_CN_GIP-ARGSO-2027-DA_denrees.xml", "AVIS", lab,
             "eForms de centrale d'achat, 5 lots : critère bio/bilan carbone pondéré 25 par lot (sans le mot "
             "« environnemental ») ; code env-imp sans condition d'exécution ; maximum par lot (efbc:FrameworkMaximumAmount) "
             "et total en BT-300 ; SPASER cité (politique) ; ISO 14001 en sélection",
             xml=xml)


# ============================================================================= construction et contrôles
# extra_checks : repris de tests/data/blind_values_13/make_documents.py (lignes 2433-2453)
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


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12, doc13, doc14,
        doc15, doc16, doc17, doc18, doc19, doc20, doc21, doc22, doc23, doc24,
        doc25, doc26, doc27, doc28, doc29, doc30,
        doc31, doc32, doc33, doc34, doc35, doc36]

# Pour ces documents, les lignes citées doivent se trouver sur des pages différentes (tableau coupé par un saut de page).
SPLIT_TABLE_CHECK = {"04_RC_2026-DAL-07_denrees_alimentaires.pdf": ("Montant du DQE", "Réduction des emballages")}


def build_doc(folder, d):
    path = os.path.join(folder, d["file"])
    ext = d["file"].rsplit(".", 1)[1]
    CUR_AUTHOR[0] = d["author"] or "Service de la commande publique"
    n = None
    if ext == "xml":
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["xml"])
        return n
    blocks = [_conv(b, ext == "pdf") for b in number_articles(d["blocks"])]
    if ext == "pdf":
        n = build_pdf(path, _conv_str(d["header"], True), _conv_str(d["footer"], True), blocks,
                      hyphen=d["hyphen"], title=d["header"], cols=d["cols"])
    elif ext == "docx":
        build_docx(path, d["header"], d["footer"], blocks)
    elif ext == "txt":
        build_txt(path, blocks)
    else:
        raise ValueError(ext)
    return n


def _ws(t):
    return re.sub(r"\s+", " ", t.replace(NB, " ").replace(NNB, " ")).strip()


def extract_pages(path):
    """Texte extrait du fichier produit, comme un lecteur extérieur le verrait (liste de pages pour les PDF)."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdf
        return [pg.extract_text() or "" for pg in pypdf.PdfReader(path).pages]
    if ext == "docx":
        dd = docx.Document(path)
        parts = [p.text for p in dd.paragraphs]
        for t in dd.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return ["\n".join(parts)]
    if ext == "xml":
        from lxml import etree
        root = etree.parse(path).getroot()
        return [" ".join(root.itertext())]
    with open(path, encoding="utf-8") as fh:
        return [fh.read()]


def extracted_text(path):
    t = "\n".join(extract_pages(path))
    t = t.replace(NB, " ").replace(NNB, " ")
    t = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", t)     # césure de fin de ligne recollée
    return _ws(t)


def md5(path):
    import hashlib
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def build_all(folder):
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    docs = [f() for f in DOCS]
    pages = {}
    for d in docs:
        pages[d["file"]] = build_doc(folder, d)
    return docs, pages


def label_row(d):
    lab = d["label"]
    row = {"path": d["file"], "doc_type": d["doc_type"]}
    for c in COLUMNS[2:-1]:
        row[c] = _fmt(lab[c])
    row["evidence"] = " | ".join(_ws(norm(q)) for q in lab["evidence"])
    return row


def check_doc(folder, d, npages):
    problems = []
    path = os.path.join(folder, d["file"])
    lab = d["label"]
    txt = extracted_text(path)
    for q in lab["evidence"]:
        if q.startswith("["):           # remarque de l'annotateur (calcul, balise XML), pas une citation
            continue
        if _ws(norm(q)) not in txt:
            problems.append("%s : preuve absente du texte extrait : %r" % (d["file"], q))
    ev = " | ".join(_ws(norm(q)) for q in lab["evidence"])
    if len(ev) > 300:
        problems.append("%s : preuve trop longue (%d)" % (d["file"], len(ev)))
    filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
    if filled and not lab["evidence"]:
        problems.append("%s : valeurs sans preuve" % d["file"])
    if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
        problems.append("%s : clause_insertion sans clause_sociale" % d["file"])
    if bool(lab["marche_reserve"] == 1) != bool(lab["reserve_base"]):
        problems.append("%s : marche_reserve / reserve_base incohérents" % d["file"])
    if d["doc_type"] not in _DOC_TYPES:
        problems.append("%s : doc_type %s" % (d["file"], d["doc_type"]))
    if npages is not None and not (1 <= npages <= 8):
        problems.append("%s : %d pages" % (d["file"], npages))
    if d["file"] in SPLIT_TABLE_CHECK:
        a, b = SPLIT_TABLE_CHECK[d["file"]]
        pg = [_ws(p) for p in extract_pages(path)]
        ia = [i for i, p in enumerate(pg) if a in p]
        ib = [i for i, p in enumerate(pg) if b in p]
        if not ia or not ib or ia[0] == ib[0]:
            problems.append("%s : le tableau n'est pas coupé par un saut de page (%r p.%s, %r p.%s)" % (
                d["file"], a, ia, b, ib))
    if d["file"].endswith(".pdf"):
        for q in ("Page 1 / ",):
            if q not in txt:
                problems.append("%s : pied de page absent" % d["file"])
    return problems


def readme_table(docs):
    cats = ["clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
            "clause_environnementale", "critere_environnemental"]
    short = {"clause_sociale": "CS", "clause_insertion": "CI", "critere_social": "KS", "marche_reserve": "MR",
             "clause_environnementale": "CE", "critere_environnemental": "KE"}
    out = ["| # | Fichier | Type | Présentes | Valeurs attendues | Ce que le document teste |",
           "|---|---|---|---|---|---|"]
    for i, d in enumerate(docs, 1):
        lab = d["label"]
        pos = ", ".join(short[c] for c in cats if lab[c] == 1) or "aucune"
        vals = []
        for c, nm in (("heures_insertion", "heures"), ("reserve_base", "base"), ("allotissement", "alloti"),
                      ("nb_lots", "lots"), ("montant_estime_ht", "estimé"), ("montant_max_ht", "max")):
            if lab[c] not in (None, ""):
                vals.append("%s=%s" % (nm, _fmt(lab[c])))
        out.append("| %02d | `%s` | %s | %s | %s | %s |" % (i, d["file"], d["doc_type"], pos,
                                                         "; ".join(vals) or "–", d["tests"]))
    return "\n".join(out)


def main():
    docs, pages = build_all(OUT)
    problems = []
    rows = []
    for d in docs:
        problems.extend(check_doc(OUT, d, pages[d["file"]]))
        rows.append(label_row(d))
    problems.extend(extra_checks(rows))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    # déterminisme : seconde construction dans un dossier temporaire du jeu, comparaison des md5
    first = {d["file"]: md5(os.path.join(OUT, d["file"])) for d in docs}
    tmp = os.path.join(HERE, ".build2")
    docs2, _ = build_all(tmp)
    for d in docs2:
        m2 = md5(os.path.join(tmp, d["file"]))
        if m2 != first[d["file"]]:
            problems.append("%s : md5 différent d'une construction à l'autre" % d["file"])
    shutil.rmtree(tmp)
    if "--table" in sys.argv:
        print(readme_table(docs))
    kinds = {}
    for d in docs:
        e = d["file"].rsplit(".", 1)[1]
        kinds[e] = kinds.get(e, 0) + 1
    cats = ["clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
            "clause_environnementale", "critere_environnemental"]
    counts = {c: sum(1 for d in docs if d["label"][c] == 1) for c in cats}
    none = sum(1 for d in docs if all(d["label"][c] == 0 for c in cats))
    print("documents : %d (%s) ; pages des PDF : %s" % (
        len(docs), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%s=%s" % (d["file"][:2], pages[d["file"]]) for d in docs if pages[d["file"]])))
    print("catégories à 1 : %s ; documents sans aucune catégorie : %d" % (
        ", ".join("%s %d" % (c, counts[c]) for c in cats), none))
    print("types : %s" % ", ".join("%s %d" % (t, sum(1 for d in docs if d["doc_type"] == t))
                                    for t in sorted(set(d["doc_type"] for d in docs))))
    print("nombres coupés en fin de ligne : %d ; césures HY : %d" % (SB_STATS["cut"], HY_STATS["cut"]))
    print("contrôles : preuves trouvées dans le texte EXTRAIT (pypdf / python-docx / lxml / lecture) ; preuves "
          "<= 300 caractères ; clause_insertion => clause_sociale ; marche_reserve <=> reserve_base ; colonnes ; "
          "tableau coupé ; md5 identiques sur deux constructions -> %d problème(s)" % len(problems))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
