#!/usr/bin/env python3
"""Construit les dossiers du jeu scellé extraction-5 (PDF reportlab, DOCX python-docx, avis .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure PDF/DOCX/TXT recopiée de tests/data/blind_values_9/make_documents.py (lignes 1-608 :
écriture PDF/DOCX/TXT, vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés en fin
de ligne, aides de saisie) et logique d'écriture de dossiers.yml / expect / labels.csv recopiée du même
fichier (lignes 2759-2903). Ajouts : « § » dans un texte = SB (nombre coupable en fin de ligne),
articles de remplissage écrits pour ce jeu (fonction F), dossiers d01 à d17.

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie dans ce script : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine
insécable U+202F (remplacée par U+00A0 dans les PDF, la police Helvetica standard ne l'ayant pas) ;
BR = retour à la ligne forcé dans les PDF ; « § » = coupure possible dans un nombre (SB).

Usage : .venv/bin/python tests/sealed/extraction-5/make_documents.py
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
SET_NAME = "extraction-5"

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
    return (s.replace("~", " ").replace("^", " ").replace("§", " ").replace(BR, " ").replace(SB, " ")
            .replace(NB, " ").replace(NNB, " "))


def _conv_str(s, pdf):
    s = s.replace("§", SB)
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




# ----------------------------------------------------------------------------- remplissage (écrit pour ce jeu)
# Articles neutres : aucun ne porte une clause sociale, environnementale, une réservation, des lots ou un montant
# du marché. Certains contiennent des nombres « pièges » (pénalités, délais, seuils de paiement direct).
_FILL = {
    "pieces": [
        ("Pièces constitutives du marché",
         ["Par dérogation à l'article 4.1 du CCAG, les pièces contractuelles prévalent dans l'ordre suivant : "
          "l'acte d'engagement (AE) ; le présent cahier des clauses administratives particulières (CCAP) ; le "
          "cahier des clauses techniques particulières (CCTP) et ses annexes ; le bordereau des prix unitaires ; "
          "le CCAG-{ccag} approuvé par l'arrêté du 30 mars 2021 ; le mémoire technique du titulaire."]),
        ("Documents contractuels",
         ["Les documents contractuels sont, par ordre de priorité décroissante : l'acte d'engagement et ses "
          "annexes, le présent CCAP, le CCTP, le bordereau des prix, le cahier des clauses administratives "
          "générales ({ccag}) en vigueur au premier jour du mois de remise des offres, et le mémoire technique "
          "remis par le titulaire. En cas de contradiction entre ces pièces, elles prévalent dans cet ordre."]),
        ("Pièces contractuelles",
         ["Le marché est constitué des pièces suivantes : l'acte d'engagement, le présent document, le cahier des "
          "charges techniques, le bordereau des prix et le CCAG-{ccag}. Les documents remis par le titulaire "
          "(mémoire, fiches techniques) n'ont de valeur contractuelle que pour ce qui n'est pas contraire aux "
          "pièces ci-dessus."]),
    ],
    "prix": [
        ("Forme et variation des prix",
         ["Les prestations sont réglées par application des prix unitaires du bordereau aux quantités réellement "
          "exécutées. Les prix sont révisables annuellement, à la date anniversaire de la notification, par "
          "application de la formule P = P0 × (0,15 + 0,85 × I/I0), où I est la dernière valeur connue de l'indice "
          "{indice} et I0 la valeur de ce même indice au mois zéro, qui est le mois de remise des offres."]),
        ("Prix",
         ["Les prix sont fermes pendant les douze premiers mois d'exécution. Ils sont ensuite révisés une fois par "
          "an selon l'évolution de l'indice {indice} publié par l'INSEE ; la révision ne s'applique qu'aux bons de "
          "commande émis après sa date d'effet. Aucune révision n'est due pour une variation inférieure à 1 %."]),
    ],
    "paiement": [
        ("Modalités de paiement",
         ["Le délai global de paiement est fixé à {delai} jours à compter de la réception de la demande de paiement. "
          "Les factures sont déposées sur le portail Chorus Pro et mentionnent le numéro du marché, la référence du "
          "bon de commande, le détail des prestations et leur montant hors taxes et toutes taxes comprises.",
          "Le dépassement du délai fait courir de plein droit des intérêts moratoires au taux de la Banque centrale "
          "européenne majoré de huit points, et une indemnité forfaitaire pour frais de recouvrement de 40 euros."]),
        ("Règlement des comptes",
         ["Les sommes dues au titulaire sont réglées par mandat administratif dans un délai de {delai} jours. Les "
          "demandes de paiement sont transmises exclusivement par voie dématérialisée. Une demande incomplète "
          "suspend le délai, l'acheteur notifiant au titulaire les pièces manquantes."]),
    ],
    "avance": [
        ("Avance",
         ["Une avance est versée au titulaire, sauf renonciation expresse dans l'acte d'engagement, pour chaque bon "
          "de commande d'un montant supérieur à 50 000 € HT et d'une durée d'exécution supérieure à deux mois, dans "
          "les conditions des articles R. 2191-3 et suivants du code de la commande publique. Son taux est fixé à "
          "10 % ; son remboursement commence lorsque les prestations exécutées atteignent 65 % du bon."]),
        ("Avance forfaitaire",
         ["Le titulaire peut bénéficier d'une avance dans les cas prévus par le code de la commande publique. "
          "Le titulaire qui ne souhaite pas en bénéficier le précise à l'acte d'engagement. Aucune garantie "
          "à première demande n'est exigée lorsque le taux de l'avance n'excède pas 30 %."]),
    ],
    "penalites": [
        ("Pénalités de retard",
         ["Par dérogation au CCAG, lorsque le délai d'exécution d'un bon de commande est dépassé, le titulaire encourt, "
          "sans mise en demeure préalable, une pénalité de 150 € par jour calendaire de retard. Les pénalités dont "
          "le montant total n'excède pas 1 000 € HT pour l'ensemble du marché ne sont pas appliquées."]),
        ("Pénalités",
         ["En cas de non-respect des délais d'intervention fixés au cahier des charges, une pénalité de 80 € HT par "
          "heure de retard est appliquée, plafonnée à 800 € HT par intervention. Une absence de compte rendu "
          "mensuel donne lieu à une pénalité forfaitaire de 100 € HT par compte rendu manquant."]),
    ],
    "assurances": [
        ("Assurances",
         ["Le titulaire justifie, dans les quinze jours de la notification puis à chaque échéance annuelle, d'une "
          "assurance couvrant sa responsabilité civile professionnelle et, le cas échéant, sa responsabilité "
          "décennale, pour des montants adaptés aux prestations commandées."]),
        ("Responsabilité et assurance",
         ["Le titulaire demeure seul responsable des dommages causés aux personnes et aux biens du fait de "
          "l'exécution des prestations. Il présente une attestation d'assurance en cours de validité avant tout "
          "commencement d'exécution, puis sur simple demande de l'acheteur."]),
    ],
    "resiliation": [
        ("Résiliation",
         ["Les stipulations des articles 36 à 42 du CCAG sont seules applicables. En cas de résiliation pour faute "
          "du titulaire, les prestations peuvent être exécutées par un tiers à ses frais et risques. La fourniture "
          "d'informations inexactes lors de la candidature entraîne la résiliation sans indemnité."]),
    ],
    "litiges": [
        ("Règlement des litiges",
         ["Avant toute action contentieuse, les parties recherchent une solution amiable ; elles peuvent saisir le "
          "comité consultatif de règlement amiable des différends compétent. À défaut d'accord, le tribunal "
          "administratif de {tribunal} est seul compétent."]),
        ("Différends et litiges",
         ["Tout différend né de l'exécution du marché fait l'objet d'un mémoire en réclamation dans les conditions "
          "de l'article 55 du CCAG. Le tribunal administratif de {tribunal} est compétent pour connaître des litiges."]),
    ],
    "soustraitance": [
        ("Sous-traitance",
         ["Le titulaire peut sous-traiter l'exécution de certaines parties de son marché sous réserve de l'acceptation "
          "de chaque sous-traitant et de l'agrément de ses conditions de paiement par l'acheteur (formulaire DC4). "
          "Le sous-traitant de premier rang dont la part est égale ou supérieure à 600 € TTC est payé directement."]),
    ],
    "legal": [
        ("Obligations du titulaire en matière de droit du travail",
         ["Le titulaire se conforme aux dispositions législatives et réglementaires relatives à la protection de la "
          "main-d'œuvre et aux conditions de travail. Il remet, à la conclusion du marché puis tous les six mois, "
          "les documents mentionnés aux articles D. 8222-5 et D. 8254-2 du code du travail. Il respecte l'obligation "
          "d'emploi des travailleurs handicapés prévue aux articles L. 5212-1 à L. 5212-11 du même code."]),
        ("Respect de la réglementation sociale",
         ["Le titulaire atteste sur l'honneur être en règle au regard des articles L. 5212-1 à L. 5212-11 du code du "
          "travail concernant l'emploi des travailleurs handicapés. Les salariés détachés sont déclarés dans les "
          "conditions prévues par le code du travail ; l'acheteur peut demander à tout moment la liste nominative "
          "des salariés étrangers employés."]),
    ],
    # --- règlement de la consultation
    "candidature": [
        ("Pièces de la candidature",
         ["Chaque candidat produit : la lettre de candidature et d'habilitation du mandataire (DC1) ou le document "
          "unique de marché européen (DUME) ; la déclaration du candidat (DC2) ; une attestation d'assurance de "
          "responsabilité civile ; la liste des principales prestations de même nature exécutées au cours des trois "
          "dernières années ; une déclaration indiquant les effectifs moyens annuels et l'outillage dont il dispose."]),
        ("Contenu de la candidature",
         ["Le candidat fournit les formulaires DC1 et DC2 (ou le DUME), les attestations fiscales et sociales, "
          "et des références de moins de trois ans. Un candidat qui s'appuie sur les capacités d'autres opérateurs "
          "économiques produit pour chacun d'eux les mêmes documents et un engagement écrit."]),
    ],
    "remise": [
        ("Conditions d'envoi des plis",
         ["Les plis sont transmis exclusivement par voie électronique sur le profil d'acheteur {profil}, avant la "
          "date et l'heure limites indiquées sur la page de garde. Un pli parvenu après ces date et heure n'est "
          "pas ouvert. Le candidat peut adresser une copie de sauvegarde sur support physique ou papier, "
          "dans un pli scellé portant la mention « copie de sauvegarde »."]),
        ("Remise des offres",
         ["Les offres sont déposées sur la plate-forme {profil}. Les formats de fichiers acceptés sont PDF, DOCX, "
          "XLSX et ODT. La signature électronique de l'offre n'est pas exigée au stade du dépôt ; seul l'attributaire "
          "signe le marché."]),
    ],
    "validite": [
        ("Délai de validité des offres",
         ["Le délai de validité des offres est de cent vingt jours à compter de la date limite de réception des offres."]),
        ("Validité des propositions",
         ["Les offres restent valables quatre-vingt-dix jours à compter de la date limite fixée pour leur réception."]),
    ],
    "renseignements": [
        ("Renseignements complémentaires",
         ["Les candidats posent leurs questions sur le profil d'acheteur au plus tard dix jours avant la date limite "
          "de remise des offres. Les réponses sont publiées dans le registre des questions et réponses, au plus tard "
          "six jours avant cette date, et sont portées à la connaissance de tous les candidats."]),
    ],
    "negociation": [
        ("Négociation",
         ["L'acheteur se réserve la possibilité de négocier avec les trois candidats ayant remis les offres les mieux "
          "classées. Il peut aussi attribuer le marché sur la base des offres initiales, sans négociation. Les offres "
          "irrégulières peuvent être régularisées si elles ne sont pas anormalement basses."]),
    ],
}


def F(key, v=0, **kw):
    """Article neutre de remplissage : titre numéroté automatiquement (« Article # »)."""
    kw.setdefault("ccag", "FCS")
    kw.setdefault("indice", "ICHT-E")
    kw.setdefault("delai", "30")
    kw.setdefault("tribunal", "Bordeaux")
    kw.setdefault("profil", "www.marches-publics-territoires.fr")
    var = _FILL[key]
    title, paras = var[v % len(var)]
    return [H("Article # – " + title)] + [P(x.format(**kw)) for x in paras]


def ART(title, *items):
    """Article numéroté automatiquement ; items : textes (paragraphes) ou blocs."""
    out = [H("Article # – " + title)]
    for x in items:
        out.append(P(x) if isinstance(x, str) else x)
    return out


def cat(*parts):
    out = []
    for p in parts:
        if isinstance(p, tuple):
            out.append(p)
        else:
            out.extend(p)
    return out


def D(id, title, pieces, pos, values, note):
    return dict(id=id, title=title, pieces=pieces, pos=pos, values=values, note=note)


# ============================================================================= dossiers
# d01 ------------------------------------------------------------------------------------------------------
def d01():
    B = "Communauté d'agglomération de Bramefont"
    ref = "AC 2027-014"
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Travaux d'entretien et de grosses réparations de voirie communautaire",
              "Appel d'offres ouvert – articles R. 2124-2 et R. 2161-2 à R. 2161-5 du code de la commande publique"),
        ART("Objet de la consultation",
            "La consultation porte sur les travaux d'entretien, de réparation et de modernisation des chaussées, "
            "trottoirs et réseaux d'eaux pluviales des voies d'intérêt communautaire situées sur les quatorze "
            "communes membres de la communauté d'agglomération."),
        ART("Allotissement",
            "Les prestations sont réparties en deux lots, qui donnent lieu chacun à un accord-cadre distinct :",
            LST(["lot n° 1 – Chaussées, trottoirs et enrobés ;", "lot n° 2 – Assainissement pluvial et ouvrages annexes."]),
            "Les candidats peuvent présenter une offre pour un seul lot ou pour les deux lots."),
        ART("Forme des accords-cadres",
            "Chaque lot est un accord-cadre mono-attributaire exécuté par l'émission de bons de commande, en "
            "application des articles R. 2162-2 et R. 2162-13 et suivants du code de la commande publique. "
            "Il comporte un montant minimum et un montant maximum annuels, fixés à l'acte d'engagement du lot."),
        ART("Durée",
            "Chaque accord-cadre est conclu pour une durée d'un an à compter de sa notification. Il est reconductible "
            "tacitement trois fois, par période d'un an, sans que sa durée totale puisse excéder quatre ans. Le refus "
            "de reconduction est notifié au titulaire au moins trois mois avant l'échéance."),
        ART("Clause sociale",
            "Les deux lots comportent une clause sociale d'insertion professionnelle, définie à l'article 9 du CCAP, "
            "qui fixe le volume d'heures de chaque lot. Le facilitateur de la Maison de l'emploi du bassin de "
            "Bramefont accompagne gratuitement les entreprises dans sa mise en œuvre."),
        F("candidature"),
        ART("Jugement des offres",
            "Le jugement est effectué lot par lot, selon les critères pondérés suivants :",
            LST(["prix des prestations, apprécié sur le détail quantitatif estimatif non contractuel : 55 % ;",
                 "valeur technique, appréciée au vu du mémoire technique : 35 % ;",
                 "performance environnementale (taux d'agrégats recyclés proposé au-delà du minimum, plan de "
                 "réduction des déchets de chantier) : 10 %."])),
        F("remise", profil="www.bramefont-agglo.fr/marches"),
        F("renseignements"),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Travaux d'entretien et de grosses réparations de voirie communautaire – lots 1 et 2"),
        ART("Objet et décomposition",
            "Le présent CCAP s'applique aux deux lots de la consultation : lot n° 1 (chaussées, trottoirs et enrobés) "
            "et lot n° 2 (assainissement pluvial et ouvrages annexes). Chaque lot fait l'objet d'un accord-cadre "
            "distinct."),
        F("pieces", 1, ccag="Travaux"),
        ART("Montants de l'accord-cadre",
            "Les montants minimum et maximum de chaque lot, exprimés hors taxes, sont fixés à l'article 3 de l'acte "
            "d'engagement du lot. Ils s'appliquent à chaque période d'exécution, y compris en cas de reconduction."),
        ART("Durée",
            "L'accord-cadre est conclu pour une période initiale d'un an ; il est reconductible trois fois dans les "
            "conditons fixées par le règlement de la consultation."),
        ART("Bons de commande",
            "Chaque bon de commande précise la nature et la localisation des travaux, les quantités, le délai "
            "d'exécution et le montant estimé. Un bon de commande ne peut être inférieur à 1~500 € HT."),
        F("prix", 0, indice="TP09"),
        F("paiement", 0),
        ART("Clauses environnementales",
            "Le titulaire du lot n° 1 incorpore dans les enrobés bitumineux un taux minimal de 20 % d'agrégats "
            "d'enrobés recyclés. Pour les deux lots, les déchets de chantier sont triés à la source et évacués vers "
            "des installations autorisées ; les bordereaux de suivi sont joints à chaque situation mensuelle."),
        ART("Clause sociale d'insertion",
            "En application de l'article L. 2112-2 du code de la commande publique, le titulaire de chaque lot "
            "s'engage à réaliser une action d'insertion professionnelle au profit de personnes rencontrant des "
            "difficultés sociales ou professionnelles particulières : demandeurs d'emploi de longue durée, "
            "bénéficiaires du RSA, jeunes de moins de 26 ans sans qualification, travailleurs handicapés.",
            "Le volume d'heures d'insertion à réaliser sur la durée totale de l'accord-cadre, reconductions "
            "comprises, est fixé comme suit :",
            RTAB([["Lot", "Heures d'insertion"],
                  ["Lot n° 1 – Chaussées, trottoirs et enrobés", "1~200 heures"],
                  ["Lot n° 2 – Assainissement pluvial", "600 heures"]], widths=[3, 1.3], align="lr"),
            "Le titulaire peut satisfaire à cet engagement par embauche directe, par la mise à disposition de "
            "salariés par une structure d'insertion (ETTI, AI, GEIQ) ou par la sous-traitance à une SIAE. En cas "
            "de non-réalisation, une pénalité de 50 € HT par heure d'insertion non réalisée est appliquée, "
            "sauf si le titulaire établit que le facilitateur n'a pu lui proposer aucun candidat."),
        F("legal", 0),
        F("penalites", 0),
        F("litiges", 0, tribunal="Pau"),
    )

    def ae(lot, name, mini, maxi, hours, v):
        intro = ("Après avoir pris connaissance du CCAP, du CCTP et des documents qui y sont mentionnés, le signataire "
                 "s'engage, sans réserve, à exécuter les prestations du lot désigné ci-dessus aux prix du bordereau "
                 "des prix unitaires, dans les conditions ci-après." if v == 0 else
                 "Je m'engage / nous nous engageons sans réserve, conformément aux stipulations des documents "
                 "visés ci-dessus, à exécuter les travaux du présent lot aux conditions ci-après.")
        return cat(
            TITLE(B, "ACTE D'ENGAGEMENT", "Lot n° %d : %s" % (lot, name), "Accord-cadre à bons de commande " + ref),
            ART("Identification de l'acheteur",
                "Communauté d'agglomération de Bramefont, 2 place des Tanneurs, 64390 Bramefont. Personne habilitée "
                "à donner les renseignements prévus à l'article R. 2191-59 : le président de la communauté."),
            ART("Engagement du titulaire", intro,
                "Nom, prénom et qualité du signataire : ........................................"),
            ART("Montants",
                "L'accord-cadre est conclu avec les montants suivants, applicables à chaque période annuelle "
                "d'exécution :",
                LST(["montant minimum : %s € HT ;" % mini, "montant maximum : %s € HT." % maxi])),
            ART("Durée",
                "La durée de l'accord-cadre et ses conditions de reconduction sont fixées par le règlement de la "
                "consultation et le CCAP."),
            ART("Engagement d'insertion",
                "Le titulaire s'engage à réaliser au moins %s heures de travail au profit de personnes en parcours "
                "d'insertion, dans les conditions de l'article 9 du CCAP." % hours),
            ART("Compte à créditer", "Joindre un relevé d'identité bancaire (IBAN / BIC)."),
            ART("Avance", "Le titulaire renonce au bénéfice de l'avance : ☐ non  ☐ oui"),
            [P("Fait à ................., le ................. Signature du titulaire :")],
        )
    ae1 = ae(1, "Chaussées, trottoirs et enrobés", "80~000", "450~000", "1~200", 0)
    ae2 = ae(2, "Assainissement pluvial et ouvrages annexes", "50~000", "300~000", "600", 1)
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Bramefont – travaux de voirie communautaire (2 lots)"),
        P("Département(s) de publication : 64"),
        P("Identification de l'organisme qui passe le marché : Communauté d'agglomération de Bramefont, "
          "2 place des Tanneurs, 64390 Bramefont – Tél. 05 59 00 00 00 – marches@bramefont-agglo.fr"),
        P("Objet du marché : travaux d'entretien et de grosses réparations de voirie communautaire"),
        P("Type de marché : Travaux"),
        P("Procédure : Appel d'offres ouvert"),
        P("Caractéristiques principales : accords-cadres à bons de commande mono-attributaires, avec minimum et "
          "maximum annuels"),
        P("Valeur estimée hors TVA : 2~600~000 euros (quatre années, tous lots confondus)"),
        P("Durée du marché : 12 mois, reconductible 3 fois"),
        P("Division en lots : oui – 2 lots"),
        P("Lot n° 1 : Chaussées, trottoirs et enrobés – CPV 45233141"),
        P("Lot n° 2 : Assainissement pluvial et ouvrages annexes – CPV 45232410"),
        P("Conditions particulières d'exécution : clause sociale d'insertion professionnelle pour chacun des deux lots "
          "(article L. 2112-2 du code de la commande publique)."),
        P("Critères d'attribution : critères énoncés dans les documents de la consultation"),
        P("Date limite de réception des offres : 15 mars 2027 à 12 h 00"),
        P("Adresse du profil d'acheteur : www.bramefont-agglo.fr/marches"),
    ]
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("RC_voirie.pdf", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=2,
            evidence=["Les prestations sont réparties en deux lots",
                      "Les deux lots comportent une clause sociale d'insertion professionnelle",
                      "performance environnementale (taux d'agrégats recyclés proposé au-delà du minimum"]), hyphen=True),
        PIECE("CCAP_voirie.pdf", "CCAP", hd % "CCAP", "CCAP – voirie communautaire", ccap, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=1800, clause_environnementale=1,
            allotissement=1, nb_lots=2,
            evidence=["Lot n° 1 – Chaussées, trottoirs et enrobés 1 200 heures",
                      "Lot n° 2 – Assainissement pluvial 600 heures", "[1 200 + 600 = 1 800]",
                      "un taux minimal de 20 % d'agrégats d'enrobés recyclés",
                      "s'applique aux deux lots de la consultation"]), hyphen=True),
        PIECE("AE_lot1.docx", "AE", hd % "AE lot 1", "Acte d'engagement – lot 1", ae1, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=1200, allotissement=1, montant_max_ht=450000,
            evidence=["Lot n° 1 : Chaussées, trottoirs et enrobés",
                      "applicables à chaque période annuelle d'exécution", "montant maximum : 450 000 € HT.",
                      "au moins 1 200 heures de travail au profit de personnes en parcours d'insertion"])),
        PIECE("AE_lot2.docx", "AE", hd % "AE lot 2", "Acte d'engagement – lot 2", ae2, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=600, allotissement=1, montant_max_ht=300000,
            evidence=["Lot n° 2 : Assainissement pluvial et ouvrages annexes",
                      "applicables à chaque période annuelle d'exécution", "montant maximum : 300 000 € HT.",
                      "au moins 600 heures de travail au profit de personnes en parcours d'insertion"])),
        PIECE("avis_BOAMP.txt", "AVIS", "", "", avis, L(
            clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2, montant_estime_ht=2600000,
            evidence=["Division en lots : oui – 2 lots", "Valeur estimée hors TVA : 2 600 000 euros",
                      "clause sociale d'insertion professionnelle pour chacun des deux lots"])),
    ]
    return D("d01-bramefont-voirie", "Bramefont – voirie communautaire, 2 lots, maxima annuels dans deux AE", pieces,
             ["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
             V(heures_insertion=1800, allotissement=1, nb_lots=2, montant_estime_ht=2600000, montant_max_ht=3000000),
             "Heures : tableau de l'article 9 du CCAP, sur la durée totale reconductions comprises, 1 200 (lot 1) + 600 "
             "(lot 2) = 1 800 ; chaque AE reprend le chiffre de son lot. Maximum : l'AE de chaque lot donne un maximum "
             "par période annuelle (450 000 et 300 000), la durée est dans le RC et l'avis (1 an + 3 reconductions = "
             "4 périodes) : (450 000 + 300 000) × 4 = 3 000 000. Pièges : minimums annuels 80 000 et 50 000, bon "
             "minimal 1 500, pénalité 50 € par heure non réalisée. Estimation : 2 600 000 (avis). 2 lots.")


# d02 ------------------------------------------------------------------------------------------------------
def d02():
    B = "Ville de Saint-Aubrel"
    ref = "2027-NET-03"
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Nettoyage et entretien courant des bâtiments communaux",
              "Appel d'offres ouvert (articles R. 2124-2 1° et R. 2161-2 à R. 2161-5 du code de la commande publique)"),
        ART("Objet",
            "La consultation porte sur le nettoyage quotidien et périodique de onze bâtiments communaux (hôtel de "
            "ville, écoles, médiathèque, salles associatives) et la vitrerie, décrits au CCTP."),
        ART("Allotissement",
            "Le marché n'est pas alloti : les prestations, réalisées par les mêmes équipes sur des sites voisins et "
            "selon des plannings imbriqués, ne permettent pas l'identification de prestations distinctes. Il s'agit "
            "d'un lot unique."),
        ART("Forme et durée",
            "Accord-cadre à bons de commande mono-attributaire, conclu pour douze mois et reconductible deux fois "
            "douze mois (article 3 du CCAP)."),
        ART("Clause d'insertion",
            "Le marché comporte une clause sociale d'insertion dont les modalités sont définies à l'article 8 du CCAP."),
        F("candidature", 1),
        ART("Critères de jugement des offres",
            "Les offres sont classées selon les critères suivants : prix (55 %) ; valeur technique (35 %), appréciée "
            "sur les moyens humains et matériels et l'organisation proposée ; conditions de mise en œuvre de la "
            "clause d'insertion : accompagnement, tutorat et formation des personnes recrutées (10 %)."),
        F("remise", 1, profil="www.achats-saint-aubrel.fr"),
        F("validite", 1),
        F("renseignements"),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Nettoyage des bâtiments communaux – " + ref),
        ART("Objet", "Le présent accord-cadre a pour objet le nettoyage des bâtiments communaux de Saint-Aubrel. "
            "Le marché n'est pas décomposé en lots."),
        F("pieces", 0),
        ART("Durée et montants",
            "L'accord-cadre est conclu pour une période initiale de douze mois à compter du 1er septembre 2027. "
            "Il est reconductible deux fois par période de douze mois, par reconduction expresse.",
            "Il est exécuté par bons de commande, sans montant minimum, dans la limite d'un montant maximum de "
            "180§000 € HT par période. Sur la durée totale, reconductions comprises, le montant maximum s'établit "
            "donc à 540§000 € HT."),
        F("prix", 1, indice="ICHT-rev TS (nettoyage)"),
        F("paiement", 1),
        F("avance", 1),
        ART("Exécution des prestations",
            "Les prestations sont exécutées en dehors des heures d'ouverture au public, selon les plannings fixés au "
            "CCTP. Le titulaire désigne un chef d'équipe, interlocuteur unique de la ville."),
        ART("Clause d'insertion professionnelle",
            "Le titulaire s'engage à réserver aux personnes éloignées de l'emploi (demandeurs d'emploi de longue "
            "durée, allocataires de minima sociaux, jeunes sans qualification, personnes reconnues travailleurs "
            "handicapés) un volume minimal de 1§000 heures de travail sur la durée totale du marché.",
            "Il peut y satisfaire par embauche directe, par le recours à une entreprise de travail temporaire "
            "d'insertion ou par la sous-traitance à une structure d'insertion par l'activité économique. Un bilan "
            "semestriel est transmis au facilitateur du PLIE du Val d'Aubrel."),
        F("legal", 1),
        F("penalites", 1),
        F("litiges", 1, tribunal="Lyon"),
    )
    cctp = cat(
        TITLE(B, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", "Nettoyage des bâtiments communaux"),
        ART("Sites et surfaces",
            "Les onze sites représentent une surface totale de 14~250 m², détaillée par bâtiment à l'annexe 1. "
            "Le gymnase Léo-Lagrange est exclu du périmètre du présent marché."),
        ART("Fréquences",
            "Les bureaux et sanitaires sont nettoyés chaque jour ouvré ; les salles de classe chaque jour scolaire ; "
            "les vitres deux fois par an. Les interventions ont lieu entre 6 h et 8 h 30 ou après 17 h 30."),
        ART("Produits et matériels",
            "Les produits de nettoyage utilisés sont porteurs de l'écolabel européen ou d'un label équivalent ; les "
            "produits concentrés sont dilués au moyen de centrales de dosage. Les consommables (sacs, essuie-mains) "
            "sont issus de fibres recyclées. Le titulaire trie les déchets collectés selon les consignes de la ville."),
        ART("Personnel",
            "Chaque agent affecté au marché suit, dans le mois de son affectation, une formation de 14 heures aux "
            "techniques de nettoyage et aux gestes et postures. À titre d'information, le marché précédent "
            "(2023-2026) a représenté environ 2~100 heures d'insertion réalisées."),
        ART("Contrôle qualité",
            "Un contrôle contradictoire est réalisé chaque mois sur trois sites tirés au sort ; une note inférieure "
            "à 70 sur 100 entraîne une reprise des prestations sous 24 heures."),
    )
    qr = cat(
        TITLE(B, "REGISTRE DES QUESTIONS ET RÉPONSES", "Nettoyage des bâtiments communaux – " + ref,
              "Publié sur le profil d'acheteur le 22 avril 2027"),
        [H("Question n° 1"),
         P("Les produits labellisés « Nordic Swan » sont-ils acceptés ?"),
         P("Réponse : oui, il s'agit d'un label équivalent au sens de l'article 3 du CCTP.")],
        [H("Question n° 2"),
         P("Existe-t-il un montant minimum de commande ?"),
         P("Réponse : non, l'accord-cadre est conclu sans montant minimum.")],
        [H("Question n° 3"),
         P("Le volume de 1 000 heures indiqué à l'article 8 du CCAP nous paraît faible au regard du marché précédent. "
           "Pouvez-vous le confirmer ?"),
         P("Réponse : une erreur matérielle s'est glissée dans le CCAP. Le volume d'heures d'insertion à réaliser est "
           "de 1§300 heures sur la durée totale du marché, reconductions comprises. Les candidats en tiennent compte "
           "dans leur offre ; le CCAP signé par l'attributaire sera mis à jour.")],
        [H("Question n° 4"),
         P("La visite des sites est-elle obligatoire ?"),
         P("Réponse : non, elle est facultative ; elle peut être organisée sur rendez-vous jusqu'au 30 avril 2027.")],
    )
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("RC.pdf", "RC", hd % "RC", "RC – nettoyage des bâtiments", rc, L(
            clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=0,
            evidence=["Le marché n'est pas alloti", "Il s'agit d'un lot unique",
                      "Le marché comporte une clause sociale d'insertion",
                      "conditions de mise en œuvre de la clause d'insertion : accompagnement, tutorat et formation des "
                      "personnes recrutées (10 %)"]), hyphen=True),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – nettoyage des bâtiments", ccap, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=1000, allotissement=0, montant_max_ht=540000,
            evidence=["Le marché n'est pas décomposé en lots.", "un volume minimal de 1 000 heures de travail",
                      "montant maximum de 180 000 € HT par période",
                      "le montant maximum s'établit donc à 540 000 € HT"]), hyphen=True),
        PIECE("CCTP.pdf", "CCTP", hd % "CCTP", "CCTP – nettoyage des bâtiments", cctp, L(
            clause_environnementale=1,
            evidence=["Les produits de nettoyage utilisés sont porteurs de l'écolabel européen ou d'un label "
                      "équivalent"])),
        PIECE("registre_QR.pdf", "QR", hd % "Questions-réponses", "Registre des questions et réponses", qr, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=1300,
            evidence=["Le volume d'heures d'insertion à réaliser est de 1 300 heures sur la durée totale du marché"])),
    ]
    return D("d02-saint-aubrel-nettoyage", "Saint-Aubrel – nettoyage, heures corrigées par le registre Q&R", pieces,
             ["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
             V(heures_insertion=1300, allotissement=0, montant_max_ht=540000),
             "Heures : le CCAP fixe 1 000 heures, le registre des questions-réponses (question 3) corrige une erreur "
             "matérielle à 1 300 heures sur la durée totale : le registre prime, 1 300. Les 2 100 heures du marché "
             "précédent et la formation de 14 heures (CCTP) sont des pièges. Maximum : 180 000 par période × 3 périodes "
             "(12 mois + 2 reconductions) = 540 000, total écrit au CCAP. Lot unique : allotissement 0, nb_lots vide.")


# d03 ------------------------------------------------------------------------------------------------------
def d03():
    B = "SIVU de restauration scolaire Lescurac-Boisfort"
    ref = "SIVU-RS-2027-01"
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Fourniture et livraison de repas en liaison froide et de denrées "
              "pour les goûters", "Appel d'offres ouvert européen"),
        ART("Objet", "Fourniture de repas en liaison froide pour les restaurants scolaires et l'accueil de loisirs "
            "des communes de Lescurac et Boisfort, et fourniture de denrées pour les goûters."),
        ART("Décomposition en lots",
            "La consultation est décomposée en deux lots : lot 1 – Repas en liaison froide ; lot 2 – Goûters et "
            "denrées issues de l'agriculture biologique. Un même candidat peut être attributaire des deux lots."),
        ART("Durée",
            "Chaque accord-cadre est conclu pour une période initiale de deux ans à compter du 1er septembre 2027, "
            "reconductible deux fois par période d'un an."),
        ART("Marché réservé", "Marché réservé : non."),
        F("candidature", 0),
        ART("Critères d'attribution",
            "Lot 1 : qualité gustative et nutritionnelle, appréciée lors d'une dégustation (35 %) ; prix (40 %) ; "
            "performance environnementale de l'offre : part de produits en circuit court, réduction et réemploi des "
            "contenants de livraison (15 %) ; organisation logistique (10 %).",
            "Lot 2 : prix (50 %) ; qualité des produits (35 %) ; performance environnementale de l'offre (15 %)."),
        F("remise", 0, profil="www.sivu-lescurac-boisfort.fr"),
        F("validite", 1),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Repas en liaison froide et denrées – 2 lots"),
        ART("Forme du marché",
            "Chaque lot est un accord-cadre à bons de commande exécuté au fur et à mesure des besoins, avec un "
            "montant minimum et un montant maximum sur chaque période."),
        ART("Montants",
            "Les montants, exprimés en milliers d'euros hors taxes, sont les suivants (période initiale : années 1 "
            "et 2 ; reconductions : années 3 et 4) :",
            RTAB([["Lot", "Ans 1-2", "An 3", "An 4", "Total"],
                  ["Lot 1 – Repas – maximum", "420", "210", "210", "840"],
                  ["Lot 1 – Repas – minimum", "100", "40", "40", "180"],
                  ["Lot 2 – Goûters – maximum", "60", "30", "30", "120"],
                  ["Total des maxima (k€ HT)", "480", "240", "240", "960"]],
                 widths=[1.9, 1.2, 1.2, 1.2, 0.9], align="lrrrr", bold_last=True)),
        F("pieces", 2),
        F("prix", 0, indice="des prix à la consommation, repas dans un restaurant scolaire"),
        ART("Qualité et durabilité des denrées",
            "En application de l'article L. 230-5-1 du code rural, les repas livrés comportent au moins 50 % de "
            "produits durables et de qualité, dont 20 % au moins issus de l'agriculture biologique, en valeur "
            "d'achat sur chaque année. Le titulaire transmet chaque trimestre un état justificatif.",
            "Les livraisons sont effectuées dans des contenants réutilisables ; les barquettes en plastique sont "
            "proscrites. Les biodéchets de préparation sont valorisés par compostage ou méthanisation."),
        F("paiement", 0),
        F("penalites", 0),
        F("resiliation"),
        F("litiges", 0, tribunal="Toulouse"),
    )
    bpu = cat(
        TITLE(B, "BORDEREAU DES PRIX UNITAIRES", "Lot 1 – Repas en liaison froide"),
        [P("Les prix unitaires s'entendent hors taxes, livraison comprise dans les offices des deux communes. "
           "Les quantités annuelles sont données à titre indicatif et n'engagent pas le SIVU.")],
        [RTAB([["N°", "Désignation", "Unité", "Quantité annuelle indicative", "Prix unitaire HT"],
               ["1.1", "Repas maternelle (4 composantes)", "repas", "21~500", ""],
               ["1.2", "Repas élémentaire (5 composantes)", "repas", "38~200", ""],
               ["1.3", "Repas adulte", "repas", "4~100", ""],
               ["1.4", "Repas de l'accueil de loisirs (mercredis et vacances)", "repas", "9~800", ""],
               ["1.5", "Pique-nique froid", "repas", "1~200", ""],
               ["1.6", "Supplément repas à thème", "repas", "2~000", ""]],
              widths=[0.5, 3, 0.8, 1.4, 1.2], align="lllrr")],
        [P("Cachet et signature du candidat :")],
    )
    avis = [
        TITLE("AVIS DE MARCHÉ – JOUE S", "Fourniture de repas en liaison froide (Lescurac-Boisfort)"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : SIVU de restauration scolaire Lescurac-Boisfort, mairie de Lescurac, 31570 Lescurac"),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Fourniture et livraison de repas en liaison froide et de denrées pour les goûters"),
        P("II.1.2) Code CPV principal : 15894210"),
        P("II.1.3) Type de marché : Fournitures"),
        P("II.1.5) Valeur totale estimée : Valeur hors TVA : 880~000 EUR"),
        P("II.1.6) Information sur les lots : Ce marché est divisé en lots : oui"),
        P("II.2.1) Intitulé : Repas en liaison froide – Lot n° : 1"),
        P("II.2.1) Intitulé : Goûters et denrées issues de l'agriculture biologique – Lot n° : 2"),
        P("II.2.5) Critères d'attribution : le prix n'est pas le seul critère d'attribution et tous les critères sont "
          "énoncés uniquement dans les documents du marché"),
        P("II.2.7) Durée en mois : 24 ; Ce contrat peut être reconduit : oui ; Description des modalités ou du "
          "calendrier des reconductions : deux reconductions d'un an"),
        H("Section III : Renseignements d'ordre juridique"),
        P("III.1.5) Informations sur les marchés réservés : néant"),
        H("Section IV : Procédure"),
        P("IV.1.1) Type de procédure : Procédure ouverte"),
        P("IV.1.3) Informations sur l'accord-cadre : Le marché implique la mise en place d'un accord-cadre avec un "
          "seul opérateur"),
        P("IV.2.2) Date limite de réception des offres : 06/04/2027 Heure locale : 12:00"),
    ]
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("RC.docx", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            critere_environnemental=1, allotissement=1, nb_lots=2,
            evidence=["La consultation est décomposée en deux lots",
                      "performance environnementale de l'offre : part de produits en circuit court, réduction et "
                      "réemploi des contenants de livraison (15 %)"])),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – repas et denrées", ccap, L(
            clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=960000,
            evidence=["Repas en liaison froide et denrées – 2 lots", "exprimés en milliers d'euros hors taxes",
                      "Total des maxima (k€ HT) 480 240 240 960",
                      "au moins 50 % de produits durables et de qualité, dont 20 % au moins issus de l'agriculture "
                      "biologique"]), hyphen=True, cols=2),
        PIECE("BPU_lot1.pdf", "BPU", hd % "BPU lot 1", "BPU – lot 1", bpu, L(
            allotissement=1, evidence=["Lot 1 – Repas en liaison froide"])),
        PIECE("avis_JOUE.txt", "AVIS", "", "", avis, L(
            allotissement=1, nb_lots=2, montant_estime_ht=880000,
            evidence=["Ce marché est divisé en lots : oui", "Lot n° : 2", "Valeur hors TVA : 880 000 EUR"])),
    ]
    return D("d03-lescurac-repas", "Lescurac-Boisfort – repas, maxima par lot et par période en k€", pieces,
             ["clause_environnementale", "critere_environnemental"],
             V(allotissement=1, nb_lots=2, montant_estime_ht=880000, montant_max_ht=960000),
             "Maximum : tableau du CCAP en k€ HT, ligne « Total des maxima », colonne Total : 960 k€, soit 840 (lot 1 : "
             "420 + 210 + 210) + 120 (lot 2 : 60 + 30 + 30) = 960 000 ; la ligne des minimums du lot 1 (180) est un piège. "
             "Pas de clause d'insertion ni d'heures. Estimation 880 000 (avis JOUE II.1.5). 2 lots. « Marché réservé : "
             "non » : 0.")


# d04 ------------------------------------------------------------------------------------------------------
def d04():
    B = "Montvéran Habitat"
    ref = "MH-2027-07"
    rc = cat(
        TITLE(B, "Office public de l'habitat", "RÈGLEMENT DE LA CONSULTATION",
              "Travaux d'entretien et de remise en état des logements du patrimoine"),
        ART("Objet et allotissement",
            "La consultation porte sur les travaux de remise en état des logements à la relocation et sur les "
            "travaux d'entretien courant des parties privatives. Elle est allotie comme suit :",
            RTAB([["Lot", "Intitulé", "Heures d'insertion"],
                  ["1", "Peinture, revêtements de sols et murs", "900 h"],
                  ["2", "Plomberie, sanitaires et VMC", "400 h"],
                  ["3", "Électricité courants forts et faibles", "voir acte d'engagement"]],
                 widths=[0.5, 3, 1.6], align="llr")),
        ART("Forme des marchés",
            "Chaque lot donne lieu à un accord-cadre à bons de commande passé avec un seul opérateur, d'une durée de "
            "quatre ans, sans reconduction. Le montant maximum de chaque lot figure à son acte d'engagement."),
        ART("Clause d'insertion",
            "Les trois lots comportent une clause sociale d'insertion. Les volumes des lots 1 et 2 sont rappelés au "
            "tableau de l'article 1 ; celui du lot 3 est fixé à son acte d'engagement. Chaque personne recrutée au "
            "titre de la clause doit effectuer au moins 150 heures sur le chantier afin que son parcours soit "
            "qualifiant. Le guichet clauses sociales de Montvéran Agglomération assure le suivi."),
        F("candidature", 0),
        ART("Jugement des offres",
            "Prix : 50 points. Valeur technique : 50 points, décomposés en : méthodologie d'intervention et délais "
            "(25 points) ; moyens humains et matériels (15 points) ; modalités de mise en œuvre de l'insertion, "
            "encadrement et tutorat des personnes en insertion (5 points) ; gestion des déchets de chantier (5 points)."),
        F("remise", 1, profil="www.montveran-habitat.fr/achats"),
        F("validite", 0),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Entretien et remise en état des logements – "
              "lots 1 à 3"),
        ART("Objet",
            "Le présent CCAP est commun aux trois lots de la consultation. Chaque lot constitue un accord-cadre "
            "distinct, exécuté par bons de commande."),
        F("pieces", 0, ccag="Travaux"),
        ART("Durée et montants",
            "Chaque accord-cadre est conclu pour une durée de quatre ans à compter de sa notification, sans "
            "reconduction. Ses montants minimum et maximum, sur toute sa durée, sont fixés à l'acte d'engagement "
            "du lot. Chaque bon de commande est limité à 40~000 € HT ; au-delà, l'acheteur procède à une consultation "
            "distincte."),
        F("prix", 1, indice="BT01"),
        F("avance", 0),
        ART("Clause sociale d'insertion",
            "Le titulaire de chaque lot réalise, sur la durée de l'accord-cadre, le nombre d'heures d'insertion fixé "
            "à son acte d'engagement, au profit de publics éloignés de l'emploi (demandeurs d'emploi de longue durée, "
            "bénéficiaires du RSA, jeunes de moins de 26 ans, personnes relevant d'une SIAE ou d'un GEIQ). L'heure "
            "d'insertion non réalisée du fait du titulaire donne lieu à une pénalité de 45 € HT."),
        ART("Environnement et déchets",
            "Les peintures et vernis employés sont porteurs de l'Écolabel européen. Les déchets de chantier sont triés "
            "en cinq flux au moins (bois, métaux, plâtre, inertes, déchets dangereux) ; le titulaire remet chaque mois "
            "les bordereaux de suivi et le taux de valorisation obtenu."),
        F("paiement", 1, delai="30"),
        F("legal", 0),
        F("litiges", 1, tribunal="Grenoble"),
    )

    def ae(lot, name, mini, maxi, hours, v):
        return cat(
            TITLE(B, "ACTE D'ENGAGEMENT", "Lot %d – %s" % (lot, name), "Accord-cadre " + ref),
            ART("Objet", "Le présent acte d'engagement concerne le lot %d de la consultation : %s." % (lot, name.lower())),
            ART("Engagement du candidat",
                "Le signataire s'engage, conformément aux conditions du CCAP et du CCTP, à exécuter les travaux "
                "du lot aux prix de son bordereau. L'offre est valable cent-vingt jours."),
            ART("Montants de l'accord-cadre",
                ("Montant minimum sur la durée totale de l'accord-cadre : %s € HT. Montant maximum sur la durée "
                 "totale de l'accord-cadre : %s € HT." if v == 0 else
                 "Sur toute la durée de l'accord-cadre, les commandes sont comprises entre un minimum de %s € HT "
                 "et un maximum de %s € HT.") % (mini, maxi)),
            ART("Insertion",
                ("Volume d'heures d'insertion à réaliser sur la durée de l'accord-cadre : %s heures." if v == 0 else
                 "Le titulaire s'engage à consacrer %s heures de travail à l'insertion de personnes éloignées de "
                 "l'emploi pendant la durée de l'accord-cadre.") % hours),
            ART("Signature", "À ................., le ................. Le candidat (signature du représentant habilité)"),
        )
    ae1 = ae(1, "Peinture, revêtements de sols et murs", "100~000", "800§000", "900", 0)
    ae2 = ae(2, "Plomberie, sanitaires et VMC", "60~000", "500~000", "400", 1)
    ae3 = ae(3, "Électricité courants forts et faibles", "40~000", "350~000", "250", 1)
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("RC.pdf", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=1300, critere_social=1, critere_environnemental=1,
            allotissement=1, nb_lots=3,
            evidence=["1 Peinture, revêtements de sols et murs 900 h", "2 Plomberie, sanitaires et VMC 400 h",
                      "[900 + 400 = 1 300 ; lot 3 renvoyé à l'AE]",
                      "Les trois lots comportent une clause sociale d'insertion",
                      "modalités de mise en œuvre de l'insertion", "gestion des déchets de chantier (5 points)"]),
              hyphen=True),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – entretien des logements", ccap, L(
            clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=3,
            evidence=["commun aux trois lots de la consultation",
                      "le nombre d'heures d'insertion fixé à son acte d'engagement",
                      "Les peintures et vernis employés sont porteurs de l'Écolabel européen"]), hyphen=True),
        PIECE("AE_lot1.pdf", "AE", hd % "AE lot 1", "Acte d'engagement – lot 1", ae1, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=900, allotissement=1, montant_max_ht=800000,
            evidence=["Lot 1 – Peinture, revêtements de sols et murs",
                      "Montant maximum sur la durée totale de l'accord-cadre : 800 000 € HT.",
                      "Volume d'heures d'insertion à réaliser sur la durée de l'accord-cadre : 900 heures."])),
        PIECE("AE_lot2.docx", "AE", hd % "AE lot 2", "Acte d'engagement – lot 2", ae2, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=400, allotissement=1, montant_max_ht=500000,
            evidence=["Lot 2 – Plomberie, sanitaires et VMC", "un maximum de 500 000 € HT",
                      "consacrer 400 heures de travail à l'insertion de personnes éloignées de l'emploi"])),
        PIECE("AE_lot3.docx", "AE", hd % "AE lot 3", "Acte d'engagement – lot 3", ae3, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=250, allotissement=1, montant_max_ht=350000,
            evidence=["Lot 3 – Électricité courants forts et faibles", "un maximum de 350 000 € HT",
                      "consacrer 250 heures de travail à l'insertion de personnes éloignées de l'emploi"])),
    ]
    return D("d04-montveran-logements", "Montvéran Habitat – logements, heures et maxima répartis entre RC et trois AE",
             pieces,
             ["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
              "critere_environnemental"],
             V(heures_insertion=1550, allotissement=1, nb_lots=3, montant_max_ht=1650000),
             "Heures : le RC donne les lots 1 (900) et 2 (400) et renvoie le lot 3 à son AE (250) ; chaque AE donne son "
             "lot : 900 + 400 + 250 = 1 550 sur la durée de 4 ans. Maximum : chaque AE donne le maximum de son lot sur "
             "la durée totale (4 ans, sans reconduction) : 800 000 + 500 000 + 350 000 = 1 650 000. Pièges : minimums "
             "100 000 / 60 000 / 40 000, bon limité à 40 000, 150 heures minimum par personne, pénalité 45 € par heure. "
             "Pas d'estimation. 3 lots.")


# d05 ------------------------------------------------------------------------------------------------------
def d05():
    B = "Département de la Haute-Sérène"
    ref = "DHS-ROUTES-2027-11"
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Département de la Haute-Sérène – fauchage des dépendances vertes"),
        P("Nom et adresse officiels de l'organisme acheteur : Département de la Haute-Sérène, Hôtel du Département, "
          "1 cours de la Préfecture, 07230 Sérignol"),
        P("Objet : Fauchage, débroussaillage et entretien des dépendances vertes des routes départementales"),
        P("Catégorie de services : 77312000 – Services de désherbage"),
        P("Type de procédure : appel d'offres ouvert"),
        P("Valeur estimée hors TVA : 1~400~000 euros, pour la durée maximale des accords-cadres"),
        P("Division en lots : oui. Lot 1 : secteur Nord (arrondissement de Sérignol). Lot 2 : secteur Sud "
          "(arrondissement de Vabre-le-Haut)."),
        P("Conditions d'exécution : le marché comprend une clause sociale d'insertion professionnelle ; un critère "
          "d'attribution porte sur la performance en matière d'insertion."),
        P("Durée : 2 ans, reconductible une fois 2 ans"),
        P("Date limite de réception des offres : 2 février 2027, 16 heures"),
    ]
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Fauchage et entretien des dépendances vertes routières", ref),
        ART("Objet et lots",
            "La consultation porte sur le fauchage des accotements, le débroussaillage des talus et fossées et "
            "l'entretien des délaissés routiers. Elle comporte deux lots géographiques : lot 1 – secteur Nord ; "
            "lot 2 – secteur Sud. Un candidat ne peut être attributaire que d'un seul lot."),
        ART("Durée",
            "L'accord-cadre est conclu pour une période initiale de deux ans à compter du 1er avril 2027. Il est "
            "reconductible une fois, pour une période de deux ans, soit une durée maximale de quatre ans."),
        F("candidature", 1),
        ART("Critères d'attribution",
            LST(["Prix : 60 %", "Valeur technique (organisation, matériels, calendrier) : 30 %",
                 "Performance en matière d'insertion professionnelle des publics en difficulté : 10 %"])),
        F("remise", 0, profil="marches.haute-serene.fr"),
        F("renseignements"),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Fauchage et entretien des dépendances vertes"),
        ART("Forme de l'accord-cadre",
            "Pour chacun des deux lots, l'accord-cadre est exécuté par bons de commande, sans minimum, dans la limite "
            "des montants maximums annuels suivants :",
            LST(["lot 1 – secteur Nord : 220~000 € HT par an ;", "lot 2 – secteur Sud : 180~000 € HT par an."])),
        F("pieces", 1),
        F("prix", 0, indice="ICHT-rev TS"),
        ART("Clause d'insertion",
            "Le titulaire réalise une action d'insertion au bénéfice de personnes éloignées de l'emploi. Le volume "
            "est fixé à 450 heures de travail par année d'exécution, réparties entre les deux lots au prorata des "
            "montants commandés. Le suivi est assuré par le service insertion du Département."),
        F("paiement", 0),
        F("penalites", 1),
        F("assurances", 0),
        F("litiges", 0, tribunal="Nîmes"),
    )
    cctp = cat(
        TITLE(B, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", "Fauchage et entretien des dépendances vertes"),
        ART("Consistance des prestations",
            "Le linéaire à entretenir est de 1~850 km de routes départementales. Les engins de fauchage représentent "
            "environ 1~900 heures de fonctionnement par an sur l'ensemble du territoire."),
        ART("Calendrier",
            "La passe de sécurité est réalisée entre le 15 avril et le 15 juin ; la passe d'entretien complète après "
            "le 15 septembre. Aucune intervention n'est réalisée sur les talus hors passe de sécurité pendant la "
            "période de nidification."),
        ART("Prescriptions environnementales",
            "Aucun produit phytosanitaire n'est employé. La hauteur de coupe est d'au moins 10 cm ; les bandes "
            "refuges signalées par le Département ne sont fauchées qu'une fois par an. Les huiles des engins sont "
            "biodégradables ; les déchets verts sont laissés sur place ou valorisés, jamais brûlés."),
        ART("Sécurité", "La signalisation temporaire est conforme à l'instruction interministérielle (8e partie)."),
    )
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("avis_BOAMP.txt", "AVIS", "", "", avis, L(
            clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=2,
            montant_estime_ht=1400000,
            evidence=["Division en lots : oui", "Lot 2 : secteur Sud", "Valeur estimée hors TVA : 1 400 000 euros",
                      "le marché comprend une clause sociale d'insertion professionnelle",
                      "un critère d'attribution porte sur la performance en matière d'insertion"])),
        PIECE("RC.pdf", "RC", hd % "RC", "RC – fauchage", rc, L(
            critere_social=1, allotissement=1, nb_lots=2,
            evidence=["Elle comporte deux lots géographiques",
                      "Performance en matière d'insertion professionnelle des publics en difficulté : 10 %"]),
              hyphen=True),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – fauchage", ccap, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=450, allotissement=1, nb_lots=2,
            montant_max_ht=400000,
            evidence=["lot 1 – secteur Nord : 220 000 € HT par an ;", "lot 2 – secteur Sud : 180 000 € HT par an.",
                      "[220 000 + 180 000 = 400 000 par an, durée absente]",
                      "Le volume est fixé à 450 heures de travail par année d'exécution"]), hyphen=True),
        PIECE("CCTP.pdf", "CCTP", hd % "CCTP", "CCTP – fauchage", cctp, L(
            clause_environnementale=1,
            evidence=["Aucun produit phytosanitaire n'est employé.",
                      "les déchets verts sont laissés sur place ou valorisés, jamais brûlés"]), hyphen=True),
    ]
    return D("d05-haute-serene-fauchage", "Haute-Sérène – fauchage, maxima annuels par lot, durée au RC", pieces,
             ["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
             V(heures_insertion=450, allotissement=1, nb_lots=2, montant_estime_ht=1400000, montant_max_ht=1600000),
             "Maximum : maxima annuels du CCAP (220 000 + 180 000 = 400 000 par an), durée maximale de 4 ans au RC (2 ans "
             "+ une reconduction de 2 ans) : 400 000 × 4 = 1 600 000. Heures : 450 heures par année d'exécution (CCAP), "
             "aucun total écrit : valeur écrite 450, comme blind_values_9 (lecture « total » : 1 800, voir doutes). "
             "Piège : 1 900 heures de fonctionnement des engins (CCTP). Estimation : 1 400 000 (avis). 2 lots.")


# d06 ------------------------------------------------------------------------------------------------------
def d06():
    B = "SMICTOM de la Vézène"
    ref = "SMV-COL-2027"
    avis = [
        TITLE("AVIS DE MARCHÉ", "Services – Directive 2014/24/UE", "Collecte des déchets ménagers et assimilés"),
        H("Section I : Pouvoir adjudicateur"),
        P("I.1) Nom et adresses : Syndicat mixte intercommunal de collecte et de traitement des ordures ménagères "
          "(SMICTOM) de la Vézène, ZA des Granges, 24610 Montbazac"),
        H("Section II : Objet"),
        P("II.1.1) Intitulé : Collecte en porte-à-porte et en points d'apport volontaire des déchets ménagers et "
          "assimilés"),
        P("II.1.2) Code CPV principal : 90511000"),
        P("II.1.5) Valeur totale estimée : Valeur hors TVA : 9~200~000 EUR"),
        P("II.1.6) Information sur les lots : Ce marché est divisé en lots : non"),
        P("II.2.7) Durée du marché, de l'accord-cadre ou du système d'acquisition dynamique : Durée en mois : 60 ; "
          "Ce contrat peut être reconduit : non"),
        H("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.2.2) Conditions particulières d'exécution : clause sociale d'insertion (2 ETP par an) ; au moins 50 % "
          "des véhicules de collecte à motorisation GNV, bioGNV ou électrique dès la première année."),
        H("Section IV : Procédure"),
        P("IV.1.3) Informations sur l'accord-cadre : accord-cadre avec un seul opérateur"),
        H("Section VI : Renseignements complémentaires"),
        P("VI.3) Informations complémentaires : Le montant maximum de l'accord-cadre sur sa durée totale est fixé à "
          "11~500~000 EUR HT. Les prestations sont rémunérées par un prix forfaitaire annuel et par des prix unitaires "
          "appliqués aux quantités commandées."),
    ]
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Collecte des déchets ménagers et assimilés", ref),
        ART("Objet", "Collecte en porte-à-porte des ordures ménagères résiduelles et des emballages, collecte des "
            "points d'apport volontaire et lavage des bacs, sur les 38 communes du syndicat."),
        ART("Absence d'allotissement",
            "Le marché ne fait pas l'objet d'un allotissement. Conformément à l'article L. 2113-11 du code de la "
            "commande publique, la dévolution en lots séparés rendrait techniquement difficile et financièrement "
            "plus coûteuse l'exécution des prestations, les tournées étant mutualisées entre flux."),
        ART("Durée", "Le marché est conclu pour cinq ans à compter du 1er janvier 2028, sans reconduction."),
        F("candidature", 0),
        ART("Critères d'attribution",
            "Valeur technique : 40 % ; prix : 45 % ; performance environnementale, appréciée sur les émissions de "
            "CO2 et de particules de la flotte proposée et sur le plan d'optimisation des tournées : 15 %."),
        F("remise", 0, profil="www.smictom-vezene.fr"),
        F("validite", 1),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Collecte des déchets ménagers et assimilés"),
        ART("Forme et montant",
            "Le marché est un accord-cadre mono-attributaire, rémunéré par un prix global forfaitaire annuel et des "
            "bons de commande. Son montant maximum sur la durée totale est celui indiqué dans l'avis de marché."),
        ART("Durée", "Cinq ans à compter du 1er janvier 2028."),
        F("pieces", 0),
        F("prix", 0, indice="gazole et main-d'œuvre (formule à l'annexe 2)"),
        ART("Véhicules",
            "Au moins 50 % des véhicules de collecte affectés au marché sont à motorisation GNV, bioGNV ou électrique "
            "dès la première année, 80 % à compter de la troisième année. Les conducteurs suivent une formation à "
            "l'écoconduite ; la consommation de chaque véhicule est rapportée dans le bilan annuel."),
        ART("Clause sociale d'insertion",
            "Le titulaire s'engage à confier à des personnes en parcours d'insertion un volume de travail équivalent "
            "à 2 ETP par an (1 ETP = 1~607 heures), soit 3§214 heures par an et 16§070 heures sur la durée du marché. "
            "Les heures réalisées par les salariés d'une entreprise de travail temporaire d'insertion ou d'un GEIQ "
            "sont prises en compte. Un tableau de suivi est transmis chaque trimestre au facilitateur du PLIE."),
        F("paiement", 0),
        F("penalites", 0),
        F("legal", 1),
        F("litiges", 0, tribunal="Bordeaux"),
    )
    cctp = cat(
        TITLE(B, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", "Collecte des déchets ménagers et assimilés"),
        ART("Données du service",
            "Population desservie : 41~300 habitants. Tonnages 2026 : 8~950 t d'ordures ménagères résiduelles, "
            "2~410 t d'emballages. Le coût actuel du service de collecte est d'environ 1~800~000 € TTC par an."),
        ART("Fréquences",
            "Ordures ménagères : C1 en zone rurale, C2 dans les bourgs de plus de 2~000 habitants. Emballages : C0,5. "
            "Les horaires de collecte débutent à 5 h en été."),
        ART("Lavage des bacs",
            "Les bacs sont lavés deux fois par an par un véhicule laveur équipé d'un recyclage de l'eau de lavage ; "
            "les eaux usées sont rejetées dans un réseau d'assainissement autorisé, jamais dans le milieu naturel."),
        ART("Rapports", "Un rapport mensuel d'activité et un rapport annuel sont remis au syndicat."),
    )
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("avis_JOUE.txt", "AVIS", "", "", avis, L(
            clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=0,
            montant_estime_ht=9200000, montant_max_ht=11500000,
            evidence=["Ce marché est divisé en lots : non", "Valeur hors TVA : 9 200 000 EUR",
                      "Le montant maximum de l'accord-cadre sur sa durée totale est fixé à 11 500 000 EUR HT",
                      "clause sociale d'insertion (2 ETP par an)",
                      "au moins 50 % des véhicules de collecte à motorisation GNV"])),
        PIECE("RC.pdf", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            critere_environnemental=1, allotissement=0,
            evidence=["Le marché ne fait pas l'objet d'un allotissement.",
                      "performance environnementale, appréciée sur les émissions de CO2 et de particules"]),
              hyphen=True),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – collecte", ccap, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=16070, clause_environnementale=1,
            evidence=["soit 3 214 heures par an et 16 070 heures sur la durée du marché",
                      "Au moins 50 % des véhicules de collecte affectés au marché sont à motorisation GNV"]),
              hyphen=True),
        PIECE("CCTP.pdf", "CCTP", hd % "CCTP", "CCTP – collecte", cctp, L(
            clause_environnementale=1,
            evidence=["équipé d'un recyclage de l'eau de lavage"]), hyphen=True, cols=2),
    ]
    return D("d06-vezene-collecte", "SMICTOM de la Vézène – collecte, maximum dans l'avis, heures en ETP", pieces,
             ["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
             V(heures_insertion=16070, allotissement=0, montant_estime_ht=9200000, montant_max_ht=11500000),
             "Heures : 2 ETP par an (1 ETP = 1 607 h), soit 3 214 h par an et 16 070 h sur cinq ans, total écrit au "
             "CCAP, retenu. L'avis ne donne que « 2 ETP par an » (pas d'heures). Maximum : 11 500 000 HT écrit "
             "seulement dans l'avis (VI.3), le CCAP y renvoie. Estimation : 9 200 000 (avis). Piège : coût actuel "
             "1 800 000 TTC par an (CCTP). Non alloti.")


# d07 ------------------------------------------------------------------------------------------------------
def d07():
    B = "Ville de Quincarol"
    ref = "VQ-EV-2027"
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Entretien des espaces verts communaux", "Appel d'offres ouvert – " + ref),
        ART("Objet et allotissement",
            "La consultation est divisée en trois lots : lot 1 – Parcs et jardins du centre-ville ; lot 2 – Espaces "
            "verts des quartiers et des écoles ; lot 3 – Entretien des cimetières et des chemins piétonniers."),
        ART("Lot réservé",
            "En application de l'article L. 2113-13 du code de la commande publique, le lot 3 est réservé aux "
            "structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du travail "
            "et aux structures équivalentes."),
        ART("Clause d'insertion des lots 1 et 2",
            "Les lots 1 et 2 comportent une clause sociale d'insertion : le titulaire réserve au moins 5 % du nombre "
            "total d'heures travaillées pour l'exécution du lot à des personnes éloignées de l'emploi."),
        ART("Durée", "Chaque accord-cadre est conclu pour un an, reconductible trois fois un an."),
        F("candidature", 1),
        ART("Critères d'attribution",
            "Lots 1 et 2 : prix (50 %), valeur technique (50 %).",
            "Lot 3 : prix (40 %) ; valeur technique (45 %) ; qualité de l'accompagnement socioprofessionnel et de la "
            "formation des salariés en parcours d'insertion (15 %)."),
        F("remise", 1, profil="quincarol.achatpublic-local.fr"),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Entretien des espaces verts – lots 1 à 3"),
        ART("Objet", "Le présent CCAP régit les trois lots de la consultation. Le lot 3 est réservé aux SIAE en "
            "application de l'article L. 2113-13 du code de la commande publique."),
        ART("Montants des accords-cadres",
            "Chaque lot est exécuté par bons de commande, sans minimum. Le montant d'un bon de commande ne peut être "
            "inférieur à 500 € HT. Les montants maximums sont les suivants :",
            RTAB([["Lot", "Maximum annuel", "Maximum sur la durée totale (4 ans)"],
                  ["Lot 1 – Parcs et jardins", "90~000 € HT", "360" + BR + "000 € HT"],
                  ["Lot 2 – Quartiers et écoles", "60~000 € HT", "240" + BR + "000 € HT"],
                  ["Lot 3 – Cimetières et chemins (réservé)", "25~000 € HT", "100" + BR + "000 € HT"]],
                 widths=[3.4, 1.3, 0.75], align="lrr")),
        F("pieces", 2),
        F("prix", 1, indice="ICHT-rev TS"),
        ART("Gestion écologique",
            "Le titulaire applique la gestion différenciée définie au CCTP : zéro produit phytosanitaire, tonte "
            "mulching sur les pelouses d'agrément, paillage des massifs. Les déchets verts sont broyés et réutilisés "
            "sur place ou apportés à la plate-forme de compostage communale."),
        ART("Clause d'insertion (lots 1 et 2)",
            "Pour les lots 1 et 2, le titulaire consacre au moins 5 % des heures travaillées sur le marché à des "
            "personnes rencontrant des difficultés d'insertion. Il remet chaque trimestre un état nominatif des "
            "heures réalisées au service emploi de la ville."),
        F("paiement", 0),
        F("litiges", 0, tribunal="Rennes"),
    )
    ae3 = cat(
        TITLE(B, "ACTE D'ENGAGEMENT", "Lot 3 – Entretien des cimetières et des chemins piétonniers", ref),
        ART("Lot réservé",
            "Le présent lot est réservé aux structures d'insertion par l'activité économique (article L. 2113-13 du "
            "code de la commande publique). Le candidat indique son conventionnement : ☐ ACI ☐ EI ☐ AI ☐ ETTI."),
        ART("Engagement", "Le candidat s'engage à exécuter les prestations du lot 3 aux prix de son bordereau."),
        ART("Montant", "Montant maximum annuel de l'accord-cadre : 25~000 € HT."),
        ART("Paiement", "Le titulaire désigne le compte à créditer en joignant un RIB."),
    )
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Ville de Quincarol – entretien des espaces verts"),
        P("Organisme acheteur : Ville de Quincarol, place de la Mairie, 35720 Quincarol"),
        P("Objet : entretien des espaces verts communaux"),
        P("Procédure : appel d'offres ouvert"),
        P("Valeur estimée (HT) : 620~000 euros sur quatre ans"),
        P("Lots : 3. Lot 1 : parcs et jardins ; lot 2 : quartiers et écoles ; lot 3 : cimetières et chemins"),
        P("Marché réservé : le lot 3 est réservé aux structures d'insertion par l'activité économique (article "
          "L. 2113-13 du code de la commande publique)"),
        P("Clause sociale : oui, clause d'insertion pour les lots 1 et 2"),
        P("Date limite de remise des offres : 19/03/2027 à 12h00"),
    ]
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("RC.pdf", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            clause_sociale=1, clause_insertion=1, critere_social=1, marche_reserve=1, reserve_base="L2113-13",
            allotissement=1, nb_lots=3,
            evidence=["La consultation est divisée en trois lots",
                      "le lot 3 est réservé aux structures d'insertion par l'activité économique",
                      "au moins 5 % du nombre total d'heures travaillées",
                      "qualité de l'accompagnement socioprofessionnel et de la formation des salariés en parcours "
                      "d'insertion (15 %)"]), hyphen=True),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – espaces verts", ccap, L(
            clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-13",
            clause_environnementale=1, allotissement=1, nb_lots=3, montant_max_ht=700000,
            evidence=["les trois lots de la consultation", "Le lot 3 est réservé aux SIAE",
                      "Lot 1 – Parcs et jardins 90 000 € HT 360 000 € HT", "[360 000 + 240 000 + 100 000 = 700 000]",
                      "au moins 5 % des heures travaillées", "zéro produit phytosanitaire"]), hyphen=True),
        PIECE("AE_lot3.docx", "AE", hd % "AE lot 3", "Acte d'engagement – lot 3", ae3, L(
            marche_reserve=1, reserve_base="L2113-13", allotissement=1, montant_max_ht=25000,
            evidence=["Lot 3 – Entretien des cimetières",
                      "réservé aux structures d'insertion par l'activité économique (article L. 2113-13",
                      "Montant maximum annuel de l'accord-cadre : 25 000 € HT."])),
        PIECE("avis_BOAMP.txt", "AVIS", "", "", avis, L(
            clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-13", allotissement=1,
            nb_lots=3, montant_estime_ht=620000,
            evidence=["Lots : 3.", "Valeur estimée (HT) : 620 000 euros",
                      "le lot 3 est réservé aux structures d'insertion par l'activité économique (article L. 2113-13",
                      "clause d'insertion pour les lots 1 et 2"])),
    ]
    return D("d07-quincarol-espaces-verts", "Quincarol – espaces verts, lot réservé SIAE, insertion en pourcentage",
             pieces,
             ["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale"],
             V(allotissement=1, nb_lots=3, montant_estime_ht=620000, montant_max_ht=700000, reserve_base="L2113-13"),
             "Heures : la clause des lots 1 et 2 est exprimée en part (5 % des heures travaillées), sans nombre "
             "d'heures : vide. Maximum : colonne « durée totale (4 ans) » du tableau du CCAP, chiffres coupés sur deux "
             "lignes dans les cellules : 360 000 + 240 000 + 100 000 = 700 000 (= (90 000 + 60 000 + 25 000) × 4, durée "
             "1 an + 3 reconductions au RC). L'AE du lot 3 ne donne que le maximum annuel (25 000). Piège : bon minimal "
             "500. Lot 3 réservé L2113-13. Estimation 620 000 (avis). 3 lots.")


# d08 ------------------------------------------------------------------------------------------------------
def d08():
    B = "Centre hospitalier de Roumagnac"
    ref = "CHR-LINGE-2027"
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Location et entretien du linge hospitalier et des vêtements de travail",
              "Appel d'offres ouvert"),
        ART("Objet", "Location, entretien, réparation et livraison du linge plat, du linge en forme et des vêtements "
            "de travail du centre hospitalier et de ses deux EHPAD rattachés."),
        ART("Allotissement",
            "Le marché est passé en lot unique : la traçabilité du linge et la logistique de collecte et de livraison "
            "ne peuvent être dissociées."),
        ART("Forme, durée et montant",
            "Accord-cadre à bons de commande conclu pour quatre ans ferme, avec un montant maximum de "
            "1~200§000 € HT sur la durée totale."),
        F("candidature", 0),
        ART("Critères",
            "Valeur technique : 45 % ; prix : 45 % ; performance environnementale (consommations d'eau et d'énergie "
            "par kilo de linge traité, mode de livraison) : 10 %."),
        F("remise", 0, profil="www.achats-hopitaux-sud.fr"),
        F("validite", 0),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Location et entretien du linge – " + ref),
        ART("Objet", "Le marché, en lot unique, porte sur la location et l'entretien du linge du centre hospitalier."),
        ART("Montant de l'accord-cadre",
            "L'accord-cadre est conclu sans montant minimum et avec un montant maximum de 1~200§000 € HT "
            "(1~440~000 € TTC) sur la durée totale de quatre ans."),
        F("pieces", 0),
        F("prix", 0, indice="ICHT-rev TS (blanchisserie)"),
        F("paiement", 1, delai="50"),
        ART("Exigences environnementales",
            "Les lessives employées sont sans phosphates et porteuses d'un écolabel ; le titulaire justifie d'une "
            "consommation d'eau inférieure à 8 litres par kilo de linge. Les livraisons dans le centre-ville sont "
            "effectuées en véhicule électrique ou GNV."),
        ART("Clause d'insertion",
            "Le titulaire réalise 2§000 heures de travail d'insertion sur la durée du marché, au profit de personnes "
            "éloignées de l'emploi. Pour mémoire, le marché précédent a permis la réalisation de 1~650 heures. Les "
            "heures sont justifiées chaque semestre auprès de la cellule clauses sociales du département."),
        F("legal", 0),
        F("penalites", 0),
        F("litiges", 0, tribunal="Montpellier"),
    )
    qr = cat(
        TITLE(B, "QUESTIONS DES CANDIDATS ET RÉPONSES DE L'ACHETEUR", "Location et entretien du linge – " + ref,
              "Mise à jour du 3 mai 2027"),
        [H("Question 1 – Périmètre"),
         P("L'EHPAD des Tilleuls, rattaché au centre hospitalier le 1er avril 2027, est-il inclus dans le marché ?"),
         P("Réponse : oui. Compte tenu de l'intégration de l'EHPAD des Tilleuls, le montant maximum de l'accord-cadre "
           "est porté à 1~450§000 € HT sur la durée totale de quatre ans. Le CCAP et le règlement de la consultation "
           "sont modifiés en conséquence (modification n° 1 du DCE).")],
        [H("Question 2 – Clause d'insertion"),
         P("Les heures effectuées par des travailleurs d'ESAT mis à disposition sont-elles prises en compte ?"),
         P("Réponse : oui, ces heures sont comptabilisées dans les 2~000 heures d'insertion prévues au CCAP.")],
        [H("Question 3 – Échantillons"),
         P("Faut-il fournir des échantillons de linge ?"),
         P("Réponse : oui, deux draps et deux tuniques, à déposer au magasin centrale avant la date limite.")],
    )
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Centre hospitalier de Roumagnac – linge"),
        P("Identification de l'organisme : Centre hospitalier de Roumagnac, 12 avenue des Platanes, 34190 Roumagnac"),
        P("Objet : location et entretien du linge hospitalier et des vêtements de travail"),
        P("Procédure : appel d'offres ouvert"),
        P("Valeur estimée hors TVA : 1~000~000 euros"),
        P("Montant maximum de l'accord-cadre : 1~440~000 € TTC sur quatre ans"),
        P("Lots : marché en lot unique"),
        P("Conditions d'exécution : clause sociale d'insertion professionnelle ; exigences environnementales "
          "(lessives écolabellisées, livraisons propres)"),
        P("Date limite : 24 mai 2027 à 12 heures"),
    ]
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("RC.pdf", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            critere_environnemental=1, allotissement=0, montant_max_ht=1200000,
            evidence=["Le marché est passé en lot unique", "montant maximum de 1 200 000 € HT sur la durée totale",
                      "performance environnementale (consommations d'eau et d'énergie"]), hyphen=True),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – linge", ccap, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=2000, clause_environnementale=1, allotissement=0,
            montant_max_ht=1200000,
            evidence=["Le marché, en lot unique", "montant maximum de 1 200 000 € HT (1 440 000 € TTC)",
                      "Le titulaire réalise 2 000 heures de travail d'insertion",
                      "Les lessives employées sont sans phosphates et porteuses d'un écolabel"]), hyphen=True),
        PIECE("QR.pdf", "QR", hd % "Q&R", "Questions et réponses", qr, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=2000, montant_max_ht=1450000,
            evidence=["le montant maximum de l'accord-cadre est porté à 1 450 000 € HT sur la durée totale",
                      "comptabilisées dans les 2 000 heures d'insertion prévues au CCAP"])),
        PIECE("avis_BOAMP.txt", "AVIS", "", "", avis, L(
            clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=0,
            montant_estime_ht=1000000,
            evidence=["marché en lot unique", "Valeur estimée hors TVA : 1 000 000 euros",
                      "clause sociale d'insertion professionnelle", "lessives écolabellisées, livraisons propres"])),
    ]
    return D("d08-roumagnac-linge", "CH de Roumagnac – linge, maximum relevé par le registre Q&R", pieces,
             ["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
             V(heures_insertion=2000, allotissement=0, montant_estime_ht=1000000, montant_max_ht=1450000),
             "Maximum : 1 200 000 HT sur 4 ans au RC et au CCAP, porté à 1 450 000 HT par la réponse 1 du registre "
             "(modification n° 1 du DCE, postérieure) : 1 450 000. L'avis ne donne que 1 440 000 TTC (= 1 200 000 × "
             "1,2, ancien chiffre) : piège TTC. Heures : 2 000 (CCAP, rappelées au registre) ; 1 650 h du marché "
             "précédent : piège. Estimation : 1 000 000 (avis). Lot unique.")


# d09 ------------------------------------------------------------------------------------------------------
def d09():
    B = "Université de Valmorin"
    ref = "UV-2027-DEM"
    ted = [
        TITLE("Contract notice – Standard regime", "Directive 2014/24/EU",
              "France – Removal services – Removal and handling services for Université de Valmorin"),
        H("1. Buyer"),
        P("1.1 Buyer – Official name: Université de Valmorin – Legal type of the buyer: Body governed by public law "
          "– Activity of the contracting authority: Education"),
        H("2. Procedure"),
        P("2.1 Procedure – Title: Removal and handling services – Description: Removal of offices, laboratories and "
          "libraries, internal handling and storage for the university campuses. – Procedure identifier: "
          "6b1f2c4e-0d7a-4c11-9a35-2f8e51c7a902 – Type of procedure: Open"),
        P("2.1.1 Purpose – Main nature of the contract: Services – Main classification (cpv): 98392000 Relocation "
          "services"),
        P("2.1.3 Value – Estimated value excluding VAT: 480~000 Euro"),
        P("2.1.4 General information – Legal basis: Directive 2014/24/EU"),
        H("5. Lot"),
        P("5.1 Lot technical ID: LOT-0001 – Title: Removals between and within campuses"),
        P("5.1.3 Estimated duration – Duration: 36 Months"),
        P("5.1.5 Value – Estimated value excluding VAT: 300~000 Euro – Maximum value of the framework agreement: "
          "400~000 Euro"),
        P("5.1.6 General information – Reserved participation: Participation is not reserved."),
        P("5.1.10 Award criteria – Criterion: Type: Price – Weight (percentage, exact): 50 – Criterion: Type: Quality "
          "– Name: Technical value – Weight (percentage, exact): 40 – Criterion: Type: Quality – Name: Social "
          "integration of people far from employment – Weight (percentage, exact): 10"),
        P("5.1.12 Terms of procurement – Conditions relating to the performance of the contract: the contractor "
          "shall carry out 700 hours of work by people in an employment-insertion pathway."),
        P("5.1 Lot technical ID: LOT-0002 – Title: Handling and temporary storage of furniture and archives"),
        P("5.1.3 Estimated duration – Duration: 36 Months"),
        P("5.1.5 Value – Estimated value excluding VAT: 180~000 Euro – Maximum value of the framework agreement: "
          "240~000 Euro"),
        P("5.1.6 General information – Reserved participation: Participation is not reserved."),
        P("5.1.12 Terms of procurement – Conditions relating to the performance of the contract: the contractor "
          "shall carry out 300 hours of work by people in an employment-insertion pathway."),
        H("8. Organisations"),
        P("8.1 ORG-0001 – Official name: Université de Valmorin – Town: Valmorin – Postcode: 86210 – Country: France"),
    ]
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Prestations de déménagement et de manutention", ref),
        ART("Objet et lots",
            "Le marché est alloti en deux lots : lot 1 – Déménagements inter-sites et intra-sites ; lot 2 – "
            "Manutention et stockage temporaire de mobilier et d'archives."),
        ART("Durée", "Chaque accord-cadre est conclu pour trente-six mois ferme à compter de sa notification."),
        F("candidature", 1),
        ART("Jugement des offres",
            "Pour chaque lot : prix (50 %) ; valeur technique (40 %) ; insertion professionnelle des publics éloignés "
            "de l'emploi, appréciée sur le plan d'action proposé pour la clause d'insertion (10 %)."),
        F("remise", 1, profil="marches.univ-valmorin.fr"),
        F("renseignements"),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Déménagement et manutention – lots 1 et 2"),
        ART("Objet", "Le CCAP est commun aux deux lots ; chaque lot donne lieu à un accord-cadre à bons de commande."),
        ART("Montants maximums",
            "Sur la durée totale de trente-six mois, les montants maximums sont de 400~000 € HT pour le lot 1 et de "
            "240~000 € HT pour le lot 2. Aucun montant minimum n'est fixé."),
        F("pieces", 1),
        F("prix", 1, indice="ICHT-rev TS"),
        ART("Clause d'insertion",
            "Le titulaire de chaque lot réalise un volume d'heures d'insertion de 700 heures pour le lot 1 et de "
            "300 heures pour le lot 2, sur la durée de l'accord-cadre, au bénéfice de personnes rencontrant des "
            "difficultés sociales ou professionnelles. La maison de l'emploi de Valmorin assure le rôle de facilitateur."),
        F("paiement", 0),
        F("penalites", 1),
        F("litiges", 1, tribunal="Poitiers"),
    )
    cctp = cat(
        TITLE(B, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", "Déménagement et manutention"),
        ART("Sites", "Campus des Tilleuls, campus Saint-Éloi, bibliothèque universitaire centrale et site de "
            "stockage de la Folie."),
        ART("Emballages",
            "Le titulaire fournit des caisses et cartons réutilisables ; les cartons à usage unique, lorsqu'ils sont "
            "nécessaires, sont en carton recyclé. Il reprend en fin d'opération l'ensemble des emballages pour "
            "réemploi ou recyclage."),
        ART("Personnel et insertion (lot 2)",
            "Pour le lot 2, le volume d'heures d'insertion est de 450 heures. Les personnes en insertion sont "
            "encadrées par un chef d'équipe expérimenté et équipées des protections individuelles adaptées."),
        ART("Délais", "Un déménagement de bureau est réalisé dans un délai de 10 jours ouvrés après le bon de commande."),
    )
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("notice_TED_en.txt", "AVIS", "", "", ted, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=1000, critere_social=1, allotissement=1, nb_lots=2,
            montant_estime_ht=480000, montant_max_ht=640000,
            evidence=["Estimated value excluding VAT: 480 000 Euro", "Lot technical ID: LOT-0002",
                      "Maximum value of the framework agreement: 400 000 Euro",
                      "Maximum value of the framework agreement: 240 000 Euro", "carry out 700 hours",
                      "carry out 300 hours", "Social integration of people far from employment"])),
        PIECE("RC.pdf", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            critere_social=1, allotissement=1, nb_lots=2,
            evidence=["Le marché est alloti en deux lots",
                      "insertion professionnelle des publics éloignés de l'emploi, appréciée sur le plan d'action"]),
              hyphen=True),
        PIECE("CCAP.docx", "CCAP", hd % "CCAP", "CCAP – déménagement", ccap, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=1000, allotissement=1, nb_lots=2,
            montant_max_ht=640000,
            evidence=["commun aux deux lots", "400 000 € HT pour le lot 1 et de 240 000 € HT pour le lot 2",
                      "700 heures pour le lot 1 et de 300 heures pour le lot 2", "[400 000 + 240 000 ; 700 + 300]"])),
        PIECE("CCTP.pdf", "CCTP", hd % "CCTP", "CCTP – déménagement", cctp, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=450, clause_environnementale=1, allotissement=1,
            evidence=["Pour le lot 2, le volume d'heures d'insertion est de 450 heures.",
                      "Il reprend en fin d'opération l'ensemble des emballages pour réemploi ou recyclage."]),
              hyphen=True),
    ]
    return D("d09-valmorin-demenagement", "Université de Valmorin – déménagement, avis TED en anglais, CCTP en conflit",
             pieces,
             ["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
             V(heures_insertion=1000, allotissement=1, nb_lots=2, montant_estime_ht=480000, montant_max_ht=640000),
             "Maximum : 400 000 (lot 1) + 240 000 (lot 2) sur 36 mois, au CCAP et dans l'avis TED (« Maximum value of the "
             "framework agreement ») = 640 000. Heures : 700 + 300 = 1 000 (CCAP et avis) ; le CCTP donne 450 pour le "
             "lot 2, en conflit : le CCAP et l'avis priment. Estimation 480 000 (avis, 300 000 + 180 000). 2 lots.")


# d10 ------------------------------------------------------------------------------------------------------
def d10():
    B = "Métropole du Grand Ternac"
    ref = "GT-ECL-2027-22"
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Maintenance et travaux neufs d'éclairage public et de "
              "signalisation lumineuse", ref),
        ART("Objet", "Maintenance préventive et curative des installations d'éclairage public, des feux tricolores "
            "et des illuminations festives, et petits travaux neufs, sur le territoire des 27 communes de la métropole."),
        ART("Allotissement",
            "Le marché est décomposé en quatre lots géographiques : lot 1 Ternac-centre ; lot 2 secteur Est ; "
            "lot 3 secteur Ouest ; lot 4 communes rurales du Nord."),
        ART("Clause sociale d'insertion",
            "Chaque lot comporte une clause d'insertion. Le nombre d'heures à réaliser sur la durée totale est de 600 "
            "heures pour chacun des lots 1, 2 et 3, et de 250 heures pour le lot 4."),
        ART("Durée", "Accords-cadres de quatre ans ferme."),
        F("candidature", 0),
        ART("Critères de sélection des offres",
            "Prix : 50 % ; valeur technique : 40 % ; performance énergétique et environnementale des solutions de "
            "remplacement proposées (efficacité lumineuse des sources, réduction de la pollution lumineuse) : 10 %."),
        F("remise", 0, profil="www.grandternac-marches.fr"),
        F("validite", 1),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Éclairage public – lots 1 à 4"),
        ART("Montants maximums",
            "Chaque lot est un accord-cadre à bons de commande d'une durée de quatre ans. Les montants maximums, sur "
            "toute la durée, sont exprimés en millions d'euros hors taxes :",
            RTAB([["Lot", "Secteur", "Maximum (M€ HT)"],
                  ["1", "Ternac-centre", "1,20"], ["2", "Secteur Est", "0,90"], ["3", "Secteur Ouest", "0,75"],
                  ["4", "Communes rurales du Nord", "0,45"], ["Total", "Ensemble des lots", "3,30"]],
                 widths=[0.7, 2.5, 1.4], align="llr", bold_last=True)),
        F("pieces", 0, ccag="Travaux"),
        ART("Délais d'intervention",
            "Le délai d'intervention est de 4 heures pour une panne de feux tricolores et de 48 heures pour une panne "
            "d'éclairage isolée. Les interventions de nuit sont rémunérées au prix « heure de main-d'œuvre de nuit »."),
        ART("Déchets et matériels déposés",
            "Les lampes, luminaires et équipements déposés sont remis à l'éco-organisme agréé pour les déchets "
            "d'équipements électriques et électroniques ; le titulaire transmet les bordereaux de reprise."),
        ART("Clause d'insertion",
            RTAB([["Lot", "Heures d'insertion (durée totale)"], ["1", "600"], ["2", "600"], ["3", "600"], ["4", "250"]],
                 widths=[1, 2], align="lr"),
            "Le titulaire peut recourir à l'embauche directe, à l'intérim d'insertion ou à un GEIQ."),
        F("paiement", 0),
        F("litiges", 0, tribunal="Nancy"),
    )
    dqe = cat(
        TITLE(B, "DÉTAIL QUANTITATIF ESTIMATIF (non contractuel)", "Lot 1 – Ternac-centre"),
        [P("Le DQE sert uniquement au jugement des offres ; les quantités sont fictives.")],
        [RTAB([["Réf.", "Désignation", "Unité", "Qté", "PU HT", "Total HT"],
               ["1", "Remplacement de lanterne LED, y compris dépose", "u", "180", "", ""],
               ["2", "Remplacement de mât de 6 m", "u", "25", "", ""],
               ["3", "Heure de main-d'œuvre de jour", "h", "300", "", ""],
               ["4", "Heure de main-d'œuvre de nuit", "h", "120", "", ""],
               ["5", "Nacelle de 12 m, par heure", "h", "200", "", ""],
               ["", "Total HT du DQE", "", "", "", ""]],
              widths=[0.5, 3.2, 0.6, 0.6, 0.9, 1], align="llrrrr")],
    )
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Métropole du Grand Ternac – éclairage public"),
        P("Organisme : Métropole du Grand Ternac, 1 esplanade des Forges, 54510 Ternac"),
        P("Objet du marché : maintenance et travaux neufs d'éclairage public et de signalisation lumineuse"),
        P("Type de marché : travaux. Procédure : appel d'offres ouvert."),
        P("Valeur estimée hors TVA : 2,8 M€ HT pour l'ensemble des lots et la durée totale"),
        P("Division en lots : oui, 4 lots géographiques"),
        P("Conditions d'exécution : clause d'insertion pour chacun des lots"),
        P("Date limite : 30 avril 2027 à 16 h 00"),
    ]
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("RC.pdf", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=2050, critere_environnemental=1, allotissement=1,
            nb_lots=4,
            evidence=["décomposé en quatre lots géographiques",
                      "600 heures pour chacun des lots 1, 2 et 3, et de 250 heures pour le lot 4",
                      "[600 × 3 + 250 = 2 050]", "performance énergétique et environnementale des solutions"]),
              hyphen=True, cols=2),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – éclairage public", ccap, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=2050, clause_environnementale=1,
            allotissement=1, nb_lots=4, montant_max_ht=3300000,
            evidence=["exprimés en millions d'euros hors taxes", "Total Ensemble des lots 3,30", "Heures d'insertion (durée totale)",
                      "[600 + 600 + 600 + 250 = 2 050]", "remis à l'éco-organisme agréé", "Éclairage public – lots 1 à 4"]),
              hyphen=True),
        PIECE("DQE_lot1.pdf", "DQE", hd % "DQE lot 1", "DQE – lot 1", dqe, L(
            allotissement=1, evidence=["Lot 1 – Ternac-centre"])),
        PIECE("avis_BOAMP.txt", "AVIS", "", "", avis, L(
            clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=4, montant_estime_ht=2800000,
            evidence=["Division en lots : oui, 4 lots géographiques", "Valeur estimée hors TVA : 2,8 M€ HT",
                      "clause d'insertion pour chacun des lots"])),
    ]
    return D("d10-grand-ternac-eclairage", "Grand Ternac – éclairage public, maxima en M€, heures par lot", pieces,
             ["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
             V(heures_insertion=2050, allotissement=1, nb_lots=4, montant_estime_ht=2800000, montant_max_ht=3300000),
             "Maximum : tableau du CCAP en M€ HT sur 4 ans, ligne Total 3,30 = 1,20 + 0,90 + 0,75 + 0,45 : 3 300 000. "
             "Heures : 600 pour chacun des lots 1 à 3 et 250 pour le lot 4 (RC à deux colonnes et tableau du CCAP) : "
             "2 050. Pièges : délais de 4 et 48 heures, heures de main-d'œuvre et de nacelle au DQE. Estimation : "
             "2,8 M€ (avis). 4 lots.")


# d11 ------------------------------------------------------------------------------------------------------
def d11():
    B = "Communauté de communes des Monts d'Arvèze"
    ref = "CCMA-TS-2027"
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Transport scolaire et périscolaire des élèves du territoire", ref),
        ART("Objet", "Transport quotidien des élèves des écoles du regroupement pédagogique intercommunal vers les "
            "écoles et le collège, transports vers la piscine et sorties scolaires ponctuelles."),
        ART("Allotissement",
            "Les circuits sont interdépendants (véhicules et conducteurs partagés) : le marché est passé en lot unique."),
        ART("Durée",
            "L'accord-cadre prend effet le 1er septembre 2027 et s'achève le 31 août 2028. Il est reconductible "
            "trois fois par période d'un an, soit jusqu'au 31 août 2031 au plus tard."),
        F("candidature", 0),
        ART("Critères",
            "Prix : 50 % ; qualité du service (ponctualité, remplacement des conducteurs, communication avec les "
            "familles) : 40 % ; performance environnementale du parc affecté au marché (norme Euro, motorisation, "
            "âge moyen) : 10 %."),
        F("remise", 1, profil="www.monts-arveze.fr/marches"),
        F("validite", 1),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Transport scolaire et périscolaire"),
        ART("Forme de l'accord-cadre",
            "Accord-cadre à bon de commandes. Le montant minimum annuel est de 120§000 € HT ; le montant maximum "
            "annuel est fixé à l'acte d'engagement. Tout bon de commande relatif à une sortie scolaire ponctuelle est "
            "plafonné à 5~000 € HT."),
        F("pieces", 1),
        F("prix", 0, indice="transport routier de voyageurs (CNR)"),
        ART("Véhicules",
            "Les autocars affectés au marché sont conformes au minimum à la norme Euro VI. Les conducteurs sont "
            "formés à l'écoconduite dans les six mois de la notification ; la consommation moyenne du parc est "
            "déclarée chaque année."),
        ART("Égalité professionnelle",
            "Le titulaire met en œuvre, pour le personnel affecté au marché, un plan d'action en faveur de l'égalité "
            "professionnelle entre les femmes et les hommes (recrutement de conductrices, horaires compatibles avec "
            "la vie familiale) et en présente le bilan chaque année à la communauté de communes. Chaque conducteur "
            "suit en outre une formation de 7 heures à l'accueil des élèves."),
        F("paiement", 1),
        F("penalites", 0),
        F("litiges", 0, tribunal="Clermont-Ferrand"),
    )
    ae = cat(
        TITLE(B, "ACTE D'ENGAGEMENT", "Transport scolaire et périscolaire – lot unique", ref),
        ART("Contractant", "Raison sociale : ....................... SIRET : ....................."),
        ART("Engagement", "Le signataire s'engage à éxécuter les prestations aux prix unitaires du bordereau annexé."),
        ART("Montant maximum",
            "Le montant maximum annuel de l'accord-cadre est de 260§000 € HT, soit 286~000 € TTC (TVA à 10 %)."),
        ART("Durée", "Voir le règlement de la consultation."),
        ART("Signature", "Fait à ................, le ................"),
    )
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("RC.docx", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            critere_environnemental=1, allotissement=0,
            evidence=["le marché est passé en lot unique",
                      "performance environnementale du parc affecté au marché"])),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – transport scolaire", ccap, L(
            clause_sociale=1, clause_environnementale=1,
            evidence=["un plan d'action en faveur de l'égalité professionnelle entre les femmes et les hommes",
                      "conformes au minimum à la norme Euro VI"]), hyphen=True),
        PIECE("AE.pdf", "AE", hd % "AE", "Acte d'engagement", ae, L(
            allotissement=0, montant_max_ht=260000,
            evidence=["lot unique", "Le montant maximum annuel de l'accord-cadre est de 260 000 € HT"])),
    ]
    return D("d11-arveze-transport", "Monts d'Arvèze – transport scolaire, maximum annuel à l'AE, reconductions au RC",
             pieces, ["clause_sociale", "clause_environnementale", "critere_environnemental"],
             V(allotissement=0, montant_max_ht=1040000),
             "Maximum : 260 000 HT par an (AE) × 4 périodes (1er septembre 2027 – 31 août 2028, reconductible trois fois, "
             "RC) = 1 040 000. Pièges : 286 000 TTC, minimum annuel 120 000, plafond de 5 000 par sortie. Clause "
             "sociale sans insertion (plan d'égalité femmes-hommes) ; 7 heures de formation : piège, pas d'heures "
             "d'insertion. Lot unique.")


# d12 ------------------------------------------------------------------------------------------------------
def d12():
    B = "Établissement public foncier de Lorvanne"
    ref = "EPFL-2027-DEC-04"
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Désamiantage, déconstruction et dépollution de la friche de "
              "l'ancienne filature Marcelin à Lorvanne", "Procédure adaptée – marché de travaux"),
        ART("Objet et lots",
            "Les travaux sont répartis en deux lots traités par marchés séparés : lot 1 – Désamiantage et "
            "déconstruction ; lot 2 – Dépollution des sols et terrassements."),
        ART("Montant estimatif",
            "Le montant estimatif des travaux est de 1~850§000 € HT, dont 1~300~000 € HT pour le lot 1 et 550~000 € HT "
            "pour le lot 2. Il est donné à titre indicatif et n'engage pas l'EPF."),
        ART("Forme des prix", "Chaque marché est conclu à prix global et forfaitaire ; délai d'exécution de 9 mois."),
        ART("Clause sociale", "Les deux lots comportent une clause d'insertion définie à l'article 7 du CCAP."),
        F("candidature", 1),
        ART("Jugement des offres",
            "Prix : 55 % ; valeur technique : 30 % ; méthodologie de tri, de traçabilité et de valorisation des "
            "déchets de déconstruction : 15 %."),
        F("remise", 0, profil="www.epf-lorvanne.fr/consultations"),
        F("negociation"),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Friche Marcelin – lots 1 et 2"),
        ART("Objet", "Le présent CCAP s'applique aux marchés des lots 1 et 2, conclus à prix global et forfaitaire."),
        F("pieces", 0, ccag="Travaux"),
        F("avance", 1),
        ART("Pénalités",
            "Retard : 1/3000e du montant du marché par jour calendaire. Le montant maximum des pénalités est plafonné "
            "à 10 % du montant du marché. Absence du titulaire à une réunion de chantier : 200 € HT."),
        ART("Gestion des déchets",
            "Le titulaire établit un schéma d'organisation et de gestion des déchets (SOGED). Les déchets inertes font "
            "l'objet d'une valorisation matière à hauteur de 70 % au moins de leur masse ; le titulaire en justifie "
            "par les bons de pesée des installations de destination."),
        ART("Clause d'insertion",
            "Les titulaires réalisent une action d'insertion au bénéfice de personnes éloignées de l'emploi, selon "
            "le volume suivant :",
            RTAB([["Lot", "Heures d'insertion"], ["Lot 1 – Désamiantage et déconstruction", "1~400"],
                  ["Lot 2 – Dépollution et terrassements", "350"]], widths=[3, 1.2], align="lr"),
            "Chaque contrat ou mission proposé au titre de la clause a une durée minimale de 140 heures. Chaque heure "
            "non réalisée du fait du titulaire donne lieu à une pénalité de 60 € HT."),
        F("legal", 0),
        F("litiges", 0, tribunal="Lille"),
    )
    cctp = cat(
        TITLE(B, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", "Friche Marcelin – lot 1 : désamiantage et déconstruction"),
        ART("Consistance", "Bâtiment de filature de 6~400 m² sur trois niveaux, deux annexes et une cheminée de 32 m."),
        ART("Désamiantage",
            "Les travaux de retrait sont réalisés par une entreprise certifiée. Les opérateurs disposent de la "
            "formation de sous-section 3 ; la formation initiale d'un opérateur de chantier représente 35 heures au "
            "moins. La valeur limite d'exposition professionnelle est de 10 fibres par litre."),
        ART("Déconstruction sélective",
            "La déconstruction est sélective : les matériaux réemployables (poutres bois, briques, fontes) sont "
            "déposés avec soin et remis à la ressourcerie désignée par l'EPF ; les bétons sont concassés sur site "
            "et réutilisés en remblai."),
        ART("Planning", "Délai : 9 mois, dont 1 mois de préparation."),
    )
    ae1 = cat(
        TITLE(B, "ACTE D'ENGAGEMENT", "Lot 1 – Désamiantage et déconstruction", ref),
        ART("Objet", "Marché de travaux du lot 1 de l'opération de la friche Marcelin."),
        ART("Prix", "Le montant de l'offre, à prix global et forfaitaire, est de : ........................ € HT."),
        ART("Délai", "Le délai d'exécution est celui fixé au CCAP."),
        ART("Engagement d'insertion",
            "Le titulaire s'engage à réaliser 1~400 heures de travail d'insertion, conformément à l'article 7 du CCAP."),
        ART("Signature", "Fait à .............., le .............."),
    )
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("RC.pdf", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=2,
            montant_estime_ht=1850000,
            evidence=["répartis en deux lots", "Le montant estimatif des travaux est de 1 850 000 € HT",
                      "Les deux lots comportent une clause d'insertion",
                      "méthodologie de tri, de traçabilité et de valorisation des déchets de déconstruction : 15 %"]),
              hyphen=True),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – friche Marcelin", ccap, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=1750, clause_environnementale=1, allotissement=1,
            nb_lots=2,
            evidence=["s'applique aux marchés des lots 1 et 2", "Lot 1 – Désamiantage et déconstruction 1 400",
                      "Lot 2 – Dépollution et terrassements 350", "[1 400 + 350 = 1 750]",
                      "une valorisation matière à hauteur de 70 % au moins"]), hyphen=True),
        PIECE("CCTP_lot1.pdf", "CCTP", hd % "CCTP lot 1", "CCTP – lot 1", cctp, L(
            clause_environnementale=1, allotissement=1,
            evidence=["lot 1 : désamiantage et déconstruction",
                      "remis à la ressourcerie désignée par l'EPF"]), hyphen=True),
        PIECE("AE_lot1.docx", "AE", hd % "AE lot 1", "Acte d'engagement – lot 1", ae1, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=1400, allotissement=1,
            evidence=["Lot 1 – Désamiantage et déconstruction", "réaliser 1 400 heures de travail d'insertion"])),
    ]
    return D("d12-lorvanne-friche", "EPF de Lorvanne – déconstruction, marchés ordinaires (pas de maximum)", pieces,
             ["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
             V(heures_insertion=1750, allotissement=1, nb_lots=2, montant_estime_ht=1850000),
             "Marchés de travaux à prix global et forfaitaire : aucun maximum (le « montant maximum des pénalités » est "
             "un piège). Heures : 1 400 (lot 1) + 350 (lot 2) = 1 750 (CCAP ; l'AE du lot 1 reprend 1 400). Pièges : "
             "140 heures minimum par contrat, 35 heures de formation amiante, pénalité 60 € par heure. Estimation : "
             "1 850 000 (RC, 1 300 000 + 550 000). 2 lots.")


# d13 ------------------------------------------------------------------------------------------------------
def d13():
    B = "Ville de Pradelune"
    ref = "VP-FOURN-2028"
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Fournitures de bureau, papier et imprimés", ref),
        ART("Lots",
            "La consultation comprend trois lots : lot 1 – Fournitures de bureau ; lot 2 – Papier de reprographie ; "
            "lot 3 – Enveloppes et imprimés administratifs."),
        ART("Réservation du lot 3",
            "Le lot 3 est réservé, en application de l'article L. 2113-12 du code de la commande publique, aux "
            "entreprises adaptées, aux établissements et services d'aide par le travail et aux structures équivalentes."),
        ART("Durée", "Chaque accord-cadre est conclu pour un an à compter du 1er janvier 2028, reconductible trois "
            "fois par période d'un an."),
        F("candidature", 0),
        ART("Critères",
            "Prix (sur la base d'un panier type) : 60 % ; qualité du service et délais de livraisons : 25 % ; "
            "performance environnementale de la logistique (fréquence des livraisons, emballages, reprise des "
            "consommables usagés) : 15 %."),
        F("remise", 1, profil="pradelune.marches-securises.fr"),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Fournitures de bureau, papier et imprimés – "
              "3 lots"),
        ART("Montants",
            "Chaque lot est un accord-cadre à bons de commande. Les montants annuels, en milliers d'euros hors "
            "taxes, sont les suivants :",
            RTAB([["Lot", "Minimum annuel (k€ HT)", "Maximum annuel (k€ HT)"],
                  ["1 – Fournitures de bureau", "5", "40"], ["2 – Papier de reprographie", "3", "25"],
                  ["3 – Enveloppes et imprimés (lot réservé)", "2", "15"], ["Total", "10", "80"]],
                 widths=[2.6, 1.3, 1.3], align="lrr", bold_last=True),
            "Le lot 3 est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail "
            "(ESAT). La durée de l'accord-cadre est fixée au règlement de la consultation."),
        F("pieces", 2),
        F("prix", 1, indice="des prix de production de l'industrie du papier"),
        ART("Livraisons et emballages",
            "Les livraisons sont groupées, au plus une fois par semaine et par site. Les emballages sont réduits au "
            "strict nécessaire et repris par le titulaire ; les cartouches d'encre usagées sont collectées "
            "gratuitement en vue de leur réemploi ou de leur recyclage."),
        F("paiement", 0),
        F("litiges", 1, tribunal="Orléans"),
    )
    bpu = cat(
        TITLE(B, "BORDEREAU DES PRIX UNITAIRES", "Lot 1 – Fournitures de bureau"),
        [P("Prix unitaires HT, livraison comprise. Le candidat complète la colonne « Prix unitaire ».")],
        [RTAB([["Réf.", "Article", "Conditionnement", "Prix unitaire HT"],
               ["101", "Stylo bille rétractable, encre bleue", "boîte de 50", ""],
               ["102", "Surligneur, 4 couleurs", "pochette de 4", ""],
               ["103", "Agrafes 24/6", "boîte de 1000", ""],
               ["104", "Classeur à levier, dos 80 mm", "unité", ""],
               ["105", "Chemise à rabats, carte 24/100", "paquet de 25", ""]], widths=[0.6, 3, 1.4, 1.2])],
    )
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Ville de Pradelune – fournitures de bureau, papier et imprimés"),
        P("Organisme acheteur : Ville de Pradelune, 4 rue de la République, 45320 Pradelune"),
        P("Objet : fournitures de bureau, papier de reprographie, enveloppes et imprimés administratifs"),
        P("Procédure : appel d'offres ouvert"),
        P("Montant maximum total de l'accord-cadre, toutes périodes et tous lots : 384~000 € TTC"),
        P("Lots : 3 lots"),
        P("Lot réservé : le lot 3 est réservé aux entreprises adaptées et aux ESAT (article L. 2113-12 du code de la "
          "commande publique)"),
        P("Date limite : 12 novembre 2027, 12 h"),
    ]
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("RC.pdf", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=3,
            evidence=["La consultation comprend trois lots",
                      "Le lot 3 est réservé, en application de l'article L. 2113-12",
                      "performance environnementale de la logistique"]), hyphen=True),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – fournitures", ccap, L(
            marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=3,
            montant_max_ht=80000,
            evidence=["3 lots", "Le lot 3 est réservé aux entreprises adaptées et aux établissements et services "
                      "d'aide par le travail",
                      "en milliers d'euros hors taxes", "Total 10 80",
                      "les cartouches d'encre usagées sont collectées gratuitement en vue de leur réemploi"]),
              hyphen=True),
        PIECE("BPU_lot1.docx", "BPU", hd % "BPU lot 1", "BPU – lot 1", bpu, L(
            allotissement=1, evidence=["Lot 1 – Fournitures de bureau"])),
        PIECE("avis_BOAMP.txt", "AVIS", "", "", avis, L(
            marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=3,
            evidence=["Lots : 3 lots", "le lot 3 est réservé aux entreprises adaptées et aux ESAT (article L. 2113-12"])),
    ]
    return D("d13-pradelune-fournitures", "Pradelune – fournitures, maxima annuels en k€, avis en TTC seulement", pieces,
             ["marche_reserve", "clause_environnementale", "critere_environnemental"],
             V(allotissement=1, nb_lots=3, montant_max_ht=320000, reserve_base="L2113-12"),
             "Maximum : tableau du CCAP en k€ HT par an, total 80 (40 + 25 + 15) ; durée au RC : 1 an + 3 reconductions "
             "= 4 périodes : 80 000 × 4 = 320 000. L'avis ne donne que 384 000 TTC (= 320 000 × 1,2) : pièce vide. "
             "Minimums annuels (10 k€) : piège. Lot 3 réservé L2113-12. Pas de clause d'insertion. 3 lots.")


# d14 ------------------------------------------------------------------------------------------------------
def d14():
    B = "Département du Haut-Lisan"
    ref = "DHL-COL-2027-05"
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Département du Haut-Lisan – maintenance des collèges"),
        P("Organisme : Département du Haut-Lisan, direction de l'éducation, 9 rue des Carmes, 19240 Lisac"),
        P("Objet : maintenance et petits travaux dans les 24 collèges publics du département"),
        P("Type de marché : travaux. Procédure : appel d'offres ouvert"),
        P("Valeur estimée hors TVA : 1~900~000 € pour la durée maximale, tous lots confondus"),
        P("Division en lots : oui. Lot 1 : plomberie, chauffage, ventilation ; lot 2 : entretien des espaces "
          "extérieurs ; lot 3 : serrurerie, métallerie, contrôle d'accès"),
        P("Durée : 12 mois à compter de la notification ; reconductions : oui, 3 fois 12 mois"),
        P("Conditions particulières d'exécution : clause sociale d'insertion dans chacun des lots"),
        P("Date limite de réception des offres : 8 juin 2027, 12 heures"),
    ]
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Maintenance et petits travaux dans les collèges publics", ref),
        ART("Objet et allotissement",
            "Les prestations sont réparties en 3 lots : plomberie, chauffage et ventilation (lot 1) ; entretien des "
            "espaces extérieurs (lot 2) ; serrurerie, métallerie et contrôle d'accès (lot 3)."),
        ART("Forme et durée",
            "Chaque lot est un accord-cadre à bons de commande. La durée initiale et le nombre de reconductions "
            "figurent dans l'avis d'appel public à la concurrence."),
        ART("Clause d'insertion",
            "Chaque lot comporte une clause sociale d'insertion ; le nombre d'heures à réaliser par lot est fixé au CCAP."),
        F("candidature", 1),
        ART("Jugement des offres",
            "Prix : 50 % ; valeur technique : 40 % ; performance en matière d'insertion professionnelle (parcours "
            "proposés, tutorat, formation qualifiante) : 10 %."),
        F("remise", 0, profil="www.haut-lisan.fr/marches-publics"),
        F("renseignements"),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Maintenance des collèges – lots 1 à 3"),
        ART("Durée",
            "L'accord-cadre est conclu pour une période initiale de douze mois, reconductible dans les conditions "
            "fixées par l'avis de publicité."),
        ART("Montants maximums",
            "Les bons de commande sont émis sans minimum, dans la limite des maximums suivants, en euros HT :",
            RTAB([["Lot", "Période initiale", "Chaque période de reconduction"],
                  ["1", "320" + BR + "000", "270~000"], ["2", "180~000", "150~000"], ["3", "100~000", "80~000"]],
                 widths=[0.6, 1.3, 1.6], align="lrr")),
        F("pieces", 1, ccag="Travaux"),
        F("prix", 0, indice="BT40"),
        ART("Clause d'insertion",
            "Le titulaire de chaque lot réalise, sur la durée totale de l'accord-cadre reconductions comprises, le "
            "nombre d'heures d'insertion suivant : lot 1, 1§000 heures ; lot 2, 450 heures ; lot 3, 250 heures.",
            "Pour information, les marchés de maintenance 2021-2025 ont généré 2~300 heures d'insertion. Le "
            "service insertion du Département assure le rôle de facilitateur."),
        F("paiement", 0),
        F("penalites", 1),
        F("litiges", 0, tribunal="Limoges"),
    )
    cctp2 = cat(
        TITLE(B, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", "Lot 2 – Entretien des espaces extérieurs des collèges"),
        ART("Prestations", "Tonte, taille des haies, désherbage des cours et allées, ramassage des feuilles, "
            "élagage léger, entretien des terrains de sport en herbe."),
        ART("Méthodes",
            "L'entretien est réalisé sans aucun produit phytosanitaire. Le désherbage est mécanique ou thermique ; "
            "les tontes sont différenciées selon les zones ; les déchets verts sont compostés ou broyés en paillage "
            "sur place."),
        ART("Insertion",
            "Le titulaire du lot 2 réalise 300 heures d'insertion ; il associe de préférence une structure "
            "d'insertion du territoire aux travaux de taille et de ramassage."),
        ART("Horaires", "Aucune intervention bruyante n'a lieu pendant les heures de cours et les épreuves d'examen."),
    )
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("avis_BOAMP.txt", "AVIS", "", "", avis, L(
            clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=3, montant_estime_ht=1900000,
            evidence=["Division en lots : oui.", "lot 3 : serrurerie, métallerie, contrôle d'accès",
                      "Valeur estimée hors TVA : 1 900 000 €", "clause sociale d'insertion dans chacun des lots"])),
        PIECE("RC.pdf", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=3,
            evidence=["Les prestations sont réparties en 3 lots",
                      "Chaque lot comporte une clause sociale d'insertion",
                      "performance en matière d'insertion professionnelle (parcours proposés, tutorat, formation "
                      "qualifiante) : 10 %"]), hyphen=True),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – maintenance des collèges", ccap, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=1700, allotissement=1, nb_lots=3,
            evidence=["Maintenance des collèges – lots 1 à 3",
                      "lot 1, 1 000 heures ; lot 2, 450 heures ; lot 3, 250 heures", "[1 000 + 450 + 250 = 1 700]"]),
              hyphen=True, cols=2),
        PIECE("CCTP_lot2.pdf", "CCTP", hd % "CCTP lot 2", "CCTP – lot 2", cctp2, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=300, clause_environnementale=1, allotissement=1,
            evidence=["Lot 2 – Entretien des espaces extérieurs", "Le titulaire du lot 2 réalise 300 heures d'insertion",
                      "L'entretien est réalisé sans aucun produit phytosanitaire."]), hyphen=True),
    ]
    return D("d14-haut-lisan-colleges", "Haut-Lisan – collèges, maxima différents par période, reconductions dans l'avis",
             pieces, ["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
             V(heures_insertion=1700, allotissement=1, nb_lots=3, montant_estime_ht=1900000, montant_max_ht=2100000),
             "Maximum : tableau du CCAP (deux colonnes) avec un maximum pour la période initiale (320 000 + 180 000 + "
             "100 000 = 600 000) et un autre pour chaque reconduction (270 000 + 150 000 + 80 000 = 500 000) ; le nombre "
             "de reconductions (3) n'est que dans l'avis : 600 000 + 3 × 500 000 = 2 100 000. Le CCAP seul n'a pas de "
             "chiffre unique : pièce vide. Heures : 1 000 + 450 + 250 = 1 700 (CCAP) ; le CCTP du lot 2 dit 300 au lieu "
             "de 450 : le CCAP prime. 2 300 heures des marchés 2021-2025 : piège. Estimation 1 900 000 (avis). 3 lots.")


# d15 ------------------------------------------------------------------------------------------------------
def d15():
    B = "Syndicat intercommunal des eaux de la Brèche-Morte"
    ref = "SIEBM-AC-2027-02"
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Travaux de renouvellement et d'extension des réseaux d'eau potable",
              "Accord-cadre à bons de commande – procédure adaptée"),
        ART("Objet", "Renouvellement de canalisations, reprise de branchements en plomb, pose de poteaux d'incendie et "
            "interventions sur le réseau des 19 communes adhérantes."),
        ART("Allotissement",
            "Le marché n'est pas alloti. Conformément à l'article L. 2113-11 du code de la commande publique, la "
            "coordination d'entreprises intervenant sur les mêmes tranchées rendrait l'exécution plus difficile et "
            "plus coûteuse."),
        ART("Durée et estimation",
            "L'accord-cadre est conclu pour quatre ans. Le montant des travaux est estimé à 1~600§000 € HT sur la "
            "durée de l'accord-cadre, à titre indicatif."),
        F("candidature", 0),
        ART("Critères", "Prix : 60 % (sur DQE) ; valeur technique : 40 %."),
        F("remise", 1, profil="www.siebm.fr"),
        F("renseignements"),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Réseaux d'eau potable – " + ref),
        ART("Montants",
            "Le montant minimum de l'accord-cadre est de 200§000 € HT ; son montant maximum est de 2~000§000 € HT. "
            "Chaque bon de commande est limité à 150~000 € HT."),
        ART("Durée", "Quatre ans à compter de la notification."),
        F("pieces", 0, ccag="Travaux"),
        F("prix", 0, indice="TP10a"),
        ART("Exécution des bons de commande",
            "Chaque bon de commande fixe le lieu, la nature et le délai des travaux. Le titulaire informe les abonnés "
            "concernés au moins 48 heures avant toute coupure d'eau programmée."),
        ART("Insertion professionnelle",
            "Le titulaire réserve au moins 7 % des heures de main-d'œuvre nécessaires à l'exécution des bons de "
            "commande à des personnes rencontrant des difficultés d'accès à l'emploi. Le facilitateur de la Mission "
            "locale du Brécheron l'accompagne."),
        F("paiement", 1),
        F("assurances", 1),
        F("litiges", 1, tribunal="Besançon"),
    )
    qr = cat(
        TITLE(B, "REGISTRE DES QUESTIONS ET RÉPONSES", "Réseaux d'eau potable – " + ref),
        [H("Question 1"),
         P("Le CCAP exprime l'engagement d'insertion en pourcentage. Pouvez-vous indiquer le volume d'heures attendu ?"),
         P("Réponse : sur la base du montant estimé et d'un ratio de main-d'œuvre de 30 %, le volume attendu est de "
           "1§150 heures d'insertion sur la durée totale de l'accord-cadre. C'est ce volume qui sera contrôlé en fin "
           "de marché.")],
        [H("Question 2"),
         P("Le montant maximum de 2 000 000 € HT s'entend-il par an ?"),
         P("Réponse : non, il s'entend pour la durée totale de quatre ans.")],
        [H("Question 3"),
         P("Les essais de pression et la désinfection sont-ils à la charge du titulaire ?"),
         P("Réponse : oui, ils sont compris dans les prix du bordereau.")],
    )
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("RC.pdf", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            allotissement=0, montant_estime_ht=1600000,
            evidence=["Le marché n'est pas alloti.", "Le montant des travaux est estimé à 1 600 000 € HT"]),
              hyphen=True),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – réseaux d'eau potable", ccap, L(
            clause_sociale=1, clause_insertion=1, montant_max_ht=2000000,
            evidence=["son montant maximum est de 2 000 000 € HT", "Quatre ans à compter de la notification.",
                      "réserve au moins 7 % des heures de main-d'œuvre"]), hyphen=True),
        PIECE("registre_QR.docx", "QR", hd % "Q&R", "Registre des questions et réponses", qr, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=1150, montant_max_ht=2000000,
            evidence=["le volume attendu est de 1 150 heures d'insertion sur la durée totale de l'accord-cadre",
                      "Le montant maximum de 2 000 000 € HT", "il s'entend pour la durée totale de quatre ans"])),
    ]
    return D("d15-breche-morte-reseaux", "SIE de la Brèche-Morte – réseaux, heures données par le seul registre Q&R",
             pieces, ["clause_sociale", "clause_insertion"],
             V(heures_insertion=1150, allotissement=0, montant_estime_ht=1600000, montant_max_ht=2000000),
             "Heures : le CCAP n'exprime l'insertion qu'en part (7 % des heures de main-d'œuvre) ; seul le registre "
             "des questions-réponses donne un nombre : 1 150 heures sur la durée totale. Maximum : 2 000 000 HT sur "
             "quatre ans (CCAP, confirmé par le registre). Pièges : minimum 200 000, bon limité à 150 000. Estimation "
             "1 600 000 (RC). Non alloti.")


# d16 ------------------------------------------------------------------------------------------------------
def d16():
    B = "Commune de Velzic-sur-Arne"
    ref = "MAPA-2027-06"
    lots = [("1", "Gros œuvre, maçonnerie, démolition"), ("2", "Charpente, couverture"),
            ("3", "Menuiseries extérieures et intérieures"), ("4", "Plâtrerie, isolation, peinture"),
            ("5", "Électricité, courants faibles"), ("6", "Plomberie, chauffage, ventilation")]
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Réhabilitation et extension de l'école élémentaire Jean-Rostand",
              "Marché de travaux – procédure adaptée"),
        ART("Objet et décomposition",
            "Les travaux sont décomposés en six lots, traités par marchés séparés :",
            LST(["lot %s – %s" % l for l in lots])),
        ART("Montant prévisionnel",
            "Le montant prévisionnel des travaux, tous lots confondus, est de 1~240§000 € HT, soit 1~488§000 € TTC."),
        ART("Clause d'insertion", "Les lots 1 et 4 comportent une clause d'insertion (article 9 du CCAP)."),
        ART("Délai", "Le délai global d'exécution est de 14 mois, période de préparation de 1 mois comprise."),
        F("candidature", 1),
        ART("Jugement des offres",
            "Prix : 60 % ; valeur technique : 35 % ; pour les lots 1 et 4, modalités de mise en œuvre de la clause "
            "d'insertion (accueil, tutorat, parcours proposés) : 5 %. Pour les autres lots, la valeur technique est "
            "portée à 40 %."),
        F("remise", 1, profil="www.velzic-sur-arne.fr"),
        F("negociation"),
        F("validite", 0),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "École Jean-Rostand – lots 1 à 6"),
        ART("Forme des marchés", "Les six lots sont des marchés ordinaires à prix global et forfaitaire."),
        F("pieces", 1, ccag="Travaux"),
        F("avance", 1),
        ART("Pénalités",
            "Retard d'exécution : 300 € HT par jour calendaire. Le montant maximum des pénalités de retard est "
            "plafonné à 8 % du montant du marché. Défaut de nettoyage du chantier : 150 € HT par constat."),
        ART("Organisation du chantier",
            "L'école reste occupée pendant les travaux : les interventions bruyantes ont lieu le mercredi et pendant "
            "les vacances scolaires. Les accès de chantier sont séparés des cheminements des élèves."),
        ART("Clause d'insertion",
            "Les titulaires des lots désignés ci-dessous réalisent le volume d'heures d'insertion suivant :",
            RTAB([["Lot", "Intitulé", "Heures d'insertion"]] +
                 [[n, t, {"1": "420", "4": "210"}.get(n, "—")] for n, t in lots],
                 widths=[0.5, 3, 1.2], align="llr")),
        F("legal", 1),
        F("litiges", 0, tribunal="Toulouse"),
    )

    def ae(n, hours, v):
        name = dict(lots)[n]
        return cat(
            TITLE(B, "ACTE D'ENGAGEMENT", "Lot %s – %s" % (n, name), ref),
            ART("Objet", "Marché de travaux – réhabilitation et extension de l'école élémentaire Jean-Rostand."),
            ART("Prix", "Montant de l'offre, à prix global et forfaitaire : ..................... € HT."),
            ART("Insertion",
                ("Le titulaire s'engage à réaliser %s heures d'insertion au titre de l'article 9 du CCAP." if v == 0 else
                 "Engagement d'insertion : %s heures de travail réservés à des personnes éloignées de l'emploie.")
                % hours),
            ART("Signature", "Fait à ............., le ............."),
        )
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("RC.pdf", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=1, nb_lots=6,
            montant_estime_ht=1240000,
            evidence=["Les travaux sont décomposés en six lots",
                      "Le montant prévisionnel des travaux, tous lots confondus, est de 1 240 000 € HT",
                      "Les lots 1 et 4 comportent une clause d'insertion",
                      "modalités de mise en œuvre de la clause d'insertion (accueil, tutorat, parcours proposés) : 5 %"]),
              hyphen=True),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – école Jean-Rostand", ccap, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=630, allotissement=1, nb_lots=6,
            evidence=["Les six lots", "1 Gros œuvre, maçonnerie, démolition 420",
                      "4 Plâtrerie, isolation, peinture 210", "[420 + 210 = 630]"]), hyphen=True),
        PIECE("AE_lot1.docx", "AE", hd % "AE lot 1", "Acte d'engagement – lot 1", ae("1", "420", 0), L(
            clause_sociale=1, clause_insertion=1, heures_insertion=420, allotissement=1,
            evidence=["Lot 1 – Gros œuvre", "réaliser 420 heures d'insertion"])),
        PIECE("AE_lot4.docx", "AE", hd % "AE lot 4", "Acte d'engagement – lot 4", ae("4", "210", 1), L(
            clause_sociale=1, clause_insertion=1, heures_insertion=210, allotissement=1,
            evidence=["Lot 4 – Plâtrerie", "Engagement d'insertion : 210 heures de travail réservés à des personnes "
                      "éloignées de l'emploie"])),
    ]
    return D("d16-velzic-ecole", "Velzic-sur-Arne – école, 6 lots, marchés ordinaires (pas de maximum)", pieces,
             ["clause_sociale", "clause_insertion", "critere_social"],
             V(heures_insertion=630, allotissement=1, nb_lots=6, montant_estime_ht=1240000),
             "Heures : tableau du CCAP, 420 (lot 1) + 210 (lot 4) = 630, repris par les deux AE. Pas de maximum : marchés "
             "ordinaires à prix global et forfaitaire (« montant maximum des pénalités » : piège). Estimation : "
             "1 240 000 HT (RC ; 1 488 000 TTC : piège). 6 lots.")


# d17 ------------------------------------------------------------------------------------------------------
def d17():
    B = "Régie des transports de Castelmaure"
    ref = "RTC-2027-NV"
    ted = [
        TITLE("Contract notice – Standard regime", "Directive 2014/25/EU",
              "France – Vehicle-cleaning services – Cleaning of buses and trams"),
        H("1. Buyer"),
        P("1.1 Buyer – Official name: Régie des transports de Castelmaure – Activity of the contracting entity: "
          "Urban railway, tramway, trolleybus or bus services"),
        H("2. Procedure"),
        P("2.1 Procedure – Title: Interior and exterior cleaning of buses and trams – Type of procedure: Open"),
        P("2.1.1 Purpose – Main nature of the contract: Services – Main classification (cpv): 50118500"),
        P("2.1.3 Value – Estimated value excluding VAT: 780~000 Euro"),
        P("2.1.4 General information – Additional information: The contract is not divided into lots (single lot). "
          "Framework agreement with a single operator, without a minimum."),
        H("5. Lot"),
        P("5.1 Lot technical ID: LOT-0000 – Title: Cleaning of buses and trams"),
        P("5.1.3 Estimated duration – Duration: 12 Months"),
        P("5.1.4 Renewal – Maximum renewals: 2 – The buyer may renew the framework agreement for periods of 12 months."),
        P("5.1.6 General information – Reserved participation: Participation is not reserved."),
        P("5.1.10 Award criteria – Criterion: Type: Price – Weight (percentage, exact): 55 – Criterion: Type: Quality "
          "– Name: Technical value – Weight (percentage, exact): 35 – Criterion: Type: Quality – Name: Water and "
          "chemical consumption – Weight (percentage, exact): 10"),
        P("5.1.12 Terms of procurement – Conditions relating to the performance of the contract: Employment-insertion "
          "clause: 400 hours per year of work by people far from employment."),
        P("5.1.1 Strategic procurement – Aim of strategic procurement: Fulfilment of social objectives"),
    ]
    rc = cat(
        TITLE(B, "RÈGLEMENT DE LA CONSULTATION", "Nettoyage intérieur et extérieur des bus et des tramways", ref),
        ART("Objet", "Nettoyage quotidien et périodique des 96 bus et 14 rames de tramway du réseau, au dépôt de la "
            "Garenne et au centre de maintenance du tramway."),
        ART("Lot unique", "Le marché est passé en lot unique."),
        ART("Forme et durée",
            "Accord-cadre à bons de commande, sans minimum, conclu pour un an à compter de sa notification et "
            "reconductible deux fois par période d'un an."),
        F("candidature", 1),
        ART("Critères",
            "Prix : 55 % ; valeur technique : 35 % ; consommations d'eau et de produits chimiques par véhicule "
            "lavé : 10 %."),
        F("remise", 0, profil="achats.rtc-castelmaure.fr"),
    )
    ccap = cat(
        TITLE(B, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", "Nettoyage des bus et des tramways – " + ref),
        ART("Montant", "Le montant maximum annuel de l'accord-cadre figure à l'acte d'engagement."),
        F("pieces", 0),
        F("prix", 1, indice="ICHT-rev TS"),
        ART("Exigences environnementales",
            "Les stations de lavage des véhicules fonctionnent avec au moins 70 % d'eau recyclée. Les produits "
            "employés sont biodégradables à plus de 90 % ; les boues de décantation sont éliminées par une filière "
            "autorisée."),
        ART("Clause d'insertion",
            "Le titulaire consacre 400 heures par période annuelle à l'insertion de personnes éloignées de l'emploi, "
            "soit 1§200 heures sur la durée maximale de l'accord-cadre. Chaque personne recrutée au titre de la "
            "clause effectue au moins 120 heures. L'heure non réalisée est pénalisée à hauteur de 80 € HT.",
            "Pour information, le nettoyage intérieur d'un bus dure en moyenne 0,75 heure."),
        F("paiement", 0),
        F("litiges", 1, tribunal="Marseille"),
    )
    ae = cat(
        TITLE(B, "ACTE D'ENGAGEMENT", "Nettoyage des bus et des tramways – lot unique", ref),
        ART("Titulaire", "Dénomination : ........................  SIRET : ........................"),
        ART("Engagement", "Le titulaire s'engage à exécuter les prestations aux prix du bordereau annexé."),
        ART("Montant maximum", "Montant maximum annuel : 300~000 € HT (360~000 € TTC). Aucun montant minimum."),
        ART("Signature", "Fait à ................, le ................"),
    )
    qr = cat(
        TITLE(B, "QUESTIONS ET RÉPONSES – MODIFICATION N° 1", "Nettoyage des bus et des tramways – " + ref,
              "Publié le 14 septembre 2027"),
        [H("Question 1"),
         P("La mise en service de la ligne B du tramway en 2029 est-elle prise en compte ?"),
         P("Réponse : oui. Pour couvrir cette mise en service, l'accord-cadre est reconductible trois fois (et non deux) "
           "par période d'un an, soit une durée maximale de quatre ans ; un avis rectificatif est publié. Le montant "
           "maximum annuel fixé à l'acte d'engagement est inchangé. Le volume d'heures d'insertion est porté en "
           "conséquence à 1§600 heures sur la durée maximale de l'accord-cadre.")],
        [H("Question 2"),
         P("Le titulaire doit-il fournir l'eau et l'électricité ?"),
         P("Réponse : non, les fluides sont fournis par la régie aux postes de lavage.")],
    )
    hd = B + " – %s – " + ref
    pieces = [
        PIECE("notice_TED_en.txt", "AVIS", "", "", ted, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=400, critere_environnemental=1, allotissement=0,
            montant_estime_ht=780000,
            evidence=["The contract is not divided into lots (single lot).", "Estimated value excluding VAT: 780 000 Euro",
                      "Employment-insertion clause: 400 hours per year", "Name: Water and chemical consumption"])),
        PIECE("RC.pdf", "RC", hd % "RC", "Règlement de la consultation", rc, L(
            critere_environnemental=1, allotissement=0,
            evidence=["Le marché est passé en lot unique.",
                      "consommations d'eau et de produits chimiques par véhicule lavé : 10 %"]), hyphen=True),
        PIECE("CCAP.pdf", "CCAP", hd % "CCAP", "CCAP – nettoyage des véhicules", ccap, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=1200, clause_environnementale=1,
            evidence=["soit 1 200 heures sur la durée maximale de l'accord-cadre",
                      "fonctionnent avec au moins 70 % d'eau recyclée"]), hyphen=True),
        PIECE("AE.docx", "AE", hd % "AE", "Acte d'engagement", ae, L(
            allotissement=0, montant_max_ht=300000,
            evidence=["lot unique", "Montant maximum annuel : 300 000 € HT"])),
        PIECE("QR_modification1.pdf", "QR", hd % "Q&R", "Questions et réponses – modification n° 1", qr, L(
            clause_sociale=1, clause_insertion=1, heures_insertion=1600,
            evidence=["l'accord-cadre est reconductible trois fois (et non deux)",
                      "Le volume d'heures d'insertion est porté en conséquence à 1 600 heures"]), hyphen=True),
    ]
    return D("d17-castelmaure-nettoyage", "Castelmaure – nettoyage des véhicules, reconductions modifiées par le "
             "registre Q&R", pieces,
             ["clause_sociale", "clause_insertion", "critere_environnemental", "clause_environnementale"],
             V(heures_insertion=1600, allotissement=0, montant_estime_ht=780000, montant_max_ht=1200000),
             "Maximum : 300 000 HT par an (AE) ; le RC et l'avis TED prévoient 2 reconductions (3 ans, 900 000), la "
             "modification n° 1 du registre Q&R, postérieure, en prévoit 3 (4 ans) et garde le maximum annuel : "
             "300 000 × 4 = 1 200 000. Heures : 400 par an, 1 200 au CCAP sur 3 ans, portées à 1 600 par le registre : "
             "1 600. Pièges : 360 000 TTC, 120 heures minimum par personne, pénalité 80 € par heure, 0,75 heure par bus. "
             "Estimation 780 000 (avis). Lot unique.")


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17]

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
    n_checks = [0, 0]
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
                n_checks[1] += 1
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
        # ajouté pour ce jeu : valeurs du dossier non calculées = valeur d'au moins une pièce
        for c in ("allotissement", "nb_lots", "montant_estime_ht"):
            dv = d["values"].get(c)
            if dv is not None and not any(p["label"][c] == dv for p in d["pieces"]):
                problems.append("%s : %s=%r du dossier absent des pièces" % (d["id"], c, dv))
        bases = set()
        for p in d["pieces"]:
            if p["label"]["reserve_base"]:
                bases |= set(p["label"]["reserve_base"].split(";"))
        if bases != set((d["values"].get("reserve_base") or "").split(";")) - {""}:
            problems.append("%s : reserve_base du dossier ≠ union des pièces" % d["id"])
        n_checks[0] += 1
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
    head = ("# Jeu scellé extraction-5 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
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
    print("Contrôles : %d citations présentes dans le texte logique de leur pièce, preuves ≤ 300 caractères, PDF de "
          "1 à 4 pages, 3 à 5 pièces par dossier, articles sans doublon, insertion ⇒ sociale, réservé ⇔ fondement, "
          "pos et valeurs de %d dossiers cohérents avec leurs pièces : %s" % (
              n_checks[1], n_checks[0], "%d PROBLÈME(S)" % len(problems) if problems else "aucun problème"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
