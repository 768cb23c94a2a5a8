#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_9 (PDF reportlab, DOCX python-docx, notices .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure PDF/DOCX/TXT reprise de tests/data/blind_values_6/make_documents.py (lignes 1-467 :
écriture PDF/DOCX/TXT et aides de saisie) et logique d'écriture de dossiers.yml / expect / labels.csv
reprise du même fichier (lignes 2665-2797), complétées ici : vrais tableaux reportlab (Table) dans
les PDF, pages sur deux colonnes, césure à des frontières de syllabes, contrôle 1 à 4 pages.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF, la police Helvetica standard ne l'ayant pas) ;
BR = retour à la ligne forcé dans les PDF (chiffre ou libellé coupé en fin de ligne).

Usage : .venv/bin/python tests/data/blind_values_9/make_documents.py
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
SET_NAME = "blind_values_9"

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
    s = "\n".join(out).replace(BR, " ").replace(SB, " ").replace(NB, " ").replace(NNB, " ")
    return s


def dx(s):
    """Texte d'un bloc pour DOCX et TXT : pas de retour forcé, nombre coupable gardé entier."""
    return s.replace(BR, " ").replace(SB, NB)


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
            if SB in w:
                first, rest = w.split(SB, 1)
                rest = rest.replace(SB, NB)
                cand = first if not cur else cur + " " + first
                if cur and stringWidth(cand, font, size) <= width and stringWidth(cur, font, size) >= 0.6 * width:
                    lines.append(cand)
                    cur = rest
                    SB_STATS["cut"] += 1
                    continue
                SB_STATS["whole"] += 1
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
            row.append(Paragraph(escape(c).replace(BR, "<br/>").replace(SB, NB), st))
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
            p = d.add_paragraph(b[1] + " ")
            p.add_run().add_break(WD_BREAK.PAGE)
            p.add_run(b[2])
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
    return (s.replace("~", " ").replace("^", " ").replace(BR, " ").replace(SB, " ")
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
# Écrits pour ce jeu. Neutres : ni considération sociale ni environnementale, ni lot, ni maximum.
# Certains portent des pièges chiffrés (seuil d'avance, retenue de garantie, assurance, pénalités,
# délai de validité) qui ne sont ni un maximum ni une estimation.

def F(kind, *keys, **ctx):
    out = []
    for k in keys:
        out.extend(_FILL[kind][k](ctx))
    return out


def _c_pieces(c):
    return [H("Article # – Pièces constitutives du marché"),
            P("Par dérogation à l'article 4.1 du CCAG, les pièces contractuelles prévalent dans l'ordre suivant : "
              "l'acte d'engagement et ses éventuelles annexes ; le présent cahier des clauses administratives "
              "particulières ; le cahier des clauses techniques particulières ; le bordereau des prix unitaires ; "
              "le CCAG applicable aux marchés publics de %s ; le mémoire technique du titulaire."
              % c.get("ccag", "fournitures courantes et de services"))]


def _c_prix(c):
    return [H("Article # – Forme et variation des prix"),
            P("Les prestations sont rémunérées par application des prix unitaires du bordereau aux quantités "
              "réellement commandées et exécutées. Les prix sont réputés comprendre toutes les sujétions, notamment "
              "les frais de déplacement, de stockage et d'encadrement."),
            P("Les prix sont révisables à chaque date anniversaire de la notification selon la formule "
              "P = P0 × (0,125 + 0,875 × I / I0), dans laquelle I est la dernière valeur publiée de l'indice %s. "
              "La première révision ne peut intervenir moins de douze mois après la notification."
              % c.get("indice", "des prix de production des services français aux entreprises"))]


def _c_avance(c):
    return [H("Article # – Avance"),
            P("Une avance est versée au titulaire, sauf renonciation expresse portée à l'acte d'engagement, pour "
              "chaque bon de commande d'un montant supérieur à 50~000 € HT et d'une durée d'exécution supérieure "
              "à deux mois. Son taux est fixé à %s %% du montant TTC du bon de commande ; elle est remboursée par "
              "précompte sur les sommes dues lorsque les prestations exécutées atteignent 65 %% de ce montant."
              % c.get("avance", "10"))]


def _c_garantie(c):
    return [H("Article # – Retenue de garantie"),
            P("Une retenue de garantie de 5 % est prélevée sur le montant de chaque acompte. Elle peut être "
              "remplacée, au choix du titulaire, par une garantie à première demande d'un montant égal. Elle est "
              "remboursée un mois au plus tard après l'expiration du délai de garantie.")]


def _c_paiement(c):
    return [H("Article # – Modalités de règlement"),
            P("Les sommes dues sont réglées par virement dans un délai global de paiement de 30 jours à compter de "
              "la réception de la facture. Le dépassement de ce délai ouvre droit, de plein droit, à des intérêts "
              "moratoires au taux de la Banque centrale européenne majoré de huit points et à une indemnité "
              "forfaitaire pour frais de recouvrement de 40 €."),
            P("Les factures sont déposées sur le portail Chorus Pro ; elles rappellent la référence du bon de "
              "commande, le détail des prestations, les prix unitaires appliqués et le montant hors taxes.")]


def _c_penalites(c):
    return [H("Article # – Pénalités"),
            P("En cas de retard dans l'exécution d'un bon de commande, le titulaire encourt, sans mise en demeure "
              "préalable, une pénalité de %s € HT par jour calendaire de retard. Une prestation non conforme non "
              "reprise dans le délai fixé par le représentant de l'acheteur donne lieu à une pénalité forfaitaire "
              "de %s € HT par constat. Par dérogation au CCAG, aucun montant n'est exonéré."
              % (c.get("pen_jour", "150"), c.get("pen_constat", "200")))]


def _c_assurance(c):
    return [H("Article # – Assurances"),
            P("Dans un délai de quinze jours à compter de la notification, le titulaire justifie d'une assurance "
              "de responsabilité civile couvrant les dommages causés aux tiers à l'occasion de l'exécution, pour un "
              "montant d'au moins %s € par sinistre." % c.get("rc", "1~500~000"))]


def _c_resiliation(c):
    return [H("Article # – Résiliation et différends"),
            P("Les conditions de résiliation sont celles du chapitre 7 du CCAG. En cas de différend, les parties "
              "recherchent une solution amiable avant toute saisine du tribunal administratif territorialement "
              "compétent ; elles peuvent saisir le comité consultatif de règlement amiable des différends.")]


def _c_soustraitance(c):
    return [H("Article # – Sous-traitance"),
            P("Le titulaire peut sous-traiter une partie des prestations sous réserve de l'acceptation de chaque "
              "sous-traitant et de l'agrément de ses conditions de paiement. Le sous-traitant dont la créance "
              "dépasse 600 € TTC est payé directement.")]


def _r_dce(c):
    return [H("Article # – Contenu du dossier de consultation"),
            P("Le dossier de consultation est téléchargeable gratuitement sur le profil d'acheteur%s. Il comprend "
              "le présent règlement, l'acte d'engagement, le cahier des clauses administratives particulières, "
              "le cahier des clauses techniques particulières et ses annexes, ainsi que le cadre de prix."
              % c.get("profil", ""))]


def _r_candidature(c):
    return [H("Article # – Pièces de la candidature"),
            P("Le candidat produit les formulaires DC1 et DC2, ou le document unique de marché européen, et les "
              "pièces suivantes : déclaration sur l'honneur qu'il n'entre dans aucun cas d'exclusion prévu aux "
              "articles L2141-1 à L2141-11 du code de la commande publique ; déclaration sur l'honneur qu'il a "
              "satisfait à l'obligation d'emploi des travailleurs handicapés prévue aux articles L5212-1 à "
              "L5212-11 du code du travail ; chiffre d'affaires des trois derniers exercices ; liste des "
              "principales prestations de même nature réalisées au cours des trois dernières années.")]


def _r_offre(c):
    return [H("Article # – Contenu de l'offre"),
            P("L'offre comprend l'acte d'engagement complété, le cadre de prix renseigné sans modification et un "
              "mémoire technique d'au plus %s pages décrivant l'organisation proposée, les moyens humains et "
              "matériels affectés et les mesures prises pour garantir la continuité du service."
              % c.get("pages", "15"))]


def _r_validite(c):
    return [H("Article # – Variantes et délai de validité"),
            P("Les variantes ne sont pas autorisées. Le délai de validité des offres est de %s jours à compter de "
              "la date limite de remise des offres." % c.get("validite", "120"))]


def _r_envoi(c):
    return [H("Article # – Conditions d'envoi des plis"),
            P("Les plis sont transmis exclusivement par voie électronique sur le profil d'acheteur avant la date "
              "et l'heure limites indiquées en première page. Une copie de sauvegarde peut être adressée sur "
              "support physique, dans un pli scellé portant la mention «~copie de sauvegarde~»."),
            P("Les candidats peuvent poser leurs questions sur le profil d'acheteur au plus tard dix jours avant "
              "la date limite ; les réponses sont publiées au plus tard six jours avant cette date.")]


def _r_negociation(c):
    return [H("Article # – Négociation"),
            P("L'acheteur se réserve la possibilité d'attribuer le marché sur la base des offres initiales sans "
              "négociation. S'il négocie, il le fait avec les trois candidats les mieux classés au plus.")]


def _a_contractant(c):
    return [H("Article # – Identification du titulaire"),
            P("Je soussigné(e) ……………………………………, agissant au nom et pour le compte de la société "
              "……………………………………, SIRET ……………………………, après avoir pris connaissance du cahier des clauses "
              "administratives particulières, du cahier des clauses techniques particulières et des documents qui "
              "y sont mentionnés, m'engage, sans réserve, à exécuter les prestations dans les conditions ci-après.")]


def _a_paiement(c):
    return [H("Article # – Compte à créditer"),
            P("Titulaire du compte : …………………………… IBAN : FR76 ………………………………………… BIC : ……………… "
              "Le titulaire renonce / ne renonce pas (rayer la mention inutile) au bénéfice de l'avance.")]


def _a_signature(c):
    return [H("Article # – Signatures"),
            P("Fait à ……………………, le ……………………  Signature du représentant habilité du titulaire :"),
            P("Acceptation de l'offre par l'acheteur. Est acceptée la présente offre pour valoir acte "
              "d'engagement. À %s, le ……………………  Le représentant de l'acheteur :" % c.get("ville", "……………………"))]


def _t_refs(c):
    return [H("Article # – Documents de référence"),
            P("Le titulaire exécute les prestations conformément aux normes et règles de l'art en vigueur à la "
              "date de remise des offres, ainsi qu'aux prescriptions du présent cahier. Il signale sans délai toute "
              "contradiction entre ces documents.")]


def _t_reunions(c):
    return [H("Article # – Réunions et comptes rendus"),
            P("Une réunion de lancement est organisée dans les quinze jours suivant la notification. Une réunion "
              "de suivi se tient ensuite chaque trimestre ; le titulaire en rédige le compte rendu, qu'il adresse "
              "au représentant de l'acheteur dans les cinq jours ouvrés.")]


def _t_securite(c):
    return [H("Article # – Sécurité des personnes"),
            P("Le personnel du titulaire porte les équipements de protection individuelle adaptés. Le titulaire "
              "balise ses zones d'intervention et prend toute mesure utile pour assurer la sécurité des usagers "
              "et des agents de l'acheteur.")]


_FILL = {
    "CCAP": {"pieces": _c_pieces, "prix": _c_prix, "avance": _c_avance, "garantie": _c_garantie,
             "paiement": _c_paiement, "penalites": _c_penalites, "assurance": _c_assurance,
             "resiliation": _c_resiliation, "soustraitance": _c_soustraitance},
    "RC": {"dce": _r_dce, "candidature": _r_candidature, "offre": _r_offre, "validite": _r_validite,
           "envoi": _r_envoi, "negociation": _r_negociation},
    "AE": {"contractant": _a_contractant, "paiement": _a_paiement, "signature": _a_signature},
    "CCTP": {"refs": _t_refs, "reunions": _t_reunions, "securite": _t_securite},
}


# ============================================================================= DOSSIERS
# Chaque fonction rend un dossier : id, title, pieces, pos, values, note.

def d01():
    B = "Communauté de communes du Pays de Quérignac"
    OBJ = "Accord-cadre à bons de commande – Entretien et grosses réparations de la voirie intercommunale"
    ref = "Consultation n° QRG-2026-07"
    rc = [
        TITLE(B, "Règlement de la consultation", OBJ,
              ref + " – Date limite de remise des offres : 12 mars 2027 à 12 h 00"),
        H("Article 1 – Objet de la consultation"),
        P("La consultation porte sur les travaux d'entretien, de renforcement et de grosses réparations des voies "
          "d'intérêt communautaire : chaussées, trottoirs, accotements, bordures et ouvrages de gestion des eaux "
          "pluviales, sur le territoire des dix-sept communes membres."),
        H("Article 2 – Forme du marché et allotissement"),
        P("Il s'agit d'un accord-cadre mono-attributaire exécuté au moyen de bons de commande, en application des "
          "articles R2162-2 et R2162-13 du code de la commande publique."),
        P("Le marché n'est pas alloti. Les interventions, de faible volume unitaire et dispersées sur l'ensemble "
          "du territoire, exigent une coordination unique des équipes, des approvisionnements en enrobés et de la "
          "signalisation temporaire, que la communauté de communes ne serait pas en mesure d'assurer elle-même "
          "entre plusieurs titulaires."),
        H("Article 3 – Durée et reconduction"),
        P("L'accord-cadre est conclu pour une période initiale de douze mois à compter de sa notification. Il est "
          "reconductible tacitement trois fois, par périodes de douze mois, sans que sa durée totale puisse "
          "excéder quatre ans. Le titulaire ne peut refuser la reconduction."),
        H("Article 4 – Procédure"),
        P("La consultation est passée selon la procédure adaptée prévue à l'article R2123-1 du code de la "
          "commande publique, le montant des travaux étant inférieur au seuil européen de 5~404~000 € HT "
          "applicable aux marchés de travaux. Le détail quantitatif estimatif joint au dossier sert uniquement au "
          "jugement des offres ; il ne constitue pas un engagement de commande."),
        H("Article 5 – Clause sociale d'insertion"),
        P("En application de l'article L2112-2 du code de la commande publique, le titulaire devra réserver aux "
          "personnes éloignées de l'emploi, pendant toute l'exécution, un volume de 2¦SB¦400 heures de travail sur la durée totale de "
          "l'accord-cadre, selon les modalités fixées à l'article 9 du cahier des clauses administratives "
          "particulières. Le facilitateur de la Maison de l'emploi du Pays de Quérignac accompagne gratuitement "
          "l'entreprise dans la mise en œuvre de cet engagement."),
        P("Pour information, l'accord-cadre précédent (2022-2025) comportait 1~600 heures d'insertion, toutes "
          "réalisées par le titulaire sortant."),
    ] + F("RC", "dce", "candidature", "offre", pages="12") + [
        H("Article # – Jugement des offres"),
        P("L'offre économiquement la plus avantageuse est appréciée selon les critères pondérés suivants :"),
        TAB([["Critère", "Pondération"],
             ["Prix, apprécié sur le montant du détail quantitatif estimatif", "50 %"],
             ["Valeur technique, appréciée au vu du mémoire technique (méthodologie 25 %, moyens humains et "
              "matériels 15 %)", "40 %"],
             ["Performance en matière d'insertion professionnelle des publics en difficulté", "10 %"]],
            widths=[4, 1], align="lr"),
        P("Le critère d'insertion est apprécié au vu des modalités d'accueil, d'encadrement et de formation des "
          "personnes en parcours d'insertion décrites par le candidat."),
    ] + F("RC", "validite", "envoi")

    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet et durée"),
        P("Le présent cahier fixe les clauses administratives de l'accord-cadre à bons de commande relatif aux "
          "travaux d'entretien et de grosses réparations de la voirie intercommunale. La durée de l'accord-cadre "
          "et ses conditions de reconduction sont fixées à l'article 3 du règlement de la consultation, qui a "
          "valeur contractuelle sur ce point."),
    ] + F("CCAP", "pieces", ccag="travaux") + [
        H("Article 3 – Montant de l'accord-cadre"),
        P("L'accord-cadre est conclu sans minimum. Le montant maximum des commandes est fixé à 385" + SB +
          "000 € HT par période d'exécution de douze mois ; il s'applique à la période initiale comme à chaque "
          "période de reconduction."),
        H("Article 4 – Bons de commande"),
        P("Les bons de commande sont émis par le président de la communauté de communes ou son délégataire. "
          "Chaque bon de commande est compris entre 1~500 € HT et 60~000 € HT ; il précise la localisation, la "
          "nature et le délai d'exécution des travaux. Le délai d'intervention est de 48 heures pour les travaux "
          "urgents de mise en sécurité."),
    ] + F("CCAP", "prix", "avance", "garantie", indice="TP09 (fabrication et mise en œuvre d'enrobés)") + [
        H("Article 8 – Gestion des matériaux et des déchets de chantier"),
        P("Les fraisats d'enrobés issus des chantiers sont recyclés en centrale ; les enrobés mis en œuvre "
          "contiennent au moins 20 % d'agrégats d'enrobés recyclés, sauf impossibilité technique justifiée. Le "
          "titulaire remet à chaque fin de chantier les bordereaux de suivi des déchets et un état des quantités "
          "valorisées."),
        H("Article 9 – Clause sociale d'insertion"),
        P("Le titulaire s'engage à réaliser une action d'insertion professionnelle représentant 2~400 heures de "
          "travail sur la durée totale de l'accord-cadre, reconductions comprises, au profit de personnes "
          "rencontrant des difficultés sociales ou professionnelles particulières : demandeurs d'emploi de longue "
          "durée, bénéficiaires de minima sociaux, jeunes de moins de 26 ans sans qualification, travailleurs "
          "reconnus handicapés, personnes suivies par une structure d'insertion par l'activité économique."),
        P("Les heures sont réalisées au fur et à mesure des commandes, par embauche directe, par mise à "
          "disposition de salariés d'une entreprise de travail temporaire d'insertion ou d'un groupement "
          "d'employeurs pour l'insertion et la qualification, ou par sous-traitance à une structure d'insertion. "
          "Un bilan est remis chaque semestre au facilitateur."),
        P("Chaque heure d'insertion non réalisée à l'échéance de l'accord-cadre donne lieu à une pénalité de "
          "50 € HT."),
    ] + F("CCAP", "penalites", "assurance", "resiliation", pen_jour="300")

    ae = [
        TITLE(B, "Acte d'engagement", OBJ, ref),
    ] + F("AE", "contractant") + [
        H("Article 2 – Prix et montant"),
        P("Les prestations sont rémunérées par application des prix unitaires du bordereau des prix remis avec "
          "l'offre. L'accord-cadre est conclu sans minimum ; son montant maximum est celui fixé à l'article 3 du "
          "cahier des clauses administratives particulières."),
        H("Article 3 – Durée"),
        P("La durée de l'accord-cadre et ses reconductions sont celles fixées par le règlement de la "
          "consultation. Le délai d'exécution de chaque bon de commande est fixé par le bon lui-même."),
        H("Article 4 – Engagement d'insertion"),
        P("Le titulaire s'engage à mettre en œuvre l'action d'insertion professionnelle prévue à l'article 9 du "
          "cahier des clauses administratives particulières et à transmettre au facilitateur les justificatifs "
          "des heures réalisées."),
    ] + F("AE", "paiement", "signature", ville="Quérignac")

    dqe = [
        TITLE(B, "Détail quantitatif estimatif", OBJ, ref),
        P("Le présent détail quantitatif estimatif est un document non contractuel établi pour le seul jugement "
          "des offres. Les quantités correspondent à une simulation de commandes sur une période de douze mois ; "
          "elles n'engagent pas la communauté de communes. Le candidat reporte les prix unitaires de son "
          "bordereau, calcule les montants et le total."),
        RTAB([["N° prix", "Désignation", "Unité", "Quantité", "Prix unitaire HT", "Montant HT"],
              ["1.01", "Installation de chantier et signalisation temporaire", "forfait", "24", "", ""],
              ["1.02", "Rabotage de chaussée, épaisseur 0 à 5 cm", "m²", "6~800", "", ""],
              ["2.01", "Béton bitumineux semi-grenu 0/10 mis en œuvre", "t", "1~450", "", ""],
              ["2.02", "Enduit superficiel bicouche", "m²", "12~500", "", ""],
              ["3.01", "Bordure T2 posée sur béton", "ml", "620", "", ""],
              ["3.02", "Reprise de trottoir en enrobé", "m²", "1~900", "", ""],
              ["4.01", "Regard de visite, mise à la cote", "u", "35", "", ""],
              ["4.02", "Curage de fossé", "ml", "4~200", "", ""],
              ["", "Total HT", "", "", "", ""],
              ["", "TVA 20 %", "", "", "", ""],
              ["", "Total TTC", "", "", "", ""]],
             widths=[0.8, 3.4, 0.8, 0.9, 1.2, 1.2], align="llllrr"),
        P("Cachet et signature du candidat :"),
    ]
    H_ = B + " – Voirie 2026"
    pieces = [
        PIECE("RC_QRG-2026-07.pdf", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2400, critere_social=1, allotissement=0,
                evidence=["un volume de 2~400 heures de travail sur la durée totale de l'accord-cadre",
                          "Performance en matière d'insertion professionnelle des publics en difficulté",
                          "Le marché n'est pas alloti."]), hyphen=True),
        PIECE("CCAP_QRG-2026-07.pdf", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2400, clause_environnementale=1,
                montant_max_ht=385000,
                evidence=["Le montant maximum des commandes est fixé à 385 000 € HT par période d'exécution de "
                          "douze mois",
                          "2~400 heures de travail sur la durée totale de l'accord-cadre",
                          "les enrobés mis en œuvre contiennent au moins 20 % d'agrégats d'enrobés recyclés"]),
              hyphen=True),
        PIECE("AE_QRG-2026-07.docx", "AE", H_ + " – AE", ref + " – Acte d'engagement", ae,
              L(clause_sociale=1, clause_insertion=1,
                evidence=["Le titulaire s'engage à mettre en œuvre l'action d'insertion professionnelle"])),
        PIECE("DQE_QRG-2026-07.pdf", "DQE", H_ + " – DQE", ref + " – Détail quantitatif estimatif", dqe, L()),
    ]
    return dict(
        id="d01-querignac-voirie", title="CC du Pays de Quérignac – entretien de la voirie (accord-cadre non alloti)",
        pieces=pieces,
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        values=V(heures_insertion=2400, allotissement=0, montant_max_ht=1540000),
        note=("Maximum : 385 000 € HT par période de douze mois (CCAP art. 3, chiffre coupé en fin de ligne) ; "
              "la durée n'est que dans le RC (art. 3) : période initiale + 3 reconductions = 4 périodes, "
              "4 × 385 000 = 1 540 000. Heures : 2 400 sur la durée totale (CCAP art. 9, reprises au RC art. 5), "
              "comptées une fois ; les 1 600 heures de l'accord-cadre précédent (RC) sont écartées. Non alloti "
              "(RC art. 2). Pièges : bons de commande de 1 500 à 60 000 € HT, seuil européen 5 404 000, avance "
              "50 000, assurance 1 500 000, DQE vierge (quantités seules)."))


def d02():
    B = "Ville d'Ardolles"
    OBJ = "Accord-cadre de prestations de nettoyage et d'entretien des locaux municipaux"
    ref = "Marché n° ARD-26-NET"
    rc = [
        TITLE(B, "Règlement de la consultation", OBJ, ref + " – Appel d'offres ouvert"),
        H("Article 1 – Objet et procédure"),
        P("La consultation a pour objet le nettoyage courant et la remise en état ponctuelle des locaux municipaux "
          "de la Ville d'Ardolles. Elle est passée selon la procédure d'appel d'offres ouvert prévue aux articles "
          "R2124-2 et R2161-2 à R2161-5 du code de la commande publique."),
        H("Article 2 – Allotissement"),
        P("L'accord-cadre est divisé en trois lots, attribués séparément :"),
        TAB([["Lot", "Intitulé", "Observations"],
             ["1", "Bâtiments administratifs et culturels (hôtel de ville, médiathèque, école de musique)",
              "Clause d'insertion"],
             ["2", "Groupes scolaires et accueils périscolaires", "Clause d'insertion"],
             ["3", "Équipements sportifs (gymnases, vestiaires du stade)", "Lot réservé"]],
            widths=[0.6, 4, 1.6]),
        P("Un candidat peut présenter une offre pour un, plusieurs ou l'ensemble des lots."),
        H("Article 3 – Lot réservé"),
        P("En application de l'article L2113-12 du code de la commande publique, le lot n° 3 est réservé aux "
          "entreprises adaptées, aux établissements et services d'aide par le travail et aux structures "
          "équivalentes, qui emploient une proportion minimale de 50 % de travailleurs handicapés."),
        H("Article 4 – Durée"),
        P("Chaque accord-cadre est conclu pour un an à compter du 1er avril 2027 et reconductible tacitement trois "
          "fois pour un an. Les montants maximum de chaque lot, fixés dans l'acte d'engagement du lot, valent "
          "pour la durée totale, reconductions comprises."),
        H("Article 5 – Conditions d'exécution à caractère social"),
        P("Les lots n° 1 et n° 2 comportent une clause sociale d'insertion dont le volume horaire et les modalités "
          "figurent à l'article 8 du cahier des clauses administratives particulières."),
    ] + F("RC", "dce", "candidature", "offre") + [
        H("Article # – Critères d'attribution"),
        P("Pour chaque lot, les offres sont classées selon les critères suivants : prix des prestations (40 %) ; "
          "valeur technique (45 %), appréciée au vu de l'organisation des équipes, des fréquences et du contrôle "
          "qualité ; performances en matière de protection de l'environnement (15 %), appréciées au vu des "
          "produits et matériels utilisés, des consommations d'eau et de la gestion des déchets."),
    ] + F("RC", "envoi")

    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet et décomposition"),
        P("Le présent accord-cadre porte sur le nettoyage courant et la remise en état ponctuelle des locaux "
          "municipaux. Il est divisé en trois lots, décrits au règlement de la consultation ; chaque lot fait "
          "l'objet d'un accord-cadre distinct exécuté par bons de commande."),
    ] + F("CCAP", "pieces") + [
        H("Article 3 – Montants"),
        P("Chaque accord-cadre est conclu sans montant minimum. Son montant maximum, valable pour la durée totale "
          "de l'accord-cadre, période initiale et reconductions comprises, est fixé dans l'acte d'engagement du "
          "lot concerné. Le montant des bons de commande ponctuels (remise en état après travaux, nettoyage "
          "exceptionnel) ne peut excéder 8~000 € HT par bon."),
        H("Article 4 – Exécution des prestations"),
        P("Les prestations courantes sont exécutées selon les fréquences du cahier des clauses techniques "
          "particulières, en dehors des heures d'ouverture au public. Le titulaire tient à jour un cahier de "
          "liaison dans chaque bâtiment."),
    ] + F("CCAP", "prix", "paiement",
          indice="du coût horaire du travail dans les activités de nettoyage") + [
        H("Article 7 – Produits et matériels"),
        P("Le titulaire utilise des produits d'entretien titulaires de l'Écolabel européen ou d'un label "
          "équivalent, dosés au moyen de centrales de dilution, et des lavettes en microfibres lavables. Il "
          "réduit les consommations d'eau et trie les déchets collectés selon les consignes de chaque bâtiment."),
        H("Article 8 – Clause sociale d'insertion"),
        P("Les titulaires des lots n° 1 et n° 2 s'engagent à réserver aux personnes éloignées de l'emploi le "
          "volume d'heures de travail fixé ci-dessous, pour la durée totale de l'accord-cadre :"),
        TAB([["Lot", "Heures d'insertion (durée totale)"],
             ["Lot 1 – Bâtiments administratifs et culturels", "350"],
             ["Lot 2 – Groupes scolaires et accueils périscolaires", "250"],
             ["Lot 3 – Équipements sportifs", "sans objet"]], widths=[3, 1.5], align="lr"),
        P("Le titulaire peut recourir à l'embauche directe, à la mise à disposition de salariés par une structure "
          "d'insertion ou à la sous-traitance. Le suivi est assuré par le facilitateur du Plan local pour "
          "l'insertion et l'emploi d'Ardolles."),
    ] + F("CCAP", "penalites", "resiliation", pen_jour="80", pen_constat="120")

    def ae_lot(n, name, maxi, ttc, hours, reserved=False):
        b = [TITLE(B, "Acte d'engagement – Lot n° %d%s" % (n, " (lot réservé)" if reserved else ""), name,
                   OBJ + " – " + ref)]
        b += F("AE", "contractant")
        if reserved:
            b += [H("Article # – Réservation du lot"),
                  P("Le présent lot est réservé, en application de l'article L2113-12 du code de la commande "
                    "publique, aux entreprises adaptées, aux établissements et services d'aide par le travail et "
                    "aux structures équivalentes. Le candidat déclare que la proportion de travailleurs "
                    "handicapés qu'il emploie est d'au moins 50 % : ……… %.")]
        b += [H("Article # – Montant"),
              P("L'accord-cadre du lot n° %d est conclu sans montant minimum et avec un montant maximum de %s € HT "
                "pour sa durée totale, période initiale et trois reconductions comprises, soit %s € TTC au taux "
                "de TVA de 20 %%." % (n, maxi, ttc)),
              H("Article # – Durée"),
              P("Un an à compter du 1er avril 2027, reconductible tacitement trois fois pour un an.")]
        if hours:
            b += [H("Article # – Engagement d'insertion"),
                  P("Le titulaire s'engage à réaliser %s heures d'insertion sur la durée totale de l'accord-cadre, "
                    "conformément à l'article 8 du cahier des clauses administratives particulières." % hours)]
        b += F("AE", "paiement", "signature", ville="Ardolles")
        return b

    H_ = B + " – Nettoyage des locaux municipaux"
    pieces = [
        PIECE("RC.docx", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc,
              L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-12",
                critere_environnemental=1, allotissement=1, nb_lots=3,
                evidence=["L'accord-cadre est divisé en trois lots",
                          "En application de l'article L2113-12 du code de la commande publique, le lot n° 3 est "
                          "réservé",
                          "Les lots n° 1 et n° 2 comportent une clause sociale d'insertion",
                          "performances en matière de protection de l'environnement (15 %)"])),
        PIECE("CCAP.pdf", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=600, clause_environnementale=1,
                allotissement=1, nb_lots=3,
                evidence=["Il est divisé en trois lots",
                          "Lot 1 – Bâtiments administratifs et culturels 350",
                          "Lot 2 – Groupes scolaires et accueils périscolaires 250",
                          "[somme des lots : 350 + 250 = 600]",
                          "produits d'entretien titulaires de l'Écolabel européen"]), hyphen=True),
        PIECE("AE_lot1.pdf", "AE", H_ + " – AE lot 1", ref + " – Acte d'engagement du lot 1",
              ae_lot(1, "Bâtiments administratifs et culturels", "264¦SB¦000", "316~800", "350"),
              L(clause_sociale=1, clause_insertion=1, heures_insertion=350, allotissement=1, montant_max_ht=264000,
                evidence=["Acte d'engagement – Lot n° 1",
                          "montant maximum de 264~000 € HT pour sa durée totale",
                          "350 heures d'insertion sur la durée totale"])),
        PIECE("AE_lot2.docx", "AE", H_ + " – AE lot 2", ref + " – Acte d'engagement du lot 2",
              ae_lot(2, "Groupes scolaires et accueils périscolaires", "188~000", "225~600", "250"),
              L(clause_sociale=1, clause_insertion=1, heures_insertion=250, allotissement=1, montant_max_ht=188000,
                evidence=["Acte d'engagement – Lot n° 2",
                          "montant maximum de 188~000 € HT pour sa durée totale",
                          "250 heures d'insertion sur la durée totale"])),
        PIECE("AE_lot3.pdf", "AE", H_ + " – AE lot 3", ref + " – Acte d'engagement du lot 3",
              ae_lot(3, "Équipements sportifs", "92~000", "110~400", None, reserved=True),
              L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, montant_max_ht=92000,
                evidence=["Acte d'engagement – Lot n° 3",
                          "Le présent lot est réservé, en application de l'article L2113-12",
                          "montant maximum de 92~000 € HT pour sa durée totale"])),
    ]
    return dict(
        id="d02-ardolles-nettoyage", title="Ville d'Ardolles – nettoyage des locaux (3 lots, un AE par lot)",
        pieces=pieces,
        pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=600, allotissement=1, nb_lots=3, montant_max_ht=544000, reserve_base="L2113-12"),
        note=("Maximum : chaque lot a son maximum pour la durée totale dans son propre AE (le CCAP renvoie aux AE) : "
              "264 000 + 188 000 + 92 000 = 544 000 (les montants TTC 316 800, 225 600, 110 400 sont écartés). "
              "Heures : tableau du CCAP art. 8, lot 1 350 + lot 2 250 = 600 (reprises une fois chacune dans les AE "
              "des lots 1 et 2, non recomptées) ; lot 3 sans objet. Lot 3 réservé L2113-12 (RC art. 3, AE lot 3). "
              "Pièges : bon de commande ponctuel plafonné à 8 000 € HT, 50 % de travailleurs handicapés."))


def d03():
    B = "Syndicat intercommunal de restauration collective de Sainte-Maëlle-des-Prés"
    OBJ = "Fourniture de denrées alimentaires pour la cuisine centrale"
    ref = "Consultation n° SIRC-2026-03"
    rc = [
        TITLE(B, "Règlement de la consultation", OBJ, ref + " – Procédure d'appel d'offres ouvert"),
        H("Article 1 – Objet"),
        P("La consultation porte sur la fourniture et la livraison de denrées alimentaires à la cuisine centrale "
          "du syndicat, qui produit environ 2~300 repas par jour pour les écoles et l'établissement "
          "d'hébergement pour personnes âgées des communes membres."),
        H("Article 2 – Décomposition en lots"),
        P("Les prestations sont réparties en deux lots :"),
        LST(["lot n° 1 : épicerie, produits secs et conserves ;",
             "lot n° 2 : produits laitiers, fromages et ovoproduits."]),
        P("Chaque lot donne lieu à un accord-cadre à bons de commande mono-attributaire, conclu sans montant "
          "minimum et avec les montants maximum fixés au cahier des clauses administratives particulières."),
        H("Article 3 – Procédure"),
        P("La consultation est passée selon la procédure d'appel d'offres ouvert en application des articles "
          "R2124-2 et R2161-2 à R2161-5 du code de la commande publique."),
        H("Article 4 – Durée et reconduction"),
        P("Chaque accord-cadre prend effet à sa notification et court jusqu'au 31 décembre 2027 (période "
          "initiale). Il peut ensuite être reconduit deux fois, par décision expresse notifiée au moins deux mois "
          "avant l'échéance, pour les années civiles 2028 et 2029."),
    ] + F("RC", "dce", "candidature", "offre") + [
        H("Article # – Critères de jugement des offres"),
        TAB([["Critère", "Pondération"],
             ["Prix, apprécié sur un panier type", "55 %"],
             ["Qualité gustative et nutritionnelle des produits, appréciée sur échantillons", "30 %"],
             ["Performance en matière de protection de l'environnement : part de produits issus de l'agriculture "
              "biologique, organisation des livraisons et réduction des emballages", "15 %"]],
            widths=[4, 1], align="lr"),
    ] + F("RC", "validite", "envoi", validite="150")

    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("L'accord-cadre est composé de deux lots (lot n° 1 : épicerie, produits secs et conserves ; lot n° 2 : "
          "produits laitiers, fromages et ovoproduits). Chaque lot est exécuté par bons de commande."),
    ] + F("CCAP", "pieces") + [
        H("Article 3 – Montants maximum"),
        P("Les accords-cadres sont conclus sans montant minimum. Les montants maximum des commandes sont fixés, "
          "pour chaque lot et pour chaque période, dans le tableau ci-dessous :"),
        RTAB([["Lot", "Période initiale (notification – 31/12/2027)", "Chaque période de reconduction (année civile)"],
              ["Lot n° 1 – Épicerie, produits secs et conserves", "120~000 € HT", "110~000 € HT"],
              ["Lot n° 2 – Produits laitiers, fromages et ovoproduits", "90~000 € HT", "80~000 € HT"]],
             widths=[2.2, 1.6, 1.6], align="lrr"),
        P("Le nombre de reconductions est fixé à l'article 4 du règlement de la consultation."),
        H("Article 4 – Commandes et livraisons"),
        P("Les commandes sont passées au plus tard le jeudi pour la semaine suivante. Le montant minimal d'une "
          "commande est de 150 € HT ; les livraisons sont franco de port à partir de 300 € HT. Les livraisons ont "
          "lieu entre 6 h 00 et 9 h 30 au quai de la cuisine centrale."),
        H("Article 5 – Conditions d'exécution environnementales"),
        P("Le titulaire livre les produits frais en caisses réutilisables, qu'il reprend à chaque livraison, et "
          "reprend sans frais les cartons et films plastiques de suremballage en vue de leur recyclage. Les "
          "véhicules de livraison affectés au marché relèvent au minimum de la vignette Crit'Air 1."),
    ] + F("CCAP", "prix", "paiement", "penalites", "resiliation",
          indice="des prix de production des industries alimentaires", pen_jour="100")

    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Annonce n° 26-184503 – Fournitures"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : " + B),
        P("Type de Numéro national d'identification : SIRET"),
        P("Groupement de commandes : non"),
        H("Section 2 : Communication"),
        P("Lien vers le dossier : profil d'acheteur du syndicat, rubrique « consultations en cours »"),
        H("Section 4 : Identification du marché"),
        P("Intitulé du marché : " + OBJ),
        P("Code CPV principal : 15800000 – Produits alimentaires divers"),
        P("Type de marché : Fournitures"),
        P("Description succincte du marché : accords-cadres à bons de commande mono-attributaires, sans minimum, "
          "conclus jusqu'au 31/12/2027 ; reconductions : oui (voir règlement de la consultation)."),
        P("Valeur estimée (H.T.) : 520^000 euros"),
        P("La consultation comporte des tranches : non"),
        P("Marché alloti : oui"),
        H("Section 5 : Lots"),
        P("Nombre de lots : 2"),
        P("Lot n° 1 : Épicerie, produits secs et conserves"),
        P("Lot n° 2 : Produits laitiers, fromages et ovoproduits"),
        H("Section 6 : Conditions de participation et d'exécution"),
        P("Conditions particulières d'exécution : livraison des produits frais en caisses réutilisables reprises "
          "par le titulaire ; reprise des emballages de suremballage."),
        P("Critères d'attribution : prix (55 %) ; qualité gustative et nutritionnelle (30 %) ; performance en "
          "matière de protection de l'environnement (15 %)."),
        H("Section 7 : Renseignements complémentaires"),
        P("Date limite de réception des offres : 26 février 2027 à 12 h 00"),
        P("Marché réservé : non"),
        P("Visite obligatoire : non"),
    ]
    bpu = [
        TITLE(B, "Bordereau des prix unitaires – Lot n° 1", "Épicerie, produits secs et conserves", ref),
        P("Le candidat indique un prix unitaire hors taxes pour chaque article. Les quantités annuelles indicatives "
          "ne constituent pas un engagement du syndicat. Commande minimale : 150 € HT."),
        TAB([["Réf.", "Désignation", "Conditionnement", "Quantité annuelle indicative", "Prix unitaire HT"],
             ["E01", "Riz long étuvé", "sac de 5 kg", "420", ""],
             ["E02", "Pâtes alimentaires, coquillettes", "carton de 10 kg", "310", ""],
             ["E03", "Farine de blé T55", "sac de 10 kg", "95", ""],
             ["E04", "Huile de colza", "bidon de 5 l", "140", ""],
             ["E05", "Tomates pelées", "boîte 5/1", "260", ""],
             ["E06", "Haricots verts extra-fins", "boîte 4/4", "380", ""],
             ["E07", "Lentilles vertes", "sac de 5 kg", "120", ""],
             ["E08", "Compote de pomme sans sucre ajouté", "pot de 100 g", "36~000", ""]],
            widths=[0.6, 2.6, 1.4, 1.4, 1.2]),
        P("Le présent bordereau est établi hors taxes ; le taux de TVA applicable est de 5,5 %."),
        P("Cachet et signature du candidat :"),
    ]
    H_ = "SIRC de Sainte-Maëlle-des-Prés – Denrées alimentaires"
    pieces = [
        PIECE("RC.pdf", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=2,
                evidence=["Les prestations sont réparties en deux lots",
                          "Performance en matière de protection de l'environnement"]), hyphen=True),
        PIECE("CCAP.pdf", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=2,
                evidence=["L'accord-cadre est composé de deux lots",
                          "Le titulaire livre les produits frais en caisses réutilisables"])),
        PIECE("avis_boamp.txt", "AVIS", B, "", avis,
              L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=2,
                montant_estime_ht=520000,
                evidence=["Valeur estimée (H.T.) : 520^000 euros", "Nombre de lots : 2",
                          "livraison des produits frais en caisses réutilisables reprises par le titulaire",
                          "performance en matière de protection de l'environnement (15 %)"])),
        PIECE("BPU_lot1.docx", "BPU", H_ + " – BPU lot 1", ref + " – BPU du lot 1", bpu,
              L(allotissement=1, evidence=["Bordereau des prix unitaires – Lot n° 1"])),
    ]
    return dict(
        id="d03-sainte-maelle-denrees", title="SIRC de Sainte-Maëlle-des-Prés – denrées (maximum par lot et par période)",
        pieces=pieces,
        pos=["clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=2, montant_estime_ht=520000, montant_max_ht=590000),
        note=("Maximum : tableau du CCAP par lot et par période (vrai tableau PDF) ; le nombre de reconductions "
              "(deux) n'est que dans le RC art. 4. Lot 1 : 120 000 + 2 × 110 000 = 340 000 ; lot 2 : 90 000 + "
              "2 × 80 000 = 250 000 ; total 590 000. Estimation : 520 000 (avis seul), distincte du maximum. "
              "2 lots. Pièges : commande minimale 150 € HT, franco 300 € HT, 2 300 repas par jour, quantités "
              "indicatives du BPU. Le CCAP seul ne permet pas de totaliser (pièce laissée vide)."))


def d04():
    B = "Communauté d'agglomération de Tréveranne"
    OBJ = "Transport à la demande des personnes à mobilité réduite – service Tréva'Access"
    ref = "Consultation n° CAT-26-TPMR"
    avis = [
        TITLE("Avis de marché", "Directive 2014/24/UE – Services",
              "Supplément au Journal officiel de l'Union européenne – 2026/S 231-771904"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : " + B + ", hôtel d'agglomération, place des Tanneurs, Tréveranne, France. "
          "Adresse du profil d'acheteur : plateforme de dématérialisation de l'agglomération."),
        P("I.4) Type de pouvoir adjudicateur : autorité régionale ou locale"),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : " + OBJ),
        P("II.1.2) Code CPV principal : 60130000"),
        P("II.1.3) Type de marché : Services"),
        P("II.1.4) Description succincte : accord-cadre à bons de commande pour l'exploitation du service de "
          "transport à la demande réservé aux personnes à mobilité réduite."),
        P("II.1.5) Valeur totale estimée : Valeur hors TVA : 1^650^000 EUR"),
        P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Des offres peuvent être "
          "soumises pour tous les lots."),
        H2("II.2) Description – Lot n° 1"),
        P("II.2.1) Intitulé : Secteur urbain (Tréveranne, Saint-Ory, Le Vernois)"),
        P("II.2.5) Critères d'attribution : Critère de qualité – Nom : Qualité du service et organisation de "
          "l'exploitation / Pondération : 40 ; Critère de qualité – Nom : Performance environnementale du parc "
          "de véhicules affecté au service / Pondération : 15 ; Prix – Pondération : 45"),
        P("II.2.7) Durée du contrat : 12 mois. Ce contrat peut être reconduit : oui. Description des modalités ou "
          "du calendrier des reconductions : trois reconductions annuelles."),
        H2("II.2) Description – Lot n° 2"),
        P("II.2.1) Intitulé : Secteur rural (communes du plateau de Gervanne)"),
        P("II.2.5) Critères d'attribution : identiques à ceux du lot n° 1."),
        P("II.2.7) Durée du contrat : 12 mois. Ce contrat peut être reconduit : oui. Description des modalités ou "
          "du calendrier des reconductions : trois reconductions annuelles."),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.1) Habilitation à exercer l'activité professionnelle : inscription au registre des transports "
          "routiers de personnes."),
        P("III.2.2) Conditions particulières d'exécution : clause sociale d'insertion de 1^000 heures au total "
          "sur la durée de l'accord-cadre (lot 1 : 700 heures ; lot 2 : 300 heures) ; véhicules affectés au "
          "service à faibles émissions (voir CCAP)."),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : Procédure ouverte"),
        P("IV.2.2) Date limite de réception des offres : 15 février 2027, 12:00"),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : montant maximum de l'accord-cadre sur sa durée totale, "
          "reconductions comprises : 1^920^000 EUR HT (lot 1 : 1^200^000 EUR HT ; lot 2 : 720^000 EUR HT)."),
    ]
    rc = [
        TITLE(B, "Règlement de la consultation", OBJ, ref),
        H("Article 1 – Objet"),
        P("La consultation porte sur l'exploitation du service de transport à la demande Tréva'Access, réservé aux "
          "personnes titulaires d'une carte mobilité inclusion ou orientées par la commission d'accessibilité."),
        H("Article 2 – Procédure"),
        P("Le montant estimé du besoin dépassant le seuil européen de 216~000 € HT applicable aux marchés de "
          "services des collectivités territoriales, la consultation est passée selon la procédure d'appel "
          "d'offres ouvert."),
        H("Article 3 – Allotissement"),
        P("La consultation est divisée en deux lots géographiques : lot n° 1, secteur urbain ; lot n° 2, secteur "
          "rural. Chaque lot fait l'objet d'un accord-cadre à bons de commande distinct."),
        H("Article 4 – Durée"),
        P("Chaque accord-cadre est conclu pour un an à compter du 1er septembre 2027. Il peut être reconduit "
          "trois fois par période d'un an, par reconduction tacite, sa durée totale ne pouvant excéder "
          "quatre ans."),
    ] + F("RC", "dce", "candidature", "offre") + [
        H("Article # – Critères d'attribution"),
        P("Les offres sont jugées lot par lot selon les critères suivants : prix (45 %) ; qualité du service et "
          "organisation de l'exploitation (40 %) ; performance environnementale du parc de véhicules affecté au "
          "service (15 %), appréciée au vu de la part de véhicules électriques ou hybrides rechargeables et du "
          "plan de formation des conducteurs à l'écoconduite."),
    ] + F("RC", "validite", "envoi")

    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("Le présent cahier s'applique aux deux lots de la consultation (lot n° 1, secteur urbain ; lot n° 2, "
          "secteur rural), chacun exécuté par bons de commande mensuels."),
    ] + F("CCAP", "pieces") + [
        H("Article 3 – Montants"),
        P("Les accords-cadres sont conclus sans montant minimum. Le montant maximum des commandes est fixé, pour "
          "chaque année d'exécution, à :"),
        LST(["lot n° 1 (secteur urbain) : 300~000 € HT ;", "lot n° 2 (secteur rural) : 180~000 € HT."]),
        P("Le bon de commande mensuel émis pour chaque lot ne peut excéder 40~000 € HT."),
        H("Article 4 – Véhicules"),
        P("Les véhicules affectés au service sont des véhicules à faibles émissions au sens de l'article L224-7 "
          "du code de l'environnement dans une proportion d'au moins 50 % dès le début d'exécution et de 80 % à "
          "compter de la deuxième année ; les conducteurs suivent une formation à l'écoconduite dans les six "
          "mois suivant leur affectation."),
        H("Article 5 – Clause sociale d'insertion"),
        P("Le titulaire de chaque lot réserve aux personnes éloignées de l'emploi (demandeurs d'emploi de longue "
          "durée, bénéficiaires du RSA, jeunes sans qualification, travailleurs handicapés) le nombre d'heures "
          "de travail suivant, sur la durée totale de l'accord-cadre :"),
        TAB([["Lot", "Heures d'insertion"], ["Lot n° 1 – Secteur urbain", "700"],
             ["Lot n° 2 – Secteur rural", "300"]], widths=[3, 1.2], align="lr"),
        P("Les heures de formation préalable à l'embauche, dans la limite de 70 heures par personne, sont "
          "comptées dans ce volume."),
    ] + F("CCAP", "prix", "avance", "paiement", "penalites", "assurance", "resiliation",
          indice="des prix à la consommation – services de transport", rc="5~000~000")

    cctp = [
        TITLE(B, "Cahier des clauses techniques particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("Le présent cahier fixe les prescriptions techniques communes aux deux lots du service Tréva'Access."),
        H("Article 2 – Usagers et réservations"),
        P("En 2025, le service a réalisé 21~400 courses pour 1~180 usagers inscrits. Les réservations sont "
          "prises par la centrale de l'agglomération jusqu'à la veille à 17 h 00 ; le titulaire reçoit chaque "
          "soir la feuille de route du lendemain."),
        H("Article 3 – Véhicules"),
        P("Les véhicules comportent au plus neuf places, dont au moins deux emplacements pour fauteuil roulant, "
          "une rampe ou un hayon élévateur et des ancrages homologués. Au moins la moitié des véhicules affectés "
          "est électrique ou hybride rechargeable ; le titulaire communique chaque année le kilométrage parcouru "
          "et les consommations d'énergie du parc."),
        H("Article 4 – Conducteurs"),
        P("Les conducteurs sont titulaires du permis D ou, pour les véhicules de moins de dix places, du permis B "
          "depuis plus de trois ans, et suivent une formation à l'accueil des personnes handicapées."),
        H("Article 5 – Qualité de service"),
        P("Le retard à la prise en charge ne peut excéder 10 minutes. Le titulaire transmet chaque mois le nombre "
          "de courses réalisées, annulées et refusées, ainsi que les réclamations reçues."),
    ] + F("CCTP", "refs", "reunions", "securite")
    H_ = "CA de Tréveranne – Tréva'Access"
    pieces = [
        PIECE("avis_JOUE.txt", "AVIS", B, "", avis,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, clause_environnementale=1,
                critere_environnemental=1, allotissement=1, nb_lots=2, montant_estime_ht=1650000,
                montant_max_ht=1920000,
                evidence=["Valeur hors TVA : 1^650^000 EUR", "Ce marché est divisé en lots : oui",
                          "clause sociale d'insertion de 1^000 heures au total",
                          "véhicules affectés au service à faibles émissions",
                          "Performance environnementale du parc de véhicules",
                          "reconductions comprises : 1^920^000 EUR HT"])),
        PIECE("RC.docx", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=2,
                evidence=["La consultation est divisée en deux lots géographiques",
                          "performance environnementale du parc de véhicules affecté au service (15 %)"])),
        PIECE("CCAP.pdf", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1000, clause_environnementale=1,
                allotissement=1, nb_lots=2, montant_max_ht=480000,
                evidence=["lot n° 1 (secteur urbain) : 300~000 € HT", "lot n° 2 (secteur rural) : 180~000 € HT",
                          "[maxima annuels : 300 000 + 180 000 = 480 000]",
                          "Lot n° 1 – Secteur urbain 700", "Lot n° 2 – Secteur rural 300",
                          "véhicules à faibles émissions"]), hyphen=True, cols=2),
        PIECE("CCTP.pdf", "CCTP", H_ + " – CCTP", ref + " – CCTP", cctp,
              L(clause_environnementale=1, allotissement=1, nb_lots=2,
                evidence=["prescriptions techniques communes aux deux lots",
                          "Au moins la moitié des véhicules affectés est électrique ou hybride rechargeable"])),
    ]
    return dict(
        id="d04-treveranne-tpmr", title="CA de Tréveranne – transport PMR (total dans l'avis, ventilation au CCAP)",
        pieces=pieces,
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1000, allotissement=1, nb_lots=2, montant_estime_ht=1650000,
                 montant_max_ht=1920000),
        note=("Maximum : l'avis (VI.3) donne le total 1 920 000 sur la durée totale ; le CCAP (deux colonnes) donne "
              "la ventilation annuelle par lot 300 000 + 180 000 = 480 000 par an, et le RC la durée (1 an + 3 "
              "reconductions) : 480 000 × 4 = 1 920 000, même valeur, à ne pas additionner à l'avis. Estimation : "
              "1 650 000 (avis II.1.5), distincte du maximum. Heures : 700 + 300 = 1 000 (CCAP ; total écrit dans "
              "l'avis). Pièges : seuil 216 000, bon mensuel 40 000, 70 heures de formation par personne, "
              "21 400 courses, assurance 5 000 000."))


def d05():
    B = "Ville de Fonsalbe"
    OBJ = "Accord-cadre d'entretien des espaces verts du parc des Fontaines et des cheminements communaux"
    ref = "Consultation n° FSB-2026-11"
    rc = [
        TITLE(B, "Règlement de la consultation", OBJ, ref + " – Appel d'offres ouvert – Marché réservé"),
        H("Article 1 – Objet"),
        P("La consultation porte sur la tonte, la taille, le désherbage manuel, le ramassage des feuilles et "
          "l'entretien des massifs et des cheminements du parc des Fontaines (14 hectares) ainsi que des abords "
          "des équipements communaux."),
        H("Article 2 – Marché réservé"),
        P("En application de l'article L2113-13 du code de la commande publique, le présent accord-cadre est "
          "réservé aux structures d'insertion par l'activité économique mentionnées à l'article L5132-4 du code "
          "du travail (entreprises d'insertion, associations intermédiaires, ateliers et chantiers d'insertion) "
          "ainsi qu'aux structures équivalentes."),
        H("Article 3 – Allotissement"),
        P("Le présent accord-cadre n'est pas divisé en lots : les prestations, concentrées sur un même site et "
          "réalisées par une même équipe, forment un ensemble indissociable."),
        H("Article 4 – Durée"),
        P("L'accord-cadre est conclu pour un an à compter du 1er mars 2027, reconductible trois fois par période "
          "d'un an."),
        H("Article 5 – Procédure"),
        P("La consultation est passée selon la procédure d'appel d'offres ouvert prévue à l'article R2124-2 du "
          "code de la commande publique."),
    ] + F("RC", "dce", "candidature", "offre", pages="10") + [
        H("Article # – Critères d'attribution"),
        TAB([["Critère", "Pondération"], ["Prix", "40 %"],
             ["Valeur technique (organisation, moyens, calendrier d'intervention)", "35 %"],
             ["Qualité de l'accompagnement socioprofessionnel des salariés en parcours d'insertion (encadrement "
              "technique, formation, suivi vers l'emploi durable)", "25 %"]], widths=[4, 1], align="lr"),
    ] + F("RC", "validite", "envoi")

    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet et forme"),
        P("Le présent cahier régit l'accord-cadre mono-attributaire à bons de commande relatif à l'entretien des "
          "espaces verts du parc des Fontaines et des cheminements communaux."),
    ] + F("CCAP", "pieces") + [
        H("Article 3 – Durée"),
        P("La durée est fixée à un an à compter du 1er mars 2027 ; l'accord-cadre est reconductible tacitement "
          "trois fois par période d'un an."),
        H("Article 4 – Montant"),
        P("L'accord-cadre est conclu sans montant minimum et avec un montant maximum de 640~000 € HT pour sa durée "
          "totale, reconductions comprises."),
        P("À titre d'information, les commandes passées au titre du précédent marché (2022-2025) se sont élevées "
          "en moyenne à 118~400 € HT par an."),
        H("Article 5 – Prescriptions environnementales d'exécution"),
        P("Aucun produit phytopharmaceutique n'est employé, y compris sur les cheminements et les allées du "
          "cimetière paysager. Les déchets de tonte et de taille sont broyés et laissés sur place en paillage ou "
          "apportés à la plateforme de compostage communale ; leur mise en décharge est interdite. Le petit "
          "outillage à moteur (souffleurs, taille-haies, débroussailleuses) est électrique sur batterie."),
    ] + F("CCAP", "prix", "paiement", "penalites", "resiliation",
          indice="des prix de production des services d'aménagement paysager")

    cctp = [
        TITLE(B, "Cahier des clauses techniques particulières", OBJ, ref),
        H("Article 1 – Objet et consistance"),
        P("Le présent cahier décrit les prestations d'entretien du parc des Fontaines et des cheminements "
          "communaux. Pour mémoire, le montant maximum annuel de l'accord-cadre est de 120¦SB¦000 € HT."),
        H("Article 2 – Gestion différenciée"),
        P("Les espaces sont répartis en trois classes d'entretien. Classe 1 (abords de l'hôtel de ville, entrée "
          "du parc) : tonte tous les dix jours d'avril à octobre. Classe 2 (pelouses de détente) : tonte "
          "mensuelle. Classe 3 (prairies) : fauche tardive annuelle après le 15 juillet, pour favoriser la "
          "biodiversité."),
        H("Article 3 – Désherbage et paillage"),
        P("Le désherbage est exclusivement manuel, mécanique ou thermique ; aucun produit phytopharmaceutique "
          "n'est autorisé. Les massifs sont paillés avec les broyats issus des tailles du parc."),
        H("Article 4 – Taille des arbustes et des haies"),
        P("Les haies sont taillées deux fois par an, hors période de nidification (du 15 mars au 31 juillet). "
          "Les arbustes à fleurs sont taillés après floraison. Les tailles sévères sont soumises à l'accord du "
          "responsable des espaces verts."),
        H("Article 5 – Feuilles et déchets diffus"),
        P("Les feuilles sont ramassées sur les cheminements et les pelouses de classe 1 d'octobre à décembre et "
          "compostées sur la plateforme communale. Les déchets diffus (papiers, canettes) sont collectés deux "
          "fois par semaine et triés avant dépôt en déchèterie."),
        H("Article 6 – Calendrier d'intervention"),
        P("Le titulaire remet chaque mois un planning prévisionnel des interventions. Il intervient du lundi au "
          "vendredi entre 7 h 30 et 17 h 00 ; aucune intervention bruyante n'a lieu avant 8 h 00."),
    ] + F("CCTP", "refs", "securite")

    ae = [
        TITLE(B, "Acte d'engagement", OBJ, ref + " – Marché réservé"),
    ] + F("AE", "contractant") + [
        H("Article # – Déclaration relative à la réservation"),
        P("Le marché étant réservé en application de l'article L2113-13 du code de la commande publique, le "
          "candidat déclare être une structure d'insertion par l'activité économique conventionnée au titre de "
          "l'article L5132-4 du code du travail, ou une structure équivalente : [ ] entreprise d'insertion ; "
          "[ ] association intermédiaire ; [ ] atelier et chantier d'insertion ; [ ] structure équivalente "
          "(préciser) : ………………"),
        H("Article # – Prix et montant"),
        P("Les prestations sont réglées aux prix unitaires du bordereau. Le montant maximum de l'accord-cadre est "
          "fixé à l'article 4 du cahier des clauses administratives particulières."),
    ] + F("AE", "paiement", "signature", ville="Fonsalbe")
    H_ = B + " – Espaces verts du parc des Fontaines"
    pieces = [
        PIECE("01_RC.pdf", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc,
              L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", allotissement=0,
                evidence=["En application de l'article L2113-13 du code de la commande publique, le présent "
                          "accord-cadre est réservé",
                          "Qualité de l'accompagnement socioprofessionnel des salariés en parcours d'insertion",
                          "Le présent accord-cadre n'est pas divisé en lots"])),
        PIECE("02_CCAP.docx", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_environnementale=1, montant_max_ht=640000,
                evidence=["montant maximum de 640~000 € HT pour sa durée totale",
                          "Aucun produit phytopharmaceutique n'est employé"])),
        PIECE("03_CCTP.pdf", "CCTP", H_ + " – CCTP", ref + " – CCTP", cctp,
              L(clause_environnementale=1, montant_max_ht=120000,
                evidence=["le montant maximum annuel de l'accord-cadre est de 120~000 € HT",
                          "aucun produit phytopharmaceutique n'est autorisé"]), hyphen=True, cols=2),
        PIECE("04_AE.pdf", "AE", H_ + " – AE", ref + " – Acte d'engagement", ae,
              L(marche_reserve=1, reserve_base="L2113-13",
                evidence=["Le marché étant réservé en application de l'article L2113-13 du code de la commande "
                          "publique"])),
    ]
    return dict(
        id="d05-fonsalbe-espaces-verts", title="Ville de Fonsalbe – espaces verts (réservé SIAE ; CCTP périmé)",
        pieces=pieces,
        pos=["critere_social", "marche_reserve", "clause_environnementale"],
        values=V(allotissement=0, montant_max_ht=640000, reserve_base="L2113-13"),
        note=("Maximum : 640 000 € HT pour la durée totale (CCAP art. 4). Le CCTP (deux colonnes) rappelle un "
              "« montant maximum annuel » de 120 000 € HT, périmé (il donnerait 4 × 120 000 = 480 000) : le CCAP "
              "prime. Le précédent marché (118 400 € HT par an) est écarté. Réservé L2113-13 (RC art. 2, AE). "
              "Non alloti (RC art. 3). Aucune clause d'insertion ni heures (le marché réservé n'en a pas) ; le "
              "critère « accompagnement socioprofessionnel » est un critère social."))


def d06():
    B = "Syndicat mixte Rocheclaire Numérique"
    OBJ = "Fourniture de matériels informatiques et prestations associées pour les collectivités membres"
    ref = "Consultation n° SMRN-2026-02"
    rc = [
        TITLE(B, "Règlement de la consultation", OBJ, ref + " – Appel d'offres ouvert"),
        H("Article 1 – Objet"),
        P("La consultation porte sur la fourniture, la livraison, l'installation et la garantie de matériels "
          "informatiques. Le syndicat agit en qualité de centrale d'achat pour ses 42 collectivités membres."),
        H("Article 2 – Lots"),
        TAB([["Lot", "Intitulé"], ["1", "Postes de travail fixes et portables"], ["2", "Écrans et périphériques"],
             ["3", "Serveurs et baies de stockage"], ["4", "Équipements actifs de réseau"]],
            widths=[0.6, 4]),
        P("Les lots sont attribués séparément ; un candidat peut répondre à plusieurs lots."),
        H("Article 3 – Durée"),
        P("Chaque accord-cadre est conclu pour une durée ferme de 48 mois à compter de sa notification, sans "
          "reconduction."),
        H("Article 4 – Estimation"),
        P("Le montant estimatif des besoins, pour l'ensemble des lots et sur la durée totale, est évalué à "
          "720 k€ HT. Cette estimation est fournie à titre indicatif ; les montants maximum de chaque lot figurent "
          "au cahier des clauses administratives particulières."),
    ] + F("RC", "dce", "candidature", "offre") + [
        H("Article # – Critères d'attribution"),
        P("Prix (50 %) ; valeur technique (30 %) ; performances environnementales (20 %), appréciées au vu de la "
          "consommation électrique des matériels, de leur indice de réparabilité, de la durée de disponibilité "
          "des pièces détachées et des modalités de reprise des matériels usagés."),
    ] + F("RC", "validite", "envoi")

    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("Le marché porte sur la fourniture de matériels informatiques. Il est divisé en quatre lots, chacun "
          "faisant l'objet d'un accord-cadre à bons de commande mono-attributaire d'une durée de 48 mois."),
    ] + F("CCAP", "pieces") + [
        H("Article 3 – Montants"),
        P("Les accords-cadres sont conclus sans montant minimum. Les montants maximum, valables pour la durée "
          "totale de 48 mois, et les plafonds unitaires des bons de commande sont les suivants (montants en "
          "milliers d'euros hors taxes) :"),
        RTAB([["Lot", "Intitulé", "Maximum sur 48 mois (k€ HT)", "Plafond d'un bon de commande (k€ HT)"],
              ["1", "Postes de travail fixes et portables", "480", "60"],
              ["2", "Écrans et périphériques", "260", "25"],
              ["3", "Serveurs et baies de stockage", "135", "45"],
              ["4", "Équipements actifs de réseau", "75", "15"],
              ["", "Total", "950", "—"]], widths=[0.5, 2.6, 1.4, 1.4], align="llrr", bold_last=True),
        H("Article 4 – Livraison et garantie"),
        P("Les matériels sont livrés dans un délai de 15 jours ouvrés, installés et mis en service sur site. Ils "
          "bénéficient d'une garantie de 5 ans pièces, main-d'œuvre et déplacement."),
        H("Article 5 – Conditions sociales d'exécution"),
        P("Le titulaire s'assure que les matériels livrés sont fabriqués dans le respect des conventions "
          "fondamentales de l'Organisation internationale du travail, notamment en matière de travail des "
          "enfants, de travail forcé, de liberté syndicale et de non-discrimination. Il remet, dans les trois "
          "mois suivant la notification, une déclaration décrivant les mesures de contrôle de sa chaîne "
          "d'approvisionnement et, à la demande de l'acheteur, les rapports d'audit des sites d'assemblage."),
        H("Article 6 – Conditions environnementales d'exécution"),
        P("Les matériels sont certifiés TCO Certified ou EPEAT Gold, ou justifient de caractéristiques "
          "équivalentes. Le titulaire reprend sans frais les emballages à la livraison et, sur demande, les "
          "matériels usagés remplacés, qu'il oriente en priorité vers le réemploi ; il remet un certificat de "
          "traitement conforme à la réglementation des déchets d'équipements électriques et électroniques."),
    ] + F("CCAP", "prix", "paiement", "penalites", "resiliation",
          indice="des prix de production de l'industrie – matériels informatiques")

    cctp = [
        TITLE(B, "Cahier des clauses techniques particulières – Lot n° 1", "Postes de travail fixes et portables", ref),
        H("Article 1 – Objet"),
        P("Le présent cahier fixe les caractéristiques minimales des postes de travail du lot n° 1."),
        H("Article 2 – Postes fixes"),
        LST(["processeur de dernière génération, 8 cœurs au minimum ;", "mémoire vive de 16 Go, extensible à 32 Go ;",
             "disque SSD NVMe de 512 Go ;", "boîtier de petit format, fixation VESA ;",
             "système d'exploitation professionnel préinstallé."]),
        H("Article 3 – Postes portables"),
        LST(["écran de 14 pouces, résolution 1920 × 1080 au minimum ;", "poids inférieur à 1,5 kg ;",
             "autonomie annoncée d'au moins 10 heures ;", "deux ports USB-C dont un compatible alimentation."]),
        H("Article 4 – Réparabilité et fin de vie"),
        P("Les modèles proposés disposent d'un indice de réparabilité d'au moins 8 sur 10 et de pièces détachées "
          "disponibles pendant sept ans. À chaque livraison, le titulaire reprend sans frais les postes remplacés "
          "désignés par l'acheteur, efface les données selon une méthode certifiée et les oriente vers une "
          "filière de réemploi ou, à défaut, de recyclage."),
        H("Article 5 – Garantie et maintenance"),
        P("La garantie de 5 ans comprend l'intervention sur site le jour ouvré suivant l'appel. Les disques "
          "défectueux restent la propriété de l'acheteur."),
    ] + F("CCTP", "refs")

    bpu = [
        TITLE(B, "Bordereau des prix unitaires – Lot n° 2", "Écrans et périphériques", ref),
        P("Prix unitaires hors taxes, livraison, installation et garantie comprises. Les quantités sont "
          "indicatives et n'engagent pas le syndicat."),
        RTAB([["Réf.", "Désignation", "Quantité indicative sur 48 mois", "Prix unitaire HT", "Écoparticipation HT"],
              ["2.1", "Écran 24 pouces, dalle IPS, réglable en hauteur", "1~200", "", ""],
              ["2.2", "Écran 27 pouces QHD", "300", "", ""],
              ["2.3", "Station d'accueil USB-C", "900", "", ""],
              ["2.4", "Imprimante laser monochrome A4 réseau", "150", "", ""],
              ["2.5", "Multifonction couleur A3", "40", "", ""],
              ["2.6", "Clavier et souris filaires", "1~500", "", ""]],
             widths=[0.6, 2.8, 1.2, 1.1, 1.1], align="llrrr"),
        P("Cachet et signature du candidat :"),
    ]
    H_ = "Rocheclaire Numérique – Matériels informatiques"
    pieces = [
        PIECE("RC.docx", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc,
              L(critere_environnemental=1, allotissement=1, nb_lots=4, montant_estime_ht=720000,
                evidence=["Les lots sont attribués séparément", "[tableau des lots 1 à 4]",
                          "est évalué à 720 k€ HT", "performances environnementales (20 %)"])),
        PIECE("CCAP.pdf", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=4, montant_max_ht=950000,
                evidence=["Il est divisé en quatre lots", "Total 950", "[k€ HT : 480 + 260 + 135 + 75 = 950 k€]",
                          "dans le respect des conventions fondamentales de l'Organisation internationale du travail",
                          "Le titulaire reprend sans frais les emballages"])),
        PIECE("CCTP_lot1.pdf", "CCTP", H_ + " – CCTP lot 1", ref + " – CCTP du lot 1", cctp,
              L(clause_environnementale=1, allotissement=1,
                evidence=["Cahier des clauses techniques particulières – Lot n° 1",
                          "le titulaire reprend sans frais les postes remplacés"]), hyphen=True),
        PIECE("BPU_lot2.pdf", "BPU", H_ + " – BPU lot 2", ref + " – BPU du lot 2", bpu,
              L(allotissement=1, evidence=["Bordereau des prix unitaires – Lot n° 2"])),
    ]
    return dict(
        id="d06-rocheclaire-informatique", title="Rocheclaire Numérique – informatique (tableau en k€, 4 lots)",
        pieces=pieces,
        pos=["clause_sociale", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=4, montant_estime_ht=720000, montant_max_ht=950000),
        note=("Maximum : vrai tableau PDF du CCAP en k€ HT, maxima sur 48 mois 480 + 260 + 135 + 75 = 950 k€ "
              "(ligne Total) = 950 000 ; la colonne « plafond d'un bon de commande » (60, 25, 45, 15 k€) est un "
              "piège. Estimation : 720 k€ HT (RC art. 4) = 720 000. 4 lots. Clause sociale OIT sans insertion. "
              "Pièges : garantie 5 ans, 42 collectivités, quantités indicatives du BPU."))


def d07():
    B = "Ombreval Habitat"
    OBJ = "Accords-cadres de travaux d'entretien et de remise en état des logements"
    ref = "Consultation n° OH-2026-AC05"
    lots = [("1", "Plomberie – sanitaires", "400", "200~000 €"), ("2", "Électricité", "300", "150~000 €"),
            ("3", "Peinture – revêtements muraux", "600", "260~000 €"),
            ("4", "Menuiseries intérieures et extérieures", "250", "120~000 €"),
            ("5", "Revêtements de sols souples", "150", "70~000 €")]
    rc = [
        TITLE(B + " – Office public de l'habitat", "Règlement de la consultation", OBJ, ref),
        H("Article 1 – Objet"),
        P("La consultation porte sur les travaux de remise en état des logements libérés avant relocation et sur "
          "les travaux d'entretien courant du patrimoine d'Ombreval Habitat (3~800 logements)."),
        H("Article 2 – Allotissement"),
        P("La consultation est divisée en cinq lots :"),
        TAB([["Lot", "Désignation"]] + [[a, b] for a, b, _, _ in lots], widths=[0.6, 4]),
        H("Article 3 – Durée"),
        P("Chaque accord-cadre est conclu pour une durée d'un an à compter de sa notification, reconductible trois "
          "fois par tacite reconduction pour une durée d'un an."),
        H("Article 4 – Estimation"),
        P("Le montant estimé de l'ensemble des lots, sur la durée totale des accords-cadres, est de "
          "2¦SB¦600~000 € HT."),
        H("Article 5 – Procédure"),
        P("La consultation est passée selon la procédure adaptée ouverte prévue à l'article R2123-1 du code de "
          "la commande publique."),
        H("Article 6 – Clause sociale d'insertion"),
        P("Chaque lot comporte une clause d'insertion dont le volume, fixé à l'article 10 du cahier des clauses "
          "administratives particulières, est rappelé ci-dessous :"),
        TAB([["Lot", "Heures d'insertion sur la durée totale"]] + [[a + " – " + b, c] for a, b, c, _ in lots],
            widths=[3, 1.6], align="lr"),
        P("Pour mémoire, les accords-cadres précédents (2021-2025) ont permis de réaliser 2~150 heures "
          "d'insertion."),
    ] + F("RC", "dce", "candidature", "offre") + [
        H("Article # – Critères d'attribution"),
        TAB([["Critère", "Pondération"], ["Prix", "50 %"], ["Valeur technique", "35 %"],
             ["Performance en matière d'insertion professionnelle : parcours proposés, tutorat, formations "
              "qualifiantes", "15 %"]], widths=[4, 1], align="lr"),
    ] + F("RC", "envoi")

    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("Le présent cahier s'applique aux cinq lots de la consultation, chacun faisant l'objet d'un "
          "accord-cadre à bons de commande mono-attributaire."),
    ] + F("CCAP", "pieces", ccag="travaux") + [
        H("Article 3 – Bons de commande"),
        P("Chaque bon de commande correspond à un logement ou à une intervention ; son montant ne peut dépasser "
          "25~000 € HT."),
        H("Article 4 – Montants maximum annuels"),
        P("Les accords-cadres sont conclus sans montant minimum. Pour chaque période annuelle d'exécution, le "
          "montant maximum des commandes de chaque lot est fixé comme suit :"),
        RTAB([["Lot", "Désignation", "Montant maximum annuel HT"]] + [[a, b, d] for a, b, _, d in lots],
             widths=[0.6, 3, 1.6], align="llr"),
        P("La durée des accords-cadres et leurs reconductions sont fixées par le règlement de la consultation."),
    ] + F("CCAP", "prix", "avance", "garantie", indice="BT01 (tous corps d'état)") + [
        H("Article 8 – Chantiers à faibles nuisances"),
        P("Le titulaire trie les déchets de chantier en au moins cinq flux (bois, métaux, plâtre, inertes, "
          "déchets non dangereux en mélange) et remet les bordereaux de suivi. Les peintures et colles employées "
          "bénéficient de l'étiquetage A+ relatif aux émissions dans l'air intérieur et, pour les peintures, de "
          "l'Écolabel européen."),
        H("Article 9 – Délais d'intervention"),
        P("Les travaux de remise en état d'un logement vacant sont achevés dans un délai de 15 jours calendaires "
          "à compter de la réception du bon de commande ; les dépannages urgents sont assurés dans les 4 heures."),
        H("Article 10 – Clause sociale d'insertion"),
        P("Le titulaire de chaque lot réalise, sur la durée totale de l'accord-cadre, reconductions comprises, le "
          "nombre d'heures d'insertion suivant :"),
        RTAB([["Lot", "Heures d'insertion"]] + [[a, c] for a, _, c, _ in lots], widths=[1, 1.4], align="lr"),
        P("Les heures sont réalisées par des personnes éloignées de l'emploi, dont l'éligibilité est validée par "
          "le facilitateur de la Maison de l'emploi d'Ombreval. Une pénalité de 45 € HT est appliquée par heure "
          "non réalisée."),
    ] + F("CCAP", "penalites", "resiliation")

    ae = [
        TITLE(B, "Acte d'engagement – Lot n° 3", "Peinture – revêtements muraux", OBJ + " – " + ref),
    ] + F("AE", "contractant") + [
        H("Article # – Montant"),
        P("L'accord-cadre du lot n° 3 est conclu sans montant minimum. Le montant maximum des commandes est de "
          "260~000 € HT par période annuelle d'exécution."),
        H("Article # – Clause d'insertion"),
        P("Le titulaire s'engage à réaliser 600 heures d'insertion sur la durée totale de l'accord-cadre, "
          "conformément à l'article 10 du cahier des clauses administratives particulières."),
    ] + F("AE", "paiement", "signature", ville="Ombreval")
    H_ = B + " – Entretien des logements"
    pieces = [
        PIECE("RC_OH-2026-AC05.pdf", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1700, critere_social=1, allotissement=1,
                nb_lots=5, montant_estime_ht=2600000,
                evidence=["La consultation est divisée en cinq lots",
                          "sur la durée totale des accords-cadres, est de 2~600~000 € HT",
                          "Chaque lot comporte une clause d'insertion",
                          "[heures par lot : 400 + 300 + 600 + 250 + 150 = 1 700]",
                          "Performance en matière d'insertion professionnelle"]), hyphen=True),
        PIECE("CCAP_OH-2026-AC05.pdf", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1700, clause_environnementale=1,
                allotissement=1, nb_lots=5, montant_max_ht=800000,
                evidence=["aux cinq lots", "montant maximum des commandes de chaque lot est fixé comme suit",
                          "[maxima annuels : 200 000 + 150 000 + 260 000 + 120 000 + 70 000 = 800 000]",
                          "[heures : 400 + 300 + 600 + 250 + 150 = 1 700]",
                          "trie les déchets de chantier en au moins cinq flux"])),
        PIECE("AE_lot3.docx", "AE", H_ + " – AE lot 3", ref + " – Acte d'engagement du lot 3", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=600, allotissement=1, montant_max_ht=260000,
                evidence=["Acte d'engagement – Lot n° 3", "260~000 € HT par période annuelle d'exécution",
                          "600 heures d'insertion sur la durée totale"])),
    ]
    return dict(
        id="d07-ombreval-logements", title="Ombreval Habitat – entretien des logements (5 lots, heures au CCAP et au RC)",
        pieces=pieces,
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        values=V(heures_insertion=1700, allotissement=1, nb_lots=5, montant_estime_ht=2600000,
                 montant_max_ht=3200000),
        note=("Maximum : maxima annuels par lot (vrai tableau PDF du CCAP, sans ligne total) 200 000 + 150 000 + "
              "260 000 + 120 000 + 70 000 = 800 000 par an ; durée dans le RC seul (1 an + 3 reconductions) : "
              "800 000 × 4 = 3 200 000. Heures : 400 + 300 + 600 + 250 + 150 = 1 700, écrites deux fois (CCAP "
              "art. 10 et RC art. 6) et comptées une fois ; l'AE du lot 3 (600) en fait partie ; 2 150 heures des "
              "accords-cadres précédents écartées. Estimation 2 600 000 (RC art. 4). Pièges : bon de commande "
              "25 000, dépannage 4 heures, 3 800 logements."))


def d08():
    B = "Centre communal d'action sociale de Ventabrès"
    OBJ = "Confection et livraison de repas à domicile"
    ref = "Marché n° CCAS-VTB-2026-01"
    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("Le marché porte sur la confection en liaison froide et la livraison à domicile de repas destinés aux "
          "personnes âgées et aux personnes handicapées de la commune, soit environ 160 repas par jour, sept "
          "jours sur sept."),
        H("Article 2 – Forme du marché"),
        P("Il s'agit d'un accord-cadre mono-attributaire exécuté par bons de commande mensuels. Sa durée est "
          "fixée par le règlement de la consultation."),
    ] + F("CCAP", "pieces") + [
        H("Article 4 – Montant"),
        P("L'accord-cadre est conclu sans minimum. Le montant maximum annuel est fixé à 210¦SB¦000 € HT, soit "
          "221~550 € TTC au taux de TVA de 5,5 %."),
        H("Article 5 – Clause sociale d'insertion"),
        P("Le titulaire réalise au moins 500 heures d'insertion par année d'exécution du marché, au profit de "
          "personnes éloignées de l'emploi, notamment pour les postes de livreur et d'aide de cuisine. Il peut "
          "recourir à l'embauche directe, à une association intermédiaire ou à une entreprise de travail "
          "temporaire d'insertion."),
        P("Le titulaire transmet chaque trimestre au CCAS un état anonymisé des heures réalisées et des "
          "parcours des personnes concernées."),
    ] + F("CCAP", "prix", "paiement", "penalites", "assurance", "resiliation",
          indice="des prix à la consommation – restauration collective", pen_jour="250")

    rc = [
        TITLE(B, "Règlement de la consultation", OBJ, ref),
        H("Article 1 – Objet et procédure"),
        P("Le marché relève des services sociaux et autres services spécifiques ; il est passé selon la "
          "procédure adaptée en application de l'article R2123-1 3° du code de la commande publique."),
        H("Article 2 – Lot unique"),
        P("La consultation fait l'objet d'un lot unique, la confection et la livraison des repas ne pouvant être "
          "dissociées sans rompre la chaîne du froid."),
        H("Article 3 – Durée"),
        P("Le marché est conclu pour un an à compter du 1er janvier 2027. Il est reconductible deux fois par "
          "période d'un an, sur décision expresse du CCAS notifiée trois mois avant l'échéance."),
    ] + F("RC", "dce", "candidature", "offre") + [
        H("Article # – Critères d'attribution"),
        P("Prix (40 %) ; qualité des repas (35 %), appréciée sur menus types et dégustation ; organisation des "
          "livraisons et qualité du lien avec les bénéficiaires (25 %)."),
    ] + F("RC", "validite", "envoi", validite="90")

    qr = [
        TITLE(B, "Questions des candidats et réponses de l'acheteur", OBJ + " – " + ref,
              "Registre arrêté au 3 décembre 2026"),
        H2("Question n° 1 (reçue le 18 novembre 2026)"),
        P("Pouvez-vous indiquer le nombre de repas livrés en 2025 et le montant facturé par le titulaire actuel ?"),
        P("Réponse : 38~600 repas ont été livrés en 2025, pour un montant de 198~700 € HT au titre du marché "
          "précédent."),
        H2("Question n° 2 (reçue le 20 novembre 2026)"),
        P("Les repas du dimanche peuvent-ils être livrés le samedi ?"),
        P("Réponse : oui, les repas du dimanche et des jours fériés sont livrés la veille, avant 12 h 00."),
        H2("Question n° 3 (reçue le 24 novembre 2026)"),
        P("Le volume d'heures d'insertion prévu à l'article 5 du CCAP est-il annuel ou global ?"),
        P("Réponse : le CCAP fixe un volume annuel de 500 heures par année d'exécution. Sur la durée maximale du "
          "marché, soit trois ans reconductions comprises, l'engagement représente donc 1~500 heures "
          "d'insertion."),
        H2("Question n° 4 (reçue le 27 novembre 2026)"),
        P("Le titulaire doit-il fournir les réfrigérateurs des bénéficiaires ?"),
        P("Réponse : non. Le titulaire vérifie seulement, lors de la première livraison, que le bénéficiaire "
          "dispose d'un moyen de conservation au froid et signale toute difficulté au CCAS."),
    ]
    H_ = "CCAS de Ventabrès – Portage de repas"
    pieces = [
        PIECE("CCAP.pdf", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=500, montant_max_ht=210000,
                evidence=["Le montant maximum annuel est fixé à 210~000 € HT",
                          "au moins 500 heures d'insertion par année d'exécution du marché"]), hyphen=True),
        PIECE("RC.docx", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc,
              L(allotissement=0, evidence=["La consultation fait l'objet d'un lot unique"])),
        PIECE("Questions-reponses.pdf", "QR", H_ + " – Questions et réponses", ref + " – Registre des questions",
              qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1500,
                evidence=["l'engagement représente donc 1~500 heures d'insertion"])),
    ]
    return dict(
        id="d08-ventabres-portage", title="CCAS de Ventabrès – portage de repas (heures par an, total écrit dans le Q&R)",
        pieces=pieces,
        pos=["clause_sociale", "clause_insertion"],
        values=V(heures_insertion=1500, allotissement=0, montant_max_ht=630000),
        note=("Maximum : 210 000 € HT par an (CCAP art. 4 ; 221 550 TTC écarté) ; durée dans le RC seul : 1 an + 2 "
              "reconductions = 3 ans ; 3 × 210 000 = 630 000. Heures : le CCAP écrit 500 heures par année "
              "d'exécution ; le registre des questions-réponses écrit le total « 1 500 heures » sur trois ans : "
              "le total écrit est retenu (convention de blind_values_6 : valeur écrite, total écrit préféré au "
              "chiffre annuel). Lot unique : allotissement 0, nb_lots vide. Pièges : 38 600 repas et 198 700 € HT "
              "du marché précédent (Q&R), 160 repas par jour."))


def d09():
    B = "Syndicat des eaux de la vallée du Lozérac"
    OBJ = "Pose, remplacement et relève de compteurs d'eau potable"
    ref = "Consultation n° SEVL-2026-04"
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Annonce n° 26-201177 – Services"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : " + B + " (SEVL)"),
        P("Type d'acheteur : entité adjudicatrice"),
        H("Section 2 : Communication"),
        P("Lien vers le dossier : profil d'acheteur du syndicat"),
        H("Section 4 : Identification du marché"),
        P("Intitulé du marché : " + OBJ),
        P("Code CPV principal : 50411100"),
        P("Type de marché : Services"),
        P("Description succincte du marché : accord-cadre mono-attributaire à bons de commande, sans montant "
          "minimum, portant sur le remplacement des compteurs d'eau et la pose de têtes émettrices de "
          "télérelève."),
        P("Durée du marché (en mois) : 48"),
        P("Reconductions : non"),
        H("Section 6 : Conditions"),
        P("Clause sociale d'insertion : oui (voir CCAP)"),
        P("Critères d'attribution : prix (60 %) ; valeur technique (40 %)."),
        H("Section 7 : Renseignements complémentaires"),
        P("Date limite de réception des offres : 8 février 2027 à 16 h 00"),
        P("Visite obligatoire : non"),
    ]
    rc = [
        TITLE(B, "Règlement de la consultation", OBJ, ref + " – Appel d'offres ouvert"),
        H("Article 1 – Objet"),
        P("La consultation porte sur le remplacement des compteurs d'eau de plus de quinze ans, la pose de "
          "compteurs neufs et de têtes émettrices de télérelève, ainsi que la relève des index chez les abonnés "
          "non encore équipés."),
        H("Article 2 – Procédure"),
        P("Le syndicat agit en qualité d'entité adjudicatrice. Le montant estimé du besoin excédant le seuil "
          "européen de 432~000 € HT applicable aux entités adjudicatrices, la consultation est passée selon la "
          "procédure d'appel d'offres ouvert."),
        H("Article 3 – Durée"),
        P("L'accord-cadre est conclu pour une durée de 48 mois à compter de sa notification. Il n'est pas "
          "reconductible."),
    ] + F("RC", "dce", "candidature", "offre") + [
        H("Article # – Critères d'attribution"),
        P("Prix (60 %), apprécié sur un détail quantitatif estimatif ; valeur technique (40 %), appréciée au vu de "
          "l'organisation des tournées, de la prise de rendez-vous avec les abonnés et des moyens affectés."),
    ] + F("RC", "validite", "envoi")

    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet et durée"),
        P("Le présent cahier régit l'accord-cadre à bons de commande relatif à la pose, au remplacement et à la "
          "relève des compteurs d'eau potable. La durée de l'accord-cadre est celle mentionnée à l'avis d'appel "
          "public à la concurrence et au règlement de la consultation."),
    ] + F("CCAP", "pieces") + [
        H("Article 3 – Montant"),
        P("L'accord-cadre est conclu sans montant minimum. Le montant maximum des commandes est de 275¦SB¦000 € HT "
          "par année d'exécution."),
        H("Article 4 – Bons de commande"),
        P("Les bons de commande sont émis par tournée ; chacun porte sur 200 compteurs au plus et fixe le délai "
          "d'exécution, qui ne peut être inférieur à trois semaines."),
        H("Article 5 – Clause sociale d'insertion"),
        P("Le titulaire consacre 350 heures par an à des actions d'insertion professionnelle au profit de "
          "personnes éloignées de l'emploi (demandeurs d'emploi de longue durée, bénéficiaires du RSA, jeunes "
          "sans qualification). Ces heures peuvent notamment être réalisées sur les postes d'aide-poseur et de "
          "releveur."),
        P("Le non-respect de l'engagement annuel donne lieu à une pénalité de 40 € HT par heure manquante, "
          "calculée à chaque date anniversaire de la notification."),
    ] + F("CCAP", "prix", "avance", "garantie", "paiement", "penalites", "resiliation",
          indice="des prix de production des services de réparation et d'installation")

    cctp = [
        TITLE(B, "Cahier des clauses techniques particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("Les prestations portent sur environ 3~200 compteurs par an, répartis sur les onze communes du "
          "syndicat."),
        H("Article 2 – Matériels"),
        P("Les compteurs, de classe R160 et de diamètre 15 ou 20 mm, sont fournis par le syndicat ; ils "
          "bénéficient d'une garantie du fabricant de 10 ans. Le titulaire fournit les joints, les clapets "
          "anti-retour et les raccords."),
        H("Article 3 – Prise de rendez-vous"),
        P("Le titulaire informe les abonnés par courrier au moins dix jours avant le passage et propose un "
          "créneau de deux heures. En cas d'absence, un avis de passage est déposé et un second rendez-vous est "
          "proposé."),
        H("Article 4 – Compteurs déposés"),
        P("Les compteurs déposés sont restitués au magasin du syndicat avec leur fiche d'intervention, qui "
          "mentionne l'index de dépose et le numéro du nouveau compteur."),
        H("Article 5 – Relève"),
        P("Les index relevés sont transmis sous forme de fichier au format défini par le syndicat dans les "
          "48 heures suivant la tournée."),
    ] + F("CCTP", "refs", "securite")
    H_ = "SEVL – Compteurs d'eau"
    pieces = [
        PIECE("avis.txt", "AVIS", B, "", avis,
              L(clause_sociale=1, clause_insertion=1, evidence=["Clause sociale d'insertion : oui"])),
        PIECE("RC.pdf", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc, L()),
        PIECE("CCAP.pdf", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=350, montant_max_ht=275000,
                evidence=["Le montant maximum des commandes est de 275~000 € HT par année d'exécution",
                          "350 heures par an à des actions d'insertion professionnelle"]), hyphen=True),
        PIECE("CCTP.docx", "CCTP", H_ + " – CCTP", ref + " – CCTP", cctp, L()),
    ]
    return dict(
        id="d09-lozerac-compteurs", title="SEVL – compteurs d'eau (maximum et heures annuels, durée dans l'avis et le RC)",
        pieces=pieces,
        pos=["clause_sociale", "clause_insertion"],
        values=V(heures_insertion=350, montant_max_ht=1100000),
        note=("Maximum : 275 000 € HT par année d'exécution (CCAP art. 3) ; la durée (48 mois, sans reconduction) "
              "n'est que dans l'avis et le RC : 4 × 275 000 = 1 100 000. Heures : 350 heures par an (CCAP art. 5), "
              "aucun total écrit nulle part : valeur retenue telle qu'écrite, 350 (convention de blind_values_6 ; "
              "une lecture « total sur la durée » donnerait 4 × 350 = 1 400). Aucune pièce ne parle de lots : "
              "allotissement et nb_lots vides. Pièges : seuil 432 000, 200 compteurs par bon, 3 200 compteurs par "
              "an, garantie 10 ans, pénalité 40 € par heure."))


def d10():
    B = "Communauté de communes de Landéric"
    OBJ = "Exploitation des déchèteries communautaires et évacuation des bennes"
    ref = "Consultation n° CCL-2026-09"
    rc = [
        TITLE(B, "Règlement de la consultation", OBJ, ref + " – Appel d'offres ouvert"),
        H("Article 1 – Objet"),
        P("La consultation porte sur l'exploitation des trois déchèteries communautaires (Landéric, Pont-Sauvin "
          "et Les Essarts-Brûlés) et sur l'évacuation des déchets qui y sont déposés."),
        H("Article 2 – Lots"),
        P("La consultation est décomposée en deux lots : lot n° 1, gardiennage et gestion du haut de quai des "
          "trois déchèteries ; lot n° 2, transport et traitement des déchets collectés en bennes."),
        H("Article 3 – Durée"),
        P("Chaque marché est conclu pour deux ans à compter du 1er juillet 2027, reconductible une fois pour "
          "deux ans."),
        H("Article 4 – Conditions d'exécution"),
        P("Le lot n° 1 comporte une clause sociale d'insertion (article 7 du cahier des clauses administratives "
          "particulières)."),
    ] + F("RC", "dce", "candidature", "offre") + [
        H("Article # – Critères d'attribution"),
        P("Lot n° 1 : prix (50 %) ; valeur technique (50 %). Lot n° 2 : prix (50 %) ; valeur technique (35 %) ; "
          "performances en matière de valorisation des déchets (15 %), appréciées au vu des taux de valorisation "
          "matière garantis et des exutoires proposés."),
    ] + F("RC", "envoi")

    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("Le présent cahier s'applique aux deux lots de la consultation."),
    ] + F("CCAP", "pieces") + [
        H("Article 3 – Montants"),
        P("Les marchés sont des accords-cadres à bons de commande conclus sans minimum. Leur montant maximum, pour "
          "la durée totale, reconductions comprises, est fixé à :"),
        LST(["lot n° 1 : 540¦SB¦000 € HT, soit 648~000 € TTC ;", "lot n° 2 : 310~000 € HT, soit 372~000 € TTC."]),
        P("Pour mémoire, le précédent marché d'exploitation des déchèteries, qui réunissait les deux prestations, "
          "s'élevait à 720~000 € HT sur quatre ans."),
        H("Article 4 – Horaires"),
        P("Les déchèteries sont ouvertes du mardi au samedi, de 9 h 00 à 12 h 00 et de 14 h 00 à 18 h 00 ; le "
          "gardien est présent un quart d'heure avant l'ouverture et après la fermeture."),
        H("Article 5 – Valorisation des déchets"),
        P("Le titulaire du lot n° 2 oriente les déchets vers des filières garantissant un taux global de "
          "valorisation matière d'au moins 70 % ; il transmet chaque mois les bons de pesée et les certificats de "
          "traitement par flux."),
        H("Article 6 – Suivi de l'exploitation"),
        P("Le titulaire du lot n° 1 tient un registre des apports et des incidents ; il signale au service "
          "déchets toute benne pleine dans l'heure."),
        H("Article 7 – Clause sociale d'insertion"),
        P("Le titulaire du lot n° 1 réserve aux personnes éloignées de l'emploi 800 heures de travail sur la durée "
          "totale du marché, reconductions comprises, sur les postes d'agent de déchèterie."),
    ] + F("CCAP", "prix", "paiement", "penalites", "resiliation")

    qr = [
        TITLE(B, "Réponses aux questions des candidats", OBJ + " – " + ref),
        P("Les réponses ci-dessous sont publiées sur le profil d'acheteur et s'appliquent à tous les candidats."),
        TAB([["N°", "Question", "Réponse"],
             ["1", "Le lot n° 2 comporte-t-il des heures d'insertion ?",
              "Non. Seul le lot n° 1 comporte une clause d'insertion, fixée à 800 heures sur la durée totale du "
              "marché, reconductions comprises."],
             ["2", "Quel a été le tonnage reçu en 2025 ?", "4~300 tonnes, dont 1~150 tonnes de déchets verts."],
             ["3", "Un candidat peut-il répondre aux deux lots ?",
              "Oui, un candidat peut présenter une offre pour chacun des deux lots ; les lots sont attribués "
              "séparément."],
             ["4", "Les bennes sont-elles fournies par le titulaire du lot n° 2 ?",
              "Oui : 18 bennes de 30 m³, dont le titulaire assure l'entretien."]],
            widths=[0.4, 2.4, 3.4]),
    ]
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Annonce n° 26-199020 – Services"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : " + B),
        H("Section 4 : Identification du marché"),
        P("Intitulé du marché : " + OBJ),
        P("Code CPV principal : 90500000"),
        P("Type de marché : Services"),
        P("Description succincte du marché : exploitation des trois déchèteries communautaires et évacuation des "
          "bennes."),
        P("Valeur estimée (H.T.) : 780^000 euros"),
        P("Marché alloti : oui"),
        H("Section 5 : Lots"),
        P("Nombre de lots : 2"),
        P("Lot n° 1 : Gardiennage et gestion du haut de quai – critères : prix 50 %, valeur technique 50 %."),
        P("Lot n° 2 : Transport et traitement des déchets – critères : prix 50 %, valeur technique 35 %, "
          "valorisation des déchets 15 %."),
        H("Section 6 : Conditions"),
        P("Conditions particulières d'exécution : clause sociale d'insertion (lot n° 1)."),
        H("Section 7 : Renseignements complémentaires"),
        P("Date limite de réception des offres : 1er mars 2027 à 12 h 00"),
    ]
    H_ = "CC de Landéric – Déchèteries"
    pieces = [
        PIECE("RC.pdf", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc,
              L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=2,
                evidence=["décomposée en deux lots", "Le lot n° 1 comporte une clause sociale d'insertion",
                          "performances en matière de valorisation des déchets (15 %)"]), hyphen=True, cols=2),
        PIECE("CCAP.pdf", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=800, clause_environnementale=1,
                allotissement=1, nb_lots=2, montant_max_ht=850000,
                evidence=["lot n° 1 : 540~000 € HT", "lot n° 2 : 310~000 € HT", "[540 000 + 310 000 = 850 000]",
                          "800 heures de travail sur la durée totale",
                          "taux global de valorisation matière d'au moins 70 %", "aux deux lots"]),
              hyphen=True, cols=2),
        PIECE("Questions-reponses.docx", "QR", H_ + " – Questions et réponses", ref + " – Questions-réponses", qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=800, allotissement=1, nb_lots=2,
                evidence=["Seul le lot n° 1 comporte une clause d'insertion, fixée à 800 heures",
                          "chacun des deux lots"])),
        PIECE("avis_boamp.txt", "AVIS", B, "", avis,
              L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=2,
                montant_estime_ht=780000,
                evidence=["Valeur estimée (H.T.) : 780^000 euros", "Nombre de lots : 2",
                          "clause sociale d'insertion (lot n° 1)", "valorisation des déchets 15 %"])),
    ]
    return dict(
        id="d10-landeric-decheteries", title="CC de Landéric – déchèteries (pages à deux colonnes, Q&R)",
        pieces=pieces,
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=800, allotissement=1, nb_lots=2, montant_estime_ht=780000, montant_max_ht=850000),
        note=("Maximum : CCAP (deux colonnes) lot 1 540 000 + lot 2 310 000 = 850 000 pour la durée totale "
              "(les TTC 648 000 et 372 000 et le précédent marché 720 000 sont écartés). Estimation 780 000 "
              "(avis seul). Heures : 800, lot 1 seul (CCAP art. 7), reprises par le Q&R, comptées une fois. "
              "2 lots. Pièges : 4 300 tonnes, 18 bennes, horaires."))


def d11():
    B = "Ville de Calvignères"
    OBJ = "Accord-cadre de travaux d'entretien courant des bâtiments scolaires"
    ref = "Marché n° VC-2026-015"
    ae = [
        TITLE(B, "Acte d'engagement", OBJ + " – lot unique", ref),
    ] + F("AE", "contractant") + [
        H("Article # – Montant"),
        P("L'accord-cadre, passé en lot unique, est conclu avec un montant minimum annuel de 30~000 € HT et un "
          "montant maximum annuel de 260~000 € HT."),
        H("Article # – Durée"),
        P("La durée de l'accord-cadre est celle indiquée dans l'avis d'appel public à la concurrence."),
        H("Article # – Clause sociale"),
        P("Le titulaire s'engage à respecter la clause sociale d'insertion définie à l'article 8 du cahier des "
          "clauses administratives particulières."),
    ] + F("AE", "paiement", "signature", ville="Calvignères")

    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("Le présent cahier régit l'accord-cadre à bons de commande de travaux d'entretien courant, tous corps "
          "d'état, des neuf écoles maternelles et élémentaires de la ville."),
    ] + F("CCAP", "pieces", ccag="travaux") + [
        H("Article 3 – Montants et bons de commande"),
        P("Les montants minimum et maximum annuels de l'accord-cadre figurent à l'acte d'engagement. Le montant "
          "de chaque bon de commande est plafonné à 45~000 € HT."),
    ] + F("CCAP", "prix", "avance", "garantie", indice="BT01 (tous corps d'état)") + [
        H("Article 7 – Chantier propre"),
        P("Le titulaire trie sur chantier les déchets en cinq flux au moins, les évacue vers des installations "
          "autorisées et transmet les bordereaux de suivi dans les huit jours suivant la fin de chaque "
          "intervention."),
        H("Article 8 – Clause sociale d'insertion"),
        P("Le titulaire s'engage à réaliser 1~200 heures de travail d'insertion sur la durée totale de "
          "l'accord-cadre, reconductions comprises, au bénéfice de personnes éloignées de l'emploi. Les heures "
          "sont justifiées auprès du facilitateur du PLIE de Calvignères."),
        P("Chaque heure non réalisée est pénalisée à hauteur de 60 € HT."),
    ] + F("CCAP", "penalites", "resiliation")

    cctp = [
        TITLE(B, "Cahier des clauses techniques particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("Le présent cahier décrit les travaux d'entretien courant des bâtiments scolaires : petites réparations "
          "de maçonnerie, de plâtrerie, de menuiserie, de serrurerie, de plomberie, d'électricité et de peinture."),
        H("Article 2 – Organisation des interventions"),
        P("Les travaux programmés sont réalisés pendant les vacances scolaires. Les interventions urgentes "
          "(fuite, vitre brisée, porte bloquée) ont lieu dans les 4 heures suivant l'appel, y compris le samedi "
          "matin."),
        H("Article 3 – Accès aux sites"),
        P("Le titulaire se présente au directeur d'école ou au gardien avant toute intervention en temps "
          "scolaire et respecte les consignes du plan particulier de mise en sûreté."),
        H("Article 4 – Matériaux"),
        P("Les matériaux sont neufs, de première qualité et conformes aux normes en vigueur. Les échantillons des "
          "revêtements sont soumis à l'agrément du service bâtiments."),
        H("Article 5 – Insertion professionnelle"),
        P("Le titulaire devra réaliser 900 heures d'insertion professionnelle au cours de l'exécution de "
          "l'accord-cadre, selon les modalités précisées par le CCAP."),
    ] + F("CCTP", "refs", "reunions", "securite")

    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Annonce n° 26-190842 – Travaux"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : " + B),
        H("Section 4 : Identification du marché"),
        P("Intitulé du marché : " + OBJ),
        P("Code CPV principal : 45453000"),
        P("Type de marché : Travaux"),
        P("Description succincte du marché : accord-cadre à bons de commande, tous corps d'état, pour les neuf "
          "écoles de la ville."),
        P("Valeur estimée (H.T.) : 690^000 euros"),
        P("Marché alloti : non"),
        P("Durée du marché (en mois) : 12"),
        P("Reconductions : oui ; nombre de reconductions : 2"),
        H("Section 6 : Conditions"),
        P("Clause sociale : oui – clause d'insertion"),
        P("Critères d'attribution : prix (60 %) ; valeur technique (40 %)."),
        H("Section 7 : Renseignements complémentaires"),
        P("Date limite de réception des offres : 22 janvier 2027 à 12 h 00"),
    ]
    H_ = B + " – Entretien des écoles"
    pieces = [
        PIECE("AE.pdf", "AE", H_ + " – AE", ref + " – Acte d'engagement", ae,
              L(clause_sociale=1, clause_insertion=1, allotissement=0, montant_max_ht=260000,
                evidence=["passé en lot unique", "montant maximum annuel de 260~000 € HT",
                          "Le titulaire s'engage à respecter la clause sociale d'insertion"])),
        PIECE("CCAP.docx", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=1200, clause_environnementale=1,
                evidence=["1~200 heures de travail d'insertion sur la durée totale de l'accord-cadre",
                          "trie sur chantier les déchets en cinq flux au moins"])),
        PIECE("CCTP.pdf", "CCTP", H_ + " – CCTP", ref + " – CCTP", cctp,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=900,
                evidence=["Le titulaire devra réaliser 900 heures d'insertion professionnelle"]), hyphen=True),
        PIECE("avis.txt", "AVIS", B, "", avis,
              L(clause_sociale=1, clause_insertion=1, allotissement=0, montant_estime_ht=690000,
                evidence=["Valeur estimée (H.T.) : 690^000 euros", "Marché alloti : non",
                          "Clause sociale : oui – clause d'insertion"])),
    ]
    return dict(
        id="d11-calvigneres-ecoles", title="Ville de Calvignères – entretien des écoles (maximum dans l'AE, durée dans l'avis, CCTP en conflit)",
        pieces=pieces,
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=1200, allotissement=0, montant_estime_ht=690000, montant_max_ht=780000),
        note=("Maximum : 260 000 € HT par an (AE) ; la durée n'est que dans l'avis (12 mois, 2 reconductions) : "
              "3 × 260 000 = 780 000 ; minimum annuel 30 000 écarté. Heures : 1 200 (CCAP art. 8) ; le CCTP "
              "écrit 900 (conflit) : le CCAP prime. Estimation 690 000 (avis). Lot unique / « Marché alloti : "
              "non » : allotissement 0. Pièges : bon de commande plafonné à 45 000, urgences sous 4 heures, "
              "pénalité 60 € par heure."))


def d12():
    B = "Communauté de communes de Pélissaut-Vallée"
    OBJ = "Fourniture de papier de reprographie et de fournitures de bureau"
    ref = "Consultation n° CCPV-2026-21"
    rc = [
        TITLE(B, "Règlement de la consultation", OBJ, ref + " – Appel d'offres ouvert"),
        H("Article 1 – Objet"),
        P("La consultation porte sur la fourniture et la livraison de papier et de fournitures de bureau pour les "
          "services communautaires et les quatorze communes membres du groupement de commandes."),
        H("Article 2 – Lots"),
        P("La consultation comprend deux lots : lot n° 1, papier de reprographie ; lot n° 2, fournitures de "
          "bureau."),
        H("Article 3 – Lot réservé"),
        P("Le lot n° 2 est réservé aux entreprises adaptées et aux établissements et services d'aide par le "
          "travail, en application de l'article L2113-12 du code de la commande publique."),
        H("Article 4 – Durée"),
        P("Chaque accord-cadre est conclu pour un an à compter du 1er janvier 2027 ; il est reconductible "
          "tacitement trois fois pour une durée d'un an."),
        H("Article 5 – Procédure"),
        P("La consultation est passée selon la procédure d'appel d'offres ouvert en application des articles "
          "R2124-2 et R2161-2 du code de la commande publique."),
    ] + F("RC", "dce", "candidature", "offre") + [
        H("Article # – Critères d'attribution"),
        P("Pour chaque lot : prix (60 %) ; valeur technique (25 %) ; performances environnementales des produits "
          "et de la logistique de livraison (15 %)."),
    ] + F("RC", "envoi")

    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("Le marché comporte deux lots, chacun exécuté par bons de commande."),
    ] + F("CCAP", "pieces") + [
        H("Article 3 – Montants maximum annuels"),
        P("Chaque accord-cadre est conclu sans montant minimum, avec le montant maximum annuel suivant, applicable "
          "à chaque période d'exécution :"),
        TAB([["Lot", "Désignation", "Maximum annuel HT"], ["1", "Papier de reprographie", "48~000 €"],
             ["2", "Fournitures de bureau", "36~000 €"]], widths=[0.6, 3, 1.4], align="llr"),
        P("La durée et le nombre de reconductions sont fixés par le règlement de la consultation."),
        H("Article 4 – Commandes et livraisons"),
        P("Le montant minimum d'une commande est de 100 € HT. Les livraisons ont lieu dans un délai de cinq jours "
          "ouvrés, au rez-de-chaussée ou à l'étage desservi par ascenseur."),
        H("Article 5 – Conditions environnementales"),
        P("Le papier livré est recyclé ou issu de forêts gérées durablement et porte l'Écolabel européen ou un "
          "label équivalent. Les livraisons sont regroupées en une tournée hebdomadaire par commune et le "
          "titulaire reprend les cartons d'emballage."),
    ] + F("CCAP", "prix", "paiement", "penalites", "resiliation", pen_jour="50")

    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Annonce n° 26-187311 – Fournitures"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : " + B + ", coordonnateur du groupement de commandes"),
        H("Section 4 : Identification du marché"),
        P("Intitulé du marché : " + OBJ),
        P("Code CPV principal : 30190000"),
        P("Type de marché : Fournitures"),
        P("Description succincte du marché : accords-cadres à bons de commande, sans minimum ; montant maximum "
          "pour l'ensemble des lots et des périodes : 403^200 € TTC."),
        P("Marché alloti : oui"),
        H("Section 5 : Lots"),
        P("Nombre de lots : 2"),
        P("Lot n° 1 : Papier de reprographie"),
        P("Lot n° 2 : Fournitures de bureau – lot réservé : oui, article L2113-12 du code de la commande publique "
          "(entreprises adaptées et ESAT)"),
        H("Section 6 : Conditions"),
        P("Critères d'attribution : prix (60 %) ; valeur technique (25 %) ; performances environnementales (15 %)."),
        H("Section 7 : Renseignements complémentaires"),
        P("Marché réservé : oui (lot n° 2)"),
        P("Date limite de réception des offres : 4 février 2027 à 12 h 00"),
    ]
    ae = [
        TITLE(B, "Acte d'engagement – Lot n° 2 (lot réservé)", "Fournitures de bureau", OBJ + " – " + ref),
    ] + F("AE", "contractant") + [
        H("Article # – Réservation"),
        P("Le lot n° 2 est réservé en application de l'article L2113-12 du code de la commande publique. Le "
          "candidat atteste employer au moins 50 % de travailleurs handicapés et joint son agrément d'entreprise "
          "adaptée ou d'établissement et service d'aide par le travail."),
        H("Article # – Montant"),
        P("Montant minimum : sans objet. Montant maximum annuel : 36~000 € HT."),
        H("Article # – Durée"),
        P("La durée et les reconductions sont celles fixées par le règlement de la consultation."),
    ] + F("AE", "paiement", "signature")
    H_ = "CC de Pélissaut-Vallée – Fournitures de bureau"
    pieces = [
        PIECE("RC.pdf", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc,
              L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=2,
                evidence=["La consultation comprend deux lots",
                          "en application de l'article L2113-12 du code de la commande publique",
                          "performances environnementales des produits et de la logistique de livraison (15 %)"])),
        PIECE("CCAP.pdf", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=84000,
                evidence=["Le marché comporte deux lots", "1 Papier de reprographie 48~000 €",
                          "2 Fournitures de bureau 36~000 €", "[48 000 + 36 000 = 84 000 par an]",
                          "porte l'Écolabel européen"]), hyphen=True),
        PIECE("avis.txt", "AVIS", B, "", avis,
              L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=2,
                evidence=["Nombre de lots : 2", "lot réservé : oui, article L2113-12",
                          "performances environnementales (15 %)"])),
        PIECE("AE_lot2.docx", "AE", H_ + " – AE lot 2", ref + " – Acte d'engagement du lot 2", ae,
              L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, montant_max_ht=36000,
                evidence=["Le lot n° 2 est réservé en application de l'article L2113-12",
                          "Montant maximum annuel : 36~000 € HT"])),
    ]
    return dict(
        id="d12-pelissaut-fournitures", title="CC de Pélissaut-Vallée – fournitures de bureau (avis en TTC seulement)",
        pieces=pieces,
        pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=2, montant_max_ht=336000, reserve_base="L2113-12"),
        note=("Maximum : maxima annuels du CCAP 48 000 + 36 000 = 84 000 par an ; durée dans le RC seul (1 an + 3 "
              "reconductions) : 84 000 × 4 = 336 000. L'avis ne donne que 403 200 € TTC (= 336 000 × 1,2) : "
              "pièce laissée vide (TTC seul), mais cohérent. Lot 2 réservé L2113-12 (RC, avis, AE du lot 2). "
              "Pièges : commande minimale 100 € HT, 50 % de travailleurs handicapés, AE du lot 2 à 36 000 par an."))


def d13():
    B = "Morvanges Logement"
    OBJ = "Nettoyage des parties communes et gestion des conteneurs à déchets"
    ref = "Consultation n° MLG-2026-NPC"
    rc = [
        TITLE(B + " – Société d'économie mixte", "Règlement de la consultation", OBJ, ref),
        H("Article 1 – Objet"),
        P("La consultation porte sur le nettoyage des halls, escaliers, paliers et ascenseurs des immeubles de "
          "Morvanges Logement (2~900 logements) et sur la sortie et la rentrée des conteneurs à déchets."),
        H("Article 2 – Allotissement"),
        P("La consultation est divisée en trois lots géographiques :"),
        TAB([["Lot", "Secteur", "Résidences"], ["1", "Nord", "Les Tilleuls, La Garenne, Bel-Air"],
             ["2", "Centre", "Le Mail, Les Halles, Saint-Firmin"], ["3", "Sud", "Les Coteaux, La Source"]],
            widths=[0.5, 1, 4]),
        H("Article 3 – Durée"),
        P("Chaque accord-cadre est conclu pour deux ans à compter du 1er avril 2027. Il peut être reconduit deux "
          "fois pour une durée d'un an."),
        H("Article 4 – Clause sociale d'insertion"),
        P("La clause d'insertion représente au total 2~700 heures de travail pour les lots 1 à 3, réparties par "
          "lot à l'article 9 du cahier des clauses administratives particulières."),
    ] + F("RC", "dce", "candidature", "offre") + [
        H("Article # – Critères d'attribution"),
        P("Prix (50 %) ; valeur technique (40 %) ; performance en matière d'insertion professionnelle des publics "
          "éloignés de l'emploi (10 %), appréciée au vu du parcours d'accompagnement proposé."),
    ] + F("RC", "validite", "envoi")

    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("Le présent cahier s'applique aux trois lots géographiques de la consultation."),
    ] + F("CCAP", "pieces") + [
        H("Article 3 – Forme"),
        P("Chaque lot fait l'objet d'un accord-cadre à bons de commande, conclu sans montant minimum. La durée "
          "et les reconductions sont fixées au règlement de la consultation."),
        H("Article 4 – Montants maximum"),
        P("Le montant maximum des commandes de chaque lot est fixé par année d'exécution, période initiale et "
          "reconductions comprises, dans le tableau ci-dessous (en milliers d'euros hors taxes) :"),
        RTAB([["Lot", "Secteur", "Maximum par année d'exécution (k€ HT)"], ["1", "Nord", "180"],
              ["2", "Centre", "150"], ["3", "Sud", "120"]], widths=[0.7, 1.5, 2.6], align="llr"),
    ] + F("CCAP", "prix", "paiement", indice="du coût horaire du travail dans les activités de nettoyage") + [
        H("Article 7 – Produits et consommables"),
        P("Les produits de nettoyage portent l'Écolabel européen ou un label équivalent ; les sacs à déchets sont "
          "en plastique recyclé à 80 % au moins. Le titulaire signale au bailleur les erreurs de tri constatées "
          "dans les locaux à conteneurs."),
        H("Article 8 – Horaires"),
        P("Les prestations sont réalisées du lundi au vendredi entre 7 h 00 et 15 h 00. La sortie des conteneurs "
          "a lieu la veille de la collecte, après 19 h 00."),
        H("Article 9 – Clause sociale d'insertion"),
        P("Le titulaire de chaque lot réalise, sur la durée totale de l'accord-cadre, le nombre d'heures "
          "d'insertion suivant :"),
        RTAB([["Lot", "Secteur", "Heures d'insertion"], ["1", "Nord", "1~100"], ["2", "Centre", "900"],
              ["3", "Sud", "700"]], widths=[0.7, 1.5, 2.6], align="llr"),
    ] + F("CCAP", "penalites", "resiliation")

    annexe = [
        TITLE(B, "Annexe 2 au cahier des clauses techniques particulières", "Fiches de secteur", ref),
        P("Les trois secteurs ci-dessous correspondent aux trois lots de la consultation. Les surfaces sont "
          "données à titre indicatif."),
        RTAB([["", "Secteur Nord (lot 1)", "Secteur Centre (lot 2)", "Secteur Sud (lot 3)"],
              ["Nombre de halls", "42", "35", "27"],
              ["Logements desservis", "1~120", "980", "800"],
              ["Surface de parties communes (m²)", "14~600", "11~900", "9~700"],
              ["Locaux à conteneurs", "31", "24", "19"],
              ["Passages hebdomadaires", "2", "2", "1 à 2"],
              ["Heures d'insertion à réaliser", "1~100", "1~900", "700"]],
             widths=[2.2, 1.3, 1.3, 1.3], align="lrrr"),
        P("Les fréquences détaillées par hall figurent au bordereau des fréquences (annexe 3)."),
    ]
    qr = [
        TITLE(B, "Questions-réponses n° 2", OBJ + " – " + ref, "Publié le 9 décembre 2026"),
        H2("Question 4"),
        P("L'annexe 2 du CCTP indique 1~900 heures d'insertion pour le secteur Centre, alors que l'article 9 du "
          "CCAP indique 900 heures pour le lot 2. Quel chiffre faut-il retenir ?"),
        P("Réponse : le chiffre du CCAP prévaut : 900 heures pour le lot 2, soit 2~700 heures pour l'ensemble des "
          "trois lots. L'annexe 2 sera rectifiée."),
        H2("Question 5"),
        P("Combien d'heures d'insertion le titulaire actuel réalise-t-il ?"),
        P("Réponse : environ 1~450 heures par an, au titre du marché en cours, qui s'achève le 31 mars 2027."),
        H2("Question 6"),
        P("Les montants maximum s'appliquent-ils à chaque année ?"),
        P("Réponse : oui, les maxima de l'article 4 du CCAP s'appliquent à chaque année d'exécution, y compris "
          "pendant les reconductions."),
    ]
    H_ = B + " – Nettoyage des parties communes"
    pieces = [
        PIECE("RC.docx", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2700, critere_social=1, allotissement=1,
                nb_lots=3,
                evidence=["La consultation est divisée en trois lots géographiques",
                          "au total 2~700 heures de travail pour les lots 1 à 3",
                          "performance en matière d'insertion professionnelle des publics éloignés de l'emploi"])),
        PIECE("CCAP.pdf", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2700, clause_environnementale=1,
                allotissement=1, nb_lots=3, montant_max_ht=450000,
                evidence=["trois lots géographiques",
                          "Le montant maximum des commandes de chaque lot est fixé par année d'exécution",
                          "[k€ HT par an : 180 + 150 + 120 = 450 k€]", "[heures : 1 100 + 900 + 700 = 2 700]",
                          "Les produits de nettoyage portent l'Écolabel européen"]), hyphen=True),
        PIECE("CCTP_annexe2.pdf", "CCTP", H_ + " – CCTP annexe 2", ref + " – Annexe 2 au CCTP", annexe,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=3700, allotissement=1, nb_lots=3,
                evidence=["trois lots de la consultation", "Heures d'insertion à réaliser 1 100 1 900 700",
                          "[1 100 + 1 900 + 700 = 3 700]"])),
        PIECE("QR_n2.pdf", "QR", H_ + " – Questions-réponses", ref + " – Questions-réponses n° 2", qr,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=2700, allotissement=1, nb_lots=3,
                evidence=["soit 2~700 heures pour l'ensemble des trois lots"])),
    ]
    return dict(
        id="d13-morvanges-parties-communes", title="Morvanges Logement – parties communes (k€ par an, annexe en conflit, Q&R)",
        pieces=pieces,
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        values=V(heures_insertion=2700, allotissement=1, nb_lots=3, montant_max_ht=1800000),
        note=("Maximum : vrai tableau PDF du CCAP en k€ HT par année : 180 + 150 + 120 = 450 k€ par an ; durée dans "
              "le RC seul : 2 ans + 2 reconductions d'un an = 4 ans ; 450 000 × 4 = 1 800 000. Heures : CCAP "
              "art. 9 1 100 + 900 + 700 = 2 700, total écrit au RC et au Q&R ; l'annexe 2 du CCTP écrit 1 900 pour "
              "le lot 2 (total 3 700), démentie par le Q&R : 2 700. Les 1 450 heures par an du marché en cours "
              "sont écartées. 3 lots."))


def d14():
    B = "Communauté urbaine d'Aigremonde"
    OBJ = "Travaux de signalisation horizontale sur les voies communautaires"
    ref = "Consultation n° CUA-2026-SH"
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Annonce n° 26-203318 – Travaux"),
        H("Section 1 : Identification de l'acheteur"),
        P("Nom complet de l'acheteur : " + B),
        H("Section 4 : Identification du marché"),
        P("Intitulé du marché : " + OBJ),
        P("Code CPV principal : 45233221"),
        P("Type de marché : Travaux"),
        P("Description succincte du marché : accord-cadre à bons de commande mono-attributaire ; montant minimum : "
          "50^000 € HT par période ; montant maximum pour la durée totale de l'accord-cadre : 1^280^000 € HT."),
        P("Marché alloti : non"),
        P("Durée du marché : 12 mois, reconductible 3 fois"),
        H("Section 6 : Conditions"),
        P("Critères d'attribution : prix 50 % ; valeur technique 35 % ; performances environnementales des "
          "produits de marquage et des véhicules 15 %."),
        H("Section 7 : Renseignements complémentaires"),
        P("Date limite de réception des offres : 19 février 2027 à 12 h 00"),
    ]
    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("Le présent cahier régit l'accord-cadre à bons de commande de travaux de marquage routier : lignes "
          "axiales et de rive, passages piétons, bandes et logos cyclables, effacement de marquages."),
    ] + F("CCAP", "pieces", ccag="travaux") + [
        H("Article 3 – Durée"),
        P("L'accord-cadre est conclu pour une période initiale de douze mois ; il est reconductible tacitement "
          "trois fois pour douze mois."),
        H("Article 4 – Montants par période"),
        P("Les montants minimum et maximum des commandes sont fixés, pour chaque période, comme suit :"),
        TAB([["Période", "Minimum HT", "Maximum HT"], ["Période initiale", "50~000 €", "380~000 €"],
             ["Première reconduction", "50~000 €", "300~000 €"], ["Deuxième reconduction", "50~000 €", "300~000 €"],
             ["Troisième reconduction", "50~000 €", "300~000 €"]], widths=[2, 1.2, 1.2], align="lrr"),
        H("Article 5 – Produits et véhicules"),
        P("Les produits de marquage sont sans solvant (peintures à l'eau ou enduits à froid) et certifiés NF "
          "Équipements de la route ; les emballages vides sont repris par le fournisseur pour recyclage. Les "
          "véhicules de chantier répondent au moins à la norme Euro VI."),
    ] + F("CCAP", "prix", "avance", "garantie", "paiement", "penalites", "resiliation",
          indice="TP08 (travaux d'aménagement et d'entretien de voirie)")

    dqe = [
        TITLE(B, "Détail quantitatif estimatif", OBJ, ref),
        P("Le présent DQE sert au seul jugement des offres. À titre indicatif, la colonne « Valorisation 2025 » "
          "reprend les prix du marché précédent appliqués aux quantités ; elle ne constitue ni une estimation du "
          "présent marché ni un engagement de commande."),
        RTAB([["N°", "Désignation", "Unité", "Quantité", "Prix unitaire HT", "Montant HT", "Valorisation 2025 HT"],
              ["1", "Ligne axiale continue, peinture à l'eau, largeur 12 cm", "ml", "48~000", "", "", "40~320,00"],
              ["2", "Ligne discontinue T1", "ml", "36~500", "", "", "23~725,00"],
              ["3", "Passage piéton, enduit à froid", "m²", "2~150", "", "", "62~350,00"],
              ["4", "Marquage cyclable (logo et flèche)", "u", "640", "", "", "14~720,00"],
              ["5", "Ligne d'effet de feux et de stop, enduit à froid", "m²", "1~380", "", "", "34~500,00"],
              ["6", "Effacement de marquage par rabotage", "m²", "4~200", "", "", "52~500,00"],
              ["7", "Prémarquage", "ml", "62~000", "", "", "9~300,00"],
              ["8", "Signalisation temporaire de chantier", "j", "280", "", "", "60~200,00"],
              ["", "Total HT", "", "", "", "", "297~615,00"]],
             widths=[0.4, 2.6, 0.5, 0.8, 0.9, 0.9, 1.1], align="lllrrrr", bold_last=True),
        P("Cachet et signature du candidat :"),
    ]
    rc = [
        TITLE(B, "Règlement de la consultation", OBJ, ref),
        H("Article 1 – Objet"),
        P("La consultation porte sur les travaux de signalisation horizontale des voies communautaires."),
        H("Article 2 – Allotissement"),
        P("Le marché n'est pas alloti : la continuité des marquages d'un même itinéraire et la coordination avec "
          "les fermetures de voies imposent un opérateur unique."),
        H("Article 3 – Durée"),
        P("Période initiale de douze mois, reconductible tacitement trois fois ; durée maximale de quatre ans."),
        H("Article 4 – Procédure"),
        P("Procédure adaptée ouverte (article R2123-1 du code de la commande publique), le montant des travaux "
          "étant inférieur au seuil européen de 5~404~000 € HT."),
    ] + F("RC", "dce", "candidature", "offre") + [
        H("Article # – Critères d'attribution"),
        P("Prix (50 %) ; valeur technique (35 %) ; performances environnementales des produits de marquage et des "
          "véhicules (15 %)."),
    ] + F("RC", "envoi")
    H_ = "CU d'Aigremonde – Signalisation horizontale"
    pieces = [
        PIECE("avis_boamp.txt", "AVIS", B, "", avis,
              L(critere_environnemental=1, allotissement=0, montant_max_ht=1280000,
                evidence=["montant maximum pour la durée totale de l'accord-cadre : 1^280^000 € HT",
                          "Marché alloti : non",
                          "performances environnementales des produits de marquage et des véhicules 15 %"])),
        PIECE("CCAP.pdf", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_environnementale=1, montant_max_ht=1280000,
                evidence=["Période initiale 50~000 € 380~000 €", "Première reconduction 50~000 € 300~000 €",
                          "[380 000 + 3 × 300 000 = 1 280 000]", "Les produits de marquage sont sans solvant"]),
              hyphen=True, cols=2),
        PIECE("DQE.pdf", "DQE", H_ + " – DQE", ref + " – Détail quantitatif estimatif", dqe, L()),
        PIECE("RC.docx", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc,
              L(critere_environnemental=1, allotissement=0,
                evidence=["Le marché n'est pas alloti",
                          "performances environnementales des produits de marquage et des véhicules (15 %)"])),
    ]
    return dict(
        id="d14-aigremonde-signalisation", title="CU d'Aigremonde – signalisation horizontale (total de l'avis, ventilation par période, DQE valorisé)",
        pieces=pieces,
        pos=["clause_environnementale", "critere_environnemental"],
        values=V(allotissement=0, montant_max_ht=1280000),
        note=("Maximum : l'avis donne 1 280 000 pour la durée totale ; le CCAP (deux colonnes) le ventile par "
              "période : 380 000 + 3 × 300 000 = 1 280 000 (même valeur, à ne pas additionner). Le total du DQE "
              "(297 615,00, valorisé aux prix du marché précédent) n'est ni un maximum ni une estimation ; minimum "
              "50 000 par période écarté. Non alloti. Aucune considération sociale. Piège : seuil 5 404 000."))


def d15():
    B = "Ville de Kerbrivan"
    OBJ = "Entretien des espaces publics : balayage, lavage, désherbage et ramassage des déchets diffus"
    ref = "Consultation n° KBV-2026-08"
    rc = [
        TITLE(B, "Règlement de la consultation", OBJ, ref),
        H("Article 1 – Objet"),
        P("La consultation porte sur l'entretien des voies et places publiques du centre-ville et des quartiers "
          "de Kerbrivan."),
        H("Article 2 – Lots"),
        P("La consultation comporte deux lots : lot n° 1, balayage mécanique et lavage de la voirie ; lot n° 2, "
          "désherbage manuel des trottoirs et ramassage des déchets diffus."),
        H("Article 3 – Lot réservé"),
        P("Le lot n° 2 est réservé, en application de l'article L2113-13 du code de la commande publique, aux "
          "structures d'insertion par l'activité économique et aux structures équivalentes."),
        H("Article 4 – Durée"),
        P("Chaque accord-cadre est conclu pour un an à compter du 1er mars 2027 ; il est reconductible deux fois "
          "par période d'un an."),
        H("Article 5 – Clause d'insertion du lot n° 1"),
        P("Le lot n° 1 comporte une clause sociale d'insertion ; le nombre d'heures est indiqué à l'acte "
          "d'engagement du lot."),
    ] + F("RC", "dce", "candidature", "offre") + [
        H("Article # – Critères d'attribution"),
        TAB([["Critère", "Lot n° 1", "Lot n° 2"], ["Prix", "50 %", "40 %"], ["Valeur technique", "40 %", "30 %"],
             ["Insertion professionnelle : modalités d'accueil et de tutorat des personnes en insertion", "10 %", "—"],
             ["Accompagnement socioprofessionnel des salariés en parcours d'insertion", "—", "30 %"]],
            widths=[3.6, 0.8, 0.8], align="lrr"),
    ] + F("RC", "envoi")

    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("Le présent cahier s'applique aux deux lots de la consultation, chacun exécuté par bons de commande."),
    ] + F("CCAP", "pieces") + [
        H("Article 3 – Montants"),
        P("Chaque accord-cadre est conclu sans montant minimum. Le montant maximum annuel de chaque lot est fixé "
          "dans son acte d'engagement."),
        H("Article 4 – Clause sociale d'insertion (lot n° 1)"),
        P("Le titulaire du lot n° 1 réserve aux personnes éloignées de l'emploi le nombre d'heures de travail "
          "indiqué à l'acte d'engagement du lot n° 1. Il peut recourir à l'embauche directe, à la mise à "
          "disposition ou à la sous-traitance à une structure d'insertion."),
        H("Article 5 – Conditions environnementales"),
        P("Les balayeuses affectées au lot n° 1 sont électriques ou fonctionnent au gaz naturel pour véhicules. "
          "Le lavage de la voirie utilise en priorité l'eau de pluie récupérée à la station technique municipale ; "
          "les déchets de balayage sont évacués vers un centre de tri agréé."),
    ] + F("CCAP", "prix", "paiement", "penalites", "resiliation")

    ae1 = [
        TITLE(B, "Acte d'engagement – Lot n° 1", "Balayage mécanique et lavage de la voirie", OBJ + " – " + ref),
    ] + F("AE", "contractant") + [
        H("Article # – Montant"),
        P("L'accord-cadre du lot n° 1 est conclu sans montant minimum et avec un maximum annuel de "
          "150¦SB¦000 € HT. Chaque bon de commande est limité à 12~000 € HT."),
        H("Article # – Heures d'insertion"),
        P("Le titulaire s'engage à réaliser 420 heures d'insertion pour la durée totale de l'accord-cadre, "
          "reconductions comprises."),
    ] + F("AE", "paiement", "signature", ville="Kerbrivan")
    ae2 = [
        TITLE(B, "Acte d'engagement – Lot n° 2 (lot réservé)", "Désherbage manuel et ramassage des déchets diffus",
              OBJ + " – " + ref),
    ] + F("AE", "contractant") + [
        H("Article # – Réservation"),
        P("Le lot n° 2 est réservé aux structures d'insertion par l'activité économique (article L2113-13 du code "
          "de la commande publique). Le candidat précise sa nature : entreprise d'insertion, association "
          "intermédiaire, atelier et chantier d'insertion ou structure équivalente : ………………"),
        H("Article # – Montant"),
        P("Sans montant minimum ; montant maximum annuel : 60~000 € HT."),
    ] + F("AE", "paiement", "signature", ville="Kerbrivan")
    H_ = B + " – Entretien des espaces publics"
    pieces = [
        PIECE("RC.pdf", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc,
              L(clause_sociale=1, clause_insertion=1, critere_social=1, marche_reserve=1, reserve_base="L2113-13",
                allotissement=1, nb_lots=2,
                evidence=["La consultation comporte deux lots",
                          "en application de l'article L2113-13 du code de la commande publique",
                          "Le lot n° 1 comporte une clause sociale d'insertion",
                          "Insertion professionnelle : modalités d'accueil et de tutorat des personnes en insertion"]),
              hyphen=True),
        PIECE("CCAP.docx", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=2,
                evidence=["aux deux lots de la consultation",
                          "Le titulaire du lot n° 1 réserve aux personnes éloignées de l'emploi",
                          "Les balayeuses affectées au lot n° 1 sont électriques"])),
        PIECE("AE_lot1.pdf", "AE", H_ + " – AE lot 1", ref + " – Acte d'engagement du lot 1", ae1,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=420, allotissement=1, montant_max_ht=150000,
                evidence=["Acte d'engagement – Lot n° 1", "maximum annuel de 150~000 € HT",
                          "420 heures d'insertion pour la durée totale"])),
        PIECE("AE_lot2.pdf", "AE", H_ + " – AE lot 2", ref + " – Acte d'engagement du lot 2", ae2,
              L(marche_reserve=1, reserve_base="L2113-13", allotissement=1, montant_max_ht=60000,
                evidence=["Acte d'engagement – Lot n° 2", "article L2113-13 du code de la commande publique",
                          "montant maximum annuel : 60~000 € HT"])),
    ]
    return dict(
        id="d15-kerbrivan-espaces-publics", title="Ville de Kerbrivan – espaces publics (maxima annuels dans les AE de lot, lot 2 réservé)",
        pieces=pieces,
        pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale"],
        values=V(heures_insertion=420, allotissement=1, nb_lots=2, montant_max_ht=630000, reserve_base="L2113-13"),
        note=("Maximum : maxima annuels dans les AE de lot (lot 1 150 000, lot 2 60 000 ; le CCAP y renvoie) = "
              "210 000 par an ; durée dans le RC seul : 1 an + 2 reconductions = 3 ans ; 210 000 × 3 = 630 000. "
              "Heures : 420 pour la durée totale, dans l'AE du lot 1 seulement. Lot 2 réservé L2113-13. "
              "Critères sociaux : insertion (lot 1) et accompagnement socioprofessionnel (lot 2). Piège : bon de "
              "commande limité à 12 000 € HT."))


def d16():
    B = "Syndicat mixte d'énergie du Valcérès"
    OBJ = "Maintenance et rénovation de l'éclairage public des communes adhérentes"
    ref = "Consultation n° SMEV-2026-EP"
    rc = [
        TITLE(B, "Règlement de la consultation", OBJ, ref),
        H("Article 1 – Objet"),
        P("La consultation porte sur la maintenance préventive et curative et sur la rénovation ponctuelle des "
          "installations d'éclairage public des communes adhérentes (6~400 points lumineux, 212 armoires de "
          "commande)."),
        H("Article 2 – Lot unique"),
        P("Le marché est passé en lot unique : la maintenance préventive, les dépannages et les rénovations "
          "ponctuelles relèvent d'une même équipe et d'un même système de gestion des pannes."),
        H("Article 3 – Durée"),
        P("L'accord-cadre est conclu pour quatre années civiles, du 1er janvier 2027 au 31 décembre 2030, sans "
          "reconduction."),
        H("Article 4 – Estimation"),
        P("Le montant estimé des prestations sur les quatre années est de 340¦SB¦000 € HT."),
        H("Article 5 – Clause sociale d'insertion"),
        P("L'accord-cadre comporte une clause d'insertion de 600 heures sur sa durée totale (article 9 du cahier "
          "des clauses administratives particulières)."),
    ] + F("RC", "dce", "candidature", "offre") + [
        H("Article # – Critères d'attribution"),
        P("Prix (50 %) ; valeur technique (40 %) ; performance environnementale (10 %), appréciée au vu de la "
          "gestion des lampes et luminaires déposés et des émissions des véhicules d'intervention."),
    ] + F("RC", "validite", "envoi")

    ccap = [
        TITLE(B, "Cahier des clauses administratives particulières", OBJ, ref),
        H("Article 1 – Objet"),
        P("Le présent cahier régit l'accord-cadre à bons de commande de maintenance et de rénovation de "
          "l'éclairage public."),
    ] + F("CCAP", "pieces") + [
        H("Article 3 – Durée"),
        P("L'accord-cadre couvre les années civiles 2027 à 2030."),
        H("Article 4 – Montants maximum"),
        P("L'accord-cadre est conclu sans minimum. Le montant maximum des commandes est fixé pour chaque année "
          "civile comme suit (en milliers d'euros hors taxes) :"),
        RTAB([["Année civile", "Montant maximum (k€ HT)"], ["2027", "95"], ["2028", "95"], ["2029", "110"],
              ["2030", "110"]], widths=[1.5, 2], align="lr"),
        P("Le montant d'une commande de travaux de rénovation ne peut dépasser 20 k€ HT."),
    ] + F("CCAP", "prix", "garantie", indice="TP12a (réseaux d'électrification et éclairage)") + [
        H("Article 7 – Performance énergétique et fin de vie des matériels"),
        P("Les luminaires remplacés sont des lanternes à LED d'une efficacité lumineuse d'au moins 140 lumens par "
          "watt, équipées d'un dispositif d'abaissement de puissance en milieu de nuit. Les lampes et luminaires "
          "déposés sont remis à l'éco-organisme agréé ; le titulaire transmet les bordereaux correspondants."),
        H("Article 8 – Délais"),
        P("Les pannes isolées sont réparées dans les 72 heures ; les pannes de secteur et les situations "
          "dangereuses sont traitées dans les 4 heures, de jour comme de nuit."),
        H("Article 9 – Clause sociale d'insertion"),
        P("Le titulaire réalise 600 heures d'insertion sur la durée totale de l'accord-cadre, au profit de "
          "personnes éloignées de l'emploi, notamment sur les postes d'aide-monteur et de magasinier."),
    ] + F("CCAP", "penalites", "resiliation")

    cctp = [
        TITLE(B, "Cahier des clauses techniques particulières", OBJ, ref),
        H("Article 1 – Patrimoine"),
        P("Le patrimoine compte 6~400 points lumineux et 212 armoires de commande. Pour mémoire, le budget "
          "consacré à la maintenance en 2025 s'élevait à 80~000 € TTC."),
        H("Article 2 – Maintenance préventive"),
        P("Chaque point lumineux fait l'objet d'une visite annuelle (nettoyage de la vasque, contrôle de "
          "l'appareillage) et chaque armoire d'un contrôle semestriel des protections et des horloges."),
        H("Article 3 – Dépannages"),
        P("Les demandes de dépannage sont transmises par le logiciel de gestion du syndicat ; le titulaire y "
          "renseigne la date et la nature de l'intervention."),
        H("Article 4 – Rénovation"),
        P("Tout luminaire remplacé l'est par une lanterne à LED d'efficacité lumineuse d'au moins 140 lm/W, avec "
          "abaissement nocturne de 50 % entre 23 h et 5 h ; la température de couleur n'excède pas 3~000 K afin "
          "de limiter la pollution lumineuse. Les lampes déposées sont remises à l'éco-organisme agréé."),
    ] + F("CCTP", "refs", "securite")

    ae = [
        TITLE(B, "Acte d'engagement", OBJ, ref),
    ] + F("AE", "contractant") + [
        H("Article # – Montants"),
        P("Les montants maximum sont ceux fixés pour chaque année civile à l'article 4 du cahier des clauses "
          "administratives particulières."),
        H("Article # – Durée"),
        P("Quatre années civiles, de 2027 à 2030."),
        H("Article # – Insertion"),
        P("Le titulaire s'engage à réaliser les 600 heures d'insertion prévues à l'article 9 du cahier des "
          "clauses administratives particulières."),
    ] + F("AE", "paiement", "signature")
    H_ = "SME du Valcérès – Éclairage public"
    pieces = [
        PIECE("RC.pdf", "RC", H_ + " – RC", ref + " – Règlement de la consultation", rc,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=600, critere_environnemental=1,
                allotissement=0, montant_estime_ht=340000,
                evidence=["Le marché est passé en lot unique",
                          "Le montant estimé des prestations sur les quatre années est de 340~000 € HT",
                          "une clause d'insertion de 600 heures sur sa durée totale",
                          "performance environnementale (10 %)"]), hyphen=True),
        PIECE("CCAP.pdf", "CCAP", H_ + " – CCAP", ref + " – CCAP", ccap,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=600, clause_environnementale=1,
                montant_max_ht=410000,
                evidence=["Le montant maximum des commandes est fixé pour chaque année civile",
                          "[k€ HT : 95 + 95 + 110 + 110 = 410 k€]",
                          "600 heures d'insertion sur la durée totale",
                          "lanternes à LED d'une efficacité lumineuse d'au moins 140 lumens par watt"])),
        PIECE("CCTP.docx", "CCTP", H_ + " – CCTP", ref + " – CCTP", cctp,
              L(clause_environnementale=1,
                evidence=["Les lampes déposées sont remises à l'éco-organisme agréé"])),
        PIECE("AE.docx", "AE", H_ + " – AE", ref + " – Acte d'engagement", ae,
              L(clause_sociale=1, clause_insertion=1, heures_insertion=600,
                evidence=["s'engage à réaliser les 600 heures d'insertion"])),
    ]
    return dict(
        id="d16-valceres-eclairage", title="SME du Valcérès – éclairage public (maximum par année civile en k€, sans total)",
        pieces=pieces,
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=600, allotissement=0, montant_estime_ht=340000, montant_max_ht=410000),
        note=("Maximum : vrai tableau PDF du CCAP par année civile, en k€ HT, sans ligne total : 95 + 95 + 110 + 110 "
              "= 410 k€ = 410 000. Estimation : 340 000 (RC art. 4). Heures : 600 sur la durée totale (RC, CCAP, "
              "AE), comptées une fois. Lot unique : allotissement 0. Pièges : budget 2025 de 80 000 € TTC (CCTP), "
              "commande de rénovation plafonnée à 20 k€, 6 400 points lumineux, délais 72 et 4 heures, 3 000 K."))


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16]


# ============================================================================= construction
def build_piece(folder, p, buyer):
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


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = []
    dossiers_yml = []
    problems = []
    kinds = {}
    pages = {}
    for f in DOSSIERS:
        d = f()
        folder = os.path.join(OUT, d["id"])
        os.makedirs(folder)
        buyer = d["pieces"][0]["header"].split(" – ")[0]
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
        for p in d["pieces"]:
            problems.extend(check_articles(d, p))
            n = build_piece(folder, p, buyer)
            ext = p["file"].rsplit(".", 1)[1]
            kinds[ext] = kinds.get(ext, 0) + 1
            if n is not None:
                pages[n] = pages.get(n, 0) + 1
                if not (1 <= n <= 4):
                    problems.append("%s/%s : %d pages" % (d["id"], p["file"], n))
            lab = dict(p["label"])
            txt = plain_text(p["final_blocks"])
            for q in lab["evidence"]:
                if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                    continue
                if norm(q) not in txt:
                    problems.append("%s/%s : preuve absente : %r" % (d["id"], p["file"], q))
            ev = " | ".join(norm(q) for q in lab["evidence"])
            if len(ev) > 300:
                problems.append("%s/%s : preuve trop longue (%d)" % (d["id"], p["file"], len(ev)))
            # chaque 1 et chaque nombre doit avoir une preuve
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
            pos=d["pos"], values=d["values"], note=d["note"],
            # the same values as scripts/score_sealed.py reads them (added by the project, not the annotator)
            path="dossiers/" + d["id"], expect=_expect(d)))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    import yaml
    head = ("# Jeu blind_values_9 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots ;\n"
            "# en cas de conflit entre pièces, le CCAP, le RC, l'AE, l'avis ou le registre des questions-réponses\n"
            "# priment sur le CCTP et ses annexes (voir note).\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    print("%d dossiers, %d pièces (%s) ; pages des PDF : %s ; nombres coupés en fin de ligne : %d (%d restés entiers)" % (
        len(dossiers_yml), len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())), SB_STATS["cut"], SB_STATS["whole"]))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
